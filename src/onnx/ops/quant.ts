/**
 * Quantized inference: QuantizeLinear / DequantizeLinear (the QDQ form), the integer products
 * (ConvInteger, MatMulInteger, QLinearConv, QLinearMatMul) and the com.microsoft QLinear ops
 * onnxruntime's quantizer writes (the QOperator form). Each is the core's float op (so `macs`
 * of a quantized model equals the float model's) plus the quantization work, as
 * docs/onnx-ops.md states it:
 * - quantizing or dequantizing an element is one `quant`; the integer products requantize
 *   each output element once;
 * - an element-wise QLinear op costs what its QDQ form does: a dequantization of each element
 *   of every input that is not a constant (the dequantization of a constant folds at load),
 *   the float op, a quantization of each output element.
 */
import { addCounts, big, type Counts } from '../../core/counts.js';
import { activation } from '../../core/ops/activation.js';
import { globalPool, pool } from '../../core/ops/conv.js';
import { binary } from '../../core/ops/elementwise.js';
import { gemm, matmul } from '../../core/ops/linear.js';
import { quantize, requantize, dynamicQuantizeCounts } from '../../core/ops/quant.js';
import { reduce } from '../../core/ops/reduce.js';
import { concat } from '../../core/ops/select.js';
import { normAxis } from '../../core/shape.js';
import { fmt, size, type DType } from '../../core/tensor.js';
import { coreDType } from '../dtypes.js';
import { windowAttrs } from './common.js';
import { convOf } from './conv.js';
import { gemmOptions } from './matmul.js';
import { reducedAxes } from './reduce.js';
import { fromCore, val, type NodeCtx, type OpRule, type Result, type Val } from './types.js';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Elements a QDQ form would dequantize at run time: none for a constant. */
function dq(v: Val): bigint {
  return v.constant ? 0n : big(size(v.shape));
}

/** The core result plus quantization work. */
function withQuant(r: Result, quant: Counts): Result {
  addCounts(r.ops, quant);
  return r;
}

/**
 * The scale of Quantize/DequantizeLinear is one value (per tensor), one per element of `axis`
 * (opset 13+, and com.microsoft's), or (opset 21+) a tensor of x's rank whose `axis`
 * dimension counts blocks.
 */
function checkScale(ctx: NodeCtx, x: readonly number[], scale: readonly number[]): void {
  if (size(scale) === 1) return;
  const axis = () => normAxis(ctx.int('axis', 1), x.length);
  const perAxis = ctx.opset >= 13 || ctx.node.domain === 'com.microsoft';
  if (scale.length === 1 && perAxis && scale[0] === x[axis()]) return;
  const block = ctx.opset >= 21 ? ctx.int('block_size', 0) : 0;
  if (block > 0 && scale.length === x.length) {
    const a = axis();
    if (scale.every((d, i) => (i === a ? d === Math.ceil(x[i] / block) : d === x[i]))) return;
  }
  ctx.fail(`scale ${fmt(scale)} is neither per tensor, per axis nor per block of input ${fmt(x)}`);
}

export const QuantizeLinear: OpRule = {
  metadata: () => [1, 2],
  infer(ctx) {
    const x = ctx.in(0);
    checkScale(ctx, x.shape, ctx.in(1).shape);
    // The zero point's type is the output's; without one, output_dtype (21+) or uint8.
    const attr = ctx.opset >= 21 ? ctx.int('output_dtype', 0) : 0;
    const dtype: DType = ctx.opt(2)?.dtype ?? (attr ? coreDType(attr) : 'uint8');
    return fromCore(quantize(x, dtype));
  },
};

export const DequantizeLinear: OpRule = {
  metadata: () => [1, 2],
  infer(ctx) {
    const x = ctx.in(0);
    const scale = ctx.in(1);
    checkScale(ctx, x.shape, scale.shape);
    const attr = ctx.opset >= 23 ? ctx.int('output_dtype', 0) : 0;
    return fromCore(quantize(x, attr ? coreDType(attr) : scale.dtype === 'unknown' ? 'float32' : scale.dtype));
  },
};

export const DynamicQuantizeLinear: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    return {
      outputs: [val(x.shape, 'uint8'), { ...val([], 'float32'), scale: true }, { ...val([], 'uint8'), scale: true }],
      ops: dynamicQuantizeCounts(big(size(x.shape))),
    };
  },
};

/** Integer convolution: Conv's MACs, an int32 output, no requantization. */
export const ConvInteger: OpRule = {
  metadata: () => [2, 3],
  infer(ctx) {
    const r = fromCore(convOf(ctx, ctx.in(0), ctx.in(1).shape, false));
    r.outputs = [val(r.outputs[0].shape, 'int32')];
    return r;
  },
};

export const MatMulInteger: OpRule = {
  metadata: () => [2, 3],
  infer(ctx) {
    const r = fromCore(matmul(ctx.in(0), ctx.in(1)));
    r.outputs = [val(r.outputs[0].shape, 'int32')];
    return r;
  },
};

/** com.microsoft's QLinear ops take NHWC input with channels_last = 1: as NCHW, and back. */
function channelsFirst(ctx: NodeCtx, x: Val): Val {
  if (ctx.int('channels_last', 0) !== 1) return x;
  const s = x.shape;
  if (s.length < 3) ctx.fail(`input ${fmt(s)} needs batch, spatial and channel dimensions`);
  return { shape: [s[0], s[s.length - 1], ...s.slice(1, -1)], dtype: x.dtype };
}

function channelsBack(ctx: NodeCtx, y: readonly number[]): number[] {
  return ctx.int('channels_last', 0) === 1 ? [y[0], ...y.slice(2), y[1]] : [...y];
}

/**
 * QLinearConv(x, x_scale, x_zp, w, w_scale, w_zp, y_scale, y_zp, B): Conv's MACs on the
 * integers, the int32 bias added once per output element, each output element requantized.
 */
export const QLinearConv: OpRule = {
  metadata: () => [1, 2, 4, 5, 6, 7],
  infer(ctx) {
    const r = fromCore(convOf(ctx, channelsFirst(ctx, ctx.in(0)), ctx.in(3).shape, ctx.has(8)));
    const out = r.outputs[0].shape;
    r.outputs = [val(channelsBack(ctx, out), ctx.in(7).dtype)];
    return withQuant(r, requantize(size(out)));
  },
};

/** QLinearMatMul(a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp): MatMul's MACs, requantized. */
export const QLinearMatMul: OpRule = {
  metadata: () => [1, 2, 4, 5, 6, 7],
  infer(ctx) {
    const r = fromCore(matmul(ctx.in(0), ctx.in(3)));
    r.outputs = [val(r.outputs[0].shape, ctx.in(7).dtype)];
    return withQuant(r, requantize(size(r.outputs[0].shape)));
  },
};

/**
 * com.microsoft.QGemm(A, a_scale, a_zp, B, b_scale, b_zp, C, y_scale, y_zp): Gemm's MACs, the
 * int32 C as a bias, each output element requantized (to y's scale, or to float without one:
 * alpha is folded into that scale).
 */
export const QGemm: OpRule = {
  metadata: () => [1, 2, 4, 5, 7, 8],
  infer(ctx) {
    const r = fromCore(gemm(ctx.in(0), ctx.in(3), ctx.opt(6), { ...gemmOptions(ctx), alpha: 1, beta: 1 }));
    r.outputs = [val(r.outputs[0].shape, ctx.has(7) ? ctx.opt(8)?.dtype ?? 'uint8' : 'float32')];
    return withQuant(r, requantize(size(r.outputs[0].shape)));
  },
};

/**
 * com.microsoft.DynamicQuantizeMatMul(A, B, b_scale, b_zp, bias): A is quantized at run time
 * as DynamicQuantizeLinear does, multiplied with the integer B, and each output element scaled
 * back to float (one `quant`); the bias adds once per output element.
 */
export const DynamicQuantizeMatMul: OpRule = {
  metadata: () => [2, 3],
  infer(ctx) {
    const a = ctx.in(0);
    const r = fromCore(matmul(a, ctx.in(1)));
    const n = big(size(r.outputs[0].shape));
    r.outputs = [val(r.outputs[0].shape, a.dtype === 'float16' ? 'float16' : 'float32')];
    addCounts(r.ops, dynamicQuantizeCounts(big(size(a.shape))));
    return withQuant(r, { quant: n, ...(ctx.has(4) ? { bias: n } : {}) });
  },
};

/** com.microsoft.MatMulIntegerToFloat(A, B, a_scale, b_scale, a_zp, b_zp, bias): MACs, scaled to float. */
export const MatMulIntegerToFloat: OpRule = {
  metadata: () => [2, 3, 4, 5],
  infer(ctx) {
    const r = fromCore(matmul(ctx.in(0), ctx.in(1)));
    const n = big(size(r.outputs[0].shape));
    r.outputs = [val(r.outputs[0].shape, ctx.in(2).dtype === 'unknown' ? 'float32' : ctx.in(2).dtype)];
    return withQuant(r, { quant: n, ...(ctx.has(6) ? { bias: n } : {}) });
  },
};

/** QLinearAdd / QLinearMul (A, A_scale, A_zp, B, B_scale, B_zp, C_scale, C_zp): the float op in QDQ form. */
function qlinearBinary(fn: 'add' | 'mul'): OpRule {
  return {
    metadata: () => [1, 2, 4, 5, 6, 7],
    infer(ctx) {
      const [a, b] = [ctx.in(0), ctx.in(3)];
      const r = fromCore(binary(fn, a, b));
      return withQuant(r, { quant: dq(a) + dq(b) + big(size(r.outputs[0].shape)) });
    },
  };
}

export const QLinearAdd = qlinearBinary('add');
export const QLinearMul = qlinearBinary('mul');

/** QLinearSigmoid / QLinearLeakyRelu / QLinearSoftmax (X, X_scale, X_zp, Y_scale, Y_zp): the float activation in QDQ form. */
function qlinearActivation(name: 'sigmoid' | 'leaky_relu' | 'softmax'): OpRule {
  return {
    metadata: () => [1, 2, 3, 4],
    infer(ctx) {
      const x = ctx.in(0);
      return withQuant(fromCore(activation(name, x)), { quant: dq(x) + big(size(x.shape)) });
    },
  };
}

export const QLinearSigmoid = qlinearActivation('sigmoid');
export const QLinearLeakyRelu = qlinearActivation('leaky_relu');
export const QLinearSoftmax = qlinearActivation('softmax');

/** com.microsoft.QLinearReduceMean (data, scale, zp, reduced_scale, reduced_zp): ReduceMean over `axes` in QDQ form. */
export const QLinearReduceMean: OpRule = {
  metadata: () => [1, 2, 3, 4],
  infer(ctx) {
    const x = ctx.in(0);
    const axes = reducedAxes(ctx);
    if (axes === null) return ctx.fail('has no axes');
    const r = fromCore(reduce('mean', x, axes, ctx.int('keepdims', 1) === 1));
    return withQuant(r, { quant: dq(x) + big(size(r.outputs[0].shape)) });
  },
};

/** GlobalAveragePool in QDQ form; `channels_last` keeps C last. */
export const QLinearGlobalAveragePool: OpRule = {
  metadata: () => [1, 2, 3, 4],
  infer(ctx) {
    const x = ctx.in(0);
    const cf = channelsFirst(ctx, x);
    if (cf.shape.length < 2) ctx.fail(`input ${fmt(x.shape)} needs batch and channel dimensions`);
    const r = fromCore(globalPool('avg', cf, cf.shape.length - 2, false, true));
    r.outputs = [val(channelsBack(ctx, r.outputs[0].shape), x.dtype)];
    return withQuant(r, { quant: dq(x) + big(size(r.outputs[0].shape)) });
  },
};

/** AveragePool in QDQ form; `channels_last` keeps C last. */
export const QLinearAveragePool: OpRule = {
  metadata: () => [1, 2, 3, 4],
  infer(ctx) {
    const x = ctx.in(0);
    const cf = channelsFirst(ctx, x);
    if (cf.shape.length < 3) ctx.fail(`input ${fmt(x.shape)} needs batch, channel and spatial dimensions`);
    const kernel = ctx.ints('kernel_shape');
    if (!kernel) return ctx.fail('has no kernel_shape');
    const r = fromCore(pool('avg', cf, { channelsLast: false, ...windowAttrs(ctx, cf.shape.length - 2, kernel) }));
    r.outputs = [val(channelsBack(ctx, r.outputs[0].shape), x.dtype)];
    return withQuant(r, { quant: dq(x) + big(size(r.outputs[0].shape)) });
  },
};

/**
 * QLinearConcat(Y_scale, Y_zp, X0, X0_scale, X0_zp, X1, ...): Concat in QDQ form, each input
 * rescaled to Y's scale.
 */
export const QLinearConcat: OpRule = {
  metadata: (c) => [0, 1, ...range(2, c.nIn).filter((i) => (i - 2) % 3 !== 0)],
  infer(ctx) {
    const xs: Val[] = [];
    for (let i = 2; i < ctx.nIn; i += 3) xs.push(ctx.in(i));
    if (xs.length === 0) ctx.fail('has no inputs to concatenate');
    const r = fromCore(concat(xs, ctx.int('axis', 0)));
    r.outputs = [val(r.outputs[0].shape, xs[0].dtype)];
    return withQuant(r, { quant: xs.reduce((acc, x) => acc + dq(x), 0n) + big(size(r.outputs[0].shape)) });
  },
};
