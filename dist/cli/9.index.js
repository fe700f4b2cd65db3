export const id = 9;
export const ids = [9];
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

/***/ 719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openSavedModel: () => (/* binding */ openSavedModel)
});

// EXTERNAL MODULE: ./src/containers/json.ts
var json = __webpack_require__(1523);
// EXTERNAL MODULE: ./src/containers/protobuf.ts
var protobuf = __webpack_require__(1977);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/io/paged-reader.ts
var paged_reader = __webpack_require__(7673);
// EXTERNAL MODULE: ./src/tf/decode-pb.ts
var decode_pb = __webpack_require__(2621);
;// CONCATENATED MODULE: ./src/tf/keras-metadata.ts
/**
 * A Keras 2 (tf.keras) SavedModel's keras_metadata.pb: a SavedMetadata message (field 1, one
 * SavedObject per tracked object: node_path 3, identifier 4, metadata 5) whose root object's
 * metadata is the model's JSON, with the same class_name and config as model.to_json(). The
 * model is measured from that config through the Keras path, like a .h5 file.
 */

/** The root object's metadata as parsed JSON ({class_name, config}), or undefined when there is none. */
async function kerasRootMetadata(r) {
    let root;
    await r.scan(0, r.size, 'SavedMetadata', (f) => {
        if (f.no !== 1 || root !== undefined)
            return;
        (0,protobuf/* expectWire */.vt)(r, f, protobuf/* LEN */.gL, 'SavedMetadata.nodes');
        let path = '';
        let identifier = '';
        let metadata = '';
        for (const g of r.fields(f.start, f.end, 'SavedObject')) {
            if (g.no === 3)
                path = r.string(g, 'SavedObject.node_path');
            else if (g.no === 4)
                identifier = r.string(g, 'SavedObject.identifier');
            else if (g.no === 5)
                metadata = r.string(g, 'SavedObject.metadata');
        }
        if (path === 'root' && identifier.startsWith('_tf_keras_'))
            root = metadata;
    });
    return root;
}

;// CONCATENATED MODULE: ./src/formats/saved-model.ts






/**
 * A SavedModel's saved_model.pb: the serving graph and its function library (variables are
 * not read). A Keras 2 SavedModel (keras_metadata.pb beside it) is read through the Keras
 * path from that metadata, the model's own config.
 */
async function openSavedModel(reader, label, files) {
    const meta = await files?.open('keras_metadata.pb');
    if (meta) {
        const what = files.label('keras_metadata.pb');
        const text = await kerasRootMetadata(new protobuf/* WireReader */.ZT(new paged_reader/* PagedReader */.n(meta, what), what));
        if (text === undefined)
            throw new errors/* FlopgateError */.N9(`${what}: holds no Keras model (no root object tracked as _tf_keras_*)`);
        const doc = (0,json/* parseJson */.qF)(text, what);
        if (typeof doc.class_name !== 'string' || typeof doc.config !== 'object')
            throw new errors/* FlopgateError */.N9(`${what}: the root object's metadata has no class_name and config`);
        return { kind: 'keras', format: 'saved_model', config: { class_name: doc.class_name, config: doc.config } };
    }
    const wire = new protobuf/* WireReader */.ZT(reader, label);
    return { kind: 'saved_model', format: 'saved_model', doc: await (0,decode_pb/* readSavedModel */.Z)(wire) };
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


/***/ })

};
