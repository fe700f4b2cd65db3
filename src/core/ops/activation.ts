/**
 * Activation functions, one table for every format: a Keras `activation=` name, a Keras
 * activation layer, a `keras.ops.nn` function, an ONNX activation op or a TF kernel all name one
 * of these, and cost what it lists per element. Single-kernel functions are one op of their
 * family; composite ones spell out their extra arithmetic (silu = x * sigmoid(x): a sigmoid and
 * a multiply), so each convention weighs the parts it counts. The compositions are the ones
 * TF's kernels or Keras' TF backend run (docs/conventions.md, "Activations").
 */
import { addCounts, big, perElement, type Counts, type Op } from '../counts.js';
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
  // where(|x| > t, x, 0): an absolute value and a comparison.
  hard_shrink: { abs: 1, compare: 1 },
  // where(x > t, x - t, where(x < -t, x + t, 0)): two comparisons, a subtraction and an addition.
  soft_shrink: { compare: 2, sub: 1, add: 1 },
  sigmoid: { sigmoid: 1 },
  hard_sigmoid: { hard_sigmoid: 1 },
  // where(x <= -1, 0, where(x >= 1, 1, 0.5 (x + 1))): two comparisons, an addition, a multiply.
  sparse_sigmoid: { compare: 2, add: 1, mul: 1 },
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
  // Along an axis other than the last, TF transposes it last and back: see activation().
  softmax: { softmax: 1 },
  // A softmax variant TF runs as one LogSoftmax kernel (no statistics): costed like exp.
  log_softmax: { exp: 1 },
  // Per element; the sort and the per-row parts are added in activation(), which knows the axis.
  sparsemax: { cumsum: 1, sub: 3, div: 1, compare: 1, max: 1 },
  elu: { exp: 1 },
  selu: { exp: 1 },
  // max(x, 0) + alpha * expm1(min(x, 0) / alpha)
  celu: { exp: 1, max: 1, min: 1, div: 1, mul: 1, add: 1 },
  exponential: { exp: 1 },
  softplus: { exp: 1 },
  softsign: { exp: 1 },
  // (x + sqrt(x^2 + b)) / 2
  squareplus: { square: 1, add: 2, sqrt: 1, div: 1 },
  // where(x <= -1, 0, where(x < 1, (x + 1)^2 / 4, x))
  sparse_plus: { compare: 2, add: 1, square: 1, mul: 1 },
  // -softplus(-x)
  log_sigmoid: { exp: 1, neg: 2 },
  // x * sigmoid(beta * x) with beta = 1, as TF computes it
  silu: { sigmoid: 1, mul: 2 },
  swish: { sigmoid: 1, mul: 2 },
  // x * tanh(softplus(x))
  mish: { exp: 1, tanh: 1, mul: 1 },
  gelu: { gelu: 1 },
  // 0.5 x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3))), TF's approximate form (keras.ops.gelu's
  // default, ONNX Gelu approximate="tanh"): a power, four multiplies, two additions, a tanh.
  gelu_tanh: { pow: 1, mul: 4, add: 2, tanh: 1 },
  // a * sigmoid(b) over the two halves of an axis: per *output* element.
  glu: { sigmoid: 1, mul: 1 },
} as const satisfies Record<string, Partial<Record<Op, number>>>;

export type ActivationName = keyof typeof ACTIVATIONS;

export function isActivation(name: string): name is ActivationName {
  return Object.prototype.hasOwnProperty.call(ACTIVATIONS, name);
}

/**
 * What applying activation `name` to `elements` values costs. A name outside the table is a
 * fault naming it: a custom function's cost is unknown and must not silently be 0. Softmax and
 * sparsemax along an axis other than the last, and sparsemax's rows, need activation().
 */
export function activationCounts(name: string, elements: bigint): Counts {
  if (!isActivation(name)) fault(`unknown activation "${name}"`);
  if (name === 'sparsemax') fault('sparsemax needs its axis: it is applied to a tensor, not to a count of elements');
  return perElement(ACTIVATIONS[name], elements);
}

/** An activation's parameters, where it has any (only the folded values depend on them). */
export interface ActivationParams {
  alpha?: number;
  beta?: number;
  gamma?: number;
}

/** Error function, to 1.2e-7 (Numerical Recipes' erfc by Chebyshev fitting). */
export function erf(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? 1 - r : r - 1;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const softplus = (x: number) => Math.log1p(Math.exp(x));

/** Element-wise values, for constants (graphs run activations on shape arithmetic too). */
const FOLDS: Partial<Record<ActivationName, (x: number, p: ActivationParams) => number>> = {
  linear: (x) => x,
  relu: (x) => Math.max(0, x),
  relu6: (x) => Math.min(Math.max(0, x), 6),
  leaky_relu: (x, p) => (x >= 0 ? x : (p.alpha ?? 0.01) * x),
  threshold: (x, p) => (x > (p.alpha ?? 0) ? x : (p.beta ?? 0)),
  thresholded_relu: (x, p) => (x > (p.alpha ?? 1) ? x : 0),
  // alpha: the threshold (lambd); beta: what soft shrink subtracts (ONNX's bias; Keras: lambd).
  hard_shrink: (x, p) => (Math.abs(x) > (p.alpha ?? 0.5) ? x : 0),
  soft_shrink: (x, p) => (x > (p.alpha ?? 0.5) ? x - (p.beta ?? p.alpha ?? 0.5) : x < -(p.alpha ?? 0.5) ? x + (p.beta ?? p.alpha ?? 0.5) : 0),
  sigmoid,
  hard_sigmoid: (x, p) => Math.min(Math.max((p.alpha ?? 0.2) * x + (p.beta ?? 0.5), 0), 1),
  hard_tanh: (x) => Math.min(Math.max(x, -1), 1),
  hard_swish: (x) => x * Math.min(Math.max(x / 6 + 0.5, 0), 1),
  hard_silu: (x) => x * Math.min(Math.max(x / 6 + 0.5, 0), 1),
  tanh: Math.tanh,
  tanh_shrink: (x) => x - Math.tanh(x),
  elu: (x, p) => (x > 0 ? x : (p.alpha ?? 1) * Math.expm1(x)),
  selu: (x, p) => (p.gamma ?? 1.0507009873554805) * (x > 0 ? x : (p.alpha ?? 1.6732632423543772) * Math.expm1(x)),
  celu: (x, p) => Math.max(0, x) + Math.min(0, (p.alpha ?? 1) * Math.expm1(x / (p.alpha ?? 1))),
  exponential: Math.exp,
  softplus,
  softsign: (x) => x / (1 + Math.abs(x)),
  log_sigmoid: (x) => -softplus(-x),
  silu: (x) => x * sigmoid(x),
  swish: (x) => x * sigmoid(x),
  mish: (x) => x * Math.tanh(softplus(x)),
  gelu: (x) => 0.5 * x * (1 + erf(x / Math.SQRT2)),
  gelu_tanh: (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))),
};

/** Softmax and log-softmax along `axis`, for constants. */
function foldSoftmax(values: readonly number[], shape: readonly number[], axis: number, log: boolean): number[] {
  const a = normAxis(axis, shape.length);
  const len = shape[a];
  const inner = size(shape.slice(a + 1));
  const out = new Array<number>(values.length);
  for (let o = 0; o < values.length / (len * inner); o++) {
    for (let i = 0; i < inner; i++) {
      const at = (k: number) => (o * len + k) * inner + i;
      let max = -Infinity;
      for (let k = 0; k < len; k++) max = Math.max(max, values[at(k)]);
      let sum = 0;
      for (let k = 0; k < len; k++) sum += Math.exp(values[at(k)] - max);
      for (let k = 0; k < len; k++) out[at(k)] = log ? values[at(k)] - max - Math.log(sum) : Math.exp(values[at(k)] - max) / sum;
    }
  }
  return out;
}

/**
 * The per-axis parts of the softmax family along `axis` (as given: TF treats a negative one
 * apart). tf.nn.softmax and log_softmax run along the last axis only: another axis is
 * transposed there and back, its position computed in the graph as rank - 1, twice (two
 * scalar Subs), a negative axis first made positive (one AddV2): `shape` ops, once per
 * sample as flopgate counts all graph bookkeeping. Sparsemax (Keras' TF backend) sorts each
 * row (TopKV2 with k = its length), takes its cumulative sum, and per row subtracts and
 * divides once more and sums twice; the length + 1 of its range is one scalar AddV2.
 */
function axisCounts(name: string, x: Tensor, axis: number): Counts {
  const rank = x.shape.length;
  const a = normAxis(axis, Math.max(rank, 1));
  const samples = big(rank ? x.shape[0] : 1);
  const counts: Counts = {};
  if ((name === 'softmax' || name === 'log_softmax') && rank > 0 && a !== rank - 1) {
    counts.shape = samples * (axis < 0 ? 3n : 2n);
  }
  if (name === 'sparsemax' && rank > 0) {
    const n = big(size(x.shape));
    const len = x.shape[a];
    const rows = len ? n / BigInt(len) : 0n;
    return { sort: n * BigInt(Math.ceil(Math.log2(len + 1))), sub: rows, div: rows, sum: 2n * (n - rows), shape: samples };
  }
  return counts;
}

/**
 * `name` applied to `x`: the same shape, except glu, which halves `axis` (default the last)
 * and is counted per output element. Values are folded when `x`'s are known.
 */
export function activation(name: string, x: Tensor, axis = -1, params: ActivationParams = {}): OpResult {
  if (name === 'glu') {
    const a = normAxis(axis, x.shape.length);
    const d = x.shape[a];
    if (d % 2 !== 0) fault(`glu needs an even axis ${a}, got ${d}`);
    const out = x.shape.map((v, i) => (i === a ? d / 2 : v));
    return result([tensor(out, x.dtype)], activationCounts(name, BigInt(size(out))));
  }
  if (!isActivation(name)) fault(`unknown activation "${name}"`);
  const counts = addCounts(perElement(ACTIVATIONS[name], BigInt(size(x.shape))), axisCounts(name, x, axis));
  let values: number[] | undefined;
  if (x.values) {
    if (name === 'softmax' || name === 'log_softmax') values = x.shape.length ? foldSoftmax(x.values, x.shape, axis, name === 'log_softmax') : undefined;
    else {
      const f = FOLDS[name as ActivationName];
      values = f ? x.values.map((v) => f(v, params)) : undefined;
    }
  }
  return result([tensor(x.shape, x.dtype, values)], counts);
}

/**
 * ELU with `alpha`: TF's Elu kernel is alpha = 1; another alpha scales the negative side
 * (Keras: where(x > 0, x, alpha * elu(x))), a comparison and a multiplication per element more.
 */
export function elu(x: Tensor, alpha: number): OpResult {
  const r = activation('elu', x, -1, { alpha });
  if (alpha !== 1) {
    const n = BigInt(size(x.shape));
    r.counts.compare = (r.counts.compare ?? 0n) + n;
    r.counts.mul = (r.counts.mul ?? 0n) + n;
  }
  return r;
}
