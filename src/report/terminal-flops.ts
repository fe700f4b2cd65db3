import { bytes, count, grouped as int, percent, ratio, shape } from './format.js';
import { plain } from './escape.js';
import { columnWidths, textTable } from './text-table.js';
import type { ModelReport } from './types.js';

const pct = (part: bigint, whole: bigint): string => (whole === 0n ? '-' : percent(ratio(part, whole)));
/** Exact always (a budget is checked against the exact count), with the short form beside big ones. */
const total = (n: bigint): string => (n >= 1_000_000n ? `${int(n)}  (${count(n)})` : int(n));

/** The layer column is never cut below this, however narrow the terminal; nor beyond the second. */
const MIN_NAME = 16;
const MAX_NAME = 80;
/** In a narrow terminal, several outputs' shapes (a loop's) are cut to this many characters. */
const NARROW_SHAPES = 18;

export interface RenderOptions {
  /** The terminal's width in columns (undefined when the output is not a terminal): the table gives way to fit it. */
  width?: number;
}

/**
 * The scope the layer names share ("StatefulPartitionedCall/functional_1/" in a TF graph,
 * "/model/" in an ONNX export): TF, TFLite and ONNX name each node by its full path, and a
 * shared prefix is most of an 80-column line. It is written once above the table and as
 * "…/" on the rows, so a name that lacks it (a graph's "Identity" output) still reads as
 * itself. Only the names holding a "/" must share it, and they must be most of the rows.
 */
export function commonScope(names: readonly string[]): string {
  const scoped = names.filter((n) => n.includes('/'));
  if (scoped.length < 2 || 2 * scoped.length < names.length) return '';
  let scope = scoped[0]!.slice(0, scoped[0]!.lastIndexOf('/') + 1);
  for (const n of scoped) {
    while (scope && !(n.startsWith(scope) && n.length > scope.length)) scope = scope.slice(0, scope.lastIndexOf('/', scope.length - 2) + 1);
    if (!scope) return '';
  }
  // "/" alone, or a scope shorter than the "…/" that replaces it, saves nothing.
  return scope.replace(/\//g, '').length >= 2 ? scope : '';
}

/** At most `max` code points, cut in the middle: a node's own name is at the end of its path. */
export function elideMiddle(text: string, max: number): string {
  const cps = Array.from(text);
  if (cps.length <= max) return text;
  const head = Math.floor((max - 1) / 3);
  return `${cps.slice(0, head).join('')}…${cps.slice(cps.length - (max - 1 - head)).join('')}`;
}

/** Several outputs of one shape (a Split's) as "4 x (1, 24)"; others cut after whole shapes at `max`. */
function outputShape(s: unknown, max: number): string {
  if (Array.isArray(s) && s.length > 1 && s.every((d) => Array.isArray(d) && shape(d) === shape(s[0]))) return `${s.length} x ${shape(s[0])}`;
  const text = shape(s);
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('), ', max - 4);
  return cut > 0 ? `${text.slice(0, cut + 1)}, …` : text;
}

/** The totals' labels are this wide ("Peak activations: "); a continuation line starts there. */
const TOTALS_INDENT = 18;

/** `head` then `more` (" (...)") on one line, or `more` under the figure when the line would not fit. */
function fitLine(head: string, more: string, width: number | undefined): string[] {
  if (!more || width === undefined || [...head].length + [...more].length <= width) return [head + more];
  return [head, ' '.repeat(TOTALS_INDENT - 1) + more];
}

/** `items` joined by ", " on lines of at most `width` (an item longer than that has a line of its own). */
function wrapList(first: string, items: string[], width: number | undefined): string[] {
  const one = `${first}  (${items.join(', ')})`;
  if (width === undefined || [...one].length <= width) return [one];
  const lines = [first];
  let line = ' ';
  for (const item of items) {
    const next = line === ' ' ? ` ${item}` : `${line}, ${item}`;
    if ([...next].length > width && line !== ' ') {
      lines.push(`${line},`);
      line = ` ${item}`;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/** The notebook's printout, aligned: one row per layer, then totals. */
export function renderFlopsReport(r: ModelReport, o: RenderOptions = {}): string {
  const scope = commonScope(r.layers.map((l) => l.name));
  const narrow = o.width !== undefined;
  const rows = r.layers.map((l) => [
    String(l.index),
    plain(scope && l.name.startsWith(scope) ? `…/${l.name.slice(scope.length)}` : l.name, 1000),
    plain(l.type, 60) + (l.unknown ? ' (unknown)' : ''),
    outputShape(l.output_shape, narrow ? NARROW_SHAPES : Infinity),
    int(l.params),
    int(l.flops),
    pct(l.flops, r.flops),
  ]);
  const header = ['#', 'layer', 'type', 'output shape', 'params', 'FLOPs', 'share'];
  // The names have what the other columns leave of the line; in a tight one the gaps narrow first.
  const others = columnWidths(header, rows).reduce((sum, w, i) => (i === 1 ? sum : sum + w), 0);
  const room = (gap: number) => (o.width ?? Infinity) - others - gap * (header.length - 1);
  const gap = room(2) >= 24 ? 2 : 1;
  const nameWidth = Math.min(MAX_NAME, Math.max(MIN_NAME, room(gap)));
  for (const c of rows) c[1] = elideMiddle(c[1]!, nameWidth);
  const details = [r.format + (r.producer ? ` from ${plain(r.producer, 60)}` : ''), ...(r.quantization ? [plain(r.quantization, 80)] : []), `convention: ${r.convention}`, `batch size ${r.batch_size}`];
  const out = [
    ...wrapList(plain(r.name, 120), details, o.width),
    ...(scope ? [`…/ is ${plain(scope, 200)}`] : []),
    '',
    ...textTable(header, rows, [true, false, false, false, true, true, true], gap),
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
  out.push(...fitLine(`Weights:          ${int(r.weights_bytes)} B${r.weights_bytes >= 10_000n ? ` = ${bytes(r.weights_bytes)}` : ''}`, dtypes, o.width));
  const peak = r.layers.find((l) => l.activation_bytes === r.activation_bytes && r.activation_bytes > 0n);
  const at = (name: string) => ` (at layer ${name}, batch size ${r.batch_size})`;
  const peakRoom = o.width === undefined ? 80 : Math.max(MIN_NAME, o.width - TOTALS_INDENT - [...at('')].length + 1);
  if (r.activations_not_measured) out.push(`Peak activations: ${plain(r.activations_not_measured, 200)}`);
  else out.push(...fitLine(`Peak activations: ${int(r.activation_bytes)} B${r.activation_bytes >= 10_000n ? ` = ${bytes(r.activation_bytes)}` : ''}`, peak ? at(elideMiddle(plain(peak.name, 1000), peakRoom)) : '', o.width));
  if (r.unknown.length) {
    out.push('');
    out.push(`Warning: ${r.unknown.length} layer(s) of unknown type counted as 0, so the totals are lower bounds:`);
    for (const u of r.unknown) out.push(`  - ${plain(u.layer, 80)} (${plain(u.type, 60)})`);
  }
  return out.join('\n') + '\n';
}
