import type { Op, OpCounts } from '../../costs/ops.js';
import { activationOps } from './activations.js';
import { fail, normAxis, product } from './config.js';
import { broadcast } from './merge.js';
import { TensorArg, type LayerCall, type LayerResult, type LayerRule } from './rule.js';

/**
 * Keras 3 operations: `keras.ops` functions (and Python operators such as `x + 3.0`) applied
 * to symbolic tensors in a functional model. Keras writes each as a node of module
 * keras.src.ops.* whose config holds the operation's constructor arguments (`axis`,
 * `newshape`...) and whose call `args` hold its tensors and constants, e.g.
 * `{"class_name": "Add", "module": "keras.src.ops.numpy", "inbound_nodes": [{"args": [T, 3.0]}]}`
 * for MobileNetV3's hard-sigmoid. Shapes are batch first; like every count here, an op's
 * counts are over the whole batch. Costs use the same primitive ops as the layers (an add
 * per output element of `+`, a mean per input element of `ops.mean`...) and as the ONNX
 * rules of the same operations, so one model costs the same whatever its format.
 */

/** The call's positional arguments, tensors as TensorArg (the walker binds them). */
function argsOf(call: LayerCall): unknown[] {
  return call.args ?? call.inputs.map((s) => new TensorArg(s));
}

const isTensor = (v: unknown): v is TensorArg => v instanceof TensorArg;

/**
 * The shape of a constant argument: a number is a scalar, a nested list has its list shape, a
 * constant tensor (`{"class_name": "__tensor__" or "__numpy__", "config": {"value": ...}}`) its value's.
 */
function constShape(call: LayerCall, v: unknown): number[] {
  if (typeof v === 'number' || typeof v === 'boolean') return [];
  const o = v as { class_name?: unknown; config?: { value?: unknown } } | null;
  if (o && typeof o === 'object' && !Array.isArray(o) && (o.class_name === '__tensor__' || o.class_name === '__numpy__') && o.config) {
    return constShape(call, o.config.value);
  }
  if (Array.isArray(v)) {
    const inner = v.map((x) => constShape(call, x));
    if (inner.some((s) => s.join() !== (inner[0] ?? []).join())) fail(call, 'has a ragged constant argument');
    return [v.length, ...(inner[0] ?? [])];
  }
  return fail(call, `cannot read argument ${JSON.stringify(v)}`);
}

const shapeOfArg = (call: LayerCall, v: unknown): number[] => (isTensor(v) ? v.shape : constShape(call, v));

/** The first tensor argument, which the shape ops act on. */
function tensorArg(call: LayerCall, index = 0): number[] {
  const v = argsOf(call)[index];
  if (!isTensor(v)) return fail(call, `expects a tensor as argument ${index + 1}`);
  return v.shape;
}

const result = (outputs: number[][], ops: OpCounts = {}): LayerResult => ({ outputs, ops, params: 0 });

function cfgNum(call: LayerCall, key: string): number | undefined {
  const v = call.config[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** An axis list from the config: null/absent = `dflt`; an int = one axis. */
function cfgAxes(call: LayerCall, key: string, rank: number, dflt: number[] | null): number[] | null {
  const v = call.config[key];
  if (v === undefined || v === null) return dflt;
  const list = typeof v === 'number' ? [v] : v;
  if (!Array.isArray(list) || !list.every((a) => Number.isSafeInteger(a))) return fail(call, `"${key}" must be an axis or a list of axes, got ${JSON.stringify(v)}`);
  return [...new Set((list as number[]).map((a) => normAxis(call, a, rank)))];
}

/**
 * Element-wise operations with numpy broadcasting over every argument (tensors and
 * constants): `op` once per output element (none for a select).
 */
function elementwise(op: Op | null, arity?: number): LayerRule {
  return (call) => {
    const args = argsOf(call);
    if (arity !== undefined && args.length !== arity) fail(call, `expects ${arity} arguments, got ${args.length}`);
    if (!args.some(isTensor)) fail(call, 'has no tensor argument');
    const out = broadcast(call, args.map((a) => shapeOfArg(call, a)));
    return result([out], op ? { [op]: product(out) } : {});
  };
}

/** One-input math: `ops` per element, output the input's shape. */
function unary(ops: OpCounts): LayerRule {
  return (call) => {
    const x = tensorArg(call);
    const n = product(x);
    const counted: OpCounts = {};
    for (const [k, v] of Object.entries(ops) as [Op, number][]) counted[k] = v * n;
    return result([x], counted);
  };
}

/** `keras.ops.nn` activations cost what the activation of the same name costs in a layer. */
function activation(name: string): LayerRule {
  return (call) => {
    const x = tensorArg(call);
    return result([x], activationOps(call, name, product(x)));
  };
}

/** Glu halves `axis` (default -1): a sigmoid and a multiply per output element. */
const Glu: LayerRule = (call) => {
  const x = tensorArg(call);
  const [axis] = cfgAxes(call, 'axis', x.length, [x.length - 1]) ?? [x.length - 1];
  if (x[axis] % 2 !== 0) fail(call, `glu needs an even axis ${axis}, got ${x[axis]}`);
  const out = x.map((d, i) => (i === axis ? d / 2 : d));
  const n = product(out);
  return result([out], { sigmoid: n, mul: n });
};

/** x ** p: a square for p = 2, a square root for p = 0.5, else one multiplication per element (as the ONNX Pow rule). */
const Power: LayerRule = (call) => {
  const args = argsOf(call);
  const r = elementwise('mul', 2)(call);
  const p = args[1];
  const n = product(r.outputs[0]);
  if (p === 2) r.ops = { square: n };
  else if (p === 0.5) r.ops = { sqrt: n };
  return r;
};

/**
 * Reductions over `axis` (null: every axis, batch included), `keepdims`: `perIn` ops per
 * input element and `perOut` per output element (a sum adds N - out times).
 */
function reduction(perIn: Op | null, sumLike = false): LayerRule {
  return (call) => {
    const x = tensorArg(call);
    const all = x.map((_, i) => i);
    const axes = cfgAxes(call, 'axis', x.length, all) ?? all;
    const keep = call.config.keepdims === true;
    const out = keep ? x.map((d, i) => (axes.includes(i) ? 1 : d)) : x.filter((_, i) => !axes.includes(i));
    const n = product(x);
    const ops: OpCounts = perIn ? { [perIn]: sumLike ? n - product(out) : n } : {};
    return result([out], ops);
  };
}

/** ops.reshape: `newshape` includes the batch axis; one -1 takes what is left. */
const Reshape: LayerRule = (call) => {
  const x = tensorArg(call);
  const raw = call.config.newshape;
  const target = typeof raw === 'number' ? [raw] : raw;
  if (!Array.isArray(target) || !target.every((d) => Number.isSafeInteger(d) && d >= -1)) {
    return fail(call, `"newshape" must be a list of integers, got ${JSON.stringify(raw)}`);
  }
  const t = target as number[];
  const total = product(x);
  const known = product(t.filter((d) => d !== -1));
  const free = t.filter((d) => d === -1).length;
  if (free > 1 || (free === 1 ? known === 0 || total % known !== 0 : known !== total)) {
    fail(call, `cannot reshape [${x.join(', ')}] to ${JSON.stringify(t)} (the batch axis included)`);
  }
  return result([t.map((d) => (d === -1 ? total / known : d))]);
};

const Transpose: LayerRule = (call) => {
  const x = tensorArg(call);
  const raw = call.config.axes;
  const perm = raw === null || raw === undefined ? x.map((_, i) => x.length - 1 - i) : raw;
  if (!Array.isArray(perm) || perm.length !== x.length) return fail(call, `"axes" ${JSON.stringify(raw)} is not a permutation of ${x.length} axes`);
  const p = perm.map((a) => normAxis(call, a as number, x.length));
  if (new Set(p).size !== x.length) fail(call, `"axes" ${JSON.stringify(raw)} is not a permutation`);
  return result([p.map((a) => x[a])]);
};

const Swapaxes: LayerRule = (call) => {
  const x = tensorArg(call);
  const a = normAxis(call, cfgNum(call, 'axis1') ?? NaN, x.length);
  const b = normAxis(call, cfgNum(call, 'axis2') ?? NaN, x.length);
  const out = [...x];
  [out[a], out[b]] = [x[b], x[a]];
  return result([out]);
};

const ExpandDims: LayerRule = (call) => {
  const x = tensorArg(call);
  const raw = call.config.axis;
  const list = typeof raw === 'number' ? [raw] : raw;
  if (!Array.isArray(list) || !list.every((a) => Number.isSafeInteger(a))) return fail(call, `"axis" must be an axis or a list of axes, got ${JSON.stringify(raw)}`);
  const rank = x.length + list.length;
  const axes = (list as number[]).map((a) => normAxis(call, a, rank));
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < rank; i++) out.push(axes.includes(i) ? 1 : x[next++]);
  return result([out]);
};

/** Squeeze `axis`, or every size-1 axis but the batch one (Keras traces with an open batch). */
const Squeeze: LayerRule = (call) => {
  const x = tensorArg(call);
  const axes = cfgAxes(call, 'axis', x.length, null) ?? x.flatMap((d, i) => (i > 0 && d === 1 ? [i] : []));
  for (const a of axes) if (x[a] !== 1) fail(call, `cannot squeeze axis ${a} of size ${x[a]}`);
  return result([x.filter((_, i) => !axes.includes(i))]);
};

/** The list of tensors ops.concatenate and ops.stack take as their first argument. */
function tensorList(call: LayerCall): number[][] {
  const first = argsOf(call)[0];
  const list = Array.isArray(first) ? first : argsOf(call);
  if (list.length === 0 || !list.every(isTensor)) return fail(call, 'expects a list of tensors');
  return (list as TensorArg[]).map((t) => t.shape);
}

const Concatenate: LayerRule = (call) => {
  const xs = tensorList(call);
  const rank = xs[0].length;
  if (xs.some((s) => s.length !== rank)) fail(call, 'inputs to concatenate must have the same rank');
  const axis = normAxis(call, cfgNum(call, 'axis') ?? 0, rank);
  const out = [...xs[0]];
  out[axis] = 0;
  for (const s of xs) {
    if (s.some((d, i) => i !== axis && d !== xs[0][i])) fail(call, `cannot concatenate ${xs.map((x) => `[${x.join(', ')}]`).join(' and ')} on axis ${axis}`);
    out[axis] += s[axis];
  }
  return result([out]);
};

const Stack: LayerRule = (call) => {
  const xs = tensorList(call);
  if (xs.some((s) => s.join() !== xs[0].join())) fail(call, 'inputs to stack must have the same shape');
  const axis = normAxis(call, cfgNum(call, 'axis') ?? 0, xs[0].length + 1);
  const out = [...xs[0]];
  out.splice(axis, 0, xs.length);
  return result([out]);
};

/** ops.split: `indices_or_sections` equal sections or cut points along `axis`; one output per piece. */
const Split: LayerRule = (call) => {
  const x = tensorArg(call);
  const axis = normAxis(call, cfgNum(call, 'axis') ?? 0, x.length);
  const raw = call.config.indices_or_sections;
  const len = x[axis];
  let sizes: number[];
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0) {
    if (len % raw !== 0) fail(call, `cannot split an axis of ${len} into ${raw} equal sections`);
    sizes = Array(raw).fill(len / raw);
  } else if (Array.isArray(raw) && raw.every((d) => Number.isSafeInteger(d))) {
    const cuts = [0, ...(raw as number[]).map((c) => Math.min(Math.max(c < 0 ? c + len : c, 0), len)), len];
    sizes = cuts.slice(1).map((c, i) => Math.max(c - cuts[i], 0));
  } else return fail(call, `"indices_or_sections" must be an integer or a list of integers, got ${JSON.stringify(raw)}`);
  return result(sizes.map((s) => x.map((d, i) => (i === axis ? s : d))));
};

/** numpy tile: repeats align with the trailing axes; a longer list adds leading axes. */
const Tile: LayerRule = (call) => {
  const x = tensorArg(call);
  const raw = call.config.repeats;
  const reps = typeof raw === 'number' ? [raw] : raw;
  if (!Array.isArray(reps) || !reps.every((d) => Number.isSafeInteger(d) && d >= 0)) return fail(call, `"repeats" must be a list of integers, got ${JSON.stringify(raw)}`);
  const rank = Math.max(x.length, reps.length);
  const xs = [...Array(rank - x.length).fill(1), ...x];
  const rs = [...Array(rank - reps.length).fill(1), ...(reps as number[])];
  return result([xs.map((d, i) => d * rs[i])]);
};

/** numpy repeat along `axis` (null: the flattened tensor), `repeats` one count or one per element. */
const Repeat: LayerRule = (call) => {
  const x = tensorArg(call);
  const raw = call.config.repeats;
  const flat = call.config.axis === null || call.config.axis === undefined;
  const axis = flat ? 0 : normAxis(call, cfgNum(call, 'axis') ?? NaN, x.length);
  const base = flat ? [product(x)] : x;
  let len: number;
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) len = base[axis] * raw;
  else if (Array.isArray(raw) && raw.length === base[axis] && raw.every((d) => Number.isSafeInteger(d) && d >= 0)) len = (raw as number[]).reduce((a, b) => a + b, 0);
  else return fail(call, `"repeats" must be an integer or one integer per element, got ${JSON.stringify(raw)}`);
  return result([base.map((d, i) => (i === axis ? len : d))]);
};

const BroadcastTo: LayerRule = (call) => {
  const x = tensorArg(call);
  const raw = call.config.shape;
  if (!Array.isArray(raw) || !raw.every((d) => Number.isSafeInteger(d) && d >= 0)) return fail(call, `"shape" must be a list of integers, got ${JSON.stringify(raw)}`);
  const out = broadcast(call, [x, raw as number[]]);
  if (out.join() !== raw.join()) fail(call, `cannot broadcast [${x.join(', ')}] to ${JSON.stringify(raw)}`);
  return result([out]);
};

/** Keras serialises a GetItem key tuple as a list, its slices as `__slice__` and `__ellipsis__` objects. */
const keyItems = (key: unknown): unknown[] => (Array.isArray(key) ? key : [key]);

/**
 * x[key], numpy basic indexing: an int drops its axis, a slice keeps what it selects, None
 * adds an axis, an ellipsis stands for the axes not named. No arithmetic.
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
  if (named > x.length) fail(call, `too many indices for a tensor of rank ${x.length}`);
  const out: number[] = [];
  let axis = 0;
  items.forEach((item, i) => {
    const k = kinds[i];
    if (k === 'none') out.push(1);
    else if (k === 'ellipsis') {
      const span = x.length - named;
      out.push(...x.slice(axis, axis + span));
      axis += span;
    } else if (k === 'int') {
      const n = x[axis];
      const at = (item as number) < 0 ? (item as number) + n : (item as number);
      if (at < 0 || at >= n) fail(call, `index ${item as number} is out of range for axis ${axis} of size ${n}`);
      axis++;
    } else {
      const c = (item as { config?: Record<string, unknown> }).config ?? {};
      out.push(sliceLength(call, x[axis], c.start, c.stop, c.step));
      axis++;
    }
  });
  out.push(...x.slice(axis));
  return result([out]);
};

/** Python's slice(start, stop, step).indices(n) length. */
function sliceLength(call: LayerCall, n: number, start: unknown, stop: unknown, step: unknown): number {
  const opt = (v: unknown, what: string): number | null => {
    if (v === null || v === undefined) return null;
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) return fail(call, `slice ${what} must be an integer, got ${JSON.stringify(v)}`);
    return v;
  };
  const s = opt(step, 'step') ?? 1;
  if (s === 0) fail(call, 'slice step cannot be zero');
  const clamp = (v: number | null, dflt: number, lo: number, hi: number): number => {
    if (v === null) return dflt;
    const w = v < 0 ? v + n : v;
    return Math.min(Math.max(w, lo), hi);
  };
  if (s > 0) {
    const a = clamp(opt(start, 'start'), 0, 0, n);
    const b = clamp(opt(stop, 'stop'), n, 0, n);
    return b > a ? Math.ceil((b - a) / s) : 0;
  }
  const a = clamp(opt(start, 'start'), n - 1, -1, n - 1);
  const b = clamp(opt(stop, 'stop'), -1, -1, n - 1);
  return a > b ? Math.ceil((a - b) / -s) : 0;
}

/**
 * ops.matmul, numpy semantics: the last two axes multiply (a vector is promoted and its axis
 * dropped again), the leading ones broadcast. MACs = batch x M x K x N.
 */
const Matmul: LayerRule = (call) => {
  const a0 = tensorArg(call, 0);
  const b0 = tensorArg(call, 1);
  if (a0.length === 0 || b0.length === 0) fail(call, 'cannot multiply a scalar');
  const a = a0.length === 1 ? [1, a0[0]] : a0;
  const b = b0.length === 1 ? [b0[0], 1] : b0;
  const [m, k] = a.slice(-2);
  const [k2, n] = b.slice(-2);
  if (k !== k2) fail(call, `cannot multiply [${a0.join(', ')}] by [${b0.join(', ')}]`);
  const lead = broadcast(call, [a.slice(0, -2), b.slice(0, -2)]);
  const out = [...lead, ...(a0.length === 1 ? [] : [m]), ...(b0.length === 1 ? [] : [n])];
  return result([out], { mac: product(lead) * m * k * n });
};

/**
 * ops.einsum: with two or more operands every combination of label values is one
 * multiply-accumulate per extra operand (as the ONNX Einsum rule counts); with one operand,
 * labels summed away cost a sum reduction and a transpose or diagonal nothing. `...` stands
 * for the broadcast leading axes.
 */
const Einsum: LayerRule = (call) => {
  const eq = typeof call.config.subscripts === 'string' ? call.config.subscripts.replace(/\s+/g, '') : '';
  const m = /^([a-zA-Z.,]+)(?:->([a-zA-Z.]*))?$/.exec(eq);
  if (!m) return fail(call, `cannot read subscripts ${JSON.stringify(call.config.subscripts)}`);
  const specs = m[1].split(',');
  // Constant operands (a serialised ops.ones(...)) take part with their shape.
  const operands = argsOf(call).map((a) => shapeOfArg(call, a));
  if (operands.length !== specs.length) fail(call, `subscripts "${eq}" name ${specs.length} operands, got ${operands.length}`);
  const size = new Map<string, number>();
  let ellipsis: number[] = [];
  const ell = (i: number) => `…${i}`;
  const labelsOf = specs.map((spec, o) => {
    const x = operands[o];
    const explicit = spec.replace('...', '');
    if (!/^[a-zA-Z]*$/.test(explicit) || (spec.includes('...') && spec.split('...').length !== 2)) fail(call, `cannot read operand "${spec}" of "${eq}"`);
    const extra = spec.includes('...') ? x.length - explicit.length : 0;
    if (extra < 0 || (!spec.includes('...') && explicit.length !== x.length)) fail(call, `operand "${spec}" does not fit a tensor of rank ${x.length}`);
    const at = spec.indexOf('...');
    const dims = spec.includes('...') ? x.slice(at, at + extra) : [];
    ellipsis = broadcast(call, [ellipsis, dims]);
    const labels = [...spec.slice(0, Math.max(at, 0)).replace('...', '')];
    const names = spec.includes('...') ? [...labels, ...dims.map((_, i) => ell(dims.length - i)), ...spec.slice(at + 3)] : [...spec];
    names.forEach((l, i) => {
      if (l.startsWith('…')) return;
      const d = x[i];
      const had = size.get(l);
      if (had !== undefined && had !== d && had !== 1 && d !== 1) fail(call, `label "${l}" is ${had} in one operand and ${d} in another`);
      size.set(l, Math.max(had ?? 1, d));
    });
    return names;
  });
  ellipsis.forEach((d, i) => size.set(ell(ellipsis.length - i), d));
  const explicitOut = m[2];
  let outLabels: string[];
  if (explicitOut === undefined) {
    const counts = new Map<string, number>();
    labelsOf.flat().filter((l) => !l.startsWith('…')).forEach((l) => counts.set(l, (counts.get(l) ?? 0) + 1));
    outLabels = [...ellipsis.map((_, i) => ell(ellipsis.length - i)), ...[...counts].filter(([, c]) => c === 1).map(([l]) => l).sort()];
  } else {
    const at = explicitOut.indexOf('...');
    const ellLabels = ellipsis.map((_, i) => ell(ellipsis.length - i));
    outLabels = at < 0 ? [...explicitOut] : [...explicitOut.slice(0, at), ...ellLabels, ...explicitOut.slice(at + 3)];
  }
  for (const l of outLabels) if (!size.has(l)) fail(call, `output label "${l}" of "${eq}" is in no operand`);
  const out = outLabels.map((l) => size.get(l) as number);
  const all = product([...size.values()]);
  if (operands.length >= 2) return result([out], { mac: all * (operands.length - 1) });
  const summed = all - product(out);
  return result([out], summed > 0 ? { sum: summed } : {});
};

const identity: LayerRule = (call) => result([tensorArg(call)]);

/** Unary math with the primitive op the ONNX rule of the same function uses. */
const UNARY: Record<string, OpCounts> = {
  Negative: { neg: 1 },
  Square: { square: 1 },
  Sqrt: { sqrt: 1 },
  Rsqrt: { rsqrt: 1 },
  Reciprocal: { div: 1 },
  Exp: { exp: 1 },
  Exp2: { exp: 1 },
  Expm1: { exp: 1 },
  Log: { exp: 1 },
  Log1p: { exp: 1 },
  Log2: { exp: 1 },
  Log10: { exp: 1 },
  Erf: { exp: 1 },
  Erfc: { exp: 1 },
  Tanh: { tanh: 1 },
  Absolute: { max: 1 },
  Abs: { max: 1 },
  Sign: { compare: 1 },
  Floor: { compare: 1 },
  Ceil: { compare: 1 },
  Round: { compare: 1 },
  Trunc: { compare: 1 },
  LogicalNot: { compare: 1 },
  // clip(x, lo, hi) = min(max(x, lo), hi), as TF's clip_by_value runs it.
  Clip: { max: 1, min: 1 },
  Sin: { trig: 1 }, Cos: { trig: 1 }, Tan: { trig: 1 }, Arcsin: { trig: 1 }, Arccos: { trig: 1 }, Arctan: { trig: 1 },
  Sinh: { trig: 1 }, Cosh: { trig: 1 }, Arcsinh: { trig: 1 }, Arccosh: { trig: 1 }, Arctanh: { trig: 1 },
};

/** keras.ops.nn activations by class: the activation whose cost they share. */
const ACTIVATION_CLASSES: Record<string, string> = {
  Relu: 'relu', Relu6: 'relu6', LeakyRelu: 'leaky_relu', Threshold: 'threshold', HardShrink: 'hard_shrink', SoftShrink: 'soft_shrink',
  Sigmoid: 'sigmoid', HardSigmoid: 'hard_sigmoid', SparseSigmoid: 'sparse_sigmoid', HardSilu: 'hard_silu', HardTanh: 'hard_tanh',
  TanhShrink: 'tanh_shrink', Softmax: 'softmax', LogSoftmax: 'log_softmax', Sparsemax: 'sparsemax', Elu: 'elu', Selu: 'selu',
  Celu: 'celu', Softplus: 'softplus', Softsign: 'softsign', Squareplus: 'squareplus', SparsePlus: 'sparse_plus',
  LogSigmoid: 'log_sigmoid', Silu: 'silu', Gelu: 'gelu',
};

export const OP_RULES: Record<string, LayerRule> = {
  Add: elementwise('add', 2),
  Subtract: elementwise('sub', 2),
  Multiply: elementwise('mul', 2),
  Divide: elementwise('div', 2),
  TrueDivide: elementwise('div', 2),
  Maximum: elementwise('max', 2),
  Minimum: elementwise('min', 2),
  Power,
  Equal: elementwise('compare', 2),
  NotEqual: elementwise('compare', 2),
  Greater: elementwise('compare', 2),
  GreaterEqual: elementwise('compare', 2),
  Less: elementwise('compare', 2),
  LessEqual: elementwise('compare', 2),
  LogicalAnd: elementwise('compare', 2),
  LogicalOr: elementwise('compare', 2),
  LogicalXor: elementwise('compare', 2),
  // A select moves data: no arithmetic (as the ONNX Where rule).
  Where: elementwise(null, 3),
  ...Object.fromEntries(Object.entries(UNARY).map(([k, v]) => [k, unary(v)])),
  ...Object.fromEntries(Object.entries(ACTIVATION_CLASSES).map(([k, v]) => [k, activation(v)])),
  Glu,
  Mean: reduction('mean'),
  Sum: reduction('sum', true),
  Prod: reduction('mul', true),
  // Max and min reductions: one comparison per input element, as GlobalMaxPooling counts them.
  Max: reduction('reduce_max'),
  Min: reduction('reduce_max'),
  Amax: reduction('reduce_max'),
  Amin: reduction('reduce_max'),
  // Boolean reductions (Masking's mask is ops.any of a comparison): no floating-point work.
  Any: reduction(null),
  All: reduction(null),
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
