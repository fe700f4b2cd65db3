/**
 * Ops that write or pick elements by index without arithmetic (cost 0), and the ones whose
 * output shape is the number of elements the data selects: exact only when that data is a
 * constant, refused otherwise.
 */
import { DT } from '../dtypes.js';
import { small, strides } from '../fold.js';
import { checkShape, fmt, normAxis, prod } from '../shapes.js';
import { free } from './common.js';
import { val, type OpRule, type Val } from './types.js';

/** OneHot(indices, depth, values): a depth-long axis inserted at `axis` (default -1). */
export const OneHot: OpRule = {
  reads: () => [1],
  infer(ctx) {
    const ind = ctx.in(0).shape;
    const dtype = ctx.in(2).dtype;
    const depth = ctx.value(1);
    if (!depth) return free(ctx.declaredOutputs('the depth', dtype));
    if (depth.length !== 1) ctx.fail(`depth has ${depth.length} values, not one`);
    // A float depth is truncated, as its cast to int64 is.
    const d = Math.trunc(depth[0]);
    if (d < 1) ctx.fail(`depth ${depth[0]} must be positive`);
    const r = ind.length + 1;
    const a = normAxis(ctx.int('axis', -1), r, ctx.fail);
    return free([val(checkShape([...ind.slice(0, a), d, ...ind.slice(a)], ctx.fail), dtype)]);
  },
};

/** EyeLike: ones on diagonal `k` of a 2-D tensor shaped like the input; its values are known. */
export const EyeLike: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    if (x.shape.length !== 2) ctx.fail(`input ${fmt(x.shape)} is not 2-D`);
    const [rows, cols] = x.shape;
    const k = ctx.int('k', 0);
    const data = small(x.shape) ? Array.from({ length: rows * cols }, (_, i) => (i % cols === Math.floor(i / cols) + k ? 1 : 0)) : undefined;
    return free([val(x.shape, ctx.int('dtype', 0) || x.dtype, data)]);
  },
};

export const ReverseSequence: OpRule = {
  infer: (ctx) => free([val(ctx.in(0).shape, ctx.in(0).dtype)]),
};

/**
 * MaxUnpool(X, I, output_shape): the output_shape input when given, else per spatial axis
 * (in - 1) x stride - pad begin - pad end + kernel.
 */
export const MaxUnpool: OpRule = {
  reads: () => [2],
  infer(ctx) {
    const x = ctx.in(0);
    const r = x.shape.length;
    if (r < 3) ctx.fail(`input ${fmt(x.shape)} needs batch, channel and spatial dimensions`);
    if (ctx.has(2)) {
      const given = ctx.value(2);
      if (!given) return free(ctx.declaredOutputs('the output shape', x.dtype));
      if (given.length !== r) ctx.fail(`output_shape ${fmt(given)} does not fit input ${fmt(x.shape)}`);
      return free([val(checkShape(given, ctx.fail), x.dtype)]);
    }
    const n = r - 2;
    const kernel = ctx.ints('kernel_shape');
    if (!kernel || kernel.length !== n) return ctx.fail(`needs a kernel_shape of ${n} values`);
    const stridesAttr = ctx.ints('strides');
    const pads = ctx.ints('pads');
    const spatial = x.shape.slice(2).map((d, i) => {
      const s = stridesAttr?.[i] ?? 1;
      return (d - 1) * s - (pads?.[i] ?? 0) - (pads?.[i + n] ?? 0) + kernel[i];
    });
    return free([val(checkShape([x.shape[0], x.shape[1], ...spatial], ctx.fail), x.dtype)]);
  },
};

const DATA = 'its output shape depends on the data';

/**
 * Compress(input, condition, axis): the slices (or, without axis, the elements of the
 * flattened input) whose condition is true; the condition may be shorter than the axis.
 */
export const Compress: OpRule = {
  reads: () => [1],
  infer(ctx) {
    const x = ctx.in(0);
    const cond = ctx.value(1);
    if (!cond) return ctx.refuse(`${DATA} (how many elements of the condition are true)`);
    const axis = ctx.int('axis');
    const length = axis === undefined ? prod(x.shape) : x.shape[normAxis(axis, x.shape.length, ctx.fail)];
    if (cond.length > length) ctx.fail(`condition of ${cond.length} values is longer than the ${length} it selects from`);
    const kept = cond.filter((c) => c !== 0).length;
    const out = axis === undefined ? [kept] : x.shape.map((d, i) => (i === normAxis(axis, x.shape.length, ctx.fail) ? kept : d));
    return free([val(out, x.dtype)]);
  },
};

/** NonZero: [rank, count] indices of the non-zero elements, known for a constant input. */
export const NonZero: OpRule = {
  reads: () => [0],
  infer(ctx) {
    const x = ctx.in(0);
    if (!x.data) return ctx.refuse(`${DATA} (how many elements are non-zero)`);
    const st = strides(x.shape);
    const at = x.data.flatMap((v, i) => (v !== 0 ? [i] : []));
    const coords = x.shape.flatMap((_, d) => at.map((i) => Math.floor(i / st[d]) % x.shape[d]));
    return free([val([x.shape.length, at.length], DT.INT64, coords)]);
  },
};

/** Unique: distinct values (or, with axis, distinct slices), known for a constant input. */
export const Unique: OpRule = {
  reads: () => [0],
  infer(ctx) {
    const x = ctx.in(0);
    if (!x.data) return ctx.refuse(`${DATA} (how many values are distinct)`);
    const axis = ctx.int('axis');
    const outs: Val[] = [];
    if (axis === undefined) {
      const u = new Set(x.data).size;
      outs.push(val([u], x.dtype), val([u], DT.INT64), val([x.data.length], DT.INT64), val([u], DT.INT64));
    } else {
      const a = normAxis(axis, x.shape.length, ctx.fail);
      const st = strides(x.shape);
      const slices: number[][] = Array.from({ length: x.shape[a] }, () => []);
      x.data.forEach((v, i) => slices[Math.floor(i / st[a]) % x.shape[a]].push(v));
      const u = new Set(slices.map((s) => s.join(','))).size;
      outs.push(val(x.shape.map((d, i) => (i === a ? u : d)), x.dtype), val([u], DT.INT64), val([x.shape[a]], DT.INT64), val([u], DT.INT64));
    }
    return free(outs.slice(0, Math.max(ctx.nOut, 1)));
  },
};
