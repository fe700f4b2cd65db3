import type { OpCounts } from '../../costs/ops.js';
import { checkShape, fmt, prod, windowOut, type Window } from '../shapes.js';
import { val, type NodeCtx, type OpRule } from './types.js';

function fill(ctx: NodeCtx, name: string, n: number, def: number): number[] {
  const len = name === 'pads' ? 2 * n : n;
  const v = ctx.ints(name);
  if (!v || v.length === 0) return new Array<number>(len).fill(def);
  if (v.length !== len) ctx.fail(`attribute ${name} has ${v.length} values for ${n} spatial dimensions`);
  return v;
}

/** The window attributes Conv, ConvTranspose and the pooling ops share. */
export function windowAttrs(ctx: NodeCtx, n: number, kernel: number[]): Window {
  const w: Window = {
    kernel,
    strides: fill(ctx, 'strides', n, 1),
    dilations: fill(ctx, 'dilations', n, 1),
    pads: fill(ctx, 'pads', n, 0),
    autoPad: ctx.str('auto_pad', 'NOTSET'),
    ceil: ctx.int('ceil_mode', 0) === 1,
  };
  if (!['NOTSET', 'SAME_UPPER', 'SAME_LOWER', 'VALID'].includes(w.autoPad)) ctx.fail(`unknown auto_pad "${w.autoPad}"`);
  if (w.pads.some((p) => p < 0)) ctx.fail(`negative pads ${fmt(w.pads)}`);
  return w;
}

function checkRanks(ctx: NodeCtx, x: number[], w: number[]): void {
  if (x.length < 3) ctx.fail(`input ${fmt(x)} needs batch, channel and at least one spatial dimension`);
  if (w.length !== x.length) ctx.fail(`weight ${fmt(w)} and input ${fmt(x)} differ in rank`);
}

/**
 * Output shape ([N, C_out, spatial...]) and MACs of a convolution of input shape `x` (channels
 * first) with weight shape `w`: output elements x (C_in / group) x kernel size. Shared by Conv
 * and its integer forms (ConvInteger, QLinearConv), whose products are the same.
 */
export function convCore(ctx: NodeCtx, x: number[], w: number[]): { out: number[]; mac: number } {
  checkRanks(ctx, x, w);
  const group = ctx.int('group', 1);
  const [n, c] = x;
  const m = w[0];
  if (group < 1 || c % group !== 0 || m % group !== 0) ctx.fail(`group ${group} does not divide ${c} input and ${m} output channels`);
  if (w[1] !== c / group) ctx.fail(`weight ${fmt(w)} expects ${w[1] * group} input channels, input ${fmt(x)} has ${c}`);
  const kernel = ctx.ints('kernel_shape') ?? w.slice(2);
  if (fmt(kernel) !== fmt(w.slice(2))) ctx.fail(`kernel_shape ${fmt(kernel)} disagrees with weight ${fmt(w)}`);
  const spatial = windowOut(x.slice(2), windowAttrs(ctx, x.length - 2, kernel), ctx.fail);
  const out = checkShape([n, m, ...spatial], ctx.fail);
  return { out, mac: prod(out) * w[1] * prod(kernel) };
}

/** MACs = output elements x (C_in / group) x kernel size; the bias adds once per output element. */
export const Conv: OpRule = {
  infer(ctx) {
    const { out, mac } = convCore(ctx, ctx.in(0).shape, ctx.in(1).shape);
    const ops: OpCounts = { mac };
    if (ctx.has(2)) ops.bias = prod(out);
    return { outputs: [val(out, ctx.in(0).dtype)], ops };
  },
};

/**
 * Every input element is multiplied into a kernel-sized patch of every output channel of its
 * group: MACs = N x input spatial x C_in x (C_out / group) x kernel size.
 */
export const ConvTranspose: OpRule = {
  infer(ctx) {
    const [x, w] = [ctx.in(0).shape, ctx.in(1).shape];
    checkRanks(ctx, x, w);
    const group = ctx.int('group', 1);
    const [n, c] = x;
    if (group < 1 || c % group !== 0) ctx.fail(`group ${group} does not divide ${c} input channels`);
    if (w[0] !== c) ctx.fail(`weight ${fmt(w)} expects ${w[0]} input channels, input ${fmt(x)} has ${c}`);
    const m = w[1] * group;
    const sp = x.length - 2;
    const kernel = ctx.ints('kernel_shape') ?? w.slice(2);
    const win = windowAttrs(ctx, sp, kernel);
    const outPad = fill(ctx, 'output_padding', sp, 0);
    const given = ctx.ints('output_shape');
    const spatial = x.slice(2).map((d, i) => {
      if (given && given.length > 0) return given[given.length - sp + i];
      const ek = (kernel[i] - 1) * win.dilations[i] + 1;
      if (win.autoPad === 'SAME_UPPER' || win.autoPad === 'SAME_LOWER') return d * win.strides[i];
      const pads = win.autoPad === 'VALID' ? 0 : win.pads[i] + win.pads[i + sp];
      return win.strides[i] * (d - 1) + outPad[i] + ek - pads;
    });
    const out = checkShape([n, m, ...spatial], ctx.fail);
    const ops: OpCounts = { mac: n * prod(x.slice(2)) * c * w[1] * prod(kernel) };
    if (ctx.has(2)) ops.bias = prod(out);
    return { outputs: [val(out, ctx.in(0).dtype)], ops };
  },
};
