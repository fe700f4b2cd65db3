/**
 * A SavedModel's `saved_model.pb` into the TF IR (ir.ts): the serving MetaGraphDef's graph,
 * function library and signatures (tensorflow/core/protobuf/saved_model.proto,
 * meta_graph.proto, framework/graph.proto, node_def.proto, attr_value.proto, function.proto,
 * tensor.proto, tensor_shape.proto). Constants' contents are read only when they are small
 * (shape data); the object graph, saver and asset tables are skipped unread.
 */
import { expectWire, I32, I64, LEN, VARINT, type Field, type WireReader } from '../containers/protobuf.js';
import { LIMITS, type AttrValue, type Signature, type TensorAttr, type TfFunction, type TfGraph, type TfNode } from './ir.js';

export interface SavedModelDoc {
  tags: string[];
  graph: TfGraph;
  signatures: Signature[];
}

/** Bytes per element of tensor_content, by DataType (0: not decoded). */
const WIDTH: Record<number, number> = { 1: 4, 2: 8, 3: 4, 4: 1, 5: 2, 6: 1, 9: 8, 10: 1, 17: 2, 22: 4, 23: 8 };

class Decoder {
  private values = 0;
  constructor(readonly r: WireReader) {}

  private count(n: number, what: string): void {
    this.values += n;
    if (this.values > LIMITS.listValues) this.r.fail(`${what}: more than ${LIMITS.listValues} attribute values in the graph`);
  }

  /** Sub-fields of a small message, decoded synchronously (under WireReader.run). */
  private *sub(f: Field, what: string): Generator<Field> {
    expectWire(this.r, f, LEN, what);
    yield* this.r.fields(f.start, f.end, what);
  }

  private int(f: Field, what: string): number {
    expectWire(this.r, f, VARINT, what);
    return f.signed;
  }

  shape(f: Field): number[] | undefined {
    const dims: number[] = [];
    let unknown = false;
    for (const g of this.sub(f, 'TensorShapeProto')) {
      if (g.no === 3) unknown = this.int(g, 'TensorShapeProto.unknown_rank') !== 0;
      else if (g.no === 2) {
        let size = 0;
        for (const h of this.sub(g, 'TensorShapeProto.dim')) if (h.no === 1) size = this.int(h, 'Dim.size');
        if (dims.length >= LIMITS.rank) this.r.fail(`a shape of more than ${LIMITS.rank} dimensions`);
        dims.push(size);
      }
    }
    return unknown ? undefined : dims;
  }

  tensor(f: Field): TensorAttr {
    let dtype = 0;
    let dims: number[] = [];
    let content: Field | undefined;
    const vals: number[] = [];
    for (const g of this.sub(f, 'TensorProto')) {
      switch (g.no) {
        case 1: dtype = this.int(g, 'TensorProto.dtype'); break;
        case 2: dims = this.shape(g) ?? []; break;
        case 4: content = g; break;
        case 5: if (vals.length < LIMITS.inlineValues) this.r.floats(g, 'TensorProto.float_val', vals, LIMITS.inlineValues); break;
        case 7: case 10: case 11: case 13: if (vals.length < LIMITS.inlineValues) this.r.ints(g, 'TensorProto int values', vals, LIMITS.inlineValues); break;
        case 6:
          if (g.wire === I64) vals.push(this.r.float64(g.start));
          break;
        default: break;
      }
    }
    for (const d of dims) if (d < 0) this.r.fail(`a constant has a negative dimension ${d}`);
    const n = dims.reduce((a, b) => a * b, 1);
    const t: TensorAttr = { dtype, dims };
    if (n > LIMITS.inlineValues) return t;
    if (content) {
      const w = WIDTH[dtype];
      if (w && content.end - content.start === n * w) {
        const b = this.r.bytes(content.start, content.end, 'TensorProto.tensor_content');
        const d = new DataView(b.buffer, b.byteOffset, b.byteLength);
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          if (dtype === 1) out.push(d.getFloat32(4 * i, true));
          else if (dtype === 2) out.push(d.getFloat64(8 * i, true));
          else if (dtype === 3 || dtype === 22) out.push(dtype === 3 ? d.getInt32(4 * i, true) : d.getUint32(4 * i, true));
          else if (dtype === 9 || dtype === 23) out.push(Number(d.getBigInt64(8 * i, true)));
          else if (dtype === 5) out.push(d.getInt16(2 * i, true));
          else if (dtype === 17) out.push(d.getUint16(2 * i, true));
          else if (dtype === 6) out.push(d.getInt8(i));
          else out.push(d.getUint8(i));
        }
        t.values = out;
      }
    } else if (vals.length > 0) {
      // A splat: one value stands for all of them.
      t.values = vals.length === n ? vals : vals.length === 1 ? new Array<number>(n).fill(vals[0]) : undefined;
      if (n === 0) t.values = [];
    } else if (n === 0 || WIDTH[dtype]) t.values = new Array<number>(n).fill(0);
    return t;
  }

  private list(f: Field): AttrValue {
    const l = { kind: 'list' as const, s: [] as string[], i: [] as number[], f: [] as number[], type: [] as number[], shape: [] as (number[] | undefined)[], func: [] as string[] };
    for (const g of this.sub(f, 'AttrValue.list')) {
      switch (g.no) {
        case 2: l.s.push(this.r.string(g, 'ListValue.s')); break;
        case 3: this.r.ints(g, 'ListValue.i', l.i, LIMITS.listValues); break;
        case 4: this.r.floats(g, 'ListValue.f', l.f, LIMITS.listValues); break;
        case 6: this.r.ints(g, 'ListValue.type', l.type, LIMITS.listValues); break;
        case 7: l.shape.push(this.shape(g)); break;
        case 9: l.func.push(this.funcName(g)); break;
        default: break;
      }
    }
    this.count(l.s.length + l.i.length + l.f.length + l.type.length + l.shape.length, 'a list attribute');
    return l;
  }

  private funcName(f: Field): string {
    for (const g of this.sub(f, 'NameAttrList')) if (g.no === 1) return this.r.string(g, 'NameAttrList.name');
    return '';
  }

  attr(f: Field): AttrValue | undefined {
    let v: AttrValue | undefined;
    for (const g of this.sub(f, 'AttrValue')) {
      switch (g.no) {
        case 1: v = this.list(g); break;
        case 2: v = { kind: 's', s: this.r.string(g, 'AttrValue.s') }; break;
        case 3: v = { kind: 'i', i: this.int(g, 'AttrValue.i') }; break;
        case 4:
          expectWire(this.r, g, I32, 'AttrValue.f');
          v = { kind: 'f', f: this.r.float32(g.start) };
          break;
        case 5: v = { kind: 'b', b: this.int(g, 'AttrValue.b') !== 0 }; break;
        case 6: v = { kind: 'type', type: this.int(g, 'AttrValue.type') }; break;
        case 7: v = { kind: 'shape', dims: this.shape(g) }; break;
        case 8: v = { kind: 'tensor', tensor: this.tensor(g) }; break;
        case 10: v = { kind: 'func', name: this.funcName(g) }; break;
        default: break;
      }
    }
    return v;
  }

  /** A map<string, AttrValue> entry. */
  private attrEntry(f: Field, into: Map<string, AttrValue>): void {
    let key = '';
    let value: AttrValue | undefined;
    for (const g of this.sub(f, 'attr entry')) {
      if (g.no === 1) key = this.r.string(g, 'attr key');
      else if (g.no === 2) value = this.attr(g);
    }
    if (value) into.set(key, value);
    if (into.size > LIMITS.attrs) this.r.fail(`a node has more than ${LIMITS.attrs} attributes`);
  }

  node(f: Field): TfNode {
    const n: TfNode = { name: '', op: '', inputs: [], attrs: new Map() };
    for (const g of this.sub(f, 'NodeDef')) {
      switch (g.no) {
        case 1: n.name = this.r.string(g, 'NodeDef.name'); break;
        case 2: n.op = this.r.string(g, 'NodeDef.op'); break;
        case 3: {
          const s = this.r.string(g, 'NodeDef.input');
          if (!s.startsWith('^')) n.inputs.push(s);
          if (n.inputs.length > LIMITS.inputs) this.r.fail(`node "${n.name}" has more than ${LIMITS.inputs} inputs`);
          break;
        }
        case 5: this.attrEntry(g, n.attrs); break;
        default: break;
      }
    }
    return n;
  }

  private argNames(f: Field, into: string[]): void {
    for (const g of this.sub(f, 'ArgDef')) if (g.no === 1) into.push(this.r.string(g, 'ArgDef.name'));
  }

  /** FunctionDef: signature (OpDef), node_def, ret, arg_attr (the args' _output_shapes). */
  fn(f: Field): TfFunction {
    const fn: TfFunction = { name: '', inputs: [], outputs: [], nodes: [], ret: new Map(), argShapes: [] };
    const argAttrs = new Map<number, Map<string, AttrValue>>();
    for (const g of this.sub(f, 'FunctionDef')) {
      switch (g.no) {
        case 1:
          for (const h of this.sub(g, 'OpDef')) {
            if (h.no === 1) fn.name = this.r.string(h, 'OpDef.name');
            else if (h.no === 2) this.argNames(h, fn.inputs);
            else if (h.no === 3) this.argNames(h, fn.outputs);
          }
          break;
        case 3:
          if (fn.nodes.length >= LIMITS.nodes) this.r.fail(`a function has more than ${LIMITS.nodes} nodes`);
          fn.nodes.push(this.node(g));
          break;
        case 4: {
          let k = '';
          let v = '';
          for (const h of this.sub(g, 'ret entry')) {
            if (h.no === 1) k = this.r.string(h, 'ret key');
            else if (h.no === 2) v = this.r.string(h, 'ret value');
          }
          fn.ret.set(k, v);
          break;
        }
        case 7: {
          let idx = 0;
          const attrs = new Map<string, AttrValue>();
          for (const h of this.sub(g, 'arg_attr entry')) {
            if (h.no === 1) idx = this.int(h, 'arg index');
            else if (h.no === 2) for (const a of this.sub(h, 'ArgAttrs')) if (a.no === 1) this.attrEntry(a, attrs);
          }
          argAttrs.set(idx, attrs);
          break;
        }
        default: break;
      }
    }
    fn.argShapes = fn.inputs.map((_, i) => {
      const s = argAttrs.get(i)?.get('_output_shapes');
      return s?.kind === 'list' ? s.shape[0] : undefined;
    });
    return fn;
  }

  signature(f: Field): Signature {
    const sig: Signature = { key: '', inputs: [], outputs: [] };
    for (const g of this.sub(f, 'signature_def entry')) {
      if (g.no === 1) sig.key = this.r.string(g, 'signature key');
      else if (g.no === 2) {
        for (const h of this.sub(g, 'SignatureDef')) {
          if (h.no !== 1 && h.no !== 2) continue;
          let key = '';
          let tensor = '';
          let dims: number[] | undefined;
          for (const e of this.sub(h, 'TensorInfo entry')) {
            if (e.no === 1) key = this.r.string(e, 'TensorInfo key');
            else if (e.no === 2) {
              for (const t of this.sub(e, 'TensorInfo')) {
                if (t.no === 1) tensor = this.r.string(t, 'TensorInfo.name');
                else if (t.no === 3) dims = this.shape(t);
              }
            }
          }
          if (h.no === 1) sig.inputs.push(dims ? { key, tensor, dims } : { key, tensor });
          else sig.outputs.push({ key, tensor });
        }
      }
    }
    return sig;
  }
}

async function graphDef(d: Decoder, f: Field): Promise<TfGraph> {
  const g: TfGraph = { nodes: [], functions: new Map() };
  const r = d.r;
  const libraries: Field[] = [];
  // `scan` may call the visitor twice for a field that ran short: nothing is committed
  // before the node is whole.
  await r.scan(f.start, f.end, 'GraphDef', (h) => {
    if (h.no === 1) {
      const n = d.node(h);
      if (g.nodes.length >= LIMITS.nodes) r.fail(`the graph has more than ${LIMITS.nodes} nodes`);
      g.nodes.push(n);
    } else if (h.no === 2) {
      expectWire(r, h, LEN, 'GraphDef.library');
      libraries.push(h);
    }
  });
  for (const lib of libraries) {
    await r.scan(lib.start, lib.end, 'FunctionDefLibrary', (h) => {
      if (h.no !== 1) return;
      const fn = d.fn(h);
      if (g.functions.size >= LIMITS.functions) r.fail(`the library has more than ${LIMITS.functions} functions`);
      g.functions.set(fn.name, fn);
    });
  }
  return g;
}

/** The MetaGraphDef tagged `serve` (or the only one). */
export async function readSavedModel(r: WireReader): Promise<SavedModelDoc> {
  const d = new Decoder(r);
  const metas: Field[] = [];
  await r.scan(0, r.size, 'SavedModel', (f) => {
    if (f.no === 2) {
      expectWire(r, f, LEN, 'SavedModel.meta_graphs');
      metas.push(f);
    }
  });
  if (metas.length === 0) r.fail('not a SavedModel: no MetaGraphDef');
  let chosen: { tags: string[]; graph?: Field; sigs: Field[] } | undefined;
  for (const m of metas) {
    const info = { tags: [] as string[], graph: undefined as Field | undefined, sigs: [] as Field[] };
    await r.scan(m.start, m.end, 'MetaGraphDef', (f) => {
      if (f.no === 1) {
        for (const g of r.fields(f.start, f.end, 'MetaInfoDef')) if (g.no === 4) info.tags.push(r.string(g, 'MetaInfoDef.tags'));
      } else if (f.no === 2) info.graph = f;
      else if (f.no === 5) info.sigs.push(f);
    });
    if (!chosen || info.tags.includes('serve')) chosen = info;
    if (info.tags.includes('serve')) break;
  }
  if (!chosen?.graph) return r.fail('the SavedModel has no graph');
  const graph = await graphDef(d, chosen.graph);
  const signatures: Signature[] = [];
  for (const s of chosen.sigs) signatures.push(await r.run(s.end, () => d.signature(s)));
  return { tags: chosen.tags, graph, signatures };
}

/**
 * A serialized NodeDef on its own (a TFLite Flex op carries one), decoded with the same
 * rules.
 */
export function nodeFromBytes(r: WireReader, start: number, end: number): TfNode {
  const d = new Decoder(r);
  return d.node({ no: 1, wire: LEN, start, end, value: end - start, signed: end - start });
}
