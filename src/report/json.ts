/**
 * JSON with exact integers. Counts are bigints: JSON numbers have no precision limit, so a
 * count beyond 2^53 is written with all its digits (JSON.stringify refuses bigints, and a
 * Number would round them). Readers that need the digits parse with a reviver that keeps them
 * (Python's json does by default).
 *
 * The text is JSON.stringify's, byte for byte. A replacer function would be called for every key
 * of every layer row and cost more than a large graph's analysis, so BigInt.prototype.toJSON is
 * defined for the duration of one synchronous call instead (and removed after it): it is called
 * for bigints only, and gives the Number with the same digits, or, past 2^53, a placeholder
 * string holding the digits, which is then replaced by them. The placeholder carries a random
 * nonce drawn for the call, so a name in a model file cannot pose as one.
 *
 * A large report is written in pieces (`writeJson`): the members of its top levels one at a
 * time, so 400k layer rows never become one 100 MB string.
 */
export function toJson(value: unknown, indent?: number): string {
  const parts: string[] = [];
  writeJson(value, indent, (s) => parts.push(s));
  return parts.join('');
}

/** Levels whose members are written one by one (a check report's models, then their layers). */
const STREAMED_DEPTH = 3;
/** Pieces are handed to `write` in chunks of about this many characters. */
const CHUNK = 1 << 20;

/** The same text as toJson, handed to `write` in pieces of about a megabyte. */
export function writeJson(value: unknown, indent: number | undefined, write: (s: string) => void): void {
  const nonce = Math.random().toString(36).slice(2, 12) + Math.random().toString(36).slice(2, 12);
  const mark = `bigint-${nonce}:`;
  const placeholder = new RegExp(`"${mark}(-?\\d+)"`, 'g');
  let inexact = false;
  const proto = BigInt.prototype as { toJSON?: unknown };
  const before = Object.getOwnPropertyDescriptor(proto, 'toJSON');
  Object.defineProperty(proto, 'toJSON', {
    configurable: true,
    writable: true,
    value(this: bigint) {
      if (this <= MAX_EXACT && this >= -MAX_EXACT) return Number(this);
      inexact = true;
      return `${mark}${this}`;
    },
  });
  let pending: string[] = [];
  let size = 0;
  const emit = (s: string) => {
    pending.push(s);
    size += s.length;
    if (size >= CHUNK) flush();
  };
  const flush = () => {
    if (!pending.length) return;
    let text = pending.join('');
    if (inexact) text = text.replace(placeholder, '$1');
    pending = [];
    size = 0;
    write(text);
  };
  try {
    piece(value, indent ? ' '.repeat(indent) : '', '\n', 0, emit);
    flush();
  } finally {
    if (before) Object.defineProperty(proto, 'toJSON', before);
    else delete proto.toJSON;
  }
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/** Values JSON leaves out of an object (and writes as null in an array). */
function absent(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** A long array is written this many members per JSON.stringify call. */
const SLICE = 2048;

const INEXACT = Symbol('a bigint past 2^53');

/**
 * `v` with its bigints as Numbers, copied only where it holds one (a shape array is passed as
 * it is), or INEXACT when one is past 2^53. JSON.stringify then runs without calling back into
 * JavaScript once per bigint, which costs a microsecond each: 2 s for a graph of 400k nodes.
 */
function withNumbers(v: unknown, depth: number): unknown {
  if (typeof v === 'bigint') return v <= MAX_EXACT && v >= -MAX_EXACT ? Number(v) : INEXACT;
  if (typeof v !== 'object' || v === null || depth > 32) return v;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x !== 'bigint' && (typeof x !== 'object' || x === null)) continue;
      const y = withNumbers(x, depth + 1);
      if (y === INEXACT) return INEXACT;
      if (y !== x) (out ??= v.slice())[i] = y;
    }
    return out ?? v;
  }
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function' || Object.getPrototypeOf(v) !== Object.prototype) return v;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[key];
    if (typeof x !== 'bigint' && (typeof x !== 'object' || x === null)) continue;
    const y = withNumbers(x, depth + 1);
    if (y === INEXACT) return INEXACT;
    // A spread defines each key as the object's own (a key named __proto__ included), so the
    // assignment after it sets that key, never the prototype.
    if (y !== x) (out ??= { ...(v as Record<string, unknown>) })[key] = y;
  }
  return out ?? v;
}

/**
 * What JSON.stringify writes for `v` where it sits `depth` containers deep. Rather than indent
 * its lines afterwards (replaceAll over megabytes costs more than the stringify), `v` is
 * stringified inside `depth` one-key wrappers, which indent it as the document does, and the
 * wrappers' text is cut off again: its length is measured once per depth, on the number 0.
 */
function stringified(v: unknown, step: string, depth: number): string {
  const plain = withNumbers(v, 0);
  const value = absent(v) ? null : plain === INEXACT ? v : plain;
  if (!step || depth === 0) return JSON.stringify(value, null, step);
  const [before, after] = wrapperLengths(step, depth);
  const text = JSON.stringify(wrap(value, depth), null, step);
  return text.slice(before, text.length - after);
}

function wrap(v: unknown, depth: number): unknown {
  let w = v;
  for (let i = 0; i < depth; i++) w = { w };
  return w;
}

const wrappers = new Map<string, [number, number]>();

function wrapperLengths(step: string, depth: number): [number, number] {
  const key = `${step.length}:${depth}`;
  let lengths = wrappers.get(key);
  if (!lengths) {
    const text = JSON.stringify(wrap(0, depth), null, step);
    const at = text.indexOf('0');
    lengths = [at, text.length - at - 1];
    wrappers.set(key, lengths);
  }
  return lengths;
}

/**
 * `v` as JSON.stringify(v, null, step) writes it at a nesting whose lines start with `nl`: the
 * top levels member by member (a long array SLICE members at a time), anything deeper, and
 * any short array of plain values, by one JSON.stringify call.
 */
function piece(v: unknown, step: string, nl: string, depth: number, emit: (s: string) => void): void {
  const streamed = depth < STREAMED_DEPTH && typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
  if (!streamed) {
    emit(stringified(v, step, depth));
    return;
  }
  const inner = step ? nl + step : '';
  if (Array.isArray(v)) {
    const nested = v.length > 0 && typeof v[0] === 'object' && v[0] !== null;
    if (v.length === 0 || (v.length <= SLICE && !nested)) {
      emit(stringified(v, step, depth));
      return;
    }
    emit('[');
    if (v.length > SLICE) {
      for (let i = 0; i < v.length; i += SLICE) {
        // A slice's own text, without its brackets, is its members as the whole array has them.
        const text = stringified(v.slice(i, i + SLICE), step, depth);
        emit(i ? `,${inner}` : inner);
        emit(step ? text.slice(1 + inner.length, text.length - 1 - nl.length) : text.slice(1, -1));
      }
    } else {
      for (let i = 0; i < v.length; i++) {
        emit(i ? `,${inner}` : inner);
        piece(v[i], step, inner, depth + 1, emit);
      }
    }
    emit(step ? `${nl}]` : ']');
    return;
  }
  let first = true;
  emit('{');
  for (const key of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[key];
    if (absent(x)) continue;
    emit(`${first ? inner : `,${inner}`}${JSON.stringify(key)}${step ? ': ' : ':'}`);
    first = false;
    piece(x, step, inner, depth + 1, emit);
  }
  emit(first ? '}' : step ? `${nl}}` : '}');
}
