/**
 * The little of FlexBuffers a TFLite Flex op needs: its custom_options are a FlexBuffer
 * vector of strings, [TF op name, serialized NodeDef]. The root sits at the end: the last
 * byte is its width, the byte before its packed type (type << 2 | bit width); a vector's
 * length precedes it, its elements' packed types follow it; a string is an offset back to
 * its bytes, its length stored just before them. Every position is checked.
 */
import { FlopgateError } from '../errors.js';

const STRING = 5;
const BLOB = 25;
const VECTOR = 10;

export function flexStrings(buf: Uint8Array, what: string): Uint8Array[] {
  const fail = (msg: string): never => {
    throw new FlopgateError(`${what}: bad FlexBuffer (${msg})`);
  };
  const uint = (pos: number, width: number): number => {
    if (pos < 0 || pos + width > buf.length || ![1, 2, 4, 8].includes(width)) fail(`a read at ${pos} of ${width} bytes`);
    let v = 0;
    for (let i = width - 1; i >= 0; i--) v = v * 256 + buf[pos + i];
    return v;
  };
  if (buf.length < 3) fail('too short');
  const rootWidth = buf[buf.length - 1];
  const packed = buf[buf.length - 2];
  if ((packed >> 2) !== VECTOR) fail(`the root is of type ${packed >> 2}, not a vector`);
  const rootAt = buf.length - 2 - rootWidth;
  const vec = rootAt - uint(rootAt, rootWidth);
  const ew = 1 << (packed & 3);
  const n = uint(vec - ew, ew);
  if (n > 64 || vec + n * ew + n > buf.length) fail(`a vector of ${n} elements`);
  const out: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const t = buf[vec + n * ew + i];
    if ((t >> 2) !== STRING && (t >> 2) !== BLOB) fail(`element ${i} is of type ${t >> 2}`);
    const at = vec + i * ew;
    const s = at - uint(at, ew);
    const lw = 1 << (t & 3);
    const len = uint(s - lw, lw);
    if (s < 0 || s + len > buf.length) fail(`string ${i} runs past the buffer`);
    out.push(buf.subarray(s, s + len));
  }
  return out;
}
