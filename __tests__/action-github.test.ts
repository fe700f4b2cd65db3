import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport, ModelCheckResult } from '../src/check/types.js';
import { ConfigError } from '../src/config/errors.js';
import { FlopgateError } from '../src/errors.js';
import { faultMarkdown } from '../src/github/fault.js';
import { faultAnnotations, reportAnnotations, workspacePath } from '../src/github/annotations.js';
import { flopsChanged, publishComment, wantComment } from '../src/github/comment.js';
import { fetchFailure, resolveBase } from '../src/github/event/base.js';
import { readInputs } from '../src/github/inputs.js';
import { createOctokit } from '../src/github/octokit.js';
import { reportPath, shouldFail, totalFlops } from '../src/github/outputs.js';
import { GitHubApiServer } from './helpers/github-api-server.js';
import { TempRepo } from './helpers/git-repo.js';

const ROOT = path.resolve(import.meta.dirname, '..');

function model(name: string, over: Partial<ModelCheckResult> = {}): ModelCheckResult {
  return {
    name,
    path: `${name}.keras`,
    format: 'inline',
    convention: 'notebook',
    flops: 1000n,
    lower_bound: false,
    macs: 500n,
    params: 10n,
    trainable_params: 10n,
    non_trainable_params: 0n,
    weights_bytes: 0n,
    weights_by_dtype: {},
    activation_bytes: 0n,
    batch_size: 1,
    input_shapes: [[4]],
    training_flops_estimate: 3000n,
    unknown: [],
    layers: [],
    source: { file: '.github/flopgate.yml', line: 4, column: 5 },
    checks: [],
    status: 'pass',
    ...over,
  };
}

function report(models: ModelCheckResult[]): CheckReport {
  const status = models.some((m) => m.status === 'fail') ? 'fail' : models.some((m) => m.status === 'warn') ? 'warn' : 'pass';
  return { version: 1, convention: 'notebook', passed: status !== 'fail', status, budget_file: '.github/flopgate.yml', models };
}

describe('inputs', () => {
  const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('applies the action.yml defaults when inputs are empty', () => {
    expect(readInputs(from({}))).toEqual({
      budgetFile: '.github/flopgate.yml',
      token: '',
      comment: 'always',
      compare: 'base',
      fit: 'auto',
      failOn: 'error',
      workingDirectory: '.',
    });
  });

  it('reads every value, case-insensitively for the choices', () => {
    const inputs = readInputs(
      from({ 'budget-file': 'ci/budget.yml', 'github-token': 't', comment: 'On-Change', compare: 'none', fit: 'false', 'fail-on': 'warning', 'working-directory': 'pkg' }),
    );
    expect(inputs).toMatchObject({ budgetFile: 'ci/budget.yml', token: 't', comment: 'on-change', compare: 'none', fit: 'false', failOn: 'warning', workingDirectory: 'pkg' });
  });

  it.each([
    ['comment', 'sometimes', 'always, on-change, on-failure, never'],
    ['compare', 'head', 'base, none'],
    ['fit', 'yes', 'auto, true, false'],
    ['fail-on', 'warn', 'error, warning, never'],
  ])('rejects %s=%s with one line naming the choices', (name, value, choices) => {
    let caught: unknown;
    try {
      readInputs(from({ [name]: value }));
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(FlopgateError);
    expect((caught as FlopgateError).message).toBe(`Input '${name}' must be one of ${choices}; got '${value}'`);
    expect((caught as FlopgateError).exitCode).toBe(2);
  });
});

describe('verdict and policy', () => {
  it.each([
    ['pass', 'error', false],
    ['warn', 'error', false],
    ['fail', 'error', true],
    ['pass', 'warning', false],
    ['warn', 'warning', true],
    ['fail', 'warning', true],
    ['fail', 'never', false],
  ] as const)('status %s with fail-on %s fails: %s', (status, failOn, fails) => {
    expect(shouldFail(status, failOn)).toBe(fails);
  });

  it('comments per policy, and always keeps an existing comment current', () => {
    const none = { exists: false, changed: false, failed: false };
    expect(wantComment('always', none)).toBe(true);
    expect(wantComment('never', { exists: true, changed: true, failed: true })).toBe(false);
    expect(wantComment('on-change', none)).toBe(false);
    expect(wantComment('on-change', { ...none, changed: true })).toBe(true);
    expect(wantComment('on-change', { ...none, exists: true })).toBe(true);
    expect(wantComment('on-failure', { ...none, changed: true })).toBe(false);
    expect(wantComment('on-failure', { ...none, failed: true })).toBe(true);
    expect(wantComment('on-failure', { ...none, exists: true })).toBe(true);
  });

  it('counts a FLOPs delta or a new model as a change, equal FLOPs or no base as none', () => {
    expect(flopsChanged(report([model('a', { base: { status: 'measured', flops: 1000n, delta: 0n } })]))).toBe(false);
    expect(flopsChanged(report([model('a', { base: { status: 'unavailable', reason: 'shallow' } }), model('b')]))).toBe(false);
    expect(flopsChanged(report([model('a', { base: { status: 'measured', flops: 900n, delta: 100n } })]))).toBe(true);
    expect(flopsChanged(report([model('a', { base: { status: 'new' } })]))).toBe(true);
  });

  it('sums FLOPs exactly, as an integer string, beyond 2^53 too', () => {
    expect(totalFlops(report([model('a', { flops: 179_050n }), model('b', { flops: 84_550n })]))).toBe('263600');
    expect(totalFlops(report([model('a', { flops: 4n * 10n ** 21n + 7n }), model('b', { flops: 2n ** 53n + 1n })]))).toBe('4000009007199254741000');
    expect(totalFlops(report([]))).toBe('0');
  });

  it('writes the report under RUNNER_TEMP, one file per step and budget file', () => {
    const a = reportPath('.github/flopgate.yml', { RUNNER_TEMP: '/rt', GITHUB_ACTION: 'gate' });
    const b = reportPath('other/flopgate.yml', { RUNNER_TEMP: '/rt', GITHUB_ACTION: 'gate' });
    expect(a.startsWith('/rt/flopgate/')).toBe(true);
    expect(a).not.toBe(b);
  });
});

describe('annotations', () => {
  it('places each failing or warning model on its line of the budget file, relative to the workspace', () => {
    const r = report([
      model('ok'),
      model('big', {
        status: 'fail',
        source: { file: 'ci/flopgate.yml', line: 12, column: 5 },
        checks: [
          { budget: 'flops', limit: 200_000n, actual: 250_000n, status: 'fail' },
          { budget: 'params', limit: 100n, actual: 10n, status: 'pass' },
        ],
      }),
      model('close', { status: 'warn', source: { file: 'ci/flopgate.yml', line: 20, column: 5 }, checks: [{ budget: 'flops_warn', limit: 900n, actual: 1000n, status: 'warn' }] }),
    ]);
    const anns = reportAnnotations(r, '/ws/pkg', '/ws');
    expect(anns).toEqual([
      {
        level: 'error',
        message: 'big: FLOPs 250,000 exceed the budget of 200,000',
        properties: { file: 'pkg/ci/flopgate.yml', startLine: 12, startColumn: 5 },
      },
      {
        level: 'warning',
        message: 'close: FLOPs 1,000 exceed the warning threshold of 900',
        properties: { file: 'pkg/ci/flopgate.yml', startLine: 20, startColumn: 5 },
      },
    ]);
  });

  it('turns a positioned configuration fault into an annotation, and leaves others alone', () => {
    expect(faultAnnotations(new FlopgateError(".github/flopgate.yml:7:14: budget.flops: '20x' is not a number"), '/ws', '/ws')).toEqual([
      {
        level: 'error',
        message: "budget.flops: '20x' is not a number",
        properties: { file: '.github/flopgate.yml', startLine: 7, startColumn: 14 },
      },
    ]);
    expect(faultAnnotations(new FlopgateError('cannot read .github/flopgate.yml: ENOENT'), '/ws', '/ws')).toEqual([]);
    expect(workspacePath('/ws/a/b.yml', '/ws/pkg', '/ws')).toBe('a/b.yml');
  });

  it('annotates every fault of a budget file, each at its own line', () => {
    const err = new ConfigError([
      { file: 'flopgate.yml', line: 9, column: 3, message: 'unknown key `budgt`' },
      { file: 'flopgate.yml', line: 2, column: 1, message: 'version must be 1' },
    ]);
    const anns = faultAnnotations(err, '/ws/pkg', '/ws');
    expect(anns.map((a) => [a.properties.file, a.properties.startLine, a.message])).toEqual([
      ['pkg/flopgate.yml', 2, 'version must be 1'],
      ['pkg/flopgate.yml', 9, 'unknown key `budgt`'],
    ]);
  });

  it("annotates a model that could not be measured at the line its error names", () => {
    const broken = { ...model('lost', { status: 'fail', source: { file: 'flopgate.yml', line: 3, column: 5 } }), error: 'flopgate.yml:4:11: models/lost.keras: no such file' };
    const anns = reportAnnotations(report([broken]), '/ws', '/ws');
    expect(anns).toEqual([
      {
        level: 'error',
        message: 'lost: models/lost.keras: no such file',
        properties: { file: 'flopgate.yml', startLine: 4, startColumn: 11 },
      },
    ]);
  });
});

describe('fault report', () => {
  it('lists every fault in a code fence no fault text can close', () => {
    const err = new ConfigError([
      { file: 'f.yml', line: 3, column: 1, message: 'bad ```` fence <img src=x>' },
      { file: 'f.yml', line: 5, column: 2, message: 'second' },
    ]);
    const body = faultMarkdown('<!-- m -->', err, 'https://github.com/o/r/actions/runs/1');
    expect(body.startsWith('<!-- m -->\n### ❌ flopgate: the budget check could not run\n')).toBe(true);
    expect(body).toContain('`````text\nf.yml:3:1: bad ```` fence <img src=x>\nf.yml:5:2: second\n`````\n');
    expect(body).toContain('[workflow run](https://github.com/o/r/actions/runs/1)');
    expect(faultMarkdown('<!-- m -->', new FlopgateError('x'), 'javascript:alert(1)')).not.toContain('javascript:');
  });
});

describe('base commit', () => {
  const repos: TempRepo[] = [];
  afterAll(() => repos.forEach((r) => r.remove()));
  const logs = () => {
    const info: string[] = [];
    const warn: string[] = [];
    return { info, warn, opts: { info: (l: string) => info.push(l), warn: (l: string) => warn.push(l) } };
  };

  it('is the payload base sha when the checkout has it, with no fetch', async () => {
    const origin = TempRepo.init();
    repos.push(origin);
    const base = origin.commit({ 'a.txt': 'a' }, 'base');
    origin.commit({ 'a.txt': 'b' }, 'head');
    const l = logs();
    const sha = await resolveBase({ eventName: 'pull_request', payload: { pull_request: { base: { sha: base } } }, cwd: origin.dir, ...l.opts });
    expect(sha).toEqual({ sha: base });
    expect(l.warn).toEqual([]);
    expect(l.info.join('\n')).not.toMatch(/fetching/);
  });

  it('fetches the base commit into a shallow clone', async () => {
    const origin = TempRepo.init();
    repos.push(origin);
    const base = origin.commit({ 'a.txt': 'a' }, 'base');
    origin.commit({ 'a.txt': 'b' }, 'head');
    const clone = TempRepo.shallowClone(origin);
    repos.push(clone);
    expect(clone.hasCommit(base)).toBe(false);
    const l = logs();
    const sha = await resolveBase({ eventName: 'pull_request_target', payload: { pull_request: { base: { sha: base } } }, cwd: clone.dir, ...l.opts });
    expect(sha).toEqual({ sha: base });
    expect(clone.hasCommit(base)).toBe(true);
    expect(l.info.join('\n')).toMatch(/fetching/);
    expect(l.warn).toEqual([]);
  });

  it('warns and skips the comparison when the base cannot be fetched', async () => {
    const origin = TempRepo.init();
    repos.push(origin);
    origin.commit({ 'a.txt': 'a' }, 'base');
    const clone = TempRepo.shallowClone(origin);
    repos.push(clone);
    const l = logs();
    const missing = 'f'.repeat(40);
    const sha = await resolveBase({ eventName: 'pull_request', payload: { pull_request: { base: { sha: missing } } }, cwd: clone.dir, ...l.opts });
    // A sentence a reviewer can act on, git's own line kept after it in parentheses, whole.
    const why = 'could not fetch the base commit fffffff: the remote does not have that commit (was the base branch force-pushed?)';
    expect(sha).toEqual({ skipped: expect.stringMatching(new RegExp(`^comparison against base skipped: ${why.replace(/[()?]/g, '\\$&')} \\(git: .*not our ref f{40}\\)$`)) });
    expect(l.warn).toHaveLength(1);
    expect(l.warn[0]).toMatch(/^flopgate: could not fetch the base commit fffffff: the remote does not have that commit .*\(git: [^()]*\); the comparison against base is skipped\./);
    expect(l.warn[0]).not.toContain('fatal:');
    expect(l.warn[0]).not.toContain('\n');
  });

  it('says why a fetch failed in words, for the failures git reports', () => {
    expect(fetchFailure("fatal: unable to access 'https://github.com/o/r/': Could not resolve host: github.com")).toBe(
      "the remote could not be reached (git: unable to access 'https://github.com/o/r/': Could not resolve host: github.com)",
    );
    expect(fetchFailure("fatal: 'origin' does not appear to be a git repository")).toMatch(/^the checkout has no remote named origin/);
    expect(fetchFailure('fatal: something new')).toBe('git fetch failed (git: something new)');
  });

  it('has no base outside pull requests, and warns on a payload without one', async () => {
    const l = logs();
    expect(await resolveBase({ eventName: 'push', payload: {}, cwd: ROOT, ...l.opts })).toBeUndefined();
    expect(l.info[0]).toMatch(/'push' is not a pull request event/);
    expect(await resolveBase({ eventName: 'pull_request', payload: { pull_request: { base: { sha: 'HEAD; rm -rf /' } } }, cwd: ROOT, ...l.opts })).toEqual({
      skipped: 'comparison against base skipped: the event payload has no pull_request.base.sha',
    });
    expect(l.warn[0]).toMatch(/no pull_request\.base\.sha/);
  });
});

describe('fake GitHub API', () => {
  let api: GitHubApiServer;
  beforeAll(async () => {
    api = await GitHubApiServer.start({ owner: 'octo', repo: 'models', issues: [7] });
  });
  afterAll(() => api.close());
  afterEach(() => api.reset());

  const call = (method: string, p: string, body?: unknown, auth = 'token t') =>
    fetch(`${api.url}${p}`, {
      method,
      headers: { ...(auth ? { authorization: auth } : {}), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('rejects what GitHub would reject, and records it', async () => {
    expect((await call('GET', '/repos/octo/models/issues/7/commentz')).status).toBe(404);
    expect((await call('POST', '/repos/octo/models/issues/7/comments', { text: 'x' })).status).toBe(422);
    expect((await call('GET', '/repos/octo/models/issues/seven/comments')).status).toBe(422);
    expect(api.violations).toHaveLength(3);
    expect(api.violations[1]).toMatch(/must have required property 'body'/);
    expect((await call('GET', '/repos/octo/models/issues/7/comments', undefined, '')).status).toBe(401);
  });

  it('answers list/create/update with GitHub-shaped JSON, rate-limit headers and Link pagination', async () => {
    for (let i = 0; i < 3; i++) api.seedComment(7, `c${i}`);
    const created = await call('POST', '/repos/octo/models/issues/7/comments', { body: 'hello' });
    expect(created.status).toBe(201);
    const c = (await created.json()) as { id: number; body: string; html_url: string };
    expect(c.body).toBe('hello');
    expect(created.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    const page1 = await call('GET', '/repos/octo/models/issues/7/comments?per_page=2');
    expect(page1.headers.get('link')).toContain('rel="next"');
    expect(((await page1.json()) as unknown[]).length).toBe(2);
    const patched = await call('PATCH', `/repos/octo/models/issues/comments/${c.id}`, { body: 'edited' });
    expect(((await patched.json()) as { body: string }).body).toBe('edited');
    expect(api.violations).toEqual([]);
  });
});

describe('sticky comment', () => {
  let api: GitHubApiServer;
  const marker = '<!-- flopgate: .github/flopgate.yml -->';
  const target = { owner: 'octo', repo: 'models', issueNumber: 7 };
  const base = { marker, policy: 'always' as const, changed: false, failed: false };
  const warnings: string[] = [];
  const client = () => createOctokit('test-token', (l) => warnings.push(l));

  beforeAll(async () => {
    process.env.FLOPGATE_RETRY_BASE_MS = '5';
    api = await GitHubApiServer.start({ owner: 'octo', repo: 'models', issues: [7] });
  });
  afterAll(async () => {
    delete process.env.FLOPGATE_RETRY_BASE_MS;
    await api.close();
  });
  afterEach(() => {
    expect(api.violations).toEqual([]);
    api.reset();
    warnings.length = 0;
  });

  // getOctokit reads GITHUB_API_URL when the client is made, so each test sets it first.
  const octokit = () => {
    process.env.GITHUB_API_URL = api.url;
    return client();
  };

  it('creates the comment when none carries the marker', async () => {
    api.seedComment(7, 'LGTM', 'octocat');
    const out = await publishComment(octokit(), target, { ...base, body: `${marker}\nfirst` });
    expect(out.action).toBe('created');
    expect(api.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(api.requestsFor('issues/create-comment')[0].headers.authorization).toBe('token test-token');
    expect(api.comments.map((c) => c.body)).toEqual(['LGTM', `${marker}\nfirst`]);
  });

  it('finds the marked comment on a later page and edits it in place', async () => {
    for (let i = 0; i < 150; i++) api.seedComment(7, `chatter ${i}`, 'octocat');
    const mine = api.seedComment(7, `${marker}\nold`);
    const out = await publishComment(octokit(), target, { ...base, body: `${marker}\nnew` });
    expect(out).toMatchObject({ action: 'updated', id: mine.id });
    expect(api.requestsFor('issues/list-comments').map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(api.requestsFor('issues/create-comment')).toHaveLength(0);
    expect(api.requestsFor('issues/update-comment')).toHaveLength(1);
    expect(mine.body).toBe(`${marker}\nnew`);
  });

  it('reports a 403 as denied, without throwing', async () => {
    api.failNext('issues/create-comment', { status: 403 });
    const out = await publishComment(octokit(), target, { ...base, body: `${marker}\nx` });
    expect(out).toEqual({ action: 'denied', status: 403, message: 'Resource not accessible by integration' });
    expect(api.requestsFor('issues/create-comment')).toHaveLength(1);
  });

  it('retries a 502 and then creates the comment', async () => {
    api.failNext('issues/create-comment', { status: 502, times: 1 });
    const out = await publishComment(octokit(), target, { ...base, body: `${marker}\nx` });
    expect(out.action).toBe('created');
    expect(api.requestsFor('issues/create-comment').map((r) => r.status)).toEqual([502, 201]);
    expect(api.comments).toHaveLength(1);
  });

  it('retries a secondary rate limit a bounded number of times', async () => {
    api.failNext('issues/create-comment', {
      status: 403,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '0' },
    });
    const out = await publishComment(octokit(), target, { ...base, body: `${marker}\nx` });
    expect(out.action).toBe('denied');
    expect(api.requestsFor('issues/create-comment')).toHaveLength(3);
    expect(warnings.filter((w) => w.includes('secondary rate limit'))).toHaveLength(3);
  });

  it('on-change without a change or an existing comment writes nothing', async () => {
    const out = await publishComment(octokit(), target, { ...base, policy: 'on-change', body: `${marker}\nx` });
    expect(out).toEqual({ action: 'skipped', reason: "comment: 'on-change' and no model changed its FLOPs" });
    expect(api.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('on-failure still updates an existing comment when the budget now passes', async () => {
    const mine = api.seedComment(7, `${marker}\nfailing`);
    const out = await publishComment(octokit(), target, { ...base, policy: 'on-failure', body: `${marker}\npassing` });
    expect(out.action).toBe('updated');
    expect(mine.body).toBe(`${marker}\npassing`);
  });

  it("'never' makes no request at all", async () => {
    const out = await publishComment(octokit(), target, { ...base, policy: 'never', body: 'x' });
    expect(out.action).toBe('skipped');
    expect(api.requests).toHaveLength(0);
  });
});

describe('documentation', () => {
  it("the README's workflow snippet is the self-test workflow, byte for byte", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('<!-- section:action -->'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section);
    expect(block).not.toBeNull();
    expect(block![1]).toBe(readFileSync(path.join(ROOT, '.github/workflows/flopgate.yml'), 'utf8'));
  });

  it('action.yml declares every input and output the code reads and writes', () => {
    const yml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    for (const name of ['budget-file', 'github-token', 'comment', 'compare', 'fit', 'fail-on', 'working-directory', 'passed', 'report', 'comment-body', 'total-flops']) {
      expect(yml).toMatch(new RegExp(`^  ${name}:$`, 'm'));
    }
    expect(yml).toMatch(/using: node24\n\s+main: dist\/index\.js/);
  });
});
