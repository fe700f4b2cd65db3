import { modelNotes, sharedNotes, statusWord, summaryColumns, verdict, type SharedNote } from '../check/describe.js';
import type { CheckReport } from '../check/types.js';
import { plain } from './escape.js';
import { shortSha } from './format.js';
import { textTable } from './text-table.js';

/**
 * `flopgate check` on a terminal: one row per model, then what needs attention, then the
 * verdict. The words are check/describe.ts's; this lays them out as plain text (names
 * stripped of control characters) in aligned columns.
 */
export function renderCheckTable(report: CheckReport): string {
  const columns = summaryColumns(report);
  const header = ['model', ...columns.map((c) => c.title), 'status'];
  const rows = report.models.map((m) => [plain(m.name, 60), ...columns.map((c) => c.cell(m)), statusWord(m)]);
  const out = [...textTable(header, rows, [false, ...columns.map((c) => c.numeric), false]), ''];

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

function sharedLine(g: SharedNote): string {
  const more = g.names.length > 5 ? ` and ${g.names.length - 5} more` : '';
  return `  · ${g.names.slice(0, 5).map((n) => plain(n, 60)).join(', ')}${more}: ${g.what}: ${plain(g.reason, 300)}`;
}
