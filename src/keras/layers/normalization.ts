import type { OpCounts } from '../../costs/ops.js';
import { axes, bool, fail, int, lookup, one, product } from './config.js';
import type { LayerRule } from './rule.js';

/** Product of the input dims at the given axes: the size of one set of per-feature weights. */
const featureSize = (x: number[], ax: number[]): number => product([...new Set(ax)].map((a) => x[a]));

/**
 * BatchNormalization at inference uses its moving statistics. Keras 3 runs it (TF backend)
 * as tf.nn.batch_normalization, whose graph TF's profiler sees op by op:
 *   inv = rsqrt(var + eps) * gamma        C adds, C rsqrt, C muls (without scale: no mul)
 *   y = x * inv + (beta - mean * inv)     N muls, N adds, C muls, C subs (without center: C negs)
 * with C the features on `axis` and N the input elements (batch included). The per-feature
 * work is counted once per sample (B C), so that the batch size multiplies every figure, as
 * it does for every other layer; at batch 1 it is exactly TF's graph.
 * Weights: gamma, beta (trainable) + moving mean and variance: 4C (Keras 1 too).
 */
export const BatchNormalization: LayerRule = (call) => {
  const x = one(call);
  const c = featureSize(x, axes(call, 'axis', x.length, -1));
  const center = bool(call, 'center', true);
  const scale = bool(call, 'scale', true);
  const n = product(x);
  const bc = x[0] * c;
  const ops: OpCounts = {
    add: n + bc,
    rsqrt: bc,
    mul: n + bc + (scale ? bc : 0),
    ...(center ? { sub: bc } : { neg: bc }),
  };
  const trainable = (center ? c : 0) + (scale ? c : 0);
  return { outputs: [x], ops, params: 2 * c + trainable, trainableParams: trainable };
};

/**
 * Mean-and-variance normalisation over groups of `rows` statistics each covering N / rows
 * elements, with gamma/beta broadcast to `affine` elements (Keras 3 layer_normalization /
 * group normalization, TF backend):
 *   mean, var = moments(x)               2N mean ops, N squared differences
 *   inv = rsqrt(var + eps) [* gamma]     rows adds, rows rsqrt, [affine muls]
 *   res = -mean * inv [+ beta]           rows negs, |inv| muls, [affine adds: beta broadcasts]
 *   y = x * inv + res                    N muls, N adds
 * where |inv| is `affine` when gamma broadcast it, else `rows`.
 */
function momentsNorm(n: number, rows: number, affine: number, scale: boolean, center: boolean): OpCounts {
  const inv = scale ? affine : rows;
  return {
    mean: 2 * n,
    sqdiff: n,
    add: rows + (center ? affine : 0) + n,
    rsqrt: rows,
    mul: (scale ? affine : 0) + inv + n,
    neg: rows,
  };
}

/**
 * LayerNormalization over `axis` (an int or a list; default -1): statistics per position of
 * the other axes. Weights gamma and beta of the normalised axes' size each (Keras 3's
 * rms_scaling keeps gamma only and scales by rsqrt of the variance: no shift).
 */
export const LayerNormalization: LayerRule = (call) => {
  const x = one(call);
  const ax = axes(call, 'axis', x.length, -1);
  if (ax.includes(0)) fail(call, 'cannot normalise over the batch axis');
  const c = featureSize(x, ax);
  const n = product(x);
  const rows = c === 0 ? 0 : n / c;
  const rms = bool(call, 'rms_scaling', false);
  const scale = bool(call, 'scale', true) || rms;
  const center = bool(call, 'center', true) && !rms;
  let ops: OpCounts;
  if (rms) {
    ops = { mean: 2 * n, sqdiff: n, add: rows, rsqrt: rows, mul: n + (scale ? n : 0) };
  } else {
    ops = momentsNorm(n, rows, n, scale, center);
  }
  return { outputs: [x], ops, params: (scale ? c : 0) + (center ? c : 0) };
};

/**
 * GroupNormalization: channels on `axis` (default -1) split into `groups`; statistics per
 * (sample, group). gamma/beta have C weights each and broadcast to batch x C elements.
 */
export const GroupNormalization: LayerRule = (call) => {
  const x = one(call);
  const [axis] = axes(call, 'axis', x.length, -1);
  if (axis === 0) fail(call, 'cannot normalise over the batch axis');
  const c = x[axis];
  const groups = int(call, 'groups', 32);
  if (c % groups !== 0) fail(call, `groups ${groups} must divide the ${c} channels`);
  const scale = bool(call, 'scale', true);
  const center = bool(call, 'center', true);
  const n = product(x);
  const ops = momentsNorm(n, x[0] * groups, x[0] * c, scale, center);
  return { outputs: [x], ops, params: (scale ? c : 0) + (center ? c : 0) };
};

/**
 * UnitNormalization: x * min(rsqrt(sum(x^2)), 1/eps) over `axis` (Keras 3 normalize, order 2):
 * N squares, a sum reduction, one rsqrt and one min per row, N muls. No weights.
 */
export const UnitNormalization: LayerRule = (call) => {
  const x = one(call);
  const ax = axes(call, 'axis', x.length, -1);
  const n = product(x);
  const c = featureSize(x, ax);
  const rows = c === 0 ? 0 : n / c;
  return { outputs: [x], ops: { square: n, sum: n - rows, rsqrt: rows, min: rows, mul: n }, params: 0 };
};

/**
 * Normalization (preprocessing): (x - mean) / max(sqrt(variance), eps), or with invert
 * mean + x * max(sqrt(variance), eps). The sqrt and max act on the C statistics (C = the
 * sizes of `axis`; null = one scalar; counted once per sample), the sub/div (mul/add) on
 * every element. Weights:
 * mean, variance and a count (2C + 1) when adapted; none when mean and variance are given
 * in the config.
 */
export const Normalization: LayerRule = (call) => {
  const x = one(call);
  const hit = lookup(call, 'axis');
  const c = hit === undefined && 'axis' in call.config ? 1 : featureSize(x, axes(call, 'axis', x.length, -1));
  const n = product(x);
  const invert = bool(call, 'invert', false);
  const given = lookup(call, 'mean') !== undefined && lookup(call, 'variance') !== undefined;
  const bc = x[0] * c;
  const ops: OpCounts = invert ? { sqrt: bc, max: bc, mul: n, add: n } : { sqrt: bc, max: bc, sub: n, div: n };
  const params = given ? 0 : 2 * c + 1;
  return { outputs: [x], ops, params, trainableParams: 0 };
};

/**
 * RMSNormalization (Keras 3): x * rsqrt(mean(x^2) + eps) * scale over `axis` (int or list,
 * default -1), as ops.rms_normalization runs it: N squares, a mean over N, one add and one
 * rsqrt per row, two multiplications per element. Weights: scale, the normalised axes' size.
 */
export const RMSNormalization: LayerRule = (call) => {
  const x = one(call);
  const ax = axes(call, 'axis', x.length, -1);
  if (ax.includes(0)) fail(call, 'cannot normalise over the batch axis');
  const c = featureSize(x, ax);
  const n = product(x);
  const rows = c === 0 ? 0 : n / c;
  return { outputs: [x], ops: { square: n, mean: n, add: rows, rsqrt: rows, mul: 2 * n }, params: c };
};
