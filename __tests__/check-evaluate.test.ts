import { describe, expect, it } from 'vitest';
import { evaluate, measuredBase, worst } from '../src/check/evaluate.js';
import { exitCodeOf } from '../src/check/exit-code.js';
import { fitOk } from './helpers/notebook.js';

const head = { flops: 179_050n, params: 89_610n };

describe('evaluate', () => {
  it('passes a model within every limit, in the budget order', () => {
    const checks = evaluate(head, { flops: 200_000n, flops_warn: 190_000n, params: 100_000n });
    expect(checks).toEqual([
      { budget: 'flops', limit: 200_000n, actual: 179_050n, status: 'pass' },
      { budget: 'flops_warn', limit: 190_000n, actual: 179_050n, status: 'pass' },
      { budget: 'params', limit: 100_000n, actual: 89_610n, status: 'pass' },
    ]);
    expect(worst(checks.map((c) => c.status))).toBe('pass');
  });

  it('fails above flops, warns above flops_warn; a count equal to the limit is within it', () => {
    expect(evaluate(head, { flops: 179_049n })[0]!.status).toBe('fail');
    expect(evaluate(head, { flops: 179_050n })[0]!.status).toBe('pass');
    const warn = evaluate(head, { flops: 200_000n, flops_warn: 170_000n });
    expect(warn.map((c) => c.status)).toEqual(['pass', 'warn']);
    expect(worst(warn.map((c) => c.status))).toBe('warn');
  });

  it('fails above params', () => {
    expect(evaluate(head, { params: 80_000n })).toEqual([{ budget: 'params', limit: 80_000n, actual: 89_610n, status: 'fail' }]);
  });

  it('flops_increase: fails above the allowed ratio, passes exactly at it', () => {
    const base = measuredBase('abc', { flops: 105n, params: 1n }, { flops: 100n, params: 1n });
    expect(base).toMatchObject({ status: 'measured', flops: 100n, delta: 5n, ratio: 0.05 });
    expect(evaluate({ flops: 105n, params: 1n }, { flops_increase: 0.05 }, base)[0]!.status).toBe('pass');
    expect(evaluate({ flops: 105n, params: 1n }, { flops_increase: 0.049 }, base)[0]).toEqual({
      budget: 'flops_increase',
      limit: 0.049,
      actual: 0.05,
      status: 'fail',
    });
    // A shrinking model never fails an increase limit.
    const smaller = measuredBase('abc', { flops: 50n, params: 1n }, { flops: 100n, params: 1n });
    expect(evaluate({ flops: 50n, params: 1n }, { flops_increase: 0 }, smaller)[0]!.status).toBe('pass');
  });

  it('flops_increase without a measured base is not measured, and decides nothing', () => {
    for (const base of [undefined, { status: 'new' as const }, { status: 'unavailable' as const, reason: 'shallow' }]) {
      const checks = evaluate(head, { flops_increase: 0.05 }, base);
      expect(checks).toEqual([{ budget: 'flops_increase', limit: 0.05, actual: null, status: 'not-measured' }]);
      expect(worst(checks.map((c) => c.status))).toBe('pass');
    }
  });

  it('a zero-FLOPs base has no ratio to judge', () => {
    const base = measuredBase('abc', { flops: 10n, params: 0n }, { flops: 0n, params: 0n });
    expect(base.ratio).toBeUndefined();
    expect(evaluate({ flops: 10n, params: 0n }, { flops_increase: 0.05 }, base)[0]!.status).toBe('not-measured');
  });

  it('accuracy is a floor, judged only when a fit ran', () => {
    expect(evaluate(head, { accuracy: 0.9 }, undefined, fitOk(0.93))[0]).toEqual({ budget: 'accuracy', limit: 0.9, actual: 0.93, status: 'pass' });
    expect(evaluate(head, { accuracy: 0.95 }, undefined, fitOk(0.93))[0]!.status).toBe('fail');
    expect(evaluate(head, { accuracy: 0.9 })[0]).toEqual({ budget: 'accuracy', limit: 0.9, actual: null, status: 'not-measured' });
    expect(evaluate(head, { accuracy: 0.9 }, undefined, { status: 'skipped', reason: 'onnx' })[0]!.status).toBe('not-measured');
  });

  it('no limits, no checks', () => {
    expect(evaluate(head, {})).toEqual([]);
  });
});

describe('worst and exit codes', () => {
  it('fail beats warn beats pass', () => {
    expect(worst(['pass', 'warn', 'not-measured'])).toBe('warn');
    expect(worst(['warn', 'fail', 'pass'])).toBe('fail');
    expect(worst([])).toBe('pass');
  });

  it('2 when a model could not be measured, 1 over budget, 0 otherwise (warnings pass)', () => {
    const m = (status: 'pass' | 'warn' | 'fail', error?: string) => ({ status, ...(error ? { error } : {}) }) as never;
    expect(exitCodeOf({ status: 'pass', models: [m('pass')] })).toBe(0);
    expect(exitCodeOf({ status: 'warn', models: [m('warn')] })).toBe(0);
    expect(exitCodeOf({ status: 'fail', models: [m('fail'), m('pass')] })).toBe(1);
    expect(exitCodeOf({ status: 'fail', models: [m('fail'), m('fail', 'x.keras: no such file')] })).toBe(2);
  });
});
