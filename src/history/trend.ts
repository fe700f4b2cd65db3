import type { CheckReport } from '../check/types.js';
import { mermaidLabel } from '../report/escape.js';
import { compact, signedPercent } from '../report/format.js';
import type { HistoryEntry } from './record.js';

/** Points of a trend: the last commits of the base branch, and the pull request. */
export const TREND_POINTS = 20;
/** Charts in one comment: the models that moved most. */
export const TREND_CHARTS = 5;

/**
 * Each model's FLOPs over the last commits of the base branch (the history the default-branch
 * runs recorded), the pull request's value as the last point: Mermaid line charts, which
 * GitHub renders in a comment. Only models whose FLOPs moved over the window or in the PR
 * get a chart, the largest relative move first; undefined when there is nothing to draw.
 */
export function trendMarkdown(entries: HistoryEntry[], report: CheckReport, branch: string): string | undefined {
  const window = entries.filter((e) => e.convention === '' || e.convention === report.convention).slice(-TREND_POINTS);
  if (window.length === 0) return undefined;
  const charts: { move: number; text: string }[] = [];
  let flat = 0;
  for (const m of report.models) {
    if (m.error !== undefined) continue;
    const points = window.flatMap((e) => (e.models[m.name] ? [{ label: e.commit.slice(0, 7), flops: e.models[m.name]!.flops }] : []));
    if (points.length === 0) continue;
    const values = [...points.map((p) => p.flops), m.flops];
    const [lo, hi] = [values.reduce((a, b) => (b < a ? b : a)), values.reduce((a, b) => (b > a ? b : a))];
    if (lo === hi) {
      flat++;
      continue;
    }
    const first = points[0]!.flops;
    const move = first > 0n ? Math.abs(Number(m.flops - first) / Number(first)) : Infinity;
    const labels = [...points.map((p) => `"${p.label}"`), '"PR"'];
    const change = first > 0n ? ` (${signedPercent(Number(m.flops - first) / Number(first))} over ${points.length} commits)` : '';
    charts.push({
      move,
      text: [
        '```mermaid',
        'xychart-beta',
        `  title "${mermaidLabel(m.name, 60)}: forward FLOPs${change.replace(/"/g, '')}"`,
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "FLOPs (${compact(hi)} max)"`,
        `  line [${values.map((v) => v.toString()).join(', ')}]`,
        '```',
      ].join('\n'),
    });
  }
  if (charts.length === 0) return undefined;
  charts.sort((a, b) => b.move - a.move);
  const shown = charts.slice(0, TREND_CHARTS);
  const more = charts.length - shown.length;
  const tail = [more > 0 ? `${more} more model(s) moved` : '', flat > 0 ? `${flat} model(s) unchanged over the window` : ''].filter(Boolean).join('; ');
  return [
    `#### Trend: FLOPs over the last ${window.length} recorded commit(s) of \`${branch.replace(/`/g, '')}\`, then this PR`,
    ...shown.map((c) => c.text),
    ...(tail ? [`_${tail}._`] : []),
  ].join('\n\n');
}
