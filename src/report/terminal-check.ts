import { LAYER_CHANGES_SHOWN, layerChangeText, modelNotes, sharedNotes, statusWord, summaryColumns, verdict, type SharedNote } from '../check/describe.js';
import type { CheckReport, ModelCheckResult } from '../check/types.js';
import { plain } from './escape.js';
import { grouped, shortSha } from './format.js';
import { textTable } from './text-table.js';

/**
 * `flopgate check` on a terminal: one row per model, the layers that changed against the base,
 * then what needs attention, then the verdict. The words are check/describe.ts's; this lays
 * them out as plain text (names stripped of control characters) in aligned columns, within
 * `width` columns (80, a terminal's and a CI log's usual width): a table too wide for it takes
 * the comment's narrow columns, and a long line wraps under its own indent.
 */
export function renderCheckTable(report: CheckReport, width = 80): string {
  const table = (layout: 'wide' | 'narrow') => {
    const columns = summaryColumns(report, layout);
    const header = ['model', ...columns.map((c) => c.title), 'status'];
    const rows = report.models.map((m) => [plain(m.name, 60), ...columns.map((c) => c.cell(m)), statusWord(m)]);
    return textTable(header, rows, [false, ...columns.map((c) => c.numeric), false]);
  };
  const wide = table('wide');
  const out = [...(wide.some((l) => [...l].length > width) ? table('narrow') : wide), ''];

  for (const m of report.models) out.push(...layerChanges(m));
  const notes = [
    ...report.models.flatMap((m) => modelNotes(m, plain).map((n) => `  ${n.level === 'error' ? '✗' : '!'} ${plain(m.name, 60)}: ${n.text}`)),
    ...sharedNotes(report).map(sharedLine),
  ];
  if (notes.length) out.push(...notes, '');
  const v = verdict(report);
  const compared = report.base ? ` (base ${shortSha(report.base)})` : '';
  out.push(`${v.icon} ${v.text}${compared}`, '');
  // The table's rows are never wrapped: a row cut in two no longer lines up.
  const tableRows = out.indexOf('');
  return [...out.slice(0, tableRows), ...out.slice(tableRows).flatMap((l) => wrap(l, width))].join('\n');
}

/**
 * A line cut at spaces into lines of at most `width` code points, each continuation indented
 * two columns deeper than the line's own indent and its bullet; a word longer than a line
 * (a path) stands alone on its line rather than being cut.
 */
export function wrap(line: string, width: number): string[] {
  if ([...line].length <= width) return [line];
  const lead = /^(\s*(?:[✗!·] )?)/u.exec(line)![1]!;
  const indent = ' '.repeat([...lead].length + 2);
  const words = line.slice(lead.length).split(' ');
  const out: string[] = [];
  let cur = lead;
  let fresh = true;
  for (const w of words) {
    if (!fresh && [...cur].length + 1 + [...w].length > width) {
      out.push(cur);
      cur = indent + w;
    } else cur = fresh ? cur + w : `${cur} ${w}`;
    fresh = false;
  }
  out.push(cur);
  return out;
}

/** A model's layer changes against the base, biggest first, cut to the first few. */
function layerChanges(m: ModelCheckResult): string[] {
  const changes = m.layers_diff ?? [];
  if (changes.length === 0) return [];
  const shown = changes.slice(0, LAYER_CHANGES_SHOWN).map((c) => `    ${layerChangeText(c, plain)}`);
  const more = changes.length > LAYER_CHANGES_SHOWN ? [`    and ${grouped(changes.length - LAYER_CHANGES_SHOWN)} more`] : [];
  const base = m.base?.ref ? ` ${shortSha(m.base.ref)}` : '';
  const format = m.base?.format ? `, whose file was ${m.base.format}` : '';
  return [`  ${plain(m.name, 60)}: layers changed against base${base}${format}, biggest first:`, ...shown, ...more, ''];
}

function sharedLine(g: SharedNote): string {
  const more = g.names.length > 5 ? ` and ${g.names.length - 5} more` : '';
  return `  · ${g.names.slice(0, 5).map((n) => plain(n, 60)).join(', ')}${more}: ${g.what}: ${plain(g.reason, 300)}`;
}
