import { describe, expect, it } from 'vitest';
import { FlopgateError } from '../src/errors.js';
import { BufferSource } from '../src/io/byte-source.js';
import type { AnalyzeOptions } from '../src/options.js';
import { analyzeOnnx } from '../src/onnx/analyze.js';
import { sniffModelProto as looksLikeOnnx } from '../src/onnx/sniff.js';
import { cat, DT, model, pb, type Bytes, type ModelSpec, type NodeSpec } from './helpers/onnx-writer.js';

async function run(bytes: Bytes, opts: AnalyzeOptions = {}) {
  const src = new BufferSource(bytes, 'm.onnx');
  const report = await analyzeOnnx(src, 'm.onnx', opts);
  return Object.assign(report, { bytesRead: src.bytesRead });
}

async function fault(bytes: Bytes, opts: AnalyzeOptions = {}): Promise<FlopgateError> {
  const e = await run(bytes, opts).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FlopgateError);
  const fe = e as FlopgateError;
  expect(fe.exitCode).toBe(2);
  expect(fe.message).not.toContain('\n');
  return fe;
}

/** An MLP 784-H-H-10 as torch exports it: Flatten, Gemm + Relu, Softmax. */
function mlp(h: number, batch: number | string = 1, extra: Partial<ModelSpec> = {}): Bytes {
  const gemm = (k: number, x: string, y: string): NodeSpec => ({ op: 'Gemm', name: `fc${k}`, inputs: [x, `w${k}`, `b${k}`], outputs: [y], attrs: { transB: 1 } });
  return model({
    inputs: [{ name: 'input', dims: [batch, 28, 28] }],
    outputs: [{ name: 'out' }],
    initializers: [
      { name: 'w1', dims: [h, 784] }, { name: 'b1', dims: [h] },
      { name: 'w2', dims: [h, h] }, { name: 'b2', dims: [h] },
      { name: 'w3', dims: [10, h] }, { name: 'b3', dims: [10] },
    ],
    nodes: [
      { op: 'Flatten', inputs: ['input'], outputs: ['f'], attrs: { axis: 1 } },
      gemm(1, 'f', 'h1'), { op: 'Relu', inputs: ['h1'], outputs: ['r1'] },
      gemm(2, 'r1', 'h2'), { op: 'Relu', inputs: ['h2'], outputs: ['r2'] },
      gemm(3, 'r2', 'logits'), { op: 'Softmax', inputs: ['logits'], outputs: ['out'], attrs: { axis: 1 } },
    ],
    ...extra,
  });
}

describe('the seed MLPs as generated ONNX files', () => {
  it('784-100-100-10 gives 179,050 (notebook) and 89,400 MACs, 89,610 params', async () => {
    const r = await run(mlp(100));
    expect(r.flops).toEqual(179_050);
    expect(r.macs).toEqual(89_400);
    expect(r.params).toEqual(89_610);
    expect(r.trainable_params).toEqual(89_610);
    expect(r.layers.map((l) => l.name)).toEqual(['Flatten_0', 'fc1', 'Relu_2', 'fc2', 'Relu_4', 'fc3', 'Softmax_6']);
    expect((await run(mlp(50))).flops).toEqual(84_550);
  });
  it('tf-profiler adds one FLOP per bias element', async () => {
    expect((await run(mlp(100), { convention: 'tf-profiler' })).flops).toEqual(2 * 89_400 + 210 + 50);
  });
  it('reads only the structure: weights are skipped, not read', async () => {
    const bytes = mlp(100);
    const r = await run(bytes);
    expect(bytes.length).toBeGreaterThan(89_610 * 4);
    // Names, dims and the graph: a few kilobytes of the 358 kB file.
    expect(r.bytesRead).toBeLessThan(4096);
  });
});

describe('batch size and symbolic dimensions', () => {
  it('a symbolic batch dimension takes --batch-size, and everything scales', async () => {
    const r = await run(mlp(100, 'batch'), { batchSize: 8 });
    expect(r.batch_size).toBe(8);
    expect(r.input_shapes).toEqual([[28, 28]]);
    expect(r.macs).toEqual(8 * 89_400);
    expect((await run(mlp(100, 'batch'))).batch_size).toBe(1);
  });
  it('a batch the file fixes is not silently rescaled', async () => {
    const e = await fault(mlp(100, 1), { batchSize: 4 });
    expect(e.message).toMatch(/^m\.onnx: input "input" fixes batch size 1 in the file, so batch size 4 cannot be measured exactly/);
    expect((await run(mlp(100, 1), { batchSize: 1 })).macs).toEqual(89_400);
    // A fixed leading dim of a second input is not a batch when the first input's batch is free.
    const two = model({
      inputs: [{ name: 'x', dims: ['N', 4] }, { name: 'bias', dims: [1, 4] }],
      outputs: [{ name: 'y' }],
      nodes: [{ op: 'Add', inputs: ['x', 'bias'], outputs: ['y'] }],
    });
    expect((await run(two, { batchSize: 4 })).layers[0].output_shape).toEqual([4, 4]);
  });
  it('other symbolic dimensions come from --input-shape, else a clear error naming input and dim', async () => {
    const m = model({
      inputs: [{ name: 'tokens', dims: ['N', 'seq', 16] }],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'w', dims: [16, 4] }],
      nodes: [{ op: 'MatMul', inputs: ['tokens', 'w'], outputs: ['y'] }],
    });
    expect((await fault(m)).message).toBe('m.onnx: input "tokens": dimension 1 ("seq") is symbolic; give it with --dim seq=N or --input-shape');
    const r = await run(m, { inputShapes: [[10, 16]] });
    expect(r.layers[0].output_shape).toEqual([1, 10, 4]);
    expect(r.macs).toEqual(10 * 16 * 4);
    expect((await fault(m, { inputShapes: [[10, 17]] })).message).toMatch(/--input-shape gives 17 for dimension 2, the file fixes 16/);
    expect((await fault(m, { inputShapes: [[10]] })).message).toMatch(/has rank 3 \(batch \+ 2\); --input-shape gives 1 dimension/);
    expect((await fault(m, { inputShapes: [[10, 16], [3]] })).message).toMatch(/gives 2 shape\(s\), the model has 1 input/);
  });
  it('declared shapes with named dimensions resolve through the bound inputs', async () => {
    const m = model({
      inputs: [{ name: 'x', dims: ['N', 'S', 6] }, { name: 'shape', dims: [2], elemType: DT.INT64 }],
      outputs: [{ name: 'y', dims: ['N', 'T'] }],
      valueInfo: [{ name: 'r', dims: ['N', 'S', 6] }],
      nodes: [
        { op: 'Reshape', inputs: ['x', 'shape'], outputs: ['r'] },
        { op: 'ReduceMean', inputs: ['r'], outputs: ['y'], attrs: { axes: [2], keepdims: 0 } },
      ],
    });
    const r = await run(m, { batchSize: 4, inputShapes: [[5, 6], []] });
    expect(r.layers[0].output_shape).toEqual([4, 5, 6]);
    expect(r.layers[0].note).toMatch(/declared in the file/);
    expect(r.layers[1].output_shape).toEqual([4, 5]);
    expect(r.layers[1].ops).toEqual({ mean: 120 });
  });

  it('an input without any shape needs --input-shape', async () => {
    const m = model({ inputs: [{ name: 'x' }], outputs: [{ name: 'y' }], nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] });
    expect((await fault(m)).message).toMatch(/input "x" has no shape in the file/);
    expect((await run(m, { inputShapes: [[3, 4]] })).flops).toEqual(12);
  });
  it('initializers listed among the graph inputs (IR < 4) are not inputs', async () => {
    const m = model({
      irVersion: 3,
      opset: 8,
      inputs: [{ name: 'x', dims: [2, 3] }, { name: 'w', dims: [3, 4] }],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'w', dims: [3, 4] }],
      nodes: [{ op: 'MatMul', inputs: ['x', 'w'], outputs: ['y'] }],
    });
    const r = await run(m, { inputShapes: [[3]] });
    expect(r.input_shapes).toEqual([[3]]);
    expect(r.params).toEqual(12);
  });
});

describe('unknown ops', () => {
  const custom = () =>
    model({
      opsets: { 'com.example': 3 },
      inputs: [{ name: 'x', dims: [1, 4] }],
      outputs: [{ name: 'z', dims: [1, 4] }],
      nodes: [
        { op: 'Relu', inputs: ['x'], outputs: ['y'] },
        { op: 'Fancy', domain: 'com.example', name: 'fancy1', inputs: ['y'], outputs: ['z'] },
      ],
    });
  it('unknown: error names the op, its domain and the opset (exit 2)', async () => {
    expect((await fault(custom())).message).toBe(
      'm.onnx: unsupported ONNX op "Fancy" (domain com.example, opset 3) at node "fancy1"; its cost is unknown (--unknown warn counts it as 0 and marks the total as a lower bound)',
    );
    const std = model({ inputs: [{ name: 'x', dims: [3] }], outputs: [{ name: 'y' }], nodes: [{ op: 'Col2Im', inputs: ['x', 'x'], outputs: ['y'] }], opset: 17 });
    expect((await fault(std)).message).toMatch(/unsupported ONNX op "Col2Im" \(domain ai\.onnx, opset 17\) at node "Col2Im_0"; its cost is unknown/);
  });
  it('ops refused on purpose say why: control flow names the subgraphs it does not measure', async () => {
    const one = (op: string, attrs = {}, domain?: string) =>
      model({ inputs: [{ name: 'x', dims: [3] }], outputs: [{ name: 'y' }], nodes: [{ op, domain, attrs, inputs: ['x'], outputs: ['y'] }], opset: 16, opsets: domain ? { [domain]: 1 } : {} });
    expect((await fault(one('Loop', { body: { graph: true } }))).message).toMatch(
      /unsupported ONNX op "Loop" \(domain ai\.onnx, opset 16\) at node "Loop_0": control flow: its body subgraph is not measured \(nor how many times it runs\); its cost is unknown/,
    );
    expect((await fault(one('If', { then_branch: { graph: true }, else_branch: { graph: true } }))).message).toMatch(/at node "If_0": control flow: its then_branch and else_branch subgraphs are not measured;/);
    expect((await fault(one('Scan', { body: { graph: true } }))).message).toMatch(/at node "Scan_0": control flow: its body subgraph is not measured;/);
    expect((await fault(one('Adam', {}, 'ai.onnx.preview.training'))).message).toMatch(/"Adam" \(domain ai\.onnx\.preview\.training, opset 1\) at node "Adam_0": a training op/);
    expect((await fault(one('SequenceEmpty'))).message).toMatch(/at node "SequenceEmpty_0": a sequence op/);
    expect((await fault(one('OptionalHasElement'))).message).toMatch(/at node "OptionalHasElement_0": an optional op/);
    expect((await fault(one('StringNormalizer'))).message).toMatch(/at node "StringNormalizer_0": a text op/);
    // Under warn the reason is in the row's note.
    const r = await run(one('Loop', { body: { graph: true } }), { unknown: 'warn' });
    expect(r.layers[0].note).toMatch(/control flow: its body subgraph is not measured.*counted as 0/);
  });
  it('unknown: warn lists the op as unknown with the domain in its type, the total a lower bound', async () => {
    const r = await run(custom(), { unknown: 'warn' });
    expect(r.lower_bound).toBe(true);
    expect(r.unknown).toEqual([{ layer: 'fancy1', type: 'com.example.Fancy' }]);
    expect(r.layers[1]).toMatchObject({ unknown: true, ops: {}, output_shape: [1, 4] });
    expect(r.flops).toEqual(4);
  });
  it('under warn, ops after an unknown op with no declared shape are unknown too', async () => {
    const m = model({
      inputs: [{ name: 'x', dims: [1, 4] }],
      outputs: [{ name: 'z' }],
      nodes: [
        { op: 'Col2Im', inputs: ['x', 'x'], outputs: ['y'] },
        { op: 'Relu', inputs: ['y'], outputs: ['z'] },
      ],
    });
    const r = await run(m, { unknown: 'warn' });
    expect(r.unknown.map((u) => u.type)).toEqual(['Col2Im', 'Relu']);
    expect(r.layers[1].note).toMatch(/follows an unsupported op/);
  });
});

describe('parameters', () => {
  it('a weight shared by two nodes counts once, and so does a weight read through Identity copies', async () => {
    const m = model({
      inputs: [{ name: 'x', dims: [1, 4] }],
      outputs: [{ name: 'z' }],
      initializers: [{ name: 'w', dims: [4, 4] }, { name: 'b', dims: [4] }],
      nodes: [
        { op: 'Identity', inputs: ['b'], outputs: ['b2'] },
        { op: 'Gemm', inputs: ['x', 'w', 'b'], outputs: ['y'] },
        { op: 'Gemm', inputs: ['y', 'w', 'b2'], outputs: ['z'] },
      ],
    });
    const r = await run(m);
    expect(r.layers.map((l) => l.params)).toEqual([0, 20, 0]);
    expect(r.params).toEqual(20);
  });
  it('int64 initializers (shapes, axes) are not parameters', async () => {
    const m = model({
      inputs: [{ name: 'x', dims: [2, 6] }],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 's', dims: [2], dataType: DT.INT64, values: [3, 4] }],
      nodes: [{ op: 'Reshape', inputs: ['x', 's'], outputs: ['y'] }],
    });
    expect((await run(m)).params).toEqual(0);
  });
  it("PyTorch's folded BatchNormalization keeps its scale parameters", async () => {
    const conv = (w: string, b: string) =>
      model({
        producer: 'pytorch',
        inputs: [{ name: 'x', dims: [1, 3, 8, 8] }],
        outputs: [{ name: 'y' }],
        initializers: [{ name: w, dims: [16, 3, 3, 3] }, { name: b, dims: [16] }],
        nodes: [{ op: 'Conv', inputs: ['x', w, b], outputs: ['y'] }],
      });
    const folded = await run(conv('onnx::Conv_1', 'onnx::Conv_2'));
    expect(folded.params).toEqual(432 + 16 + 16);
    expect(folded.layers[0].note).toMatch(/BatchNormalization folded/);
    expect((await run(conv('conv.weight', 'conv.bias'))).params).toEqual(448);
  });
});

describe('naming and the report', () => {
  it('names the exporter as producer_name and producer_version say, and nothing when they are absent', async () => {
    const versioned = cat(model({ producer: 'pytorch', inputs: [{ name: 'x', dims: [1, 4] }], outputs: [{ name: 'y' }], nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] }), pb.str(3, '2.13.0+cpu'));
    expect((await run(versioned)).producer).toBe('pytorch 2.13.0+cpu');
    const silent = model({ producer: '', inputs: [{ name: 'x', dims: [1, 4] }], outputs: [{ name: 'y' }], nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] });
    expect('producer' in (await run(silent))).toBe(false);
  });

  it('rows are ONNX nodes in file order, named by node name or <op>_<index>', async () => {
    const r = await run(mlp(10), { name: 'my-mlp', convention: 'macs' });
    expect(r.name).toBe('my-mlp');
    expect(r.format).toBe('onnx');
    expect(r.convention).toBe('macs');
    expect(r.layers[1]).toMatchObject({ index: 1, name: 'fc1', type: 'Gemm', input_shape: [1, 784], output_shape: [1, 10], macs: 7840, params: 7850 });
    expect(r.path).toBe('m.onnx');
  });
});

describe('looksLikeOnnx', () => {
  it('recognises ModelProto openings', () => {
    expect(looksLikeOnnx(mlp(10).subarray(0, 64))).toBe(true);
    expect(looksLikeOnnx(mlp(10).subarray(0, 3))).toBe(true);
  });
  it('rejects other formats and noise', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(looksLikeOnnx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toBe(false);
    expect(looksLikeOnnx(new Uint8Array([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(false);
    expect(looksLikeOnnx(enc('{"modelTopology": {}}'))).toBe(false);
    expect(looksLikeOnnx(enc('version: 1\nmodels: []\n'))).toBe(false);
    expect(looksLikeOnnx(new Uint8Array(0))).toBe(false);
    // A TensorFlow GraphDef (field 1 is a node message), TFLite, safetensors, NumPy.
    expect(looksLikeOnnx(new Uint8Array([0x0a, 0x1c, 0x0a, 0x05, 0x69, 0x6e, 0x70, 0x75, 0x74]))).toBe(false);
    expect(looksLikeOnnx(new Uint8Array([0x1c, 0, 0, 0, 0x54, 0x46, 0x4c, 0x33]))).toBe(false);
    expect(looksLikeOnnx(new Uint8Array([0x48, 0x01, 0, 0, 0, 0, 0, 0, 0x7b, 0x22]))).toBe(false);
    expect(looksLikeOnnx(new Uint8Array([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 0x01, 0x00]))).toBe(false);
    expect(looksLikeOnnx(new Uint8Array([0x08, 0xff]))).toBe(false);
  });
});
