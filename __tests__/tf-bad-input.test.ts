import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile, analyzeModel } from '../src/analyze.js';
import { FlopgateError, InternalError } from '../src/errors.js';
import { BufferSource } from '../src/io/byte-source.js';
import { tfliteBytes } from '../bench/tflite-writer.mjs';
import { ensureBuilt } from './helpers/build-once.js';
import { cat, pb } from './helpers/onnx-writer.js';
import { CLI, ROOT } from './helpers/paths.js';

/**
 * Bad TFLite, SavedModel and graph-model input: one line naming the file, exit 2, within 2 s;
 * never an internal error (a reader that crashed would show here as one, not as a file fault).
 */
const DATA = fileURLToPath(new URL('./data/tf-formats/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'flopgate-tf-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file fault: a FlopgateError that is not ours, one line, naming the file. */
async function fault(bytes: Uint8Array, label: string): Promise<string | undefined> {
  try {
    await analyzeModel(new BufferSource(bytes, label), label, { unknown: 'warn' });
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(FlopgateError);
    expect(e).not.toBeInstanceOf(InternalError);
    const msg = (e as Error).message;
    expect(msg.startsWith(`${label}:`), msg).toBe(true);
    expect(msg).not.toContain('\n');
    return msg;
  }
}

const tflite = readFileSync(join(DATA, 'cnn/cnn.float32.tflite'));
const rnnTflite = readFileSync(join(DATA, 'rnn/rnn.float32.tflite'));

describe('TFLite: truncated files and offsets out of range', () => {
  it('a file cut anywhere is a one-line fault', async () => {
    for (let n = 8; n < tflite.length; n += 211) {
      const msg = await fault(tflite.subarray(0, n), 'cut.tflite');
      expect(msg, `cut at ${n}`).toBeDefined();
    }
  });

  it('a root offset past the end says so', async () => {
    const b = Buffer.from(tflite);
    b.writeUInt32LE(b.length + 100, 0);
    expect(await fault(b, 'root.tflite')).toMatch(/root\.tflite: the model table: table offset \d+ is outside the file/);
  });

  it('every byte of the tables corrupted in turn: measured or a file fault, never a crash or a hang', async () => {
    // The tables sit after the buffers' data; flipping a byte there moves an offset, a length,
    // a vtable slot, a type or an op code.
    for (const src of [tflite, rnnTflite]) {
      const t0 = Date.now();
      const start = src.length - 6000;
      for (let i = start; i < src.length; i += 13) {
        const b = Buffer.from(src);
        b[i] ^= 0xa5;
        await fault(b, 'flip.tflite');
      }
      expect(Date.now() - t0).toBeLessThan(20_000);
    }
  });

  it('a stored tensor whose shape holds more than 2^50 elements is the file\'s fault, named (the fuzzer found it called internal)', async () => {
    const bytes = tfliteBytes({
      tensors: [
        { shape: [1, 4], type: 0 },
        { shape: [2, 12916, 1310732, 1048580], type: 0, data: new Uint8Array(16) },
        { shape: [1, 4], type: 0 },
      ],
      operators: [{ code: 0, inputs: [0, 1], outputs: [2] }],
      inputs: [0],
      outputs: [2],
    });
    expect(await fault(bytes, 'huge.tflite')).toBe('huge.tflite: tensor "t1" shape [2, 12916, 1310732, 1048580] has more than 2^50 elements');
  });

  it('a vector claiming more elements than the file holds is refused before reading', async () => {
    const b = Buffer.from(tflite);
    // Every vector length the tables hold: the first int vector after the last buffer.
    const vecAt = b.indexOf(Buffer.from([4, 0, 0, 0, 1, 0, 0, 0, 32, 0, 0, 0]), b.length - 4000);
    expect(vecAt).toBeGreaterThan(0);
    b.writeUInt32LE(0x3fffffff, vecAt);
    expect(await fault(b, 'long.tflite')).toMatch(/long\.tflite: (truncated|.*more than flopgate reads)/);
  });
});

/** SavedModel protobufs written from saved_model.proto's field numbers. */
const attr = (key: string, value: Uint8Array) => pb.len(5, cat(pb.str(1, key), pb.len(2, value)));
const funcAttr = (name: string) => pb.len(10, pb.str(1, name));
const node = (name: string, op: string, inputs: string[], ...attrs: Uint8Array[]) => pb.len(1, cat(pb.str(1, name), pb.str(2, op), ...inputs.map((i) => pb.str(3, i)), ...attrs));
const fnNode = (name: string, op: string, inputs: string[], ...attrs: Uint8Array[]) => pb.len(3, cat(pb.str(1, name), pb.str(2, op), ...inputs.map((i) => pb.str(3, i)), ...attrs));
const fn = (name: string, body: Uint8Array[], ret: string) =>
  pb.len(1, cat(pb.len(1, cat(pb.str(1, name), pb.len(2, pb.str(1, 'x')), pb.len(3, pb.str(1, 'y')))), ...body, pb.len(4, cat(pb.str(1, 'y'), pb.str(2, ret)))));
const signature = (key: string, input: string, output: string) =>
  pb.len(5, cat(pb.str(1, key), pb.len(2, cat(pb.len(1, cat(pb.str(1, 'x'), pb.len(2, pb.str(1, input)))), pb.len(2, cat(pb.str(1, 'y'), pb.len(2, pb.str(1, output))))))));
const placeholder = node('x', 'Placeholder', [], attr('shape', pb.len(7, cat(pb.len(2, pb.int(1, -1)), pb.len(2, pb.int(1, 4))))), attr('dtype', pb.int(6, 1)));

function savedModel(graph: Uint8Array[], library: Uint8Array[], sigs: Uint8Array[]): Uint8Array {
  const meta = cat(pb.len(1, pb.str(4, 'serve')), pb.len(2, cat(...graph, pb.len(2, cat(...library)))), ...sigs);
  return cat(pb.int(1, 1), pb.len(2, meta));
}

describe('SavedModel: no serving signature, a cycle in the function library', () => {
  const call = (name: string, f: string, input: string) => node(name, 'StatefulPartitionedCall', [input], attr('f', funcAttr(f)));

  it('a SavedModel whose functions call themselves in a ring is a fault naming the ring', async () => {
    const bytes = savedModel(
      [placeholder, call('out', 'f', 'x')],
      [fn('f', [fnNode('c', 'StatefulPartitionedCall', ['x'], attr('f', funcAttr('g')))], 'c:output:0'), fn('g', [fnNode('c', 'StatefulPartitionedCall', ['x'], attr('f', funcAttr('f')))], 'c:output:0')],
      [signature('serving_default', 'x:0', 'out:0')],
    );
    expect(await fault(bytes, 'ring/saved_model.pb')).toMatch(/function "f" calls itself \(through f -> g\): a cycle in the function library/);
  });

  it('a graph whose nodes read each other in a loop is a fault', async () => {
    const bytes = savedModel([placeholder, node('a', 'AddV2', ['x', 'b']), node('b', 'Relu', ['a'])], [], [signature('serving_default', 'x:0', 'b:0')]);
    expect(await fault(bytes, 'loop/saved_model.pb')).toMatch(/has a cycle through node "(a|b)"/);
  });

  it('no serving signature: says which signatures there are', async () => {
    const none = savedModel([placeholder, node('y', 'Relu', ['x'])], [], []);
    expect(await fault(none, 'nosig/saved_model.pb')).toMatch(/the SavedModel has no serving signature \(serving_default\); it has none/);
    const two = savedModel([placeholder, node('y', 'Relu', ['x'])], [], [signature('train', 'x:0', 'y:0'), signature('eval', 'x:0', 'y:0')]);
    expect(await fault(two, 'two/saved_model.pb')).toMatch(/it has "train", "eval"/);
    // The only signature, whatever its name, is the one served.
    const one = savedModel([placeholder, node('y', 'Relu', ['x'])], [], [signature('predict', 'x:0', 'y:0')]);
    expect((await analyzeModel(new BufferSource(one, 'one.pb'), 'one.pb', {})).report.flops).toBe(4n);
  });

  it('a truncated saved_model.pb is a fault, cut anywhere', async () => {
    const pbBytes = readFileSync(join(DATA, 'mlp_784_50_50_10/saved_model_tf/saved_model.pb'));
    for (let n = 16; n < pbBytes.length; n += 977) expect(await fault(pbBytes.subarray(0, n), 'cut.pb'), `cut at ${n}`).toBeDefined();
  });
});

describe('TF.js graph models: a weights manifest that lies', () => {
  const model = JSON.parse(readFileSync(join(DATA, 'upsample/graph_model/model.json'), 'utf8'));

  it('a shard shorter than the manifest says is named', async () => {
    const d = join(dir, 'short');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'model.json'), JSON.stringify(model));
    writeFileSync(join(d, 'group1-shard1of1.bin'), readFileSync(join(DATA, 'upsample/graph_model/group1-shard1of1.bin')).subarray(0, 100));
    await expect(analyzeFile(join(d, 'model.json'), {}, 'short/model.json')).rejects.toThrow(/short\/model\.json: truncated weights: ".*" needs bytes up to \d+ of its group, the shards hold 100/);
  });

  it('a shard path that leaves the model directory is refused, not opened', async () => {
    const d = join(dir, 'evil');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'model.json'), JSON.stringify({ ...model, weightsManifest: [{ ...model.weightsManifest[0], paths: ['../../etc/passwd'] }] }));
    await expect(analyzeFile(join(d, 'model.json'), {}, 'evil/model.json')).rejects.toThrow(/names the file "..\/..\/etc\/passwd", which is not inside the model's directory/);
  });

  it('a missing shard is named', async () => {
    const d = join(dir, 'noshard');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'model.json'), JSON.stringify(model));
    await expect(analyzeFile(join(d, 'model.json'), {}, 'noshard/model.json')).rejects.toThrow(/noshard\/group1-shard1of1\.bin: the weight shard is missing/);
  });
});

describe('the CLI on bad TF-format input: one line, exit 2, within 2 s', () => {
  beforeAll(() => ensureBuilt(), 300_000);
  const cases: [string, () => string, RegExp][] = [
    ['a truncated TFLite file', () => put('trunc.tflite', tflite.subarray(0, 20_000)), /trunc\.tflite: /],
    ['a SavedModel directory without a serving signature', () => {
      const d = join(dir, 'sm_nosig');
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'saved_model.pb'), savedModel([placeholder, node('y', 'Relu', ['x'])], [], []));
      return d;
    }, /sm_nosig: the SavedModel has no serving signature/],
  ];
  for (const [what, make, msg] of cases) {
    it(what, () => {
      const path = make();
      const t0 = Date.now();
      const r = spawnSync(process.execPath, [CLI, 'flops', path], { cwd: ROOT, encoding: 'utf8', timeout: 10_000 });
      expect([r.status, r.stdout]).toEqual([2, '']);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(msg);
      expect(Date.now() - t0).toBeLessThan(2000);
    });
  }
});

function put(name: string, bytes: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}
