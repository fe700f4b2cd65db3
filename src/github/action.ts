import * as core from '@actions/core';
import { context } from '@actions/github';
import os from 'node:os';
import path from 'node:path';
import { runCheck } from '../check/run.js';
import { verdict } from '../check/describe.js';
import { exitCodeOf } from '../check/exit-code.js';
import type { CheckReport } from '../check/types.js';
import { FlopgateError } from '../errors.js';
// renderMarkdown's default length keeps the body under GitHub's 65,536-character comment limit.
import { markerFor, renderMarkdown } from '../report/markdown.js';
import { faultMarkdown } from './fault.js';
import { emit, faultAnnotations, reportAnnotations, workspacePath } from './annotations.js';
import { flopsChanged, publishComment, type CommentOutcome } from './comment.js';
import { resolveBase } from './event/base.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { createOctokit } from './octokit.js';
import { reportPath, setOutputs, shouldFail, writeReport } from './outputs.js';
import { writeSummary } from './summary.js';

const FORK_HINT =
  'A pull request from a fork gets a read-only GITHUB_TOKEN; the verdict is in the job summary and the step result. ' +
  'To comment on fork PRs, run flopgate with comment: never, upload its comment-body, and post it from a workflow_run workflow ' +
  '(see the README, "Pull requests from forks"). Otherwise grant permissions: pull-requests: write.';

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

function pullNumber(): number | undefined {
  if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target') return undefined;
  const n = (context.payload.pull_request as { number?: unknown } | undefined)?.number;
  return typeof n === 'number' ? n : undefined;
}

function reportComment(outcome: CommentOutcome): void {
  switch (outcome.action) {
    case 'created':
    case 'updated':
      core.info(`flopgate: comment ${outcome.action}: ${outcome.url}`);
      return;
    case 'skipped':
      core.info(`flopgate: no comment (${outcome.reason}).`);
      return;
    case 'denied':
      core.warning(`flopgate: could not comment on the pull request (HTTP ${outcome.status}: ${outcome.message}). ${FORK_HINT}`);
      return;
    case 'failed':
      core.warning(`flopgate: could not comment on the pull request (${outcome.message}); the verdict is in the job summary.`);
  }
}

interface CommentFacts {
  changed: boolean;
  failed: boolean;
}

async function comment(inputs: ActionInputs, marker: string, body: string, facts: CommentFacts): Promise<void> {
  if (inputs.comment === 'never') return core.info("flopgate: no comment (comment: 'never').");
  const issueNumber = pullNumber();
  if (issueNumber === undefined) return core.info('flopgate: not a pull request event; no comment.');
  if (!inputs.token) return core.warning('flopgate: github-token is empty; no comment. The verdict is in the job summary.');
  const octokit = createOctokit(inputs.token, (line) => core.warning(line));
  const outcome = await publishComment(octokit, { ...context.repo, issueNumber }, { marker, body, policy: inputs.comment, ...facts });
  reportComment(outcome);
}

/** The comment's headline, so the check's message and the comment never disagree. */
function verdictMessage(report: CheckReport): string {
  const text = verdict(report).text;
  const broken = report.models.find((m) => m.error !== undefined);
  return broken ? `${text} (${broken.name}: ${broken.error})` : text;
}

/**
 * The action, start to finish. Everything that carries the verdict (report file, outputs,
 * summary, annotations) is written before the comment is attempted, so a comment that
 * cannot be posted loses nothing.
 */
export async function runAction(): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const root = path.resolve(workspace, inputs.workingDirectory);
  const marker = markerFor(workspacePath(inputs.budgetFile, root, workspace));

  let report: CheckReport;
  try {
    const baseRef =
      inputs.compare === 'base'
        ? await resolveBase({
            eventName: context.eventName,
            payload: context.payload,
            cwd: root,
            info: (l) => core.info(l),
            warn: (l) => core.warning(l),
          })
        : undefined;
    report = await runCheck({
      root,
      budgetFile: inputs.budgetFile,
      baseRef,
      fit: inputs.fit !== 'false',
      log: (line) => core.info(line),
      // Datasets downloaded for fits persist where the runner keeps tools (reused on self-hosted runners).
      fitCacheDir: path.join(process.env.RUNNER_TOOL_CACHE || process.env.RUNNER_TEMP || os.tmpdir(), 'flopgate'),
      group: (title, fn) => core.group(title, fn),
    });
  } catch (err) {
    if (err instanceof FlopgateError) await publishFault(err, inputs, marker, root, workspace);
    throw err;
  }

  const body = renderMarkdown(report, { marker, runUrl: runUrl() });
  const file = reportPath(inputs.budgetFile);
  await writeReport(report, file);
  setOutputs({ report, reportFile: file, body });
  await writeSummary(body);
  emit(reportAnnotations(report, root, workspace));
  await comment(inputs, marker, body, { changed: flopsChanged(report), failed: report.status === 'fail' });

  // A model that could not be measured is bad input, like a broken budget file: it fails the
  // step whatever fail-on says, since a gate that cannot measure must not pass silently.
  const code = exitCodeOf(report);
  if (code === 2 || shouldFail(report.status, inputs.failOn)) {
    core.setFailed(verdictMessage(report));
    if (code === 2) process.exitCode = 2;
  } else core.info(`flopgate: ${report.status} (fail-on: ${inputs.failOn}).`);
}

/**
 * A check that could not run still tells: annotations at each faulty line, the faults in the
 * summary and the comment (so an earlier verdict is not left standing), passed=false. The
 * caller then fails the step with the one-line message.
 */
async function publishFault(err: FlopgateError, inputs: ActionInputs, marker: string, root: string, workspace: string): Promise<void> {
  emit(faultAnnotations(err, root, workspace));
  const body = faultMarkdown(marker, err, runUrl());
  core.setOutput('passed', 'false');
  core.setOutput('comment-body', body);
  await writeSummary(body);
  await comment(inputs, marker, body, { changed: false, failed: true });
}
