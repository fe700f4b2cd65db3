import { scaleOps, type OpCounts } from '../../costs/ops.js';
import { fail, product } from './config.js';
import type { LayerCall } from './rule.js';

/**
 * Every `keras.activations` name (Keras 1, 2 and 3, tfjs) and the primitive ops it costs per
 * element. Single-kernel activations are one op of their family; composite ones spell out
 * their extra arithmetic (silu = x * sigmoid(x): a sigmoid and a multiply), so each
 * convention weighs the parts it counts.
 */
const ACTIVATION_OPS: Record<string, OpCounts> = {
  linear: {},
  relu: { relu: 1 },
  relu6: { relu: 1 },
  leaky_relu: { relu: 1 },
  threshold: { relu: 1 },
  hard_shrink: { relu: 1 },
  soft_shrink: { relu: 1 },
  sigmoid: { sigmoid: 1 },
  hard_sigmoid: { hard_sigmoid: 1 },
  sparse_sigmoid: { hard_sigmoid: 1 },
  hard_tanh: { max: 1, min: 1 },
  hard_silu: { hard_sigmoid: 1, mul: 1 },
  hard_swish: { hard_sigmoid: 1, mul: 1 },
  tanh: { tanh: 1 },
  tanh_shrink: { tanh: 1, sub: 1 },
  softmax: { softmax: 1 },
  // A softmax variant TF runs as one LogSoftmax kernel (no statistics): costed like exp.
  log_softmax: { exp: 1 },
  sparsemax: { softmax: 1 },
  elu: { exp: 1 },
  selu: { exp: 1 },
  // max(x, 0) + alpha * expm1(min(x, 0) / alpha)
  celu: { exp: 1, max: 1, min: 1, div: 1, mul: 1, add: 1 },
  exponential: { exp: 1 },
  softplus: { exp: 1 },
  softsign: { exp: 1 },
  squareplus: { exp: 1 },
  sparse_plus: { exp: 1 },
  // -softplus(-x)
  log_sigmoid: { exp: 1, neg: 2 },
  // x * sigmoid(beta * x) with beta = 1, as TF computes it
  silu: { sigmoid: 1, mul: 2 },
  swish: { sigmoid: 1, mul: 2 },
  mish: { exp: 1, tanh: 1, mul: 1 },
  gelu: { gelu: 1 },
  // glu(x) = a * sigmoid(b) over the two halves of the last axis: per *output* element.
  glu: { sigmoid: 1, mul: 1 },
};

export const ACTIVATION_NAMES = Object.keys(ACTIVATION_OPS);

/** Old spellings and tfjs/serialisation variants of the same functions. */
const ALIASES: Record<string, string> = {
  relu6: 'relu6',
  leakyrelu: 'leaky_relu',
  hardsigmoid: 'hard_sigmoid',
  hard_silu: 'hard_silu',
  hardswish: 'hard_swish',
  logsoftmax: 'log_softmax',
  logsigmoid: 'log_sigmoid',
  elu: 'elu',
  prelu: 'relu',
  thresholdedrelu: 'relu',
  None: 'linear',
};

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

function lookupActivation(call: LayerCall, name: string): [string, OpCounts] {
  let key = name.trim();
  key = ALIASES[key] ?? key.toLowerCase();
  key = ALIASES[key] ?? key;
  // Keras 2 serialises some as e.g. "keras.activations.relu" or with a module path.
  if (!(key in ACTIVATION_OPS) && key.includes('.')) key = key.slice(key.lastIndexOf('.') + 1);
  if (!(key in ACTIVATION_OPS)) fail(call, `unknown activation "${name}"`);
  return [key, ACTIVATION_OPS[key]];
}

/**
 * Ops of applying `name` to `elements` values. An activation outside the catalogue is a
 * fault naming it: a custom function's cost is unknown and must not silently be 0.
 */
export function activationOps(call: LayerCall, name: string, elements: number): OpCounts {
  const [key, ops] = lookupActivation(call, name);
  if (key === 'glu') return scaleOps(ops, elements / 2);
  return scaleOps(ops, elements);
}

/** Applies the activation to a tensor: its output shape (glu halves the last axis) and ops. */
export function applyActivation(call: LayerCall, raw: unknown, shape: number[]): { shape: number[]; ops: OpCounts } {
  const name = activationName(call, raw);
  const [key, ops] = lookupActivation(call, name);
  if (key === 'glu') {
    const last = shape[shape.length - 1];
    if (last % 2 !== 0) fail(call, `activation glu needs an even last dimension, got ${last}`);
    const out = [...shape.slice(0, -1), last / 2];
    return { shape: out, ops: scaleOps(ops, product(out)) };
  }
  return { shape, ops: scaleOps(ops, product(shape)) };
}
