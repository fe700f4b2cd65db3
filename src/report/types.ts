import type { Convention } from '../core/conventions.js';
import type { Counts } from '../core/counts.js';

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
  ops: Counts;
  params: bigint;
  trainable_params: bigint;
  /** The layer's weights at their stored dtype size (0 when the adapter sets none). */
  weights_bytes?: bigint;
  /** Bytes of activations live while this layer runs (docs/conventions.md, "Memory"). */
  activation_bytes?: bigint;
  /** Set when the layer type has no rule and the `unknown: warn` policy counted it as 0. */
  unknown?: true;
  note?: string;
}

export interface LayerReport extends LayerRow {
  index: number;
  macs: bigint;
  flops: bigint;
  weights_bytes: bigint;
  activation_bytes: bigint;
}

export interface ModelReport {
  name: string;
  path: string;
  format: ModelFormat;
  convention: Convention;
  flops: bigint;
  /** True when an unknown layer was counted as 0: the real total is at least `flops`. */
  lower_bound: boolean;
  macs: bigint;
  params: bigint;
  trainable_params: bigint;
  non_trainable_params: bigint;
  /** Every weight at its stored size, from the file's metadata (never from the weights). */
  weights_bytes: bigint;
  /** The same by dtype: `{float32: 358440}`. */
  weights_by_dtype: Record<string, bigint>;
  /** The peak of live activations over the walk, at batch_size. */
  activation_bytes: bigint;
  batch_size: number;
  input_shapes: Shape[];
  /**
   * The tool that wrote the file, as the file says it ("pytorch 2.13.0"): exporters differ in
   * what they fold and duplicate (docs/onnx-ops.md), so a reviewer needs to know which one.
   */
  producer?: string;
  /** Forward FLOPs x3, an estimate; labelled as such wherever it is shown. */
  training_flops_estimate: bigint;
  unknown: { layer: string; type: string }[];
  layers: LayerReport[];
}
