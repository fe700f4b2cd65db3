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

/** The explicit (before, after) pads of every spatial axis. */
function axisPads(spatial: readonly number[], w: Windows): (readonly [number, number])[] {
  const n = spatial.length;
  const dil = w.dilations ?? spatial.map(() => 1);
  if (w.kernel.length !== n || w.strides.length !== n || dil.length !== n || (typeof w.pads !== 'string' && w.pads.length !== n)) {
    fault(`window attributes do not match ${n} spatial dimension${n === 1 ? '' : 's'}`);
  }
  return spatial.map((len, i) => (typeof w.pads === 'string' ? padsFor(w.pads, len, w.kernel[i], w.strides[i], dil[i]) : w.pads[i]));
}

/** Output lengths of the windows over `spatial`. */
export function windowed(spatial: readonly number[], w: Windows): number[] {
  const pads = axisPads(spatial, w);
  const dil = w.dilations ?? spatial.map(() => 1);
  return spatial.map((len, i) => windowOutput(len, { kernel: w.kernel[i], stride: w.strides[i], dilation: dil[i], pads: pads[i], ceil: w.ceil }));
}

/**
 * The output positions per sample of a dilated convolution as TF computes it: tf.nn.convolution
 * and depthwise_conv2d run a dilation d > 1 as SpaceToBatchND, a plain stride-1 convolution,
 * BatchToSpaceND. Each padded axis (length E = L + its pads) is padded further to a multiple of
 * d and split into d interleaved ones of E' / d, on which the kernel k fits E' / d - k + 1
 * times: (ceil(E / d) - k + 1) d positions, at least the layer's output and more when E is not
 * a multiple of d. A stride with a dilation (which tf.nn.convolution refuses and Keras runs for
 * depthwise convolutions as a stride-1 convolution then a subsampling) is the stride-1 grid.
 */
function spaceToBatchGrid(spatial: readonly number[], w: Windows): bigint {
  const pads = axisPads(spatial, w);
  const dil = w.dilations ?? spatial.map(() => 1);
  let grid = 1n;
  spatial.forEach((len, i) => {
    const e = len + pads[i][0] + pads[i][1];
    grid *= BigInt(Math.max((Math.ceil(e / dil[i]) - w.kernel[i] + 1) * dil[i], 0));
  });
  return grid;
}

/**
 * The data format TF's convolution kernel is given. Keras passes its layer's data_format; a
 * format with one fixed layout (ONNX, channels first) is costed as TF's own default runs the
 * op, channels last (as TF's converters transpose it), so that its op costs what the Keras
 * layer of the same meaning costs in Keras' default layout.
 */
export type TfDataFormat = 'channels_last' | 'channels_first';

export interface ConvSpec extends Windows {
  channelsLast: boolean;
  /** Output channels. */
  filters: number;
  groups: number;
  bias: boolean;
  /**
   * A depthwise convolution (groups = Cin): TF has a kernel of its own for it
   * (DepthwiseConv2dNative) where a grouped convolution has none. Keras' DepthwiseConv and
   * SeparableConv layers are; a Conv layer with groups = Cin is not (Keras runs it grouped).
   */
  depthwise?: boolean;
  tfDataFormat?: TfDataFormat;
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
 *
 * How Keras' TF backend runs it decides what TF's profiler sees: a grouped convolution (not
 * depthwise) and a channels-first 3-D one run inside an XLA-compiled function call, which the
 * profiler counts as 0, and the bias addition after it has no static shape, so 0 too:
 * `mac_uncounted` and `bias_uncounted`. Otherwise TF counts 2 per MAC, and a dilated
 * convolution computes its space-to-batch grid (spaceToBatchGrid): the positions beyond the
 * output are `mac_padding`.
 */
export function conv(x: Tensor, s: ConvSpec): OpResult {
  const l = layoutOf(x.shape, s.kernel.length, s.channelsLast);
  checkGroups(l.channels, s.filters, s.groups);
  const outSpatial = windowed(l.spatial, s);
  const out = assemble(l, outSpatial, s.filters);
  const perOutput = big(l.channels / s.groups, size(s.kernel));
  const macs = big(size(out)) * perOutput;
  const rank = s.kernel.length;
  const depthwise = s.depthwise === true && s.groups === l.channels && rank <= 2;
  const xla = (s.groups > 1 && !depthwise) || (rank === 3 && s.tfDataFormat === 'channels_first');
  const counts: Counts = xla ? { mac_uncounted: macs } : { mac: macs };
  if (s.bias) counts[xla ? 'bias_uncounted' : 'bias'] = big(size(out));
  if (!xla && (s.dilations ?? []).some((d) => d > 1)) {
    const padding = (spaceToBatchGrid(l.spatial, s) - big(size(outSpatial))) * big(l.batch, s.filters) * perOutput;
    if (padding > 0n) counts.mac_padding = padding;
  }
  return result([tensor(out, x.dtype)], counts, perOutput * BigInt(s.filters) + (s.bias ? BigInt(s.filters) : 0n));
}

export interface ConvTransposeSpec {
  channelsLast: boolean;
  filters: number;
  kernel: readonly number[];
  strides: readonly number[];
  groups: number;
  bias: boolean;
  /** Output spatial lengths (core/window.ts transposedOutput or transposedModeOutput). */
  outSpatial: readonly number[];
  tfDataFormat?: TfDataFormat;
}

/**
 * Transposed convolution: every input element scatters into a kernel window of each output
 * channel of its group,
 *   MACs = batch x input positions x Cin x (filters / groups) x prod(kernel)
 * plus one bias addition per output element. Weights prod(kernel) x Cin x filters / groups
 * (+ filters).
 *
 * TF's profiler never counts these MACs (`mac_uncounted`). A 1-D or 2-D one runs as
 * Conv2DBackpropInput, whose statistics estimate the input grid as the output divided by the
 * strides: 2 x output elements x prod(kernel) x Cin / prod(strides), in true division,
 * truncated (`deconv_estimate`); this equals 2 x MACs only when the output is the input times
 * the strides (same padding, no output_padding). A channels-first one makes those statistics
 * raise (they read NHWC), a 3-D one is Conv3DBackpropInputV2, and a grouped one has no TF op:
 * no estimate. The bias is counted either way.
 */
export function convTranspose(x: Tensor, s: ConvTransposeSpec): OpResult {
  const l = layoutOf(x.shape, s.kernel.length, s.channelsLast);
  checkGroups(l.channels, s.filters, s.groups);
  if (s.outSpatial.length !== l.spatial.length) fault(`output shape ${fmt(s.outSpatial)} does not fit ${l.spatial.length} spatial dimensions`);
  if (s.strides.length !== l.spatial.length) fault(`strides ${fmt(s.strides)} do not fit ${l.spatial.length} spatial dimensions`);
  const out = assemble(l, s.outSpatial, s.filters);
  const weights = big(size(s.kernel), l.channels, s.filters / s.groups);
  const counts: Counts = { mac_uncounted: big(l.batch, size(l.spatial)) * weights };
  if (s.kernel.length <= 2 && s.groups === 1 && s.tfDataFormat !== 'channels_first') {
    counts.deconv_estimate = (2n * big(size(out), size(s.kernel), l.channels)) / big(...s.strides);
  }
  if (s.bias) counts.bias = big(size(out));
  return result([tensor(out, x.dtype)], counts, weights + (s.bias ? BigInt(s.filters) : 0n));
}

export interface PoolSpec extends Windows {
  channelsLast: boolean;
}

/**
 * Max or average pooling: each output element reduces its window, one comparison or addition
 * per window element (padding positions included) per output element: out x prod(kernel),
 * `maxpool`/`avgpool` over one or two spatial axes (TF's MaxPool/AvgPool; Keras transposes a
 * channels-first input), `pool_uncounted` over three or more (MaxPool3D and AvgPool3D have no
 * statistics).
 */
export function pool(kind: 'max' | 'avg', x: Tensor, s: PoolSpec): OpResult {
  const l = layoutOf(x.shape, s.kernel.length, s.channelsLast);
  const out = assemble(l, windowed(l.spatial, s), l.channels);
  const op = s.kernel.length >= 3 ? 'pool_uncounted' : kind === 'max' ? 'maxpool' : 'avgpool';
  return result([tensor(out, x.dtype)], { [op]: big(size(out), size(s.kernel)) });
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
 * element per output element; per axis the windows' sizes sum, and the axes multiply. These
 * windows are the layer's arithmetic, `pool_uncounted`: Keras' TF backend computes them
 * otherwise. Axis by axis, it pools the whole axis at stride 1 twice, with the small window
 * s = ceil(L / out) and the big one s + 1, and gathers the windows it needs from the two
 * (`pool_gather`: window x output elements of each pool, TF's MaxPool/AvgPool for one or two
 * spatial axes, MaxPool3D/AvgPool3D and so uncounted for three). The gather indices cost
 * 9 x out per axis (`index`): start and end (a Mul and a RealDiv each), two Minimums, the
 * window size (Sub), an Equal with the big window and an AddV2 to the big pool's offset.
 * A maximum and an average cost alike.
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
  const counts: Counts = { pool_uncounted: big(l.batch, l.channels) * covered, index: big(l.batch, 9, outSize.reduce((a, b) => a + b, 0)) };
  if (outSize.length <= 2) {
    // Axis i pools a tensor whose earlier axes are already gathered to their output sizes.
    let gather = 0n;
    l.spatial.forEach((n, i) => {
      const small = Math.ceil(n / outSize[i]);
      const windows = BigInt(small * (n - small + 1) + (small + 1) * Math.max(n - small, 0));
      const others = big(...outSize.slice(0, i), ...l.spatial.slice(i + 1));
      gather += big(l.batch, l.channels) * others * windows;
    });
    counts.pool_gather = gather;
  }
  const out = assemble(l, outSize, l.channels);
  return result([tensor(out, x.dtype)], counts);
}
