import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CheckReport, Status } from '../check/types.js';
import { toJson } from '../report/json.js';
import type { FailOn } from './inputs.js';
import type { ActionEnv } from './runtime.js';

export function shouldFail(status: Status, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return status !== 'pass';
  return status === 'fail';
}

/** Integer text, exact, however large the sum. */
export function totalFlops(report: CheckReport): string {
  return report.models.reduce((a, m) => a + m.flops, 0n).toString();
}

/**
 * One file per step and budget file, so two flopgate steps in a job (two budget files, or a
 * matrix) never overwrite each other's report.
 */
export function reportPath(budgetFile: string, env: ActionEnv): string {
  const dir = env.RUNNER_TEMP || os.tmpdir();
  const slug = budgetFile.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+/, '') || 'budget';
  const step = (env.GITHUB_ACTION || 'flopgate').replace(/[^A-Za-z0-9._-]+/g, '_');
  return path.join(dir, 'flopgate', `${step}-${slug}.json`);
}

export async function writeReport(report: CheckReport, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${toJson(report, 2)}\n`);
}

export function setOutputs(o: { report: CheckReport; reportFile: string; body: string }, setOutput: (name: string, value: string) => void): void {
  setOutput('passed', String(o.report.passed));
  setOutput('report', o.reportFile);
  setOutput('comment-body', o.body);
  setOutput('total-flops', totalFlops(o.report));
}
