import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeSpec } from '../src/keras/measure.js';
import { flopsOf } from '../src/core/conventions.js';
import { addCounts, big, type Counts } from '../src/core/counts.js';
import { activationCounts } from '../src/core/ops/activation.js';
import { normalizeModel } from '../src/keras/normalize.js';
import type { ModelReport, Shape } from '../src/report/types.js';

/**
 * The `tf-profiler` convention against TensorFlow 2.21's own profiler (keras-flops' method:
 * the TF1 profiler on the frozen batch-1 graph of Keras 3.15.1's TF backend), for every
 * one-layer and one-operation model of __tests__/data/tf-profiler: layers.json holds each
 * case's Keras params, the output shapes TF ran and TF's total, models.json.gz the exact
 * model.to_json() text, which flopgate reads as any Keras model JSON. registry.md says what
 * TF counts and how; docs/conventions.md how the convention derives from it.
 *
 * Every case must equal TF exactly, params and output shapes included. Two kinds of layer
 * keep flopgate's documented full count instead, asserted here by their formula (from
 * docs/conventions.md's layer table), and never below TF's.
 */

interface Case {
  id: string;
  kind: 'layer' | 'op';
  class: string;
  config: Record<string, unknown>;
  inputs: number[][];
  outputs: number[][];
  outputs_have_no_batch_axis?: boolean;
  params: number;
  tf: number | null;
  tf_error?: string;
  tf_unfrozen?: number;
}

const DIR = new URL('./data/tf-profiler/', import.meta.url);
const data: { about: Record<string, unknown>; cases: Case[] } = JSON.parse(readFileSync(new URL('layers.json', DIR), 'utf8'));
const models: Record<string, string> = JSON.parse(gunzipSync(readFileSync(new URL('models.json.gz', DIR))).toString('utf8'));

type Config = Record<string, unknown>;
/** An activation's primitive counts over n elements (the core's table, tested in conventions.test.ts). */
const actTf = (name: unknown, n: bigint): Counts => activationCounts(typeof name === 'string' ? name : 'linear', n);

/**
 * One step of a recurrent cell over `samples` rows of input width `i` (docs/conventions.md):
 *   SimpleRNN  mac H (I + H), bias H, add H, act(H)
 *   GRU        mac 3H (I + H), bias 6H (reset_after, the default) or 3H, add 4H, mul 3H, sub H,
 *              recurrent act(2H), act(H)
 *   LSTM       mac 4H (I + H), bias 4H, add 5H, mul 3H, recurrent act(3H), act(2H)
 * per row; bias only with use_bias. Returns the counts and the cell's units.
 */
function cellStep(className: string, c: Config, i: number, samples: bigint): { counts: Counts; units: number } {
  const h = c.units as number;
  const hb = samples * BigInt(h);
  const mac = (gates: number) => samples * big(gates, h, i + h);
  const useBias = c.use_bias !== false;
  const act = c.activation ?? 'tanh';
  const rec = c.recurrent_activation ?? 'sigmoid';
  const kind = className.replace(/Cell$/, '');
  const counts: Counts = {};
  if (kind === 'SimpleRNN') {
    addCounts(counts, { mac: mac(1), add: hb, ...(useBias ? { bias: hb } : {}) });
    addCounts(counts, actTf(act, hb));
  } else if (kind === 'GRU') {
    addCounts(counts, { mac: mac(3), add: 4n * hb, mul: 3n * hb, sub: hb, ...(useBias ? { bias: (c.reset_after === false ? 3n : 6n) * hb } : {}) });
    addCounts(counts, actTf(rec, 2n * hb));
    addCounts(counts, actTf(act, hb));
  } else if (kind === 'LSTM') {
    addCounts(counts, { mac: mac(4), add: 5n * hb, mul: 3n * hb, ...(useBias ? { bias: 4n * hb } : {}) });
    addCounts(counts, actTf(rec, 3n * hb));
    addCounts(counts, actTf(act, 2n * hb));
  } else throw new Error(`no formula for cell ${className}`);
  return { counts, units: h };
}

/** A recurrent layer (or RNN of cells) over [T, I] inputs at batch 1: every step of every cell. */
function recurrentCounts(className: string, c: Config, input: number[]): { counts: Counts; units: number } {
  const [t, i] = input;
  if (className === 'RNN') {
    const cell = c.cell as { class_name: string; config: Config };
    const cells = cell.class_name === 'StackedRNNCells' ? (cell.config.cells as { class_name: string; config: Config }[]) : [cell];
    const counts: Counts = {};
    let width = i;
    for (const k of cells) {
      const step = cellStep(k.class_name, k.config, width, 1n);
      addCounts(counts, step.counts, BigInt(t));
      width = step.units;
    }
    return { counts, units: width };
  }
  const step = cellStep(className, c, i, 1n);
  return { counts: addCounts({}, step.counts, BigInt(t)), units: step.units };
}

/** Output length of a window along an axis (valid or same padding, Keras' formulas). */
const windowLen = (len: number, k: number, s: number, padding: unknown) => (padding === 'same' ? Math.ceil(len / s) : Math.floor((len - k) / s) + 1);

/**
 * ConvLSTM1D/2D/3D over [T, spatial..., C] at batch 1, per step: the input and recurrent
 * convolutions of four gates, mac = P x 4F x k x (C + F) over the P output positions; the rest
 * as LSTM on P x F units.
 */
function convLstmCounts(c: Config, input: number[]): Counts {
  const [t, ...rest] = input;
  const spatial = rest.slice(0, -1);
  const ch = rest[rest.length - 1];
  const f = c.filters as number;
  const k = c.kernel_size as number[];
  const s = c.strides as number[];
  const p = big(...spatial.map((len, a) => windowLen(len, k[a], s[a], c.padding)));
  const pf = p * BigInt(f);
  const counts: Counts = { mac: pf * big(4, ...k, ch + f), add: 5n * pf, mul: 3n * pf, ...(c.use_bias !== false ? { bias: 4n * pf } : {}) };
  addCounts(counts, actTf(c.recurrent_activation ?? 'sigmoid', 3n * pf));
  addCounts(counts, actTf(c.activation ?? 'tanh', 2n * pf));
  return addCounts({}, counts, BigInt(t));
}

/** Bidirectional: both directions, then the merge (sum: add, mul: mul, ave: add and div per output element). */
function bidirectionalCounts(c: Config, input: number[]): Counts {
  const fwd = c.layer as { class_name: string; config: Config };
  const bwd = (c.backward_layer as { class_name: string; config: Config } | undefined) ?? fwd;
  const f = recurrentCounts(fwd.class_name, fwd.config, input);
  const counts = addCounts(addCounts({}, f.counts), recurrentCounts(bwd.class_name, bwd.config, input).counts);
  const out = BigInt(f.units) * (fwd.config.return_sequences === true ? BigInt(input[0]) : 1n);
  const merge = c.merge_mode;
  if (merge === 'sum') addCounts(counts, { add: out });
  if (merge === 'mul') addCounts(counts, { mul: out });
  if (merge === 'ave') addCounts(counts, { add: out, div: out });
  return counts;
}

/**
 * MultiHeadAttention at batch 1 (P positions of the query/value without features, L the
 * attended length, N heads): mac = Pq dq N Kd + Pk dk N Kd + Pv dv N Vd + Pq Lv N (Kd + Vd) +
 * Pq N Vd out; bias = Pq N Kd + Pv N Kd + Pv N Vd + Pq out; the 1/sqrt(Kd) scaling of the
 * Pq Lv N scores (Keras' fused path: rank-3 query, no dropout, no scores returned), else of the
 * Pq N Kd projected query; softmax over Pq Lv N scores; use_gate a sigmoid-gated projection.
 */
function mhaCounts(c: Config, inputs: number[][], returnScores: boolean): Counts {
  const [q, v, k = v] = inputs;
  const n = big(c.num_heads as number);
  const kd = big(c.key_dim as number);
  const vd = big((c.value_dim as number | null) ?? (c.key_dim as number));
  const middle = q.slice(0, -1).map((_, i) => i + 1);
  const axes = (c.attention_axes as number[] | null) ?? middle;
  const pq = big(...q.slice(0, -1));
  const pv = big(...v.slice(0, -1));
  const lv = big(...axes.map((a) => v[a - 1]));
  const [dq, dv, dk] = [q[q.length - 1], v[v.length - 1], k[k.length - 1]];
  const out = big(...((c.output_shape as number[] | null) ?? [dq]));
  const fused = q.length === 2 && !returnScores && c.dropout === 0;
  const counts: Counts = {
    mac: pq * big(dq) * n * kd + pv * big(dk) * n * kd + pv * big(dv) * n * vd + pq * lv * n * (kd + vd) + pq * n * vd * out,
    mul: fused ? pq * lv * n : pq * n * kd,
    softmax: pq * lv * n,
  };
  if (c.use_bias !== false) addCounts(counts, { bias: pq * n * kd + pv * n * kd + pv * n * vd + pq * out });
  if (c.use_gate === true) addCounts(counts, { mac: pq * big(dq) * n * vd, sigmoid: pq * n * vd, mul: pq * n * vd, ...(c.use_bias !== false ? { bias: pq * n * vd } : {}) });
  return counts;
}

/**
 * GroupQueryAttention at batch 1 over query [Tq, dq], value [Tv, dv], key [Tv, dk]:
 * mac = Tq dq Nq Hd + Tv dk Nkv Hd + Tv dv Nkv Hd + 2 Nq Tq Tv Hd + Tq Nq Hd dq; the scaling of
 * the Nq Tq Tv scores (no dropout, no scores returned) or of the Tq Nq Hd query; softmax over
 * the scores; bias = Tq Nq Hd + 2 Tv Nkv Hd + Tq dq; the repeat of key and value to Nq heads
 * computes two lengths (shape 2).
 */
function gqaCounts(c: Config, inputs: number[][], returnScores: boolean): Counts {
  const [q, v, k = v] = inputs;
  const [tq, dq] = q;
  const [tv, dv] = v;
  const dk = k[1];
  const [hd, nq, nkv] = [big(c.head_dim as number), big(c.num_query_heads as number), big(c.num_key_value_heads as number)];
  const scores = big(tq, tv) * nq;
  const counts: Counts = {
    mac: big(tq, dq) * nq * hd + big(tv, dk) * nkv * hd + big(tv, dv) * nkv * hd + 2n * scores * hd + big(tq) * nq * hd * big(dq),
    mul: !returnScores && c.dropout === 0 ? scores : big(tq) * nq * hd,
    softmax: scores,
    shape: 2n,
  };
  if (c.use_bias !== false) addCounts(counts, { bias: big(tq) * nq * hd + 2n * big(tv) * nkv * hd + big(tq, dq) });
  if (c.use_gate === true) addCounts(counts, { mac: big(tq, dq) * nq * hd, sigmoid: big(tq) * nq * hd, mul: big(tq) * nq * hd, ...(c.use_bias !== false ? { bias: big(tq) * nq * hd } : {}) });
  return counts;
}

const RECURRENT = new Set(['SimpleRNN', 'GRU', 'LSTM', 'RNN', 'Bidirectional', 'ConvLSTM1D', 'ConvLSTM2D', 'ConvLSTM3D']);
const ATTENTION = new Set(['MultiHeadAttention', 'GroupQueryAttention', 'GroupedQueryAttention']);

/**
 * The layers whose tf-profiler count is flopgate's documented full count, not TF's: the rule
 * (as the test names it) and the formula's counts.
 */
function exemption(c: Case, kwargs: Config): { rule: string; counts: Counts } | undefined {
  const scores = kwargs.return_attention_scores === true;
  if (RECURRENT.has(c.class)) {
    const counts = c.class === 'Bidirectional' ? bidirectionalCounts(c.config, c.inputs[0]) : c.class.startsWith('ConvLSTM') ? convLstmCounts(c.config, c.inputs[0]) : recurrentCounts(c.class, c.config, c.inputs[0]).counts;
    return { rule: "recurrent: full count (every step of every gate); TF's frozen While loop counts one step's input side", counts };
  }
  if (ATTENTION.has(c.class)) {
    const counts = c.class === 'MultiHeadAttention' ? mhaCounts(c.config, c.inputs, scores) : gqaCounts(c.config, c.inputs, scores);
    return { rule: 'attention: full count (every projection and both attention products); TF leaves its Einsum nodes uncounted', counts };
  }
  return undefined;
}

/**
 * Cases TF could not freeze (tf null): Keras 3.6+'s random augmentations draw their random
 * transformation even at inference, through a SeedGenerator whose state they assign, and
 * convert_variables_to_constants_v2 cannot freeze an assignment. The transformation is a few
 * scalars per batch (the unfrozen graph's tf_unfrozen FLOPs: the seed state's update and the
 * sampled parameters), and the layer then returns its input unchanged: flopgate counts the
 * layer, identity at inference, as 0, and no figure of TF's profiler on a frozen graph exists.
 */
const UNFROZEN_WHY = 'random augmentation: identity at inference, its unfrozen FLOPs the SeedGenerator update and sampled parameters of a transformation it does not apply';

const cache = new Map<string, ModelReport>();
function measure(c: Case): ModelReport {
  if (!cache.has(c.id)) cache.set(c.id, analyzeSpec(normalizeModel(JSON.parse(models[c.id]), c.id), 'keras', c.id, { convention: 'tf-profiler', batchSize: 1 }));
  return cache.get(c.id)!;
}

/** The model's output tensors' shapes, in output_layers order, from its rows. */
function outputShapes(c: Case, r: ModelReport): Shape[] {
  const cfg = (JSON.parse(models[c.id]) as { config: { output_layers: unknown[] } }).config;
  const raw = cfg.output_layers;
  const refs = (typeof raw[0] === 'string' ? [raw] : raw) as [string, number, number][];
  return refs.map(([name, , index]) => {
    const row = r.layers.find((l) => l.name === name);
    if (!row) throw new Error(`${c.id}: no row for output ${name}`);
    const shapes = Array.isArray(row.output_shape[0]) ? (row.output_shape as Shape[]) : [row.output_shape as Shape];
    return shapes[index];
  });
}

/** The call kwargs of the case's (first) non-input node, where return_attention_scores is. */
function kwargsOf(c: Case): Config {
  const layers = (JSON.parse(models[c.id]) as { config: { layers: { class_name: string; inbound_nodes: { kwargs?: Config }[] }[] } }).config.layers;
  return layers.find((l) => l.class_name !== 'InputLayer')?.inbound_nodes[0]?.kwargs ?? {};
}

describe('the reference data', () => {
  it('holds every case of layers.json in models.json.gz, TF 2.21 and Keras 3.15.1', () => {
    expect(data.about.tensorflow).toBe('2.21.0');
    expect(data.about.keras).toBe('3.15.1');
    expect(data.cases.length).toBe(742);
    for (const c of data.cases) expect([c.id, typeof models[c.id]]).toEqual([c.id, 'string']);
  });
});

describe('tf-profiler equals TF 2.21 for every layer and operation of the catalogue', () => {
  it.each(data.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = measure(c);
    expect(r.unknown).toEqual([]);
    expect(r.params).toEqual(c.params);
    const shapes = outputShapes(c, r).map((s) => (c.outputs_have_no_batch_axis ? s : s.slice(1)));
    expect(shapes).toEqual(c.outputs);
    const exempt = exemption(c, kwargsOf(c));
    if (c.tf === null) {
      // TF could not freeze the graph: flopgate's figure is the layer's, 0 (UNFROZEN_WHY).
      expect([c.id, UNFROZEN_WHY, c.class, c.tf_error, r.flops]).toEqual([c.id, UNFROZEN_WHY, expect.stringMatching(/^Random|^MixUp$/), expect.stringContaining('AssignVariableOp'), 0n]);
    } else if (exempt) {
      expect([c.id, exempt.rule, r.flops]).toEqual([c.id, exempt.rule, flopsOf(exempt.counts, 'tf-profiler')]);
      expect(r.flops >= BigInt(c.tf)).toBe(true);
    } else {
      expect([c.id, r.flops]).toEqual([c.id, BigInt(c.tf)]);
    }
  });

  it('counts the figures: exact, documented full counts, unfrozen', () => {
    let exact = 0;
    let exempt = 0;
    let unfrozen = 0;
    for (const c of data.cases) {
      if (c.tf === null) unfrozen++;
      else if (exemption(c, kwargsOf(c))) exempt++;
      else {
        expect(measure(c).flops).toEqual(BigInt(c.tf));
        exact++;
      }
    }
    expect({ exact, exempt, unfrozen }).toEqual({ exact: 663, exempt: 72, unfrozen: 7 });
  });

  it('the exempt layers equal TF where the frozen graph holds all of their work', () => {
    // One step, no recurrent input yet counted by TF: a recurrent layer's figure is always above.
    // Attention with scores returned runs its products as BatchMatMulV2, which TF counts.
    const scores = data.cases.find((c) => c.id === 'MultiHeadAttention/scores')!;
    expect(measure(scores).flops).toEqual(BigInt(scores.tf!));
    const gqa = data.cases.find((c) => c.id === 'GroupedQueryAttention/scores')!;
    expect(measure(gqa).flops).toEqual(BigInt(gqa.tf!));
  });
});
