/**
 * Limits as people write them in a budget file, like size-limit's "10 kB": plain numbers or
 * strings with a decimal suffix ("200k", "1.5M"), and increases as "5%" or a fraction.
 * Each parser returns the number or a reason; the caller adds file:line:column.
 */

const SUFFIX: Record<string, number> = { '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };

export type Parsed = { ok: true; value: number } | { ok: false; reason: string };

const COUNT_RE = /^([0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\s*([A-Za-z]?)$/;

/** A FLOPs or parameter count: 179050, "200k", "1.5M", "4.1 G". Never negative. */
export function parseCount(v: unknown): Parsed {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return { ok: false, reason: `must be a non-negative number, got ${v}` };
    return { ok: true, value: v };
  }
  if (typeof v !== 'string') return { ok: false, reason: `must be a number or a string like "200k", got ${typeName(v)}` };
  const m = COUNT_RE.exec(v.trim());
  if (!m) return { ok: false, reason: `"${v}" is not a count: write a number with an optional k, M, G or T suffix, like "200k" or "1.5M"` };
  const scale = SUFFIX[m[2]!];
  if (scale === undefined) {
    // "m" would read as milli and "b" as billion to some: refuse rather than guess.
    return { ok: false, reason: `"${v}": unknown suffix "${m[2]}" (use k = 10^3, M = 10^6, G = 10^9 or T = 10^12)` };
  }
  const value = Number(m[1]) * scale;
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return { ok: false, reason: `"${v}" is too large` };
  // Round away float noise from the multiplication (1.1 * 1e3 is 1100.0000000000002).
  return { ok: true, value: Number(value.toPrecision(15)) };
}

const PERCENT_RE = /^([0-9]+(?:\.[0-9]+)?)\s*%$/;

/**
 * An allowed increase: "5%" or a fraction 0.05. A bare number above 1 is refused: someone
 * who writes `flops_increase: 5` almost surely means 5%, and 500% would silently pass.
 */
export function parseIncrease(v: unknown): Parsed {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return { ok: false, reason: `must be a non-negative fraction or percentage, got ${v}` };
    if (v > 1) return { ok: false, reason: `${v} is read as a fraction (${v * 100}%); write "${v}%" for ${v} percent, or "${v * 100}%" if you meant it` };
    return { ok: true, value: v };
  }
  if (typeof v !== 'string') return { ok: false, reason: `must be a percentage like "5%" or a fraction like 0.05, got ${typeName(v)}` };
  const m = PERCENT_RE.exec(v.trim());
  if (!m) return { ok: false, reason: `"${v}" is not a percentage: write it like "5%" or as a fraction like 0.05` };
  return { ok: true, value: Number((Number(m[1]) / 100).toPrecision(15)) };
}

/** A minimum accuracy: a fraction in [0, 1] or a percentage "95%". */
export function parseAccuracy(v: unknown): Parsed {
  if (typeof v === 'string') {
    const m = PERCENT_RE.exec(v.trim());
    if (!m) return { ok: false, reason: `"${v}" is not an accuracy: write a fraction like 0.95 or a percentage like "95%"` };
    v = Number(m[1]) / 100;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) return { ok: false, reason: `must be a fraction like 0.95 or a percentage like "95%", got ${typeName(v)}` };
  if (v < 0 || v > 1) return { ok: false, reason: `accuracy ${v} is outside 0..1 (write 0.95 or "95%")` };
  return { ok: true, value: Number(v.toPrecision(15)) };
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}
