import type { CheckReport, ShardInfo } from '../check/types.js';
import { checkReport } from '../check/report.js';
import { FlopgateError } from '../errors.js';

export interface NamedReport {
  /** How messages name it: the file it came from. */
  file: string;
  report: CheckReport;
}

/** What every shard of one run agrees on; a difference means the reports are of different runs. */
const SAME: { key: string; of: (r: CheckReport) => unknown; what: string }[] = [
  { key: 'budget_file', of: (r) => r.budget_file, what: 'budget files' },
  { key: 'budget_sha256', of: (r) => r.shard!.budget_sha256, what: 'budget file contents' },
  { key: 'head', of: (r) => r.head, what: 'commits' },
  { key: 'base', of: (r) => r.base, what: 'base commits' },
  { key: 'convention', of: (r) => r.convention, what: 'conventions' },
  { key: 'total', of: (r) => r.shard!.total, what: 'shard counts' },
  { key: 'model_count', of: (r) => r.shard!.model_count, what: 'model counts' },
];

/**
 * The shards' reports as the one report an unsharded check would have written: the models in
 * the budget file's order, one verdict. Refused, with one line naming the files: a report that
 * is not a shard's, reports of different runs, a shard given twice, a missing shard.
 */
export function mergeReports(inputs: NamedReport[]): CheckReport {
  if (inputs.length === 0) throw new FlopgateError('no reports to merge');
  for (const { file, report } of inputs) {
    if (!report.shard) throw new FlopgateError(`${file}: not a shard's report (written without --shard I/N)`);
  }
  const [first] = inputs as [NamedReport, ...NamedReport[]];
  for (const other of inputs.slice(1)) {
    for (const s of SAME) {
      const [a, b] = [s.of(first.report), s.of(other.report)];
      if (a !== b) throw new FlopgateError(`${first.file} and ${other.file} are of different ${s.what} (${s.key}: ${String(a)} and ${String(b)}); only shards of one run merge`);
    }
  }
  const { total, model_count } = first.report.shard!;
  const byIndex = new Map<number, string>();
  for (const { file, report } of inputs) {
    const i = report.shard!.index;
    const known = byIndex.get(i);
    if (known !== undefined) throw new FlopgateError(`shard ${i}/${total} is given twice (${known} and ${file})`);
    byIndex.set(i, file);
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) {
    const list = missing.map((i) => `${i}/${total}`).join(', ');
    throw new FlopgateError(`shard${missing.length > 1 ? 's' : ''} ${list} ${missing.length > 1 ? 'are' : 'is'} missing (got ${inputs.length} of ${total} reports); did every matrix job upload its report?`);
  }
  const placed = new Array<CheckReport['models'][number] | undefined>(model_count);
  for (const { file, report } of inputs) {
    const info: ShardInfo = report.shard!;
    if (info.models.length !== report.models.length) throw new FlopgateError(`${file}: lists ${info.models.length} model positions for ${report.models.length} models`);
    info.models.forEach((pos, k) => {
      if (!Number.isInteger(pos) || pos < 0 || pos >= model_count) throw new FlopgateError(`${file}: model position ${pos} is outside the budget file's ${model_count} models`);
      if (placed[pos] !== undefined) throw new FlopgateError(`${file}: model ${report.models[k]!.name} was measured by two shards`);
      placed[pos] = report.models[k];
    });
  }
  const gap = placed.findIndex((m) => m === undefined);
  if (gap >= 0) throw new FlopgateError(`models[${gap}] of the budget file is in no shard's report`);
  const r = first.report;
  return checkReport({
    convention: r.convention,
    budget_file: r.budget_file,
    ...(r.head !== undefined ? { head: r.head } : {}),
    ...(r.base !== undefined ? { base: r.base } : {}),
    models: placed as CheckReport['models'],
  });
}
