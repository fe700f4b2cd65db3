import type { Op, OpCounts } from '../../costs/ops.js';
import { fail } from './config.js';
import type { LayerCall } from './rule.js';

/** Every `keras.activations` name and the primitive op it costs per element. */
const ACTIVATION_OPS: Record<string, Op | null> = {
  linear: null,
  relu: 'relu',
  relu6: 'relu',
  leaky_relu: 'relu',
  hard_shrink: 'relu',
  soft_shrink: 'relu',
  tanh_shrink: 'tanh',
  squareplus: 'exp',
  threshold: 'relu',
  sigmoid: 'sigmoid',
  hard_sigmoid: 'hard_sigmoid',
  hard_silu: 'hard_sigmoid',
  hard_swish: 'hard_sigmoid',
  hard_tanh: 'hard_sigmoid',
  tanh: 'tanh',
  softmax: 'softmax',
  log_softmax: 'exp',
  sparsemax: 'softmax',
  elu: 'exp',
  selu: 'exp',
  celu: 'exp',
  glu: 'sigmoid',
  exponential: 'exp',
  softplus: 'exp',
  softsign: 'exp',
  silu: 'exp',
  swish: 'exp',
  mish: 'exp',
  gelu: 'gelu',
  sparse_plus: 'exp',
  sparse_sigmoid: 'hard_sigmoid',
  log_sigmoid: 'exp',
};

export const ACTIVATION_NAMES = Object.keys(ACTIVATION_OPS);

/** Keras 3 may write an activation as a serialized object; older files as a plain name. */
export function activationName(call: LayerCall, raw: unknown): string {
  if (raw === undefined || raw === null) return 'linear';
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    const cfg = o.config as Record<string, unknown> | undefined;
    const name = (typeof cfg?.name === 'string' && cfg.name) || (typeof o.class_name === 'string' && o.class_name);
    if (name) return name;
  }
  return fail(call, `cannot read activation ${JSON.stringify(raw)}`);
}

/**
 * Ops of applying `name` to `elements` values. An activation outside the catalogue is a
 * fault naming it: a custom function's cost is unknown and must not silently be 0.
 */
export function activationOps(call: LayerCall, name: string, elements: number): OpCounts {
  const key = name.toLowerCase();
  if (!(key in ACTIVATION_OPS)) fail(call, `unknown activation "${name}"`);
  const op = ACTIVATION_OPS[key];
  return op ? { [op]: elements } : {};
}
