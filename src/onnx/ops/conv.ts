import { conv, convTranspose, globalPool, pool } from '../../core/ops/conv.js';
import { fmt } from '../../core/tensor.js';
import { transposedOutput } from '../../core/window.js';
import { spatialInput, windowAttrs } from './common.js';
import { fromCore, val, type NodeCtx, type OpRule, type Result, type Val } from './types.js';

/**
 * A convolution of `x` (channels first) with weight shape `w` ([M, C / group, kernel...]), as
 * the core counts it; shared with the integer forms (ConvInteger, QLinearConv).
 */
export function convOf(ctx: NodeCtx, x: Val, w: readonly number[], bias: boolean) {
  if (x.shape.length < 3) ctx.fail(`input ${fmt(x.shape)} needs batch, channel and at least one spatial dimension`);
  if (w.length !== x.shape.length) ctx.fail(`weight ${fmt(w)} and input ${fmt(x.shape)} differ in rank`);
  const group = ctx.int('group', 1);
  const c = x.shape[1];
  if (group < 1 || c % group !== 0 || w[0] % group !== 0) ctx.fail(`group ${group} must divide both the ${c} input channels and the ${w[0]} output channels`);
  if (w[1] * group !== c) ctx.fail(`weight ${fmt(w)} expects ${w[1] * group} input channels, input ${fmt(x.shape)} has ${c}`);
  const kernel = ctx.ints('kernel_shape') ?? w.slice(2);
  if (fmt(kernel) !== fmt(w.slice(2))) ctx.fail(`kernel_shape ${fmt(kernel)} disagrees with weight ${fmt(w)}`);
  // A group per input channel is a depthwise convolution, which TF runs with a kernel of its own.
  return conv(x, { channelsLast: false, filters: w[0], groups: group, bias, depthwise: group > 1 && group === c, ...windowAttrs(ctx, x.shape.length - 2, kernel) });
}

export const Conv: OpRule = { infer: (ctx) => fromCore(convOf(ctx, ctx.in(0), ctx.in(1).shape, ctx.has(2))) };

/**
 * ConvTranspose: output_shape when given (the spatial lengths, last ones), else per axis
 * stride (L - 1) + output_padding + span - pads (SAME_*: L x stride).
 */
export const ConvTranspose: OpRule = {
  infer(ctx) {
    const x = spatialInput(ctx.in(0));
    const w = ctx.in(1).shape;
    if (w.length !== x.shape.length) ctx.fail(`weight ${fmt(w)} and input ${fmt(x.shape)} differ in rank`);
    const group = ctx.int('group', 1);
    if (w[0] !== x.shape[1]) ctx.fail(`weight ${fmt(w)} expects ${w[0]} input channels, input ${fmt(x.shape)} has ${x.shape[1]}`);
    const sp = x.shape.length - 2;
    const kernel = ctx.ints('kernel_shape') ?? w.slice(2);
    const win = windowAttrs(ctx, sp, kernel);
    const outPad = ctx.ints('output_padding') ?? Array<number>(sp).fill(0);
    const given = ctx.ints('output_shape');
    const spatial = x.shape.slice(2).map((d, i) => {
      if (given && given.length > 0) return given[given.length - sp + i];
      if (win.pads === 'same' || win.pads === 'same_lower') return d * win.strides[i];
      const pads = win.pads === 'valid' ? 0 : win.explicit[i][0] + win.explicit[i][1];
      return transposedOutput(d, kernel[i], win.strides[i], win.dilations[i], pads, outPad[i] ?? 0);
    });
    return fromCore(convTranspose(x, { channelsLast: false, filters: w[1] * group, kernel, strides: win.strides, groups: group, bias: ctx.has(2), outSpatial: spatial }));
  },
};

/** MaxPool / AveragePool (MaxPool's optional second output: int64 indices of the same shape). */
function poolRule(kind: 'max' | 'avg'): OpRule {
  return {
    infer(ctx): Result {
      const x = spatialInput(ctx.in(0));
      const kernel = ctx.ints('kernel_shape');
      if (!kernel) return ctx.fail('has no kernel_shape');
      const r = fromCore(pool(kind, x, { channelsLast: false, ...windowAttrs(ctx, x.shape.length - 2, kernel) }));
      if (ctx.nOut > 1) r.outputs.push(val(r.outputs[0].shape, 'int64'));
      return r;
    },
  };
}

export const MaxPool = poolRule('max');
export const AveragePool = poolRule('avg');

/** Global pooling over every spatial axis, which stay as 1. */
function globalRule(kind: 'max' | 'avg'): OpRule {
  return { infer: (ctx) => fromCore(globalPool(kind, spatialInput(ctx.in(0), 0), ctx.in(0).shape.length - 2, false, true)) };
}

export const GlobalAveragePool = globalRule('avg');
export const GlobalMaxPool = globalRule('max');
