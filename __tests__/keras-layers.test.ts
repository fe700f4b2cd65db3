import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flopsOf, WEIGHTS, CONVENTIONS } from '../src/core/conventions.js';
import { OPS, type Counts } from '../src/core/counts.js';
import { FlopgateError } from '../src/errors.js';
import { ACTIVATION_NAMES } from '../src/keras/layers/activations.js';
import { applyRule, type LayerCall, type LayerResult } from '../src/keras/layers/rule.js';
import { RULES, ruleFor } from '../src/keras/registry.js';

/** Calls the registered rule for `className` the way the graph walker does. */
function run(className: string, config: Record<string, unknown>, inputs: number[][], kwargs: Record<string, unknown> = {}): LayerResult {
  const rule = ruleFor(className);
  if (!rule) throw new Error(`no rule for ${className}`);
  const call: LayerCall = { name: `m/${className.toLowerCase()}`, className, config, inputs, kwargs };
  return applyRule(rule, call);
}

/** The one-line error a bad config must give, naming the layer. */
function errorOf(className: string, config: Record<string, unknown>, inputs: number[][]): string {
  try {
    run(className, config, inputs);
  } catch (e) {
    expect(e).toBeInstanceOf(FlopgateError);
    const msg = (e as Error).message;
    expect(msg).not.toContain('\n');
    expect(msg).toContain(`layer "m/${className.toLowerCase()}" (${className})`);
    return msg;
  }
  throw new Error(`${className} accepted ${JSON.stringify(config)}`);
}

/**
 * The one-layer cases of __tests__/data/tf-profiler/layers.json (Keras 3.15.1: each layer's
 * config, input and output shapes without the batch axis, count_params()); tf-profiler.test.ts
 * checks every one of them against TF's profiler through the model files, and these rules
 * directly, at other batch sizes.
 */
interface LayerCase {
  id: string;
  kind: string;
  class: string;
  config: Record<string, unknown>;
  inputs: number[][];
  outputs: number[][];
  params: number;
}
const LAYER_CASES: LayerCase[] = (JSON.parse(readFileSync(new URL('./data/tf-profiler/layers.json', import.meta.url), 'utf8')) as { cases: LayerCase[] }).cases.filter(
  // Layers run directly; their call kwargs (attention's masks and scores) are the files' business.
  (c) => c.kind === 'layer' && !/Attention/.test(c.class),
);

describe('rules called directly, at batch 1 and 4', () => {
  it.each(LAYER_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const one = run(c.class, c.config, c.inputs.map((s) => [1, ...s]));
    expect(one.outputs.map((s) => s.slice(1))).toEqual(c.outputs);
    expect(one.params).toEqual(c.params);
    for (const v of Object.values(one.ops)) expect(typeof v).toBe('bigint');
    // Batch size multiplies every op count (graph bookkeeping is counted per sample), except
    // TF's transposed-convolution estimate, which its profiler truncates once per node.
    const four = run(c.class, c.config, c.inputs.map((s) => [4, ...s]));
    expect(four.params).toEqual(one.params);
    for (const [op, n] of Object.entries(one.ops)) {
      const got = four.ops[op as keyof Counts] as bigint;
      if (op === 'deconv_estimate') expect(got >= 4n * n && got < 4n * n + 4n).toBe(true);
      else expect([c.id, op, got]).toEqual([c.id, op, 4n * n]);
    }
  });
});

describe('MACs per the manifest convention', () => {
  it('Dense: rows x in x units, bias per output element', () => {
    const r = run('Dense', { units: 100, activation: 'relu' }, [[1, 784]]);
    expect(r.ops).toEqual({ mac: 78400, bias: 100, relu: 100 });
    expect(r.params).toEqual(78500);
    expect(run('Dense', { units: 8 }, [[2, 5, 3]]).ops.mac).toEqual(2 * 5 * 3 * 8);
  });

  it('Conv2D: output elements x Cin/groups x kernel', () => {
    const r = run('Conv2D', { filters: 32, kernel_size: [3, 3], padding: 'valid', activation: 'relu' }, [[1, 28, 28, 1]]);
    expect(r.outputs).toEqual([[1, 26, 26, 32]]);
    expect(r.ops.mac).toEqual(194688);
    expect(r.params).toEqual(320);
    // A grouped convolution: Keras runs it in an XLA-compiled call, which TF's profiler does not count.
    const g = run('Conv2D', { filters: 8, kernel_size: 3, groups: 4, padding: 'same', use_bias: false }, [[1, 10, 10, 8]]);
    expect(g.ops).toEqual({ mac_uncounted: 10 * 10 * 8 * 2 * 9 });
    expect(g.params).toEqual(9 * 2 * 8);
  });

  it('Conv2D channels_first keeps channels on axis 1', () => {
    const r = run('Conv2D', { filters: 4, kernel_size: 3, strides: 2, data_format: 'channels_first' }, [[1, 3, 9, 9]]);
    expect(r.outputs).toEqual([[1, 4, 4, 4]]);
    expect(r.ops.mac).toEqual(4 * 4 * 4 * 3 * 9);
  });

  it('DepthwiseConv2D and SeparableConv2D', () => {
    expect(run('DepthwiseConv2D', { kernel_size: 3, padding: 'same', use_bias: false }, [[1, 48, 48, 16]]).ops.mac).toEqual(331776);
    const s = run('SeparableConv2D', { filters: 5, kernel_size: 3, depth_multiplier: 2 }, [[1, 8, 8, 3]]);
    expect(s.ops.mac).toEqual(6 * 6 * 6 * 9 + 6 * 6 * 6 * 5);
  });

  it('Conv2DTranspose: input positions x Cin x Cout x kernel; TF its own estimate on the output grid', () => {
    const r = run('Conv2DTranspose', { filters: 4, kernel_size: 3, strides: 2, padding: 'same' }, [[1, 5, 6, 3]]);
    expect(r.outputs).toEqual([[1, 10, 12, 4]]);
    // same padding: the output is the input times the strides, and TF's estimate is 2 x MACs
    expect(r.ops).toEqual({ mac_uncounted: 5 * 6 * 3 * 4 * 9, deconv_estimate: 2 * 5 * 6 * 3 * 4 * 9, bias: 480 });
    const v = run('Conv2DTranspose', { filters: 3, kernel_size: 3, strides: 2, padding: 'valid', use_bias: false }, [[1, 5, 6, 3]]);
    // valid: 2 x 11 x 13 x 3 x 9 x 3 / 4 = 5791.5, truncated as TF's int() does
    expect(v.ops).toEqual({ mac_uncounted: 5 * 6 * 3 * 3 * 9, deconv_estimate: 5791 });
    const first = run('Conv2DTranspose', { filters: 4, kernel_size: 3, strides: 2, padding: 'same', data_format: 'channels_first' }, [[1, 3, 5, 6]]);
    expect(first.ops).toEqual({ mac_uncounted: 5 * 6 * 3 * 4 * 9, bias: 480 });
    expect(run('Conv3DTranspose', { filters: 2, kernel_size: 2, strides: 2 }, [[1, 3, 3, 3, 2]]).ops).toEqual({ mac_uncounted: 27 * 2 * 2 * 8, bias: 432 });
  });

  it('recurrent: T x gates x H x (I + H), bidirectional twice', () => {
    expect(run('LSTM', { units: 64, return_sequences: true }, [[1, 20, 32]]).ops.mac).toEqual(491520);
    const bi = run('Bidirectional', { merge_mode: 'concat', layer: { module: 'keras.layers', class_name: 'GRU', config: { name: 'forward_gru', units: 32, reset_after: true }, registered_name: null } }, [[1, 20, 64]]);
    expect(bi.ops.mac).toEqual(368640);
    expect(bi.params).toEqual(18816);
    expect(bi.outputs).toEqual([[1, 64]]);
    expect(run('SimpleRNN', { units: 4 }, [[1, 5, 3]]).ops.mac).toEqual(5 * 4 * 7);
  });

  it('MultiHeadAttention: projections plus the two attention products', () => {
    const r = run('MultiHeadAttention', { num_heads: 4, key_dim: 16, value_dim: 16, use_bias: true, output_shape: null, attention_axes: [1] }, [[1, 16, 64], [1, 16, 64]]);
    expect(r.ops.mac).toEqual(262144 + 32768);
    expect(r.params).toEqual(16640);
    expect(r.outputs).toEqual([[1, 16, 64]]);
    const scores = run('MultiHeadAttention', { num_heads: 2, key_dim: 3 }, [[1, 4, 6], [1, 5, 6]], { return_attention_scores: true });
    expect(scores.outputs).toEqual([[1, 4, 6], [1, 2, 4, 5]]);
  });

  it('layers without products have no MACs', () => {
    for (const { class: cls, config, inputs } of LAYER_CASES) {
      if (/Normalization|Pooling|Dropout|Noise|^Add$|Concatenate|Embedding|ReLU|^Activation$|Softmax|Reshape|Flatten/.test(cls)) {
        const ops = run(cls, config, inputs.map((s) => [1, ...s])).ops;
        expect([cls, ops.mac ?? 0, ops.mac_uncounted ?? 0]).toEqual([cls, 0, 0]);
      }
    }
  });
});

describe('old Keras and tfjs configs', () => {
  it('Keras 1 Dense, Convolution1D/2D, MaxPooling1D, LSTM', () => {
    expect(run('Dense', { output_dim: 1, bias: true, input_dim: 50 }, [[1, 50]]).params).toEqual(51);
    const c1 = run('Convolution1D', { nb_filter: 8, filter_length: 3, border_mode: 'same', subsample_length: 2 }, [[1, 10, 4]]);
    expect(c1.outputs).toEqual([[1, 5, 8]]);
    expect(c1.params).toEqual(3 * 4 * 8 + 8);
    const c2 = run('Convolution2D', { nb_filter: 6, nb_row: 3, nb_col: 2, border_mode: 'valid', subsample: [1, 1], dim_ordering: 'th', bias: false }, [[1, 3, 8, 8]]);
    expect(c2.outputs).toEqual([[1, 6, 6, 7]]);
    expect(c2.params).toEqual(3 * 2 * 3 * 6);
    expect(run('MaxPooling1D', { pool_length: 2, stride: null, border_mode: 'valid' }, [[1, 9, 3]]).outputs).toEqual([[1, 4, 3]]);
    const lstm = run('LSTM', { output_dim: 50, inner_activation: 'hard_sigmoid', activation: 'tanh', return_sequences: false }, [[1, 1, 1]]);
    expect([lstm.params, lstm.ops.mac]).toEqual([10400, 10200]);
    expect(lstm.ops.hard_sigmoid).toEqual(150);
  });

  it('Keras 1 Merge modes', () => {
    expect(run('Merge', { mode: 'concat', concat_axis: -1 }, [[1, 3], [1, 4]]).outputs).toEqual([[1, 7]]);
    expect(run('Merge', { mode: 'sum' }, [[1, 3], [1, 3]]).ops).toEqual({ add: 3 });
    expect(run('Merge', { mode: 'dot', dot_axes: 1 }, [[1, 3], [1, 3]]).ops.mac).toEqual(3);
  });

  it('0/1 booleans and Keras 2 list axes (BatchNormalization axis [3], scale 1)', () => {
    const r = run('BatchNormalization', { axis: [3], center: true, scale: 1 }, [[1, 30, 1, 128]]);
    expect([r.params, r.trainableParams]).toEqual([512, 256]);
  });

  it('GRU: reset_after absent (old files) means one bias per gate; CuDNN layers two', () => {
    expect(run('GRU', { units: 4 }, [[1, 5, 3]]).params).toEqual(3 * 4 * 7 + 12);
    expect(run('GRU', { units: 4, reset_after: true }, [[1, 5, 3]]).params).toEqual(3 * 4 * 7 + 24);
    expect(run('CuDNNLSTM', { units: 4 }, [[1, 5, 3]]).params).toEqual(4 * 4 * 7 + 32);
  });

  it('aliases resolve to the same rule', () => {
    expect(ruleFor('Convolution2D')).toBeDefined();
    expect(run('MaxPool2D', { pool_size: 2 }, [[1, 4, 4, 1]]).outputs).toEqual(run('MaxPooling2D', { pool_size: 2 }, [[1, 4, 4, 1]]).outputs);
    expect(run('GlobalAvgPool1D', {}, [[1, 4, 3]]).outputs).toEqual([[1, 3]]);
    expect(ruleFor('toString')).toBeUndefined();
    expect(ruleFor('Lambda')).toBeUndefined();
  });

  it('TimeDistributed runs the inner layer on batch x time samples', () => {
    const r = run('TimeDistributed', { layer: { class_name: 'Dense', config: { units: 4 } } }, [[2, 5, 3]]);
    expect(r.outputs).toEqual([[2, 5, 4]]);
    expect(r.ops.mac).toEqual(2 * 5 * 3 * 4);
    expect(r.params).toEqual(16);
  });

  it('Bidirectional with return_state and merge_mode null', () => {
    const r = run('Bidirectional', { merge_mode: null, layer: { class_name: 'LSTM', config: { units: 3, return_state: true } } }, [[1, 4, 2]]);
    expect(r.outputs).toEqual([[1, 3], [1, 3], [1, 3], [1, 3], [1, 3], [1, 3]]);
  });
});

describe('bad configs fail on one line naming the layer', () => {
  it.each([
    ['Dense', {}, [[1, 4]], 'config has no "units" or "output_dim"'],
    ['Dense', { units: 'ten' }, [[1, 4]], '"units" must be a positive integer'],
    ['Dense', { units: 3, activation: 'my_custom_act' }, [[1, 4]], 'unknown activation "my_custom_act"'],
    ['Conv2D', { filters: 4, kernel_size: [3] , strides: 1 }, [[1, 8, 8, 3]], '"kernel_size" must be an integer or 2 integers'],
    ['Conv2D', { filters: 4, kernel_size: 9 }, [[1, 8, 8, 3]], 'a window of 9 does not fit an axis of 8'],
    ['Conv2D', { filters: 4, kernel_size: 3, padding: 'reflect' }, [[1, 8, 8, 3]], 'must be one of valid, same, full'],
    ['Conv2D', { filters: 4, kernel_size: 3 }, [[1, 8, 8]], 'expects an input of rank 4'],
    ['Conv2D', { filters: 4, kernel_size: 3, groups: 2 }, [[1, 8, 8, 3]], 'groups 2 must divide'],
    ['Conv2D', { filters: 4, kernel_size: 3, data_format: 'NHWC' }, [[1, 8, 8, 3]], 'must be channels_last or channels_first'],
    ['BatchNormalization', { axis: 5 }, [[1, 4]], 'axis 5 is out of range'],
    ['BatchNormalization', { scale: 'yes' }, [[1, 4]], '"scale" must be true or false'],
    ['Reshape', { target_shape: [-1, -1] }, [[1, 4]], 'at most one -1'],
    ['Reshape', { target_shape: [3, 2] }, [[1, 4]], 'cannot reshape'],
    ['Permute', { dims: [1, 1] }, [[1, 4, 3]], 'not a permutation'],
    ['Add', {}, [[1, 4], [1, 3]], 'shapes [1, 4] and [1, 3] do not broadcast'],
    ['Concatenate', { axis: 1 }, [[1, 4, 2], [1, 3, 3]], 'do not concatenate on axis 1'],
    ['LSTM', { units: 4 }, [[1, 4]], 'expects an input of rank 3'],
    ['MultiHeadAttention', { num_heads: 2 }, [[1, 4, 6], [1, 4, 6]], 'config has no "key_dim"'],
    ['MultiHeadAttention', { num_heads: 2, key_dim: 3 }, [[1, 4, 6]], 'expects query, value'],
    ['EinsumDense', { equation: 'ab->b', output_shape: 3 }, [[1, 4]], 'cannot read equation'],
    ['EinsumDense', { equation: 'ab,bc->ac', output_shape: [] }, [[1, 4]], 'does not fit the output'],
    ['TimeDistributed', { layer: { class_name: 'MyLayer', config: {} } }, [[1, 3, 4]], 'wraps a layer of unknown type MyLayer'],
    ['Bidirectional', {}, [[1, 3, 4]], 'config has no "layer" layer'],
    ['Cropping1D', { cropping: [5, 5] }, [[1, 8, 2]], 'removes all of an axis'],
    ['Dot', { axes: 0 }, [[1, 4], [1, 4]], 'batch axis'],
    ['GroupNormalization', { groups: 4 }, [[1, 5, 6]], 'groups 4 must divide the 6 channels'],
  ] as const)('%s %j', (cls, config, inputs, fragment) => {
    expect(errorOf(cls, config as Record<string, unknown>, inputs as unknown as number[][])).toContain(fragment);
  });
});

describe('conventions', () => {
  it('the seed notebook MLPs: 179,050 and 84,550', () => {
    for (const [h, total] of [[100, 179050], [50, 84550]] as const) {
      const layers = [
        run('Flatten', {}, [[1, 28, 28]]),
        run('Dense', { units: h, activation: 'relu' }, [[1, 784]]),
        run('Dense', { units: h, activation: 'relu' }, [[1, h]]),
        run('Dense', { units: 10, activation: 'softmax' }, [[1, h]]),
      ];
      expect(layers.reduce((a, l) => a + flopsOf(l.ops, 'notebook'), 0n)).toEqual(total);
      // keras-flops / TF1 profiler: 2 per MAC + bias + softmax 5
      expect(layers.reduce((a, l) => a + flopsOf(l.ops, 'tf-profiler'), 0n)).toEqual(total + 10);
      expect(layers.reduce((a, l) => a + flopsOf(l.ops, 'macs'), 0n)).toEqual((total - 2 * h - 50) / 2);
    }
  });

  it('every op has a description and every weight names a known op', () => {
    for (const c of CONVENTIONS) for (const op of Object.keys(WEIGHTS[c])) expect(OPS).toHaveProperty(op);
    expect(WEIGHTS.macs).toEqual({ mac: 1, mac_uncounted: 1 });
    expect(WEIGHTS.notebook.bias ?? 0).toEqual(0);
    expect(WEIGHTS.notebook.relu).toEqual(1);
    expect(WEIGHTS.notebook.softmax).toEqual(5);
    expect(WEIGHTS['tf-profiler'].rsqrt).toBe(2);
  });

  it('every Keras activation name has a cost', () => {
    for (const name of ACTIVATION_NAMES) {
      const r = run('Activation', { activation: name }, [[1, 8]]);
      expect(r.outputs[0][1]).toBe(name === 'glu' ? 4 : 8);
      if (name !== 'linear') expect([name, flopsOf(r.ops, 'notebook') > 0]).toEqual([name, true]);
    }
    // Keras 3 serialised activation objects
    expect(run('Dense', { units: 2, activation: { module: 'keras.activations', class_name: 'function', config: 'relu', registered_name: 'function' } }, [[1, 3]]).ops.relu).toEqual(2);
    expect(run('Dense', { units: 2, activation: { class_name: 'LeakyReLU', config: { name: 'leaky_re_lu_1', alpha: 0.2 } } }, [[1, 3]]).ops.relu).toEqual(2);
  });

  it('the registry covers the catalogue', () => {
    for (const cls of ['InputLayer', 'Dense', 'EinsumDense', 'Conv1D', 'Conv2D', 'Conv3D', 'Conv1DTranspose', 'Conv2DTranspose', 'Conv3DTranspose', 'DepthwiseConv1D', 'DepthwiseConv2D', 'SeparableConv1D', 'SeparableConv2D', 'MaxPooling1D', 'MaxPooling2D', 'MaxPooling3D', 'AveragePooling1D', 'AveragePooling2D', 'AveragePooling3D', 'GlobalMaxPooling1D', 'GlobalMaxPooling2D', 'GlobalMaxPooling3D', 'GlobalAveragePooling1D', 'GlobalAveragePooling2D', 'GlobalAveragePooling3D', 'BatchNormalization', 'LayerNormalization', 'GroupNormalization', 'UnitNormalization', 'Dropout', 'SpatialDropout1D', 'SpatialDropout2D', 'SpatialDropout3D', 'GaussianDropout', 'AlphaDropout', 'GaussianNoise', 'ActivityRegularization', 'Activation', 'ReLU', 'LeakyReLU', 'PReLU', 'ELU', 'Softmax', 'Flatten', 'Reshape', 'Permute', 'RepeatVector', 'Cropping1D', 'Cropping2D', 'Cropping3D', 'ZeroPadding1D', 'ZeroPadding2D', 'ZeroPadding3D', 'UpSampling1D', 'UpSampling2D', 'UpSampling3D', 'Add', 'Subtract', 'Multiply', 'Average', 'Maximum', 'Minimum', 'Concatenate', 'Dot', 'Embedding', 'SimpleRNN', 'GRU', 'LSTM', 'MultiHeadAttention', 'Attention', 'AdditiveAttention', 'Rescaling', 'Normalization', 'Resizing', 'CenterCrop', 'Masking', 'TimeDistributed', 'Bidirectional', 'Convolution1D', 'Convolution2D', 'MaxPool2D']) {
      expect([cls, cls in RULES]).toEqual([cls, true]);
    }
  });
});

describe('keras.applications layers', () => {
  it('LayerScale (ConvNeXt): x * gamma, projection_dim weights', () => {
    const r = run('LayerScale', { name: 'ls', init_values: 1e-6, projection_dim: 96 }, [[1, 56, 56, 96]]);
    expect(r).toEqual({ outputs: [[1, 56, 56, 96]], ops: { mul: 56 * 56 * 96 }, params: 96 });
    expect(errorOf('LayerScale', { init_values: 1e-6, projection_dim: 32 }, [[1, 4, 4, 96]])).toContain('projection_dim 32 does not match the 96 channels');
  });

  it('StochasticDepth: identity at inference', () => {
    expect(run('StochasticDepth', { drop_path_rate: 0.1 }, [[1, 7, 7, 8]])).toEqual({ outputs: [[1, 7, 7, 8]], ops: {}, params: 0 });
  });

  it('CustomScaleLayer (InceptionResNetV2): x + r * scale', () => {
    expect(run('CustomScaleLayer', { scale: 0.17 }, [[1, 35, 35, 320], [1, 35, 35, 320]]).ops).toEqual({ mul: 392000, add: 392000 });
    expect(errorOf('CustomScaleLayer', { scale: 0.17 }, [[1, 4, 4, 8]])).toContain('expects 2 inputs');
  });
});

describe('generic and convolutional recurrent layers (Keras 3.15.1 count_params, MACs by hand)', () => {
  it('RNN(LSTMCell) costs what LSTM costs', () => {
    const cell = run('RNN', { return_sequences: true, cell: { module: 'keras.layers', class_name: 'LSTMCell', config: { name: 'lstm_cell', units: 6 } } }, [[1, 9, 5]]);
    expect(cell).toEqual({ ...run('LSTM', { units: 6, return_sequences: true }, [[1, 9, 5]]) });
    expect([cell.params, cell.ops.mac]).toEqual([288, 2376]);
  });

  it('RNN(StackedRNNCells): each cell on the previous one, states of all', () => {
    const cells = [
      { class_name: 'GRUCell', config: { name: 'gru_cell', units: 4, reset_after: true } },
      { class_name: 'SimpleRNNCell', config: { name: 'simple_rnn_cell', units: 3 } },
    ];
    const r = run('RNN', { return_state: true, cell: { class_name: 'StackedRNNCells', config: { cells } } }, [[1, 9, 6]]);
    expect(r.outputs).toEqual([[1, 3], [1, 4], [1, 3]]);
    expect([r.params, r.ops.mac]).toEqual([144 + 24, 9 * 3 * 4 * 10 + 9 * 3 * 7]);
    expect(errorOf('RNN', { cell: { class_name: 'PeepholeLSTMCell', config: { units: 2 } } }, [[1, 3, 2]])).toContain('cell 0 is of unknown type PeepholeLSTMCell');
  });

  it('ConvLSTM2D: input and recurrent convolutions of four gates per step', () => {
    const same = run('ConvLSTM2D', { filters: 5, kernel_size: [3, 3], strides: [1, 1], padding: 'same', return_sequences: true }, [[1, 4, 10, 10, 3]]);
    expect(same.outputs).toEqual([[1, 4, 10, 10, 5]]);
    expect([same.params, same.ops.mac]).toEqual([1460, 4 * 100 * 4 * 5 * 9 * (3 + 5)]);
    const strided = run('ConvLSTM2D', { filters: 4, kernel_size: [3, 3], strides: [2, 2], padding: 'valid', return_state: true }, [[1, 4, 10, 10, 5]]);
    expect(strided.outputs).toEqual([[1, 4, 4, 4], [1, 4, 4, 4], [1, 4, 4, 4]]);
    expect([strided.params, strided.ops.mac]).toEqual([1312, 82944]);
    const first = run('ConvLSTM1D', { filters: 2, kernel_size: 3, data_format: 'channels_first' }, [[1, 5, 3, 8]]);
    expect(first.outputs).toEqual([[1, 2, 6]]);
  });
});

describe('Keras 3 layers beyond the first catalogue (count_params and shapes from Keras 3.15.1)', () => {
  it('RMSNormalization: x * rsqrt(mean(x^2) + eps) * scale', () => {
    const r = run('RMSNormalization', { axis: -1, epsilon: 1e-6 }, [[1, 10, 16]]);
    expect(r).toEqual({ outputs: [[1, 10, 16]], ops: { square: 160, mean: 160, add: 10, rsqrt: 10, mul: 320 }, params: 16 });
    expect(run('RMSNormalization', { axis: [1, 2] }, [[1, 10, 16]]).params).toEqual(160);
  });

  it('GroupedQueryAttention: Nq query heads, Nkv key/value heads, both products per query head', () => {
    const self = run('GroupedQueryAttention', { head_dim: 4, num_query_heads: 4, num_key_value_heads: 2 }, [[1, 10, 16], [1, 10, 16]]);
    expect([self.outputs, self.params, self.ops.mac]).toEqual([[[1, 10, 16]], 816, 10880]);
    const gated = run('GroupQueryAttention', { head_dim: 3, num_query_heads: 6, num_key_value_heads: 3, use_gate: true, use_bias: false }, [[1, 10, 16], [1, 7, 16]]);
    expect([gated.params, gated.ops.mac, gated.ops.sigmoid]).toEqual([1152, 13176, 180]);
    const scores = run('GroupedQueryAttention', { head_dim: 3, num_query_heads: 6, num_key_value_heads: 3 }, [[1, 10, 16], [1, 7, 16]], { return_attention_scores: true });
    expect(scores.outputs).toEqual([[1, 10, 16], [1, 6, 10, 7]]);
    expect(errorOf('GroupedQueryAttention', { head_dim: 3, num_query_heads: 4, num_key_value_heads: 3 }, [[1, 2, 4], [1, 2, 4]])).toContain('must be a multiple');
  });

  it('AdaptiveAverage/MaxPooling: output_size windows, floor/ceil bounds', () => {
    const r = run('AdaptiveAveragePooling2D', { output_size: [4, 3] }, [[1, 11, 9, 4]]);
    // rows: windows of 11 into 4 = [0,3) [2,6) [5,9) [8,11): 3+4+4+3; cols: 9 into 3 = 3+3+3
    // Keras' TF backend: the 11 rows pooled at stride 1 with windows 3 and 4 (9 and 8
    // positions, 9 columns, 4 channels), then the 9 columns with 3 and 4 (7 and 6 positions)
    // on the 4 gathered rows; the gather indices cost 9 per output index, 9 x (4 + 3).
    const rowsPools = 3 * 9 * 9 * 4 + 4 * 8 * 9 * 4;
    const colsPools = 3 * 4 * 7 * 4 + 4 * 4 * 6 * 4;
    expect(r).toEqual({ outputs: [[1, 4, 3, 4]], ops: { pool_uncounted: 4 * 14 * 9, pool_gather: rowsPools + colsPools, index: 9 * 7 }, params: 0 });
    expect(run('AdaptiveMaxPooling1D', { output_size: 3, data_format: 'channels_last' }, [[1, 10, 16]]).outputs).toEqual([[1, 3, 16]]);
    expect(run('AdaptiveMaxPooling2D', { output_size: 2, data_format: 'channels_first' }, [[1, 4, 4, 3]]).outputs).toEqual([[1, 4, 2, 2]]);
  });

  it('Keras 3.6+ random augmentations are identity at inference', () => {
    for (const cls of ['RandomGrayscale', 'RandomHue', 'RandomSaturation', 'RandomErasing', 'RandAugment', 'MixUp']) {
      expect([cls, run(cls, {}, [[1, 8, 8, 3]])]).toEqual([cls, { outputs: [[1, 8, 8, 3]], ops: {}, params: 0 }]);
    }
  });
});
