import { addOps, type OpCounts } from '../../costs/ops.js';
import { bool, choice, fail, int, lookup, normAxis, num, product } from './config.js';
import type { LayerCall, LayerRule } from './rule.js';

/**
 * Input order agreed with the graph walker: `inputs` holds the resolved shapes of query,
 * value and (optionally) key, in that order, whether the file passed them positionally
 * (Keras 2 `[query, value, key]`, Keras 3 `args`) or as Keras 3 call kwargs
 * (`query=`, `value=`, `key=`). A missing key is the value, as in Keras.
 */
function qvk(call: LayerCall): { q: number[]; v: number[]; k: number[] } {
  const xs = call.inputs;
  if (xs.length < 2 || xs.length > 3) fail(call, `expects query, value and optionally key, got ${xs.length} inputs`);
  const [q, v, k = v] = xs;
  if (q[0] !== v[0] || k[0] !== v[0]) fail(call, 'query, value and key must have the same batch size');
  if (k.slice(0, -1).some((d, i) => d !== v[i])) fail(call, `key [${k.join(', ')}] and value [${v.join(', ')}] must agree on all but the last axis`);
  return { q, v, k };
}

const wantsScores = (call: LayerCall): boolean => call.kwargs.return_attention_scores === true;

/**
 * MultiHeadAttention (Keras 2.4+ and 3): query/key/value projections to num_heads x key_dim
 * (value_dim for values), the two attention products per head (scores = Q K^T, context =
 * scores V), and the output projection back to output_shape (default: the query's features).
 *   MACs = Pq dq N Kd + Pk dk N Kd + Pv dv N Vd       projections (P = positions incl. batch)
 *        + Pq Lv N Kd + Pq Lv N Vd                      attention products (L = attended length)
 *        + Pq N Vd out                                  output projection
 * plus a 1/sqrt(Kd) scaling, a softmax over Pq Lv N scores and one bias add per
 * projected element (use_bias). use_gate (Keras 3) adds a sigmoid-gated projection of the
 * query. attention_axes (default: every axis between batch and features) picks which axes
 * are attended over; the others act as more batch.
 */
export const MultiHeadAttention: LayerRule = (call) => {
  const { q, v, k } = qvk(call);
  const heads = int(call, 'num_heads');
  const kd = int(call, 'key_dim');
  const vd = int(call, 'value_dim', kd);
  const bias = bool(call, 'use_bias', true);
  const gate = bool(call, 'use_gate', false);
  const rawOut = lookup(call, 'output_shape')?.[1];
  let outDims: number[];
  if (rawOut === undefined) outDims = [q[q.length - 1]];
  else if (typeof rawOut === 'number' && Number.isSafeInteger(rawOut) && rawOut > 0) outDims = [rawOut];
  else if (Array.isArray(rawOut) && rawOut.length > 0 && rawOut.every((d) => Number.isSafeInteger(d) && d > 0)) outDims = rawOut as number[];
  else return fail(call, `"output_shape" must be an integer or a list of integers, got ${JSON.stringify(rawOut)}`);
  if (q.length < 3 || v.length !== q.length) fail(call, `query [${q.join(', ')}] and value [${v.join(', ')}] must have the same rank, at least 3`);
  const rawAxes = lookup(call, 'attention_axes')?.[1];
  const middle = Array.from({ length: q.length - 2 }, (_, i) => i + 1);
  let attAxes: number[];
  if (rawAxes === undefined) attAxes = middle;
  else {
    const list = typeof rawAxes === 'number' ? [rawAxes] : rawAxes;
    if (!Array.isArray(list) || !list.every((a) => Number.isSafeInteger(a))) fail(call, `"attention_axes" must be a list of axes, got ${JSON.stringify(rawAxes)}`);
    attAxes = (list as number[]).map((a) => normAxis(call, a, q.length));
    if (attAxes.some((a) => !middle.includes(a))) fail(call, `attention_axes ${JSON.stringify(rawAxes)} must lie between the batch and the feature axis`);
  }
  for (const a of middle) {
    if (!attAxes.includes(a) && q[a] !== v[a]) fail(call, `query and value differ on axis ${a}, which is not an attention axis`);
  }
  const [dq, dv, dk] = [q[q.length - 1], v[v.length - 1], k[k.length - 1]];
  const pq = product(q.slice(0, -1));
  const pv = product(v.slice(0, -1));
  const lq = product(attAxes.map((a) => q[a]));
  const lv = product(attAxes.map((a) => v[a]));
  const out = product(outDims);
  const projections = pq * dq * heads * kd + pv * dk * heads * kd + pv * dv * heads * vd + pq * heads * vd * out;
  const products = pq * lv * heads * (kd + vd);
  // Keras 3 scales the scores when it can use its fused dot_product_attention (rank-3 query,
  // no dropout, no scores returned), else the projected query.
  const fused = q.length === 3 && num(call, 'dropout', 0) === 0 && !wantsScores(call);
  const scaled = fused ? pq * lv * heads : pq * heads * kd;
  const ops: OpCounts = { mac: projections + products, mul: scaled, softmax: pq * lv * heads };
  let params = dq * heads * kd + dk * heads * kd + dv * heads * vd + heads * vd * out;
  if (bias) {
    addOps(ops, { bias: pq * heads * kd + pv * heads * kd + pv * heads * vd + pq * out });
    params += 2 * heads * kd + heads * vd + out;
  }
  if (gate) {
    addOps(ops, { mac: pq * dq * heads * vd, sigmoid: pq * heads * vd, mul: pq * heads * vd, ...(bias ? { bias: pq * heads * vd } : {}) });
    params += dq * heads * vd + (bias ? heads * vd : 0);
  }
  const y = [...q.slice(0, -1), ...outDims];
  const scores = [q[0], heads, lq, lv];
  return { outputs: wantsScores(call) ? [y, scores] : [y], ops, params };
};

/**
 * Attention (Luong; Keras 2.4+/3) over query [B, Tq, d], value [B, Tv, dv], key [B, Tv, d]:
 * score_mode "dot": scores = Q K^T (B Tq Tv d MACs), times a learned scalar if use_scale;
 * "concat": scores = w * sum(tanh(q + k)) over d (an add, a tanh and a sum per term);
 * softmax over the scores, context = scores V (B Tq Tv dv MACs). Weights: the scale (1) and
 * the concat score weight (1).
 */
export const Attention: LayerRule = (call) => {
  const { q, v, k } = qvk(call);
  if (q.length !== 3) fail(call, `expects query of rank 3 [batch, Tq, dim], got [${q.join(', ')}]`);
  const [b, tq, d] = q;
  const [, tv, dv] = v;
  if (k[k.length - 1] !== d) fail(call, `query and key feature sizes differ (${d} and ${k[k.length - 1]})`);
  const scale = bool(call, 'use_scale', false);
  const mode = choice(call, 'score_mode', ['dot', 'concat'], 'dot');
  const s = b * tq * tv;
  const ops: OpCounts = { mac: s * dv, softmax: s };
  let params = 0;
  if (mode === 'dot') {
    addOps(ops, { mac: s * d, ...(scale ? { mul: s } : {}) });
    params += scale ? 1 : 0;
  } else {
    addOps(ops, { add: s * d, tanh: s * d, sum: s * d - s, mul: s + (scale ? s * d : 0) });
    params += 1 + (scale ? 1 : 0);
  }
  const y = [b, tq, dv];
  return { outputs: wantsScores(call) ? [y, [b, tq, tv]] : [y], ops, params };
};

/**
 * AdditiveAttention (Bahdanau): scores = sum(scale * tanh(q + k)) over d (scale: d weights
 * when use_scale, the default), softmax, context = scores V (B Tq Tv dv MACs).
 */
export const AdditiveAttention: LayerRule = (call) => {
  const { q, v, k } = qvk(call);
  if (q.length !== 3) fail(call, `expects query of rank 3 [batch, Tq, dim], got [${q.join(', ')}]`);
  const [b, tq, d] = q;
  const [, tv, dv] = v;
  if (k[k.length - 1] !== d) fail(call, `query and key feature sizes differ (${d} and ${k[k.length - 1]})`);
  const scale = bool(call, 'use_scale', true);
  const s = b * tq * tv;
  const ops: OpCounts = { mac: s * dv, softmax: s, add: s * d, tanh: s * d, sum: s * d - s, ...(scale ? { mul: s * d } : {}) };
  const y = [b, tq, dv];
  return { outputs: wantsScores(call) ? [y, [b, tq, tv]] : [y], ops, params: scale ? d : 0 };
};

/**
 * GroupedQueryAttention (Keras 3; exported as GroupQueryAttention too) over query [B, Tq, dq],
 * value [B, Tv, dv], key [B, Tv, dk]: num_query_heads (Nq) query projections, num_key_value_heads
 * (Nkv) key and value projections repeated to Nq heads (a copy), both attention products per
 * query head, and the output projection back to dq. Scaling as MultiHeadAttention's: the scores
 * when Keras runs the fused dot_product_attention (no dropout, no scores returned), else the
 * projected query. use_gate: a sigmoid-gated query projection multiplies the context.
 *   MACs = Pq dq Nq Hd + Pv dk Nkv Hd + Pv dv Nkv Hd + B Nq Tq Tv Hd x 2 + Pq Nq Hd dq
 */
export const GroupedQueryAttention: LayerRule = (call) => {
  const { q, v, k } = qvk(call);
  if (q.length !== 3 || v.length !== 3) fail(call, `expects query and value of rank 3 [batch, time, features], got [${q.join(', ')}] and [${v.join(', ')}]`);
  const hd = int(call, 'head_dim');
  const nq = int(call, 'num_query_heads');
  const nkv = int(call, 'num_key_value_heads');
  if (nq % nkv !== 0) fail(call, `num_query_heads ${nq} must be a multiple of num_key_value_heads ${nkv}`);
  const bias = bool(call, 'use_bias', true);
  const gate = bool(call, 'use_gate', false);
  const [b, tq, dq] = q;
  const [, tv, dv] = v;
  const dk = k[2];
  const pq = b * tq;
  const pv = b * tv;
  const s = b * nq * tq * tv;
  const projections = pq * dq * nq * hd + pv * dk * nkv * hd + pv * dv * nkv * hd + pq * nq * hd * dq;
  const fused = num(call, 'dropout', 0) === 0 && !wantsScores(call);
  const ops: OpCounts = { mac: projections + 2 * s * hd, mul: fused ? s : pq * nq * hd, softmax: s };
  let params = dq * nq * hd + dk * nkv * hd + dv * nkv * hd + nq * hd * dq;
  if (bias) {
    addOps(ops, { bias: pq * nq * hd + 2 * pv * nkv * hd + pq * dq });
    params += nq * hd + 2 * nkv * hd + dq;
  }
  if (gate) {
    addOps(ops, { mac: pq * dq * nq * hd, sigmoid: pq * nq * hd, mul: pq * nq * hd, ...(bias ? { bias: pq * nq * hd } : {}) });
    params += dq * nq * hd + (bias ? nq * hd : 0);
  }
  const y = [b, tq, dq];
  return { outputs: wantsScores(call) ? [y, [b, nq, tq, tv]] : [y], ops, params };
};
