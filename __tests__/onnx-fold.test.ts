import { describe, expect, it } from 'vitest';
import type { DType } from '../src/core/tensor.js';
import { ATTR, type Attr, type OnnxNode } from '../src/onnx/ir.js';
import { MS_RULES, RULES } from '../src/onnx/ops/index.js';
import { NodeCtx, type Val } from '../src/onnx/ops/types.js';

/**
 * Every op whose inputs are all constants folds: its outputs' values are computed, so the
 * shape arithmetic exporters write (Shape -> Cast -> Div -> Ceil -> Clip -> Pad, a scale
 * computed from a shape...) reaches the ops whose shapes depend on it. This walks the whole op
 * table: an op either folds in a case below, or is listed with the reason it does not.
 */

type Input = { shape: number[]; values: number[]; dtype?: DType };
type AttrSpec = number | string | number[] | { f: number };
interface Case {
  inputs: Input[];
  attrs?: Record<string, AttrSpec>;
  opset?: number;
  outputs?: number;
  /** Values of the first output, when checked exactly. */
  want?: number[];
}

const x: Input = { shape: [2, 3], values: [0.5, -1, 2, -3.5, 4, 0.25] };
const y: Input = { shape: [2, 3], values: [1, 2, 3, 4, 5, 6] };
const ints = (values: number[], shape = [values.length]): Input => ({ shape, values, dtype: 'int64' });
const scalar = (v: number, dtype: DType = 'float32'): Input => ({ shape: [], values: [v], dtype });
const bools: Input = { shape: [2, 3], values: [1, 0, 1, 1, 0, 0], dtype: 'bool' };

function attr(name: string, v: AttrSpec): Attr {
  const base = { name, floats: [], ints: [], strings: [], graphs: 0 };
  if (typeof v === 'string') return { ...base, type: ATTR.STRING, s: v };
  if (Array.isArray(v)) return { ...base, type: ATTR.INTS, ints: v };
  if (typeof v === 'object') return { ...base, type: ATTR.FLOAT, f: v.f };
  return { ...base, type: Number.isInteger(v) ? ATTR.INT : ATTR.FLOAT, ...(Number.isInteger(v) ? { i: v } : { f: v }) };
}

const unary = (want?: number[]): Case => ({ inputs: [x], want });
const binary = (want?: number[]): Case => ({ inputs: [x, y], want });

/** Ops folded, with inputs (and the values where a hand check is worth it). */
const FOLDED: Record<string, Case> = {
  Relu: unary([0.5, 0, 2, 0, 4, 0.25]),
  LeakyRelu: { inputs: [x], attrs: { alpha: { f: 0.5 } }, want: [0.5, -0.5, 2, -1.75, 4, 0.25] },
  ThresholdedRelu: { inputs: [x], attrs: { alpha: { f: 1 } }, opset: 10, want: [0, 0, 2, 0, 4, 0] },
  Sigmoid: unary(), HardSigmoid: unary(), HardSwish: { inputs: [x], opset: 14 }, Tanh: unary(), Softmax: unary(), LogSoftmax: unary(),
  Gelu: { inputs: [x], opset: 20 }, Erf: unary(), Elu: unary(), Selu: unary(), Celu: { inputs: [x], opset: 12 }, Softplus: unary(), Softsign: unary(),
  Mish: { inputs: [x], opset: 18 }, Exp: unary(), Log: { inputs: [y] }, Sqrt: { inputs: [y], want: [1, Math.SQRT2, Math.sqrt(3), 2, Math.sqrt(5), Math.sqrt(6)] },
  Reciprocal: { inputs: [y] }, Neg: unary([-0.5, 1, -2, 3.5, -4, -0.25]), Abs: unary(), Sign: unary([1, -1, 1, -1, 1, 1]),
  Floor: unary([0, -1, 2, -4, 4, 0]), Ceil: unary([1, -1, 2, -3, 4, 1]), Round: unary([0, -1, 2, -4, 4, 0]), Not: { inputs: [bools], want: [0, 1, 0, 0, 1, 1] },
  IsNaN: unary([0, 0, 0, 0, 0, 0]), IsInf: unary([0, 0, 0, 0, 0, 0]),
  Sin: unary(), Cos: unary(), Tan: unary(), Asin: { inputs: [{ shape: [2], values: [0, 0.5] }] }, Acos: { inputs: [{ shape: [2], values: [0, 0.5] }] }, Atan: unary(),
  Sinh: unary(), Cosh: unary(), Asinh: unary(), Acosh: { inputs: [y] }, Atanh: { inputs: [{ shape: [2], values: [0, 0.5] }] },
  Shrink: { inputs: [x], attrs: { lambd: { f: 1 } } },
  Clip: { inputs: [x, scalar(0), scalar(3)], want: [0.5, 0, 2, 0, 3, 0.25] },
  PRelu: { inputs: [x, scalar(0.1)] },
  Add: binary([1.5, 1, 5, 0.5, 9, 6.25]), Sub: binary(), Mul: binary(), Div: binary(), Pow: { inputs: [y, scalar(2)], want: [1, 4, 9, 16, 25, 36] },
  Mod: { inputs: [ints([7, -7, 9]), ints([3, 3, 4])], want: [1, 2, 1] },
  Equal: binary(), Less: binary(), LessOrEqual: binary(), Greater: binary(), GreaterOrEqual: binary(),
  And: { inputs: [bools, bools] }, Or: { inputs: [bools, bools] }, Xor: { inputs: [bools, bools], want: [0, 0, 0, 0, 0, 0] },
  Max: binary([1, 2, 3, 4, 5, 6]), Min: binary(), Sum: { inputs: [x, y, y] }, Mean: binary(),
  Where: { inputs: [bools, x, y], want: [0.5, 2, 2, -3.5, 5, 6] },
  Cast: { inputs: [x], attrs: { to: 7 }, want: [0, -1, 2, -3, 4, 0] },
  CastLike: { inputs: [x, ints([1])] },
  MatMul: { inputs: [{ shape: [2, 2], values: [1, 2, 3, 4] }, { shape: [2, 1], values: [5, 6] }], want: [17, 39] },
  Gemm: { inputs: [{ shape: [2, 2], values: [1, 2, 3, 4] }, { shape: [1, 2], values: [5, 6] }, scalar(1)], attrs: { transB: 1 }, want: [18, 40] },
  Einsum: { inputs: [{ shape: [2, 2], values: [1, 2, 3, 4] }], attrs: { equation: 'ij->i' }, opset: 12, want: [3, 7] },
  ReduceMean: { inputs: [x, ints([1])], opset: 18 }, ReduceSum: { inputs: [y, ints([1])], opset: 13, want: [6, 15] },
  ReduceMax: { inputs: [y, ints([1])], opset: 18, want: [3, 6] }, ReduceMin: { inputs: [y, ints([0])], opset: 18, want: [1, 2, 3] },
  ReduceProd: { inputs: [y, ints([1])], opset: 18, want: [6, 120] }, ReduceSumSquare: { inputs: [y, ints([1])], opset: 18, want: [14, 77] },
  ReduceL1: { inputs: [x, ints([1])], opset: 18, want: [3.5, 7.75] }, ReduceL2: { inputs: [y, ints([1])], opset: 18 },
  ReduceLogSum: { inputs: [y, ints([1])], opset: 18 }, ReduceLogSumExp: { inputs: [y, ints([1])], opset: 18 },
  ArgMax: { inputs: [x], attrs: { axis: 1 }, want: [2, 1] }, ArgMin: { inputs: [x], attrs: { axis: 1 }, want: [1, 0] },
  CumSum: { inputs: [y, ints([1])], want: [1, 3, 6, 4, 9, 15] },
  TopK: { inputs: [y, ints([2])], attrs: { axis: 1 }, opset: 11, outputs: 2, want: [3, 2, 6, 5] },
  Identity: unary(x.values), Dropout: unary(x.values),
  Shape: { inputs: [x], want: [2, 3] }, Size: { inputs: [x], want: [6] },
  Constant: { inputs: [], attrs: { value_ints: [4, 5] }, want: [4, 5] },
  ConstantOfShape: { inputs: [ints([2, 2])], want: [0, 0, 0, 0] },
  Reshape: { inputs: [x, ints([3, 2])], want: x.values }, Flatten: { inputs: [{ shape: [1, 2, 3], values: x.values }], want: x.values },
  Transpose: { inputs: [x], want: [0.5, -3.5, -1, 4, 2, 0.25] },
  Squeeze: { inputs: [{ shape: [1, 3], values: [1, 2, 3] }, ints([0])], want: [1, 2, 3] },
  Unsqueeze: { inputs: [ints([1, 2, 3]), ints([0])], want: [1, 2, 3] },
  Expand: { inputs: [ints([1, 2]), ints([2, 2])], want: [1, 2, 1, 2] },
  Tile: { inputs: [ints([1, 2]), ints([3])], want: [1, 2, 1, 2, 1, 2] },
  Concat: { inputs: [ints([1, 2]), ints([3])], attrs: { axis: 0 }, want: [1, 2, 3] },
  Split: { inputs: [ints([1, 2, 3, 4]), ints([1, 3])], outputs: 2, want: [1] },
  Slice: { inputs: [ints([1, 2, 3, 4, 5]), ints([1]), ints([-1]), ints([0]), ints([2])], want: [2, 4] },
  Gather: { inputs: [ints([10, 20, 30]), ints([2, 0])], want: [30, 10] },
  GatherElements: { inputs: [y, ints([2, 0, 1, 1, 2, 0], [2, 3])], attrs: { axis: 1 }, want: [3, 1, 2, 5, 6, 4] },
  GatherND: { inputs: [y, ints([1, 2, 0, 0], [2, 2])], want: [6, 1] },
  Pad: { inputs: [ints([1, 2]), ints([1, 2])], want: [0, 1, 2, 0, 0] },
  Range: { inputs: [scalar(0, 'int64'), scalar(7, 'int64'), scalar(3, 'int64')], want: [0, 3, 6] },
  EyeLike: { inputs: [{ shape: [2, 2], values: [0, 0, 0, 0] }], want: [1, 0, 0, 1] },
  NonZero: { inputs: [ints([0, 3, 0, 5])], want: [1, 3] },
};

const PRODUCT = 'a product, window, normalisation or transform: a node of constants costs nothing (it runs once at load), but flopgate does not evaluate it, since its values never set a shape';
const RANDOM = 'a random draw: its values differ at every run, so it never folds';
const BITS = 'integer bit arithmetic on 64-bit tensors: JavaScript bit operators are 32-bit, so the values are not computed';
const COPY = 'writes or rearranges data without arithmetic; its values are not computed (no exporter builds shapes with it)';

/** Ops that do not fold, and why. */
const NOT_FOLDED: Record<string, string> = {
  Conv: PRODUCT, ConvTranspose: PRODUCT, MaxPool: PRODUCT, AveragePool: PRODUCT, GlobalAveragePool: PRODUCT, GlobalMaxPool: PRODUCT,
  BatchNormalization: PRODUCT, LayerNormalization: PRODUCT, InstanceNormalization: PRODUCT, GroupNormalization: PRODUCT,
  MeanVarianceNormalization: PRODUCT, LpNormalization: PRODUCT, LRN: PRODUCT, LSTM: PRODUCT, GRU: PRODUCT, RNN: PRODUCT,
  Resize: PRODUCT, Upsample: PRODUCT, GridSample: PRODUCT, RoiAlign: PRODUCT, Det: PRODUCT, Hardmax: PRODUCT,
  HannWindow: PRODUCT, HammingWindow: PRODUCT, BlackmanWindow: PRODUCT, DFT: PRODUCT, STFT: PRODUCT, MelWeightMatrix: PRODUCT,
  QuantizeLinear: PRODUCT, DequantizeLinear: PRODUCT, DynamicQuantizeLinear: PRODUCT, QLinearConv: PRODUCT, QLinearMatMul: PRODUCT,
  ConvInteger: PRODUCT, MatMulInteger: PRODUCT,
  Bernoulli: RANDOM, RandomUniformLike: RANDOM, RandomNormalLike: RANDOM, RandomUniform: RANDOM, RandomNormal: RANDOM,
  BitShift: BITS, BitwiseAnd: BITS, BitwiseOr: BITS, BitwiseXor: BITS, BitwiseNot: BITS,
  ScatterND: COPY, ScatterElements: COPY, Scatter: COPY, Trilu: COPY, ReverseSequence: COPY, DepthToSpace: COPY, SpaceToDepth: COPY,
  MaxUnpool: COPY, OneHot: COPY, Compress: COPY, Unique: COPY,
  ...Object.fromEntries(
    ['QuantizeLinear', 'DequantizeLinear', 'QLinearConv', 'QGemm', 'QLinearAdd', 'QLinearMul', 'QLinearSigmoid', 'QLinearLeakyRelu', 'QLinearGlobalAveragePool',
      'QLinearAveragePool', 'QLinearConcat', 'QLinearSoftmax', 'QLinearReduceMean', 'DynamicQuantizeMatMul', 'MatMulIntegerToFloat'].map((op) => [`com.microsoft.${op}`, PRODUCT]),
  ),
};

function run(op: string, c: Case): Val[] {
  const inputs: Val[] = c.inputs.map((i) => ({ shape: i.shape, dtype: i.dtype ?? 'float32', values: i.values, constant: true }));
  const node: OnnxNode = {
    index: 0,
    name: 'n',
    opType: op,
    domain: '',
    inputs: inputs.map((_, k) => `i${k}`),
    outputs: Array.from({ length: c.outputs ?? 1 }, (_, k) => `o${k}`),
    attrs: Object.entries(c.attrs ?? {}).map(([k, v]) => attr(k, v)),
  };
  const ctx = new NodeCtx('fold.onnx', node, c.opset ?? 17, inputs, node.outputs.map(() => undefined));
  return RULES[op].infer(ctx).outputs;
}

describe('constant folding covers the op table', () => {
  it('every op of the default domain either folds or says why not', () => {
    const unlisted = Object.keys(RULES).filter((op) => !(op in FOLDED) && !(op in NOT_FOLDED));
    expect(unlisted).toEqual([]);
    for (const op of Object.keys(FOLDED)) expect([op, op in NOT_FOLDED]).toEqual([op, false]);
    for (const op of [...Object.keys(FOLDED), ...Object.keys(NOT_FOLDED).filter((k) => !k.startsWith('com.microsoft.'))]) expect([op, op in RULES]).toEqual([op, true]);
  });

  it('the contrib domain holds quantized products only, none folded', () => {
    const unlisted = Object.keys(MS_RULES).filter((op) => !(`com.microsoft.${op}` in NOT_FOLDED));
    expect(unlisted).toEqual([]);
  });

  it.each(Object.entries(FOLDED))('%s of constants folds', (op, c) => {
    const outs = run(op, c);
    expect(outs.length).toBeGreaterThan(0);
    const v = outs[0].values;
    expect([op, v !== undefined]).toEqual([op, true]);
    if (c.want) {
      const got = [...v!];
      expect(got.length).toBe(c.want.length);
      got.forEach((g, i) => expect([op, i, g]).toEqual([op, i, expect.closeTo(c.want![i], 6)]));
    }
    for (const g of v!) expect(Number.isNaN(g) && op !== 'Log' ? 'NaN' : 'ok').toBe('ok');
  });
});
