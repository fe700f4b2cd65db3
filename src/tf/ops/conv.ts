/** TF's convolutions, their fused forms (grappler's and the TF.js converter's), and pooling. */
import { addCounts, type Counts } from '../../core/counts.js';
import { fault } from '../../core/errors.js';
import { activation } from '../../core/ops/activation.js';
import { conv, convTranspose, pool, type ConvSpec, type Windows } from '../../core/ops/conv.js';
import { batchNorm } from '../../core/ops/norm.js';
import { fmt, size, type Tensor } from '../../core/tensor.js';
import { outcome, type Outcome, type TfCtx, type TfRule } from './types.js';

/**
 * The window attributes of a TF conv or pool over `spatial` axes: strides and dilations
 * (and ksize) are given per axis of the whole tensor, padding SAME, VALID or EXPLICIT
 * (explicit_paddings, a (before, after) pair per axis).
 */
export function tfWindows(ctx: TfCtx, spatial: number, kernel: readonly number[]): Windows & { channelsLast: boolean } {
  const fmtAttr = ctx.str('data_format', spatial === 3 ? 'NDHWC' : 'NHWC');
  const channelsLast = !fmtAttr.startsWith('NC');
  const pick = (xs: number[] | undefined, def: number): number[] => {
    if (!xs || xs.length === 0) return Array<number>(spatial).fill(def);
    if (xs.length !== spatial + 2) fault(`${xs.length} values for a ${spatial + 2}-D input`);
    return channelsLast ? xs.slice(1, -1) : xs.slice(2);
  };
  const padding = ctx.str('padding', 'VALID');
  let pads: Windows['pads'];
  if (padding === 'SAME') pads = 'same';
  else if (padding === 'VALID') pads = 'valid';
  else if (padding === 'EXPLICIT') {
    const e = ctx.ints('explicit_paddings') ?? [];
    if (e.length !== 2 * (spatial + 2)) fault(`explicit_paddings has ${e.length} values for a ${spatial + 2}-D input`);
    const axes = channelsLast ? Array.from({ length: spatial }, (_, i) => i + 1) : Array.from({ length: spatial }, (_, i) => i + 2);
    pads = axes.map((a) => [e[2 * a], e[2 * a + 1]] as const);
  } else return fault(`unknown padding "${padding}"`);
  return { channelsLast, kernel, strides: pick(ctx.ints('strides'), 1), dilations: pick(ctx.ints('dilations'), 1), pads };
}

/** What grappler and the TF.js converter fuse after a product (fused_ops), counted as the ops it stands for. */
export
function fusedTail(ctx: TfCtx, out: Tensor, counts: Counts, channelAxis: number): Counts {
  const ops = ctx.strings('fused_ops');
  for (const op of ops) {
    const n = BigInt(size(out.shape));
    switch (op) {
      case 'BiasAdd': counts.bias = (counts.bias ?? 0n) + n; break;
      case 'Add': case 'AddV2': addCounts(counts, { add: n }); break;
      case 'FusedBatchNorm': case 'FusedBatchNormV3': addCounts(counts, batchNorm(out, [channelAxis], { center: true, scale: true }).counts); break;
      case 'Relu': addCounts(counts, activation('relu', out).counts); break;
      case 'Relu6': addCounts(counts, activation('relu6', out).counts); break;
      case 'LeakyRelu': addCounts(counts, activation('leaky_relu', out).counts); break;
      case 'Elu': addCounts(counts, activation('elu', out).counts); break;
      case 'Sigmoid': addCounts(counts, activation('sigmoid', out).counts); break;
      case 'Tanh': addCounts(counts, activation('tanh', out).counts); break;
      case '_FusedHardSwish': case 'HardSwish': addCounts(counts, activation('hard_swish', out).counts); break;
      case 'GeluExact': addCounts(counts, activation('gelu', out).counts); break;
      case 'GeluApproximate': addCounts(counts, activation('gelu_tanh', out).counts); break;
      case 'Prelu': addCounts(counts, { relu: 2n * n, neg: 2n * n, mul: n, add: n }); break;
      default: fault(`unknown fused op "${op}"`);
    }
  }
  return counts;
}

function convRule(rank: 2 | 3, fused: boolean): TfRule {
  return {
    weights: fused ? [1, 2, 3, 4, 5, 6] : [1],
    role: (i) => (i === 1 ? 'kernel' : 'bias'),
    infer(ctx) {
      const x = ctx.in(0);
      const w = ctx.in(1).shape;
      if (w.length !== rank + 2 || x.shape.length !== rank + 2) fault(`needs a ${rank + 2}-D input and filter, got ${fmt(x.shape)} and ${fmt(w)}`);
      const win = tfWindows(ctx, rank, w.slice(0, rank));
      const cin = win.channelsLast ? x.shape[x.shape.length - 1] : x.shape[1];
      const spec: ConvSpec = { ...win, filters: w[rank + 1], groups: cin / w[rank], bias: false, tfDataFormat: win.channelsLast ? 'channels_last' : 'channels_first' };
      const r = conv(x, spec);
      const out = r.outputs[0];
      return { outputs: [out], counts: fused ? fusedTail(ctx, out, r.counts, win.channelsLast ? rank + 1 : 1) : r.counts };
    },
  };
}

/** Conv2D / Conv3D: filter [k..., in / groups, out]. */
export const Conv2D = convRule(2, false);
export const Conv3D = convRule(3, false);
export const _FusedConv2D = convRule(2, true);

function depthwiseRule(fused: boolean): TfRule {
  return {
    weights: fused ? [1, 2, 3, 4, 5, 6] : [1],
    role: (i) => (i === 1 ? 'kernel' : 'bias'),
    infer(ctx) {
      const x = ctx.in(0);
      const w = ctx.in(1).shape;
      if (w.length !== 4 || x.shape.length !== 4) fault(`needs a 4-D input and filter, got ${fmt(x.shape)} and ${fmt(w)}`);
      const win = tfWindows(ctx, 2, w.slice(0, 2));
      const c = win.channelsLast ? x.shape[3] : x.shape[1];
      const r = conv(x, { ...win, filters: c * w[3], groups: c, depthwise: true, bias: false });
      const out = r.outputs[0];
      return { outputs: [out], counts: fused ? fusedTail(ctx, out, r.counts, win.channelsLast ? 3 : 1) : r.counts };
    },
  };
}

/** DepthwiseConv2dNative: filter [kh, kw, in, multiplier]. */
export const DepthwiseConv2dNative = depthwiseRule(false);
export const FusedDepthwiseConv2dNative = depthwiseRule(true);

/**
 * Conv2DBackpropInput (a transposed convolution): input_sizes (the result's shape), filter
 * [kh, kw, out channels, in channels], out_backprop (the input).
 */
export const Conv2DBackpropInput: TfRule = {
  reads: [0],
  weights: [1],
  infer(ctx) {
    const sizes = ctx.need(0, 'the output size');
    const w = ctx.in(1).shape;
    const x = ctx.in(2);
    if (w.length !== 4 || x.shape.length !== 4 || sizes.length !== 4) fault(`needs 4-D operands, got filter ${fmt(w)}, input ${fmt(x.shape)}, sizes ${fmt(sizes)}`);
    const win = tfWindows(ctx, 2, w.slice(0, 2));
    const outSpatial = win.channelsLast ? [sizes[1], sizes[2]] : [sizes[2], sizes[3]];
    return outcome(convTranspose(x, { channelsLast: win.channelsLast, filters: w[2], kernel: w.slice(0, 2), strides: win.strides, groups: 1, bias: false, outSpatial, tfDataFormat: win.channelsLast ? 'channels_last' : 'channels_first' }));
  },
};

/** MaxPool / AvgPool (2-D) and their 3-D forms: ksize and strides per axis of the tensor. */
function poolRule(kind: 'max' | 'avg', rank: 2 | 3): TfRule {
  return {
    infer(ctx): Outcome {
      const k = ctx.ints('ksize');
      if (!k || k.length !== rank + 2) fault(`ksize ${fmt(k ?? [])} does not fit a ${rank}-D pool`);
      const probe = tfWindows(ctx, rank, Array<number>(rank).fill(1));
      const kernel = probe.channelsLast ? k.slice(1, -1) : k.slice(2);
      return outcome(pool(kind, ctx.in(0), { ...probe, kernel }));
    },
  };
}

export const MaxPool = poolRule('max', 2);
export const AvgPool = poolRule('avg', 2);
export const MaxPool3D = poolRule('max', 3);
export const AvgPool3D = poolRule('avg', 3);

/** FusedBatchNorm(V2, V3) at inference: x, scale, offset, mean, variance; the core's batch normalisation. */
export const FusedBatchNormV3: TfRule = {
  weights: [1, 2, 3, 4],
  role: () => 'bias',
  infer(ctx) {
    const x = ctx.in(0);
    const channelsLast = !ctx.str('data_format', 'NHWC').startsWith('NC');
    const r = batchNorm(x, [channelsLast ? x.shape.length - 1 : 1], { center: true, scale: true });
    const stat = { shape: [channelsLast ? x.shape[x.shape.length - 1] : x.shape[1]], dtype: x.dtype, values: undefined };
    return { outputs: [r.outputs[0], stat, stat, stat, stat, stat], counts: r.counts };
  },
};
