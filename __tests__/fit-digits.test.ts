import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { embeddedMnist } from '../src/fit/datasets/embedded.js';

interface RawDigits {
  raw: number[];
}

describe('the embedded digits', () => {
  it('hold exactly the mnist package digits, every pixel and label', async () => {
    const pkg = createRequire(import.meta.url)('mnist') as RawDigits[];
    // All 10,000 as validation with no shuffle leaves order to the seed; compare as multisets per class instead.
    const split = await embeddedMnist(0, 10_000, 1);
    const v = split.validation;
    expect(v.count).toBe(10_000);
    const sums = new Float64Array(10);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < v.count; i++) {
      counts[v.labels[i]]++;
      for (let j = 0; j < 784; j++) sums[v.labels[i]] += v.pixels[i * 784 + j];
    }
    for (let c = 0; c < 10; c++) {
      const raw = pkg[c].raw;
      expect(counts[c]).toBe(raw.length / 784);
      const want = raw.reduce((a, x) => a + Math.fround(x), 0);
      expect(sums[c]).toBeCloseTo(want, 3);
    }
    // One digit exactly: the first validation sample equals some digit of its class bit for bit.
    const first = Array.from(v.pixels.subarray(0, 784));
    const raw = pkg[v.labels[0]].raw;
    let found = false;
    for (let k = 0; k < raw.length / 784 && !found; k++) {
      found = raw.slice(k * 784, (k + 1) * 784).every((x, j) => Math.fround(x) === first[j]);
    }
    expect(found).toBe(true);
  });
});
