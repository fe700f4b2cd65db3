/**
 * The vocabulary every cost rule counts in. A rule never produces FLOPs directly: it counts
 * primitive operations, and a convention (conventions.ts) weighs them. Names follow the
 * TensorFlow graph ops they stand for where there is one, so that the `tf-profiler`
 * convention can reproduce TF's own count op by op. Every count is "per element" of the
 * tensor named in the description, summed over the whole batch.
 *
 * Counts are bigints: a large model at a large batch size passes 2^53 operations, where a
 * JavaScript number stops being exact. docs/conventions.md lists, per op, what it counts.
 */
export const OPS = {
  mac: 'multiply-accumulate of a Dense/Conv/MatMul/RNN-gate/attention product',
  mac_uncounted: 'multiply-accumulate of a product TF runs where its profiler does not count it: an Einsum it keeps as Einsum, a 3-D or channels-first transposed convolution, a grouped or channels-first 3-D convolution Keras runs in an XLA-compiled call, a 2-D transposed convolution (whose TF count is `deconv_estimate`)',
  mac_padding: "multiply-accumulate over the padding of a dilated convolution's space-to-batch grid: work TF's convolution does beyond the output's",
  deconv_estimate: "the float operations TF's Conv2DBackpropInput statistics give a 1-D/2-D transposed convolution: 2 x output elements x kernel x Cin / strides, truncated (one per unit)",
  bias: 'one bias addition per output element of a layer with use_bias',
  bias_uncounted: 'one bias addition per output element after a convolution TF runs in an XLA-compiled call (the addition has no static shape there)',
  add: 'element-wise addition (merges, residuals, normalisation shift, recurrent gate sums)',
  sub: 'element-wise subtraction',
  mul: 'element-wise multiplication (scaling, gating, normalisation)',
  div: 'element-wise division',
  neg: 'element-wise negation (normalisation without a learned offset, layer normalisation, PReLU)',
  max: 'element-wise maximum (Maximum merge, clipping)',
  min: 'element-wise minimum',
  abs: 'element-wise absolute value',
  round: 'element-wise rounding: floor, ceil, round, trunc, sign, and the floored or truncated divisions and remainders',
  logical: 'element-wise logical or bitwise operation (and, or, xor, not, shifts) or a NaN/infinity test',
  square: 'element-wise square',
  pow: 'element-wise power with an exponent other than 2',
  sqdiff: 'element-wise squared difference (x - y)^2: a subtraction and a multiplication (variance in moments)',
  rsqrt: 'reciprocal square root (normalisation statistics)',
  sqrt: 'square root',
  log: 'natural logarithm',
  mean: 'one operation per input element of a mean reduction (additions plus the final division: global average pooling, normalisation statistics)',
  sum: 'one addition per input element less output element of a sum reduction (n values summed take n - 1 additions)',
  sum_uncounted: 'one addition per input element less output element of a sum an Einsum kept as Einsum performs',
  reduce_max: 'one comparison per input element of a max or min reduction (global max pooling)',
  reduce_prod: 'one multiplication per input element less output element of a product reduction',
  cumsum: 'one addition per element of a cumulative sum',
  sort: 'one comparison placing an element in a sorted selection (top-k, sort)',
  maxpool: 'one comparison per window element per output element of 1-D/2-D max pooling',
  avgpool: 'one addition per window element per output element of 1-D/2-D average pooling',
  pool_uncounted: "one comparison or addition per window element per output element of a pooling TF's profiler does not count: over three spatial axes, and adaptive pooling's windows",
  pool_gather: "one comparison or addition per window element per output element of the two stride-1 pools per axis Keras' TF backend runs for 1-D/2-D adaptive pooling",
  compare: 'element-wise comparison (masking, thresholds, arg max)',
  relu: 'ReLU-family activation, per element (relu, relu6, leaky_relu)',
  softmax: 'softmax, per element of its input (exp, sum, divide)',
  sigmoid: 'logistic sigmoid, per element',
  hard_sigmoid: 'piecewise-linear sigmoid, per element',
  tanh: 'hyperbolic tangent, per element',
  exp: 'exponential or exponential-based function (exp, expm1, log1p, elu, selu, softplus, softsign, log_softmax, erf), per element',
  gelu: 'GELU (erf form), per element',
  trig: 'trigonometric or hyperbolic function or its inverse (sin, cos, tan, asin, ..., atanh), per element',
  quant: 'one quantization or dequantization of an element: a scale and a zero-point shift (rounding and saturation are not arithmetic)',
  resize: 'one interpolation per output element of a (bi)linear or cubic resize',
  index: 'one integer operation on a lookup index (Keras wraps negative Embedding indices: a compare and an add per index; adaptive pooling gathers its windows)',
  shape: 'one scalar operation on a tensor shape computed at run time (tile multiples of RepeatVector and UpSampling, the transposition of a softmax axis, a resize scale)',
} as const;

export type Op = keyof typeof OPS;
export type Counts = Partial<Record<Op, bigint>>;

/** The product of some sizes, exactly: every count starts here. */
export function big(...xs: readonly number[]): bigint {
  let n = 1n;
  for (const x of xs) n *= BigInt(x);
  return n;
}

/** `more` x `times` added into `into` (which is returned). */
export function addCounts(into: Counts, more: Counts, times = 1n): Counts {
  for (const k in more) {
    const v = more[k as Op];
    if (v) into[k as Op] = (into[k as Op] ?? 0n) + v * times;
  }
  return into;
}

export function scaleCounts(c: Counts, times: bigint): Counts {
  return addCounts({}, c, times);
}

/** Sum of several counts (a layer made of parts: a recurrent cell, a wrapper's two directions). */
export function sumCounts(...parts: Counts[]): Counts {
  const out: Counts = {};
  for (const p of parts) addCounts(out, p);
  return out;
}

/** `per` operations of each kind per element, over `n` elements. */
export function perElement(per: Partial<Record<Op, number>>, n: bigint): Counts {
  const out: Counts = {};
  for (const k in per) {
    const v = per[k as Op];
    if (v) out[k as Op] = BigInt(v) * n;
  }
  return out;
}

export function isZero(c: Counts): boolean {
  for (const k in c) if (c[k as Op]) return false;
  return true;
}
