export const id = 285;
export const ids = [285];
export const modules = {

/***/ 9285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openTflite: () => (/* binding */ openTflite)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/containers/flatbuffer.ts

/** A vtable longer than this (fields x 2 bytes) is not one any schema writes. */
const MAX_VTABLE = 1024;
class FlatBuffer {
    reader;
    label;
    constructor(reader, label) {
        this.reader = reader;
        this.label = label;
    }
    get size() {
        return this.reader.size;
    }
    fail(msg) {
        throw new errors/* FlopgateError */.N9(`${this.label}: ${msg}`);
    }
    async bytes(pos, n, what) {
        const b = await this.reader.read(pos, n, what);
        return new DataView(b.buffer, b.byteOffset, b.byteLength);
    }
    async u8(pos, what) {
        return (await this.bytes(pos, 1, what)).getUint8(0);
    }
    async u32(pos, what) {
        return (await this.bytes(pos, 4, what)).getUint32(0, true);
    }
    /** The root table, at the uoffset in the first four bytes. */
    async root(what) {
        return this.table(await this.u32(0, what), what);
    }
    /** The table at `pos`, its vtable read and checked. */
    async table(pos, what) {
        if (pos <= 0 || pos + 4 > this.size)
            this.fail(`${what}: table offset ${pos} is outside the file (${this.size} bytes)`);
        const soff = (await this.bytes(pos, 4, what)).getInt32(0, true);
        const vt = pos - soff;
        if (vt < 0 || vt + 4 > this.size)
            this.fail(`${what}: vtable at ${vt} is outside the file`);
        const head = await this.bytes(vt, 4, what);
        const vtLen = head.getUint16(0, true);
        const tableLen = head.getUint16(2, true);
        if (vtLen < 4 || vtLen % 2 !== 0 || vtLen > MAX_VTABLE)
            this.fail(`${what}: bad vtable length ${vtLen} at byte ${vt}`);
        if (pos + tableLen > this.size)
            this.fail(`truncated: ${what} needs bytes up to ${pos + tableLen}, the file has ${this.size}`);
        const body = await this.bytes(vt + 4, vtLen - 4, what);
        const slots = [];
        for (let i = 0; i < (vtLen - 4) / 2; i++) {
            const off = body.getUint16(2 * i, true);
            if (off !== 0 && (off < 4 || off >= Math.max(tableLen, 4)))
                this.fail(`${what}: field ${i} lies outside its table (offset ${off}, table of ${tableLen} bytes)`);
            slots.push(off);
        }
        return { pos, slots, len: Math.max(tableLen, 4) };
    }
    /** Where field `id` lies, or 0 when the table does not have it. */
    at(t, id) {
        const off = t.slots[id] ?? 0;
        return off === 0 ? 0 : t.pos + off;
    }
    has(t, id) {
        return this.at(t, id) !== 0;
    }
    async int(t, id, bytes, signed, def, what) {
        const p = this.at(t, id);
        if (!p)
            return def;
        const v = await this.bytes(p, bytes, what);
        if (bytes === 1)
            return signed ? v.getInt8(0) : v.getUint8(0);
        if (bytes === 2)
            return signed ? v.getInt16(0, true) : v.getUint16(0, true);
        return signed ? v.getInt32(0, true) : v.getUint32(0, true);
    }
    async float(t, id, def, what) {
        const p = this.at(t, id);
        return p ? (await this.bytes(p, 4, what)).getFloat32(0, true) : def;
    }
    /** A uint64 scalar as a number (exact below 2^53; beyond that no file can hold it). */
    async u64(t, id, what) {
        const p = this.at(t, id);
        if (!p)
            return 0;
        const v = await this.bytes(p, 8, what);
        return v.getUint32(4, true) * 2 ** 32 + v.getUint32(0, true);
    }
    /** The position a reference field points at (a sub-table, vector or string), 0 when absent. */
    async target(t, id, what) {
        const p = this.at(t, id);
        if (!p)
            return 0;
        const to = p + (await this.u32(p, what));
        if (to >= this.size)
            this.fail(`${what}: reference to byte ${to} is outside the file (${this.size} bytes)`);
        return to;
    }
    async subTable(t, id, what) {
        const to = await this.target(t, id, what);
        return to ? this.table(to, what) : undefined;
    }
    /**
     * A vector of `elem`-byte elements (its bytes are not read), or undefined when absent.
     * `alone`: its length is read by itself, not with the page around it (a weight buffer's
     * length sits just before the weights).
     */
    async vector(t, id, elem, what, alone = false) {
        const to = await this.target(t, id, what);
        if (!to)
            return undefined;
        let length;
        if (alone) {
            const b = await this.reader.read(to, 4, what, false);
            length = new DataView(b.buffer, b.byteOffset, 4).getUint32(0, true);
        }
        else
            length = await this.u32(to, what);
        const start = to + 4;
        if (length * elem > this.size - start)
            this.fail(`truncated: ${what} claims ${length} elements at byte ${start}, beyond the end of the file (${this.size} bytes)`);
        return { start, length };
    }
    /** Vector of tables: element i's table. */
    async tables(v, what, max) {
        if (v.length > max)
            this.fail(`${what}: ${v.length} entries, more than flopgate reads (${max})`);
        const raw = await this.bytes(v.start, 4 * v.length, what);
        const out = [];
        for (let i = 0; i < v.length; i++)
            out.push(await this.table(v.start + 4 * i + raw.getUint32(4 * i, true), `${what} ${i}`));
        return out;
    }
    /** A vector of int32 (or int64, `bytes` 8) read whole, bounded by `max` elements. */
    async ints(t, id, what, max, bytes = 4) {
        const v = await this.vector(t, id, bytes, what);
        if (!v)
            return undefined;
        if (v.length > max)
            this.fail(`${what} has ${v.length} values, more than flopgate reads (${max})`);
        const d = await this.bytes(v.start, bytes * v.length, what);
        const out = [];
        for (let i = 0; i < v.length; i++)
            out.push(bytes === 4 ? d.getInt32(4 * i, true) : Number(d.getBigInt64(8 * i, true)));
        return out;
    }
    async floats(t, id, what, max) {
        const v = await this.vector(t, id, 4, what);
        if (!v)
            return undefined;
        if (v.length > max)
            this.fail(`${what} has ${v.length} values, more than flopgate reads (${max})`);
        const d = await this.bytes(v.start, 4 * v.length, what);
        const out = [];
        for (let i = 0; i < v.length; i++)
            out.push(d.getFloat32(4 * i, true));
        return out;
    }
    async string(t, id, what, max = 1 << 20) {
        const v = await this.vector(t, id, 1, what);
        if (!v)
            return undefined;
        if (v.length > max)
            this.fail(`${what} is ${v.length} bytes, more than flopgate reads for a name (${max})`);
        return new TextDecoder('utf-8').decode(await this.reader.read(v.start, v.length, what));
    }
    /** Bytes at [start, start + length), copied (custom options, a table's inline part, small constants). */
    async raw(start, length, what) {
        return (await this.reader.read(start, length, what)).slice();
    }
}

// EXTERNAL MODULE: ./src/tflite/schema.ts
var schema = __webpack_require__(7407);
// EXTERNAL MODULE: ./src/tflite/ir.ts
var ir = __webpack_require__(4283);
;// CONCATENATED MODULE: ./src/tflite/decode.ts
/**
 * The TFLite flatbuffer into the IR (ir.ts): model, operator codes, subgraphs, tensors with
 * their shapes, types and quantization, operators with their options, and where each
 * buffer's bytes lie. No buffer is read here.
 */



/** Ops whose options hold a vector an adapter reads: op name -> field id. */
const VECTOR_OPTIONS = { RESHAPE: 0, SQUEEZE: 0 };
async function opCodes(fb, model) {
    const v = await fb.vector(model, schema/* MODEL */.A2.operatorCodes, 4, 'operator codes');
    if (!v)
        return [];
    const out = [];
    for (const t of await fb.tables(v, 'operator code', ir/* LIMITS */.b.operatorCodes)) {
        const deprecated = await fb.int(t, schema/* OPERATOR_CODE */.zK.deprecatedBuiltinCode, 1, true, 0, 'operator code');
        const builtin = await fb.int(t, schema/* OPERATOR_CODE */.zK.builtinCode, 4, true, 0, 'operator code');
        // Schema 3a: codes above 127 store the placeholder in the old int8 field; older files
        // leave the new int32 field at 0. The larger of the two is the op.
        const code = Math.max(deprecated, builtin);
        const custom = code === schema/* CUSTOM */.Q4 ? await fb.string(t, schema/* OPERATOR_CODE */.zK.customCode, 'custom op code', 4096) : undefined;
        out.push(custom === undefined ? { code } : { code, custom });
    }
    return out;
}
async function tensorOf(fb, t, index, where) {
    const what = `${where} tensor ${index}`;
    const type = await fb.int(t, schema/* TENSOR */.Ql.type, 1, true, 0, what);
    const shape = (await fb.ints(t, schema/* TENSOR */.Ql.shape, `${what} shape`, ir/* LIMITS */.b.rank)) ?? [];
    const signature = await fb.ints(t, schema/* TENSOR */.Ql.shapeSignature, `${what} shape signature`, ir/* LIMITS */.b.rank);
    if (shape.some((d) => d < 0))
        fb.fail(`${what} has a negative dimension in its shape ${JSON.stringify(shape)}`);
    const q = await fb.subTable(t, schema/* TENSOR */.Ql.quantization, `${what} quantization`);
    let quant;
    if (q) {
        const scales = await fb.vector(q, schema/* QUANTIZATION */.eK.scale, 4, `${what} quantization scales`);
        if (scales && scales.length > 0)
            quant = { scales: scales.length, dim: await fb.int(q, schema/* QUANTIZATION */.eK.quantizedDimension, 4, true, 0, what) };
    }
    return {
        index,
        name: (await fb.string(t, schema/* TENSOR */.Ql.name, `${what} name`)) ?? `tensor_${index}`,
        shape,
        ...(signature && signature.length ? { signature } : {}),
        dtype: schema/* TENSOR_TYPES */.AG[type] ?? 'unknown',
        typeName: schema/* TENSOR_TYPE_NAMES */.s8[type] ?? `type ${type}`,
        buffer: await fb.int(t, schema/* TENSOR */.Ql.buffer, 4, false, 0, what),
        ...(quant ? { quant } : {}),
    };
}
async function optionsOf(fb, op, type, what) {
    const t = await fb.subTable(op, schema/* OPERATOR */.pC.builtinOptions, `${what} options`);
    if (!t)
        return undefined;
    const bytes = await fb.raw(t.pos, t.len, `${what} options`);
    const opts = { bytes, slots: t.slots };
    const vid = VECTOR_OPTIONS[type];
    if (vid !== undefined) {
        const v = await fb.ints(t, vid, `${what} options`, ir/* LIMITS */.b.rank);
        if (v)
            opts.vectors = new Map([[vid, v]]);
    }
    return opts;
}
async function operatorOf(fb, t, index, codes, tensors, where) {
    const what = `${where} operator ${index}`;
    const ci = await fb.int(t, schema/* OPERATOR */.pC.opcodeIndex, 4, false, 0, what);
    const oc = codes[ci];
    if (!oc)
        fb.fail(`${what} uses operator code ${ci}, but the model has ${codes.length}`);
    const name = oc.code === schema/* CUSTOM */.Q4 ? oc.custom ?? 'CUSTOM' : schema/* BUILTIN_NAMES */.VP[oc.code] ?? `BUILTIN_${oc.code}`;
    const inputs = (await fb.ints(t, schema/* OPERATOR */.pC.inputs, `${what} inputs`, ir/* LIMITS */.b.operands)) ?? [];
    const outputs = (await fb.ints(t, schema/* OPERATOR */.pC.outputs, `${what} outputs`, ir/* LIMITS */.b.operands)) ?? [];
    for (const i of [...inputs, ...outputs]) {
        if (i < -1 || i >= tensors)
            fb.fail(`${what} refers to tensor ${i}, but its subgraph has ${tensors}`);
    }
    const op = { index, code: oc.code, type: name, inputs, outputs };
    if (oc.custom !== undefined)
        op.custom = oc.custom;
    const options = oc.code === schema/* CUSTOM */.Q4 ? undefined : await optionsOf(fb, t, name, what);
    if (options)
        op.options = options;
    if (oc.custom?.startsWith('Flex')) {
        const v = await fb.vector(t, schema/* OPERATOR */.pC.customOptions, 1, `${what} custom options`);
        if (v) {
            if (v.length > ir/* LIMITS */.b.customOptions)
                fb.fail(`${what}: custom options of ${v.length} bytes, more than flopgate reads`);
            op.customOptions = await fb.raw(v.start, v.length, `${what} custom options`);
        }
    }
    return op;
}
async function subgraphOf(fb, t, index, codes) {
    const where = `subgraph ${index}`;
    const tv = await fb.vector(t, schema/* SUBGRAPH */.FP.tensors, 4, `${where} tensors`);
    const tensors = [];
    if (tv) {
        const tables = await fb.tables(tv, `${where} tensor`, ir/* LIMITS */.b.tensors);
        for (let i = 0; i < tables.length; i++)
            tensors.push(await tensorOf(fb, tables[i], i, where));
    }
    const io = async (id, what) => {
        const v = (await fb.ints(t, id, `${where} ${what}`, ir/* LIMITS */.b.operands)) ?? [];
        for (const i of v)
            if (i < 0 || i >= tensors.length)
                fb.fail(`${where} ${what} name tensor ${i}, but the subgraph has ${tensors.length}`);
        return v;
    };
    const inputs = await io(schema/* SUBGRAPH */.FP.inputs, 'inputs');
    const outputs = await io(schema/* SUBGRAPH */.FP.outputs, 'outputs');
    const ov = await fb.vector(t, schema/* SUBGRAPH */.FP.operators, 4, `${where} operators`);
    const operators = [];
    if (ov) {
        const tables = await fb.tables(ov, `${where} operator`, ir/* LIMITS */.b.operators);
        for (let i = 0; i < tables.length; i++)
            operators.push(await operatorOf(fb, tables[i], i, codes, tensors.length, where));
    }
    return { index, name: (await fb.string(t, schema/* SUBGRAPH */.FP.name, `${where} name`)) ?? '', tensors, inputs, outputs, operators };
}
async function buffersOf(fb, model) {
    const v = await fb.vector(model, schema/* MODEL */.A2.buffers, 4, 'buffers');
    if (!v)
        return [];
    const out = [];
    for (const t of await fb.tables(v, 'buffer', ir/* LIMITS */.b.buffers)) {
        // Past 2 GB the converter stores a buffer after the flatbuffer, at offset/size.
        const offset = await fb.u64(t, schema/* BUFFER */.ZD.offset, 'buffer');
        if (offset > 1) {
            const size = await fb.u64(t, schema/* BUFFER */.ZD.size, 'buffer');
            if (offset + size > fb.size)
                fb.fail(`truncated: a buffer at byte ${offset} of ${size} bytes lies beyond the end of the file (${fb.size} bytes)`);
            out.push({ start: offset, length: size });
            continue;
        }
        const data = await fb.vector(t, schema/* BUFFER */.ZD.data, 1, 'buffer data', true);
        out.push(data && data.length > 0 ? { start: data.start, length: data.length } : undefined);
    }
    return out;
}
/** Reads every table of the model but its weights. */
async function readTflite(reader, label) {
    const fb = new FlatBuffer(reader, label);
    if (reader.size < 8)
        fb.fail(`truncated: ${reader.size} bytes cannot hold a TFLite model`);
    const root = await fb.root('the model table');
    const version = await fb.int(root, schema/* MODEL */.A2.version, 4, false, 0, 'the model table');
    if (version !== 3)
        fb.fail(`TFLite schema version ${version}; flopgate reads version 3 (every TFLite converter since 2018 writes it)`);
    const codes = await opCodes(fb, root);
    const sv = await fb.vector(root, schema/* MODEL */.A2.subgraphs, 4, 'subgraphs');
    if (!sv || sv.length === 0)
        fb.fail('the model has no subgraph');
    const tables = await fb.tables(sv, 'subgraph', ir/* LIMITS */.b.subgraphs);
    const subgraphs = [];
    for (let i = 0; i < tables.length; i++)
        subgraphs.push(await subgraphOf(fb, tables[i], i, codes));
    const sigs = await fb.vector(root, schema/* MODEL */.A2.signatureDefs, 4, 'signature defs');
    return { model: { version, subgraphs, buffers: await buffersOf(fb, root), signatureDefs: sigs?.length ?? 0 }, fb };
}

;// CONCATENATED MODULE: ./src/formats/tflite.ts

/** A TFLite flatbuffer: every table read in place, no buffer (weight) read. */
async function openTflite(reader, label) {
    const { model, fb } = await readTflite(reader, label);
    return { kind: 'tflite', format: 'tflite', model, fb };
}


/***/ }),

/***/ 4283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ LIMITS)
/* harmony export */ });
/** Bounds on what an untrusted file may make flopgate hold; real models stay far below. */
const LIMITS = {
    subgraphs: 10_000,
    operatorCodes: 100_000,
    tensors: 1_000_000,
    operators: 1_000_000,
    buffers: 1_000_000,
    rank: 64,
    /** Inputs or outputs of one operator. */
    operands: 100_000,
    /** A Flex op's options: a TF op name and its NodeDef. */
    customOptions: 1 << 20,
    /** A buffer read for its values (a shape, an axis, a loop bound). */
    valueBytes: 1 << 20,
};


/***/ }),

/***/ 7407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ MODEL),
/* harmony export */   AG: () => (/* binding */ TENSOR_TYPES),
/* harmony export */   FP: () => (/* binding */ SUBGRAPH),
/* harmony export */   Q4: () => (/* binding */ CUSTOM),
/* harmony export */   Ql: () => (/* binding */ TENSOR),
/* harmony export */   VP: () => (/* binding */ BUILTIN_NAMES),
/* harmony export */   Wp: () => (/* binding */ FUSED_ACTIVATIONS),
/* harmony export */   ZD: () => (/* binding */ BUFFER),
/* harmony export */   eK: () => (/* binding */ QUANTIZATION),
/* harmony export */   pC: () => (/* binding */ OPERATOR),
/* harmony export */   s8: () => (/* binding */ TENSOR_TYPE_NAMES),
/* harmony export */   zK: () => (/* binding */ OPERATOR_CODE)
/* harmony export */ });
/* unused harmony export PLACEHOLDER_FOR_GREATER_OP_CODES */
const MODEL = { version: 0, operatorCodes: 1, subgraphs: 2, description: 3, buffers: 4, signatureDefs: 7 };
const OPERATOR_CODE = { deprecatedBuiltinCode: 0, customCode: 1, version: 2, builtinCode: 3 };
const SUBGRAPH = { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 };
const TENSOR = { shape: 0, type: 1, buffer: 2, name: 3, quantization: 4, isVariable: 5, sparsity: 6, shapeSignature: 7 };
const QUANTIZATION = { min: 0, max: 1, scale: 2, zeroPoint: 3, quantizedDimension: 6 };
const OPERATOR = { opcodeIndex: 0, inputs: 1, outputs: 2, builtinOptionsType: 3, builtinOptions: 4, customOptions: 5, largeCustomOptionsOffset: 9, largeCustomOptionsSize: 10 };
const BUFFER = { data: 0, offset: 1, size: 2 };
/** TensorType, in the core's element types. */
const TENSOR_TYPES = [
    'float32', 'float16', 'int32', 'uint8', 'int64', 'string', 'bool', 'int16', 'complex64', 'int8',
    'float64', 'complex128', 'uint64', 'unknown' /* RESOURCE */, 'unknown' /* VARIANT */, 'uint32', 'uint16', 'int4', 'bfloat16',
];
const TENSOR_TYPE_NAMES = [
    'FLOAT32', 'FLOAT16', 'INT32', 'UINT8', 'INT64', 'STRING', 'BOOL', 'INT16', 'COMPLEX64', 'INT8',
    'FLOAT64', 'COMPLEX128', 'UINT64', 'RESOURCE', 'VARIANT', 'UINT32', 'UINT16', 'INT4', 'BFLOAT16',
];
/** BuiltinOperator, by code (schema.fbs order; 127 is the placeholder for larger codes). */
const BUILTIN_NAMES = [
    'ADD', 'AVERAGE_POOL_2D', 'CONCATENATION', 'CONV_2D', 'DEPTHWISE_CONV_2D', 'DEPTH_TO_SPACE', 'DEQUANTIZE', 'EMBEDDING_LOOKUP', 'FLOOR', 'FULLY_CONNECTED',
    'HASHTABLE_LOOKUP', 'L2_NORMALIZATION', 'L2_POOL_2D', 'LOCAL_RESPONSE_NORMALIZATION', 'LOGISTIC', 'LSH_PROJECTION', 'LSTM', 'MAX_POOL_2D', 'MUL', 'RELU',
    'RELU_N1_TO_1', 'RELU6', 'RESHAPE', 'RESIZE_BILINEAR', 'RNN', 'SOFTMAX', 'SPACE_TO_DEPTH', 'SVDF', 'TANH', 'CONCAT_EMBEDDINGS',
    'SKIP_GRAM', 'CALL', 'CUSTOM', 'EMBEDDING_LOOKUP_SPARSE', 'PAD', 'UNIDIRECTIONAL_SEQUENCE_RNN', 'GATHER', 'BATCH_TO_SPACE_ND', 'SPACE_TO_BATCH_ND', 'TRANSPOSE',
    'MEAN', 'SUB', 'DIV', 'SQUEEZE', 'UNIDIRECTIONAL_SEQUENCE_LSTM', 'STRIDED_SLICE', 'BIDIRECTIONAL_SEQUENCE_RNN', 'EXP', 'TOPK_V2', 'SPLIT',
    'LOG_SOFTMAX', 'DELEGATE', 'BIDIRECTIONAL_SEQUENCE_LSTM', 'CAST', 'PRELU', 'MAXIMUM', 'ARG_MAX', 'MINIMUM', 'LESS', 'NEG',
    'PADV2', 'GREATER', 'GREATER_EQUAL', 'LESS_EQUAL', 'SELECT', 'SLICE', 'SIN', 'TRANSPOSE_CONV', 'SPARSE_TO_DENSE', 'TILE',
    'EXPAND_DIMS', 'EQUAL', 'NOT_EQUAL', 'LOG', 'SUM', 'SQRT', 'RSQRT', 'SHAPE', 'POW', 'ARG_MIN',
    'FAKE_QUANT', 'REDUCE_PROD', 'REDUCE_MAX', 'PACK', 'LOGICAL_OR', 'ONE_HOT', 'LOGICAL_AND', 'LOGICAL_NOT', 'UNPACK', 'REDUCE_MIN',
    'FLOOR_DIV', 'REDUCE_ANY', 'SQUARE', 'ZEROS_LIKE', 'FILL', 'FLOOR_MOD', 'RANGE', 'RESIZE_NEAREST_NEIGHBOR', 'LEAKY_RELU', 'SQUARED_DIFFERENCE',
    'MIRROR_PAD', 'ABS', 'SPLIT_V', 'UNIQUE', 'CEIL', 'REVERSE_V2', 'ADD_N', 'GATHER_ND', 'COS', 'WHERE',
    'RANK', 'ELU', 'REVERSE_SEQUENCE', 'MATRIX_DIAG', 'QUANTIZE', 'MATRIX_SET_DIAG', 'ROUND', 'HARD_SWISH', 'IF', 'WHILE',
    'NON_MAX_SUPPRESSION_V4', 'NON_MAX_SUPPRESSION_V5', 'SCATTER_ND', 'SELECT_V2', 'DENSIFY', 'SEGMENT_SUM', 'BATCH_MATMUL', 'PLACEHOLDER_FOR_GREATER_OP_CODES', 'CUMSUM', 'CALL_ONCE',
    'BROADCAST_TO', 'RFFT2D', 'CONV_3D', 'IMAG', 'REAL', 'COMPLEX_ABS', 'HASHTABLE', 'HASHTABLE_FIND', 'HASHTABLE_IMPORT', 'HASHTABLE_SIZE',
    'REDUCE_ALL', 'CONV_3D_TRANSPOSE', 'VAR_HANDLE', 'READ_VARIABLE', 'ASSIGN_VARIABLE', 'BROADCAST_ARGS', 'RANDOM_STANDARD_NORMAL', 'BUCKETIZE', 'RANDOM_UNIFORM', 'MULTINOMIAL',
    'GELU', 'DYNAMIC_UPDATE_SLICE', 'RELU_0_TO_1', 'UNSORTED_SEGMENT_PROD', 'UNSORTED_SEGMENT_MAX', 'UNSORTED_SEGMENT_SUM', 'ATAN2', 'UNSORTED_SEGMENT_MIN', 'SIGN', 'BITCAST',
    'BITWISE_XOR', 'RIGHT_SHIFT',
];
const CUSTOM = 32;
const PLACEHOLDER_FOR_GREATER_OP_CODES = 127;
/** ActivationFunctionType, as the core's activation names (SIGN_BIT has none). */
const FUSED_ACTIVATIONS = ['linear', 'relu', 'relu_n1_to_1', 'relu6', 'tanh', 'sign_bit'];


/***/ })

};
