import { expect } from 'vitest';

/**
 * Counts are bigints (exact at any size); reference figures in tables and manifests are
 * written as numbers. In toEqual and friends, a bigint equals a number when both denote the
 * same integer (a number that is not a safe integer never equals one: it is no exact count).
 * Types are checked by tsc; this compares values.
 */
expect.addEqualityTesters([
  function exactCount(a: unknown, b: unknown): boolean | undefined {
    if (typeof a === 'bigint' && typeof b === 'number') return Number.isSafeInteger(b) && a === BigInt(b);
    if (typeof a === 'number' && typeof b === 'bigint') return Number.isSafeInteger(a) && BigInt(a) === b;
    return undefined;
  },
]);
