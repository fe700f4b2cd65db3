export const id = 484;
export const ids = [484];
export const modules = {

/***/ 6044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xy: () => (/* binding */ analyzeFile),
  Cw: () => (/* binding */ analyzeModel)
});

// UNUSED EXPORTS: analyzeModelFile, analyzeSource, loadKerasSpec

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/containers/hdf5/superblock.ts
var superblock = __webpack_require__(8454);
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
    { name: 'Keras .h5 file', match: async (_h, r) => (await (0,superblock/* findHdf5Signature */.$)(r)) >= 0, open: async (r, l) => (await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(257)]).then(__webpack_require__.bind(__webpack_require__, 7257))).openKerasH5(r, l) },
    { name: 'ONNX model', match: sniffModelProto, open: async (r, l) => (await Promise.all(/* import() */[__webpack_require__.e(185), __webpack_require__.e(960)]).then(__webpack_require__.bind(__webpack_require__, 4433))).openOnnx(r, l) },
    { name: 'TensorFlow.js model.json, Keras JSON or YAML layers: spec', match: isText, open: async (r, l) => (await __webpack_require__.e(/* import() */ 61).then(__webpack_require__.bind(__webpack_require__, 61))).openTextModel(r, l) },
];
/** The format of a model file's bytes, opened. */
async function formats_openModel(reader, label) {
    if (reader.size === 0)
        throw new errors/* FlopgateError */.N9(`${label}: file is empty`);
    const head = await reader.read(0, Math.min(reader.size, 64), 'the file header');
    if ((0,lfs/* isLfsPointer */.NS)(head))
        throw new errors/* FlopgateError */.N9((0,lfs/* lfsMessage */.pR)(label));
    for (const f of FORMATS)
        if (await f.match(head, reader))
            return f.open(reader, label);
    throw new errors/* FlopgateError */.N9(`${label}: not a recognised model file (expected a Keras .keras zip, a Keras .h5 file, a TensorFlow.js model.json, an ONNX model, or a YAML/JSON layers: spec)`);
}

// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __webpack_require__(2940);
// EXTERNAL MODULE: ./src/io/paged-reader.ts
var paged_reader = __webpack_require__(7673);
;// CONCATENATED MODULE: ./src/analyze.ts




/**
 * Each engine is loaded when a file of its family is opened: parsing the Keras engine's code
 * for an ONNX file (or the other way round) is a few milliseconds of every run.
 */
async function measure(opened, label, opts) {
    if (opened.kind === 'onnx') {
        const { analyzeOnnxModel } = await Promise.all(/* import() */[__webpack_require__.e(840), __webpack_require__.e(185), __webpack_require__.e(149)]).then(__webpack_require__.bind(__webpack_require__, 149));
        return { report: (await analyzeOnnxModel(opened.model, opened.wire, label, opts)).report };
    }
    const { analyzeSpec, kerasArchitecture } = await Promise.all(/* import() */[__webpack_require__.e(840), __webpack_require__.e(247)]).then(__webpack_require__.bind(__webpack_require__, 1247));
    const spec = kerasArchitecture(opened, label);
    const given = opened.kind === 'inline' ? { inputShapes: opts.inputShapes ?? opened.inputShapes } : {};
    return { report: analyzeSpec(spec, opened.format, label, { ...opts, ...given }), keras: spec };
}
/** Reads any model file the formats know (detected from its bytes) and measures it. */
async function analyzeModel(src, label, opts) {
    try {
        return await measure(await formats_openModel(new paged_reader/* PagedReader */.n(src, label), label), label, opts);
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
        const opened = await openModel(new PagedReader(src, label), label);
        if (opened.kind === 'onnx')
            return undefined;
        return (await Promise.all(/* import() */[__webpack_require__.e(840), __webpack_require__.e(247)]).then(__webpack_require__.bind(__webpack_require__, 1247))).kerasArchitecture(opened, label);
    }
    catch (e) {
        throw atReaderBoundary(label, e);
    }
}
/** `label` names the file in reports and errors (the path as the user wrote it). */
async function analyzeFile(path, opts, label = path) {
    return (await analyzeModelFile(path, opts, label)).report;
}
async function analyzeModelFile(path, opts, label = path) {
    const src = await byte_source/* FileSource */._n.open(path, label);
    try {
        return await analyzeModel(src, label, opts);
    }
    finally {
        await src.close();
    }
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
/* harmony export */   c3: () => (/* binding */ signedCount),
/* harmony export */   cW: () => (/* binding */ shape),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   oE: () => (/* binding */ compact),
/* harmony export */   pU: () => (/* binding */ delta),
/* harmony export */   wu: () => (/* binding */ signedPercent),
/* harmony export */   y$: () => (/* binding */ countColumn),
/* harmony export */   y2: () => (/* binding */ accuracy),
/* harmony export */   zD: () => (/* binding */ grouped)
/* harmony export */ });
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
/**
 * A size in bytes: exact below ten thousand ("9,216 B"), then three significant digits in
 * decimal units ("313 kB", "6.73 MB"), as the budget file's "512 kB" reads.
 */
function bytes(n) {
    const x = Number(n);
    if (Math.abs(x) < 10_000)
        return `${grouped(n)} B`;
    for (const [scale, unit] of [[1e12, 'TB'], [1e9, 'GB'], [1e6, 'MB'], [1e3, 'kB']]) {
        if (Math.abs(x) >= scale)
            return `${sig3(x / scale)} ${unit}`;
    }
    return `${grouped(n)} B`;
}
/**
 * A column of counts in one form: exact and grouped while every value is below a million,
 * else every value with three significant digits and a unit ("9.22 k", "6.73 M"), so a
 * column never mixes `9,216` with `6.73 M`.
 */
function countColumn(values) {
    const big = values.some((v) => (v < 0n ? -v : v) >= 1000000n);
    if (!big)
        return values.map((v) => grouped(v));
    return values.map((v) => {
        const abs = v < 0n ? -Number(v) : Number(v);
        return abs >= 1e3 && abs < 1e6 ? `${sig3(Number(v) / 1e3)} k` : count(v);
    });
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ writeJson),
/* harmony export */   a: () => (/* binding */ toJson)
/* harmony export */ });
/**
 * JSON with exact integers. Counts are bigints: JSON numbers have no precision limit, so a
 * count beyond 2^53 is written with all its digits (JSON.stringify refuses bigints, and a
 * Number would round them). Readers that need the digits parse with a reviver that keeps them
 * (Python's json does by default).
 *
 * The text is JSON.stringify's, byte for byte. A replacer function would be called for every key
 * of every layer row and cost more than a large graph's analysis, so BigInt.prototype.toJSON is
 * defined for the duration of one synchronous call instead (and removed after it): it is called
 * for bigints only, and gives the Number with the same digits, or, past 2^53, a placeholder
 * string holding the digits, which is then replaced by them. The placeholder carries a random
 * nonce drawn for the call, so a name in a model file cannot pose as one.
 *
 * A large report is written in pieces (`writeJson`): the members of its top levels one at a
 * time, so 400k layer rows never become one 100 MB string.
 */
function toJson(value, indent) {
    const parts = [];
    writeJson(value, indent, (s) => parts.push(s));
    return parts.join('');
}
/** Levels whose members are written one by one (a check report's models, then their layers). */
const STREAMED_DEPTH = 3;
/** Pieces are handed to `write` in chunks of about this many characters. */
const CHUNK = 1 << 20;
/** The same text as toJson, handed to `write` in pieces of about a megabyte. */
function writeJson(value, indent, write) {
    const nonce = Math.random().toString(36).slice(2, 12) + Math.random().toString(36).slice(2, 12);
    const mark = `bigint-${nonce}:`;
    const placeholder = new RegExp(`"${mark}(-?\\d+)"`, 'g');
    let inexact = false;
    const proto = BigInt.prototype;
    const before = Object.getOwnPropertyDescriptor(proto, 'toJSON');
    Object.defineProperty(proto, 'toJSON', {
        configurable: true,
        writable: true,
        value() {
            if (this <= MAX_EXACT && this >= -MAX_EXACT)
                return Number(this);
            inexact = true;
            return `${mark}${this}`;
        },
    });
    let pending = [];
    let size = 0;
    const emit = (s) => {
        pending.push(s);
        size += s.length;
        if (size >= CHUNK)
            flush();
    };
    const flush = () => {
        if (!pending.length)
            return;
        let text = pending.join('');
        if (inexact)
            text = text.replace(placeholder, '$1');
        pending = [];
        size = 0;
        write(text);
    };
    try {
        piece(value, indent ? ' '.repeat(indent) : '', '\n', 0, emit);
        flush();
    }
    finally {
        if (before)
            Object.defineProperty(proto, 'toJSON', before);
        else
            delete proto.toJSON;
    }
}
const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
/** Values JSON leaves out of an object (and writes as null in an array). */
function absent(v) {
    return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}
/** A long array is written this many members per JSON.stringify call. */
const SLICE = 2048;
const INEXACT = Symbol('a bigint past 2^53');
/**
 * `v` with its bigints as Numbers, copied only where it holds one (a shape array is passed as
 * it is), or INEXACT when one is past 2^53. JSON.stringify then runs without calling back into
 * JavaScript once per bigint, which costs a microsecond each: 2 s for a graph of 400k nodes.
 */
function withNumbers(v, depth) {
    if (typeof v === 'bigint')
        return v <= MAX_EXACT && v >= -MAX_EXACT ? Number(v) : INEXACT;
    if (typeof v !== 'object' || v === null || depth > 32)
        return v;
    if (Array.isArray(v)) {
        let out;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (typeof x !== 'bigint' && (typeof x !== 'object' || x === null))
                continue;
            const y = withNumbers(x, depth + 1);
            if (y === INEXACT)
                return INEXACT;
            if (y !== x)
                (out ??= v.slice())[i] = y;
        }
        return out ?? v;
    }
    if (typeof v.toJSON === 'function' || Object.getPrototypeOf(v) !== Object.prototype)
        return v;
    let out;
    for (const key of Object.keys(v)) {
        const x = v[key];
        if (typeof x !== 'bigint' && (typeof x !== 'object' || x === null))
            continue;
        const y = withNumbers(x, depth + 1);
        if (y === INEXACT)
            return INEXACT;
        // A spread defines each key as the object's own (a key named __proto__ included), so the
        // assignment after it sets that key, never the prototype.
        if (y !== x)
            (out ??= { ...v })[key] = y;
    }
    return out ?? v;
}
/**
 * What JSON.stringify writes for `v` where it sits `depth` containers deep. Rather than indent
 * its lines afterwards (replaceAll over megabytes costs more than the stringify), `v` is
 * stringified inside `depth` one-key wrappers, which indent it as the document does, and the
 * wrappers' text is cut off again: its length is measured once per depth, on the number 0.
 */
function stringified(v, step, depth) {
    const plain = withNumbers(v, 0);
    const value = absent(v) ? null : plain === INEXACT ? v : plain;
    if (!step || depth === 0)
        return JSON.stringify(value, null, step);
    const [before, after] = wrapperLengths(step, depth);
    const text = JSON.stringify(wrap(value, depth), null, step);
    return text.slice(before, text.length - after);
}
function wrap(v, depth) {
    let w = v;
    for (let i = 0; i < depth; i++)
        w = { w };
    return w;
}
const wrappers = new Map();
function wrapperLengths(step, depth) {
    const key = `${step.length}:${depth}`;
    let lengths = wrappers.get(key);
    if (!lengths) {
        const text = JSON.stringify(wrap(0, depth), null, step);
        const at = text.indexOf('0');
        lengths = [at, text.length - at - 1];
        wrappers.set(key, lengths);
    }
    return lengths;
}
/**
 * `v` as JSON.stringify(v, null, step) writes it at a nesting whose lines start with `nl`: the
 * top levels member by member (a long array SLICE members at a time), anything deeper, and
 * any short array of plain values, by one JSON.stringify call.
 */
function piece(v, step, nl, depth, emit) {
    const streamed = depth < STREAMED_DEPTH && typeof v === 'object' && v !== null && typeof v.toJSON !== 'function';
    if (!streamed) {
        emit(stringified(v, step, depth));
        return;
    }
    const inner = step ? nl + step : '';
    if (Array.isArray(v)) {
        const nested = v.length > 0 && typeof v[0] === 'object' && v[0] !== null;
        if (v.length === 0 || (v.length <= SLICE && !nested)) {
            emit(stringified(v, step, depth));
            return;
        }
        emit('[');
        if (v.length > SLICE) {
            for (let i = 0; i < v.length; i += SLICE) {
                // A slice's own text, without its brackets, is its members as the whole array has them.
                const text = stringified(v.slice(i, i + SLICE), step, depth);
                emit(i ? `,${inner}` : inner);
                emit(step ? text.slice(1 + inner.length, text.length - 1 - nl.length) : text.slice(1, -1));
            }
        }
        else {
            for (let i = 0; i < v.length; i++) {
                emit(i ? `,${inner}` : inner);
                piece(v[i], step, inner, depth + 1, emit);
            }
        }
        emit(step ? `${nl}]` : ']');
        return;
    }
    let first = true;
    emit('{');
    for (const key of Object.keys(v)) {
        const x = v[key];
        if (absent(x))
            continue;
        emit(`${first ? inner : `,${inner}`}${JSON.stringify(key)}${step ? ': ' : ':'}`);
        first = false;
        piece(x, step, inner, depth + 1, emit);
    }
    emit(first ? '}' : step ? `${nl}}` : '}');
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


/***/ })

};
