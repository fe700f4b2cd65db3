import { posix } from 'node:path';
import { readAtCommit } from '../git.js';
import { BufferSource, type ByteSource } from '../io/byte-source.js';
import { refusedPath, safeRelative, type FileSet } from '../io/file-set.js';
import { FlopgateError } from '../errors.js';

/**
 * The files of a model's directory as they were at a commit (a graph model's weight shards,
 * a SavedModel's other files), read from git when the format asks for one.
 */
export class GitFiles implements FileSet {
  private readonly read = new Map<string, ByteSource | undefined>();
  constructor(
    readonly root: string,
    readonly commit: string,
    /** The directory, relative to `root` ('' or '.' for the root itself). */
    readonly dir: string,
    readonly dirLabel: string,
  ) {}

  label(rel: string): string {
    return `${this.dirLabel.replace(/\/$/, '')}/${rel}`;
  }

  async open(rel: string): Promise<ByteSource | undefined> {
    const safe = safeRelative(rel);
    if (!safe) throw refusedPath(this.dirLabel, rel);
    if (this.read.has(safe)) return this.read.get(safe);
    const path = this.dir && this.dir !== '.' ? posix.join(this.dir, safe) : safe;
    const blob = await readAtCommit(this.root, this.commit, path);
    if (blob.kind === 'unavailable') throw new FlopgateError(`${this.label(safe)}: ${blob.reason}`);
    const src = blob.kind === 'ok' ? new BufferSource(blob.bytes, this.label(safe)) : undefined;
    this.read.set(safe, src);
    return src;
  }
}
