import { normAxis as coreNormAxis } from '../../core/shape.js';
import { FlopgateError } from '../../errors.js';
import type { Config } from '../model.js';
import type { LayerCall } from './rule.js';

/**
 * Typed reads of a layer config: a missing or ill-typed field names the layer at fault.
 * Keras 1 spelled many keys differently (`output_dim` for `units`, `nb_filter` for
 * `filters`...); a key argument may therefore be a list of spellings, first present wins.
 */
type Keys = string | readonly string[];

const keyList = (key: Keys): readonly string[] => (typeof key === 'string' ? [key] : key);

export function fail(call: LayerCall, why: string): never {
  throw new FlopgateError(`layer "${call.name}" (${call.className}): ${why}`);
}

/** The first spelling present (not null) in the config, with its value. */
export function lookup(call: LayerCall, key: Keys): [string, unknown] | undefined {
  for (const k of keyList(key)) {
    const v = call.config[k];
    if (v !== undefined && v !== null) return [k, v];
  }
  return undefined;
}

const shown = (key: Keys): string => keyList(key).map((k) => `"${k}"`).join(' or ');

export function num(call: LayerCall, key: Keys, dflt?: number): number {
  const hit = lookup(call, key);
  if (!hit) {
    if (dflt !== undefined) return dflt;
    return fail(call, `config has no ${shown(key)}`);
  }
  const [k, v] = hit;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(call, `"${k}" must be a number, got ${JSON.stringify(v)}`);
  return v;
}

/** A count (units, filters, heads): a non-negative integer, or positive when `positive`. */
export function int(call: LayerCall, key: Keys, dflt?: number, positive = true): number {
  const hit = lookup(call, key);
  if (!hit) {
    if (dflt !== undefined) return dflt;
    return fail(call, `config has no ${shown(key)}`);
  }
  const [k, v] = hit;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < (positive ? 1 : 0)) {
    fail(call, `"${k}" must be a ${positive ? 'positive' : 'non-negative'} integer, got ${JSON.stringify(v)}`);
  }
  return v;
}

/** Booleans; old Keras and some converters wrote 0/1 (e.g. `"scale": 1`). */
export function bool(call: LayerCall, key: Keys, dflt: boolean): boolean {
  const hit = lookup(call, key);
  if (!hit) return dflt;
  const [k, v] = hit;
  if (typeof v === 'boolean') return v;
  if (v === 0 || v === 1) return v === 1;
  return fail(call, `"${k}" must be true or false, got ${JSON.stringify(v)}`);
}

export function str(call: LayerCall, key: Keys, dflt?: string): string {
  const hit = lookup(call, key);
  if (!hit) {
    if (dflt !== undefined) return dflt;
    return fail(call, `config has no ${shown(key)}`);
  }
  const [k, v] = hit;
  if (typeof v !== 'string') fail(call, `"${k}" must be a string, got ${JSON.stringify(v)}`);
  return v;
}

/** A string from a fixed set, lower-cased (Keras accepts "SAME" as well as "same"). */
export function choice<T extends string>(call: LayerCall, key: Keys, options: readonly T[], dflt: T): T {
  const v = str(call, key, dflt).toLowerCase();
  if (!(options as readonly string[]).includes(v)) {
    fail(call, `${shown(key)} must be one of ${options.join(', ')}, got "${v}"`);
  }
  return v as T;
}

/** An int or a tuple of ints, as Keras accepts for kernel_size, strides, pool_size. */
export function tuple(call: LayerCall, key: Keys, rank: number, dflt?: number | number[]): number[] {
  const hit = lookup(call, key);
  const v = hit ? hit[1] : dflt;
  const k = hit ? hit[0] : keyList(key)[0];
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return Array(rank).fill(v);
  if (Array.isArray(v) && v.length === rank && v.every((x) => Number.isSafeInteger(x) && x >= 0)) return v as number[];
  return fail(call, `"${k}" must be an integer or ${rank} integers, got ${JSON.stringify(v)}`);
}

/** A list of integers of any length (Reshape target_shape, Permute dims). */
export function intList(call: LayerCall, key: Keys): number[] {
  const hit = lookup(call, key);
  if (!hit) return fail(call, `config has no ${shown(key)}`);
  const [k, v] = hit;
  if (!Array.isArray(v) || !v.every((x) => Number.isSafeInteger(x))) fail(call, `"${k}" must be a list of integers, got ${JSON.stringify(v)}`);
  return v as number[];
}

/**
 * An axis or a list of axes of a tensor of `rank` (batch included), normalised to
 * non-negative indices; `null` in the config falls back to `dflt`.
 */
export function axes(call: LayerCall, key: Keys, rank: number, dflt: number | number[]): number[] {
  const hit = lookup(call, key);
  const raw = hit ? hit[1] : dflt;
  const list = typeof raw === 'number' ? [raw] : raw;
  if (!Array.isArray(list) || !list.every((a) => Number.isSafeInteger(a))) {
    return fail(call, `${shown(key)} must be an axis or a list of axes, got ${JSON.stringify(raw)}`);
  }
  return (list as number[]).map((a) => coreNormAxis(a, rank));
}

export type DataFormat = 'channels_last' | 'channels_first';

/** `data_format` (Keras 2/3, null = channels_last) or Keras 1 `dim_ordering` ("tf"/"th"). */
export function dataFormat(call: LayerCall): DataFormat {
  const hit = lookup(call, ['data_format', 'dim_ordering']);
  if (!hit) return 'channels_last';
  const v = hit[1];
  if (v === 'channels_last' || v === 'tf' || v === 'default') return 'channels_last';
  if (v === 'channels_first' || v === 'th') return 'channels_first';
  return fail(call, `"${hit[0]}" must be channels_last or channels_first, got ${JSON.stringify(v)}`);
}

/** The single input of a one-input layer. */
export function one(call: LayerCall): number[] {
  if (call.inputs.length !== 1) fail(call, `expects one input, got ${call.inputs.length}`);
  return call.inputs[0];
}

/** The input, checked to have exactly `rank` dimensions (batch included). */
export function ofRank(call: LayerCall, rank: number, what?: string): number[] {
  const x = one(call);
  if (x.length !== rank) {
    fail(call, `expects an input of rank ${rank}${what ? ` (${what})` : ''}, got shape [${x.join(', ')}]`);
  }
  return x;
}

/** A nested layer config (wrappers, Keras 3 `{module, class_name, config, registered_name}`). */
export function subLayer(call: LayerCall, key: string): { className: string; config: Config } {
  const v = call.config[key];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return fail(call, `config has no "${key}" layer`);
  const o = v as Record<string, unknown>;
  if (typeof o.class_name !== 'string' || !o.config || typeof o.config !== 'object') {
    return fail(call, `"${key}" must be a layer with class_name and config`);
  }
  return { className: o.class_name, config: o.config as Config };
}

export const product = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);
