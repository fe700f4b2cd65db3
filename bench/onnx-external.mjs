// Makes a weights-free twin of an ONNX model for the benchmark: every large initializer loses
// its values and points, as ONNX external data does, at `<dst>.weights`, a file that is never
// written. Analysing the twin must give the same figures as the original, since flopgate
// reads dims, never values. Plain protobuf rewriting; imports nothing from the project.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** Initializers with more data bytes than this move out; small ones (shape constants) stay. */
const INLINE_MAX = 1024;
const DATA_FIELDS = new Set([4, 5, 6, 7, 9, 10, 11]); // float/int32/string/int64/raw/double/uint64 data

function readVarint(buf, pos) {
  let value = 0;
  for (let i = 0; i < 10; i++) {
    const b = buf[pos + i];
    if (b === undefined) throw new Error(`truncated varint at byte ${pos}`);
    value += (b & 0x7f) * 2 ** (7 * i);
    if ((b & 0x80) === 0) return [value, pos + i + 1];
  }
  throw new Error(`endless varint at byte ${pos}`);
}

function varint(n) {
  const out = [];
  let v = n;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 0x80;
    out.push(b);
  } while (v > 0);
  return Buffer.from(out);
}

/** Fields of a message as { no, wire, raw (the whole field, tag included), body (LEN payload) }. */
function fields(buf, start, end) {
  const out = [];
  let pos = start;
  while (pos < end) {
    const [tag, p1] = readVarint(buf, pos);
    const no = Math.floor(tag / 8);
    const wire = tag % 8;
    let next;
    let body;
    if (wire === 0) next = readVarint(buf, p1)[1];
    else if (wire === 1) next = p1 + 8;
    else if (wire === 5) next = p1 + 4;
    else if (wire === 2) {
      const [len, p2] = readVarint(buf, p1);
      next = p2 + len;
      body = buf.subarray(p2, next);
    } else throw new Error(`unsupported wire type ${wire} at byte ${pos}`);
    if (next > end) throw new Error(`field ${no} at byte ${pos} runs past its message`);
    out.push({ no, wire, raw: buf.subarray(pos, next), body });
    pos = next;
  }
  return out;
}

function lenField(no, body) {
  return Buffer.concat([varint(no * 8 + 2), varint(body.length), body]);
}

function stringField(no, s) {
  return lenField(no, Buffer.from(s, 'utf8'));
}

/** The tensor with its values replaced by an external_data reference, or null to keep it. */
function externalize(tensor, location, offset) {
  const fs = fields(tensor, 0, tensor.length);
  const dataBytes = fs.filter((f) => DATA_FIELDS.has(f.no)).reduce((a, f) => a + (f.body ? f.body.length : f.raw.length), 0);
  if (dataBytes <= INLINE_MAX) return null;
  const kept = fs.filter((f) => !DATA_FIELDS.has(f.no) && f.no !== 13 && f.no !== 14).map((f) => f.raw);
  const entry = (k, v) => lenField(13, Buffer.concat([stringField(1, k), stringField(2, v)]));
  const body = Buffer.concat([
    ...kept,
    entry('location', location),
    entry('offset', String(offset)),
    entry('length', String(dataBytes)),
    Buffer.concat([varint(14 * 8), varint(1)]), // data_location = EXTERNAL
  ]);
  return { body, dataBytes };
}

/**
 * Write a copy of `srcPath` at `dstPath` whose large initializers keep their names, types and
 * dims but hold no values (data_location = EXTERNAL, location `<dst>.weights`, never created).
 * Returns how many initializers moved out and how many value bytes they held.
 */
export async function writeExternalDataCopy(srcPath, dstPath) {
  const buf = await readFile(srcPath);
  const location = `${basename(dstPath)}.weights`;
  let offset = 0;
  let moved = 0;
  const graphOut = (graph) =>
    Buffer.concat(
      fields(graph, 0, graph.length).map((f) => {
        if (f.no !== 5 || f.wire !== 2) return f.raw;
        const ext = externalize(f.body, location, offset);
        if (!ext) return f.raw;
        offset += ext.dataBytes;
        moved++;
        return lenField(5, ext.body);
      }),
    );
  const model = Buffer.concat(fields(buf, 0, buf.length).map((f) => (f.no === 7 && f.wire === 2 ? lenField(7, graphOut(f.body)) : f.raw)));
  await writeFile(dstPath, model);
  // The point of the copy: its weights file must not exist.
  await rm(`${dstPath}.weights`, { force: true });
  return { initializers: moved, bytes: offset };
}
