/**
 * A runner-like ActionRuntime over a checkout, recording what the Action logs, outputs,
 * annotates and fails with; the GitHub API is the test file's local server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as glob from '@actions/glob';
import { runCheck, type CheckOptions } from '../../src/check/run.js';
import type { CheckReport } from '../../src/check/types.js';
import type { Annotation } from '../../src/github/annotations.js';
import { createOctokit } from '../../src/github/octokit.js';
import type { ActionRuntime } from '../../src/github/runtime.js';
import { ACTION_INPUTS, OWNER, pullRequestPayload, pushPayload, REPO, type Checkout } from './action-scenario.js';
import type { GitHubApiServer } from './github-api-server.js';

export interface Recorded {
  code: number;
  info: string[];
  warnings: string[];
  annotations: Annotation[];
  outputs: Record<string, string>;
  failed: string[];
  summary: string;
  groups: string[];
  debug: string[];
  /** What runAction gave the check runner. */
  checks: CheckOptions[];
}

export interface RunOptions {
  inputs?: Record<string, string>;
  event?: 'pull_request' | 'push';
  /** Overrides of the runner's environment. */
  env?: Partial<ActionRuntime['env']>;
  /** The runner's whole environment, in place of the usual one (a variable left unset). */
  runnerEnv?: ActionRuntime['env'];
  /** The base sha the payload names, when it should differ from the checkout's. */
  baseSha?: string;
  runCheck?: (opts: CheckOptions) => Promise<CheckReport>;
  /** Edits the event payload (a push to another branch). */
  payload?: (p: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  cleanup: (() => void)[];
}

export function runtimeFor(co: Checkout, api: GitHubApiServer, o: RunOptions): { rt: ActionRuntime; run: Recorded } {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'flopgate-action-'));
  o.cleanup.push(() => rmSync(temp, { recursive: true, force: true }));
  const inputs: Record<string, string> = { ...ACTION_INPUTS, ...o.inputs };
  const event = o.event ?? 'pull_request';
  const shas = { base: o.baseSha ?? co.base, head: co.head };
  const run: Recorded = { code: -1, info: [], warnings: [], annotations: [], outputs: {}, failed: [], summary: '', groups: [], debug: [], checks: [] };
  const payload = event === 'push' ? pushPayload(shas) : pullRequestPayload(shas);
  o.payload?.(payload);
  const rt: ActionRuntime = {
    getInput: (name) => (inputs[name] ?? '').trim(),
    event: { name: event, payload },
    repo: () => ({ owner: OWNER, repo: REPO }),
    env: o.runnerEnv ?? {
      GITHUB_WORKSPACE: co.workspace.dir,
      RUNNER_TEMP: temp,
      GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_RUN_ID: '4242',
      GITHUB_ACTION: 'flopgate',
      ...o.env,
    },
    cwd: co.workspace.dir,
    info: (l) => run.info.push(l),
    warning: (l) => run.warnings.push(l),
    debug: (l) => run.debug.push(l),
    annotate: (a) => run.annotations.push(a),
    setOutput: (name, value) => (run.outputs[name] = value),
    setFailed: (m) => run.failed.push(m),
    group: (title, fn) => {
      run.groups.push(title);
      return fn();
    },
    appendSummary: async (md) => {
      run.summary += md;
    },
    octokit: (token, warn) => createOctokit(token, warn, { GITHUB_API_URL: api.url, FLOPGATE_RETRY_BASE_MS: '5' }),
    runCheck: (opts) => {
      run.checks.push(opts);
      return (o.runCheck ?? runCheck)(opts);
    },
    findFiles: async (patterns) => (await glob.create(patterns, { followSymbolicLinks: false, matchDirectories: false })).glob(),
  };
  return { rt, run };
}
