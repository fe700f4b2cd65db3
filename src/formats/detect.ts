import { FlopgateError } from '../errors.js';
import type { ByteSource } from '../io/byte-source.js';
import { looksLikeOnnx } from '../onnx/analyze.js';
import { findHdf5Signature } from './hdf5.js';

export type DetectedFormat = 'keras-zip' | 'hdf5' | 'text' | 'onnx';

const LFS = 'version https://git-lfs.github.com/spec/v1';

export function isLfsPointer(head: Uint8Array): boolean {
  return new TextDecoder().decode(head.subarray(0, LFS.length)) === LFS;
}

/** The format from the bytes, never the extension: an HDF5 file named `.keras` happens in the wild. */
export async function detectFormat(src: ByteSource, label: string): Promise<DetectedFormat> {
  if (src.size === 0) throw new FlopgateError(`${label}: file is empty`);
  const head = await src.read(0, Math.min(src.size, 64));
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) {
    return 'keras-zip';
  }
  if ((await findHdf5Signature(src)) >= 0) return 'hdf5';
  if (isLfsPointer(head)) {
    throw new FlopgateError(
      `${label}: is a Git LFS pointer, not the model itself; check it out with \`lfs: true\` (actions/checkout) or run \`git lfs pull\``,
    );
  }
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  const c = head[i];
  if (c === 0x7b || c === 0x5b) return 'text';
  if (looksLikeOnnx(head)) return 'onnx';
  // YAML inline specs: plain printable text.
  if (head.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b !== 0x7f))) return 'text';
  throw new FlopgateError(
    `${label}: not a recognised model file (expected a Keras .keras zip, a Keras .h5 file, a TensorFlow.js model.json, an ONNX model, or a YAML/JSON layers: spec)`,
  );
}
