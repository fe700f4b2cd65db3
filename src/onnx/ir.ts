/**
 * The ONNX intermediate representation as flopgate holds it: what the decoder (decode.ts)
 * builds from a ModelProto and the analyzer walks. Types only, and the bounds on them, so that
 * neither side imports the other's code.
 */
/** Where a tensor's values lie in the file; read only when shape arithmetic needs them. */
export interface DataField {
  no: number;
  wire: number;
  start: number;
  end: number;
}

/** A TensorProto with everything but its values (initializer, Constant value, attribute). */
export interface TensorRef {
  name: string;
  dims: number[];
  dataType: number;
  elements: number;
  /** data_location = EXTERNAL: the values live in another file, which is never opened. */
  external: boolean;
  data: DataField[];
  /** Values decoded while the bytes were at hand (small tensors inside nodes). */
  values?: number[];
}

/** A dimension as the file states it: a number, a `dim_param` name, or nothing at all. */
export type Dim = number | string | null;

export interface ValueInfo {
  name: string;
  /** 'tensor' for tensor and sparse tensor types; sequences, maps and optionals are 'other'. */
  kind: 'tensor' | 'other' | 'none';
  elemType: number;
  /** undefined when the file gives no shape (unknown rank). */
  dims?: Dim[];
}

export const ATTR = {
  FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8,
  TENSORS: 9, GRAPHS: 10, SPARSE_TENSOR: 11, SPARSE_TENSORS: 12, TYPE_PROTO: 13, TYPE_PROTOS: 14,
} as const;

export interface Attr {
  name: string;
  type: number;
  f?: number;
  i?: number;
  s?: string;
  t?: TensorRef;
  floats: number[];
  ints: number[];
  strings: string[];
  /** Subgraphs (If, Loop, Scan bodies) are not decoded: ops that carry them are refused. */
  graphs: number;
}

export interface OnnxNode {
  index: number;
  name: string;
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  /** Few per node: a list is lighter than a map for 100k-node graphs. */
  attrs: Attr[];
}

export interface OnnxGraph {
  name: string;
  nodes: OnnxNode[];
  initializers: Map<string, TensorRef>;
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  valueInfo: Map<string, ValueInfo>;
}

export interface OnnxModel {
  irVersion: number;
  producer: string;
  producerVersion: string;
  /** Domain ('' for the default ai.onnx) to opset version. */
  opsets: Map<string, number>;
  graph: OnnxGraph;
  /** `domain:name` of the model-local functions. */
  functions: Set<string>;
}

/**
 * Bounds on what an untrusted file may make us hold; real models stay far below them. The
 * number of nodes is the shared limit in src/limits.ts (README's table).
 */
export const LIMITS = {
  initializers: 500_000,
  valueInfos: 1_000_000,
  namesPerNode: 100_000,
  attrsPerNode: 10_000,
  dims: 64,
  /** Every repeated number or string decoded from attributes, summed over the model. */
  values: 16_000_000,
  /** A dimension larger than this (2^40) is corrupt, not a model. */
  dim: 2 ** 40,
  /** A tensor with more elements than this (2^50) is corrupt, not a model. */
  elements: 2 ** 50,
  typeDepth: 16,
} as const;

const DEFAULT_DOMAINS = new Set(['', 'ai.onnx']);

export function isDefaultDomain(d: string): boolean {
  return DEFAULT_DOMAINS.has(d);
}

/** A graph with nothing in it yet. */
export function emptyGraph(): OnnxGraph {
  return { name: '', nodes: [], initializers: new Map(), inputs: [], outputs: [], valueInfo: new Map() };
}
