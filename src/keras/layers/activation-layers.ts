import { addCounts, big, type Counts } from '../../core/counts.js';
import { activation, activationCounts, elu } from '../../core/ops/activation.js';
import { prelu } from '../../core/ops/elementwise.js';
import { reduce } from '../../core/ops/reduce.js';
import { shaped } from '../../core/tensor.js';
import { axes, lookup, num, one, product } from './config.js';
import { fromCore, type LayerRule } from './rule.js';

/**
 * ReLU(max_value, negative_slope, threshold), as Keras 3's activations.relu computes it:
 * plain, relu6 and leaky (slope only) are one ReLU-family kernel per element; otherwise
 *   x > threshold ? x : 0            a comparison (instead of the relu)
 *   clip(x, 0, max_value)            a min and a max (max_value other than 6)
 *   x - slope * relu(-x + threshold) a negation, [an add], a relu, a mul and a sub
 */
export const ReLU: LayerRule = (call) => {
  const x = one(call);
  const n = big(product(x));
  const hasMax = lookup(call, 'max_value') !== undefined;
  const maxValue = num(call, 'max_value', 0);
  const slope = num(call, 'negative_slope', 0);
  const threshold = num(call, 'threshold', 0);
  if (slope !== 0 && !hasMax && threshold === 0) return fromCore(activation('leaky_relu', shaped(x)));
  const ops: Counts = {};
  if (slope !== 0) addCounts(ops, { neg: n, relu: n, ...(threshold !== 0 ? { add: n } : {}) });
  if (threshold !== 0) addCounts(ops, { compare: n });
  else addCounts(ops, activationCounts('relu', n));
  if (hasMax && (threshold !== 0 || maxValue !== 6)) addCounts(ops, { min: n, max: n });
  if (slope !== 0) addCounts(ops, { mul: n, sub: n });
  return { outputs: [x], ops, params: 0n };
};

/** LeakyReLU (`negative_slope`, Keras 2 `alpha`): one LeakyRelu kernel per element. */
export const LeakyReLU: LayerRule = (call) => {
  num(call, ['negative_slope', 'alpha'], 0.3);
  return fromCore(activation('leaky_relu', shaped(one(call))));
};

/** ThresholdedReLU (Keras 2): x * (x > theta). */
export const ThresholdedReLU: LayerRule = (call) => {
  num(call, 'theta', 1);
  return fromCore(activation('thresholded_relu', shaped(one(call))));
};

/** ELU (`alpha`). */
export const ELU: LayerRule = (call) => fromCore(elu(shaped(one(call)), num(call, 'alpha', 1)));

/**
 * Softmax over `axis` (default -1): the core's softmax along it. Over several axes Keras
 * computes exp(x - logsumexp(x, axes, keepdims=True)): the core's log-sum-exp reduction, then
 * a subtraction and an exponential per element.
 */
export const Softmax: LayerRule = (call) => {
  const x = one(call);
  const list = axes(call, 'axis', x.length, -1);
  const raw = lookup(call, 'axis')?.[1] ?? -1;
  const given = Array.isArray(raw) ? (raw as number[]) : [raw as number];
  if (list.length > 1) {
    const r = reduce('log_sum_exp', shaped(x), list, true);
    const n = big(product(x));
    return { outputs: [x], ops: addCounts(r.counts, { sub: n, exp: n }), params: 0n };
  }
  return fromCore(activation('softmax', shaped(x), given[0]));
};

/**
 * PReLU: alpha has the input's shape without batch, with every `shared_axes` axis (1-based, as
 * Keras numbers them) reduced to 1.
 */
export const PReLU: LayerRule = (call) => {
  const x = one(call);
  const shared = 'shared_axes' in call.config && call.config.shared_axes !== null ? axes(call, 'shared_axes', x.length, []) : [];
  const alphaShape = x.slice(1).map((d, i) => (shared.includes(i + 1) ? 1 : d));
  return fromCore(prelu(shaped(x), alphaShape));
};
