/** Ops that rearrange a tensor without arithmetic: adapters onto the core's layout ops. */
import { depthToSpace, expand, flatten2d, reshape, spaceToDepth, squeeze, tile, transpose, unsqueeze } from '../../core/ops/layout.js';
import { fmt } from '../../core/tensor.js';
import { free, intList } from './common.js';
import { fromCore, type OpRule } from './types.js';

/** Reshape: the target from input 1 (opset 5+) or the `shape` attribute; 0 copies unless allowzero. */
export const Reshape: OpRule = {
  reads: (ctx) => (ctx.opset >= 5 ? [1] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const target = ctx.opset >= 5 ? ctx.value(1) : ctx.ints('shape');
    if (!target) return free(ctx.declaredOutputs('the target shape', x.dtype));
    return fromCore(reshape(x, target, ctx.int('allowzero', 0) !== 1));
  },
};

export const Flatten: OpRule = { infer: (ctx) => fromCore(flatten2d(ctx.in(0), ctx.int('axis', 1))) };

export const Transpose: OpRule = { infer: (ctx) => fromCore(transpose(ctx.in(0), ctx.ints('perm'))) };

export const Squeeze: OpRule = {
  reads: (ctx) => (ctx.opset >= 13 ? [1] : []),
  infer(ctx) {
    const axes = intList(ctx, 1, 'axes', ctx.opset >= 13);
    if (axes === null) return free(ctx.declaredOutputs('the axes', ctx.in(0).dtype));
    return fromCore(squeeze(ctx.in(0), axes));
  },
};

export const Unsqueeze: OpRule = {
  reads: (ctx) => (ctx.opset >= 13 ? [1] : []),
  infer(ctx) {
    const axes = intList(ctx, 1, 'axes', ctx.opset >= 13);
    if (axes === null) return free(ctx.declaredOutputs('the axes', ctx.in(0).dtype));
    if (!axes) return ctx.fail('has no axes');
    return fromCore(unsqueeze(ctx.in(0), axes));
  },
};

export const Expand: OpRule = {
  reads: () => [1],
  infer(ctx) {
    const shape = ctx.value(1);
    if (!shape) return free(ctx.declaredOutputs('the target shape', ctx.in(0).dtype));
    return fromCore(expand(ctx.in(0), shape));
  },
};

export const Tile: OpRule = {
  reads: () => [1],
  infer(ctx) {
    const x = ctx.in(0);
    const reps = ctx.value(1);
    if (!reps) return free(ctx.declaredOutputs('the repeats', x.dtype));
    if (reps.length !== x.shape.length) ctx.fail(`repeats ${fmt(reps)} do not fit ${fmt(x.shape)}`);
    return fromCore(tile(x, reps));
  },
};

export const DepthToSpace: OpRule = { infer: (ctx) => fromCore(depthToSpace(ctx.in(0), ctx.int('blocksize', 0))) };
export const SpaceToDepth: OpRule = { infer: (ctx) => fromCore(spaceToDepth(ctx.in(0), ctx.int('blocksize', 0))) };
