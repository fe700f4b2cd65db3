import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../src/analyze.js';
import type { Convention } from '../src/core/conventions.js';
import type { ModelReport, Shape } from '../src/report/types.js';

/**
 * Every Keras and TensorFlow.js layers model of the shared fixtures, measured through the
 * public entry point and compared with the figures in MANIFEST.json (computed independently
 * of flopgate) and with the per-layer shapes, MACs and params Keras itself reported.
 */
const FIX = fileURLToPath(new URL('../../shared/fixtures/', import.meta.url));
const present = existsSync(`${FIX}MANIFEST.json`);
if (!present) console.log(`keras-manifest: ${FIX}MANIFEST.json not found; fixture tests skipped`);

interface Entry {
  path: string;
  format: string;
  params: number;
  macs: number | null;
  notebook_flops: number | null;
  tf_profiler_flops?: number;
  tf_profiler_by_op?: Record<string, number>;
}

const manifest: { models: Entry[] } = present ? JSON.parse(readFileSync(`${FIX}MANIFEST.json`, 'utf8')) : { models: [] };
/** Keras (keras3/, keras-public/) and tfjs layers models: everything but ONNX and the tfjs graph model. */
const layersModels = manifest.models.filter((m) => !m.path.startsWith('onnx/') && m.format !== 'onnx' && !m.format.startsWith('graph-model'));

/**
 * TF's own count is not the arithmetic for recurrent layers (the while-loop body is costed
 * once, without its recurrent matmul) nor for MultiHeadAttention (the attention einsums are
 * not costed): flopgate counts every step and product. docs/conventions.md gives these figures.
 */
const TF_UNDERCOUNTS: Record<string, number> = { lstm_text: 1_753_769, transformer_block: 1_158_538 };
const undercount = (path: string): number | undefined => Object.entries(TF_UNDERCOUNTS).find(([k]) => path.includes(k))?.[1];

const cache = new Map<string, Promise<ModelReport>>();
function measure(path: string, convention: Convention, batchSize = 1): Promise<ModelReport> {
  const key = `${path}|${convention}|${batchSize}`;
  if (!cache.has(key)) cache.set(key, analyzeFile(FIX + path, { convention, batchSize }));
  return cache.get(key)!;
}

describe.skipIf(!present)('MANIFEST.json: Keras and tfjs layers models', () => {
  it('covers every Keras and tfjs layers model in the manifest', () => {
    expect(layersModels.length).toBeGreaterThanOrEqual(32);
    for (const prefix of ['keras3/', 'keras-public/', 'tfjs/']) expect(layersModels.some((m) => m.path.startsWith(prefix))).toBe(true);
    for (const m of layersModels) expect([m.path, typeof m.macs]).toEqual([m.path, 'number']);
  });

  it.each(layersModels.map((m) => [m.path, m] as const))('%s: macs and params exactly', async (_p, m) => {
    const r = await measure(m.path, 'macs');
    expect({ macs: r.macs, params: r.params, flops: r.flops, lower_bound: r.lower_bound }).toEqual({ macs: m.macs, params: m.params, flops: m.macs, lower_bound: false });
    expect(r.unknown).toEqual([]);
  });

  const withTf = layersModels.filter((m) => m.tf_profiler_flops !== undefined);
  it.each(withTf.map((m) => [m.path, m] as const))('%s: tf-profiler', async (_p, m) => {
    const r = await measure(m.path, 'tf-profiler');
    const ours = undercount(m.path);
    if (ours === undefined) expect(r.flops).toEqual(m.tf_profiler_flops);
    else {
      expect(r.flops).toEqual(ours);
      expect(r.flops).toBeGreaterThan(m.tf_profiler_flops as number);
    }
  });

  /**
   * Feed-forward models the manifest has no TF figure for: measured for this test with the
   * same method (TF 2.21 + Keras 3.15.1, TF1 profiler on the frozen batch-1 graph) on the model
   * rebuilt from the file's config.
   */
  const MEASURED_HERE: Record<string, number> = {
    'keras-public/dl4j_cnn1d_flatten.h5': 2_459_713,
    'keras-public/dl4j_wgan_discriminator.h5': 3_471_648,
    'keras-public/mlperf_tiny_streaming_wakeword_dscnn.h5': 1_672_466,
    'tfjs/abalone_mlp/model.json': 6_001,
    'tfjs/crepe_pitch/model.json': 73_736_136,
  };
  it.each(Object.entries(MEASURED_HERE).filter(([p]) => existsSync(FIX + p)))('%s: tf-profiler (measured here)', async (path, flops) => {
    expect((await measure(path, 'tf-profiler')).flops).toEqual(flops);
  });

  it('the transformer block differs from TF by exactly the two attention products', async () => {
    const m = layersModels.find((e) => e.path.includes('transformer_block') && e.tf_profiler_flops);
    if (!m) return;
    const r = await measure(m.path, 'tf-profiler');
    // QK^T and scores x V: 2 x (16 x 16 x 4 heads x 16) MACs, 2 FLOPs each
    expect(r.flops - BigInt(m.tf_profiler_flops as number)).toEqual(2 * 2 * 16 * 16 * 4 * 16);
  });

  const withNotebook = layersModels.filter((m) => m.notebook_flops !== null);
  it('notebook: 179,050 and 84,550 for every MLP form (.keras and .h5, Keras 3.3.3 and 3.15.1)', () => {
    expect(withNotebook.filter((m) => m.notebook_flops === 179050).map((m) => m.path.replace(/^keras3\/k3_\d+_\d+_/, '')).sort()).toEqual(
      expect.arrayContaining(['mlp_784_100_100_10.h5', 'mlp_784_100_100_10.keras', 'mlp_784_100_100_10_trained.keras']),
    );
    expect(withNotebook.filter((m) => m.path.endsWith('.h5')).length).toBeGreaterThanOrEqual(2);
    expect(withNotebook.some((m) => m.notebook_flops === 84550)).toBe(true);
  });
  it.each(withNotebook.map((m) => [m.path, m] as const))('%s: notebook', async (_p, m) => {
    expect((await measure(m.path, 'notebook')).flops).toEqual(m.notebook_flops);
  });

  it('batch size multiplies MACs and FLOPs, not params', async () => {
    for (const path of ['keras3/k3_15_1_cnn_functional.keras', 'keras-public/mlperf_tiny_resnet8_cifar10.h5']) {
      if (!existsSync(FIX + path)) continue;
      for (const c of ['macs', 'notebook', 'tf-profiler'] as const) {
        const [one, eight] = await Promise.all([measure(path, c), measure(path, c, 8)]);
        expect([path, c, eight.flops, eight.macs, eight.params]).toEqual([path, c, 8n * one.flops, 8n * one.macs, one.params]);
      }
    }
  });

  it('the tfjs graph model (from tfjs-examples) is measured: its float weights are its params', async () => {
    const g = manifest.models.find((m) => m.format.startsWith('graph-model'));
    if (!g) return;
    const r = await analyzeFile(FIX + g.path, { convention: 'macs' });
    // The manifest's count includes the three int32 axis constants, which are not weights.
    const doc = JSON.parse(readFileSync(FIX + g.path, 'utf8')) as { weightsManifest: { weights: { shape: number[]; dtype: string }[] }[] };
    const float = doc.weightsManifest.flatMap((w) => w.weights).filter((w) => w.dtype === 'float32').reduce((a, w) => a + w.shape.reduce((x, y) => x * y, 1), 0);
    expect([r.format, r.params, r.unknown]).toEqual(['tfjs-graph', BigInt(float), []]);
    expect(Number(r.params)).toBe(g.params - 3);
    // Its two _FusedMatMul layers, on a batch of 1.
    expect(r.macs).toBe(5600n);
  });
});

interface KerasRow {
  name: string;
  class: string;
  input_shapes: Shape[];
  output_shapes: Shape[];
  macs: number;
  params: number;
}

const PER_LAYER = `${FIX}keras3/per_layer/`;
const perLayer = present && existsSync(PER_LAYER)
  ? manifest.models.filter((m) => m.path.startsWith('keras3/')).map((m) => [m.path, `${PER_LAYER}${m.path.replace(/^keras3\//, '').replace(/\.(keras|h5)$/, '')}.layers.json`] as const).filter(([, f]) => existsSync(f))
  : [];

const bind = (s: Shape): number[] => s.map((d) => (d === null ? 1 : d));
const asList = (s: Shape | Shape[]): Shape[] => (s.length > 0 && Array.isArray(s[0]) ? (s as Shape[]) : s.length === 0 ? [] : [s as Shape]);

describe.skipIf(perLayer.length === 0)('keras3/per_layer: shapes, MACs and params per layer as Keras reported them', () => {
  it.each(perLayer)('%s', async (path, file) => {
    const rows: KerasRow[] = JSON.parse(readFileSync(file, 'utf8'));
    const r = await measure(path, 'macs');
    const ours = new Map(r.layers.map((l) => [l.name, l]));
    for (const k of rows) {
      const l = ours.get(k.name);
      expect([k.name, l?.type]).toEqual([k.name, k.class]);
      if (!l) continue;
      expect([k.name, asList(l.output_shape)]).toEqual([k.name, k.output_shapes.map(bind)]);
      if (k.class !== 'InputLayer') expect([k.name, asList(l.input_shape)]).toEqual([k.name, k.input_shapes.map(bind)]);
      expect([k.name, l.macs, l.params]).toEqual([k.name, k.macs, k.params]);
    }
    // and nothing measured that Keras did not report (apart from a Sequential's implicit input)
    for (const l of r.layers) expect([l.name, rows.some((k) => k.name === l.name)]).toEqual([l.name, true]);
  });
});
