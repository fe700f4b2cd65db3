import { addOps, type OpCounts } from '../../costs/ops.js';
import { axes, lookup, num, one, product } from './config.js';
import type { LayerRule } from './rule.js';

/**
 * ReLU(max_value, negative_slope, threshold), as Keras 3's activations.relu computes it:
 * plain, relu6 and leaky (slope only) are one ReLU-family kernel per element; otherwise
 *   x > threshold ? x : 0            a comparison (instead of the relu)
 *   clip(x, 0, max_value)            a min and a max (max_value other than 6)
 *   x - slope * relu(-x + threshold) a negation, [an add], a relu, a mul and a sub
 */
export const ReLU: LayerRule = (call) => {
  const x = one(call);
  const n = product(x);
  const hasMax = lookup(call, 'max_value') !== undefined;
  const maxValue = num(call, 'max_value', 0);
  const slope = num(call, 'negative_slope', 0);
  const threshold = num(call, 'threshold', 0);
  if (slope !== 0 && !hasMax && threshold === 0) return { outputs: [x], ops: { relu: n }, params: 0 };
  const ops: OpCounts = {};
  if (slope !== 0) addOps(ops, { neg: n, relu: n, ...(threshold !== 0 ? { add: n } : {}) });
  if (threshold !== 0) addOps(ops, { compare: n });
  else addOps(ops, { relu: n });
  if (hasMax && (threshold !== 0 || maxValue !== 6)) addOps(ops, { min: n, max: n });
  if (slope !== 0) addOps(ops, { mul: n, sub: n });
  return { outputs: [x], ops, params: 0 };
};

/** LeakyReLU (`negative_slope`, Keras 2 `alpha`): one LeakyRelu kernel per element. */
export const LeakyReLU: LayerRule = (call) => {
  const x = one(call);
  num(call, ['negative_slope', 'alpha'], 0.3);
  return { outputs: [x], ops: { relu: product(x) }, params: 0 };
};

/** ThresholdedReLU (Keras 2): x * (x > theta), a comparison and a multiplication per element. */
export const ThresholdedReLU: LayerRule = (call) => {
  const x = one(call);
  num(call, 'theta', 1);
  const n = product(x);
  return { outputs: [x], ops: { compare: n, mul: n }, params: 0 };
};

/** ELU: the Elu kernel; an alpha other than 1 scales the negative side (a compare and a mul). */
export const ELU: LayerRule = (call) => {
  const x = one(call);
  const alpha = num(call, 'alpha', 1);
  const n = product(x);
  return { outputs: [x], ops: alpha === 1 ? { exp: n } : { exp: n, compare: n, mul: n }, params: 0 };
};

/** Softmax over `axis` (default -1): softmax ops per element. */
export const Softmax: LayerRule = (call) => {
  const x = one(call);
  axes(call, 'axis', x.length, -1);
  return { outputs: [x], ops: { softmax: product(x) }, params: 0 };
};

/**
 * PReLU: relu(x) - alpha * relu(-x) (Keras 3): two ReLUs, a negation of the input and of
 * alpha, one multiplication and one addition per element. alpha has the input's shape
 * without batch, with every `shared_axes` axis (1-based, as Keras numbers them) reduced to 1.
 */
export const PReLU: LayerRule = (call) => {
  const x = one(call);
  const inner = x.slice(1);
  const shared = 'shared_axes' in call.config && call.config.shared_axes !== null ? axes(call, 'shared_axes', x.length, []) : [];
  const alphaShape = inner.map((d, i) => (shared.includes(i + 1) ? 1 : d));
  const alpha = product(alphaShape);
  const n = product(x);
  // The negation of alpha is counted once per sample so that batch size multiplies it too.
  return { outputs: [x], ops: { relu: 2 * n, neg: n + x[0] * alpha, mul: n, add: n }, params: alpha };
};
