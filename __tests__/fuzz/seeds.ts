/**
 * The fuzzer's seeds: valid files of every format flopgate reads, generated here (a clone
 * without ../shared fuzzes too). Each format is a list of seed values (plain data a mutator can
 * change at any path: a Keras config, an ONNX model spec, a budget file) and the encoder that
 * writes one as the format's bytes; the bytes are mutated again after encoding. A new format
 * is one entry in FORMATS.
 */
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { buildHdf5, stringAttribute } from '../helpers/h5-files.js';
import { keras3Mlp, kerasZip, tfjsModelJson } from '../helpers/keras-files.js';
import { DT, model, type ModelSpec } from '../helpers/onnx-writer.js';
import { tfliteBytes } from '../../bench/tflite-writer.mjs';

export interface SeedFormat {
  /** Short name: the test's title, the saved mutant's prefix, a row of the totals. */
  name: string;
  /** The file name a mutant is written as (the extension matters to no reader, but to people). */
  file: string;
  /** flops reads a model file; check reads a budget file (and may exit 1: over budget). */
  command: 'flops' | 'check';
  seeds: () => unknown[];
  encode: (value: unknown) => Uint8Array | Promise<Uint8Array>;
}

const enc = new TextEncoder();

/** A small functional Keras model: convolution, a branch, a merge, a shared layer. */
function kerasFunctional(): object {
  const t = (layer: string) => ({ class_name: '__keras_tensor__', config: { shape: [null], dtype: 'float32', keras_history: [layer, 0, 0] } });
  const layer = (class_name: string, config: Record<string, unknown>, inputs: string[]) => ({
    module: 'keras.layers',
    class_name,
    config: { name: config.name, trainable: true, ...config },
    name: config.name,
    inbound_nodes: inputs.length ? [{ args: inputs.length === 1 ? [t(inputs[0]!)] : [inputs.map(t)], kwargs: {} }] : [],
  });
  return {
    module: 'keras.src.models.functional',
    class_name: 'Functional',
    config: {
      name: 'branchy',
      layers: [
        { module: 'keras.layers', class_name: 'InputLayer', config: { batch_shape: [null, 16, 16, 3], name: 'in' }, name: 'in', inbound_nodes: [] },
        layer('Conv2D', { name: 'conv', filters: 8, kernel_size: [3, 3], strides: [1, 1], padding: 'same', activation: 'relu', use_bias: true }, ['in']),
        layer('DepthwiseConv2D', { name: 'dw', kernel_size: [3, 3], strides: [2, 2], padding: 'same', depth_multiplier: 1, use_bias: false }, ['conv']),
        layer('BatchNormalization', { name: 'bn', axis: -1, center: true, scale: true }, ['dw']),
        layer('MaxPooling2D', { name: 'pool', pool_size: [2, 2], strides: [2, 2], padding: 'valid' }, ['conv']),
        layer('Concatenate', { name: 'cat', axis: -1 }, ['bn', 'pool']),
        layer('GlobalAveragePooling2D', { name: 'gap' }, ['cat']),
        layer('Dense', { name: 'head', units: 10, activation: 'softmax', use_bias: true }, ['gap']),
      ],
      input_layers: [['in', 0, 0]],
      output_layers: [['head', 0, 0]],
    },
  };
}

/** A Keras 2 style Sequential with a recurrent layer and an embedding. */
function kerasSequentialText(): object {
  return {
    class_name: 'Sequential',
    config: {
      name: 'text',
      layers: [
        { class_name: 'Embedding', config: { name: 'emb', input_dim: 1000, output_dim: 16, batch_input_shape: [null, 20] } },
        { class_name: 'LSTM', config: { name: 'lstm', units: 8, return_sequences: false } },
        { class_name: 'Dropout', config: { name: 'drop', rate: 0.5 } },
        { class_name: 'Dense', config: { name: 'out', units: 2, activation: 'sigmoid' } },
      ],
    },
  };
}

const kerasConfigs = (): unknown[] => [keras3Mlp([32]), kerasFunctional(), kerasSequentialText()];

function onnxSeeds(): ModelSpec[] {
  const conv: ModelSpec = {
    opset: 13,
    inputs: [{ name: 'x', dims: [1, 3, 16, 16] }],
    outputs: [{ name: 'y' }],
    initializers: [
      { name: 'w', dims: [8, 3, 3, 3] },
      { name: 'b', dims: [8] },
      { name: 'fw', dims: [10, 512] },
      { name: 'shape', dims: [2], dataType: DT.INT64, values: [1, -1] },
    ],
    nodes: [
      { op: 'Conv', inputs: ['x', 'w', 'b'], outputs: ['c'], attrs: { kernel_shape: [3, 3], pads: [1, 1, 1, 1], strides: [1, 1] } },
      { op: 'Relu', inputs: ['c'], outputs: ['r'] },
      { op: 'MaxPool', inputs: ['r'], outputs: ['p'], attrs: { kernel_shape: [2, 2], strides: [2, 2] } },
      { op: 'Reshape', inputs: ['p', 'shape'], outputs: ['f'] },
      { op: 'Gemm', inputs: ['f', 'fw'], outputs: ['y'], attrs: { transB: 1 } },
    ],
  };
  const attention: ModelSpec = {
    opset: 17,
    inputs: [{ name: 'q', dims: [1, 4, 8] }, { name: 'k', dims: [1, 4, 8] }],
    outputs: [{ name: 'o' }],
    initializers: [{ name: 'perm_dummy', dims: [1] }],
    nodes: [
      { op: 'Transpose', inputs: ['k'], outputs: ['kt'], attrs: { perm: [0, 2, 1] } },
      { op: 'MatMul', inputs: ['q', 'kt'], outputs: ['s'] },
      { op: 'Softmax', inputs: ['s'], outputs: ['a'], attrs: { axis: -1 } },
      { op: 'MatMul', inputs: ['a', 'q'], outputs: ['m'] },
      { op: 'LayerNormalization', inputs: ['m', 'perm_dummy'], outputs: ['o'], attrs: { axis: -1 } },
    ],
  };
  return [conv, attention];
}

function inlineSeeds(): unknown[] {
  return [
    { layers: [{ flatten: { input_shape: [28, 28] } }, { dense: { units: 64, activation: 'relu' } }, { dropout: { rate: 0.2 } }, { dense: { units: 10, activation: 'softmax' } }] },
    { layers: [{ conv2d: { filters: 8, kernel_size: 3, input_shape: [28, 28, 1], activation: 'relu' } }, { max_pooling2d: { pool_size: 2 } }, { flatten: {} }, { dense: { units: 10 } }] },
  ];
}

function budgetSeeds(): unknown[] {
  return [
    {
      version: 1,
      convention: 'notebook',
      unknown: 'error',
      models: [
        { name: 'mlp', layers: (inlineSeeds()[0] as { layers: unknown[] }).layers, budget: { flops: '200k', flops_warn: '150k', params: 60_000 } },
        { name: 'cnn', layers: (inlineSeeds()[1] as { layers: unknown[] }).layers, batch_size: 2, budget: { flops: '10M' } },
      ],
    },
  ];
}

/**
 * TFLite models as the writer's plain spec (tensors, operators, graph inputs and outputs), with
 * each constant's values as a list of numbers: a convolution with a fused ReLU into a fully
 * connected layer and a softmax, and a reshape whose target shape is a stored int32 constant.
 */
function tfliteSeeds(): unknown[] {
  const f32 = (n: number) => Array.from({ length: n }, (_, i) => (i % 7) / 7);
  const conv = {
    tensors: [
      { shape: [1, 8, 8, 1], type: 0 },
      { shape: [4, 3, 3, 1], type: 0, values: f32(36) },
      { shape: [4], type: 0, values: f32(4) },
      { shape: [1, 6, 6, 4], type: 0 },
      { shape: [1, 144], type: 0 },
      { shape: [2], type: 2, values: [1, 144] },
      { shape: [10, 144], type: 0, values: f32(1440) },
      { shape: [10], type: 0, values: f32(10) },
      { shape: [1, 10], type: 0 },
      { shape: [1, 10], type: 0 },
    ],
    operators: [
      // CONV_2D with Conv2DOptions: VALID padding, strides 1, fused RELU.
      { code: 3, inputs: [0, 1, 2], outputs: [3], options: [[0, 'i8', 1], [1, 'i32', 1], [2, 'i32', 1], [3, 'i8', 1]] },
      { code: 22, inputs: [3, 5], outputs: [4] },
      { code: 9, inputs: [4, 6, 7], outputs: [8] },
      { code: 25, inputs: [8], outputs: [9] },
    ],
    inputs: [0],
    outputs: [9],
  };
  return [conv];
}

interface TfliteSeed {
  tensors: { shape: number[]; type?: number; values?: number[] }[];
  operators: unknown[];
  inputs: number[];
  outputs: number[];
}

function tflite(v: unknown): Uint8Array {
  const spec = v as TfliteSeed;
  const tensors = spec.tensors.map((t) => {
    if (!t.values) return t;
    const data = new Uint8Array(4 * t.values.length);
    const dv = new DataView(data.buffer);
    t.values.forEach((x, i) => (t.type === 2 ? dv.setInt32(4 * i, x, true) : dv.setFloat32(4 * i, x, true)));
    return { shape: t.shape, type: t.type, data };
  });
  return tfliteBytes({ ...spec, tensors } as Parameters<typeof tfliteBytes>[0]);
}

/** TF.js graph models whose graphs hold no constants, so the model.json alone is the model. */
function graphModelSeeds(): unknown[] {
  const float = { type: 'DT_FLOAT' };
  const node = (name: string, op: string, input: string[], attr: Record<string, unknown> = { T: float }) => ({ name, op, input, attr });
  return [
    {
      format: 'graph-model',
      generatedBy: '2.21.0',
      convertedBy: 'TensorFlow.js Converter v4.22.0',
      modelTopology: {
        node: [
          node('x', 'Placeholder', [], { dtype: float, shape: { shape: { dim: [{ size: '-1' }, { size: '8' }, { size: '8' }, { size: '3' }] } } }),
          node('p', 'MaxPool', ['x'], { T: float, ksize: { list: { i: ['1', '2', '2', '1'] } }, strides: { list: { i: ['1', '2', '2', '1'] } }, padding: { s: btoa('VALID') }, data_format: { s: btoa('NHWC') } }),
          node('r', 'Relu6', ['p']),
          node('m', 'Mul', ['r', 'r']),
          node('y', 'Softmax', ['m']),
        ],
        library: {},
        versions: { producer: 1882 },
      },
      weightsManifest: [],
    },
  ];
}

/** A SavedModel's saved_model.pb as TF 2.21 wrote it (committed with the TF-format fixtures): mutated as bytes. */
const SAVED_MODEL = new URL('../data/tf-formats/mlp_784_50_50_10/saved_model_tf/saved_model.pb', import.meta.url);

const json = (v: unknown) => enc.encode(JSON.stringify(v));
const yaml = (v: unknown) => enc.encode(stringify(v));

export const FORMATS: SeedFormat[] = [
  { name: 'keras', file: 'model.keras', command: 'flops', seeds: kerasConfigs, encode: (v) => kerasZip(v as object) },
  { name: 'h5', file: 'model.h5', command: 'flops', seeds: kerasConfigs, encode: (v) => buildHdf5({ attributes: [stringAttribute('keras_version', '2.15.0'), stringAttribute('model_config', JSON.stringify(v))] }) },
  { name: 'tfjs', file: 'model.json', command: 'flops', seeds: kerasConfigs, encode: (v) => enc.encode(tfjsModelJson(v as object, true)) },
  { name: 'onnx', file: 'model.onnx', command: 'flops', seeds: onnxSeeds, encode: (v) => model(v as ModelSpec) },
  { name: 'tflite', file: 'model.tflite', command: 'flops', seeds: tfliteSeeds, encode: tflite },
  { name: 'tfjs-graph', file: 'model.json', command: 'flops', seeds: graphModelSeeds, encode: json },
  { name: 'saved-model', file: 'saved_model.pb', command: 'flops', seeds: () => [{}], encode: () => new Uint8Array(readFileSync(SAVED_MODEL)) },
  { name: 'inline-yaml', file: 'layers.yml', command: 'flops', seeds: inlineSeeds, encode: yaml },
  { name: 'inline-json', file: 'layers.json', command: 'flops', seeds: inlineSeeds, encode: json },
  { name: 'budget', file: 'flopgate.yml', command: 'check', seeds: budgetSeeds, encode: yaml },
];
