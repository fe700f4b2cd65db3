import os from 'node:os';
import path from 'node:path';
import { failureMessage } from '../check/describe.js';
import { exitCodeOf } from '../check/exit-code.js';
import type { CheckReport } from '../check/types.js';
import { FlopgateError } from '../errors.js';
// renderMarkdown's default length keeps the body under GitHub's 65,536-character comment limit.
import { markerFor, renderMarkdown } from '../report/markdown.js';
import { faultAnnotations, reportAnnotations, workspacePath } from './annotations.js';
import { flopsChanged, publishComment, type CommentOutcome } from './comment.js';
import { resolveBase } from './event/base.js';
import { faultMarkdown } from './fault.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { reportPath, setOutputs, shouldFail, writeReport } from './outputs.js';
import type { ActionRuntime } from './runtime.js';
import { writeSummary } from './summary.js';

const FORK_HINT =
  'A pull request from a fork gets a read-only GITHUB_TOKEN; the verdict is in the job summary and the step result. ' +
  'To comment on fork PRs, run flopgate with comment: never, upload its comment-body, and post it from a workflow_run workflow ' +
  '(see the README, "Pull requests from forks"). Otherwise grant permissions: pull-requests: write.';

function runUrl(rt: ActionRuntime): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = rt.env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

function pullNumber(rt: ActionRuntime): number | undefined {
  if (rt.event.name !== 'pull_request' && rt.event.name !== 'pull_request_target') return undefined;
  const n = (rt.event.payload as { pull_request?: { number?: unknown } } | null)?.pull_request?.number;
  return typeof n === 'number' ? n : undefined;
}

function reportComment(rt: ActionRuntime, outcome: CommentOutcome): void {
  switch (outcome.action) {
    case 'created':
    case 'updated':
      rt.info(`flopgate: comment ${outcome.action}: ${outcome.url}`);
      return;
    case 'skipped':
      rt.info(`flopgate: no comment (${outcome.reason}).`);
      return;
    case 'denied':
      rt.warning(`flopgate: could not comment on the pull request (HTTP ${outcome.status}: ${outcome.message}). ${FORK_HINT}`);
      return;
    case 'failed':
      rt.warning(`flopgate: could not comment on the pull request (${outcome.message}); the verdict is in the job summary.`);
  }
}

interface CommentFacts {
  changed: boolean;
  failed: boolean;
}

async function comment(rt: ActionRuntime, inputs: ActionInputs, marker: string, body: string, facts: CommentFacts): Promise<void> {
  if (inputs.comment === 'never') return rt.info("flopgate: no comment (comment: 'never').");
  const issueNumber = pullNumber(rt);
  if (issueNumber === undefined) return rt.info('flopgate: not a pull request event; no comment.');
  if (!inputs.token) return rt.warning('flopgate: github-token is empty; no comment. The verdict is in the job summary.');
  const octokit = rt.octokit(inputs.token, (line) => rt.warning(line));
  const outcome = await publishComment(octokit, { ...rt.repo(), issueNumber }, { marker, body, policy: inputs.comment, ...facts });
  reportComment(rt, outcome);
}

/**
 * The Action, start to finish, on the runtime it is given; the exit code it returns is the
 * step's. Everything that carries the verdict (report file, outputs, summary, annotations)
 * is written before the comment is attempted, so a comment that cannot be posted loses
 * nothing. Bad input (an invalid input, a budget-file fault, a model that cannot be
 * measured) fails the step with one line and exit code 2, whatever fail-on says. Anything
 * else thrown is a bug of ours, left to the caller.
 */
export async function runAction(rt: ActionRuntime): Promise<number> {
  try {
    return await run(rt);
  } catch (err) {
    if (!(err instanceof FlopgateError)) throw err;
    rt.setFailed(err.message);
    return err.exitCode;
  }
}

async function run(rt: ActionRuntime): Promise<number> {
  const inputs = readInputs((name) => rt.getInput(name));
  const workspace = path.resolve(rt.env.GITHUB_WORKSPACE || rt.cwd);
  const root = path.resolve(workspace, inputs.workingDirectory);
  // The checkout is what the check may read; a working directory elsewhere (`..`, /etc) is refused.
  const inside = path.relative(workspace, root);
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
    throw new FlopgateError(`Input 'working-directory' must be inside the workspace (${workspace}); got '${inputs.workingDirectory}'`);
  }
  const marker = markerFor(workspacePath(inputs.budgetFile, root, workspace));

  let report: CheckReport;
  try {
    const base =
      inputs.compare === 'base'
        ? await resolveBase({ eventName: rt.event.name, payload: rt.event.payload, cwd: root, info: (l) => rt.info(l), warn: (l) => rt.warning(l) })
        : undefined;
    report = await rt.runCheck({
      root,
      budgetFile: inputs.budgetFile,
      surface: 'action',
      ...(base && 'sha' in base ? { baseRef: base.sha } : {}),
      ...(base && 'skipped' in base ? { baseSkipped: base.skipped } : {}),
      fit: inputs.fit !== 'false',
      log: (line) => rt.info(line),
      // Datasets downloaded for fits persist where the runner keeps tools (reused on self-hosted runners).
      fitCacheDir: path.join(rt.env.RUNNER_TOOL_CACHE || rt.env.RUNNER_TEMP || os.tmpdir(), 'flopgate'),
      group: (title, fn) => rt.group(title, fn),
    });
  } catch (err) {
    if (err instanceof FlopgateError) await publishFault(rt, err, inputs, marker, root, workspace);
    throw err;
  }

  const body = renderMarkdown(report, { marker, runUrl: runUrl(rt), surface: 'action' });
  const file = reportPath(inputs.budgetFile, rt.env);
  await writeReport(report, file);
  setOutputs({ report, reportFile: file, body }, (name, value) => rt.setOutput(name, value));
  await writeSummary(body, rt);
  for (const a of reportAnnotations(report, root, workspace)) rt.annotate(a);
  await comment(rt, inputs, marker, body, { changed: flopsChanged(report), failed: report.status === 'fail' });

  // A model that could not be measured is bad input, like a broken budget file: it fails the
  // step whatever fail-on says, since a gate that cannot measure must not pass silently.
  const code = exitCodeOf(report);
  if (code === 2 || shouldFail(report.status, inputs.failOn)) {
    rt.setFailed(failureMessage(report));
    return code === 2 ? 2 : 1;
  }
  rt.info(`flopgate: ${report.status} (fail-on: ${inputs.failOn}).`);
  return 0;
}

/**
 * A check that could not run still tells: annotations at each faulty line, the faults in the
 * summary and the comment (so an earlier verdict is not left standing), passed=false. The
 * caller then fails the step with the one-line message.
 */
async function publishFault(rt: ActionRuntime, err: FlopgateError, inputs: ActionInputs, marker: string, root: string, workspace: string): Promise<void> {
  for (const a of faultAnnotations(err, root, workspace)) rt.annotate(a);
  const body = faultMarkdown(marker, err, runUrl(rt));
  rt.setOutput('passed', 'false');
  rt.setOutput('comment-body', body);
  await writeSummary(body, rt);
  await comment(rt, inputs, marker, body, { changed: false, failed: true });
}
