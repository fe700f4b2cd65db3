import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONVENTIONS, flopsOf, parseConvention, WEIGHTS } from '../src/core/conventions.js';
import { addCounts, big, OPS, scaleCounts, sumCounts, type Op } from '../src/core/counts.js';
import { FlopgateError } from '../src/errors.js';
import { ACTIVATION_NAMES } from '../src/keras/layers/activations.js';

const doc = readFileSync(fileURLToPath(new URL('../docs/conventions.md', import.meta.url)), 'utf8');

describe('conventions', () => {
  it('parses the three names and refuses others on one line', () => {
    for (const c of CONVENTIONS) expect(parseConvention(c)).toBe(c);
    expect(() => parseConvention('gflops')).toThrow(FlopgateError);
    expect(() => parseConvention('gflops', 'budget.yml:3:15')).toThrow(/^budget\.yml:3:15: unknown convention "gflops" \(expected one of notebook, macs, tf-profiler\)$/);
  });

  it('weighs op counts', () => {
    const dense = { mac: 78400n, bias: 100n, relu: 100n };
    expect(flopsOf(dense, 'notebook')).toEqual(156900n);
    expect(flopsOf(dense, 'macs')).toEqual(78400n);
    expect(flopsOf(dense, 'tf-profiler')).toEqual(156900n);
    expect(flopsOf({ softmax: 10n }, 'notebook')).toEqual(50n);
    expect(flopsOf({ rsqrt: 3n, sqdiff: 2n }, 'tf-profiler')).toEqual(10n);
    expect(flopsOf({}, 'notebook')).toEqual(0n);
  });

  it('weighs counts beyond 2^53 exactly', () => {
    const huge = { mac: 2n ** 60n + 1n, relu: 3n };
    expect(flopsOf(huge, 'notebook')).toEqual(2n ** 61n + 5n);
    expect(flopsOf(huge, 'macs')).toEqual(2n ** 60n + 1n);
  });

  it('count arithmetic', () => {
    expect(addCounts({ mac: 1n }, { mac: 2n, add: 3n }, 2n)).toEqual({ mac: 5n, add: 6n });
    expect(scaleCounts({ mul: 3n, add: 0n }, 4n)).toEqual({ mul: 12n });
    expect(sumCounts({ mac: 1n }, { mac: 2n }, { relu: 1n })).toEqual({ mac: 3n, relu: 1n });
    expect(big(2 ** 40, 2 ** 40, 3)).toBe(3n * 2n ** 80n);
  });

  it('docs/conventions.md documents every op, every weight and every activation', () => {
    for (const op of Object.keys(OPS) as Op[]) {
      expect([op, doc.includes(`\`${op}\``)]).toEqual([op, true]);
      const row = doc.split('\n').find((l) => l.startsWith('|') && new RegExp(`\`${op}\``).test(l.split('|')[1] ?? ''));
      expect([op, row !== undefined]).toEqual([op, true]);
    }
    for (const name of ACTIVATION_NAMES) expect([name, new RegExp(`\\b${name}\\b`).test(doc)]).toEqual([name, true]);
    for (const [figure] of [['179,050'], ['84,550'], ['1,093,002'], ['1,158,538'], ['41,897'], ['1,753,769']]) expect(doc).toContain(figure);
  });

  it('the weights table in the docs matches the code', () => {
    const table = doc.slice(doc.indexOf('### Weights per op'), doc.indexOf('## Layer rules'));
    const rows = table.split('\n').filter((l) => /^\| `[a-z_]+`/.test(l));
    for (const row of rows) {
      const cells = row.split('|').map((c) => c.trim());
      const ops = [...cells[1].matchAll(/`([a-z_]+)`/g)].map((m) => m[1] as Op);
      const [nb, macs, tf] = [cells[3], cells[4], cells[5]].map((c) => (c === '' ? 0 : Number(c)));
      for (const op of ops) {
        expect([op, WEIGHTS.notebook[op] ?? 0, WEIGHTS.macs[op] ?? 0, WEIGHTS['tf-profiler'][op] ?? 0]).toEqual([op, nb, macs, tf]);
      }
    }
    expect(rows.length).toBeGreaterThan(15);
  });
});
