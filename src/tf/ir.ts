/**
 * A TensorFlow graph as flopgate holds it, whichever file it came from: a SavedModel's
 * GraphDef and function library (protobuf), or a TF.js graph model's (protobuf as JSON).
 * Types only, and the bounds on them.
 */

/** A TensorProto's header: values only for small ones (shape arithmetic), never weights. */
export interface TensorAttr {
  dtype: number;
  dims: number[];
  values?: number[];
}

export type AttrValue =
  | { kind: 's'; s: string }
  | { kind: 'i'; i: number }
  | { kind: 'f'; f: number }
  | { kind: 'b'; b: boolean }
  | { kind: 'type'; type: number }
  | { kind: 'shape'; dims?: number[] }
  | { kind: 'tensor'; tensor: TensorAttr }
  | { kind: 'func'; name: string }
  | { kind: 'list'; s: string[]; i: number[]; f: number[]; type: number[]; shape: (number[] | undefined)[]; func: string[] };

export interface TfNode {
  name: string;
  op: string;
  /** Data inputs as written ("node", "node:1", or in a function "node:out_arg:0", "arg"); control inputs dropped. */
  inputs: string[];
  attrs: Map<string, AttrValue>;
}

export interface TfFunction {
  name: string;
  inputs: string[];
  outputs: string[];
  nodes: TfNode[];
  /** Output arg -> the tensor it returns. */
  ret: Map<string, string>;
  /** Per input arg, the shape its `_output_shapes` attribute gives (-1 open), when it does. */
  argShapes: (number[] | undefined)[];
}

export interface TfGraph {
  nodes: TfNode[];
  functions: Map<string, TfFunction>;
}

/** A SavedModel's serving signature: input key -> tensor, output key -> tensor. */
export interface Signature {
  key: string;
  inputs: { key: string; tensor: string; dims?: number[] }[];
  outputs: { key: string; tensor: string }[];
}

/** TF's DataType enum, as the core's element types. */
export const TF_DTYPES: Record<number, import('../core/tensor.js').DType> = {
  1: 'float32', 2: 'float64', 3: 'int32', 4: 'uint8', 5: 'int16', 6: 'int8', 7: 'string', 8: 'complex64', 9: 'int64', 10: 'bool',
  11: 'int8', 12: 'uint8', 13: 'int32', 14: 'bfloat16', 15: 'int16', 16: 'uint16', 17: 'uint16', 18: 'complex128', 19: 'float16',
  20: 'unknown', 21: 'unknown', 22: 'uint32', 23: 'uint64',
};

/** DataType names (the JSON form writes "DT_FLOAT"). */
export const TF_DTYPE_NAMES: Record<string, number> = {
  DT_FLOAT: 1, DT_DOUBLE: 2, DT_INT32: 3, DT_UINT8: 4, DT_INT16: 5, DT_INT8: 6, DT_STRING: 7, DT_COMPLEX64: 8, DT_INT64: 9, DT_BOOL: 10,
  DT_QINT8: 11, DT_QUINT8: 12, DT_QINT32: 13, DT_BFLOAT16: 14, DT_QINT16: 15, DT_QUINT16: 16, DT_UINT16: 17, DT_COMPLEX128: 18, DT_HALF: 19,
  DT_RESOURCE: 20, DT_VARIANT: 21, DT_UINT32: 22, DT_UINT64: 23,
};

export const LIMITS = {
  nodes: 1_000_000,
  functions: 100_000,
  inputs: 100_000,
  attrs: 10_000,
  listValues: 1_000_000,
  rank: 64,
  /** Constant values decoded with their node (shape data); larger ones stay unread. */
  inlineValues: 1024,
  /** Function calls nested deeper than this are a fault (or a cycle). */
  callDepth: 64,
} as const;
