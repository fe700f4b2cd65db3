export const id = 61;
export const ids = [61];
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

/***/ 61:
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
/**
 * The Keras model config inside a tfjs layers-model `model.json`. The converter has written it
 * with and without a `format` key, and older versions wrapped it in `model_config`.
 */
function tfjsModelConfig(doc, label) {
    const topo = doc.modelTopology;
    const isGraph = doc.format === 'graph-model' || (isObj(topo) && ('node' in topo || 'versions' in topo) && !('class_name' in topo));
    if (isGraph) {
        throw new errors/* FlopgateError */.N9(`${label}: is a TensorFlow.js graph model; graph models are not supported yet (convert the Keras model as a layers model: tensorflowjs_converter --output_format tfjs_layers_model)`);
    }
    if (!isObj(topo))
        throw new errors/* FlopgateError */.N9(`${label}: model.json has no modelTopology`);
    if (isObj(topo.model_config))
        return topo.model_config;
    if ('class_name' in topo)
        return topo;
    throw new errors/* FlopgateError */.N9(`${label}: modelTopology holds no Keras model config`);
}

;// CONCATENATED MODULE: ./src/formats/text.ts



/** model.json files run to a few megabytes; a text "model" far beyond that is not one. */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;
/**
 * A text model file: a TensorFlow.js model.json, a Keras `model.to_json()` document, or a
 * YAML/JSON file holding an inline `layers:` list (and optionally its `input_shape`).
 */
async function openTextModel(src, label) {
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
