import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { FlopgateError } from '../../errors.js';
import { permutation, seededRng } from '../random.js';
import { CLASSES, PIXELS, pick, type DatasetSplit } from './digits.js';

interface Pool {
  images: Float32Array;
  labels: Uint8Array;
}

let pool: Pool | undefined;

const ASSET = 'mnist-digits.bin.gz';
const MAGIC = 'FGDIGIT1';

/** Next to the running bundle (the build copies it there), else the repository's assets/. */
function assetPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const found = [join(here, ASSET), join(here, '..', '..', '..', 'assets', ASSET)].find((p) => existsSync(p));
  if (!found) throw new FlopgateError(`fit: the embedded MNIST digits (${ASSET}) are missing next to flopgate's bundle`);
  return found;
}

/**
 * The `mnist` package's 10,000 real digits as one pool, from the compact copy that
 * scripts/make-digits.mjs writes (same values: a palette of thousandths, one byte a pixel).
 * The package's own `set()` shuffles with Math.random; the split here uses the seed.
 */
async function loadPool(): Promise<Pool> {
  if (pool) return pool;
  const path = assetPath();
  const buf = gunzipSync(await readFile(path), { maxOutputLength: 64 * 1024 * 1024 });
  const count = buf.length >= 12 && buf.toString('latin1', 0, 8) === MAGIC ? buf.readUInt32LE(8) : -1;
  const head = 12 + 512;
  if (count <= 0 || buf.length !== head + count + count * PIXELS) throw new FlopgateError(`fit: ${path} is not a valid digits file`);
  const palette = new Float32Array(256);
  for (let i = 0; i < 256; i++) palette[i] = buf.readUInt16LE(12 + 2 * i) / 1000;
  const labels = new Uint8Array(buf.subarray(head, head + count));
  if (labels.some((l) => l >= CLASSES)) throw new FlopgateError(`fit: ${path} holds a label outside 0-9`);
  const indices = buf.subarray(head + count);
  const images = new Float32Array(count * PIXELS);
  for (let i = 0; i < images.length; i++) images[i] = palette[indices[i]];
  pool = { images, labels };
  return pool;
}

/** Train and validation samples drawn without overlap from the embedded digits. */
export async function embeddedMnist(trainSamples: number, validationSamples: number, seed: number): Promise<DatasetSplit> {
  const { images, labels } = await loadPool();
  const available = labels.length;
  if (trainSamples + validationSamples > available) {
    throw new FlopgateError(
      `fit: dataset mnist ships ${available} digits; train_samples + validation_samples = ${trainSamples + validationSamples} is more (use mnist-full for up to 60,000 + 10,000)`,
    );
  }
  const order = permutation(available, seededRng(seed));
  return {
    dataset: 'mnist',
    train: pick(images, labels, order.subarray(0, trainSamples)),
    validation: pick(images, labels, order.subarray(trainSamples, trainSamples + validationSamples)),
  };
}
