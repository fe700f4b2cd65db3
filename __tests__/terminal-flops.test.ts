import { describe, expect, it } from 'vitest';
import { analyzeInline } from '../src/keras/measure.js';
import { renderFlopsReport } from '../src/report/terminal-flops.js';
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
