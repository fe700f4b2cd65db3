export const id = 269;
export const ids = [269];
export const modules = {

/***/ 1523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(351);


/** Deeper than any real model config; a guard against stack exhaustion in JSON.parse and walkers. */
const MAX_JSON_DEPTH = _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b.nestingDepth;
/** Scans brackets outside strings; linear, no recursion. */
function checkDepth(text, label) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92 /* \ */)
                i++;
            else if (c === 34 /* " */)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            if (++depth > MAX_JSON_DEPTH) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${label}: JSON nests deeper than ${MAX_JSON_DEPTH} levels; refusing it`);
            }
        }
        else if (c === 125 || c === 93)
            depth--;
    }
}
function lineCol(text, pos) {
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    return `${line}:${pos - before.lastIndexOf('\n')}`;
}
/** JSON.parse with a depth bound and an error that names file, line and column. */
function parseJson(text, label) {
    checkDepth(text, label);
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const msg = e.message;
        const m = /position (\d+)/.exec(msg);
        const where = m ? `:${lineCol(text, Number(m[1]))}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${label}${where}: invalid JSON (${msg.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '')})`);
    }
}
function decodeUtf8(bytes, label) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${label}: not valid UTF-8 text`);
    }
}


/***/ }),

/***/ 6269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openTextModel: () => (/* binding */ openTextModel)
});

// EXTERNAL MODULE: ./src/containers/json.ts
var containers_json = __webpack_require__(1523);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
;// CONCATENATED MODULE: ./src/formats/tfjs.ts

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** True when a parsed JSON document is a TensorFlow.js model.json of either kind. */
function isTfjsModelJson(doc) {
    return isObj(doc) && ('modelTopology' in doc || doc.format === 'layers-model' || doc.format === 'graph-model');
}
/** A graph model (a GraphDef in modelTopology), whether or not the file says `format: graph-model`. */
function isGraphModel(doc) {
    const topo = doc.modelTopology;
    return doc.format === 'graph-model' || (isObj(topo) && ('node' in topo || 'versions' in topo) && !('class_name' in topo));
}
/**
 * The Keras model config inside a tfjs layers-model `model.json`. The converter has written it
 * with and without a `format` key, and older versions wrapped it in `model_config`.
 */
function tfjsModelConfig(doc, label) {
    const topo = doc.modelTopology;
    if (!isObj(topo))
        throw new errors/* FlopgateError */.N9(`${label}: model.json has no modelTopology`);
    if (isObj(topo.model_config))
        return topo.model_config;
    if ('class_name' in topo)
        return topo;
    throw new errors/* FlopgateError */.N9(`${label}: modelTopology holds no Keras model config`);
}

// EXTERNAL MODULE: ./src/tf/ir.ts
var ir = __webpack_require__(3471);
;// CONCATENATED MODULE: ./src/tf/decode-json.ts
/**
 * A TF.js graph model's modelTopology (a GraphDef written as protobuf JSON) into the TF IR
 * (ir.ts). Protobuf JSON writes int64 as strings, bytes as base64 (string attributes such as
 * padding, data_format, fused_ops) and field names in lowerCamelCase; Const nodes keep their
 * type and shape but not their values, which are in the weight shards.
 */


const decode_json_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v) => (Array.isArray(v) ? v : []);
class JsonDecoder {
    file;
    values = 0;
    constructor(file) {
        this.file = file;
    }
    fail(msg) {
        throw new errors/* FlopgateError */.N9(`${this.file}: ${msg}`);
    }
    count(n) {
        this.values += n;
        if (this.values > ir/* LIMITS */.b1.listValues)
            this.fail(`modelTopology: more than ${ir/* LIMITS */.b1.listValues} attribute values`);
    }
    int(v, what) {
        const n = typeof v === 'string' ? Number(v) : v;
        if (typeof n !== 'number' || !Number.isSafeInteger(n))
            this.fail(`modelTopology: ${what} is not an integer`);
        return n;
    }
    /** Bytes (base64) as text; attributes that are names and modes are ASCII. */
    bytes(v, what) {
        if (typeof v !== 'string')
            this.fail(`modelTopology: ${what} is not a base64 string`);
        return Buffer.from(v, 'base64').toString('latin1');
    }
    type(v) {
        if (typeof v === 'number')
            return v;
        if (typeof v === 'string' && ir/* TF_DTYPE_NAMES */.lr[v] !== undefined)
            return ir/* TF_DTYPE_NAMES */.lr[v];
        return 0;
    }
    shape(v) {
        if (!decode_json_isObj(v))
            return [];
        if (v.unknownRank === true || v.unknown_rank === true)
            return undefined;
        const dims = arr(v.dim);
        if (dims.length > ir/* LIMITS */.b1.rank)
            this.fail(`modelTopology: a shape of ${dims.length} dimensions`);
        return dims.map((d) => (decode_json_isObj(d) && d.size !== undefined ? this.int(d.size, 'a dimension') : 0));
    }
    attr(v) {
        if (!decode_json_isObj(v))
            return undefined;
        if ('list' in v) {
            const l = decode_json_isObj(v.list) ? v.list : {};
            const out = {
                kind: 'list',
                s: arr(l.s).map((x) => this.bytes(x, 'a list attribute')),
                i: arr(l.i).map((x) => this.int(x, 'a list attribute')),
                f: arr(l.f).map((x) => Number(x)),
                type: arr(l.type).map((x) => this.type(x)),
                shape: arr(l.shape).map((x) => this.shape(x)),
                func: arr(l.func).map((x) => (decode_json_isObj(x) && typeof x.name === 'string' ? x.name : '')),
            };
            this.count(out.s.length + out.i.length + out.f.length + out.type.length + out.shape.length);
            return out;
        }
        if ('s' in v)
            return { kind: 's', s: this.bytes(v.s, 'a string attribute') };
        if ('i' in v)
            return { kind: 'i', i: this.int(v.i, 'an int attribute') };
        if ('f' in v)
            return { kind: 'f', f: Number(v.f) };
        if ('b' in v)
            return { kind: 'b', b: v.b === true };
        if ('type' in v)
            return { kind: 'type', type: this.type(v.type) };
        if ('shape' in v)
            return { kind: 'shape', dims: this.shape(v.shape) };
        if ('tensor' in v) {
            const t = decode_json_isObj(v.tensor) ? v.tensor : {};
            return { kind: 'tensor', tensor: { dtype: this.type(t.dtype), dims: this.shape(t.tensorShape ?? t.tensor_shape) ?? [] } };
        }
        if ('func' in v)
            return { kind: 'func', name: decode_json_isObj(v.func) && typeof v.func.name === 'string' ? v.func.name : '' };
        return undefined;
    }
    node(v) {
        if (!decode_json_isObj(v) || typeof v.name !== 'string' || typeof v.op !== 'string')
            this.fail('modelTopology: a node without a name or op');
        const inputs = arr(v.input).filter((x) => typeof x === 'string' && !x.startsWith('^'));
        if (inputs.length > ir/* LIMITS */.b1.inputs)
            this.fail(`node "${v.name}" has more than ${ir/* LIMITS */.b1.inputs} inputs`);
        const attrs = new Map();
        if (decode_json_isObj(v.attr)) {
            for (const [k, a] of Object.entries(v.attr)) {
                const d = this.attr(a);
                if (d)
                    attrs.set(k, d);
            }
        }
        return { name: v.name, op: v.op, inputs, attrs };
    }
    fn(v) {
        if (!decode_json_isObj(v) || !decode_json_isObj(v.signature))
            this.fail('modelTopology: a library function without a signature');
        const sig = v.signature;
        const names = (x) => arr(x).map((a) => (decode_json_isObj(a) && typeof a.name === 'string' ? a.name : ''));
        const inputs = names(sig.inputArg ?? sig.input_arg);
        const nodes = arr(v.nodeDef ?? v.node_def).map((n) => this.node(n));
        if (nodes.length > ir/* LIMITS */.b1.nodes)
            this.fail(`a function has more than ${ir/* LIMITS */.b1.nodes} nodes`);
        const ret = new Map();
        if (decode_json_isObj(v.ret))
            for (const [k, r] of Object.entries(v.ret))
                if (typeof r === 'string')
                    ret.set(k, r);
        const argAttr = decode_json_isObj(v.argAttr ?? v.arg_attr) ? (v.argAttr ?? v.arg_attr) : {};
        const argShapes = inputs.map((_, i) => {
            const a = argAttr[String(i)];
            const s = decode_json_isObj(a) && decode_json_isObj(a.attr) ? this.attr(a.attr._output_shapes) : undefined;
            return s?.kind === 'list' ? s.shape[0] : undefined;
        });
        return { name: typeof sig.name === 'string' ? sig.name : '', inputs, outputs: names(sig.outputArg ?? sig.output_arg), nodes, ret, argShapes };
    }
}
function graphFromJson(topology, file) {
    const d = new JsonDecoder(file);
    if (!decode_json_isObj(topology))
        throw new errors/* FlopgateError */.N9(`${file}: modelTopology is not a GraphDef`);
    const nodes = arr(topology.node).map((n) => d.node(n));
    if (nodes.length > ir/* LIMITS */.b1.nodes)
        d.fail(`the graph has more than ${ir/* LIMITS */.b1.nodes} nodes`);
    const functions = new Map();
    const lib = decode_json_isObj(topology.library) ? topology.library : {};
    for (const f of arr(lib.function)) {
        const fn = d.fn(f);
        functions.set(fn.name, fn);
    }
    if (functions.size > ir/* LIMITS */.b1.functions)
        d.fail(`the library has more than ${ir/* LIMITS */.b1.functions} functions`);
    return { nodes, functions };
}
/** A signature's tensors ({name, dtype, tensorShape} per key), as the IR's. */
function signatureFromJson(sig, d = new JsonDecoder('')) {
    if (!decode_json_isObj(sig))
        return undefined;
    const side = (x) => decode_json_isObj(x)
        ? Object.entries(x).map(([key, t]) => {
            const tt = decode_json_isObj(t) ? t : {};
            const dims = d.shape(tt.tensorShape ?? tt.tensor_shape);
            return { key, tensor: typeof tt.name === 'string' ? tt.name : key, ...(dims ? { dims } : {}) };
        })
        : [];
    return { inputs: side(sig.inputs), outputs: side(sig.outputs).map(({ key, tensor }) => ({ key, tensor })) };
}

// EXTERNAL MODULE: ./src/tf/weights.ts
var weights = __webpack_require__(5315);
;// CONCATENATED MODULE: ./src/formats/text.ts






/** JSON (after a BOM and whitespace) starts with a bracket; anything else is read as YAML. */
function startsAsJson(head) {
    let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09))
        i++;
    return head[i] === 0x7b || head[i] === 0x5b;
}
/**
 * A text model file: a TensorFlow.js model.json, a Keras `model.to_json()` document, or a
 * YAML/JSON file holding an inline `layers:` list (and optionally its `input_shape`).
 */
async function openTextModel(src, label, files) {
    // Sized before reading: model.json files run to a few megabytes, and YAML costs about a
    // hundred times JSON's time to parse (256 KiB is some 10,000 layers written by hand).
    const json = startsAsJson(await src.read(0, Math.min(src.size, 4096), 'the text'));
    const max = json ? limits/* LIMITS */.b.jsonBytes : limits/* LIMITS */.b.yamlBytes;
    if (src.size > max) {
        throw new errors/* FlopgateError */.N9(`${label}: ${src.size} bytes of ${json ? 'JSON' : 'YAML'}; flopgate reads at most ${(0,limits/* bytesText */.p)(max)} of a ${json ? 'JSON' : 'YAML'} model file`);
    }
    const text = (0,containers_json/* decodeUtf8 */._6)(await src.read(0, src.size, 'the text'), label).replace(/^\uFEFF/, '');
    let doc;
    if (json)
        doc = (0,containers_json/* parseJson */.qF)(text, label);
    else {
        // Loaded only for YAML files: most model files are binary or JSON.
        const r = (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(45)]).then(__webpack_require__.bind(__webpack_require__, 2045))).parseYamlText(text);
        if (!r.ok) {
            const f = r.faults[0];
            throw new errors/* FlopgateError */.N9(`${label}:${f.line}:${f.column}: invalid YAML (${f.message})`);
        }
        doc = r.value.data;
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw new errors/* FlopgateError */.N9(`${label}: expected a model.json, a Keras model JSON or a document with a layers: list`);
    }
    const obj = doc;
    if (isTfjsModelJson(obj) && isGraphModel(obj)) {
        const doc = { graph: graphFromJson(obj.modelTopology, label), manifest: (0,weights/* readManifest */.W)(obj.weightsManifest, label) };
        const signature = signatureFromJson(obj.signature);
        return { kind: 'tfjs_graph', format: 'tfjs-graph', doc: signature ? { ...doc, signature } : doc, ...(files ? { files } : {}) };
    }
    if (isTfjsModelJson(obj))
        return { kind: 'keras', format: 'tfjs', config: tfjsModelConfig(obj, label) };
    if (typeof obj.class_name === 'string')
        return { kind: 'keras', format: 'keras', config: obj };
    if ('layers' in obj)
        return { kind: 'inline', format: 'inline', layers: obj.layers, ...(obj.input_shape ? { inputShapes: shapesOf(obj.input_shape, label) } : {}) };
    throw new errors/* FlopgateError */.N9(`${label}: neither a TensorFlow.js model.json, a Keras model JSON, nor a layers: spec`);
}
function shapesOf(v, label) {
    const ok = (s) => Array.isArray(s) && s.every((d) => Number.isInteger(d) && d > 0);
    if (ok(v))
        return [v];
    if (Array.isArray(v) && v.every(ok))
        return v;
    throw new errors/* FlopgateError */.N9(`${label}: input_shape must be a list of positive integers (or a list of such lists)`);
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


/***/ })

};
