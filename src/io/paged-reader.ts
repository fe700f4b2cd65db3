import { FlopgateError } from '../errors.js';
import type { ByteSource } from './byte-source.js';
import { bytesText, LIMITS } from '../limits.js';

/**
 * A read a file's structure asked for that leaves the file, or goes past what flopgate agrees
 * to read of one: always the file's fault, said in one line that names it.
 */
export class BoundsError extends FlopgateError {}

export interface PagedReaderOptions {
  /** Bytes per cached page (small metadata reads are served from pages). */
  page?: number;
  /** Pages kept, least recently used dropped first. */
  pages?: number;
  /** Total bytes this reader may take from its source; a structure that wants more is a fault. */
  budget?: number;
  /** Reads from the source; a structure that loops shows as thousands of them. */
  maxReads?: number;
}

// The read budget is the documented limit on what one model file may make flopgate read.
const DEFAULTS: Required<PagedReaderOptions> = { page: 4096, pages: 1024, budget: LIMITS.modelReadBytes, maxReads: 200_000 };

/**
 * The one reader under every container (zip, HDF5, protobuf, JSON): range checks before any
 * allocation, a page cache so that a structure read in small pieces (a zip's central
 * directory, HDF5's scattered headers) costs few source reads and never reads a page twice
 * while it is cached, and a read budget so that a file cannot make flopgate read (or hold)
 * without bound. Reads larger than half a page bypass the cache and are read exactly once; so
 * do the reads of a container that keeps its own read-ahead (the protobuf reader, whose
 * exact-length reads are what keeps a tensor's weights unread).
 */
export class PagedReader implements ByteSource {
  private readonly opts: Required<PagedReaderOptions>;
  private readonly cache = new Map<number, Uint8Array>();
  private fetched = 0;
  private reads = 0;

  constructor(
    readonly src: ByteSource,
    readonly label: string,
    opts: PagedReaderOptions = {},
  ) {
    this.opts = { ...DEFAULTS, ...opts };
  }

  get size(): number {
    return this.src.size;
  }

  /** Bytes taken from the source so far (pages included). */
  get bytesRead(): number {
    return this.fetched;
  }

  /** Fails unless [offset, offset + length) lies inside the file; `what` names the structure. */
  check(offset: number, length: number, what: string): void {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
      throw new BoundsError(`${this.label}: ${what} has an impossible position or size (${offset}+${length})`);
    }
    if (offset + length > this.src.size) {
      throw new BoundsError(`${this.label}: truncated: ${what} needs bytes up to ${offset + length}, the file has ${this.src.size}`);
    }
  }

  /**
   * Exactly `length` bytes at `offset` (a view: callers copy what they keep past the next
   * read); `cached: false` reads exactly those bytes, without a page around them.
   */
  async read(offset: number, length: number, what = 'a read', cached = true): Promise<Uint8Array> {
    this.check(offset, length, what);
    if (length === 0) return new Uint8Array(0);
    const { page } = this.opts;
    if (!cached || length > page / 2) return this.fetch(offset, length, what);
    const first = Math.floor(offset / page);
    const last = Math.floor((offset + length - 1) / page);
    const a = await this.page(first, what);
    const rel = offset - first * page;
    if (first === last) return a.subarray(rel, rel + length);
    const out = new Uint8Array(length);
    out.set(a.subarray(rel));
    out.set((await this.page(last, what)).subarray(0, length - (a.length - rel)), a.length - rel);
    return out;
  }

  private async page(index: number, what: string): Promise<Uint8Array> {
    const hit = this.cache.get(index);
    if (hit) {
      // Map order doubles as recency order.
      this.cache.delete(index);
      this.cache.set(index, hit);
      return hit;
    }
    const start = index * this.opts.page;
    const bytes = await this.fetch(start, Math.min(this.opts.page, this.src.size - start), what);
    if (this.cache.size >= this.opts.pages) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(index, bytes);
    return bytes;
  }

  private async fetch(offset: number, length: number, what: string): Promise<Uint8Array> {
    this.fetched += length;
    if (this.fetched > this.opts.budget) {
      throw new BoundsError(`${this.label}: ${what}: the file's structure asks flopgate to read more than ${bytesText(this.opts.budget)}`);
    }
    if (++this.reads > this.opts.maxReads) {
      throw new BoundsError(`${this.label}: ${what}: the file's structure never ends (more than ${this.opts.maxReads} reads)`);
    }
    return this.src.read(offset, length);
  }
}
