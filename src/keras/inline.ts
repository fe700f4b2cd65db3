import { FlopgateError } from '../errors.js';
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
    const config = { ...((cfg as Record<string, unknown>) ?? {}) };
    const base = key.toLowerCase();
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    const name = typeof config.name === 'string' ? config.name : n === 0 ? base : `${base}_${n}`;
    return { className, name, config, calls: [] };
  });
  return { kind: 'sequential', name: 'inline', layers: specs, inputs: [], outputs: [] };
}
