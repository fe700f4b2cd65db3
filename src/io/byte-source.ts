import { open, type FileHandle } from 'node:fs/promises';
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

export class FileSource implements ByteSource {
  bytesRead = 0;
  private constructor(private readonly fh: FileHandle, readonly size: number, readonly path: string) {}

  static async open(path: string, label = path): Promise<FileSource> {
    const fh = await open(path, 'r');
    try {
      const st = await fh.stat();
      if (st.isDirectory()) throw new FlopgateError(`${label}: is a directory, not a model file`);
      return new FileSource(fh, st.size, label);
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    checkRange(this.size, offset, length, this.path);
    const out = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.fh.read(out, done, length - done, offset + done);
      if (bytesRead === 0) throw new FlopgateError(`${this.path}: file shrank while being read`);
      done += bytesRead;
    }
    this.bytesRead += length;
    return out;
  }

  close(): Promise<void> {
    return this.fh.close();
  }
}
