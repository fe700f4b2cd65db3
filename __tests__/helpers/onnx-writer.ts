/**
 * A small protobuf encoder and ONNX model builder for tests: the models the tests analyze are
 * written here from onnx.proto's field numbers, so the repository needs no model files.
 */

export type Bytes = Uint8Array;

export function varint(v: number | bigint): number[] {
  let x = BigInt.asUintN(64, BigInt(v));
  const out: number[] = [];
  do {
    let b = Number(x & 0x7fn);
    x >>= 7n;
    if (x > 0n) b |= 0x80;
    out.push(b);
  } while (x > 0n);
  return out;
}

export function cat(...parts: (Bytes | number[])[]): Bytes {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const pb = {
  tag: (no: number, wire: number) => varint(no * 8 + wire),
  int: (no: number, v: number | bigint) => cat(pb.tag(no, 0), varint(v)),
  len: (no: number, body: Bytes) => cat(pb.tag(no, 2), varint(body.length), body),
  str: (no: number, s: string) => pb.len(no, new TextEncoder().encode(s)),
  float: (no: number, f: number) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, f, true);
    return cat(pb.tag(no, 5), b);
  },
  packed: (no: number, vs: number[]) => pb.len(no, cat(...vs.map((v) => varint(v)))),
};

export const DT = { FLOAT: 1, UINT8: 2, INT8: 3, INT32: 6, INT64: 7, BOOL: 9, FLOAT16: 10 } as const;

export interface TensorSpec {
  name: string;
  dims: number[];
  dataType?: number;
  /** Values written as raw_data (float32, int64, int32, int8, uint8 or bool by dataType); default: zeros. */
  values?: number[];
  /** Write values in float_data / int64_data instead of raw_data. */
  typed?: boolean;
  /** No data here: data_location = EXTERNAL pointing at `location`. */
  external?: string;
}

export function tensor(t: TensorSpec): Bytes {
  const dt = t.dataType ?? DT.FLOAT;
  const n = t.dims.reduce((a, b) => a * b, 1);
  const parts: Bytes[] = [...t.dims.map((d) => pb.int(1, d)), pb.int(2, dt), pb.str(8, t.name)];
  if (t.external) {
    const entry = (k: string, v: string) => pb.len(13, cat(pb.str(1, k), pb.str(2, v)));
    parts.push(entry('location', t.external), entry('offset', '0'), entry('length', String(n * 4)), pb.int(14, 1));
    return cat(...parts);
  }
  // The fuzzer hands this writer mutated dims; the test process must not be the one to run out of memory.
  if (!t.values && !(n <= 1 << 24)) throw new RangeError(`onnx-writer: ${n} zeros is more than a test writes`);
  const vals = t.values ?? new Array<number>(n).fill(0);
  if (t.typed) {
    if (dt === DT.INT64) parts.push(pb.packed(7, vals));
    else if (dt === DT.INT32) parts.push(pb.packed(5, vals));
    else {
      const b = new Uint8Array(4 * vals.length);
      vals.forEach((v, i) => new DataView(b.buffer).setFloat32(4 * i, v, true));
      parts.push(pb.len(4, b));
    }
  } else {
    const size = dt === DT.INT64 ? 8 : dt === DT.BOOL || dt === DT.UINT8 || dt === DT.INT8 ? 1 : dt === DT.FLOAT16 ? 2 : 4;
    const b = new Uint8Array(size * vals.length);
    const dv = new DataView(b.buffer);
    vals.forEach((v, i) => {
      if (dt === DT.INT64) dv.setBigInt64(8 * i, BigInt(v), true);
      else if (dt === DT.INT32) dv.setInt32(4 * i, v, true);
      else if (dt === DT.BOOL) dv.setUint8(i, v ? 1 : 0);
      else if (dt === DT.UINT8) dv.setUint8(i, v);
      else if (dt === DT.INT8) dv.setInt8(i, v);
      else if (dt === DT.FLOAT16) {
        // Only zeros and ones are needed so far: their half-precision bits, written as such.
        if (v !== 0 && v !== 1) throw new Error(`float16 value ${v}: only 0 and 1 are written`);
        dv.setUint16(2 * i, v ? 0x3c00 : 0, true);
      }
      else dv.setFloat32(4 * i, v, true);
    });
    parts.push(pb.len(9, b));
  }
  return cat(...parts);
}

export type AttrValue =
  | number | string | number[] | { f: number } | { floats: number[] } | { strings: string[] } | { t: TensorSpec } | { graph: true }
  /** Only the type: how proto3-minded writers store a zero or empty value. */
  | { typeOnly: number };

/** Integers are INT, non-integers FLOAT; arrays are INTS unless wrapped as { floats }. */
export function attr(name: string, v: AttrValue): Bytes {
  const parts: Bytes[] = [pb.str(1, name)];
  if (typeof v === 'number') parts.push(Number.isInteger(v) ? cat(pb.int(3, v), pb.int(20, 2)) : cat(pb.float(2, v), pb.int(20, 1)));
  else if (typeof v === 'string') parts.push(pb.str(4, v), pb.int(20, 3));
  else if (Array.isArray(v)) parts.push(...v.map((x) => pb.int(8, x)), pb.int(20, 7));
  else if ('f' in v) parts.push(pb.float(2, v.f), pb.int(20, 1));
  else if ('floats' in v) parts.push(...v.floats.map((x) => pb.float(7, x)), pb.int(20, 6));
  else if ('strings' in v) parts.push(...v.strings.map((x) => pb.str(9, x)), pb.int(20, 8));
  else if ('t' in v) parts.push(pb.len(5, tensor(v.t)), pb.int(20, 4));
  else if ('typeOnly' in v) parts.push(pb.int(20, v.typeOnly));
  else parts.push(pb.len(6, graph({ nodes: [], inputs: [], outputs: [] })), pb.int(20, 5));
  return cat(...parts);
}

export interface NodeSpec {
  op: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  domain?: string;
  attrs?: Record<string, AttrValue>;
}

export function node(n: NodeSpec): Bytes {
  return cat(
    ...n.inputs.map((i) => pb.str(1, i)),
    ...n.outputs.map((o) => pb.str(2, o)),
    ...(n.name ? [pb.str(3, n.name)] : []),
    pb.str(4, n.op),
    ...Object.entries(n.attrs ?? {}).map(([k, v]) => pb.len(5, attr(k, v))),
    ...(n.domain ? [pb.str(7, n.domain)] : []),
  );
}

/** dims: numbers are dim_value, strings dim_param, null an empty Dimension; undefined no shape. */
export interface ValueSpec {
  name: string;
  dims?: (number | string | null)[];
  elemType?: number;
}

export function valueInfo(v: ValueSpec): Bytes {
  const tensorType: Bytes[] = [pb.int(1, v.elemType ?? DT.FLOAT)];
  if (v.dims) {
    const dims = v.dims.map((d) => pb.len(1, d === null ? new Uint8Array(0) : typeof d === 'number' ? pb.int(1, d) : pb.str(2, d)));
    tensorType.push(pb.len(2, cat(...dims)));
  }
  return cat(pb.str(1, v.name), pb.len(2, pb.len(1, cat(...tensorType))));
}

export interface GraphSpec {
  nodes: NodeSpec[];
  inputs: ValueSpec[];
  outputs: ValueSpec[];
  initializers?: TensorSpec[];
  valueInfo?: ValueSpec[];
  name?: string;
}

export function graph(g: GraphSpec): Bytes {
  return cat(
    ...g.nodes.map((n) => pb.len(1, node(n))),
    pb.str(2, g.name ?? 'g'),
    ...(g.initializers ?? []).map((t) => pb.len(5, tensor(t))),
    ...g.inputs.map((v) => pb.len(11, valueInfo(v))),
    ...g.outputs.map((v) => pb.len(12, valueInfo(v))),
    ...(g.valueInfo ?? []).map((v) => pb.len(13, valueInfo(v))),
  );
}

export interface ModelSpec extends GraphSpec {
  opset?: number;
  /** Extra opset imports: domain -> version. */
  opsets?: Record<string, number>;
  irVersion?: number;
  producer?: string;
}

export function model(m: ModelSpec): Bytes {
  const opsets = { '': m.opset ?? 13, ...(m.opsets ?? {}) };
  return cat(
    pb.int(1, m.irVersion ?? 7),
    pb.str(2, m.producer ?? 'flopgate-tests'),
    pb.len(7, graph(m)),
    ...Object.entries(opsets).map(([d, v]) => pb.len(8, cat(pb.str(1, d), pb.int(2, v)))),
  );
}

/** A one-node model: inputs with fixed shapes, outputs declared without shape. */
export function oneNode(spec: NodeSpec, inputs: ValueSpec[], opts: Partial<ModelSpec> = {}): Bytes {
  const inits = opts.initializers ?? [];
  return model({
    nodes: [spec],
    inputs,
    outputs: spec.outputs.filter(Boolean).map((name) => ({ name })),
    ...opts,
    initializers: inits,
  });
}
