import { describe, expect, it } from 'vitest';
import { parseAccuracy, parseCount, parseIncrease } from '../src/config/limits.js';

const value = <T,>(p: { ok: true; value: T } | { ok: false; reason: string }) => (p.ok ? p.value : `error: ${p.reason}`);

describe('parseCount', () => {
  it.each([
    [179050, 179050],
    ['200k', 200_000],
    ['200K', 200_000],
    ['1.5M', 1_500_000],
    ['4.1 G', 4_100_000_000],
    ['2T', 2e12],
    ['1.1k', 1100],
    ['1e6', 1e6],
    [' 90000 ', 90000],
    [0, 0],
  ])('%j → %d', (input, expected) => {
    expect(value(parseCount(input))).toBe(BigInt(expected));
  });

  it.each([
    ['2.5e18', 2_500_000_000_000_000_000n],
    ['12345678901234567890123', 12_345_678_901_234_567_890_123n],
    ['99999999999T', 99_999_999_999_000_000_000_000n],
    ['9.007199254740993P', 9_007_199_254_740_993n],
  ])('%j → %s exactly, beyond 2^53', (input, expected) => {
    expect(value(parseCount(input))).toBe(expected);
  });

  it.each([
    ['200q', /unknown suffix "q"/],
    ['5m', /unknown suffix "m"/],
    ['2B', /unknown suffix "B"/],
    ['k', /not a count/],
    ['-5k', /not a count/],
    ['1.2.3k', /not a count/],
    [-1, /non-negative/],
    [true, /got boolean true/],
    [null, /got null/],
    [[1], /got a list/],
    ['1' + '0'.repeat(45), /too large/],
    ['1.2345k', /not a whole number/],
    [2.5, /not a whole number/],
    [2 ** 53 + 2, /beyond 2\^53.*string/],
  ])('%j is refused', (input, reason) => {
    const p = parseCount(input);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason).toMatch(reason);
  });
});

describe('parseIncrease', () => {
  it.each([
    ['5%', 0.05],
    ['0.5 %', 0.005],
    ['150%', 1.5],
    [0.05, 0.05],
    [0, 0],
    [1, 1],
  ])('%j → %d', (input, expected) => {
    expect(value(parseIncrease(input))).toBe(expected);
  });

  it('refuses a bare number above 1, which is almost surely a percentage', () => {
    const p = parseIncrease(5);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason).toContain('write "5%"');
  });

  it.each([['5'], ['five%'], ['5 percent'], [-0.1], [{}]])('%j is refused', (input) => {
    expect(parseIncrease(input).ok).toBe(false);
  });
});

describe('parseAccuracy', () => {
  it.each([
    [0.95, 0.95],
    ['95%', 0.95],
    ['97.5%', 0.975],
    [1, 1],
  ])('%j → %d', (input, expected) => {
    expect(value(parseAccuracy(input))).toBe(expected);
  });
  it.each([[1.5], [95], ['150%'], ['high'], [-0.1]])('%j is refused', (input) => {
    expect(parseAccuracy(input).ok).toBe(false);
  });
});
