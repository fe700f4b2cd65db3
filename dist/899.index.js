export const id = 899;
export const ids = [899];
export const modules = {

/***/ 155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ dynamicQuantizeCounts),
/* harmony export */   h3: () => (/* binding */ requantize),
/* harmony export */   yd: () => (/* binding */ quantize)
/* harmony export */ });
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);
/* harmony import */ var _op_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9648);
/* harmony import */ var _tensor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1134);
/**
 * Quantized inference. An integer product counts the float product's multiply-accumulates
 * (`mac`), so `macs` of a quantized model equals the float model's; zero points are not
 * counted (integer kernels fold them into the accumulator). Quantizing or dequantizing an
 * element is one `quant` (a scale and a zero-point shift); an integer product requantizes each
 * output element once.
 */



/** QuantizeLinear / DequantizeLinear / FakeQuant: one `quant` per element. */
function quantize(x, to) {
    return (0,_op_js__WEBPACK_IMPORTED_MODULE_2__/* .result */ .K)([(0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .tensor */ .OE)(x.shape, to)], { quant: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)((0,_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .size */ .Ej)(x.shape)) });
}
/** Requantizing (or scaling to float) `elements` outputs of an integer product. */
function requantize(elements) {
    return { quant: BigInt(elements) };
}
/**
 * Dynamic quantization of n elements, as ONNX DynamicQuantizeLinear's function body runs it:
 * the minimum and maximum of x (two reductions, a `reduce_max` per element each), each
 * widened to 0 (one `min`, one `max`), scale = (max - min) / 255 (a `sub`, a `div`), zero
 * point = round(clip(0 - min / scale, 0, 255)) (a `div`, a `sub`, the clip's `max` and `min`,
 * a `round`), then one quantization per element.
 */
function dynamicQuantizeCounts(n) {
    return { reduce_max: 2n * n, min: 2n, max: 2n, sub: 2n, div: 2n, round: 1n, quant: n };
}


/***/ }),

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeTfliteModel: () => (/* binding */ analyzeTfliteModel)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/counts.ts
var counts = __webpack_require__(3363);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/tensor.ts
var tensor = __webpack_require__(1134);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/onnx/inputs.ts
var inputs = __webpack_require__(8730);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/report/build.ts + 1 modules
var build = __webpack_require__(7814);
// EXTERNAL MODULE: ./src/report/memory.ts
var memory = __webpack_require__(5911);
// EXTERNAL MODULE: ./src/tf/keras-params.ts
var keras_params = __webpack_require__(3699);
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
        throw new src_errors/* FlopgateError */.N9(`${what}: bad FlexBuffer (${msg})`);
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

// EXTERNAL MODULE: ./src/containers/protobuf.ts
var protobuf = __webpack_require__(1977);
// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __webpack_require__(2940);
// EXTERNAL MODULE: ./src/io/paged-reader.ts
var paged_reader = __webpack_require__(7673);
// EXTERNAL MODULE: ./src/tf/decode-pb.ts
var decode_pb = __webpack_require__(2621);
// EXTERNAL MODULE: ./src/tf/ops/index.ts + 3 modules
var ops = __webpack_require__(844);
// EXTERNAL MODULE: ./src/tf/ops/types.ts
var types = __webpack_require__(2328);
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
    const rule = (0,ops/* tfRuleFor */.w)(node.op);
    if (!rule)
        return undefined;
    return {
        ...(rule.reads ? { reads: rule.reads } : {}),
        ...(rule.free ? { free: true } : {}),
        ...(rule.weights ? { weights: rule.weights } : {}),
        infer: (ctx) => rule.infer(new types/* TfCtx */.k(node, ctx.inputs)),
    };
}

// EXTERNAL MODULE: ./src/tflite/ir.ts
var ir = __webpack_require__(4283);
// EXTERNAL MODULE: ./src/core/ops/conv.ts
var conv = __webpack_require__(6116);
// EXTERNAL MODULE: ./src/core/ops/activation.ts
var activation = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/tflite/schema.ts
var schema = __webpack_require__(7407);
;// CONCATENATED MODULE: ./src/tflite/ops/types.ts



const outcome = (r) => ({ outputs: r.outputs, counts: r.counts });
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
            (0,errors/* fault */.DG)(`option field ${id} runs past its table`);
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
            (0,errors/* fault */.DG)(`input ${i} is missing`);
        return v;
    }
    value(i) {
        return this.inputs[i]?.values;
    }
    /** The values input `i` must have (a shape, axes): unknown ones make the op unmeasurable. */
    need(i, what) {
        const v = this.in(i).values;
        if (!v)
            (0,errors/* refuse */.TR)(`${what} (input ${i}) is only known at run time`);
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
        (0,errors/* fault */.DG)(`unknown fused activation ${code}`);
    if (name === 'linear')
        return r;
    const act = (0,activation/* activation */.tg)(name === 'relu_n1_to_1' ? 'hard_tanh' : name, r.outputs[0]);
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
function padding(code) {
    if (code === 0)
        return 'same';
    if (code === 1)
        return 'valid';
    return (0,errors/* fault */.DG)(`unknown padding ${code}`);
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
            (0,errors/* fault */.DG)(`CONV_2D needs a 4-D input and filter, got ${(0,tensor/* fmt */.Sc)(x.shape)} and ${(0,tensor/* fmt */.Sc)(w)}`);
        const groups = x.shape[3] / w[3];
        const o = ctx.opt;
        const r = (0,conv/* conv */.xT)(x, {
            channelsLast: true, filters: w[0], groups, bias: hasBias(ctx, 2), kernel: [w[1], w[2]],
            strides: [o.i32(2, 1), o.i32(1, 1)], dilations: [o.i32(5, 1), o.i32(4, 1)], pads: padding(o.i8(0, 0)),
        });
        return withFused(outcome(r), o.i8(3, 0));
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
            (0,errors/* fault */.DG)(`DEPTHWISE_CONV_2D needs a 4-D input and filter, got ${(0,tensor/* fmt */.Sc)(x.shape)} and ${(0,tensor/* fmt */.Sc)(w)}`);
        const o = ctx.opt;
        const c = x.shape[3];
        const r = (0,conv/* conv */.xT)(x, {
            channelsLast: true, filters: w[3], groups: c, depthwise: true, bias: hasBias(ctx, 2), kernel: [w[1], w[2]],
            strides: [o.i32(2, 1), o.i32(1, 1)], dilations: [o.i32(6, 1), o.i32(5, 1)], pads: padding(o.i8(0, 0)),
        });
        return withFused(outcome(r), o.i8(4, 0));
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
            (0,errors/* fault */.DG)(`CONV_3D needs a 5-D input and filter, got ${(0,tensor/* fmt */.Sc)(x.shape)} and ${(0,tensor/* fmt */.Sc)(w)}`);
        const o = ctx.opt;
        const r = (0,conv/* conv */.xT)(x, {
            channelsLast: true, filters: w[4], groups: x.shape[4] / w[3], bias: hasBias(ctx, 2), kernel: [w[0], w[1], w[2]],
            strides: [o.i32(1, 1), o.i32(3, 1), o.i32(2, 1)], dilations: [o.i32(5, 1), o.i32(7, 1), o.i32(6, 1)], pads: padding(o.i8(0, 0)),
        });
        return withFused(outcome(r), o.i8(4, 0));
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
            (0,errors/* fault */.DG)(`TRANSPOSE_CONV needs 4-D operands, got input ${(0,tensor/* fmt */.Sc)(x.shape)}, weights ${(0,tensor/* fmt */.Sc)(w)}, output shape ${(0,tensor/* fmt */.Sc)(out)}`);
        if (w[3] !== x.shape[3])
            (0,errors/* fault */.DG)(`weights ${(0,tensor/* fmt */.Sc)(w)} expect ${w[3]} input channels, input ${(0,tensor/* fmt */.Sc)(x.shape)} has ${x.shape[3]}`);
        const o = ctx.opt;
        const r = (0,conv/* convTranspose */.md)(x, {
            channelsLast: true, filters: w[0], kernel: [w[1], w[2]], strides: [o.i32(2, 1), o.i32(1, 1)], groups: 1, bias: hasBias(ctx, 3), outSpatial: [out[1], out[2]],
        });
        return withFused(outcome(r), o.i8(3, 0));
    },
};
/** Pool2DOptions: padding 0, stride_w 1, stride_h 2, filter_width 3, filter_height 4, fused activation 5. */
function pool2d(kind) {
    return {
        infer(ctx) {
            const o = ctx.opt;
            const r = (0,conv/* pool */.dz)(kind, ctx.in(0), { channelsLast: true, kernel: [o.i32(4, 1), o.i32(3, 1)], strides: [o.i32(2, 1), o.i32(1, 1)], pads: padding(o.i8(0, 0)) });
            return withFused(outcome(r), o.i8(5, 0));
        },
    };
}
const MAX_POOL_2D = pool2d('max');
const AVERAGE_POOL_2D = pool2d('avg');

// EXTERNAL MODULE: ./src/core/ops/linear.ts + 1 modules
var linear = __webpack_require__(3753);
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
            (0,errors/* fault */.DG)(`FULLY_CONNECTED weights must be 2-D, got ${(0,tensor/* fmt */.Sc)(w)}`);
        const [units, inDim] = w;
        const n = (0,tensor/* size */.Ej)(x.shape);
        if (inDim === 0 || n % inDim !== 0)
            (0,errors/* fault */.DG)(`input ${(0,tensor/* fmt */.Sc)(x.shape)} does not split into rows of ${inDim}`);
        const bias = ctx.op.inputs[2] !== undefined && ctx.op.inputs[2] >= 0;
        const r = (0,linear/* dense */.i0)((0,tensor/* tensor */.OE)([n / inDim, inDim], x.dtype), units, bias);
        const keep = ctx.opt.bool(2);
        const shape = keep ? [...x.shape.slice(0, -1), units] : [n / inDim, units];
        return withFused({ outputs: [(0,tensor/* tensor */.OE)(shape, x.dtype)], counts: r.counts }, ctx.opt.i8(0, 0));
    },
};
/** The last two axes swapped (an adjoint operand). */
function adjoint(t) {
    const s = [...t.shape];
    if (s.length < 2)
        (0,errors/* fault */.DG)(`cannot transpose ${(0,tensor/* fmt */.Sc)(s)}`);
    [s[s.length - 2], s[s.length - 1]] = [s[s.length - 1], s[s.length - 2]];
    return (0,tensor/* tensor */.OE)(s, t.dtype);
}
/** BATCH_MATMUL (BatchMatMulOptions: adj_x 0, adj_y 1): numpy matmul of the (adjoint) operands. */
const BATCH_MATMUL = {
    weights: [0, 1],
    infer(ctx) {
        const a = ctx.opt.bool(0) ? adjoint(ctx.in(0)) : ctx.in(0);
        const b = ctx.opt.bool(1) ? adjoint(ctx.in(1)) : ctx.in(1);
        return outcome((0,linear/* matmul */.DD)(a, b));
    },
};

// EXTERNAL MODULE: ./src/core/ops/recurrent.ts
var recurrent = __webpack_require__(5162);
;// CONCATENATED MODULE: ./src/tflite/ops/recurrent.ts
/** TFLite's fused recurrent ops: a whole sequence in one operator. */





/** [batch, time, features] (or time-major [time, batch, features]). */
function sequence(ctx, timeMajor) {
    const x = ctx.in(0).shape;
    if (x.length !== 3)
        (0,errors/* fault */.DG)(`expects a 3-D sequence, got ${(0,tensor/* fmt */.Sc)(x)}`);
    return timeMajor ? { t: x[0], b: x[1], i: x[2] } : { b: x[0], t: x[1], i: x[2] };
}
function activationName(code) {
    const a = schema/* FUSED_ACTIVATIONS */.Wp[code];
    if (a === undefined || a === 'sign_bit' || a === 'relu_n1_to_1')
        (0,errors/* fault */.DG)(`unsupported recurrent activation ${code}`);
    return a;
}
function run(ctx, cell, timeMajor, units) {
    const { b, t } = sequence(ctx, timeMajor);
    const r = (0,recurrent/* recurrent */.lU)(cell, (0,counts/* big */.lW)(b, t));
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
            (0,errors/* fault */.DG)(`forget-gate weights ${(0,tensor/* fmt */.Sc)(forget)} do not fit ${i} input features`);
        if (!ctx.has(1))
            (0,errors/* fault */.DG)('an LSTM without an input gate (CIFG) is not measured');
        if (ctx.has(16))
            (0,errors/* fault */.DG)('an LSTM with a projection layer is not measured');
        const h = forget[0];
        const cell = { kind: 'lstm', units: h, input: i, biasVectors: 1, activation: activationName(ctx.opt.i8(0, 4)), recurrentActivation: 'sigmoid', peepholes: ctx.has(9) };
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
            (0,errors/* fault */.DG)(`weights ${(0,tensor/* fmt */.Sc)(w)} do not fit ${i} input features`);
        const cell = { kind: 'simple', units: w[0], input: i, biasVectors: 1, activation: activationName(ctx.opt.i8(1, 4)), recurrentActivation: 'sigmoid' };
        return run(ctx, cell, timeMajor, w[0]);
    },
};

// EXTERNAL MODULE: ./src/core/ops/constants.ts
var constants = __webpack_require__(7037);
// EXTERNAL MODULE: ./src/core/ops/elementwise.ts
var elementwise = __webpack_require__(9572);
// EXTERNAL MODULE: ./src/core/ops/layout.ts
var layout = __webpack_require__(4816);
// EXTERNAL MODULE: ./src/core/ops/norm.ts
var norm = __webpack_require__(3632);
// EXTERNAL MODULE: ./src/core/ops/quant.ts
var quant = __webpack_require__(155);
// EXTERNAL MODULE: ./src/core/ops/reduce.ts
var reduce = __webpack_require__(1580);
// EXTERNAL MODULE: ./src/core/ops/resize.ts
var resize = __webpack_require__(7730);
// EXTERNAL MODULE: ./src/core/ops/select.ts
var ops_select = __webpack_require__(4586);
// EXTERNAL MODULE: ./src/core/ops/misc.ts
var misc = __webpack_require__(1486);
// EXTERNAL MODULE: ./src/core/op.ts
var op = __webpack_require__(9648);
// EXTERNAL MODULE: ./src/core/shape.ts
var shape = __webpack_require__(7298);
;// CONCATENATED MODULE: ./src/tflite/ops/simple.ts
/**
 * TFLite's element-wise, activation, reduction, quantization and data-movement builtins: each
 * reads its options and calls the core rule of the same operation.
 */















/** Binary element-wise op; `fused`: the options field of its fused activation (ADD, SUB, MUL, DIV: 0). */
function bin(fn, fused = false) {
    return {
        weights: [0, 1],
        infer(ctx) {
            const r = outcome((0,elementwise/* binary */.aw)(fn, ctx.in(0), ctx.in(1)));
            return fused ? withFused(r, ctx.opt.i8(0, 0)) : r;
        },
    };
}
function un(fn) {
    return { infer: (ctx) => outcome((0,elementwise/* unary */.gh)(fn, ctx.in(0))) };
}
function act(name) {
    return { infer: (ctx) => outcome((0,activation/* activation */.tg)(name, ctx.in(0))) };
}
/** MEAN, SUM, REDUCE_*: axes in input 1, ReducerOptions keep_dims 0. */
function red(kind) {
    return { reads: [1], infer: (ctx) => outcome((0,reduce/* reduce */.TS)(kind, ctx.in(0), ctx.need(1, 'the axes'), ctx.opt.bool(0))) };
}
const free = (infer, reads) => ({ free: true, infer, ...(reads ? { reads } : {}) });
const same = (ctx) => ({ outputs: [(0,tensor/* tensor */.OE)(ctx.in(0).shape, ctx.in(0).dtype, ctx.in(0).values)], counts: {} });
/** The element type an op's output is declared with, when it changes type (CAST, SHAPE, ARG_MAX). */
const declaredType = (ctx, fallback) => ctx.outTypes[0] ?? fallback;
/** RESHAPE: the target from input 1 when given, else ReshapeOptions.new_shape (field 0). */
const RESHAPE = free((ctx) => {
    const target = ctx.has(1) && ctx.in(1).shape.length > 0 && (0,tensor/* size */.Ej)(ctx.in(1).shape) > 0 ? ctx.need(1, 'the target shape') : ctx.opt.ints(0);
    if (!target)
        (0,errors/* fault */.DG)('RESHAPE has no target shape');
    return outcome((0,layout/* reshape */.tQ)(ctx.in(0), target));
}, [1]);
/** STRIDED_SLICE (StridedSliceOptions: begin_mask 0, end_mask 1, ellipsis 2, new_axis 3, shrink 4; offset 5). */
const STRIDED_SLICE = free((ctx) => {
    const o = ctx.opt;
    const begin = [...ctx.need(1, 'begin')];
    let end = [...ctx.need(2, 'end')];
    // `offset`: end counts from begin.
    if (o.bool(5))
        end = end.map((e, i) => e + begin[i]);
    return outcome((0,ops_select/* stridedSlice */.Ym)(ctx.in(0), begin, end, ctx.need(3, 'strides'), { begin: o.i32(0, 0), end: o.i32(1, 0), ellipsis: o.i32(2, 0), newAxis: o.i32(3, 0), shrink: o.i32(4, 0) }));
}, [1, 2, 3]);
/** SLICE: begin and size per axis (size -1: to the end). */
const SLICE = free((ctx) => {
    const x = ctx.in(0);
    const begin = ctx.need(1, 'begin');
    const sz = ctx.need(2, 'size');
    return outcome((0,ops_select/* slice */.di)(x, begin.map((b, i) => ({ axis: i, start: b, end: sz[i] === -1 ? null : b + sz[i], step: 1 })), 'python'));
}, [1, 2]);
const padOf = (ctx) => {
    const p = ctx.need(1, 'the paddings');
    const x = ctx.in(0);
    if (p.length !== 2 * x.shape.length)
        (0,errors/* fault */.DG)(`paddings of ${p.length} values do not fit ${(0,tensor/* fmt */.Sc)(x.shape)}`);
    return outcome((0,ops_select/* pad */.eV)(x, x.shape.map((_, i) => [p[2 * i], p[2 * i + 1]]), undefined));
};
/** SPLIT: axis in input 0, data in input 1, SplitOptions num_splits 0. */
const SPLIT = free((ctx) => {
    const x = ctx.in(1);
    const axis = (0,shape/* normAxis */.GD)(ctx.need(0, 'the axis')[0], x.shape.length);
    const n = ctx.opt.i32(0, ctx.op.outputs.length);
    if (n < 1 || x.shape[axis] % n !== 0)
        (0,errors/* fault */.DG)(`cannot split ${x.shape[axis]} into ${n} equal parts`);
    return outcome((0,ops_select/* split */.lD)(x, axis, Array(n).fill(x.shape[axis] / n)));
}, [0]);
/** SPLIT_V: data, sizes (one -1 takes the rest), axis. */
const SPLIT_V = free((ctx) => {
    const x = ctx.in(0);
    const axis = (0,shape/* normAxis */.GD)(ctx.need(2, 'the axis')[0], x.shape.length);
    return outcome((0,ops_select/* split */.lD)(x, axis, (0,ops_select/* splitVSizes */.lJ)(x.shape[axis], ctx.need(1, 'the sizes'))));
}, [1, 2]);
/** RESIZE_*: the new height and width in input 1 (NHWC). */
function resizeRule(mode) {
    return {
        reads: [1],
        infer(ctx) {
            const x = ctx.in(0);
            const [h, w] = ctx.need(1, 'the size');
            if (x.shape.length !== 4)
                (0,errors/* fault */.DG)(`resize needs a 4-D input, got ${(0,tensor/* fmt */.Sc)(x.shape)}`);
            return outcome((0,resize/* resize */.XR)(x, [x.shape[0], h, w, x.shape[3]], mode));
        },
    };
}
/** QUANTIZE / DEQUANTIZE: one `quant` per element (a constant's is folded away: computed once). */
const QUANT = { infer: (ctx) => outcome((0,quant/* quantize */.yd)(ctx.in(0), declaredType(ctx, 'float32'))) };
const SIMPLE = {
    ADD: bin('add', true),
    SUB: bin('sub', true),
    MUL: bin('mul', true),
    DIV: bin('div', true),
    MAXIMUM: bin('max'),
    MINIMUM: bin('min'),
    POW: bin('pow'),
    SQUARED_DIFFERENCE: bin('sqdiff'),
    FLOOR_DIV: bin('floor_div'),
    FLOOR_MOD: bin('floor_mod'),
    LESS: bin('less'),
    LESS_EQUAL: bin('less_equal'),
    GREATER: bin('greater'),
    GREATER_EQUAL: bin('greater_equal'),
    EQUAL: bin('equal'),
    NOT_EQUAL: bin('not_equal'),
    LOGICAL_AND: bin('and'),
    LOGICAL_OR: bin('or'),
    ADD_N: { infer: (ctx) => outcome((0,elementwise/* variadic */.Oe)('add', ctx.inputs.map((_, i) => ctx.in(i)))) },
    NEG: un('neg'),
    ABS: un('abs'),
    EXP: un('exp'),
    LOG: un('log'),
    SQRT: un('sqrt'),
    RSQRT: un('rsqrt'),
    SQUARE: un('square'),
    FLOOR: un('floor'),
    CEIL: un('ceil'),
    ROUND: un('round'),
    SIGN: un('sign'),
    SIN: un('sin'),
    COS: un('cos'),
    LOGICAL_NOT: un('not'),
    RELU: act('relu'),
    RELU6: act('relu6'),
    RELU_N1_TO_1: act('hard_tanh'),
    RELU_0_TO_1: { infer: (ctx) => outcome((0,activation/* activation */.tg)('hard_tanh', ctx.in(0))) },
    LOGISTIC: act('sigmoid'),
    TANH: act('tanh'),
    HARD_SWISH: act('hard_swish'),
    LEAKY_RELU: act('leaky_relu'),
    ELU: { infer: (ctx) => outcome((0,activation/* elu */.Pq)(ctx.in(0), 1)) },
    // GeluOptions: approximate 0.
    GELU: { infer: (ctx) => outcome((0,activation/* activation */.tg)(ctx.opt.bool(0) ? 'gelu_tanh' : 'gelu', ctx.in(0))) },
    // SoftmaxOptions: beta 0; a beta other than 1 scales the logits first.
    SOFTMAX: { infer: (ctx) => outcome((0,activation/* activation */.tg)('softmax', ctx.in(0))) },
    LOG_SOFTMAX: act('log_softmax'),
    PRELU: { weights: [1], infer: (ctx) => outcome((0,elementwise/* prelu */.Ns)(ctx.in(0), ctx.in(1).shape)) },
    L2_NORMALIZATION: { infer: (ctx) => withFused(outcome((0,norm/* lpNorm */.VV)(ctx.in(0), [-1], 2)), ctx.opt.i8(0, 0)) },
    // LocalResponseNormalizationOptions: radius 0; the window is 2 radius + 1 channels.
    LOCAL_RESPONSE_NORMALIZATION: { infer: (ctx) => outcome((0,norm/* lrn */.$0)(transposeLast(ctx), 2 * ctx.opt.i32(0, 5) + 1)) },
    MEAN: red('mean'),
    SUM: red('sum'),
    REDUCE_MAX: red('max'),
    REDUCE_MIN: red('min'),
    REDUCE_PROD: red('prod'),
    REDUCE_ANY: red('any'),
    REDUCE_ALL: red('all'),
    ARG_MAX: { reads: [1], infer: (ctx) => argOut(ctx, false) },
    ARG_MIN: { reads: [1], infer: (ctx) => argOut(ctx, true) },
    CUMSUM: { reads: [1], infer: (ctx) => outcome((0,misc/* cumSum */.rm)(ctx.in(0), ctx.need(1, 'the axis')[0], ctx.opt.bool(0), ctx.opt.bool(1))) },
    TOPK_V2: { reads: [1], infer: (ctx) => outcome((0,misc/* topK */.rv)(ctx.in(0), -1, ctx.need(1, 'k')[0])) },
    QUANTIZE: QUANT,
    DEQUANTIZE: QUANT,
    CAST: free((ctx) => outcome((0,elementwise/* cast */.wg)(ctx.in(0), declaredType(ctx, ctx.in(0).dtype)))),
    RESHAPE,
    SQUEEZE: free((ctx) => {
        const dims = ctx.opt.ints(0);
        return outcome((0,layout/* squeeze */.r2)(ctx.in(0), dims && dims.length ? dims : undefined));
    }),
    EXPAND_DIMS: free((ctx) => outcome((0,layout/* unsqueeze */.iD)(ctx.in(0), [(0,shape/* normAxis */.GD)(ctx.need(1, 'the axis')[0], ctx.in(0).shape.length + 1)])), [1]),
    TRANSPOSE: free((ctx) => outcome((0,layout/* transpose */.mg)(ctx.in(0), ctx.need(1, 'the permutation'))), [1]),
    CONCATENATION: { free: true, infer: (ctx) => withFused(outcome((0,ops_select/* concat */.xW)(ctx.inputs.map((_, i) => ctx.in(i)), ctx.opt.i32(0, 0))), ctx.opt.i8(1, 0)) },
    PACK: free((ctx) => outcome((0,ops_select/* stack */.t$)(ctx.inputs.map((_, i) => ctx.in(i)), ctx.opt.i32(1, 0)))),
    UNPACK: free((ctx) => {
        const x = ctx.in(0);
        const a = (0,shape/* normAxis */.GD)(ctx.opt.i32(1, 0), x.shape.length);
        const out = x.shape.filter((_, i) => i !== a);
        return { outputs: Array.from({ length: x.shape[a] }, () => (0,tensor/* tensor */.OE)(out, x.dtype)), counts: {} };
    }),
    STRIDED_SLICE,
    SLICE,
    SPLIT,
    SPLIT_V,
    PAD: free(padOf, [1]),
    PADV2: free(padOf, [1]),
    MIRROR_PAD: free(padOf, [1]),
    TILE: free((ctx) => outcome((0,layout/* tile */.Vs)(ctx.in(0), ctx.need(1, 'the multiples'))), [1]),
    BROADCAST_TO: free((ctx) => outcome((0,layout/* expand */.fT)(ctx.in(0), ctx.need(1, 'the shape'))), [1]),
    GATHER: { free: true, weights: [0], infer: (ctx) => outcome((0,ops_select/* gather */.kg)(ctx.in(0), ctx.in(1), ctx.opt.i32(0, 0))) },
    GATHER_ND: free((ctx) => outcome((0,ops_select/* gatherND */.SY)(ctx.in(0), ctx.in(1), 0))),
    EMBEDDING_LOOKUP: { free: true, weights: [1], infer: (ctx) => outcome((0,ops_select/* gather */.kg)(ctx.in(1), ctx.in(0), 0)) },
    SELECT: free((ctx) => outcome((0,elementwise/* where */._M)(ctx.in(0), ctx.in(1), ctx.in(2)))),
    SELECT_V2: free((ctx) => outcome((0,elementwise/* where */._M)(ctx.in(0), ctx.in(1), ctx.in(2)))),
    SHAPE: free((ctx) => ({ outputs: [(0,tensor/* tensor */.OE)([ctx.in(0).shape.length], declaredType(ctx, 'int32'), ctx.in(0).shape)], counts: {} })),
    RANK: free((ctx) => ({ outputs: [(0,tensor/* tensor */.OE)([], 'int32', [ctx.in(0).shape.length])], counts: {} })),
    FILL: free((ctx) => outcome((0,constants/* filled */.Bq)(ctx.need(0, 'the shape'), ctx.in(1).dtype, ctx.value(1)?.[0])), [0]),
    ZEROS_LIKE: free((ctx) => outcome((0,constants/* filled */.Bq)(ctx.in(0).shape, ctx.in(0).dtype, 0))),
    RANGE: free((ctx) => {
        const [s, l, d] = [ctx.need(0, 'start')[0], ctx.need(1, 'limit')[0], ctx.need(2, 'delta')[0]];
        const n = Math.max(Math.ceil((l - s) / d), 0);
        return { outputs: [(0,tensor/* tensor */.OE)([n], ctx.in(0).dtype, Array.from({ length: n <= 65536 ? n : 0 }, (_, i) => s + i * d))], counts: {} };
    }, [0, 1, 2]),
    REVERSE_V2: free(same),
    REVERSE_SEQUENCE: free(same),
    SPACE_TO_DEPTH: free((ctx) => outcome((0,layout/* spaceToDepth */.FI)(ctx.in(0), ctx.opt.i32(0, 1), true))),
    DEPTH_TO_SPACE: free((ctx) => outcome((0,layout/* depthToSpace */.Rj)(ctx.in(0), ctx.opt.i32(0, 1), true))),
    SPACE_TO_BATCH_ND: free((ctx) => spaceBatch(ctx, true), [1, 2]),
    BATCH_TO_SPACE_ND: free((ctx) => spaceBatch(ctx, false), [1, 2]),
    RESIZE_BILINEAR: resizeRule('linear'),
    RESIZE_NEAREST_NEIGHBOR: resizeRule('nearest'),
};
function argOut(ctx, min) {
    const r = (0,reduce/* argReduce */.VQ)(ctx.in(0), ctx.need(1, 'the axis')[0], false, min);
    return { outputs: [(0,tensor/* tensor */.OE)(r.outputs[0].shape, declaredType(ctx, 'int64'), r.outputs[0].values)], counts: r.counts };
}
/** LRN runs over the last (channel) axis; the core's rule reads channels on axis 1. */
function transposeLast(ctx) {
    const x = ctx.in(0);
    const s = x.shape;
    return (0,tensor/* tensor */.OE)([s[0], s[s.length - 1], ...s.slice(1, -1)], x.dtype);
}
/** SPACE_TO_BATCH_ND / BATCH_TO_SPACE_ND over NHWC: block shape (input 1), paddings or crops (input 2). */
function spaceBatch(ctx, toBatch) {
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
                (0,errors/* fault */.DG)(`padded axis ${padded} is not a multiple of block ${block[i]}`);
            out[i + 1] = padded / block[i];
        }
    }
    else {
        if (x.shape[0] % prod !== 0)
            (0,errors/* fault */.DG)(`batch ${x.shape[0]} is not a multiple of the block ${(0,tensor/* fmt */.Sc)(block)}`);
        out[0] = x.shape[0] / prod;
        for (let i = 0; i < m; i++)
            out[i + 1] = x.shape[i + 1] * block[i] - p[2 * i] - p[2 * i + 1];
    }
    return outcome((0,op/* result */.K)([(0,tensor/* tensor */.OE)(out, x.dtype)]));
}

;// CONCATENATED MODULE: ./src/tflite/ops/index.ts




/**
 * The adapter per TFLite builtin op. WHILE and Flex custom ops are walked by analyze.ts
 * (a loop's body once per trip; a Flex op as the TF op it carries, src/tf/ops).
 */
const RULES = {
    CONV_2D: CONV_2D, DEPTHWISE_CONV_2D: DEPTHWISE_CONV_2D, CONV_3D: CONV_3D, TRANSPOSE_CONV: TRANSPOSE_CONV, MAX_POOL_2D: MAX_POOL_2D, AVERAGE_POOL_2D: AVERAGE_POOL_2D,
    FULLY_CONNECTED: FULLY_CONNECTED, BATCH_MATMUL: BATCH_MATMUL,
    UNIDIRECTIONAL_SEQUENCE_LSTM: UNIDIRECTIONAL_SEQUENCE_LSTM, UNIDIRECTIONAL_SEQUENCE_RNN: UNIDIRECTIONAL_SEQUENCE_RNN,
    ...SIMPLE,
};
function ruleFor(type) {
    return Object.prototype.hasOwnProperty.call(RULES, type) ? RULES[type] : undefined;
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
        return new errors/* Refusal */.P_(`no loop counter of WHILE operator ${op.index} is compared with a constant bound in its condition`);
    if (!Number.isSafeInteger(trips) || trips > MAX_TRIPS)
        return new errors/* Refusal */.P_(`its trip count ${trips} is not a plausible loop`);
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
















const UNKNOWN = Symbol('unknown shape');
/** Constants folded with their values when this small (shape arithmetic). */
const FOLD_ELEMENTS = 1024;
/** Loops nested deeper than this are a fault, not a model. */
const MAX_DEPTH = 16;
const POLICY_NOTE = 'its cost is unknown (unknown: warn counts it as 0 and marks the total as a lower bound)';
/** A tensor's name as a row name: the first of the TF ops a fused tensor is named after. */
const rowName = (t, op) => (t?.name.split(';')[0] || `${op.type}_${op.index}`);
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
    ledger = new keras_params/* KerasParamLedger */.H();
    /** The row of each operator of the main subgraph (a loop's body rows follow its own). */
    rowOf = new Map();
    /** Weight bytes by the dtype each weight is stored in (int8 kernels, float16 weights, int32 biases). */
    weightsByDtype = {};
    /** Outputs of a multiplication that applied an unfolded batch normalisation: its key. */
    normOutputs = new Map();
    policy;
    active = new Set();
    constructor(model, fb, file, opts) {
        this.model = model;
        this.fb = fb;
        this.file = file;
        this.policy = opts.unknown ?? options/* DEFAULTS */.z.unknown;
    }
    fail(msg) {
        throw new src_errors/* FlopgateError */.N9(`${this.file}: ${msg}`);
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
        if (ref.length < n * width || n * width > ir/* LIMITS */.b.valueBytes)
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
            values.set(t.index, { shape: this.storedShape(t), dtype: t.dtype, constant: true, buffer: t.buffer, tensor: t, values: undefined });
        }
        return values;
    }
    /** A stored tensor's shape as the file declares it: one too large is the file's fault, not an op's. */
    storedShape(t) {
        try {
            return (0,tensor/* checkShape */.eA)(t.shape, `tensor "${t.name}"`);
        }
        catch (e) {
            if (e instanceof errors/* OpError */.mC)
                this.fail(e.message);
            throw e;
        }
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
            values.set(o, d ? { shape: d, dtype: sg.tensors[o].dtype, values: undefined } : UNKNOWN);
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
            if (s === UNKNOWN)
                blocked = true;
            inputs.push(s === UNKNOWN ? undefined : s);
        }
        const row = {
            name: rowName(first, op),
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
        if (depth === 0)
            this.rowOf.set(op, rows.length - 1);
        if (op.type === 'WHILE')
            return this.loop(op, inputs, values, rows, row, depth, blocked);
        const flex = op.custom?.startsWith('Flex') ? await flexNode(op, this.file) : undefined;
        const rule = flex ? flexRule(flex) : op.custom !== undefined ? undefined : ruleFor(op.type);
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
            if (e instanceof errors/* OpError */.mC)
                this.fail(`operator ${op.index} ${op.type} ("${row.name}"): ${e.message}`);
            if (!(e instanceof errors/* Refusal */.P_))
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
        row.output_shape = outs.map((v) => (v && v !== UNKNOWN ? [...v.shape] : []));
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
            const b = (0,memory/* elementsBytes */.xb)(t.params, v.tensor.dtype);
            row.weights_bytes = (row.weights_bytes ?? 0n) + b;
            (0,memory/* tally */.N4)(this.weightsByDtype, v.tensor.dtype, b);
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
                m.set(t, v ? (invariant ? v : { ...v, values: undefined, constant: undefined, tensor: undefined, buffer: undefined }) : UNKNOWN);
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
                values.set(o, bodyValues.get(body.outputs[k]) ?? UNKNOWN);
        });
        const outs = op.outputs.filter((o) => o >= 0).map((o) => values.get(o));
        row.output_shape = outs.map((v) => (v && v !== UNKNOWN ? [...v.shape] : []));
        if (trips === undefined || trips instanceof errors/* Refusal */.P_) {
            const why = trips instanceof errors/* Refusal */.P_ ? trips.why : 'the loop variables are only known at run time';
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
                rows.push({ ...r, name: `${row.name}/${r.name}`, ops: (0,counts/* scaleCounts */.Ph)(r.ops, times), note: `${what} x ${times}${r.note ? `; ${r.note}` : ''}` });
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
        throw new src_errors/* FlopgateError */.N9(`${file}: the main subgraph has no operators: nothing to measure`);
    const walk = new Walk(model, fb, file, opts);
    const graphInputs = main.inputs.filter((i) => !model.buffers[main.tensors[i].buffer]);
    const infos = graphInputs.map((i) => {
        const t = main.tensors[i];
        const dims = (t.signature ?? t.shape).map((d) => (d < 0 ? null : d));
        return { name: t.name, kind: 'tensor', elemType: 0, dims };
    });
    const bound = (0,inputs/* bindInputs */.V)(file, infos, opts);
    const values = walk.constants(main);
    graphInputs.forEach((i, k) => values.set(i, { shape: bound.shapes[k], dtype: main.tensors[i].dtype, values: undefined }));
    await walk.walk(main, values, walk.rows, 0);
    // Activations live while the main subgraph runs (docs/conventions.md, "Memory"), at its
    // operators' inferred shapes; a loop is one step, its body's tensors its own temporaries.
    const steps = main.operators.map((op) => ({ reads: op.inputs.filter((i) => i >= 0), writes: op.outputs.filter((o) => o >= 0) }));
    const sizeOf = (t) => {
        const v = values.get(t);
        if (v === undefined || v === UNKNOWN || v.constant)
            return undefined;
        return (0,memory/* tensorBytes */.X2)(v.shape, v.dtype === 'unknown' ? 'float32' : v.dtype);
    };
    (0,memory/* liveBytes */.GT)(steps, sizeOf, main.outputs).forEach((b, k) => {
        const at = walk.rowOf.get(main.operators[k]);
        if (at !== undefined)
            walk.rows[at].activation_bytes = b;
    });
    const quantization = quantizationOf(model);
    return (0,build/* buildModelReport */.oi)({
        name: opts.name ?? (0,external_node_path_.basename)(file),
        path: file,
        format: 'tflite',
        convention: opts.convention ?? options/* DEFAULTS */.z.convention,
        batch_size: bound.batch,
        input_shapes: bound.shapes.map((s) => s.slice(1)),
        ...(quantization ? { quantization } : {}),
        weights_by_dtype: walk.weightsByDtype,
    }, walk.rows);
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
