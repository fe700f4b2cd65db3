/**
 * One operation written the way each format writes it, measured through that format's reader
 * and adapters: the parity test compares what they count. Every builder returns the op's
 * report row (the last one, inputs excluded).
 */
import { analyzeInline, analyzeSpec } from '../../src/keras/measure.js';
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
