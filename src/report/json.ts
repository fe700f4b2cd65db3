import { randomUUID } from 'node:crypto';

/**
 * JSON with exact integers. Counts are bigints: JSON numbers have no precision limit, so a
 * count beyond 2^53 is written with all its digits (JSON.stringify refuses bigints, and a
 * Number would round them). Readers that need the digits parse with a reviver that keeps them
 * (Python's json does by default).
 */
export function toJson(value: unknown, indent?: number): string {
  // Each bigint goes through a placeholder string; a nonce per call keeps a name in a model
  // file from posing as one.
  const mark = `bigint:${randomUUID()}:`;
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${mark}${v}` : v), indent);
  return text.split(`"${mark}`).map((part, i) => (i === 0 ? part : part.replace(/^(-?\d+)"/, '$1'))).join('');
}
