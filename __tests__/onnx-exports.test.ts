import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../src/analyze.js';

/**
 * ONNX files as PyTorch users export them today: timm, transformers and torch.nn models, each
 * exported by torch 2.x's dynamo exporter and by the legacy TorchScript one (graph only: the
 * weights were external data, deleted). scripts/make-onnx-regression.py made them and recorded
 * in references.json what PyTorch itself says: FlopCounterMode's MACs and the parameters of
 * `model.parameters()`. flopgate must give those figures, or differ by an amount explained
 * below; a row that fails without an entry here is a flopgate bug.
 */

const DIR = fileURLToPath(new URL('./data/onnx-exports/', import.meta.url));

interface Reference {
  file: string | null;
  intended_file?: string;
  model: string;
  exporter: 'dynamo' | 'legacy';
  macs: number;
  params: number;
  flopcounter_flops: number;
  flopcounter_per_op: Record<string, number>;
  batchnorm_channels: number;
  producer_name: string;
  producer_version: string;
  export_error?: string;
}

const references = JSON.parse(readFileSync(join(DIR, 'references.json'), 'utf8')) as { versions: Record<string, string>; models: Reference[] };
const exported = references.models.filter((m): m is Reference & { file: string } => m.file !== null);

/**
 * Why a figure differs, and by how much (flopgate minus the reference), each checked against
 * the graph (which initializers, which nodes):
 * - exporter: the file does not hold what the PyTorch model holds;
 * - reference: FlopCounterMode misses arithmetic the graph really does;
 * - convention: both are right by their own documented rule.
 */
interface Difference {
  kind: 'exporter' | 'reference' | 'convention';
  diff: number;
  reason: string;
}

// Pieces that several dynamo exports share.
const SCALARS = 'float scalar constants (attention scale, GELU and mask-fill values) written as one-element initializers, which look like weights';
const POSITIONS = 'with static input shapes the position ids are constants, so the position-embedding Gather is folded into a [1, seq, dim] initializer and the [max_positions, dim] table is gone';
const BN_FOLD = 'BatchNormalization folded into the Conv (rewrite rule FuseBatchNormIntoConv) under the Conv weight\'s own name: the BN shift survives as the Conv bias, its scale (one per channel, = -batchnorm_channels) is gone';
const TIED = 'tied embeddings written twice: the LM head\'s MatMul gets a transposed copy of the token embedding [dim, vocab] as an initializer of its own';
const SHARED_PER_USE = 'the weight of a Linear that is called several times is transposed and constant-folded once per call, each copy a distinct initializer with no link to the others';

const KNOWN: Record<string, { macs?: Difference; params?: Difference }> = {
  'resnet18.dynamo.onnx': { params: { kind: 'exporter', diff: -4_800, reason: BN_FOLD } },
  'mobilenetv3_small_100.dynamo.onnx': { params: { kind: 'exporter', diff: -6_056, reason: BN_FOLD } },
  'efficientnet_b0.dynamo.onnx': { params: { kind: 'exporter', diff: -21_008, reason: BN_FOLD } },
  'tf_efficientnet_b0.dynamo.onnx': { params: { kind: 'exporter', diff: -21_008, reason: BN_FOLD } },
  'regnetx_002.dynamo.onnx': { params: { kind: 'exporter', diff: -10_424, reason: BN_FOLD } },
  'vit_tiny.dynamo.onnx': { params: { kind: 'exporter', diff: 1, reason: `1 ${SCALARS}` } },
  'deit_tiny_distilled.dynamo.onnx': { params: { kind: 'exporter', diff: 2, reason: `2 ${SCALARS}` } },
  'swin_small_config.legacy.onnx': {
    params: {
      kind: 'exporter',
      diff: 31_248,
      reason: 'relative_position_bias_table[relative_position_index] constant-folded: each block holds a [heads, 49, 49] bias instead of its [169, heads] table, (2401 - 169) x (2 + 4 + 8) heads',
    },
  },
  'swin_small_config.dynamo.onnx': {
    params: { kind: 'exporter', diff: 31_249, reason: `relative-position bias folded as in the legacy export (+31,248), and 1 ${SCALARS}` },
  },
  'swin_t.legacy.onnx': {
    params: { kind: 'exporter', diff: 308_016, reason: 'relative-position bias folded per block: (2401 - 169) x 138 heads over Swin-T\'s 12 blocks' },
  },
  'bert.dynamo.onnx': { params: { kind: 'exporter', diff: -3_069, reason: `${POSITIONS} (16 x 64 - 64 x 64 = -3,072); 3 ${SCALARS}` } },
  'distilbert.dynamo.onnx': { params: { kind: 'exporter', diff: -3_069, reason: `${POSITIONS} (-3,072); 3 ${SCALARS}` } },
  'gpt2.dynamo.onnx': { params: { kind: 'exporter', diff: -3_064, reason: `${POSITIONS} (-3,072); 8 ${SCALARS}` } },
  'gpt2.legacy.onnx': { params: { kind: 'exporter', diff: 64_000, reason: `${TIED} (64 x 1000)` } },
  'albert.dynamo.onnx': {
    params: {
      kind: 'exporter',
      diff: 96_776,
      reason: `one layer shared 4 times: ${SHARED_PER_USE}, 3 extra copies of 32,768 (+98,304); ${POSITIONS} (16 x 32 - 64 x 32 = -1,536); 8 ${SCALARS}`,
    },
  },
  'deberta_v2.dynamo.onnx': {
    macs: {
      kind: 'convention',
      diff: -1_048_576,
      reason: 'key_proj and query_proj of the relative position embeddings (share_att_key) read only weights: FlopCounterMode counts them at every forward (2 per layer, 64 x 64 x 64 each), flopgate folds them as computed once at load, as ONNX runtimes do',
    },
    params: {
      kind: 'exporter',
      diff: 13_314,
      reason: `share_att_key: ${SHARED_PER_USE}, 1 extra copy of key_proj and query_proj per layer (+16,384); ${POSITIONS} (-3,072); 2 ${SCALARS}`,
    },
  },
  'deberta_v2.legacy.onnx': {
    macs: { kind: 'convention', diff: -1_048_576, reason: 'as deberta_v2.dynamo.onnx: weight-only position projections, folded at load' },
  },
  't5.dynamo.onnx': {
    params: {
      kind: 'exporter',
      diff: 772,
      reason: 'relative_attention_bias lookups folded into the position bias they give, [1, 2, 16, 16] for the encoder and [1, 2, 8, 8] with the causal mask for the decoder, instead of two [32, 2] tables (+512); the zero position bias of cross-attention as a [1, 2, 8, 16] initializer (+256); 4 ' + SCALARS,
    },
  },
  't5.legacy.onnx': { params: { kind: 'exporter', diff: 64_000, reason: `${TIED} (64 x 1000)` } },
  'bart.dynamo.onnx': {
    params: {
      kind: 'exporter',
      diff: -5_845,
      reason: `${POSITIONS}, encoder 16 and decoder 8 rows of 66 (-6,912); the causal mask as a [1, 1, 8, 8] initializer (+64); the final_logits_bias buffer [1, 1000] as an initializer (+1,000); 3 ${SCALARS}`,
    },
  },
  'bart.legacy.onnx': {
    params: { kind: 'exporter', diff: 65_000, reason: `${TIED} (+64,000); the final_logits_bias buffer [1, 1000] as an initializer (+1,000)` },
  },
  'wav2vec2.legacy.onnx': {
    params: { kind: 'exporter', diff: -64, reason: 'masked_spec_embed [64] is used only by training-time SpecAugment: not in the inference graph' },
  },
  'wav2vec2.dynamo.onnx': {
    params: {
      kind: 'exporter',
      diff: 12_484,
      reason: 'the all-ones attention mask folded into two [1, 1, 79, 79] additive masks (+12,482); GroupNorm as InstanceNormalization with a constant unit scale and zero bias of 32 each (+64); masked_spec_embed not in the graph (-64); 2 ' + SCALARS,
    },
  },
  'whisper.dynamo.onnx': {
    params: {
      kind: 'exporter',
      diff: -1_470,
      reason: `${POSITIONS} for the decoder (8 x 64 - 32 x 64 = -1,536); the causal mask as a [1, 1, 8, 8] initializer (+64); 2 ${SCALARS}`,
    },
  },
  'lstm_gru.dynamo.onnx': {
    params: {
      kind: 'exporter',
      diff: 352,
      reason: 'the zero initial states written as initializers feeding initial_h / initial_c: one [2, 2, 64] for both LSTM layers (+256) and [1, 2, 48] for the GRU (+96)',
    },
  },
  'bilinear.dynamo.onnx': {
    macs: {
      kind: 'reference',
      diff: 3_264,
      reason: 'FlopCounterMode has no formula for aten.bilinear (_trilinear) and counts 0; the graph is MatMul [2,16]x[16,96] (3,072) and MatMul [2,8,12]x[2,12,1] (192)',
    },
  },
};

/** Exports that fail: the error is recorded in references.json instead of a file. */
const FAILED_EXPORTS: Record<string, RegExp> = {
  'whisper.legacy.onnx': /aten::diff/,
  'bilinear.legacy.onnx': /aten::bilinear/,
};

/** Dynamo exports whose Convs absorbed every BatchNorm: the difference is the BN channels. */
const BN_FOLDED = ['resnet18', 'mobilenetv3_small_100', 'efficientnet_b0', 'tf_efficientnet_b0', 'regnetx_002'];

/** One analysis per file, shared by its MACs and params tests. */
const reports = new Map<string, ReturnType<typeof analyzeFile>>();
function reportOf(file: string) {
  if (!reports.has(file)) reports.set(file, analyzeFile(join(DIR, file), { convention: 'macs' }, file));
  return reports.get(file)!;
}

describe('ONNX exports of PyTorch models against FlopCounterMode and model.parameters()', () => {
  it('references.json lists every .onnx file of the folder, and nothing else', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.onnx')).sort();
    expect(exported.map((m) => m.file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it('each reference converts FlopCounterMode FLOPs to MACs at 2 per product, and its per-op breakdown adds up', () => {
    for (const m of references.models) {
      const ops = Object.values(m.flopcounter_per_op).reduce((a, b) => a + b, 0);
      expect(ops, m.model).toEqual(m.flopcounter_flops);
      expect(m.macs * 2, m.model).toEqual(m.flopcounter_flops);
    }
  });

  it('the exports that failed are the known ones, with their errors recorded', () => {
    const failed = references.models.filter((m) => m.file === null);
    expect(failed.map((m) => m.intended_file).sort()).toEqual(Object.keys(FAILED_EXPORTS).sort());
    for (const m of failed) expect(m.export_error).toMatch(FAILED_EXPORTS[m.intended_file!]);
  });

  it('every KNOWN row names an exported file and a non-zero difference', () => {
    const files = new Set(exported.map((m) => m.file));
    for (const [file, known] of Object.entries(KNOWN)) {
      expect(files.has(file), file).toBe(true);
      for (const d of [known.macs, known.params]) if (d) expect(d.diff, file).not.toEqual(0);
    }
  });

  it('a folded BatchNorm costs exactly its channels (the scale that no initializer holds)', () => {
    for (const model of BN_FOLDED) {
      const ref = exported.find((m) => m.model === model && m.exporter === 'dynamo')!;
      expect(ref.batchnorm_channels, model).toBeGreaterThan(0);
      expect(KNOWN[ref.file].params?.diff, model).toEqual(-ref.batchnorm_channels);
    }
  });

  for (const m of exported) {
    const known = KNOWN[m.file] ?? {};
    const macs = m.macs + (known.macs?.diff ?? 0);
    const params = m.params + (known.params?.diff ?? 0);
    it(`${m.file}: ${macs} MACs${known.macs ? ` (${m.macs} by FlopCounterMode, ${known.macs.kind})` : ''}`, async () => {
      const report = await reportOf(m.file);
      expect(report.lower_bound).toBe(false);
      expect(report.macs).toEqual(macs);
    });
    it(`${m.file}: ${params} params${known.params ? ` (${m.params} in PyTorch, ${known.params.kind})` : ''}`, async () => {
      const report = await reportOf(m.file);
      expect(report.params).toEqual(params);
      // The exporter, as the file names it: the artefacts above depend on which one wrote it.
      expect(report.producer).toBe(`${m.producer_name} ${m.producer_version}`);
    });
  }
});
