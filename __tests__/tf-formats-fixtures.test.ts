import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../src/analyze.js';

/**
 * The committed TensorFlow-format fixtures (scripts/make-tf-formats.py) against their
 * references.json: every file listed is there with the size recorded, the graph-model shards
 * hold exactly what their manifests list, and flopgate's Keras reader agrees with the reference
 * MACs and params on the .keras/.h5 of each model, the baseline the TFLite, SavedModel and
 * graph-model forms are to be measured against.
 */
const DIR = fileURLToPath(new URL('./data/tf-formats/', import.meta.url));

interface FileEntry {
  path: string;
  format: string;
  bytes: number;
  macs_from_file?: number | null;
  shards?: string[];
}
interface ModelEntry {
  params: number;
  macs: number;
  notebook_flops?: number;
  not_made?: Record<string, string>;
  files: FileEntry[];
}
const refs: { models: Record<string, ModelEntry> } = JSON.parse(readFileSync(join(DIR, 'references.json'), 'utf8'));
const models = Object.entries(refs.models);

function bytesOf(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesOf(join(path, name)), 0);
}

const DTYPE_BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1 };

describe('TF-format fixtures', () => {
  it('cover every form for the Keras models (or say why TF could not make one)', () => {
    for (const [name, m] of models) {
      if (name === 'tf_fused_batch_norm') continue;
      const paths = m.files.map((f) => f.path);
      for (const form of ['float32.tflite', 'int8.tflite', 'dynamic.tflite']) {
        const path = `${name}/${name}.${form}`;
        expect(paths.includes(path) || path in (m.not_made ?? {}), path).toBe(true);
      }
      expect(paths).toContain(`${name}/${name}.keras`);
      expect(paths).toContain(`${name}/graph_model`);
      expect(paths).toContain(`${name}/saved_model_export`);
    }
  });

  it.each(models)('%s: files are there with the recorded sizes', (_name, m) => {
    for (const f of m.files) expect(bytesOf(join(DIR, f.path)), f.path).toBe(f.bytes);
  });

  it.each(models)('%s: every MAC count read back from a written file equals the reference', (_name, m) => {
    for (const f of m.files) if (f.macs_from_file != null) expect(f.macs_from_file, f.path).toEqual(m.macs);
  });

  it.each(models)('%s: graph-model shards hold exactly the manifest entries, in order', (_name, m) => {
    for (const f of m.files.filter((x) => x.format === 'tfjs-graph-model')) {
      const json = JSON.parse(readFileSync(join(DIR, f.path, 'model.json'), 'utf8'));
      expect(json.format).toBe('graph-model');
      const [group] = json.weightsManifest;
      const listed = group.weights.reduce(
        (sum: number, w: { shape: number[]; dtype: string }) =>
          sum + w.shape.reduce((a, b) => a * b, 1) * DTYPE_BYTES[w.dtype],
        0,
      );
      const onDisk = group.paths.reduce((sum: number, p: string) => sum + bytesOf(join(DIR, f.path, p)), 0);
      expect(onDisk, f.path).toBe(listed);
    }
  });

  const kerasFiles = models.flatMap(([name, m]) =>
    m.files.filter((f) => f.format === 'keras' || f.format === 'h5').map((f) => [f.path, name] as const),
  );
  it.each(kerasFiles)('%s: flopgate macs and params equal the references', async (path, name) => {
    const m = refs.models[name];
    const report = await analyzeFile(join(DIR, path), { convention: 'macs' });
    expect(report.macs).toEqual(m.macs);
    expect(report.params).toEqual(m.params);
    if (m.notebook_flops !== undefined) {
      const nb = await analyzeFile(join(DIR, path), { convention: 'notebook' });
      expect(nb.flops).toEqual(m.notebook_flops);
    }
  });

  it('keep the seed notebook figures', () => {
    expect(refs.models.mlp_784_100_100_10.notebook_flops).toEqual(179050);
    expect(refs.models.mlp_784_50_50_10.notebook_flops).toEqual(84550);
  });
});
