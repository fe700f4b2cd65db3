/** Convolutions and pooling: sliding windows over the spatial axes of a batch-first tensor. */
import { big, type Counts } from '../counts.js';
import { fault } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { fmt, size, tensor, type Tensor } from '../tensor.js';
import { padsFor, windowOutput, type PadMode } from '../window.js';

/** A batch-first tensor split into batch, spatial axes and channels. */
export interface Layout {
  channelsLast: boolean;
  batch: number;
  spatial: number[];
  channels: number;
}

/** `x` read as [batch, spatial..., channels] (channels last) or [batch, channels, spatial...]. */
export function layoutOf(x: readonly number[], spatialRank: number, channelsLast: boolean): Layout {
  if (x.length !== spatialRank + 2) {
    fault(`expects an input of rank ${spatialRank + 2} (batch, ${spatialRank} spatial dimension${spatialRank > 1 ? 's' : ''} and channels), got shape ${fmt(x)}`);
  }
  return channelsLast
    ? { channelsLast, batch: x[0], spatial: x.slice(1, -1), channels: x[x.length - 1] }
    : { channelsLast, batch: x[0], spatial: x.slice(2), channels: x[1] };
}

export function assemble(l: Layout, spatial: readonly number[], channels: number): number[] {
  return l.channelsLast ? [l.batch, ...spatial, channels] : [l.batch, channels, ...spatial];
}

/** Per-axis window attributes; `pads` explicit (before, after) per axis, or a mode. */
export interface Windows {
  kernel: readonly number[];
  strides: readonly number[];
  dilations?: readonly number[];
  pads: readonly (readonly [number, number])[] | PadMode;
  /** ONNX ceil_mode. */
  ceil?: boolean;
}

/** Output lengths of the windows over `spatial`. */
export function windowed(spatial: readonly number[], w: Windows): number[] {
  const n = spatial.length;
  const dil = w.dilations ?? spatial.map(() => 1);
  if (w.kernel.length !== n || w.strides.length !== n || dil.length !== n || (typeof w.pads !== 'string' && w.pads.length !== n)) {
    fault(`window attributes do not match ${n} spatial dimension${n === 1 ? '' : 's'}`);
  }
  return spatial.map((len, i) => {
    const pads = typeof w.pads === 'string' ? padsFor(w.pads, len, w.kernel[i], w.strides[i], dil[i]) : w.pads[i];
    return windowOutput(len, { kernel: w.kernel[i], stride: w.strides[i], dilation: dil[i], pads, ceil: w.ceil });
  });
}

export interface ConvSpec extends Windows {
  channelsLast: boolean;
  /** Output channels. */
  filters: number;
  groups: number;
  bias: boolean;
}

function checkGroups(channels: number, filters: number, groups: number): void {
  if (!Number.isSafeInteger(groups) || groups < 1 || channels % groups !== 0 || filters % groups !== 0) {
    fault(`groups ${groups} must divide both the ${channels} input channels and the ${filters} filters`);
  }
}

/**
 * Convolution (1-D, 2-D, 3-D; grouped and depthwise as groups): every output element is a dot
 * product over a (Cin / groups) x kernel window,
 *   MACs = output elements x Cin / groups x prod(kernel)
 * plus one bias addition per output element. Weights prod(kernel) x Cin / groups x filters
 * (+ filters). A depthwise convolution is groups = Cin, filters = Cin x depth multiplier.
 */
export function conv(x: Tensor, s: ConvSpec): OpResult {
  const l = layoutOf(x.shape, s.kernel.length, s.channelsLast);
  checkGroups(l.channels, s.filters, s.groups);
  const out = assemble(l, windowed(l.spatial, s), s.filters);
  const perOutput = big(l.channels / s.groups, size(s.kernel));
  const counts: Counts = { mac: big(size(out)) * perOutput };
  if (s.bias) counts.bias = big(size(out));
  return result([tensor(out, x.dtype)], counts, perOutput * BigInt(s.filters) + (s.bias ? BigInt(s.filters) : 0n));
}

export interface ConvTransposeSpec {
  channelsLast: boolean;
  filters: number;
  kernel: readonly number[];
  groups: number;
  bias: boolean;
  /** Output spatial lengths (core/window.ts transposedOutput or transposedModeOutput). */
  outSpatial: readonly number[];
}

/**
 * Transposed convolution: every input element scatters into a kernel window of each output
 * channel of its group,
 *   MACs = batch x input positions x Cin x (filters / groups) x prod(kernel)
 * plus one bias addition per output element. Weights prod(kernel) x Cin x filters / groups
 * (+ filters).
 */
export function convTranspose(x: Tensor, s: ConvTransposeSpec): OpResult {
  const l = layoutOf(x.shape, s.kernel.length, s.channelsLast);
  checkGroups(l.channels, s.filters, s.groups);
  if (s.outSpatial.length !== l.spatial.length) fault(`output shape ${fmt(s.outSpatial)} does not fit ${l.spatial.length} spatial dimensions`);
  const out = assemble(l, s.outSpatial, s.filters);
  const weights = big(size(s.kernel), l.channels, s.filters / s.groups);
  const counts: Counts = { mac: big(l.batch, size(l.spatial)) * weights };
  if (s.bias) counts.bias = big(size(out));
  return result([tensor(out, x.dtype)], counts, weights + (s.bias ? BigInt(s.filters) : 0n));
}

export interface PoolSpec extends Windows {
  channelsLast: boolean;
}

/**
 * Max or average pooling: each output element reduces its window, one comparison or addition
 * per window element (padding positions included) per output element: out x prod(kernel).
 */
export function pool(kind: 'max' | 'avg', x: Tensor, s: PoolSpec): OpResult {
  const l = layoutOf(x.shape, s.kernel.length, s.channelsLast);
  const out = assemble(l, windowed(l.spatial, s), l.channels);
  return result([tensor(out, x.dtype)], { [kind === 'max' ? 'maxpool' : 'avgpool']: big(size(out), size(s.kernel)) });
}

/**
 * Global pooling over every spatial axis: an average is a mean over the input elements, a
 * maximum a max reduction (one per input element); `keepdims` keeps the axes as size 1.
 */
export function globalPool(kind: 'max' | 'avg', x: Tensor, spatialRank: number, channelsLast: boolean, keepdims: boolean): OpResult {
  const l = layoutOf(x.shape, spatialRank, channelsLast);
  const out = keepdims ? assemble(l, l.spatial.map(() => 1), l.channels) : [l.batch, l.channels];
  return result([tensor(out, x.dtype)], { [kind === 'max' ? 'reduce_max' : 'mean']: big(size(x.shape)) });
}

/**
 * Adaptive pooling to `outSize` windows per axis, window i covering [floor(i L / out),
 * ceil((i + 1) L / out)) as PyTorch defines them: one comparison or addition per window
 * element per output element; per axis the windows' sizes sum, and the axes multiply.
 */
export function adaptivePool(kind: 'max' | 'avg', x: Tensor, outSize: readonly number[], channelsLast: boolean): OpResult {
  const l = layoutOf(x.shape, outSize.length, channelsLast);
  let covered = 1n;
  l.spatial.forEach((n, i) => {
    const o = outSize[i];
    // The windows are summed one by one: an output size beyond any real one is refused, not looped over.
    if (!Number.isSafeInteger(o) || o < 1 || o > 2 ** 24) fault(`output size must be a positive integer up to 2^24, got ${o}`);
    let sum = 0;
    for (let j = 0; j < o; j++) sum += Math.min(Math.ceil(((j + 1) * n) / o), n) - Math.min(Math.floor((j * n) / o), n - 1);
    covered *= BigInt(sum);
  });
  const out = assemble(l, outSize, l.channels);
  return result([tensor(out, x.dtype)], { [kind === 'max' ? 'maxpool' : 'avgpool']: big(l.batch, l.channels) * covered });
}
