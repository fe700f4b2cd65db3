export const id = 269;
export const ids = [269];
export const modules = {

/***/ 3904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Deeper than any real model config; a guard against stack exhaustion in JSON.parse and walkers. */
const MAX_JSON_DEPTH = 256;
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
var json = __webpack_require__(3904);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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





/** model.json files run to a few megabytes; a text "model" far beyond that is not one. */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;
/**
 * A text model file: a TensorFlow.js model.json, a Keras `model.to_json()` document, or a
 * YAML/JSON file holding an inline `layers:` list (and optionally its `input_shape`).
 */
async function openTextModel(src, label, files) {
    if (src.size > MAX_TEXT_BYTES)
        throw new errors/* FlopgateError */.N9(`${label}: ${src.size} bytes is too large for a JSON/YAML model file`);
    const text = (0,json/* decodeUtf8 */._6)(await src.read(0, src.size, 'the text'), label).replace(/^\uFEFF/, '');
    const trimmed = text.trimStart();
    let doc;
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        doc = (0,json/* parseJson */.qF)(text, label);
    else {
        try {
            // Loaded only for YAML files: most model files are binary or JSON.
            const { parse } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
            doc = parse(text, { maxAliasCount: 100 });
        }
        catch (e) {
            const err = e;
            const pos = err.linePos?.[0];
            throw new errors/* FlopgateError */.N9(`${label}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML (${err.message.split('\n')[0]})`);
        }
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


/***/ })

};
