import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FlopgateError } from '../src/errors.js';
import { inflate, parseIdx } from '../src/fit/idx.js';
import { verifyKnown } from '../src/fit/datasets/idx-files.js';
import { KNOWN_DATASETS } from '../src/fit/datasets/known.js';

function idx(type: number, dims: number[], data: Uint8Array | number[]): Buffer {
  const head = Buffer.alloc(4 + 4 * dims.length);
  head[2] = type;
  head[3] = dims.length;
  dims.forEach((d, i) => head.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([head, Buffer.from(data)]);
}

const fail = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FlopgateError);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('IDX files', () => {
  it('reads labels and images, gzipped or not', () => {
    const labels = idx(0x08, [3], [7, 0, 9]);
    const parsed = parseIdx(labels, 'l');
    expect(parsed.dims).toEqual([3]);
    expect([...parsed.data]).toEqual([7, 0, 9]);
    const pixels = Uint8Array.from({ length: 2 * 28 * 28 }, (_, i) => i % 256);
    const images = parseIdx(gzipSync(idx(0x08, [2, 28, 28], pixels)), 'i.gz');
    expect(images.dims).toEqual([2, 28, 28]);
    expect(Buffer.from(images.data).equals(Buffer.from(pixels))).toBe(true);
  });

  it('refuses a bad magic number, a non-byte element type, an odd rank', () => {
    expect(fail(() => parseIdx(Buffer.from([1, 0, 8, 1, 0, 0, 0, 1, 5]), 'f'))).toBe('f: not an IDX file (bad magic number)');
    expect(fail(() => parseIdx(idx(0x0d, [1], [0, 0, 0, 0]), 'f'))).toMatch(/^f: IDX element type float \(0x0d\) is not supported/);
    expect(fail(() => parseIdx(idx(0x08, [], []), 'f'))).toMatch(/rank 0 is outside 1\.\.4/);
    expect(fail(() => parseIdx(idx(0x08, [1, 1, 1, 1, 1], [1]), 'f'))).toMatch(/rank 5 is outside/);
  });

  it('checks that the data is exactly as long as the dimensions say', () => {
    expect(fail(() => parseIdx(idx(0x08, [4], [1, 2, 3]), 'f'))).toBe('f: IDX dimensions [4] need 4 data bytes, the file has 3 (truncated)');
    expect(fail(() => parseIdx(idx(0x08, [2], [1, 2, 3]), 'f'))).toBe('f: IDX dimensions [2] need 2 data bytes, the file has 3');
    expect(fail(() => parseIdx(idx(0x08, [0], []), 'f'))).toMatch(/dimension 0 is 0/);
    expect(fail(() => parseIdx(Buffer.from([0, 0, 8, 2, 0, 0]), 'f'))).toMatch(/header is truncated/);
  });

  it('bounds declared sizes and inflated sizes before allocating', () => {
    // 65536^2 bytes declared with no data: refused on the dimensions, not after a 4 GB read.
    expect(fail(() => parseIdx(idx(0x08, [65536, 65536], []), 'f'))).toMatch(/exceed \d+ bytes/);
    const bomb = gzipSync(Buffer.alloc(100_000));
    expect(fail(() => inflate(bomb, 'bomb.gz', 1000))).toBe('bomb.gz: inflates to more than 1000 bytes');
    expect(fail(() => parseIdx(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), 'x.gz'))).toMatch(/^x\.gz: not a valid gzip file/);
  });
});

describe('known-file verification', () => {
  const file = { name: 'demo-labels-idx1-ubyte', gz: '0'.repeat(64), raw: '' };
  const payload = idx(0x08, [3], [1, 2, 3]);

  it('accepts the IDX bytes by their digest, gzipped in any way or plain', async () => {
    const { createHash } = await import('node:crypto');
    const known = { ...file, raw: createHash('sha256').update(payload).digest('hex') };
    expect(Buffer.from(verifyKnown(payload, known, 'f')).equals(payload)).toBe(true);
    expect(Buffer.from(verifyKnown(gzipSync(payload, { level: 1 }), known, 'f')).equals(payload)).toBe(true);
    expect(Buffer.from(verifyKnown(gzipSync(payload, { level: 9 }), known, 'f')).equals(payload)).toBe(true);
  });

  it('names the file, the expected digests and the actual one on a mismatch', async () => {
    const { createHash } = await import('node:crypto');
    const fm = KNOWN_DATASETS['fashion-mnist'].files.testLabels;
    const msg = fail(() => verifyKnown(payload, fm, 'fashion-mnist: t10k-labels-idx1-ubyte.gz'));
    const actual = createHash('sha256').update(payload).digest('hex');
    expect(msg).toBe(
      `fashion-mnist: t10k-labels-idx1-ubyte.gz: SHA-256 mismatch: expected ${fm.gz} (gzipped, or ${fm.raw} uncompressed), got ${actual}`,
    );
    // A file that is not even gzip still gets the digest message, not a zlib error.
    expect(fail(() => verifyKnown(Buffer.from([0x1f, 0x8b, 1, 2, 3]), fm, 'x'))).toMatch(/^x: SHA-256 mismatch: /);
  });
});

describe('dataset idx: any four IDX files from a directory', () => {
  /** Two-class toy images (bright top half or bright bottom half) the fit can learn at once. */
  function toy(n: number, seed: number): { images: Buffer; labels: Buffer } {
    const images = Buffer.alloc(n * 784);
    const labels = Buffer.alloc(n);
    for (let i = 0; i < n; i++) {
      const label = (i * 7 + seed) % 2;
      labels[i] = label;
      for (let p = label ? 392 : 0; p < (label ? 784 : 392); p++) images[i * 784 + p] = 255;
    }
    return { images, labels };
  }

  it('trains from them, gzipped or not, without digests', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runFit } = await import('../src/fit/run.js');
    const { inlineSpec } = await import('../src/keras/inline.js');
    const dir = mkdtempSync(join(tmpdir(), 'flopgate-idx-'));
    try {
      const train = toy(300, 0);
      const test = toy(100, 1);
      writeFileSync(join(dir, 'train-images-idx3-ubyte.gz'), gzipSync(idx(0x08, [300, 28, 28], train.images)));
      writeFileSync(join(dir, 'train-labels-idx1-ubyte'), idx(0x08, [300], train.labels));
      writeFileSync(join(dir, 't10k-images.idx3-ubyte'), idx(0x08, [100, 28, 28], test.images));
      writeFileSync(join(dir, 't10k-labels-idx1-ubyte.gz'), gzipSync(idx(0x08, [100], test.labels)));
      const spec = inlineSpec([{ flatten: { input_shape: [28, 28] } }, { dense: { units: 10, activation: 'softmax' } }], 'i');
      const cfg = {
        dataset: 'idx',
        path: dir,
        epochs: 2,
        batch_size: 16,
        train_samples: 300,
        validation_samples: 100,
        seed: 1,
        optimizer: 'adam',
        loss: 'categorical_crossentropy',
        backend: 'cpu' as const,
      };
      const r = await runFit(spec, [[28, 28]], cfg, () => {});
      expect(r.status === 'ok' && r.accuracy).toBe(1);
      const more = await runFit(spec, [[28, 28]], { ...cfg, train_samples: 301 }, () => {}).catch((e: Error) => e.message);
      expect(more).toBe('fit: idx has 300 training images; train_samples is 301');
      writeFileSync(join(dir, 't10k-labels-idx1-ubyte.gz'), gzipSync(idx(0x08, [100], Buffer.alloc(100, 12))));
      const badLabel = await runFit(spec, [[28, 28]], cfg, () => {}).catch((e: Error) => e.message);
      expect(badLabel).toBe('fit: idx t10k label 0 is 12; the fit trains 10 classes (0..9)');
      writeFileSync(join(dir, 't10k-labels-idx1-ubyte.gz'), gzipSync(idx(0x08, [99], Buffer.alloc(99))));
      const short = await runFit(spec, [[28, 28]], cfg, () => {}).catch((e: Error) => e.message);
      expect(short).toBe('fit: idx t10k labels have shape [99], expected [100] to match the images');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
