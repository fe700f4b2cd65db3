import { basename } from 'node:path';
import { atReaderBoundary, FlopgateError } from '../errors.js';
import type { ByteSource } from '../io/byte-source.js';
import { PagedReader } from '../io/paged-reader.js';
import type { WireReader } from '../containers/protobuf.js';
import { DEFAULTS, type AnalyzeOptions } from '../options.js';
import { buildModelReport, type LayerRow } from '../report/build.js';
import type { ModelReport, Shape } from '../report/types.js';
import { OpError, Refusal } from '../core/errors.js';
import { coreDType, isParameterType } from './dtypes.js';
import { topoOrder } from './graph.js';
import { bindInputs } from './inputs.js';
import { readModel } from './decode.js';
import { isDefaultDomain, type OnnxModel, type OnnxNode, type ValueInfo } from './ir.js';
import { ruleFor } from './ops/index.js';
import { refusedReason } from './ops/refused.js';
import { NodeCtx, type Result, type Val } from './ops/types.js';
import { isIdentityOfParam, ParamLedger } from './params.js';
import { loadTensorData } from './tensor-data.js';
import { MAX_FOLD } from '../core/tensor.js';
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

const UNKNOWN_POLICY = 'its cost is unknown (unknown: warn counts it as 0 and marks the total as a lower bound)';

/** An op without a rule; `why`: what else stands in the way; ops refused on purpose bring their own reason. */
function unsupported(file: string, m: OnnxModel, n: OnnxNode, why = ''): FlopgateError {
  const reason = refusedReason(n.domain, n.opType);
  if (!why && reason) why = `: ${reason}`;
  return new FlopgateError(`${file}: unsupported ${opDescription(m, n)}${why}; ${UNKNOWN_POLICY}`);
}

/** An op with a rule that cannot measure this node exactly (its shape or cost depends on run-time values). */
function unmeasurable(file: string, m: OnnxModel, n: OnnxNode, why: string): FlopgateError {
  return new FlopgateError(`${file}: cannot measure ${opDescription(m, n)}: ${why}; ${UNKNOWN_POLICY}`);
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

/** Measures a decoded ONNX graph; `reader` reads the few tensor values shape arithmetic needs. */
export async function analyzeOnnxModel(model: OnnxModel, reader: WireReader, file: string, opts: AnalyzeOptions): Promise<OnnxAnalysis> {
  const g = model.graph;
  const policy = opts.unknown ?? DEFAULTS.unknown;
  // A file without opset_import predates it: operator set 1.
  const opset = model.opsets.get('') ?? 1;
  if (g.nodes.length === 0) throw new FlopgateError(`${file}: the ONNX graph has no nodes: nothing to measure`);
  const order = topoOrder(file, g);
  if (policy === 'error') {
    for (const n of order) if (!ruleFor(n.domain, n.opType)) throw unsupported(file, model, n);
  }

  const graphInputs = g.inputs.filter((v) => !g.initializers.has(v.name));
  const bound = bindInputs(file, graphInputs, opts.inputShapes, opts.batchSize);
  const values = new Map<string, Slot>();
  for (const [name, t] of g.initializers) {
    values.set(name, { shape: t.dims, dtype: coreDType(t.dataType), constant: true, ref: t, param: isParameterType(t.dataType) ? name : undefined });
  }
  graphInputs.forEach((v, k) => values.set(v.name, { shape: bound.shapes[k], dtype: coreDType(v.elemType), opaque: v.kind !== 'tensor' }));
  const declared = new Map<string, number[]>();
  for (const v of [...g.valueInfo.values(), ...g.outputs]) {
    const d = staticDims(v, bound.symbols);
    if (d) declared.set(v.name, d);
  }

  const ensureData = async (v: Val | undefined, max = MAX_FOLD): Promise<void> => {
    if (!v || v.values !== undefined || !v.ref || v.ref.elements > max) return;
    v.values = await loadTensorData(reader, v.ref);
  };

  const ledger = new ParamLedger(model);
  const rows: LayerRow[] = [];
  for (const n of order) {
    const slots = n.inputs.map((i) => (i ? values.get(i) : undefined));
    const inputs = slots.map((s) => (s === UNKNOWN ? undefined : s));
    const shapeOf = (s: Slot | undefined): Shape => (s === undefined || s === UNKNOWN ? [] : [...s.shape]);
    const dataIn = slots.filter((s, i) => s !== undefined && !(s !== UNKNOWN && s.param && i > 0));
    const row: LayerRow = {
      name: rowName(n),
      type: typeName(n),
      input_shape: dataIn.length === 1 ? shapeOf(dataIn[0]) : dataIn.map(shapeOf),
      output_shape: [],
      ops: {},
      params: 0n,
      trainable_params: 0n,
    };
    rows.push(row);

    const rule = ruleFor(n.domain, n.opType);
    const identityOfParam = isIdentityOfParam(n, inputs);
    // onnxruntime's quantize_dynamic multiplies the run-time input scale by the weight's scale
    // in a plain Mul: that weight scale, and the product, are quantization metadata too.
    const scaleProduct = n.opType === 'Mul' && isDefaultDomain(n.domain) && inputs.some((v) => v?.scale) && inputs.every((v) => v?.scale || v?.constant);
    // Scales and zero points of quantized ops are not weights of the network.
    const metadata = scaleProduct ? inputs.flatMap((v, i) => (v?.param ? [i] : [])) : rule?.metadata?.({ nIn: n.inputs.length }) ?? [];
    const taken = ledger.take(n, inputs, new Set(metadata));
    row.params = taken.params;
    row.trainable_params = taken.trainable;

    /** Under `unknown: warn`: 0 ops, outputs as the file declares them (else unknown downstream). */
    const unknownRow = (note: string) => {
      row.unknown = true;
      row.note = note;
      const outs = n.outputs.map((o) => declared.get(o));
      n.outputs.forEach((o, k) => {
        if (!o) return;
        const d = outs[k];
        values.set(o, d ? { shape: d, dtype: 'unknown' } : UNKNOWN);
      });
      row.output_shape = outs.length === 1 ? outs[0] ?? [] : outs.map((d) => d ?? []);
    };

    const opaque = n.opType === 'Identity' ? undefined : inputs.findIndex((v) => v?.opaque);
    if (opaque !== undefined && opaque >= 0 && policy === 'error') {
      throw unsupported(file, model, n, ` on input "${n.inputs[opaque]}", a sequence, map or optional rather than a tensor`);
    }
    const blocked = slots.some((s) => s === UNKNOWN) || (opaque !== undefined && opaque >= 0);
    if (!rule || blocked) {
      const reason = refusedReason(n.domain, n.opType);
      unknownRow(rule ? 'input unknown: it follows an unsupported op or is not a tensor'
        : `unsupported op (domain ${n.domain || 'ai.onnx'}${reason ? `; ${reason}` : ''}), counted as 0`);
      continue;
    }

    const attrValues = new Map<string, number[]>();
    for (const a of n.attrs) {
      if (a.t && a.t.elements <= ATTR_PRELOAD) {
        const d = await loadTensorData(reader, a.t);
        if (d) attrValues.set(a.name, d);
      }
    }
    const ctx = new NodeCtx(file, n, isDefaultDomain(n.domain) ? opset : model.opsets.get(n.domain) ?? 1, inputs, n.outputs.map((o) => declared.get(o)), attrValues);
    const present = inputs.filter((v): v is Val => v !== undefined);
    // A random draw differs at every run, whatever its inputs: it never folds.
    const allConstant = !rule.volatile && present.every((v) => v.constant) && n.inputs.every((name, i) => !name || inputs[i]);
    for (const i of rule.reads?.(ctx) ?? []) await ensureData(inputs[i]);
    // Folding a node of constants reads only small ones: a Transpose of a weight is weights.
    if (allConstant) for (const v of present) await ensureData(v, FOLD_READ);

    let res: Result;
    try {
      res = rule.infer(ctx);
    } catch (e) {
      // The core's rules know no names: say which node of which file is at fault.
      if (e instanceof OpError) throw new FlopgateError(`${file}: ${ctx.label}: ${e.message}`);
      if (!(e instanceof Refusal)) throw e;
      if (policy === 'error') throw unmeasurable(file, model, n, e.why);
      unknownRow(`not measured: ${e.why}; counted as 0`);
      continue;
    }
    n.outputs.forEach((o, k) => {
      if (!o) return;
      const v = res.outputs[k];
      if (!v) ctx.fail(`output ${k} ("${o}") has no inferred shape`);
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
      values.set(o, v);
    });
    const outShapes = n.outputs.flatMap((o, k) => (o ? [[...res.outputs[k].shape]] : []));
    row.output_shape = outShapes.length === 1 ? outShapes[0] : outShapes;
    if (allConstant && !identityOfParam) {
      row.note = 'constant: computed once when the model loads, not per inference';
    } else {
      row.ops = res.ops;
      if (res.note) row.note = res.note;
      if (ctx.usedDeclared) row.note = 'output shape as declared in the file: it depends on values only known at run time';
    }
    if (taken.note) row.note = taken.note;
  }

  const report = buildModelReport(
    {
      name: opts.name ?? basename(file),
      path: file,
      format: 'onnx',
      convention: opts.convention ?? DEFAULTS.convention,
      batch_size: bound.batch,
      input_shapes: bound.shapes,
    },
    rows,
  );
  const outputShapes = g.outputs.map((o) => {
    const v = values.get(o.name);
    return v === undefined || v === UNKNOWN || v.opaque ? undefined : [...v.shape];
  });
  return { report, outputShapes };
}
