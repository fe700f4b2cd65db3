/**
 * Limits as people write them in a budget file, like size-limit's "10 kB": plain numbers or
 * strings with a decimal suffix ("200k", "1.5M"), and increases as "5%" or a fraction.
 * Each parser returns the number or a reason; the caller adds file:line:column.
 */

import { LIMITS } from '../limits.js';

/** Powers of ten of the suffixes. */
const SUFFIX: Record<string, number> = { '': 0, k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

export type Parsed<T = number> = { ok: true; value: T } | { ok: false; reason: string };

const COUNT_RE = /^([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?\s*([A-Za-z]?)$/;

/** Counts are compared exactly: more than this many digits is a typo, not a budget. */
const MAX_DIGITS = 40;

/**
 * A FLOPs or parameter count, exactly (a bigint): 179050, "200k", "1.5M", "4.1 G", "2.5e18".
 * Never negative, always a whole number; a YAML number beyond 2^53 has already lost digits,
 * so it must be written as a string.
 */
export function parseCount(v: unknown): Parsed<bigint> {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return { ok: false, reason: `must be a non-negative number, got ${v}` };
    if (!Number.isInteger(v)) return { ok: false, reason: `${v} is not a whole number of operations` };
    if (v > LIMITS.budgetNumber) return { ok: false, reason: `${v} is beyond 2^53, where a YAML number loses digits; write it as a string with a suffix, like "2.5T"` };
    return { ok: true, value: BigInt(v) };
  }
  if (typeof v !== 'string') return { ok: false, reason: `must be a number or a string like "200k", got ${typeName(v)}` };
  const m = COUNT_RE.exec(v.trim());
  if (!m) return { ok: false, reason: `"${v}" is not a count: write a number with an optional k, M, G or T suffix, like "200k" or "1.5M"` };
  const [, whole, frac = '', exp = '0', suffix = ''] = m;
  const scale = Object.prototype.hasOwnProperty.call(SUFFIX, suffix) ? SUFFIX[suffix] : undefined;
  if (scale === undefined) {
    // "m" would read as milli and "b" as billion to some: refuse rather than guess.
    return { ok: false, reason: `"${v}": unknown suffix "${suffix}" (use k = 10^3, M = 10^6, G = 10^9 or T = 10^12)` };
  }
  // digits x 10^(exponent + scale - decimals), in integers.
  const digits = (whole + frac).replace(/^0+(?=\d)/, '');
  const power = Number(exp) + scale - frac.length;
  if (digits.length + Math.max(power, 0) > MAX_DIGITS) return { ok: false, reason: `"${v}" is too large` };
  if (power >= 0) return { ok: true, value: BigInt(digits) * 10n ** BigInt(power) };
  const divisor = 10n ** BigInt(-power);
  const n = BigInt(digits);
  if (n % divisor !== 0n) return { ok: false, reason: `"${v}" is not a whole number of operations` };
  return { ok: true, value: n / divisor };
}

const BYTES_RE = /^([0-9]+)(?:\.([0-9]+))?\s*([A-Za-z]*)$/;

/** Byte units as people write them: decimal kB/MB/GB/TB (size-limit's "10 kB"), binary KiB/MiB/GiB/TiB. */
const BYTE_UNITS: Record<string, bigint> = {
  '': 1n, B: 1n,
  kB: 1000n, KB: 1000n, MB: 1000n ** 2n, GB: 1000n ** 3n, TB: 1000n ** 4n,
  KiB: 1024n, MiB: 1024n ** 2n, GiB: 1024n ** 3n, TiB: 1024n ** 4n,
};

/**
 * A size in bytes, exactly: 4096, "512 kB", "4 MiB", "1.5 GB". Lower-case "b" would be bits to
 * some, and "m" milli: refused rather than guessed.
 */
export function parseBytes(v: unknown): Parsed<bigint> {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) return { ok: false, reason: `must be a whole number of bytes or a size like "512 kB", got ${v}` };
    return { ok: true, value: BigInt(v) };
  }
  if (typeof v !== 'string') return { ok: false, reason: `must be a size like "512 kB" or "4 MiB", got ${typeName(v)}` };
  const m = BYTES_RE.exec(v.trim());
  const unit = m ? BYTE_UNITS[m[3]!] : undefined;
  if (!m || unit === undefined || !Object.prototype.hasOwnProperty.call(BYTE_UNITS, m[3]!)) {
    return { ok: false, reason: `"${v}" is not a size: write bytes with a unit, like "512 kB", "4 MiB" or "1.5 GB" (kB = 1000 B, KiB = 1024 B)` };
  }
  const [, whole, frac = ''] = m;
  if (whole!.length + frac.length > MAX_DIGITS) return { ok: false, reason: `"${v}" is too large` };
  const scaled = BigInt(whole! + frac) * unit;
  const divisor = 10n ** BigInt(frac.length);
  if (scaled % divisor !== 0n) return { ok: false, reason: `"${v}" is not a whole number of bytes` };
  return { ok: true, value: scaled / divisor };
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
