// `flopgate check` on a budget file of 10,000 models (no fits), whole process, beside the same
// check on 1,000 of them and beside `node -e 0`, in the same run: the ratios say how the time
// grows with the number of models, the seconds say whether a monorepo's check fits in CI.
// The repository is made once under .bench-tmp/: 10,000 TensorFlow.js MLPs (the notebook's
// 784-h-h-10, h from 10 to 109), committed, as a monorepo of models would hold them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli', 'index.js');
const repo = join(root, '.bench-tmp', 'scale-10000');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const N = 10_000;
const LIMIT_S = 30;

function makeRepo() {
  if (existsSync(join(repo, 'all.yml'))) return;
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(join(repo, 'models'), { recursive: true });
  const template = JSON.parse(readFileSync(join(root, 'examples', 'mlp-784-50-50-10', 'model.json'), 'utf8'));
  const text = JSON.stringify(template);
  const entries = [];
  for (let i = 0; i < N; i++) {
    const h = 10 + (i % 100);
    const path = `models/m${i}/model.json`;
    mkdirSync(join(repo, 'models', `m${i}`), { recursive: true });
    // Only the topology is read; the hidden width is changed in it, the manifest kept.
    writeFileSync(join(repo, path), text.replaceAll('"units":50', `"units":${h}`));
    entries.push(`  - name: m${i}\n    path: ${path}\n    budget: {flops: 300k}\n`);
  }
  writeFileSync(join(repo, 'all.yml'), `version: 1\nmodels:\n${entries.join('')}`);
  writeFileSync(join(repo, 'tenth.yml'), `version: 1\nmodels:\n${entries.slice(0, N / 10).join('')}`);
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' };
  execFileSync('git', ['init', '-q'], { cwd: repo, env });
  execFileSync('git', ['add', '-A'], { cwd: repo, env });
  execFileSync('git', ['commit', '-qm', 'models'], { cwd: repo, env });
}

function seconds(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(-500)}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

makeRepo();
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average before: ${load()}; ${RUNS} run(s) each, interleaved, median`);
const rows = { node: [], tenth: [], all: [] };
for (let i = 0; i < RUNS; i++) {
  rows.node.push(seconds(['-e', '0']));
  rows.tenth.push(seconds([cli, 'check', '--budget', 'tenth.yml', '--no-fit', '--json', join(repo, 'tenth.json')]));
  rows.all.push(seconds([cli, 'check', '--budget', 'all.yml', '--no-fit', '--json', join(repo, 'all.json')]));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [node, tenth, all] = [median(rows.node), median(rows.tenth), median(rows.all)];
const report = JSON.parse(readFileSync(join(repo, 'all.json'), 'utf8'));
if (report.models.length !== N || !report.passed) throw new Error('the 10,000-model report is not what was measured');
console.log('run'.padEnd(44) + 'seconds'.padStart(9) + '  / 1,000 models');
console.log('node -e 0'.padEnd(44) + node.toFixed(2).padStart(9) + `${(node / tenth).toFixed(2)}x`.padStart(16));
console.log('check, 1,000 models, no fits'.padEnd(44) + tenth.toFixed(2).padStart(9) + '1.00x'.padStart(16));
console.log(`check, ${N.toLocaleString('en')} models, no fits`.padEnd(44) + all.toFixed(2).padStart(9) + `${(all / tenth).toFixed(2)}x`.padStart(16));
console.log(`load average after: ${load()}`);
console.log(`${all <= LIMIT_S ? 'ok' : 'OVER'}: ${N.toLocaleString('en')} models in ${all.toFixed(1)} s (limit ${LIMIT_S} s)`);
process.exit(all <= LIMIT_S ? 0 : 1);
