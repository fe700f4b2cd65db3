import { bytes, count, grouped as int, percent, ratio, shape } from './format.js';
import { plain } from './escape.js';
import { textTable } from './text-table.js';
import type { ModelReport } from './types.js';

const pct = (part: bigint, whole: bigint): string => (whole === 0n ? '-' : percent(ratio(part, whole)));
/** Exact always (a budget is checked against the exact count), with the short form beside big ones. */
const total = (n: bigint): string => (n >= 1_000_000n ? `${int(n)}  (${count(n)})` : int(n));

/** The notebook's printout, aligned: one row per layer, then totals. */
export function renderFlopsReport(r: ModelReport): string {
  const rows = r.layers.map((l) => [
    String(l.index),
    plain(l.name, 80),
    plain(l.type, 60) + (l.unknown ? ' (unknown)' : ''),
    shape(l.output_shape),
    int(l.params),
    int(l.flops),
    pct(l.flops, r.flops),
  ]);
  const out = [
    `${plain(r.name, 120)}  (${r.format}${r.producer ? ` from ${plain(r.producer, 60)}` : ''}, convention: ${r.convention}, batch size ${r.batch_size})`,
    '',
    ...textTable(['#', 'layer', 'type', 'output shape', 'params', 'FLOPs', 'share'], rows, [true, false, false, false, true, true, true]),
    '',
  ];
  const ge = r.lower_bound ? '≥ ' : '';
  out.push(`Total FLOPs:      ${ge}${total(r.flops)}`);
  out.push(`Total MACs:       ${ge}${total(r.macs)}`);
  out.push(`Params:           ${total(r.params)} (trainable ${int(r.trainable_params)}, non-trainable ${int(r.non_trainable_params)})`);
  // An estimate already says "about"; "~≥ 0" said it twice and read as noise.
  out.push(`Training FLOPs:   ${ge}${total(r.training_flops_estimate)} (estimate: 3 x forward)`);
  const by = Object.entries(r.weights_by_dtype);
  const dtypes = by.length ? ` (${by.map(([t, b]) => `${t} ${int(b)} B`).join(', ')})` : '';
  out.push(`Weights:          ${int(r.weights_bytes)} B${r.weights_bytes >= 10_000n ? ` = ${bytes(r.weights_bytes)}` : ''}${dtypes}`);
  const peak = r.layers.find((l) => l.activation_bytes === r.activation_bytes && r.activation_bytes > 0n);
  out.push(`Peak activations: ${int(r.activation_bytes)} B${r.activation_bytes >= 10_000n ? ` = ${bytes(r.activation_bytes)}` : ''}${peak ? ` (at layer ${plain(peak.name, 80)}, batch size ${r.batch_size})` : ''}`);
  if (r.unknown.length) {
    out.push('');
    out.push(`Warning: ${r.unknown.length} layer(s) of unknown type counted as 0, so the totals are lower bounds:`);
    for (const u of r.unknown) out.push(`  - ${plain(u.layer, 80)} (${plain(u.type, 60)})`);
  }
  return out.join('\n') + '\n';
}
