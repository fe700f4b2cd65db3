// `flopgate check` on 8 fitted models (the notebook's MLP 784-100-100-10, one epoch of 8,000
// embedded MNIST digits each) with one fit worker and with two, whole process, in alternation
// so both see the same machine load; the ratio is the figure, the seconds are this machine's.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli', 'index.js');
const repo = join(root, '.bench-tmp', 'fit-8');
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const MODELS = 8;

if (!existsSync(join(repo, 'flopgate.yml'))) {
  mkdirSync(join(repo, 'models'), { recursive: true });
  const model = readFileSync(join(root, 'examples', 'mlp-784-100-100-10', 'model.json'));
  const entries = [];
  for (let i = 0; i < MODELS; i++) {
    writeFileSync(join(repo, 'models', `m${i}.json`), model);
    entries.push(`  - name: m${i}\n    path: models/m${i}.json\n    fit: {dataset: mnist, epochs: 1, train_samples: 8000, validation_samples: 2000, seed: ${i + 1}}\n`);
  }
  writeFileSync(join(repo, 'flopgate.yml'), `version: 1\nmodels:\n${entries.join('')}`);
  execFileSync('git', ['init', '-q'], { cwd: repo });
}

function seconds(workers) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'check', '--budget', 'flopgate.yml', '--fit-workers', String(workers), '--json', join(repo, `r${workers}.json`)], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`--fit-workers ${workers} exited ${r.status}: ${String(r.stderr).slice(-800)}`);
  const report = JSON.parse(readFileSync(join(repo, `r${workers}.json`), 'utf8'));
  const fitted = report.models.filter((m) => m.fit?.status === 'ok').length;
  if (fitted !== MODELS) throw new Error(`--fit-workers ${workers}: ${fitted} of ${MODELS} fits ran`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average before: ${load()}; ${RUNS} run(s) each, alternating, median`);
const one = [];
const two = [];
for (let i = 0; i < RUNS; i++) {
  one.push(seconds(1));
  two.push(seconds(2));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [a, b] = [median(one), median(two)];
console.log('run'.padEnd(40) + 'seconds'.padStart(9) + '  / 1 worker');
console.log(`check, ${MODELS} fits, --fit-workers 1`.padEnd(40) + a.toFixed(1).padStart(9) + '1.00x'.padStart(12));
console.log(`check, ${MODELS} fits, --fit-workers 2`.padEnd(40) + b.toFixed(1).padStart(9) + `${(b / a).toFixed(2)}x`.padStart(12));
console.log(`load average after: ${load()}`);
