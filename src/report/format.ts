/**
 * Number formatting shared by the terminal table and the PR comment, so both say the same
 * thing: exact grouped integers while they are readable (179,050), three significant digits
 * with a decimal SI prefix above a million (1.81 G), matching the budget file's suffixes.
 */

const PREFIXES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
];

/** 179050 → "179,050", exactly, whatever its size. Fractions keep up to two decimals. */
export function grouped(n: number | bigint): string {
  if (typeof n === 'bigint') return groupDigits(n.toString());
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = plainDecimal(Math.abs(n));
  // Rounded as the number is written (0.015 → "0.02"), half away from zero, as people
  // round; Intl.NumberFormat says the same but costs ~15 ms to load.
  let cents = BigInt(int + (frac + '00').slice(0, 2));
  if (frac.length > 2 && frac[2] >= '5') cents += 1n;
  if (cents === 0n) return '0';
  const whole = groupDigits((cents / 100n).toString());
  const decimals = (cents % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return `${n < 0 ? '-' : ''}${whole}${decimals ? `.${decimals}` : ''}`;
}

/** The shortest decimal that reads back as `x` (x ≥ 0), without an exponent: [integer, fraction]. */
function plainDecimal(x: number): [string, string] {
  const [mantissa, exp = '0'] = String(x).split('e');
  const [a, b = ''] = mantissa.split('.');
  const digits = a + b;
  const point = a.length + Number(exp);
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

/** "-1234567" → "-1,234,567". */
function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * Exact below a million, then "1.81 G" (three significant digits: a display, never a figure
 * anything is computed from); what every FLOPs or params cell shows. Beyond 10^15 the
 * exponent shows: "1.81e18".
 */
export function count(n: number | bigint): string {
  const abs = n < 0 ? -Number(n) : Number(n);
  if (abs >= 1e15) return Number(n).toPrecision(3).replace('+', '');
  for (const [scale, prefix] of PREFIXES) {
    if (abs >= scale) return `${sig3(Number(n) / scale)} ${prefix}`;
  }
  return grouped(n);
}

/** Three significant digits without trailing zeros: 1.8105 → "1.81", 12.0 → "12", 179.05 → "179". */
function sig3(x: number): string {
  const abs = Math.abs(x);
  const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  // Nudge ties away from zero: 84.55 is stored as 84.5499…, and people expect 84.6.
  return String(Number((x * (1 + 1e-12)).toFixed(decimals)));
}

/** A signed count: "+1,234", "−2.5 M" (a true minus sign), "0". */
export function signedCount(n: number | bigint): string {
  if (n > 0) return `+${count(n)}`;
  if (n < 0) return `\u2212${count(-n)}`;
  return '0';
}

/** A fraction as a percentage with one decimal: 0.0512 → "5.1%"; small non-zero values keep two. */
export function percent(fraction: number): string {
  const p = fraction * 100;
  const abs = Math.abs(p);
  const decimals = abs !== 0 && abs < 0.1 ? 2 : 1;
  return `${Number(p.toFixed(decimals))}%`;
}

/** A signed percentage: "+5.1%", "−3%". */
export function signedPercent(fraction: number): string {
  if (fraction > 0) return `+${percent(fraction)}`;
  if (fraction < 0) return `\u2212${percent(-fraction)}`;
  return '0%';
}

/** Validation accuracy as people quote it: 0.93456 → "93.46%". */
export function accuracy(a: number): string {
  return `${(a * 100).toFixed(2)}%`;
}

/** A shape as Keras prints it, batch included: [1, 100] → "(1, 100)"; several → "(1, 4), (1, 4)". */
export function shape(s: unknown): string {
  if (!Array.isArray(s)) return '';
  if (s.length > 0 && s.every((d) => Array.isArray(d))) return s.map(shape).join(', ');
  return `(${s.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
}

/** Seven hex digits of a commit, or the text unchanged when it is not a SHA (a ref name). */
export function shortSha(sha: string): string {
  return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

/** The "Δ vs base" cell: "+1,234 (+5.1%)", "no change", "new", "n/a" (no baseline), "" (not compared). */
export function delta(base: { status: string; delta?: bigint; ratio?: number } | undefined): string {
  if (!base) return '';
  if (base.status === 'new') return 'new';
  if (base.status !== 'measured' || base.delta === undefined) return 'n/a';
  if (base.delta === 0n) return 'no change';
  return base.ratio === undefined ? signedCount(base.delta) : `${signedCount(base.delta)} (${signedPercent(base.ratio)})`;
}

/** Room left under a FLOPs budget: "20,950 (10.5%)", or "over by 1,000 (0.5%)". */
export function headroom(flops: bigint, limit: bigint | undefined): string {
  if (limit === undefined) return '';
  const room = limit - flops;
  const share = limit > 0n ? ` (${percent(ratio(room < 0n ? -room : room, limit))})` : '';
  return room >= 0n ? `${count(room)}${share}` : `over by ${count(-room)}${share}`;
}

/** a / b as a float, for percentages (a display or a ratio limit, never a count). */
export function ratio(a: bigint, b: bigint): number {
  if (b === 0n) return a === 0n ? 0 : Infinity;
  return Number(a) / Number(b);
}

/** Short, comma-free form for chart labels: 950, "84.6k", "179k", "1.81G". */
export function compact(n: number | bigint): string {
  const x = Number(n);
  const abs = Math.abs(x);
  if (abs >= 1e15) return x.toPrecision(3).replace('+', '');
  for (const [scale, prefix] of [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']] as const) {
    if (abs >= scale) return `${sig3(x / scale)}${prefix}`;
  }
  return String(Math.round(x));
}

/**
 * A size in bytes: exact below ten thousand ("9,216 B"), then three significant digits in
 * decimal units ("313 kB", "6.73 MB"), as the budget file's "512 kB" reads.
 */
export function bytes(n: number | bigint): string {
  const x = Number(n);
  if (Math.abs(x) < 10_000) return `${grouped(n)} B`;
  for (const [scale, unit] of [[1e12, 'TB'], [1e9, 'GB'], [1e6, 'MB'], [1e3, 'kB']] as const) {
    if (Math.abs(x) >= scale) return `${sig3(x / scale)} ${unit}`;
  }
  return `${grouped(n)} B`;
}

/**
 * A column of counts in one form: exact and grouped while every value is below a million,
 * else every value with three significant digits and a unit ("9.22 k", "6.73 M"), so a
 * column never mixes `9,216` with `6.73 M`.
 */
export function countColumn(values: readonly bigint[]): string[] {
  const big = values.some((v) => (v < 0n ? -v : v) >= 1_000_000n);
  if (!big) return values.map((v) => grouped(v));
  return values.map((v) => {
    const abs = v < 0n ? -Number(v) : Number(v);
    return abs >= 1e3 && abs < 1e6 ? `${sig3(Number(v) / 1e3)} k` : count(v);
  });
}
