import { writeJson } from '../report/json.js';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { analyzeFile } from '../analyze.js';
import { parseConvention } from '../core/conventions.js';
import { FlopgateError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { UnknownPolicy } from '../options.js';
import { renderFlopsReport } from '../report/terminal-flops.js';
import type { CommandIO } from './io.js';
import { renderSweep, sweep, sweepJson } from './sweep.js';

export const FLOPS_USAGE = `Usage: flopgate flops MODEL [--input-shape 28,28]... [--dim NAME=N[,N...]]... [--batch-size N] [--convention notebook|macs|tf-profiler] [--unknown error|warn] [--json]`;

/**
 * `--dim seq=128` (one value) or `--dim seq=128,512,2048` (a sweep; one dimension at a time):
 * the fixed values, and the swept dimension with its values.
 */
export function parseDims(flags: string[]): { fixed: Record<string, number>; swept?: { name: string; values: number[] } } {
  const fixed: Record<string, number> = {};
  let swept: { name: string; values: number[] } | undefined;
  for (const f of flags) {
    const m = /^([^=\s]+)=(.+)$/.exec(f.trim());
    const values = m?.[2]!.split(',').map((v) => v.trim());
    if (!m || !values || values.some((v) => !/^[1-9]\d*$/.test(v) || Number(v) > 2 ** 31)) {
      throw new FlopgateError(`--dim: "${f}" is not NAME=N or NAME=N,N,... (positive integers), like seq=128`);
    }
    const name = m[1]!;
    if (name in fixed || swept?.name === name) throw new FlopgateError(`--dim: "${name}" is given twice`);
    const nums = values.map(Number);
    if (new Set(nums).size !== nums.length) throw new FlopgateError(`--dim: "${f}" repeats a value`);
    if (nums.length === 1) fixed[name] = nums[0]!;
    else if (swept) throw new FlopgateError(`--dim: sweep one dimension at a time ("${swept.name}" and "${name}" both have several values)`);
    else swept = { name, values: nums };
  }
  return { fixed, ...(swept ? { swept } : {}) };
}

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
        dim: { type: 'string', multiple: true },
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
  const dims = parseDims(values.dim ?? []);
  const opts = {
    inputShapes: values['input-shape']?.map((s) => parseShape(s)),
    batchSize: batch ? Number(batch) : undefined,
    convention: values.convention ? parseConvention(values.convention) : undefined,
    unknown: unknown as UnknownPolicy,
  };
  const path = resolve(io.cwd, positionals[0]);
  const measure = (d: Record<string, number>) => analyzeFile(path, { ...opts, ...(Object.keys(d).length ? { dims: d } : {}) }, positionals[0]);
  if (dims.swept) {
    const { name, values: at } = dims.swept;
    const s = await sweep(name, at, (v) => measure({ ...dims.fixed, [name]: v }));
    if (values.json) {
      writeJson(sweepJson(s), 2, io.stdout);
      io.stdout('\n');
    } else io.stdout(renderSweep(s));
    return 0;
  }
  const report = await measure(dims.fixed);
  if (values.json) {
    // In pieces: the report of a graph of 100k nodes is tens of megabytes of text.
    writeJson(report, 2, io.stdout);
    io.stdout('\n');
  }
  // The report lists unknown layers itself (stdout); a second copy on stderr said it twice.
  else io.stdout(renderFlopsReport(report, { width: io.columns }));
  return 0;
}
