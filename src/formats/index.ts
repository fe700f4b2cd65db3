import { findHdf5Signature } from '../containers/hdf5/superblock.js';
import { FlopgateError } from '../errors.js';
import type { PagedReader } from '../io/paged-reader.js';
import { sniffModelProto } from '../onnx/sniff.js';
import { isTflite } from '../tflite/sniff.js';
import { isSavedModelPb } from '../tf/sniff.js';
import type { FileSet } from '../io/file-set.js';
import { isLfsPointer, lfsMessage } from './lfs.js';
import type { FormatEntry, OpenedModel } from './types.js';

const isZip = (h: Uint8Array) => h[0] === 0x50 && h[1] === 0x4b && (h[2] === 3 || h[2] === 5) && (h[3] === 4 || h[3] === 6);

/** JSON (after a BOM and whitespace), or YAML: plain printable text. */
function isText(h: Uint8Array): boolean {
  let i = h[0] === 0xef && h[1] === 0xbb && h[2] === 0xbf ? 3 : 0;
  while (i < h.length && (h[i] === 0x20 || h[i] === 0x0a || h[i] === 0x0d || h[i] === 0x09)) i++;
  if (h[i] === 0x7b || h[i] === 0x5b) return true;
  return h.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b !== 0x7f));
}

/**
 * Every model format, tried in order on the file's first bytes (an HDF5 file named `.keras`
 * happens in the wild: the bytes decide, never the extension). Matching imports no engine;
 * a format's reader is loaded when its file is opened.
 */
export const FORMATS: readonly FormatEntry[] = [
  { name: 'Keras 3 .keras archive', match: isZip, open: async (r, l) => (await import('./keras.js')).openKerasZip(r, l) },
  // Sniffed from the first bytes, before the HDF5 probe (which reads at 512, 1024, 2048...).
  { name: 'TFLite model', match: isTflite, open: async (r, l) => (await import('./tflite.js')).openTflite(r, l) },
  // Before ONNX: both open with a varint field 1 (sniff.ts tells them apart).
  { name: 'SavedModel saved_model.pb', match: isSavedModelPb, open: async (r, l, f) => (await import('./saved-model.js')).openSavedModel(r, l, f) },
  { name: 'Keras .h5 file', match: async (_h, r) => (await findHdf5Signature(r)) >= 0, open: async (r, l) => (await import('./keras.js')).openKerasH5(r, l) },
  { name: 'ONNX model', match: sniffModelProto, open: async (r, l) => (await import('./onnx.js')).openOnnx(r, l) },
  { name: 'TensorFlow.js model.json, Keras JSON or YAML layers: spec', match: isText, open: async (r, l, f) => (await import('./text.js')).openTextModel(r, l, f) },
];

/** What a model directory holds, in the order looked for: a SavedModel, a TF.js model. */
export const MODEL_FILES_IN_DIRECTORY = ['saved_model.pb', 'model.json'] as const;

/** The format of a model file's bytes, opened. */
export async function openModel(reader: PagedReader, label: string, files?: FileSet): Promise<OpenedModel> {
  if (reader.size === 0) throw new FlopgateError(`${label}: file is empty`);
  const head = await reader.read(0, Math.min(reader.size, 64), 'the file header');
  if (isLfsPointer(head)) throw new FlopgateError(lfsMessage(label));
  for (const f of FORMATS) if (await f.match(head, reader)) return f.open(reader, label, files);
  throw new FlopgateError(
    `${label}: not a recognised model file (expected a Keras .keras zip, a Keras .h5 file, a TensorFlow.js model.json, an ONNX model, a TFLite model, a SavedModel, or a YAML/JSON layers: spec)`,
  );
}
