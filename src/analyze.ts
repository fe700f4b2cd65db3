import { basename, dirname } from 'node:path';
import { DEFAULTS, type AnalyzeOptions } from './options.js';
import { FlopgateError, inFile } from './errors.js';
import { FileSource, type ByteSource } from './io/byte-source.js';
import { detectFormat } from './formats/detect.js';
import { readKerasZipConfig } from './formats/keras-zip.js';
import { readHdf5RootAttribute } from './formats/hdf5.js';
import { parseJson } from './formats/json.js';
import { readTextModel } from './formats/text-model.js';
import { analyzeOnnx } from './onnx/analyze.js';
import { bindInputShapes } from './keras/bind.js';
import { declaredInputs, walkModel, type WalkContext } from './keras/graph.js';
import { inlineSpec } from './keras/inline.js';
import type { ModelSpec } from './keras/model.js';
import { normalizeModel } from './keras/normalize.js';
import { buildModelReport } from './report/build.js';
import type { ModelFormat, ModelReport } from './report/types.js';

export { inlineSpec };

export interface KerasArchitecture {
  format: ModelFormat;
  spec: ModelSpec;
  inputShapes?: number[][];
}

/** The architecture of a Keras-family file (undefined for ONNX), read without its weights. */
export async function loadKerasArchitecture(src: ByteSource, label: string): Promise<KerasArchitecture | undefined> {
  const format = await detectFormat(src, label);
  switch (format) {
    case 'onnx':
      return undefined;
    case 'keras-zip':
      return { format: 'keras', spec: normalizeModel(parseJson(await readKerasZipConfig(src, label), `${label}: config.json`), label) };
    case 'hdf5': {
      const text = await readHdf5RootAttribute(src, 'model_config', label);
      if (text === undefined) {
        throw new FlopgateError(`${label}: HDF5 file has no model_config attribute (saved weights only, without the architecture?)`);
      }
      return { format: 'h5', spec: normalizeModel(parseJson(text, `${label}: model_config`), label) };
    }
    case 'text':
      return readTextModel(src, label);
  }
}

export async function loadKerasSpec(src: ByteSource, label: string): Promise<ModelSpec | undefined> {
  return (await loadKerasArchitecture(src, label))?.spec;
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
 * A measured model, and (Keras family) the architecture it was measured from: what a fit
 * builds its model from, so a model file is read once per run.
 */
export interface Analysis {
  report: ModelReport;
  keras?: ModelSpec;
}

export async function analyzeSource(src: ByteSource, label: string, opts: AnalyzeOptions): Promise<ModelReport> {
  return (await analyzeModel(src, label, opts)).report;
}

export async function analyzeModel(src: ByteSource, label: string, opts: AnalyzeOptions): Promise<Analysis> {
  try {
    const arch = await loadKerasArchitecture(src, label);
    if (!arch) return { report: await analyzeOnnx(src, label, opts) };
    return { report: analyzeSpec(arch.spec, arch.format, label, { ...opts, inputShapes: opts.inputShapes ?? arch.inputShapes }), keras: arch.spec };
  } catch (e) {
    if (e instanceof FlopgateError) throw e.message.startsWith(label) ? e : inFile(label, e);
    // A reader running past a malformed file's bounds is the file's fault, said in one line
    // naming it. Other errors are ours: the CLI reports them as internal, not as bad input.
    if (e instanceof RangeError) {
      throw new FlopgateError(`${label}: malformed model file (${e.message})`);
    }
    throw e;
  }
}

/** `label` names the file in reports and errors (the path as the user wrote it). */
export async function analyzeFile(path: string, opts: AnalyzeOptions, label = path): Promise<ModelReport> {
  return (await analyzeModelFile(path, opts, label)).report;
}

export async function analyzeModelFile(path: string, opts: AnalyzeOptions, label = path): Promise<Analysis> {
  let src: FileSource;
  try {
    src = await FileSource.open(path, label);
  } catch (e) {
    if (e instanceof FlopgateError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, not a model file' : (e as Error).message;
    throw new FlopgateError(`${label}: ${why}`);
  }
  try {
    return await analyzeModel(src, label, opts);
  } finally {
    await src.close();
  }
}

/** The budget file's inline `layers:` list. */
export function analyzeInline(layers: unknown, label: string, opts: AnalyzeOptions): ModelReport {
  return analyzeInlineModel(layers, label, opts).report;
}

export function analyzeInlineModel(layers: unknown, label: string, opts: AnalyzeOptions): Analysis {
  const spec = inlineSpec(layers, label);
  return { report: analyzeSpec(spec, 'inline', label, { name: label, ...opts }), keras: spec };
}
