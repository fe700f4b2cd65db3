export const id = 481;
export const ids = [481];
export const modules = {

/***/ 3363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ph: () => (/* binding */ scaleCounts),
/* harmony export */   QV: () => (/* binding */ perElement),
/* harmony export */   c5: () => (/* binding */ addCounts),
/* harmony export */   lW: () => (/* binding */ big)
/* harmony export */ });
/* unused harmony exports OPS, sumCounts, isZero */
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

/***/ 9648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ result)
/* harmony export */ });
function result(outputs, counts = {}, params = 0n, trainable) {
    return trainable === undefined ? { outputs, counts, params } : { outputs, counts, params, trainable };
}


/***/ }),

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ ACTIVATIONS),
/* harmony export */   Pq: () => (/* binding */ elu),
/* harmony export */   Y1: () => (/* binding */ erf),
/* harmony export */   nF: () => (/* binding */ activationCounts),
/* harmony export */   nx: () => (/* binding */ isActivation),
/* harmony export */   tg: () => (/* binding */ activation)
/* harmony export */ });
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _op_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9648);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7298);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1134);
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
function activationCounts(name, elements) {
    if (!isActivation(name))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`unknown activation "${name}"`);
    if (name === 'sparsemax')
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)('sparsemax needs its axis: it is applied to a tensor, not to a count of elements');
    return (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .perElement */ .QV)(ACTIVATIONS[name], elements);
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
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxis */ .GD)(axis, shape.length);
    const len = shape[a];
    const inner = (0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(shape.slice(a + 1));
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
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxis */ .GD)(axis, Math.max(rank, 1));
    const samples = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(rank ? x.shape[0] : 1);
    const counts = {};
    if ((name === 'softmax' || name === 'log_softmax') && rank > 0 && a !== rank - 1) {
        counts.shape = samples * (axis < 0 ? 3n : 2n);
    }
    if (name === 'sparsemax' && rank > 0) {
        const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape));
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
        const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxis */ .GD)(axis, x.shape.length);
        const d = x.shape[a];
        if (d % 2 !== 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`glu needs an even axis ${a}, got ${d}`);
        const out = x.shape.map((v, i) => (i === a ? d / 2 : v));
        return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(out, x.dtype)], activationCounts(name, BigInt((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(out))));
    }
    if (!isActivation(name))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`unknown activation "${name}"`);
    const counts = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)((0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .perElement */ .QV)(ACTIVATIONS[name], BigInt((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape))), axisCounts(name, x, axis));
    let values;
    if (x.values) {
        if (name === 'softmax' || name === 'log_softmax')
            values = x.shape.length ? foldSoftmax(x.values, x.shape, axis, name === 'log_softmax') : undefined;
        else {
            const f = FOLDS[name];
            values = f ? x.values.map((v) => f(v, params)) : undefined;
        }
    }
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype, values)], counts);
}
/**
 * ELU with `alpha`: TF's Elu kernel is alpha = 1; another alpha scales the negative side
 * (Keras: where(x > 0, x, alpha * elu(x))), a comparison and a multiplication per element more.
 */
function elu(x, alpha) {
    const r = activation('elu', x, -1, { alpha });
    if (alpha !== 1) {
        const n = BigInt((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape));
        r.counts.compare = (r.counts.compare ?? 0n) + n;
        r.counts.mul = (r.counts.mul ?? 0n) + n;
    }
    return r;
}


/***/ }),

/***/ 6116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ adaptivePool),
/* harmony export */   Ix: () => (/* binding */ windowed),
/* harmony export */   aH: () => (/* binding */ layoutOf),
/* harmony export */   dz: () => (/* binding */ pool),
/* harmony export */   fT: () => (/* binding */ assemble),
/* harmony export */   iE: () => (/* binding */ globalPool),
/* harmony export */   md: () => (/* binding */ convTranspose),
/* harmony export */   xT: () => (/* binding */ conv)
/* harmony export */ });
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _op_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9648);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1134);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11);
/** Convolutions and pooling: sliding windows over the spatial axes of a batch-first tensor. */





/** `x` read as [batch, spatial..., channels] (channels last) or [batch, channels, spatial...]. */
function layoutOf(x, spatialRank, channelsLast) {
    if (x.length !== spatialRank + 2) {
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`expects an input of rank ${spatialRank + 2} (batch, ${spatialRank} spatial dimension${spatialRank > 1 ? 's' : ''} and channels), got shape ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(x)}`);
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`window attributes do not match ${n} spatial dimension${n === 1 ? '' : 's'}`);
    }
    return spatial.map((len, i) => (typeof w.pads === 'string' ? (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .padsFor */ .GF)(w.pads, len, w.kernel[i], w.strides[i], dil[i]) : w.pads[i]));
}
/** Output lengths of the windows over `spatial`. */
function windowed(spatial, w) {
    const pads = axisPads(spatial, w);
    const dil = w.dilations ?? spatial.map(() => 1);
    return spatial.map((len, i) => (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .windowOutput */ .A3)(len, { kernel: w.kernel[i], stride: w.strides[i], dilation: dil[i], pads: pads[i], ceil: w.ceil }));
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`groups ${groups} must divide both the ${channels} input channels and the ${filters} filters`);
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
    const perOutput = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(l.channels / s.groups, (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(s.kernel));
    const macs = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(out)) * perOutput;
    const rank = s.kernel.length;
    const depthwise = s.depthwise === true && s.groups === l.channels && rank <= 2;
    const xla = (s.groups > 1 && !depthwise) || (rank === 3 && s.tfDataFormat === 'channels_first');
    const counts = xla ? { mac_uncounted: macs } : { mac: macs };
    if (s.bias)
        counts[xla ? 'bias_uncounted' : 'bias'] = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(out));
    if (!xla && (s.dilations ?? []).some((d) => d > 1)) {
        const padding = (spaceToBatchGrid(l.spatial, s) - (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(outSpatial))) * (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(l.batch, s.filters) * perOutput;
        if (padding > 0n)
            counts.mac_padding = padding;
    }
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype)], counts, perOutput * BigInt(s.filters) + (s.bias ? BigInt(s.filters) : 0n));
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`output shape ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(s.outSpatial)} does not fit ${l.spatial.length} spatial dimensions`);
    if (s.strides.length !== l.spatial.length)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`strides ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(s.strides)} do not fit ${l.spatial.length} spatial dimensions`);
    const out = assemble(l, s.outSpatial, s.filters);
    const weights = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(s.kernel), l.channels, s.filters / s.groups);
    const counts = { mac_uncounted: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(l.batch, (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(l.spatial)) * weights };
    if (s.kernel.length <= 2 && s.groups === 1 && s.tfDataFormat !== 'channels_first') {
        counts.deconv_estimate = (2n * (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(out), (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(s.kernel), l.channels)) / (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(...s.strides);
    }
    if (s.bias)
        counts.bias = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(out));
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype)], counts, weights + (s.bias ? BigInt(s.filters) : 0n));
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
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype)], { [op]: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(out), (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(s.kernel)) });
}
/**
 * Global pooling over every spatial axis: an average is a mean over the input elements, a
 * maximum a max reduction (one per input element); `keepdims` keeps the axes as size 1.
 */
function globalPool(kind, x, spatialRank, channelsLast, keepdims) {
    const l = layoutOf(x.shape, spatialRank, channelsLast);
    const out = keepdims ? assemble(l, l.spatial.map(() => 1), l.channels) : [l.batch, l.channels];
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype)], { [kind === 'max' ? 'reduce_max' : 'mean']: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(x.shape)) });
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
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`output size must be a positive integer up to 2^24, got ${o}`);
        let sum = 0;
        for (let j = 0; j < o; j++)
            sum += Math.min(Math.ceil(((j + 1) * n) / o), n) - Math.min(Math.floor((j * n) / o), n - 1);
        covered *= BigInt(sum);
    });
    const counts = { pool_uncounted: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(l.batch, l.channels) * covered, index: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(l.batch, 9, outSize.reduce((a, b) => a + b, 0)) };
    if (outSize.length <= 2) {
        // Axis i pools a tensor whose earlier axes are already gathered to their output sizes.
        let gather = 0n;
        l.spatial.forEach((n, i) => {
            const small = Math.ceil(n / outSize[i]);
            const windows = BigInt(small * (n - small + 1) + (small + 1) * Math.max(n - small, 0));
            const others = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(...outSize.slice(0, i), ...l.spatial.slice(i + 1));
            gather += (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(l.batch, l.channels) * others * windows;
        });
        counts.pool_gather = gather;
    }
    const out = assemble(l, outSize, l.channels);
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype)], counts);
}


/***/ }),

/***/ 9572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Ns: () => (/* binding */ prelu),
/* harmony export */   Oe: () => (/* binding */ variadic),
/* harmony export */   _M: () => (/* binding */ where),
/* harmony export */   aw: () => (/* binding */ binary),
/* harmony export */   gh: () => (/* binding */ unary),
/* harmony export */   wg: () => (/* binding */ cast)
/* harmony export */ });
/* unused harmony exports isBinary, isUnary */
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _op_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9648);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7298);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1134);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4101);
/* harmony import */ var _activation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8770);
/**
 * Element-wise arithmetic with numpy broadcasting: one op per output element, values folded
 * when every input's values are known (graphs compute shapes this way).
 */







const truncDiv = (dtype) => ((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .isFloat */ .dk)(dtype) ? (a, b) => a / b : (a, b) => Math.trunc(a / b));
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
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .mapBroadcast */ ._Y)(out, inputs.map((x) => ({ shape: x.shape, data: x.values })), fn);
}
/**
 * A two-input function, broadcast: `op` once per output element. A power whose exponent is
 * known to be 2 is a square (TF counts its Pow and Square alike); any other power, 0.5
 * included, one `pow` (Keras runs x ** 0.5 as Pow, which TF counts, not as Sqrt, which it
 * does not).
 */
function binary(fn, a, b) {
    const spec = BINARY[fn];
    const out = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .broadcast */ .mq)([a.shape, b.shape]);
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(out));
    let op = spec.op;
    if (fn === 'pow' && b.values?.length === 1 && b.values[0] === 2)
        op = 'square';
    const dtype = spec.bool ? 'bool' : a.dtype;
    const values = fold(out, [a, b], spec.fold?.(a.dtype));
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_6__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(out, dtype, values)], op ? { [op]: n } : {});
}
/**
 * n inputs broadcast and folded pairwise (Keras' Add of three tensors, ONNX Sum/Max/Min/Mean):
 * (n - 1) ops per output element; a mean divides once more per element.
 */
function variadic(fn, xs) {
    if (xs.length === 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)('has no inputs');
    const out = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .broadcast */ .mq)(xs.map((x) => x.shape));
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(out));
    const op = fn === 'mean' ? 'add' : fn;
    const counts = { [op]: BigInt(xs.length - 1) * n };
    if (fn === 'mean')
        (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, { div: n });
    const pair = fn === 'mul' ? (p, q) => p * q : fn === 'max' ? Math.max : fn === 'min' ? Math.min : (p, q) => p + q;
    const values = fold(out, xs, (...v) => {
        let acc = v[0];
        for (let i = 1; i < v.length; i++)
            acc = pair(acc, v[i]);
        return fn === 'mean' ? acc / v.length : acc;
    });
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_6__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(out, xs[0].dtype, values)], counts);
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
    erf: { per: { exp: 1 }, fold: _activation_js__WEBPACK_IMPORTED_MODULE_5__/* .erf */ .Y1 },
    erfc: { per: { exp: 1 }, fold: (x) => 1 - (0,_activation_js__WEBPACK_IMPORTED_MODULE_5__/* .erf */ .Y1)(x) },
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
        if ((0,_activation_js__WEBPACK_IMPORTED_MODULE_5__/* .isActivation */ .nx)(fn) && fn !== 'glu')
            return (0,_activation_js__WEBPACK_IMPORTED_MODULE_5__/* .activation */ .tg)(fn, x);
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`unknown element-wise function "${fn}"`);
    }
    const u = UNARY[fn];
    const fold = u.fold;
    const values = fold && x.values ? x.values.map((v) => fold(v)) : undefined;
    const counts = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .perElement */ .QV)(u.per, (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape)));
    // log2 and log10 divide by the log of their base, a constant TF computes once per graph:
    // counted once per sample, as flopgate counts all per-graph work, so that batch 1 is TF's.
    if (fn === 'log2' || fn === 'log10')
        (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, { log: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(x.shape[0] ?? 1) });
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_6__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, u.bool ? 'bool' : x.dtype, values)], counts);
}
/** clip(x, lo, hi) = min(max(x, lo), hi), as TF's clip_by_value runs it: one op per bound given. */
function clip(x, lo, hi) {
    const shapes = [x.shape, ...(lo ? [lo.shape] : []), ...(hi ? [hi.shape] : [])];
    const out = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .broadcast */ .mq)(shapes);
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(out));
    const counts = {};
    if (lo)
        counts.max = n;
    if (hi)
        counts.min = n;
    const lv = lo?.values?.length === 1 ? lo.values[0] : lo ? undefined : -Infinity;
    const hv = hi?.values?.length === 1 ? hi.values[0] : hi ? undefined : Infinity;
    const values = x.values && lv !== undefined && hv !== undefined && out.length === x.shape.length ? x.values.map((v) => Math.min(Math.max(v, lv), hv)) : undefined;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_6__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(out, x.dtype, values)], counts);
}
/** where(cond, x, y) selects per element: data movement, no arithmetic. */
function where(cond, x, y) {
    const out = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .broadcast */ .mq)([cond.shape, x.shape, y.shape]);
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_6__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(out, x.dtype, fold(out, [cond, x, y], (c, a, b) => (c ? a : b)))]);
}
/**
 * PReLU: relu(x) - alpha * relu(-x), as Keras runs it: two ReLUs, a negation of the input and
 * of alpha, one multiplication and one addition per element. alpha (of `alphaShape`, which
 * broadcasts onto x without its batch axis) is negated once per sample, so that the batch size
 * multiplies it too.
 */
function prelu(x, alphaShape, alphaValues) {
    const out = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .broadcast */ .mq)([x.shape, alphaShape]);
    if (out.join() !== x.shape.join())
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`slope [${alphaShape.join(', ')}] does not broadcast onto [${x.shape.join(', ')}]`);
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape));
    const alpha = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(x.shape[0] ?? 1, (0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(alphaShape.length >= x.shape.length ? alphaShape.slice(1) : alphaShape));
    const values = fold(out, [x, { shape: alphaShape, dtype: x.dtype, values: alphaValues }], (v, a) => (v >= 0 ? v : a * v));
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_6__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype, values)], { relu: 2n * n, neg: n + alpha, mul: n, add: n }, (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(alphaShape)));
}
/** Cast to `to`: free; integer targets truncate toward zero, bool is non-zero. */
function cast(x, to) {
    const integer = !(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .isFloat */ .dk)(to) && to !== 'bool';
    const values = x.values?.map((v) => (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .castValue */ .Lm)(v, integer, to === 'bool'));
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_6__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, to, values)]);
}


/***/ }),

/***/ 4816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ spaceToDepth),
/* harmony export */   Rj: () => (/* binding */ depthToSpace),
/* harmony export */   Vs: () => (/* binding */ tile),
/* harmony export */   fT: () => (/* binding */ expand),
/* harmony export */   iD: () => (/* binding */ unsqueeze),
/* harmony export */   mg: () => (/* binding */ transpose),
/* harmony export */   po: () => (/* binding */ passThrough),
/* harmony export */   r2: () => (/* binding */ squeeze),
/* harmony export */   tQ: () => (/* binding */ reshape),
/* harmony export */   ux: () => (/* binding */ repeat),
/* harmony export */   z2: () => (/* binding */ flatten2d)
/* harmony export */ });
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _op_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9648);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7298);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1134);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4101);
/**
 * Ops that rearrange a tensor without arithmetic (cost 0): the shape changes, the values
 * (when known) follow.
 */






/** Reshape to `target` (one -1 takes what is left; with `zeroCopies` a 0 copies the input's dimension). */
function reshape(x, target, zeroCopies = false) {
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_5__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)((0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .reshapeTarget */ .eg)(x.shape, target, zeroCopies), x.dtype, x.values)]);
}
/** Flatten to 2-D at `axis`: [prod(before), prod(from axis on)]. */
function flatten2d(x, axis) {
    const r = x.shape.length;
    const a = axis < 0 ? axis + r : axis;
    if (!Number.isSafeInteger(a) || a < 0 || a > r)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`axis ${axis} is out of range for rank ${r}`);
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_5__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape.slice(0, a)), (0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape.slice(a))], x.dtype, x.values)]);
}
/** Transpose by `perm` (default: reverse the axes). */
function transpose(x, perm) {
    const p = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .permutation */ .dL)(perm, x.shape.length);
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_5__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(p.map((a) => x.shape[a]), x.dtype, x.values ? (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .transposeData */ .Q9)(x.values, x.shape, p) : undefined)]);
}
function squeeze(x, axes) {
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_5__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)((0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .squeezeShape */ .gx)(x.shape, axes), x.dtype, x.values)]);
}
function unsqueeze(x, axes) {
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_5__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)((0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .unsqueezeShape */ .ZN)(x.shape, axes), x.dtype, x.values)]);
}
/** Broadcast to `shape` (ONNX Expand: the result is the broadcast of both). */
function expand(x, shape) {
    const out = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .broadcast */ .mq)([x.shape, shape]);
    const values = x.values ? (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .mapBroadcast */ ._Y)(out, [{ shape: x.shape, data: x.values }], (v) => v) : undefined;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_5__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(out, x.dtype, values)]);
}
/** numpy tile: repeats align with the trailing axes; a longer list adds leading axes. */
function tile(x, reps) {
    if (reps.some((r) => !Number.isSafeInteger(r) || r < 0))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`repeats ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(reps)} must be non-negative integers`);
    const rank = Math.max(x.shape.length, reps.length);
    const xs = [...Array(rank - x.shape.length).fill(1), ...x.shape];
    const rs = [...Array(rank - reps.length).fill(1), ...reps];
    const out = xs.map((d, i) => d * rs[i]);
    // Tiling repeats coordinates modulo the input's size: a selection along every axis.
    const values = x.values && (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .small */ .EX)(out) ? (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .selectData */ .fd)(x.values, xs, out.map((d, i) => Array.from({ length: d }, (_, k) => k % xs[i]))) : undefined;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_5__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(out, x.dtype, values)]);
}
/**
 * numpy repeat along `axis` (undefined: the flattened tensor): one count, or one per element.
 * tf.repeat of one count tiles and reshapes, the new length computed in the graph as count x
 * length: one scalar Mul (`shape`, once per sample). A list of counts takes TF another path
 * (a sequence mask and a boolean mask), not measured: no ops.
 */
function repeat(x, repeats, axis) {
    const flat = axis === undefined;
    const a = flat ? 0 : (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxis */ .GD)(axis, x.shape.length);
    const base = flat ? [(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape)] : [...x.shape];
    let len;
    if (typeof repeats === 'number') {
        if (!Number.isSafeInteger(repeats) || repeats < 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`repeats ${repeats} must be a non-negative integer`);
        len = base[a] * repeats;
    }
    else {
        if (repeats.length !== base[a] || repeats.some((r) => !Number.isSafeInteger(r) || r < 0))
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`repeats ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(repeats)} must give one count per element of axis ${a}`);
        len = repeats.reduce((p, q) => p + q, 0);
    }
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_5__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(base.map((d, i) => (i === a ? len : d)), x.dtype)], typeof repeats === 'number' ? { shape: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(x.shape[0] ?? 1) } : {});
}
/** DepthToSpace / SpaceToDepth on [N, C, H, W] (or NHWC) with block size b. */
function depthToSpace(x, block, channelsLast = false) {
    const s = x.shape;
    const c = channelsLast ? s[3] : s[1];
    if (s.length !== 4 || !(block >= 1) || c % (block * block) !== 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`block size ${block} does not fit ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(s)}`);
    const out = channelsLast ? [s[0], s[1] * block, s[2] * block, c / (block * block)] : [s[0], c / (block * block), s[2] * block, s[3] * block];
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_5__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(out, x.dtype)]);
}
function spaceToDepth(x, block, channelsLast = false) {
    const s = x.shape;
    const [h, w] = channelsLast ? [s[1], s[2]] : [s[2], s[3]];
    if (s.length !== 4 || !(block >= 1) || h % block !== 0 || w % block !== 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`block size ${block} does not fit ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(s)}`);
    const c = (channelsLast ? s[3] : s[1]) * block * block;
    const out = channelsLast ? [s[0], h / block, w / block, c] : [s[0], c, h / block, w / block];
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_5__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(out, x.dtype)]);
}
/** An op whose output has its input's shape and that does no arithmetic (masks, copies, scatters). */
function passThrough(x, keepValues = false) {
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_5__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype, keepValues ? x.values : undefined)]);
}


/***/ }),

/***/ 3753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G7: () => (/* binding */ batchDot),
  i0: () => (/* binding */ dense),
  _3: () => (/* binding */ einsum),
  vE: () => (/* binding */ gemm),
  DD: () => (/* binding */ matmul),
  hh: () => (/* binding */ tensordot)
});

// UNUSED EXPORTS: tfRunsAsMatMul

// EXTERNAL MODULE: ./src/core/counts.ts
var core_counts = __webpack_require__(3363);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/tensor.ts
var tensor = __webpack_require__(1134);
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
        (0,errors/* fault */.DG)(`einsum term "${term}" has more than one ellipsis`);
    const letters = (s) => {
        for (const c of s)
            if (!LETTER.test(c))
                (0,errors/* fault */.DG)(`einsum term "${term}" has "${c}", which is not a letter`);
        return [...s];
    };
    if (parts.length === 1)
        return letters(parts[0]);
    const named = parts[0].length + parts[1].length;
    const n = rank === undefined ? ellipsisRank : rank - named;
    if (n < 0)
        (0,errors/* fault */.DG)(`einsum ${which} "${term}" has more letters than its operand has dimensions`);
    const dots = Array.from({ length: n }, (_, i) => `.${ellipsisRank - n + i}`);
    return [...letters(parts[0]), ...dots, ...letters(parts[1])];
}
/** Parses `equation` for operands of `shapes` and plans its evaluation. */
function einsumPlan(equation, shapes) {
    const eq = equation.replace(/\s+/g, '');
    if (!eq)
        (0,errors/* fault */.DG)('einsum has no equation');
    const arrow = eq.split('->');
    if (arrow.length > 2)
        (0,errors/* fault */.DG)(`einsum equation "${eq}" has more than one "->"`);
    const [lhs, rhs] = arrow;
    const inTerms = lhs.split(',');
    if (inTerms.length !== shapes.length)
        (0,errors/* fault */.DG)(`einsum equation "${eq}" names ${inTerms.length} operand(s), got ${shapes.length}`);
    let ellipsisRank = 0;
    inTerms.forEach((t, i) => {
        if (t.includes('...'))
            ellipsisRank = Math.max(ellipsisRank, shapes[i].length - t.replace('...', '').length);
    });
    const terms = inTerms.map((t, i) => termLabels(t, shapes[i].length, ellipsisRank, 'term'));
    const sizes = new Map();
    terms.forEach((labels, i) => {
        if (labels.length !== shapes[i].length)
            (0,errors/* fault */.DG)(`einsum term "${inTerms[i]}" does not fit operand ${(0,tensor/* fmt */.Sc)(shapes[i])}`);
        labels.forEach((l, j) => {
            const d = shapes[i][j];
            const seen = sizes.get(l);
            if (seen === undefined || seen === 1)
                sizes.set(l, d);
            else if (d !== seen && d !== 1)
                (0,errors/* fault */.DG)(`einsum label "${l.startsWith('.') ? '...' : l}" has sizes ${seen} and ${d}`);
        });
    });
    let outLabels;
    if (rhs !== undefined) {
        outLabels = termLabels(rhs, undefined, ellipsisRank, 'output');
        if (new Set(outLabels).size !== outLabels.length)
            (0,errors/* fault */.DG)(`einsum output "${rhs}" repeats a label`);
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
            return (0,errors/* fault */.DG)(`einsum output label "${l}" is in no operand`);
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
                (0,core_counts/* addCounts */.c5)(counts, { sum: sizeOf(o, sizes) - sizeOf(keep, sizes) });
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
        (0,core_counts/* addCounts */.c5)(counts, { mac: macs });
        ops = [...ops.filter((_, k) => k !== i && k !== j), result];
    }
    const last = ops[0];
    const kept = new Set([...last].filter((l) => output.has(l)));
    if (kept.size < last.size)
        (0,core_counts/* addCounts */.c5)(counts, { sum: sizeOf(last, sizes) - sizeOf(kept, sizes) });
    return counts;
}

// EXTERNAL MODULE: ./src/core/op.ts
var op = __webpack_require__(9648);
// EXTERNAL MODULE: ./src/core/shape.ts
var shape = __webpack_require__(7298);
// EXTERNAL MODULE: ./src/core/values.ts
var core_values = __webpack_require__(4101);
;// CONCATENATED MODULE: ./src/core/ops/linear.ts
/** Products: matrix multiplication in its forms, and Einstein summation. */







/**
 * numpy matmul: the last two axes multiply, the leading ones broadcast; a vector operand is
 * promoted to a matrix and its axis dropped again. MACs = batch x M x N x K.
 */
function matmul(a, b) {
    if (a.shape.length === 0 || b.shape.length === 0)
        (0,errors/* fault */.DG)('cannot matrix-multiply a scalar');
    const as = a.shape.length === 1 ? [1, a.shape[0]] : a.shape;
    const bs = b.shape.length === 1 ? [b.shape[0], 1] : b.shape;
    const [m, k] = as.slice(-2);
    const [k2, n] = bs.slice(-2);
    if (k !== k2)
        (0,errors/* fault */.DG)(`inner dimensions of ${(0,tensor/* fmt */.Sc)(a.shape)} and ${(0,tensor/* fmt */.Sc)(b.shape)} differ`);
    const lead = (0,shape/* broadcast */.mq)([as.slice(0, -2), bs.slice(0, -2)]);
    const out = [...lead, ...(a.shape.length === 1 ? [] : [m]), ...(b.shape.length === 1 ? [] : [n])];
    const values = a.values && b.values && (0,core_values/* small */.EX)(out) ? foldMatmul(a.values, as, b.values, bs, lead, m, n, k) : undefined;
    return (0,op/* result */.K)([(0,tensor/* tensor */.OE)(out, a.dtype, values)], { mac: (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(lead), m, n, k) });
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
        (0,errors/* fault */.DG)(`Gemm needs 2-D inputs, got ${(0,tensor/* fmt */.Sc)(a.shape)} and ${(0,tensor/* fmt */.Sc)(b.shape)}`);
    const [m, k] = o.transA ? [a.shape[1], a.shape[0]] : a.shape;
    const [k2, n] = o.transB ? [b.shape[1], b.shape[0]] : b.shape;
    if (k !== k2)
        (0,errors/* fault */.DG)(`inner dimensions ${k} and ${k2} of ${(0,tensor/* fmt */.Sc)(a.shape)} and ${(0,tensor/* fmt */.Sc)(b.shape)} differ`);
    const counts = { mac: (0,core_counts/* big */.lW)(m, n, k) };
    if (c && o.beta !== 0) {
        (0,shape/* broadcast */.mq)([[m, n], c.shape]);
        counts.bias = (0,core_counts/* big */.lW)(m, n);
        if (o.beta !== 1)
            (0,core_counts/* addCounts */.c5)(counts, { mul: (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(c.shape)) });
    }
    if (o.alpha !== 1)
        (0,core_counts/* addCounts */.c5)(counts, { mul: (0,core_counts/* big */.lW)(m, n) });
    let values;
    if (a.values && b.values && (0,core_values/* small */.EX)([m, n]) && (!c || c.values)) {
        const at = (v, rows, cols, t) => (i, j) => (t ? v[j * rows + i] : v[i * cols + j]);
        const A = at(a.values, m, k, o.transA);
        const B = at(b.values, k, n, o.transB);
        const C = c?.values ? (0,core_values/* mapBroadcast */._Y)([m, n], [{ shape: c.shape, data: c.values }], (x) => x) : undefined;
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
    return (0,op/* result */.K)([(0,tensor/* tensor */.OE)([m, n], a.dtype, values)], counts);
}
/**
 * A dense (fully connected) layer on the last axis: every leading position (batch included)
 * is one matrix-vector product, rows x in x units MACs, plus one bias addition per output
 * element. Weights in x units (+ units).
 */
function dense(x, units, bias) {
    if (x.shape.length < 2)
        (0,errors/* fault */.DG)(`expects an input of rank 2 or more, got ${(0,tensor/* fmt */.Sc)(x.shape)}`);
    const inDim = x.shape[x.shape.length - 1];
    const rows = (0,tensor/* size */.Ej)(x.shape.slice(0, -1));
    const out = [...x.shape.slice(0, -1), units];
    const counts = { mac: (0,core_counts/* big */.lW)(rows, inDim, units) };
    if (bias)
        counts.bias = (0,core_counts/* big */.lW)(rows, units);
    return (0,op/* result */.K)([(0,tensor/* tensor */.OE)(out, x.dtype)], counts, (0,core_counts/* big */.lW)(inDim, units) + (bias ? (0,core_counts/* big */.lW)(units) : 0n));
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
        (0,errors/* fault */.DG)('einsum has no operands');
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
    return (0,op/* result */.K)([(0,tensor/* tensor */.OE)(plan.out, operands[0].dtype, values)], counts);
}
/** Einsum's values by the definition, for small constants (every combination of labels visited). */
function foldEinsum(plan, data, shapes) {
    const labels = [...plan.sizes.keys()];
    const dims = labels.map((l) => plan.sizes.get(l));
    if ((0,tensor/* size */.Ej)(dims) > 2 ** 20 || !(0,core_values/* small */.EX)(plan.out))
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
        (0,errors/* fault */.DG)(`inputs have different batch sizes ${xs[0]} and ${ys[0]}`);
    if (a === 0 || b === 0)
        (0,errors/* fault */.DG)('cannot take a dot product over the batch axis');
    if (xs[a] !== ys[b])
        (0,errors/* fault */.DG)(`cannot contract axis ${a} (size ${xs[a]}) with axis ${b} (size ${ys[b]})`);
    const xRest = xs.filter((_, i) => i !== a && i !== 0);
    const yRest = ys.filter((_, i) => i !== b && i !== 0);
    let out = [xs[0], ...xRest, ...yRest];
    if (out.length === 1)
        out = [xs[0], 1];
    return (0,op/* result */.K)([(0,tensor/* tensor */.OE)(out, x.dtype)], { mac: (0,core_counts/* big */.lW)(xs[0], (0,tensor/* size */.Ej)(xRest), (0,tensor/* size */.Ej)(yRest), xs[a]) });
}
/**
 * numpy/tf tensordot: axes `ax` of x contract with axes `ay` of y (pairwise, equal sizes); the
 * output is x's other axes then y's. TF reshapes both to matrices and runs one MatMul:
 * MACs = x's other dims x y's other dims x the contracted size.
 */
function tensordot(x, y, ax, ay) {
    if (ax.length !== ay.length)
        (0,errors/* fault */.DG)(`tensordot contracts ${ax.length} axes of x with ${ay.length} of y`);
    const nx = ax.map((a) => (0,shape/* normAxis */.GD)(a, x.shape.length));
    const ny = ay.map((a) => (0,shape/* normAxis */.GD)(a, y.shape.length));
    if (new Set(nx).size !== nx.length || new Set(ny).size !== ny.length)
        (0,errors/* fault */.DG)('tensordot repeats an axis');
    nx.forEach((a, i) => {
        if (x.shape[a] !== y.shape[ny[i]])
            (0,errors/* fault */.DG)(`cannot contract axis ${a} (size ${x.shape[a]}) of ${(0,tensor/* fmt */.Sc)(x.shape)} with axis ${ny[i]} (size ${y.shape[ny[i]]}) of ${(0,tensor/* fmt */.Sc)(y.shape)}`);
    });
    const xFree = x.shape.filter((_, i) => !nx.includes(i));
    const yFree = y.shape.filter((_, i) => !ny.includes(i));
    const k = (0,tensor/* size */.Ej)(nx.map((a) => x.shape[a]));
    return (0,op/* result */.K)([(0,tensor/* tensor */.OE)([...xFree, ...yFree], x.dtype)], { mac: (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(xFree), (0,tensor/* size */.Ej)(yFree), k) });
}


/***/ }),

/***/ 1486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ hardmax),
/* harmony export */   X8: () => (/* binding */ bernoulli),
/* harmony export */   rm: () => (/* binding */ cumSum),
/* harmony export */   rv: () => (/* binding */ topK),
/* harmony export */   yT: () => (/* binding */ det)
/* harmony export */ });
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _op_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9648);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7298);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1134);
/** Selections along an axis, running sums, determinants and random tests. */





/**
 * TopK keeps, per row along `axis`, the k best elements in a sorted list; each element is
 * placed by binary search among the k + 1 slots: ceil(log2(k + 1)) comparisons, so k = 1
 * costs what an arg-max does (about one per element), counted as `sort` (TF's TopKV2 has no
 * statistics). Outputs: values and int64 indices.
 */
function topK(x, axis, k, largest = true) {
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxis */ .GD)(axis, x.shape.length);
    if (!Number.isSafeInteger(k) || k < 0 || k > x.shape[a])
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`k ${k} is out of range for axis ${a} of ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(x.shape)}`);
    const shape = x.shape.map((d, i) => (i === a ? k : d));
    const counts = k > 0 ? { sort: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape), Math.ceil(Math.log2(k + 1))) } : {};
    let values;
    let indices;
    if (x.values) {
        const [v, len, inner] = [x.values, x.shape[a], (0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape.slice(a + 1))];
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
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(shape, x.dtype, values), (0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(shape, 'int64', indices)], counts);
}
/**
 * CumSum: one addition per element along the axis (the first one's to zero included), a
 * `cumsum` (TF's Cumsum has no statistics); `exclusive` leaves each element out of its own
 * sum, `reverse` runs from the end.
 */
function cumSum(x, axis, exclusive = false, reverse = false) {
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxis */ .GD)(axis, x.shape.length);
    let values;
    if (x.values) {
        const [v, len, inner] = [x.values, x.shape[a], (0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape.slice(a + 1))];
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
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype, values)], { cumsum: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape)) });
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`input ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(x.shape)} is not a batch of square matrices`);
    const m = BigInt(x.shape[r - 1]);
    const b = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape.slice(0, -2)));
    const below = (m * (m - 1n)) / 2n;
    const counts = m > 1n ? { mac: (b * (m - 1n) * m * (2n * m - 1n)) / 6n, div: b * below, compare: b * below, mul: b * (m - 1n) } : {};
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape.slice(0, -2), x.dtype)], counts);
}
/** Hardmax: the maximum of each row along the axis (one comparison per element), as a one-hot. */
function hardmax(x) {
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype)], { compare: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape)) });
}
/** Bernoulli: each draw compared with its probability. */
function bernoulli(x, dtype = x.dtype) {
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, dtype)], { compare: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape)) });
}


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ lrn),
/* harmony export */   $v: () => (/* binding */ batchNorm),
/* harmony export */   Cx: () => (/* binding */ groupNorm),
/* harmony export */   K2: () => (/* binding */ layerNorm),
/* harmony export */   Nq: () => (/* binding */ meanVarianceNorm),
/* harmony export */   VV: () => (/* binding */ lpNorm),
/* harmony export */   W9: () => (/* binding */ standardize),
/* harmony export */   nI: () => (/* binding */ rmsNorm)
/* harmony export */ });
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _op_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9648);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7298);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1134);
/**
 * Normalisations. The statistics-based ones are counted as Keras' TF backend computes them at
 * inference (TF's profiler sees every op of that graph), and every format's normalisation of
 * the same kind costs the same.
 */





/** Product of `x`'s dims at `axes`: the size of one set of per-feature weights. */
const featureSize = (x, axes) => (0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)([...new Set(axes)].map((a) => x[a]));
/**
 * Batch normalisation at inference, on the moving statistics, as tf.nn.batch_normalization:
 *   inv = rsqrt(var + eps) * gamma        C adds, C rsqrt, C muls (without scale: no mul)
 *   y = x * inv + (beta - mean * inv)     N muls, N adds, C muls, C subs (without center: C negs)
 * with C the features on `axes` and N the input elements. The per-feature work is counted once
 * per sample (B C), so that the batch size multiplies every figure. Weights: gamma and beta
 * (trainable, when scale / center) and the moving mean and variance: 2C + C per option.
 */
function batchNorm(x, axes, o) {
    const ax = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxes */ .mf)(axes, x.shape.length, true);
    if (ax.includes(0) && x.shape.length > 1)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)('cannot normalise over the batch axis');
    const c = featureSize(x.shape, ax);
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape));
    const bc = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(x.shape[0], c);
    const counts = { add: n + bc, rsqrt: bc, mul: n + bc + (o.scale ? bc : 0n), ...(o.center ? { sub: bc } : { neg: bc }) };
    const trainable = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c) * BigInt(+o.center + +o.scale);
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype)], counts, 2n * (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c) + trainable, trainable);
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
 * rsqrt of the variance: mean 2N, sqdiff N, add rows, rsqrt rows, mul 2N. `firstAxisIsData`:
 * ONNX's axis 0 is a dimension like any other (its shapes are concrete), where Keras' is the
 * batch, which no layer may normalise over.
 */
function layerNorm(x, axes, o) {
    const ax = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxes */ .mf)(axes, x.shape.length, true);
    if (ax.includes(0) && o.firstAxisIsData !== true)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)('cannot normalise over the batch axis');
    const c = featureSize(x.shape, ax);
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape));
    const rows = c === 0 ? 0n : n / (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c);
    const scale = o.scale || o.rms === true;
    const center = o.center && o.rms !== true;
    const counts = o.rms ? { mean: 2n * n, sqdiff: n, add: rows, rsqrt: rows, mul: 2n * n } : momentsNorm(n, rows, n, scale, center);
    const trainable = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c) * BigInt(+scale + +center);
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype)], counts, trainable);
}
/**
 * Group normalisation: the channels on `axis` split into `groups`, statistics per (sample,
 * group); gamma and beta have C weights each and broadcast to batch x C elements. Instance
 * normalisation is groups = C.
 */
function groupNorm(x, groups, axis, o) {
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxis */ .GD)(axis, x.shape.length);
    if (a === 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)('cannot normalise over the batch axis');
    const c = x.shape[a];
    if (!Number.isSafeInteger(groups) || groups < 1 || c % groups !== 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`groups ${groups} must divide the ${c} channels`);
    const counts = momentsNorm((0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape)), (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(x.shape[0], groups), (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(x.shape[0], c), o.scale, o.center);
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype)], counts, (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c) * BigInt(+o.scale + +o.center));
}
/**
 * RMS normalisation (Keras 3): x * rsqrt(mean(x^2) + eps) * scale over `axes`: N squares, a
 * mean over N, one add and one rsqrt per row, two multiplications per element. Weights: the
 * normalised axes' size.
 */
function rmsNorm(x, axes) {
    const ax = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxes */ .mf)(axes, x.shape.length, true);
    if (ax.includes(0))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)('cannot normalise over the batch axis');
    const c = featureSize(x.shape, ax);
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape));
    const rows = c === 0 ? 0n : n / (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c);
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype)], { square: n, mean: n, add: rows, rsqrt: rows, mul: 2n * n }, (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c));
}
/**
 * L2 normalisation over `axes`: x * min(rsqrt(sum(x^2)), 1 / eps), as Keras' normalize(order=2):
 * N squares, a sum reduction, one rsqrt and one min per row, N muls. L1 (order 1): |x|, a sum,
 * one division per element.
 */
function lpNorm(x, axes, p) {
    const ax = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxes */ .mf)(axes, x.shape.length, true);
    const c = featureSize(x.shape, ax);
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape));
    const rows = c === 0 ? 0n : n / (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c);
    const counts = p === 2 ? { square: n, sum: n - rows, rsqrt: rows, min: rows, mul: n } : { max: n, sum: n - rows, div: n };
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype)], counts);
}
/**
 * Normalization (Keras preprocessing): (x - mean) / max(sqrt(variance), eps), or with `invert`
 * mean + x * max(sqrt(variance), eps). The sqrt and max act on the C statistics (counted once
 * per sample), the sub and div (mul and add) on every element. Weights: mean, variance and a
 * count (2C + 1, none trainable) when adapted; none when the config gives mean and variance.
 */
function standardize(x, c, o) {
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape));
    const bc = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(x.shape[0], c);
    const counts = o.invert ? { sqrt: bc, max: bc, mul: n, add: n } : { sqrt: bc, max: bc, sub: n, div: n };
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype)], counts, o.adapted ? 2n * (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c) + 1n : 0n, 0n);
}
/**
 * Local response normalisation (channels on axis 1): per element a sum of `size` squares
 * across channels (size - 1 additions), then the scale, the power and the division.
 */
function lrn(x, windowSize) {
    if (x.shape.length < 2)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`input ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(x.shape)} has no channel dimension`);
    if (!Number.isSafeInteger(windowSize) || windowSize < 1)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)('needs a positive size');
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape));
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype)], { square: n, sum: n * (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(windowSize - 1), mul: 2n * n, add: n, div: n });
}
/** Mean-variance normalisation over `axes`, no learned weights: (x - mean) / sqrt(var). */
function meanVarianceNorm(x, axes) {
    const ax = (0,_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .normAxes */ .mf)(axes, x.shape.length, true);
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape));
    const rows = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .size */ .Ej)(x.shape.filter((_, i) => !ax.includes(i))));
    const counts = { mean: 2n * n, sub: n, square: n, div: n };
    (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, { sqrt: rows, add: rows });
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .tensor */ .OE)(x.shape, x.dtype)], counts);
}


/***/ }),

/***/ 1580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ variance),
/* harmony export */   TS: () => (/* binding */ reduce),
/* harmony export */   VQ: () => (/* binding */ argReduce)
/* harmony export */ });
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);
/* harmony import */ var _op_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9648);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7298);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1134);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4101);
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
const FOLDS = {
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
    const ax = axes === undefined ? all : (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .normAxes */ .mf)(axes, x.shape.length, true);
    const out = keepdims ? x.shape.map((d, i) => (ax.includes(i) ? 1 : d)) : x.shape.filter((_, i) => !ax.includes(i));
    const f = FOLDS[kind];
    const pre = f.pre;
    const post = f.post;
    const folded = x.values ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .reduceData */ .pn)(pre ? x.values.map(pre) : x.values, x.shape, ax, f.acc, f.init, f.mean) : undefined;
    const values = folded && post ? folded.map(post) : folded;
    const dtype = kind === 'any' || kind === 'all' ? 'bool' : x.dtype;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, dtype, values)], reduceCounts(kind, (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(x.shape)), (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(out))));
}
/**
 * ArgMax / ArgMin along one axis: n - m comparisons (the reduction's), an int64 output; the
 * first of equal extremes wins, or the last with `selectLast`.
 */
function argReduce(x, axis, keepdims, min = false, selectLast = false) {
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .normAxis */ .GD)(axis, x.shape.length);
    const out = keepdims ? x.shape.map((d, i) => (i === a ? 1 : d)) : x.shape.filter((_, i) => i !== a);
    let values;
    if (x.values) {
        const len = x.shape[a];
        const inner = (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(x.shape.slice(a + 1));
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
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, 'int64', values)], { compare: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(x.shape)) - (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(out)) });
}
/**
 * Variance over `axes` as tf.math.reduce_variance computes it: the mean (keepdims), x - mean,
 * its square, the mean of that: mean = 2n, sub = n, square = n; the standard deviation
 * (tf.math.reduce_std) adds a square root per output element.
 */
function variance(x, axes, keepdims, std = false) {
    const r = reduce('mean', x, axes, keepdims);
    const n = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(x.shape));
    const m = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(r.outputs[0].shape));
    const counts = { mean: 2n * n, sub: n, square: n, ...(std ? { sqrt: m } : {}) };
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(r.outputs[0].shape, x.dtype)], counts);
}


/***/ }),

/***/ 7730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ upsample),
/* harmony export */   XR: () => (/* binding */ resize),
/* harmony export */   Z$: () => (/* binding */ scaledLength)
/* harmony export */ });
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _op_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9648);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1134);
/* harmony import */ var _conv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6116);
/** Resizing and upsampling of spatial axes. */





/**
 * Resize to `out` (the whole output shape): one interpolation per output element (`resize`),
 * none for nearest neighbour, which copies. tf.image.resize runs the kernel filters, and an
 * antialiased linear or cubic resize, as ScaleAndTranslate, whose scale it first computes as
 * the new height and width over the old: two scalar RealDivs (`shape`, once per sample).
 */
function resize(x, out, mode, antialias = false) {
    if (out.length !== x.shape.length)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`output shape ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(out)} does not fit input ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(x.shape)}`);
    const counts = mode === 'nearest' ? {} : { resize: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(out)) };
    if (mode === 'filter' || (antialias && (mode === 'linear' || mode === 'cubic')))
        counts.shape = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(x.shape[0] ?? 1, 2);
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype)], counts);
}
/** Runtimes multiply in float32: floor(float(d) * scale) decides a scaled size. */
function scaledLength(d, scale) {
    if (!(scale > 0))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`scale ${scale} must be positive`);
    return Math.floor(Math.fround(Math.fround(d) * Math.fround(scale)));
}
/**
 * Keras UpSampling1D/2D/3D: each spatial axis repeated `factors` times. Nearest (the only mode
 * of 1-D and 3-D) repeats values with a tile multiple computed in the graph: one `shape` op per
 * axis and sample; any other interpolation is one interpolation per output element.
 */
function upsample(x, factors, channelsLast, mode) {
    const l = (0,_conv_js__WEBPACK_IMPORTED_MODULE_3__/* .layoutOf */ .aH)(x.shape, factors.length, channelsLast);
    if (factors.some((f) => !Number.isSafeInteger(f) || f < 1))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`upsampling factors ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(factors)} must be positive integers`);
    const out = (0,_conv_js__WEBPACK_IMPORTED_MODULE_3__/* .assemble */ .fT)(l, l.spatial.map((n, i) => n * factors[i]), l.channels);
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype)], mode === 'nearest' ? { shape: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(l.batch, factors.length) } : { resize: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(out)) });
}


/***/ }),

/***/ 4586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   Bc: () => (/* binding */ compress),
/* harmony export */   Mw: () => (/* binding */ oneHot),
/* harmony export */   Nd: () => (/* binding */ gatherElements),
/* harmony export */   SY: () => (/* binding */ gatherND),
/* harmony export */   V2: () => (/* binding */ eyeLike),
/* harmony export */   Ym: () => (/* binding */ stridedSlice),
/* harmony export */   di: () => (/* binding */ slice),
/* harmony export */   eV: () => (/* binding */ pad),
/* harmony export */   ez: () => (/* binding */ nonZero),
/* harmony export */   kg: () => (/* binding */ gather),
/* harmony export */   lD: () => (/* binding */ split),
/* harmony export */   lJ: () => (/* binding */ splitVSizes),
/* harmony export */   pP: () => (/* binding */ evenSplitSizes),
/* harmony export */   t$: () => (/* binding */ stack),
/* harmony export */   xW: () => (/* binding */ concat)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _op_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9648);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7298);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1134);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4101);
/**
 * Ops that pick, join, split or pad data without arithmetic (cost 0), and the ones whose
 * output shape is the number of elements the data selects: exact only when that data is a
 * constant, refused otherwise.
 */





function concat(xs, axis) {
    const out = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .concatShape */ .Ye)(xs.map((x) => x.shape), axis);
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .normAxis */ .GD)(axis, out.length);
    const values = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .small */ .EX)(out) && xs.every((x) => x.values) ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .concatData */ .VC)(xs.map((x) => ({ shape: x.shape, data: x.values })), a) : undefined;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, xs[0].dtype, values)]);
}
/** Stack equal shapes along a new `axis`. */
function stack(xs, axis) {
    if (xs.length === 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)('nothing to stack');
    if (xs.some((s) => s.shape.join() !== xs[0].shape.join()))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)('inputs to stack must have the same shape');
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .normAxis */ .GD)(axis, xs[0].shape.length + 1);
    const out = [...xs[0].shape];
    out.splice(a, 0, xs.length);
    const values = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .small */ .EX)(out) && xs.every((x) => x.values) && a === 0 ? xs.flatMap((x) => x.values) : undefined;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, xs[0].dtype, values)]);
}
/** Split along `axis` into pieces of `sizes` (which must add up to the axis). */
function split(x, axis, sizes) {
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .normAxis */ .GD)(axis, x.shape.length);
    const d = x.shape[a];
    if (sizes.some((s) => !Number.isSafeInteger(s) || s < 0) || sizes.reduce((p, q) => p + q, 0) !== d)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`split sizes ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(sizes)} do not add up to ${d}`);
    let at = 0;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)(sizes.map((s) => {
        const shape = x.shape.map((v, i) => (i === a ? s : v));
        const from = at;
        at += s;
        const picks = x.values ? x.shape.map((v, i) => Array.from({ length: i === a ? s : v }, (_, k) => (i === a ? from + k : k))) : undefined;
        return (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(shape, x.dtype, x.values && picks ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .selectData */ .fd)(x.values, x.shape, picks) : undefined);
    }));
}
/** TF's SplitV sizes: at most one -1, which takes what the others leave of `length`. */
function splitVSizes(length, sizes) {
    const out = [...sizes];
    const rest = out.indexOf(-1);
    if (rest >= 0)
        out[rest] = length - out.reduce((a, b) => (b === -1 ? a : a + b), 0);
    return out;
}
/** Equal pieces (the last one shorter when `ceil`, as ONNX num_outputs allows). */
function evenSplitSizes(length, parts, ceil = false) {
    const chunk = ceil ? Math.ceil(length / parts) : length / parts;
    if (!Number.isInteger(chunk) || parts < 1)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`cannot split ${length} into ${parts} parts`);
    return Array.from({ length: parts }, (_, i) => Math.max(0, Math.min(chunk, length - i * chunk)));
}
/** Strided slices along some axes (each at most once). */
function slice(x, specs, rule) {
    const out = [...x.shape];
    const picks = x.values ? x.shape.map((d) => Array.from({ length: d }, (_, k) => k)) : undefined;
    const seen = new Set();
    for (const s of specs) {
        const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .normAxis */ .GD)(s.axis, x.shape.length);
        if (seen.has(a))
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`axis ${s.axis} is sliced twice`);
        seen.add(a);
        const { first, count } = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .sliceRange */ .kG)(x.shape[a], s.start, s.end, s.step, rule);
        out[a] = count;
        if (picks)
            picks[a] = Array.from({ length: count }, (_, k) => first + k * s.step);
    }
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype, x.values && picks ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .selectData */ .fd)(x.values, x.shape, picks) : undefined)]);
}
/** Take `indices` along `axis`: the indices' shape replaces the axis. */
function gather(x, indices, axis) {
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .normAxis */ .GD)(axis, x.shape.length);
    const out = [...x.shape.slice(0, a), ...indices.shape, ...x.shape.slice(a + 1)];
    let values;
    if (x.values && indices.values && (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .small */ .EX)(out)) {
        const d = x.shape[a];
        const idx = indices.values.map((i) => (i < 0 ? i + d : i));
        if (idx.some((i) => !Number.isSafeInteger(i) || i < 0 || i >= d))
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`index out of range for dimension ${d}`);
        values = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .gatherData */ .kE)(x.values, x.shape, a, idx);
    }
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype, values)]);
}
/** GatherElements: the indices' shape, each index replacing its coordinate along `axis`. */
function gatherElements(x, indices, axis) {
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .normAxis */ .GD)(axis, x.shape.length);
    if (indices.shape.length !== x.shape.length)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`indices ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(indices.shape)} and data ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(x.shape)} differ in rank`);
    let values;
    if (x.values && indices.values) {
        const xs = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .strides */ .$T)(x.shape);
        const is = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .strides */ .$T)(indices.shape);
        const d = x.shape[a];
        values = indices.values.map((raw, i) => {
            const ix = raw < 0 ? raw + d : raw;
            if (!Number.isSafeInteger(ix) || ix < 0 || ix >= d)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`index ${raw} out of range for dimension ${d}`);
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
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(indices.shape, x.dtype, values)]);
}
/** GatherND: indices [..., k] address the first `batchDims` + k axes of x. */
function gatherND(x, indices, batchDims) {
    const ind = indices.shape;
    const last = ind[ind.length - 1];
    if (ind.length < 1 || last === undefined || batchDims + last > x.shape.length)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`indices ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(ind)} do not fit data ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(x.shape)}`);
    const out = [...ind.slice(0, -1), ...x.shape.slice(batchDims + last)];
    let values;
    if (x.values && indices.values && batchDims === 0 && (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .small */ .EX)(out)) {
        const xs = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .strides */ .$T)(x.shape);
        const chunk = (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(x.shape.slice(last));
        values = [];
        for (let t = 0; t < indices.values.length / last; t++) {
            let off = 0;
            for (let k = 0; k < last; k++) {
                const raw = indices.values[t * last + k];
                const ix = raw < 0 ? raw + x.shape[k] : raw;
                if (!Number.isSafeInteger(ix) || ix < 0 || ix >= x.shape[k])
                    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`index ${raw} out of range for dimension ${x.shape[k]}`);
                off += ix * xs[k];
            }
            for (let j = 0; j < chunk; j++)
                values.push(x.values[off + j]);
        }
    }
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype, values)]);
}
/** Pad each axis by (before, after) with `fill` (constant mode); values of a pad are data movement. */
function pad(x, pads, fill = 0) {
    if (pads.length !== x.shape.length)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`pads for ${pads.length} axes do not fit ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(x.shape)}`);
    const out = x.shape.map((d, i) => d + pads[i][0] + pads[i][1]);
    if (out.some((d) => d < 0))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`pads ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(pads.flat())} remove more than ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(x.shape)} holds`);
    let values;
    if (x.values && fill !== undefined && (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .small */ .EX)(out)) {
        const os = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .strides */ .$T)(out);
        const xs = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .strides */ .$T)(x.shape);
        values = new Array((0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(out)).fill(fill);
        for (let i = 0; i < (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(out); i++) {
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
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype, values)]);
}
/** OneHot: a `depth`-long axis inserted at `axis` (default -1) of the indices' shape. */
function oneHot(indices, depth, axis, dtype) {
    if (!Number.isSafeInteger(depth) || depth < 1)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`depth ${depth} must be a positive integer`);
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .normAxis */ .GD)(axis, indices.shape.length + 1);
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)([...indices.shape.slice(0, a), depth, ...indices.shape.slice(a)], dtype)]);
}
/** Ones on diagonal `k` of a 2-D tensor shaped like the input; its values are known. */
function eyeLike(x, k, dtype) {
    if (x.shape.length !== 2)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`input ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(x.shape)} is not 2-D`);
    const [rows, cols] = x.shape;
    const values = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .small */ .EX)(x.shape) ? Array.from({ length: rows * cols }, (_, i) => +(i % cols === Math.floor(i / cols) + k)) : undefined;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(x.shape, dtype, values)]);
}
const DATA = 'its output shape depends on the data';
/**
 * Compress: the slices along `axis` (or, without one, the elements of the flattened input)
 * whose condition is true; the condition may be shorter than what it selects from.
 */
function compress(x, condition, axis) {
    const cond = condition.values;
    if (!cond)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .refuse */ .TR)(`${DATA} (how many elements of the condition are true)`);
    const a = axis === undefined ? undefined : (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .normAxis */ .GD)(axis, x.shape.length);
    const length = a === undefined ? (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .size */ .Ej)(x.shape) : x.shape[a];
    if (cond.length > length)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`condition of ${cond.length} values is longer than the ${length} it selects from`);
    const kept = cond.filter((c) => c !== 0).length;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(a === undefined ? [kept] : x.shape.map((d, i) => (i === a ? kept : d)), x.dtype)]);
}
/** NonZero: [rank, count] coordinates of the non-zero elements, known for a constant input. */
function nonZero(x) {
    if (!x.values)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .refuse */ .TR)(`${DATA} (how many elements are non-zero)`);
    const st = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .strides */ .$T)(x.shape);
    const at = x.values.flatMap((v, i) => (v !== 0 ? [i] : []));
    const coords = x.shape.flatMap((_, d) => at.map((i) => Math.floor(i / st[d]) % x.shape[d]));
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)([x.shape.length, at.length], 'int64', coords)]);
}
/** Unique values (or, along `axis`, distinct slices), known for a constant input: values, indices, inverse, counts. */
function unique(x, axis) {
    if (!x.values)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .refuse */ .TR)(`${DATA} (how many values are distinct)`);
    if (axis === undefined) {
        const u = new Set(x.values).size;
        return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)([u], x.dtype), (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)([u], 'int64'), (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)([x.values.length], 'int64'), (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)([u], 'int64')]);
    }
    const a = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .normAxis */ .GD)(axis, x.shape.length);
    const st = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .strides */ .$T)(x.shape);
    const slices = Array.from({ length: x.shape[a] }, () => []);
    x.values.forEach((v, i) => slices[Math.floor(i / st[a]) % x.shape[a]].push(v));
    const u = new Set(slices.map((s) => s.join(','))).size;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(x.shape.map((d, i) => (i === a ? u : d)), x.dtype), (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)([u], 'int64'), (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)([x.shape[a]], 'int64'), (0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)([u], 'int64')]);
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`begin ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(begin)}, end ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(end)} and strides ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(strides)} differ in length`);
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
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`slice of ${n} entries does not fit ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(x.shape)}`);
        const d = x.shape[axis];
        const s = strides[i];
        if (bit(m.shrink, i)) {
            const b = begin[i] < 0 ? begin[i] + d : begin[i];
            if (!Number.isSafeInteger(b) || b < 0 || b >= d)
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`index ${begin[i]} is out of range for an axis of ${d}`);
            picks.push([b]);
            axis++;
            continue;
        }
        const { first, count } = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .sliceRange */ .kG)(d, bit(m.begin, i) ? null : begin[i], bit(m.end, i) ? null : end[i], s, 'python');
        out.push(count);
        picks.push(keep ? Array.from({ length: count }, (_, j) => first + j * s) : []);
        axis++;
    }
    for (; axis < x.shape.length; axis++) {
        out.push(x.shape[axis]);
        picks.push(all(x.shape[axis]));
    }
    const values = x.values && (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .small */ .EX)(out) ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .selectData */ .fd)(x.values, x.shape, picks) : undefined;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_4__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .tensor */ .OE)(out, x.dtype, values)]);
}


/***/ }),

/***/ 7298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GD: () => (/* binding */ normAxis),
/* harmony export */   Ye: () => (/* binding */ concatShape),
/* harmony export */   ZN: () => (/* binding */ unsqueezeShape),
/* harmony export */   dL: () => (/* binding */ permutation),
/* harmony export */   eg: () => (/* binding */ reshapeTarget),
/* harmony export */   gx: () => (/* binding */ squeezeShape),
/* harmony export */   kG: () => (/* binding */ sliceRange),
/* harmony export */   mf: () => (/* binding */ normAxes),
/* harmony export */   mq: () => (/* binding */ broadcast)
/* harmony export */ });
/* unused harmony export sliceLength */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1134);
/** Shape arithmetic every rule shares. Each function throws an OpError on bad input. */


/** A negative axis counts from the end; anything outside [0, rank) is a fault. */
function normAxis(axis, rank, what = 'axis') {
    const a = axis < 0 ? axis + rank : axis;
    if (!Number.isSafeInteger(a) || a < 0 || a >= rank)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`${what} ${axis} is out of range for rank ${rank}`);
    return a;
}
/** Several axes, normalised; a repeated axis is a fault unless `dedupe` (numpy reductions allow it). */
function normAxes(axes, rank, dedupe = false, what = 'axes') {
    const out = axes.map((a) => normAxis(a, rank, what === 'axes' ? 'axis' : what));
    const unique = [...new Set(out)];
    if (!dedupe && unique.length !== out.length)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`${what} ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)([...axes])} repeat an axis`);
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
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`shapes ${shapes.map((x) => (0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(x)).join(' and ')} do not broadcast`);
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)('slice step must be a non-zero integer');
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
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`target ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(target)} copies dimension ${i}, which input ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(input)} lacks`);
        return copied;
    });
    const free = out.filter((d) => d === -1).length;
    if (free > 1)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`target shape ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(target)} may hold at most one -1`);
    if (out.some((d) => !Number.isSafeInteger(d) || d < -1))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`target shape ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(target)} has a size that is not a dimension`);
    const n = (0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .size */ .Ej)(input);
    if (free === 1) {
        const known = (0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .size */ .Ej)(out.filter((d) => d !== -1));
        if (known === 0 || n % known !== 0)
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`cannot reshape ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(input)} to ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(target)}`);
        out[out.indexOf(-1)] = n / known;
    }
    if ((0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .size */ .Ej)(out) !== n)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`cannot reshape ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(input)} (${n} elements) to ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(target)}`);
    return out;
}
/** The shape of `shapes` joined along `axis`; every other dimension must agree. */
function concatShape(shapes, axis) {
    if (shapes.length === 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)('nothing to concatenate');
    const rank = shapes[0].length;
    const a = normAxis(axis, rank);
    const out = [...shapes[0]];
    out[a] = 0;
    for (const s of shapes) {
        if (s.length !== rank || s.some((d, i) => i !== a && d !== shapes[0][i])) {
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`shapes ${shapes.map((x) => (0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(x)).join(', ')} do not concatenate on axis ${a}`);
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
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`cannot squeeze axis ${a} of ${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(shape)}`);
    return shape.filter((_, i) => !drop.includes(i));
}
/** A permutation of `rank` axes (default: reversed), checked. */
function permutation(perm, rank) {
    const p = perm ? perm.map((a) => normAxis(a, rank)) : Array.from({ length: rank }, (_, i) => rank - 1 - i);
    if (p.length !== rank || new Set(p).size !== rank)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`${(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)([...(perm ?? [])])} is not a permutation of ${rank} axes`);
    return p;
}


/***/ }),

/***/ 1134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ size),
/* harmony export */   OE: () => (/* binding */ tensor),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   dk: () => (/* binding */ isFloat),
/* harmony export */   e4: () => (/* binding */ bitsOf),
/* harmony export */   e9: () => (/* binding */ shaped),
/* harmony export */   eA: () => (/* binding */ checkShape),
/* harmony export */   rR: () => (/* binding */ MAX_FOLD)
/* harmony export */ });
/* unused harmony exports MAX_DIM, MAX_ELEMENTS, MAX_RANK */
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

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ strides),
/* harmony export */   EX: () => (/* binding */ small),
/* harmony export */   Lm: () => (/* binding */ castValue),
/* harmony export */   Q9: () => (/* binding */ transposeData),
/* harmony export */   VC: () => (/* binding */ concatData),
/* harmony export */   _Y: () => (/* binding */ mapBroadcast),
/* harmony export */   fd: () => (/* binding */ selectData),
/* harmony export */   kE: () => (/* binding */ gatherData),
/* harmony export */   pn: () => (/* binding */ reduceData)
/* harmony export */ });
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1134);
/**
 * Constant folding of the small tensors graphs compute shapes with (Shape -> Gather ->
 * Unsqueeze -> Concat -> Reshape and friends, in ONNX and TF alike). Values are plain numbers:
 * int64 shape values stay exact far beyond any real dimension. Callers fold only when the
 * result has at most MAX_FOLD elements, so nothing here allocates more than that.
 */

const prod = _tensor_js__WEBPACK_IMPORTED_MODULE_0__/* .size */ .Ej;
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
    return prod(shape) <= _tensor_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_FOLD */ .rR;
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


/***/ }),

/***/ 11:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ windowOutput),
/* harmony export */   GF: () => (/* binding */ padsFor),
/* harmony export */   Wz: () => (/* binding */ transposedModeOutput),
/* harmony export */   d: () => (/* binding */ transposedOutput)
/* harmony export */ });
/* unused harmony exports span, modeOutput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`kernel ${kernel}, stride ${stride} and dilation ${dilation} must be positive integers`);
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`negative padding ${before}, ${after}`);
    const k = span(w.kernel, w.dilation);
    const room = length + before + after - k;
    if (room < 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`a window of ${k} does not fit an axis of ${length}${before + after ? ` padded by ${before + after}` : ''}`);
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`transposed convolution gives an empty output along an axis of length ${length}`);
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`transposed convolution gives an empty output along an axis of length ${length}`);
    return out;
}


/***/ }),

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ knob),
/* harmony export */   z: () => (/* binding */ DEFAULTS)
/* harmony export */ });
const DEFAULTS = { batchSize: 1, convention: 'notebook', unknown: 'error' };
const KNOB_TEXT = {
    flags: { inputShape: '--input-shape', unknownWarn: '--unknown warn', dims: '--dim NAME=N' },
    budget: { inputShape: 'input_shape in the budget file', unknownWarn: 'unknown: warn in the budget file', dims: 'dims in the budget file' },
};
/** The knob's name as the person who runs this can set it. */
function knob(opts, which) {
    return KNOB_TEXT[opts?.knobs ?? 'flags'][which];
}


/***/ }),

/***/ 5066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gS: () => (/* binding */ layerRow),
/* harmony export */   oi: () => (/* binding */ buildModelReport)
/* harmony export */ });
/* unused harmony export NO_OPS */
/* harmony import */ var _core_conventions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1711);

/** The counts of a layer that does nothing per inference; shared, never written to. */
const NO_OPS = Object.freeze({});
/**
 * A layer row made in the report's own key order, which buildModelReport completes in place
 * rather than copying: a graph of 400k nodes has 400k rows, and a copy of each is ~50 MB.
 */
function layerRow(name, type, input_shape) {
    return { index: 0, name, type, input_shape, output_shape: [], macs: 0n, flops: 0n, params: 0n, trainable_params: 0n, weights_bytes: 0n, activation_bytes: 0n, ops: NO_OPS };
}
function complete(r, index, convention) {
    // Every multiply-accumulate, whether TF's profiler counts it or not: the macs convention's weights.
    const macs = (0,_core_conventions_js__WEBPACK_IMPORTED_MODULE_0__/* .flopsOf */ .kV)(r.ops, 'macs');
    const flops = (0,_core_conventions_js__WEBPACK_IMPORTED_MODULE_0__/* .flopsOf */ .kV)(r.ops, convention);
    if ('macs' in r) {
        const l = r;
        l.index = index;
        l.macs = macs;
        l.flops = flops;
        return l;
    }
    return {
        index,
        name: r.name,
        type: r.type,
        input_shape: r.input_shape,
        output_shape: r.output_shape,
        macs,
        flops,
        params: r.params,
        trainable_params: r.trainable_params,
        weights_bytes: r.weights_bytes ?? 0n,
        activation_bytes: r.activation_bytes ?? 0n,
        ops: r.ops,
        ...(r.unknown ? { unknown: true } : {}),
        ...(r.note ? { note: r.note } : {}),
    };
}
/** Totals are sums of the rows, so the table and the total can never disagree. */
function buildModelReport(meta, rows) {
    const layers = rows.map((r, index) => complete(r, index, meta.convention));
    const sum = (f) => layers.reduce((a, l) => a + f(l), 0n);
    const flops = sum((l) => l.flops);
    const params = sum((l) => l.params);
    const trainable = sum((l) => l.trainable_params);
    const unknown = layers.filter((l) => l.unknown).map((l) => ({ layer: l.name, type: l.type }));
    let peak = 0n;
    for (const l of layers)
        if (l.activation_bytes > peak)
            peak = l.activation_bytes;
    const { weights_by_dtype: byDtype, activations_not_measured: notMeasured, ...rest } = meta;
    return {
        ...rest,
        flops,
        lower_bound: unknown.length > 0,
        macs: sum((l) => l.macs),
        params,
        trainable_params: trainable,
        non_trainable_params: params - trainable,
        weights_bytes: sum((l) => l.weights_bytes),
        weights_by_dtype: byDtype ?? {},
        activation_bytes: peak,
        ...(notMeasured ? { activations_not_measured: notMeasured } : {}),
        training_flops_estimate: 3n * flops,
        unknown,
        layers,
    };
}


/***/ }),

/***/ 5911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ liveBytes),
/* harmony export */   N4: () => (/* binding */ tally),
/* harmony export */   X2: () => (/* binding */ tensorBytes),
/* harmony export */   nl: () => (/* binding */ LiveSet),
/* harmony export */   xb: () => (/* binding */ elementsBytes)
/* harmony export */ });
/* harmony import */ var _core_tensor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1134);
/**
 * Memory a model needs, from its architecture alone (docs/conventions.md, "Memory"):
 *
 * - weights: every parameter at the size its dtype is stored in (float32 4 bytes, float16 2,
 *   int8 1, 4-bit types half a byte), read from the file's metadata, never from the weights;
 * - activations: walking the layers (ONNX nodes) in the order the file gives them, a tensor is
 *   live from the step that produces it to the last step that reads it (a model input from
 *   the first step, a model output to the last); a step's figure is the sum of the tensors
 *   live during it (its inputs and outputs included), and the peak is the largest such sum.
 *   Weights and constants are not activations; a layer's own temporaries are not counted.
 */

/** Bytes of a tensor of `shape` stored in `dtype` (4-bit types packed two to a byte, rounded up). */
function tensorBytes(shape, dtype) {
    let n = 1n;
    for (const d of shape)
        n *= BigInt(d);
    return elementsBytes(n, dtype);
}
/** Bytes of `elements` values of `dtype`; 0 for types without a size (strings). */
function elementsBytes(elements, dtype) {
    const bits = BigInt((0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_0__/* .bitsOf */ .e4)(dtype) ?? 0);
    return (elements * bits + 7n) / 8n;
}
/** Adds `bytes` of `dtype` to a by-dtype tally. */
function tally(by, dtype, bytes) {
    if (bytes === 0n)
        return;
    by[dtype] = (by[dtype] ?? 0n) + bytes;
}
/**
 * Live bytes at each step of a recorded walk, and the peak. `sizeOf` gives a tensor's bytes
 * (undefined: not an activation, such as a weight); tensors read before any step writes them
 * are the model's inputs, and `outputs` stay live to the end.
 */
function liveBytes(steps, sizeOf, outputs) {
    const first = new Map();
    const last = new Map();
    steps.forEach((s, k) => {
        for (const t of s.writes) {
            if (!first.has(t))
                first.set(t, k);
            if (!last.has(t) || last.get(t) < k)
                last.set(t, k);
        }
        for (const t of s.reads) {
            if (!first.has(t))
                first.set(t, 0);
            last.set(t, k);
        }
    });
    for (const t of outputs)
        if (first.has(t))
            last.set(t, steps.length - 1);
    // A difference array: a tensor adds its bytes at its first step and takes them off after its last.
    const delta = new Array(steps.length + 1).fill(0n);
    for (const [t, k] of first) {
        const b = sizeOf(t);
        if (b === undefined || b === 0n)
            continue;
        delta[k] += b;
        delta[last.get(t) + 1] -= b;
    }
    const out = [];
    let cur = 0n;
    for (let k = 0; k < steps.length; k++) {
        cur += delta[k];
        out.push(cur);
    }
    return out;
}
/**
 * The same figure while walking, for graphs too large to record: the caller adds each
 * tensor as it is produced and drops it after its last reader.
 */
class LiveSet {
    sizes = new Map();
    current = 0n;
    add(key, bytes) {
        if (bytes === 0n || this.sizes.has(key))
            return;
        this.sizes.set(key, bytes);
        this.current += bytes;
    }
    drop(key) {
        const b = this.sizes.get(key);
        if (b === undefined)
            return;
        this.sizes.delete(key);
        this.current -= b;
    }
}


/***/ })

};
