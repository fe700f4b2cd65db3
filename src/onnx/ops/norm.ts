import { batchNorm, groupNorm, layerNorm, lpNorm, lrn, meanVarianceNorm } from '../../core/ops/norm.js';
import { normAxes, normAxis } from '../../core/shape.js';
import { fmt } from '../../core/tensor.js';
import { fromCore, val, type NodeCtx, type OpRule, type Val } from './types.js';

function channels(ctx: NodeCtx): Val {
  const x = ctx.in(0);
  if (x.shape.length < 2) ctx.fail(`input ${fmt(x.shape)} has no channel dimension`);
  return x;
}

/**
 * Inference BatchNormalization on the channel axis (scale and bias are required inputs): the
 * core's batch normalisation. Training-mode outputs (running and saved statistics) are per
 * channel.
 */
export const BatchNormalization: OpRule = {
  infer(ctx) {
    const x = channels(ctx);
    const r = fromCore(batchNorm(x, [1], { center: true, scale: true }));
    for (let i = 1; i < ctx.nOut; i++) r.outputs.push(val([x.shape[1]], x.dtype));
    return r;
  },
};

/** LayerNormalization (opset 17): every axis from `axis` on; Scale required, B optional. */
export const LayerNormalization: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const axis = normAxis(ctx.int('axis', -1), x.shape.length);
    const axes = x.shape.map((_, i) => i).filter((i) => i >= axis);
    const r = fromCore(layerNorm(x, axes, { scale: true, center: ctx.has(2), firstAxisIsData: true }));
    const stats = [...x.shape.slice(0, axis), ...x.shape.slice(axis).map(() => 1)];
    for (let i = 1; i < ctx.nOut; i++) r.outputs.push(val(stats, x.dtype));
    return r;
  },
};

/** InstanceNormalization: group normalisation with one group per channel. */
export const InstanceNormalization: OpRule = {
  infer: (ctx) => fromCore(groupNorm(channels(ctx), channels(ctx).shape[1], 1, { scale: true, center: true })),
};

export const GroupNormalization: OpRule = {
  infer(ctx) {
    const g = ctx.int('num_groups');
    if (g === undefined) return ctx.fail('needs num_groups');
    return fromCore(groupNorm(channels(ctx), g, 1, { scale: true, center: true }));
  },
};

/** Mean and variance over `axes` (default N, H, W), no learned scale. */
export const MeanVarianceNormalization: OpRule = {
  infer: (ctx) => fromCore(meanVarianceNorm(ctx.in(0), ctx.ints('axes') ?? [0, 2, 3])),
};

/** Local response normalisation across `size` channels. */
export const LRN: OpRule = {
  infer(ctx) {
    const size = ctx.int('size');
    if (size === undefined) return ctx.fail('needs a size');
    return fromCore(lrn(channels(ctx), size));
  },
};

/** LpNormalization along `axis` (p = 1 or 2). */
export const LpNormalization: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const p = ctx.int('p', 2);
    if (p !== 1 && p !== 2) ctx.fail(`p ${p} must be 1 or 2`);
    return fromCore(lpNorm(x, normAxes([ctx.int('axis', -1)], x.shape.length), p as 1 | 2));
  },
};
