/**
 * A TF.js graph model's modelTopology (a GraphDef written as protobuf JSON) into the TF IR
 * (ir.ts). Protobuf JSON writes int64 as strings, bytes as base64 (string attributes such as
 * padding, data_format, fused_ops) and field names in lowerCamelCase; Const nodes keep their
 * type and shape but not their values, which are in the weight shards.
 */
import { FlopgateError } from '../errors.js';
import { LIMITS, TF_DTYPE_NAMES, type AttrValue, type TfFunction, type TfGraph, type TfNode } from './ir.js';

type J = Record<string, unknown>;
const isObj = (v: unknown): v is J => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

class JsonDecoder {
  private values = 0;
  constructor(readonly file: string) {}

  fail(msg: string): never {
    throw new FlopgateError(`${this.file}: ${msg}`);
  }

  private count(n: number): void {
    this.values += n;
    if (this.values > LIMITS.listValues) this.fail(`modelTopology: more than ${LIMITS.listValues} attribute values`);
  }

  private int(v: unknown, what: string): number {
    const n = typeof v === 'string' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isSafeInteger(n)) this.fail(`modelTopology: ${what} is not an integer`);
    return n;
  }

  /** Bytes (base64) as text; attributes that are names and modes are ASCII. */
  private bytes(v: unknown, what: string): string {
    if (typeof v !== 'string') this.fail(`modelTopology: ${what} is not a base64 string`);
    return Buffer.from(v, 'base64').toString('latin1');
  }

  private type(v: unknown): number {
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && TF_DTYPE_NAMES[v] !== undefined) return TF_DTYPE_NAMES[v];
    return 0;
  }

  shape(v: unknown): number[] | undefined {
    if (!isObj(v)) return [];
    if (v.unknownRank === true || v.unknown_rank === true) return undefined;
    const dims = arr(v.dim);
    if (dims.length > LIMITS.rank) this.fail(`modelTopology: a shape of ${dims.length} dimensions`);
    return dims.map((d) => (isObj(d) && d.size !== undefined ? this.int(d.size, 'a dimension') : 0));
  }

  attr(v: unknown): AttrValue | undefined {
    if (!isObj(v)) return undefined;
    if ('list' in v) {
      const l = isObj(v.list) ? v.list : {};
      const out = {
        kind: 'list' as const,
        s: arr(l.s).map((x) => this.bytes(x, 'a list attribute')),
        i: arr(l.i).map((x) => this.int(x, 'a list attribute')),
        f: arr(l.f).map((x) => Number(x)),
        type: arr(l.type).map((x) => this.type(x)),
        shape: arr(l.shape).map((x) => this.shape(x)),
        func: arr(l.func).map((x) => (isObj(x) && typeof x.name === 'string' ? x.name : '')),
      };
      this.count(out.s.length + out.i.length + out.f.length + out.type.length + out.shape.length);
      return out;
    }
    if ('s' in v) return { kind: 's', s: this.bytes(v.s, 'a string attribute') };
    if ('i' in v) return { kind: 'i', i: this.int(v.i, 'an int attribute') };
    if ('f' in v) return { kind: 'f', f: Number(v.f) };
    if ('b' in v) return { kind: 'b', b: v.b === true };
    if ('type' in v) return { kind: 'type', type: this.type(v.type) };
    if ('shape' in v) return { kind: 'shape', dims: this.shape(v.shape) };
    if ('tensor' in v) {
      const t = isObj(v.tensor) ? v.tensor : {};
      return { kind: 'tensor', tensor: { dtype: this.type(t.dtype), dims: this.shape(t.tensorShape ?? t.tensor_shape) ?? [] } };
    }
    if ('func' in v) return { kind: 'func', name: isObj(v.func) && typeof v.func.name === 'string' ? v.func.name : '' };
    return undefined;
  }

  node(v: unknown): TfNode {
    if (!isObj(v) || typeof v.name !== 'string' || typeof v.op !== 'string') this.fail('modelTopology: a node without a name or op');
    const inputs = arr(v.input).filter((x): x is string => typeof x === 'string' && !x.startsWith('^'));
    if (inputs.length > LIMITS.inputs) this.fail(`node "${v.name}" has more than ${LIMITS.inputs} inputs`);
    const attrs = new Map<string, AttrValue>();
    if (isObj(v.attr)) {
      for (const [k, a] of Object.entries(v.attr)) {
        const d = this.attr(a);
        if (d) attrs.set(k, d);
      }
    }
    return { name: v.name, op: v.op, inputs, attrs };
  }

  fn(v: unknown): TfFunction {
    if (!isObj(v) || !isObj(v.signature)) this.fail('modelTopology: a library function without a signature');
    const sig = v.signature;
    const names = (x: unknown) => arr(x).map((a) => (isObj(a) && typeof a.name === 'string' ? a.name : ''));
    const inputs = names(sig.inputArg ?? sig.input_arg);
    const nodes = arr(v.nodeDef ?? v.node_def).map((n) => this.node(n));
    if (nodes.length > LIMITS.nodes) this.fail(`a function has more than ${LIMITS.nodes} nodes`);
    const ret = new Map<string, string>();
    if (isObj(v.ret)) for (const [k, r] of Object.entries(v.ret)) if (typeof r === 'string') ret.set(k, r);
    const argAttr = isObj(v.argAttr ?? v.arg_attr) ? ((v.argAttr ?? v.arg_attr) as J) : {};
    const argShapes = inputs.map((_, i) => {
      const a = argAttr[String(i)];
      const s = isObj(a) && isObj(a.attr) ? this.attr(a.attr._output_shapes) : undefined;
      return s?.kind === 'list' ? s.shape[0] : undefined;
    });
    return { name: typeof sig.name === 'string' ? sig.name : '', inputs, outputs: names(sig.outputArg ?? sig.output_arg), nodes, ret, argShapes };
  }
}

export function graphFromJson(topology: unknown, file: string): TfGraph {
  const d = new JsonDecoder(file);
  if (!isObj(topology)) throw new FlopgateError(`${file}: modelTopology is not a GraphDef`);
  const nodes = arr(topology.node).map((n) => d.node(n));
  if (nodes.length > LIMITS.nodes) d.fail(`the graph has more than ${LIMITS.nodes} nodes`);
  const functions = new Map<string, TfFunction>();
  const lib = isObj(topology.library) ? topology.library : {};
  for (const f of arr(lib.function)) {
    const fn = d.fn(f);
    functions.set(fn.name, fn);
  }
  if (functions.size > LIMITS.functions) d.fail(`the library has more than ${LIMITS.functions} functions`);
  return { nodes, functions };
}

/** A signature's tensors ({name, dtype, tensorShape} per key), as the IR's. */
export function signatureFromJson(sig: unknown, d = new JsonDecoder('')): { inputs: { key: string; tensor: string; dims?: number[] }[]; outputs: { key: string; tensor: string }[] } | undefined {
  if (!isObj(sig)) return undefined;
  const side = (x: unknown) =>
    isObj(x)
      ? Object.entries(x).map(([key, t]) => {
          const tt = isObj(t) ? t : {};
          const dims = d.shape(tt.tensorShape ?? tt.tensor_shape);
          return { key, tensor: typeof tt.name === 'string' ? tt.name : key, ...(dims ? { dims } : {}) };
        })
      : [];
  return { inputs: side(sig.inputs), outputs: side(sig.outputs).map(({ key, tensor }) => ({ key, tensor })) };
}
