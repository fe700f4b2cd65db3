export const id = 418;
export const ids = [418];
export const modules = {

/***/ 690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xy: () => (/* binding */ analyzeFile),
  xv: () => (/* binding */ analyzeInlineModel),
  Cw: () => (/* binding */ analyzeModel),
  uo: () => (/* binding */ modelInDirectory)
});

// UNUSED EXPORTS: analyzeInline, analyzeModelFile, analyzeSource, analyzeSpec, inlineSpec, loadKerasSpec

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/io/file-set.ts
var file_set = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/formats/index.ts + 3 modules
var formats = __webpack_require__(5943);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __webpack_require__(2940);
// EXTERNAL MODULE: ./src/io/paged-reader.ts
var paged_reader = __webpack_require__(7673);
;// CONCATENATED MODULE: ./src/keras/bind.ts

const fmt = (s) => `[${s.map((d) => (d === null ? 'None' : d)).join(', ')}]`;
/**
 * Concrete batch-first input shapes: the batch dimension becomes `batchSize`, open dimensions
 * come from the user's shapes, and a user shape that contradicts a fixed one is refused
 * rather than silently preferred.
 */
function bindInputShapes(declared, given, batchSize, label) {
    if (given && given.length !== declared.length) {
        throw new errors/* FlopgateError */.N9(`${label}: the model has ${declared.length} input(s) but ${given.length} input shape(s) were given`);
    }
    return declared.map((shape, i) => {
        const user = given?.[i];
        const rest = shape.slice(1);
        if (user && user.length !== rest.length) {
            throw new errors/* FlopgateError */.N9(`${label}: input ${i + 1} has shape ${fmt(shape)} (rank ${rest.length} without batch), but the given input shape ${fmt(user)} has rank ${user.length}`);
        }
        const bound = rest.map((d, axis) => {
            const u = user?.[axis];
            if (d === null || d === undefined || d < 0) {
                if (u === undefined) {
                    throw new errors/* FlopgateError */.N9(`${label}: input ${i + 1} has an open dimension (None) at axis ${axis + 1} of ${fmt(shape)}; give it with --input-shape (or input_shape in the budget file)`);
                }
                return u;
            }
            if (u !== undefined && u !== d) {
                throw new errors/* FlopgateError */.N9(`${label}: input ${i + 1} is fixed at ${fmt(shape)} in the file, but the given input shape is ${fmt(user)}`);
            }
            return d;
        });
        return [batchSize, ...bound];
    });
}

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/keras/layers/rule.ts


/** A tensor among a Keras 3 operation's call arguments, bound to its shape (batch first). */
class TensorArg {
    shape;
    constructor(shape) {
        this.shape = shape;
    }
}
/** A core rule's result as a layer's. */
function fromCore(r) {
    return {
        outputs: r.outputs.map((t) => [...t.shape]),
        ops: r.counts,
        params: r.params,
        ...(r.trainable !== undefined ? { trainableParams: r.trainable } : {}),
    };
}
/**
 * Runs `rule` on `call`; a fault the core finds (it knows no names) becomes one line naming
 * the layer, as the adapters' own faults do.
 */
function applyRule(rule, call) {
    try {
        return rule(call);
    }
    catch (e) {
        if (e instanceof core_errors/* OpError */.mC)
            throw new errors/* FlopgateError */.N9(`layer "${call.name}" (${call.className}): ${e.message}`);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/core/counts.ts
/**
 * The vocabulary every cost rule counts in. A rule never produces FLOPs directly: it counts
 * primitive operations, and a convention (conventions.ts) weighs them. Names follow the
 * TensorFlow graph ops they stand for where there is one, so that the `tf-profiler`
 * convention can reproduce TF's own count op by op. Every count is "per element" of the
 * tensor named in the description, summed over the whole batch.
 *
 * Counts are bigints: a large model at a large batch size passes 2^53 operations, where a
 * JavaScript number stops being exact. docs/conventions.md lists, per op, what it counts.
 */
const OPS = {
    mac: 'multiply-accumulate of a Dense/Conv/MatMul/RNN-gate/attention product',
    mac_uncounted: 'multiply-accumulate of a product TF runs where its profiler does not count it: an Einsum it keeps as Einsum, a 3-D or channels-first transposed convolution, a grouped or channels-first 3-D convolution Keras runs in an XLA-compiled call, a 2-D transposed convolution (whose TF count is `deconv_estimate`)',
    mac_padding: "multiply-accumulate over the padding of a dilated convolution's space-to-batch grid: work TF's convolution does beyond the output's",
    deconv_estimate: "the float operations TF's Conv2DBackpropInput statistics give a 1-D/2-D transposed convolution: 2 x output elements x kernel x Cin / strides, truncated (one per unit)",
    bias: 'one bias addition per output element of a layer with use_bias',
    bias_uncounted: 'one bias addition per output element after a convolution TF runs in an XLA-compiled call (the addition has no static shape there)',
    add: 'element-wise addition (merges, residuals, normalisation shift, recurrent gate sums)',
    sub: 'element-wise subtraction',
    mul: 'element-wise multiplication (scaling, gating, normalisation)',
    div: 'element-wise division',
    neg: 'element-wise negation (normalisation without a learned offset, layer normalisation, PReLU)',
    max: 'element-wise maximum (Maximum merge, clipping)',
    min: 'element-wise minimum',
    abs: 'element-wise absolute value',
    round: 'element-wise rounding: floor, ceil, round, trunc, sign, and the floored or truncated divisions and remainders',
    logical: 'element-wise logical or bitwise operation (and, or, xor, not, shifts) or a NaN/infinity test',
    square: 'element-wise square',
    pow: 'element-wise power with an exponent other than 2',
    sqdiff: 'element-wise squared difference (x - y)^2: a subtraction and a multiplication (variance in moments)',
    rsqrt: 'reciprocal square root (normalisation statistics)',
    sqrt: 'square root',
    log: 'natural logarithm',
    mean: 'one operation per input element of a mean reduction (additions plus the final division: global average pooling, normalisation statistics)',
    sum: 'one addition per input element less output element of a sum reduction (n values summed take n - 1 additions)',
    sum_uncounted: 'one addition per input element less output element of a sum an Einsum kept as Einsum performs',
    reduce_max: 'one comparison per input element of a max or min reduction (global max pooling)',
    reduce_prod: 'one multiplication per input element less output element of a product reduction',
    cumsum: 'one addition per element of a cumulative sum',
    sort: 'one comparison placing an element in a sorted selection (top-k, sort)',
    maxpool: 'one comparison per window element per output element of 1-D/2-D max pooling',
    avgpool: 'one addition per window element per output element of 1-D/2-D average pooling',
    pool_uncounted: "one comparison or addition per window element per output element of a pooling TF's profiler does not count: over three spatial axes, and adaptive pooling's windows",
    pool_gather: "one comparison or addition per window element per output element of the two stride-1 pools per axis Keras' TF backend runs for 1-D/2-D adaptive pooling",
    compare: 'element-wise comparison (masking, thresholds, arg max)',
    relu: 'ReLU-family activation, per element (relu, relu6, leaky_relu)',
    softmax: 'softmax, per element of its input (exp, sum, divide)',
    sigmoid: 'logistic sigmoid, per element',
    hard_sigmoid: 'piecewise-linear sigmoid, per element',
    tanh: 'hyperbolic tangent, per element',
    exp: 'exponential or exponential-based function (exp, expm1, log1p, elu, selu, softplus, softsign, log_softmax, erf), per element',
    gelu: 'GELU (erf form), per element',
    trig: 'trigonometric or hyperbolic function or its inverse (sin, cos, tan, asin, ..., atanh), per element',
    quant: 'one quantization or dequantization of an element: a scale and a zero-point shift (rounding and saturation are not arithmetic)',
    resize: 'one interpolation per output element of a (bi)linear or cubic resize',
    index: 'one integer operation on a lookup index (Keras wraps negative Embedding indices: a compare and an add per index; adaptive pooling gathers its windows)',
    shape: 'one scalar operation on a tensor shape computed at run time (tile multiples of RepeatVector and UpSampling, the transposition of a softmax axis, a resize scale)',
};
/** The product of some sizes, exactly: every count starts here. */
function big(...xs) {
    let n = 1n;
    for (const x of xs)
        n *= BigInt(x);
    return n;
}
/** `more` x `times` added into `into` (which is returned). */
function addCounts(into, more, times = 1n) {
    for (const k in more) {
        const v = more[k];
        if (v)
            into[k] = (into[k] ?? 0n) + v * times;
    }
    return into;
}
function scaleCounts(c, times) {
    return addCounts({}, c, times);
}
/** Sum of several counts (a layer made of parts: a recurrent cell, a wrapper's two directions). */
function sumCounts(...parts) {
    const out = {};
    for (const p of parts)
        addCounts(out, p);
    return out;
}
/** `per` operations of each kind per element, over `n` elements. */
function perElement(per, n) {
    const out = {};
    for (const k in per) {
        const v = per[k];
        if (v)
            out[k] = BigInt(v) * n;
    }
    return out;
}
function isZero(c) {
    for (const k in c)
        if (c[k])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/core/op.ts
function result(outputs, counts = {}, params = 0n, trainable) {
    return trainable === undefined ? { outputs, counts, params } : { outputs, counts, params, trainable };
}

// EXTERNAL MODULE: ./src/core/tensor.ts
var tensor = __webpack_require__(1134);
;// CONCATENATED MODULE: ./src/core/shape.ts
/** Shape arithmetic every rule shares. Each function throws an OpError on bad input. */


/** A negative axis counts from the end; anything outside [0, rank) is a fault. */
function normAxis(axis, rank, what = 'axis') {
    const a = axis < 0 ? axis + rank : axis;
    if (!Number.isSafeInteger(a) || a < 0 || a >= rank)
        (0,core_errors/* fault */.DG)(`${what} ${axis} is out of range for rank ${rank}`);
    return a;
}
/** Several axes, normalised; a repeated axis is a fault unless `dedupe` (numpy reductions allow it). */
function normAxes(axes, rank, dedupe = false, what = 'axes') {
    const out = axes.map((a) => normAxis(a, rank, what === 'axes' ? 'axis' : what));
    const unique = [...new Set(out)];
    if (!dedupe && unique.length !== out.length)
        (0,core_errors/* fault */.DG)(`${what} ${(0,tensor/* fmt */.Sc)([...axes])} repeat an axis`);
    return unique;
}
/** Numpy broadcasting of any number of shapes (aligned on the right, size-1 dimensions stretch). */
function broadcast(shapes) {
    let rank = 0;
    for (const s of shapes)
        rank = Math.max(rank, s.length);
    const out = new Array(rank).fill(1);
    for (const s of shapes) {
        for (let i = 0; i < s.length; i++) {
            const o = rank - s.length + i;
            const d = s[i];
            if (d === out[o] || d === 1)
                continue;
            if (out[o] === 1)
                out[o] = d;
            else
                (0,core_errors/* fault */.DG)(`shapes ${shapes.map((x) => (0,tensor/* fmt */.Sc)(x)).join(' and ')} do not broadcast`);
        }
    }
    return out;
}
/**
 * The coordinates a slice start:end:step keeps along an axis of `dim` elements, as their first
 * coordinate and count; `null` start or end take the step's default end of the axis.
 */
function sliceRange(dim, start, end, step, rule = 'python') {
    if (step === 0 || !Number.isSafeInteger(step))
        (0,core_errors/* fault */.DG)('slice step must be a non-zero integer');
    const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);
    const wrap = (v) => (v < 0 ? v + dim : v);
    let s;
    let e;
    if (step > 0) {
        s = start === null ? 0 : clamp(wrap(start), 0, dim);
        e = end === null ? dim : clamp(wrap(end), 0, dim);
    }
    else {
        s = start === null ? dim - 1 : clamp(wrap(start), rule === 'onnx' ? 0 : -1, dim - 1);
        e = end === null ? -1 : clamp(wrap(end), -1, dim - 1);
    }
    const count = step > 0 ? Math.max(0, Math.ceil((e - s) / step)) : Math.max(0, Math.ceil((s - e) / -step));
    return { first: s, count };
}
function sliceLength(dim, start, end, step, rule = 'python') {
    return sliceRange(dim, start, end, step, rule).count;
}
/**
 * A reshape target resolved against the input's element count: one -1 takes what is left,
 * and with `zeroCopies` (ONNX without allowzero, TF Lite) a 0 copies the input's dimension.
 */
function reshapeTarget(input, target, zeroCopies = false) {
    const out = target.map((d, i) => {
        if (d !== 0 || !zeroCopies)
            return d;
        const copied = input[i];
        if (copied === undefined)
            (0,core_errors/* fault */.DG)(`target ${(0,tensor/* fmt */.Sc)(target)} copies dimension ${i}, which input ${(0,tensor/* fmt */.Sc)(input)} lacks`);
        return copied;
    });
    const free = out.filter((d) => d === -1).length;
    if (free > 1)
        (0,core_errors/* fault */.DG)(`target shape ${(0,tensor/* fmt */.Sc)(target)} may hold at most one -1`);
    if (out.some((d) => !Number.isSafeInteger(d) || d < -1))
        (0,core_errors/* fault */.DG)(`target shape ${(0,tensor/* fmt */.Sc)(target)} has a size that is not a dimension`);
    const n = (0,tensor/* size */.Ej)(input);
    if (free === 1) {
        const known = (0,tensor/* size */.Ej)(out.filter((d) => d !== -1));
        if (known === 0 || n % known !== 0)
            (0,core_errors/* fault */.DG)(`cannot reshape ${(0,tensor/* fmt */.Sc)(input)} to ${(0,tensor/* fmt */.Sc)(target)}`);
        out[out.indexOf(-1)] = n / known;
    }
    if ((0,tensor/* size */.Ej)(out) !== n)
        (0,core_errors/* fault */.DG)(`cannot reshape ${(0,tensor/* fmt */.Sc)(input)} (${n} elements) to ${(0,tensor/* fmt */.Sc)(target)}`);
    return out;
}
/** The shape of `shapes` joined along `axis`; every other dimension must agree. */
function concatShape(shapes, axis) {
    if (shapes.length === 0)
        (0,core_errors/* fault */.DG)('nothing to concatenate');
    const rank = shapes[0].length;
    const a = normAxis(axis, rank);
    const out = [...shapes[0]];
    out[a] = 0;
    for (const s of shapes) {
        if (s.length !== rank || s.some((d, i) => i !== a && d !== shapes[0][i])) {
            (0,core_errors/* fault */.DG)(`shapes ${shapes.map((x) => (0,tensor/* fmt */.Sc)(x)).join(', ')} do not concatenate on axis ${a}`);
        }
        out[a] += s[a];
    }
    return out;
}
/** `shape` with size-1 axes inserted at `axes` (positions in the output). */
function unsqueezeShape(shape, axes) {
    const rank = shape.length + axes.length;
    const at = new Set(normAxes(axes, rank));
    const out = [];
    let k = 0;
    for (let i = 0; i < rank; i++)
        out.push(at.has(i) ? 1 : shape[k++]);
    return out;
}
/** `shape` without `axes` (each of size 1), or without every size-1 axis when `axes` is undefined. */
function squeezeShape(shape, axes) {
    const drop = axes ? normAxes(axes, shape.length, true) : shape.flatMap((d, i) => (d === 1 ? [i] : []));
    for (const a of drop)
        if (shape[a] !== 1)
            (0,core_errors/* fault */.DG)(`cannot squeeze axis ${a} of ${(0,tensor/* fmt */.Sc)(shape)}`);
    return shape.filter((_, i) => !drop.includes(i));
}
/** A permutation of `rank` axes (default: reversed), checked. */
function permutation(perm, rank) {
    const p = perm ? perm.map((a) => normAxis(a, rank)) : Array.from({ length: rank }, (_, i) => rank - 1 - i);
    if (p.length !== rank || new Set(p).size !== rank)
        (0,core_errors/* fault */.DG)(`${(0,tensor/* fmt */.Sc)([...(perm ?? [])])} is not a permutation of ${rank} axes`);
    return p;
}

;// CONCATENATED MODULE: ./src/core/ops/activation.ts
/**
 * Activation functions, one table for every format: a Keras `activation=` name, a Keras
 * activation layer, a `keras.ops.nn` function, an ONNX activation op or a TF kernel all name one
 * of these, and cost what it lists per element. Single-kernel functions are one op of their
 * family; composite ones spell out their extra arithmetic (silu = x * sigmoid(x): a sigmoid and
 * a multiply), so each convention weighs the parts it counts. The compositions are the ones
 * TF's kernels or Keras' TF backend run (docs/conventions.md, "Activations").
 */





const ACTIVATIONS = {
    linear: {},
    relu: { relu: 1 },
    relu6: { relu: 1 },
    leaky_relu: { relu: 1 },
    // x > t ? x : v (keras.ops.threshold): a comparison, the select is no arithmetic.
    threshold: { compare: 1 },
    // x * (x > theta) (Keras 2 ThresholdedReLU, ONNX ThresholdedRelu): a comparison and a multiply.
    thresholded_relu: { compare: 1, mul: 1 },
    // where(|x| > t, x, 0): an absolute value and a comparison.
    hard_shrink: { abs: 1, compare: 1 },
    // where(x > t, x - t, where(x < -t, x + t, 0)): two comparisons, a subtraction and an addition.
    soft_shrink: { compare: 2, sub: 1, add: 1 },
    sigmoid: { sigmoid: 1 },
    hard_sigmoid: { hard_sigmoid: 1 },
    // where(x <= -1, 0, where(x >= 1, 1, 0.5 (x + 1))): two comparisons, an addition, a multiply.
    sparse_sigmoid: { compare: 2, add: 1, mul: 1 },
    // clip(x, -1, 1)
    hard_tanh: { max: 1, min: 1 },
    // x * hard_sigmoid(x)
    hard_silu: { hard_sigmoid: 1, mul: 1 },
    hard_swish: { hard_sigmoid: 1, mul: 1 },
    tanh: { tanh: 1 },
    // x - tanh(x)
    tanh_shrink: { tanh: 1, sub: 1 },
    // alpha * tanh(beta * x) (ONNX recurrent ops' ScaledTanh)
    scaled_tanh: { tanh: 1, mul: 2 },
    // alpha * x + beta (ONNX recurrent ops' Affine)
    affine: { mul: 1, add: 1 },
    // Along an axis other than the last, TF transposes it last and back: see activation().
    softmax: { softmax: 1 },
    // A softmax variant TF runs as one LogSoftmax kernel (no statistics): costed like exp.
    log_softmax: { exp: 1 },
    // Per element; the sort and the per-row parts are added in activation(), which knows the axis.
    sparsemax: { cumsum: 1, sub: 3, div: 1, compare: 1, max: 1 },
    elu: { exp: 1 },
    selu: { exp: 1 },
    // max(x, 0) + alpha * expm1(min(x, 0) / alpha)
    celu: { exp: 1, max: 1, min: 1, div: 1, mul: 1, add: 1 },
    exponential: { exp: 1 },
    softplus: { exp: 1 },
    softsign: { exp: 1 },
    // (x + sqrt(x^2 + b)) / 2
    squareplus: { square: 1, add: 2, sqrt: 1, div: 1 },
    // where(x <= -1, 0, where(x < 1, (x + 1)^2 / 4, x))
    sparse_plus: { compare: 2, add: 1, square: 1, mul: 1 },
    // -softplus(-x)
    log_sigmoid: { exp: 1, neg: 2 },
    // x * sigmoid(beta * x) with beta = 1, as TF computes it
    silu: { sigmoid: 1, mul: 2 },
    swish: { sigmoid: 1, mul: 2 },
    // x * tanh(softplus(x))
    mish: { exp: 1, tanh: 1, mul: 1 },
    gelu: { gelu: 1 },
    // 0.5 x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3))), TF's approximate form (keras.ops.gelu's
    // default, ONNX Gelu approximate="tanh"): a power, four multiplies, two additions, a tanh.
    gelu_tanh: { pow: 1, mul: 4, add: 2, tanh: 1 },
    // a * sigmoid(b) over the two halves of an axis: per *output* element.
    glu: { sigmoid: 1, mul: 1 },
};
function isActivation(name) {
    return Object.prototype.hasOwnProperty.call(ACTIVATIONS, name);
}
/**
 * What applying activation `name` to `elements` values costs. A name outside the table is a
 * fault naming it: a custom function's cost is unknown and must not silently be 0. Softmax and
 * sparsemax along an axis other than the last, and sparsemax's rows, need activation().
 */
function activation_activationCounts(name, elements) {
    if (!isActivation(name))
        (0,core_errors/* fault */.DG)(`unknown activation "${name}"`);
    if (name === 'sparsemax')
        (0,core_errors/* fault */.DG)('sparsemax needs its axis: it is applied to a tensor, not to a count of elements');
    return perElement(ACTIVATIONS[name], elements);
}
/** Error function, to 1.2e-7 (Numerical Recipes' erfc by Chebyshev fitting). */
function erf(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? 1 - r : r - 1;
}
const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const softplus = (x) => Math.log1p(Math.exp(x));
/** Element-wise values, for constants (graphs run activations on shape arithmetic too). */
const FOLDS = {
    linear: (x) => x,
    relu: (x) => Math.max(0, x),
    relu6: (x) => Math.min(Math.max(0, x), 6),
    leaky_relu: (x, p) => (x >= 0 ? x : (p.alpha ?? 0.01) * x),
    threshold: (x, p) => (x > (p.alpha ?? 0) ? x : (p.beta ?? 0)),
    thresholded_relu: (x, p) => (x > (p.alpha ?? 1) ? x : 0),
    // alpha: the threshold (lambd); beta: what soft shrink subtracts (ONNX's bias; Keras: lambd).
    hard_shrink: (x, p) => (Math.abs(x) > (p.alpha ?? 0.5) ? x : 0),
    soft_shrink: (x, p) => (x > (p.alpha ?? 0.5) ? x - (p.beta ?? p.alpha ?? 0.5) : x < -(p.alpha ?? 0.5) ? x + (p.beta ?? p.alpha ?? 0.5) : 0),
    sigmoid,
    hard_sigmoid: (x, p) => Math.min(Math.max((p.alpha ?? 0.2) * x + (p.beta ?? 0.5), 0), 1),
    hard_tanh: (x) => Math.min(Math.max(x, -1), 1),
    hard_swish: (x) => x * Math.min(Math.max(x / 6 + 0.5, 0), 1),
    hard_silu: (x) => x * Math.min(Math.max(x / 6 + 0.5, 0), 1),
    tanh: Math.tanh,
    tanh_shrink: (x) => x - Math.tanh(x),
    elu: (x, p) => (x > 0 ? x : (p.alpha ?? 1) * Math.expm1(x)),
    selu: (x, p) => (p.gamma ?? 1.0507009873554805) * (x > 0 ? x : (p.alpha ?? 1.6732632423543772) * Math.expm1(x)),
    celu: (x, p) => Math.max(0, x) + Math.min(0, (p.alpha ?? 1) * Math.expm1(x / (p.alpha ?? 1))),
    exponential: Math.exp,
    softplus,
    softsign: (x) => x / (1 + Math.abs(x)),
    log_sigmoid: (x) => -softplus(-x),
    silu: (x) => x * sigmoid(x),
    swish: (x) => x * sigmoid(x),
    mish: (x) => x * Math.tanh(softplus(x)),
    gelu: (x) => 0.5 * x * (1 + erf(x / Math.SQRT2)),
    gelu_tanh: (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))),
};
/** Softmax and log-softmax along `axis`, for constants. */
function foldSoftmax(values, shape, axis, log) {
    const a = normAxis(axis, shape.length);
    const len = shape[a];
    const inner = (0,tensor/* size */.Ej)(shape.slice(a + 1));
    const out = new Array(values.length);
    for (let o = 0; o < values.length / (len * inner); o++) {
        for (let i = 0; i < inner; i++) {
            const at = (k) => (o * len + k) * inner + i;
            let max = -Infinity;
            for (let k = 0; k < len; k++)
                max = Math.max(max, values[at(k)]);
            let sum = 0;
            for (let k = 0; k < len; k++)
                sum += Math.exp(values[at(k)] - max);
            for (let k = 0; k < len; k++)
                out[at(k)] = log ? values[at(k)] - max - Math.log(sum) : Math.exp(values[at(k)] - max) / sum;
        }
    }
    return out;
}
/**
 * The per-axis parts of the softmax family along `axis` (as given: TF treats a negative one
 * apart). tf.nn.softmax and log_softmax run along the last axis only: another axis is
 * transposed there and back, its position computed in the graph as rank - 1, twice (two
 * scalar Subs), a negative axis first made positive (one AddV2): `shape` ops, once per
 * sample as flopgate counts all graph bookkeeping. Sparsemax (Keras' TF backend) sorts each
 * row (TopKV2 with k = its length), takes its cumulative sum, and per row subtracts and
 * divides once more and sums twice; the length + 1 of its range is one scalar AddV2.
 */
function axisCounts(name, x, axis) {
    const rank = x.shape.length;
    const a = normAxis(axis, Math.max(rank, 1));
    const samples = big(rank ? x.shape[0] : 1);
    const counts = {};
    if ((name === 'softmax' || name === 'log_softmax') && rank > 0 && a !== rank - 1) {
        counts.shape = samples * (axis < 0 ? 3n : 2n);
    }
    if (name === 'sparsemax' && rank > 0) {
        const n = big((0,tensor/* size */.Ej)(x.shape));
        const len = x.shape[a];
        const rows = len ? n / BigInt(len) : 0n;
        return { sort: n * BigInt(Math.ceil(Math.log2(len + 1))), sub: rows, div: rows, sum: 2n * (n - rows), shape: samples };
    }
    return counts;
}
/**
 * `name` applied to `x`: the same shape, except glu, which halves `axis` (default the last)
 * and is counted per output element. Values are folded when `x`'s are known.
 */
function activation(name, x, axis = -1, params = {}) {
    if (name === 'glu') {
        const a = normAxis(axis, x.shape.length);
        const d = x.shape[a];
        if (d % 2 !== 0)
            (0,core_errors/* fault */.DG)(`glu needs an even axis ${a}, got ${d}`);
        const out = x.shape.map((v, i) => (i === a ? d / 2 : v));
        return result([(0,tensor/* tensor */.OE)(out, x.dtype)], activation_activationCounts(name, BigInt((0,tensor/* size */.Ej)(out))));
    }
    if (!isActivation(name))
        (0,core_errors/* fault */.DG)(`unknown activation "${name}"`);
    const counts = addCounts(perElement(ACTIVATIONS[name], BigInt((0,tensor/* size */.Ej)(x.shape))), axisCounts(name, x, axis));
    let values;
    if (x.values) {
        if (name === 'softmax' || name === 'log_softmax')
            values = x.shape.length ? foldSoftmax(x.values, x.shape, axis, name === 'log_softmax') : undefined;
        else {
            const f = FOLDS[name];
            values = f ? x.values.map((v) => f(v, params)) : undefined;
        }
    }
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype, values)], counts);
}
/**
 * ELU with `alpha`: TF's Elu kernel is alpha = 1; another alpha scales the negative side
 * (Keras: where(x > 0, x, alpha * elu(x))), a comparison and a multiplication per element more.
 */
function elu(x, alpha) {
    const r = activation('elu', x, -1, { alpha });
    if (alpha !== 1) {
        const n = BigInt((0,tensor/* size */.Ej)(x.shape));
        r.counts.compare = (r.counts.compare ?? 0n) + n;
        r.counts.mul = (r.counts.mul ?? 0n) + n;
    }
    return r;
}

;// CONCATENATED MODULE: ./src/core/values.ts
/**
 * Constant folding of the small tensors graphs compute shapes with (Shape -> Gather ->
 * Unsqueeze -> Concat -> Reshape and friends, in ONNX and TF alike). Values are plain numbers:
 * int64 shape values stay exact far beyond any real dimension. Callers fold only when the
 * result has at most MAX_FOLD elements, so nothing here allocates more than that.
 */

const prod = tensor/* size */.Ej;
function strides(shape) {
    const s = new Array(shape.length);
    let acc = 1;
    for (let i = shape.length - 1; i >= 0; i--) {
        s[i] = acc;
        acc *= shape[i];
    }
    return s;
}
function small(shape) {
    return prod(shape) <= tensor/* MAX_FOLD */.rR;
}
/** Element-wise map over inputs broadcast to `out`. */
function mapBroadcast(out, inputs, fn) {
    if (!small(out))
        return undefined;
    const n = prod(out);
    const os = strides(out);
    const ins = inputs.map((x) => {
        const st = strides(x.shape);
        // Stride 0 along broadcast dimensions; aligned to the right.
        return out.map((_, o) => {
            const k = o - (out.length - x.shape.length);
            return k < 0 || x.shape[k] === 1 ? 0 : st[k];
        });
    });
    const res = new Array(n);
    const args = new Array(inputs.length);
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < inputs.length; j++) {
            let off = 0;
            let rem = i;
            for (let d = 0; d < out.length; d++) {
                const c = Math.floor(rem / os[d]);
                rem -= c * os[d];
                off += c * ins[j][d];
            }
            args[j] = inputs[j].data[off];
        }
        res[i] = fn(...args);
    }
    return res;
}
function transposeData(data, shape, perm) {
    const out = perm.map((p) => shape[p]);
    const is = strides(shape);
    const os = strides(out);
    const res = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
        let rem = i;
        let off = 0;
        for (let d = 0; d < out.length; d++) {
            const c = Math.floor(rem / os[d]);
            rem -= c * os[d];
            off += c * is[perm[d]];
        }
        res[i] = data[off];
    }
    return res;
}
/** Take `indices` along `axis` (indices already normalised to be non-negative). */
function gatherData(data, shape, axis, indices) {
    const outer = prod(shape.slice(0, axis));
    const inner = prod(shape.slice(axis + 1));
    const res = [];
    for (let o = 0; o < outer; o++) {
        for (const ix of indices) {
            const base = (o * shape[axis] + ix) * inner;
            for (let k = 0; k < inner; k++)
                res.push(data[base + k]);
        }
    }
    return res;
}
/** Pick, per axis, the listed coordinates (Slice with any steps). */
function selectData(data, shape, picks) {
    const st = strides(shape);
    const res = [];
    const walk = (d, off) => {
        if (d === shape.length) {
            res.push(data[off]);
            return;
        }
        for (const c of picks[d])
            walk(d + 1, off + c * st[d]);
    };
    if (picks.every((p) => p.length > 0))
        walk(0, 0);
    return res;
}
function concatData(parts, axis) {
    const outer = prod(parts[0].shape.slice(0, axis));
    const res = [];
    for (let o = 0; o < outer; o++) {
        for (const p of parts) {
            const chunk = prod(p.shape.slice(axis));
            for (let k = 0; k < chunk; k++)
                res.push(p.data[o * chunk + k]);
        }
    }
    return res;
}
/** Cast as the runtime would: integer targets truncate toward zero, bool is non-zero. */
function castValue(v, integer, bool) {
    if (bool)
        return v !== 0 ? 1 : 0;
    if (integer)
        return Math.trunc(v);
    return v;
}
/**
 * A reduction of `data` (of `shape`) over `axes`, keeping them as size 1: `acc` folds each
 * value into its output slot from `init`; `mean` divides by the reduced count.
 */
function reduceData(data, shape, axes, acc, init, mean = false) {
    const out = shape.map((d, i) => (axes.includes(i) ? 1 : d));
    const os = strides(out);
    const is = strides(shape);
    const res = new Array(prod(out)).fill(init);
    const count = prod(axes.map((a) => shape[a]));
    for (let i = 0; i < data.length; i++) {
        let rem = i;
        let off = 0;
        for (let d = 0; d < shape.length; d++) {
            const c = Math.floor(rem / is[d]);
            rem -= c * is[d];
            if (!axes.includes(d))
                off += c * os[d];
        }
        res[off] = acc(res[off], data[i]);
    }
    return mean ? res.map((v) => v / count) : res;
}

;// CONCATENATED MODULE: ./src/core/ops/elementwise.ts
/**
 * Element-wise arithmetic with numpy broadcasting: one op per output element, values folded
 * when every input's values are known (graphs compute shapes this way).
 */







const truncDiv = (dtype) => ((0,tensor/* isFloat */.dk)(dtype) ? (a, b) => a / b : (a, b) => Math.trunc(a / b));
/**
 * Two-input functions: arithmetic counts its op; comparisons count a `compare`; logical and
 * bitwise operations (shifts too) a `logical`; a floored or truncated division or remainder a
 * `round` (TF's FloorDiv, FloorMod and TruncateMod, which its profiler does not count, unlike
 * RealDiv); a squared difference one `sqdiff`; a power one `pow` (TF's Pow, whatever the
 * exponent).
 */
const BINARY = {
    add: { op: 'add', fold: () => (a, b) => a + b },
    sub: { op: 'sub', fold: () => (a, b) => a - b },
    mul: { op: 'mul', fold: () => (a, b) => a * b },
    div: { op: 'div', fold: truncDiv },
    // Python's floor division and modulo (Keras, TF FloorDiv/FloorMod).
    floor_div: { op: 'round', fold: () => (a, b) => Math.floor(a / b) },
    floor_mod: { op: 'round', fold: () => (a, b) => a - Math.floor(a / b) * b },
    // C's fmod (ONNX Mod, TF TruncateMod).
    mod: { op: 'round', fold: () => (a, b) => a % b },
    pow: { op: 'pow', fold: () => (a, b) => a ** b },
    max: { op: 'max', fold: () => Math.max },
    min: { op: 'min', fold: () => Math.min },
    sqdiff: { op: 'sqdiff', fold: () => (a, b) => (a - b) ** 2 },
    equal: { op: 'compare', fold: () => (a, b) => +(a === b), bool: true },
    not_equal: { op: 'compare', fold: () => (a, b) => +(a !== b), bool: true },
    less: { op: 'compare', fold: () => (a, b) => +(a < b), bool: true },
    less_equal: { op: 'compare', fold: () => (a, b) => +(a <= b), bool: true },
    greater: { op: 'compare', fold: () => (a, b) => +(a > b), bool: true },
    greater_equal: { op: 'compare', fold: () => (a, b) => +(a >= b), bool: true },
    and: { op: 'logical', fold: () => (a, b) => +(!!a && !!b), bool: true },
    or: { op: 'logical', fold: () => (a, b) => +(!!a || !!b), bool: true },
    xor: { op: 'logical', fold: () => (a, b) => +(!a !== !b), bool: true },
    // Not folded: JavaScript's bit operators are 32-bit and the tensors may be 64-bit.
    bitwise: { op: 'logical' },
    shift_left: { op: 'logical' },
    shift_right: { op: 'logical' },
};
function isBinary(fn) {
    return Object.prototype.hasOwnProperty.call(BINARY, fn);
}
function fold(out, inputs, fn) {
    if (!fn || inputs.some((x) => x.values === undefined))
        return undefined;
    return mapBroadcast(out, inputs.map((x) => ({ shape: x.shape, data: x.values })), fn);
}
/**
 * A two-input function, broadcast: `op` once per output element. A power whose exponent is
 * known to be 2 is a square (TF counts its Pow and Square alike); any other power, 0.5
 * included, one `pow` (Keras runs x ** 0.5 as Pow, which TF counts, not as Sqrt, which it
 * does not).
 */
function binary(fn, a, b) {
    const spec = BINARY[fn];
    const out = broadcast([a.shape, b.shape]);
    const n = big((0,tensor/* size */.Ej)(out));
    let op = spec.op;
    if (fn === 'pow' && b.values?.length === 1 && b.values[0] === 2)
        op = 'square';
    const dtype = spec.bool ? 'bool' : a.dtype;
    const values = fold(out, [a, b], spec.fold?.(a.dtype));
    return result([(0,tensor/* tensor */.OE)(out, dtype, values)], op ? { [op]: n } : {});
}
/**
 * n inputs broadcast and folded pairwise (Keras' Add of three tensors, ONNX Sum/Max/Min/Mean):
 * (n - 1) ops per output element; a mean divides once more per element.
 */
function variadic(fn, xs) {
    if (xs.length === 0)
        (0,core_errors/* fault */.DG)('has no inputs');
    const out = broadcast(xs.map((x) => x.shape));
    const n = big((0,tensor/* size */.Ej)(out));
    const op = fn === 'mean' ? 'add' : fn;
    const counts = { [op]: BigInt(xs.length - 1) * n };
    if (fn === 'mean')
        addCounts(counts, { div: n });
    const pair = fn === 'mul' ? (p, q) => p * q : fn === 'max' ? Math.max : fn === 'min' ? Math.min : (p, q) => p + q;
    const values = fold(out, xs, (...v) => {
        let acc = v[0];
        for (let i = 1; i < v.length; i++)
            acc = pair(acc, v[i]);
        return fn === 'mean' ? acc / v.length : acc;
    });
    return result([(0,tensor/* tensor */.OE)(out, xs[0].dtype, values)], counts);
}
/** Round half to even, as ONNX and TF specify. */
const roundEven = (x) => {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
};
/**
 * One-input math: what each costs per element, one primitive of its own kind where TF's
 * profiler weighs the kind apart: rounding and sign one `round`, an absolute value one `abs`,
 * logical not and the NaN/infinity tests one `logical` (none registered in TF), the natural
 * logarithm one `log` (TF's Log is registered), the other exponentials and logarithms (and erf)
 * one `exp` (Exp, Expm1, Log1p, Erf are not), the trigonometric family one `trig`.
 */
const UNARY = {
    identity: { per: {}, fold: (x) => x },
    neg: { per: { neg: 1 }, fold: (x) => -x },
    abs: { per: { abs: 1 }, fold: Math.abs },
    sign: { per: { round: 1 }, fold: Math.sign },
    floor: { per: { round: 1 }, fold: Math.floor },
    ceil: { per: { round: 1 }, fold: Math.ceil },
    round: { per: { round: 1 }, fold: roundEven },
    trunc: { per: { round: 1 }, fold: Math.trunc },
    not: { per: { logical: 1 }, fold: (x) => +!x, bool: true },
    // Not folded: JavaScript's bit operators are 32-bit and the tensors may be 64-bit.
    bitwise_not: { per: { logical: 1 } },
    is_nan: { per: { logical: 1 }, fold: (x) => +Number.isNaN(x), bool: true },
    is_inf: { per: { logical: 1 }, fold: (x) => +(Math.abs(x) === Infinity), bool: true },
    sqrt: { per: { sqrt: 1 }, fold: Math.sqrt },
    rsqrt: { per: { rsqrt: 1 }, fold: (x) => 1 / Math.sqrt(x) },
    reciprocal: { per: { div: 1 }, fold: (x) => 1 / x },
    square: { per: { square: 1 }, fold: (x) => x * x },
    exp: { per: { exp: 1 }, fold: Math.exp },
    // Keras runs exp2(x) as Pow(2, x).
    exp2: { per: { pow: 1 }, fold: (x) => 2 ** x },
    expm1: { per: { exp: 1 }, fold: Math.expm1 },
    log: { per: { log: 1 }, fold: Math.log },
    log1p: { per: { exp: 1 }, fold: Math.log1p },
    // log(x) / log(base), as Keras runs them (the log of the constant base: see unary()).
    log2: { per: { log: 1, div: 1 }, fold: Math.log2 },
    log10: { per: { log: 1, div: 1 }, fold: Math.log10 },
    erf: { per: { exp: 1 }, fold: erf },
    erfc: { per: { exp: 1 }, fold: (x) => 1 - erf(x) },
    sin: { per: { trig: 1 }, fold: Math.sin },
    cos: { per: { trig: 1 }, fold: Math.cos },
    tan: { per: { trig: 1 }, fold: Math.tan },
    asin: { per: { trig: 1 }, fold: Math.asin },
    acos: { per: { trig: 1 }, fold: Math.acos },
    atan: { per: { trig: 1 }, fold: Math.atan },
    sinh: { per: { trig: 1 }, fold: Math.sinh },
    cosh: { per: { trig: 1 }, fold: Math.cosh },
    asinh: { per: { trig: 1 }, fold: Math.asinh },
    acosh: { per: { trig: 1 }, fold: Math.acosh },
    atanh: { per: { trig: 1 }, fold: Math.atanh },
};
function isUnary(fn) {
    return Object.prototype.hasOwnProperty.call(UNARY, fn);
}
/** A one-input function (or an activation of the shared table) applied element-wise. */
function unary(fn, x) {
    if (!isUnary(fn)) {
        if (isActivation(fn) && fn !== 'glu')
            return activation(fn, x);
        return (0,core_errors/* fault */.DG)(`unknown element-wise function "${fn}"`);
    }
    const u = UNARY[fn];
    const fold = u.fold;
    const values = fold && x.values ? x.values.map((v) => fold(v)) : undefined;
    const counts = perElement(u.per, big((0,tensor/* size */.Ej)(x.shape)));
    // log2 and log10 divide by the log of their base, a constant TF computes once per graph:
    // counted once per sample, as flopgate counts all per-graph work, so that batch 1 is TF's.
    if (fn === 'log2' || fn === 'log10')
        addCounts(counts, { log: big(x.shape[0] ?? 1) });
    return result([(0,tensor/* tensor */.OE)(x.shape, u.bool ? 'bool' : x.dtype, values)], counts);
}
/** clip(x, lo, hi) = min(max(x, lo), hi), as TF's clip_by_value runs it: one op per bound given. */
function clip(x, lo, hi) {
    const shapes = [x.shape, ...(lo ? [lo.shape] : []), ...(hi ? [hi.shape] : [])];
    const out = broadcast(shapes);
    const n = big((0,tensor/* size */.Ej)(out));
    const counts = {};
    if (lo)
        counts.max = n;
    if (hi)
        counts.min = n;
    const lv = lo?.values?.length === 1 ? lo.values[0] : lo ? undefined : -Infinity;
    const hv = hi?.values?.length === 1 ? hi.values[0] : hi ? undefined : Infinity;
    const values = x.values && lv !== undefined && hv !== undefined && out.length === x.shape.length ? x.values.map((v) => Math.min(Math.max(v, lv), hv)) : undefined;
    return result([(0,tensor/* tensor */.OE)(out, x.dtype, values)], counts);
}
/** where(cond, x, y) selects per element: data movement, no arithmetic. */
function where(cond, x, y) {
    const out = broadcast([cond.shape, x.shape, y.shape]);
    return result([(0,tensor/* tensor */.OE)(out, x.dtype, fold(out, [cond, x, y], (c, a, b) => (c ? a : b)))]);
}
/**
 * PReLU: relu(x) - alpha * relu(-x), as Keras runs it: two ReLUs, a negation of the input and
 * of alpha, one multiplication and one addition per element. alpha (of `alphaShape`, which
 * broadcasts onto x without its batch axis) is negated once per sample, so that the batch size
 * multiplies it too.
 */
function prelu(x, alphaShape, alphaValues) {
    const out = broadcast([x.shape, alphaShape]);
    if (out.join() !== x.shape.join())
        (0,core_errors/* fault */.DG)(`slope [${alphaShape.join(', ')}] does not broadcast onto [${x.shape.join(', ')}]`);
    const n = big((0,tensor/* size */.Ej)(x.shape));
    const alpha = big(x.shape[0] ?? 1, (0,tensor/* size */.Ej)(alphaShape.length >= x.shape.length ? alphaShape.slice(1) : alphaShape));
    const values = fold(out, [x, { shape: alphaShape, dtype: x.dtype, values: alphaValues }], (v, a) => (v >= 0 ? v : a * v));
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype, values)], { relu: 2n * n, neg: n + alpha, mul: n, add: n }, big((0,tensor/* size */.Ej)(alphaShape)));
}
/** Cast to `to`: free; integer targets truncate toward zero, bool is non-zero. */
function cast(x, to) {
    const integer = !(0,tensor/* isFloat */.dk)(to) && to !== 'bool';
    const values = x.values?.map((v) => castValue(v, integer, to === 'bool'));
    return result([(0,tensor/* tensor */.OE)(x.shape, to, values)]);
}

;// CONCATENATED MODULE: ./src/core/ops/reduce.ts
/** Reductions over axes. */





function reduceCounts(kind, n, m) {
    switch (kind) {
        case 'sum': return { sum: n - m };
        case 'mean': return { mean: n };
        case 'max':
        case 'min': return { reduce_max: n };
        case 'prod': return { reduce_prod: n - m };
        case 'l1': return { abs: n, sum: n - m };
        case 'l2': return { mul: n, sum: n - m, sqrt: m };
        case 'sum_square': return { square: n, sum: n - m };
        case 'log_sum': return { sum: n - m, log: m };
        case 'log_sum_exp': return { reduce_max: n, sub: n, exp: n, sum: n - m, logical: m, log: m, add: m };
        case 'any':
        case 'all': return {};
    }
}
const reduce_FOLDS = {
    sum: { acc: (a, v) => a + v, init: 0 },
    mean: { acc: (a, v) => a + v, init: 0, mean: true },
    max: { acc: Math.max, init: -Infinity },
    min: { acc: Math.min, init: Infinity },
    prod: { acc: (a, v) => a * v, init: 1 },
    l1: { acc: (a, v) => a + v, init: 0, pre: Math.abs },
    l2: { acc: (a, v) => a + v, init: 0, pre: (v) => v * v, post: Math.sqrt },
    sum_square: { acc: (a, v) => a + v, init: 0, pre: (v) => v * v },
    log_sum: { acc: (a, v) => a + v, init: 0, post: Math.log },
    log_sum_exp: { acc: (a, v) => a + v, init: 0, pre: Math.exp, post: Math.log },
    any: { acc: (a, v) => +(a !== 0 || v !== 0), init: 0 },
    all: { acc: (a, v) => +(a !== 0 && v !== 0), init: 1 },
};
/** Reduce `x` over `axes` (undefined: every axis; [] reduces nothing), keeping them as 1 with `keepdims`. */
function reduce(kind, x, axes, keepdims) {
    const all = x.shape.map((_, i) => i);
    const ax = axes === undefined ? all : normAxes(axes, x.shape.length, true);
    const out = keepdims ? x.shape.map((d, i) => (ax.includes(i) ? 1 : d)) : x.shape.filter((_, i) => !ax.includes(i));
    const f = reduce_FOLDS[kind];
    const pre = f.pre;
    const post = f.post;
    const folded = x.values ? reduceData(pre ? x.values.map(pre) : x.values, x.shape, ax, f.acc, f.init, f.mean) : undefined;
    const values = folded && post ? folded.map(post) : folded;
    const dtype = kind === 'any' || kind === 'all' ? 'bool' : x.dtype;
    return result([(0,tensor/* tensor */.OE)(out, dtype, values)], reduceCounts(kind, big((0,tensor/* size */.Ej)(x.shape)), big((0,tensor/* size */.Ej)(out))));
}
/**
 * ArgMax / ArgMin along one axis: n - m comparisons (the reduction's), an int64 output; the
 * first of equal extremes wins, or the last with `selectLast`.
 */
function argReduce(x, axis, keepdims, min = false, selectLast = false) {
    const a = normAxis(axis, x.shape.length);
    const out = keepdims ? x.shape.map((d, i) => (i === a ? 1 : d)) : x.shape.filter((_, i) => i !== a);
    let values;
    if (x.values) {
        const len = x.shape[a];
        const inner = (0,tensor/* size */.Ej)(x.shape.slice(a + 1));
        const v = x.values;
        values = [];
        for (let o = 0; o < v.length / (len * inner); o++) {
            for (let i = 0; i < inner; i++) {
                let best = 0;
                for (let k = 1; k < len; k++) {
                    const [cur, top] = [v[(o * len + k) * inner + i], v[(o * len + best) * inner + i]];
                    if (min ? cur < top || (selectLast && cur === top) : cur > top || (selectLast && cur === top))
                        best = k;
                }
                values.push(best);
            }
        }
    }
    return result([(0,tensor/* tensor */.OE)(out, 'int64', values)], { compare: big((0,tensor/* size */.Ej)(x.shape)) - big((0,tensor/* size */.Ej)(out)) });
}
/**
 * Variance over `axes` as tf.math.reduce_variance computes it: the mean (keepdims), x - mean,
 * its square, the mean of that: mean = 2n, sub = n, square = n; the standard deviation
 * (tf.math.reduce_std) adds a square root per output element.
 */
function variance(x, axes, keepdims, std = false) {
    const r = reduce('mean', x, axes, keepdims);
    const n = big((0,tensor/* size */.Ej)(x.shape));
    const m = big((0,tensor/* size */.Ej)(r.outputs[0].shape));
    const counts = { mean: 2n * n, sub: n, square: n, ...(std ? { sqrt: m } : {}) };
    return result([(0,tensor/* tensor */.OE)(r.outputs[0].shape, x.dtype)], counts);
}

;// CONCATENATED MODULE: ./src/keras/layers/config.ts


const keyList = (key) => (typeof key === 'string' ? [key] : key);
function fail(call, why) {
    throw new errors/* FlopgateError */.N9(`layer "${call.name}" (${call.className}): ${why}`);
}
/** The first spelling present (not null) in the config, with its value. */
function lookup(call, key) {
    for (const k of keyList(key)) {
        const v = call.config[k];
        if (v !== undefined && v !== null)
            return [k, v];
    }
    return undefined;
}
const shown = (key) => keyList(key).map((k) => `"${k}"`).join(' or ');
function num(call, key, dflt) {
    const hit = lookup(call, key);
    if (!hit) {
        if (dflt !== undefined)
            return dflt;
        return fail(call, `config has no ${shown(key)}`);
    }
    const [k, v] = hit;
    if (typeof v !== 'number' || !Number.isFinite(v))
        fail(call, `"${k}" must be a number, got ${JSON.stringify(v)}`);
    return v;
}
/** A count (units, filters, heads): a non-negative integer, or positive when `positive`. */
function config_int(call, key, dflt, positive = true) {
    const hit = lookup(call, key);
    if (!hit) {
        if (dflt !== undefined)
            return dflt;
        return fail(call, `config has no ${shown(key)}`);
    }
    const [k, v] = hit;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < (positive ? 1 : 0)) {
        fail(call, `"${k}" must be a ${positive ? 'positive' : 'non-negative'} integer, got ${JSON.stringify(v)}`);
    }
    return v;
}
/** Booleans; old Keras and some converters wrote 0/1 (e.g. `"scale": 1`). */
function bool(call, key, dflt) {
    const hit = lookup(call, key);
    if (!hit)
        return dflt;
    const [k, v] = hit;
    if (typeof v === 'boolean')
        return v;
    if (v === 0 || v === 1)
        return v === 1;
    return fail(call, `"${k}" must be true or false, got ${JSON.stringify(v)}`);
}
function str(call, key, dflt) {
    const hit = lookup(call, key);
    if (!hit) {
        if (dflt !== undefined)
            return dflt;
        return fail(call, `config has no ${shown(key)}`);
    }
    const [k, v] = hit;
    if (typeof v !== 'string')
        fail(call, `"${k}" must be a string, got ${JSON.stringify(v)}`);
    return v;
}
/** A string from a fixed set, lower-cased (Keras accepts "SAME" as well as "same"). */
function choice(call, key, options, dflt) {
    const v = str(call, key, dflt).toLowerCase();
    if (!options.includes(v)) {
        fail(call, `${shown(key)} must be one of ${options.join(', ')}, got "${v}"`);
    }
    return v;
}
/** An int or a tuple of ints, as Keras accepts for kernel_size, strides, pool_size. */
function tuple(call, key, rank, dflt) {
    const hit = lookup(call, key);
    const v = hit ? hit[1] : dflt;
    const k = hit ? hit[0] : keyList(key)[0];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return Array(rank).fill(v);
    if (Array.isArray(v) && v.length === rank && v.every((x) => Number.isSafeInteger(x) && x >= 0))
        return v;
    return fail(call, `"${k}" must be an integer or ${rank} integers, got ${JSON.stringify(v)}`);
}
/** A list of integers of any length (Reshape target_shape, Permute dims). */
function intList(call, key) {
    const hit = lookup(call, key);
    if (!hit)
        return fail(call, `config has no ${shown(key)}`);
    const [k, v] = hit;
    if (!Array.isArray(v) || !v.every((x) => Number.isSafeInteger(x)))
        fail(call, `"${k}" must be a list of integers, got ${JSON.stringify(v)}`);
    return v;
}
/**
 * An axis or a list of axes of a tensor of `rank` (batch included), normalised to
 * non-negative indices; `null` in the config falls back to `dflt`.
 */
function axes(call, key, rank, dflt) {
    const hit = lookup(call, key);
    const raw = hit ? hit[1] : dflt;
    const list = typeof raw === 'number' ? [raw] : raw;
    if (!Array.isArray(list) || !list.every((a) => Number.isSafeInteger(a))) {
        return fail(call, `${shown(key)} must be an axis or a list of axes, got ${JSON.stringify(raw)}`);
    }
    return list.map((a) => normAxis(a, rank));
}
/** `data_format` (Keras 2/3, null = channels_last) or Keras 1 `dim_ordering` ("tf"/"th"). */
function dataFormat(call) {
    const hit = lookup(call, ['data_format', 'dim_ordering']);
    if (!hit)
        return 'channels_last';
    const v = hit[1];
    if (v === 'channels_last' || v === 'tf' || v === 'default')
        return 'channels_last';
    if (v === 'channels_first' || v === 'th')
        return 'channels_first';
    return fail(call, `"${hit[0]}" must be channels_last or channels_first, got ${JSON.stringify(v)}`);
}
/** The single input of a one-input layer. */
function one(call) {
    if (call.inputs.length !== 1)
        fail(call, `expects one input, got ${call.inputs.length}`);
    return call.inputs[0];
}
/** The input, checked to have exactly `rank` dimensions (batch included). */
function ofRank(call, rank, what) {
    const x = one(call);
    if (x.length !== rank) {
        fail(call, `expects an input of rank ${rank}${what ? ` (${what})` : ''}, got shape [${x.join(', ')}]`);
    }
    return x;
}
/** A nested layer config (wrappers, Keras 3 `{module, class_name, config, registered_name}`). */
function subLayer(call, key) {
    const v = call.config[key];
    if (!v || typeof v !== 'object' || Array.isArray(v))
        return fail(call, `config has no "${key}" layer`);
    const o = v;
    if (typeof o.class_name !== 'string' || !o.config || typeof o.config !== 'object') {
        return fail(call, `"${key}" must be a layer with class_name and config`);
    }
    return { className: o.class_name, config: o.config };
}
const product = (xs) => xs.reduce((a, b) => a * b, 1);

;// CONCATENATED MODULE: ./src/keras/layers/activation-layers.ts







/**
 * ReLU(max_value, negative_slope, threshold), as Keras 3's activations.relu computes it:
 * plain, relu6 and leaky (slope only) are one ReLU-family kernel per element; otherwise
 *   x > threshold ? x : 0            a comparison (instead of the relu)
 *   clip(x, 0, max_value)            a min and a max (max_value other than 6)
 *   x - slope * relu(-x + threshold) a negation, [an add], a relu, a mul and a sub
 */
const ReLU = (call) => {
    const x = one(call);
    const n = big(product(x));
    const hasMax = lookup(call, 'max_value') !== undefined;
    const maxValue = num(call, 'max_value', 0);
    const slope = num(call, 'negative_slope', 0);
    const threshold = num(call, 'threshold', 0);
    if (slope !== 0 && !hasMax && threshold === 0)
        return fromCore(activation('leaky_relu', (0,tensor/* shaped */.e9)(x)));
    const ops = {};
    if (slope !== 0)
        addCounts(ops, { neg: n, relu: n, ...(threshold !== 0 ? { add: n } : {}) });
    if (threshold !== 0)
        addCounts(ops, { compare: n });
    else
        addCounts(ops, activation_activationCounts('relu', n));
    if (hasMax && (threshold !== 0 || maxValue !== 6))
        addCounts(ops, { min: n, max: n });
    if (slope !== 0)
        addCounts(ops, { mul: n, sub: n });
    return { outputs: [x], ops, params: 0n };
};
/** LeakyReLU (`negative_slope`, Keras 2 `alpha`): one LeakyRelu kernel per element. */
const LeakyReLU = (call) => {
    num(call, ['negative_slope', 'alpha'], 0.3);
    return fromCore(activation('leaky_relu', (0,tensor/* shaped */.e9)(one(call))));
};
/** ThresholdedReLU (Keras 2): x * (x > theta). */
const ThresholdedReLU = (call) => {
    num(call, 'theta', 1);
    return fromCore(activation('thresholded_relu', (0,tensor/* shaped */.e9)(one(call))));
};
/** ELU (`alpha`). */
const ELU = (call) => fromCore(elu((0,tensor/* shaped */.e9)(one(call)), num(call, 'alpha', 1)));
/**
 * Softmax over `axis` (default -1): the core's softmax along it. Over several axes Keras
 * computes exp(x - logsumexp(x, axes, keepdims=True)): the core's log-sum-exp reduction, then
 * a subtraction and an exponential per element.
 */
const Softmax = (call) => {
    const x = one(call);
    const list = axes(call, 'axis', x.length, -1);
    const raw = lookup(call, 'axis')?.[1] ?? -1;
    const given = Array.isArray(raw) ? raw : [raw];
    if (list.length > 1) {
        const r = reduce('log_sum_exp', (0,tensor/* shaped */.e9)(x), list, true);
        const n = big(product(x));
        return { outputs: [x], ops: addCounts(r.counts, { sub: n, exp: n }), params: 0n };
    }
    return fromCore(activation('softmax', (0,tensor/* shaped */.e9)(x), given[0]));
};
/**
 * PReLU: alpha has the input's shape without batch, with every `shared_axes` axis (1-based, as
 * Keras numbers them) reduced to 1.
 */
const PReLU = (call) => {
    const x = one(call);
    const shared = 'shared_axes' in call.config && call.config.shared_axes !== null ? axes(call, 'shared_axes', x.length, []) : [];
    const alphaShape = x.slice(1).map((d, i) => (shared.includes(i + 1) ? 1 : d));
    return fromCore(prelu((0,tensor/* shaped */.e9)(x), alphaShape));
};

;// CONCATENATED MODULE: ./src/keras/layers/applications.ts


/**
 * Layers that keras.applications defines for its own architectures (registered, not in
 * keras.layers). Their computation is fixed by the application's source and fully given by
 * the config, so they are costed rather than left unknown.
 */
/**
 * LayerScale (ConvNeXt; keras_cv's has the same definition): x * gamma, gamma one weight
 * per channel of `projection_dim`. One multiplication per element.
 */
const LayerScale = (call) => {
    const x = one(call);
    const dim = config_int(call, 'projection_dim');
    if (x[x.length - 1] !== dim)
        fail(call, `projection_dim ${dim} does not match the ${x[x.length - 1]} channels of its input`);
    return { outputs: [x], ops: { mul: big(product(x)) }, params: big(dim) };
};
/** StochasticDepth (ConvNeXt): drops residual paths in training only; identity at inference. */
const StochasticDepth = (call) => {
    num(call, 'drop_path_rate', 0);
    return { outputs: [one(call)], ops: {}, params: 0n };
};
/**
 * CustomScaleLayer (InceptionResNetV2): inputs[0] + inputs[1] * scale, a multiplication and
 * an addition per element.
 */
const CustomScaleLayer = (call) => {
    num(call, 'scale');
    if (call.inputs.length !== 2)
        fail(call, `expects 2 inputs, got ${call.inputs.length}`);
    const [x, r] = call.inputs;
    if (x.join() !== r.join())
        fail(call, `inputs [${x.join(', ')}] and [${r.join(', ')}] differ`);
    const n = big(product(x));
    return { outputs: [x], ops: { mul: n, add: n }, params: 0n };
};

;// CONCATENATED MODULE: ./src/core/ops/attention.ts
/**
 * Attention: the projections, the two attention products (scores = Q K^T, context = scores V),
 * the scaling, the softmax and the output projection. Shapes are batch first; the attended
 * axes' product is the sequence length.
 */




/** query, value and key (key defaults to value) must agree on the batch and the attended axes. */
function checkQvk(q, v, k) {
    if (q.shape[0] !== v.shape[0] || k.shape[0] !== v.shape[0])
        (0,core_errors/* fault */.DG)('query, value and key must have the same batch size');
    if (k.shape.length !== v.shape.length || k.shape.slice(0, -1).some((d, i) => d !== v.shape[i])) {
        (0,core_errors/* fault */.DG)(`key ${(0,tensor/* fmt */.Sc)(k.shape)} and value ${(0,tensor/* fmt */.Sc)(v.shape)} must agree on all but the last axis`);
    }
}
/**
 * Multi-head attention (Keras MultiHeadAttention): query/key/value projections to heads x
 * key_dim (value_dim for values), both attention products per head, the output projection:
 *   MACs = Pq dq N Kd + Pk dk N Kd + Pv dv N Vd       projections (P = positions incl. batch)
 *        + Pq Lv N Kd + Pq Lv N Vd                      attention products (L = attended length)
 *        + Pq N Vd out                                  output projection
 * plus a 1/sqrt(Kd) scaling (of Pq Lv N scores on the fused path, else of the Pq N Kd
 * projected query), a softmax over Pq Lv N scores, one bias add per projected element.
 */
function multiHeadAttention(q, v, k, s) {
    checkQvk(q, v, k);
    const qs = q.shape;
    if (qs.length < 3 || v.shape.length !== qs.length)
        (0,core_errors/* fault */.DG)(`query ${(0,tensor/* fmt */.Sc)(qs)} and value ${(0,tensor/* fmt */.Sc)(v.shape)} must have the same rank, at least 3`);
    const middle = Array.from({ length: qs.length - 2 }, (_, i) => i + 1);
    const att = s.attentionAxes ?? middle;
    if (att.some((a) => !middle.includes(a)))
        (0,core_errors/* fault */.DG)(`attention axes ${(0,tensor/* fmt */.Sc)(att)} must lie between the batch and the feature axis`);
    for (const a of middle)
        if (!att.includes(a) && qs[a] !== v.shape[a])
            (0,core_errors/* fault */.DG)(`query and value differ on axis ${a}, which is not an attention axis`);
    const outDims = s.outDims ?? [qs[qs.length - 1]];
    const [dq, dv, dk] = [qs[qs.length - 1], v.shape[v.shape.length - 1], k.shape[k.shape.length - 1]];
    const pq = big((0,tensor/* size */.Ej)(qs.slice(0, -1)));
    const pv = big((0,tensor/* size */.Ej)(v.shape.slice(0, -1)));
    const lq = (0,tensor/* size */.Ej)(att.map((a) => qs[a]));
    const lv = big((0,tensor/* size */.Ej)(att.map((a) => v.shape[a])));
    const out = big((0,tensor/* size */.Ej)(outDims));
    const [n, kd, vd] = [big(s.heads), big(s.keyDim), big(s.valueDim)];
    const projections = pq * big(dq) * n * kd + pv * big(dk) * n * kd + pv * big(dv) * n * vd + pq * n * vd * out;
    const counts = { mac: projections + pq * lv * n * (kd + vd), mul: s.scaleScores ? pq * lv * n : pq * n * kd, softmax: pq * lv * n };
    let params = big(dq) * n * kd + big(dk) * n * kd + big(dv) * n * vd + n * vd * out;
    if (s.bias) {
        addCounts(counts, { bias: pq * n * kd + pv * n * kd + pv * n * vd + pq * out });
        params += 2n * n * kd + n * vd + out;
    }
    if (s.gate) {
        addCounts(counts, { mac: pq * big(dq) * n * vd, sigmoid: pq * n * vd, mul: pq * n * vd, ...(s.bias ? { bias: pq * n * vd } : {}) });
        params += big(dq) * n * vd + (s.bias ? n * vd : 0n);
    }
    const y = (0,tensor/* tensor */.OE)([...qs.slice(0, -1), ...outDims], q.dtype);
    const outputs = s.returnScores ? [y, (0,tensor/* tensor */.OE)([qs[0], s.heads, lq, Number(lv)], q.dtype)] : [y];
    return result(outputs, counts, params);
}
/**
 * Grouped-query attention (Keras GroupedQueryAttention) over query [B, Tq, dq], value
 * [B, Tv, dv], key [B, Tv, dk]: Nq query projections, Nkv key and value projections repeated
 * to Nq heads (a copy; tf.repeat computes each new length, one scalar Mul: `shape`), both
 * products per query head, the output projection back to dq:
 *   MACs = Pq dq Nq Hd + Pv dk Nkv Hd + Pv dv Nkv Hd + 2 B Nq Tq Tv Hd + Pq Nq Hd dq
 */
function groupedQueryAttention(q, v, k, s) {
    checkQvk(q, v, k);
    if (q.shape.length !== 3 || v.shape.length !== 3)
        (0,core_errors/* fault */.DG)(`expects query and value of rank 3 [batch, time, features], got ${(0,tensor/* fmt */.Sc)(q.shape)} and ${(0,tensor/* fmt */.Sc)(v.shape)}`);
    if (s.queryHeads % s.kvHeads !== 0)
        (0,core_errors/* fault */.DG)(`num_query_heads ${s.queryHeads} must be a multiple of num_key_value_heads ${s.kvHeads}`);
    const [b, tq, dq] = q.shape;
    const [, tv, dv] = v.shape;
    const dk = k.shape[2];
    const [hd, nq, nkv] = [big(s.headDim), big(s.queryHeads), big(s.kvHeads)];
    const pq = big(b, tq);
    const pv = big(b, tv);
    const scores = big(b, tq, tv) * nq;
    const projections = pq * big(dq) * nq * hd + pv * big(dk) * nkv * hd + pv * big(dv) * nkv * hd + pq * nq * hd * big(dq);
    const counts = { mac: projections + 2n * scores * hd, mul: s.scaleScores ? scores : pq * nq * hd, softmax: scores, shape: 2n * big(b) };
    let params = big(dq) * nq * hd + big(dk) * nkv * hd + big(dv) * nkv * hd + nq * hd * big(dq);
    if (s.bias) {
        addCounts(counts, { bias: pq * nq * hd + 2n * pv * nkv * hd + pq * big(dq) });
        params += nq * hd + 2n * nkv * hd + big(dq);
    }
    if (s.gate) {
        addCounts(counts, { mac: pq * big(dq) * nq * hd, sigmoid: pq * nq * hd, mul: pq * nq * hd, ...(s.bias ? { bias: pq * nq * hd } : {}) });
        params += big(dq) * nq * hd + (s.bias ? nq * hd : 0n);
    }
    const y = (0,tensor/* tensor */.OE)([b, tq, dq], q.dtype);
    return result(s.returnScores ? [y, (0,tensor/* tensor */.OE)([b, s.queryHeads, tq, tv], q.dtype)] : [y], counts, params);
}
/**
 * Luong attention (Keras Attention) over query [B, Tq, d], value [B, Tv, dv], key [B, Tv, d]:
 * "dot" scores = Q K^T (B Tq Tv d MACs), times a learned scalar with use_scale; "concat"
 * scores = w * sum(tanh(q + k)) over d (an add, a tanh and a sum per term). Then a softmax over
 * the scores and context = scores V (B Tq Tv dv MACs). Additive (Bahdanau) attention is
 * "concat" with a d-wide learned scale (use_scale) instead of the scalar; without it Keras
 * multiplies by 1.0 all the same. A causal mask (Keras' use_causal_mask) is built per score:
 * two cumulative sums of ones (row and column indices), their comparison, its logical not, and
 * the masked scores less 1e9 (a subtraction, then a select).
 */
function dotAttention(q, v, k, s) {
    checkQvk(q, v, k);
    if (q.shape.length !== 3)
        (0,core_errors/* fault */.DG)(`expects a query of rank 3 [batch, Tq, dim], got ${(0,tensor/* fmt */.Sc)(q.shape)}`);
    const [b, tq, d] = q.shape;
    const [, tv, dv] = v.shape;
    if (k.shape[k.shape.length - 1] !== d)
        (0,core_errors/* fault */.DG)(`query and key feature sizes differ (${d} and ${k.shape[k.shape.length - 1]})`);
    const sc = big(b, tq, tv);
    const counts = { mac: sc * big(dv), softmax: sc };
    let params = 0n;
    if (s.mode === 'dot') {
        addCounts(counts, { mac: sc * big(d), ...(s.scale ? { mul: sc } : {}) });
        params = s.scale ? 1n : 0n;
    }
    else if (s.mode === 'concat') {
        addCounts(counts, { add: sc * big(d), tanh: sc * big(d), sum: sc * big(d) - sc, mul: sc + (s.scale ? sc * big(d) : 0n) });
        params = 1n + (s.scale ? 1n : 0n);
    }
    else {
        addCounts(counts, { add: sc * big(d), tanh: sc * big(d), sum: sc * big(d) - sc, mul: sc * big(d) });
        params = s.scale ? big(d) : 0n;
    }
    if (s.causal)
        addCounts(counts, { cumsum: 2n * sc, compare: sc, logical: sc, sub: sc });
    const y = (0,tensor/* tensor */.OE)([b, tq, dv], q.dtype);
    return result(s.returnScores ? [y, (0,tensor/* tensor */.OE)([b, tq, tv], q.dtype)] : [y], counts, params);
}

;// CONCATENATED MODULE: ./src/keras/layers/attention.ts





/**
 * Input order agreed with the graph walker: `inputs` holds the resolved shapes of query,
 * value and (optionally) key, in that order, whether the file passed them positionally
 * (Keras 2 `[query, value, key]`, Keras 3 `args`) or as Keras 3 call kwargs
 * (`query=`, `value=`, `key=`). A missing key is the value, as in Keras.
 */
function qvk(call) {
    const xs = call.inputs;
    if (xs.length < 2 || xs.length > 3)
        fail(call, `expects query, value and optionally key, got ${xs.length} inputs`);
    const [q, v, k = v] = xs;
    return { q: (0,tensor/* shaped */.e9)(q), v: (0,tensor/* shaped */.e9)(v), k: (0,tensor/* shaped */.e9)(k) };
}
const wantsScores = (call) => call.kwargs.return_attention_scores === true;
/**
 * MultiHeadAttention (Keras 2.4+ and 3). Keras 3 scales the scores when it can use its fused
 * dot_product_attention (rank-3 query, no dropout, no scores returned), else the projected query.
 */
const MultiHeadAttention = (call) => {
    const { q, v, k } = qvk(call);
    const keyDim = config_int(call, 'key_dim');
    const rawOut = lookup(call, 'output_shape')?.[1];
    let outDims;
    if (typeof rawOut === 'number' && Number.isSafeInteger(rawOut) && rawOut > 0)
        outDims = [rawOut];
    else if (Array.isArray(rawOut) && rawOut.length > 0 && rawOut.every((d) => Number.isSafeInteger(d) && d > 0))
        outDims = rawOut;
    else if (rawOut !== undefined)
        fail(call, `"output_shape" must be an integer or a list of integers, got ${JSON.stringify(rawOut)}`);
    const rawAxes = lookup(call, 'attention_axes')?.[1];
    let attentionAxes;
    if (rawAxes !== undefined) {
        const list = typeof rawAxes === 'number' ? [rawAxes] : rawAxes;
        if (!Array.isArray(list) || !list.every((a) => Number.isSafeInteger(a)))
            fail(call, `"attention_axes" must be a list of axes, got ${JSON.stringify(rawAxes)}`);
        attentionAxes = list.map((a) => normAxis(a, q.shape.length));
    }
    return fromCore(multiHeadAttention(q, v, k, {
        heads: config_int(call, 'num_heads'),
        keyDim,
        valueDim: config_int(call, 'value_dim', keyDim),
        bias: bool(call, 'use_bias', true),
        gate: bool(call, 'use_gate', false),
        outDims,
        attentionAxes,
        scaleScores: q.shape.length === 3 && num(call, 'dropout', 0) === 0 && !wantsScores(call),
        returnScores: wantsScores(call),
    }));
};
/** Attention (Luong; Keras 2.4+/3): score_mode dot or concat, use_scale. */
const Attention = (call) => {
    const { q, v, k } = qvk(call);
    return fromCore(dotAttention(q, v, k, { mode: choice(call, 'score_mode', ['dot', 'concat'], 'dot'), scale: bool(call, 'use_scale', false), returnScores: wantsScores(call), causal: call.kwargs.use_causal_mask === true }));
};
/** AdditiveAttention (Bahdanau): a d-wide learned scale when use_scale (the default). */
const AdditiveAttention = (call) => {
    const { q, v, k } = qvk(call);
    return fromCore(dotAttention(q, v, k, { mode: 'additive', scale: bool(call, 'use_scale', true), returnScores: wantsScores(call), causal: call.kwargs.use_causal_mask === true }));
};
/** GroupedQueryAttention (Keras 3; exported as GroupQueryAttention too). */
const GroupedQueryAttention = (call) => {
    const { q, v, k } = qvk(call);
    return fromCore(groupedQueryAttention(q, v, k, {
        headDim: config_int(call, 'head_dim'),
        queryHeads: config_int(call, 'num_query_heads'),
        kvHeads: config_int(call, 'num_key_value_heads'),
        bias: bool(call, 'use_bias', true),
        gate: bool(call, 'use_gate', false),
        scaleScores: num(call, 'dropout', 0) === 0 && !wantsScores(call),
        returnScores: wantsScores(call),
    }));
};

;// CONCATENATED MODULE: ./src/core/window.ts
/**
 * Sliding windows (convolution, pooling) along one spatial axis. Every format's padding mode
 * (Keras valid/same/causal/full, ONNX auto_pad and pads, TF SAME/VALID/EXPLICIT) resolves to
 * explicit pads here, and one formula gives the output length.
 */

/** Inputs a window spans: (k - 1) x dilation + 1. */
function span(kernel, dilation) {
    return (kernel - 1) * dilation + 1;
}
function checkWindow(kernel, stride, dilation) {
    if (!(kernel >= 1 && stride >= 1 && dilation >= 1) || ![kernel, stride, dilation].every(Number.isSafeInteger)) {
        (0,core_errors/* fault */.DG)(`kernel ${kernel}, stride ${stride} and dilation ${dilation} must be positive integers`);
    }
}
/**
 * The pads a mode puts around an axis of `length`:
 *   valid        none
 *   same         ceil(L / s) windows, total = max((ceil(L / s) - 1) s + span - L, 0), the odd
 *                one at the end (TF, Keras, ONNX SAME_UPPER); same_lower puts it first
 *   causal       span - 1 before (Keras Conv1D): ceil(L / s) windows, none reading ahead
 *   full         span - 1 on both sides (Keras 1)
 */
function padsFor(mode, length, kernel, stride, dilation = 1) {
    checkWindow(kernel, stride, dilation);
    const k = span(kernel, dilation);
    switch (mode) {
        case 'valid':
            return [0, 0];
        case 'causal':
            return [k - 1, 0];
        case 'full':
            return [k - 1, k - 1];
        case 'same':
        case 'same_lower': {
            const total = Math.max((Math.ceil(length / stride) - 1) * stride + k - length, 0);
            const small = Math.floor(total / 2);
            return mode === 'same' ? [small, total - small] : [total - small, small];
        }
    }
}
/**
 * Windows along an axis: floor((L + pads - span) / s) + 1 (ceil with `ceil`, dropping a last
 * window that would start in the end padding, as ONNX 19+ and PyTorch do).
 */
function windowOutput(length, w) {
    checkWindow(w.kernel, w.stride, w.dilation);
    const [before, after] = w.pads;
    if (before < 0 || after < 0)
        (0,core_errors/* fault */.DG)(`negative padding ${before}, ${after}`);
    const k = span(w.kernel, w.dilation);
    const room = length + before + after - k;
    if (room < 0)
        (0,core_errors/* fault */.DG)(`a window of ${k} does not fit an axis of ${length}${before + after ? ` padded by ${before + after}` : ''}`);
    let out = w.ceil ? Math.ceil(room / w.stride) + 1 : Math.floor(room / w.stride) + 1;
    if (w.ceil && (out - 1) * w.stride >= length + before)
        out--;
    return out;
}
/** windowOutput for a padding mode. */
function modeOutput(mode, length, kernel, stride, dilation = 1) {
    return windowOutput(length, { kernel, stride, dilation, pads: padsFor(mode, length, kernel, stride, dilation) });
}
/**
 * A transposed convolution's output length, the inverse of windowOutput:
 * s (L - 1) + output_padding + span - pads.
 */
function transposedOutput(length, kernel, stride, dilation, pads, outputPadding) {
    checkWindow(kernel, stride, dilation);
    const out = stride * (length - 1) + outputPadding + span(kernel, dilation) - pads;
    if (out < 1)
        (0,core_errors/* fault */.DG)(`transposed convolution gives an empty output along an axis of length ${length}`);
    return out;
}
/**
 * The length Keras and TF give a transposed convolution for a padding mode when no
 * output_padding is set (Keras' deconv_output_length): valid L s + max(span - s, 0),
 * same L s, full L s - (s + span - 2); with output_padding p: (L - 1) s + span - 2 pad + p,
 * pad = floor(span / 2) for same, span - 1 for full.
 */
function transposedModeOutput(mode, length, kernel, stride, dilation, outputPadding) {
    checkWindow(kernel, stride, dilation);
    const k = span(kernel, dilation);
    let out;
    if (outputPadding === null) {
        if (mode === 'valid')
            out = length * stride + Math.max(k - stride, 0);
        else if (mode === 'full')
            out = length * stride - (stride + k - 2);
        else
            out = length * stride;
    }
    else {
        const pad = mode === 'same' ? Math.floor(k / 2) : mode === 'full' ? k - 1 : 0;
        out = (length - 1) * stride + k - 2 * pad + outputPadding;
    }
    if (out < 1)
        (0,core_errors/* fault */.DG)(`transposed convolution gives an empty output along an axis of length ${length}`);
    return out;
}

;// CONCATENATED MODULE: ./src/core/ops/conv.ts
/** Convolutions and pooling: sliding windows over the spatial axes of a batch-first tensor. */





/** `x` read as [batch, spatial..., channels] (channels last) or [batch, channels, spatial...]. */
function layoutOf(x, spatialRank, channelsLast) {
    if (x.length !== spatialRank + 2) {
        (0,core_errors/* fault */.DG)(`expects an input of rank ${spatialRank + 2} (batch, ${spatialRank} spatial dimension${spatialRank > 1 ? 's' : ''} and channels), got shape ${(0,tensor/* fmt */.Sc)(x)}`);
    }
    return channelsLast
        ? { channelsLast, batch: x[0], spatial: x.slice(1, -1), channels: x[x.length - 1] }
        : { channelsLast, batch: x[0], spatial: x.slice(2), channels: x[1] };
}
function assemble(l, spatial, channels) {
    return l.channelsLast ? [l.batch, ...spatial, channels] : [l.batch, channels, ...spatial];
}
/** The explicit (before, after) pads of every spatial axis. */
function axisPads(spatial, w) {
    const n = spatial.length;
    const dil = w.dilations ?? spatial.map(() => 1);
    if (w.kernel.length !== n || w.strides.length !== n || dil.length !== n || (typeof w.pads !== 'string' && w.pads.length !== n)) {
        (0,core_errors/* fault */.DG)(`window attributes do not match ${n} spatial dimension${n === 1 ? '' : 's'}`);
    }
    return spatial.map((len, i) => (typeof w.pads === 'string' ? padsFor(w.pads, len, w.kernel[i], w.strides[i], dil[i]) : w.pads[i]));
}
/** Output lengths of the windows over `spatial`. */
function windowed(spatial, w) {
    const pads = axisPads(spatial, w);
    const dil = w.dilations ?? spatial.map(() => 1);
    return spatial.map((len, i) => windowOutput(len, { kernel: w.kernel[i], stride: w.strides[i], dilation: dil[i], pads: pads[i], ceil: w.ceil }));
}
/**
 * The output positions per sample of a dilated convolution as TF computes it: tf.nn.convolution
 * and depthwise_conv2d run a dilation d > 1 as SpaceToBatchND, a plain stride-1 convolution,
 * BatchToSpaceND. Each padded axis (length E = L + its pads) is padded further to a multiple of
 * d and split into d interleaved ones of E' / d, on which the kernel k fits E' / d - k + 1
 * times: (ceil(E / d) - k + 1) d positions, at least the layer's output and more when E is not
 * a multiple of d. A stride with a dilation (which tf.nn.convolution refuses and Keras runs for
 * depthwise convolutions as a stride-1 convolution then a subsampling) is the stride-1 grid.
 */
function spaceToBatchGrid(spatial, w) {
    const pads = axisPads(spatial, w);
    const dil = w.dilations ?? spatial.map(() => 1);
    let grid = 1n;
    spatial.forEach((len, i) => {
        const e = len + pads[i][0] + pads[i][1];
        grid *= BigInt(Math.max((Math.ceil(e / dil[i]) - w.kernel[i] + 1) * dil[i], 0));
    });
    return grid;
}
function checkGroups(channels, filters, groups) {
    if (!Number.isSafeInteger(groups) || groups < 1 || channels % groups !== 0 || filters % groups !== 0) {
        (0,core_errors/* fault */.DG)(`groups ${groups} must divide both the ${channels} input channels and the ${filters} filters`);
    }
}
/**
 * Convolution (1-D, 2-D, 3-D; grouped and depthwise as groups): every output element is a dot
 * product over a (Cin / groups) x kernel window,
 *   MACs = output elements x Cin / groups x prod(kernel)
 * plus one bias addition per output element. Weights prod(kernel) x Cin / groups x filters
 * (+ filters). A depthwise convolution is groups = Cin, filters = Cin x depth multiplier.
 *
 * How Keras' TF backend runs it decides what TF's profiler sees: a grouped convolution (not
 * depthwise) and a channels-first 3-D one run inside an XLA-compiled function call, which the
 * profiler counts as 0, and the bias addition after it has no static shape, so 0 too:
 * `mac_uncounted` and `bias_uncounted`. Otherwise TF counts 2 per MAC, and a dilated
 * convolution computes its space-to-batch grid (spaceToBatchGrid): the positions beyond the
 * output are `mac_padding`.
 */
function conv(x, s) {
    const l = layoutOf(x.shape, s.kernel.length, s.channelsLast);
    checkGroups(l.channels, s.filters, s.groups);
    const outSpatial = windowed(l.spatial, s);
    const out = assemble(l, outSpatial, s.filters);
    const perOutput = big(l.channels / s.groups, (0,tensor/* size */.Ej)(s.kernel));
    const macs = big((0,tensor/* size */.Ej)(out)) * perOutput;
    const rank = s.kernel.length;
    const depthwise = s.depthwise === true && s.groups === l.channels && rank <= 2;
    const xla = (s.groups > 1 && !depthwise) || (rank === 3 && s.tfDataFormat === 'channels_first');
    const counts = xla ? { mac_uncounted: macs } : { mac: macs };
    if (s.bias)
        counts[xla ? 'bias_uncounted' : 'bias'] = big((0,tensor/* size */.Ej)(out));
    if (!xla && (s.dilations ?? []).some((d) => d > 1)) {
        const padding = (spaceToBatchGrid(l.spatial, s) - big((0,tensor/* size */.Ej)(outSpatial))) * big(l.batch, s.filters) * perOutput;
        if (padding > 0n)
            counts.mac_padding = padding;
    }
    return result([(0,tensor/* tensor */.OE)(out, x.dtype)], counts, perOutput * BigInt(s.filters) + (s.bias ? BigInt(s.filters) : 0n));
}
/**
 * Transposed convolution: every input element scatters into a kernel window of each output
 * channel of its group,
 *   MACs = batch x input positions x Cin x (filters / groups) x prod(kernel)
 * plus one bias addition per output element. Weights prod(kernel) x Cin x filters / groups
 * (+ filters).
 *
 * TF's profiler never counts these MACs (`mac_uncounted`). A 1-D or 2-D one runs as
 * Conv2DBackpropInput, whose statistics estimate the input grid as the output divided by the
 * strides: 2 x output elements x prod(kernel) x Cin / prod(strides), in true division,
 * truncated (`deconv_estimate`); this equals 2 x MACs only when the output is the input times
 * the strides (same padding, no output_padding). A channels-first one makes those statistics
 * raise (they read NHWC), a 3-D one is Conv3DBackpropInputV2, and a grouped one has no TF op:
 * no estimate. The bias is counted either way.
 */
function convTranspose(x, s) {
    const l = layoutOf(x.shape, s.kernel.length, s.channelsLast);
    checkGroups(l.channels, s.filters, s.groups);
    if (s.outSpatial.length !== l.spatial.length)
        (0,core_errors/* fault */.DG)(`output shape ${(0,tensor/* fmt */.Sc)(s.outSpatial)} does not fit ${l.spatial.length} spatial dimensions`);
    if (s.strides.length !== l.spatial.length)
        (0,core_errors/* fault */.DG)(`strides ${(0,tensor/* fmt */.Sc)(s.strides)} do not fit ${l.spatial.length} spatial dimensions`);
    const out = assemble(l, s.outSpatial, s.filters);
    const weights = big((0,tensor/* size */.Ej)(s.kernel), l.channels, s.filters / s.groups);
    const counts = { mac_uncounted: big(l.batch, (0,tensor/* size */.Ej)(l.spatial)) * weights };
    if (s.kernel.length <= 2 && s.groups === 1 && s.tfDataFormat !== 'channels_first') {
        counts.deconv_estimate = (2n * big((0,tensor/* size */.Ej)(out), (0,tensor/* size */.Ej)(s.kernel), l.channels)) / big(...s.strides);
    }
    if (s.bias)
        counts.bias = big((0,tensor/* size */.Ej)(out));
    return result([(0,tensor/* tensor */.OE)(out, x.dtype)], counts, weights + (s.bias ? BigInt(s.filters) : 0n));
}
/**
 * Max or average pooling: each output element reduces its window, one comparison or addition
 * per window element (padding positions included) per output element: out x prod(kernel),
 * `maxpool`/`avgpool` over one or two spatial axes (TF's MaxPool/AvgPool; Keras transposes a
 * channels-first input), `pool_uncounted` over three or more (MaxPool3D and AvgPool3D have no
 * statistics).
 */
function pool(kind, x, s) {
    const l = layoutOf(x.shape, s.kernel.length, s.channelsLast);
    const out = assemble(l, windowed(l.spatial, s), l.channels);
    const op = s.kernel.length >= 3 ? 'pool_uncounted' : kind === 'max' ? 'maxpool' : 'avgpool';
    return result([(0,tensor/* tensor */.OE)(out, x.dtype)], { [op]: big((0,tensor/* size */.Ej)(out), (0,tensor/* size */.Ej)(s.kernel)) });
}
/**
 * Global pooling over every spatial axis: an average is a mean over the input elements, a
 * maximum a max reduction (one per input element); `keepdims` keeps the axes as size 1.
 */
function globalPool(kind, x, spatialRank, channelsLast, keepdims) {
    const l = layoutOf(x.shape, spatialRank, channelsLast);
    const out = keepdims ? assemble(l, l.spatial.map(() => 1), l.channels) : [l.batch, l.channels];
    return result([(0,tensor/* tensor */.OE)(out, x.dtype)], { [kind === 'max' ? 'reduce_max' : 'mean']: big((0,tensor/* size */.Ej)(x.shape)) });
}
/**
 * Adaptive pooling to `outSize` windows per axis, window i covering [floor(i L / out),
 * ceil((i + 1) L / out)) as PyTorch defines them: one comparison or addition per window
 * element per output element; per axis the windows' sizes sum, and the axes multiply. These
 * windows are the layer's arithmetic, `pool_uncounted`: Keras' TF backend computes them
 * otherwise. Axis by axis, it pools the whole axis at stride 1 twice, with the small window
 * s = ceil(L / out) and the big one s + 1, and gathers the windows it needs from the two
 * (`pool_gather`: window x output elements of each pool, TF's MaxPool/AvgPool for one or two
 * spatial axes, MaxPool3D/AvgPool3D and so uncounted for three). The gather indices cost
 * 9 x out per axis (`index`): start and end (a Mul and a RealDiv each), two Minimums, the
 * window size (Sub), an Equal with the big window and an AddV2 to the big pool's offset.
 * A maximum and an average cost alike.
 */
function adaptivePool(kind, x, outSize, channelsLast) {
    const l = layoutOf(x.shape, outSize.length, channelsLast);
    let covered = 1n;
    l.spatial.forEach((n, i) => {
        const o = outSize[i];
        // The windows are summed one by one: an output size beyond any real one is refused, not looped over.
        if (!Number.isSafeInteger(o) || o < 1 || o > 2 ** 24)
            (0,core_errors/* fault */.DG)(`output size must be a positive integer up to 2^24, got ${o}`);
        let sum = 0;
        for (let j = 0; j < o; j++)
            sum += Math.min(Math.ceil(((j + 1) * n) / o), n) - Math.min(Math.floor((j * n) / o), n - 1);
        covered *= BigInt(sum);
    });
    const counts = { pool_uncounted: big(l.batch, l.channels) * covered, index: big(l.batch, 9, outSize.reduce((a, b) => a + b, 0)) };
    if (outSize.length <= 2) {
        // Axis i pools a tensor whose earlier axes are already gathered to their output sizes.
        let gather = 0n;
        l.spatial.forEach((n, i) => {
            const small = Math.ceil(n / outSize[i]);
            const windows = BigInt(small * (n - small + 1) + (small + 1) * Math.max(n - small, 0));
            const others = big(...outSize.slice(0, i), ...l.spatial.slice(i + 1));
            gather += big(l.batch, l.channels) * others * windows;
        });
        counts.pool_gather = gather;
    }
    const out = assemble(l, outSize, l.channels);
    return result([(0,tensor/* tensor */.OE)(out, x.dtype)], counts);
}

;// CONCATENATED MODULE: ./src/keras/layers/activations.ts




/** Every `keras.activations` name flopgate knows (the core's table, which Keras names). */
const ACTIVATION_NAMES = Object.keys(ACTIVATIONS);
/** Old spellings and tfjs/serialisation variants of the same functions. */
const ALIASES = {
    leakyrelu: 'leaky_relu',
    hardsigmoid: 'hard_sigmoid',
    hardswish: 'hard_swish',
    logsoftmax: 'log_softmax',
    logsigmoid: 'log_sigmoid',
    prelu: 'relu',
    thresholdedrelu: 'relu',
    None: 'linear',
};
const own = (table, key) => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);
/**
 * Keras 3 may write an activation as a serialized object (a function:
 * `{class_name: "function", config: "relu"}`; an activation layer: `{class_name: "LeakyReLU",
 * config: {...}}`); older files as a plain name.
 */
function activationName(call, raw) {
    if (raw === undefined || raw === null)
        return 'linear';
    if (typeof raw === 'string')
        return raw;
    if (typeof raw === 'object' && !Array.isArray(raw)) {
        const o = raw;
        if (typeof o.config === 'string')
            return o.config;
        const cfg = o.config;
        if (typeof o.class_name === 'string' && o.class_name !== 'function')
            return o.class_name;
        if (typeof cfg?.name === 'string')
            return cfg.name;
    }
    return fail(call, `cannot read activation ${JSON.stringify(raw)}`);
}
/** A Keras activation name as the core's table names it (aliases, case, module paths). */
function canonicalActivation(call, name) {
    let key = name.trim();
    key = own(ALIASES, key) ?? key.toLowerCase();
    key = own(ALIASES, key) ?? key;
    // Keras 2 serialises some as e.g. "keras.activations.relu" or with a module path.
    if (!isActivation(key) && key.includes('.'))
        key = key.slice(key.lastIndexOf('.') + 1);
    if (!isActivation(key))
        fail(call, `unknown activation "${name}"`);
    return key;
}
/** What the activation `name` costs over `elements` values. */
function activationOps(call, name, elements) {
    return activationCounts(canonicalActivation(call, name), elements);
}
/** Applies the layer's `activation` to its output: the shape (glu halves the last axis) and ops. */
function applyActivation(call, raw, shape, into) {
    const r = activation(canonicalActivation(call, activationName(call, raw)), (0,tensor/* shaped */.e9)(shape));
    const ops = into ? addCounts(into, r.counts) : r.counts;
    return { shape: [...r.outputs[0].shape], ops };
}

;// CONCATENATED MODULE: ./src/core/einsum.ts
/**
 * Einstein summation: parsing an equation against its operands' shapes, and the cost of
 * evaluating it pairwise.
 *
 * Cost, as numpy's and opt_einsum's einsum evaluate it:
 * - a label repeated within one operand takes a diagonal (a view: free);
 * - a label found in one operand only, and not in the output, is summed away first:
 *   size(operand) - size(result) additions (`sum`);
 * - the operands are then contracted two at a time in opt_einsum's greedy order: among the
 *   pairs that share a label (all pairs when none do), the one whose result is smallest
 *   relative to its inputs, size(result) - size(a) - size(b), ties to the fewer
 *   multiply-accumulates, then to the earlier pair. One contraction costs a
 *   multiply-accumulate per combination of the pair's labels (`mac` = product of their sizes);
 *   the result keeps the labels still needed by another operand or the output;
 * - what is left, summed over labels not in the output (`sum`), transposed into its order.
 * Two operands are thus the product of every label's size; three or more are far cheaper than
 * that product (`bi,oij,bj->bo` is b o i j + b o i, not 2 b o i j).
 */



const LETTER = /^[a-zA-Z]$/;
/** One term's labels; "..." becomes one label per broadcast dimension, aligned on the right. */
function termLabels(term, rank, ellipsisRank, which) {
    const parts = term.split('...');
    if (parts.length > 2)
        (0,core_errors/* fault */.DG)(`einsum term "${term}" has more than one ellipsis`);
    const letters = (s) => {
        for (const c of s)
            if (!LETTER.test(c))
                (0,core_errors/* fault */.DG)(`einsum term "${term}" has "${c}", which is not a letter`);
        return [...s];
    };
    if (parts.length === 1)
        return letters(parts[0]);
    const named = parts[0].length + parts[1].length;
    const n = rank === undefined ? ellipsisRank : rank - named;
    if (n < 0)
        (0,core_errors/* fault */.DG)(`einsum ${which} "${term}" has more letters than its operand has dimensions`);
    const dots = Array.from({ length: n }, (_, i) => `.${ellipsisRank - n + i}`);
    return [...letters(parts[0]), ...dots, ...letters(parts[1])];
}
/** Parses `equation` for operands of `shapes` and plans its evaluation. */
function einsumPlan(equation, shapes) {
    const eq = equation.replace(/\s+/g, '');
    if (!eq)
        (0,core_errors/* fault */.DG)('einsum has no equation');
    const arrow = eq.split('->');
    if (arrow.length > 2)
        (0,core_errors/* fault */.DG)(`einsum equation "${eq}" has more than one "->"`);
    const [lhs, rhs] = arrow;
    const inTerms = lhs.split(',');
    if (inTerms.length !== shapes.length)
        (0,core_errors/* fault */.DG)(`einsum equation "${eq}" names ${inTerms.length} operand(s), got ${shapes.length}`);
    let ellipsisRank = 0;
    inTerms.forEach((t, i) => {
        if (t.includes('...'))
            ellipsisRank = Math.max(ellipsisRank, shapes[i].length - t.replace('...', '').length);
    });
    const terms = inTerms.map((t, i) => termLabels(t, shapes[i].length, ellipsisRank, 'term'));
    const sizes = new Map();
    terms.forEach((labels, i) => {
        if (labels.length !== shapes[i].length)
            (0,core_errors/* fault */.DG)(`einsum term "${inTerms[i]}" does not fit operand ${(0,tensor/* fmt */.Sc)(shapes[i])}`);
        labels.forEach((l, j) => {
            const d = shapes[i][j];
            const seen = sizes.get(l);
            if (seen === undefined || seen === 1)
                sizes.set(l, d);
            else if (d !== seen && d !== 1)
                (0,core_errors/* fault */.DG)(`einsum label "${l.startsWith('.') ? '...' : l}" has sizes ${seen} and ${d}`);
        });
    });
    let outLabels;
    if (rhs !== undefined) {
        outLabels = termLabels(rhs, undefined, ellipsisRank, 'output');
        if (new Set(outLabels).size !== outLabels.length)
            (0,core_errors/* fault */.DG)(`einsum output "${rhs}" repeats a label`);
    }
    else {
        // Implicit output: the broadcast dimensions, then every label used once, alphabetically.
        const uses = new Map();
        for (const t of terms)
            for (const l of t)
                uses.set(l, (uses.get(l) ?? 0) + 1);
        const dots = [...uses.keys()].filter((l) => l.startsWith('.')).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
        outLabels = [...dots, ...[...uses].filter(([l, c]) => c === 1 && !l.startsWith('.')).map(([l]) => l).sort()];
    }
    const out = outLabels.map((l) => {
        const d = sizes.get(l);
        if (d === undefined)
            return (0,core_errors/* fault */.DG)(`einsum output label "${l}" is in no operand`);
        return d;
    });
    return { out, counts: contractionCounts(terms, outLabels, sizes), sizes, terms, outLabels };
}
const sizeOf = (labels, sizes) => {
    let n = 1n;
    for (const l of labels)
        n *= BigInt(sizes.get(l) ?? 1);
    return n;
};
/** The counts of evaluating the planned einsum (see the module comment). */
function contractionCounts(terms, outLabels, sizes) {
    const counts = {};
    const output = new Set(outLabels);
    // Diagonals first: each operand as its set of distinct labels.
    let ops = terms.map((t) => new Set(t));
    const usedElsewhere = (i, l) => output.has(l) || ops.some((o, j) => j !== i && o.has(l));
    // Labels only one operand has and the output lacks are summed away before any product.
    if (ops.length > 1) {
        ops = ops.map((o, i) => {
            const keep = new Set([...o].filter((l) => usedElsewhere(i, l)));
            if (keep.size < o.size)
                addCounts(counts, { sum: sizeOf(o, sizes) - sizeOf(keep, sizes) });
            return keep;
        });
    }
    while (ops.length > 1) {
        let best;
        for (const sharedOnly of [true, false]) {
            for (let i = 0; i < ops.length; i++) {
                for (let j = i + 1; j < ops.length; j++) {
                    const [a, b] = [ops[i], ops[j]];
                    if (sharedOnly && ![...a].some((l) => b.has(l)))
                        continue;
                    const union = new Set([...a, ...b]);
                    const result = new Set([...union].filter((l) => output.has(l) || ops.some((o, k) => k !== i && k !== j && o.has(l))));
                    const macs = sizeOf(union, sizes);
                    const key = [sizeOf(result, sizes) - sizeOf(a, sizes) - sizeOf(b, sizes), macs];
                    if (!best || key[0] < best.key[0] || (key[0] === best.key[0] && key[1] < best.key[1]))
                        best = { i, j, key, result, macs };
                }
            }
            if (best)
                break;
        }
        const { i, j, result, macs } = best;
        addCounts(counts, { mac: macs });
        ops = [...ops.filter((_, k) => k !== i && k !== j), result];
    }
    const last = ops[0];
    const kept = new Set([...last].filter((l) => output.has(l)));
    if (kept.size < last.size)
        addCounts(counts, { sum: sizeOf(last, sizes) - sizeOf(kept, sizes) });
    return counts;
}

;// CONCATENATED MODULE: ./src/core/ops/linear.ts
/** Products: matrix multiplication in its forms, and Einstein summation. */







/**
 * numpy matmul: the last two axes multiply, the leading ones broadcast; a vector operand is
 * promoted to a matrix and its axis dropped again. MACs = batch x M x N x K.
 */
function matmul(a, b) {
    if (a.shape.length === 0 || b.shape.length === 0)
        (0,core_errors/* fault */.DG)('cannot matrix-multiply a scalar');
    const as = a.shape.length === 1 ? [1, a.shape[0]] : a.shape;
    const bs = b.shape.length === 1 ? [b.shape[0], 1] : b.shape;
    const [m, k] = as.slice(-2);
    const [k2, n] = bs.slice(-2);
    if (k !== k2)
        (0,core_errors/* fault */.DG)(`inner dimensions of ${(0,tensor/* fmt */.Sc)(a.shape)} and ${(0,tensor/* fmt */.Sc)(b.shape)} differ`);
    const lead = broadcast([as.slice(0, -2), bs.slice(0, -2)]);
    const out = [...lead, ...(a.shape.length === 1 ? [] : [m]), ...(b.shape.length === 1 ? [] : [n])];
    const values = a.values && b.values && small(out) ? foldMatmul(a.values, as, b.values, bs, lead, m, n, k) : undefined;
    return result([(0,tensor/* tensor */.OE)(out, a.dtype, values)], { mac: big((0,tensor/* size */.Ej)(lead), m, n, k) });
}
/** The product's values, batch by batch (operands broadcast over the leading axes). */
function foldMatmul(a, as, b, bs, lead, m, n, k) {
    const out = [];
    const batches = (0,tensor/* size */.Ej)(lead);
    const offset = (shape, i) => {
        // The batch index within an operand whose leading axes broadcast onto `lead`.
        const own = shape.slice(0, -2);
        let off = 0;
        let rem = i;
        let stride = 1;
        const idx = lead.map((d) => d);
        for (let d = lead.length - 1; d >= 0; d--) {
            idx[d] = rem % lead[d];
            rem = Math.floor(rem / lead[d]);
        }
        for (let d = own.length - 1; d >= 0; d--) {
            const c = own[d] === 1 ? 0 : idx[d + lead.length - own.length];
            off += c * stride;
            stride *= own[d];
        }
        return off;
    };
    for (let t = 0; t < batches; t++) {
        const ao = offset(as, t) * m * k;
        const bo = offset(bs, t) * k * n;
        for (let i = 0; i < m; i++) {
            for (let j = 0; j < n; j++) {
                let acc = 0;
                for (let p = 0; p < k; p++)
                    acc += a[ao + i * k + p] * b[bo + p * n + j];
                out.push(acc);
            }
        }
    }
    return out;
}
/**
 * Gemm, Y = alpha A' B' + beta C (ONNX; A' and B' optionally transposed 2-D matrices):
 * M x N x K MACs; C a bias added once per output element; an alpha or beta other than 1 one
 * multiplication per element it scales.
 */
function gemm(a, b, c, o) {
    if (a.shape.length !== 2 || b.shape.length !== 2)
        (0,core_errors/* fault */.DG)(`Gemm needs 2-D inputs, got ${(0,tensor/* fmt */.Sc)(a.shape)} and ${(0,tensor/* fmt */.Sc)(b.shape)}`);
    const [m, k] = o.transA ? [a.shape[1], a.shape[0]] : a.shape;
    const [k2, n] = o.transB ? [b.shape[1], b.shape[0]] : b.shape;
    if (k !== k2)
        (0,core_errors/* fault */.DG)(`inner dimensions ${k} and ${k2} of ${(0,tensor/* fmt */.Sc)(a.shape)} and ${(0,tensor/* fmt */.Sc)(b.shape)} differ`);
    const counts = { mac: big(m, n, k) };
    if (c && o.beta !== 0) {
        broadcast([[m, n], c.shape]);
        counts.bias = big(m, n);
        if (o.beta !== 1)
            addCounts(counts, { mul: big((0,tensor/* size */.Ej)(c.shape)) });
    }
    if (o.alpha !== 1)
        addCounts(counts, { mul: big(m, n) });
    let values;
    if (a.values && b.values && small([m, n]) && (!c || c.values)) {
        const at = (v, rows, cols, t) => (i, j) => (t ? v[j * rows + i] : v[i * cols + j]);
        const A = at(a.values, m, k, o.transA);
        const B = at(b.values, k, n, o.transB);
        const C = c?.values ? mapBroadcast([m, n], [{ shape: c.shape, data: c.values }], (x) => x) : undefined;
        values = [];
        for (let i = 0; i < m; i++) {
            for (let j = 0; j < n; j++) {
                let acc = 0;
                for (let p = 0; p < k; p++)
                    acc += A(i, p) * B(p, j);
                values.push(o.alpha * acc + (C ? o.beta * C[i * n + j] : 0));
            }
        }
    }
    return result([(0,tensor/* tensor */.OE)([m, n], a.dtype, values)], counts);
}
/**
 * A dense (fully connected) layer on the last axis: every leading position (batch included)
 * is one matrix-vector product, rows x in x units MACs, plus one bias addition per output
 * element. Weights in x units (+ units).
 */
function dense(x, units, bias) {
    if (x.shape.length < 2)
        (0,core_errors/* fault */.DG)(`expects an input of rank 2 or more, got ${(0,tensor/* fmt */.Sc)(x.shape)}`);
    const inDim = x.shape[x.shape.length - 1];
    const rows = (0,tensor/* size */.Ej)(x.shape.slice(0, -1));
    const out = [...x.shape.slice(0, -1), units];
    const counts = { mac: big(rows, inDim, units) };
    if (bias)
        counts.bias = big(rows, units);
    return result([(0,tensor/* tensor */.OE)(out, x.dtype)], counts, big(inDim, units) + (bias ? big(units) : 0n));
}
/**
 * The two-operand equations Keras' TF backend rewrites into MatMul or BatchMatMulV2 (with
 * transposes and reshapes around it), as keras/src/backend/tensorflow/numpy.py einsum lists
 * them, its letters renamed in order of appearance. Their products are plain contractions, so
 * TF's profiler counts them as 2 per multiply-accumulate; any other equation (one or three
 * operands, an ellipsis, a label summed away) runs as one Einsum node, which it does not count.
 */
const TF_MATMUL_EQUATIONS = new Set([
    'a,b->ab', 'ab,b->a', 'ab,bc->ac', 'ab,cb->ac', 'abc,cd->abd', 'abc,dc->abd',
    'abcd,abde->abce', 'abcd,abed->abce', 'abcd,acbe->adbe', 'abcd,adbe->acbe', 'abcd,aecd->acbe', 'abcd,aecd->aceb',
    'abc,cde->abde', 'abc,dce->abde', 'abc,dec->abde', 'abcd,cde->abe', 'abcd,ced->abe', 'abcd,ecd->abe',
    'abcde,aebf->adbcf', 'abcde,afce->acdbf',
]);
/** Keras' _normalize_einsum_subscripts: letters renamed a, b, c... in order of appearance, the rest kept. */
function normalizeLetters(equation) {
    const names = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const seen = new Map();
    let out = '';
    for (const c of equation) {
        if (/[a-zA-Z]/.test(c)) {
            if (!seen.has(c))
                seen.set(c, names[seen.size]);
            out += seen.get(c);
        }
        else
            out += c;
    }
    return out;
}
/** Whether TF runs `equation` as a matrix product its profiler counts (see TF_MATMUL_EQUATIONS). */
function tfRunsAsMatMul(equation, operands) {
    return operands === 2 && TF_MATMUL_EQUATIONS.has(normalizeLetters(equation));
}
/**
 * Einstein summation of the operands (cost: see core/einsum.ts). Where TF keeps the equation
 * as an Einsum node (tfRunsAsMatMul), its products and sums are the `mac_uncounted` and
 * `sum_uncounted` of the same arithmetic.
 */
function einsum(equation, operands) {
    if (operands.length === 0)
        (0,core_errors/* fault */.DG)('einsum has no operands');
    const plan = einsumPlan(equation, operands.map((o) => o.shape));
    const values = operands.every((o) => o.values) ? foldEinsum(plan, operands.map((o) => o.values), operands.map((o) => o.shape)) : undefined;
    let counts = plan.counts;
    if (!tfRunsAsMatMul(equation, operands.length)) {
        counts = {};
        if (plan.counts.mac)
            counts.mac_uncounted = plan.counts.mac;
        if (plan.counts.sum)
            counts.sum_uncounted = plan.counts.sum;
    }
    return result([(0,tensor/* tensor */.OE)(plan.out, operands[0].dtype, values)], counts);
}
/** Einsum's values by the definition, for small constants (every combination of labels visited). */
function foldEinsum(plan, data, shapes) {
    const labels = [...plan.sizes.keys()];
    const dims = labels.map((l) => plan.sizes.get(l));
    if ((0,tensor/* size */.Ej)(dims) > 2 ** 20 || !small(plan.out))
        return undefined;
    const at = new Map(labels.map((l, i) => [l, i]));
    const out = new Array((0,tensor/* size */.Ej)(plan.out)).fill(0);
    const idx = new Array(labels.length).fill(0);
    const offsetOf = (term, shape) => {
        let off = 0;
        for (let d = 0; d < term.length; d++)
            off = off * shape[d] + (shape[d] === 1 ? 0 : idx[at.get(term[d])]);
        return off;
    };
    for (let c = 0; c < (0,tensor/* size */.Ej)(dims); c++) {
        let rem = c;
        for (let d = dims.length - 1; d >= 0; d--) {
            idx[d] = rem % dims[d];
            rem = Math.floor(rem / dims[d]);
        }
        let v = 1;
        plan.terms.forEach((t, i) => (v *= data[i][offsetOf(t, shapes[i])]));
        out[offsetOf(plan.outLabels, plan.out)] += v;
    }
    return out;
}
/**
 * Keras' batch_dot over axes (a of x, b of y), the batch axis shared: for every sample a
 * contraction, MACs = batch x (other dims of x) x (other dims of y) x the contracted size. The
 * output is x's dims without its axis, then y's without batch and its axis; a vector result
 * becomes [batch, 1].
 */
function batchDot(x, y, a, b) {
    const [xs, ys] = [x.shape, y.shape];
    if (xs[0] !== ys[0])
        (0,core_errors/* fault */.DG)(`inputs have different batch sizes ${xs[0]} and ${ys[0]}`);
    if (a === 0 || b === 0)
        (0,core_errors/* fault */.DG)('cannot take a dot product over the batch axis');
    if (xs[a] !== ys[b])
        (0,core_errors/* fault */.DG)(`cannot contract axis ${a} (size ${xs[a]}) with axis ${b} (size ${ys[b]})`);
    const xRest = xs.filter((_, i) => i !== a && i !== 0);
    const yRest = ys.filter((_, i) => i !== b && i !== 0);
    let out = [xs[0], ...xRest, ...yRest];
    if (out.length === 1)
        out = [xs[0], 1];
    return result([(0,tensor/* tensor */.OE)(out, x.dtype)], { mac: big(xs[0], (0,tensor/* size */.Ej)(xRest), (0,tensor/* size */.Ej)(yRest), xs[a]) });
}
/**
 * numpy/tf tensordot: axes `ax` of x contract with axes `ay` of y (pairwise, equal sizes); the
 * output is x's other axes then y's. TF reshapes both to matrices and runs one MatMul:
 * MACs = x's other dims x y's other dims x the contracted size.
 */
function tensordot(x, y, ax, ay) {
    if (ax.length !== ay.length)
        (0,core_errors/* fault */.DG)(`tensordot contracts ${ax.length} axes of x with ${ay.length} of y`);
    const nx = ax.map((a) => normAxis(a, x.shape.length));
    const ny = ay.map((a) => normAxis(a, y.shape.length));
    if (new Set(nx).size !== nx.length || new Set(ny).size !== ny.length)
        (0,core_errors/* fault */.DG)('tensordot repeats an axis');
    nx.forEach((a, i) => {
        if (x.shape[a] !== y.shape[ny[i]])
            (0,core_errors/* fault */.DG)(`cannot contract axis ${a} (size ${x.shape[a]}) of ${(0,tensor/* fmt */.Sc)(x.shape)} with axis ${ny[i]} (size ${y.shape[ny[i]]}) of ${(0,tensor/* fmt */.Sc)(y.shape)}`);
    });
    const xFree = x.shape.filter((_, i) => !nx.includes(i));
    const yFree = y.shape.filter((_, i) => !ny.includes(i));
    const k = (0,tensor/* size */.Ej)(nx.map((a) => x.shape[a]));
    return result([(0,tensor/* tensor */.OE)([...xFree, ...yFree], x.dtype)], { mac: big((0,tensor/* size */.Ej)(xFree), (0,tensor/* size */.Ej)(yFree), k) });
}

;// CONCATENATED MODULE: ./src/core/ops/layout.ts
/**
 * Ops that rearrange a tensor without arithmetic (cost 0): the shape changes, the values
 * (when known) follow.
 */






/** Reshape to `target` (one -1 takes what is left; with `zeroCopies` a 0 copies the input's dimension). */
function reshape(x, target, zeroCopies = false) {
    return result([(0,tensor/* tensor */.OE)(reshapeTarget(x.shape, target, zeroCopies), x.dtype, x.values)]);
}
/** Flatten to 2-D at `axis`: [prod(before), prod(from axis on)]. */
function flatten2d(x, axis) {
    const r = x.shape.length;
    const a = axis < 0 ? axis + r : axis;
    if (!Number.isSafeInteger(a) || a < 0 || a > r)
        (0,core_errors/* fault */.DG)(`axis ${axis} is out of range for rank ${r}`);
    return result([(0,tensor/* tensor */.OE)([(0,tensor/* size */.Ej)(x.shape.slice(0, a)), (0,tensor/* size */.Ej)(x.shape.slice(a))], x.dtype, x.values)]);
}
/** Transpose by `perm` (default: reverse the axes). */
function transpose(x, perm) {
    const p = permutation(perm, x.shape.length);
    return result([(0,tensor/* tensor */.OE)(p.map((a) => x.shape[a]), x.dtype, x.values ? transposeData(x.values, x.shape, p) : undefined)]);
}
function squeeze(x, axes) {
    return result([(0,tensor/* tensor */.OE)(squeezeShape(x.shape, axes), x.dtype, x.values)]);
}
function unsqueeze(x, axes) {
    return result([(0,tensor/* tensor */.OE)(unsqueezeShape(x.shape, axes), x.dtype, x.values)]);
}
/** Broadcast to `shape` (ONNX Expand: the result is the broadcast of both). */
function expand(x, shape) {
    const out = broadcast([x.shape, shape]);
    const values = x.values ? mapBroadcast(out, [{ shape: x.shape, data: x.values }], (v) => v) : undefined;
    return result([(0,tensor/* tensor */.OE)(out, x.dtype, values)]);
}
/** numpy tile: repeats align with the trailing axes; a longer list adds leading axes. */
function tile(x, reps) {
    if (reps.some((r) => !Number.isSafeInteger(r) || r < 0))
        (0,core_errors/* fault */.DG)(`repeats ${(0,tensor/* fmt */.Sc)(reps)} must be non-negative integers`);
    const rank = Math.max(x.shape.length, reps.length);
    const xs = [...Array(rank - x.shape.length).fill(1), ...x.shape];
    const rs = [...Array(rank - reps.length).fill(1), ...reps];
    const out = xs.map((d, i) => d * rs[i]);
    // Tiling repeats coordinates modulo the input's size: a selection along every axis.
    const values = x.values && small(out) ? selectData(x.values, xs, out.map((d, i) => Array.from({ length: d }, (_, k) => k % xs[i]))) : undefined;
    return result([(0,tensor/* tensor */.OE)(out, x.dtype, values)]);
}
/**
 * numpy repeat along `axis` (undefined: the flattened tensor): one count, or one per element.
 * tf.repeat of one count tiles and reshapes, the new length computed in the graph as count x
 * length: one scalar Mul (`shape`, once per sample). A list of counts takes TF another path
 * (a sequence mask and a boolean mask), not measured: no ops.
 */
function repeat(x, repeats, axis) {
    const flat = axis === undefined;
    const a = flat ? 0 : normAxis(axis, x.shape.length);
    const base = flat ? [(0,tensor/* size */.Ej)(x.shape)] : [...x.shape];
    let len;
    if (typeof repeats === 'number') {
        if (!Number.isSafeInteger(repeats) || repeats < 0)
            (0,core_errors/* fault */.DG)(`repeats ${repeats} must be a non-negative integer`);
        len = base[a] * repeats;
    }
    else {
        if (repeats.length !== base[a] || repeats.some((r) => !Number.isSafeInteger(r) || r < 0))
            (0,core_errors/* fault */.DG)(`repeats ${(0,tensor/* fmt */.Sc)(repeats)} must give one count per element of axis ${a}`);
        len = repeats.reduce((p, q) => p + q, 0);
    }
    return result([(0,tensor/* tensor */.OE)(base.map((d, i) => (i === a ? len : d)), x.dtype)], typeof repeats === 'number' ? { shape: big(x.shape[0] ?? 1) } : {});
}
/** DepthToSpace / SpaceToDepth on [N, C, H, W] (or NHWC) with block size b. */
function depthToSpace(x, block, channelsLast = false) {
    const s = x.shape;
    const c = channelsLast ? s[3] : s[1];
    if (s.length !== 4 || !(block >= 1) || c % (block * block) !== 0)
        (0,core_errors/* fault */.DG)(`block size ${block} does not fit ${(0,tensor/* fmt */.Sc)(s)}`);
    const out = channelsLast ? [s[0], s[1] * block, s[2] * block, c / (block * block)] : [s[0], c / (block * block), s[2] * block, s[3] * block];
    return result([(0,tensor/* tensor */.OE)(out, x.dtype)]);
}
function spaceToDepth(x, block, channelsLast = false) {
    const s = x.shape;
    const [h, w] = channelsLast ? [s[1], s[2]] : [s[2], s[3]];
    if (s.length !== 4 || !(block >= 1) || h % block !== 0 || w % block !== 0)
        (0,core_errors/* fault */.DG)(`block size ${block} does not fit ${(0,tensor/* fmt */.Sc)(s)}`);
    const c = (channelsLast ? s[3] : s[1]) * block * block;
    const out = channelsLast ? [s[0], h / block, w / block, c] : [s[0], c, h / block, w / block];
    return result([(0,tensor/* tensor */.OE)(out, x.dtype)]);
}
/** An op whose output has its input's shape and that does no arithmetic (masks, copies, scatters). */
function passThrough(x, keepValues = false) {
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype, keepValues ? x.values : undefined)]);
}

;// CONCATENATED MODULE: ./src/keras/layers/core.ts






/** `use_bias` (Keras 2/3, tfjs) or `bias` (Keras 1). */
const useBias = (call, dflt = true) => bool(call, ['use_bias', 'bias'], dflt);
/** Dense (Keras 1 `output_dim`, `bias`): the core's dense product, then the activation. */
const Dense = (call) => {
    const units = config_int(call, ['units', 'output_dim']);
    const r = dense((0,tensor/* shaped */.e9)(one(call)), units, useBias(call));
    const act = applyActivation(call, call.config.activation, [...r.outputs[0].shape], r.counts);
    return { outputs: [act.shape], ops: act.ops, params: r.params };
};
/**
 * EinsumDense: `equation` "ab,bc->ac" (optionally with "..." leading or trailing both the input
 * and the output), `output_shape` without the batch dimension (and without the elided
 * dimensions, or for a trailing "..." with them), `bias_axes` a string of output labels. Keras resolves an output dimension left
 * `null` from the input dimension of the same label; so do we. The product is the core's
 * einsum of the input and the kernel (whose shape the labels give); the bias adds once per
 * output element.
 */
const EinsumDense = (call) => {
    const x = one(call);
    const eq = str(call, 'equation').replace(/\s+/g, '');
    const m = /^([a-zA-Z.]+),([a-zA-Z]+)->([a-zA-Z.]+)$/.exec(eq);
    if (!m)
        fail(call, `cannot read equation "${eq}" (expected like "ab,bc->ac")`);
    const [inRaw, kernelRaw, outRaw] = [m[1], m[2], m[3]];
    const left = inRaw.startsWith('...') && outRaw.startsWith('...');
    const right = inRaw.endsWith('...') && outRaw.endsWith('...') && !left;
    const inSpec = inRaw.replace('...', '');
    const outSpec = outRaw.replace('...', '');
    if (/\./.test(inSpec) || /\./.test(outSpec) || ((inRaw.includes('...') || outRaw.includes('...')) && !left && !right)) {
        fail(call, `equation "${eq}": "..." must lead or trail both the input and the output`);
    }
    const elided = x.length - inSpec.length;
    if (elided < 0 || (elided > 0 && !left && !right))
        fail(call, `equation "${eq}" does not fit an input of rank ${x.length}`);
    const rawOut = lookup(call, 'output_shape')?.[1];
    const given = typeof rawOut === 'number' ? [rawOut] : Array.isArray(rawOut) ? rawOut : [];
    if (!given.every((d) => d === null || (Number.isSafeInteger(d) && d >= 0))) {
        fail(call, `"output_shape" must be a list of integers, got ${JSON.stringify(rawOut)}`);
    }
    // Keras builds the full output shape batch first, the elided dims where the "..." is.
    const elidedNames = Array.from({ length: elided }, (_, i) => `…${i}`);
    let outShape;
    let input;
    let output;
    if (left) {
        outShape = [...x.slice(0, elided), ...given];
        [input, output] = [[...elidedNames, ...inSpec], [...elidedNames, ...outSpec]];
    }
    else if (right) {
        // An output_shape may already hold the elided trailing dims ("ab...,bc->ac..." with
        // [7, 3]): Keras appends them to its declared shape once more, the einsum gives them once.
        const own = elided > 0 && given.length === outSpec.length - 1 + elided ? given.slice(0, given.length - elided) : given;
        outShape = [x[0], ...own, ...x.slice(x.length - elided)];
        [input, output] = [[...inSpec, ...elidedNames], [...outSpec, ...elidedNames]];
    }
    else {
        outShape = [x[0], ...given];
        [input, output] = [[...inSpec], [...outSpec]];
    }
    if (outShape.length !== output.length)
        fail(call, `"output_shape" ${JSON.stringify(rawOut)} does not fit the output "${outRaw}" of equation "${eq}"`);
    const size = new Map();
    input.forEach((l, i) => size.set(l, x[i]));
    output.forEach((l, i) => {
        const d = outShape[i];
        const fromIn = size.get(l);
        if (d === null || d === undefined) {
            if (fromIn === undefined)
                fail(call, `output dimension "${l}" is neither given in output_shape nor an input dimension`);
            outShape[i] = fromIn;
        }
        else if (fromIn !== undefined && fromIn !== d)
            fail(call, `output dimension "${l}" is ${d} but the input has ${fromIn}`);
        else
            size.set(l, d);
    });
    for (const l of kernelRaw)
        if (!size.has(l))
            fail(call, `kernel label "${l}" of equation "${eq}" is in neither the input nor the output`);
    const kernel = [...kernelRaw].map((l) => size.get(l));
    // The product is the core's einsum of the equation as Keras runs it (ops.einsum), which also
    // decides whether TF runs it as a matrix product or as an Einsum node.
    const ein = einsum(eq, [(0,tensor/* shaped */.e9)(x), (0,tensor/* shaped */.e9)(kernel)]);
    const out = outShape;
    if (ein.outputs[0].shape.join() !== out.join())
        fail(call, `"output_shape" ${JSON.stringify(rawOut)} does not fit the output "${outRaw}" of equation "${eq}"`);
    const biasAxes = lookup(call, 'bias_axes')?.[1];
    let biasParams = 0n;
    const counts = { ...ein.counts };
    if (biasAxes !== undefined) {
        if (typeof biasAxes !== 'string')
            fail(call, `"bias_axes" must be a string of output labels`);
        for (const c of biasAxes)
            if (!outSpec.includes(c))
                fail(call, `bias axis "${c}" is not an output label of "${eq}"`);
        biasParams = big(...[...biasAxes].map((c) => size.get(c)));
        addCounts(counts, { bias: big(product(out)) });
    }
    const act = applyActivation(call, call.config.activation, out, counts);
    return { outputs: [act.shape], ops: act.ops, params: big(...kernel) + biasParams };
};
const Flatten = (call) => {
    const x = one(call);
    return { outputs: [[...flatten2d((0,tensor/* shaped */.e9)(x), 1).outputs[0].shape]], ops: {}, params: 0n };
};
const Activation = (call) => {
    const act = applyActivation(call, call.config.activation, one(call));
    return { outputs: [act.shape], ops: act.ops, params: 0n };
};
/** Layers that only matter in training or only pass values through: identity at inference. */
const identity = (call) => ({ outputs: [one(call)], ops: {}, params: 0n });
/**
 * Embedding is a table lookup: no floating-point arithmetic (Keras wraps negative indices,
 * a compare and an add per index, counted as `index`). Weights input_dim x output_dim; the
 * output appends output_dim to the (integer) input shape.
 */
const Embedding = (call) => {
    const x = one(call);
    const inputDim = config_int(call, 'input_dim');
    const outputDim = config_int(call, 'output_dim');
    return { outputs: [[...x, outputDim]], ops: { index: 2n * big(product(x)) }, params: big(inputDim, outputDim) };
};
/**
 * Masking zeroes the positions where every feature equals mask_value: one comparison per
 * element (Keras: not_equal, any, where; the select is no arithmetic).
 */
const Masking = (call) => {
    const x = one(call);
    num(call, 'mask_value', 0);
    return { outputs: [x], ops: { compare: big(product(x)) }, params: 0n };
};

;// CONCATENATED MODULE: ./src/keras/layers/spatial.ts


/** `padding` (Keras 2/3, tfjs) or `border_mode` (Keras 1); Keras' names are the core's pad modes. */
function padding(call, allowed = ['valid', 'same']) {
    return choice(call, ['padding', 'border_mode'], allowed, 'valid');
}
/** The single input as batch, spatial axes and channels, per `data_format`. */
function layout(call, rank) {
    return layoutOf(one(call), rank, dataFormat(call) === 'channels_last');
}
/** An optional per-axis list that may also be a single int (output_padding, Keras 3 allows null). */
function optionalTuple(call, key, rank) {
    const hit = lookup(call, key);
    if (!hit)
        return Array(rank).fill(null);
    const v = hit[1];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return Array(rank).fill(v);
    if (Array.isArray(v) && v.length === rank && v.every((d) => d === null || (Number.isSafeInteger(d) && d >= 0)))
        return v;
    return fail(call, `"${key}" must be an integer or ${rank} integers, got ${JSON.stringify(v)}`);
}

;// CONCATENATED MODULE: ./src/keras/layers/conv.ts








/** Keras 1 spelled the kernel per axis: filter_length, nb_row/nb_col, kernel_dim1..3. */
const KERAS1_KERNEL = {
    1: ['filter_length'],
    2: ['nb_row', 'nb_col'],
    3: ['kernel_dim1', 'kernel_dim2', 'kernel_dim3'],
};
function kernelSize(call, rank) {
    if (lookup(call, 'kernel_size'))
        return tuple(call, 'kernel_size', rank);
    const old = KERAS1_KERNEL[rank];
    if (old.every((k) => lookup(call, k)))
        return old.map((k) => config_int(call, k));
    return fail(call, 'config has no "kernel_size"');
}
const conv_strides = (call, rank) => tuple(call, ['strides', rank === 1 ? 'subsample_length' : 'subsample'], rank, 1);
const dilation = (call, rank) => tuple(call, ['dilation_rate', 'atrous_rate'], rank, 1);
const channelsLast = (call) => dataFormat(call) === 'channels_last';
/**
 * The core convolution of the layer's window attributes, then the fused activation. Keras'
 * TF backend gives TF the layer's data_format, and runs a depthwise layer with TF's depthwise
 * kernel (`depthwise`), a Conv layer with groups > 1 as a grouped convolution.
 */
function convolve(call, rank, filters, groups, allowed, depthwise = false) {
    const r = conv((0,tensor/* shaped */.e9)(one(call)), {
        channelsLast: channelsLast(call),
        tfDataFormat: dataFormat(call),
        depthwise,
        filters,
        groups,
        kernel: kernelSize(call, rank),
        strides: conv_strides(call, rank),
        dilations: dilation(call, rank),
        pads: padding(call, allowed),
        bias: useBias(call),
    });
    const act = applyActivation(call, call.config.activation, [...r.outputs[0].shape], r.counts);
    return { outputs: [act.shape], ops: act.ops, params: r.params };
}
/** Conv1D/2D/3D (Keras 1 Convolution*, AtrousConvolution*): `groups` too; causal for 1-D, full for Keras 1. */
function conv_conv(rank) {
    return (call) => convolve(call, rank, config_int(call, ['filters', 'nb_filter']), config_int(call, 'groups', 1), rank === 1 ? ['valid', 'same', 'causal', 'full'] : ['valid', 'same', 'full']);
}
/** DepthwiseConv1D/2D: a convolution with one group per input channel, depth_multiplier filters each. */
function depthwise(rank) {
    return (call) => {
        const c = layout(call, rank).channels;
        return convolve(call, rank, c * config_int(call, 'depth_multiplier', 1), c, rank === 1 ? ['valid', 'same', 'causal'] : ['valid', 'same'], true);
    };
}
/**
 * SeparableConv1D/2D: the depthwise convolution (the layer's window, no bias) followed by a
 * 1x1 pointwise one to `filters` (with the bias), then the activation.
 */
function separable(rank) {
    return (call) => {
        const l = layout(call, rank);
        const dm = config_int(call, 'depth_multiplier', 1);
        const filters = config_int(call, ['filters', 'nb_filter']);
        const cl = channelsLast(call);
        const depthwiseConv = conv((0,tensor/* shaped */.e9)(one(call)), {
            channelsLast: cl,
            tfDataFormat: dataFormat(call),
            depthwise: true,
            filters: l.channels * dm,
            groups: l.channels,
            kernel: kernelSize(call, rank),
            strides: conv_strides(call, rank),
            dilations: dilation(call, rank),
            pads: padding(call, rank === 1 ? ['valid', 'same', 'causal'] : ['valid', 'same']),
            bias: false,
        });
        const ones = Array(rank).fill(1);
        const pointwise = conv(depthwiseConv.outputs[0], { channelsLast: cl, tfDataFormat: dataFormat(call), filters, groups: 1, kernel: ones, strides: ones, pads: 'valid', bias: useBias(call) });
        const ops = addCounts({ ...depthwiseConv.counts }, pointwise.counts);
        const act = applyActivation(call, call.config.activation, [...pointwise.outputs[0].shape], ops);
        return { outputs: [act.shape], ops: act.ops, params: depthwiseConv.params + pointwise.params };
    };
}
/**
 * Conv1D/2D/3DTranspose (Keras 1 Deconvolution2D/3D): output length per Keras'
 * deconv_output_length, output_padding honoured; Keras 1 stored the output shape it was built
 * for, which wins.
 */
function conv_convTranspose(rank) {
    return (call) => {
        const l = layout(call, rank);
        const filters = config_int(call, ['filters', 'nb_filter']);
        const k = kernelSize(call, rank);
        const s = conv_strides(call, rank);
        const d = dilation(call, rank);
        const pad = padding(call, ['valid', 'same', 'full']);
        const op = optionalTuple(call, 'output_padding', rank);
        op.forEach((p, i) => {
            if (p !== null && p >= s[i])
                fail(call, `output_padding ${p} must be smaller than the stride ${s[i]}`);
        });
        let spatial = l.spatial.map((n, i) => transposedModeOutput(pad, n, k[i], s[i], d[i], op[i]));
        const given = call.config.output_shape;
        if (Array.isArray(given) && given.length === rank + 2) {
            const g = l.channelsLast ? given.slice(1, -1) : given.slice(2);
            if (g.every((v) => Number.isSafeInteger(v) && v > 0))
                spatial = g;
        }
        const r = convTranspose((0,tensor/* shaped */.e9)(one(call)), { channelsLast: l.channelsLast, tfDataFormat: dataFormat(call), filters, kernel: k, strides: s, groups: config_int(call, 'groups', 1), bias: useBias(call), outSpatial: spatial });
        const act = applyActivation(call, call.config.activation, [...r.outputs[0].shape], r.counts);
        return { outputs: [act.shape], ops: act.ops, params: r.params };
    };
}

;// CONCATENATED MODULE: ./src/core/ops/norm.ts
/**
 * Normalisations. The statistics-based ones are counted as Keras' TF backend computes them at
 * inference (TF's profiler sees every op of that graph), and every format's normalisation of
 * the same kind costs the same.
 */





/** Product of `x`'s dims at `axes`: the size of one set of per-feature weights. */
const featureSize = (x, axes) => (0,tensor/* size */.Ej)([...new Set(axes)].map((a) => x[a]));
/**
 * Batch normalisation at inference, on the moving statistics, as tf.nn.batch_normalization:
 *   inv = rsqrt(var + eps) * gamma        C adds, C rsqrt, C muls (without scale: no mul)
 *   y = x * inv + (beta - mean * inv)     N muls, N adds, C muls, C subs (without center: C negs)
 * with C the features on `axes` and N the input elements. The per-feature work is counted once
 * per sample (B C), so that the batch size multiplies every figure. Weights: gamma and beta
 * (trainable, when scale / center) and the moving mean and variance: 2C + C per option.
 */
function batchNorm(x, axes, o) {
    const ax = normAxes(axes, x.shape.length, true);
    if (ax.includes(0) && x.shape.length > 1)
        (0,core_errors/* fault */.DG)('cannot normalise over the batch axis');
    const c = featureSize(x.shape, ax);
    const n = big((0,tensor/* size */.Ej)(x.shape));
    const bc = big(x.shape[0], c);
    const counts = { add: n + bc, rsqrt: bc, mul: n + bc + (o.scale ? bc : 0n), ...(o.center ? { sub: bc } : { neg: bc }) };
    const trainable = big(c) * BigInt(+o.center + +o.scale);
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype)], counts, 2n * big(c) + trainable, trainable);
}
/**
 * Mean-and-variance normalisation of `rows` groups of N / rows elements each, gamma and beta
 * broadcast to `affine` elements (Keras 3's layer_normalization and group normalization, TF
 * backend):
 *   mean, var = moments(x)               2N mean ops, N squared differences
 *   inv = rsqrt(var + eps) [* gamma]     rows adds, rows rsqrt, [affine muls]
 *   res = -mean * inv [+ beta]           rows negs, |inv| muls, [affine adds]
 *   y = x * inv + res                    N muls, N adds
 * where |inv| is `affine` when gamma broadcast it, else `rows`.
 */
function momentsNorm(n, rows, affine, scale, center) {
    const inv = scale ? affine : rows;
    return {
        mean: 2n * n,
        sqdiff: n,
        add: rows + (center ? affine : 0n) + n,
        rsqrt: rows,
        mul: (scale ? affine : 0n) + inv + n,
        neg: rows,
    };
}
/**
 * Layer normalisation over `axes` (statistics per position of the other axes; gamma and beta
 * of the normalised axes' size each). rms_scaling (Keras 3) keeps gamma only and scales by
 * rsqrt of the variance: mean 2N, sqdiff N, add rows, rsqrt rows, mul 2N.
 */
function layerNorm(x, axes, o) {
    const ax = normAxes(axes, x.shape.length, true);
    if (ax.includes(0))
        (0,core_errors/* fault */.DG)('cannot normalise over the batch axis');
    const c = featureSize(x.shape, ax);
    const n = big((0,tensor/* size */.Ej)(x.shape));
    const rows = c === 0 ? 0n : n / big(c);
    const scale = o.scale || o.rms === true;
    const center = o.center && o.rms !== true;
    const counts = o.rms ? { mean: 2n * n, sqdiff: n, add: rows, rsqrt: rows, mul: 2n * n } : momentsNorm(n, rows, n, scale, center);
    const trainable = big(c) * BigInt(+scale + +center);
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype)], counts, trainable);
}
/**
 * Group normalisation: the channels on `axis` split into `groups`, statistics per (sample,
 * group); gamma and beta have C weights each and broadcast to batch x C elements. Instance
 * normalisation is groups = C.
 */
function groupNorm(x, groups, axis, o) {
    const a = normAxis(axis, x.shape.length);
    if (a === 0)
        (0,core_errors/* fault */.DG)('cannot normalise over the batch axis');
    const c = x.shape[a];
    if (!Number.isSafeInteger(groups) || groups < 1 || c % groups !== 0)
        (0,core_errors/* fault */.DG)(`groups ${groups} must divide the ${c} channels`);
    const counts = momentsNorm(big((0,tensor/* size */.Ej)(x.shape)), big(x.shape[0], groups), big(x.shape[0], c), o.scale, o.center);
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype)], counts, big(c) * BigInt(+o.scale + +o.center));
}
/**
 * RMS normalisation (Keras 3): x * rsqrt(mean(x^2) + eps) * scale over `axes`: N squares, a
 * mean over N, one add and one rsqrt per row, two multiplications per element. Weights: the
 * normalised axes' size.
 */
function rmsNorm(x, axes) {
    const ax = normAxes(axes, x.shape.length, true);
    if (ax.includes(0))
        (0,core_errors/* fault */.DG)('cannot normalise over the batch axis');
    const c = featureSize(x.shape, ax);
    const n = big((0,tensor/* size */.Ej)(x.shape));
    const rows = c === 0 ? 0n : n / big(c);
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype)], { square: n, mean: n, add: rows, rsqrt: rows, mul: 2n * n }, big(c));
}
/**
 * L2 normalisation over `axes`: x * min(rsqrt(sum(x^2)), 1 / eps), as Keras' normalize(order=2):
 * N squares, a sum reduction, one rsqrt and one min per row, N muls. L1 (order 1): |x|, a sum,
 * one division per element.
 */
function lpNorm(x, axes, p) {
    const ax = normAxes(axes, x.shape.length, true);
    const c = featureSize(x.shape, ax);
    const n = big((0,tensor/* size */.Ej)(x.shape));
    const rows = c === 0 ? 0n : n / big(c);
    const counts = p === 2 ? { square: n, sum: n - rows, rsqrt: rows, min: rows, mul: n } : { max: n, sum: n - rows, div: n };
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype)], counts);
}
/**
 * Normalization (Keras preprocessing): (x - mean) / max(sqrt(variance), eps), or with `invert`
 * mean + x * max(sqrt(variance), eps). The sqrt and max act on the C statistics (counted once
 * per sample), the sub and div (mul and add) on every element. Weights: mean, variance and a
 * count (2C + 1, none trainable) when adapted; none when the config gives mean and variance.
 */
function standardize(x, c, o) {
    const n = big((0,tensor/* size */.Ej)(x.shape));
    const bc = big(x.shape[0], c);
    const counts = o.invert ? { sqrt: bc, max: bc, mul: n, add: n } : { sqrt: bc, max: bc, sub: n, div: n };
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype)], counts, o.adapted ? 2n * big(c) + 1n : 0n, 0n);
}
/**
 * Local response normalisation (channels on axis 1): per element a sum of `size` squares
 * across channels (size - 1 additions), then the scale, the power and the division.
 */
function lrn(x, windowSize) {
    if (x.shape.length < 2)
        (0,core_errors/* fault */.DG)(`input ${(0,tensor/* fmt */.Sc)(x.shape)} has no channel dimension`);
    if (!Number.isSafeInteger(windowSize) || windowSize < 1)
        (0,core_errors/* fault */.DG)('needs a positive size');
    const n = big((0,tensor/* size */.Ej)(x.shape));
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype)], { square: n, sum: n * big(windowSize - 1), mul: 2n * n, add: n, div: n });
}
/** Mean-variance normalisation over `axes`, no learned weights: (x - mean) / sqrt(var). */
function meanVarianceNorm(x, axes) {
    const ax = normAxes(axes, x.shape.length, true);
    const n = big((0,tensor/* size */.Ej)(x.shape));
    const rows = big((0,tensor/* size */.Ej)(x.shape.filter((_, i) => !ax.includes(i))));
    const counts = { mean: 2n * n, sub: n, square: n, div: n };
    addCounts(counts, { sqrt: rows, add: rows });
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype)], counts);
}

;// CONCATENATED MODULE: ./src/core/ops/select.ts
/**
 * Ops that pick, join, split or pad data without arithmetic (cost 0), and the ones whose
 * output shape is the number of elements the data selects: exact only when that data is a
 * constant, refused otherwise.
 */





function concat(xs, axis) {
    const out = concatShape(xs.map((x) => x.shape), axis);
    const a = normAxis(axis, out.length);
    const values = small(out) && xs.every((x) => x.values) ? concatData(xs.map((x) => ({ shape: x.shape, data: x.values })), a) : undefined;
    return result([(0,tensor/* tensor */.OE)(out, xs[0].dtype, values)]);
}
/** Stack equal shapes along a new `axis`. */
function stack(xs, axis) {
    if (xs.length === 0)
        (0,core_errors/* fault */.DG)('nothing to stack');
    if (xs.some((s) => s.shape.join() !== xs[0].shape.join()))
        (0,core_errors/* fault */.DG)('inputs to stack must have the same shape');
    const a = normAxis(axis, xs[0].shape.length + 1);
    const out = [...xs[0].shape];
    out.splice(a, 0, xs.length);
    const values = small(out) && xs.every((x) => x.values) && a === 0 ? xs.flatMap((x) => x.values) : undefined;
    return result([(0,tensor/* tensor */.OE)(out, xs[0].dtype, values)]);
}
/** Split along `axis` into pieces of `sizes` (which must add up to the axis). */
function split(x, axis, sizes) {
    const a = normAxis(axis, x.shape.length);
    const d = x.shape[a];
    if (sizes.some((s) => !Number.isSafeInteger(s) || s < 0) || sizes.reduce((p, q) => p + q, 0) !== d)
        (0,core_errors/* fault */.DG)(`split sizes ${(0,tensor/* fmt */.Sc)(sizes)} do not add up to ${d}`);
    let at = 0;
    return result(sizes.map((s) => {
        const shape = x.shape.map((v, i) => (i === a ? s : v));
        const from = at;
        at += s;
        const picks = x.values ? x.shape.map((v, i) => Array.from({ length: i === a ? s : v }, (_, k) => (i === a ? from + k : k))) : undefined;
        return (0,tensor/* tensor */.OE)(shape, x.dtype, x.values && picks ? selectData(x.values, x.shape, picks) : undefined);
    }));
}
/** Equal pieces (the last one shorter when `ceil`, as ONNX num_outputs allows). */
function evenSplitSizes(length, parts, ceil = false) {
    const chunk = ceil ? Math.ceil(length / parts) : length / parts;
    if (!Number.isInteger(chunk) || parts < 1)
        (0,core_errors/* fault */.DG)(`cannot split ${length} into ${parts} parts`);
    return Array.from({ length: parts }, (_, i) => Math.max(0, Math.min(chunk, length - i * chunk)));
}
/** Strided slices along some axes (each at most once). */
function slice(x, specs, rule) {
    const out = [...x.shape];
    const picks = x.values ? x.shape.map((d) => Array.from({ length: d }, (_, k) => k)) : undefined;
    const seen = new Set();
    for (const s of specs) {
        const a = normAxis(s.axis, x.shape.length);
        if (seen.has(a))
            (0,core_errors/* fault */.DG)(`axis ${s.axis} is sliced twice`);
        seen.add(a);
        const { first, count } = sliceRange(x.shape[a], s.start, s.end, s.step, rule);
        out[a] = count;
        if (picks)
            picks[a] = Array.from({ length: count }, (_, k) => first + k * s.step);
    }
    return result([(0,tensor/* tensor */.OE)(out, x.dtype, x.values && picks ? selectData(x.values, x.shape, picks) : undefined)]);
}
/** Take `indices` along `axis`: the indices' shape replaces the axis. */
function gather(x, indices, axis) {
    const a = normAxis(axis, x.shape.length);
    const out = [...x.shape.slice(0, a), ...indices.shape, ...x.shape.slice(a + 1)];
    let values;
    if (x.values && indices.values && small(out)) {
        const d = x.shape[a];
        const idx = indices.values.map((i) => (i < 0 ? i + d : i));
        if (idx.some((i) => !Number.isSafeInteger(i) || i < 0 || i >= d))
            (0,core_errors/* fault */.DG)(`index out of range for dimension ${d}`);
        values = gatherData(x.values, x.shape, a, idx);
    }
    return result([(0,tensor/* tensor */.OE)(out, x.dtype, values)]);
}
/** GatherElements: the indices' shape, each index replacing its coordinate along `axis`. */
function gatherElements(x, indices, axis) {
    const a = normAxis(axis, x.shape.length);
    if (indices.shape.length !== x.shape.length)
        (0,core_errors/* fault */.DG)(`indices ${(0,tensor/* fmt */.Sc)(indices.shape)} and data ${(0,tensor/* fmt */.Sc)(x.shape)} differ in rank`);
    let values;
    if (x.values && indices.values) {
        const xs = strides(x.shape);
        const is = strides(indices.shape);
        const d = x.shape[a];
        values = indices.values.map((raw, i) => {
            const ix = raw < 0 ? raw + d : raw;
            if (!Number.isSafeInteger(ix) || ix < 0 || ix >= d)
                (0,core_errors/* fault */.DG)(`index ${raw} out of range for dimension ${d}`);
            let off = 0;
            let rem = i;
            for (let k = 0; k < is.length; k++) {
                const c = Math.floor(rem / is[k]);
                rem -= c * is[k];
                off += (k === a ? ix : c) * xs[k];
            }
            return x.values[off];
        });
    }
    return result([(0,tensor/* tensor */.OE)(indices.shape, x.dtype, values)]);
}
/** GatherND: indices [..., k] address the first `batchDims` + k axes of x. */
function gatherND(x, indices, batchDims) {
    const ind = indices.shape;
    const last = ind[ind.length - 1];
    if (ind.length < 1 || last === undefined || batchDims + last > x.shape.length)
        (0,core_errors/* fault */.DG)(`indices ${(0,tensor/* fmt */.Sc)(ind)} do not fit data ${(0,tensor/* fmt */.Sc)(x.shape)}`);
    const out = [...ind.slice(0, -1), ...x.shape.slice(batchDims + last)];
    let values;
    if (x.values && indices.values && batchDims === 0 && small(out)) {
        const xs = strides(x.shape);
        const chunk = (0,tensor/* size */.Ej)(x.shape.slice(last));
        values = [];
        for (let t = 0; t < indices.values.length / last; t++) {
            let off = 0;
            for (let k = 0; k < last; k++) {
                const raw = indices.values[t * last + k];
                const ix = raw < 0 ? raw + x.shape[k] : raw;
                if (!Number.isSafeInteger(ix) || ix < 0 || ix >= x.shape[k])
                    (0,core_errors/* fault */.DG)(`index ${raw} out of range for dimension ${x.shape[k]}`);
                off += ix * xs[k];
            }
            for (let j = 0; j < chunk; j++)
                values.push(x.values[off + j]);
        }
    }
    return result([(0,tensor/* tensor */.OE)(out, x.dtype, values)]);
}
/** Pad each axis by (before, after) with `fill` (constant mode); values of a pad are data movement. */
function pad(x, pads, fill = 0) {
    if (pads.length !== x.shape.length)
        (0,core_errors/* fault */.DG)(`pads for ${pads.length} axes do not fit ${(0,tensor/* fmt */.Sc)(x.shape)}`);
    const out = x.shape.map((d, i) => d + pads[i][0] + pads[i][1]);
    if (out.some((d) => d < 0))
        (0,core_errors/* fault */.DG)(`pads ${(0,tensor/* fmt */.Sc)(pads.flat())} remove more than ${(0,tensor/* fmt */.Sc)(x.shape)} holds`);
    let values;
    if (x.values && fill !== undefined && small(out)) {
        const os = strides(out);
        const xs = strides(x.shape);
        values = new Array((0,tensor/* size */.Ej)(out)).fill(fill);
        for (let i = 0; i < (0,tensor/* size */.Ej)(out); i++) {
            let rem = i;
            let off = 0;
            let inside = true;
            for (let k = 0; k < out.length; k++) {
                const c = Math.floor(rem / os[k]) - pads[k][0];
                rem %= os[k];
                if (c < 0 || c >= x.shape[k])
                    inside = false;
                off += c * xs[k];
            }
            if (inside)
                values[i] = x.values[off];
        }
    }
    return result([(0,tensor/* tensor */.OE)(out, x.dtype, values)]);
}
/** OneHot: a `depth`-long axis inserted at `axis` (default -1) of the indices' shape. */
function oneHot(indices, depth, axis, dtype) {
    if (!Number.isSafeInteger(depth) || depth < 1)
        (0,core_errors/* fault */.DG)(`depth ${depth} must be a positive integer`);
    const a = normAxis(axis, indices.shape.length + 1);
    return result([(0,tensor/* tensor */.OE)([...indices.shape.slice(0, a), depth, ...indices.shape.slice(a)], dtype)]);
}
/** Ones on diagonal `k` of a 2-D tensor shaped like the input; its values are known. */
function eyeLike(x, k, dtype) {
    if (x.shape.length !== 2)
        (0,core_errors/* fault */.DG)(`input ${(0,tensor/* fmt */.Sc)(x.shape)} is not 2-D`);
    const [rows, cols] = x.shape;
    const values = small(x.shape) ? Array.from({ length: rows * cols }, (_, i) => +(i % cols === Math.floor(i / cols) + k)) : undefined;
    return result([(0,tensor/* tensor */.OE)(x.shape, dtype, values)]);
}
const DATA = 'its output shape depends on the data';
/**
 * Compress: the slices along `axis` (or, without one, the elements of the flattened input)
 * whose condition is true; the condition may be shorter than what it selects from.
 */
function compress(x, condition, axis) {
    const cond = condition.values;
    if (!cond)
        (0,core_errors/* refuse */.TR)(`${DATA} (how many elements of the condition are true)`);
    const a = axis === undefined ? undefined : normAxis(axis, x.shape.length);
    const length = a === undefined ? (0,tensor/* size */.Ej)(x.shape) : x.shape[a];
    if (cond.length > length)
        (0,core_errors/* fault */.DG)(`condition of ${cond.length} values is longer than the ${length} it selects from`);
    const kept = cond.filter((c) => c !== 0).length;
    return result([(0,tensor/* tensor */.OE)(a === undefined ? [kept] : x.shape.map((d, i) => (i === a ? kept : d)), x.dtype)]);
}
/** NonZero: [rank, count] coordinates of the non-zero elements, known for a constant input. */
function nonZero(x) {
    if (!x.values)
        (0,core_errors/* refuse */.TR)(`${DATA} (how many elements are non-zero)`);
    const st = strides(x.shape);
    const at = x.values.flatMap((v, i) => (v !== 0 ? [i] : []));
    const coords = x.shape.flatMap((_, d) => at.map((i) => Math.floor(i / st[d]) % x.shape[d]));
    return result([(0,tensor/* tensor */.OE)([x.shape.length, at.length], 'int64', coords)]);
}
/** Unique values (or, along `axis`, distinct slices), known for a constant input: values, indices, inverse, counts. */
function unique(x, axis) {
    if (!x.values)
        (0,core_errors/* refuse */.TR)(`${DATA} (how many values are distinct)`);
    if (axis === undefined) {
        const u = new Set(x.values).size;
        return result([(0,tensor/* tensor */.OE)([u], x.dtype), (0,tensor/* tensor */.OE)([u], 'int64'), (0,tensor/* tensor */.OE)([x.values.length], 'int64'), (0,tensor/* tensor */.OE)([u], 'int64')]);
    }
    const a = normAxis(axis, x.shape.length);
    const st = strides(x.shape);
    const slices = Array.from({ length: x.shape[a] }, () => []);
    x.values.forEach((v, i) => slices[Math.floor(i / st[a]) % x.shape[a]].push(v));
    const u = new Set(slices.map((s) => s.join(','))).size;
    return result([(0,tensor/* tensor */.OE)(x.shape.map((d, i) => (i === a ? u : d)), x.dtype), (0,tensor/* tensor */.OE)([u], 'int64'), (0,tensor/* tensor */.OE)([x.shape[a]], 'int64'), (0,tensor/* tensor */.OE)([u], 'int64')]);
}
/**
 * TF's StridedSlice (and TFLite's STRIDED_SLICE): one (begin, end, stride) per spec entry,
 * each bit of the masks for the entry of that index: begin/end masks take the whole axis from
 * that side, the ellipsis stands for the axes no entry names, new_axis inserts a 1, shrink
 * takes the one element at begin and drops the axis. Data movement: no arithmetic.
 */
function stridedSlice(x, begin, end, strides, m) {
    const n = begin.length;
    if (end.length !== n || strides.length !== n)
        (0,core_errors/* fault */.DG)(`begin ${(0,tensor/* fmt */.Sc)(begin)}, end ${(0,tensor/* fmt */.Sc)(end)} and strides ${(0,tensor/* fmt */.Sc)(strides)} differ in length`);
    const bit = (mask, i) => ((mask >> i) & 1) === 1;
    // Axes of x each spec entry consumes: an ellipsis takes what the others leave.
    let named = 0;
    for (let i = 0; i < n; i++)
        if (!bit(m.ellipsis, i) && !bit(m.newAxis, i))
            named++;
    const out = [];
    // Coordinates kept per axis, gathered only for a tensor whose values are known (and small).
    const keep = x.values !== undefined;
    const picks = [];
    const all = (d) => (keep ? Array.from({ length: d }, (_, j) => j) : []);
    let axis = 0;
    let sawEllipsis = false;
    for (let i = 0; i < n; i++) {
        if (bit(m.ellipsis, i) && !sawEllipsis) {
            sawEllipsis = true;
            const span = x.shape.length - named;
            for (let k = 0; k < span; k++, axis++) {
                out.push(x.shape[axis]);
                picks.push(all(x.shape[axis]));
            }
            continue;
        }
        if (bit(m.newAxis, i)) {
            out.push(1);
            continue;
        }
        if (axis >= x.shape.length)
            (0,core_errors/* fault */.DG)(`slice of ${n} entries does not fit ${(0,tensor/* fmt */.Sc)(x.shape)}`);
        const d = x.shape[axis];
        const s = strides[i];
        if (bit(m.shrink, i)) {
            const b = begin[i] < 0 ? begin[i] + d : begin[i];
            if (!Number.isSafeInteger(b) || b < 0 || b >= d)
                (0,core_errors/* fault */.DG)(`index ${begin[i]} is out of range for an axis of ${d}`);
            picks.push([b]);
            axis++;
            continue;
        }
        const { first, count } = sliceRange(d, bit(m.begin, i) ? null : begin[i], bit(m.end, i) ? null : end[i], s, 'python');
        out.push(count);
        picks.push(keep ? Array.from({ length: count }, (_, j) => first + j * s) : []);
        axis++;
    }
    for (; axis < x.shape.length; axis++) {
        out.push(x.shape[axis]);
        picks.push(all(x.shape[axis]));
    }
    const values = x.values && small(out) ? selectData(x.values, x.shape, picks) : undefined;
    return result([(0,tensor/* tensor */.OE)(out, x.dtype, values)]);
}

;// CONCATENATED MODULE: ./src/keras/layers/merge.ts









function inputsAtLeast(call, n) {
    if (call.inputs.length < n)
        fail(call, `expects at least ${n} inputs, got ${call.inputs.length}`);
    return call.inputs;
}
/**
 * Element-wise merges fold the inputs pairwise, broadcasting as Keras 3 allows: k inputs cost
 * (k - 1) ops per output element; Average adds and then divides once per element.
 */
function merge(fn) {
    return (call) => fromCore(variadic(fn, inputsAtLeast(call, 2).map((s) => (0,tensor/* shaped */.e9)(s))));
}
const Add = merge('add');
const Multiply = merge('mul');
const Average = merge('mean');
const Maximum = merge('max');
const Minimum = merge('min');
const Subtract = (call) => {
    const xs = inputsAtLeast(call, 2);
    if (xs.length !== 2)
        fail(call, `expects exactly 2 inputs, got ${xs.length}`);
    return fromCore(binary('sub', (0,tensor/* shaped */.e9)(xs[0]), (0,tensor/* shaped */.e9)(xs[1])));
};
function concatenate(call, key) {
    const xs = inputsAtLeast(call, 1);
    const raw = lookup(call, key)?.[1] ?? -1;
    if (!Number.isSafeInteger(raw))
        fail(call, `"${key}" must be an integer, got ${JSON.stringify(raw)}`);
    if (normAxis(raw, xs[0].length) === 0)
        fail(call, 'cannot concatenate over the batch axis');
    return fromCore(concat(xs.map((s) => (0,tensor/* shaped */.e9)(s)), raw));
}
/** Concatenate copies: no arithmetic. */
const Concatenate = (call) => concatenate(call, 'axis');
function dotAxes(call, raw, ranks) {
    const pair = typeof raw === 'number' ? [raw, raw] : raw;
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((a) => Number.isSafeInteger(a))) {
        return fail(call, `"axes" must be an integer or two integers, got ${JSON.stringify(raw)}`);
    }
    return [normAxis(pair[0], ranks[0]), normAxis(pair[1], ranks[1])];
}
/** Dot (batch_dot over `axes`); normalize=True L2-normalises both inputs first (cosine proximity). */
const Dot = (call) => {
    const xs = call.inputs;
    if (xs.length !== 2)
        fail(call, `expects exactly 2 inputs, got ${xs.length}`);
    const [x, y] = xs.map((s) => (0,tensor/* shaped */.e9)(s));
    const [a, b] = dotAxes(call, lookup(call, ['axes', 'dot_axes'])?.[1] ?? -1, [x.shape.length, y.shape.length]);
    const r = batchDot(x, y, a, b);
    if (bool(call, 'normalize', false))
        addCounts(addCounts(r.counts, lpNorm(x, [a], 2).counts), lpNorm(y, [b], 2).counts);
    return fromCore(r);
};
/**
 * Keras 1 `Merge` layer: `mode` sum/mul/ave/max/concat/dot/cos, `concat_axis`, `dot_axes`.
 * Each mode is costed like the Keras 2 layer it became.
 */
const Merge = (call) => {
    const mode = str(call, 'mode', 'sum');
    switch (mode) {
        case 'sum':
            return Add(call);
        case 'mul':
            return Multiply(call);
        case 'ave':
            return Average(call);
        case 'max':
            return Maximum(call);
        case 'concat':
            return concatenate(call, 'concat_axis');
        case 'dot':
            return Dot({ ...call, config: { axes: call.config.dot_axes ?? -1 } });
        case 'cos':
            return Dot({ ...call, config: { axes: call.config.dot_axes ?? -1, normalize: true } });
        default:
            return fail(call, `unsupported merge mode "${mode}"`);
    }
};

;// CONCATENATED MODULE: ./src/keras/layers/normalization.ts




/** BatchNormalization at inference on its moving statistics (`axis` an int or a list). */
const BatchNormalization = (call) => {
    const x = one(call);
    return fromCore(batchNorm((0,tensor/* shaped */.e9)(x), axes(call, 'axis', x.length, -1), { center: bool(call, 'center', true), scale: bool(call, 'scale', true) }));
};
/** LayerNormalization over `axis` (an int or a list; default -1), Keras 3's rms_scaling too. */
const LayerNormalization = (call) => {
    const x = one(call);
    return fromCore(layerNorm((0,tensor/* shaped */.e9)(x), axes(call, 'axis', x.length, -1), {
        scale: bool(call, 'scale', true),
        center: bool(call, 'center', true),
        rms: bool(call, 'rms_scaling', false),
    }));
};
/** GroupNormalization: `groups` (default 32) of the channels on `axis` (default -1). */
const GroupNormalization = (call) => {
    const x = one(call);
    const [axis] = axes(call, 'axis', x.length, -1);
    return fromCore(groupNorm((0,tensor/* shaped */.e9)(x), config_int(call, 'groups', 32), axis, { scale: bool(call, 'scale', true), center: bool(call, 'center', true) }));
};
/** UnitNormalization: L2 normalisation over `axis`. */
const UnitNormalization = (call) => {
    const x = one(call);
    return fromCore(lpNorm((0,tensor/* shaped */.e9)(x), axes(call, 'axis', x.length, -1), 2));
};
/**
 * Normalization (preprocessing): statistics of the sizes of `axis` (null: one scalar);
 * adapted (weights) unless the config gives mean and variance.
 */
const Normalization = (call) => {
    const x = one(call);
    const hit = lookup(call, 'axis');
    const c = hit === undefined && 'axis' in call.config ? 1 : product([...new Set(axes(call, 'axis', x.length, -1))].map((a) => x[a]));
    const adapted = !(lookup(call, 'mean') !== undefined && lookup(call, 'variance') !== undefined);
    return fromCore(standardize((0,tensor/* shaped */.e9)(x), c, { invert: bool(call, 'invert', false), adapted }));
};
/** RMSNormalization (Keras 3) over `axis` (int or list, default -1). */
const RMSNormalization = (call) => {
    const x = one(call);
    return fromCore(rmsNorm((0,tensor/* shaped */.e9)(x), axes(call, 'axis', x.length, -1)));
};

;// CONCATENATED MODULE: ./src/core/ops/misc.ts
/** Selections along an axis, running sums, determinants and random tests. */





/**
 * TopK keeps, per row along `axis`, the k best elements in a sorted list; each element is
 * placed by binary search among the k + 1 slots: ceil(log2(k + 1)) comparisons, so k = 1
 * costs what an arg-max does (about one per element), counted as `sort` (TF's TopKV2 has no
 * statistics). Outputs: values and int64 indices.
 */
function topK(x, axis, k, largest = true) {
    const a = normAxis(axis, x.shape.length);
    if (!Number.isSafeInteger(k) || k < 0 || k > x.shape[a])
        (0,core_errors/* fault */.DG)(`k ${k} is out of range for axis ${a} of ${(0,tensor/* fmt */.Sc)(x.shape)}`);
    const shape = x.shape.map((d, i) => (i === a ? k : d));
    const counts = k > 0 ? { sort: big((0,tensor/* size */.Ej)(x.shape), Math.ceil(Math.log2(k + 1))) } : {};
    let values;
    let indices;
    if (x.values) {
        const [v, len, inner] = [x.values, x.shape[a], (0,tensor/* size */.Ej)(x.shape.slice(a + 1))];
        const outer = v.length / (len * inner);
        values = new Array(outer * k * inner);
        indices = new Array(outer * k * inner);
        for (let o = 0; o < outer; o++) {
            for (let i = 0; i < inner; i++) {
                const order = Array.from({ length: len }, (_, j) => j).sort((p, q) => {
                    const d = v[(o * len + q) * inner + i] - v[(o * len + p) * inner + i];
                    return (largest ? d : -d) || p - q;
                });
                for (let j = 0; j < k; j++) {
                    values[(o * k + j) * inner + i] = v[(o * len + order[j]) * inner + i];
                    indices[(o * k + j) * inner + i] = order[j];
                }
            }
        }
    }
    return result([(0,tensor/* tensor */.OE)(shape, x.dtype, values), (0,tensor/* tensor */.OE)(shape, 'int64', indices)], counts);
}
/**
 * CumSum: one addition per element along the axis (the first one's to zero included), a
 * `cumsum` (TF's Cumsum has no statistics); `exclusive` leaves each element out of its own
 * sum, `reverse` runs from the end.
 */
function cumSum(x, axis, exclusive = false, reverse = false) {
    const a = normAxis(axis, x.shape.length);
    let values;
    if (x.values) {
        const [v, len, inner] = [x.values, x.shape[a], (0,tensor/* size */.Ej)(x.shape.slice(a + 1))];
        values = new Array(v.length);
        for (let o = 0; o < v.length / (len * inner); o++) {
            for (let i = 0; i < inner; i++) {
                let acc = 0;
                for (let s = 0; s < len; s++) {
                    const j = reverse ? len - 1 - s : s;
                    const at = (o * len + j) * inner + i;
                    if (exclusive) {
                        values[at] = acc;
                        acc += v[at];
                    }
                    else {
                        acc += v[at];
                        values[at] = acc;
                    }
                }
            }
        }
    }
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype, values)], { cumsum: big((0,tensor/* size */.Ej)(x.shape)) });
}
/**
 * Determinant of each M x M matrix by LU decomposition with partial pivoting: at each of the
 * M - 1 steps, r = M - step rows below the pivot cost r comparisons (the pivot search), r
 * divisions (the multipliers) and r^2 multiply-accumulates (the updates); the product of the
 * diagonal is M - 1 multiplications.
 */
function det(x) {
    const r = x.shape.length;
    if (r < 2 || x.shape[r - 1] !== x.shape[r - 2])
        (0,core_errors/* fault */.DG)(`input ${(0,tensor/* fmt */.Sc)(x.shape)} is not a batch of square matrices`);
    const m = BigInt(x.shape[r - 1]);
    const b = big((0,tensor/* size */.Ej)(x.shape.slice(0, -2)));
    const below = (m * (m - 1n)) / 2n;
    const counts = m > 1n ? { mac: (b * (m - 1n) * m * (2n * m - 1n)) / 6n, div: b * below, compare: b * below, mul: b * (m - 1n) } : {};
    return result([(0,tensor/* tensor */.OE)(x.shape.slice(0, -2), x.dtype)], counts);
}
/** Hardmax: the maximum of each row along the axis (one comparison per element), as a one-hot. */
function hardmax(x) {
    return result([(0,tensor/* tensor */.OE)(x.shape, x.dtype)], { compare: big((0,tensor/* size */.Ej)(x.shape)) });
}
/** Bernoulli: each draw compared with its probability. */
function bernoulli(x, dtype = x.dtype) {
    return result([(0,tensor/* tensor */.OE)(x.shape, dtype)], { compare: big((0,tensor/* size */.Ej)(x.shape)) });
}

;// CONCATENATED MODULE: ./src/keras/layers/ops.ts












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
function argsOf(call) {
    return call.args ?? call.inputs.map((s) => new TensorArg(s));
}
const isTensor = (v) => v instanceof TensorArg;
/**
 * A constant argument as a tensor: a number is a scalar (its value known), a nested list has
 * its list shape, a constant tensor (`{"class_name": "__tensor__" or "__numpy__", "config":
 * {"value": ...}}`) its value's.
 */
function constant(call, v, depth = 0) {
    if (depth > 64)
        fail(call, 'has a constant argument nested too deeply');
    if (typeof v === 'number' || typeof v === 'boolean')
        return { shape: [], dtype: 'float32', values: [Number(v)] };
    const o = v;
    if (o && typeof o === 'object' && !Array.isArray(o) && (o.class_name === '__tensor__' || o.class_name === '__numpy__') && o.config) {
        return constant(call, o.config.value, depth + 1);
    }
    if (Array.isArray(v)) {
        const inner = v.map((x) => constant(call, x, depth + 1).shape);
        if (inner.some((s) => s.join() !== (inner[0] ?? []).join()))
            fail(call, 'has a ragged constant argument');
        return (0,tensor/* shaped */.e9)([v.length, ...(inner[0] ?? [])]);
    }
    return fail(call, `cannot read argument ${JSON.stringify(v)}`);
}
const tensorOf = (call, v) => (isTensor(v) ? (0,tensor/* shaped */.e9)(v.shape) : constant(call, v));
/** The tensor argument at `index`, which the shape ops act on. */
function tensorArg(call, index = 0) {
    const v = argsOf(call)[index];
    if (!isTensor(v))
        return fail(call, `expects a tensor as argument ${index + 1}`);
    return (0,tensor/* shaped */.e9)(v.shape);
}
function cfgNum(call, key) {
    const v = call.config[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** An axis list from the config: null/absent = undefined; an int = one axis. */
function cfgAxes(call, key) {
    const v = call.config[key];
    if (v === undefined || v === null)
        return undefined;
    const list = typeof v === 'number' ? [v] : v;
    if (!Array.isArray(list) || !list.every((a) => Number.isSafeInteger(a)))
        return fail(call, `"${key}" must be an axis or a list of axes, got ${JSON.stringify(v)}`);
    return list;
}
function cfgInts(call, key, min = -Infinity) {
    const raw = call.config[key];
    const list = typeof raw === 'number' ? [raw] : raw;
    if (!Array.isArray(list) || !list.every((d) => Number.isSafeInteger(d) && d >= min))
        return fail(call, `"${key}" must be a list of integers, got ${JSON.stringify(raw)}`);
    return list;
}
/** A two-argument function (tensors or constants), broadcast. */
function binaryOp(fn) {
    return (call) => {
        const args = argsOf(call);
        if (args.length !== 2)
            fail(call, `expects 2 arguments, got ${args.length}`);
        if (!args.some(isTensor))
            fail(call, 'has no tensor argument');
        return fromCore(binary(fn, tensorOf(call, args[0]), tensorOf(call, args[1])));
    };
}
const unaryOp = (fn) => (call) => fromCore(unary(fn, tensorArg(call)));
/** `keras.ops.nn` activations cost what the activation of the same name costs in a layer. */
const activationOp = (name) => (call) => fromCore(activation(name, tensorArg(call), cfgNum(call, 'axis') ?? -1));
/** ops.gelu: `approximate` (default true) is the tanh form TF runs as several kernels; false, the erf form. */
const Gelu = (call) => fromCore(activation(call.config.approximate === false ? 'gelu' : 'gelu_tanh', tensorArg(call)));
/** ops.where(condition, x, y): a select, no arithmetic. */
const Where = (call) => {
    const args = argsOf(call);
    if (args.length !== 3)
        fail(call, `expects 3 arguments, got ${args.length}`);
    return fromCore(where(tensorOf(call, args[0]), tensorOf(call, args[1]), tensorOf(call, args[2])));
};
/** ops.clip(x, x_min, x_max): both bounds. */
const Clip = (call) => {
    const args = argsOf(call);
    const x = tensorArg(call);
    const bound = (i, key) => (args[i] !== undefined ? tensorOf(call, args[i]) : call.config[key] !== undefined && call.config[key] !== null ? constant(call, call.config[key]) : undefined);
    return fromCore(clip(x, bound(1, 'x_min'), bound(2, 'x_max')));
};
/** Reductions over `axis` (null: every axis, batch included), `keepdims`. */
const reduction = (kind) => (call) => fromCore(reduce(kind, tensorArg(call), cfgAxes(call, 'axis'), call.config.keepdims === true));
/**
 * ops.argmax / argmin along `axis` (null: the flattened tensor). On a float tensor (a Keras
 * model's are) Keras' TF backend first replaces -0.0 by the smallest negative float (the
 * flush-to-zero fix): x == 0 and a sign-bit test (a bitwise and of the bits, then < 0) per
 * element, their logical and, a select: two comparisons and two logical operations per
 * element before the arg-reduction. `plain`: TF's own ArgMax/ArgMin, without it (Keras 2's
 * tf.math.argmax).
 */
const argReduction = (min, plain = false) => (call) => {
    const x = tensorArg(call);
    const axis = cfgNum(call, 'axis');
    const r = axis === undefined ? argReduce((0,tensor/* shaped */.e9)([product(x.shape)]), 0, false, min) : argReduce(x, axis, call.config.keepdims === true, min);
    if (!plain) {
        const n = BigInt(product(x.shape));
        addCounts(r.counts, { compare: 2n * n, logical: 2n * n });
    }
    return fromCore(r);
};
/** ops.var / ops.std over `axis` (null: every axis), as tf.math.reduce_variance / reduce_std. */
const varianceOp = (std) => (call) => fromCore(variance(tensorArg(call), cfgAxes(call, 'axis'), call.config.keepdims === true, std));
/** ops.cumsum along `axis` (null: the flattened tensor). */
const Cumsum = (call) => {
    const x = tensorArg(call);
    const axis = cfgNum(call, 'axis');
    return fromCore(axis === undefined ? cumSum((0,tensor/* shaped */.e9)([product(x.shape)]), 0) : cumSum(x, axis));
};
/**
 * ops.norm(x, ord, axis, keepdims) as Keras' TF backend computes it (linalg.norm): over one
 * axis, ord None/2 sqrt(sum(x * x)) (the core's L2 reduction), inf/-inf max/min of |x|, 0 a
 * count of x != 0, another p (sum |x|^p)^(1/p) (two Pows); over two axes, None/"fro" as L2, 1,
 * -1, inf, -inf the max/min over one axis of the sums of |x| over the other. The spectral and
 * nuclear norms (ord 2, -2, "nuc" over two axes) take an SVD: refused.
 */
const Norm = (call) => {
    const x = tensorArg(call);
    const rank = x.shape.length;
    const given = cfgAxes(call, 'axis') ?? x.shape.map((_, i) => i);
    const ax = given.map((a) => normAxis(a, rank));
    const keep = call.config.keepdims === true;
    const ord = call.config.ord ?? null;
    const inf = (v) => v === 'inf' || v === '-inf' || v === Infinity || v === -Infinity || (typeof v === 'object' && v !== null && /inf/.test(JSON.stringify(v)));
    const n = BigInt(product(x.shape));
    if (ax.length === 1 || (ax.length === 2 && (ord === null || ord === 'fro'))) {
        if (ord === null || ord === 2 || ord === 'fro')
            return fromCore(reduce('l2', x, ax, keep));
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
const Reshape = (call) => fromCore(reshape(tensorArg(call), cfgInts(call, 'newshape', -1)));
const Transpose = (call) => {
    const x = tensorArg(call);
    const raw = call.config.axes;
    return fromCore(transpose(x, raw === null || raw === undefined ? undefined : cfgInts(call, 'axes')));
};
const Swapaxes = (call) => {
    const x = tensorArg(call);
    const a = normAxis(cfgNum(call, 'axis1') ?? NaN, x.shape.length);
    const b = normAxis(cfgNum(call, 'axis2') ?? NaN, x.shape.length);
    const perm = x.shape.map((_, i) => (i === a ? b : i === b ? a : i));
    return fromCore(transpose(x, perm));
};
const ExpandDims = (call) => fromCore(unsqueeze(tensorArg(call), cfgInts(call, 'axis')));
/** Squeeze `axis`, or every size-1 axis but the batch one (Keras traces with an open batch). */
const Squeeze = (call) => {
    const x = tensorArg(call);
    return fromCore(squeeze(x, cfgAxes(call, 'axis') ?? x.shape.flatMap((d, i) => (i > 0 && d === 1 ? [i] : []))));
};
/** The list of tensors ops.concatenate and ops.stack take as their first argument. */
function tensorList(call) {
    const first = argsOf(call)[0];
    const list = Array.isArray(first) ? first : argsOf(call);
    if (list.length === 0 || !list.every(isTensor))
        return fail(call, 'expects a list of tensors');
    return list.map((t) => (0,tensor/* shaped */.e9)(t.shape));
}
const ops_Concatenate = (call) => fromCore(concat(tensorList(call), cfgNum(call, 'axis') ?? 0));
const Stack = (call) => fromCore(stack(tensorList(call), cfgNum(call, 'axis') ?? 0));
/** ops.split: `indices_or_sections` equal sections or cut points along `axis`; one output per piece. */
const Split = (call) => {
    const x = tensorArg(call);
    const axis = normAxis(cfgNum(call, 'axis') ?? 0, x.shape.length);
    const raw = call.config.indices_or_sections;
    const len = x.shape[axis];
    let sizes;
    if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0)
        sizes = evenSplitSizes(len, raw);
    else if (Array.isArray(raw) && raw.every((d) => Number.isSafeInteger(d))) {
        const cuts = [0, ...raw.map((c) => Math.min(Math.max(c < 0 ? c + len : c, 0), len)), len];
        sizes = cuts.slice(1).map((c, i) => Math.max(c - cuts[i], 0));
    }
    else
        return fail(call, `"indices_or_sections" must be an integer or a list of integers, got ${JSON.stringify(raw)}`);
    return fromCore(split(x, axis, sizes));
};
const Tile = (call) => fromCore(tile(tensorArg(call), cfgInts(call, 'repeats', 0)));
/** numpy repeat along `axis` (null: the flattened tensor), `repeats` one count or one per element. */
const Repeat = (call) => {
    const raw = call.config.repeats;
    const axis = call.config.axis === null || call.config.axis === undefined ? undefined : cfgNum(call, 'axis') ?? NaN;
    return fromCore(repeat(tensorArg(call), typeof raw === 'number' ? raw : cfgInts(call, 'repeats', 0), axis));
};
const BroadcastTo = (call) => {
    const x = tensorArg(call);
    const target = cfgInts(call, 'shape', 0);
    const r = expand(x, target);
    if (r.outputs[0].shape.join() !== target.join())
        fail(call, `cannot broadcast [${x.shape.join(', ')}] to ${JSON.stringify(target)}`);
    return fromCore(r);
};
/** Keras serialises a GetItem key tuple as a list, its slices as `__slice__` and `__ellipsis__` objects. */
const keyItems = (key) => (Array.isArray(key) ? key : [key]);
/**
 * x[key], numpy basic indexing: an int drops its axis, a slice keeps what it selects (Python's
 * slice rules), None adds an axis, an ellipsis stands for the axes not named. No arithmetic.
 */
const GetItem = (call) => {
    const x = tensorArg(call);
    const items = keyItems(argsOf(call)[1]);
    const kind = (v) => {
        if (v === null)
            return 'none';
        if (typeof v === 'number' && Number.isSafeInteger(v))
            return 'int';
        const o = v;
        if (o && typeof o === 'object' && o.class_name === '__slice__')
            return 'slice';
        if (o && typeof o === 'object' && o.class_name === '__ellipsis__')
            return 'ellipsis';
        return fail(call, `cannot read index ${JSON.stringify(v)} (only integers, slices, None and ... are supported)`);
    };
    const kinds = items.map(kind);
    if (kinds.filter((k) => k === 'ellipsis').length > 1)
        fail(call, 'an index can hold only one ellipsis');
    const named = kinds.filter((k) => k === 'int' || k === 'slice').length;
    if (named > x.shape.length)
        fail(call, `too many indices for a tensor of rank ${x.shape.length}`);
    const opt = (v, what) => {
        if (v === null || v === undefined)
            return null;
        if (typeof v !== 'number' || !Number.isSafeInteger(v))
            return fail(call, `slice ${what} must be an integer, got ${JSON.stringify(v)}`);
        return v;
    };
    const specs = [];
    const dropped = [];
    const inserted = [];
    let axis = 0;
    let outAxis = 0;
    items.forEach((item, i) => {
        const k = kinds[i];
        if (k === 'none')
            inserted.push(outAxis++);
        else if (k === 'ellipsis') {
            const span = x.shape.length - named;
            axis += span;
            outAxis += span;
        }
        else if (k === 'int') {
            const n = x.shape[axis];
            const at = item < 0 ? item + n : item;
            if (at < 0 || at >= n)
                fail(call, `index ${item} is out of range for axis ${axis} of size ${n}`);
            specs.push({ axis, start: at, end: at + 1, step: 1 });
            dropped.push(axis++);
        }
        else {
            const c = item.config ?? {};
            specs.push({ axis: axis++, start: opt(c.start, 'start'), end: opt(c.stop, 'stop'), step: opt(c.step, 'step') ?? 1 });
            outAxis++;
        }
    });
    const sliced = slice(x, specs, 'python').outputs[0];
    const kept = sliced.shape.filter((_, i) => !dropped.includes(i));
    const out = inserted.length ? unsqueeze((0,tensor/* shaped */.e9)(kept), inserted).outputs[0].shape : kept;
    return { outputs: [[...out]], ops: {}, params: 0n };
};
/** ops.matmul of tensors or constants (a numpy weight matrix is a `__numpy__` constant). */
const Matmul = (call) => {
    const [a, b] = argsOf(call);
    if (!isTensor(a) && !isTensor(b))
        fail(call, 'has no tensor argument');
    return fromCore(matmul(tensorOf(call, a), tensorOf(call, b)));
};
/** ops.tensordot(x, y, axes): `axes` an integer n (the last n of x with the first n of y) or two lists. */
const Tensordot = (call) => {
    const [a, b] = argsOf(call);
    const x = tensorOf(call, a);
    const y = tensorOf(call, b);
    const raw = call.config.axes ?? 2;
    let ax;
    let ay;
    if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) {
        ax = Array.from({ length: raw }, (_, i) => x.shape.length - raw + i);
        ay = Array.from({ length: raw }, (_, i) => i);
    }
    else if (Array.isArray(raw) && raw.length === 2) {
        const list = (v) => (typeof v === 'number' ? [v] : Array.isArray(v) && v.every((d) => Number.isSafeInteger(d)) ? v : fail(call, `cannot read axes ${JSON.stringify(raw)}`));
        [ax, ay] = [list(raw[0]), list(raw[1])];
    }
    else
        return fail(call, `cannot read axes ${JSON.stringify(raw)}`);
    return fromCore(tensordot(x, y, ax, ay));
};
/**
 * ops.dot, numpy's dot: a scalar operand multiplies element-wise; otherwise x's last axis
 * contracts with y's only one (a vector) or its second to last, as tf.tensordot.
 */
const ops_Dot = (call) => {
    const [a, b] = argsOf(call);
    const x = tensorOf(call, a);
    const y = tensorOf(call, b);
    if (x.shape.length === 0 || y.shape.length === 0)
        return fromCore(binary('mul', x, y));
    return fromCore(tensordot(x, y, [x.shape.length - 1], [Math.max(y.shape.length - 2, 0)]));
};
/** ops.einsum: constant operands (a serialised ops.ones(...)) take part with their shape. */
const Einsum = (call) => {
    const eq = typeof call.config.subscripts === 'string' ? call.config.subscripts : '';
    if (!eq)
        return fail(call, `cannot read subscripts ${JSON.stringify(call.config.subscripts)}`);
    return fromCore(einsum(eq, argsOf(call).map((a) => tensorOf(call, a))));
};
const ops_identity = (call) => ({ outputs: [[...tensorArg(call).shape]], ops: {}, params: 0n });
/** Unary keras.ops by class, as the core's element-wise functions. */
const ops_UNARY = {
    Negative: 'neg', Square: 'square', Sqrt: 'sqrt', Rsqrt: 'rsqrt', Reciprocal: 'reciprocal',
    Exp: 'exp', Exp2: 'exp2', Expm1: 'expm1', Log: 'log', Log1p: 'log1p', Log2: 'log2', Log10: 'log10',
    Erf: 'erf', Erfc: 'erfc', Absolute: 'abs', Abs: 'abs', Sign: 'sign', Floor: 'floor', Ceil: 'ceil',
    Round: 'round', Trunc: 'trunc', LogicalNot: 'not',
    Sin: 'sin', Cos: 'cos', Tan: 'tan', Arcsin: 'asin', Arccos: 'acos', Arctan: 'atan',
    Sinh: 'sinh', Cosh: 'cosh', Arcsinh: 'asinh', Arccosh: 'acosh', Arctanh: 'atanh',
};
/** keras.ops.nn activations by class: the activation whose cost they share. */
const ACTIVATION_CLASSES = {
    Relu: 'relu', Relu6: 'relu6', LeakyRelu: 'leaky_relu', Threshold: 'threshold', HardShrink: 'hard_shrink', SoftShrink: 'soft_shrink',
    Sigmoid: 'sigmoid', HardSigmoid: 'hard_sigmoid', SparseSigmoid: 'sparse_sigmoid', HardSilu: 'hard_silu', HardTanh: 'hard_tanh',
    TanhShrink: 'tanh_shrink', Tanh: 'tanh', Softmax: 'softmax', LogSoftmax: 'log_softmax', Sparsemax: 'sparsemax', Elu: 'elu', Selu: 'selu',
    Celu: 'celu', Softplus: 'softplus', Softsign: 'softsign', Squareplus: 'squareplus', SparsePlus: 'sparse_plus',
    LogSigmoid: 'log_sigmoid', Silu: 'silu', Glu: 'glu', Mish: 'mish',
};
const ops_BINARY = {
    Add: 'add', Subtract: 'sub', Multiply: 'mul', Divide: 'div', TrueDivide: 'div', FloorDivide: 'floor_div', Mod: 'floor_mod',
    Maximum: 'max', Minimum: 'min', Power: 'pow',
    Equal: 'equal', NotEqual: 'not_equal', Greater: 'greater', GreaterEqual: 'greater_equal', Less: 'less', LessEqual: 'less_equal',
    LogicalAnd: 'and', LogicalOr: 'or', LogicalXor: 'xor',
};
const REDUCTIONS = {
    Mean: 'mean', Sum: 'sum', Prod: 'prod', Max: 'max', Min: 'min', Amax: 'max', Amin: 'min', Any: 'any', All: 'all',
};
const OP_RULES = {
    ...Object.fromEntries(Object.entries(ops_BINARY).map(([k, v]) => [k, binaryOp(v)])),
    ...Object.fromEntries(Object.entries(ops_UNARY).map(([k, v]) => [k, unaryOp(v)])),
    ...Object.fromEntries(Object.entries(ACTIVATION_CLASSES).map(([k, v]) => [k, activationOp(v)])),
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
    Dot: ops_Dot,
    Tensordot,
    Reshape,
    Transpose,
    Swapaxes,
    ExpandDims,
    Squeeze,
    Concatenate: ops_Concatenate,
    Stack,
    Split,
    Tile,
    Repeat,
    BroadcastTo,
    GetItem,
    Matmul,
    Einsum,
    Cast: ops_identity,
    StopGradient: ops_identity,
    ConvertToTensor: ops_identity,
    Copy: ops_identity,
};

;// CONCATENATED MODULE: ./src/keras/layers/pooling.ts





const pooling_channelsLast = (call) => dataFormat(call) === 'channels_last';
/**
 * MaxPooling/AveragePooling 1D/2D/3D: strides default to pool_size; Keras 1 wrote
 * pool_length/stride for 1-D and border_mode for padding.
 */
function pooling_pool(rank, kind) {
    return (call) => {
        const size = tuple(call, ['pool_size', 'pool_length'], rank, 2);
        return fromCore(pool(kind, (0,tensor/* shaped */.e9)(one(call)), {
            channelsLast: pooling_channelsLast(call),
            kernel: size,
            strides: tuple(call, ['strides', 'stride'], rank, size),
            pads: padding(call),
        }));
    };
}
/** GlobalAverage/GlobalMax pooling 1D/2D/3D; `keepdims` keeps the spatial axes as 1. */
function pooling_globalPool(rank, kind) {
    return (call) => fromCore(globalPool(kind, (0,tensor/* shaped */.e9)(one(call)), rank, pooling_channelsLast(call), bool(call, 'keepdims', false)));
}
/** AdaptiveAverage/AdaptiveMax pooling 1D/2D/3D (Keras 3) to `output_size` windows per axis. */
function pooling_adaptivePool(rank, kind) {
    return (call) => fromCore(adaptivePool(kind, (0,tensor/* shaped */.e9)(one(call)), tuple(call, 'output_size', rank), pooling_channelsLast(call)));
}

;// CONCATENATED MODULE: ./src/core/ops/resize.ts
/** Resizing and upsampling of spatial axes. */





/**
 * Resize to `out` (the whole output shape): one interpolation per output element (`resize`),
 * none for nearest neighbour, which copies. tf.image.resize runs the kernel filters, and an
 * antialiased linear or cubic resize, as ScaleAndTranslate, whose scale it first computes as
 * the new height and width over the old: two scalar RealDivs (`shape`, once per sample).
 */
function resize(x, out, mode, antialias = false) {
    if (out.length !== x.shape.length)
        (0,core_errors/* fault */.DG)(`output shape ${(0,tensor/* fmt */.Sc)(out)} does not fit input ${(0,tensor/* fmt */.Sc)(x.shape)}`);
    const counts = mode === 'nearest' ? {} : { resize: big((0,tensor/* size */.Ej)(out)) };
    if (mode === 'filter' || (antialias && (mode === 'linear' || mode === 'cubic')))
        counts.shape = big(x.shape[0] ?? 1, 2);
    return result([(0,tensor/* tensor */.OE)(out, x.dtype)], counts);
}
/** Runtimes multiply in float32: floor(float(d) * scale) decides a scaled size. */
function scaledLength(d, scale) {
    if (!(scale > 0))
        (0,core_errors/* fault */.DG)(`scale ${scale} must be positive`);
    return Math.floor(Math.fround(Math.fround(d) * Math.fround(scale)));
}
/**
 * Keras UpSampling1D/2D/3D: each spatial axis repeated `factors` times. Nearest (the only mode
 * of 1-D and 3-D) repeats values with a tile multiple computed in the graph: one `shape` op per
 * axis and sample; any other interpolation is one interpolation per output element.
 */
function upsample(x, factors, channelsLast, mode) {
    const l = layoutOf(x.shape, factors.length, channelsLast);
    if (factors.some((f) => !Number.isSafeInteger(f) || f < 1))
        (0,core_errors/* fault */.DG)(`upsampling factors ${(0,tensor/* fmt */.Sc)(factors)} must be positive integers`);
    const out = assemble(l, l.spatial.map((n, i) => n * factors[i]), l.channels);
    return result([(0,tensor/* tensor */.OE)(out, x.dtype)], mode === 'nearest' ? { shape: big(l.batch, factors.length) } : { resize: big((0,tensor/* size */.Ej)(out)) });
}

;// CONCATENATED MODULE: ./src/keras/layers/preprocessing.ts








/** Rescaling: x * scale + offset (Keras always applies both): one mul and one add per element. */
const Rescaling = (call) => {
    const x = (0,tensor/* shaped */.e9)(one(call));
    const scalar = (0,tensor/* shaped */.e9)([]);
    const r = binary('mul', x, scalar);
    addCounts(r.counts, binary('add', x, scalar).counts);
    return fromCore(r);
};
const INTERPOLATIONS = ['bilinear', 'nearest', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'];
const MODES = {
    bilinear: 'linear', nearest: 'nearest', bicubic: 'cubic', area: 'area', lanczos3: 'filter', lanczos5: 'filter', gaussian: 'filter', mitchellcubic: 'filter',
};
/** int(float32(a) / b), as Keras' TF backend sizes a crop or a pad. */
const ratio = (a, b) => Math.trunc(Math.fround(Math.fround(a) / b));
/**
 * Resizing to height x width: one interpolation per output element (none for nearest), and
 * the scale of a kernel-filter or antialiased resize (core resize). Keras' TF backend sizes
 * `crop_to_aspect_ratio`'s crop in the graph: 14 scalar ops per image (two Muls, four
 * RealDivs, two Minimums, two Maximums, two Subs, two AddV2s); `pad_to_aspect_ratio`'s pad in
 * 12 (two Muls, four RealDivs, two Maximums, two Subs, two Greaters) and fills the pad on
 * each side as ones x fill_value: a multiplication per element of the two slabs.
 */
const Resizing = (call) => {
    const l = layout(call, 2);
    const [th, tw] = [config_int(call, 'height'), config_int(call, 'width')];
    const out = assemble(l, [th, tw], l.channels);
    const interp = choice(call, 'interpolation', INTERPOLATIONS, 'bilinear');
    const r = resize((0,tensor/* shaped */.e9)(one(call)), out, MODES[interp], bool(call, 'antialias', false));
    const b = big(l.batch);
    if (bool(call, 'crop_to_aspect_ratio', false))
        addCounts(r.counts, { shape: 14n * b });
    else if (bool(call, 'pad_to_aspect_ratio', false)) {
        const [h, w] = l.spatial;
        const hStart = Math.trunc(Math.fround(Math.max(h, ratio(w * th, tw)) - h) / 2);
        const wStart = Math.trunc(Math.fround(Math.max(w, ratio(h * tw, th)) - w) / 2);
        addCounts(r.counts, { shape: 12n * b, mul: 2n * b * big(l.channels) * (big(hStart, w) + big(h, wStart)) });
    }
    return fromCore(r);
};
/**
 * CenterCrop to height x width: a slice, no arithmetic; an input smaller than the target is
 * first resized (Keras), one interpolation per output element.
 */
const CenterCrop = (call) => {
    const l = layout(call, 2);
    const [h, w] = [config_int(call, 'height'), config_int(call, 'width')];
    const out = assemble(l, [h, w], l.channels);
    const resized = l.spatial[0] < h || l.spatial[1] < w;
    return fromCore(resize((0,tensor/* shaped */.e9)(one(call)), out, resized ? 'linear' : 'nearest'));
};
/**
 * RandomCrop: identity at inference since Keras 3.8 (which crops only when training), so the
 * output is the input, whatever shape Keras declares for it (the crop). Keras 2 and Keras 3
 * before 3.8 center-cropped and resized at inference (CenterCrop); a file does not say which
 * Keras wrote it, and flopgate follows the current one, as TF runs it.
 */
const RandomCrop = (call) => {
    const l = layout(call, 2);
    config_int(call, 'height');
    config_int(call, 'width');
    return { outputs: [assemble(l, l.spatial, l.channels)], ops: {}, params: 0n };
};

;// CONCATENATED MODULE: ./src/core/ops/recurrent.ts
/** Recurrent cells, counted per time step and summed over every step of every sample. */



/** Gates per cell: the number of H x (I + H) products each step. */
const GATES = { simple: 1, gru: 3, lstm: 4 };
/** States a cell carries (and a layer returns with return_state). */
const STATES = { simple: 1, gru: 1, lstm: 2 };
/**
 * One time step of one sample (H units, I inputs), as Keras' cells compute it:
 *   simple  h = act(x W + h U + b)
 *   LSTM    z = x W + h U + b (4H);  i, f, o = ract(z_i, z_f, z_o);  g = act(z_g)
 *           c = f * c + i * g;  h = o * act(c)
 *   GRU     x W + b, h U (+ b_rec when reset_after);  z, r = ract(x_z + h_z, x_r + h_r)
 *           hh = act(x_h + r * (h U_h [+ b_rec_h]));  h = z * h + (1 - z) * hh
 * MACs = gates x H x (I + H) per step; `bias` counts every bias vector added.
 */
function cellStep(c) {
    const h = big(c.units);
    const gates = GATES[c.kind];
    const counts = { mac: big(gates, c.units, c.input + c.units) };
    if (c.biasVectors)
        counts.bias = big(c.biasVectors, gates, c.units);
    if (c.kind === 'simple') {
        addCounts(counts, { add: h });
        addCounts(counts, activation_activationCounts(c.activation, h));
    }
    else if (c.kind === 'lstm') {
        addCounts(counts, { add: 5n * h, mul: 3n * h });
        addCounts(counts, activation_activationCounts(c.recurrentActivation, 3n * h));
        addCounts(counts, activation_activationCounts(c.activation, 2n * h));
        if (c.peepholes)
            addCounts(counts, { mul: 3n * h, add: 3n * h });
    }
    else {
        addCounts(counts, { add: 4n * h, mul: 3n * h, sub: h });
        addCounts(counts, activation_activationCounts(c.recurrentActivation, 2n * h));
        addCounts(counts, activation_activationCounts(c.activation, h));
    }
    return counts;
}
/** Weights of one cell: gates x H x (I + H) kernels, the bias vectors, the peepholes. */
function cellParams(c) {
    const gates = GATES[c.kind];
    return big(gates, c.units, c.input + c.units) + big(c.biasVectors, gates, c.units) + (c.peepholes ? big(3, c.units) : 0n);
}
/** A recurrent layer: `steps` = time steps x samples x directions, every one counted. */
function recurrent(c, steps) {
    if (!Number.isSafeInteger(c.units) || c.units < 1)
        (0,core_errors/* fault */.DG)(`units must be a positive integer, got ${c.units}`);
    return { counts: scaleCounts(cellStep(c), steps), params: cellParams(c) };
}
/**
 * A convolutional LSTM step over `positions` = batch x output positions, F filters: the input
 * convolution and the recurrent one (stride 1, same padding, over the F-channel state) give
 *   MACs = positions x 4F x prod(kernel) x (Cin + F)
 * and the gate arithmetic is an LSTM's on positions x F units. Weights prod(kernel) x (Cin + F)
 * x 4F (+ 4F bias).
 */
function convLstmStep(positions, filters, kernel, channels, bias, activation, recurrentActivation) {
    const cell = { kind: 'lstm', units: 1, input: 0, biasVectors: bias ? 1 : 0, activation, recurrentActivation };
    // The gate arithmetic of positions x F independent units, without the dense products.
    const units = big(positions, filters);
    const perUnit = cellStep(cell);
    const counts = {};
    for (const k in perUnit) {
        if (k !== 'mac')
            addCounts(counts, { [k]: perUnit[k] * units });
    }
    counts.mac = big(positions, 4 * filters, kernel, channels + filters);
    return { counts, params: big(kernel, channels + filters, 4 * filters) + (bias ? big(4 * filters) : 0n) };
}

;// CONCATENATED MODULE: ./src/keras/layers/recurrent.ts









/**
 * The cell a recurrent layer's config describes: its activations, and its bias vectors (one
 * per gate; two for GRU with reset_after, the Keras 2.3+/3 default, which files without the
 * key predate, and for the CuDNN layers).
 */
function cellOf(call, kind, input, cudnn = false) {
    const bias = cudnn ? true : useBias(call);
    const resetAfter = cudnn ? true : bool(call, 'reset_after', false);
    return {
        kind,
        units: config_int(call, ['units', 'output_dim']),
        input,
        biasVectors: !bias ? 0 : cudnn || (kind === 'gru' && resetAfter) ? 2 : 1,
        activation: canonicalActivation(call, activationName(call, call.config.activation ?? 'tanh')),
        recurrentActivation: canonicalActivation(call, activationName(call, lookup(call, ['recurrent_activation', 'inner_activation'])?.[1] ?? 'sigmoid')),
    };
}
/**
 * SimpleRNN/GRU/LSTM (Keras 1 `output_dim`, `inner_activation`; Keras 2 CuDNNGRU/CuDNNLSTM)
 * over [batch, timesteps, features]: every step of every sample is counted. Outputs: the
 * sequence or the last step, then the states with return_state.
 */
function rnn(o) {
    return (call) => {
        const [b, t, input] = ofRank(call, 3, 'batch, timesteps, features');
        const cell = cellOf(call, o.cell, input, o.cudnn);
        const r = recurrent(cell, big(b, t));
        const y = bool(call, 'return_sequences', false) ? [b, t, cell.units] : [b, cell.units];
        const states = bool(call, 'return_state', false) ? Array.from({ length: STATES[o.cell] }, () => [b, cell.units]) : [];
        return { outputs: [y, ...states], ops: r.counts, params: r.params };
    };
}
const CELLS = { SimpleRNNCell: 'simple', GRUCell: 'gru', LSTMCell: 'lstm' };
/**
 * RNN(cell): the generic recurrent layer over a SimpleRNNCell, GRUCell or LSTMCell, or a
 * StackedRNNCells of them (each cell's input is the previous cell's units). Outputs are the
 * last cell's sequence or last step, then every cell's states (return_state).
 */
const RNN = (call) => {
    const [b, t, input] = ofRank(call, 3, 'batch, timesteps, features');
    const top = subLayer(call, 'cell');
    const raw = top.className === 'StackedRNNCells' ? top.config.cells : [{ class_name: top.className, config: top.config }];
    if (!Array.isArray(raw) || raw.length === 0)
        fail(call, 'StackedRNNCells has no cells');
    const ops = {};
    let params = 0n;
    let features = input;
    const states = [];
    raw.forEach((c, i) => {
        const { className, config } = subLayer({ ...call, config: { cell: c } }, 'cell');
        const kind = Object.prototype.hasOwnProperty.call(CELLS, className) ? CELLS[className] : undefined;
        if (!kind)
            fail(call, `cell ${i} is of unknown type ${className}`);
        const sub = { ...call, name: `${call.name}/${typeof config.name === 'string' ? config.name : className}`, className, config };
        const r = recurrent(cellOf(sub, kind, features), big(b, t));
        addCounts(ops, r.counts);
        params += r.params;
        features = config_int(sub, 'units');
        for (let s = 0; s < STATES[kind]; s++)
            states.push([b, features]);
    });
    const y = bool(call, 'return_sequences', false) ? [b, t, features] : [b, features];
    return { outputs: [y, ...(bool(call, 'return_state', false) ? states : [])], ops, params };
};
/**
 * ConvLSTM1D/2D/3D over [batch, time, spatial..., channels] (or channels first): an LSTM whose
 * gate products are convolutions (the layer's window for the input, stride 1 same for the
 * state), every step counted.
 */
function convLstm(rank) {
    return (call) => {
        const x = ofRank(call, rank + 3, `batch, time, ${rank} spatial dimension${rank > 1 ? 's' : ''} and channels`);
        const [b, t] = x;
        const l = layoutOf([b, ...x.slice(2)], rank, dataFormat(call) === 'channels_last');
        const filters = config_int(call, 'filters');
        const k = kernelSize(call, rank);
        const spatial = windowed(l.spatial, { kernel: k, strides: conv_strides(call, rank), dilations: tuple(call, 'dilation_rate', rank, 1), pads: padding(call) });
        const state = l.channelsLast ? [b, ...spatial, filters] : [b, filters, ...spatial];
        const act = canonicalActivation(call, activationName(call, call.config.activation ?? 'tanh'));
        const ract = canonicalActivation(call, activationName(call, call.config.recurrent_activation ?? 'sigmoid'));
        const step = convLstmStep(b * product(spatial), filters, product(k), l.channels, useBias(call), act, ract);
        const y = bool(call, 'return_sequences', false) ? [b, t, ...state.slice(1)] : state;
        const states = bool(call, 'return_state', false) ? [state, state] : [];
        return { outputs: [y, ...states], ops: scaleCounts(step.counts, big(t)), params: step.params };
    };
}

;// CONCATENATED MODULE: ./src/keras/layers/reshaping.ts








/** Reshape to `target_shape` (without batch; one -1 takes what is left): data movement. */
const reshaping_Reshape = (call) => {
    const x = one(call);
    return fromCore(reshape((0,tensor/* shaped */.e9)(x), [x[0], ...intList(call, 'target_shape')]));
};
/** Permute `dims` (1-based, batch excluded, as Keras numbers them). */
const Permute = (call) => {
    const x = one(call);
    const dims = intList(call, 'dims');
    const sorted = [...dims].sort((a, b) => a - b);
    if (dims.length !== x.length - 1 || sorted.some((d, i) => d !== i + 1))
        fail(call, `dims ${JSON.stringify(dims)} is not a permutation of 1..${x.length - 1}`);
    return fromCore(transpose((0,tensor/* shaped */.e9)(x), [0, ...dims]));
};
/** RepeatVector(n): [B, F] -> [B, n, F], a copy whose tile multiples the graph computes (one `shape` op per sample). */
const RepeatVector = (call) => {
    const x = one(call);
    if (x.length !== 2)
        fail(call, `expects an input of rank 2, got [${x.join(', ')}]`);
    return { outputs: [[x[0], config_int(call, 'n'), x[1]]], ops: { shape: big(x[0]) }, params: 0n };
};
/**
 * Per-axis (before, after) amounts from an int, one int per axis (symmetric) or one pair per
 * axis; 1-D layers also take a single pair.
 */
function pairs(call, key, rank, dflt) {
    const v = lookup(call, key)?.[1] ?? dflt;
    const okInt = (d) => Number.isSafeInteger(d) && d >= 0;
    if (okInt(v))
        return Array.from({ length: rank }, () => [v, v]);
    if (Array.isArray(v)) {
        if (rank === 1 && v.length === 2 && v.every(okInt))
            return [[v[0], v[1]]];
        if (v.length === rank && v.every(okInt))
            return v.map((d) => [d, d]);
        if (v.length === rank && v.every((p) => Array.isArray(p) && p.length === 2 && p.every(okInt)))
            return v.map((p) => [p[0], p[1]]);
    }
    return fail(call, `"${key}" must be an integer, ${rank} integers or ${rank} pairs, got ${JSON.stringify(v)}`);
}
/** Cropping1D/2D/3D: slices; no arithmetic. */
function cropping(rank) {
    return (call) => {
        const l = layout(call, rank);
        const p = pairs(call, 'cropping', rank, rank === 1 ? 1 : 0);
        const spatial = l.spatial.map((n, i) => {
            const left = n - p[i][0] - p[i][1];
            if (left < 1)
                fail(call, `cropping ${JSON.stringify(p[i])} removes all of an axis of length ${n}`);
            return left;
        });
        return { outputs: [assemble(l, spatial, l.channels)], ops: {}, params: 0n };
    };
}
/** ZeroPadding1D/2D/3D: copies into a larger zero tensor; no arithmetic. */
function zeroPadding(rank) {
    return (call) => {
        const l = layout(call, rank);
        const p = pairs(call, 'padding', rank, 1);
        return { outputs: [assemble(l, l.spatial.map((n, i) => n + p[i][0] + p[i][1]), l.channels)], ops: {}, params: 0n };
    };
}
const reshaping_INTERPOLATIONS = ['nearest', 'bilinear', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'];
/** UpSampling1D/2D/3D: `size` times along each spatial axis; nearest is the only mode of 1-D/3-D. */
function upSampling(rank) {
    return (call) => {
        const l = layout(call, rank);
        const size = tuple(call, rank === 1 ? ['size', 'length'] : 'size', rank, 2);
        const interp = rank === 2 ? choice(call, 'interpolation', reshaping_INTERPOLATIONS, 'nearest') : 'nearest';
        return fromCore(upsample((0,tensor/* shaped */.e9)(one(call)), size, l.channelsLast, interp === 'nearest' ? 'nearest' : 'linear'));
    };
}

;// CONCATENATED MODULE: ./src/keras/layers/wrappers.ts




function inner(call, lookupRule, key, inputs, patch) {
    const { className, config } = subLayer(call, key);
    const rule = lookupRule(className);
    if (!rule)
        fail(call, `wraps a layer of unknown type ${className}`);
    const name = typeof config.name === 'string' ? `${call.name}/${config.name}` : `${call.name}/${className}`;
    return rule({ name, className, config: patch ? { ...config, ...patch } : config, inputs, kwargs: call.kwargs });
}
/**
 * TimeDistributed applies the wrapped layer to every step of axis 1: the inner layer sees a
 * batch of batch x timesteps samples, so its ops scale with both, and its weights are shared
 * across steps (counted once).
 */
function makeTimeDistributed(lookupRule) {
    return (call) => {
        const x = one(call);
        if (x.length < 3)
            fail(call, `expects an input of rank 3 or more [batch, timesteps, ...], got [${x.join(', ')}]`);
        const [b, t] = x;
        const r = inner(call, lookupRule, 'layer', [[b * t, ...x.slice(2)]]);
        const outputs = r.outputs.map((s) => [b, t, ...s.slice(1)]);
        return { ...r, outputs };
    };
}
/**
 * Bidirectional runs the wrapped recurrent layer forwards and backwards (the backward one
 * from `backward_layer` when the file gives it, else a copy with go_backwards flipped) and
 * merges the two outputs: concat (the default) on the last axis, sum/mul/ave element-wise
 * (ave: an add and a divide per element), none = both outputs. States of both follow.
 */
function makeBidirectional(lookupRule) {
    return (call) => {
        const x = one(call);
        const fw = inner(call, lookupRule, 'layer', [x]);
        const fwdCfg = subLayer(call, 'layer').config;
        const bw = lookup(call, 'backward_layer')
            ? inner(call, lookupRule, 'backward_layer', [x])
            : inner(call, lookupRule, 'layer', [x], { go_backwards: !(fwdCfg.go_backwards === true) });
        const [yf, ...sf] = fw.outputs;
        const [yb, ...sb] = bw.outputs;
        if (yf.length !== yb.length || yf.slice(0, -1).some((d, i) => d !== yb[i])) {
            fail(call, `forward and backward outputs [${yf.join(', ')}] and [${yb.join(', ')}] do not match`);
        }
        const mode = call.config.merge_mode === null ? 'none' : choice(call, 'merge_mode', ['concat', 'sum', 'mul', 'ave', 'none'], 'concat');
        const ops = addCounts(addCounts({}, fw.ops), bw.ops);
        let merged;
        if (mode === 'none')
            merged = [yf, yb];
        else if (mode === 'concat')
            merged = [[...yf.slice(0, -1), yf[yf.length - 1] + yb[yb.length - 1]]];
        else {
            if (yf[yf.length - 1] !== yb[yb.length - 1])
                fail(call, `merge_mode ${mode} needs equal forward and backward sizes`);
            addCounts(ops, variadic(mode === 'sum' ? 'add' : mode === 'mul' ? 'mul' : 'mean', [(0,tensor/* shaped */.e9)(yf), (0,tensor/* shaped */.e9)(yb)]).counts);
            merged = [yf];
        }
        const params = fw.params + bw.params;
        const trainable = (fw.trainableParams ?? fw.params) + (bw.trainableParams ?? bw.params);
        return { outputs: [...merged, ...sf, ...sb], ops, params, trainableParams: trainable };
    };
}

;// CONCATENATED MODULE: ./src/keras/registry.ts













/**
 * Cost and shape rule per Keras class name (Keras 1, 2 and 3; tfjs uses Keras 2's names).
 * Aliases are the other names the same layer was serialised under: Keras 1 `Convolution2D`,
 * the `MaxPool2D`/`AvgPool2D` shorthands, CuDNN recurrent layers. Nested models are handled
 * by the graph walker, not here.
 */
const RULES = {
    // Core
    InputLayer: identity,
    Dense: Dense,
    EinsumDense: EinsumDense,
    Embedding: Embedding,
    Masking: Masking,
    Identity: identity,
    Activation: Activation,
    // Convolutions (Keras 1 names: Convolution*, AtrousConvolution*, Deconvolution*)
    Conv1D: conv_conv(1),
    Conv2D: conv_conv(2),
    Conv3D: conv_conv(3),
    Convolution1D: conv_conv(1),
    Convolution2D: conv_conv(2),
    Convolution3D: conv_conv(3),
    AtrousConvolution1D: conv_conv(1),
    AtrousConvolution2D: conv_conv(2),
    Conv1DTranspose: conv_convTranspose(1),
    Conv2DTranspose: conv_convTranspose(2),
    Conv3DTranspose: conv_convTranspose(3),
    Convolution1DTranspose: conv_convTranspose(1),
    Convolution2DTranspose: conv_convTranspose(2),
    Convolution3DTranspose: conv_convTranspose(3),
    Deconvolution2D: conv_convTranspose(2),
    Deconvolution3D: conv_convTranspose(3),
    DepthwiseConv1D: depthwise(1),
    DepthwiseConv2D: depthwise(2),
    SeparableConv1D: separable(1),
    SeparableConv2D: separable(2),
    SeparableConvolution1D: separable(1),
    SeparableConvolution2D: separable(2),
    // Pooling
    MaxPooling1D: pooling_pool(1, 'max'),
    MaxPooling2D: pooling_pool(2, 'max'),
    MaxPooling3D: pooling_pool(3, 'max'),
    MaxPool1D: pooling_pool(1, 'max'),
    MaxPool2D: pooling_pool(2, 'max'),
    MaxPool3D: pooling_pool(3, 'max'),
    AveragePooling1D: pooling_pool(1, 'avg'),
    AveragePooling2D: pooling_pool(2, 'avg'),
    AveragePooling3D: pooling_pool(3, 'avg'),
    AvgPool1D: pooling_pool(1, 'avg'),
    AvgPool2D: pooling_pool(2, 'avg'),
    AvgPool3D: pooling_pool(3, 'avg'),
    GlobalAveragePooling1D: pooling_globalPool(1, 'avg'),
    GlobalAveragePooling2D: pooling_globalPool(2, 'avg'),
    GlobalAveragePooling3D: pooling_globalPool(3, 'avg'),
    GlobalAvgPool1D: pooling_globalPool(1, 'avg'),
    GlobalAvgPool2D: pooling_globalPool(2, 'avg'),
    GlobalAvgPool3D: pooling_globalPool(3, 'avg'),
    GlobalMaxPooling1D: pooling_globalPool(1, 'max'),
    GlobalMaxPooling2D: pooling_globalPool(2, 'max'),
    GlobalMaxPooling3D: pooling_globalPool(3, 'max'),
    GlobalMaxPool1D: pooling_globalPool(1, 'max'),
    GlobalMaxPool2D: pooling_globalPool(2, 'max'),
    GlobalMaxPool3D: pooling_globalPool(3, 'max'),
    AdaptiveAveragePooling1D: pooling_adaptivePool(1, 'avg'),
    AdaptiveAveragePooling2D: pooling_adaptivePool(2, 'avg'),
    AdaptiveAveragePooling3D: pooling_adaptivePool(3, 'avg'),
    AdaptiveMaxPooling1D: pooling_adaptivePool(1, 'max'),
    AdaptiveMaxPooling2D: pooling_adaptivePool(2, 'max'),
    AdaptiveMaxPooling3D: pooling_adaptivePool(3, 'max'),
    // Normalisation
    BatchNormalization: BatchNormalization,
    LayerNormalization: LayerNormalization,
    GroupNormalization: GroupNormalization,
    UnitNormalization: UnitNormalization,
    Normalization: Normalization,
    RMSNormalization: RMSNormalization,
    // Regularisation: identity at inference
    Dropout: identity,
    SpatialDropout1D: identity,
    SpatialDropout2D: identity,
    SpatialDropout3D: identity,
    GaussianDropout: identity,
    AlphaDropout: identity,
    GaussianNoise: identity,
    ActivityRegularization: identity,
    // Activation layers
    ReLU: ReLU,
    LeakyReLU: LeakyReLU,
    ThresholdedReLU: ThresholdedReLU,
    PReLU: PReLU,
    ELU: ELU,
    Softmax: Softmax,
    // Reshaping
    Flatten: Flatten,
    Reshape: reshaping_Reshape,
    Permute: Permute,
    RepeatVector: RepeatVector,
    Cropping1D: cropping(1),
    Cropping2D: cropping(2),
    Cropping3D: cropping(3),
    ZeroPadding1D: zeroPadding(1),
    ZeroPadding2D: zeroPadding(2),
    ZeroPadding3D: zeroPadding(3),
    UpSampling1D: upSampling(1),
    UpSampling2D: upSampling(2),
    UpSampling3D: upSampling(3),
    // Merging
    Add: Add,
    Subtract: Subtract,
    Multiply: Multiply,
    Average: Average,
    Maximum: Maximum,
    Minimum: Minimum,
    Concatenate: Concatenate,
    Dot: Dot,
    Merge: Merge,
    // Recurrent
    SimpleRNN: rnn({ cell: 'simple' }),
    GRU: rnn({ cell: 'gru' }),
    LSTM: rnn({ cell: 'lstm' }),
    CuDNNGRU: rnn({ cell: 'gru', cudnn: true }),
    CuDNNLSTM: rnn({ cell: 'lstm', cudnn: true }),
    RNN: RNN,
    ConvLSTM1D: convLstm(1),
    ConvLSTM2D: convLstm(2),
    ConvLSTM3D: convLstm(3),
    // Attention
    MultiHeadAttention: MultiHeadAttention,
    Attention: Attention,
    AdditiveAttention: AdditiveAttention,
    GroupedQueryAttention: GroupedQueryAttention,
    GroupQueryAttention: GroupedQueryAttention,
    // Preprocessing (random augmentations are identity at inference, RandomCrop too since Keras 3.8)
    RandomFlip: identity,
    RandomRotation: identity,
    RandomZoom: identity,
    RandomTranslation: identity,
    RandomContrast: identity,
    RandomBrightness: identity,
    // Keras 3.6+ augmentations: each transforms only when training.
    RandomGrayscale: identity,
    RandomHue: identity,
    RandomSaturation: identity,
    RandomSharpness: identity,
    RandomShear: identity,
    RandomColorDegeneration: identity,
    RandomColorJitter: identity,
    RandomElasticTransform: identity,
    RandomErasing: identity,
    RandomGaussianBlur: identity,
    RandomInvert: identity,
    RandomPerspective: identity,
    RandomPosterization: identity,
    AugMix: identity,
    CutMix: identity,
    MixUp: identity,
    RandAugment: identity,
    RandomCrop: RandomCrop,
    Rescaling: Rescaling,
    Resizing: Resizing,
    CenterCrop: CenterCrop,
    // keras.applications' own layers (ConvNeXt, InceptionResNetV2)
    LayerScale: LayerScale,
    StochasticDepth: StochasticDepth,
    CustomScaleLayer: CustomScaleLayer,
};
function ruleFor(className) {
    return Object.prototype.hasOwnProperty.call(RULES, className) ? RULES[className] : undefined;
}
/** Keras 3 operations (module keras.src.ops.*) by class: a namespace apart from layers (ops.Add is not layers.Add). */
function opRuleFor(className) {
    return Object.prototype.hasOwnProperty.call(OP_RULES, className) ? OP_RULES[className] : undefined;
}
// Wrappers look their inner layer up through ruleFor (late-bound: no import cycle).
RULES.TimeDistributed = makeTimeDistributed(ruleFor);
RULES.Bidirectional = makeBidirectional(ruleFor);

;// CONCATENATED MODULE: ./src/keras/tf-ops.ts
const tf_ops_binary = (op) => ({ op, args: ['y'] });
const tf_ops_unary = (op) => ({ op });
const tf_ops_reduction = (op) => ({ op, config: (kw) => ({ axis: kw.axis ?? null, keepdims: kw.keepdims === true }) });
const TF_FUNCTIONS = {
    '__operators__.add': tf_ops_binary('Add'),
    'math.add': tf_ops_binary('Add'),
    'math.subtract': tf_ops_binary('Subtract'),
    'math.multiply': tf_ops_binary('Multiply'),
    'math.truediv': tf_ops_binary('TrueDivide'),
    'math.divide': tf_ops_binary('TrueDivide'),
    'math.maximum': tf_ops_binary('Maximum'),
    'math.minimum': tf_ops_binary('Minimum'),
    'math.pow': tf_ops_binary('Power'),
    'math.greater': tf_ops_binary('Greater'),
    'math.greater_equal': tf_ops_binary('GreaterEqual'),
    'math.less': tf_ops_binary('Less'),
    'math.less_equal': tf_ops_binary('LessEqual'),
    'math.equal': tf_ops_binary('Equal'),
    'math.not_equal': tf_ops_binary('NotEqual'),
    'math.negative': tf_ops_unary('Negative'),
    'math.square': tf_ops_unary('Square'),
    'math.sqrt': tf_ops_unary('Sqrt'),
    'math.rsqrt': tf_ops_unary('Rsqrt'),
    'math.exp': tf_ops_unary('Exp'),
    'math.log': tf_ops_unary('Log'),
    'math.abs': tf_ops_unary('Absolute'),
    'math.tanh': tf_ops_unary('Tanh'),
    'nn.tanh': tf_ops_unary('Tanh'),
    'math.sigmoid': tf_ops_unary('Sigmoid'),
    'nn.sigmoid': tf_ops_unary('Sigmoid'),
    'nn.relu': tf_ops_unary('Relu'),
    'nn.relu6': tf_ops_unary('Relu6'),
    'nn.silu': tf_ops_unary('Silu'),
    'nn.swish': tf_ops_unary('Silu'),
    // tf.nn.gelu is the erf form unless asked (keras.ops.gelu defaults to the tanh one).
    'nn.gelu': { op: 'Gelu', config: (kw) => ({ approximate: kw.approximate === true }) },
    'nn.elu': tf_ops_unary('Elu'),
    'nn.selu': tf_ops_unary('Selu'),
    'nn.leaky_relu': tf_ops_unary('LeakyRelu'),
    'math.softplus': tf_ops_unary('Softplus'),
    'nn.softplus': tf_ops_unary('Softplus'),
    'nn.softmax': { op: 'Softmax', config: (kw) => ({ axis: kw.axis ?? -1 }) },
    'math.softmax': { op: 'Softmax', config: (kw) => ({ axis: kw.axis ?? -1 }) },
    'math.reduce_mean': tf_ops_reduction('Mean'),
    'math.reduce_sum': tf_ops_reduction('Sum'),
    'math.reduce_max': tf_ops_reduction('Max'),
    'math.reduce_min': tf_ops_reduction('Min'),
    'math.reduce_prod': tf_ops_reduction('Prod'),
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
    cast: tf_ops_unary('Cast'),
    identity: tf_ops_unary('Cast'),
    stop_gradient: tf_ops_unary('StopGradient'),
    'linalg.matmul': { op: 'Matmul', args: ['b'] },
    matmul: { op: 'Matmul', args: ['b'] },
    '__operators__.getitem': { op: 'GetItem', args: ['slice_spec'] },
};
/** TF ops whose keywords change the arithmetic in ways the Keras 3 rule does not model. */
const UNSUPPORTED_KEYWORDS = {
    Matmul: ['transpose_a', 'transpose_b', 'adjoint_a', 'adjoint_b'],
};
/** Keras 2 writes a slice as {start, stop, step}; the Keras 3 GetItem rule reads `__slice__` objects. */
function slices(v) {
    if (Array.isArray(v))
        return v.map(slices);
    if (v && typeof v === 'object' && !('class_name' in v) && 'start' in v && 'stop' in v)
        return { class_name: '__slice__', config: v };
    return v;
}
/**
 * The Keras 3 operation a TFOpLambda/SlicingOpLambda call is, with its positional arguments
 * (first the node's tensor or tensor list, then the keywords named in the table) and config;
 * undefined for a function outside the table or keywords it cannot honour.
 */
function tfOpCall(fn, first, kwargs) {
    if (typeof fn !== 'string')
        return undefined;
    const f = Object.prototype.hasOwnProperty.call(TF_FUNCTIONS, fn) ? TF_FUNCTIONS[fn] : undefined;
    if (!f)
        return undefined;
    if ((UNSUPPORTED_KEYWORDS[f.op] ?? []).some((k) => kwargs[k] === true))
        return undefined;
    const rest = (f.args ?? []).map((k) => (f.op === 'GetItem' ? slices(kwargs[k]) : kwargs[k]));
    if (rest.some((v) => v === undefined))
        return undefined;
    return { op: f.op, args: [first, ...rest], config: f.config?.(kwargs) ?? {} };
}
/** Whether the function's first argument is a list of tensors. */
const tfListFirst = (fn) => typeof fn === 'string' && TF_FUNCTIONS[fn]?.list === true;

;// CONCATENATED MODULE: ./src/keras/normalize.ts



/** Models nest models; real files go a few levels deep. Deeper is refused, not recursed. */
const MAX_MODEL_DEPTH = 64;
const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function isModelClass(className) {
    return MODEL_CLASSES.has(className);
}
/** Keras 3 writes `keras.ops` calls on symbolic tensors as nodes of module keras.src.ops.*. */
const OP_MODULE = /^keras(\.src)?\.ops(\.|$)/;
const isShape = (v) => Array.isArray(v) && v.every((d) => d === null || (typeof d === 'number' && Number.isSafeInteger(d) && d >= 0));
/**
 * A Keras model config (`{class_name, config}`) of any Keras generation, or a tfjs
 * modelTopology, into a ModelSpec. `label` names the file in errors.
 */
function normalizeModel(raw, label, depth = 0, seen = new Map()) {
    if (depth > MAX_MODEL_DEPTH)
        throw new errors/* FlopgateError */.N9(`${label}: models nest deeper than ${MAX_MODEL_DEPTH} levels`);
    if (!isObj(raw) || typeof raw.class_name !== 'string') {
        throw new errors/* FlopgateError */.N9(`${label}: model config has no class_name`);
    }
    const cls = raw.class_name;
    const cfg = raw.config;
    if (cls === 'Sequential')
        return sequential(cfg, label, depth, seen);
    if (cls === 'Functional' || cls === 'Model')
        return functional(cfg, label, depth, seen);
    throw new errors/* FlopgateError */.N9(`${label}: top-level class "${cls}" is not a Sequential or Functional model`);
}
function layerOf(raw, label, depth, where, seen) {
    if (!isObj(raw) || typeof raw.class_name !== 'string') {
        throw new errors/* FlopgateError */.N9(`${label}: ${where} has no class_name`);
    }
    const config = isObj(raw.config) ? raw.config : Array.isArray(raw.config) ? { layers: raw.config } : {};
    const name = typeof raw.name === 'string' ? raw.name : typeof config.name === 'string' ? config.name : '';
    if (!name)
        throw new errors/* FlopgateError */.N9(`${label}: ${where} (${raw.class_name}) has no name`);
    const spec = { className: raw.class_name, name, config, calls: [] };
    if (typeof raw.module === 'string') {
        spec.module = raw.module;
        if (OP_MODULE.test(raw.module))
            spec.op = true;
    }
    const built = isObj(raw.build_config) ? raw.build_config.input_shape : undefined;
    if (isShape(built))
        spec.buildInputShape = built;
    const sid = raw.shared_object_id;
    const keys = [];
    if (typeof sid === 'number' || typeof sid === 'string')
        keys.push(`id\u0000${sid}`);
    else if (raw.module === undefined && isModelClass(raw.class_name)) {
        keys.push(`${raw.class_name}\u0000${name}\u0000${JSON.stringify(raw.config ?? null)}`);
    }
    const before = keys.map((k) => seen.get(k)).find((b) => b !== undefined);
    if (before) {
        spec.weights = before.weights;
        if (before.model)
            spec.model = before.model;
        return spec;
    }
    spec.weights = spec;
    if (isModelClass(raw.class_name))
        spec.model = normalizeModel({ class_name: raw.class_name, config: raw.config }, label, depth + 1, seen);
    // A TimeDistributed over a model (a per-frame CNN): the inner model, normalised once here.
    const inner = raw.class_name === 'TimeDistributed' && isObj(config.layer) ? config.layer : undefined;
    if (inner && typeof inner.class_name === 'string' && isModelClass(inner.class_name)) {
        spec.wrapped = normalizeModel({ class_name: inner.class_name, config: inner.config }, label, depth + 1, seen);
    }
    for (const k of keys)
        seen.set(k, { weights: spec, ...(spec.model ? { model: spec.model } : {}) });
    return spec;
}
function sequential(cfg, label, depth, seen) {
    // Keras 1 and early Keras 2 wrote a Sequential config as the bare list of layers.
    const c = Array.isArray(cfg) ? { layers: cfg } : isObj(cfg) ? cfg : {};
    if (!Array.isArray(c.layers))
        throw new errors/* FlopgateError */.N9(`${label}: Sequential config has no layers list`);
    const layers = c.layers.map((l, i) => layerOf(l, label, depth, `layer ${i}`, seen));
    const spec = { kind: 'sequential', name: String(c.name ?? 'sequential'), layers, inputs: [], outputs: [] };
    const shape = c.build_input_shape ?? (isObj(c.build_config) ? c.build_config.input_shape : undefined);
    if (Array.isArray(shape) && shape.every((d) => d === null || typeof d === 'number'))
        spec.batchInputShape = shape;
    return spec;
}
/** Keras 2: ["name", node, tensor, {kwargs}]; Keras 3: {class_name: "__keras_tensor__", config: {keras_history}}. */
function tensorRef(v) {
    if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number' && typeof v[2] === 'number') {
        return { layer: v[0], node: v[1], tensor: v[2] };
    }
    if (isObj(v) && v.class_name === '__keras_tensor__' && isObj(v.config)) {
        const h = v.config.keras_history;
        if (Array.isArray(h))
            return tensorRef(h);
    }
    return undefined;
}
/**
 * Every tensor in `v` (lists flattened), in order, to `out`. The walker binds an operation's
 * arguments in this same order, so the two must not diverge.
 */
function visitTensors(v, out, depth = 0) {
    if (depth > 8)
        return;
    const t = tensorRef(v);
    if (t)
        out(t, v);
    else if (Array.isArray(v))
        v.forEach((x) => visitTensors(x, out, depth + 1));
}
/**
 * Tensors in call order: positional args (lists flattened), then query/value/key keywords.
 * An operation takes every tensor of its keywords too.
 */
function keras3Inputs(node, op) {
    const out = [];
    const push = (t) => out.push(t);
    visitTensors(node.args, push);
    const kwargs = isObj(node.kwargs) ? node.kwargs : {};
    for (const k of op ? Object.keys(kwargs) : ['inputs', 'query', 'value', 'key'])
        if (k in kwargs)
            visitTensors(kwargs[k], push);
    return out;
}
/** Keras 2 layers that stand for a TensorFlow function call (see tf-ops.ts). */
const TF_OP_CLASSES = new Set(['TFOpLambda', 'SlicingOpLambda']);
/**
 * A Keras 2 TFOpLambda call as the Keras 3 operation it is (its rule, arguments and config),
 * when the function is one flopgate knows; otherwise the layer stays unknown, named as a TF function.
 */
function tfOpLayer(spec, entries, kwargs) {
    const fn = spec.config.function;
    const first = tfListFirst(fn) || entries.length !== 1 ? entries : entries[0];
    const r = tfOpCall(fn, first, kwargs);
    if (!r)
        return undefined;
    const inputs = [];
    visitTensors(r.args, (t) => inputs.push(t));
    spec.op = true;
    spec.opClass = r.op;
    spec.config = { ...spec.config, ...r.config };
    return { inputs, kwargs, args: r.args };
}
function calls(raw, label, spec) {
    const { name } = spec;
    const op = spec.op === true;
    const nodes = raw.inbound_nodes;
    if (nodes === undefined || nodes === null)
        return [];
    if (!Array.isArray(nodes))
        throw new errors/* FlopgateError */.N9(`${label}: layer "${name}" has malformed inbound_nodes`);
    return nodes.map((node) => {
        if (Array.isArray(node)) {
            // A TFOpLambda keeps the structure of its first argument: one tensor is the node itself.
            const entries = typeof node[0] === 'string' ? [node] : node;
            const inputs = entries.map((t) => tensorRef(t));
            if (inputs.some((t) => !t))
                throw new errors/* FlopgateError */.N9(`${label}: layer "${name}" has a malformed inbound node`);
            const kw = entries.find((t) => Array.isArray(t) && isObj(t[3]))?.[3];
            const kwargs = isObj(kw) ? kw : {};
            const tf = TF_OP_CLASSES.has(spec.className) ? tfOpLayer(spec, entries, kwargs) : undefined;
            if (tf)
                return tf;
            // Keras 2 passes MultiHeadAttention's `value`/`key` as tensors in the first input's kwargs.
            const extra = ['value', 'key'].map((k) => tensorRef(kwargs[k])).filter((t) => !!t);
            return { inputs: [...inputs, ...extra], kwargs };
        }
        if (isObj(node)) {
            const kwargs = isObj(node.kwargs) ? node.kwargs : {};
            const args = Array.isArray(node.args) ? node.args : [];
            return { inputs: keras3Inputs(node, op), kwargs, ...(op ? { args } : {}) };
        }
        throw new errors/* FlopgateError */.N9(`${label}: layer "${name}" has a malformed inbound node`);
    });
}
/**
 * Model inputs/outputs: Keras 3 writes a single one as ["name", 0, 0], older Keras a list of
 * those, and Keras 3 models built on a dict ({"a": input_a, ...}) a dict of them, which
 * Keras flattens in sorted key order (as it orders the inputs the model is called with).
 */
function refList(v, label, what, depth = 0) {
    const one = tensorRef(v);
    if (one)
        return [one];
    if (depth < 8 && Array.isArray(v))
        return v.flatMap((x) => refList(x, label, what, depth + 1));
    if (depth < 8 && isObj(v)) {
        return Object.keys(v)
            .sort()
            .flatMap((k) => refList(v[k], label, what, depth + 1));
    }
    throw new errors/* FlopgateError */.N9(depth === 0 ? `${label}: model config has no ${what}` : `${label}: malformed ${what}`);
}
/**
 * Keras 3 writes, with every input tensor of a call, the shape it had: the output shape of the
 * producing call. Kept on the producer, it tells the shape of a layer no rule knows.
 */
function recordShapes(raws, layers) {
    const byName = new Map(layers.map((l) => [l.name, l]));
    for (const raw of raws) {
        const nodes = isObj(raw) && Array.isArray(raw.inbound_nodes) ? raw.inbound_nodes : [];
        for (const node of nodes) {
            if (!isObj(node))
                continue;
            visitTensors([node.args, ...(isObj(node.kwargs) ? Object.values(node.kwargs) : [])], (t, v) => {
                const shape = isObj(v.config) ? v.config.shape : undefined;
                const call = byName.get(t.layer)?.calls[t.node];
                if (!call || !isShape(shape) || t.tensor > 64)
                    return;
                (call.recorded ??= [])[t.tensor] = shape;
            });
        }
    }
}
/** Layer classes whose Keras 3 operation namesake has other call arguments (ops.add(x, 3.0) vs Add()([a, b])). */
const MERGE_NAMESAKES = new Set(['Add', 'Subtract', 'Multiply', 'Maximum', 'Minimum']);
/**
 * Whether a layer entry without a `module` (Keras 3's legacy `.h5` format drops it) is a
 * Keras 3 operation: a class only operations have (NotEqual, GetItem...), a merge called
 * with positional arguments instead of one list, a Reshape configured with `newshape`.
 * Namesakes that compute the same thing either way (Softmax, Concatenate) stay layers.
 */
function legacyOp(spec, raw) {
    const nodes = Array.isArray(raw.inbound_nodes) ? raw.inbound_nodes : [];
    if (spec.module !== undefined || nodes.length === 0 || !nodes.every(isObj))
        return false;
    if (!ruleFor(spec.className))
        return opRuleFor(spec.className) !== undefined;
    if (MERGE_NAMESAKES.has(spec.className)) {
        return nodes.some((n) => !(Array.isArray(n.args) && n.args.length === 1 && Array.isArray(n.args[0])));
    }
    return spec.className === 'Reshape' && 'newshape' in spec.config && !('target_shape' in spec.config);
}
function functional(cfg, label, depth, seen) {
    if (!isObj(cfg) || !Array.isArray(cfg.layers))
        throw new errors/* FlopgateError */.N9(`${label}: Functional config has no layers list`);
    const layers = cfg.layers.map((l, i) => {
        const spec = layerOf(l, label, depth, `layer ${i}`, seen);
        if (legacyOp(spec, l))
            spec.op = true;
        spec.calls = calls(l, label, spec);
        return spec;
    });
    recordShapes(cfg.layers, layers);
    return {
        kind: 'functional',
        name: String(cfg.name ?? 'model'),
        layers,
        inputs: refList(cfg.input_layers, label, 'input_layers'),
        outputs: refList(cfg.output_layers, label, 'output_layers'),
    };
}

;// CONCATENATED MODULE: ./src/keras/graph.ts




/** Layers whose computation is serialized code: model files are data, and code in them stays unrun. */
const CODE_LAYERS = new Set(['Lambda']);
/** Keras 2 layers naming a TensorFlow function (tf-ops.ts maps the ones with a rule). */
const graph_TF_OP_CLASSES = new Set(['TFOpLambda', 'SlicingOpLambda']);
const graph_one = (shapes) => (shapes.length === 1 ? shapes[0] : shapes);
/** The shape a model input declares, batch first, `null` where the file leaves it open. */
function declaredInputShape(layer) {
    const c = layer.config;
    for (const key of ['batch_shape', 'batch_input_shape']) {
        const v = c[key];
        if (Array.isArray(v))
            return v;
    }
    if (Array.isArray(c.input_shape))
        return [null, ...c.input_shape];
    if (typeof c.input_dim === 'number')
        return [null, c.input_dim];
    return undefined;
}
/** Input shapes a model declares, one per input; the walker binds them later. */
function declaredInputs(model, label) {
    if (model.kind === 'sequential') {
        const first = model.layers[0];
        if (!first)
            throw new errors/* FlopgateError */.N9(`${label}: Sequential model has no layers`);
        const s = (first.className === 'InputLayer' ? declaredInputShape(first) : undefined) ??
            declaredInputShape(first) ??
            model.batchInputShape ??
            (first.model ? declaredInputs(first.model, label)[0] : undefined);
        if (!s)
            throw new errors/* FlopgateError */.N9(`${label}: the model does not record its input shape; give --input-shape`);
        return [s];
    }
    return model.inputs.map((ref) => {
        const layer = model.layers.find((l) => l.name === ref.layer);
        if (!layer)
            throw new errors/* FlopgateError */.N9(`${label}: model input "${ref.layer}" is not among its layers`);
        const s = declaredInputShape(layer) ?? (layer.model ? declaredInputs(layer.model, label)[0] : undefined);
        if (!s)
            throw new errors/* FlopgateError */.N9(`${label}: input "${ref.layer}" does not record its shape; give --input-shape`);
        return s;
    });
}
/** A Keras 3 operation's positional arguments with each tensor bound to its shape, in input order. */
function bindArgs(args, inputs) {
    let next = 0;
    // The same traversal as visitTensors from the args list (depth 0), so tensors pair with inputs.
    const bind = (v, depth) => {
        if (depth > 8)
            return v;
        if (tensorRef(v))
            return new TensorArg(inputs[next++] ?? []);
        return Array.isArray(v) ? v.map((x) => bind(x, depth + 1)) : v;
    };
    return args.map((a) => bind(a, 1));
}
/**
 * The output shapes of a layer without a rule, as the file recorded them (Keras 3 functional
 * models: the consumers' input tensors; Sequential: the next layer's build input shape), with
 * the batch dimension bound; undefined when they are not recorded or leave a dimension open.
 */
function recordedOutputs(recorded, batch) {
    if (!recorded?.length)
        return undefined;
    const out = [];
    for (const s of recorded) {
        if (!s || s.length === 0 || s.slice(1).some((d) => d === null))
            return undefined;
        out.push([batch, ...s.slice(1)]);
    }
    return out;
}
function applyLayer(layer, inputs, call, prefix, ctx, depth, frozen) {
    const name = prefix + layer.name;
    const kwargs = call.kwargs ?? {};
    const isFrozen = frozen || layer.config.trainable === false;
    if (layer.model)
        return walkModel(layer.model, inputs, `${name}/`, ctx, depth + 1, isFrozen);
    const wrapped = layer.wrapped;
    if (wrapped) {
        // The wrapped model runs on batch x time frames: its layers are listed under this one.
        const x = inputs[0];
        if (inputs.length !== 1 || x.length < 3) {
            throw new errors/* FlopgateError */.N9(`${ctx.label}: layer "${name}" (TimeDistributed) expects one input of rank 3 or more [batch, timesteps, ...]`);
        }
        const innerFrozen = layer.config.layer.config?.trainable === false;
        const outs = walkModel(wrapped, [[x[0] * x[1], ...x.slice(2)]], `${name}/`, ctx, depth + 1, isFrozen || innerFrozen);
        return outs.map((s) => [x[0], x[1], ...s.slice(1)]);
    }
    const rule = layer.op ? opRuleFor(layer.opClass ?? layer.className) : ruleFor(layer.className);
    const owner = layer.weights ?? layer;
    const first = !ctx.counted.has(owner);
    ctx.counted.add(owner);
    const base = { name, type: layer.className, input_shape: graph_one(inputs) };
    if (!rule) {
        if (ctx.unknown === 'error') {
            const why = CODE_LAYERS.has(layer.className)
                ? 'it wraps Python code, which flopgate never runs, so its cost cannot be read from the file'
                : 'no cost rule exists for it';
            const what = layer.op
                ? `is the Keras operation ${layer.className} (${layer.module})`
                : graph_TF_OP_CLASSES.has(layer.className)
                    ? `is the TensorFlow function tf.${String(layer.config.function)} (${layer.className})`
                    : `has unknown type ${layer.className}`;
            throw new errors/* FlopgateError */.N9(`${ctx.label}: layer "${name}" ${what}; ${why} (use --unknown warn to count it as 0 and mark the total as a lower bound)`);
        }
        const batch = inputs[0]?.[0] ?? 1;
        const recorded = recordedOutputs(call.recorded, batch);
        // Without a rule the output shape is what the file recorded, else assumed to be the input's.
        const outputs = recorded ?? (inputs.length ? [inputs[0]] : []);
        const note = recorded
            ? 'unknown layer type: counted as 0, output shape as recorded in the file'
            : 'unknown layer type: counted as 0, output shape assumed equal to input';
        ctx.rows.push({ ...base, output_shape: graph_one(outputs), ops: {}, params: 0n, trainable_params: 0n, unknown: true, note });
        return outputs;
    }
    let r;
    try {
        const args = layer.op ? { args: bindArgs(call.args ?? [], inputs) } : {};
        r = applyRule(rule, { name, className: layer.className, config: layer.config, inputs, kwargs, ...args });
    }
    catch (e) {
        if (e instanceof errors/* FlopgateError */.N9)
            throw new errors/* FlopgateError */.N9(`${ctx.label}: ${e.message}`);
        throw e;
    }
    for (const s of r.outputs) {
        if (!s.every((d) => Number.isSafeInteger(d) && d >= 0)) {
            throw new errors/* FlopgateError */.N9(`${ctx.label}: layer "${name}" (${layer.className}) produces an invalid shape [${s.join(', ')}]`);
        }
    }
    const params = first ? r.params : 0n;
    const trainable = isFrozen ? 0n : first ? (r.trainableParams ?? r.params) : 0n;
    ctx.rows.push({ ...base, output_shape: graph_one(r.outputs), ops: r.ops, params, trainable_params: trainable, ...(r.note ? { note: r.note } : {}) });
    return r.outputs;
}
function walkSequential(model, inputs, prefix, ctx, depth, frozen) {
    let cur = inputs;
    model.layers.forEach((layer, i) => {
        if (layer.className === 'InputLayer')
            return;
        // Keras 3 records what each layer was built for: the next one's input is this one's output.
        const next = model.layers[i + 1]?.buildInputShape;
        cur = applyLayer(layer, cur, next ? { recorded: [next] } : {}, prefix, ctx, depth, frozen);
    });
    return cur;
}
/** Evaluates calls in dependency order (Kahn); whatever cannot be evaluated is a cycle or a dangling reference. */
function walkFunctional(model, inputs, prefix, ctx, depth, frozen) {
    const byName = new Map(model.layers.map((l) => [l.name, l]));
    const key = (layer, node) => `${layer}\u0000${node}`;
    const produced = new Map();
    if (inputs.length !== model.inputs.length) {
        throw new errors/* FlopgateError */.N9(`${ctx.label}: model "${prefix + model.name}" takes ${model.inputs.length} inputs, got ${inputs.length}`);
    }
    model.inputs.forEach((ref, i) => produced.set(key(ref.layer, ref.node), [inputs[i]]));
    const tensor = (ref) => produced.get(key(ref.layer, ref.node))?.[ref.tensor];
    const pending = [];
    for (const layer of model.layers) {
        if (layer.className === 'InputLayer') {
            if (!produced.has(key(layer.name, 0))) {
                const s = declaredInputShape(layer);
                if (layer.calls.length === 0) {
                    // An InputLayer that is not a model input (rare, but legal in Keras 2) still feeds layers.
                    if (!s || s.some((d, i) => i > 0 && d === null))
                        continue;
                    produced.set(key(layer.name, 0), [s.map((d, i) => (i === 0 ? inputs[0]?.[0] ?? 1 : d))]);
                }
            }
            if (layer.calls.length === 0) {
                ctx.rows.push({ name: prefix + layer.name, type: 'InputLayer', input_shape: [], output_shape: graph_one(produced.get(key(layer.name, 0)) ?? []), ops: {}, params: 0n, trainable_params: 0n });
                continue;
            }
        }
        layer.calls.forEach((_, call) => pending.push({ layer, call }));
    }
    for (const ref of model.inputs) {
        if (!byName.has(ref.layer))
            throw new errors/* FlopgateError */.N9(`${ctx.label}: model input "${ref.layer}" is not among its layers`);
    }
    let progress = true;
    while (pending.length && progress) {
        progress = false;
        for (let i = 0; i < pending.length; i++) {
            const { layer, call } = pending[i];
            const spec = layer.calls[call];
            const ins = spec.inputs.map(tensor);
            if (ins.some((s) => !s))
                continue;
            for (const ref of spec.inputs) {
                if (!byName.has(ref.layer))
                    throw new errors/* FlopgateError */.N9(`${ctx.label}: layer "${prefix + layer.name}" takes input from unknown layer "${ref.layer}"`);
            }
            const outs = applyLayer(layer, ins, spec, prefix, ctx, depth, frozen);
            produced.set(key(layer.name, call), outs);
            pending.splice(i, 1);
            i--;
            progress = true;
        }
    }
    if (pending.length) {
        const dangling = pending.flatMap((p) => p.layer.calls[p.call].inputs).find((r) => !byName.has(r.layer));
        if (dangling)
            throw new errors/* FlopgateError */.N9(`${ctx.label}: a layer takes input from unknown layer "${dangling.layer}"`);
        const names = [...new Set(pending.map((p) => p.layer.name))].slice(0, 5).join(', ');
        throw new errors/* FlopgateError */.N9(`${ctx.label}: layers ${names} depend on each other in a cycle (or on a tensor no layer produces)`);
    }
    return model.outputs.map((ref) => {
        const t = tensor(ref);
        if (!t)
            throw new errors/* FlopgateError */.N9(`${ctx.label}: model output "${ref.layer}" is never computed`);
        return t;
    });
}
function walkModel(model, inputs, prefix, ctx, depth = 0, frozen = false) {
    if (depth > MAX_MODEL_DEPTH)
        throw new errors/* FlopgateError */.N9(`${ctx.label}: models nest deeper than ${MAX_MODEL_DEPTH} levels`);
    return model.kind === 'sequential'
        ? walkSequential(model, inputs, prefix, ctx, depth, frozen)
        : walkFunctional(model, inputs, prefix, ctx, depth, frozen);
}

;// CONCATENATED MODULE: ./src/keras/inline.ts


/** `conv2d` → `Conv2D`: inline specs name layers in snake case, Keras classes in Pascal case. */
function classFor(key) {
    const squash = (s) => s.toLowerCase().replace(/_/g, '');
    const want = squash(key);
    if (want === 'input' || want === 'inputlayer')
        return 'InputLayer';
    return Object.keys(RULES).find((c) => squash(c) === want);
}
/**
 * The budget file's inline `layers:` list (a Sequential model written in YAML or JSON):
 * each item is a one-key map from a layer type to its Keras config.
 */
function inlineSpec(layers, label) {
    if (!Array.isArray(layers) || layers.length === 0) {
        throw new errors/* FlopgateError */.N9(`${label}: layers must be a non-empty list of {type: config} items`);
    }
    const counts = new Map();
    const specs = layers.map((item, i) => {
        const where = `${label}: layers[${i}]`;
        if (typeof item === 'string')
            item = { [item]: {} };
        if (typeof item !== 'object' || item === null || Array.isArray(item) || Object.keys(item).length !== 1) {
            throw new errors/* FlopgateError */.N9(`${where}: expected one {type: config} item, e.g. {dense: {units: 10}}`);
        }
        const [key, cfg] = Object.entries(item)[0];
        const className = classFor(key);
        if (!className)
            throw new errors/* FlopgateError */.N9(`${where}: unknown layer type "${key}"`);
        if (cfg !== null && cfg !== undefined && (typeof cfg !== 'object' || Array.isArray(cfg))) {
            throw new errors/* FlopgateError */.N9(`${where}: the config of "${key}" must be a map`);
        }
        const config = { ...(cfg ?? {}) };
        const base = key.toLowerCase();
        const n = counts.get(base) ?? 0;
        counts.set(base, n + 1);
        const name = typeof config.name === 'string' ? config.name : n === 0 ? base : `${base}_${n}`;
        return { className, name, config, calls: [] };
    });
    return { kind: 'sequential', name: 'inline', layers: specs, inputs: [], outputs: [] };
}

;// CONCATENATED MODULE: ./src/options.ts
const DEFAULTS = { batchSize: 1, convention: 'notebook', unknown: 'error' };

// EXTERNAL MODULE: ./src/core/conventions.ts
var conventions = __webpack_require__(1711);
;// CONCATENATED MODULE: ./src/report/build.ts

/** Totals are sums of the rows, so the table and the total can never disagree. */
function buildModelReport(meta, rows) {
    const layers = rows.map((r, index) => ({
        index,
        name: r.name,
        type: r.type,
        input_shape: r.input_shape,
        output_shape: r.output_shape,
        // Every multiply-accumulate, whether TF's profiler counts it or not: the macs convention's weights.
        macs: (0,conventions/* flopsOf */.kV)(r.ops, 'macs'),
        flops: (0,conventions/* flopsOf */.kV)(r.ops, meta.convention),
        params: r.params,
        trainable_params: r.trainable_params,
        ops: r.ops,
        ...(r.unknown ? { unknown: true } : {}),
        ...(r.note ? { note: r.note } : {}),
    }));
    const sum = (f) => layers.reduce((a, l) => a + f(l), 0n);
    const flops = sum((l) => l.flops);
    const params = sum((l) => l.params);
    const trainable = sum((l) => l.trainable_params);
    const unknown = layers.filter((l) => l.unknown).map((l) => ({ layer: l.name, type: l.type }));
    return {
        ...meta,
        flops,
        lower_bound: unknown.length > 0,
        macs: sum((l) => l.macs),
        params,
        trainable_params: trainable,
        non_trainable_params: params - trainable,
        training_flops_estimate: 3n * flops,
        unknown,
        layers,
    };
}

// EXTERNAL MODULE: ./src/onnx/dtypes.ts
var dtypes = __webpack_require__(638);
;// CONCATENATED MODULE: ./src/onnx/graph.ts

function nodeLabel(n) {
    return `node "${n.name || `${n.opType}_${n.index}`}" (${n.opType})`;
}
/**
 * Nodes in an order where every input is produced before it is used. ONNX requires files to
 * be sorted already, but a file is untrusted: a cycle or a value produced twice is a fault,
 * and a name nobody produces is one too (outer-scope names only exist inside subgraphs).
 */
function topoOrder(file, g) {
    const fault = (msg) => new errors/* FlopgateError */.N9(`${file}: bad ONNX graph: ${msg}`);
    const producer = new Map();
    const inputs = new Set(g.inputs.map((v) => v.name));
    for (const n of g.nodes) {
        for (const o of n.outputs) {
            if (!o)
                continue;
            if (producer.has(o))
                throw fault(`value "${o}" is produced by two nodes`);
            if (inputs.has(o) && !g.initializers.has(o))
                throw fault(`${nodeLabel(n)} overwrites graph input "${o}"`);
            producer.set(o, n.index);
        }
    }
    // One pass checks every read and whether the file's order already works (the common case).
    let sorted = true;
    for (const n of g.nodes) {
        for (const i of n.inputs) {
            if (!i)
                continue;
            const p = producer.get(i);
            if (p === undefined) {
                if (!g.initializers.has(i) && !inputs.has(i))
                    throw fault(`${nodeLabel(n)} reads "${i}", which no node, input or initializer provides`);
            }
            else if (p >= n.index)
                sorted = false;
        }
    }
    if (sorted)
        return g.nodes;
    // Kahn's algorithm; a node reading one value twice waits for it twice and is freed twice.
    const waiting = new Array(g.nodes.length).fill(0);
    const users = new Map();
    for (const n of g.nodes) {
        for (const i of n.inputs) {
            const p = i ? producer.get(i) : undefined;
            if (p === undefined)
                continue;
            waiting[n.index]++;
            const list = users.get(p);
            if (list)
                list.push(n.index);
            else
                users.set(p, [n.index]);
        }
    }
    const order = [];
    const queue = g.nodes.filter((n) => waiting[n.index] === 0).map((n) => n.index);
    for (let q = 0; q < queue.length; q++) {
        const k = queue[q];
        order.push(g.nodes[k]);
        for (const u of users.get(k) ?? [])
            if (--waiting[u] === 0)
                queue.push(u);
    }
    if (order.length !== g.nodes.length) {
        // Walk back through unfinished producers until a node repeats: that node is on the cycle.
        let k = g.nodes.findIndex((n) => waiting[n.index] > 0);
        const seen = new Set();
        while (!seen.has(k)) {
            seen.add(k);
            const back = g.nodes[k].inputs.map((i) => producer.get(i)).find((p) => p !== undefined && waiting[p] > 0);
            if (back === undefined)
                break;
            k = back;
        }
        throw fault(`nodes form a cycle through ${nodeLabel(g.nodes[k])}`);
    }
    return order;
}

;// CONCATENATED MODULE: ./src/onnx/inputs.ts



function dimName(d) {
    return d === null ? 'unnamed' : `"${d}"`;
}
/**
 * Bind every dimension of the graph inputs. The first dimension is the batch: a symbolic one
 * takes `batchSize`; a fixed one stays, and asking for another batch size is refused, because
 * a graph exported for a fixed batch bakes it into Reshape targets and the like, so scaling
 * its figures would not be exact. Other symbolic dimensions come from `inputShapes` (shapes
 * without the batch dimension, one per input), which may also restate fixed ones.
 */
function bindInputs(file, inputs, inputShapes, batchSize) {
    const fail = (msg) => {
        throw new errors/* FlopgateError */.N9(`${file}: ${msg}`);
    };
    if (inputShapes && inputShapes.length !== inputs.length) {
        fail(`--input-shape gives ${inputShapes.length} shape(s), the model has ${inputs.length} input(s) (${inputs.map((v) => v.name).join(', ')})`);
    }
    if (batchSize !== undefined && (!Number.isSafeInteger(batchSize) || batchSize < 1))
        fail(`batch size ${batchSize} must be a positive integer`);
    let fixedBatch;
    // With a symbolic batch on some input, fixed leading dims elsewhere (a shape tensor, a
    // constant mask) are not batches; without one, the file has fixed the batch.
    const symbolicBatch = inputs.some((v) => v.kind === 'tensor' && v.dims && v.dims.length > 0 && typeof v.dims[0] !== 'number');
    const symbols = new Map();
    const bind = (d, v) => {
        if (d !== null && !symbols.has(d))
            symbols.set(d, v);
        return v;
    };
    const shapes = inputs.map((v, k) => {
        // Sequences, maps and optionals have no shape; ops that would read them are refused later.
        if (v.kind !== 'tensor')
            return [];
        const given = inputShapes?.[k];
        const dims = v.dims ?? (given ? [null, ...given] : fail(`input "${v.name}" has no shape in the file; give it with --input-shape`));
        if (given && given.length !== Math.max(dims.length - 1, 0)) {
            fail(`input "${v.name}" has rank ${dims.length} (batch + ${dims.length - 1}); --input-shape gives ${given.length} dimension(s) ${(0,tensor/* fmt */.Sc)(given)}`);
        }
        const shape = dims.map((d, i) => {
            if (i === 0) {
                if (typeof d === 'number') {
                    if (!symbolicBatch && batchSize !== undefined && batchSize !== 1 && batchSize !== d) {
                        fail(`input "${v.name}" fixes batch size ${d} in the file, so batch size ${batchSize} cannot be measured exactly; export the model with a dynamic batch dimension`);
                    }
                    fixedBatch ??= d;
                    return d;
                }
                return bind(d, batchSize ?? 1);
            }
            const g = given?.[i - 1];
            if (typeof d === 'number') {
                if (g !== undefined && g !== d)
                    fail(`input "${v.name}": --input-shape gives ${g} for dimension ${i}, the file fixes ${d}`);
                return d;
            }
            if (g === undefined)
                return fail(`input "${v.name}": dimension ${i} (${dimName(d)}) is symbolic; give it with --input-shape`);
            return bind(d, g);
        });
        try {
            return (0,tensor/* checkShape */.eA)(shape, 'input');
        }
        catch (e) {
            if (e instanceof core_errors/* OpError */.mC)
                fail(`input "${v.name}": ${e.message}`);
            throw e;
        }
    });
    return { shapes, batch: symbolicBatch ? batchSize ?? 1 : fixedBatch ?? batchSize ?? 1, symbols };
}

// EXTERNAL MODULE: ./src/onnx/decode.ts
var decode = __webpack_require__(2185);
// EXTERNAL MODULE: ./src/onnx/ir.ts
var ir = __webpack_require__(4444);
;// CONCATENATED MODULE: ./src/onnx/ops/types.ts




/** A core rule's result as an ONNX node's. */
function types_fromCore(r) {
    return { outputs: r.outputs, ops: r.counts };
}
const val = (shape, dtype, values) => (0,tensor/* tensor */.OE)(shape, dtype, values);
/** What a rule sees of one node: its inputs (bound shapes), attributes and declared outputs. */
class NodeCtx {
    file;
    node;
    opset;
    inputs;
    declared;
    attrValues;
    constructor(file, node, opset, inputs, 
    /** Output shapes the file declares in value_info / graph outputs, when fully static. */
    declared, 
    /** Values of small tensor attributes (Constant, ConstantOfShape), read before the rule runs. */
    attrValues = new Map()) {
        this.file = file;
        this.node = node;
        this.opset = opset;
        this.inputs = inputs;
        this.declared = declared;
        this.attrValues = attrValues;
    }
    /** Set when the outputs came from the file's declarations rather than from inference. */
    usedDeclared = false;
    attrData(name) {
        return this.attrValues.get(name);
    }
    get label() {
        return `node "${this.node.name || `${this.node.opType}_${this.node.index}`}" (${this.node.opType})`;
    }
    fail(msg) {
        throw new errors/* FlopgateError */.N9(`${this.file}: ${this.label}: ${msg}`);
    }
    /** Give up on this node as on an unsupported op (see core/errors.ts Refusal). */
    refuse(why) {
        return (0,core_errors/* refuse */.TR)(why);
    }
    get nIn() {
        return this.node.inputs.length;
    }
    get nOut() {
        return this.node.outputs.length;
    }
    has(i) {
        return this.inputs[i] !== undefined;
    }
    in(i) {
        const v = this.inputs[i];
        if (!v)
            this.fail(`input ${i} is missing`);
        return v;
    }
    opt(i) {
        return this.inputs[i];
    }
    /** Values of input i, when known. */
    value(i) {
        return this.inputs[i]?.values;
    }
    attr(name) {
        return this.node.attrs.find((a) => a.name === name);
    }
    int(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        // A writer with proto3 habits leaves a zero value out: the declared type says what it was.
        if (a.type === ir/* ATTR */.aP.INT)
            return a.i ?? 0;
        if (a.i === undefined || a.type !== 0)
            this.fail(`attribute ${name} is not an int`);
        return a.i;
    }
    float(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.type === ir/* ATTR */.aP.FLOAT)
            return a.f ?? 0;
        // Some writers store a whole-number float attribute as an int.
        if (a.type === ir/* ATTR */.aP.INT && a.i !== undefined)
            return a.i;
        if (a.f === undefined)
            this.fail(`attribute ${name} is not a float`);
        return a.f;
    }
    str(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.type === ir/* ATTR */.aP.STRING)
            return a.s ?? '';
        if (a.s === undefined)
            this.fail(`attribute ${name} is not a string`);
        return a.s;
    }
    ints(name) {
        const a = this.attr(name);
        if (!a)
            return undefined;
        if (a.type !== ir/* ATTR */.aP.INTS && a.type !== 0)
            this.fail(`attribute ${name} is not a list of ints`);
        return a.ints;
    }
    floats(name) {
        const a = this.attr(name);
        if (!a)
            return undefined;
        if (a.type !== ir/* ATTR */.aP.FLOATS && a.type !== 0)
            this.fail(`attribute ${name} is not a list of floats`);
        return a.floats;
    }
    strings(name) {
        return this.attr(name)?.strings;
    }
    /**
     * The outputs the file declares, for a shape that depends on values only known at run time
     * (a Reshape target fed by a graph input). Without a declaration there is nothing exact to
     * say: the node is refused (the unknown policy decides), as a shape that depends on the data.
     */
    declaredOutputs(why, dtype) {
        this.usedDeclared = true;
        const outs = [];
        for (let i = 0; i < this.nOut; i++) {
            if (!this.node.outputs[i]) {
                outs.push({ shape: [], dtype });
                continue;
            }
            const d = this.declared[i];
            if (!d)
                this.refuse(`${why} is only known at run time and the file declares no static shape for output "${this.node.outputs[i]}"`);
            outs.push({ shape: (0,tensor/* checkShape */.eA)(d), dtype });
        }
        return outs;
    }
    /** The declared shape of output `i` (see declaredOutputs). */
    declaredShape(why, i = 0) {
        return [...this.declaredOutputs(why, 'unknown')[i].shape];
    }
}

;// CONCATENATED MODULE: ./src/onnx/ops/activations.ts





/**
 * Activation ops: the core activation each one is (so an ONNX Mish costs what a Keras `mish`
 * does), and one-input math: the core function of the same meaning.
 */
const ACTIVATION = {
    Relu: 'relu',
    LeakyRelu: 'leaky_relu',
    ThresholdedRelu: 'thresholded_relu',
    Sigmoid: 'sigmoid',
    HardSigmoid: 'hard_sigmoid',
    HardSwish: 'hard_swish',
    Tanh: 'tanh',
    Softmax: 'softmax',
    LogSoftmax: 'log_softmax',
    Selu: 'selu',
    Celu: 'celu',
    Softplus: 'softplus',
    Softsign: 'softsign',
    Mish: 'mish',
};
const activations_UNARY = {
    Exp: 'exp', Log: 'log', Erf: 'erf', Sqrt: 'sqrt', Reciprocal: 'reciprocal', Neg: 'neg', Abs: 'abs',
    Sign: 'sign', Floor: 'floor', Ceil: 'ceil', Round: 'round', Not: 'not', IsNaN: 'is_nan',
    Sin: 'sin', Cos: 'cos', Tan: 'tan', Asin: 'asin', Acos: 'acos', Atan: 'atan',
    Sinh: 'sinh', Cosh: 'cosh', Asinh: 'asinh', Acosh: 'acosh', Atanh: 'atanh',
};
/** Gelu (opset 20): approximate "none" (erf, the core's gelu) or "tanh" (its gelu_tanh). */
const activations_Gelu = { infer: (ctx) => types_fromCore(activation(ctx.str('approximate', 'none') === 'tanh' ? 'gelu_tanh' : 'gelu', ctx.in(0))) };
/** Elu(alpha): the core's elu, which counts an alpha other than 1. */
const Elu = { infer: (ctx) => types_fromCore(elu(ctx.in(0), ctx.float('alpha', 1))) };
/** Shrink: bias 0 is hard shrink, otherwise soft shrink; both a ReLU-family op. */
const Shrink = {
    infer(ctx) {
        const [lambd, bias] = [ctx.float('lambd', 0.5), ctx.float('bias', 0)];
        return types_fromCore(activation(bias === 0 ? 'hard_shrink' : 'soft_shrink', ctx.in(0), -1, { alpha: lambd, beta: bias }));
    },
};
/** IsInf (detect_positive / detect_negative): one comparison per element. */
const IsInf = { infer: (ctx) => types_fromCore(unary('is_inf', ctx.in(0))) };
/**
 * Clip: min and max are inputs from opset 11 (each optional), attributes before (absent means
 * no bound): one op per bound.
 */
const activations_Clip = {
    reads: (ctx) => (ctx.opset >= 11 ? [1, 2] : []),
    infer(ctx) {
        const x = ctx.in(0);
        if (ctx.opset >= 11)
            return types_fromCore(clip(x, ctx.opt(1), ctx.opt(2)));
        const bound = (name) => (ctx.attr(name) ? { shape: [], dtype: x.dtype, values: [ctx.float(name, 0)] } : undefined);
        return types_fromCore(clip(x, bound('min'), bound('max')));
    },
};
/**
 * PRelu: the core's PReLU. The slope broadcasts onto X (before opset 7 it is one value or one
 * per channel: aligned on the channel axis here).
 */
const PRelu = {
    infer(ctx) {
        const x = ctx.in(0);
        let slope = ctx.in(1).shape;
        if (ctx.opset < 7 && slope.length === 1 && x.shape.length > 2 && slope[0] === x.shape[1])
            slope = [slope[0], ...x.shape.slice(2).map(() => 1)];
        if ((0,tensor/* fmt */.Sc)(broadcast([x.shape, slope])) !== (0,tensor/* fmt */.Sc)(x.shape))
            ctx.fail(`slope ${(0,tensor/* fmt */.Sc)(slope)} does not broadcast onto ${(0,tensor/* fmt */.Sc)(x.shape)}`);
        return types_fromCore(prelu(x, slope, ctx.in(1).values));
    },
};
const ACTIVATION_OPS = (/* unused pure expression or super */ null && (ACTIVATION));
const UNARY_OPS = (/* unused pure expression or super */ null && (activations_UNARY));
/** The attributes that change an activation's values (its cost is the same whatever they are). */
function params(ctx) {
    const p = {};
    for (const k of ['alpha', 'beta', 'gamma'])
        if (ctx.attr(k))
            p[k] = ctx.float(k, 0);
    if (ctx.node.opType === 'LeakyRelu' && p.alpha === undefined)
        p.alpha = 0.01;
    return p;
}
/**
 * Softmax and LogSoftmax along `axis` (opset 13+, default -1); before opset 13 over the input
 * flattened to 2-D at `axis` (default 1): the same count, the values of that 2-D form.
 */
function softmaxRule(name) {
    return {
        infer(ctx) {
            const x = ctx.in(0);
            if (ctx.opset >= 13 || x.shape.length === 0)
                return types_fromCore(activation(name, x, ctx.int('axis', -1)));
            const axis = normAxis(ctx.int('axis', 1), x.shape.length);
            const flat = { ...x, shape: [(0,tensor/* size */.Ej)(x.shape.slice(0, axis)), (0,tensor/* size */.Ej)(x.shape.slice(axis))] };
            const r = types_fromCore(activation(name, flat, 1));
            r.outputs = [{ ...r.outputs[0], shape: x.shape }];
            return r;
        },
    };
}
const activations_ACTIVATIONS = {
    ...Object.fromEntries(Object.entries(ACTIVATION).map(([op, name]) => [
        op,
        {
            infer: (ctx) => types_fromCore(activation(name, ctx.in(0), -1, params(ctx))),
        },
    ])),
    ...Object.fromEntries(Object.entries(activations_UNARY).map(([op, fn]) => [op, { infer: (ctx) => types_fromCore(unary(fn, ctx.in(0))) }])),
    Softmax: softmaxRule('softmax'),
    LogSoftmax: softmaxRule('log_softmax'),
    Gelu: activations_Gelu,
    Elu,
    Shrink,
    IsInf,
    Clip: activations_Clip,
    PRelu,
};

;// CONCATENATED MODULE: ./src/onnx/ops/common.ts


const free = (outputs) => ({ outputs, ops: {} });
/**
 * An int list from input `i` (newer opsets) or attribute `attr` (older ones). `undefined`
 * when neither is given; when the input is given but only known at run time, `null`.
 */
function common_intList(ctx, i, attr, fromInput) {
    if (fromInput) {
        if (!ctx.has(i))
            return undefined;
        return ctx.value(i) ?? null;
    }
    return ctx.ints(attr);
}
function fill(ctx, name, n, def) {
    const len = name === 'pads' ? 2 * n : n;
    const v = ctx.ints(name);
    if (!v || v.length === 0)
        return new Array(len).fill(def);
    if (v.length !== len)
        ctx.fail(`attribute ${name} has ${v.length} values for ${n} spatial dimensions`);
    return v;
}
const AUTO_PAD = { NOTSET: undefined, SAME_UPPER: 'same', SAME_LOWER: 'same_lower', VALID: 'valid' };
/**
 * The window attributes Conv, ConvTranspose and the pooling ops share, in the core's terms:
 * auto_pad as a pad mode, else `pads` [begin..., end...] per axis.
 */
function windowAttrs(ctx, n, kernel) {
    const autoPad = ctx.str('auto_pad', 'NOTSET');
    if (!Object.prototype.hasOwnProperty.call(AUTO_PAD, autoPad))
        ctx.fail(`unknown auto_pad "${autoPad}"`);
    const pads = fill(ctx, 'pads', n, 0);
    if (pads.some((p) => p < 0))
        ctx.fail(`negative pads ${(0,tensor/* fmt */.Sc)(pads)}`);
    const explicit = Array.from({ length: n }, (_, i) => [pads[i], pads[i + n]]);
    return {
        kernel,
        strides: fill(ctx, 'strides', n, 1),
        dilations: fill(ctx, 'dilations', n, 1),
        pads: AUTO_PAD[autoPad] ?? explicit,
        explicit,
        ceil: ctx.int('ceil_mode', 0) === 1,
    };
}
/** Input `x` must have batch, channel and at least `min` spatial dimensions. */
function spatialInput(x, min = 1) {
    if (x.shape.length < 2 + min)
        (0,core_errors/* fault */.DG)(`input ${(0,tensor/* fmt */.Sc)(x.shape)} needs batch, channel${min ? ' and spatial' : ''} dimensions`);
    return x;
}

;// CONCATENATED MODULE: ./src/onnx/ops/conv.ts





/**
 * A convolution of `x` (channels first) with weight shape `w` ([M, C / group, kernel...]), as
 * the core counts it; shared with the integer forms (ConvInteger, QLinearConv).
 */
function convOf(ctx, x, w, bias) {
    if (x.shape.length < 3)
        ctx.fail(`input ${(0,tensor/* fmt */.Sc)(x.shape)} needs batch, channel and at least one spatial dimension`);
    if (w.length !== x.shape.length)
        ctx.fail(`weight ${(0,tensor/* fmt */.Sc)(w)} and input ${(0,tensor/* fmt */.Sc)(x.shape)} differ in rank`);
    const group = ctx.int('group', 1);
    const c = x.shape[1];
    if (group < 1 || c % group !== 0 || w[0] % group !== 0)
        ctx.fail(`group ${group} must divide both the ${c} input channels and the ${w[0]} output channels`);
    if (w[1] * group !== c)
        ctx.fail(`weight ${(0,tensor/* fmt */.Sc)(w)} expects ${w[1] * group} input channels, input ${(0,tensor/* fmt */.Sc)(x.shape)} has ${c}`);
    const kernel = ctx.ints('kernel_shape') ?? w.slice(2);
    if ((0,tensor/* fmt */.Sc)(kernel) !== (0,tensor/* fmt */.Sc)(w.slice(2)))
        ctx.fail(`kernel_shape ${(0,tensor/* fmt */.Sc)(kernel)} disagrees with weight ${(0,tensor/* fmt */.Sc)(w)}`);
    // A group per input channel is a depthwise convolution, which TF runs with a kernel of its own.
    return conv(x, { channelsLast: false, filters: w[0], groups: group, bias, depthwise: group > 1 && group === c, ...windowAttrs(ctx, x.shape.length - 2, kernel) });
}
const Conv = { infer: (ctx) => types_fromCore(convOf(ctx, ctx.in(0), ctx.in(1).shape, ctx.has(2))) };
/**
 * ConvTranspose: output_shape when given (the spatial lengths, last ones), else per axis
 * stride (L - 1) + output_padding + span - pads (SAME_*: L x stride).
 */
const ConvTranspose = {
    infer(ctx) {
        const x = spatialInput(ctx.in(0));
        const w = ctx.in(1).shape;
        if (w.length !== x.shape.length)
            ctx.fail(`weight ${(0,tensor/* fmt */.Sc)(w)} and input ${(0,tensor/* fmt */.Sc)(x.shape)} differ in rank`);
        const group = ctx.int('group', 1);
        if (w[0] !== x.shape[1])
            ctx.fail(`weight ${(0,tensor/* fmt */.Sc)(w)} expects ${w[0]} input channels, input ${(0,tensor/* fmt */.Sc)(x.shape)} has ${x.shape[1]}`);
        const sp = x.shape.length - 2;
        const kernel = ctx.ints('kernel_shape') ?? w.slice(2);
        const win = windowAttrs(ctx, sp, kernel);
        const outPad = ctx.ints('output_padding') ?? Array(sp).fill(0);
        const given = ctx.ints('output_shape');
        const spatial = x.shape.slice(2).map((d, i) => {
            if (given && given.length > 0)
                return given[given.length - sp + i];
            if (win.pads === 'same' || win.pads === 'same_lower')
                return d * win.strides[i];
            const pads = win.pads === 'valid' ? 0 : win.explicit[i][0] + win.explicit[i][1];
            return transposedOutput(d, kernel[i], win.strides[i], win.dilations[i], pads, outPad[i] ?? 0);
        });
        return types_fromCore(convTranspose(x, { channelsLast: false, filters: w[1] * group, kernel, strides: win.strides, groups: group, bias: ctx.has(2), outSpatial: spatial }));
    },
};
/** MaxPool / AveragePool (MaxPool's optional second output: int64 indices of the same shape). */
function poolRule(kind) {
    return {
        infer(ctx) {
            const x = spatialInput(ctx.in(0));
            const kernel = ctx.ints('kernel_shape');
            if (!kernel)
                return ctx.fail('has no kernel_shape');
            const r = types_fromCore(pool(kind, x, { channelsLast: false, ...windowAttrs(ctx, x.shape.length - 2, kernel) }));
            if (ctx.nOut > 1)
                r.outputs.push(val(r.outputs[0].shape, 'int64'));
            return r;
        },
    };
}
const MaxPool = poolRule('max');
const AveragePool = poolRule('avg');
/** Global pooling over every spatial axis, which stay as 1. */
function globalRule(kind) {
    return { infer: (ctx) => types_fromCore(globalPool(kind, spatialInput(ctx.in(0), 0), ctx.in(0).shape.length - 2, false, true)) };
}
const GlobalAveragePool = globalRule('avg');
const GlobalMaxPool = globalRule('max');

;// CONCATENATED MODULE: ./src/onnx/ops/elementwise.ts




/**
 * Before opset 7, binary ops broadcast only when asked (`broadcast=1`), B aligned at `axis`
 * of A; the result always has A's shape. B is given trailing size-1 axes to align it the
 * numpy way, which leaves its values' order as it is.
 */
function legacyAligned(ctx, a, b) {
    if (ctx.opset >= 7)
        return b;
    if (ctx.int('broadcast', 0) !== 1) {
        if ((0,tensor/* fmt */.Sc)(a.shape) !== (0,tensor/* fmt */.Sc)(b.shape))
            ctx.fail(`shapes ${(0,tensor/* fmt */.Sc)(a.shape)} and ${(0,tensor/* fmt */.Sc)(b.shape)} differ and broadcast is off`);
        return b;
    }
    const axis = ctx.int('axis', a.shape.length - b.shape.length);
    const at = axis < 0 ? axis + a.shape.length : axis;
    const fits = at >= 0 && at + b.shape.length <= a.shape.length && b.shape.every((d, i) => d === 1 || d === a.shape[at + i]);
    if (!fits)
        ctx.fail(`shape ${(0,tensor/* fmt */.Sc)(b.shape)} does not broadcast onto ${(0,tensor/* fmt */.Sc)(a.shape)} at axis ${axis}`);
    return { ...b, shape: [...b.shape, ...Array(a.shape.length - at - b.shape.length).fill(1)] };
}
/** A two-input op with numpy broadcasting, as the core's function `fn`. */
function binaryRule(fn) {
    return {
        infer(ctx) {
            const a = ctx.in(0);
            return types_fromCore(binary(fn, a, legacyAligned(ctx, a, ctx.in(1))));
        },
    };
}
/** Div and Mod divide as their element type does: integer division truncates. Mod with fmod=0 on integers is floor modulo. */
const Mod = {
    infer(ctx) {
        const a = ctx.in(0);
        const fmod = ctx.int('fmod', 0) === 1;
        return types_fromCore(binary(fmod ? 'mod' : 'floor_mod', a, ctx.in(1)));
    },
};
/** Pow reads its exponent: 2 is a square, 0.5 a square root (the core's rule). */
const Pow = { reads: () => [1], ...binaryRule('pow') };
/** BitShift: LEFT multiplies by 2^n, RIGHT divides. */
const BitShift = {
    infer(ctx) {
        const dir = ctx.str('direction', '');
        if (dir !== 'LEFT' && dir !== 'RIGHT')
            ctx.fail(`direction "${dir}" must be LEFT or RIGHT`);
        return types_fromCore(binary(dir === 'LEFT' ? 'shift_left' : 'shift_right', ctx.in(0), ctx.in(1)));
    },
};
/** Max, Min, Sum, Mean: n inputs broadcast, n - 1 pairwise ops per output element. */
function variadicRule(fn) {
    return {
        infer(ctx) {
            const xs = [];
            for (let i = 0; i < ctx.nIn; i++)
                if (ctx.has(i))
                    xs.push(ctx.in(i));
            return types_fromCore(variadic(fn, xs));
        },
    };
}
const elementwise_Where = { infer: (ctx) => types_fromCore(where(ctx.in(0), ctx.in(1), ctx.in(2))) };
/** Cast (to the `to` attribute's type) and CastLike (to the second input's): free, values converted. */
const Cast = { infer: (ctx) => types_fromCore(cast(ctx.in(0), ctx.node.opType === 'CastLike' ? ctx.in(1).dtype : (0,dtypes/* coreDType */.cK)(ctx.int('to', 1)))) };
const ELEMENTWISE = {
    Add: binaryRule('add'),
    Sub: binaryRule('sub'),
    Mul: binaryRule('mul'),
    Div: binaryRule('div'),
    Mod,
    Pow,
    Equal: binaryRule('equal'),
    Less: binaryRule('less'),
    LessOrEqual: binaryRule('less_equal'),
    Greater: binaryRule('greater'),
    GreaterOrEqual: binaryRule('greater_equal'),
    And: binaryRule('and'),
    Or: binaryRule('or'),
    Xor: binaryRule('xor'),
    BitShift,
    BitwiseAnd: binaryRule('bitwise'),
    BitwiseOr: binaryRule('bitwise'),
    BitwiseXor: binaryRule('bitwise'),
    Max: variadicRule('max'),
    Min: variadicRule('min'),
    Sum: variadicRule('add'),
    Mean: variadicRule('mean'),
    Where: elementwise_Where,
    Cast,
    CastLike: Cast,
};
ELEMENTWISE.BitwiseNot = { infer: (ctx) => types_fromCore(unary('bitwise_not', ctx.in(0))) };

;// CONCATENATED MODULE: ./src/onnx/ops/indexing.ts
/**
 * Ops that write or pick elements by index (cost 0), and the ones whose output shape is the
 * number of elements the data selects: adapters onto the core.
 */





/** OneHot(indices, depth, values): a depth-long axis at `axis`; a float depth is truncated, as its cast is. */
const OneHot = {
    reads: () => [1],
    infer(ctx) {
        const dtype = ctx.in(2).dtype;
        const depth = ctx.value(1);
        if (!depth)
            return free(ctx.declaredOutputs('the depth', dtype));
        if (depth.length !== 1)
            ctx.fail(`depth has ${depth.length} values, not one`);
        return types_fromCore(oneHot(ctx.in(0), Math.trunc(depth[0]), ctx.int('axis', -1), dtype));
    },
};
const EyeLike = {
    infer(ctx) {
        const x = ctx.in(0);
        const dtype = ctx.attr('dtype') ? (0,dtypes/* coreDType */.cK)(ctx.int('dtype', 1)) : x.dtype;
        return types_fromCore(eyeLike(x, ctx.int('k', 0), dtype));
    },
};
/**
 * MaxUnpool(X, I, output_shape): the output_shape input when given, else per spatial axis
 * (in - 1) x stride - pad begin - pad end + kernel.
 */
const MaxUnpool = {
    reads: () => [2],
    infer(ctx) {
        const x = ctx.in(0);
        const r = x.shape.length;
        if (r < 3)
            ctx.fail(`input ${(0,tensor/* fmt */.Sc)(x.shape)} needs batch, channel and spatial dimensions`);
        if (ctx.has(2)) {
            const given = ctx.value(2);
            if (!given)
                return free(ctx.declaredOutputs('the output shape', x.dtype));
            if (given.length !== r)
                ctx.fail(`output_shape ${(0,tensor/* fmt */.Sc)(given)} does not fit input ${(0,tensor/* fmt */.Sc)(x.shape)}`);
            return free([val((0,tensor/* checkShape */.eA)(given), x.dtype)]);
        }
        const n = r - 2;
        const kernel = ctx.ints('kernel_shape');
        if (!kernel || kernel.length !== n)
            return ctx.fail(`needs a kernel_shape of ${n} values`);
        const strides = ctx.ints('strides');
        const pads = ctx.ints('pads');
        const spatial = x.shape.slice(2).map((d, i) => (d - 1) * (strides?.[i] ?? 1) - (pads?.[i] ?? 0) - (pads?.[i + n] ?? 0) + kernel[i]);
        return free([val((0,tensor/* checkShape */.eA)([x.shape[0], x.shape[1], ...spatial]), x.dtype)]);
    },
};
const Compress = { reads: () => [1], infer: (ctx) => types_fromCore(compress(ctx.in(0), ctx.in(1), ctx.int('axis'))) };
const NonZero = { reads: () => [0], infer: (ctx) => types_fromCore(nonZero(ctx.in(0))) };
const Unique = {
    reads: () => [0],
    infer(ctx) {
        const r = types_fromCore(unique(ctx.in(0), ctx.int('axis')));
        r.outputs = r.outputs.slice(0, Math.max(ctx.nOut, 1));
        return r;
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/matmul.ts


/** Gemm's options as the core takes them. */
function gemmOptions(ctx) {
    return { transA: ctx.int('transA', 0) === 1, transB: ctx.int('transB', 0) === 1, alpha: ctx.float('alpha', 1), beta: ctx.float('beta', 1) };
}
const Gemm = { infer: (ctx) => types_fromCore(gemm(ctx.in(0), ctx.in(1), ctx.opt(2), gemmOptions(ctx))) };
const MatMul = { infer: (ctx) => types_fromCore(matmul(ctx.in(0), ctx.in(1))) };
/** Einsum of every input, in the core's pairwise order (core/einsum.ts). */
const matmul_Einsum = {
    infer(ctx) {
        const eq = ctx.str('equation', '');
        if (!eq)
            ctx.fail('has no equation');
        const ins = [];
        for (let i = 0; i < ctx.nIn; i++)
            ins.push(ctx.in(i));
        return types_fromCore(einsum(eq, ins));
    },
};

;// CONCATENATED MODULE: ./src/core/ops/constants.ts
/**
 * Ops that produce values rather than compute on data: a tensor's shape and size, filled
 * tensors, ranges and random draws. They cost nothing; the values of the first ones are
 * known, so shape arithmetic downstream can fold.
 */




/** The shape of `x` as an int64 vector, optionally the axes [start, end) of it. */
function shapeOf(x, start = 0, end) {
    const r = x.shape.length;
    const clamp = (v) => Math.min(Math.max(v < 0 ? v + r : v, 0), r);
    const dims = x.shape.slice(clamp(start), clamp(end ?? r));
    return result([(0,tensor/* tensor */.OE)([dims.length], 'int64', dims)]);
}
function constants_sizeOf(x) {
    return result([(0,tensor/* tensor */.OE)([], 'int64', [(0,tensor/* size */.Ej)(x.shape)])]);
}
/** A tensor of `shape` filled with `fill` (values kept when small). */
function filled(shape, dtype, fill) {
    const values = fill !== undefined && small(shape) ? new Array((0,tensor/* size */.Ej)(shape)).fill(fill) : undefined;
    return result([(0,tensor/* tensor */.OE)(shape, dtype, values)]);
}
/** start, start + delta, ... below limit: ceil((limit - start) / delta) values. */
function range(start, limit, delta, dtype) {
    if (delta === 0 || !Number.isFinite(delta))
        (0,core_errors/* fault */.DG)('range delta must be a non-zero number');
    const n = Math.max(Math.ceil((limit - start) / delta), 0);
    if (!Number.isSafeInteger(n))
        (0,core_errors/* fault */.DG)(`range of ${n} values`);
    const out = [n];
    return result([(0,tensor/* tensor */.OE)(out, dtype, small(out) ? Array.from({ length: n }, (_, i) => start + i * delta) : undefined)]);
}
/** A random draw: its shape, nothing counted (drawing is not arithmetic on the data). */
function random(shape, dtype) {
    return result([(0,tensor/* tensor */.OE)(shape, dtype)]);
}

;// CONCATENATED MODULE: ./src/onnx/ops/math.ts
/** Selections along an axis, running sums, determinants and random draws: adapters onto the core. */






/** Hardmax: before opset 13 the input is coerced to 2-D at `axis` (default 1); the shape is kept either way. */
const Hardmax = {
    infer(ctx) {
        const x = ctx.in(0);
        normAxis(ctx.int('axis', ctx.opset >= 13 ? -1 : 1), Math.max(x.shape.length, 1));
        return types_fromCore(hardmax(x));
    },
};
const CumSum = {
    reads: () => [1],
    infer(ctx) {
        const x = ctx.in(0);
        return types_fromCore(cumSum(x, ctx.value(1)?.[0] ?? 0, ctx.int('exclusive', 0) === 1, ctx.int('reverse', 0) === 1));
    },
};
/** TopK: k from input 1 (opset 10+) or the attribute; a run-time k takes the declared outputs. */
const TopK = {
    reads: (ctx) => (ctx.opset >= 10 ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const axis = normAxis(ctx.int('axis', -1), x.shape.length);
        let k = ctx.opset >= 10 ? ctx.value(1)?.[0] : ctx.int('k');
        if (k === undefined) {
            if (ctx.opset < 10)
                return ctx.fail('has no k');
            const out = ctx.declaredShape('k');
            k = out[axis];
            if (out.length !== x.shape.length || k === undefined)
                ctx.fail(`declared output ${(0,tensor/* fmt */.Sc)(out)} does not fit input ${(0,tensor/* fmt */.Sc)(x.shape)}`);
        }
        return types_fromCore(topK(x, axis, k, ctx.int('largest', 1) === 1));
    },
};
const Det = { infer: (ctx) => types_fromCore(det(ctx.in(0))) };
/** Random draws differ at every run: never folded, whatever their inputs. */
const Bernoulli = { volatile: true, infer: (ctx) => types_fromCore(bernoulli(ctx.in(0), ctx.attr('dtype') ? (0,dtypes/* coreDType */.cK)(ctx.int('dtype', 1)) : ctx.in(0).dtype)) };
const RandomLike = {
    volatile: true,
    infer: (ctx) => types_fromCore(random(ctx.in(0).shape, ctx.attr('dtype') ? (0,dtypes/* coreDType */.cK)(ctx.int('dtype', 1)) : ctx.in(0).dtype)),
};
/** RandomUniform, RandomNormal: the `shape` attribute's shape, nothing counted. */
const RandomOfShape = {
    volatile: true,
    infer(ctx) {
        const shape = ctx.ints('shape');
        if (!shape)
            return ctx.fail('has no shape');
        return types_fromCore(random((0,tensor/* checkShape */.eA)(shape), (0,dtypes/* coreDType */.cK)(ctx.int('dtype', 1))));
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/norm.ts




function channels(ctx) {
    const x = ctx.in(0);
    if (x.shape.length < 2)
        ctx.fail(`input ${(0,tensor/* fmt */.Sc)(x.shape)} has no channel dimension`);
    return x;
}
/**
 * Inference BatchNormalization on the channel axis (scale and bias are required inputs): the
 * core's batch normalisation. Training-mode outputs (running and saved statistics) are per
 * channel.
 */
const norm_BatchNormalization = {
    infer(ctx) {
        const x = channels(ctx);
        const r = types_fromCore(batchNorm(x, [1], { center: true, scale: true }));
        for (let i = 1; i < ctx.nOut; i++)
            r.outputs.push(val([x.shape[1]], x.dtype));
        return r;
    },
};
/** LayerNormalization (opset 17): every axis from `axis` on; Scale required, B optional. */
const norm_LayerNormalization = {
    infer(ctx) {
        const x = ctx.in(0);
        const axis = normAxis(ctx.int('axis', -1), x.shape.length);
        const axes = x.shape.map((_, i) => i).filter((i) => i >= axis);
        const r = types_fromCore(layerNorm(x, axes, { scale: true, center: ctx.has(2) }));
        const stats = [...x.shape.slice(0, axis), ...x.shape.slice(axis).map(() => 1)];
        for (let i = 1; i < ctx.nOut; i++)
            r.outputs.push(val(stats, x.dtype));
        return r;
    },
};
/** InstanceNormalization: group normalisation with one group per channel. */
const InstanceNormalization = {
    infer: (ctx) => types_fromCore(groupNorm(channels(ctx), channels(ctx).shape[1], 1, { scale: true, center: true })),
};
const norm_GroupNormalization = {
    infer(ctx) {
        const g = ctx.int('num_groups');
        if (g === undefined)
            return ctx.fail('needs num_groups');
        return types_fromCore(groupNorm(channels(ctx), g, 1, { scale: true, center: true }));
    },
};
/** Mean and variance over `axes` (default N, H, W), no learned scale. */
const MeanVarianceNormalization = {
    infer: (ctx) => types_fromCore(meanVarianceNorm(ctx.in(0), ctx.ints('axes') ?? [0, 2, 3])),
};
/** Local response normalisation across `size` channels. */
const LRN = {
    infer(ctx) {
        const size = ctx.int('size');
        if (size === undefined)
            return ctx.fail('needs a size');
        return types_fromCore(lrn(channels(ctx), size));
    },
};
/** LpNormalization along `axis` (p = 1 or 2). */
const LpNormalization = {
    infer(ctx) {
        const x = ctx.in(0);
        const p = ctx.int('p', 2);
        if (p !== 1 && p !== 2)
            ctx.fail(`p ${p} must be 1 or 2`);
        return types_fromCore(lpNorm(x, normAxes([ctx.int('axis', -1)], x.shape.length), p));
    },
};

;// CONCATENATED MODULE: ./src/core/ops/quant.ts
/**
 * Quantized inference. An integer product counts the float product's multiply-accumulates
 * (`mac`), so `macs` of a quantized model equals the float model's; zero points are not
 * counted (integer kernels fold them into the accumulator). Quantizing or dequantizing an
 * element is one `quant` (a scale and a zero-point shift); an integer product requantizes each
 * output element once.
 */



/** QuantizeLinear / DequantizeLinear / FakeQuant: one `quant` per element. */
function quantize(x, to) {
    return result([(0,tensor/* tensor */.OE)(x.shape, to)], { quant: big((0,tensor/* size */.Ej)(x.shape)) });
}
/** Requantizing (or scaling to float) `elements` outputs of an integer product. */
function requantize(elements) {
    return { quant: BigInt(elements) };
}
/**
 * Dynamic quantization of n elements (ONNX DynamicQuantizeLinear's function body): the
 * minimum and maximum of x (with 0), scale = (max - min) / 255, zero point =
 * round(clip(0 - min / scale)), then one quantization per element.
 */
function dynamicQuantizeCounts(n) {
    return { min: n + 1n, max: n + 1n, sub: 2n, div: 2n, relu: 1n, compare: 1n, quant: n };
}

;// CONCATENATED MODULE: ./src/onnx/ops/reduce.ts



/** ReduceSum took its axes as an input from opset 13, the other reductions from opset 18. */
function axesFromInput(ctx) {
    return ctx.opset >= (ctx.node.opType === 'ReduceSum' ? 13 : 18);
}
/**
 * The reduced axes: undefined for all of them (no axes given), [] for none (noop_with_empty_axes),
 * null when they are an input only known at run time.
 */
function reducedAxes(ctx) {
    let axes;
    if (axesFromInput(ctx)) {
        if (ctx.has(1)) {
            axes = ctx.value(1);
            if (!axes)
                return null;
        }
    }
    else
        axes = ctx.ints('axes');
    if (!axes || axes.length === 0)
        return ctx.int('noop_with_empty_axes', 0) === 1 ? [] : undefined;
    return axes;
}
/** A reduction of the core's kind; axes only known at run time take the declared output shape. */
function reduceRule(kind) {
    return {
        reads: (ctx) => (axesFromInput(ctx) ? [1] : []),
        infer(ctx) {
            const x = ctx.in(0);
            const axes = reducedAxes(ctx);
            const keep = ctx.int('keepdims', 1) === 1;
            if (axes !== null)
                return types_fromCore(reduce(kind, x, axes, keep));
            // Axes only known at run time: the declared output, counted as m rows of n / m elements.
            const out = ctx.declaredShape('the axes');
            const [n, m] = [(0,tensor/* size */.Ej)(x.shape), (0,tensor/* size */.Ej)(out)];
            if (m === 0 || n % m !== 0)
                ctx.fail(`declared output ${(0,tensor/* fmt */.Sc)(out)} does not fit input ${(0,tensor/* fmt */.Sc)(x.shape)}`);
            const flat = reduce(kind, { shape: [m, n / m], dtype: x.dtype }, [1], false);
            return { outputs: [val(out, flat.outputs[0].dtype)], ops: flat.counts };
        },
    };
}
/** ArgMax / ArgMin along `axis`. */
function argRule(min) {
    return { infer: (ctx) => types_fromCore(argReduce(ctx.in(0), ctx.int('axis', 0), ctx.int('keepdims', 1) === 1, min, ctx.int('select_last_index', 0) === 1)) };
}
const reduce_REDUCTIONS = {
    ReduceMean: reduceRule('mean'),
    ReduceSum: reduceRule('sum'),
    ReduceMax: reduceRule('max'),
    ReduceMin: reduceRule('min'),
    ReduceProd: reduceRule('prod'),
    ReduceSumSquare: reduceRule('sum_square'),
    ReduceL1: reduceRule('l1'),
    ReduceL2: reduceRule('l2'),
    ReduceLogSum: reduceRule('log_sum'),
    ReduceLogSumExp: reduceRule('log_sum_exp'),
    ArgMax: argRule(false),
    ArgMin: argRule(true),
};

;// CONCATENATED MODULE: ./src/onnx/ops/quant.ts
/**
 * Quantized inference: QuantizeLinear / DequantizeLinear (the QDQ form), the integer products
 * (ConvInteger, MatMulInteger, QLinearConv, QLinearMatMul) and the com.microsoft QLinear ops
 * onnxruntime's quantizer writes (the QOperator form). Each is the core's float op (so `macs`
 * of a quantized model equals the float model's) plus the quantization work, as
 * docs/onnx-ops.md states it:
 * - quantizing or dequantizing an element is one `quant`; the integer products requantize
 *   each output element once;
 * - an element-wise QLinear op costs what its QDQ form does: a dequantization of each element
 *   of every input that is not a constant (the dequantization of a constant folds at load),
 *   the float op, a quantization of each output element.
 */
















const quant_range = (from, to) => Array.from({ length: to - from }, (_, i) => from + i);
/** Elements a QDQ form would dequantize at run time: none for a constant. */
function dq(v) {
    return v.constant ? 0n : big((0,tensor/* size */.Ej)(v.shape));
}
/** The core result plus quantization work. */
function withQuant(r, quant) {
    addCounts(r.ops, quant);
    return r;
}
/**
 * The scale of Quantize/DequantizeLinear is one value (per tensor), one per element of `axis`
 * (opset 13+, and com.microsoft's), or (opset 21+) a tensor of x's rank whose `axis`
 * dimension counts blocks.
 */
function checkScale(ctx, x, scale) {
    if ((0,tensor/* size */.Ej)(scale) === 1)
        return;
    const axis = () => normAxis(ctx.int('axis', 1), x.length);
    const perAxis = ctx.opset >= 13 || ctx.node.domain === 'com.microsoft';
    if (scale.length === 1 && perAxis && scale[0] === x[axis()])
        return;
    const block = ctx.opset >= 21 ? ctx.int('block_size', 0) : 0;
    if (block > 0 && scale.length === x.length) {
        const a = axis();
        if (scale.every((d, i) => (i === a ? d === Math.ceil(x[i] / block) : d === x[i])))
            return;
    }
    ctx.fail(`scale ${(0,tensor/* fmt */.Sc)(scale)} is neither per tensor, per axis nor per block of input ${(0,tensor/* fmt */.Sc)(x)}`);
}
const QuantizeLinear = {
    metadata: () => [1, 2],
    infer(ctx) {
        const x = ctx.in(0);
        checkScale(ctx, x.shape, ctx.in(1).shape);
        // The zero point's type is the output's; without one, output_dtype (21+) or uint8.
        const attr = ctx.opset >= 21 ? ctx.int('output_dtype', 0) : 0;
        const dtype = ctx.opt(2)?.dtype ?? (attr ? (0,dtypes/* coreDType */.cK)(attr) : 'uint8');
        return types_fromCore(quantize(x, dtype));
    },
};
const DequantizeLinear = {
    metadata: () => [1, 2],
    infer(ctx) {
        const x = ctx.in(0);
        const scale = ctx.in(1);
        checkScale(ctx, x.shape, scale.shape);
        const attr = ctx.opset >= 23 ? ctx.int('output_dtype', 0) : 0;
        return types_fromCore(quantize(x, attr ? (0,dtypes/* coreDType */.cK)(attr) : scale.dtype === 'unknown' ? 'float32' : scale.dtype));
    },
};
const DynamicQuantizeLinear = {
    infer(ctx) {
        const x = ctx.in(0);
        return {
            outputs: [val(x.shape, 'uint8'), { ...val([], 'float32'), scale: true }, { ...val([], 'uint8'), scale: true }],
            ops: dynamicQuantizeCounts(big((0,tensor/* size */.Ej)(x.shape))),
        };
    },
};
/** Integer convolution: Conv's MACs, an int32 output, no requantization. */
const ConvInteger = {
    metadata: () => [2, 3],
    infer(ctx) {
        const r = types_fromCore(convOf(ctx, ctx.in(0), ctx.in(1).shape, false));
        r.outputs = [val(r.outputs[0].shape, 'int32')];
        return r;
    },
};
const MatMulInteger = {
    metadata: () => [2, 3],
    infer(ctx) {
        const r = types_fromCore(matmul(ctx.in(0), ctx.in(1)));
        r.outputs = [val(r.outputs[0].shape, 'int32')];
        return r;
    },
};
/** com.microsoft's QLinear ops take NHWC input with channels_last = 1: as NCHW, and back. */
function channelsFirst(ctx, x) {
    if (ctx.int('channels_last', 0) !== 1)
        return x;
    const s = x.shape;
    if (s.length < 3)
        ctx.fail(`input ${(0,tensor/* fmt */.Sc)(s)} needs batch, spatial and channel dimensions`);
    return { shape: [s[0], s[s.length - 1], ...s.slice(1, -1)], dtype: x.dtype };
}
function channelsBack(ctx, y) {
    return ctx.int('channels_last', 0) === 1 ? [y[0], ...y.slice(2), y[1]] : [...y];
}
/**
 * QLinearConv(x, x_scale, x_zp, w, w_scale, w_zp, y_scale, y_zp, B): Conv's MACs on the
 * integers, the int32 bias added once per output element, each output element requantized.
 */
const QLinearConv = {
    metadata: () => [1, 2, 4, 5, 6, 7],
    infer(ctx) {
        const r = types_fromCore(convOf(ctx, channelsFirst(ctx, ctx.in(0)), ctx.in(3).shape, ctx.has(8)));
        const out = r.outputs[0].shape;
        r.outputs = [val(channelsBack(ctx, out), ctx.in(7).dtype)];
        return withQuant(r, requantize((0,tensor/* size */.Ej)(out)));
    },
};
/** QLinearMatMul(a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp): MatMul's MACs, requantized. */
const QLinearMatMul = {
    metadata: () => [1, 2, 4, 5, 6, 7],
    infer(ctx) {
        const r = types_fromCore(matmul(ctx.in(0), ctx.in(3)));
        r.outputs = [val(r.outputs[0].shape, ctx.in(7).dtype)];
        return withQuant(r, requantize((0,tensor/* size */.Ej)(r.outputs[0].shape)));
    },
};
/**
 * com.microsoft.QGemm(A, a_scale, a_zp, B, b_scale, b_zp, C, y_scale, y_zp): Gemm's MACs, the
 * int32 C as a bias, each output element requantized (to y's scale, or to float without one:
 * alpha is folded into that scale).
 */
const QGemm = {
    metadata: () => [1, 2, 4, 5, 7, 8],
    infer(ctx) {
        const r = types_fromCore(gemm(ctx.in(0), ctx.in(3), ctx.opt(6), { ...gemmOptions(ctx), alpha: 1, beta: 1 }));
        r.outputs = [val(r.outputs[0].shape, ctx.has(7) ? ctx.opt(8)?.dtype ?? 'uint8' : 'float32')];
        return withQuant(r, requantize((0,tensor/* size */.Ej)(r.outputs[0].shape)));
    },
};
/**
 * com.microsoft.DynamicQuantizeMatMul(A, B, b_scale, b_zp, bias): A is quantized at run time
 * as DynamicQuantizeLinear does, multiplied with the integer B, and each output element scaled
 * back to float (one `quant`); the bias adds once per output element.
 */
const DynamicQuantizeMatMul = {
    metadata: () => [2, 3],
    infer(ctx) {
        const a = ctx.in(0);
        const r = types_fromCore(matmul(a, ctx.in(1)));
        const n = big((0,tensor/* size */.Ej)(r.outputs[0].shape));
        r.outputs = [val(r.outputs[0].shape, a.dtype === 'float16' ? 'float16' : 'float32')];
        addCounts(r.ops, dynamicQuantizeCounts(big((0,tensor/* size */.Ej)(a.shape))));
        return withQuant(r, { quant: n, ...(ctx.has(4) ? { bias: n } : {}) });
    },
};
/** com.microsoft.MatMulIntegerToFloat(A, B, a_scale, b_scale, a_zp, b_zp, bias): MACs, scaled to float. */
const MatMulIntegerToFloat = {
    metadata: () => [2, 3, 4, 5],
    infer(ctx) {
        const r = types_fromCore(matmul(ctx.in(0), ctx.in(1)));
        const n = big((0,tensor/* size */.Ej)(r.outputs[0].shape));
        r.outputs = [val(r.outputs[0].shape, ctx.in(2).dtype === 'unknown' ? 'float32' : ctx.in(2).dtype)];
        return withQuant(r, { quant: n, ...(ctx.has(6) ? { bias: n } : {}) });
    },
};
/** QLinearAdd / QLinearMul (A, A_scale, A_zp, B, B_scale, B_zp, C_scale, C_zp): the float op in QDQ form. */
function qlinearBinary(fn) {
    return {
        metadata: () => [1, 2, 4, 5, 6, 7],
        infer(ctx) {
            const [a, b] = [ctx.in(0), ctx.in(3)];
            const r = types_fromCore(binary(fn, a, b));
            return withQuant(r, { quant: dq(a) + dq(b) + big((0,tensor/* size */.Ej)(r.outputs[0].shape)) });
        },
    };
}
const QLinearAdd = qlinearBinary('add');
const QLinearMul = qlinearBinary('mul');
/** QLinearSigmoid / QLinearLeakyRelu / QLinearSoftmax (X, X_scale, X_zp, Y_scale, Y_zp): the float activation in QDQ form. */
function qlinearActivation(name) {
    return {
        metadata: () => [1, 2, 3, 4],
        infer(ctx) {
            const x = ctx.in(0);
            return withQuant(types_fromCore(activation(name, x)), { quant: dq(x) + big((0,tensor/* size */.Ej)(x.shape)) });
        },
    };
}
const QLinearSigmoid = qlinearActivation('sigmoid');
const QLinearLeakyRelu = qlinearActivation('leaky_relu');
const QLinearSoftmax = qlinearActivation('softmax');
/** com.microsoft.QLinearReduceMean (data, scale, zp, reduced_scale, reduced_zp): ReduceMean over `axes` in QDQ form. */
const QLinearReduceMean = {
    metadata: () => [1, 2, 3, 4],
    infer(ctx) {
        const x = ctx.in(0);
        const axes = reducedAxes(ctx);
        if (axes === null)
            return ctx.fail('has no axes');
        const r = types_fromCore(reduce('mean', x, axes, ctx.int('keepdims', 1) === 1));
        return withQuant(r, { quant: dq(x) + big((0,tensor/* size */.Ej)(r.outputs[0].shape)) });
    },
};
/** GlobalAveragePool in QDQ form; `channels_last` keeps C last. */
const QLinearGlobalAveragePool = {
    metadata: () => [1, 2, 3, 4],
    infer(ctx) {
        const x = ctx.in(0);
        const cf = channelsFirst(ctx, x);
        if (cf.shape.length < 2)
            ctx.fail(`input ${(0,tensor/* fmt */.Sc)(x.shape)} needs batch and channel dimensions`);
        const r = types_fromCore(globalPool('avg', cf, cf.shape.length - 2, false, true));
        r.outputs = [val(channelsBack(ctx, r.outputs[0].shape), x.dtype)];
        return withQuant(r, { quant: dq(x) + big((0,tensor/* size */.Ej)(r.outputs[0].shape)) });
    },
};
/** AveragePool in QDQ form; `channels_last` keeps C last. */
const QLinearAveragePool = {
    metadata: () => [1, 2, 3, 4],
    infer(ctx) {
        const x = ctx.in(0);
        const cf = channelsFirst(ctx, x);
        if (cf.shape.length < 3)
            ctx.fail(`input ${(0,tensor/* fmt */.Sc)(x.shape)} needs batch, channel and spatial dimensions`);
        const kernel = ctx.ints('kernel_shape');
        if (!kernel)
            return ctx.fail('has no kernel_shape');
        const r = types_fromCore(pool('avg', cf, { channelsLast: false, ...windowAttrs(ctx, cf.shape.length - 2, kernel) }));
        r.outputs = [val(channelsBack(ctx, r.outputs[0].shape), x.dtype)];
        return withQuant(r, { quant: dq(x) + big((0,tensor/* size */.Ej)(r.outputs[0].shape)) });
    },
};
/**
 * QLinearConcat(Y_scale, Y_zp, X0, X0_scale, X0_zp, X1, ...): Concat in QDQ form, each input
 * rescaled to Y's scale.
 */
const QLinearConcat = {
    metadata: (c) => [0, 1, ...quant_range(2, c.nIn).filter((i) => (i - 2) % 3 !== 0)],
    infer(ctx) {
        const xs = [];
        for (let i = 2; i < ctx.nIn; i += 3)
            xs.push(ctx.in(i));
        if (xs.length === 0)
            ctx.fail('has no inputs to concatenate');
        const r = types_fromCore(concat(xs, ctx.int('axis', 0)));
        r.outputs = [val(r.outputs[0].shape, xs[0].dtype)];
        return withQuant(r, { quant: xs.reduce((acc, x) => acc + dq(x), 0n) + big((0,tensor/* size */.Ej)(r.outputs[0].shape)) });
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/resize.ts





const resize_MODES = { nearest: 'nearest', linear: 'linear', bilinear: 'linear', trilinear: 'linear', cubic: 'cubic', bicubic: 'cubic' };
function mode(ctx, dflt = 'nearest') {
    const m = ctx.str('mode', dflt);
    const out = Object.prototype.hasOwnProperty.call(resize_MODES, m) ? resize_MODES[m] : undefined;
    if (!out)
        return ctx.fail(`unknown mode "${m}"`);
    return out;
}
function resized(ctx, x, out) {
    return types_fromCore(resize(x, out, mode(ctx), ctx.opset >= 18 && ctx.int('antialias', 0) === 1));
}
/** Resize to `sizes`, or by `scales` (float32 products, floored); axes (opset 18) pick the resized ones. */
const Resize = {
    reads: (ctx) => (ctx.opset >= 11 ? [1, 2, 3] : [1]),
    infer(ctx) {
        const x = ctx.in(0);
        const r = x.shape.length;
        const nonEmpty = (i) => ctx.has(i) && (0,tensor/* size */.Ej)(ctx.in(i).shape) > 0;
        const scaleIn = ctx.opset >= 11 ? 2 : 1;
        const sizes = ctx.opset >= 11 && nonEmpty(3) ? ctx.value(3) ?? null : undefined;
        const scales = sizes === undefined && nonEmpty(scaleIn) ? ctx.value(scaleIn) ?? null : undefined;
        if (sizes === null || scales === null)
            return resized(ctx, x, ctx.declaredShape('the scales or sizes'));
        const axes = (ctx.opset >= 18 ? ctx.ints('axes') : undefined) ?? Array.from({ length: r }, (_, i) => i);
        const ax = normAxes(axes, r);
        const given = sizes ?? scales;
        if (!given)
            return ctx.fail('has neither scales nor sizes');
        if (given.length !== ax.length)
            ctx.fail(`${sizes ? 'sizes' : 'scales'} ${(0,tensor/* fmt */.Sc)(given)} do not fit input ${(0,tensor/* fmt */.Sc)(x.shape)}`);
        const out = [...x.shape];
        if (sizes) {
            const policy = ctx.opset >= 18 ? ctx.str('keep_aspect_ratio_policy', 'stretch') : 'stretch';
            if (policy === 'stretch')
                ax.forEach((a, i) => (out[a] = sizes[i]));
            else {
                const ratios = ax.map((a, i) => sizes[i] / x.shape[a]);
                const s = policy === 'not_larger' ? Math.min(...ratios) : Math.max(...ratios);
                ax.forEach((a) => (out[a] = Math.round(s * x.shape[a])));
            }
        }
        else if (scales)
            ax.forEach((a, i) => (out[a] = scaledLength(x.shape[a], scales[i])));
        return resized(ctx, x, out);
    },
};
const Upsample = {
    reads: (ctx) => (ctx.opset >= 9 ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const scales = ctx.opset >= 9 ? ctx.value(1) : ctx.floats('scales');
        if (!scales)
            return resized(ctx, x, ctx.declaredShape('the scales'));
        if (scales.length !== x.shape.length)
            ctx.fail(`scales ${(0,tensor/* fmt */.Sc)(scales)} do not fit input ${(0,tensor/* fmt */.Sc)(x.shape)}`);
        return resized(ctx, x, x.shape.map((d, i) => scaledLength(d, scales[i])));
    },
};
/**
 * RoiAlign(X, rois, batch_indices): [rois, C, output_height, output_width]; each output element
 * averages (or takes the maximum of) sampling_ratio^2 bilinear samples: `resize` and
 * `avgpool` / `maxpool` per sample. sampling_ratio 0 (the default) samples each bin as densely
 * as the ROI is large: the cost depends on the data.
 */
const RoiAlign = {
    infer(ctx) {
        const x = ctx.in(0);
        const rois = ctx.in(1).shape;
        if (x.shape.length !== 4 || rois.length !== 2 || rois[1] !== 4)
            ctx.fail(`input ${(0,tensor/* fmt */.Sc)(x.shape)} and rois ${(0,tensor/* fmt */.Sc)(rois)} must be [N, C, H, W] and [R, 4]`);
        const out = (0,tensor/* tensor */.OE)([rois[0], x.shape[1], ctx.int('output_height', 1), ctx.int('output_width', 1)], x.dtype);
        const s = ctx.int('sampling_ratio', 0);
        if (s <= 0)
            return ctx.refuse('sampling_ratio 0 takes as many samples per bin as the ROI is large: its cost depends on the data');
        const samples = big((0,tensor/* size */.Ej)(out.shape), s, s);
        const m = ctx.str('mode', 'avg');
        if (m !== 'avg' && m !== 'max')
            ctx.fail(`unknown mode "${m}"`);
        return { outputs: [out], ops: { resize: samples, [m === 'avg' ? 'avgpool' : 'maxpool']: samples } };
    },
};
/** GridSample(X [N, C, D...], grid [N, H_out..., r]): [N, C, H_out...], one interpolation per output element. */
const GridSample = {
    infer(ctx) {
        const x = ctx.in(0);
        const g = ctx.in(1).shape;
        const r = x.shape.length;
        if (r < 3 || g.length !== r || g[0] !== x.shape[0] || g[r - 1] !== r - 2)
            ctx.fail(`grid ${(0,tensor/* fmt */.Sc)(g)} does not fit input ${(0,tensor/* fmt */.Sc)(x.shape)}`);
        return types_fromCore(resize(x, [x.shape[0], x.shape[1], ...g.slice(1, -1)], mode(ctx, 'linear')));
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/reshape.ts
/** Ops that rearrange a tensor without arithmetic: adapters onto the core's layout ops. */




/** Reshape: the target from input 1 (opset 5+) or the `shape` attribute; 0 copies unless allowzero. */
const reshape_Reshape = {
    reads: (ctx) => (ctx.opset >= 5 ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const target = ctx.opset >= 5 ? ctx.value(1) : ctx.ints('shape');
        if (!target)
            return free(ctx.declaredOutputs('the target shape', x.dtype));
        return types_fromCore(reshape(x, target, ctx.int('allowzero', 0) !== 1));
    },
};
const reshape_Flatten = { infer: (ctx) => types_fromCore(flatten2d(ctx.in(0), ctx.int('axis', 1))) };
const reshape_Transpose = { infer: (ctx) => types_fromCore(transpose(ctx.in(0), ctx.ints('perm'))) };
const reshape_Squeeze = {
    reads: (ctx) => (ctx.opset >= 13 ? [1] : []),
    infer(ctx) {
        const axes = common_intList(ctx, 1, 'axes', ctx.opset >= 13);
        if (axes === null)
            return free(ctx.declaredOutputs('the axes', ctx.in(0).dtype));
        return types_fromCore(squeeze(ctx.in(0), axes));
    },
};
const Unsqueeze = {
    reads: (ctx) => (ctx.opset >= 13 ? [1] : []),
    infer(ctx) {
        const axes = common_intList(ctx, 1, 'axes', ctx.opset >= 13);
        if (axes === null)
            return free(ctx.declaredOutputs('the axes', ctx.in(0).dtype));
        if (!axes)
            return ctx.fail('has no axes');
        return types_fromCore(unsqueeze(ctx.in(0), axes));
    },
};
const Expand = {
    reads: () => [1],
    infer(ctx) {
        const shape = ctx.value(1);
        if (!shape)
            return free(ctx.declaredOutputs('the target shape', ctx.in(0).dtype));
        return types_fromCore(expand(ctx.in(0), shape));
    },
};
const reshape_Tile = {
    reads: () => [1],
    infer(ctx) {
        const x = ctx.in(0);
        const reps = ctx.value(1);
        if (!reps)
            return free(ctx.declaredOutputs('the repeats', x.dtype));
        if (reps.length !== x.shape.length)
            ctx.fail(`repeats ${(0,tensor/* fmt */.Sc)(reps)} do not fit ${(0,tensor/* fmt */.Sc)(x.shape)}`);
        return types_fromCore(tile(x, reps));
    },
};
const DepthToSpace = { infer: (ctx) => types_fromCore(depthToSpace(ctx.in(0), ctx.int('blocksize', 0))) };
const SpaceToDepth = { infer: (ctx) => types_fromCore(spaceToDepth(ctx.in(0), ctx.int('blocksize', 0))) };

;// CONCATENATED MODULE: ./src/onnx/ops/rnn.ts





/** The activation functions ONNX recurrent ops accept, as the core's activations. */
const ACT = {
    Relu: 'relu', LeakyRelu: 'leaky_relu', ThresholdedRelu: 'thresholded_relu', Tanh: 'tanh', ScaledTanh: 'scaled_tanh',
    Sigmoid: 'sigmoid', HardSigmoid: 'hard_sigmoid', Affine: 'affine', Elu: 'elu', Softsign: 'softsign', Softplus: 'softplus',
};
const rnn_CELLS = {
    // f for the gates, g for the candidate (and h for the cell output of an LSTM).
    LSTM: { kind: 'lstm', gates: 4, defaults: ['Sigmoid', 'Tanh', 'Tanh'] },
    GRU: { kind: 'gru', gates: 3, defaults: ['Sigmoid', 'Tanh'] },
    RNN: { kind: 'simple', gates: 1, defaults: ['Tanh'] },
};
/**
 * LSTM / GRU / RNN over X [T, B, I] (layout 1: [B, T, I]), W [dirs, gates x H, I]: the core's
 * cell, every step of every sample and direction counted. ONNX keeps two bias vectors (input
 * and recurrent), both added when B is given; P (LSTM) adds peepholes. Each direction may name
 * its own activations.
 */
function recurrentRule(op) {
    const cell = rnn_CELLS[op];
    return {
        infer(ctx) {
            const x = ctx.in(0).shape;
            const w = ctx.in(1).shape;
            const layout = ctx.opset >= 14 ? ctx.int('layout', 0) : 0;
            if (x.length !== 3 || w.length !== 3)
                ctx.fail(`needs 3-D input and weights, got ${(0,tensor/* fmt */.Sc)(x)} and ${(0,tensor/* fmt */.Sc)(w)}`);
            const [t, b, i] = layout === 1 ? [x[1], x[0], x[2]] : x;
            const direction = ctx.str('direction', 'forward');
            if (!['forward', 'reverse', 'bidirectional'].includes(direction))
                ctx.fail(`unknown direction "${direction}"`);
            const dirs = direction === 'bidirectional' ? 2 : 1;
            const h = ctx.int('hidden_size', w[1] / cell.gates);
            if (w[0] !== dirs || w[1] !== cell.gates * h || w[2] !== i) {
                ctx.fail(`weights ${(0,tensor/* fmt */.Sc)(w)} do not fit ${dirs} direction(s), ${cell.gates} gates of ${h} units and ${i} inputs`);
            }
            const acts = ctx.strings('activations') ?? [];
            const ops = {};
            for (let d = 0; d < dirs; d++) {
                const name = (k) => {
                    const given = acts[d * cell.defaults.length + k] ?? cell.defaults[k];
                    const a = Object.prototype.hasOwnProperty.call(ACT, given) ? ACT[given] : undefined;
                    return a ?? ctx.fail(`unknown activation "${given}"`);
                };
                // The LSTM's cell output activation (h) is the candidate's (g) in the core's cell.
                const spec = { kind: cell.kind, units: h, input: i, biasVectors: ctx.has(3) ? 2 : 0, recurrentActivation: name(0), activation: name(cell.kind === 'simple' ? 0 : 1), peepholes: op === 'LSTM' && ctx.has(7) };
                addCounts(ops, recurrent(spec, big(t, b)).counts);
            }
            const y = layout === 1 ? [b, t, dirs, h] : [t, dirs, b, h];
            const yh = layout === 1 ? [b, dirs, h] : [dirs, b, h];
            const dtype = ctx.in(0).dtype;
            const outputs = [val(y, dtype)];
            for (let k = 1; k < ctx.nOut; k++)
                outputs.push(val(yh, dtype));
            return { outputs, ops };
        },
    };
}
const LSTM = recurrentRule('LSTM');
const GRU = recurrentRule('GRU');
const rnn_RNN = recurrentRule('RNN');

;// CONCATENATED MODULE: ./src/onnx/ops/select.ts
/** Ops that pick, join, split or pad data: adapters onto the core's selection ops (cost 0). */






const Identity = {
    infer(ctx) {
        const x = ctx.in(0);
        return free([{ shape: x.shape, dtype: x.dtype, values: x.values, ref: x.ref }]);
    },
};
const Dropout = {
    infer(ctx) {
        const x = ctx.in(0);
        const outs = [val(x.shape, x.dtype, x.values)];
        if (ctx.nOut > 1)
            outs.push(val(x.shape, 'bool'));
        return free(outs);
    },
};
/** Ops whose output is the first input's shape and that do no arithmetic (masks, scatters, reversals). */
const SameShape = { infer: (ctx) => types_fromCore(passThrough(ctx.in(0))) };
const Concat = {
    infer(ctx) {
        const xs = [];
        for (let i = 0; i < ctx.nIn; i++)
            if (ctx.has(i))
                xs.push(ctx.in(i));
        if (xs.length === 0)
            ctx.fail('has no inputs');
        return types_fromCore(concat(xs, ctx.int('axis', 1)));
    },
};
/** Split: sizes from input 1 (opset 13; opset 1 took them as an optional input too) or `split`, else equal parts. */
const select_Split = {
    reads: (ctx) => (ctx.opset >= 13 || ctx.has(1) ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const axis = normAxis(ctx.int('axis', 0), x.shape.length);
        let sizes = common_intList(ctx, 1, 'split', ctx.opset >= 13 || ctx.has(1));
        if (sizes === null)
            return free(ctx.declaredOutputs('the split sizes', x.dtype));
        if (!sizes || sizes.length === 0) {
            const n = ctx.int('num_outputs', ctx.nOut);
            sizes = evenSplitSizes(x.shape[axis], n, ctx.attr('num_outputs') !== undefined);
        }
        return types_fromCore(split(x, axis, sizes));
    },
};
/** Slice: starts, ends, axes, steps from inputs (opset 10+) or attributes; ONNX's clamping. */
const Slice = {
    reads: (ctx) => (ctx.opset >= 10 ? [1, 2, 3, 4] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const fromInput = ctx.opset >= 10;
        const starts = common_intList(ctx, 1, 'starts', fromInput);
        const ends = common_intList(ctx, 2, 'ends', fromInput);
        const axes = common_intList(ctx, 3, 'axes', fromInput);
        const steps = fromInput ? common_intList(ctx, 4, '', true) : undefined;
        if (starts === null || ends === null || axes === null || steps === null)
            return free(ctx.declaredOutputs('a slice bound', x.dtype));
        if (!starts || !ends || starts.length !== ends.length)
            return ctx.fail('starts and ends are missing or differ in length');
        const ax = axes ?? starts.map((_, i) => i);
        if (ax.length !== starts.length || (steps && steps.length !== starts.length))
            ctx.fail('starts, ends, axes and steps differ in length');
        const specs = ax.map((axis, i) => ({ axis, start: starts[i], end: ends[i], step: steps ? steps[i] : 1 }));
        return types_fromCore(slice(x, specs, 'onnx'));
    },
};
const Gather = { infer: (ctx) => types_fromCore(gather(ctx.in(0), ctx.in(1), ctx.int('axis', 0))) };
const GatherElements = { infer: (ctx) => types_fromCore(gatherElements(ctx.in(0), ctx.in(1), ctx.int('axis', 0))) };
const GatherND = { infer: (ctx) => types_fromCore(gatherND(ctx.in(0), ctx.in(1), ctx.int('batch_dims', 0))) };
/** Pad: pads from input 1 (opset 11+) or the attribute, [begin..., end...] over `axes` (opset 18). */
const Pad = {
    reads: (ctx) => (ctx.opset >= 11 ? [1, 2, 3] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const r = x.shape.length;
        const pads = ctx.opset >= 11 ? (ctx.has(1) ? ctx.value(1) : undefined) : ctx.ints('pads') ?? ctx.ints('paddings');
        if (!pads)
            return free(ctx.declaredOutputs('the pads', x.dtype));
        let axes = Array.from({ length: r }, (_, i) => i);
        if (ctx.opset >= 18 && ctx.has(3)) {
            const given = ctx.value(3);
            if (!given)
                return free(ctx.declaredOutputs('the axes', x.dtype));
            axes = normAxes(given, r);
        }
        if (pads.length !== 2 * axes.length)
            ctx.fail(`pads ${(0,tensor/* fmt */.Sc)(pads)} do not fit ${axes.length} axes`);
        const perAxis = x.shape.map(() => [0, 0]);
        axes.forEach((a, i) => (perAxis[a] = [pads[i], pads[i + axes.length]]));
        // Only the constant mode's values are folded (reflect and edge copy the data).
        const mode = ctx.str('mode', 'constant');
        const fill = mode !== 'constant' ? undefined : ctx.opset >= 11 ? (ctx.has(2) ? ctx.value(2)?.[0] : 0) : ctx.float('value', 0);
        return types_fromCore(pad(x, perAxis, fill));
    },
};

;// CONCATENATED MODULE: ./src/core/ops/signal.ts
/**
 * Signal processing: window functions, the discrete Fourier transform and the short-time one.
 *
 * A DFT is counted as its definition computes it: each output bin is the sum over the N input
 * samples of a sample times a twiddle factor, N complex multiply-accumulates, i.e. 2 real
 * MACs for a real input and 4 for a complex one. FFTs do fewer (a radix-2 FFT of a power of
 * two N needs (N / 2) log2 N complex multiplications) but how many depends on N's factors, on
 * the radix and on the library; the definition's count is exact for every runtime, and an
 * upper bound on what any of them does.
 */




/**
 * Hann and Hamming windows (w = a0 - a1 cos(2 pi n / N)), Blackman (+ a2 cos(4 pi n / N)):
 * per element and cosine term the angle (`mul`), the cosine (`trig`) and its coefficient
 * (`mul`), then the sum; one division for the angular increment 2 pi / N.
 */
function windowFunction(length, terms, dtype) {
    const n = big(length);
    const counts = terms === 1 ? { mul: 2n * n, trig: n, sub: n, div: 1n } : { mul: 4n * n, trig: 2n * n, sub: n, add: n, div: 1n };
    return result([(0,tensor/* tensor */.OE)([length], dtype)], counts);
}
/** Real MACs of N complex products per output bin. */
function dftMacs(bins, n, complex) {
    return bins * big(n, complex ? 4 : 2);
}
/**
 * A DFT along `axis` of `x` (last axis: 1 real or 2 complex components) of length n; onesided
 * keeps floor(n / 2) + 1 bins; the inverse divides each output component by n.
 */
function dft(x, axis, n, o) {
    const r = x.length;
    const complex = x[r - 1] === 2;
    if (r < 2 || (x[r - 1] !== 1 && x[r - 1] !== 2))
        (0,core_errors/* fault */.DG)(`input ${(0,tensor/* fmt */.Sc)(x)} must end in 1 (real) or 2 (complex) components`);
    if (axis === r - 1)
        (0,core_errors/* fault */.DG)(`axis ${axis} of ${(0,tensor/* fmt */.Sc)(x)} is the real / imaginary one, not a signal axis`);
    if (!Number.isSafeInteger(n) || n < 1)
        (0,core_errors/* fault */.DG)(`DFT length ${n} must be a positive integer`);
    const out = x.map((d, i) => (i === axis ? (o.onesided ? Math.floor(n / 2) + 1 : n) : i === r - 1 ? 2 : d));
    const counts = { mac: dftMacs(big((0,tensor/* size */.Ej)(out) / 2), n, complex) };
    if (o.inverse)
        counts.div = big((0,tensor/* size */.Ej)(out));
    return result([(0,tensor/* tensor */.OE)(out, o.dtype)], counts);
}
/** Frames of a short-time transform: floor((length - frame_length) / step) + 1. */
function stftFrames(length, frameLength, step) {
    if (!Number.isSafeInteger(step) || step < 1)
        (0,core_errors/* fault */.DG)(`frame step ${step} must be a positive integer`);
    if (!Number.isSafeInteger(frameLength) || frameLength < 1 || frameLength > length)
        (0,core_errors/* fault */.DG)(`frame length ${frameLength} does not fit a signal of ${length}`);
    return Math.floor((length - frameLength) / step) + 1;
}
/**
 * STFT of a signal [batch, length, 1 | 2] in `frames` frames (stftFrames), each multiplied by
 * the window (one `mul` per real component, when there is one) and transformed by a DFT of
 * frame_length samples into frame_length bins, or floor(frame_length / 2) + 1 when onesided.
 */
function stft(x, frameLength, frames, o) {
    if (x.length !== 3 || (x[2] !== 1 && x[2] !== 2))
        (0,core_errors/* fault */.DG)(`signal ${(0,tensor/* fmt */.Sc)(x)} must be [batch, length, 1 or 2]`);
    const complex = x[2] === 2;
    if (!Number.isSafeInteger(frameLength) || frameLength < 1 || frameLength > x[1])
        (0,core_errors/* fault */.DG)(`frame length ${frameLength} does not fit signal ${(0,tensor/* fmt */.Sc)(x)}`);
    const bins = o.onesided ? Math.floor(frameLength / 2) + 1 : frameLength;
    const out = [x[0], frames, bins, 2];
    const all = big(x[0], frames);
    const counts = { mac: dftMacs(all * big(bins), frameLength, complex) };
    if (o.windowed)
        counts.mul = all * big(frameLength, complex ? 2 : 1);
    return result([(0,tensor/* tensor */.OE)(out, o.dtype)], counts);
}

;// CONCATENATED MODULE: ./src/onnx/ops/signal.ts
/** Signal processing: adapters onto the core's window functions, DFT and STFT. */





/** HannWindow, HammingWindow (one cosine term), BlackmanWindow (two). */
function windowRule(terms) {
    return {
        reads: () => [0],
        infer(ctx) {
            const dtype = (0,dtypes/* coreDType */.cK)(ctx.int('output_datatype', 1));
            const size = ctx.value(0);
            const out = size ? [size[0]] : ctx.declaredShape('the window size');
            if (out.length !== 1)
                ctx.fail(`declared output ${(0,tensor/* fmt */.Sc)(out)} is not 1-D`);
            return types_fromCore(windowFunction((0,tensor/* checkShape */.eA)(out)[0], terms, dtype));
        },
    };
}
const HannWindow = windowRule(1);
const HammingWindow = windowRule(1);
const BlackmanWindow = windowRule(2);
/**
 * DFT (opset 17: axis an attribute, default 1; opset 20: an input, default -2) of length
 * dft_length or the axis size; a run-time length takes the declared output's.
 */
const DFT = {
    reads: () => [1, 2],
    infer(ctx) {
        const x = ctx.in(0).shape;
        const r = x.length;
        let axis;
        if (ctx.opset >= 20) {
            const given = ctx.has(2) ? ctx.value(2) : [-2];
            if (!given)
                return ctx.refuse('its axis is only known at run time');
            axis = normAxis(given[0], r);
        }
        else
            axis = normAxis(ctx.int('axis', 1), r);
        const onesided = ctx.int('onesided', 0) === 1;
        let n = x[axis];
        if (ctx.has(1)) {
            const given = ctx.value(1);
            if (given)
                n = given[0];
            else {
                if (onesided)
                    return ctx.refuse('its length is only known at run time, and a onesided output does not tell it');
                const out = ctx.declaredShape('the DFT length');
                if (out.length !== r || out[axis] === undefined)
                    ctx.fail(`declared output ${(0,tensor/* fmt */.Sc)(out)} does not fit input ${(0,tensor/* fmt */.Sc)(x)}`);
                n = out[axis];
            }
        }
        return types_fromCore(dft(x, axis, n, { onesided, inverse: ctx.int('inverse', 0) === 1, dtype: ctx.in(0).dtype }));
    },
};
/** STFT(signal, frame_step, window, frame_length): onesided by default; a run-time step takes the declared frames. */
const STFT = {
    reads: () => [1, 3],
    infer(ctx) {
        const x = ctx.in(0).shape;
        const windowed = ctx.has(2);
        let fl;
        if (ctx.has(3)) {
            const v = ctx.value(3);
            if (!v && !windowed)
                return ctx.refuse('its frame length is only known at run time');
            fl = v ? v[0] : ctx.in(2).shape[0];
        }
        else if (windowed)
            fl = ctx.in(2).shape[0];
        else
            return ctx.fail('needs a window or a frame_length');
        if (x.length !== 3)
            ctx.fail(`signal ${(0,tensor/* fmt */.Sc)(x)} must be [batch, length, 1 or 2]`);
        const onesided = ctx.int('onesided', 1) === 1;
        const step = ctx.value(1);
        let frames;
        if (step)
            frames = stftFrames(x[1], fl, step[0]);
        else {
            const out = ctx.declaredShape('the frame step');
            if (out.length !== 4 || out[0] !== x[0])
                ctx.fail(`declared output ${(0,tensor/* fmt */.Sc)(out)} does not fit signal ${(0,tensor/* fmt */.Sc)(x)}`);
            frames = out[1];
        }
        return types_fromCore(stft(x, fl, frames, { onesided, windowed, dtype: ctx.in(0).dtype }));
    },
};
/**
 * MelWeightMatrix(num_mel_bins, dft_length, ...): [floor(dft_length / 2) + 1, num_mel_bins].
 * Exporters give it constant scalars, so it folds at load; from run-time scalars which
 * frequency bins fall in which triangle, and so its cost, depends on their values.
 */
const MelWeightMatrix = {
    reads: () => [0, 1],
    infer(ctx) {
        const [bins, length] = [ctx.value(0), ctx.value(1)];
        const inputs = [0, 1, 2, 3, 4].map((i) => ctx.in(i));
        if (!bins || !length || !inputs.every((v) => v.constant))
            return ctx.refuse('computed from run-time scalars, its cost depends on their values');
        return { outputs: [val((0,tensor/* checkShape */.eA)([Math.floor(length[0] / 2) + 1, bins[0]]), (0,dtypes/* coreDType */.cK)(ctx.int('output_datatype', 1)))], ops: {} };
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/values.ts
/** Ops that produce or convert values: adapters onto the core's constants (cost 0, values known). */






const Shape = { infer: (ctx) => types_fromCore(shapeOf(ctx.in(0), ctx.int('start', 0), ctx.int('end'))) };
const Size = { infer: (ctx) => types_fromCore(constants_sizeOf(ctx.in(0))) };
const Constant = {
    infer(ctx) {
        const a = ctx.node.attrs[0];
        if (!a || ctx.node.attrs.length !== 1)
            return ctx.fail('needs exactly one value attribute');
        switch (a.name) {
            case 'value':
            case 'sparse_value': {
                if (!a.t)
                    return ctx.fail(`attribute ${a.name} holds no tensor`);
                const t = a.t;
                if (a.name === 'sparse_value')
                    return free([val(t.dims, (0,dtypes/* coreDType */.cK)(t.dataType))]);
                return free([{ ...val(t.dims, (0,dtypes/* coreDType */.cK)(t.dataType), ctx.attrData('value')), ref: t }]);
            }
            case 'value_float': return free([val([], 'float32', [ctx.float('value_float', 0)])]);
            case 'value_floats': {
                const v = ctx.floats('value_floats') ?? [];
                return free([val([v.length], 'float32', v)]);
            }
            case 'value_int': return free([val([], 'int64', [ctx.int('value_int', 0)])]);
            case 'value_ints': {
                const v = ctx.ints('value_ints') ?? [];
                return free([val([v.length], 'int64', v)]);
            }
            case 'value_string': return free([val([], 'string')]);
            case 'value_strings': return free([val([ctx.strings('value_strings')?.length ?? 0], 'string')]);
            default: return ctx.fail(`unknown value attribute ${a.name}`);
        }
    },
};
const ConstantOfShape = {
    reads: () => [0],
    infer(ctx) {
        const dims = ctx.value(0);
        const a = ctx.attr('value');
        const t = a?.type === ir/* ATTR */.aP.TENSOR ? a.t : undefined;
        const dtype = (0,dtypes/* coreDType */.cK)(t?.dataType ?? 1);
        if (!dims)
            return free(ctx.declaredOutputs('the shape input', dtype));
        return types_fromCore(filled((0,tensor/* checkShape */.eA)(dims), dtype, t ? ctx.attrData('value')?.[0] : 0));
    },
};
const Range = {
    reads: () => [0, 1, 2],
    infer(ctx) {
        const [s, l, d] = [ctx.value(0), ctx.value(1), ctx.value(2)];
        const dtype = ctx.in(0).dtype;
        if (!s || !l || !d)
            return free(ctx.declaredOutputs('the range bounds', dtype));
        return types_fromCore(range(s[0], l[0], d[0], dtype));
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/index.ts















/**
 * The adapter per op type of the default ONNX domain (ai.onnx): each reads the node's
 * attributes and inputs and calls the core rule of the same operation (src/core/ops).
 */
const ops_RULES = {
    Conv: Conv, ConvTranspose: ConvTranspose,
    Gemm: Gemm, MatMul: MatMul, Einsum: matmul_Einsum,
    MaxPool: MaxPool, AveragePool: AveragePool, GlobalAveragePool: GlobalAveragePool, GlobalMaxPool: GlobalMaxPool,
    BatchNormalization: norm_BatchNormalization,
    LayerNormalization: norm_LayerNormalization,
    InstanceNormalization: InstanceNormalization,
    GroupNormalization: norm_GroupNormalization,
    MeanVarianceNormalization: MeanVarianceNormalization,
    LpNormalization: LpNormalization,
    LRN: LRN,
    ...activations_ACTIVATIONS,
    ...ELEMENTWISE,
    ...reduce_REDUCTIONS,
    Resize: Resize, Upsample: Upsample,
    LSTM: LSTM, GRU: GRU, RNN: rnn_RNN,
    Identity: Identity,
    Dropout: Dropout,
    Shape: Shape,
    Size: Size,
    Constant: Constant,
    ConstantOfShape: ConstantOfShape,
    Reshape: reshape_Reshape,
    Flatten: reshape_Flatten,
    Transpose: reshape_Transpose,
    Concat: Concat,
    Split: select_Split,
    Slice: Slice,
    Gather: Gather,
    GatherElements: GatherElements,
    GatherND: GatherND,
    ScatterND: SameShape,
    ScatterElements: SameShape,
    Scatter: SameShape,
    Squeeze: reshape_Squeeze,
    Unsqueeze: Unsqueeze,
    Expand: Expand,
    Tile: reshape_Tile,
    Range: Range,
    Pad: Pad,
    DepthToSpace: DepthToSpace,
    SpaceToDepth: SpaceToDepth,
    Trilu: SameShape,
    ReverseSequence: SameShape,
    QuantizeLinear: QuantizeLinear,
    DequantizeLinear: DequantizeLinear,
    DynamicQuantizeLinear: DynamicQuantizeLinear,
    QLinearConv: QLinearConv,
    QLinearMatMul: QLinearMatMul,
    ConvInteger: ConvInteger,
    MatMulInteger: MatMulInteger,
    Hardmax: Hardmax,
    CumSum: CumSum,
    TopK: TopK,
    Det: Det,
    Bernoulli: Bernoulli,
    RandomUniformLike: RandomLike,
    RandomNormalLike: RandomLike,
    RandomUniform: RandomOfShape,
    RandomNormal: RandomOfShape,
    HannWindow: HannWindow,
    HammingWindow: HammingWindow,
    BlackmanWindow: BlackmanWindow,
    DFT: DFT,
    STFT: STFT,
    MelWeightMatrix: MelWeightMatrix,
    OneHot: OneHot,
    EyeLike: EyeLike,
    MaxUnpool: MaxUnpool,
    Compress: Compress,
    NonZero: NonZero,
    Unique: Unique,
    RoiAlign: RoiAlign,
    GridSample: GridSample,
};
/**
 * Rules of onnxruntime's contrib domain (com.microsoft): the quantized ops its quantizer
 * writes, semantics as its ContribOperators.md gives them.
 */
const MS_RULES = {
    QuantizeLinear: QuantizeLinear,
    DequantizeLinear: DequantizeLinear,
    QLinearConv: QLinearConv,
    QGemm: QGemm,
    QLinearAdd: QLinearAdd,
    QLinearMul: QLinearMul,
    QLinearSigmoid: QLinearSigmoid,
    QLinearLeakyRelu: QLinearLeakyRelu,
    QLinearGlobalAveragePool: QLinearGlobalAveragePool,
    QLinearAveragePool: QLinearAveragePool,
    QLinearConcat: QLinearConcat,
    QLinearSoftmax: QLinearSoftmax,
    QLinearReduceMean: QLinearReduceMean,
    DynamicQuantizeMatMul: DynamicQuantizeMatMul,
    MatMulIntegerToFloat: MatMulIntegerToFloat,
};
const MS_DOMAIN = 'com.microsoft';
const ops_own = (table, op) => (Object.prototype.hasOwnProperty.call(table, op) ? table[op] : undefined);
function ops_ruleFor(domain, opType) {
    if (domain === MS_DOMAIN)
        return ops_own(MS_RULES, opType);
    if (domain !== '' && domain !== 'ai.onnx')
        return undefined;
    return ops_own(ops_RULES, opType);
}

;// CONCATENATED MODULE: ./src/onnx/ops/refused.ts
/**
 * Standard ops flopgate refuses on purpose, with the reason its "unsupported op" message gives:
 * what they compute is not a forward pass over tensors of known shape, so there is no exact
 * count to give. They stay under the unknown policy like any op without a rule.
 */
const TRAINING = 'a training op (an optimizer step or a gradient), not part of a forward pass';
const LOSS = 'a training loss: it compares predictions with labels, which inference does not have';
const SEQUENCE = 'a sequence op: a sequence has no static shape to measure';
const OPTIONAL = 'an optional op: an optional value has no static shape to measure';
const TEXT = 'a text op: string processing, not tensor arithmetic';
const DEFAULT = {
    If: 'control flow: its then_branch and else_branch subgraphs are not measured',
    Loop: 'control flow: its body subgraph is not measured (nor how many times it runs)',
    Scan: 'control flow: its body subgraph is not measured',
    SequenceAt: SEQUENCE, SequenceConstruct: SEQUENCE, SequenceEmpty: SEQUENCE, SequenceErase: SEQUENCE,
    SequenceInsert: SEQUENCE, SequenceLength: SEQUENCE, SequenceMap: SEQUENCE, SplitToSequence: SEQUENCE,
    ConcatFromSequence: SEQUENCE,
    Optional: OPTIONAL, OptionalGetElement: OPTIONAL, OptionalHasElement: OPTIONAL,
    StringNormalizer: TEXT, StringConcat: TEXT, StringSplit: TEXT, RegexFullMatch: TEXT,
    TfIdfVectorizer: 'a text op: n-gram counting over token ids or strings, not tensor arithmetic',
    NegativeLogLikelihoodLoss: LOSS, SoftmaxCrossEntropyLoss: LOSS,
    NonMaxSuppression: 'its output shape depends on the data (how many boxes are kept)',
};
const TRAINING_OPS = new Set(['Adagrad', 'Adam', 'Momentum', 'Gradient']);
/** Why flopgate does not measure `opType` of `domain`, when it is one of the ops refused on purpose. */
function refusedReason(domain, opType) {
    const std = domain === '' || domain === 'ai.onnx';
    if (TRAINING_OPS.has(opType) && (std || domain === 'ai.onnx.preview.training'))
        return TRAINING;
    if (!std || !Object.prototype.hasOwnProperty.call(DEFAULT, opType))
        return undefined;
    return DEFAULT[opType];
}

;// CONCATENATED MODULE: ./src/onnx/params.ts

/**
 * An Identity of a weight is PyTorch's legacy exporter de-duplicating initializers of equal
 * value: a weight used by several calls (ALBERT's shared layer, DeBERTa's shared attention
 * key, a transposed weight folded once per call) becomes one initializer read through
 * Identity copies. The copies are that one tensor, counted once (docs/onnx-ops.md: an
 * untrained model whose distinct layers start equal is merged the same way).
 */
function isIdentityOfParam(n, inputs) {
    return n.opType === 'Identity' && (0,ir/* isDefaultDomain */.KJ)(n.domain) && inputs[0]?.param !== undefined;
}
/**
 * PyTorch's exporter folds an inference BatchNormalization into the Conv before it, and the
 * folded weight and bias get anonymous `onnx::` names instead of module paths. The source
 * model had the BN's scale and shift as parameters; the folded bias carries the shift, and the
 * scale (one per output channel) is what this returns.
 */
function foldedBatchNormScale(m, n, inputs) {
    if (m.producer !== 'pytorch' || n.opType !== 'Conv' || !(0,ir/* isDefaultDomain */.KJ)(n.domain))
        return 0;
    const [w, b] = [inputs[1], inputs[2]];
    const anon = (i) => n.inputs[i]?.startsWith('onnx::');
    if (!w?.param || !b?.param || !anon(1) || !anon(2))
        return 0;
    return w.shape[0];
}
/** Every parameter tensor is counted once, at the first node that uses it. */
class ParamLedger {
    model;
    counted = new Set();
    constructor(model) {
        this.model = model;
    }
    /**
     * Parameters `n` is the first to use (and how many of them training updates), with a note
     * when an exporter habit was undone. `metadata`: indices of inputs that are quantization
     * scales and zero points, which the network the model was quantized from did not have.
     */
    take(n, inputs, metadata = []) {
        if (isIdentityOfParam(n, inputs))
            return { params: 0n, trainable: 0n };
        let params = 0n;
        let trainable = 0n;
        // The folded weight (input 1) brings its scale only where it is first counted.
        const w = inputs[1]?.param;
        let weightFirst = false;
        const statistics = n.opType === 'BatchNormalization' && (0,ir/* isDefaultDomain */.KJ)(n.domain);
        inputs.forEach((v, i) => {
            // Quantization scales and zero points: not counted here, nor marked, so a tensor that
            // is also used as data elsewhere still counts there.
            if (!v?.param || this.counted.has(v.param) || metadata.includes(i))
                return;
            this.counted.add(v.param);
            if (v.param === w)
                weightFirst = true;
            const k = BigInt(v.ref?.elements ?? v.shape.reduce((a, b) => a * b, 1));
            params += k;
            // A BatchNormalization's running mean and variance are state, not trained weights
            // (Keras counts them as non-trainable, PyTorch as buffers).
            if (!(statistics && (i === 3 || i === 4)))
                trainable += k;
        });
        const scale = weightFirst ? foldedBatchNormScale(this.model, n, inputs) : 0;
        if (!scale)
            return { params, trainable };
        return {
            params: params + BigInt(scale),
            trainable: trainable + BigInt(scale),
            note: `BatchNormalization folded into this Conv by the exporter: its ${scale} scale parameters are counted`,
        };
    }
}

// EXTERNAL MODULE: ./src/onnx/tensor-data.ts
var tensor_data = __webpack_require__(9751);
// EXTERNAL MODULE: ./src/containers/protobuf.ts
var protobuf = __webpack_require__(1977);
;// CONCATENATED MODULE: ./src/onnx/analyze.ts


















/** Attribute tensors up to this size (Constant scalars, ConstantOfShape fill) are read up front. */
const ATTR_PRELOAD = 1024;
/** Constants a node of constants is folded with are read up to this size (shape arithmetic). */
const FOLD_READ = 1024;
const UNKNOWN = Symbol('unknown shape');
function typeName(n) {
    return (0,ir/* isDefaultDomain */.KJ)(n.domain) ? n.opType : `${n.domain}.${n.opType}`;
}
function rowName(n) {
    return n.name || `${n.opType}_${n.index}`;
}
function opDescription(m, n) {
    const domain = (0,ir/* isDefaultDomain */.KJ)(n.domain) ? '' : n.domain;
    const opset = m.opsets.get(domain);
    const local = m.functions.has(`${n.domain}:${n.opType}`) ? ', a model-local function' : '';
    return `ONNX op "${n.opType}" (domain ${domain || 'ai.onnx'}, opset ${opset ?? 'not imported'}${local}) at node "${rowName(n)}"`;
}
const UNKNOWN_POLICY = 'its cost is unknown (unknown: warn counts it as 0 and marks the total as a lower bound)';
/** An op without a rule; `why`: what else stands in the way; ops refused on purpose bring their own reason. */
function unsupported(file, m, n, why = '') {
    const reason = refusedReason(n.domain, n.opType);
    if (!why && reason)
        why = `: ${reason}`;
    return new errors/* FlopgateError */.N9(`${file}: unsupported ${opDescription(m, n)}${why}; ${UNKNOWN_POLICY}`);
}
/** An op with a rule that cannot measure this node exactly (its shape or cost depends on run-time values). */
function unmeasurable(file, m, n, why) {
    return new errors/* FlopgateError */.N9(`${file}: cannot measure ${opDescription(m, n)}: ${why}; ${UNKNOWN_POLICY}`);
}
/**
 * A declared shape with every dimension known, named dimensions resolved through what the
 * inputs bound them to: the fallback for shapes that depend on run-time values.
 */
function staticDims(v, symbols) {
    if (!v?.dims)
        return undefined;
    const out = [];
    for (const d of v.dims) {
        const n = typeof d === 'number' ? d : d === null ? undefined : symbols.get(d);
        if (n === undefined)
            return undefined;
        out.push(n);
    }
    return out;
}
/** An ONNX file read and measured on its own (tests; the CLI goes through analyze.ts). */
async function analyzeOnnx(src, file, opts) {
    return (await analyzeOnnxDetailed(src, file, opts)).report;
}
/** The report and the inferred graph output shapes (tests compare them with runtime outputs). */
async function analyzeOnnxDetailed(src, file, opts) {
    try {
        const wire = new Wire(new PagedReader(src, file), file);
        return analyzeOnnxModel(await readModel(wire), wire, file, opts);
    }
    catch (e) {
        throw atReaderBoundary(file, e);
    }
}
/**
 * A graph value with every field present from the start, in one order: rules read thousands
 * of them, and one object layout keeps those reads monomorphic.
 */
function graphValue(v) {
    return { shape: v.shape, dtype: v.dtype, values: v.values, constant: v.constant, ref: v.ref, param: v.param, opaque: v.opaque, scale: v.scale };
}
/** Whether reading `v`'s values from the file is wanted (and possible) before a rule runs. */
function wants(v, max) {
    return v !== undefined && v.values === undefined && v.ref !== undefined && !v.ref.external && v.ref.elements <= max;
}
const NO_METADATA = [];
const NO_ATTR_VALUES = new Map();
/**
 * The walk over a graph's nodes in order. Each node is measured by two small synchronous
 * steps with an await between them only when a tensor must be read: a graph of 100k nodes is
 * not 100k suspended async calls, and each step is small enough to be optimised on its own.
 */
class GraphWalk {
    model;
    file;
    values = new Map();
    declared = new Map();
    rows = [];
    ledger;
    policy;
    /** A file without opset_import predates it: operator set 1. */
    opset;
    constructor(model, file, opts) {
        this.model = model;
        this.file = file;
        this.ledger = new ParamLedger(model);
        this.policy = opts.unknown ?? DEFAULTS.unknown;
        this.opset = model.opsets.get('') ?? 1;
    }
    /** Under `unknown: warn`: 0 ops, outputs as the file declares them (else unknown downstream). */
    unknownRow(n, row, note) {
        row.unknown = true;
        row.note = note;
        const outs = n.outputs.map((o) => this.declared.get(o));
        n.outputs.forEach((o, k) => {
            if (!o)
                return;
            const d = outs[k];
            this.values.set(o, d ? graphValue({ shape: d, dtype: 'unknown' }) : UNKNOWN);
        });
        row.output_shape = outs.length === 1 ? outs[0] ?? [] : outs.map((d) => d ?? []);
        return undefined;
    }
    /** The node's row, parameters and context; undefined when it is already settled (unknown). */
    begin(n) {
        const { values, model, file, policy } = this;
        const nIn = n.inputs.length;
        const inputs = new Array(nIn);
        const dataIn = [];
        let blockedIn = false;
        for (let i = 0; i < nIn; i++) {
            const name = n.inputs[i];
            const s = name ? values.get(name) : undefined;
            if (s === UNKNOWN)
                blockedIn = true;
            else
                inputs[i] = s;
            // Data inputs: a weight after the first input is a parameter of the op, not data it reads.
            if (s === UNKNOWN)
                dataIn.push([]);
            else if (s !== undefined && !(s.param && i > 0))
                dataIn.push(s.shape.slice());
        }
        const row = {
            name: rowName(n),
            type: typeName(n),
            input_shape: dataIn.length === 1 ? dataIn[0] : dataIn,
            output_shape: [],
            ops: {},
            params: 0n,
            trainable_params: 0n,
        };
        this.rows.push(row);
        const rule = ops_ruleFor(n.domain, n.opType);
        const identityOfParam = isIdentityOfParam(n, inputs);
        // onnxruntime's quantize_dynamic multiplies the run-time input scale by the weight's scale
        // in a plain Mul: that weight scale, and the product, are quantization metadata too.
        const scaleProduct = n.opType === 'Mul' && (0,ir/* isDefaultDomain */.KJ)(n.domain) && inputs.some((v) => v?.scale) && inputs.every((v) => v?.scale || v?.constant);
        // Scales and zero points of quantized ops are not weights of the network.
        const metadata = scaleProduct ? inputs.flatMap((v, i) => (v?.param ? [i] : [])) : rule?.metadata?.({ nIn }) ?? NO_METADATA;
        const taken = this.ledger.take(n, inputs, metadata);
        row.params = taken.params;
        row.trainable_params = taken.trainable;
        const opaque = n.opType === 'Identity' ? -1 : inputs.findIndex((v) => v?.opaque);
        if (opaque >= 0 && policy === 'error') {
            throw unsupported(file, model, n, ` on input "${n.inputs[opaque]}", a sequence, map or optional rather than a tensor`);
        }
        if (!rule || blockedIn || opaque >= 0) {
            const reason = refusedReason(n.domain, n.opType);
            return this.unknownRow(n, row, rule ? 'input unknown: it follows an unsupported op or is not a tensor'
                : `unsupported op (domain ${n.domain || 'ai.onnx'}${reason ? `; ${reason}` : ''}), counted as 0`);
        }
        let attrValues;
        const attrReads = [];
        for (const a of n.attrs) {
            if (!a.t || a.t.elements > ATTR_PRELOAD)
                continue;
            // A Constant's value was decoded with its node; only a larger one is read from the file.
            if (a.t.values)
                (attrValues ??= new Map()).set(a.name, a.t.values);
            else
                attrReads.push({ name: a.name, t: a.t });
        }
        const declaredOuts = n.outputs.map((o) => this.declared.get(o));
        const ctx = new NodeCtx(file, n, (0,ir/* isDefaultDomain */.KJ)(n.domain) ? this.opset : model.opsets.get(n.domain) ?? 1, inputs, declaredOuts, attrValues ?? NO_ATTR_VALUES);
        // A random draw differs at every run, whatever its inputs: it never folds.
        let allConstant = !rule.volatile;
        for (let i = 0; i < nIn && allConstant; i++) {
            const v = inputs[i];
            if (n.inputs[i] ? !v?.constant : v !== undefined && !v.constant)
                allConstant = false;
        }
        const reads = [];
        if (attrReads.length === 0 && rule.reads) {
            for (const i of rule.reads(ctx)) {
                const v = inputs[i];
                if (wants(v, tensor/* MAX_FOLD */.rR))
                    reads.push(v);
            }
        }
        // Folding a node of constants reads only small ones: a Transpose of a weight is weights.
        if (allConstant)
            for (const v of inputs)
                if (wants(v, FOLD_READ))
                    reads.push(v);
        return { n, row, rule, ctx, inputs, allConstant, identityOfParam, scaleProduct, ledgerNote: taken.note, reads, attrReads };
    }
    /** Reads what `begin` found missing; a rule's own reads come once the attributes are known. */
    async read(p, reader) {
        if (p.attrReads.length) {
            const attrValues = new Map();
            for (const a of p.n.attrs)
                if (a.t?.values)
                    attrValues.set(a.name, a.t.values);
            for (const { name, t } of p.attrReads) {
                const d = await (0,tensor_data/* loadTensorData */.w)(reader, t);
                if (d)
                    attrValues.set(name, d);
            }
            p.ctx = new NodeCtx(this.file, p.n, p.ctx.opset, p.inputs, p.ctx.declared, attrValues);
            for (const i of p.rule.reads?.(p.ctx) ?? []) {
                const v = p.inputs[i];
                if (wants(v, tensor/* MAX_FOLD */.rR))
                    p.reads.unshift(v);
            }
        }
        for (const v of p.reads)
            if (v.values === undefined)
                v.values = await (0,tensor_data/* loadTensorData */.w)(reader, v.ref);
    }
    /** Runs the rule and records its outputs and counts. */
    finish(p) {
        const { n, row, rule, ctx, inputs, allConstant, identityOfParam, scaleProduct } = p;
        let res;
        try {
            res = rule.infer(ctx);
        }
        catch (e) {
            // The core's rules know no names: say which node of which file is at fault.
            if (e instanceof core_errors/* OpError */.mC)
                throw new errors/* FlopgateError */.N9(`${this.file}: ${ctx.label}: ${e.message}`);
            if (!(e instanceof core_errors/* Refusal */.P_))
                throw e;
            if (this.policy === 'error')
                throw unmeasurable(this.file, this.model, n, e.why);
            this.unknownRow(n, row, `not measured: ${e.why}; counted as 0`);
            return;
        }
        const outShapes = [];
        for (let k = 0; k < n.outputs.length; k++) {
            const o = n.outputs[k];
            if (!o)
                continue;
            const out = res.outputs[k];
            if (!out)
                ctx.fail(`output ${k} ("${o}") has no inferred shape`);
            const v = graphValue(out);
            // Values known now (folded shape arithmetic) are the same at every inference.
            if (!rule.volatile && (allConstant || v.values !== undefined))
                v.constant = true;
            if (inputs[0]?.opaque)
                v.opaque = true;
            if (scaleProduct)
                v.scale = true;
            if (identityOfParam) {
                // A copy of a weight is that weight: counted once, however many copies read it.
                v.constant = true;
                v.param = inputs[0]?.param;
                v.ref = inputs[0]?.ref;
            }
            this.values.set(o, v);
            outShapes.push(v.shape.slice());
        }
        row.output_shape = outShapes.length === 1 ? outShapes[0] : outShapes;
        if (allConstant && !identityOfParam) {
            row.note = 'constant: computed once when the model loads, not per inference';
        }
        else {
            row.ops = res.ops;
            if (res.note)
                row.note = res.note;
            if (ctx.usedDeclared)
                row.note = 'output shape as declared in the file: it depends on values only known at run time';
        }
        if (p.ledgerNote)
            row.note = p.ledgerNote;
    }
}
/** Measures a decoded ONNX graph; `reader` reads the few tensor values shape arithmetic needs. */
async function analyzeOnnxModel(model, reader, file, opts) {
    const g = model.graph;
    if (g.nodes.length === 0)
        throw new errors/* FlopgateError */.N9(`${file}: the ONNX graph has no nodes: nothing to measure`);
    const order = topoOrder(file, g);
    const walk = new GraphWalk(model, file, opts);
    if (walk.policy === 'error') {
        for (const n of order)
            if (!ops_ruleFor(n.domain, n.opType))
                throw unsupported(file, model, n);
    }
    const graphInputs = g.inputs.filter((v) => !g.initializers.has(v.name));
    const bound = bindInputs(file, graphInputs, opts.inputShapes, opts.batchSize);
    const { values, declared } = walk;
    for (const [name, t] of g.initializers) {
        values.set(name, graphValue({ shape: t.dims, dtype: (0,dtypes/* coreDType */.cK)(t.dataType), constant: true, ref: t, param: (0,dtypes/* isParameterType */.am)(t.dataType) ? name : undefined }));
    }
    graphInputs.forEach((v, k) => values.set(v.name, graphValue({ shape: bound.shapes[k], dtype: (0,dtypes/* coreDType */.cK)(v.elemType), opaque: v.kind !== 'tensor' })));
    for (const v of g.valueInfo.values()) {
        const d = staticDims(v, bound.symbols);
        if (d)
            declared.set(v.name, d);
    }
    for (const v of g.outputs) {
        const d = staticDims(v, bound.symbols);
        if (d)
            declared.set(v.name, d);
    }
    for (const n of order) {
        const p = walk.begin(n);
        if (!p)
            continue;
        if (p.reads.length || p.attrReads.length)
            await walk.read(p, reader);
        walk.finish(p);
    }
    const rows = walk.rows;
    const report = buildModelReport({
        name: opts.name ?? (0,external_node_path_.basename)(file),
        path: file,
        format: 'onnx',
        convention: opts.convention ?? DEFAULTS.convention,
        batch_size: bound.batch,
        input_shapes: bound.shapes,
    }, rows);
    const outputShapes = g.outputs.map((o) => {
        const v = values.get(o.name);
        return v === undefined || v === UNKNOWN || v.opaque ? undefined : [...v.shape];
    });
    return { report, outputShapes };
}

;// CONCATENATED MODULE: ./src/tf/keras-params.ts
/**
 * Parameters of a graph a TF converter wrote from a Keras model (TFLite, a TF.js graph
 * model), counted so that they equal Keras' own count. The converters change what is
 * stored: they fold an inference BatchNormalization into the convolution before it (its
 * gamma, beta, moving mean and moving variance become one scaled kernel and one bias), or
 * leave it as one multiplication and one addition by constant vectors; they give a
 * convolution without a bias a zero bias of their own; they turn scalars of the arithmetic
 * (hard_sigmoid's 1/6, an epsilon) into stored constants. The names they keep say which is
 * which: a tensor fused from several TF ops is named by all of them, joined with ";", and
 * Keras' batch normalisation runs under `<layer>/batchnorm/`.
 *
 * So, per stored constant used as a weight (counted once, however many ops read it):
 * - a vector named under `<bn>/batchnorm/` stands for that BatchNormalization: its 4C
 *   parameters (C the vector's length) are counted once per layer, plus C when the name also
 *   names a `.../BiasAdd` (the convolution had a bias of its own, merged into the shift);
 * - a bias named only `arith.constant...` is one the converter made up (zero): not counted;
 * - a single number in element-wise arithmetic is a constant of the formula, not a weight;
 * - anything else counts its elements.
 * A BatchNormalization with center or scale off has 3C or 2C parameters; the graph cannot
 * tell, and it is counted as 4C (docs/tf-formats.md).
 */

const segments = (name) => name.split(';');
/**
 * The batch normalisation a constant's name places it in, or undefined: a Keras layer's
 * `<layer>/batchnorm/...`, or a TF FusedBatchNorm node of a graph written without Keras.
 */
function batchNormOf(name) {
    for (const s of segments(name)) {
        const i = s.indexOf('/batchnorm/');
        if (i > 0)
            return s.slice(0, i);
        const m = /^(.*?(?:^|\/)FusedBatchNorm(?:V2|V3)?(?:_\d+)?)(?:\/.*|\d*)$/.exec(s);
        if (m)
            return m[1];
    }
    return undefined;
}
const ownBias = (name) => segments(name).some((s) => s.endsWith('/BiasAdd') && !s.includes('/batchnorm/'));
const synthesized = (name) => segments(name).every((s) => /^arith\.constant\d*$/.test(s));
/** At most one axis longer than 1: a per-channel vector, whatever its rank. */
const isVector = (shape) => shape.filter((d) => d !== 1).length <= 1;
class KerasParamLedger {
    counted = new Set();
    norms = new Set();
    /**
     * The parameters stored constant `key` (named `name`, of `shape`) brings as a weight of
     * `role`. `afterNorm`: the op applies it to the output of a batch normalisation already
     * counted (the addition after an unfolded one's multiplication), whatever its name.
     */
    take(key, name, shape, role, afterNorm) {
        if (this.counted.has(key))
            return { params: 0n };
        this.counted.add(key);
        const n = (0,tensor/* size */.Ej)(shape);
        if (role === 'elementwise' && n === 1)
            return { params: 0n };
        const named = role !== 'kernel' && isVector(shape) ? batchNormOf(name) : undefined;
        const bn = afterNorm !== undefined && named !== undefined ? afterNorm : named;
        if (bn !== undefined) {
            if (this.norms.has(bn))
                return { params: 0n, bn };
            this.norms.add(bn);
            const extra = ownBias(name) ? n : 0;
            return { bn, params: BigInt(4 * n + extra), note: `BatchNormalization ${bn.split('/').pop()} folded by the converter: its ${4 * n} parameters (gamma, beta, moving mean and variance) counted${extra ? `, and the ${n} of the bias it absorbed` : ''}` };
        }
        if (role === 'bias' && synthesized(name))
            return { params: 0n, note: 'a zero bias the converter added: not a parameter of the model' };
        return { params: BigInt(n) };
    }
}

;// CONCATENATED MODULE: ./src/containers/flexbuffer.ts
/**
 * The little of FlexBuffers a TFLite Flex op needs: its custom_options are a FlexBuffer
 * vector of strings, [TF op name, serialized NodeDef]. The root sits at the end: the last
 * byte is its width, the byte before its packed type (type << 2 | bit width); a vector's
 * length precedes it, its elements' packed types follow it; a string is an offset back to
 * its bytes, its length stored just before them. Every position is checked.
 */

const STRING = 5;
const BLOB = 25;
const VECTOR = 10;
function flexStrings(buf, what) {
    const fail = (msg) => {
        throw new errors/* FlopgateError */.N9(`${what}: bad FlexBuffer (${msg})`);
    };
    const uint = (pos, width) => {
        if (pos < 0 || pos + width > buf.length || ![1, 2, 4, 8].includes(width))
            fail(`a read at ${pos} of ${width} bytes`);
        let v = 0;
        for (let i = width - 1; i >= 0; i--)
            v = v * 256 + buf[pos + i];
        return v;
    };
    if (buf.length < 3)
        fail('too short');
    const rootWidth = buf[buf.length - 1];
    const packed = buf[buf.length - 2];
    if ((packed >> 2) !== VECTOR)
        fail(`the root is of type ${packed >> 2}, not a vector`);
    const rootAt = buf.length - 2 - rootWidth;
    const vec = rootAt - uint(rootAt, rootWidth);
    const ew = 1 << (packed & 3);
    const n = uint(vec - ew, ew);
    if (n > 64 || vec + n * ew + n > buf.length)
        fail(`a vector of ${n} elements`);
    const out = [];
    for (let i = 0; i < n; i++) {
        const t = buf[vec + n * ew + i];
        if ((t >> 2) !== STRING && (t >> 2) !== BLOB)
            fail(`element ${i} is of type ${t >> 2}`);
        const at = vec + i * ew;
        const s = at - uint(at, ew);
        const lw = 1 << (t & 3);
        const len = uint(s - lw, lw);
        if (s < 0 || s + len > buf.length)
            fail(`string ${i} runs past the buffer`);
        out.push(buf.subarray(s, s + len));
    }
    return out;
}

// EXTERNAL MODULE: ./src/tf/decode-pb.ts
var decode_pb = __webpack_require__(2621);
// EXTERNAL MODULE: ./src/tf/ir.ts
var tf_ir = __webpack_require__(3471);
;// CONCATENATED MODULE: ./src/tf/ops/types.ts


const outcome = (r) => ({ outputs: r.outputs, counts: r.counts });
const bytes = (s) => s;
class TfCtx {
    node;
    inputs;
    constructor(node, inputs) {
        this.node = node;
        this.inputs = inputs;
    }
    get label() {
        return `node "${this.node.name}" (${this.node.op})`;
    }
    in(i) {
        const v = this.inputs[i];
        if (!v)
            (0,core_errors/* fault */.DG)(`input ${i} is missing`);
        return v;
    }
    has(i) {
        return this.inputs[i] !== undefined;
    }
    get nIn() {
        return this.inputs.length;
    }
    /** Values input `i` must have (a shape, axes): unknown ones make the node unmeasurable. */
    need(i, what) {
        const v = this.in(i).values;
        if (!v)
            (0,core_errors/* refuse */.TR)(`${what} (input ${i}) is only known at run time`);
        return v;
    }
    attr(name) {
        return this.node.attrs.get(name);
    }
    int(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.kind !== 'i')
            (0,core_errors/* fault */.DG)(`attribute ${name} is not an int`);
        return a.i;
    }
    float(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.kind !== 'f')
            (0,core_errors/* fault */.DG)(`attribute ${name} is not a float`);
        return a.f;
    }
    bool(name, def = false) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.kind !== 'b')
            (0,core_errors/* fault */.DG)(`attribute ${name} is not a bool`);
        return a.b;
    }
    str(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.kind !== 's')
            (0,core_errors/* fault */.DG)(`attribute ${name} is not a string`);
        return bytes(a.s);
    }
    ints(name) {
        const a = this.attr(name);
        if (!a)
            return undefined;
        if (a.kind !== 'list')
            (0,core_errors/* fault */.DG)(`attribute ${name} is not a list`);
        return a.i;
    }
    strings(name) {
        const a = this.attr(name);
        if (!a)
            return [];
        if (a.kind !== 'list')
            (0,core_errors/* fault */.DG)(`attribute ${name} is not a list`);
        return a.s;
    }
    dtype(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.kind !== 'type')
            (0,core_errors/* fault */.DG)(`attribute ${name} is not a type`);
        return tf_ir/* TF_DTYPES */.F[a.type] ?? 'unknown';
    }
    /** A shape attribute (-1 where open), undefined when absent or of unknown rank. */
    shape(name) {
        const a = this.attr(name);
        return a?.kind === 'shape' ? a.dims : undefined;
    }
}

;// CONCATENATED MODULE: ./src/tf/ops/conv.ts
/** TF's convolutions, their fused forms (grappler's and the TF.js converter's), and pooling. */







/**
 * The window attributes of a TF conv or pool over `spatial` axes: strides and dilations
 * (and ksize) are given per axis of the whole tensor, padding SAME, VALID or EXPLICIT
 * (explicit_paddings, a (before, after) pair per axis).
 */
function tfWindows(ctx, spatial, kernel) {
    const fmtAttr = ctx.str('data_format', spatial === 3 ? 'NDHWC' : 'NHWC');
    const channelsLast = !fmtAttr.startsWith('NC');
    const pick = (xs, def) => {
        if (!xs || xs.length === 0)
            return Array(spatial).fill(def);
        if (xs.length !== spatial + 2)
            (0,core_errors/* fault */.DG)(`${xs.length} values for a ${spatial + 2}-D input`);
        return channelsLast ? xs.slice(1, -1) : xs.slice(2);
    };
    const padding = ctx.str('padding', 'VALID');
    let pads;
    if (padding === 'SAME')
        pads = 'same';
    else if (padding === 'VALID')
        pads = 'valid';
    else if (padding === 'EXPLICIT') {
        const e = ctx.ints('explicit_paddings') ?? [];
        if (e.length !== 2 * (spatial + 2))
            (0,core_errors/* fault */.DG)(`explicit_paddings has ${e.length} values for a ${spatial + 2}-D input`);
        const axes = channelsLast ? Array.from({ length: spatial }, (_, i) => i + 1) : Array.from({ length: spatial }, (_, i) => i + 2);
        pads = axes.map((a) => [e[2 * a], e[2 * a + 1]]);
    }
    else
        return (0,core_errors/* fault */.DG)(`unknown padding "${padding}"`);
    return { channelsLast, kernel, strides: pick(ctx.ints('strides'), 1), dilations: pick(ctx.ints('dilations'), 1), pads };
}
/** What grappler and the TF.js converter fuse after a product (fused_ops), counted as the ops it stands for. */
function fusedTail(ctx, out, counts, channelAxis) {
    const ops = ctx.strings('fused_ops');
    for (const op of ops) {
        const n = BigInt((0,tensor/* size */.Ej)(out.shape));
        switch (op) {
            case 'BiasAdd':
                counts.bias = (counts.bias ?? 0n) + n;
                break;
            case 'Add':
            case 'AddV2':
                addCounts(counts, { add: n });
                break;
            case 'FusedBatchNorm':
            case 'FusedBatchNormV3':
                addCounts(counts, batchNorm(out, [channelAxis], { center: true, scale: true }).counts);
                break;
            case 'Relu':
                addCounts(counts, activation('relu', out).counts);
                break;
            case 'Relu6':
                addCounts(counts, activation('relu6', out).counts);
                break;
            case 'LeakyRelu':
                addCounts(counts, activation('leaky_relu', out).counts);
                break;
            case 'Elu':
                addCounts(counts, activation('elu', out).counts);
                break;
            case 'Sigmoid':
                addCounts(counts, activation('sigmoid', out).counts);
                break;
            case 'Tanh':
                addCounts(counts, activation('tanh', out).counts);
                break;
            case '_FusedHardSwish':
            case 'HardSwish':
                addCounts(counts, activation('hard_swish', out).counts);
                break;
            case 'GeluExact':
                addCounts(counts, activation('gelu', out).counts);
                break;
            case 'GeluApproximate':
                addCounts(counts, activation('gelu_tanh', out).counts);
                break;
            case 'Prelu':
                addCounts(counts, { relu: 2n * n, neg: 2n * n, mul: n, add: n });
                break;
            default: (0,core_errors/* fault */.DG)(`unknown fused op "${op}"`);
        }
    }
    return counts;
}
function convRule(rank, fused) {
    return {
        weights: fused ? [1, 2, 3, 4, 5, 6] : [1],
        role: (i) => (i === 1 ? 'kernel' : 'bias'),
        infer(ctx) {
            const x = ctx.in(0);
            const w = ctx.in(1).shape;
            if (w.length !== rank + 2 || x.shape.length !== rank + 2)
                (0,core_errors/* fault */.DG)(`needs a ${rank + 2}-D input and filter, got ${(0,tensor/* fmt */.Sc)(x.shape)} and ${(0,tensor/* fmt */.Sc)(w)}`);
            const win = tfWindows(ctx, rank, w.slice(0, rank));
            const cin = win.channelsLast ? x.shape[x.shape.length - 1] : x.shape[1];
            const spec = { ...win, filters: w[rank + 1], groups: cin / w[rank], bias: false, tfDataFormat: win.channelsLast ? 'channels_last' : 'channels_first' };
            const r = conv(x, spec);
            const out = r.outputs[0];
            return { outputs: [out], counts: fused ? fusedTail(ctx, out, r.counts, win.channelsLast ? rank + 1 : 1) : r.counts };
        },
    };
}
/** Conv2D / Conv3D: filter [k..., in / groups, out]. */
const Conv2D = convRule(2, false);
const Conv3D = convRule(3, false);
const _FusedConv2D = convRule(2, true);
function depthwiseRule(fused) {
    return {
        weights: fused ? [1, 2, 3, 4, 5, 6] : [1],
        role: (i) => (i === 1 ? 'kernel' : 'bias'),
        infer(ctx) {
            const x = ctx.in(0);
            const w = ctx.in(1).shape;
            if (w.length !== 4 || x.shape.length !== 4)
                (0,core_errors/* fault */.DG)(`needs a 4-D input and filter, got ${(0,tensor/* fmt */.Sc)(x.shape)} and ${(0,tensor/* fmt */.Sc)(w)}`);
            const win = tfWindows(ctx, 2, w.slice(0, 2));
            const c = win.channelsLast ? x.shape[3] : x.shape[1];
            const r = conv(x, { ...win, filters: c * w[3], groups: c, depthwise: true, bias: false });
            const out = r.outputs[0];
            return { outputs: [out], counts: fused ? fusedTail(ctx, out, r.counts, win.channelsLast ? 3 : 1) : r.counts };
        },
    };
}
/** DepthwiseConv2dNative: filter [kh, kw, in, multiplier]. */
const DepthwiseConv2dNative = depthwiseRule(false);
const FusedDepthwiseConv2dNative = depthwiseRule(true);
/**
 * Conv2DBackpropInput (a transposed convolution): input_sizes (the result's shape), filter
 * [kh, kw, out channels, in channels], out_backprop (the input).
 */
const Conv2DBackpropInput = {
    reads: [0],
    weights: [1],
    infer(ctx) {
        const sizes = ctx.need(0, 'the output size');
        const w = ctx.in(1).shape;
        const x = ctx.in(2);
        if (w.length !== 4 || x.shape.length !== 4 || sizes.length !== 4)
            (0,core_errors/* fault */.DG)(`needs 4-D operands, got filter ${(0,tensor/* fmt */.Sc)(w)}, input ${(0,tensor/* fmt */.Sc)(x.shape)}, sizes ${(0,tensor/* fmt */.Sc)(sizes)}`);
        const win = tfWindows(ctx, 2, w.slice(0, 2));
        const outSpatial = win.channelsLast ? [sizes[1], sizes[2]] : [sizes[2], sizes[3]];
        return outcome(convTranspose(x, { channelsLast: win.channelsLast, filters: w[2], kernel: w.slice(0, 2), strides: win.strides, groups: 1, bias: false, outSpatial, tfDataFormat: win.channelsLast ? 'channels_last' : 'channels_first' }));
    },
};
/** MaxPool / AvgPool (2-D) and their 3-D forms: ksize and strides per axis of the tensor. */
function conv_poolRule(kind, rank) {
    return {
        infer(ctx) {
            const k = ctx.ints('ksize');
            if (!k || k.length !== rank + 2)
                (0,core_errors/* fault */.DG)(`ksize ${(0,tensor/* fmt */.Sc)(k ?? [])} does not fit a ${rank}-D pool`);
            const probe = tfWindows(ctx, rank, Array(rank).fill(1));
            const kernel = probe.channelsLast ? k.slice(1, -1) : k.slice(2);
            return outcome(pool(kind, ctx.in(0), { ...probe, kernel }));
        },
    };
}
const conv_MaxPool = conv_poolRule('max', 2);
const AvgPool = conv_poolRule('avg', 2);
const MaxPool3D = conv_poolRule('max', 3);
const AvgPool3D = conv_poolRule('avg', 3);
/** FusedBatchNorm(V2, V3) at inference: x, scale, offset, mean, variance; the core's batch normalisation. */
const FusedBatchNormV3 = {
    weights: [1, 2, 3, 4],
    role: () => 'bias',
    infer(ctx) {
        const x = ctx.in(0);
        const channelsLast = !ctx.str('data_format', 'NHWC').startsWith('NC');
        const r = batchNorm(x, [channelsLast ? x.shape.length - 1 : 1], { center: true, scale: true });
        const stat = { shape: [channelsLast ? x.shape[x.shape.length - 1] : x.shape[1]], dtype: x.dtype, values: undefined };
        return { outputs: [r.outputs[0], stat, stat, stat, stat, stat], counts: r.counts };
    },
};

;// CONCATENATED MODULE: ./src/tf/ops/linear.ts
/** TF's products: MatMul (and grappler's fused form), batched products, Einsum. */





/** The last two axes swapped (a transposed or adjoint operand). */
function swapLast(t) {
    const s = [...t.shape];
    if (s.length < 2)
        (0,core_errors/* fault */.DG)(`cannot transpose ${(0,tensor/* fmt */.Sc)(s)}`);
    [s[s.length - 2], s[s.length - 1]] = [s[s.length - 1], s[s.length - 2]];
    return (0,tensor/* tensor */.OE)(s, t.dtype);
}
function matmulRule(fused, a, b) {
    return {
        weights: fused ? [0, 1, 2, 3] : [0, 1],
        role: (i) => (i < 2 ? 'kernel' : 'bias'),
        infer(ctx) {
            const x = ctx.bool(a) ? swapLast(ctx.in(0)) : ctx.in(0);
            const y = ctx.bool(b) ? swapLast(ctx.in(1)) : ctx.in(1);
            const r = matmul(x, y);
            return fused ? { outputs: r.outputs, counts: fusedTail(ctx, r.outputs[0], r.counts, r.outputs[0].shape.length - 1) } : outcome(r);
        },
    };
}
const linear_MatMul = matmulRule(false, 'transpose_a', 'transpose_b');
const _FusedMatMul = matmulRule(true, 'transpose_a', 'transpose_b');
const BatchMatMulV2 = matmulRule(false, 'adj_x', 'adj_y');
/** Einsum of its N operands (the core decides how TF runs the equation). */
const linear_Einsum = {
    weights: [0, 1],
    role: () => 'kernel',
    infer(ctx) {
        const eq = ctx.str('equation', '');
        if (!eq)
            (0,core_errors/* fault */.DG)('has no equation');
        return outcome(einsum(eq, ctx.inputs.map((_, i) => ctx.in(i))));
    },
};

;// CONCATENATED MODULE: ./src/tf/ops/lists.ts
/**
 * TensorLists (TF's variant lists of tensors, what Keras' recurrent layers read their steps
 * from and write their outputs to): no arithmetic, only the element shape and length to
 * carry, so that the tensors read back out have shapes.
 */


const listVal = (list) => ({ shape: [], dtype: 'unknown', values: undefined, list });
function listOf(ctx, i) {
    const l = ctx.in(i).list;
    if (!l)
        (0,core_errors/* fault */.DG)(`input ${i} is not a TensorList`);
    return l;
}
/** An element_shape operand: a vector with -1 for open dimensions, or -1 for an unknown rank. */
function elementShape(ctx, i) {
    const v = ctx.has(i) ? ctx.in(i).values : undefined;
    if (!v || ctx.in(i).shape.length === 0)
        return undefined;
    return [...v];
}
/** The element shape, its open dimensions filled from `hint` where that knows them. */
function lists_merge(known, hint) {
    if (!known)
        return hint;
    if (!hint || hint.length !== known.length)
        return known;
    return known.map((d, i) => (d < 0 ? hint[i] : d));
}
function exact(ctx, shape) {
    if (!shape || shape.some((d) => d < 0))
        (0,core_errors/* fault */.DG)(`the element shape ${shape ? `[${shape.join(', ')}]` : '(unknown)'} of a TensorList is only known at run time`);
    return shape;
}
const dtypeOf = (ctx) => ctx.dtype('element_dtype', 'float32');
const LISTS = {
    TensorListReserve: { free: true, reads: [0, 1], infer: (ctx) => ({ outputs: [listVal({ element: elementShape(ctx, 0), length: ctx.in(1).values?.[0], dtype: dtypeOf(ctx) })], counts: {} }) },
    EmptyTensorList: { free: true, reads: [0, 1], infer: (ctx) => ({ outputs: [listVal({ element: elementShape(ctx, 0), length: 0, dtype: dtypeOf(ctx) })], counts: {} }) },
    TensorListFromTensor: {
        free: true,
        infer(ctx) {
            const t = ctx.in(0);
            return { outputs: [listVal({ element: t.shape.slice(1), length: t.shape[0], dtype: t.dtype })], counts: {} };
        },
    },
    TensorListGetItem: {
        free: true,
        reads: [2],
        infer(ctx) {
            const l = listOf(ctx, 0);
            return { outputs: [(0,tensor/* tensor */.OE)(exact(ctx, lists_merge(l.element, elementShape(ctx, 2))), l.dtype)], counts: {} };
        },
    },
    TensorListSetItem: {
        free: true,
        infer(ctx) {
            const l = listOf(ctx, 0);
            return { outputs: [listVal({ ...l, element: lists_merge(l.element, [...ctx.in(2).shape]) ?? [...ctx.in(2).shape] })], counts: {} };
        },
    },
    TensorListStack: {
        free: true,
        reads: [1],
        infer(ctx) {
            const l = listOf(ctx, 0);
            const n = l.length ?? ctx.int('num_elements', -1);
            if (n < 0)
                (0,core_errors/* fault */.DG)('the length of a TensorList is only known at run time');
            return { outputs: [(0,tensor/* tensor */.OE)([n, ...exact(ctx, lists_merge(l.element, elementShape(ctx, 1)))], l.dtype)], counts: {} };
        },
    },
    TensorListLength: { free: true, infer: (ctx) => ({ outputs: [(0,tensor/* tensor */.OE)([], 'int32', listOf(ctx, 0).length === undefined ? undefined : [listOf(ctx, 0).length])], counts: {} }) },
    TensorListElementShape: {
        free: true,
        infer(ctx) {
            const e = listOf(ctx, 0).element;
            return { outputs: [(0,tensor/* tensor */.OE)([e?.length ?? 0], ctx.dtype('shape_type', 'int32'), e)], counts: {} };
        },
    },
};

;// CONCATENATED MODULE: ./src/tf/ops/simple.ts
/**
 * TF's element-wise, activation, reduction and data-movement ops: each reads its attributes
 * and calls the core rule of the same operation.
 */













function bin(fn) {
    return { weights: [0, 1], role: () => 'elementwise', infer: (ctx) => outcome(binary(fn, ctx.in(0), ctx.in(1))) };
}
const un = (fn) => ({ infer: (ctx) => outcome(unary(fn, ctx.in(0))) });
const act = (name) => ({ infer: (ctx) => outcome(activation(name, ctx.in(0))) });
/** Reductions: reduction_indices in input 1, keep_dims. */
function red(kind) {
    return { reads: [1], infer: (ctx) => outcome(reduce(kind, ctx.in(0), [...ctx.need(1, 'the axes')], ctx.bool('keep_dims'))) };
}
const simple_free = (infer, reads) => ({ free: true, infer, ...(reads ? { reads } : {}) });
/** Identity-like: the input, its values and identity (a weight read through it stays that weight). */
const pass = { free: true, infer: (ctx) => ({ outputs: [ctx.in(0)], counts: {} }) };
/** An op with several outputs of the input's shape (Switch's two branches). */
const passN = (n) => ({ free: true, infer: (ctx) => ({ outputs: Array.from({ length: n }, () => ctx.in(0)), counts: {} }) });
/** ConcatV2: N tensors, then the axis. */
const ConcatV2 = simple_free((ctx) => {
    const n = ctx.nIn - 1;
    const axis = ctx.need(n, 'the axis')[0];
    return outcome(concat(ctx.inputs.slice(0, n).map((_, i) => ctx.in(i)), axis));
}, []);
/** StridedSlice: begin, end, strides; the five masks as attributes. */
const StridedSlice = simple_free((ctx) => outcome(stridedSlice(ctx.in(0), [...ctx.need(1, 'begin')], [...ctx.need(2, 'end')], ctx.need(3, 'strides'), {
    begin: ctx.int('begin_mask', 0), end: ctx.int('end_mask', 0), ellipsis: ctx.int('ellipsis_mask', 0), newAxis: ctx.int('new_axis_mask', 0), shrink: ctx.int('shrink_axis_mask', 0),
})), [1, 2, 3]);
const simple_Shape = simple_free((ctx) => ({ outputs: [(0,tensor/* tensor */.OE)([ctx.in(0).shape.length], ctx.dtype('out_type', 'int32'), ctx.in(0).shape)], counts: {} }));
function resizeRule(mode) {
    return {
        reads: [1],
        infer(ctx) {
            const x = ctx.in(0);
            const [h, w] = ctx.need(1, 'the size');
            if (x.shape.length !== 4)
                (0,core_errors/* fault */.DG)(`resize needs a 4-D input, got ${(0,tensor/* fmt */.Sc)(x.shape)}`);
            return outcome(resize(x, [x.shape[0], h, w, x.shape[3]], mode));
        },
    };
}
const padRule = simple_free((ctx) => {
    const x = ctx.in(0);
    const p = ctx.need(1, 'the paddings');
    if (p.length !== 2 * x.shape.length)
        (0,core_errors/* fault */.DG)(`paddings of ${p.length} values do not fit ${(0,tensor/* fmt */.Sc)(x.shape)}`);
    return outcome(pad(x, x.shape.map((_, i) => [p[2 * i], p[2 * i + 1]]), undefined));
}, [1]);
const simple_Split = { weights: [1], ...simple_free((ctx) => {
        const x = ctx.in(1);
        const axis = normAxis(ctx.need(0, 'the axis')[0], x.shape.length);
        const n = ctx.int('num_split', 1);
        if (n < 1 || x.shape[axis] % n !== 0)
            (0,core_errors/* fault */.DG)(`cannot split ${x.shape[axis]} into ${n} equal parts`);
        return outcome(split(x, axis, Array(n).fill(x.shape[axis] / n)));
    }, [0]) };
const SplitV = simple_free((ctx) => {
    const x = ctx.in(0);
    const axis = normAxis(ctx.need(2, 'the axis')[0], x.shape.length);
    const sizes = [...ctx.need(1, 'the sizes')];
    const rest = sizes.indexOf(-1);
    if (rest >= 0)
        sizes[rest] = x.shape[axis] - sizes.reduce((a, b) => (b === -1 ? a : a + b), 0);
    return outcome(split(x, axis, sizes));
}, [1, 2]);
const simple_Range = simple_free((ctx) => {
    const [s, l, d] = [ctx.need(0, 'start')[0], ctx.need(1, 'limit')[0], ctx.need(2, 'delta')[0]];
    if (!d)
        (0,core_errors/* fault */.DG)('range delta is 0');
    const n = Math.max(Math.ceil((l - s) / d), 0);
    const dtype = ctx.dtype('Tidx', ctx.in(0).dtype);
    return { outputs: [(0,tensor/* tensor */.OE)([n], dtype, n <= 65536 ? Array.from({ length: n }, (_, i) => s + i * d) : undefined)], counts: {} };
}, [0, 1, 2]);
/** GatherV2: params, indices, axis (batch_dims an attribute). */
const GatherV2 = {
    free: true,
    reads: [2],
    weights: [0],
    role: () => 'kernel',
    infer: (ctx) => outcome(gather(ctx.in(0), ctx.in(1), ctx.need(2, 'the axis')[0])),
};
/** ResourceGather: a variable's rows. */
const ResourceGather = {
    free: true,
    infer(ctx) {
        const r = ctx.in(0).resource;
        if (!r)
            (0,core_errors/* fault */.DG)('reads no variable');
        return outcome(gather((0,tensor/* tensor */.OE)(r.shape, r.dtype), ctx.in(1), 0));
    },
};
function simple_argRule(min) {
    return {
        reads: [1],
        infer(ctx) {
            const r = argReduce(ctx.in(0), ctx.need(1, 'the axis')[0], false, min);
            return { outputs: [(0,tensor/* tensor */.OE)(r.outputs[0].shape, ctx.dtype('output_type', 'int64'), r.outputs[0].values)], counts: r.counts };
        },
    };
}
const Select = simple_free((ctx) => {
    const [c, x, y] = [ctx.in(0), ctx.in(1), ctx.in(2)];
    // TF1 Select: a vector condition picks whole rows.
    const cond = c.shape.length === 1 && x.shape.length > 1 ? (0,tensor/* tensor */.OE)([c.shape[0], ...x.shape.slice(1).map(() => 1)], c.dtype) : c;
    return outcome(where(cond, x, y));
});
/** SpaceToBatchND / BatchToSpaceND: block shape (input 1), paddings or crops (input 2). */
function spaceBatch(toBatch) {
    return simple_free((ctx) => {
        const x = ctx.in(0);
        const block = ctx.need(1, 'the block shape');
        const p = ctx.need(2, toBatch ? 'the paddings' : 'the crops');
        const prod = block.reduce((a, b) => a * b, 1);
        const out = [...x.shape];
        if (toBatch) {
            out[0] = x.shape[0] * prod;
            block.forEach((b, i) => {
                const padded = x.shape[i + 1] + p[2 * i] + p[2 * i + 1];
                if (padded % b !== 0)
                    (0,core_errors/* fault */.DG)(`padded axis ${padded} is not a multiple of block ${b}`);
                out[i + 1] = padded / b;
            });
        }
        else {
            if (x.shape[0] % prod !== 0)
                (0,core_errors/* fault */.DG)(`batch ${x.shape[0]} is not a multiple of the block ${(0,tensor/* fmt */.Sc)(block)}`);
            out[0] = x.shape[0] / prod;
            block.forEach((b, i) => (out[i + 1] = x.shape[i + 1] * b - p[2 * i] - p[2 * i + 1]));
        }
        return { outputs: [(0,tensor/* tensor */.OE)(out, x.dtype)], counts: {} };
    }, [1, 2]);
}
/** Softmax's and LogSoftmax's axis is the last. */
const SIMPLE = {
    Add: bin('add'),
    AddV2: bin('add'),
    Sub: bin('sub'),
    Mul: bin('mul'),
    RealDiv: bin('div'),
    Div: bin('div'),
    DivNoNan: bin('div'),
    FloorDiv: bin('floor_div'),
    FloorMod: bin('floor_mod'),
    TruncateMod: bin('mod'),
    Maximum: bin('max'),
    Minimum: bin('min'),
    Pow: bin('pow'),
    SquaredDifference: bin('sqdiff'),
    Less: bin('less'),
    LessEqual: bin('less_equal'),
    Greater: bin('greater'),
    GreaterEqual: bin('greater_equal'),
    Equal: bin('equal'),
    NotEqual: bin('not_equal'),
    LogicalAnd: bin('and'),
    LogicalOr: bin('or'),
    AddN: { infer: (ctx) => outcome(variadic('add', ctx.inputs.map((_, i) => ctx.in(i)))) },
    BiasAdd: {
        weights: [1],
        role: () => 'bias',
        infer(ctx) {
            const x = ctx.in(0);
            return { outputs: [(0,tensor/* tensor */.OE)(x.shape, x.dtype)], counts: { bias: big((0,tensor/* size */.Ej)(x.shape)) } };
        },
    },
    Neg: un('neg'),
    Abs: un('abs'),
    Exp: un('exp'),
    Expm1: un('expm1'),
    Log: un('log'),
    Log1p: un('log1p'),
    Sqrt: un('sqrt'),
    Rsqrt: un('rsqrt'),
    Reciprocal: un('reciprocal'),
    Square: un('square'),
    Floor: un('floor'),
    Ceil: un('ceil'),
    Round: un('round'),
    Sign: un('sign'),
    Erf: un('erf'),
    Erfc: un('erfc'),
    Sin: un('sin'),
    Cos: un('cos'),
    LogicalNot: un('not'),
    Relu: act('relu'),
    Relu6: act('relu6'),
    LeakyRelu: act('leaky_relu'),
    Sigmoid: act('sigmoid'),
    Tanh: act('tanh'),
    Selu: act('selu'),
    Softplus: act('softplus'),
    Softsign: act('softsign'),
    Softmax: act('softmax'),
    LogSoftmax: act('log_softmax'),
    Elu: { infer: (ctx) => outcome(elu(ctx.in(0), 1)) },
    ClipByValue: { infer: (ctx) => outcome(clip(ctx.in(0), ctx.in(1), ctx.in(2))) },
    Mean: red('mean'),
    Sum: red('sum'),
    Max: red('max'),
    Min: red('min'),
    Prod: red('prod'),
    Any: red('any'),
    All: red('all'),
    ArgMax: simple_argRule(false),
    ArgMin: simple_argRule(true),
    Cumsum: { reads: [1], infer: (ctx) => outcome(cumSum(ctx.in(0), ctx.need(1, 'the axis')[0], ctx.bool('exclusive'), ctx.bool('reverse'))) },
    TopKV2: { reads: [1], infer: (ctx) => outcome(topK(ctx.in(0), -1, ctx.need(1, 'k')[0])) },
    Identity: pass,
    StopGradient: pass,
    PreventGradient: pass,
    Snapshot: pass,
    EnsureShape: pass,
    CheckNumerics: pass,
    Cast: simple_free((ctx) => outcome(cast(ctx.in(0), ctx.dtype('DstT', ctx.in(0).dtype)))),
    Reshape: simple_free((ctx) => outcome(reshape(ctx.in(0), ctx.need(1, 'the target shape'))), [1]),
    Shape: simple_Shape,
    Size: simple_free((ctx) => ({ outputs: [(0,tensor/* tensor */.OE)([], ctx.dtype('out_type', 'int32'), [(0,tensor/* size */.Ej)(ctx.in(0).shape)])], counts: {} })),
    Rank: simple_free((ctx) => ({ outputs: [(0,tensor/* tensor */.OE)([], 'int32', [ctx.in(0).shape.length])], counts: {} })),
    ExpandDims: simple_free((ctx) => outcome(unsqueeze(ctx.in(0), [normAxis(ctx.need(1, 'the axis')[0], ctx.in(0).shape.length + 1)])), [1]),
    Squeeze: simple_free((ctx) => {
        const dims = ctx.ints('squeeze_dims');
        return outcome(squeeze(ctx.in(0), dims && dims.length ? dims : undefined));
    }),
    Transpose: simple_free((ctx) => outcome(transpose(ctx.in(0), ctx.need(1, 'the permutation'))), [1]),
    ConcatV2,
    Pack: simple_free((ctx) => outcome(stack(ctx.inputs.map((_, i) => ctx.in(i)), ctx.int('axis', 0)))),
    Unpack: simple_free((ctx) => {
        const x = ctx.in(0);
        const a = normAxis(ctx.int('axis', 0), x.shape.length);
        const out = x.shape.filter((_, i) => i !== a);
        return { outputs: Array.from({ length: x.shape[a] }, () => (0,tensor/* tensor */.OE)(out, x.dtype)), counts: {} };
    }),
    StridedSlice,
    Slice: simple_free((ctx) => {
        const begin = ctx.need(1, 'begin');
        const sz = ctx.need(2, 'size');
        const x = ctx.in(0);
        return { outputs: [(0,tensor/* tensor */.OE)(x.shape.map((d, i) => (sz[i] === -1 ? d - begin[i] : sz[i])), x.dtype)], counts: {} };
    }, [1, 2]),
    Split: simple_Split,
    SplitV,
    Pad: padRule,
    PadV2: padRule,
    MirrorPad: padRule,
    Tile: simple_free((ctx) => outcome(tile(ctx.in(0), ctx.need(1, 'the multiples'))), [1]),
    BroadcastTo: simple_free((ctx) => outcome(expand(ctx.in(0), ctx.need(1, 'the shape'))), [1]),
    Fill: simple_free((ctx) => outcome(filled(ctx.need(0, 'the shape'), ctx.in(1).dtype, ctx.in(1).values?.[0])), [0]),
    ZerosLike: simple_free((ctx) => outcome(filled(ctx.in(0).shape, ctx.in(0).dtype, 0))),
    OnesLike: simple_free((ctx) => outcome(filled(ctx.in(0).shape, ctx.in(0).dtype, 1))),
    Range: simple_Range,
    GatherV2,
    ResourceGather,
    GatherNd: simple_free((ctx) => outcome(gatherND(ctx.in(0), ctx.in(1), 0))),
    OneHot: simple_free((ctx) => outcome(oneHot(ctx.in(0), ctx.need(1, 'the depth')[0], ctx.int('axis', -1), ctx.in(2).dtype)), [1]),
    Select,
    SelectV2: simple_free((ctx) => outcome(where(ctx.in(0), ctx.in(1), ctx.in(2)))),
    ReverseV2: simple_free((ctx) => ({ outputs: [(0,tensor/* tensor */.OE)(ctx.in(0).shape, ctx.in(0).dtype)], counts: {} })),
    ReverseSequence: simple_free((ctx) => ({ outputs: [(0,tensor/* tensor */.OE)(ctx.in(0).shape, ctx.in(0).dtype)], counts: {} })),
    DepthToSpace: simple_free((ctx) => outcome(depthToSpace(ctx.in(0), ctx.int('block_size', 1), !ctx.str('data_format', 'NHWC').startsWith('NC')))),
    SpaceToDepth: simple_free((ctx) => outcome(spaceToDepth(ctx.in(0), ctx.int('block_size', 1), !ctx.str('data_format', 'NHWC').startsWith('NC')))),
    SpaceToBatchND: spaceBatch(true),
    BatchToSpaceND: spaceBatch(false),
    ResizeBilinear: resizeRule('linear'),
    ResizeNearestNeighbor: resizeRule('nearest'),
    ResizeBicubic: resizeRule('cubic'),
    ResizeArea: resizeRule('area'),
    NoOp: { free: true, infer: () => ({ outputs: [], counts: {} }) },
    Switch: passN(2),
};
/** The value an Identity-like rule passes on keeps what it was (a weight, a list). */
const isPass = (rule) => rule === pass;

;// CONCATENATED MODULE: ./src/tf/ops/index.ts




/**
 * The adapter per TF op, for every format that writes TF ops: a SavedModel's functions, a
 * TF.js graph model, a TFLite Flex op. Graph plumbing (Const, Placeholder, variables,
 * function calls, loops) is the walk's (src/tf/analyze.ts), not an op's.
 */
const TF_RULES = {
    Conv2D: Conv2D, Conv3D: Conv3D, _FusedConv2D: _FusedConv2D, DepthwiseConv2dNative: DepthwiseConv2dNative, FusedDepthwiseConv2dNative: FusedDepthwiseConv2dNative, Conv2DBackpropInput: Conv2DBackpropInput,
    MaxPool: conv_MaxPool, AvgPool: AvgPool, MaxPool3D: MaxPool3D, AvgPool3D: AvgPool3D,
    FusedBatchNorm: FusedBatchNormV3, FusedBatchNormV2: FusedBatchNormV3, FusedBatchNormV3: FusedBatchNormV3,
    MatMul: linear_MatMul, _FusedMatMul: _FusedMatMul, BatchMatMul: BatchMatMulV2, BatchMatMulV2: BatchMatMulV2, BatchMatMulV3: BatchMatMulV2, Einsum: linear_Einsum,
    ...SIMPLE,
    ...LISTS,
};
function tfRuleFor(op) {
    return Object.prototype.hasOwnProperty.call(TF_RULES, op) ? TF_RULES[op] : undefined;
}

;// CONCATENATED MODULE: ./src/tflite/flex.ts
/**
 * A Flex op (a TFLite model converted with SELECT_TF_OPS) carries the TF op it runs: its
 * custom_options hold the op's name and its NodeDef. It is costed as that TF op, by the TF
 * adapter of the same name (src/tf/ops), as a SavedModel's would be.
 */







/** The NodeDef a Flex op carries. */
async function flexNode(op, file) {
    const what = `${file}: Flex op "${op.custom}" (operator ${op.index})`;
    const [name, def] = flexStrings(op.customOptions ?? new Uint8Array(0), what);
    if (!def)
        return { name: new TextDecoder().decode(name ?? new Uint8Array(0)), op: op.custom.slice(4), inputs: [], attrs: new Map() };
    const wire = new protobuf/* WireReader */.ZT(new paged_reader/* PagedReader */.n(new byte_source/* BufferSource */._r(def, what), what), what);
    const node = await wire.run(def.length, () => (0,decode_pb/* nodeFromBytes */.y)(wire, 0, def.length));
    return node;
}
/** The TF op's adapter as a TFLite rule, or undefined for a TF op without one. */
function flexRule(node) {
    const rule = tfRuleFor(node.op);
    if (!rule)
        return undefined;
    return {
        ...(rule.reads ? { reads: rule.reads } : {}),
        ...(rule.free ? { free: true } : {}),
        ...(rule.weights ? { weights: rule.weights } : {}),
        infer: (ctx) => rule.infer(new TfCtx(node, ctx.inputs)),
    };
}

// EXTERNAL MODULE: ./src/tflite/ir.ts
var tflite_ir = __webpack_require__(4283);
// EXTERNAL MODULE: ./src/tflite/schema.ts
var schema = __webpack_require__(7407);
;// CONCATENATED MODULE: ./src/tflite/ops/types.ts



const types_outcome = (r) => ({ outputs: r.outputs, counts: r.counts });
/** Read access to an options table's scalars, by field id (schema.fbs). */
class OptionReader {
    o;
    view;
    constructor(o) {
        this.o = o;
        if (o)
            this.view = new DataView(o.bytes.buffer, o.bytes.byteOffset, o.bytes.byteLength);
    }
    at(id, bytes) {
        const off = this.o?.slots[id] ?? 0;
        if (!off || !this.view)
            return -1;
        if (off + bytes > this.view.byteLength)
            (0,core_errors/* fault */.DG)(`option field ${id} runs past its table`);
        return off;
    }
    i8(id, def) {
        const p = this.at(id, 1);
        return p < 0 ? def : this.view.getInt8(p);
    }
    i32(id, def) {
        const p = this.at(id, 4);
        return p < 0 ? def : this.view.getInt32(p, true);
    }
    f32(id, def) {
        const p = this.at(id, 4);
        return p < 0 ? def : this.view.getFloat32(p, true);
    }
    bool(id) {
        return this.i8(id, 0) !== 0;
    }
    ints(id) {
        return this.o?.vectors?.get(id);
    }
}
class OpCtx {
    op;
    inputs;
    declared;
    outTypes;
    opt;
    constructor(op, inputs, 
    /** Output shapes as the file states them, when no dimension is open. */
    declared, 
    /** Output element types as the file states them. */
    outTypes = []) {
        this.op = op;
        this.inputs = inputs;
        this.declared = declared;
        this.outTypes = outTypes;
        this.opt = new OptionReader(op.options);
    }
    has(i) {
        return this.inputs[i] !== undefined;
    }
    in(i) {
        const v = this.inputs[i];
        if (!v)
            (0,core_errors/* fault */.DG)(`input ${i} is missing`);
        return v;
    }
    value(i) {
        return this.inputs[i]?.values;
    }
    /** The values input `i` must have (a shape, axes): unknown ones make the op unmeasurable. */
    need(i, what) {
        const v = this.in(i).values;
        if (!v)
            (0,core_errors/* refuse */.TR)(`${what} (input ${i}) is only known at run time`);
        return v;
    }
}
/**
 * The activation an op fuses into its output (Conv, FC, pooling, element-wise): counted as
 * that activation on every output element, as the separate layer would be.
 */
function withFused(r, code) {
    const name = schema/* FUSED_ACTIVATIONS */.Wp[code];
    if (name === undefined || name === 'sign_bit')
        (0,core_errors/* fault */.DG)(`unknown fused activation ${code}`);
    if (name === 'linear')
        return r;
    const act = activation(name === 'relu_n1_to_1' ? 'hard_tanh' : name, r.outputs[0]);
    const counts = { ...r.counts };
    for (const k in act.counts) {
        const key = k;
        counts[key] = (counts[key] ?? 0n) + act.counts[key];
    }
    return { outputs: r.outputs, counts };
}

;// CONCATENATED MODULE: ./src/tflite/ops/conv.ts
/** Convolutions and pooling, channels last (NHWC, NDHWC), as TFLite stores them. */




/** Padding: SAME = 0, VALID = 1. */
function conv_padding(code) {
    if (code === 0)
        return 'same';
    if (code === 1)
        return 'valid';
    return (0,core_errors/* fault */.DG)(`unknown padding ${code}`);
}
/** The bias input (index `i`) is there: -1 in the file leaves it out. */
const hasBias = (ctx, i) => ctx.op.inputs[i] !== undefined && ctx.op.inputs[i] >= 0;
/**
 * CONV_2D (Conv2DOptions: padding 0, stride_w 1, stride_h 2, fused activation 3, dilation_w
 * 4, dilation_h 5): filter [out, kh, kw, in / groups], groups = input channels / filter's.
 */
const CONV_2D = {
    weights: [1, 2],
    infer(ctx) {
        const x = ctx.in(0);
        const w = ctx.in(1).shape;
        if (w.length !== 4 || x.shape.length !== 4)
            (0,core_errors/* fault */.DG)(`CONV_2D needs a 4-D input and filter, got ${(0,tensor/* fmt */.Sc)(x.shape)} and ${(0,tensor/* fmt */.Sc)(w)}`);
        const groups = x.shape[3] / w[3];
        const o = ctx.opt;
        const r = conv(x, {
            channelsLast: true, filters: w[0], groups, bias: hasBias(ctx, 2), kernel: [w[1], w[2]],
            strides: [o.i32(2, 1), o.i32(1, 1)], dilations: [o.i32(5, 1), o.i32(4, 1)], pads: conv_padding(o.i8(0, 0)),
        });
        return withFused(types_outcome(r), o.i8(3, 0));
    },
};
/**
 * DEPTHWISE_CONV_2D (padding 0, stride_w 1, stride_h 2, depth_multiplier 3, fused activation
 * 4, dilation_w 5, dilation_h 6): filter [1, kh, kw, channels x multiplier].
 */
const DEPTHWISE_CONV_2D = {
    weights: [1, 2],
    infer(ctx) {
        const x = ctx.in(0);
        const w = ctx.in(1).shape;
        if (w.length !== 4 || x.shape.length !== 4)
            (0,core_errors/* fault */.DG)(`DEPTHWISE_CONV_2D needs a 4-D input and filter, got ${(0,tensor/* fmt */.Sc)(x.shape)} and ${(0,tensor/* fmt */.Sc)(w)}`);
        const o = ctx.opt;
        const c = x.shape[3];
        const r = conv(x, {
            channelsLast: true, filters: w[3], groups: c, depthwise: true, bias: hasBias(ctx, 2), kernel: [w[1], w[2]],
            strides: [o.i32(2, 1), o.i32(1, 1)], dilations: [o.i32(6, 1), o.i32(5, 1)], pads: conv_padding(o.i8(0, 0)),
        });
        return withFused(types_outcome(r), o.i8(4, 0));
    },
};
/**
 * CONV_3D (Conv3DOptions: padding 0, stride_d 1, stride_w 2, stride_h 3, fused activation 4,
 * dilation_d 5, dilation_w 6, dilation_h 7): filter [kd, kh, kw, in, out].
 */
const CONV_3D = {
    weights: [1, 2],
    infer(ctx) {
        const x = ctx.in(0);
        const w = ctx.in(1).shape;
        if (w.length !== 5 || x.shape.length !== 5)
            (0,core_errors/* fault */.DG)(`CONV_3D needs a 5-D input and filter, got ${(0,tensor/* fmt */.Sc)(x.shape)} and ${(0,tensor/* fmt */.Sc)(w)}`);
        const o = ctx.opt;
        const r = conv(x, {
            channelsLast: true, filters: w[4], groups: x.shape[4] / w[3], bias: hasBias(ctx, 2), kernel: [w[0], w[1], w[2]],
            strides: [o.i32(1, 1), o.i32(3, 1), o.i32(2, 1)], dilations: [o.i32(5, 1), o.i32(7, 1), o.i32(6, 1)], pads: conv_padding(o.i8(0, 0)),
        });
        return withFused(types_outcome(r), o.i8(4, 0));
    },
};
/**
 * TRANSPOSE_CONV (TransposeConvOptions: padding 0, stride_w 1, stride_h 2, fused activation
 * 3): inputs output_shape, weights [out, kh, kw, in], input, bias.
 */
const TRANSPOSE_CONV = {
    reads: [0],
    weights: [1, 3],
    infer(ctx) {
        const x = ctx.in(2);
        const w = ctx.in(1).shape;
        const out = ctx.need(0, 'the output shape');
        if (w.length !== 4 || x.shape.length !== 4 || out.length !== 4)
            (0,core_errors/* fault */.DG)(`TRANSPOSE_CONV needs 4-D operands, got input ${(0,tensor/* fmt */.Sc)(x.shape)}, weights ${(0,tensor/* fmt */.Sc)(w)}, output shape ${(0,tensor/* fmt */.Sc)(out)}`);
        if (w[3] !== x.shape[3])
            (0,core_errors/* fault */.DG)(`weights ${(0,tensor/* fmt */.Sc)(w)} expect ${w[3]} input channels, input ${(0,tensor/* fmt */.Sc)(x.shape)} has ${x.shape[3]}`);
        const o = ctx.opt;
        const r = convTranspose(x, {
            channelsLast: true, filters: w[0], kernel: [w[1], w[2]], strides: [o.i32(2, 1), o.i32(1, 1)], groups: 1, bias: hasBias(ctx, 3), outSpatial: [out[1], out[2]],
        });
        return withFused(types_outcome(r), o.i8(3, 0));
    },
};
/** Pool2DOptions: padding 0, stride_w 1, stride_h 2, filter_width 3, filter_height 4, fused activation 5. */
function pool2d(kind) {
    return {
        infer(ctx) {
            const o = ctx.opt;
            const r = pool(kind, ctx.in(0), { channelsLast: true, kernel: [o.i32(4, 1), o.i32(3, 1)], strides: [o.i32(2, 1), o.i32(1, 1)], pads: conv_padding(o.i8(0, 0)) });
            return withFused(types_outcome(r), o.i8(5, 0));
        },
    };
}
const MAX_POOL_2D = pool2d('max');
const AVERAGE_POOL_2D = pool2d('avg');

;// CONCATENATED MODULE: ./src/tflite/ops/linear.ts
/** Products: fully connected layers and batched matrix products. */




/**
 * FULLY_CONNECTED (options: fused activation 0, weights_format 1, keep_num_dims 2): weights
 * [units, in]; every leading position of the input (flattened to rows of `in`) is one
 * matrix-vector product. With keep_num_dims the output keeps the input's leading axes,
 * else it is [rows, units].
 */
const FULLY_CONNECTED = {
    weights: [1, 2],
    infer(ctx) {
        const x = ctx.in(0);
        const w = ctx.in(1).shape;
        if (w.length !== 2)
            (0,core_errors/* fault */.DG)(`FULLY_CONNECTED weights must be 2-D, got ${(0,tensor/* fmt */.Sc)(w)}`);
        const [units, inDim] = w;
        const n = (0,tensor/* size */.Ej)(x.shape);
        if (inDim === 0 || n % inDim !== 0)
            (0,core_errors/* fault */.DG)(`input ${(0,tensor/* fmt */.Sc)(x.shape)} does not split into rows of ${inDim}`);
        const bias = ctx.op.inputs[2] !== undefined && ctx.op.inputs[2] >= 0;
        const r = dense((0,tensor/* tensor */.OE)([n / inDim, inDim], x.dtype), units, bias);
        const keep = ctx.opt.bool(2);
        const shape = keep ? [...x.shape.slice(0, -1), units] : [n / inDim, units];
        return withFused({ outputs: [(0,tensor/* tensor */.OE)(shape, x.dtype)], counts: r.counts }, ctx.opt.i8(0, 0));
    },
};
/** The last two axes swapped (an adjoint operand). */
function adjoint(t) {
    const s = [...t.shape];
    if (s.length < 2)
        (0,core_errors/* fault */.DG)(`cannot transpose ${(0,tensor/* fmt */.Sc)(s)}`);
    [s[s.length - 2], s[s.length - 1]] = [s[s.length - 1], s[s.length - 2]];
    return (0,tensor/* tensor */.OE)(s, t.dtype);
}
/** BATCH_MATMUL (BatchMatMulOptions: adj_x 0, adj_y 1): numpy matmul of the (adjoint) operands. */
const BATCH_MATMUL = {
    weights: [0, 1],
    infer(ctx) {
        const a = ctx.opt.bool(0) ? adjoint(ctx.in(0)) : ctx.in(0);
        const b = ctx.opt.bool(1) ? adjoint(ctx.in(1)) : ctx.in(1);
        return types_outcome(matmul(a, b));
    },
};

;// CONCATENATED MODULE: ./src/tflite/ops/recurrent.ts
/** TFLite's fused recurrent ops: a whole sequence in one operator. */





/** [batch, time, features] (or time-major [time, batch, features]). */
function sequence(ctx, timeMajor) {
    const x = ctx.in(0).shape;
    if (x.length !== 3)
        (0,core_errors/* fault */.DG)(`expects a 3-D sequence, got ${(0,tensor/* fmt */.Sc)(x)}`);
    return timeMajor ? { t: x[0], b: x[1], i: x[2] } : { b: x[0], t: x[1], i: x[2] };
}
function recurrent_activationName(code) {
    const a = schema/* FUSED_ACTIVATIONS */.Wp[code];
    if (a === undefined || a === 'sign_bit' || a === 'relu_n1_to_1')
        (0,core_errors/* fault */.DG)(`unsupported recurrent activation ${code}`);
    return a;
}
function run(ctx, cell, timeMajor, units) {
    const { b, t } = sequence(ctx, timeMajor);
    const r = recurrent(cell, big(b, t));
    const shape = timeMajor ? [t, b, units] : [b, t, units];
    return { outputs: [(0,tensor/* tensor */.OE)(shape, ctx.in(0).dtype)], counts: r.counts };
}
/**
 * UNIDIRECTIONAL_SEQUENCE_LSTM (options: fused activation 0, cell_clip 1, proj_clip 2,
 * time_major 3): inputs 1-4 the input weights [H, I] per gate (input gate absent: CIFG),
 * 5-8 the recurrent ones, 9-11 peepholes, 12-15 gate biases, 16-17 a projection.
 */
const UNIDIRECTIONAL_SEQUENCE_LSTM = {
    weights: Array.from({ length: 24 }, (_, i) => i).filter((i) => i > 0 && i !== 18 && i !== 19),
    infer(ctx) {
        const timeMajor = ctx.opt.bool(3);
        const { i } = sequence(ctx, timeMajor);
        const forget = ctx.in(2).shape;
        if (forget.length !== 2 || forget[1] !== i)
            (0,core_errors/* fault */.DG)(`forget-gate weights ${(0,tensor/* fmt */.Sc)(forget)} do not fit ${i} input features`);
        if (!ctx.has(1))
            (0,core_errors/* fault */.DG)('an LSTM without an input gate (CIFG) is not measured');
        if (ctx.has(16))
            (0,core_errors/* fault */.DG)('an LSTM with a projection layer is not measured');
        const h = forget[0];
        const cell = { kind: 'lstm', units: h, input: i, biasVectors: 1, activation: recurrent_activationName(ctx.opt.i8(0, 4)), recurrentActivation: 'sigmoid', peepholes: ctx.has(9) };
        return run(ctx, cell, timeMajor, h);
    },
};
/** UNIDIRECTIONAL_SEQUENCE_RNN (SequenceRNNOptions: time_major 0, fused activation 1): weights [H, I], recurrent [H, H], bias [H]. */
const UNIDIRECTIONAL_SEQUENCE_RNN = {
    weights: [1, 2, 3],
    infer(ctx) {
        const timeMajor = ctx.opt.bool(0);
        const { i } = sequence(ctx, timeMajor);
        const w = ctx.in(1).shape;
        if (w.length !== 2 || w[1] !== i)
            (0,core_errors/* fault */.DG)(`weights ${(0,tensor/* fmt */.Sc)(w)} do not fit ${i} input features`);
        const cell = { kind: 'simple', units: w[0], input: i, biasVectors: 1, activation: recurrent_activationName(ctx.opt.i8(1, 4)), recurrentActivation: 'sigmoid' };
        return run(ctx, cell, timeMajor, w[0]);
    },
};

;// CONCATENATED MODULE: ./src/tflite/ops/simple.ts
/**
 * TFLite's element-wise, activation, reduction, quantization and data-movement builtins: each
 * reads its options and calls the core rule of the same operation.
 */















/** Binary element-wise op; `fused`: the options field of its fused activation (ADD, SUB, MUL, DIV: 0). */
function simple_bin(fn, fused = false) {
    return {
        weights: [0, 1],
        infer(ctx) {
            const r = types_outcome(binary(fn, ctx.in(0), ctx.in(1)));
            return fused ? withFused(r, ctx.opt.i8(0, 0)) : r;
        },
    };
}
function simple_un(fn) {
    return { infer: (ctx) => types_outcome(unary(fn, ctx.in(0))) };
}
function simple_act(name) {
    return { infer: (ctx) => types_outcome(activation(name, ctx.in(0))) };
}
/** MEAN, SUM, REDUCE_*: axes in input 1, ReducerOptions keep_dims 0. */
function simple_red(kind) {
    return { reads: [1], infer: (ctx) => types_outcome(reduce(kind, ctx.in(0), ctx.need(1, 'the axes'), ctx.opt.bool(0))) };
}
const ops_simple_free = (infer, reads) => ({ free: true, infer, ...(reads ? { reads } : {}) });
const same = (ctx) => ({ outputs: [(0,tensor/* tensor */.OE)(ctx.in(0).shape, ctx.in(0).dtype, ctx.in(0).values)], counts: {} });
/** The element type an op's output is declared with, when it changes type (CAST, SHAPE, ARG_MAX). */
const declaredType = (ctx, fallback) => ctx.outTypes[0] ?? fallback;
/** RESHAPE: the target from input 1 when given, else ReshapeOptions.new_shape (field 0). */
const RESHAPE = ops_simple_free((ctx) => {
    const target = ctx.has(1) && ctx.in(1).shape.length > 0 && (0,tensor/* size */.Ej)(ctx.in(1).shape) > 0 ? ctx.need(1, 'the target shape') : ctx.opt.ints(0);
    if (!target)
        (0,core_errors/* fault */.DG)('RESHAPE has no target shape');
    return types_outcome(reshape(ctx.in(0), target));
}, [1]);
/** STRIDED_SLICE (StridedSliceOptions: begin_mask 0, end_mask 1, ellipsis 2, new_axis 3, shrink 4; offset 5). */
const STRIDED_SLICE = ops_simple_free((ctx) => {
    const o = ctx.opt;
    const begin = [...ctx.need(1, 'begin')];
    let end = [...ctx.need(2, 'end')];
    // `offset`: end counts from begin.
    if (o.bool(5))
        end = end.map((e, i) => e + begin[i]);
    return types_outcome(stridedSlice(ctx.in(0), begin, end, ctx.need(3, 'strides'), { begin: o.i32(0, 0), end: o.i32(1, 0), ellipsis: o.i32(2, 0), newAxis: o.i32(3, 0), shrink: o.i32(4, 0) }));
}, [1, 2, 3]);
/** SLICE: begin and size per axis (size -1: to the end). */
const SLICE = ops_simple_free((ctx) => {
    const x = ctx.in(0);
    const begin = ctx.need(1, 'begin');
    const sz = ctx.need(2, 'size');
    return types_outcome(slice(x, begin.map((b, i) => ({ axis: i, start: b, end: sz[i] === -1 ? null : b + sz[i], step: 1 })), 'python'));
}, [1, 2]);
const padOf = (ctx) => {
    const p = ctx.need(1, 'the paddings');
    const x = ctx.in(0);
    if (p.length !== 2 * x.shape.length)
        (0,core_errors/* fault */.DG)(`paddings of ${p.length} values do not fit ${(0,tensor/* fmt */.Sc)(x.shape)}`);
    return types_outcome(pad(x, x.shape.map((_, i) => [p[2 * i], p[2 * i + 1]]), undefined));
};
/** SPLIT: axis in input 0, data in input 1, SplitOptions num_splits 0. */
const SPLIT = ops_simple_free((ctx) => {
    const x = ctx.in(1);
    const axis = normAxis(ctx.need(0, 'the axis')[0], x.shape.length);
    const n = ctx.opt.i32(0, ctx.op.outputs.length);
    if (n < 1 || x.shape[axis] % n !== 0)
        (0,core_errors/* fault */.DG)(`cannot split ${x.shape[axis]} into ${n} equal parts`);
    return types_outcome(split(x, axis, Array(n).fill(x.shape[axis] / n)));
}, [0]);
/** SPLIT_V: data, sizes (one -1 takes the rest), axis. */
const SPLIT_V = ops_simple_free((ctx) => {
    const x = ctx.in(0);
    const axis = normAxis(ctx.need(2, 'the axis')[0], x.shape.length);
    const sizes = [...ctx.need(1, 'the sizes')];
    const rest = sizes.indexOf(-1);
    if (rest >= 0)
        sizes[rest] = x.shape[axis] - sizes.reduce((a, b) => (b === -1 ? a : a + b), 0);
    return types_outcome(split(x, axis, sizes));
}, [1, 2]);
/** RESIZE_*: the new height and width in input 1 (NHWC). */
function simple_resizeRule(mode) {
    return {
        reads: [1],
        infer(ctx) {
            const x = ctx.in(0);
            const [h, w] = ctx.need(1, 'the size');
            if (x.shape.length !== 4)
                (0,core_errors/* fault */.DG)(`resize needs a 4-D input, got ${(0,tensor/* fmt */.Sc)(x.shape)}`);
            return types_outcome(resize(x, [x.shape[0], h, w, x.shape[3]], mode));
        },
    };
}
/** QUANTIZE / DEQUANTIZE: one `quant` per element (a constant's is folded away: computed once). */
const QUANT = { infer: (ctx) => types_outcome(quantize(ctx.in(0), declaredType(ctx, 'float32'))) };
const simple_SIMPLE = {
    ADD: simple_bin('add', true),
    SUB: simple_bin('sub', true),
    MUL: simple_bin('mul', true),
    DIV: simple_bin('div', true),
    MAXIMUM: simple_bin('max'),
    MINIMUM: simple_bin('min'),
    POW: simple_bin('pow'),
    SQUARED_DIFFERENCE: simple_bin('sqdiff'),
    FLOOR_DIV: simple_bin('floor_div'),
    FLOOR_MOD: simple_bin('floor_mod'),
    LESS: simple_bin('less'),
    LESS_EQUAL: simple_bin('less_equal'),
    GREATER: simple_bin('greater'),
    GREATER_EQUAL: simple_bin('greater_equal'),
    EQUAL: simple_bin('equal'),
    NOT_EQUAL: simple_bin('not_equal'),
    LOGICAL_AND: simple_bin('and'),
    LOGICAL_OR: simple_bin('or'),
    ADD_N: { infer: (ctx) => types_outcome(variadic('add', ctx.inputs.map((_, i) => ctx.in(i)))) },
    NEG: simple_un('neg'),
    ABS: simple_un('abs'),
    EXP: simple_un('exp'),
    LOG: simple_un('log'),
    SQRT: simple_un('sqrt'),
    RSQRT: simple_un('rsqrt'),
    SQUARE: simple_un('square'),
    FLOOR: simple_un('floor'),
    CEIL: simple_un('ceil'),
    ROUND: simple_un('round'),
    SIGN: simple_un('sign'),
    SIN: simple_un('sin'),
    COS: simple_un('cos'),
    LOGICAL_NOT: simple_un('not'),
    RELU: simple_act('relu'),
    RELU6: simple_act('relu6'),
    RELU_N1_TO_1: simple_act('hard_tanh'),
    RELU_0_TO_1: { infer: (ctx) => types_outcome(activation('hard_tanh', ctx.in(0))) },
    LOGISTIC: simple_act('sigmoid'),
    TANH: simple_act('tanh'),
    HARD_SWISH: simple_act('hard_swish'),
    LEAKY_RELU: simple_act('leaky_relu'),
    ELU: { infer: (ctx) => types_outcome(elu(ctx.in(0), 1)) },
    // GeluOptions: approximate 0.
    GELU: { infer: (ctx) => types_outcome(activation(ctx.opt.bool(0) ? 'gelu_tanh' : 'gelu', ctx.in(0))) },
    // SoftmaxOptions: beta 0; a beta other than 1 scales the logits first.
    SOFTMAX: { infer: (ctx) => types_outcome(activation('softmax', ctx.in(0))) },
    LOG_SOFTMAX: simple_act('log_softmax'),
    PRELU: { weights: [1], infer: (ctx) => types_outcome(prelu(ctx.in(0), ctx.in(1).shape)) },
    L2_NORMALIZATION: { infer: (ctx) => withFused(types_outcome(lpNorm(ctx.in(0), [-1], 2)), ctx.opt.i8(0, 0)) },
    // LocalResponseNormalizationOptions: radius 0; the window is 2 radius + 1 channels.
    LOCAL_RESPONSE_NORMALIZATION: { infer: (ctx) => types_outcome(lrn(transposeLast(ctx), 2 * ctx.opt.i32(0, 5) + 1)) },
    MEAN: simple_red('mean'),
    SUM: simple_red('sum'),
    REDUCE_MAX: simple_red('max'),
    REDUCE_MIN: simple_red('min'),
    REDUCE_PROD: simple_red('prod'),
    REDUCE_ANY: simple_red('any'),
    REDUCE_ALL: simple_red('all'),
    ARG_MAX: { reads: [1], infer: (ctx) => argOut(ctx, false) },
    ARG_MIN: { reads: [1], infer: (ctx) => argOut(ctx, true) },
    CUMSUM: { reads: [1], infer: (ctx) => types_outcome(cumSum(ctx.in(0), ctx.need(1, 'the axis')[0], ctx.opt.bool(0), ctx.opt.bool(1))) },
    TOPK_V2: { reads: [1], infer: (ctx) => types_outcome(topK(ctx.in(0), -1, ctx.need(1, 'k')[0])) },
    QUANTIZE: QUANT,
    DEQUANTIZE: QUANT,
    CAST: ops_simple_free((ctx) => types_outcome(cast(ctx.in(0), declaredType(ctx, ctx.in(0).dtype)))),
    RESHAPE,
    SQUEEZE: ops_simple_free((ctx) => {
        const dims = ctx.opt.ints(0);
        return types_outcome(squeeze(ctx.in(0), dims && dims.length ? dims : undefined));
    }),
    EXPAND_DIMS: ops_simple_free((ctx) => types_outcome(unsqueeze(ctx.in(0), [normAxis(ctx.need(1, 'the axis')[0], ctx.in(0).shape.length + 1)])), [1]),
    TRANSPOSE: ops_simple_free((ctx) => types_outcome(transpose(ctx.in(0), ctx.need(1, 'the permutation'))), [1]),
    CONCATENATION: { free: true, infer: (ctx) => withFused(types_outcome(concat(ctx.inputs.map((_, i) => ctx.in(i)), ctx.opt.i32(0, 0))), ctx.opt.i8(1, 0)) },
    PACK: ops_simple_free((ctx) => types_outcome(stack(ctx.inputs.map((_, i) => ctx.in(i)), ctx.opt.i32(1, 0)))),
    UNPACK: ops_simple_free((ctx) => {
        const x = ctx.in(0);
        const a = normAxis(ctx.opt.i32(1, 0), x.shape.length);
        const out = x.shape.filter((_, i) => i !== a);
        return { outputs: Array.from({ length: x.shape[a] }, () => (0,tensor/* tensor */.OE)(out, x.dtype)), counts: {} };
    }),
    STRIDED_SLICE,
    SLICE,
    SPLIT,
    SPLIT_V,
    PAD: ops_simple_free(padOf, [1]),
    PADV2: ops_simple_free(padOf, [1]),
    MIRROR_PAD: ops_simple_free(padOf, [1]),
    TILE: ops_simple_free((ctx) => types_outcome(tile(ctx.in(0), ctx.need(1, 'the multiples'))), [1]),
    BROADCAST_TO: ops_simple_free((ctx) => types_outcome(expand(ctx.in(0), ctx.need(1, 'the shape'))), [1]),
    GATHER: { free: true, weights: [0], infer: (ctx) => types_outcome(gather(ctx.in(0), ctx.in(1), ctx.opt.i32(0, 0))) },
    GATHER_ND: ops_simple_free((ctx) => types_outcome(gatherND(ctx.in(0), ctx.in(1), 0))),
    EMBEDDING_LOOKUP: { free: true, weights: [1], infer: (ctx) => types_outcome(gather(ctx.in(1), ctx.in(0), 0)) },
    SELECT: ops_simple_free((ctx) => types_outcome(where(ctx.in(0), ctx.in(1), ctx.in(2)))),
    SELECT_V2: ops_simple_free((ctx) => types_outcome(where(ctx.in(0), ctx.in(1), ctx.in(2)))),
    SHAPE: ops_simple_free((ctx) => ({ outputs: [(0,tensor/* tensor */.OE)([ctx.in(0).shape.length], declaredType(ctx, 'int32'), ctx.in(0).shape)], counts: {} })),
    RANK: ops_simple_free((ctx) => ({ outputs: [(0,tensor/* tensor */.OE)([], 'int32', [ctx.in(0).shape.length])], counts: {} })),
    FILL: ops_simple_free((ctx) => types_outcome(filled(ctx.need(0, 'the shape'), ctx.in(1).dtype, ctx.value(1)?.[0])), [0]),
    ZEROS_LIKE: ops_simple_free((ctx) => types_outcome(filled(ctx.in(0).shape, ctx.in(0).dtype, 0))),
    RANGE: ops_simple_free((ctx) => {
        const [s, l, d] = [ctx.need(0, 'start')[0], ctx.need(1, 'limit')[0], ctx.need(2, 'delta')[0]];
        const n = Math.max(Math.ceil((l - s) / d), 0);
        return { outputs: [(0,tensor/* tensor */.OE)([n], ctx.in(0).dtype, Array.from({ length: n <= 65536 ? n : 0 }, (_, i) => s + i * d))], counts: {} };
    }, [0, 1, 2]),
    REVERSE_V2: ops_simple_free(same),
    REVERSE_SEQUENCE: ops_simple_free(same),
    SPACE_TO_DEPTH: ops_simple_free((ctx) => types_outcome(spaceToDepth(ctx.in(0), ctx.opt.i32(0, 1), true))),
    DEPTH_TO_SPACE: ops_simple_free((ctx) => types_outcome(depthToSpace(ctx.in(0), ctx.opt.i32(0, 1), true))),
    SPACE_TO_BATCH_ND: ops_simple_free((ctx) => simple_spaceBatch(ctx, true), [1, 2]),
    BATCH_TO_SPACE_ND: ops_simple_free((ctx) => simple_spaceBatch(ctx, false), [1, 2]),
    RESIZE_BILINEAR: simple_resizeRule('linear'),
    RESIZE_NEAREST_NEIGHBOR: simple_resizeRule('nearest'),
};
function argOut(ctx, min) {
    const r = argReduce(ctx.in(0), ctx.need(1, 'the axis')[0], false, min);
    return { outputs: [(0,tensor/* tensor */.OE)(r.outputs[0].shape, declaredType(ctx, 'int64'), r.outputs[0].values)], counts: r.counts };
}
/** LRN runs over the last (channel) axis; the core's rule reads channels on axis 1. */
function transposeLast(ctx) {
    const x = ctx.in(0);
    const s = x.shape;
    return (0,tensor/* tensor */.OE)([s[0], s[s.length - 1], ...s.slice(1, -1)], x.dtype);
}
/** SPACE_TO_BATCH_ND / BATCH_TO_SPACE_ND over NHWC: block shape (input 1), paddings or crops (input 2). */
function simple_spaceBatch(ctx, toBatch) {
    const x = ctx.in(0);
    const block = ctx.need(1, 'the block shape');
    const p = ctx.need(2, toBatch ? 'the paddings' : 'the crops');
    const m = block.length;
    const prod = block.reduce((a, b) => a * b, 1);
    const out = [...x.shape];
    if (toBatch) {
        out[0] = x.shape[0] * prod;
        for (let i = 0; i < m; i++) {
            const padded = x.shape[i + 1] + p[2 * i] + p[2 * i + 1];
            if (padded % block[i] !== 0)
                (0,core_errors/* fault */.DG)(`padded axis ${padded} is not a multiple of block ${block[i]}`);
            out[i + 1] = padded / block[i];
        }
    }
    else {
        if (x.shape[0] % prod !== 0)
            (0,core_errors/* fault */.DG)(`batch ${x.shape[0]} is not a multiple of the block ${(0,tensor/* fmt */.Sc)(block)}`);
        out[0] = x.shape[0] / prod;
        for (let i = 0; i < m; i++)
            out[i + 1] = x.shape[i + 1] * block[i] - p[2 * i] - p[2 * i + 1];
    }
    return types_outcome(result([(0,tensor/* tensor */.OE)(out, x.dtype)]));
}

;// CONCATENATED MODULE: ./src/tflite/ops/index.ts




/**
 * The adapter per TFLite builtin op. WHILE and Flex custom ops are walked by analyze.ts
 * (a loop's body once per trip; a Flex op as the TF op it carries, src/tf/ops).
 */
const tflite_ops_RULES = {
    CONV_2D: CONV_2D, DEPTHWISE_CONV_2D: DEPTHWISE_CONV_2D, CONV_3D: CONV_3D, TRANSPOSE_CONV: TRANSPOSE_CONV, MAX_POOL_2D: MAX_POOL_2D, AVERAGE_POOL_2D: AVERAGE_POOL_2D,
    FULLY_CONNECTED: FULLY_CONNECTED, BATCH_MATMUL: BATCH_MATMUL,
    UNIDIRECTIONAL_SEQUENCE_LSTM: UNIDIRECTIONAL_SEQUENCE_LSTM, UNIDIRECTIONAL_SEQUENCE_RNN: UNIDIRECTIONAL_SEQUENCE_RNN,
    ...simple_SIMPLE,
};
function tflite_ops_ruleFor(type) {
    return Object.prototype.hasOwnProperty.call(tflite_ops_RULES, type) ? tflite_ops_RULES[type] : undefined;
}

;// CONCATENATED MODULE: ./src/tflite/loops.ts
/**
 * How many times a TFLite WHILE loop runs, from its constants. TF's converter writes a loop
 * as counters that start from a constant, step by a constant in the body (ADD), and are
 * compared with a bound in the condition (LESS, several joined by LOGICAL_AND: the loop
 * stops at the first bound reached). The bound is a constant of the condition subgraph or a
 * loop variable that starts from a constant and is passed through unchanged. Anything else
 * (a bound computed from the data) is refused: the loop's cost is then unknown.
 */

/** Loops that would run longer than this are a corrupt bound, not a model. */
const MAX_TRIPS = 2 ** 31;
async function scalar(src, v) {
    if (!v?.tensor || v.tensor.shape.reduce((a, b) => a * b, 1) !== 1)
        return undefined;
    return (await src.valuesOf(v.tensor))?.[0];
}
async function tripCount(src, op, inputs, cond, body) {
    const constIn = (sg, t) => {
        const tt = sg.tensors[t];
        return tt && tt.buffer > 0 ? { shape: tt.shape, dtype: tt.dtype, tensor: tt, buffer: tt.buffer, constant: true } : undefined;
    };
    /** The value a condition operand has on every test: a constant, or an unchanged loop variable's start. */
    const fixed = async (t) => {
        const c = constIn(cond, t);
        if (c)
            return scalar(src, c);
        const k = cond.inputs.indexOf(t);
        if (k < 0 || body.outputs[k] !== body.inputs[k])
            return undefined;
        return scalar(src, inputs[k]);
    };
    const step = async (k) => {
        const out = body.outputs[k];
        const add = body.operators.find((o) => o.type === 'ADD' && o.outputs[0] === out);
        if (!add)
            return undefined;
        const other = add.inputs[0] === body.inputs[k] ? add.inputs[1] : add.inputs[1] === body.inputs[k] ? add.inputs[0] : undefined;
        return other === undefined ? undefined : scalar(src, constIn(body, other));
    };
    let trips;
    for (const c of cond.operators) {
        if (c.type !== 'LESS' && c.type !== 'GREATER' && c.type !== 'LESS_EQUAL' && c.type !== 'GREATER_EQUAL')
            continue;
        // counter < bound, written either way round.
        const [a, b] = c.type.startsWith('LESS') ? c.inputs : [c.inputs[1], c.inputs[0]];
        const k = cond.inputs.indexOf(a);
        if (k < 0)
            continue;
        const [start, bound, by] = [await scalar(src, inputs[k]), await fixed(b), await step(k)];
        if (start === undefined || bound === undefined || by === undefined || by <= 0)
            continue;
        const strict = c.type === 'LESS' || c.type === 'GREATER';
        const n = Math.max(0, strict ? Math.ceil((bound - start) / by) : Math.floor((bound - start) / by) + 1);
        trips = trips === undefined ? n : Math.min(trips, n);
    }
    if (trips === undefined)
        return new core_errors/* Refusal */.P_(`no loop counter of WHILE operator ${op.index} is compared with a constant bound in its condition`);
    if (!Number.isSafeInteger(trips) || trips > MAX_TRIPS)
        return new core_errors/* Refusal */.P_(`its trip count ${trips} is not a plausible loop`);
    return trips;
}

;// CONCATENATED MODULE: ./src/tflite/quantization.ts
const PRODUCTS = new Set(['CONV_2D', 'DEPTHWISE_CONV_2D', 'CONV_3D', 'TRANSPOSE_CONV', 'FULLY_CONNECTED', 'BATCH_MATMUL']);
const INTEGER = new Set(['int8', 'uint8', 'int16']);
function quantizationOf(model) {
    let intWeights = false;
    let intProducts = false;
    let halfWeights = false;
    for (const sg of model.subgraphs) {
        for (const t of sg.tensors) {
            if (model.buffers[t.buffer] === undefined)
                continue;
            if (t.dtype === 'float16')
                halfWeights = true;
            if (INTEGER.has(t.dtype) && t.quant)
                intWeights = true;
        }
        for (const op of sg.operators) {
            const x = op.inputs[0] >= 0 ? sg.tensors[op.inputs[0]] : undefined;
            if (PRODUCTS.has(op.type) && x && INTEGER.has(x.dtype) && model.buffers[x.buffer] === undefined)
                intProducts = true;
        }
    }
    if (intProducts)
        return 'full-integer int8';
    if (intWeights)
        return 'dynamic-range int8 (int8 weights, float activations)';
    if (halfWeights)
        return 'float16 weights';
    return undefined;
}

;// CONCATENATED MODULE: ./src/tflite/analyze.ts
/**
 * The walk over a TFLite model: the main subgraph's operators in their stored (execution)
 * order, each measured by its adapter (ops/), shapes propagated from the bound inputs rather
 * than read from the file (a model converted with an open batch stores placeholder 1s).
 * A WHILE loop's body is walked once and counted once per trip; a Flex op is costed as the
 * TF op it carries (src/tf/ops). Weights are never read: the few integer constants a shape
 * or a loop bound needs are, each bounded.
 */















const analyze_UNKNOWN = Symbol('unknown shape');
/** Constants folded with their values when this small (shape arithmetic). */
const FOLD_ELEMENTS = 1024;
/** Loops nested deeper than this are a fault, not a model. */
const MAX_DEPTH = 16;
const POLICY_NOTE = 'its cost is unknown (unknown: warn counts it as 0 and marks the total as a lower bound)';
/** A tensor's name as a row name: the first of the TF ops a fused tensor is named after. */
const analyze_rowName = (t, op) => (t?.name.split(';')[0] || `${op.type}_${op.index}`);
/** The stored shape, when the file fixes every dimension of it. */
function declared(t) {
    return t.signature && t.signature.some((d) => d < 0) ? undefined : t.shape;
}
/** Whether a stored constant of this tensor can be a weight: float, or quantized (int8 kernels, int32 biases). */
const weightType = (t) => (0,tensor/* isFloat */.dk)(t.dtype) || t.quant !== undefined;
function roleOf(op, i, rule) {
    if (/^(CONV|DEPTHWISE|FULLY|TRANSPOSE_CONV)/.test(op.type))
        return (op.type === 'TRANSPOSE_CONV' ? i === 3 : i === 2) ? 'bias' : 'kernel';
    return rule.free || op.type === 'BATCH_MATMUL' ? 'kernel' : 'elementwise';
}
class Walk {
    model;
    fb;
    file;
    rows = [];
    ledger = new KerasParamLedger();
    /** Outputs of a multiplication that applied an unfolded batch normalisation: its key. */
    normOutputs = new Map();
    policy;
    active = new Set();
    constructor(model, fb, file, opts) {
        this.model = model;
        this.fb = fb;
        this.file = file;
        this.policy = opts.unknown ?? DEFAULTS.unknown;
    }
    fail(msg) {
        throw new errors/* FlopgateError */.N9(`${this.file}: ${msg}`);
    }
    /** A stored constant's values, when it is small enough to be shape data. */
    async valuesOf(t) {
        const ref = this.model.buffers[t.buffer];
        if (!ref || (0,tensor/* size */.Ej)(t.shape) > FOLD_ELEMENTS)
            return undefined;
        const width = t.dtype === 'int64' || t.dtype === 'float64' ? 8 : t.dtype === 'int32' || t.dtype === 'float32' ? 4 : t.dtype === 'int8' || t.dtype === 'uint8' || t.dtype === 'bool' ? 1 : 0;
        if (!width)
            return undefined;
        const n = (0,tensor/* size */.Ej)(t.shape);
        if (ref.length < n * width || n * width > tflite_ir/* LIMITS */.b.valueBytes)
            this.fail(`tensor "${t.name}" has ${ref.length} bytes of data for ${n} ${t.typeName} values`);
        const b = await this.fb.raw(ref.start, n * width, `the values of tensor "${t.name}"`);
        const d = new DataView(b.buffer, b.byteOffset, b.byteLength);
        const out = [];
        for (let i = 0; i < n; i++) {
            if (t.dtype === 'int64')
                out.push(Number(d.getBigInt64(8 * i, true)));
            else if (t.dtype === 'float64')
                out.push(d.getFloat64(8 * i, true));
            else if (t.dtype === 'int32')
                out.push(d.getInt32(4 * i, true));
            else if (t.dtype === 'float32')
                out.push(d.getFloat32(4 * i, true));
            else if (t.dtype === 'int8')
                out.push(d.getInt8(i));
            else
                out.push(d.getUint8(i));
        }
        return out;
    }
    /** The values every stored constant of a subgraph starts with (shape, type; data not read). */
    constants(sg) {
        const values = new Map();
        for (const t of sg.tensors) {
            if (!this.model.buffers[t.buffer])
                continue;
            values.set(t.index, { shape: (0,tensor/* checkShape */.eA)(t.shape, `tensor "${t.name}"`), dtype: t.dtype, constant: true, buffer: t.buffer, tensor: t, values: undefined });
        }
        return values;
    }
    unknownRow(row, note) {
        row.unknown = true;
        row.note = note;
    }
    /** Walks `sg` with `values` bound; rows go to `rows`. */
    async walk(sg, values, rows, depth) {
        if (depth > MAX_DEPTH)
            this.fail(`loops nested more than ${MAX_DEPTH} deep`);
        if (this.active.has(sg.index))
            this.fail(`subgraph ${sg.index} ("${sg.name}") runs itself: a cycle of loops`);
        this.active.add(sg.index);
        try {
            for (const op of sg.operators)
                await this.step(sg, op, values, rows, depth);
        }
        finally {
            this.active.delete(sg.index);
        }
    }
    declaredOuts(sg, op, values) {
        for (const o of op.outputs) {
            if (o < 0)
                continue;
            const d = declared(sg.tensors[o]);
            values.set(o, d ? { shape: d, dtype: sg.tensors[o].dtype, values: undefined } : analyze_UNKNOWN);
        }
    }
    async step(sg, op, values, rows, depth) {
        const first = op.outputs[0] !== undefined && op.outputs[0] >= 0 ? sg.tensors[op.outputs[0]] : undefined;
        const inputs = [];
        let blocked = false;
        for (const i of op.inputs) {
            const s = i < 0 ? undefined : values.get(i);
            if (i >= 0 && s === undefined)
                this.fail(`${sg.name || 'subgraph'} operator ${op.index} (${op.type}) reads tensor ${i} ("${sg.tensors[i].name}") before any operator writes it`);
            if (s === analyze_UNKNOWN)
                blocked = true;
            inputs.push(s === analyze_UNKNOWN ? undefined : s);
        }
        const row = {
            name: analyze_rowName(first, op),
            type: op.type,
            input_shape: inputs.filter((v) => v && !v.constant).map((v) => [...v.shape]),
            output_shape: [],
            ops: {},
            params: 0n,
            trainable_params: 0n,
        };
        if (Array.isArray(row.input_shape) && row.input_shape.length === 1)
            row.input_shape = row.input_shape[0];
        rows.push(row);
        if (op.type === 'WHILE')
            return this.loop(op, inputs, values, rows, row, depth, blocked);
        const flex = op.custom?.startsWith('Flex') ? await flexNode(op, this.file) : undefined;
        const rule = flex ? flexRule(flex) : op.custom !== undefined ? undefined : tflite_ops_ruleFor(op.type);
        if (!rule) {
            const what = flex ? `TF op ${flex.op} (Flex op "${op.custom}")` : op.custom !== undefined ? `custom op "${op.custom}"` : `TFLite op ${op.type}`;
            if (this.policy === 'error')
                this.fail(`unsupported ${what} at operator ${op.index} ("${row.name}"); ${POLICY_NOTE}`);
            this.unknownRow(row, `unsupported ${what}, counted as 0`);
            this.declaredOuts(sg, op, values);
            return;
        }
        this.takeParams(sg, op, inputs, rule, row);
        const allConstant = inputs.every((v, k) => (op.inputs[k] < 0 ? true : v?.constant === true));
        if (blocked)
            return this.settleBlocked(sg, op, rule, values, row, 'an input shape is only known at run time');
        for (let k = 0; k < inputs.length; k++) {
            const v = inputs[k];
            if (!v || v.values !== undefined || !v.tensor)
                continue;
            // Small integer constants are shape data more often than not (a PACK of a batch size
            // and a width): their values go along so that shape arithmetic folds.
            const shapeData = !(0,tensor/* isFloat */.dk)(v.dtype) && v.tensor.quant === undefined && (0,tensor/* size */.Ej)(v.shape) <= 64;
            if (rule.reads?.includes(k) || shapeData || (allConstant && (0,tensor/* size */.Ej)(v.shape) <= FOLD_ELEMENTS)) {
                const vals = await this.valuesOf(v.tensor);
                if (vals)
                    inputs[k] = { ...v, values: vals };
            }
        }
        const ctx = new OpCtx(op, inputs, op.outputs.map((o) => (o >= 0 ? declared(sg.tensors[o]) : undefined)), op.outputs.map((o) => (o >= 0 ? sg.tensors[o].dtype : undefined)));
        let res;
        try {
            res = rule.infer(ctx);
        }
        catch (e) {
            if (e instanceof core_errors/* OpError */.mC)
                this.fail(`operator ${op.index} ${op.type} ("${row.name}"): ${e.message}`);
            if (!(e instanceof core_errors/* Refusal */.P_))
                throw e;
            return this.settleBlocked(sg, op, rule, values, row, e.why);
        }
        const shapes = [];
        op.outputs.forEach((o, k) => {
            if (o < 0)
                return;
            const out = res.outputs[k];
            if (!out)
                this.fail(`operator ${op.index} ${op.type} ("${row.name}"): output ${k} has no inferred shape`);
            // Spread: a Flex op's TensorList keeps what it knows of its elements.
            const v = { ...out, dtype: sg.tensors[o].dtype === 'unknown' ? out.dtype : sg.tensors[o].dtype, constant: allConstant || undefined };
            // A stored weight dequantized at load (float16, int8) is that weight.
            const src = inputs[0];
            if (op.type === 'DEQUANTIZE' && src?.tensor && src.buffer !== undefined)
                Object.assign(v, { tensor: src.tensor, buffer: src.buffer });
            values.set(o, v);
            shapes.push([...out.shape]);
        });
        row.output_shape = shapes.length === 1 ? shapes[0] : shapes;
        if (allConstant)
            row.note = 'constant: computed once when the model loads, not per inference';
        else
            row.ops = res.counts;
    }
    /**
     * An op whose input shapes or values are only known at run time (a slice sized by a loop
     * counter): one that only moves data costs nothing and takes the shapes the file declares;
     * one with arithmetic falls under the unknown policy.
     */
    settleBlocked(sg, op, rule, values, row, why) {
        this.declaredOuts(sg, op, values);
        const outs = op.outputs.filter((o) => o >= 0).map((o) => values.get(o));
        row.output_shape = outs.map((v) => (v && v !== analyze_UNKNOWN ? [...v.shape] : []));
        if (outs.length === 1)
            row.output_shape = row.output_shape[0];
        if (rule.free) {
            row.note = `${why}: moves data only, output shape as the file declares it`;
            return;
        }
        if (this.policy === 'error')
            this.fail(`cannot measure operator ${op.index} ${op.type} ("${row.name}"): ${why}; ${POLICY_NOTE}`);
        this.unknownRow(row, `not measured: ${why}; counted as 0`);
    }
    /**
     * Stored weights the op is the first to use (keras-params.ts decides what each is worth). A
     * DEQUANTIZE of a stored float16 weight passes it on: its reader counts it, in its role.
     */
    takeParams(sg, op, inputs, rule, row) {
        if (op.type === 'DEQUANTIZE')
            return;
        const notes = [];
        const after = op.type === 'ADD' || op.type === 'SUB' ? op.inputs.map((i) => this.normOutputs.get(`${sg.index}:${i}`)).find((k) => k !== undefined) : undefined;
        for (const k of rule.weights ?? []) {
            const v = inputs[k];
            if (!v?.tensor || v.buffer === undefined || !weightType(v.tensor))
                continue;
            const t = this.ledger.take(`b${v.buffer}`, v.tensor.name, v.shape, roleOf(op, k, rule), after);
            row.params += t.params;
            row.trainable_params += t.params;
            if (t.note)
                notes.push(t.note);
            if (t.bn !== undefined && op.type === 'MUL' && op.outputs[0] >= 0)
                this.normOutputs.set(`${sg.index}:${op.outputs[0]}`, t.bn);
        }
        if (notes.length)
            row.note = notes.join('; ');
    }
    /**
     * WHILE (WhileOptions: cond_subgraph_index 0, body_subgraph_index 1): the body is walked once
     * on the loop variables' shapes and counted once per trip, the condition once per test
     * (trips + 1); the trip count comes from the loop's constants (loops.ts).
     */
    async loop(op, inputs, values, rows, row, depth, blocked) {
        const opt = new OpCtx(op, [], []).opt;
        const cond = this.model.subgraphs[opt.i32(0, -1)];
        const body = this.model.subgraphs[opt.i32(1, -1)];
        if (!cond || !body)
            this.fail(`WHILE operator ${op.index} ("${row.name}") names subgraphs ${opt.i32(0, -1)} and ${opt.i32(1, -1)}; the model has ${this.model.subgraphs.length}`);
        if (cond.inputs.length !== op.inputs.length || body.inputs.length !== op.inputs.length || body.outputs.length !== op.inputs.length) {
            this.fail(`WHILE operator ${op.index} ("${row.name}"): its ${op.inputs.length} loop variables do not match its condition's ${cond.inputs.length} inputs or its body's ${body.inputs.length} inputs and ${body.outputs.length} outputs`);
        }
        const trips = blocked ? undefined : await tripCount(this, op, inputs, cond, body);
        const loopVars = (target) => {
            const m = this.constants(target);
            target.inputs.forEach((t, k) => {
                const v = inputs[k];
                // A loop variable the body passes on unchanged is the same on every trip (a weight
                // the converter hoisted out of the loop); any other changes: its shape is known,
                // its values are not.
                const invariant = body.outputs[k] === body.inputs[k];
                m.set(t, v ? (invariant ? v : { ...v, values: undefined, constant: undefined, tensor: undefined, buffer: undefined }) : analyze_UNKNOWN);
            });
            return m;
        };
        const bodyRows = [];
        const bodyValues = loopVars(body);
        await this.walk(body, bodyValues, bodyRows, depth + 1);
        const condRows = [];
        await this.walk(cond, loopVars(cond), condRows, depth + 1);
        op.outputs.forEach((o, k) => {
            if (o >= 0)
                values.set(o, bodyValues.get(body.outputs[k]) ?? analyze_UNKNOWN);
        });
        const outs = op.outputs.filter((o) => o >= 0).map((o) => values.get(o));
        row.output_shape = outs.map((v) => (v && v !== analyze_UNKNOWN ? [...v.shape] : []));
        if (trips === undefined || trips instanceof core_errors/* Refusal */.P_) {
            const why = trips instanceof core_errors/* Refusal */.P_ ? trips.why : 'the loop variables are only known at run time';
            if (this.policy === 'error')
                this.fail(`cannot measure WHILE operator ${op.index} ("${row.name}"): ${why}; ${POLICY_NOTE}`);
            this.unknownRow(row, `not measured: ${why}; its body counted as 0`);
            for (const r of [...bodyRows, ...condRows])
                rows.push({ ...r, name: `${row.name}/${r.name}`, ops: {} });
            return;
        }
        row.note = `runs its body ${trips} times (the trip count from the loop's constants)`;
        const scale = (rs, times, what) => {
            for (const r of rs) {
                rows.push({ ...r, name: `${row.name}/${r.name}`, ops: scaleCounts(r.ops, times), note: `${what} x ${times}${r.note ? `; ${r.note}` : ''}` });
            }
        };
        scale(bodyRows, BigInt(trips), 'loop body');
        scale(condRows, BigInt(trips + 1), 'loop condition');
    }
}
/** The report's quantization and the model's input bindings, then the walk. */
async function analyzeTfliteModel(model, fb, file, opts) {
    const main = model.subgraphs[0];
    if (main.operators.length === 0)
        throw new errors/* FlopgateError */.N9(`${file}: the main subgraph has no operators: nothing to measure`);
    const walk = new Walk(model, fb, file, opts);
    const graphInputs = main.inputs.filter((i) => !model.buffers[main.tensors[i].buffer]);
    const infos = graphInputs.map((i) => {
        const t = main.tensors[i];
        const dims = (t.signature ?? t.shape).map((d) => (d < 0 ? null : d));
        return { name: t.name, kind: 'tensor', elemType: 0, dims };
    });
    const bound = bindInputs(file, infos, opts.inputShapes, opts.batchSize);
    const values = walk.constants(main);
    graphInputs.forEach((i, k) => values.set(i, { shape: bound.shapes[k], dtype: main.tensors[i].dtype, values: undefined }));
    await walk.walk(main, values, walk.rows, 0);
    const quantization = quantizationOf(model);
    return buildModelReport({
        name: opts.name ?? (0,external_node_path_.basename)(file),
        path: file,
        format: 'tflite',
        convention: opts.convention ?? DEFAULTS.convention,
        batch_size: bound.batch,
        input_shapes: bound.shapes.map((s) => s.slice(1)),
        ...(quantization ? { quantization } : {}),
    }, walk.rows);
}

;// CONCATENATED MODULE: ./src/tf/loops.ts
/**
 * How many times a functional While runs, from its constants: as TF writes a loop (and
 * Keras' recurrent layers do), loop variables that start from a known value, step by a
 * constant in the body (AddV2) and are compared with a bound in the condition (Less, joined
 * by LogicalAnd: the first bound reached stops it). The bound is a Const of the condition or
 * a loop variable the body passes on unchanged (maximum_iterations). Anything else is
 * refused: the loop's cost is then unknown.
 */

const loops_MAX_TRIPS = 2 ** 31;
const THROUGH = new Set(['Identity', 'StopGradient', 'Snapshot']);
/** The node a reference inside `f` names, through Identity copies; or the argument index it is. */
function resolve(f, ref) {
    const byName = new Map(f.nodes.map((n) => [n.name, n]));
    for (let hops = 0; hops < 64; hops++) {
        const arg = f.inputs.indexOf(ref);
        if (arg >= 0)
            return { arg };
        const n = byName.get(ref.split(':')[0]);
        if (!n)
            return {};
        if (!THROUGH.has(n.op) || n.inputs.length === 0)
            return { node: n };
        ref = n.inputs[0];
    }
    return {};
}
async function whileTrips(cond, body, vars, constValue) {
    const invariant = (k) => body.ret.get(body.outputs[k]) === body.inputs[k];
    const known = async (f, ref) => {
        const r = resolve(f, ref);
        if (r.node?.op === 'Const')
            return constValue(f, r.node);
        if (r.arg !== undefined && (f === body || invariant(r.arg)))
            return vars[r.arg]?.values?.length === 1 ? vars[r.arg].values[0] : undefined;
        return undefined;
    };
    const step = async (k) => {
        const out = body.ret.get(body.outputs[k]);
        if (out === undefined)
            return undefined;
        const r = resolve(body, out);
        if (!r.node || (r.node.op !== 'AddV2' && r.node.op !== 'Add'))
            return undefined;
        const [a, b] = r.node.inputs.map((x) => resolve(body, x));
        if (a.arg === k && b.node?.op === 'Const')
            return constValue(body, b.node);
        if (b.arg === k && a.node?.op === 'Const')
            return constValue(body, a.node);
        return undefined;
    };
    let trips;
    for (const c of cond.nodes) {
        if (!['Less', 'LessEqual', 'Greater', 'GreaterEqual'].includes(c.op) || c.inputs.length !== 2)
            continue;
        const [lhs, rhs] = c.op.startsWith('Less') ? c.inputs : [c.inputs[1], c.inputs[0]];
        const k = resolve(cond, lhs).arg;
        if (k === undefined)
            continue;
        const start = vars[k]?.values?.length === 1 ? vars[k].values[0] : undefined;
        const [bound, by] = [await known(cond, rhs), await step(k)];
        if (start === undefined || bound === undefined || by === undefined || by <= 0)
            continue;
        const n = Math.max(0, c.op === 'Less' || c.op === 'Greater' ? Math.ceil((bound - start) / by) : Math.floor((bound - start) / by) + 1);
        trips = trips === undefined ? n : Math.min(trips, n);
    }
    if (trips === undefined)
        return new core_errors/* Refusal */.P_('no loop counter is compared with a bound known from the constants in its condition');
    if (!Number.isSafeInteger(trips) || trips > loops_MAX_TRIPS)
        return new core_errors/* Refusal */.P_(`its trip count ${trips} is not a plausible loop`);
    return trips;
}

;// CONCATENATED MODULE: ./src/tf/frames.ts
const FRAME_OPS = new Set(['Enter', 'Merge', 'Switch', 'NextIteration', 'Exit', 'LoopCond']);
const isFrameOp = (op) => FRAME_OPS.has(op);
/** `order`: nodes with dependencies first (NextIteration's edge into Merge left out). */
function framesOf(order, inputNodes, frameName) {
    const frameOf = new Map();
    const parent = new Map();
    const loopCond = new Map();
    for (const n of order) {
        const ins = inputNodes(n).map((i) => frameOf.get(i));
        const inner = ins.find((f) => f !== undefined);
        if (n.op === 'Enter') {
            const f = frameName(n);
            if (!parent.has(f))
                parent.set(f, inner);
            frameOf.set(n.name, f);
        }
        else if (n.op === 'Exit')
            frameOf.set(n.name, inner === undefined ? undefined : parent.get(inner));
        else {
            // Inside the innermost frame any input is in (a Const inside a loop has no data input).
            let f;
            for (const x of ins)
                if (x !== undefined && (f === undefined || depth(parent, x) > depth(parent, f)))
                    f = x;
            frameOf.set(n.name, f);
            if (n.op === 'LoopCond' && f !== undefined)
                loopCond.set(f, n);
        }
    }
    // What LoopCond reads, back to the Merges, is the condition.
    const byName = new Map(order.map((n) => [n.name, n]));
    const cond = new Set();
    for (const lc of loopCond.values()) {
        const stack = [lc.name];
        while (stack.length) {
            const name = stack.pop();
            if (cond.has(name))
                continue;
            const n = byName.get(name);
            if (!n)
                continue;
            cond.add(name);
            if (n.op !== 'Merge')
                stack.push(...inputNodes(n));
        }
    }
    return { frameOf, parent, cond, loopCond };
}
function depth(parent, f) {
    let d = 0;
    for (let x = f; x !== undefined && d < 1000; x = parent.get(x))
        d++;
    return d;
}

;// CONCATENATED MODULE: ./src/tf/analyze.ts
/**
 * The walk over a TF graph (a SavedModel's serving function, a TF.js graph model): from the
 * outputs back to what they need, each node measured by its op's adapter (ops/), function
 * calls followed into the library (arguments by position), a While's body counted once per
 * trip, the TF1 loop frames a converter lowers loops to likewise (frames.ts). Weights are
 * variables (a SavedModel: their shapes from the graph's variable ops) or constants (a graph
 * model: their shapes from the weights manifest); neither is read, only the few small integer
 * constants shapes need.
 */











const analyze_POLICY_NOTE = 'its cost is unknown (unknown: warn counts it as 0 and marks the total as a lower bound)';
/** Outputs of ops with several output args, in order (for a function's "node:arg:index" references). */
const OUTPUT_ARGS = {
    FusedBatchNorm: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
    FusedBatchNormV2: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
    FusedBatchNormV3: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2', 'reserve_space_3'],
    TopKV2: ['values', 'indices'],
    Unique: ['y', 'idx'],
    Switch: ['output_false', 'output_true'],
    Merge: ['output', 'value_index'],
};
/** Nodes that only wire the graph: no row of their own. */
const PLUMBING = new Set(['Const', 'Placeholder', 'PlaceholderWithDefault', 'VarHandleOp', 'ReadVariableOp', 'Identity', 'IdentityN', 'NoOp', 'StopGradient']);
class TfWalk {
    file;
    functions;
    consts;
    mode;
    policy;
    rows = [];
    ledger = new KerasParamLedger();
    counted = new Set();
    calls = [];
    normOutputs = new Map();
    constructor(file, functions, consts, mode, policy) {
        this.file = file;
        this.functions = functions;
        this.consts = consts;
        this.mode = mode;
        this.policy = policy;
    }
    fail(msg) {
        throw new errors/* FlopgateError */.N9(`${this.file}: ${msg}`);
    }
    /** A scope over `nodes`, with function arguments bound. */
    scope(name, nodes, fn, args) {
        const byName = new Map();
        for (const n of nodes) {
            if (byName.has(n.name))
                this.fail(`${fn ? `function "${fn.name}"` : 'the graph'} has two nodes named "${n.name}"`);
            byName.set(n.name, n);
        }
        const a = new Map();
        fn?.inputs.forEach((arg, i) => a.set(arg, args[i]));
        return { name, fn, byName, args: a, values: new Map() };
    }
    /** A reference's node name and output index; an argument's name and -1. */
    parse(s, ref) {
        if (s.fn) {
            if (s.args.has(ref))
                return { node: ref, index: -1 };
            const parts = ref.split(':');
            if (parts.length === 3) {
                const n = s.byName.get(parts[0]);
                const k = Number(parts[2]);
                if (!n || !Number.isSafeInteger(k))
                    this.fail(`function "${s.fn.name}" refers to "${ref}", which it does not define`);
                return { node: parts[0], index: this.outputOffset(n, parts[1]) + k };
            }
            if (parts.length === 1 && s.byName.has(ref))
                return { node: ref, index: 0 };
            this.fail(`function "${s.fn.name}" refers to "${ref}", which it does not define`);
        }
        const m = /^(.*?)(?::(\d+))?$/.exec(ref);
        return { node: m[1], index: m[2] === undefined ? 0 : Number(m[2]) };
    }
    /** Where output arg `arg` of node `n` starts among its flattened outputs. */
    outputOffset(n, arg) {
        const callee = this.callee(n);
        const names = callee ? callee.outputs : OUTPUT_ARGS[n.op];
        if (!names)
            return 0;
        const i = names.indexOf(arg);
        if (i < 0)
            return 0;
        if (callee)
            return i;
        return i;
    }
    /** The library function a node calls, if it is a call. */
    callee(n) {
        if (n.op === 'StatefulPartitionedCall' || n.op === 'PartitionedCall') {
            const f = n.attrs.get('f');
            const name = f?.kind === 'func' ? f.name : undefined;
            const fn = name === undefined ? undefined : this.functions.get(name);
            if (!fn)
                this.fail(`node "${n.name}" calls function "${name ?? '?'}", which the library does not have`);
            return fn;
        }
        return this.functions.get(n.op);
    }
    /**
     * The nodes `targets` need, dependencies first. Iterative (graphs run to tens of thousands
     * of nodes); a cycle is a fault, except the back edge a lowered loop's NextIteration makes
     * into its Merge.
     */
    order(s, targets) {
        const state = new Map();
        const out = [];
        const deps = (n) => {
            const d = n.inputs.filter((r) => {
                const { node, index } = this.parse(s, r);
                if (index < 0)
                    return false;
                return !(n.op === 'Merge' && s.byName.get(node)?.op === 'NextIteration');
            }).map((r) => this.parse(s, r).node);
            // An Exit gives the value of the last trip: after the body that computes it.
            const next = n.op === 'Exit' ? this.exitSource(s, n) : undefined;
            return next ? [...d, next.name] : d;
        };
        for (const t of targets) {
            const start = this.parse(s, t);
            if (start.index < 0 || state.get(start.node) === 2)
                continue;
            const first = s.byName.get(start.node);
            if (!first)
                this.fail(`${s.fn ? `function "${s.fn.name}"` : 'the graph'} has no node "${start.node}" (an output refers to it)`);
            const stack = [{ n: first, deps: deps(first), i: 0 }];
            state.set(first.name, 1);
            while (stack.length) {
                const top = stack[stack.length - 1];
                if (top.i < top.deps.length) {
                    const d = top.deps[top.i++];
                    const st = state.get(d);
                    if (st === 2)
                        continue;
                    if (st === 1)
                        this.fail(`${s.fn ? `function "${s.fn.name}"` : 'the graph'} has a cycle through node "${d}"`);
                    const dn = s.byName.get(d);
                    if (!dn)
                        this.fail(`node "${top.n.name}" reads "${d}", which ${s.fn ? `function "${s.fn.name}"` : 'the graph'} does not have`);
                    state.set(d, 1);
                    stack.push({ n: dn, deps: deps(dn), i: 0 });
                }
                else {
                    state.set(top.n.name, 2);
                    out.push(top.n);
                    stack.pop();
                }
            }
        }
        return out;
    }
    /** The value a reference names (after its node was evaluated). */
    value(s, ref) {
        const { node, index } = this.parse(s, ref);
        if (index < 0)
            return s.args.get(node);
        return s.values.get(node)?.[index];
    }
    /** Evaluates `targets` in scope `s`; rows go to `rows`. */
    async run(s, targets, rows) {
        let order = this.order(s, targets);
        if (!order.some((n) => n.op === 'Enter')) {
            for (const n of order)
                await this.node(s, n, rows);
            return;
        }
        // A lowered loop's body only reaches its NextIterations (whose edge into Merge the order
        // leaves out): they are targets too, until no new one appears (nested loops).
        let all = targets;
        for (let round = 0; round < tf_ir/* LIMITS */.b1.callDepth; round++) {
            const next = order.filter((n) => n.op === 'Merge').flatMap((m) => m.inputs.filter((r) => s.byName.get(this.parse(s, r).node)?.op === 'NextIteration'));
            const more = [...new Set([...targets, ...next])];
            if (more.length === all.length)
                break;
            all = more;
            order = this.order(s, all);
        }
        const frames = framesOf(order, (n) => n.inputs.map((r) => this.parse(s, r).node).filter((x) => s.byName.has(x)), (n) => {
            const a = n.attrs.get('frame_name');
            return a?.kind === 's' ? a.s : n.name;
        });
        const perNode = [];
        for (const n of order) {
            const nodeRows = [];
            if (isFrameOp(n.op))
                this.frameOp(s, n);
            else
                await this.node(s, n, nodeRows);
            perNode.push({ n, rows: nodeRows });
        }
        const trips = new Map();
        for (const f of frames.parent.keys())
            trips.set(f, await this.frameTrips(s, f, frames));
        for (const { n, rows: nodeRows } of perNode) {
            let times = 1n;
            let refused;
            let innermost = true;
            for (let f = frames.frameOf.get(n.name); f !== undefined; f = frames.parent.get(f)) {
                const t = trips.get(f);
                if (t instanceof core_errors/* Refusal */.P_ || t === undefined)
                    refused = t ?? new core_errors/* Refusal */.P_(`loop "${f}" has no LoopCond`);
                else
                    times *= BigInt(t + (innermost && frames.cond.has(n.name) ? 1 : 0));
                innermost = false;
            }
            for (const r of nodeRows) {
                if (times === 1n && !refused) {
                    rows.push(r);
                    continue;
                }
                if (refused) {
                    if (this.policy === 'error')
                        this.fail(`cannot measure node "${n.name}" (${n.op}) in a loop: ${refused.why}; ${analyze_POLICY_NOTE}`);
                    rows.push({ ...r, ops: {}, unknown: true, note: `not measured: in a loop whose trip count is unknown (${refused.why}); counted as 0` });
                }
                else
                    rows.push({ ...r, ops: scaleCounts(r.ops, times), note: `runs ${times} times in its loop${r.note ? `; ${r.note}` : ''}` });
            }
        }
    }
    /** The NextIteration that sends back the value an Exit leaves its loop with (Exit <- Switch <- Merge <- NextIteration). */
    exitSource(s, exit) {
        const node = (ref) => (ref === undefined ? undefined : s.byName.get(this.parse(s, ref).node));
        const sw = node(exit.inputs[0]);
        const merge = sw?.op === 'Switch' ? node(sw.inputs[0]) : undefined;
        return merge?.op === 'Merge' ? merge.inputs.map(node).find((x) => x?.op === 'NextIteration') : undefined;
    }
    /** Enter, Merge, Switch, NextIteration, Exit, LoopCond: the value passes; a Merge's changes from trip to trip. */
    frameOp(s, n) {
        const last = n.op === 'Exit' ? this.exitSource(s, n) : undefined;
        const inputs = last ? [this.value(s, last.inputs[0]), ...n.inputs.map((r) => this.value(s, r))] : n.inputs.map((r) => this.value(s, r));
        const v = inputs.find((x) => x !== undefined);
        if (!v)
            this.fail(`node "${n.name}" (${n.op}) has no input with a value`);
        if (n.op === 'Merge')
            s.values.set(n.name, [{ ...v, values: undefined, constant: undefined, param: undefined }, { shape: [], dtype: 'int32', values: undefined }]);
        else if (n.op === 'Switch')
            s.values.set(n.name, [v, v]);
        else
            s.values.set(n.name, [v]);
    }
    /** A lowered loop's trip count (frames.ts), from the Merges its condition compares. */
    async frameTrips(s, frame, frames) {
        const node = (ref) => s.byName.get(this.parse(s, ref).node);
        /** Through Identity and Switch, to the node a value comes from. */
        const source = (ref) => {
            let n = node(ref);
            for (let hops = 0; n && (n.op === 'Identity' || n.op === 'Switch' || n.op === 'Enter') && hops < 64; hops++)
                n = node(n.inputs[0]);
            return n;
        };
        const startOf = (m) => {
            const enter = m.inputs.map(node).find((x) => x?.op === 'Enter');
            const v = enter ? this.value(s, enter.inputs[0]) : undefined;
            return v?.values?.length === 1 ? v.values[0] : undefined;
        };
        const nextOf = (m) => m.inputs.map(node).find((x) => x?.op === 'NextIteration');
        const constOf = (n) => (n?.op === 'Const' ? s.values.get(n.name)?.[0]?.values : undefined);
        let trips;
        for (const name of frames.cond) {
            const c = s.byName.get(name);
            if (frames.frameOf.get(name) !== frame || !['Less', 'LessEqual', 'Greater', 'GreaterEqual'].includes(c.op))
                continue;
            const [lhs, rhs] = c.op.startsWith('Less') ? c.inputs : [c.inputs[1], c.inputs[0]];
            const m = source(lhs);
            if (m?.op !== 'Merge')
                continue;
            const start = startOf(m);
            const r = source(rhs);
            // A bound: a constant, or a Merge the body sends back unchanged.
            const bound = r?.op === 'Const' ? constOf(r)?.[0] : r?.op === 'Merge' && source(nextOf(r)?.inputs[0] ?? '') === r ? startOf(r) : undefined;
            const add = source(nextOf(m)?.inputs[0] ?? '');
            let step;
            if (add && (add.op === 'AddV2' || add.op === 'Add')) {
                const [a, b] = add.inputs.map(source);
                step = a === m ? constOf(b)?.[0] : b === m ? constOf(a)?.[0] : undefined;
            }
            if (start === undefined || bound === undefined || step === undefined || step <= 0)
                continue;
            const n = Math.max(0, c.op === 'Less' || c.op === 'Greater' ? Math.ceil((bound - start) / step) : Math.floor((bound - start) / step) + 1);
            trips = trips === undefined ? n : Math.min(trips, n);
        }
        if (trips === undefined)
            return new core_errors/* Refusal */.P_(`no counter of loop "${frame}" is compared with a bound known from the constants`);
        if (!Number.isSafeInteger(trips) || trips > 2 ** 31)
            return new core_errors/* Refusal */.P_(`its trip count ${trips} is not a plausible loop`);
        return trips;
    }
    row(n, inputs) {
        const shapes = inputs.filter((v) => v && !v.constant && !v.list && !v.resource).map((v) => [...v.shape]);
        return { name: n.name, type: n.op, input_shape: shapes.length === 1 ? shapes[0] : shapes, output_shape: [], ops: {}, params: 0n, trainable_params: 0n };
    }
    unknown(row, rows, note) {
        row.unknown = true;
        row.note = note;
        rows.push(row);
    }
    async node(s, n, rows) {
        const inputs = n.inputs.map((r) => this.value(s, r));
        const set = (outs) => void s.values.set(n.name, outs);
        switch (n.op) {
            case 'Placeholder':
            case 'PlaceholderWithDefault': {
                const v = s.args.get(n.name) ?? (n.op === 'PlaceholderWithDefault' ? inputs[0] : undefined);
                if (!v)
                    this.fail(`placeholder "${n.name}" is not an input of the signature`);
                return set([v]);
            }
            case 'Const': return set([await this.consts.constant(n, s.name)]);
            case 'VarHandleOp': {
                const shape = n.attrs.get('shape');
                const dtype = n.attrs.get('dtype');
                const dims = shape?.kind === 'shape' ? shape.dims : undefined;
                if (!dims || dims.some((d) => d < 0))
                    this.fail(`variable "${n.name}" has no static shape`);
                const shared = n.attrs.get('shared_name');
                const key = shared?.kind === 's' && shared.s ? shared.s : n.name;
                return set([{ shape: [], dtype: 'unknown', values: undefined, resource: { key, name: n.name, shape: (0,tensor/* checkShape */.eA)(dims), dtype: dtype?.kind === 'type' ? tf_ir/* TF_DTYPES */.F[dtype.type] ?? 'unknown' : 'unknown' } }]);
            }
            case 'ReadVariableOp': {
                const r = inputs[0]?.resource;
                if (!r)
                    this.fail(`node "${n.name}" reads no variable`);
                return set([{ shape: r.shape, dtype: r.dtype, values: undefined, constant: true, param: { key: r.key, name: r.name } }]);
            }
            case 'IdentityN': return set(inputs.map((v) => v));
            case 'While':
            case 'StatelessWhile': return this.loop(s, n, inputs, rows);
            default: break;
        }
        const fn = this.callee(n);
        if (fn)
            return set(await this.call(s, n, fn, inputs, rows));
        const rule = tfRuleFor(n.op);
        const row = this.row(n, inputs);
        if (!rule) {
            if (this.policy === 'error')
                this.fail(`unsupported TF op ${n.op} at node "${n.name}"; ${analyze_POLICY_NOTE}`);
            this.unknown(row, rows, `unsupported TF op, counted as 0`);
            return set([]);
        }
        if (inputs.some((v, k) => v === undefined && n.inputs[k] !== undefined)) {
            if (this.policy === 'error')
                this.fail(`cannot measure node "${n.name}" (${n.op}): an input follows an op that was not measured; ${analyze_POLICY_NOTE}`);
            this.unknown(row, rows, 'input unknown: it follows an op that was not measured');
            return set([]);
        }
        const out = this.apply(n, rule, inputs, row);
        if (!out) {
            rows.push(row);
            return set([]);
        }
        set(out);
        if (row.params > 0n || (!PLUMBING.has(n.op) && !out.every((v) => v.constant)))
            rows.push(row);
    }
    /** Runs `rule` on a node's inputs: its outputs, or undefined when it could not be measured (the row says why). */
    apply(n, rule, inputs, row) {
        const norm = this.takeParams(rule, inputs, row);
        const allConstant = inputs.length > 0 && inputs.every((v) => v.constant);
        let res;
        try {
            res = rule.infer(new TfCtx(n, inputs));
        }
        catch (e) {
            if (e instanceof core_errors/* OpError */.mC)
                this.fail(`node "${n.name}" (${n.op}): ${e.message}`);
            if (!(e instanceof core_errors/* Refusal */.P_))
                throw e;
            if (this.policy === 'error')
                this.fail(`cannot measure node "${n.name}" (${n.op}): ${e.why}; ${analyze_POLICY_NOTE}`);
            row.unknown = true;
            row.note = `not measured: ${e.why}; counted as 0`;
            return undefined;
        }
        const outs = res.outputs.map((v) => {
            // A weight read through Identity (or a value that passes one on) stays that weight.
            const o = rule.free && v === inputs[0] ? v : { ...v };
            if (allConstant)
                o.constant = true;
            return o;
        });
        if (norm !== undefined && outs[0])
            this.normOutputs.set(outs[0], norm);
        const shapes = outs.filter((v) => !v.list).map((v) => [...v.shape]);
        row.output_shape = shapes.length === 1 ? shapes[0] : shapes;
        if (allConstant)
            row.note = row.note ?? 'constant: computed once when the model loads, not per inference';
        else
            row.ops = res.counts;
        return outs;
    }
    /**
     * Stored weights the node is the first to read. Returns the batch normalisation a Mul
     * applied with them, so that the Add after it is known as that normalisation's other half.
     */
    takeParams(rule, inputs, row) {
        const notes = [];
        let norm;
        inputs.forEach((v, k) => {
            const p = v.param;
            if (!p || !(0,tensor/* isFloat */.dk)(v.dtype))
                return;
            if (this.mode === 'variables') {
                if (this.counted.has(p.key))
                    return;
                this.counted.add(p.key);
                row.params += BigInt((0,tensor/* size */.Ej)(v.shape));
                row.trainable_params += BigInt((0,tensor/* size */.Ej)(v.shape));
                return;
            }
            // A weight sliced, unpacked or reshaped before use (a GRU's two bias rows) is counted
            // where it is first taken apart: the pieces are not stored weights themselves.
            const weights = rule.weights ?? (rule.free && !isPass(rule) ? [0] : []);
            if (!weights.includes(k))
                return;
            const after = inputs.map((x) => this.normOutputs.get(x)).find((x) => x !== undefined);
            const role = rule.role?.(k) ?? (rule.free ? (v.shape.filter((d) => d !== 1).length <= 1 ? 'bias' : 'kernel') : 'elementwise');
            const t = this.ledger.take(p.key, p.name, v.shape, role, row.type === 'AddV2' || row.type === 'Add' ? after : undefined);
            row.params += t.params;
            row.trainable_params += t.params;
            if (t.note)
                notes.push(t.note);
            if (t.bn !== undefined && row.type === 'Mul')
                norm = t.bn;
        });
        if (notes.length)
            row.note = notes.join('; ');
        return norm;
    }
    /** A function call: the body evaluated with its arguments bound, its returns as the node's outputs. */
    async call(s, n, fn, inputs, rows) {
        if (this.calls.includes(fn.name))
            this.fail(`function "${fn.name}" calls itself (through ${this.calls.join(' -> ')}): a cycle in the function library`);
        if (this.calls.length >= tf_ir/* LIMITS */.b1.callDepth)
            this.fail(`function calls nested more than ${tf_ir/* LIMITS */.b1.callDepth} deep`);
        if (inputs.length < fn.inputs.length || inputs.slice(0, fn.inputs.length).some((v) => v === undefined)) {
            this.fail(`node "${n.name}" calls "${fn.name}" with ${inputs.length} inputs (or unknown ones), it takes ${fn.inputs.length}`);
        }
        this.calls.push(fn.name);
        try {
            const inner = this.scope(fn.name, fn.nodes, fn, inputs);
            const targets = fn.outputs.map((o) => {
                const r = fn.ret.get(o);
                if (r === undefined)
                    this.fail(`function "${fn.name}" does not say what it returns as "${o}"`);
                return r;
            });
            await this.run(inner, targets, rows);
            return targets.map((t) => {
                const v = this.value(inner, t);
                if (!v)
                    this.fail(`function "${fn.name}" returns "${t}", which has no value`);
                return v;
            });
        }
        finally {
            this.calls.pop();
        }
    }
    /**
     * While (functional): inputs are the loop variables, attributes `cond` and `body` name
     * functions. The body is evaluated once on the variables' shapes and counted once per trip
     * (loops.ts finds the trip count in the constants), the condition once per test.
     */
    async loop(s, n, inputs, rows) {
        const fnOf = (attr) => {
            const a = n.attrs.get(attr);
            const fn = a?.kind === 'func' ? this.functions.get(a.name) : undefined;
            if (!fn)
                this.fail(`While node "${n.name}" names no ${attr} function the library has`);
            return fn;
        };
        const cond = fnOf('cond');
        const body = fnOf('body');
        const row = this.row(n, inputs);
        rows.push(row);
        if (inputs.some((v) => !v)) {
            if (this.policy === 'error')
                this.fail(`cannot measure While node "${n.name}": a loop variable follows an op that was not measured; ${analyze_POLICY_NOTE}`);
            row.unknown = true;
            row.note = 'input unknown';
            s.values.set(n.name, []);
            return;
        }
        const vars = inputs;
        const invariant = body.outputs.map((o, k) => body.ret.get(o) === body.inputs[k]);
        // A loop variable the body returns unchanged keeps its value; any other changes each trip.
        const loopVars = vars.map((v, k) => (invariant[k] ? v : { ...v, values: undefined, constant: undefined, param: undefined }));
        const trips = await whileTrips(cond, body, vars, async (f, node) => (await this.consts.constant(node, f.name)).values?.[0]);
        const bodyRows = [];
        const outs = await this.call(s, n, body, loopVars, bodyRows);
        const condRows = [];
        await this.call(s, n, cond, loopVars, condRows);
        s.values.set(n.name, outs.map((v, k) => (invariant[k] ? vars[k] : { ...v, constant: undefined })));
        const shapes = outs.filter((v) => !v.list && !v.resource).map((v) => [...v.shape]);
        row.output_shape = shapes;
        if (trips instanceof core_errors/* Refusal */.P_) {
            if (this.policy === 'error')
                this.fail(`cannot measure While node "${n.name}": ${trips.why}; ${analyze_POLICY_NOTE}`);
            row.unknown = true;
            row.note = `not measured: ${trips.why}; its body counted as 0`;
            for (const r of [...bodyRows, ...condRows])
                rows.push({ ...r, ops: {} });
            return;
        }
        row.note = `runs its body ${trips} times (the trip count from the loop's constants)`;
        for (const r of bodyRows)
            rows.push({ ...r, ops: scaleCounts(r.ops, BigInt(trips)), note: `loop body x ${trips}${r.note ? `; ${r.note}` : ''}` });
        for (const r of condRows)
            rows.push({ ...r, ops: scaleCounts(r.ops, BigInt(trips + 1)), note: `loop condition x ${trips + 1}${r.note ? `; ${r.note}` : ''}` });
    }
}

;// CONCATENATED MODULE: ./src/tf/saved-model.ts
/**
 * A SavedModel measured: its serving signature's outputs evaluated back to its inputs,
 * through the top-level call into the function library. Parameters are the variables the
 * signature's function reads (their VarHandleOp's shape), each once, never their data.
 */







/** The signature a server would call: serving_default, else the only one. */
function servingSignature(sigs, file) {
    const s = sigs.find((x) => x.key === 'serving_default') ?? (sigs.length === 1 ? sigs[0] : undefined);
    if (!s) {
        const have = sigs.length ? `it has ${sigs.map((x) => `"${x.key}"`).join(', ')}` : 'it has none';
        throw new errors/* FlopgateError */.N9(`${file}: the SavedModel has no serving signature (serving_default); ${have}`);
    }
    if (s.outputs.length === 0)
        throw new errors/* FlopgateError */.N9(`${file}: signature "${s.key}" has no outputs`);
    return s;
}
/** A Const node's value as its attribute holds it (small ones decoded, large ones only shaped). */
const attrConstants = {
    async constant(n) {
        const a = n.attrs.get('value');
        if (a?.kind !== 'tensor')
            throw new errors/* FlopgateError */.N9(`Const node "${n.name}" has no value`);
        const t = a.tensor;
        return { shape: t.dims, dtype: tf_ir/* TF_DTYPES */.F[t.dtype] ?? 'unknown', values: t.values, constant: true };
    },
};
/** A SavedModel directory is named by its directory; a saved_model.pb named directly, by its. */
function displayName(file) {
    return (0,external_node_path_.basename)(file) === 'saved_model.pb' ? (0,external_node_path_.basename)((0,external_node_path_.dirname)(file)) || file : (0,external_node_path_.basename)(file);
}
async function analyzeSavedModel(doc, file, opts) {
    const sig = servingSignature(doc.signatures, file);
    const walk = new TfWalk(file, doc.graph.functions, attrConstants, 'variables', opts.unknown ?? DEFAULTS.unknown);
    const top = walk.scope('', doc.graph.nodes);
    const placeholders = sig.inputs.map((i) => i.tensor.split(':')[0]);
    const infos = sig.inputs.map((i, k) => {
        const node = top.byName.get(placeholders[k]);
        if (!node)
            throw new errors/* FlopgateError */.N9(`${file}: signature input "${i.key}" names "${i.tensor}", which the graph does not have`);
        const shapeAttr = node.attrs.get('shape');
        const dims = i.dims ?? (shapeAttr?.kind === 'shape' ? shapeAttr.dims : undefined);
        return { name: i.key, kind: 'tensor', elemType: 0, ...(dims ? { dims: dims.map((d) => (d < 0 ? null : d)) } : {}) };
    });
    const bound = bindInputs(file, infos, opts.inputShapes, opts.batchSize);
    placeholders.forEach((p, k) => {
        const dt = top.byName.get(p).attrs.get('dtype');
        top.args.set(p, { shape: bound.shapes[k], dtype: dt?.kind === 'type' ? tf_ir/* TF_DTYPES */.F[dt.type] ?? 'float32' : 'float32', values: undefined });
    });
    await walk.run(top, sig.outputs.map((o) => o.tensor), walk.rows);
    return buildModelReport({
        name: opts.name ?? displayName(file),
        path: file,
        format: 'saved_model',
        convention: opts.convention ?? DEFAULTS.convention,
        batch_size: bound.batch,
        input_shapes: bound.shapes.map((s) => s.slice(1)),
    }, walk.rows);
}

// EXTERNAL MODULE: ./src/tf/weights.ts
var weights = __webpack_require__(5315);
;// CONCATENATED MODULE: ./src/tf/graph-model.ts
/**
 * A TF.js graph model measured: the GraphDef in modelTopology walked from the signature's
 * outputs (fused ops included), shapes inferred from the placeholders. Constants are the
 * weights: shaped from the weightsManifest, and read from the shards only when a shape needs
 * their values (small integer ones), at the offset the manifest implies.
 */









/** Shard reads: integer constants up to this many elements (shape data, loop bounds). */
const READ_VALUES = 1024;
function constants(doc, files, file) {
    const cache = new Map();
    return {
        async constant(n) {
            const had = cache.get(n.name);
            if (had)
                return had;
            const a = n.attrs.get('value');
            const attr = a?.kind === 'tensor' ? a.tensor : undefined;
            const e = doc.manifest.entries.get(n.name);
            if (!e && !attr)
                throw new errors/* FlopgateError */.N9(`${file}: constant "${n.name}" is neither in the weights manifest nor in the graph`);
            const dtype = e ? e.dtype : tf_ir/* TF_DTYPES */.F[attr.dtype] ?? 'unknown';
            const shape = e ? e.shape : attr.dims;
            // Float constants are weights: never read. Integer ones may be shapes.
            const values = e && !(0,tensor/* isFloat */.dk)(e.dtype) ? await (0,weights/* readWeightValues */.n)(doc.manifest, e, files, file, READ_VALUES) : attr?.values;
            const v = { shape, dtype, values, constant: true, ...(e && (0,tensor/* isFloat */.dk)(dtype) ? { param: { key: e.name, name: e.name } } : {}) };
            cache.set(n.name, v);
            return v;
        },
    };
}
/** Placeholders in graph order: the inputs when the model.json gives no signature. */
function placeholders(graph) {
    return graph.nodes.filter((n) => n.op === 'Placeholder').map((n) => {
        const s = n.attrs.get('shape');
        return { key: n.name, tensor: n.name, ...(s?.kind === 'shape' && s.dims ? { dims: s.dims } : {}) };
    });
}
/** Nodes nothing reads: the outputs when the model.json gives no signature. */
function sinks(graph) {
    const read = new Set(graph.nodes.flatMap((n) => n.inputs.map((r) => r.replace(/:\d+$/, ''))));
    return graph.nodes.filter((n) => !read.has(n.name) && n.op !== 'NoOp' && n.op !== 'Const').map((n) => n.name);
}
async function analyzeGraphModel(doc, files, file, opts) {
    if (doc.graph.nodes.length === 0)
        throw new errors/* FlopgateError */.N9(`${file}: the graph model's GraphDef has no nodes: nothing to measure`);
    const walk = new TfWalk(file, doc.graph.functions, constants(doc, files, file), 'constants', opts.unknown ?? DEFAULTS.unknown);
    const top = walk.scope('', doc.graph.nodes);
    const ins = doc.signature?.inputs.length ? doc.signature.inputs : placeholders(doc.graph);
    const outs = doc.signature?.outputs.length ? doc.signature.outputs.map((o) => o.tensor) : sinks(doc.graph);
    const names = ins.map((i) => i.tensor.replace(/:\d+$/, ''));
    const infos = ins.map((i, k) => {
        const node = top.byName.get(names[k]);
        if (!node)
            throw new errors/* FlopgateError */.N9(`${file}: signature input "${i.key}" names "${i.tensor}", which the graph does not have`);
        const s = node.attrs.get('shape');
        const dims = i.dims ?? (s?.kind === 'shape' ? s.dims : undefined);
        return { name: i.key, kind: 'tensor', elemType: 0, ...(dims ? { dims: dims.map((d) => (d < 0 ? null : d)) } : {}) };
    });
    const bound = bindInputs(file, infos, opts.inputShapes, opts.batchSize);
    names.forEach((p, k) => {
        const dt = top.byName.get(p).attrs.get('dtype');
        top.args.set(p, { shape: bound.shapes[k], dtype: dt?.kind === 'type' ? tf_ir/* TF_DTYPES */.F[dt.type] ?? 'float32' : 'float32', values: undefined });
    });
    await walk.run(top, outs, walk.rows);
    const base = (0,external_node_path_.basename)(file);
    return buildModelReport({
        name: opts.name ?? (base === 'model.json' && (0,external_node_path_.basename)((0,external_node_path_.dirname)(file)) ? (0,external_node_path_.basename)((0,external_node_path_.dirname)(file)) : base),
        path: file,
        format: 'tfjs-graph',
        convention: opts.convention ?? DEFAULTS.convention,
        batch_size: bound.batch,
        input_shapes: bound.shapes.map((s) => s.slice(1)),
    }, walk.rows);
}

;// CONCATENATED MODULE: ./src/analyze.ts



















/** A tfjs model is a directory holding model.json: the directory names it. */
function analyze_displayName(label) {
    const base = (0,external_node_path_.basename)(label);
    return base === 'model.json' && (0,external_node_path_.basename)((0,external_node_path_.dirname)(label)) ? (0,external_node_path_.basename)((0,external_node_path_.dirname)(label)) : base;
}
/** Measures a Keras-family architecture under the options' convention. */
function analyzeSpec(spec, format, label, opts) {
    const batchSize = opts.batchSize ?? DEFAULTS.batchSize;
    const convention = opts.convention ?? DEFAULTS.convention;
    const inputs = bindInputShapes(declaredInputs(spec, label), opts.inputShapes, batchSize, label);
    const ctx = { label, unknown: opts.unknown ?? DEFAULTS.unknown, rows: [], counted: new Set() };
    walkModel(spec, inputs, '', ctx);
    return buildModelReport({ name: opts.name ?? analyze_displayName(label), path: label, format, convention, batch_size: batchSize, input_shapes: inputs.map((s) => s.slice(1)) }, ctx.rows);
}
/**
 * The Keras-family architecture an opened file states (undefined for other formats): its
 * config (a .keras zip's config.json, an .h5's model_config, a tfjs or Keras JSON) is
 * normalised here and nowhere else.
 */
function kerasArchitecture(opened, label) {
    if (opened.kind === 'keras')
        return normalizeModel(opened.config, label);
    if (opened.kind === 'inline')
        return inlineSpec(opened.layers, label);
    return undefined;
}
async function measure(opened, label, opts) {
    if (opened.kind === 'onnx')
        return { report: (await analyzeOnnxModel(opened.model, opened.wire, label, opts)).report };
    if (opened.kind === 'tflite')
        return { report: await analyzeTfliteModel(opened.model, opened.fb, label, opts) };
    if (opened.kind === 'saved_model')
        return { report: await analyzeSavedModel(opened.doc, label, opts) };
    if (opened.kind === 'tfjs_graph')
        return { report: await analyzeGraphModel(opened.doc, opened.files, label, opts) };
    const spec = kerasArchitecture(opened, label);
    const given = opened.kind === 'inline' ? { inputShapes: opts.inputShapes ?? opened.inputShapes } : {};
    return { report: analyzeSpec(spec, opened.format, label, { ...opts, ...given }), keras: spec };
}
/**
 * Reads any model file the formats know (detected from its bytes) and measures it; `files`
 * are the files beside it that its format may name (a graph model's weight shards).
 */
async function analyzeModel(src, label, opts, files) {
    try {
        return await measure(await (0,formats/* openModel */.GF)(new paged_reader/* PagedReader */.n(src, label), label, files), label, opts);
    }
    catch (e) {
        throw (0,errors/* atReaderBoundary */.Lt)(label, e);
    }
}
async function analyzeSource(src, label, opts) {
    return (await analyzeModel(src, label, opts)).report;
}
/** The Keras-family architecture of a file (undefined for ONNX), read without its weights. */
async function loadKerasSpec(src, label) {
    try {
        return kerasArchitecture(await openModel(new PagedReader(src, label), label), label);
    }
    catch (e) {
        throw atReaderBoundary(label, e);
    }
}
/** `label` names the file in reports and errors (the path as the user wrote it). */
async function analyzeFile(path, opts, label = path) {
    return (await analyzeModelFile(path, opts, label)).report;
}
/**
 * A model file, or a directory holding one: a SavedModel (saved_model.pb) or a TF.js model
 * (model.json). The files beside it are opened only when its format names them.
 */
async function analyzeModelFile(path, opts, label = path) {
    const inDir = modelInDirectory(path);
    const file = inDir ? (0,external_node_path_.join)(path, inDir) : path;
    const fileLabel = inDir ? `${label.replace(/[/\\]+$/, '')}/${inDir}` : label;
    const files = new file_set/* DirFiles */.H8((0,external_node_path_.dirname)(file), (0,external_node_path_.dirname)(fileLabel) === '.' && !fileLabel.includes('/') ? '' : (0,external_node_path_.dirname)(fileLabel));
    const src = await byte_source/* FileSource */._n.open(file, fileLabel);
    try {
        return await analyzeModel(src, inDir === 'saved_model.pb' ? label : fileLabel, opts, files);
    }
    finally {
        await src.close();
        await files.close();
    }
}
/** The model file a directory holds (saved_model.pb, model.json), or undefined for a file. */
function modelInDirectory(path) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(path);
    }
    catch {
        return undefined;
    }
    if (!st.isDirectory())
        return undefined;
    for (const name of formats/* MODEL_FILES_IN_DIRECTORY */.wd)
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, name)))
            return name;
    return undefined;
}
/** The budget file's inline `layers:` list. */
function analyzeInline(layers, label, opts) {
    return analyzeInlineModel(layers, label, opts).report;
}
function analyzeInlineModel(layers, label, opts) {
    const spec = inlineSpec(layers, label);
    return { report: analyzeSpec(spec, 'inline', label, { name: label, ...opts }), keras: spec };
}


/***/ }),

/***/ 8454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ findHdf5Signature),
/* harmony export */   t: () => (/* binding */ readSuperblock)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
/**
 * Offset of the HDF5 signature, or -1. The format allows the superblock at 0 or at 512 times a
 * power of two (after a user block), so at most log2(size) small reads are needed.
 */
async function findHdf5Signature(src) {
    for (let at = 0; at + SIGNATURE.length <= src.size; at = at === 0 ? 512 : at * 2) {
        const b = await src.read(at, SIGNATURE.length);
        if (SIGNATURE.every((v, i) => b[i] === v))
            return at;
    }
    return -1;
}
/**
 * Reads the superblock at `sigOffset` and configures `r` (address widths, base address).
 * Also refuses a file shorter than the superblock's end-of-file address: a cut copy would
 * otherwise read fine up to the point where its metadata stops making sense.
 */
async function readSuperblock(r, sigOffset) {
    const head = await r.cursor(sigOffset, 16, 'superblock');
    head.skip(8);
    const version = head.u8();
    let offsetSize;
    let lengthSize;
    let fixed;
    if (version === 0 || version === 1) {
        head.skip(4); // free-space, root entry and shared-header versions, reserved
        offsetSize = head.u8();
        lengthSize = head.u8();
        fixed = version === 0 ? 24 : 28;
    }
    else if (version === 2 || version === 3) {
        offsetSize = head.u8();
        lengthSize = head.u8();
        fixed = 12;
    }
    else {
        throw r.unsupported(`superblock version ${version}`);
    }
    for (const [name, n] of [['offsets', offsetSize], ['lengths', lengthSize]]) {
        if (n !== 2 && n !== 4 && n !== 8)
            throw r.unsupported(`${n}-byte ${name} in the superblock`);
    }
    r.offsetSize = offsetSize;
    r.lengthSize = lengthSize;
    // v0/v1: base, free-space, end-of-file and driver addresses, then the root symbol table
    // entry (link name offset, object header address, cache type, reserved, scratch pad).
    // v2/v3: base, superblock extension, end-of-file and root object header addresses, checksum.
    const O = offsetSize;
    const total = version <= 1 ? fixed + 4 * O + 2 * O + 24 : fixed + 4 * O + 4;
    const c = await r.cursor(sigOffset, total, 'superblock');
    c.skip(fixed);
    // Addresses are relative to the base; read them raw first, since the base is not known yet.
    r.base = 0;
    const storedBase = c.uint(O);
    c.skip(O);
    const eof = c.address();
    let root;
    if (version <= 1) {
        c.skip(O); // driver information block
        c.skip(O); // root entry: link name offset
        root = c.address();
    }
    else {
        root = c.address();
    }
    // The library's rule: when the superblock is not where the base address says, the whole
    // file was moved (a user block added or removed) and the base follows the superblock.
    r.base = sigOffset;
    if (root === null)
        throw r.corrupt('the superblock has no root group');
    const rootObjectHeader = root + sigOffset;
    if (eof !== null) {
        // The stored end-of-file address is absolute, shifted with the superblock if it moved.
        const end = eof - storedBase + sigOffset;
        if (end > r.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${r.file}: truncated HDF5 file (its superblock says ${end} bytes, the file has ${r.size})`);
        }
    }
    return { version, rootObjectHeader };
}


/***/ }),

/***/ 1977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZT: () => (/* binding */ WireReader),
/* harmony export */   gL: () => (/* binding */ LEN),
/* harmony export */   jP: () => (/* binding */ I32),
/* harmony export */   rA: () => (/* binding */ VARINT),
/* harmony export */   uv: () => (/* binding */ I64),
/* harmony export */   vt: () => (/* binding */ expectWire)
/* harmony export */ });
/* unused harmony export MAX_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Protobuf wire types that ONNX uses; groups (3, 4) are deprecated and never written by it. */
const VARINT = 0;
const I64 = 1;
const LEN = 2;
const I32 = 5;
/** Reads start small after a jump (a tensor header) and double while reading runs on (nodes). */
const MIN_AHEAD = 512;
const MAX_AHEAD = 64 * 1024;
/** Chunks kept between messages; within one message every chunk it needed stays. */
const KEEP_CHUNKS = 4;
/** A single string or bytes field we agree to hold in memory (names, equations, small blobs). */
const MAX_BYTES = 16 * 1024 * 1024;
/** Thrown by the synchronous decoders when bytes they need are not loaded yet. */
class NeedBytes {
    pos;
    need;
    constructor(pos, need) {
        this.pos = pos;
        this.need = need;
    }
}
/**
 * Random-access protobuf reader over a ByteSource. Nothing is read until a field is asked
 * for, so length-delimited payloads a caller skips (raw_data, doc strings) never leave the
 * file. Messages are decoded synchronously from loaded chunks (fast for graphs of 100k
 * nodes); `run` loads what a decoder found missing and runs it again, so decoders must be
 * free of side effects. Every position is checked against the enclosing message's end, so a
 * corrupt length or a varint that never ends is a one-line fault, not a hang or a huge read.
 */
class WireReader {
    src;
    file;
    chunks = [];
    /** The chunk the last lookup found: nearly every lookup finds the same one. */
    hot = { start: 0, bytes: Buffer.alloc(0) };
    ahead = MIN_AHEAD;
    /** Where in the file's structure decoding is (a node's index, say): named in every fault. */
    where = '';
    lastStart = -1;
    lastEnd = -1;
    constructor(src, file) {
        this.src = src;
        this.file = file;
    }
    get size() {
        return this.src.size;
    }
    fail(msg) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${this.file}: ${msg}${this.where ? ` (${this.where})` : ''}`);
    }
    /** Run a synchronous decoder, loading (up to `limit`) whatever it needs and retrying. */
    async run(limit, decode) {
        if (this.chunks.length > KEEP_CHUNKS)
            this.chunks.splice(0, this.chunks.length - KEEP_CHUNKS);
        for (;;) {
            try {
                return decode();
            }
            catch (e) {
                if (!(e instanceof NeedBytes))
                    throw e;
                await this.load(e.pos, e.need, limit);
            }
        }
    }
    async load(pos, need, limit) {
        // Reading on from (or from inside) the last chunk is a scan: read further ahead each time.
        const onward = pos >= this.lastStart && pos <= this.lastEnd;
        this.ahead = onward ? Math.min(this.ahead * 2, MAX_AHEAD) : MIN_AHEAD;
        const length = Math.min(Math.max(need, this.ahead), Math.max(limit, pos + need) - pos, this.src.size - pos);
        if (length < need)
            this.fail(`truncated: needs bytes up to ${pos + need}, file has ${this.src.size}`);
        const bytes = await this.src.read(pos, length, 'a protobuf message', false);
        this.chunks.push({ start: pos, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
        this.lastStart = pos;
        this.lastEnd = pos + length;
    }
    /** The loaded bytes holding [pos, pos + n), as (array, offset). */
    view(pos, n) {
        const c = this.chunkFor(pos, n);
        return [c.bytes, pos - c.start];
    }
    chunkFor(pos, n) {
        const hot = this.hot;
        if (pos >= hot.start && pos + n <= hot.start + hot.bytes.length)
            return hot;
        for (let i = this.chunks.length - 1; i >= 0; i--) {
            const c = this.chunks[i];
            if (pos >= c.start && pos + n <= c.start + c.bytes.length)
                return (this.hot = c);
        }
        throw new NeedBytes(pos, n);
    }
    /** The last varint read by `varintAt` (unsigned, and as a signed int64). */
    vValue = 0;
    vSigned = 0;
    /** A varint at `pos` that must end before `end`. */
    varint(pos, end, what) {
        const next = this.varintAt(pos, end, what);
        return { value: this.vValue, signed: this.vSigned, next };
    }
    /** Reads the varint at `pos` into vValue / vSigned and returns the position after it. */
    varintAt(pos, end, what) {
        const c = this.chunkFor(pos, 1);
        const b = c.bytes;
        const o = pos - c.start;
        // One byte: tags, small ints and short lengths, nearly every varint of a graph.
        const first = b[o];
        if (first < 0x80 && pos < end) {
            this.vValue = first;
            this.vSigned = first;
            return pos + 1;
        }
        const n = Math.min(10, end - pos);
        if (n <= 0)
            this.fail(`truncated protobuf: ${what} ends before its varint (byte ${pos})`);
        if (o + n > b.length)
            return this.varintSlow(pos, n, end, what);
        return this.decodeVarint(b, o, pos, n, what);
    }
    varintSlow(pos, n, end, what) {
        const [b, o] = this.view(pos, n);
        return this.decodeVarint(b, o, pos, n, what);
    }
    decodeVarint(b, o, pos, n, what) {
        let lo = 0;
        let hi = 0;
        for (let i = 0; i < n; i++) {
            const byte = b[o + i];
            const bits = byte & 0x7f;
            if (i < 4)
                lo |= bits << (7 * i);
            else if (i === 4) {
                lo |= (bits & 0x0f) << 28;
                hi |= bits >> 4;
            }
            else
                hi |= bits << (7 * i - 32);
            if ((byte & 0x80) === 0) {
                lo >>>= 0;
                this.vValue = (hi >>> 0) * 2 ** 32 + lo;
                this.vSigned = (hi | 0) * 2 ** 32 + lo;
                return pos + i + 1;
            }
        }
        if (n < 10)
            this.fail(`truncated protobuf: varint in ${what} runs past its message (byte ${pos})`);
        return this.fail(`bad protobuf: varint in ${what} never ends (byte ${pos})`);
    }
    /** The field whose tag is at `pos`, inside a message ending at `end`. */
    fieldAt(pos, end, what) {
        if (end > this.src.size)
            this.fail(`truncated protobuf: ${what} needs bytes up to ${end}, file has ${this.src.size}`);
        const at = this.varintAt(pos, end, what);
        const tag = this.vValue;
        const no = Math.floor(tag / 8);
        const wire = tag % 8;
        if (no === 0 || no > 536870911)
            this.fail(`bad protobuf: field number ${no} in ${what} (byte ${pos})`);
        if (wire === VARINT) {
            const next = this.varintAt(at, end, what);
            return { no, wire, start: at, end: next, value: this.vValue, signed: this.vSigned };
        }
        if (wire === LEN) {
            const start = this.varintAt(at, end, what);
            const len = this.vValue;
            if (len > end - start) {
                this.fail(`truncated protobuf: field ${no} of ${what} claims ${len} bytes at byte ${start}, only ${end - start} remain`);
            }
            return { no, wire, start, end: start + len, value: len, signed: len };
        }
        if (wire === I64 || wire === I32) {
            const n = wire === I64 ? 8 : 4;
            if (n > end - at)
                this.fail(`truncated protobuf: fixed-size field ${no} of ${what} runs past its message (byte ${at})`);
            return { no, wire, start: at, end: at + n, value: 0, signed: 0 };
        }
        return this.fail(`bad protobuf: wire type ${wire} for field ${no} of ${what} (byte ${pos})`);
    }
    /** Fields of the message at [start, end), in file order (synchronous: use inside `run`). */
    *fields(start, end, what) {
        let pos = start;
        while (pos < end) {
            const f = this.fieldAt(pos, end, what);
            pos = f.end;
            yield f;
        }
    }
    /** For the big messages (model, graph): each field is decoded by `visit` under `run`. */
    async eachField(start, end, what, visit) {
        let pos = start;
        while (pos < end) {
            const at = pos;
            const f = await this.run(end, () => this.fieldAt(at, end, what));
            await visit(f);
            pos = f.end;
        }
    }
    /**
     * Visit the fields of a big message (a graph) synchronously, as many per read as are loaded.
     * `visit` must commit nothing until it returns: if it runs out of bytes it is called again
     * for the same field once they are loaded.
     */
    async scan(start, end, what, visit) {
        let pos = start;
        while (pos < end) {
            const from = pos;
            pos = await this.run(end, () => {
                let p = from;
                try {
                    while (p < end) {
                        const f = this.fieldAt(p, end, what);
                        visit(f);
                        p = f.end;
                    }
                }
                catch (e) {
                    // Keep the progress; the next round starts at the field that ran short.
                    if (e instanceof NeedBytes && p > from)
                        return p;
                    throw e;
                }
                return p;
            });
        }
    }
    bytes(start, end, what) {
        if (end - start > MAX_BYTES)
            this.fail(`${what} is ${end - start} bytes, more than flopgate reads for one field`);
        const [b, o] = this.view(start, end - start);
        // A copy: chunks are dropped as reading moves on.
        return b.slice(o, o + end - start);
    }
    string(f, what) {
        expectWire(this, f, LEN, what);
        if (f.end - f.start > MAX_BYTES)
            this.fail(`${what} is ${f.end - f.start} bytes, more than flopgate reads for one field`);
        const c = this.chunkFor(f.start, f.end - f.start);
        return c.bytes.toString('utf8', f.start - c.start, f.end - c.start);
    }
    /** A repeated integer field: one varint, or a packed run of them. */
    ints(f, what, into, max) {
        if (f.wire === VARINT) {
            push(this, into, f.signed, max, what);
            return;
        }
        expectWire(this, f, LEN, what);
        let pos = f.start;
        while (pos < f.end) {
            pos = this.varintAt(pos, f.end, what);
            push(this, into, this.vSigned, max, what);
        }
    }
    /** A repeated float field: one fixed32, or a packed run of them. */
    floats(f, what, into, max) {
        if (f.wire === I32) {
            push(this, into, this.float32(f.start), max, what);
            return;
        }
        expectWire(this, f, LEN, what);
        const len = f.end - f.start;
        if (len % 4 !== 0)
            this.fail(`bad protobuf: packed floats of ${what} are ${len} bytes`);
        if (into.length + len / 4 > max)
            this.fail(`${what} has more than ${max} values`);
        const b = this.bytes(f.start, f.end, what);
        const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
        for (let p = 0; p < len; p += 4)
            into.push(dv.getFloat32(p, true));
    }
    float32(pos) {
        const [b, o] = this.view(pos, 4);
        return new DataView(b.buffer, b.byteOffset + o, 4).getFloat32(0, true);
    }
    float64(pos) {
        const [b, o] = this.view(pos, 8);
        return new DataView(b.buffer, b.byteOffset + o, 8).getFloat64(0, true);
    }
}
function push(r, into, v, max, what) {
    if (into.length >= max)
        r.fail(`${what} has more than ${max} values`);
    into.push(v);
}
function expectWire(r, f, wire, what) {
    if (f.wire !== wire)
        r.fail(`bad protobuf: ${what} (field ${f.no}) has wire type ${f.wire}, expected ${wire}`);
}


/***/ }),

/***/ 1711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kV: () => (/* binding */ flopsOf),
/* harmony export */   pF: () => (/* binding */ parseConvention)
/* harmony export */ });
/* unused harmony exports CONVENTIONS, WEIGHTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const CONVENTIONS = ['notebook', 'macs', 'tf-profiler'];
/**
 * FLOPs per primitive op under each convention; an op missing from a table costs 0 there.
 * docs/conventions.md explains every weight and where it comes from.
 */
const WEIGHTS = {
    // The seed notebook: 2 per MAC, bias ignored, ReLU 1 and softmax 5 per output element.
    // Everything the notebook never met costs one FLOP per arithmetic operation; a squared
    // difference is two (subtract, multiply); transcendental functions cost what their usual
    // expansion does (sigmoid = exp, add, divide + negate: 4; tanh 5; GELU 8; exp and log 4); a
    // trigonometric or hyperbolic function has no cheaper expansion and weighs what an
    // exponential does (4). A quantization or dequantization is a scale and a zero-point shift:
    // 2. A product, sum or pooling TF's profiler does not count (`*_uncounted`) is the same
    // arithmetic as a counted one and weighs the same. Work only TF's lowering does (a
    // space-to-batch grid's padding, the stride-1 pools of adaptive pooling, TF's estimate of a
    // transposed convolution), integer index and shape bookkeeping are not the layer's
    // floating-point arithmetic: 0.
    notebook: {
        mac: 2, mac_uncounted: 2, add: 1, sub: 1, mul: 1, div: 1, neg: 1, max: 1, min: 1, abs: 1, round: 1, logical: 1,
        square: 1, pow: 1, sqdiff: 2, rsqrt: 1, sqrt: 1, log: 4,
        mean: 1, sum: 1, sum_uncounted: 1, reduce_max: 1, reduce_prod: 1, cumsum: 1, sort: 1,
        maxpool: 1, avgpool: 1, pool_uncounted: 1, compare: 1,
        relu: 1, softmax: 5, sigmoid: 4, hard_sigmoid: 3, tanh: 5, exp: 4, gelu: 8, resize: 1, trig: 4, quant: 2,
    },
    // torchvision, fvcore and ptflops count multiply-accumulates of the products only, whether
    // TF's profiler sees them or not.
    macs: { mac: 1, mac_uncounted: 1 },
    // The TF1 profiler (tensorflow/python/profiler/internal/flops_registry.py, as keras-flops
    // runs it on the frozen graph of Keras 3's TensorFlow backend), op by op: MatMul, Conv2D,
    // Conv3D, DepthwiseConv2dNative and BatchMatMul 2 per MAC (a dilated convolution's over its
    // padded space-to-batch grid), Conv2DBackpropInput its own estimate; BiasAdd and the
    // registered element-wise ops 1 per output element (AddV2, Sub, Mul, RealDiv, Neg, Maximum,
    // Minimum, Square, Pow, Reciprocal, Log, the comparisons), Rsqrt 2, SquaredDifference 2,
    // Softmax 5, Mean = input elements, Sum and ArgMax = input - output elements, MaxPool and
    // AvgPool window x output elements. Every other op type has no statistics and counts 0:
    // Relu*, Sigmoid, Tanh, Elu, Selu, Softplus, Exp, Erf*, Sqrt, Abs, Floor, Ceil, Round, Sign,
    // the logical ops, Max, Min, Prod, Cumsum, TopKV2, Einsum, MaxPool3D, AvgPool3D,
    // Conv3DBackpropInputV2, the resizes, Sin, Cos and the trigonometric ops, QuantizeV2,
    // Dequantize, FakeQuant* (and a call into an XLA-compiled function). GELU is TF's erfc
    // expansion: one Neg and three Mul per element; hard_sigmoid relu6(x + 3) / 6: an AddV2 and
    // a RealDiv. Integer index and shape arithmetic is in the graph, so TF counts it.
    'tf-profiler': {
        mac: 2, mac_padding: 2, deconv_estimate: 1, bias: 1, add: 1, sub: 1, mul: 1, div: 1, neg: 1, max: 1, min: 1,
        square: 1, pow: 1, sqdiff: 2, rsqrt: 2, log: 1,
        mean: 1, sum: 1, maxpool: 1, avgpool: 1, pool_gather: 1, compare: 1, softmax: 5, gelu: 4, hard_sigmoid: 2, index: 1, shape: 1,
    },
};
/** The FLOPs a convention weighs `counts` into: exact, whatever their size. */
function flopsOf(counts, convention) {
    const w = WEIGHTS[convention];
    let total = 0n;
    for (const op in counts) {
        const weight = w[op];
        if (weight)
            total += BigInt(weight) * (counts[op] ?? 0n);
    }
    return total;
}
function parseConvention(s, where = '--convention') {
    if (CONVENTIONS.includes(s))
        return s;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${where}: unknown convention "${s}" (expected one of ${CONVENTIONS.join(', ')})`);
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ fault),
/* harmony export */   P_: () => (/* binding */ Refusal),
/* harmony export */   TR: () => (/* binding */ refuse),
/* harmony export */   mC: () => (/* binding */ OpError)
/* harmony export */ });
/**
 * What a cost rule throws. Rules are pure functions that know nothing of files or node
 * names: the format adapter that called one catches these and says which layer or node of
 * which file is at fault.
 */
/** The op's inputs or attributes are inconsistent (a fault of the model file). */
class OpError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OpError';
    }
}
/**
 * The op cannot be measured exactly (an output shape or a cost that depends on values only
 * known at run time): the caller treats it as an unsupported op, under the unknown policy,
 * with `why` in the message.
 */
class Refusal extends Error {
    why;
    constructor(why) {
        super(why);
        this.why = why;
        this.name = 'Refusal';
    }
}
function fault(message) {
    throw new OpError(message);
}
function refuse(why) {
    throw new Refusal(why);
}


/***/ }),

/***/ 1134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ size),
/* harmony export */   OE: () => (/* binding */ tensor),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   dk: () => (/* binding */ isFloat),
/* harmony export */   e9: () => (/* binding */ shaped),
/* harmony export */   eA: () => (/* binding */ checkShape),
/* harmony export */   rR: () => (/* binding */ MAX_FOLD)
/* harmony export */ });
/* unused harmony exports bitsOf, MAX_DIM, MAX_ELEMENTS, MAX_RANK */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const FLOATS = new Set(['float64', 'float32', 'float16', 'bfloat16', 'float8', 'float4']);
function isFloat(t) {
    return FLOATS.has(t);
}
/** Bits per element as stored (4-bit types pack two to a byte); undefined for strings. */
function bitsOf(t) {
    switch (t) {
        case 'float64':
        case 'int64':
        case 'uint64':
        case 'complex64': return 64;
        case 'complex128': return 128;
        case 'float32':
        case 'int32':
        case 'uint32': return 32;
        case 'float16':
        case 'bfloat16':
        case 'int16':
        case 'uint16': return 16;
        case 'float8':
        case 'int8':
        case 'uint8':
        case 'bool': return 8;
        case 'float4':
        case 'int4':
        case 'uint4': return 4;
        default: return undefined;
    }
}
/** Largest dimension and element count a tensor may have before its shape is called absurd. */
const MAX_DIM = 2 ** 40;
const MAX_ELEMENTS = 2 ** 50;
const MAX_RANK = 64;
/** Values are folded for tensors up to this many elements (shape arithmetic is small). */
const MAX_FOLD = 65536;
/** Elements of a shape as a number: exact, since every tensor is kept under MAX_ELEMENTS. */
function size(shape) {
    let n = 1;
    for (const d of shape)
        n *= d;
    return n;
}
function fmt(shape) {
    return `[${shape.join(', ')}]`;
}
/** Every shape a rule produces passes here, so a hostile graph cannot grow numbers without bound. */
function checkShape(shape, what = 'output') {
    if (shape.length > MAX_RANK)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`${what} has rank ${shape.length}, more than ${MAX_RANK}`);
    for (const d of shape) {
        if (!Number.isSafeInteger(d) || d < 0 || d > MAX_DIM)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`${what} shape ${fmt(shape)} has an invalid dimension`);
    }
    if (size(shape) > MAX_ELEMENTS)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`${what} shape ${fmt(shape)} has more than 2^50 elements`);
    return [...shape];
}
/**
 * A tensor of `shape`, checked; `values` are kept only when they are few and match the shape
 * (a rule may compute them without checking either).
 */
function tensor(shape, dtype, values) {
    const s = checkShape(shape);
    // One object layout whether or not values are known: code reading tensors sees one shape.
    return { shape: s, dtype, values: values !== undefined && values.length <= MAX_FOLD && values.length === size(s) ? values : undefined };
}
/** A shape-only tensor for rules that never look at values (Keras layers pass float32). */
const shaped = (shape, dtype = 'float32') => ({ shape, dtype, values: undefined });


/***/ }),

/***/ 5943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wd: () => (/* binding */ MODEL_FILES_IN_DIRECTORY),
  GF: () => (/* binding */ openModel)
});

// UNUSED EXPORTS: FORMATS

// EXTERNAL MODULE: ./src/containers/hdf5/superblock.ts
var superblock = __webpack_require__(8454);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/onnx/sniff.ts
/** ModelProto field number -> wire type. */
const MODEL_FIELDS = {
    1: 0, // ir_version
    2: 2, // producer_name
    3: 2, // producer_version
    4: 2, // domain
    5: 0, // model_version
    6: 2, // doc_string
    7: 2, // graph
    8: 2, // opset_import
    14: 2, // metadata_props
    20: 2, // training_info
    25: 2, // functions
};
function varint(b, pos) {
    let v = 0;
    for (let i = 0; i < 10 && pos + i < b.length; i++) {
        const x = b[pos + i];
        v += (x & 0x7f) * 2 ** (7 * i);
        if ((x & 0x80) === 0)
            return [v, pos + i + 1];
    }
    return undefined;
}
/**
 * True when the bytes start like a serialized ModelProto: every field that fits in `head` has a
 * ModelProto field number with its wire type, and an ir_version, if present, is plausible.
 * Writers emit fields in number order, so a real file opens with ir_version; anything else
 * must show two sound fields. Zip ('PK'), HDF5, JSON and YAML all fail on their first byte.
 */
function sniffModelProto(head) {
    let pos = 0;
    let fields = 0;
    while (pos < head.length && fields < 8) {
        const tag = varint(head, pos);
        if (!tag)
            return fields > 1 || (fields === 1 && head[0] === 0x08);
        const no = Math.floor(tag[0] / 8);
        const wire = tag[0] % 8;
        if (MODEL_FIELDS[no] !== wire)
            return false;
        const v = varint(head, tag[1]);
        if (!v)
            return fields > 1 || (fields === 1 && head[0] === 0x08);
        if (no === 1 && (v[0] < 1 || v[0] > 100))
            return false;
        if (wire === 2) {
            if (v[0] > 2 ** 40)
                return false;
            // A graph or a long field runs past the head: what we saw was fine.
            if (v[1] + v[0] > head.length)
                return fields > 0 || head[0] === 0x08;
            pos = v[1] + v[0];
        }
        else
            pos = v[1];
        fields++;
    }
    return fields > 1 || (fields === 1 && head[0] === 0x08);
}

;// CONCATENATED MODULE: ./src/tflite/sniff.ts
/** The file identifier `TFL3` at bytes 4..8 of every TFLite model (schema.fbs file_identifier). */
function isTflite(head) {
    return head.length >= 8 && head[4] === 0x54 && head[5] === 0x46 && head[6] === 0x4c && head[7] === 0x33;
}

;// CONCATENATED MODULE: ./src/tf/sniff.ts
/**
 * A SavedModel's saved_model.pb from its first bytes: saved_model_schema_version (field 1, a
 * varint, 1 today) then a MetaGraphDef (field 2) whose first field is its MetaInfoDef (field
 * 1). An ONNX ModelProto also opens with a varint field 1, but its field 2 is a producer name
 * (text), never a message that opens with tag 0x0a.
 */
function isSavedModelPb(h) {
    if (h.length < 6 || h[0] !== 0x08 || h[1] !== 0x01 || h[2] !== 0x12)
        return false;
    let i = 3;
    while (i < h.length && i < 13 && (h[i] & 0x80) !== 0)
        i++;
    return i + 1 < h.length && h[i + 1] === 0x0a;
}

// EXTERNAL MODULE: ./src/formats/lfs.ts
var lfs = __webpack_require__(6855);
;// CONCATENATED MODULE: ./src/formats/index.ts






const isZip = (h) => h[0] === 0x50 && h[1] === 0x4b && (h[2] === 3 || h[2] === 5) && (h[3] === 4 || h[3] === 6);
/** JSON (after a BOM and whitespace), or YAML: plain printable text. */
function isText(h) {
    let i = h[0] === 0xef && h[1] === 0xbb && h[2] === 0xbf ? 3 : 0;
    while (i < h.length && (h[i] === 0x20 || h[i] === 0x0a || h[i] === 0x0d || h[i] === 0x09))
        i++;
    if (h[i] === 0x7b || h[i] === 0x5b)
        return true;
    return h.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b !== 0x7f));
}
/**
 * Every model format, tried in order on the file's first bytes (an HDF5 file named `.keras`
 * happens in the wild: the bytes decide, never the extension). Matching imports no engine;
 * a format's reader is loaded when its file is opened.
 */
const FORMATS = [
    { name: 'Keras 3 .keras archive', match: isZip, open: async (r, l) => (await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(257)]).then(__webpack_require__.bind(__webpack_require__, 7257))).openKerasZip(r, l) },
    // Sniffed from the first bytes, before the HDF5 probe (which reads at 512, 1024, 2048...).
    { name: 'TFLite model', match: isTflite, open: async (r, l) => (await __webpack_require__.e(/* import() */ 285).then(__webpack_require__.bind(__webpack_require__, 9285))).openTflite(r, l) },
    // Before ONNX: both open with a varint field 1 (sniff.ts tells them apart).
    { name: 'SavedModel saved_model.pb', match: isSavedModelPb, open: async (r, l, f) => (await __webpack_require__.e(/* import() */ 719).then(__webpack_require__.bind(__webpack_require__, 719))).openSavedModel(r, l, f) },
    { name: 'Keras .h5 file', match: async (_h, r) => (await (0,superblock/* findHdf5Signature */.$)(r)) >= 0, open: async (r, l) => (await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(257)]).then(__webpack_require__.bind(__webpack_require__, 7257))).openKerasH5(r, l) },
    { name: 'ONNX model', match: sniffModelProto, open: async (r, l) => (await __webpack_require__.e(/* import() */ 433).then(__webpack_require__.bind(__webpack_require__, 4433))).openOnnx(r, l) },
    { name: 'TensorFlow.js model.json, Keras JSON or YAML layers: spec', match: isText, open: async (r, l, f) => (await __webpack_require__.e(/* import() */ 269).then(__webpack_require__.bind(__webpack_require__, 6269))).openTextModel(r, l, f) },
];
/** What a model directory holds, in the order looked for: a SavedModel, a TF.js model. */
const MODEL_FILES_IN_DIRECTORY = ['saved_model.pb', 'model.json'];
/** The format of a model file's bytes, opened. */
async function openModel(reader, label, files) {
    if (reader.size === 0)
        throw new errors/* FlopgateError */.N9(`${label}: file is empty`);
    const head = await reader.read(0, Math.min(reader.size, 64), 'the file header');
    if ((0,lfs/* isLfsPointer */.NS)(head))
        throw new errors/* FlopgateError */.N9((0,lfs/* lfsMessage */.pR)(label));
    for (const f of FORMATS)
        if (await f.match(head, reader))
            return f.open(reader, label, files);
    throw new errors/* FlopgateError */.N9(`${label}: not a recognised model file (expected a Keras .keras zip, a Keras .h5 file, a TensorFlow.js model.json, an ONNX model, a TFLite model, a SavedModel, or a YAML/JSON layers: spec)`);
}


/***/ }),

/***/ 6855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ LFS_PROBE_BYTES),
/* harmony export */   NS: () => (/* binding */ isLfsPointer),
/* harmony export */   pR: () => (/* binding */ lfsMessage)
/* harmony export */ });
/**
 * A repository that stores models with Git LFS checks out small text pointers unless LFS is
 * fetched. Measuring a pointer would fail with a baffling format error, so it is recognised
 * first and explained.
 */
const SIGNATURE = 'version https://git-lfs.github.com/spec/v1';
function isLfsPointer(head) {
    if (head.length < SIGNATURE.length)
        return false;
    return new TextDecoder().decode(head.subarray(0, SIGNATURE.length)) === SIGNATURE;
}
/** How many leading bytes `isLfsPointer` needs. */
const LFS_PROBE_BYTES = SIGNATURE.length;
function lfsMessage(path) {
    return `${path}: is a Git LFS pointer, not the model; check out with \`lfs: true\` (actions/checkout) or run \`git lfs pull\``;
}


/***/ }),

/***/ 2940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ FileSource),
/* harmony export */   _r: () => (/* binding */ BufferSource)
/* harmony export */ });
/* unused harmony export MAX_READ */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/** Refuse single reads larger than this: a header claiming gigabytes is a fault, not a plan. */
const MAX_READ = 256 * 1024 * 1024;
function checkRange(size, offset, length, what) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${what}: bad read range ${offset}+${length}`);
    }
    if (offset + length > size) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${what}: truncated (needs bytes up to ${offset + length}, file has ${size})`);
    }
    if (length > MAX_READ)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${what}: refuses to read ${length} bytes at once`);
}
class BufferSource {
    buf;
    label;
    bytesRead = 0;
    constructor(buf, label = 'buffer') {
        this.buf = buf;
        this.label = label;
    }
    get size() {
        return this.buf.length;
    }
    async read(offset, length) {
        checkRange(this.buf.length, offset, length, this.label);
        this.bytesRead += length;
        return this.buf.subarray(offset, offset + length);
    }
}
function openFailure(e) {
    switch (e.code) {
        case 'ENOENT': return 'no such file';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a directory, not a model file';
        case 'ELOOP': return 'a symbolic link that loops';
        case 'ENOTDIR': return 'a part of the path is not a directory';
        default: return `cannot be opened (${e.code ?? e.message})`;
    }
}
/**
 * A model file on disk. Reads are synchronous under the async interface: a graph is read in a
 * hundred small pieces, and a round trip through libuv's thread pool for each cost more than
 * the decoding (Swin-T: ~20 ms of a run). Only regular files are opened, and opening does not
 * wait: a FIFO or a device named as a model would otherwise block or never end.
 */
class FileSource {
    fd;
    size;
    path;
    bytesRead = 0;
    constructor(fd, size, path) {
        this.fd = fd;
        this.size = size;
        this.path = path;
    }
    /** Opens `path`; any failure is a FlopgateError naming `label` in words (no such file...). */
    static async open(path, label = path) {
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${label}: ${openFailure(e)}`);
        }
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (st.isDirectory())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${label}: is a directory, not a model file`);
            if (!st.isFile())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${label}: is not a regular file (a FIFO, socket or device), so it cannot be a model file`);
            return new FileSource(fd, st.size, label);
        }
        catch (e) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            throw e;
        }
    }
    async read(offset, length) {
        checkRange(this.size, offset, length, this.path);
        const out = Buffer.allocUnsafe(length);
        let done = 0;
        while (done < length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, out, done, length - done, offset + done);
            if (n === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${this.path}: file shrank while being read`);
            done += n;
        }
        this.bytesRead += length;
        return out;
    }
    async close() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
}


/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ DirFiles),
/* harmony export */   iC: () => (/* binding */ safeRelative),
/* harmony export */   wP: () => (/* binding */ refusedPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _byte_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2940);



/** A relative path that stays inside its directory, in forward slashes; undefined otherwise. */
function safeRelative(rel) {
    if (!rel || rel.includes('\0') || rel.startsWith('/') || rel.startsWith('\\') || /^[a-zA-Z]:/.test(rel))
        return undefined;
    const parts = rel.split(/[/\\]+/).filter((p) => p !== '' && p !== '.');
    if (parts.length === 0 || parts.some((p) => p === '..'))
        return undefined;
    return parts.join('/');
}
function refusedPath(label, rel) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${label}: names the file "${rel}", which is not inside the model's directory`);
}
/** Files in a directory on disk; each opened file is closed by `close`. */
class DirFiles {
    dir;
    dirLabel;
    opened = new Map();
    constructor(dir, dirLabel) {
        this.dir = dir;
        this.dirLabel = dirLabel;
    }
    label(rel) {
        return this.dirLabel ? `${this.dirLabel.replace(/\/$/, '')}/${rel}` : rel;
    }
    async open(rel) {
        const safe = safeRelative(rel);
        if (!safe)
            throw refusedPath(this.dirLabel || '.', rel);
        const had = this.opened.get(safe);
        if (had)
            return had;
        try {
            const f = await _byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .FileSource */ ._n.open((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(this.dir, safe), this.label(safe));
            this.opened.set(safe, f);
            return f;
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9 && / no such file$/.test(e.message))
                return undefined;
            throw e;
        }
    }
    async close() {
        for (const f of this.opened.values())
            await f.close();
        this.opened.clear();
    }
}


/***/ }),

/***/ 7673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ PagedReader)
/* harmony export */ });
/* unused harmony export BoundsError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * A read a file's structure asked for that leaves the file, or goes past what flopgate agrees
 * to read of one: always the file's fault, said in one line that names it.
 */
class BoundsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9 {
}
const DEFAULTS = { page: 4096, pages: 1024, budget: 512 * 1024 * 1024, maxReads: 200_000 };
/**
 * The one reader under every container (zip, HDF5, protobuf, JSON): range checks before any
 * allocation, a page cache so that a structure read in small pieces (a zip's central
 * directory, HDF5's scattered headers) costs few source reads and never reads a page twice
 * while it is cached, and a read budget so that a file cannot make flopgate read (or hold)
 * without bound. Reads larger than half a page bypass the cache and are read exactly once; so
 * do the reads of a container that keeps its own read-ahead (the protobuf reader, whose
 * exact-length reads are what keeps a tensor's weights unread).
 */
class PagedReader {
    src;
    label;
    opts;
    cache = new Map();
    fetched = 0;
    reads = 0;
    constructor(src, label, opts = {}) {
        this.src = src;
        this.label = label;
        this.opts = { ...DEFAULTS, ...opts };
    }
    get size() {
        return this.src.size;
    }
    /** Bytes taken from the source so far (pages included). */
    get bytesRead() {
        return this.fetched;
    }
    /** Fails unless [offset, offset + length) lies inside the file; `what` names the structure. */
    check(offset, length, what) {
        if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
            throw new BoundsError(`${this.label}: ${what} has an impossible position or size (${offset}+${length})`);
        }
        if (offset + length > this.src.size) {
            throw new BoundsError(`${this.label}: truncated: ${what} needs bytes up to ${offset + length}, the file has ${this.src.size}`);
        }
    }
    /**
     * Exactly `length` bytes at `offset` (a view: callers copy what they keep past the next
     * read); `cached: false` reads exactly those bytes, without a page around them.
     */
    async read(offset, length, what = 'a read', cached = true) {
        this.check(offset, length, what);
        if (length === 0)
            return new Uint8Array(0);
        const { page } = this.opts;
        if (!cached || length > page / 2)
            return this.fetch(offset, length, what);
        const first = Math.floor(offset / page);
        const last = Math.floor((offset + length - 1) / page);
        const a = await this.page(first, what);
        const rel = offset - first * page;
        if (first === last)
            return a.subarray(rel, rel + length);
        const out = new Uint8Array(length);
        out.set(a.subarray(rel));
        out.set((await this.page(last, what)).subarray(0, length - (a.length - rel)), a.length - rel);
        return out;
    }
    async page(index, what) {
        const hit = this.cache.get(index);
        if (hit) {
            // Map order doubles as recency order.
            this.cache.delete(index);
            this.cache.set(index, hit);
            return hit;
        }
        const start = index * this.opts.page;
        const bytes = await this.fetch(start, Math.min(this.opts.page, this.src.size - start), what);
        if (this.cache.size >= this.opts.pages)
            this.cache.delete(this.cache.keys().next().value);
        this.cache.set(index, bytes);
        return bytes;
    }
    async fetch(offset, length, what) {
        this.fetched += length;
        if (this.fetched > this.opts.budget) {
            throw new BoundsError(`${this.label}: ${what}: the file's structure asks flopgate to read more than ${this.opts.budget} bytes`);
        }
        if (++this.reads > this.opts.maxReads) {
            throw new BoundsError(`${this.label}: ${what}: the file's structure never ends (more than ${this.opts.maxReads} reads)`);
        }
        return this.src.read(offset, length);
    }
}


/***/ }),

/***/ 2185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readModel)
/* harmony export */ });
/* harmony import */ var _dtypes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(638);
/* harmony import */ var _ir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4444);
/* harmony import */ var _tensor_data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9751);
/* harmony import */ var _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1977);




/** Tensor attributes up to this many elements are decoded with their node. */
const INLINE_VALUES = 1024;
/**
 * ModelProto and GraphProto are walked field by field (a graph may span the whole file);
 * every other message is small and decoded synchronously under `WireReader.run`, which may
 * run a decoder twice: the decoders only build and return values.
 */
class Decoder {
    r;
    values = 0;
    constructor(r) {
        this.r = r;
    }
    count(n, what) {
        this.values += n;
        if (this.values > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.values)
            this.r.fail(`${what}: more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.values} attribute values in the model`);
    }
    int(f, what) {
        (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .VARINT */ .rA, what);
        return f.signed;
    }
    async model(start, end) {
        const m = { irVersion: 0, producer: '', opsets: new Map(), graph: (0,_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyGraph */ .K1)(), functions: new Set() };
        let graphs = 0;
        await this.r.eachField(start, end, 'ModelProto', async (f) => {
            switch (f.no) {
                case 1:
                    m.irVersion = this.int(f, 'ModelProto.ir_version');
                    break;
                case 2:
                    m.producer = await this.r.run(end, () => this.r.string(f, 'ModelProto.producer_name'));
                    break;
                case 7:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'ModelProto.graph');
                    if (++graphs > 1)
                        this.r.fail('bad ONNX model: more than one graph');
                    m.graph = await this.graph(f.start, f.end);
                    break;
                case 8: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'ModelProto.opset_import');
                    const [domain, version] = await this.r.run(end, () => this.opset(f));
                    m.opsets.set(domain === 'ai.onnx' ? '' : domain, version);
                    break;
                }
                case 25:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'ModelProto.functions');
                    m.functions.add(await this.r.run(end, () => this.functionKey(f)));
                    break;
                default:
                    break;
            }
        });
        if (graphs === 0)
            this.r.fail('not an ONNX model: no graph in the ModelProto');
        return m;
    }
    opset(f) {
        let domain = '';
        let version = 0;
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'OperatorSetIdProto');
            at = g.end;
            if (g.no === 1)
                domain = this.r.string(g, 'OperatorSetIdProto.domain');
            else if (g.no === 2)
                version = this.int(g, 'OperatorSetIdProto.version');
        }
        return [domain, version];
    }
    functionKey(f) {
        let name = '';
        let domain = '';
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'FunctionProto');
            at = g.end;
            if (g.no === 1)
                name = this.r.string(g, 'FunctionProto.name');
            else if (g.no === 10)
                domain = this.r.string(g, 'FunctionProto.domain');
        }
        return `${domain}:${name}`;
    }
    async graph(start, end) {
        const g = (0,_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyGraph */ .K1)();
        let valueInfos = 0;
        const r = this.r;
        // Each case decodes first and commits last: `scan` may repeat a field that ran short.
        await r.scan(start, end, 'GraphProto', (f) => {
            r.where = '';
            switch (f.no) {
                case 1: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'GraphProto.node');
                    if (g.nodes.length >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.nodes)
                        r.fail(`graph has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.nodes} nodes`);
                    const n = this.node(f, g.nodes.length);
                    for (const a of n.attrs)
                        this.count(a.ints.length + a.floats.length + a.strings.length, `node ${n.index}`);
                    g.nodes.push(n);
                    break;
                }
                case 2:
                    g.name = r.string(f, 'GraphProto.name');
                    break;
                case 5: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'GraphProto.initializer');
                    if (g.initializers.size >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.initializers)
                        r.fail(`graph has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.initializers} initializers`);
                    const t = this.tensor(f, 'initializer');
                    g.initializers.set(t.name, t);
                    break;
                }
                case 15: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'GraphProto.sparse_initializer');
                    const t = this.sparseTensor(f);
                    g.initializers.set(t.name, t);
                    break;
                }
                case 11:
                case 12:
                case 13: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'GraphProto value info');
                    if (valueInfos >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.valueInfos)
                        r.fail(`graph has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.valueInfos} value infos`);
                    const v = this.valueInfo(f);
                    valueInfos++;
                    if (f.no === 11)
                        g.inputs.push(v);
                    else if (f.no === 12)
                        g.outputs.push(v);
                    else
                        g.valueInfo.set(v.name, v);
                    break;
                }
                default:
                    break;
            }
        });
        return g;
    }
    node(f, index) {
        const n = { index, name: '', opType: '', domain: '', inputs: [], outputs: [], attrs: [] };
        const r = this.r;
        // Faults name the node; the words are only put together if there is one.
        r.where = `node ${index}`;
        for (let p = f.start; p < f.end;) {
            const g = r.fieldAt(p, f.end, 'NodeProto');
            p = g.end;
            switch (g.no) {
                case 1:
                    if (n.inputs.length >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.namesPerNode)
                        r.fail(`more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.namesPerNode} inputs`);
                    n.inputs.push(r.string(g, 'NodeProto.input'));
                    break;
                case 2:
                    if (n.outputs.length >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.namesPerNode)
                        r.fail(`more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.namesPerNode} outputs`);
                    n.outputs.push(r.string(g, 'NodeProto.output'));
                    break;
                case 3:
                    n.name = r.string(g, 'NodeProto.name');
                    break;
                case 4:
                    n.opType = r.string(g, 'NodeProto.op_type');
                    break;
                case 7:
                    n.domain = r.string(g, 'NodeProto.domain');
                    break;
                case 5: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'NodeProto.attribute');
                    if (n.attrs.length >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.attrsPerNode)
                        r.fail(`more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.attrsPerNode} attributes`);
                    const a = this.attribute(g);
                    // A repeated name: the last one wins, as protobuf map semantics would have it.
                    const at = n.attrs.findIndex((x) => x.name === a.name);
                    if (at >= 0)
                        n.attrs[at] = a;
                    else
                        n.attrs.push(a);
                    break;
                }
                default:
                    break;
            }
        }
        if (!n.opType)
            r.fail(`bad ONNX model: a node${n.name ? ` "${n.name}"` : ''} has no op_type`);
        r.where = '';
        return n;
    }
    attribute(f) {
        // Every field present from the start: one object layout for all attributes.
        const a = { name: '', type: 0, f: undefined, i: undefined, s: undefined, t: undefined, floats: [], ints: [], strings: [], graphs: 0 };
        const what = 'AttributeProto';
        const r = this.r;
        const room = _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.values - this.values;
        for (let p = f.start; p < f.end;) {
            const g = r.fieldAt(p, f.end, what);
            p = g.end;
            switch (g.no) {
                case 1:
                    a.name = r.string(g, 'AttributeProto.name');
                    break;
                case 20:
                    a.type = this.int(g, 'AttributeProto.type');
                    break;
                case 2:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .I32 */ .jP, 'AttributeProto.f');
                    a.f = r.float32(g.start);
                    break;
                case 3:
                    a.i = this.int(g, 'AttributeProto.i');
                    break;
                case 4:
                    a.s = r.string(g, 'AttributeProto.s');
                    break;
                case 5:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'AttributeProto.t');
                    a.t = this.tensor(g, 'a tensor attribute');
                    // A Constant's value sits inside the node being read: decode it now rather than
                    // come back for it once the node's bytes are gone.
                    if (a.t.elements <= INLINE_VALUES)
                        a.t.values = (0,_tensor_data_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeData */ .H)(r, a.t);
                    break;
                case 6:
                case 11:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'AttributeProto graph');
                    a.graphs++;
                    break;
                case 7:
                    r.floats(g, 'AttributeProto.floats', a.floats, room);
                    break;
                case 8:
                    r.ints(g, 'AttributeProto.ints', a.ints, room);
                    break;
                case 9:
                    if (a.strings.length >= room)
                        r.fail(`an attribute has more than ${room} strings`);
                    a.strings.push(r.string(g, 'AttributeProto.strings'));
                    break;
                default:
                    break;
            }
        }
        // Files from before IR version 3 may omit the type: infer it from the field that is set.
        if (!a.type) {
            a.type = a.f !== undefined ? _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTR */ .aP.FLOAT : a.i !== undefined ? _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTR */ .aP.INT : a.s !== undefined ? _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTR */ .aP.STRING
                : a.t ? _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTR */ .aP.TENSOR : a.floats.length ? _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTR */ .aP.FLOATS : a.ints.length ? _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTR */ .aP.INTS
                    : a.strings.length ? _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTR */ .aP.STRINGS : a.graphs ? _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTR */ .aP.GRAPH : 0;
        }
        return a;
    }
    tensor(f, what) {
        const t = { name: '', dims: [], dataType: 0, elements: 1, external: false, data: [], values: undefined };
        let rawBytes = -1;
        let dataFields = 0;
        const r = this.r;
        for (let p = f.start; p < f.end;) {
            const g = r.fieldAt(p, f.end, 'TensorProto');
            p = g.end;
            switch (g.no) {
                case 1:
                    r.ints(g, 'TensorProto.dims', t.dims, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.dims);
                    break;
                case 2:
                    t.dataType = this.int(g, 'TensorProto.data_type');
                    break;
                case 8:
                    t.name = r.string(g, 'TensorProto.name');
                    break;
                case 14:
                    t.external = this.int(g, 'TensorProto.data_location') === 1;
                    break;
                case 9:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'TensorProto.raw_data');
                    rawBytes = g.end - g.start;
                    t.data.push({ no: g.no, wire: g.wire, start: g.start, end: g.end });
                    break;
                case 4:
                case 5:
                case 7:
                case 10:
                case 11:
                    // Each unpacked element is a field of its own: remember a bounded number of them.
                    if (++dataFields <= 4096)
                        t.data.push({ no: g.no, wire: g.wire, start: g.start, end: g.end });
                    break;
                default:
                    break;
            }
        }
        if (dataFields > 4096)
            t.data = [];
        const label = () => `${what}${t.name ? ` "${t.name}"` : ''}`;
        t.elements = checkedElements(r, t.dims, label);
        const size = (0,_dtypes_js__WEBPACK_IMPORTED_MODULE_0__/* .elementBytes */ .s2)(t.dataType);
        if (rawBytes >= 0 && size !== undefined && !t.external) {
            const want = Math.ceil(t.elements * size);
            if (want !== rawBytes) {
                r.fail(`bad ONNX tensor: ${label()} has dims [${t.dims.join(', ')}] (${want} bytes of ${(0,_dtypes_js__WEBPACK_IMPORTED_MODULE_0__/* .dtypeName */ .MN)(t.dataType)}) but raw_data holds ${rawBytes} bytes`);
            }
        }
        return t;
    }
    sparseTensor(f) {
        let values;
        const dims = [];
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'SparseTensorProto');
            at = g.end;
            if (g.no === 1) {
                (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'SparseTensorProto.values');
                values = this.tensor(g, 'sparse initializer values');
            }
            else if (g.no === 3)
                this.r.ints(g, 'SparseTensorProto.dims', dims, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.dims);
        }
        if (!values)
            return this.r.fail('bad ONNX model: sparse initializer without values');
        const elements = checkedElements(this.r, dims, () => `sparse initializer "${values.name}"`);
        // Values of a sparse tensor never feed shape arithmetic; its size is that of the dense tensor.
        return { ...values, dims, elements, data: [] };
    }
    valueInfo(f) {
        const v = { name: '', kind: 'none', elemType: 0 };
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'ValueInfoProto');
            at = g.end;
            if (g.no === 1)
                v.name = this.r.string(g, 'ValueInfoProto.name');
            else if (g.no === 2) {
                (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'ValueInfoProto.type');
                this.type(g, v, 0);
            }
        }
        return v;
    }
    type(f, v, depth) {
        if (depth > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.typeDepth)
            this.r.fail(`TypeProto of "${v.name}" nests deeper than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.typeDepth}`);
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'TypeProto');
            at = g.end;
            if (g.no === 1 || g.no === 8) {
                (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'TypeProto.tensor_type');
                v.kind = 'tensor';
                for (let at = g.start; at < g.end;) {
                    const h = this.r.fieldAt(at, g.end, 'TypeProto.Tensor');
                    at = h.end;
                    if (h.no === 1)
                        v.elemType = this.int(h, 'TypeProto.Tensor.elem_type');
                    else if (h.no === 2) {
                        (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(this.r, h, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'TensorShapeProto');
                        v.dims = this.shape(h, v.name);
                    }
                }
            }
            else if (g.no === 4 || g.no === 5 || g.no === 9) {
                (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'TypeProto');
                v.kind = 'other';
                // Walk the element type only to bound and validate the nesting.
                for (let at = g.start; at < g.end;) {
                    const h = this.r.fieldAt(at, g.end, 'TypeProto element');
                    at = h.end;
                    if (h.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL && (h.no === 1 || h.no === 2))
                        this.type(h, { name: v.name, kind: 'none', elemType: 0 }, depth + 1);
                }
            }
        }
    }
    shape(f, name) {
        const dims = [];
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'TensorShapeProto');
            at = g.end;
            if (g.no !== 1)
                continue;
            (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .LEN */ .gL, 'TensorShapeProto.dim');
            if (dims.length >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.dims)
                this.r.fail(`value "${name}" has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.dims} dimensions`);
            let d = null;
            for (let at = g.start; at < g.end;) {
                const h = this.r.fieldAt(at, g.end, 'TensorShapeProto.Dimension');
                at = h.end;
                if (h.no === 1) {
                    const v = this.int(h, `dim_value of "${name}"`);
                    if (v < 0 || v > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.dim)
                        this.r.fail(`bad ONNX model: value "${name}" has dimension ${v}`);
                    d = v;
                }
                else if (h.no === 2)
                    d = this.r.string(h, `dim_param of "${name}"`);
            }
            dims.push(d);
        }
        return dims;
    }
}
/** `label` names the tensor in a fault; called only then. */
function checkedElements(r, dims, label) {
    let n = 1;
    for (const d of dims) {
        if (!Number.isSafeInteger(d) || d < 0 || d > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.dim)
            r.fail(`bad ONNX tensor: ${label()} has dimension ${d}`);
        n *= d;
        if (n > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.elements)
            r.fail(`bad ONNX tensor: ${label()} has absurd dims [${dims.join(', ')}]`);
    }
    return n;
}
/** Decode the structure of a whole ModelProto; tensor values stay in the file. */
async function readModel(r) {
    return new Decoder(r).model(0, r.size);
}


/***/ }),

/***/ 638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ DT),
/* harmony export */   MN: () => (/* binding */ dtypeName),
/* harmony export */   am: () => (/* binding */ isParameterType),
/* harmony export */   cK: () => (/* binding */ coreDType),
/* harmony export */   s2: () => (/* binding */ elementBytes)
/* harmony export */ });
/* unused harmony export isFloatType */
/** TensorProto.DataType values (onnx.proto). */
const DT = {
    UNDEFINED: 0,
    FLOAT: 1,
    UINT8: 2,
    INT8: 3,
    UINT16: 4,
    INT16: 5,
    INT32: 6,
    INT64: 7,
    STRING: 8,
    BOOL: 9,
    FLOAT16: 10,
    DOUBLE: 11,
    UINT32: 12,
    UINT64: 13,
    COMPLEX64: 14,
    COMPLEX128: 15,
    BFLOAT16: 16,
    FLOAT8E4M3FN: 17,
    FLOAT8E4M3FNUZ: 18,
    FLOAT8E5M2: 19,
    FLOAT8E5M2FNUZ: 20,
    UINT4: 21,
    INT4: 22,
    FLOAT4E2M1: 23,
};
const NAMES = Object.fromEntries(Object.entries(DT).map(([k, v]) => [v, k.toLowerCase()]));
function dtypeName(t) {
    return NAMES[t] ?? `type ${t}`;
}
/** Bytes per element in raw_data; 0.5 for the packed 4-bit types, undefined for strings. */
function elementBytes(t) {
    switch (t) {
        case DT.UINT8:
        case DT.INT8:
        case DT.BOOL:
        case DT.FLOAT8E4M3FN:
        case DT.FLOAT8E4M3FNUZ:
        case DT.FLOAT8E5M2:
        case DT.FLOAT8E5M2FNUZ:
            return 1;
        case DT.UINT16:
        case DT.INT16:
        case DT.FLOAT16:
        case DT.BFLOAT16:
            return 2;
        case DT.FLOAT:
        case DT.INT32:
        case DT.UINT32:
            return 4;
        case DT.INT64:
        case DT.UINT64:
        case DT.DOUBLE:
        case DT.COMPLEX64:
            return 8;
        case DT.COMPLEX128:
            return 16;
        case DT.UINT4:
        case DT.INT4:
        case DT.FLOAT4E2M1:
            return 0.5;
        default:
            return undefined;
    }
}
/**
 * Index-like tensors (shapes, axes, indices, masks) are never learned weights: an exporter
 * that stores a Reshape target as an initializer must not grow the parameter count.
 */
function isParameterType(t) {
    return t !== DT.INT64 && t !== DT.BOOL && t !== DT.STRING && t !== DT.UNDEFINED;
}
function isFloatType(t) {
    return t === DT.FLOAT || t === DT.DOUBLE || t === DT.FLOAT16 || t === DT.BFLOAT16;
}
const CORE = {
    [DT.FLOAT]: 'float32', [DT.DOUBLE]: 'float64', [DT.FLOAT16]: 'float16', [DT.BFLOAT16]: 'bfloat16',
    [DT.FLOAT8E4M3FN]: 'float8', [DT.FLOAT8E4M3FNUZ]: 'float8', [DT.FLOAT8E5M2]: 'float8', [DT.FLOAT8E5M2FNUZ]: 'float8',
    [DT.FLOAT4E2M1]: 'float4',
    [DT.INT64]: 'int64', [DT.INT32]: 'int32', [DT.INT16]: 'int16', [DT.INT8]: 'int8', [DT.INT4]: 'int4',
    [DT.UINT64]: 'uint64', [DT.UINT32]: 'uint32', [DT.UINT16]: 'uint16', [DT.UINT8]: 'uint8', [DT.UINT4]: 'uint4',
    [DT.BOOL]: 'bool', [DT.STRING]: 'string', [DT.COMPLEX64]: 'complex64', [DT.COMPLEX128]: 'complex128',
};
/** An ONNX element type in the core's vocabulary. */
function coreDType(t) {
    return CORE[t] ?? 'unknown';
}


/***/ }),

/***/ 4444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ emptyGraph),
/* harmony export */   KJ: () => (/* binding */ isDefaultDomain),
/* harmony export */   aP: () => (/* binding */ ATTR),
/* harmony export */   b1: () => (/* binding */ LIMITS)
/* harmony export */ });
const ATTR = {
    FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8,
    TENSORS: 9, GRAPHS: 10, SPARSE_TENSOR: 11, SPARSE_TENSORS: 12, TYPE_PROTO: 13, TYPE_PROTOS: 14,
};
/** Bounds on what an untrusted file may make us hold; real models stay far below them. */
const LIMITS = {
    nodes: 500_000,
    initializers: 500_000,
    valueInfos: 1_000_000,
    namesPerNode: 100_000,
    attrsPerNode: 10_000,
    dims: 64,
    /** Every repeated number or string decoded from attributes, summed over the model. */
    values: 16_000_000,
    /** A dimension larger than this (2^40) is corrupt, not a model. */
    dim: 2 ** 40,
    /** A tensor with more elements than this (2^50) is corrupt, not a model. */
    elements: 2 ** 50,
    typeDepth: 16,
};
const DEFAULT_DOMAINS = new Set(['', 'ai.onnx']);
function isDefaultDomain(d) {
    return DEFAULT_DOMAINS.has(d);
}
/** A graph with nothing in it yet. */
function emptyGraph() {
    return { name: '', nodes: [], initializers: new Map(), inputs: [], outputs: [], valueInfo: new Map() };
}


/***/ }),

/***/ 9751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ decodeData),
/* harmony export */   w: () => (/* binding */ loadTensorData)
/* harmony export */ });
/* harmony import */ var _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1977);
/* harmony import */ var _core_tensor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1134);
/* harmony import */ var _dtypes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(638);



function half(bits) {
    const s = bits & 0x8000 ? -1 : 1;
    const e = (bits >> 10) & 0x1f;
    const m = bits & 0x3ff;
    if (e === 0)
        return s * m * 2 ** -24;
    if (e === 31)
        return m ? NaN : s * Infinity;
    return s * (1 + m / 1024) * 2 ** (e - 15);
}
function decodeRaw(b, t, n) {
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
        switch (t) {
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.FLOAT:
                out[i] = dv.getFloat32(4 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.DOUBLE:
                out[i] = dv.getFloat64(8 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.INT64:
                out[i] = Number(dv.getBigInt64(8 * i, true));
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.UINT64:
                out[i] = Number(dv.getBigUint64(8 * i, true));
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.INT32:
                out[i] = dv.getInt32(4 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.UINT32:
                out[i] = dv.getUint32(4 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.INT16:
                out[i] = dv.getInt16(2 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.UINT16:
                out[i] = dv.getUint16(2 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.INT8:
                out[i] = dv.getInt8(i);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.UINT8:
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.BOOL:
                out[i] = dv.getUint8(i);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.FLOAT16:
                out[i] = half(dv.getUint16(2 * i, true));
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.BFLOAT16:
                out[i] = new Float32Array(new Uint32Array([dv.getUint16(2 * i, true) << 16]).buffer)[0];
                break;
            default: return undefined;
        }
    }
    return out;
}
/** Typed fields hold 16-bit floats as their bit patterns in int32_data. */
function fromInt32Field(v, t) {
    if (t === _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.FLOAT16)
        return half(v & 0xffff);
    if (t === _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.BFLOAT16)
        return new Float32Array(new Uint32Array([(v & 0xffff) << 16]).buffer)[0];
    return v;
}
/**
 * The values of a small tensor, or undefined when they cannot or need not be had: stored in an
 * external file (never opened), too many to be shape arithmetic, or of a type shapes never use.
 */
async function loadTensorData(r, t, max = _core_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FOLD */ .rR) {
    if (t.values)
        return t.values;
    if (t.external || t.elements > max)
        return undefined;
    if (t.elements === 0)
        return [];
    // Read a little past the values: exporters store small constants side by side, and the
    // next one a Reshape or Slice needs is then already loaded.
    return r.run(r.size, () => decodeData(r, t));
}
/** Decode the values of `t` from loaded bytes (inside `WireReader.run`). */
function decodeData(r, t) {
    if (t.external)
        return undefined;
    const out = [];
    const what = `values of tensor "${t.name}"`;
    for (const d of t.data) {
        if (d.no === 9)
            return decodeRaw(r.bytes(d.start, d.end, what), t.dataType, t.elements);
        const f = { no: d.no, wire: d.wire, start: d.start, end: d.end, value: 0, signed: 0 };
        if (d.no === 4) {
            r.floats(f, what, out, t.elements);
        }
        else if (d.no === 10) {
            if (d.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .I64 */ .uv)
                out.push(r.float64(d.start));
            else if (d.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL) {
                for (let p = d.start; p + 8 <= d.end && out.length < t.elements; p += 8)
                    out.push(r.float64(p));
            }
        }
        else if (d.no === 5 || d.no === 7 || d.no === 11) {
            if (d.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .VARINT */ .rA) {
                // Unpacked: the value was not kept with the field position; read it again.
                const v = r.varint(d.start, d.end, what);
                out.push(d.no === 5 ? fromInt32Field(v.signed, t.dataType) : d.no === 11 ? v.value : v.signed);
            }
            else if (d.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL) {
                const vals = [];
                r.ints(f, what, vals, t.elements);
                for (const v of vals)
                    out.push(d.no === 5 ? fromInt32Field(v, t.dataType) : v);
            }
            else
                return undefined;
        }
        if (out.length > t.elements)
            return undefined;
    }
    return out.length === t.elements ? out : undefined;
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* unused harmony export truncate */
/**
 * Text that comes from files (model names, layer names and types, paths, error messages)
 * is data. These functions make it inert wherever it is shown, so a model named
 * `<img src=x> @octocat **bold** | x` prints those characters and nothing else.
 */
const ZWSP = '\u200b';
// Markdown and HTML syntax characters become numeric entities: GitHub renders them as the
// plain character and never as syntax (a table pipe, emphasis, a link, a tag, math).
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '~': '&#126;',
    $: '&#36;',
};
/** Characters no text field should carry into a report: controls (ANSI escapes among them), bidi overrides. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Shorten to `max` code points, marking the cut. */
function truncate(text, max) {
    const cps = Array.from(text);
    return cps.length <= max ? text : `${cps.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/**
 * Inert markdown for one line of text (a table cell, a list item, a summary).
 * Mentions and issue references are filtered by GitHub after rendering, on the decoded
 * text, so an entity would not stop them: a zero-width space after `@` and `#` does.
 * The same goes for autolinked URLs (`https://`, `www.`).
 */
function md(text, max = 200) {
    const flat = truncate(String(text).replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, ''), max);
    // URL breakers first, on the raw text; then one pass over characters, so no
    // replacement is ever applied to another's output (an entity's `#`, for one).
    return flat
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`)
        .replace(/[&<>"|`*_[\]\\~$@#]/g, (c) => ENTITIES[c] ?? c + ZWSP);
}
/** A label inside a Mermaid block, where entities mean nothing: keep a safe alphabet only. */
function mermaidLabel(text, max = 40) {
    const safe = String(text)
        .replace(/[^A-Za-z0-9 .+\-/]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(safe || 'model', max);
}
/** Text for a terminal: no control characters, so a name cannot move the cursor or recolour. */
function plain(text, max = 200) {
    return truncate(String(text).replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, '?'), max);
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ ratio),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   _K: () => (/* binding */ headroom),
/* harmony export */   cW: () => (/* binding */ shape),
/* harmony export */   oE: () => (/* binding */ compact),
/* harmony export */   pU: () => (/* binding */ delta),
/* harmony export */   wu: () => (/* binding */ signedPercent),
/* harmony export */   y2: () => (/* binding */ accuracy),
/* harmony export */   zD: () => (/* binding */ grouped)
/* harmony export */ });
/* unused harmony export signedCount */
/**
 * Number formatting shared by the terminal table and the PR comment, so both say the same
 * thing: exact grouped integers while they are readable (179,050), three significant digits
 * with a decimal SI prefix above a million (1.81 G), matching the budget file's suffixes.
 */
const PREFIXES = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
];
/** 179050 → "179,050", exactly, whatever its size. Fractions keep up to two decimals. */
function grouped(n) {
    if (typeof n === 'bigint')
        return groupDigits(n.toString());
    if (!Number.isFinite(n))
        return String(n);
    const [int, frac] = plainDecimal(Math.abs(n));
    // Rounded as the number is written (0.015 → "0.02"), half away from zero, as people
    // round; Intl.NumberFormat says the same but costs ~15 ms to load.
    let cents = BigInt(int + (frac + '00').slice(0, 2));
    if (frac.length > 2 && frac[2] >= '5')
        cents += 1n;
    if (cents === 0n)
        return '0';
    const whole = groupDigits((cents / 100n).toString());
    const decimals = (cents % 100n).toString().padStart(2, '0').replace(/0+$/, '');
    return `${n < 0 ? '-' : ''}${whole}${decimals ? `.${decimals}` : ''}`;
}
/** The shortest decimal that reads back as `x` (x ≥ 0), without an exponent: [integer, fraction]. */
function plainDecimal(x) {
    const [mantissa, exp = '0'] = String(x).split('e');
    const [a, b = ''] = mantissa.split('.');
    const digits = a + b;
    const point = a.length + Number(exp);
    if (point <= 0)
        return ['0', '0'.repeat(-point) + digits];
    if (point >= digits.length)
        return [digits + '0'.repeat(point - digits.length), ''];
    return [digits.slice(0, point), digits.slice(point)];
}
/** "-1234567" → "-1,234,567". */
function groupDigits(digits) {
    return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}
/**
 * Exact below a million, then "1.81 G" (three significant digits: a display, never a figure
 * anything is computed from); what every FLOPs or params cell shows. Beyond 10^15 the
 * exponent shows: "1.81e18".
 */
function count(n) {
    const abs = n < 0 ? -Number(n) : Number(n);
    if (abs >= 1e15)
        return Number(n).toPrecision(3).replace('+', '');
    for (const [scale, prefix] of PREFIXES) {
        if (abs >= scale)
            return `${sig3(Number(n) / scale)} ${prefix}`;
    }
    return grouped(n);
}
/** Three significant digits without trailing zeros: 1.8105 → "1.81", 12.0 → "12", 179.05 → "179". */
function sig3(x) {
    const abs = Math.abs(x);
    const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
    // Nudge ties away from zero: 84.55 is stored as 84.5499…, and people expect 84.6.
    return String(Number((x * (1 + 1e-12)).toFixed(decimals)));
}
/** A signed count: "+1,234", "−2.5 M" (a true minus sign), "0". */
function signedCount(n) {
    if (n > 0)
        return `+${count(n)}`;
    if (n < 0)
        return `\u2212${count(-n)}`;
    return '0';
}
/** A fraction as a percentage with one decimal: 0.0512 → "5.1%"; small non-zero values keep two. */
function percent(fraction) {
    const p = fraction * 100;
    const abs = Math.abs(p);
    const decimals = abs !== 0 && abs < 0.1 ? 2 : 1;
    return `${Number(p.toFixed(decimals))}%`;
}
/** A signed percentage: "+5.1%", "−3%". */
function signedPercent(fraction) {
    if (fraction > 0)
        return `+${percent(fraction)}`;
    if (fraction < 0)
        return `\u2212${percent(-fraction)}`;
    return '0%';
}
/** Validation accuracy as people quote it: 0.93456 → "93.46%". */
function accuracy(a) {
    return `${(a * 100).toFixed(2)}%`;
}
/** A shape as Keras prints it, batch included: [1, 100] → "(1, 100)"; several → "(1, 4), (1, 4)". */
function shape(s) {
    if (!Array.isArray(s))
        return '';
    if (s.length > 0 && s.every((d) => Array.isArray(d)))
        return s.map(shape).join(', ');
    return `(${s.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
}
/** Seven hex digits of a commit, or the text unchanged when it is not a SHA (a ref name). */
function shortSha(sha) {
    return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
/** The "Δ vs base" cell: "+1,234 (+5.1%)", "no change", "new", "n/a" (no baseline), "" (not compared). */
function delta(base) {
    if (!base)
        return '';
    if (base.status === 'new')
        return 'new';
    if (base.status !== 'measured' || base.delta === undefined)
        return 'n/a';
    if (base.delta === 0n)
        return 'no change';
    return base.ratio === undefined ? signedCount(base.delta) : `${signedCount(base.delta)} (${signedPercent(base.ratio)})`;
}
/** Room left under a FLOPs budget: "20,950 (10.5%)", or "over by 1,000 (0.5%)". */
function headroom(flops, limit) {
    if (limit === undefined)
        return '';
    const room = limit - flops;
    const share = limit > 0n ? ` (${percent(ratio(room < 0n ? -room : room, limit))})` : '';
    return room >= 0n ? `${count(room)}${share}` : `over by ${count(-room)}${share}`;
}
/** a / b as a float, for percentages (a display or a ratio limit, never a count). */
function ratio(a, b) {
    if (b === 0n)
        return a === 0n ? 0 : Infinity;
    return Number(a) / Number(b);
}
/** Short, comma-free form for chart labels: 950, "84.6k", "179k", "1.81G". */
function compact(n) {
    const x = Number(n);
    const abs = Math.abs(x);
    if (abs >= 1e15)
        return x.toPrecision(3).replace('+', '');
    for (const [scale, prefix] of [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']]) {
        if (abs >= scale)
            return `${sig3(x / scale)}${prefix}`;
    }
    return String(Math.round(x));
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ toJson)
/* harmony export */ });
/**
 * JSON with exact integers. Counts are bigints: JSON numbers have no precision limit, so a
 * count beyond 2^53 is written with all its digits (JSON.stringify refuses bigints, and a
 * Number would round them). Readers that need the digits parse with a reviver that keeps them
 * (Python's json does by default).
 *
 * JSON.stringify's replacer would be called for every key of every layer row, and cost more
 * than a large graph's analysis, as would copying the report with Numbers for bigints. Instead
 * BigInt.prototype.toJSON is defined for the one synchronous JSON.stringify call (and removed
 * after it): it is called for bigints only, and gives the Number with the same digits. Only a
 * report with a count past 2^53, which no Number holds exactly, is written by hand.
 */
function toJson(value, indent) {
    const proto = BigInt.prototype;
    const before = Object.getOwnPropertyDescriptor(proto, 'toJSON');
    let inexact = false;
    Object.defineProperty(proto, 'toJSON', {
        configurable: true,
        writable: true,
        value() {
            if (this > MAX_EXACT || this < -MAX_EXACT)
                inexact = true;
            return Number(this);
        },
    });
    let text;
    try {
        text = JSON.stringify(value, null, indent);
    }
    finally {
        if (before)
            Object.defineProperty(proto, 'toJSON', before);
        else
            delete proto.toJSON;
    }
    if (!inexact)
        return text;
    const out = [];
    write(out, value, indent ? ' '.repeat(indent) : '', '\n');
    return out.join('');
}
const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
function scalar(v) {
    switch (typeof v) {
        case 'string':
            return JSON.stringify(v);
        case 'number':
            return Number.isFinite(v) ? String(v) : 'null';
        case 'bigint':
            return v.toString();
        case 'boolean':
            return v ? 'true' : 'false';
        default:
            return v === null ? 'null' : undefined;
    }
}
/** Values JSON leaves out of an object (and writes as null in an array). */
function absent(v) {
    return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}
/** What JSON.stringify(v, null, step) writes, with every bigint's digits. */
function write(out, v, step, nl) {
    const s = scalar(v);
    if (s !== undefined) {
        out.push(s);
        return;
    }
    if (absent(v)) {
        out.push('null');
        return;
    }
    const o = v;
    if (typeof o.toJSON === 'function') {
        write(out, o.toJSON(), step, nl);
        return;
    }
    const inner = step ? nl + step : '';
    if (Array.isArray(v)) {
        if (v.length === 0) {
            out.push('[]');
            return;
        }
        out.push('[');
        v.forEach((x, i) => {
            out.push(i ? `,${inner}` : inner);
            write(out, absent(x) ? null : x, step, inner);
        });
        out.push(step ? `${nl}]` : ']');
        return;
    }
    let first = true;
    out.push('{');
    for (const key of Object.keys(o)) {
        const x = o[key];
        if (absent(x))
            continue;
        out.push(first ? inner : `,${inner}`, JSON.stringify(key), step ? ': ' : ':');
        first = false;
        write(out, x, step, inner);
    }
    out.push(first ? '}' : step ? `${nl}}` : '}');
}


/***/ }),

/***/ 2906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
const width = (s) => [...s].length;
const pad = (s, w, right) => {
    const fill = ' '.repeat(Math.max(0, w - width(s)));
    return right ? fill + s : s + fill;
};
/**
 * A terminal table: columns padded to their widest cell (counted in code points, so `Δ` and
 * `≥` take one column), right-aligned where `right` says so, so that digits line up.
 */
function textTable(header, rows, right) {
    const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
    const line = (cells) => cells.map((c, i) => pad(c, widths[i], right[i] ?? false)).join('  ').trimEnd();
    return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}


/***/ }),

/***/ 2621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ readSavedModel),
/* harmony export */   y: () => (/* binding */ nodeFromBytes)
/* harmony export */ });
/* harmony import */ var _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1977);
/* harmony import */ var _ir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3471);
/**
 * A SavedModel's `saved_model.pb` into the TF IR (ir.ts): the serving MetaGraphDef's graph,
 * function library and signatures (tensorflow/core/protobuf/saved_model.proto,
 * meta_graph.proto, framework/graph.proto, node_def.proto, attr_value.proto, function.proto,
 * tensor.proto, tensor_shape.proto). Constants' contents are read only when they are small
 * (shape data); the object graph, saver and asset tables are skipped unread.
 */


/** Bytes per element of tensor_content, by DataType (0: not decoded). */
const WIDTH = { 1: 4, 2: 8, 3: 4, 4: 1, 5: 2, 6: 1, 9: 8, 10: 1, 17: 2, 22: 4, 23: 8 };
class Decoder {
    r;
    values = 0;
    constructor(r) {
        this.r = r;
    }
    count(n, what) {
        this.values += n;
        if (this.values > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.listValues)
            this.r.fail(`${what}: more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.listValues} attribute values in the graph`);
    }
    /** Sub-fields of a small message, decoded synchronously (under WireReader.run). */
    *sub(f, what) {
        (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL, what);
        yield* this.r.fields(f.start, f.end, what);
    }
    int(f, what) {
        (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .VARINT */ .rA, what);
        return f.signed;
    }
    shape(f) {
        const dims = [];
        let unknown = false;
        for (const g of this.sub(f, 'TensorShapeProto')) {
            if (g.no === 3)
                unknown = this.int(g, 'TensorShapeProto.unknown_rank') !== 0;
            else if (g.no === 2) {
                let size = 0;
                for (const h of this.sub(g, 'TensorShapeProto.dim'))
                    if (h.no === 1)
                        size = this.int(h, 'Dim.size');
                if (dims.length >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.rank)
                    this.r.fail(`a shape of more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.rank} dimensions`);
                dims.push(size);
            }
        }
        return unknown ? undefined : dims;
    }
    tensor(f) {
        let dtype = 0;
        let dims = [];
        let content;
        const vals = [];
        for (const g of this.sub(f, 'TensorProto')) {
            switch (g.no) {
                case 1:
                    dtype = this.int(g, 'TensorProto.dtype');
                    break;
                case 2:
                    dims = this.shape(g) ?? [];
                    break;
                case 4:
                    content = g;
                    break;
                case 5:
                    if (vals.length < _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inlineValues)
                        this.r.floats(g, 'TensorProto.float_val', vals, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inlineValues);
                    break;
                case 7:
                case 10:
                case 11:
                case 13:
                    if (vals.length < _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inlineValues)
                        this.r.ints(g, 'TensorProto int values', vals, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inlineValues);
                    break;
                case 6:
                    if (g.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .I64 */ .uv)
                        vals.push(this.r.float64(g.start));
                    break;
                default: break;
            }
        }
        for (const d of dims)
            if (d < 0)
                this.r.fail(`a constant has a negative dimension ${d}`);
        const n = dims.reduce((a, b) => a * b, 1);
        const t = { dtype, dims };
        if (n > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inlineValues)
            return t;
        if (content) {
            const w = WIDTH[dtype];
            if (w && content.end - content.start === n * w) {
                const b = this.r.bytes(content.start, content.end, 'TensorProto.tensor_content');
                const d = new DataView(b.buffer, b.byteOffset, b.byteLength);
                const out = [];
                for (let i = 0; i < n; i++) {
                    if (dtype === 1)
                        out.push(d.getFloat32(4 * i, true));
                    else if (dtype === 2)
                        out.push(d.getFloat64(8 * i, true));
                    else if (dtype === 3 || dtype === 22)
                        out.push(dtype === 3 ? d.getInt32(4 * i, true) : d.getUint32(4 * i, true));
                    else if (dtype === 9 || dtype === 23)
                        out.push(Number(d.getBigInt64(8 * i, true)));
                    else if (dtype === 5)
                        out.push(d.getInt16(2 * i, true));
                    else if (dtype === 17)
                        out.push(d.getUint16(2 * i, true));
                    else if (dtype === 6)
                        out.push(d.getInt8(i));
                    else
                        out.push(d.getUint8(i));
                }
                t.values = out;
            }
        }
        else if (vals.length > 0) {
            // A splat: one value stands for all of them.
            t.values = vals.length === n ? vals : vals.length === 1 ? new Array(n).fill(vals[0]) : undefined;
            if (n === 0)
                t.values = [];
        }
        else if (n === 0 || WIDTH[dtype])
            t.values = new Array(n).fill(0);
        return t;
    }
    list(f) {
        const l = { kind: 'list', s: [], i: [], f: [], type: [], shape: [], func: [] };
        for (const g of this.sub(f, 'AttrValue.list')) {
            switch (g.no) {
                case 2:
                    l.s.push(this.r.string(g, 'ListValue.s'));
                    break;
                case 3:
                    this.r.ints(g, 'ListValue.i', l.i, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.listValues);
                    break;
                case 4:
                    this.r.floats(g, 'ListValue.f', l.f, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.listValues);
                    break;
                case 6:
                    this.r.ints(g, 'ListValue.type', l.type, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.listValues);
                    break;
                case 7:
                    l.shape.push(this.shape(g));
                    break;
                case 9:
                    l.func.push(this.funcName(g));
                    break;
                default: break;
            }
        }
        this.count(l.s.length + l.i.length + l.f.length + l.type.length + l.shape.length, 'a list attribute');
        return l;
    }
    funcName(f) {
        for (const g of this.sub(f, 'NameAttrList'))
            if (g.no === 1)
                return this.r.string(g, 'NameAttrList.name');
        return '';
    }
    attr(f) {
        let v;
        for (const g of this.sub(f, 'AttrValue')) {
            switch (g.no) {
                case 1:
                    v = this.list(g);
                    break;
                case 2:
                    v = { kind: 's', s: this.r.string(g, 'AttrValue.s') };
                    break;
                case 3:
                    v = { kind: 'i', i: this.int(g, 'AttrValue.i') };
                    break;
                case 4:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .I32 */ .jP, 'AttrValue.f');
                    v = { kind: 'f', f: this.r.float32(g.start) };
                    break;
                case 5:
                    v = { kind: 'b', b: this.int(g, 'AttrValue.b') !== 0 };
                    break;
                case 6:
                    v = { kind: 'type', type: this.int(g, 'AttrValue.type') };
                    break;
                case 7:
                    v = { kind: 'shape', dims: this.shape(g) };
                    break;
                case 8:
                    v = { kind: 'tensor', tensor: this.tensor(g) };
                    break;
                case 10:
                    v = { kind: 'func', name: this.funcName(g) };
                    break;
                default: break;
            }
        }
        return v;
    }
    /** A map<string, AttrValue> entry. */
    attrEntry(f, into) {
        let key = '';
        let value;
        for (const g of this.sub(f, 'attr entry')) {
            if (g.no === 1)
                key = this.r.string(g, 'attr key');
            else if (g.no === 2)
                value = this.attr(g);
        }
        if (value)
            into.set(key, value);
        if (into.size > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.attrs)
            this.r.fail(`a node has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.attrs} attributes`);
    }
    node(f) {
        const n = { name: '', op: '', inputs: [], attrs: new Map() };
        for (const g of this.sub(f, 'NodeDef')) {
            switch (g.no) {
                case 1:
                    n.name = this.r.string(g, 'NodeDef.name');
                    break;
                case 2:
                    n.op = this.r.string(g, 'NodeDef.op');
                    break;
                case 3: {
                    const s = this.r.string(g, 'NodeDef.input');
                    if (!s.startsWith('^'))
                        n.inputs.push(s);
                    if (n.inputs.length > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inputs)
                        this.r.fail(`node "${n.name}" has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inputs} inputs`);
                    break;
                }
                case 5:
                    this.attrEntry(g, n.attrs);
                    break;
                default: break;
            }
        }
        return n;
    }
    argNames(f, into) {
        for (const g of this.sub(f, 'ArgDef'))
            if (g.no === 1)
                into.push(this.r.string(g, 'ArgDef.name'));
    }
    /** FunctionDef: signature (OpDef), node_def, ret, arg_attr (the args' _output_shapes). */
    fn(f) {
        const fn = { name: '', inputs: [], outputs: [], nodes: [], ret: new Map(), argShapes: [] };
        const argAttrs = new Map();
        for (const g of this.sub(f, 'FunctionDef')) {
            switch (g.no) {
                case 1:
                    for (const h of this.sub(g, 'OpDef')) {
                        if (h.no === 1)
                            fn.name = this.r.string(h, 'OpDef.name');
                        else if (h.no === 2)
                            this.argNames(h, fn.inputs);
                        else if (h.no === 3)
                            this.argNames(h, fn.outputs);
                    }
                    break;
                case 3:
                    if (fn.nodes.length >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.nodes)
                        this.r.fail(`a function has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.nodes} nodes`);
                    fn.nodes.push(this.node(g));
                    break;
                case 4: {
                    let k = '';
                    let v = '';
                    for (const h of this.sub(g, 'ret entry')) {
                        if (h.no === 1)
                            k = this.r.string(h, 'ret key');
                        else if (h.no === 2)
                            v = this.r.string(h, 'ret value');
                    }
                    fn.ret.set(k, v);
                    break;
                }
                case 7: {
                    let idx = 0;
                    const attrs = new Map();
                    for (const h of this.sub(g, 'arg_attr entry')) {
                        if (h.no === 1)
                            idx = this.int(h, 'arg index');
                        else if (h.no === 2)
                            for (const a of this.sub(h, 'ArgAttrs'))
                                if (a.no === 1)
                                    this.attrEntry(a, attrs);
                    }
                    argAttrs.set(idx, attrs);
                    break;
                }
                default: break;
            }
        }
        fn.argShapes = fn.inputs.map((_, i) => {
            const s = argAttrs.get(i)?.get('_output_shapes');
            return s?.kind === 'list' ? s.shape[0] : undefined;
        });
        return fn;
    }
    signature(f) {
        const sig = { key: '', inputs: [], outputs: [] };
        for (const g of this.sub(f, 'signature_def entry')) {
            if (g.no === 1)
                sig.key = this.r.string(g, 'signature key');
            else if (g.no === 2) {
                for (const h of this.sub(g, 'SignatureDef')) {
                    if (h.no !== 1 && h.no !== 2)
                        continue;
                    let key = '';
                    let tensor = '';
                    let dims;
                    for (const e of this.sub(h, 'TensorInfo entry')) {
                        if (e.no === 1)
                            key = this.r.string(e, 'TensorInfo key');
                        else if (e.no === 2) {
                            for (const t of this.sub(e, 'TensorInfo')) {
                                if (t.no === 1)
                                    tensor = this.r.string(t, 'TensorInfo.name');
                                else if (t.no === 3)
                                    dims = this.shape(t);
                            }
                        }
                    }
                    if (h.no === 1)
                        sig.inputs.push(dims ? { key, tensor, dims } : { key, tensor });
                    else
                        sig.outputs.push({ key, tensor });
                }
            }
        }
        return sig;
    }
}
async function graphDef(d, f) {
    const g = { nodes: [], functions: new Map() };
    const r = d.r;
    const libraries = [];
    // `scan` may call the visitor twice for a field that ran short: nothing is committed
    // before the node is whole.
    await r.scan(f.start, f.end, 'GraphDef', (h) => {
        if (h.no === 1) {
            const n = d.node(h);
            if (g.nodes.length >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.nodes)
                r.fail(`the graph has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.nodes} nodes`);
            g.nodes.push(n);
        }
        else if (h.no === 2) {
            (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .expectWire */ .vt)(r, h, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL, 'GraphDef.library');
            libraries.push(h);
        }
    });
    for (const lib of libraries) {
        await r.scan(lib.start, lib.end, 'FunctionDefLibrary', (h) => {
            if (h.no !== 1)
                return;
            const fn = d.fn(h);
            if (g.functions.size >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.functions)
                r.fail(`the library has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.functions} functions`);
            g.functions.set(fn.name, fn);
        });
    }
    return g;
}
/** The MetaGraphDef tagged `serve` (or the only one). */
async function readSavedModel(r) {
    const d = new Decoder(r);
    const metas = [];
    await r.scan(0, r.size, 'SavedModel', (f) => {
        if (f.no === 2) {
            (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .expectWire */ .vt)(r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL, 'SavedModel.meta_graphs');
            metas.push(f);
        }
    });
    if (metas.length === 0)
        r.fail('not a SavedModel: no MetaGraphDef');
    let chosen;
    for (const m of metas) {
        const info = { tags: [], graph: undefined, sigs: [] };
        await r.scan(m.start, m.end, 'MetaGraphDef', (f) => {
            if (f.no === 1) {
                for (const g of r.fields(f.start, f.end, 'MetaInfoDef'))
                    if (g.no === 4)
                        info.tags.push(r.string(g, 'MetaInfoDef.tags'));
            }
            else if (f.no === 2)
                info.graph = f;
            else if (f.no === 5)
                info.sigs.push(f);
        });
        if (!chosen || info.tags.includes('serve'))
            chosen = info;
        if (info.tags.includes('serve'))
            break;
    }
    if (!chosen?.graph)
        return r.fail('the SavedModel has no graph');
    const graph = await graphDef(d, chosen.graph);
    const signatures = [];
    for (const s of chosen.sigs)
        signatures.push(await r.run(s.end, () => d.signature(s)));
    return { tags: chosen.tags, graph, signatures };
}
/**
 * A serialized NodeDef on its own (a TFLite Flex op carries one), decoded with the same
 * rules.
 */
function nodeFromBytes(r, start, end) {
    const d = new Decoder(r);
    return d.node({ no: 1, wire: _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL, start, end, value: end - start, signed: end - start });
}


/***/ }),

/***/ 3471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ TF_DTYPES),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   lr: () => (/* binding */ TF_DTYPE_NAMES)
/* harmony export */ });
/**
 * A TensorFlow graph as flopgate holds it, whichever file it came from: a SavedModel's
 * GraphDef and function library (protobuf), or a TF.js graph model's (protobuf as JSON).
 * Types only, and the bounds on them.
 */
/** TF's DataType enum, as the core's element types. */
const TF_DTYPES = {
    1: 'float32', 2: 'float64', 3: 'int32', 4: 'uint8', 5: 'int16', 6: 'int8', 7: 'string', 8: 'complex64', 9: 'int64', 10: 'bool',
    11: 'int8', 12: 'uint8', 13: 'int32', 14: 'bfloat16', 15: 'int16', 16: 'uint16', 17: 'uint16', 18: 'complex128', 19: 'float16',
    20: 'unknown', 21: 'unknown', 22: 'uint32', 23: 'uint64',
};
/** DataType names (the JSON form writes "DT_FLOAT"). */
const TF_DTYPE_NAMES = {
    DT_FLOAT: 1, DT_DOUBLE: 2, DT_INT32: 3, DT_UINT8: 4, DT_INT16: 5, DT_INT8: 6, DT_STRING: 7, DT_COMPLEX64: 8, DT_INT64: 9, DT_BOOL: 10,
    DT_QINT8: 11, DT_QUINT8: 12, DT_QINT32: 13, DT_BFLOAT16: 14, DT_QINT16: 15, DT_QUINT16: 16, DT_UINT16: 17, DT_COMPLEX128: 18, DT_HALF: 19,
    DT_RESOURCE: 20, DT_VARIANT: 21, DT_UINT32: 22, DT_UINT64: 23,
};
const LIMITS = {
    nodes: 1_000_000,
    functions: 100_000,
    inputs: 100_000,
    attrs: 10_000,
    listValues: 1_000_000,
    rank: 64,
    /** Constant values decoded with their node (shape data); larger ones stay unread. */
    inlineValues: 1024,
    /** Function calls nested deeper than this are a fault (or a cycle). */
    callDepth: 64,
};


/***/ }),

/***/ 5315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readManifest),
/* harmony export */   n: () => (/* binding */ readWeightValues)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * A TF.js graph model's weightsManifest: where each constant lies in the shards. The
 * converter writes each group's entries one after another, raw little-endian, no padding,
 * and splits the stream into shard files; so an entry's offset is the byte size of the
 * entries before it in its group. Only the small integer constants shapes and loop bounds
 * need are read, each at its offset; float weights are only shaped.
 */

const DTYPES = {
    float32: { dtype: 'float32', width: 4 }, int32: { dtype: 'int32', width: 4 }, bool: { dtype: 'bool', width: 1 },
    complex64: { dtype: 'complex64', width: 8 }, string: { dtype: 'string', width: 0 },
};
const QUANT_WIDTH = { uint8: 1, int8: 1, uint16: 2, float16: 2 };
const MAX_ENTRIES = 1_000_000;
function readManifest(m, file) {
    const fail = (msg) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${file}: weightsManifest: ${msg}`);
    };
    const entries = new Map();
    const groups = [];
    if (m === undefined)
        return { entries, groups };
    if (!Array.isArray(m))
        fail('is not a list of groups');
    m.forEach((g, gi) => {
        if (typeof g !== 'object' || g === null)
            fail(`group ${gi} is not an object`);
        const { paths, weights } = g;
        if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string'))
            fail(`group ${gi} has no list of paths`);
        if (!Array.isArray(weights))
            fail(`group ${gi} has no list of weights`);
        groups.push(paths);
        let offset = 0;
        for (const w of weights) {
            if (entries.size >= MAX_ENTRIES)
                fail(`more than ${MAX_ENTRIES} weights`);
            const e = w;
            if (typeof e.name !== 'string' || !Array.isArray(e.shape) || !e.shape.every((d) => Number.isSafeInteger(d) && d >= 0) || e.shape.length > 64)
                fail(`an entry has no name or a bad shape`);
            const t = DTYPES[String(e.dtype)];
            if (!t)
                fail(`weight "${e.name}" has dtype ${String(e.dtype)}`);
            const n = e.shape.reduce((a, b) => a * b, 1);
            const qw = e.quantization ? QUANT_WIDTH[String(e.quantization.dtype)] : undefined;
            const width = qw ?? t.width;
            const bytes = width ? n * width : undefined;
            entries.set(e.name, {
                name: e.name, shape: e.shape, dtype: t.dtype, group: gi,
                ...(offset !== undefined ? { offset } : {}), ...(bytes !== undefined ? { bytes } : {}),
                ...(e.quantization ? { quantized: String(e.quantization.dtype) } : {}),
            });
            offset = offset === undefined || bytes === undefined ? undefined : offset + bytes;
        }
    });
    return { entries, groups };
}
/** Reads `e`'s values (int32 or float32, at most `max` elements) from its group's shards. */
async function readWeightValues(man, e, files, file, max) {
    const n = e.shape.reduce((a, b) => a * b, 1);
    if (n > max || e.offset === undefined || e.bytes === undefined || e.quantized || (e.dtype !== 'int32' && e.dtype !== 'float32' && e.dtype !== 'bool'))
        return undefined;
    if (!files)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${file}: the value of constant "${e.name}" is in the weight shards, which cannot be read from here`);
    const out = new Uint8Array(e.bytes);
    let at = 0;
    let shardStart = 0;
    for (const path of man.groups[e.group]) {
        if (at >= e.bytes)
            break;
        const src = await files.open(path);
        if (!src)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${files.label(path)}: the weight shard is missing (model.json lists it)`);
        const shardEnd = shardStart + src.size;
        const want = e.offset + at;
        if (want < shardEnd) {
            const take = Math.min(e.bytes - at, shardEnd - want);
            out.set(await src.read(want - shardStart, take), at);
            at += take;
        }
        shardStart = shardEnd;
    }
    if (at < e.bytes)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${file}: truncated weights: "${e.name}" needs bytes up to ${e.offset + e.bytes} of its group, the shards hold ${shardStart}`);
    const d = new DataView(out.buffer);
    const vals = [];
    for (let i = 0; i < n; i++)
        vals.push(e.dtype === 'int32' ? d.getInt32(4 * i, true) : e.dtype === 'float32' ? d.getFloat32(4 * i, true) : d.getUint8(i));
    return vals;
}


/***/ }),

/***/ 4283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ LIMITS)
/* harmony export */ });
/** Bounds on what an untrusted file may make flopgate hold; real models stay far below. */
const LIMITS = {
    subgraphs: 10_000,
    operatorCodes: 100_000,
    tensors: 1_000_000,
    operators: 1_000_000,
    buffers: 1_000_000,
    rank: 64,
    /** Inputs or outputs of one operator. */
    operands: 100_000,
    /** A Flex op's options: a TF op name and its NodeDef. */
    customOptions: 1 << 20,
    /** A buffer read for its values (a shape, an axis, a loop bound). */
    valueBytes: 1 << 20,
};


/***/ }),

/***/ 7407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ MODEL),
/* harmony export */   AG: () => (/* binding */ TENSOR_TYPES),
/* harmony export */   FP: () => (/* binding */ SUBGRAPH),
/* harmony export */   Q4: () => (/* binding */ CUSTOM),
/* harmony export */   Ql: () => (/* binding */ TENSOR),
/* harmony export */   VP: () => (/* binding */ BUILTIN_NAMES),
/* harmony export */   Wp: () => (/* binding */ FUSED_ACTIVATIONS),
/* harmony export */   ZD: () => (/* binding */ BUFFER),
/* harmony export */   eK: () => (/* binding */ QUANTIZATION),
/* harmony export */   pC: () => (/* binding */ OPERATOR),
/* harmony export */   s8: () => (/* binding */ TENSOR_TYPE_NAMES),
/* harmony export */   zK: () => (/* binding */ OPERATOR_CODE)
/* harmony export */ });
/* unused harmony export PLACEHOLDER_FOR_GREATER_OP_CODES */
const MODEL = { version: 0, operatorCodes: 1, subgraphs: 2, description: 3, buffers: 4, signatureDefs: 7 };
const OPERATOR_CODE = { deprecatedBuiltinCode: 0, customCode: 1, version: 2, builtinCode: 3 };
const SUBGRAPH = { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 };
const TENSOR = { shape: 0, type: 1, buffer: 2, name: 3, quantization: 4, isVariable: 5, sparsity: 6, shapeSignature: 7 };
const QUANTIZATION = { min: 0, max: 1, scale: 2, zeroPoint: 3, quantizedDimension: 6 };
const OPERATOR = { opcodeIndex: 0, inputs: 1, outputs: 2, builtinOptionsType: 3, builtinOptions: 4, customOptions: 5, largeCustomOptionsOffset: 9, largeCustomOptionsSize: 10 };
const BUFFER = { data: 0, offset: 1, size: 2 };
/** TensorType, in the core's element types. */
const TENSOR_TYPES = [
    'float32', 'float16', 'int32', 'uint8', 'int64', 'string', 'bool', 'int16', 'complex64', 'int8',
    'float64', 'complex128', 'uint64', 'unknown' /* RESOURCE */, 'unknown' /* VARIANT */, 'uint32', 'uint16', 'int4', 'bfloat16',
];
const TENSOR_TYPE_NAMES = [
    'FLOAT32', 'FLOAT16', 'INT32', 'UINT8', 'INT64', 'STRING', 'BOOL', 'INT16', 'COMPLEX64', 'INT8',
    'FLOAT64', 'COMPLEX128', 'UINT64', 'RESOURCE', 'VARIANT', 'UINT32', 'UINT16', 'INT4', 'BFLOAT16',
];
/** BuiltinOperator, by code (schema.fbs order; 127 is the placeholder for larger codes). */
const BUILTIN_NAMES = [
    'ADD', 'AVERAGE_POOL_2D', 'CONCATENATION', 'CONV_2D', 'DEPTHWISE_CONV_2D', 'DEPTH_TO_SPACE', 'DEQUANTIZE', 'EMBEDDING_LOOKUP', 'FLOOR', 'FULLY_CONNECTED',
    'HASHTABLE_LOOKUP', 'L2_NORMALIZATION', 'L2_POOL_2D', 'LOCAL_RESPONSE_NORMALIZATION', 'LOGISTIC', 'LSH_PROJECTION', 'LSTM', 'MAX_POOL_2D', 'MUL', 'RELU',
    'RELU_N1_TO_1', 'RELU6', 'RESHAPE', 'RESIZE_BILINEAR', 'RNN', 'SOFTMAX', 'SPACE_TO_DEPTH', 'SVDF', 'TANH', 'CONCAT_EMBEDDINGS',
    'SKIP_GRAM', 'CALL', 'CUSTOM', 'EMBEDDING_LOOKUP_SPARSE', 'PAD', 'UNIDIRECTIONAL_SEQUENCE_RNN', 'GATHER', 'BATCH_TO_SPACE_ND', 'SPACE_TO_BATCH_ND', 'TRANSPOSE',
    'MEAN', 'SUB', 'DIV', 'SQUEEZE', 'UNIDIRECTIONAL_SEQUENCE_LSTM', 'STRIDED_SLICE', 'BIDIRECTIONAL_SEQUENCE_RNN', 'EXP', 'TOPK_V2', 'SPLIT',
    'LOG_SOFTMAX', 'DELEGATE', 'BIDIRECTIONAL_SEQUENCE_LSTM', 'CAST', 'PRELU', 'MAXIMUM', 'ARG_MAX', 'MINIMUM', 'LESS', 'NEG',
    'PADV2', 'GREATER', 'GREATER_EQUAL', 'LESS_EQUAL', 'SELECT', 'SLICE', 'SIN', 'TRANSPOSE_CONV', 'SPARSE_TO_DENSE', 'TILE',
    'EXPAND_DIMS', 'EQUAL', 'NOT_EQUAL', 'LOG', 'SUM', 'SQRT', 'RSQRT', 'SHAPE', 'POW', 'ARG_MIN',
    'FAKE_QUANT', 'REDUCE_PROD', 'REDUCE_MAX', 'PACK', 'LOGICAL_OR', 'ONE_HOT', 'LOGICAL_AND', 'LOGICAL_NOT', 'UNPACK', 'REDUCE_MIN',
    'FLOOR_DIV', 'REDUCE_ANY', 'SQUARE', 'ZEROS_LIKE', 'FILL', 'FLOOR_MOD', 'RANGE', 'RESIZE_NEAREST_NEIGHBOR', 'LEAKY_RELU', 'SQUARED_DIFFERENCE',
    'MIRROR_PAD', 'ABS', 'SPLIT_V', 'UNIQUE', 'CEIL', 'REVERSE_V2', 'ADD_N', 'GATHER_ND', 'COS', 'WHERE',
    'RANK', 'ELU', 'REVERSE_SEQUENCE', 'MATRIX_DIAG', 'QUANTIZE', 'MATRIX_SET_DIAG', 'ROUND', 'HARD_SWISH', 'IF', 'WHILE',
    'NON_MAX_SUPPRESSION_V4', 'NON_MAX_SUPPRESSION_V5', 'SCATTER_ND', 'SELECT_V2', 'DENSIFY', 'SEGMENT_SUM', 'BATCH_MATMUL', 'PLACEHOLDER_FOR_GREATER_OP_CODES', 'CUMSUM', 'CALL_ONCE',
    'BROADCAST_TO', 'RFFT2D', 'CONV_3D', 'IMAG', 'REAL', 'COMPLEX_ABS', 'HASHTABLE', 'HASHTABLE_FIND', 'HASHTABLE_IMPORT', 'HASHTABLE_SIZE',
    'REDUCE_ALL', 'CONV_3D_TRANSPOSE', 'VAR_HANDLE', 'READ_VARIABLE', 'ASSIGN_VARIABLE', 'BROADCAST_ARGS', 'RANDOM_STANDARD_NORMAL', 'BUCKETIZE', 'RANDOM_UNIFORM', 'MULTINOMIAL',
    'GELU', 'DYNAMIC_UPDATE_SLICE', 'RELU_0_TO_1', 'UNSORTED_SEGMENT_PROD', 'UNSORTED_SEGMENT_MAX', 'UNSORTED_SEGMENT_SUM', 'ATAN2', 'UNSORTED_SEGMENT_MIN', 'SIGN', 'BITCAST',
    'BITWISE_XOR', 'RIGHT_SHIFT',
];
const CUSTOM = 32;
const PLACEHOLDER_FOR_GREATER_OP_CODES = 127;
/** ActivationFunctionType, as the core's activation names (SIGN_BIT has none). */
const FUSED_ACTIVATIONS = ['linear', 'relu', 'relu_n1_to_1', 'relu6', 'tanh', 'sign_bit'];


/***/ })

};
