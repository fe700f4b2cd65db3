/**
 * One operation written the way each format writes it, measured through that format's reader
 * and adapters: the parity test compares what they count. Every builder returns the op's
 * report row (the last one, inputs excluded).
 */
import { analyzeModel } from '../../src/analyze.js';
import { analyzeInline, analyzeSpec } from '../../src/keras/measure.js';
import { buildModelReport } from '../../src/report/build.js';
import { TfWalk } from '../../src/tf/analyze.js';
import type { AttrValue as AttrValueTf, TfNode } from '../../src/tf/ir.js';
import { attrConstants } from '../../src/tf/saved-model.js';
import { tfliteBytes } from '../../bench/tflite-writer.mjs';
import { BufferSource } from '../../src/io/byte-source.js';
import { normalizeModel } from '../../src/keras/normalize.js';
import { analyzeOnnx } from '../../src/onnx/analyze.js';
import type { LayerReport } from '../../src/report/types.js';
import { oneNode, type AttrValue, type TensorSpec } from './onnx-writer.js';

/** Shapes without the batch axis; every front end runs at batch 1. */
type Shape = number[];

const T = (layer: string, shape: (number | null)[]) => ({ class_name: '__keras_tensor__', config: { shape, dtype: 'float32', keras_history: [layer, 0, 0] } });

function layerNode(className: string, name: string, config: Record<string, unknown>, args: unknown[] | undefined, module: string) {
  return { module, class_name: className, config: { name, trainable: true, ...config }, registered_name: null, name, inbound_nodes: args ? [{ args, kwargs: {} }] : [] };
}

function functional(layers: unknown[], inputs: string[], output: string) {
  return {
    module: 'keras.src.models.functional',
    class_name: 'Functional',
    config: { name: 'm', trainable: true, layers, input_layers: inputs.map((n) => [n, 0, 0]), output_layers: [[output, 0, 0]] },
  };
}

const inputLayers = (shapes: Shape[]) => shapes.map((s, i) => layerNode('InputLayer', `in${i}`, { batch_shape: [null, ...s] }, undefined, 'keras.layers'));

function lastRow(rows: LayerReport[]): LayerReport {
  const r = rows.filter((l) => l.type !== 'InputLayer');
  return r[r.length - 1];
}

function measureKeras(cfg: unknown): LayerReport {
  return lastRow(analyzeSpec(normalizeModel(cfg, 'parity.keras'), 'keras', 'parity.keras', {}).layers);
}

/** A Keras layer called on its inputs (a list for merge layers). */
export function kerasLayer(className: string, config: Record<string, unknown>, shapes: Shape[]): LayerReport {
  const tensors = shapes.map((s, i) => T(`in${i}`, [null, ...s]));
  const args = shapes.length === 1 ? [tensors[0]] : [tensors];
  return measureKeras(functional([...inputLayers(shapes), layerNode(className, 'op', config, args, 'keras.layers')], shapes.map((_, i) => `in${i}`), 'op'));
}

/** A keras.ops call on symbolic tensors: args are input indices (numbers wrapped as {input: i}) or constants. */
export function kerasOp(className: string, config: Record<string, unknown>, shapes: Shape[], args: unknown[] = shapes.map((_, i) => ({ input: i })), module = 'keras.src.ops.numpy'): LayerReport {
  const bind = (a: unknown): unknown => {
    if (a && typeof a === 'object' && 'input' in (a as object)) {
      const i = (a as { input: number }).input;
      return T(`in${i}`, [null, ...shapes[i]]);
    }
    return Array.isArray(a) ? a.map(bind) : a;
  };
  return measureKeras(functional([...inputLayers(shapes), layerNode(className, 'op', config, args.map(bind), module)], shapes.map((_, i) => `in${i}`), 'op'));
}

/** A Keras 2 TFOpLambda: tf.<fn> on the first input, `kwargs` its keywords (a tensor keyword as {input: i}). */
export function tfFunction(fn: string, shapes: Shape[], kwargs: Record<string, unknown> = {}): LayerReport {
  const kw = Object.fromEntries(Object.entries(kwargs).map(([k, v]) => [k, v && typeof v === 'object' && 'input' in (v as object) ? [`in${(v as { input: number }).input}`, 0, 0] : v]));
  const L = (className: string, name: string, config: object, nodes: unknown[]) => ({ class_name: className, name, config: { name, trainable: true, ...config }, inbound_nodes: nodes });
  const layers = [
    ...shapes.map((s, i) => L('InputLayer', `in${i}`, { batch_input_shape: [null, ...s] }, [])),
    L('TFOpLambda', 'op', { function: fn }, [['in0', 0, 0, { ...kw, name: null }]]),
  ];
  return measureKeras({ class_name: 'Functional', config: { name: 'k2', layers, input_layers: shapes.map((_, i) => [`in${i}`, 0, 0]), output_layers: [['op', 0, 0]] } });
}

/** The budget file's inline `layers:` form: one layer, its input shape in its config. */
export function inline(key: string, config: Record<string, unknown>, shape: Shape): LayerReport {
  return lastRow(analyzeInline([{ [key]: { input_shape: shape, ...config } }], 'parity.yml', {}).layers);
}

/** A one-node ONNX graph: data inputs (batch first, as given) and initializers. */
export async function onnxOp(op: string, attrs: Record<string, AttrValue>, inputs: number[][], initializers: TensorSpec[] = [], opset = 18, outputs = 1): Promise<LayerReport> {
  const names = [...inputs.map((_, i) => `x${i}`), ...initializers.map((t) => t.name)];
  const bytes = oneNode(
    { op, inputs: names, outputs: Array.from({ length: outputs }, (_, i) => `y${i}`), name: 'op', attrs },
    inputs.map((dims, i) => ({ name: `x${i}`, dims })),
    { initializers, opset },
  );
  const r = await analyzeOnnx(new BufferSource(bytes, 'parity.onnx'), 'parity.onnx', {});
  return r.layers[r.layers.length - 1];
}

/** An operand of a TF or TFLite op: a data input (its shape, batch first) or a stored constant. */
export type Operand = { input: number[] } | { const: number[]; values?: number[]; int?: boolean };
export const X = (...shape: number[]): Operand => ({ input: shape });
export const C = (shape: number[], values?: number[]): Operand => ({ const: shape, ...(values ? { values } : {}) });
/** An int32 constant (a shape, axes, sizes). */
export const I = (values: number[], shape = [values.length]): Operand => ({ const: shape, values, int: true });

/**
 * A one-operator TFLite model written as a file and read back: `code` the BuiltinOperator,
 * `options` its builtin options table ([field id, kind, value] as schema.fbs numbers them).
 */
export async function tfliteOp(code: number, options: [number, 'u8' | 'i8' | 'u32' | 'i32', number][] | undefined, operands: Operand[], outputs = 1): Promise<LayerReport> {
  const tensors = operands.map((o) => {
    if ('input' in o) return { shape: o.input, type: 0 };
    const n = o.const.reduce((a, b) => a * b, 1);
    const data = new Uint8Array(4 * n);
    if (o.values) o.values.forEach((v, i) => (o.int ? new DataView(data.buffer).setInt32(4 * i, v, true) : new DataView(data.buffer).setFloat32(4 * i, v, true)));
    return { shape: o.const, type: o.int ? 2 : 0, data };
  });
  const outs = Array.from({ length: outputs }, (_, i) => tensors.length + i);
  const all = [...tensors, ...outs.map(() => ({ shape: [] as number[], type: 0 }))];
  const bytes = tfliteBytes({ tensors: all, operators: [{ code, inputs: operands.map((_, i) => i), outputs: outs, ...(options ? { options } : {}) }], inputs: operands.flatMap((o, i) => ('input' in o ? [i] : [])), outputs: outs });
  const { report } = await analyzeModel(new BufferSource(bytes, 'parity.tflite'), 'parity.tflite', {});
  return report.layers[report.layers.length - 1];
}

/** TF attribute values, as the TF IR holds them. */
export const tf = {
  s: (s: string): AttrValueTf => ({ kind: 's', s }),
  i: (i: number): AttrValueTf => ({ kind: 'i', i }),
  b: (b: boolean): AttrValueTf => ({ kind: 'b', b }),
  ints: (i: number[]): AttrValueTf => ({ kind: 'list', s: [], i, f: [], type: [], shape: [], func: [] }),
  strs: (s: string[]): AttrValueTf => ({ kind: 'list', s, i: [], f: [], type: [], shape: [], func: [] }),
};

/**
 * One TF node with its operands (placeholders and Const nodes), walked as a SavedModel's or a
 * graph model's node is: the TF op adapters of src/tf/ops through the TF walk.
 */
export async function tfOp(op: string, attrs: Record<string, AttrValueTf>, operands: Operand[]): Promise<LayerReport> {
  const nodes: TfNode[] = operands.map((o, i) =>
    'input' in o
      ? { name: `x${i}`, op: 'Placeholder', inputs: [], attrs: new Map() }
      : { name: `c${i}`, op: 'Const', inputs: [], attrs: new Map([['value', { kind: 'tensor', tensor: { dtype: o.int ? 3 : 1, dims: o.const, values: o.values ?? (o.int ? undefined : undefined) } } as AttrValueTf]]) },
  );
  nodes.push({ name: 'op', op, inputs: operands.map((o, i) => ('input' in o ? `x${i}` : `c${i}`)), attrs: new Map(Object.entries(attrs)) });
  const walk = new TfWalk('parity.pb', new Map(), attrConstants, 'variables', 'error');
  const top = walk.scope('', nodes);
  operands.forEach((o, i) => {
    if ('input' in o) top.args.set(`x${i}`, { shape: o.input, dtype: 'float32', values: undefined });
  });
  await walk.run(top, ['op'], walk.rows);
  const report = buildModelReport({ name: 'parity', path: 'parity.pb', format: 'saved_model', convention: 'notebook', batch_size: 1, input_shapes: [] }, walk.rows);
  return report.layers[report.layers.length - 1];
}
