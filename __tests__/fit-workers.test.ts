import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/build-once.js';
import { CLI, ROOT } from './helpers/paths.js';

const dirs: string[] = [];
beforeAll(() => ensureBuilt(), 300_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('fits in worker threads (the built CLI)', () => {
  it('fits both notebook MLPs two at a time: the same accuracies as one at a time, the log still model by model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flopgate-fitworkers-'));
    dirs.push(dir);
    const run = (workers: number) => {
      const r = spawnSync(process.execPath, [CLI, 'check', '--budget', 'examples/flopgate.yml', '--fit-workers', String(workers), '--json', join(dir, `r${workers}.json`)], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 280_000,
      });
      expect(r.status, r.stderr.slice(-1500)).toBe(0);
      return { stderr: r.stderr, report: JSON.parse(readFileSync(join(dir, `r${workers}.json`), 'utf8')) };
    };
    const two = run(2);
    const one = run(1);
    const acc = (r: { models: { name: string; fit?: { accuracy?: number } }[] }) => r.models.map((m) => [m.name, m.fit?.accuracy]);
    // Seeded fits: the same numbers whichever thread trains them.
    expect(acc(two.report)).toEqual(acc(one.report));
    expect(acc(two.report).filter(([, a]) => typeof a === 'number')).toHaveLength(2);
    // Each fit's lines under its own title, the first model's before the second's.
    const lines = two.stderr.split('\n').filter((l) => l.startsWith('flopgate: fit ') || /^flopgate: mnist-mlp-(100|50): /.test(l));
    const owner = lines.map((l) => (/mnist-mlp-100/.test(l) ? 100 : 50));
    expect(owner.filter((o, i) => o !== owner[i - 1])).toEqual([100, 50]);
    expect(lines.indexOf('flopgate: fit mnist-mlp-100')).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf('flopgate: fit mnist-mlp-50')).toBeGreaterThan(lines.indexOf('flopgate: fit mnist-mlp-100'));
  }, 600_000);
});
