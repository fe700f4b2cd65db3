import { axes, num, one, product } from './config.js';
import type { LayerRule } from './rule.js';

/**
 * ReLU(max_value, negative_slope, threshold), LeakyReLU, ThresholdedReLU: one ReLU-family
 * op per element whatever the parameters (TF runs Relu/Relu6/LeakyRelu kernels).
 */
export const ReLU: LayerRule = (call) => {
  const x = one(call);
  num(call, 'max_value', 0);
  num(call, ['negative_slope', 'alpha'], 0);
  num(call, ['threshold', 'theta'], 0);
  return { outputs: [x], ops: { relu: product(x) }, params: 0 };
};

export const ELU: LayerRule = (call) => {
  const x = one(call);
  num(call, 'alpha', 1);
  return { outputs: [x], ops: { exp: product(x) }, params: 0 };
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
  return { outputs: [x], ops: { relu: 2 * n, neg: n + alpha, mul: n, add: n }, params: alpha };
};
