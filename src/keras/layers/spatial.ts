import { choice, dataFormat, fail, lookup, ofRank, type DataFormat } from './config.js';
import type { LayerCall } from './rule.js';

export type Padding = 'valid' | 'same' | 'causal' | 'full';

/** `padding` (Keras 2/3, tfjs) or `border_mode` (Keras 1). */
export function padding(call: LayerCall, allowed: readonly Padding[] = ['valid', 'same']): Padding {
  return choice(call, ['padding', 'border_mode'], allowed, 'valid');
}

/**
 * Output length of a sliding window along one axis, as Keras computes it: the window spans
 * (k - 1) * dilation + 1 inputs; `valid` keeps windows that fit, `same` and `causal` pad so
 * that every stride-th input starts one, `full` (Keras 1) pads k - 1 on both sides.
 */
export function windowLength(call: LayerCall, length: number, k: number, stride: number, pad: Padding, dilation = 1): number {
  if (stride < 1) fail(call, `strides must be at least 1, got ${stride}`);
  if (dilation < 1) fail(call, `dilation_rate must be at least 1, got ${dilation}`);
  const span = (k - 1) * dilation + 1;
  let covered: number;
  if (pad === 'valid') covered = length - span + 1;
  else if (pad === 'full') covered = length + span - 1;
  else covered = length;
  const out = Math.floor((covered + stride - 1) / stride);
  if (out < 1) {
    fail(call, `window ${span} does not fit an input of length ${length} with padding "${pad}"`);
  }
  return out;
}

/**
 * Output length of a transposed convolution along one axis (Keras' deconv_output_length):
 * without output_padding, valid = L * s + max(k - s, 0), same = L * s, full = L * s - (s + k - 2);
 * with it, (L - 1) * s + k - 2 * pad + output_padding.
 */
export function deconvLength(call: LayerCall, length: number, k: number, stride: number, pad: Padding, outputPadding: number | null, dilation = 1): number {
  const kk = k + (k - 1) * (dilation - 1);
  let out: number;
  if (outputPadding === null) {
    if (pad === 'valid') out = length * stride + Math.max(kk - stride, 0);
    else if (pad === 'full') out = length * stride - (stride + kk - 2);
    else out = length * stride;
  } else {
    const p = pad === 'same' ? Math.floor(kk / 2) : pad === 'full' ? kk - 1 : 0;
    out = (length - 1) * stride + kk - 2 * p + outputPadding;
  }
  if (out < 1) fail(call, `transposed convolution gives an empty output along an axis of length ${length}`);
  return out;
}

/** A batch-first N-d tensor split into batch, spatial dims and channels, per data_format. */
export interface Layout {
  format: DataFormat;
  batch: number;
  spatial: number[];
  channels: number;
}

export function layout(call: LayerCall, rank: number): Layout {
  const x = ofRank(call, rank + 2, `batch, ${rank} spatial dimension${rank > 1 ? 's' : ''} and channels`);
  const format = dataFormat(call);
  return format === 'channels_last'
    ? { format, batch: x[0], spatial: x.slice(1, -1), channels: x[x.length - 1] }
    : { format, batch: x[0], spatial: x.slice(2), channels: x[1] };
}

export function assemble(l: Layout, spatial: number[], channels: number): number[] {
  return l.format === 'channels_last' ? [l.batch, ...spatial, channels] : [l.batch, channels, ...spatial];
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
