import type { ByteSource } from '../../io/byte-source.js';
import { FlopgateError } from '../../errors.js';
import type { H5Reader } from './bytes.js';

const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Offset of the HDF5 signature, or -1. The format allows the superblock at 0 or at 512 times a
 * power of two (after a user block), so at most log2(size) small reads are needed.
 */
export async function findHdf5Signature(src: ByteSource): Promise<number> {
  for (let at = 0; at + SIGNATURE.length <= src.size; at = at === 0 ? 512 : at * 2) {
    const b = await src.read(at, SIGNATURE.length);
    if (SIGNATURE.every((v, i) => b[i] === v)) return at;
  }
  return -1;
}

export interface Superblock {
  version: number;
  /** Absolute address of the root group's object header. */
  rootObjectHeader: number;
}

/**
 * Reads the superblock at `sigOffset` and configures `r` (address widths, base address).
 * Also refuses a file shorter than the superblock's end-of-file address: a cut copy would
 * otherwise read fine up to the point where its metadata stops making sense.
 */
export async function readSuperblock(r: H5Reader, sigOffset: number): Promise<Superblock> {
  const head = await r.cursor(sigOffset, 16, 'superblock');
  head.skip(8);
  const version = head.u8();
  let offsetSize: number;
  let lengthSize: number;
  let fixed: number;
  if (version === 0 || version === 1) {
    head.skip(4); // free-space, root entry and shared-header versions, reserved
    offsetSize = head.u8();
    lengthSize = head.u8();
    fixed = version === 0 ? 24 : 28;
  } else if (version === 2 || version === 3) {
    offsetSize = head.u8();
    lengthSize = head.u8();
    fixed = 12;
  } else {
    throw r.unsupported(`superblock version ${version}`);
  }
  for (const [name, n] of [['offsets', offsetSize], ['lengths', lengthSize]] as const) {
    if (n !== 2 && n !== 4 && n !== 8) throw r.unsupported(`${n}-byte ${name} in the superblock`);
  }
  r.offsetSize = offsetSize;
  r.lengthSize = lengthSize;

  // v0/v1: base, free-space, end-of-file and driver addresses, then the root symbol table
  // entry (link name offset, object header address, cache type, reserved, scratch pad).
  // v2/v3: base, superblock extension, end-of-file and root object header addresses, checksum.
  const O = offsetSize;
  const total = version <= 1 ? fixed + 4 * O + 2 * O + 24 : fixed + 4 * O + 4;
  const c = await r.cursor(sigOffset, total, 'superblock');
  c.skip(fixed);
  // Addresses are relative to the base; read them raw first, since the base is not known yet.
  r.base = 0;
  const storedBase = c.uint(O);
  c.skip(O);
  const eof = c.address();
  let root: number | null;
  if (version <= 1) {
    c.skip(O); // driver information block
    c.skip(O); // root entry: link name offset
    root = c.address();
  } else {
    root = c.address();
  }
  // The library's rule: when the superblock is not where the base address says, the whole
  // file was moved (a user block added or removed) and the base follows the superblock.
  r.base = sigOffset;
  if (root === null) throw r.corrupt('the superblock has no root group');
  const rootObjectHeader = root + sigOffset;
  if (eof !== null) {
    // The stored end-of-file address is absolute, shifted with the superblock if it moved.
    const end = eof - storedBase + sigOffset;
    if (end > r.size) {
      throw new FlopgateError(`${r.file}: truncated HDF5 file (its superblock says ${end} bytes, the file has ${r.size})`);
    }
  }
  return { version, rootObjectHeader };
}
