import { decodeUtf8, parseJson } from '../containers/json.js';
import { FlopgateError } from '../errors.js';
import type { PagedReader } from '../io/paged-reader.js';
import { bytesText, LIMITS } from '../limits.js';
import { isGraphModel, isTfjsModelJson, tfjsModelConfig } from './tfjs.js';
import type { FileSet } from '../io/file-set.js';
import { graphFromJson, signatureFromJson } from '../tf/decode-json.js';
import { readManifest } from '../tf/weights.js';
import type { OpenedModel } from './types.js';

/** JSON (after a BOM and whitespace) starts with a bracket; anything else is read as YAML. */
function startsAsJson(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  return head[i] === 0x7b || head[i] === 0x5b;
}

/**
 * A text model file: a TensorFlow.js model.json, a Keras `model.to_json()` document, or a
 * YAML/JSON file holding an inline `layers:` list (and optionally its `input_shape`).
 */
export async function openTextModel(src: PagedReader, label: string, files?: FileSet): Promise<OpenedModel> {
  // Sized before reading: model.json files run to a few megabytes, and YAML costs about a
  // hundred times JSON's time to parse (256 KiB is some 10,000 layers written by hand).
  const json = startsAsJson(await src.read(0, Math.min(src.size, 4096), 'the text'));
  const max = json ? LIMITS.jsonBytes : LIMITS.yamlBytes;
  if (src.size > max) {
    throw new FlopgateError(`${label}: ${src.size} bytes of ${json ? 'JSON' : 'YAML'}; flopgate reads at most ${bytesText(max)} of a ${json ? 'JSON' : 'YAML'} model file`);
  }
  const text = decodeUtf8(await src.read(0, src.size, 'the text'), label).replace(/^\uFEFF/, '');
  let doc: unknown;
  if (json) doc = parseJson(text, label);
  else {
    // Loaded only for YAML files: most model files are binary or JSON.
    const r = (await import('../containers/yaml.js')).parseYamlText(text);
    if (!r.ok) {
      const f = r.faults[0]!;
      throw new FlopgateError(`${label}:${f.line}:${f.column}: invalid YAML (${f.message})`);
    }
    doc = r.value.data;
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
