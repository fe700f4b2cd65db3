import { dotAttention, groupedQueryAttention, multiHeadAttention } from '../../core/ops/attention.js';
import { normAxis } from '../../core/shape.js';
import { shaped, type Tensor } from '../../core/tensor.js';
import { bool, choice, fail, int, lookup, num } from './config.js';
import { fromCore, type LayerCall, type LayerRule } from './rule.js';

/**
 * Input order agreed with the graph walker: `inputs` holds the resolved shapes of query,
 * value and (optionally) key, in that order, whether the file passed them positionally
 * (Keras 2 `[query, value, key]`, Keras 3 `args`) or as Keras 3 call kwargs
 * (`query=`, `value=`, `key=`). A missing key is the value, as in Keras.
 */
function qvk(call: LayerCall): { q: Tensor; v: Tensor; k: Tensor } {
  const xs = call.inputs;
  if (xs.length < 2 || xs.length > 3) fail(call, `expects query, value and optionally key, got ${xs.length} inputs`);
  const [q, v, k = v] = xs;
  return { q: shaped(q), v: shaped(v), k: shaped(k) };
}

const wantsScores = (call: LayerCall): boolean => call.kwargs.return_attention_scores === true;

/**
 * MultiHeadAttention (Keras 2.4+ and 3). Keras 3 scales the scores when it can use its fused
 * dot_product_attention (rank-3 query, no dropout, no scores returned), else the projected query.
 */
export const MultiHeadAttention: LayerRule = (call) => {
  const { q, v, k } = qvk(call);
  const keyDim = int(call, 'key_dim');
  const rawOut = lookup(call, 'output_shape')?.[1];
  let outDims: number[] | undefined;
  if (typeof rawOut === 'number' && Number.isSafeInteger(rawOut) && rawOut > 0) outDims = [rawOut];
  else if (Array.isArray(rawOut) && rawOut.length > 0 && rawOut.every((d) => Number.isSafeInteger(d) && d > 0)) outDims = rawOut as number[];
  else if (rawOut !== undefined) fail(call, `"output_shape" must be an integer or a list of integers, got ${JSON.stringify(rawOut)}`);
  const rawAxes = lookup(call, 'attention_axes')?.[1];
  let attentionAxes: number[] | undefined;
  if (rawAxes !== undefined) {
    const list = typeof rawAxes === 'number' ? [rawAxes] : rawAxes;
    if (!Array.isArray(list) || !list.every((a) => Number.isSafeInteger(a))) fail(call, `"attention_axes" must be a list of axes, got ${JSON.stringify(rawAxes)}`);
    attentionAxes = (list as number[]).map((a) => normAxis(a, q.shape.length));
  }
  return fromCore(multiHeadAttention(q, v, k, {
    heads: int(call, 'num_heads'),
    keyDim,
    valueDim: int(call, 'value_dim', keyDim),
    bias: bool(call, 'use_bias', true),
    gate: bool(call, 'use_gate', false),
    outDims,
    attentionAxes,
    scaleScores: q.shape.length === 3 && num(call, 'dropout', 0) === 0 && !wantsScores(call),
    returnScores: wantsScores(call),
  }));
};

/** Attention (Luong; Keras 2.4+/3): score_mode dot or concat, use_scale. */
export const Attention: LayerRule = (call) => {
  const { q, v, k } = qvk(call);
  return fromCore(dotAttention(q, v, k, { mode: choice(call, 'score_mode', ['dot', 'concat'], 'dot'), scale: bool(call, 'use_scale', false), returnScores: wantsScores(call), causal: call.kwargs.use_causal_mask === true }));
};

/** AdditiveAttention (Bahdanau): a d-wide learned scale when use_scale (the default). */
export const AdditiveAttention: LayerRule = (call) => {
  const { q, v, k } = qvk(call);
  return fromCore(dotAttention(q, v, k, { mode: 'additive', scale: bool(call, 'use_scale', true), returnScores: wantsScores(call), causal: call.kwargs.use_causal_mask === true }));
};

/** GroupedQueryAttention (Keras 3; exported as GroupQueryAttention too). */
export const GroupedQueryAttention: LayerRule = (call) => {
  const { q, v, k } = qvk(call);
  return fromCore(groupedQueryAttention(q, v, k, {
    headDim: int(call, 'head_dim'),
    queryHeads: int(call, 'num_query_heads'),
    kvHeads: int(call, 'num_key_value_heads'),
    bias: bool(call, 'use_bias', true),
    gate: bool(call, 'use_gate', false),
    scaleScores: num(call, 'dropout', 0) === 0 && !wantsScores(call),
    returnScores: wantsScores(call),
  }));
};
