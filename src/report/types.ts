import type { Convention } from '../costs/conventions.js';
import type { OpCounts } from '../costs/ops.js';

/** A tensor shape; `null` is a dimension nobody has fixed (only before shapes are bound). */
export type Shape = (number | null)[];

export type ModelFormat = 'keras' | 'h5' | 'tfjs' | 'onnx' | 'inline';

/** A measured layer before a convention turns its op counts into FLOPs. */
export interface LayerRow {
  /** Path-like for nested models: `outer/inner`. */
  name: string;
  /** Keras class name or ONNX op type (with domain when not the default one). */
  type: string;
  /** One shape, or a list when the layer takes several inputs (as Keras reports it). */
  input_shape: Shape | Shape[];
  output_shape: Shape | Shape[];
  ops: OpCounts;
  params: number;
  trainable_params: number;
  /** Set when the layer type has no rule and the `unknown: warn` policy counted it as 0. */
  unknown?: true;
  note?: string;
}

export interface LayerReport extends LayerRow {
  index: number;
  macs: number;
  flops: number;
}

export interface ModelReport {
  name: string;
  path: string;
  format: ModelFormat;
  convention: Convention;
  flops: number;
  /** True when an unknown layer was counted as 0: the real total is at least `flops`. */
  lower_bound: boolean;
  macs: number;
  params: number;
  trainable_params: number;
  non_trainable_params: number;
  batch_size: number;
  input_shapes: Shape[];
  /** Forward FLOPs x3, an estimate; labelled as such wherever it is shown. */
  training_flops_estimate: number;
  unknown: { layer: string; type: string }[];
  layers: LayerReport[];
}
