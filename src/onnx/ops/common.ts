import type { Windows } from '../../core/ops/conv.js';
import { fault } from '../../core/errors.js';
import { fmt } from '../../core/tensor.js';
import type { PadMode } from '../../core/window.js';
import type { NodeCtx, Result, Val } from './types.js';

export const free = (outputs: Val[]): Result => ({ outputs, ops: {} });

/**
 * An int list from input `i` (newer opsets) or attribute `attr` (older ones). `undefined`
 * when neither is given; when the input is given but only known at run time, `null`.
 */
export function intList(ctx: NodeCtx, i: number, attr: string, fromInput: boolean): readonly number[] | undefined | null {
  if (fromInput) {
    if (!ctx.has(i)) return undefined;
    return ctx.value(i) ?? null;
  }
  return ctx.ints(attr);
}

function fill(ctx: NodeCtx, name: string, n: number, def: number): number[] {
  const len = name === 'pads' ? 2 * n : n;
  const v = ctx.ints(name);
  if (!v || v.length === 0) return new Array<number>(len).fill(def);
  if (v.length !== len) ctx.fail(`attribute ${name} has ${v.length} values for ${n} spatial dimensions`);
  return v;
}

const AUTO_PAD: Record<string, PadMode | undefined> = { NOTSET: undefined, SAME_UPPER: 'same', SAME_LOWER: 'same_lower', VALID: 'valid' };

/**
 * The window attributes Conv, ConvTranspose and the pooling ops share, in the core's terms:
 * auto_pad as a pad mode, else `pads` [begin..., end...] per axis.
 */
export function windowAttrs(ctx: NodeCtx, n: number, kernel: readonly number[]): Windows & { strides: number[]; dilations: number[]; explicit: [number, number][] } {
  const autoPad = ctx.str('auto_pad', 'NOTSET');
  if (!Object.prototype.hasOwnProperty.call(AUTO_PAD, autoPad)) ctx.fail(`unknown auto_pad "${autoPad}"`);
  const pads = fill(ctx, 'pads', n, 0);
  if (pads.some((p) => p < 0)) ctx.fail(`negative pads ${fmt(pads)}`);
  const explicit = Array.from({ length: n }, (_, i) => [pads[i], pads[i + n]] as [number, number]);
  return {
    kernel,
    strides: fill(ctx, 'strides', n, 1),
    dilations: fill(ctx, 'dilations', n, 1),
    pads: AUTO_PAD[autoPad] ?? explicit,
    explicit,
    ceil: ctx.int('ceil_mode', 0) === 1,
  };
}

/** Input `x` must have batch, channel and at least `min` spatial dimensions. */
export function spatialInput(x: Val, min = 1): Val {
  if (x.shape.length < 2 + min) fault(`input ${fmt(x.shape)} needs batch, channel${min ? ' and spatial' : ''} dimensions`);
  return x;
}
