import type { DType } from '../core/tensor.js';

/** TensorProto.DataType values (onnx.proto). */
export const DT = {
  UNDEFINED: 0,
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  UINT16: 4,
  INT16: 5,
  INT32: 6,
  INT64: 7,
  STRING: 8,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  UINT32: 12,
  UINT64: 13,
  COMPLEX64: 14,
  COMPLEX128: 15,
  BFLOAT16: 16,
  FLOAT8E4M3FN: 17,
  FLOAT8E4M3FNUZ: 18,
  FLOAT8E5M2: 19,
  FLOAT8E5M2FNUZ: 20,
  UINT4: 21,
  INT4: 22,
  FLOAT4E2M1: 23,
} as const;

const NAMES = Object.fromEntries(Object.entries(DT).map(([k, v]) => [v, k.toLowerCase()])) as Record<number, string>;

export function dtypeName(t: number): string {
  return NAMES[t] ?? `type ${t}`;
}

/** Bytes per element in raw_data; 0.5 for the packed 4-bit types, undefined for strings. */
export function elementBytes(t: number): number | undefined {
  switch (t) {
    case DT.UINT8: case DT.INT8: case DT.BOOL:
    case DT.FLOAT8E4M3FN: case DT.FLOAT8E4M3FNUZ: case DT.FLOAT8E5M2: case DT.FLOAT8E5M2FNUZ:
      return 1;
    case DT.UINT16: case DT.INT16: case DT.FLOAT16: case DT.BFLOAT16:
      return 2;
    case DT.FLOAT: case DT.INT32: case DT.UINT32:
      return 4;
    case DT.INT64: case DT.UINT64: case DT.DOUBLE: case DT.COMPLEX64:
      return 8;
    case DT.COMPLEX128:
      return 16;
    case DT.UINT4: case DT.INT4: case DT.FLOAT4E2M1:
      return 0.5;
    default:
      return undefined;
  }
}

/**
 * Index-like tensors (shapes, axes, indices, masks) are never learned weights: an exporter
 * that stores a Reshape target as an initializer must not grow the parameter count.
 */
export function isParameterType(t: number): boolean {
  return t !== DT.INT64 && t !== DT.BOOL && t !== DT.STRING && t !== DT.UNDEFINED;
}

export function isFloatType(t: number): boolean {
  return t === DT.FLOAT || t === DT.DOUBLE || t === DT.FLOAT16 || t === DT.BFLOAT16;
}

const CORE: Record<number, DType> = {
  [DT.FLOAT]: 'float32', [DT.DOUBLE]: 'float64', [DT.FLOAT16]: 'float16', [DT.BFLOAT16]: 'bfloat16',
  [DT.FLOAT8E4M3FN]: 'float8', [DT.FLOAT8E4M3FNUZ]: 'float8', [DT.FLOAT8E5M2]: 'float8', [DT.FLOAT8E5M2FNUZ]: 'float8',
  [DT.FLOAT4E2M1]: 'float4',
  [DT.INT64]: 'int64', [DT.INT32]: 'int32', [DT.INT16]: 'int16', [DT.INT8]: 'int8', [DT.INT4]: 'int4',
  [DT.UINT64]: 'uint64', [DT.UINT32]: 'uint32', [DT.UINT16]: 'uint16', [DT.UINT8]: 'uint8', [DT.UINT4]: 'uint4',
  [DT.BOOL]: 'bool', [DT.STRING]: 'string', [DT.COMPLEX64]: 'complex64', [DT.COMPLEX128]: 'complex128',
};

/** An ONNX element type in the core's vocabulary. */
export function coreDType(t: number): DType {
  return CORE[t] ?? 'unknown';
}
