import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExternalDataCopy } from '../bench/onnx-external.mjs';
import { FileSource } from '../src/io/byte-source.js';
import { analyzeOnnx } from '../src/onnx/analyze.js';
import { DT, model } from './helpers/onnx-writer.js';

const FIXTURES = fileURLToPath(new URL('../../shared/fixtures/', import.meta.url));
const RESNET = join(FIXTURES, 'onnx/resnet18.onnx');
const hasResnet = existsSync(RESNET);
if (!hasResnet) console.warn(`NOTE: ${RESNET} is absent: the external-data copy of resnet18 is not tested`);

const dir = mkdtempSync(join(tmpdir(), 'flopgate-onnx-ext-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function analyze(path: string) {
  const src = await FileSource.open(path);
  try {
    const report = await analyzeOnnx(src, 'model.onnx', { convention: 'notebook' });
    return { report, bytesRead: src.bytesRead };
  } finally {
    await src.close();
  }
}

/** A small CNN with real-sized weights and a Reshape target that must stay inline. */
function cnn(): Uint8Array {
  return model({
    inputs: [{ name: 'x', dims: ['N', 3, 32, 32] }],
    outputs: [{ name: 'y' }],
    initializers: [
      { name: 'c1.w', dims: [32, 3, 3, 3], values: Array.from({ length: 864 }, (_, i) => Math.sin(i)) },
      { name: 'c1.b', dims: [32] },
      { name: 'fc.w', dims: [10, 32 * 16 * 16], typed: true, values: new Array<number>(81920).fill(0.5) },
      { name: 'fc.b', dims: [10] },
      { name: 'flat', dims: [2], dataType: DT.INT64, values: [0, -1] },
    ],
    nodes: [
      { op: 'Conv', inputs: ['x', 'c1.w', 'c1.b'], outputs: ['c'], attrs: { pads: [1, 1, 1, 1] } },
      { op: 'Relu', inputs: ['c'], outputs: ['r'] },
      { op: 'MaxPool', inputs: ['r'], outputs: ['p'], attrs: { kernel_shape: [2, 2], strides: [2, 2] } },
      { op: 'Reshape', inputs: ['p', 'flat'], outputs: ['f'] },
      { op: 'Gemm', inputs: ['f', 'fc.w', 'fc.b'], outputs: ['y'], attrs: { transB: 1 } },
    ],
  });
}

describe('weights moved to an absent external file', () => {
  it('a generated model analyzes to the same figures without its weights', async () => {
    const src = join(dir, 'cnn.onnx');
    const dst = join(dir, 'cnn-ext.onnx');
    writeFileSync(src, cnn());
    const moved = await writeExternalDataCopy(src, dst);
    expect(moved.initializers).toBe(2);
    expect(moved.bytes).toBe((864 + 81920) * 4);
    expect(existsSync(`${dst}.weights`)).toBe(false);
    expect(statSync(dst).size).toBeLessThan(2000);
    const a = await analyze(src);
    const b = await analyze(dst);
    expect(b.report.layers).toEqual(a.report.layers);
    expect(b.report.flops).toEqual(a.report.flops);
    expect(b.report.params).toEqual(864 + 32 + 81920 + 10);
    expect(b.report.layers[3].output_shape).toEqual([1, 8192]);
  });

  it.skipIf(!hasResnet)('resnet18.onnx without its 47 MB of weights gives the same figures', async () => {
    const dst = join(dir, 'resnet18-ext.onnx');
    const moved = await writeExternalDataCopy(RESNET, dst);
    expect(moved.bytes).toBeGreaterThan(40e6);
    expect(existsSync(`${dst}.weights`)).toBe(false);
    const a = await analyze(RESNET);
    const b = await analyze(dst);
    expect(b.report.macs).toEqual(1_814_073_344);
    // PyTorch's 11,689,512 less the 3,840 equal-valued initializers the exporter merged (onnx-fixtures.test.ts).
    expect(b.report.params).toEqual(11_689_512 - 3_840);
    expect(b.report.layers).toEqual(a.report.layers);
    console.log(`resnet18: ${a.bytesRead} bytes read of the original, ${b.bytesRead} of the ${statSync(dst).size}-byte weights-free copy`);
  });
});
