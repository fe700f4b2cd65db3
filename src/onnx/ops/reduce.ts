import { argReduce, reduce, type ReduceKind } from '../../core/ops/reduce.js';
import { fmt, size } from '../../core/tensor.js';
import { fromCore, val, type NodeCtx, type OpRule } from './types.js';

/** ReduceSum took its axes as an input from opset 13, the other reductions from opset 18. */
function axesFromInput(ctx: NodeCtx): boolean {
  return ctx.opset >= (ctx.node.opType === 'ReduceSum' ? 13 : 18);
}

/**
 * The reduced axes: undefined for all of them (no axes given), [] for none (noop_with_empty_axes),
 * null when they are an input only known at run time.
 */
export function reducedAxes(ctx: NodeCtx): readonly number[] | undefined | null {
  let axes: readonly number[] | undefined;
  if (axesFromInput(ctx)) {
    if (ctx.has(1)) {
      axes = ctx.value(1);
      if (!axes) return null;
    }
  } else axes = ctx.ints('axes');
  if (!axes || axes.length === 0) return ctx.int('noop_with_empty_axes', 0) === 1 ? [] : undefined;
  return axes;
}

/** A reduction of the core's kind; axes only known at run time take the declared output shape. */
export function reduceRule(kind: ReduceKind): OpRule {
  return {
    reads: (ctx) => (axesFromInput(ctx) ? [1] : []),
    infer(ctx) {
      const x = ctx.in(0);
      const axes = reducedAxes(ctx);
      const keep = ctx.int('keepdims', 1) === 1;
      if (axes !== null) return fromCore(reduce(kind, x, axes, keep));
      // Axes only known at run time: the declared output, counted as m rows of n / m elements.
      const out = ctx.declaredShape('the axes');
      const [n, m] = [size(x.shape), size(out)];
      if (m === 0 || n % m !== 0) ctx.fail(`declared output ${fmt(out)} does not fit input ${fmt(x.shape)}`);
      const flat = reduce(kind, { shape: [m, n / m], dtype: x.dtype }, [1], false);
      return { outputs: [val(out, flat.outputs[0].dtype)], ops: flat.counts };
    },
  };
}

/** ArgMax / ArgMin along `axis`. */
function argRule(min: boolean): OpRule {
  return { infer: (ctx) => fromCore(argReduce(ctx.in(0), ctx.int('axis', 0), ctx.int('keepdims', 1) === 1, min, ctx.int('select_last_index', 0) === 1)) };
}

export const REDUCTIONS: Record<string, OpRule> = {
  ReduceMean: reduceRule('mean'),
  ReduceSum: reduceRule('sum'),
  ReduceMax: reduceRule('max'),
  ReduceMin: reduceRule('min'),
  ReduceProd: reduceRule('prod'),
  ReduceSumSquare: reduceRule('sum_square'),
  ReduceL1: reduceRule('l1'),
  ReduceL2: reduceRule('l2'),
  ReduceLogSum: reduceRule('log_sum'),
  ReduceLogSumExp: reduceRule('log_sum_exp'),
  ArgMax: argRule(false),
  ArgMin: argRule(true),
};
