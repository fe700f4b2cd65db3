import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJson, writeJson } from '../src/report/json.js';

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

  it('a large report is handed over in pieces of about a megabyte, which join to the same text', () => {
    const report = { name: 'chain', flops: 2n ** 60n, layers: Array.from({ length: 20_000 }, (_, i) => ({ index: i, name: `n${i}`, input_shape: [1, 8], ops: { relu: 8n }, flops: BigInt(i) })) };
    const pieces: string[] = [];
    writeJson(report, 2, (s) => pieces.push(s));
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 ** 21);
    const plain = JSON.stringify({ ...report, flops: 'BIG', layers: report.layers.map((l) => ({ ...l, ops: { relu: 8 }, flops: Number(l.flops) })) }, null, 2).replace('"BIG"', (2n ** 60n).toString());
    expect(pieces.join('')).toBe(plain);
  });

  it('a name that spells the placeholder stays a string: the nonce is drawn per call', () => {
    const text = toJson({ flops: 2n ** 64n, names: ['bigint-0123456789abcdefghij:5', 'bigint-:5'] });
    expect(JSON.parse(text).names).toEqual(['bigint-0123456789abcdefghij:5', 'bigint-:5']);
    expect(text).toContain('"flops":18446744073709551616');
  });

  it('leaves BigInt.prototype as it found it, also when a value throws', () => {
    expect(Object.getOwnPropertyDescriptor(BigInt.prototype, 'toJSON')).toBeUndefined();
    const bad = { get x() { throw new Error('boom'); } };
    expect(() => toJson({ a: [bad] }, 2)).toThrow('boom');
    expect(Object.getOwnPropertyDescriptor(BigInt.prototype, 'toJSON')).toBeUndefined();
  });
});
