export const id = 433;
export const ids = [433];
export const modules = {

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
