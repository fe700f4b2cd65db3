/**
 * A TFLite model as flopgate holds it: what decode.ts reads of the flatbuffer (every table
 * but the weights) and analyze.ts walks. Types only, and the bounds on them.
 */
import type { DType } from '../core/tensor.js';

export interface Quantization {
  /** Number of scales: 1 per tensor, or one per channel along `dim`. */
  scales: number;
  dim: number;
}

export interface TfliteTensor {
  index: number;
  name: string;
  /** As stored: a dimension the converter left open is a placeholder 1 here. */
  shape: number[];
  /** -1 where a dimension is open; absent in files that fix every dimension. */
  signature?: number[];
  dtype: DType;
  typeName: string;
  /** Index into the model's buffers; 0 (the empty sentinel) for a tensor computed at run time. */
  buffer: number;
  quant?: Quantization;
}

/** An operator's builtin options table, its inline bytes read once (scalars only). */
export interface Options {
  bytes: Uint8Array;
  slots: number[];
  /** Vector fields the adapters read (RESHAPE new_shape, SQUEEZE squeeze_dims), by field id. */
  vectors?: Map<number, number[]>;
}

export interface TfliteOperator {
  index: number;
  /** BuiltinOperator code (the larger of builtin_code and deprecated_builtin_code). */
  code: number;
  /** The op's name: a builtin's, or CUSTOM's custom_code. */
  type: string;
  custom?: string;
  /** -1 for an optional input left out. */
  inputs: number[];
  outputs: number[];
  options?: Options;
  /** A custom op's options (a Flex op's FlexBuffer), read for Flex ops only. */
  customOptions?: Uint8Array;
}

export interface TfliteSubgraph {
  index: number;
  name: string;
  tensors: TfliteTensor[];
  inputs: number[];
  outputs: number[];
  operators: TfliteOperator[];
}

/** Where a buffer's bytes lie: never read, except a small integer constant a shape needs. */
export interface BufferRef {
  start: number;
  length: number;
}

export interface TfliteModel {
  version: number;
  subgraphs: TfliteSubgraph[];
  /** undefined: the buffer holds no data (buffer 0, and tensors computed at run time). */
  buffers: (BufferRef | undefined)[];
  signatureDefs: number;
}

/** Bounds on what an untrusted file may make flopgate hold; real models stay far below. */
export const LIMITS = {
  subgraphs: 10_000,
  operatorCodes: 100_000,
  tensors: 1_000_000,
  operators: 1_000_000,
  buffers: 1_000_000,
  rank: 64,
  /** Inputs or outputs of one operator. */
  operands: 100_000,
  /** A Flex op's options: a TF op name and its NodeDef. */
  customOptions: 1 << 20,
  /** A buffer read for its values (a shape, an axis, a loop bound). */
  valueBytes: 1 << 20,
} as const;
