import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../src/github/action.js';
import { historyPath, validBranch } from '../src/github/history.js';
import { parseHistory } from '../src/history/record.js';
import { BASE_BUDGET, checkout, HEAD_BUDGET, localGitHubApi } from './helpers/action-scenario.js';
import { runtimeFor, type RunOptions } from './helpers/action-runtime.js';

const BUDGET = '.github/flopgate.yml';
const BRANCH = 'flopgate-data';
const FILE = historyPath(BUDGET);
const gh = localGitHubApi();
const cleanup: (() => void)[] = [];
afterAll(() => cleanup.splice(0).forEach((f) => f()));

/** A line as an earlier default-branch run wrote it: mnist-mlp at `flops`. */
const line = (i: number, flops: number) =>
  `${JSON.stringify({ version: 1, commit: i.toString(16).padStart(40, 'a'), date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(), budget_file: BUDGET, convention: 'notebook', models: { 'mnist-mlp': { flops, params: 1, weights_bytes: 4, activation_bytes: 4 } } })}\n`;
const twenty = Array.from({ length: 20 }, (_, i) => line(i, 84_550 + i * 1000)).join('');

async function act(co: ReturnType<typeof checkout>, o: Omit<RunOptions, 'cleanup'>) {
  const { rt, run } = runtimeFor(co, gh.api, { ...o, cleanup, inputs: { history: BRANCH, ...o.inputs } });
  run.code = await runAction(rt);
  return run;
}
const onMain = (p: Record<string, unknown>) => {
  p.ref = 'refs/heads/main';
  (p.repository as Record<string, unknown>).default_branch = 'main';
};
const fileText = () => gh.api.branches.get(BRANCH)?.files.get(FILE) ?? '';
const puts = () => gh.api.requestsFor('repos/create-or-update-file-contents');

describe('history on a pull request', () => {
  it('draws each model\'s trend over the last 20 recorded commits, the PR last, and writes nothing', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    gh.api.commitFile(BRANCH, FILE, line(99, 1) + twenty);
    const run = await act(co, {});
    expect(run.code).toBe(0);
    const body = (gh.api.requestsFor('issues/create-comment')[0]!.body as { body: string }).body;
    const chart = body.slice(body.indexOf('#### Trend'));
    expect(chart.startsWith("#### Trend: FLOPs over the last 20 recorded commit(s) of `master`, then this PR")).toBe(true);
    const xAxis = /x-axis \[(.*)\]/.exec(chart)![1]!.split(', ');
    expect(xAxis).toHaveLength(21);
    expect(xAxis.at(0)).toBe('"aaaaaaa"');
    expect(xAxis.at(-1)).toBe('"PR"');
    const values = /line \[(.*)\]/.exec(chart)![1]!.split(', ');
    expect(values).toEqual([...Array.from({ length: 20 }, (_, i) => String(84_550 + i * 1000)), '179050']);
    expect(chart).toContain('title "mnist-mlp: forward FLOPs (+111.8% over 20 commits)"');
    expect(run.info).toContain('flopgate: history: trend from 20 recorded run(s).');
    expect(puts()).toEqual([]);
    expect(gh.api.requests.filter((r) => r.method !== 'GET' && r.operationId !== 'issues/create-comment')).toEqual([]);
  }, 60_000);

  it('without a history yet, says so and comments without a trend', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    const run = await act(co, {});
    expect(run.info).toContain(`flopgate: history: no history yet: ${FILE} is not on branch ${BRANCH} (the default branch's runs write it).`);
    expect((gh.api.requestsFor('issues/create-comment')[0]!.body as { body: string }).body).not.toContain('#### Trend');
  }, 60_000);
});

describe('history on the default branch', () => {
  it('appends exactly one line through the API, one commit', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    gh.api.commitFile(BRANCH, FILE, twenty);
    const run = await act(co, { event: 'push', payload: onMain, inputs: { compare: 'none' } });
    expect(run.code).toBe(0);
    expect(puts()).toHaveLength(1);
    expect(fileText().startsWith(twenty)).toBe(true);
    const added = fileText().slice(twenty.length);
    expect(added.split('\n')).toHaveLength(2);
    const { entries } = parseHistory(fileText());
    expect(entries).toHaveLength(21);
    expect(entries.at(-1)).toMatchObject({ commit: co.head, budget_file: BUDGET, models: { 'mnist-mlp': { flops: 179_050n, params: 89_610n } } });
    expect(run.info).toContain(`flopgate: history: ${co.head.slice(0, 7)} recorded in ${FILE} on ${BRANCH}.`);
    // A re-run of the same commit records nothing more.
    await act(co, { event: 'push', payload: onMain, inputs: { compare: 'none' } });
    expect(parseHistory(fileText()).entries).toHaveLength(21);
  }, 60_000);

  it('retries on a conflict: another run\'s commit lands between the read and the write, and both lines are kept', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    gh.api.commitFile(BRANCH, FILE, twenty);
    gh.api.beforeNext('repos/create-or-update-file-contents', () => gh.api.commitFile(BRANCH, FILE, twenty + line(50, 90_000)));
    const run = await act(co, { event: 'push', payload: onMain, inputs: { compare: 'none' } });
    expect(puts().map((r) => r.status)).toEqual([409, 200]);
    const { entries } = parseHistory(fileText());
    expect(entries.map((e) => e.commit).slice(-2)).toEqual([(50).toString(16).padStart(40, 'a'), co.head]);
    expect(entries).toHaveLength(22);
    expect(run.info).toContain(`flopgate: history: ${co.head.slice(0, 7)} recorded in ${FILE} on ${BRANCH} after 2 attempts.`);
  }, 60_000);

  it('creates the branch with the file as its only commit when there is none', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    const run = await act(co, { event: 'push', payload: onMain, inputs: { compare: 'none' } });
    expect(gh.api.requestsFor('git/create-commit')[0]!.body).toMatchObject({ parents: [] });
    expect(gh.api.requestsFor('git/create-ref')[0]!.body).toMatchObject({ ref: `refs/heads/${BRANCH}` });
    expect(parseHistory(fileText()).entries.map((e) => e.commit)).toEqual([co.head]);
    expect(run.info.some((l) => l.endsWith('(branch created).'))).toBe(true);
  }, 60_000);

  it('records nothing on another branch, and a write it may not make is a warning, not a failure', async () => {
    const co = checkout({ [BUDGET]: BASE_BUDGET }, { [BUDGET]: HEAD_BUDGET }, cleanup);
    const other = await act(co, { event: 'push', payload: (p) => ((p.ref = 'refs/heads/feature'), (p.repository.default_branch = 'main')), inputs: { compare: 'none' } });
    expect(other.info).toContain('flopgate: history: not recorded (refs/heads/feature is not the default branch main).');
    expect(gh.api.requests).toEqual([]);
    gh.api.commitFile(BRANCH, FILE, twenty);
    gh.api.failNext('repos/create-or-update-file-contents', { status: 403 });
    const denied = await act(co, { event: 'push', payload: onMain, inputs: { compare: 'none' } });
    expect(denied.code).toBe(0);
    expect(denied.warnings).toEqual([`flopgate: history: could not record this run in ${FILE} on ${BRANCH} (HTTP 403: Resource not accessible by integration); grant permissions: contents: write.`]);
  }, 60_000);

  it('takes only a branch name', () => {
    expect(validBranch('flopgate-data')).toBe(true);
    expect(validBranch('data/flopgate')).toBe(true);
    for (const bad of ['-x', 'a..b', 'a b', 'x.lock', '/a', 'a//b']) expect(validBranch(bad)).toBe(false);
  });
});
