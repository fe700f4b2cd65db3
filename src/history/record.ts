import type { CheckReport } from '../check/types.js';
import { toJson } from '../report/json.js';

/**
 * One run's figures, one line of a JSON Lines history file: what a trend needs of each model
 * (not its layers), exact (counts past 2^53 keep every digit, as in the JSON report).
 */
export interface HistoryEntry {
  version: 1;
  commit: string;
  /** ISO 8601, when the run measured. */
  date: string;
  budget_file: string;
  convention: string;
  models: Record<string, HistoryFigures>;
}

export interface HistoryFigures {
  flops: bigint;
  params: bigint;
  weights_bytes: bigint;
  activation_bytes: bigint;
  /** From a fit that ran; absent otherwise. */
  accuracy?: number;
}

/** The entry of a run; models that could not be measured are left out (their zeros are no figure). */
export function historyEntry(report: CheckReport, date: Date): HistoryEntry {
  const models: Record<string, HistoryFigures> = {};
  for (const m of report.models) {
    if (m.error !== undefined) continue;
    models[m.name] = {
      flops: m.flops,
      params: m.params,
      weights_bytes: m.weights_bytes,
      activation_bytes: m.activation_bytes,
      ...(m.fit?.status === 'ok' ? { accuracy: m.fit.accuracy } : {}),
    };
  }
  return { version: 1, commit: report.head ?? 'unknown', date: date.toISOString(), budget_file: report.budget_file, convention: report.convention, models };
}

/** The entry as one line of the file, newline included. */
export function historyLine(entry: HistoryEntry): string {
  return `${toJson(entry)}\n`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown): bigint | undefined => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? BigInt(v) : undefined);

/**
 * The entries of a history file, oldest first. The file lives on a branch anyone with write
 * access can edit: a line that is not an entry is skipped and counted, never fatal. Only the
 * last `keep` entries are returned. Counts past 2^53 come back rounded (a trend is a picture).
 */
export function parseHistory(text: string, keep = Infinity): { entries: HistoryEntry[]; skipped: number } {
  const entries: HistoryEntry[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    if (!isObj(v) || v.version !== 1 || typeof v.commit !== 'string' || typeof v.date !== 'string' || !isObj(v.models)) {
      skipped++;
      continue;
    }
    const models: Record<string, HistoryFigures> = {};
    for (const [name, f] of Object.entries(v.models)) {
      if (!isObj(f)) continue;
      const flops = count(f.flops);
      if (flops === undefined) continue;
      models[name] = {
        flops,
        params: count(f.params) ?? 0n,
        weights_bytes: count(f.weights_bytes) ?? 0n,
        activation_bytes: count(f.activation_bytes) ?? 0n,
        ...(typeof f.accuracy === 'number' ? { accuracy: f.accuracy } : {}),
      };
    }
    entries.push({ version: 1, commit: v.commit, date: v.date, budget_file: String(v.budget_file ?? ''), convention: String(v.convention ?? ''), models });
    if (entries.length > 2 * keep) entries.splice(0, entries.length - keep);
  }
  return { entries: entries.slice(-keep), skipped };
}
