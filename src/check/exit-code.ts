import type { ModelCheckResult } from './types.js';

/**
 * Exit code of a finished check: 2 when any model could not be measured (bad input, as
 * the CLI contract says), else 1 when a budget is exceeded, else 0 (warnings pass).
 */
export function exitCodeOf(report: { status: string; models: ModelCheckResult[] }): 0 | 1 | 2 {
  if (report.models.some((m) => m.error !== undefined)) return 2;
  return report.status === 'fail' ? 1 : 0;
}
