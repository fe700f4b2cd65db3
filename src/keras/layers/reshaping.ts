import { choice, fail, int, intList, lookup, one, product, tuple } from './config.js';
import type { LayerCall, LayerRule } from './rule.js';
import { assemble, layout } from './spatial.js';

/**
 * Reshape to `target_shape` (without batch); one -1 takes what is left. Pure data movement:
 * no arithmetic.
 */
export const Reshape: LayerRule = (call) => {
  const x = one(call);
  const target = intList(call, 'target_shape');
  const known = product(target.filter((d) => d !== -1));
  const total = product(x.slice(1));
  const free = target.filter((d) => d === -1).length;
  if (free > 1 || target.some((d) => d < -1)) fail(call, `target_shape ${JSON.stringify(target)} may hold at most one -1 and no other negative size`);
  if (free === 1 ? known === 0 || total % known !== 0 : known !== total) {
    fail(call, `cannot reshape [${x.slice(1).join(', ')}] (${total} values) to ${JSON.stringify(target)}`);
  }
  const out = [x[0], ...target.map((d) => (d === -1 ? total / known : d))];
  return { outputs: [out], ops: {}, params: 0 };
};

/** Permute `dims` (1-based, batch excluded, as Keras numbers them). */
export const Permute: LayerRule = (call) => {
  const x = one(call);
  const dims = intList(call, 'dims');
  const sorted = [...dims].sort((a, b) => a - b);
  if (dims.length !== x.length - 1 || sorted.some((d, i) => d !== i + 1)) {
    fail(call, `dims ${JSON.stringify(dims)} is not a permutation of 1..${x.length - 1}`);
  }
  return { outputs: [[x[0], ...dims.map((d) => x[d])]], ops: {}, params: 0 };
};

/** RepeatVector(n): [B, F] -> [B, n, F], a copy. */
export const RepeatVector: LayerRule = (call) => {
  const x = one(call);
  if (x.length !== 2) fail(call, `expects an input of rank 2, got [${x.join(', ')}]`);
  // The tile multiples are computed in the graph: one shape operation (per sample, like every count).
  return { outputs: [[x[0], int(call, 'n'), x[1]]], ops: { shape: x[0] }, params: 0 };
};

/**
 * Per-axis (before, after) amounts from an int, one int per axis (symmetric) or one pair per
 * axis; 1-D layers also take a single pair.
 */
function pairs(call: LayerCall, key: string, rank: number, dflt: number): [number, number][] {
  const v = lookup(call, key)?.[1] ?? dflt;
  const okInt = (d: unknown): d is number => Number.isSafeInteger(d) && (d as number) >= 0;
  if (okInt(v)) return Array.from({ length: rank }, () => [v, v]);
  if (Array.isArray(v)) {
    if (rank === 1 && v.length === 2 && v.every(okInt)) return [[v[0], v[1]]];
    if (v.length === rank && v.every(okInt)) return v.map((d: number) => [d, d]);
    if (v.length === rank && v.every((p) => Array.isArray(p) && p.length === 2 && p.every(okInt))) {
      return v.map((p: number[]) => [p[0], p[1]]);
    }
  }
  return fail(call, `"${key}" must be an integer, ${rank} integers or ${rank} pairs, got ${JSON.stringify(v)}`);
}

/** Cropping1D/2D/3D: slices; no arithmetic. */
export function cropping(rank: number): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const p = pairs(call, 'cropping', rank, rank === 1 ? 1 : 0);
    const spatial = l.spatial.map((n, i) => {
      const left = n - p[i][0] - p[i][1];
      if (left < 1) fail(call, `cropping ${JSON.stringify(p[i])} removes all of an axis of length ${n}`);
      return left;
    });
    return { outputs: [assemble(l, spatial, l.channels)], ops: {}, params: 0 };
  };
}

/** ZeroPadding1D/2D/3D: copies into a larger zero tensor; no arithmetic. */
export function zeroPadding(rank: number): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const p = pairs(call, 'padding', rank, 1);
    return { outputs: [assemble(l, l.spatial.map((n, i) => n + p[i][0] + p[i][1]), l.channels)], ops: {}, params: 0 };
  };
}

/**
 * UpSampling1D/2D/3D: `size` times along each spatial axis. Nearest (the default, and the only
 * mode of 1-D/3-D) repeats values: no arithmetic; any other interpolation (bilinear...) is one
 * interpolation per output element.
 */
export function upSampling(rank: number): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const size = tuple(call, rank === 1 ? ['size', 'length'] : 'size', rank, 2);
    const interp = rank === 2 ? choice(call, 'interpolation', ['nearest', 'bilinear', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'], 'nearest') : 'nearest';
    const out = assemble(l, l.spatial.map((n, i) => n * size[i]), l.channels);
    // Nearest repeats along each axis with a multiple computed in the graph (one shape op per
    // axis; like every count here it is per sample, so batch size multiplies it).
    return { outputs: [out], ops: interp === 'nearest' ? { shape: l.batch * rank } : { resize: product(out) }, params: 0 };
  };
}
