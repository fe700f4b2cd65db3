import { addOps, type Op, type OpCounts } from '../../costs/ops.js';
import { bool, fail, lookup, normAxis, product, str } from './config.js';
import type { LayerCall, LayerResult, LayerRule } from './rule.js';

/** Numpy-style broadcast of the inputs' shapes, as Keras 3 merge layers allow. */
export function broadcast(call: LayerCall, shapes: number[][]): number[] {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    let d = 1;
    for (const s of shapes) {
      const v = s[s.length - rank + i] ?? 1;
      if (v === 1) continue;
      if (d !== 1 && v !== d) {
        fail(call, `cannot merge inputs of shapes ${shapes.map((x) => `[${x.join(', ')}]`).join(' and ')}`);
      }
      d = v;
    }
    out.push(d);
  }
  return out;
}

function inputsAtLeast(call: LayerCall, n: number): number[][] {
  if (call.inputs.length < n) fail(call, `expects at least ${n} inputs, got ${call.inputs.length}`);
  return call.inputs;
}

/**
 * Element-wise merges fold the inputs pairwise: k inputs cost (k - 1) ops per output element
 * (Keras adds/multiplies/compares them one after the other). Average adds and then divides
 * once per element.
 */
function elementwise(op: Op, finalDiv = false, exactlyTwo = false): LayerRule {
  return (call) => {
    const xs = inputsAtLeast(call, 2);
    if (exactlyTwo && xs.length !== 2) fail(call, `expects exactly 2 inputs, got ${xs.length}`);
    const out = broadcast(call, xs);
    const n = product(out);
    const ops: OpCounts = { [op]: (xs.length - 1) * n };
    if (finalDiv) addOps(ops, { div: n });
    return { outputs: [out], ops, params: 0 };
  };
}

export const Add = elementwise('add');
export const Subtract = elementwise('sub', false, true);
export const Multiply = elementwise('mul');
export const Average = elementwise('add', true);
export const Maximum = elementwise('max');
export const Minimum = elementwise('min');

function concat(call: LayerCall, key: string): LayerResult {
  const xs = inputsAtLeast(call, 1);
  const rank = xs[0].length;
  if (xs.some((s) => s.length !== rank)) fail(call, 'inputs to concatenate must have the same rank');
  const raw = lookup(call, key)?.[1] ?? -1;
  if (!Number.isSafeInteger(raw)) fail(call, `"${key}" must be an integer, got ${JSON.stringify(raw)}`);
  const axis = normAxis(call, raw as number, rank);
  if (axis === 0) fail(call, 'cannot concatenate over the batch axis');
  const out = [...xs[0]];
  out[axis] = 0;
  for (const s of xs) {
    s.forEach((d, i) => {
      if (i !== axis && d !== xs[0][i]) {
        fail(call, `cannot concatenate shapes ${xs.map((x) => `[${x.join(', ')}]`).join(' and ')} on axis ${axis}`);
      }
    });
    out[axis] += s[axis];
  }
  return { outputs: [out], ops: {}, params: 0 };
}

/** Concatenate copies: no arithmetic. */
export const Concatenate: LayerRule = (call) => concat(call, 'axis');

function dotAxes(call: LayerCall, raw: unknown, ranks: [number, number]): [number, number] {
  const pair = typeof raw === 'number' ? [raw, raw] : raw;
  if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((a) => Number.isSafeInteger(a))) {
    return fail(call, `"axes" must be an integer or two integers, got ${JSON.stringify(raw)}`);
  }
  const a = normAxis(call, pair[0] as number, ranks[0]);
  const b = normAxis(call, pair[1] as number, ranks[1]);
  if (a === 0 || b === 0) fail(call, 'cannot take a dot product over the batch axis');
  return [a, b];
}

/** L2 normalisation of one input along an axis (Dot normalize=True): x * min(rsqrt(sum(x^2)), 1/eps). */
function l2(x: number[], axis: number): OpCounts {
  const n = product(x);
  const rows = x[axis] === 0 ? 0 : n / x[axis];
  return { square: n, sum: n - rows, rsqrt: rows, min: rows, mul: n };
}

/**
 * Dot (batch_dot over `axes`): for every sample, a contraction over the paired axis. MACs =
 * batch x (other dims of x) x (other dims of y) x the contracted size. Output: x's dims
 * without its axis, then y's without batch and its axis; a vector result becomes [B, 1].
 * normalize=True L2-normalises both inputs first (cosine proximity).
 */
export const Dot: LayerRule = (call) => {
  const xs = call.inputs;
  if (xs.length !== 2) fail(call, `expects exactly 2 inputs, got ${xs.length}`);
  const [x, y] = xs;
  if (x[0] !== y[0]) fail(call, `inputs have different batch sizes ${x[0]} and ${y[0]}`);
  const [a, b] = dotAxes(call, lookup(call, ['axes', 'dot_axes'])?.[1] ?? -1, [x.length, y.length]);
  if (x[a] !== y[b]) fail(call, `cannot contract axis ${a} (size ${x[a]}) with axis ${b} (size ${y[b]})`);
  const xRest = x.filter((_, i) => i !== a && i !== 0);
  const yRest = y.filter((_, i) => i !== b && i !== 0);
  let out = [x[0], ...xRest, ...yRest];
  if (out.length === 1) out = [x[0], 1];
  const ops: OpCounts = { mac: x[0] * product(xRest) * product(yRest) * x[a] };
  if (bool(call, 'normalize', false)) addOps(addOps(ops, l2(x, a)), l2(y, b));
  return { outputs: [out], ops, params: 0 };
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
      return concat(call, 'concat_axis');
    case 'dot':
      return Dot({ ...call, config: { axes: call.config.dot_axes ?? -1 } });
    case 'cos':
      return Dot({ ...call, config: { axes: call.config.dot_axes ?? -1, normalize: true } });
    default:
      return fail(call, `unsupported merge mode "${mode}"`);
  }
};
