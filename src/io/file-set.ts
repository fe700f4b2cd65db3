import { join } from 'node:path';
import { FlopgateError } from '../errors.js';
import { FileSource, type ByteSource } from './byte-source.js';

/**
 * The files beside a model file that its format names (a TF.js graph model's weight shards,
 * a SavedModel's keras_metadata.pb): opened by a path relative to the model's directory, on
 * disk or at a git commit. A name that would leave that directory is refused: the names come
 * from the model file, which is input from a pull request.
 */
export interface FileSet {
  /** The file `rel`, or undefined when there is none. */
  open(rel: string): Promise<ByteSource | undefined>;
  /** How to name `rel` in messages. */
  label(rel: string): string;
}

/** A relative path that stays inside its directory, in forward slashes; undefined otherwise. */
export function safeRelative(rel: string): string | undefined {
  if (!rel || rel.includes('\0') || rel.startsWith('/') || rel.startsWith('\\') || /^[a-zA-Z]:/.test(rel)) return undefined;
  const parts = rel.split(/[/\\]+/).filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.some((p) => p === '..')) return undefined;
  return parts.join('/');
}

export function refusedPath(label: string, rel: string): FlopgateError {
  return new FlopgateError(`${label}: names the file "${rel}", which is not inside the model's directory`);
}

/** Files in a directory on disk; each opened file is closed by `close`. */
export class DirFiles implements FileSet {
  private readonly opened = new Map<string, FileSource>();
  constructor(
    readonly dir: string,
    readonly dirLabel: string,
  ) {}

  label(rel: string): string {
    return this.dirLabel ? `${this.dirLabel.replace(/\/$/, '')}/${rel}` : rel;
  }

  async open(rel: string): Promise<ByteSource | undefined> {
    const safe = safeRelative(rel);
    if (!safe) throw refusedPath(this.dirLabel || '.', rel);
    const had = this.opened.get(safe);
    if (had) return had;
    try {
      const f = await FileSource.open(join(this.dir, safe), this.label(safe));
      this.opened.set(safe, f);
      return f;
    } catch (e) {
      if (e instanceof FlopgateError && / no such file$/.test(e.message)) return undefined;
      throw e;
    }
  }

  async close(): Promise<void> {
    for (const f of this.opened.values()) await f.close();
    this.opened.clear();
  }
}
