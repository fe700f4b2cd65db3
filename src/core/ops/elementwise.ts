/**
 * Element-wise arithmetic with numpy broadcasting: one op per output element, values folded
 * when every input's values are known (graphs compute shapes this way).
 */
import { addCounts, big, perElement, type Counts, type Op } from '../counts.js';
import { fault } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { broadcast } from '../shape.js';
import { isFloat, size, tensor, type DType, type Tensor } from '../tensor.js';
import { castValue, mapBroadcast } from '../values.js';
import { activation, ACTIVATIONS, erf, isActivation } from './activation.js';

type Fold = (...xs: number[]) => number;

interface Binary {
  /** The op counted once per output element (null: data movement or bit work, free). */
  op: Op | null;
  fold?: (dtype: DType) => Fold;
  /** A predicate: the output is bool. */
  bool?: boolean;
}

const truncDiv = (dtype: DType): Fold => (isFloat(dtype) ? (a, b) => a / b : (a, b) => Math.trunc(a / b));

/**
 * Two-input functions: arithmetic counts its op; comparisons count a `compare`; logical and
 * bitwise operations (shifts too) a `logical`; a floored or truncated division or remainder a
 * `round` (TF's FloorDiv, FloorMod and TruncateMod, which its profiler does not count, unlike
 * RealDiv); a squared difference one `sqdiff`; a power one `pow` (TF's Pow, whatever the
 * exponent).
 */
const BINARY = {
  add: { op: 'add', fold: () => (a, b) => a + b },
  sub: { op: 'sub', fold: () => (a, b) => a - b },
  mul: { op: 'mul', fold: () => (a, b) => a * b },
  div: { op: 'div', fold: truncDiv },
  // Python's floor division and modulo (Keras, TF FloorDiv/FloorMod).
  floor_div: { op: 'round', fold: () => (a, b) => Math.floor(a / b) },
  floor_mod: { op: 'round', fold: () => (a, b) => a - Math.floor(a / b) * b },
  // C's fmod (ONNX Mod, TF TruncateMod).
  mod: { op: 'round', fold: () => (a, b) => a % b },
  pow: { op: 'pow', fold: () => (a, b) => a ** b },
  max: { op: 'max', fold: () => Math.max },
  min: { op: 'min', fold: () => Math.min },
  sqdiff: { op: 'sqdiff', fold: () => (a, b) => (a - b) ** 2 },
  equal: { op: 'compare', fold: () => (a, b) => +(a === b), bool: true },
  not_equal: { op: 'compare', fold: () => (a, b) => +(a !== b), bool: true },
  less: { op: 'compare', fold: () => (a, b) => +(a < b), bool: true },
  less_equal: { op: 'compare', fold: () => (a, b) => +(a <= b), bool: true },
  greater: { op: 'compare', fold: () => (a, b) => +(a > b), bool: true },
  greater_equal: { op: 'compare', fold: () => (a, b) => +(a >= b), bool: true },
  and: { op: 'logical', fold: () => (a, b) => +(!!a && !!b), bool: true },
  or: { op: 'logical', fold: () => (a, b) => +(!!a || !!b), bool: true },
  xor: { op: 'logical', fold: () => (a, b) => +(!a !== !b), bool: true },
  // Not folded: JavaScript's bit operators are 32-bit and the tensors may be 64-bit.
  bitwise: { op: 'logical' },
  shift_left: { op: 'logical' },
  shift_right: { op: 'logical' },
} as const satisfies Record<string, Binary>;

export type BinaryFn = keyof typeof BINARY;

export function isBinary(fn: string): fn is BinaryFn {
  return Object.prototype.hasOwnProperty.call(BINARY, fn);
}

function fold(out: readonly number[], inputs: readonly Tensor[], fn: Fold | undefined): number[] | undefined {
  if (!fn || inputs.some((x) => x.values === undefined)) return undefined;
  return mapBroadcast(out, inputs.map((x) => ({ shape: x.shape, data: x.values as number[] })), fn);
}

/**
 * A two-input function, broadcast: `op` once per output element. A power whose exponent is
 * known to be 2 is a square (TF counts its Pow and Square alike); any other power, 0.5
 * included, one `pow` (Keras runs x ** 0.5 as Pow, which TF counts, not as Sqrt, which it
 * does not).
 */
export function binary(fn: BinaryFn, a: Tensor, b: Tensor): OpResult {
  const spec: Binary = BINARY[fn];
  const out = broadcast([a.shape, b.shape]);
  const n = big(size(out));
  let op = spec.op;
  if (fn === 'pow' && b.values?.length === 1 && b.values[0] === 2) op = 'square';
  const dtype: DType = spec.bool ? 'bool' : a.dtype;
  const values = fold(out, [a, b], spec.fold?.(a.dtype));
  return result([tensor(out, dtype, values)], op ? { [op]: n } : {});
}

/**
 * n inputs broadcast and folded pairwise (Keras' Add of three tensors, ONNX Sum/Max/Min/Mean):
 * (n - 1) ops per output element; a mean divides once more per element.
 */
export function variadic(fn: 'add' | 'mul' | 'max' | 'min' | 'mean', xs: readonly Tensor[]): OpResult {
  if (xs.length === 0) fault('has no inputs');
  const out = broadcast(xs.map((x) => x.shape));
  const n = big(size(out));
  const op: Op = fn === 'mean' ? 'add' : fn;
  const counts: Counts = { [op]: BigInt(xs.length - 1) * n };
  if (fn === 'mean') addCounts(counts, { div: n });
  const pair: Fold = fn === 'mul' ? (p, q) => p * q : fn === 'max' ? Math.max : fn === 'min' ? Math.min : (p, q) => p + q;
  const values = fold(out, xs, (...v) => {
    let acc = v[0];
    for (let i = 1; i < v.length; i++) acc = pair(acc, v[i]);
    return fn === 'mean' ? acc / v.length : acc;
  });
  return result([tensor(out, xs[0].dtype, values)], counts);
}

interface Unary {
  per: Partial<Record<Op, number>>;
  fold?: Fold;
  bool?: boolean;
}

/** Round half to even, as ONNX and TF specify. */
const roundEven = (x: number): number => {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
};

/**
 * One-input math: what each costs per element, one primitive of its own kind where TF's
 * profiler weighs the kind apart: rounding and sign one `round`, an absolute value one `abs`,
 * logical not and the NaN/infinity tests one `logical` (none registered in TF), the natural
 * logarithm one `log` (TF's Log is registered), the other exponentials and logarithms (and erf)
 * one `exp` (Exp, Expm1, Log1p, Erf are not), the trigonometric family one `trig`.
 */
const UNARY = {
  identity: { per: {}, fold: (x) => x },
  neg: { per: { neg: 1 }, fold: (x) => -x },
  abs: { per: { abs: 1 }, fold: Math.abs },
  sign: { per: { round: 1 }, fold: Math.sign },
  floor: { per: { round: 1 }, fold: Math.floor },
  ceil: { per: { round: 1 }, fold: Math.ceil },
  round: { per: { round: 1 }, fold: roundEven },
  trunc: { per: { round: 1 }, fold: Math.trunc },
  not: { per: { logical: 1 }, fold: (x) => +!x, bool: true },
  // Not folded: JavaScript's bit operators are 32-bit and the tensors may be 64-bit.
  bitwise_not: { per: { logical: 1 } },
  is_nan: { per: { logical: 1 }, fold: (x) => +Number.isNaN(x), bool: true },
  is_inf: { per: { logical: 1 }, fold: (x) => +(Math.abs(x) === Infinity), bool: true },
  sqrt: { per: { sqrt: 1 }, fold: Math.sqrt },
  rsqrt: { per: { rsqrt: 1 }, fold: (x) => 1 / Math.sqrt(x) },
  reciprocal: { per: { div: 1 }, fold: (x) => 1 / x },
  square: { per: { square: 1 }, fold: (x) => x * x },
  exp: { per: { exp: 1 }, fold: Math.exp },
  // Keras runs exp2(x) as Pow(2, x).
  exp2: { per: { pow: 1 }, fold: (x) => 2 ** x },
  expm1: { per: { exp: 1 }, fold: Math.expm1 },
  log: { per: { log: 1 }, fold: Math.log },
  log1p: { per: { exp: 1 }, fold: Math.log1p },
  // log(x) / log(base), as Keras runs them (the log of the constant base: see unary()).
  log2: { per: { log: 1, div: 1 }, fold: Math.log2 },
  log10: { per: { log: 1, div: 1 }, fold: Math.log10 },
  erf: { per: { exp: 1 }, fold: erf },
  erfc: { per: { exp: 1 }, fold: (x) => 1 - erf(x) },
  sin: { per: { trig: 1 }, fold: Math.sin },
  cos: { per: { trig: 1 }, fold: Math.cos },
  tan: { per: { trig: 1 }, fold: Math.tan },
  asin: { per: { trig: 1 }, fold: Math.asin },
  acos: { per: { trig: 1 }, fold: Math.acos },
  atan: { per: { trig: 1 }, fold: Math.atan },
  sinh: { per: { trig: 1 }, fold: Math.sinh },
  cosh: { per: { trig: 1 }, fold: Math.cosh },
  asinh: { per: { trig: 1 }, fold: Math.asinh },
  acosh: { per: { trig: 1 }, fold: Math.acosh },
  atanh: { per: { trig: 1 }, fold: Math.atanh },
} as const satisfies Record<string, Unary>;

export type UnaryFn = keyof typeof UNARY;

export function isUnary(fn: string): fn is UnaryFn {
  return Object.prototype.hasOwnProperty.call(UNARY, fn);
}

/** A one-input function (or an activation of the shared table) applied element-wise. */
export function unary(fn: UnaryFn | keyof typeof ACTIVATIONS, x: Tensor): OpResult {
  if (!isUnary(fn)) {
    if (isActivation(fn) && fn !== 'glu') return activation(fn, x);
    return fault(`unknown element-wise function "${fn}"`);
  }
  const u: Unary = UNARY[fn];
  const fold = u.fold;
  const values = fold && x.values ? x.values.map((v) => fold(v)) : undefined;
  const counts = perElement(u.per, big(size(x.shape)));
  // log2 and log10 divide by the log of their base, a constant TF computes once per graph:
  // counted once per sample, as flopgate counts all per-graph work, so that batch 1 is TF's.
  if (fn === 'log2' || fn === 'log10') addCounts(counts, { log: big(x.shape[0] ?? 1) });
  return result([tensor(x.shape, u.bool ? 'bool' : x.dtype, values)], counts);
}

/** clip(x, lo, hi) = min(max(x, lo), hi), as TF's clip_by_value runs it: one op per bound given. */
export function clip(x: Tensor, lo: Tensor | undefined, hi: Tensor | undefined): OpResult {
  const shapes = [x.shape, ...(lo ? [lo.shape] : []), ...(hi ? [hi.shape] : [])];
  const out = broadcast(shapes);
  const n = big(size(out));
  const counts: Counts = {};
  if (lo) counts.max = n;
  if (hi) counts.min = n;
  const lv = lo?.values?.length === 1 ? lo.values[0] : lo ? undefined : -Infinity;
  const hv = hi?.values?.length === 1 ? hi.values[0] : hi ? undefined : Infinity;
  const values = x.values && lv !== undefined && hv !== undefined && out.length === x.shape.length ? x.values.map((v) => Math.min(Math.max(v, lv), hv)) : undefined;
  return result([tensor(out, x.dtype, values)], counts);
}

/** where(cond, x, y) selects per element: data movement, no arithmetic. */
export function where(cond: Tensor, x: Tensor, y: Tensor): OpResult {
  const out = broadcast([cond.shape, x.shape, y.shape]);
  return result([tensor(out, x.dtype, fold(out, [cond, x, y], (c, a, b) => (c ? a : b)))]);
}

/**
 * PReLU: relu(x) - alpha * relu(-x), as Keras runs it: two ReLUs, a negation of the input and
 * of alpha, one multiplication and one addition per element. alpha (of `alphaShape`, which
 * broadcasts onto x without its batch axis) is negated once per sample, so that the batch size
 * multiplies it too.
 */
export function prelu(x: Tensor, alphaShape: readonly number[], alphaValues?: readonly number[]): OpResult {
  const out = broadcast([x.shape, alphaShape]);
  if (out.join() !== x.shape.join()) fault(`slope [${alphaShape.join(', ')}] does not broadcast onto [${x.shape.join(', ')}]`);
  const n = big(size(x.shape));
  const alpha = big(x.shape[0] ?? 1, size(alphaShape.length >= x.shape.length ? alphaShape.slice(1) : alphaShape));
  const values = fold(out, [x, { shape: alphaShape, dtype: x.dtype, values: alphaValues }], (v, a) => (v >= 0 ? v : a * v));
  return result([tensor(x.shape, x.dtype, values)], { relu: 2n * n, neg: n + alpha, mul: n, add: n }, big(size(alphaShape)));
}

/** Cast to `to`: free; integer targets truncate toward zero, bool is non-zero. */
export function cast(x: Tensor, to: DType): OpResult {
  const integer = !isFloat(to) && to !== 'bool';
  const values = x.values?.map((v) => castValue(v, integer, to === 'bool'));
  return result([tensor(x.shape, to, values)]);
}
