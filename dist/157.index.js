export const id = 157;
export const ids = [157];
export const modules = {

/***/ 2157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeSavedModel: () => (/* binding */ analyzeSavedModel)
/* harmony export */ });
/* unused harmony exports servingSignature, attrConstants */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8381);
/* harmony import */ var _report_build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7814);
/* harmony import */ var _ir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3471);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9968);
/**
 * A SavedModel measured: its serving signature's outputs evaluated back to its inputs,
 * through the top-level call into the function library. Parameters are the variables the
 * signature's function reads (their VarHandleOp's shape), each once, never their data.
 */





/** The signature a server would call: serving_default, else the only one. */
function servingSignature(sigs, file) {
    const s = sigs.find((x) => x.key === 'serving_default') ?? (sigs.length === 1 ? sigs[0] : undefined);
    if (!s) {
        const have = sigs.length ? `it has ${sigs.map((x) => `"${x.key}"`).join(', ')}` : 'it has none';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${file}: the SavedModel has no serving signature (serving_default); ${have}`);
    }
    if (s.outputs.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${file}: signature "${s.key}" has no outputs`);
    return s;
}
/** A Const node's value as its attribute holds it (small ones decoded, large ones only shaped). */
const attrConstants = {
    async constant(n) {
        const a = n.attrs.get('value');
        if (a?.kind !== 'tensor')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`Const node "${n.name}" has no value`);
        const t = a.tensor;
        return { shape: t.dims, dtype: _ir_js__WEBPACK_IMPORTED_MODULE_3__/* .TF_DTYPES */ .F[t.dtype] ?? 'unknown', values: t.values, constant: true };
    },
};
async function analyzeSavedModel(doc, file, opts) {
    const sig = servingSignature(doc.signatures, file);
    const walk = new _analyze_js__WEBPACK_IMPORTED_MODULE_4__/* .TfWalk */ .Kh(file, doc.graph.functions, attrConstants, 'variables', opts.unknown ?? _options_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULTS */ .z.unknown);
    const top = walk.scope('', doc.graph.nodes);
    const bound = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_4__/* .bindSignatureInputs */ .l0)(file, top, sig.inputs, opts);
    await walk.run(top, sig.outputs.map((o) => o.tensor), walk.rows);
    return (0,_report_build_js__WEBPACK_IMPORTED_MODULE_2__/* .buildModelReport */ .oi)({
        name: opts.name ?? (0,_analyze_js__WEBPACK_IMPORTED_MODULE_4__/* .directoryName */ .jK)(file, 'saved_model.pb'),
        path: file,
        format: 'saved_model',
        convention: opts.convention ?? _options_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULTS */ .z.convention,
        batch_size: bound.batch,
        input_shapes: bound.shapes.map((s) => s.slice(1)),
        weights_by_dtype: walk.weightsByDtype,
        activations_not_measured: _analyze_js__WEBPACK_IMPORTED_MODULE_4__/* .NOT_MEASURED */ .pJ,
    }, walk.rows);
}


/***/ })

};
