import { bool, dataFormat, fail, one, product, tuple } from './config.js';
import type { LayerRule } from './rule.js';
import { assemble, layout, padding, windowLength } from './spatial.js';

/**
 * MaxPooling/AveragePooling 1D/2D/3D: each output element reduces a pool_size window,
 * one comparison (max) or addition (average) per window element per output element, which
 * is what TF's profiler counts for MaxPool/AvgPool. strides default to pool_size; Keras 1
 * wrote pool_length/stride for 1-D and border_mode for padding.
 */
export function pool(rank: number, kind: 'maxpool' | 'avgpool'): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const size = tuple(call, ['pool_size', 'pool_length'], rank, 2);
    const s = tuple(call, ['strides', 'stride'], rank, size);
    const pad = padding(call);
    const spatial = l.spatial.map((n, i) => windowLength(call, n, size[i], s[i], pad));
    const out = assemble(l, spatial, l.channels);
    return { outputs: [out], ops: { [kind]: product(out) * product(size) }, params: 0 };
  };
}

/**
 * GlobalAverage/GlobalMax pooling 1D/2D/3D: one reduction over every spatial position;
 * average = a mean over the input elements, max = a max reduction (TF registers no flops for
 * Max, so the tf-profiler convention counts it 0). keepdims keeps the spatial axes as 1.
 */
export function globalPool(rank: number, kind: 'mean' | 'reduce_max'): LayerRule {
  return (call) => {
    const x = one(call);
    if (x.length !== rank + 2) fail(call, `expects an input of rank ${rank + 2}, got [${x.join(', ')}]`);
    const format = dataFormat(call);
    const keep = bool(call, 'keepdims', false);
    const channels = format === 'channels_last' ? x[x.length - 1] : x[1];
    const ones = Array(rank).fill(1);
    const out = keep
      ? format === 'channels_last'
        ? [x[0], ...ones, channels]
        : [x[0], channels, ...ones]
      : [x[0], channels];
    return { outputs: [out], ops: { [kind]: product(x) }, params: 0 };
  };
}

/**
 * AdaptiveAverage/AdaptiveMax pooling 1D/2D/3D (Keras 3): `output_size` windows per axis,
 * window i covering [floor(i L / out), ceil((i + 1) L / out)), as PyTorch defines them. One
 * comparison or addition per window element per output element: per axis the windows' sizes
 * sum, and the axes multiply. (TF's implementation pools twice at stride 1 and gathers; the
 * count is the arithmetic of the windows, not of that workaround.)
 */
export function adaptivePool(rank: number, kind: 'maxpool' | 'avgpool'): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const size = tuple(call, 'output_size', rank);
    const covered = l.spatial.map((n, i) => {
      const o = size[i];
      if (o < 1) fail(call, `output_size must be positive, got ${o}`);
      let sum = 0;
      for (let j = 0; j < o; j++) sum += Math.min(Math.ceil(((j + 1) * n) / o), n) - Math.min(Math.floor((j * n) / o), n - 1);
      return sum;
    });
    const out = assemble(l, size, l.channels);
    return { outputs: [out], ops: { [kind]: l.batch * l.channels * product(covered) }, params: 0 };
  };
}
