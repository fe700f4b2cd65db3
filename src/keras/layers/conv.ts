import { addCounts } from '../../core/counts.js';
import { conv as coreConv, convTranspose as coreConvTranspose } from '../../core/ops/conv.js';
import { shaped } from '../../core/tensor.js';
import { transposedModeOutput } from '../../core/window.js';
import { applyActivation } from './activations.js';
import { dataFormat, fail, int, lookup, one, tuple } from './config.js';
import { useBias } from './core.js';
import type { LayerCall, LayerResult, LayerRule } from './rule.js';
import { layout, optionalTuple, padding, type Padding } from './spatial.js';

/** Keras 1 spelled the kernel per axis: filter_length, nb_row/nb_col, kernel_dim1..3. */
const KERAS1_KERNEL: Record<number, string[]> = {
  1: ['filter_length'],
  2: ['nb_row', 'nb_col'],
  3: ['kernel_dim1', 'kernel_dim2', 'kernel_dim3'],
};

export function kernelSize(call: LayerCall, rank: number): number[] {
  if (lookup(call, 'kernel_size')) return tuple(call, 'kernel_size', rank);
  const old = KERAS1_KERNEL[rank];
  if (old.every((k) => lookup(call, k))) return old.map((k) => int(call, k));
  return fail(call, 'config has no "kernel_size"');
}

export const strides = (call: LayerCall, rank: number): number[] =>
  tuple(call, ['strides', rank === 1 ? 'subsample_length' : 'subsample'], rank, 1);

export const dilation = (call: LayerCall, rank: number): number[] => tuple(call, ['dilation_rate', 'atrous_rate'], rank, 1);

const channelsLast = (call: LayerCall) => dataFormat(call) === 'channels_last';

/**
 * The core convolution of the layer's window attributes, then the fused activation. Keras'
 * TF backend gives TF the layer's data_format, and runs a depthwise layer with TF's depthwise
 * kernel (`depthwise`), a Conv layer with groups > 1 as a grouped convolution.
 */
function convolve(call: LayerCall, rank: number, filters: number, groups: number, allowed: readonly Padding[], depthwise = false): LayerResult {
  const r = coreConv(shaped(one(call)), {
    channelsLast: channelsLast(call),
    tfDataFormat: dataFormat(call),
    depthwise,
    filters,
    groups,
    kernel: kernelSize(call, rank),
    strides: strides(call, rank),
    dilations: dilation(call, rank),
    pads: padding(call, allowed),
    bias: useBias(call),
  });
  const act = applyActivation(call, call.config.activation, [...r.outputs[0].shape], r.counts);
  return { outputs: [act.shape], ops: act.ops, params: r.params };
}

/** Conv1D/2D/3D (Keras 1 Convolution*, AtrousConvolution*): `groups` too; causal for 1-D, full for Keras 1. */
export function conv(rank: number): LayerRule {
  return (call) => convolve(call, rank, int(call, ['filters', 'nb_filter']), int(call, 'groups', 1), rank === 1 ? ['valid', 'same', 'causal', 'full'] : ['valid', 'same', 'full']);
}

/** DepthwiseConv1D/2D: a convolution with one group per input channel, depth_multiplier filters each. */
export function depthwise(rank: number): LayerRule {
  return (call) => {
    const c = layout(call, rank).channels;
    return convolve(call, rank, c * int(call, 'depth_multiplier', 1), c, rank === 1 ? ['valid', 'same', 'causal'] : ['valid', 'same'], true);
  };
}

/**
 * SeparableConv1D/2D: the depthwise convolution (the layer's window, no bias) followed by a
 * 1x1 pointwise one to `filters` (with the bias), then the activation.
 */
export function separable(rank: number): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const dm = int(call, 'depth_multiplier', 1);
    const filters = int(call, ['filters', 'nb_filter']);
    const cl = channelsLast(call);
    const depthwiseConv = coreConv(shaped(one(call)), {
      channelsLast: cl,
      tfDataFormat: dataFormat(call),
      depthwise: true,
      filters: l.channels * dm,
      groups: l.channels,
      kernel: kernelSize(call, rank),
      strides: strides(call, rank),
      dilations: dilation(call, rank),
      pads: padding(call, rank === 1 ? ['valid', 'same', 'causal'] : ['valid', 'same']),
      bias: false,
    });
    const ones = Array<number>(rank).fill(1);
    const pointwise = coreConv(depthwiseConv.outputs[0], { channelsLast: cl, tfDataFormat: dataFormat(call), filters, groups: 1, kernel: ones, strides: ones, pads: 'valid', bias: useBias(call) });
    const ops = addCounts({ ...depthwiseConv.counts }, pointwise.counts);
    const act = applyActivation(call, call.config.activation, [...pointwise.outputs[0].shape], ops);
    return { outputs: [act.shape], ops: act.ops, params: depthwiseConv.params + pointwise.params };
  };
}

/**
 * Conv1D/2D/3DTranspose (Keras 1 Deconvolution2D/3D): output length per Keras'
 * deconv_output_length, output_padding honoured; Keras 1 stored the output shape it was built
 * for, which wins.
 */
export function convTranspose(rank: number): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const filters = int(call, ['filters', 'nb_filter']);
    const k = kernelSize(call, rank);
    const s = strides(call, rank);
    const d = dilation(call, rank);
    const pad = padding(call, ['valid', 'same', 'full']) as 'valid' | 'same' | 'full';
    const op = optionalTuple(call, 'output_padding', rank);
    op.forEach((p, i) => {
      if (p !== null && p >= s[i]) fail(call, `output_padding ${p} must be smaller than the stride ${s[i]}`);
    });
    let spatial = l.spatial.map((n, i) => transposedModeOutput(pad, n, k[i], s[i], d[i], op[i]));
    const given = call.config.output_shape;
    if (Array.isArray(given) && given.length === rank + 2) {
      const g = l.channelsLast ? given.slice(1, -1) : given.slice(2);
      if (g.every((v) => Number.isSafeInteger(v) && v > 0)) spatial = g as number[];
    }
    const r = coreConvTranspose(shaped(one(call)), { channelsLast: l.channelsLast, tfDataFormat: dataFormat(call), filters, kernel: k, strides: s, groups: int(call, 'groups', 1), bias: useBias(call), outSpatial: spatial });
    const act = applyActivation(call, call.config.activation, [...r.outputs[0].shape], r.counts);
    return { outputs: [act.shape], ops: act.ops, params: r.params };
  };
}
