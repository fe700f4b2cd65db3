import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { FlopgateError } from '../errors.js';
import { bytesText } from '../limits.js';

/**
 * Random access to a model file. Readers take bytes from here and nowhere else, so that a
 * test can count how much of a file was read (weights must never be).
 */
export interface ByteSource {
  readonly size: number;
  /** Exactly `length` bytes at `offset`; throws when the range leaves the source. */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Bytes handed out so far. */
  readonly bytesRead: number;
}

/** Refuse single reads larger than this: a header claiming gigabytes is a fault, not a plan. */
export const MAX_READ = 256 * 1024 * 1024;

function checkRange(size: number, offset: number, length: number, what: string): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw new FlopgateError(`${what}: bad read range ${offset}+${length}`);
  }
  if (offset + length > size) {
    throw new FlopgateError(`${what}: truncated (needs bytes up to ${offset + length}, file has ${size})`);
  }
  if (length > MAX_READ) throw new FlopgateError(`${what}: refuses to read ${length} bytes at once`);
}

export class BufferSource implements ByteSource {
  bytesRead = 0;
  constructor(private readonly buf: Uint8Array, private readonly label = 'buffer') {}
  get size(): number {
    return this.buf.length;
  }
  async read(offset: number, length: number): Promise<Uint8Array> {
    checkRange(this.buf.length, offset, length, this.label);
    this.bytesRead += length;
    return this.buf.subarray(offset, offset + length);
  }
}

function openFailure(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a model file';
    case 'ELOOP': return 'a symbolic link that loops';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    default: return `cannot be opened (${e.code ?? e.message})`;
  }
}

/**
 * Opens `path` for reading if it is a regular file; any failure is a FlopgateError naming
 * `label` in words. Opening does not wait and nothing is read before fstat: a FIFO would
 * block forever and a device (/dev/zero, /dev/urandom) never end, so only a regular file is
 * let through. `missing` replaces the message for a path that does not exist.
 */
function openRegular(path: string, label: string, noun: string, missing?: string): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' && missing !== undefined) throw new FlopgateError(`${label}: ${missing}`);
    throw new FlopgateError(`${label}: ${openFailure(err).replace('not a model file', `not ${noun}`)}`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new FlopgateError(`${label}: is a directory, not ${noun}`);
    if (!st.isFile()) throw new FlopgateError(`${label}: is not a regular file (a FIFO, socket or device), so it cannot be ${noun}`);
    return { fd, size: st.size };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/**
 * The whole of a small regular file (a budget file, an IDX file), refused before reading when
 * it is not a regular file or is larger than `max` bytes. `missing` (when given) is the
 * message for a file that does not exist; `optional` makes that undefined instead.
 */
export function readRegularFile(path: string, label: string, opts: { max: number; noun: string; missing?: string }): Uint8Array;
export function readRegularFile(path: string, label: string, opts: { max: number; noun: string; optional: true }): Uint8Array | undefined;
export function readRegularFile(path: string, label: string, opts: { max: number; noun: string; missing?: string; optional?: boolean }): Uint8Array | undefined {
  if (opts.optional && !existsSync(path)) return undefined;
  const { fd, size } = openRegular(path, label, opts.noun, opts.missing);
  try {
    if (size > opts.max) throw new FlopgateError(`${label}: ${size} bytes is more than ${opts.noun} may hold (${bytesText(opts.max)} at most)`);
    const out = Buffer.allocUnsafe(size);
    let done = 0;
    while (done < size) {
      const n = readSync(fd, out, done, size - done, done);
      if (n === 0) throw new FlopgateError(`${label}: file shrank while being read`);
      done += n;
    }
    return out;
  } finally {
    closeSync(fd);
  }
}

/**
 * A model file on disk. Reads are synchronous under the async interface: a graph is read in a
 * hundred small pieces, and a round trip through libuv's thread pool for each cost more than
 * the decoding (Swin-T: ~20 ms of a run). Only regular files are opened (openRegular).
 */
export class FileSource implements ByteSource {
  bytesRead = 0;
  private constructor(private readonly fd: number, readonly size: number, readonly path: string) {}

  /** Opens `path`; any failure is a FlopgateError naming `label` in words (no such file...). */
  static async open(path: string, label = path): Promise<FileSource> {
    const { fd, size } = openRegular(path, label, 'a model file');
    return new FileSource(fd, size, label);
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    checkRange(this.size, offset, length, this.path);
    const out = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, out, done, length - done, offset + done);
      if (n === 0) throw new FlopgateError(`${this.path}: file shrank while being read`);
      done += n;
    }
    this.bytesRead += length;
    return out;
  }

  async close(): Promise<void> {
    closeSync(this.fd);
  }
}
