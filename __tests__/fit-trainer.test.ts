import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, type Tf } from '../src/fit/backend.js';
import { share, Team, threadCount, type ReplicaJob } from '../src/fit/parallel.js';
import { Trainer, type Exchange } from '../src/fit/trainer.js';
import type { ModelSpec } from '../src/keras/model.js';

// The fit's step loop (src/fit/trainer.ts): what tfjs-layers' model.fit computes per batch,
// and its data-parallel form, with the ranks' exchange done by hand in one thread (the worker
// threads themselves run from the bundle: __tests__/fit-bundle.test.ts).
let tf: Tf;
type T = ReturnType<Tf['tensor']>;

beforeAll(async () => {
  tf = (await selectBackend('wasm', () => {})).tf;
});

function model(seed: number, dropout = false) {
  const L = tf.layers;
  return tf.sequential({
    layers: [
      L.flatten({ inputShape: [28, 28] }),
      L.dense({ units: 24, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed }), kernelRegularizer: tf.regularizers.l2({ l2: 1e-3 }) }),
      ...(dropout ? [L.dropout({ rate: 0.3 })] : []),
      L.dense({ units: 10, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }),
    ],
  });
}

function data(n: number): { x: T; y: T; labels: Uint8Array } {
  const x = tf.randomUniform([n, 28, 28], 0, 1, 'float32', 5);
  const labels = Uint8Array.from({ length: n }, (_, i) => (i * 7 + (i >> 2)) % 10);
  const y = tf.oneHot(tf.tensor1d(Int32Array.from(labels), 'int32'), 10).toFloat();
  return { x, y, labels };
}

const flat = (t: Trainer): Float32Array => t.weights();
const worst = (a: Float32Array, b: Float32Array): number => a.reduce((w, v, i) => Math.max(w, Math.abs(v - b[i])), 0);

describe('the fit step', () => {
  it("trains as tfjs-layers' model.fit does (loss, regularizer, gradients), with the same optimizer", async () => {
    const { x, y, labels } = data(96);
    const a = model(1);
    a.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
    const h = await a.fit(x, y, { epochs: 1, batchSize: 32, shuffle: false, verbose: 0 });
    const b = model(1);
    const t = new Trainer(tf, b, 'categoricalCrossentropy', 'sgd', 0.1);
    let loss = 0;
    for (let from = 0; from < 96; from += 32) loss += t.step(x, y, labels, from, 32, 32).loss / 3;
    const ref = new Trainer(tf, a, 'categoricalCrossentropy', 'sgd', 0.1);
    expect(worst(flat(t), flat(ref))).toBeLessThan(1e-6);
    expect(loss).toBeCloseTo(h.history.loss[0] as number, 5);
    tf.dispose([x, y]);
    t.dispose();
    ref.dispose();
    a.dispose();
    b.dispose();
  });

  it("two ranks with half a batch each train as one rank with the whole batch, and stay identical", () => {
    const { x, y, labels } = data(100);
    const one = new Trainer(tf, model(3), 'categoricalCrossentropy', 'adam', 1e-3);
    const ranks = [0, 1].map((r) => new Trainer(tf, model(3), 'categoricalCrossentropy', 'adam', 1e-3, r, 2));
    // A 100-sample epoch in batches of 32: the last batch (4) is split too.
    const hits = [0, 0];
    for (let from = 0; from < 100; from += 32) {
      const n = Math.min(32, 100 - from);
      hits[0] += one.step(x, y, labels, from, n, n).correct;
      const parts = ranks.map((t, r) => {
        const [lo, hi] = share(n, r, 2);
        return t.contribute(x, y, labels, from + lo, hi - lo, n);
      });
      const regions = parts.map((c, r) => ranks[r].flatten(c));
      const outs = ranks.map((t) => t.finish(regions));
      expect(outs[0]).toEqual(outs[1]);
      hits[1] += outs[0].correct;
    }
    const w = ranks.map(flat);
    // Bit for bit: each rank adds the same halves in the same order and updates the same weights.
    expect(Buffer.from(w[0].buffer).equals(Buffer.from(w[1].buffer))).toBe(true);
    // The same training, summed in another order.
    expect(worst(w[0], flat(one))).toBeLessThan(1e-5);
    // ...and training did move the weights (so the comparison above says something).
    const untrained = new Trainer(tf, model(3), 'categoricalCrossentropy', 'adam', 1e-3);
    expect(worst(w[0], flat(untrained))).toBeGreaterThan(1e-4);
    untrained.dispose();
    expect(hits[1]).toBe(hits[0]);
    tf.dispose([x, y]);
    for (const t of [one, ...ranks]) t.dispose();
  });

  it('counts the regularization penalty once over the ranks', () => {
    const { x, y, labels } = data(32);
    const one = new Trainer(tf, model(4), 'categoricalCrossentropy', 'sgd', 0.1);
    const ranks = [0, 1].map((r) => new Trainer(tf, model(4), 'categoricalCrossentropy', 'sgd', 0.1, r, 2));
    const whole = one.step(x, y, labels, 0, 32, 32).loss;
    const regions = ranks.map((t, r) => t.flatten(t.contribute(x, y, labels, r * 16, 16, 32)));
    const split = ranks[0].finish(regions).loss;
    ranks[1].finish(regions);
    expect(split).toBeCloseTo(whole, 5);
    expect(worst(flat(ranks[0]), flat(one))).toBeLessThan(1e-6);
    tf.dispose([x, y]);
    for (const t of [one, ...ranks]) t.dispose();
  });

  it('a rank of several needs an exchange; one given is used', () => {
    const { x, y, labels } = data(8);
    const t = new Trainer(tf, model(5), 'categoricalCrossentropy', 'adam', 1e-3, 0, 2);
    expect(() => t.step(x, y, labels, 0, 4, 8)).toThrow(/exchange/);
    let called = 0;
    const lone: Exchange = {
      gather: (fill) => {
        called++;
        const mine = new Float32Array(t.parameters + 2);
        fill(mine);
        return [mine, new Float32Array(t.parameters + 2)];
      },
    };
    t.step(x, y, labels, 0, 4, 8, lone);
    expect(called).toBe(1);
    tf.dispose([x, y]);
    t.dispose();
  });
});

describe('threads', () => {
  const spec = (className: string): ModelSpec => ({ kind: 'sequential', name: 'm', layers: [{ name: 'l', className, config: {} }] }) as unknown as ModelSpec;

  it('splits a batch into shares that cover it once', () => {
    for (const [n, w] of [
      [32, 2],
      [31, 2],
      [5, 4],
      [1, 2],
    ]) {
      const parts = Array.from({ length: w }, (_, r) => share(n, r, w));
      expect(parts[0][0]).toBe(0);
      expect(parts[w - 1][1]).toBe(n);
      for (let r = 1; r < w; r++) expect(parts[r][0]).toBe(parts[r - 1][1]);
    }
  });

  it('uses one thread for a model that normalizes over the batch, and never more than the batch', () => {
    expect(threadCount(2, spec('BatchNormalization'), 32)).toBe(1);
    expect(threadCount(2, spec('Dense'), 32)).toBe(2);
    expect(threadCount(4, spec('Dense'), 3)).toBe(3);
    expect(threadCount(1, spec('Dense'), 32)).toBe(1);
    // auto: a model too small for the split to pay (or of unknown size) keeps one thread.
    expect(threadCount('auto', spec('Dense'), 32)).toBe(1);
    expect(threadCount('auto', spec('Dense'), 32, 537_000)).toBe(1);
    expect(threadCount('auto', spec('Conv2D'), 32, 16e6, 0)).toBe(Math.min(4, availableParallelism()));
  });

  it('auto keeps one thread on a machine whose cores are already busy; a count set is kept', () => {
    const cores = availableParallelism();
    expect(threadCount('auto', spec('Conv2D'), 32, 16e6, cores - 0.5)).toBe(Math.min(4, cores));
    expect(threadCount('auto', spec('Conv2D'), 32, 16e6, cores)).toBe(1);
    expect(threadCount('auto', spec('Conv2D'), 32, 16e6, 6 * cores)).toBe(1);
    expect(threadCount(2, spec('Conv2D'), 32, 16e6, 6 * cores)).toBe(2);
  });
});

describe('worker threads that fail to start', () => {
  const samples = () => {
    const b = (n: number) => new SharedArrayBuffer(n);
    return { count: 1, pixels: b(784 * 4), labels: b(1), validationCount: 1, validationPixels: b(784 * 4), validationLabels: b(1) };
  };
  const job = { spec: {}, inputShapes: [[28, 28]], seed: 1, loss: 'categoricalCrossentropy', optimizer: 'adam', lr: 1e-3 } as unknown as ReplicaJob;

  it('are given up on, and ended, when one does not answer in time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flopgate-worker-'));
    try {
      const entry = join(dir, 'w.mjs');
      // Alive, never answering: as a worker whose start hangs.
      writeFileSync(entry, 'setInterval(() => {}, 1000);');
      const team = Team.spawn(pathToFileURL(entry), job, 2);
      const t = performance.now();
      await expect(team.ready(samples(), 10, 300)).rejects.toThrow(/^the fit worker threads did not start within 0.3 s$/);
      expect(performance.now() - t).toBeLessThan(10_000);
      await team.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const [what, script, reason] of [
    ['says why', "import { parentPort } from 'node:worker_threads'; parentPort.postMessage('fit worker 1 failed: no backend');", /no backend/],
    ['exits', 'process.exit(3);', /exited with code 3/],
    ['throws', "throw new Error('broken bundle');", /broken bundle/],
  ] as const) {
    it(`are reported, and stopped, when one ${what}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'flopgate-worker-'));
      try {
        const entry = join(dir, 'w.mjs');
        writeFileSync(entry, script);
        const team = Team.spawn(pathToFileURL(entry), job, 2);
        await expect(team.ready(samples(), 10)).rejects.toThrow(reason);
        await team.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
