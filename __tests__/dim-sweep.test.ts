/**
 * Open dimensions by name: a small transformer block whose sequence length is the symbolic
 * dimension "seq", measured by `flopgate flops --dim seq=128,512,2048` and, separately, at each
 * length alone. The sweep's figures must be the three runs' own, and its polynomial the one
 * the graph's ops give by hand: attention is quadratic in seq, everything else linear.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { flopsCommand, parseDims } from '../src/commands/flops.js';
import { model } from './helpers/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'flopgate-dim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const D = 16;
const F = 64;

/**
 * One encoder block, single head, width D, feed-forward F, input [batch, seq, D]:
 * q, k, v = x·Wq, x·Wk, x·Wv; s = q·kᵀ × 1/√D; a = softmax(s); o = a·v·Wo; r = x + o;
 * y = r + relu(r·W1 + b1)·W2.
 */
const block = model({
  opset: 17,
  inputs: [{ name: 'x', dims: ['batch', 'seq', D] }],
  outputs: [{ name: 'y' }],
  initializers: [
    { name: 'wq', dims: [D, D] }, { name: 'wk', dims: [D, D] }, { name: 'wv', dims: [D, D] }, { name: 'wo', dims: [D, D] },
    { name: 'scale', dims: [], values: [0.25] },
    { name: 'w1', dims: [D, F] }, { name: 'b1', dims: [F] }, { name: 'w2', dims: [F, D] },
  ],
  nodes: [
    { op: 'MatMul', inputs: ['x', 'wq'], outputs: ['q'] },
    { op: 'MatMul', inputs: ['x', 'wk'], outputs: ['k'] },
    { op: 'MatMul', inputs: ['x', 'wv'], outputs: ['v'] },
    { op: 'Transpose', inputs: ['k'], outputs: ['kt'], attrs: { perm: [0, 2, 1] } },
    { op: 'MatMul', inputs: ['q', 'kt'], outputs: ['s0'] },
    { op: 'Mul', inputs: ['s0', 'scale'], outputs: ['s'] },
    { op: 'Softmax', inputs: ['s'], outputs: ['a'], attrs: { axis: -1 } },
    { op: 'MatMul', inputs: ['a', 'v'], outputs: ['av'] },
    { op: 'MatMul', inputs: ['av', 'wo'], outputs: ['o'] },
    { op: 'Add', inputs: ['x', 'o'], outputs: ['r'] },
    { op: 'MatMul', inputs: ['r', 'w1'], outputs: ['h0'] },
    { op: 'Add', inputs: ['h0', 'b1'], outputs: ['h1'] },
    { op: 'Relu', inputs: ['h1'], outputs: ['h'] },
    { op: 'MatMul', inputs: ['h', 'w2'], outputs: ['f'] },
    { op: 'Add', inputs: ['r', 'f'], outputs: ['y'] },
  ],
});
const file = join(dir, 'block.onnx');
writeFileSync(file, block);

async function flops(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await flopsCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir });
  return { code, stdout, stderr };
}

describe('--dim seq=128,512,2048 on a small transformer block', () => {
  it('gives the FLOPs at each length, equal to three separate runs, and the exact polynomial', async () => {
    const sweep = await flops(['block.onnx', '--dim', 'seq=128,512,2048', '--json']);
    expect(sweep.stderr).toBe('');
    expect(sweep.code).toBe(0);
    const s = JSON.parse(sweep.stdout);
    const single: number[] = [];
    for (const n of [128, 512, 2048]) {
      const one = await flops(['block.onnx', '--dim', `seq=${n}`, '--json']);
      expect(one.code).toBe(0);
      const r = JSON.parse(one.stdout);
      // The symbolic dimension took the value; the batch stays 1.
      expect(r.input_shapes).toEqual([[n, D]]);
      single.push(r.flops);
    }
    expect(s.points.map((p: { value: number; flops: number }) => [p.value, p.flops])).toEqual([
      [128, single[0]],
      [512, single[1]],
      [2048, single[2]],
    ]);
    // By hand (notebook convention, docs/conventions.md), per token: four D×D projections and
    // the feed-forward, 2·(4·D² + 2·D·F) = 6,144, plus the bias add and relu (F each) and the two
    // residual adds (D each), 160; per pair of tokens: q·kᵀ and a·v at 2·D each (64), the
    // scale (1) and the softmax (5). Nothing is constant.
    const [c0, c1, c2] = s.polynomial.coefficients as number[];
    expect([c0, c1, c2]).toEqual([0, 6_144 + 160, 64 + 1 + 5]);
    for (const [i, n] of [128, 512, 2048].entries()) expect(70 * n * n + 6_304 * n).toBe(single[i]);
    // Three points fit any quadratic, so a fourth length was measured and agreed.
    expect(s.polynomial.checked_at).toBeGreaterThan(0);
    expect(s.polynomial.text).toBe('70·seq² + 6,304·seq');
  });

  it('the terminal form: a row per length and the polynomial, said to be exact only because the points agree', async () => {
    const out = await flops(['block.onnx', '--dim', 'seq=128,512,2048']);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toContain('FLOPs by seq');
    expect(lines.filter((l) => /^\s*(128|512|2,048)\s/.test(l))).toHaveLength(3);
    expect(out.stdout).toMatch(/FLOPs\(seq\) = 70·seq² \+ 6,304·seq {3}\(exact: the 3 values and a check at seq=\d[\d,]* agree\)/);
  });

  it('a name the model does not have, or a sweep of two dimensions, is refused in one line', async () => {
    const typo = await flops(['block.onnx', '--dim', 'sequ=128']).catch((e: Error) => e);
    expect(typo).toBeInstanceOf(Error);
    expect((typo as Error).message).not.toContain('\n');
    expect((typo as Error).message).toMatch(/sequ/);
    expect(() => parseDims(['seq=1,2', 'batch=1,2'])).toThrow('sweep one dimension at a time');
    expect(() => parseDims(['seq=0'])).toThrow('--dim: "seq=0" is not NAME=N');
  });
});
