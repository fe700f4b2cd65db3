import { describe, expect, it } from 'vitest';
import { loadKerasSpec } from '../src/analyze.js';
import { FileSource } from '../src/io/byte-source.js';
import { normalizeModel } from '../src/keras/normalize.js';
import { inlineSpec } from '../src/keras/inline.js';
import type { ModelSpec } from '../src/keras/model.js';
import { selectBackend } from '../src/fit/backend.js';
import { buildModel } from '../src/fit/build-model.js';
import { runFit } from '../src/fit/run.js';
import type { FitConfig } from '../src/fit/types.js';

// Written by Keras 3.15 (`model.to_json()`): DTypePolicy objects, batch_shape, initializers
// with module/registered_name, args/kwargs inbound nodes, an L2 regularizer, a nested
// Sequential called as a layer. Parameter counts as Keras reports them: 89,610 and 87,370.
const KERAS3_SEQUENTIAL = {"module":"keras","class_name":"Sequential","config":{"name":"mlp","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"layers":[{"module":"keras.layers","class_name":"InputLayer","config":{"batch_shape":[null,28,28],"dtype":"float32","sparse":false,"ragged":false,"name":"input_layer","optional":false},"registered_name":null},{"module":"keras.layers","class_name":"Flatten","config":{"name":"flatten","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"data_format":"channels_last"},"registered_name":null,"build_config":{"input_shape":[null,28,28]}},{"module":"keras.layers","class_name":"Dense","config":{"name":"dense","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"units":100,"activation":"relu","use_bias":true,"kernel_initializer":{"module":"keras.initializers","class_name":"GlorotUniform","config":{"seed":null,"input_axes":null,"output_axes":null},"registered_name":null},"bias_initializer":{"module":"keras.initializers","class_name":"Zeros","config":{},"registered_name":null},"kernel_regularizer":null,"bias_regularizer":null,"kernel_constraint":null,"bias_constraint":null,"quantization_config":null},"registered_name":null,"build_config":{"input_shape":[null,784]}},{"module":"keras.layers","class_name":"Dense","config":{"name":"dense_1","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"units":100,"activation":"relu","use_bias":true,"kernel_initializer":{"module":"keras.initializers","class_name":"GlorotUniform","config":{"seed":null,"input_axes":null,"output_axes":null},"registered_name":null},"bias_initializer":{"module":"keras.initializers","class_name":"Zeros","config":{},"registered_name":null},"kernel_regularizer":null,"bias_regularizer":null,"kernel_constraint":null,"bias_constraint":null,"quantization_config":null},"registered_name":null,"build_config":{"input_shape":[null,100]}},{"module":"keras.layers","class_name":"Dense","config":{"name":"dense_2","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"units":10,"activation":"softmax","use_bias":true,"kernel_initializer":{"module":"keras.initializers","class_name":"GlorotUniform","config":{"seed":null,"input_axes":null,"output_axes":null},"registered_name":null},"bias_initializer":{"module":"keras.initializers","class_name":"Zeros","config":{},"registered_name":null},"kernel_regularizer":null,"bias_regularizer":null,"kernel_constraint":null,"bias_constraint":null,"quantization_config":null},"registered_name":null,"build_config":{"input_shape":[null,100]}}],"build_input_shape":[null,28,28]},"registered_name":null,"build_config":{"input_shape":[null,28,28]},"compile_config":{}};
const KERAS3_FUNCTIONAL = {"module":"keras.src.models.functional","class_name":"Functional","config":{"name":"cnn","trainable":true,"layers":[{"module":"keras.layers","class_name":"InputLayer","config":{"batch_shape":[null,28,28,1],"dtype":"float32","sparse":false,"ragged":false,"name":"img","optional":false},"registered_name":null,"name":"img","inbound_nodes":[]},{"module":"keras.layers","class_name":"Conv2D","config":{"name":"conv","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"filters":8,"kernel_size":[3,3],"strides":[1,1],"padding":"valid","data_format":"channels_last","dilation_rate":[1,1],"groups":1,"activation":"relu","use_bias":true,"kernel_initializer":{"module":"keras.initializers","class_name":"GlorotUniform","config":{"seed":null,"input_axes":null,"output_axes":null},"registered_name":null},"bias_initializer":{"module":"keras.initializers","class_name":"Zeros","config":{},"registered_name":null},"kernel_regularizer":{"module":"keras.regularizers","class_name":"L2","config":{"l2":0.0001},"registered_name":null},"bias_regularizer":null,"activity_regularizer":null,"kernel_constraint":null,"bias_constraint":null},"registered_name":null,"build_config":{"input_shape":[null,28,28,1]},"name":"conv","inbound_nodes":[{"args":[{"class_name":"__keras_tensor__","config":{"shape":[null,28,28,1],"dtype":"float32","keras_history":["img",0,0]}}],"kwargs":{}}]},{"module":"keras.layers","class_name":"MaxPooling2D","config":{"name":"pool","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"pool_size":[2,2],"padding":"valid","strides":[2,2],"data_format":"channels_last"},"registered_name":null,"name":"pool","inbound_nodes":[{"args":[{"class_name":"__keras_tensor__","config":{"shape":[null,26,26,8],"dtype":"float32","keras_history":["conv",0,0]}}],"kwargs":{}}]},{"module":"keras.layers","class_name":"Flatten","config":{"name":"flat","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"data_format":"channels_last"},"registered_name":null,"build_config":{"input_shape":[null,13,13,8]},"name":"flat","inbound_nodes":[{"args":[{"class_name":"__keras_tensor__","config":{"shape":[null,13,13,8],"dtype":"float32","keras_history":["pool",0,0]}}],"kwargs":{}}]},{"module":"keras.layers","class_name":"Dense","config":{"name":"a","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"units":32,"activation":"relu","use_bias":true,"kernel_initializer":{"module":"keras.initializers","class_name":"GlorotUniform","config":{"seed":null,"input_axes":null,"output_axes":null},"registered_name":null},"bias_initializer":{"module":"keras.initializers","class_name":"Zeros","config":{},"registered_name":null},"kernel_regularizer":null,"bias_regularizer":null,"kernel_constraint":null,"bias_constraint":null,"quantization_config":null},"registered_name":null,"build_config":{"input_shape":[null,1352]},"name":"a","inbound_nodes":[{"args":[{"class_name":"__keras_tensor__","config":{"shape":[null,1352],"dtype":"float32","keras_history":["flat",0,0]}}],"kwargs":{}}]},{"module":"keras.layers","class_name":"Dense","config":{"name":"b","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"units":32,"activation":"relu","use_bias":true,"kernel_initializer":{"module":"keras.initializers","class_name":"GlorotUniform","config":{"seed":null,"input_axes":null,"output_axes":null},"registered_name":null},"bias_initializer":{"module":"keras.initializers","class_name":"Zeros","config":{},"registered_name":null},"kernel_regularizer":null,"bias_regularizer":null,"kernel_constraint":null,"bias_constraint":null,"quantization_config":null},"registered_name":null,"build_config":{"input_shape":[null,1352]},"name":"b","inbound_nodes":[{"args":[{"class_name":"__keras_tensor__","config":{"shape":[null,1352],"dtype":"float32","keras_history":["flat",0,0]}}],"kwargs":{}}]},{"module":"keras.layers","class_name":"Add","config":{"name":"add","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null}},"registered_name":null,"build_config":{"input_shape":[[null,32],[null,32]]},"name":"add","inbound_nodes":[{"args":[[{"class_name":"__keras_tensor__","config":{"shape":[null,32],"dtype":"float32","keras_history":["a",0,0]}},{"class_name":"__keras_tensor__","config":{"shape":[null,32],"dtype":"float32","keras_history":["b",0,0]}}]],"kwargs":{}}]},{"module":"keras.layers","class_name":"Dropout","config":{"name":"drop","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"rate":0.2,"seed":null,"noise_shape":null},"registered_name":null,"name":"drop","inbound_nodes":[{"args":[{"class_name":"__keras_tensor__","config":{"shape":[null,32],"dtype":"float32","keras_history":["add",0,0]}}],"kwargs":{"training":false}}]},{"module":"keras","class_name":"Sequential","config":{"name":"head","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"layers":[{"module":"keras.layers","class_name":"InputLayer","config":{"batch_shape":[null,32],"dtype":"float32","sparse":false,"ragged":false,"name":"input_layer_1","optional":false},"registered_name":null},{"module":"keras.layers","class_name":"Dense","config":{"name":"dense_3","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"units":16,"activation":"relu","use_bias":true,"kernel_initializer":{"module":"keras.initializers","class_name":"GlorotUniform","config":{"seed":null,"input_axes":null,"output_axes":null},"registered_name":null},"bias_initializer":{"module":"keras.initializers","class_name":"Zeros","config":{},"registered_name":null},"kernel_regularizer":null,"bias_regularizer":null,"kernel_constraint":null,"bias_constraint":null,"quantization_config":null},"registered_name":null,"build_config":{"input_shape":[null,32]}},{"module":"keras.layers","class_name":"Dense","config":{"name":"dense_4","trainable":true,"dtype":{"module":"keras","class_name":"DTypePolicy","config":{"name":"float32"},"registered_name":null},"units":10,"activation":"softmax","use_bias":true,"kernel_initializer":{"module":"keras.initializers","class_name":"GlorotUniform","config":{"seed":null,"input_axes":null,"output_axes":null},"registered_name":null},"bias_initializer":{"module":"keras.initializers","class_name":"Zeros","config":{},"registered_name":null},"kernel_regularizer":null,"bias_regularizer":null,"kernel_constraint":null,"bias_constraint":null,"quantization_config":null},"registered_name":null,"build_config":{"input_shape":[null,16]}}],"build_input_shape":[null,32]},"registered_name":null,"build_config":{"input_shape":[null,32]},"compile_config":{},"name":"head","inbound_nodes":[{"args":[{"class_name":"__keras_tensor__","config":{"shape":[null,32],"dtype":"float32","keras_history":["drop",0,0]}}],"kwargs":{"mask":null}}]}],"input_layers":["img",0,0],"output_layers":["head",0,0]},"registered_name":"Functional","build_config":{"input_shape":null},"compile_config":{}};

const cfg: FitConfig = {
  dataset: 'mnist',
  epochs: 1,
  batch_size: 32,
  train_samples: 600,
  validation_samples: 200,
  seed: 5,
  optimizer: 'adam',
  loss: 'categorical_crossentropy',
  backend: 'cpu',
};

async function tf() {
  return (await selectBackend('cpu', () => {})).tf;
}

async function build(spec: ModelSpec, shapes: number[][], seed = 1) {
  const built = await buildModel(await tf(), spec, shapes, seed);
  if ('reason' in built) throw new Error(built.reason);
  return built.model;
}

async function firstKernel(spec: ModelSpec, seed: number): Promise<Float32Array> {
  const model = await build(spec, [[28, 28]], seed);
  const kernel = model.getWeights().find((w) => w.shape.length === 2)!;
  const values = (await kernel.data()) as Float32Array;
  model.dispose();
  return values;
}

describe('fit: rebuilding the architecture for TensorFlow.js', () => {
  it('reads a Keras 3 Sequential config', async () => {
    const model = await build(normalizeModel(KERAS3_SEQUENTIAL, 'mlp.keras'), [[28, 28]]);
    expect(model.countParams()).toEqual(89_610);
    expect(model.outputs[0].shape).toEqual([null, 10]);
    expect(model.inputs[0].shape).toEqual([null, 28, 28]);
    model.dispose();
  });

  it('reads a Keras 3 Functional config with a branch, a merge and a nested Sequential, and trains it', async () => {
    const spec = normalizeModel(KERAS3_FUNCTIONAL, 'cnn.keras');
    const model = await build(spec, [[28, 28, 1]]);
    expect(model.countParams()).toEqual(87_370);
    // The nested Sequential is inlined (tfjs cannot deserialize it nested), its layers named under it.
    expect(model.layers.map((l) => l.getClassName())).toEqual(['InputLayer', 'Conv2D', 'MaxPooling2D', 'Flatten', 'Dense', 'Dense', 'Add', 'Dropout', 'Dense', 'Dense']);
    expect(model.layers.slice(-2).map((l) => l.name)).toEqual(['head/dense_3', 'head/dense_4']);
    model.dispose();
    // flopgate registers the Conv2D gradient kernels WASM lacks: auto trains it there.
    const small = { ...cfg, train_samples: 500, validation_samples: 200, learning_rate: 0.003, backend: 'auto' as const };
    const lines: string[] = [];
    const r = await runFit(spec, [[28, 28, 1]], small, (l) => lines.push(l));
    expect(r.status).toBe('ok');
    if (r.status === 'ok') {
      expect(r.backend).toMatch(/^wasm/);
      expect(r.accuracy).toBeGreaterThan(0.3);
    }
    expect(lines.some((l) => /starting again/.test(l))).toBe(false);
  });

  it('a layer whose gradient WASM lacks (DepthwiseConv2D): auto starts again on pure JS and says so; wasm by name skips', async () => {
    const spec = inlineSpec(
      [
        { reshape: { target_shape: [28, 28, 1], input_shape: [28, 28] } },
        { depthwise_conv2d: { kernel_size: 3, depth_multiplier: 2, activation: 'relu' } },
        { flatten: {} },
        { dense: { units: 10, activation: 'softmax' } },
      ],
      'inline',
    );
    const small = { ...cfg, train_samples: 300, validation_samples: 100, backend: 'auto' as const };
    const lines: string[] = [];
    const r = await runFit(spec, [[28, 28]], small, (l) => lines.push(l));
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(r.backend).toBe('cpu');
    expect(lines.some((l) => /backend has no DepthwiseConv2dNativeBackprop(Filter|Input) kernel .* starting again on the pure-JS cpu backend/.test(l))).toBe(true);
    const pinned = await runFit(spec, [[28, 28]], { ...small, backend: 'wasm' }, () => {});
    expect(pinned).toEqual({
      status: 'skipped',
      reason: expect.stringMatching(/^the wasm \(simd\) backend has no DepthwiseConv2dNativeBackprop(Filter|Input) kernel to train this model \(backend auto falls back to cpu\)$/),
    });
  });

  it('rebuilds the TensorFlow.js example model from its file', async () => {
    const src = await FileSource.open('examples/mlp-784-50-50-10/model.json', 'model.json');
    const spec = (await loadKerasSpec(src, 'model.json'))!;
    await src.close();
    const model = await build(spec, [[28, 28]]);
    expect(model.countParams()).toEqual(42_310);
    expect(model.layers.map((l) => l.getClassName())).toEqual(['InputLayer', 'Flatten', 'Dense', 'Dense', 'Dense']);
    model.dispose();
  });

  it('feeds [784] and [28, 28, 1] inputs', async () => {
    const flat = inlineSpec([{ dense: { units: 20, activation: 'relu', input_shape: [784] } }, { dense: { units: 10, activation: 'softmax' } }], 'inline');
    const a = await runFit(flat, [[784]], cfg, () => {});
    expect(a.status).toBe('ok');
    const chan = inlineSpec([{ flatten: {} }, { dense: { units: 10, activation: 'softmax' } }], 'inline');
    const b = await runFit(chan, [[28, 28, 1]], cfg, () => {});
    expect(b.status).toBe('ok');
  });

  it('takes Keras 1 argument names (output_dim, init)', async () => {
    const spec = normalizeModel(
      {
        class_name: 'Sequential',
        config: [
          { class_name: 'Flatten', config: { name: 'f', batch_input_shape: [null, 28, 28] } },
          { class_name: 'Dense', config: { name: 'd1', output_dim: 64, init: 'glorot_uniform', activation: 'relu', bias: true } },
          { class_name: 'Dense', config: { name: 'd2', output_dim: 10, init: 'lecun_uniform', activation: 'softmax' } },
        ],
      },
      'old.json',
    );
    const model = await build(spec, [[28, 28]]);
    expect(model.countParams()).toEqual(784 * 64 + 64 + 64 * 10 + 10);
    model.dispose();
  });

  it('starts from the same weights for the same seed, and other weights for another', async () => {
    const spec = inlineSpec([{ flatten: { input_shape: [28, 28] } }, { dense: { units: 16, activation: 'relu' } }, { dense: { units: 10, activation: 'softmax' } }], 'i');
    const a = await firstKernel(spec, 11);
    const b = await firstKernel(spec, 11);
    const c = await firstKernel(spec, 12);
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    expect(Buffer.from(a.buffer).equals(Buffer.from(c.buffer))).toBe(false);
    // glorot_uniform over 784 x 16: within +-sqrt(6 / 800), and not all zero.
    const limit = Math.sqrt(6 / (784 + 16));
    expect(a.every((v) => Math.abs(v) <= limit)).toBe(true);
    expect(a.some((v) => v !== 0)).toBe(true);
  });
});

describe('fit: models the fit cannot train are skipped with the reason', () => {
  const mlp = (classes: number) =>
    inlineSpec([{ flatten: { input_shape: [28, 28] } }, { dense: { units: 8, activation: 'relu' } }, { dense: { units: classes, activation: 'softmax' } }], 'i');

  it('an input that is not a 28x28 image', async () => {
    const r = await runFit(mlp(10), [[32, 32, 3]], cfg, () => {});
    expect(r).toEqual({ status: 'skipped', reason: 'input shape [32, 32, 3] cannot take 28x28 images (accepted: [28, 28], [784], [28, 28, 1])' });
    const two = await runFit(mlp(10), [[28, 28], [28, 28]], cfg, () => {});
    expect(two).toEqual({ status: 'skipped', reason: 'the model has 2 inputs; the fit feeds one 28x28 image input' });
  });

  it('an output that is not 10 classes', async () => {
    const lines: string[] = [];
    const r = await runFit(mlp(5), [[28, 28]], cfg, (l) => lines.push(l));
    expect(r).toEqual({ status: 'skipped', reason: 'output shape [None, 5] is not 10 classes' });
    expect(lines).toEqual(['fit skipped: output shape [None, 5] is not 10 classes']);
  });

  it('a layer TensorFlow.js cannot train, named', async () => {
    const spec = mlp(10);
    spec.layers.splice(2, 0, { className: 'Lambda', name: 'my_lambda', config: { function: 'x * 2' }, calls: [] });
    const r = await runFit(spec, [[28, 28]], cfg, () => {});
    expect(r).toEqual({ status: 'skipped', reason: 'layer "my_lambda" (Lambda) has no TensorFlow.js implementation to train' });
  });

  it('a Keras 3 operation, named: it is not a layer tfjs could rebuild, even when its class name is one', async () => {
    const spec = mlp(10);
    spec.layers.splice(2, 0, { className: 'Add', name: 'add', config: {}, calls: [], op: true, module: 'keras.src.ops.numpy' });
    const r = await runFit(spec, [[28, 28]], cfg, () => {});
    expect(r).toEqual({ status: 'skipped', reason: 'layer "add" is a Keras operation (Add), which TensorFlow.js cannot rebuild as a layer to train' });
  });

  it('a config TensorFlow.js cannot read, with its message on one line', async () => {
    const spec = mlp(10);
    spec.layers[1].config.activation = 'no_such_activation';
    const r = await runFit(spec, [[28, 28]], cfg, () => {});
    expect(r.status).toBe('skipped');
    if (r.status === 'skipped') {
      expect(r.reason).toMatch(/^TensorFlow\.js cannot rebuild the model: .*noSuchActivation/);
      expect(r.reason).not.toContain('\n');
    }
  });
});

describe('fit: configuration errors', () => {
  const spec = inlineSpec([{ flatten: { input_shape: [28, 28] } }, { dense: { units: 10, activation: 'softmax' } }], 'i');
  const bad = async (patch: Partial<FitConfig>) => (await runFit(spec, [[28, 28]], { ...cfg, ...patch }, () => {}).catch((e: Error) => e)) as Error;

  it('are one-line errors naming the field', async () => {
    expect((await bad({ optimizer: 'lbfgs' })).message).toBe('fit: unknown optimizer "lbfgs" (expected adam, sgd, rmsprop, adagrad, adadelta, adamax)');
    expect((await bad({ loss: 'hinge' })).message).toMatch(/^fit: unknown loss "hinge"/);
    expect((await bad({ epochs: 0 })).message).toBe('fit: epochs must be an integer from 1 to 1000, got 0');
    expect((await bad({ learning_rate: -1 })).message).toBe('fit: learning_rate must be a positive number, got -1');
    expect((await bad({ dataset: 'cifar' })).message).toBe('fit: unknown dataset "cifar" (expected mnist, mnist-full, fashion-mnist, idx)');
    expect((await bad({ train_samples: 9000, validation_samples: 2000 })).message).toMatch(/^fit: dataset mnist ships 10000 digits; train_samples \+ validation_samples = 11000/);
    expect((await bad({ backend: 'tensorflow' })).message).toMatch(/^fit: backend tensorflow unavailable: @tensorflow\/tfjs-node is not installed/);
  });

  it('honours sgd with a learning rate and sparse labels', async () => {
    const r = await runFit(spec, [[28, 28]], { ...cfg, optimizer: 'sgd', learning_rate: 0.1, loss: 'sparse_categorical_crossentropy' }, () => {});
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(r.accuracy).toBeGreaterThan(0.5);
  });
});
