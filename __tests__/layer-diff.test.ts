/**
 * Which layer changed: check/layer-diff.ts's pairing, and a pull request that widens one Dense
 * layer as a reviewer sees it, on a real git repository: the terminal, the JSON report and the
 * PR comment name that layer first, with its FLOPs and params before and after.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffLayers } from '../src/check/layer-diff.js';
import { checkCommand } from '../src/commands/check.js';
import { TempRepo } from './helpers/git-repo.js';
import { layer } from './helpers/check-results.js';
import { model as onnxModel, type NodeSpec } from './helpers/onnx-writer.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

/** 784-h1-h2-10 as a Keras-family layers file. */
const mlp = (h1: number, h2: number) =>
  JSON.stringify({
    layers: [
      { flatten: { input_shape: [28, 28] } },
      { dense: { units: h1, activation: 'relu' } },
      { dense: { units: h2, activation: 'relu' } },
      { dense: { units: 10, activation: 'softmax' } },
    ],
  });

const BUDGET = `version: 1
models:
  - name: mnist-mlp
    path: models/mlp.json
    budget: {flops: 250k, flops_increase: 50%}
`;

describe('diffLayers', () => {
  it('pairs by name, reports only what changed, biggest change first', () => {
    const base = [layer(0, 'flatten', 0, 0, 'Flatten'), layer(1, 'dense', 156_900, 78_500), layer(2, 'dense_1', 20_100, 10_100), layer(3, 'dense_2', 2_050, 1_010)];
    const head = [layer(0, 'flatten', 0, 0, 'Flatten'), layer(1, 'dense', 156_900, 78_500), layer(2, 'dense_1', 51_456, 25_856), layer(3, 'dense_2', 5_170, 2_570)];
    const d = diffLayers(base, head);
    expect(d.map((c) => [c.change, c.after?.name, c.flops_delta, c.params_delta])).toEqual([
      ['changed', 'dense_1', 31_356n, 15_756n],
      ['changed', 'dense_2', 3_120n, 1_560n],
    ]);
    expect(diffLayers(base, base)).toEqual([]);
  });

  it('pairs renamed layers by position and operation, and layers whose file format changed (Dense and Gemm)', () => {
    const base = [layer(0, 'dense', 100, 10), layer(1, 'dense_1', 50, 5)];
    const head = [layer(0, 'fc1', 100, 10, 'Gemm'), layer(1, 'fc2', 80, 8, 'Gemm'), layer(2, 'extra', 7, 1, 'Relu')];
    const d = diffLayers(base, head);
    expect(d.map((c) => [c.change, c.before?.name ?? null, c.after?.name ?? null])).toEqual([
      ['changed', 'dense_1', 'fc2'],
      ['added', null, 'extra'],
    ]);
    // The same operation under another name and format, with the same figures, is no change; another operation is.
    expect(diffLayers([layer(0, 'a', 10, 1)], [layer(0, 'a', 10, 1, 'Conv2D')]).map((c) => c.change)).toEqual(['changed']);
    // A removed layer is the negative of what it had.
    expect(diffLayers([layer(0, 'gone', 40, 4, 'Conv2D')], [])).toEqual([
      { change: 'removed', before: { name: 'gone', type: 'Conv2D', flops: 40n, params: 4n }, after: null, flops_delta: -40n, params_delta: -4n },
    ]);
  });
});

describe('a pull request that widens one Dense layer', async () => {
  const r = TempRepo.init('flopgate-diff-');
  repos.push(r);
  r.commit({ '.github/flopgate.yml': BUDGET, 'models/mlp.json': mlp(100, 100) }, 'base');
  const baseSha = r.commit({}, 'noop');
  r.commit({ 'models/mlp.json': mlp(100, 256) }, 'widen dense_1 to 256 units');
  let stdout = '';
  let stderr = '';
  const code = await checkCommand(['--no-fit', '--base-ref', 'HEAD~1', '--json', 'r.json', '--markdown', 'c.md'], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: r.dir,
  });

  it('runs', () => {
    expect(stderr).not.toMatch(/error/);
    expect(code).toBe(0);
  });

  it('the JSON report lists the widened layer first, with its figures before and after', () => {
    const json = JSON.parse(readFileSync(path.join(r.dir, 'r.json'), 'utf8'));
    expect(json.models[0].base).toMatchObject({ status: 'measured', ref: baseSha, flops: 179_050, params: 89_610 });
    expect(json.models[0].layers_diff).toEqual([
      { change: 'changed', before: { name: 'dense_1', type: 'Dense', flops: 20_100, params: 10_100 }, after: { name: 'dense_1', type: 'Dense', flops: 51_456, params: 25_856 }, flops_delta: 31_356, params_delta: 15_756 },
      { change: 'changed', before: { name: 'dense_2', type: 'Dense', flops: 2_050, params: 1_010 }, after: { name: 'dense_2', type: 'Dense', flops: 5_170, params: 2_570 }, flops_delta: 3_120, params_delta: 1_560 },
    ]);
  });

  it('the terminal names it under the table, first, and every line fits 80 columns', () => {
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('layers changed against base'));
    expect(lines[at]).toBe(`  mnist-mlp: layers changed against base ${baseSha.slice(0, 7)}, biggest first:`);
    expect(lines[at + 1]).toBe('    dense_1 (Dense): FLOPs 20,100 → 51,456 (+31,356), params 10,100 → 25,856');
    expect(lines[at + 2]).toBe('    dense_2 (Dense): FLOPs 2,050 → 5,170 (+3,120), params 1,010 → 2,570');
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(80);
  });

  it('the PR comment says it above the table and lists it first in the model detail', () => {
    const md = readFileSync(path.join(r.dir, 'c.md'), 'utf8');
    const biggest = '- 🔎 **mnist-mlp** +34,476 FLOPs (+19.3%); biggest layer change: dense&#95;1 (Dense): FLOPs 20,100 → 51,456 (+31,356), params 10,100 → 25,856';
    expect(md).toContain(biggest);
    expect(md.indexOf(biggest)).toBeLessThan(md.indexOf('| model |'));
    const rows = md.split('\n').filter((l) => / \| changed \| /.test(l));
    expect(rows).toEqual(['| dense&#95;1 (Dense) | changed | 20,100 → 51,456 | 10,100 → 25,856 |', '| dense&#95;2 (Dense) | changed | 2,050 → 5,170 | 1,010 → 2,570 |']);
  });
});

describe('many changed layers', () => {
  it('shows the first five, then "and N more", in the terminal and the comment', async () => {
    const chain = (w: number) => JSON.stringify({ layers: [{ flatten: { input_shape: [8] } }, ...Array.from({ length: 8 }, () => ({ dense: { units: w } }))] });
    const r = TempRepo.init('flopgate-diff-many-');
    repos.push(r);
    r.commit({ 'flopgate.yml': 'version: 1\nmodels:\n  - name: deep\n    path: deep.json\n', 'deep.json': chain(8) }, 'base');
    r.commit({ 'deep.json': chain(9) }, 'widen all');
    let stdout = '';
    const code = await checkCommand(['--budget', 'flopgate.yml', '--no-fit', '--base-ref', 'HEAD~1', '--markdown', 'c.md'], { stdout: (s) => (stdout += s), stderr: () => {}, cwd: r.dir });
    expect(code).toBe(0);
    expect(stdout).toContain('    and 3 more\n');
    expect(stdout.split('\n').filter((l) => l.startsWith('    dense'))).toHaveLength(5);
    const md = readFileSync(path.join(r.dir, 'c.md'), 'utf8');
    expect(md).toContain('_… and 3 more._');
    expect(md.split('\n').filter((l) => / \| changed \| /.test(l))).toHaveLength(5);
  });
});

describe('a model whose file format changed', () => {
  it('an ONNX export at the base, a Keras layers file at the head: still compared, layer by layer', async () => {
    const gemm = (k: number, x: string, y: string): NodeSpec => ({ op: 'Gemm', name: `fc${k}`, inputs: [x, `w${k}`, `b${k}`], outputs: [y], attrs: { transB: 1 } });
    const onnx = onnxModel({
      inputs: [{ name: 'input', dims: [1, 28, 28] }],
      outputs: [{ name: 'out' }],
      initializers: [{ name: 'w1', dims: [100, 784] }, { name: 'b1', dims: [100] }, { name: 'w2', dims: [100, 100] }, { name: 'b2', dims: [100] }, { name: 'w3', dims: [10, 100] }, { name: 'b3', dims: [10] }],
      nodes: [
        { op: 'Flatten', inputs: ['input'], outputs: ['f'], attrs: { axis: 1 } },
        gemm(1, 'f', 'h1'), { op: 'Relu', inputs: ['h1'], outputs: ['r1'] },
        gemm(2, 'r1', 'h2'), { op: 'Relu', inputs: ['h2'], outputs: ['r2'] },
        gemm(3, 'r2', 'logits'), { op: 'Softmax', inputs: ['logits'], outputs: ['out'], attrs: { axis: 1 } },
      ],
    });
    const r = TempRepo.init('flopgate-diff-format-');
    repos.push(r);
    const budget = (p: string) => `version: 1\nmodels:\n  - name: mlp\n    path: ${p}\n`;
    r.commit({ 'flopgate.yml': budget('models/mlp.onnx'), 'models/mlp.onnx': Buffer.from(onnx) }, 'base: an ONNX export');
    r.commit({ 'flopgate.yml': budget('models/mlp.json'), 'models/mlp.onnx': null, 'models/mlp.json': mlp(100, 256) }, 'head: Keras, dense_1 widened');
    let stdout = '';
    const code = await checkCommand(['--budget', 'flopgate.yml', '--no-fit', '--base-ref', 'HEAD~1', '--json', 'r.json'], { stdout: (s) => (stdout += s), stderr: () => {}, cwd: r.dir });
    expect(code).toBe(0);
    const m = JSON.parse(readFileSync(path.join(r.dir, 'r.json'), 'utf8')).models[0];
    expect(m.base).toMatchObject({ status: 'measured', format: 'onnx', flops: 179_050 });
    // The Gemm fc2 and the Dense dense_1 are the same operation in order: paired, the widening first.
    expect(m.layers_diff[0]).toMatchObject({ change: 'changed', before: { name: 'fc2', type: 'Gemm', flops: 20_000 }, after: { name: 'dense_1', type: 'Dense', flops: 51_456 } });
    // ONNX's separate Relu and Softmax nodes are folded into Keras' Dense layers: removed, not lost.
    expect(m.layers_diff.filter((c: { change: string }) => c.change === 'removed').map((c: { before: { type: string } }) => c.before.type).sort()).toEqual(['Relu', 'Relu', 'Softmax']);
    expect(stdout).toContain('layers changed against base');
    expect(stdout).toContain(', whose file was onnx, biggest first:');
  });
});
