import { FlopgateError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { knob, type Knobs, type UnknownPolicy } from '../options.js';
import type { LayerRow } from '../report/build.js';
import type { Shape } from '../report/types.js';
import { policyOf } from './dtype.js';
import { applyRule, TensorArg, type LayerResult } from './layers/rule.js';
import type { WalkMemory } from './memory.js';
import type { Config, LayerCallSpec, LayerSpec, ModelSpec, TensorRef } from './model.js';
import { MAX_MODEL_DEPTH, tensorRef } from './normalize.js';
import { opRuleFor, ruleFor } from './registry.js';

export interface WalkContext {
  label: string;
  unknown: UnknownPolicy;
  rows: LayerRow[];
  /** Layers (by object identity) whose weights are already counted: shared layers own them once. */
  counted: Set<object>;
  /** How messages name the options (`--unknown warn` or `unknown: warn`). */
  knobs?: Knobs;
  /** Records the walk's tensors for the memory figures; one step per row. */
  memory?: WalkMemory;
}

/** Layers whose computation is serialized code: model files are data, and code in them stays unrun. */
const CODE_LAYERS = new Set(['Lambda']);
/** Keras 2 layers naming a TensorFlow function (tf-ops.ts maps the ones with a rule). */
const TF_OP_CLASSES = new Set(['TFOpLambda', 'SlicingOpLambda']);

const one = (shapes: number[][]): Shape | Shape[] => (shapes.length === 1 ? shapes[0] : shapes);

/**
 * A dimension as a config declares it: null (or -1, as some converters write) where the file
 * leaves it open, else a positive integer no larger than a --input-shape may give. Anything
 * else ("28", true, 28.5, 0, [28]) would be coerced into a count by arithmetic: it is refused.
 */
function declaredDim(d: unknown): number | null | undefined {
  if (d === null || d === -1) return null;
  return typeof d === 'number' && Number.isSafeInteger(d) && d >= 1 && d <= LIMITS.dimension ? d : undefined;
}

const shown = (v: unknown): string => (v === undefined ? 'nothing' : (JSON.stringify(v) ?? String(v)).slice(0, 40));

/**
 * The shape a model input declares, batch first, `null` where the file leaves it open;
 * undefined when the layer declares none. An Embedding's `input_dim` is its vocabulary, not
 * an input length: its input is `[None, input_length]` when that is given.
 */
export function declaredInputShape(layer: LayerSpec, label: string): (number | null)[] | undefined {
  const c = layer.config;
  let raw: unknown[] | undefined;
  let key = 'batch_shape';
  for (const k of ['batch_shape', 'batch_input_shape']) {
    if (Array.isArray(c[k])) [raw, key] = [c[k] as unknown[], k];
    if (raw) break;
  }
  if (!raw && Array.isArray(c.input_shape)) [raw, key] = [[null, ...(c.input_shape as unknown[])], 'input_shape'];
  if (!raw && layer.className === 'Embedding') {
    if (c.input_length !== undefined && c.input_length !== null) [raw, key] = [[null, c.input_length], 'input_length'];
  } else if (!raw && c.input_dim !== undefined && c.input_dim !== null) [raw, key] = [[null, c.input_dim], 'input_dim'];
  if (!raw) return undefined;
  return checkedShape(raw, `layer "${layer.name}" declares ${key}`, label);
}

/** Each dimension of a declared shape checked (see declaredDim); `what` names where it was declared. */
function checkedShape(raw: unknown[], what: string, label: string): (number | null)[] {
  if (raw.length === 0) throw new FlopgateError(`${label}: ${what} [], without even the batch dimension`);
  return raw.map((d, axis) => {
    const v = declaredDim(d);
    if (v === undefined) {
      throw new FlopgateError(
        `${label}: ${what} with dimension ${axis} = ${shown(d)}; a dimension is an integer from 1 to 2^31, or null where it is left open`,
      );
    }
    return v;
  });
}

/**
 * Input shapes a model declares, one per input; the walker binds them later. A model saved
 * without one (a Sequential never built on an input) takes its rank from the shape the user
 * gives, every dimension open, so that shape fills it.
 */
export function declaredInputs(model: ModelSpec, label: string, opts: { inputShapes?: number[][]; knobs?: Knobs } = {}): (number | null)[][] {
  const open = (i: number) => (opts.inputShapes?.[i] ? [null, ...opts.inputShapes[i].map(() => null)] : undefined);
  if (model.kind === 'sequential') {
    const first = model.layers[0];
    if (!first) throw new FlopgateError(`${label}: Sequential model has no layers`);
    const s =
      declaredInputShape(first, label) ??
      (model.batchInputShape ? checkedShape(model.batchInputShape, `model "${model.name}" declares build_input_shape`, label) : undefined) ??
      (first.model ? declaredInputs(first.model, label, opts)[0] : undefined) ??
      open(0);
    if (!s) throw new FlopgateError(`${label}: the model does not record its input shape; give it with ${knob(opts, 'inputShape')}`);
    return [s];
  }
  const byName = new Map(model.layers.map((l) => [l.name, l]));
  return model.inputs.map((ref, i) => {
    const layer = byName.get(ref.layer);
    if (!layer) throw new FlopgateError(`${label}: model input "${ref.layer}" is not among its layers`);
    const s = declaredInputShape(layer, label) ?? (layer.model ? declaredInputs(layer.model, label)[0] : undefined) ?? open(i);
    if (!s) throw new FlopgateError(`${label}: input "${ref.layer}" does not record its shape; give it with ${knob(opts, 'inputShape')}`);
    return s;
  });
}

/** A Keras 3 operation's positional arguments with each tensor bound to its shape, in input order. */
function bindArgs(args: unknown[], inputs: number[][]): unknown[] {
  let next = 0;
  // The same traversal as visitTensors from the args list (depth 0), so tensors pair with inputs.
  const bind = (v: unknown, depth: number): unknown => {
    if (depth > 8) return v;
    if (tensorRef(v)) return new TensorArg(inputs[next++] ?? []);
    return Array.isArray(v) ? v.map((x) => bind(x, depth + 1)) : v;
  };
  return args.map((a) => bind(a, 1));
}

/**
 * The output shapes of a layer without a rule, as the file recorded them (Keras 3 functional
 * models: the consumers' input tensors; Sequential: the next layer's build input shape), with
 * the batch dimension bound; undefined when they are not recorded or leave a dimension open.
 */
function recordedOutputs(recorded: ((number | null)[] | undefined)[] | undefined, batch: number): number[][] | undefined {
  if (!recorded?.length) return undefined;
  const out: number[][] = [];
  for (const s of recorded) {
    if (!s || s.length === 0) return undefined;
    const dims = s.slice(1).map(declaredDim);
    if (dims.some((d) => d === null || d === undefined)) return undefined;
    out.push([batch, ...(dims as number[])]);
  }
  return out;
}

function applyLayer(layer: LayerSpec, inputs: number[][], call: Partial<LayerCallSpec>, prefix: string, ctx: WalkContext, depth: number, frozen: boolean): number[][] {
  const name = prefix + layer.name;
  const kwargs: Config = call.kwargs ?? {};
  const isFrozen = frozen || layer.config.trainable === false;
  if (layer.model) return walkModel(layer.model, inputs, `${name}/`, ctx, depth + 1, isFrozen);
  const wrapped = layer.wrapped;
  if (wrapped) {
    // The wrapped model runs on batch x time frames: its layers are listed under this one.
    const x = inputs[0];
    if (inputs.length !== 1 || x.length < 3) {
      throw new FlopgateError(`${ctx.label}: layer "${name}" (TimeDistributed) expects one input of rank 3 or more [batch, timesteps, ...]`);
    }
    const innerFrozen = ((layer.config.layer as Config).config as Config | undefined)?.trainable === false;
    const folded = [x[0] * x[1], ...x.slice(2)];
    ctx.memory?.view(folded, x);
    const outs = walkModel(wrapped, [folded], `${name}/`, ctx, depth + 1, isFrozen || innerFrozen);
    return outs.map((s) => {
      const unfolded = [x[0], x[1], ...s.slice(1)];
      ctx.memory?.view(unfolded, s);
      return unfolded;
    });
  }
  const rule = layer.op ? opRuleFor(layer.opClass ?? layer.className) : ruleFor(layer.className);
  const owner = layer.weights ?? layer;
  const first = !ctx.counted.has(owner);
  ctx.counted.add(owner);
  const base = { name, type: layer.className, input_shape: one(inputs) };
  if (!rule) {
    if (ctx.unknown === 'error') {
      const why = CODE_LAYERS.has(layer.className)
        ? 'it wraps Python code, which flopgate never runs, so its cost cannot be read from the file'
        : 'no cost rule exists for it';
      const what = layer.op
        ? `is the Keras operation ${layer.className} (${layer.module})`
        : TF_OP_CLASSES.has(layer.className)
          ? `is the TensorFlow function tf.${String(layer.config.function)} (${layer.className})`
          : `has unknown type ${layer.className}`;
      throw new FlopgateError(
        `${ctx.label}: layer "${name}" ${what}; ${why} (use ${knob(ctx, 'unknownWarn')} to count it as 0 and mark the total as a lower bound)`,
      );
    }
    const batch = inputs[0]?.[0] ?? 1;
    const recorded = recordedOutputs(call.recorded, batch);
    // Without a rule the output shape is what the file recorded, else assumed to be the input's.
    const outputs = recorded ?? (inputs.length ? [inputs[0]] : []);
    const note = recorded
      ? 'unknown layer type: counted as 0, output shape as recorded in the file'
      : 'unknown layer type: counted as 0, output shape assumed equal to input';
    const outs = ctx.memory ? ctx.memory.step(inputs, outputs, policyOf(layer.config).compute) : outputs;
    addRow(ctx, { ...base, output_shape: one(outs), ops: {}, params: 0n, trainable_params: 0n, unknown: true, note });
    return outs;
  }
  let r: LayerResult;
  try {
    const args = layer.op ? { args: bindArgs(call.args ?? [], inputs) } : {};
    r = applyRule(rule, { name, className: layer.className, config: layer.config, inputs, kwargs, ...args });
  } catch (e) {
    if (e instanceof FlopgateError) throw new FlopgateError(`${ctx.label}: ${e.message}`);
    throw e;
  }
  for (const s of r.outputs) {
    if (!s.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      throw new FlopgateError(`${ctx.label}: layer "${name}" (${layer.className}) produces an invalid shape [${s.join(', ')}]`);
    }
  }
  const params = first ? r.params : 0n;
  const trainable = isFrozen ? 0n : first ? (r.trainableParams ?? r.params) : 0n;
  const policy = policyOf(layer.config);
  const outs = ctx.memory ? ctx.memory.step(inputs, r.outputs, policy.compute) : r.outputs;
  const weights = ctx.memory ? { weights_bytes: ctx.memory.weights(layer.className, layer.config, params, policy) } : {};
  addRow(ctx, { ...base, output_shape: one(outs), ops: r.ops, params, trainable_params: trainable, ...weights, ...(r.note ? { note: r.note } : {}) });
  return outs;
}

function walkSequential(model: ModelSpec, inputs: number[][], prefix: string, ctx: WalkContext, depth: number, frozen: boolean): number[][] {
  let cur = inputs;
  model.layers.forEach((layer, i) => {
    if (layer.className === 'InputLayer') return;
    // Keras 3 records what each layer was built for: the next one's input is this one's output.
    const next = model.layers[i + 1]?.buildInputShape;
    cur = applyLayer(layer, cur, next ? { recorded: [next] } : {}, prefix, ctx, depth, frozen);
  });
  return cur;
}

/**
 * Every row of the report goes through here: a shared layer or sub-model called many times
 * makes a row per call, so the limit on layers is held on rows as well as on the file's lists.
 */
function addRow(ctx: WalkContext, row: LayerRow): void {
  if (ctx.rows.length >= LIMITS.layers) {
    throw new FlopgateError(`${ctx.label}: more than ${LIMITS.layers} layer calls (shared layers and sub-models counted per call); flopgate measures at most ${LIMITS.layers}`);
  }
  ctx.rows.push(row);
}

/** Evaluates calls in dependency order (Kahn); whatever cannot be evaluated is a cycle or a dangling reference. */
function walkFunctional(model: ModelSpec, inputs: number[][], prefix: string, ctx: WalkContext, depth: number, frozen: boolean): number[][] {
  const byName = new Map(model.layers.map((l) => [l.name, l]));
  const key = (layer: string, node: number) => `${layer}\u0000${node}`;
  const produced = new Map<string, number[][]>();
  if (inputs.length !== model.inputs.length) {
    throw new FlopgateError(`${ctx.label}: model "${prefix + model.name}" takes ${model.inputs.length} inputs, got ${inputs.length}`);
  }
  model.inputs.forEach((ref, i) => produced.set(key(ref.layer, ref.node), [inputs[i]]));
  const tensor = (ref: TensorRef): number[] | undefined => produced.get(key(ref.layer, ref.node))?.[ref.tensor];

  const pending: { layer: LayerSpec; call: number }[] = [];
  for (const layer of model.layers) {
    if (layer.className === 'InputLayer') {
      if (!produced.has(key(layer.name, 0))) {
        const s = declaredInputShape(layer, ctx.label);
        if (layer.calls.length === 0) {
          // An InputLayer that is not a model input (rare, but legal in Keras 2) still feeds layers.
          if (!s || s.some((d, i) => i > 0 && d === null)) continue;
          produced.set(key(layer.name, 0), [s.map((d, i) => (i === 0 ? inputs[0]?.[0] ?? 1 : (d as number)))]);
        }
      }
      if (layer.calls.length === 0) {
        addRow(ctx, { name: prefix + layer.name, type: 'InputLayer', input_shape: [], output_shape: one(produced.get(key(layer.name, 0)) ?? []), ops: {}, params: 0n, trainable_params: 0n });
        ctx.memory?.none();
        continue;
      }
    }
    layer.calls.forEach((_, call) => pending.push({ layer, call }));
  }
  for (const ref of model.inputs) {
    if (!byName.has(ref.layer)) throw new FlopgateError(`${ctx.label}: model input "${ref.layer}" is not among its layers`);
  }
  // Kahn's walk, linear in the calls: each call waits on a count of missing inputs, and the
  // tensor that completes it queues it. The queue orders calls as repeated passes over the file
  // would (pass, then position), so rows come out in the order they always did.
  const missing = pending.map(() => 0);
  const waiting = new Map<string, number[]>();
  const ready = new CallQueue();
  pending.forEach(({ layer, call }, i) => {
    for (const ref of layer.calls[call].inputs) {
      if (tensor(ref)) continue;
      missing[i]++;
      const k = key(ref.layer, ref.node);
      const list = waiting.get(k);
      if (list) list.push(i);
      else waiting.set(k, [i]);
    }
    if (missing[i] === 0) ready.push(0, i);
  });
  let done = 0;
  for (let next = ready.pop(); next; next = ready.pop()) {
    const [pass, i] = next;
    const { layer, call } = pending[i];
    const spec = layer.calls[call];
    for (const ref of spec.inputs) {
      if (!byName.has(ref.layer)) throw new FlopgateError(`${ctx.label}: layer "${prefix + layer.name}" takes input from unknown layer "${ref.layer}"`);
    }
    const outs = applyLayer(layer, spec.inputs.map(tensor) as number[][], spec, prefix, ctx, depth, frozen);
    const k = key(layer.name, call);
    produced.set(k, outs);
    done++;
    missing[i] = -1;
    const waiters = waiting.get(k);
    waiting.delete(k);
    for (const w of waiters ?? []) {
      // A reference to a tensor index the call does not produce stays missing: a dangling input.
      if (missing[w] <= 0 || !pending[w].layer.calls[pending[w].call].inputs.every((r) => r.layer !== layer.name || r.node !== call || outs[r.tensor])) continue;
      if (--missing[w] === 0) ready.push(w > i ? pass : pass + 1, w);
    }
  }
  if (done < pending.length) {
    const left = pending.filter((_, i) => missing[i] !== -1);
    const dangling = left.flatMap((p) => p.layer.calls[p.call].inputs).find((r) => !byName.has(r.layer));
    if (dangling) throw new FlopgateError(`${ctx.label}: a layer takes input from unknown layer "${dangling.layer}"`);
    const names = [...new Set(left.map((p) => p.layer.name))].slice(0, 5).join(', ');
    throw new FlopgateError(`${ctx.label}: layers ${names} depend on each other in a cycle (or on a tensor no layer produces)`);
  }
  return model.outputs.map((ref) => {
    const t = tensor(ref);
    if (!t) throw new FlopgateError(`${ctx.label}: model output "${ref.layer}" is never computed`);
    return t;
  });
}

export function walkModel(model: ModelSpec, inputs: number[][], prefix: string, ctx: WalkContext, depth = 0, frozen = false): number[][] {
  if (depth > MAX_MODEL_DEPTH) throw new FlopgateError(`${ctx.label}: models nest deeper than ${MAX_MODEL_DEPTH} levels`);
  return model.kind === 'sequential'
    ? walkSequential(model, inputs, prefix, ctx, depth, frozen)
    : walkFunctional(model, inputs, prefix, ctx, depth, frozen);
}

/** A binary min-heap of (pass, position) pairs: the order repeated passes over the calls would take. */
class CallQueue {
  private heap: [number, number][] = [];
  push(pass: number, i: number): void {
    const h = this.heap;
    h.push([pass, i]);
    for (let c = h.length - 1; c > 0; ) {
      const p = (c - 1) >> 1;
      if (!less(h[c], h[p])) break;
      [h[c], h[p]] = [h[p], h[c]];
      c = p;
    }
  }
  pop(): [number, number] | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      for (let p = 0; ; ) {
        const l = 2 * p + 1;
        const r = l + 1;
        let m = p;
        if (l < h.length && less(h[l], h[m])) m = l;
        if (r < h.length && less(h[r], h[m])) m = r;
        if (m === p) break;
        [h[m], h[p]] = [h[p], h[m]];
        p = m;
      }
    }
    return top;
  }
}

const less = (a: [number, number], b: [number, number]): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
