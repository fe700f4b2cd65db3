export const id = 247;
export const ids = [247];
export const modules = {

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

/***/ 1247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeInline: () => (/* binding */ analyzeInline),
  analyzeInlineModel: () => (/* binding */ analyzeInlineModel),
  analyzeSpec: () => (/* binding */ analyzeSpec),
  kerasArchitecture: () => (/* binding */ kerasArchitecture)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(5066);
;// CONCATENATED MODULE: ./src/keras/bind.ts


const fmt = (s) => `[${s.map((d) => (d === null ? 'None' : d)).join(', ')}]`;
/**
 * Concrete batch-first input shapes: the batch dimension becomes `batchSize`, open dimensions
 * come from the user's shapes, and a user shape that contradicts a fixed one is refused
 * rather than silently preferred.
 */
function bindInputShapes(declared, given, batchSize, label, knobs) {
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
                    throw new errors/* FlopgateError */.N9(`${label}: input ${i + 1} has an open dimension (None) at axis ${axis + 1} of ${fmt(shape)}; give it with ${(0,options/* knob */.B)({ knobs }, 'inputShape')}`);
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

// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
;// CONCATENATED MODULE: ./src/keras/dtype.ts
const FLOAT32 = { variable: 'float32', compute: 'float32' };
const NAMED = {
    float64: 'float64', float32: 'float32', float16: 'float16', bfloat16: 'bfloat16',
    int64: 'int64', int32: 'int32', int16: 'int16', int8: 'int8', uint8: 'uint8', bool: 'bool',
    float8: 'float8', int4: 'int4',
};
function policyName(dtype) {
    if (typeof dtype === 'string')
        return dtype;
    if (typeof dtype !== 'object' || dtype === null)
        return undefined;
    const cfg = dtype.config;
    if (typeof cfg === 'string')
        return cfg;
    const name = cfg?.name;
    return typeof name === 'string' ? name : undefined;
}
/** The policy of a layer config; float32 when the config says nothing (Keras' default). */
function policyOf(config) {
    const name = policyName(config.dtype ?? config.dtype_policy);
    if (name === undefined)
        return FLOAT32;
    // mixed_float16: weights kept in float32, computation (and outputs) in float16.
    const mixed = /^mixed_(float16|bfloat16)$/.exec(name);
    if (mixed)
        return { variable: 'float32', compute: NAMED[mixed[1]] };
    // Keras 3 quantized policies are "int8_from_float32", "int4_from_mixed_bfloat16", "float8_from_float32".
    const q = /^(int8|int4|float8)_from_(.+)$/.exec(name);
    if (q) {
        const source = policyOf({ dtype: q[2] });
        return { ...source, quantized: NAMED[q[1]] };
    }
    const t = NAMED[name];
    return t ? { variable: t, compute: t } : FLOAT32;
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

// EXTERNAL MODULE: ./src/core/counts.ts
var core_counts = __webpack_require__(3363);
// EXTERNAL MODULE: ./src/core/ops/activation.ts
var activation = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/core/ops/elementwise.ts
var elementwise = __webpack_require__(9572);
// EXTERNAL MODULE: ./src/core/ops/reduce.ts
var reduce = __webpack_require__(1580);
// EXTERNAL MODULE: ./src/core/tensor.ts
var tensor = __webpack_require__(1134);
// EXTERNAL MODULE: ./src/core/shape.ts
var shape = __webpack_require__(7298);
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
    return list.map((a) => (0,shape/* normAxis */.GD)(a, rank));
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
    const n = (0,core_counts/* big */.lW)(product(x));
    const hasMax = lookup(call, 'max_value') !== undefined;
    const maxValue = num(call, 'max_value', 0);
    const slope = num(call, 'negative_slope', 0);
    const threshold = num(call, 'threshold', 0);
    if (slope !== 0 && !hasMax && threshold === 0)
        return fromCore((0,activation/* activation */.tg)('leaky_relu', (0,tensor/* shaped */.e9)(x)));
    const ops = {};
    if (slope !== 0)
        (0,core_counts/* addCounts */.c5)(ops, { neg: n, relu: n, ...(threshold !== 0 ? { add: n } : {}) });
    if (threshold !== 0)
        (0,core_counts/* addCounts */.c5)(ops, { compare: n });
    else
        (0,core_counts/* addCounts */.c5)(ops, (0,activation/* activationCounts */.nF)('relu', n));
    if (hasMax && (threshold !== 0 || maxValue !== 6))
        (0,core_counts/* addCounts */.c5)(ops, { min: n, max: n });
    if (slope !== 0)
        (0,core_counts/* addCounts */.c5)(ops, { mul: n, sub: n });
    return { outputs: [x], ops, params: 0n };
};
/** LeakyReLU (`negative_slope`, Keras 2 `alpha`): one LeakyRelu kernel per element. */
const LeakyReLU = (call) => {
    num(call, ['negative_slope', 'alpha'], 0.3);
    return fromCore((0,activation/* activation */.tg)('leaky_relu', (0,tensor/* shaped */.e9)(one(call))));
};
/** ThresholdedReLU (Keras 2): x * (x > theta). */
const ThresholdedReLU = (call) => {
    num(call, 'theta', 1);
    return fromCore((0,activation/* activation */.tg)('thresholded_relu', (0,tensor/* shaped */.e9)(one(call))));
};
/** ELU (`alpha`). */
const ELU = (call) => fromCore((0,activation/* elu */.Pq)((0,tensor/* shaped */.e9)(one(call)), num(call, 'alpha', 1)));
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
        const r = (0,reduce/* reduce */.TS)('log_sum_exp', (0,tensor/* shaped */.e9)(x), list, true);
        const n = (0,core_counts/* big */.lW)(product(x));
        return { outputs: [x], ops: (0,core_counts/* addCounts */.c5)(r.counts, { sub: n, exp: n }), params: 0n };
    }
    return fromCore((0,activation/* activation */.tg)('softmax', (0,tensor/* shaped */.e9)(x), given[0]));
};
/**
 * PReLU: alpha has the input's shape without batch, with every `shared_axes` axis (1-based, as
 * Keras numbers them) reduced to 1.
 */
const PReLU = (call) => {
    const x = one(call);
    const shared = 'shared_axes' in call.config && call.config.shared_axes !== null ? axes(call, 'shared_axes', x.length, []) : [];
    const alphaShape = x.slice(1).map((d, i) => (shared.includes(i + 1) ? 1 : d));
    return fromCore((0,elementwise/* prelu */.Ns)((0,tensor/* shaped */.e9)(x), alphaShape));
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
    return { outputs: [x], ops: { mul: (0,core_counts/* big */.lW)(product(x)) }, params: (0,core_counts/* big */.lW)(dim) };
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
    const n = (0,core_counts/* big */.lW)(product(x));
    return { outputs: [x], ops: { mul: n, add: n }, params: 0n };
};

// EXTERNAL MODULE: ./src/core/op.ts
var op = __webpack_require__(9648);
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
    const pq = (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(qs.slice(0, -1)));
    const pv = (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(v.shape.slice(0, -1)));
    const lq = (0,tensor/* size */.Ej)(att.map((a) => qs[a]));
    const lv = (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(att.map((a) => v.shape[a])));
    const out = (0,core_counts/* big */.lW)((0,tensor/* size */.Ej)(outDims));
    const [n, kd, vd] = [(0,core_counts/* big */.lW)(s.heads), (0,core_counts/* big */.lW)(s.keyDim), (0,core_counts/* big */.lW)(s.valueDim)];
    const projections = pq * (0,core_counts/* big */.lW)(dq) * n * kd + pv * (0,core_counts/* big */.lW)(dk) * n * kd + pv * (0,core_counts/* big */.lW)(dv) * n * vd + pq * n * vd * out;
    const counts = { mac: projections + pq * lv * n * (kd + vd), mul: s.scaleScores ? pq * lv * n : pq * n * kd, softmax: pq * lv * n };
    let params = (0,core_counts/* big */.lW)(dq) * n * kd + (0,core_counts/* big */.lW)(dk) * n * kd + (0,core_counts/* big */.lW)(dv) * n * vd + n * vd * out;
    if (s.bias) {
        (0,core_counts/* addCounts */.c5)(counts, { bias: pq * n * kd + pv * n * kd + pv * n * vd + pq * out });
        params += 2n * n * kd + n * vd + out;
    }
    if (s.gate) {
        (0,core_counts/* addCounts */.c5)(counts, { mac: pq * (0,core_counts/* big */.lW)(dq) * n * vd, sigmoid: pq * n * vd, mul: pq * n * vd, ...(s.bias ? { bias: pq * n * vd } : {}) });
        params += (0,core_counts/* big */.lW)(dq) * n * vd + (s.bias ? n * vd : 0n);
    }
    const y = (0,tensor/* tensor */.OE)([...qs.slice(0, -1), ...outDims], q.dtype);
    const outputs = s.returnScores ? [y, (0,tensor/* tensor */.OE)([qs[0], s.heads, lq, Number(lv)], q.dtype)] : [y];
    return (0,op/* result */.K)(outputs, counts, params);
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
    const [hd, nq, nkv] = [(0,core_counts/* big */.lW)(s.headDim), (0,core_counts/* big */.lW)(s.queryHeads), (0,core_counts/* big */.lW)(s.kvHeads)];
    const pq = (0,core_counts/* big */.lW)(b, tq);
    const pv = (0,core_counts/* big */.lW)(b, tv);
    const scores = (0,core_counts/* big */.lW)(b, tq, tv) * nq;
    const projections = pq * (0,core_counts/* big */.lW)(dq) * nq * hd + pv * (0,core_counts/* big */.lW)(dk) * nkv * hd + pv * (0,core_counts/* big */.lW)(dv) * nkv * hd + pq * nq * hd * (0,core_counts/* big */.lW)(dq);
    const counts = { mac: projections + 2n * scores * hd, mul: s.scaleScores ? scores : pq * nq * hd, softmax: scores, shape: 2n * (0,core_counts/* big */.lW)(b) };
    let params = (0,core_counts/* big */.lW)(dq) * nq * hd + (0,core_counts/* big */.lW)(dk) * nkv * hd + (0,core_counts/* big */.lW)(dv) * nkv * hd + nq * hd * (0,core_counts/* big */.lW)(dq);
    if (s.bias) {
        (0,core_counts/* addCounts */.c5)(counts, { bias: pq * nq * hd + 2n * pv * nkv * hd + pq * (0,core_counts/* big */.lW)(dq) });
        params += nq * hd + 2n * nkv * hd + (0,core_counts/* big */.lW)(dq);
    }
    if (s.gate) {
        (0,core_counts/* addCounts */.c5)(counts, { mac: pq * (0,core_counts/* big */.lW)(dq) * nq * hd, sigmoid: pq * nq * hd, mul: pq * nq * hd, ...(s.bias ? { bias: pq * nq * hd } : {}) });
        params += (0,core_counts/* big */.lW)(dq) * nq * hd + (s.bias ? nq * hd : 0n);
    }
    const y = (0,tensor/* tensor */.OE)([b, tq, dq], q.dtype);
    return (0,op/* result */.K)(s.returnScores ? [y, (0,tensor/* tensor */.OE)([b, s.queryHeads, tq, tv], q.dtype)] : [y], counts, params);
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
    const sc = (0,core_counts/* big */.lW)(b, tq, tv);
    const counts = { mac: sc * (0,core_counts/* big */.lW)(dv), softmax: sc };
    let params = 0n;
    if (s.mode === 'dot') {
        (0,core_counts/* addCounts */.c5)(counts, { mac: sc * (0,core_counts/* big */.lW)(d), ...(s.scale ? { mul: sc } : {}) });
        params = s.scale ? 1n : 0n;
    }
    else if (s.mode === 'concat') {
        (0,core_counts/* addCounts */.c5)(counts, { add: sc * (0,core_counts/* big */.lW)(d), tanh: sc * (0,core_counts/* big */.lW)(d), sum: sc * (0,core_counts/* big */.lW)(d) - sc, mul: sc + (s.scale ? sc * (0,core_counts/* big */.lW)(d) : 0n) });
        params = 1n + (s.scale ? 1n : 0n);
    }
    else {
        (0,core_counts/* addCounts */.c5)(counts, { add: sc * (0,core_counts/* big */.lW)(d), tanh: sc * (0,core_counts/* big */.lW)(d), sum: sc * (0,core_counts/* big */.lW)(d) - sc, mul: sc * (0,core_counts/* big */.lW)(d) });
        params = s.scale ? (0,core_counts/* big */.lW)(d) : 0n;
    }
    if (s.causal)
        (0,core_counts/* addCounts */.c5)(counts, { cumsum: 2n * sc, compare: sc, logical: sc, sub: sc });
    const y = (0,tensor/* tensor */.OE)([b, tq, dv], q.dtype);
    return (0,op/* result */.K)(s.returnScores ? [y, (0,tensor/* tensor */.OE)([b, tq, tv], q.dtype)] : [y], counts, params);
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
        attentionAxes = list.map((a) => (0,shape/* normAxis */.GD)(a, q.shape.length));
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

// EXTERNAL MODULE: ./src/core/ops/conv.ts
var conv = __webpack_require__(6116);
// EXTERNAL MODULE: ./src/core/window.ts
var core_window = __webpack_require__(11);
;// CONCATENATED MODULE: ./src/keras/layers/activations.ts




/** Every `keras.activations` name flopgate knows (the core's table, which Keras names). */
const ACTIVATION_NAMES = Object.keys(activation/* ACTIVATIONS */.Ao);
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
    if (!(0,activation/* isActivation */.nx)(key) && key.includes('.'))
        key = key.slice(key.lastIndexOf('.') + 1);
    if (!(0,activation/* isActivation */.nx)(key))
        fail(call, `unknown activation "${name}"`);
    return key;
}
/** What the activation `name` costs over `elements` values. */
function activationOps(call, name, elements) {
    return activationCounts(canonicalActivation(call, name), elements);
}
/** Applies the layer's `activation` to its output: the shape (glu halves the last axis) and ops. */
function applyActivation(call, raw, shape, into) {
    const r = (0,activation/* activation */.tg)(canonicalActivation(call, activationName(call, raw)), (0,tensor/* shaped */.e9)(shape));
    const ops = into ? (0,core_counts/* addCounts */.c5)(into, r.counts) : r.counts;
    return { shape: [...r.outputs[0].shape], ops };
}

// EXTERNAL MODULE: ./src/core/ops/linear.ts + 1 modules
var linear = __webpack_require__(3753);
// EXTERNAL MODULE: ./src/core/ops/layout.ts
var layout = __webpack_require__(4816);
;// CONCATENATED MODULE: ./src/keras/layers/core.ts






/** `use_bias` (Keras 2/3, tfjs) or `bias` (Keras 1). */
const useBias = (call, dflt = true) => bool(call, ['use_bias', 'bias'], dflt);
/** Dense (Keras 1 `output_dim`, `bias`): the core's dense product, then the activation. */
const Dense = (call) => {
    const units = config_int(call, ['units', 'output_dim']);
    const r = (0,linear/* dense */.i0)((0,tensor/* shaped */.e9)(one(call)), units, useBias(call));
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
    const ein = (0,linear/* einsum */._3)(eq, [(0,tensor/* shaped */.e9)(x), (0,tensor/* shaped */.e9)(kernel)]);
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
        biasParams = (0,core_counts/* big */.lW)(...[...biasAxes].map((c) => size.get(c)));
        (0,core_counts/* addCounts */.c5)(counts, { bias: (0,core_counts/* big */.lW)(product(out)) });
    }
    const act = applyActivation(call, call.config.activation, out, counts);
    return { outputs: [act.shape], ops: act.ops, params: (0,core_counts/* big */.lW)(...kernel) + biasParams };
};
const Flatten = (call) => {
    const x = one(call);
    return { outputs: [[...(0,layout/* flatten2d */.z2)((0,tensor/* shaped */.e9)(x), 1).outputs[0].shape]], ops: {}, params: 0n };
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
    return { outputs: [[...x, outputDim]], ops: { index: 2n * (0,core_counts/* big */.lW)(product(x)) }, params: (0,core_counts/* big */.lW)(inputDim, outputDim) };
};
/**
 * Masking zeroes the positions where every feature equals mask_value: one comparison per
 * element (Keras: not_equal, any, where; the select is no arithmetic).
 */
const Masking = (call) => {
    const x = one(call);
    num(call, 'mask_value', 0);
    return { outputs: [x], ops: { compare: (0,core_counts/* big */.lW)(product(x)) }, params: 0n };
};

;// CONCATENATED MODULE: ./src/keras/layers/spatial.ts


/** `padding` (Keras 2/3, tfjs) or `border_mode` (Keras 1); Keras' names are the core's pad modes. */
function padding(call, allowed = ['valid', 'same']) {
    return choice(call, ['padding', 'border_mode'], allowed, 'valid');
}
/** The single input as batch, spatial axes and channels, per `data_format`. */
function spatial_layout(call, rank) {
    return (0,conv/* layoutOf */.aH)(one(call), rank, dataFormat(call) === 'channels_last');
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
const strides = (call, rank) => tuple(call, ['strides', rank === 1 ? 'subsample_length' : 'subsample'], rank, 1);
const dilation = (call, rank) => tuple(call, ['dilation_rate', 'atrous_rate'], rank, 1);
const channelsLast = (call) => dataFormat(call) === 'channels_last';
/**
 * The core convolution of the layer's window attributes, then the fused activation. Keras'
 * TF backend gives TF the layer's data_format, and runs a depthwise layer with TF's depthwise
 * kernel (`depthwise`), a Conv layer with groups > 1 as a grouped convolution.
 */
function convolve(call, rank, filters, groups, allowed, depthwise = false) {
    const r = (0,conv/* conv */.xT)((0,tensor/* shaped */.e9)(one(call)), {
        channelsLast: channelsLast(call),
        tfDataFormat: dataFormat(call),
        depthwise,
        filters,
        groups,
        kernel: kernelSize(call, rank),
        strides: strides(call, rank),
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
        const c = spatial_layout(call, rank).channels;
        return convolve(call, rank, c * config_int(call, 'depth_multiplier', 1), c, rank === 1 ? ['valid', 'same', 'causal'] : ['valid', 'same'], true);
    };
}
/**
 * SeparableConv1D/2D: the depthwise convolution (the layer's window, no bias) followed by a
 * 1x1 pointwise one to `filters` (with the bias), then the activation.
 */
function separable(rank) {
    return (call) => {
        const l = spatial_layout(call, rank);
        const dm = config_int(call, 'depth_multiplier', 1);
        const filters = config_int(call, ['filters', 'nb_filter']);
        const cl = channelsLast(call);
        const depthwiseConv = (0,conv/* conv */.xT)((0,tensor/* shaped */.e9)(one(call)), {
            channelsLast: cl,
            tfDataFormat: dataFormat(call),
            depthwise: true,
            filters: l.channels * dm,
            groups: l.channels,
            kernel: kernelSize(call, rank),
            strides: strides(call, rank),
            dilations: dilation(call, rank),
            pads: padding(call, rank === 1 ? ['valid', 'same', 'causal'] : ['valid', 'same']),
            bias: false,
        });
        const ones = Array(rank).fill(1);
        const pointwise = (0,conv/* conv */.xT)(depthwiseConv.outputs[0], { channelsLast: cl, tfDataFormat: dataFormat(call), filters, groups: 1, kernel: ones, strides: ones, pads: 'valid', bias: useBias(call) });
        const ops = (0,core_counts/* addCounts */.c5)({ ...depthwiseConv.counts }, pointwise.counts);
        const act = applyActivation(call, call.config.activation, [...pointwise.outputs[0].shape], ops);
        return { outputs: [act.shape], ops: act.ops, params: depthwiseConv.params + pointwise.params };
    };
}
/**
 * Conv1D/2D/3DTranspose (Keras 1 Deconvolution2D/3D): output length per Keras'
 * deconv_output_length, output_padding honoured; Keras 1 stored the output shape it was built
 * for, which wins.
 */
function convTranspose(rank) {
    return (call) => {
        const l = spatial_layout(call, rank);
        const filters = config_int(call, ['filters', 'nb_filter']);
        const k = kernelSize(call, rank);
        const s = strides(call, rank);
        const d = dilation(call, rank);
        const pad = padding(call, ['valid', 'same', 'full']);
        const op = optionalTuple(call, 'output_padding', rank);
        op.forEach((p, i) => {
            if (p !== null && p >= s[i])
                fail(call, `output_padding ${p} must be smaller than the stride ${s[i]}`);
        });
        let spatial = l.spatial.map((n, i) => (0,core_window/* transposedModeOutput */.Wz)(pad, n, k[i], s[i], d[i], op[i]));
        const given = call.config.output_shape;
        if (Array.isArray(given) && given.length === rank + 2) {
            const g = l.channelsLast ? given.slice(1, -1) : given.slice(2);
            if (g.every((v) => Number.isSafeInteger(v) && v > 0))
                spatial = g;
        }
        const r = (0,conv/* convTranspose */.md)((0,tensor/* shaped */.e9)(one(call)), { channelsLast: l.channelsLast, tfDataFormat: dataFormat(call), filters, kernel: k, strides: s, groups: config_int(call, 'groups', 1), bias: useBias(call), outSpatial: spatial });
        const act = applyActivation(call, call.config.activation, [...r.outputs[0].shape], r.counts);
        return { outputs: [act.shape], ops: act.ops, params: r.params };
    };
}

// EXTERNAL MODULE: ./src/core/ops/norm.ts
var norm = __webpack_require__(3632);
// EXTERNAL MODULE: ./src/core/ops/select.ts
var ops_select = __webpack_require__(4586);
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
    return (call) => fromCore((0,elementwise/* variadic */.Oe)(fn, inputsAtLeast(call, 2).map((s) => (0,tensor/* shaped */.e9)(s))));
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
    return fromCore((0,elementwise/* binary */.aw)('sub', (0,tensor/* shaped */.e9)(xs[0]), (0,tensor/* shaped */.e9)(xs[1])));
};
function concatenate(call, key) {
    const xs = inputsAtLeast(call, 1);
    const raw = lookup(call, key)?.[1] ?? -1;
    if (!Number.isSafeInteger(raw))
        fail(call, `"${key}" must be an integer, got ${JSON.stringify(raw)}`);
    if ((0,shape/* normAxis */.GD)(raw, xs[0].length) === 0)
        fail(call, 'cannot concatenate over the batch axis');
    return fromCore((0,ops_select/* concat */.xW)(xs.map((s) => (0,tensor/* shaped */.e9)(s)), raw));
}
/** Concatenate copies: no arithmetic. */
const Concatenate = (call) => concatenate(call, 'axis');
function dotAxes(call, raw, ranks) {
    const pair = typeof raw === 'number' ? [raw, raw] : raw;
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((a) => Number.isSafeInteger(a))) {
        return fail(call, `"axes" must be an integer or two integers, got ${JSON.stringify(raw)}`);
    }
    return [(0,shape/* normAxis */.GD)(pair[0], ranks[0]), (0,shape/* normAxis */.GD)(pair[1], ranks[1])];
}
/** Dot (batch_dot over `axes`); normalize=True L2-normalises both inputs first (cosine proximity). */
const Dot = (call) => {
    const xs = call.inputs;
    if (xs.length !== 2)
        fail(call, `expects exactly 2 inputs, got ${xs.length}`);
    const [x, y] = xs.map((s) => (0,tensor/* shaped */.e9)(s));
    const [a, b] = dotAxes(call, lookup(call, ['axes', 'dot_axes'])?.[1] ?? -1, [x.shape.length, y.shape.length]);
    const r = (0,linear/* batchDot */.G7)(x, y, a, b);
    if (bool(call, 'normalize', false))
        (0,core_counts/* addCounts */.c5)((0,core_counts/* addCounts */.c5)(r.counts, (0,norm/* lpNorm */.VV)(x, [a], 2).counts), (0,norm/* lpNorm */.VV)(y, [b], 2).counts);
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
    return fromCore((0,norm/* batchNorm */.$v)((0,tensor/* shaped */.e9)(x), axes(call, 'axis', x.length, -1), { center: bool(call, 'center', true), scale: bool(call, 'scale', true) }));
};
/** LayerNormalization over `axis` (an int or a list; default -1), Keras 3's rms_scaling too. */
const LayerNormalization = (call) => {
    const x = one(call);
    return fromCore((0,norm/* layerNorm */.K2)((0,tensor/* shaped */.e9)(x), axes(call, 'axis', x.length, -1), {
        scale: bool(call, 'scale', true),
        center: bool(call, 'center', true),
        rms: bool(call, 'rms_scaling', false),
    }));
};
/** GroupNormalization: `groups` (default 32) of the channels on `axis` (default -1). */
const GroupNormalization = (call) => {
    const x = one(call);
    const [axis] = axes(call, 'axis', x.length, -1);
    return fromCore((0,norm/* groupNorm */.Cx)((0,tensor/* shaped */.e9)(x), config_int(call, 'groups', 32), axis, { scale: bool(call, 'scale', true), center: bool(call, 'center', true) }));
};
/** UnitNormalization: L2 normalisation over `axis`. */
const UnitNormalization = (call) => {
    const x = one(call);
    return fromCore((0,norm/* lpNorm */.VV)((0,tensor/* shaped */.e9)(x), axes(call, 'axis', x.length, -1), 2));
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
    return fromCore((0,norm/* standardize */.W9)((0,tensor/* shaped */.e9)(x), c, { invert: bool(call, 'invert', false), adapted }));
};
/** RMSNormalization (Keras 3) over `axis` (int or list, default -1). */
const RMSNormalization = (call) => {
    const x = one(call);
    return fromCore((0,norm/* rmsNorm */.nI)((0,tensor/* shaped */.e9)(x), axes(call, 'axis', x.length, -1)));
};

// EXTERNAL MODULE: ./src/core/ops/misc.ts
var misc = __webpack_require__(1486);
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
        return fromCore((0,elementwise/* binary */.aw)(fn, tensorOf(call, args[0]), tensorOf(call, args[1])));
    };
}
const unaryOp = (fn) => (call) => fromCore((0,elementwise/* unary */.gh)(fn, tensorArg(call)));
/** `keras.ops.nn` activations cost what the activation of the same name costs in a layer. */
const activationOp = (name) => (call) => fromCore((0,activation/* activation */.tg)(name, tensorArg(call), cfgNum(call, 'axis') ?? -1));
/** ops.gelu: `approximate` (default true) is the tanh form TF runs as several kernels; false, the erf form. */
const Gelu = (call) => fromCore((0,activation/* activation */.tg)(call.config.approximate === false ? 'gelu' : 'gelu_tanh', tensorArg(call)));
/** ops.where(condition, x, y): a select, no arithmetic. */
const Where = (call) => {
    const args = argsOf(call);
    if (args.length !== 3)
        fail(call, `expects 3 arguments, got ${args.length}`);
    return fromCore((0,elementwise/* where */._M)(tensorOf(call, args[0]), tensorOf(call, args[1]), tensorOf(call, args[2])));
};
/** ops.clip(x, x_min, x_max): both bounds. */
const Clip = (call) => {
    const args = argsOf(call);
    const x = tensorArg(call);
    const bound = (i, key) => (args[i] !== undefined ? tensorOf(call, args[i]) : call.config[key] !== undefined && call.config[key] !== null ? constant(call, call.config[key]) : undefined);
    return fromCore((0,elementwise/* clip */.$Q)(x, bound(1, 'x_min'), bound(2, 'x_max')));
};
/** Reductions over `axis` (null: every axis, batch included), `keepdims`. */
const reduction = (kind) => (call) => fromCore((0,reduce/* reduce */.TS)(kind, tensorArg(call), cfgAxes(call, 'axis'), call.config.keepdims === true));
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
    const r = axis === undefined ? (0,reduce/* argReduce */.VQ)((0,tensor/* shaped */.e9)([product(x.shape)]), 0, false, min) : (0,reduce/* argReduce */.VQ)(x, axis, call.config.keepdims === true, min);
    if (!plain) {
        const n = BigInt(product(x.shape));
        (0,core_counts/* addCounts */.c5)(r.counts, { compare: 2n * n, logical: 2n * n });
    }
    return fromCore(r);
};
/** ops.var / ops.std over `axis` (null: every axis), as tf.math.reduce_variance / reduce_std. */
const varianceOp = (std) => (call) => fromCore((0,reduce/* variance */.GV)(tensorArg(call), cfgAxes(call, 'axis'), call.config.keepdims === true, std));
/** ops.cumsum along `axis` (null: the flattened tensor). */
const Cumsum = (call) => {
    const x = tensorArg(call);
    const axis = cfgNum(call, 'axis');
    return fromCore(axis === undefined ? (0,misc/* cumSum */.rm)((0,tensor/* shaped */.e9)([product(x.shape)]), 0) : (0,misc/* cumSum */.rm)(x, axis));
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
    const ax = given.map((a) => (0,shape/* normAxis */.GD)(a, rank));
    const keep = call.config.keepdims === true;
    const ord = call.config.ord ?? null;
    const inf = (v) => v === 'inf' || v === '-inf' || v === Infinity || v === -Infinity || (typeof v === 'object' && v !== null && /inf/.test(JSON.stringify(v)));
    const n = BigInt(product(x.shape));
    if (ax.length === 1 || (ax.length === 2 && (ord === null || ord === 'fro'))) {
        if (ord === null || ord === 2 || ord === 'fro')
            return fromCore((0,reduce/* reduce */.TS)('l2', x, ax, keep));
        if (ax.length === 1 && inf(ord)) {
            const r = (0,reduce/* reduce */.TS)('max', x, ax, keep);
            (0,core_counts/* addCounts */.c5)(r.counts, { abs: n });
            return fromCore(r);
        }
        if (ax.length === 1 && ord === 0) {
            const r = (0,reduce/* reduce */.TS)('sum', x, ax, keep);
            (0,core_counts/* addCounts */.c5)(r.counts, { compare: n });
            return fromCore(r);
        }
        if (ax.length === 1 && typeof ord === 'number') {
            const r = (0,reduce/* reduce */.TS)('sum', x, ax, keep);
            (0,core_counts/* addCounts */.c5)(r.counts, { abs: n, pow: n + BigInt(product(r.outputs[0].shape)) });
            return fromCore(r);
        }
    }
    if (ax.length === 2 && (ord === 1 || ord === -1 || inf(ord))) {
        // ord +-1 sums over the row axis first, +-inf over the column axis, then the extreme over the other.
        const [first, second] = ord === 1 || ord === -1 ? [ax[0], ax[1]] : [ax[1], ax[0]];
        const sums = (0,reduce/* reduce */.TS)('sum', x, [first], true);
        const r = (0,reduce/* reduce */.TS)('max', sums.outputs[0], [second], true);
        const out = keep ? r.outputs[0].shape : x.shape.filter((_, i) => !ax.includes(i));
        return { outputs: [[...out]], ops: (0,core_counts/* addCounts */.c5)((0,core_counts/* addCounts */.c5)({ abs: n }, sums.counts), r.counts), params: 0n };
    }
    return fail(call, `norm with ord ${JSON.stringify(ord)} over ${ax.length} axes is not supported (only vector norms and the Frobenius, 1 and inf matrix norms)`);
};
/** ops.reshape: `newshape` includes the batch axis; one -1 takes what is left. */
const Reshape = (call) => fromCore((0,layout/* reshape */.tQ)(tensorArg(call), cfgInts(call, 'newshape', -1)));
const Transpose = (call) => {
    const x = tensorArg(call);
    const raw = call.config.axes;
    return fromCore((0,layout/* transpose */.mg)(x, raw === null || raw === undefined ? undefined : cfgInts(call, 'axes')));
};
const Swapaxes = (call) => {
    const x = tensorArg(call);
    const a = (0,shape/* normAxis */.GD)(cfgNum(call, 'axis1') ?? NaN, x.shape.length);
    const b = (0,shape/* normAxis */.GD)(cfgNum(call, 'axis2') ?? NaN, x.shape.length);
    const perm = x.shape.map((_, i) => (i === a ? b : i === b ? a : i));
    return fromCore((0,layout/* transpose */.mg)(x, perm));
};
const ExpandDims = (call) => fromCore((0,layout/* unsqueeze */.iD)(tensorArg(call), cfgInts(call, 'axis')));
/** Squeeze `axis`, or every size-1 axis but the batch one (Keras traces with an open batch). */
const Squeeze = (call) => {
    const x = tensorArg(call);
    return fromCore((0,layout/* squeeze */.r2)(x, cfgAxes(call, 'axis') ?? x.shape.flatMap((d, i) => (i > 0 && d === 1 ? [i] : []))));
};
/** The list of tensors ops.concatenate and ops.stack take as their first argument. */
function tensorList(call) {
    const first = argsOf(call)[0];
    const list = Array.isArray(first) ? first : argsOf(call);
    if (list.length === 0 || !list.every(isTensor))
        return fail(call, 'expects a list of tensors');
    return list.map((t) => (0,tensor/* shaped */.e9)(t.shape));
}
const ops_Concatenate = (call) => fromCore((0,ops_select/* concat */.xW)(tensorList(call), cfgNum(call, 'axis') ?? 0));
const Stack = (call) => fromCore((0,ops_select/* stack */.t$)(tensorList(call), cfgNum(call, 'axis') ?? 0));
/** ops.split: `indices_or_sections` equal sections or cut points along `axis`; one output per piece. */
const Split = (call) => {
    const x = tensorArg(call);
    const axis = (0,shape/* normAxis */.GD)(cfgNum(call, 'axis') ?? 0, x.shape.length);
    const raw = call.config.indices_or_sections;
    const len = x.shape[axis];
    let sizes;
    if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0)
        sizes = (0,ops_select/* evenSplitSizes */.pP)(len, raw);
    else if (Array.isArray(raw) && raw.every((d) => Number.isSafeInteger(d))) {
        const cuts = [0, ...raw.map((c) => Math.min(Math.max(c < 0 ? c + len : c, 0), len)), len];
        sizes = cuts.slice(1).map((c, i) => Math.max(c - cuts[i], 0));
    }
    else
        return fail(call, `"indices_or_sections" must be an integer or a list of integers, got ${JSON.stringify(raw)}`);
    return fromCore((0,ops_select/* split */.lD)(x, axis, sizes));
};
const Tile = (call) => fromCore((0,layout/* tile */.Vs)(tensorArg(call), cfgInts(call, 'repeats', 0)));
/** numpy repeat along `axis` (null: the flattened tensor), `repeats` one count or one per element. */
const Repeat = (call) => {
    const raw = call.config.repeats;
    const axis = call.config.axis === null || call.config.axis === undefined ? undefined : cfgNum(call, 'axis') ?? NaN;
    return fromCore((0,layout/* repeat */.ux)(tensorArg(call), typeof raw === 'number' ? raw : cfgInts(call, 'repeats', 0), axis));
};
const BroadcastTo = (call) => {
    const x = tensorArg(call);
    const target = cfgInts(call, 'shape', 0);
    const r = (0,layout/* expand */.fT)(x, target);
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
    const sliced = (0,ops_select/* slice */.di)(x, specs, 'python').outputs[0];
    const kept = sliced.shape.filter((_, i) => !dropped.includes(i));
    const out = inserted.length ? (0,layout/* unsqueeze */.iD)((0,tensor/* shaped */.e9)(kept), inserted).outputs[0].shape : kept;
    return { outputs: [[...out]], ops: {}, params: 0n };
};
/** ops.matmul of tensors or constants (a numpy weight matrix is a `__numpy__` constant). */
const Matmul = (call) => {
    const [a, b] = argsOf(call);
    if (!isTensor(a) && !isTensor(b))
        fail(call, 'has no tensor argument');
    return fromCore((0,linear/* matmul */.DD)(tensorOf(call, a), tensorOf(call, b)));
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
    return fromCore((0,linear/* tensordot */.hh)(x, y, ax, ay));
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
        return fromCore((0,elementwise/* binary */.aw)('mul', x, y));
    return fromCore((0,linear/* tensordot */.hh)(x, y, [x.shape.length - 1], [Math.max(y.shape.length - 2, 0)]));
};
/** ops.einsum: constant operands (a serialised ops.ones(...)) take part with their shape. */
const Einsum = (call) => {
    const eq = typeof call.config.subscripts === 'string' ? call.config.subscripts : '';
    if (!eq)
        return fail(call, `cannot read subscripts ${JSON.stringify(call.config.subscripts)}`);
    return fromCore((0,linear/* einsum */._3)(eq, argsOf(call).map((a) => tensorOf(call, a))));
};
const ops_identity = (call) => ({ outputs: [[...tensorArg(call).shape]], ops: {}, params: 0n });
/** Unary keras.ops by class, as the core's element-wise functions. */
const UNARY = {
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
const BINARY = {
    Add: 'add', Subtract: 'sub', Multiply: 'mul', Divide: 'div', TrueDivide: 'div', FloorDivide: 'floor_div', Mod: 'floor_mod',
    Maximum: 'max', Minimum: 'min', Power: 'pow',
    Equal: 'equal', NotEqual: 'not_equal', Greater: 'greater', GreaterEqual: 'greater_equal', Less: 'less', LessEqual: 'less_equal',
    LogicalAnd: 'and', LogicalOr: 'or', LogicalXor: 'xor',
};
const REDUCTIONS = {
    Mean: 'mean', Sum: 'sum', Prod: 'prod', Max: 'max', Min: 'min', Amax: 'max', Amin: 'min', Any: 'any', All: 'all',
};
const OP_RULES = {
    ...Object.fromEntries(Object.entries(BINARY).map(([k, v]) => [k, binaryOp(v)])),
    ...Object.fromEntries(Object.entries(UNARY).map(([k, v]) => [k, unaryOp(v)])),
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
function pool(rank, kind) {
    return (call) => {
        const size = tuple(call, ['pool_size', 'pool_length'], rank, 2);
        return fromCore((0,conv/* pool */.dz)(kind, (0,tensor/* shaped */.e9)(one(call)), {
            channelsLast: pooling_channelsLast(call),
            kernel: size,
            strides: tuple(call, ['strides', 'stride'], rank, size),
            pads: padding(call),
        }));
    };
}
/** GlobalAverage/GlobalMax pooling 1D/2D/3D; `keepdims` keeps the spatial axes as 1. */
function globalPool(rank, kind) {
    return (call) => fromCore((0,conv/* globalPool */.iE)(kind, (0,tensor/* shaped */.e9)(one(call)), rank, pooling_channelsLast(call), bool(call, 'keepdims', false)));
}
/** AdaptiveAverage/AdaptiveMax pooling 1D/2D/3D (Keras 3) to `output_size` windows per axis. */
function adaptivePool(rank, kind) {
    return (call) => fromCore((0,conv/* adaptivePool */.By)(kind, (0,tensor/* shaped */.e9)(one(call)), tuple(call, 'output_size', rank), pooling_channelsLast(call)));
}

// EXTERNAL MODULE: ./src/core/ops/resize.ts
var resize = __webpack_require__(7730);
;// CONCATENATED MODULE: ./src/keras/layers/preprocessing.ts








/** Rescaling: x * scale + offset (Keras always applies both): one mul and one add per element. */
const Rescaling = (call) => {
    const x = (0,tensor/* shaped */.e9)(one(call));
    const scalar = (0,tensor/* shaped */.e9)([]);
    const r = (0,elementwise/* binary */.aw)('mul', x, scalar);
    (0,core_counts/* addCounts */.c5)(r.counts, (0,elementwise/* binary */.aw)('add', x, scalar).counts);
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
    const l = spatial_layout(call, 2);
    const [th, tw] = [config_int(call, 'height'), config_int(call, 'width')];
    const out = (0,conv/* assemble */.fT)(l, [th, tw], l.channels);
    const interp = choice(call, 'interpolation', INTERPOLATIONS, 'bilinear');
    const r = (0,resize/* resize */.XR)((0,tensor/* shaped */.e9)(one(call)), out, MODES[interp], bool(call, 'antialias', false));
    const b = (0,core_counts/* big */.lW)(l.batch);
    if (bool(call, 'crop_to_aspect_ratio', false))
        (0,core_counts/* addCounts */.c5)(r.counts, { shape: 14n * b });
    else if (bool(call, 'pad_to_aspect_ratio', false)) {
        const [h, w] = l.spatial;
        const hStart = Math.trunc(Math.fround(Math.max(h, ratio(w * th, tw)) - h) / 2);
        const wStart = Math.trunc(Math.fround(Math.max(w, ratio(h * tw, th)) - w) / 2);
        (0,core_counts/* addCounts */.c5)(r.counts, { shape: 12n * b, mul: 2n * b * (0,core_counts/* big */.lW)(l.channels) * ((0,core_counts/* big */.lW)(hStart, w) + (0,core_counts/* big */.lW)(h, wStart)) });
    }
    return fromCore(r);
};
/**
 * CenterCrop to height x width: a slice, no arithmetic; an input smaller than the target is
 * first resized (Keras), one interpolation per output element.
 */
const CenterCrop = (call) => {
    const l = spatial_layout(call, 2);
    const [h, w] = [config_int(call, 'height'), config_int(call, 'width')];
    const out = (0,conv/* assemble */.fT)(l, [h, w], l.channels);
    const resized = l.spatial[0] < h || l.spatial[1] < w;
    return fromCore((0,resize/* resize */.XR)((0,tensor/* shaped */.e9)(one(call)), out, resized ? 'linear' : 'nearest'));
};
/**
 * RandomCrop: identity at inference since Keras 3.8 (which crops only when training), so the
 * output is the input, whatever shape Keras declares for it (the crop). Keras 2 and Keras 3
 * before 3.8 center-cropped and resized at inference (CenterCrop); a file does not say which
 * Keras wrote it, and flopgate follows the current one, as TF runs it.
 */
const RandomCrop = (call) => {
    const l = spatial_layout(call, 2);
    config_int(call, 'height');
    config_int(call, 'width');
    return { outputs: [(0,conv/* assemble */.fT)(l, l.spatial, l.channels)], ops: {}, params: 0n };
};

// EXTERNAL MODULE: ./src/core/ops/recurrent.ts
var recurrent = __webpack_require__(5162);
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
        const r = (0,recurrent/* recurrent */.lU)(cell, (0,core_counts/* big */.lW)(b, t));
        const y = bool(call, 'return_sequences', false) ? [b, t, cell.units] : [b, cell.units];
        const states = bool(call, 'return_state', false) ? Array.from({ length: recurrent/* STATES */.xj[o.cell] }, () => [b, cell.units]) : [];
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
        const r = (0,recurrent/* recurrent */.lU)(cellOf(sub, kind, features), (0,core_counts/* big */.lW)(b, t));
        (0,core_counts/* addCounts */.c5)(ops, r.counts);
        params += r.params;
        features = config_int(sub, 'units');
        for (let s = 0; s < recurrent/* STATES */.xj[kind]; s++)
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
        const l = (0,conv/* layoutOf */.aH)([b, ...x.slice(2)], rank, dataFormat(call) === 'channels_last');
        const filters = config_int(call, 'filters');
        const k = kernelSize(call, rank);
        const spatial = (0,conv/* windowed */.Ix)(l.spatial, { kernel: k, strides: strides(call, rank), dilations: tuple(call, 'dilation_rate', rank, 1), pads: padding(call) });
        const state = l.channelsLast ? [b, ...spatial, filters] : [b, filters, ...spatial];
        const act = canonicalActivation(call, activationName(call, call.config.activation ?? 'tanh'));
        const ract = canonicalActivation(call, activationName(call, call.config.recurrent_activation ?? 'sigmoid'));
        const step = (0,recurrent/* convLstmStep */.bq)(b * product(spatial), filters, product(k), l.channels, useBias(call), act, ract);
        const y = bool(call, 'return_sequences', false) ? [b, t, ...state.slice(1)] : state;
        const states = bool(call, 'return_state', false) ? [state, state] : [];
        return { outputs: [y, ...states], ops: (0,core_counts/* scaleCounts */.Ph)(step.counts, (0,core_counts/* big */.lW)(t)), params: step.params };
    };
}

;// CONCATENATED MODULE: ./src/keras/layers/reshaping.ts








/** Reshape to `target_shape` (without batch; one -1 takes what is left): data movement. */
const reshaping_Reshape = (call) => {
    const x = one(call);
    return fromCore((0,layout/* reshape */.tQ)((0,tensor/* shaped */.e9)(x), [x[0], ...intList(call, 'target_shape')]));
};
/** Permute `dims` (1-based, batch excluded, as Keras numbers them). */
const Permute = (call) => {
    const x = one(call);
    const dims = intList(call, 'dims');
    const sorted = [...dims].sort((a, b) => a - b);
    if (dims.length !== x.length - 1 || sorted.some((d, i) => d !== i + 1))
        fail(call, `dims ${JSON.stringify(dims)} is not a permutation of 1..${x.length - 1}`);
    return fromCore((0,layout/* transpose */.mg)((0,tensor/* shaped */.e9)(x), [0, ...dims]));
};
/** RepeatVector(n): [B, F] -> [B, n, F], a copy whose tile multiples the graph computes (one `shape` op per sample). */
const RepeatVector = (call) => {
    const x = one(call);
    if (x.length !== 2)
        fail(call, `expects an input of rank 2, got [${x.join(', ')}]`);
    return { outputs: [[x[0], config_int(call, 'n'), x[1]]], ops: { shape: (0,core_counts/* big */.lW)(x[0]) }, params: 0n };
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
        const l = spatial_layout(call, rank);
        const p = pairs(call, 'cropping', rank, rank === 1 ? 1 : 0);
        const spatial = l.spatial.map((n, i) => {
            const left = n - p[i][0] - p[i][1];
            if (left < 1)
                fail(call, `cropping ${JSON.stringify(p[i])} removes all of an axis of length ${n}`);
            return left;
        });
        return { outputs: [(0,conv/* assemble */.fT)(l, spatial, l.channels)], ops: {}, params: 0n };
    };
}
/** ZeroPadding1D/2D/3D: copies into a larger zero tensor; no arithmetic. */
function zeroPadding(rank) {
    return (call) => {
        const l = spatial_layout(call, rank);
        const p = pairs(call, 'padding', rank, 1);
        return { outputs: [(0,conv/* assemble */.fT)(l, l.spatial.map((n, i) => n + p[i][0] + p[i][1]), l.channels)], ops: {}, params: 0n };
    };
}
const reshaping_INTERPOLATIONS = ['nearest', 'bilinear', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'];
/** UpSampling1D/2D/3D: `size` times along each spatial axis; nearest is the only mode of 1-D/3-D. */
function upSampling(rank) {
    return (call) => {
        const l = spatial_layout(call, rank);
        const size = tuple(call, rank === 1 ? ['size', 'length'] : 'size', rank, 2);
        const interp = rank === 2 ? choice(call, 'interpolation', reshaping_INTERPOLATIONS, 'nearest') : 'nearest';
        return fromCore((0,resize/* upsample */.CN)((0,tensor/* shaped */.e9)(one(call)), size, l.channelsLast, interp === 'nearest' ? 'nearest' : 'linear'));
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
        const ops = (0,core_counts/* addCounts */.c5)((0,core_counts/* addCounts */.c5)({}, fw.ops), bw.ops);
        let merged;
        if (mode === 'none')
            merged = [yf, yb];
        else if (mode === 'concat')
            merged = [[...yf.slice(0, -1), yf[yf.length - 1] + yb[yb.length - 1]]];
        else {
            if (yf[yf.length - 1] !== yb[yb.length - 1])
                fail(call, `merge_mode ${mode} needs equal forward and backward sizes`);
            (0,core_counts/* addCounts */.c5)(ops, (0,elementwise/* variadic */.Oe)(mode === 'sum' ? 'add' : mode === 'mul' ? 'mul' : 'mean', [(0,tensor/* shaped */.e9)(yf), (0,tensor/* shaped */.e9)(yb)]).counts);
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
    Conv1DTranspose: convTranspose(1),
    Conv2DTranspose: convTranspose(2),
    Conv3DTranspose: convTranspose(3),
    Convolution1DTranspose: convTranspose(1),
    Convolution2DTranspose: convTranspose(2),
    Convolution3DTranspose: convTranspose(3),
    Deconvolution2D: convTranspose(2),
    Deconvolution3D: convTranspose(3),
    DepthwiseConv1D: depthwise(1),
    DepthwiseConv2D: depthwise(2),
    SeparableConv1D: separable(1),
    SeparableConv2D: separable(2),
    SeparableConvolution1D: separable(1),
    SeparableConvolution2D: separable(2),
    // Pooling
    MaxPooling1D: pool(1, 'max'),
    MaxPooling2D: pool(2, 'max'),
    MaxPooling3D: pool(3, 'max'),
    MaxPool1D: pool(1, 'max'),
    MaxPool2D: pool(2, 'max'),
    MaxPool3D: pool(3, 'max'),
    AveragePooling1D: pool(1, 'avg'),
    AveragePooling2D: pool(2, 'avg'),
    AveragePooling3D: pool(3, 'avg'),
    AvgPool1D: pool(1, 'avg'),
    AvgPool2D: pool(2, 'avg'),
    AvgPool3D: pool(3, 'avg'),
    GlobalAveragePooling1D: globalPool(1, 'avg'),
    GlobalAveragePooling2D: globalPool(2, 'avg'),
    GlobalAveragePooling3D: globalPool(3, 'avg'),
    GlobalAvgPool1D: globalPool(1, 'avg'),
    GlobalAvgPool2D: globalPool(2, 'avg'),
    GlobalAvgPool3D: globalPool(3, 'avg'),
    GlobalMaxPooling1D: globalPool(1, 'max'),
    GlobalMaxPooling2D: globalPool(2, 'max'),
    GlobalMaxPooling3D: globalPool(3, 'max'),
    GlobalMaxPool1D: globalPool(1, 'max'),
    GlobalMaxPool2D: globalPool(2, 'max'),
    GlobalMaxPool3D: globalPool(3, 'max'),
    AdaptiveAveragePooling1D: adaptivePool(1, 'avg'),
    AdaptiveAveragePooling2D: adaptivePool(2, 'avg'),
    AdaptiveAveragePooling3D: adaptivePool(3, 'avg'),
    AdaptiveMaxPooling1D: adaptivePool(1, 'max'),
    AdaptiveMaxPooling2D: adaptivePool(2, 'max'),
    AdaptiveMaxPooling3D: adaptivePool(3, 'max'),
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
const binary = (op) => ({ op, args: ['y'] });
const unary = (op) => ({ op });
const tf_ops_reduction = (op) => ({ op, config: (kw) => ({ axis: kw.axis ?? null, keepdims: kw.keepdims === true }) });
const TF_FUNCTIONS = {
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
    cast: unary('Cast'),
    identity: unary('Cast'),
    stop_gradient: unary('StopGradient'),
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
const MAX_MODEL_DEPTH = limits/* LIMITS */.b.modelNesting;
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
/** Checked before a list of layers is read, so a huge list is refused before the work it would cost. */
function tooMany(layers, label) {
    if (layers > limits/* LIMITS */.b.layers)
        throw new errors/* FlopgateError */.N9(`${label}: ${layers} layers; flopgate measures at most ${limits/* LIMITS */.b.layers}`);
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
    tooMany(c.layers.length, label);
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
    tooMany(cfg.layers.length, label);
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
/**
 * A dimension as a config declares it: null (or -1, as some converters write) where the file
 * leaves it open, else a positive integer no larger than a --input-shape may give. Anything
 * else ("28", true, 28.5, 0, [28]) would be coerced into a count by arithmetic: it is refused.
 */
function declaredDim(d) {
    if (d === null || d === -1)
        return null;
    return typeof d === 'number' && Number.isSafeInteger(d) && d >= 1 && d <= limits/* LIMITS */.b.dimension ? d : undefined;
}
const graph_shown = (v) => (v === undefined ? 'nothing' : (JSON.stringify(v) ?? String(v)).slice(0, 40));
/**
 * The shape a model input declares, batch first, `null` where the file leaves it open;
 * undefined when the layer declares none. An Embedding's `input_dim` is its vocabulary, not
 * an input length: its input is `[None, input_length]` when that is given.
 */
function declaredInputShape(layer, label) {
    const c = layer.config;
    let raw;
    let key = 'batch_shape';
    for (const k of ['batch_shape', 'batch_input_shape']) {
        if (Array.isArray(c[k]))
            [raw, key] = [c[k], k];
        if (raw)
            break;
    }
    if (!raw && Array.isArray(c.input_shape))
        [raw, key] = [[null, ...c.input_shape], 'input_shape'];
    if (!raw && layer.className === 'Embedding') {
        if (c.input_length !== undefined && c.input_length !== null)
            [raw, key] = [[null, c.input_length], 'input_length'];
    }
    else if (!raw && c.input_dim !== undefined && c.input_dim !== null)
        [raw, key] = [[null, c.input_dim], 'input_dim'];
    if (!raw)
        return undefined;
    return checkedShape(raw, `layer "${layer.name}" declares ${key}`, label);
}
/** Each dimension of a declared shape checked (see declaredDim); `what` names where it was declared. */
function checkedShape(raw, what, label) {
    if (raw.length === 0)
        throw new errors/* FlopgateError */.N9(`${label}: ${what} [], without even the batch dimension`);
    return raw.map((d, axis) => {
        const v = declaredDim(d);
        if (v === undefined) {
            throw new errors/* FlopgateError */.N9(`${label}: ${what} with dimension ${axis} = ${graph_shown(d)}; a dimension is an integer from 1 to 2^31, or null where it is left open`);
        }
        return v;
    });
}
/**
 * Input shapes a model declares, one per input; the walker binds them later. A model saved
 * without one (a Sequential never built on an input) takes its rank from the shape the user
 * gives, every dimension open, so that shape fills it.
 */
function declaredInputs(model, label, opts = {}) {
    const open = (i) => (opts.inputShapes?.[i] ? [null, ...opts.inputShapes[i].map(() => null)] : undefined);
    if (model.kind === 'sequential') {
        const first = model.layers[0];
        if (!first)
            throw new errors/* FlopgateError */.N9(`${label}: Sequential model has no layers`);
        const s = declaredInputShape(first, label) ??
            (model.batchInputShape ? checkedShape(model.batchInputShape, `model "${model.name}" declares build_input_shape`, label) : undefined) ??
            (first.model ? declaredInputs(first.model, label, opts)[0] : undefined) ??
            open(0);
        if (!s)
            throw new errors/* FlopgateError */.N9(`${label}: the model does not record its input shape; give it with ${(0,options/* knob */.B)(opts, 'inputShape')}`);
        return [s];
    }
    const byName = new Map(model.layers.map((l) => [l.name, l]));
    return model.inputs.map((ref, i) => {
        const layer = byName.get(ref.layer);
        if (!layer)
            throw new errors/* FlopgateError */.N9(`${label}: model input "${ref.layer}" is not among its layers`);
        const s = declaredInputShape(layer, label) ?? (layer.model ? declaredInputs(layer.model, label)[0] : undefined) ?? open(i);
        if (!s)
            throw new errors/* FlopgateError */.N9(`${label}: input "${ref.layer}" does not record its shape; give it with ${(0,options/* knob */.B)(opts, 'inputShape')}`);
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
        if (!s || s.length === 0)
            return undefined;
        const dims = s.slice(1).map(declaredDim);
        if (dims.some((d) => d === null || d === undefined))
            return undefined;
        out.push([batch, ...dims]);
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
        const folded = [x[0] * x[1], ...x.slice(2)];
        ctx.memory?.view(folded, x);
        const outs = walkModel(wrapped, [folded], `${name}/`, ctx, depth + 1, isFrozen || innerFrozen);
        return outs.map((s) => {
            const unfolded = [x[0], x[1], ...s.slice(1)];
            ctx.memory?.view(unfolded, s);
            return unfolded;
        });
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
            throw new errors/* FlopgateError */.N9(`${ctx.label}: layer "${name}" ${what}; ${why} (use ${(0,options/* knob */.B)(ctx, 'unknownWarn')} to count it as 0 and mark the total as a lower bound)`);
        }
        const batch = inputs[0]?.[0] ?? 1;
        const recorded = recordedOutputs(call.recorded, batch);
        // Without a rule the output shape is what the file recorded, else assumed to be the input's.
        const outputs = recorded ?? (inputs.length ? [inputs[0]] : []);
        const note = recorded
            ? 'unknown layer type: counted as 0, output shape as recorded in the file'
            : 'unknown layer type: counted as 0, output shape assumed equal to input';
        const outs = ctx.memory ? ctx.memory.step(inputs, outputs, policyOf(layer.config).compute) : outputs;
        addRow(ctx, { ...base, output_shape: graph_one(outs), ops: {}, params: 0n, trainable_params: 0n, unknown: true, note });
        return outs;
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
    const policy = policyOf(layer.config);
    const outs = ctx.memory ? ctx.memory.step(inputs, r.outputs, policy.compute) : r.outputs;
    const weights = ctx.memory ? { weights_bytes: ctx.memory.weights(layer.className, layer.config, params, policy) } : {};
    addRow(ctx, { ...base, output_shape: graph_one(outs), ops: r.ops, params, trainable_params: trainable, ...weights, ...(r.note ? { note: r.note } : {}) });
    return outs;
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
/**
 * Every row of the report goes through here: a shared layer or sub-model called many times
 * makes a row per call, so the limit on layers is held on rows as well as on the file's lists.
 */
function addRow(ctx, row) {
    if (ctx.rows.length >= limits/* LIMITS */.b.layers) {
        throw new errors/* FlopgateError */.N9(`${ctx.label}: more than ${limits/* LIMITS */.b.layers} layer calls (shared layers and sub-models counted per call); flopgate measures at most ${limits/* LIMITS */.b.layers}`);
    }
    ctx.rows.push(row);
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
                const s = declaredInputShape(layer, ctx.label);
                if (layer.calls.length === 0) {
                    // An InputLayer that is not a model input (rare, but legal in Keras 2) still feeds layers.
                    if (!s || s.some((d, i) => i > 0 && d === null))
                        continue;
                    produced.set(key(layer.name, 0), [s.map((d, i) => (i === 0 ? inputs[0]?.[0] ?? 1 : d))]);
                }
            }
            if (layer.calls.length === 0) {
                addRow(ctx, { name: prefix + layer.name, type: 'InputLayer', input_shape: [], output_shape: graph_one(produced.get(key(layer.name, 0)) ?? []), ops: {}, params: 0n, trainable_params: 0n });
                ctx.memory?.none();
                continue;
            }
        }
        layer.calls.forEach((_, call) => pending.push({ layer, call }));
    }
    for (const ref of model.inputs) {
        if (!byName.has(ref.layer))
            throw new errors/* FlopgateError */.N9(`${ctx.label}: model input "${ref.layer}" is not among its layers`);
    }
    // Kahn's walk, linear in the calls: each call waits on a count of missing inputs, and the
    // tensor that completes it queues it. The queue orders calls as repeated passes over the file
    // would (pass, then position), so rows come out in the order they always did.
    const missing = pending.map(() => 0);
    const waiting = new Map();
    const ready = new CallQueue();
    pending.forEach(({ layer, call }, i) => {
        for (const ref of layer.calls[call].inputs) {
            if (tensor(ref))
                continue;
            missing[i]++;
            const k = key(ref.layer, ref.node);
            const list = waiting.get(k);
            if (list)
                list.push(i);
            else
                waiting.set(k, [i]);
        }
        if (missing[i] === 0)
            ready.push(0, i);
    });
    let done = 0;
    for (let next = ready.pop(); next; next = ready.pop()) {
        const [pass, i] = next;
        const { layer, call } = pending[i];
        const spec = layer.calls[call];
        for (const ref of spec.inputs) {
            if (!byName.has(ref.layer))
                throw new errors/* FlopgateError */.N9(`${ctx.label}: layer "${prefix + layer.name}" takes input from unknown layer "${ref.layer}"`);
        }
        const outs = applyLayer(layer, spec.inputs.map(tensor), spec, prefix, ctx, depth, frozen);
        const k = key(layer.name, call);
        produced.set(k, outs);
        done++;
        missing[i] = -1;
        const waiters = waiting.get(k);
        waiting.delete(k);
        for (const w of waiters ?? []) {
            // A reference to a tensor index the call does not produce stays missing: a dangling input.
            if (missing[w] <= 0 || !pending[w].layer.calls[pending[w].call].inputs.every((r) => r.layer !== layer.name || r.node !== call || outs[r.tensor]))
                continue;
            if (--missing[w] === 0)
                ready.push(w > i ? pass : pass + 1, w);
        }
    }
    if (done < pending.length) {
        const left = pending.filter((_, i) => missing[i] !== -1);
        const dangling = left.flatMap((p) => p.layer.calls[p.call].inputs).find((r) => !byName.has(r.layer));
        if (dangling)
            throw new errors/* FlopgateError */.N9(`${ctx.label}: a layer takes input from unknown layer "${dangling.layer}"`);
        const names = [...new Set(left.map((p) => p.layer.name))].slice(0, 5).join(', ');
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
/** A binary min-heap of (pass, position) pairs: the order repeated passes over the calls would take. */
class CallQueue {
    heap = [];
    push(pass, i) {
        const h = this.heap;
        h.push([pass, i]);
        for (let c = h.length - 1; c > 0;) {
            const p = (c - 1) >> 1;
            if (!less(h[c], h[p]))
                break;
            [h[c], h[p]] = [h[p], h[c]];
            c = p;
        }
    }
    pop() {
        const h = this.heap;
        const top = h[0];
        const last = h.pop();
        if (h.length && last) {
            h[0] = last;
            for (let p = 0;;) {
                const l = 2 * p + 1;
                const r = l + 1;
                let m = p;
                if (l < h.length && less(h[l], h[m]))
                    m = l;
                if (r < h.length && less(h[r], h[m]))
                    m = r;
                if (m === p)
                    break;
                [h[m], h[p]] = [h[p], h[m]];
                p = m;
            }
        }
        return top;
    }
}
const less = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

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
 * Keys every Keras layer accepts that change nothing flopgate counts (how weights start, are
 * penalised or bounded; the layer's name and dtype): valid in an inline layer, never read.
 */
// Training hyper-parameters (a dropout's rate, a noise's stddev, batch normalisation's momentum
// and epsilon) change nothing flopgate counts, so no rule reads them; a fit does.
const INERT_KEYS = new Set(['name', 'trainable', 'dtype', 'dtype_policy', 'seed', 'autocast', 'input_shape', 'batch_input_shape', 'batch_shape', 'batch_size', 'input_dim', 'sparse', 'ragged', 'rate', 'noise_shape', 'stddev', 'momentum', 'epsilon']);
const INERT_SUFFIX = /_(initializer|regularizer|constraint)$/;
/**
 * Keys that shape training but not the forward count, per layer type: the rules never read
 * them, the fit builds its model with them (a Dropout's rate), so they are valid inline.
 */
const TRAINING_KEYS = {
    Dropout: ['rate', 'noise_shape'],
    SpatialDropout1D: ['rate'],
    SpatialDropout2D: ['rate', 'data_format'],
    SpatialDropout3D: ['rate', 'data_format'],
    GaussianDropout: ['rate'],
    AlphaDropout: ['rate', 'noise_shape'],
    GaussianNoise: ['stddev'],
    ActivityRegularization: ['l1', 'l2'],
    BatchNormalization: ['momentum', 'epsilon', 'center', 'scale', 'synchronized'],
};
/** The keys each inline layer's rule asked for, present or not: what its type understands. */
const asked = new WeakMap();
/**
 * A config that records every key read from it. The rules read configs through plain
 * property access, so the keys a layer type knows are exactly the ones its rule asks for;
 * anything else in an inline layer is a typo that would silently change the count.
 */
function recording(config, seen) {
    return new Proxy(config, {
        get(target, key, receiver) {
            if (typeof key === 'string')
                seen.add(key);
            return Reflect.get(target, key, receiver);
        },
        has(target, key) {
            if (typeof key === 'string')
                seen.add(key);
            return Reflect.has(target, key);
        },
    });
}
/**
 * The budget file's inline `layers:` list (a Sequential model written in YAML or JSON):
 * each item is a one-key map from a layer type to its Keras config.
 */
function inlineSpec(layers, label) {
    if (!Array.isArray(layers) || layers.length === 0) {
        throw new errors/* FlopgateError */.N9(`${label}: layers must be a non-empty list of {type: config} items`);
    }
    tooMany(layers.length, label);
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
        const plain = { ...(cfg ?? {}) };
        const base = key.toLowerCase();
        const n = counts.get(base) ?? 0;
        counts.set(base, n + 1);
        const name = typeof plain.name === 'string' ? plain.name : n === 0 ? base : `${base}_${n}`;
        const seen = new Set();
        const config = recording(plain, seen);
        asked.set(config, seen);
        return { className, name, config, calls: [] };
    });
    return { kind: 'sequential', name: 'inline', layers: specs, inputs: [], outputs: [] };
}
/**
 * Keys of an inline spec's layers that their rules never asked for, once the spec has been
 * measured (so every rule has run): each is a typo or a key flopgate does not know.
 */
function unknownInlineKeys(spec) {
    const out = [];
    spec.layers.forEach((l, layer) => {
        const seen = asked.get(l.config);
        if (!seen)
            return;
        for (const key of Object.keys(l.config)) {
            if (seen.has(key) || INERT_KEYS.has(key) || INERT_SUFFIX.test(key) || TRAINING_KEYS[l.className]?.includes(key))
                continue;
            // What the rule asked for, less what any code asks of an object (a thenable check).
            const known = [...seen].filter((k) => /^[a-z][a-z0-9_]*$/.test(k) && k !== 'then' && k !== 'name');
            out.push({ layer, type: l.className, key, hint: (0,errors/* didYouMean */.au)(key, known) });
        }
    });
    return out;
}

// EXTERNAL MODULE: ./src/report/memory.ts
var memory = __webpack_require__(5911);
;// CONCATENATED MODULE: ./src/keras/memory.ts

/**
 * The walk of a Keras-family model as steps over tensors, for its activation memory
 * (docs/conventions.md, "Memory"). A tensor is the shape array the walker passes along: the
 * same array object from the layer that makes it to every layer that reads it. One step is
 * recorded per report row, in the rows' order.
 */
class WalkMemory {
    steps = [];
    byDtype = {};
    sizes = new Map();
    /** Views made by the walker itself (TimeDistributed folds time into batch): the same tensor. */
    views = new Map();
    canon(t) {
        return this.views.get(t) ?? t;
    }
    /** A model input, stored in `dtype` (an InputLayer's; float32 by default). */
    input(shape, dtype) {
        this.sizes.set(shape, (0,memory/* tensorBytes */.X2)(shape, dtype));
    }
    /**
     * A layer that reads `reads` and writes `writes` in `dtype`. Every output is a tensor of its
     * own, even where a rule hands its input's shape back (Dropout): the returned arrays are
     * what the walk must pass on.
     */
    step(reads, writes, dtype) {
        const fresh = writes.map((w) => (reads.includes(w) || this.sizes.has(w) ? [...w] : w));
        for (const w of fresh)
            this.sizes.set(w, (0,memory/* tensorBytes */.X2)(w, dtype));
        this.steps.push({ reads: reads.map((r) => this.canon(r)), writes: fresh });
        return fresh;
    }
    /** A row that touches no tensor (an InputLayer's). */
    none() {
        this.steps.push({ reads: [], writes: [] });
    }
    view(view, of) {
        this.views.set(view, this.canon(of));
    }
    /** Live bytes at each step; `outputs` (the model's) stay live to the end. */
    perStep(outputs) {
        // A tensor no step sized (an InputLayer that is not a model input) counts as float32.
        return (0,memory/* liveBytes */.GT)(this.steps, (t) => this.sizes.get(t) ?? (0,memory/* tensorBytes */.X2)(t, 'float32'), outputs.map((o) => this.canon(o)));
    }
    /**
     * Bytes of a layer's `params` weights under its policy, tallied by dtype. A quantized Dense
     * or Embedding stores its kernel (table) at the quantized width and its bias as before;
     * scales are quantization metadata, not parameters, as in ONNX.
     */
    weights(className, config, params, policy) {
        let quantized = 0n;
        if (policy.quantized && params > 0n) {
            const units = typeof config.units === 'number' ? BigInt(config.units) : 0n;
            const bias = className === 'Dense' && config.use_bias !== false ? units : 0n;
            quantized = className === 'Embedding' ? params : params > bias ? params - bias : 0n;
        }
        const q = quantized > 0n ? (0,memory/* elementsBytes */.xb)(quantized, policy.quantized) : 0n;
        const rest = (0,memory/* elementsBytes */.xb)(params - quantized, policy.variable);
        if (q)
            (0,memory/* tally */.N4)(this.byDtype, policy.quantized, q);
        (0,memory/* tally */.N4)(this.byDtype, policy.variable, rest);
        return q + rest;
    }
}

;// CONCATENATED MODULE: ./src/keras/measure.ts










/** A tfjs model is a directory holding model.json: the directory names it. */
function displayName(label) {
    const base = (0,external_node_path_.basename)(label);
    return base === 'model.json' && (0,external_node_path_.basename)((0,external_node_path_.dirname)(label)) ? (0,external_node_path_.basename)((0,external_node_path_.dirname)(label)) : base;
}
/** Measures a Keras-family architecture under the options' convention. */
function analyzeSpec(spec, format, label, opts) {
    if (opts.dims && Object.keys(opts.dims).length) {
        throw new errors/* FlopgateError */.N9(`${label}: ${(0,options/* knob */.B)(opts, 'dims').split(' ')[0]} names a dimension, and Keras models name none; give the shape with ${(0,options/* knob */.B)(opts, 'inputShape')}`);
    }
    const batchSize = opts.batchSize ?? options/* DEFAULTS */.z.batchSize;
    const convention = opts.convention ?? options/* DEFAULTS */.z.convention;
    const inputs = bindInputShapes(declaredInputs(spec, label, opts), opts.inputShapes, batchSize, label, opts.knobs);
    const memory = new WalkMemory();
    inputs.forEach((s, i) => memory.input(s, inputDType(spec, i)));
    const ctx = { label, unknown: opts.unknown ?? options/* DEFAULTS */.z.unknown, rows: [], counted: new Set(), memory, ...(opts.knobs ? { knobs: opts.knobs } : {}) };
    let outputs;
    try {
        outputs = walkModel(spec, inputs, '', ctx);
    }
    catch (e) {
        // A misspelt key is often why a rule failed (`unit:` for `units:`): say that instead.
        if (format === 'inline')
            refuseUnknownKeys(spec, label, opts);
        throw e;
    }
    if (format === 'inline')
        refuseUnknownKeys(spec, label, opts);
    memory.perStep(outputs).forEach((b, k) => (ctx.rows[k].activation_bytes = b));
    return (0,build/* buildModelReport */.oi)({ name: opts.name ?? displayName(label), path: label, format, convention, batch_size: batchSize, input_shapes: inputs.map((s) => s.slice(1)), weights_by_dtype: memory.byDtype }, ctx.rows);
}
/** The dtype model input `i` is fed in: its InputLayer's (int32 token ids), else float32. */
function inputDType(spec, i) {
    const layer = spec.kind === 'sequential' ? spec.layers[0] : spec.layers.find((l) => l.name === spec.inputs[i]?.layer);
    return layer?.className === 'InputLayer' ? policyOf(layer.config).compute : 'float32';
}
/**
 * An inline layer's key its rule never read is a typo that would silently change the count
 * (`activaton: relu` leaves the layer linear): an error at the key, with a did-you-mean.
 */
function refuseUnknownKeys(spec, label, opts) {
    const bad = unknownInlineKeys(spec)[0];
    if (!bad)
        return;
    const where = opts.inlinePosition?.(bad.layer, bad.key) ?? `${label}: layers[${bad.layer}]`;
    throw new errors/* FlopgateError */.N9(`${where}: unknown key "${bad.key}" in inline layer ${bad.layer} (${bad.type})${bad.hint}`);
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
/** The budget file's inline `layers:` list, measured. */
function analyzeInline(layers, label, opts) {
    return analyzeInlineModel(layers, label, opts).report;
}
/** The same, with the architecture a fit builds from. */
function analyzeInlineModel(layers, label, opts) {
    const spec = inlineSpec(layers, label);
    return { report: analyzeSpec(spec, 'inline', label, { name: label, ...opts }), keras: spec };
}


/***/ })

};
