import { big } from '../../core/counts.js';
import { assemble } from '../../core/ops/conv.js';
import { reshape, transpose } from '../../core/ops/layout.js';
import { upsample } from '../../core/ops/resize.js';
import { shaped } from '../../core/tensor.js';
import { choice, fail, int, intList, lookup, one, tuple } from './config.js';
import { fromCore, type LayerCall, type LayerRule } from './rule.js';
import { layout } from './spatial.js';

/** Reshape to `target_shape` (without batch; one -1 takes what is left): data movement. */
export const Reshape: LayerRule = (call) => {
  const x = one(call);
  return fromCore(reshape(shaped(x), [x[0], ...intList(call, 'target_shape')]));
};

/** Permute `dims` (1-based, batch excluded, as Keras numbers them). */
export const Permute: LayerRule = (call) => {
  const x = one(call);
  const dims = intList(call, 'dims');
  const sorted = [...dims].sort((a, b) => a - b);
  if (dims.length !== x.length - 1 || sorted.some((d, i) => d !== i + 1)) fail(call, `dims ${JSON.stringify(dims)} is not a permutation of 1..${x.length - 1}`);
  return fromCore(transpose(shaped(x), [0, ...dims]));
};

/** RepeatVector(n): [B, F] -> [B, n, F], a copy whose tile multiples the graph computes (one `shape` op per sample). */
export const RepeatVector: LayerRule = (call) => {
  const x = one(call);
  if (x.length !== 2) fail(call, `expects an input of rank 2, got [${x.join(', ')}]`);
  return { outputs: [[x[0], int(call, 'n'), x[1]]], ops: { shape: big(x[0]) }, params: 0n };
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
    if (v.length === rank && v.every((p) => Array.isArray(p) && p.length === 2 && p.every(okInt))) return v.map((p: number[]) => [p[0], p[1]]);
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
    return { outputs: [assemble(l, spatial, l.channels)], ops: {}, params: 0n };
  };
}

/** ZeroPadding1D/2D/3D: copies into a larger zero tensor; no arithmetic. */
export function zeroPadding(rank: number): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const p = pairs(call, 'padding', rank, 1);
    return { outputs: [assemble(l, l.spatial.map((n, i) => n + p[i][0] + p[i][1]), l.channels)], ops: {}, params: 0n };
  };
}

const INTERPOLATIONS = ['nearest', 'bilinear', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'] as const;

/** UpSampling1D/2D/3D: `size` times along each spatial axis; nearest is the only mode of 1-D/3-D. */
export function upSampling(rank: number): LayerRule {
  return (call) => {
    const l = layout(call, rank);
    const size = tuple(call, rank === 1 ? ['size', 'length'] : 'size', rank, 2);
    const interp = rank === 2 ? choice(call, 'interpolation', INTERPOLATIONS, 'nearest') : 'nearest';
    return fromCore(upsample(shaped(one(call)), size, l.channelsLast, interp === 'nearest' ? 'nearest' : 'linear'));
  };
}
