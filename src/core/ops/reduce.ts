/** Reductions over axes. */
import { big, type Counts } from '../counts.js';
import { result, type OpResult } from '../op.js';
import { normAxis, normAxes } from '../shape.js';
import { size, tensor, type Tensor } from '../tensor.js';
import { reduceData } from '../values.js';

/**
 * With n input and m output elements, as TF's reductions run (and its profiler weighs them):
 * a sum takes n - m additions (`sum`, TF's Sum), a product n - m multiplications
 * (`reduce_prod`: Prod is not registered), a mean one `mean` per input element (the additions
 * and the final division, TF's Mean), a maximum or minimum one `reduce_max` per input element
 * (Max and Min are not registered). The norms and log-sums add their element-wise parts as
 * tf.norm and tf.math.reduce_logsumexp compute them: L1 |x| per input element; L2 x * x per
 * input element and a square root per output element; log-sum log per output element;
 * log-sum-exp the stable form: the maximum (reduce_max), x - max and exp per input element,
 * the sum, then per output element a finiteness test of the maximum, the log and the maximum
 * added back. Boolean any/all are not arithmetic.
 */
export type ReduceKind = 'sum' | 'mean' | 'max' | 'min' | 'prod' | 'l1' | 'l2' | 'sum_square' | 'log_sum' | 'log_sum_exp' | 'any' | 'all';

function reduceCounts(kind: ReduceKind, n: bigint, m: bigint): Counts {
  switch (kind) {
    case 'sum': return { sum: n - m };
    case 'mean': return { mean: n };
    case 'max': case 'min': return { reduce_max: n };
    case 'prod': return { reduce_prod: n - m };
    case 'l1': return { abs: n, sum: n - m };
    case 'l2': return { mul: n, sum: n - m, sqrt: m };
    case 'sum_square': return { square: n, sum: n - m };
    case 'log_sum': return { sum: n - m, log: m };
    case 'log_sum_exp': return { reduce_max: n, sub: n, exp: n, sum: n - m, logical: m, log: m, add: m };
    case 'any': case 'all': return {};
  }
}

const FOLDS: Record<ReduceKind, { acc: (a: number, v: number) => number; init: number; mean?: boolean; pre?: (v: number) => number; post?: (v: number) => number }> = {
  sum: { acc: (a, v) => a + v, init: 0 },
  mean: { acc: (a, v) => a + v, init: 0, mean: true },
  max: { acc: Math.max, init: -Infinity },
  min: { acc: Math.min, init: Infinity },
  prod: { acc: (a, v) => a * v, init: 1 },
  l1: { acc: (a, v) => a + v, init: 0, pre: Math.abs },
  l2: { acc: (a, v) => a + v, init: 0, pre: (v) => v * v, post: Math.sqrt },
  sum_square: { acc: (a, v) => a + v, init: 0, pre: (v) => v * v },
  log_sum: { acc: (a, v) => a + v, init: 0, post: Math.log },
  log_sum_exp: { acc: (a, v) => a + v, init: 0, pre: Math.exp, post: Math.log },
  any: { acc: (a, v) => +(a !== 0 || v !== 0), init: 0 },
  all: { acc: (a, v) => +(a !== 0 && v !== 0), init: 1 },
};

/** Reduce `x` over `axes` (undefined: every axis; [] reduces nothing), keeping them as 1 with `keepdims`. */
export function reduce(kind: ReduceKind, x: Tensor, axes: readonly number[] | undefined, keepdims: boolean): OpResult {
  const all = x.shape.map((_, i) => i);
  const ax = axes === undefined ? all : normAxes(axes, x.shape.length, true);
  const out = keepdims ? x.shape.map((d, i) => (ax.includes(i) ? 1 : d)) : x.shape.filter((_, i) => !ax.includes(i));
  const f = FOLDS[kind];
  const pre = f.pre;
  const post = f.post;
  const folded = x.values ? reduceData(pre ? x.values.map(pre) : x.values, x.shape, ax, f.acc, f.init, f.mean) : undefined;
  const values = folded && post ? folded.map(post) : folded;
  const dtype = kind === 'any' || kind === 'all' ? 'bool' : x.dtype;
  return result([tensor(out, dtype, values)], reduceCounts(kind, big(size(x.shape)), big(size(out))));
}

/**
 * ArgMax / ArgMin along one axis: n - m comparisons (the reduction's), an int64 output; the
 * first of equal extremes wins, or the last with `selectLast`.
 */
export function argReduce(x: Tensor, axis: number, keepdims: boolean, min = false, selectLast = false): OpResult {
  const a = normAxis(axis, x.shape.length);
  const out = keepdims ? x.shape.map((d, i) => (i === a ? 1 : d)) : x.shape.filter((_, i) => i !== a);
  let values: number[] | undefined;
  if (x.values) {
    const len = x.shape[a];
    const inner = size(x.shape.slice(a + 1));
    const v = x.values;
    values = [];
    for (let o = 0; o < v.length / (len * inner); o++) {
      for (let i = 0; i < inner; i++) {
        let best = 0;
        for (let k = 1; k < len; k++) {
          const [cur, top] = [v[(o * len + k) * inner + i], v[(o * len + best) * inner + i]];
          if (min ? cur < top || (selectLast && cur === top) : cur > top || (selectLast && cur === top)) best = k;
        }
        values.push(best);
      }
    }
  }
  return result([tensor(out, 'int64', values)], { compare: big(size(x.shape)) - big(size(out)) });
}

/**
 * Variance over `axes` as tf.math.reduce_variance computes it: the mean (keepdims), x - mean,
 * its square, the mean of that: mean = 2n, sub = n, square = n; the standard deviation
 * (tf.math.reduce_std) adds a square root per output element.
 */
export function variance(x: Tensor, axes: readonly number[] | undefined, keepdims: boolean, std = false): OpResult {
  const r = reduce('mean', x, axes, keepdims);
  const n = big(size(x.shape));
  const m = big(size(r.outputs[0].shape));
  const counts: Counts = { mean: 2n * n, sub: n, square: n, ...(std ? { sqrt: m } : {}) };
  return result([tensor(r.outputs[0].shape, x.dtype)], counts);
}
