/** Resizing and upsampling of spatial axes. */
import { big, type Counts } from '../counts.js';
import { fault } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { fmt, size, tensor, type Tensor } from '../tensor.js';
import { assemble, layoutOf } from './conv.js';

/** `filter`: the kernel-filter resamplings (lanczos3/5, gaussian, mitchellcubic). */
export type Interpolation = 'nearest' | 'linear' | 'cubic' | 'area' | 'filter';

/**
 * Resize to `out` (the whole output shape): one interpolation per output element (`resize`),
 * none for nearest neighbour, which copies. tf.image.resize runs the kernel filters, and an
 * antialiased linear or cubic resize, as ScaleAndTranslate, whose scale it first computes as
 * the new height and width over the old: two scalar RealDivs (`shape`, once per sample).
 */
export function resize(x: Tensor, out: readonly number[], mode: Interpolation, antialias = false): OpResult {
  if (out.length !== x.shape.length) fault(`output shape ${fmt(out)} does not fit input ${fmt(x.shape)}`);
  const counts: Counts = mode === 'nearest' ? {} : { resize: big(size(out)) };
  if (mode === 'filter' || (antialias && (mode === 'linear' || mode === 'cubic'))) counts.shape = big(x.shape[0] ?? 1, 2);
  return result([tensor(out, x.dtype)], counts);
}

/** Runtimes multiply in float32: floor(float(d) * scale) decides a scaled size. */
export function scaledLength(d: number, scale: number): number {
  if (!(scale > 0)) fault(`scale ${scale} must be positive`);
  return Math.floor(Math.fround(Math.fround(d) * Math.fround(scale)));
}

/**
 * Keras UpSampling1D/2D/3D: each spatial axis repeated `factors` times. Nearest (the only mode
 * of 1-D and 3-D) repeats values with a tile multiple computed in the graph: one `shape` op per
 * axis and sample; any other interpolation is one interpolation per output element.
 */
export function upsample(x: Tensor, factors: readonly number[], channelsLast: boolean, mode: Interpolation): OpResult {
  const l = layoutOf(x.shape, factors.length, channelsLast);
  if (factors.some((f) => !Number.isSafeInteger(f) || f < 1)) fault(`upsampling factors ${fmt(factors)} must be positive integers`);
  const out = assemble(l, l.spatial.map((n, i) => n * factors[i]), l.channels);
  return result([tensor(out, x.dtype)], mode === 'nearest' ? { shape: big(l.batch, factors.length) } : { resize: big(size(out)) });
}
