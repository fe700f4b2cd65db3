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
    } else if (!known.has(CLASS_ALIASES[l.className] ?? l.className)) {
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

const ref = (r: TensorRef): [string, number, number] => [r.layer, r.node, r.tensor];

function inputLayer(name: string, shape: readonly number[]): Config {
  return {
    class_name: 'InputLayer',
    name,
    config: { name, batch_input_shape: [null, ...shape], dtype: 'float32', sparse: false },
  };
}

function layerEntry(l: LayerSpec, ctx: Ctx, functional: boolean, stripInputShape: boolean): Config {
  const cls = CLASS_ALIASES[l.className] ?? l.className;
  const config = l.model ? modelConfig(l.model, ctx, undefined) : layerConfig(cls, l.config, ctx, stripInputShape);
  config.name = l.name;
  const entry: Config = { class_name: l.model ? (l.model.kind === 'sequential' ? 'Sequential' : 'Model') : cls, name: l.name, config };
  if (functional) {
    entry.inbound_nodes = l.calls.map((c) => c.inputs.map((r) => [...ref(r), plainKwargs(c.kwargs)]));
  }
  return entry;
}

/**
 * A Keras 2 model config. At the top (`inputShapes` given) the inputs are pinned to the shapes
 * being fed: a Sequential gets an explicit InputLayer, a Functional model's InputLayers are
 * rewritten. Nested models keep the shapes their files declare.
 */
function modelConfig(spec: ModelSpec, ctx: Ctx, inputShapes: number[][] | undefined): Config {
  if (spec.kind === 'sequential') {
    const layers = spec.layers.filter((l) => !(inputShapes && l.className === 'InputLayer'));
    const entries = layers.map((l) => layerEntry(l, ctx, false, inputShapes !== undefined));
    if (inputShapes) entries.unshift(inputLayer(`${spec.name}_input`, inputShapes[0]));
    return { name: spec.name, layers: entries };
  }
  const entries = spec.layers.map((l) => {
    const at = spec.inputs.findIndex((r) => r.layer === l.name);
    if (inputShapes && l.className === 'InputLayer' && at >= 0 && inputShapes[at]) {
      return { ...inputLayer(l.name, inputShapes[at]), inbound_nodes: [] };
    }
    return layerEntry(l, ctx, true, false);
  });
  return { name: spec.name, layers: entries, input_layers: spec.inputs.map(ref), output_layers: spec.outputs.map(ref) };
}

/**
 * Rebuilds flopgate's architecture as a trainable tfjs model with fresh weights: every random
 * initializer is seeded from `seed`, so the same seed gives the same starting weights. A layer
 * tfjs cannot train, or a config it cannot read, gives a reason instead of a model.
 */
export async function buildModel(tf: Tf, spec: ModelSpec, inputShapes: number[][], seed: number): Promise<Built> {
  const known = new Set([...Object.keys(tf.serialization.SerializationMap.getMap().classNameMap), ...MODEL_CLASSES]);
  const bad = firstUnsupported(spec, known);
  if (bad) return { reason: `layer "${bad.name}" (${bad.className}) has no TensorFlow.js implementation to train` };
  const rng: Rng = seededRng(seed);
  const ctx: Ctx = { nextSeed: () => Math.floor(rng() * 2 ** 31) };
  const topology = {
    class_name: spec.kind === 'sequential' ? 'Sequential' : 'Model',
    config: modelConfig(spec, ctx, inputShapes),
    keras_version: '2.15.0',
    backend: 'tensorflow',
  };
  try {
    // Plain JSON built above; tfjs types it with its own JSON value type.
    const json = { modelTopology: topology } as unknown as Parameters<Tf['models']['modelFromJSON']>[0];
    const model = await tf.models.modelFromJSON(json);
    return { model };
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0].trim();
    return { reason: `TensorFlow.js cannot rebuild the model: ${msg}` };
  }
}
