import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FileSource } from '../src/io/byte-source.js';
import { analyzeOnnx } from '../src/onnx/analyze.js';

const FIXTURES = fileURLToPath(new URL('../../shared/fixtures/', import.meta.url));
const present = existsSync(join(FIXTURES, 'MANIFEST.json'));
if (!present) console.warn(`NOTE: ${FIXTURES} is absent: the ONNX fixture tests are skipped`);

interface Entry {
  path: string;
  format: string;
  macs: number;
  params: number;
  notebook_flops: number | null;
}

const models: Entry[] = present
  ? (JSON.parse(readFileSync(join(FIXTURES, 'MANIFEST.json'), 'utf8')).models as Entry[]).filter((m) => m.format === 'onnx')
  : [];

async function analyze(path: string, convention: 'macs' | 'notebook') {
  const src = await FileSource.open(join(FIXTURES, path));
  try {
    const report = await analyzeOnnx(src, path, { convention });
    return { report, bytesRead: src.bytesRead, size: src.size };
  } finally {
    await src.close();
  }
}

describe.skipIf(!present)('ONNX models of the shared fixtures', () => {
  it('lists ONNX models', () => {
    expect(models.length).toBeGreaterThanOrEqual(9);
  });

  for (const m of models) {
    it(`${m.path}: macs ${m.macs} and params ${m.params} under --convention macs`, async () => {
      const { report } = await analyze(m.path, 'macs');
      expect(report.lower_bound).toBe(false);
      expect(report.flops).toEqual(m.macs);
      expect(report.macs).toEqual(m.macs);
      expect(report.params).toEqual(m.params);
      expect(report.trainable_params).toEqual(m.params);
    });
    if (m.notebook_flops !== null) {
      it(`${m.path}: ${m.notebook_flops} FLOPs under the notebook convention`, async () => {
        const { report } = await analyze(m.path, 'notebook');
        expect(report.flops).toEqual(m.notebook_flops);
      });
    }
  }

  it('the two seed MLPs give 179,050 and 84,550 under notebook', async () => {
    expect((await analyze('onnx/mlp_784_100_100_10.onnx', 'notebook')).report.flops).toEqual(179_050);
    expect((await analyze('onnx/mlp_784_50_50_10.onnx', 'notebook')).report.flops).toEqual(84_550);
  });

  it('reads under 1 MB of resnet18.onnx (47 MB)', async () => {
    const { bytesRead, size, report } = await analyze('onnx/resnet18.onnx', 'macs');
    console.log(`resnet18.onnx: read ${bytesRead} of ${size} bytes`);
    expect(size).toBeGreaterThan(40e6);
    expect(bytesRead).toBeLessThan(1_000_000);
    expect(report.layers.filter((l) => l.type === 'Conv')).toHaveLength(20);
  });

  it('names rows after ONNX nodes with their op types', async () => {
    const { report } = await analyze('onnx/mlp_784_100_100_10.onnx', 'notebook');
    expect(report.format).toBe('onnx');
    expect(report.layers.map((l) => l.type)).toEqual(['Flatten', 'Gemm', 'Relu', 'Gemm', 'Relu', 'Gemm', 'Softmax']);
    const gemm = report.layers[1];
    expect(gemm.input_shape).toEqual([1, 784]);
    expect(gemm.output_shape).toEqual([1, 100]);
    expect(gemm.macs).toEqual(78_400);
    expect(gemm.params).toEqual(78_500);
    expect(report.layers[6].flops).toEqual(50);
    expect(report.input_shapes).toEqual([[1, 28, 28]]);
  });
});
