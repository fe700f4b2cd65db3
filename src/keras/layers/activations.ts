import { addCounts, type Counts } from '../../core/counts.js';
import { activation, activationCounts, isActivation, ACTIVATIONS } from '../../core/ops/activation.js';
import { shaped } from '../../core/tensor.js';
import { fail } from './config.js';
import type { LayerCall } from './rule.js';

/** Every `keras.activations` name flopgate knows (the core's table, which Keras names). */
export const ACTIVATION_NAMES = Object.keys(ACTIVATIONS);

/** Old spellings and tfjs/serialisation variants of the same functions. */
const ALIASES: Record<string, string> = {
  leakyrelu: 'leaky_relu',
  hardsigmoid: 'hard_sigmoid',
  hardswish: 'hard_swish',
  logsoftmax: 'log_softmax',
  logsigmoid: 'log_sigmoid',
  prelu: 'relu',
  thresholdedrelu: 'relu',
  None: 'linear',
};

const own = (table: Record<string, string>, key: string) => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);

/**
 * Keras 3 may write an activation as a serialized object (a function:
 * `{class_name: "function", config: "relu"}`; an activation layer: `{class_name: "LeakyReLU",
 * config: {...}}`); older files as a plain name.
 */
export function activationName(call: LayerCall, raw: unknown): string {
  if (raw === undefined || raw === null) return 'linear';
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    if (typeof o.config === 'string') return o.config;
    const cfg = o.config as Record<string, unknown> | undefined;
    if (typeof o.class_name === 'string' && o.class_name !== 'function') return o.class_name;
    if (typeof cfg?.name === 'string') return cfg.name;
  }
  return fail(call, `cannot read activation ${JSON.stringify(raw)}`);
}

/** A Keras activation name as the core's table names it (aliases, case, module paths). */
export function canonicalActivation(call: LayerCall, name: string): string {
  let key = name.trim();
  key = own(ALIASES, key) ?? key.toLowerCase();
  key = own(ALIASES, key) ?? key;
  // Keras 2 serialises some as e.g. "keras.activations.relu" or with a module path.
  if (!isActivation(key) && key.includes('.')) key = key.slice(key.lastIndexOf('.') + 1);
  if (!isActivation(key)) fail(call, `unknown activation "${name}"`);
  return key;
}

/** What the activation `name` costs over `elements` values. */
export function activationOps(call: LayerCall, name: string, elements: bigint): Counts {
  return activationCounts(canonicalActivation(call, name), elements);
}

/** Applies the layer's `activation` to its output: the shape (glu halves the last axis) and ops. */
export function applyActivation(call: LayerCall, raw: unknown, shape: number[], into?: Counts): { shape: number[]; ops: Counts } {
  const r = activation(canonicalActivation(call, activationName(call, raw)), shaped(shape));
  const ops = into ? addCounts(into, r.counts) : r.counts;
  return { shape: [...r.outputs[0].shape], ops };
}
