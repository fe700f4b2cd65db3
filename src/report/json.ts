/**
 * JSON with exact integers. Counts are bigints: JSON numbers have no precision limit, so a
 * count beyond 2^53 is written with all its digits (JSON.stringify refuses bigints, and a
 * Number would round them). Readers that need the digits parse with a reviver that keeps them
 * (Python's json does by default).
 *
 * JSON.stringify's replacer would be called for every key of every layer row, and cost more
 * than a large graph's analysis, as would copying the report with Numbers for bigints. Instead
 * BigInt.prototype.toJSON is defined for the one synchronous JSON.stringify call (and removed
 * after it): it is called for bigints only, and gives the Number with the same digits. Only a
 * report with a count past 2^53, which no Number holds exactly, is written by hand.
 */
export function toJson(value: unknown, indent?: number): string {
  const proto = BigInt.prototype as { toJSON?: unknown };
  const before = Object.getOwnPropertyDescriptor(proto, 'toJSON');
  let inexact = false;
  Object.defineProperty(proto, 'toJSON', {
    configurable: true,
    writable: true,
    value(this: bigint) {
      if (this > MAX_EXACT || this < -MAX_EXACT) inexact = true;
      return Number(this);
    },
  });
  let text: string;
  try {
    text = JSON.stringify(value, null, indent);
  } finally {
    if (before) Object.defineProperty(proto, 'toJSON', before);
    else delete proto.toJSON;
  }
  if (!inexact) return text;
  const out: string[] = [];
  write(out, value, indent ? ' '.repeat(indent) : '', '\n');
  return out.join('');
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

function scalar(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      return v === null ? 'null' : undefined;
  }
}

/** Values JSON leaves out of an object (and writes as null in an array). */
function absent(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** What JSON.stringify(v, null, step) writes, with every bigint's digits. */
function write(out: string[], v: unknown, step: string, nl: string): void {
  const s = scalar(v);
  if (s !== undefined) {
    out.push(s);
    return;
  }
  if (absent(v)) {
    out.push('null');
    return;
  }
  const o = v as { toJSON?: () => unknown };
  if (typeof o.toJSON === 'function') {
    write(out, o.toJSON(), step, nl);
    return;
  }
  const inner = step ? nl + step : '';
  if (Array.isArray(v)) {
    if (v.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[');
    v.forEach((x, i) => {
      out.push(i ? `,${inner}` : inner);
      write(out, absent(x) ? null : x, step, inner);
    });
    out.push(step ? `${nl}]` : ']');
    return;
  }
  let first = true;
  out.push('{');
  for (const key of Object.keys(o)) {
    const x = (o as Record<string, unknown>)[key];
    if (absent(x)) continue;
    out.push(first ? inner : `,${inner}`, JSON.stringify(key), step ? ': ' : ':');
    first = false;
    write(out, x, step, inner);
  }
  out.push(first ? '}' : step ? `${nl}}` : '}');
}
