import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONVENTIONS, flopsOf, parseConvention, WEIGHTS } from '../src/costs/conventions.js';
import { addOps, OPS, scaleOps, sumOps, type Op } from '../src/costs/ops.js';
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
    const dense = { mac: 78400, bias: 100, relu: 100 };
    expect(flopsOf(dense, 'notebook')).toBe(156900);
    expect(flopsOf(dense, 'macs')).toBe(78400);
    expect(flopsOf(dense, 'tf-profiler')).toBe(156900);
    expect(flopsOf({ softmax: 10 }, 'notebook')).toBe(50);
    expect(flopsOf({ rsqrt: 3, sqdiff: 2 }, 'tf-profiler')).toBe(10);
    expect(flopsOf({}, 'notebook')).toBe(0);
  });

  it('op arithmetic', () => {
    expect(addOps({ mac: 1 }, { mac: 2, add: 3 }, 2)).toEqual({ mac: 5, add: 6 });
    expect(scaleOps({ mul: 3, add: 0 }, 4)).toEqual({ mul: 12 });
    expect(sumOps({ mac: 1 }, { mac: 2 }, { relu: 1 })).toEqual({ mac: 3, relu: 1 });
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
