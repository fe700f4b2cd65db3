/**
 * Ops that pick, join, split, pad or pass data along without arithmetic (cost 0).
 */
import { DT } from '../dtypes.js';
import { concatData, gatherData, selectData, small } from '../fold.js';
import { checkShape, fmt, normAxis } from '../shapes.js';
import { free, intList } from './common.js';
import { val, type OpRule, type Val } from './types.js';

export const Identity: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    return free([{ shape: x.shape, dtype: x.dtype, data: x.data, ref: x.ref }]);
  },
};

export const Dropout: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const outs = [val(x.shape, x.dtype, x.data)];
    if (ctx.nOut > 1) outs.push(val(x.shape, DT.BOOL));
    return free(outs);
  },
};

/** Ops whose output is the first input's shape and that do no arithmetic (masks, copies). */
export const SameShape: OpRule = {
  infer: (ctx) => free([val(ctx.in(0).shape, ctx.in(0).dtype)]),
};

/** The shape of `xs` joined on `axis`; every other dimension must agree. */
export function concatShape(xs: Val[], axis: number, fail: (why: string) => never): number[] {
  const r = xs[0].shape.length;
  const out = [...xs[0].shape];
  out[axis] = 0;
  for (const x of xs) {
    if (x.shape.length !== r || x.shape.some((d, i) => i !== axis && d !== out[i])) {
      fail(`shapes ${xs.map((v) => fmt(v.shape)).join(', ')} do not concatenate on axis ${axis}`);
    }
    out[axis] += x.shape[axis];
  }
  return out;
}

export const Concat: OpRule = {
  infer(ctx) {
    const xs: Val[] = [];
    for (let i = 0; i < ctx.nIn; i++) if (ctx.has(i)) xs.push(ctx.in(i));
    if (xs.length === 0) ctx.fail('has no inputs');
    const axis = normAxis(ctx.int('axis', 1), xs[0].shape.length, ctx.fail);
    const out = concatShape(xs, axis, ctx.fail);
    const data = small(out) && xs.every((x) => x.data) ? concatData(xs.map((x) => ({ shape: x.shape, data: x.data as number[] })), axis) : undefined;
    return free([val(checkShape(out, ctx.fail), xs[0].dtype, data)]);
  },
};

export const Split: OpRule = {
  reads: (ctx) => (ctx.opset >= 13 || ctx.has(1) ? [1] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const axis = normAxis(ctx.int('axis', 0), x.shape.length, ctx.fail);
    const d = x.shape[axis];
    // Opset 1 also took the sizes as an optional second input.
    let sizes = intList(ctx, 1, 'split', ctx.opset >= 13 || ctx.has(1));
    if (sizes === null) return free(ctx.declaredOutputs('the split sizes', x.dtype));
    if (!sizes || sizes.length === 0) {
      const n = ctx.int('num_outputs', ctx.nOut);
      const chunk = ctx.attr('num_outputs') ? Math.ceil(d / n) : d / n;
      if (!Number.isInteger(chunk) || n < 1) ctx.fail(`cannot split ${d} into ${n} parts`);
      sizes = Array.from({ length: n }, (_, i) => Math.max(0, Math.min(chunk, d - i * chunk)));
    }
    if (sizes.reduce((a, b) => a + b, 0) !== d || sizes.some((s) => s < 0)) ctx.fail(`split sizes ${fmt(sizes)} do not add up to ${d}`);
    let at = 0;
    const outs = sizes.map((s) => {
      const shape = x.shape.map((v, i) => (i === axis ? s : v));
      const picks = x.shape.map((v, i) => Array.from({ length: i === axis ? s : v }, (_, k) => (i === axis ? at + k : k)));
      at += s;
      return val(shape, x.dtype, x.data ? selectData(x.data, x.shape, picks) : undefined);
    });
    return free(outs);
  },
};

/** Kept coordinates of one axis (its size is small: the values are being folded). */
function sliceAxis(dim: number, start: number, end: number, step: number): number[] {
  const n = sliceCount(dim, start, end, step);
  const s0 = start < 0 ? start + dim : start;
  const s = step > 0 ? Math.min(Math.max(s0, 0), dim) : Math.min(Math.max(s0, 0), dim - 1);
  return Array.from({ length: n }, (_, k) => s + k * step);
}

/** Elements Slice keeps on one axis, clamped as the ONNX spec says. */
function sliceCount(dim: number, start: number, end: number, step: number): number {
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const s0 = start < 0 ? start + dim : start;
  const e0 = end < 0 ? end + dim : end;
  const [s, e] = step > 0 ? [clamp(s0, 0, dim), clamp(e0, 0, dim)] : [clamp(s0, 0, dim - 1), clamp(e0, -1, dim - 1)];
  return Math.max(0, Math.ceil((e - s) / step));
}

export const Slice: OpRule = {
  reads: (ctx) => (ctx.opset >= 10 ? [1, 2, 3, 4] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const fromInput = ctx.opset >= 10;
    const starts = intList(ctx, 1, 'starts', fromInput);
    const ends = intList(ctx, 2, 'ends', fromInput);
    const axes = intList(ctx, 3, 'axes', fromInput);
    const steps = fromInput ? intList(ctx, 4, '', true) : undefined;
    if (starts === null || ends === null || axes === null || steps === null) return free(ctx.declaredOutputs('a slice bound', x.dtype));
    if (!starts || !ends || starts.length !== ends.length) return ctx.fail('starts and ends are missing or differ in length');
    const ax = axes ?? starts.map((_, i) => i);
    if (ax.length !== starts.length || (steps && steps.length !== starts.length)) ctx.fail('starts, ends, axes and steps differ in length');
    const out = [...x.shape];
    // Coordinates kept per axis, only for values small enough to fold.
    const picks = x.data ? x.shape.map((d) => Array.from({ length: d }, (_, k) => k)) : undefined;
    const seen = new Set<number>();
    ax.forEach((a0, i) => {
      const a = normAxis(a0, x.shape.length, ctx.fail);
      if (seen.has(a)) ctx.fail(`axis ${a0} is sliced twice`);
      seen.add(a);
      const step = steps ? steps[i] : 1;
      if (step === 0) ctx.fail('step 0');
      out[a] = sliceCount(x.shape[a], starts[i], ends[i], step);
      if (picks) picks[a] = sliceAxis(x.shape[a], starts[i], ends[i], step);
    });
    const data = x.data && picks ? selectData(x.data, x.shape, picks) : undefined;
    return free([val(checkShape(out, ctx.fail), x.dtype, data)]);
  },
};

export const Gather: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const ind = ctx.in(1);
    const axis = normAxis(ctx.int('axis', 0), x.shape.length, ctx.fail);
    const out = checkShape([...x.shape.slice(0, axis), ...ind.shape, ...x.shape.slice(axis + 1)], ctx.fail);
    let data: number[] | undefined;
    if (x.data && ind.data && small(out)) {
      const d = x.shape[axis];
      const idx = ind.data.map((i) => (i < 0 ? i + d : i));
      if (idx.some((i) => i < 0 || i >= d)) ctx.fail(`index out of range for dimension ${d}`);
      data = gatherData(x.data, x.shape, axis, idx);
    }
    return free([val(out, x.dtype, data)]);
  },
};

export const GatherElements: OpRule = {
  infer: (ctx) => free([val(ctx.in(1).shape, ctx.in(0).dtype)]),
};

export const GatherND: OpRule = {
  infer(ctx) {
    const x = ctx.in(0).shape;
    const ind = ctx.in(1).shape;
    const b = ctx.int('batch_dims', 0);
    const last = ind[ind.length - 1];
    if (ind.length < 1 || last === undefined || b + last > x.length) ctx.fail(`indices ${fmt(ind)} do not fit data ${fmt(x)}`);
    return free([val(checkShape([...ind.slice(0, -1), ...x.slice(b + last)], ctx.fail), ctx.in(0).dtype)]);
  },
};

/** Scatter ops write into a copy of their data input: the output has its shape. */
export const Scatter: OpRule = {
  infer: (ctx) => free([val(ctx.in(0).shape, ctx.in(0).dtype)]),
};

export const Pad: OpRule = {
  reads: (ctx) => (ctx.opset >= 11 ? [1, 3] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const r = x.shape.length;
    const pads = ctx.opset >= 11 ? (ctx.has(1) ? ctx.value(1) : undefined) : ctx.ints('pads') ?? ctx.ints('paddings');
    if (!pads) return free(ctx.declaredOutputs('the pads', x.dtype));
    let axes = Array.from({ length: r }, (_, i) => i);
    if (ctx.opset >= 18 && ctx.has(3)) {
      const given = ctx.value(3);
      if (!given) return free(ctx.declaredOutputs('the axes', x.dtype));
      axes = given.map((a) => normAxis(a, r, ctx.fail));
    }
    if (pads.length !== 2 * axes.length) ctx.fail(`pads ${fmt(pads)} do not fit ${axes.length} axes`);
    const out = [...x.shape];
    axes.forEach((a, i) => (out[a] += pads[i] + pads[i + axes.length]));
    return free([val(checkShape(out, ctx.fail), x.dtype)]);
  },
};
