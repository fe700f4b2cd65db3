import { gunzipSync } from 'node:zlib';
import { FlopgateError } from '../errors.js';

/** An IDX array of unsigned bytes (the element type MNIST-style datasets use). */
export interface IdxArray {
  dims: number[];
  data: Uint8Array;
}

/**
 * Bounds for untrusted files: the largest standard file (60,000 28x28 images) holds 47 MB;
 * anything far beyond is refused before it is inflated or allocated.
 */
export const MAX_IDX_BYTES = 256 * 1024 * 1024;
const MAX_DIMS = 4;

const TYPE_NAMES: Record<number, string> = {
  0x08: 'unsigned byte',
  0x09: 'signed byte',
  0x0b: 'short',
  0x0c: 'int',
  0x0d: 'float',
  0x0e: 'double',
};

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The file's bytes, inflated when gzipped (by content, whatever the file is called). */
export function inflate(bytes: Uint8Array, label: string, maxBytes = MAX_IDX_BYTES): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new FlopgateError(`${label}: inflates to more than ${maxBytes} bytes`);
    throw new FlopgateError(`${label}: not a valid gzip file (${(e as Error).message})`);
  }
}

/** Parses an IDX file (gzipped or not): magic, element type, dimensions and exact size. */
export function parseIdx(file: Uint8Array, label: string): IdxArray {
  const bytes = inflate(file, label);
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0) {
    throw new FlopgateError(`${label}: not an IDX file (bad magic number)`);
  }
  const type = bytes[2];
  const rank = bytes[3];
  if (type !== 0x08) {
    const name = TYPE_NAMES[type];
    throw new FlopgateError(
      `${label}: IDX element type ${name ? `${name} ` : ''}(0x${type.toString(16).padStart(2, '0')}) is not supported; images and labels must be unsigned bytes`,
    );
  }
  if (rank < 1 || rank > MAX_DIMS) throw new FlopgateError(`${label}: IDX rank ${rank} is outside 1..${MAX_DIMS}`);
  const header = 4 + 4 * rank;
  if (bytes.length < header) throw new FlopgateError(`${label}: IDX header is truncated`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dims: number[] = [];
  let size = 1;
  for (let i = 0; i < rank; i++) {
    const d = view.getUint32(4 + 4 * i, false);
    if (d === 0) throw new FlopgateError(`${label}: IDX dimension ${i} is 0`);
    size *= d;
    // Checked per step so that a huge declared shape cannot overflow into a plausible size.
    if (size > MAX_IDX_BYTES) throw new FlopgateError(`${label}: IDX dimensions [${dims.concat(d).join(', ')}...] exceed ${MAX_IDX_BYTES} bytes`);
    dims.push(d);
  }
  const actual = bytes.length - header;
  if (actual !== size) {
    throw new FlopgateError(
      `${label}: IDX dimensions [${dims.join(', ')}] need ${size} data bytes, the file has ${actual}${actual < size ? ' (truncated)' : ''}`,
    );
  }
  return { dims, data: bytes.subarray(header) };
}
