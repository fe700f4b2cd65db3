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

/**
 * The timed steps are up to MAX_STEPS, and stop after MIN_STEPS once this much time is
 * spent: enough for a convolution-bound model; a small one is still warming up its JavaScript
 * (tfjs's engine and the layers' loop speed up over the first hundred steps), so its estimate
 * comes out high, 2 to 3x for the notebook MLP on this project's machine.
 */
const CALIBRATION_MS = 400;
const MIN_STEPS = 8;
const MAX_STEPS = 32;
/** A step after the first slower than this is the measurement on its own: the fit may well be refused. */
const SLOW_STEP_MS = 1000;

/**
 * Times the first steps of the first epoch, which are real training (the epoch goes on from
 * them), and estimates the whole fit from them. The rate is that of the later half of the
 * steps: the first ones are slower (JIT, XNNPACK setting up its operators, a worker thread
 * gathering its epoch's samples). The first step is never the measurement: under load its
 * one-time work alone can last seconds (1.7 s for the example CNN at a load average of 14,
 * whose later steps took 0.22 s), and an estimate from it would refuse fits that finish in
 * minutes. A later step slow enough to matter on its own (a model on the pure-JS backend) is.
 */
export class StepTimer {
  // ends[i]: when step i finished; done[i]: samples trained by then.
  private readonly ends: number[] = [];
  private readonly done: number[] = [];

  constructor(
    private readonly start: number,
    private readonly w: Workload,
  ) {}

  /** Records a finished step; true once enough steps are timed to estimate. */
  record(t: number, samples: number): boolean {
    this.ends.push(t);
    this.done.push(samples);
    const n = this.ends.length;
    if (samples >= this.w.trainSamples || n >= MAX_STEPS) return true;
    if (n < 2) return false;
    // Time is counted from the end of the first step, which is left out of the rate.
    return t - this.ends[n - 2] >= SLOW_STEP_MS || (n >= MIN_STEPS && t - this.ends[0] >= CALIBRATION_MS);
  }

  /** When each timed step ended, in ms from the epoch's start, for FLOPGATE_FIT_TRACE. */
  trace(): number[] {
    return this.ends.map((t) => Math.round(t - this.start));
  }

  estimate(): Estimate {
    const { ends, done, start, w } = this;
    const n = ends.length;
    let perSample: number;
    if (n === 1) {
      // The whole epoch was one step.
      perSample = (ends[0] - start) / 1000 / Math.max(1, done[0]);
    } else {
      // The later half of the steps after the first; with a slow step, the last one alone.
      const from = n < MIN_STEPS ? n - 2 : Math.max(0, Math.floor(n / 2) - 1);
      perSample = (ends[n - 1] - ends[from]) / 1000 / Math.max(1, done[n - 1] - done[from]);
    }
    // A validation sample is a forward pass: a third of a training step's FLOPs.
    const seconds = perSample * (w.trainSamples * w.epochs + (w.validationSamples * w.epochs) / 3);
    return { seconds, perSample, ...(w.trainingFlops ? { flopsPerSecond: w.trainingFlops / perSample } : {}) };
  }
}

/**
 * What the timed steps decide: start (the estimate fits in the time left), refuse, or time
 * more steps first. An estimate over the limit is confirmed before a fit is refused: early
 * steps can run far slower than the rest (the pure-JS backend's kernels are still being
 * compiled: its second MLP step took 2.9 s at a load average of 13, where its later ones take
 * 60 ms; an estimate of 787 s refused a 17 s fit). So the steps go on, still real training,
 * re-estimated from the later half at each one, until the fit's remaining time fits or the
 * timing has lasted a twentieth of the timeout (30 s of the default 600 s). A step of the
 * example CNN on the pure-JS backend takes 15 to 35 s: that one is refused after one or two.
 */
export function decide(e: Estimate, w: Workload, trained: number, elapsed: number, timingSeconds: number, timeout: number): 'start' | 'refuse' | 'wait' {
  const left = e.perSample * (w.trainSamples * w.epochs - trained + (w.validationSamples * w.epochs) / 3);
  if (elapsed + left <= timeout) return 'start';
  return timingSeconds >= timeout / 20 || trained >= w.trainSamples ? 'refuse' : 'wait';
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
    `${spent >= 1 ? ` (${secondsText(spent)} already spent)` : ''}; stopped after the timed first steps. Use ${fewer}${native}, or raise fit.timeout`
  );
}
