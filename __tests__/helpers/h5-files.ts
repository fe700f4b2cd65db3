/**
 * Hand-built HDF5 files for what h5wasm cannot write: a version 1 superblock, a user block,
 * array datatypes (some Keras 1 files), and broken structures such as a continuation loop.
 * Layout: superblock, then the root group's version 1 object header holding a link info
 * message and attribute messages (version 1), optionally split over a continuation block. 8-byte offsets/lengths.
 */

const enc = new TextEncoder();

class Bytes {
  private parts: number[] = [];
  get length(): number {
    return this.parts.length;
  }
  u8(v: number): this {
    this.parts.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v).u8(v >> 8);
  }
  u32(v: number): this {
    return this.u16(v & 0xffff).u16(Math.floor(v / 0x10000));
  }
  u64(v: number): this {
    return this.u32(v % 2 ** 32).u32(Math.floor(v / 2 ** 32));
  }
  raw(b: Uint8Array): this {
    for (const x of b) this.parts.push(x);
    return this;
  }
  ones(n: number): this {
    for (let i = 0; i < n; i++) this.parts.push(0xff);
    return this;
  }
  pad8(): this {
    while (this.parts.length % 8) this.parts.push(0);
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** Datatype message: fixed-length string of `size` bytes (padding 0 null-terminated, 1 null-padded, 2 space-padded). */
export function fixedStringType(size: number, padding = 1): Uint8Array {
  return new Bytes().u8(0x13).u8(padding).u8(0).u8(0).u32(size).done();
}

/** Datatype message: unsigned 8-bit integer. */
export function byteType(): Uint8Array {
  return new Bytes().u8(0x10).u8(0).u8(0).u8(0).u32(1).u16(0).u16(8).done();
}

/** Datatype message: array (version 2) of `dims` elements of `base`. */
export function arrayType(base: Uint8Array, baseSize: number, dims: number[]): Uint8Array {
  const b = new Bytes().u8(0x2a).u8(0).u8(0).u8(0).u32(baseSize * dims.reduce((a, d) => a * d, 1));
  b.u8(dims.length).u8(0).u8(0).u8(0);
  for (const d of dims) b.u32(d);
  for (let i = 0; i < dims.length; i++) b.u32(i);
  return b.raw(base).done();
}

/** Dataspace message (version 1): scalar when `dims` is empty. */
export function dataspace(dims: number[] = []): Uint8Array {
  const b = new Bytes().u8(1).u8(dims.length).u8(0).u8(0).u32(0);
  for (const d of dims) b.u64(d);
  return b.done();
}

export interface RawAttribute {
  name: string;
  datatype: Uint8Array;
  dataspace: Uint8Array;
  data: Uint8Array;
}

/** A scalar fixed-length string attribute. */
export function stringAttribute(name: string, value: string): RawAttribute {
  const data = enc.encode(value);
  return { name, datatype: fixedStringType(data.length), dataspace: dataspace(), data };
}

function attributeMessage(a: RawAttribute): Uint8Array {
  const name = enc.encode(a.name + '\0');
  const b = new Bytes().u8(1).u8(0).u16(name.length).u16(a.datatype.length).u16(a.dataspace.length);
  b.raw(name).pad8().raw(a.datatype).pad8().raw(a.dataspace).pad8().raw(a.data).pad8();
  return b.done();
}

function message(b: Bytes, type: number, body: Uint8Array): void {
  b.u16(type).u16(body.length).u8(0).u8(0).u8(0).u8(0).raw(body);
}

export interface BuildOptions {
  superblockVersion?: 0 | 1;
  /** Bytes of user block before the superblock (0, 512, 1024, ...). */
  userBlock?: number;
  attributes: RawAttribute[];
  /** Attributes from this index on go to a continuation block. */
  splitAt?: number;
  /** Make the continuation block continue into itself. */
  loop?: boolean;
}

export function buildHdf5(o: BuildOptions): Uint8Array {
  const version = o.superblockVersion ?? 0;
  const ub = o.userBlock ?? 0;
  const sbSize = (version === 0 ? 24 : 28) + 4 * 8 + 40;
  const root = Math.ceil(sbSize / 8) * 8; // relative to the superblock
  const split = o.splitAt ?? o.attributes.length;
  const msgs = o.attributes.map(attributeMessage);

  // Continuation block first, so the root chunk knows its address and length.
  const cont = new Bytes();
  for (const m of msgs.slice(split)) message(cont, 0x0c, m);
  const hasCont = split < msgs.length || o.loop === true;
  const firstBody = new Bytes();
  // A link info message with no links makes the root a (new-style, empty) group to the library.
  message(firstBody, 0x02, new Bytes().u8(0).u8(0).ones(16).pad8().done());
  for (const m of msgs.slice(0, split)) message(firstBody, 0x0c, m);
  const contMessageSize = 8 + 16;
  const chunkSize = firstBody.length + (hasCont ? contMessageSize : 0);
  const contAddress = root + 16 + chunkSize;
  const loopSize = o.loop ? contMessageSize : 0;
  const contLength = cont.length + loopSize;
  if (o.loop) message(cont, 0x10, new Bytes().u64(contAddress).u64(contLength).done());
  if (hasCont) message(firstBody, 0x10, new Bytes().u64(contAddress).u64(contLength).done());

  const eof = ub + contAddress + (hasCont ? contLength : 0);
  const out = new Bytes();
  for (let i = 0; i < ub; i++) out.u8(0);
  out.raw(Uint8Array.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]));
  out.u8(version).u8(0).u8(0).u8(0).u8(0).u8(8).u8(8).u8(0).u16(4).u16(16).u32(0);
  if (version === 1) out.u16(32).u16(0);
  // Base address, free-space info (none), end of file, driver info (none), root symbol table
  // entry (link name offset, object header address, cache type, reserved, scratch pad).
  out.u64(ub).ones(8).u64(eof).ones(8);
  out.u64(0).u64(root).u32(0).u32(0).raw(new Uint8Array(16));
  while (out.length < ub + root) out.u8(0);
  // Root object header, version 1.
  out.u8(1).u8(0).u16(msgs.length + (hasCont ? 2 : 1)).u32(1).u32(chunkSize).u32(0);
  out.raw(firstBody.done());
  if (hasCont) out.raw(cont.done());
  return out.done();
}
