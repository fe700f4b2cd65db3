import { basename, dirname } from 'node:path';
import { FlopgateError } from '../errors.js';
import type { OpenedModel } from '../formats/types.js';
import { DEFAULTS, knob, type AnalyzeOptions } from '../options.js';
import { buildModelReport } from '../report/build.js';
import type { ModelFormat, ModelReport } from '../report/types.js';
import { bindInputShapes } from './bind.js';
import { declaredInputs, walkModel, type WalkContext } from './graph.js';
import { inlineSpec, unknownInlineKeys } from './inline.js';
import { policyOf } from './dtype.js';
import { WalkMemory } from './memory.js';
import type { DType } from '../core/tensor.js';
import type { ModelSpec } from './model.js';
import { normalizeModel } from './normalize.js';

/** A tfjs model is a directory holding model.json: the directory names it. */
function displayName(label: string): string {
  const base = basename(label);
  return base === 'model.json' && basename(dirname(label)) ? basename(dirname(label)) : base;
}

/** Measures a Keras-family architecture under the options' convention. */
export function analyzeSpec(spec: ModelSpec, format: ModelFormat, label: string, opts: AnalyzeOptions): ModelReport {
  if (opts.dims && Object.keys(opts.dims).length) {
    throw new FlopgateError(`${label}: ${knob(opts, 'dims').split(' ')[0]} names a dimension, and Keras models name none; give the shape with ${knob(opts, 'inputShape')}`);
  }
  const batchSize = opts.batchSize ?? DEFAULTS.batchSize;
  const convention = opts.convention ?? DEFAULTS.convention;
  const inputs = bindInputShapes(declaredInputs(spec, label, opts), opts.inputShapes, batchSize, label, opts.knobs);
  const memory = new WalkMemory();
  inputs.forEach((s, i) => memory.input(s, inputDType(spec, i)));
  const ctx: WalkContext = { label, unknown: opts.unknown ?? DEFAULTS.unknown, rows: [], counted: new Set(), memory, ...(opts.knobs ? { knobs: opts.knobs } : {}) };
  let outputs: number[][];
  try {
    outputs = walkModel(spec, inputs, '', ctx);
  } catch (e) {
    // A misspelt key is often why a rule failed (`unit:` for `units:`): say that instead.
    if (format === 'inline') refuseUnknownKeys(spec, label, opts);
    throw e;
  }
  if (format === 'inline') refuseUnknownKeys(spec, label, opts);
  memory.perStep(outputs).forEach((b, k) => (ctx.rows[k]!.activation_bytes = b));
  return buildModelReport(
    { name: opts.name ?? displayName(label), path: label, format, convention, batch_size: batchSize, input_shapes: inputs.map((s) => s.slice(1)), weights_by_dtype: memory.byDtype },
    ctx.rows,
  );
}

/** The dtype model input `i` is fed in: its InputLayer's (int32 token ids), else float32. */
function inputDType(spec: ModelSpec, i: number): DType {
  const layer = spec.kind === 'sequential' ? spec.layers[0] : spec.layers.find((l) => l.name === spec.inputs[i]?.layer);
  return layer?.className === 'InputLayer' ? policyOf(layer.config).compute : 'float32';
}

/**
 * An inline layer's key its rule never read is a typo that would silently change the count
 * (`activaton: relu` leaves the layer linear): an error at the key, with a did-you-mean.
 */
function refuseUnknownKeys(spec: ModelSpec, label: string, opts: AnalyzeOptions): void {
  const bad = unknownInlineKeys(spec)[0];
  if (!bad) return;
  const where = opts.inlinePosition?.(bad.layer, bad.key) ?? `${label}: layers[${bad.layer}]`;
  throw new FlopgateError(`${where}: unknown key "${bad.key}" in inline layer ${bad.layer} (${bad.type})${bad.hint}`);
}

/**
 * The Keras-family architecture an opened file states (undefined for other formats): its
 * config (a .keras zip's config.json, an .h5's model_config, a tfjs or Keras JSON) is
 * normalised here and nowhere else.
 */
export function kerasArchitecture(opened: OpenedModel, label: string): ModelSpec | undefined {
  if (opened.kind === 'keras') return normalizeModel(opened.config, label);
  if (opened.kind === 'inline') return inlineSpec(opened.layers, label);
  return undefined;
}

/** The budget file's inline `layers:` list, measured. */
export function analyzeInline(layers: unknown, label: string, opts: AnalyzeOptions): ModelReport {
  return analyzeInlineModel(layers, label, opts).report;
}

/** The same, with the architecture a fit builds from. */
export function analyzeInlineModel(layers: unknown, label: string, opts: AnalyzeOptions): { report: ModelReport; keras: ModelSpec } {
  const spec = inlineSpec(layers, label);
  return { report: analyzeSpec(spec, 'inline', label, { name: label, ...opts }), keras: spec };
}
