// A TFLite flatbuffer written from scratch, for the bench and the tests: a chain of
// FULLY_CONNECTED layers whose kernels and biases are real buffers of the full size, the first
// buffer's bytes before the subgraph tables and the rest after them (as TF's converter lays a
// file out), so that a reader which streams the file, or reads a buffer, shows.
//
// The layout is written front to back: a table's references point forward, so each table is
// followed by what it refers to. Weight bytes are not held in memory: they are streamed to
// the file at their place.
import { closeSync, openSync, writeSync } from 'node:fs';

const FC = 9;

class Writer {
  constructor() {
    this.chunks = []; // { at, bytes } or { at, fill: length }
    this.pos = 0;
    this.deferred = [];
  }
  align(n) {
    const pad = (n - (this.pos % n)) % n;
    if (pad) this.raw(new Uint8Array(pad));
  }
  raw(bytes) {
    this.chunks.push({ at: this.pos, bytes });
    this.pos += bytes.length;
    return this.pos - bytes.length;
  }
  u32(v) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, true);
    return this.raw(b);
  }
  patch(at, target) {
    // uoffset: from the reference's own position, forward.
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, target - at, true);
    this.chunks.push({ at, bytes: b, patch: true });
  }
  /** fields: [id, 'u8'|'i8'|'u32'|'i32'|'ref', value]; refs are emitted after the table, in order. */
  table(fields) {
    this.align(4);
    const inline = fields.map(([id, kind]) => ({ id, kind, size: kind === 'u8' || kind === 'i8' ? 1 : 4 }));
    // Layout: soffset, then 4-byte fields, then 1-byte fields.
    let off = 4;
    const offsets = new Map();
    for (const f of [...inline.filter((f) => f.size === 4), ...inline.filter((f) => f.size === 1)]) {
      offsets.set(f.id, off);
      off += f.size;
    }
    const tableLen = off + ((4 - (off % 4)) % 4);
    const maxId = Math.max(-1, ...fields.map(([id]) => id));
    const vt = new Uint8Array(4 + 2 * (maxId + 1));
    const vdv = new DataView(vt.buffer);
    vdv.setUint16(0, vt.length, true);
    vdv.setUint16(2, tableLen, true);
    for (const [id] of fields) vdv.setUint16(4 + 2 * id, offsets.get(id), true);
    const vtAt = this.raw(vt);
    this.align(4);
    const t = new Uint8Array(tableLen);
    const dv = new DataView(t.buffer);
    const tableAt = this.pos;
    dv.setInt32(0, tableAt - vtAt, true);
    const refs = [];
    for (const [id, kind, value] of fields) {
      const o = offsets.get(id);
      if (kind === 'u8') dv.setUint8(o, value);
      else if (kind === 'i8') dv.setInt8(o, value);
      else if (kind === 'u32') dv.setUint32(o, value, true);
      else if (kind === 'i32') dv.setInt32(o, value, true);
      else refs.push([tableAt + o, value]);
    }
    this.raw(t);
    for (const [at, emit] of refs) this.patch(at, emit());
    return tableAt;
  }
  ints(values) {
    this.align(4);
    const at = this.u32(values.length);
    const b = new Uint8Array(4 * values.length);
    values.forEach((v, i) => new DataView(b.buffer).setInt32(4 * i, v, true));
    this.raw(b);
    return at;
  }
  string(s) {
    this.align(4);
    const bytes = new TextEncoder().encode(s);
    const at = this.u32(bytes.length);
    this.raw(new Uint8Array([...bytes, 0]));
    return at;
  }
  /** A vector of `length` bytes whose contents are streamed to the file, not held. */
  bytes(length) {
    this.align(16);
    const at = this.u32(length);
    this.chunks.push({ at: this.pos, fill: length });
    this.pos += length;
    return at;
  }
  /** A vector of tables; an emitter marked `late` is written at the end (see `finish`). */
  tables(emitters) {
    this.align(4);
    const at = this.u32(emitters.length);
    const slots = emitters.map(() => this.u32(0));
    emitters.forEach((emit, i) => {
      if (emit.late) this.deferred.push([slots[i], emit]);
      else this.patch(slots[i], emit());
    });
    return at;
  }
  finish() {
    for (const [slot, emit] of this.deferred.splice(0)) this.patch(slot, emit());
  }
}

/**
 * Writes `path`: `layers` FULLY_CONNECTED layers of `width` units (relu), float32 kernels and
 * biases. `weights: false` keeps the architecture and gives every weight a 4-byte buffer.
 * Returns the file's size.
 */
export function writeTfliteMlp(path, { layers = 6, width = 2048, weights = true } = {}) {
  const w = new Writer();
  // Buffer 0 is the empty sentinel; then a kernel and a bias per layer.
  const bufferSizes = [0];
  for (let l = 0; l < layers; l++) bufferSizes.push(weights ? width * width * 4 : 4, weights ? width * 4 : 4);
  const emitBuffer = (i) => {
    const emit = () => w.table(bufferSizes[i] ? [[0, 'ref', () => w.bytes(bufferSizes[i])]] : []);
    // The first kernel's bytes before the subgraph tables, the rest after them.
    emit.late = i > 1;
    return emit;
  };
  const tensors = [{ shape: [1, width], buffer: 0, name: 'input' }];
  const operators = [];
  for (let l = 0; l < layers; l++) {
    const k = tensors.length;
    tensors.push({ shape: [width, width], buffer: 1 + 2 * l, name: `dense_${l}/MatMul` });
    tensors.push({ shape: [width], buffer: 2 + 2 * l, name: `dense_${l}/BiasAdd` });
    tensors.push({ shape: [1, width], buffer: 0, name: `dense_${l}/Relu` });
    operators.push({ inputs: [l === 0 ? 0 : k - 1, k, k + 1], outputs: [k + 2] });
  }
  const out = tensors.length - 1;
  const subgraph = () =>
    w.table([
      [0, 'ref', () => w.tables(tensors.map((t) => () => w.table([[0, 'ref', () => w.ints(t.shape)], [1, 'u8', 0], [2, 'u32', t.buffer], [3, 'ref', () => w.string(t.name)]])))],
      [1, 'ref', () => w.ints([0])],
      [2, 'ref', () => w.ints([out])],
      [3, 'ref', () => w.tables(operators.map((o) => () => w.table([
        [0, 'u32', 0], [1, 'ref', () => w.ints(o.inputs)], [2, 'ref', () => w.ints(o.outputs)], [3, 'u8', 8],
        [4, 'ref', () => w.table([[0, 'i8', 1]])],
      ])))],
      [4, 'ref', () => w.string('main')],
    ]);
  const root = w.u32(0);
  w.raw(new TextEncoder().encode('TFL3'));
  const modelAt = w.table([
    [0, 'u32', 3],
    [1, 'ref', () => w.tables([() => w.table([[0, 'i8', FC], [2, 'i32', 1], [3, 'i32', FC]])])],
    [4, 'ref', () => w.tables(bufferSizes.map((_, i) => emitBuffer(i)))],
    [2, 'ref', () => w.tables([subgraph])],
  ]);
  w.finish();
  w.patch(root, modelAt);
  return flush(w, path);
}

function flush(w, path) {
  const fd = openSync(path, 'w');
  try {
    const block = new Uint8Array(1 << 20);
    for (let i = 0; i < block.length; i++) block[i] = (i * 2654435761) >>> 24;
    for (const c of w.chunks) {
      if (c.bytes) writeSync(fd, c.bytes, 0, c.bytes.length, c.at);
      else for (let done = 0; done < c.fill; done += block.length) writeSync(fd, block, 0, Math.min(block.length, c.fill - done), c.at + done);
    }
  } finally {
    closeSync(fd);
  }
  return w.pos;
}

/**
 * A small TFLite model in memory, for tests: `tensors` [{shape, type (TensorType code), data
 * (a Uint8Array: a stored constant)}], `operators` [{code (BuiltinOperator), inputs, outputs,
 * options: [[field id, 'u8'|'i8'|'u32'|'i32', value], ...], custom (a custom op's name, with
 * code 32)}], the subgraph's `inputs` and `outputs`. Each distinct op code gets its OperatorCode.
 */
export function tfliteBytes({ tensors, operators, inputs, outputs }) {
  const w = new Writer();
  const key = (o) => (o.custom === undefined ? String(o.code) : `${o.code}/${o.custom}`);
  const keys = [...new Set(operators.map(key))];
  const codes = keys.map((k) => operators.find((o) => key(o) === k));
  const buffers = [null, ...tensors.filter((t) => t.data).map((t) => t.data)];
  let b = 0;
  const bufferOf = tensors.map((t) => (t.data ? ++b : 0));
  const root = w.u32(0);
  w.raw(new TextEncoder().encode('TFL3'));
  const subgraph = () =>
    w.table([
      [0, 'ref', () => w.tables(tensors.map((t, i) => () => w.table([[0, 'ref', () => w.ints(t.shape)], [1, 'u8', t.type ?? 0], [2, 'u32', bufferOf[i]], [3, 'ref', () => w.string(t.name ?? `t${i}`)]])))],
      [1, 'ref', () => w.ints(inputs)],
      [2, 'ref', () => w.ints(outputs)],
      [3, 'ref', () => w.tables(operators.map((o) => () => w.table([
        [0, 'u32', keys.indexOf(key(o))], [1, 'ref', () => w.ints(o.inputs)], [2, 'ref', () => w.ints(o.outputs)],
        ...(o.options ? [[4, 'ref', () => w.table(o.options)]] : []),
      ])))],
    ]);
  const modelAt = w.table([
    [0, 'u32', 3],
    [1, 'ref', () => w.tables(codes.map((o) => () => w.table([
      [0, 'i8', Math.min(o.code, 127)], ...(o.custom === undefined ? [] : [[1, 'ref', () => w.string(o.custom)]]), [2, 'i32', 1], [3, 'i32', o.code],
    ])))],
    [2, 'ref', () => w.tables([subgraph])],
    [4, 'ref', () => w.tables(buffers.map((d) => () => w.table(d ? [[0, 'ref', () => {
      w.align(16);
      const at = w.u32(d.length);
      w.raw(d);
      return at;
    }]] : [])))],
  ]);
  w.finish();
  w.patch(root, modelAt);
  const out = new Uint8Array(w.pos);
  for (const c of w.chunks) if (c.bytes) out.set(c.bytes, c.at);
  return out;
}
