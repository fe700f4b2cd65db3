export const id = 62;
export const ids = [62];
export const modules = {

/***/ 7062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeGraphModel: () => (/* binding */ analyzeGraphModel)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8381);
/* harmony import */ var _report_build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7814);
/* harmony import */ var _core_tensor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1134);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9968);
/* harmony import */ var _ir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3471);
/* harmony import */ var _weights_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5315);
/**
 * A TF.js graph model measured: the GraphDef in modelTopology walked from the signature's
 * outputs (fused ops included), shapes inferred from the placeholders. Constants are the
 * weights: shaped from the weightsManifest, and read from the shards only when a shape needs
 * their values (small integer ones), at the offset the manifest implies.
 */







/** Shard reads: integer constants up to this many elements (shape data, loop bounds). */
const READ_VALUES = 1024;
function constants(doc, files, file) {
    const cache = new Map();
    return {
        async constant(n) {
            const had = cache.get(n.name);
            if (had)
                return had;
            const a = n.attrs.get('value');
            const attr = a?.kind === 'tensor' ? a.tensor : undefined;
            const e = doc.manifest.entries.get(n.name);
            if (!e && !attr)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${file}: constant "${n.name}" is neither in the weights manifest nor in the graph`);
            const dtype = e ? e.dtype : _ir_js__WEBPACK_IMPORTED_MODULE_5__/* .TF_DTYPES */ .F[attr.dtype] ?? 'unknown';
            const shape = e ? e.shape : attr.dims;
            // Float constants are weights: never read. Integer ones may be shapes.
            const values = e && !(0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .isFloat */ .dk)(e.dtype) ? await (0,_weights_js__WEBPACK_IMPORTED_MODULE_6__/* .readWeightValues */ .n)(doc.manifest, e, files, file, READ_VALUES) : attr?.values;
            const v = { shape, dtype, values, constant: true, ...(e && (0,_core_tensor_js__WEBPACK_IMPORTED_MODULE_3__/* .isFloat */ .dk)(dtype) ? { param: { key: e.name, name: e.name } } : {}) };
            cache.set(n.name, v);
            return v;
        },
    };
}
/** Placeholders in graph order: the inputs when the model.json gives no signature. */
function placeholders(graph) {
    return graph.nodes.filter((n) => n.op === 'Placeholder').map((n) => {
        const s = n.attrs.get('shape');
        return { key: n.name, tensor: n.name, ...(s?.kind === 'shape' && s.dims ? { dims: s.dims } : {}) };
    });
}
/** Nodes nothing reads: the outputs when the model.json gives no signature. */
function sinks(graph) {
    const read = new Set(graph.nodes.flatMap((n) => n.inputs.map((r) => r.replace(/:\d+$/, ''))));
    return graph.nodes.filter((n) => !read.has(n.name) && n.op !== 'NoOp' && n.op !== 'Const').map((n) => n.name);
}
async function analyzeGraphModel(doc, files, file, opts) {
    if (doc.graph.nodes.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${file}: the graph model's GraphDef has no nodes: nothing to measure`);
    const walk = new _analyze_js__WEBPACK_IMPORTED_MODULE_4__/* .TfWalk */ .Kh(file, doc.graph.functions, constants(doc, files, file), 'constants', opts.unknown ?? _options_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULTS */ .z.unknown);
    const top = walk.scope('', doc.graph.nodes);
    const ins = doc.signature?.inputs.length ? doc.signature.inputs : placeholders(doc.graph);
    const outs = doc.signature?.outputs.length ? doc.signature.outputs.map((o) => o.tensor) : sinks(doc.graph);
    const bound = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_4__/* .bindSignatureInputs */ .l0)(file, top, ins, opts);
    await walk.run(top, outs, walk.rows);
    return (0,_report_build_js__WEBPACK_IMPORTED_MODULE_2__/* .buildModelReport */ .oi)({
        name: opts.name ?? (0,_analyze_js__WEBPACK_IMPORTED_MODULE_4__/* .directoryName */ .jK)(file, 'model.json'),
        path: file,
        format: 'tfjs-graph',
        convention: opts.convention ?? _options_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULTS */ .z.convention,
        batch_size: bound.batch,
        input_shapes: bound.shapes.map((s) => s.slice(1)),
        weights_by_dtype: walk.weightsByDtype,
        activations_not_measured: _analyze_js__WEBPACK_IMPORTED_MODULE_4__/* .NOT_MEASURED */ .pJ,
    }, walk.rows);
}


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
