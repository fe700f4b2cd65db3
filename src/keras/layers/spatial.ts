import { layoutOf, type Layout } from '../../core/ops/conv.js';
import { choice, dataFormat, fail, lookup, one } from './config.js';
import type { LayerCall } from './rule.js';

export type Padding = 'valid' | 'same' | 'causal' | 'full';

/** `padding` (Keras 2/3, tfjs) or `border_mode` (Keras 1); Keras' names are the core's pad modes. */
export function padding(call: LayerCall, allowed: readonly Padding[] = ['valid', 'same']): Padding {
  return choice(call, ['padding', 'border_mode'], allowed, 'valid');
}

/** The single input as batch, spatial axes and channels, per `data_format`. */
export function layout(call: LayerCall, rank: number): Layout {
  return layoutOf(one(call), rank, dataFormat(call) === 'channels_last');
}

/** An optional per-axis list that may also be a single int (output_padding, Keras 3 allows null). */
export function optionalTuple(call: LayerCall, key: string, rank: number): (number | null)[] {
  const hit = lookup(call, key);
  if (!hit) return Array(rank).fill(null);
  const v = hit[1];
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return Array(rank).fill(v);
  if (Array.isArray(v) && v.length === rank && v.every((d) => d === null || (Number.isSafeInteger(d) && d >= 0))) return v as (number | null)[];
  return fail(call, `"${key}" must be an integer or ${rank} integers, got ${JSON.stringify(v)}`);
}
