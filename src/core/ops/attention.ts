/**
 * Attention: the projections, the two attention products (scores = Q K^T, context = scores V),
 * the scaling, the softmax and the output projection. Shapes are batch first; the attended
 * axes' product is the sequence length.
 */
import { addCounts, big, type Counts } from '../counts.js';
import { fault } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { fmt, size, tensor, type Tensor } from '../tensor.js';

/** query, value and key (key defaults to value) must agree on the batch and the attended axes. */
function checkQvk(q: Tensor, v: Tensor, k: Tensor): void {
  if (q.shape[0] !== v.shape[0] || k.shape[0] !== v.shape[0]) fault('query, value and key must have the same batch size');
  if (k.shape.length !== v.shape.length || k.shape.slice(0, -1).some((d, i) => d !== v.shape[i])) {
    fault(`key ${fmt(k.shape)} and value ${fmt(v.shape)} must agree on all but the last axis`);
  }
}

export interface MultiHeadSpec {
  heads: number;
  keyDim: number;
  valueDim: number;
  bias: boolean;
  /** Keras 3 use_gate: a sigmoid-gated projection of the query multiplies the context. */
  gate: boolean;
  /** Output feature dims (default: the query's features). */
  outDims?: readonly number[];
  /** Attended axes (default: every axis between batch and features). */
  attentionAxes?: readonly number[];
  /** Scale the scores (the fused path) rather than the projected query. */
  scaleScores: boolean;
  returnScores: boolean;
}

/**
 * Multi-head attention (Keras MultiHeadAttention): query/key/value projections to heads x
 * key_dim (value_dim for values), both attention products per head, the output projection:
 *   MACs = Pq dq N Kd + Pk dk N Kd + Pv dv N Vd       projections (P = positions incl. batch)
 *        + Pq Lv N Kd + Pq Lv N Vd                      attention products (L = attended length)
 *        + Pq N Vd out                                  output projection
 * plus a 1/sqrt(Kd) scaling (of Pq Lv N scores on the fused path, else of the Pq N Kd
 * projected query), a softmax over Pq Lv N scores, one bias add per projected element.
 */
export function multiHeadAttention(q: Tensor, v: Tensor, k: Tensor, s: MultiHeadSpec): OpResult {
  checkQvk(q, v, k);
  const qs = q.shape;
  if (qs.length < 3 || v.shape.length !== qs.length) fault(`query ${fmt(qs)} and value ${fmt(v.shape)} must have the same rank, at least 3`);
  const middle = Array.from({ length: qs.length - 2 }, (_, i) => i + 1);
  const att = s.attentionAxes ?? middle;
  if (att.some((a) => !middle.includes(a))) fault(`attention axes ${fmt(att)} must lie between the batch and the feature axis`);
  for (const a of middle) if (!att.includes(a) && qs[a] !== v.shape[a]) fault(`query and value differ on axis ${a}, which is not an attention axis`);
  const outDims = s.outDims ?? [qs[qs.length - 1]];
  const [dq, dv, dk] = [qs[qs.length - 1], v.shape[v.shape.length - 1], k.shape[k.shape.length - 1]];
  const pq = big(size(qs.slice(0, -1)));
  const pv = big(size(v.shape.slice(0, -1)));
  const lq = size(att.map((a) => qs[a]));
  const lv = big(size(att.map((a) => v.shape[a])));
  const out = big(size(outDims));
  const [n, kd, vd] = [big(s.heads), big(s.keyDim), big(s.valueDim)];
  const projections = pq * big(dq) * n * kd + pv * big(dk) * n * kd + pv * big(dv) * n * vd + pq * n * vd * out;
  const counts: Counts = { mac: projections + pq * lv * n * (kd + vd), mul: s.scaleScores ? pq * lv * n : pq * n * kd, softmax: pq * lv * n };
  let params = big(dq) * n * kd + big(dk) * n * kd + big(dv) * n * vd + n * vd * out;
  if (s.bias) {
    addCounts(counts, { bias: pq * n * kd + pv * n * kd + pv * n * vd + pq * out });
    params += 2n * n * kd + n * vd + out;
  }
  if (s.gate) {
    addCounts(counts, { mac: pq * big(dq) * n * vd, sigmoid: pq * n * vd, mul: pq * n * vd, ...(s.bias ? { bias: pq * n * vd } : {}) });
    params += big(dq) * n * vd + (s.bias ? n * vd : 0n);
  }
  const y = tensor([...qs.slice(0, -1), ...outDims], q.dtype);
  const outputs = s.returnScores ? [y, tensor([qs[0], s.heads, lq, Number(lv)], q.dtype)] : [y];
  return result(outputs, counts, params);
}

export interface GroupedQuerySpec {
  headDim: number;
  queryHeads: number;
  kvHeads: number;
  bias: boolean;
  gate: boolean;
  scaleScores: boolean;
  returnScores: boolean;
}

/**
 * Grouped-query attention (Keras GroupedQueryAttention) over query [B, Tq, dq], value
 * [B, Tv, dv], key [B, Tv, dk]: Nq query projections, Nkv key and value projections repeated
 * to Nq heads (a copy; tf.repeat computes each new length, one scalar Mul: `shape`), both
 * products per query head, the output projection back to dq:
 *   MACs = Pq dq Nq Hd + Pv dk Nkv Hd + Pv dv Nkv Hd + 2 B Nq Tq Tv Hd + Pq Nq Hd dq
 */
export function groupedQueryAttention(q: Tensor, v: Tensor, k: Tensor, s: GroupedQuerySpec): OpResult {
  checkQvk(q, v, k);
  if (q.shape.length !== 3 || v.shape.length !== 3) fault(`expects query and value of rank 3 [batch, time, features], got ${fmt(q.shape)} and ${fmt(v.shape)}`);
  if (s.queryHeads % s.kvHeads !== 0) fault(`num_query_heads ${s.queryHeads} must be a multiple of num_key_value_heads ${s.kvHeads}`);
  const [b, tq, dq] = q.shape;
  const [, tv, dv] = v.shape;
  const dk = k.shape[2];
  const [hd, nq, nkv] = [big(s.headDim), big(s.queryHeads), big(s.kvHeads)];
  const pq = big(b, tq);
  const pv = big(b, tv);
  const scores = big(b, tq, tv) * nq;
  const projections = pq * big(dq) * nq * hd + pv * big(dk) * nkv * hd + pv * big(dv) * nkv * hd + pq * nq * hd * big(dq);
  const counts: Counts = { mac: projections + 2n * scores * hd, mul: s.scaleScores ? scores : pq * nq * hd, softmax: scores, shape: 2n * big(b) };
  let params = big(dq) * nq * hd + big(dk) * nkv * hd + big(dv) * nkv * hd + nq * hd * big(dq);
  if (s.bias) {
    addCounts(counts, { bias: pq * nq * hd + 2n * pv * nkv * hd + pq * big(dq) });
    params += nq * hd + 2n * nkv * hd + big(dq);
  }
  if (s.gate) {
    addCounts(counts, { mac: pq * big(dq) * nq * hd, sigmoid: pq * nq * hd, mul: pq * nq * hd, ...(s.bias ? { bias: pq * nq * hd } : {}) });
    params += big(dq) * nq * hd + (s.bias ? nq * hd : 0n);
  }
  const y = tensor([b, tq, dq], q.dtype);
  return result(s.returnScores ? [y, tensor([b, s.queryHeads, tq, tv], q.dtype)] : [y], counts, params);
}

/**
 * Luong attention (Keras Attention) over query [B, Tq, d], value [B, Tv, dv], key [B, Tv, d]:
 * "dot" scores = Q K^T (B Tq Tv d MACs), times a learned scalar with use_scale; "concat"
 * scores = w * sum(tanh(q + k)) over d (an add, a tanh and a sum per term). Then a softmax over
 * the scores and context = scores V (B Tq Tv dv MACs). Additive (Bahdanau) attention is
 * "concat" with a d-wide learned scale (use_scale) instead of the scalar; without it Keras
 * multiplies by 1.0 all the same. A causal mask (Keras' use_causal_mask) is built per score:
 * two cumulative sums of ones (row and column indices), their comparison, its logical not, and
 * the masked scores less 1e9 (a subtraction, then a select).
 */
export function dotAttention(q: Tensor, v: Tensor, k: Tensor, s: { mode: 'dot' | 'concat' | 'additive'; scale: boolean; returnScores: boolean; causal?: boolean }): OpResult {
  checkQvk(q, v, k);
  if (q.shape.length !== 3) fault(`expects a query of rank 3 [batch, Tq, dim], got ${fmt(q.shape)}`);
  const [b, tq, d] = q.shape;
  const [, tv, dv] = v.shape;
  if (k.shape[k.shape.length - 1] !== d) fault(`query and key feature sizes differ (${d} and ${k.shape[k.shape.length - 1]})`);
  const sc = big(b, tq, tv);
  const counts: Counts = { mac: sc * big(dv), softmax: sc };
  let params = 0n;
  if (s.mode === 'dot') {
    addCounts(counts, { mac: sc * big(d), ...(s.scale ? { mul: sc } : {}) });
    params = s.scale ? 1n : 0n;
  } else if (s.mode === 'concat') {
    addCounts(counts, { add: sc * big(d), tanh: sc * big(d), sum: sc * big(d) - sc, mul: sc + (s.scale ? sc * big(d) : 0n) });
    params = 1n + (s.scale ? 1n : 0n);
  } else {
    addCounts(counts, { add: sc * big(d), tanh: sc * big(d), sum: sc * big(d) - sc, mul: sc * big(d) });
    params = s.scale ? big(d) : 0n;
  }
  if (s.causal) addCounts(counts, { cumsum: 2n * sc, compare: sc, logical: sc, sub: sc });
  const y = tensor([b, tq, dv], q.dtype);
  return result(s.returnScores ? [y, tensor([b, tq, tv], q.dtype)] : [y], counts, params);
}
