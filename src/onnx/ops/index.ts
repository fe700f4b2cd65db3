import { ACTIVATIONS } from './activations.js';
import { Conv, ConvTranspose } from './conv.js';
import * as ew from './elementwise.js';
import { Einsum, Gemm, MatMul } from './matmul.js';
import * as norm from './norm.js';
import { AveragePool, GlobalAveragePool, GlobalMaxPool, MaxPool } from './pool.js';
import * as red from './reduce.js';
import * as ix from './indexing.js';
import * as math from './math.js';
import * as q from './quant.js';
import { GridSample, Resize, RoiAlign, Upsample } from './resize.js';
import { GRU, LSTM, RNN } from './rnn.js';
import * as rs from './reshape.js';
import * as sel from './select.js';
import * as sig from './signal.js';
import * as vals from './values.js';
import type { OpRule } from './types.js';

/** Shape and cost rule per op type of the default ONNX domain (ai.onnx). */
export const RULES: Record<string, OpRule> = {
  Conv, ConvTranspose,
  Gemm, MatMul, Einsum,
  MaxPool, AveragePool, GlobalAveragePool, GlobalMaxPool,
  BatchNormalization: norm.BatchNormalization,
  LayerNormalization: norm.LayerNormalization,
  InstanceNormalization: norm.InstanceNormalization,
  GroupNormalization: norm.GroupNormalization,
  MeanVarianceNormalization: norm.MeanVarianceNormalization,
  LRN: norm.LRN,
  ...ACTIVATIONS,
  PRelu: ew.PRelu,
  Clip: ew.Clip,
  Add: ew.Add, Sub: ew.Sub, Mul: ew.Mul, Div: ew.Div, Pow: ew.Pow, Mod: ew.Mod,
  Equal: ew.Equal, Less: ew.Less, LessOrEqual: ew.LessOrEqual, Greater: ew.Greater, GreaterOrEqual: ew.GreaterOrEqual,
  And: ew.And, Or: ew.Or, Xor: ew.Xor,
  Max: ew.variadic('max', Math.max),
  Min: ew.variadic('min', Math.min),
  Sum: ew.variadic('add', (a, b) => a + b),
  Mean: ew.variadic('add', (a, b) => a + b, true),
  Where: ew.Where,
  ReduceMean: red.ReduceMean, ReduceSum: red.ReduceSum, ReduceMax: red.ReduceMax, ReduceMin: red.ReduceMin,
  ReduceProd: red.ReduceProd, ReduceSumSquare: red.ReduceSumSquare, ReduceL1: red.ReduceL1, ReduceL2: red.ReduceL2,
  ReduceLogSum: red.ReduceLogSum, ReduceLogSumExp: red.ReduceLogSumExp,
  ArgMax: red.ArgMax, ArgMin: red.ArgMax,
  Resize, Upsample,
  LSTM, GRU, RNN,
  Identity: sel.Identity,
  Dropout: sel.Dropout,
  Shape: vals.Shape,
  Size: vals.Size,
  Constant: vals.Constant,
  ConstantOfShape: vals.ConstantOfShape,
  Cast: vals.Cast,
  CastLike: vals.Cast,
  Reshape: rs.Reshape,
  Flatten: rs.Flatten,
  Transpose: rs.Transpose,
  Concat: sel.Concat,
  Split: sel.Split,
  Slice: sel.Slice,
  Gather: sel.Gather,
  GatherElements: sel.GatherElements,
  GatherND: sel.GatherND,
  ScatterND: sel.Scatter,
  ScatterElements: sel.Scatter,
  Scatter: sel.Scatter,
  Squeeze: rs.Squeeze,
  Unsqueeze: rs.Unsqueeze,
  Expand: rs.Expand,
  Tile: rs.Tile,
  Range: vals.Range,
  Pad: sel.Pad,
  DepthToSpace: rs.DepthToSpace,
  SpaceToDepth: rs.SpaceToDepth,
  Trilu: sel.SameShape,
  QuantizeLinear: q.QuantizeLinear,
  DequantizeLinear: q.DequantizeLinear,
  DynamicQuantizeLinear: q.DynamicQuantizeLinear,
  QLinearConv: q.QLinearConv,
  QLinearMatMul: q.QLinearMatMul,
  ConvInteger: q.ConvInteger,
  MatMulInteger: q.MatMulInteger,
  IsNaN: math.ElementTest,
  IsInf: math.ElementTest,
  Hardmax: math.Hardmax,
  CumSum: math.CumSum,
  TopK: math.TopK,
  Det: math.Det,
  Bernoulli: math.Bernoulli,
  RandomUniformLike: math.RandomLike,
  RandomNormalLike: math.RandomLike,
  RandomUniform: math.RandomOfShape,
  RandomNormal: math.RandomOfShape,
  HannWindow: sig.HannWindow,
  HammingWindow: sig.HammingWindow,
  BlackmanWindow: sig.BlackmanWindow,
  DFT: sig.DFT,
  STFT: sig.STFT,
  OneHot: ix.OneHot,
  EyeLike: ix.EyeLike,
  ReverseSequence: ix.ReverseSequence,
  MaxUnpool: ix.MaxUnpool,
  Compress: ix.Compress,
  NonZero: ix.NonZero,
  Unique: ix.Unique,
  RoiAlign,
  GridSample,
  BitShift: ew.BitShift,
  BitwiseAnd: ew.Bitwise,
  BitwiseOr: ew.Bitwise,
  BitwiseXor: ew.Bitwise,
  BitwiseNot: ew.unary('compare'),
  MelWeightMatrix: sig.MelWeightMatrix,
};

/**
 * Rules of onnxruntime's contrib domain (com.microsoft): the quantized ops its quantizer
 * writes, semantics as its ContribOperators.md gives them.
 */
export const MS_RULES: Record<string, OpRule> = {
  QuantizeLinear: q.QuantizeLinear,
  DequantizeLinear: q.DequantizeLinear,
  QLinearConv: q.QLinearConv,
  QGemm: q.QGemm,
  QLinearAdd: q.QLinearAdd,
  QLinearMul: q.QLinearMul,
  QLinearSigmoid: q.QLinearSigmoid,
  QLinearLeakyRelu: q.QLinearLeakyRelu,
  QLinearGlobalAveragePool: q.QLinearGlobalAveragePool,
  QLinearAveragePool: q.QLinearAveragePool,
  QLinearConcat: q.QLinearConcat,
  QLinearSoftmax: q.QLinearSoftmax,
  QLinearReduceMean: q.QLinearReduceMean,
  DynamicQuantizeMatMul: q.DynamicQuantizeMatMul,
  MatMulIntegerToFloat: q.MatMulIntegerToFloat,
};

export const MS_DOMAIN = 'com.microsoft';

const own = (table: Record<string, OpRule>, op: string) => (Object.prototype.hasOwnProperty.call(table, op) ? table[op] : undefined);

export function ruleFor(domain: string, opType: string): OpRule | undefined {
  if (domain === MS_DOMAIN) return own(MS_RULES, opType);
  if (domain !== '' && domain !== 'ai.onnx') return undefined;
  return own(RULES, opType);
}
