import { accuracy, count, grouped, percent, signedPercent } from '../report/format.js';
import type { BudgetCheck, CheckReport, ModelCheckResult } from './types.js';

/** One sentence per limit, for the terminal, the comment and logs. */
export function describeCheck(c: BudgetCheck): string {
  const n = (x: bigint) => (x < 1_000_000n ? grouped(x) : count(x));
  switch (c.budget) {
    case 'flops':
      return `FLOPs ${n(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the budget of ${n(c.limit)}`;
    case 'flops_warn':
      return `FLOPs ${n(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the warning threshold of ${n(c.limit)}`;
    case 'params':
      return `params ${n(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the budget of ${n(c.limit)}`;
    case 'flops_increase':
      if (c.actual === null) return `FLOPs increase not measured (no baseline); limit ${percent(c.limit)}`;
      return `FLOPs changed by ${signedPercent(c.actual)} against the base; allowed ${percent(c.limit)}`;
    case 'accuracy':
      if (c.actual === null) return `accuracy not measured (no fit ran); minimum ${accuracy(c.limit)}`;
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

export function statusIcon(m: ModelCheckResult): string {
  if (m.error !== undefined) return '❌';
  return m.status === 'fail' ? '❌' : m.status === 'warn' ? '⚠️' : '✅';
}

/**
 * Reasons shared by several models (one missing base commit, one missing fit backend) are
 * said once, naming the models, instead of once per model.
 */
export function byReason(models: ModelCheckResult[], reasonOf: (m: ModelCheckResult) => string | undefined): { names: string[]; reason: string }[] {
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

export const baseReason = (m: ModelCheckResult): string | undefined =>
  m.error === undefined && m.base?.status === 'unavailable' ? (m.base.reason ?? 'unknown reason') : undefined;

export const fitSkipReason = (m: ModelCheckResult): string | undefined =>
  m.error === undefined && m.fit?.status === 'skipped' ? m.fit.reason : undefined;
