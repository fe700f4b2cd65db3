import { describe, expect, it } from 'vitest';
import { FlopgateError } from '../src/errors.js';
import { BufferSource } from '../src/io/byte-source.js';
import { analyzeOnnx } from '../src/onnx/analyze.js';
import { cat, DT, model, pb, varint, type Bytes, type ModelSpec } from './helpers/onnx-writer.js';

/** Analyze `bytes`; return the fault (one-line FlopgateError, exit 2, within 2 s) or undefined. */
async function outcome(bytes: Bytes): Promise<FlopgateError | undefined> {
  const t0 = performance.now();
  let err: unknown;
  try {
    await analyzeOnnx(new BufferSource(bytes, 'bad.onnx'), 'bad.onnx', {});
  } catch (e) {
    err = e;
  }
  expect(performance.now() - t0).toBeLessThan(2000);
  if (err === undefined) return undefined;
  expect(err).toBeInstanceOf(FlopgateError);
  const fe = err as FlopgateError;
  expect(fe.exitCode).toBe(2);
  expect(fe.message).not.toMatch(/\n/);
  expect(fe.message).toMatch(/^bad\.onnx: /);
  // A bug of ours would surface as an internal error: none may be reachable from bad input.
  expect(fe.message).not.toMatch(/internal error/);
  return fe;
}

async function rejects(bytes: Bytes, re: RegExp): Promise<void> {
  const e = await outcome(bytes);
  expect(e, 'expected a fault').toBeDefined();
  expect(e?.message).toMatch(re);
}

const small: ModelSpec = {
  inputs: [{ name: 'x', dims: [1, 3, 8, 8] }],
  outputs: [{ name: 'y' }],
  initializers: [
    { name: 'w', dims: [4, 3, 3, 3], values: Array.from({ length: 108 }, (_, i) => i / 100) },
    { name: 'shape', dims: [2], dataType: DT.INT64, values: [1, -1] },
  ],
  nodes: [
    { op: 'Conv', name: 'conv', inputs: ['x', 'w'], outputs: ['c'], attrs: { pads: [1, 1, 1, 1], kernel_shape: [3, 3] } },
    { op: 'Relu', inputs: ['c'], outputs: ['r'] },
    { op: 'Reshape', inputs: ['r', 'shape'], outputs: ['y'] },
  ],
};

describe('bad ONNX input: one line, exit 2, within 2 s', () => {
  it('the well-formed model analyzes (the baseline of the faults below)', async () => {
    expect(await outcome(model(small))).toBeUndefined();
  });

  it('a file cut at any byte is refused cleanly', async () => {
    const bytes = model(small);
    let faults = 0;
    for (let n = 0; n < bytes.length; n++) if (await outcome(bytes.subarray(0, n))) faults++;
    // Cutting at a field boundary may leave a valid (smaller) model; most cuts are faults.
    expect(faults).toBeGreaterThan(bytes.length * 0.9);
    await rejects(bytes.subarray(0, bytes.length - 3), /truncated|bad|no graph|not an ONNX/);
  });

  it('truncated protobuf: a length that points past the end', async () => {
    await rejects(cat(pb.int(1, 7), pb.tag(7, 2), varint(1_000_000), new Uint8Array(10)), /truncated protobuf: field 7 of ModelProto claims 1000000 bytes/);
  });

  it('a varint that never ends', async () => {
    await rejects(cat([0x08], new Uint8Array(40).fill(0xff)), /varint in ModelProto never ends/);
    await rejects(new Uint8Array([0x08, 0x80]), /truncated protobuf/);
  });

  it('wrong wire types', async () => {
    await rejects(cat(pb.int(1, 7), pb.int(7, 5)), /ModelProto\.graph \(field 7\) has wire type 0, expected 2/);
    await rejects(cat(pb.int(1, 7), pb.len(7, pb.len(1, pb.int(4, 3)))), /NodeProto\.op_type .* has wire type 0, expected 2/);
    await rejects(cat(pb.int(1, 7), pb.str(1, 'x'), pb.len(7, new Uint8Array(0))), /ModelProto\.ir_version \(field 1\) has wire type 2/);
    await rejects(cat(pb.int(1, 7), [0x3b, 0x3c]), /wire type 3/);
    await rejects(cat(pb.int(1, 7), [0x3e]), /wire type 6/);
  });

  it('empty or foreign files', async () => {
    await rejects(new Uint8Array(0), /no graph/);
    await rejects(new TextEncoder().encode('{"modelTopology": {}}'), /^bad\.onnx: /);
    await rejects(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), /^bad\.onnx: /);
  });

  it('a graph whose nodes form a cycle', async () => {
    const m = model({
      inputs: [{ name: 'x', dims: [2] }],
      outputs: [{ name: 'b' }],
      nodes: [
        { op: 'Add', name: 'A', inputs: ['x', 'b'], outputs: ['a'] },
        { op: 'Relu', name: 'B', inputs: ['a'], outputs: ['b'] },
      ],
    });
    await rejects(m, /nodes form a cycle through node "(A|B)"/);
    const self = model({ inputs: [{ name: 'x', dims: [2] }], outputs: [{ name: 'y' }], nodes: [{ op: 'Add', name: 'S', inputs: ['x', 'y'], outputs: ['y'] }] });
    await rejects(self, /cycle through node "S"/);
  });

  it('values produced twice or never', async () => {
    const twice = model({
      inputs: [{ name: 'x', dims: [2] }],
      outputs: [{ name: 'y' }],
      nodes: [
        { op: 'Relu', inputs: ['x'], outputs: ['y'] },
        { op: 'Relu', inputs: ['x'], outputs: ['y'] },
      ],
    });
    await rejects(twice, /value "y" is produced by two nodes/);
    const never = model({ inputs: [{ name: 'x', dims: [2] }], outputs: [{ name: 'y' }], nodes: [{ op: 'Add', inputs: ['x', 'ghost'], outputs: ['y'] }] });
    await rejects(never, /reads "ghost", which no node, input or initializer provides/);
  });

  it('dims that are negative or absurd', async () => {
    const tensorWith = (dims: number[]) =>
      model({ ...small, initializers: [{ name: 'w', dims, external: 'none.bin' }, small.initializers?.[1] as never] });
    await rejects(tensorWith([-3, 3, 3, 3]), /initializer "w" has dimension -3/);
    await rejects(tensorWith([2 ** 45, 3, 3, 3]), /initializer "w" has dimension 35184372088832/);
    await rejects(tensorWith([2 ** 30, 2 ** 30, 3, 3]), /initializer "w" has absurd dims/);
    await rejects(model({ ...small, inputs: [{ name: 'x', dims: [1, 3, -8, 8] }] }), /value "x" has dimension -8/);
    await rejects(model({ ...small, inputs: [{ name: 'x', dims: [1, 3, 2 ** 41, 8] }] }), /value "x" has dimension 2199023255552/);
  });

  it('raw_data that disagrees with the dims', async () => {
    const t = cat(pb.int(1, 4), pb.int(2, DT.FLOAT), pb.str(8, 'w'), pb.len(9, new Uint8Array(12)));
    const g = cat(pb.len(5, t), pb.len(11, cat(pb.str(1, 'x'))));
    await rejects(cat(pb.int(1, 7), pb.len(7, g)), /initializer "w" has dims \[4\] \(16 bytes of float\) but raw_data holds 12 bytes/);
  });

  it('shapes that grow without bound are refused, not computed', async () => {
    const m = model({
      inputs: [{ name: 'x', dims: [1] }],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 's', dims: [4], dataType: DT.INT64, values: [2 ** 20, 2 ** 20, 2 ** 20, 2 ** 20] }],
      nodes: [{ op: 'Expand', inputs: ['x', 's'], outputs: ['y'] }],
    });
    await rejects(m, /node "Expand_0" \(Expand\): output shape \[1048576, 1048576, 1048576, 1048576\] has more than 2\^50 elements/);
  });

  it('type nesting deeper than the bound', async () => {
    let t = pb.len(1, pb.int(1, DT.FLOAT));
    for (let i = 0; i < 40; i++) t = pb.len(4, pb.len(1, t));
    const g = pb.len(11, cat(pb.str(1, 'x'), pb.len(2, t)));
    await rejects(cat(pb.int(1, 7), pb.len(7, g)), /nests deeper than 16/);
  });

  it('a graph of a million junk fields is walked, not choked on', async () => {
    const noise = new Uint8Array(2_000_000);
    for (let i = 0; i < noise.length; i += 2) noise.set([0x30, 1], i);
    await rejects(cat(pb.int(1, 7), pb.len(7, noise)), /^bad\.onnx: the ONNX graph has no nodes/);
  });

  it('random corruption never escapes as anything but a one-line fault', async () => {
    const base = model(small);
    let seed = 12345;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let faults = 0;
    for (let k = 0; k < 400; k++) {
      const b = base.slice();
      const flips = 1 + Math.floor(rnd() * 4);
      for (let j = 0; j < flips; j++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
      if (await outcome(b)) faults++;
    }
    expect(faults).toBeGreaterThan(0);
  });
});
