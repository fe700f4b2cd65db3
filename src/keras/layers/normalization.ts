import { batchNorm, groupNorm, layerNorm, lpNorm, rmsNorm, standardize } from '../../core/ops/norm.js';
import { shaped } from '../../core/tensor.js';
import { axes, bool, int, lookup, one, product } from './config.js';
import { fromCore, type LayerRule } from './rule.js';

/** BatchNormalization at inference on its moving statistics (`axis` an int or a list). */
export const BatchNormalization: LayerRule = (call) => {
  const x = one(call);
  return fromCore(batchNorm(shaped(x), axes(call, 'axis', x.length, -1), { center: bool(call, 'center', true), scale: bool(call, 'scale', true) }));
};

/** LayerNormalization over `axis` (an int or a list; default -1), Keras 3's rms_scaling too. */
export const LayerNormalization: LayerRule = (call) => {
  const x = one(call);
  return fromCore(layerNorm(shaped(x), axes(call, 'axis', x.length, -1), {
    scale: bool(call, 'scale', true),
    center: bool(call, 'center', true),
    rms: bool(call, 'rms_scaling', false),
  }));
};

/** GroupNormalization: `groups` (default 32) of the channels on `axis` (default -1). */
export const GroupNormalization: LayerRule = (call) => {
  const x = one(call);
  const [axis] = axes(call, 'axis', x.length, -1);
  return fromCore(groupNorm(shaped(x), int(call, 'groups', 32), axis, { scale: bool(call, 'scale', true), center: bool(call, 'center', true) }));
};

/** UnitNormalization: L2 normalisation over `axis`. */
export const UnitNormalization: LayerRule = (call) => {
  const x = one(call);
  return fromCore(lpNorm(shaped(x), axes(call, 'axis', x.length, -1), 2));
};

/**
 * Normalization (preprocessing): statistics of the sizes of `axis` (null: one scalar);
 * adapted (weights) unless the config gives mean and variance.
 */
export const Normalization: LayerRule = (call) => {
  const x = one(call);
  const hit = lookup(call, 'axis');
  const c = hit === undefined && 'axis' in call.config ? 1 : product([...new Set(axes(call, 'axis', x.length, -1))].map((a) => x[a]));
  const adapted = !(lookup(call, 'mean') !== undefined && lookup(call, 'variance') !== undefined);
  return fromCore(standardize(shaped(x), c, { invert: bool(call, 'invert', false), adapted }));
};

/** RMSNormalization (Keras 3) over `axis` (int or list, default -1). */
export const RMSNormalization: LayerRule = (call) => {
  const x = one(call);
  return fromCore(rmsNorm(shaped(x), axes(call, 'axis', x.length, -1)));
};
