import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPS } from '../src/core/counts.js';
import { BufferSource } from '../src/io/byte-source.js';
import { analyzeOnnx } from '../src/onnx/analyze.js';
import { ACTIVATIONS } from '../src/core/ops/activation.js';
import { ACTIVATION_OPS } from '../src/onnx/ops/activations.js';
import { MS_DOMAIN, MS_RULES, RULES } from '../src/onnx/ops/index.js';
import { oneNode } from './helpers/onnx-writer.js';

const doc = readFileSync(new URL('../docs/onnx-ops.md', import.meta.url), 'utf8');

/** Table rows `| \`Op\` | shape rule | ops counted |` of docs/onnx-ops.md (contrib ops as `com.microsoft.Op`). */
const rows = new Map<string, { shape: string; ops: string }>();
for (const line of doc.split('\n')) {
  const m = /^\| `([A-Za-z0-9.]+)` \| (.+) \| (.+) \|$/.exec(line);
  if (m) rows.set(m[1], { shape: m[2], ops: m[3] });
}
const vocab = (cell: string) => [...cell.matchAll(/`([a-z_]+)`/g)].map((x) => x[1]);

describe('docs/onnx-ops.md', () => {
  it('documents every supported op, and only those', () => {
    const supported = [...Object.keys(RULES), ...Object.keys(MS_RULES).map((op) => `${MS_DOMAIN}.${op}`)];
    expect([...rows.keys()].sort()).toEqual(supported.sort());
  });

  it('gives each op a shape rule and a cost formula in the op vocabulary', () => {
    for (const [op, row] of rows) {
      expect(row.shape.trim().length, op).toBeGreaterThan(1);
      expect(row.ops.trim().length, op).toBeGreaterThan(1);
      for (const v of vocab(row.ops)) expect(Object.keys(OPS), `${op}: \`${v}\``).toContain(v);
      if (row.ops.trim() !== 'nothing' && !row.ops.startsWith('nothing')) expect(vocab(row.ops).length, op).toBeGreaterThan(0);
    }
  });

  it('names for each activation the primitive ops of the core activation it is', () => {
    for (const [op, name] of Object.entries(ACTIVATION_OPS)) {
      expect(new Set(vocab(rows.get(op)?.ops ?? '')), op).toEqual(new Set(Object.keys(ACTIVATIONS[name])));
    }
  });

  it('lists the ops each element-wise and reduction rule actually produces', async () => {
    const unary = ['Relu', 'Sigmoid', 'Tanh', 'Softmax', 'Gelu', 'Exp', 'Sqrt', 'Neg', 'Abs', 'ReduceMean', 'ReduceSum', 'ReduceMax',
      'ReduceMin', 'ReduceProd', 'ReduceSumSquare', 'ReduceL1', 'ReduceL2', 'ReduceLogSum', 'ReduceLogSumExp', 'ArgMax', 'ArgMin',
      'GlobalAveragePool', 'GlobalMaxPool', 'BatchNormalization', 'InstanceNormalization', 'LayerNormalization', 'MeanVarianceNormalization'];
    const binary = ['Add', 'Sub', 'Mul', 'Div', 'Mod', 'Pow', 'Equal', 'Less', 'Greater', 'And', 'Or', 'Xor', 'Max', 'Min', 'Sum', 'Mean', 'PRelu', 'Clip'];
    const x = { name: 'x', dims: [2, 3, 4, 5] };
    for (const op of [...unary, ...binary]) {
      const extra = op === 'BatchNormalization' ? ['s', 'b', 'm', 'v'] : op === 'InstanceNormalization' || op === 'LayerNormalization' ? ['s', 'b'] : [];
      const inputs = op === 'Clip' ? [x, { name: 'lo', dims: [] }, { name: 'hi', dims: [] }] : binary.includes(op) ? [x, { name: 'z', dims: [5] }] : [x, ...extra.map((n) => ({ name: n, dims: op === 'LayerNormalization' ? [5] : [3] }))];
      const bytes = oneNode({ op, inputs: inputs.map((i) => i.name), outputs: ['y'] }, inputs, { opset: op === 'Gelu' ? 20 : 17 });
      const r = await analyzeOnnx(new BufferSource(bytes, 'doc.onnx'), 'doc.onnx', {});
      const produced = Object.keys(r.layers[0].ops);
      expect(produced.length, op).toBeGreaterThan(0);
      for (const p of produced) expect(vocab(rows.get(op)?.ops ?? ''), `${op} counts \`${p}\``).toContain(p);
    }
  });
});
