/**
 * Element-wise tests, selections along an axis, determinants and random draws.
 */
import type { OpCounts } from '../../costs/ops.js';
import { DT } from '../dtypes.js';
import { checkShape, fmt, normAxis, prod } from '../shapes.js';
import { val, type NodeCtx, type OpRule } from './types.js';

/** IsNaN, IsInf: one comparison per element, a bool output. */
export const ElementTest: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    return { outputs: [val(x.shape, DT.BOOL)], ops: { compare: prod(x.shape) } };
  },
};

/** Hardmax: the maximum of each row along `axis` (one comparison per element), as a one-hot. */
export const Hardmax: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    // Before opset 13 the input is coerced to 2-D at `axis` (default 1); the shape is kept either way.
    normAxis(ctx.int('axis', ctx.opset >= 13 ? -1 : 1), Math.max(x.shape.length, 1), ctx.fail);
    return { outputs: [val(x.shape, x.dtype)], ops: { compare: prod(x.shape) } };
  },
};

/**
 * CumSum: each output element is one addition to the running sum along the axis (the first
 * one's to zero included, as ReduceSum counts `sum` per input element): `add` = in.
 */
export const CumSum: OpRule = {
  reads: () => [1],
  infer(ctx) {
    const x = ctx.in(0);
    const axis = ctx.value(1);
    if (axis) normAxis(axis[0], x.shape.length, ctx.fail);
    return { outputs: [val(x.shape, x.dtype)], ops: { add: prod(x.shape) } };
  },
};

/**
 * TopK keeps, per row along `axis`, the k best elements in a sorted list; each element is
 * placed by binary search among the k + 1 slots: ceil(log2(k + 1)) comparisons, so k = 1
 * costs what ArgMax does (one per element).
 */
export const TopK: OpRule = {
  reads: (ctx) => (ctx.opset >= 10 ? [1] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const axis = normAxis(ctx.int('axis', -1), x.shape.length, ctx.fail);
    let k: number | undefined;
    if (ctx.opset >= 10) k = ctx.value(1)?.[0];
    else k = ctx.int('k');
    let outs;
    if (k === undefined) {
      if (ctx.opset < 10) return ctx.fail('has no k');
      outs = ctx.declaredOutputs('k', x.dtype);
      k = outs[0].shape[axis];
      if (outs[0].shape.length !== x.shape.length || k === undefined) ctx.fail(`declared output ${fmt(outs[0].shape)} does not fit input ${fmt(x.shape)}`);
      if (outs[1]) outs[1].dtype = DT.INT64;
    } else {
      if (k < 0 || k > x.shape[axis]) ctx.fail(`k ${k} is out of range for axis ${axis} of ${fmt(x.shape)}`);
      const shape = x.shape.map((d, i) => (i === axis ? (k as number) : d));
      outs = [val(shape, x.dtype), val(shape, DT.INT64)];
    }
    return { outputs: outs, ops: k > 0 ? { compare: prod(x.shape) * Math.ceil(Math.log2(k + 1)) } : {} };
  },
};

/**
 * Det of each M x M matrix by LU decomposition with partial pivoting: at each of the M - 1
 * steps, r = M - step rows below the pivot cost r comparisons (the pivot search), r divisions
 * (the multipliers) and r^2 multiply-accumulates (the updates); the product of the diagonal
 * is M - 1 multiplications.
 */
export const Det: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const r = x.shape.length;
    if (r < 2 || x.shape[r - 1] !== x.shape[r - 2]) ctx.fail(`input ${fmt(x.shape)} is not a batch of square matrices`);
    const m = x.shape[r - 1];
    const b = prod(x.shape.slice(0, -2));
    const below = (m * (m - 1)) / 2;
    const ops: OpCounts = {};
    if (m > 1) {
      ops.mac = (b * (m - 1) * m * (2 * m - 1)) / 6;
      ops.div = b * below;
      ops.compare = b * below;
      ops.mul = b * (m - 1);
    }
    return { outputs: [val(x.shape.slice(0, -2), x.dtype)], ops };
  },
};

/** Random draws are not arithmetic counted here; Bernoulli compares each draw with its probability. */
function randomLike(compare: boolean): OpRule {
  return {
    volatile: true,
    infer(ctx) {
      const x = ctx.in(0);
      const dtype = ctx.int('dtype', x.dtype);
      return { outputs: [val(x.shape, dtype)], ops: compare ? { compare: prod(x.shape) } : {} };
    },
  };
}

export const Bernoulli = randomLike(true);
export const RandomLike = randomLike(false);

/** RandomUniform, RandomNormal: the `shape` attribute's shape, nothing counted. */
export const RandomOfShape: OpRule = {
  volatile: true,
  infer(ctx: NodeCtx) {
    const shape = ctx.ints('shape');
    if (!shape) return ctx.fail('has no shape');
    return { outputs: [val(checkShape(shape, ctx.fail), ctx.int('dtype', DT.FLOAT))], ops: {} };
  },
};
