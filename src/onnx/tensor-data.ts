import { I64, LEN, VARINT, type WireReader } from '../containers/protobuf.js';
import { MAX_FOLD } from '../core/tensor.js';
import { DT } from './dtypes.js';
import type { TensorRef } from './ir.js';

function half(bits: number): number {
  const s = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

function decodeRaw(b: Uint8Array, t: number, n: number): number[] | undefined {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    switch (t) {
      case DT.FLOAT: out[i] = dv.getFloat32(4 * i, true); break;
      case DT.DOUBLE: out[i] = dv.getFloat64(8 * i, true); break;
      case DT.INT64: out[i] = Number(dv.getBigInt64(8 * i, true)); break;
      case DT.UINT64: out[i] = Number(dv.getBigUint64(8 * i, true)); break;
      case DT.INT32: out[i] = dv.getInt32(4 * i, true); break;
      case DT.UINT32: out[i] = dv.getUint32(4 * i, true); break;
      case DT.INT16: out[i] = dv.getInt16(2 * i, true); break;
      case DT.UINT16: out[i] = dv.getUint16(2 * i, true); break;
      case DT.INT8: out[i] = dv.getInt8(i); break;
      case DT.UINT8: case DT.BOOL: out[i] = dv.getUint8(i); break;
      case DT.FLOAT16: out[i] = half(dv.getUint16(2 * i, true)); break;
      case DT.BFLOAT16: out[i] = new Float32Array(new Uint32Array([dv.getUint16(2 * i, true) << 16]).buffer)[0]; break;
      default: return undefined;
    }
  }
  return out;
}

/** Typed fields hold 16-bit floats as their bit patterns in int32_data. */
function fromInt32Field(v: number, t: number): number {
  if (t === DT.FLOAT16) return half(v & 0xffff);
  if (t === DT.BFLOAT16) return new Float32Array(new Uint32Array([(v & 0xffff) << 16]).buffer)[0];
  return v;
}

/**
 * The values of a small tensor, or undefined when they cannot or need not be had: stored in an
 * external file (never opened), too many to be shape arithmetic, or of a type shapes never use.
 */
export async function loadTensorData(r: WireReader, t: TensorRef, max = MAX_FOLD): Promise<number[] | undefined> {
  if (t.values) return t.values;
  if (t.external || t.elements > max) return undefined;
  if (t.elements === 0) return [];
  // Read a little past the values: exporters store small constants side by side, and the
  // next one a Reshape or Slice needs is then already loaded.
  return r.run(r.size, () => decodeData(r, t));
}

/** Decode the values of `t` from loaded bytes (inside `WireReader.run`). */
export function decodeData(r: WireReader, t: TensorRef): number[] | undefined {
  if (t.external) return undefined;
  const out: number[] = [];
  const what = `values of tensor "${t.name}"`;
  for (const d of t.data) {
    if (d.no === 9) return decodeRaw(r.bytes(d.start, d.end, what), t.dataType, t.elements);
    const f = { no: d.no, wire: d.wire, start: d.start, end: d.end, value: 0, signed: 0 };
    if (d.no === 4) {
      r.floats(f, what, out, t.elements);
    } else if (d.no === 10) {
      if (d.wire === I64) out.push(r.float64(d.start));
      else if (d.wire === LEN) {
        for (let p = d.start; p + 8 <= d.end && out.length < t.elements; p += 8) out.push(r.float64(p));
      }
    } else if (d.no === 5 || d.no === 7 || d.no === 11) {
      if (d.wire === VARINT) {
        // Unpacked: the value was not kept with the field position; read it again.
        const v = r.varint(d.start, d.end, what);
        out.push(d.no === 5 ? fromInt32Field(v.signed, t.dataType) : d.no === 11 ? v.value : v.signed);
      } else if (d.wire === LEN) {
        const vals: number[] = [];
        r.ints(f, what, vals, t.elements);
        for (const v of vals) out.push(d.no === 5 ? fromInt32Field(v, t.dataType) : v);
      } else return undefined;
    }
    if (out.length > t.elements) return undefined;
  }
  return out.length === t.elements ? out : undefined;
}
