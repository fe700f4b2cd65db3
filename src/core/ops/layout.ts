/**
 * Ops that rearrange a tensor without arithmetic (cost 0): the shape changes, the values
 * (when known) follow.
 */
import { big } from '../counts.js';
import { fault } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { broadcast, normAxis, permutation, reshapeTarget, squeezeShape, unsqueezeShape } from '../shape.js';
import { fmt, size, tensor, type Tensor } from '../tensor.js';
import { mapBroadcast, selectData, small, transposeData } from '../values.js';

/** Reshape to `target` (one -1 takes what is left; with `zeroCopies` a 0 copies the input's dimension). */
export function reshape(x: Tensor, target: readonly number[], zeroCopies = false): OpResult {
  return result([tensor(reshapeTarget(x.shape, target, zeroCopies), x.dtype, x.values)]);
}

/** Flatten to 2-D at `axis`: [prod(before), prod(from axis on)]. */
export function flatten2d(x: Tensor, axis: number): OpResult {
  const r = x.shape.length;
  const a = axis < 0 ? axis + r : axis;
  if (!Number.isSafeInteger(a) || a < 0 || a > r) fault(`axis ${axis} is out of range for rank ${r}`);
  return result([tensor([size(x.shape.slice(0, a)), size(x.shape.slice(a))], x.dtype, x.values)]);
}

/** Transpose by `perm` (default: reverse the axes). */
export function transpose(x: Tensor, perm?: readonly number[]): OpResult {
  const p = permutation(perm, x.shape.length);
  return result([tensor(p.map((a) => x.shape[a]), x.dtype, x.values ? transposeData(x.values, x.shape, p) : undefined)]);
}

export function squeeze(x: Tensor, axes?: readonly number[]): OpResult {
  return result([tensor(squeezeShape(x.shape, axes), x.dtype, x.values)]);
}

export function unsqueeze(x: Tensor, axes: readonly number[]): OpResult {
  return result([tensor(unsqueezeShape(x.shape, axes), x.dtype, x.values)]);
}

/** Broadcast to `shape` (ONNX Expand: the result is the broadcast of both). */
export function expand(x: Tensor, shape: readonly number[]): OpResult {
  const out = broadcast([x.shape, shape]);
  const values = x.values ? mapBroadcast(out, [{ shape: x.shape, data: x.values }], (v) => v) : undefined;
  return result([tensor(out, x.dtype, values)]);
}

/** numpy tile: repeats align with the trailing axes; a longer list adds leading axes. */
export function tile(x: Tensor, reps: readonly number[]): OpResult {
  if (reps.some((r) => !Number.isSafeInteger(r) || r < 0)) fault(`repeats ${fmt(reps)} must be non-negative integers`);
  const rank = Math.max(x.shape.length, reps.length);
  const xs = [...Array<number>(rank - x.shape.length).fill(1), ...x.shape];
  const rs = [...Array<number>(rank - reps.length).fill(1), ...reps];
  const out = xs.map((d, i) => d * rs[i]);
  // Tiling repeats coordinates modulo the input's size: a selection along every axis.
  const values = x.values && small(out) ? selectData(x.values, xs, out.map((d, i) => Array.from({ length: d }, (_, k) => k % xs[i]))) : undefined;
  return result([tensor(out, x.dtype, values)]);
}

/**
 * numpy repeat along `axis` (undefined: the flattened tensor): one count, or one per element.
 * tf.repeat of one count tiles and reshapes, the new length computed in the graph as count x
 * length: one scalar Mul (`shape`, once per sample). A list of counts takes TF another path
 * (a sequence mask and a boolean mask), not measured: no ops.
 */
export function repeat(x: Tensor, repeats: number | readonly number[], axis?: number): OpResult {
  const flat = axis === undefined;
  const a = flat ? 0 : normAxis(axis, x.shape.length);
  const base = flat ? [size(x.shape)] : [...x.shape];
  let len: number;
  if (typeof repeats === 'number') {
    if (!Number.isSafeInteger(repeats) || repeats < 0) fault(`repeats ${repeats} must be a non-negative integer`);
    len = base[a] * repeats;
  } else {
    if (repeats.length !== base[a] || repeats.some((r) => !Number.isSafeInteger(r) || r < 0)) fault(`repeats ${fmt(repeats)} must give one count per element of axis ${a}`);
    len = repeats.reduce((p, q) => p + q, 0);
  }
  return result([tensor(base.map((d, i) => (i === a ? len : d)), x.dtype)], typeof repeats === 'number' ? { shape: big(x.shape[0] ?? 1) } : {});
}

/** DepthToSpace / SpaceToDepth on [N, C, H, W] (or NHWC) with block size b. */
export function depthToSpace(x: Tensor, block: number, channelsLast = false): OpResult {
  const s = x.shape;
  const c = channelsLast ? s[3] : s[1];
  if (s.length !== 4 || !(block >= 1) || c % (block * block) !== 0) fault(`block size ${block} does not fit ${fmt(s)}`);
  const out = channelsLast ? [s[0], s[1] * block, s[2] * block, c / (block * block)] : [s[0], c / (block * block), s[2] * block, s[3] * block];
  return result([tensor(out, x.dtype)]);
}

export function spaceToDepth(x: Tensor, block: number, channelsLast = false): OpResult {
  const s = x.shape;
  const [h, w] = channelsLast ? [s[1], s[2]] : [s[2], s[3]];
  if (s.length !== 4 || !(block >= 1) || h % block !== 0 || w % block !== 0) fault(`block size ${block} does not fit ${fmt(s)}`);
  const c = (channelsLast ? s[3] : s[1]) * block * block;
  const out = channelsLast ? [s[0], h / block, w / block, c] : [s[0], c, h / block, w / block];
  return result([tensor(out, x.dtype)]);
}

/** An op whose output has its input's shape and that does no arithmetic (masks, copies, scatters). */
export function passThrough(x: Tensor, keepValues = false): OpResult {
  return result([tensor(x.shape, x.dtype, keepValues ? x.values : undefined)]);
}
