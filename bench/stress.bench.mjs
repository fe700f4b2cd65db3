// Issue 9's stress cases, each at its limit (measured) and past it (refused at once): CPU time
// and peak RSS of the flopgate process (bench/usage-hook.mjs) beside `node -e 0` measured in
// turn with it, median of BENCH_RUNS runs. The contract: under 2 s and 256 MB, or refused with
// the limit it crossed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli', 'index.js');
const hook = join(root, 'bench', 'usage-hook.mjs');
const tmp = join(root, '.bench-tmp', 'stress');
mkdirSync(tmp, { recursive: true });
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function measure(args, cwd = tmp) {
  const r = spawnSync(process.execPath, ['--import', hook, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30, timeout: 120_000 });
  const u = JSON.parse(String(r.output[3] || '{"cpuMs":null,"maxRssKiB":null}'));
  return { status: r.status, cpuMs: u.cpuMs, rssMiB: u.maxRssKiB / 1024, err: String(r.stderr).split('\n')[0] };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- the cases, generated ---
const enc = (s) => Buffer.from(s);
function varint(v) {
  const o = [];
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 0x80;
    o.push(b);
  } while (v > 0);
  return Buffer.from(o);
}
const len = (no, body) => Buffer.concat([varint(no * 8 + 2), varint(body.length), body]);
const str = (no, s) => len(no, enc(s));
const int = (no, v) => Buffer.concat([varint(no * 8), varint(v)]);
function onnxChain(n) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(len(1, Buffer.concat([str(1, i ? `t${i - 1}` : 'x'), str(2, i === n - 1 ? 'y' : `t${i}`), str(4, 'Relu')])));
  const vi = (name, dims) => Buffer.concat([str(1, name), len(2, len(1, Buffer.concat([int(1, 1), dims ? len(2, Buffer.concat(dims.map((d) => len(1, int(1, d))))) : Buffer.alloc(0)])))]);
  parts.push(str(2, 'g'), len(11, vi('x', [1, 4])), len(12, vi('y')));
  return Buffer.concat([int(1, 7), str(2, 'bench'), len(7, Buffer.concat(parts)), len(8, Buffer.concat([str(1, ''), int(2, 13)]))]);
}
function zipOf(members) {
  const zip = new yazl.ZipFile();
  const o = { compress: false, mtime: new Date(0) };
  for (let i = 0; i < members - 2; i++) zip.addBuffer(Buffer.alloc(0), `m/${i}`, o);
  zip.addBuffer(enc('{"keras_version": "3.15.1"}'), 'metadata.json', o);
  zip.addBuffer(enc(JSON.stringify({ class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'InputLayer', config: { name: 'in', batch_shape: [null, 784] } }, { class_name: 'Dense', config: { name: 'd', units: 10 } }] } })), 'config.json', o);
  zip.end();
  return new Promise((res) => {
    const parts = [];
    zip.outputStream.on('data', (b) => parts.push(b));
    zip.outputStream.on('end', () => res(Buffer.concat(parts)));
  });
}
const denseSpec = (n) => JSON.stringify({ layers: [{ flatten: { input_shape: [4] } }, ...Array.from({ length: n }, () => ({ dense: { units: 4, activation: 'relu' } }))] });
function reversedFunctional(n) {
  const layers = [{ class_name: 'InputLayer', name: 'in', config: { name: 'in', batch_input_shape: [null, 4] }, inbound_nodes: [] }];
  for (let i = n - 1; i >= 0; i--) layers.push({ class_name: 'Dense', name: `d${i}`, config: { name: `d${i}`, units: 4 }, inbound_nodes: [[[i ? `d${i - 1}` : 'in', 0, 0, {}]]] });
  return JSON.stringify({ class_name: 'Functional', config: { name: 'f', layers, input_layers: [['in', 0, 0]], output_layers: [[`d${n - 1}`, 0, 0]] } });
}
function put(name, bytes) {
  const p = join(tmp, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, bytes);
  return p;
}
const faultyBudget = (n) => ['version: 1', 'models:', ...Array.from({ length: n }, (_, i) => `  - {name: m${i}, path: nope/${i}.onnx, budget: {flops: 12x}}`)].join('\n') + '\n';
const keysBudget = (n) => ['version: 1', 'models:', '- name: a', '  layers: [{dense: {units: 1, input_shape: [2]}}]', ...Array.from({ length: n }, (_, i) => `  k${i}: 1`)].join('\n') + '\n';

// The files are written by a child process: peak RSS survives fork and exec on Linux, so a
// parent that had held a 400,000-node graph would lend every measured child its high-water mark.
if (process.argv[2] === 'generate') {
  put('members.keras', await zipOf(65_534));
  put('dense-limit.json', denseSpec(19_999));
  put('dense-100k.json', denseSpec(100_000));
  put('reversed.json', reversedFunctional(19_999));
  put('chain-50k.onnx', onnxChain(50_000));
  put('chain-400k.onnx', onnxChain(400_000));
  put('faulty/flopgate.yml', faultyBudget(4000));
  put('keys/flopgate.yml', keysBudget(20_000));
  put('deep/flopgate.yml', `version: 1\nmodels: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
  process.exit(0);
}
spawnSync(process.execPath, [new URL(import.meta.url).pathname, 'generate'], { stdio: 'inherit' });
const at = (f) => join(tmp, f);
const cases = [
  ['.keras, 65,534 members (was 8.9 s)', ['flops', at('members.keras')]],
  ['inline spec, 19,999 Dense (at the limit)', ['flops', at('dense-limit.json'), '--json']],
  ['inline spec, 100,000 Dense (refused; was 6-7 s, 490 MB)', ['flops', at('dense-100k.json')]],
  ['functional, 19,999 layers in reverse order', ['flops', at('reversed.json'), '--json']],
  ['ONNX chain, 50,000 nodes, terminal table', ['flops', at('chain-50k.onnx')]],
  ['ONNX chain, 50,000 nodes, --json', ['flops', at('chain-50k.onnx'), '--json']],
  ['ONNX chain, 400,000 nodes (refused; was 5.3 s, 1 GB)', ['flops', at('chain-400k.onnx')]],
  ['budget, 4,000 faulty models (was 14 s)', ['check', '--no-fit', '--budget', at('faulty/flopgate.yml')]],
  ['budget, 20,000 unknown keys', ['check', '--no-fit', '--budget', at('keys/flopgate.yml')]],
  ['budget, YAML nested 100,000 deep', ['check', '--no-fit', '--budget', at('deep/flopgate.yml')]],
  ['--budget /dev/zero (was 620 MB)', ['check', '--no-fit', '--budget', '/dev/zero']],
];

const rows = [];
for (const [name, args] of cases) {
  const fg = [];
  const base = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(measure(['-e', '0']));
    fg.push(measure([cli, ...args]));
  }
  const cpu = median(fg.map((r) => r.cpuMs));
  const rss = median(fg.map((r) => r.rssMiB));
  const b = median(base.map((r) => r.cpuMs));
  const ok = cpu < 2000 && rss < 256 && (fg[0].status === 0 || fg[0].status === 2);
  rows.push({ name, status: fg[0].status, cpu, rss, ratio: cpu / b, base: b, baseRss: median(base.map((r) => r.rssMiB)), ok, err: fg[0].status === 2 ? fg[0].err : '' });
}
console.log(`CPU time and peak RSS of flopgate, median of ${RUNS} runs, beside node -e 0 measured in turn`);
console.log('case'.padEnd(56) + 'exit'.padStart(5) + 'CPU ms'.padStart(9) + '/ node -e 0'.padStart(12) + 'RSS MiB'.padStart(9) + '  within 2 s, 256 MB');
for (const r of rows) {
  console.log(r.name.padEnd(56) + String(r.status).padStart(5) + r.cpu.toFixed(0).padStart(9) + `${r.ratio.toFixed(1)}x`.padStart(12) + r.rss.toFixed(0).padStart(9) + `  ${r.ok ? 'yes' : 'NO'}`);
  if (r.err) console.log(`    ${r.err.slice(0, 100)}`);
}
console.log(`node -e 0: ${median(rows.map((r) => r.base)).toFixed(0)} ms CPU, ${median(rows.map((r) => r.baseRss)).toFixed(0)} MiB`);
process.exit(rows.every((r) => r.ok) ? 0 : 1);
