import { ACTIVATIONS } from './activations.js';
import { AveragePool, Conv, ConvTranspose, GlobalAveragePool, GlobalMaxPool, MaxPool } from './conv.js';
import { ELEMENTWISE } from './elementwise.js';
import * as ix from './indexing.js';
import { Einsum, Gemm, MatMul } from './matmul.js';
import * as math from './math.js';
import * as norm from './norm.js';
import * as q from './quant.js';
import { REDUCTIONS } from './reduce.js';
import { GridSample, Resize, RoiAlign, Upsample } from './resize.js';
import * as rs from './reshape.js';
import { GRU, LSTM, RNN } from './rnn.js';
import * as sel from './select.js';
import * as sig from './signal.js';
import type { OpRule } from './types.js';
import * as vals from './values.js';

/**
 * The adapter per op type of the default ONNX domain (ai.onnx): each reads the node's
 * attributes and inputs and calls the core rule of the same operation (src/core/ops).
 */
export const RULES: Record<string, OpRule> = {
  Conv, ConvTranspose,
  Gemm, MatMul, Einsum,
  MaxPool, AveragePool, GlobalAveragePool, GlobalMaxPool,
  BatchNormalization: norm.BatchNormalization,
  LayerNormalization: norm.LayerNormalization,
  InstanceNormalization: norm.InstanceNormalization,
  GroupNormalization: norm.GroupNormalization,
  MeanVarianceNormalization: norm.MeanVarianceNormalization,
  LpNormalization: norm.LpNormalization,
  LRN: norm.LRN,
  ...ACTIVATIONS,
  ...ELEMENTWISE,
  ...REDUCTIONS,
  Resize, Upsample,
  LSTM, GRU, RNN,
  Identity: sel.Identity,
  Dropout: sel.Dropout,
  Shape: vals.Shape,
  Size: vals.Size,
  Constant: vals.Constant,
  ConstantOfShape: vals.ConstantOfShape,
  Reshape: rs.Reshape,
  Flatten: rs.Flatten,
  Transpose: rs.Transpose,
  Concat: sel.Concat,
  Split: sel.Split,
  Slice: sel.Slice,
  Gather: sel.Gather,
  GatherElements: sel.GatherElements,
  GatherND: sel.GatherND,
  ScatterND: sel.SameShape,
  ScatterElements: sel.SameShape,
  Scatter: sel.SameShape,
  Squeeze: rs.Squeeze,
  Unsqueeze: rs.Unsqueeze,
  Expand: rs.Expand,
  Tile: rs.Tile,
  Range: vals.Range,
  Pad: sel.Pad,
  DepthToSpace: rs.DepthToSpace,
  SpaceToDepth: rs.SpaceToDepth,
  Trilu: sel.SameShape,
  ReverseSequence: sel.SameShape,
  QuantizeLinear: q.QuantizeLinear,
  DequantizeLinear: q.DequantizeLinear,
  DynamicQuantizeLinear: q.DynamicQuantizeLinear,
  QLinearConv: q.QLinearConv,
  QLinearMatMul: q.QLinearMatMul,
  ConvInteger: q.ConvInteger,
  MatMulInteger: q.MatMulInteger,
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
  MelWeightMatrix: sig.MelWeightMatrix,
  OneHot: ix.OneHot,
  EyeLike: ix.EyeLike,
  MaxUnpool: ix.MaxUnpool,
  Compress: ix.Compress,
  NonZero: ix.NonZero,
  Unique: ix.Unique,
  RoiAlign,
  GridSample,
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
