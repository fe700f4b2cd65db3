import { FlopgateError } from '../errors.js';
import type { Config, LayerSpec, ModelSpec, TensorRef } from './model.js';

/** Models nest models; real files go a few levels deep. Deeper is refused, not recursed. */
export const MAX_MODEL_DEPTH = 64;
const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);

const isObj = (v: unknown): v is Config => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isModelClass(className: string): boolean {
  return MODEL_CLASSES.has(className);
}

/**
 * A Keras model config (`{class_name, config}`) of any Keras generation, or a tfjs
 * modelTopology, into a ModelSpec. `label` names the file in errors.
 */
export function normalizeModel(raw: unknown, label: string, depth = 0): ModelSpec {
  if (depth > MAX_MODEL_DEPTH) throw new FlopgateError(`${label}: models nest deeper than ${MAX_MODEL_DEPTH} levels`);
  if (!isObj(raw) || typeof raw.class_name !== 'string') {
    throw new FlopgateError(`${label}: model config has no class_name`);
  }
  const cls = raw.class_name;
  const cfg = raw.config;
  if (cls === 'Sequential') return sequential(cfg, label, depth);
  if (cls === 'Functional' || cls === 'Model') return functional(cfg, label, depth);
  throw new FlopgateError(`${label}: top-level class "${cls}" is not a Sequential or Functional model`);
}

function layerOf(raw: unknown, label: string, depth: number, where: string): LayerSpec {
  if (!isObj(raw) || typeof raw.class_name !== 'string') {
    throw new FlopgateError(`${label}: ${where} has no class_name`);
  }
  const config = isObj(raw.config) ? raw.config : Array.isArray(raw.config) ? { layers: raw.config } : {};
  const name = typeof raw.name === 'string' ? raw.name : typeof config.name === 'string' ? config.name : '';
  if (!name) throw new FlopgateError(`${label}: ${where} (${raw.class_name}) has no name`);
  const spec: LayerSpec = { className: raw.class_name, name, config, calls: [] };
  if (isModelClass(raw.class_name)) spec.model = normalizeModel({ class_name: raw.class_name, config: raw.config }, label, depth + 1);
  return spec;
}

function sequential(cfg: unknown, label: string, depth: number): ModelSpec {
  // Keras 1 and early Keras 2 wrote a Sequential config as the bare list of layers.
  const c: Config = Array.isArray(cfg) ? { layers: cfg } : isObj(cfg) ? cfg : {};
  if (!Array.isArray(c.layers)) throw new FlopgateError(`${label}: Sequential config has no layers list`);
  const layers = c.layers.map((l, i) => layerOf(l, label, depth, `layer ${i}`));
  const spec: ModelSpec = { kind: 'sequential', name: String(c.name ?? 'sequential'), layers, inputs: [], outputs: [] };
  const shape = c.build_input_shape ?? (isObj(c.build_config) ? c.build_config.input_shape : undefined);
  if (Array.isArray(shape) && shape.every((d) => d === null || typeof d === 'number')) spec.batchInputShape = shape as (number | null)[];
  return spec;
}

/** Keras 2: ["name", node, tensor, {kwargs}]; Keras 3: {class_name: "__keras_tensor__", config: {keras_history}}. */
function tensorRef(v: unknown): TensorRef | undefined {
  if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number' && typeof v[2] === 'number') {
    return { layer: v[0], node: v[1], tensor: v[2] };
  }
  if (isObj(v) && v.class_name === '__keras_tensor__' && isObj(v.config)) {
    const h = v.config.keras_history;
    if (Array.isArray(h)) return tensorRef(h);
  }
  return undefined;
}

/** Tensors in call order: positional args (lists flattened), then query/value/key keywords. */
function keras3Inputs(node: Config): TensorRef[] {
  const out: TensorRef[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 8) return;
    const t = tensorRef(v);
    if (t) out.push(t);
    else if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
  };
  visit(node.args, 0);
  const kwargs = isObj(node.kwargs) ? node.kwargs : {};
  for (const k of ['inputs', 'query', 'value', 'key']) if (k in kwargs) visit(kwargs[k], 0);
  return out;
}

function calls(raw: Config, label: string, name: string): LayerSpec['calls'] {
  const nodes = raw.inbound_nodes;
  if (nodes === undefined || nodes === null) return [];
  if (!Array.isArray(nodes)) throw new FlopgateError(`${label}: layer "${name}" has malformed inbound_nodes`);
  return nodes.map((node) => {
    if (Array.isArray(node)) {
      const inputs = node.map((t) => tensorRef(t));
      if (inputs.some((t) => !t)) throw new FlopgateError(`${label}: layer "${name}" has a malformed inbound node`);
      const kw = node.find((t) => Array.isArray(t) && isObj(t[3]))?.[3];
      const kwargs = isObj(kw) ? kw : {};
      // Keras 2 passes MultiHeadAttention's `value`/`key` as tensors in the first input's kwargs.
      const extra = ['value', 'key'].map((k) => tensorRef(kwargs[k])).filter((t): t is TensorRef => !!t);
      return { inputs: [...(inputs as TensorRef[]), ...extra], kwargs };
    }
    if (isObj(node)) {
      const kwargs = isObj(node.kwargs) ? node.kwargs : {};
      return { inputs: keras3Inputs(node), kwargs };
    }
    throw new FlopgateError(`${label}: layer "${name}" has a malformed inbound node`);
  });
}

/** Keras 3 writes a single model input as ["name", 0, 0]; older Keras as a list of those. */
function refList(v: unknown, label: string, what: string): TensorRef[] {
  const one = tensorRef(v);
  if (one) return [one];
  if (Array.isArray(v)) {
    return v.map((x) => {
      const t = tensorRef(x);
      if (!t) throw new FlopgateError(`${label}: malformed ${what}`);
      return t;
    });
  }
  throw new FlopgateError(`${label}: model config has no ${what}`);
}

function functional(cfg: unknown, label: string, depth: number): ModelSpec {
  if (!isObj(cfg) || !Array.isArray(cfg.layers)) throw new FlopgateError(`${label}: Functional config has no layers list`);
  const layers = cfg.layers.map((l, i) => {
    const spec = layerOf(l, label, depth, `layer ${i}`);
    spec.calls = calls(l as Config, label, spec.name);
    return spec;
  });
  return {
    kind: 'functional',
    name: String(cfg.name ?? 'model'),
    layers,
    inputs: refList(cfg.input_layers, label, 'input_layers'),
    outputs: refList(cfg.output_layers, label, 'output_layers'),
  };
}
