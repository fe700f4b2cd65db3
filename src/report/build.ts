import { flopsOf, type Convention } from '../core/conventions.js';
import type { LayerReport, LayerRow, ModelFormat, ModelReport, Shape } from './types.js';

export type { LayerRow };

export interface ModelMeta {
  name: string;
  path: string;
  format: ModelFormat;
  convention: Convention;
  batch_size: number;
  input_shapes: Shape[];
  quantization?: string;
}

/** Totals are sums of the rows, so the table and the total can never disagree. */
export function buildModelReport(meta: ModelMeta, rows: LayerRow[]): ModelReport {
  const layers: LayerReport[] = rows.map((r, index) => ({
    index,
    name: r.name,
    type: r.type,
    input_shape: r.input_shape,
    output_shape: r.output_shape,
    // Every multiply-accumulate, whether TF's profiler counts it or not: the macs convention's weights.
    macs: flopsOf(r.ops, 'macs'),
    flops: flopsOf(r.ops, meta.convention),
    params: r.params,
    trainable_params: r.trainable_params,
    ops: r.ops,
    ...(r.unknown ? { unknown: true as const } : {}),
    ...(r.note ? { note: r.note } : {}),
  }));
  const sum = (f: (l: LayerReport) => bigint) => layers.reduce((a, l) => a + f(l), 0n);
  const flops = sum((l) => l.flops);
  const params = sum((l) => l.params);
  const trainable = sum((l) => l.trainable_params);
  const unknown = layers.filter((l) => l.unknown).map((l) => ({ layer: l.name, type: l.type }));
  return {
    ...meta,
    flops,
    lower_bound: unknown.length > 0,
    macs: sum((l) => l.macs),
    params,
    trainable_params: trainable,
    non_trainable_params: params - trainable,
    training_flops_estimate: 3n * flops,
    unknown,
    layers,
  };
}
