import { binary, cast, unary, variadic, where, type BinaryFn } from '../../core/ops/elementwise.js';
import { fmt } from '../../core/tensor.js';
import { coreDType } from '../dtypes.js';
import { fromCore, type NodeCtx, type OpRule, type Val } from './types.js';

/**
 * Before opset 7, binary ops broadcast only when asked (`broadcast=1`), B aligned at `axis`
 * of A; the result always has A's shape. B is given trailing size-1 axes to align it the
 * numpy way, which leaves its values' order as it is.
 */
function legacyAligned(ctx: NodeCtx, a: Val, b: Val): Val {
  if (ctx.opset >= 7) return b;
  if (ctx.int('broadcast', 0) !== 1) {
    if (fmt(a.shape) !== fmt(b.shape)) ctx.fail(`shapes ${fmt(a.shape)} and ${fmt(b.shape)} differ and broadcast is off`);
    return b;
  }
  const axis = ctx.int('axis', a.shape.length - b.shape.length);
  const at = axis < 0 ? axis + a.shape.length : axis;
  const fits = at >= 0 && at + b.shape.length <= a.shape.length && b.shape.every((d, i) => d === 1 || d === a.shape[at + i]);
  if (!fits) ctx.fail(`shape ${fmt(b.shape)} does not broadcast onto ${fmt(a.shape)} at axis ${axis}`);
  return { ...b, shape: [...b.shape, ...Array<number>(a.shape.length - at - b.shape.length).fill(1)] };
}

/** A two-input op with numpy broadcasting, as the core's function `fn`. */
export function binaryRule(fn: BinaryFn): OpRule {
  return {
    infer(ctx) {
      const a = ctx.in(0);
      return fromCore(binary(fn, a, legacyAligned(ctx, a, ctx.in(1))));
    },
  };
}

/** Div and Mod divide as their element type does: integer division truncates. Mod with fmod=0 on integers is floor modulo. */
const Mod: OpRule = {
  infer(ctx) {
    const a = ctx.in(0);
    const fmod = ctx.int('fmod', 0) === 1;
    return fromCore(binary(fmod ? 'mod' : 'floor_mod', a, ctx.in(1)));
  },
};

/** Pow reads its exponent: 2 is a square, 0.5 a square root (the core's rule). */
const Pow: OpRule = { reads: () => [1], ...binaryRule('pow') };

/** BitShift: LEFT multiplies by 2^n, RIGHT divides. */
const BitShift: OpRule = {
  infer(ctx) {
    const dir = ctx.str('direction', '');
    if (dir !== 'LEFT' && dir !== 'RIGHT') ctx.fail(`direction "${dir}" must be LEFT or RIGHT`);
    return fromCore(binary(dir === 'LEFT' ? 'shift_left' : 'shift_right', ctx.in(0), ctx.in(1)));
  },
};

/** Max, Min, Sum, Mean: n inputs broadcast, n - 1 pairwise ops per output element. */
function variadicRule(fn: 'add' | 'max' | 'min' | 'mean'): OpRule {
  return {
    infer(ctx) {
      const xs: Val[] = [];
      for (let i = 0; i < ctx.nIn; i++) if (ctx.has(i)) xs.push(ctx.in(i));
      return fromCore(variadic(fn, xs));
    },
  };
}

const Where: OpRule = { infer: (ctx) => fromCore(where(ctx.in(0), ctx.in(1), ctx.in(2))) };

/** Cast (to the `to` attribute's type) and CastLike (to the second input's): free, values converted. */
const Cast: OpRule = { infer: (ctx) => fromCore(cast(ctx.in(0), ctx.node.opType === 'CastLike' ? ctx.in(1).dtype : coreDType(ctx.int('to', 1)))) };

export const ELEMENTWISE: Record<string, OpRule> = {
  Add: binaryRule('add'),
  Sub: binaryRule('sub'),
  Mul: binaryRule('mul'),
  Div: binaryRule('div'),
  Mod,
  Pow,
  Equal: binaryRule('equal'),
  Less: binaryRule('less'),
  LessOrEqual: binaryRule('less_equal'),
  Greater: binaryRule('greater'),
  GreaterOrEqual: binaryRule('greater_equal'),
  And: binaryRule('and'),
  Or: binaryRule('or'),
  Xor: binaryRule('xor'),
  BitShift,
  BitwiseAnd: binaryRule('bitwise'),
  BitwiseOr: binaryRule('bitwise'),
  BitwiseXor: binaryRule('bitwise'),
  Max: variadicRule('max'),
  Min: variadicRule('min'),
  Sum: variadicRule('add'),
  Mean: variadicRule('mean'),
  Where,
  Cast,
  CastLike: Cast,
};

ELEMENTWISE.BitwiseNot = { infer: (ctx) => fromCore(unary('bitwise_not', ctx.in(0))) };
