import { FlopgateError } from '../errors.js';
import type { ByteSource } from '../io/byte-source.js';
import type { ModelFormat } from '../report/types.js';
import { inlineSpec } from '../keras/inline.js';
import type { ModelSpec } from '../keras/model.js';
import { normalizeModel } from '../keras/normalize.js';
import { decodeUtf8, parseJson } from './json.js';
import { isTfjsModelJson, tfjsModelConfig } from './tfjs.js';

/** model.json files run to a few megabytes; a text "model" far beyond that is not one. */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

export interface TextModel {
  format: ModelFormat;
  spec: ModelSpec;
  /** Input shapes (without batch) an inline spec file gives next to its layers. */
  inputShapes?: number[][];
}

/**
 * A text model file: a TensorFlow.js model.json, a Keras `model.to_json()` document, or a
 * YAML/JSON file holding an inline `layers:` list.
 */
export async function readTextModel(src: ByteSource, label: string): Promise<TextModel> {
  if (src.size > MAX_TEXT_BYTES) throw new FlopgateError(`${label}: ${src.size} bytes is too large for a JSON/YAML model file`);
  const text = decodeUtf8(await src.read(0, src.size), label).replace(/^\uFEFF/, '');
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
  if (isTfjsModelJson(obj)) return { format: 'tfjs', spec: normalizeModel(tfjsModelConfig(obj, label), label) };
  if (typeof obj.class_name === 'string') return { format: 'keras', spec: normalizeModel(obj, label) };
  if ('layers' in obj) {
    const spec = inlineSpec(obj.layers, label);
    return { format: 'inline', spec, ...(obj.input_shape ? { inputShapes: shapesOf(obj.input_shape, label) } : {}) };
  }
  throw new FlopgateError(`${label}: neither a TensorFlow.js model.json, a Keras model JSON, nor a layers: spec`);
}

function shapesOf(v: unknown, label: string): number[][] {
  const ok = (s: unknown): s is number[] => Array.isArray(s) && s.every((d) => Number.isInteger(d) && d > 0);
  if (ok(v)) return [v];
  if (Array.isArray(v) && v.every(ok)) return v as number[][];
  throw new FlopgateError(`${label}: input_shape must be a list of positive integers (or a list of such lists)`);
}
