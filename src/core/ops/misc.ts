/** Selections along an axis, running sums, determinants and random tests. */
import { big, type Counts } from '../counts.js';
import { fault } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { normAxis } from '../shape.js';
import { fmt, size, tensor, type Tensor } from '../tensor.js';

/**
 * TopK keeps, per row along `axis`, the k best elements in a sorted list; each element is
 * placed by binary search among the k + 1 slots: ceil(log2(k + 1)) comparisons, so k = 1
 * costs what an arg-max does (about one per element), counted as `sort` (TF's TopKV2 has no
 * statistics). Outputs: values and int64 indices.
 */
export function topK(x: Tensor, axis: number, k: number, largest = true): OpResult {
  const a = normAxis(axis, x.shape.length);
  if (!Number.isSafeInteger(k) || k < 0 || k > x.shape[a]) fault(`k ${k} is out of range for axis ${a} of ${fmt(x.shape)}`);
  const shape = x.shape.map((d, i) => (i === a ? k : d));
  const counts: Counts = k > 0 ? { sort: big(size(x.shape), Math.ceil(Math.log2(k + 1))) } : {};
  let values: number[] | undefined;
  let indices: number[] | undefined;
  if (x.values) {
    const [v, len, inner] = [x.values, x.shape[a], size(x.shape.slice(a + 1))];
    const outer = v.length / (len * inner);
    values = new Array<number>(outer * k * inner);
    indices = new Array<number>(outer * k * inner);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const order = Array.from({ length: len }, (_, j) => j).sort((p, q) => {
          const d = v[(o * len + q) * inner + i] - v[(o * len + p) * inner + i];
          return (largest ? d : -d) || p - q;
        });
        for (let j = 0; j < k; j++) {
          values[(o * k + j) * inner + i] = v[(o * len + order[j]) * inner + i];
          indices[(o * k + j) * inner + i] = order[j];
        }
      }
    }
  }
  return result([tensor(shape, x.dtype, values), tensor(shape, 'int64', indices)], counts);
}

/**
 * CumSum: one addition per element along the axis (the first one's to zero included), a
 * `cumsum` (TF's Cumsum has no statistics); `exclusive` leaves each element out of its own
 * sum, `reverse` runs from the end.
 */
export function cumSum(x: Tensor, axis: number, exclusive = false, reverse = false): OpResult {
  const a = normAxis(axis, x.shape.length);
  let values: number[] | undefined;
  if (x.values) {
    const [v, len, inner] = [x.values, x.shape[a], size(x.shape.slice(a + 1))];
    values = new Array<number>(v.length);
    for (let o = 0; o < v.length / (len * inner); o++) {
      for (let i = 0; i < inner; i++) {
        let acc = 0;
        for (let s = 0; s < len; s++) {
          const j = reverse ? len - 1 - s : s;
          const at = (o * len + j) * inner + i;
          if (exclusive) {
            values[at] = acc;
            acc += v[at];
          } else {
            acc += v[at];
            values[at] = acc;
          }
        }
      }
    }
  }
  return result([tensor(x.shape, x.dtype, values)], { cumsum: big(size(x.shape)) });
}

/**
 * Determinant of each M x M matrix by LU decomposition with partial pivoting: at each of the
 * M - 1 steps, r = M - step rows below the pivot cost r comparisons (the pivot search), r
 * divisions (the multipliers) and r^2 multiply-accumulates (the updates); the product of the
 * diagonal is M - 1 multiplications.
 */
export function det(x: Tensor): OpResult {
  const r = x.shape.length;
  if (r < 2 || x.shape[r - 1] !== x.shape[r - 2]) fault(`input ${fmt(x.shape)} is not a batch of square matrices`);
  const m = BigInt(x.shape[r - 1]);
  const b = big(size(x.shape.slice(0, -2)));
  const below = (m * (m - 1n)) / 2n;
  const counts: Counts = m > 1n ? { mac: (b * (m - 1n) * m * (2n * m - 1n)) / 6n, div: b * below, compare: b * below, mul: b * (m - 1n) } : {};
  return result([tensor(x.shape.slice(0, -2), x.dtype)], counts);
}

/** Hardmax: the maximum of each row along the axis (one comparison per element), as a one-hot. */
export function hardmax(x: Tensor): OpResult {
  return result([tensor(x.shape, x.dtype)], { compare: big(size(x.shape)) });
}

/** Bernoulli: each draw compared with its probability. */
export function bernoulli(x: Tensor, dtype = x.dtype): OpResult {
  return result([tensor(x.shape, dtype)], { compare: big(size(x.shape)) });
}
