import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WireReader } from '../src/containers/protobuf.js';
import { BufferSource, FileSource } from '../src/io/byte-source.js';
import { PagedReader } from '../src/io/paged-reader.js';
import { analyzeOnnx } from '../src/onnx/analyze.js';
import { readModel } from '../src/onnx/decode.js';

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

  it('the merged copies are the only difference, and the merges are what untrained exports show', async () => {
    const merged = Object.fromEntries(await Promise.all(models.map(async (m) => [m.path, Number(await mergedByExporter(m.path))])));
    expect(merged).toEqual({
      'onnx/mlp_784_100_100_10.onnx': 0,
      'onnx/mlp_784_50_50_10.onnx': 0,
      'onnx/resnet18.onnx': 3840,
      'onnx/mobilenet_v2.onnx': 12808,
      'onnx/mobilenet_v3_small.onnx': 7088,
      'onnx/squeezenet1_0.onnx': 2144,
      'onnx/transformer_encoder_small.onnx': 33664,
      'onnx/gru_small.onnx': 0,
      'onnx/lstm_small.onnx': 0,
    });
  });

  /**
   * These models were exported untrained, and PyTorch's legacy exporter merges initializers
   * of equal value into one, read through Identity copies: a copied encoder layer, the zero
   * biases of folded BatchNorms. flopgate counts a tensor once however many copies read it
   * (the right count for a shared weight, ALBERT's), so it counts PyTorch's parameters less
   * exactly the elements of those copies, which this reads from the file.
   */
  async function mergedByExporter(path: string): Promise<bigint> {
    const bytes = readFileSync(join(FIXTURES, path));
    const g = (await readModel(new WireReader(new PagedReader(new BufferSource(bytes), path), path))).graph;
    let n = 0n;
    for (const node of g.nodes) {
      const t = node.opType === 'Identity' ? g.initializers.get(node.inputs[0]) : undefined;
      if (t) n += BigInt(t.elements);
    }
    return n;
  }

  for (const m of models) {
    it(`${m.path}: macs ${m.macs} and params ${m.params} (less what the exporter merged) under --convention macs`, async () => {
      const { report } = await analyze(m.path, 'macs');
      expect(report.lower_bound).toBe(false);
      expect(report.flops).toEqual(m.macs);
      expect(report.macs).toEqual(m.macs);
      const merged = await mergedByExporter(m.path);
      expect(report.params + merged).toEqual(m.params);
      expect(report.trainable_params + merged).toEqual(m.params);
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
    expect(report.input_shapes).toEqual([[28, 28]]);
  });
});
