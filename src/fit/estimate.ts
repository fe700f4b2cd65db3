import type { LayersModel, Tensor } from '@tensorflow/tfjs';

/** How long a fit should take, from steps timed on this backend before it starts. */
export interface Estimate {
  /** Seconds for all epochs of training plus the validation passes. */
  seconds: number;
  /** Measured seconds per training sample. */
  perSample: number;
  /** FLOP/s measured, when the model's training FLOPs are known. */
  flopsPerSecond?: number;
}

export interface Workload {
  trainSamples: number;
  validationSamples: number;
  epochs: number;
  batchSize: number;
  /** Training FLOPs of one sample (3 x forward, as the report estimates it), if known. */
  trainingFlops?: number;
}

/** Calibration stops timing once this much time is spent, or after MAX_STEPS steps. */
const CALIBRATION_MS = 300;
const MAX_STEPS = 16;
/** A first step slower than this is timed alone: the fit may well be refused. */
const SLOW_STEP_MS = 1000;

/**
 * Times training steps of `model` on the first samples of `x`/`y` and restores the model's
 * weights afterwards, so that the fit proper starts from the same seeded weights. `compile`
 * gives the model a fresh optimizer (its state is part of what the steps change). The first
 * step warms the backend up (kernel setup, JIT) and is timed only when it is slow enough to
 * matter on its own.
 */
export async function calibrate(
  model: LayersModel,
  x: Tensor,
  y: Tensor,
  w: Workload,
  compile: () => void,
  now: () => number,
): Promise<Estimate> {
  const saved = model.getWeights().map((t) => t.clone());
  const batches = Math.max(1, Math.ceil(Math.min(w.trainSamples, MAX_STEPS * w.batchSize) / w.batchSize));
  const step = async (from: number, count: number): Promise<number> => {
    const n = Math.min(count * w.batchSize, w.trainSamples - from * w.batchSize);
    if (n <= 0) return 0;
    const xs = x.slice(from * w.batchSize, n);
    const ys = y.slice(from * w.batchSize, n);
    try {
      await model.fit(xs, ys, { epochs: 1, batchSize: w.batchSize, shuffle: false, verbose: 0, yieldEvery: 'never' });
    } finally {
      xs.dispose();
      ys.dispose();
    }
    return n;
  };
  let samples = 0;
  let ms = 0;
  try {
    const t0 = now();
    const warm = await step(0, 1);
    const first = now() - t0;
    if (first >= SLOW_STEP_MS || batches <= 1) {
      samples = warm;
      ms = first;
    } else {
      let at = 1;
      let chunk = 1;
      while (at < batches && ms < CALIBRATION_MS) {
        const t = now();
        const count = Math.min(chunk, batches - at);
        samples += await step(at, count);
        ms += now() - t;
        at += count;
        chunk *= 2;
      }
      if (samples === 0) {
        samples = warm;
        ms = first;
      }
    }
  } finally {
    model.setWeights(saved);
    for (const t of saved) t.dispose();
    compile();
  }
  const perSample = ms / 1000 / Math.max(1, samples);
  // A validation sample is a forward pass: a third of a training step's FLOPs.
  const seconds = perSample * (w.trainSamples * w.epochs + (w.validationSamples * w.epochs) / 3);
  return {
    seconds,
    perSample,
    ...(w.trainingFlops ? { flopsPerSecond: w.trainingFlops / perSample } : {}),
  };
}

/** `1.23 G`-style figures for the log. */
export function si(v: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [f, u] of units) if (Math.abs(v) >= f) return `${(v / f).toPrecision(3)} ${u}`;
  return v.toPrecision(3) + ' ';
}

export const secondsText = (s: number): string => (s >= 100 ? Math.round(s).toLocaleString('en-US') : s >= 10 ? s.toFixed(0) : s.toFixed(1)) + ' s';

/** The line printed before training: what the estimate rests on. */
export function estimateLine(e: Estimate, w: Workload, backend: string, timeout: number): string {
  const samples = `${w.trainSamples.toLocaleString('en-US')} samples x ${w.epochs} epoch${w.epochs === 1 ? '' : 's'}`;
  const basis =
    e.flopsPerSecond && w.trainingFlops
      ? `${samples} x ${si(w.trainingFlops)}FLOP = ${si(w.trainingFlops * w.trainSamples * w.epochs)}FLOP of training at ${si(e.flopsPerSecond)}FLOP/s`
      : `${samples} at ${Math.round(1 / e.perSample).toLocaleString('en-US')} samples/s`;
  return `estimate: about ${secondsText(e.seconds)} (${basis} measured on ${backend}, plus validation); timeout ${secondsText(timeout)}`;
}

/** Why a fit is not started, and what would let it finish in time. */
export function refusal(e: Estimate, w: Workload, backend: string, timeout: number, spent: number): string {
  const left = Math.max(0, timeout - spent);
  // Training samples that would fit in the time left at the measured rate.
  const fits = Math.floor(left / e.perSample / (w.epochs * (1 + w.validationSamples / (3 * w.trainSamples))));
  const fewer =
    fits >= 1
      ? `train_samples ${fits.toLocaleString('en-US')} or fewer${w.epochs > 1 ? ` (or fewer epochs)` : ''}`
      : `a smaller model or fewer samples`;
  const native = backend === 'tensorflow' ? '' : `, or the native backend (install @tensorflow/tfjs-node, see the README's fit section)`;
  return (
    `estimated ${secondsText(e.seconds)} on ${backend} exceeds fit.timeout ${secondsText(timeout)}` +
    `${spent >= 1 ? ` (${secondsText(spent)} already spent)` : ''}; not started. Use ${fewer}${native}, or raise fit.timeout`
  );
}
