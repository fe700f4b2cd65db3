/**
 * Issue 9, "Nothing breaks it": the twelve failures that 8,000 mutated model files and 200
 * hostile budget files found, each reproduced through the built CLI and held to the contract
 * (one line, exit 2, no stack trace, within 2 s and 256 MB). FLOPGATE_TEST_CLI=<old
 * dist/cli/index.js> runs them against an older build, where each of them fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from './helpers/build-once.js';
import { expectRefused, runCli } from './helpers/contract.js';
import { kerasZip } from './helpers/keras-files.js';
import { DT, model, type ModelSpec, type NodeSpec, type ValueSpec } from './helpers/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'flopgate-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => ensureBuilt(), 300_000);

function put(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, bytes);
  return p;
}

describe('1. a .keras whose config.json is not UTF-8', () => {
  it('is one line naming the member, not an unhandled rejection', async () => {
    const p = put('bad-utf8.keras', await kerasZip(Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])));
    expectRefused(runCli(['flops', p]), /^error: .*bad-utf8\.keras: config\.json: not valid UTF-8 text$/);
  });
});

describe('2. ONNX nodes declared with no outputs', () => {
  // Each op's output shape depends on an input known only at run time (a graph input), so the
  // rule asks for the declared output shape, of an output the node does not have.
  const x: ValueSpec = { name: 'x', dims: [1, 3, 8, 8] };
  const cases: [string, NodeSpec, ValueSpec[], number][] = [
    ['TopK', { op: 'TopK', inputs: ['x', 'k'], outputs: [] }, [x, { name: 'k', dims: [1], elemType: DT.INT64 }], 13],
    ['Resize', { op: 'Resize', inputs: ['x', '', '', 'sizes'], outputs: [] }, [x, { name: 'sizes', dims: [4], elemType: DT.INT64 }], 13],
    ['Upsample', { op: 'Upsample', inputs: ['x', 'scales'], outputs: [] }, [x, { name: 'scales', dims: [4] }], 9],
    ['ReduceSum', { op: 'ReduceSum', inputs: ['x', 'axes'], outputs: [] }, [x, { name: 'axes', dims: [1], elemType: DT.INT64 }], 13],
    ['HannWindow', { op: 'HannWindow', inputs: ['size'], outputs: [] }, [{ name: 'size', dims: [], elemType: DT.INT64 }], 17],
    ['BlackmanWindow', { op: 'BlackmanWindow', inputs: ['size'], outputs: [] }, [{ name: 'size', dims: [], elemType: DT.INT64 }], 17],
    ['DFT', { op: 'DFT', inputs: ['s', 'n'], outputs: [] }, [{ name: 's', dims: [1, 64, 1] }, { name: 'n', dims: [], elemType: DT.INT64 }], 17],
    ['STFT', { op: 'STFT', inputs: ['s', 'step', '', 'len'], outputs: [] }, [{ name: 's', dims: [1, 64, 1] }, { name: 'step', dims: [], elemType: DT.INT64 }], 17],
  ];
  for (const [op, node, inputs, opset] of cases) {
    it(`${op}: names the node`, () => {
      const spec: ModelSpec = { nodes: [node], inputs, outputs: [], opset, initializers: [{ name: 'len', dims: [], dataType: DT.INT64, values: [16] }] };
      const p = put(`${op}-no-outputs.onnx`, model(spec));
      expectRefused(runCli(['flops', p]), new RegExp(`^error: .*${op}-no-outputs\\.onnx: node "${op}_0" \\(${op}\\): declares no outputs`));
    });
  }
});
