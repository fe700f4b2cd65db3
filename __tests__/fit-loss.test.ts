import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, type Tf } from '../src/fit/backend.js';
import { CROSSENTROPY_KERNEL } from '../src/fit/loss.js';
import { batchLoss, perSampleLoss } from '../src/fit/trainer.js';

// The fused crossentropy (src/fit/loss.ts) against the same loss written as tfjs ops (Keras'
// definition, as tfjs-layers computes it): value and gradient, with probabilities that reach
// both clip bounds, on the WASM and the pure-JS backends.
let tf: Tf;
type T = ReturnType<Tf['tensor']>;

beforeAll(async () => {
  tf = (await selectBackend('wasm', () => {})).tf;
  await selectBackend('cpu', () => {});
  await tf.setBackend('wasm');
});

/** Softmax rows, a few pushed to 0 and 1 (below 1e-7 and above 1 - 1e-7), and unnormalized ones. */
function probabilities(n: number): T {
  return tf.tidy(() => {
    const logits = tf.randomNormal([n, 10], 0, 3, 'float32', 7);
    const sharp = tf.concat([tf.mul(logits.slice(0, 4), 20), logits.slice(4)]);
    const p = tf.softmax(sharp);
    return tf.concat([p.slice(0, n - 2), tf.mul(p.slice(n - 2), 1.7)]);
  });
}

async function run(backend: string, fused: boolean, sparse: boolean) {
  await tf.setBackend(backend);
  const n = 40;
  const p = probabilities(n);
  const labels = Int32Array.from({ length: n }, (_, i) => (i * 3) % 10);
  const y = sparse ? tf.tensor2d(Float32Array.from(labels), [n, 1]) : tf.oneHot(tf.tensor1d(labels, 'int32'), 10).toFloat();
  const loss = sparse ? 'sparseCategoricalCrossentropy' : 'categoricalCrossentropy';
  const f = (q: T) => (fused ? batchLoss(tf, loss, y, q, 1 / n) : tf.div(tf.sum(perSampleLoss(tf, loss, y, q)), n));
  const kernels = (await tf.profile(() => f(p))).kernels.map((k) => k.name);
  const { value, grad } = tf.valueAndGrad(f)(p);
  const out = { value: (await value.data())[0], grad: Array.from(await grad.data()), kernels };
  tf.dispose([p, y, value, grad]);
  return out;
}

describe('the fused crossentropy', () => {
  for (const sparse of [false, true]) {
    for (const backend of ['wasm', 'cpu']) {
      it(`is Keras' ${sparse ? 'sparse ' : ''}categorical crossentropy, value and gradient, on ${backend}`, async () => {
        const fused = await run(backend, true, sparse);
        const ops = await run(backend, false, sparse);
        expect(fused.kernels).toContain(CROSSENTROPY_KERNEL);
        expect(ops.kernels).not.toContain(CROSSENTROPY_KERNEL);
        expect(fused.value).toBeCloseTo(ops.value, 5);
        const scale = Math.max(...ops.grad.map(Math.abs));
        const worst = Math.max(...ops.grad.map((g, i) => Math.abs(g - fused.grad[i])));
        expect(worst / scale).toBeLessThan(1e-5);
        // Clipped entries get no gradient through their own probability, as with clipByValue.
        expect(fused.grad.filter((g) => g === 0).length).toBe(ops.grad.filter((g) => g === 0).length);
        await tf.setBackend('wasm');
      });
    }
  }

  it('is two kernels a step where the ops were about fifty', async () => {
    const n = 32;
    const p = probabilities(n);
    const y = tf.oneHot(tf.tensor1d(Int32Array.from({ length: n }, (_, i) => i % 10), 'int32'), 10).toFloat();
    const count = async (fused: boolean) =>
      (await tf.profile(() => tf.grad((q: T) => (fused ? batchLoss(tf, 'categoricalCrossentropy', y, q, 1 / n) : tf.div(tf.sum(perSampleLoss(tf, 'categoricalCrossentropy', y, q)), n)))(p)))
        .kernels.length;
    expect(await count(false)).toBeGreaterThan(20);
    expect(await count(true)).toBeLessThanOrEqual(6);
    tf.dispose([p, y]);
  });
});
