/**
 * Normalisations. The statistics-based ones are counted as Keras' TF backend computes them at
 * inference (TF's profiler sees every op of that graph), and every format's normalisation of
 * the same kind costs the same.
 */
import { addCounts, big, type Counts } from '../counts.js';
import { fault } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { normAxes, normAxis } from '../shape.js';
import { fmt, size, tensor, type Tensor } from '../tensor.js';

/** Product of `x`'s dims at `axes`: the size of one set of per-feature weights. */
const featureSize = (x: readonly number[], axes: readonly number[]): number => size([...new Set(axes)].map((a) => x[a]));

/**
 * Batch normalisation at inference, on the moving statistics, as tf.nn.batch_normalization:
 *   inv = rsqrt(var + eps) * gamma        C adds, C rsqrt, C muls (without scale: no mul)
 *   y = x * inv + (beta - mean * inv)     N muls, N adds, C muls, C subs (without center: C negs)
 * with C the features on `axes` and N the input elements. The per-feature work is counted once
 * per sample (B C), so that the batch size multiplies every figure. Weights: gamma and beta
 * (trainable, when scale / center) and the moving mean and variance: 2C + C per option.
 */
export function batchNorm(x: Tensor, axes: readonly number[], o: { center: boolean; scale: boolean }): OpResult {
  const ax = normAxes(axes, x.shape.length, true);
  if (ax.includes(0) && x.shape.length > 1) fault('cannot normalise over the batch axis');
  const c = featureSize(x.shape, ax);
  const n = big(size(x.shape));
  const bc = big(x.shape[0], c);
  const counts: Counts = { add: n + bc, rsqrt: bc, mul: n + bc + (o.scale ? bc : 0n), ...(o.center ? { sub: bc } : { neg: bc }) };
  const trainable = big(c) * BigInt(+o.center + +o.scale);
  return result([tensor(x.shape, x.dtype)], counts, 2n * big(c) + trainable, trainable);
}

/**
 * Mean-and-variance normalisation of `rows` groups of N / rows elements each, gamma and beta
 * broadcast to `affine` elements (Keras 3's layer_normalization and group normalization, TF
 * backend):
 *   mean, var = moments(x)               2N mean ops, N squared differences
 *   inv = rsqrt(var + eps) [* gamma]     rows adds, rows rsqrt, [affine muls]
 *   res = -mean * inv [+ beta]           rows negs, |inv| muls, [affine adds]
 *   y = x * inv + res                    N muls, N adds
 * where |inv| is `affine` when gamma broadcast it, else `rows`.
 */
function momentsNorm(n: bigint, rows: bigint, affine: bigint, scale: boolean, center: boolean): Counts {
  const inv = scale ? affine : rows;
  return {
    mean: 2n * n,
    sqdiff: n,
    add: rows + (center ? affine : 0n) + n,
    rsqrt: rows,
    mul: (scale ? affine : 0n) + inv + n,
    neg: rows,
  };
}

/**
 * Layer normalisation over `axes` (statistics per position of the other axes; gamma and beta
 * of the normalised axes' size each). rms_scaling (Keras 3) keeps gamma only and scales by
 * rsqrt of the variance: mean 2N, sqdiff N, add rows, rsqrt rows, mul 2N. `firstAxisIsData`:
 * ONNX's axis 0 is a dimension like any other (its shapes are concrete), where Keras' is the
 * batch, which no layer may normalise over.
 */
export function layerNorm(x: Tensor, axes: readonly number[], o: { scale: boolean; center: boolean; rms?: boolean; firstAxisIsData?: boolean }): OpResult {
  const ax = normAxes(axes, x.shape.length, true);
  if (ax.includes(0) && o.firstAxisIsData !== true) fault('cannot normalise over the batch axis');
  const c = featureSize(x.shape, ax);
  const n = big(size(x.shape));
  const rows = c === 0 ? 0n : n / big(c);
  const scale = o.scale || o.rms === true;
  const center = o.center && o.rms !== true;
  const counts: Counts = o.rms ? { mean: 2n * n, sqdiff: n, add: rows, rsqrt: rows, mul: 2n * n } : momentsNorm(n, rows, n, scale, center);
  const trainable = big(c) * BigInt(+scale + +center);
  return result([tensor(x.shape, x.dtype)], counts, trainable);
}

/**
 * Group normalisation: the channels on `axis` split into `groups`, statistics per (sample,
 * group); gamma and beta have C weights each and broadcast to batch x C elements. Instance
 * normalisation is groups = C.
 */
export function groupNorm(x: Tensor, groups: number, axis: number, o: { scale: boolean; center: boolean }): OpResult {
  const a = normAxis(axis, x.shape.length);
  if (a === 0) fault('cannot normalise over the batch axis');
  const c = x.shape[a];
  if (!Number.isSafeInteger(groups) || groups < 1 || c % groups !== 0) fault(`groups ${groups} must divide the ${c} channels`);
  const counts = momentsNorm(big(size(x.shape)), big(x.shape[0], groups), big(x.shape[0], c), o.scale, o.center);
  return result([tensor(x.shape, x.dtype)], counts, big(c) * BigInt(+o.scale + +o.center));
}

/**
 * RMS normalisation (Keras 3): x * rsqrt(mean(x^2) + eps) * scale over `axes`: N squares, a
 * mean over N, one add and one rsqrt per row, two multiplications per element. Weights: the
 * normalised axes' size.
 */
export function rmsNorm(x: Tensor, axes: readonly number[]): OpResult {
  const ax = normAxes(axes, x.shape.length, true);
  if (ax.includes(0)) fault('cannot normalise over the batch axis');
  const c = featureSize(x.shape, ax);
  const n = big(size(x.shape));
  const rows = c === 0 ? 0n : n / big(c);
  return result([tensor(x.shape, x.dtype)], { square: n, mean: n, add: rows, rsqrt: rows, mul: 2n * n }, big(c));
}

/**
 * L2 normalisation over `axes`: x * min(rsqrt(sum(x^2)), 1 / eps), as Keras' normalize(order=2):
 * N squares, a sum reduction, one rsqrt and one min per row, N muls. L1 (order 1): |x|, a sum,
 * one division per element.
 */
export function lpNorm(x: Tensor, axes: readonly number[], p: 1 | 2): OpResult {
  const ax = normAxes(axes, x.shape.length, true);
  const c = featureSize(x.shape, ax);
  const n = big(size(x.shape));
  const rows = c === 0 ? 0n : n / big(c);
  const counts: Counts = p === 2 ? { square: n, sum: n - rows, rsqrt: rows, min: rows, mul: n } : { max: n, sum: n - rows, div: n };
  return result([tensor(x.shape, x.dtype)], counts);
}

/**
 * Normalization (Keras preprocessing): (x - mean) / max(sqrt(variance), eps), or with `invert`
 * mean + x * max(sqrt(variance), eps). The sqrt and max act on the C statistics (counted once
 * per sample), the sub and div (mul and add) on every element. Weights: mean, variance and a
 * count (2C + 1, none trainable) when adapted; none when the config gives mean and variance.
 */
export function standardize(x: Tensor, c: number, o: { invert: boolean; adapted: boolean }): OpResult {
  const n = big(size(x.shape));
  const bc = big(x.shape[0], c);
  const counts: Counts = o.invert ? { sqrt: bc, max: bc, mul: n, add: n } : { sqrt: bc, max: bc, sub: n, div: n };
  return result([tensor(x.shape, x.dtype)], counts, o.adapted ? 2n * big(c) + 1n : 0n, 0n);
}

/**
 * Local response normalisation (channels on axis 1): per element a sum of `size` squares
 * across channels (size - 1 additions), then the scale, the power and the division.
 */
export function lrn(x: Tensor, windowSize: number): OpResult {
  if (x.shape.length < 2) fault(`input ${fmt(x.shape)} has no channel dimension`);
  if (!Number.isSafeInteger(windowSize) || windowSize < 1) fault('needs a positive size');
  const n = big(size(x.shape));
  return result([tensor(x.shape, x.dtype)], { square: n, sum: n * big(windowSize - 1), mul: 2n * n, add: n, div: n });
}

/** Mean-variance normalisation over `axes`, no learned weights: (x - mean) / sqrt(var). */
export function meanVarianceNorm(x: Tensor, axes: readonly number[]): OpResult {
  const ax = normAxes(axes, x.shape.length, true);
  const n = big(size(x.shape));
  const rows = big(size(x.shape.filter((_, i) => !ax.includes(i))));
  const counts: Counts = { mean: 2n * n, sub: n, square: n, div: n };
  addCounts(counts, { sqrt: rows, add: rows });
  return result([tensor(x.shape, x.dtype)], counts);
}
