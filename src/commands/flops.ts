import { writeJson } from '../report/json.js';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { analyzeFile } from '../analyze.js';
import { parseConvention } from '../core/conventions.js';
import { FlopgateError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { UnknownPolicy } from '../options.js';
import { plain } from '../report/escape.js';
import { renderFlopsReport } from '../report/terminal-flops.js';
import type { CommandIO } from './io.js';

export const FLOPS_USAGE = `Usage: flopgate flops MODEL [--input-shape 28,28]... [--batch-size N] [--convention notebook|macs|tf-profiler] [--unknown error|warn] [--json]`;

export function parseShape(s: string, flag = '--input-shape'): number[] {
  const dims = s.split(/[,x×]/).map((d) => d.trim());
  if (!dims.length || dims.some((d) => !/^[1-9]\d*$/.test(d) || Number(d) > LIMITS.dimension)) {
    throw new FlopgateError(`${flag}: "${s}" is not a shape like 28,28 (positive integers, comma-separated)`);
  }
  return dims.map(Number);
}

export async function flopsCommand(argv: string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'input-shape': { type: 'string', multiple: true },
        'batch-size': { type: 'string' },
        convention: { type: 'string' },
        unknown: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new FlopgateError(`flopgate flops: ${(e as Error).message.split('\n')[0]}\n${FLOPS_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(FLOPS_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new FlopgateError(`flopgate flops: expected one model file. ${FLOPS_USAGE}`);
  const batch = values['batch-size'];
  if (batch !== undefined && (!/^[1-9]\d*$/.test(batch) || Number(batch) > LIMITS.batchSize)) {
    throw new FlopgateError(`--batch-size: "${batch}" is not a positive integer`);
  }
  const unknown = values.unknown ?? 'error';
  if (unknown !== 'error' && unknown !== 'warn') throw new FlopgateError(`--unknown: "${unknown}" must be error or warn`);
  const report = await analyzeFile(resolve(io.cwd, positionals[0]), {
    inputShapes: values['input-shape']?.map((s) => parseShape(s)),
    batchSize: batch ? Number(batch) : undefined,
    convention: values.convention ? parseConvention(values.convention) : undefined,
    unknown: unknown as UnknownPolicy,
  }, positionals[0]);
  if (values.json) {
    // In pieces: the report of a graph of 100k nodes is tens of megabytes of text.
    writeJson(report, 2, io.stdout);
    io.stdout('\n');
  }
  else {
    io.stdout(renderFlopsReport(report));
    for (const u of report.unknown) io.stderr(`warning: ${report.path}: layer "${plain(u.layer, 80)}" has unknown type ${plain(u.type, 60)}; counted as 0\n`);
  }
  return 0;
}
