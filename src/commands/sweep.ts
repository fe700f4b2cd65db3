import { plain } from '../report/escape.js';
import { grouped } from '../report/format.js';
import { evaluate, interpolate, polynomialText, type Rational } from '../report/polynomial.js';
import { textTable } from '../report/text-table.js';
import type { ModelReport } from '../report/types.js';

/** A model measured at several values of one dimension, and its FLOPs as a polynomial in it. */
export interface Sweep {
  dimension: string;
  points: { value: number; report: ModelReport }[];
  /** Set when the points (and the check point, if one was needed) agree on one polynomial. */
  polynomial?: { coefficients: Rational[]; text: string; checked_at?: number };
  /** Why no polynomial is stated. */
  undetermined?: string;
}

/**
 * Measures at each value and states the polynomial only when it is pinned down: through k
 * points passes one polynomial of degree below k, so when it needs all k a further value,
 * chosen here, must fall on it too.
 */
export async function sweep(dimension: string, values: number[], measure: (v: number) => Promise<ModelReport>): Promise<Sweep> {
  const points: Sweep['points'] = [];
  for (const value of values) points.push({ value, report: await measure(value) });
  const xy = points.map((p) => ({ x: BigInt(p.value), y: p.report.flops }));
  const coefficients = interpolate(xy);
  const text = polynomialText(coefficients, dimension, grouped);
  const degree = coefficients.length - 1;
  if (degree <= values.length - 2) return { dimension, points, polynomial: { coefficients, text } };
  // A value between the two smallest (or past the largest) that was not asked for.
  const sorted = [...values].sort((a, b) => a - b);
  let check = Math.floor((sorted[0]! + sorted[1]!) / 2);
  if (values.includes(check) || check < 1) check = sorted.at(-1)! + 1;
  let measured: bigint;
  try {
    measured = (await measure(check)).flops;
  } catch (e) {
    return { dimension, points, undetermined: `the ${values.length} values alone do not pin the polynomial down, and the check at ${dimension}=${check} could not be measured (${(e as Error).message})` };
  }
  const predicted = evaluate(coefficients, BigInt(check));
  if (predicted.den === 1n && predicted.num === measured) return { dimension, points, polynomial: { coefficients, text, checked_at: check } };
  return { dimension, points, undetermined: `the values do not fit a polynomial of degree below ${values.length} (checked at ${dimension}=${check}): give more values` };
}

/** The terminal form: one row per value, then the polynomial or why there is none. */
export function renderSweep(s: Sweep): string {
  const first = s.points[0]!.report;
  const ge = (r: ModelReport) => (r.lower_bound ? '≥ ' : '');
  const rows = s.points.map((p) => [grouped(p.value), `${ge(p.report)}${grouped(p.report.flops)}`, grouped(p.report.macs), grouped(p.report.params)]);
  const out = [
    `${plain(first.name, 120)}  (${first.format}, convention: ${first.convention}, batch size ${first.batch_size}): FLOPs by ${plain(s.dimension, 40)}`,
    '',
    ...textTable([plain(s.dimension, 40), 'FLOPs', 'MACs', 'params'], rows, [true, true, true, true]),
    '',
  ];
  if (s.polynomial) {
    const n = s.points.length;
    const how = s.polynomial.checked_at !== undefined ? `the ${n} values and a check at ${s.dimension}=${grouped(s.polynomial.checked_at)} agree` : `the ${n} values agree`;
    out.push(`FLOPs(${plain(s.dimension, 40)}) = ${s.polynomial.text}   (exact: ${how})`);
  } else {
    out.push(`No polynomial stated: ${s.undetermined}.`);
  }
  return `${out.join('\n')}\n`;
}

/** The JSON form: each value's figures and the polynomial's exact coefficients (constant first). */
export function sweepJson(s: Sweep): unknown {
  const first = s.points[0]!.report;
  return {
    name: first.name,
    path: first.path,
    format: first.format,
    convention: first.convention,
    batch_size: first.batch_size,
    dimension: s.dimension,
    points: s.points.map((p) => ({ value: p.value, flops: p.report.flops, macs: p.report.macs, params: p.report.params, lower_bound: p.report.lower_bound })),
    polynomial: s.polynomial
      ? { text: s.polynomial.text, coefficients: s.polynomial.coefficients.map((c) => (c.den === 1n ? c.num : `${c.num}/${c.den}`)), ...(s.polynomial.checked_at !== undefined ? { checked_at: s.polynomial.checked_at } : {}) }
      : null,
    ...(s.undetermined ? { undetermined: s.undetermined } : {}),
  };
}
