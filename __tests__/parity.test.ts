import { describe, expect, it } from 'vitest';
import { CONVENTIONS, flopsOf } from '../src/core/conventions.js';
import type { Counts } from '../src/core/counts.js';
import type { LayerReport } from '../src/report/types.js';
import { C, I, X, inline, kerasLayer, kerasOp, onnxOp, tf, tfFunction, tfOp, tfliteOp } from './helpers/front-ends.js';
import { DT } from './helpers/onnx-writer.js';

/**
 * One operation, one cost: for every canonical op of the core, each front end that can express
 * it (a Keras layer, a keras.ops call, a Keras 2 TF function, an ONNX op, the budget file's
 * inline spec) gives the same primitive counts, hence the same FLOPs under every convention.
 * Layouts differ between formats (Keras channels last, ONNX channels first), so each case
 * writes the same tensor sizes in each format's own layout.
 */
type Front = [name: string, measure: () => LayerReport | Promise<LayerReport>];

interface Case {
  op: string;
  fronts: Front[];
  /** The counts all front ends must give (the core's rule, by hand). */
  counts: Record<string, number>;
}

const w = (name: string, dims: number[], values?: number[]) => ({ name, dims, ...(values ? { values } : {}) });
const i64 = (name: string, values: number[]) => ({ name, dims: [values.length], dataType: DT.INT64, values });

/** Keras activation layer, activation= on a Dense-free Activation layer, keras.ops.nn class, TF function, ONNX op. */
function activationCase(name: string, onnx: string | undefined, opsClass: string | undefined, tf: string | undefined, counts: Record<string, number>, onnxOpset = 18): Case {
  const fronts: Front[] = [
    [`Keras Activation('${name}')`, () => kerasLayer('Activation', { activation: name }, [[3, 8]])],
    [`inline activation: ${name}`, () => inline('activation', { activation: name }, [3, 8])],
  ];
  if (opsClass) fronts.push([`keras.ops ${opsClass}`, () => kerasOp(opsClass, {}, [[3, 8]], [{ input: 0 }], 'keras.src.ops.nn')]);
  if (tf) fronts.push([`tf.${tf}`, () => tfFunction(tf, [[3, 8]])]);
  if (onnx) fronts.push([`ONNX ${onnx}`, () => onnxOp(onnx, {}, [[1, 3, 8]], [], onnxOpset)]);
  return { op: `activation ${name}`, fronts, counts };
}

const CASES: Case[] = [
  // Activations: 24 elements each.
  activationCase('relu', 'Relu', 'Relu', 'nn.relu', { relu: 24 }),
  activationCase('sigmoid', 'Sigmoid', 'Sigmoid', 'math.sigmoid', { sigmoid: 24 }),
  activationCase('tanh', 'Tanh', 'Tanh', 'math.tanh', { tanh: 24 }),
  activationCase('softmax', 'Softmax', 'Softmax', 'nn.softmax', { softmax: 24 }),
  activationCase('log_softmax', 'LogSoftmax', 'LogSoftmax', undefined, { exp: 24 }),
  activationCase('hard_sigmoid', 'HardSigmoid', 'HardSigmoid', undefined, { hard_sigmoid: 24 }),
  activationCase('hard_swish', 'HardSwish', 'HardSilu', undefined, { hard_sigmoid: 24, mul: 24 }, 14),
  activationCase('mish', 'Mish', 'Mish', undefined, { exp: 24, tanh: 24, mul: 24 }),
  activationCase('celu', 'Celu', 'Celu', undefined, { exp: 24, max: 24, min: 24, div: 24, mul: 24, add: 24 }),
  activationCase('elu', 'Elu', 'Elu', 'nn.elu', { exp: 24 }),
  activationCase('selu', 'Selu', 'Selu', 'nn.selu', { exp: 24 }),
  activationCase('softplus', 'Softplus', 'Softplus', 'math.softplus', { exp: 24 }),
  activationCase('softsign', 'Softsign', 'Softsign', undefined, { exp: 24 }),
  activationCase('gelu', 'Gelu', undefined, 'nn.gelu', { gelu: 24 }, 20),
  activationCase('silu', undefined, 'Silu', 'nn.silu', { sigmoid: 24, mul: 48 }),
  {
    op: 'leaky relu',
    counts: { relu: 24 },
    fronts: [
      ['Keras LeakyReLU', () => kerasLayer('LeakyReLU', { negative_slope: 0.2 }, [[3, 8]])],
      ['keras.ops LeakyRelu', () => kerasOp('LeakyRelu', { negative_slope: 0.2 }, [[3, 8]], [{ input: 0 }], 'keras.src.ops.nn')],
      ['tf.nn.leaky_relu', () => tfFunction('nn.leaky_relu', [[3, 8]])],
      ['ONNX LeakyRelu', () => onnxOp('LeakyRelu', { alpha: 0.2 }, [[1, 3, 8]])],
    ],
  },
  {
    op: 'elu with alpha 0.5',
    counts: { exp: 24, compare: 24, mul: 24 },
    fronts: [
      ['Keras ELU(alpha=0.5)', () => kerasLayer('ELU', { alpha: 0.5 }, [[3, 8]])],
      ['ONNX Elu(alpha=0.5)', () => onnxOp('Elu', { alpha: 0.5 }, [[1, 3, 8]])],
    ],
  },
  {
    op: 'thresholded relu',
    counts: { compare: 24, mul: 24 },
    fronts: [
      ['Keras ThresholdedReLU', () => kerasLayer('ThresholdedReLU', { theta: 1.0 }, [[3, 8]])],
      ['ONNX ThresholdedRelu', () => onnxOp('ThresholdedRelu', { alpha: 1.0 }, [[1, 3, 8]], [], 10)],
    ],
  },
  {
    op: 'prelu, one slope per channel',
    // relu(x) - alpha * relu(-x): 2 relu, x and the 4 slopes negated, a mul and an add
    counts: { relu: 48, neg: 28, mul: 24, add: 24 },
    fronts: [
      ['Keras PReLU(shared_axes=[1, 2]), channels last', () => kerasLayer('PReLU', { shared_axes: [1, 2] }, [[2, 3, 4]])],
      ['ONNX PRelu, slope [4, 1, 1]', () => onnxOp('PRelu', {}, [[1, 4, 2, 3]], [w('slope', [4, 1, 1])])],
    ],
  },
  {
    op: 'clip',
    counts: { max: 24, min: 24 },
    fronts: [
      ['keras.ops clip', () => kerasOp('Clip', { x_min: 0, x_max: 6 }, [[3, 8]], [{ input: 0 }])],
      ['ONNX Clip(min, max)', () => onnxOp('Clip', {}, [[1, 3, 8]], [w('lo', [], [0]), w('hi', [], [6])])],
    ],
  },
  // Element-wise arithmetic.
  ...(
    [
      ['add', 'Add', 'Add', 'math.add', 'Add'],
      ['sub', 'Subtract', 'Subtract', 'math.subtract', 'Sub'],
      ['mul', 'Multiply', 'Multiply', 'math.multiply', 'Mul'],
      ['max', 'Maximum', 'Maximum', 'math.maximum', 'Max'],
      ['min', 'Minimum', 'Minimum', 'math.minimum', 'Min'],
    ] as const
  ).map(([op, layer, opsClass, tf, onnx]): Case => ({
    op: `binary ${op}`,
    counts: { [op]: 24 },
    fronts: [
      [`Keras ${layer} layer`, () => kerasLayer(layer, {}, [[3, 8], [3, 8]])],
      [`keras.ops ${opsClass}`, () => kerasOp(opsClass, {}, [[3, 8], [3, 8]])],
      [`tf.${tf}`, () => tfFunction(tf, [[3, 8], [3, 8]], { y: { input: 1 } })],
      [`ONNX ${onnx}`, () => onnxOp(onnx, {}, [[1, 3, 8], [1, 3, 8]])],
    ],
  })),
  {
    op: 'divide',
    counts: { div: 24 },
    fronts: [
      ['keras.ops Divide', () => kerasOp('Divide', {}, [[3, 8], [3, 8]])],
      ['tf.math.truediv', () => tfFunction('math.truediv', [[3, 8], [3, 8]], { y: { input: 1 } })],
      ['ONNX Div', () => onnxOp('Div', {}, [[1, 3, 8], [1, 3, 8]])],
    ],
  },
  {
    op: 'add of three inputs',
    counts: { add: 48 },
    fronts: [
      ['Keras Add of 3', () => kerasLayer('Add', {}, [[3, 8], [3, 8], [3, 8]])],
      ['ONNX Sum of 3', () => onnxOp('Sum', {}, [[1, 3, 8], [1, 3, 8], [1, 3, 8]])],
    ],
  },
  {
    op: 'average of two inputs',
    counts: { add: 24, div: 24 },
    fronts: [
      ['Keras Average', () => kerasLayer('Average', {}, [[3, 8], [3, 8]])],
      ['ONNX Mean', () => onnxOp('Mean', {}, [[1, 3, 8], [1, 3, 8]])],
    ],
  },
  {
    op: 'square (power 2)',
    counts: { square: 24 },
    fronts: [
      ['keras.ops Power(x, 2)', () => kerasOp('Power', {}, [[3, 8]], [{ input: 0 }, 2])],
      ['keras.ops Square', () => kerasOp('Square', {}, [[3, 8]])],
      ['tf.math.square', () => tfFunction('math.square', [[3, 8]])],
      ['ONNX Pow(x, 2)', () => onnxOp('Pow', {}, [[1, 3, 8]], [w('e', [], [2])])],
    ],
  },
  {
    op: 'greater',
    counts: { compare: 24 },
    fronts: [
      ['keras.ops Greater', () => kerasOp('Greater', {}, [[3, 8], [3, 8]])],
      ['tf.math.greater', () => tfFunction('math.greater', [[3, 8], [3, 8]], { y: { input: 1 } })],
      ['ONNX Greater', () => onnxOp('Greater', {}, [[1, 3, 8], [1, 3, 8]])],
    ],
  },
  // One-input math.
  ...(
    [
      ['neg', 'Negative', 'math.negative', 'Neg', { neg: 24 }],
      ['abs', 'Absolute', 'math.abs', 'Abs', { abs: 24 }],
      ['sqrt', 'Sqrt', 'math.sqrt', 'Sqrt', { sqrt: 24 }],
      ['exp', 'Exp', 'math.exp', 'Exp', { exp: 24 }],
      ['log', 'Log', 'math.log', 'Log', { log: 24 }],
      ['erf', 'Erf', undefined, 'Erf', { exp: 24 }],
      ['floor', 'Floor', undefined, 'Floor', { round: 24 }],
      ['sin', 'Sin', undefined, 'Sin', { trig: 24 }],
    ] as const
  ).map(([fn, opsClass, tf, onnx, counts]): Case => ({
    op: `unary ${fn}`,
    counts,
    fronts: [
      [`keras.ops ${opsClass}`, () => kerasOp(opsClass, {}, [[3, 8]])],
      ...(tf ? [[`tf.${tf}`, () => tfFunction(tf, [[3, 8]])] as Front] : []),
      [`ONNX ${onnx}`, () => onnxOp(onnx, {}, [[1, 3, 8]])],
    ],
  })),
  // Reductions over the last axis of [1, 3, 8].
  ...(
    [
      ['mean', 'Mean', 'math.reduce_mean', 'ReduceMean', { mean: 24 }],
      ['sum', 'Sum', 'math.reduce_sum', 'ReduceSum', { sum: 21 }],
      ['max', 'Max', 'math.reduce_max', 'ReduceMax', { reduce_max: 24 }],
      ['min', 'Min', 'math.reduce_min', 'ReduceMin', { reduce_max: 24 }],
      ['prod', 'Prod', 'math.reduce_prod', 'ReduceProd', { reduce_prod: 21 }],
    ] as const
  ).map(([kind, opsClass, tf, onnx, counts]): Case => ({
    op: `reduce ${kind}`,
    counts,
    fronts: [
      [`keras.ops ${opsClass}`, () => kerasOp(opsClass, { axis: -1, keepdims: false }, [[3, 8]])],
      [`tf.${tf}`, () => tfFunction(tf, [[3, 8]], { axis: -1 })],
      [`ONNX ${onnx} (axes input)`, () => onnxOp(onnx, { keepdims: 0 }, [[1, 3, 8]], [i64('axes', [-1])])],
    ],
  })),
  {
    // keras.ops.argmax runs more: Keras' -0.0 fix before the ArgMax (keras-architectures.test.ts).
    op: 'arg max',
    counts: { compare: 21 },
    fronts: [
      ['tf.math.argmax', () => tfFunction('math.argmax', [[3, 8]], { axis: -1 })],
      ['ONNX ArgMax', () => onnxOp('ArgMax', { axis: -1, keepdims: 0 }, [[1, 3, 8]])],
    ],
  },
  {
    op: 'log-sum-exp (the stable form of tf.math.reduce_logsumexp)',
    // max, x - max and exp per element, the sum, then per row a finiteness test, the log, + max
    counts: { reduce_max: 24, sub: 24, exp: 24, sum: 21, logical: 3, log: 3, add: 3 },
    fronts: [
      ['keras.ops Logsumexp', () => kerasOp('Logsumexp', { axis: -1, keepdims: false }, [[3, 8]], undefined, 'keras.src.ops.math')],
      ['ONNX ReduceLogSumExp', () => onnxOp('ReduceLogSumExp', { keepdims: 0 }, [[1, 3, 8]], [i64('axes', [-1])])],
    ],
  },
  {
    op: 'L2 norm (x * x summed, a square root)',
    counts: { mul: 24, sum: 21, sqrt: 3 },
    fronts: [
      ['keras.ops Norm', () => kerasOp('Norm', { ord: null, axis: -1, keepdims: false }, [[3, 8]], undefined, 'keras.src.ops.linalg')],
      ['ONNX ReduceL2', () => onnxOp('ReduceL2', { keepdims: 0 }, [[1, 3, 8]], [i64('axes', [-1])])],
    ],
  },
  {
    op: 'cumulative sum',
    counts: { cumsum: 24 },
    fronts: [
      ['keras.ops Cumsum', () => kerasOp('Cumsum', { axis: -1 }, [[3, 8]])],
      ['ONNX CumSum', () => onnxOp('CumSum', {}, [[1, 3, 8]], [{ name: 'axis', dims: [], dataType: DT.INT64, values: [-1] }], 14)],
    ],
  },
  {
    op: 'softmax along an axis other than the last (TF transposes it last: two Subs)',
    counts: { softmax: 24, shape: 2 },
    fronts: [
      ['Keras Softmax(axis=1)', () => kerasLayer('Softmax', { axis: 1 }, [[3, 8]])],
      ['keras.ops Softmax(axis=1)', () => kerasOp('Softmax', { axis: 1 }, [[3, 8]], [{ input: 0 }], 'keras.src.ops.nn')],
      ['ONNX Softmax(axis=1)', () => onnxOp('Softmax', { axis: 1 }, [[1, 3, 8]], [], 13)],
    ],
  },
  {
    op: 'gelu, tanh approximation',
    counts: { pow: 24, mul: 96, add: 48, tanh: 24 },
    fronts: [
      ['keras.ops Gelu (approximate)', () => kerasOp('Gelu', { approximate: true }, [[3, 8]], [{ input: 0 }], 'keras.src.ops.nn')],
      ['tf.nn.gelu(approximate=True)', () => tfFunction('nn.gelu', [[3, 8]], { approximate: true })],
      ['ONNX Gelu(approximate="tanh")', () => onnxOp('Gelu', { approximate: 'tanh' }, [[1, 3, 8]], [], 20)],
    ],
  },
  {
    op: 'hard shrink',
    counts: { abs: 24, compare: 24 },
    fronts: [
      ['keras.ops HardShrink', () => kerasOp('HardShrink', {}, [[3, 8]], [{ input: 0 }], 'keras.src.ops.nn')],
      ['ONNX Shrink(bias=0)', () => onnxOp('Shrink', { lambd: 0.5 }, [[1, 3, 8]], [], 9)],
    ],
  },
  {
    op: 'soft shrink',
    counts: { compare: 48, sub: 24, add: 24 },
    fronts: [
      ['keras.ops SoftShrink', () => kerasOp('SoftShrink', {}, [[3, 8]], [{ input: 0 }], 'keras.src.ops.nn')],
      ['ONNX Shrink(bias=lambd)', () => onnxOp('Shrink', { lambd: 0.5, bias: 0.5 }, [[1, 3, 8]], [], 9)],
    ],
  },
  // Products.
  {
    op: 'dense',
    counts: { mac: 3 * 8 * 5, bias: 15 },
    fronts: [
      ['Keras Dense on [3, 8]', () => kerasLayer('Dense', { units: 5, use_bias: true }, [[3, 8]])],
      ['inline dense', () => inline('dense', { units: 5 }, [3, 8])],
      ['ONNX Gemm(transB) + C', () => onnxOp('Gemm', { transB: 1 }, [[3, 8]], [w('W', [5, 8]), w('C', [5])])],
    ],
  },
  {
    op: 'matmul with broadcast batch',
    counts: { mac: 2 * 3 * 4 * 5 },
    fronts: [
      ['keras.ops Matmul', () => kerasOp('Matmul', {}, [[2, 3, 4], [4, 5]])],
      ['ONNX MatMul', () => onnxOp('MatMul', {}, [[2, 3, 4], [4, 5]])],
    ],
  },
  {
    // Keras' TF backend rewrites abc,cd->abd into a MatMul, which TF's profiler counts.
    op: 'einsum TF runs as a matrix product',
    counts: { mac: 3 * 4 * 5 },
    fronts: [
      ['Keras EinsumDense(bij,jk->bik)', () => kerasLayer('EinsumDense', { equation: 'bij,jk->bik', output_shape: [null, 5], bias_axes: null }, [[3, 4]])],
      ['keras.ops Einsum, the weight a constant', () => kerasOp('Einsum', { subscripts: 'bij,jk->bik' }, [[3, 4]], [{ input: 0 }, { class_name: '__numpy__', config: { value: Array.from({ length: 4 }, () => Array(5).fill(0)) } }])],
      ['ONNX Einsum', () => onnxOp('Einsum', { equation: 'bij,jk->bik' }, [[1, 3, 4], [4, 5]], [], 12)],
    ],
  },
  {
    // Any other equation stays an Einsum node, which TF's profiler does not count.
    op: 'einsum of two operands',
    counts: { mac_uncounted: 3 * 4 * 5 },
    fronts: [
      ['keras.ops Einsum', () => kerasOp('Einsum', { subscripts: 'bij,bjk->bik' }, [[3, 4], [4, 5]])],
      ['ONNX Einsum', () => onnxOp('Einsum', { equation: 'bij,bjk->bik' }, [[1, 3, 4], [1, 4, 5]], [], 12)],
    ],
  },
  {
    op: 'einsum of one operand (a sum)',
    // 3 x 8 values summed into 3: 21 additions
    counts: { sum_uncounted: 21 },
    fronts: [
      ['keras.ops Einsum', () => kerasOp('Einsum', { subscripts: 'bij->bi' }, [[3, 8]])],
      ['ONNX Einsum', () => onnxOp('Einsum', { equation: 'bij->bi' }, [[1, 3, 8]], [], 12)],
    ],
  },
  {
    op: 'einsum of three operands (bilinear)',
    // pairwise: (oij, bj) -> boi, b o i j MACs; then (bi, boi) -> bo, b o i MACs
    counts: { mac_uncounted: 1 * 5 * 4 * 6 + 1 * 5 * 4 },
    fronts: [
      ['keras.ops Einsum, the weight a constant', () => kerasOp('Einsum', { subscripts: 'bi,oij,bj->bo' }, [[4], [6]], [{ input: 0 }, { class_name: '__tensor__', config: { value: Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => Array(6).fill(0))) } }, { input: 1 }])],
      ['ONNX Einsum', () => onnxOp('Einsum', { equation: 'bi,oij,bj->bo' }, [[1, 4], [5, 4, 6], [1, 6]], [], 12)],
    ],
  },
  {
    op: 'conv 2-D, grouped, strided, padded',
    // out [1, 4, 3, 4] x (Cin / groups = 2) x 3 x 3; Keras runs a grouped convolution in an
    // XLA-compiled call, which TF's profiler does not count, nor the bias after it.
    counts: { mac_uncounted: 48 * 2 * 9, bias_uncounted: 48 },
    fronts: [
      ['Keras Conv2D channels_first', () => kerasLayer('Conv2D', { filters: 4, kernel_size: [3, 3], strides: [2, 2], padding: 'same', groups: 2, data_format: 'channels_first' }, [[4, 6, 8]])],
      ['inline conv2d channels_first', () => inline('conv2d', { filters: 4, kernel_size: 3, strides: 2, padding: 'same', groups: 2, data_format: 'channels_first' }, [4, 6, 8])],
      ['ONNX Conv auto_pad SAME_UPPER', () => onnxOp('Conv', { strides: [2, 2], auto_pad: 'SAME_UPPER', group: 2 }, [[1, 4, 6, 8]], [w('W', [4, 2, 3, 3]), w('B', [4])])],
    ],
  },
  {
    op: 'conv 1-D',
    counts: { mac: 6 * 5 * 3 * 3, bias: 30 },
    fronts: [
      ['Keras Conv1D channels_first', () => kerasLayer('Conv1D', { filters: 5, kernel_size: [3], data_format: 'channels_first' }, [[3, 8]])],
      ['ONNX Conv 1-D', () => onnxOp('Conv', {}, [[1, 3, 8]], [w('W', [5, 3, 3]), w('B', [5])])],
    ],
  },
  {
    op: 'conv 3-D',
    counts: { mac: 2 * 2 * 3 * 3 * 2 * 8, bias: 36 },
    fronts: [
      // Keras channels first would run in an XLA-compiled call (counted by TF as 0).
      ['Keras Conv3D channels_last', () => kerasLayer('Conv3D', { filters: 2, kernel_size: [2, 2, 2], strides: [2, 2, 2] }, [[4, 6, 6, 2]])],
      ['ONNX Conv 3-D', () => onnxOp('Conv', { strides: [2, 2, 2] }, [[1, 2, 4, 6, 6]], [w('W', [2, 2, 2, 2, 2]), w('B', [2])])],
    ],
  },
  {
    op: 'depthwise conv',
    counts: { mac: 6 * 6 * 6 * 9, bias: 216 },
    fronts: [
      ['Keras DepthwiseConv2D(depth_multiplier=2) channels_first', () => kerasLayer('DepthwiseConv2D', { kernel_size: [3, 3], depth_multiplier: 2, data_format: 'channels_first' }, [[3, 8, 8]])],
      ['ONNX Conv group = channels', () => onnxOp('Conv', { group: 3 }, [[1, 3, 8, 8]], [w('W', [6, 1, 3, 3]), w('B', [6])])],
    ],
  },
  {
    op: 'dilated conv (TF convolves the padded space-to-batch grid)',
    // out 9 x 8 x 4, 27 MACs each; the grid is 10 x 8 (H: 9 + 4 padded to 14, 7 - 3 + 1 = 5 per half)
    counts: { mac: 72 * 4 * 27, mac_padding: 8 * 4 * 27, bias: 288 },
    fronts: [
      ['Keras Conv2D same, dilation 2', () => kerasLayer('Conv2D', { filters: 4, kernel_size: [3, 3], padding: 'same', dilation_rate: [2, 2] }, [[9, 8, 3]])],
      ['ONNX Conv, dilations 2, pads 2', () => onnxOp('Conv', { dilations: [2, 2], pads: [2, 2, 2, 2] }, [[1, 3, 9, 8]], [w('W', [4, 3, 3, 3]), w('B', [4])])],
    ],
  },
  {
    op: 'transposed conv',
    // input positions 5 x 5, Cin 4, Cout 2, kernel 3 x 3; output [1, 2, 10, 10]; TF's
    // Conv2DBackpropInput estimate 2 x 200 x 9 x 4 / (2 x 2)
    counts: { mac_uncounted: 25 * 4 * 2 * 9, deconv_estimate: 3600, bias: 200 },
    fronts: [
      // Keras channels first would make TF's statistics raise (they read NHWC): no estimate.
      ['Keras Conv2DTranspose same, stride 2, channels_last', () => kerasLayer('Conv2DTranspose', { filters: 2, kernel_size: [3, 3], strides: [2, 2], padding: 'same' }, [[5, 5, 4]])],
      ['ONNX ConvTranspose', () => onnxOp('ConvTranspose', { strides: [2, 2], pads: [1, 1, 1, 1], output_padding: [1, 1] }, [[1, 4, 5, 5]], [w('W', [4, 2, 3, 3]), w('B', [2])])],
    ],
  },
  ...(['max', 'avg'] as const).flatMap((kind): Case[] => {
    const K = kind === 'max' ? 'MaxPooling' : 'AveragePooling';
    const O = kind === 'max' ? 'MaxPool' : 'AveragePool';
    const prim = kind === 'max' ? 'maxpool' : 'avgpool';
    return [
      {
        op: `${kind} pooling 2-D`,
        counts: { [prim]: 3 * 4 * 4 * 4 },
        fronts: [
          [`Keras ${K}2D channels_first`, () => kerasLayer(`${K}2D`, { pool_size: [2, 2], data_format: 'channels_first' }, [[3, 8, 8]])],
          [`ONNX ${O}`, () => onnxOp(O, { kernel_shape: [2, 2], strides: [2, 2] }, [[1, 3, 8, 8]])],
        ],
      },
      {
        op: `${kind} pooling 1-D`,
        counts: { [prim]: 3 * 4 * 2 },
        fronts: [
          [`Keras ${K}1D channels_first`, () => kerasLayer(`${K}1D`, { pool_size: [2], data_format: 'channels_first' }, [[3, 8]])],
          [`ONNX ${O}`, () => onnxOp(O, { kernel_shape: [2], strides: [2] }, [[1, 3, 8]])],
        ],
      },
      {
        // MaxPool3D and AvgPool3D have no statistics in TF.
        op: `${kind} pooling 3-D`,
        counts: { pool_uncounted: 2 * 2 * 2 * 2 * 8 },
        fronts: [
          [`Keras ${K}3D channels_first`, () => kerasLayer(`${K}3D`, { pool_size: [2, 2, 2], data_format: 'channels_first' }, [[2, 4, 4, 4]])],
          [`ONNX ${O}`, () => onnxOp(O, { kernel_shape: [2, 2, 2], strides: [2, 2, 2] }, [[1, 2, 4, 4, 4]])],
        ],
      },
      {
        op: `global ${kind} pooling`,
        counts: { [kind === 'max' ? 'reduce_max' : 'mean']: 3 * 49 },
        fronts: [
          [`Keras Global${K}2D(keepdims) channels_first`, () => kerasLayer(`Global${K}2D`, { keepdims: true, data_format: 'channels_first' }, [[3, 7, 7]])],
          [`ONNX Global${O}`, () => onnxOp(`Global${O}`, {}, [[1, 3, 7, 7]])],
        ],
      },
    ];
  }),
  // Normalisations.
  {
    op: 'batch normalisation',
    counts: { add: 100 + 4, rsqrt: 4, mul: 100 + 8, sub: 4 },
    fronts: [
      ['Keras BatchNormalization(axis=1)', () => kerasLayer('BatchNormalization', { axis: 1 }, [[4, 5, 5]])],
      ['ONNX BatchNormalization', () => onnxOp('BatchNormalization', {}, [[1, 4, 5, 5]], [w('s', [4]), w('b', [4]), w('m', [4]), w('v', [4])])],
    ],
  },
  {
    op: 'layer normalisation, last axis',
    counts: { mean: 48, sqdiff: 24, add: 6 + 24 + 24, rsqrt: 6, mul: 72, neg: 6 },
    fronts: [
      ['Keras LayerNormalization', () => kerasLayer('LayerNormalization', { axis: -1 }, [[6, 4]])],
      ['inline layer_normalization', () => inline('layer_normalization', {}, [6, 4])],
      ['ONNX LayerNormalization', () => onnxOp('LayerNormalization', { axis: -1 }, [[1, 6, 4]], [w('g', [4]), w('b', [4])], 17)],
    ],
  },
  {
    op: 'group normalisation',
    // rows = B x groups = 2, gamma and beta broadcast to B x C = 4
    counts: { mean: 2 * 64, sqdiff: 64, add: 2 + 4 + 64, rsqrt: 2, mul: 4 + 4 + 64, neg: 2 },
    fronts: [
      ['Keras GroupNormalization(groups=2, axis=1)', () => kerasLayer('GroupNormalization', { groups: 2, axis: 1 }, [[4, 4, 4]])],
      ['ONNX GroupNormalization', () => onnxOp('GroupNormalization', { num_groups: 2 }, [[1, 4, 4, 4]], [w('s', [4]), w('b', [4])], 18)],
    ],
  },
  {
    op: 'instance normalisation',
    counts: { mean: 2 * 64, sqdiff: 64, add: 4 + 4 + 64, rsqrt: 4, mul: 4 + 4 + 64, neg: 4 },
    fronts: [
      ['Keras GroupNormalization(groups=C, axis=1)', () => kerasLayer('GroupNormalization', { groups: 4, axis: 1 }, [[4, 4, 4]])],
      ['ONNX InstanceNormalization', () => onnxOp('InstanceNormalization', {}, [[1, 4, 4, 4]], [w('s', [4]), w('b', [4])])],
    ],
  },
  {
    op: 'L2 normalisation',
    counts: { square: 24, sum: 21, rsqrt: 3, min: 3, mul: 24 },
    fronts: [
      ['Keras UnitNormalization', () => kerasLayer('UnitNormalization', { axis: -1 }, [[3, 8]])],
      ['ONNX LpNormalization(p=2)', () => onnxOp('LpNormalization', { axis: -1, p: 2 }, [[1, 3, 8]])],
    ],
  },
  // Recurrent cells: 5 steps, 3 features, 4 units, no bias (ONNX's two bias vectors have no Keras twin).
  {
    op: 'LSTM',
    counts: { mac: 5 * 4 * 4 * 7, add: 5 * 20, mul: 5 * 12, sigmoid: 5 * 12, tanh: 5 * 8 },
    fronts: [
      ['Keras LSTM(use_bias=False)', () => kerasLayer('LSTM', { units: 4, use_bias: false }, [[5, 3]])],
      ['ONNX LSTM without B', () => onnxOp('LSTM', { hidden_size: 4 }, [[5, 1, 3]], [w('W', [1, 16, 3]), w('R', [1, 16, 4])], 13)],
    ],
  },
  {
    op: 'GRU (reset before the product)',
    counts: { mac: 5 * 3 * 4 * 7, add: 5 * 16, mul: 5 * 12, sub: 5 * 4, sigmoid: 5 * 8, tanh: 5 * 4 },
    fronts: [
      ['Keras GRU(reset_after=False, use_bias=False)', () => kerasLayer('GRU', { units: 4, use_bias: false, reset_after: false }, [[5, 3]])],
      ['ONNX GRU without B', () => onnxOp('GRU', { hidden_size: 4 }, [[5, 1, 3]], [w('W', [1, 12, 3]), w('R', [1, 12, 4])], 13)],
    ],
  },
  {
    op: 'simple RNN',
    counts: { mac: 5 * 4 * 7, add: 5 * 4, tanh: 5 * 4 },
    fronts: [
      ['Keras SimpleRNN(use_bias=False)', () => kerasLayer('SimpleRNN', { units: 4, use_bias: false }, [[5, 3]])],
      ['ONNX RNN without B', () => onnxOp('RNN', { hidden_size: 4 }, [[5, 1, 3]], [w('W', [1, 4, 3]), w('R', [1, 4, 4])], 13)],
    ],
  },
  // Resizing.
  {
    op: 'bilinear resize',
    counts: { resize: 3 * 6 * 5 },
    fronts: [
      ['Keras Resizing bilinear channels_first', () => kerasLayer('Resizing', { height: 6, width: 5, interpolation: 'bilinear', data_format: 'channels_first' }, [[3, 4, 4]])],
      ['ONNX Resize linear, sizes', () => onnxOp('Resize', { mode: 'linear' }, [[1, 3, 4, 4]], [w('roi', [0]), w('scales', [0]), i64('sizes', [1, 3, 6, 5])])],
    ],
  },
  {
    op: 'nearest resize (a copy)',
    counts: {},
    fronts: [
      ['Keras Resizing nearest channels_first', () => kerasLayer('Resizing', { height: 6, width: 5, interpolation: 'nearest', data_format: 'channels_first' }, [[3, 4, 4]])],
      ['ONNX Resize nearest, sizes', () => onnxOp('Resize', { mode: 'nearest' }, [[1, 3, 4, 4]], [w('roi', [0]), w('scales', [0]), i64('sizes', [1, 3, 6, 5])])],
    ],
  },
  // Data movement: no arithmetic, the same shape.
  {
    op: 'reshape',
    counts: {},
    fronts: [
      ['Keras Reshape', () => kerasLayer('Reshape', { target_shape: [4, 6] }, [[3, 8]])],
      ['keras.ops Reshape', () => kerasOp('Reshape', { newshape: [-1, 4, 6] }, [[3, 8]])],
      ['tf.reshape', () => tfFunction('reshape', [[3, 8]], { shape: [-1, 4, 6] })],
      ['ONNX Reshape', () => onnxOp('Reshape', {}, [[1, 3, 8]], [i64('shape', [1, 4, 6])])],
    ],
  },
  {
    op: 'transpose',
    counts: {},
    fronts: [
      ['Keras Permute', () => kerasLayer('Permute', { dims: [2, 1] }, [[3, 8]])],
      ['keras.ops Transpose', () => kerasOp('Transpose', { axes: [0, 2, 1] }, [[3, 8]])],
      ['ONNX Transpose', () => onnxOp('Transpose', { perm: [0, 2, 1] }, [[1, 3, 8]])],
    ],
  },
  {
    op: 'concatenate',
    counts: {},
    fronts: [
      ['Keras Concatenate', () => kerasLayer('Concatenate', { axis: -1 }, [[3, 8], [3, 2]])],
      ['keras.ops Concatenate', () => kerasOp('Concatenate', { axis: -1 }, [[3, 8], [3, 2]], [[{ input: 0 }, { input: 1 }]])],
      ['ONNX Concat', () => onnxOp('Concat', { axis: -1 }, [[1, 3, 8], [1, 3, 2]])],
    ],
  },
];

const counts = (ops: Counts) => Object.fromEntries(Object.entries(ops).filter(([, v]) => v !== 0n).map(([k, v]) => [k, String(v)]));

/**
 * The TF op (a SavedModel's or graph model's node, through src/tf/ops) and the TFLite builtin
 * (a one-operator .tflite file read back) of the same meaning as a case, in NHWC, batch 1.
 * TFLite option tables are written by field id (schema.fbs): padding SAME 0 / VALID 1.
 */
const VALID = 1;
const TF_FRONTS: Record<string, Front[]> = {
  ...Object.fromEntries(
    (
      [
        ['relu', 'Relu', 19],
        ['sigmoid', 'Sigmoid', 14],
        ['tanh', 'Tanh', 28],
        ['softmax', 'Softmax', 25],
        ['elu', 'Elu', 111],
        ['hard_swish', undefined, 117],
        ['gelu', undefined, 150],
      ] as const
    ).map(([name, tfName, code]): [string, Front[]] => [
      `activation ${name}`,
      [
        ...(tfName ? [[`TF ${tfName}`, () => tfOp(tfName, {}, [X(1, 3, 8)])] as Front] : []),
        [`TFLite op ${code}`, () => tfliteOp(code, undefined, [X(1, 3, 8)])],
      ],
    ]),
  ),
  ...Object.fromEntries(
    ([['add', 'AddV2', 0], ['sub', 'Sub', 41], ['mul', 'Mul', 18], ['max', 'Maximum', 55], ['min', 'Minimum', 57]] as const).map(([op, tfName, code]): [string, Front[]] => [
      `binary ${op}`,
      [
        [`TF ${tfName}`, () => tfOp(tfName, {}, [X(1, 3, 8), X(1, 3, 8)])],
        [`TFLite op ${code}`, () => tfliteOp(code, undefined, [X(1, 3, 8), X(1, 3, 8)])],
      ],
    ]),
  ),
  divide: [
    ['TF RealDiv', () => tfOp('RealDiv', {}, [X(1, 3, 8), X(1, 3, 8)])],
    ['TFLite DIV', () => tfliteOp(42, undefined, [X(1, 3, 8), X(1, 3, 8)])],
  ],
  ...Object.fromEntries(
    ([['mean', 'Mean', 40], ['sum', 'Sum', 74], ['max', 'Max', 82]] as const).map(([kind, tfName, code]): [string, Front[]] => [
      `reduce ${kind}`,
      [
        [`TF ${tfName}`, () => tfOp(tfName, { keep_dims: tf.b(false) }, [X(1, 3, 8), I([-1])])],
        [`TFLite op ${code}`, () => tfliteOp(code, [[0, 'u8', 0]], [X(1, 3, 8), I([-1])])],
      ],
    ]),
  ),
  dense: [
    ['TF _FusedMatMul [BiasAdd]', () => tfOp('_FusedMatMul', { fused_ops: tf.strs(['BiasAdd']), num_args: tf.i(1) }, [X(3, 8), C([8, 5]), C([5])])],
    ['TFLite FULLY_CONNECTED (keep_num_dims)', () => tfliteOp(9, [[2, 'u8', 1]], [X(1, 3, 8), C([5, 8]), C([5])])],
  ],
  'matmul with broadcast batch': [
    ['TF BatchMatMulV2', () => tfOp('BatchMatMulV2', {}, [X(2, 3, 4), X(4, 5)])],
    ['TFLite BATCH_MATMUL', () => tfliteOp(126, undefined, [X(2, 3, 4), X(4, 5)])],
  ],
  'conv 3-D': [
    ['TFLite CONV_3D', () => tfliteOp(132, [[0, 'i8', VALID], [1, 'i32', 2], [2, 'i32', 2], [3, 'i32', 2]], [X(1, 4, 6, 6, 2), C([2, 2, 2, 2, 2]), C([2])])],
  ],
  'depthwise conv': [
    ['TF FusedDepthwiseConv2dNative [BiasAdd]', () => tfOp('FusedDepthwiseConv2dNative', { strides: tf.ints([1, 1, 1, 1]), padding: tf.s('VALID'), fused_ops: tf.strs(['BiasAdd']), num_args: tf.i(1) }, [X(1, 8, 8, 3), C([3, 3, 3, 2]), C([6])])],
    ['TFLite DEPTHWISE_CONV_2D (depth_multiplier 2)', () => tfliteOp(4, [[0, 'i8', VALID], [1, 'i32', 1], [2, 'i32', 1], [3, 'i32', 2]], [X(1, 8, 8, 3), C([1, 3, 3, 6]), C([6])])],
  ],
  'transposed conv': [
    ['TFLite TRANSPOSE_CONV', () => tfliteOp(67, [[0, 'i8', 0], [1, 'i32', 2], [2, 'i32', 2]], [I([1, 10, 10, 2]), C([2, 3, 3, 4]), X(1, 5, 5, 4), C([2])])],
  ],
  ...Object.fromEntries(
    (['max', 'avg'] as const).flatMap((kind): [string, Front[]][] => [
      [
        `${kind} pooling 2-D`,
        [
          [`TF ${kind === 'max' ? 'MaxPool' : 'AvgPool'}`, () => tfOp(kind === 'max' ? 'MaxPool' : 'AvgPool', { ksize: tf.ints([1, 2, 2, 1]), strides: tf.ints([1, 2, 2, 1]), padding: tf.s('VALID') }, [X(1, 8, 8, 3)])],
          [`TFLite ${kind === 'max' ? 'MAX' : 'AVERAGE'}_POOL_2D`, () => tfliteOp(kind === 'max' ? 17 : 1, [[0, 'i8', VALID], [1, 'i32', 2], [2, 'i32', 2], [3, 'i32', 2], [4, 'i32', 2]], [X(1, 8, 8, 3)])],
        ],
      ],
    ]),
  ),
  'global avg pooling': [
    ['TF Mean over H, W (keep_dims)', () => tfOp('Mean', { keep_dims: tf.b(true) }, [X(1, 7, 7, 3), I([1, 2])])],
    ['TFLite MEAN over H, W (keep_dims)', () => tfliteOp(40, [[0, 'u8', 1]], [X(1, 7, 7, 3), I([1, 2])])],
  ],
  'batch normalisation': [['TF FusedBatchNormV3', () => tfOp('FusedBatchNormV3', { is_training: tf.b(false) }, [X(1, 5, 5, 4), C([4]), C([4]), C([4]), C([4])])]],
  'bilinear resize': [
    ['TF ResizeBilinear', () => tfOp('ResizeBilinear', {}, [X(1, 4, 4, 3), I([6, 5])])],
    ['TFLite RESIZE_BILINEAR', () => tfliteOp(23, undefined, [X(1, 4, 4, 3), I([6, 5])])],
  ],
  reshape: [
    ['TF Reshape', () => tfOp('Reshape', {}, [X(1, 3, 8), I([1, 4, 6])])],
    ['TFLite RESHAPE', () => tfliteOp(22, undefined, [X(1, 3, 8), I([1, 4, 6])])],
  ],
  transpose: [
    ['TF Transpose', () => tfOp('Transpose', {}, [X(1, 3, 8), I([0, 2, 1])])],
    ['TFLite TRANSPOSE', () => tfliteOp(39, undefined, [X(1, 3, 8), I([0, 2, 1])])],
  ],
};
for (const c of CASES) c.fronts.push(...(TF_FRONTS[c.op] ?? []));

describe('parity: one operation costs the same from every front end, under every convention', () => {
  it.each(CASES.map((c) => [c.op, c] as const))('%s', async (_op, c) => {
    const want = Object.fromEntries(Object.entries(c.counts).map(([k, v]) => [k, String(v)]));
    const rows = await Promise.all(c.fronts.map(async ([name, measure]) => [name, await measure()] as const));
    for (const [name, row] of rows) {
      expect([name, counts(row.ops)]).toEqual([name, want]);
      for (const conv of CONVENTIONS) expect([name, conv, String(flopsOf(row.ops, conv))]).toEqual([name, conv, String(flopsOf(rows[0][1].ops, conv))]);
      expect([name, row.unknown]).toEqual([name, undefined]);
    }
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('every TF and TFLite front end belongs to a case', () => {
    expect(Object.keys(TF_FRONTS).filter((op) => !CASES.some((c) => c.op === op))).toEqual([]);
  });
});
