export const id = 21;
export const ids = [21];
export const modules = {

/***/ 2475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ analyzeModel),
/* harmony export */   uo: () => (/* binding */ modelInDirectory),
/* harmony export */   xy: () => (/* binding */ analyzeFile)
/* harmony export */ });
/* unused harmony exports analyzeSource, loadKerasSpec, analyzeModelFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _io_file_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6109);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5943);
/* harmony import */ var _io_byte_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2940);
/* harmony import */ var _io_paged_reader_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7673);







/**
 * Each engine is loaded when a file of its family is opened: parsing the Keras engine's code
 * for an ONNX file (or the other way round) is a few milliseconds of every run.
 */
async function measure(opened, label, opts) {
    if (opened.kind === 'onnx') {
        const { analyzeOnnxModel } = await Promise.all(/* import() */[__webpack_require__.e(481), __webpack_require__.e(185), __webpack_require__.e(344)]).then(__webpack_require__.bind(__webpack_require__, 7344));
        return { report: (await analyzeOnnxModel(opened.model, opened.wire, label, opts)).report };
    }
    if (opened.kind === 'tflite') {
        const { analyzeTfliteModel } = await Promise.all(/* import() */[__webpack_require__.e(481), __webpack_require__.e(505), __webpack_require__.e(621), __webpack_require__.e(899)]).then(__webpack_require__.bind(__webpack_require__, 2899));
        return { report: await analyzeTfliteModel(opened.model, opened.fb, label, opts) };
    }
    if (opened.kind === 'saved_model') {
        const { analyzeSavedModel } = await Promise.all(/* import() */[__webpack_require__.e(481), __webpack_require__.e(505), __webpack_require__.e(968), __webpack_require__.e(157)]).then(__webpack_require__.bind(__webpack_require__, 2157));
        return { report: await analyzeSavedModel(opened.doc, label, opts) };
    }
    if (opened.kind === 'tfjs_graph') {
        const { analyzeGraphModel } = await Promise.all(/* import() */[__webpack_require__.e(481), __webpack_require__.e(505), __webpack_require__.e(968), __webpack_require__.e(62)]).then(__webpack_require__.bind(__webpack_require__, 7062));
        return { report: await analyzeGraphModel(opened.doc, opened.files, label, opts) };
    }
    const { analyzeSpec, kerasArchitecture } = await Promise.all(/* import() */[__webpack_require__.e(481), __webpack_require__.e(247)]).then(__webpack_require__.bind(__webpack_require__, 1247));
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
        return await measure(await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openModel */ .GF)(new _io_paged_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .PagedReader */ .n(src, label), label, files), label, opts);
    }
    catch (e) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .atReaderBoundary */ .Lt)(label, e);
    }
}
async function analyzeSource(src, label, opts) {
    return (await analyzeModel(src, label, opts)).report;
}
/** The Keras-family architecture of a file (undefined for the graph-of-ops formats), read without its weights. */
async function loadKerasSpec(src, label) {
    try {
        const opened = await openModel(new PagedReader(src, label), label);
        if (opened.kind !== 'keras' && opened.kind !== 'inline')
            return undefined;
        return (await Promise.all(/* import() */[__webpack_require__.e(481), __webpack_require__.e(247)]).then(__webpack_require__.bind(__webpack_require__, 1247))).kerasArchitecture(opened, label);
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
    const file = inDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, inDir) : path;
    const fileLabel = inDir ? `${label.replace(/[/\\]+$/, '')}/${inDir}` : label;
    const files = new _io_file_set_js__WEBPACK_IMPORTED_MODULE_2__/* .DirFiles */ .H8((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(fileLabel) === '.' && !fileLabel.includes('/') ? '' : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(fileLabel));
    const src = await _io_byte_source_js__WEBPACK_IMPORTED_MODULE_5__/* .FileSource */ ._n.open(file, fileLabel);
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
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch {
        return undefined;
    }
    if (!st.isDirectory())
        return undefined;
    for (const name of _formats_index_js__WEBPACK_IMPORTED_MODULE_4__/* .MODEL_FILES_IN_DIRECTORY */ .wd)
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, name)))
            return name;
    return undefined;
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
    { name: 'Keras 3 .keras archive', match: isZip, open: async (r, l) => (await __webpack_require__.e(/* import() */ 257).then(__webpack_require__.bind(__webpack_require__, 7257))).openKerasZip(r, l) },
    // Sniffed from the first bytes, before the HDF5 probe (which reads at 512, 1024, 2048...).
    { name: 'TFLite model', match: isTflite, open: async (r, l) => (await __webpack_require__.e(/* import() */ 285).then(__webpack_require__.bind(__webpack_require__, 9285))).openTflite(r, l) },
    // Before ONNX: both open with a varint field 1 (sniff.ts tells them apart).
    { name: 'SavedModel saved_model.pb', match: isSavedModelPb, open: async (r, l, f) => (await Promise.all(/* import() */[__webpack_require__.e(621), __webpack_require__.e(9)]).then(__webpack_require__.bind(__webpack_require__, 719))).openSavedModel(r, l, f) },
    { name: 'Keras .h5 file', match: async (_h, r) => (await (0,superblock/* findHdf5Signature */.$)(r)) >= 0, open: async (r, l) => (await __webpack_require__.e(/* import() */ 257).then(__webpack_require__.bind(__webpack_require__, 7257))).openKerasH5(r, l) },
    { name: 'ONNX model', match: sniffModelProto, open: async (r, l) => (await Promise.all(/* import() */[__webpack_require__.e(185), __webpack_require__.e(960)]).then(__webpack_require__.bind(__webpack_require__, 4433))).openOnnx(r, l) },
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
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   _n: () => (/* binding */ FileSource),
/* harmony export */   _r: () => (/* binding */ BufferSource)
/* harmony export */ });
/* unused harmony export MAX_READ */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(351);



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
 * Opens `path` for reading if it is a regular file; any failure is a FlopgateError naming
 * `label` in words. Opening does not wait and nothing is read before fstat: a FIFO would
 * block forever and a device (/dev/zero, /dev/urandom) never end, so only a regular file is
 * let through. `missing` replaces the message for a path that does not exist.
 */
function openRegular(path, label, noun, missing) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        const err = e;
        if (err.code === 'ENOENT' && missing !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${label}: ${missing}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${label}: ${openFailure(err).replace('not a model file', `not ${noun}`)}`);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (st.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${label}: is a directory, not ${noun}`);
        if (!st.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${label}: is not a regular file (a FIFO, socket or device), so it cannot be ${noun}`);
        return { fd, size: st.size };
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw e;
    }
}
function readRegularFile(path, label, opts) {
    if (opts.optional && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return undefined;
    const { fd, size } = openRegular(path, label, opts.noun, opts.missing);
    try {
        if (size > opts.max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${label}: ${size} bytes is more than ${opts.noun} may hold (${(0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesText */ .p)(opts.max)} at most)`);
        const out = Buffer.allocUnsafe(size);
        let done = 0;
        while (done < size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, out, done, size - done, done);
            if (n === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlopgateError */ .N9(`${label}: file shrank while being read`);
            done += n;
        }
        return out;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * A model file on disk. Reads are synchronous under the async interface: a graph is read in a
 * hundred small pieces, and a round trip through libuv's thread pool for each cost more than
 * the decoding (Swin-T: ~20 ms of a run). Only regular files are opened (openRegular).
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
        const { fd, size } = openRegular(path, label, 'a model file');
        return new FileSource(fd, size, label);
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
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(351);


/**
 * A read a file's structure asked for that leaves the file, or goes past what flopgate agrees
 * to read of one: always the file's fault, said in one line that names it.
 */
class BoundsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9 {
}
// The read budget is the documented limit on what one model file may make flopgate read.
const DEFAULTS = { page: 4096, pages: 1024, budget: _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b.modelReadBytes, maxReads: 200_000 };
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
            throw new BoundsError(`${this.label}: ${what}: the file's structure asks flopgate to read more than ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesText */ .p)(this.opts.budget)}`);
        }
        if (++this.reads > this.opts.maxReads) {
            throw new BoundsError(`${this.label}: ${what}: the file's structure never ends (more than ${this.opts.maxReads} reads)`);
        }
        return this.src.read(offset, length);
    }
}


/***/ }),

/***/ 351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ LIMITS),
/* harmony export */   p: () => (/* binding */ bytesText)
/* harmony export */ });
/**
 * The hard limits on what flopgate reads. A CI gate runs on files from pull requests,
 * including hostile ones: every input either finishes within about 2 seconds and 256 MB, or
 * is refused at once with a one-line message naming the limit it crossed. Each limit is far
 * beyond what a real model or budget file needs, and is checked before the work (or the
 * allocation) it guards. README.md ("Limits") lists them; __tests__/limits.test.ts holds that
 * table to these numbers and crosses each of them.
 */
const KiB = 1024;
const MiB = 1024 * KiB;
const LIMITS = {
    /** Bytes flopgate reads of one model file in all: the architecture, never the weights. */
    modelReadBytes: 64 * MiB,
    /** A JSON architecture: model.json, a .keras config.json, an .h5 model_config, a JSON layers: spec. */
    jsonBytes: 16 * MiB,
    /** A YAML layers: spec file. YAML costs about 2 µs a byte to parse, JSON a hundredth of that. */
    yamlBytes: 256 * KiB,
    /** Nesting of JSON and YAML documents (arrays and objects inside each other). */
    nestingDepth: 256,
    /** Keras models nested inside models (a Sequential inside a Functional inside ...). */
    modelNesting: 64,
    /** Members of a .keras zip archive. */
    zipMembers: 100_000,
    /** A .keras archive's central directory (the list of its members), read whole. */
    zipDirectoryBytes: 16 * MiB,
    /**
     * Layers of a Keras, TensorFlow.js or inline model, nested models' layers included; also the
     * rows of its report (each call of a shared layer or sub-model is a row).
     */
    layers: 20_000,
    /** Nodes of an ONNX model's graph (the graphs inside If, Loop and Scan nodes are not walked). */
    onnxNodes: 50_000,
    /** The budget file. */
    budgetBytes: 1 * MiB,
    /** Models in one budget file. */
    budgetModels: 10_000,
    /** A dimension of an input shape (a model's declaration, --input-shape, input_shape). */
    dimension: 2 ** 31,
    /** --batch-size and batch_size. */
    batchSize: 2 ** 31,
    /** A budget written as a YAML number; past it the number has lost digits (write "2.5T"). */
    budgetNumber: Number.MAX_SAFE_INTEGER,
    /** Faults printed for a budget file; the rest are counted ("and N more"). */
    faultsShown: 20,
};
/** 262144 → "256 KiB", for messages that name a limit. */
function bytesText(n) {
    if (n >= MiB && n % MiB === 0)
        return `${n / MiB} MiB`;
    if (n >= KiB && n % KiB === 0)
        return `${n / KiB} KiB`;
    return `${n} bytes`;
}


/***/ })

};
