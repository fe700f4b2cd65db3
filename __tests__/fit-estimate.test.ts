import { describe, expect, it } from 'vitest';
import { decide, StepTimer, type Workload } from '../src/fit/estimate.js';

// The estimate before training, from the first steps' times (fed here by hand, in ms).
const work: Workload = { trainSamples: 8000, validationSamples: 2000, epochs: 1, batchSize: 32 };
/** Feeds steps of the given durations until the timer has enough; the steps it took. */
function feed(timer: StepTimer, durations: (i: number) => number): number {
  let t = 0;
  for (let i = 0; ; i++) {
    t += durations(i);
    if (timer.record(t, (i + 1) * 32)) return i + 1;
  }
}

describe('the estimate before training', () => {
  it('leaves out a slow first step: under load its one-time work alone can last seconds', () => {
    // The example CNN at a load average of 14: 1.7 s for the first step, 0.22 s each after.
    const timer = new StepTimer(0, work);
    const steps = feed(timer, (i) => (i === 0 ? 1700 : 220));
    expect(steps).toBe(8);
    const e = timer.estimate();
    expect(e.perSample * 1000).toBeCloseTo(220 / 32, 6);
    // 8,000 samples and a third of 2,000: about 60 s, where the first step alone said 456 s.
    expect(e.seconds).toBeCloseTo((220 / 32 / 1000) * (8000 + 2000 / 3), 6);
  });

  it('estimates a slow model from its second step, without timing more', () => {
    // The example CNN on the pure-JS backend: 20 s a step.
    const timer = new StepTimer(0, work);
    expect(feed(timer, (i) => (i === 0 ? 25_000 : 20_000))).toBe(2);
    expect(timer.estimate().perSample).toBeCloseTo(20 / 32, 6);
  });

  it('times the later half of a fast model\'s steps, up to 32', () => {
    const timer = new StepTimer(0, { ...work, trainingFlops: 1e6 });
    // 5 ms steps, the first 3 slower (JIT): 32 steps are under 400 ms, so all 32 are timed.
    expect(feed(timer, (i) => (i < 3 ? 50 : 5))).toBe(32);
    const e = timer.estimate();
    expect(e.perSample * 1000).toBeCloseTo(5 / 32, 6);
    expect(e.flopsPerSecond).toBeCloseTo(1e6 / (5 / 32 / 1000), 0);
  });

  it('stops at the end of an epoch shorter than the timing', () => {
    const timer = new StepTimer(0, { ...work, trainSamples: 64 });
    expect(feed(timer, () => 10)).toBe(2);
    expect(timer.estimate().perSample * 1000).toBeCloseTo(10 / 32, 6);
  });

  it('starts a fit whose remaining time fits, and confirms an estimate over the limit before refusing', () => {
    const at = (msPerStep: number) => ({ seconds: 0, perSample: msPerStep / 32 / 1000 });
    // 60 ms steps, 5 s spent: 250 steps and a third of 63 validation ones fit in 600 s.
    expect(decide(at(60), work, 256, 5, 3, 600)).toBe('start');
    // Still warming up (2.9 s a step: 787 s) two steps in, 6 s into the timing: time more steps.
    expect(decide(at(2900), work, 64, 8, 6, 600)).toBe('wait');
    // After a twentieth of the timeout (30 s) of timing, still over: refused.
    expect(decide(at(2900), work, 320, 32, 30, 600)).toBe('refuse');
    // The time already spent counts: 60 ms steps with 590 s gone no longer fit.
    expect(decide(at(60), work, 256, 590, 30, 600)).toBe('refuse');
  });
});
