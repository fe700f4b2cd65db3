import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { FlopgateError } from '../errors.js';

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
 * A model file on disk. Reads are synchronous under the async interface: a graph is read in a
 * hundred small pieces, and a round trip through libuv's thread pool for each cost more than
 * the decoding (Swin-T: ~20 ms of a run). Only regular files are opened, and opening does not
 * wait: a FIFO or a device named as a model would otherwise block or never end.
 */
export class FileSource implements ByteSource {
  bytesRead = 0;
  private constructor(private readonly fd: number, readonly size: number, readonly path: string) {}

  /** Opens `path`; any failure is a FlopgateError naming `label` in words (no such file...). */
  static async open(path: string, label = path): Promise<FileSource> {
    let fd: number;
    try {
      fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (e) {
      throw new FlopgateError(`${label}: ${openFailure(e as NodeJS.ErrnoException)}`);
    }
    try {
      const st = fstatSync(fd);
      if (st.isDirectory()) throw new FlopgateError(`${label}: is a directory, not a model file`);
      if (!st.isFile()) throw new FlopgateError(`${label}: is not a regular file (a FIFO, socket or device), so it cannot be a model file`);
      return new FileSource(fd, st.size, label);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
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
