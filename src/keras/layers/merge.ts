import { addCounts } from '../../core/counts.js';
import { variadic, binary } from '../../core/ops/elementwise.js';
import { batchDot, } from '../../core/ops/linear.js';
import { lpNorm } from '../../core/ops/norm.js';
import { concat as coreConcat } from '../../core/ops/select.js';
import { normAxis } from '../../core/shape.js';
import { shaped } from '../../core/tensor.js';
import { bool, fail, lookup, str } from './config.js';
import { fromCore, type LayerCall, type LayerResult, type LayerRule } from './rule.js';

function inputsAtLeast(call: LayerCall, n: number): number[][] {
  if (call.inputs.length < n) fail(call, `expects at least ${n} inputs, got ${call.inputs.length}`);
  return call.inputs;
}

/**
 * Element-wise merges fold the inputs pairwise, broadcasting as Keras 3 allows: k inputs cost
 * (k - 1) ops per output element; Average adds and then divides once per element.
 */
function merge(fn: 'add' | 'mul' | 'max' | 'min' | 'mean'): LayerRule {
  return (call) => fromCore(variadic(fn, inputsAtLeast(call, 2).map((s) => shaped(s))));
}

export const Add = merge('add');
export const Multiply = merge('mul');
export const Average = merge('mean');
export const Maximum = merge('max');
export const Minimum = merge('min');

export const Subtract: LayerRule = (call) => {
  const xs = inputsAtLeast(call, 2);
  if (xs.length !== 2) fail(call, `expects exactly 2 inputs, got ${xs.length}`);
  return fromCore(binary('sub', shaped(xs[0]), shaped(xs[1])));
};

function concatenate(call: LayerCall, key: string): LayerResult {
  const xs = inputsAtLeast(call, 1);
  const raw = lookup(call, key)?.[1] ?? -1;
  if (!Number.isSafeInteger(raw)) fail(call, `"${key}" must be an integer, got ${JSON.stringify(raw)}`);
  if (normAxis(raw as number, xs[0].length) === 0) fail(call, 'cannot concatenate over the batch axis');
  return fromCore(coreConcat(xs.map((s) => shaped(s)), raw as number));
}

/** Concatenate copies: no arithmetic. */
export const Concatenate: LayerRule = (call) => concatenate(call, 'axis');

function dotAxes(call: LayerCall, raw: unknown, ranks: [number, number]): [number, number] {
  const pair = typeof raw === 'number' ? [raw, raw] : raw;
  if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((a) => Number.isSafeInteger(a))) {
    return fail(call, `"axes" must be an integer or two integers, got ${JSON.stringify(raw)}`);
  }
  return [normAxis(pair[0] as number, ranks[0]), normAxis(pair[1] as number, ranks[1])];
}

/** Dot (batch_dot over `axes`); normalize=True L2-normalises both inputs first (cosine proximity). */
export const Dot: LayerRule = (call) => {
  const xs = call.inputs;
  if (xs.length !== 2) fail(call, `expects exactly 2 inputs, got ${xs.length}`);
  const [x, y] = xs.map((s) => shaped(s));
  const [a, b] = dotAxes(call, lookup(call, ['axes', 'dot_axes'])?.[1] ?? -1, [x.shape.length, y.shape.length]);
  const r = batchDot(x, y, a, b);
  if (bool(call, 'normalize', false)) addCounts(addCounts(r.counts, lpNorm(x, [a], 2).counts), lpNorm(y, [b], 2).counts);
  return fromCore(r);
};

/**
 * Keras 1 `Merge` layer: `mode` sum/mul/ave/max/concat/dot/cos, `concat_axis`, `dot_axes`.
 * Each mode is costed like the Keras 2 layer it became.
 */
export const Merge: LayerRule = (call) => {
  const mode = str(call, 'mode', 'sum');
  switch (mode) {
    case 'sum':
      return Add(call);
    case 'mul':
      return Multiply(call);
    case 'ave':
      return Average(call);
    case 'max':
      return Maximum(call);
    case 'concat':
      return concatenate(call, 'concat_axis');
    case 'dot':
      return Dot({ ...call, config: { axes: call.config.dot_axes ?? -1 } });
    case 'cos':
      return Dot({ ...call, config: { axes: call.config.dot_axes ?? -1, normalize: true } });
    default:
      return fail(call, `unsupported merge mode "${mode}"`);
  }
};
