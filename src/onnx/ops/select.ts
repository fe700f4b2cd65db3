/** Ops that pick, join, split or pad data: adapters onto the core's selection ops (cost 0). */
import { passThrough } from '../../core/ops/layout.js';
import { concat, evenSplitSizes, gather, gatherElements, gatherND, pad, slice, split, type SliceAxis } from '../../core/ops/select.js';
import { normAxes, normAxis } from '../../core/shape.js';
import { fmt } from '../../core/tensor.js';
import { free, intList } from './common.js';
import { fromCore, val, type OpRule, type Val } from './types.js';

export const Identity: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    return free([{ shape: x.shape, dtype: x.dtype, values: x.values, ref: x.ref }]);
  },
};

export const Dropout: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const outs: Val[] = [val(x.shape, x.dtype, x.values)];
    if (ctx.nOut > 1) outs.push(val(x.shape, 'bool'));
    return free(outs);
  },
};

/** Ops whose output is the first input's shape and that do no arithmetic (masks, scatters, reversals). */
export const SameShape: OpRule = { infer: (ctx) => fromCore(passThrough(ctx.in(0))) };

export const Concat: OpRule = {
  infer(ctx) {
    const xs: Val[] = [];
    for (let i = 0; i < ctx.nIn; i++) if (ctx.has(i)) xs.push(ctx.in(i));
    if (xs.length === 0) ctx.fail('has no inputs');
    return fromCore(concat(xs, ctx.int('axis', 1)));
  },
};

/** Split: sizes from input 1 (opset 13; opset 1 took them as an optional input too) or `split`, else equal parts. */
export const Split: OpRule = {
  reads: (ctx) => (ctx.opset >= 13 || ctx.has(1) ? [1] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const axis = normAxis(ctx.int('axis', 0), x.shape.length);
    let sizes = intList(ctx, 1, 'split', ctx.opset >= 13 || ctx.has(1));
    if (sizes === null) return free(ctx.declaredOutputs('the split sizes', x.dtype));
    if (!sizes || sizes.length === 0) {
      const n = ctx.int('num_outputs', ctx.nOut);
      sizes = evenSplitSizes(x.shape[axis], n, ctx.attr('num_outputs') !== undefined);
    }
    return fromCore(split(x, axis, sizes));
  },
};

/** Slice: starts, ends, axes, steps from inputs (opset 10+) or attributes; ONNX's clamping. */
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
    const specs: SliceAxis[] = ax.map((axis, i) => ({ axis, start: starts[i], end: ends[i], step: steps ? steps[i] : 1 }));
    return fromCore(slice(x, specs, 'onnx'));
  },
};

export const Gather: OpRule = { infer: (ctx) => fromCore(gather(ctx.in(0), ctx.in(1), ctx.int('axis', 0))) };

export const GatherElements: OpRule = { infer: (ctx) => fromCore(gatherElements(ctx.in(0), ctx.in(1), ctx.int('axis', 0))) };

export const GatherND: OpRule = { infer: (ctx) => fromCore(gatherND(ctx.in(0), ctx.in(1), ctx.int('batch_dims', 0))) };

/** Pad: pads from input 1 (opset 11+) or the attribute, [begin..., end...] over `axes` (opset 18). */
export const Pad: OpRule = {
  reads: (ctx) => (ctx.opset >= 11 ? [1, 2, 3] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const r = x.shape.length;
    const pads = ctx.opset >= 11 ? (ctx.has(1) ? ctx.value(1) : undefined) : ctx.ints('pads') ?? ctx.ints('paddings');
    if (!pads) return free(ctx.declaredOutputs('the pads', x.dtype));
    let axes = Array.from({ length: r }, (_, i) => i);
    if (ctx.opset >= 18 && ctx.has(3)) {
      const given = ctx.value(3);
      if (!given) return free(ctx.declaredOutputs('the axes', x.dtype));
      axes = normAxes(given, r);
    }
    if (pads.length !== 2 * axes.length) ctx.fail(`pads ${fmt(pads)} do not fit ${axes.length} axes`);
    const perAxis: [number, number][] = x.shape.map(() => [0, 0]);
    axes.forEach((a, i) => (perAxis[a] = [pads[i], pads[i + axes.length]]));
    // Only the constant mode's values are folded (reflect and edge copy the data).
    const mode = ctx.str('mode', 'constant');
    const fill = mode !== 'constant' ? undefined : ctx.opset >= 11 ? (ctx.has(2) ? ctx.value(2)?.[0] : 0) : ctx.float('value', 0);
    return fromCore(pad(x, perAxis, fill));
  },
};
