import { didYouMean, FlopgateError } from '../errors.js';
import type { LayerSpec, ModelSpec } from './model.js';
import { tooMany } from './normalize.js';
import { RULES } from './registry.js';

/** `conv2d` → `Conv2D`: inline specs name layers in snake case, Keras classes in Pascal case. */
function classFor(key: string): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/_/g, '');
  const want = squash(key);
  if (want === 'input' || want === 'inputlayer') return 'InputLayer';
  return Object.keys(RULES).find((c) => squash(c) === want);
}

/**
 * Keys every Keras layer accepts that change nothing flopgate counts (how weights start, are
 * penalised or bounded; the layer's name and dtype): valid in an inline layer, never read.
 */
// Training hyper-parameters (a dropout's rate, a noise's stddev, batch normalisation's momentum
// and epsilon) change nothing flopgate counts, so no rule reads them; a fit does.
const INERT_KEYS = new Set(['name', 'trainable', 'dtype', 'dtype_policy', 'seed', 'autocast', 'input_shape', 'batch_input_shape', 'batch_shape', 'batch_size', 'input_dim', 'sparse', 'ragged', 'rate', 'noise_shape', 'stddev', 'momentum', 'epsilon']);
const INERT_SUFFIX = /_(initializer|regularizer|constraint)$/;

/**
 * Keys that shape training but not the forward count, per layer type: the rules never read
 * them, the fit builds its model with them (a Dropout's rate), so they are valid inline.
 */
const TRAINING_KEYS: Record<string, readonly string[]> = {
  Dropout: ['rate', 'noise_shape'],
  SpatialDropout1D: ['rate'],
  SpatialDropout2D: ['rate', 'data_format'],
  SpatialDropout3D: ['rate', 'data_format'],
  GaussianDropout: ['rate'],
  AlphaDropout: ['rate', 'noise_shape'],
  GaussianNoise: ['stddev'],
  ActivityRegularization: ['l1', 'l2'],
  BatchNormalization: ['momentum', 'epsilon', 'center', 'scale', 'synchronized'],
};

/** The keys each inline layer's rule asked for, present or not: what its type understands. */
const asked = new WeakMap<object, Set<string>>();

/**
 * A config that records every key read from it. The rules read configs through plain
 * property access, so the keys a layer type knows are exactly the ones its rule asks for;
 * anything else in an inline layer is a typo that would silently change the count.
 */
function recording(config: Record<string, unknown>, seen: Set<string>): Record<string, unknown> {
  return new Proxy(config, {
    get(target, key, receiver) {
      if (typeof key === 'string') seen.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === 'string') seen.add(key);
      return Reflect.has(target, key);
    },
  });
}

/**
 * The budget file's inline `layers:` list (a Sequential model written in YAML or JSON):
 * each item is a one-key map from a layer type to its Keras config.
 */
export function inlineSpec(layers: unknown, label: string): ModelSpec {
  if (!Array.isArray(layers) || layers.length === 0) {
    throw new FlopgateError(`${label}: layers must be a non-empty list of {type: config} items`);
  }
  tooMany(layers.length, label);
  const counts = new Map<string, number>();
  const specs: LayerSpec[] = layers.map((item, i) => {
    const where = `${label}: layers[${i}]`;
    if (typeof item === 'string') item = { [item]: {} };
    if (typeof item !== 'object' || item === null || Array.isArray(item) || Object.keys(item).length !== 1) {
      throw new FlopgateError(`${where}: expected one {type: config} item, e.g. {dense: {units: 10}}`);
    }
    const [key, cfg] = Object.entries(item as Record<string, unknown>)[0];
    const className = classFor(key);
    if (!className) throw new FlopgateError(`${where}: unknown layer type "${key}"`);
    if (cfg !== null && cfg !== undefined && (typeof cfg !== 'object' || Array.isArray(cfg))) {
      throw new FlopgateError(`${where}: the config of "${key}" must be a map`);
    }
    const plain = { ...((cfg as Record<string, unknown>) ?? {}) };
    const base = key.toLowerCase();
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    const name = typeof plain.name === 'string' ? plain.name : n === 0 ? base : `${base}_${n}`;
    const seen = new Set<string>();
    const config = recording(plain, seen);
    asked.set(config, seen);
    return { className, name, config, calls: [] };
  });
  return { kind: 'sequential', name: 'inline', layers: specs, inputs: [], outputs: [] };
}

export interface UnknownInlineKey {
  /** Index in the `layers:` list. */
  layer: number;
  type: string;
  key: string;
  /** ` (did you mean "activation"?)` or the keys that exist. */
  hint: string;
}

/**
 * Keys of an inline spec's layers that their rules never asked for, once the spec has been
 * measured (so every rule has run): each is a typo or a key flopgate does not know.
 */
export function unknownInlineKeys(spec: ModelSpec): UnknownInlineKey[] {
  const out: UnknownInlineKey[] = [];
  spec.layers.forEach((l, layer) => {
    const seen = asked.get(l.config);
    if (!seen) return;
    for (const key of Object.keys(l.config)) {
      if (seen.has(key) || INERT_KEYS.has(key) || INERT_SUFFIX.test(key) || TRAINING_KEYS[l.className]?.includes(key)) continue;
      // What the rule asked for, less what any code asks of an object (a thenable check).
      const known = [...seen].filter((k) => /^[a-z][a-z0-9_]*$/.test(k) && k !== 'then' && k !== 'name');
      out.push({ layer, type: l.className, key, hint: didYouMean(key, known) });
    }
  });
  return out;
}
