import { secondsText } from './estimate.js';

/**
 * The fit's clock: progress lines at least every `every` seconds, and the deadline that
 * fit.timeout sets for the whole fit (from data loading to the last validation batch).
 */
export class FitClock {
  private last: number;
  private trained = 0;
  private trainMs = 0;

  constructor(
    private readonly now: () => number,
    private readonly started: number,
    private readonly timeoutSeconds: number,
    private readonly everySeconds: number,
    private readonly log: (line: string) => void,
  ) {
    this.last = started;
  }

  elapsed(): number {
    return (this.now() - this.started) / 1000;
  }

  expired(): boolean {
    return this.elapsed() >= this.timeoutSeconds;
  }

  /** An epoch line was just logged: the next progress line is due `every` seconds later. */
  logged(): void {
    this.last = this.now();
  }

  /** Training time and samples of finished epochs, for the rate in progress lines. */
  addTrained(samples: number, ms: number): void {
    this.trained += samples;
    this.trainMs += ms;
  }

  /**
   * Called after each training batch: logs a progress line when one is due.
   * `done` counts the epoch's batches so far, `epochStart` is when this epoch's training began.
   */
  batch(p: { epoch: number; epochs: number; done: number; batches: number; samples: number; perEpoch: number; epochStart: number; validationShare: number }): void {
    const t = this.now();
    if (t - this.last < this.everySeconds * 1000) return;
    this.last = t;
    const trained = this.trained + p.samples;
    const ms = this.trainMs + (t - p.epochStart);
    const rate = ms > 0 ? (trained * 1000) / ms : 0;
    const remaining = p.perEpoch * p.epochs - trained;
    // Validation passes still to come, each a forward pass over its samples (a third of a step).
    const left = rate > 0 ? (remaining + (p.epochs - p.epoch + 1) * p.validationShare * p.perEpoch) / rate : NaN;
    const pct = Math.floor((100 * p.done) / p.batches);
    this.log(
      `progress: epoch ${p.epoch}/${p.epochs}, batch ${p.done}/${p.batches} (${pct}%), ${Math.round(rate).toLocaleString('en-US')} samples/s, ` +
        `${secondsText(this.elapsed())} elapsed, ${Number.isFinite(left) ? `about ${secondsText(left)} left` : 'time left unknown'}`,
    );
  }
}
