import { basename, dirname } from 'node:path';
import type { OpenedModel } from '../formats/types.js';
import { DEFAULTS, type AnalyzeOptions } from '../options.js';
import { buildModelReport } from '../report/build.js';
import type { ModelFormat, ModelReport } from '../report/types.js';
import { bindInputShapes } from './bind.js';
import { declaredInputs, walkModel, type WalkContext } from './graph.js';
import { inlineSpec } from './inline.js';
import type { ModelSpec } from './model.js';
import { normalizeModel } from './normalize.js';

/** A tfjs model is a directory holding model.json: the directory names it. */
function displayName(label: string): string {
  const base = basename(label);
  return base === 'model.json' && basename(dirname(label)) ? basename(dirname(label)) : base;
}

/** Measures a Keras-family architecture under the options' convention. */
export function analyzeSpec(spec: ModelSpec, format: ModelFormat, label: string, opts: AnalyzeOptions): ModelReport {
  const batchSize = opts.batchSize ?? DEFAULTS.batchSize;
  const convention = opts.convention ?? DEFAULTS.convention;
  const inputs = bindInputShapes(declaredInputs(spec, label, opts.inputShapes), opts.inputShapes, batchSize, label);
  const ctx: WalkContext = { label, unknown: opts.unknown ?? DEFAULTS.unknown, rows: [], counted: new Set() };
  walkModel(spec, inputs, '', ctx);
  return buildModelReport(
    { name: opts.name ?? displayName(label), path: label, format, convention, batch_size: batchSize, input_shapes: inputs.map((s) => s.slice(1)) },
    ctx.rows,
  );
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
