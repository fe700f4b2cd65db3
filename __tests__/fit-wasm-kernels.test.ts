import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, type Tf } from '../src/fit/backend.js';

// flopgate's WASM training kernels (src/fit/wasm-kernels.ts) against tfjs's pure-JS cpu
// backend, TensorFlow.js's reference implementation, on the same inputs: forward values and
// the gradients of every input, for the shapes, strides and paddings that reach each branch.
let tf: Tf;

beforeAll(async () => {
  tf = (await selectBackend('wasm', () => {})).tf;
});

type T = ReturnType<Tf['tensor']>;

function rand(shape: number[], seed: number): T {
  return tf.randomUniform(shape, -1, 1, 'float32', seed);
}

/** f's value and its gradients with respect to every input, on one backend, as plain arrays. */
async function run(backend: 'wasm' | 'cpu', f: (...xs: T[]) => T, inputs: () => T[]) {
  await tf.setBackend(backend);
  const xs = inputs();
  const y = f(...xs);
  const grads = tf.grads((...a: T[]) => tf.sum(tf.mul(f(...a), rand(y.shape, 99))))(xs);
  const out = [Array.from(await y.data()), ...(await Promise.all(grads.map(async (g) => Array.from(await g.data()))))];
  tf.dispose([...xs, y, ...grads]);
  return out;
}

async function agree(f: (...xs: T[]) => T, inputs: () => T[]) {
  const kernels = new Set<string>();
  await tf.setBackend('wasm');
  const prof = await tf.profile(() => run('wasm', f, inputs));
  for (const k of prof.kernels) kernels.add(k.name);
  const wasm = prof.result as number[][];
  const cpu = await run('cpu', f, inputs);
  await tf.setBackend('wasm');
  expect(wasm.length).toBe(cpu.length);
  for (let i = 0; i < cpu.length; i++) {
    expect(wasm[i].length).toBe(cpu[i].length);
    const scale = Math.max(1, ...cpu[i].map(Math.abs));
    const worst = Math.max(0, ...cpu[i].map((v, j) => Math.abs(v - wasm[i][j])));
    expect(worst / scale, `output ${i}`).toBeLessThan(2e-5);
  }
  return kernels;
}

const t4 = (v: T) => v as Parameters<Tf['conv2d']>[0] & Parameters<Tf['maxPool']>[0];
const f4 = (v: T) => v as Parameters<Tf['conv2d']>[1];

describe('WASM training kernels agree with the cpu backend', () => {
  const convs: [string, number[], number[], number | [number, number], 'valid' | 'same' | [[number, number], [number, number], [number, number], [number, number]]][] = [
    ['3x3 stride 1 valid', [2, 9, 9, 3], [3, 3, 3, 4], 1, 'valid'],
    ['3x3 stride 1 same', [2, 8, 7, 2], [3, 3, 2, 5], 1, 'same'],
    ['3x3 stride 2 same, odd size', [2, 9, 9, 3], [3, 3, 3, 4], 2, 'same'],
    ['2x2 stride 2 valid, a row left over', [1, 9, 8, 2], [2, 2, 2, 3], 2, 'valid'],
    ['5x3 stride (3, 1) same', [2, 11, 10, 2], [5, 3, 2, 3], [3, 1], 'same'],
    ['1x1', [3, 5, 5, 4], [1, 1, 4, 6], 1, 'valid'],
    ['one input channel (patch matrix) 3x3 stride 1 valid', [4, 28, 28, 1], [3, 3, 1, 32], 1, 'valid'],
    ['one input channel (patch matrix) 3x3 stride 2 same', [2, 9, 8, 1], [3, 3, 1, 9], 2, 'same'],
    ['two input channels (patch matrix) 2x2 explicit', [2, 6, 7, 2], [2, 2, 2, 8], 1, [[0, 0], [1, 0], [0, 1], [0, 0]]],
    ['explicit padding', [2, 7, 7, 2], [3, 3, 2, 2], 1, [[0, 0], [1, 2], [2, 0], [0, 0]]],
  ];
  for (const [name, xs, ws, strides, pad] of convs) {
    it(`conv2d ${name}: value, input and filter gradients`, async () => {
      const used = await agree(
        (x, w) => tf.conv2d(t4(x), f4(w), strides, pad),
        () => [rand(xs, 1), rand(ws, 2)],
      );
      expect(used).toContain('Conv2DBackpropFilter');
    });
  }

  it('matMul with every transpose, and a batched one that keeps the backend kernel', async () => {
    for (const [ta, tb] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ]) {
      await agree(
        (a, b) => tf.matMul(a as Parameters<Tf['matMul']>[0], b as Parameters<Tf['matMul']>[1], ta, tb),
        () => [rand(ta ? [7, 5] : [5, 7], 3), rand(tb ? [3, 7] : [7, 3], 4)],
      );
    }
    // a x b^T with a small a and a large b: computed as (b x a^T)^T.
    await agree(
      (a, b) => tf.matMul(a as Parameters<Tf['matMul']>[0], b as Parameters<Tf['matMul']>[1], false, true),
      () => [rand([2, 7], 12), rand([9, 7], 13)],
    );
    await agree(
      (a, b) => tf.matMul(a as Parameters<Tf['matMul']>[0], b as Parameters<Tf['matMul']>[1], true, false),
      () => [rand([2, 7, 5], 5), rand([2, 7, 3], 6)],
    );
  });

  it('gather along the first axis copies rows, refuses an index out of range, and keeps other axes', async () => {
    await tf.setBackend('wasm');
    const x = tf.tensor2d([1, 2, 3, 4, 5, 6], [3, 2]);
    const i = tf.tensor1d([2, 0, 2], 'int32');
    const g = tf.gather(x, i);
    expect(g.shape).toEqual([3, 2]);
    expect(Array.from(await g.data())).toEqual([5, 6, 1, 2, 5, 6]);
    const g1 = tf.gather(x, tf.tensor1d([1], 'int32'), 1);
    expect(Array.from(await g1.data())).toEqual([2, 4, 6]);
    const bad = tf.tensor1d([3], 'int32');
    expect(() => tf.gather(x, bad)).toThrow(/index value 3 is not in \[0, 2\]/);
    tf.dispose([x, i, g, g1, bad]);
  });

  const pools: [string, number[], number | [number, number], number | [number, number], 'valid' | 'same'][] = [
    ['2x2 stride 2 valid, odd size', [2, 7, 7, 3], 2, 2, 'valid'],
    ['3x3 stride 2 same, overlapping', [2, 8, 9, 2], 3, 2, 'same'],
    ['2x2 stride 1 valid, overlapping', [1, 5, 6, 4], 2, 1, 'valid'],
  ];
  for (const [name, xs, size, strides, pad] of pools) {
    it(`maxPool ${name}: value and input gradient`, async () => {
      const used = await agree((x) => tf.maxPool(t4(x), size, strides, pad), () => [rand(xs, 11)]);
      expect(used).toContain('MaxPoolGrad');
    });
  }

  it('leaves no intermediate buffer behind on the WASM heap', async () => {
    await tf.setBackend('wasm');
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const x = rand([2, 9, 9, 1], 20);
    // One input channel (the patch-matrix path), then sixteen (the convolution path).
    const w = rand([3, 3, 1, 16], 21);
    const w2 = rand([3, 3, 16, 4], 22);
    const a = rand([2, 7], 23);
    const b = rand([9, 7], 24);
    const step = () =>
      tf.tidy(() => {
        const f = (xx: T, ww: T, ww2: T) => tf.maxPool(t4(tf.conv2d(t4(tf.relu(tf.conv2d(t4(xx), f4(ww), 1, 'same'))), f4(ww2), 2, 'valid')), 2, 2, 'same').sum();
        const g = tf.grads(f)([x, w, w2]);
        const h = tf.grads((p: T, q: T) => tf.matMul(p as Parameters<Tf['matMul']>[0], q as Parameters<Tf['matMul']>[1], false, true).sum())([a, b]);
        const r = tf.gather(x, tf.tensor1d([1, 0], 'int32'));
        return tf.addN([g[1].sum(), g[2].sum(), h[0].sum(), r.sum()]);
      });
    step().dispose();
    const before = backend.numDataIds();
    for (let i = 0; i < 5; i++) step().dispose();
    expect(backend.numDataIds()).toBe(before);
    tf.dispose([x, w, w2, a, b]);
  });

  it('maxPool sends a tied window its gradient once, to the first maximum, as TensorFlow does', async () => {
    // relu over a constant background ties every window: the gradient must not be counted four times.
    await agree(
      (x) => tf.maxPool(t4(tf.relu(x)), 2, 2, 'valid'),
      () => [tf.tensor4d([0.5, 0.5, 0.5, 0.5, 1, 2, 2, 1, 0.5, 0.5, 0.5, 0.5, 3, 3, 3, 3], [1, 4, 4, 1])],
    );
  });

  it('clones and same-type casts share the data instead of copying it, and outlive the original', () => {
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const x = rand([64, 64], 30);
    const before = backend.numDataIds();
    const c = x.clone();
    const k = tf.cast(x, 'float32');
    expect(backend.numDataIds()).toBe(before);
    const want = Array.from(x.dataSync());
    x.dispose();
    expect(Array.from(c.dataSync())).toEqual(want);
    c.dispose();
    expect(Array.from(k.dataSync())).toEqual(want);
    k.dispose();
    expect(backend.numDataIds()).toBe(before - 1);
    // Another dtype still converts.
    const i = tf.tensor1d([1.75, -2.5]);
    expect(Array.from(tf.cast(i, 'int32').dataSync())).toEqual([1, -2]);
    i.dispose();
  });

  it('a contiguous slice of a large tensor is right (the whole input is no longer copied first)', async () => {
    await agree((x) => tf.slice(x, [3, 0, 0], [5, 4, 6]), () => [rand([40, 4, 6], 31)]);
    await agree((x) => tf.slice(x, [1, 1], [3, 2]), () => [rand([6, 5], 32)]);
  });
});
