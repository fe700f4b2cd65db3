/**
 * The walk over a TFLite model: the main subgraph's operators in their stored (execution)
 * order, each measured by its adapter (ops/), shapes propagated from the bound inputs rather
 * than read from the file (a model converted with an open batch stores placeholder 1s).
 * A WHILE loop's body is walked once and counted once per trip; a Flex op is costed as the
 * TF op it carries (src/tf/ops). Weights are never read: the few integer constants a shape
 * or a loop bound needs are, each bounded.
 */
import { basename } from 'node:path';
import { scaleCounts } from '../core/counts.js';
import { OpError, Refusal } from '../core/errors.js';
import { checkShape, isFloat, size } from '../core/tensor.js';
import { FlopgateError } from '../errors.js';
import type { FlatBuffer } from '../containers/flatbuffer.js';
import { bindInputs } from '../onnx/inputs.js';
import { DEFAULTS, type AnalyzeOptions } from '../options.js';
import { buildModelReport, type LayerRow } from '../report/build.js';
import { elementsBytes, liveBytes, tally, tensorBytes } from '../report/memory.js';
import type { ModelReport, Shape } from '../report/types.js';
import { KerasParamLedger, type WeightRole } from '../tf/keras-params.js';
import { flexNode, flexRule } from './flex.js';
import { LIMITS, type TfliteModel, type TfliteOperator, type TfliteSubgraph, type TfliteTensor } from './ir.js';
import { ruleFor } from './ops/index.js';
import { OpCtx, type Outcome, type TfliteRule, type TVal } from './ops/types.js';
import { tripCount } from './loops.js';
import { quantizationOf } from './quantization.js';

const UNKNOWN = Symbol('unknown shape');
type Slot = TVal | typeof UNKNOWN;

/** Constants folded with their values when this small (shape arithmetic). */
const FOLD_ELEMENTS = 1024;
/** Loops nested deeper than this are a fault, not a model. */
const MAX_DEPTH = 16;

const POLICY_NOTE = 'its cost is unknown (unknown: warn counts it as 0 and marks the total as a lower bound)';

/** A tensor's name as a row name: the first of the TF ops a fused tensor is named after. */
const rowName = (t: TfliteTensor | undefined, op: TfliteOperator) => (t?.name.split(';')[0] || `${op.type}_${op.index}`);

/** The stored shape, when the file fixes every dimension of it. */
function declared(t: TfliteTensor): number[] | undefined {
  return t.signature && t.signature.some((d) => d < 0) ? undefined : t.shape;
}

/** Whether a stored constant of this tensor can be a weight: float, or quantized (int8 kernels, int32 biases). */
const weightType = (t: TfliteTensor) => isFloat(t.dtype) || t.quant !== undefined;

function roleOf(op: TfliteOperator, i: number, rule: TfliteRule): WeightRole {
  if (/^(CONV|DEPTHWISE|FULLY|TRANSPOSE_CONV)/.test(op.type)) return (op.type === 'TRANSPOSE_CONV' ? i === 3 : i === 2) ? 'bias' : 'kernel';
  return rule.free || op.type === 'BATCH_MATMUL' ? 'kernel' : 'elementwise';
}

class Walk {
  readonly rows: LayerRow[] = [];
  readonly ledger = new KerasParamLedger();
  /** The row of each operator of the main subgraph (a loop's body rows follow its own). */
  readonly rowOf = new Map<TfliteOperator, number>();
  /** Weight bytes by the dtype each weight is stored in (int8 kernels, float16 weights, int32 biases). */
  readonly weightsByDtype: Record<string, bigint> = {};
  /** Outputs of a multiplication that applied an unfolded batch normalisation: its key. */
  private readonly normOutputs = new Map<string, string>();
  readonly policy: NonNullable<AnalyzeOptions['unknown']>;
  private readonly active = new Set<number>();

  constructor(
    readonly model: TfliteModel,
    readonly fb: FlatBuffer,
    readonly file: string,
    opts: AnalyzeOptions,
  ) {
    this.policy = opts.unknown ?? DEFAULTS.unknown;
  }

  fail(msg: string): never {
    throw new FlopgateError(`${this.file}: ${msg}`);
  }

  /** A stored constant's values, when it is small enough to be shape data. */
  async valuesOf(t: TfliteTensor): Promise<number[] | undefined> {
    const ref = this.model.buffers[t.buffer];
    if (!ref || size(t.shape) > FOLD_ELEMENTS) return undefined;
    const width = t.dtype === 'int64' || t.dtype === 'float64' ? 8 : t.dtype === 'int32' || t.dtype === 'float32' ? 4 : t.dtype === 'int8' || t.dtype === 'uint8' || t.dtype === 'bool' ? 1 : 0;
    if (!width) return undefined;
    const n = size(t.shape);
    if (ref.length < n * width || n * width > LIMITS.valueBytes) this.fail(`tensor "${t.name}" has ${ref.length} bytes of data for ${n} ${t.typeName} values`);
    const b = await this.fb.raw(ref.start, n * width, `the values of tensor "${t.name}"`);
    const d = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      if (t.dtype === 'int64') out.push(Number(d.getBigInt64(8 * i, true)));
      else if (t.dtype === 'float64') out.push(d.getFloat64(8 * i, true));
      else if (t.dtype === 'int32') out.push(d.getInt32(4 * i, true));
      else if (t.dtype === 'float32') out.push(d.getFloat32(4 * i, true));
      else if (t.dtype === 'int8') out.push(d.getInt8(i));
      else out.push(d.getUint8(i));
    }
    return out;
  }

  /** The values every stored constant of a subgraph starts with (shape, type; data not read). */
  constants(sg: TfliteSubgraph): Map<number, Slot> {
    const values = new Map<number, Slot>();
    for (const t of sg.tensors) {
      if (!this.model.buffers[t.buffer]) continue;
      values.set(t.index, { shape: this.storedShape(t), dtype: t.dtype, constant: true, buffer: t.buffer, tensor: t, values: undefined });
    }
    return values;
  }

  /** A stored tensor's shape as the file declares it: one too large is the file's fault, not an op's. */
  private storedShape(t: TfliteSubgraph['tensors'][number]): number[] {
    try {
      return checkShape(t.shape, `tensor "${t.name}"`);
    } catch (e) {
      if (e instanceof OpError) this.fail(e.message);
      throw e;
    }
  }

  unknownRow(row: LayerRow, note: string): void {
    row.unknown = true;
    row.note = note;
  }

  /** Walks `sg` with `values` bound; rows go to `rows`. */
  async walk(sg: TfliteSubgraph, values: Map<number, Slot>, rows: LayerRow[], depth: number): Promise<void> {
    if (depth > MAX_DEPTH) this.fail(`loops nested more than ${MAX_DEPTH} deep`);
    if (this.active.has(sg.index)) this.fail(`subgraph ${sg.index} ("${sg.name}") runs itself: a cycle of loops`);
    this.active.add(sg.index);
    try {
      for (const op of sg.operators) await this.step(sg, op, values, rows, depth);
    } finally {
      this.active.delete(sg.index);
    }
  }

  private declaredOuts(sg: TfliteSubgraph, op: TfliteOperator, values: Map<number, Slot>): void {
    for (const o of op.outputs) {
      if (o < 0) continue;
      const d = declared(sg.tensors[o]);
      values.set(o, d ? { shape: d, dtype: sg.tensors[o].dtype, values: undefined } : UNKNOWN);
    }
  }

  private async step(sg: TfliteSubgraph, op: TfliteOperator, values: Map<number, Slot>, rows: LayerRow[], depth: number): Promise<void> {
    const first = op.outputs[0] !== undefined && op.outputs[0] >= 0 ? sg.tensors[op.outputs[0]] : undefined;
    const inputs: (TVal | undefined)[] = [];
    let blocked = false;
    for (const i of op.inputs) {
      const s = i < 0 ? undefined : values.get(i);
      if (i >= 0 && s === undefined) this.fail(`${sg.name || 'subgraph'} operator ${op.index} (${op.type}) reads tensor ${i} ("${sg.tensors[i].name}") before any operator writes it`);
      if (s === UNKNOWN) blocked = true;
      inputs.push(s === UNKNOWN ? undefined : s);
    }
    const row: LayerRow = {
      name: rowName(first, op),
      type: op.type,
      input_shape: inputs.filter((v) => v && !v.constant).map((v) => [...v!.shape]) as Shape[],
      output_shape: [],
      ops: {},
      params: 0n,
      trainable_params: 0n,
    };
    if (Array.isArray(row.input_shape) && row.input_shape.length === 1) row.input_shape = row.input_shape[0] as Shape;
    rows.push(row);
    if (depth === 0) this.rowOf.set(op, rows.length - 1);

    if (op.type === 'WHILE') return this.loop(op, inputs, values, rows, row, depth, blocked);
    const flex = op.custom?.startsWith('Flex') ? await flexNode(op, this.file) : undefined;
    const rule = flex ? flexRule(flex) : op.custom !== undefined ? undefined : ruleFor(op.type);
    if (!rule) {
      const what = flex ? `TF op ${flex.op} (Flex op "${op.custom}")` : op.custom !== undefined ? `custom op "${op.custom}"` : `TFLite op ${op.type}`;
      if (this.policy === 'error') this.fail(`unsupported ${what} at operator ${op.index} ("${row.name}"); ${POLICY_NOTE}`);
      this.unknownRow(row, `unsupported ${what}, counted as 0`);
      this.declaredOuts(sg, op, values);
      return;
    }
    this.takeParams(sg, op, inputs, rule, row);
    const allConstant = inputs.every((v, k) => (op.inputs[k] < 0 ? true : v?.constant === true));
    if (blocked) return this.settleBlocked(sg, op, rule, values, row, 'an input shape is only known at run time');
    for (let k = 0; k < inputs.length; k++) {
      const v = inputs[k];
      if (!v || v.values !== undefined || !v.tensor) continue;
      // Small integer constants are shape data more often than not (a PACK of a batch size
      // and a width): their values go along so that shape arithmetic folds.
      const shapeData = !isFloat(v.dtype) && v.tensor.quant === undefined && size(v.shape) <= 64;
      if (rule.reads?.includes(k) || shapeData || (allConstant && size(v.shape) <= FOLD_ELEMENTS)) {
        const vals = await this.valuesOf(v.tensor);
        if (vals) inputs[k] = { ...v, values: vals };
      }
    }
    const ctx = new OpCtx(op, inputs, op.outputs.map((o) => (o >= 0 ? declared(sg.tensors[o]) : undefined)), op.outputs.map((o) => (o >= 0 ? sg.tensors[o].dtype : undefined)));
    let res: Outcome;
    try {
      res = rule.infer(ctx);
    } catch (e) {
      if (e instanceof OpError) this.fail(`operator ${op.index} ${op.type} ("${row.name}"): ${e.message}`);
      if (!(e instanceof Refusal)) throw e;
      return this.settleBlocked(sg, op, rule, values, row, e.why);
    }
    const shapes: Shape[] = [];
    op.outputs.forEach((o, k) => {
      if (o < 0) return;
      const out = res.outputs[k];
      if (!out) this.fail(`operator ${op.index} ${op.type} ("${row.name}"): output ${k} has no inferred shape`);
      // Spread: a Flex op's TensorList keeps what it knows of its elements.
      const v: TVal = { ...out, dtype: sg.tensors[o].dtype === 'unknown' ? out.dtype : sg.tensors[o].dtype, constant: allConstant || undefined };
      // A stored weight dequantized at load (float16, int8) is that weight.
      const src = inputs[0];
      if (op.type === 'DEQUANTIZE' && src?.tensor && src.buffer !== undefined) Object.assign(v, { tensor: src.tensor, buffer: src.buffer });
      values.set(o, v);
      shapes.push([...out.shape]);
    });
    row.output_shape = shapes.length === 1 ? shapes[0] : shapes;
    if (allConstant) row.note = 'constant: computed once when the model loads, not per inference';
    else row.ops = res.counts;
  }

  /**
   * An op whose input shapes or values are only known at run time (a slice sized by a loop
   * counter): one that only moves data costs nothing and takes the shapes the file declares;
   * one with arithmetic falls under the unknown policy.
   */
  private settleBlocked(sg: TfliteSubgraph, op: TfliteOperator, rule: TfliteRule, values: Map<number, Slot>, row: LayerRow, why: string): void {
    this.declaredOuts(sg, op, values);
    const outs = op.outputs.filter((o) => o >= 0).map((o) => values.get(o));
    row.output_shape = outs.map((v) => (v && v !== UNKNOWN ? [...v.shape] : [])) as Shape[];
    if (outs.length === 1) row.output_shape = row.output_shape[0] as Shape;
    if (rule.free) {
      row.note = `${why}: moves data only, output shape as the file declares it`;
      return;
    }
    if (this.policy === 'error') this.fail(`cannot measure operator ${op.index} ${op.type} ("${row.name}"): ${why}; ${POLICY_NOTE}`);
    this.unknownRow(row, `not measured: ${why}; counted as 0`);
  }

  /**
   * Stored weights the op is the first to use (keras-params.ts decides what each is worth). A
   * DEQUANTIZE of a stored float16 weight passes it on: its reader counts it, in its role.
   */
  private takeParams(sg: TfliteSubgraph, op: TfliteOperator, inputs: (TVal | undefined)[], rule: TfliteRule, row: LayerRow): void {
    if (op.type === 'DEQUANTIZE') return;
    const notes: string[] = [];
    const after = op.type === 'ADD' || op.type === 'SUB' ? op.inputs.map((i) => this.normOutputs.get(`${sg.index}:${i}`)).find((k) => k !== undefined) : undefined;
    for (const k of rule.weights ?? []) {
      const v = inputs[k];
      if (!v?.tensor || v.buffer === undefined || !weightType(v.tensor)) continue;
      const t = this.ledger.take(`b${v.buffer}`, v.tensor.name, v.shape, roleOf(op, k, rule), after);
      row.params += t.params;
      row.trainable_params += t.params;
      const b = elementsBytes(t.params, v.tensor.dtype);
      row.weights_bytes = (row.weights_bytes ?? 0n) + b;
      tally(this.weightsByDtype, v.tensor.dtype, b);
      if (t.note) notes.push(t.note);
      if (t.bn !== undefined && op.type === 'MUL' && op.outputs[0] >= 0) this.normOutputs.set(`${sg.index}:${op.outputs[0]}`, t.bn);
    }
    if (notes.length) row.note = notes.join('; ');
  }

  /**
   * WHILE (WhileOptions: cond_subgraph_index 0, body_subgraph_index 1): the body is walked once
   * on the loop variables' shapes and counted once per trip, the condition once per test
   * (trips + 1); the trip count comes from the loop's constants (loops.ts).
   */
  private async loop(op: TfliteOperator, inputs: (TVal | undefined)[], values: Map<number, Slot>, rows: LayerRow[], row: LayerRow, depth: number, blocked: boolean): Promise<void> {
    const opt = new OpCtx(op, [], []).opt;
    const cond = this.model.subgraphs[opt.i32(0, -1)];
    const body = this.model.subgraphs[opt.i32(1, -1)];
    if (!cond || !body) this.fail(`WHILE operator ${op.index} ("${row.name}") names subgraphs ${opt.i32(0, -1)} and ${opt.i32(1, -1)}; the model has ${this.model.subgraphs.length}`);
    if (cond.inputs.length !== op.inputs.length || body.inputs.length !== op.inputs.length || body.outputs.length !== op.inputs.length) {
      this.fail(`WHILE operator ${op.index} ("${row.name}"): its ${op.inputs.length} loop variables do not match its condition's ${cond.inputs.length} inputs or its body's ${body.inputs.length} inputs and ${body.outputs.length} outputs`);
    }
    const trips = blocked ? undefined : await tripCount(this, op, inputs, cond, body);
    const loopVars = (target: TfliteSubgraph): Map<number, Slot> => {
      const m = this.constants(target);
      target.inputs.forEach((t, k) => {
        const v = inputs[k];
        // A loop variable the body passes on unchanged is the same on every trip (a weight
        // the converter hoisted out of the loop); any other changes: its shape is known,
        // its values are not.
        const invariant = body.outputs[k] === body.inputs[k];
        m.set(t, v ? (invariant ? v : { ...v, values: undefined, constant: undefined, tensor: undefined, buffer: undefined }) : UNKNOWN);
      });
      return m;
    };
    const bodyRows: LayerRow[] = [];
    const bodyValues = loopVars(body);
    await this.walk(body, bodyValues, bodyRows, depth + 1);
    const condRows: LayerRow[] = [];
    await this.walk(cond, loopVars(cond), condRows, depth + 1);
    op.outputs.forEach((o, k) => {
      if (o >= 0) values.set(o, bodyValues.get(body.outputs[k]) ?? UNKNOWN);
    });
    const outs = op.outputs.filter((o) => o >= 0).map((o) => values.get(o));
    row.output_shape = outs.map((v) => (v && v !== UNKNOWN ? [...v.shape] : [])) as Shape[];
    if (trips === undefined || trips instanceof Refusal) {
      const why = trips instanceof Refusal ? trips.why : 'the loop variables are only known at run time';
      if (this.policy === 'error') this.fail(`cannot measure WHILE operator ${op.index} ("${row.name}"): ${why}; ${POLICY_NOTE}`);
      this.unknownRow(row, `not measured: ${why}; its body counted as 0`);
      for (const r of [...bodyRows, ...condRows]) rows.push({ ...r, name: `${row.name}/${r.name}`, ops: {} });
      return;
    }
    row.note = `runs its body ${trips} times (the trip count from the loop's constants)`;
    const scale = (rs: LayerRow[], times: bigint, what: string) => {
      for (const r of rs) {
        rows.push({ ...r, name: `${row.name}/${r.name}`, ops: scaleCounts(r.ops, times), note: `${what} x ${times}${r.note ? `; ${r.note}` : ''}` });
      }
    };
    scale(bodyRows, BigInt(trips), 'loop body');
    scale(condRows, BigInt(trips + 1), 'loop condition');
  }
}

/** The report's quantization and the model's input bindings, then the walk. */
export async function analyzeTfliteModel(model: TfliteModel, fb: FlatBuffer, file: string, opts: AnalyzeOptions): Promise<ModelReport> {
  const main = model.subgraphs[0];
  if (main.operators.length === 0) throw new FlopgateError(`${file}: the main subgraph has no operators: nothing to measure`);
  const walk = new Walk(model, fb, file, opts);
  const graphInputs = main.inputs.filter((i) => !model.buffers[main.tensors[i].buffer]);
  const infos = graphInputs.map((i) => {
    const t = main.tensors[i];
    const dims = (t.signature ?? t.shape).map((d) => (d < 0 ? null : d));
    return { name: t.name, kind: 'tensor' as const, elemType: 0, dims };
  });
  const bound = bindInputs(file, infos, opts);
  const values = walk.constants(main);
  graphInputs.forEach((i, k) => values.set(i, { shape: bound.shapes[k], dtype: main.tensors[i].dtype, values: undefined }));
  await walk.walk(main, values, walk.rows, 0);
  // Activations live while the main subgraph runs (docs/conventions.md, "Memory"), at its
  // operators' inferred shapes; a loop is one step, its body's tensors its own temporaries.
  const steps = main.operators.map((op) => ({ reads: op.inputs.filter((i) => i >= 0), writes: op.outputs.filter((o) => o >= 0) }));
  const sizeOf = (t: number): bigint | undefined => {
    const v = values.get(t);
    if (v === undefined || v === UNKNOWN || v.constant) return undefined;
    return tensorBytes(v.shape, v.dtype === 'unknown' ? 'float32' : v.dtype);
  };
  liveBytes(steps, sizeOf, main.outputs).forEach((b, k) => {
    const at = walk.rowOf.get(main.operators[k]);
    if (at !== undefined) walk.rows[at].activation_bytes = b;
  });
  const quantization = quantizationOf(model);
  return buildModelReport(
    {
      name: opts.name ?? basename(file),
      path: file,
      format: 'tflite',
      convention: opts.convention ?? DEFAULTS.convention,
      batch_size: bound.batch,
      input_shapes: bound.shapes.map((s) => s.slice(1)),
      ...(quantization ? { quantization } : {}),
      weights_by_dtype: walk.weightsByDtype,
    },
    walk.rows,
  );
}

/** What loops.ts needs of the walk: a constant tensor's values. */
export type ValueSource = Pick<Walk, 'valuesOf'>;
