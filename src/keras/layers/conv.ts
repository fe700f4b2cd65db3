import { addOps, type OpCounts } from '../../costs/ops.js';
import { applyActivation } from './activations.js';
import { fail, int, lookup, product, tuple } from './config.js';
import { useBias } from './core.js';
import type { LayerCall, LayerRule } from './rule.js';
import { assemble, deconvLength, layout, optionalTuple, padding, windowLength, type Padding } from './spatial.js';

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

const dilation = (call: LayerCall, rank: number): number[] => tuple(call, ['dilation_rate', 'atrous_rate'], rank, 1);

/** Bias (per output element) and the fused activation of a convolution's output. */
function finish(call: LayerCall, out: number[], macs: number, bias: boolean): { outputs: number[][]; ops: OpCounts } {
  const act = applyActivation(call, call.config.activation, out);
  const ops: OpCounts = { mac: macs, ...(bias ? { bias: product(out) } : {}) };
  addOps(ops, act.ops);
  return { outputs: [act.shape], ops };
}

/**
 * Conv1D/2D/3D: every output element is a dot product over a (Cin / groups) x kernel window,
 * MACs = output elements x Cin / groups x prod(kernel); weights prod(kernel) x Cin / groups x
 * filters (+ filters bias). Padding valid/same (and causal for 1-D, full for Keras 1).
 */
export function conv(rank: number): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const filters = int(call, ['filters', 'nb_filter']);
    const k = kernelSize(call, rank);
    const s = strides(call, rank);
    const d = dilation(call, rank);
    const pad = padding(call, rank === 1 ? ['valid', 'same', 'causal', 'full'] : ['valid', 'same', 'full']);
    const groups = int(call, 'groups', 1);
    if (l.channels % groups !== 0 || filters % groups !== 0) {
      fail(call, `groups ${groups} must divide both the input channels ${l.channels} and filters ${filters}`);
    }
    const spatial = l.spatial.map((n, i) => windowLength(call, n, k[i], s[i], pad, d[i]));
    const out = assemble(l, spatial, filters);
    const bias = useBias(call);
    const perOutput = (l.channels / groups) * product(k);
    const r = finish(call, out, product(out) * perOutput, bias);
    return { ...r, params: perOutput * filters + (bias ? filters : 0) };
  };
}

/**
 * Conv1D/2D/3DTranspose: every input element scatters into a kernel window of every filter,
 * MACs = input spatial x Cin x filters / groups x prod(kernel) (batch included); weights
 * prod(kernel) x Cin / groups x filters (+ filters bias). Output length per Keras'
 * deconv_output_length (output_padding honoured).
 */
export function convTranspose(rank: number): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const filters = int(call, ['filters', 'nb_filter']);
    const k = kernelSize(call, rank);
    const s = strides(call, rank);
    const d = dilation(call, rank);
    const pad = padding(call, ['valid', 'same', 'full']) as Padding;
    const op = optionalTuple(call, 'output_padding', rank);
    const groups = int(call, 'groups', 1);
    if (l.channels % groups !== 0 || filters % groups !== 0) {
      fail(call, `groups ${groups} must divide both the input channels ${l.channels} and filters ${filters}`);
    }
    op.forEach((p, i) => {
      if (p !== null && p >= s[i]) fail(call, `output_padding ${p} must be smaller than the stride ${s[i]}`);
    });
    let spatial = l.spatial.map((n, i) => deconvLength(call, n, k[i], s[i], pad, op[i], d[i]));
    // Keras 1 Deconvolution2D/3D stored the output shape it was built for: it wins.
    const given = call.config.output_shape;
    if (Array.isArray(given) && given.length === rank + 2) {
      const g = l.format === 'channels_last' ? given.slice(1, -1) : given.slice(2);
      if (g.every((v) => Number.isSafeInteger(v) && v > 0)) spatial = g as number[];
    }
    const out = assemble(l, spatial, filters);
    const bias = useBias(call);
    const weights = product(k) * (l.channels / groups) * filters;
    const macs = l.batch * product(l.spatial) * l.channels * (filters / groups) * product(k);
    const r = finish(call, out, macs, bias);
    return { ...r, params: weights + (bias ? filters : 0) };
  };
}

/**
 * DepthwiseConv1D/2D: each input channel is convolved with depth_multiplier kernels of its
 * own, MACs = output elements x prod(kernel); weights prod(kernel) x Cin x depth_multiplier.
 */
export function depthwise(rank: number): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const dm = int(call, 'depth_multiplier', 1);
    const k = kernelSize(call, rank);
    const s = strides(call, rank);
    const d = dilation(call, rank);
    const pad = padding(call, rank === 1 ? ['valid', 'same', 'causal'] : ['valid', 'same']);
    const spatial = l.spatial.map((n, i) => windowLength(call, n, k[i], s[i], pad, d[i]));
    const out = assemble(l, spatial, l.channels * dm);
    const bias = useBias(call);
    const r = finish(call, out, product(out) * product(k), bias);
    return { ...r, params: product(k) * l.channels * dm + (bias ? l.channels * dm : 0) };
  };
}

/**
 * SeparableConv1D/2D: a depthwise convolution (MACs = its output elements x prod(kernel))
 * followed by a 1x1 pointwise one (MACs = output spatial x Cin x depth_multiplier x filters).
 */
export function separable(rank: number): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const dm = int(call, 'depth_multiplier', 1);
    const filters = int(call, ['filters', 'nb_filter']);
    const k = kernelSize(call, rank);
    const s = strides(call, rank);
    const d = dilation(call, rank);
    const pad = padding(call, rank === 1 ? ['valid', 'same', 'causal'] : ['valid', 'same']);
    const spatial = l.spatial.map((n, i) => windowLength(call, n, k[i], s[i], pad, d[i]));
    const out = assemble(l, spatial, filters);
    const positions = l.batch * product(spatial);
    const mid = l.channels * dm;
    const bias = useBias(call);
    const r = finish(call, out, positions * mid * product(k) + positions * mid * filters, bias);
    return { ...r, params: product(k) * mid + mid * filters + (bias ? filters : 0) };
  };
}
