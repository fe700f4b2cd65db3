export const id = 185;
export const ids = [185];
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

/***/ 2185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readModel)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(351);
/* harmony import */ var _dtypes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(638);
/* harmony import */ var _ir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4444);
/* harmony import */ var _tensor_data_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9751);
/* harmony import */ var _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1977);





/** Shared by every node without inputs, outputs or attributes; never written to. */
const NO_NAMES = Object.freeze([]);
const NO_ATTRS = Object.freeze([]);
/** Tensor attributes up to this many elements are decoded with their node. */
const INLINE_VALUES = 1024;
/**
 * ModelProto and GraphProto are walked field by field (a graph may span the whole file);
 * every other message is small and decoded synchronously under `WireReader.run`, which may
 * run a decoder twice: the decoders only build and return values.
 */
class Decoder {
    r;
    values = 0;
    constructor(r) {
        this.r = r;
    }
    count(n, node) {
        this.values += n;
        if (this.values > _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.values)
            this.r.fail(`node ${node}: more than ${_ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.values} attribute values in the model`);
    }
    int(f, what) {
        (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .VARINT */ .rA, what);
        return f.signed;
    }
    async model(start, end) {
        const m = { irVersion: 0, producer: '', producerVersion: '', opsets: new Map(), graph: (0,_ir_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyGraph */ .K1)(), functions: new Set() };
        let graphs = 0;
        await this.r.eachField(start, end, 'ModelProto', async (f) => {
            switch (f.no) {
                case 1:
                    m.irVersion = this.int(f, 'ModelProto.ir_version');
                    break;
                case 2:
                    m.producer = await this.r.run(end, () => this.r.string(f, 'ModelProto.producer_name'));
                    break;
                case 3:
                    m.producerVersion = await this.r.run(end, () => this.r.string(f, 'ModelProto.producer_version'));
                    break;
                case 7:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'ModelProto.graph');
                    if (++graphs > 1)
                        this.r.fail('bad ONNX model: more than one graph');
                    m.graph = await this.graph(f.start, f.end);
                    break;
                case 8: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'ModelProto.opset_import');
                    const [domain, version] = await this.r.run(end, () => this.opset(f));
                    m.opsets.set(domain === 'ai.onnx' ? '' : domain, version);
                    break;
                }
                case 25:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(this.r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'ModelProto.functions');
                    m.functions.add(await this.r.run(end, () => this.functionKey(f)));
                    break;
                default:
                    break;
            }
        });
        if (graphs === 0)
            this.r.fail('not an ONNX model: no graph in the ModelProto');
        return m;
    }
    opset(f) {
        let domain = '';
        let version = 0;
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'OperatorSetIdProto');
            at = g.end;
            if (g.no === 1)
                domain = this.r.string(g, 'OperatorSetIdProto.domain');
            else if (g.no === 2)
                version = this.int(g, 'OperatorSetIdProto.version');
        }
        return [domain, version];
    }
    functionKey(f) {
        let name = '';
        let domain = '';
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'FunctionProto');
            at = g.end;
            if (g.no === 1)
                name = this.r.string(g, 'FunctionProto.name');
            else if (g.no === 10)
                domain = this.r.string(g, 'FunctionProto.domain');
        }
        return `${domain}:${name}`;
    }
    async graph(start, end) {
        const g = (0,_ir_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyGraph */ .K1)();
        let valueInfos = 0;
        const r = this.r;
        // Each case decodes first and commits last: `scan` may repeat a field that ran short.
        await r.scan(start, end, 'GraphProto', (f) => {
            r.where = '';
            switch (f.no) {
                case 1: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'GraphProto.node');
                    if (g.nodes.length >= _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b.onnxNodes)
                        r.fail(`graph has more than ${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b.onnxNodes} nodes`);
                    const n = this.node(f, g.nodes.length);
                    for (const a of n.attrs)
                        this.count(a.ints.length + a.floats.length + a.strings.length, n.index);
                    g.nodes.push(n);
                    break;
                }
                case 2:
                    g.name = r.string(f, 'GraphProto.name');
                    break;
                case 5: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'GraphProto.initializer');
                    if (g.initializers.size >= _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.initializers)
                        r.fail(`graph has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.initializers} initializers`);
                    const t = this.tensor(f, 'initializer');
                    g.initializers.set(t.name, t);
                    break;
                }
                case 15: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'GraphProto.sparse_initializer');
                    const t = this.sparseTensor(f);
                    g.initializers.set(t.name, t);
                    break;
                }
                case 11:
                case 12:
                case 13: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(r, f, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'GraphProto value info');
                    if (valueInfos >= _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.valueInfos)
                        r.fail(`graph has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.valueInfos} value infos`);
                    const v = this.valueInfo(f);
                    valueInfos++;
                    if (f.no === 11)
                        g.inputs.push(v);
                    else if (f.no === 12)
                        g.outputs.push(v);
                    else
                        g.valueInfo.set(v.name, v);
                    break;
                }
                default:
                    break;
            }
        });
        return g;
    }
    /** Op types and domains repeat across a graph: one string each, however many nodes. */
    interned = new Map();
    intern(s) {
        const known = this.interned.get(s);
        if (known !== undefined)
            return known;
        if (this.interned.size < 4096)
            this.interned.set(s, s);
        return s;
    }
    /**
     * Scratch lists a node's names are gathered in, then copied at their exact length: an array
     * grown by push keeps room for 17 entries, 150 bytes a list, a third of a small node.
     */
    ins = [];
    outs = [];
    attrs = [];
    node(f, index) {
        const n = { index, name: '', opType: '', domain: '', inputs: NO_NAMES, outputs: NO_NAMES, attrs: NO_ATTRS };
        const { ins, outs, attrs } = this;
        ins.length = 0;
        outs.length = 0;
        attrs.length = 0;
        const r = this.r;
        // Faults name the node; the words are only put together if there is one.
        r.where = `node ${index}`;
        for (let p = f.start; p < f.end;) {
            const g = r.fieldAt(p, f.end, 'NodeProto');
            p = g.end;
            switch (g.no) {
                case 1:
                    if (ins.length >= _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.namesPerNode)
                        r.fail(`more than ${_ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.namesPerNode} inputs`);
                    ins.push(r.string(g, 'NodeProto.input'));
                    break;
                case 2:
                    if (outs.length >= _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.namesPerNode)
                        r.fail(`more than ${_ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.namesPerNode} outputs`);
                    outs.push(r.string(g, 'NodeProto.output'));
                    break;
                case 3:
                    n.name = r.string(g, 'NodeProto.name');
                    break;
                case 4:
                    n.opType = this.intern(r.string(g, 'NodeProto.op_type'));
                    break;
                case 7:
                    n.domain = this.intern(r.string(g, 'NodeProto.domain'));
                    break;
                case 5: {
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'NodeProto.attribute');
                    if (attrs.length >= _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.attrsPerNode)
                        r.fail(`more than ${_ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.attrsPerNode} attributes`);
                    const a = this.attribute(g);
                    // A repeated name: the last one wins, as protobuf map semantics would have it.
                    const at = attrs.findIndex((x) => x.name === a.name);
                    if (at >= 0)
                        attrs[at] = a;
                    else
                        attrs.push(a);
                    break;
                }
                default:
                    break;
            }
        }
        if (!n.opType)
            r.fail(`bad ONNX model: a node${n.name ? ` "${n.name}"` : ''} has no op_type`);
        if (ins.length)
            n.inputs = ins.slice();
        if (outs.length)
            n.outputs = outs.slice();
        if (attrs.length)
            n.attrs = attrs.slice();
        r.where = '';
        return n;
    }
    attribute(f) {
        // Every field present from the start: one object layout for all attributes.
        const a = { name: '', type: 0, f: undefined, i: undefined, s: undefined, t: undefined, floats: [], ints: [], strings: [], graphs: 0 };
        const what = 'AttributeProto';
        const r = this.r;
        const room = _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.values - this.values;
        for (let p = f.start; p < f.end;) {
            const g = r.fieldAt(p, f.end, what);
            p = g.end;
            switch (g.no) {
                case 1:
                    a.name = r.string(g, 'AttributeProto.name');
                    break;
                case 20:
                    a.type = this.int(g, 'AttributeProto.type');
                    break;
                case 2:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .I32 */ .jP, 'AttributeProto.f');
                    a.f = r.float32(g.start);
                    break;
                case 3:
                    a.i = this.int(g, 'AttributeProto.i');
                    break;
                case 4:
                    a.s = r.string(g, 'AttributeProto.s');
                    break;
                case 5:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'AttributeProto.t');
                    a.t = this.tensor(g, 'a tensor attribute');
                    // A Constant's value sits inside the node being read: decode it now rather than
                    // come back for it once the node's bytes are gone.
                    if (a.t.elements <= INLINE_VALUES)
                        a.t.values = (0,_tensor_data_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeData */ .H)(r, a.t);
                    break;
                case 6:
                case 11:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'AttributeProto graph');
                    a.graphs++;
                    break;
                case 7:
                    r.floats(g, 'AttributeProto.floats', a.floats, room);
                    break;
                case 8:
                    r.ints(g, 'AttributeProto.ints', a.ints, room);
                    break;
                case 9:
                    if (a.strings.length >= room)
                        r.fail(`an attribute has more than ${room} strings`);
                    a.strings.push(r.string(g, 'AttributeProto.strings'));
                    break;
                default:
                    break;
            }
        }
        // Files from before IR version 3 may omit the type: infer it from the field that is set.
        if (!a.type) {
            a.type = a.f !== undefined ? _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTR */ .aP.FLOAT : a.i !== undefined ? _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTR */ .aP.INT : a.s !== undefined ? _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTR */ .aP.STRING
                : a.t ? _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTR */ .aP.TENSOR : a.floats.length ? _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTR */ .aP.FLOATS : a.ints.length ? _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTR */ .aP.INTS
                    : a.strings.length ? _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTR */ .aP.STRINGS : a.graphs ? _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTR */ .aP.GRAPH : 0;
        }
        return a;
    }
    tensor(f, what) {
        const t = { name: '', dims: [], dataType: 0, elements: 1, external: false, data: [], values: undefined };
        let rawBytes = -1;
        let dataFields = 0;
        const r = this.r;
        for (let p = f.start; p < f.end;) {
            const g = r.fieldAt(p, f.end, 'TensorProto');
            p = g.end;
            switch (g.no) {
                case 1:
                    r.ints(g, 'TensorProto.dims', t.dims, _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.dims);
                    break;
                case 2:
                    t.dataType = this.int(g, 'TensorProto.data_type');
                    break;
                case 8:
                    t.name = r.string(g, 'TensorProto.name');
                    break;
                case 14:
                    t.external = this.int(g, 'TensorProto.data_location') === 1;
                    break;
                case 9:
                    (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'TensorProto.raw_data');
                    rawBytes = g.end - g.start;
                    t.data.push({ no: g.no, wire: g.wire, start: g.start, end: g.end });
                    break;
                case 4:
                case 5:
                case 7:
                case 10:
                case 11:
                    // Each unpacked element is a field of its own: remember a bounded number of them.
                    if (++dataFields <= 4096)
                        t.data.push({ no: g.no, wire: g.wire, start: g.start, end: g.end });
                    break;
                default:
                    break;
            }
        }
        if (dataFields > 4096)
            t.data = [];
        const label = () => `${what}${t.name ? ` "${t.name}"` : ''}`;
        t.elements = checkedElements(r, t.dims, label);
        const size = (0,_dtypes_js__WEBPACK_IMPORTED_MODULE_1__/* .elementBytes */ .s2)(t.dataType);
        if (rawBytes >= 0 && size !== undefined && !t.external) {
            const want = Math.ceil(t.elements * size);
            if (want !== rawBytes) {
                r.fail(`bad ONNX tensor: ${label()} has dims [${t.dims.join(', ')}] (${want} bytes of ${(0,_dtypes_js__WEBPACK_IMPORTED_MODULE_1__/* .dtypeName */ .MN)(t.dataType)}) but raw_data holds ${rawBytes} bytes`);
            }
        }
        return t;
    }
    sparseTensor(f) {
        let values;
        const dims = [];
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'SparseTensorProto');
            at = g.end;
            if (g.no === 1) {
                (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'SparseTensorProto.values');
                values = this.tensor(g, 'sparse initializer values');
            }
            else if (g.no === 3)
                this.r.ints(g, 'SparseTensorProto.dims', dims, _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.dims);
        }
        if (!values)
            return this.r.fail('bad ONNX model: sparse initializer without values');
        const elements = checkedElements(this.r, dims, () => `sparse initializer "${values.name}"`);
        // Values of a sparse tensor never feed shape arithmetic; its size is that of the dense tensor.
        return { ...values, dims, elements, data: [] };
    }
    valueInfo(f) {
        const v = { name: '', kind: 'none', elemType: 0 };
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'ValueInfoProto');
            at = g.end;
            if (g.no === 1)
                v.name = this.r.string(g, 'ValueInfoProto.name');
            else if (g.no === 2) {
                (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'ValueInfoProto.type');
                this.type(g, v, 0);
            }
        }
        return v;
    }
    type(f, v, depth) {
        if (depth > _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.typeDepth)
            this.r.fail(`TypeProto of "${v.name}" nests deeper than ${_ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.typeDepth}`);
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'TypeProto');
            at = g.end;
            if (g.no === 1 || g.no === 8) {
                (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'TypeProto.tensor_type');
                v.kind = 'tensor';
                for (let at = g.start; at < g.end;) {
                    const h = this.r.fieldAt(at, g.end, 'TypeProto.Tensor');
                    at = h.end;
                    if (h.no === 1)
                        v.elemType = this.int(h, 'TypeProto.Tensor.elem_type');
                    else if (h.no === 2) {
                        (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(this.r, h, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'TensorShapeProto');
                        v.dims = this.shape(h, v.name);
                    }
                }
            }
            else if (g.no === 4 || g.no === 5 || g.no === 9) {
                (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'TypeProto');
                v.kind = 'other';
                // Walk the element type only to bound and validate the nesting.
                for (let at = g.start; at < g.end;) {
                    const h = this.r.fieldAt(at, g.end, 'TypeProto element');
                    at = h.end;
                    if (h.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL && (h.no === 1 || h.no === 2))
                        this.type(h, { name: v.name, kind: 'none', elemType: 0 }, depth + 1);
                }
            }
        }
    }
    shape(f, name) {
        const dims = [];
        for (let at = f.start; at < f.end;) {
            const g = this.r.fieldAt(at, f.end, 'TensorShapeProto');
            at = g.end;
            if (g.no !== 1)
                continue;
            (0,_containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .expectWire */ .vt)(this.r, g, _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_4__/* .LEN */ .gL, 'TensorShapeProto.dim');
            if (dims.length >= _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.dims)
                this.r.fail(`value "${name}" has more than ${_ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.dims} dimensions`);
            let d = null;
            for (let at = g.start; at < g.end;) {
                const h = this.r.fieldAt(at, g.end, 'TensorShapeProto.Dimension');
                at = h.end;
                if (h.no === 1) {
                    const v = this.int(h, `dim_value of "${name}"`);
                    if (v < 0 || v > _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.dim)
                        this.r.fail(`bad ONNX model: value "${name}" has dimension ${v}`);
                    d = v;
                }
                else if (h.no === 2)
                    d = this.r.string(h, `dim_param of "${name}"`);
            }
            dims.push(d);
        }
        return dims;
    }
}
/** `label` names the tensor in a fault; called only then. */
function checkedElements(r, dims, label) {
    let n = 1;
    for (const d of dims) {
        if (!Number.isSafeInteger(d) || d < 0 || d > _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.dim)
            r.fail(`bad ONNX tensor: ${label()} has dimension ${d}`);
        n *= d;
        if (n > _ir_js__WEBPACK_IMPORTED_MODULE_2__/* .LIMITS */ .b1.elements)
            r.fail(`bad ONNX tensor: ${label()} has absurd dims [${dims.join(', ')}]`);
    }
    return n;
}
/** Decode the structure of a whole ModelProto; tensor values stay in the file. */
async function readModel(r) {
    return new Decoder(r).model(0, r.size);
}


/***/ }),

/***/ 638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ DT),
/* harmony export */   MN: () => (/* binding */ dtypeName),
/* harmony export */   am: () => (/* binding */ isParameterType),
/* harmony export */   cK: () => (/* binding */ coreDType),
/* harmony export */   s2: () => (/* binding */ elementBytes)
/* harmony export */ });
/* unused harmony export isFloatType */
/** TensorProto.DataType values (onnx.proto). */
const DT = {
    UNDEFINED: 0,
    FLOAT: 1,
    UINT8: 2,
    INT8: 3,
    UINT16: 4,
    INT16: 5,
    INT32: 6,
    INT64: 7,
    STRING: 8,
    BOOL: 9,
    FLOAT16: 10,
    DOUBLE: 11,
    UINT32: 12,
    UINT64: 13,
    COMPLEX64: 14,
    COMPLEX128: 15,
    BFLOAT16: 16,
    FLOAT8E4M3FN: 17,
    FLOAT8E4M3FNUZ: 18,
    FLOAT8E5M2: 19,
    FLOAT8E5M2FNUZ: 20,
    UINT4: 21,
    INT4: 22,
    FLOAT4E2M1: 23,
};
const NAMES = Object.fromEntries(Object.entries(DT).map(([k, v]) => [v, k.toLowerCase()]));
function dtypeName(t) {
    return NAMES[t] ?? `type ${t}`;
}
/** Bytes per element in raw_data; 0.5 for the packed 4-bit types, undefined for strings. */
function elementBytes(t) {
    switch (t) {
        case DT.UINT8:
        case DT.INT8:
        case DT.BOOL:
        case DT.FLOAT8E4M3FN:
        case DT.FLOAT8E4M3FNUZ:
        case DT.FLOAT8E5M2:
        case DT.FLOAT8E5M2FNUZ:
            return 1;
        case DT.UINT16:
        case DT.INT16:
        case DT.FLOAT16:
        case DT.BFLOAT16:
            return 2;
        case DT.FLOAT:
        case DT.INT32:
        case DT.UINT32:
            return 4;
        case DT.INT64:
        case DT.UINT64:
        case DT.DOUBLE:
        case DT.COMPLEX64:
            return 8;
        case DT.COMPLEX128:
            return 16;
        case DT.UINT4:
        case DT.INT4:
        case DT.FLOAT4E2M1:
            return 0.5;
        default:
            return undefined;
    }
}
/**
 * Index-like tensors (shapes, axes, indices, masks) are never learned weights: an exporter
 * that stores a Reshape target as an initializer must not grow the parameter count.
 */
function isParameterType(t) {
    return t !== DT.INT64 && t !== DT.BOOL && t !== DT.STRING && t !== DT.UNDEFINED;
}
function isFloatType(t) {
    return t === DT.FLOAT || t === DT.DOUBLE || t === DT.FLOAT16 || t === DT.BFLOAT16;
}
const CORE = {
    [DT.FLOAT]: 'float32', [DT.DOUBLE]: 'float64', [DT.FLOAT16]: 'float16', [DT.BFLOAT16]: 'bfloat16',
    [DT.FLOAT8E4M3FN]: 'float8', [DT.FLOAT8E4M3FNUZ]: 'float8', [DT.FLOAT8E5M2]: 'float8', [DT.FLOAT8E5M2FNUZ]: 'float8',
    [DT.FLOAT4E2M1]: 'float4',
    [DT.INT64]: 'int64', [DT.INT32]: 'int32', [DT.INT16]: 'int16', [DT.INT8]: 'int8', [DT.INT4]: 'int4',
    [DT.UINT64]: 'uint64', [DT.UINT32]: 'uint32', [DT.UINT16]: 'uint16', [DT.UINT8]: 'uint8', [DT.UINT4]: 'uint4',
    [DT.BOOL]: 'bool', [DT.STRING]: 'string', [DT.COMPLEX64]: 'complex64', [DT.COMPLEX128]: 'complex128',
};
/** An ONNX element type in the core's vocabulary. */
function coreDType(t) {
    return CORE[t] ?? 'unknown';
}


/***/ }),

/***/ 4444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ emptyGraph),
/* harmony export */   KJ: () => (/* binding */ isDefaultDomain),
/* harmony export */   aP: () => (/* binding */ ATTR),
/* harmony export */   b1: () => (/* binding */ LIMITS)
/* harmony export */ });
const ATTR = {
    FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8,
    TENSORS: 9, GRAPHS: 10, SPARSE_TENSOR: 11, SPARSE_TENSORS: 12, TYPE_PROTO: 13, TYPE_PROTOS: 14,
};
/**
 * Bounds on what an untrusted file may make us hold; real models stay far below them. The
 * number of nodes is the shared limit in src/limits.ts (README's table).
 */
const LIMITS = {
    initializers: 500_000,
    valueInfos: 1_000_000,
    namesPerNode: 100_000,
    attrsPerNode: 10_000,
    dims: 64,
    /** Every repeated number or string decoded from attributes, summed over the model. */
    values: 16_000_000,
    /** A dimension larger than this (2^40) is corrupt, not a model. */
    dim: 2 ** 40,
    /** A tensor with more elements than this (2^50) is corrupt, not a model. */
    elements: 2 ** 50,
    typeDepth: 16,
};
const DEFAULT_DOMAINS = new Set(['', 'ai.onnx']);
function isDefaultDomain(d) {
    return DEFAULT_DOMAINS.has(d);
}
/** A graph with nothing in it yet. */
function emptyGraph() {
    return { name: '', nodes: [], initializers: new Map(), inputs: [], outputs: [], valueInfo: new Map() };
}


/***/ }),

/***/ 9751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ decodeData),
/* harmony export */   w: () => (/* binding */ loadTensorData)
/* harmony export */ });
/* harmony import */ var _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1977);
/* harmony import */ var _core_tensor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1134);
/* harmony import */ var _dtypes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(638);



function half(bits) {
    const s = bits & 0x8000 ? -1 : 1;
    const e = (bits >> 10) & 0x1f;
    const m = bits & 0x3ff;
    if (e === 0)
        return s * m * 2 ** -24;
    if (e === 31)
        return m ? NaN : s * Infinity;
    return s * (1 + m / 1024) * 2 ** (e - 15);
}
function decodeRaw(b, t, n) {
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
        switch (t) {
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.FLOAT:
                out[i] = dv.getFloat32(4 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.DOUBLE:
                out[i] = dv.getFloat64(8 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.INT64:
                out[i] = Number(dv.getBigInt64(8 * i, true));
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.UINT64:
                out[i] = Number(dv.getBigUint64(8 * i, true));
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.INT32:
                out[i] = dv.getInt32(4 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.UINT32:
                out[i] = dv.getUint32(4 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.INT16:
                out[i] = dv.getInt16(2 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.UINT16:
                out[i] = dv.getUint16(2 * i, true);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.INT8:
                out[i] = dv.getInt8(i);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.UINT8:
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.BOOL:
                out[i] = dv.getUint8(i);
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.FLOAT16:
                out[i] = half(dv.getUint16(2 * i, true));
                break;
            case _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.BFLOAT16:
                out[i] = new Float32Array(new Uint32Array([dv.getUint16(2 * i, true) << 16]).buffer)[0];
                break;
            default: return undefined;
        }
    }
    return out;
}
/** Typed fields hold 16-bit floats as their bit patterns in int32_data. */
function fromInt32Field(v, t) {
    if (t === _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.FLOAT16)
        return half(v & 0xffff);
    if (t === _dtypes_js__WEBPACK_IMPORTED_MODULE_2__.DT.BFLOAT16)
        return new Float32Array(new Uint32Array([(v & 0xffff) << 16]).buffer)[0];
    return v;
}
/**
 * The values of a small tensor, or undefined when they cannot or need not be had: stored in an
 * external file (never opened), too many to be shape arithmetic, or of a type shapes never use.
 */
async function loadTensorData(r, t, max = _core_tensor_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FOLD */ .rR) {
    if (t.values)
        return t.values;
    if (t.external || t.elements > max)
        return undefined;
    if (t.elements === 0)
        return [];
    // Read a little past the values: exporters store small constants side by side, and the
    // next one a Reshape or Slice needs is then already loaded.
    return r.run(r.size, () => decodeData(r, t));
}
/** Decode the values of `t` from loaded bytes (inside `WireReader.run`). */
function decodeData(r, t) {
    if (t.external)
        return undefined;
    const out = [];
    const what = `values of tensor "${t.name}"`;
    for (const d of t.data) {
        if (d.no === 9)
            return decodeRaw(r.bytes(d.start, d.end, what), t.dataType, t.elements);
        const f = { no: d.no, wire: d.wire, start: d.start, end: d.end, value: 0, signed: 0 };
        if (d.no === 4) {
            r.floats(f, what, out, t.elements);
        }
        else if (d.no === 10) {
            if (d.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .I64 */ .uv)
                out.push(r.float64(d.start));
            else if (d.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL) {
                for (let p = d.start; p + 8 <= d.end && out.length < t.elements; p += 8)
                    out.push(r.float64(p));
            }
        }
        else if (d.no === 5 || d.no === 7 || d.no === 11) {
            if (d.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .VARINT */ .rA) {
                // Unpacked: the value was not kept with the field position; read it again.
                const v = r.varint(d.start, d.end, what);
                out.push(d.no === 5 ? fromInt32Field(v.signed, t.dataType) : d.no === 11 ? v.value : v.signed);
            }
            else if (d.wire === _containers_protobuf_js__WEBPACK_IMPORTED_MODULE_0__/* .LEN */ .gL) {
                const vals = [];
                r.ints(f, what, vals, t.elements);
                for (const v of vals)
                    out.push(d.no === 5 ? fromInt32Field(v, t.dataType) : v);
            }
            else
                return undefined;
        }
        if (out.length > t.elements)
            return undefined;
    }
    return out.length === t.elements ? out : undefined;
}


/***/ })

};
