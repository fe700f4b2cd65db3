import type { LayersModel } from '@tensorflow/tfjs';
import type { Config, LayerSpec, ModelSpec, TensorRef } from '../keras/model.js';
import type { Tf } from './backend.js';
import { seededRng, type Rng } from './random.js';

export type Built = { model: LayersModel } | { reason: string };

const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);

/** Keras 1 class names that tfjs knows under their Keras 2 names. */
const CLASS_ALIASES: Record<string, string> = {
  Convolution1D: 'Conv1D',
  Convolution2D: 'Conv2D',
  Convolution3D: 'Conv3D',
  Deconvolution2D: 'Conv2DTranspose',
  Deconvolution3D: 'Conv2DTranspose',
  SeparableConvolution2D: 'SeparableConv2D',
};

const INITIALIZER_ALIASES: Record<string, string> = {
  LecunNormal: 'LeCunNormal',
  LecunUniform: 'LeCunUniform',
  Normal: 'RandomNormal',
  Uniform: 'RandomUniform',
  Zero: 'Zeros',
  One: 'Ones',
};

/** Initializers that draw random numbers: each gets its own seed, derived from the fit's. */
const RANDOM_INITIALIZERS = new Set([
  'GlorotUniform',
  'GlorotNormal',
  'HeNormal',
  'HeUniform',
  'LeCunNormal',
  'LeCunUniform',
  'RandomNormal',
  'RandomUniform',
  'TruncatedNormal',
  'VarianceScaling',
  'Orthogonal',
]);

/**
 * Keras's own defaults for the random initializers a config may leave out (tfjs's differ for
 * convolutions), written out so that they are seeded like the explicit ones.
 */
const KERNEL = { kernel_initializer: 'GlorotUniform' };
const RECURRENT = { kernel_initializer: 'GlorotUniform', recurrent_initializer: 'Orthogonal' };
const DEFAULT_INITIALIZERS: Record<string, Record<string, string>> = {
  Dense: KERNEL,
  Conv1D: KERNEL,
  Conv2D: KERNEL,
  Conv3D: KERNEL,
  Conv2DTranspose: KERNEL,
  Conv3DTranspose: KERNEL,
  DepthwiseConv2D: { depthwise_initializer: 'GlorotUniform' },
  SeparableConv2D: { depthwise_initializer: 'GlorotUniform', pointwise_initializer: 'GlorotUniform' },
  Embedding: { embeddings_initializer: 'RandomUniform' },
  SimpleRNN: RECURRENT,
  GRU: RECURRENT,
  LSTM: RECURRENT,
  ConvLSTM2D: RECURRENT,
};

/** Keys that say where the model comes from or how Keras 3 stores it; tfjs reads none. */
const DROPPED_KEYS = new Set(['module', 'registered_name', 'shared_object_id', 'build_config', 'compile_config']);

/** Keras 1 argument names and their Keras 2 successors. */
const KERAS1_KEYS: Record<string, string> = {
  init: 'kernel_initializer',
  W_regularizer: 'kernel_regularizer',
  b_regularizer: 'bias_regularizer',
  W_constraint: 'kernel_constraint',
  b_constraint: 'bias_constraint',
  border_mode: 'padding',
  subsample: 'strides',
  subsample_length: 'strides',
  nb_filter: 'filters',
  output_dim: 'units',
  filter_length: 'kernel_size',
  pool_length: 'pool_size',
  stride: 'strides',
  dim_ordering: 'data_format',
};

const isObj = (v: unknown): v is Config => typeof v === 'object' && v !== null && !Array.isArray(v);

const pascal = (s: string): string =>
  s
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

interface Ctx {
  nextSeed: () => number;
}

function firstUnsupported(spec: ModelSpec, known: Set<string>): LayerSpec | undefined {
  for (const l of spec.layers) {
    if (l.model) {
      const inner = firstUnsupported(l.model, known);
      if (inner) return inner;
    } else if (l.op || !known.has(CLASS_ALIASES[l.className] ?? l.className)) {
      // Keras 3 operations (keras.ops on symbolic tensors) have no layer to rebuild in tfjs.
      return l;
    }
  }
  return undefined;
}

function initializer(v: unknown, ctx: Ctx): unknown {
  let cls: string;
  let config: Config;
  if (typeof v === 'string') {
    cls = pascal(v);
    config = {};
  } else if (isObj(v) && typeof v.class_name === 'string') {
    cls = v.class_name;
    config = isObj(v.config) ? (clean(v.config, ctx) as Config) : {};
  } else {
    return v;
  }
  cls = INITIALIZER_ALIASES[cls] ?? cls;
  if (RANDOM_INITIALIZERS.has(cls)) config = { ...config, seed: ctx.nextSeed() };
  return { class_name: cls, config };
}

/** tfjs has one L1L2 class; Keras also writes L1 and L2 (and the strings "l1", "l2"). */
function regularizer(v: unknown, ctx: Ctx): unknown {
  if (typeof v === 'string') {
    const k = v.toLowerCase().replace(/_/g, '');
    if (k === 'l1') return { class_name: 'L1L2', config: { l1: 0.01, l2: 0 } };
    if (k === 'l2') return { class_name: 'L1L2', config: { l1: 0, l2: 0.01 } };
    if (k === 'l1l2') return { class_name: 'L1L2', config: { l1: 0.01, l2: 0.01 } };
    return v;
  }
  if (!isObj(v) || typeof v.class_name !== 'string') return v;
  const c = isObj(v.config) ? v.config : {};
  const num = (x: unknown): number => (typeof x === 'number' ? x : 0);
  if (v.class_name === 'L1') return { class_name: 'L1L2', config: { l1: num(c.l1), l2: 0 } };
  if (v.class_name === 'L2') return { class_name: 'L1L2', config: { l1: 0, l2: num(c.l2) } };
  return { class_name: v.class_name, config: clean(c, ctx) };
}

/** Serialized objects lose Keras 3's module bookkeeping; dtype policies become float32. */
function clean(v: unknown, ctx: Ctx, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => clean(x, ctx, key));
  if (!isObj(v)) return v;
  if (key.endsWith('initializer')) return initializer(v, ctx);
  if (key.endsWith('regularizer')) return regularizer(v, ctx);
  if (typeof v.class_name === 'string' && 'config' in v) {
    if (v.class_name === 'DTypePolicy' || v.class_name === 'Policy') return 'float32';
    const cls = CLASS_ALIASES[v.class_name] ?? v.class_name;
    const out: Config = { class_name: cls, config: isObj(v.config) ? layerConfig(cls, v.config, ctx, false) : clean(v.config, ctx) };
    if (typeof v.name === 'string') out.name = v.name;
    return out;
  }
  const out: Config = {};
  for (const [k, x] of Object.entries(v)) {
    if (!DROPPED_KEYS.has(k)) out[k] = clean(x, ctx, k);
  }
  return out;
}

/**
 * A layer's config as tfjs reads it (Keras 2 style): Keras 1 names renamed, Keras 3's
 * `batch_shape` and dtype policies translated, every random initializer seeded.
 */
function layerConfig(className: string, raw: Config, ctx: Ctx, stripInputShape: boolean): Config {
  const c: Config = {};
  for (const [k, v] of Object.entries(raw)) {
    const to = KERAS1_KEYS[k];
    if (to && !(to in raw)) c[to] = v;
    else if (!(k in c)) c[k] = v;
  }
  if (typeof c.bias === 'boolean' && !('use_bias' in c)) {
    c.use_bias = c.bias;
    delete c.bias;
  }
  if (typeof c.p === 'number' && className === 'Dropout' && !('rate' in c)) {
    c.rate = c.p;
    delete c.p;
  }
  if ('nb_row' in c && 'nb_col' in c && !('kernel_size' in c)) {
    c.kernel_size = [c.nb_row, c.nb_col];
    delete c.nb_row;
    delete c.nb_col;
  }
  if (c.data_format === 'tf') c.data_format = 'channels_last';
  if (c.data_format === 'th') c.data_format = 'channels_first';
  if ('batch_shape' in c && !('batch_input_shape' in c)) c.batch_input_shape = c.batch_shape;
  delete c.batch_shape;
  if (stripInputShape) {
    for (const k of ['batch_input_shape', 'input_shape', 'input_dim', 'input_length']) delete c[k];
  }
  // Training runs in float32 whatever the file was saved with (float16, mixed policies).
  delete c.dtype;
  if (c.activation === 'silu') c.activation = 'swish';
  for (const [k, v] of Object.entries(DEFAULT_INITIALIZERS[className] ?? {})) {
    if (c[k] === undefined || c[k] === null) c[k] = v;
  }
  const out: Config = {};
  for (const [k, v] of Object.entries(c)) {
    if (DROPPED_KEYS.has(k)) continue;
    if (k.endsWith('initializer')) out[k] = initializer(v, ctx);
    else if (k.endsWith('regularizer')) out[k] = regularizer(v, ctx);
    else out[k] = clean(v, ctx, k);
  }
  return out;
}

/** Keras 2 inbound-node keyword arguments: only plain values survive (tensors were inputs). */
function plainKwargs(kw: Config): Config {
  const out: Config = {};
  for (const [k, v] of Object.entries(kw)) {
    if (v === null || ['boolean', 'number', 'string'].includes(typeof v)) out[k] = v;
  }
  return out;
}

type Ref = [string, number, number];

interface FlatLayer {
  name: string;
  className: string;
  config: Config;
  nodes: { inputs: Ref[]; kwargs: Config }[];
}

/** Models nest a few levels deep in real files; normalisation already refuses far deeper. */
const MAX_NESTING = 64;

/**
 * One flat Functional graph out of nested models. tfjs cannot deserialize a model nested in
 * a Functional one ("Graph disconnected"), so each nested model's layers are inlined where it
 * is called, named `outer/inner`; a nested model called twice reuses its layers, and so its
 * weights, as Keras does.
 */
class Flattener {
  readonly layers: FlatLayer[] = [];
  private readonly byKey = new Map<string, FlatLayer>();
  private readonly names = new Set<string>();

  constructor(private readonly ctx: Ctx) {}

  private unique(name: string): string {
    let n = name;
    for (let i = 1; this.names.has(n); i++) n = `${name}_${i}`;
    this.names.add(n);
    return n;
  }

  input(name: string, shape: readonly number[]): Ref {
    const fl: FlatLayer = {
      name: this.unique(name),
      className: 'InputLayer',
      config: { batch_input_shape: [null, ...shape], dtype: 'float32', sparse: false },
      nodes: [],
    };
    this.layers.push(fl);
    return [fl.name, 0, 0];
  }

  private call(l: LayerSpec, prefix: string, inputs: Ref[], kwargs: Config): [FlatLayer, number] {
    const key = prefix + l.name;
    let fl = this.byKey.get(key);
    if (!fl) {
      const cls = CLASS_ALIASES[l.className] ?? l.className;
      // Every layer is called on a tensor here, so a declared input shape has nothing to add.
      fl = { name: this.unique(key), className: cls, config: layerConfig(cls, l.config, this.ctx, true), nodes: [] };
      this.byKey.set(key, fl);
      this.layers.push(fl);
    }
    fl.nodes.push({ inputs, kwargs: plainKwargs(kwargs) });
    return [fl, fl.nodes.length - 1];
  }

  /** Applies `model` to `inputs`; its output tensors in the flat graph. */
  apply(model: ModelSpec, inputs: Ref[], prefix: string, depth = 0): Ref[] {
    if (depth > MAX_NESTING) throw new Error(`models nest deeper than ${MAX_NESTING} levels`);
    return model.kind === 'sequential' ? this.sequential(model, inputs, prefix, depth) : this.functional(model, inputs, prefix, depth);
  }

  private sequential(model: ModelSpec, inputs: Ref[], prefix: string, depth: number): Ref[] {
    if (inputs.length !== 1) throw new Error(`Sequential model "${model.name}" called on ${inputs.length} tensors`);
    let cur = inputs[0];
    for (const l of model.layers) {
      if (l.className === 'InputLayer') continue;
      if (l.model) {
        cur = this.apply(l.model, [cur], `${prefix}${l.name}/`, depth + 1)[0];
      } else {
        const [fl, node] = this.call(l, prefix, [cur], {});
        cur = [fl.name, node, 0];
      }
    }
    return [cur];
  }

  private functional(model: ModelSpec, inputs: Ref[], prefix: string, depth: number): Ref[] {
    const key = (layer: string, node: number, tensor: number): string => `${layer}\u0000${node}\u0000${tensor}`;
    const known = new Map<string, Ref>();
    const nodes = new Map<string, [string, number]>();
    model.inputs.forEach((r, i) => {
      if (!inputs[i]) throw new Error(`model "${model.name}" called on ${inputs.length} tensors, it takes ${model.inputs.length}`);
      known.set(key(r.layer, r.node, r.tensor), inputs[i]);
    });
    const resolve = (r: TensorRef): Ref | undefined => {
      const hit = known.get(key(r.layer, r.node, r.tensor));
      if (hit) return hit;
      const n = nodes.get(`${r.layer}\u0000${r.node}`);
      return n ? [n[0], n[1], r.tensor] : undefined;
    };
    let pending = model.layers.flatMap((l) => (l.className === 'InputLayer' ? [] : l.calls.map((c, i) => ({ l, c, i }))));
    // Files list layers in call order; a few passes settle any that are not.
    while (pending.length) {
      const next: typeof pending = [];
      for (const p of pending) {
        const ins = p.c.inputs.map(resolve);
        if (ins.some((r) => !r)) {
          next.push(p);
        } else if (p.l.model) {
          const outs = this.apply(p.l.model, ins as Ref[], `${prefix}${p.l.name}/`, depth + 1);
          outs.forEach((o, t) => known.set(key(p.l.name, p.i, t), o));
        } else {
          const [fl, node] = this.call(p.l, prefix, ins as Ref[], p.c.kwargs);
          nodes.set(`${p.l.name}\u0000${p.i}`, [fl.name, node]);
        }
      }
      if (next.length === pending.length) throw new Error(`layer "${next[0].l.name}" of "${model.name}" takes a tensor no layer makes`);
      pending = next;
    }
    return model.outputs.map((r) => {
      const out = resolve(r);
      if (!out) throw new Error(`output "${r.layer}" of "${model.name}" is not computed by any layer`);
      return out;
    });
  }
}

/**
 * The Keras 2 Functional config tfjs reads, with the inputs pinned to the shapes being fed.
 */
function topologyOf(spec: ModelSpec, inputShapes: number[][], ctx: Ctx): Config {
  const flat = new Flattener(ctx);
  const inputNames =
    spec.kind === 'functional'
      ? spec.inputs.map((r) => r.layer)
      : [spec.layers[0]?.className === 'InputLayer' ? spec.layers[0].name : `${spec.name}_input`];
  if (inputNames.length !== inputShapes.length) throw new Error(`the model has ${inputNames.length} inputs, ${inputShapes.length} shapes given`);
  const ins = inputNames.map((n, i) => flat.input(n, inputShapes[i]));
  const outs = flat.apply(spec, ins, '');
  const layers = flat.layers.map((fl) => ({
    class_name: fl.className,
    name: fl.name,
    config: { ...fl.config, name: fl.name },
    inbound_nodes: fl.nodes.map((n) => n.inputs.map((r) => [...r, n.kwargs])),
  }));
  return { name: spec.name, layers, input_layers: ins, output_layers: outs };
}

/**
 * Rebuilds flopgate's architecture as a trainable tfjs model with fresh weights: every random
 * initializer is seeded from `seed`, so the same seed gives the same starting weights. A layer
 * tfjs cannot train, or a config it cannot read, gives a reason instead of a model.
 */
export async function buildModel(tf: Tf, spec: ModelSpec, inputShapes: number[][], seed: number): Promise<Built> {
  const known = new Set([...Object.keys(tf.serialization.SerializationMap.getMap().classNameMap), ...MODEL_CLASSES]);
  const bad = firstUnsupported(spec, known);
  if (bad) {
    const why = bad.op ? `is a Keras operation (${bad.className}), which TensorFlow.js cannot rebuild as a layer` : `(${bad.className}) has no TensorFlow.js implementation`;
    return { reason: `layer "${bad.name}" ${why} to train` };
  }
  const rng: Rng = seededRng(seed);
  const ctx: Ctx = { nextSeed: () => Math.floor(rng() * 2 ** 31) };
  try {
    const topology = { class_name: 'Model', config: topologyOf(spec, inputShapes, ctx), keras_version: '2.15.0', backend: 'tensorflow' };
    // Plain JSON built above; tfjs types it with its own JSON value type.
    const json = { modelTopology: topology } as unknown as Parameters<Tf['models']['modelFromJSON']>[0];
    const model = await tf.models.modelFromJSON(json);
    return { model };
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0].trim();
    return { reason: `TensorFlow.js cannot rebuild the model: ${msg}` };
  }
}
