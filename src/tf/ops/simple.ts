/**
 * TF's element-wise, activation, reduction and data-movement ops: each reads its attributes
 * and calls the core rule of the same operation.
 */
import { big } from '../../core/counts.js';
import { fault } from '../../core/errors.js';
import { activation, elu } from '../../core/ops/activation.js';
import { filled } from '../../core/ops/constants.js';
import { binary, cast, clip, unary, variadic, where, type BinaryFn, type UnaryFn } from '../../core/ops/elementwise.js';
import { depthToSpace, expand, reshape, spaceToDepth, squeeze, tile, transpose, unsqueeze } from '../../core/ops/layout.js';
import { cumSum, topK } from '../../core/ops/misc.js';
import { argReduce, reduce, type ReduceKind } from '../../core/ops/reduce.js';
import { resize } from '../../core/ops/resize.js';
import { concat, gather, gatherND, oneHot, pad, split, splitVSizes, stack, stridedSlice } from '../../core/ops/select.js';
import { normAxis } from '../../core/shape.js';
import { fmt, size, tensor } from '../../core/tensor.js';
import { outcome, type Outcome, type TfCtx, type TfRule, type TfVal } from './types.js';

function bin(fn: BinaryFn): TfRule {
  return { weights: [0, 1], role: () => 'elementwise', infer: (ctx) => outcome(binary(fn, ctx.in(0), ctx.in(1))) };
}

const un = (fn: UnaryFn): TfRule => ({ infer: (ctx) => outcome(unary(fn, ctx.in(0))) });
const act = (name: string): TfRule => ({ infer: (ctx) => outcome(activation(name, ctx.in(0))) });

/** Reductions: reduction_indices in input 1, keep_dims. */
function red(kind: ReduceKind): TfRule {
  return { reads: [1], infer: (ctx) => outcome(reduce(kind, ctx.in(0), [...ctx.need(1, 'the axes')], ctx.bool('keep_dims'))) };
}

const free = (infer: (ctx: TfCtx) => Outcome, reads?: number[]): TfRule => ({ free: true, infer, ...(reads ? { reads } : {}) });

/** Identity-like: the input, its values and identity (a weight read through it stays that weight). */
const pass: TfRule = { free: true, infer: (ctx) => ({ outputs: [ctx.in(0)], counts: {} }) };

/** An op with several outputs of the input's shape (Switch's two branches). */
const passN = (n: number): TfRule => ({ free: true, infer: (ctx) => ({ outputs: Array.from({ length: n }, () => ctx.in(0)), counts: {} }) });

/** ConcatV2: N tensors, then the axis. */
const ConcatV2 = free((ctx) => {
  const n = ctx.nIn - 1;
  const axis = ctx.need(n, 'the axis')[0];
  return outcome(concat(ctx.inputs.slice(0, n).map((_, i) => ctx.in(i)), axis));
}, []);

/** StridedSlice: begin, end, strides; the five masks as attributes. */
const StridedSlice = free((ctx) => outcome(stridedSlice(ctx.in(0), [...ctx.need(1, 'begin')], [...ctx.need(2, 'end')], ctx.need(3, 'strides'), {
  begin: ctx.int('begin_mask', 0), end: ctx.int('end_mask', 0), ellipsis: ctx.int('ellipsis_mask', 0), newAxis: ctx.int('new_axis_mask', 0), shrink: ctx.int('shrink_axis_mask', 0),
})), [1, 2, 3]);

const Shape = free((ctx) => ({ outputs: [tensor([ctx.in(0).shape.length], ctx.dtype('out_type', 'int32'), ctx.in(0).shape)], counts: {} }));

function resizeRule(mode: 'linear' | 'nearest' | 'cubic' | 'area'): TfRule {
  return {
    reads: [1],
    infer(ctx) {
      const x = ctx.in(0);
      const [h, w] = ctx.need(1, 'the size');
      if (x.shape.length !== 4) fault(`resize needs a 4-D input, got ${fmt(x.shape)}`);
      return outcome(resize(x, [x.shape[0], h, w, x.shape[3]], mode));
    },
  };
}

const padRule = free((ctx) => {
  const x = ctx.in(0);
  const p = ctx.need(1, 'the paddings');
  if (p.length !== 2 * x.shape.length) fault(`paddings of ${p.length} values do not fit ${fmt(x.shape)}`);
  return outcome(pad(x, x.shape.map((_, i) => [p[2 * i], p[2 * i + 1]] as const), undefined));
}, [1]);

const Split: TfRule = { weights: [1], ...free((ctx) => {
  const x = ctx.in(1);
  const axis = normAxis(ctx.need(0, 'the axis')[0], x.shape.length);
  const n = ctx.int('num_split', 1);
  if (n < 1 || x.shape[axis] % n !== 0) fault(`cannot split ${x.shape[axis]} into ${n} equal parts`);
  return outcome(split(x, axis, Array<number>(n).fill(x.shape[axis] / n)));
}, [0]) };

const SplitV = free((ctx) => {
  const x = ctx.in(0);
  const axis = normAxis(ctx.need(2, 'the axis')[0], x.shape.length);
  return outcome(split(x, axis, splitVSizes(x.shape[axis], ctx.need(1, 'the sizes'))));
}, [1, 2]);

const Range = free((ctx) => {
  const [s, l, d] = [ctx.need(0, 'start')[0], ctx.need(1, 'limit')[0], ctx.need(2, 'delta')[0]];
  if (!d) fault('range delta is 0');
  const n = Math.max(Math.ceil((l - s) / d), 0);
  const dtype = ctx.dtype('Tidx', ctx.in(0).dtype);
  return { outputs: [tensor([n], dtype, n <= 65536 ? Array.from({ length: n }, (_, i) => s + i * d) : undefined)], counts: {} };
}, [0, 1, 2]);

/** GatherV2: params, indices, axis (batch_dims an attribute). */
const GatherV2: TfRule = {
  free: true,
  reads: [2],
  weights: [0],
  role: () => 'kernel',
  infer: (ctx) => outcome(gather(ctx.in(0), ctx.in(1), ctx.need(2, 'the axis')[0])),
};

/** ResourceGather: a variable's rows. */
const ResourceGather: TfRule = {
  free: true,
  infer(ctx) {
    const r = ctx.in(0).resource;
    if (!r) fault('reads no variable');
    return outcome(gather(tensor(r.shape, r.dtype), ctx.in(1), 0));
  },
};

function argRule(min: boolean): TfRule {
  return {
    reads: [1],
    infer(ctx) {
      const r = argReduce(ctx.in(0), ctx.need(1, 'the axis')[0], false, min);
      return { outputs: [tensor(r.outputs[0].shape, ctx.dtype('output_type', 'int64'), r.outputs[0].values)], counts: r.counts };
    },
  };
}

const Select = free((ctx) => {
  const [c, x, y] = [ctx.in(0), ctx.in(1), ctx.in(2)];
  // TF1 Select: a vector condition picks whole rows.
  const cond = c.shape.length === 1 && x.shape.length > 1 ? tensor([c.shape[0], ...x.shape.slice(1).map(() => 1)], c.dtype) : c;
  return outcome(where(cond, x, y));
});

/** SpaceToBatchND / BatchToSpaceND: block shape (input 1), paddings or crops (input 2). */
function spaceBatch(toBatch: boolean): TfRule {
  return free((ctx) => {
    const x = ctx.in(0);
    const block = ctx.need(1, 'the block shape');
    const p = ctx.need(2, toBatch ? 'the paddings' : 'the crops');
    const prod = block.reduce((a, b) => a * b, 1);
    const out = [...x.shape];
    if (toBatch) {
      out[0] = x.shape[0] * prod;
      block.forEach((b, i) => {
        const padded = x.shape[i + 1] + p[2 * i] + p[2 * i + 1];
        if (padded % b !== 0) fault(`padded axis ${padded} is not a multiple of block ${b}`);
        out[i + 1] = padded / b;
      });
    } else {
      if (x.shape[0] % prod !== 0) fault(`batch ${x.shape[0]} is not a multiple of the block ${fmt(block)}`);
      out[0] = x.shape[0] / prod;
      block.forEach((b, i) => (out[i + 1] = x.shape[i + 1] * b - p[2 * i] - p[2 * i + 1]));
    }
    return { outputs: [tensor(out, x.dtype)], counts: {} };
  }, [1, 2]);
}

/** Softmax's and LogSoftmax's axis is the last. */
export const SIMPLE: Record<string, TfRule> = {
  Add: bin('add'),
  AddV2: bin('add'),
  Sub: bin('sub'),
  Mul: bin('mul'),
  RealDiv: bin('div'),
  Div: bin('div'),
  DivNoNan: bin('div'),
  FloorDiv: bin('floor_div'),
  FloorMod: bin('floor_mod'),
  TruncateMod: bin('mod'),
  Maximum: bin('max'),
  Minimum: bin('min'),
  Pow: bin('pow'),
  SquaredDifference: bin('sqdiff'),
  Less: bin('less'),
  LessEqual: bin('less_equal'),
  Greater: bin('greater'),
  GreaterEqual: bin('greater_equal'),
  Equal: bin('equal'),
  NotEqual: bin('not_equal'),
  LogicalAnd: bin('and'),
  LogicalOr: bin('or'),
  AddN: { infer: (ctx) => outcome(variadic('add', ctx.inputs.map((_, i) => ctx.in(i)))) },
  BiasAdd: {
    weights: [1],
    role: () => 'bias',
    infer(ctx) {
      const x = ctx.in(0);
      return { outputs: [tensor(x.shape, x.dtype)], counts: { bias: big(size(x.shape)) } };
    },
  },
  Neg: un('neg'),
  Abs: un('abs'),
  Exp: un('exp'),
  Expm1: un('expm1'),
  Log: un('log'),
  Log1p: un('log1p'),
  Sqrt: un('sqrt'),
  Rsqrt: un('rsqrt'),
  Reciprocal: un('reciprocal'),
  Square: un('square'),
  Floor: un('floor'),
  Ceil: un('ceil'),
  Round: un('round'),
  Sign: un('sign'),
  Erf: un('erf'),
  Erfc: un('erfc'),
  Sin: un('sin'),
  Cos: un('cos'),
  LogicalNot: un('not'),
  Relu: act('relu'),
  Relu6: act('relu6'),
  LeakyRelu: act('leaky_relu'),
  Sigmoid: act('sigmoid'),
  Tanh: act('tanh'),
  Selu: act('selu'),
  Softplus: act('softplus'),
  Softsign: act('softsign'),
  Softmax: act('softmax'),
  LogSoftmax: act('log_softmax'),
  Elu: { infer: (ctx) => outcome(elu(ctx.in(0), 1)) },
  ClipByValue: { infer: (ctx) => outcome(clip(ctx.in(0), ctx.in(1), ctx.in(2))) },
  Mean: red('mean'),
  Sum: red('sum'),
  Max: red('max'),
  Min: red('min'),
  Prod: red('prod'),
  Any: red('any'),
  All: red('all'),
  ArgMax: argRule(false),
  ArgMin: argRule(true),
  Cumsum: { reads: [1], infer: (ctx) => outcome(cumSum(ctx.in(0), ctx.need(1, 'the axis')[0], ctx.bool('exclusive'), ctx.bool('reverse'))) },
  TopKV2: { reads: [1], infer: (ctx) => outcome(topK(ctx.in(0), -1, ctx.need(1, 'k')[0])) },
  Identity: pass,
  StopGradient: pass,
  PreventGradient: pass,
  Snapshot: pass,
  EnsureShape: pass,
  CheckNumerics: pass,
  Cast: free((ctx) => outcome(cast(ctx.in(0), ctx.dtype('DstT', ctx.in(0).dtype)))),
  Reshape: free((ctx) => outcome(reshape(ctx.in(0), ctx.need(1, 'the target shape'))), [1]),
  Shape,
  Size: free((ctx) => ({ outputs: [tensor([], ctx.dtype('out_type', 'int32'), [size(ctx.in(0).shape)])], counts: {} })),
  Rank: free((ctx) => ({ outputs: [tensor([], 'int32', [ctx.in(0).shape.length])], counts: {} })),
  ExpandDims: free((ctx) => outcome(unsqueeze(ctx.in(0), [normAxis(ctx.need(1, 'the axis')[0], ctx.in(0).shape.length + 1)])), [1]),
  Squeeze: free((ctx) => {
    const dims = ctx.ints('squeeze_dims');
    return outcome(squeeze(ctx.in(0), dims && dims.length ? dims : undefined));
  }),
  Transpose: free((ctx) => outcome(transpose(ctx.in(0), ctx.need(1, 'the permutation'))), [1]),
  ConcatV2,
  Pack: free((ctx) => outcome(stack(ctx.inputs.map((_, i) => ctx.in(i)), ctx.int('axis', 0)))),
  Unpack: free((ctx) => {
    const x = ctx.in(0);
    const a = normAxis(ctx.int('axis', 0), x.shape.length);
    const out = x.shape.filter((_, i) => i !== a);
    return { outputs: Array.from({ length: x.shape[a] }, () => tensor(out, x.dtype)), counts: {} };
  }),
  StridedSlice,
  Slice: free((ctx) => {
    const begin = ctx.need(1, 'begin');
    const sz = ctx.need(2, 'size');
    const x = ctx.in(0);
    return { outputs: [tensor(x.shape.map((d, i) => (sz[i] === -1 ? d - begin[i] : sz[i])), x.dtype)], counts: {} };
  }, [1, 2]),
  Split,
  SplitV,
  Pad: padRule,
  PadV2: padRule,
  MirrorPad: padRule,
  Tile: free((ctx) => outcome(tile(ctx.in(0), ctx.need(1, 'the multiples'))), [1]),
  BroadcastTo: free((ctx) => outcome(expand(ctx.in(0), ctx.need(1, 'the shape'))), [1]),
  Fill: free((ctx) => outcome(filled(ctx.need(0, 'the shape'), ctx.in(1).dtype, ctx.in(1).values?.[0])), [0]),
  ZerosLike: free((ctx) => outcome(filled(ctx.in(0).shape, ctx.in(0).dtype, 0))),
  OnesLike: free((ctx) => outcome(filled(ctx.in(0).shape, ctx.in(0).dtype, 1))),
  Range,
  GatherV2,
  ResourceGather,
  GatherNd: free((ctx) => outcome(gatherND(ctx.in(0), ctx.in(1), 0))),
  OneHot: free((ctx) => outcome(oneHot(ctx.in(0), ctx.need(1, 'the depth')[0], ctx.int('axis', -1), ctx.in(2).dtype)), [1]),
  Select,
  SelectV2: free((ctx) => outcome(where(ctx.in(0), ctx.in(1), ctx.in(2)))),
  ReverseV2: free((ctx) => ({ outputs: [tensor(ctx.in(0).shape, ctx.in(0).dtype)], counts: {} })),
  ReverseSequence: free((ctx) => ({ outputs: [tensor(ctx.in(0).shape, ctx.in(0).dtype)], counts: {} })),
  DepthToSpace: free((ctx) => outcome(depthToSpace(ctx.in(0), ctx.int('block_size', 1), !ctx.str('data_format', 'NHWC').startsWith('NC')))),
  SpaceToDepth: free((ctx) => outcome(spaceToDepth(ctx.in(0), ctx.int('block_size', 1), !ctx.str('data_format', 'NHWC').startsWith('NC')))),
  SpaceToBatchND: spaceBatch(true),
  BatchToSpaceND: spaceBatch(false),
  ResizeBilinear: resizeRule('linear'),
  ResizeNearestNeighbor: resizeRule('nearest'),
  ResizeBicubic: resizeRule('cubic'),
  ResizeArea: resizeRule('area'),
  NoOp: { free: true, infer: () => ({ outputs: [], counts: {} }) },
  Switch: passN(2),
};

/** The value an Identity-like rule passes on keeps what it was (a weight, a list). */
export const isPass = (rule: TfRule): boolean => rule === pass;

export type { TfVal };
