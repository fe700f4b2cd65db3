import type { Counts } from '../core/counts.js';
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
  producer?: string;
  /** Weight bytes by dtype, as the adapter tallied them (the rows hold their totals). */
  weights_by_dtype?: Record<string, bigint>;
}

/** The counts of a layer that does nothing per inference; shared, never written to. */
export const NO_OPS: Counts = Object.freeze({});

/**
 * A layer row made in the report's own key order, which buildModelReport completes in place
 * rather than copying: a graph of 400k nodes has 400k rows, and a copy of each is ~50 MB.
 */
export function layerRow(name: string, type: string, input_shape: Shape | Shape[]): LayerReport {
  return { index: 0, name, type, input_shape, output_shape: [], macs: 0n, flops: 0n, params: 0n, trainable_params: 0n, weights_bytes: 0n, activation_bytes: 0n, ops: NO_OPS };
}

function complete(r: LayerRow, index: number, convention: Convention): LayerReport {
  // Every multiply-accumulate, whether TF's profiler counts it or not: the macs convention's weights.
  const macs = flopsOf(r.ops, 'macs');
  const flops = flopsOf(r.ops, convention);
  if ('macs' in r) {
    const l = r as LayerReport;
    l.index = index;
    l.macs = macs;
    l.flops = flops;
    return l;
  }
  return {
    index,
    name: r.name,
    type: r.type,
    input_shape: r.input_shape,
    output_shape: r.output_shape,
    macs,
    flops,
    params: r.params,
    trainable_params: r.trainable_params,
    weights_bytes: r.weights_bytes ?? 0n,
    activation_bytes: r.activation_bytes ?? 0n,
    ops: r.ops,
    ...(r.unknown ? { unknown: true as const } : {}),
    ...(r.note ? { note: r.note } : {}),
  };
}

/** Totals are sums of the rows, so the table and the total can never disagree. */
export function buildModelReport(meta: ModelMeta, rows: LayerRow[]): ModelReport {
  const layers: LayerReport[] = rows.map((r, index) => complete(r, index, meta.convention));
  const sum = (f: (l: LayerReport) => bigint) => layers.reduce((a, l) => a + f(l), 0n);
  const flops = sum((l) => l.flops);
  const params = sum((l) => l.params);
  const trainable = sum((l) => l.trainable_params);
  const unknown = layers.filter((l) => l.unknown).map((l) => ({ layer: l.name, type: l.type }));
  let peak = 0n;
  for (const l of layers) if (l.activation_bytes > peak) peak = l.activation_bytes;
  const { weights_by_dtype: byDtype, ...rest } = meta;
  return {
    ...rest,
    flops,
    lower_bound: unknown.length > 0,
    macs: sum((l) => l.macs),
    params,
    trainable_params: trainable,
    non_trainable_params: params - trainable,
    weights_bytes: sum((l) => l.weights_bytes),
    weights_by_dtype: byDtype ?? {},
    activation_bytes: peak,
    training_flops_estimate: 3n * flops,
    unknown,
    layers,
  };
}
