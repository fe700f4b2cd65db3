import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile, analyzeModel } from '../src/analyze.js';
import { FileSource } from '../src/io/byte-source.js';
import { DirFiles } from '../src/io/file-set.js';

/**
 * Every TFLite, SavedModel and TF.js graph-model form of every fixture model against the
 * .keras of the same model (references.json): the same MACs under `macs`, Keras' params
 * (a quantized file counts the same weights), the seed MLPs' notebook figures, and weights
 * never read.
 */
const DIR = fileURLToPath(new URL('./data/tf-formats/', import.meta.url));

interface FileEntry {
  path: string;
  format: string;
  quantization: string;
}
interface ModelEntry {
  params: number;
  macs: number;
  notebook_flops?: number;
  files: FileEntry[];
}
const refs: { models: Record<string, ModelEntry> } = JSON.parse(readFileSync(join(DIR, 'references.json'), 'utf8'));
const FORMATS: Record<string, string> = { tflite: 'tflite', saved_model: 'saved_model', 'tfjs-graph-model': 'tfjs-graph' };
const cases = Object.entries(refs.models).flatMap(([name, m]) => m.files.filter((f) => f.format in FORMATS).map((f) => [f.path, name, f, m] as const));

describe('TensorFlow formats give the Keras model figures', () => {
  it('covers every form', () => {
    expect(cases.filter(([, , f]) => f.format === 'tflite').length).toBe(35);
    expect(cases.filter(([, , f]) => f.format === 'saved_model').length).toBe(12);
    expect(cases.filter(([, , f]) => f.format === 'tfjs-graph-model').length).toBe(11);
  });

  it.each(cases)('%s: MACs and params equal the .keras model', async (path, _name, f, m) => {
    const r = await analyzeFile(join(DIR, path), { convention: 'macs' });
    expect([r.format, r.macs, r.params, r.unknown]).toEqual([FORMATS[f.format], BigInt(m.macs), BigInt(m.params), []]);
    if (f.format === 'tflite') {
      const q = f.quantization;
      const expected = q.startsWith('full-integer') ? 'full-integer int8' : q.startsWith('float16') ? 'float16 weights' : undefined;
      if (expected) expect(r.quantization).toBe(expected);
      if (q === 'none' || q === 'float32') expect(r.quantization).toBeUndefined();
    }
  });

  it.each(cases.filter(([, , , m]) => m.notebook_flops !== undefined))('%s: the seed notebook figure', async (path, _n, _f, m) => {
    const r = await analyzeFile(join(DIR, path), {});
    expect(r.flops).toBe(BigInt(m.notebook_flops!));
  });

  it('a batch size multiplies the figures of a model converted with an open batch', async () => {
    const one = await analyzeFile(join(DIR, 'cnn/cnn.open-batch.tflite'), { convention: 'macs' });
    const eight = await analyzeFile(join(DIR, 'cnn/cnn.open-batch.tflite'), { convention: 'macs', batchSize: 8 });
    expect([eight.macs, eight.params, eight.batch_size]).toEqual([8n * one.macs, one.params, 8]);
    const sm = await analyzeFile(join(DIR, 'rnn/saved_model_export'), { convention: 'macs', batchSize: 4 });
    expect(sm.macs).toBe(4n * BigInt(refs.models.rnn.macs));
  });

  it('a file converted at batch 1 refuses another batch size rather than scale it', async () => {
    await expect(analyzeFile(join(DIR, 'cnn/cnn.float32.tflite'), { batchSize: 8 })).rejects.toThrow(/fixes batch size 1 in the file/);
  });

  it('loops count their body once per trip: a TFLite WHILE, a functional While, TF1 frames', async () => {
    for (const p of ['rnn/rnn.float32.tflite', 'rnn/saved_model_export', 'rnn/graph_model_cf_v2', 'rnn/graph_model']) {
      const r = await analyzeFile(join(DIR, p), { convention: 'macs' });
      const body = r.layers.filter((l) => /x 20|runs 20 times/.test(l.note ?? '') && l.macs > 0n);
      expect(body.length, p).toBeGreaterThan(0);
      expect(body.reduce((a, l) => a + l.macs, 0n), p).toBe(BigInt(refs.models.rnn.macs) - 32n);
    }
  });

  it('float weights are never read: a TFLite file only its tables, a graph model only its integer constants', async () => {
    const tfl = await FileSource.open(join(DIR, 'mlp_784_100_100_10/mlp_784_100_100_10.float32.tflite'));
    await analyzeModel(tfl, 'mlp.tflite', {});
    // 360,628 bytes, 358,440 of them weights: the tables' pages and each buffer's length.
    expect(tfl.bytesRead).toBeLessThan(20_000);
    await tfl.close();

    const dir = join(DIR, 'upsample/graph_model');
    const files = new DirFiles(dir, 'graph_model');
    const json = await FileSource.open(join(dir, 'model.json'));
    await analyzeModel(json, 'graph_model/model.json', { convention: 'macs' }, files);
    const shard = await files.open('group1-shard1of1.bin');
    // 41 int32 constants (shape data) of a 3,508-byte shard: 164 bytes.
    expect(shard!.bytesRead).toBeLessThanOrEqual(41 * 4 * 4);
    expect(shard!.bytesRead).toBeGreaterThan(0);
    await files.close();
    await json.close();
  });
});
