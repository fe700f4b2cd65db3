// Weights never read: `flopgate flops` on a 100 MB TFLite file (six 2048 x 2048 float32
// FULLY_CONNECTED layers, the first kernel before the tables and the rest after, as TF's
// converter lays a file out) beside the same architecture with 4-byte buffers, and on a
// SavedModel with 100 MB of variable data beside the same SavedModel without it. The issue's
// bound: within 1.5x of the weightless file's time, under 100 MB of resident memory. Exits 1
// when a bound is broken.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTfliteMlp } from './tflite-writer.mjs';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli', 'index.js');
const tmp = join(root, '.bench-tmp', 'tf-formats');
mkdirSync(tmp, { recursive: true });
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// Each run reports its peak resident set on exit. A process's peak as Linux counts it starts
// from its parent's at the fork, so the run is forked from a small shell, not from this
// process (`; true` keeps the shell from exec'ing node in its own place).
const RSS = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss "+process.resourceUsage().maxRSS+"\\n"))';
const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function once(path) {
  const t0 = process.hrtime.bigint();
  const cmd = [process.execPath, '--import', RSS, cli, 'flops', path, '--json'].map(quote).join(' ');
  const r = spawnSync('sh', ['-c', `${cmd} > /dev/null; true`], { encoding: 'utf8' });
  if (r.status !== 0 || !/maxrss/.test(r.stderr)) throw new Error(`flopgate flops ${path} failed: ${r.stderr}`);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, rss: Number(/maxrss (\d+)/.exec(r.stderr)[1]) / 1024 };
}

/**
 * The two files in alternation, so that the machine's load drifting during the bench
 * weighs on both alike; the ratio is the median of the per-pair ratios.
 */
function runPair(withW, without) {
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(once(withW));
    b.push(once(without));
  }
  const macs = (p) => JSON.parse(spawnSync(process.execPath, [cli, 'flops', p, '--json'], { encoding: 'utf8' }).stdout).macs;
  return {
    a: { ms: median(a.map((x) => x.ms)), rss: Math.max(...a.map((x) => x.rss)), macs: macs(withW) },
    b: { ms: median(b.map((x) => x.ms)), rss: Math.max(...b.map((x) => x.rss)), macs: macs(without) },
    ratio: median(a.map((x, i) => x.ms / b[i].ms)),
  };
}

const big = join(tmp, 'mlp6x2048.tflite');
const light = join(tmp, 'mlp6x2048.weightless.tflite');
writeTfliteMlp(big);
writeTfliteMlp(light, { weights: false });

// A SavedModel with 100 MB of variable data: the seed MLP's, its data shard written beside it.
const sm = join(tmp, 'saved_model_100mb');
const smLight = join(tmp, 'saved_model_no_data');
for (const d of [sm, smLight]) {
  rmSync(d, { recursive: true, force: true });
  cpSync(join(root, '__tests__', 'data', 'tf-formats', 'mlp_784_100_100_10', 'saved_model_export'), d, { recursive: true });
}
const shard = Buffer.alloc(100 * 1024 * 1024);
for (let i = 0; i < shard.length; i += 4096) shard[i] = i & 0xff;
writeFileSync(join(sm, 'variables', 'variables.data-00000-of-00001'), shard);

const size = (p) => (statSync(p).isDirectory() ? join(p, 'variables', 'variables.data-00000-of-00001') : p);
const rows = [
  ['TFLite, 6 x FULLY_CONNECTED 2048, weights', big, light],
  ['SavedModel (seed MLP), 100 MB of variable data', sm, smLight],
];
let failed = false;
console.log(`${RUNS} runs of each, alternating; ms the median, ratio the median of the paired ratios, peak RSS the largest`);
console.log('model'.padEnd(50) + 'MB'.padStart(8) + 'ms'.padStart(9) + 'ms w/o'.padStart(9) + 'ratio'.padStart(8) + 'RSS MB'.padStart(9) + 'RSS w/o'.padStart(9));
for (const [name, withW, without] of rows) {
  const { a, b, ratio } = runPair(withW, without);
  if (a.macs !== b.macs) throw new Error(`${name}: ${a.macs} MACs with weights, ${b.macs} without`);
  const mb = statSync(size(withW)).size / 1e6;
  console.log(name.padEnd(50) + mb.toFixed(1).padStart(8) + a.ms.toFixed(1).padStart(9) + b.ms.toFixed(1).padStart(9) + `${ratio.toFixed(2)}x`.padStart(8) + a.rss.toFixed(1).padStart(9) + b.rss.toFixed(1).padStart(9));
  if (ratio > 1.5 || a.rss > 100) {
    console.log(`  over the bound: ${ratio > 1.5 ? `${ratio.toFixed(2)}x the weightless time` : ''} ${a.rss > 100 ? `${a.rss.toFixed(1)} MB resident` : ''}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
