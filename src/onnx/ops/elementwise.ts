import type { Op, OpCounts } from '../../costs/ops.js';
import { DT, isFloatType } from '../dtypes.js';
import { mapBroadcast } from '../fold.js';
import { broadcast, checkShape, fmt, prod } from '../shapes.js';
import { val, type NodeCtx, type OpRule, type Val } from './types.js';

type Fn = (...xs: number[]) => number;

function fold(ctx: NodeCtx, out: number[], inputs: Val[], fn: Fn | undefined): number[] | undefined {
  if (!fn || inputs.some((x) => x.data === undefined)) return undefined;
  return mapBroadcast(out, inputs.map((x) => ({ shape: x.shape, data: x.data as number[] })), fn);
}

/**
 * Before opset 7, binary ops broadcast only when asked (`broadcast=1`), B aligned at `axis`
 * of A; the result always has A's shape.
 */
function legacyShape(ctx: NodeCtx, a: Val, b: Val): number[] | undefined {
  if (ctx.opset >= 7) return undefined;
  if (ctx.int('broadcast', 0) !== 1) {
    if (fmt(a.shape) !== fmt(b.shape)) ctx.fail(`shapes ${fmt(a.shape)} and ${fmt(b.shape)} differ and broadcast is off`);
    return a.shape;
  }
  const axis = ctx.int('axis', a.shape.length - b.shape.length);
  const at = axis < 0 ? axis + a.shape.length : axis;
  const fits = at >= 0 && at + b.shape.length <= a.shape.length && b.shape.every((d, i) => d === 1 || d === a.shape[at + i]);
  if (!fits) ctx.fail(`shape ${fmt(b.shape)} does not broadcast onto ${fmt(a.shape)} at axis ${axis}`);
  return a.shape;
}

function integerDiv(dtype: number): Fn {
  return isFloatType(dtype) ? (a, b) => a / b : (a, b) => Math.trunc(a / b);
}

/** A two-input op with numpy broadcasting; `op` is counted once per output element. */
export function binary(op: Op | null, fn?: (dtype: number) => Fn, bool = false): OpRule {
  return {
    infer(ctx) {
      const a = ctx.in(0);
      const b = ctx.in(1);
      const legacy = legacyShape(ctx, a, b);
      const out = checkShape(legacy ?? broadcast([a.shape, b.shape], ctx.fail), ctx.fail);
      const dtype = bool ? DT.BOOL : a.dtype;
      // Legacy axis alignment differs from numpy's: fold only when the shapes are equal.
      const data = legacy && fmt(a.shape) !== fmt(b.shape) ? undefined : fold(ctx, out, [a, b], fn?.(a.dtype));
      return { outputs: [val(out, dtype, data)], ops: op ? { [op]: prod(out) } : {} };
    },
  };
}

export const Add = binary('add', () => (a, b) => a + b);
export const Sub = binary('sub', () => (a, b) => a - b);
export const Mul = binary('mul', () => (a, b) => a * b);
export const Div = binary('div', integerDiv);
export const Mod = binary('div', () => (a, b) => a % b);
export const Equal = binary('compare', () => (a, b) => (a === b ? 1 : 0), true);
export const Less = binary('compare', () => (a, b) => (a < b ? 1 : 0), true);
export const LessOrEqual = binary('compare', () => (a, b) => (a <= b ? 1 : 0), true);
export const Greater = binary('compare', () => (a, b) => (a > b ? 1 : 0), true);
export const GreaterOrEqual = binary('compare', () => (a, b) => (a >= b ? 1 : 0), true);
export const And = binary('compare', () => (a, b) => (a && b ? 1 : 0), true);
export const Or = binary('compare', () => (a, b) => (a || b ? 1 : 0), true);
export const Xor = binary('compare', () => (a, b) => (!a !== !b ? 1 : 0), true);
/**
 * Integer bit operations, counted as their logical and arithmetic kin: BitwiseAnd/Or/Xor as
 * And/Or/Xor (`compare`), a left shift as a multiplication by 2^n, a right shift as a division.
 * Not folded: JavaScript's bit operators are 32-bit and the tensors may be 64-bit.
 */
export const Bitwise = binary('compare');
export const BitShift: OpRule = {
  infer(ctx) {
    const dir = ctx.str('direction', '');
    if (dir !== 'LEFT' && dir !== 'RIGHT') ctx.fail(`direction "${dir}" must be LEFT or RIGHT`);
    return binary(dir === 'LEFT' ? 'mul' : 'div').infer(ctx);
  },
};
/**
 * PRelu is a ReLU with a learned slope: one ReLU-family op per element. The slope broadcasts
 * onto X (before opset 7 it is one value or one per channel); the output has X's shape.
 */
export const PRelu: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const slope = ctx.in(1);
    const perChannel = slope.shape.length === 1 && (slope.shape[0] === 1 || slope.shape[0] === x.shape[1]);
    if (!(ctx.opset < 7 && perChannel) && fmt(broadcast([x.shape, slope.shape], ctx.fail)) !== fmt(x.shape)) {
      ctx.fail(`slope ${fmt(slope.shape)} does not broadcast onto ${fmt(x.shape)}`);
    }
    return { outputs: [val(x.shape, x.dtype)], ops: { relu: prod(x.shape) } };
  },
};

/** x^2 (LayerNorm as exporters decompose it) is a square; any other power one multiplication. */
export const Pow: OpRule = {
  reads: () => [1],
  infer(ctx) {
    const r = binary('mul', () => (a, b) => a ** b).infer(ctx);
    const e = ctx.value(1);
    if (e && e.length === 1 && e[0] === 2) r.ops = { square: prod(r.outputs[0].shape) };
    return r;
  },
};

/** A one-input op; `op` is counted `times` per element. */
export function unary(op: Op | null, fn?: Fn, times = 1): OpRule {
  return {
    infer(ctx) {
      const x = ctx.in(0);
      const data = fn && x.data ? x.data.map((v) => fn(v)) : undefined;
      return { outputs: [val(x.shape, x.dtype, data)], ops: op ? { [op]: prod(x.shape) * times } : {} };
    },
  };
}

/** Ops whose extra inputs (Clip bounds) are scalars: the result has the first input's shape. */
export const Clip: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    return { outputs: [val(x.shape, x.dtype)], ops: { relu: prod(x.shape) } };
  },
};

/** Max, Min, Sum, Mean: n inputs broadcast, n-1 pairwise ops per output element. */
export function variadic(op: Op, fn: Fn, mean = false): OpRule {
  return {
    infer(ctx) {
      const xs: Val[] = [];
      for (let i = 0; i < ctx.nIn; i++) if (ctx.has(i)) xs.push(ctx.in(i));
      if (xs.length === 0) ctx.fail('has no inputs');
      const out = checkShape(broadcast(xs.map((x) => x.shape), ctx.fail), ctx.fail);
      const n = prod(out);
      const ops: OpCounts = { [op]: (xs.length - 1) * n };
      if (mean) ops.div = n;
      const data = fold(ctx, out, xs, (...v) => {
        let acc = v[0];
        for (let i = 1; i < v.length; i++) acc = fn(acc, v[i]);
        return mean ? acc / v.length : acc;
      });
      return { outputs: [val(out, xs[0].dtype, data)], ops };
    },
  };
}

/** Where(cond, x, y) selects per element: data movement, no arithmetic. */
export const Where: OpRule = {
  infer(ctx) {
    const [c, x, y] = [ctx.in(0), ctx.in(1), ctx.in(2)];
    const out = checkShape(broadcast([c.shape, x.shape, y.shape], ctx.fail), ctx.fail);
    const data = fold(ctx, out, [c, x, y], (cv, xv, yv) => (cv ? xv : yv));
    return { outputs: [val(out, x.dtype, data)], ops: {} };
  },
};
