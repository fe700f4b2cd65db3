import { binary } from '../../core/ops/elementwise.js';
import { assemble } from '../../core/ops/conv.js';
import { resize, type Interpolation } from '../../core/ops/resize.js';
import { addCounts, big } from '../../core/counts.js';
import { shaped } from '../../core/tensor.js';
import { bool, choice, int, one } from './config.js';
import { fromCore, type LayerRule } from './rule.js';
import { layout } from './spatial.js';

/** Rescaling: x * scale + offset (Keras always applies both): one mul and one add per element. */
export const Rescaling: LayerRule = (call) => {
  const x = shaped(one(call));
  const scalar = shaped([]);
  const r = binary('mul', x, scalar);
  addCounts(r.counts, binary('add', x, scalar).counts);
  return fromCore(r);
};

const INTERPOLATIONS = ['bilinear', 'nearest', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'] as const;
const MODES: Record<(typeof INTERPOLATIONS)[number], Interpolation> = {
  bilinear: 'linear', nearest: 'nearest', bicubic: 'cubic', area: 'area', lanczos3: 'filter', lanczos5: 'filter', gaussian: 'filter', mitchellcubic: 'filter',
};

/** int(float32(a) / b), as Keras' TF backend sizes a crop or a pad. */
const ratio = (a: number, b: number) => Math.trunc(Math.fround(Math.fround(a) / b));

/**
 * Resizing to height x width: one interpolation per output element (none for nearest), and
 * the scale of a kernel-filter or antialiased resize (core resize). Keras' TF backend sizes
 * `crop_to_aspect_ratio`'s crop in the graph: 14 scalar ops per image (two Muls, four
 * RealDivs, two Minimums, two Maximums, two Subs, two AddV2s); `pad_to_aspect_ratio`'s pad in
 * 12 (two Muls, four RealDivs, two Maximums, two Subs, two Greaters) and fills the pad on
 * each side as ones x fill_value: a multiplication per element of the two slabs.
 */
export const Resizing: LayerRule = (call) => {
  const l = layout(call, 2);
  const [th, tw] = [int(call, 'height'), int(call, 'width')];
  const out = assemble(l, [th, tw], l.channels);
  const interp = choice(call, 'interpolation', INTERPOLATIONS, 'bilinear');
  const r = resize(shaped(one(call)), out, MODES[interp], bool(call, 'antialias', false));
  const b = big(l.batch);
  if (bool(call, 'crop_to_aspect_ratio', false)) addCounts(r.counts, { shape: 14n * b });
  else if (bool(call, 'pad_to_aspect_ratio', false)) {
    const [h, w] = l.spatial;
    const hStart = Math.trunc(Math.fround(Math.max(h, ratio(w * th, tw)) - h) / 2);
    const wStart = Math.trunc(Math.fround(Math.max(w, ratio(h * tw, th)) - w) / 2);
    addCounts(r.counts, { shape: 12n * b, mul: 2n * b * big(l.channels) * (big(hStart, w) + big(h, wStart)) });
  }
  return fromCore(r);
};

/**
 * CenterCrop to height x width: a slice, no arithmetic; an input smaller than the target is
 * first resized (Keras), one interpolation per output element.
 */
export const CenterCrop: LayerRule = (call) => {
  const l = layout(call, 2);
  const [h, w] = [int(call, 'height'), int(call, 'width')];
  const out = assemble(l, [h, w], l.channels);
  const resized = l.spatial[0] < h || l.spatial[1] < w;
  return fromCore(resize(shaped(one(call)), out, resized ? 'linear' : 'nearest'));
};

/**
 * RandomCrop: identity at inference since Keras 3.8 (which crops only when training), so the
 * output is the input, whatever shape Keras declares for it (the crop). Keras 2 and Keras 3
 * before 3.8 center-cropped and resized at inference (CenterCrop); a file does not say which
 * Keras wrote it, and flopgate follows the current one, as TF runs it.
 */
export const RandomCrop: LayerRule = (call) => {
  const l = layout(call, 2);
  int(call, 'height');
  int(call, 'width');
  return { outputs: [assemble(l, l.spatial, l.channels)], ops: {}, params: 0n };
};
