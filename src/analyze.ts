import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DirFiles, type FileSet } from './io/file-set.js';
import { atReaderBoundary } from './errors.js';
import { MODEL_FILES_IN_DIRECTORY, openModel } from './formats/index.js';
import type { OpenedModel } from './formats/types.js';
import { FileSource, type ByteSource } from './io/byte-source.js';
import { PagedReader } from './io/paged-reader.js';
import type { ModelSpec } from './keras/model.js';
import type { AnalyzeOptions } from './options.js';
import type { ModelReport } from './report/types.js';

/**
 * A measured model, and (Keras family) the architecture it was measured from: what a fit
 * builds its model from, so a model file is read once per run.
 */
export interface Analysis {
  report: ModelReport;
  keras?: ModelSpec;
}

/**
 * Each engine is loaded when a file of its family is opened: parsing the Keras engine's code
 * for an ONNX file (or the other way round) is a few milliseconds of every run.
 */
async function measure(opened: OpenedModel, label: string, opts: AnalyzeOptions): Promise<Analysis> {
  if (opened.kind === 'onnx') {
    const { analyzeOnnxModel } = await import('./onnx/analyze.js');
    return { report: (await analyzeOnnxModel(opened.model, opened.wire, label, opts)).report };
  }
  if (opened.kind === 'tflite') {
    const { analyzeTfliteModel } = await import('./tflite/analyze.js');
    return { report: await analyzeTfliteModel(opened.model, opened.fb, label, opts) };
  }
  if (opened.kind === 'saved_model') {
    const { analyzeSavedModel } = await import('./tf/saved-model.js');
    return { report: await analyzeSavedModel(opened.doc, label, opts) };
  }
  if (opened.kind === 'tfjs_graph') {
    const { analyzeGraphModel } = await import('./tf/graph-model.js');
    return { report: await analyzeGraphModel(opened.doc, opened.files, label, opts) };
  }
  const { analyzeSpec, kerasArchitecture } = await import('./keras/measure.js');
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

/** The Keras-family architecture of a file (undefined for the graph-of-ops formats), read without its weights. */
export async function loadKerasSpec(src: ByteSource, label: string): Promise<ModelSpec | undefined> {
  try {
    const opened = await openModel(new PagedReader(src, label), label);
    if (opened.kind !== 'keras' && opened.kind !== 'inline') return undefined;
    return (await import('./keras/measure.js')).kerasArchitecture(opened, label);
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
