/** Selections along an axis, running sums, determinants and random draws: adapters onto the core. */
import { random } from '../../core/ops/constants.js';
import { bernoulli, cumSum, det, hardmax, topK } from '../../core/ops/misc.js';
import { normAxis } from '../../core/shape.js';
import { checkShape, fmt } from '../../core/tensor.js';
import { coreDType } from '../dtypes.js';
import { fromCore, type OpRule } from './types.js';

/** Hardmax: before opset 13 the input is coerced to 2-D at `axis` (default 1); the shape is kept either way. */
export const Hardmax: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    normAxis(ctx.int('axis', ctx.opset >= 13 ? -1 : 1), Math.max(x.shape.length, 1));
    return fromCore(hardmax(x));
  },
};

export const CumSum: OpRule = {
  reads: () => [1],
  infer(ctx) {
    const x = ctx.in(0);
    return fromCore(cumSum(x, ctx.value(1)?.[0] ?? 0, ctx.int('exclusive', 0) === 1, ctx.int('reverse', 0) === 1));
  },
};

/** TopK: k from input 1 (opset 10+) or the attribute; a run-time k takes the declared outputs. */
export const TopK: OpRule = {
  reads: (ctx) => (ctx.opset >= 10 ? [1] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const axis = normAxis(ctx.int('axis', -1), x.shape.length);
    let k = ctx.opset >= 10 ? ctx.value(1)?.[0] : ctx.int('k');
    if (k === undefined) {
      if (ctx.opset < 10) return ctx.fail('has no k');
      const out = ctx.declaredShape('k');
      k = out[axis];
      if (out.length !== x.shape.length || k === undefined) ctx.fail(`declared output ${fmt(out)} does not fit input ${fmt(x.shape)}`);
    }
    return fromCore(topK(x, axis, k, ctx.int('largest', 1) === 1));
  },
};

export const Det: OpRule = { infer: (ctx) => fromCore(det(ctx.in(0))) };

/** Random draws differ at every run: never folded, whatever their inputs. */
export const Bernoulli: OpRule = { volatile: true, infer: (ctx) => fromCore(bernoulli(ctx.in(0), ctx.attr('dtype') ? coreDType(ctx.int('dtype', 1)) : ctx.in(0).dtype)) };

export const RandomLike: OpRule = {
  volatile: true,
  infer: (ctx) => fromCore(random(ctx.in(0).shape, ctx.attr('dtype') ? coreDType(ctx.int('dtype', 1)) : ctx.in(0).dtype)),
};

/** RandomUniform, RandomNormal: the `shape` attribute's shape, nothing counted. */
export const RandomOfShape: OpRule = {
  volatile: true,
  infer(ctx) {
    const shape = ctx.ints('shape');
    if (!shape) return ctx.fail('has no shape');
    return fromCore(random(checkShape(shape), coreDType(ctx.int('dtype', 1))));
  },
};
