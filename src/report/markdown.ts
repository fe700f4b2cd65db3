import { flopsText, LAYER_CHANGES_SHOWN, layerChangeText, modelNotes, sharedNotes, statusIcon, summaryColumns, verdict, worstModel, type Surface } from '../check/describe.js';
import type { CheckReport, ModelCheckResult } from '../check/types.js';
import { md, mermaidLabel } from './escape.js';
import { accuracy, bytes, compact, count, countColumn, grouped, percent, ratio, shape, shortSha, signedCount, signedPercent } from './format.js';

/** GitHub's limit is 65,536 characters; stay a little under it. */
export const DEFAULT_MAX_LENGTH = 65_000;

export const TRIMMED_NOTE = "_Per-layer detail trimmed to fit GitHub's comment limit";

export interface MarkdownOptions {
  maxLength?: number;
  /** The hidden first line the Action finds its comment by; defaults to markerFor(budget file). */
  marker?: string;
  /** Link to the workflow run; only https URLs are used. */
  runUrl?: string;
  /** Who reads it: notes name CLI flags or the Action's inputs (default `cli`). */
  surface?: Surface;
}

/**
 * The hidden marker that identifies the comment of one budget file. The path comes from
 * the repository, but it must not be able to close the HTML comment early.
 */
export function markerFor(budgetFile: string): string {
  const safe = budgetFile.replace(/[^\w./@+ -]/g, '_').replace(/-{2,}/g, (d) => '-_'.repeat(d.length).slice(0, d.length));
  return `<!-- flopgate:${safe} -->`;
}

/**
 * The PR comment (and job summary): verdict, summary table, what needs attention, the
 * accuracy chart, per-layer detail, footer. Every string from a file goes through md().
 * Under `maxLength` detail goes first (largest tables first), then the chart and the notes,
 * then summary rows; the verdict always stays.
 */
export function renderMarkdown(report: CheckReport, opts: MarkdownOptions = {}): string {
  const max = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  const v = verdict(report);
  // What a reviewer reads without scrolling: the verdict, then why (each failing or warning
  // model's reason, the worst model's biggest layer change), then the table.
  const head = `${opts.marker ?? markerFor(report.budget_file)}\n### ${v.icon} ${v.text}`;
  const footer = footerOf(report, opts.runUrl);
  const table = tableOf(report);
  const notes = [...report.models.flatMap(notesOf), ...biggestChangeLine(report), ...sharedNoteLines(report, opts.surface)];
  const chart = chartOf(report);
  const details = report.models.map(detailOf);
  const tableText = (rows: string) => table.header + rows;
  const allRows = table.rows.map((r) => `\n${r}`).join('');
  // Notes come first: failures and the biggest change above the table, information below it.
  const split = (lines: string[]) => {
    const info = lines.filter((l) => l.startsWith('- ℹ️') || l.startsWith('_… and'));
    const attention = lines.filter((l) => !info.includes(l));
    return [attention.join('\n'), info.join('\n')];
  };
  const layout = (rows: string, noteLines: string[], ...rest: (string | undefined)[]) => {
    const [attention, info] = split(noteLines);
    return join([head, attention, tableText(rows), info, ...rest]);
  };

  const join = (blocks: (string | undefined)[]) => `${blocks.filter((b) => b).join('\n\n')}\n`;
  const full = layout(allRows, notes, chart, ...details, footer);
  if (full.length <= max) return full;

  // Drop per-layer detail, largest first, until the rest fits.
  const note = (dropped: number) => `${TRIMMED_NOTE} (${grouped(dropped)} of ${grouped(details.length)} models)._`;
  const withoutDetails = layout(allRows, notes, note(details.length), chart, footer).length;
  const kept = new Set(details.keys());
  let keptLength = details.reduce((a, d) => a + d.length + 2, 0);
  for (const i of [...details.keys()].sort((a, b) => details[b]!.length - details[a]!.length)) {
    // The note is counted at its longest, so the estimate never undershoots.
    if (withoutDetails + keptLength <= max) break;
    kept.delete(i);
    keptLength -= details[i]!.length + 2;
  }
  if (kept.size > 0) {
    const body = layout(allRows, notes, note(details.length - kept.size), chart, ...details.filter((_, i) => kept.has(i)), footer);
    if (body.length <= max) return body;
  }

  // No detail at all. Then the chart goes, then notes and rows are cut to what fits:
  // rows first (failures first), since the summary table is what the verdict rests on.
  const trimmed = note(details.length);
  const withChart = layout(allRows, notes, trimmed, chart, footer);
  if (withChart.length <= max) return withChart;
  const fixed = join([head, table.header, trimmed, footer]).length;
  const room = max - fixed;
  // Notes carry the reasons of failures; they get up to a quarter of the room, rows the rest.
  const notesLength = notes.reduce((a, l) => a + l.length + 1, 0) + 2;
  const rowRoom = room - Math.min(notesLength, Math.floor(room / 4));
  const rows = fitLines(severityOrder(report, table.rows), rowRoom, (n) => `_… and ${grouped(n)} more models${hiddenSummary(report, table.rows.length - n)}._`);
  const rowText = rows.map((l) => (l.startsWith('_…') ? `\n\n${l}` : `\n${l}`)).join('');
  const noteRoom = room - rowText.length - 4;
  const noteLines = noteRoom > 0 ? fitLines(notes, noteRoom, (n) => `_… and ${grouped(n)} more notes._`) : [];
  const out = layout(rowText, noteLines, trimmed, footer);
  return out.length <= max ? out : `${out.slice(0, Math.max(0, max - 1))}\n`;
}

/**
 * As many lines as fit in `room` characters, one newline (or a blank line before the
 * "more" line) counted per line, ending with a "more" line when some are cut.
 */
function fitLines(lines: string[], room: number, more: (n: number) => string): string[] {
  const all = lines.reduce((a, l) => a + l.length + 1, 0);
  if (all <= room) return lines;
  let used = 0;
  let k = 0;
  for (; k < lines.length; k++) {
    const cost = lines[k]!.length + 1;
    if (used + cost + more(lines.length - k).length + 2 > room) break;
    used += cost;
  }
  if (k === 0 && more(lines.length).length + 2 > room) return [];
  return [...lines.slice(0, k), more(lines.length - k)];
}

/** When rows must be cut, keep the ones that need a reviewer: failures, then warnings. */
function severityOrder(report: CheckReport, rows: string[]): string[] {
  return report.models
    .map((m, i) => ({ r: rankOf(m), i }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ i }) => rows[i]!);
}

function hiddenSummary(report: CheckReport, shown: number): string {
  const ordered = [...report.models].sort((a, b) => rankOf(a) - rankOf(b)).slice(shown);
  const fail = ordered.filter((m) => m.status === 'fail').length;
  const warn = ordered.filter((m) => m.status === 'warn').length;
  const parts = [fail ? `${grouped(fail)} failing` : '', warn ? `${grouped(warn)} warning` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function rankOf(m: ModelCheckResult): number {
  return m.status === 'fail' ? 0 : m.status === 'warn' ? 1 : 2;
}

function tableOf(report: CheckReport): { header: string; rows: string[] } {
  // Narrow: a comment is about 780 px wide, and a cell that wraps hides what it says.
  const columns = summaryColumns(report, 'narrow');
  const titles = ['model', ...columns.map((c) => c.title), 'status'];
  const align = [':--', ...columns.map((c) => (c.numeric ? '--:' : ':--')), ':-:'];
  const header = `| ${titles.join(' | ')} |\n|${align.join('|')}|`;
  // A figure and its unit or share stay on one line ("+34,476 (+19.3%)" broken after the count
  // read as two figures): their spaces are no-break spaces.
  const keep = (s: string) => s.replace(/ /g, '\u00a0');
  const rows = report.models.map((m) => `| ${[md(m.name, 80), ...columns.map((c) => (c.numeric ? keep(c.cell(m)) : c.cell(m))), statusIcon(m)].join(' | ')} |`);
  return { header, rows };
}

function notesOf(m: ModelCheckResult): string[] {
  return modelNotes(m, md).map((n) => `- ${n.level === 'error' ? '❌' : '⚠️'} **${md(m.name, 80)}**: ${n.text}`);
}

/** The worst model's biggest layer change against the base, said above the table. */
function biggestChangeLine(report: CheckReport): string[] {
  const m = worstModel(report);
  const c = m?.layers_diff?.[0];
  if (!m || !c) return [];
  const b = m.base;
  const total = b?.status === 'measured' && b.delta !== undefined && b.delta !== 0n ? ` ${signedCount(b.delta)} FLOPs${b.ratio === undefined ? '' : ` (${signedPercent(b.ratio)})`}` : '';
  return [`- 🔎 **${md(m.name, 80)}**${total}; biggest layer change: ${layerChangeText(c, md)}`];
}

/** What was not measured and why, one line per distinct reason. */
function sharedNoteLines(report: CheckReport, surface?: Surface): string[] {
  return sharedNotes(report, surface).map((g) => {
    const shown = g.names.slice(0, 5).map((n) => `**${md(n, 80)}**`).join(', ');
    const more = g.names.length > 5 ? ` and ${grouped(g.names.length - 5)} more` : '';
    return `- ℹ️ ${shown}${more}: ${g.what}: ${md(g.reason, 300)}`;
  });
}

/**
 * Accuracy against FLOPs, once three or more models were fitted (two are read off the table at
 * a glance): bars ordered by FLOPs, on an axis from 0, so a bar's height is its accuracy and not
 * a difference blown up by a cut axis.
 */
function chartOf(report: CheckReport): string | undefined {
  const fitted = report.models
    .filter((m) => m.fit?.status === 'ok' && m.error === undefined)
    .map((m) => ({ m, acc: (m.fit as { accuracy: number }).accuracy }))
    .sort((a, b) => (a.m.flops < b.m.flops ? -1 : a.m.flops > b.m.flops ? 1 : 0));
  if (fitted.length < 3) return undefined;
  const shown = fitted.slice(0, 40);
  const labels = shown.map((f) => `"${mermaidLabel(f.m.name, 30)} ${compact(f.m.flops)}"`);
  return [
    '#### Accuracy against FLOPs',
    '```mermaid',
    'xychart-beta',
    '  title "Validation accuracy by model, ordered by forward FLOPs"',
    `  x-axis [${labels.join(', ')}]`,
    '  y-axis "validation accuracy" 0 --> 1',
    `  bar [${shown.map((f) => Number(f.acc.toFixed(4))).join(', ')}]`,
    '```',
  ].join('\n');
}

function detailOf(m: ModelCheckResult): string {
  if (m.error !== undefined) return '';
  const facts = [
    `${md(m.path, 200)} (${m.format}${m.producer ? ` from ${md(m.producer, 60)}` : ''})`,
    `convention \`${m.convention}\``,
    `batch size ${grouped(m.batch_size)}`,
    m.input_shapes.length ? `input ${m.input_shapes.map(shape).join(', ')}` : '',
    `training FLOPs ≈ ${count(m.training_flops_estimate)} (estimate: 3× forward)`,
    m.non_trainable_params ? `${count(m.trainable_params)} trainable params` : '',
    `weights ${bytes(m.weights_bytes)}${dtypes(m)}`,
    `peak activations ${bytes(m.activation_bytes)}`,
  ].filter(Boolean);
  const lines = [
    `<details><summary>${md(m.name, 80)}: ${flopsText(m)} FLOPs, ${count(m.params)} params, ${grouped(m.layers.length)} layers</summary>`,
    '',
    facts.join(' · '),
  ];
  if (m.base?.status === 'measured') {
    const format = m.base.format ? ` (a ${m.base.format} file there)` : '';
    lines.push('', `Base${m.base.ref ? ` ${commit(m.base.ref)}` : ''}${format}: ${count(m.base.flops ?? 0n)} FLOPs, ${count(m.base.params ?? 0n)} params.`);
  }
  lines.push(...layerChangeTable(m));
  if (m.fit?.status === 'ok') {
    const f = m.fit;
    lines.push(
      '',
      `Fit: ${md(f.dataset, 40)}, ${f.epochs} epoch${f.epochs === 1 ? '' : 's'}, ${grouped(f.train_samples)} training / ${grouped(f.validation_samples)} validation samples, seed ${f.seed}: ` +
        `accuracy ${accuracy(f.accuracy)}, loss ${Number(f.loss.toFixed(4))}, ${Number(f.seconds.toFixed(1))} s on ${md(f.backend, 40)}.`,
    );
  }
  if (m.layers.length) {
    lines.push('', '| # | layer | type | output shape | params | FLOPs | share |', '|--:|:--|:--|:--|--:|--:|--:|');
    const params = countColumn(m.layers.map((l) => l.params));
    const flops = countColumn(m.layers.map((l) => l.flops));
    m.layers.forEach((l, i) => {
      const share = m.flops > 0n ? percent(ratio(l.flops, m.flops)) : '';
      const type = `${md(l.type, 60)}${l.unknown ? ' ⚠️ unknown, counted as 0' : ''}`;
      lines.push(`| ${l.index} | ${md(l.name, 80)} | ${type} | ${md(shape(l.output_shape), 80)} | ${params[i]} | ${flops[i]} | ${share} |`);
    });
  }
  lines.push('', '</details>');
  return lines.join('\n');
}

/** "(float32 313 kB, int8 78.5 kB)" when the weights are of more than one dtype, or " (float16)". */
function dtypes(m: ModelCheckResult): string {
  const by = Object.entries(m.weights_by_dtype ?? {});
  if (by.length === 0) return '';
  if (by.length === 1) return ` (${by[0]![0]})`;
  return ` (${by.map(([t, b]) => `${t} ${bytes(b)}`).join(', ')})`;
}

/** The layers that changed against the base, biggest first, the first few in a table. */
function layerChangeTable(m: ModelCheckResult): string[] {
  const changes = m.layers_diff ?? [];
  if (changes.length === 0) return [];
  const side = (s: { flops: bigint; params: bigint } | null, k: 'flops' | 'params') => (s ? grouped(s[k]) : '—');
  const out = ['', 'Layers changed against the base, biggest change first:', '', '| layer | change | FLOPs before → after | params before → after |', '|:--|:--|--:|--:|'];
  for (const c of changes.slice(0, LAYER_CHANGES_SHOWN)) {
    const who = c.after ?? c.before!;
    const renamed = c.before && c.after && c.before.name !== c.after.name ? ` (was ${md(c.before.name, 60)})` : '';
    out.push(`| ${md(who.name, 80)}${renamed} (${md(who.type, 40)}) | ${c.change} | ${side(c.before, 'flops')} → ${side(c.after, 'flops')} | ${side(c.before, 'params')} → ${side(c.after, 'params')} |`);
  }
  if (changes.length > LAYER_CHANGES_SHOWN) out.push('', `_… and ${grouped(changes.length - LAYER_CHANGES_SHOWN)} more._`);
  return out;
}

function footerOf(report: CheckReport, runUrl?: string): string {
  const parts = [`Counted with the \`${report.convention}\` convention`];
  if (report.base && report.head) parts.push(`base ${commit(report.base)} → head ${commit(report.head)}`);
  else if (report.head) parts.push(`head ${commit(report.head)}`);
  parts.push(`budget file ${md(report.budget_file, 120)}`);
  if (runUrl && /^https:\/\/[^\s()<>"'`]+$/.test(runUrl)) parts.push(`[workflow run](${runUrl})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** A commit in a code span when it is a SHA; anything else is escaped text (code spans do not decode entities). */
function commit(ref: string): string {
  return /^[0-9a-f]{7,64}$/i.test(ref) ? `\`${shortSha(ref)}\`` : md(ref, 60);
}
