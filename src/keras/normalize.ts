import { FlopgateError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { Config, LayerCallSpec, LayerSpec, ModelSpec, TensorRef } from './model.js';
import { opRuleFor, ruleFor } from './registry.js';
import { tfListFirst, tfOpCall } from './tf-ops.js';

/** Models nest models; real files go a few levels deep. Deeper is refused, not recursed. */
export const MAX_MODEL_DEPTH = LIMITS.modelNesting;
const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);

const isObj = (v: unknown): v is Config => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isModelClass(className: string): boolean {
  return MODEL_CLASSES.has(className);
}

/** Keras 3 writes `keras.ops` calls on symbolic tensors as nodes of module keras.src.ops.*. */
const OP_MODULE = /^keras(\.src)?\.ops(\.|$)/;

const isShape = (v: unknown): v is (number | null)[] =>
  Array.isArray(v) && v.every((d) => d === null || (typeof d === 'number' && Number.isSafeInteger(d) && d >= 0));

/**
 * Layers met so far in one file. Keras writes a layer into every model that uses it: a
 * sub-model called by the outer model and also nested in a Sequential appears twice, as the
 * same object. A `.keras` file marks such an object with the same shared_object_id; a legacy
 * `.h5` (or Keras 2) file does not, and there a nested model of the same name and the same
 * config is taken to be that one model. Plain layers are never matched by name: two
 * sub-models built by one function may hold distinct layers of the same name and config.
 */
type Seen = Map<string, { weights: object; model?: ModelSpec }>;

/**
 * A Keras model config (`{class_name, config}`) of any Keras generation, or a tfjs
 * modelTopology, into a ModelSpec. `label` names the file in errors.
 */
export function normalizeModel(raw: unknown, label: string, depth = 0, seen: Seen = new Map()): ModelSpec {
  if (depth > MAX_MODEL_DEPTH) throw new FlopgateError(`${label}: models nest deeper than ${MAX_MODEL_DEPTH} levels`);
  if (!isObj(raw) || typeof raw.class_name !== 'string') {
    throw new FlopgateError(`${label}: model config has no class_name`);
  }
  const cls = raw.class_name;
  const cfg = raw.config;
  if (cls === 'Sequential') return sequential(cfg, label, depth, seen);
  if (cls === 'Functional' || cls === 'Model') return functional(cfg, label, depth, seen);
  throw new FlopgateError(`${label}: top-level class "${cls}" is not a Sequential or Functional model`);
}

/** Checked before a list of layers is read, so a huge list is refused before the work it would cost. */
export function tooMany(layers: number, label: string): void {
  if (layers > LIMITS.layers) throw new FlopgateError(`${label}: ${layers} layers; flopgate measures at most ${LIMITS.layers}`);
}

function layerOf(raw: unknown, label: string, depth: number, where: string, seen: Seen): LayerSpec {
  if (!isObj(raw) || typeof raw.class_name !== 'string') {
    throw new FlopgateError(`${label}: ${where} has no class_name`);
  }
  const config = isObj(raw.config) ? raw.config : Array.isArray(raw.config) ? { layers: raw.config } : {};
  const name = typeof raw.name === 'string' ? raw.name : typeof config.name === 'string' ? config.name : '';
  if (!name) throw new FlopgateError(`${label}: ${where} (${raw.class_name}) has no name`);
  const spec: LayerSpec = { className: raw.class_name, name, config, calls: [] };
  if (typeof raw.module === 'string') {
    spec.module = raw.module;
    if (OP_MODULE.test(raw.module)) spec.op = true;
  }
  const built = isObj(raw.build_config) ? raw.build_config.input_shape : undefined;
  if (isShape(built)) spec.buildInputShape = built;
  const sid = raw.shared_object_id;
  const keys: string[] = [];
  if (typeof sid === 'number' || typeof sid === 'string') keys.push(`id\u0000${sid}`);
  else if (raw.module === undefined && isModelClass(raw.class_name)) {
    keys.push(`${raw.class_name}\u0000${name}\u0000${JSON.stringify(raw.config ?? null)}`);
  }
  const before = keys.map((k) => seen.get(k)).find((b) => b !== undefined);
  if (before) {
    spec.weights = before.weights;
    if (before.model) spec.model = before.model;
    return spec;
  }
  spec.weights = spec;
  if (isModelClass(raw.class_name)) spec.model = normalizeModel({ class_name: raw.class_name, config: raw.config }, label, depth + 1, seen);
  // A TimeDistributed over a model (a per-frame CNN): the inner model, normalised once here.
  const inner = raw.class_name === 'TimeDistributed' && isObj(config.layer) ? config.layer : undefined;
  if (inner && typeof inner.class_name === 'string' && isModelClass(inner.class_name)) {
    spec.wrapped = normalizeModel({ class_name: inner.class_name, config: inner.config }, label, depth + 1, seen);
  }
  for (const k of keys) seen.set(k, { weights: spec, ...(spec.model ? { model: spec.model } : {}) });
  return spec;
}

function sequential(cfg: unknown, label: string, depth: number, seen: Seen): ModelSpec {
  // Keras 1 and early Keras 2 wrote a Sequential config as the bare list of layers.
  const c: Config = Array.isArray(cfg) ? { layers: cfg } : isObj(cfg) ? cfg : {};
  if (!Array.isArray(c.layers)) throw new FlopgateError(`${label}: Sequential config has no layers list`);
  tooMany(c.layers.length, label);
  const layers = c.layers.map((l, i) => layerOf(l, label, depth, `layer ${i}`, seen));
  const spec: ModelSpec = { kind: 'sequential', name: String(c.name ?? 'sequential'), layers, inputs: [], outputs: [] };
  const shape = c.build_input_shape ?? (isObj(c.build_config) ? c.build_config.input_shape : undefined);
  if (Array.isArray(shape) && shape.every((d) => d === null || typeof d === 'number')) spec.batchInputShape = shape as (number | null)[];
  return spec;
}

/** Keras 2: ["name", node, tensor, {kwargs}]; Keras 3: {class_name: "__keras_tensor__", config: {keras_history}}. */
export function tensorRef(v: unknown): TensorRef | undefined {
  if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number' && typeof v[2] === 'number') {
    return { layer: v[0], node: v[1], tensor: v[2] };
  }
  if (isObj(v) && v.class_name === '__keras_tensor__' && isObj(v.config)) {
    const h = v.config.keras_history;
    if (Array.isArray(h)) return tensorRef(h);
  }
  return undefined;
}

/**
 * Every tensor in `v` (lists flattened), in order, to `out`. The walker binds an operation's
 * arguments in this same order, so the two must not diverge.
 */
export function visitTensors(v: unknown, out: (t: TensorRef, raw: Config) => void, depth = 0): void {
  if (depth > 8) return;
  const t = tensorRef(v);
  if (t) out(t, v as Config);
  else if (Array.isArray(v)) v.forEach((x) => visitTensors(x, out, depth + 1));
}

/**
 * Tensors in call order: positional args (lists flattened), then query/value/key keywords.
 * An operation takes every tensor of its keywords too.
 */
function keras3Inputs(node: Config, op: boolean): TensorRef[] {
  const out: TensorRef[] = [];
  const push = (t: TensorRef) => out.push(t);
  visitTensors(node.args, push);
  const kwargs = isObj(node.kwargs) ? node.kwargs : {};
  for (const k of op ? Object.keys(kwargs) : ['inputs', 'query', 'value', 'key']) if (k in kwargs) visitTensors(kwargs[k], push);
  return out;
}

/** Keras 2 layers that stand for a TensorFlow function call (see tf-ops.ts). */
const TF_OP_CLASSES = new Set(['TFOpLambda', 'SlicingOpLambda']);

/**
 * A Keras 2 TFOpLambda call as the Keras 3 operation it is (its rule, arguments and config),
 * when the function is one flopgate knows; otherwise the layer stays unknown, named as a TF function.
 */
function tfOpLayer(spec: LayerSpec, entries: unknown[], kwargs: Config): LayerCallSpec | undefined {
  const fn = spec.config.function;
  const first = tfListFirst(fn) || entries.length !== 1 ? entries : entries[0];
  const r = tfOpCall(fn, first, kwargs);
  if (!r) return undefined;
  const inputs: TensorRef[] = [];
  visitTensors(r.args, (t) => inputs.push(t));
  spec.op = true;
  spec.opClass = r.op;
  spec.config = { ...spec.config, ...r.config };
  return { inputs, kwargs, args: r.args };
}

function calls(raw: Config, label: string, spec: LayerSpec): LayerSpec['calls'] {
  const { name } = spec;
  const op = spec.op === true;
  const nodes = raw.inbound_nodes;
  if (nodes === undefined || nodes === null) return [];
  if (!Array.isArray(nodes)) throw new FlopgateError(`${label}: layer "${name}" has malformed inbound_nodes`);
  return nodes.map((node) => {
    if (Array.isArray(node)) {
      // A TFOpLambda keeps the structure of its first argument: one tensor is the node itself.
      const entries = typeof node[0] === 'string' ? [node] : node;
      const inputs = entries.map((t) => tensorRef(t));
      if (inputs.some((t) => !t)) throw new FlopgateError(`${label}: layer "${name}" has a malformed inbound node`);
      const kw = entries.find((t) => Array.isArray(t) && isObj(t[3]))?.[3];
      const kwargs = isObj(kw) ? kw : {};
      const tf = TF_OP_CLASSES.has(spec.className) ? tfOpLayer(spec, entries, kwargs) : undefined;
      if (tf) return tf;
      // Keras 2 passes MultiHeadAttention's `value`/`key` as tensors in the first input's kwargs.
      const extra = ['value', 'key'].map((k) => tensorRef(kwargs[k])).filter((t): t is TensorRef => !!t);
      return { inputs: [...(inputs as TensorRef[]), ...extra], kwargs };
    }
    if (isObj(node)) {
      const kwargs = isObj(node.kwargs) ? node.kwargs : {};
      const args = Array.isArray(node.args) ? node.args : [];
      return { inputs: keras3Inputs(node, op), kwargs, ...(op ? { args } : {}) };
    }
    throw new FlopgateError(`${label}: layer "${name}" has a malformed inbound node`);
  });
}

/**
 * Model inputs/outputs: Keras 3 writes a single one as ["name", 0, 0], older Keras a list of
 * those, and Keras 3 models built on a dict ({"a": input_a, ...}) a dict of them, which
 * Keras flattens in sorted key order (as it orders the inputs the model is called with).
 */
function refList(v: unknown, label: string, what: string, depth = 0): TensorRef[] {
  const one = tensorRef(v);
  if (one) return [one];
  if (depth < 8 && Array.isArray(v)) return v.flatMap((x) => refList(x, label, what, depth + 1));
  if (depth < 8 && isObj(v)) {
    return Object.keys(v)
      .sort()
      .flatMap((k) => refList(v[k], label, what, depth + 1));
  }
  throw new FlopgateError(depth === 0 ? `${label}: model config has no ${what}` : `${label}: malformed ${what}`);
}

/**
 * Keras 3 writes, with every input tensor of a call, the shape it had: the output shape of the
 * producing call. Kept on the producer, it tells the shape of a layer no rule knows.
 */
function recordShapes(raws: unknown[], layers: LayerSpec[]): void {
  const byName = new Map(layers.map((l) => [l.name, l]));
  for (const raw of raws) {
    const nodes = isObj(raw) && Array.isArray(raw.inbound_nodes) ? raw.inbound_nodes : [];
    for (const node of nodes) {
      if (!isObj(node)) continue;
      visitTensors([node.args, ...(isObj(node.kwargs) ? Object.values(node.kwargs) : [])], (t, v) => {
        const shape = isObj(v.config) ? v.config.shape : undefined;
        const call = byName.get(t.layer)?.calls[t.node];
        if (!call || !isShape(shape) || t.tensor > 64) return;
        (call.recorded ??= [])[t.tensor] = shape;
      });
    }
  }
}

/** Layer classes whose Keras 3 operation namesake has other call arguments (ops.add(x, 3.0) vs Add()([a, b])). */
const MERGE_NAMESAKES = new Set(['Add', 'Subtract', 'Multiply', 'Maximum', 'Minimum']);

/**
 * Whether a layer entry without a `module` (Keras 3's legacy `.h5` format drops it) is a
 * Keras 3 operation: a class only operations have (NotEqual, GetItem...), a merge called
 * with positional arguments instead of one list, a Reshape configured with `newshape`.
 * Namesakes that compute the same thing either way (Softmax, Concatenate) stay layers.
 */
function legacyOp(spec: LayerSpec, raw: Config): boolean {
  const nodes = Array.isArray(raw.inbound_nodes) ? raw.inbound_nodes : [];
  if (spec.module !== undefined || nodes.length === 0 || !nodes.every(isObj)) return false;
  if (!ruleFor(spec.className)) return opRuleFor(spec.className) !== undefined;
  if (MERGE_NAMESAKES.has(spec.className)) {
    return nodes.some((n) => !(Array.isArray(n.args) && n.args.length === 1 && Array.isArray(n.args[0])));
  }
  return spec.className === 'Reshape' && 'newshape' in spec.config && !('target_shape' in spec.config);
}

function functional(cfg: unknown, label: string, depth: number, seen: Seen): ModelSpec {
  if (!isObj(cfg) || !Array.isArray(cfg.layers)) throw new FlopgateError(`${label}: Functional config has no layers list`);
  tooMany(cfg.layers.length, label);
  const layers = cfg.layers.map((l, i) => {
    const spec = layerOf(l, label, depth, `layer ${i}`, seen);
    if (legacyOp(spec, l as Config)) spec.op = true;
    spec.calls = calls(l as Config, label, spec);
    return spec;
  });
  recordShapes(cfg.layers, layers);
  return {
    kind: 'functional',
    name: String(cfg.name ?? 'model'),
    layers,
    inputs: refList(cfg.input_layers, label, 'input_layers'),
    outputs: refList(cfg.output_layers, label, 'output_layers'),
  };
}
