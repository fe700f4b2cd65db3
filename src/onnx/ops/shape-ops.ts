/**
 * Ops that move data without arithmetic (cost 0) and the shape arithmetic exporters emit.
 * Each folds its values when its inputs are known, so Reshape targets computed by
 * Shape -> Gather -> Concat chains are exact.
 */
import { DT, isFloatType } from '../dtypes.js';
import { castValue, concatData, gatherData, mapBroadcast, selectData, small, transposeData } from '../fold.js';
import { ATTR } from '../model.js';
import { broadcast, checkShape, fmt, normAxis, prod } from '../shapes.js';
import { val, type NodeCtx, type OpRule, type Result, type Val } from './types.js';

const free = (outputs: Val[]): Result => ({ outputs, ops: {} });

/**
 * An int list from input `i` (newer opsets) or attribute `attr` (older ones). `undefined`
 * when neither is given; when the input is given but only known at run time, `null`.
 */
function intList(ctx: NodeCtx, i: number, attr: string, fromInput: boolean): number[] | undefined | null {
  if (fromInput) {
    if (!ctx.has(i)) return undefined;
    return ctx.value(i) ?? null;
  }
  return ctx.ints(attr);
}

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

export const Shape: OpRule = {
  infer(ctx) {
    const s = ctx.in(0).shape;
    const r = s.length;
    const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + r : v, 0), r);
    const dims = s.slice(clamp(ctx.int('start', 0)), clamp(ctx.int('end', r)));
    return free([val([dims.length], DT.INT64, dims)]);
  },
};

export const Size: OpRule = {
  infer: (ctx) => free([val([], DT.INT64, [prod(ctx.in(0).shape)])]),
};

export const Constant: OpRule = {
  infer(ctx) {
    const a = ctx.node.attrs[0];
    if (!a || ctx.node.attrs.length !== 1) return ctx.fail('needs exactly one value attribute');
    switch (a.name) {
      case 'value':
      case 'sparse_value': {
        if (!a.t) return ctx.fail(`attribute ${a.name} holds no tensor`);
        const t = a.t;
        if (a.name === 'sparse_value') return free([val(t.dims, t.dataType)]);
        return free([{ ...val(t.dims, t.dataType, ctx.attrData('value')), ref: t }]);
      }
      case 'value_float': return free([val([], DT.FLOAT, [ctx.float('value_float', 0)])]);
      case 'value_floats': { const v = ctx.floats('value_floats') ?? []; return free([val([v.length], DT.FLOAT, v)]); }
      case 'value_int': return free([val([], DT.INT64, [ctx.int('value_int', 0)])]);
      case 'value_ints': { const v = ctx.ints('value_ints') ?? []; return free([val([v.length], DT.INT64, v)]); }
      case 'value_string': return free([val([], DT.STRING)]);
      case 'value_strings': return free([val([ctx.strings('value_strings')?.length ?? 0], DT.STRING)]);
      default: return ctx.fail(`unknown value attribute ${a.name}`);
    }
  },
};

export const ConstantOfShape: OpRule = {
  reads: () => [0],
  infer(ctx) {
    const dims = ctx.value(0);
    const a = ctx.attr('value');
    const t = a?.type === ATTR.TENSOR ? a.t : undefined;
    const dtype = t?.dataType ?? DT.FLOAT;
    if (!dims) return free(ctx.declaredOutputs('the shape input', dtype));
    const shape = checkShape(dims, ctx.fail);
    const fill = t ? ctx.attrData('value')?.[0] : 0;
    return free([val(shape, dtype, fill !== undefined && small(shape) ? new Array<number>(prod(shape)).fill(fill) : undefined)]);
  },
};

export const Cast: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const to = ctx.node.opType === 'CastLike' ? ctx.in(1).dtype : ctx.int('to', x.dtype);
    const integer = !isFloatType(to);
    return free([val(x.shape, to, x.data?.map((v) => castValue(v, integer, to === DT.BOOL)))]);
  },
};

export const Reshape: OpRule = {
  reads: (ctx) => (ctx.opset >= 5 ? [1] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const target = ctx.opset >= 5 ? ctx.value(1) : ctx.ints('shape');
    if (!target) return free(ctx.declaredOutputs('the target shape', x.dtype));
    const allowZero = ctx.int('allowzero', 0) === 1;
    const out = target.map((d, i) => (d === 0 && !allowZero ? x.shape[i] ?? ctx.fail(`target ${fmt(target)} copies a dimension input ${fmt(x.shape)} lacks`) : d));
    const free1 = out.filter((d) => d === -1).length;
    if (free1 > 1 || out.some((d) => d < -1)) ctx.fail(`bad target shape ${fmt(target)}`);
    const n = prod(x.shape);
    if (free1 === 1) {
      const known = prod(out.filter((d) => d !== -1));
      if (known === 0 || n % known !== 0) ctx.fail(`cannot reshape ${fmt(x.shape)} to ${fmt(target)}`);
      out[out.indexOf(-1)] = n / known;
    }
    if (prod(out) !== n) ctx.fail(`cannot reshape ${fmt(x.shape)} (${n} elements) to ${fmt(target)}`);
    return free([val(checkShape(out, ctx.fail), x.dtype, x.data)]);
  },
};

export const Flatten: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const r = x.shape.length;
    let axis = ctx.int('axis', 1);
    if (axis < 0) axis += r;
    if (axis < 0 || axis > r) ctx.fail(`axis ${ctx.int('axis', 1)} is out of range for rank ${r}`);
    return free([val([prod(x.shape.slice(0, axis)), prod(x.shape.slice(axis))], x.dtype, x.data)]);
  },
};

export const Transpose: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const r = x.shape.length;
    const perm = ctx.ints('perm') ?? Array.from({ length: r }, (_, i) => r - 1 - i);
    if (perm.length !== r || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) ctx.fail(`perm ${fmt(perm)} is not a permutation of ${r} axes`);
    const out = perm.map((p) => x.shape[p]);
    return free([val(out, x.dtype, x.data ? transposeData(x.data, x.shape, perm) : undefined)]);
  },
};

export const Concat: OpRule = {
  infer(ctx) {
    const xs: Val[] = [];
    for (let i = 0; i < ctx.nIn; i++) if (ctx.has(i)) xs.push(ctx.in(i));
    if (xs.length === 0) ctx.fail('has no inputs');
    const r = xs[0].shape.length;
    const axis = normAxis(ctx.int('axis', 1), r, ctx.fail);
    const out = [...xs[0].shape];
    out[axis] = 0;
    for (const x of xs) {
      if (x.shape.length !== r || x.shape.some((d, i) => i !== axis && d !== out[i])) {
        ctx.fail(`shapes ${xs.map((v) => fmt(v.shape)).join(', ')} do not concatenate on axis ${axis}`);
      }
      out[axis] += x.shape[axis];
    }
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

/** Elements Slice keeps on one axis, clamped as the ONNX spec says. */
function sliceCount(dim: number, start: number, end: number, step: number): number {
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const s0 = start < 0 ? start + dim : start;
  const e0 = end < 0 ? end + dim : end;
  const [s, e] = step > 0 ? [clamp(s0, 0, dim), clamp(e0, 0, dim)] : [clamp(s0, 0, dim - 1), clamp(e0, -1, dim - 1)];
  return Math.max(0, Math.ceil((e - s) / step));
}

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

export const Squeeze: OpRule = {
  reads: (ctx) => (ctx.opset >= 13 ? [1] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const axes = intList(ctx, 1, 'axes', ctx.opset >= 13);
    if (axes === null) return free(ctx.declaredOutputs('the axes', x.dtype));
    const drop = axes ? axes.map((a) => normAxis(a, x.shape.length, ctx.fail)) : x.shape.flatMap((d, i) => (d === 1 ? [i] : []));
    for (const a of drop) if (x.shape[a] !== 1) ctx.fail(`cannot squeeze axis ${a} of ${fmt(x.shape)}`);
    return free([val(x.shape.filter((_, i) => !drop.includes(i)), x.dtype, x.data)]);
  },
};

export const Unsqueeze: OpRule = {
  reads: (ctx) => (ctx.opset >= 13 ? [1] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const axes = intList(ctx, 1, 'axes', ctx.opset >= 13);
    if (axes === null) return free(ctx.declaredOutputs('the axes', x.dtype));
    if (!axes) return ctx.fail('has no axes');
    const r = x.shape.length + axes.length;
    const at = new Set(axes.map((a) => normAxis(a, r, ctx.fail)));
    if (at.size !== axes.length) ctx.fail(`repeated axes ${fmt(axes)}`);
    const out: number[] = [];
    let k = 0;
    for (let i = 0; i < r; i++) out.push(at.has(i) ? 1 : x.shape[k++]);
    return free([val(out, x.dtype, x.data)]);
  },
};

export const Expand: OpRule = {
  reads: () => [1],
  infer(ctx) {
    const x = ctx.in(0);
    const shape = ctx.value(1);
    if (!shape) return free(ctx.declaredOutputs('the target shape', x.dtype));
    const out = checkShape(broadcast([x.shape, shape], ctx.fail), ctx.fail);
    const data = x.data ? mapBroadcast(out, [{ shape: x.shape, data: x.data }], (v) => v) : undefined;
    return free([val(out, x.dtype, data)]);
  },
};

export const Tile: OpRule = {
  reads: () => [1],
  infer(ctx) {
    const x = ctx.in(0);
    const reps = ctx.value(1);
    if (!reps) return free(ctx.declaredOutputs('the repeats', x.dtype));
    if (reps.length !== x.shape.length || reps.some((r) => r < 0)) ctx.fail(`repeats ${fmt(reps)} do not fit ${fmt(x.shape)}`);
    return free([val(checkShape(x.shape.map((d, i) => d * reps[i]), ctx.fail), x.dtype)]);
  },
};

export const Range: OpRule = {
  reads: () => [0, 1, 2],
  infer(ctx) {
    const [s, l, d] = [ctx.value(0), ctx.value(1), ctx.value(2)];
    const dtype = ctx.in(0).dtype;
    if (!s || !l || !d) return free(ctx.declaredOutputs('the range bounds', dtype));
    if (d[0] === 0) ctx.fail('delta 0');
    const n = Math.max(Math.ceil((l[0] - s[0]) / d[0]), 0);
    const out = checkShape([n], ctx.fail);
    return free([val(out, dtype, small(out) ? Array.from({ length: n }, (_, i) => s[0] + i * d[0]) : undefined)]);
  },
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

export const DepthToSpace: OpRule = {
  infer(ctx) {
    const x = ctx.in(0).shape;
    const b = ctx.int('blocksize', 0);
    if (x.length !== 4 || b < 1 || x[1] % (b * b) !== 0) ctx.fail(`blocksize ${b} does not fit ${fmt(x)}`);
    return free([val([x[0], x[1] / (b * b), x[2] * b, x[3] * b], ctx.in(0).dtype)]);
  },
};

export const SpaceToDepth: OpRule = {
  infer(ctx) {
    const x = ctx.in(0).shape;
    const b = ctx.int('blocksize', 0);
    if (x.length !== 4 || b < 1 || x[2] % b !== 0 || x[3] % b !== 0) ctx.fail(`blocksize ${b} does not fit ${fmt(x)}`);
    return free([val([x[0], x[1] * b * b, x[2] / b, x[3] / b], ctx.in(0).dtype)]);
  },
};

/** Ops whose output is the first input's shape and that do no arithmetic (masks, copies). */
export const SameShape: OpRule = {
  infer: (ctx) => free([val(ctx.in(0).shape, ctx.in(0).dtype)]),
};
