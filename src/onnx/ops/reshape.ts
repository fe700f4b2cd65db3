/**
 * Ops that rearrange a tensor without arithmetic (cost 0): the shape changes, the
 * values (when known) follow.
 */
import { mapBroadcast, transposeData } from '../fold.js';
import { broadcast, checkShape, fmt, normAxis, prod } from '../shapes.js';
import { free, intList } from './common.js';
import { val, type OpRule } from './types.js';

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
