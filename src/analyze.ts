import { atReaderBoundary } from './errors.js';
import { openModel } from './formats/index.js';
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
  const { analyzeSpec, kerasArchitecture } = await import('./keras/measure.js');
  const spec = kerasArchitecture(opened, label)!;
  const given = opened.kind === 'inline' ? { inputShapes: opts.inputShapes ?? opened.inputShapes } : {};
  return { report: analyzeSpec(spec, opened.format, label, { ...opts, ...given }), keras: spec };
}

/** Reads any model file the formats know (detected from its bytes) and measures it. */
export async function analyzeModel(src: ByteSource, label: string, opts: AnalyzeOptions): Promise<Analysis> {
  try {
    return await measure(await openModel(new PagedReader(src, label), label), label, opts);
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
    const opened = await openModel(new PagedReader(src, label), label);
    if (opened.kind === 'onnx') return undefined;
    return (await import('./keras/measure.js')).kerasArchitecture(opened, label);
  } catch (e) {
    throw atReaderBoundary(label, e);
  }
}

/** `label` names the file in reports and errors (the path as the user wrote it). */
export async function analyzeFile(path: string, opts: AnalyzeOptions, label = path): Promise<ModelReport> {
  return (await analyzeModelFile(path, opts, label)).report;
}

export async function analyzeModelFile(path: string, opts: AnalyzeOptions, label = path): Promise<Analysis> {
  const src = await FileSource.open(path, label);
  try {
    return await analyzeModel(src, label, opts);
  } finally {
    await src.close();
  }
}
