import { choice, int, one, product } from './config.js';
import type { LayerRule } from './rule.js';
import { assemble, layout } from './spatial.js';

/** Rescaling: x * scale + offset (Keras always applies both): one mul and one add per element. */
export const Rescaling: LayerRule = (call) => {
  const x = one(call);
  const n = product(x);
  return { outputs: [x], ops: { mul: n, add: n }, params: 0 };
};

const INTERPOLATIONS = ['bilinear', 'nearest', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'] as const;

/** Resizing to height x width: one interpolation per output element (none for nearest). */
export const Resizing: LayerRule = (call) => {
  const l = layout(call, 2);
  const h = int(call, 'height');
  const w = int(call, 'width');
  const interp = choice(call, 'interpolation', INTERPOLATIONS, 'bilinear');
  const out = assemble(l, [h, w], l.channels);
  return { outputs: [out], ops: interp === 'nearest' ? {} : { resize: product(out) }, params: 0 };
};

/**
 * CenterCrop to height x width: a slice, no arithmetic; an input smaller than the target is
 * first resized (Keras), one interpolation per output element.
 */
export const CenterCrop: LayerRule = (call) => {
  const l = layout(call, 2);
  const h = int(call, 'height');
  const w = int(call, 'width');
  const out = assemble(l, [h, w], l.channels);
  const resized = l.spatial[0] < h || l.spatial[1] < w;
  return { outputs: [out], ops: resized ? { resize: product(out) } : {}, params: 0 };
};
