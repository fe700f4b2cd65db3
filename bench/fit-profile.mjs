// Where a training step's time goes, kernel by kernel, on a tfjs backend: `npm run build`,
// then `node bench/fit-profile.mjs [mlp|cnn] [flopgate|stock] [steps]`.
//   flopgate: the bundle's TensorFlow.js on the backend flopgate picks, with its WASM
//             training kernels (src/fit/wasm-kernels.ts);
//   stock:    tfjs-backend-wasm from node_modules as published (the CNN cannot train on it:
//             it has no Conv2DBackpropFilter, so it runs on the cpu backend there).
// Every kernel of the backend is wrapped with a timer; the step time is measured once without
// the wrappers and once with them. Not part of `npm run bench`: it reports figures, not ratios.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [model = 'cnn', variant = 'flopgate', stepsArg = '100'] = process.argv.slice(2);
const steps = Number(stepsArg);
const root = new URL('..', import.meta.url).pathname;

let tf;
if (variant === 'flopgate') {
  const fit = await import(join(root, 'dist', 'fit', 'index.js'));
  tf = (await fit.selectBackend('wasm', (l) => console.log(l))).tf;
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
const fit = (n) => m.fit(x.slice(0, n * B), y.slice(0, n * B), { epochs: 1, batchSize: B, verbose: 0, yieldEvery: 'never', shuffle: false });
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
