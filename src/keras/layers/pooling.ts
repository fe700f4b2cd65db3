import { adaptivePool as coreAdaptivePool, globalPool as coreGlobalPool, pool as corePool } from '../../core/ops/conv.js';
import { shaped } from '../../core/tensor.js';
import { bool, dataFormat, one, tuple } from './config.js';
import { fromCore, type LayerRule } from './rule.js';
import { padding } from './spatial.js';

const channelsLast = (call: Parameters<LayerRule>[0]) => dataFormat(call) === 'channels_last';

/**
 * MaxPooling/AveragePooling 1D/2D/3D: strides default to pool_size; Keras 1 wrote
 * pool_length/stride for 1-D and border_mode for padding.
 */
export function pool(rank: number, kind: 'max' | 'avg'): LayerRule {
  return (call) => {
    const size = tuple(call, ['pool_size', 'pool_length'], rank, 2);
    return fromCore(corePool(kind, shaped(one(call)), {
      channelsLast: channelsLast(call),
      kernel: size,
      strides: tuple(call, ['strides', 'stride'], rank, size),
      pads: padding(call),
    }));
  };
}

/** GlobalAverage/GlobalMax pooling 1D/2D/3D; `keepdims` keeps the spatial axes as 1. */
export function globalPool(rank: number, kind: 'max' | 'avg'): LayerRule {
  return (call) => fromCore(coreGlobalPool(kind, shaped(one(call)), rank, channelsLast(call), bool(call, 'keepdims', false)));
}

/** AdaptiveAverage/AdaptiveMax pooling 1D/2D/3D (Keras 3) to `output_size` windows per axis. */
export function adaptivePool(rank: number, kind: 'max' | 'avg'): LayerRule {
  return (call) => fromCore(coreAdaptivePool(kind, shaped(one(call)), tuple(call, 'output_size', rank), channelsLast(call)));
}
