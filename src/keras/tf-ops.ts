import type { Config } from './model.js';

/**
 * Keras 2 (tf.keras) records a TensorFlow function called on symbolic tensors (`x + 3.0`,
 * `tf.reshape(x, ...)`, `x[:, 0]`) as a TFOpLambda (SlicingOpLambda for `[]`) layer: not
 * Python code but the function's name and its arguments, e.g.
 *   {"class_name": "TFOpLambda", "config": {"function": "__operators__.add", ...},
 *    "inbound_nodes": [["conv", 0, 0, {"y": 3.0, "name": null}]]}
 * The first argument is the node's tensor (or list of tensors); the others are keywords, a
 * tensor among them written ["layer", node, tensor]. Each function below is the Keras 3
 * operation of the same meaning, so its cost is that operation's rule: `op` names the rule,
 * `args` the keywords that follow the first argument positionally, `config` the keywords the
 * rule reads from its config. Functions outside the table stay unknown, named as such.
 */
interface TfFunction {
  op: string;
  args?: string[];
  config?: (kw: Config) => Config;
  /** The first argument is a list of tensors (tf.concat, tf.stack). */
  list?: boolean;
}

const binary = (op: string): TfFunction => ({ op, args: ['y'] });
const unary = (op: string): TfFunction => ({ op });
const reduction = (op: string): TfFunction => ({ op, config: (kw) => ({ axis: kw.axis ?? null, keepdims: kw.keepdims === true }) });

export const TF_FUNCTIONS: Record<string, TfFunction> = {
  '__operators__.add': binary('Add'),
  'math.add': binary('Add'),
  'math.subtract': binary('Subtract'),
  'math.multiply': binary('Multiply'),
  'math.truediv': binary('TrueDivide'),
  'math.divide': binary('TrueDivide'),
  'math.maximum': binary('Maximum'),
  'math.minimum': binary('Minimum'),
  'math.pow': binary('Power'),
  'math.greater': binary('Greater'),
  'math.greater_equal': binary('GreaterEqual'),
  'math.less': binary('Less'),
  'math.less_equal': binary('LessEqual'),
  'math.equal': binary('Equal'),
  'math.not_equal': binary('NotEqual'),
  'math.negative': unary('Negative'),
  'math.square': unary('Square'),
  'math.sqrt': unary('Sqrt'),
  'math.rsqrt': unary('Rsqrt'),
  'math.exp': unary('Exp'),
  'math.log': unary('Log'),
  'math.abs': unary('Absolute'),
  'math.tanh': unary('Tanh'),
  'nn.tanh': unary('Tanh'),
  'math.sigmoid': unary('Sigmoid'),
  'nn.sigmoid': unary('Sigmoid'),
  'nn.relu': unary('Relu'),
  'nn.relu6': unary('Relu6'),
  'nn.silu': unary('Silu'),
  'nn.swish': unary('Silu'),
  // tf.nn.gelu is the erf form unless asked (keras.ops.gelu defaults to the tanh one).
  'nn.gelu': { op: 'Gelu', config: (kw) => ({ approximate: kw.approximate === true }) },
  'nn.elu': unary('Elu'),
  'nn.selu': unary('Selu'),
  'nn.leaky_relu': unary('LeakyRelu'),
  'math.softplus': unary('Softplus'),
  'nn.softplus': unary('Softplus'),
  'nn.softmax': { op: 'Softmax', config: (kw) => ({ axis: kw.axis ?? -1 }) },
  'math.softmax': { op: 'Softmax', config: (kw) => ({ axis: kw.axis ?? -1 }) },
  'math.reduce_mean': reduction('Mean'),
  'math.reduce_sum': reduction('Sum'),
  'math.reduce_max': reduction('Max'),
  'math.reduce_min': reduction('Min'),
  'math.reduce_prod': reduction('Prod'),
  // TF's ArgMax alone (keras.ops.argmax adds Keras' -0.0 fix), along axis 0 by default.
  'math.argmax': { op: 'TfArgMax', config: (kw) => ({ axis: kw.axis ?? 0 }) },
  'math.argmin': { op: 'TfArgMin', config: (kw) => ({ axis: kw.axis ?? 0 }) },
  reshape: { op: 'Reshape', config: (kw) => ({ newshape: kw.shape }) },
  'expand_dims': { op: 'ExpandDims', config: (kw) => ({ axis: kw.axis }) },
  'compat.v1.squeeze': { op: 'Squeeze', config: (kw) => ({ axis: kw.axis ?? kw.squeeze_dims ?? null }) },
  squeeze: { op: 'Squeeze', config: (kw) => ({ axis: kw.axis ?? null }) },
  'compat.v1.transpose': { op: 'Transpose', config: (kw) => ({ axes: kw.perm ?? null }) },
  transpose: { op: 'Transpose', config: (kw) => ({ axes: kw.perm ?? null }) },
  concat: { op: 'Concatenate', list: true, config: (kw) => ({ axis: kw.axis }) },
  stack: { op: 'Stack', list: true, config: (kw) => ({ axis: kw.axis ?? 0 }) },
  cast: unary('Cast'),
  identity: unary('Cast'),
  stop_gradient: unary('StopGradient'),
  'linalg.matmul': { op: 'Matmul', args: ['b'] },
  matmul: { op: 'Matmul', args: ['b'] },
  '__operators__.getitem': { op: 'GetItem', args: ['slice_spec'] },
};

/** TF ops whose keywords change the arithmetic in ways the Keras 3 rule does not model. */
const UNSUPPORTED_KEYWORDS: Record<string, string[]> = {
  Matmul: ['transpose_a', 'transpose_b', 'adjoint_a', 'adjoint_b'],
};

/** Keras 2 writes a slice as {start, stop, step}; the Keras 3 GetItem rule reads `__slice__` objects. */
function slices(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(slices);
  if (v && typeof v === 'object' && !('class_name' in v) && 'start' in v && 'stop' in v) return { class_name: '__slice__', config: v };
  return v;
}

/**
 * The Keras 3 operation a TFOpLambda/SlicingOpLambda call is, with its positional arguments
 * (first the node's tensor or tensor list, then the keywords named in the table) and config;
 * undefined for a function outside the table or keywords it cannot honour.
 */
export function tfOpCall(fn: unknown, first: unknown, kwargs: Config): { op: string; args: unknown[]; config: Config } | undefined {
  if (typeof fn !== 'string') return undefined;
  const f = Object.prototype.hasOwnProperty.call(TF_FUNCTIONS, fn) ? TF_FUNCTIONS[fn] : undefined;
  if (!f) return undefined;
  if ((UNSUPPORTED_KEYWORDS[f.op] ?? []).some((k) => kwargs[k] === true)) return undefined;
  const rest = (f.args ?? []).map((k) => (f.op === 'GetItem' ? slices(kwargs[k]) : kwargs[k]));
  if (rest.some((v) => v === undefined)) return undefined;
  return { op: f.op, args: [first, ...rest], config: f.config?.(kwargs) ?? {} };
}

/** Whether the function's first argument is a list of tensors. */
export const tfListFirst = (fn: unknown): boolean => typeof fn === 'string' && TF_FUNCTIONS[fn]?.list === true;
