import type { Op } from '../../costs/ops.js';
import { DT } from '../dtypes.js';
import { checkShape, fmt, prod, windowOut } from '../shapes.js';
import { windowAttrs } from './conv.js';
import { val, type NodeCtx, type OpRule } from './types.js';

/** Output spatial sizes of a pooling window over `spatial`, and the window's element count. */
export function poolWindow(ctx: NodeCtx, spatial: number[]): { out: number[]; k: number } {
  const kernel = ctx.ints('kernel_shape');
  if (!kernel) return ctx.fail('has no kernel_shape');
  return { out: windowOut(spatial, windowAttrs(ctx, spatial.length, kernel), ctx.fail), k: prod(kernel) };
}

/** One `op` per window element per output element (padding positions included). */
function pool(op: Op): OpRule {
  return {
    infer(ctx) {
      const x = ctx.in(0);
      if (x.shape.length < 3) ctx.fail(`input ${fmt(x.shape)} needs batch, channel and spatial dimensions`);
      const { out: spatial, k } = poolWindow(ctx, x.shape.slice(2));
      const out = checkShape([x.shape[0], x.shape[1], ...spatial], ctx.fail);
      const outputs = [val(out, x.dtype)];
      if (ctx.nOut > 1) outputs.push(val(out, DT.INT64));
      return { outputs, ops: { [op]: prod(out) * k } };
    },
  };
}

export const MaxPool = pool('maxpool');
export const AveragePool = pool('avgpool');

/** Global pooling reads every input element once. */
function global(op: Op): OpRule {
  return {
    infer(ctx) {
      const x = ctx.in(0);
      if (x.shape.length < 2) ctx.fail(`input ${fmt(x.shape)} needs batch and channel dimensions`);
      const out = [x.shape[0], x.shape[1], ...x.shape.slice(2).map(() => 1)];
      return { outputs: [val(out, x.dtype)], ops: { [op]: prod(x.shape) } };
    },
  };
}

export const GlobalAveragePool = global('mean');
export const GlobalMaxPool = global('maxpool');
