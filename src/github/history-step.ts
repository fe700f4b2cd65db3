import type { CheckReport } from '../check/types.js';
import { historyPath, recordHistory, trendFor, type HistoryTarget } from './history.js';
import type { ActionInputs } from './inputs.js';
import type { ActionRuntime } from './runtime.js';

type Payload = {
  ref?: unknown;
  repository?: { default_branch?: unknown };
  pull_request?: { base?: { ref?: unknown } };
} | null;

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The Action's two uses of the history branch; both do nothing when `history` is not set. */
export interface HistoryStep {
  /** On a pull request: the trend section for the comment. */
  trend(report: CheckReport): Promise<string | undefined>;
  /** On the default branch (never on a pull request): this run's line, committed. */
  record(report: CheckReport): Promise<void>;
}

export function historyStep(rt: ActionRuntime, inputs: ActionInputs, budgetPath: string, now: () => Date = () => new Date()): HistoryStep {
  const branch = inputs.history;
  if (!branch) return { trend: async () => undefined, record: async () => {} };
  const payload = rt.event.payload as Payload;
  const target = (): HistoryTarget => ({ ...rt.repo(), branch, path: historyPath(budgetPath) });
  const client = () => rt.octokit(inputs.token, (line) => rt.warning(line));
  const isPull = PULL_EVENTS.has(rt.event.name);
  return {
    async trend(report) {
      if (!isPull) return undefined;
      if (!inputs.token) return void rt.info('flopgate: history: github-token is empty; no trend.');
      const base = typeof payload?.pull_request?.base?.ref === 'string' ? payload.pull_request.base.ref : 'the base branch';
      const t = await trendFor(client(), target(), report, base);
      rt.info(`flopgate: history: ${t.note}.`);
      return t.trend;
    },
    async record(report) {
      // A pull request's figures are a proposal, not history.
      if (isPull) return;
      const ref = typeof payload?.ref === 'string' ? payload.ref : rt.env.GITHUB_REF;
      const main = payload?.repository?.default_branch;
      if (typeof main !== 'string' || ref !== `refs/heads/${main}`) {
        return rt.info(`flopgate: history: not recorded (${ref ?? 'no ref'} is not the default branch${typeof main === 'string' ? ` ${main}` : ''}).`);
      }
      if (!report.head) return rt.warning('flopgate: history: not recorded (the checked-out commit is unknown).');
      if (!inputs.token) return rt.warning('flopgate: history: github-token is empty; not recorded.');
      const t = target();
      const outcome = await recordHistory(client(), t, report, now());
      if (outcome.action === 'committed') {
        rt.info(`flopgate: history: ${report.head.slice(0, 7)} recorded in ${t.path} on ${t.branch}${outcome.created ? ' (branch created)' : ''}${outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''}.`);
      } else if (outcome.action === 'skipped') {
        rt.info(`flopgate: history: ${outcome.reason}.`);
      } else {
        rt.warning(`flopgate: history: could not record this run in ${t.path} on ${t.branch} (${outcome.message}); grant permissions: contents: write.`);
      }
    },
  };
}
