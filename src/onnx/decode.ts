import { LIMITS as SHARED } from '../limits.js';
import { dtypeName, elementBytes } from './dtypes.js';
import { ATTR, emptyGraph, LIMITS, type Attr, type Dim, type OnnxGraph, type OnnxModel, type OnnxNode, type TensorRef, type ValueInfo } from './ir.js';
import { decodeData } from './tensor-data.js';
import { expectWire, I32, LEN, VARINT, WireReader, type Field } from '../containers/protobuf.js';

/** Shared by every node without inputs, outputs or attributes; never written to. */
const NO_NAMES: string[] = Object.freeze([]) as unknown as string[];
const NO_ATTRS: Attr[] = Object.freeze([]) as unknown as Attr[];

/** Tensor attributes up to this many elements are decoded with their node. */
const INLINE_VALUES = 1024;

/**
 * ModelProto and GraphProto are walked field by field (a graph may span the whole file);
 * every other message is small and decoded synchronously under `WireReader.run`, which may
 * run a decoder twice: the decoders only build and return values.
 */
class Decoder {
  values = 0;
  constructor(readonly r: WireReader) {}

  private count(n: number, node: number): void {
    this.values += n;
    if (this.values > LIMITS.values) this.r.fail(`node ${node}: more than ${LIMITS.values} attribute values in the model`);
  }

  private int(f: Field, what: string): number {
    expectWire(this.r, f, VARINT, what);
    return f.signed;
  }

  async model(start: number, end: number): Promise<OnnxModel> {
    const m: OnnxModel = { irVersion: 0, producer: '', producerVersion: '', opsets: new Map(), graph: emptyGraph(), functions: new Set() };
    let graphs = 0;
    await this.r.eachField(start, end, 'ModelProto', async (f) => {
      switch (f.no) {
        case 1: m.irVersion = this.int(f, 'ModelProto.ir_version'); break;
        case 2: m.producer = await this.r.run(end, () => this.r.string(f, 'ModelProto.producer_name')); break;
        case 3: m.producerVersion = await this.r.run(end, () => this.r.string(f, 'ModelProto.producer_version')); break;
        case 7:
          expectWire(this.r, f, LEN, 'ModelProto.graph');
          if (++graphs > 1) this.r.fail('bad ONNX model: more than one graph');
          m.graph = await this.graph(f.start, f.end);
          break;
        case 8: {
          expectWire(this.r, f, LEN, 'ModelProto.opset_import');
          const [domain, version] = await this.r.run(end, () => this.opset(f));
          m.opsets.set(domain === 'ai.onnx' ? '' : domain, version);
          break;
        }
        case 25:
          expectWire(this.r, f, LEN, 'ModelProto.functions');
          m.functions.add(await this.r.run(end, () => this.functionKey(f)));
          break;
        default:
          break;
      }
    });
    if (graphs === 0) this.r.fail('not an ONNX model: no graph in the ModelProto');
    return m;
  }

  private opset(f: Field): [string, number] {
    let domain = '';
    let version = 0;
    for (let at = f.start; at < f.end; ) {
      const g = this.r.fieldAt(at, f.end, 'OperatorSetIdProto');
      at = g.end;
      if (g.no === 1) domain = this.r.string(g, 'OperatorSetIdProto.domain');
      else if (g.no === 2) version = this.int(g, 'OperatorSetIdProto.version');
    }
    return [domain, version];
  }

  private functionKey(f: Field): string {
    let name = '';
    let domain = '';
    for (let at = f.start; at < f.end; ) {
      const g = this.r.fieldAt(at, f.end, 'FunctionProto');
      at = g.end;
      if (g.no === 1) name = this.r.string(g, 'FunctionProto.name');
      else if (g.no === 10) domain = this.r.string(g, 'FunctionProto.domain');
    }
    return `${domain}:${name}`;
  }

  async graph(start: number, end: number): Promise<OnnxGraph> {
    const g = emptyGraph();
    let valueInfos = 0;
    const r = this.r;
    // Each case decodes first and commits last: `scan` may repeat a field that ran short.
    await r.scan(start, end, 'GraphProto', (f) => {
      r.where = '';
      switch (f.no) {
        case 1: {
          expectWire(r, f, LEN, 'GraphProto.node');
          if (g.nodes.length >= SHARED.onnxNodes) r.fail(`graph has more than ${SHARED.onnxNodes} nodes`);
          const n = this.node(f, g.nodes.length);
          for (const a of n.attrs) this.count(a.ints.length + a.floats.length + a.strings.length, n.index);
          g.nodes.push(n);
          break;
        }
        case 2: g.name = r.string(f, 'GraphProto.name'); break;
        case 5: {
          expectWire(r, f, LEN, 'GraphProto.initializer');
          if (g.initializers.size >= LIMITS.initializers) r.fail(`graph has more than ${LIMITS.initializers} initializers`);
          const t = this.tensor(f, 'initializer');
          g.initializers.set(t.name, t);
          break;
        }
        case 15: {
          expectWire(r, f, LEN, 'GraphProto.sparse_initializer');
          const t = this.sparseTensor(f);
          g.initializers.set(t.name, t);
          break;
        }
        case 11: case 12: case 13: {
          expectWire(r, f, LEN, 'GraphProto value info');
          if (valueInfos >= LIMITS.valueInfos) r.fail(`graph has more than ${LIMITS.valueInfos} value infos`);
          const v = this.valueInfo(f);
          valueInfos++;
          if (f.no === 11) g.inputs.push(v);
          else if (f.no === 12) g.outputs.push(v);
          else g.valueInfo.set(v.name, v);
          break;
        }
        default:
          break;
      }
    });
    return g;
  }

  /** Op types and domains repeat across a graph: one string each, however many nodes. */
  private readonly interned = new Map<string, string>();

  private intern(s: string): string {
    const known = this.interned.get(s);
    if (known !== undefined) return known;
    if (this.interned.size < 4096) this.interned.set(s, s);
    return s;
  }

  /**
   * Scratch lists a node's names are gathered in, then copied at their exact length: an array
   * grown by push keeps room for 17 entries, 150 bytes a list, a third of a small node.
   */
  private readonly ins: string[] = [];
  private readonly outs: string[] = [];
  private readonly attrs: Attr[] = [];

  private node(f: Field, index: number): OnnxNode {
    const n: OnnxNode = { index, name: '', opType: '', domain: '', inputs: NO_NAMES, outputs: NO_NAMES, attrs: NO_ATTRS };
    const { ins, outs, attrs } = this;
    ins.length = 0;
    outs.length = 0;
    attrs.length = 0;
    const r = this.r;
    // Faults name the node; the words are only put together if there is one.
    r.where = `node ${index}`;
    for (let p = f.start; p < f.end; ) {
      const g = r.fieldAt(p, f.end, 'NodeProto');
      p = g.end;
      switch (g.no) {
        case 1:
          if (ins.length >= LIMITS.namesPerNode) r.fail(`more than ${LIMITS.namesPerNode} inputs`);
          ins.push(r.string(g, 'NodeProto.input'));
          break;
        case 2:
          if (outs.length >= LIMITS.namesPerNode) r.fail(`more than ${LIMITS.namesPerNode} outputs`);
          outs.push(r.string(g, 'NodeProto.output'));
          break;
        case 3: n.name = r.string(g, 'NodeProto.name'); break;
        case 4: n.opType = this.intern(r.string(g, 'NodeProto.op_type')); break;
        case 7: n.domain = this.intern(r.string(g, 'NodeProto.domain')); break;
        case 5: {
          expectWire(r, g, LEN, 'NodeProto.attribute');
          if (attrs.length >= LIMITS.attrsPerNode) r.fail(`more than ${LIMITS.attrsPerNode} attributes`);
          const a = this.attribute(g);
          // A repeated name: the last one wins, as protobuf map semantics would have it.
          const at = attrs.findIndex((x) => x.name === a.name);
          if (at >= 0) attrs[at] = a;
          else attrs.push(a);
          break;
        }
        default:
          break;
      }
    }
    if (!n.opType) r.fail(`bad ONNX model: a node${n.name ? ` "${n.name}"` : ''} has no op_type`);
    if (ins.length) n.inputs = ins.slice();
    if (outs.length) n.outputs = outs.slice();
    if (attrs.length) n.attrs = attrs.slice();
    r.where = '';
    return n;
  }

  private attribute(f: Field): Attr {
    // Every field present from the start: one object layout for all attributes.
    const a: Attr = { name: '', type: 0, f: undefined, i: undefined, s: undefined, t: undefined, floats: [], ints: [], strings: [], graphs: 0 };
    const what = 'AttributeProto';
    const r = this.r;
    const room = LIMITS.values - this.values;
    for (let p = f.start; p < f.end; ) {
      const g = r.fieldAt(p, f.end, what);
      p = g.end;
      switch (g.no) {
        case 1: a.name = r.string(g, 'AttributeProto.name'); break;
        case 20: a.type = this.int(g, 'AttributeProto.type'); break;
        case 2:
          expectWire(r, g, I32, 'AttributeProto.f');
          a.f = r.float32(g.start);
          break;
        case 3: a.i = this.int(g, 'AttributeProto.i'); break;
        case 4: a.s = r.string(g, 'AttributeProto.s'); break;
        case 5:
          expectWire(r, g, LEN, 'AttributeProto.t');
          a.t = this.tensor(g, 'a tensor attribute');
          // A Constant's value sits inside the node being read: decode it now rather than
          // come back for it once the node's bytes are gone.
          if (a.t.elements <= INLINE_VALUES) a.t.values = decodeData(r, a.t);
          break;
        case 6: case 11:
          expectWire(r, g, LEN, 'AttributeProto graph');
          a.graphs++;
          break;
        case 7: r.floats(g, 'AttributeProto.floats', a.floats, room); break;
        case 8: r.ints(g, 'AttributeProto.ints', a.ints, room); break;
        case 9:
          if (a.strings.length >= room) r.fail(`an attribute has more than ${room} strings`);
          a.strings.push(r.string(g, 'AttributeProto.strings'));
          break;
        default:
          break;
      }
    }
    // Files from before IR version 3 may omit the type: infer it from the field that is set.
    if (!a.type) {
      a.type = a.f !== undefined ? ATTR.FLOAT : a.i !== undefined ? ATTR.INT : a.s !== undefined ? ATTR.STRING
        : a.t ? ATTR.TENSOR : a.floats.length ? ATTR.FLOATS : a.ints.length ? ATTR.INTS
        : a.strings.length ? ATTR.STRINGS : a.graphs ? ATTR.GRAPH : 0;
    }
    return a;
  }

  tensor(f: Field, what: string): TensorRef {
    const t: TensorRef = { name: '', dims: [], dataType: 0, elements: 1, external: false, data: [], values: undefined };
    let rawBytes = -1;
    let dataFields = 0;
    const r = this.r;
    for (let p = f.start; p < f.end; ) {
      const g = r.fieldAt(p, f.end, 'TensorProto');
      p = g.end;
      switch (g.no) {
        case 1: r.ints(g, 'TensorProto.dims', t.dims, LIMITS.dims); break;
        case 2: t.dataType = this.int(g, 'TensorProto.data_type'); break;
        case 8: t.name = r.string(g, 'TensorProto.name'); break;
        case 14: t.external = this.int(g, 'TensorProto.data_location') === 1; break;
        case 9:
          expectWire(r, g, LEN, 'TensorProto.raw_data');
          rawBytes = g.end - g.start;
          t.data.push({ no: g.no, wire: g.wire, start: g.start, end: g.end });
          break;
        case 4: case 5: case 7: case 10: case 11:
          // Each unpacked element is a field of its own: remember a bounded number of them.
          if (++dataFields <= 4096) t.data.push({ no: g.no, wire: g.wire, start: g.start, end: g.end });
          break;
        default:
          break;
      }
    }
    if (dataFields > 4096) t.data = [];
    const label = () => `${what}${t.name ? ` "${t.name}"` : ''}`;
    t.elements = checkedElements(r, t.dims, label);
    const size = elementBytes(t.dataType);
    if (rawBytes >= 0 && size !== undefined && !t.external) {
      const want = Math.ceil(t.elements * size);
      if (want !== rawBytes) {
        r.fail(`bad ONNX tensor: ${label()} has dims [${t.dims.join(', ')}] (${want} bytes of ${dtypeName(t.dataType)}) but raw_data holds ${rawBytes} bytes`);
      }
    }
    return t;
  }

  private sparseTensor(f: Field): TensorRef {
    let values: TensorRef | undefined;
    const dims: number[] = [];
    for (let at = f.start; at < f.end; ) {
      const g = this.r.fieldAt(at, f.end, 'SparseTensorProto');
      at = g.end;
      if (g.no === 1) {
        expectWire(this.r, g, LEN, 'SparseTensorProto.values');
        values = this.tensor(g, 'sparse initializer values');
      } else if (g.no === 3) this.r.ints(g, 'SparseTensorProto.dims', dims, LIMITS.dims);
    }
    if (!values) return this.r.fail('bad ONNX model: sparse initializer without values');
    const elements = checkedElements(this.r, dims, () => `sparse initializer "${values.name}"`);
    // Values of a sparse tensor never feed shape arithmetic; its size is that of the dense tensor.
    return { ...values, dims, elements, data: [] };
  }

  private valueInfo(f: Field): ValueInfo {
    const v: ValueInfo = { name: '', kind: 'none', elemType: 0 };
    for (let at = f.start; at < f.end; ) {
      const g = this.r.fieldAt(at, f.end, 'ValueInfoProto');
      at = g.end;
      if (g.no === 1) v.name = this.r.string(g, 'ValueInfoProto.name');
      else if (g.no === 2) {
        expectWire(this.r, g, LEN, 'ValueInfoProto.type');
        this.type(g, v, 0);
      }
    }
    return v;
  }

  private type(f: Field, v: ValueInfo, depth: number): void {
    if (depth > LIMITS.typeDepth) this.r.fail(`TypeProto of "${v.name}" nests deeper than ${LIMITS.typeDepth}`);
    for (let at = f.start; at < f.end; ) {
      const g = this.r.fieldAt(at, f.end, 'TypeProto');
      at = g.end;
      if (g.no === 1 || g.no === 8) {
        expectWire(this.r, g, LEN, 'TypeProto.tensor_type');
        v.kind = 'tensor';
        for (let at = g.start; at < g.end; ) {
          const h = this.r.fieldAt(at, g.end, 'TypeProto.Tensor');
          at = h.end;
          if (h.no === 1) v.elemType = this.int(h, 'TypeProto.Tensor.elem_type');
          else if (h.no === 2) {
            expectWire(this.r, h, LEN, 'TensorShapeProto');
            v.dims = this.shape(h, v.name);
          }
        }
      } else if (g.no === 4 || g.no === 5 || g.no === 9) {
        expectWire(this.r, g, LEN, 'TypeProto');
        v.kind = 'other';
        // Walk the element type only to bound and validate the nesting.
        for (let at = g.start; at < g.end; ) {
          const h = this.r.fieldAt(at, g.end, 'TypeProto element');
          at = h.end;
          if (h.wire === LEN && (h.no === 1 || h.no === 2)) this.type(h, { name: v.name, kind: 'none', elemType: 0 }, depth + 1);
        }
      }
    }
  }

  private shape(f: Field, name: string): Dim[] {
    const dims: Dim[] = [];
    for (let at = f.start; at < f.end; ) {
      const g = this.r.fieldAt(at, f.end, 'TensorShapeProto');
      at = g.end;
      if (g.no !== 1) continue;
      expectWire(this.r, g, LEN, 'TensorShapeProto.dim');
      if (dims.length >= LIMITS.dims) this.r.fail(`value "${name}" has more than ${LIMITS.dims} dimensions`);
      let d: Dim = null;
      for (let at = g.start; at < g.end; ) {
        const h = this.r.fieldAt(at, g.end, 'TensorShapeProto.Dimension');
        at = h.end;
        if (h.no === 1) {
          const v = this.int(h, `dim_value of "${name}"`);
          if (v < 0 || v > LIMITS.dim) this.r.fail(`bad ONNX model: value "${name}" has dimension ${v}`);
          d = v;
        } else if (h.no === 2) d = this.r.string(h, `dim_param of "${name}"`);
      }
      dims.push(d);
    }
    return dims;
  }
}


/** `label` names the tensor in a fault; called only then. */
function checkedElements(r: WireReader, dims: number[], label: () => string): number {
  let n = 1;
  for (const d of dims) {
    if (!Number.isSafeInteger(d) || d < 0 || d > LIMITS.dim) r.fail(`bad ONNX tensor: ${label()} has dimension ${d}`);
    n *= d;
    if (n > LIMITS.elements) r.fail(`bad ONNX tensor: ${label()} has absurd dims [${dims.join(', ')}]`);
  }
  return n;
}

/** Decode the structure of a whole ModelProto; tensor values stay in the file. */
export async function readModel(r: WireReader): Promise<OnnxModel> {
  return new Decoder(r).model(0, r.size);
}
