import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/report/json.js';

const BIG = 2n ** 70n + 1n;

describe('toJson', () => {
  it('writes what JSON.stringify writes, compact and indented', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (v, indent) => {
      expect(toJson(v, indent)).toBe(JSON.stringify(v, null, indent));
    }), { numRuns: 3000 });
  });

  it('a count past 2^53 keeps every digit, and the rest is still what JSON.stringify writes', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (v, indent) => {
      const expected = JSON.stringify({ flops: 'PLACEHOLDER', v }, null, indent).replace('"PLACEHOLDER"', BIG.toString());
      expect(toJson({ flops: BIG, v }, indent)).toBe(expected);
    }), { numRuns: 3000 });
  });

  it('bigints within 2^53 and beyond, and strings that look like one stay strings', () => {
    expect(toJson({ flops: BIG, name: '1180591620717411303425' })).toBe('{"flops":1180591620717411303425,"name":"1180591620717411303425"}');
    expect(toJson([BIG, -5n])).toBe('[1180591620717411303425,-5]');
    expect(toJson({ a: 2n ** 53n - 1n, b: -(2n ** 53n) })).toBe('{"a":9007199254740991,"b":-9007199254740992}');
    expect(JSON.parse(toJson({ a: 179050n }, 2))).toEqual({ a: 179050 });
  });

  it('drops what JSON drops, in both paths', () => {
    const v = { gone: undefined, f: () => 0, n: NaN, s: [undefined, Infinity], d: new Date(0) };
    expect(toJson(v, 2)).toBe(JSON.stringify(v, null, 2));
    expect(toJson({ ...v, big: BIG }, 2)).toBe(JSON.stringify({ ...v, big: 0 }, null, 2).replace(/0\n}$/, `${BIG}\n}`));
  });
});
