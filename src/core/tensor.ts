import { fault } from './errors.js';

/**
 * Element types in one vocabulary for every format (ONNX, TF, TFLite, Keras dtype policies),
 * so that a rule can tell float from integer arithmetic and a report can size a tensor.
 */
export type DType =
  | 'float64' | 'float32' | 'float16' | 'bfloat16' | 'float8' | 'float4'
  | 'int64' | 'int32' | 'int16' | 'int8' | 'int4'
  | 'uint64' | 'uint32' | 'uint16' | 'uint8' | 'uint4'
  | 'bool' | 'string' | 'complex64' | 'complex128' | 'unknown';

const FLOATS: ReadonlySet<DType> = new Set(['float64', 'float32', 'float16', 'bfloat16', 'float8', 'float4']);

export function isFloat(t: DType): boolean {
  return FLOATS.has(t);
}

/** Bits per element as stored (4-bit types pack two to a byte); undefined for strings. */
export function bitsOf(t: DType): number | undefined {
  switch (t) {
    case 'float64': case 'int64': case 'uint64': case 'complex64': return 64;
    case 'complex128': return 128;
    case 'float32': case 'int32': case 'uint32': return 32;
    case 'float16': case 'bfloat16': case 'int16': case 'uint16': return 16;
    case 'float8': case 'int8': case 'uint8': case 'bool': return 8;
    case 'float4': case 'int4': case 'uint4': return 4;
    default: return undefined;
  }
}

/**
 * A value flowing along a graph edge: its shape (every dimension bound, batch included) and,
 * when known at analysis time, its values (constants and the shape arithmetic computed from
 * them: Shape -> Gather -> Concat -> Reshape).
 */
export interface Tensor {
  readonly shape: readonly number[];
  readonly dtype: DType;
  readonly values?: readonly number[];
}

/** Largest dimension and element count a tensor may have before its shape is called absurd. */
export const MAX_DIM = 2 ** 40;
export const MAX_ELEMENTS = 2 ** 50;
export const MAX_RANK = 64;
/** Values are folded for tensors up to this many elements (shape arithmetic is small). */
export const MAX_FOLD = 65536;

/** Elements of a shape as a number: exact, since every tensor is kept under MAX_ELEMENTS. */
export function size(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function fmt(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Every shape a rule produces passes here, so a hostile graph cannot grow numbers without bound. */
export function checkShape(shape: readonly number[], what = 'output'): number[] {
  if (shape.length > MAX_RANK) fault(`${what} has rank ${shape.length}, more than ${MAX_RANK}`);
  for (const d of shape) {
    if (!Number.isSafeInteger(d) || d < 0 || d > MAX_DIM) fault(`${what} shape ${fmt(shape)} has an invalid dimension`);
  }
  if (size(shape) > MAX_ELEMENTS) fault(`${what} shape ${fmt(shape)} has more than 2^50 elements`);
  return [...shape];
}

/**
 * A tensor of `shape`, checked; `values` are kept only when they are few and match the shape
 * (a rule may compute them without checking either).
 */
export function tensor(shape: readonly number[], dtype: DType, values?: readonly number[]): Tensor {
  const s = checkShape(shape);
  // One object layout whether or not values are known: code reading tensors sees one shape.
  return { shape: s, dtype, values: values !== undefined && values.length <= MAX_FOLD && values.length === size(s) ? values : undefined };
}

/** A shape-only tensor for rules that never look at values (Keras layers pass float32). */
export const shaped = (shape: readonly number[], dtype: DType = 'float32'): Tensor => ({ shape, dtype, values: undefined });
