import type { ModelReport, Shape } from './types.js';

const int = (n: number) => n.toLocaleString('en-US');

export function shapeText(s: Shape | Shape[]): string {
  if (s.length > 0 && Array.isArray(s[0])) return (s as Shape[]).map(shapeText).join(' ');
  return `(${(s as Shape).map((d) => (d === null ? 'None' : d)).join(', ')})`;
}

function pct(part: number, whole: number): string {
  if (whole === 0) return '-';
  return `${((100 * part) / whole).toFixed(1)}%`;
}

/** Columns padded to their widest cell; numbers right-aligned so digits line up. */
function table(header: string[], rows: string[][], right: boolean[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The notebook's printout, aligned: one row per layer, then totals. */
export function renderFlopsReport(r: ModelReport): string {
  const rows = r.layers.map((l) => [
    String(l.index),
    l.name,
    l.type + (l.unknown ? ' (unknown)' : ''),
    shapeText(l.output_shape),
    int(l.params),
    int(l.flops),
    pct(l.flops, r.flops),
  ]);
  const out = [
    `${r.name}  (${r.format}, convention: ${r.convention}, batch size ${r.batch_size})`,
    '',
    ...table(['#', 'layer', 'type', 'output shape', 'params', 'FLOPs', 'share'], rows, [true, false, false, false, true, true, true]),
    '',
  ];
  const ge = r.lower_bound ? '≥ ' : '';
  out.push(`Total FLOPs:      ${ge}${int(r.flops)}`);
  out.push(`Total MACs:       ${ge}${int(r.macs)}`);
  out.push(`Params:           ${int(r.params)} (trainable ${int(r.trainable_params)}, non-trainable ${int(r.non_trainable_params)})`);
  out.push(`Training FLOPs:   ~${ge}${int(r.training_flops_estimate)} (estimate: 3 x forward)`);
  if (r.unknown.length) {
    out.push('');
    out.push(`Warning: ${r.unknown.length} layer(s) of unknown type counted as 0, so the totals are lower bounds:`);
    for (const u of r.unknown) out.push(`  - ${u.layer} (${u.type})`);
  }
  return out.join('\n') + '\n';
}
