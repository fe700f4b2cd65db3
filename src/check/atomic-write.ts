import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FlopgateError } from '../errors.js';

/**
 * Write a whole file or nothing: a temporary file beside the target, then rename (atomic on
 * one filesystem). A reader never sees half a report, and a failure leaves no debris.
 */
export async function writeFileAtomic(path: string, data: string, label = path): Promise<void> {
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
