/**
 * TFLite's element-wise, activation, reduction, quantization and data-movement builtins: each
 * reads its options and calls the core rule of the same operation.
 */
import { activation, elu } from '../../core/ops/activation.js';
import { filled } from '../../core/ops/constants.js';
import { binary, cast, prelu, unary, variadic, where, type BinaryFn, type UnaryFn } from '../../core/ops/elementwise.js';
import { depthToSpace, reshape, spaceToDepth, squeeze, tile, transpose, unsqueeze, expand } from '../../core/ops/layout.js';
import { lpNorm, lrn } from '../../core/ops/norm.js';
import { quantize } from '../../core/ops/quant.js';
import { argReduce, reduce, type ReduceKind } from '../../core/ops/reduce.js';
import { resize } from '../../core/ops/resize.js';
import { concat, gather, gatherND, pad, slice, split, splitVSizes, stack, stridedSlice } from '../../core/ops/select.js';
import { cumSum, topK } from '../../core/ops/misc.js';
import { fault } from '../../core/errors.js';
import { result } from '../../core/op.js';
import { normAxis } from '../../core/shape.js';
import { fmt, size, tensor, type DType } from '../../core/tensor.js';
import { outcome, withFused, type OpCtx, type Outcome, type TfliteRule } from './types.js';

/** Binary element-wise op; `fused`: the options field of its fused activation (ADD, SUB, MUL, DIV: 0). */
function bin(fn: BinaryFn, fused = false): TfliteRule {
  return {
    weights: [0, 1],
    infer(ctx) {
      const r = outcome(binary(fn, ctx.in(0), ctx.in(1)));
      return fused ? withFused(r, ctx.opt.i8(0, 0)) : r;
    },
  };
}

function un(fn: UnaryFn): TfliteRule {
  return { infer: (ctx) => outcome(unary(fn, ctx.in(0))) };
}

function act(name: string): TfliteRule {
  return { infer: (ctx) => outcome(activation(name, ctx.in(0))) };
}

/** MEAN, SUM, REDUCE_*: axes in input 1, ReducerOptions keep_dims 0. */
function red(kind: ReduceKind): TfliteRule {
  return { reads: [1], infer: (ctx) => outcome(reduce(kind, ctx.in(0), ctx.need(1, 'the axes'), ctx.opt.bool(0))) };
}

const free = (infer: (ctx: OpCtx) => Outcome, reads?: number[]): TfliteRule => ({ free: true, infer, ...(reads ? { reads } : {}) });

const same = (ctx: OpCtx): Outcome => ({ outputs: [tensor(ctx.in(0).shape, ctx.in(0).dtype, ctx.in(0).values)], counts: {} });

/** The element type an op's output is declared with, when it changes type (CAST, SHAPE, ARG_MAX). */
const declaredType = (ctx: OpCtx, fallback: DType): DType => ctx.outTypes[0] ?? fallback;

/** RESHAPE: the target from input 1 when given, else ReshapeOptions.new_shape (field 0). */
const RESHAPE = free((ctx) => {
  const target = ctx.has(1) && ctx.in(1).shape.length > 0 && size(ctx.in(1).shape) > 0 ? ctx.need(1, 'the target shape') : ctx.opt.ints(0);
  if (!target) fault('RESHAPE has no target shape');
  return outcome(reshape(ctx.in(0), target));
}, [1]);

/** STRIDED_SLICE (StridedSliceOptions: begin_mask 0, end_mask 1, ellipsis 2, new_axis 3, shrink 4; offset 5). */
const STRIDED_SLICE = free((ctx) => {
  const o = ctx.opt;
  const begin = [...ctx.need(1, 'begin')];
  let end = [...ctx.need(2, 'end')];
  // `offset`: end counts from begin.
  if (o.bool(5)) end = end.map((e, i) => e + begin[i]);
  return outcome(stridedSlice(ctx.in(0), begin, end, ctx.need(3, 'strides'), { begin: o.i32(0, 0), end: o.i32(1, 0), ellipsis: o.i32(2, 0), newAxis: o.i32(3, 0), shrink: o.i32(4, 0) }));
}, [1, 2, 3]);

/** SLICE: begin and size per axis (size -1: to the end). */
const SLICE = free((ctx) => {
  const x = ctx.in(0);
  const begin = ctx.need(1, 'begin');
  const sz = ctx.need(2, 'size');
  return outcome(slice(x, begin.map((b, i) => ({ axis: i, start: b, end: sz[i] === -1 ? null : b + sz[i], step: 1 })), 'python'));
}, [1, 2]);

const padOf = (ctx: OpCtx) => {
  const p = ctx.need(1, 'the paddings');
  const x = ctx.in(0);
  if (p.length !== 2 * x.shape.length) fault(`paddings of ${p.length} values do not fit ${fmt(x.shape)}`);
  return outcome(pad(x, x.shape.map((_, i) => [p[2 * i], p[2 * i + 1]] as const), undefined));
};

/** SPLIT: axis in input 0, data in input 1, SplitOptions num_splits 0. */
const SPLIT = free((ctx) => {
  const x = ctx.in(1);
  const axis = normAxis(ctx.need(0, 'the axis')[0], x.shape.length);
  const n = ctx.opt.i32(0, ctx.op.outputs.length);
  if (n < 1 || x.shape[axis] % n !== 0) fault(`cannot split ${x.shape[axis]} into ${n} equal parts`);
  return outcome(split(x, axis, Array<number>(n).fill(x.shape[axis] / n)));
}, [0]);

/** SPLIT_V: data, sizes (one -1 takes the rest), axis. */
const SPLIT_V = free((ctx) => {
  const x = ctx.in(0);
  const axis = normAxis(ctx.need(2, 'the axis')[0], x.shape.length);
  return outcome(split(x, axis, splitVSizes(x.shape[axis], ctx.need(1, 'the sizes'))));
}, [1, 2]);

/** RESIZE_*: the new height and width in input 1 (NHWC). */
function resizeRule(mode: 'linear' | 'nearest'): TfliteRule {
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

/** QUANTIZE / DEQUANTIZE: one `quant` per element (a constant's is folded away: computed once). */
const QUANT: TfliteRule = { infer: (ctx) => outcome(quantize(ctx.in(0), declaredType(ctx, 'float32'))) };

export const SIMPLE: Record<string, TfliteRule> = {
  ADD: bin('add', true),
  SUB: bin('sub', true),
  MUL: bin('mul', true),
  DIV: bin('div', true),
  MAXIMUM: bin('max'),
  MINIMUM: bin('min'),
  POW: bin('pow'),
  SQUARED_DIFFERENCE: bin('sqdiff'),
  FLOOR_DIV: bin('floor_div'),
  FLOOR_MOD: bin('floor_mod'),
  LESS: bin('less'),
  LESS_EQUAL: bin('less_equal'),
  GREATER: bin('greater'),
  GREATER_EQUAL: bin('greater_equal'),
  EQUAL: bin('equal'),
  NOT_EQUAL: bin('not_equal'),
  LOGICAL_AND: bin('and'),
  LOGICAL_OR: bin('or'),
  ADD_N: { infer: (ctx) => outcome(variadic('add', ctx.inputs.map((_, i) => ctx.in(i)))) },
  NEG: un('neg'),
  ABS: un('abs'),
  EXP: un('exp'),
  LOG: un('log'),
  SQRT: un('sqrt'),
  RSQRT: un('rsqrt'),
  SQUARE: un('square'),
  FLOOR: un('floor'),
  CEIL: un('ceil'),
  ROUND: un('round'),
  SIGN: un('sign'),
  SIN: un('sin'),
  COS: un('cos'),
  LOGICAL_NOT: un('not'),
  RELU: act('relu'),
  RELU6: act('relu6'),
  RELU_N1_TO_1: act('hard_tanh'),
  RELU_0_TO_1: { infer: (ctx) => outcome(activation('hard_tanh', ctx.in(0))) },
  LOGISTIC: act('sigmoid'),
  TANH: act('tanh'),
  HARD_SWISH: act('hard_swish'),
  LEAKY_RELU: act('leaky_relu'),
  ELU: { infer: (ctx) => outcome(elu(ctx.in(0), 1)) },
  // GeluOptions: approximate 0.
  GELU: { infer: (ctx) => outcome(activation(ctx.opt.bool(0) ? 'gelu_tanh' : 'gelu', ctx.in(0))) },
  // SoftmaxOptions: beta 0; a beta other than 1 scales the logits first.
  SOFTMAX: { infer: (ctx) => outcome(activation('softmax', ctx.in(0))) },
  LOG_SOFTMAX: act('log_softmax'),
  PRELU: { weights: [1], infer: (ctx) => outcome(prelu(ctx.in(0), ctx.in(1).shape)) },
  L2_NORMALIZATION: { infer: (ctx) => withFused(outcome(lpNorm(ctx.in(0), [-1], 2)), ctx.opt.i8(0, 0)) },
  // LocalResponseNormalizationOptions: radius 0; the window is 2 radius + 1 channels.
  LOCAL_RESPONSE_NORMALIZATION: { infer: (ctx) => outcome(lrn(transposeLast(ctx), 2 * ctx.opt.i32(0, 5) + 1)) },
  MEAN: red('mean'),
  SUM: red('sum'),
  REDUCE_MAX: red('max'),
  REDUCE_MIN: red('min'),
  REDUCE_PROD: red('prod'),
  REDUCE_ANY: red('any'),
  REDUCE_ALL: red('all'),
  ARG_MAX: { reads: [1], infer: (ctx) => argOut(ctx, false) },
  ARG_MIN: { reads: [1], infer: (ctx) => argOut(ctx, true) },
  CUMSUM: { reads: [1], infer: (ctx) => outcome(cumSum(ctx.in(0), ctx.need(1, 'the axis')[0], ctx.opt.bool(0), ctx.opt.bool(1))) },
  TOPK_V2: { reads: [1], infer: (ctx) => outcome(topK(ctx.in(0), -1, ctx.need(1, 'k')[0])) },
  QUANTIZE: QUANT,
  DEQUANTIZE: QUANT,
  CAST: free((ctx) => outcome(cast(ctx.in(0), declaredType(ctx, ctx.in(0).dtype)))),
  RESHAPE,
  SQUEEZE: free((ctx) => {
    const dims = ctx.opt.ints(0);
    return outcome(squeeze(ctx.in(0), dims && dims.length ? dims : undefined));
  }),
  EXPAND_DIMS: free((ctx) => outcome(unsqueeze(ctx.in(0), [normAxis(ctx.need(1, 'the axis')[0], ctx.in(0).shape.length + 1)])), [1]),
  TRANSPOSE: free((ctx) => outcome(transpose(ctx.in(0), ctx.need(1, 'the permutation'))), [1]),
  CONCATENATION: { free: true, infer: (ctx) => withFused(outcome(concat(ctx.inputs.map((_, i) => ctx.in(i)), ctx.opt.i32(0, 0))), ctx.opt.i8(1, 0)) },
  PACK: free((ctx) => outcome(stack(ctx.inputs.map((_, i) => ctx.in(i)), ctx.opt.i32(1, 0)))),
  UNPACK: free((ctx) => {
    const x = ctx.in(0);
    const a = normAxis(ctx.opt.i32(1, 0), x.shape.length);
    const out = x.shape.filter((_, i) => i !== a);
    return { outputs: Array.from({ length: x.shape[a] }, () => tensor(out, x.dtype)), counts: {} };
  }),
  STRIDED_SLICE,
  SLICE,
  SPLIT,
  SPLIT_V,
  PAD: free(padOf, [1]),
  PADV2: free(padOf, [1]),
  MIRROR_PAD: free(padOf, [1]),
  TILE: free((ctx) => outcome(tile(ctx.in(0), ctx.need(1, 'the multiples'))), [1]),
  BROADCAST_TO: free((ctx) => outcome(expand(ctx.in(0), ctx.need(1, 'the shape'))), [1]),
  GATHER: { free: true, weights: [0], infer: (ctx) => outcome(gather(ctx.in(0), ctx.in(1), ctx.opt.i32(0, 0))) },
  GATHER_ND: free((ctx) => outcome(gatherND(ctx.in(0), ctx.in(1), 0))),
  EMBEDDING_LOOKUP: { free: true, weights: [1], infer: (ctx) => outcome(gather(ctx.in(1), ctx.in(0), 0)) },
  SELECT: free((ctx) => outcome(where(ctx.in(0), ctx.in(1), ctx.in(2)))),
  SELECT_V2: free((ctx) => outcome(where(ctx.in(0), ctx.in(1), ctx.in(2)))),
  SHAPE: free((ctx) => ({ outputs: [tensor([ctx.in(0).shape.length], declaredType(ctx, 'int32'), ctx.in(0).shape)], counts: {} })),
  RANK: free((ctx) => ({ outputs: [tensor([], 'int32', [ctx.in(0).shape.length])], counts: {} })),
  FILL: free((ctx) => outcome(filled(ctx.need(0, 'the shape'), ctx.in(1).dtype, ctx.value(1)?.[0])), [0]),
  ZEROS_LIKE: free((ctx) => outcome(filled(ctx.in(0).shape, ctx.in(0).dtype, 0))),
  RANGE: free((ctx) => {
    const [s, l, d] = [ctx.need(0, 'start')[0], ctx.need(1, 'limit')[0], ctx.need(2, 'delta')[0]];
    const n = Math.max(Math.ceil((l - s) / d), 0);
    return { outputs: [tensor([n], ctx.in(0).dtype, Array.from({ length: n <= 65536 ? n : 0 }, (_, i) => s + i * d))], counts: {} };
  }, [0, 1, 2]),
  REVERSE_V2: free(same),
  REVERSE_SEQUENCE: free(same),
  SPACE_TO_DEPTH: free((ctx) => outcome(spaceToDepth(ctx.in(0), ctx.opt.i32(0, 1), true))),
  DEPTH_TO_SPACE: free((ctx) => outcome(depthToSpace(ctx.in(0), ctx.opt.i32(0, 1), true))),
  SPACE_TO_BATCH_ND: free((ctx) => spaceBatch(ctx, true), [1, 2]),
  BATCH_TO_SPACE_ND: free((ctx) => spaceBatch(ctx, false), [1, 2]),
  RESIZE_BILINEAR: resizeRule('linear'),
  RESIZE_NEAREST_NEIGHBOR: resizeRule('nearest'),
};

function argOut(ctx: OpCtx, min: boolean): Outcome {
  const r = argReduce(ctx.in(0), ctx.need(1, 'the axis')[0], false, min);
  return { outputs: [tensor(r.outputs[0].shape, declaredType(ctx, 'int64'), r.outputs[0].values)], counts: r.counts };
}

/** LRN runs over the last (channel) axis; the core's rule reads channels on axis 1. */
function transposeLast(ctx: OpCtx) {
  const x = ctx.in(0);
  const s = x.shape;
  return tensor([s[0], s[s.length - 1], ...s.slice(1, -1)], x.dtype);
}

/** SPACE_TO_BATCH_ND / BATCH_TO_SPACE_ND over NHWC: block shape (input 1), paddings or crops (input 2). */
function spaceBatch(ctx: OpCtx, toBatch: boolean): Outcome {
  const x = ctx.in(0);
  const block = ctx.need(1, 'the block shape');
  const p = ctx.need(2, toBatch ? 'the paddings' : 'the crops');
  const m = block.length;
  const prod = block.reduce((a, b) => a * b, 1);
  const out = [...x.shape];
  if (toBatch) {
    out[0] = x.shape[0] * prod;
    for (let i = 0; i < m; i++) {
      const padded = x.shape[i + 1] + p[2 * i] + p[2 * i + 1];
      if (padded % block[i] !== 0) fault(`padded axis ${padded} is not a multiple of block ${block[i]}`);
      out[i + 1] = padded / block[i];
    }
  } else {
    if (x.shape[0] % prod !== 0) fault(`batch ${x.shape[0]} is not a multiple of the block ${fmt(block)}`);
    out[0] = x.shape[0] / prod;
    for (let i = 0; i < m; i++) out[i + 1] = x.shape[i + 1] * block[i] - p[2 * i] - p[2 * i + 1];
  }
  return outcome(result([tensor(out, x.dtype)]));
}
