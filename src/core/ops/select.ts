/**
 * Ops that pick, join, split or pad data without arithmetic (cost 0), and the ones whose
 * output shape is the number of elements the data selects: exact only when that data is a
 * constant, refused otherwise.
 */
import { fault, refuse } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { concatShape, normAxis, sliceRange, type SliceRule } from '../shape.js';
import { fmt, size, tensor, type DType, type Tensor } from '../tensor.js';
import { concatData, gatherData, selectData, small, strides } from '../values.js';

export function concat(xs: readonly Tensor[], axis: number): OpResult {
  const out = concatShape(xs.map((x) => x.shape), axis);
  const a = normAxis(axis, out.length);
  const values = small(out) && xs.every((x) => x.values) ? concatData(xs.map((x) => ({ shape: x.shape, data: x.values as number[] })), a) : undefined;
  return result([tensor(out, xs[0].dtype, values)]);
}

/** Stack equal shapes along a new `axis`. */
export function stack(xs: readonly Tensor[], axis: number): OpResult {
  if (xs.length === 0) fault('nothing to stack');
  if (xs.some((s) => s.shape.join() !== xs[0].shape.join())) fault('inputs to stack must have the same shape');
  const a = normAxis(axis, xs[0].shape.length + 1);
  const out = [...xs[0].shape];
  out.splice(a, 0, xs.length);
  const values = small(out) && xs.every((x) => x.values) && a === 0 ? xs.flatMap((x) => x.values as number[]) : undefined;
  return result([tensor(out, xs[0].dtype, values)]);
}

/** Split along `axis` into pieces of `sizes` (which must add up to the axis). */
export function split(x: Tensor, axis: number, sizes: readonly number[]): OpResult {
  const a = normAxis(axis, x.shape.length);
  const d = x.shape[a];
  if (sizes.some((s) => !Number.isSafeInteger(s) || s < 0) || sizes.reduce((p, q) => p + q, 0) !== d) fault(`split sizes ${fmt(sizes)} do not add up to ${d}`);
  let at = 0;
  return result(
    sizes.map((s) => {
      const shape = x.shape.map((v, i) => (i === a ? s : v));
      const from = at;
      at += s;
      const picks = x.values ? x.shape.map((v, i) => Array.from({ length: i === a ? s : v }, (_, k) => (i === a ? from + k : k))) : undefined;
      return tensor(shape, x.dtype, x.values && picks ? selectData(x.values, x.shape, picks) : undefined);
    }),
  );
}

/** TF's SplitV sizes: at most one -1, which takes what the others leave of `length`. */
export function splitVSizes(length: number, sizes: readonly number[]): number[] {
  const out = [...sizes];
  const rest = out.indexOf(-1);
  if (rest >= 0) out[rest] = length - out.reduce((a, b) => (b === -1 ? a : a + b), 0);
  return out;
}

/** Equal pieces (the last one shorter when `ceil`, as ONNX num_outputs allows). */
export function evenSplitSizes(length: number, parts: number, ceil = false): number[] {
  const chunk = ceil ? Math.ceil(length / parts) : length / parts;
  if (!Number.isInteger(chunk) || parts < 1) fault(`cannot split ${length} into ${parts} parts`);
  return Array.from({ length: parts }, (_, i) => Math.max(0, Math.min(chunk, length - i * chunk)));
}

export interface SliceAxis {
  axis: number;
  start: number | null;
  end: number | null;
  step: number;
}

/** Strided slices along some axes (each at most once). */
export function slice(x: Tensor, specs: readonly SliceAxis[], rule: SliceRule): OpResult {
  const out = [...x.shape];
  const picks = x.values ? x.shape.map((d) => Array.from({ length: d }, (_, k) => k)) : undefined;
  const seen = new Set<number>();
  for (const s of specs) {
    const a = normAxis(s.axis, x.shape.length);
    if (seen.has(a)) fault(`axis ${s.axis} is sliced twice`);
    seen.add(a);
    const { first, count } = sliceRange(x.shape[a], s.start, s.end, s.step, rule);
    out[a] = count;
    if (picks) picks[a] = Array.from({ length: count }, (_, k) => first + k * s.step);
  }
  return result([tensor(out, x.dtype, x.values && picks ? selectData(x.values, x.shape, picks) : undefined)]);
}

/** Take `indices` along `axis`: the indices' shape replaces the axis. */
export function gather(x: Tensor, indices: Tensor, axis: number): OpResult {
  const a = normAxis(axis, x.shape.length);
  const out = [...x.shape.slice(0, a), ...indices.shape, ...x.shape.slice(a + 1)];
  let values: number[] | undefined;
  if (x.values && indices.values && small(out)) {
    const d = x.shape[a];
    const idx = indices.values.map((i) => (i < 0 ? i + d : i));
    if (idx.some((i) => !Number.isSafeInteger(i) || i < 0 || i >= d)) fault(`index out of range for dimension ${d}`);
    values = gatherData(x.values, x.shape, a, idx);
  }
  return result([tensor(out, x.dtype, values)]);
}

/** GatherElements: the indices' shape, each index replacing its coordinate along `axis`. */
export function gatherElements(x: Tensor, indices: Tensor, axis: number): OpResult {
  const a = normAxis(axis, x.shape.length);
  if (indices.shape.length !== x.shape.length) fault(`indices ${fmt(indices.shape)} and data ${fmt(x.shape)} differ in rank`);
  let values: number[] | undefined;
  if (x.values && indices.values) {
    const xs = strides(x.shape);
    const is = strides(indices.shape);
    const d = x.shape[a];
    values = indices.values.map((raw, i) => {
      const ix = raw < 0 ? raw + d : raw;
      if (!Number.isSafeInteger(ix) || ix < 0 || ix >= d) fault(`index ${raw} out of range for dimension ${d}`);
      let off = 0;
      let rem = i;
      for (let k = 0; k < is.length; k++) {
        const c = Math.floor(rem / is[k]);
        rem -= c * is[k];
        off += (k === a ? ix : c) * xs[k];
      }
      return x.values![off];
    });
  }
  return result([tensor(indices.shape, x.dtype, values)]);
}

/** GatherND: indices [..., k] address the first `batchDims` + k axes of x. */
export function gatherND(x: Tensor, indices: Tensor, batchDims: number): OpResult {
  const ind = indices.shape;
  const last = ind[ind.length - 1];
  if (ind.length < 1 || last === undefined || batchDims + last > x.shape.length) fault(`indices ${fmt(ind)} do not fit data ${fmt(x.shape)}`);
  const out = [...ind.slice(0, -1), ...x.shape.slice(batchDims + last)];
  let values: number[] | undefined;
  if (x.values && indices.values && batchDims === 0 && small(out)) {
    const xs = strides(x.shape);
    const chunk = size(x.shape.slice(last));
    values = [];
    for (let t = 0; t < indices.values.length / last; t++) {
      let off = 0;
      for (let k = 0; k < last; k++) {
        const raw = indices.values[t * last + k];
        const ix = raw < 0 ? raw + x.shape[k] : raw;
        if (!Number.isSafeInteger(ix) || ix < 0 || ix >= x.shape[k]) fault(`index ${raw} out of range for dimension ${x.shape[k]}`);
        off += ix * xs[k];
      }
      for (let j = 0; j < chunk; j++) values.push(x.values[off + j]);
    }
  }
  return result([tensor(out, x.dtype, values)]);
}

/** Pad each axis by (before, after) with `fill` (constant mode); values of a pad are data movement. */
export function pad(x: Tensor, pads: readonly (readonly [number, number])[], fill: number | undefined = 0): OpResult {
  if (pads.length !== x.shape.length) fault(`pads for ${pads.length} axes do not fit ${fmt(x.shape)}`);
  const out = x.shape.map((d, i) => d + pads[i][0] + pads[i][1]);
  if (out.some((d) => d < 0)) fault(`pads ${fmt(pads.flat())} remove more than ${fmt(x.shape)} holds`);
  let values: number[] | undefined;
  if (x.values && fill !== undefined && small(out)) {
    const os = strides(out);
    const xs = strides(x.shape);
    values = new Array<number>(size(out)).fill(fill);
    for (let i = 0; i < size(out); i++) {
      let rem = i;
      let off = 0;
      let inside = true;
      for (let k = 0; k < out.length; k++) {
        const c = Math.floor(rem / os[k]) - pads[k][0];
        rem %= os[k];
        if (c < 0 || c >= x.shape[k]) inside = false;
        off += c * xs[k];
      }
      if (inside) values[i] = x.values[off];
    }
  }
  return result([tensor(out, x.dtype, values)]);
}

/** OneHot: a `depth`-long axis inserted at `axis` (default -1) of the indices' shape. */
export function oneHot(indices: Tensor, depth: number, axis: number, dtype: DType): OpResult {
  if (!Number.isSafeInteger(depth) || depth < 1) fault(`depth ${depth} must be a positive integer`);
  const a = normAxis(axis, indices.shape.length + 1);
  return result([tensor([...indices.shape.slice(0, a), depth, ...indices.shape.slice(a)], dtype)]);
}

/** Ones on diagonal `k` of a 2-D tensor shaped like the input; its values are known. */
export function eyeLike(x: Tensor, k: number, dtype: DType): OpResult {
  if (x.shape.length !== 2) fault(`input ${fmt(x.shape)} is not 2-D`);
  const [rows, cols] = x.shape;
  const values = small(x.shape) ? Array.from({ length: rows * cols }, (_, i) => +(i % cols === Math.floor(i / cols) + k)) : undefined;
  return result([tensor(x.shape, dtype, values)]);
}

const DATA = 'its output shape depends on the data';

/**
 * Compress: the slices along `axis` (or, without one, the elements of the flattened input)
 * whose condition is true; the condition may be shorter than what it selects from.
 */
export function compress(x: Tensor, condition: Tensor, axis: number | undefined): OpResult {
  const cond = condition.values;
  if (!cond) refuse(`${DATA} (how many elements of the condition are true)`);
  const a = axis === undefined ? undefined : normAxis(axis, x.shape.length);
  const length = a === undefined ? size(x.shape) : x.shape[a];
  if (cond.length > length) fault(`condition of ${cond.length} values is longer than the ${length} it selects from`);
  const kept = cond.filter((c) => c !== 0).length;
  return result([tensor(a === undefined ? [kept] : x.shape.map((d, i) => (i === a ? kept : d)), x.dtype)]);
}

/** NonZero: [rank, count] coordinates of the non-zero elements, known for a constant input. */
export function nonZero(x: Tensor): OpResult {
  if (!x.values) refuse(`${DATA} (how many elements are non-zero)`);
  const st = strides(x.shape);
  const at = x.values.flatMap((v, i) => (v !== 0 ? [i] : []));
  const coords = x.shape.flatMap((_, d) => at.map((i) => Math.floor(i / st[d]) % x.shape[d]));
  return result([tensor([x.shape.length, at.length], 'int64', coords)]);
}

/** Unique values (or, along `axis`, distinct slices), known for a constant input: values, indices, inverse, counts. */
export function unique(x: Tensor, axis: number | undefined): OpResult {
  if (!x.values) refuse(`${DATA} (how many values are distinct)`);
  if (axis === undefined) {
    const u = new Set(x.values).size;
    return result([tensor([u], x.dtype), tensor([u], 'int64'), tensor([x.values.length], 'int64'), tensor([u], 'int64')]);
  }
  const a = normAxis(axis, x.shape.length);
  const st = strides(x.shape);
  const slices: number[][] = Array.from({ length: x.shape[a] }, () => []);
  x.values.forEach((v, i) => slices[Math.floor(i / st[a]) % x.shape[a]].push(v));
  const u = new Set(slices.map((s) => s.join(','))).size;
  return result([tensor(x.shape.map((d, i) => (i === a ? u : d)), x.dtype), tensor([u], 'int64'), tensor([x.shape[a]], 'int64'), tensor([u], 'int64')]);
}

export interface StridedSliceMasks {
  begin: number;
  end: number;
  ellipsis: number;
  newAxis: number;
  shrink: number;
}

/**
 * TF's StridedSlice (and TFLite's STRIDED_SLICE): one (begin, end, stride) per spec entry,
 * each bit of the masks for the entry of that index: begin/end masks take the whole axis from
 * that side, the ellipsis stands for the axes no entry names, new_axis inserts a 1, shrink
 * takes the one element at begin and drops the axis. Data movement: no arithmetic.
 */
export function stridedSlice(x: Tensor, begin: readonly number[], end: readonly number[], strides: readonly number[], m: StridedSliceMasks): OpResult {
  const n = begin.length;
  if (end.length !== n || strides.length !== n) fault(`begin ${fmt(begin)}, end ${fmt(end)} and strides ${fmt(strides)} differ in length`);
  const bit = (mask: number, i: number) => ((mask >> i) & 1) === 1;
  // Axes of x each spec entry consumes: an ellipsis takes what the others leave.
  let named = 0;
  for (let i = 0; i < n; i++) if (!bit(m.ellipsis, i) && !bit(m.newAxis, i)) named++;
  const out: number[] = [];
  // Coordinates kept per axis, gathered only for a tensor whose values are known (and small).
  const keep = x.values !== undefined;
  const picks: number[][] = [];
  const all = (d: number) => (keep ? Array.from({ length: d }, (_, j) => j) : []);
  let axis = 0;
  let sawEllipsis = false;
  for (let i = 0; i < n; i++) {
    if (bit(m.ellipsis, i) && !sawEllipsis) {
      sawEllipsis = true;
      const span = x.shape.length - named;
      for (let k = 0; k < span; k++, axis++) {
        out.push(x.shape[axis]);
        picks.push(all(x.shape[axis]));
      }
      continue;
    }
    if (bit(m.newAxis, i)) {
      out.push(1);
      continue;
    }
    if (axis >= x.shape.length) fault(`slice of ${n} entries does not fit ${fmt(x.shape)}`);
    const d = x.shape[axis];
    const s = strides[i];
    if (bit(m.shrink, i)) {
      const b = begin[i] < 0 ? begin[i] + d : begin[i];
      if (!Number.isSafeInteger(b) || b < 0 || b >= d) fault(`index ${begin[i]} is out of range for an axis of ${d}`);
      picks.push([b]);
      axis++;
      continue;
    }
    const { first, count } = sliceRange(d, bit(m.begin, i) ? null : begin[i], bit(m.end, i) ? null : end[i], s, 'python');
    out.push(count);
    picks.push(keep ? Array.from({ length: count }, (_, j) => first + j * s) : []);
    axis++;
  }
  for (; axis < x.shape.length; axis++) {
    out.push(x.shape[axis]);
    picks.push(all(x.shape[axis]));
  }
  const values = x.values && small(out) ? selectData(x.values, x.shape, picks) : undefined;
  return result([tensor(out, x.dtype, values)]);
}
