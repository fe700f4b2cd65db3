/**
 * The walk over a TF graph (a SavedModel's serving function, a TF.js graph model): from the
 * outputs back to what they need, each node measured by its op's adapter (ops/), function
 * calls followed into the library (arguments by position), a While's body counted once per
 * trip, the TF1 loop frames a converter lowers loops to likewise (frames.ts). Weights are
 * variables (a SavedModel: their shapes from the graph's variable ops) or constants (a graph
 * model: their shapes from the weights manifest); neither is read, only the few small integer
 * constants shapes need.
 */
import { basename, dirname, resolve } from 'node:path';
import { scaleCounts } from '../core/counts.js';
import { OpError, Refusal } from '../core/errors.js';
import { checkShape, isFloat, size, type DType } from '../core/tensor.js';
import { FlopgateError } from '../errors.js';
import type { LayerRow } from '../report/build.js';
import type { Shape } from '../report/types.js';
import { elementsBytes, tally } from '../report/memory.js';
import { bindInputs, type BoundInputs, type InputOptions } from '../onnx/inputs.js';
import { KerasParamLedger } from './keras-params.js';
import { LIMITS, TF_DTYPES, type Signature, type TfFunction, type TfNode } from './ir.js';
import { tfRuleFor } from './ops/index.js';
import { isPass } from './ops/simple.js';
import { TfCtx, type Outcome, type TfRule, type TfVal } from './ops/types.js';
import { whileTrips } from './loops.js';
import { framesOf, isFrameOp } from './frames.js';

const POLICY_NOTE = 'its cost is unknown (unknown: warn counts it as 0 and marks the total as a lower bound)';

/** Outputs of ops with several output args, in order (for a function's "node:arg:index" references). */
const OUTPUT_ARGS: Record<string, string[]> = {
  FusedBatchNorm: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
  FusedBatchNormV2: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
  FusedBatchNormV3: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2', 'reserve_space_3'],
  TopKV2: ['values', 'indices'],
  Unique: ['y', 'idx'],
  Switch: ['output_false', 'output_true'],
  Merge: ['output', 'value_index'],
};

/** Nodes that only wire the graph: no row of their own. */
const PLUMBING = new Set(['Const', 'Placeholder', 'PlaceholderWithDefault', 'VarHandleOp', 'ReadVariableOp', 'Identity', 'IdentityN', 'NoOp', 'StopGradient']);

/** How stored weights count: a SavedModel's variables exactly; a converter's constants as Keras would (keras-params.ts). */
export type ParamMode = 'variables' | 'constants';

/** What the walk needs from its format: weights' values (small integer ones) and identity. */
export interface ConstSource {
  /** A Const node's value: shape, type, values when small enough to read; `param` when it is a stored weight. */
  constant(node: TfNode, scope: string): Promise<TfVal>;
}

/** One function body (or the top-level graph) being evaluated. */
interface Scope {
  /** Prefix that makes constant names unique per function (graph models rename them so). */
  name: string;
  fn?: TfFunction;
  byName: Map<string, TfNode>;
  args: Map<string, TfVal>;
  values: Map<string, TfVal[]>;
}

/**
 * A model stored as a fixed file name in its own directory (saved_model.pb, model.json) is
 * named by the directory, resolved so that `model.json` in the current directory is not ".".
 */
export function directoryName(file: string, inner: string): string {
  return basename(file) === inner ? basename(resolve(dirname(file))) || basename(file) : basename(file);
}

/**
 * Binds a signature's inputs (placeholders named "node:0") to the shapes the options give or
 * the placeholders declare, as ONNX inputs are bound, and sets them as the scope's arguments.
 */
export function bindSignatureInputs(file: string, top: Scope, inputs: Signature['inputs'], opts: InputOptions): BoundInputs {
  const names = inputs.map((i) => i.tensor.replace(/:\d+$/, ''));
  const infos = inputs.map((i, k) => {
    const node = top.byName.get(names[k]);
    if (!node) throw new FlopgateError(`${file}: signature input "${i.key}" names "${i.tensor}", which the graph does not have`);
    const s = node.attrs.get('shape');
    const dims = i.dims ?? (s?.kind === 'shape' ? s.dims : undefined);
    return { name: i.key, kind: 'tensor' as const, elemType: 0, ...(dims ? { dims: dims.map((d) => (d < 0 ? null : d)) } : {}) };
  });
  const bound = bindInputs(file, infos, opts);
  names.forEach((p, k) => {
    const dt = top.byName.get(p)!.attrs.get('dtype');
    top.args.set(p, { shape: bound.shapes[k], dtype: dt?.kind === 'type' ? TF_DTYPES[dt.type] ?? 'float32' : 'float32', values: undefined });
  });
  return bound;
}

/** What SavedModels and graph models report instead of a peak-activation figure. */
// Their ops run inside function calls and loop frames, which the activation walk does not follow.
export const NOT_MEASURED = 'not measured yet for SavedModels and TF.js graph models';

export class TfWalk {
  readonly rows: LayerRow[] = [];
  readonly ledger = new KerasParamLedger();
  /** Weight bytes by the dtype each variable or constant is stored in. */
  readonly weightsByDtype: Record<string, bigint> = {};
  private readonly counted = new Set<string>();
  private readonly calls: string[] = [];
  private readonly normOutputs = new Map<TfVal, string>();

  constructor(
    readonly file: string,
    readonly functions: Map<string, TfFunction>,
    readonly consts: ConstSource,
    readonly mode: ParamMode,
    readonly policy: 'error' | 'warn',
  ) {}

  fail(msg: string): never {
    throw new FlopgateError(`${this.file}: ${msg}`);
  }

  /** A scope over `nodes`, with function arguments bound. */
  scope(name: string, nodes: TfNode[], fn?: TfFunction, args?: TfVal[]): Scope {
    const byName = new Map<string, TfNode>();
    for (const n of nodes) {
      if (byName.has(n.name)) this.fail(`${fn ? `function "${fn.name}"` : 'the graph'} has two nodes named "${n.name}"`);
      byName.set(n.name, n);
    }
    const a = new Map<string, TfVal>();
    fn?.inputs.forEach((arg, i) => a.set(arg, args![i]));
    return { name, fn, byName, args: a, values: new Map() };
  }

  /** A reference's node name and output index; an argument's name and -1. */
  private parse(s: Scope, ref: string): { node: string; index: number } {
    if (s.fn) {
      if (s.args.has(ref)) return { node: ref, index: -1 };
      const parts = ref.split(':');
      if (parts.length === 3) {
        const n = s.byName.get(parts[0]);
        const k = Number(parts[2]);
        if (!n || !Number.isSafeInteger(k)) this.fail(`function "${s.fn.name}" refers to "${ref}", which it does not define`);
        return { node: parts[0], index: this.outputOffset(n, parts[1]) + k };
      }
      if (parts.length === 1 && s.byName.has(ref)) return { node: ref, index: 0 };
      this.fail(`function "${s.fn.name}" refers to "${ref}", which it does not define`);
    }
    const m = /^(.*?)(?::(\d+))?$/.exec(ref)!;
    return { node: m[1], index: m[2] === undefined ? 0 : Number(m[2]) };
  }

  /** Where output arg `arg` of node `n` starts among its flattened outputs. */
  private outputOffset(n: TfNode, arg: string): number {
    const callee = this.callee(n);
    const names = callee ? callee.outputs : OUTPUT_ARGS[n.op];
    if (!names) return 0;
    const i = names.indexOf(arg);
    if (i < 0) return 0;
    if (callee) return i;
    return i;
  }

  /** The library function a node calls, if it is a call. */
  callee(n: TfNode): TfFunction | undefined {
    if (n.op === 'StatefulPartitionedCall' || n.op === 'PartitionedCall') {
      const f = n.attrs.get('f');
      const name = f?.kind === 'func' ? f.name : undefined;
      const fn = name === undefined ? undefined : this.functions.get(name);
      if (!fn) this.fail(`node "${n.name}" calls function "${name ?? '?'}", which the library does not have`);
      return fn;
    }
    return this.functions.get(n.op);
  }

  /**
   * The nodes `targets` need, dependencies first. Iterative (graphs run to tens of thousands
   * of nodes); a cycle is a fault, except the back edge a lowered loop's NextIteration makes
   * into its Merge.
   */
  order(s: Scope, targets: string[]): TfNode[] {
    const state = new Map<string, 1 | 2>();
    const out: TfNode[] = [];
    const deps = (n: TfNode): string[] => {
      const d = n.inputs.filter((r) => {
        const { node, index } = this.parse(s, r);
        if (index < 0) return false;
        return !(n.op === 'Merge' && s.byName.get(node)?.op === 'NextIteration');
      }).map((r) => this.parse(s, r).node);
      // An Exit gives the value of the last trip: after the body that computes it.
      const next = n.op === 'Exit' ? this.exitSource(s, n) : undefined;
      return next ? [...d, next.name] : d;
    };
    for (const t of targets) {
      const start = this.parse(s, t);
      if (start.index < 0 || state.get(start.node) === 2) continue;
      const first = s.byName.get(start.node);
      if (!first) this.fail(`${s.fn ? `function "${s.fn.name}"` : 'the graph'} has no node "${start.node}" (an output refers to it)`);
      const stack: { n: TfNode; deps: string[]; i: number }[] = [{ n: first, deps: deps(first), i: 0 }];
      state.set(first.name, 1);
      while (stack.length) {
        const top = stack[stack.length - 1];
        if (top.i < top.deps.length) {
          const d = top.deps[top.i++];
          const st = state.get(d);
          if (st === 2) continue;
          if (st === 1) this.fail(`${s.fn ? `function "${s.fn.name}"` : 'the graph'} has a cycle through node "${d}"`);
          const dn = s.byName.get(d);
          if (!dn) this.fail(`node "${top.n.name}" reads "${d}", which ${s.fn ? `function "${s.fn.name}"` : 'the graph'} does not have`);
          state.set(d, 1);
          stack.push({ n: dn, deps: deps(dn), i: 0 });
        } else {
          state.set(top.n.name, 2);
          out.push(top.n);
          stack.pop();
        }
      }
    }
    return out;
  }

  /** The value a reference names (after its node was evaluated). */
  value(s: Scope, ref: string): TfVal | undefined {
    const { node, index } = this.parse(s, ref);
    if (index < 0) return s.args.get(node);
    return s.values.get(node)?.[index];
  }

  /** Evaluates `targets` in scope `s`; rows go to `rows`. */
  async run(s: Scope, targets: string[], rows: LayerRow[]): Promise<void> {
    let order = this.order(s, targets);
    if (!order.some((n) => n.op === 'Enter')) {
      for (const n of order) await this.node(s, n, rows);
      return;
    }
    // A lowered loop's body only reaches its NextIterations (whose edge into Merge the order
    // leaves out): they are targets too, until no new one appears (nested loops).
    let all = targets;
    for (let round = 0; round < LIMITS.callDepth; round++) {
      const next = order.filter((n) => n.op === 'Merge').flatMap((m) => m.inputs.filter((r) => s.byName.get(this.parse(s, r).node)?.op === 'NextIteration'));
      const more = [...new Set([...targets, ...next])];
      if (more.length === all.length) break;
      all = more;
      order = this.order(s, all);
    }
    const frames = framesOf(order, (n) => n.inputs.map((r) => this.parse(s, r).node).filter((x) => s.byName.has(x)), (n) => {
      const a = n.attrs.get('frame_name');
      return a?.kind === 's' ? a.s : n.name;
    });
    const perNode: { n: TfNode; rows: LayerRow[] }[] = [];
    for (const n of order) {
      const nodeRows: LayerRow[] = [];
      if (isFrameOp(n.op)) this.frameOp(s, n);
      else await this.node(s, n, nodeRows);
      perNode.push({ n, rows: nodeRows });
    }
    const trips = new Map<string, number | Refusal>();
    for (const f of frames.parent.keys()) trips.set(f, await this.frameTrips(s, f, frames));
    for (const { n, rows: nodeRows } of perNode) {
      let times = 1n;
      let refused: Refusal | undefined;
      let innermost = true;
      for (let f = frames.frameOf.get(n.name); f !== undefined; f = frames.parent.get(f)) {
        const t = trips.get(f);
        if (t instanceof Refusal || t === undefined) refused = t ?? new Refusal(`loop "${f}" has no LoopCond`);
        else times *= BigInt(t + (innermost && frames.cond.has(n.name) ? 1 : 0));
        innermost = false;
      }
      for (const r of nodeRows) {
        if (times === 1n && !refused) {
          rows.push(r);
          continue;
        }
        if (refused) {
          if (this.policy === 'error') this.fail(`cannot measure node "${n.name}" (${n.op}) in a loop: ${refused.why}; ${POLICY_NOTE}`);
          rows.push({ ...r, ops: {}, unknown: true, note: `not measured: in a loop whose trip count is unknown (${refused.why}); counted as 0` });
        } else rows.push({ ...r, ops: scaleCounts(r.ops, times), note: `runs ${times} times in its loop${r.note ? `; ${r.note}` : ''}` });
      }
    }
  }

  /** The NextIteration that sends back the value an Exit leaves its loop with (Exit <- Switch <- Merge <- NextIteration). */
  private exitSource(s: Scope, exit: TfNode): TfNode | undefined {
    const node = (ref: string | undefined) => (ref === undefined ? undefined : s.byName.get(this.parse(s, ref).node));
    const sw = node(exit.inputs[0]);
    const merge = sw?.op === 'Switch' ? node(sw.inputs[0]) : undefined;
    return merge?.op === 'Merge' ? merge.inputs.map(node).find((x) => x?.op === 'NextIteration') : undefined;
  }

  /** Enter, Merge, Switch, NextIteration, Exit, LoopCond: the value passes; a Merge's changes from trip to trip. */
  private frameOp(s: Scope, n: TfNode): void {
    const last = n.op === 'Exit' ? this.exitSource(s, n) : undefined;
    const inputs = last ? [this.value(s, last.inputs[0]), ...n.inputs.map((r) => this.value(s, r))] : n.inputs.map((r) => this.value(s, r));
    const v = inputs.find((x) => x !== undefined);
    if (!v) this.fail(`node "${n.name}" (${n.op}) has no input with a value`);
    if (n.op === 'Merge') s.values.set(n.name, [{ ...v, values: undefined, constant: undefined, param: undefined }, { shape: [], dtype: 'int32', values: undefined }]);
    else if (n.op === 'Switch') s.values.set(n.name, [v, v]);
    else s.values.set(n.name, [v]);
  }

  /** A lowered loop's trip count (frames.ts), from the Merges its condition compares. */
  private async frameTrips(s: Scope, frame: string, frames: ReturnType<typeof framesOf>): Promise<number | Refusal> {
    const node = (ref: string) => s.byName.get(this.parse(s, ref).node);
    /** Through Identity and Switch, to the node a value comes from. */
    const source = (ref: string): TfNode | undefined => {
      let n = node(ref);
      for (let hops = 0; n && (n.op === 'Identity' || n.op === 'Switch' || n.op === 'Enter') && hops < 64; hops++) n = node(n.inputs[0]);
      return n;
    };
    const startOf = (m: TfNode): number | undefined => {
      const enter = m.inputs.map(node).find((x) => x?.op === 'Enter');
      const v = enter ? this.value(s, enter.inputs[0]) : undefined;
      return v?.values?.length === 1 ? v.values[0] : undefined;
    };
    const nextOf = (m: TfNode) => m.inputs.map(node).find((x) => x?.op === 'NextIteration');
    const constOf = (n: TfNode | undefined) => (n?.op === 'Const' ? s.values.get(n.name)?.[0]?.values : undefined);
    let trips: number | undefined;
    for (const name of frames.cond) {
      const c = s.byName.get(name)!;
      if (frames.frameOf.get(name) !== frame || !['Less', 'LessEqual', 'Greater', 'GreaterEqual'].includes(c.op)) continue;
      const [lhs, rhs] = c.op.startsWith('Less') ? c.inputs : [c.inputs[1], c.inputs[0]];
      const m = source(lhs);
      if (m?.op !== 'Merge') continue;
      const start = startOf(m);
      const r = source(rhs);
      // A bound: a constant, or a Merge the body sends back unchanged.
      const bound = r?.op === 'Const' ? constOf(r)?.[0] : r?.op === 'Merge' && source(nextOf(r)?.inputs[0] ?? '') === r ? startOf(r) : undefined;
      const add = source(nextOf(m)?.inputs[0] ?? '');
      let step: number | undefined;
      if (add && (add.op === 'AddV2' || add.op === 'Add')) {
        const [a, b] = add.inputs.map(source);
        step = a === m ? constOf(b)?.[0] : b === m ? constOf(a)?.[0] : undefined;
      }
      if (start === undefined || bound === undefined || step === undefined || step <= 0) continue;
      const n = Math.max(0, c.op === 'Less' || c.op === 'Greater' ? Math.ceil((bound - start) / step) : Math.floor((bound - start) / step) + 1);
      trips = trips === undefined ? n : Math.min(trips, n);
    }
    if (trips === undefined) return new Refusal(`no counter of loop "${frame}" is compared with a bound known from the constants`);
    if (!Number.isSafeInteger(trips) || trips > 2 ** 31) return new Refusal(`its trip count ${trips} is not a plausible loop`);
    return trips;
  }

  private row(n: TfNode, inputs: (TfVal | undefined)[]): LayerRow {
    const shapes = inputs.filter((v) => v && !v.constant && !v.list && !v.resource).map((v) => [...v!.shape]) as Shape[];
    return { name: n.name, type: n.op, input_shape: shapes.length === 1 ? shapes[0] : shapes, output_shape: [], ops: {}, params: 0n, trainable_params: 0n };
  }

  private unknown(row: LayerRow, rows: LayerRow[], note: string): void {
    row.unknown = true;
    row.note = note;
    rows.push(row);
  }

  private async node(s: Scope, n: TfNode, rows: LayerRow[]): Promise<void> {
    const inputs = n.inputs.map((r) => this.value(s, r));
    const set = (outs: TfVal[]): void => void s.values.set(n.name, outs);
    switch (n.op) {
      case 'Placeholder': case 'PlaceholderWithDefault': {
        const v = s.args.get(n.name) ?? (n.op === 'PlaceholderWithDefault' ? inputs[0] : undefined);
        if (!v) this.fail(`placeholder "${n.name}" is not an input of the signature`);
        return set([v]);
      }
      case 'Const': return set([await this.consts.constant(n, s.name)]);
      case 'VarHandleOp': {
        const shape = n.attrs.get('shape');
        const dtype = n.attrs.get('dtype');
        const dims = shape?.kind === 'shape' ? shape.dims : undefined;
        if (!dims || dims.some((d) => d < 0)) this.fail(`variable "${n.name}" has no static shape`);
        const shared = n.attrs.get('shared_name');
        const key = shared?.kind === 's' && shared.s ? shared.s : n.name;
        return set([{ shape: [], dtype: 'unknown', values: undefined, resource: { key, name: n.name, shape: checkShape(dims), dtype: dtype?.kind === 'type' ? TF_DTYPES[dtype.type] ?? 'unknown' : 'unknown' } }]);
      }
      case 'ReadVariableOp': {
        const r = inputs[0]?.resource;
        if (!r) this.fail(`node "${n.name}" reads no variable`);
        return set([{ shape: r.shape, dtype: r.dtype, values: undefined, constant: true, param: { key: r.key, name: r.name } }]);
      }
      case 'IdentityN': return set(inputs.map((v) => v!));
      case 'While': case 'StatelessWhile': return this.loop(s, n, inputs, rows);
      default: break;
    }
    const fn = this.callee(n);
    if (fn) return set(await this.call(s, n, fn, inputs, rows));
    const rule = tfRuleFor(n.op);
    const row = this.row(n, inputs);
    if (!rule) {
      if (this.policy === 'error') this.fail(`unsupported TF op ${n.op} at node "${n.name}"; ${POLICY_NOTE}`);
      this.unknown(row, rows, `unsupported TF op, counted as 0`);
      return set([]);
    }
    if (inputs.some((v, k) => v === undefined && n.inputs[k] !== undefined)) {
      if (this.policy === 'error') this.fail(`cannot measure node "${n.name}" (${n.op}): an input follows an op that was not measured; ${POLICY_NOTE}`);
      this.unknown(row, rows, 'input unknown: it follows an op that was not measured');
      return set([]);
    }
    const out = this.apply(n, rule, inputs as TfVal[], row);
    if (!out) {
      rows.push(row);
      return set([]);
    }
    set(out);
    if (row.params > 0n || (!PLUMBING.has(n.op) && !out.every((v) => v.constant))) rows.push(row);
  }

  /** Runs `rule` on a node's inputs: its outputs, or undefined when it could not be measured (the row says why). */
  apply(n: TfNode, rule: TfRule, inputs: TfVal[], row: LayerRow): TfVal[] | undefined {
    const norm = this.takeParams(rule, inputs, row);
    const allConstant = inputs.length > 0 && inputs.every((v) => v.constant);
    let res: Outcome;
    try {
      res = rule.infer(new TfCtx(n, inputs));
    } catch (e) {
      if (e instanceof OpError) this.fail(`node "${n.name}" (${n.op}): ${e.message}`);
      if (!(e instanceof Refusal)) throw e;
      if (this.policy === 'error') this.fail(`cannot measure node "${n.name}" (${n.op}): ${e.why}; ${POLICY_NOTE}`);
      row.unknown = true;
      row.note = `not measured: ${e.why}; counted as 0`;
      return undefined;
    }
    const outs = res.outputs.map((v) => {
      // A weight read through Identity (or a value that passes one on) stays that weight.
      const o: TfVal = rule.free && v === inputs[0] ? v : { ...v };
      if (allConstant) o.constant = true;
      return o;
    });
    if (norm !== undefined && outs[0]) this.normOutputs.set(outs[0], norm);
    const shapes = outs.filter((v) => !v.list).map((v) => [...v.shape]) as Shape[];
    row.output_shape = shapes.length === 1 ? shapes[0] : shapes;
    if (allConstant) row.note = row.note ?? 'constant: computed once when the model loads, not per inference';
    else row.ops = res.counts;
    return outs;
  }

  /**
   * Stored weights the node is the first to read. Returns the batch normalisation a Mul
   * applied with them, so that the Add after it is known as that normalisation's other half.
   */
  private takeParams(rule: TfRule, inputs: TfVal[], row: LayerRow): string | undefined {
    const notes: string[] = [];
    let norm: string | undefined;
    inputs.forEach((v, k) => {
      const p = v.param;
      if (!p || !isFloat(v.dtype)) return;
      if (this.mode === 'variables') {
        if (this.counted.has(p.key)) return;
        this.counted.add(p.key);
        row.params += BigInt(size(v.shape));
        row.trainable_params += BigInt(size(v.shape));
        this.addWeightBytes(row, BigInt(size(v.shape)), v.dtype);
        return;
      }
      // A weight sliced, unpacked or reshaped before use (a GRU's two bias rows) is counted
      // where it is first taken apart: the pieces are not stored weights themselves.
      const weights = rule.weights ?? (rule.free && !isPass(rule) ? [0] : []);
      if (!weights.includes(k)) return;
      const after = inputs.map((x) => this.normOutputs.get(x)).find((x) => x !== undefined);
      const role = rule.role?.(k) ?? (rule.free ? (v.shape.filter((d) => d !== 1).length <= 1 ? 'bias' : 'kernel') : 'elementwise');
      const t = this.ledger.take(p.key, p.name, v.shape, role, row.type === 'AddV2' || row.type === 'Add' ? after : undefined);
      row.params += t.params;
      row.trainable_params += t.params;
      this.addWeightBytes(row, t.params, v.dtype);
      if (t.note) notes.push(t.note);
      if (t.bn !== undefined && row.type === 'Mul') norm = t.bn;
    });
    if (notes.length) row.note = notes.join('; ');
    return norm;
  }

  private addWeightBytes(row: LayerRow, params: bigint, dtype: DType): void {
    const b = elementsBytes(params, dtype);
    row.weights_bytes = (row.weights_bytes ?? 0n) + b;
    tally(this.weightsByDtype, dtype, b);
  }

  /** A function call: the body evaluated with its arguments bound, its returns as the node's outputs. */
  async call(s: Scope, n: TfNode, fn: TfFunction, inputs: (TfVal | undefined)[], rows: LayerRow[]): Promise<TfVal[]> {
    if (this.calls.includes(fn.name)) this.fail(`function "${fn.name}" calls itself (through ${this.calls.join(' -> ')}): a cycle in the function library`);
    if (this.calls.length >= LIMITS.callDepth) this.fail(`function calls nested more than ${LIMITS.callDepth} deep`);
    if (inputs.length < fn.inputs.length || inputs.slice(0, fn.inputs.length).some((v) => v === undefined)) {
      this.fail(`node "${n.name}" calls "${fn.name}" with ${inputs.length} inputs (or unknown ones), it takes ${fn.inputs.length}`);
    }
    this.calls.push(fn.name);
    try {
      const inner = this.scope(fn.name, fn.nodes, fn, inputs as TfVal[]);
      const targets = fn.outputs.map((o) => {
        const r = fn.ret.get(o);
        if (r === undefined) this.fail(`function "${fn.name}" does not say what it returns as "${o}"`);
        return r;
      });
      await this.run(inner, targets, rows);
      return targets.map((t) => {
        const v = this.value(inner, t);
        if (!v) this.fail(`function "${fn.name}" returns "${t}", which has no value`);
        return v;
      });
    } finally {
      this.calls.pop();
    }
  }

  /**
   * While (functional): inputs are the loop variables, attributes `cond` and `body` name
   * functions. The body is evaluated once on the variables' shapes and counted once per trip
   * (loops.ts finds the trip count in the constants), the condition once per test.
   */
  private async loop(s: Scope, n: TfNode, inputs: (TfVal | undefined)[], rows: LayerRow[]): Promise<void> {
    const fnOf = (attr: string) => {
      const a = n.attrs.get(attr);
      const fn = a?.kind === 'func' ? this.functions.get(a.name) : undefined;
      if (!fn) this.fail(`While node "${n.name}" names no ${attr} function the library has`);
      return fn;
    };
    const cond = fnOf('cond');
    const body = fnOf('body');
    const row = this.row(n, inputs);
    rows.push(row);
    if (inputs.some((v) => !v)) {
      if (this.policy === 'error') this.fail(`cannot measure While node "${n.name}": a loop variable follows an op that was not measured; ${POLICY_NOTE}`);
      row.unknown = true;
      row.note = 'input unknown';
      s.values.set(n.name, []);
      return;
    }
    const vars = inputs as TfVal[];
    const invariant = body.outputs.map((o, k) => body.ret.get(o) === body.inputs[k]);
    // A loop variable the body returns unchanged keeps its value; any other changes each trip.
    const loopVars = vars.map((v, k) => (invariant[k] ? v : { ...v, values: undefined, constant: undefined, param: undefined }));
    const trips = await whileTrips(cond, body, vars, async (f, node) => (await this.consts.constant(node, f.name)).values?.[0]);
    const bodyRows: LayerRow[] = [];
    const outs = await this.call(s, n, body, loopVars, bodyRows);
    const condRows: LayerRow[] = [];
    await this.call(s, n, cond, loopVars, condRows);
    s.values.set(n.name, outs.map((v, k) => (invariant[k] ? vars[k] : { ...v, constant: undefined })));
    const shapes = outs.filter((v) => !v.list && !v.resource).map((v) => [...v.shape]) as Shape[];
    row.output_shape = shapes;
    if (trips instanceof Refusal) {
      if (this.policy === 'error') this.fail(`cannot measure While node "${n.name}": ${trips.why}; ${POLICY_NOTE}`);
      row.unknown = true;
      row.note = `not measured: ${trips.why}; its body counted as 0`;
      for (const r of [...bodyRows, ...condRows]) rows.push({ ...r, ops: {} });
      return;
    }
    row.note = `runs its body ${trips} times (the trip count from the loop's constants)`;
    for (const r of bodyRows) rows.push({ ...r, ops: scaleCounts(r.ops, BigInt(trips)), note: `loop body x ${trips}${r.note ? `; ${r.note}` : ''}` });
    for (const r of condRows) rows.push({ ...r, ops: scaleCounts(r.ops, BigInt(trips + 1)), note: `loop condition x ${trips + 1}${r.note ? `; ${r.note}` : ''}` });
  }
}
