/**
 * The bundled action (dist/index.js) as a runner starts it: a child process under Node 20 and
 * Node 24, a real pull_request payload, a real shallow git checkout whose base commit must be
 * fetched, the runner's files for outputs and the job summary, INPUT_* variables, and a local
 * GitHub API that checks every request against GitHub's OpenAPI description.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApiServer } from './helpers/github-api-server.js';
import { TempRepo } from './helpers/git-repo.js';

import { ensureBuilt } from './helpers/build-once.js';
import { HAVE_NODE24, majorOf, NODE20, NODE24 } from './helpers/node-binaries.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist', 'index.js');

const NODES: [string, string, number][] = [
  ['Node 20', NODE20, 20],
  ...(HAVE_NODE24 ? [['Node 24', NODE24, 24] as [string, string, number]] : []),
];
const OWNER = 'octo-org';
const REPO = 'models';
const RUN_TIMEOUT_MS = 60_000;
const require = createRequire(import.meta.url);

// --- build -----------------------------------------------------------------------------

// --- budget files ------------------------------------------------------------------------

const mlp = (name: string, hidden: number, budget: string, indent = '  ') =>
  [
    `${indent}- name: ${name}`,
    `${indent}  layers:`,
    `${indent}    - flatten: {input_shape: [28, 28]}`,
    `${indent}    - dense: {units: ${hidden}, activation: relu}`,
    `${indent}    - dense: {units: ${hidden}, activation: relu}`,
    `${indent}    - dense: {units: 10, activation: softmax}`,
    `${indent}  budget: ${budget}`,
  ].join('\n');

const budgetFile = (...models: string[]) => ['version: 1', 'convention: notebook', 'models:', ...models, ''].join('\n');

/** The notebook's MLPs: 784-100-100-10 = 179,050 FLOPs and 784-50-50-10 = 84,550. */
const BASE_BUDGET = budgetFile(mlp('mnist-mlp', 50, '{flops: 200k}'));
const HEAD_BUDGET = budgetFile(mlp('mnist-mlp', 100, '{flops: 200k}'));
const FAILING_BUDGET = budgetFile(mlp('mnist-mlp', 100, '{flops: 200k}'), mlp('too-big', 100, '{flops: 100k}'));

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

// --- the runner --------------------------------------------------------------------------

interface Checkout {
  origin: TempRepo;
  workspace: TempRepo;
  base: string;
  head: string;
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

const cleanup: (() => void)[] = [];

/** A PR whose base holds `base` and head holds `head`, checked out shallow as actions/checkout does. */
function checkout(base: Record<string, string>, head: Record<string, string | null>): Checkout {
  const origin = TempRepo.init();
  const baseSha = origin.commit(base, 'base');
  const headSha = origin.commit(head, 'head');
  const workspace = TempRepo.shallowClone(origin);
  cleanup.push(() => origin.remove(), () => workspace.remove());
  return { origin, workspace, base: baseSha, head: headSha };
}

/** The synchronize example GitHub documents, moved onto the temp repository. */
function eventPayload(co: Checkout, number: number): object {
  const defs = require('@octokit/webhooks-examples') as { name: string; examples: { action?: string }[] }[];
  const example = defs.find((d) => d.name === 'pull_request')!.examples.find((e) => e.action === 'synchronize')!;
  const payload = structuredClone(example) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const repo = (r: Record<string, any>) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    r.name = REPO;
    r.full_name = `${OWNER}/${REPO}`;
    r.owner.login = OWNER;
  };
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.base.sha = co.base;
  payload.pull_request.head.sha = co.head;
  payload.before = co.base;
  payload.after = co.head;
  repo(payload.repository);
  repo(payload.pull_request.base.repo);
  repo(payload.pull_request.head.repo);
  return payload;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

interface RunOptions {
  inputs?: Record<string, string>;
  event?: string;
  /** The base sha the payload names, when it should differ from the checkout's. */
  baseSha?: string;
}

async function runAction(node: string, co: Checkout, api: GitHubApiServer, opts: RunOptions = {}, pr = 7): Promise<RunResult> {
  const inputs = opts.inputs ?? {};
  const dir = mkdtempSync(path.join(os.tmpdir(), 'flopgate-runner-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), temp: path.join(dir, 'temp') };
  writeFileSync(files.event, JSON.stringify(eventPayload({ ...co, base: opts.baseSha ?? co.base }, pr)));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  mkdirSync(files.temp);
  // What action.yml gives a runner: every input, defaults filled in.
  const withDefaults: Record<string, string> = {
    'budget-file': '.github/flopgate.yml',
    'github-token': 'ghs_test_token',
    comment: 'always',
    compare: 'base',
    fit: 'auto',
    'fail-on': 'error',
    'working-directory': '.',
    ...inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    LANG: 'C.UTF-8',
    GIT_CONFIG_NOSYSTEM: '1',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event ?? 'pull_request',
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

let api: GitHubApiServer;

beforeAll(async () => {
  ensureBuilt();
  api = await GitHubApiServer.start({ owner: OWNER, repo: REPO, issues: [7] });
}, 300_000);

afterAll(async () => {
  await api?.close();
  for (const f of cleanup.splice(0)) f();
});

afterEach(() => {
  // Every request any run made was a valid GitHub API request.
  expect(api.violations).toEqual([]);
  api.reset();
});

describe.each(NODES)('dist/index.js under %s', (_label, node, major) => {
  it('runs on the node binary it claims', () => {
    expect(majorOf(node)).toBe(major);
  });

  it('creates the comment on the first run and edits it in place on the second', async () => {
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': HEAD_BUDGET });
    expect(co.workspace.hasCommit(co.base)).toBe(false);

    const first = await runAction(node, co, api);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expectNoStack(first);
    // The shallow checkout lacked the base; the action fetched it and measured the delta.
    expect(co.workspace.hasCommit(co.base)).toBe(true);
    expect(api.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(api.requestsFor('issues/update-comment')).toHaveLength(0);
    const posted = (api.requestsFor('issues/create-comment')[0].body as { body: string }).body;
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

    const second = await runAction(node, co, api);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(api.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(api.requestsFor('issues/update-comment')).toHaveLength(1);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toBe(second.outputs['comment-body']);
  });

  it('fails the step on an exceeded budget and annotates the model at its line', async () => {
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': FAILING_BUDGET });
    const r = await runAction(node, co, api);
    expect(r.code).not.toBe(0);
    expectNoStack(r);
    const line = lineOf(FAILING_BUDGET, '- name: too-big');
    expect(line).toBeGreaterThan(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=\\.github/flopgate\\.yml,line=${line},col=\\d+::too-big: FLOPs 179,050 exceed the budget of 100,000$`, 'm'));
    expect(r.stdout).not.toMatch(/^::error[^\n]*mnist-mlp/m);
    expect(r.stdout).toMatch(/^::error::flopgate: 1 of 2 models over budget$/m);
    expect(r.outputs.passed).toBe('false');
    // The comment still goes out, and says so.
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toContain('too-big');
  });

  it('turns a 403 on commenting into a warning; summary, outputs and verdict stay', async () => {
    for (const [budget, passed, code] of [
      [HEAD_BUDGET, 'true', 0],
      [FAILING_BUDGET, 'false', 1],
    ] as const) {
      api.reset();
      api.failNext('issues/create-comment', { status: 403 });
      const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': budget });
      const r = await runAction(node, co, api);
      expect(r.code, r.stdout + r.stderr).toBe(code);
      expectNoStack(r);
      expect(r.stdout).toMatch(/^::warning::flopgate: could not comment on the pull request \(HTTP 403: Resource not accessible by integration\)\..*workflow_run/m);
      expect(api.requestsFor('issues/create-comment').map((q) => q.status)).toEqual([403]);
      expect(api.comments).toHaveLength(0);
      expect(r.outputs.passed).toBe(passed);
      expect(r.outputs['total-flops']).toEqual(passed === 'true' ? '179050' : '358100');
      expect(existsSync(r.outputs.report)).toBe(true);
      expect(JSON.parse(readFileSync(r.outputs.report, 'utf8')).passed).toBe(passed === 'true');
      expect(r.summary).toContain(r.outputs['comment-body'].trim());
      expect(r.summary).toContain('mnist-mlp');
    }
  });

  it('retries a 502 from the API and then creates the comment', async () => {
    api.failNext('issues/create-comment', { status: 502, times: 1 });
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': HEAD_BUDGET });
    const r = await runAction(node, co, api);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(api.requestsFor('issues/create-comment').map((q) => q.status)).toEqual([502, 201]);
    expect(api.comments).toHaveLength(1);
    expect(r.stdout).not.toMatch(/^::warning/m);
  });

  it('keeps the comment of a 300-model budget under 65,536 characters, verdict included', async () => {
    const models = Array.from({ length: 300 }, (_, i) => mlp(`model-${String(i).padStart(3, '0')}`, 20 + i, i === 299 ? '{flops: 10k}' : '{flops: 10M}'));
    const big = budgetFile(...models);
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': big });
    const r = await runAction(node, co, api, { inputs: { 'fail-on': 'never' } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const posted = (api.requestsFor('issues/create-comment')[0].body as { body: string }).body;
    expect(posted.length).toBeLessThan(65_536);
    // Detail had to go (each model has a per-layer table), the verdict did not.
    expect(posted).toContain('Per-layer detail trimmed');
    expect(posted).toMatch(/^### ❌ flopgate: 1 of 300 models over budget$/m);
    expect(posted).toContain('model-299');
    expect(r.outputs['comment-body']).toBe(posted);
    expect(r.outputs.passed).toBe('false');
    expect(r.stdout).toMatch(new RegExp(`^::error file=\\.github/flopgate\\.yml,line=${lineOf(big, '- name: model-299')},`, 'm'));
  });

  it('fails on a broken budget file with one line, annotated at the fault', async () => {
    const broken = budgetFile(mlp('mnist-mlp', 100, '{flops: 20x}'));
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': broken });
    const r = await runAction(node, co, api, { inputs: { 'fail-on': 'never' } });
    expect(r.code).not.toBe(0);
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
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toBe(r.outputs['comment-body']);
  });

  it('skips the comparison with a warning when the base commit cannot be fetched', async () => {
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': HEAD_BUDGET });
    const missing = '0123456789abcdef0123456789abcdef01234567';
    const r = await runAction(node, co, api, { baseSha: missing });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^::warning::flopgate: could not fetch the base commit ${missing} `, 'm'));
    expect(r.outputs.passed).toBe('true');
    expect(JSON.parse(readFileSync(r.outputs.report, 'utf8')).models[0].base).toBeUndefined();
    expect(api.comments).toHaveLength(1);
  });

  it('on a push event checks, summarises and sets outputs, with no comment and no API call', async () => {
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': FAILING_BUDGET });
    const r = await runAction(node, co, api, { event: 'push' });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/^::error::flopgate: 1 of 2 models over budget$/m);
    expect(r.summary).toMatch(/^### ❌ flopgate: 1 of 2 models over budget$/m);
    expect(r.outputs.passed).toBe('false');
    expect(api.requests).toHaveLength(0);
    expect(co.workspace.hasCommit(co.base)).toBe(false);
  });

  it('rejects an invalid input with one line, before doing anything', async () => {
    const co = checkout({ '.github/flopgate.yml': BASE_BUDGET }, { '.github/flopgate.yml': HEAD_BUDGET });
    const r = await runAction(node, co, api, { inputs: { comment: 'sometimes' } });
    expect(r.code).not.toBe(0);
    expect(r.stdout.trim().split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      "::error::Input 'comment' must be one of always, on-change, on-failure, never; got 'sometimes'",
    ]);
    expect(co.workspace.hasCommit(co.base)).toBe(false);
    expect(api.requests).toHaveLength(0);
  });
});
