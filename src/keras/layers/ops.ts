import { activation, type ActivationName } from '../../core/ops/activation.js';
import { binary, clip, unary, where, type BinaryFn, type UnaryFn } from '../../core/ops/elementwise.js';
import { expand, repeat, reshape, squeeze, tile, transpose, unsqueeze } from '../../core/ops/layout.js';
import { addCounts } from '../../core/counts.js';
import { cumSum } from '../../core/ops/misc.js';
import { einsum, matmul, tensordot } from '../../core/ops/linear.js';
import { argReduce, reduce, variance, type ReduceKind } from '../../core/ops/reduce.js';
import { concat, evenSplitSizes, slice, split, stack, type SliceAxis } from '../../core/ops/select.js';
import { normAxis } from '../../core/shape.js';
import { shaped, type Tensor } from '../../core/tensor.js';
import { fail, product } from './config.js';
import { fromCore, TensorArg, type LayerCall, type LayerRule } from './rule.js';

/**
 * Keras 3 operations: `keras.ops` functions (and Python operators such as `x + 3.0`) applied
 * to symbolic tensors in a functional model. Keras writes each as a node of module
 * keras.src.ops.* whose config holds the operation's constructor arguments (`axis`,
 * `newshape`...) and whose call `args` hold its tensors and constants, e.g.
 * `{"class_name": "Add", "module": "keras.src.ops.numpy", "inbound_nodes": [{"args": [T, 3.0]}]}`
 * for MobileNetV3's hard-sigmoid. Each is an adapter onto the core rule of the same operation
 * (the ONNX op of the same meaning calls the same one), so one model costs the same whatever
 * its format.
 */

/** The call's positional arguments, tensors as TensorArg (the walker binds them). */
function argsOf(call: LayerCall): unknown[] {
  return call.args ?? call.inputs.map((s) => new TensorArg(s));
}

const isTensor = (v: unknown): v is TensorArg => v instanceof TensorArg;

/**
 * A constant argument as a tensor: a number is a scalar (its value known), a nested list has
 * its list shape, a constant tensor (`{"class_name": "__tensor__" or "__numpy__", "config":
 * {"value": ...}}`) its value's.
 */
function constant(call: LayerCall, v: unknown, depth = 0): Tensor {
  if (depth > 64) fail(call, 'has a constant argument nested too deeply');
  if (typeof v === 'number' || typeof v === 'boolean') return { shape: [], dtype: 'float32', values: [Number(v)] };
  const o = v as { class_name?: unknown; config?: { value?: unknown } } | null;
  if (o && typeof o === 'object' && !Array.isArray(o) && (o.class_name === '__tensor__' || o.class_name === '__numpy__') && o.config) {
    return constant(call, o.config.value, depth + 1);
  }
  if (Array.isArray(v)) {
    const inner = v.map((x) => constant(call, x, depth + 1).shape);
    if (inner.some((s) => s.join() !== (inner[0] ?? []).join())) fail(call, 'has a ragged constant argument');
    return shaped([v.length, ...(inner[0] ?? [])]);
  }
  return fail(call, `cannot read argument ${JSON.stringify(v)}`);
}

const tensorOf = (call: LayerCall, v: unknown): Tensor => (isTensor(v) ? shaped(v.shape) : constant(call, v));

/** The tensor argument at `index`, which the shape ops act on. */
function tensorArg(call: LayerCall, index = 0): Tensor {
  const v = argsOf(call)[index];
  if (!isTensor(v)) return fail(call, `expects a tensor as argument ${index + 1}`);
  return shaped(v.shape);
}

function cfgNum(call: LayerCall, key: string): number | undefined {
  const v = call.config[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** An axis list from the config: null/absent = undefined; an int = one axis. */
function cfgAxes(call: LayerCall, key: string): number[] | undefined {
  const v = call.config[key];
  if (v === undefined || v === null) return undefined;
  const list = typeof v === 'number' ? [v] : v;
  if (!Array.isArray(list) || !list.every((a) => Number.isSafeInteger(a))) return fail(call, `"${key}" must be an axis or a list of axes, got ${JSON.stringify(v)}`);
  return list as number[];
}

function cfgInts(call: LayerCall, key: string, min = -Infinity): number[] {
  const raw = call.config[key];
  const list = typeof raw === 'number' ? [raw] : raw;
  if (!Array.isArray(list) || !list.every((d) => Number.isSafeInteger(d) && d >= min)) return fail(call, `"${key}" must be a list of integers, got ${JSON.stringify(raw)}`);
  return list as number[];
}

/** A two-argument function (tensors or constants), broadcast. */
function binaryOp(fn: BinaryFn): LayerRule {
  return (call) => {
    const args = argsOf(call);
    if (args.length !== 2) fail(call, `expects 2 arguments, got ${args.length}`);
    if (!args.some(isTensor)) fail(call, 'has no tensor argument');
    return fromCore(binary(fn, tensorOf(call, args[0]), tensorOf(call, args[1])));
  };
}

const unaryOp = (fn: UnaryFn): LayerRule => (call) => fromCore(unary(fn, tensorArg(call)));

/** `keras.ops.nn` activations cost what the activation of the same name costs in a layer. */
const activationOp = (name: ActivationName): LayerRule => (call) => fromCore(activation(name, tensorArg(call), cfgNum(call, 'axis') ?? -1));

/** ops.gelu: `approximate` (default true) is the tanh form TF runs as several kernels; false, the erf form. */
const Gelu: LayerRule = (call) => fromCore(activation(call.config.approximate === false ? 'gelu' : 'gelu_tanh', tensorArg(call)));

/** ops.where(condition, x, y): a select, no arithmetic. */
const Where: LayerRule = (call) => {
  const args = argsOf(call);
  if (args.length !== 3) fail(call, `expects 3 arguments, got ${args.length}`);
  return fromCore(where(tensorOf(call, args[0]), tensorOf(call, args[1]), tensorOf(call, args[2])));
};

/** ops.clip(x, x_min, x_max): both bounds. */
const Clip: LayerRule = (call) => {
  const args = argsOf(call);
  const x = tensorArg(call);
  const bound = (i: number, key: string) => (args[i] !== undefined ? tensorOf(call, args[i]) : call.config[key] !== undefined && call.config[key] !== null ? constant(call, call.config[key]) : undefined);
  return fromCore(clip(x, bound(1, 'x_min'), bound(2, 'x_max')));
};

/** Reductions over `axis` (null: every axis, batch included), `keepdims`. */
const reduction = (kind: ReduceKind): LayerRule => (call) => fromCore(reduce(kind, tensorArg(call), cfgAxes(call, 'axis'), call.config.keepdims === true));

/**
 * ops.argmax / argmin along `axis` (null: the flattened tensor). On a float tensor (a Keras
 * model's are) Keras' TF backend first replaces -0.0 by the smallest negative float (the
 * flush-to-zero fix): x == 0 and a sign-bit test (a bitwise and of the bits, then < 0) per
 * element, their logical and, a select: two comparisons and two logical operations per
 * element before the arg-reduction. `plain`: TF's own ArgMax/ArgMin, without it (Keras 2's
 * tf.math.argmax).
 */
const argReduction = (min: boolean, plain = false): LayerRule => (call) => {
  const x = tensorArg(call);
  const axis = cfgNum(call, 'axis');
  const r = axis === undefined ? argReduce(shaped([product(x.shape)]), 0, false, min) : argReduce(x, axis, call.config.keepdims === true, min);
  if (!plain) {
    const n = BigInt(product(x.shape));
    addCounts(r.counts, { compare: 2n * n, logical: 2n * n });
  }
  return fromCore(r);
};

/** ops.var / ops.std over `axis` (null: every axis), as tf.math.reduce_variance / reduce_std. */
const varianceOp = (std: boolean): LayerRule => (call) => fromCore(variance(tensorArg(call), cfgAxes(call, 'axis'), call.config.keepdims === true, std));

/** ops.cumsum along `axis` (null: the flattened tensor). */
const Cumsum: LayerRule = (call) => {
  const x = tensorArg(call);
  const axis = cfgNum(call, 'axis');
  return fromCore(axis === undefined ? cumSum(shaped([product(x.shape)]), 0) : cumSum(x, axis));
};

/**
 * ops.norm(x, ord, axis, keepdims) as Keras' TF backend computes it (linalg.norm): over one
 * axis, ord None/2 sqrt(sum(x * x)) (the core's L2 reduction), inf/-inf max/min of |x|, 0 a
 * count of x != 0, another p (sum |x|^p)^(1/p) (two Pows); over two axes, None/"fro" as L2, 1,
 * -1, inf, -inf the max/min over one axis of the sums of |x| over the other. The spectral and
 * nuclear norms (ord 2, -2, "nuc" over two axes) take an SVD: refused.
 */
const Norm: LayerRule = (call) => {
  const x = tensorArg(call);
  const rank = x.shape.length;
  const given = cfgAxes(call, 'axis') ?? x.shape.map((_, i) => i);
  const ax = given.map((a) => normAxis(a, rank));
  const keep = call.config.keepdims === true;
  const ord = call.config.ord ?? null;
  const inf = (v: unknown) => v === 'inf' || v === '-inf' || v === Infinity || v === -Infinity || (typeof v === 'object' && v !== null && /inf/.test(JSON.stringify(v)));
  const n = BigInt(product(x.shape));
  if (ax.length === 1 || (ax.length === 2 && (ord === null || ord === 'fro'))) {
    if (ord === null || ord === 2 || ord === 'fro') return fromCore(reduce('l2', x, ax, keep));
    if (ax.length === 1 && inf(ord)) {
      const r = reduce('max', x, ax, keep);
      addCounts(r.counts, { abs: n });
      return fromCore(r);
    }
    if (ax.length === 1 && ord === 0) {
      const r = reduce('sum', x, ax, keep);
      addCounts(r.counts, { compare: n });
      return fromCore(r);
    }
    if (ax.length === 1 && typeof ord === 'number') {
      const r = reduce('sum', x, ax, keep);
      addCounts(r.counts, { abs: n, pow: n + BigInt(product(r.outputs[0].shape)) });
      return fromCore(r);
    }
  }
  if (ax.length === 2 && (ord === 1 || ord === -1 || inf(ord))) {
    // ord +-1 sums over the row axis first, +-inf over the column axis, then the extreme over the other.
    const [first, second] = ord === 1 || ord === -1 ? [ax[0], ax[1]] : [ax[1], ax[0]];
    const sums = reduce('sum', x, [first], true);
    const r = reduce('max', sums.outputs[0], [second], true);
    const out = keep ? r.outputs[0].shape : x.shape.filter((_, i) => !ax.includes(i));
    return { outputs: [[...out]], ops: addCounts(addCounts({ abs: n }, sums.counts), r.counts), params: 0n };
  }
  return fail(call, `norm with ord ${JSON.stringify(ord)} over ${ax.length} axes is not supported (only vector norms and the Frobenius, 1 and inf matrix norms)`);
};

/** ops.reshape: `newshape` includes the batch axis; one -1 takes what is left. */
const Reshape: LayerRule = (call) => fromCore(reshape(tensorArg(call), cfgInts(call, 'newshape', -1)));

const Transpose: LayerRule = (call) => {
  const x = tensorArg(call);
  const raw = call.config.axes;
  return fromCore(transpose(x, raw === null || raw === undefined ? undefined : cfgInts(call, 'axes')));
};

const Swapaxes: LayerRule = (call) => {
  const x = tensorArg(call);
  const a = normAxis(cfgNum(call, 'axis1') ?? NaN, x.shape.length);
  const b = normAxis(cfgNum(call, 'axis2') ?? NaN, x.shape.length);
  const perm = x.shape.map((_, i) => (i === a ? b : i === b ? a : i));
  return fromCore(transpose(x, perm));
};

const ExpandDims: LayerRule = (call) => fromCore(unsqueeze(tensorArg(call), cfgInts(call, 'axis')));

/** Squeeze `axis`, or every size-1 axis but the batch one (Keras traces with an open batch). */
const Squeeze: LayerRule = (call) => {
  const x = tensorArg(call);
  return fromCore(squeeze(x, cfgAxes(call, 'axis') ?? x.shape.flatMap((d, i) => (i > 0 && d === 1 ? [i] : []))));
};

/** The list of tensors ops.concatenate and ops.stack take as their first argument. */
function tensorList(call: LayerCall): Tensor[] {
  const first = argsOf(call)[0];
  const list = Array.isArray(first) ? first : argsOf(call);
  if (list.length === 0 || !list.every(isTensor)) return fail(call, 'expects a list of tensors');
  return (list as TensorArg[]).map((t) => shaped(t.shape));
}

const Concatenate: LayerRule = (call) => fromCore(concat(tensorList(call), cfgNum(call, 'axis') ?? 0));
const Stack: LayerRule = (call) => fromCore(stack(tensorList(call), cfgNum(call, 'axis') ?? 0));

/** ops.split: `indices_or_sections` equal sections or cut points along `axis`; one output per piece. */
const Split: LayerRule = (call) => {
  const x = tensorArg(call);
  const axis = normAxis(cfgNum(call, 'axis') ?? 0, x.shape.length);
  const raw = call.config.indices_or_sections;
  const len = x.shape[axis];
  let sizes: number[];
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0) sizes = evenSplitSizes(len, raw);
  else if (Array.isArray(raw) && raw.every((d) => Number.isSafeInteger(d))) {
    const cuts = [0, ...(raw as number[]).map((c) => Math.min(Math.max(c < 0 ? c + len : c, 0), len)), len];
    sizes = cuts.slice(1).map((c, i) => Math.max(c - cuts[i], 0));
  } else return fail(call, `"indices_or_sections" must be an integer or a list of integers, got ${JSON.stringify(raw)}`);
  return fromCore(split(x, axis, sizes));
};

const Tile: LayerRule = (call) => fromCore(tile(tensorArg(call), cfgInts(call, 'repeats', 0)));

/** numpy repeat along `axis` (null: the flattened tensor), `repeats` one count or one per element. */
const Repeat: LayerRule = (call) => {
  const raw = call.config.repeats;
  const axis = call.config.axis === null || call.config.axis === undefined ? undefined : cfgNum(call, 'axis') ?? NaN;
  return fromCore(repeat(tensorArg(call), typeof raw === 'number' ? raw : cfgInts(call, 'repeats', 0), axis));
};

const BroadcastTo: LayerRule = (call) => {
  const x = tensorArg(call);
  const target = cfgInts(call, 'shape', 0);
  const r = expand(x, target);
  if (r.outputs[0].shape.join() !== target.join()) fail(call, `cannot broadcast [${x.shape.join(', ')}] to ${JSON.stringify(target)}`);
  return fromCore(r);
};

/** Keras serialises a GetItem key tuple as a list, its slices as `__slice__` and `__ellipsis__` objects. */
const keyItems = (key: unknown): unknown[] => (Array.isArray(key) ? key : [key]);

/**
 * x[key], numpy basic indexing: an int drops its axis, a slice keeps what it selects (Python's
 * slice rules), None adds an axis, an ellipsis stands for the axes not named. No arithmetic.
 */
const GetItem: LayerRule = (call) => {
  const x = tensorArg(call);
  const items = keyItems(argsOf(call)[1]);
  const kind = (v: unknown): 'int' | 'slice' | 'none' | 'ellipsis' => {
    if (v === null) return 'none';
    if (typeof v === 'number' && Number.isSafeInteger(v)) return 'int';
    const o = v as Record<string, unknown> | undefined;
    if (o && typeof o === 'object' && o.class_name === '__slice__') return 'slice';
    if (o && typeof o === 'object' && o.class_name === '__ellipsis__') return 'ellipsis';
    return fail(call, `cannot read index ${JSON.stringify(v)} (only integers, slices, None and ... are supported)`);
  };
  const kinds = items.map(kind);
  if (kinds.filter((k) => k === 'ellipsis').length > 1) fail(call, 'an index can hold only one ellipsis');
  const named = kinds.filter((k) => k === 'int' || k === 'slice').length;
  if (named > x.shape.length) fail(call, `too many indices for a tensor of rank ${x.shape.length}`);
  const opt = (v: unknown, what: string): number | null => {
    if (v === null || v === undefined) return null;
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) return fail(call, `slice ${what} must be an integer, got ${JSON.stringify(v)}`);
    return v;
  };
  const specs: SliceAxis[] = [];
  const dropped: number[] = [];
  const inserted: number[] = [];
  let axis = 0;
  let outAxis = 0;
  items.forEach((item, i) => {
    const k = kinds[i];
    if (k === 'none') inserted.push(outAxis++);
    else if (k === 'ellipsis') {
      const span = x.shape.length - named;
      axis += span;
      outAxis += span;
    } else if (k === 'int') {
      const n = x.shape[axis];
      const at = (item as number) < 0 ? (item as number) + n : (item as number);
      if (at < 0 || at >= n) fail(call, `index ${item as number} is out of range for axis ${axis} of size ${n}`);
      specs.push({ axis, start: at, end: at + 1, step: 1 });
      dropped.push(axis++);
    } else {
      const c = (item as { config?: Record<string, unknown> }).config ?? {};
      specs.push({ axis: axis++, start: opt(c.start, 'start'), end: opt(c.stop, 'stop'), step: opt(c.step, 'step') ?? 1 });
      outAxis++;
    }
  });
  const sliced = slice(x, specs, 'python').outputs[0];
  const kept = sliced.shape.filter((_, i) => !dropped.includes(i));
  const out = inserted.length ? unsqueeze(shaped(kept), inserted).outputs[0].shape : kept;
  return { outputs: [[...out]], ops: {}, params: 0n };
};

/** ops.matmul of tensors or constants (a numpy weight matrix is a `__numpy__` constant). */
const Matmul: LayerRule = (call) => {
  const [a, b] = argsOf(call);
  if (!isTensor(a) && !isTensor(b)) fail(call, 'has no tensor argument');
  return fromCore(matmul(tensorOf(call, a), tensorOf(call, b)));
};

/** ops.tensordot(x, y, axes): `axes` an integer n (the last n of x with the first n of y) or two lists. */
const Tensordot: LayerRule = (call) => {
  const [a, b] = argsOf(call);
  const x = tensorOf(call, a);
  const y = tensorOf(call, b);
  const raw = call.config.axes ?? 2;
  let ax: number[];
  let ay: number[];
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) {
    ax = Array.from({ length: raw }, (_, i) => x.shape.length - raw + i);
    ay = Array.from({ length: raw }, (_, i) => i);
  } else if (Array.isArray(raw) && raw.length === 2) {
    const list = (v: unknown) => (typeof v === 'number' ? [v] : Array.isArray(v) && v.every((d) => Number.isSafeInteger(d)) ? (v as number[]) : fail(call, `cannot read axes ${JSON.stringify(raw)}`));
    [ax, ay] = [list(raw[0]), list(raw[1])];
  } else return fail(call, `cannot read axes ${JSON.stringify(raw)}`);
  return fromCore(tensordot(x, y, ax, ay));
};

/**
 * ops.dot, numpy's dot: a scalar operand multiplies element-wise; otherwise x's last axis
 * contracts with y's only one (a vector) or its second to last, as tf.tensordot.
 */
const Dot: LayerRule = (call) => {
  const [a, b] = argsOf(call);
  const x = tensorOf(call, a);
  const y = tensorOf(call, b);
  if (x.shape.length === 0 || y.shape.length === 0) return fromCore(binary('mul', x, y));
  return fromCore(tensordot(x, y, [x.shape.length - 1], [Math.max(y.shape.length - 2, 0)]));
};

/** ops.einsum: constant operands (a serialised ops.ones(...)) take part with their shape. */
const Einsum: LayerRule = (call) => {
  const eq = typeof call.config.subscripts === 'string' ? call.config.subscripts : '';
  if (!eq) return fail(call, `cannot read subscripts ${JSON.stringify(call.config.subscripts)}`);
  return fromCore(einsum(eq, argsOf(call).map((a) => tensorOf(call, a))));
};

const identity: LayerRule = (call) => ({ outputs: [[...tensorArg(call).shape]], ops: {}, params: 0n });

/** Unary keras.ops by class, as the core's element-wise functions. */
const UNARY: Record<string, UnaryFn> = {
  Negative: 'neg', Square: 'square', Sqrt: 'sqrt', Rsqrt: 'rsqrt', Reciprocal: 'reciprocal',
  Exp: 'exp', Exp2: 'exp2', Expm1: 'expm1', Log: 'log', Log1p: 'log1p', Log2: 'log2', Log10: 'log10',
  Erf: 'erf', Erfc: 'erfc', Absolute: 'abs', Abs: 'abs', Sign: 'sign', Floor: 'floor', Ceil: 'ceil',
  Round: 'round', Trunc: 'trunc', LogicalNot: 'not',
  Sin: 'sin', Cos: 'cos', Tan: 'tan', Arcsin: 'asin', Arccos: 'acos', Arctan: 'atan',
  Sinh: 'sinh', Cosh: 'cosh', Arcsinh: 'asinh', Arccosh: 'acosh', Arctanh: 'atanh',
};

/** keras.ops.nn activations by class: the activation whose cost they share. */
const ACTIVATION_CLASSES: Record<string, string> = {
  Relu: 'relu', Relu6: 'relu6', LeakyRelu: 'leaky_relu', Threshold: 'threshold', HardShrink: 'hard_shrink', SoftShrink: 'soft_shrink',
  Sigmoid: 'sigmoid', HardSigmoid: 'hard_sigmoid', SparseSigmoid: 'sparse_sigmoid', HardSilu: 'hard_silu', HardTanh: 'hard_tanh',
  TanhShrink: 'tanh_shrink', Tanh: 'tanh', Softmax: 'softmax', LogSoftmax: 'log_softmax', Sparsemax: 'sparsemax', Elu: 'elu', Selu: 'selu',
  Celu: 'celu', Softplus: 'softplus', Softsign: 'softsign', Squareplus: 'squareplus', SparsePlus: 'sparse_plus',
  LogSigmoid: 'log_sigmoid', Silu: 'silu', Glu: 'glu', Mish: 'mish',
};

const BINARY: Record<string, BinaryFn> = {
  Add: 'add', Subtract: 'sub', Multiply: 'mul', Divide: 'div', TrueDivide: 'div', FloorDivide: 'floor_div', Mod: 'floor_mod',
  Maximum: 'max', Minimum: 'min', Power: 'pow',
  Equal: 'equal', NotEqual: 'not_equal', Greater: 'greater', GreaterEqual: 'greater_equal', Less: 'less', LessEqual: 'less_equal',
  LogicalAnd: 'and', LogicalOr: 'or', LogicalXor: 'xor',
};

const REDUCTIONS: Record<string, ReduceKind> = {
  Mean: 'mean', Sum: 'sum', Prod: 'prod', Max: 'max', Min: 'min', Amax: 'max', Amin: 'min', Any: 'any', All: 'all',
};

export const OP_RULES: Record<string, LayerRule> = {
  ...Object.fromEntries(Object.entries(BINARY).map(([k, v]) => [k, binaryOp(v)])),
  ...Object.fromEntries(Object.entries(UNARY).map(([k, v]) => [k, unaryOp(v)])),
  ...Object.fromEntries(Object.entries(ACTIVATION_CLASSES).map(([k, v]) => [k, activationOp(v as ActivationName)])),
  ...Object.fromEntries(Object.entries(REDUCTIONS).map(([k, v]) => [k, reduction(v)])),
  Gelu,
  Where,
  Clip,
  Argmax: argReduction(false),
  Argmin: argReduction(true),
  // Keras 2's tf.math.argmax / argmin (TFOpLambda): TF's ArgMax alone.
  TfArgMax: argReduction(false, true),
  TfArgMin: argReduction(true, true),
  Var: varianceOp(false),
  Std: varianceOp(true),
  Cumsum,
  Logsumexp: reduction('log_sum_exp'),
  Norm,
  Dot,
  Tensordot,
  Reshape,
  Transpose,
  Swapaxes,
  ExpandDims,
  Squeeze,
  Concatenate,
  Stack,
  Split,
  Tile,
  Repeat,
  BroadcastTo,
  GetItem,
  Matmul,
  Einsum,
  Cast: identity,
  StopGradient: identity,
  ConvertToTensor: identity,
  Copy: identity,
};
