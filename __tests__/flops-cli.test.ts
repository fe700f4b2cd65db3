import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/build-once.js';
import { claimSize, kerasZip, keras3Mlp, renameMember } from './helpers/keras-files.js';
import { CLI, ROOT } from './helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'flopgate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => ensureBuilt(), 300_000);

function run(args: string[]) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 10_000 });
  return { ...r, ms: Date.now() - t0 };
}

function nestedSequential(depth: number): object {
  let model: object = { class_name: 'Dense', config: { name: 'leaf', units: 2 } };
  for (let i = 0; i < depth; i++) model = { class_name: 'Sequential', config: { name: `s${i}`, layers: [model] } };
  return model;
}

async function h5Bytes(): Promise<Buffer> {
  const h5wasm = (await import('h5wasm/node')).default;
  await h5wasm.ready;
  const p = join(dir, 'real.h5');
  const f = new h5wasm.File(p, 'w');
  f.create_attribute('model_config', JSON.stringify(keras3Mlp([100, 100])));
  f.create_dataset({ name: 'weights', data: new Float32Array(4096) });
  f.close();
  const { readFileSync } = await import('node:fs');
  return readFileSync(p);
}

describe('flopgate flops on the example', () => {
  it('a reader that closes the pipe early (| head) ends the run quietly, without a stack trace', () => {
    const onnx = join(ROOT, '__tests__', 'data', 'onnx-exports', 'swin_t.legacy.onnx');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" flops "${onnx}" --json | head -c 100 > /dev/null; echo "status $?"`], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('status 0\n');
  });

  it('prints the per-layer report of the example MLP', () => {
    const r = run(['flops', 'examples/mlp-784-100-100-10/model.json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/dense\s+Dense\s+\(1, 100\)\s+78,500\s+156,900/);
    expect(r.stdout).toMatch(/Total FLOPs:\s+179,050/);
  });

  it('prints the JSON contract with --json', () => {
    const r = run(['flops', 'examples/mlp-784-50-50-10/model.json', '--json', '--convention', 'macs']);
    const j = JSON.parse(r.stdout);
    for (const k of ['name', 'path', 'format', 'convention', 'flops', 'macs', 'params', 'batch_size', 'unknown', 'layers']) expect(j).toHaveProperty(k);
    expect([j.flops, j.macs, j.params, j.convention]).toEqual([42_200, 42_200, 42_310, 'macs']);
    for (const k of ['index', 'name', 'type', 'input_shape', 'output_shape', 'macs', 'flops', 'params']) expect(j.layers[1]).toHaveProperty(k);
  });
});

describe('bad input: one line naming the file and the fault, exit 2, no stack, within 2 s', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['a missing file', async () => join(dir, 'nope.keras'), /nope\.keras: no such file/],
    ['a directory', async () => (mkdirSync(join(dir, 'adir'), { recursive: true }), join(dir, 'adir')), /adir: is a directory/],
    ['an empty file', async () => put('empty.keras', Buffer.alloc(0)), /empty\.keras: file is empty/],
    ['random bytes', async () => put('random.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251))), /random\.bin: not a recognised model file/],
    ['a truncated zip', async () => put('trunc.keras', (await kerasZip(keras3Mlp([10]))).subarray(0, 300)), /trunc\.keras: (not a readable zip|corrupt zip)/],
    ['a truncated HDF5 file', async () => put('trunc.h5', (await h5Bytes()).subarray(0, 700)), /trunc\.h5: .*(truncated|corrupt)/i],
    ['invalid JSON', async () => put('bad.json', Buffer.from('{"modelTopology": {"class_name": "Sequential",,}}')), /bad\.json:1:\d+: invalid JSON/],
    ['a zip with a ../ member', async () => put('evil.keras', renameMember(await kerasZip(keras3Mlp([10]), { configName: 'aaconfig.json' }), 'aaconfig.json', '../onfig.json')), /evil\.keras: zip member name leaves the archive/],
    ['a config.json claiming a huge size', async () => put('bomb.keras', claimSize(await kerasZip(keras3Mlp([10])), 'config.json', 0xfffffff0)), /bomb\.keras: config\.json claims \d+ bytes/],
    ['a config nesting a thousand levels', async () => put('deep.json', Buffer.from(JSON.stringify(nestedSequential(1000)))), /deep\.json: JSON nests deeper than/],
    ['models nested past the limit', async () => put('deep2.json', Buffer.from(JSON.stringify(nestedSequential(80)))), /deep2\.json: .*nest/],
    ['a model with a cycle', async () => put('cycle.json', Buffer.from(JSON.stringify(cyclic()))), /cycle\.json: layers .* cycle/],
  ];
  for (const [what, make, msg] of cases) {
    it(what, async () => {
      const path = await make();
      const r = run(['flops', path]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(msg);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
      expect(r.ms).toBeLessThan(2000);
    });
  }
});

function put(name: string, bytes: Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

function cyclic(): object {
  const t = (layer: string) => [[[layer, 0, 0, {}]]];
  return {
    class_name: 'Functional',
    config: {
      name: 'loop',
      layers: [
        { class_name: 'InputLayer', name: 'in', config: { name: 'in', batch_input_shape: [null, 4] }, inbound_nodes: [] },
        { class_name: 'Add', name: 'a', config: { name: 'a' }, inbound_nodes: [[['in', 0, 0, {}], ['b', 0, 0, {}]]] },
        { class_name: 'Dense', name: 'b', config: { name: 'b', units: 4 }, inbound_nodes: t('a') },
      ],
      input_layers: [['in', 0, 0]],
      output_layers: [['b', 0, 0]],
    },
  };
}
