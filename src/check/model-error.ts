import type { ModelCheckResult } from './types.js';

/**
 * A model that could not be measured (missing file, LFS pointer, unknown layer, corrupt
 * file) carries the one-line reason in `error`. ModelCheckResult has no such field yet, so
 * it rides along as an extra property; these two functions are the only places that know.
 */
export type ModelOutcome = ModelCheckResult & { error?: string };

export function modelError(m: ModelCheckResult): string | undefined {
  const e = (m as ModelOutcome).error;
  return typeof e === 'string' ? e : undefined;
}

/**
 * Exit code of a finished check: 2 when any model could not be measured (bad input, as
 * the CLI contract says), else 1 when a budget is exceeded, else 0 (warnings pass).
 */
export function exitCodeOf(report: { status: string; models: ModelCheckResult[] }): 0 | 1 | 2 {
  if (report.models.some((m) => modelError(m) !== undefined)) return 2;
  return report.status === 'fail' ? 1 : 0;
}
