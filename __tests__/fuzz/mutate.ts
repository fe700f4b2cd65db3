/**
 * Mutations, as fast-check arbitraries so that a run is reproducible from its seed: first on
 * the seed's data (format-aware: a value replaced by a hostile one, a key renamed to
 * `__proto__`, a list made long, a subtree moved), then on the encoded bytes (bit flips,
 * truncation, insertion, a range deleted or repeated, a boundary value written over).
 */
import fc from 'fast-check';

/** Values that have broken readers: wrong types, boundaries, prototype keys, huge numbers. */
const HOSTILE: unknown[] = [
  0, -1, 1, 2, 3, 7, 28.5, -0.5, 2 ** 31, 2 ** 31 + 1, 2 ** 53 + 2, 1e308, -1e308, 1e-300,
  '', '28', 'NaN', 'Infinity', '-1', '9'.repeat(40), 'a'.repeat(3000), '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty',
  'same', 'valid', 'relu', 'channels_first', 'Dense', 'Conv2D', 'Flatten', 'InputLayer', 'Sequential', 'Functional', 'Conv', 'Gemm', 'MatMul', 'Loop',
  true, false, null, [], {}, [null], [0], [-1], [1, 2, 3], [[28]], { a: 1 }, { __proto__: null, constructor: 1 },
];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '', 'name', 'config', 'layers', 'class_name', 'inbound_nodes', 'batch_shape', 'input_shape', 'dims', 'op', 'inputs', 'outputs', 'units', 'kernel_size'];

export type StructOp =
  | { kind: 'replace'; at: number; value: number }
  | { kind: 'delete'; at: number }
  | { kind: 'repeat'; at: number; times: number }
  | { kind: 'rename'; at: number; key: number }
  | { kind: 'move'; at: number; from: number };

export type ByteOp =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'cut'; at: number; len: number }
  | { kind: 'dup'; at: number; len: number; times: number }
  | { kind: 'word'; at: number; value: number };

export interface Plan {
  seed: number;
  struct: StructOp[];
  bytes: ByteOp[];
}

const at = fc.nat();
export const structOp: fc.Arbitrary<StructOp> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('replace' as const), at, value: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), at, times: fc.integer({ min: 2, max: 300 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), at, key: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), at, from: fc.nat() }) },
);
export const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), at, byte: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at, len: fc.integer({ min: 1, max: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dup' as const), at, len: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 1, max: 64 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('word' as const), at, value: fc.constantFrom(0, 1, 0x7f, 0x80, 0xff, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff) }) },
);

/** A plan: a seed, then some structured and some byte mutations (at least one of them). */
export const plan: fc.Arbitrary<Plan> = fc
  .record({ seed: fc.nat(), struct: fc.array(structOp, { maxLength: 3 }), bytes: fc.array(byteOp, { maxLength: 3 }) })
  .filter((p) => p.struct.length + p.bytes.length > 0);

type Slot = { parent: unknown[] | Record<string, unknown>; key: string | number };

/** Every place in the tree a value sits, breadth-first, up to a bound. */
function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const queue: unknown[] = [root];
  while (queue.length && out.length < 5000) {
    const v = queue.shift();
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : v && typeof v === 'object' ? Object.entries(v) : [];
    for (const [key, x] of entries) {
      out.push({ parent: v as Slot['parent'], key });
      queue.push(x);
    }
  }
  return out;
}

const get = (s: Slot) => (s.parent as Record<string | number, unknown>)[s.key];
const put = (s: Slot, v: unknown) => {
  // defineProperty: a key named __proto__ becomes an own key, as JSON.parse would make it.
  Object.defineProperty(s.parent, s.key, { value: v, enumerable: true, writable: true, configurable: true });
};

/** The seed's data with the structured mutations applied (on a deep copy). */
export function mutateValue(seed: unknown, ops: StructOp[]): unknown {
  const root = { v: structuredClone(seed) };
  for (const op of ops) {
    const all = slots(root);
    const s = all[op.at % all.length];
    if (!s) continue;
    switch (op.kind) {
      case 'replace':
        put(s, structuredClone(HOSTILE[op.value % HOSTILE.length]));
        break;
      case 'delete':
        if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
        else if (s.parent !== root) delete (s.parent as Record<string, unknown>)[s.key];
        break;
      case 'repeat': {
        const v = get(s);
        if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 0, ...Array.from({ length: op.times }, () => structuredClone(v)));
        else put(s, Array.from({ length: op.times }, () => structuredClone(v)));
        break;
      }
      case 'rename':
        if (!Array.isArray(s.parent) && s.parent !== root) {
          const v = get(s);
          delete (s.parent as Record<string, unknown>)[s.key];
          put({ parent: s.parent, key: HOSTILE_KEYS[op.key % HOSTILE_KEYS.length]! }, v);
        }
        break;
      case 'move': {
        const from = all[op.from % all.length]!;
        put(s, structuredClone(get(from)));
        break;
      }
    }
  }
  return root.v;
}

/** The encoded bytes with the byte mutations applied. */
export function mutateBytes(bytes: Uint8Array, ops: ByteOp[]): Uint8Array {
  let b = Buffer.from(bytes);
  for (const op of ops) {
    const n = b.length;
    if (n === 0) break;
    const i = op.at % n;
    switch (op.kind) {
      case 'flip': b[i] ^= 1 << op.bit; break;
      case 'set': b[i] = op.byte; break;
      case 'truncate': b = b.subarray(0, i); break;
      case 'insert': b = Buffer.concat([b.subarray(0, i), Buffer.from(op.bytes), b.subarray(i)]); break;
      case 'cut': b = Buffer.concat([b.subarray(0, i), b.subarray(i + op.len)]); break;
      case 'dup': {
        const piece = b.subarray(i, i + op.len);
        b = Buffer.concat([b.subarray(0, i), ...Array.from({ length: op.times }, () => piece), b.subarray(i)]);
        break;
      }
      case 'word': {
        const w = Buffer.alloc(4);
        w.writeUInt32LE(op.value >>> 0);
        b = Buffer.from(b);
        w.copy(b, i, 0, Math.min(4, n - i));
        break;
      }
    }
  }
  return b;
}
