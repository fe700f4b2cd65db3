import { describe, expect, it } from 'vitest';
import { analyzeInline } from '../src/keras/measure.js';
import { renderFlopsReport } from '../src/report/terminal-flops.js';
import { textTable } from '../src/report/text-table.js';
import { notebookLayers } from './helpers/notebook.js';

describe('the flops terminal report', () => {
  it('aligns the columns: every row as wide as the header rule', () => {
    const text = renderFlopsReport(analyzeInline(notebookLayers(100), 'mlp', {}));
    const lines = text.split('\n');
    const rule = lines.findIndex((l) => l.startsWith('─'));
    const rows = lines.slice(rule + 1, rule + 5);
    // Right-aligned numbers: the FLOPs column ends at the same place in every row.
    const ends = rows.map((l) => {
      const m = /\d[\d,]*(?=\s+\S+%$)/.exec(l)!;
      return m.index + m[0].length;
    });
    expect(new Set(ends).size).toBe(1);
    expect(text).toMatch(/Total FLOPs:\s+179,050\n/);
  });

  it('prints names from the model file inert: no terminal escape sequence survives', () => {
    const layers = notebookLayers(10).map((l, i) => (i === 1 ? { dense: { units: 10, activation: 'relu', name: 'evil\u001b[2J\u001b]0;title\u0007' } } : l));
    const text = renderFlopsReport(analyzeInline(layers, 'm\u001b[31m', {}));
    expect([...text].filter((c) => c !== '\n' && (c < ' ' || c === '\u007f'))).toEqual([]);
    expect(text).toContain('evil?[2J?]0;title?');
  });
});

describe('the text table', () => {
  it('lays out 400,000 rows: widths are found in a loop, not by spreading every row onto the stack', () => {
    // Math.max(...rows) overflowed the stack for a 400,000-node ONNX chain ("Maximum call stack size exceeded").
    const rows = Array.from({ length: 400_000 }, (_, i) => [String(i), `t${i}`]);
    const out = textTable(['#', 'name'], rows, [true, false]);
    expect(out).toHaveLength(400_002);
    expect(out[1]).toBe('──────  ───────');
    expect(out[2]).toBe('     0  t0');
    expect(out.at(-1)).toBe('399999  t399999');
  });
});
