/**
 * Memory from the architecture alone (docs/conventions.md, "Memory"): weight bytes are params
 * times the size of the dtype each weight is stored in, and peak activation memory equals the
 * hand computations written in the conventions, on a chain, a residual block, a two-branch
 * concat and a recurrent layer.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../src/analyze.js';
import { BufferSource } from '../src/io/byte-source.js';
import type { AnalyzeOptions } from '../src/options.js';
import type { ModelReport } from '../src/report/types.js';
import { DT, model, type NodeSpec } from './helpers/onnx-writer.js';

const onnx = (bytes: Uint8Array, opts: AnalyzeOptions = {}) => analyzeSource(new BufferSource(bytes, 'm.onnx'), 'm.onnx', opts);
const keras = (layers: object[], opts: AnalyzeOptions = {}) => analyzeSource(new BufferSource(new TextEncoder().encode(JSON.stringify({ layers })), 'm.json'), 'm.json', opts);
const peakOf = (r: ModelReport) => r.activation_bytes;

/** 784-h-10 as an exporter writes it, every initializer in `dataType`. */
function mlp(dataType: number, h = 64): Uint8Array {
  return model({
    inputs: [{ name: 'x', dims: [1, 784] }],
    outputs: [{ name: 'y' }],
    initializers: [
      { name: 'w1', dims: [784, h], dataType }, { name: 'b1', dims: [h], dataType },
      { name: 'w2', dims: [h, 10], dataType }, { name: 'b2', dims: [10], dataType },
    ],
    nodes: [
      { op: 'MatMul', inputs: ['x', 'w1'], outputs: ['m1'] }, { op: 'Add', inputs: ['m1', 'b1'], outputs: ['h'] },
      { op: 'MatMul', inputs: ['h', 'w2'], outputs: ['m2'] }, { op: 'Add', inputs: ['m2', 'b2'], outputs: ['y'] },
    ],
  });
}

describe('weight bytes = params x the size of the stored dtype', () => {
  const params = 784 * 64 + 64 + 64 * 10 + 10;
  it.each([
    ['float32', DT.FLOAT, 4],
    ['float16', DT.FLOAT16, 2],
    ['int8', DT.INT8, 1],
  ] as const)('ONNX initializers in %s (data type %i): %i bytes a weight', async (name, dataType, size) => {
    const r = await onnx(mlp(dataType));
    expect(r.params).toBe(BigInt(params));
    expect(r.weights_bytes).toBe(BigInt(params * size));
    expect(r.weights_by_dtype).toEqual({ [name]: BigInt(params * size) });
    // Per layer, the same rule: the first MatMul holds 784 x 64 weights.
    expect(r.layers[0]!.weights_bytes).toBe(BigInt(784 * 64 * size));
  });

  it('a quantized ONNX model: int8 weights at one byte, its float32 biases at four', async () => {
    const m = model({
      inputs: [{ name: 'x', dims: [1, 16] }],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'w', dims: [16, 8], dataType: DT.INT8 }, { name: 'b', dims: [8] }],
      nodes: [{ op: 'MatMul', inputs: ['x', 'w'], outputs: ['m'] }, { op: 'Add', inputs: ['m', 'b'], outputs: ['y'] }],
    });
    const r = await onnx(m);
    expect(r.weights_by_dtype).toEqual({ int8: 128n, float32: 32n });
    expect(r.weights_bytes).toBe(160n);
  });

  it('Keras dtype policies: float32 by default, float16 and int8-quantized kernels at their stored size', async () => {
    const dense = (more: object) => [{ flatten: { input_shape: [28, 28] } }, { dense: { units: 100, ...more } }];
    const params = 784 * 100 + 100;
    expect((await keras(dense({}))).weights_bytes).toBe(BigInt(4 * params));
    const half = await keras(dense({ dtype: 'float16' }));
    expect(half.weights_bytes).toBe(BigInt(2 * params));
    expect(half.weights_by_dtype).toEqual({ float16: BigInt(2 * params) });
    // mixed_float16 keeps its variables in float32.
    expect((await keras(dense({ dtype: 'mixed_float16' }))).weights_bytes).toBe(BigInt(4 * params));
    // Keras 3 quantize('int8'): the kernel at one byte, the bias as the source policy stores it.
    const q = await keras(dense({ dtype: { module: 'keras', class_name: 'QuantizedDTypePolicy', config: { name: 'int8_from_float32' } } }));
    expect(q.weights_by_dtype).toEqual({ int8: 78_400n, float32: 400n });
    expect(q.weights_bytes).toBe(78_800n);
    expect(q.params).toBe(BigInt(params));
  });
});

describe('peak activation memory: the hand computations of docs/conventions.md', () => {
  it('a chain: x[1,100] → MatMul → h[1,300] → Relu → r[1,300] → MatMul → y[1,10]: max(400+1200, 1200+1200, 1200+40) = 2,400 B', async () => {
    const m = model({
      inputs: [{ name: 'x', dims: [1, 100] }],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'w1', dims: [100, 300] }, { name: 'w2', dims: [300, 10] }],
      nodes: [
        { op: 'MatMul', inputs: ['x', 'w1'], outputs: ['h'] },
        { op: 'Relu', inputs: ['h'], outputs: ['r'] },
        { op: 'MatMul', inputs: ['r', 'w2'], outputs: ['y'] },
      ],
    });
    const r = await onnx(m);
    expect(r.layers.map((l) => l.activation_bytes)).toEqual([1_600n, 2_400n, 1_240n]);
    expect(peakOf(r)).toBe(2_400n);
    // At batch 4 every activation is four times larger; the weights are not activations.
    const batched = model({
      inputs: [{ name: 'x', dims: ['batch', 100] }],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'w1', dims: [100, 300] }, { name: 'w2', dims: [300, 10] }],
      nodes: [{ op: 'MatMul', inputs: ['x', 'w1'], outputs: ['h'] }, { op: 'Relu', inputs: ['h'], outputs: ['r'] }, { op: 'MatMul', inputs: ['r', 'w2'], outputs: ['y'] }],
    });
    const b4 = await onnx(batched, { batchSize: 4 });
    expect(peakOf(b4)).toBe(9_600n);
  });

  it('a residual block: the skip keeps x[1,64] alive across both Relus: 256 × 3 = 768 B, not 512', async () => {
    const nodes: NodeSpec[] = [
      { op: 'Relu', inputs: ['x'], outputs: ['a'] },
      { op: 'Relu', inputs: ['a'], outputs: ['b'] },
      { op: 'Add', inputs: ['x', 'b'], outputs: ['y'] },
    ];
    const r = await onnx(model({ inputs: [{ name: 'x', dims: [1, 64] }], outputs: [{ name: 'y' }], nodes }));
    expect(r.layers.map((l) => l.activation_bytes)).toEqual([512n, 768n, 768n]);
    expect(peakOf(r)).toBe(768n);
    // Without the skip the same chain peaks at two tensors.
    const chain = await onnx(model({ inputs: [{ name: 'x', dims: [1, 64] }], outputs: [{ name: 'y' }], nodes: [...nodes.slice(0, 2), { op: 'Relu', inputs: ['b'], outputs: ['y'] }] }));
    expect(peakOf(chain)).toBe(512n);
  });

  it('a two-branch concat: p[1,32] waits while the other branch makes q[1,64]; the concat holds p, q and c[1,96]: 128+256+384 = 768 B', async () => {
    const r = await onnx(
      model({
        inputs: [{ name: 'x', dims: [1, 32] }],
        outputs: [{ name: 'c' }],
        initializers: [{ name: 'w', dims: [32, 64] }],
        nodes: [
          { op: 'Relu', inputs: ['x'], outputs: ['p'] },
          { op: 'MatMul', inputs: ['x', 'w'], outputs: ['q'] },
          { op: 'Concat', inputs: ['p', 'q'], outputs: ['c'], attrs: { axis: 1 } },
        ],
      }),
    );
    expect(r.layers.map((l) => l.activation_bytes)).toEqual([256n, 512n, 768n]);
    expect(peakOf(r)).toBe(768n);
  });

  it('a recurrent layer: LSTM over x[1,5,8] to h[1,16], then Dense to y[1,10]: max(160+64, 64+40) = 224 B; with return_sequences, h[1,5,16] and its Flatten: 320+320 = 640 B', async () => {
    const lstm = (more: object) => [{ lstm: { units: 16, input_shape: [5, 8], ...more } }, { dense: { units: 10 } }];
    const r = await keras(lstm({}));
    expect(r.layers.map((l) => l.activation_bytes).filter((b) => b > 0n)).toEqual([224n, 104n]);
    expect(peakOf(r)).toBe(224n);
    const seq = await keras([...lstm({ return_sequences: true }).slice(0, 1), { flatten: {} }, { dense: { units: 10 } }]);
    expect(peakOf(seq)).toBe(640n);
    // The gates' own temporaries are not counted: only tensors passed between layers.
  });
});

describe('size budgets: weights_bytes and activation_bytes, with their _warn forms, in human sizes', async () => {
  const { runCheck } = await import('../src/check/run.js');
  const { renderCheckTable } = await import('../src/report/terminal-check.js');
  const { renderMarkdown } = await import('../src/report/markdown.js');
  const { TempRepo } = await import('./helpers/git-repo.js');
  // 784-100-10: 79,510 params, 318,040 B of float32 weights; the input and its Flatten, 2 × 3,136 B.
  const entry = (name: string, budget: string) =>
    `  - name: ${name}\n    layers:\n      - flatten: {input_shape: [28, 28]}\n      - dense: {units: 100, activation: relu}\n      - dense: {units: 10}\n    budget: ${budget}\n`;
  const r = TempRepo.init('flopgate-sizes-');
  r.commit(
    {
      'flopgate.yml': `version: 1\nmodels:\n${entry('roomy', '{weights_bytes: 400 kB, activation_bytes: 8 KiB}')}${entry('close', '{weights_bytes_warn: 300 kB, activation_bytes_warn: 6 kB}')}${entry('heavy', '{weights_bytes: 300 KiB, activation_bytes: 6 KiB}')}`,
    },
    'c',
  );
  const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: false });
  r.remove();
  const by = (name: string) => report.models.find((m) => m.name === name)!;

  it('measures each model', () => {
    for (const m of report.models) expect([m.weights_bytes, m.activation_bytes]).toEqual([318_040n, 6_272n]);
  });

  it('pass under both budgets (400 kB = 400,000 B, 8 KiB = 8,192 B)', () => {
    expect(by('roomy').checks).toEqual([
      { budget: 'weights_bytes', limit: 400_000n, actual: 318_040n, status: 'pass' },
      { budget: 'activation_bytes', limit: 8_192n, actual: 6_272n, status: 'pass' },
    ]);
    expect(by('roomy').status).toBe('pass');
  });

  it('warn over both warning thresholds', () => {
    expect(by('close').checks.map((c) => [c.budget, c.status])).toEqual([
      ['weights_bytes_warn', 'warn'],
      ['activation_bytes_warn', 'warn'],
    ]);
    expect(by('close').status).toBe('warn');
  });

  it('fail over both budgets (300 KiB = 307,200 B, 6 KiB = 6,144 B), and say so in the terminal and the comment', () => {
    expect(by('heavy').checks.map((c) => [c.budget, c.limit, c.status])).toEqual([
      ['weights_bytes', 307_200n, 'fail'],
      ['activation_bytes', 6_144n, 'fail'],
    ]);
    expect(report.status).toBe('fail');
    const terminal = renderCheckTable(report);
    expect(terminal).toContain('✗ heavy: weights 318 kB exceed the budget of 307 kB');
    expect(terminal).toContain('✗ heavy: peak activations 6,272 B exceed the budget of 6,144 B');
    expect(terminal).toContain('! close: weights 318 kB exceed the warning threshold of 300 kB');
    expect(terminal.split('\n')[0]).toMatch(/\bweights\s+activations\s+status$/);
    const md = renderMarkdown(report);
    // No model has a FLOPs budget, so no column for one.
    expect(md).toContain('| model | FLOPs | weights | activations | status |');
    expect(md).toContain('| heavy | 158,900 | 318\u00a0kB | 6,272\u00a0B | ❌ |');
    expect(md).toContain('- ❌ **heavy**: peak activations 6,272 B exceed the budget of 6,144 B');
  });
});
