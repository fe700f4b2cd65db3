import { describe, expect, it } from 'vitest';
import { evaluate, measuredBase, worst } from '../src/check/evaluate.js';
import { exitCodeOf } from '../src/check/exit-code.js';
import { fitOk } from './helpers/notebook.js';

const head = { flops: 179_050, params: 89_610 };

describe('evaluate', () => {
  it('passes a model within every limit, in the budget order', () => {
    const checks = evaluate(head, { flops: 200_000, flops_warn: 190_000, params: 100_000 });
    expect(checks).toEqual([
      { budget: 'flops', limit: 200_000, actual: 179_050, status: 'pass' },
      { budget: 'flops_warn', limit: 190_000, actual: 179_050, status: 'pass' },
      { budget: 'params', limit: 100_000, actual: 89_610, status: 'pass' },
    ]);
    expect(worst(checks.map((c) => c.status))).toBe('pass');
  });

  it('fails above flops, warns above flops_warn; a count equal to the limit is within it', () => {
    expect(evaluate(head, { flops: 179_049 })[0]!.status).toBe('fail');
    expect(evaluate(head, { flops: 179_050 })[0]!.status).toBe('pass');
    const warn = evaluate(head, { flops: 200_000, flops_warn: 170_000 });
    expect(warn.map((c) => c.status)).toEqual(['pass', 'warn']);
    expect(worst(warn.map((c) => c.status))).toBe('warn');
  });

  it('fails above params', () => {
    expect(evaluate(head, { params: 80_000 })).toEqual([{ budget: 'params', limit: 80_000, actual: 89_610, status: 'fail' }]);
  });

  it('flops_increase: fails above the allowed ratio, passes exactly at it', () => {
    const base = measuredBase('abc', { flops: 105, params: 1 }, { flops: 100, params: 1 });
    expect(base).toMatchObject({ status: 'measured', flops: 100, delta: 5, ratio: 0.05 });
    expect(evaluate({ flops: 105, params: 1 }, { flops_increase: 0.05 }, base)[0]!.status).toBe('pass');
    expect(evaluate({ flops: 105, params: 1 }, { flops_increase: 0.049 }, base)[0]).toEqual({
      budget: 'flops_increase',
      limit: 0.049,
      actual: 0.05,
      status: 'fail',
    });
    // A shrinking model never fails an increase limit.
    const smaller = measuredBase('abc', { flops: 50, params: 1 }, { flops: 100, params: 1 });
    expect(evaluate({ flops: 50, params: 1 }, { flops_increase: 0 }, smaller)[0]!.status).toBe('pass');
  });

  it('flops_increase without a measured base is not measured, and decides nothing', () => {
    for (const base of [undefined, { status: 'new' as const }, { status: 'unavailable' as const, reason: 'shallow' }]) {
      const checks = evaluate(head, { flops_increase: 0.05 }, base);
      expect(checks).toEqual([{ budget: 'flops_increase', limit: 0.05, actual: null, status: 'not-measured' }]);
      expect(worst(checks.map((c) => c.status))).toBe('pass');
    }
  });

  it('a zero-FLOPs base has no ratio to judge', () => {
    const base = measuredBase('abc', { flops: 10, params: 0 }, { flops: 0, params: 0 });
    expect(base.ratio).toBeUndefined();
    expect(evaluate({ flops: 10, params: 0 }, { flops_increase: 0.05 }, base)[0]!.status).toBe('not-measured');
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
