import type { OpCounts } from '../../costs/ops.js';
import { DT } from '../dtypes.js';
import { strides } from '../fold.js';
import { checkShape, normAxis, prod } from '../shapes.js';
import { val, type NodeCtx, type OpRule } from './types.js';

/** ReduceSum took its axes as an input from opset 13, the other reductions from opset 18. */
function axesFromInput(ctx: NodeCtx): boolean {
  return ctx.opset >= (ctx.node.opType === 'ReduceSum' ? 13 : 18);
}

/** The reduced axes; null when they are an input only known at run time. */
export function reducedAxes(ctx: NodeCtx, rank: number): number[] | null {
  let axes: number[] | undefined;
  if (axesFromInput(ctx)) {
    if (ctx.has(1)) {
      axes = ctx.value(1);
      if (!axes) return null;
    }
  } else axes = ctx.ints('axes');
  if (!axes || axes.length === 0) {
    if (ctx.int('noop_with_empty_axes', 0) === 1) return [];
    return Array.from({ length: rank }, (_, i) => i);
  }
  return [...new Set(axes.map((a) => normAxis(a, rank, ctx.fail)))];
}

type Acc = (acc: number, v: number) => number;

function foldReduce(data: readonly number[], shape: readonly number[], axes: number[], acc: Acc, init: number, mean: boolean): number[] {
  const out = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const os = strides(out);
  const is = strides(shape);
  const res = new Array<number>(prod(out)).fill(init);
  const count = prod(axes.map((a) => shape[a]));
  for (let i = 0; i < data.length; i++) {
    let rem = i;
    let off = 0;
    for (let d = 0; d < shape.length; d++) {
      const c = Math.floor(rem / is[d]);
      rem -= c * is[d];
      if (!axes.includes(d)) off += c * os[d];
    }
    res[off] = acc(res[off], data[i]);
  }
  return mean ? res.map((v) => v / count) : res;
}

/** Costs per input element (`perIn`) and per output element (`perOut`). */
function reduce(perIn: OpCounts, perOut: OpCounts = {}, fold?: { acc: Acc; init: number; mean?: boolean }): OpRule {
  return {
    reads: (ctx) => (axesFromInput(ctx) ? [1] : []),
    infer(ctx) {
      const x = ctx.in(0);
      const axes = reducedAxes(ctx, x.shape.length);
      const keep = ctx.int('keepdims', 1) === 1;
      const out = axes
        ? checkShape(keep ? x.shape.map((d, i) => (axes.includes(i) ? 1 : d)) : x.shape.filter((_, i) => !axes.includes(i)), ctx.fail)
        : ctx.declaredOutputs('the axes', x.dtype)[0].shape;
      const n = prod(x.shape);
      const m = prod(out);
      const ops: OpCounts = {};
      for (const [k, v] of Object.entries(perIn)) ops[k as keyof OpCounts] = v * n;
      for (const [k, v] of Object.entries(perOut)) ops[k as keyof OpCounts] = (ops[k as keyof OpCounts] ?? 0) + v * m;
      const data = fold && x.data && axes ? foldReduce(x.data, x.shape, axes, fold.acc, fold.init, fold.mean ?? false) : undefined;
      return { outputs: [val(out, x.dtype, data)], ops };
    },
  };
}

export const ReduceMean = reduce({ mean: 1 }, {}, { acc: (a, v) => a + v, init: 0, mean: true });
export const ReduceSum = reduce({ sum: 1 }, {}, { acc: (a, v) => a + v, init: 0 });
export const ReduceMax = reduce({ max: 1 }, {}, { acc: Math.max, init: -Infinity });
export const ReduceMin = reduce({ min: 1 }, {}, { acc: Math.min, init: Infinity });
export const ReduceProd = reduce({ mul: 1 }, {}, { acc: (a, v) => a * v, init: 1 });
export const ReduceSumSquare = reduce({ square: 1, sum: 1 });
export const ReduceL1 = reduce({ max: 1, sum: 1 });
export const ReduceL2 = reduce({ square: 1, sum: 1 }, { sqrt: 1 });
export const ReduceLogSum = reduce({ sum: 1 }, { exp: 1 });
export const ReduceLogSumExp = reduce({ exp: 1, sum: 1 }, { exp: 1 });

/** ArgMax / ArgMin: one comparison per input element along one axis. */
export const ArgMax: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const axis = normAxis(ctx.int('axis', 0), x.shape.length, ctx.fail);
    const keep = ctx.int('keepdims', 1) === 1;
    const out = keep ? x.shape.map((d, i) => (i === axis ? 1 : d)) : x.shape.filter((_, i) => i !== axis);
    return { outputs: [val(out, DT.INT64)], ops: { compare: prod(x.shape) } };
  },
};
