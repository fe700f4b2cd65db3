import type { Op } from '../../costs/ops.js';
import { unary } from './elementwise.js';
import type { OpRule } from './types.js';

/**
 * Activations and one-input math: the primitive op each costs per element, in the same terms
 * the Keras rules use (hard_swish counts as hard_sigmoid, log_softmax and the other
 * exponential-based functions as exp), so one model costs the same whatever its format.
 */
const TABLE: Record<string, Op | null> = {
  Relu: 'relu',
  LeakyRelu: 'relu',
  ThresholdedRelu: 'relu',
  Sigmoid: 'sigmoid',
  HardSigmoid: 'hard_sigmoid',
  HardSwish: 'hard_sigmoid',
  Tanh: 'tanh',
  Softmax: 'softmax',
  LogSoftmax: 'exp',
  Gelu: 'gelu',
  Erf: 'exp',
  Elu: 'exp',
  Selu: 'exp',
  Celu: 'exp',
  Softplus: 'exp',
  Softsign: 'exp',
  Mish: 'exp',
  Exp: 'exp',
  Log: 'exp',
  Sqrt: 'sqrt',
  Reciprocal: 'div',
  Neg: 'sub',
  Abs: 'max',
  Sign: 'compare',
  Floor: 'compare',
  Ceil: 'compare',
  Round: 'compare',
  Not: 'compare',
  // Shrink is Keras' hard_shrink / soft_shrink, which count as a ReLU-family op.
  Shrink: 'relu',
  Sin: 'trig', Cos: 'trig', Tan: 'trig', Asin: 'trig', Acos: 'trig', Atan: 'trig',
  Sinh: 'trig', Cosh: 'trig', Asinh: 'trig', Acosh: 'trig', Atanh: 'trig',
};

/** Folding for the ones that appear in exporters' shape arithmetic. */
const FOLD: Record<string, (x: number) => number> = {
  Sqrt: Math.sqrt,
  Reciprocal: (x) => 1 / x,
  Neg: (x) => -x,
  Abs: Math.abs,
  Sign: Math.sign,
  Floor: Math.floor,
  Ceil: Math.ceil,
  // Round half to even, as ONNX specifies.
  Round: (x) => {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
  },
  Not: (x) => (x ? 0 : 1),
  Exp: Math.exp,
  Log: Math.log,
  Relu: (x) => Math.max(0, x),
  Sin: Math.sin, Cos: Math.cos, Tan: Math.tan, Asin: Math.asin, Acos: Math.acos, Atan: Math.atan,
  Sinh: Math.sinh, Cosh: Math.cosh, Asinh: Math.asinh, Acosh: Math.acosh, Atanh: Math.atanh,
};

export const ACTIVATION_OPS = TABLE;

export const ACTIVATIONS: Record<string, OpRule> = Object.fromEntries(
  Object.entries(TABLE).map(([name, op]) => [name, unary(op, FOLD[name])]),
);
