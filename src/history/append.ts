import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../check/atomic-write.js';
import { FlopgateError } from '../errors.js';

/** The history text with `line` added: a file that does not end its last line gets one ended first. */
export function appended(text: string, line: string): string {
  return text === '' || text.endsWith('\n') ? text + line : `${text}\n${line}`;
}

/**
 * `--history PATH`: the line added to the file (created when missing), written whole or not
 * at all (a new file renamed over the old), so an interrupted run never leaves half a line.
 */
export async function appendHistoryFile(path: string, label: string, line: string): Promise<void> {
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new FlopgateError(`${label}: cannot read the history file (${(e as Error).message})`);
  }
  await writeFileAtomic(path, appended(text, line), label);
}
