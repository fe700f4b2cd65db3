/**
 * The bundled action (dist/index.js) as a runner starts it, a smoke test of the real runtime
 * (src/main.ts over @actions/core and @actions/github): a child process under Node 20 and
 * Node 24, a real pull_request payload, a real shallow git checkout whose base commit must be
 * fetched, the runner's files for outputs and the job summary, INPUT_* variables, and a local
 * GitHub API that checks every request against GitHub's OpenAPI description. The Action's
 * branches are tested in-process in action-run.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_INPUTS, BASE_BUDGET, budgetFile, checkout as checkoutOf, FAILING_BUDGET, HEAD_BUDGET, lineOf, localGitHubApi, mlp, OWNER, PR, pullRequestPayload, REPO, type Checkout } from './helpers/action-scenario.js';
import { ensureBuilt } from './helpers/build-once.js';
import { GitHubApiServer } from './helpers/github-api-server.js';
import { HAVE_NODE24, majorOf, NODE20, NODE24 } from './helpers/node-binaries.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist', 'index.js');

const NODES: [string, string, number][] = [
  ['Node 20', NODE20, 20],
  ...(HAVE_NODE24 ? [['Node 24', NODE24, 24] as [string, string, number]] : []),
];
const RUN_TIMEOUT_MS = 60_000;

// --- the runner --------------------------------------------------------------------------

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

const cleanup: (() => void)[] = [];
const checkout = (base: Record<string, string>, head: Record<string, string | null>): Checkout => checkoutOf(base, head, cleanup);

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

interface RunOptions {
  inputs?: Record<string, string>;
}

async function runAction(node: string, co: Checkout, api: GitHubApiServer, opts: RunOptions = {}, pr = PR): Promise<RunResult> {
  const inputs = opts.inputs ?? {};
  const dir = mkdtempSync(path.join(os.tmpdir(), 'flopgate-runner-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), temp: path.join(dir, 'temp') };
  writeFileSync(files.event, JSON.stringify(pullRequestPayload({ base: co.base, head: co.head }, pr)));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  mkdirSync(files.temp);
  const withDefaults = { ...ACTION_INPUTS, ...inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    LANG: 'C.UTF-8',
    GIT_CONFIG_NOSYSTEM: '1',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: co.workspace.dir,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: co.head,
    GITHUB_REF: `refs/pull/${pr}/merge`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTION: 'flopgate',
    RUNNER_TEMP: files.temp,
    FLOPGATE_RETRY_BASE_MS: '5',
  };
  for (const [k, v] of Object.entries(withDefaults)) env[`INPUT_${k.toUpperCase()}`] = v;

  const started = Date.now();
  const child = spawn(node, [DIST], { cwd: co.workspace.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, RUN_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  // A killed run must not pass for a failing step.
  if (timedOut || code === null) throw new Error(`dist/index.js did not finish within ${RUN_TIMEOUT_MS} ms:\n${stdout}\n${stderr}`);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8').replace(/\r\n/g, '\n')),
    summary: readFileSync(files.summary, 'utf8'),
    ms: Date.now() - started,
  };
}

/** No run may print a stack trace: the user sees one-line messages. */
function expectNoStack(r: RunResult): void {
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
}

// --- the scenarios -----------------------------------------------------------------------

beforeAll(() => ensureBuilt(), 300_000);
const gh = localGitHubApi();
afterAll(() => cleanup.splice(0).forEach((f) => f()));

describe.each(NODES)('dist/index.js under %s', (_label, node, major) => {
  it('runs on the node binary it claims', () => {
    expect(majorOf(node)).toBe(major);
  });

  it('creates the comment on the first run and edits it in place on the second', async () => {
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': HEAD_BUDGET });
    expect(co.workspace.hasCommit(co.base)).toBe(false);

    const first = await runAction(node, co, gh.api);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expectNoStack(first);
    // The shallow checkout lacked the base; the action fetched it and measured the delta.
    expect(co.workspace.hasCommit(co.base)).toBe(true);
    expect(gh.api.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(gh.api.requestsFor('issues/update-comment')).toHaveLength(0);
    const posted = (gh.api.requestsFor('issues/create-comment')[0].body as { body: string }).body;
    expect(posted).toMatch(/^### ✅ flopgate: 1 model within budget$/m);
    expect(posted).toContain('mnist-mlp');
    expect(posted).toContain('179,050');
    expect(posted).toContain('+94,500');
    expect(first.outputs['comment-body']).toBe(posted);
    expect(first.summary).toContain(posted.trim());
    expect(first.outputs.passed).toBe('true');
    expect(first.outputs['total-flops']).toEqual('179050');
    const report = JSON.parse(readFileSync(first.outputs.report, 'utf8'));
    expect(report).toMatchObject({ passed: true, status: 'pass', base: co.base, models: [{ name: 'mnist-mlp', flops: 179_050, base: { status: 'measured', flops: 84_550 } }] });
    expect(first.stdout).not.toMatch(/^::(error|warning)/m);

    const second = await runAction(node, co, gh.api);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(gh.api.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(gh.api.requestsFor('issues/update-comment')).toHaveLength(1);
    expect(gh.api.comments).toHaveLength(1);
    expect(gh.api.comments[0].body).toBe(second.outputs['comment-body']);
  });

  it('fails the step on an exceeded budget and annotates the model at its line', async () => {
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': FAILING_BUDGET });
    const r = await runAction(node, co, gh.api);
    expect(r.code).toBe(1);
    expectNoStack(r);
    const line = lineOf(FAILING_BUDGET, '- name: too-big');
    expect(line).toBeGreaterThan(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=\\.github/flopgate\\.yml,line=${line},col=\\d+::too-big: FLOPs 179,050 exceed the budget of 100,000$`, 'm'));
    expect(r.stdout).not.toMatch(/^::error[^\n]*mnist-mlp/m);
    expect(r.stdout).toMatch(/^::error::flopgate: 1 of 2 models over budget$/m);
    expect(r.outputs.passed).toBe('false');
    // The comment still goes out, and says so.
    expect(gh.api.comments).toHaveLength(1);
    expect(gh.api.comments[0].body).toContain('too-big');
  });

  it('fails on a broken budget file with one line, annotated at the fault', async () => {
    const broken = budgetFile(mlp('mnist-mlp', 100, '{flops: 20x}'));
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': broken });
    const r = await runAction(node, co, gh.api, { inputs: { 'fail-on': 'never' } });
    expect(r.code).toBe(2);
    expectNoStack(r);
    const line = lineOf(broken, 'flops: 20x');
    expect(r.stdout).toMatch(new RegExp(`^::error file=\\.github/flopgate\\.yml,line=${line},col=\\d+::`, 'm'));
    const failed = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(new RegExp(`^::error::\\.github/flopgate\\.yml:${line}:\\d+: `));
    // The summary and the comment say why, so no earlier verdict is left standing.
    expect(r.outputs.passed).toBe('false');
    expect(r.summary).toMatch(/^### ❌ flopgate: the budget check could not run$/m);
    expect(r.summary).toContain(`.github/flopgate.yml:${line}:`);
    expect(gh.api.comments).toHaveLength(1);
    expect(gh.api.comments[0].body).toBe(r.outputs['comment-body']);
  });

  it('rejects an invalid input with one line, before doing anything', async () => {
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': HEAD_BUDGET });
    const r = await runAction(node, co, gh.api, { inputs: { comment: 'sometimes' } });
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      "::error::Input 'comment' must be one of always, on-change, on-failure, never; got 'sometimes'",
    ]);
    expect(co.workspace.hasCommit(co.base)).toBe(false);
    expect(gh.api.requests).toHaveLength(0);
  });
});
