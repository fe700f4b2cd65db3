import { FlopgateError } from '../errors.js';
import type { PagedReader } from '../io/paged-reader.js';

/**
 * A flatbuffer read in place, through the paged reader: a table is its position and its
 * vtable, a vector its position and length, and nothing is read until a field is asked for.
 * The flatbuffers runtime (and the accessors flatc generates on it) takes the whole file as
 * one byte array, which for a TFLite model means reading every weight to look at a few
 * kilobytes of tables; this follows the same binary layout (little-endian, uoffset_t
 * references forward, a table's soffset_t to its vtable of uint16 slots) on bounded reads.
 *
 * Every position is checked against the file before it is read (PagedReader.check), every
 * vector length against what the file could hold, so a truncated file or an offset out of
 * range is a one-line fault naming the file.
 */
export interface Table {
  /** Where the table starts (its soffset to the vtable). */
  pos: number;
  /** The vtable's field offsets, relative to `pos`; 0 where a field is absent. */
  slots: number[];
  /** Bytes of the table's inline part (its scalars and references). */
  len: number;
}

export interface Vec {
  /** Position of element 0. */
  start: number;
  length: number;
}

/** A vtable longer than this (fields x 2 bytes) is not one any schema writes. */
const MAX_VTABLE = 1024;

export class FlatBuffer {
  constructor(
    readonly reader: PagedReader,
    readonly label: string,
  ) {}

  get size(): number {
    return this.reader.size;
  }

  fail(msg: string): never {
    throw new FlopgateError(`${this.label}: ${msg}`);
  }

  private async bytes(pos: number, n: number, what: string): Promise<DataView> {
    const b = await this.reader.read(pos, n, what);
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
  }

  async u8(pos: number, what: string): Promise<number> {
    return (await this.bytes(pos, 1, what)).getUint8(0);
  }

  async u32(pos: number, what: string): Promise<number> {
    return (await this.bytes(pos, 4, what)).getUint32(0, true);
  }

  /** The root table, at the uoffset in the first four bytes. */
  async root(what: string): Promise<Table> {
    return this.table(await this.u32(0, what), what);
  }

  /** The table at `pos`, its vtable read and checked. */
  async table(pos: number, what: string): Promise<Table> {
    if (pos <= 0 || pos + 4 > this.size) this.fail(`${what}: table offset ${pos} is outside the file (${this.size} bytes)`);
    const soff = (await this.bytes(pos, 4, what)).getInt32(0, true);
    const vt = pos - soff;
    if (vt < 0 || vt + 4 > this.size) this.fail(`${what}: vtable at ${vt} is outside the file`);
    const head = await this.bytes(vt, 4, what);
    const vtLen = head.getUint16(0, true);
    const tableLen = head.getUint16(2, true);
    if (vtLen < 4 || vtLen % 2 !== 0 || vtLen > MAX_VTABLE) this.fail(`${what}: bad vtable length ${vtLen} at byte ${vt}`);
    if (pos + tableLen > this.size) this.fail(`truncated: ${what} needs bytes up to ${pos + tableLen}, the file has ${this.size}`);
    const body = await this.bytes(vt + 4, vtLen - 4, what);
    const slots: number[] = [];
    for (let i = 0; i < (vtLen - 4) / 2; i++) {
      const off = body.getUint16(2 * i, true);
      if (off !== 0 && (off < 4 || off >= Math.max(tableLen, 4))) this.fail(`${what}: field ${i} lies outside its table (offset ${off}, table of ${tableLen} bytes)`);
      slots.push(off);
    }
    return { pos, slots, len: Math.max(tableLen, 4) };
  }

  /** Where field `id` lies, or 0 when the table does not have it. */
  at(t: Table, id: number): number {
    const off = t.slots[id] ?? 0;
    return off === 0 ? 0 : t.pos + off;
  }

  has(t: Table, id: number): boolean {
    return this.at(t, id) !== 0;
  }

  async int(t: Table, id: number, bytes: 1 | 2 | 4, signed: boolean, def: number, what: string): Promise<number> {
    const p = this.at(t, id);
    if (!p) return def;
    const v = await this.bytes(p, bytes, what);
    if (bytes === 1) return signed ? v.getInt8(0) : v.getUint8(0);
    if (bytes === 2) return signed ? v.getInt16(0, true) : v.getUint16(0, true);
    return signed ? v.getInt32(0, true) : v.getUint32(0, true);
  }

  async float(t: Table, id: number, def: number, what: string): Promise<number> {
    const p = this.at(t, id);
    return p ? (await this.bytes(p, 4, what)).getFloat32(0, true) : def;
  }

  /** A uint64 scalar as a number (exact below 2^53; beyond that no file can hold it). */
  async u64(t: Table, id: number, what: string): Promise<number> {
    const p = this.at(t, id);
    if (!p) return 0;
    const v = await this.bytes(p, 8, what);
    return v.getUint32(4, true) * 2 ** 32 + v.getUint32(0, true);
  }

  /** The position a reference field points at (a sub-table, vector or string), 0 when absent. */
  private async target(t: Table, id: number, what: string): Promise<number> {
    const p = this.at(t, id);
    if (!p) return 0;
    const to = p + (await this.u32(p, what));
    if (to >= this.size) this.fail(`${what}: reference to byte ${to} is outside the file (${this.size} bytes)`);
    return to;
  }

  async subTable(t: Table, id: number, what: string): Promise<Table | undefined> {
    const to = await this.target(t, id, what);
    return to ? this.table(to, what) : undefined;
  }

  /**
   * A vector of `elem`-byte elements (its bytes are not read), or undefined when absent.
   * `alone`: its length is read by itself, not with the page around it (a weight buffer's
   * length sits just before the weights).
   */
  async vector(t: Table, id: number, elem: number, what: string, alone = false): Promise<Vec | undefined> {
    const to = await this.target(t, id, what);
    if (!to) return undefined;
    let length: number;
    if (alone) {
      const b = await this.reader.read(to, 4, what, false);
      length = new DataView(b.buffer, b.byteOffset, 4).getUint32(0, true);
    } else length = await this.u32(to, what);
    const start = to + 4;
    if (length * elem > this.size - start) this.fail(`truncated: ${what} claims ${length} elements at byte ${start}, beyond the end of the file (${this.size} bytes)`);
    return { start, length };
  }

  /** Vector of tables: element i's table. */
  async tables(v: Vec, what: string, max: number): Promise<Table[]> {
    if (v.length > max) this.fail(`${what}: ${v.length} entries, more than flopgate reads (${max})`);
    const raw = await this.bytes(v.start, 4 * v.length, what);
    const out: Table[] = [];
    for (let i = 0; i < v.length; i++) out.push(await this.table(v.start + 4 * i + raw.getUint32(4 * i, true), `${what} ${i}`));
    return out;
  }

  /** A vector of int32 (or int64, `bytes` 8) read whole, bounded by `max` elements. */
  async ints(t: Table, id: number, what: string, max: number, bytes: 4 | 8 = 4): Promise<number[] | undefined> {
    const v = await this.vector(t, id, bytes, what);
    if (!v) return undefined;
    if (v.length > max) this.fail(`${what} has ${v.length} values, more than flopgate reads (${max})`);
    const d = await this.bytes(v.start, bytes * v.length, what);
    const out: number[] = [];
    for (let i = 0; i < v.length; i++) out.push(bytes === 4 ? d.getInt32(4 * i, true) : Number(d.getBigInt64(8 * i, true)));
    return out;
  }

  async floats(t: Table, id: number, what: string, max: number): Promise<number[] | undefined> {
    const v = await this.vector(t, id, 4, what);
    if (!v) return undefined;
    if (v.length > max) this.fail(`${what} has ${v.length} values, more than flopgate reads (${max})`);
    const d = await this.bytes(v.start, 4 * v.length, what);
    const out: number[] = [];
    for (let i = 0; i < v.length; i++) out.push(d.getFloat32(4 * i, true));
    return out;
  }

  async string(t: Table, id: number, what: string, max = 1 << 20): Promise<string | undefined> {
    const v = await this.vector(t, id, 1, what);
    if (!v) return undefined;
    if (v.length > max) this.fail(`${what} is ${v.length} bytes, more than flopgate reads for a name (${max})`);
    return new TextDecoder('utf-8').decode(await this.reader.read(v.start, v.length, what));
  }

  /** Bytes at [start, start + length), copied (custom options, a table's inline part, small constants). */
  async raw(start: number, length: number, what: string): Promise<Uint8Array> {
    return (await this.reader.read(start, length, what)).slice();
  }
}
