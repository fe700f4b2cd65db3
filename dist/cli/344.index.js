export const id = 344;
export const ids = [344];
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

/***/ 5162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bq: () => (/* binding */ convLstmStep),
/* harmony export */   lU: () => (/* binding */ recurrent),
/* harmony export */   xj: () => (/* binding */ STATES)
/* harmony export */ });
/* unused harmony exports GATES, cellStep, cellParams */
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _activation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8770);
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
    const h = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c.units);
    const gates = GATES[c.kind];
    const counts = { mac: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(gates, c.units, c.input + c.units) };
    if (c.biasVectors)
        counts.bias = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c.biasVectors, gates, c.units);
    if (c.kind === 'simple') {
        (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, { add: h });
        (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, (0,_activation_js__WEBPACK_IMPORTED_MODULE_2__/* .activationCounts */ .nF)(c.activation, h));
    }
    else if (c.kind === 'lstm') {
        (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, { add: 5n * h, mul: 3n * h });
        (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, (0,_activation_js__WEBPACK_IMPORTED_MODULE_2__/* .activationCounts */ .nF)(c.recurrentActivation, 3n * h));
        (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, (0,_activation_js__WEBPACK_IMPORTED_MODULE_2__/* .activationCounts */ .nF)(c.activation, 2n * h));
        if (c.peepholes)
            (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, { mul: 3n * h, add: 3n * h });
    }
    else {
        (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, { add: 4n * h, mul: 3n * h, sub: h });
        (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, (0,_activation_js__WEBPACK_IMPORTED_MODULE_2__/* .activationCounts */ .nF)(c.recurrentActivation, 2n * h));
        (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, (0,_activation_js__WEBPACK_IMPORTED_MODULE_2__/* .activationCounts */ .nF)(c.activation, h));
    }
    return counts;
}
/** Weights of one cell: gates x H x (I + H) kernels, the bias vectors, the peepholes. */
function cellParams(c) {
    const gates = GATES[c.kind];
    return (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(gates, c.units, c.input + c.units) + (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(c.biasVectors, gates, c.units) + (c.peepholes ? (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(3, c.units) : 0n);
}
/** A recurrent layer: `steps` = time steps x samples x directions, every one counted. */
function recurrent(c, steps) {
    if (!Number.isSafeInteger(c.units) || c.units < 1)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .fault */ .DG)(`units must be a positive integer, got ${c.units}`);
    return { counts: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .scaleCounts */ .Ph)(cellStep(c), steps), params: cellParams(c) };
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
    const units = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(positions, filters);
    const perUnit = cellStep(cell);
    const counts = {};
    for (const k in perUnit) {
        if (k !== 'mac')
            (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(counts, { [k]: perUnit[k] * units });
    }
    counts.mac = (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(positions, 4 * filters, kernel, channels + filters);
    return { counts, params: (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(kernel, channels + filters, 4 * filters) + (bias ? (0,_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .big */ .lW)(4 * filters) : 0n) };
}


/***/ }),

/***/ 7344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeOnnxModel: () => (/* binding */ analyzeOnnxModel)
});

// UNUSED EXPORTS: analyzeOnnx, analyzeOnnxDetailed

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/io/paged-reader.ts
var paged_reader = __webpack_require__(7673);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(5066);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
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

// EXTERNAL MODULE: ./src/onnx/inputs.ts
var inputs = __webpack_require__(8730);
// EXTERNAL MODULE: ./src/onnx/decode.ts
var decode = __webpack_require__(2185);
// EXTERNAL MODULE: ./src/onnx/ir.ts
var ir = __webpack_require__(4444);
// EXTERNAL MODULE: ./src/core/ops/activation.ts
var activation = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/core/ops/elementwise.ts
var elementwise = __webpack_require__(9572);
// EXTERNAL MODULE: ./src/core/shape.ts
var shape = __webpack_require__(7298);
// EXTERNAL MODULE: ./src/core/tensor.ts
var tensor = __webpack_require__(1134);
;// CONCATENATED MODULE: ./src/onnx/ops/types.ts




/** A core rule's result as an ONNX node's. */
function fromCore(r) {
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
        // Every ONNX op has at least one output; a node that declares none has nothing to read.
        if (this.nOut === 0)
            this.fail(`declares no outputs (${why} is only known at run time, so its output would come from the file's declaration)`);
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
        const outs = this.declaredOutputs(why, 'unknown');
        if (i >= outs.length)
            this.fail(`declares ${outs.length} output(s), and output ${i} is the one ${why} shapes`);
        return [...outs[i].shape];
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
const UNARY = {
    Exp: 'exp', Log: 'log', Erf: 'erf', Sqrt: 'sqrt', Reciprocal: 'reciprocal', Neg: 'neg', Abs: 'abs',
    Sign: 'sign', Floor: 'floor', Ceil: 'ceil', Round: 'round', Not: 'not', IsNaN: 'is_nan',
    Sin: 'sin', Cos: 'cos', Tan: 'tan', Asin: 'asin', Acos: 'acos', Atan: 'atan',
    Sinh: 'sinh', Cosh: 'cosh', Asinh: 'asinh', Acosh: 'acosh', Atanh: 'atanh',
};
/** Gelu (opset 20): approximate "none" (erf, the core's gelu) or "tanh" (its gelu_tanh). */
const Gelu = { infer: (ctx) => fromCore((0,activation/* activation */.tg)(ctx.str('approximate', 'none') === 'tanh' ? 'gelu_tanh' : 'gelu', ctx.in(0))) };
/** Elu(alpha): the core's elu, which counts an alpha other than 1. */
const Elu = { infer: (ctx) => fromCore((0,activation/* elu */.Pq)(ctx.in(0), ctx.float('alpha', 1))) };
/** Shrink: bias 0 is hard shrink, otherwise soft shrink; both a ReLU-family op. */
const Shrink = {
    infer(ctx) {
        const [lambd, bias] = [ctx.float('lambd', 0.5), ctx.float('bias', 0)];
        return fromCore((0,activation/* activation */.tg)(bias === 0 ? 'hard_shrink' : 'soft_shrink', ctx.in(0), -1, { alpha: lambd, beta: bias }));
    },
};
/** IsInf (detect_positive / detect_negative): one comparison per element. */
const IsInf = { infer: (ctx) => fromCore((0,elementwise/* unary */.gh)('is_inf', ctx.in(0))) };
/**
 * Clip: min and max are inputs from opset 11 (each optional), attributes before (absent means
 * no bound): one op per bound.
 */
const Clip = {
    reads: (ctx) => (ctx.opset >= 11 ? [1, 2] : []),
    infer(ctx) {
        const x = ctx.in(0);
        if (ctx.opset >= 11)
            return fromCore((0,elementwise/* clip */.$Q)(x, ctx.opt(1), ctx.opt(2)));
        const bound = (name) => (ctx.attr(name) ? { shape: [], dtype: x.dtype, values: [ctx.float(name, 0)] } : undefined);
        return fromCore((0,elementwise/* clip */.$Q)(x, bound('min'), bound('max')));
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
        if ((0,tensor/* fmt */.Sc)((0,shape/* broadcast */.mq)([x.shape, slope])) !== (0,tensor/* fmt */.Sc)(x.shape))
            ctx.fail(`slope ${(0,tensor/* fmt */.Sc)(slope)} does not broadcast onto ${(0,tensor/* fmt */.Sc)(x.shape)}`);
        return fromCore((0,elementwise/* prelu */.Ns)(x, slope, ctx.in(1).values));
    },
};
const ACTIVATION_OPS = (/* unused pure expression or super */ null && (ACTIVATION));
const UNARY_OPS = (/* unused pure expression or super */ null && (UNARY));
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
                return fromCore((0,activation/* activation */.tg)(name, x, ctx.int('axis', -1)));
            const axis = (0,shape/* normAxis */.GD)(ctx.int('axis', 1), x.shape.length);
            const flat = { ...x, shape: [(0,tensor/* size */.Ej)(x.shape.slice(0, axis)), (0,tensor/* size */.Ej)(x.shape.slice(axis))] };
            const r = fromCore((0,activation/* activation */.tg)(name, flat, 1));
            r.outputs = [{ ...r.outputs[0], shape: x.shape }];
            return r;
        },
    };
}
const ACTIVATIONS = {
    ...Object.fromEntries(Object.entries(ACTIVATION).map(([op, name]) => [
        op,
        {
            infer: (ctx) => fromCore((0,activation/* activation */.tg)(name, ctx.in(0), -1, params(ctx))),
        },
    ])),
    ...Object.fromEntries(Object.entries(UNARY).map(([op, fn]) => [op, { infer: (ctx) => fromCore((0,elementwise/* unary */.gh)(fn, ctx.in(0))) }])),
    Softmax: softmaxRule('softmax'),
    LogSoftmax: softmaxRule('log_softmax'),
    Gelu,
    Elu,
    Shrink,
    IsInf,
    Clip,
    PRelu,
};

// EXTERNAL MODULE: ./src/core/ops/conv.ts
var conv = __webpack_require__(6116);
// EXTERNAL MODULE: ./src/core/window.ts
var core_window = __webpack_require__(11);
;// CONCATENATED MODULE: ./src/onnx/ops/common.ts


const free = (outputs) => ({ outputs, ops: {} });
/**
 * An int list from input `i` (newer opsets) or attribute `attr` (older ones). `undefined`
 * when neither is given; when the input is given but only known at run time, `null`.
 */
function intList(ctx, i, attr, fromInput) {
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
    return (0,conv/* conv */.xT)(x, { channelsLast: false, filters: w[0], groups: group, bias, depthwise: group > 1 && group === c, ...windowAttrs(ctx, x.shape.length - 2, kernel) });
}
const Conv = { infer: (ctx) => fromCore(convOf(ctx, ctx.in(0), ctx.in(1).shape, ctx.has(2))) };
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
            return (0,core_window/* transposedOutput */.d)(d, kernel[i], win.strides[i], win.dilations[i], pads, outPad[i] ?? 0);
        });
        return fromCore((0,conv/* convTranspose */.md)(x, { channelsLast: false, filters: w[1] * group, kernel, strides: win.strides, groups: group, bias: ctx.has(2), outSpatial: spatial }));
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
            const r = fromCore((0,conv/* pool */.dz)(kind, x, { channelsLast: false, ...windowAttrs(ctx, x.shape.length - 2, kernel) }));
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
    return { infer: (ctx) => fromCore((0,conv/* globalPool */.iE)(kind, spatialInput(ctx.in(0), 0), ctx.in(0).shape.length - 2, false, true)) };
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
            return fromCore((0,elementwise/* binary */.aw)(fn, a, legacyAligned(ctx, a, ctx.in(1))));
        },
    };
}
/** Div and Mod divide as their element type does: integer division truncates. Mod with fmod=0 on integers is floor modulo. */
const Mod = {
    infer(ctx) {
        const a = ctx.in(0);
        const fmod = ctx.int('fmod', 0) === 1;
        return fromCore((0,elementwise/* binary */.aw)(fmod ? 'mod' : 'floor_mod', a, ctx.in(1)));
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
        return fromCore((0,elementwise/* binary */.aw)(dir === 'LEFT' ? 'shift_left' : 'shift_right', ctx.in(0), ctx.in(1)));
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
            return fromCore((0,elementwise/* variadic */.Oe)(fn, xs));
        },
    };
}
const Where = { infer: (ctx) => fromCore((0,elementwise/* where */._M)(ctx.in(0), ctx.in(1), ctx.in(2))) };
/** Cast (to the `to` attribute's type) and CastLike (to the second input's): free, values converted. */
const Cast = { infer: (ctx) => fromCore((0,elementwise/* cast */.wg)(ctx.in(0), ctx.node.opType === 'CastLike' ? ctx.in(1).dtype : (0,dtypes/* coreDType */.cK)(ctx.int('to', 1)))) };
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
    Where,
    Cast,
    CastLike: Cast,
};
ELEMENTWISE.BitwiseNot = { infer: (ctx) => fromCore((0,elementwise/* unary */.gh)('bitwise_not', ctx.in(0))) };

// EXTERNAL MODULE: ./src/core/ops/select.ts
var ops_select = __webpack_require__(4586);
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
        return fromCore((0,ops_select/* oneHot */.Mw)(ctx.in(0), Math.trunc(depth[0]), ctx.int('axis', -1), dtype));
    },
};
const EyeLike = {
    infer(ctx) {
        const x = ctx.in(0);
        const dtype = ctx.attr('dtype') ? (0,dtypes/* coreDType */.cK)(ctx.int('dtype', 1)) : x.dtype;
        return fromCore((0,ops_select/* eyeLike */.V2)(x, ctx.int('k', 0), dtype));
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
const Compress = { reads: () => [1], infer: (ctx) => fromCore((0,ops_select/* compress */.Bc)(ctx.in(0), ctx.in(1), ctx.int('axis'))) };
const NonZero = { reads: () => [0], infer: (ctx) => fromCore((0,ops_select/* nonZero */.ez)(ctx.in(0))) };
const Unique = {
    reads: () => [0],
    infer(ctx) {
        const r = fromCore((0,ops_select/* unique */.Am)(ctx.in(0), ctx.int('axis')));
        r.outputs = r.outputs.slice(0, Math.max(ctx.nOut, 1));
        return r;
    },
};

// EXTERNAL MODULE: ./src/core/ops/linear.ts + 1 modules
var linear = __webpack_require__(3753);
;// CONCATENATED MODULE: ./src/onnx/ops/matmul.ts


/** Gemm's options as the core takes them. */
function gemmOptions(ctx) {
    return { transA: ctx.int('transA', 0) === 1, transB: ctx.int('transB', 0) === 1, alpha: ctx.float('alpha', 1), beta: ctx.float('beta', 1) };
}
const Gemm = { infer: (ctx) => fromCore((0,linear/* gemm */.vE)(ctx.in(0), ctx.in(1), ctx.opt(2), gemmOptions(ctx))) };
const MatMul = { infer: (ctx) => fromCore((0,linear/* matmul */.DD)(ctx.in(0), ctx.in(1))) };
/** Einsum of every input, in the core's pairwise order (core/einsum.ts). */
const Einsum = {
    infer(ctx) {
        const eq = ctx.str('equation', '');
        if (!eq)
            ctx.fail('has no equation');
        const ins = [];
        for (let i = 0; i < ctx.nIn; i++)
            ins.push(ctx.in(i));
        return fromCore((0,linear/* einsum */._3)(eq, ins));
    },
};

// EXTERNAL MODULE: ./src/core/ops/constants.ts
var constants = __webpack_require__(7037);
// EXTERNAL MODULE: ./src/core/ops/misc.ts
var misc = __webpack_require__(1486);
;// CONCATENATED MODULE: ./src/onnx/ops/math.ts
/** Selections along an axis, running sums, determinants and random draws: adapters onto the core. */






/** Hardmax: before opset 13 the input is coerced to 2-D at `axis` (default 1); the shape is kept either way. */
const Hardmax = {
    infer(ctx) {
        const x = ctx.in(0);
        (0,shape/* normAxis */.GD)(ctx.int('axis', ctx.opset >= 13 ? -1 : 1), Math.max(x.shape.length, 1));
        return fromCore((0,misc/* hardmax */.MK)(x));
    },
};
const CumSum = {
    reads: () => [1],
    infer(ctx) {
        const x = ctx.in(0);
        return fromCore((0,misc/* cumSum */.rm)(x, ctx.value(1)?.[0] ?? 0, ctx.int('exclusive', 0) === 1, ctx.int('reverse', 0) === 1));
    },
};
/** TopK: k from input 1 (opset 10+) or the attribute; a run-time k takes the declared outputs. */
const TopK = {
    reads: (ctx) => (ctx.opset >= 10 ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const axis = (0,shape/* normAxis */.GD)(ctx.int('axis', -1), x.shape.length);
        let k = ctx.opset >= 10 ? ctx.value(1)?.[0] : ctx.int('k');
        if (k === undefined) {
            if (ctx.opset < 10)
                return ctx.fail('has no k');
            const out = ctx.declaredShape('k');
            k = out[axis];
            if (out.length !== x.shape.length || k === undefined)
                ctx.fail(`declared output ${(0,tensor/* fmt */.Sc)(out)} does not fit input ${(0,tensor/* fmt */.Sc)(x.shape)}`);
        }
        return fromCore((0,misc/* topK */.rv)(x, axis, k, ctx.int('largest', 1) === 1));
    },
};
const Det = { infer: (ctx) => fromCore((0,misc/* det */.yT)(ctx.in(0))) };
/** Random draws differ at every run: never folded, whatever their inputs. */
const Bernoulli = { volatile: true, infer: (ctx) => fromCore((0,misc/* bernoulli */.X8)(ctx.in(0), ctx.attr('dtype') ? (0,dtypes/* coreDType */.cK)(ctx.int('dtype', 1)) : ctx.in(0).dtype)) };
const RandomLike = {
    volatile: true,
    infer: (ctx) => fromCore((0,constants/* random */.yT)(ctx.in(0).shape, ctx.attr('dtype') ? (0,dtypes/* coreDType */.cK)(ctx.int('dtype', 1)) : ctx.in(0).dtype)),
};
/** RandomUniform, RandomNormal: the `shape` attribute's shape, nothing counted. */
const RandomOfShape = {
    volatile: true,
    infer(ctx) {
        const shape = ctx.ints('shape');
        if (!shape)
            return ctx.fail('has no shape');
        return fromCore((0,constants/* random */.yT)((0,tensor/* checkShape */.eA)(shape), (0,dtypes/* coreDType */.cK)(ctx.int('dtype', 1))));
    },
};

// EXTERNAL MODULE: ./src/core/ops/norm.ts
var norm = __webpack_require__(3632);
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
const BatchNormalization = {
    infer(ctx) {
        const x = channels(ctx);
        const r = fromCore((0,norm/* batchNorm */.$v)(x, [1], { center: true, scale: true }));
        for (let i = 1; i < ctx.nOut; i++)
            r.outputs.push(val([x.shape[1]], x.dtype));
        return r;
    },
};
/** LayerNormalization (opset 17): every axis from `axis` on; Scale required, B optional. */
const LayerNormalization = {
    infer(ctx) {
        const x = ctx.in(0);
        const axis = (0,shape/* normAxis */.GD)(ctx.int('axis', -1), x.shape.length);
        const axes = x.shape.map((_, i) => i).filter((i) => i >= axis);
        const r = fromCore((0,norm/* layerNorm */.K2)(x, axes, { scale: true, center: ctx.has(2), firstAxisIsData: true }));
        const stats = [...x.shape.slice(0, axis), ...x.shape.slice(axis).map(() => 1)];
        for (let i = 1; i < ctx.nOut; i++)
            r.outputs.push(val(stats, x.dtype));
        return r;
    },
};
/** InstanceNormalization: group normalisation with one group per channel. */
const InstanceNormalization = {
    infer: (ctx) => fromCore((0,norm/* groupNorm */.Cx)(channels(ctx), channels(ctx).shape[1], 1, { scale: true, center: true })),
};
const GroupNormalization = {
    infer(ctx) {
        const g = ctx.int('num_groups');
        if (g === undefined)
            return ctx.fail('needs num_groups');
        return fromCore((0,norm/* groupNorm */.Cx)(channels(ctx), g, 1, { scale: true, center: true }));
    },
};
/** Mean and variance over `axes` (default N, H, W), no learned scale. */
const MeanVarianceNormalization = {
    infer: (ctx) => fromCore((0,norm/* meanVarianceNorm */.Nq)(ctx.in(0), ctx.ints('axes') ?? [0, 2, 3])),
};
/** Local response normalisation across `size` channels. */
const LRN = {
    infer(ctx) {
        const size = ctx.int('size');
        if (size === undefined)
            return ctx.fail('needs a size');
        return fromCore((0,norm/* lrn */.$0)(channels(ctx), size));
    },
};
/** LpNormalization along `axis` (p = 1 or 2). */
const LpNormalization = {
    infer(ctx) {
        const x = ctx.in(0);
        const p = ctx.int('p', 2);
        if (p !== 1 && p !== 2)
            ctx.fail(`p ${p} must be 1 or 2`);
        return fromCore((0,norm/* lpNorm */.VV)(x, (0,shape/* normAxes */.mf)([ctx.int('axis', -1)], x.shape.length), p));
    },
};

// EXTERNAL MODULE: ./src/core/counts.ts
var core_counts = __webpack_require__(3363);
// EXTERNAL MODULE: ./src/core/ops/quant.ts
var quant = __webpack_require__(155);
// EXTERNAL MODULE: ./src/core/ops/reduce.ts
var reduce = __webpack_require__(1580);
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
                return fromCore((0,reduce/* reduce */.TS)(kind, x, axes, keep));
            // Axes only known at run time: the declared output, counted as m rows of n / m elements.
            const out = ctx.declaredShape('the axes');
            const [n, m] = [(0,tensor/* size */.Ej)(x.shape), (0,tensor/* size */.Ej)(out)];
            if (m === 0 || n % m !== 0)
                ctx.fail(`declared output ${(0,tensor/* fmt */.Sc)(out)} does not fit input ${(0,tensor/* fmt */.Sc)(x.shape)}`);
            const flat = (0,reduce/* reduce */.TS)(kind, { shape: [m, n / m], dtype: x.dtype }, [1], false);
            return { outputs: [val(out, flat.outputs[0].dtype)], ops: flat.counts };
        },
    };
}
/** ArgMax / ArgMin along `axis`. */
function argRule(min) {
    return { infer: (ctx) => fromCore((0,reduce/* argReduce */.VQ)(ctx.in(0), ctx.int('axis', 0), ctx.int('keepdims', 1) === 1, min, ctx.int('select_last_index', 0) === 1)) };
}
const REDUCTIONS = {
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
















const range = (from, to) => Array.from({ length: to - from }, (_, i) => from + i);
/** Elements a QDQ form would dequantize at run time: none for a constant. */
function dq(v) {
    return v.constant ? 0n : (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(v.shape));
}
/** The core result plus quantization work. */
function withQuant(r, quant) {
    (0,core_counts/* addCounts */.c5)(r.ops, quant);
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
    const axis = () => (0,shape/* normAxis */.GD)(ctx.int('axis', 1), x.length);
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
        return fromCore((0,quant/* quantize */.yd)(x, dtype));
    },
};
const DequantizeLinear = {
    metadata: () => [1, 2],
    infer(ctx) {
        const x = ctx.in(0);
        const scale = ctx.in(1);
        checkScale(ctx, x.shape, scale.shape);
        const attr = ctx.opset >= 23 ? ctx.int('output_dtype', 0) : 0;
        return fromCore((0,quant/* quantize */.yd)(x, attr ? (0,dtypes/* coreDType */.cK)(attr) : scale.dtype === 'unknown' ? 'float32' : scale.dtype));
    },
};
const DynamicQuantizeLinear = {
    infer(ctx) {
        const x = ctx.in(0);
        return {
            outputs: [val(x.shape, 'uint8'), { ...val([], 'float32'), scale: true }, { ...val([], 'uint8'), scale: true }],
            ops: (0,quant/* dynamicQuantizeCounts */.Fc)((0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(x.shape))),
        };
    },
};
/** Integer convolution: Conv's MACs, an int32 output, no requantization. */
const ConvInteger = {
    metadata: () => [2, 3],
    infer(ctx) {
        const r = fromCore(convOf(ctx, ctx.in(0), ctx.in(1).shape, false));
        r.outputs = [val(r.outputs[0].shape, 'int32')];
        return r;
    },
};
const MatMulInteger = {
    metadata: () => [2, 3],
    infer(ctx) {
        const r = fromCore((0,linear/* matmul */.DD)(ctx.in(0), ctx.in(1)));
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
        const r = fromCore(convOf(ctx, channelsFirst(ctx, ctx.in(0)), ctx.in(3).shape, ctx.has(8)));
        const out = r.outputs[0].shape;
        r.outputs = [val(channelsBack(ctx, out), ctx.in(7).dtype)];
        return withQuant(r, (0,quant/* requantize */.h3)((0,tensor/* size */.Ej)(out)));
    },
};
/** QLinearMatMul(a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp): MatMul's MACs, requantized. */
const QLinearMatMul = {
    metadata: () => [1, 2, 4, 5, 6, 7],
    infer(ctx) {
        const r = fromCore((0,linear/* matmul */.DD)(ctx.in(0), ctx.in(3)));
        r.outputs = [val(r.outputs[0].shape, ctx.in(7).dtype)];
        return withQuant(r, (0,quant/* requantize */.h3)((0,tensor/* size */.Ej)(r.outputs[0].shape)));
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
        const r = fromCore((0,linear/* gemm */.vE)(ctx.in(0), ctx.in(3), ctx.opt(6), { ...gemmOptions(ctx), alpha: 1, beta: 1 }));
        r.outputs = [val(r.outputs[0].shape, ctx.has(7) ? ctx.opt(8)?.dtype ?? 'uint8' : 'float32')];
        return withQuant(r, (0,quant/* requantize */.h3)((0,tensor/* size */.Ej)(r.outputs[0].shape)));
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
        const r = fromCore((0,linear/* matmul */.DD)(a, ctx.in(1)));
        const n = (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(r.outputs[0].shape));
        r.outputs = [val(r.outputs[0].shape, a.dtype === 'float16' ? 'float16' : 'float32')];
        (0,core_counts/* addCounts */.c5)(r.ops, (0,quant/* dynamicQuantizeCounts */.Fc)((0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(a.shape))));
        return withQuant(r, { quant: n, ...(ctx.has(4) ? { bias: n } : {}) });
    },
};
/** com.microsoft.MatMulIntegerToFloat(A, B, a_scale, b_scale, a_zp, b_zp, bias): MACs, scaled to float. */
const MatMulIntegerToFloat = {
    metadata: () => [2, 3, 4, 5],
    infer(ctx) {
        const r = fromCore((0,linear/* matmul */.DD)(ctx.in(0), ctx.in(1)));
        const n = (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(r.outputs[0].shape));
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
            const r = fromCore((0,elementwise/* binary */.aw)(fn, a, b));
            return withQuant(r, { quant: dq(a) + dq(b) + (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(r.outputs[0].shape)) });
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
            return withQuant(fromCore((0,activation/* activation */.tg)(name, x)), { quant: dq(x) + (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(x.shape)) });
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
        const r = fromCore((0,reduce/* reduce */.TS)('mean', x, axes, ctx.int('keepdims', 1) === 1));
        return withQuant(r, { quant: dq(x) + (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(r.outputs[0].shape)) });
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
        const r = fromCore((0,conv/* globalPool */.iE)('avg', cf, cf.shape.length - 2, false, true));
        r.outputs = [val(channelsBack(ctx, r.outputs[0].shape), x.dtype)];
        return withQuant(r, { quant: dq(x) + (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(r.outputs[0].shape)) });
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
        const r = fromCore((0,conv/* pool */.dz)('avg', cf, { channelsLast: false, ...windowAttrs(ctx, cf.shape.length - 2, kernel) }));
        r.outputs = [val(channelsBack(ctx, r.outputs[0].shape), x.dtype)];
        return withQuant(r, { quant: dq(x) + (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(r.outputs[0].shape)) });
    },
};
/**
 * QLinearConcat(Y_scale, Y_zp, X0, X0_scale, X0_zp, X1, ...): Concat in QDQ form, each input
 * rescaled to Y's scale.
 */
const QLinearConcat = {
    metadata: (c) => [0, 1, ...range(2, c.nIn).filter((i) => (i - 2) % 3 !== 0)],
    infer(ctx) {
        const xs = [];
        for (let i = 2; i < ctx.nIn; i += 3)
            xs.push(ctx.in(i));
        if (xs.length === 0)
            ctx.fail('has no inputs to concatenate');
        const r = fromCore((0,ops_select/* concat */.xW)(xs, ctx.int('axis', 0)));
        r.outputs = [val(r.outputs[0].shape, xs[0].dtype)];
        return withQuant(r, { quant: xs.reduce((acc, x) => acc + dq(x), 0n) + (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(r.outputs[0].shape)) });
    },
};

// EXTERNAL MODULE: ./src/core/ops/resize.ts
var resize = __webpack_require__(7730);
;// CONCATENATED MODULE: ./src/onnx/ops/resize.ts





const MODES = { nearest: 'nearest', linear: 'linear', bilinear: 'linear', trilinear: 'linear', cubic: 'cubic', bicubic: 'cubic' };
function mode(ctx, dflt = 'nearest') {
    const m = ctx.str('mode', dflt);
    const out = Object.prototype.hasOwnProperty.call(MODES, m) ? MODES[m] : undefined;
    if (!out)
        return ctx.fail(`unknown mode "${m}"`);
    return out;
}
function resized(ctx, x, out) {
    return fromCore((0,resize/* resize */.XR)(x, out, mode(ctx), ctx.opset >= 18 && ctx.int('antialias', 0) === 1));
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
        const ax = (0,shape/* normAxes */.mf)(axes, r);
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
            ax.forEach((a, i) => (out[a] = (0,resize/* scaledLength */.Z$)(x.shape[a], scales[i])));
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
        return resized(ctx, x, x.shape.map((d, i) => (0,resize/* scaledLength */.Z$)(d, scales[i])));
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
        const samples = (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(out.shape), s, s);
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
        return fromCore((0,resize/* resize */.XR)(x, [x.shape[0], x.shape[1], ...g.slice(1, -1)], mode(ctx, 'linear')));
    },
};

// EXTERNAL MODULE: ./src/core/ops/layout.ts
var layout = __webpack_require__(4816);
;// CONCATENATED MODULE: ./src/onnx/ops/reshape.ts
/** Ops that rearrange a tensor without arithmetic: adapters onto the core's layout ops. */




/** Reshape: the target from input 1 (opset 5+) or the `shape` attribute; 0 copies unless allowzero. */
const Reshape = {
    reads: (ctx) => (ctx.opset >= 5 ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const target = ctx.opset >= 5 ? ctx.value(1) : ctx.ints('shape');
        if (!target)
            return free(ctx.declaredOutputs('the target shape', x.dtype));
        return fromCore((0,layout/* reshape */.tQ)(x, target, ctx.int('allowzero', 0) !== 1));
    },
};
const Flatten = { infer: (ctx) => fromCore((0,layout/* flatten2d */.z2)(ctx.in(0), ctx.int('axis', 1))) };
const Transpose = { infer: (ctx) => fromCore((0,layout/* transpose */.mg)(ctx.in(0), ctx.ints('perm'))) };
const Squeeze = {
    reads: (ctx) => (ctx.opset >= 13 ? [1] : []),
    infer(ctx) {
        const axes = intList(ctx, 1, 'axes', ctx.opset >= 13);
        if (axes === null)
            return free(ctx.declaredOutputs('the axes', ctx.in(0).dtype));
        return fromCore((0,layout/* squeeze */.r2)(ctx.in(0), axes));
    },
};
const Unsqueeze = {
    reads: (ctx) => (ctx.opset >= 13 ? [1] : []),
    infer(ctx) {
        const axes = intList(ctx, 1, 'axes', ctx.opset >= 13);
        if (axes === null)
            return free(ctx.declaredOutputs('the axes', ctx.in(0).dtype));
        if (!axes)
            return ctx.fail('has no axes');
        return fromCore((0,layout/* unsqueeze */.iD)(ctx.in(0), axes));
    },
};
const Expand = {
    reads: () => [1],
    infer(ctx) {
        const shape = ctx.value(1);
        if (!shape)
            return free(ctx.declaredOutputs('the target shape', ctx.in(0).dtype));
        return fromCore((0,layout/* expand */.fT)(ctx.in(0), shape));
    },
};
const Tile = {
    reads: () => [1],
    infer(ctx) {
        const x = ctx.in(0);
        const reps = ctx.value(1);
        if (!reps)
            return free(ctx.declaredOutputs('the repeats', x.dtype));
        if (reps.length !== x.shape.length)
            ctx.fail(`repeats ${(0,tensor/* fmt */.Sc)(reps)} do not fit ${(0,tensor/* fmt */.Sc)(x.shape)}`);
        return fromCore((0,layout/* tile */.Vs)(x, reps));
    },
};
const DepthToSpace = { infer: (ctx) => fromCore((0,layout/* depthToSpace */.Rj)(ctx.in(0), ctx.int('blocksize', 0))) };
const SpaceToDepth = { infer: (ctx) => fromCore((0,layout/* spaceToDepth */.FI)(ctx.in(0), ctx.int('blocksize', 0))) };

// EXTERNAL MODULE: ./src/core/ops/recurrent.ts
var recurrent = __webpack_require__(5162);
;// CONCATENATED MODULE: ./src/onnx/ops/rnn.ts





/** The activation functions ONNX recurrent ops accept, as the core's activations. */
const ACT = {
    Relu: 'relu', LeakyRelu: 'leaky_relu', ThresholdedRelu: 'thresholded_relu', Tanh: 'tanh', ScaledTanh: 'scaled_tanh',
    Sigmoid: 'sigmoid', HardSigmoid: 'hard_sigmoid', Affine: 'affine', Elu: 'elu', Softsign: 'softsign', Softplus: 'softplus',
};
const CELLS = {
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
    const cell = CELLS[op];
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
                (0,core_counts/* addCounts */.c5)(ops, (0,recurrent/* recurrent */.lU)(spec, (0,core_counts/* big */.lW)(t, b)).counts);
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
const RNN = recurrentRule('RNN');

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
const SameShape = { infer: (ctx) => fromCore((0,layout/* passThrough */.po)(ctx.in(0))) };
const Concat = {
    infer(ctx) {
        const xs = [];
        for (let i = 0; i < ctx.nIn; i++)
            if (ctx.has(i))
                xs.push(ctx.in(i));
        if (xs.length === 0)
            ctx.fail('has no inputs');
        return fromCore((0,ops_select/* concat */.xW)(xs, ctx.int('axis', 1)));
    },
};
/** Split: sizes from input 1 (opset 13; opset 1 took them as an optional input too) or `split`, else equal parts. */
const Split = {
    reads: (ctx) => (ctx.opset >= 13 || ctx.has(1) ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const axis = (0,shape/* normAxis */.GD)(ctx.int('axis', 0), x.shape.length);
        let sizes = intList(ctx, 1, 'split', ctx.opset >= 13 || ctx.has(1));
        if (sizes === null)
            return free(ctx.declaredOutputs('the split sizes', x.dtype));
        if (!sizes || sizes.length === 0) {
            const n = ctx.int('num_outputs', ctx.nOut);
            sizes = (0,ops_select/* evenSplitSizes */.pP)(x.shape[axis], n, ctx.attr('num_outputs') !== undefined);
        }
        return fromCore((0,ops_select/* split */.lD)(x, axis, sizes));
    },
};
/** Slice: starts, ends, axes, steps from inputs (opset 10+) or attributes; ONNX's clamping. */
const Slice = {
    reads: (ctx) => (ctx.opset >= 10 ? [1, 2, 3, 4] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const fromInput = ctx.opset >= 10;
        const starts = intList(ctx, 1, 'starts', fromInput);
        const ends = intList(ctx, 2, 'ends', fromInput);
        const axes = intList(ctx, 3, 'axes', fromInput);
        const steps = fromInput ? intList(ctx, 4, '', true) : undefined;
        if (starts === null || ends === null || axes === null || steps === null)
            return free(ctx.declaredOutputs('a slice bound', x.dtype));
        if (!starts || !ends || starts.length !== ends.length)
            return ctx.fail('starts and ends are missing or differ in length');
        const ax = axes ?? starts.map((_, i) => i);
        if (ax.length !== starts.length || (steps && steps.length !== starts.length))
            ctx.fail('starts, ends, axes and steps differ in length');
        const specs = ax.map((axis, i) => ({ axis, start: starts[i], end: ends[i], step: steps ? steps[i] : 1 }));
        return fromCore((0,ops_select/* slice */.di)(x, specs, 'onnx'));
    },
};
const Gather = { infer: (ctx) => fromCore((0,ops_select/* gather */.kg)(ctx.in(0), ctx.in(1), ctx.int('axis', 0))) };
const GatherElements = { infer: (ctx) => fromCore((0,ops_select/* gatherElements */.Nd)(ctx.in(0), ctx.in(1), ctx.int('axis', 0))) };
const GatherND = { infer: (ctx) => fromCore((0,ops_select/* gatherND */.SY)(ctx.in(0), ctx.in(1), ctx.int('batch_dims', 0))) };
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
            axes = (0,shape/* normAxes */.mf)(given, r);
        }
        if (pads.length !== 2 * axes.length)
            ctx.fail(`pads ${(0,tensor/* fmt */.Sc)(pads)} do not fit ${axes.length} axes`);
        const perAxis = x.shape.map(() => [0, 0]);
        axes.forEach((a, i) => (perAxis[a] = [pads[i], pads[i + axes.length]]));
        // Only the constant mode's values are folded (reflect and edge copy the data).
        const mode = ctx.str('mode', 'constant');
        const fill = mode !== 'constant' ? undefined : ctx.opset >= 11 ? (ctx.has(2) ? ctx.value(2)?.[0] : 0) : ctx.float('value', 0);
        return fromCore((0,ops_select/* pad */.eV)(x, perAxis, fill));
    },
};

// EXTERNAL MODULE: ./src/core/op.ts
var op = __webpack_require__(9648);
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
    const n = (0,core_counts/* big */.lW)(length);
    const counts = terms === 1 ? { mul: 2n * n, trig: n, sub: n, div: 1n } : { mul: 4n * n, trig: 2n * n, sub: n, add: n, div: 1n };
    return (0,op/* result */.K)([(0,tensor/* tensor */.OE)([length], dtype)], counts);
}
/** Real MACs of N complex products per output bin. */
function dftMacs(bins, n, complex) {
    return bins * (0,core_counts/* big */.lW)(n, complex ? 4 : 2);
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
    const counts = { mac: dftMacs((0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(out) / 2), n, complex) };
    if (o.inverse)
        counts.div = (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(out));
    return (0,op/* result */.K)([(0,tensor/* tensor */.OE)(out, o.dtype)], counts);
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
    const all = (0,core_counts/* big */.lW)(x[0], frames);
    const counts = { mac: dftMacs(all * (0,core_counts/* big */.lW)(bins), frameLength, complex) };
    if (o.windowed)
        counts.mul = all * (0,core_counts/* big */.lW)(frameLength, complex ? 2 : 1);
    return (0,op/* result */.K)([(0,tensor/* tensor */.OE)(out, o.dtype)], counts);
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
            return fromCore(windowFunction((0,tensor/* checkShape */.eA)(out)[0], terms, dtype));
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
            axis = (0,shape/* normAxis */.GD)(given[0], r);
        }
        else
            axis = (0,shape/* normAxis */.GD)(ctx.int('axis', 1), r);
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
        return fromCore(dft(x, axis, n, { onesided, inverse: ctx.int('inverse', 0) === 1, dtype: ctx.in(0).dtype }));
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
        return fromCore(stft(x, fl, frames, { onesided, windowed, dtype: ctx.in(0).dtype }));
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






const Shape = { infer: (ctx) => fromCore((0,constants/* shapeOf */.F5)(ctx.in(0), ctx.int('start', 0), ctx.int('end'))) };
const Size = { infer: (ctx) => fromCore((0,constants/* sizeOf */.$d)(ctx.in(0))) };
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
        return fromCore((0,constants/* filled */.Bq)((0,tensor/* checkShape */.eA)(dims), dtype, t ? ctx.attrData('value')?.[0] : 0));
    },
};
const Range = {
    reads: () => [0, 1, 2],
    infer(ctx) {
        const [s, l, d] = [ctx.value(0), ctx.value(1), ctx.value(2)];
        const dtype = ctx.in(0).dtype;
        if (!s || !l || !d)
            return free(ctx.declaredOutputs('the range bounds', dtype));
        return fromCore((0,constants/* range */.y1)(s[0], l[0], d[0], dtype));
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/index.ts















/**
 * The adapter per op type of the default ONNX domain (ai.onnx): each reads the node's
 * attributes and inputs and calls the core rule of the same operation (src/core/ops).
 */
const RULES = {
    Conv: Conv, ConvTranspose: ConvTranspose,
    Gemm: Gemm, MatMul: MatMul, Einsum: Einsum,
    MaxPool: MaxPool, AveragePool: AveragePool, GlobalAveragePool: GlobalAveragePool, GlobalMaxPool: GlobalMaxPool,
    BatchNormalization: BatchNormalization,
    LayerNormalization: LayerNormalization,
    InstanceNormalization: InstanceNormalization,
    GroupNormalization: GroupNormalization,
    MeanVarianceNormalization: MeanVarianceNormalization,
    LpNormalization: LpNormalization,
    LRN: LRN,
    ...ACTIVATIONS,
    ...ELEMENTWISE,
    ...REDUCTIONS,
    Resize: Resize, Upsample: Upsample,
    LSTM: LSTM, GRU: GRU, RNN: RNN,
    Identity: Identity,
    Dropout: Dropout,
    Shape: Shape,
    Size: Size,
    Constant: Constant,
    ConstantOfShape: ConstantOfShape,
    Reshape: Reshape,
    Flatten: Flatten,
    Transpose: Transpose,
    Concat: Concat,
    Split: Split,
    Slice: Slice,
    Gather: Gather,
    GatherElements: GatherElements,
    GatherND: GatherND,
    ScatterND: SameShape,
    ScatterElements: SameShape,
    Scatter: SameShape,
    Squeeze: Squeeze,
    Unsqueeze: Unsqueeze,
    Expand: Expand,
    Tile: Tile,
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
const own = (table, op) => (Object.prototype.hasOwnProperty.call(table, op) ? table[op] : undefined);
function ruleFor(domain, opType) {
    if (domain === MS_DOMAIN)
        return own(MS_RULES, opType);
    if (domain !== '' && domain !== 'ai.onnx')
        return undefined;
    return own(RULES, opType);
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

// EXTERNAL MODULE: ./src/report/memory.ts
var memory = __webpack_require__(5911);
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
    /** Bytes of the parameters counted so far, by the dtype each is stored in. */
    byDtype = {};
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
            return { params: 0n, trainable: 0n, bytes: 0n };
        let params = 0n;
        let trainable = 0n;
        let bytes = 0n;
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
            // At the size the initializer stores (int8 one byte, float16 two): its metadata, not its data.
            const b = (0,memory/* elementsBytes */.xb)(k, v.dtype);
            bytes += b;
            (0,memory/* tally */.N4)(this.byDtype, v.dtype, b);
            // A BatchNormalization's running mean and variance are state, not trained weights
            // (Keras counts them as non-trainable, PyTorch as buffers).
            if (!(statistics && (i === 3 || i === 4)))
                trainable += k;
        });
        const scale = weightFirst ? foldedBatchNormScale(this.model, n, inputs) : 0;
        if (!scale)
            return { params, trainable, bytes };
        // The folded scale is counted as the weight it was folded into is stored.
        const scaleBytes = (0,memory/* elementsBytes */.xb)(BigInt(scale), inputs[1].dtype);
        (0,memory/* tally */.N4)(this.byDtype, inputs[1].dtype, scaleBytes);
        return {
            params: params + BigInt(scale),
            trainable: trainable + BigInt(scale),
            bytes: bytes + scaleBytes,
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
/** What the person running this can do about an op without a cost, in their own terms. */
const unknownPolicy = (opts) => `its cost is unknown (${(0,options/* knob */.B)(opts, 'unknownWarn')} counts it as 0 and marks the total as a lower bound)`;
/** An op without a rule; `why`: what else stands in the way; ops refused on purpose bring their own reason. */
function unsupported(file, m, n, opts, why = '') {
    const reason = refusedReason(n.domain, n.opType);
    if (!why && reason)
        why = `: ${reason}`;
    return new errors/* FlopgateError */.N9(`${file}: unsupported ${opDescription(m, n)}${why}; ${unknownPolicy(opts)}`);
}
/** An op with a rule that cannot measure this node exactly (its shape or cost depends on run-time values). */
function unmeasurable(file, m, n, why, opts) {
    return new errors/* FlopgateError */.N9(`${file}: cannot measure ${opDescription(m, n)}: ${why}; ${unknownPolicy(opts)}`);
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
/** "pytorch 2.13.0", as producer_name and producer_version say; nothing when the file is silent. */
function producerOf(m) {
    const text = `${m.producer} ${m.producerVersion}`.trim();
    return text ? { producer: text } : {};
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
    opts;
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
        this.opts = opts;
        this.ledger = new ParamLedger(model);
        this.policy = opts.unknown ?? options/* DEFAULTS */.z.unknown;
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
            // The report shares the value's shape: shapes are never changed once inferred.
            if (s === UNKNOWN)
                dataIn.push([]);
            else if (s !== undefined && !(s.param && i > 0))
                dataIn.push(s.shape);
        }
        const row = (0,build/* layerRow */.gS)(rowName(n), typeName(n), dataIn.length === 1 ? dataIn[0] : dataIn);
        this.rows.push(row);
        const rule = ruleFor(n.domain, n.opType);
        const identityOfParam = isIdentityOfParam(n, inputs);
        // onnxruntime's quantize_dynamic multiplies the run-time input scale by the weight's scale
        // in a plain Mul: that weight scale, and the product, are quantization metadata too.
        const scaleProduct = n.opType === 'Mul' && (0,ir/* isDefaultDomain */.KJ)(n.domain) && inputs.some((v) => v?.scale) && inputs.every((v) => v?.scale || v?.constant);
        // Scales and zero points of quantized ops are not weights of the network.
        const metadata = scaleProduct ? inputs.flatMap((v, i) => (v?.param ? [i] : [])) : rule?.metadata?.({ nIn }) ?? NO_METADATA;
        const taken = this.ledger.take(n, inputs, metadata);
        row.params = taken.params;
        row.trainable_params = taken.trainable;
        row.weights_bytes = taken.bytes;
        const opaque = n.opType === 'Identity' ? -1 : inputs.findIndex((v) => v?.opaque);
        if (opaque >= 0 && policy === 'error') {
            throw unsupported(file, model, n, this.opts, ` on input "${n.inputs[opaque]}", a sequence, map or optional rather than a tensor`);
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
                throw unmeasurable(this.file, this.model, n, e.why, this.opts);
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
            outShapes.push(v.shape);
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
            if (!ruleFor(n.domain, n.opType))
                throw unsupported(file, model, n, opts);
    }
    const graphInputs = g.inputs.filter((v) => !g.initializers.has(v.name));
    const bound = (0,inputs/* bindInputs */.V)(file, graphInputs, opts);
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
    // A node's output is dropped once its last reader is measured (graph outputs are kept for the
    // caller): the walk holds the frontier of a graph, not all of it.
    const lastUse = new Map();
    const graphOutputs = new Set(g.outputs.map((o) => o.name));
    order.forEach((n, k) => {
        for (const i of n.inputs)
            if (i && !g.initializers.has(i))
                lastUse.set(i, k);
    });
    for (const o of g.outputs)
        lastUse.delete(o.name);
    // Activations live while the walk goes (docs/conventions.md, "Memory"): each node's outputs
    // join the live set as it runs and leave it after their last reader; constants never join.
    const live = new memory/* LiveSet */.nl();
    const activation = (name) => {
        const v = values.get(name);
        if (v === undefined || v === UNKNOWN || v.constant || v.opaque)
            return;
        live.add(name, (0,memory/* tensorBytes */.X2)(v.shape, v.dtype === 'unknown' ? 'float32' : v.dtype));
    };
    for (const v of graphInputs)
        activation(v.name);
    for (let k = 0; k < order.length; k++) {
        const n = order[k];
        const p = walk.begin(n);
        if (p) {
            if (p.reads.length || p.attrReads.length)
                await walk.read(p, reader);
            walk.finish(p);
        }
        for (const o of n.outputs)
            if (o)
                activation(o);
        walk.rows[k].activation_bytes = live.current;
        for (const i of n.inputs) {
            if (i && lastUse.get(i) === k) {
                values.delete(i);
                live.drop(i);
            }
        }
        // An output nothing reads (an RNN's unused final state) lives during its own step only.
        for (const o of n.outputs)
            if (o && !lastUse.has(o) && !graphOutputs.has(o))
                live.drop(o);
    }
    const rows = walk.rows;
    const report = (0,build/* buildModelReport */.oi)({
        name: opts.name ?? (0,external_node_path_.basename)(file),
        path: file,
        format: 'onnx',
        convention: opts.convention ?? options/* DEFAULTS */.z.convention,
        batch_size: bound.batch,
        // Without the batch dimension, as every format reports them (and as --input-shape takes them).
        input_shapes: bound.shapes.map((s) => s.slice(1)),
        ...producerOf(model),
        weights_by_dtype: walk.ledger.byDtype,
    }, rows);
    const outputShapes = g.outputs.map((o) => {
        const v = values.get(o.name);
        return v === undefined || v === UNKNOWN || v.opaque ? undefined : [...v.shape];
    });
    return { report, outputShapes };
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


/***/ })

};
