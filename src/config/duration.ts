import type { Parsed } from './limits.js';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;
/** A build that needs more than a day is a hung one; the runner's own limit is 6 hours. */
const MAX_MS = 24 * 3_600_000;

/** `build_timeout`: seconds as a number, or "90s", "10m", "1h"; milliseconds out. */
export function parseDuration(v: unknown): Parsed<number> {
  let ms: number | undefined;
  if (typeof v === 'number') ms = v * 1000;
  else if (typeof v === 'string') {
    const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([smh]?)\s*$/.exec(v);
    if (m) ms = Number(m[1]) * UNIT_MS[(m[2] || 's') as keyof typeof UNIT_MS];
  }
  if (ms === undefined || !Number.isFinite(ms)) return { ok: false, reason: 'must be a number of seconds, or a duration like "90s", "10m" or "1h"' };
  if (ms <= 0) return { ok: false, reason: 'must be more than 0' };
  if (ms > MAX_MS) return { ok: false, reason: 'must be at most 24h' };
  return { ok: true, value: Math.round(ms) };
}
