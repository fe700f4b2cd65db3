import { addCounts, big, type Counts } from '../../core/counts.js';
import { dense, einsum } from '../../core/ops/linear.js';
import { flatten2d } from '../../core/ops/layout.js';
import { shaped } from '../../core/tensor.js';
import { applyActivation } from './activations.js';
import { bool, fail, int, lookup, num, one, product, str } from './config.js';
import type { LayerCall, LayerResult, LayerRule } from './rule.js';

/** `use_bias` (Keras 2/3, tfjs) or `bias` (Keras 1). */
export const useBias = (call: LayerCall, dflt = true): boolean => bool(call, ['use_bias', 'bias'], dflt);

/** Dense (Keras 1 `output_dim`, `bias`): the core's dense product, then the activation. */
export const Dense: LayerRule = (call) => {
  const units = int(call, ['units', 'output_dim']);
  const r = dense(shaped(one(call)), units, useBias(call));
  const act = applyActivation(call, call.config.activation, [...r.outputs[0].shape], r.counts);
  return { outputs: [act.shape], ops: act.ops, params: r.params };
};

/**
 * EinsumDense: `equation` "ab,bc->ac" (optionally with "..." leading or trailing both the input
 * and the output), `output_shape` without the batch dimension (and without the elided
 * dimensions, or for a trailing "..." with them), `bias_axes` a string of output labels. Keras resolves an output dimension left
 * `null` from the input dimension of the same label; so do we. The product is the core's
 * einsum of the input and the kernel (whose shape the labels give); the bias adds once per
 * output element.
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
  if (elided < 0 || (elided > 0 && !left && !right)) fail(call, `equation "${eq}" does not fit an input of rank ${x.length}`);
  const rawOut = lookup(call, 'output_shape')?.[1];
  const given: (number | null)[] = typeof rawOut === 'number' ? [rawOut] : Array.isArray(rawOut) ? (rawOut as (number | null)[]) : [];
  if (!given.every((d) => d === null || (Number.isSafeInteger(d) && (d as number) >= 0))) {
    fail(call, `"output_shape" must be a list of integers, got ${JSON.stringify(rawOut)}`);
  }
  // Keras builds the full output shape batch first, the elided dims where the "..." is.
  const elidedNames = Array.from({ length: elided }, (_, i) => `…${i}`);
  let outShape: (number | null)[];
  let input: string[];
  let output: string[];
  if (left) {
    outShape = [...x.slice(0, elided), ...given];
    [input, output] = [[...elidedNames, ...inSpec], [...elidedNames, ...outSpec]];
  } else if (right) {
    // An output_shape may already hold the elided trailing dims ("ab...,bc->ac..." with
    // [7, 3]): Keras appends them to its declared shape once more, the einsum gives them once.
    const own = elided > 0 && given.length === outSpec.length - 1 + elided ? given.slice(0, given.length - elided) : given;
    outShape = [x[0], ...own, ...x.slice(x.length - elided)];
    [input, output] = [[...inSpec, ...elidedNames], [...outSpec, ...elidedNames]];
  } else {
    outShape = [x[0], ...given];
    [input, output] = [[...inSpec], [...outSpec]];
  }
  if (outShape.length !== output.length) fail(call, `"output_shape" ${JSON.stringify(rawOut)} does not fit the output "${outRaw}" of equation "${eq}"`);
  const size = new Map<string, number>();
  input.forEach((l, i) => size.set(l, x[i]));
  output.forEach((l, i) => {
    const d = outShape[i];
    const fromIn = size.get(l);
    if (d === null || d === undefined) {
      if (fromIn === undefined) fail(call, `output dimension "${l}" is neither given in output_shape nor an input dimension`);
      outShape[i] = fromIn;
    } else if (fromIn !== undefined && fromIn !== d) fail(call, `output dimension "${l}" is ${d} but the input has ${fromIn}`);
    else size.set(l, d);
  });
  for (const l of kernelRaw) if (!size.has(l)) fail(call, `kernel label "${l}" of equation "${eq}" is in neither the input nor the output`);
  const kernel = [...kernelRaw].map((l) => size.get(l) as number);
  // The product is the core's einsum of the equation as Keras runs it (ops.einsum), which also
  // decides whether TF runs it as a matrix product or as an Einsum node.
  const ein = einsum(eq, [shaped(x), shaped(kernel)]);
  const out = outShape as number[];
  if (ein.outputs[0].shape.join() !== out.join()) fail(call, `"output_shape" ${JSON.stringify(rawOut)} does not fit the output "${outRaw}" of equation "${eq}"`);
  const biasAxes = lookup(call, 'bias_axes')?.[1];
  let biasParams = 0n;
  const counts: Counts = { ...ein.counts };
  if (biasAxes !== undefined) {
    if (typeof biasAxes !== 'string') fail(call, `"bias_axes" must be a string of output labels`);
    for (const c of biasAxes) if (!outSpec.includes(c)) fail(call, `bias axis "${c}" is not an output label of "${eq}"`);
    biasParams = big(...[...biasAxes].map((c) => size.get(c) as number));
    addCounts(counts, { bias: big(product(out)) });
  }
  const act = applyActivation(call, call.config.activation, out, counts);
  return { outputs: [act.shape], ops: act.ops, params: big(...kernel) + biasParams };
};

export const Flatten: LayerRule = (call) => {
  const x = one(call);
  return { outputs: [[...flatten2d(shaped(x), 1).outputs[0].shape]], ops: {}, params: 0n };
};

export const Activation: LayerRule = (call) => {
  const act = applyActivation(call, call.config.activation, one(call));
  return { outputs: [act.shape], ops: act.ops, params: 0n };
};

/** Layers that only matter in training or only pass values through: identity at inference. */
export const identity: LayerRule = (call): LayerResult => ({ outputs: [one(call)], ops: {}, params: 0n });

/**
 * Embedding is a table lookup: no floating-point arithmetic (Keras wraps negative indices,
 * a compare and an add per index, counted as `index`). Weights input_dim x output_dim; the
 * output appends output_dim to the (integer) input shape.
 */
export const Embedding: LayerRule = (call) => {
  const x = one(call);
  const inputDim = int(call, 'input_dim');
  const outputDim = int(call, 'output_dim');
  return { outputs: [[...x, outputDim]], ops: { index: 2n * big(product(x)) }, params: big(inputDim, outputDim) };
};

/**
 * Masking zeroes the positions where every feature equals mask_value: one comparison per
 * element (Keras: not_equal, any, where; the select is no arithmetic).
 */
export const Masking: LayerRule = (call) => {
  const x = one(call);
  num(call, 'mask_value', 0);
  return { outputs: [x], ops: { compare: big(product(x)) }, params: 0n };
};
