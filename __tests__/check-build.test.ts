import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSteps, runBuild } from '../src/check/build.js';
import { runCheck } from '../src/check/run.js';
import { withWorktree } from '../src/check/worktree.js';
import { ConfigError } from '../src/config/errors.js';
import { parseDuration } from '../src/config/duration.js';
import { loadBudget } from '../src/config/load.js';
import { FlopgateError } from '../src/errors.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { TempRepo } from './helpers/git-repo.js';
import { ROOT } from './helpers/paths.js';

const EXAMPLE = path.join(ROOT, 'examples', 'built-model');
const example = (file: string) => readFileSync(path.join(EXAMPLE, file), 'utf8');
/** The example's script with another architecture, as a pull request would change it. */
const withHidden = (hidden: number[]) => example('export.cjs').replace('const HIDDEN = [64, 32];', `const HIDDEN = [${hidden.join(', ')}];`);

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));
function repo(): TempRepo {
  const r = TempRepo.init('flopgate-build-');
  repos.push(r);
  return r;
}

// Worktrees go to os.tmpdir(): a directory of this test's own, to see that none is left behind.
let tmp: string;
const saved = { TMPDIR: process.env.TMPDIR, NODE_PATH: process.env.NODE_PATH };
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'flopgate-build-tmp-'));
  process.env.TMPDIR = tmp;
  // The example's script finds TensorFlow.js through NODE_PATH, as the README's workflow sets it.
  process.env.NODE_PATH = path.join(ROOT, 'node_modules');
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(tmp, { recursive: true, force: true });
});

function collect() {
  const lines: string[] = [];
  const groups: { title: string; lines: string[] }[] = [];
  let current: string[] | undefined;
  return {
    lines,
    groups,
    log: (l: string) => (current ?? lines).push(l),
    group: async <T,>(title: string, fn: () => Promise<T>): Promise<T> => {
      const g = { title, lines: [] as string[] };
      groups.push(g);
      current = g.lines;
      try {
        return await fn();
      } finally {
        current = undefined;
      }
    },
  };
}

describe('a model built by code (examples/built-model)', () => {
  it('is built at the head and in a worktree of the base, and the diff shows the architecture change', async () => {
    const r = repo();
    const files = { 'export.cjs': example('export.cjs'), 'flopgate.yml': example('flopgate.yml'), '.gitignore': example('.gitignore') };
    const base = r.commit(files, 'base: dense 64-32-10');
    r.commit({ 'export.cjs': withHidden([96, 32]) }, 'head: dense 96-32-10');
    const io = collect();
    const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', baseRef: base, fit: false, log: io.log, group: io.group });
    const m = report.models[0]!;
    // Notebook convention: 2 per MAC, one per ReLU output, 5 per softmax output.
    // Head 784-96-32-10: 2·(75,264 + 3,072 + 320) + 128 + 50; base 784-64-32-10: 2·(50,176 + 2,048 + 320) + 96 + 50.
    expect(m.error).toBeUndefined();
    expect(m.flops).toBe(157_490n);
    expect(m.base).toMatchObject({ status: 'measured', ref: base, flops: 105_234n, delta: 52_256n });
    expect(m.layers_diff?.map((c) => [c.change, c.before?.flops, c.after?.flops])).toEqual([['changed', 100_416n, 150_624n], ['changed', 4_128n, 6_176n]]);
    expect(report.base).toBe(base);
    expect(m.checks.find((c) => c.budget === 'flops_increase')?.status).toBe('fail');
    // Each side's build output is in its own group, named for the side and the command.
    expect(io.groups.map((g) => g.title)).toEqual(['flopgate: build (head): node export.cjs', 'flopgate: build (base): node export.cjs']);
    expect(io.groups[0]!.lines).toContain('wrote model/model.json: dense 96-32-10');
    expect(io.groups[1]!.lines).toContain('wrote model/model.json: dense 64-32-10');
    // The comment shows the change.
    const md = renderMarkdown(report);
    expect(md).toContain('105,234');
    expect(md).toContain('157,490');
    // The base's worktree is gone: no directory, and git no longer lists it.
    expect(readdirSync(tmp).filter((d) => d.startsWith('flopgate-base-'))).toEqual([]);
    expect(r.git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
  }, 120_000);

  it('leaves the baseline missing with the reason when the base build fails, and still passes the head', async () => {
    const r = repo();
    const base = r.commit({ 'export.cjs': 'process.stderr.write("Traceback: no module named torch\\n"); process.exit(3);\n', 'flopgate.yml': example('flopgate.yml'), '.gitignore': example('.gitignore') }, 'base');
    r.commit({ 'export.cjs': example('export.cjs') }, 'head');
    const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', baseRef: base, fit: false });
    const m = report.models[0]!;
    expect(m.flops).toBe(105_234n);
    expect(m.base?.status).toBe('unavailable');
    expect(m.base?.reason).toBe('flopgate.yml:6:8: build `node export.cjs` exited with code 3 at base; last output: Traceback: no module named torch');
    expect(report.status).toBe('pass');
    expect(readdirSync(tmp).filter((d) => d.startsWith('flopgate-base-'))).toEqual([]);
  }, 120_000);

  it('a failing head build is a configuration fault naming the line, with the last lines of its log', async () => {
    const r = repo();
    r.commit({ 'flopgate.yml': 'version: 1\nbuild: |\n  echo step 1; echo step 2; echo step 3; echo step 4; echo step 5; echo boom >&2; exit 1\nmodels:\n  - name: m\n    path: m.keras\n' }, 'head');
    const err = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FlopgateError);
    expect((err as FlopgateError).exitCode).toBe(2);
    // The last five lines, stdout and stderr together.
    expect((err as Error).message).toMatch(/^flopgate\.yml:2:8: build `echo step 1;.*` exited with code 1 at head; last output: step \d \| step \d \| step \d \| step \d \| boom$/);
    expect((err as Error).message).not.toContain('step 1 |');
  });

  it('a per-model build runs once per command, after the top-level one', async () => {
    const r = repo();
    r.commit(
      {
        'flopgate.yml': `version: 1
build: mkdir -p out && echo top > out/order
models:
  - name: a
    path: m.json
    build: echo model >> out/order && cp src.json m.json
  - name: b
    path: m.json
    build: echo model >> out/order && cp src.json m.json
`,
        'src.json': readFileSync(path.join(ROOT, 'examples/mlp-784-50-50-10/model.json'), 'utf8'),
      },
      'head',
    );
    const cfg = await loadBudget('flopgate.yml', r.dir);
    expect(buildSteps(cfg).map((s) => s.models)).toEqual([undefined, ['a', 'b']]);
    const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: false });
    expect(report.models.map((m) => m.flops)).toEqual([84_550n, 84_550n]);
    expect(readFileSync(path.join(r.dir, 'out/order'), 'utf8')).toBe('top\nmodel\n');
  });
});

/** Running, as opposed to gone or a zombie waiting for a reaper (a container's init may not reap). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('runBuild', () => {
  it('stops a build past its timeout, with everything it started', async () => {
    const dir = mkdtempSync(path.join(tmp, 'run-'));
    const lines: string[] = [];
    const t0 = Date.now();
    const out = await runBuild({ command: 'sleep 30 & echo $! > bg.pid; echo started; sleep 30', cwd: dir, timeoutMs: 300, log: (l) => lines.push(l) });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(out).toEqual({ ok: false, reason: 'did not finish within 0.3 s (build_timeout)', tail: ['started'] });
    const pid = Number(readFileSync(path.join(dir, 'bg.pid'), 'utf8'));
    // The background sleep was in the build's process group: it is gone too.
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(pid)).toBe(false);
  });

  it('keeps memory bounded on a line that never ends', async () => {
    const lines: string[] = [];
    const out = await runBuild({ command: `head -c 100000 /dev/zero | tr '\\0' x; exit 2`, cwd: tmp, timeoutMs: 30_000, log: (l) => lines.push(l) });
    expect(out.ok).toBe(false);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(2001);
    expect(lines.join('').replace(/…/g, '').length).toBe(100_000);
  });
});

describe('withWorktree', () => {
  it('removes the worktree when the work throws', async () => {
    const r = repo();
    const sha = r.commit({ 'a.txt': 'a' }, 'one');
    let seen = '';
    await expect(
      withWorktree(r.dir, sha, async (wt) => {
        if (!wt.ok) throw new Error(wt.reason);
        seen = wt.dir;
        expect(readFileSync(path.join(wt.dir, 'a.txt'), 'utf8')).toBe('a');
        throw new Error('measuring failed');
      }),
    ).rejects.toThrow('measuring failed');
    expect(seen).not.toBe('');
    expect(existsSync(seen)).toBe(false);
    expect(execFileSync('git', ['worktree', 'list'], { cwd: r.dir, encoding: 'utf8' }).trim().split('\n')).toHaveLength(1);
  });
});

describe('build_timeout', () => {
  it.each([
    [600, 600_000],
    ['90s', 90_000],
    ['10m', 600_000],
    ['1.5h', 5_400_000],
  ] as const)('%s is %d ms', (v, ms) => expect(parseDuration(v)).toEqual({ ok: true, value: ms }));

  it('defaults to 10 minutes, and a bad one is a fault at its line', async () => {
    const r = repo();
    r.commit({ 'a.yml': 'version: 1\nmodels:\n  - name: m\n    path: m.keras\n', 'b.yml': 'version: 1\nbuild_timeout: 10 minutes\nmodels:\n  - name: m\n    path: m.keras\n' }, 'x');
    expect((await loadBudget('a.yml', r.dir)).buildTimeoutMs).toBe(600_000);
    const err = await loadBudget('b.yml', r.dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).faults.map((f) => [f.line, f.message])).toEqual([[2, 'build_timeout: must be a number of seconds, or a duration like "90s", "10m" or "1h"']]);
  });
});

describe('the Action on a repository whose model is built (README workflow)', () => {
  it('builds both sides of a shallow pull-request checkout and comments the change', async () => {
    const { checkout } = await import('./helpers/action-scenario.js');
    const { GitHubApiServer } = await import('./helpers/github-api-server.js');
    const { runtimeFor } = await import('./helpers/action-runtime.js');
    const { runAction } = await import('../src/github/action.js');
    const api = await GitHubApiServer.start({ owner: 'octo-org', repo: 'models', issues: [7] });
    const cleanup: (() => void)[] = [];
    try {
      const base = { 'export.cjs': example('export.cjs'), 'flopgate.yml': example('flopgate.yml'), '.gitignore': example('.gitignore') };
      const co = checkout(base, { 'export.cjs': withHidden([96, 32]) }, cleanup);
      const { rt, run } = runtimeFor(co, api, { inputs: { 'budget-file': 'flopgate.yml' }, cleanup });
      run.code = await runAction(rt);
      expect(run.code).toBe(1);
      expect(run.groups).toEqual(['flopgate: build (head): node export.cjs', 'flopgate: build (base): node export.cjs']);
      const body = (api.requestsFor('issues/create-comment')[0]!.body as { body: string }).body;
      expect(body).toContain('+52,256');
      expect(run.failed).toEqual(['flopgate: 1 of 1 model over budget']);
      expect(body).toContain('digits-mlp');
      expect(api.violations).toEqual([]);
      expect(readdirSync(tmp).filter((d) => d.startsWith('flopgate-base-'))).toEqual([]);
    } finally {
      cleanup.forEach((f) => f());
      await api.close();
    }
  }, 120_000);
});
