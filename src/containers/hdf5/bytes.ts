import { FlopgateError } from '../../errors.js';
import { LIMITS } from '../../limits.js';
import type { PagedReader } from '../../io/paged-reader.js';

/** Keras model configs run to megabytes at most; a string far beyond that is not one. */
/** The attribute holds the model's JSON config: the JSON limit. */
export const MAX_ATTRIBUTE_BYTES = LIMITS.jsonBytes;

/**
 * Random access to an HDF5 file with the file's address width and base address applied.
 * Metadata is scattered in small pieces (8-byte message headers, 16-byte heap object headers,
 * B-tree nodes and heap blocks that point at each other); the paged reader under it serves
 * them from cached pages, so `bytesRead` grows by the pages the walk touches, never by the
 * size of a dataset it steps over.
 */
export class H5Reader {
  /** "Size of Offsets" and "Size of Lengths" from the superblock, in bytes. */
  offsetSize = 8;
  lengthSize = 8;
  /** Absolute position that every file address is relative to. */
  base = 0;

  constructor(
    readonly src: PagedReader,
    readonly file: string,
  ) {}

  get size(): number {
    return this.src.size;
  }

  corrupt(what: string): FlopgateError {
    return new FlopgateError(`${this.file}: corrupt HDF5 file: ${what}`);
  }

  unsupported(what: string): FlopgateError {
    return new FlopgateError(`${this.file}: unsupported HDF5 feature: ${what}`);
  }

  /** `length` bytes at absolute `offset`; `what` names the structure for the error message. */
  async bytes(offset: number, length: number, what: string): Promise<Uint8Array> {
    if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
      throw this.corrupt(`${what} has an impossible address or size`);
    }
    if (offset + length > this.src.size) {
      throw new FlopgateError(`${this.file}: truncated HDF5 file (${what} needs bytes up to ${offset + length}, file has ${this.src.size})`);
    }
    return this.src.read(offset, length, what);
  }

  /** A cursor over `length` bytes at absolute `offset`. */
  async cursor(offset: number, length: number, what: string): Promise<Cursor> {
    return new Cursor(await this.bytes(offset, length, what), this, what);
  }
}

/** Little-endian field decoding over one structure, with the structure's name in every fault. */
export class Cursor {
  pos = 0;

  constructor(
    readonly buf: Uint8Array,
    private readonly r: H5Reader,
    readonly what: string,
  ) {}

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  private need(n: number): void {
    if (this.pos + n > this.buf.length) throw this.r.corrupt(`${this.what} is cut short`);
  }

  skip(n: number): this {
    this.need(n);
    this.pos += n;
    return this;
  }

  u8(): number {
    this.need(1);
    return this.buf[this.pos++]!;
  }

  u16(): number {
    return this.uint(2);
  }

  u32(): number {
    return this.uint(4);
  }

  bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  ascii(n: number): string {
    return String.fromCharCode(...this.bytes(n));
  }

  /** Unsigned little-endian integer of `n` bytes (0..8); values past 2^53 are faults. */
  uint(n: number): number {
    this.need(n);
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + this.buf[this.pos + i]!;
    this.pos += n;
    if (!Number.isSafeInteger(v)) throw this.r.corrupt(`${this.what} holds a value beyond 2^53`);
    return v;
  }

  /** A "Size of Lengths" field. */
  length(): number {
    return this.uint(this.r.lengthSize);
  }

  /** A "Size of Offsets" file address made absolute, or null for the undefined address (all ones). */
  address(): number | null {
    const n = this.r.offsetSize;
    this.need(n);
    let ones = true;
    for (let i = 0; i < n; i++) if (this.buf[this.pos + i] !== 0xff) ones = false;
    if (ones) {
      this.pos += n;
      return null;
    }
    const abs = this.r.base + this.uint(n);
    if (!Number.isSafeInteger(abs)) throw this.r.corrupt(`${this.what} holds an address beyond 2^53`);
    return abs;
  }

  /** An address that must be defined. */
  requiredAddress(field: string): number {
    const a = this.address();
    if (a === null) throw this.r.corrupt(`${this.what} has no ${field}`);
    return a;
  }
}

/** Smallest number of bytes that encodes `v` (HDF5's "limit encode size"). */
export function bytesToEncode(v: number): number {
  let n = 1;
  while (v >= 256 ** n && n < 8) n++;
  return n;
}

/** log2 of a power of two, or -1 when `v` is not one. */
export function log2Exact(v: number): number {
  if (!Number.isSafeInteger(v) || v < 1) return -1;
  let n = 0;
  while (2 ** n < v) n++;
  return 2 ** n === v ? n : -1;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
