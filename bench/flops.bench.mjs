// Whole-process time of `flopgate flops FILE` on the largest model files, beside
// `cat FILE > /dev/null` on the same file (the cost of merely reading it all) and, for ONNX,
// beside the same graph with its weights moved to an absent external file.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli', 'index.js');
const fixtures = join(root, '..', 'shared', 'fixtures');
const tmp = join(root, '.bench-tmp');
mkdirSync(tmp, { recursive: true });
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// BENCH_COLD=1 (root only) drops the page cache before every run, so `cat` pays for the disk
// as a first read in CI does; off by default because it slows everything else on the machine.
const COLD = process.env.BENCH_COLD === '1';
function dropCaches() {
  if (COLD) execFileSync('sh', ['-c', 'sync; echo 3 > /proc/sys/vm/drop_caches']);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(cmd, args, opts = {}) {
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    dropCaches();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...opts });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(ms);
}

const files = [
  'onnx/resnet18.onnx',
  'onnx/mobilenet_v2.onnx',
  'keras3/k3_15_1_mobilenetv2_035_96.keras',
  'keras-public/mlperf_tiny_resnet8_cifar10.h5',
  'tfjs/crepe_pitch/model.json',
].map((f) => join(fixtures, f));
// Always present (committed): the seed MLP, and Swin-T's legacy ONNX export, a graph of 3,205
// nodes (1.5 MB, weights external and absent) where the time is analysis, not reading.
const swin = join(root, '__tests__', 'data', 'onnx-exports', 'swin_t.legacy.onnx');
const local = [join(root, 'examples', 'mlp-784-100-100-10', 'model.json'), swin];
const present = files.filter(existsSync);
if (present.length < files.length) console.log(`note: ${fixtures} is absent or incomplete; timing the shipped examples only`);

// Warm the page cache so `cat` measures reading, not the disk.
for (const f of [...present, ...local]) execFileSync('cat', [f], { maxBuffer: 1 << 30 });

const rows = [];
const node = time(process.execPath, ['-e', '0']);
for (const f of [...present, ...local]) {
  const cat = time('sh', ['-c', `cat "${f}" > /dev/null`]);
  const fg = time(process.execPath, [cli, 'flops', f, '--json']);
  rows.push({ file: f.replace(fixtures + '/', '').replace(root, ''), mb: statSync(f).size / 1e6, cat, fg });
  if (f.endsWith('.onnx') && f !== swin) {
    const { writeExternalDataCopy } = await import('./onnx-external.mjs');
    const ext = join(tmp, f.split('/').pop().replace('.onnx', '.external.onnx'));
    await writeExternalDataCopy(f, ext);
    const fe = time(process.execPath, [cli, 'flops', ext, '--json']);
    rows.push({ file: `  same graph, weights external (absent), ${(statSync(ext).size / 1e6).toFixed(2)} MB`, mb: statSync(ext).size / 1e6, cat: null, fg: fe, ratioTo: fg });
  }
}

console.log(`median of ${RUNS} runs, ${COLD ? 'page cache dropped before each run' : 'files in the page cache'}; node -e 0 (process start alone) = ${node.toFixed(1)} ms`);
console.log('file'.padEnd(62) + 'MB'.padStart(8) + 'cat ms'.padStart(10) + 'flopgate ms'.padStart(13) + '  / node -e 0' + '  flopgate / cat');
for (const r of rows) {
  const ratio = r.cat ? `${(r.fg / r.cat).toFixed(1)}x` : `${(r.fg / r.ratioTo).toFixed(2)}x of the file with weights`;
  console.log(r.file.padEnd(62) + r.mb.toFixed(2).padStart(8) + (r.cat ? r.cat.toFixed(1) : '-').padStart(10) + r.fg.toFixed(1).padStart(13) + `${(r.fg / node).toFixed(2)}x`.padStart(14) + '  ' + ratio);
}
// The same Swin-T run, timed in turn with node -e 0 so that both see the same machine load:
// the ratio of each pair, median of RUNS pairs (as farm-bench --vs does).
const pairs = [];
for (let i = 0; i < RUNS * 2; i++) {
  const a = time(process.execPath, [cli, 'flops', swin, '--json']);
  const b = time(process.execPath, ['-e', '0']);
  pairs.push(a / b);
}
console.log(`swin_t.legacy.onnx (3,205 nodes), flops --json: ${median(pairs).toFixed(2)}x node -e 0 (median of ${pairs.length} paired runs)`);
