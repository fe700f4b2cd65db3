export const id = 621;
export const ids = [621];
export const modules = {

/***/ 1977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZT: () => (/* binding */ WireReader),
/* harmony export */   gL: () => (/* binding */ LEN),
/* harmony export */   jP: () => (/* binding */ I32),
/* harmony export */   rA: () => (/* binding */ VARINT),
/* harmony export */   uv: () => (/* binding */ I64),
/* harmony export */   vt: () => (/* binding */ expectWire)
/* harmony export */ });
/* unused harmony export MAX_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Protobuf wire types that ONNX uses; groups (3, 4) are deprecated and never written by it. */
const VARINT = 0;
const I64 = 1;
const LEN = 2;
const I32 = 5;
/** Reads start small after a jump (a tensor header) and double while reading runs on (nodes). */
const MIN_AHEAD = 512;
const MAX_AHEAD = 64 * 1024;
/** Chunks kept between messages; within one message every chunk it needed stays. */
const KEEP_CHUNKS = 4;
/** A single string or bytes field we agree to hold in memory (names, equations, small blobs). */
const MAX_BYTES = 16 * 1024 * 1024;
/** Thrown by the synchronous decoders when bytes they need are not loaded yet. */
class NeedBytes {
    pos;
    need;
    constructor(pos, need) {
        this.pos = pos;
        this.need = need;
    }
}
/**
 * Random-access protobuf reader over a ByteSource. Nothing is read until a field is asked
 * for, so length-delimited payloads a caller skips (raw_data, doc strings) never leave the
 * file. Messages are decoded synchronously from loaded chunks (fast for graphs of 100k
 * nodes); `run` loads what a decoder found missing and runs it again, so decoders must be
 * free of side effects. Every position is checked against the enclosing message's end, so a
 * corrupt length or a varint that never ends is a one-line fault, not a hang or a huge read.
 */
class WireReader {
    src;
    file;
    chunks = [];
    /** The chunk the last lookup found: nearly every lookup finds the same one. */
    hot = { start: 0, bytes: Buffer.alloc(0) };
    ahead = MIN_AHEAD;
    /** Where in the file's structure decoding is (a node's index, say): named in every fault. */
    where = '';
    lastStart = -1;
    lastEnd = -1;
    constructor(src, file) {
        this.src = src;
        this.file = file;
    }
    get size() {
        return this.src.size;
    }
    fail(msg) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${this.file}: ${msg}${this.where ? ` (${this.where})` : ''}`);
    }
    /** Run a synchronous decoder, loading (up to `limit`) whatever it needs and retrying. */
    async run(limit, decode) {
        if (this.chunks.length > KEEP_CHUNKS)
            this.chunks.splice(0, this.chunks.length - KEEP_CHUNKS);
        for (;;) {
            try {
                return decode();
            }
            catch (e) {
                if (!(e instanceof NeedBytes))
                    throw e;
                await this.load(e.pos, e.need, limit);
            }
        }
    }
    async load(pos, need, limit) {
        // Reading on from (or from inside) the last chunk is a scan: read further ahead each time.
        const onward = pos >= this.lastStart && pos <= this.lastEnd;
        this.ahead = onward ? Math.min(this.ahead * 2, MAX_AHEAD) : MIN_AHEAD;
        const length = Math.min(Math.max(need, this.ahead), Math.max(limit, pos + need) - pos, this.src.size - pos);
        if (length < need)
            this.fail(`truncated: needs bytes up to ${pos + need}, file has ${this.src.size}`);
        const bytes = await this.src.read(pos, length, 'a protobuf message', false);
        this.chunks.push({ start: pos, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
        this.lastStart = pos;
        this.lastEnd = pos + length;
    }
    /** The loaded bytes holding [pos, pos + n), as (array, offset). */
    view(pos, n) {
        const c = this.chunkFor(pos, n);
        return [c.bytes, pos - c.start];
    }
    chunkFor(pos, n) {
        const hot = this.hot;
        if (pos >= hot.start && pos + n <= hot.start + hot.bytes.length)
            return hot;
        for (let i = this.chunks.length - 1; i >= 0; i--) {
            const c = this.chunks[i];
            if (pos >= c.start && pos + n <= c.start + c.bytes.length)
                return (this.hot = c);
        }
        throw new NeedBytes(pos, n);
    }
    /** The last varint read by `varintAt` (unsigned, and as a signed int64). */
    vValue = 0;
    vSigned = 0;
    /** A varint at `pos` that must end before `end`. */
    varint(pos, end, what) {
        const next = this.varintAt(pos, end, what);
        return { value: this.vValue, signed: this.vSigned, next };
    }
    /** Reads the varint at `pos` into vValue / vSigned and returns the position after it. */
    varintAt(pos, end, what) {
        const c = this.chunkFor(pos, 1);
        const b = c.bytes;
        const o = pos - c.start;
        // One byte: tags, small ints and short lengths, nearly every varint of a graph.
        const first = b[o];
        if (first < 0x80 && pos < end) {
            this.vValue = first;
            this.vSigned = first;
            return pos + 1;
        }
        const n = Math.min(10, end - pos);
        if (n <= 0)
            this.fail(`truncated protobuf: ${what} ends before its varint (byte ${pos})`);
        if (o + n > b.length)
            return this.varintSlow(pos, n, end, what);
        return this.decodeVarint(b, o, pos, n, what);
    }
    varintSlow(pos, n, end, what) {
        const [b, o] = this.view(pos, n);
        return this.decodeVarint(b, o, pos, n, what);
    }
    decodeVarint(b, o, pos, n, what) {
        let lo = 0;
        let hi = 0;
        for (let i = 0; i < n; i++) {
            const byte = b[o + i];
            const bits = byte & 0x7f;
            if (i < 4)
                lo |= bits << (7 * i);
            else if (i === 4) {
                lo |= (bits & 0x0f) << 28;
                hi |= bits >> 4;
            }
            else
                hi |= bits << (7 * i - 32);
            if ((byte & 0x80) === 0) {
                lo >>>= 0;
                this.vValue = (hi >>> 0) * 2 ** 32 + lo;
                this.vSigned = (hi | 0) * 2 ** 32 + lo;
                return pos + i + 1;
            }
        }
        if (n < 10)
            this.fail(`truncated protobuf: varint in ${what} runs past its message (byte ${pos})`);
        return this.fail(`bad protobuf: varint in ${what} never ends (byte ${pos})`);
    }
    /** The field whose tag is at `pos`, inside a message ending at `end`. */
    fieldAt(pos, end, what) {
        if (end > this.src.size)
            this.fail(`truncated protobuf: ${what} needs bytes up to ${end}, file has ${this.src.size}`);
        const at = this.varintAt(pos, end, what);
        const tag = this.vValue;
        const no = Math.floor(tag / 8);
        const wire = tag % 8;
        if (no === 0 || no > 536870911)
            this.fail(`bad protobuf: field number ${no} in ${what} (byte ${pos})`);
        if (wire === VARINT) {
            const next = this.varintAt(at, end, what);
            return { no, wire, start: at, end: next, value: this.vValue, signed: this.vSigned };
        }
        if (wire === LEN) {
            const start = this.varintAt(at, end, what);
            const len = this.vValue;
            if (len > end - start) {
                this.fail(`truncated protobuf: field ${no} of ${what} claims ${len} bytes at byte ${start}, only ${end - start} remain`);
            }
            return { no, wire, start, end: start + len, value: len, signed: len };
        }
        if (wire === I64 || wire === I32) {
            const n = wire === I64 ? 8 : 4;
            if (n > end - at)
                this.fail(`truncated protobuf: fixed-size field ${no} of ${what} runs past its message (byte ${at})`);
            return { no, wire, start: at, end: at + n, value: 0, signed: 0 };
        }
        return this.fail(`bad protobuf: wire type ${wire} for field ${no} of ${what} (byte ${pos})`);
    }
    /** Fields of the message at [start, end), in file order (synchronous: use inside `run`). */
    *fields(start, end, what) {
        let pos = start;
        while (pos < end) {
            const f = this.fieldAt(pos, end, what);
            pos = f.end;
            yield f;
        }
    }
    /** For the big messages (model, graph): each field is decoded by `visit` under `run`. */
    async eachField(start, end, what, visit) {
        let pos = start;
        while (pos < end) {
            const at = pos;
            const f = await this.run(end, () => this.fieldAt(at, end, what));
            await visit(f);
            pos = f.end;
        }
    }
    /**
     * Visit the fields of a big message (a graph) synchronously, as many per read as are loaded.
     * `visit` must commit nothing until it returns: if it runs out of bytes it is called again
     * for the same field once they are loaded.
     */
    async scan(start, end, what, visit) {
        let pos = start;
        while (pos < end) {
            const from = pos;
            pos = await this.run(end, () => {
                let p = from;
                try {
                    while (p < end) {
                        const f = this.fieldAt(p, end, what);
                        visit(f);
                        p = f.end;
                    }
                }
                catch (e) {
                    // Keep the progress; the next round starts at the field that ran short.
                    if (e instanceof NeedBytes && p > from)
                        return p;
                    throw e;
                }
                return p;
            });
        }
    }
    bytes(start, end, what) {
        if (end - start > MAX_BYTES)
            this.fail(`${what} is ${end - start} bytes, more than flopgate reads for one field`);
        const [b, o] = this.view(start, end - start);
        // A copy: chunks are dropped as reading moves on.
        return b.slice(o, o + end - start);
    }
    string(f, what) {
        expectWire(this, f, LEN, what);
        if (f.end - f.start > MAX_BYTES)
            this.fail(`${what} is ${f.end - f.start} bytes, more than flopgate reads for one field`);
        const c = this.chunkFor(f.start, f.end - f.start);
        return c.bytes.toString('utf8', f.start - c.start, f.end - c.start);
    }
    /** A repeated integer field: one varint, or a packed run of them. */
    ints(f, what, into, max) {
        if (f.wire === VARINT) {
            push(this, into, f.signed, max, what);
            return;
        }
        expectWire(this, f, LEN, what);
        let pos = f.start;
        while (pos < f.end) {
            pos = this.varintAt(pos, f.end, what);
            push(this, into, this.vSigned, max, what);
        }
    }
    /** A repeated float field: one fixed32, or a packed run of them. */
    floats(f, what, into, max) {
        if (f.wire === I32) {
            push(this, into, this.float32(f.start), max, what);
            return;
        }
        expectWire(this, f, LEN, what);
        const len = f.end - f.start;
        if (len % 4 !== 0)
            this.fail(`bad protobuf: packed floats of ${what} are ${len} bytes`);
        if (into.length + len / 4 > max)
            this.fail(`${what} has more than ${max} values`);
        const b = this.bytes(f.start, f.end, what);
        const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
        for (let p = 0; p < len; p += 4)
            into.push(dv.getFloat32(p, true));
    }
    float32(pos) {
        const [b, o] = this.view(pos, 4);
        return new DataView(b.buffer, b.byteOffset + o, 4).getFloat32(0, true);
    }
    float64(pos) {
        const [b, o] = this.view(pos, 8);
        return new DataView(b.buffer, b.byteOffset + o, 8).getFloat64(0, true);
    }
}
function push(r, into, v, max, what) {
    if (into.length >= max)
        r.fail(`${what} has more than ${max} values`);
    into.push(v);
}
function expectWire(r, f, wire, what) {
    if (f.wire !== wire)
        r.fail(`bad protobuf: ${what} (field ${f.no}) has wire type ${f.wire}, expected ${wire}`);
}


/***/ }),

/***/ 2621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ readSavedModel),
/* harmony export */   y: () => (/* binding */ nodeFromBytes)
/* harmony export */ });
/* harmony import */ var _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1977);
/* harmony import */ var _ir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3471);
/**
 * A SavedModel's `saved_model.pb` into the TF IR (ir.ts): the serving MetaGraphDef's graph,
 * function library and signatures (tensorflow/core/protobuf/saved_model.proto,
 * meta_graph.proto, framework/graph.proto, node_def.proto, attr_value.proto, function.proto,
 * tensor.proto, tensor_shape.proto). Constants' contents are read only when they are small
 * (shape data); the object graph, saver and asset tables are skipped unread.
 */


/** Bytes per element of tensor_content, by DataType (0: not decoded). */
const WIDTH = { 1: 4, 2: 8, 3: 4, 4: 1, 5: 2, 6: 1, 9: 8, 10: 1, 17: 2, 22: 4, 23: 8 };
class Decoder {
    r;
    values = 0;
    constructor(r) {
        this.r = r;
    }
    count(n, what) {
        this.values += n;
        if (this.values > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.listValues)
            this.r.fail(`${what}: more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.listValues} attribute values in the graph`);
    }
    /** Sub-fields of a small message, decoded synchronously (under WireReader.run). */
    *sub(f, what) {
        (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL, what);
        yield* this.r.fields(f.start, f.end, what);
    }
    int(f, what) {
        (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .VARINT */ .rA, what);
        return f.signed;
    }
    shape(f) {
        const dims = [];
        let unknown = false;
        for (const g of this.sub(f, 'TensorShapeProto')) {
            if (g.no === 3)
                unknown = this.int(g, 'TensorShapeProto.unknown_rank') !== 0;
            else if (g.no === 2) {
                let size = 0;
                for (const h of this.sub(g, 'TensorShapeProto.dim'))
                    if (h.no === 1)
                        size = this.int(h, 'Dim.size');
                if (dims.length >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.rank)
                    this.r.fail(`a shape of more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.rank} dimensions`);
                dims.push(size);
            }
        }
        return unknown ? undefined : dims;
    }
    tensor(f) {
        let dtype = 0;
        let dims = [];
        let content;
        const vals = [];
        for (const g of this.sub(f, 'TensorProto')) {
            switch (g.no) {
                case 1:
                    dtype = this.int(g, 'TensorProto.dtype');
                    break;
                case 2:
                    dims = this.shape(g) ?? [];
                    break;
                case 4:
                    content = g;
                    break;
                case 5:
                    if (vals.length < _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inlineValues)
                        this.r.floats(g, 'TensorProto.float_val', vals, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inlineValues);
                    break;
                case 7:
                case 10:
                case 11:
                case 13:
                    if (vals.length < _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inlineValues)
                        this.r.ints(g, 'TensorProto int values', vals, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inlineValues);
                    break;
                case 6:
                    if (g.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .I64 */ .uv)
                        vals.push(this.r.float64(g.start));
                    break;
                default: break;
            }
        }
        for (const d of dims)
            if (d < 0)
                this.r.fail(`a constant has a negative dimension ${d}`);
        const n = dims.reduce((a, b) => a * b, 1);
        const t = { dtype, dims };
        if (n > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inlineValues)
            return t;
        if (content) {
            const w = WIDTH[dtype];
            if (w && content.end - content.start === n * w) {
                const b = this.r.bytes(content.start, content.end, 'TensorProto.tensor_content');
                const d = new DataView(b.buffer, b.byteOffset, b.byteLength);
                const out = [];
                for (let i = 0; i < n; i++) {
                    if (dtype === 1)
                        out.push(d.getFloat32(4 * i, true));
                    else if (dtype === 2)
                        out.push(d.getFloat64(8 * i, true));
                    else if (dtype === 3 || dtype === 22)
                        out.push(dtype === 3 ? d.getInt32(4 * i, true) : d.getUint32(4 * i, true));
                    else if (dtype === 9 || dtype === 23)
                        out.push(Number(d.getBigInt64(8 * i, true)));
                    else if (dtype === 5)
                        out.push(d.getInt16(2 * i, true));
                    else if (dtype === 17)
                        out.push(d.getUint16(2 * i, true));
                    else if (dtype === 6)
                        out.push(d.getInt8(i));
                    else
                        out.push(d.getUint8(i));
                }
                t.values = out;
            }
        }
        else if (vals.length > 0) {
            // A splat: one value stands for all of them.
            t.values = vals.length === n ? vals : vals.length === 1 ? new Array(n).fill(vals[0]) : undefined;
            if (n === 0)
                t.values = [];
        }
        else if (n === 0 || WIDTH[dtype])
            t.values = new Array(n).fill(0);
        return t;
    }
    list(f) {
        const l = { kind: 'list', s: [], i: [], f: [], type: [], shape: [], func: [] };
        for (const g of this.sub(f, 'AttrValue.list')) {
            switch (g.no) {
                case 2:
                    l.s.push(this.r.string(g, 'ListValue.s'));
                    break;
                case 3:
                    this.r.ints(g, 'ListValue.i', l.i, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.listValues);
                    break;
                case 4:
                    this.r.floats(g, 'ListValue.f', l.f, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.listValues);
                    break;
                case 6:
                    this.r.ints(g, 'ListValue.type', l.type, _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.listValues);
                    break;
                case 7:
                    l.shape.push(this.shape(g));
                    break;
                case 9:
                    l.func.push(this.funcName(g));
                    break;
                default: break;
            }
        }
        this.count(l.s.length + l.i.length + l.f.length + l.type.length + l.shape.length, 'a list attribute');
        return l;
    }
    funcName(f) {
        for (const g of this.sub(f, 'NameAttrList'))
            if (g.no === 1)
                return this.r.string(g, 'NameAttrList.name');
        return '';
    }
    attr(f) {
        let v;
        for (const g of this.sub(f, 'AttrValue')) {
            switch (g.no) {
                case 1:
                    v = this.list(g);
                    break;
                case 2:
                    v = { kind: 's', s: this.r.string(g, 'AttrValue.s') };
                    break;
                case 3:
                    v = { kind: 'i', i: this.int(g, 'AttrValue.i') };
                    break;
                case 4:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .I32 */ .jP, 'AttrValue.f');
                    v = { kind: 'f', f: this.r.float32(g.start) };
                    break;
                case 5:
                    v = { kind: 'b', b: this.int(g, 'AttrValue.b') !== 0 };
                    break;
                case 6:
                    v = { kind: 'type', type: this.int(g, 'AttrValue.type') };
                    break;
                case 7:
                    v = { kind: 'shape', dims: this.shape(g) };
                    break;
                case 8:
                    v = { kind: 'tensor', tensor: this.tensor(g) };
                    break;
                case 10:
                    v = { kind: 'func', name: this.funcName(g) };
                    break;
                default: break;
            }
        }
        return v;
    }
    /** A map<string, AttrValue> entry. */
    attrEntry(f, into) {
        let key = '';
        let value;
        for (const g of this.sub(f, 'attr entry')) {
            if (g.no === 1)
                key = this.r.string(g, 'attr key');
            else if (g.no === 2)
                value = this.attr(g);
        }
        if (value)
            into.set(key, value);
        if (into.size > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.attrs)
            this.r.fail(`a node has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.attrs} attributes`);
    }
    node(f) {
        const n = { name: '', op: '', inputs: [], attrs: new Map() };
        for (const g of this.sub(f, 'NodeDef')) {
            switch (g.no) {
                case 1:
                    n.name = this.r.string(g, 'NodeDef.name');
                    break;
                case 2:
                    n.op = this.r.string(g, 'NodeDef.op');
                    break;
                case 3: {
                    const s = this.r.string(g, 'NodeDef.input');
                    if (!s.startsWith('^'))
                        n.inputs.push(s);
                    if (n.inputs.length > _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inputs)
                        this.r.fail(`node "${n.name}" has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.inputs} inputs`);
                    break;
                }
                case 5:
                    this.attrEntry(g, n.attrs);
                    break;
                default: break;
            }
        }
        return n;
    }
    argNames(f, into) {
        for (const g of this.sub(f, 'ArgDef'))
            if (g.no === 1)
                into.push(this.r.string(g, 'ArgDef.name'));
    }
    /** FunctionDef: signature (OpDef), node_def, ret, arg_attr (the args' _output_shapes). */
    fn(f) {
        const fn = { name: '', inputs: [], outputs: [], nodes: [], ret: new Map(), argShapes: [] };
        const argAttrs = new Map();
        for (const g of this.sub(f, 'FunctionDef')) {
            switch (g.no) {
                case 1:
                    for (const h of this.sub(g, 'OpDef')) {
                        if (h.no === 1)
                            fn.name = this.r.string(h, 'OpDef.name');
                        else if (h.no === 2)
                            this.argNames(h, fn.inputs);
                        else if (h.no === 3)
                            this.argNames(h, fn.outputs);
                    }
                    break;
                case 3:
                    if (fn.nodes.length >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.nodes)
                        this.r.fail(`a function has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.nodes} nodes`);
                    fn.nodes.push(this.node(g));
                    break;
                case 4: {
                    let k = '';
                    let v = '';
                    for (const h of this.sub(g, 'ret entry')) {
                        if (h.no === 1)
                            k = this.r.string(h, 'ret key');
                        else if (h.no === 2)
                            v = this.r.string(h, 'ret value');
                    }
                    fn.ret.set(k, v);
                    break;
                }
                case 7: {
                    let idx = 0;
                    const attrs = new Map();
                    for (const h of this.sub(g, 'arg_attr entry')) {
                        if (h.no === 1)
                            idx = this.int(h, 'arg index');
                        else if (h.no === 2)
                            for (const a of this.sub(h, 'ArgAttrs'))
                                if (a.no === 1)
                                    this.attrEntry(a, attrs);
                    }
                    argAttrs.set(idx, attrs);
                    break;
                }
                default: break;
            }
        }
        fn.argShapes = fn.inputs.map((_, i) => {
            const s = argAttrs.get(i)?.get('_output_shapes');
            return s?.kind === 'list' ? s.shape[0] : undefined;
        });
        return fn;
    }
    signature(f) {
        const sig = { key: '', inputs: [], outputs: [] };
        for (const g of this.sub(f, 'signature_def entry')) {
            if (g.no === 1)
                sig.key = this.r.string(g, 'signature key');
            else if (g.no === 2) {
                for (const h of this.sub(g, 'SignatureDef')) {
                    if (h.no !== 1 && h.no !== 2)
                        continue;
                    let key = '';
                    let tensor = '';
                    let dims;
                    for (const e of this.sub(h, 'TensorInfo entry')) {
                        if (e.no === 1)
                            key = this.r.string(e, 'TensorInfo key');
                        else if (e.no === 2) {
                            for (const t of this.sub(e, 'TensorInfo')) {
                                if (t.no === 1)
                                    tensor = this.r.string(t, 'TensorInfo.name');
                                else if (t.no === 3)
                                    dims = this.shape(t);
                            }
                        }
                    }
                    if (h.no === 1)
                        sig.inputs.push(dims ? { key, tensor, dims } : { key, tensor });
                    else
                        sig.outputs.push({ key, tensor });
                }
            }
        }
        return sig;
    }
}
async function graphDef(d, f) {
    const g = { nodes: [], functions: new Map() };
    const r = d.r;
    const libraries = [];
    // `scan` may call the visitor twice for a field that ran short: nothing is committed
    // before the node is whole.
    await r.scan(f.start, f.end, 'GraphDef', (h) => {
        if (h.no === 1) {
            const n = d.node(h);
            if (g.nodes.length >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.nodes)
                r.fail(`the graph has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.nodes} nodes`);
            g.nodes.push(n);
        }
        else if (h.no === 2) {
            (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .expectWire */ .vt)(r, h, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL, 'GraphDef.library');
            libraries.push(h);
        }
    });
    for (const lib of libraries) {
        await r.scan(lib.start, lib.end, 'FunctionDefLibrary', (h) => {
            if (h.no !== 1)
                return;
            const fn = d.fn(h);
            if (g.functions.size >= _ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.functions)
                r.fail(`the library has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.functions} functions`);
            g.functions.set(fn.name, fn);
        });
    }
    return g;
}
/** The MetaGraphDef tagged `serve` (or the only one). */
async function readSavedModel(r) {
    const d = new Decoder(r);
    const metas = [];
    await r.scan(0, r.size, 'SavedModel', (f) => {
        if (f.no === 2) {
            (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .expectWire */ .vt)(r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL, 'SavedModel.meta_graphs');
            metas.push(f);
        }
    });
    if (metas.length === 0)
        r.fail('not a SavedModel: no MetaGraphDef');
    let chosen;
    for (const m of metas) {
        const info = { tags: [], graph: undefined, sigs: [] };
        await r.scan(m.start, m.end, 'MetaGraphDef', (f) => {
            if (f.no === 1) {
                for (const g of r.fields(f.start, f.end, 'MetaInfoDef'))
                    if (g.no === 4)
                        info.tags.push(r.string(g, 'MetaInfoDef.tags'));
            }
            else if (f.no === 2)
                info.graph = f;
            else if (f.no === 5)
                info.sigs.push(f);
        });
        if (!chosen || info.tags.includes('serve'))
            chosen = info;
        if (info.tags.includes('serve'))
            break;
    }
    if (!chosen?.graph)
        return r.fail('the SavedModel has no graph');
    const graph = await graphDef(d, chosen.graph);
    const signatures = [];
    for (const s of chosen.sigs)
        signatures.push(await r.run(s.end, () => d.signature(s)));
    return { tags: chosen.tags, graph, signatures };
}
/**
 * A serialized NodeDef on its own (a TFLite Flex op carries one), decoded with the same
 * rules.
 */
function nodeFromBytes(r, start, end) {
    const d = new Decoder(r);
    return d.node({ no: 1, wire: _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL, start, end, value: end - start, signed: end - start });
}


/***/ })

};
