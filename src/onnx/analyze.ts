import { basename } from 'node:path';
import { atReaderBoundary, FlopgateError } from '../errors.js';
import type { ByteSource } from '../io/byte-source.js';
import { PagedReader } from '../io/paged-reader.js';
import type { WireReader } from '../containers/protobuf.js';
import { DEFAULTS, knob, type AnalyzeOptions } from '../options.js';
import { buildModelReport, layerRow, type LayerRow } from '../report/build.js';
import type { ModelReport, Shape } from '../report/types.js';
import { OpError, Refusal } from '../core/errors.js';
import { coreDType, isParameterType } from './dtypes.js';
import { topoOrder } from './graph.js';
import { bindInputs } from './inputs.js';
import { readModel } from './decode.js';
import { isDefaultDomain, type OnnxModel, type OnnxNode, type TensorRef, type ValueInfo } from './ir.js';
import { ruleFor } from './ops/index.js';
import { refusedReason } from './ops/refused.js';
import { NodeCtx, type OpRule, type Result, type Val } from './ops/types.js';
import { isIdentityOfParam, ParamLedger } from './params.js';
import { loadTensorData } from './tensor-data.js';
import { MAX_FOLD } from '../core/tensor.js';
import { LiveSet, tensorBytes } from '../report/memory.js';
import { WireReader as Wire } from '../containers/protobuf.js';

/** Attribute tensors up to this size (Constant scalars, ConstantOfShape fill) are read up front. */
const ATTR_PRELOAD = 1024;
/** Constants a node of constants is folded with are read up to this size (shape arithmetic). */
const FOLD_READ = 1024;

const UNKNOWN = Symbol('unknown shape');
type Slot = Val | typeof UNKNOWN;

function typeName(n: OnnxNode): string {
  return isDefaultDomain(n.domain) ? n.opType : `${n.domain}.${n.opType}`;
}

function rowName(n: OnnxNode): string {
  return n.name || `${n.opType}_${n.index}`;
}

function opDescription(m: OnnxModel, n: OnnxNode): string {
  const domain = isDefaultDomain(n.domain) ? '' : n.domain;
  const opset = m.opsets.get(domain);
  const local = m.functions.has(`${n.domain}:${n.opType}`) ? ', a model-local function' : '';
  return `ONNX op "${n.opType}" (domain ${domain || 'ai.onnx'}, opset ${opset ?? 'not imported'}${local}) at node "${rowName(n)}"`;
}

/** What the person running this can do about an op without a cost, in their own terms. */
const unknownPolicy = (opts: AnalyzeOptions) => `its cost is unknown (${knob(opts, 'unknownWarn')} counts it as 0 and marks the total as a lower bound)`;

/** An op without a rule; `why`: what else stands in the way; ops refused on purpose bring their own reason. */
function unsupported(file: string, m: OnnxModel, n: OnnxNode, opts: AnalyzeOptions, why = ''): FlopgateError {
  const reason = refusedReason(n.domain, n.opType);
  if (!why && reason) why = `: ${reason}`;
  return new FlopgateError(`${file}: unsupported ${opDescription(m, n)}${why}; ${unknownPolicy(opts)}`);
}

/** An op with a rule that cannot measure this node exactly (its shape or cost depends on run-time values). */
function unmeasurable(file: string, m: OnnxModel, n: OnnxNode, why: string, opts: AnalyzeOptions): FlopgateError {
  return new FlopgateError(`${file}: cannot measure ${opDescription(m, n)}: ${why}; ${unknownPolicy(opts)}`);
}

/**
 * A declared shape with every dimension known, named dimensions resolved through what the
 * inputs bound them to: the fallback for shapes that depend on run-time values.
 */
function staticDims(v: ValueInfo | undefined, symbols: Map<string, number>): number[] | undefined {
  if (!v?.dims) return undefined;
  const out: number[] = [];
  for (const d of v.dims) {
    const n = typeof d === 'number' ? d : d === null ? undefined : symbols.get(d);
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out;
}

export interface OnnxAnalysis {
  report: ModelReport;
  /** Inferred shape of each graph output, in file order (undefined after an unsupported op). */
  outputShapes: (number[] | undefined)[];
}

/** An ONNX file read and measured on its own (tests; the CLI goes through analyze.ts). */
export async function analyzeOnnx(src: ByteSource, file: string, opts: AnalyzeOptions): Promise<ModelReport> {
  return (await analyzeOnnxDetailed(src, file, opts)).report;
}

/** The report and the inferred graph output shapes (tests compare them with runtime outputs). */
export async function analyzeOnnxDetailed(src: ByteSource, file: string, opts: AnalyzeOptions): Promise<OnnxAnalysis> {
  try {
    const wire = new Wire(new PagedReader(src, file), file);
    return analyzeOnnxModel(await readModel(wire), wire, file, opts);
  } catch (e) {
    throw atReaderBoundary(file, e);
  }
}

/**
 * A graph value with every field present from the start, in one order: rules read thousands
 * of them, and one object layout keeps those reads monomorphic.
 */
function graphValue(v: Val): Val {
  return { shape: v.shape, dtype: v.dtype, values: v.values, constant: v.constant, ref: v.ref, param: v.param, opaque: v.opaque, scale: v.scale };
}

/** "pytorch 2.13.0", as producer_name and producer_version say; nothing when the file is silent. */
function producerOf(m: OnnxModel): { producer?: string } {
  const text = `${m.producer} ${m.producerVersion}`.trim();
  return text ? { producer: text } : {};
}

/** A tensor whose values can be read from the file (an initializer or a large Constant). */
type Readable = Val & { ref: TensorRef };

/** Whether reading `v`'s values from the file is wanted (and possible) before a rule runs. */
function wants(v: Val | undefined, max: number): v is Readable {
  return v !== undefined && v.values === undefined && v.ref !== undefined && !v.ref.external && v.ref.elements <= max;
}

/** One node between its two synchronous halves: what `begin` found, and what must be read first. */
interface Pending {
  n: OnnxNode;
  row: LayerRow;
  rule: OpRule;
  ctx: NodeCtx;
  inputs: (Val | undefined)[];
  allConstant: boolean;
  identityOfParam: boolean;
  scaleProduct: boolean;
  ledgerNote?: string;
  /** Tensors to read before `finish` (usually none: a graph's constants were read with it). */
  reads: Readable[];
  /** Tensor attributes to read (Constant values too large to decode with their node). */
  attrReads: { name: string; t: TensorRef }[];
}

const NO_METADATA: number[] = [];
const NO_ATTR_VALUES: ReadonlyMap<string, number[]> = new Map();

/**
 * The walk over a graph's nodes in order. Each node is measured by two small synchronous
 * steps with an await between them only when a tensor must be read: a graph of 100k nodes is
 * not 100k suspended async calls, and each step is small enough to be optimised on its own.
 */
class GraphWalk {
  readonly values = new Map<string, Slot>();
  readonly declared = new Map<string, number[]>();
  readonly rows: LayerRow[] = [];
  readonly ledger: ParamLedger;
  readonly policy: NonNullable<AnalyzeOptions['unknown']>;
  /** A file without opset_import predates it: operator set 1. */
  readonly opset: number;

  constructor(
    readonly model: OnnxModel,
    readonly file: string,
    readonly opts: AnalyzeOptions,
  ) {
    this.ledger = new ParamLedger(model);
    this.policy = opts.unknown ?? DEFAULTS.unknown;
    this.opset = model.opsets.get('') ?? 1;
  }

  /** Under `unknown: warn`: 0 ops, outputs as the file declares them (else unknown downstream). */
  private unknownRow(n: OnnxNode, row: LayerRow, note: string): undefined {
    row.unknown = true;
    row.note = note;
    const outs = n.outputs.map((o) => this.declared.get(o));
    n.outputs.forEach((o, k) => {
      if (!o) return;
      const d = outs[k];
      this.values.set(o, d ? graphValue({ shape: d, dtype: 'unknown' }) : UNKNOWN);
    });
    row.output_shape = outs.length === 1 ? outs[0] ?? [] : outs.map((d) => d ?? []);
    return undefined;
  }

  /** The node's row, parameters and context; undefined when it is already settled (unknown). */
  begin(n: OnnxNode): Pending | undefined {
    const { values, model, file, policy } = this;
    const nIn = n.inputs.length;
    const inputs: (Val | undefined)[] = new Array(nIn);
    const dataIn: Shape[] = [];
    let blockedIn = false;
    for (let i = 0; i < nIn; i++) {
      const name = n.inputs[i];
      const s = name ? values.get(name) : undefined;
      if (s === UNKNOWN) blockedIn = true;
      else inputs[i] = s;
      // Data inputs: a weight after the first input is a parameter of the op, not data it reads.
      // The report shares the value's shape: shapes are never changed once inferred.
      if (s === UNKNOWN) dataIn.push([]);
      else if (s !== undefined && !(s.param && i > 0)) dataIn.push(s.shape as Shape);
    }
    const row = layerRow(rowName(n), typeName(n), dataIn.length === 1 ? dataIn[0] : dataIn);
    this.rows.push(row);

    const rule = ruleFor(n.domain, n.opType);
    const identityOfParam = isIdentityOfParam(n, inputs);
    // onnxruntime's quantize_dynamic multiplies the run-time input scale by the weight's scale
    // in a plain Mul: that weight scale, and the product, are quantization metadata too.
    const scaleProduct = n.opType === 'Mul' && isDefaultDomain(n.domain) && inputs.some((v) => v?.scale) && inputs.every((v) => v?.scale || v?.constant);
    // Scales and zero points of quantized ops are not weights of the network.
    const metadata = scaleProduct ? inputs.flatMap((v, i) => (v?.param ? [i] : [])) : rule?.metadata?.({ nIn }) ?? NO_METADATA;
    const taken = this.ledger.take(n, inputs, metadata);
    row.params = taken.params;
    row.trainable_params = taken.trainable;
    row.weights_bytes = taken.bytes;

    const opaque = n.opType === 'Identity' ? -1 : inputs.findIndex((v) => v?.opaque);
    if (opaque >= 0 && policy === 'error') {
      throw unsupported(file, model, n, this.opts, ` on input "${n.inputs[opaque]}", a sequence, map or optional rather than a tensor`);
    }
    if (!rule || blockedIn || opaque >= 0) {
      const reason = refusedReason(n.domain, n.opType);
      return this.unknownRow(n, row, rule ? 'input unknown: it follows an unsupported op or is not a tensor'
        : `unsupported op (domain ${n.domain || 'ai.onnx'}${reason ? `; ${reason}` : ''}), counted as 0`);
    }

    let attrValues: Map<string, number[]> | undefined;
    const attrReads: Pending['attrReads'] = [];
    for (const a of n.attrs) {
      if (!a.t || a.t.elements > ATTR_PRELOAD) continue;
      // A Constant's value was decoded with its node; only a larger one is read from the file.
      if (a.t.values) (attrValues ??= new Map()).set(a.name, a.t.values);
      else attrReads.push({ name: a.name, t: a.t });
    }
    const declaredOuts = n.outputs.map((o) => this.declared.get(o));
    const ctx = new NodeCtx(file, n, isDefaultDomain(n.domain) ? this.opset : model.opsets.get(n.domain) ?? 1, inputs, declaredOuts, attrValues ?? NO_ATTR_VALUES);
    // A random draw differs at every run, whatever its inputs: it never folds.
    let allConstant = !rule.volatile;
    for (let i = 0; i < nIn && allConstant; i++) {
      const v = inputs[i];
      if (n.inputs[i] ? !v?.constant : v !== undefined && !v.constant) allConstant = false;
    }
    const reads: Readable[] = [];
    if (attrReads.length === 0 && rule.reads) {
      for (const i of rule.reads(ctx)) {
        const v = inputs[i];
        if (wants(v, MAX_FOLD)) reads.push(v);
      }
    }
    // Folding a node of constants reads only small ones: a Transpose of a weight is weights.
    if (allConstant) for (const v of inputs) if (wants(v, FOLD_READ)) reads.push(v);
    return { n, row, rule, ctx, inputs, allConstant, identityOfParam, scaleProduct, ledgerNote: taken.note, reads, attrReads };
  }

  /** Reads what `begin` found missing; a rule's own reads come once the attributes are known. */
  async read(p: Pending, reader: WireReader): Promise<void> {
    if (p.attrReads.length) {
      const attrValues = new Map<string, number[]>();
      for (const a of p.n.attrs) if (a.t?.values) attrValues.set(a.name, a.t.values);
      for (const { name, t } of p.attrReads) {
        const d = await loadTensorData(reader, t);
        if (d) attrValues.set(name, d);
      }
      p.ctx = new NodeCtx(this.file, p.n, p.ctx.opset, p.inputs, p.ctx.declared, attrValues);
      for (const i of p.rule.reads?.(p.ctx) ?? []) {
        const v = p.inputs[i];
        if (wants(v, MAX_FOLD)) p.reads.unshift(v);
      }
    }
    for (const v of p.reads) if (v.values === undefined) v.values = await loadTensorData(reader, v.ref);
  }

  /** Runs the rule and records its outputs and counts. */
  finish(p: Pending): void {
    const { n, row, rule, ctx, inputs, allConstant, identityOfParam, scaleProduct } = p;
    let res: Result;
    try {
      res = rule.infer(ctx);
    } catch (e) {
      // The core's rules know no names: say which node of which file is at fault.
      if (e instanceof OpError) throw new FlopgateError(`${this.file}: ${ctx.label}: ${e.message}`);
      if (!(e instanceof Refusal)) throw e;
      if (this.policy === 'error') throw unmeasurable(this.file, this.model, n, e.why, this.opts);
      this.unknownRow(n, row, `not measured: ${e.why}; counted as 0`);
      return;
    }
    const outShapes: Shape[] = [];
    for (let k = 0; k < n.outputs.length; k++) {
      const o = n.outputs[k];
      if (!o) continue;
      const out = res.outputs[k];
      if (!out) ctx.fail(`output ${k} ("${o}") has no inferred shape`);
      const v = graphValue(out);
      // Values known now (folded shape arithmetic) are the same at every inference.
      if (!rule.volatile && (allConstant || v.values !== undefined)) v.constant = true;
      if (inputs[0]?.opaque) v.opaque = true;
      if (scaleProduct) v.scale = true;
      if (identityOfParam) {
        // A copy of a weight is that weight: counted once, however many copies read it.
        v.constant = true;
        v.param = inputs[0]?.param;
        v.ref = inputs[0]?.ref;
      }
      this.values.set(o, v);
      outShapes.push(v.shape as Shape);
    }
    row.output_shape = outShapes.length === 1 ? outShapes[0] : outShapes;
    if (allConstant && !identityOfParam) {
      row.note = 'constant: computed once when the model loads, not per inference';
    } else {
      row.ops = res.ops;
      if (res.note) row.note = res.note;
      if (ctx.usedDeclared) row.note = 'output shape as declared in the file: it depends on values only known at run time';
    }
    if (p.ledgerNote) row.note = p.ledgerNote;
  }
}

/** Measures a decoded ONNX graph; `reader` reads the few tensor values shape arithmetic needs. */
export async function analyzeOnnxModel(model: OnnxModel, reader: WireReader, file: string, opts: AnalyzeOptions): Promise<OnnxAnalysis> {
  const g = model.graph;
  if (g.nodes.length === 0) throw new FlopgateError(`${file}: the ONNX graph has no nodes: nothing to measure`);
  const order = topoOrder(file, g);
  const walk = new GraphWalk(model, file, opts);
  if (walk.policy === 'error') {
    for (const n of order) if (!ruleFor(n.domain, n.opType)) throw unsupported(file, model, n, opts);
  }

  const graphInputs = g.inputs.filter((v) => !g.initializers.has(v.name));
  const bound = bindInputs(file, graphInputs, opts);
  const { values, declared } = walk;
  for (const [name, t] of g.initializers) {
    values.set(name, graphValue({ shape: t.dims, dtype: coreDType(t.dataType), constant: true, ref: t, param: isParameterType(t.dataType) ? name : undefined }));
  }
  graphInputs.forEach((v, k) => values.set(v.name, graphValue({ shape: bound.shapes[k], dtype: coreDType(v.elemType), opaque: v.kind !== 'tensor' })));
  for (const v of g.valueInfo.values()) {
    const d = staticDims(v, bound.symbols);
    if (d) declared.set(v.name, d);
  }
  for (const v of g.outputs) {
    const d = staticDims(v, bound.symbols);
    if (d) declared.set(v.name, d);
  }

  // A node's output is dropped once its last reader is measured (graph outputs are kept for the
  // caller): the walk holds the frontier of a graph, not all of it.
  const lastUse = new Map<string, number>();
  const graphOutputs = new Set(g.outputs.map((o) => o.name));
  order.forEach((n, k) => {
    for (const i of n.inputs) if (i && !g.initializers.has(i)) lastUse.set(i, k);
  });
  for (const o of g.outputs) lastUse.delete(o.name);
  // Activations live while the walk goes (docs/conventions.md, "Memory"): each node's outputs
  // join the live set as it runs and leave it after their last reader; constants never join.
  const live = new LiveSet<string>();
  const activation = (name: string) => {
    const v = values.get(name);
    if (v === undefined || v === UNKNOWN || v.constant || v.opaque) return;
    live.add(name, tensorBytes(v.shape, v.dtype === 'unknown' ? 'float32' : v.dtype));
  };
  for (const v of graphInputs) activation(v.name);
  for (let k = 0; k < order.length; k++) {
    const n = order[k];
    const p = walk.begin(n);
    if (p) {
      if (p.reads.length || p.attrReads.length) await walk.read(p, reader);
      walk.finish(p);
    }
    for (const o of n.outputs) if (o) activation(o);
    walk.rows[k]!.activation_bytes = live.current;
    for (const i of n.inputs) {
      if (i && lastUse.get(i) === k) {
        values.delete(i);
        live.drop(i);
      }
    }
    // An output nothing reads (an RNN's unused final state) lives during its own step only.
    for (const o of n.outputs) if (o && !lastUse.has(o) && !graphOutputs.has(o)) live.drop(o);
  }
  const rows = walk.rows;

  const report = buildModelReport(
    {
      name: opts.name ?? basename(file),
      path: file,
      format: 'onnx',
      convention: opts.convention ?? DEFAULTS.convention,
      batch_size: bound.batch,
      // Without the batch dimension, as every format reports them (and as --input-shape takes them).
      input_shapes: bound.shapes.map((s) => s.slice(1)),
      ...producerOf(model),
      weights_by_dtype: walk.ledger.byDtype,
    },
    rows,
  );
  const outputShapes = g.outputs.map((o) => {
    const v = values.get(o.name);
    return v === undefined || v === UNKNOWN || v.opaque ? undefined : [...v.shape];
  });
  return { report, outputShapes };
}
