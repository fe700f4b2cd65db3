import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DirFiles, type FileSet } from './io/file-set.js';
import { MODEL_FILES_IN_DIRECTORY } from './formats/index.js';
import { atReaderBoundary } from './errors.js';
import { openModel } from './formats/index.js';
import type { OpenedModel } from './formats/types.js';
import { FileSource, type ByteSource } from './io/byte-source.js';
import { PagedReader } from './io/paged-reader.js';
import { bindInputShapes } from './keras/bind.js';
import { declaredInputs, walkModel, type WalkContext } from './keras/graph.js';
import { inlineSpec } from './keras/inline.js';
import type { ModelSpec } from './keras/model.js';
import { normalizeModel } from './keras/normalize.js';
import { analyzeOnnxModel } from './onnx/analyze.js';
import { analyzeTfliteModel } from './tflite/analyze.js';
import { analyzeSavedModel } from './tf/saved-model.js';
import { analyzeGraphModel } from './tf/graph-model.js';
import { DEFAULTS, type AnalyzeOptions } from './options.js';
import { buildModelReport } from './report/build.js';
import type { ModelFormat, ModelReport } from './report/types.js';

export { inlineSpec };

/**
 * A measured model, and (Keras family) the architecture it was measured from: what a fit
 * builds its model from, so a model file is read once per run.
 */
export interface Analysis {
  report: ModelReport;
  keras?: ModelSpec;
}

/** A tfjs model is a directory holding model.json: the directory names it. */
function displayName(label: string): string {
  const base = basename(label);
  return base === 'model.json' && basename(dirname(label)) ? basename(dirname(label)) : base;
}

/** Measures a Keras-family architecture under the options' convention. */
export function analyzeSpec(spec: ModelSpec, format: ModelFormat, label: string, opts: AnalyzeOptions): ModelReport {
  const batchSize = opts.batchSize ?? DEFAULTS.batchSize;
  const convention = opts.convention ?? DEFAULTS.convention;
  const inputs = bindInputShapes(declaredInputs(spec, label), opts.inputShapes, batchSize, label);
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
function kerasArchitecture(opened: OpenedModel, label: string): ModelSpec | undefined {
  if (opened.kind === 'keras') return normalizeModel(opened.config, label);
  if (opened.kind === 'inline') return inlineSpec(opened.layers, label);
  return undefined;
}

async function measure(opened: OpenedModel, label: string, opts: AnalyzeOptions): Promise<Analysis> {
  if (opened.kind === 'onnx') return { report: (await analyzeOnnxModel(opened.model, opened.wire, label, opts)).report };
  if (opened.kind === 'tflite') return { report: await analyzeTfliteModel(opened.model, opened.fb, label, opts) };
  if (opened.kind === 'saved_model') return { report: await analyzeSavedModel(opened.doc, label, opts) };
  if (opened.kind === 'tfjs_graph') return { report: await analyzeGraphModel(opened.doc, opened.files, label, opts) };
  const spec = kerasArchitecture(opened, label)!;
  const given = opened.kind === 'inline' ? { inputShapes: opts.inputShapes ?? opened.inputShapes } : {};
  return { report: analyzeSpec(spec, opened.format, label, { ...opts, ...given }), keras: spec };
}

/**
 * Reads any model file the formats know (detected from its bytes) and measures it; `files`
 * are the files beside it that its format may name (a graph model's weight shards).
 */
export async function analyzeModel(src: ByteSource, label: string, opts: AnalyzeOptions, files?: FileSet): Promise<Analysis> {
  try {
    return await measure(await openModel(new PagedReader(src, label), label, files), label, opts);
  } catch (e) {
    throw atReaderBoundary(label, e);
  }
}

export async function analyzeSource(src: ByteSource, label: string, opts: AnalyzeOptions): Promise<ModelReport> {
  return (await analyzeModel(src, label, opts)).report;
}

/** The Keras-family architecture of a file (undefined for ONNX), read without its weights. */
export async function loadKerasSpec(src: ByteSource, label: string): Promise<ModelSpec | undefined> {
  try {
    return kerasArchitecture(await openModel(new PagedReader(src, label), label), label);
  } catch (e) {
    throw atReaderBoundary(label, e);
  }
}

/** `label` names the file in reports and errors (the path as the user wrote it). */
export async function analyzeFile(path: string, opts: AnalyzeOptions, label = path): Promise<ModelReport> {
  return (await analyzeModelFile(path, opts, label)).report;
}

/**
 * A model file, or a directory holding one: a SavedModel (saved_model.pb) or a TF.js model
 * (model.json). The files beside it are opened only when its format names them.
 */
export async function analyzeModelFile(path: string, opts: AnalyzeOptions, label = path): Promise<Analysis> {
  const inDir = modelInDirectory(path);
  const file = inDir ? join(path, inDir) : path;
  const fileLabel = inDir ? `${label.replace(/[/\\]+$/, '')}/${inDir}` : label;
  const files = new DirFiles(dirname(file), dirname(fileLabel) === '.' && !fileLabel.includes('/') ? '' : dirname(fileLabel));
  const src = await FileSource.open(file, fileLabel);
  try {
    return await analyzeModel(src, inDir === 'saved_model.pb' ? label : fileLabel, opts, files);
  } finally {
    await src.close();
    await files.close();
  }
}

/** The model file a directory holds (saved_model.pb, model.json), or undefined for a file. */
export function modelInDirectory(path: string): string | undefined {
  let st;
  try {
    st = statSync(path);
  } catch {
    return undefined;
  }
  if (!st.isDirectory()) return undefined;
  for (const name of MODEL_FILES_IN_DIRECTORY) if (existsSync(join(path, name))) return name;
  return undefined;
}

/** The budget file's inline `layers:` list. */
export function analyzeInline(layers: unknown, label: string, opts: AnalyzeOptions): ModelReport {
  return analyzeInlineModel(layers, label, opts).report;
}

export function analyzeInlineModel(layers: unknown, label: string, opts: AnalyzeOptions): Analysis {
  const spec = inlineSpec(layers, label);
  return { report: analyzeSpec(spec, 'inline', label, { name: label, ...opts }), keras: spec };
}
