/**
 * FLOPs as an exact polynomial in one dimension. Every count flopgate makes is a sum of
 * products of dimensions, so a model's FLOPs are a polynomial in any one of them (a
 * transformer's attention is quadratic in the sequence length). Through k measured points
 * passes exactly one polynomial of degree below k; it is the model's only when more points
 * than its degree needs agree with it, which is what `confirmed` says.
 */

/** A rational number num/den, den > 0, in lowest terms. */
export interface Rational {
  num: bigint;
  den: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => {
  [a, b] = [abs(a), abs(b)];
  while (b) [a, b] = [b, a % b];
  return a;
};
function rat(num: bigint, den = 1n): Rational {
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}
const sub = (a: Rational, b: Rational) => rat(a.num * b.den - b.num * a.den, a.den * b.den);
const add = (a: Rational, b: Rational) => rat(a.num * b.den + b.num * a.den, a.den * b.den);
const mul = (a: Rational, b: Rational) => rat(a.num * b.num, a.den * b.den);
const divInt = (a: Rational, d: bigint) => rat(a.num, a.den * d);
const isZero = (a: Rational) => a.num === 0n;

/**
 * The polynomial of least degree through the points (x distinct), as coefficients from the
 * constant term up, by Newton's divided differences in exact rationals.
 */
export function interpolate(points: readonly { x: bigint; y: bigint }[]): Rational[] {
  const n = points.length;
  const xs = points.map((p) => p.x);
  // Divided differences: table[j] holds f[x_0..x_j] after the loop.
  const table: Rational[] = points.map((p) => rat(p.y));
  const coef: Rational[] = [table[0]!];
  for (let level = 1; level < n; level++) {
    for (let i = n - 1; i >= level; i--) table[i] = divInt(sub(table[i]!, table[i - 1]!), xs[i]! - xs[i - level]!);
    coef.push(table[level]!);
  }
  // Newton form c0 + c1 (x - x0) + c2 (x - x0)(x - x1) + ... expanded into powers of x.
  let poly: Rational[] = [rat(0n)];
  let basis: Rational[] = [rat(1n)];
  for (let k = 0; k < n; k++) {
    poly = addPoly(poly, basis.map((b) => mul(b, coef[k]!)));
    basis = mulLinear(basis, xs[k]!);
  }
  while (poly.length > 1 && isZero(poly[poly.length - 1]!)) poly.pop();
  return poly;
}

function addPoly(a: Rational[], b: Rational[]): Rational[] {
  const out: Rational[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(add(a[i] ?? rat(0n), b[i] ?? rat(0n)));
  return out;
}

/** p(x) * (x - r). */
function mulLinear(p: Rational[], r: bigint): Rational[] {
  const out: Rational[] = Array.from({ length: p.length + 1 }, () => rat(0n));
  p.forEach((c, i) => {
    out[i + 1] = add(out[i + 1]!, c);
    out[i] = sub(out[i]!, mul(c, rat(r)));
  });
  return out;
}

/** p(x), exactly. */
export function evaluate(p: readonly Rational[], x: bigint): Rational {
  let acc = rat(0n);
  for (let i = p.length - 1; i >= 0; i--) acc = add(mul(acc, rat(x)), p[i]!);
  return acc;
}

/** "2,048·seq² + 1,179,648·seq + 1,024": highest power first, exact (fractions as p/q). */
export function polynomialText(p: readonly Rational[], name: string, group: (n: bigint) => string): string {
  const sup = (k: number) => String(k).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
  const terms: string[] = [];
  for (let k = p.length - 1; k >= 0; k--) {
    const c = p[k]!;
    if (isZero(c)) continue;
    const mag = c.den === 1n ? group(abs(c.num)) : `${group(abs(c.num))}/${group(c.den)}`;
    const power = k === 0 ? '' : k === 1 ? name : `${name}${sup(k)}`;
    const body = k === 0 ? mag : mag === '1' ? power : `${mag}·${power}`;
    terms.push(terms.length === 0 ? (c.num < 0n ? `−${body}` : body) : `${c.num < 0n ? '−' : '+'} ${body}`);
  }
  return terms.length ? terms.join(' ') : '0';
}
