import { mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile, analyzeSource } from '../src/analyze.js';
import { analyzeInline } from '../src/keras/measure.js';
import { BufferSource, FileSource } from '../src/io/byte-source.js';
import { FlopgateError } from '../src/errors.js';
import { FIXTURES, HAVE_FIXTURES, ROOT } from './helpers/paths.js';
import { kerasZip, keras3Mlp, tfjsModelJson } from './helpers/keras-files.js';
import { notebookLayers } from './helpers/notebook.js';

const dir = mkdtempSync(join(tmpdir(), 'flopgate-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOTEBOOK_INLINE = notebookLayers(100);

describe('the notebook convention', () => {
  it('gives 179,050 and 84,550 for the two MLPs as inline specs', () => {
    expect(analyzeInline(NOTEBOOK_INLINE, 'mlp-100', {}).flops).toEqual(179_050);
    expect(analyzeInline(notebookLayers(50), 'mlp-50', {}).flops).toEqual(84_550);
  });

  it('lists per-layer FLOPs as the notebook printed them', () => {
    const r = analyzeInline(NOTEBOOK_INLINE, 'mlp', {});
    expect(r.layers.map((l) => [l.type, l.flops])).toEqual([
      ['Flatten', 0],
      ['Dense', 156_900],
      ['Dense', 20_100],
      ['Dense', 2_050],
    ]);
    expect(r.params).toEqual(89_610);
    expect(r.layers[1].output_shape).toEqual([1, 100]);
  });

  it('multiplies everything by the batch size', () => {
    const r = analyzeInline(NOTEBOOK_INLINE, 'mlp', { batchSize: 32 });
    expect(r.flops).toEqual(32 * 179_050);
    expect(r.params).toEqual(89_610);
  });

  it('reads the shipped tfjs examples', async () => {
    const a = await analyzeFile(join(ROOT, 'examples/mlp-784-100-100-10/model.json'), {});
    const b = await analyzeFile(join(ROOT, 'examples/mlp-784-50-50-10/model.json'), {});
    expect([a.flops, a.format, b.flops]).toEqual([179_050, 'tfjs', 84_550]);
  });
});

describe('Keras 3 .keras archives', () => {
  it('reads config.json from a stored zip and from a ZIP64 one', async () => {
    for (const zip64 of [false, true]) {
      const bytes = await kerasZip(keras3Mlp([100, 100]), { zip64 });
      const r = await analyzeSource(new BufferSource(bytes), 'm.keras', {});
      expect(r.flops).toEqual(179_050);
      expect(r.format).toBe('keras');
    }
  });

  it('never reads a 200 MB weights member', async () => {
    const bytes = await kerasZip(keras3Mlp([50, 50]), { weightsBytes: 1 });
    // Build the big file by streaming so the test does not hold 200 MB.
    const big = await kerasZip(keras3Mlp([50, 50]), { weightsBytes: 200 * 1024 * 1024 });
    const path = join(dir, 'big.keras');
    await new Promise<void>((res, rej) => {
      const ws = createWriteStream(path);
      ws.on('error', rej);
      ws.end(big, () => res());
    });
    const src = await FileSource.open(path);
    try {
      const r = await analyzeSource(src, path, {});
      expect(r.flops).toEqual(84_550);
      expect(src.size).toBeGreaterThan(200 * 1024 * 1024);
      expect(src.bytesRead).toBeLessThan(1024 * 1024);
    } finally {
      await src.close();
    }
    expect(bytes.length).toBeLessThan(10_000);
  });

  it.skipIf(!HAVE_FIXTURES)('reads under 1 MB of the 7 MB MobileNetV2 fixture', async () => {
    const src = await FileSource.open(join(FIXTURES, 'keras3/k3_15_1_mobilenetv2_035_96.keras'));
    try {
      const r = await analyzeSource(src, 'mobilenet', { convention: 'macs' });
      expect(r.macs).toEqual(11_934_128);
      expect(src.bytesRead).toBeLessThan(1024 * 1024);
    } finally {
      await src.close();
    }
  });
});

describe('TensorFlow.js model.json', () => {
  it('reads a layers model with and without the format key', async () => {
    for (const withKey of [true, false]) {
      const p = join(dir, `tfjs-${withKey}.json`);
      writeFileSync(p, tfjsModelJson(keras3Mlp([100, 100]), withKey));
      expect((await analyzeFile(p, {})).flops).toEqual(179_050);
    }
  });

  it('reads a graph model as one (its GraphDef), and says so when it holds nothing to measure', async () => {
    const p = join(dir, 'graph.json');
    writeFileSync(p, JSON.stringify({ format: 'graph-model', modelTopology: { node: [] }, weightsManifest: [] }));
    await expect(analyzeFile(p, {})).rejects.toThrow(/graph\.json: the graph model's GraphDef has no nodes: nothing to measure/);
  });
});

describe('YAML and JSON layer specs as model files', () => {
  it('reads a YAML file holding a layers: list', async () => {
    const p = join(dir, 'spec.yml');
    writeFileSync(
      p,
      'layers:\n  - flatten: {input_shape: [28, 28]}\n  - dense: {units: 50, activation: relu}\n  - dense: {units: 50, activation: relu}\n  - dense: {units: 10, activation: softmax}\n',
    );
    const r = await analyzeFile(p, {});
    expect([r.flops, r.format]).toEqual([84_550, 'inline']);
  });

  it('binds an open dimension from the given input shape, else names it', async () => {
    const p = join(dir, 'open.json');
    writeFileSync(p, JSON.stringify(keras3Mlp([100, 100], [null, null, 28])));
    await expect(analyzeFile(p, {})).rejects.toThrow(/open dimension \(None\) at axis 1.*--input-shape/);
    expect((await analyzeFile(p, { inputShapes: [[28, 28]] })).flops).toEqual(179_050);
    await expect(analyzeFile(p, { inputShapes: [[28, 27]] })).rejects.toThrow(/fixed at/);
  });
});

describe('unknown layers', () => {
  const spec = (cls: string) => ({
    class_name: 'Sequential',
    config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'd', units: 4, batch_input_shape: [null, 3] } }, { class_name: cls, config: { name: 'mystery' } }] },
  });
  it('is an error naming the layer by default', async () => {
    await expect(analyzeSource(new BufferSource(Buffer.from(JSON.stringify(spec('MyCustomLayer')))), 'c.json', {})).rejects.toThrow(
      /c\.json: layer "mystery" has unknown type MyCustomLayer/,
    );
  });
  it('is listed and marks the total as a lower bound under warn', async () => {
    const r = await analyzeSource(new BufferSource(Buffer.from(JSON.stringify(spec('MyCustomLayer')))), 'c.json', { unknown: 'warn' });
    expect(r.lower_bound).toBe(true);
    expect(r.unknown).toEqual([{ layer: 'mystery', type: 'MyCustomLayer' }]);
    expect(r.flops).toEqual(2 * 12);
  });
});

describe('Keras 2 functional configs', () => {
  it('takes MultiHeadAttention value tensors from call kwargs', async () => {
    const cfg = {
      class_name: 'Functional',
      config: {
        name: 'k2mha',
        layers: [
          { class_name: 'InputLayer', name: 'q', config: { name: 'q', batch_input_shape: [null, 4, 8] }, inbound_nodes: [] },
          { class_name: 'InputLayer', name: 'v', config: { name: 'v', batch_input_shape: [null, 6, 8] }, inbound_nodes: [] },
          {
            class_name: 'MultiHeadAttention',
            name: 'mha',
            config: { name: 'mha', num_heads: 2, key_dim: 4, use_bias: false },
            inbound_nodes: [[['q', 0, 0, { value: ['v', 0, 0] }]]],
          },
        ],
        input_layers: [['q', 0, 0], ['v', 0, 0]],
        output_layers: [['mha', 0, 0]],
      },
    };
    const r = await analyzeSource(new BufferSource(Buffer.from(JSON.stringify(cfg))), 'k2.json', { convention: 'macs' });
    const mha = r.layers.find((l) => l.name === 'mha')!;
    expect(mha.input_shape).toEqual([[1, 4, 8], [1, 6, 8]]);
    // projections q 4·8·8, k and v 6·8·8 each, output 4·8·8; products 2·(2 heads·4·6·4)
    expect(mha.macs).toEqual(4 * 64 + 2 * 6 * 64 + 4 * 64 + 2 * 2 * 4 * 6 * 4);
  });
});

describe('Lambda layers', () => {
  it('are never run: an unknown layer whose reason says so', async () => {
    const lambda = {
      class_name: 'Sequential',
      config: {
        name: 's',
        layers: [
          { class_name: 'Dense', config: { name: 'd', units: 4, batch_input_shape: [null, 3] } },
          // Keras serialises the function as marshalled bytecode; flopgate must not execute it.
          { class_name: 'Lambda', config: { name: 'boom', function: ['4wEAAAAAAAAA', null, null], function_type: 'lambda' } },
        ],
      },
    };
    await expect(analyzeSource(new BufferSource(Buffer.from(JSON.stringify(lambda))), 'l.json', {})).rejects.toThrow(
      /layer "boom" has unknown type Lambda; it wraps Python code, which flopgate never runs/,
    );
  });
});

describe('hostile Keras configs', () => {
  /** Every path to a value inside a JSON document. */
  function* paths(o: unknown, at: (string | number)[] = []): Generator<(string | number)[]> {
    if (o === null || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o)) {
      const p = [...at, Array.isArray(o) ? Number(k) : k];
      yield p;
      yield* paths(v, p);
    }
  }

  it('a wrong type in any field is a one-line fault naming the file, never an internal error', async () => {
    const base = keras3Mlp([8]);
    const values = [null, 0, -1, 1.5, 'x', [], {}, [null], [1, 'a'], true, { class_name: 5 }];
    const escaped: string[] = [];
    let tried = 0;
    for (const p of paths(base)) {
      for (const v of values) {
        const doc = structuredClone(base) as Record<string, unknown>;
        let parent = doc as Record<string | number, unknown>;
        for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        parent[p[p.length - 1]] = v;
        tried++;
        try {
          await analyzeSource(new BufferSource(Buffer.from(JSON.stringify(doc))), 'f.json', {});
        } catch (e) {
          if (!(e instanceof FlopgateError) || !e.message.startsWith('f.json')) escaped.push(`${p.join('.')} = ${JSON.stringify(v)}: ${String(e)}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(300);
    expect(escaped).toEqual([]);
  });
});
