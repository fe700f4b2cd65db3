export const id = 257;
export const ids = [257];
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

/***/ 7257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openKerasH5: () => (/* binding */ openKerasH5),
  openKerasZip: () => (/* binding */ openKerasZip)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
;// CONCATENATED MODULE: ./src/containers/hdf5/bytes.ts


/** Keras model configs run to megabytes at most; a string far beyond that is not one. */
/** The attribute holds the model's JSON config: the JSON limit. */
const MAX_ATTRIBUTE_BYTES = limits/* LIMITS */.b.jsonBytes;
/**
 * Random access to an HDF5 file with the file's address width and base address applied.
 * Metadata is scattered in small pieces (8-byte message headers, 16-byte heap object headers,
 * B-tree nodes and heap blocks that point at each other); the paged reader under it serves
 * them from cached pages, so `bytesRead` grows by the pages the walk touches, never by the
 * size of a dataset it steps over.
 */
class H5Reader {
    src;
    file;
    /** "Size of Offsets" and "Size of Lengths" from the superblock, in bytes. */
    offsetSize = 8;
    lengthSize = 8;
    /** Absolute position that every file address is relative to. */
    base = 0;
    constructor(src, file) {
        this.src = src;
        this.file = file;
    }
    get size() {
        return this.src.size;
    }
    corrupt(what) {
        return new errors/* FlopgateError */.N9(`${this.file}: corrupt HDF5 file: ${what}`);
    }
    unsupported(what) {
        return new errors/* FlopgateError */.N9(`${this.file}: unsupported HDF5 feature: ${what}`);
    }
    /** `length` bytes at absolute `offset`; `what` names the structure for the error message. */
    async bytes(offset, length, what) {
        if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
            throw this.corrupt(`${what} has an impossible address or size`);
        }
        if (offset + length > this.src.size) {
            throw new errors/* FlopgateError */.N9(`${this.file}: truncated HDF5 file (${what} needs bytes up to ${offset + length}, file has ${this.src.size})`);
        }
        return this.src.read(offset, length, what);
    }
    /** A cursor over `length` bytes at absolute `offset`. */
    async cursor(offset, length, what) {
        return new Cursor(await this.bytes(offset, length, what), this, what);
    }
}
/** Little-endian field decoding over one structure, with the structure's name in every fault. */
class Cursor {
    buf;
    r;
    what;
    pos = 0;
    constructor(buf, r, what) {
        this.buf = buf;
        this.r = r;
        this.what = what;
    }
    get remaining() {
        return this.buf.length - this.pos;
    }
    need(n) {
        if (this.pos + n > this.buf.length)
            throw this.r.corrupt(`${this.what} is cut short`);
    }
    skip(n) {
        this.need(n);
        this.pos += n;
        return this;
    }
    u8() {
        this.need(1);
        return this.buf[this.pos++];
    }
    u16() {
        return this.uint(2);
    }
    u32() {
        return this.uint(4);
    }
    bytes(n) {
        this.need(n);
        const out = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    ascii(n) {
        return String.fromCharCode(...this.bytes(n));
    }
    /** Unsigned little-endian integer of `n` bytes (0..8); values past 2^53 are faults. */
    uint(n) {
        this.need(n);
        let v = 0;
        for (let i = n - 1; i >= 0; i--)
            v = v * 256 + this.buf[this.pos + i];
        this.pos += n;
        if (!Number.isSafeInteger(v))
            throw this.r.corrupt(`${this.what} holds a value beyond 2^53`);
        return v;
    }
    /** A "Size of Lengths" field. */
    length() {
        return this.uint(this.r.lengthSize);
    }
    /** A "Size of Offsets" file address made absolute, or null for the undefined address (all ones). */
    address() {
        const n = this.r.offsetSize;
        this.need(n);
        let ones = true;
        for (let i = 0; i < n; i++)
            if (this.buf[this.pos + i] !== 0xff)
                ones = false;
        if (ones) {
            this.pos += n;
            return null;
        }
        const abs = this.r.base + this.uint(n);
        if (!Number.isSafeInteger(abs))
            throw this.r.corrupt(`${this.what} holds an address beyond 2^53`);
        return abs;
    }
    /** An address that must be defined. */
    requiredAddress(field) {
        const a = this.address();
        if (a === null)
            throw this.r.corrupt(`${this.what} has no ${field}`);
        return a;
    }
}
/** Smallest number of bytes that encodes `v` (HDF5's "limit encode size"). */
function bytesToEncode(v) {
    let n = 1;
    while (v >= 256 ** n && n < 8)
        n++;
    return n;
}
/** log2 of a power of two, or -1 when `v` is not one. */
function log2Exact(v) {
    if (!Number.isSafeInteger(v) || v < 1)
        return -1;
    let n = 0;
    while (2 ** n < v)
        n++;
    return 2 ** n === v ? n : -1;
}
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}

// EXTERNAL MODULE: ./src/containers/hdf5/superblock.ts
var superblock = __webpack_require__(8454);
;// CONCATENATED MODULE: ./src/containers/hdf5/object-header.ts
const MSG_CONTINUATION = 0x10;
/** A root group holds a handful of messages; this many means a broken or hostile header. */
const MAX_MESSAGES = 65_536;
const MAX_CHUNKS = 4_096;
/**
 * Every message of the object header at `address`, following continuation blocks, in file
 * order. Only message headers are read here: bodies are read by whoever wants them.
 */
async function* objectHeaderMessages(r, address) {
    const prefix = await r.bytes(address, 4, 'object header');
    const v2 = prefix[0] === 0x4f && prefix[1] === 0x48 && prefix[2] === 0x44 && prefix[3] === 0x52; // "OHDR"
    let first;
    let creationOrder = false;
    if (v2) {
        const c = await r.cursor(address, 6, 'object header');
        c.skip(4);
        const version = c.u8();
        if (version !== 2)
            throw r.unsupported(`object header version ${version}`);
        const flags = c.u8();
        creationOrder = (flags & 0x04) !== 0;
        const extra = (flags & 0x20 ? 16 : 0) + (flags & 0x10 ? 4 : 0); // times, attribute phase change
        const sizeBytes = 1 << (flags & 0x03);
        const s = await r.cursor(address + 6 + extra, sizeBytes, 'object header');
        const start = address + 6 + extra + sizeBytes;
        first = { start, end: start + s.uint(sizeBytes) };
    }
    else {
        const c = await r.cursor(address, 16, 'object header');
        const version = c.u8();
        if (version !== 1)
            throw r.corrupt(`no object header at ${address} (version byte ${version})`);
        c.skip(7); // reserved, message count, reference count
        first = { start: address + 16, end: address + 16 + c.u32() };
    }
    const queue = [first];
    const seen = new Set([first.start]);
    const headerSize = v2 ? (creationOrder ? 6 : 4) : 8;
    let count = 0;
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
        if (chunk.end > r.size) {
            throw r.corrupt(`object header block at ${chunk.start} runs past the end of the file`);
        }
        for (let pos = chunk.start; pos + headerSize <= chunk.end;) {
            if (++count > MAX_MESSAGES)
                throw r.corrupt('object header has too many messages');
            const h = await r.cursor(pos, headerSize, 'object header message');
            const type = v2 ? h.u8() : h.u16();
            const size = h.u16();
            const flags = h.u8();
            const offset = pos + headerSize;
            if (offset + size > chunk.end)
                throw r.corrupt(`object header message at ${pos} overruns its block`);
            if (type === MSG_CONTINUATION) {
                const c = await r.cursor(offset, r.offsetSize + r.lengthSize, 'object header continuation');
                const start = c.requiredAddress('continuation block address');
                const length = c.length();
                queue.push(await continuationChunk(r, start, length, v2, seen));
            }
            else {
                yield { type, flags, offset, size };
            }
            pos = offset + size;
        }
    }
}
async function continuationChunk(r, start, length, v2, seen) {
    if (seen.has(start))
        throw r.corrupt(`object header continuation loops back to ${start}`);
    if (seen.size >= MAX_CHUNKS)
        throw r.corrupt('object header has too many continuation blocks');
    seen.add(start);
    if (length > r.size)
        throw r.corrupt(`object header continuation of ${length} bytes is larger than the file`);
    if (!v2)
        return { start, end: start + length };
    // v2 continuation blocks carry an "OCHK" signature and end with a checksum.
    const sig = await r.bytes(start, 4, 'object header continuation block');
    if (String.fromCharCode(...sig) !== 'OCHK' || length < 8) {
        throw r.corrupt(`object header continuation at ${start} is not an OCHK block`);
    }
    return { start: start + 4, end: start + length - 4 };
}

;// CONCATENATED MODULE: ./src/containers/hdf5/global-heap.ts
const align8 = (n) => Math.ceil(n / 8) * 8;
/**
 * `length` bytes of object `index` in the global heap collection at `address` (where
 * variable-length strings live). Walks the collection's object headers one by one and reads
 * only the wanted object's data, so a large collection costs a few window reads.
 */
async function readGlobalHeapObject(r, address, index, length) {
    const L = r.lengthSize;
    const head = await r.cursor(address, 8 + L, 'global heap collection');
    if (head.ascii(4) !== 'GCOL')
        throw r.corrupt(`no global heap collection at ${address}`);
    const version = head.u8();
    if (version !== 1)
        throw r.unsupported(`global heap version ${version}`);
    head.skip(3);
    const size = head.length();
    if (size > r.size - address)
        throw r.corrupt(`global heap collection at ${address} is larger than the file`);
    if (index === 0)
        throw r.corrupt('a variable-length value points to global heap object 0 (free space)');
    const objectHeader = align8(8 + L);
    const end = address + size;
    // Object indexes are 16-bit, so a collection holds at most 65535 objects (plus free space).
    let walked = 0;
    for (let pos = address + align8(8 + L); pos + objectHeader <= end;) {
        if (++walked > 65_536)
            throw r.corrupt(`global heap collection at ${address} never ends`);
        const c = await r.cursor(pos, 8 + L, 'global heap object');
        const id = c.u16();
        c.skip(6); // reference count, reserved
        const objectSize = c.length();
        if (id === 0)
            break; // free space: always the last entry
        if (id === index) {
            if (length > objectSize)
                throw r.corrupt(`global heap object ${index} is shorter than the value it holds`);
            if (pos + objectHeader + length > end)
                throw r.corrupt(`global heap object ${index} runs past its collection`);
            return r.bytes(pos + objectHeader, length, 'global heap object');
        }
        pos += objectHeader + align8(objectSize);
    }
    throw r.corrupt(`global heap collection at ${address} has no object ${index}`);
}

;// CONCATENATED MODULE: ./src/containers/hdf5/attribute.ts


/** Enough of any attribute message version to know its header. */
const HEADER_BYTES = 9;
function parseHeader(c, r) {
    const version = c.u8();
    if (version < 1 || version > 3)
        throw r.unsupported(`attribute message version ${version}`);
    const flags = c.u8();
    const nameSize = c.u16();
    const datatypeSize = c.u16();
    const dataspaceSize = c.u16();
    return { version, flags, nameSize, datatypeSize, dataspaceSize, nameOffset: version === 3 ? 9 : 8 };
}
const pad8 = (n) => Math.ceil(n / 8) * 8;
/** The name stored in the attribute message at `loc`, reading only the message's first bytes. */
async function attributeName(r, loc) {
    const head = await r.cursor(loc.offset, Math.min(HEADER_BYTES, loc.size), 'attribute message');
    const h = parseHeader(head, r);
    if (h.nameOffset + h.nameSize > loc.size)
        throw r.corrupt('attribute name runs past its message');
    const raw = await r.bytes(loc.offset + h.nameOffset, h.nameSize, 'attribute name');
    return beforeNul(raw);
}
/** The name in a complete attribute message already in memory. */
function nameInMessage(r, msg) {
    const c = new Cursor(msg, r, 'attribute message');
    const h = parseHeader(c, r);
    c.pos = h.nameOffset;
    return beforeNul(c.bytes(h.nameSize));
}
function beforeNul(raw) {
    const nul = raw.indexOf(0);
    return nul < 0 ? raw : raw.subarray(0, nul);
}
/** Datatype classes the decoder cares about. */
const FIXED_POINT = 0;
const STRING = 3;
const VLEN = 9;
const ARRAY = 10;
const MAX_TYPE_DEPTH = 8;
const MAX_RANK = 32;
/** No string attribute needs more elements than this. */
const MAX_ELEMENTS = 2 ** 32;
function parseDatatype(c, r, depth = 0) {
    if (depth > MAX_TYPE_DEPTH)
        throw r.corrupt('datatype nests too deeply');
    const b0 = c.u8();
    const bits = c.u8() | (c.u8() << 8) | (c.u8() << 16);
    const t = { cls: b0 & 0x0f, version: b0 >> 4, bits, size: c.u32() };
    if (t.cls === VLEN) {
        t.base = parseDatatype(c, r, depth + 1);
    }
    else if (t.cls === ARRAY) {
        const rank = c.u8();
        if (rank > MAX_RANK)
            throw r.corrupt(`array datatype of rank ${rank}`);
        if (t.version < 3)
            c.skip(3);
        let count = 1;
        for (let i = 0; i < rank; i++)
            count = Math.min(count * c.u32(), MAX_ELEMENTS + 1);
        if (t.version < 3)
            c.skip(4 * rank); // permutation indices
        t.count = count;
        t.base = parseDatatype(c, r, depth + 1);
    }
    return t;
}
/** Element count of a dataspace message; 0 for the null dataspace. */
function parseDataspace(c, r) {
    const version = c.u8();
    const rank = c.u8();
    const flags = c.u8();
    let isNull = false;
    if (version === 1) {
        c.skip(5);
    }
    else if (version === 2) {
        isNull = c.u8() === 2;
    }
    else {
        throw r.unsupported(`dataspace message version ${version}`);
    }
    if (rank > MAX_RANK)
        throw r.corrupt(`dataspace of rank ${rank}`);
    let count = 1;
    for (let i = 0; i < rank; i++)
        count = Math.min(count * c.length(), MAX_ELEMENTS + 1);
    void flags; // maximum dimensions may follow; the current ones are all that matter
    return isNull ? 0 : count;
}
/**
 * The string value of the full attribute message in `msg`. Keras writes variable-length
 * strings; older writers used fixed-length strings, one-element string arrays or raw bytes.
 */
async function attributeString(r, msg, name) {
    const c = new Cursor(msg, r, `attribute "${name}"`);
    const h = parseHeader(c, r);
    if (h.flags & 0x03)
        throw r.unsupported(`attribute "${name}" uses a shared datatype or dataspace`);
    const padded = (n) => (h.version === 1 ? pad8(n) : n);
    c.pos = h.nameOffset + padded(h.nameSize);
    const dt = parseDatatype(new Cursor(c.bytes(h.datatypeSize), r, `attribute "${name}" datatype`), r);
    c.skip(padded(h.datatypeSize) - h.datatypeSize);
    const elements = parseDataspace(new Cursor(c.bytes(h.dataspaceSize), r, `attribute "${name}" dataspace`), r);
    c.skip(padded(h.dataspaceSize) - h.dataspaceSize);
    if (elements === 0)
        throw r.corrupt(`attribute "${name}" has no value (empty dataspace)`);
    if (elements > MAX_ELEMENTS || elements * dt.size > c.remaining) {
        throw r.corrupt(`attribute "${name}" holds more data than its message`);
    }
    const data = c.bytes(elements * dt.size);
    const notString = () => r.corrupt(`attribute "${name}" is not a string (datatype class ${dt.cls})`);
    if (dt.cls === VLEN) {
        if (elements !== 1)
            throw r.unsupported(`attribute "${name}" is a list of ${elements} strings`);
        const isString = (dt.bits & 0x0f) === 1;
        if (!isString && !isByte(dt.base))
            throw notString();
        // The padding of a variable-length string only matters when converting to fixed length;
        // the stored bytes are the value (h5py and the library read them as a C string).
        return decodeText(await vlenBytes(r, data, name), 0);
    }
    if (dt.cls === STRING) {
        // One string, or a run of one-character strings that together spell the text.
        if (elements === 1 || dt.size === 1)
            return decodeText(data, dt.bits & 0x0f);
        throw r.unsupported(`attribute "${name}" is a list of ${elements} strings`);
    }
    if (dt.cls === ARRAY && dt.base) {
        const total = elements * (dt.count ?? 1);
        if (dt.base.cls === STRING && (total === 1 || dt.base.size === 1))
            return decodeText(data, dt.base.bits & 0x0f);
        if (isByte(dt.base))
            return decodeText(data, 1);
        throw notString();
    }
    if (isByte(dt))
        return decodeText(data, 1);
    throw notString();
}
function isByte(t) {
    return t !== undefined && t.size === 1 && (t.cls === FIXED_POINT || t.cls === STRING);
}
/** A variable-length element: its length, then a global heap collection address and index. */
async function vlenBytes(r, element, name) {
    const c = new Cursor(element, r, `attribute "${name}" value`);
    const length = c.u32();
    const collection = c.address();
    const index = c.u32();
    if (length === 0)
        return new Uint8Array(0);
    if (length > MAX_ATTRIBUTE_BYTES)
        throw r.unsupported(`attribute "${name}" of ${length} bytes`);
    if (collection === null)
        throw r.corrupt(`attribute "${name}" points to no global heap`);
    return readGlobalHeapObject(r, collection, index, length);
}
const utf8 = new TextDecoder('utf-8');
/** Text of a fixed-size string field; `padding` is HDF5's 0 null-terminated, 1 null-padded, 2 space-padded. */
function decodeText(bytes, padding) {
    let end = bytes.length;
    if (padding === 2) {
        while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0))
            end--;
    }
    else {
        const nul = bytes.indexOf(0);
        if (nul >= 0)
            end = nul;
    }
    return utf8.decode(bytes.subarray(0, end));
}

;// CONCATENATED MODULE: ./src/containers/hdf5/btree2.ts

/** v2 B-tree record types used here. */
const BTREE_HUGE_OBJECTS = 1;
const BTREE_ATTRIBUTE_NAMES = 8;
const PREFIX = 10; // signature, version, type, checksum
/** The library uses 512-byte nodes for attribute and huge-object indexes. */
const MAX_NODE_SIZE = 64 * 1024;
const MAX_DEPTH = 32;
/** Keyed searches visit a path per match; this many nodes means a tree that loops. */
const MAX_NODES = 1_024;
/**
 * The records of the v2 B-tree at `address` (records of `type`) whose key `order` says is the
 * one searched for, descending only into subtrees that can hold it; every record when no
 * order is given. Records are handed out raw; the caller decodes them.
 */
async function* btree2Records(r, address, type, what, order) {
    const h = await r.cursor(address, 16 + r.offsetSize + r.lengthSize, `${what} B-tree header`);
    if (h.ascii(4) !== 'BTHD')
        throw r.corrupt(`no ${what} B-tree header at ${address}`);
    const version = h.u8();
    if (version !== 0)
        throw r.unsupported(`v2 B-tree version ${version}`);
    const actualType = h.u8();
    if (actualType !== type)
        throw r.corrupt(`${what} B-tree has records of type ${actualType}, expected ${type}`);
    const nodeSize = h.u32();
    const recordSize = h.u16();
    const depth = h.u16();
    h.skip(2); // split and merge percentages
    const root = h.address();
    const rootRecords = h.u16();
    if (nodeSize <= PREFIX || nodeSize > MAX_NODE_SIZE || recordSize === 0 || recordSize > nodeSize - PREFIX || depth > MAX_DEPTH) {
        throw r.corrupt(`${what} B-tree header has impossible sizes`);
    }
    if (root === null || rootRecords === 0)
        return;
    // Field widths follow from the node size, exactly as the library derives them.
    const info = [];
    const leafMax = Math.floor((nodeSize - PREFIX) / recordSize);
    const countSize = bytesToEncode(leafMax);
    info.push({ maxRecords: leafMax, cumulativeSize: 0 });
    let cumulative = leafMax;
    for (let d = 1; d <= depth; d++) {
        const pointer = r.offsetSize + countSize + (d > 1 ? info[d - 1].cumulativeSize : 0);
        const maxRecords = Math.floor((nodeSize - PREFIX - pointer) / (recordSize + pointer));
        if (maxRecords < 1)
            throw r.corrupt(`${what} B-tree nodes are too small for depth ${depth}`);
        cumulative = Math.min((maxRecords + 1) * cumulative + maxRecords, Number.MAX_SAFE_INTEGER);
        info.push({ maxRecords, cumulativeSize: bytesToEncode(cumulative) });
    }
    const stack = [{ address: root, records: rootRecords, depth }];
    const seen = new Set();
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (seen.has(node.address))
            throw r.corrupt(`${what} B-tree node ${node.address} is reached twice`);
        if (seen.size >= MAX_NODES)
            throw r.corrupt(`${what} B-tree has too many nodes`);
        seen.add(node.address);
        const nodeInfo = info[node.depth];
        if (node.records > nodeInfo.maxRecords)
            throw r.corrupt(`${what} B-tree node claims ${node.records} records`);
        const leaf = node.depth === 0;
        const pointerSize = leaf ? 0 : r.offsetSize + countSize + (node.depth > 1 ? info[node.depth - 1].cumulativeSize : 0);
        const used = 6 + node.records * recordSize + (leaf ? 0 : (node.records + 1) * pointerSize);
        const c = await r.cursor(node.address, used, `${what} B-tree node`);
        const sig = c.ascii(4);
        if (sig !== (leaf ? 'BTLF' : 'BTIN'))
            throw r.corrupt(`${what} B-tree node at ${node.address} has no ${leaf ? 'BTLF' : 'BTIN'} signature`);
        c.skip(2); // version, type
        const keys = [];
        for (let i = 0; i < node.records; i++) {
            const rec = c.bytes(recordSize);
            const k = order ? order(rec) : 0;
            keys.push(k);
            if (k === 0)
                yield rec;
        }
        if (leaf)
            continue;
        for (let i = 0; i <= node.records; i++) {
            const child = c.requiredAddress('child node address');
            const records = c.uint(countSize);
            if (node.depth > 1)
                c.skip(info[node.depth - 1].cumulativeSize);
            // Child i holds keys between records i-1 and i; equal keys may sit on either side.
            const fits = (i === 0 || keys[i - 1] <= 0) && (i === node.records || keys[i] >= 0);
            if (records > 0 && fits)
                stack.push({ address: child, records, depth: node.depth - 1 });
        }
    }
}

;// CONCATENATED MODULE: ./src/containers/hdf5/fractal-heap.ts


const MAX_INDIRECT_DEPTH = 16;
/**
 * A fractal heap (dense attribute storage keeps attribute messages in one). Only object
 * lookup by heap ID is implemented: the doubling table is walked from the root block to the
 * one direct block that holds the object, reading block headers only.
 */
class FractalHeap {
    r;
    h;
    constructor(r, h) {
        this.r = r;
        this.h = h;
    }
    get idLength() {
        return this.h.idLength;
    }
    static async open(r, address) {
        const O = r.offsetSize;
        const L = r.lengthSize;
        const c = await r.cursor(address, 4 + 1 + 2 + 2 + 1 + 4 + L + O + L + O + 8 * L + 2 + L + L + 2 + 2 + O + 2, 'fractal heap header');
        if (c.ascii(4) !== 'FRHP')
            throw r.corrupt(`no fractal heap header at ${address}`);
        const version = c.u8();
        if (version !== 0)
            throw r.unsupported(`fractal heap version ${version}`);
        const idLength = c.u16();
        const filterLength = c.u16();
        const flags = c.u8();
        const maxManagedSize = c.u32();
        c.length(); // next huge object ID
        const hugeTree = c.address();
        c.length(); // free space in managed blocks
        c.address(); // free-space manager
        c.skip(8 * L); // managed/allocated space, iterator offset, object counts and sizes
        const width = c.u16();
        const startBlockSize = c.length();
        const maxDirectSize = c.length();
        const maxHeapBits = c.u16();
        c.u16(); // starting rows in root indirect block
        const root = c.address();
        const rootRows = c.u16();
        const startBits = log2Exact(startBlockSize);
        const directBits = log2Exact(maxDirectSize);
        if (idLength < 2 || idLength > 1024 || log2Exact(width) < 0 || width > 65_536 || startBits < 0 || directBits < startBits
            || maxHeapBits < 1 || maxHeapBits > 64 || rootRows > 64) {
            throw r.corrupt(`fractal heap at ${address} has impossible table parameters`);
        }
        return new FractalHeap(r, {
            idLength,
            filtered: filterLength > 0,
            checksummedBlocks: (flags & 0x02) !== 0,
            maxManagedSize,
            hugeTree,
            width,
            startBlockSize,
            maxDirectRows: directBits - startBits + 2,
            heapOffsetSize: Math.ceil(maxHeapBits / 8),
            heapLengthSize: Math.min(Math.ceil(directBits / 8), bytesToEncode(maxManagedSize)),
            root,
            rootRows,
        });
    }
    /** Where the object named by heap ID `id` lies. */
    async locate(id) {
        const { r, h } = this;
        const c = new Cursor(id, r, 'fractal heap ID');
        const first = c.u8();
        if (first >> 6 !== 0)
            throw r.unsupported(`fractal heap ID version ${first >> 6}`);
        const kind = (first >> 4) & 0x03;
        if (kind === 0) {
            const offset = c.uint(h.heapOffsetSize);
            const size = c.uint(h.heapLengthSize);
            return { offset: await this.managed(offset, size), size };
        }
        if (kind === 1)
            return this.huge(c);
        if (kind === 2) {
            // Tiny objects live in the ID; long IDs spend a second byte on the length.
            const size = (h.idLength <= 18 ? first & 0x0f : ((first & 0x0f) << 8) | c.u8()) + 1;
            return c.bytes(size);
        }
        throw r.corrupt(`fractal heap ID of unknown type ${kind}`);
    }
    rowBlockSize(row) {
        return row === 0 ? this.h.startBlockSize : this.h.startBlockSize * 2 ** (row - 1);
    }
    /** Heap-space offset where a row of the doubling table starts. */
    rowStart(row) {
        return row === 0 ? 0 : this.h.width * this.rowBlockSize(row);
    }
    /** Absolute address of managed object bytes [offset, offset + size) of the heap space. */
    async managed(offset, size) {
        const { r, h } = this;
        if (h.filtered)
            throw r.unsupported('filtered (compressed) fractal heap');
        if (h.root === null)
            throw r.corrupt('fractal heap object in an empty heap');
        if (size === 0)
            throw r.corrupt('fractal heap object of size 0');
        if (h.rootRows === 0) {
            if (offset + size > h.startBlockSize)
                throw r.corrupt('fractal heap object lies outside the root block');
            return this.direct(h.root, offset);
        }
        let block = h.root;
        let rows = h.rootRows;
        let blockStart = 0; // heap-space offset covered by the current indirect block
        for (let depth = 0; depth < MAX_INDIRECT_DEPTH; depth++) {
            const rel = offset - blockStart;
            let row = 0;
            while (row + 1 < rows && rel >= this.rowStart(row + 1))
                row++;
            const rowSize = this.rowBlockSize(row);
            const col = Math.floor((rel - this.rowStart(row)) / rowSize);
            if (col >= h.width)
                throw r.corrupt('fractal heap object lies outside its indirect block');
            // Direct-block entries come first, then indirect ones, so row-major order holds for both.
            const entry = row * h.width + col;
            const headerSize = 5 + r.offsetSize + h.heapOffsetSize;
            const sig = await r.bytes(block, 4, 'fractal heap indirect block');
            if (String.fromCharCode(...sig) !== 'FHIB')
                throw r.corrupt(`no fractal heap indirect block at ${block}`);
            const e = await r.cursor(block + headerSize + entry * r.offsetSize, r.offsetSize, 'fractal heap indirect block');
            const child = e.address();
            if (child === null)
                throw r.corrupt('fractal heap object lies in an unallocated block');
            const childStart = this.rowStart(row) + col * rowSize;
            if (row < h.maxDirectRows) {
                const within = rel - childStart;
                if (within + size > rowSize)
                    throw r.corrupt('fractal heap object crosses its direct block');
                return this.direct(child, within);
            }
            // An indirect block in this row covers rowSize bytes of heap space with its own rows.
            rows = log2Exact(rowSize) - log2Exact(h.startBlockSize * h.width) + 1;
            if (rows < 1)
                throw r.corrupt('fractal heap indirect block with no rows');
            block = child;
            blockStart += childStart;
        }
        throw r.corrupt('fractal heap indirect blocks nest too deeply');
    }
    async direct(block, within) {
        const { r, h } = this;
        const sig = await r.bytes(block, 4, 'fractal heap direct block');
        if (String.fromCharCode(...sig) !== 'FHDB')
            throw r.corrupt(`no fractal heap direct block at ${block}`);
        // Offsets inside a direct block count from its first byte, header included.
        const header = 5 + r.offsetSize + h.heapOffsetSize + (h.checksummedBlocks ? 4 : 0);
        if (within < header)
            throw r.corrupt('fractal heap object overlaps its block header');
        return block + within;
    }
    /** Huge objects sit outside the heap blocks: in the ID, or found through the huge-object B-tree. */
    async huge(c) {
        const { r, h } = this;
        if (h.filtered)
            throw r.unsupported('filtered (compressed) fractal heap');
        const O = r.offsetSize;
        const L = r.lengthSize;
        if (O + L <= h.idLength - 1) {
            const offset = c.requiredAddress('huge object address');
            return { offset, size: c.length() };
        }
        const key = c.uint(Math.min(h.idLength - 1, 8));
        if (h.hugeTree === null)
            throw r.corrupt('huge fractal heap object without a huge-object index');
        // Records are address, length, then the object's key.
        const keyOf = (rec) => new Cursor(rec, r, 'huge object record').skip(O + L).length();
        for await (const rec of btree2Records(r, h.hugeTree, BTREE_HUGE_OBJECTS, 'huge object', (rec) => keyOf(rec) - key)) {
            const rc = new Cursor(rec, r, 'huge object record');
            return { offset: rc.requiredAddress('huge object address'), size: rc.length() };
        }
        throw r.corrupt(`huge fractal heap object ${key} is not in its index`);
    }
}

;// CONCATENATED MODULE: ./src/containers/hdf5/lookup3.ts
/**
 * Bob Jenkins' lookup3 `hashlittle` (public domain), which HDF5 uses for metadata checksums
 * and to key attribute and link names in v2 B-trees. Written from the published algorithm.
 */
function lookup3(key, initval = 0) {
    let a = (0xdeadbeef + key.length + initval) >>> 0;
    let b = a;
    let c = a;
    const rot = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;
    const word = (i) => (key[i] | (key[i + 1] << 8) | (key[i + 2] << 16) | (key[i + 3] << 24)) >>> 0;
    let i = 0;
    let left = key.length;
    while (left > 12) {
        a = (a + word(i)) >>> 0;
        b = (b + word(i + 4)) >>> 0;
        c = (c + word(i + 8)) >>> 0;
        // mix(a, b, c)
        a = (a - c) >>> 0;
        a = (a ^ rot(c, 4)) >>> 0;
        c = (c + b) >>> 0;
        b = (b - a) >>> 0;
        b = (b ^ rot(a, 6)) >>> 0;
        a = (a + c) >>> 0;
        c = (c - b) >>> 0;
        c = (c ^ rot(b, 8)) >>> 0;
        b = (b + a) >>> 0;
        a = (a - c) >>> 0;
        a = (a ^ rot(c, 16)) >>> 0;
        c = (c + b) >>> 0;
        b = (b - a) >>> 0;
        b = (b ^ rot(a, 19)) >>> 0;
        a = (a + c) >>> 0;
        c = (c - b) >>> 0;
        c = (c ^ rot(b, 4)) >>> 0;
        b = (b + a) >>> 0;
        i += 12;
        left -= 12;
    }
    if (left === 0)
        return c;
    // The last 1..12 bytes, little-endian into a, b, c; missing bytes count as zero.
    const tail = [0, 0, 0];
    for (let j = 0; j < left; j++)
        tail[j >> 2] = tail[j >> 2] + key[i + j] * 2 ** (8 * (j & 3));
    a = (a + tail[0]) >>> 0;
    b = (b + tail[1]) >>> 0;
    c = (c + tail[2]) >>> 0;
    // final(a, b, c)
    c = (c ^ b) >>> 0;
    c = (c - rot(b, 14)) >>> 0;
    a = (a ^ c) >>> 0;
    a = (a - rot(c, 11)) >>> 0;
    b = (b ^ a) >>> 0;
    b = (b - rot(a, 25)) >>> 0;
    c = (c ^ b) >>> 0;
    c = (c - rot(b, 16)) >>> 0;
    a = (a ^ c) >>> 0;
    a = (a - rot(c, 4)) >>> 0;
    b = (b ^ a) >>> 0;
    b = (b - rot(a, 14)) >>> 0;
    c = (c ^ b) >>> 0;
    c = (c - rot(b, 24)) >>> 0;
    return c;
}

;// CONCATENATED MODULE: ./src/containers/hdf5/root-attribute.ts









const MSG_ATTRIBUTE = 0x0c;
const MSG_ATTRIBUTE_INFO = 0x15;
const SHARED = 0x02;
/**
 * The string value of root-group attribute `name`, or undefined when the root has no such
 * attribute. Reads metadata only (superblock, root object header, the attribute and the heap
 * holding its value), never a dataset. A fault of the file throws FlopgateError naming it;
 * anything else is a bug of this reader and is left to surface as one.
 */
async function readHdf5RootAttribute(src, name, file) {
    const at = await (0,superblock/* findHdf5Signature */.$)(src);
    if (at < 0)
        throw new errors/* FlopgateError */.N9(`${file}: not an HDF5 file (no HDF5 signature found)`);
    const r = new H5Reader(src, file);
    const sb = await (0,superblock/* readSuperblock */.t)(r, at);
    return rootAttribute(r, sb.rootObjectHeader, name);
}
async function rootAttribute(r, header, name) {
    const wanted = new TextEncoder().encode(name);
    let info;
    for await (const m of objectHeaderMessages(r, header)) {
        if (m.type === MSG_ATTRIBUTE_INFO)
            info = m;
        if (m.type !== MSG_ATTRIBUTE)
            continue;
        if (m.flags & SHARED)
            throw r.unsupported('shared attribute message in the root group');
        if (sameBytes(await attributeName(r, m), wanted))
            return readAttribute(r, m, name);
    }
    return info ? denseAttribute(r, info, wanted, name) : undefined;
}
async function readAttribute(r, loc, name) {
    if (loc.size > MAX_ATTRIBUTE_BYTES)
        throw r.unsupported(`attribute "${name}" of ${loc.size} bytes`);
    return attributeString(r, await r.bytes(loc.offset, loc.size, `attribute "${name}"`), name);
}
/**
 * Attributes in dense storage: the attribute info message names a fractal heap holding the
 * attribute messages and a v2 B-tree indexing them by the hash of their name.
 */
async function denseAttribute(r, infoLoc, wanted, name) {
    const c = await r.cursor(infoLoc.offset, infoLoc.size, 'attribute info message');
    const version = c.u8();
    if (version !== 0)
        throw r.unsupported(`attribute info message version ${version}`);
    const flags = c.u8();
    if (flags & 0x01)
        c.skip(2); // maximum creation index
    const heapAddress = c.address();
    const nameIndex = c.address();
    if (heapAddress === null || nameIndex === null)
        return undefined; // attributes are compact
    const heap = await FractalHeap.open(r, heapAddress);
    // Records are heap ID, message flags, creation order, then the name's lookup3 hash: the
    // tree is ordered by that hash, so only records with the wanted hash are visited.
    const hash = lookup3(wanted);
    const hashOf = (rec) => new Cursor(rec, r, 'attribute name record').skip(heap.idLength + 5).u32();
    for await (const rec of btree2Records(r, nameIndex, BTREE_ATTRIBUTE_NAMES, 'attribute name', (rec) => hashOf(rec) - hash)) {
        const rc = new Cursor(rec, r, 'attribute name record');
        const id = rc.bytes(heap.idLength);
        if (rc.u8() & SHARED)
            throw r.unsupported(`attribute "${name}" is a shared message`);
        const obj = await heap.locate(id);
        if (obj instanceof Uint8Array) {
            // A tiny object: the whole message is already in hand.
            if (sameBytes(nameInMessage(r, obj), wanted))
                return attributeString(r, obj, name);
            continue;
        }
        if (sameBytes(await attributeName(r, obj), wanted))
            return readAttribute(r, obj, name);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/containers/json.ts
var json = __webpack_require__(1523);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/containers/zip.ts



/** Members we read hold configs: kilobytes to a few megabytes; beyond this it is an attack. */
const MAX_MEMBER_BYTES = limits/* LIMITS */.b.jsonBytes;
const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL = 0x04034b50;
const LOCAL_SIZE = 30;
const U16 = 0xffff;
const U32 = 0xffffffff;
const u16 = (b, at) => b[at] | (b[at + 1] << 8);
const u32 = (b, at) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
/** A ZIP64 field; beyond 2^53 it cannot be a position in a file we read, so it is refused. */
function u64(b, at, fail) {
    const high = u32(b, at + 4);
    if (high >= 0x200000)
        fail('a ZIP64 size or offset beyond 2^53');
    return high * 0x100000000 + u32(b, at);
}
/**
 * The bytes of member `name` of a zip archive, or undefined when it has none. Reads the end
 * record, the central directory in one read (bounded first), then the member's local header
 * and its data: nothing else, and every read is checked against the file and the limits
 * before anything is allocated. Stored and deflated members are read; the directory is walked
 * once, whatever the number of members.
 */
async function readZipMember(src, label, name) {
    const fail = (msg) => {
        throw new errors/* FlopgateError */.N9(`${label}: ${msg}`);
    };
    const corrupt = (msg) => fail(`corrupt zip archive (${msg})`);
    const dir = await findDirectory(src, fail, corrupt);
    if (dir.entries > limits/* LIMITS */.b.zipMembers)
        fail(`zip claims ${dir.entries} members; refusing more than ${limits/* LIMITS */.b.zipMembers}`);
    if (dir.size > limits/* LIMITS */.b.zipDirectoryBytes)
        fail(`zip's central directory is ${dir.size} bytes; refusing more than ${(0,limits/* bytesText */.p)(limits/* LIMITS */.b.zipDirectoryBytes)}`);
    if (dir.offset + dir.size > src.size)
        corrupt(`the central directory ends at byte ${dir.offset + dir.size}, past the end of the file (${src.size})`);
    const cd = await src.read(dir.offset, dir.size);
    const want = new TextEncoder().encode(name);
    let found;
    let at = 0;
    for (let i = 0; i < dir.entries; i++) {
        if (at + CENTRAL_SIZE > cd.length || u32(cd, at) !== CENTRAL)
            corrupt(`central directory entry ${i} is missing or cut short`);
        const nameLen = u16(cd, at + 28);
        const extraLen = u16(cd, at + 30);
        const next = at + CENTRAL_SIZE + nameLen + extraLen + u16(cd, at + 32);
        if (next > cd.length)
            corrupt(`central directory entry ${i} runs past the directory`);
        const nameBytes = cd.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLen);
        checkName(nameBytes, fail);
        if (zip_sameBytes(nameBytes, want)) {
            if (found)
                fail(`the archive holds two members named ${name}; refusing to pick one`);
            found = member(cd, at, cd.subarray(at + CENTRAL_SIZE + nameLen, at + CENTRAL_SIZE + nameLen + extraLen), fail);
        }
        at = next;
    }
    return found ? readMember(src, found, name, fail, corrupt) : undefined;
}
/** The end of central directory record (and its ZIP64 form when a field overflowed). */
async function findDirectory(src, fail, corrupt) {
    // The record is the last thing in the file, followed by a comment of at most 65,535 bytes.
    const tailLen = Math.min(src.size, EOCD_SIZE + U16);
    if (tailLen < EOCD_SIZE)
        fail('not a readable zip archive (too short for an end of central directory record)');
    const tailAt = src.size - tailLen;
    const tail = await src.read(tailAt, tailLen);
    let e = -1;
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
        // The record's comment length must reach exactly to the end of the file.
        if (u32(tail, i) === EOCD && u16(tail, i + 20) === tail.length - i - EOCD_SIZE) {
            e = i;
            break;
        }
    }
    if (e < 0)
        fail('not a readable zip archive (no end of central directory record)');
    if (u16(tail, e + 4) !== 0 || u16(tail, e + 6) !== 0)
        fail('a multi-disk zip archive; not supported');
    const dir = { entries: u16(tail, e + 10), size: u32(tail, e + 12), offset: u32(tail, e + 16) };
    if (dir.entries !== U16 && dir.size !== U32 && dir.offset !== U32)
        return dir;
    // ZIP64: a locator just before the record points at the ZIP64 end record.
    const locAt = tailAt + e - 20;
    if (locAt < 0)
        corrupt('ZIP64 fields without a ZIP64 locator');
    const loc = await src.read(locAt, 20);
    if (u32(loc, 0) !== ZIP64_LOCATOR)
        corrupt('ZIP64 fields without a ZIP64 locator');
    const recAt = u64(loc, 8, corrupt);
    if (recAt + 56 > src.size)
        corrupt('the ZIP64 end record lies outside the file');
    const rec = await src.read(recAt, 56);
    if (u32(rec, 0) !== ZIP64_EOCD)
        corrupt('no ZIP64 end record where its locator points');
    return { entries: u64(rec, 32, corrupt), size: u64(rec, 40, corrupt), offset: u64(rec, 48, corrupt) };
}
/** A central directory entry's sizes and local header position, ZIP64 extra field applied. */
function member(cd, at, extra, fail) {
    const m = { flags: u16(cd, at + 8), method: u16(cd, at + 10), compressed: u32(cd, at + 20), size: u32(cd, at + 24), local: u32(cd, at + 42) };
    if (m.size !== U32 && m.compressed !== U32 && m.local !== U32)
        return m;
    // The ZIP64 extra field holds, in this order, only the fields whose 32-bit value overflowed.
    for (let x = 0; x + 4 <= extra.length;) {
        const id = u16(extra, x);
        const len = u16(extra, x + 2);
        if (x + 4 + len > extra.length)
            break;
        if (id === 1) {
            let p = x + 4;
            const take = () => {
                if (p + 8 > x + 4 + len)
                    fail('corrupt zip archive (a ZIP64 extra field too short for its sizes)');
                const v = u64(extra, p, fail);
                p += 8;
                return v;
            };
            if (m.size === U32)
                m.size = take();
            if (m.compressed === U32)
                m.compressed = take();
            if (m.local === U32)
                m.local = take();
            return m;
        }
        x += 4 + len;
    }
    return fail('corrupt zip archive (ZIP64 sizes without a ZIP64 extra field)');
}
async function readMember(src, m, name, fail, corrupt) {
    if (m.flags & 1)
        fail(`${name} is encrypted`);
    if (m.size > MAX_MEMBER_BYTES)
        fail(`${name} claims ${m.size} bytes; refusing more than ${MAX_MEMBER_BYTES}`);
    if (m.method === 0 && m.compressed !== m.size) {
        corrupt(`stored ${name} has compressed size ${m.compressed} but uncompressed size ${m.size}`);
    }
    if (m.method !== 0 && m.method !== 8)
        fail(`${name} is compressed with method ${m.method}; only stored and deflated members are read`);
    // Deflate never shrinks data to less than a thousandth; a larger claim is a bomb's.
    if (m.compressed > MAX_MEMBER_BYTES || (m.method === 8 && m.size > 1032 * m.compressed + 1024)) {
        corrupt(`${name} claims ${m.compressed} compressed bytes for ${m.size}`);
    }
    if (m.local + LOCAL_SIZE > src.size)
        corrupt(`the local header of ${name} lies outside the file`);
    const head = await src.read(m.local, LOCAL_SIZE);
    if (u32(head, 0) !== LOCAL)
        corrupt(`no local header where the directory places ${name}`);
    const dataAt = m.local + LOCAL_SIZE + u16(head, 26) + u16(head, 28);
    if (dataAt + m.compressed > src.size)
        corrupt(`${name}'s data runs past the end of the file`);
    const data = await src.read(dataAt, m.compressed);
    if (m.method === 0)
        return data;
    let out;
    try {
        // maxOutputLength stops a member that inflates past what it claims before it is held.
        out = (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: Math.max(m.size, 1) });
    }
    catch (e) {
        const code = e.code;
        if (code === 'ERR_BUFFER_TOO_LARGE')
            return corrupt(`${name} inflates past the ${m.size} bytes its header says`);
        return corrupt(`${name} does not inflate (${e.message})`);
    }
    if (out.length !== m.size)
        corrupt(`${name} holds ${out.length} bytes, its header says ${m.size}`);
    return out;
}
function zip_sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/**
 * Member names that would leave the archive if it were extracted (absolute, `..`, a drive
 * letter, backslashes) mark a hostile archive; flopgate extracts nothing, but refuses it.
 */
function checkName(b, fail) {
    // Bytes, not decoded text: `/`, `\`, `.` and `:` are single ASCII bytes in CP437 and UTF-8 alike.
    const bad = (why) => fail(`zip member name leaves the archive (${why}); refused`);
    if (b[0] === 0x2f)
        bad('an absolute path');
    if (b.length >= 2 && b[1] === 0x3a && ((b[0] | 0x20) >= 0x61 && (b[0] | 0x20) <= 0x7a))
        bad('a drive letter');
    let start = 0;
    for (let i = 0; i <= b.length; i++) {
        if (i < b.length && b[i] === 0x5c)
            bad('a backslash');
        if (i === b.length || b[i] === 0x2f) {
            if (i - start === 2 && b[start] === 0x2e && b[start + 1] === 0x2e)
                bad('a ".." segment');
            start = i + 1;
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/keras.ts




/** A Keras 3 `.keras` archive: its `config.json`; the weights member is never touched. */
async function openKerasZip(reader, label) {
    const bytes = await readZipMember(reader, label, 'config.json');
    if (!bytes)
        throw new errors/* FlopgateError */.N9(`${label}: no config.json in the archive (not a Keras 3 .keras file)`);
    return { kind: 'keras', format: 'keras', config: (0,json/* parseJson */.qF)((0,json/* decodeUtf8 */._6)(bytes, `${label}: config.json`), `${label}: config.json`) };
}
/** A Keras `.h5` file: the root attribute `model_config`; no dataset is read. */
async function openKerasH5(reader, label) {
    const text = await readHdf5RootAttribute(reader, 'model_config', label);
    if (text === undefined)
        throw new errors/* FlopgateError */.N9(`${label}: HDF5 file has no model_config attribute (saved weights only, without the architecture?)`);
    return { kind: 'keras', format: 'h5', config: (0,json/* parseJson */.qF)(text, `${label}: model_config`) };
}


/***/ })

};
