/**
 * Constant folding of the small tensors graphs compute shapes with (Shape -> Gather ->
 * Unsqueeze -> Concat -> Reshape and friends, in ONNX and TF alike). Values are plain numbers:
 * int64 shape values stay exact far beyond any real dimension. Callers fold only when the
 * result has at most MAX_FOLD elements, so nothing here allocates more than that.
 */
import { MAX_FOLD, size } from './tensor.js';

const prod = size;

export function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

export function small(shape: readonly number[]): boolean {
  return prod(shape) <= MAX_FOLD;
}

/** Element-wise map over inputs broadcast to `out`. */
export function mapBroadcast(
  out: readonly number[],
  inputs: { shape: readonly number[]; data: readonly number[] }[],
  fn: (...xs: number[]) => number,
): number[] | undefined {
  if (!small(out)) return undefined;
  const n = prod(out);
  const os = strides(out);
  const ins = inputs.map((x) => {
    const st = strides(x.shape);
    // Stride 0 along broadcast dimensions; aligned to the right.
    return out.map((_, o) => {
      const k = o - (out.length - x.shape.length);
      return k < 0 || x.shape[k] === 1 ? 0 : st[k];
    });
  });
  const res = new Array<number>(n);
  const args = new Array<number>(inputs.length);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < inputs.length; j++) {
      let off = 0;
      let rem = i;
      for (let d = 0; d < out.length; d++) {
        const c = Math.floor(rem / os[d]);
        rem -= c * os[d];
        off += c * ins[j][d];
      }
      args[j] = inputs[j].data[off];
    }
    res[i] = fn(...args);
  }
  return res;
}

export function transposeData(data: readonly number[], shape: readonly number[], perm: readonly number[]): number[] {
  const out = perm.map((p) => shape[p]);
  const is = strides(shape);
  const os = strides(out);
  const res = new Array<number>(data.length);
  for (let i = 0; i < data.length; i++) {
    let rem = i;
    let off = 0;
    for (let d = 0; d < out.length; d++) {
      const c = Math.floor(rem / os[d]);
      rem -= c * os[d];
      off += c * is[perm[d]];
    }
    res[i] = data[off];
  }
  return res;
}

/** Take `indices` along `axis` (indices already normalised to be non-negative). */
export function gatherData(data: readonly number[], shape: readonly number[], axis: number, indices: readonly number[]): number[] {
  const outer = prod(shape.slice(0, axis));
  const inner = prod(shape.slice(axis + 1));
  const res: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (const ix of indices) {
      const base = (o * shape[axis] + ix) * inner;
      for (let k = 0; k < inner; k++) res.push(data[base + k]);
    }
  }
  return res;
}

/** Pick, per axis, the listed coordinates (Slice with any steps). */
export function selectData(data: readonly number[], shape: readonly number[], picks: readonly number[][]): number[] {
  const st = strides(shape);
  const res: number[] = [];
  const walk = (d: number, off: number) => {
    if (d === shape.length) {
      res.push(data[off]);
      return;
    }
    for (const c of picks[d]) walk(d + 1, off + c * st[d]);
  };
  if (picks.every((p) => p.length > 0)) walk(0, 0);
  return res;
}

export function concatData(parts: { shape: readonly number[]; data: readonly number[] }[], axis: number): number[] {
  const outer = prod(parts[0].shape.slice(0, axis));
  const res: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (const p of parts) {
      const chunk = prod(p.shape.slice(axis));
      for (let k = 0; k < chunk; k++) res.push(p.data[o * chunk + k]);
    }
  }
  return res;
}

/** Cast as the runtime would: integer targets truncate toward zero, bool is non-zero. */
export function castValue(v: number, integer: boolean, bool: boolean): number {
  if (bool) return v !== 0 ? 1 : 0;
  if (integer) return Math.trunc(v);
  return v;
}

/**
 * A reduction of `data` (of `shape`) over `axes`, keeping them as size 1: `acc` folds each
 * value into its output slot from `init`; `mean` divides by the reduced count.
 */
export function reduceData(data: readonly number[], shape: readonly number[], axes: readonly number[], acc: (a: number, v: number) => number, init: number, mean = false): number[] {
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
