import { FlopgateError } from '../errors.js';
import type { PagedReader } from '../io/paged-reader.js';

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
/** Chunks kept between messages; within one message every chunk it needed stays. */
const KEEP_CHUNKS = 4;
/** A single string or bytes field we agree to hold in memory (names, equations, small blobs). */
export const MAX_BYTES = 16 * 1024 * 1024;


/** Thrown by the synchronous decoders when bytes they need are not loaded yet. */
class NeedBytes {
  constructor(
    readonly pos: number,
    readonly need: number,
  ) {}
}

interface Chunk {
  start: number;
  /** A Buffer view (no copy) of what was read, for its native UTF-8 decoding. */
  bytes: Buffer;
}

/**
 * Random-access protobuf reader over a ByteSource. Nothing is read until a field is asked
 * for, so length-delimited payloads a caller skips (raw_data, doc strings) never leave the
 * file. Messages are decoded synchronously from loaded chunks (fast for graphs of 100k
 * nodes); `run` loads what a decoder found missing and runs it again, so decoders must be
 * free of side effects. Every position is checked against the enclosing message's end, so a
 * corrupt length or a varint that never ends is a one-line fault, not a hang or a huge read.
 */
export class WireReader {
  private chunks: Chunk[] = [];
  /** The chunk the last lookup found: nearly every lookup finds the same one. */
  private hot: Chunk = { start: 0, bytes: Buffer.alloc(0) };
  private ahead = MIN_AHEAD;
  /** Where in the file's structure decoding is (a node's index, say): named in every fault. */
  where = '';
  private lastStart = -1;
  private lastEnd = -1;

  constructor(
    private readonly src: PagedReader,
    readonly file: string,
  ) {}

  get size(): number {
    return this.src.size;
  }

  fail(msg: string): never {
    throw new FlopgateError(`${this.file}: ${msg}${this.where ? ` (${this.where})` : ''}`);
  }

  /** Run a synchronous decoder, loading (up to `limit`) whatever it needs and retrying. */
  async run<T>(limit: number, decode: () => T): Promise<T> {
    if (this.chunks.length > KEEP_CHUNKS) this.chunks.splice(0, this.chunks.length - KEEP_CHUNKS);
    for (;;) {
      try {
        return decode();
      } catch (e) {
        if (!(e instanceof NeedBytes)) throw e;
        await this.load(e.pos, e.need, limit);
      }
    }
  }

  private async load(pos: number, need: number, limit: number): Promise<void> {
    // Reading on from (or from inside) the last chunk is a scan: read further ahead each time.
    const onward = pos >= this.lastStart && pos <= this.lastEnd;
    this.ahead = onward ? Math.min(this.ahead * 2, MAX_AHEAD) : MIN_AHEAD;
    const length = Math.min(Math.max(need, this.ahead), Math.max(limit, pos + need) - pos, this.src.size - pos);
    if (length < need) this.fail(`truncated: needs bytes up to ${pos + need}, file has ${this.src.size}`);
    const bytes = await this.src.read(pos, length, 'a protobuf message', false);
    this.chunks.push({ start: pos, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    this.lastStart = pos;
    this.lastEnd = pos + length;
  }

  /** The loaded bytes holding [pos, pos + n), as (array, offset). */
  private view(pos: number, n: number): [Buffer, number] {
    const c = this.chunkFor(pos, n);
    return [c.bytes, pos - c.start];
  }

  private chunkFor(pos: number, n: number): Chunk {
    const hot = this.hot;
    if (pos >= hot.start && pos + n <= hot.start + hot.bytes.length) return hot;
    for (let i = this.chunks.length - 1; i >= 0; i--) {
      const c = this.chunks[i];
      if (pos >= c.start && pos + n <= c.start + c.bytes.length) return (this.hot = c);
    }
    throw new NeedBytes(pos, n);
  }

  /** The last varint read by `varintAt` (unsigned, and as a signed int64). */
  private vValue = 0;
  private vSigned = 0;

  /** A varint at `pos` that must end before `end`. */
  varint(pos: number, end: number, what: string): { value: number; signed: number; next: number } {
    const next = this.varintAt(pos, end, what);
    return { value: this.vValue, signed: this.vSigned, next };
  }

  /** Reads the varint at `pos` into vValue / vSigned and returns the position after it. */
  private varintAt(pos: number, end: number, what: string): number {
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
    if (n <= 0) this.fail(`truncated protobuf: ${what} ends before its varint (byte ${pos})`);
    if (o + n > b.length) return this.varintSlow(pos, n, end, what);
    return this.decodeVarint(b, o, pos, n, what);
  }

  private varintSlow(pos: number, n: number, end: number, what: string): number {
    const [b, o] = this.view(pos, n);
    return this.decodeVarint(b, o, pos, n, what);
  }

  private decodeVarint(b: Uint8Array, o: number, pos: number, n: number, what: string): number {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      const byte = b[o + i];
      const bits = byte & 0x7f;
      if (i < 4) lo |= bits << (7 * i);
      else if (i === 4) {
        lo |= (bits & 0x0f) << 28;
        hi |= bits >> 4;
      } else hi |= bits << (7 * i - 32);
      if ((byte & 0x80) === 0) {
        lo >>>= 0;
        this.vValue = (hi >>> 0) * 2 ** 32 + lo;
        this.vSigned = (hi | 0) * 2 ** 32 + lo;
        return pos + i + 1;
      }
    }
    if (n < 10) this.fail(`truncated protobuf: varint in ${what} runs past its message (byte ${pos})`);
    return this.fail(`bad protobuf: varint in ${what} never ends (byte ${pos})`);
  }

  /** The field whose tag is at `pos`, inside a message ending at `end`. */
  fieldAt(pos: number, end: number, what: string): Field {
    if (end > this.src.size) this.fail(`truncated protobuf: ${what} needs bytes up to ${end}, file has ${this.src.size}`);
    const at = this.varintAt(pos, end, what);
    const tag = this.vValue;
    const no = Math.floor(tag / 8);
    const wire = tag % 8;
    if (no === 0 || no > 536870911) this.fail(`bad protobuf: field number ${no} in ${what} (byte ${pos})`);
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
      if (n > end - at) this.fail(`truncated protobuf: fixed-size field ${no} of ${what} runs past its message (byte ${at})`);
      return { no, wire, start: at, end: at + n, value: 0, signed: 0 };
    }
    return this.fail(`bad protobuf: wire type ${wire} for field ${no} of ${what} (byte ${pos})`);
  }

  /** Fields of the message at [start, end), in file order (synchronous: use inside `run`). */
  *fields(start: number, end: number, what: string): Generator<Field> {
    let pos = start;
    while (pos < end) {
      const f = this.fieldAt(pos, end, what);
      pos = f.end;
      yield f;
    }
  }

  /** For the big messages (model, graph): each field is decoded by `visit` under `run`. */
  async eachField(start: number, end: number, what: string, visit: (f: Field) => Promise<void> | void): Promise<void> {
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
  async scan(start: number, end: number, what: string, visit: (f: Field) => void): Promise<void> {
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
        } catch (e) {
          // Keep the progress; the next round starts at the field that ran short.
          if (e instanceof NeedBytes && p > from) return p;
          throw e;
        }
        return p;
      });
    }
  }

  bytes(start: number, end: number, what: string): Uint8Array {
    if (end - start > MAX_BYTES) this.fail(`${what} is ${end - start} bytes, more than flopgate reads for one field`);
    const [b, o] = this.view(start, end - start);
    // A copy: chunks are dropped as reading moves on.
    return b.slice(o, o + end - start);
  }

  string(f: Field, what: string): string {
    expectWire(this, f, LEN, what);
    if (f.end - f.start > MAX_BYTES) this.fail(`${what} is ${f.end - f.start} bytes, more than flopgate reads for one field`);
    const c = this.chunkFor(f.start, f.end - f.start);
    return c.bytes.toString('utf8', f.start - c.start, f.end - c.start);
  }

  /** A repeated integer field: one varint, or a packed run of them. */
  ints(f: Field, what: string, into: number[], max: number): void {
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
  floats(f: Field, what: string, into: number[], max: number): void {
    if (f.wire === I32) {
      push(this, into, this.float32(f.start), max, what);
      return;
    }
    expectWire(this, f, LEN, what);
    const len = f.end - f.start;
    if (len % 4 !== 0) this.fail(`bad protobuf: packed floats of ${what} are ${len} bytes`);
    if (into.length + len / 4 > max) this.fail(`${what} has more than ${max} values`);
    const b = this.bytes(f.start, f.end, what);
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    for (let p = 0; p < len; p += 4) into.push(dv.getFloat32(p, true));
  }

  float32(pos: number): number {
    const [b, o] = this.view(pos, 4);
    return new DataView(b.buffer, b.byteOffset + o, 4).getFloat32(0, true);
  }

  float64(pos: number): number {
    const [b, o] = this.view(pos, 8);
    return new DataView(b.buffer, b.byteOffset + o, 8).getFloat64(0, true);
  }
}

function push(r: WireReader, into: number[], v: number, max: number, what: string): void {
  if (into.length >= max) r.fail(`${what} has more than ${max} values`);
  into.push(v);
}

export function expectWire(r: WireReader, f: Field, wire: number, what: string): void {
  if (f.wire !== wire) r.fail(`bad protobuf: ${what} (field ${f.no}) has wire type ${f.wire}, expected ${wire}`);
}
