import { accuracyLimit, baseReason, byReason, decisive, describeCheck, fitSkipReason, flopsLimit, verdict } from '../check/describe.js';
import type { CheckReport, ModelCheckResult } from '../check/types.js';
import { plain } from './escape.js';
import { accuracy, count, delta, headroom, shortSha } from './format.js';
import { textTable } from './text-table.js';

/**
 * `flopgate check` on a terminal: one row per model, then what needs attention, then the
 * verdict. Plain text (names stripped of control characters), aligned columns.
 */
export function renderCheckTable(report: CheckReport): string {
  const withBase = report.models.some((m) => m.base);
  const withAccuracy = report.models.some((m) => m.fit || accuracyLimit(m) !== undefined);
  const header = ['model', 'FLOPs', ...(withBase ? ['Δ vs base'] : []), 'budget', 'headroom', 'params', ...(withAccuracy ? ['accuracy'] : []), 'status'];
  const rows = report.models.map((m) => [
    plain(m.name, 60),
    m.error ? '—' : flopsText(m),
    ...(withBase ? [m.error ? '' : delta(m.base)] : []),
    budgetText(m),
    m.error ? '' : headroom(m.flops, flopsLimit(m)),
    m.error ? '—' : count(m.params),
    ...(withAccuracy ? [accuracyText(m)] : []),
    m.error ? 'ERROR' : m.status === 'pass' ? 'pass' : m.status.toUpperCase(),
  ]);
  const out = [...textTable(header, rows, header.map((h) => h !== 'model' && h !== 'status')), ''];

  const shared = (what: string, g: { names: string[]; reason: string }) => {
    const more = g.names.length > 5 ? ` and ${g.names.length - 5} more` : '';
    return `  · ${g.names.slice(0, 5).map((n) => plain(n, 60)).join(', ')}${more}: ${what}: ${plain(g.reason, 300)}`;
  };
  const notes = [
    ...report.models.flatMap((m) => notesFor(m)),
    ...byReason(report.models, baseReason).map((g) => shared('no baseline', g)),
    ...byReason(report.models, fitSkipReason).map((g) => shared('fit skipped', g)),
    ...byReason(report.models, unmeasured('flops_increase')).map((g) => shared('FLOPs increase not measured', g)),
    ...byReason(report.models, unmeasured('accuracy')).map((g) => shared('accuracy not measured', g)),
  ];
  if (notes.length) out.push(...notes, '');
  const v = verdict(report);
  const compared = report.base ? ` (base ${shortSha(report.base)})` : '';
  out.push(`${v.icon} ${v.text}${compared}`, '');
  return out.join('\n');
}

function flopsText(m: ModelCheckResult): string {
  return `${m.lower_bound ? '≥ ' : ''}${count(m.flops)}`;
}

function budgetText(m: ModelCheckResult): string {
  const limit = flopsLimit(m);
  return limit === undefined ? '' : count(limit);
}

export function accuracyText(m: ModelCheckResult): string {
  if (m.fit?.status === 'ok') return accuracy(m.fit.accuracy);
  if (m.fit?.status === 'skipped') return 'skipped';
  return accuracyLimit(m) !== undefined ? 'not measured' : '';
}

/** Lines a developer must read: errors, exceeded limits, missing baselines and fits, unknown layers. */
function notesFor(m: ModelCheckResult): string[] {
  const name = plain(m.name, 60);
  const err = m.error;
  if (err) return [`  ✗ ${name}: ${plain(err, 400)}`];
  const out = decisive(m).map((c) => `  ${m.status === 'fail' ? '✗' : '!'} ${name}: ${describeCheck(c)}`);
  if (m.unknown.length) {
    const list = m.unknown.slice(0, 5).map((u) => `${plain(u.layer, 40)} (${plain(u.type, 40)})`).join(', ');
    const more = m.unknown.length > 5 ? ` and ${m.unknown.length - 5} more` : '';
    out.push(`  ! ${name}: unknown layers counted as 0, so FLOPs are a lower bound: ${list}${more}`);
  }
  return out;
}

/** Limits that decided nothing, and why: no baseline to compare with, no fit that ran. */
function unmeasured(budget: 'flops_increase' | 'accuracy') {
  return (m: ModelCheckResult): string | undefined => {
    if (!m.checks.some((c) => c.budget === budget && c.status === 'not-measured')) return undefined;
    if (budget === 'accuracy') return m.fit ? 'the fit was skipped' : 'no fit ran (fit: blocks run unless --no-fit)';
    return m.base?.status === 'new' ? 'new model' : m.base ? 'no baseline' : 'no --base-ref given';
  };
}
