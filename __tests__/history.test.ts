import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../src/commands/check.js';
import { parseHistory } from '../src/history/record.js';
import { trendMarkdown } from '../src/history/trend.js';
import type { CheckReport } from '../src/check/types.js';
import { TempRepo } from './helpers/git-repo.js';

const r = TempRepo.init('flopgate-history-');
const head = r.commit({ 'flopgate.yml': 'version: 1\nmodels:\n  - name: tiny\n    layers:\n      - dense: {units: 10, input_shape: [4]}\n' }, 'one');
const out = mkdtempSync(path.join(os.tmpdir(), 'flopgate-history-out-'));
afterAll(() => {
  r.remove();
  rmSync(out, { recursive: true, force: true });
});
const io = (lines: string[]) => ({ stdout: (s: string) => lines.push(s), stderr: (s: string) => lines.push(s), cwd: r.dir });

describe('check --history', () => {
  it('appends one line per run, ending a last line that was not ended', async () => {
    const file = path.join(out, 'h.jsonl');
    writeFileSync(file, '{"not": "an entry"}');
    for (let i = 0; i < 2; i++) expect(await checkCommand(['--budget', 'flopgate.yml', '--history', file], io([]))).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')).toHaveLength(4);
    const { entries, skipped } = parseHistory(text);
    expect(skipped).toBe(1);
    expect(entries).toHaveLength(2);
    // Dense 4→10: 2·4·10 FLOPs, 50 params.
    expect(entries[1]).toMatchObject({ version: 1, commit: head, budget_file: 'flopgate.yml', convention: 'notebook', models: { tiny: { flops: 80n, params: 50n } } });
    expect(Number.isNaN(Date.parse(entries[1]!.date))).toBe(false);
  });

  it('is refused on a shard, before anything runs', async () => {
    const lines: string[] = [];
    expect(await checkCommand(['--budget', 'flopgate.yml', '--shard', '1/2', '--history', path.join(out, 'x.jsonl')], io(lines))).toBe(2);
    expect(lines.join('')).toBe('error: --history records a whole run: pass it to flopgate merge, not to a shard\n');
  });
});

describe('the trend', () => {
  const report = (flops: bigint) => ({ convention: 'notebook', models: [{ name: 'a', flops }, { name: 'b', flops: 5n }] }) as unknown as CheckReport;
  const entry = (i: number, a: number) => ({ version: 1 as const, commit: `c${i}`.padEnd(40, '0'), date: '', budget_file: 'f', convention: 'notebook', models: { a: { flops: BigInt(a), params: 0n, weights_bytes: 0n, activation_bytes: 0n }, b: { flops: 5n, params: 0n, weights_bytes: 0n, activation_bytes: 0n } } });

  it('charts the models that moved, and counts the others', () => {
    const md = trendMarkdown([entry(1, 100), entry(2, 110)], report(121n), 'main')!;
    expect(md).toContain('line [100, 110, 121]');
    expect(md).toContain('x-axis ["c100000", "c200000", "PR"]');
    expect(md).toContain('_1 model(s) unchanged over the window._');
    expect(md.match(/```mermaid/g)).toHaveLength(1);
  });

  it('draws nothing when nothing moved or nothing was recorded', () => {
    expect(trendMarkdown([entry(1, 100)], report(100n), 'main')).toBeUndefined();
    expect(trendMarkdown([], report(100n), 'main')).toBeUndefined();
  });
});
