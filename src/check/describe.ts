import { splitPosition } from '../config/position.js';
import { accuracy, bytes, compact, count, countColumn, delta, grouped, headroom, percent, ratio, signedCount, signedPercent } from '../report/format.js';
import type { ModelReport } from '../report/types.js';
import type { BudgetCheck, CheckReport, LayerChange, ModelCheckResult } from './types.js';

/**
 * What a check result means, in words: every sentence the terminal table, the PR comment,
 * the Action's annotations and its failure message say about a result is written here once,
 * so the places can never disagree. Renderers only lay the words out and escape what came
 * from a file, each for its medium (see Inert).
 */

/**
 * Makes text that came from a file (a model name, a layer name, an error naming a path)
 * harmless where it is shown, cut to `max` characters: `plain` for a terminal or an
 * annotation, `md` for Markdown.
 */
export type Inert = (text: string, max: number) => string;

/** Labels of the notes shared by several models, also used by the check's log lines. */
export const NO_BASELINE = 'no baseline';
export const FIT_SKIPPED = 'fit skipped';

/** One sentence per limit. */
export function describeCheck(c: BudgetCheck): string {
  const n = (x: bigint) => (x < 1_000_000n ? grouped(x) : count(x));
  switch (c.budget) {
    case 'flops':
      return `FLOPs ${n(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the budget of ${n(c.limit)}`;
    case 'flops_warn':
      return `FLOPs ${n(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the warning threshold of ${n(c.limit)}`;
    case 'params':
      return `params ${n(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the budget of ${n(c.limit)}`;
    case 'weights_bytes':
    case 'weights_bytes_warn':
    case 'activation_bytes':
    case 'activation_bytes_warn': {
      const what = c.budget.startsWith('weights') ? 'weights' : 'peak activations';
      const limit = c.budget.endsWith('_warn') ? 'warning threshold' : 'budget';
      return `${what} ${bytes(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the ${limit} of ${bytes(c.limit)}`;
    }
    case 'flops_increase':
      if (c.actual === null) return `FLOPs increase not measured; limit ${percent(c.limit)}`;
      return `FLOPs changed by ${signedPercent(c.actual)} against the base; allowed ${percent(c.limit)}`;
    case 'accuracy':
      if (c.actual === null) return `accuracy not measured; minimum ${accuracy(c.limit)}`;
      return `accuracy ${accuracy(c.actual)} ${c.status === 'fail' ? 'below' : 'meets'} the minimum of ${accuracy(c.limit)}`;
  }
}

/** The limits that decided a model's status (its failures, or its warnings). */
export function decisive(m: ModelCheckResult): BudgetCheck[] {
  return m.checks.filter((c) => c.status === m.status && m.status !== 'pass');
}

export function flopsLimit(m: ModelCheckResult): bigint | undefined {
  for (const c of m.checks) if (c.budget === 'flops') return c.limit;
  return undefined;
}

export function accuracyLimit(m: ModelCheckResult): number | undefined {
  for (const c of m.checks) if (c.budget === 'accuracy') return c.limit;
  return undefined;
}

const models = (n: number) => `${grouped(n)} model${n === 1 ? '' : 's'}`;

/** The one-line verdict: what a reviewer reads first, the same in the terminal and the comment. */
export function verdict(report: CheckReport): { icon: string; text: string } {
  const n = report.models.length;
  const broken = report.models.filter((m) => m.error !== undefined).length;
  const over = report.models.filter((m) => m.status === 'fail').length - broken;
  const warned = report.models.filter((m) => m.status === 'warn').length;
  if (report.status === 'fail') {
    const parts = [];
    if (over) parts.push(`${grouped(over)} of ${models(n)} over budget`);
    if (broken) parts.push(`${grouped(broken)} of ${models(n)} could not be measured`);
    return { icon: '❌', text: `flopgate: ${parts.join(', ') || 'budget check failed'}` };
  }
  if (report.status === 'warn') {
    return { icon: '⚠️', text: `flopgate: ${models(n)} within budget, ${grouped(warned)} above the warning threshold` };
  }
  return { icon: '✅', text: `flopgate: ${models(n)} within budget` };
}

/**
 * The message a failed Action step carries: the verdict, and the first model that could not
 * be measured with why (the one-line summary GitHub shows for the step).
 */
export function failureMessage(report: CheckReport): string {
  const text = verdict(report).text;
  const broken = report.models.find((m) => m.error !== undefined);
  return broken ? `${text} (${broken.name}: ${broken.error})` : text;
}

export function statusIcon(m: ModelCheckResult): string {
  if (m.error !== undefined) return '❌';
  return m.status === 'fail' ? '❌' : m.status === 'warn' ? '⚠️' : '✅';
}

/** A status in words, for plain text: pass, WARN, FAIL, ERROR (could not be measured). */
export function statusWord(m: ModelCheckResult): string {
  if (m.error !== undefined) return 'ERROR';
  return m.status === 'pass' ? 'pass' : m.status.toUpperCase();
}

/** "≥ 1,000" when unknown layers were counted as 0, else the count. */
export function flopsText(m: ModelReport): string {
  return `${m.lower_bound ? '≥ ' : ''}${count(m.flops)}`;
}

/** The log line of a measured model: exact figures. */
export function measuredLine(m: ModelReport): string {
  return `${m.lower_bound ? '≥ ' : ''}${grouped(m.flops)} FLOPs, ${grouped(m.params)} params`;
}

export interface SummaryColumn {
  title: string;
  /** Numbers: right-aligned. */
  numeric: boolean;
  cell: (m: ModelCheckResult) => string;
}

/** Limits of a model by name, when set. */
function limitOf(m: ModelCheckResult, budget: BudgetCheck['budget']): bigint | undefined {
  for (const c of m.checks) if (c.budget === budget && typeof c.limit === 'bigint') return c.limit;
  return undefined;
}

/**
 * The summary table's columns between the model's name and its status, the same words in the
 * terminal and the comment: Δ vs base only when a base was compared, the FLOPs budget only when
 * a model has one, weights and activations
 * only when a model budgets them, accuracy only when a fit ran or a minimum is set. A model
 * that could not be measured shows dashes, not zeros. Each count column is written in one
 * form throughout (exact, or three digits with a unit), never a mix of `9,216` and `6.73 M`.
 * `narrow` (the PR comment, about 780 px wide) folds budget and headroom into one short cell
 * and leaves params to the detail.
 */
export function summaryColumns(report: CheckReport, layout: 'wide' | 'narrow' = 'wide'): SummaryColumn[] {
  const all = report.models;
  const ok = all.filter((m) => m.error === undefined);
  const withBase = all.some((m) => m.base);
  const withFlopsBudget = all.some((m) => flopsLimit(m) !== undefined);
  const withAccuracy = all.some((m) => m.fit || accuracyLimit(m) !== undefined);
  const withWeights = all.some((m) => limitOf(m, 'weights_bytes') !== undefined || limitOf(m, 'weights_bytes_warn') !== undefined);
  const withActivations = all.some((m) => limitOf(m, 'activation_bytes') !== undefined || limitOf(m, 'activation_bytes_warn') !== undefined);
  const measured = (f: (m: ModelCheckResult) => string, otherwise: string) => (m: ModelCheckResult) => (m.error === undefined ? f(m) : otherwise);
  const column = (list: ModelCheckResult[], value: (m: ModelCheckResult) => bigint) => {
    const cells = countColumn(list.map(value));
    return new Map(list.map((m, i) => [m, cells[i]!]));
  };
  const flopsCells = column(ok, (m) => m.flops);
  const paramCells = column(ok, (m) => m.params);
  const limitCells = column(all.filter((m) => flopsLimit(m) !== undefined), (m) => flopsLimit(m)!);
  const flopsCell = (m: ModelCheckResult) => `${m.lower_bound ? '≥ ' : ''}${flopsCells.get(m)}`;
  const limitCell = (m: ModelCheckResult) => limitCells.get(m) ?? '';
  const columns: (SummaryColumn | false)[] = [
    { title: 'FLOPs', numeric: true, cell: measured(flopsCell, '—') },
    withBase && { title: 'Δ vs base', numeric: true, cell: measured((m) => delta(m.base), '') },
    ...(layout === 'wide'
      ? [
          withFlopsBudget && { title: 'budget', numeric: true, cell: limitCell },
          withFlopsBudget && { title: 'headroom', numeric: true, cell: measured((m) => headroom(m.flops, flopsLimit(m)), '') },
          { title: 'params', numeric: true, cell: measured((m) => paramCells.get(m)!, '—') },
        ]
      : [withFlopsBudget && { title: 'of budget', numeric: true, cell: measured(budgetUse, '') }]),
    withWeights && { title: 'weights', numeric: true, cell: measured((m) => bytes(m.weights_bytes), '') },
    withActivations && { title: 'activations', numeric: true, cell: measured((m) => bytes(m.activation_bytes), '') },
    withAccuracy && { title: 'accuracy', numeric: true, cell: accuracyText },
  ];
  return columns.filter((c): c is SummaryColumn => c !== false);
}

/** The share of the FLOPs budget used, in a few characters: "90% of 200k", "115% of 200k". */
export function budgetUse(m: ModelCheckResult): string {
  const l = flopsLimit(m);
  if (l === undefined) return '';
  return `${l > 0n ? percent(ratio(m.flops, l)) : '—'} of ${compact(l)}`;
}

/** One layer change in words: "dense (Dense): FLOPs 156,900 → 313,800 (+156,900), params 78,500 → 157,000". */
export function layerChangeText(c: LayerChange, inert: Inert): string {
  const who = c.after ?? c.before!;
  const renamed = c.before && c.after && c.before.name !== c.after.name ? ` (was ${inert(c.before.name, 60)})` : '';
  const name = `${inert(who.name, 80)}${renamed} (${inert(who.type, 40)})`;
  const n = (x: bigint) => grouped(x);
  if (c.change === 'added') return `${name} added: ${n(c.after!.flops)} FLOPs, ${n(c.after!.params)} params`;
  if (c.change === 'removed') return `${name} removed: was ${n(c.before!.flops)} FLOPs, ${n(c.before!.params)} params`;
  const params = c.params_delta !== 0n ? `, params ${n(c.before!.params)} → ${n(c.after!.params)}` : '';
  return `${name}: FLOPs ${n(c.before!.flops)} → ${n(c.after!.flops)} (${signedCount(c.flops_delta)})${params}`;
}

/** The layer changes a report shows before "and N more". */
export const LAYER_CHANGES_SHOWN = 5;

/**
 * The model a reviewer should look at first: a failure before a warning, then the largest
 * change of FLOPs against the base; undefined when nothing failed, warned or changed.
 */
export function worstModel(report: CheckReport): ModelCheckResult | undefined {
  const rank = (m: ModelCheckResult) => (m.status === 'fail' ? 0 : m.status === 'warn' ? 1 : 2);
  const moved = (m: ModelCheckResult) => {
    const d = m.base?.delta ?? 0n;
    return d < 0n ? -d : d;
  };
  const candidates = report.models.filter((m) => m.status !== 'pass' || moved(m) > 0n || (m.layers_diff?.length ?? 0) > 0);
  return candidates.sort((a, b) => rank(a) - rank(b) || (moved(b) > moved(a) ? 1 : moved(b) < moved(a) ? -1 : 0))[0];
}

export function accuracyText(m: ModelCheckResult): string {
  if (m.fit?.status === 'ok') return accuracy(m.fit.accuracy);
  if (m.fit?.status === 'skipped') return 'skipped';
  return accuracyLimit(m) !== undefined ? 'not measured' : '';
}

export interface ModelNote {
  /** `error`: the model fails; `warning`: it warns, or its count is a lower bound. */
  level: 'error' | 'warning';
  /** The sentence after the model's name, file text already made inert. */
  text: string;
}

/** What a developer must read about one model: why it could not be measured, the limits it broke, unknown layers. */
export function modelNotes(m: ModelCheckResult, inert: Inert): ModelNote[] {
  if (m.error !== undefined) return [{ level: 'error', text: inert(m.error, 500) }];
  const out: ModelNote[] = decisive(m).map((c) => ({ level: m.status === 'fail' ? 'error' : 'warning', text: describeCheck(c) }));
  if (m.unknown.length) {
    const list = m.unknown.slice(0, 5).map((u) => `${inert(u.layer, 60)} (${inert(u.type, 60)})`).join(', ');
    const more = m.unknown.length > 5 ? ` and ${grouped(m.unknown.length - 5)} more` : '';
    const n = m.unknown.length;
    out.push({ level: 'warning', text: `${grouped(n)} unknown layer${n === 1 ? '' : 's'} counted as 0, so its FLOPs are a lower bound (≥): ${list}${more}` });
  }
  return out;
}

/**
 * The sentence an annotation at the model's entry carries: the limits that decided its status,
 * or why it could not be measured. The annotation already stands at the line an error names,
 * so the error's `file:line:column: ` is not repeated.
 */
export function annotationText(m: ModelCheckResult): string {
  if (m.error !== undefined) return splitPosition(m.error)?.message ?? m.error;
  const hits = decisive(m);
  return hits.length ? hits.map(describeCheck).join('; ') : `status ${m.status}`;
}

export interface SharedNote {
  /** The models it is about, in the budget file's order. */
  names: string[];
  /** What happened: "no baseline", "fit skipped", "accuracy not measured"... */
  what: string;
  /** Why (may hold text from a file: renderers make it inert). */
  reason: string;
}

/**
 * Notes about what was not measured, said once per distinct reason with the models it
 * concerns (one missing base commit, one missing fit backend), not once per model.
 */
export function sharedNotes(report: CheckReport, surface: Surface = 'cli'): SharedNote[] {
  const fitsOff = surface === 'action' ? 'the fit input is false' : 'fits were turned off (--no-fit)';
  const kinds: [string, (m: ModelCheckResult) => string | undefined][] = [
    [NO_BASELINE, (m) => (m.base?.status === 'unavailable' ? (m.base.reason ?? 'unknown reason') : undefined)],
    [FIT_SKIPPED, (m) => (m.fit?.status === 'skipped' ? m.fit.reason : undefined)],
    ['FLOPs increase not measured', (m) => (notMeasured(m, 'flops_increase') ? increaseUnmeasuredReason(m, surface) : undefined)],
    ['accuracy not measured', (m) => (notMeasured(m, 'accuracy') ? (m.fit ? 'the fit was skipped' : fitsOff) : undefined)],
  ];
  const measured = report.models.filter((m) => m.error === undefined);
  return kinds.flatMap(([what, reasonOf]) => byReason(measured, reasonOf).map((g) => ({ ...g, what })));
}

function notMeasured(m: ModelCheckResult, budget: 'flops_increase' | 'accuracy'): boolean {
  return m.checks.some((c) => c.budget === budget && c.status === 'not-measured');
}

/** Who reads the words: a CLI user sets flags, an Action user sets inputs. */
export type Surface = 'cli' | 'action';

function increaseUnmeasuredReason(m: ModelCheckResult, surface: Surface): string {
  switch (m.base?.status) {
    case 'new':
      return 'the model is new';
    case 'unavailable':
      return NO_BASELINE;
    case 'measured':
      return 'the base has no FLOPs to compare with';
    case undefined:
      return surface === 'action' ? 'no base was compared (the Action compares on pull requests, with compare: base)' : 'no base was compared (give --base-ref)';
  }
}

function byReason(models: ModelCheckResult[], reasonOf: (m: ModelCheckResult) => string | undefined): { names: string[]; reason: string }[] {
  const groups = new Map<string, string[]>();
  for (const m of models) {
    const reason = reasonOf(m);
    if (reason === undefined) continue;
    const names = groups.get(reason) ?? [];
    names.push(m.name);
    groups.set(reason, names);
  }
  return [...groups].map(([reason, names]) => ({ names, reason }));
}
