import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../src/check/run.js';
import type { CheckReport } from '../src/check/types.js';
import { mergeCommand } from '../src/commands/merge.js';
import { FlopgateError } from '../src/errors.js';
import { toJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { mergeReports } from '../src/shard/merge.js';
import { assignShards, modelWeight, parseShard } from '../src/check/shard-plan.js';
import { parseReport } from '../src/shard/read-report.js';
import { TempRepo } from './helpers/git-repo.js';
import { notebookModelJson } from './helpers/notebook.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A 40-model budget file: model files of several sizes (changed, new and unchanged against
 * the base), inline models, declared fits, a model that fails its budget, one that cannot be
 * measured, and one whose FLOPs pass 2^53 (so the reports' round trip must keep every digit).
 */
function budget(side: 'base' | 'head'): { files: Record<string, string>; yml: string } {
  const files: Record<string, string> = {};
  const lines = ['version: 1', 'convention: notebook', 'models:'];
  for (let i = 0; i < 40; i++) {
    const name = `m${String(i).padStart(2, '0')}`;
    lines.push(`  - name: ${name}`);
    if (i % 3 === 0) {
      lines.push('    layers:', '      - flatten: {input_shape: [28, 28]}', `      - dense: {units: ${10 + i + (side === 'head' && i % 2 === 0 ? 5 : 0)}, activation: relu}`, '      - dense: {units: 10, activation: softmax}');
    } else if (i === 7) {
      lines.push('    path: models/missing.json');
    } else if (i === 8) {
      lines.push('    batch_size: 1000000000', '    layers:', '      - dense: {units: 4096, input_shape: [4096]}');
    } else {
      const p = `models/${name}.json`;
      if (side === 'head' || i % 4 !== 1) files[p] = notebookModelJson(20 + ((i * 7) % 60) + (side === 'head' && i % 5 === 0 ? 10 : 0));
      lines.push(`    path: ${p}`);
    }
    lines.push(`    budget: {flops: ${i === 11 ? '10k' : '10G'}, flops_increase: 30%}`);
    if (i % 6 === 2) lines.push('    fit: {epochs: 2, train_samples: 4000}');
  }
  return { files, yml: `${lines.join('\n')}\n` };
}

const r = TempRepo.init('flopgate-shard-');
let baseSha = '';
let full: CheckReport;
beforeAll(async () => {
  const b = budget('base');
  baseSha = r.commit({ ...b.files, 'flopgate.yml': b.yml }, 'base');
  const h = budget('head');
  r.commit({ ...h.files, 'flopgate.yml': h.yml }, 'head');
  full = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', baseRef: baseSha, fit: false });
}, 120_000);
afterAll(() => r.remove());

/** A shard's report as a matrix job leaves it: JSON text, read back. */
async function shardReport(i: number, n: number): Promise<CheckReport> {
  const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', baseRef: baseSha, fit: false, shard: { index: i, total: n } });
  return parseReport(toJson(report, 2), `shard-${i}.json`);
}

describe('sharding over the matrix', () => {
  it('the unsharded report has what the merge must keep', () => {
    expect(full.models).toHaveLength(40);
    expect(full.status).toBe('fail');
    expect(full.models[7]!.error).toMatch(/no such file/);
    expect(full.models[8]!.flops > 2n ** 53n).toBe(true);
    expect(full.models.some((m) => m.base?.status === 'new')).toBe(true);
    expect(full.models.some((m) => (m.layers_diff?.length ?? 0) > 0)).toBe(true);
  });

  it.each([1, 2, 3, 4, 5])('N = %i: the merged report equals the unsharded one, in the JSON and in the comment', async (n) => {
    const shards: CheckReport[] = [];
    for (let i = 1; i <= n; i++) shards.push(await shardReport(i, n));
    // Every model in exactly one shard, none empty, and no shard with more than its share plus the heaviest model.
    expect(shards.flatMap((s) => s.shard!.models).sort((a, b) => a - b)).toEqual([...Array(40).keys()]);
    for (const s of shards) expect(s.models.length).toBeGreaterThan(0);
    // Merged in any order of the files.
    const merged = mergeReports(shards.reverse().map((report, k) => ({ file: `shard-${n - k}.json`, report })));
    expect(toJson(merged, 2)).toBe(toJson(full, 2));
    expect(renderMarkdown(merged)).toBe(renderMarkdown(full));
    expect(merged.models[8]!.flops).toBe(full.models[8]!.flops);
  }, 120_000);

  it('a missing shard is an error naming it; a shard twice, another run, an unsharded report are refused', async () => {
    const [a, b, c] = [await shardReport(1, 3), await shardReport(2, 3), await shardReport(3, 3)];
    const merge = (...reports: [string, CheckReport][]) => () => mergeReports(reports.map(([file, report]) => ({ file, report })));
    expect(merge(['a.json', a], ['c.json', c])).toThrow(new FlopgateError('shard 2/3 is missing (got 2 of 3 reports); did every matrix job upload its report?'));
    expect(merge(['a.json', a])).toThrow('shards 2/3, 3/3 are missing');
    expect(merge(['a.json', a], ['b.json', b], ['a2.json', a])).toThrow('shard 1/3 is given twice (a.json and a2.json)');
    expect(merge(['a.json', a], ['b.json', { ...b, head: 'f'.repeat(40) }], ['c.json', c])).toThrow(/^a\.json and b\.json are of different commits \(head: /);
    expect(merge(['a.json', a], ['b.json', { ...b, convention: 'macs' }], ['c.json', c])).toThrow('a.json and b.json are of different conventions (convention: notebook and macs)');
    expect(merge(['a.json', a], ['b.json', { ...b, shard: { ...b.shard!, budget_sha256: '0'.repeat(64) } }], ['c.json', c])).toThrow('different budget file contents');
    expect(merge(['full.json', full])).toThrow('full.json: not a shard\'s report (written without --shard I/N)');
  }, 120_000);

  it('flopgate merge writes the merged report and exits with the verdict; a bad file is one line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'flopgate-merge-'));
    try {
      for (let i = 1; i <= 2; i++) writeFileSync(path.join(dir, `r${i}.json`), toJson(await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', baseRef: baseSha, fit: false, shard: { index: i, total: 2 } }), 2));
      writeFileSync(path.join(dir, 'bad.json'), '{"version": 1,');
      const out: string[] = [];
      const err: string[] = [];
      const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd: dir };
      expect(await mergeCommand(['r1.json', 'r2.json', '--json', 'merged.json'], io)).toBe(2);
      expect(readFileSync(path.join(dir, 'merged.json'), 'utf8')).toBe(`${toJson(full, 2)}\n`);
      expect(out.join('')).toContain('m39');
      expect(await mergeCommand(['r1.json', 'bad.json'], io)).toBe(2);
      expect(err.at(-1)).toMatch(/^error: bad\.json: not JSON \(/);
      expect(await mergeCommand(['r1.json'], io)).toBe(2);
      expect(err.at(-1)).toBe('error: shard 2/2 is missing (got 1 of 2 reports); did every matrix job upload its report?\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the plan', () => {
  it('parses I/N and refuses what is not one', () => {
    expect(parseShard('2/5')).toEqual({ ok: true, shard: { index: 2, total: 5 } });
    expect(parseShard('0/5')).toMatchObject({ ok: false, reason: '"0/5": I must be from 1 to N (5)' });
    expect(parseShard('6/5')).toMatchObject({ ok: false });
    expect(parseShard('1/0')).toMatchObject({ ok: false });
    expect(parseShard('2 of 5')).toMatchObject({ ok: false, reason: '"2 of 5" is not I/N (like 2/5)' });
  });

  it('balances by weight, and a fit outweighs any file', () => {
    const fit = { dataset: 'mnist', epochs: 1, batch_size: 32, train_samples: 8000, validation_samples: 2000, seed: 1, optimizer: 'adam', loss: 'x', backend: 'auto' as const };
    expect(modelWeight({ fit }, 0)).toBeGreaterThan(modelWeight({}, 50_000_000));
    const models = Array.from({ length: 100 }, (_, i) => ({ name: `m${i}`, weight: 1 + ((i * 37) % 101) }));
    const plan = assignShards(models, 4);
    const loads = [0, 0, 0, 0];
    plan.forEach((s, i) => (loads[s]! += models[i]!.weight));
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(101);
  });

  it('is independent of file order, and a model added lighter than the rest moves none', () => {
    const models = Array.from({ length: 30 }, (_, i) => ({ name: `m${i}`, weight: 10 + (i % 7) }));
    const plan = assignShards(models, 3);
    const reversed = assignShards([...models].reverse(), 3).reverse();
    expect(reversed).toEqual(plan);
    const grown = assignShards([...models, { name: 'new', weight: 1 }], 3);
    expect(grown.slice(0, 30)).toEqual(plan);
  });
});
