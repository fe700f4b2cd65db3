import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, grouped } from '../src/report/format.js';

// grouped() formats by hand (Intl costs ~15 ms of start-up on every run); Intl is the reference.
const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const reference = (x: number | bigint) => {
  const s = intl.format(x);
  // Intl writes a negative that rounds to zero as "-0"; a count never reads that way.
  return s === '-0' ? '0' : s;
};

describe('grouped', () => {
  it('writes what Intl.NumberFormat en-US writes, for any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(grouped(x)).toBe(reference(x));
    }), { numRuns: 20000 });
  });

  it('writes what Intl.NumberFormat en-US writes, for two-decimal ties and integers', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(1, 10, 100, 1000), (k, d) => {
      expect(grouped(k / d)).toBe(reference(k / d));
    }), { numRuns: 20000 });
  });

  it('writes every digit of a bigint', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), (b) => {
      expect(grouped(b)).toBe(reference(b));
    }));
    expect(grouped(179050)).toBe('179,050');
    expect(grouped(2n ** 64n)).toBe('18,446,744,073,709,551,616');
  });

  it('rounds as the number is written, half away from zero', () => {
    expect(grouped(0.015)).toBe('0.02');
    expect(grouped(-2.675)).toBe('-2.68');
    expect(grouped(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(grouped(-0.004)).toBe('0');
    expect(count(84550)).toBe('84,550');
  });
});
