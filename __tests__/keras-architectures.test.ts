import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../src/keras/measure.js';
import { FlopgateError } from '../src/errors.js';
import { applyRule, TensorArg, type LayerCall, type LayerResult } from '../src/keras/layers/rule.js';
import { normalizeModel } from '../src/keras/normalize.js';
import { opRuleFor } from '../src/keras/registry.js';
import type { AnalyzeOptions } from '../src/options.js';

/**
 * Architecture-level behaviour found by running flopgate on keras.applications models and
 * hand-made ones (Keras 3.15.1) against Keras' own counts. The configs below are written the
 * way Keras 3 writes them (`.keras` config.json; legacy `.h5` drops every `module` key).
 */

type Shape = (number | null)[];
const T = (layer: string, shape: Shape, node = 0, tensor = 0) => ({
  class_name: '__keras_tensor__',
  config: { shape, dtype: 'float32', keras_history: [layer, node, tensor] },
});
function layer(className: string, name: string, config: Record<string, unknown>, calls: unknown[][] = [], module = 'keras.layers', kwargs: Record<string, unknown>[] = []) {
  return {
    module,
    class_name: className,
    config: { name, trainable: true, ...config },
    registered_name: module === 'keras.layers' ? null : className,
    name,
    inbound_nodes: calls.map((args, i) => ({ args, kwargs: kwargs[i] ?? {} })),
  };
}
const op = (className: string, name: string, config: Record<string, unknown>, args: unknown[], module = 'keras.src.ops.numpy') =>
  layer(className, name, config, [args], module);
const input = (name: string, shape: Shape) => layer('InputLayer', name, { batch_shape: shape });
const functional = (name: string, layers: unknown[], inputs: unknown, outputs: unknown) => ({
  module: 'keras.src.models.functional',
  class_name: 'Functional',
  config: { name, trainable: true, layers, input_layers: inputs, output_layers: outputs },
});

/** The same config as a legacy `.h5` holds it: Keras 3 writes no `module` keys there. */
function legacy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(legacy) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'module' && k !== 'registered_name').map(([k, x]) => [k, legacy(x)])) as T;
  }
  return v;
}

const analyze = (cfg: unknown, opts: AnalyzeOptions = {}) => analyzeSpec(normalizeModel(cfg, 'm.keras'), 'keras', 'm.keras', { convention: 'macs', ...opts });
const rows = (cfg: unknown, opts: AnalyzeOptions = {}) =>
  analyze(cfg, opts).layers.filter((l) => l.type !== 'InputLayer').map((l) => [l.name, l.output_shape, l.ops]);

describe('Keras 3 operations in functional models', () => {
  // MobileNetV3's hard swish: x * relu6(x + 3) * (1 / 6), with ops.add and ops.multiply on scalars.
  const hardSwish = functional(
    'hs',
    [
      input('in', [null, 4, 4, 3]),
      layer('Conv2D', 'conv', { filters: 8, kernel_size: [1, 1], strides: [1, 1], padding: 'same', use_bias: false, activation: 'linear' }, [[T('in', [null, 4, 4, 3])]]),
      op('Add', 'add', {}, [T('conv', [null, 4, 4, 8]), 3.0]),
      layer('ReLU', 're_lu', { max_value: 6.0, negative_slope: 0.0, threshold: 0.0 }, [[T('add', [null, 4, 4, 8])]]),
      op('Multiply', 'multiply', {}, [T('re_lu', [null, 4, 4, 8]), 0.16666666666666666]),
      layer('Multiply', 'multiply_1', {}, [[[T('conv', [null, 4, 4, 8]), T('multiply', [null, 4, 4, 8])]]]),
      layer('Add', 'add_1', {}, [[[T('conv', [null, 4, 4, 8]), T('multiply_1', [null, 4, 4, 8])]]]),
    ],
    [['in', 0, 0]],
    [['add_1', 0, 0]],
  );
  const expected = [
    ['conv', [1, 4, 4, 8], { mac: 384 }],
    ['add', [1, 4, 4, 8], { add: 128 }],
    ['re_lu', [1, 4, 4, 8], { relu: 128 }],
    ['multiply', [1, 4, 4, 8], { mul: 128 }],
    ['multiply_1', [1, 4, 4, 8], { mul: 128 }],
    ['add_1', [1, 4, 4, 8], { add: 128 }],
  ];

  it('an operation with a constant (x + 3.0) is costed per output element, not refused', () => {
    expect(rows(hardSwish)).toEqual(expected);
  });

  it('the legacy .h5 form (no module) tells the ops.add from the Add layer by its arguments', () => {
    expect(rows(legacy(hardSwish))).toEqual(expected);
  });

  it("Masking's mask (ops.not_equal, ops.any) feeds the LSTM's mask keyword: compare, no float work", () => {
    const cfg = functional(
      'masked',
      [
        input('in', [null, 5, 3]),
        op('NotEqual', 'not_equal', {}, [T('in', [null, 5, 3]), 0.0]),
        layer('Masking', 'masking', { mask_value: 0.0 }, [[T('in', [null, 5, 3])]]),
        op('Any', 'any', { axis: -1, keepdims: false }, [T('not_equal', [null, 5, 3])]),
        layer('LSTM', 'lstm', { units: 2 }, [[T('masking', [null, 5, 3])]], 'keras.layers', [{ training: false, mask: T('any', [null, 5]) }]),
      ],
      [['in', 0, 0]],
      [['lstm', 0, 0]],
    );
    for (const c of [cfg, legacy(cfg)]) {
      const r = rows(c);
      expect(r.slice(0, 3)).toEqual([
        ['not_equal', [1, 5, 3], { compare: 15 }],
        ['masking', [1, 5, 3], { compare: 15 }],
        ['any', [1, 5], {}],
      ]);
      expect(analyze(c).macs).toEqual(5 * 4 * 2 * (3 + 2));
    }
  });

  it('a residual written x + y (ConvNeXt) is an add per element', () => {
    const cfg = functional(
      'res',
      [input('in', [null, 6]), layer('Dense', 'd', { units: 6 }, [[T('in', [null, 6])]]), op('Add', 'add', {}, [T('in', [null, 6]), T('d', [null, 6])])],
      [['in', 0, 0]],
      [['add', 0, 0]],
    );
    expect(rows(cfg)[1]).toEqual(['add', [1, 6], { add: 6 }]);
  });

  it('an operation without a rule is named in one line, as an operation', () => {
    const cfg = functional('u', [input('in', [null, 6]), op('Cumprod', 'cumprod', { axis: 1 }, [T('in', [null, 6])])], [['in', 0, 0]], [['cumprod', 0, 0]]);
    expect(() => analyze(cfg)).toThrow(FlopgateError);
    expect(() => analyze(cfg)).toThrow(/layer "cumprod" is the Keras operation Cumprod \(keras\.src\.ops\.numpy\); no cost rule exists for it/);
  });

  it('with --unknown warn, an unknown layer takes the output shape its consumers recorded', () => {
    // A custom layer that halves the features: assuming identity would overcount the Dense.
    const cfg = functional(
      'w',
      [
        input('in', [null, 8]),
        layer('MyPooling', 'mine', {}, [[T('in', [null, 8])]], 'my_package'),
        layer('Dense', 'd', { units: 2 }, [[T('mine', [null, 4])]]),
      ],
      [['in', 0, 0]],
      [['d', 0, 0]],
    );
    const r = analyze(cfg, { unknown: 'warn', batchSize: 3 });
    expect(r.lower_bound).toBe(true);
    expect(r.layers[1]).toMatchObject({ name: 'mine', output_shape: [3, 4], unknown: true });
    expect(r.layers[2].macs).toEqual(3 * 4 * 2);
  });

  it('in a Sequential model, the build_config of the next layer tells the output shape of an unknown one', () => {
    const cfg = {
      module: 'keras',
      class_name: 'Sequential',
      config: {
        name: 'seq',
        layers: [
          input('in', [null, 8]),
          { ...layer('MyPooling', 'mine', {}, [], 'my_package'), build_config: { input_shape: [null, 8] } },
          { ...layer('Dense', 'd', { units: 2 }), build_config: { input_shape: [null, 4] } },
        ],
      },
    };
    const r = analyze(cfg, { unknown: 'warn' });
    expect(r.layers.map((l) => [l.name, l.output_shape, l.macs])).toEqual([
      ['mine', [1, 4], 0],
      ['d', [1, 2], 8],
    ]);
  });
});

describe('Keras 2 TFOpLambda: a TensorFlow function by name, costed as the Keras 3 operation', () => {
  const L = (className: string, name: string, config: object, nodes: unknown[]) => ({ class_name: className, name, config: { name, trainable: true, ...config }, inbound_nodes: nodes });
  // tf.keras 2.x MobileNetV3's hard sigmoid (x + 3.0 and * (1 / 6) as TFOpLambda), then tf.concat, x[:, 1:3], tf.reduce_mean, t + t, tf.reshape.
  const cfg = (fn = '__operators__.add') => ({
    class_name: 'Functional',
    config: {
      name: 'k2',
      layers: [
        L('InputLayer', 'input_1', { batch_input_shape: [null, 4, 4, 3] }, []),
        L('Conv2D', 'conv', { filters: 8, kernel_size: [1, 1], padding: 'same' }, [[['input_1', 0, 0, {}]]]),
        L('TFOpLambda', 'tf.__operators__.add', { function: fn }, [['conv', 0, 0, { y: 3.0, name: null }]]),
        L('ReLU', 're_lu', { max_value: 6.0 }, [[['tf.__operators__.add', 0, 0, {}]]]),
        L('TFOpLambda', 'tf.math.multiply', { function: 'math.multiply' }, [['re_lu', 0, 0, { y: 0.16666666666666666, name: null }]]),
        L('Multiply', 'multiply', {}, [[['conv', 0, 0, {}], ['tf.math.multiply', 0, 0, {}]]]),
        L('TFOpLambda', 'tf.concat', { function: 'concat' }, [[['multiply', 0, 0, { axis: -1, name: null }], ['conv', 0, 0, { axis: -1, name: null }]]]),
        L('SlicingOpLambda', 'tf.__operators__.getitem', { function: '__operators__.getitem' }, [['tf.concat', 0, 0, { slice_spec: [{ start: null, stop: null, step: null }, { start: 1, stop: 3, step: null }] }]]),
        L('TFOpLambda', 'tf.math.reduce_mean', { function: 'math.reduce_mean' }, [['tf.__operators__.getitem', 0, 0, { axis: [1, 2], keepdims: false, name: null }]]),
        L('TFOpLambda', 'tf.__operators__.add_1', { function: '__operators__.add' }, [['tf.math.reduce_mean', 0, 0, { y: ['tf.math.reduce_mean', 0, 0], name: null }]]),
        L('TFOpLambda', 'tf.reshape', { function: 'reshape' }, [['tf.__operators__.add_1', 0, 0, { shape: [-1, 4, 4], name: null }]]),
      ],
      input_layers: [['input_1', 0, 0]],
      output_layers: [['tf.reshape', 0, 0]],
    },
  });

  it('shapes and ops as the Keras 3 operations of the same meaning', () => {
    const r = analyze(cfg());
    expect(r.layers.slice(2).map((l) => [l.name, l.type, l.output_shape, l.ops])).toEqual([
      ['tf.__operators__.add', 'TFOpLambda', [1, 4, 4, 8], { add: 128 }],
      ['re_lu', 'ReLU', [1, 4, 4, 8], { relu: 128 }],
      ['tf.math.multiply', 'TFOpLambda', [1, 4, 4, 8], { mul: 128 }],
      ['multiply', 'Multiply', [1, 4, 4, 8], { mul: 128 }],
      ['tf.concat', 'TFOpLambda', [1, 4, 4, 16], {}],
      ['tf.__operators__.getitem', 'SlicingOpLambda', [1, 2, 4, 16], {}],
      ['tf.math.reduce_mean', 'TFOpLambda', [1, 16], { mean: 128 }],
      ['tf.__operators__.add_1', 'TFOpLambda', [1, 16], { add: 16 }],
      ['tf.reshape', 'TFOpLambda', [1, 4, 4], {}],
    ]);
  });

  it('a function without a rule is named as a TensorFlow function; with warn it is a lower bound', () => {
    expect(() => analyze(cfg('image.resize'))).toThrow(/layer "tf\.__operators__\.add" is the TensorFlow function tf\.image\.resize \(TFOpLambda\); no cost rule exists for it/);
    const r = analyze(cfg('image.resize'), { unknown: 'warn' });
    expect(r.lower_bound).toBe(true);
    expect(r.unknown).toEqual([{ layer: 'tf.__operators__.add', type: 'TFOpLambda' }]);
  });
});

describe('Keras 3 operation rules', () => {
  const call = (className: string, config: Record<string, unknown>, args: unknown[]): LayerResult => {
    const rule = opRuleFor(className);
    if (!rule) throw new Error(`no op rule ${className}`);
    const inputs: number[][] = [];
    const bind = (a: unknown): unknown => {
      if (Array.isArray(a) && a.length > 0 && a[0] === 2 && a.every((d) => typeof d === 'number')) {
        inputs.push(a as number[]);
        return new TensorArg(a as number[]);
      }
      return Array.isArray(a) ? a.map(bind) : a;
    };
    const bound = args.map(bind);
    const c: LayerCall = { name: 'm/op', className, config, inputs, kwargs: {}, args: bound };
    return applyRule(rule, c);
  };
  // Tensors below are batch 2 (so a batch-first list of numbers starting with 2 is a tensor).
  const slice = (start: number | null, stop: number | null, step: number | null = null) => ({ class_name: '__slice__', config: { start, stop, step } });

  it('GetItem: ints drop axes, slices keep what they select, None adds an axis, ... fills', () => {
    expect(call('GetItem', {}, [[2, 6, 8], [slice(null, null), 0]]).outputs).toEqual([[2, 8]]);
    expect(call('GetItem', {}, [[2, 6, 8], [slice(null, null), slice(1, 4), slice(null, null, 2)]]).outputs).toEqual([[2, 3, 4]]);
    expect(call('GetItem', {}, [[2, 6, 8], [{ class_name: '__ellipsis__', config: {} }, null, 2]]).outputs).toEqual([[2, 6, 1]]);
    expect(call('GetItem', {}, [[2, 6, 8], [slice(null, null), slice(-2, null)]]).outputs).toEqual([[2, 2, 8]]);
    expect(call('GetItem', {}, [[2, 6, 8], [slice(null, null), slice(null, null, -1)]]).outputs).toEqual([[2, 6, 8]]);
  });

  it('Reshape (newshape with the batch axis), Transpose, ExpandDims, Squeeze, Split, Tile, Stack', () => {
    expect(call('Reshape', { newshape: [-1, 4, 12] }, [[2, 6, 8]]).outputs).toEqual([[2, 4, 12]]);
    expect(call('Transpose', { axes: [0, 2, 1] }, [[2, 6, 8]]).outputs).toEqual([[2, 8, 6]]);
    expect(call('Transpose', { axes: null }, [[2, 6, 8]]).outputs).toEqual([[8, 6, 2]]);
    expect(call('ExpandDims', { axis: -1 }, [[2, 6]]).outputs).toEqual([[2, 6, 1]]);
    expect(call('Squeeze', { axis: null }, [[2, 1, 6, 1]]).outputs).toEqual([[2, 6]]);
    expect(call('Split', { indices_or_sections: 2, axis: -1 }, [[2, 6, 8]]).outputs).toEqual([[2, 6, 4], [2, 6, 4]]);
    expect(call('Split', { indices_or_sections: [1, 5], axis: 1 }, [[2, 6, 8]]).outputs).toEqual([[2, 1, 8], [2, 4, 8], [2, 1, 8]]);
    expect(call('Tile', { repeats: [1, 2, 1] }, [[2, 6, 8]]).outputs).toEqual([[2, 12, 8]]);
    expect(call('Stack', { axis: 1 }, [[[2, 6], [2, 6]]]).outputs).toEqual([[2, 2, 6]]);
    expect(call('Concatenate', { axis: -1 }, [[[2, 6, 8], [2, 6, 3]]]).outputs).toEqual([[2, 6, 11]]);
  });

  it('reductions: mean per input element, sum N - out, max as a max reduction; keepdims', () => {
    expect(call('Mean', { axis: 1, keepdims: false }, [[2, 6, 8]])).toEqual({ outputs: [[2, 8]], ops: { mean: 96 }, params: 0 });
    expect(call('Sum', { axis: [1, 2], keepdims: true }, [[2, 6, 8]])).toMatchObject({ outputs: [[2, 1, 1]], ops: { sum: 94 } });
    expect(call('Max', { axis: -1, keepdims: false, initial: null }, [[2, 6, 8]])).toMatchObject({ outputs: [[2, 6]], ops: { reduce_max: 96 } });
  });

  it('Matmul and Einsum: MACs of the product (counted by TF where Keras rewrites the equation as a MatMul); Power 2 is a square', () => {
    expect(call('Matmul', {}, [[2, 6, 8], [2, 8, 5]])).toMatchObject({ outputs: [[2, 6, 5]], ops: { mac: 2 * 6 * 8 * 5 } });
    // A numpy weight matrix (ops.matmul(x, np.ones((8, 5)))) is a __numpy__ constant.
    const np85 = { class_name: '__numpy__', config: { value: Array.from({ length: 8 }, () => Array(5).fill(1)), dtype: 'float32' } };
    expect(call('Matmul', {}, [[2, 6, 8], np85])).toMatchObject({ outputs: [[2, 6, 5]], ops: { mac: 2 * 6 * 8 * 5 } });
    expect(call('Einsum', { subscripts: 'bij,bjk->bik' }, [[2, 6, 8], [2, 8, 5]])).toMatchObject({ outputs: [[2, 6, 5]], ops: { mac_uncounted: 480 } });
    expect(call('Einsum', { subscripts: '...ij,...jk->...ik' }, [[2, 3, 6, 8], [2, 3, 8, 5]])).toMatchObject({ outputs: [[2, 3, 6, 5]], ops: { mac_uncounted: 1440 } });
    // A constant operand (ops.ones((8, 3)) written as a __tensor__) takes part with its shape.
    const ones = { class_name: '__tensor__', config: { value: Array.from({ length: 8 }, () => [1, 1, 1]), dtype: 'float32' } };
    expect(call('Einsum', { subscripts: '...ij,jk->...ik' }, [[2, 6, 8], ones])).toMatchObject({ outputs: [[2, 6, 3]], ops: { mac_uncounted: 288 } });
    // xyz,zw->xyw is abc,cd->abd once renamed: Keras' TF backend runs it as a MatMul.
    expect(call('Einsum', { subscripts: 'xyz,zw->xyw' }, [[2, 6, 8], ones])).toMatchObject({ outputs: [[2, 6, 3]], ops: { mac: 288 } });
    expect(call('Power', {}, [[2, 6], 2])).toMatchObject({ outputs: [[2, 6]], ops: { square: 12 } });
    expect(call('Power', {}, [[2, 6], 0.5])).toMatchObject({ outputs: [[2, 6]], ops: { pow: 12 } });
    expect(call('Subtract', {}, [1.0, [2, 6]])).toMatchObject({ outputs: [[2, 6]], ops: { sub: 12 } });
    expect(call('Gelu', { approximate: false }, [[2, 6]]).ops).toEqual({ gelu: 12 });
    expect(call('Gelu', { approximate: true }, [[2, 6]]).ops).toEqual({ pow: 12, mul: 48, add: 24, tanh: 12 });
    expect(call('Where', {}, [[2, 6], [2, 6], 0.0]).ops).toEqual({});
  });

  it('the reductions and products keras.ops adds to the ones ONNX shares (Keras 3.15.1 TF backend)', () => {
    // reduce_variance: mean, x - mean, its square, their mean; std adds a square root per output.
    expect(call('Var', { axis: -1, keepdims: false }, [[2, 3, 5]])).toEqual({ outputs: [[2, 3]], ops: { mean: 60, sub: 30, square: 30 }, params: 0n });
    expect(call('Std', { axis: -1, keepdims: true }, [[2, 3, 5]])).toEqual({ outputs: [[2, 3, 1]], ops: { mean: 60, sub: 30, square: 30, sqrt: 6 }, params: 0n });
    expect(call('Cumsum', { axis: null }, [[2, 3, 5]])).toEqual({ outputs: [[30]], ops: { cumsum: 30 }, params: 0n });
    expect(call('Logsumexp', { axis: -1, keepdims: false }, [[2, 3, 5]]).ops).toEqual({ reduce_max: 30, sub: 30, exp: 30, sum: 24, logical: 6, log: 6, add: 6 });
    expect(call('Norm', { ord: null, axis: -1, keepdims: false }, [[2, 3, 5]]).ops).toEqual({ mul: 30, sum: 24, sqrt: 6 });
    expect(call('Norm', { ord: 1, axis: -1, keepdims: false }, [[2, 3, 5]]).ops).toEqual({ abs: 30, pow: 36, sum: 24 });
    expect(call('Norm', { ord: 'fro', axis: [1, 2], keepdims: false }, [[2, 3, 5]])).toEqual({ outputs: [[2]], ops: { mul: 30, sum: 28, sqrt: 2 }, params: 0n });
    expect(call('Norm', { ord: 1, axis: [1, 2], keepdims: false }, [[2, 3, 5]])).toEqual({ outputs: [[2]], ops: { abs: 30, sum: 20, reduce_max: 10 }, params: 0n });
    expect(() => call('Norm', { ord: 'nuc', axis: [1, 2] }, [[2, 3, 5]])).toThrow(/norm with ord "nuc" over 2 axes is not supported/);
    // numpy dot and tensordot: one MatMul after TF's reshapes.
    const ones54 = Array.from({ length: 5 }, () => [1, 1, 1, 1]);
    expect(call('Dot', {}, [[2, 3, 5], [2, 5, 4]])).toEqual({ outputs: [[2, 3, 2, 4]], ops: { mac: 240 }, params: 0n });
    expect(call('Dot', {}, [[2, 3, 5], 2.0])).toEqual({ outputs: [[2, 3, 5]], ops: { mul: 30 }, params: 0n });
    expect(call('Tensordot', { axes: [[2], [1]] }, [[2, 3, 5], [2, 5, 4]])).toEqual({ outputs: [[2, 3, 2, 4]], ops: { mac: 240 }, params: 0n });
    expect(call('Tensordot', { axes: 1 }, [[2, 3, 5], ones54])).toEqual({ outputs: [[2, 3, 4]], ops: { mac: 120 }, params: 0n });
    // argmax on floats: Keras' -0.0 fix (x == 0, a sign-bit test, a logical and) before TF's ArgMax.
    expect(call('Argmax', { axis: -1, keepdims: false }, [[2, 3, 5]]).ops).toEqual({ compare: 24 + 60, logical: 60 });
    // tf.repeat computes the new length in the graph: one scalar Mul per sample.
    expect(call('Repeat', { repeats: 2, axis: 1 }, [[2, 3, 5]])).toEqual({ outputs: [[2, 6, 5]], ops: { shape: 2 }, params: 0n });
  });
});

describe('a layer in two models of the file is one layer', () => {
  const block = (extra: Record<string, unknown> = {}) => ({
    ...functional(
      'block',
      [input('bin', [null, 4]), layer('Dense', 'bd', { units: 3 }, [[T('bin', [null, 4])]])],
      [['bin', 0, 0]],
      [['bd', 0, 0]],
    ),
    name: 'block',
    ...extra,
  });
  const seqwrap = (inner: unknown) => ({
    module: 'keras',
    class_name: 'Sequential',
    config: { name: 'wrap', layers: [input('win', [null, 4]), inner, layer('Dense', 'wd', { units: 4 })] },
    name: 'wrap',
  });
  const outer = (b1: unknown, b2: unknown) =>
    functional(
      'outer',
      [
        input('in', [null, 4]),
        { ...(b1 as object), inbound_nodes: [{ args: [T('in', [null, 4])], kwargs: {} }] },
        layer('Dense', 'up', { units: 4 }, [[T('block', [null, 3])]]),
        { ...(seqwrap(b2) as object), inbound_nodes: [{ args: [T('up', [null, 4])], kwargs: {} }] },
      ],
      [['in', 0, 0]],
      [['wrap', 0, 0]],
    );

  it('.keras: the same shared_object_id is one object, its weights counted once, its work twice', () => {
    const r = analyze(outer(block({ shared_object_id: 77 }), block({ shared_object_id: 77 })));
    expect(r.params).toEqual(15 + 16 + 16);
    expect(r.macs).toEqual(12 + 12 + 12 + 12);
  });

  it('.h5: the same name and config (shared ids aside) is that one layer too', () => {
    expect(analyze(legacy(outer(block(), block()))).params).toEqual(15 + 16 + 16);
  });

  it('two sub-models built by one function: inner layers of the same name and config are distinct', () => {
    const sub = (name: string) => ({
      module: 'keras',
      class_name: 'Sequential',
      config: { name, layers: [input(`${name}_in`, [null, 4]), layer('Dense', 'fc', { units: 4 })] },
      name,
    });
    const cfg = functional(
      'twice',
      [
        input('in', [null, 4]),
        { ...sub('b1'), inbound_nodes: [{ args: [T('in', [null, 4])], kwargs: {} }] },
        { ...sub('b2'), inbound_nodes: [{ args: [T('b1', [null, 4])], kwargs: {} }] },
      ],
      [['in', 0, 0]],
      [['b2', 0, 0]],
    );
    expect(analyze(cfg).params).toEqual(40);
    expect(analyze(legacy(cfg)).params).toEqual(40);
  });

  it('a different layer of the same name still counts its own weights', () => {
    const other = block();
    (other.config.layers[1] as { config: { units: number } }).config.units = 3;
    (other.config.layers[1] as { config: Record<string, unknown> }).config.use_bias = false;
    expect(analyze(outer(block(), other)).params).toEqual(15 + 16 + 12 + 16);
  });
});

describe('model structures', () => {
  it('Keras 3 dict inputs and outputs: flattened in sorted key order', () => {
    const cfg = functional(
      'dict_inputs',
      [
        input('b', [null, 6]),
        input('a', [null, 4]),
        layer('Concatenate', 'concatenate', { axis: -1 }, [[[T('a', [null, 4]), T('b', [null, 6])]]]),
        layer('Dense', 'dense', { units: 3 }, [[T('concatenate', [null, 10])]]),
        layer('Dense', 'dense_1', { units: 2 }, [[T('dense', [null, 3])]]),
      ],
      { b: ['b', 0, 0], a: ['a', 0, 0] },
      { z: ['dense_1', 0, 0], y: ['dense', 0, 0] },
    );
    const r = analyze(cfg);
    expect(r.input_shapes).toEqual([[4], [6]]);
    expect([r.params, r.macs]).toEqual([33 + 8, 30 + 6]);
  });

  it('TimeDistributed over a model runs it on batch x time frames, its layers listed under the wrapper', () => {
    const cnn = {
      module: 'keras',
      class_name: 'Sequential',
      config: {
        name: 'frame_cnn',
        layers: [
          input('fin', [null, 12, 12, 3]),
          layer('Conv2D', 'conv2d', { filters: 4, kernel_size: [3, 3], padding: 'valid' }),
          layer('GlobalAveragePooling2D', 'gap', {}),
        ],
      },
    };
    const cfg = functional(
      'td',
      [
        input('in', [null, 5, 12, 12, 3]),
        layer('TimeDistributed', 'time_distributed', { layer: cnn }, [[T('in', [null, 5, 12, 12, 3])]]),
        layer('Dense', 'dense', { units: 2 }, [[T('time_distributed', [null, 5, 4])]]),
      ],
      [['in', 0, 0]],
      [['dense', 0, 0]],
    );
    const r = analyze(cfg, { batchSize: 2 });
    expect(r.layers.map((l) => [l.name, l.output_shape])).toEqual([
      ['in', [2, 5, 12, 12, 3]],
      ['time_distributed/conv2d', [10, 10, 10, 4]],
      ['time_distributed/gap', [10, 4]],
      ['dense', [2, 5, 2]],
    ]);
    expect(r.params).toEqual(112 + 10);
    expect(r.macs).toEqual(10 * 100 * 4 * 27 + 2 * 5 * 4 * 2);
  });
});

/**
 * Small keras.applications-style and hand-made models, their `.keras` and legacy `.h5`
 * configs as Keras 3.15.1 wrote them (shrunk of initialisers and dtype policies), with the
 * figures Keras and an independent formula walker gave (`expected`). Generated once in Python;
 * the test needs no Python. Every figure must match exactly, per layer call too.
 */
describe('architectures against Keras (committed configs)', () => {
  const dir = fileURLToPath(new URL('./data/keras-arch/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  type Expected = { params: number; trainable_params: number; macs: number; input_shapes: number[][]; layers: [string, string, number[][], number, number][] };

  it('has the architectures', () => {
    expect(files).toEqual(['attention_ops.json', 'convnext_stack.json', 'efficientnet_tiny.json', 'mobilenetv3_tiny.json', 'nested_shared.json', 'recurrent.json']);
  });

  describe.each(files)('%s', (file) => {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { expected: Expected; config: unknown; h5_config: unknown };
    const exp = doc.expected;
    it.each(['config', 'h5_config'] as const)('%s: params, trainable params, MACs and every layer call', (which) => {
      const r = analyze(doc[which]);
      expect(r.input_shapes).toEqual(exp.input_shapes);
      expect([r.params, r.trainable_params, r.macs]).toEqual([exp.params, exp.trainable_params, exp.macs]);
      const key = (name: string, shapes: unknown, macs: number | bigint, params: number | bigint) => JSON.stringify([name, shapes, String(macs), String(params)]);
      const got = r.layers
        .filter((l) => l.type !== 'InputLayer')
        .map((l) => key(l.name, Array.isArray(l.output_shape[0]) ? l.output_shape : [l.output_shape], l.macs, l.params))
        .sort();
      const want = exp.layers.map(([name, , shapes, macs, params]) => key(name, shapes, macs, params)).sort();
      expect(got).toEqual(want);
    });
  });
});
