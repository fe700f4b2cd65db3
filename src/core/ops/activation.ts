/**
 * Activation functions, one table for every format: a Keras `activation=` name, a Keras
 * activation layer, a `keras.ops.nn` function, an ONNX activation op or a TF kernel all name one
 * of these, and cost what it lists per element. Single-kernel functions are one op of their
 * family; composite ones spell out their extra arithmetic (silu = x * sigmoid(x): a sigmoid and
 * a multiply), so each convention weighs the parts it counts. The compositions are the ones
 * TF's kernels or Keras' TF backend run (docs/conventions.md, "Activations").
 */
import { perElement, type Counts, type Op } from '../counts.js';
import { fault } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { normAxis } from '../shape.js';
import { size, tensor, type Tensor } from '../tensor.js';

export const ACTIVATIONS = {
  linear: {},
  relu: { relu: 1 },
  relu6: { relu: 1 },
  leaky_relu: { relu: 1 },
  // x > t ? x : v (keras.ops.threshold): a comparison, the select is no arithmetic.
  threshold: { compare: 1 },
  // x * (x > theta) (Keras 2 ThresholdedReLU, ONNX ThresholdedRelu): a comparison and a multiply.
  thresholded_relu: { compare: 1, mul: 1 },
  hard_shrink: { relu: 1 },
  soft_shrink: { relu: 1 },
  sigmoid: { sigmoid: 1 },
  hard_sigmoid: { hard_sigmoid: 1 },
  sparse_sigmoid: { hard_sigmoid: 1 },
  // clip(x, -1, 1)
  hard_tanh: { max: 1, min: 1 },
  // x * hard_sigmoid(x)
  hard_silu: { hard_sigmoid: 1, mul: 1 },
  hard_swish: { hard_sigmoid: 1, mul: 1 },
  tanh: { tanh: 1 },
  // x - tanh(x)
  tanh_shrink: { tanh: 1, sub: 1 },
  // alpha * tanh(beta * x) (ONNX recurrent ops' ScaledTanh)
  scaled_tanh: { tanh: 1, mul: 2 },
  // alpha * x + beta (ONNX recurrent ops' Affine)
  affine: { mul: 1, add: 1 },
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
  // x * tanh(softplus(x))
  mish: { exp: 1, tanh: 1, mul: 1 },
  gelu: { gelu: 1 },
  // a * sigmoid(b) over the two halves of an axis: per *output* element.
  glu: { sigmoid: 1, mul: 1 },
} as const satisfies Record<string, Partial<Record<Op, number>>>;

export type ActivationName = keyof typeof ACTIVATIONS;

export function isActivation(name: string): name is ActivationName {
  return Object.prototype.hasOwnProperty.call(ACTIVATIONS, name);
}

/**
 * What applying activation `name` to `elements` values costs. A name outside the table is a
 * fault naming it: a custom function's cost is unknown and must not silently be 0.
 */
export function activationCounts(name: string, elements: bigint): Counts {
  if (!isActivation(name)) fault(`unknown activation "${name}"`);
  return perElement(ACTIVATIONS[name], elements);
}

/**
 * `name` applied to `x`: the same shape, except glu, which halves `axis` (default the last)
 * and is counted per output element.
 */
export function activation(name: string, x: Tensor, axis = -1): OpResult {
  if (name === 'glu') {
    const a = normAxis(axis, x.shape.length);
    const d = x.shape[a];
    if (d % 2 !== 0) fault(`glu needs an even axis ${a}, got ${d}`);
    const out = x.shape.map((v, i) => (i === a ? d / 2 : v));
    return result([tensor(out, x.dtype)], activationCounts(name, BigInt(size(out))));
  }
  return result([tensor(x.shape, x.dtype)], activationCounts(name, BigInt(size(x.shape))));
}

/**
 * ELU with `alpha`: TF's Elu kernel is alpha = 1; another alpha scales the negative side
 * (Keras: where(x > 0, x, alpha * elu(x))), a comparison and a multiplication per element more.
 */
export function elu(x: Tensor, alpha: number): OpResult {
  const r = activation('elu', x);
  if (alpha !== 1) {
    const n = BigInt(size(x.shape));
    r.counts.compare = (r.counts.compare ?? 0n) + n;
    r.counts.mul = (r.counts.mul ?? 0n) + n;
  }
  return r;
}
