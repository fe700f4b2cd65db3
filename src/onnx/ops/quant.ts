/**
 * Quantized inference: QuantizeLinear / DequantizeLinear (the QDQ form), the integer products
 * (ConvInteger, MatMulInteger, QLinearConv, QLinearMatMul) and the com.microsoft QLinear ops
 * onnxruntime's quantizer writes (the QOperator form).
 *
 * Counting, stated in docs/onnx-ops.md:
 * - an integer product is the float product's multiply-accumulates (`mac`), so `macs` of a
 *   quantized model equals the float model's. Zero points are not counted: integer kernels
 *   fold them into the accumulator rather than subtracting them from every element;
 * - quantizing or dequantizing an element is one `quant` (a scale and a zero-point shift); the
 *   integer products requantize each output element once (`quant` = out);
 * - an element-wise QLinear op costs what its QDQ form does: a dequantization of each element
 *   of every input that is not a constant (the dequantization of a constant folds at load),
 *   the float op, a quantization of each output element.
 */
import type { OpCounts } from '../../costs/ops.js';
import { DT } from '../dtypes.js';
import { broadcast, checkShape, fmt, normAxis, prod } from '../shapes.js';
import { convCore } from './conv.js';
import { gemmCore, matmulCore } from './matmul.js';
import { poolWindow } from './pool.js';
import { reducedAxes } from './reduce.js';
import { concatShape } from './select.js';
import { val, type NodeCtx, type OpRule, type Val } from './types.js';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Elements a QDQ form would dequantize at run time: none for a constant. */
function dq(v: Val): number {
  return v.constant ? 0 : prod(v.shape);
}

/**
 * The scale of Quantize/DequantizeLinear is one value (per tensor), one per element of `axis`
 * (opset 13+, and com.microsoft's), or (opset 21+) a tensor of x's rank whose `axis`
 * dimension counts blocks.
 */
function checkScale(ctx: NodeCtx, x: number[], scale: number[]): void {
  if (prod(scale) === 1) return;
  const axis = () => normAxis(ctx.int('axis', 1), x.length, ctx.fail);
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
    const dtype = ctx.opt(2)?.dtype || attr || DT.UINT8;
    return { outputs: [val(x.shape, dtype)], ops: { quant: prod(x.shape) } };
  },
};

export const DequantizeLinear: OpRule = {
  metadata: () => [1, 2],
  infer(ctx) {
    const x = ctx.in(0);
    const scale = ctx.in(1);
    checkScale(ctx, x.shape, scale.shape);
    const attr = ctx.opset >= 23 ? ctx.int('output_dtype', 0) : 0;
    return { outputs: [val(x.shape, attr || scale.dtype || DT.FLOAT)], ops: { quant: prod(x.shape) } };
  },
};

/**
 * What the ONNX function body of DynamicQuantizeLinear counts: the minimum and maximum of x
 * (with 0), scale = (max - min) / 255, zero point = round(clip(0 - min / scale)), then one
 * quantization per element.
 */
function dynamicQuantizeOps(n: number): OpCounts {
  return { min: n + 1, max: n + 1, sub: 2, div: 2, relu: 1, compare: 1, quant: n };
}

export const DynamicQuantizeLinear: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    return {
      outputs: [val(x.shape, DT.UINT8), { ...val([], DT.FLOAT), scale: true }, { ...val([], DT.UINT8), scale: true }],
      ops: dynamicQuantizeOps(prod(x.shape)),
    };
  },
};

/** Integer convolution: Conv's MACs, an int32 output, no requantization. */
export const ConvInteger: OpRule = {
  metadata: () => [2, 3],
  infer(ctx) {
    const { out, mac } = convCore(ctx, ctx.in(0).shape, ctx.in(1).shape);
    return { outputs: [val(out, DT.INT32)], ops: { mac } };
  },
};

export const MatMulInteger: OpRule = {
  metadata: () => [2, 3],
  infer(ctx) {
    const { out, mac } = matmulCore(ctx, ctx.in(0).shape, ctx.in(1).shape);
    return { outputs: [val(out, DT.INT32)], ops: { mac } };
  },
};

/** com.microsoft's QLinear ops take NHWC input with channels_last = 1: as NCHW, and back. */
function channelsFirst(ctx: NodeCtx, x: number[]): number[] {
  if (ctx.int('channels_last', 0) !== 1) return x;
  if (x.length < 3) ctx.fail(`input ${fmt(x)} needs batch, spatial and channel dimensions`);
  return [x[0], x[x.length - 1], ...x.slice(1, -1)];
}

function channelsBack(ctx: NodeCtx, y: number[]): number[] {
  return ctx.int('channels_last', 0) === 1 ? [y[0], ...y.slice(2), y[1]] : y;
}

/**
 * QLinearConv(x, x_scale, x_zp, w, w_scale, w_zp, y_scale, y_zp, B): Conv's MACs on the
 * integers, the int32 bias added once per output element, each output element requantized.
 */
export const QLinearConv: OpRule = {
  metadata: () => [1, 2, 4, 5, 6, 7],
  infer(ctx) {
    const { out, mac } = convCore(ctx, channelsFirst(ctx, ctx.in(0).shape), ctx.in(3).shape);
    const ops: OpCounts = { mac, quant: prod(out) };
    if (ctx.has(8)) ops.bias = prod(out);
    return { outputs: [val(checkShape(channelsBack(ctx, out), ctx.fail), ctx.in(7).dtype)], ops };
  },
};

/** QLinearMatMul(a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp): MatMul's MACs, requantized. */
export const QLinearMatMul: OpRule = {
  metadata: () => [1, 2, 4, 5, 6, 7],
  infer(ctx) {
    const { out, mac } = matmulCore(ctx, ctx.in(0).shape, ctx.in(3).shape);
    return { outputs: [val(out, ctx.in(7).dtype)], ops: { mac, quant: prod(out) } };
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
    const { m, n, k } = gemmCore(ctx, ctx.in(0).shape, ctx.in(3).shape);
    const ops: OpCounts = { mac: m * n * k, quant: m * n };
    const c = ctx.opt(6);
    if (c) {
      broadcast([[m, n], c.shape], ctx.fail);
      ops.bias = m * n;
    }
    return { outputs: [val([m, n], ctx.has(7) ? ctx.opt(8)?.dtype ?? DT.UINT8 : DT.FLOAT)], ops };
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
    const { out, mac } = matmulCore(ctx, a.shape, ctx.in(1).shape);
    const ops = dynamicQuantizeOps(prod(a.shape));
    ops.mac = mac;
    ops.quant = (ops.quant ?? 0) + prod(out);
    if (ctx.has(4)) ops.bias = prod(out);
    return { outputs: [val(out, a.dtype === DT.FLOAT16 ? DT.FLOAT16 : DT.FLOAT)], ops };
  },
};

/** com.microsoft.MatMulIntegerToFloat(A, B, a_scale, b_scale, a_zp, b_zp, bias): MACs, scaled to float. */
export const MatMulIntegerToFloat: OpRule = {
  metadata: () => [2, 3, 4, 5],
  infer(ctx) {
    const { out, mac } = matmulCore(ctx, ctx.in(0).shape, ctx.in(1).shape);
    const ops: OpCounts = { mac, quant: prod(out) };
    if (ctx.has(6)) ops.bias = prod(out);
    return { outputs: [val(out, ctx.in(2).dtype || DT.FLOAT)], ops };
  },
};

/** QLinearAdd / QLinearMul (A, A_scale, A_zp, B, B_scale, B_zp, C_scale, C_zp): broadcast. */
function qlinearBinary(op: 'add' | 'mul'): OpRule {
  return {
    metadata: () => [1, 2, 4, 5, 6, 7],
    infer(ctx) {
      const [a, b] = [ctx.in(0), ctx.in(3)];
      const out = checkShape(broadcast([a.shape, b.shape], ctx.fail), ctx.fail);
      const n = prod(out);
      return { outputs: [val(out, a.dtype)], ops: { [op]: n, quant: dq(a) + dq(b) + n } };
    },
  };
}

export const QLinearAdd = qlinearBinary('add');
export const QLinearMul = qlinearBinary('mul');

/** QLinearSigmoid / QLinearLeakyRelu (X, X_scale, X_zp, Y_scale, Y_zp): the float activation in QDQ form. */
function qlinearUnaryOf(op: 'sigmoid' | 'relu' | 'softmax'): OpRule {
  return {
    metadata: () => [1, 2, 3, 4],
    infer(ctx) {
      const x = ctx.in(0);
      const n = prod(x.shape);
      return { outputs: [val(x.shape, x.dtype)], ops: { [op]: n, quant: dq(x) + n } };
    },
  };
}

export const QLinearSigmoid = qlinearUnaryOf('sigmoid');
export const QLinearLeakyRelu = qlinearUnaryOf('relu');

/** com.microsoft.QLinearSoftmax (X, X_scale, x_zp, y_scale, y_zp): Softmax in QDQ form. */
export const QLinearSoftmax = qlinearUnaryOf('softmax');

/** com.microsoft.QLinearReduceMean (data, scale, zp, reduced_scale, reduced_zp): ReduceMean over `axes` in QDQ form. */
export const QLinearReduceMean: OpRule = {
  metadata: () => [1, 2, 3, 4],
  infer(ctx) {
    const x = ctx.in(0);
    const axes = reducedAxes(ctx, x.shape.length) ?? ctx.fail('has no axes');
    const keep = ctx.int('keepdims', 1) === 1;
    const out = checkShape(keep ? x.shape.map((d, i) => (axes.includes(i) ? 1 : d)) : x.shape.filter((_, i) => !axes.includes(i)), ctx.fail);
    return { outputs: [val(out, x.dtype)], ops: { mean: prod(x.shape), quant: dq(x) + prod(out) } };
  },
};

/** GlobalAveragePool in QDQ form; `channels_last` keeps C last. */
export const QLinearGlobalAveragePool: OpRule = {
  metadata: () => [1, 2, 3, 4],
  infer(ctx) {
    const x = ctx.in(0);
    const cf = channelsFirst(ctx, x.shape);
    if (cf.length < 2) ctx.fail(`input ${fmt(x.shape)} needs batch and channel dimensions`);
    const out = channelsBack(ctx, [cf[0], cf[1], ...cf.slice(2).map(() => 1)]);
    return { outputs: [val(out, x.dtype)], ops: { mean: prod(x.shape), quant: dq(x) + prod(out) } };
  },
};

/** AveragePool in QDQ form; `channels_last` keeps C last. */
export const QLinearAveragePool: OpRule = {
  metadata: () => [1, 2, 3, 4],
  infer(ctx) {
    const x = ctx.in(0);
    const cf = channelsFirst(ctx, x.shape);
    if (cf.length < 3) ctx.fail(`input ${fmt(x.shape)} needs batch, channel and spatial dimensions`);
    const { out: spatial, k } = poolWindow(ctx, cf.slice(2));
    const out = checkShape(channelsBack(ctx, [cf[0], cf[1], ...spatial]), ctx.fail);
    return { outputs: [val(out, x.dtype)], ops: { avgpool: prod(out) * k, quant: dq(x) + prod(out) } };
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
    const axis = normAxis(ctx.int('axis', 0), xs[0].shape.length, ctx.fail);
    const out = concatShape(xs, axis, ctx.fail);
    const quant = xs.reduce((acc, x) => acc + dq(x), 0) + prod(out);
    return { outputs: [val(checkShape(out, ctx.fail), xs[0].dtype)], ops: { quant } };
  },
};
