import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../src/check/run.js';
import { checkCommand } from '../src/commands/check.js';
import { loadBudget } from '../src/config/load.js';
import { ConfigError } from '../src/config/errors.js';
import { selectBackend } from '../src/fit/backend.js';
import { runFit, type RunFitOptions } from '../src/fit/run.js';
import type { FitConfig } from '../src/fit/types.js';
import { inlineSpec } from '../src/keras/inline.js';
import { notebookLayers } from './helpers/notebook.js';

// fit.timeout, the estimate before training and the progress lines. Time is what these are
// about, so most tests run the real fit on a clock of their own: it follows the real one
// until the estimate is printed, then jumps as the test needs. The fit cannot tell.

const base: FitConfig = {
  dataset: 'mnist',
  epochs: 1,
  batch_size: 32,
  train_samples: 2000,
  validation_samples: 500,
  seed: 1,
  optimizer: 'adam',
  loss: 'categorical_crossentropy',
  backend: 'wasm',
};
const mlp = inlineSpec(notebookLayers(50), 'inline');

/** A clock that runs real time until `estimate:` is logged, then adds `stepMs` at every reading. */
function steppedClock(stepMs: number) {
  let extra = 0;
  let stepping = false;
  const lines: string[] = [];
  const now = (): number => {
    if (stepping) extra += stepMs;
    return performance.now() + extra;
  };
  const log = (l: string): void => {
    lines.push(l);
    if (l.startsWith('estimate:')) stepping = true;
  };
  return { now, log, lines };
}

/**
 * A clock that runs real time until `estimate:` is logged, then `factor` times faster: the
 * decision to start takes microseconds of real time, a training batch milliseconds, so
 * training is what runs out of time.
 */
function fastClock(factor: number) {
  let from: number | undefined;
  const lines: string[] = [];
  return {
    lines,
    now: (): number => {
      const t = performance.now();
      return from === undefined ? t : t + (t - from) * (factor - 1);
    },
    log: (l: string): void => {
      lines.push(l);
      if (l.startsWith('estimate:')) from = performance.now();
    },
  };
}

const PROGRESS = /^progress: epoch (\d+)\/(\d+), batch (\d+)\/(\d+) \((\d+)%\), ([\d,]+) samples\/s, ([\d.,]+) s elapsed, about ([\d.,]+) s left$/;
const num = (s: string): number => Number(s.replace(/,/g, ''));

describe('fit: progress, estimate and timeout', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('prints a progress line at least every 10 seconds of a long fit, with rate, elapsed and time left', async () => {
    // Every clock reading after the estimate is 1.5 s later: each batch "takes" a few seconds.
    const c = steppedClock(1500);
    const r = await runFit(mlp, [[28, 28]], { ...base, epochs: 2, timeout: 86400 }, c.log, { now: c.now });
    expect(r.status).toBe('ok');
    const progress = c.lines.filter((l) => l.startsWith('progress:'));
    const parsed = progress.map((l) => {
      const m = PROGRESS.exec(l);
      expect(m, l).not.toBeNull();
      return { epoch: num(m![1]), batch: num(m![3]), batches: num(m![4]), elapsed: num(m![7]), left: num(m![8]) };
    });
    // 63 batches an epoch, two epochs, a reading every few fake seconds: many lines, in both epochs.
    expect(parsed.length).toBeGreaterThan(20);
    expect(new Set(parsed.map((p) => p.epoch))).toEqual(new Set([1, 2]));
    expect(parsed.every((p) => p.batches === 63 && p.batch >= 1 && p.batch <= 63)).toBe(true);
    for (let i = 1; i < parsed.length; i++) {
      // Across epochs the epoch line in between restarts the interval.
      if (parsed[i].epoch !== parsed[i - 1].epoch) continue;
      const gap = parsed[i].elapsed - parsed[i - 1].elapsed;
      // Never more often than every 10 s, and never much later: one batch's worth of readings.
      expect(gap).toBeGreaterThanOrEqual(9.9);
      expect(gap).toBeLessThan(20);
    }
    // Time left shrinks as the fit goes on.
    expect(parsed[parsed.length - 1].left).toBeLessThan(parsed[0].left);
    // The estimate came first, before any epoch or progress line.
    const first = c.lines.findIndex((l) => l.startsWith('estimate:'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(c.lines.findIndex((l) => l.startsWith('progress:') || l.startsWith('epoch '))).toBeGreaterThan(first);
  });

  it('a fit that runs out of time stops after the current batch, frees its tensors and says so', async () => {
    const { tf } = await selectBackend('wasm', () => {});
    const before = tf.memory().numTensors;
    // 20,000 times faster: a batch of a few milliseconds passes for a minute or more.
    const c = fastClock(20_000);
    const r = await runFit(mlp, [[28, 28]], { ...base, timeout: 600 }, c.log, { now: c.now });
    expect(r).toEqual({
      status: 'skipped',
      reason: expect.stringMatching(/^timed out after [\d,]+ s \(fit\.timeout 600 s\) in epoch 1\/1 after \d+ of 63 batches; accuracy not measured$/),
    });
    const reason = r.status === 'skipped' ? r.reason : '';
    expect(num(/after ([\d,]+) s/.exec(reason)![1])).toBeGreaterThanOrEqual(600);
    expect(num(/after (\d+) of 63/.exec(reason)![1])).toBeLessThan(63);
    expect(c.lines.some((l) => l.startsWith('epoch '))).toBe(false);
    expect(c.lines[c.lines.length - 1]).toMatch(/^fit stopped: timed out after/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('in a check, a timed-out fit leaves accuracy not measured and the other models measured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flopgate-timeout-'));
    dirs.push(dir);
    writeFileSync(
      join(dir, 'flopgate.yml'),
      `models:
  - name: slow
    layers: ${JSON.stringify(notebookLayers(50))}
    budget: {accuracy: 0.9}
    fit: {train_samples: 2000, validation_samples: 500, backend: wasm, timeout: 600}
  - name: plain
    layers: ${JSON.stringify(notebookLayers(20))}
    budget: {flops: 1M}
`,
    );
    const c = fastClock(20_000);
    const report = await runCheck(
      { root: dir, budgetFile: 'flopgate.yml', fit: true, log: () => {} },
      { runFit: (spec, shapes, cfg, log, opts) => runFit(spec, shapes, cfg, (l) => (c.log(l), log(l)), { ...(opts as RunFitOptions), now: c.now }) },
    );
    const [slow, plain] = report.models;
    expect(slow.fit).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/^timed out after [\d,]+ s \(fit\.timeout 600 s\) in epoch 1\/1/) });
    expect(slow.checks.find((k) => k.budget === 'accuracy')).toMatchObject({ status: 'not-measured', actual: null });
    expect(plain.status).toBe('pass');
    // The estimate was stated in the report's own training FLOPs: 3 x forward, per sample.
    expect(c.lines.find((l) => l.startsWith('estimate:'))).toMatch(/ x 2\d\d k?FLOP = /);
  });

  it('flopgate check writes its report when a fit runs out of time, and exits as for a skipped fit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flopgate-timeout-cli-'));
    dirs.push(dir);
    writeFileSync(
      join(dir, 'flopgate.yml'),
      `models:
  - name: m
    layers: ${JSON.stringify(notebookLayers(20))}
    budget: {accuracy: 0.5}
    fit: {train_samples: 500, validation_samples: 100, backend: wasm, timeout: 0.001}
`,
    );
    const out: string[] = [];
    const code = await checkCommand(['--budget', 'flopgate.yml', '--json', 'report.json'], { cwd: dir, stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.models[0].fit).toEqual({ status: 'skipped', reason: expect.stringMatching(/^timed out after [\d.]+ s \(fit\.timeout 0\.0 s\) before training; accuracy not measured$/) });
    expect(report.models[0].checks.find((k: { budget: string }) => k.budget === 'accuracy').status).toBe('not-measured');
  });

  it('refuses a fit whose estimate exceeds the timeout before training, saying what to change', async () => {
    const lines: string[] = [];
    // Two epochs of 8,000 samples on the pure-JS backend take well over 3 s.
    const r = await runFit(mlp, [[28, 28]], { ...base, epochs: 2, train_samples: 8000, validation_samples: 2000, backend: 'cpu', timeout: 3 }, (l) => lines.push(l), {
      trainingFlops: 3 * 89_610 * 2,
    });
    expect(r.status).toBe('skipped');
    const reason = r.status === 'skipped' ? r.reason : '';
    expect(reason).toMatch(/^estimated [\d,.]+ s on cpu exceeds fit\.timeout 3\.0 s/);
    expect(reason).toMatch(/stopped after the timed first steps\. Use train_samples [\d,]+ or fewer \(or fewer epochs\), or the native backend \(install @tensorflow\/tfjs-node, see the README's fit section\), or raise fit\.timeout$/);
    const estimate = lines.find((l) => l.startsWith('estimate:'));
    expect(estimate).toMatch(/^estimate: about [\d,.]+ s \(8,000 samples x 2 epochs x 538 kFLOP = 8\.60 GFLOP of training at [\d.]+ [kMG]?FLOP\/s measured on cpu, plus validation\); timeout 3\.0 s$/);
    expect(lines.some((l) => l.startsWith('epoch ') || l.startsWith('progress:'))).toBe(false);
    // The samples it suggests would fit: at the measured rate they take less than the limit.
    const suggested = num(/train_samples ([\d,]+) or fewer/.exec(reason)![1]);
    const estimated = num(/^estimated ([\d,.]+) s/.exec(reason)![1]);
    expect(suggested).toBeLessThan(8000);
    expect((estimated * suggested) / 8000).toBeLessThanOrEqual(3);
  });

  it('fit.timeout is checked where the budget file is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flopgate-timeout-cfg-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'ok.yml'), `models:\n  - name: m\n    layers: ${JSON.stringify(notebookLayers(20))}\n    fit: {timeout: 90}\n`);
    expect((await loadBudget('ok.yml', dir)).models[0].fit?.timeout).toBe(90);
    writeFileSync(join(dir, 'bad.yml'), `models:\n  - name: m\n    layers: ${JSON.stringify(notebookLayers(20))}\n    fit: {timeout: -5}\n`);
    const e = await loadBudget('bad.yml', dir).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect(String((e as Error).message)).toMatch(/bad\.yml:4:\d+: .*timeout/);
    await expect(runFit(mlp, [[28, 28]], { ...base, timeout: 0 }, () => {})).rejects.toThrow(/timeout must be a number of seconds above 0/);
  });
});
