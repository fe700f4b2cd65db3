import { FlopgateError } from '../errors.js';
import type { Counts, Op } from './counts.js';

export const CONVENTIONS = ['notebook', 'macs', 'tf-profiler'] as const;
export type Convention = (typeof CONVENTIONS)[number];

/**
 * FLOPs per primitive op under each convention; an op missing from a table costs 0 there.
 * docs/conventions.md explains every weight and where it comes from.
 */
export const WEIGHTS: Record<Convention, Partial<Record<Op, number>>> = {
  // The seed notebook: 2 per MAC, bias ignored, ReLU 1 and softmax 5 per output element.
  // Everything the notebook never met costs one FLOP per arithmetic operation; a squared
  // difference is two (subtract, multiply); transcendental functions cost what their usual
  // expansion does (sigmoid = exp, add, divide + negate: 4; tanh 5; GELU 8; exp and log 4); a
  // trigonometric or hyperbolic function has no cheaper expansion and weighs what an
  // exponential does (4). A quantization or dequantization is a scale and a zero-point shift:
  // 2. A product, sum or pooling TF's profiler does not count (`*_uncounted`) is the same
  // arithmetic as a counted one and weighs the same. Work only TF's lowering does (a
  // space-to-batch grid's padding, the stride-1 pools of adaptive pooling, TF's estimate of a
  // transposed convolution), integer index and shape bookkeeping are not the layer's
  // floating-point arithmetic: 0.
  notebook: {
    mac: 2, mac_uncounted: 2, add: 1, sub: 1, mul: 1, div: 1, neg: 1, max: 1, min: 1, abs: 1, round: 1, logical: 1,
    square: 1, pow: 1, sqdiff: 2, rsqrt: 1, sqrt: 1, log: 4,
    mean: 1, sum: 1, sum_uncounted: 1, reduce_max: 1, reduce_prod: 1, cumsum: 1, sort: 1,
    maxpool: 1, avgpool: 1, pool_uncounted: 1, compare: 1,
    relu: 1, softmax: 5, sigmoid: 4, hard_sigmoid: 3, tanh: 5, exp: 4, gelu: 8, resize: 1, trig: 4, quant: 2,
  },
  // torchvision, fvcore and ptflops count multiply-accumulates of the products only, whether
  // TF's profiler sees them or not.
  macs: { mac: 1, mac_uncounted: 1 },
  // The TF1 profiler (tensorflow/python/profiler/internal/flops_registry.py, as keras-flops
  // runs it on the frozen graph of Keras 3's TensorFlow backend), op by op: MatMul, Conv2D,
  // Conv3D, DepthwiseConv2dNative and BatchMatMul 2 per MAC (a dilated convolution's over its
  // padded space-to-batch grid), Conv2DBackpropInput its own estimate; BiasAdd and the
  // registered element-wise ops 1 per output element (AddV2, Sub, Mul, RealDiv, Neg, Maximum,
  // Minimum, Square, Pow, Reciprocal, Log, the comparisons), Rsqrt 2, SquaredDifference 2,
  // Softmax 5, Mean = input elements, Sum and ArgMax = input - output elements, MaxPool and
  // AvgPool window x output elements. Every other op type has no statistics and counts 0:
  // Relu*, Sigmoid, Tanh, Elu, Selu, Softplus, Exp, Erf*, Sqrt, Abs, Floor, Ceil, Round, Sign,
  // the logical ops, Max, Min, Prod, Cumsum, TopKV2, Einsum, MaxPool3D, AvgPool3D,
  // Conv3DBackpropInputV2, the resizes, Sin, Cos and the trigonometric ops, QuantizeV2,
  // Dequantize, FakeQuant* (and a call into an XLA-compiled function). GELU is TF's erfc
  // expansion: one Neg and three Mul per element; hard_sigmoid relu6(x + 3) / 6: an AddV2 and
  // a RealDiv. Integer index and shape arithmetic is in the graph, so TF counts it.
  'tf-profiler': {
    mac: 2, mac_padding: 2, deconv_estimate: 1, bias: 1, add: 1, sub: 1, mul: 1, div: 1, neg: 1, max: 1, min: 1,
    square: 1, pow: 1, sqdiff: 2, rsqrt: 2, log: 1,
    mean: 1, sum: 1, maxpool: 1, avgpool: 1, pool_gather: 1, compare: 1, softmax: 5, gelu: 4, hard_sigmoid: 2, index: 1, shape: 1,
  },
};

/** The FLOPs a convention weighs `counts` into: exact, whatever their size. */
export function flopsOf(counts: Counts, convention: Convention): bigint {
  const w = WEIGHTS[convention];
  let total = 0n;
  for (const op in counts) {
    const weight = w[op as Op];
    if (weight) total += BigInt(weight) * (counts[op as Op] ?? 0n);
  }
  return total;
}

export function parseConvention(s: string, where = '--convention'): Convention {
  if ((CONVENTIONS as readonly string[]).includes(s)) return s as Convention;
  throw new FlopgateError(`${where}: unknown convention "${s}" (expected one of ${CONVENTIONS.join(', ')})`);
}
