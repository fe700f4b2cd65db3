import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile, analyzeModel } from '../src/analyze.js';
import { renderFlopsReport } from '../src/report/terminal-flops.js';
import { BufferSource, FileSource } from '../src/io/byte-source.js';
import { tfliteBytes } from '../bench/tflite-writer.mjs';
import { DirFiles } from '../src/io/file-set.js';
import { PagedReader } from '../src/io/paged-reader.js';
import { openModel } from '../src/formats/index.js';
import { cat, pb } from './helpers/onnx-writer.js';
import { directoryName } from '../src/tf/analyze.js';

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
  constant_elements?: Record<string, number>;
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
      // The converter keeps tensors under 1,024 elements float: a dynamic-range file of small
      // layers (conv3d, upsample) holds no int8 weight, and is a float file.
      const int8 = (f.constant_elements?.INT8 ?? 0) > 0;
      const expected = q.startsWith('full-integer')
        ? 'full-integer int8'
        : q.startsWith('float16')
          ? 'float16 weights'
          : q.startsWith('dynamic-range') && int8
            ? 'dynamic-range int8 (int8 weights, float activations)'
            : undefined;
      expect(r.quantization).toBe(expected);
    }
  });

  it.each(cases)('%s: weight bytes at the dtype each weight is stored in', async (path, _name, f, m) => {
    const r = await analyzeFile(join(DIR, path), { convention: 'macs' });
    const params = BigInt(m.params);
    const by = r.weights_by_dtype;
    expect(Object.values(by).reduce((a, b) => a + b, 0n)).toBe(r.weights_bytes);
    expect(r.layers.reduce((a, l) => a + l.weights_bytes, 0n)).toBe(r.weights_bytes);
    const q = f.quantization;
    if (f.format !== 'tflite' || q === 'none' || q === 'float32' || (q.startsWith('dynamic-range') && !(f.constant_elements?.INT8 ?? 0))) {
      expect(by).toEqual({ float32: 4n * params });
    } else if (q.startsWith('float16')) {
      expect(by).toEqual({ float16: 2n * params });
    } else if (q.startsWith('full-integer')) {
      // int8 kernels, int32 biases: between a byte and four a parameter.
      expect(Object.keys(by).sort()).toEqual(['int32', 'int8']);
      expect(r.weights_bytes > params && r.weights_bytes < 4n * params).toBe(true);
    } else {
      expect(by.int8! > 0n && by.float32! > 0n).toBe(true);
      expect(by.int8! + by.float32! / 4n).toBe(params);
    }
  });

  it.each(cases)('%s: peak activations measured on TFLite, said to be unmeasured on the others (never a silent 0)', async (path, name, f) => {
    const r = await analyzeFile(join(DIR, path), {});
    if (f.format === 'tflite') {
      expect(r.activations_not_measured).toBeUndefined();
      expect(r.activation_bytes).toBeGreaterThan(0n);
      expect(r.layers.some((l) => l.activation_bytes === r.activation_bytes)).toBe(true);
    } else {
      expect(r.activations_not_measured).toMatch(/^not measured yet for SavedModels and TF\.js graph models$/);
      expect(renderFlopsReport(r)).toContain('Peak activations: not measured yet for SavedModels and TF.js graph models\n');
    }
    // The seed MLPs' float TFLite runs the .keras model's tensors: the same peak (28x28 in, 784
    // flat, float32); int8 activations are a byte each.
    if (name.startsWith('mlp') && f.format === 'tflite') expect(r.activation_bytes).toBe(f.quantization.startsWith('full-integer') ? 1568n : 6272n);
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

describe('a Keras 2 SavedModel (keras_metadata.pb) is read through the Keras path', () => {
  // tf-keras (Keras 2) is not installable here, so no converter-made fixture exists: this one
  // is written from saved_metadata.proto (SavedMetadata.nodes = 1; SavedObject node_path = 3,
  // identifier = 4, metadata = 5) with the metadata JSON tf.keras 2.15 writes for a Sequential.
  const dense = (name: string, units: number, activation: string) => ({
    class_name: 'Dense',
    config: { name, trainable: true, dtype: 'float32', units, activation, use_bias: true, kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } }, bias_initializer: { class_name: 'Zeros', config: {} } },
  });
  const metadata = {
    name: 'sequential', trainable: true, expects_training_arg: true, dtype: 'float32', batch_input_shape: null, must_restore_from_config: false, preserve_input_structure_in_config: false, autocast: false,
    class_name: 'Sequential',
    config: {
      name: 'sequential',
      layers: [
        { class_name: 'InputLayer', config: { batch_input_shape: [null, 28, 28], dtype: 'float32', sparse: false, ragged: false, name: 'flatten_input' } },
        { class_name: 'Flatten', config: { name: 'flatten', trainable: true, dtype: 'float32', data_format: 'channels_last' } },
        dense('dense', 100, 'relu'), dense('dense_1', 100, 'relu'), dense('dense_2', 10, 'softmax'),
      ],
    },
    shared_object_id: 0, build_input_shape: [null, 28, 28], is_graph_network: true, keras_version: '2.15.0',
  };
  const object = (path: string, identifier: string, meta: string) => pb.len(1, cat(pb.int(2, 0), pb.str(3, path), pb.str(4, identifier), pb.str(5, meta)));

  it('gives the seed MLP figures from the metadata, never the graph', async () => {
    const d = mkdtempSync(join(tmpdir(), 'flopgate-keras2-sm-'));
    try {
      mkdirSync(join(d, 'variables'));
      // The graph is the seed MLP's too; a broken one shows the Keras path does not read it.
      writeFileSync(join(d, 'saved_model.pb'), readFileSync(join(DIR, 'mlp_784_100_100_10/saved_model_tf/saved_model.pb')).subarray(0, 200));
      writeFileSync(join(d, 'keras_metadata.pb'), cat(object('root.layer-0', '_tf_keras_layer', '{}'), object('root', '_tf_keras_sequential', JSON.stringify(metadata))));
      const r = await analyzeFile(d, {}, 'keras2_export');
      expect([r.format, r.flops, r.params, r.name]).toEqual(['saved_model', 179_050n, 89_610n, 'keras2_export']);
      expect(r.layers.map((l) => l.type)).toEqual(['Flatten', 'Dense', 'Dense', 'Dense']);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
  // Every fixture model's own config (the .keras's, as Keras 2 writes its model JSON) as a
  // Keras 2 SavedModel's root metadata: the SavedModel gives the .keras figures, all of them.
  it.each(Object.entries(refs.models).filter(([name]) => name !== 'tf_fused_batch_norm'))('%s: the Keras figures from its metadata', async (name, m) => {
    const src = await FileSource.open(join(DIR, name, `${name}.keras`));
    let config: unknown;
    try {
      const opened = await openModel(new PagedReader(src, name), name);
      expect(opened.kind).toBe('keras');
      config = (opened as { config: unknown }).config;
    } finally {
      await src.close();
    }
    const d = mkdtempSync(join(tmpdir(), 'flopgate-keras2-sm-'));
    try {
      mkdirSync(join(d, 'variables'));
      writeFileSync(join(d, 'saved_model.pb'), readFileSync(join(DIR, 'mlp_784_100_100_10/saved_model_tf/saved_model.pb')).subarray(0, 200));
      writeFileSync(join(d, 'keras_metadata.pb'), object('root', '_tf_keras_network', JSON.stringify(config)));
      const r = await analyzeFile(d, { convention: 'macs' }, name);
      expect([r.format, r.macs, r.params, r.unknown]).toEqual(['saved_model', BigInt(m.macs), BigInt(m.params), []]);
      if (m.notebook_flops !== undefined) expect((await analyzeFile(d, {}, name)).flops).toBe(BigInt(m.notebook_flops));
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('a TFLite custom op that is not Flex falls under the unknown policy', () => {
  // input [1, 4] -> custom "MyTopK" -> [1, 4] -> RELU: nothing says what the custom op computes.
  const bytes = tfliteBytes({
    tensors: [{ shape: [1, 4], name: 'x' }, { shape: [1, 4], name: 'mine' }, { shape: [1, 4], name: 'y' }],
    operators: [{ code: 32, custom: 'MyTopK', inputs: [0], outputs: [1] }, { code: 19, inputs: [1], outputs: [2] }],
    inputs: [0],
    outputs: [2],
  });

  it('is an error naming it by default', async () => {
    await expect(analyzeModel(new BufferSource(bytes, 'custom.tflite'), 'custom.tflite', {})).rejects.toThrow(/^custom\.tflite: unsupported custom op "MyTopK" at operator 0 \("mine"\)/);
  });

  it('with --unknown warn: counted as 0, listed, and the totals a lower bound; the ops after it still measured', async () => {
    const { report: r } = await analyzeModel(new BufferSource(bytes, 'custom.tflite'), 'custom.tflite', { unknown: 'warn' });
    expect([r.lower_bound, r.unknown.length, r.unknown[0]?.layer]).toEqual([true, 1, 'mine']);
    expect(r.layers.map((l) => [l.type, l.flops, l.unknown === true])).toEqual([['MyTopK', 0n, true], ['RELU', 4n, false]]);
  });
});

describe('float16 seed MLPs (the fixture script leaves them out for size): written here', () => {
  // As TFLiteConverter writes a float16 model: FLOAT16 weights and biases, each through a
  // DEQUANTIZE into the FULLY_CONNECTED that reads it; the input flattened by a RESHAPE.
  function float16Mlp(widths: number[]): Uint8Array {
    const tensors: { shape: number[]; type?: number; name?: string; data?: Uint8Array }[] = [
      { shape: [1, 28, 28], name: 'image' },
      { shape: [2], type: 2, name: 'flatten/Reshape/shape', data: new Uint8Array(new Int32Array([1, 784]).buffer) },
      { shape: [1, 784], name: 'flatten/Reshape' },
    ];
    const operators: { code: number; inputs: number[]; outputs: number[]; options?: [number, 'u8' | 'u32', number][] }[] = [{ code: 22, inputs: [0, 1], outputs: [2] }];
    let x = 2;
    let width = 784;
    widths.forEach((units, i) => {
      const at = tensors.length;
      tensors.push(
        { shape: [units, width], type: 1, name: `dense_${i}/MatMul`, data: new Uint8Array(2 * units * width) },
        { shape: [units], type: 1, name: `dense_${i}/BiasAdd/ReadVariableOp`, data: new Uint8Array(2 * units) },
        { shape: [units, width], name: `dense_${i}/MatMul_dequantize` },
        { shape: [units], name: `dense_${i}/BiasAdd_dequantize` },
        { shape: [1, units], name: `dense_${i}/${i < widths.length - 1 ? 'Relu' : 'BiasAdd'}` },
      );
      operators.push(
        { code: 6, inputs: [at], outputs: [at + 2] },
        { code: 6, inputs: [at + 1], outputs: [at + 3] },
        { code: 9, inputs: [x, at + 2, at + 3], outputs: [at + 4], options: [[0, 'u8', i < widths.length - 1 ? 1 : 0]] },
      );
      x = at + 4;
      width = units;
    });
    tensors.push({ shape: [1, width], name: 'Identity' });
    operators.push({ code: 25, inputs: [x], outputs: [tensors.length - 1], options: [[0, 'u32', 0x3f800000]] });
    return tfliteBytes({ tensors, operators, inputs: [0], outputs: [tensors.length - 1] });
  }

  it.each([
    [[100, 100, 10], 179_050n, 89_400n, 89_610n],
    [[50, 50, 10], 84_550n, 42_200n, 42_310n],
  ])('%j: the notebook figure, the MACs and the params of the float model', async (widths, flops, macs, params) => {
    const bytes = float16Mlp(widths);
    const nb = (await analyzeModel(new BufferSource(bytes, 'mlp.float16.tflite'), 'mlp.float16.tflite', {})).report;
    const m = (await analyzeModel(new BufferSource(bytes, 'mlp.float16.tflite'), 'mlp.float16.tflite', { convention: 'macs' })).report;
    expect([nb.flops, m.macs, nb.params, nb.quantization, nb.unknown]).toEqual([flops, macs, params, 'float16 weights', []]);
  });
});

describe('the name of a model stored under a fixed file name', () => {
  it('is its directory, resolved: model.json or saved_model.pb in the current directory is not "."', () => {
    const here = basename(process.cwd());
    expect(directoryName('model.json', 'model.json')).toBe(here);
    expect(directoryName('./saved_model.pb', 'saved_model.pb')).toBe(here);
    expect(directoryName('web/model.json', 'model.json')).toBe('web');
    expect(directoryName('export/serving/saved_model.pb', 'saved_model.pb')).toBe('serving');
    expect(directoryName('web/other.json', 'model.json')).toBe('other.json');
  });
});
