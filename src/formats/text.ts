import { decodeUtf8, parseJson } from '../containers/json.js';
import { FlopgateError } from '../errors.js';
import type { PagedReader } from '../io/paged-reader.js';
import { isGraphModel, isTfjsModelJson, tfjsModelConfig } from './tfjs.js';
import type { FileSet } from '../io/file-set.js';
import { graphFromJson, signatureFromJson } from '../tf/decode-json.js';
import { readManifest } from '../tf/weights.js';
import type { OpenedModel } from './types.js';

/** model.json files run to a few megabytes; a text "model" far beyond that is not one. */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/**
 * A text model file: a TensorFlow.js model.json, a Keras `model.to_json()` document, or a
 * YAML/JSON file holding an inline `layers:` list (and optionally its `input_shape`).
 */
export async function openTextModel(src: PagedReader, label: string, files?: FileSet): Promise<OpenedModel> {
  if (src.size > MAX_TEXT_BYTES) throw new FlopgateError(`${label}: ${src.size} bytes is too large for a JSON/YAML model file`);
  const text = decodeUtf8(await src.read(0, src.size, 'the text'), label).replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  let doc: unknown;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) doc = parseJson(text, label);
  else {
    try {
      // Loaded only for YAML files: most model files are binary or JSON.
      const { parse } = await import('yaml');
      doc = parse(text, { maxAliasCount: 100 });
    } catch (e) {
      const err = e as { message: string; linePos?: { line: number; col: number }[] };
      const pos = err.linePos?.[0];
      throw new FlopgateError(`${label}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML (${err.message.split('\n')[0]})`);
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new FlopgateError(`${label}: expected a model.json, a Keras model JSON or a document with a layers: list`);
  }
  const obj = doc as Record<string, unknown>;
  if (isTfjsModelJson(obj) && isGraphModel(obj)) {
    const doc = { graph: graphFromJson(obj.modelTopology, label), manifest: readManifest(obj.weightsManifest, label) };
    const signature = signatureFromJson(obj.signature);
    return { kind: 'tfjs_graph', format: 'tfjs-graph', doc: signature ? { ...doc, signature } : doc, ...(files ? { files } : {}) };
  }
  if (isTfjsModelJson(obj)) return { kind: 'keras', format: 'tfjs', config: tfjsModelConfig(obj, label) };
  if (typeof obj.class_name === 'string') return { kind: 'keras', format: 'keras', config: obj };
  if ('layers' in obj) return { kind: 'inline', format: 'inline', layers: obj.layers, ...(obj.input_shape ? { inputShapes: shapesOf(obj.input_shape, label) } : {}) };
  throw new FlopgateError(`${label}: neither a TensorFlow.js model.json, a Keras model JSON, nor a layers: spec`);
}

function shapesOf(v: unknown, label: string): number[][] {
  const ok = (s: unknown): s is number[] => Array.isArray(s) && s.every((d) => Number.isInteger(d) && d > 0);
  if (ok(v)) return [v];
  if (Array.isArray(v) && v.every(ok)) return v as number[][];
  throw new FlopgateError(`${label}: input_shape must be a list of positive integers (or a list of such lists)`);
}
