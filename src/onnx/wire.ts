import { FlopgateError } from '../errors.js';
import type { ByteSource } from '../io/byte-source.js';

/** Protobuf wire types that ONNX uses; groups (3, 4) are deprecated and never written by it. */
export const VARINT = 0;
export const I64 = 1;
export const LEN = 2;
export const I32 = 5;

/**
 * One field of a message. For VARINT `value` (unsigned) and `signed` hold the number; for
 * the other wire types [start, end) is where the payload lies in the file, not yet read.
 */
export interface Field {
  no: number;
  wire: number;
  start: number;
  end: number;
  value: number;
  signed: number;
}

/** Reads start small after a jump (a tensor header) and double while reading runs on (nodes). */
const MIN_AHEAD = 512;
const MAX_AHEAD = 64 * 1024;
/** A single string or bytes field we agree to hold in memory (names, equations, small blobs). */
export const MAX_BYTES = 16 * 1024 * 1024;

const decoder = new TextDecoder('utf-8');

/**
 * Random-access protobuf reader over a ByteSource. Nothing is read until a field is asked
 * for, so length-delimited payloads a caller skips (raw_data, doc strings) never leave the
 * file. Every position is checked against the enclosing message's end, so a corrupt length
 * or a varint that never ends is a one-line fault, not a hang or a huge allocation.
 */
export class WireReader {
  private buf: Uint8Array = new Uint8Array(0);
  private bufStart = 0;
  private ahead = MIN_AHEAD;

  constructor(
    private readonly src: ByteSource,
    readonly file: string,
  ) {}

  get size(): number {
    return this.src.size;
  }

  fail(msg: string): never {
    throw new FlopgateError(`${this.file}: ${msg}`);
  }

  /** Make [pos, pos + need) available; read up to `limit` ahead to save round trips. */
  private async ensure(pos: number, need: number, limit: number): Promise<void> {
    const bufEnd = this.bufStart + this.buf.length;
    if (pos >= this.bufStart && pos + need <= bufEnd) return;
    this.ahead = pos === bufEnd ? Math.min(this.ahead * 2, MAX_AHEAD) : MIN_AHEAD;
    const length = Math.min(Math.max(need, this.ahead), limit - pos);
    this.buf = await this.src.read(pos, length);
    this.bufStart = pos;
  }

  private byteAt(pos: number): number {
    return this.buf[pos - this.bufStart];
  }

  /** A varint at `pos` that must end before `end`. */
  async varint(pos: number, end: number, what: string): Promise<{ value: number; signed: number; next: number }> {
    if (pos >= end) this.fail(`truncated protobuf: ${what} ends before its varint (byte ${pos})`);
    await this.ensure(pos, Math.min(10, end - pos), end);
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      const p = pos + i;
      if (p >= end) this.fail(`truncated protobuf: varint in ${what} runs past its message (byte ${p})`);
      const b = this.byteAt(p);
      const bits = b & 0x7f;
      if (i < 4) lo |= bits << (7 * i);
      else if (i === 4) {
        lo |= (bits & 0x0f) << 28;
        hi |= bits >> 4;
      } else hi |= bits << (7 * i - 32);
      if ((b & 0x80) === 0) {
        lo >>>= 0;
        return { value: (hi >>> 0) * 2 ** 32 + lo, signed: (hi | 0) * 2 ** 32 + lo, next: p + 1 };
      }
    }
    return this.fail(`bad protobuf: varint in ${what} never ends (byte ${pos})`);
  }

  /** Fields of the message at [start, end), in file order. */
  async *fields(start: number, end: number, what: string): AsyncGenerator<Field> {
    if (end > this.src.size) this.fail(`truncated protobuf: ${what} needs bytes up to ${end}, file has ${this.src.size}`);
    let pos = start;
    while (pos < end) {
      const tag = await this.varint(pos, end, what);
      const no = Math.floor(tag.value / 8);
      const wire = tag.value % 8;
      if (no === 0 || no > 536870911) this.fail(`bad protobuf: field number ${no} in ${what} (byte ${pos})`);
      pos = tag.next;
      let f: Field;
      if (wire === VARINT) {
        const v = await this.varint(pos, end, what);
        f = { no, wire, start: pos, end: v.next, value: v.value, signed: v.signed };
      } else if (wire === LEN) {
        const len = await this.varint(pos, end, what);
        if (len.value > end - len.next) {
          this.fail(`truncated protobuf: field ${no} of ${what} claims ${len.value} bytes at byte ${len.next}, only ${end - len.next} remain`);
        }
        f = { no, wire, start: len.next, end: len.next + len.value, value: len.value, signed: len.value };
      } else if (wire === I64 || wire === I32) {
        const n = wire === I64 ? 8 : 4;
        if (n > end - pos) this.fail(`truncated protobuf: fixed-size field ${no} of ${what} runs past its message (byte ${pos})`);
        f = { no, wire, start: pos, end: pos + n, value: 0, signed: 0 };
      } else {
        return this.fail(`bad protobuf: wire type ${wire} for field ${no} of ${what} (byte ${pos - 1})`);
      }
      pos = f.end;
      yield f;
    }
  }

  async bytes(start: number, end: number, what: string): Promise<Uint8Array> {
    if (end - start > MAX_BYTES) this.fail(`${what} is ${end - start} bytes, more than flopgate reads for one field`);
    await this.ensure(start, end - start, end);
    const off = start - this.bufStart;
    // A copy: the window is replaced by the next read.
    return this.buf.slice(off, off + end - start);
  }

  async string(f: Field, what: string): Promise<string> {
    expectWire(this, f, LEN, what);
    return decoder.decode(await this.bytes(f.start, f.end, what));
  }

  /** A repeated integer field: one varint, or a packed run of them. */
  async ints(f: Field, what: string, into: number[], max: number): Promise<void> {
    if (f.wire === VARINT) {
      push(this, into, f.signed, max, what);
      return;
    }
    expectWire(this, f, LEN, what);
    let pos = f.start;
    while (pos < f.end) {
      const v = await this.varint(pos, f.end, what);
      push(this, into, v.signed, max, what);
      pos = v.next;
    }
  }

  /** A repeated float field: one fixed32, or a packed run of them. */
  async floats(f: Field, what: string, into: number[], max: number): Promise<void> {
    if (f.wire === I32) {
      push(this, into, await this.float32(f.start), max, what);
      return;
    }
    expectWire(this, f, LEN, what);
    if ((f.end - f.start) % 4 !== 0) this.fail(`bad protobuf: packed floats of ${what} are ${f.end - f.start} bytes`);
    const b = await this.bytes(f.start, f.end, what);
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    for (let p = 0; p < b.length; p += 4) push(this, into, dv.getFloat32(p, true), max, what);
  }

  async float32(pos: number): Promise<number> {
    const b = await this.bytes(pos, pos + 4, 'float');
    return new DataView(b.buffer, b.byteOffset, 4).getFloat32(0, true);
  }
}

function push(r: WireReader, into: number[], v: number, max: number, what: string): void {
  if (into.length >= max) r.fail(`${what} has more than ${max} values`);
  into.push(v);
}

export function expectWire(r: WireReader, f: Field, wire: number, what: string): void {
  if (f.wire !== wire) r.fail(`bad protobuf: ${what} (field ${f.no}) has wire type ${f.wire}, expected ${wire}`);
}
