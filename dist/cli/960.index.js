export const id = 960;
export const ids = [960];
export const modules = {

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

/***/ 4433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openOnnx: () => (/* binding */ openOnnx)
/* harmony export */ });
/* harmony import */ var _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1977);
/* harmony import */ var _onnx_decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2185);


/** An ONNX ModelProto, decoded lazily: weights (raw_data, external data) are skipped, never loaded. */
async function openOnnx(reader, label) {
    const wire = new _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .WireReader */ .ZT(reader, label);
    return { kind: 'onnx', format: 'onnx', model: await (0,_onnx_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .readModel */ .k)(wire), wire };
}


/***/ })

};
