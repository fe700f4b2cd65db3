export const id = 505;
export const ids = [505];
export const modules = {

/***/ 7037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ sizeOf),
/* harmony export */   Bq: () => (/* binding */ filled),
/* harmony export */   F5: () => (/* binding */ shapeOf),
/* harmony export */   y1: () => (/* binding */ range),
/* harmony export */   yT: () => (/* binding */ random)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _op_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9648);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1134);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4101);
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
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_3__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .tensor */ .OE)([dims.length], 'int64', dims)]);
}
function sizeOf(x) {
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_3__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .tensor */ .OE)([], 'int64', [(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .size */ .Ej)(x.shape)])]);
}
/** A tensor of `shape` filled with `fill` (values kept when small). */
function filled(shape, dtype, fill) {
    const values = fill !== undefined && (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .small */ .EX)(shape) ? new Array((0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .size */ .Ej)(shape)).fill(fill) : undefined;
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_3__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .tensor */ .OE)(shape, dtype, values)]);
}
/** start, start + delta, ... below limit: ceil((limit - start) / delta) values. */
function range(start, limit, delta, dtype) {
    if (delta === 0 || !Number.isFinite(delta))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)('range delta must be a non-zero number');
    const n = Math.max(Math.ceil((limit - start) / delta), 0);
    if (!Number.isSafeInteger(n))
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`range of ${n} values`);
    const out = [n];
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_3__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .tensor */ .OE)(out, dtype, (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .small */ .EX)(out) ? Array.from({ length: n }, (_, i) => start + i * delta) : undefined)]);
}
/** A random draw: its shape, nothing counted (drawing is not arithmetic on the data). */
function random(shape, dtype) {
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_3__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .tensor */ .OE)(shape, dtype)]);
}


/***/ }),

/***/ 8730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ bindInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_tensor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1134);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8381);




function dimName(d) {
    return d === null ? 'unnamed' : `"${d}"`;
}
/**
 * Bind every dimension of the graph inputs. The first dimension is the batch: a symbolic one
 * takes `batchSize` (or its name's value in `dims`); a fixed one stays, and asking for another
 * batch size is refused, because a graph exported for a fixed batch bakes it into Reshape
 * targets and the like, so scaling its figures would not be exact. Other symbolic dimensions
 * come from `dims` by name (`seq`), else from `inputShapes` (shapes without the batch
 * dimension, one per input), which may also restate fixed ones.
 */
function bindInputs(file, inputs, opts) {
    const { inputShapes, dims: named = {} } = opts;
    let batchSize = opts.batchSize;
    const fail = (msg) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${file}: ${msg}`);
    };
    const flag = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .knob */ .B)(opts, 'inputShape');
    if (inputShapes && inputShapes.length !== inputs.length) {
        fail(`${flag} gives ${inputShapes.length} shape(s), the model has ${inputs.length} input(s) (${inputs.map((v) => v.name).join(', ')})`);
    }
    // Every name a dimension carries, so a misspelt one in `dims` is an error, not ignored.
    const names = new Set();
    for (const v of inputs)
        for (const d of v.kind === 'tensor' ? v.dims ?? [] : [])
            if (typeof d === 'string')
                names.add(d);
    for (const name of Object.keys(named)) {
        if (!names.has(name)) {
            fail(`no input dimension is named "${name}" (${names.size ? `the file names ${[...names].map((n) => `"${n}"`).join(', ')}` : 'the file names none'})`);
        }
    }
    // The batch dimension set by name (`--dim batch=8`) is the batch size, unless that is given too.
    const batchName = inputs.map((v) => (v.kind === 'tensor' ? v.dims?.[0] : undefined)).find((d) => typeof d === 'string');
    if (batchName !== undefined && named[batchName] !== undefined) {
        if (batchSize !== undefined && batchSize !== named[batchName])
            fail(`batch size ${batchSize} and "${batchName}" = ${named[batchName]} disagree`);
        batchSize = named[batchName];
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
        const dims = v.dims ?? (given ? [null, ...given] : fail(`input "${v.name}" has no shape in the file; give it with ${flag}`));
        if (given && given.length !== Math.max(dims.length - 1, 0)) {
            fail(`input "${v.name}" has rank ${dims.length} (batch + ${dims.length - 1}); ${flag} gives ${given.length} dimension(s) ${(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(given)}`);
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
                    fail(`input "${v.name}": ${flag} gives ${g} for dimension ${i}, the file fixes ${d}`);
                return d;
            }
            const byName = d === null ? undefined : named[d];
            if (byName !== undefined && g !== undefined && g !== byName)
                fail(`input "${v.name}": ${flag} gives ${g} for dimension ${i}, "${d}" is set to ${byName}`);
            const value = byName ?? g ?? (d !== null ? symbols.get(d) : undefined);
            if (value === undefined) {
                return fail(`input "${v.name}": dimension ${i} (${dimName(d)}) is symbolic; give it with ${d === null ? flag : `${(0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .knob */ .B)(opts, 'dims').replace('NAME=N', `${d}=N`)} or ${flag}`}`);
            }
            return bind(d, value);
        });
        try {
            return (0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_2__/* .checkShape */ .eA)(shape, 'input');
        }
        catch (e) {
            if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OpError */ .mC)
                fail(`input "${v.name}": ${e.message}`);
            throw e;
        }
    });
    return { shapes, batch: symbolicBatch ? batchSize ?? 1 : fixedBatch ?? batchSize ?? 1, symbols };
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

/***/ 3699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ KerasParamLedger)
/* harmony export */ });
/* unused harmony export batchNormOf */
/* harmony import */ var _core_tensor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1134);
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
        const n = (0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_0__/* .size */ .Ej)(shape);
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


/***/ }),

/***/ 844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ tfRuleFor)
});

// UNUSED EXPORTS: TF_RULES

// EXTERNAL MODULE: ./src/core/counts.ts
var core_counts = __webpack_require__(3363);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/ops/activation.ts
var activation = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/core/ops/conv.ts
var conv = __webpack_require__(6116);
// EXTERNAL MODULE: ./src/core/ops/norm.ts
var norm = __webpack_require__(3632);
// EXTERNAL MODULE: ./src/core/tensor.ts
var tensor = __webpack_require__(1134);
// EXTERNAL MODULE: ./src/tf/ops/types.ts
var types = __webpack_require__(2328);
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
            (0,errors/* fault */.DG)(`${xs.length} values for a ${spatial + 2}-D input`);
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
            (0,errors/* fault */.DG)(`explicit_paddings has ${e.length} values for a ${spatial + 2}-D input`);
        const axes = channelsLast ? Array.from({ length: spatial }, (_, i) => i + 1) : Array.from({ length: spatial }, (_, i) => i + 2);
        pads = axes.map((a) => [e[2 * a], e[2 * a + 1]]);
    }
    else
        return (0,errors/* fault */.DG)(`unknown padding "${padding}"`);
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
                (0,core_counts/* addCounts */.c5)(counts, { add: n });
                break;
            case 'FusedBatchNorm':
            case 'FusedBatchNormV3':
                (0,core_counts/* addCounts */.c5)(counts, (0,norm/* batchNorm */.$v)(out, [channelAxis], { center: true, scale: true }).counts);
                break;
            case 'Relu':
                (0,core_counts/* addCounts */.c5)(counts, (0,activation/* activation */.tg)('relu', out).counts);
                break;
            case 'Relu6':
                (0,core_counts/* addCounts */.c5)(counts, (0,activation/* activation */.tg)('relu6', out).counts);
                break;
            case 'LeakyRelu':
                (0,core_counts/* addCounts */.c5)(counts, (0,activation/* activation */.tg)('leaky_relu', out).counts);
                break;
            case 'Elu':
                (0,core_counts/* addCounts */.c5)(counts, (0,activation/* activation */.tg)('elu', out).counts);
                break;
            case 'Sigmoid':
                (0,core_counts/* addCounts */.c5)(counts, (0,activation/* activation */.tg)('sigmoid', out).counts);
                break;
            case 'Tanh':
                (0,core_counts/* addCounts */.c5)(counts, (0,activation/* activation */.tg)('tanh', out).counts);
                break;
            case '_FusedHardSwish':
            case 'HardSwish':
                (0,core_counts/* addCounts */.c5)(counts, (0,activation/* activation */.tg)('hard_swish', out).counts);
                break;
            case 'GeluExact':
                (0,core_counts/* addCounts */.c5)(counts, (0,activation/* activation */.tg)('gelu', out).counts);
                break;
            case 'GeluApproximate':
                (0,core_counts/* addCounts */.c5)(counts, (0,activation/* activation */.tg)('gelu_tanh', out).counts);
                break;
            case 'Prelu':
                (0,core_counts/* addCounts */.c5)(counts, { relu: 2n * n, neg: 2n * n, mul: n, add: n });
                break;
            default: (0,errors/* fault */.DG)(`unknown fused op "${op}"`);
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
                (0,errors/* fault */.DG)(`needs a ${rank + 2}-D input and filter, got ${(0,tensor/* fmt */.Sc)(x.shape)} and ${(0,tensor/* fmt */.Sc)(w)}`);
            const win = tfWindows(ctx, rank, w.slice(0, rank));
            const cin = win.channelsLast ? x.shape[x.shape.length - 1] : x.shape[1];
            const spec = { ...win, filters: w[rank + 1], groups: cin / w[rank], bias: false, tfDataFormat: win.channelsLast ? 'channels_last' : 'channels_first' };
            const r = (0,conv/* conv */.xT)(x, spec);
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
                (0,errors/* fault */.DG)(`needs a 4-D input and filter, got ${(0,tensor/* fmt */.Sc)(x.shape)} and ${(0,tensor/* fmt */.Sc)(w)}`);
            const win = tfWindows(ctx, 2, w.slice(0, 2));
            const c = win.channelsLast ? x.shape[3] : x.shape[1];
            const r = (0,conv/* conv */.xT)(x, { ...win, filters: c * w[3], groups: c, depthwise: true, bias: false });
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
            (0,errors/* fault */.DG)(`needs 4-D operands, got filter ${(0,tensor/* fmt */.Sc)(w)}, input ${(0,tensor/* fmt */.Sc)(x.shape)}, sizes ${(0,tensor/* fmt */.Sc)(sizes)}`);
        const win = tfWindows(ctx, 2, w.slice(0, 2));
        const outSpatial = win.channelsLast ? [sizes[1], sizes[2]] : [sizes[2], sizes[3]];
        return (0,types/* outcome */.b)((0,conv/* convTranspose */.md)(x, { channelsLast: win.channelsLast, filters: w[2], kernel: w.slice(0, 2), strides: win.strides, groups: 1, bias: false, outSpatial, tfDataFormat: win.channelsLast ? 'channels_last' : 'channels_first' }));
    },
};
/** MaxPool / AvgPool (2-D) and their 3-D forms: ksize and strides per axis of the tensor. */
function poolRule(kind, rank) {
    return {
        infer(ctx) {
            const k = ctx.ints('ksize');
            if (!k || k.length !== rank + 2)
                (0,errors/* fault */.DG)(`ksize ${(0,tensor/* fmt */.Sc)(k ?? [])} does not fit a ${rank}-D pool`);
            const probe = tfWindows(ctx, rank, Array(rank).fill(1));
            const kernel = probe.channelsLast ? k.slice(1, -1) : k.slice(2);
            return (0,types/* outcome */.b)((0,conv/* pool */.dz)(kind, ctx.in(0), { ...probe, kernel }));
        },
    };
}
const MaxPool = poolRule('max', 2);
const AvgPool = poolRule('avg', 2);
const MaxPool3D = poolRule('max', 3);
const AvgPool3D = poolRule('avg', 3);
/** FusedBatchNorm(V2, V3) at inference: x, scale, offset, mean, variance; the core's batch normalisation. */
const FusedBatchNormV3 = {
    weights: [1, 2, 3, 4],
    role: () => 'bias',
    infer(ctx) {
        const x = ctx.in(0);
        const channelsLast = !ctx.str('data_format', 'NHWC').startsWith('NC');
        const r = (0,norm/* batchNorm */.$v)(x, [channelsLast ? x.shape.length - 1 : 1], { center: true, scale: true });
        const stat = { shape: [channelsLast ? x.shape[x.shape.length - 1] : x.shape[1]], dtype: x.dtype, values: undefined };
        return { outputs: [r.outputs[0], stat, stat, stat, stat, stat], counts: r.counts };
    },
};

// EXTERNAL MODULE: ./src/core/ops/linear.ts + 1 modules
var linear = __webpack_require__(3753);
;// CONCATENATED MODULE: ./src/tf/ops/linear.ts
/** TF's products: MatMul (and grappler's fused form), batched products, Einsum. */





/** The last two axes swapped (a transposed or adjoint operand). */
function swapLast(t) {
    const s = [...t.shape];
    if (s.length < 2)
        (0,errors/* fault */.DG)(`cannot transpose ${(0,tensor/* fmt */.Sc)(s)}`);
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
            const r = (0,linear/* matmul */.DD)(x, y);
            return fused ? { outputs: r.outputs, counts: fusedTail(ctx, r.outputs[0], r.counts, r.outputs[0].shape.length - 1) } : (0,types/* outcome */.b)(r);
        },
    };
}
const MatMul = matmulRule(false, 'transpose_a', 'transpose_b');
const _FusedMatMul = matmulRule(true, 'transpose_a', 'transpose_b');
const BatchMatMulV2 = matmulRule(false, 'adj_x', 'adj_y');
/** Einsum of its N operands (the core decides how TF runs the equation). */
const Einsum = {
    weights: [0, 1],
    role: () => 'kernel',
    infer(ctx) {
        const eq = ctx.str('equation', '');
        if (!eq)
            (0,errors/* fault */.DG)('has no equation');
        return (0,types/* outcome */.b)((0,linear/* einsum */._3)(eq, ctx.inputs.map((_, i) => ctx.in(i))));
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
        (0,errors/* fault */.DG)(`input ${i} is not a TensorList`);
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
function merge(known, hint) {
    if (!known)
        return hint;
    if (!hint || hint.length !== known.length)
        return known;
    return known.map((d, i) => (d < 0 ? hint[i] : d));
}
function exact(ctx, shape) {
    if (!shape || shape.some((d) => d < 0))
        (0,errors/* fault */.DG)(`the element shape ${shape ? `[${shape.join(', ')}]` : '(unknown)'} of a TensorList is only known at run time`);
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
            return { outputs: [(0,tensor/* tensor */.OE)(exact(ctx, merge(l.element, elementShape(ctx, 2))), l.dtype)], counts: {} };
        },
    },
    TensorListSetItem: {
        free: true,
        infer(ctx) {
            const l = listOf(ctx, 0);
            return { outputs: [listVal({ ...l, element: merge(l.element, [...ctx.in(2).shape]) ?? [...ctx.in(2).shape] })], counts: {} };
        },
    },
    TensorListStack: {
        free: true,
        reads: [1],
        infer(ctx) {
            const l = listOf(ctx, 0);
            const n = l.length ?? ctx.int('num_elements', -1);
            if (n < 0)
                (0,errors/* fault */.DG)('the length of a TensorList is only known at run time');
            return { outputs: [(0,tensor/* tensor */.OE)([n, ...exact(ctx, merge(l.element, elementShape(ctx, 1)))], l.dtype)], counts: {} };
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

// EXTERNAL MODULE: ./src/tf/ops/simple.ts
var simple = __webpack_require__(1779);
;// CONCATENATED MODULE: ./src/tf/ops/index.ts




/**
 * The adapter per TF op, for every format that writes TF ops: a SavedModel's functions, a
 * TF.js graph model, a TFLite Flex op. Graph plumbing (Const, Placeholder, variables,
 * function calls, loops) is the walk's (src/tf/analyze.ts), not an op's.
 */
const TF_RULES = {
    Conv2D: Conv2D, Conv3D: Conv3D, _FusedConv2D: _FusedConv2D, DepthwiseConv2dNative: DepthwiseConv2dNative, FusedDepthwiseConv2dNative: FusedDepthwiseConv2dNative, Conv2DBackpropInput: Conv2DBackpropInput,
    MaxPool: MaxPool, AvgPool: AvgPool, MaxPool3D: MaxPool3D, AvgPool3D: AvgPool3D,
    FusedBatchNorm: FusedBatchNormV3, FusedBatchNormV2: FusedBatchNormV3, FusedBatchNormV3: FusedBatchNormV3,
    MatMul: MatMul, _FusedMatMul: _FusedMatMul, BatchMatMul: BatchMatMulV2, BatchMatMulV2: BatchMatMulV2, BatchMatMulV3: BatchMatMulV2, Einsum: Einsum,
    ...simple/* SIMPLE */.R,
    ...LISTS,
};
function tfRuleFor(op) {
    return Object.prototype.hasOwnProperty.call(TF_RULES, op) ? TF_RULES[op] : undefined;
}


/***/ }),

/***/ 1779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ SIMPLE),
/* harmony export */   Y: () => (/* binding */ isPass)
/* harmony export */ });
/* harmony import */ var _core_counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_ops_activation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8770);
/* harmony import */ var _core_ops_constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7037);
/* harmony import */ var _core_ops_elementwise_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9572);
/* harmony import */ var _core_ops_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4816);
/* harmony import */ var _core_ops_misc_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1486);
/* harmony import */ var _core_ops_reduce_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1580);
/* harmony import */ var _core_ops_resize_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7730);
/* harmony import */ var _core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4586);
/* harmony import */ var _core_shape_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7298);
/* harmony import */ var _core_tensor_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1134);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2328);
/**
 * TF's element-wise, activation, reduction and data-movement ops: each reads its attributes
 * and calls the core rule of the same operation.
 */













function bin(fn) {
    return { weights: [0, 1], role: () => 'elementwise', infer: (ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_elementwise_js__WEBPACK_IMPORTED_MODULE_4__/* .binary */ .aw)(fn, ctx.in(0), ctx.in(1))) };
}
const un = (fn) => ({ infer: (ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_elementwise_js__WEBPACK_IMPORTED_MODULE_4__/* .unary */ .gh)(fn, ctx.in(0))) });
const act = (name) => ({ infer: (ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_activation_js__WEBPACK_IMPORTED_MODULE_2__/* .activation */ .tg)(name, ctx.in(0))) });
/** Reductions: reduction_indices in input 1, keep_dims. */
function red(kind) {
    return { reads: [1], infer: (ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_reduce_js__WEBPACK_IMPORTED_MODULE_7__/* .reduce */ .TS)(kind, ctx.in(0), [...ctx.need(1, 'the axes')], ctx.bool('keep_dims'))) };
}
const free = (infer, reads) => ({ free: true, infer, ...(reads ? { reads } : {}) });
/** Identity-like: the input, its values and identity (a weight read through it stays that weight). */
const pass = { free: true, infer: (ctx) => ({ outputs: [ctx.in(0)], counts: {} }) };
/** An op with several outputs of the input's shape (Switch's two branches). */
const passN = (n) => ({ free: true, infer: (ctx) => ({ outputs: Array.from({ length: n }, () => ctx.in(0)), counts: {} }) });
/** ConcatV2: N tensors, then the axis. */
const ConcatV2 = free((ctx) => {
    const n = ctx.nIn - 1;
    const axis = ctx.need(n, 'the axis')[0];
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__/* .concat */ .xW)(ctx.inputs.slice(0, n).map((_, i) => ctx.in(i)), axis));
}, []);
/** StridedSlice: begin, end, strides; the five masks as attributes. */
const StridedSlice = free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__/* .stridedSlice */ .Ym)(ctx.in(0), [...ctx.need(1, 'begin')], [...ctx.need(2, 'end')], ctx.need(3, 'strides'), {
    begin: ctx.int('begin_mask', 0), end: ctx.int('end_mask', 0), ellipsis: ctx.int('ellipsis_mask', 0), newAxis: ctx.int('new_axis_mask', 0), shrink: ctx.int('shrink_axis_mask', 0),
})), [1, 2, 3]);
const Shape = free((ctx) => ({ outputs: [(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)([ctx.in(0).shape.length], ctx.dtype('out_type', 'int32'), ctx.in(0).shape)], counts: {} }));
function resizeRule(mode) {
    return {
        reads: [1],
        infer(ctx) {
            const x = ctx.in(0);
            const [h, w] = ctx.need(1, 'the size');
            if (x.shape.length !== 4)
                (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`resize needs a 4-D input, got ${(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .fmt */ .Sc)(x.shape)}`);
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_resize_js__WEBPACK_IMPORTED_MODULE_8__/* .resize */ .XR)(x, [x.shape[0], h, w, x.shape[3]], mode));
        },
    };
}
const padRule = free((ctx) => {
    const x = ctx.in(0);
    const p = ctx.need(1, 'the paddings');
    if (p.length !== 2 * x.shape.length)
        (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`paddings of ${p.length} values do not fit ${(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .fmt */ .Sc)(x.shape)}`);
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__/* .pad */ .eV)(x, x.shape.map((_, i) => [p[2 * i], p[2 * i + 1]]), undefined));
}, [1]);
const Split = { weights: [1], ...free((ctx) => {
        const x = ctx.in(1);
        const axis = (0,_core_shape_js__WEBPACK_IMPORTED_MODULE_10__/* .normAxis */ .GD)(ctx.need(0, 'the axis')[0], x.shape.length);
        const n = ctx.int('num_split', 1);
        if (n < 1 || x.shape[axis] % n !== 0)
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`cannot split ${x.shape[axis]} into ${n} equal parts`);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__/* .split */ .lD)(x, axis, Array(n).fill(x.shape[axis] / n)));
    }, [0]) };
const SplitV = free((ctx) => {
    const x = ctx.in(0);
    const axis = (0,_core_shape_js__WEBPACK_IMPORTED_MODULE_10__/* .normAxis */ .GD)(ctx.need(2, 'the axis')[0], x.shape.length);
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__/* .split */ .lD)(x, axis, (0,_core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__/* .splitVSizes */ .lJ)(x.shape[axis], ctx.need(1, 'the sizes'))));
}, [1, 2]);
const Range = free((ctx) => {
    const [s, l, d] = [ctx.need(0, 'start')[0], ctx.need(1, 'limit')[0], ctx.need(2, 'delta')[0]];
    if (!d)
        (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)('range delta is 0');
    const n = Math.max(Math.ceil((l - s) / d), 0);
    const dtype = ctx.dtype('Tidx', ctx.in(0).dtype);
    return { outputs: [(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)([n], dtype, n <= 65536 ? Array.from({ length: n }, (_, i) => s + i * d) : undefined)], counts: {} };
}, [0, 1, 2]);
/** GatherV2: params, indices, axis (batch_dims an attribute). */
const GatherV2 = {
    free: true,
    reads: [2],
    weights: [0],
    role: () => 'kernel',
    infer: (ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__/* .gather */ .kg)(ctx.in(0), ctx.in(1), ctx.need(2, 'the axis')[0])),
};
/** ResourceGather: a variable's rows. */
const ResourceGather = {
    free: true,
    infer(ctx) {
        const r = ctx.in(0).resource;
        if (!r)
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)('reads no variable');
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__/* .gather */ .kg)((0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)(r.shape, r.dtype), ctx.in(1), 0));
    },
};
function argRule(min) {
    return {
        reads: [1],
        infer(ctx) {
            const r = (0,_core_ops_reduce_js__WEBPACK_IMPORTED_MODULE_7__/* .argReduce */ .VQ)(ctx.in(0), ctx.need(1, 'the axis')[0], false, min);
            return { outputs: [(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)(r.outputs[0].shape, ctx.dtype('output_type', 'int64'), r.outputs[0].values)], counts: r.counts };
        },
    };
}
const Select = free((ctx) => {
    const [c, x, y] = [ctx.in(0), ctx.in(1), ctx.in(2)];
    // TF1 Select: a vector condition picks whole rows.
    const cond = c.shape.length === 1 && x.shape.length > 1 ? (0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)([c.shape[0], ...x.shape.slice(1).map(() => 1)], c.dtype) : c;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_elementwise_js__WEBPACK_IMPORTED_MODULE_4__/* .where */ ._M)(cond, x, y));
});
/** SpaceToBatchND / BatchToSpaceND: block shape (input 1), paddings or crops (input 2). */
function spaceBatch(toBatch) {
    return free((ctx) => {
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
                    (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`padded axis ${padded} is not a multiple of block ${b}`);
                out[i + 1] = padded / b;
            });
        }
        else {
            if (x.shape[0] % prod !== 0)
                (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`batch ${x.shape[0]} is not a multiple of the block ${(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .fmt */ .Sc)(block)}`);
            out[0] = x.shape[0] / prod;
            block.forEach((b, i) => (out[i + 1] = x.shape[i + 1] * b - p[2 * i] - p[2 * i + 1]));
        }
        return { outputs: [(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)(out, x.dtype)], counts: {} };
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
    AddN: { infer: (ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_elementwise_js__WEBPACK_IMPORTED_MODULE_4__/* .variadic */ .Oe)('add', ctx.inputs.map((_, i) => ctx.in(i)))) },
    BiasAdd: {
        weights: [1],
        role: () => 'bias',
        infer(ctx) {
            const x = ctx.in(0);
            return { outputs: [(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)(x.shape, x.dtype)], counts: { bias: (0,_core_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .size */ .Ej)(x.shape)) } };
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
    Elu: { infer: (ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_activation_js__WEBPACK_IMPORTED_MODULE_2__/* .elu */ .Pq)(ctx.in(0), 1)) },
    ClipByValue: { infer: (ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_elementwise_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$Q)(ctx.in(0), ctx.in(1), ctx.in(2))) },
    Mean: red('mean'),
    Sum: red('sum'),
    Max: red('max'),
    Min: red('min'),
    Prod: red('prod'),
    Any: red('any'),
    All: red('all'),
    ArgMax: argRule(false),
    ArgMin: argRule(true),
    Cumsum: { reads: [1], infer: (ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_misc_js__WEBPACK_IMPORTED_MODULE_6__/* .cumSum */ .rm)(ctx.in(0), ctx.need(1, 'the axis')[0], ctx.bool('exclusive'), ctx.bool('reverse'))) },
    TopKV2: { reads: [1], infer: (ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_misc_js__WEBPACK_IMPORTED_MODULE_6__/* .topK */ .rv)(ctx.in(0), -1, ctx.need(1, 'k')[0])) },
    Identity: pass,
    StopGradient: pass,
    PreventGradient: pass,
    Snapshot: pass,
    EnsureShape: pass,
    CheckNumerics: pass,
    Cast: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_elementwise_js__WEBPACK_IMPORTED_MODULE_4__/* .cast */ .wg)(ctx.in(0), ctx.dtype('DstT', ctx.in(0).dtype)))),
    Reshape: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .reshape */ .tQ)(ctx.in(0), ctx.need(1, 'the target shape'))), [1]),
    Shape,
    Size: free((ctx) => ({ outputs: [(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)([], ctx.dtype('out_type', 'int32'), [(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .size */ .Ej)(ctx.in(0).shape)])], counts: {} })),
    Rank: free((ctx) => ({ outputs: [(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)([], 'int32', [ctx.in(0).shape.length])], counts: {} })),
    ExpandDims: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .unsqueeze */ .iD)(ctx.in(0), [(0,_core_shape_js__WEBPACK_IMPORTED_MODULE_10__/* .normAxis */ .GD)(ctx.need(1, 'the axis')[0], ctx.in(0).shape.length + 1)])), [1]),
    Squeeze: free((ctx) => {
        const dims = ctx.ints('squeeze_dims');
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .squeeze */ .r2)(ctx.in(0), dims && dims.length ? dims : undefined));
    }),
    Transpose: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .transpose */ .mg)(ctx.in(0), ctx.need(1, 'the permutation'))), [1]),
    ConcatV2,
    Pack: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__/* .stack */ .t$)(ctx.inputs.map((_, i) => ctx.in(i)), ctx.int('axis', 0)))),
    Unpack: free((ctx) => {
        const x = ctx.in(0);
        const a = (0,_core_shape_js__WEBPACK_IMPORTED_MODULE_10__/* .normAxis */ .GD)(ctx.int('axis', 0), x.shape.length);
        const out = x.shape.filter((_, i) => i !== a);
        return { outputs: Array.from({ length: x.shape[a] }, () => (0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)(out, x.dtype)), counts: {} };
    }),
    StridedSlice,
    Slice: free((ctx) => {
        const begin = ctx.need(1, 'begin');
        const sz = ctx.need(2, 'size');
        const x = ctx.in(0);
        return { outputs: [(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)(x.shape.map((d, i) => (sz[i] === -1 ? d - begin[i] : sz[i])), x.dtype)], counts: {} };
    }, [1, 2]),
    Split,
    SplitV,
    Pad: padRule,
    PadV2: padRule,
    MirrorPad: padRule,
    Tile: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .tile */ .Vs)(ctx.in(0), ctx.need(1, 'the multiples'))), [1]),
    BroadcastTo: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .expand */ .fT)(ctx.in(0), ctx.need(1, 'the shape'))), [1]),
    Fill: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .filled */ .Bq)(ctx.need(0, 'the shape'), ctx.in(1).dtype, ctx.in(1).values?.[0])), [0]),
    ZerosLike: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .filled */ .Bq)(ctx.in(0).shape, ctx.in(0).dtype, 0))),
    OnesLike: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .filled */ .Bq)(ctx.in(0).shape, ctx.in(0).dtype, 1))),
    Range,
    GatherV2,
    ResourceGather,
    GatherNd: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__/* .gatherND */ .SY)(ctx.in(0), ctx.in(1), 0))),
    OneHot: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_select_js__WEBPACK_IMPORTED_MODULE_9__/* .oneHot */ .Mw)(ctx.in(0), ctx.need(1, 'the depth')[0], ctx.int('axis', -1), ctx.in(2).dtype)), [1]),
    Select,
    SelectV2: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_elementwise_js__WEBPACK_IMPORTED_MODULE_4__/* .where */ ._M)(ctx.in(0), ctx.in(1), ctx.in(2)))),
    ReverseV2: free((ctx) => ({ outputs: [(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)(ctx.in(0).shape, ctx.in(0).dtype)], counts: {} })),
    ReverseSequence: free((ctx) => ({ outputs: [(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_11__/* .tensor */ .OE)(ctx.in(0).shape, ctx.in(0).dtype)], counts: {} })),
    DepthToSpace: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .depthToSpace */ .Rj)(ctx.in(0), ctx.int('block_size', 1), !ctx.str('data_format', 'NHWC').startsWith('NC')))),
    SpaceToDepth: free((ctx) => (0,_types_js__WEBPACK_IMPORTED_MODULE_12__/* .outcome */ .b)((0,_core_ops_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .spaceToDepth */ .FI)(ctx.in(0), ctx.int('block_size', 1), !ctx.str('data_format', 'NHWC').startsWith('NC')))),
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


/***/ }),

/***/ 2328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ outcome),
/* harmony export */   k: () => (/* binding */ TfCtx)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _ir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3471);


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
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`input ${i} is missing`);
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
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .refuse */ .TR)(`${what} (input ${i}) is only known at run time`);
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
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`attribute ${name} is not an int`);
        return a.i;
    }
    float(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.kind !== 'f')
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`attribute ${name} is not a float`);
        return a.f;
    }
    bool(name, def = false) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.kind !== 'b')
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`attribute ${name} is not a bool`);
        return a.b;
    }
    str(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.kind !== 's')
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`attribute ${name} is not a string`);
        return bytes(a.s);
    }
    ints(name) {
        const a = this.attr(name);
        if (!a)
            return undefined;
        if (a.kind !== 'list')
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`attribute ${name} is not a list`);
        return a.i;
    }
    strings(name) {
        const a = this.attr(name);
        if (!a)
            return [];
        if (a.kind !== 'list')
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`attribute ${name} is not a list`);
        return a.s;
    }
    dtype(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.kind !== 'type')
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .fault */ .DG)(`attribute ${name} is not a type`);
        return _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .TF_DTYPES */ .F[a.type] ?? 'unknown';
    }
    /** A shape attribute (-1 where open), undefined when absent or of unknown rank. */
    shape(name) {
        const a = this.attr(name);
        return a?.kind === 'shape' ? a.dims : undefined;
    }
}


/***/ })

};
