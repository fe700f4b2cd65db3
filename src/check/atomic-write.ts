import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FlopgateError } from '../errors.js';

/**
 * Write a whole file or nothing: a temporary file beside the target, then rename (atomic on
 * one filesystem). A reader never sees half a report, and a failure leaves no debris. Only a
 * regular file is ever replaced: a rename over a FIFO, a device node (as root) or a symbolic
 * link would silently swap it for a regular file, so those are refused before anything is
 * written.
 */
export async function writeFileAtomic(path: string, data: string, label = path): Promise<void> {
  await assertReplaceable(path, label);
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw new FlopgateError(`${label}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * Fails unless `path` is absent or a regular file: what writeFileAtomic may replace. Commands
 * call it before their work too, so a report that cannot be written is said at once.
 */
export async function assertReplaceable(path: string, label = path): Promise<void> {
  const existing = await lstat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw new FlopgateError(`${label}: cannot write (${e.code ?? e.message})`);
  });
  if (existing && !existing.isFile()) {
    const what = existing.isDirectory() ? 'a directory' : existing.isSymbolicLink() ? 'a symbolic link' : 'not a regular file (a FIFO, socket or device)';
    throw new FlopgateError(`${label}: is ${what}; flopgate writes a report only where there is no file or a regular one`);
  }
}
