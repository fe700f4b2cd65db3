/**
 * Ops that produce values rather than compute on data: a tensor's shape and size, filled
 * tensors, ranges and random draws. They cost nothing; the values of the first ones are
 * known, so shape arithmetic downstream can fold.
 */
import { fault } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { size, tensor, type DType, type Tensor } from '../tensor.js';
import { small } from '../values.js';

/** The shape of `x` as an int64 vector, optionally the axes [start, end) of it. */
export function shapeOf(x: Tensor, start = 0, end?: number): OpResult {
  const r = x.shape.length;
  const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + r : v, 0), r);
  const dims = x.shape.slice(clamp(start), clamp(end ?? r));
  return result([tensor([dims.length], 'int64', dims)]);
}

export function sizeOf(x: Tensor): OpResult {
  return result([tensor([], 'int64', [size(x.shape)])]);
}

/** A tensor of `shape` filled with `fill` (values kept when small). */
export function filled(shape: readonly number[], dtype: DType, fill: number | undefined): OpResult {
  const values = fill !== undefined && small(shape) ? new Array<number>(size(shape)).fill(fill) : undefined;
  return result([tensor(shape, dtype, values)]);
}

/** start, start + delta, ... below limit: ceil((limit - start) / delta) values. */
export function range(start: number, limit: number, delta: number, dtype: DType): OpResult {
  if (delta === 0 || !Number.isFinite(delta)) fault('range delta must be a non-zero number');
  const n = Math.max(Math.ceil((limit - start) / delta), 0);
  if (!Number.isSafeInteger(n)) fault(`range of ${n} values`);
  const out = [n];
  return result([tensor(out, dtype, small(out) ? Array.from({ length: n }, (_, i) => start + i * delta) : undefined)]);
}

/** A random draw: its shape, nothing counted (drawing is not arithmetic on the data). */
export function random(shape: readonly number[], dtype: DType): OpResult {
  return result([tensor(shape, dtype)]);
}
