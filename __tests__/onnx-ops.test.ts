import { describe, expect, it } from 'vitest';
import { BufferSource } from '../src/io/byte-source.js';
import type { AnalyzeOptions } from '../src/options.js';
import { analyzeOnnx } from '../src/onnx/analyze.js';
import { DT, model, oneNode, type AttrValue, type Bytes, type TensorSpec, type ValueSpec } from './helpers/onnx-writer.js';

async function run(bytes: Bytes, opts: AnalyzeOptions = {}) {
  return analyzeOnnx(new BufferSource(bytes, 'test.onnx'), 'test.onnx', { convention: 'macs', ...opts });
}

const f = (name: string, dims: (number | string)[]): ValueSpec => ({ name, dims });
const w = (name: string, dims: number[], values?: number[]): TensorSpec => ({ name, dims, values });
const i64 = (name: string, values: number[], dims = [values.length]): TensorSpec => ({ name, dims, dataType: DT.INT64, values });

/** One node with data inputs `xs` and constant inputs `consts` (initializers, in input order after xs). */
async function single(op: string, xs: ValueSpec[], consts: TensorSpec[], attrs: Record<string, AttrValue> = {}, opset = 13, nOut = 1, opts: AnalyzeOptions = {}) {
  const outputs = Array.from({ length: nOut }, (_, k) => `y${k}`);
  const bytes = oneNode(
    { op, inputs: [...xs.map((x) => x.name), ...consts.map((c) => c.name)], outputs, attrs, name: 'n' },
    xs,
    { initializers: consts, opset },
  );
  const r = await run(bytes, opts);
  return r.layers[r.layers.length - 1];
}

describe('Conv and ConvTranspose', () => {
  it('Conv with pads and strides: out elems x Cin x k, bias per output', async () => {
    const l = await single('Conv', [f('x', [1, 3, 32, 32])], [w('W', [16, 3, 3, 3]), w('B', [16])], { pads: [1, 1, 1, 1], strides: [2, 2] });
    expect(l.output_shape).toEqual([1, 16, 16, 16]);
    expect(l.ops).toEqual({ mac: 4096 * 27, bias: 4096 });
    expect(l.params).toEqual(448);
  });
  it('depthwise Conv (group = channels)', async () => {
    const l = await single('Conv', [f('x', [1, 8, 10, 10])], [w('W', [8, 1, 3, 3])], { group: 8 });
    expect(l.output_shape).toEqual([1, 8, 8, 8]);
    expect(l.ops).toEqual({ mac: 512 * 9 });
  });
  it('auto_pad SAME_UPPER, dilations, 1-D', async () => {
    expect((await single('Conv', [f('x', [1, 1, 7, 7])], [w('W', [2, 1, 3, 3])], { auto_pad: 'SAME_UPPER', strides: [2, 2] })).output_shape).toEqual([1, 2, 4, 4]);
    const d = await single('Conv', [f('x', [1, 1, 7, 7])], [w('W', [1, 1, 3, 3])], { dilations: [2, 2] });
    expect(d.output_shape).toEqual([1, 1, 3, 3]);
    expect(d.macs).toEqual(81);
    const c1 = await single('Conv', [f('x', [1, 4, 20])], [w('W', [6, 4, 5])]);
    expect(c1.output_shape).toEqual([1, 6, 16]);
    expect(c1.macs).toEqual(96 * 20);
  });
  it('reads an int attribute whose zero value the writer left out', async () => {
    const l = await single('Gemm', [f('a', [2, 10])], [w('B', [10, 5])], { transB: { typeOnly: 2 } });
    expect(l.output_shape).toEqual([2, 5]);
  });
  it('refuses a group that does not divide the channels', async () => {
    await expect(single('Conv', [f('x', [1, 6, 8, 8])], [w('W', [4, 3, 3, 3])], { group: 4 })).rejects.toThrow(/node "n" \(Conv\): group 4/);
  });
  it('ConvTranspose: input spatial x Cin x Cout/group x k, output_padding', async () => {
    const l = await single('ConvTranspose', [f('x', [1, 4, 5, 5])], [w('W', [4, 2, 3, 3])], { strides: [2, 2], pads: [1, 1, 1, 1], output_padding: [1, 1] });
    expect(l.output_shape).toEqual([1, 2, 10, 10]);
    expect(l.macs).toEqual(25 * 4 * 2 * 9);
    const s = await single('ConvTranspose', [f('x', [1, 4, 5, 5])], [w('W', [4, 2, 3, 3])], { strides: [2, 2], output_shape: [12, 12] });
    expect(s.output_shape).toEqual([1, 2, 12, 12]);
  });
});

describe('Gemm, MatMul, Einsum', () => {
  it('Gemm with transB and a bias', async () => {
    const l = await single('Gemm', [f('a', [2, 10])], [w('B', [5, 10]), w('C', [5])], { transB: 1 });
    expect(l.output_shape).toEqual([2, 5]);
    expect(l.ops).toEqual({ mac: 100, bias: 10 });
    expect(l.params).toEqual(55);
  });
  it('MatMul broadcasts batch dimensions and promotes 1-D operands', async () => {
    const b = await single('MatMul', [f('a', [2, 1, 4, 3]), f('b', [5, 3, 6])], []);
    expect(b.output_shape).toEqual([2, 5, 4, 6]);
    expect(b.macs).toEqual(2 * 5 * 4 * 6 * 3);
    expect((await single('MatMul', [f('a', [3]), f('b', [3, 4])], [])).output_shape).toEqual([4]);
    const v = await single('MatMul', [f('a', [2, 3, 4]), f('b', [4])], []);
    expect(v.output_shape).toEqual([2, 3]);
    expect(v.macs).toEqual(24);
  });
  it('Einsum: contractions, transposes, reductions, ellipsis', async () => {
    const bmm = await single('Einsum', [f('a', [2, 3, 4]), f('b', [2, 4, 5])], [], { equation: 'bij,bjk->bik' }, 12);
    expect(bmm.output_shape).toEqual([2, 3, 5]);
    expect(bmm.macs).toEqual(120);
    const t = await single('Einsum', [f('a', [3, 4])], [], { equation: 'ij->ji' }, 12);
    expect(t.output_shape).toEqual([4, 3]);
    expect(t.ops).toEqual({});
    // n values summed into m take n - m additions; TF runs the equation as an Einsum node, which its profiler does not count.
    expect((await single('Einsum', [f('a', [3, 4])], [], { equation: 'ij->i' }, 12)).ops).toEqual({ sum_uncounted: 9 });
    const e = await single('Einsum', [f('a', [7, 2, 3]), f('b', [3, 4])], [], { equation: '...ij,jk' }, 12);
    expect(e.output_shape).toEqual([7, 2, 4]);
    expect(e.macs).toEqual(7 * 2 * 3 * 4);
  });
});

describe('pooling and normalisation', () => {
  it('MaxPool: one comparison per window element per output', async () => {
    const l = await single('MaxPool', [f('x', [1, 64, 112, 112])], [], { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] });
    expect(l.output_shape).toEqual([1, 64, 56, 56]);
    expect(l.ops).toEqual({ maxpool: 64 * 56 * 56 * 9 });
  });
  it('ceil_mode keeps a last partial window unless it starts in the padding', async () => {
    expect((await single('MaxPool', [f('x', [1, 1, 6, 6])], [], { kernel_shape: [3, 3], strides: [2, 2], ceil_mode: 1 })).output_shape).toEqual([1, 1, 3, 3]);
    expect((await single('MaxPool', [f('x', [1, 1, 6, 6])], [], { kernel_shape: [3, 3], strides: [2, 2] })).output_shape).toEqual([1, 1, 2, 2]);
    expect((await single('MaxPool', [f('x', [1, 1, 5, 5])], [], { kernel_shape: [2, 2], strides: [2, 2], pads: [1, 1, 1, 1], ceil_mode: 1 })).output_shape).toEqual([1, 1, 3, 3]);
  });
  it('AveragePool, global pooling', async () => {
    expect((await single('AveragePool', [f('x', [1, 2, 4, 4])], [], { kernel_shape: [2, 2], strides: [2, 2] })).ops).toEqual({ avgpool: 32 });
    const g = await single('GlobalAveragePool', [f('x', [1, 8, 7, 7])], []);
    expect(g.output_shape).toEqual([1, 8, 1, 1]);
    expect(g.ops).toEqual({ mean: 392 });
    expect((await single('GlobalMaxPool', [f('x', [1, 8, 7, 7])], [])).ops).toEqual({ reduce_max: 392 });
  });
  it('BatchNormalization in inference: as Keras runs it, per channel then per element; scale and shift trainable, statistics not', async () => {
    const l = await single('BatchNormalization', [f('x', [1, 4, 5, 5])], [w('s', [4]), w('b', [4]), w('m', [4]), w('v', [4])]);
    // inv = rsqrt(var + eps) * gamma (C adds, C rsqrt, C muls); y = x * inv + (beta - mean * inv) (N muls, N adds, C muls, C subs)
    expect(l.ops).toEqual({ add: 104, rsqrt: 4, mul: 108, sub: 4 });
    expect(l.params).toEqual(16);
    expect(l.trainable_params).toEqual(8);
  });
  it('LayerNormalization: statistics per row, scale and shift per element', async () => {
    const l = await single('LayerNormalization', [f('x', [2, 3, 4])], [w('g', [4]), w('b', [4])], {}, 17);
    expect(l.output_shape).toEqual([2, 3, 4]);
    // moments (2N mean, N sqdiff), rows adds/rsqrt/negs, gamma and beta per element, x * inv + res
    expect(l.ops).toEqual({ mean: 48, sqdiff: 24, add: 54, rsqrt: 6, mul: 72, neg: 6 });
  });
  it('InstanceNormalization normalises per sample and channel', async () => {
    const l = await single('InstanceNormalization', [f('x', [2, 3, 4, 4])], [w('g', [3]), w('b', [3])]);
    // group normalisation with one group per channel: rows = B x C = 6, gamma and beta per (sample, channel)
    expect(l.ops).toEqual({ mean: 192, sqdiff: 96, add: 108, rsqrt: 6, mul: 108, neg: 6 });
  });
});

describe('activations and element-wise ops', () => {
  const cases: [string, Record<string, number>, number?][] = [
    ['Relu', { relu: 24 }],
    ['LeakyRelu', { relu: 24 }],
    ['Sigmoid', { sigmoid: 24 }],
    ['HardSigmoid', { hard_sigmoid: 24 }],
    ['HardSwish', { hard_sigmoid: 24, mul: 24 }, 14],
    ['Tanh', { tanh: 24 }],
    ['Softmax', { softmax: 24 }],
    ['LogSoftmax', { exp: 24 }],
    ['Gelu', { gelu: 24 }, 20],
    ['Erf', { exp: 24 }],
    ['Elu', { exp: 24 }],
    ['Selu', { exp: 24 }],
    ['Softplus', { exp: 24 }],
    ['Mish', { exp: 24, tanh: 24, mul: 24 }, 18],
    ['Celu', { exp: 24, max: 24, min: 24, div: 24, mul: 24, add: 24 }, 12],
    ['ThresholdedRelu', { compare: 24, mul: 24 }, 10],
    // Clip without min and max inputs bounds nothing.
    ['Clip', {}],
  ];
  for (const [op, ops, opset] of cases) {
    it(`${op} costs ${JSON.stringify(ops)} on 24 elements`, async () => {
      const l = await single(op, [f('x', [2, 3, 4])], [], {}, opset ?? 13);
      expect(l.output_shape).toEqual([2, 3, 4]);
      expect(l.ops).toEqual(ops);
    });
  }
  it('binary ops broadcast numpy-style', async () => {
    const l = await single('Add', [f('a', [2, 3, 4]), f('b', [4])], []);
    expect(l.output_shape).toEqual([2, 3, 4]);
    expect(l.ops).toEqual({ add: 24 });
    expect((await single('Mul', [f('a', [2, 1, 4]), f('b', [3, 1])], [])).output_shape).toEqual([2, 3, 4]);
    await expect(single('Sub', [f('a', [2, 3]), f('b', [4])], [])).rejects.toThrow(/do not broadcast/);
  });
  it('before opset 7 binary ops broadcast at `axis` when asked', async () => {
    const l = await single('Add', [f('a', [2, 3, 4, 5]), f('b', [3, 4])], [], { broadcast: 1, axis: 1 }, 6);
    expect(l.output_shape).toEqual([2, 3, 4, 5]);
  });
  it('PRelu with a per-channel slope', async () => {
    const l = await single('PRelu', [f('x', [1, 3, 4, 4])], [w('slope', [3, 1, 1])]);
    // relu(x) - alpha * relu(-x): two ReLUs, a negation of x and of the 3 slopes, a mul and an add
    expect(l.ops).toEqual({ relu: 96, neg: 51, mul: 48, add: 48 });
    expect(l.params).toEqual(3);
  });
  it('Clip: one max per lower bound, one min per upper bound (as clip_by_value)', async () => {
    expect((await single('Clip', [f('x', [2, 3, 4])], [w('lo', [], [0]), w('hi', [], [6])])).ops).toEqual({ max: 24, min: 24 });
    const lowOnly = oneNode({ op: 'Clip', inputs: ['x', 'lo'], outputs: ['y'] }, [f('x', [2, 3, 4])], { initializers: [w('lo', [], [0])] });
    expect((await run(lowOnly)).layers[0].ops).toEqual({ max: 24 });
    expect((await single('Clip', [f('x', [2, 3, 4])], [], { min: 0, max: 6 }, 6)).ops).toEqual({ max: 24, min: 24 });
  });
  it('Pow by 2 is a square; variadic Max counts n-1 per element', async () => {
    const p = await single('Pow', [f('x', [5])], [w('e', [], [2])]);
    expect(p.ops).toEqual({ square: 5 });
    expect((await single('Max', [f('a', [5]), f('b', [5]), f('c', [5])], [])).ops).toEqual({ max: 10 });
  });
});

describe('reductions, resize and recurrent ops', () => {
  it('ReduceMean with axes attribute, and with an axes input from opset 18', async () => {
    const a = await single('ReduceMean', [f('x', [2, 3, 4])], [], { axes: [1], keepdims: 0 });
    expect(a.output_shape).toEqual([2, 4]);
    expect(a.ops).toEqual({ mean: 24 });
    const b = await single('ReduceMean', [f('x', [2, 3, 4])], [i64('axes', [-1])], {}, 18);
    expect(b.output_shape).toEqual([2, 3, 1]);
    expect((await single('ReduceSum', [f('x', [2, 3, 4])], [i64('axes', [0, 2])], {}, 13)).output_shape).toEqual([1, 3, 1]);
  });
  it('Resize by scales and by sizes; Upsample', async () => {
    const s = await single('Resize', [f('x', [1, 3, 8, 8])], [w('roi', [0]), w('scales', [4], [1, 1, 2, 2])], { mode: 'nearest' });
    expect(s.output_shape).toEqual([1, 3, 16, 16]);
    // Nearest neighbour copies; (bi)linear interpolates once per output element.
    expect(s.ops).toEqual({});
    expect((await single('Resize', [f('x', [1, 3, 8, 8])], [w('roi', [0]), w('scales', [4], [1, 1, 2, 2])], { mode: 'linear' })).ops).toEqual({ resize: 768 });
    const z = oneNode({ op: 'Resize', inputs: ['x', '', '', 'sizes'], outputs: ['y'] }, [f('x', [1, 3, 8, 8])], { initializers: [i64('sizes', [1, 3, 5, 5])] });
    expect((await run(z)).layers[0].output_shape).toEqual([1, 3, 5, 5]);
    expect((await single('Upsample', [f('x', [1, 2, 3, 3])], [w('scales', [4], [1, 1, 2, 3])], {}, 9)).output_shape).toEqual([1, 2, 6, 9]);
  });
  it('bidirectional LSTM: T x B x dirs x 4 x H x (I + H) MACs', async () => {
    const l = await single('LSTM', [f('x', [5, 2, 8])], [w('W', [2, 16, 8]), w('R', [2, 16, 4]), w('B', [2, 32])], { hidden_size: 4, direction: 'bidirectional' }, 13, 3);
    expect(l.output_shape).toEqual([[5, 2, 2, 4], [2, 2, 4], [2, 2, 4]]);
    expect(l.macs).toEqual(5 * 2 * 2 * 4 * 4 * 12);
    expect(l.ops.sigmoid).toEqual(5 * 2 * 2 * 3 * 4);
    expect(l.params).toEqual(256 + 128 + 64);
  });
  it('GRU with layout 1 and RNN', async () => {
    const g = await single('GRU', [f('x', [2, 5, 8])], [w('W', [1, 12, 8]), w('R', [1, 12, 4])], { hidden_size: 4, layout: 1 }, 14, 2);
    expect(g.output_shape).toEqual([[2, 5, 1, 4], [2, 1, 4]]);
    expect(g.macs).toEqual(5 * 2 * 3 * 4 * 12);
    const r = await single('RNN', [f('x', [3, 1, 2])], [w('W', [1, 5, 2]), w('R', [1, 5, 5])], { hidden_size: 5 });
    expect(r.macs).toEqual(3 * 5 * 7);
    expect(r.ops.tanh).toEqual(15);
  });
});

describe('shape ops and constant folding', () => {
  it('folds the Shape -> Gather -> Unsqueeze -> Concat -> Reshape chain exporters emit', async () => {
    const bytes = model({
      opset: 13,
      inputs: [f('x', ['N', 3, 4])],
      outputs: [{ name: 'y' }],
      initializers: [i64('zero', [0], []), i64('ax0', [0]), i64('minus1', [-1])],
      nodes: [
        { op: 'Shape', inputs: ['x'], outputs: ['s'] },
        { op: 'Gather', inputs: ['s', 'zero'], outputs: ['n'], attrs: { axis: 0 } },
        { op: 'Unsqueeze', inputs: ['n', 'ax0'], outputs: ['n1'] },
        { op: 'Concat', inputs: ['n1', 'minus1'], outputs: ['target'], attrs: { axis: 0 } },
        { op: 'Reshape', inputs: ['x', 'target'], outputs: ['y'] },
      ],
    });
    const r = await run(bytes, { batchSize: 5 });
    expect(r.layers.map((l) => l.name)).toEqual(['Shape_0', 'Gather_1', 'Unsqueeze_2', 'Concat_3', 'Reshape_4']);
    expect(r.layers[4].output_shape).toEqual([5, 12]);
    expect(r.params).toEqual(0);
    expect(r.batch_size).toBe(5);
  });
  it('Slice clamps and steps as the spec says (inputs from opset 10, attributes before)', async () => {
    const l = await single('Slice', [f('x', [10, 20])], [i64('s', [1, -5]), i64('e', [8, 2 ** 62]), i64('a', [0, 1]), i64('st', [2, 1])]);
    expect(l.output_shape).toEqual([4, 5]);
    const back = await single('Slice', [f('x', [10])], [i64('s', [-1]), i64('e', [-100]), i64('a', [0]), i64('st', [-3])]);
    expect(back.output_shape).toEqual([4]);
    const old = await single('Slice', [f('x', [10, 20])], [], { starts: [2], ends: [5], axes: [1] }, 9);
    expect(old.output_shape).toEqual([10, 3]);
  });
  it('Split by sizes (input, attribute), evenly, and by num_outputs (opset 18)', async () => {
    expect((await single('Split', [f('x', [4, 5])], [i64('sp', [2, 3])], { axis: 1 }, 13, 2)).output_shape).toEqual([[4, 2], [4, 3]]);
    expect((await single('Split', [f('x', [4, 5])], [], { axis: 1, split: [1, 4] }, 11, 2)).output_shape).toEqual([[4, 1], [4, 4]]);
    expect((await single('Split', [f('x', [6])], [], {}, 13, 3)).output_shape).toEqual([[2], [2], [2]]);
    expect((await single('Split', [f('x', [7])], [], { num_outputs: 3 }, 18, 3)).output_shape).toEqual([[3], [3], [1]]);
  });
  it('Squeeze and Unsqueeze: axes as attributes before opset 13, as inputs after', async () => {
    expect((await single('Squeeze', [f('x', [1, 3, 1, 2])], [], { axes: [0] }, 11)).output_shape).toEqual([3, 1, 2]);
    expect((await single('Squeeze', [f('x', [1, 3, 1, 2])], [], {}, 13)).output_shape).toEqual([3, 2]);
    expect((await single('Unsqueeze', [f('x', [2, 3])], [], { axes: [0, 3] }, 11)).output_shape).toEqual([1, 2, 3, 1]);
    expect((await single('Unsqueeze', [f('x', [2, 3])], [i64('a', [-1])], {}, 13)).output_shape).toEqual([2, 3, 1]);
  });
  it('Gather, Transpose, Concat, Flatten, Expand, Tile, Pad, Where', async () => {
    expect((await single('Gather', [f('x', [3, 4, 5])], [i64('i', [2, 2, 0, 1], [2, 2])], { axis: 1 })).output_shape).toEqual([3, 2, 2, 5]);
    expect((await single('Transpose', [f('x', [2, 3, 4])], [])).output_shape).toEqual([4, 3, 2]);
    expect((await single('Transpose', [f('x', [2, 3, 4])], [], { perm: [0, 2, 1] })).output_shape).toEqual([2, 4, 3]);
    expect((await single('Concat', [f('a', [2, 3]), f('b', [2, 5])], [], { axis: -1 })).output_shape).toEqual([2, 8]);
    expect((await single('Flatten', [f('x', [2, 3, 4, 5])], [], { axis: 2 })).output_shape).toEqual([6, 20]);
    expect((await single('Expand', [f('x', [3, 1])], [i64('s', [2, 1, 6])])).output_shape).toEqual([2, 3, 6]);
    expect((await single('Tile', [f('x', [2, 3])], [i64('r', [2, 2])])).output_shape).toEqual([4, 6]);
    expect((await single('Pad', [f('x', [1, 3, 4, 4])], [i64('p', [0, 0, 1, 1, 0, 0, 1, 1])])).output_shape).toEqual([1, 3, 6, 6]);
    expect((await single('Pad', [f('x', [1, 3, 4, 4])], [], { pads: [0, 0, 2, 2, 0, 0, 2, 2] }, 2)).output_shape).toEqual([1, 3, 8, 8]);
    expect((await single('Where', [{ name: 'c', dims: [2, 1], elemType: DT.BOOL }, f('a', [3]), f('b', [1])], [])).output_shape).toEqual([2, 3]);
  });
  it('Range, ConstantOfShape and Constant give values downstream ops can use', async () => {
    const bytes = model({
      inputs: [f('x', [2, 1])],
      outputs: [{ name: 'y' }],
      nodes: [
        { op: 'Constant', inputs: [], outputs: ['lim'], attrs: { value: { t: i64('v', [6], []) } } },
        { op: 'Constant', inputs: [], outputs: ['start'], attrs: { value_int: 1 } },
        { op: 'Constant', inputs: [], outputs: ['step'], attrs: { value_int: 2 } },
        { op: 'Range', inputs: ['start', 'lim', 'step'], outputs: ['r'] },
        { op: 'Shape', inputs: ['r'], outputs: ['rs'] },
        { op: 'ConstantOfShape', inputs: ['rs'], outputs: ['ones'], attrs: { value: { t: i64('one', [1], [1]) } } },
        { op: 'Concat', inputs: ['ones', 'rs'], outputs: ['shape'], attrs: { axis: 0 } },
        { op: 'Expand', inputs: ['x', 'shape'], outputs: ['y'] },
      ],
    });
    const r = await run(bytes);
    expect(r.layers[3].output_shape).toEqual([3]);
    // ones = [1, 1, 1] (one per element of Range's shape [3]), then [1, 1, 1, 3].
    expect(r.layers[7].output_shape).toEqual([1, 1, 2, 3]);
    // Everything before Expand is computed once at load time; Expand runs on the input.
    expect(r.layers.slice(0, 7).every((l) => l.note?.startsWith('constant'))).toBe(true);
    expect(r.layers[7].note).toBeUndefined();
  });
  it('Reshape: 0 copies a dimension, -1 infers one; opset 1-4 read the shape attribute', async () => {
    expect((await single('Reshape', [f('x', [2, 3, 4])], [i64('s', [0, -1])])).output_shape).toEqual([2, 12]);
    expect((await single('Reshape', [f('x', [2, 3, 4])], [], { shape: [4, 6] }, 1)).output_shape).toEqual([4, 6]);
    await expect(single('Reshape', [f('x', [2, 3, 4])], [i64('s', [5, -1])])).rejects.toThrow(/cannot reshape \[2, 3, 4\]/);
  });
  it('a value only known at run time takes the shape the file declares, or the node is refused under the unknown policy', async () => {
    const spec = { op: 'Reshape', inputs: ['x', 's'], outputs: ['y'] };
    const ins = [f('x', [2, 6]), { name: 's', dims: [2], elemType: DT.INT64 }];
    const declared = model({ nodes: [spec], inputs: ins, outputs: [f('y', [3, 4])] });
    const r = await run(declared);
    expect(r.layers[0].output_shape).toEqual([3, 4]);
    expect(r.layers[0].note).toMatch(/declared in the file/);
    const bare = model({ nodes: [spec], inputs: ins, outputs: [{ name: 'y' }] });
    await expect(run(bare)).rejects.toThrow(/at node "Reshape_0": the target shape is only known at run time and the file declares no static shape for output "y"; its cost is unknown/);
    // Under unknown: warn the node is counted as 0, the total a lower bound.
    const warned = await run(bare, { unknown: 'warn' });
    expect(warned.lower_bound).toBe(true);
    expect(warned.layers[0].note).toMatch(/^not measured: the target shape is only known at run time/);
  });
  it('Dropout and Identity cost nothing; Cast folds values', async () => {
    expect((await single('Dropout', [f('x', [3, 4])], [], {}, 13, 2)).output_shape).toEqual([[3, 4], [3, 4]]);
    expect((await single('Identity', [f('x', [3, 4])], [])).ops).toEqual({});
    const c = await single('Cast', [f('x', [3])], [], { to: DT.INT64 });
    expect(c.ops).toEqual({});
  });
});

/** An input slot: a graph input (`in`), an initializer (`init`), or absent (''). */
type Slot = { in: ValueSpec } | { init: TensorSpec } | '';
const gi = (name: string, dims: (number | string)[], elemType: number = DT.FLOAT): Slot => ({ in: { name, dims, elemType } });
const ci = (name: string, dims: number[], dataType: number = DT.FLOAT, values?: number[]): Slot => ({ init: { name, dims, dataType, values } });

interface NodeOpts {
  attrs?: Record<string, AttrValue>;
  opset?: number;
  nOut?: number;
  domain?: string;
  /** Output shapes the file declares (graph outputs), by output index. */
  declared?: ((number | string)[] | undefined)[];
  opts?: AnalyzeOptions;
}

/** One node whose inputs are graph inputs and initializers in any order; returns its row. */
async function nodeRow(op: string, slots: Slot[], o: NodeOpts = {}) {
  const outputs = Array.from({ length: o.nOut ?? 1 }, (_, k) => `y${k}`);
  const names = slots.map((s) => (s === '' ? '' : 'in' in s ? s.in.name : s.init.name));
  const bytes = model({
    nodes: [{ op, inputs: names, outputs, attrs: o.attrs ?? {}, name: 'n', domain: o.domain }],
    inputs: slots.flatMap((s) => (s !== '' && 'in' in s ? [s.in] : [])),
    initializers: slots.flatMap((s) => (s !== '' && 'init' in s ? [s.init] : [])),
    outputs: outputs.map((name, k) => ({ name, dims: o.declared?.[k] })),
    opset: o.opset ?? 13,
    opsets: o.domain ? { [o.domain]: 1 } : {},
  });
  const r = await run(bytes, o.opts);
  return r.layers[r.layers.length - 1];
}

const MS = 'com.microsoft';
/** A per-tensor scale and zero point (initializers): the quantization metadata of one tensor. */
const sz = (p: string, zt: number = DT.UINT8): Slot[] => [ci(`${p}_scale`, [], DT.FLOAT, [0.1]), ci(`${p}_zp`, [], zt, [0])];

describe('quantized ops: integer products count the float product\'s MACs', () => {
  it('QuantizeLinear and DequantizeLinear: one quant per element; scales and zero points are not parameters', async () => {
    const qa = await nodeRow('QuantizeLinear', [gi('x', [1, 3, 4, 4]), ci('s', [3], DT.FLOAT, [1, 2, 3]), ci('z', [3], DT.UINT8, [0, 0, 0])]);
    expect(qa.output_shape).toEqual([1, 3, 4, 4]);
    expect(qa.ops).toEqual({ quant: 48 });
    expect(qa.params).toEqual(0);
    const dq = await nodeRow('DequantizeLinear', [gi('x', [6], DT.INT8), ...sz('x', DT.INT8)], { opset: 10 });
    expect(dq.ops).toEqual({ quant: 6 });
    expect((await nodeRow('QuantizeLinear', [gi('x', [2, 6]), ci('s', [2, 2], DT.FLOAT, [1, 1, 1, 1])], { opset: 21, attrs: { axis: 1, block_size: 3 } })).output_shape).toEqual([2, 6]);
    expect((await nodeRow('DequantizeLinear', [gi('x', [2, 4], DT.INT8), ci('s', [4], DT.FLOAT, [1, 1, 1, 1])], { domain: MS, attrs: { axis: 1 } })).ops).toEqual({ quant: 8 });
    await expect(nodeRow('DequantizeLinear', [gi('x', [2, 4], DT.INT8), ci('s', [4], DT.FLOAT, [1, 1, 1, 1])], { opset: 10 })).rejects.toThrow(/scale \[4\] is neither per tensor/);
    await expect(nodeRow('QuantizeLinear', [gi('x', [1, 3, 4, 4]), ci('s', [5], DT.FLOAT, [1, 1, 1, 1, 1])])).rejects.toThrow(/node "n" \(QuantizeLinear\): scale \[5\] is neither per tensor, per axis nor per block of input \[1, 3, 4, 4\]/);
  });

  it('a QDQ Conv: the dequantized weight folds at load, the Conv keeps its MACs, params are the float model\'s', async () => {
    const bytes = model({
      inputs: [{ name: 'x', dims: [1, 3, 8, 8] }],
      outputs: [{ name: 'y' }],
      initializers: [
        { name: 'xs', dims: [], values: [0.1] }, { name: 'xz', dims: [], dataType: DT.UINT8, values: [128] },
        { name: 'wq', dims: [4, 3, 3, 3], dataType: DT.INT8 }, { name: 'ws', dims: [4], values: [1, 1, 1, 1] }, { name: 'wz', dims: [4], dataType: DT.INT8 },
        { name: 'bq', dims: [4], dataType: DT.INT32 }, { name: 'bs', dims: [4], values: [1, 1, 1, 1] }, { name: 'bz', dims: [4], dataType: DT.INT32 },
      ],
      nodes: [
        { op: 'QuantizeLinear', inputs: ['x', 'xs', 'xz'], outputs: ['xq'] },
        { op: 'DequantizeLinear', inputs: ['xq', 'xs', 'xz'], outputs: ['xd'] },
        { op: 'DequantizeLinear', inputs: ['wq', 'ws', 'wz'], outputs: ['w'], attrs: { axis: 0 } },
        { op: 'DequantizeLinear', inputs: ['bq', 'bs', 'bz'], outputs: ['b'], attrs: { axis: 0 } },
        { op: 'Conv', inputs: ['xd', 'w', 'b'], outputs: ['y'] },
      ],
    });
    const r = await run(bytes);
    expect(r.layers.map((l) => l.ops)).toEqual([{ quant: 192 }, { quant: 192 }, {}, {}, { mac: 144 * 27, bias: 144 }]);
    expect(r.layers[2].note).toMatch(/^constant/);
    expect(r.layers.map((l) => l.params)).toEqual([0, 0, 108, 4, 0]);
    expect(r.macs).toEqual(144 * 27);
    expect(r.params).toEqual(112);
  });

  it('DynamicQuantizeLinear counts what its function body does', async () => {
    const l = await nodeRow('DynamicQuantizeLinear', [gi('x', [2, 5])], { opset: 11, nOut: 3 });
    expect(l.output_shape).toEqual([[2, 5], [], []]);
    expect(l.ops).toEqual({ reduce_max: 20, min: 2, max: 2, sub: 2, div: 2, round: 1, quant: 10 });
  });

  it('QLinearConv: Conv\'s MACs, the int32 bias, one requantization per output; int8 weights are parameters, scales not', async () => {
    const l = await nodeRow('QLinearConv', [
      gi('x', [1, 3, 8, 8], DT.UINT8), ...sz('x'), ci('w', [4, 3, 3, 3], DT.INT8), ci('w_scale', [4], DT.FLOAT, [1, 1, 1, 1]), ci('w_zp', [4], DT.INT8), ...sz('y'), ci('B', [4], DT.INT32),
    ], { opset: 10 });
    expect(l.output_shape).toEqual([1, 4, 6, 6]);
    expect(l.ops).toEqual({ mac: 144 * 27, bias: 144, quant: 144 });
    expect(l.params).toEqual(112);
    const ms = await nodeRow('QLinearConv', [gi('x', [1, 8, 8, 3], DT.UINT8), ...sz('x'), ci('w', [4, 3, 3, 3], DT.INT8), ...sz('w', DT.INT8), ...sz('y')], { domain: MS, attrs: { channels_last: 1 } });
    expect(ms.output_shape).toEqual([1, 6, 6, 4]);
    expect(ms.ops).toEqual({ mac: 144 * 27, quant: 144 });
  });

  it('ConvInteger, MatMulInteger, QLinearMatMul', async () => {
    const c = await nodeRow('ConvInteger', [gi('x', [1, 1, 3, 3], DT.UINT8), gi('w', [1, 1, 2, 2], DT.UINT8), ci('xz', [], DT.UINT8)], { opset: 10 });
    expect(c.output_shape).toEqual([1, 1, 2, 2]);
    expect(c.ops).toEqual({ mac: 16 });
    expect(c.params).toEqual(0);
    const m = await nodeRow('MatMulInteger', [gi('a', [4, 3], DT.UINT8), ci('b', [3, 2], DT.INT8), ci('az', [], DT.UINT8), ci('bz', [], DT.INT8)], { opset: 10 });
    expect(m.output_shape).toEqual([4, 2]);
    expect(m.ops).toEqual({ mac: 24 });
    expect(m.params).toEqual(6);
    const q = await nodeRow('QLinearMatMul', [gi('a', [2, 2, 4], DT.UINT8), ...sz('a'), gi('b', [2, 4, 3], DT.UINT8), ...sz('b'), ...sz('y')], { opset: 10 });
    expect(q.output_shape).toEqual([2, 2, 3]);
    expect(q.ops).toEqual({ mac: 48, quant: 12 });
  });

  it('com.microsoft QGemm, DynamicQuantizeMatMul, MatMulIntegerToFloat', async () => {
    const g = await nodeRow('QGemm', [gi('a', [2, 10], DT.UINT8), ...sz('a'), ci('b', [5, 10], DT.INT8), ...sz('b', DT.INT8), ci('c', [5], DT.INT32), ...sz('y')], { domain: MS, attrs: { transB: 1 } });
    expect(g.output_shape).toEqual([2, 5]);
    expect(g.ops).toEqual({ mac: 100, bias: 10, quant: 10 });
    expect(g.params).toEqual(55);
    const d = await nodeRow('DynamicQuantizeMatMul', [gi('a', [2, 4]), ci('b', [4, 3], DT.INT8), ci('bs', [3], DT.FLOAT, [1, 1, 1]), '', ci('bias', [3])], { domain: MS });
    expect(d.output_shape).toEqual([2, 3]);
    expect(d.ops).toEqual({ reduce_max: 16, min: 2, max: 2, sub: 2, div: 2, round: 1, quant: 8 + 6, mac: 24, bias: 6 });
    expect(d.params).toEqual(15);
    const f = await nodeRow('MatMulIntegerToFloat', [gi('a', [2, 4], DT.UINT8), ci('b', [4, 3], DT.INT8), ci('as', []), ci('bs', [])], { domain: MS });
    expect(f.ops).toEqual({ mac: 24, quant: 6 });
  });

  it('element-wise QLinear ops cost their QDQ form: dequantized non-constant inputs, the float op, the quantized output', async () => {
    const add = await nodeRow('QLinearAdd', [gi('a', [2, 3, 4], DT.UINT8), ...sz('a'), ci('b', [4], DT.UINT8), ...sz('b'), ...sz('c')], { domain: MS });
    expect(add.output_shape).toEqual([2, 3, 4]);
    expect(add.ops).toEqual({ add: 24, quant: 48 });
    const mul = await nodeRow('QLinearMul', [gi('a', [2, 3, 4], DT.UINT8), ...sz('a'), gi('b', [3, 1], DT.UINT8), ...sz('b'), ...sz('c')], { domain: MS });
    expect(mul.ops).toEqual({ mul: 24, quant: 24 + 3 + 24 });
    expect((await nodeRow('QLinearSigmoid', [gi('x', [2, 3], DT.UINT8), ...sz('x'), ...sz('y')], { domain: MS })).ops).toEqual({ sigmoid: 6, quant: 12 });
    expect((await nodeRow('QLinearLeakyRelu', [gi('x', [2, 3], DT.UINT8), ...sz('x'), ...sz('y')], { domain: MS, attrs: { alpha: 0.1 } })).ops).toEqual({ relu: 6, quant: 12 });
    const gap = await nodeRow('QLinearGlobalAveragePool', [gi('x', [1, 8, 7, 7], DT.UINT8), ...sz('x'), ...sz('y')], { domain: MS });
    expect(gap.output_shape).toEqual([1, 8, 1, 1]);
    expect(gap.ops).toEqual({ mean: 392, quant: 400 });
    expect((await nodeRow('QLinearGlobalAveragePool', [gi('x', [1, 7, 7, 8], DT.UINT8), ...sz('x'), ...sz('y')], { domain: MS, attrs: { channels_last: 1 } })).output_shape).toEqual([1, 1, 1, 8]);
    const ap = await nodeRow('QLinearAveragePool', [gi('x', [1, 2, 4, 4], DT.UINT8), ...sz('x'), ...sz('y')], { domain: MS, attrs: { kernel_shape: [2, 2], strides: [2, 2] } });
    expect(ap.output_shape).toEqual([1, 2, 2, 2]);
    expect(ap.ops).toEqual({ avgpool: 32, quant: 40 });
    expect((await nodeRow('QLinearSoftmax', [gi('x', [2, 5], DT.UINT8), ...sz('x'), ...sz('y')], { domain: MS, attrs: { axis: -1, opset: 13 } })).ops).toEqual({ softmax: 10, quant: 20 });
    const rm = await nodeRow('QLinearReduceMean', [gi('x', [2, 3, 4], DT.UINT8), ...sz('x'), ...sz('y')], { domain: MS, attrs: { axes: [1, 2], keepdims: 0 } });
    expect(rm.output_shape).toEqual([2]);
    expect(rm.ops).toEqual({ mean: 24, quant: 26 });
    const cat = await nodeRow('QLinearConcat', [...sz('y'), gi('a', [2, 3], DT.UINT8), ...sz('a'), gi('b', [2, 5], DT.UINT8), ...sz('b')], { domain: MS, attrs: { axis: 1 } });
    expect(cat.output_shape).toEqual([2, 8]);
    expect(cat.ops).toEqual({ quant: 6 + 10 + 16 });
    expect(cat.params).toEqual(0);
  });
});

describe('element-wise math, selections and scans', () => {
  for (const op of ['Sin', 'Cos', 'Tan', 'Asin', 'Acos', 'Atan', 'Sinh', 'Cosh', 'Asinh', 'Acosh', 'Atanh']) {
    it(`${op}: one trig per element`, async () => {
      const l = await nodeRow(op, [gi('x', [2, 3, 4])], { opset: 9 });
      expect(l.output_shape).toEqual([2, 3, 4]);
      expect(l.ops).toEqual({ trig: 24 });
    });
  }
  it('Shrink counts as the core hard or soft shrink; IsNaN and IsInf are logical tests', async () => {
    expect((await nodeRow('Shrink', [gi('x', [5])], { opset: 9, attrs: { lambd: 1.5 } })).ops).toEqual({ abs: 5, compare: 5 });
    expect((await nodeRow('Shrink', [gi('x', [5])], { opset: 9, attrs: { lambd: 1.5, bias: 1.5 } })).ops).toEqual({ compare: 10, sub: 5, add: 5 });
    expect((await nodeRow('IsNaN', [gi('x', [2, 3])], { opset: 13 })).ops).toEqual({ logical: 6 });
    expect((await nodeRow('IsInf', [gi('x', [2, 3])], { opset: 10 })).ops).toEqual({ logical: 6 });
  });
  it('bit operations count as logical operations', async () => {
    expect((await nodeRow('BitShift', [gi('a', [2, 3], DT.INT32), gi('b', [3], DT.INT32)], { opset: 11, attrs: { direction: 'LEFT' } })).ops).toEqual({ logical: 6 });
    expect((await nodeRow('BitShift', [gi('a', [2, 3], DT.INT32), gi('b', [3], DT.INT32)], { opset: 11, attrs: { direction: 'RIGHT' } })).ops).toEqual({ logical: 6 });
    await expect(nodeRow('BitShift', [gi('a', [3], DT.INT32), gi('b', [3], DT.INT32)], { opset: 11 })).rejects.toThrow(/node "n" \(BitShift\): direction "" must be LEFT or RIGHT/);
    const and = await nodeRow('BitwiseAnd', [gi('a', [2, 3], DT.INT32), gi('b', [2, 1], DT.INT32)], { opset: 18 });
    expect(and.output_shape).toEqual([2, 3]);
    expect(and.ops).toEqual({ logical: 6 });
    expect((await nodeRow('BitwiseNot', [gi('a', [4], DT.INT32)], { opset: 18 })).ops).toEqual({ logical: 4 });
  });
  it('a trig of a constant folds', async () => {
    const l = await nodeRow('Cos', [ci('c', [3], DT.FLOAT, [0, 1, 2])], { opset: 9 });
    expect(l.ops).toEqual({});
    expect(l.note).toMatch(/^constant/);
  });
  it('Hardmax and CumSum: one comparison, one cumulative addition per element', async () => {
    expect((await nodeRow('Hardmax', [gi('x', [3, 4, 5])], { attrs: { axis: 0 } })).ops).toEqual({ compare: 60 });
    const c = await nodeRow('CumSum', [gi('x', [2, 3]), ci('axis', [], DT.INT32, [1])], { opset: 14, attrs: { exclusive: 1 } });
    expect(c.output_shape).toEqual([2, 3]);
    expect(c.ops).toEqual({ cumsum: 6 });
    await expect(nodeRow('CumSum', [gi('x', [2, 3]), ci('axis', [], DT.INT32, [2])], { opset: 14 })).rejects.toThrow(/axis 2 is out of range for rank 2/);
  });
  it('TopK: k from a constant, an attribute (opset 1) or the declared output; in x ceil(log2(k + 1)) comparisons', async () => {
    const t = await nodeRow('TopK', [gi('x', [3, 4]), ci('k', [1], DT.INT64, [3])], { opset: 11, nOut: 2, attrs: { axis: 1 } });
    expect(t.output_shape).toEqual([[3, 3], [3, 3]]);
    expect(t.ops).toEqual({ sort: 12 * 2 });
    expect((await nodeRow('TopK', [gi('x', [3, 4]), ci('k', [1], DT.INT64, [1])], { opset: 11, nOut: 2 })).ops).toEqual({ sort: 12 });
    expect((await nodeRow('TopK', [gi('x', [3, 8])], { opset: 1, nOut: 2, attrs: { k: 4 } })).ops).toEqual({ sort: 24 * 3 });
    const run = await nodeRow('TopK', [gi('x', [3, 4]), gi('k', [1], DT.INT64)], { opset: 11, nOut: 2, declared: [[3, 2], [3, 2]] });
    expect(run.output_shape).toEqual([[3, 2], [3, 2]]);
    expect(run.ops).toEqual({ sort: 24 });
    expect(run.note).toMatch(/declared in the file/);
  });
  it('Det by LU decomposition: per M x M matrix (M-1)M(2M-1)/6 MACs, M(M-1)/2 divisions and pivot comparisons, M-1 multiplications', async () => {
    const d = await nodeRow('Det', [gi('x', [3, 4, 4])], { opset: 11 });
    expect(d.output_shape).toEqual([3]);
    expect(d.ops).toEqual({ mac: 3 * 14, div: 3 * 6, compare: 3 * 6, mul: 3 * 3 });
    expect((await nodeRow('Det', [gi('x', [2, 2])], { opset: 11 })).ops).toEqual({ mac: 1, div: 1, compare: 1, mul: 1 });
  });
});

describe('signal processing', () => {
  it('window functions: size from a constant folds; a run-time size takes the declared output', async () => {
    const folded = await nodeRow('HannWindow', [ci('n', [], DT.INT64, [10])], { opset: 17 });
    expect(folded.output_shape).toEqual([10]);
    expect(folded.note).toMatch(/^constant/);
    const hann = await nodeRow('HannWindow', [gi('n', [], DT.INT32)], { opset: 17, declared: [[10]] });
    expect(hann.ops).toEqual({ mul: 20, trig: 10, sub: 10, div: 1 });
    expect((await nodeRow('HammingWindow', [gi('n', [], DT.INT32)], { opset: 17, declared: [[10]] })).ops).toEqual({ mul: 20, trig: 10, sub: 10, div: 1 });
    expect((await nodeRow('BlackmanWindow', [gi('n', [], DT.INT32)], { opset: 17, declared: [[10]] })).ops).toEqual({ mul: 40, trig: 20, sub: 10, add: 10, div: 1 });
  });
  it('MelWeightMatrix folds from constant scalars and is refused from run-time ones', async () => {
    const consts = [ci('m', [], DT.INT32, [8]), ci('n', [], DT.INT32, [16]), ci('sr', [], DT.INT32, [8192]), ci('lo', [], DT.FLOAT, [0]), ci('hi', [], DT.FLOAT, [4096])];
    const l = await nodeRow('MelWeightMatrix', consts, { opset: 17 });
    expect(l.output_shape).toEqual([9, 8]);
    expect(l.note).toMatch(/^constant/);
    await expect(nodeRow('MelWeightMatrix', [gi('m', [], DT.INT32), ...consts.slice(1)], { opset: 17, declared: [[9, 8]] })).rejects.toThrow(
      /at node "n": computed from run-time scalars, its cost depends on their values/,
    );
  });
  it('DFT: N complex multiply-accumulates per output bin (2 real MACs for a real input, 4 for a complex one)', async () => {
    const real = await nodeRow('DFT', [gi('x', [1, 10, 10, 1])], { opset: 17, attrs: { axis: 1 } });
    expect(real.output_shape).toEqual([1, 10, 10, 2]);
    expect(real.ops).toEqual({ mac: 100 * 10 * 2 });
    const half = await nodeRow('DFT', [gi('x', [1, 10, 10, 1])], { opset: 17, attrs: { axis: 1, onesided: 1 } });
    expect(half.output_shape).toEqual([1, 6, 10, 2]);
    expect(half.ops).toEqual({ mac: 60 * 10 * 2 });
    const inv = await nodeRow('DFT', [gi('x', [1, 10, 10, 2])], { opset: 17, attrs: { axis: 2, inverse: 1 } });
    expect(inv.ops).toEqual({ mac: 100 * 10 * 4, div: 200 });
    const padded = await nodeRow('DFT', [gi('x', [2, 10, 1]), ci('len', [], DT.INT64, [16])], { opset: 17 });
    expect(padded.output_shape).toEqual([2, 16, 2]);
    expect(padded.ops).toEqual({ mac: 32 * 16 * 2 });
    const o20 = await nodeRow('DFT', [gi('x', [1, 8, 6, 1]), '', ci('axis', [], DT.INT64, [1])], { opset: 20 });
    expect(o20.output_shape).toEqual([1, 8, 6, 2]);
    expect(o20.ops).toEqual({ mac: 48 * 8 * 2 });
  });
  it('STFT: frames x bins x frame_length complex MACs, the window one mul per sample', async () => {
    const w = await nodeRow('STFT', [gi('s', [1, 128, 1]), ci('step', [], DT.INT64, [8]), ci('win', [16])], { opset: 17 });
    expect(w.output_shape).toEqual([1, 15, 9, 2]);
    expect(w.ops).toEqual({ mac: 15 * 9 * 16 * 2, mul: 15 * 16 });
    const fl = await nodeRow('STFT', [gi('s', [2, 64, 2]), ci('step', [], DT.INT64, [16]), '', ci('fl', [], DT.INT64, [16])], { opset: 17, attrs: { onesided: 0 } });
    expect(fl.output_shape).toEqual([2, 4, 16, 2]);
    expect(fl.ops).toEqual({ mac: 8 * 16 * 16 * 4 });
    await expect(nodeRow('STFT', [gi('s', [1, 128, 1]), ci('step', [], DT.INT64, [8]), '', gi('fl', [], DT.INT64)], { opset: 17, declared: [[1, 15, 9, 2]] })).rejects.toThrow(
      /cannot measure ONNX op "STFT" \(domain ai\.onnx, opset 17\) at node "n": its frame length is only known at run time; its cost is unknown/,
    );
  });
});

describe('random draws never fold', () => {
  it('Bernoulli compares each draw; the others count nothing and are not constants', async () => {
    expect((await nodeRow('Bernoulli', [gi('p', [10])], { opset: 15 })).ops).toEqual({ compare: 10 });
    const c = await nodeRow('RandomUniformLike', [ci('c', [2, 3])], { opset: 15 });
    expect(c.output_shape).toEqual([2, 3]);
    expect(c.note).toBeUndefined();
    const bytes = model({
      inputs: [],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'k', dims: [], values: [2] }],
      nodes: [
        { op: 'RandomNormal', inputs: [], outputs: ['r'], attrs: { shape: [2, 3] } },
        { op: 'Mul', inputs: ['r', 'k'], outputs: ['y'] },
      ],
    });
    const r = await run(bytes);
    expect(r.layers[0].output_shape).toEqual([2, 3]);
    expect(r.layers[0].note).toBeUndefined();
    expect(r.layers[1].ops).toEqual({ mul: 6 });
  });
});

describe('indexing ops and data-dependent shapes', () => {
  it('OneHot inserts depth at axis; depth from a constant or the declared output', async () => {
    const slots = (depth: Slot) => [gi('i', [2, 2], DT.INT64), depth, ci('v', [2], DT.FLOAT, [0, 1])];
    expect((await nodeRow('OneHot', slots(ci('d', [], DT.FLOAT, [10])), { opset: 11, attrs: { axis: 1 } })).output_shape).toEqual([2, 10, 2]);
    const last = await nodeRow('OneHot', slots(ci('d', [1], DT.INT64, [7])), { opset: 11 });
    expect(last.output_shape).toEqual([2, 2, 7]);
    expect(last.ops).toEqual({});
    expect((await nodeRow('OneHot', slots(gi('d', [])), { opset: 11, declared: [[2, 2, 5]] })).output_shape).toEqual([2, 2, 5]);
  });
  it('EyeLike, ReverseSequence and MaxUnpool move data only', async () => {
    expect((await nodeRow('EyeLike', [gi('x', [3, 4])], { opset: 9, attrs: { k: 1 } })).output_shape).toEqual([3, 4]);
    const rs = await nodeRow('ReverseSequence', [gi('x', [4, 4]), gi('l', [4], DT.INT64)], { opset: 10, attrs: { batch_axis: 0, time_axis: 1 } });
    expect(rs.output_shape).toEqual([4, 4]);
    expect(rs.ops).toEqual({});
    const mu = await nodeRow('MaxUnpool', [gi('x', [1, 1, 2, 2]), gi('i', [1, 1, 2, 2], DT.INT64)], { opset: 11, attrs: { kernel_shape: [2, 2], strides: [2, 2] } });
    expect(mu.output_shape).toEqual([1, 1, 4, 4]);
    expect((await nodeRow('MaxUnpool', [gi('x', [1, 1, 2, 2]), gi('i', [1, 1, 2, 2], DT.INT64), ci('s', [4], DT.INT64, [1, 1, 5, 5])], { opset: 11, attrs: { kernel_shape: [2, 2], strides: [2, 2] } })).output_shape).toEqual([1, 1, 5, 5]);
    expect((await nodeRow('MaxUnpool', [gi('x', [1, 1, 3, 3]), gi('i', [1, 1, 3, 3], DT.INT64)], { opset: 11, attrs: { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] } })).output_shape).toEqual([1, 1, 5, 5]);
  });
  it('Compress, NonZero and Unique: exact for constant data, refused when the data decides the shape', async () => {
    expect((await nodeRow('Compress', [gi('x', [3, 2]), ci('c', [3], DT.BOOL, [0, 1, 1])], { opset: 11, attrs: { axis: 0 } })).output_shape).toEqual([2, 2]);
    expect((await nodeRow('Compress', [gi('x', [3, 2]), ci('c', [5], DT.BOOL, [0, 1, 0, 0, 1])], { opset: 11 })).output_shape).toEqual([2]);
    await expect(nodeRow('Compress', [gi('x', [3, 2]), gi('c', [3], DT.BOOL)], { opset: 11, attrs: { axis: 0 }, declared: [[2, 2]] })).rejects.toThrow(
      /^test\.onnx: cannot measure ONNX op "Compress" \(domain ai\.onnx, opset 11\) at node "n": its output shape depends on the data \(how many elements of the condition are true\); its cost is unknown/,
    );
    const nz = await nodeRow('NonZero', [ci('c', [2, 2], DT.FLOAT, [1, 0, 1, 1])], { opset: 13 });
    expect(nz.output_shape).toEqual([2, 3]);
    expect(nz.note).toMatch(/^constant/);
    await expect(nodeRow('NonZero', [gi('c', [2, 2])], { opset: 13 })).rejects.toThrow(/at node "n": its output shape depends on the data \(how many elements are non-zero\)/);
    const u = await nodeRow('Unique', [ci('x', [6], DT.FLOAT, [2, 1, 1, 3, 4, 3])], { opset: 11, nOut: 4 });
    expect(u.output_shape).toEqual([[4], [4], [6], [4]]);
    const ua = await nodeRow('Unique', [ci('x', [3, 3], DT.FLOAT, [1, 0, 0, 1, 0, 0, 2, 3, 4])], { opset: 11, nOut: 4, attrs: { axis: 0 } });
    expect(ua.output_shape).toEqual([[2, 3], [2], [3], [2]]);
    await expect(nodeRow('Unique', [gi('x', [6])], { opset: 11 })).rejects.toThrow(/at node "n": its output shape depends on the data \(how many values are distinct\)/);
    // Under warn the refused node counts 0 and takes its declared shape.
    const warned = await nodeRow('NonZero', [gi('c', [2, 2])], { opset: 13, declared: [[2, 3]], opts: { unknown: 'warn' } });
    expect(warned).toMatchObject({ unknown: true, output_shape: [2, 3], ops: {} });
    expect(warned.note).toMatch(/^not measured: its output shape depends on the data/);
  });
});

describe('sampling', () => {
  it('RoiAlign: sampling_ratio^2 bilinear samples per output element; adaptive sampling is refused', async () => {
    const slots = [gi('x', [1, 1, 10, 10]), gi('rois', [3, 4]), gi('bi', [3], DT.INT64)];
    const r = await nodeRow('RoiAlign', slots, { opset: 16, attrs: { output_height: 5, output_width: 5, sampling_ratio: 2 } });
    expect(r.output_shape).toEqual([3, 1, 5, 5]);
    expect(r.ops).toEqual({ resize: 300, avgpool: 300 });
    expect((await nodeRow('RoiAlign', slots, { opset: 16, attrs: { sampling_ratio: 1, mode: 'max' } })).ops).toEqual({ resize: 3, maxpool: 3 });
    await expect(nodeRow('RoiAlign', slots, { opset: 16 })).rejects.toThrow(/at node "n": sampling_ratio 0 takes as many samples per bin as the ROI is large: its cost depends on the data/);
  });
  it('GridSample: one interpolation per output element', async () => {
    const g = await nodeRow('GridSample', [gi('x', [1, 1, 4, 4]), gi('grid', [1, 6, 6, 2])], { opset: 16 });
    expect(g.output_shape).toEqual([1, 1, 6, 6]);
    expect(g.ops).toEqual({ resize: 36 });
  });
});

describe('a Conv as onnxruntime\'s quantizers write it', () => {
  const floatConv = model({
    inputs: [{ name: 'x', dims: [1, 3, 8, 8] }],
    outputs: [{ name: 'y' }],
    initializers: [{ name: 'w', dims: [4, 3, 3, 3] }, { name: 'b', dims: [4] }],
    nodes: [{ op: 'Conv', inputs: ['x', 'w', 'b'], outputs: ['y'] }],
  });
  it('quantize_dynamic: DynamicQuantizeLinear, ConvInteger, the scales multiplied, the bias added: the float MACs and parameters', async () => {
    const dyn = model({
      inputs: [{ name: 'x', dims: [1, 3, 8, 8] }],
      outputs: [{ name: 'y' }],
      initializers: [
        { name: 'w_quantized', dims: [4, 3, 3, 3], dataType: DT.INT8 }, { name: 'w_scale', dims: [], values: [0.01] }, { name: 'w_zero_point', dims: [], dataType: DT.INT8 },
        { name: 'b', dims: [4] }, { name: 'shape', dims: [4], dataType: DT.INT64, values: [1, -1, 1, 1] },
      ],
      nodes: [
        { op: 'Reshape', inputs: ['b', 'shape'], outputs: ['b4'] },
        { op: 'DynamicQuantizeLinear', inputs: ['x'], outputs: ['xq', 'x_scale', 'x_zp'] },
        { op: 'Mul', inputs: ['x_scale', 'w_scale'], outputs: ['scales'] },
        { op: 'ConvInteger', inputs: ['xq', 'w_quantized', 'x_zp', 'w_zero_point'], outputs: ['acc'] },
        { op: 'Cast', inputs: ['acc'], outputs: ['accf'], attrs: { to: DT.FLOAT } },
        { op: 'Mul', inputs: ['accf', 'scales'], outputs: ['scaled'] },
        { op: 'Add', inputs: ['scaled', 'b4'], outputs: ['y'] },
      ],
    });
    const [f, q] = [await run(floatConv), await run(dyn)];
    expect(q.macs).toEqual(f.macs);
    expect(q.params).toEqual(f.params);
    expect(q.layers.map((l) => l.params)).toEqual([4, 0, 0, 108, 0, 0, 0]);
    // The product of the two scales is one multiplication, not a weight; the rescaled accumulator is data.
    expect(q.layers[2].ops).toEqual({ mul: 1 });
    expect(q.layers[5].ops).toEqual({ mul: 144 });
  });
  it('quantize_static, QOperator form: QuantizeLinear, QLinearConv, DequantizeLinear', async () => {
    const qop = model({
      inputs: [{ name: 'x', dims: [1, 3, 8, 8] }],
      outputs: [{ name: 'y' }],
      opsets: { [MS]: 1 },
      initializers: [
        { name: 'x_scale', dims: [], values: [0.1] }, { name: 'x_zp', dims: [], dataType: DT.UINT8 },
        { name: 'w_q', dims: [4, 3, 3, 3], dataType: DT.INT8 }, { name: 'w_scale', dims: [4], values: [1, 1, 1, 1] }, { name: 'w_zp', dims: [4], dataType: DT.INT8 },
        { name: 'y_scale', dims: [], values: [0.1] }, { name: 'y_zp', dims: [], dataType: DT.UINT8 }, { name: 'b_q', dims: [4], dataType: DT.INT32 },
      ],
      nodes: [
        { op: 'QuantizeLinear', inputs: ['x', 'x_scale', 'x_zp'], outputs: ['xq'] },
        { op: 'QLinearConv', inputs: ['xq', 'x_scale', 'x_zp', 'w_q', 'w_scale', 'w_zp', 'y_scale', 'y_zp', 'b_q'], outputs: ['yq'] },
        { op: 'DequantizeLinear', inputs: ['yq', 'y_scale', 'y_zp'], outputs: ['y'] },
      ],
    });
    const [f, q] = [await run(floatConv), await run(qop)];
    expect(q.macs).toEqual(f.macs);
    expect(q.params).toEqual(f.params);
    // notebook: 2 per MAC, the bias free, 2 per quantization (192 in, 144 requantized, 144 out).
    expect((await run(qop, { convention: 'notebook' })).flops).toEqual(2n * f.macs + 2n * (192n + 144n + 144n));
  });
});
