/**
 * runAction's branches, in-process: the Action runs on a runtime made here (inputs, event,
 * environment, recorders for what it logs, annotates, outputs and fails with), against real
 * shallow git checkouts, GitHub's example webhook payloads, and a local GitHub API that checks
 * every request against GitHub's OpenAPI description. action-e2e.test.ts runs the built
 * bundle as a runner would, as a smoke test.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { failureMessage } from '../src/check/describe.js';
import type { CheckOptions } from '../src/check/run.js';
import type { CheckReport } from '../src/check/types.js';
import { runAction } from '../src/github/action.js';
import type { ActionRuntime } from '../src/github/runtime.js';
import {
  BASE_BUDGET,
  budgetFile,
  checkout,
  FAILING_BUDGET,
  HEAD_BUDGET,
  lineOf,
  localGitHubApi,
  mlp,
  PR,
  type Checkout,
} from './helpers/action-scenario.js';
import { runtimeFor, type Recorded } from './helpers/action-runtime.js';

const BUDGET = '.github/flopgate.yml';
const MARKER = `<!-- flopgate:${BUDGET} -->`;

type Run = Recorded;

interface Scenario {
  inputs?: Record<string, string>;
  event?: 'pull_request' | 'push';
  /** The base sha the payload names, when it should differ from the checkout's. */
  baseSha?: string;
  env?: ActionRuntime['env'];
  runCheck?: (opts: CheckOptions) => Promise<CheckReport>;
}

const gh = localGitHubApi();
const cleanup: (() => void)[] = [];
afterAll(() => cleanup.splice(0).forEach((f) => f()));

function scratch(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'flopgate-action-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** runAction on a runner-like runtime over the checkout; what it did, recorded. */
async function act(co: Checkout, s: Scenario = {}): Promise<Run> {
  const { env, ...rest } = s;
  const { rt, run } = runtimeFor(co, gh.api, { ...rest, ...(env ? { runnerEnv: env } : {}), cleanup });
  run.code = await runAction(rt);
  return run;
}

const posted = () => (gh.api.requestsFor('issues/create-comment').at(-1)?.body as { body: string } | undefined)?.body;
const writes = () => gh.api.requests.filter((r) => r.method !== 'GET');
const reportOf = (r: Run): CheckReport => JSON.parse(readFileSync(r.outputs.report!, 'utf8'));

describe('on a pull request', () => {
  it('fetches the base into a shallow checkout, compares, comments, and edits that comment on the next run', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    expect(co.workspace.hasCommit(co.base)).toBe(false);

    const first = await act(co);
    expect(first.code).toBe(0);
    expect(first.failed).toEqual([]);
    expect(first.warnings).toEqual([]);
    expect(co.workspace.hasCommit(co.base)).toBe(true);
    expect(first.info).toContain(`flopgate: base commit ${co.base} is not in the checkout (shallow clone); fetching it.`);
    expect(first.checks[0]).toMatchObject({ root: co.workspace.dir, budgetFile: BUDGET, baseRef: co.base, fit: true });

    const body = posted()!;
    expect(body.startsWith(`${MARKER}\n### ✅ flopgate: 1 model within budget\n`)).toBe(true);
    expect(body).toContain('| mnist-mlp | 179,050 | +94,500\u00a0(+111.8%) | 89.5%\u00a0of\u00a0200k | ✅ |');
    // The layer that changed most is named above the table, with its figures before and after.
    expect(body).toContain('- 🔎 **mnist-mlp** +94,500 FLOPs (+111.8%); biggest layer change: dense (Dense): FLOPs 78,450 → 156,900 (+78,450), params 39,250 → 78,500');
    expect(reportOf(first).models[0]!.layers_diff!.map((c) => c.after!.name)).toEqual(['dense', 'dense_1', 'dense_2']);
    expect(body).toContain('[workflow run](https://github.com/octo-org/models/actions/runs/4242)');
    expect(gh.api.requestsFor('issues/create-comment')[0]!.headers.authorization).toBe('token ghs_test_token');
    expect(first.outputs).toMatchObject({ passed: 'true', 'total-flops': '179050', 'comment-body': body });
    expect(first.summary).toBe(body);
    expect(reportOf(first)).toMatchObject({ passed: true, base: co.base, models: [{ name: 'mnist-mlp', flops: 179_050, base: { status: 'measured', flops: 84_550 } }] });
    expect(first.annotations).toEqual([]);
    expect(first.info.at(-1)).toBe('flopgate: pass (fail-on: error).');

    const second = await act(co);
    expect(second.code).toBe(0);
    expect(gh.api.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(gh.api.requestsFor('issues/update-comment')).toHaveLength(1);
    expect(gh.api.comments).toHaveLength(1);
    expect(gh.api.comments[0]!.body).toBe(second.outputs['comment-body']);
    expect(second.info).toContainEqual(expect.stringMatching(/^flopgate: comment updated: http/));
  });

  it('skips the comparison with a warning when the base commit cannot be fetched, and the comment says so; the verdict stands', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: budgetFile(mlp('mnist-mlp', 100, '{flops: 200k, flops_increase: 5%}')) }, cleanup);
    const missing = '0123456789abcdef0123456789abcdef01234567';
    const r = await act(co, { baseSha: missing });
    expect(r.code).toBe(0);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^flopgate: could not fetch the base commit 0123456: the remote does not have that commit .*\(git: [^()]*not our ref 0123456789abcdef0123456789abcdef01234567\); the comparison against base is skipped\./);
    expect(r.checks[0]!.baseRef).toBeUndefined();
    expect(reportOf(r).models[0]!.base).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(/^comparison against base skipped: could not fetch the base commit 0123456/) });
    expect(r.outputs.passed).toBe('true');
    expect(gh.api.comments).toHaveLength(1);
    // The comment keeps the delta column and the flops_increase budget, and says why they are empty.
    const body = posted()!;
    expect(body).toContain('Δ vs base');
    expect(body).toMatch(/\| mnist-mlp \| 179,050 \| n\/a \|/);
    expect(body).toContain('**mnist-mlp**: no baseline: comparison against base skipped: could not fetch the base commit 0123456: the remote does not have that commit');
    expect(body).toContain('**mnist-mlp**: FLOPs increase not measured: no baseline');
  });

  it("compare: none neither fetches nor compares", async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    const r = await act(co, { inputs: { compare: 'none' } });
    expect(r.code).toBe(0);
    expect(co.workspace.hasCommit(co.base)).toBe(false);
    expect(r.checks[0]!.baseRef).toBeUndefined();
    expect(posted()).not.toContain('Δ vs base');
  });
});

describe('on a push', () => {
  it('checks, summarises and sets outputs, with no comment, no API request and no fetch', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: FAILING_BUDGET }, cleanup);
    const r = await act(co, { event: 'push' });
    expect(r.code).toBe(1);
    expect(r.failed).toEqual(['flopgate: 1 of 2 models over budget']);
    expect(r.summary).toMatch(/^### ❌ flopgate: 1 of 2 models over budget$/m);
    expect(r.outputs.passed).toBe('false');
    expect(r.info).toContain("flopgate: 'push' is not a pull request event; no base comparison.");
    expect(r.info).toContain('flopgate: not a pull request event; no comment.');
    expect(gh.api.requests).toHaveLength(0);
    expect(co.workspace.hasCommit(co.base)).toBe(false);
  });
});

describe('comment policies', () => {
  // Unchanged: the head's budget file is the base's. Changed: the MLP grew. Failing: a budget is exceeded.
  const scenarios = {
    unchanged: [BASE_BUDGET, BASE_BUDGET],
    changed: [BASE_BUDGET, HEAD_BUDGET],
    failing: [FAILING_BUDGET, FAILING_BUDGET],
  } as const;

  it.each([
    ['always', 'unchanged', 'created'],
    ['on-change', 'unchanged', "comment: 'on-change' and no model changed its FLOPs"],
    ['on-change', 'changed', 'created'],
    ['on-failure', 'changed', "comment: 'on-failure' and no budget is exceeded"],
    ['on-failure', 'failing', 'created'],
  ] as const)('%s on a %s PR: %s', async (policy, kind, outcome) => {
    const [base, head] = scenarios[kind];
    const co = checkout({ [BUDGET]: base }, { [BUDGET]: head }, cleanup);
    const r = await act(co, { inputs: { comment: policy } });
    if (outcome === 'created') {
      expect(gh.api.comments.map((c) => c.body)).toEqual([r.outputs['comment-body']]);
      expect(r.info).toContainEqual(expect.stringMatching(/^flopgate: comment created: /));
    } else {
      // It looked for an earlier comment to keep current, found none, and wrote nothing.
      expect(writes()).toEqual([]);
      expect(gh.api.requestsFor('issues/list-comments')).toHaveLength(1);
      expect(r.info).toContain(`flopgate: no comment (${outcome}).`);
    }
    // The policy decides the comment only, never the summary or the verdict.
    expect(r.summary).toBe(r.outputs['comment-body']);
    expect(r.code).toBe(kind === 'failing' ? 1 : 0);
  });

  it('on-failure still updates an earlier comment once the budget passes, so it never shows a stale verdict', async () => {
    const mine = gh.api.seedComment(PR, `${MARKER}\n### ❌ flopgate: 1 of 1 model over budget`);
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    const r = await act(co, { inputs: { comment: 'on-failure' } });
    expect(gh.api.requestsFor('issues/update-comment')).toHaveLength(1);
    expect(mine.body).toBe(r.outputs['comment-body']);
    expect(mine.body).toMatch(/^### ✅ flopgate: 1 model within budget$/m);
  });

  it("'never' makes no API request at all", async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: FAILING_BUDGET }, cleanup);
    const r = await act(co, { inputs: { comment: 'never' } });
    expect(gh.api.requests).toHaveLength(0);
    expect(r.info).toContain("flopgate: no comment (comment: 'never').");
    expect(r.outputs['comment-body']).toMatch(/^### ❌ flopgate: 1 of 2 models over budget$/m);
  });

  it('an empty token is a warning and no request', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    const r = await act(co, { inputs: { 'github-token': '' } });
    expect(gh.api.requests).toHaveLength(0);
    expect(r.warnings).toEqual(['flopgate: github-token is empty; no comment. The verdict is in the job summary.']);
    expect(r.code).toBe(0);
  });
});

describe('when the comment cannot be posted', () => {
  it.each([
    ['passing', HEAD_BUDGET, 'true', 0],
    ['failing', FAILING_BUDGET, 'false', 1],
  ] as const)('a read-only token (403) on a %s PR is a warning; summary, outputs, report and verdict stay', async (_kind, budget, passed, code) => {
    gh.api.failNext('issues/create-comment', { status: 403 });
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: budget }, cleanup);
    const r = await act(co);
    expect(r.code).toBe(code);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^flopgate: could not comment on the pull request \(HTTP 403: Resource not accessible by integration\)\. A pull request from a fork/);
    expect(r.warnings[0]).toContain('workflow_run');
    expect(gh.api.requestsFor('issues/create-comment').map((q) => q.status)).toEqual([403]);
    expect(gh.api.comments).toHaveLength(0);
    expect(r.outputs.passed).toBe(passed);
    expect(reportOf(r).passed).toBe(passed === 'true');
    expect(r.summary).toBe(r.outputs['comment-body']);
    expect(r.failed).toEqual(code ? ['flopgate: 1 of 2 models over budget'] : []);
  });

  it('retries a 502 and then creates the comment', async () => {
    gh.api.failNext('issues/create-comment', { status: 502, times: 1 });
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    const r = await act(co);
    expect(gh.api.requestsFor('issues/create-comment').map((q) => q.status)).toEqual([502, 201]);
    expect(gh.api.comments).toHaveLength(1);
    expect(r.warnings).toEqual([]);
  });
});

describe('fail-on', () => {
  const WARNING_BUDGET = budgetFile(mlp('mnist-mlp', 100, '{flops: 200k, flops_warn: 150k}'));

  it.each([
    ['a warning', 'error', 0, 'flopgate: warn (fail-on: error).', WARNING_BUDGET],
    ['a warning', 'warning', 1, 'flopgate: 1 model within budget, 1 above the warning threshold', WARNING_BUDGET],
    ['a warning', 'never', 0, 'flopgate: warn (fail-on: never).', WARNING_BUDGET],
    ['an exceeded budget', 'error', 1, 'flopgate: 1 of 2 models over budget', FAILING_BUDGET],
    ['an exceeded budget', 'warning', 1, 'flopgate: 1 of 2 models over budget', FAILING_BUDGET],
    ['an exceeded budget', 'never', 0, 'flopgate: fail (fail-on: never).', FAILING_BUDGET],
  ] as const)('%s with fail-on: %s exits %i', async (_what, failOn, code, said, budget) => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: budget }, cleanup);
    const r = await act(co, { inputs: { 'fail-on': failOn } });
    expect(r.code).toBe(code);
    if (code) expect(r.failed).toEqual([said]);
    else {
      expect(r.failed).toEqual([]);
      expect(r.info.at(-1)).toBe(said);
    }
    // Annotations and `passed` say what the report says, whatever fail-on decides.
    expect(r.annotations.map((a) => a.level)).toEqual(budget === FAILING_BUDGET ? ['error'] : ['warning']);
    expect(r.outputs.passed).toBe(budget === FAILING_BUDGET ? 'false' : 'true');
  });

  it('annotates each model over budget at its entry, with the sentence the comment uses', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: FAILING_BUDGET }, cleanup);
    const r = await act(co);
    const sentence = 'FLOPs 179,050 exceed the budget of 100,000';
    expect(r.annotations).toEqual([
      { level: 'error', message: `too-big: ${sentence}`, properties: { file: BUDGET, startLine: lineOf(FAILING_BUDGET, '- name: too-big'), startColumn: 5 } },
    ]);
    expect(posted()).toContain(`- ❌ **too-big**: ${sentence}`);
  });
});

describe('bad input fails the step with one line and exit 2, whatever fail-on says', () => {
  it('a budget-file fault: annotated at its line, explained in the summary and the comment, passed=false', async () => {
    const broken = budgetFile(mlp('mnist-mlp', 100, '{flops: 20x}'));
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: broken }, cleanup);
    const r = await act(co, { inputs: { 'fail-on': 'never' } });
    const line = lineOf(broken, 'flops: 20x');
    expect(r.code).toBe(2);
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0]).toMatch(new RegExp(`^\\.github/flopgate\\.yml:${line}:\\d+: models\\[0\\]\\.budget\\.flops: "20x"`));
    expect(r.annotations).toEqual([{ level: 'error', message: expect.stringMatching(/^models\[0\]\.budget\.flops: "20x"/), properties: { file: BUDGET, startLine: line, startColumn: expect.any(Number) } }]);
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs.report).toBeUndefined();
    expect(r.summary).toMatch(/^### ❌ flopgate: the budget check could not run$/m);
    expect(r.summary).toContain(`${BUDGET}:${line}:`);
    expect(gh.api.comments.map((c) => c.body)).toEqual([r.outputs['comment-body']]);
    expect(r.summary).toBe(r.outputs['comment-body']);
  });

  it('a model that cannot be measured: the others are still reported, the step fails naming it', async () => {
    const budget = budgetFile(mlp('mnist-mlp', 100, '{flops: 200k}'), '  - name: lost\n    path: models/lost.keras\n    budget: {flops: 1M}');
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: budget }, cleanup);
    const r = await act(co, { inputs: { 'fail-on': 'never' } });
    const line = lineOf(budget, 'path: models/lost.keras');
    expect(r.code).toBe(2);
    const report = reportOf(r);
    expect(r.failed).toEqual([failureMessage(report)]);
    const looked = `(model paths are relative to the repository root; looked in ${co.workspace.dir})`;
    expect(r.failed[0]).toBe(`flopgate: 1 of 2 models could not be measured (lost: ${BUDGET}:${line}:11: models/lost.keras: no such file ${looked})`);
    expect(r.annotations).toEqual([{ level: 'error', message: `lost: models/lost.keras: no such file ${looked}`, properties: { file: BUDGET, startLine: line, startColumn: 11 } }]);
    expect(report.models.map((m) => m.flops)).toEqual([179_050, 0]);
    expect(posted()).toContain('- ❌ **lost**: .github/flopgate.yml:');
  });

  it('an invalid input, before anything is checked, fetched or posted', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    const r = await act(co, { inputs: { comment: 'sometimes' } });
    expect(r.code).toBe(2);
    expect(r.failed).toEqual(["Input 'comment' must be one of always, on-change, on-failure, never; got 'sometimes'"]);
    expect(r.checks).toEqual([]);
    expect(r.outputs).toEqual({});
    expect(gh.api.requests).toHaveLength(0);
    expect(co.workspace.hasCommit(co.base)).toBe(false);
  });
});

describe('the Action speaks of its inputs, not of CLI flags', () => {
  it('a working-directory outside the workspace is refused before anything is read', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    for (const dir of ['..', '../elsewhere', '/etc']) {
      const r = await act(co, { inputs: { 'working-directory': dir }, env: { GITHUB_WORKSPACE: co.workspace.dir } });
      expect(r.code).toBe(2);
      expect(r.failed).toEqual([`Input 'working-directory' must be inside the workspace (${co.workspace.dir}); got '${dir}'`]);
      expect(r.checks).toEqual([]);
    }
    expect(gh.api.requests).toHaveLength(0);
  });

  it('a missing budget file names the budget-file input, not --budget', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    const missing = await act(co, { inputs: { 'budget-file': 'ci/nope.yml' } });
    expect(missing.code).toBe(2);
    expect(missing.failed[0]).toContain('set the budget-file input');
    expect(missing.failed[0]).not.toContain('--budget');
  });
});

describe('the runtime it is given', () => {
  it('runs the check in working-directory, keeps fit datasets in the tool cache, annotates relative to the workspace', async () => {
    const pkg = budgetFile(mlp('too-big', 100, '{flops: 100k}'));
    const co = checkout({ [`pkg/${BUDGET}`]: pkg }, { [`pkg/${BUDGET}`]: pkg }, cleanup);
    const temp = scratch();
    mkdirSync(path.join(temp, 'tools'));
    const r = await act(co, {
      inputs: { 'working-directory': 'pkg', fit: 'false' },
      env: { GITHUB_WORKSPACE: co.workspace.dir, RUNNER_TEMP: temp, RUNNER_TOOL_CACHE: path.join(temp, 'tools'), GITHUB_STEP_SUMMARY: path.join(temp, 's.md') },
    });
    expect(r.checks[0]).toMatchObject({ root: path.join(co.workspace.dir, 'pkg'), budgetFile: BUDGET, fit: false, fitCacheDir: path.join(temp, 'tools', 'flopgate') });
    expect(r.annotations[0]!.properties.file).toBe(`pkg/${BUDGET}`);
    expect(posted()!.split('\n')[0]).toBe(`<!-- flopgate:pkg/${BUDGET} -->`);
    // No GITHUB_SERVER_URL and friends: no link to a run.
    expect(posted()).not.toContain('workflow run');
    expect(r.outputs.report!.startsWith(path.join(temp, 'flopgate'))).toBe(true);
  });

  it('writes no summary outside a runner, and says why in the debug log only', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    const r = await act(co, { env: { GITHUB_WORKSPACE: co.workspace.dir, RUNNER_TEMP: scratch() } });
    expect(r.summary).toBe('');
    expect(r.debug).toContain('flopgate: GITHUB_STEP_SUMMARY is not set; no job summary written.');
    expect(r.warnings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('a fault of its own (not bad input) is thrown to the entry point, not reported as a verdict', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    const bug = vi.fn(async () => {
      throw new TypeError('x is undefined');
    });
    await expect(act(co, { runCheck: bug })).rejects.toThrow('x is undefined');
    expect(gh.api.requests).toHaveLength(0);
  });

  it('keeps a 300-model comment under 65,536 characters, verdict and failing row included', async () => {
    const models = Array.from({ length: 300 }, (_, i) => mlp(`model-${String(i).padStart(3, '0')}`, 20 + i, i === 299 ? '{flops: 10k}' : '{flops: 10M}'));
    const big = budgetFile(...models);
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: big }, cleanup);
    const r = await act(co, { inputs: { 'fail-on': 'never' } });
    const body = posted()!;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('Per-layer detail trimmed');
    expect(body).toMatch(/^### ❌ flopgate: 1 of 300 models over budget$/m);
    expect(body).toContain('model-299');
    expect(r.outputs['comment-body']).toBe(body);
    expect(r.annotations).toEqual([expect.objectContaining({ properties: expect.objectContaining({ startLine: lineOf(big, '- name: model-299') }) })]);
  });
});
