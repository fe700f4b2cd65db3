import type { OpCounts } from '../../costs/ops.js';
import { fmt, normAxis, prod } from '../shapes.js';
import { val, type NodeCtx, type OpRule, type Val } from './types.js';

/** Inference BatchNormalization is an affine map per channel: one mul and one add per element. */
export const BatchNormalization: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    if (x.shape.length < 2) ctx.fail(`input ${fmt(x.shape)} has no channel dimension`);
    const n = prod(x.shape);
    const outputs: Val[] = [val(x.shape, x.dtype)];
    // Training-mode outputs (running and saved statistics) are per channel.
    for (let i = 1; i < ctx.nOut; i++) outputs.push(val([x.shape[1]], x.dtype));
    return { outputs, ops: { mul: n, add: n } };
  },
};

/**
 * Normalising `rows` groups of `n / rows` elements: the mean (one add per element), the
 * centring, the squares and their mean, then per group the epsilon and the reciprocal square
 * root, and per element the scaling; `affine` adds the learned scale and shift.
 */
function normOps(n: number, rows: number, scale: boolean, shift: boolean): OpCounts {
  const ops: OpCounts = { mean: 2 * n, sub: n, square: n, mul: n, add: rows, rsqrt: rows };
  if (scale) ops.mul = (ops.mul ?? 0) + n;
  if (shift) ops.add = (ops.add ?? 0) + n;
  return ops;
}

export const LayerNormalization: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const axis = normAxis(ctx.int('axis', -1), x.shape.length, ctx.fail);
    const stats = [...x.shape.slice(0, axis), ...x.shape.slice(axis).map(() => 1)];
    const outputs: Val[] = [val(x.shape, x.dtype)];
    for (let i = 1; i < ctx.nOut; i++) outputs.push(val(stats, x.dtype));
    return { outputs, ops: normOps(prod(x.shape), prod(x.shape.slice(0, axis)), ctx.has(1), ctx.has(2)) };
  },
};

function channels(ctx: NodeCtx): Val {
  const x = ctx.in(0);
  if (x.shape.length < 2) ctx.fail(`input ${fmt(x.shape)} has no channel dimension`);
  return x;
}

export const InstanceNormalization: OpRule = {
  infer(ctx) {
    const x = channels(ctx);
    return { outputs: [val(x.shape, x.dtype)], ops: normOps(prod(x.shape), x.shape[0] * x.shape[1], true, true) };
  },
};

export const GroupNormalization: OpRule = {
  infer(ctx) {
    const x = channels(ctx);
    const g = ctx.int('num_groups');
    if (g === undefined) return ctx.fail('needs num_groups');
    if (g < 1 || x.shape[1] % g !== 0) ctx.fail(`num_groups ${g} does not divide ${x.shape[1]} channels`);
    return { outputs: [val(x.shape, x.dtype)], ops: normOps(prod(x.shape), x.shape[0] * g, true, true) };
  },
};

/** Mean and variance over `axes` (default N, H, W), no learned scale. */
export const MeanVarianceNormalization: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const axes = (ctx.ints('axes') ?? [0, 2, 3]).map((a) => normAxis(a, x.shape.length, ctx.fail));
    const rows = prod(x.shape.filter((_, i) => !axes.includes(i)));
    const n = prod(x.shape);
    return { outputs: [val(x.shape, x.dtype)], ops: { mean: 2 * n, sub: n, square: n, div: n, sqrt: rows, add: rows } };
  },
};

/** Local response normalisation: a sum of `size` squares per element, then scale and power. */
export const LRN: OpRule = {
  infer(ctx) {
    const x = channels(ctx);
    const size = ctx.int('size');
    if (size === undefined || size < 1) return ctx.fail('needs a positive size');
    const n = prod(x.shape);
    return { outputs: [val(x.shape, x.dtype)], ops: { square: n, sum: n * size, mul: 2 * n, add: n, div: n } };
  },
};
