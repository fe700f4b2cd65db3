import { activation, elu, type ActivationName, type ActivationParams } from '../../core/ops/activation.js';
import { clip, prelu, unary, type UnaryFn } from '../../core/ops/elementwise.js';
import { broadcast, normAxis } from '../../core/shape.js';
import { fmt, size } from '../../core/tensor.js';
import { fromCore, type NodeCtx, type OpRule } from './types.js';

/**
 * Activation ops: the core activation each one is (so an ONNX Mish costs what a Keras `mish`
 * does), and one-input math: the core function of the same meaning.
 */
const ACTIVATION: Record<string, ActivationName> = {
  Relu: 'relu',
  LeakyRelu: 'leaky_relu',
  ThresholdedRelu: 'thresholded_relu',
  Sigmoid: 'sigmoid',
  HardSigmoid: 'hard_sigmoid',
  HardSwish: 'hard_swish',
  Tanh: 'tanh',
  Softmax: 'softmax',
  LogSoftmax: 'log_softmax',
  Selu: 'selu',
  Celu: 'celu',
  Softplus: 'softplus',
  Softsign: 'softsign',
  Mish: 'mish',
};

const UNARY: Record<string, UnaryFn> = {
  Exp: 'exp', Log: 'log', Erf: 'erf', Sqrt: 'sqrt', Reciprocal: 'reciprocal', Neg: 'neg', Abs: 'abs',
  Sign: 'sign', Floor: 'floor', Ceil: 'ceil', Round: 'round', Not: 'not', IsNaN: 'is_nan',
  Sin: 'sin', Cos: 'cos', Tan: 'tan', Asin: 'asin', Acos: 'acos', Atan: 'atan',
  Sinh: 'sinh', Cosh: 'cosh', Asinh: 'asinh', Acosh: 'acosh', Atanh: 'atanh',
};

/** Gelu (opset 20): approximate "none" (erf, the core's gelu) or "tanh" (its gelu_tanh). */
const Gelu: OpRule = { infer: (ctx) => fromCore(activation(ctx.str('approximate', 'none') === 'tanh' ? 'gelu_tanh' : 'gelu', ctx.in(0))) };

/** Elu(alpha): the core's elu, which counts an alpha other than 1. */
const Elu: OpRule = { infer: (ctx) => fromCore(elu(ctx.in(0), ctx.float('alpha', 1))) };

/** Shrink: bias 0 is hard shrink, otherwise soft shrink; both a ReLU-family op. */
const Shrink: OpRule = {
  infer(ctx) {
    const [lambd, bias] = [ctx.float('lambd', 0.5), ctx.float('bias', 0)];
    return fromCore(activation(bias === 0 ? 'hard_shrink' : 'soft_shrink', ctx.in(0), -1, { alpha: lambd, beta: bias }));
  },
};

/** IsInf (detect_positive / detect_negative): one comparison per element. */
const IsInf: OpRule = { infer: (ctx) => fromCore(unary('is_inf', ctx.in(0))) };

/**
 * Clip: min and max are inputs from opset 11 (each optional), attributes before (absent means
 * no bound): one op per bound.
 */
export const Clip: OpRule = {
  reads: (ctx) => (ctx.opset >= 11 ? [1, 2] : []),
  infer(ctx) {
    const x = ctx.in(0);
    if (ctx.opset >= 11) return fromCore(clip(x, ctx.opt(1), ctx.opt(2)));
    const bound = (name: string) => (ctx.attr(name) ? { shape: [], dtype: x.dtype, values: [ctx.float(name, 0)] } : undefined);
    return fromCore(clip(x, bound('min'), bound('max')));
  },
};

/**
 * PRelu: the core's PReLU. The slope broadcasts onto X (before opset 7 it is one value or one
 * per channel: aligned on the channel axis here).
 */
export const PRelu: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    let slope = ctx.in(1).shape;
    if (ctx.opset < 7 && slope.length === 1 && x.shape.length > 2 && slope[0] === x.shape[1]) slope = [slope[0], ...x.shape.slice(2).map(() => 1)];
    if (fmt(broadcast([x.shape, slope])) !== fmt(x.shape)) ctx.fail(`slope ${fmt(slope)} does not broadcast onto ${fmt(x.shape)}`);
    return fromCore(prelu(x, slope, ctx.in(1).values));
  },
};

export const ACTIVATION_OPS = ACTIVATION;
export const UNARY_OPS = UNARY;

/** The attributes that change an activation's values (its cost is the same whatever they are). */
function params(ctx: NodeCtx): ActivationParams {
  const p: ActivationParams = {};
  for (const k of ['alpha', 'beta', 'gamma'] as const) if (ctx.attr(k)) p[k] = ctx.float(k, 0);
  if (ctx.node.opType === 'LeakyRelu' && p.alpha === undefined) p.alpha = 0.01;
  return p;
}

/**
 * Softmax and LogSoftmax along `axis` (opset 13+, default -1); before opset 13 over the input
 * flattened to 2-D at `axis` (default 1): the same count, the values of that 2-D form.
 */
function softmaxRule(name: 'softmax' | 'log_softmax'): OpRule {
  return {
    infer(ctx) {
      const x = ctx.in(0);
      if (ctx.opset >= 13 || x.shape.length === 0) return fromCore(activation(name, x, ctx.int('axis', -1)));
      const axis = normAxis(ctx.int('axis', 1), x.shape.length);
      const flat = { ...x, shape: [size(x.shape.slice(0, axis)), size(x.shape.slice(axis))] };
      const r = fromCore(activation(name, flat, 1));
      r.outputs = [{ ...r.outputs[0], shape: x.shape }];
      return r;
    },
  };
}

export const ACTIVATIONS: Record<string, OpRule> = {
  ...Object.fromEntries(
    Object.entries(ACTIVATION).map(([op, name]) => [
      op,
      {
        infer: (ctx) => fromCore(activation(name, ctx.in(0), -1, params(ctx))),
      } satisfies OpRule,
    ]),
  ),
  ...Object.fromEntries(Object.entries(UNARY).map(([op, fn]) => [op, { infer: (ctx) => fromCore(unary(fn, ctx.in(0))) } satisfies OpRule])),
  Softmax: softmaxRule('softmax'),
  LogSoftmax: softmaxRule('log_softmax'),
  Gelu,
  Elu,
  Shrink,
  IsInf,
  Clip,
  PRelu,
};
