import { big } from '../../core/counts.js';
import { fail, int, num, one, product } from './config.js';
import type { LayerRule } from './rule.js';

/**
 * Layers that keras.applications defines for its own architectures (registered, not in
 * keras.layers). Their computation is fixed by the application's source and fully given by
 * the config, so they are costed rather than left unknown.
 */

/**
 * LayerScale (ConvNeXt; keras_cv's has the same definition): x * gamma, gamma one weight
 * per channel of `projection_dim`. One multiplication per element.
 */
export const LayerScale: LayerRule = (call) => {
  const x = one(call);
  const dim = int(call, 'projection_dim');
  if (x[x.length - 1] !== dim) fail(call, `projection_dim ${dim} does not match the ${x[x.length - 1]} channels of its input`);
  return { outputs: [x], ops: { mul: big(product(x)) }, params: big(dim) };
};

/** StochasticDepth (ConvNeXt): drops residual paths in training only; identity at inference. */
export const StochasticDepth: LayerRule = (call) => {
  num(call, 'drop_path_rate', 0);
  return { outputs: [one(call)], ops: {}, params: 0n };
};

/**
 * CustomScaleLayer (InceptionResNetV2): inputs[0] + inputs[1] * scale, a multiplication and
 * an addition per element.
 */
export const CustomScaleLayer: LayerRule = (call) => {
  num(call, 'scale');
  if (call.inputs.length !== 2) fail(call, `expects 2 inputs, got ${call.inputs.length}`);
  const [x, r] = call.inputs;
  if (x.join() !== r.join()) fail(call, `inputs [${x.join(', ')}] and [${r.join(', ')}] differ`);
  const n = big(product(x));
  return { outputs: [x], ops: { mul: n, add: n }, params: 0n };
};
