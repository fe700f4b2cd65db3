import { toJson } from '../report/json.js';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assertReplaceable, writeFileAtomic } from '../check/atomic-write.js';
import { gitTopLevel } from '../git.js';
import { exitCodeOf } from '../check/exit-code.js';
import { runCheck } from '../check/run.js';
import { ConfigError, formatFault } from '../config/errors.js';
import { FlopgateError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderCheckTable } from '../report/terminal-check.js';
import { parseShard } from '../check/shard-plan.js';
import { appendHistoryFile } from '../history/append.js';
import { historyEntry, historyLine } from '../history/record.js';
import type { CommandIO } from './io.js';

export const CHECK_USAGE = 'Usage: flopgate check [--budget PATH] [--base-ref REF] [--no-fit] [--fit-workers N] [--shard I/N] [--history PATH] [--json PATH|-] [--markdown PATH|-]';
export const DEFAULT_BUDGET = '.github/flopgate.yml';

/**
 * `flopgate check`: every model in the budget file against its limits. Exit 0 within budget
 * (warnings included), 1 a budget exceeded, 2 bad input or configuration (a budget-file
 * fault, or a model that cannot be measured). Reports are written whole or not at all.
 */
export async function checkCommand(argv: string[], io: CommandIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        budget: { type: 'string' },
        'base-ref': { type: 'string' },
        'no-fit': { type: 'boolean' },
        'fit-workers': { type: 'string' },
        shard: { type: 'string' },
        history: { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.stderr(`error: flopgate check: ${(e as Error).message.split('\n')[0]} (${CHECK_USAGE})\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${CHECK_USAGE}\n`);
    return 0;
  }
  try {
    // A --budget path given on the command line is relative to where the command runs, like
    // any other argument; the model paths inside it are relative to the root of the
    // repository that holds the budget file, wherever the command runs from.
    const given = values.budget !== undefined ? resolve(io.cwd, values.budget) : undefined;
    const root = (given !== undefined ? await gitTopLevel(dirname(given)) : undefined) ?? (await gitTopLevel(io.cwd)) ?? io.cwd;
    const budgetFile = given ?? resolve(root, DEFAULT_BUDGET);
    // `-` is standard output, which then holds that document alone: the table goes to stderr.
    const toStdout = values.json === '-' || values.markdown === '-';
    if (values.json === '-' && values.markdown === '-') throw new FlopgateError('--json - and --markdown - cannot both write to standard output');
    const shard = values.shard !== undefined ? parseShard(values.shard) : undefined;
    if (shard && !shard.ok) throw new FlopgateError(`--shard: ${shard.reason}`);
    // A shard's figures are a part of a run: the merged report is the one to record.
    if (shard && values.history !== undefined) throw new FlopgateError('--history records a whole run: pass it to flopgate merge, not to a shard');
    const workers = values['fit-workers'];
    if (workers !== undefined && !/^(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-6])$/.test(workers)) throw new FlopgateError(`--fit-workers: "${workers}" is not a number of workers from 1 to 256`);
    // A report that cannot be written is said before the models are measured.
    for (const out of [values.json, values.markdown]) if (out !== undefined && out !== '-') await assertReplaceable(resolve(io.cwd, out), out);
    const report = await runCheck({
      ...(workers !== undefined ? { fitWorkers: Number(workers) } : {}),
      ...(shard?.ok ? { shard: shard.shard } : {}),
      root,
      budgetFile,
      ...(values['base-ref'] !== undefined ? { baseRef: values['base-ref'] } : {}),
      fit: !values['no-fit'],
      log: (line) => io.stderr(`${line}\n`),
      // No folding in a terminal: the group's title heads its lines (a build's output, a fit's epochs).
      group: (title, fn) => {
        io.stderr(`${title}\n`);
        return fn();
      },
    });
    (toStdout ? io.stderr : io.stdout)(renderCheckTable(report));
    const write = async (path: string, text: string) => (path === '-' ? io.stdout(text) : writeFileAtomic(resolve(io.cwd, path), text, path));
    if (values.json !== undefined) await write(values.json, `${toJson(report, 2)}\n`);
    if (values.markdown !== undefined) await write(values.markdown, renderMarkdown(report));
    if (values.history !== undefined) {
      await appendHistoryFile(resolve(io.cwd, values.history), values.history, historyLine(historyEntry(report, new Date())));
    }
    return exitCodeOf(report);
  } catch (e) {
    if (e instanceof ConfigError) {
      // Every fault is known (the Action annotates them); a terminal gets the first few.
      const shown = e.faults.slice(0, LIMITS.faultsShown);
      for (const f of shown) io.stderr(`error: ${formatFault(f)}\n`);
      if (e.faults.length > shown.length) io.stderr(`error: and ${e.faults.length - shown.length} more faults in the budget file\n`);
      return 2;
    }
    if (e instanceof FlopgateError) {
      io.stderr(`error: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}
