import { FlopgateError } from '../../errors.js';
import type { LayerCall } from './rule.js';

/** Typed reads of a layer config: a missing or ill-typed field names the layer at fault. */
export function num(call: LayerCall, key: string, dflt?: number): number {
  const v = call.config[key];
  if (v === undefined || v === null) {
    if (dflt !== undefined) return dflt;
    throw new FlopgateError(`layer "${call.name}" (${call.className}): config has no "${key}"`);
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new FlopgateError(`layer "${call.name}" (${call.className}): "${key}" must be a number, got ${JSON.stringify(v)}`);
  }
  return v;
}

export function bool(call: LayerCall, key: string, dflt: boolean): boolean {
  const v = call.config[key];
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'boolean') {
    throw new FlopgateError(`layer "${call.name}" (${call.className}): "${key}" must be true or false`);
  }
  return v;
}

export function str(call: LayerCall, key: string, dflt?: string): string {
  const v = call.config[key];
  if (v === undefined || v === null) {
    if (dflt !== undefined) return dflt;
    throw new FlopgateError(`layer "${call.name}" (${call.className}): config has no "${key}"`);
  }
  if (typeof v !== 'string') {
    throw new FlopgateError(`layer "${call.name}" (${call.className}): "${key}" must be a string`);
  }
  return v;
}

/** An int or a tuple of ints, as Keras accepts for kernel_size, strides, pool_size. */
export function tuple(call: LayerCall, key: string, rank: number, dflt?: number | number[]): number[] {
  let v = call.config[key];
  if (v === undefined || v === null) v = dflt;
  if (typeof v === 'number') return Array(rank).fill(v);
  if (Array.isArray(v) && v.length === rank && v.every((x) => Number.isInteger(x) && x >= 0)) return v as number[];
  throw new FlopgateError(
    `layer "${call.name}" (${call.className}): "${key}" must be an integer or ${rank} integers, got ${JSON.stringify(v)}`,
  );
}

export function fail(call: LayerCall, why: string): never {
  throw new FlopgateError(`layer "${call.name}" (${call.className}): ${why}`);
}

export const product = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);
