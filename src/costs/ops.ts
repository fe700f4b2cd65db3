/**
 * The vocabulary every cost rule counts in. A rule never produces FLOPs directly: it counts
 * primitive operations, and a convention (conventions.ts) weighs them. Names follow the
 * TensorFlow graph ops they stand for where there is one, so that the `tf-profiler`
 * convention can reproduce TF's own count op by op. Every count is "per element" of the
 * tensor named in the description, summed over the whole batch.
 *
 * docs/conventions.md lists, per layer, which ops a rule counts and why.
 */
export const OPS = {
  mac: 'multiply-accumulate of a Dense/Conv/MatMul/RNN-gate/attention product',
  bias: 'one bias addition per output element of a layer with use_bias',
  add: 'element-wise addition (merges, residuals, normalisation shift, recurrent gate sums)',
  sub: 'element-wise subtraction',
  mul: 'element-wise multiplication (scaling, gating, normalisation)',
  div: 'element-wise division',
  neg: 'element-wise negation (normalisation without a learned offset, layer normalisation, PReLU)',
  max: 'element-wise maximum (Maximum merge, clipping)',
  min: 'element-wise minimum',
  square: 'element-wise square',
  sqdiff: 'element-wise squared difference (x - y)^2: a subtraction and a multiplication (variance in moments)',
  rsqrt: 'reciprocal square root (normalisation statistics)',
  sqrt: 'square root',
  mean: 'one operation per input element of a mean reduction (additions plus the final division: global average pooling, normalisation statistics)',
  sum: 'additions of a sum reduction (Keras rules: input elements less output elements, as TF counts Sum)',
  reduce_max: 'one comparison per input element of a max reduction (global max pooling)',
  maxpool: 'one comparison per window element per output element of max pooling',
  avgpool: 'one addition per window element per output element of average pooling',
  compare: 'element-wise comparison (masking)',
  relu: 'ReLU-family activation, per element (relu, relu6, leaky_relu, PReLU, threshold)',
  softmax: 'softmax, per element of its input (exp, sum, divide)',
  sigmoid: 'logistic sigmoid, per element',
  hard_sigmoid: 'piecewise-linear sigmoid, per element',
  tanh: 'hyperbolic tangent, per element',
  exp: 'exponential-based activation (elu, selu, exponential, softplus, softsign, mish, celu, log_softmax), per element',
  gelu: 'GELU (erf form), per element',
  trig: 'trigonometric or hyperbolic function or its inverse (sin, cos, tan, asin, ..., atanh), per element',
  quant: 'one quantization or dequantization of an element: a scale and a zero-point shift (rounding and saturation are not arithmetic)',
  resize: 'one interpolation per output element of a resize/upsampling',
  index: 'one integer operation on a lookup index (Keras wraps negative Embedding indices: a compare and an add per index)',
  shape: 'one scalar operation on a tensor shape computed at run time (tile multiples of RepeatVector and UpSampling)',
} as const;

export type Op = keyof typeof OPS;
export type OpCounts = Partial<Record<Op, number>>;

export function addOps(into: OpCounts, more: OpCounts, times = 1): OpCounts {
  for (const [k, v] of Object.entries(more) as [Op, number][]) {
    if (v) into[k] = (into[k] ?? 0) + v * times;
  }
  return into;
}

export function scaleOps(ops: OpCounts, times: number): OpCounts {
  return addOps({}, ops, times);
}

/** Sum of several op counts (a layer made of parts: a recurrent cell, a wrapper's two directions). */
export function sumOps(...parts: OpCounts[]): OpCounts {
  const out: OpCounts = {};
  for (const p of parts) addOps(out, p);
  return out;
}
