import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/build-once.js';
import { CLI, ROOT } from './helpers/paths.js';

/** The gate as a user runs it: the built CLI on the shipped examples, or on a copy of them. */
function check(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'check', '--budget', 'examples/flopgate.yml', ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}

const copies: string[] = [];
/** A git repository holding a copy of examples/ whose budget file is edited by `edit`. */
function copyWith(edit: (yml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'flopgate-examples-'));
  copies.push(dir);
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  const yml = join(dir, 'examples', 'flopgate.yml');
  const before = readFileSync(yml, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(yml, after);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

beforeAll(() => ensureBuilt(), 300_000);
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('flopgate check on examples/', () => {
  it('passes, and fits both notebook MLPs to at least 0.90 on a named backend', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flopgate-report-'));
    copies.push(dir);
    const r = check(ROOT, '--json', join(dir, 'report.json'));
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.passed).toBe(true);
    const fitted = report.models.filter((m: { fit?: { status: string } }) => m.fit?.status === 'ok');
    expect(fitted.map((m: { name: string }) => m.name)).toEqual(['mnist-mlp-100', 'mnist-mlp-50']);
    for (const m of fitted) {
      expect(m.fit).toMatchObject({ epochs: 1, train_samples: 8000, validation_samples: 2000 });
      expect(m.fit.accuracy).toBeGreaterThanOrEqual(0.9);
      expect(m.fit.backend).toMatch(/^(tensorflow|wasm|cpu)/);
    }
    expect(r.stdout).toMatch(/mnist-mlp-100\s+179,050/);
  });

  it('fails with exit 1 when one budget is lowered below the model', () => {
    const dir = copyWith((y) => y.replace('flops: 100k\n      flops_warn: 95k', 'flops: 80k\n      flops_warn: 75k'));
    const r = check(dir, '--no-fit');
    expect(r.status).toBe(1);
    // 80 columns: the share of the budget stands in for budget, headroom and params.
    expect(r.stdout).toMatch(/mnist-mlp-50\s+84,550\s+105\.7% of 80k.*FAIL/);
  });

  const faults: [string, (y: string) => string, RegExp][] = [
    ['a typo in a key', (y) => y.replace('flops_warn: 190k', 'flops_wran: 190k'), /examples\/flopgate\.yml:12:\d+: .*flops_wran/],
    ['a bad suffix', (y) => y.replace('params: 100k', 'params: 100kb'), /examples\/flopgate\.yml:13:\d+: .*"100kb"/],
    ['a wrong type', (y) => y.replace('epochs: 1', 'epochs: one'), /examples\/flopgate\.yml:18:\d+: .*epochs/],
  ];
  for (const [what, edit, msg] of faults) {
    it(`fails with exit 2 and the line for ${what}`, () => {
      const r = check(copyWith(edit), '--no-fit');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
