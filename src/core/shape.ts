/** Shape arithmetic every rule shares. Each function throws an OpError on bad input. */
import { fault } from './errors.js';
import { fmt, size } from './tensor.js';

/** A negative axis counts from the end; anything outside [0, rank) is a fault. */
export function normAxis(axis: number, rank: number, what = 'axis'): number {
  const a = axis < 0 ? axis + rank : axis;
  if (!Number.isSafeInteger(a) || a < 0 || a >= rank) fault(`${what} ${axis} is out of range for rank ${rank}`);
  return a;
}

/** Several axes, normalised; a repeated axis is a fault unless `dedupe` (numpy reductions allow it). */
export function normAxes(axes: readonly number[], rank: number, dedupe = false, what = 'axes'): number[] {
  const out = axes.map((a) => normAxis(a, rank, what === 'axes' ? 'axis' : what));
  const unique = [...new Set(out)];
  if (!dedupe && unique.length !== out.length) fault(`${what} ${fmt([...axes])} repeat an axis`);
  return unique;
}

/** Numpy broadcasting of any number of shapes (aligned on the right, size-1 dimensions stretch). */
export function broadcast(shapes: readonly (readonly number[])[]): number[] {
  let rank = 0;
  for (const s of shapes) rank = Math.max(rank, s.length);
  const out = new Array<number>(rank).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const o = rank - s.length + i;
      const d = s[i];
      if (d === out[o] || d === 1) continue;
      if (out[o] === 1) out[o] = d;
      else fault(`shapes ${shapes.map((x) => fmt(x)).join(' and ')} do not broadcast`);
    }
  }
  return out;
}

/**
 * Slice semantics differ on one corner: Python (and TF's strided slice) clamps a start that
 * lies before the axis to "nothing" when stepping backwards, ONNX clamps it to the first
 * element.
 */
export type SliceRule = 'python' | 'onnx';

/**
 * The coordinates a slice start:end:step keeps along an axis of `dim` elements, as their first
 * coordinate and count; `null` start or end take the step's default end of the axis.
 */
export function sliceRange(dim: number, start: number | null, end: number | null, step: number, rule: SliceRule = 'python'): { first: number; count: number } {
  if (step === 0 || !Number.isSafeInteger(step)) fault('slice step must be a non-zero integer');
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const wrap = (v: number) => (v < 0 ? v + dim : v);
  let s: number;
  let e: number;
  if (step > 0) {
    s = start === null ? 0 : clamp(wrap(start), 0, dim);
    e = end === null ? dim : clamp(wrap(end), 0, dim);
  } else {
    s = start === null ? dim - 1 : clamp(wrap(start), rule === 'onnx' ? 0 : -1, dim - 1);
    e = end === null ? -1 : clamp(wrap(end), -1, dim - 1);
  }
  const count = step > 0 ? Math.max(0, Math.ceil((e - s) / step)) : Math.max(0, Math.ceil((s - e) / -step));
  return { first: s, count };
}

export function sliceLength(dim: number, start: number | null, end: number | null, step: number, rule: SliceRule = 'python'): number {
  return sliceRange(dim, start, end, step, rule).count;
}

/**
 * A reshape target resolved against the input's element count: one -1 takes what is left,
 * and with `zeroCopies` (ONNX without allowzero, TF Lite) a 0 copies the input's dimension.
 */
export function reshapeTarget(input: readonly number[], target: readonly number[], zeroCopies = false): number[] {
  const out = target.map((d, i) => {
    if (d !== 0 || !zeroCopies) return d;
    const copied = input[i];
    if (copied === undefined) fault(`target ${fmt(target)} copies dimension ${i}, which input ${fmt(input)} lacks`);
    return copied;
  });
  const free = out.filter((d) => d === -1).length;
  if (free > 1) fault(`target shape ${fmt(target)} may hold at most one -1`);
  if (out.some((d) => !Number.isSafeInteger(d) || d < -1)) fault(`target shape ${fmt(target)} has a size that is not a dimension`);
  const n = size(input);
  if (free === 1) {
    const known = size(out.filter((d) => d !== -1));
    if (known === 0 || n % known !== 0) fault(`cannot reshape ${fmt(input)} to ${fmt(target)}`);
    out[out.indexOf(-1)] = n / known;
  }
  if (size(out) !== n) fault(`cannot reshape ${fmt(input)} (${n} elements) to ${fmt(target)}`);
  return out;
}

/** The shape of `shapes` joined along `axis`; every other dimension must agree. */
export function concatShape(shapes: readonly (readonly number[])[], axis: number): number[] {
  if (shapes.length === 0) fault('nothing to concatenate');
  const rank = shapes[0].length;
  const a = normAxis(axis, rank);
  const out = [...shapes[0]];
  out[a] = 0;
  for (const s of shapes) {
    if (s.length !== rank || s.some((d, i) => i !== a && d !== shapes[0][i])) {
      fault(`shapes ${shapes.map((x) => fmt(x)).join(', ')} do not concatenate on axis ${a}`);
    }
    out[a] += s[a];
  }
  return out;
}

/** `shape` with size-1 axes inserted at `axes` (positions in the output). */
export function unsqueezeShape(shape: readonly number[], axes: readonly number[]): number[] {
  const rank = shape.length + axes.length;
  const at = new Set(normAxes(axes, rank));
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < rank; i++) out.push(at.has(i) ? 1 : shape[k++]);
  return out;
}

/** `shape` without `axes` (each of size 1), or without every size-1 axis when `axes` is undefined. */
export function squeezeShape(shape: readonly number[], axes?: readonly number[]): number[] {
  const drop = axes ? normAxes(axes, shape.length, true) : shape.flatMap((d, i) => (d === 1 ? [i] : []));
  for (const a of drop) if (shape[a] !== 1) fault(`cannot squeeze axis ${a} of ${fmt(shape)}`);
  return shape.filter((_, i) => !drop.includes(i));
}

/** A permutation of `rank` axes (default: reversed), checked. */
export function permutation(perm: readonly number[] | undefined, rank: number): number[] {
  const p = perm ? perm.map((a) => normAxis(a, rank)) : Array.from({ length: rank }, (_, i) => rank - 1 - i);
  if (p.length !== rank || new Set(p).size !== rank) fault(`${fmt([...(perm ?? [])])} is not a permutation of ${rank} axes`);
  return p;
}
