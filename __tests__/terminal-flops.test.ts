import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../src/analyze.js';
import { analyzeInline } from '../src/keras/measure.js';
import { commonScope, elideMiddle, renderFlopsReport } from '../src/report/terminal-flops.js';
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

describe('the flops terminal report at 80 columns', () => {
  const DIR = fileURLToPath(new URL('./data/tf-formats/', import.meta.url));
  const files = ['cnn/cnn.int8.tflite', 'cnn/cnn.dynamic.tflite', 'rnn/rnn.float32.tflite', 'rnn/graph_model', 'rnn/saved_model_export', 'transformer/graph_model', 'mlp_784_100_100_10/saved_model_tf', 'cnn/cnn.keras'];

  it.each(files)('%s: every line fits, each layer name keeps its end', async (path) => {
    const r = await analyzeFile(join(DIR, path), {});
    const lines = renderFlopsReport(r, { width: 80 }).split('\n');
    expect(lines.filter((l) => [...l].length > 80)).toEqual([]);
    const rule = lines.findIndex((l) => l.startsWith('─'));
    // A cut name keeps its last 10 characters (two thirds of the narrowest column, 16).
    r.layers.forEach((l, i) => expect(lines[rule + 1 + i], l.name).toContain(l.name.slice(-10)));
  });

  it('says the scope every name shares once, above the table, and no narrower than the names need', () => {
    expect(commonScope(['a/b/c/x', 'a/b/c/y', 'a/b/d'])).toBe('a/b/');
    expect(commonScope(['a/b', 'a/b/c'])).toBe('');
    expect(commonScope(['ab/c', 'ab/cd/e'])).toBe('ab/');
    expect(commonScope(['Identity', 'ab/c', 'ab/d'])).toBe('ab/');
    expect(commonScope(['Identity', 'x', 'ab/d'])).toBe('');
    expect(commonScope(['/fc/Gemm', '/conv/Conv'])).toBe('');
    expect(commonScope(['dense', 'dense_1'])).toBe('');
    expect(elideMiddle('StatefulPartitionedCall/while/body/lstm_cell/MatMul', 20)).toBe('Statef…m_cell/MatMul');
    expect([...elideMiddle('x'.repeat(100), 20)].length).toBe(20);
  });

  it('without a width (a pipe, a CI log), names keep up to 80 characters and the header one line', async () => {
    const r = await analyzeFile(join(DIR, 'cnn/cnn.dynamic.tflite'), {});
    const text = renderFlopsReport(r);
    expect(text.split('\n')[0]).toBe('cnn.dynamic.tflite  (tflite, dynamic-range int8 (int8 weights, float activations), convention: notebook, batch size 1)');
    expect(text.split('\n')[1]).toBe('…/ is functional_2_1/');
    expect(text).toMatch(/\n 0 {2}…\/re_lu_1\/Relu6 {2,}CONV_2D /);
    expect(text).toMatch(/\n16 {2}Identity {2,}SOFTMAX /);
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
