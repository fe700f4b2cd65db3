import { binary } from '../../core/ops/elementwise.js';
import { assemble } from '../../core/ops/conv.js';
import { resize } from '../../core/ops/resize.js';
import { addCounts } from '../../core/counts.js';
import { shaped } from '../../core/tensor.js';
import { choice, int, one } from './config.js';
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

/** Resizing to height x width: one interpolation per output element (none for nearest). */
export const Resizing: LayerRule = (call) => {
  const l = layout(call, 2);
  const out = assemble(l, [int(call, 'height'), int(call, 'width')], l.channels);
  const interp = choice(call, 'interpolation', INTERPOLATIONS, 'bilinear');
  return fromCore(resize(shaped(one(call)), out, interp === 'nearest' ? 'nearest' : 'linear'));
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
