import { LAYER_CHANGES_SHOWN, layerChangeText, modelNotes, sharedNotes, statusWord, summaryColumns, verdict, type SharedNote } from '../check/describe.js';
import type { CheckReport, ModelCheckResult } from '../check/types.js';
import { plain } from './escape.js';
import { grouped, shortSha } from './format.js';
import { textTable } from './text-table.js';

/**
 * `flopgate check` on a terminal: one row per model, the layers that changed against the base,
 * then what needs attention, then the verdict. The words are check/describe.ts's; this lays
 * them out as plain text (names stripped of control characters) in aligned columns.
 */
export function renderCheckTable(report: CheckReport): string {
  const columns = summaryColumns(report, 'wide');
  const header = ['model', ...columns.map((c) => c.title), 'status'];
  const rows = report.models.map((m) => [plain(m.name, 60), ...columns.map((c) => c.cell(m)), statusWord(m)]);
  const out = [...textTable(header, rows, [false, ...columns.map((c) => c.numeric), false]), ''];

  for (const m of report.models) out.push(...layerChanges(m));
  const notes = [
    ...report.models.flatMap((m) => modelNotes(m, plain).map((n) => `  ${n.level === 'error' ? '✗' : '!'} ${plain(m.name, 60)}: ${n.text}`)),
    ...sharedNotes(report).map(sharedLine),
  ];
  if (notes.length) out.push(...notes, '');
  const v = verdict(report);
  const compared = report.base ? ` (base ${shortSha(report.base)})` : '';
  out.push(`${v.icon} ${v.text}${compared}`, '');
  return out.join('\n');
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
