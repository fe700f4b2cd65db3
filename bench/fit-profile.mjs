// Where a training step's time goes, kernel by kernel, on a tfjs backend: `npm run build`,
// then `node bench/fit-profile.mjs [mlp|cnn] [flopgate|stock] [steps]`, or
// `node bench/fit-profile.mjs kernels` for each replaced WASM kernel at the shapes of the
// example CNN and the MLP, stock against flopgate's, in one process.
//   flopgate: the bundle's TensorFlow.js on the backend flopgate picks, with its WASM
//             training kernels (src/fit/wasm-kernels.ts);
//   stock:    tfjs-backend-wasm from node_modules as published (the CNN cannot train on it:
//             it has no Conv2DBackpropFilter, so it runs on the cpu backend there).
// Every kernel of the backend is wrapped with a timer; the step time is measured once without
// the wrappers and once with them. Not part of `npm run bench`: it reports figures, not ratios.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const [model = 'cnn', variant = 'flopgate', stepsArg = '100'] = process.argv.slice(2);
if (model === 'kernels') {
  await kernels(variant === 'one' ? stepsArg : undefined);
  // Exit once stdout is flushed: a pipe to the parent is written asynchronously.
  await new Promise((resolve) => process.stdout.write('', resolve));
  process.exit(0);
}
const steps = Number(stepsArg);

let tf;
let Trainer;
if (variant === 'flopgate') {
  const fit = await import(join(root, 'dist', 'fit', 'index.js'));
  tf = (await fit.selectBackend('wasm', (l) => console.log(l))).tf;
  Trainer = fit.Trainer;
} else {
  tf = await import('@tensorflow/tfjs');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  wasm.setWasmPaths(join(dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
  await tf.setBackend(model === 'cnn' ? 'cpu' : 'wasm');
  tf.enableProdMode();
}
const backend = tf.getBackend();
const L = tf.layers;
const m = tf.sequential({
  layers:
    model === 'mlp'
      ? [L.flatten({ inputShape: [28, 28] }), L.dense({ units: 100, activation: 'relu' }), L.dense({ units: 100, activation: 'relu' }), L.dense({ units: 10, activation: 'softmax' })]
      : [
          L.reshape({ targetShape: [28, 28, 1], inputShape: [28, 28] }),
          L.conv2d({ filters: 32, kernelSize: 3, activation: 'relu' }),
          L.maxPooling2d({ poolSize: 2 }),
          L.conv2d({ filters: 64, kernelSize: 3, activation: 'relu' }),
          L.maxPooling2d({ poolSize: 2 }),
          L.flatten(),
          L.dense({ units: 128, activation: 'relu' }),
          L.dense({ units: 10, activation: 'softmax' }),
        ],
});
m.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
const B = 32;
const x = tf.randomUniform([B * steps, 28, 28], 0, 1, 'float32', 1);
const y = tf.oneHot(tf.randomUniform([B * steps], 0, 10, 'int32', 2), 10).toFloat();
// flopgate trains with its own step (the Trainer: tfjs' variableGrads and Keras' Adam in one
// kernel per variable, on one thread here); stock is tfjs-layers' model.fit.
const labels = new Uint8Array(B * steps);
const trainer = Trainer && new Trainer(tf, m, 'categoricalCrossentropy', 'adam', 0.001);
const fit = async (n) => {
  if (!trainer) return m.fit(x.slice(0, n * B), y.slice(0, n * B), { epochs: 1, batchSize: B, verbose: 0, yieldEvery: 'never', shuffle: false });
  for (let s = 0; s < n; s++) trainer.step(x, y, labels, s * B, B, B);
};
await fit(Math.min(10, steps));
let t0 = performance.now();
await fit(steps);
const plain = (performance.now() - t0) / steps;

const agg = new Map();
let calls = 0;
let kernelMs = 0;
for (const cfg of tf.getKernelsForBackend(backend)) {
  const f = cfg.kernelFunc;
  tf.unregisterKernel(cfg.kernelName, backend);
  tf.registerKernel({
    ...cfg,
    setupFunc: undefined,
    kernelFunc: (a) => {
      const s = performance.now();
      const r = f(a);
      const d = performance.now() - s;
      const e = agg.get(cfg.kernelName) ?? { ms: 0, n: 0 };
      e.ms += d;
      e.n++;
      agg.set(cfg.kernelName, e);
      calls++;
      kernelMs += d;
      return r;
    },
  });
}
t0 = performance.now();
await fit(steps);
const timed = (performance.now() - t0) / steps;
console.log(`${model} on ${backend} (${variant}), batch ${B}, ${steps} steps after a warm-up`);
console.log(`step: ${plain.toFixed(2)} ms (${Math.round((B / plain) * 1000)} samples/s); with timers ${timed.toFixed(2)} ms, of which kernels ${(kernelMs / steps).toFixed(2)} ms in ${(calls / steps).toFixed(0)} kernel calls`);
for (const [k, v] of [...agg].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14)) {
  console.log(`  ${k.padEnd(24)} ${(v.ms / steps).toFixed(3).padStart(8)} ms/step ${(v.n / steps).toFixed(1).padStart(6)} calls/step`);
}

// tfjs keeps one kernel registry per process, so the stock and flopgate kernels are timed in
// two child processes.
async function kernels(only) {
  const cases = [
    ['Conv2DBackpropFilter', 'conv1 [32,28,28,1] -> 32', (t) => ({ x: t.randomUniform([32, 28, 28, 1]), dy: t.randomUniform([32, 26, 26, 32]) }), { filterShape: [3, 3, 1, 32] }],
    ['Conv2DBackpropFilter', 'conv2 [32,13,13,32] -> 64', (t) => ({ x: t.randomUniform([32, 13, 13, 32]), dy: t.randomUniform([32, 11, 11, 64]) }), { filterShape: [3, 3, 32, 64] }],
    ['Conv2DBackpropInput', 'conv2 [32,13,13,32] -> 64', (t) => ({ dy: t.randomUniform([32, 11, 11, 64]), filter: t.randomUniform([3, 3, 32, 64]) }), { inputShape: [32, 13, 13, 32] }],
    ['MaxPoolGrad', 'pool1 [32,26,26,32] 2x2', (t) => { const input = t.randomUniform([32, 26, 26, 32]); return { dy: t.randomUniform([32, 13, 13, 32]), input, output: t.maxPool(input, 2, 2, 'valid') }; }, { filterSize: 2, strides: 2, pad: 'valid' }],
    ['BatchMatMul', 'Dense dW [784,32] x [32,100]', (t) => ({ a: t.randomUniform([1, 32, 784]), b: t.randomUniform([1, 32, 100]) }), { transposeA: true, transposeB: false }],
    ['BatchMatMul', 'Dense dX [32,100] x [784,100]^T', (t) => ({ a: t.randomUniform([1, 32, 100]), b: t.randomUniform([1, 784, 100]) }), { transposeA: false, transposeB: true }],
    ['BatchMatMul', 'Dense dW [1600,32] x [32,128]', (t) => ({ a: t.randomUniform([1, 32, 1600]), b: t.randomUniform([1, 32, 128]) }), { transposeA: true, transposeB: false }],
    ['GatherV2', '32 rows of [8000,28,28]', (t) => ({ x: t.randomUniform([8000, 28, 28]), indices: t.tensor1d(Array.from({ length: 32 }, (_, i) => (i * 250) % 8000), 'int32') }), { axis: 0, batchDims: 0 }, []],
  ];
  const conv = { strides: 1, pad: 'valid', dataFormat: 'NHWC', dimRoundingMode: undefined };
  if (only) {
    let t;
    if (only === 'flopgate') {
      const fit = await import(join(root, 'dist', 'fit', 'index.js'));
      t = (await fit.selectBackend('wasm', () => {})).tf;
    } else {
      t = await import('@tensorflow/tfjs');
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      wasm.setWasmPaths(join(dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
      await t.setBackend('wasm');
      t.enableProdMode();
    }
    const out = [];
    // Fresh operands every call, as in training (weights and gradients change every step):
    // XNNPACK caches a packed right operand per tensor, which a benchmark reusing one tensor
    // would hit. The copies are timed alone and taken off.
    const timeIt = (f) => {
      for (let i = 0; i < 3; i++) f();
      const t0 = performance.now();
      for (let i = 0; i < 20; i++) f();
      return (performance.now() - t0) / 20;
    };
    for (const [name, , make, attrs, renewed] of cases) {
      const inputs = make(t);
      // The training set, gathered from, is the same tensor at every step: it is not copied.
      const renew = (key, v) => v.dtype === 'float32' && (renewed ?? [key]).includes(key);
      const fresh = () => {
        const temps = [];
        const ins = Object.fromEntries(
          Object.entries(inputs).map(([key, v]) => {
            if (!renew(key, v)) return [key, v];
            const c = t.add(v, 0);
            temps.push(c);
            return [key, c];
          }),
        );
        return { ins, temps };
      };
      const copies = timeIt(() => t.dispose(fresh().temps));
      let ms = null;
      try {
        ms =
          timeIt(() => {
            const { ins, temps } = fresh();
            t.dispose(t.engine().runKernel(name, ins, name.startsWith('Conv2D') ? { ...conv, ...attrs } : attrs));
            t.dispose(temps);
          }) - copies;
      } catch {
        // The stock backend has no such kernel.
      }
      t.dispose(Object.values(inputs));
      out.push(ms);
    }
    console.log(JSON.stringify(out));
    return;
  }
  const { spawnSync } = await import('node:child_process');
  const self = new URL(import.meta.url).pathname;
  const [stock, ours] = ['stock', 'flopgate'].map((v) => JSON.parse(spawnSync(process.execPath, [self, 'kernels', 'one', v], { encoding: 'utf8' }).stdout.trim().split('\n').pop()));
  console.log('kernel'.padEnd(22) + 'case'.padEnd(40) + 'stock ms'.padStart(10) + 'flopgate ms'.padStart(13) + 'faster'.padStart(8));
  cases.forEach(([name, label], i) => {
    const a = stock[i];
    const b = ours[i];
    console.log(name.padEnd(22) + label.padEnd(40) + (a === null ? 'missing' : a.toFixed(3)).padStart(10) + b.toFixed(3).padStart(13) + (a === null ? '-' : `${(a / b).toFixed(1)}x`).padStart(8));
  });
}
