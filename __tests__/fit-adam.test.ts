import { beforeAll, describe, expect, it } from 'vitest';
import { ADAM_KERNEL, adamUpdate, KerasAdam, KERAS_ADAM } from '../src/fit/adam.js';
import { selectBackend, type Tf } from '../src/fit/backend.js';
import { wasmAdam } from '../src/fit/wasm-adam.js';

// flopgate's Adam (src/fit/adam.ts, src/fit/wasm-adam.ts): Keras' update in one kernel per
// variable. Checked against a transcription of Keras 3's update_step in double precision,
// against tfjs' own AdamOptimizer where the two formulas agree, and backend against backend.
let tf: Tf;

beforeAll(async () => {
  tf = (await selectBackend('wasm', () => {})).tf;
  await selectBackend('cpu', () => {});
  await tf.setBackend('wasm');
});

/** A stream of floats from a seed (mulberry32). */
function stream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gradients of magnitude `lo` to `hi`, either sign. */
function grads(n: number, seed: number, lo: number, hi: number): Float32Array {
  const r = stream(seed);
  return Float32Array.from({ length: n }, () => (r() < 0.5 ? -1 : 1) * (lo + (hi - lo) * r()));
}

/**
 * keras/src/optimizers/adam.py (Keras 3), update_step, without amsgrad, in double:
 *   alpha = lr * sqrt(1 - beta_2_power) / (1 - beta_1_power)
 *   m += (g - m) * (1 - beta_1);  v += (g^2 - v) * (1 - beta_2)
 *   variable -= (m * alpha) / (sqrt(v) + epsilon)
 */
function kerasReference(x0: Float32Array, steps: Float32Array[], lr: number): Float64Array {
  const { beta1, beta2, epsilon } = KERAS_ADAM;
  const x = Float64Array.from(x0);
  const m = new Float64Array(x.length);
  const v = new Float64Array(x.length);
  steps.forEach((g, s) => {
    const t = s + 1;
    const alpha = (lr * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
    for (let i = 0; i < x.length; i++) {
      m[i] += (g[i] - m[i]) * (1 - beta1);
      v[i] += (g[i] * g[i] - v[i]) * (1 - beta2);
      x[i] -= (m[i] * alpha) / (Math.sqrt(v[i]) + epsilon);
    }
  });
  return x;
}

/** Runs `steps` updates of one variable through KerasAdam on the current backend. */
function ours(x0: Float32Array, steps: Float32Array[], lr: number, shape = [x0.length]): Float32Array {
  const x = tf.variable(tf.tensor(x0, shape));
  const adam = new KerasAdam(tf, lr);
  for (const g of steps) {
    const gt = tf.tensor(g, shape);
    adam.apply([x], [gt]);
    gt.dispose();
  }
  const out = x.dataSync() as Float32Array;
  adam.dispose();
  x.dispose();
  return out;
}

function tfjsAdam(x0: Float32Array, steps: Float32Array[], lr: number): Float32Array {
  const x = tf.variable(tf.tensor(x0));
  const opt = tf.train.adam(lr, KERAS_ADAM.beta1, KERAS_ADAM.beta2, KERAS_ADAM.epsilon);
  for (const g of steps) {
    const gt = tf.tensor(g);
    opt.applyGradients([{ name: x.name, tensor: gt }]);
    gt.dispose();
  }
  const out = x.dataSync() as Float32Array;
  opt.dispose();
  x.dispose();
  return out;
}

const worst = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let w = 0;
  for (let i = 0; i < a.length; i++) w = Math.max(w, Math.abs(a[i] - b[i]));
  return w;
};

describe("Keras' Adam in one kernel per variable", () => {
  const n = 1027; // not a multiple of 4: the SIMD lanes and the scalar tail both run
  const x0 = grads(n, 1, 0, 1);
  const steps = Array.from({ length: 10 }, (_, s) => grads(n, 100 + s, 0.05, 1));

  it('is one kernel call per variable and step on WASM, and leaves no tensor behind', async () => {
    const x = tf.variable(tf.tensor(x0));
    const adam = new KerasAdam(tf, 1e-3);
    const g = tf.tensor(steps[0]);
    adam.apply([x], [g]);
    const before = tf.memory().numTensors;
    const prof = await tf.profile(() => adam.apply([x], [g]));
    expect(prof.kernels.map((k) => k.name)).toEqual([ADAM_KERNEL]);
    expect(tf.memory().numTensors).toBe(before);
    adam.dispose();
    tf.dispose([x, g]);
  });

  it("follows Keras' formula to float32 rounding, on WASM and on the cpu backend", async () => {
    const ref = kerasReference(x0, steps, 1e-3);
    for (const backend of ['wasm', 'cpu']) {
      await tf.setBackend(backend);
      expect(worst(ours(x0, steps, 1e-3), ref), backend).toBeLessThan(2e-7);
    }
    await tf.setBackend('wasm');
  });

  it("agrees with tfjs' AdamOptimizer to 1e-6 where sqrt(v) is far above epsilon", () => {
    expect(worst(ours(x0, steps, 1e-3), tfjsAdam(x0, steps, 1e-3))).toBeLessThan(1e-6);
  });

  it("is Keras' formula, not tfjs', where a gradient is as small as epsilon", () => {
    // Keras adds epsilon to sqrt(v), before the bias correction; tfjs after it. For a
    // gradient of 1e-6 the first step differs by a fifth.
    const tiny = [Float32Array.from({ length: 8 }, () => 1e-6)];
    const x = new Float32Array(8);
    const ref = kerasReference(x, tiny, 1e-3);
    expect(worst(ours(x, tiny, 1e-3), ref)).toBeLessThan(1e-10);
    expect(worst(tfjsAdam(x, tiny, 1e-3), ref)).toBeGreaterThan(1e-4);
  });

  it("runs on WASM as the SIMD function over the backend's own memory", () => {
    const memory = (tf.backend() as unknown as { wasm: { asm: { memory: WebAssembly.Memory } } }).wasm.asm.memory;
    expect(memory).toBeInstanceOf(WebAssembly.Memory);
    expect(wasmAdam(memory)).not.toBeNull();
  });

  it('gives the same bits on WASM (SIMD) and on the cpu backend (scalar), with a second gradient added', async () => {
    const run = (second: boolean): Float32Array[] => {
      const [x, m, v, g, g2] = [x0, steps[1], grads(n, 7, 0, 0.01), steps[2], steps[3]].map((a) => tf.tensor(a, [n]));
      const v2 = tf.abs(v);
      const outs = tf.engine().runKernel(ADAM_KERNEL, second ? { x, m, v: v2, g, g2 } : { x, m, v: v2, g }, {
        alpha: 1e-3,
        ...KERAS_ADAM,
      } as never) as ReturnType<Tf['tensor']>[];
      const out = outs.map((o) => o.dataSync() as Float32Array);
      tf.dispose([x, m, v, v2, g, g2, ...outs]);
      return out;
    };
    for (const second of [false, true]) {
      await tf.setBackend('wasm');
      const wasm = run(second);
      await tf.setBackend('cpu');
      const cpu = run(second);
      for (let k = 0; k < 3; k++) expect(Buffer.from(wasm[k].buffer).equals(Buffer.from(cpu[k].buffer)), `output ${k}`).toBe(true);
    }
    await tf.setBackend('wasm');
  });

  it('adds the second gradient before the update, as one gradient would be', () => {
    const a = grads(16, 3, 0, 1);
    const b = grads(16, 4, 0, 1);
    const sum = Float32Array.from(a, (v, i) => Math.fround(v + b[i]));
    const outs = [0, 1].map(() => [new Float32Array(16), new Float32Array(16), new Float32Array(16)]);
    const zero = new Float32Array(16);
    const attrs = { alpha: 1e-3, ...KERAS_ADAM };
    adamUpdate(x0.subarray(0, 16), zero, zero, a, b, outs[0][0], outs[0][1], outs[0][2], attrs);
    adamUpdate(x0.subarray(0, 16), zero, zero, sum, undefined, outs[1][0], outs[1][1], outs[1][2], attrs);
    for (let k = 0; k < 3; k++) expect(Array.from(outs[0][k])).toEqual(Array.from(outs[1][k]));
  });

  it('runs as composite ops on a backend without the kernel (tfjs-node), to the same values', async () => {
    const expected = ours(x0, steps, 1e-3);
    const config = tf.getKernel(ADAM_KERNEL, 'wasm')!;
    tf.unregisterKernel(ADAM_KERNEL, 'wasm');
    try {
      expect(worst(ours(x0, steps, 1e-3), expected)).toBeLessThan(1e-7);
    } finally {
      tf.registerKernel(config);
    }
  });
});
