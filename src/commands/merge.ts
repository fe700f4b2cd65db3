import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../check/atomic-write.js';
import { exitCodeOf } from '../check/exit-code.js';
import { FlopgateError } from '../errors.js';
import { toJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderCheckTable } from '../report/terminal-check.js';
import { mergeReports } from '../shard/merge.js';
import { appendHistoryFile } from '../history/append.js';
import { historyEntry, historyLine } from '../history/record.js';
import { readReport } from '../shard/read-report.js';
import type { CommandIO } from './io.js';

export const MERGE_USAGE = 'Usage: flopgate merge REPORT... [--json PATH|-] [--markdown PATH|-] [--history PATH]';

/**
 * `flopgate merge`: the reports of `check --shard I/N` as one report, table and verdict,
 * with the exit code `check` would have given unsharded (0, 1, or 2 for a model that could
 * not be measured; 2 also for reports that do not merge).
 */
export async function mergeCommand(argv: string[], io: CommandIO): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'string' }, markdown: { type: 'string' }, history: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    io.stderr(`error: flopgate merge: ${(e as Error).message.split('\n')[0]} (${MERGE_USAGE})\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${MERGE_USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr(`error: flopgate merge: no reports given (${MERGE_USAGE})\n`);
    return 2;
  }
  try {
    if (values.json === '-' && values.markdown === '-') throw new FlopgateError('--json - and --markdown - cannot both write to standard output');
    const inputs = [];
    for (const file of positionals) inputs.push({ file, report: await readReport(resolve(io.cwd, file), file) });
    const report = mergeReports(inputs);
    const toStdout = values.json === '-' || values.markdown === '-';
    (toStdout ? io.stderr : io.stdout)(renderCheckTable(report));
    const write = async (path: string, text: string) => (path === '-' ? io.stdout(text) : writeFileAtomic(resolve(io.cwd, path), text, path));
    if (values.json !== undefined) await write(values.json, `${toJson(report, 2)}\n`);
    if (values.markdown !== undefined) await write(values.markdown, renderMarkdown(report));
    if (values.history !== undefined) await appendHistoryFile(resolve(io.cwd, values.history), values.history, historyLine(historyEntry(report, new Date())));
    return exitCodeOf(report);
  } catch (e) {
    if (e instanceof FlopgateError) {
      io.stderr(`error: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}
