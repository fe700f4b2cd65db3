import { Cursor, MAX_ATTRIBUTE_BYTES, type H5Reader } from './bytes.js';
import { readGlobalHeapObject } from './global-heap.js';

/** Where an encoded attribute message lies: in an object header or in a fractal heap. */
export interface MessageLocation {
  offset: number;
  size: number;
}

interface AttributeHeader {
  version: number;
  flags: number;
  nameSize: number;
  datatypeSize: number;
  dataspaceSize: number;
  /** Bytes before the name. */
  nameOffset: number;
}

/** Enough of any attribute message version to know its header. */
const HEADER_BYTES = 9;

function parseHeader(c: Cursor, r: H5Reader): AttributeHeader {
  const version = c.u8();
  if (version < 1 || version > 3) throw r.unsupported(`attribute message version ${version}`);
  const flags = c.u8();
  const nameSize = c.u16();
  const datatypeSize = c.u16();
  const dataspaceSize = c.u16();
  return { version, flags, nameSize, datatypeSize, dataspaceSize, nameOffset: version === 3 ? 9 : 8 };
}

const pad8 = (n: number): number => Math.ceil(n / 8) * 8;

/** The name stored in the attribute message at `loc`, reading only the message's first bytes. */
export async function attributeName(r: H5Reader, loc: MessageLocation): Promise<Uint8Array> {
  const head = await r.cursor(loc.offset, Math.min(HEADER_BYTES, loc.size), 'attribute message');
  const h = parseHeader(head, r);
  if (h.nameOffset + h.nameSize > loc.size) throw r.corrupt('attribute name runs past its message');
  const raw = await r.bytes(loc.offset + h.nameOffset, h.nameSize, 'attribute name');
  return beforeNul(raw);
}

/** The name in a complete attribute message already in memory. */
export function nameInMessage(r: H5Reader, msg: Uint8Array): Uint8Array {
  const c = new Cursor(msg, r, 'attribute message');
  const h = parseHeader(c, r);
  c.pos = h.nameOffset;
  return beforeNul(c.bytes(h.nameSize));
}

function beforeNul(raw: Uint8Array): Uint8Array {
  const nul = raw.indexOf(0);
  return nul < 0 ? raw : raw.subarray(0, nul);
}

/** Datatype classes the decoder cares about. */
const FIXED_POINT = 0;
const STRING = 3;
const VLEN = 9;
const ARRAY = 10;

interface Datatype {
  cls: number;
  version: number;
  bits: number;
  size: number;
  base?: Datatype;
  /** Element count of an array datatype. */
  count?: number;
}

const MAX_TYPE_DEPTH = 8;
const MAX_RANK = 32;
/** No string attribute needs more elements than this. */
const MAX_ELEMENTS = 2 ** 32;

function parseDatatype(c: Cursor, r: H5Reader, depth = 0): Datatype {
  if (depth > MAX_TYPE_DEPTH) throw r.corrupt('datatype nests too deeply');
  const b0 = c.u8();
  const bits = c.u8() | (c.u8() << 8) | (c.u8() << 16);
  const t: Datatype = { cls: b0 & 0x0f, version: b0 >> 4, bits, size: c.u32() };
  if (t.cls === VLEN) {
    t.base = parseDatatype(c, r, depth + 1);
  } else if (t.cls === ARRAY) {
    const rank = c.u8();
    if (rank > MAX_RANK) throw r.corrupt(`array datatype of rank ${rank}`);
    if (t.version < 3) c.skip(3);
    let count = 1;
    for (let i = 0; i < rank; i++) count = Math.min(count * c.u32(), MAX_ELEMENTS + 1);
    if (t.version < 3) c.skip(4 * rank); // permutation indices
    t.count = count;
    t.base = parseDatatype(c, r, depth + 1);
  }
  return t;
}

/** Element count of a dataspace message; 0 for the null dataspace. */
function parseDataspace(c: Cursor, r: H5Reader): number {
  const version = c.u8();
  const rank = c.u8();
  const flags = c.u8();
  let isNull = false;
  if (version === 1) {
    c.skip(5);
  } else if (version === 2) {
    isNull = c.u8() === 2;
  } else {
    throw r.unsupported(`dataspace message version ${version}`);
  }
  if (rank > MAX_RANK) throw r.corrupt(`dataspace of rank ${rank}`);
  let count = 1;
  for (let i = 0; i < rank; i++) count = Math.min(count * c.length(), MAX_ELEMENTS + 1);
  void flags; // maximum dimensions may follow; the current ones are all that matter
  return isNull ? 0 : count;
}

/**
 * The string value of the full attribute message in `msg`. Keras writes variable-length
 * strings; older writers used fixed-length strings, one-element string arrays or raw bytes.
 */
export async function attributeString(r: H5Reader, msg: Uint8Array, name: string): Promise<string> {
  const c = new Cursor(msg, r, `attribute "${name}"`);
  const h = parseHeader(c, r);
  if (h.flags & 0x03) throw r.unsupported(`attribute "${name}" uses a shared datatype or dataspace`);
  const padded = (n: number): number => (h.version === 1 ? pad8(n) : n);
  c.pos = h.nameOffset + padded(h.nameSize);
  const dt = parseDatatype(new Cursor(c.bytes(h.datatypeSize), r, `attribute "${name}" datatype`), r);
  c.skip(padded(h.datatypeSize) - h.datatypeSize);
  const elements = parseDataspace(new Cursor(c.bytes(h.dataspaceSize), r, `attribute "${name}" dataspace`), r);
  c.skip(padded(h.dataspaceSize) - h.dataspaceSize);
  if (elements === 0) throw r.corrupt(`attribute "${name}" has no value (empty dataspace)`);
  if (elements > MAX_ELEMENTS || elements * dt.size > c.remaining) {
    throw r.corrupt(`attribute "${name}" holds more data than its message`);
  }
  const data = c.bytes(elements * dt.size);
  const notString = (): Error => r.corrupt(`attribute "${name}" is not a string (datatype class ${dt.cls})`);

  if (dt.cls === VLEN) {
    if (elements !== 1) throw r.unsupported(`attribute "${name}" is a list of ${elements} strings`);
    const isString = (dt.bits & 0x0f) === 1;
    if (!isString && !isByte(dt.base)) throw notString();
    // The padding of a variable-length string only matters when converting to fixed length;
    // the stored bytes are the value (h5py and the library read them as a C string).
    return decodeText(await vlenBytes(r, data, name), 0);
  }
  if (dt.cls === STRING) {
    // One string, or a run of one-character strings that together spell the text.
    if (elements === 1 || dt.size === 1) return decodeText(data, dt.bits & 0x0f);
    throw r.unsupported(`attribute "${name}" is a list of ${elements} strings`);
  }
  if (dt.cls === ARRAY && dt.base) {
    const total = elements * (dt.count ?? 1);
    if (dt.base.cls === STRING && (total === 1 || dt.base.size === 1)) return decodeText(data, dt.base.bits & 0x0f);
    if (isByte(dt.base)) return decodeText(data, 1);
    throw notString();
  }
  if (isByte(dt)) return decodeText(data, 1);
  throw notString();
}

function isByte(t: Datatype | undefined): boolean {
  return t !== undefined && t.size === 1 && (t.cls === FIXED_POINT || t.cls === STRING);
}

/** A variable-length element: its length, then a global heap collection address and index. */
async function vlenBytes(r: H5Reader, element: Uint8Array, name: string): Promise<Uint8Array> {
  const c = new Cursor(element, r, `attribute "${name}" value`);
  const length = c.u32();
  const collection = c.address();
  const index = c.u32();
  if (length === 0) return new Uint8Array(0);
  if (length > MAX_ATTRIBUTE_BYTES) throw r.unsupported(`attribute "${name}" of ${length} bytes`);
  if (collection === null) throw r.corrupt(`attribute "${name}" points to no global heap`);
  return readGlobalHeapObject(r, collection, index, length);
}

const utf8 = new TextDecoder('utf-8');

/** Text of a fixed-size string field; `padding` is HDF5's 0 null-terminated, 1 null-padded, 2 space-padded. */
function decodeText(bytes: Uint8Array, padding: number): string {
  let end = bytes.length;
  if (padding === 2) {
    while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) end = nul;
  }
  return utf8.decode(bytes.subarray(0, end));
}
