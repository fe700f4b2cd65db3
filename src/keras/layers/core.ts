import { addOps, type OpCounts } from '../../costs/ops.js';
import { applyActivation } from './activations.js';
import { bool, fail, int, lookup, num, one, product, str } from './config.js';
import type { LayerCall, LayerResult, LayerRule } from './rule.js';

/** `use_bias` (Keras 2/3, tfjs) or `bias` (Keras 1). */
export const useBias = (call: LayerCall, dflt = true): boolean => bool(call, ['use_bias', 'bias'], dflt);

/**
 * Dense acts on the last axis: every leading position (batch included) is one
 * matrix-vector product of in x units MACs, plus one bias addition per output element.
 * Keras 1 wrote `output_dim` for `units` and `bias` for `use_bias`.
 */
export const Dense: LayerRule = (call) => {
  const x = one(call);
  if (x.length < 2) fail(call, `expects an input of rank 2 or more, got [${x.join(', ')}]`);
  const units = int(call, ['units', 'output_dim']);
  const inDim = x[x.length - 1];
  const rows = product(x.slice(0, -1));
  const bias = useBias(call);
  const act = applyActivation(call, call.config.activation, [...x.slice(0, -1), units]);
  const ops: OpCounts = { mac: rows * inDim * units, ...(bias ? { bias: rows * units } : {}) };
  addOps(ops, act.ops);
  return { outputs: [act.shape], ops, params: inDim * units + (bias ? units : 0) };
};

interface EinsumSpec {
  input: string[];
  kernel: string[];
  output: string[];
}

/**
 * EinsumDense: `equation` "ab,bc->ac" (optionally with "..." on the left or the right of the
 * input and output), `output_shape` without the batch dimension (and without the elided
 * dimensions), `bias_axes` a string of output labels. Keras resolves an output dimension left
 * `null` from the input dimension of the same label; so do we.
 * MACs = product of the sizes of every distinct label (each combination of indices is one
 * multiply-accumulate); weights = kernel labels' sizes, bias = bias labels' sizes.
 */
export const EinsumDense: LayerRule = (call) => {
  const x = one(call);
  const eq = str(call, 'equation').replace(/\s+/g, '');
  const m = /^([a-zA-Z.]+),([a-zA-Z]+)->([a-zA-Z.]+)$/.exec(eq);
  if (!m) fail(call, `cannot read equation "${eq}" (expected like "ab,bc->ac")`);
  const [inRaw, kernelRaw, outRaw] = [m[1], m[2], m[3]];
  const left = inRaw.startsWith('...') && outRaw.startsWith('...');
  const right = inRaw.endsWith('...') && outRaw.endsWith('...') && !left;
  const inSpec = inRaw.replace('...', '');
  const outSpec = outRaw.replace('...', '');
  if (/\./.test(inSpec) || /\./.test(outSpec) || ((inRaw.includes('...') || outRaw.includes('...')) && !left && !right)) {
    fail(call, `equation "${eq}": "..." must lead or trail both the input and the output`);
  }
  const elided = x.length - inSpec.length;
  if (elided < 0 || (elided > 0 && !left && !right)) {
    fail(call, `equation "${eq}" does not fit an input of rank ${x.length}`);
  }
  const rawOut = lookup(call, 'output_shape')?.[1];
  const given: (number | null)[] = typeof rawOut === 'number' ? [rawOut] : Array.isArray(rawOut) ? (rawOut as (number | null)[]) : [];
  if (!given.every((d) => d === null || (Number.isSafeInteger(d) && (d as number) >= 0))) {
    fail(call, `"output_shape" must be a list of integers, got ${JSON.stringify(rawOut)}`);
  }
  // Full output shape the way Keras builds it: batch first, elided dims where the "..." is.
  let outShape: (number | null)[];
  const elidedNames = Array.from({ length: elided }, (_, i) => `…${i}`);
  let spec: EinsumSpec;
  if (left) {
    outShape = [...x.slice(0, elided), ...given];
    spec = { input: [...elidedNames, ...inSpec], kernel: [...kernelRaw], output: [...elidedNames, ...outSpec] };
  } else if (right) {
    outShape = [x[0], ...given, ...x.slice(x.length - elided)];
    spec = { input: [...inSpec, ...elidedNames], kernel: [...kernelRaw], output: [...outSpec, ...elidedNames] };
  } else {
    outShape = [x[0], ...given];
    spec = { input: [...inSpec], kernel: [...kernelRaw], output: [...outSpec] };
  }
  if (outShape.length !== spec.output.length) {
    fail(call, `"output_shape" ${JSON.stringify(rawOut)} does not fit the output "${outRaw}" of equation "${eq}"`);
  }
  const size = new Map<string, number>();
  spec.input.forEach((l, i) => size.set(l, x[i]));
  spec.output.forEach((l, i) => {
    const d = outShape[i];
    const fromIn = size.get(l);
    if (d === null || d === undefined) {
      if (fromIn === undefined) fail(call, `output dimension "${l}" is neither given in output_shape nor an input dimension`);
      outShape[i] = fromIn;
    } else if (fromIn !== undefined && fromIn !== d) {
      fail(call, `output dimension "${l}" is ${d} but the input has ${fromIn}`);
    } else size.set(l, d);
  });
  for (const l of spec.kernel) {
    if (!size.has(l)) fail(call, `kernel label "${l}" of equation "${eq}" is in neither the input nor the output`);
  }
  const out = outShape as number[];
  const kernel = product(spec.kernel.map((l) => size.get(l) as number));
  const labels = new Set([...spec.input, ...spec.kernel]);
  const macs = product([...labels].map((l) => size.get(l) as number));
  const biasAxes = lookup(call, 'bias_axes')?.[1];
  let biasParams = 0;
  if (biasAxes !== undefined) {
    if (typeof biasAxes !== 'string') fail(call, `"bias_axes" must be a string of output labels`);
    for (const c of biasAxes) if (!outSpec.includes(c)) fail(call, `bias axis "${c}" is not an output label of "${eq}"`);
    biasParams = product([...biasAxes].map((c) => size.get(c) as number));
  }
  const act = applyActivation(call, call.config.activation, out);
  const ops: OpCounts = { mac: macs, ...(biasAxes ? { bias: product(out) } : {}) };
  addOps(ops, act.ops);
  return { outputs: [act.shape], ops, params: kernel + biasParams };
};

export const Flatten: LayerRule = (call) => {
  const x = one(call);
  return { outputs: [[x[0], product(x.slice(1))]], ops: {}, params: 0 };
};

export const Activation: LayerRule = (call) => {
  const x = one(call);
  const act = applyActivation(call, call.config.activation, x);
  return { outputs: [act.shape], ops: act.ops, params: 0 };
};

/** Layers that only matter in training or only pass values through: identity at inference. */
export const identity: LayerRule = (call): LayerResult => ({ outputs: [one(call)], ops: {}, params: 0 });

/**
 * Embedding is a table lookup: no floating-point arithmetic (Keras wraps negative indices,
 * a compare and an add per index, counted as `index`). Weights input_dim x output_dim; the
 * output appends output_dim to the (integer) input shape.
 */
export const Embedding: LayerRule = (call) => {
  const x = one(call);
  const inputDim = int(call, 'input_dim');
  const outputDim = int(call, 'output_dim');
  return { outputs: [[...x, outputDim]], ops: { index: 2 * product(x) }, params: inputDim * outputDim };
};

/**
 * Masking zeroes the positions where every feature equals mask_value: one comparison per
 * element (Keras: not_equal, any, where; the select is no arithmetic).
 */
export const Masking: LayerRule = (call) => {
  const x = one(call);
  num(call, 'mask_value', 0);
  return { outputs: [x], ops: { compare: product(x) }, params: 0 };
};
