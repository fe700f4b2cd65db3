import type { ModelEntry } from '../config/types.js';

/**
 * Which models a shard of a matrix job measures. Every shard computes the same plan from the
 * same inputs, so the shards need not talk: the plan depends only on the budget file and on
 * the sizes git records for the model files at the checked-out commit (never on the files on
 * disk, which a build may write a few bytes apart on two runners).
 */

export interface Shard {
  /** 1-based, as the workflow's matrix writes it. */
  index: number;
  total: number;
}

/** Past this a matrix is a mistake: GitHub runs at most 256 jobs per matrix. */
export const MAX_SHARDS = 256;

export function parseShard(text: string): { ok: true; shard: Shard } | { ok: false; reason: string } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return { ok: false, reason: `"${text}" is not I/N (like 2/5)` };
  const [index, total] = [Number(m[1]), Number(m[2])];
  if (total < 1 || total > MAX_SHARDS) return { ok: false, reason: `"${text}": N must be from 1 to ${MAX_SHARDS}` };
  if (index < 1 || index > total) return { ok: false, reason: `"${text}": I must be from 1 to N (${total})` };
  return { ok: true, shard: { index, total } };
}

/**
 * The work a model is expected to cost, in units of about a millisecond: a fixed cost per
 * model, its file's size (reading and walking it is about linear in it), and its declared fit
 * (samples trained and evaluated, which dwarfs any analysis).
 */
export function modelWeight(entry: Pick<ModelEntry, 'fit'>, fileBytes: number): number {
  const fit = entry.fit ? entry.fit.epochs * entry.fit.train_samples + entry.fit.validation_samples : 0;
  return 1 + Math.ceil(fileBytes / 100_000) + Math.ceil(fit / 4);
}

/**
 * The shard (0-based) of each model, balanced greedily: heaviest first, each to the lightest
 * shard so far (the lower index on a tie), ties between models broken by name. The result
 * depends on the set of models, not on their order in the file; a model added lighter than
 * all others leaves every other model where it was, and a heavier one moves only those
 * lighter than itself.
 */
export function assignShards(models: { name: string; weight: number }[], total: number): number[] {
  const order = models.map((_, i) => i).sort((a, b) => models[b]!.weight - models[a]!.weight || cmp(models[a]!.name, models[b]!.name));
  const load = new Array<number>(total).fill(0);
  const out = new Array<number>(models.length);
  for (const i of order) {
    let best = 0;
    for (let s = 1; s < total; s++) if (load[s]! < load[best]!) best = s;
    out[i] = best;
    load[best]! += models[i]!.weight;
  }
  return out;
}

/** Code-unit order: the same on every runner, whatever its locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
