/**
 * `flopgate check` read at 80 columns, a terminal's and a CI log's usual width: no line is
 * longer, a table too wide takes the comment's narrow columns, and notes wrap under their own
 * indent with their words whole.
 */
import { describe, expect, it } from 'vitest';
import { renderCheckTable, wrap } from '../src/report/terminal-check.js';
import { BASE, model, report } from './helpers/check-results.js';
import { fitOk } from './helpers/notebook.js';

const width = (l: string) => [...l].length;

describe('check at 80 columns', () => {
  const long = 'models/a/very/long/directory/name/that/goes/on/and/on/mnist-mlp-100-final-v2.keras';
  const r = report([
    model('mnist-mlp-100', { base: { status: 'measured', ref: BASE, flops: 170_000n, params: 80_000n, delta: 9_050n, ratio: 9_050 / 170_000 }, fit: fitOk(0.95) }),
    model('big', { flops: 250_000n, status: 'fail', checks: [{ budget: 'flops', limit: 200_000n, actual: 250_000n, status: 'fail' }] }),
    { ...model('gone', { checks: [], status: 'fail' }), error: `.github/flopgate.yml:9:11: ${long}: no such file (model paths are relative to the repository root; looked in /home/runner/work/models/models)` },
  ]);

  it('the wide table (budget, headroom, params) does not fit, so the narrow one stands in; no line is longer than 80', () => {
    const wide = renderCheckTable(r, 1000).split('\n');
    expect(Math.max(...wide.map(width))).toBeGreaterThan(80);
    const out = renderCheckTable(r).split('\n');
    // Only a word longer than a line (the 85-character path) may stand out, alone on its line.
    for (const l of out) if (width(l) > 80) expect(l.trim()).toBe(`${long}:`);
    expect(out[0]).toMatch(/^model\s+FLOPs\s+Δ vs base\s+of budget\s+accuracy\s+status$/);
    expect(out.find((l) => l.startsWith('big '))).toMatch(/^big\s+250,000\s+125% of 200k\s+FAIL$/);
    // The verdict, 84 columns, wraps at a space like any line.
    expect(out.slice(-3, -1)).toEqual(['❌ flopgate: 1 of 3 models over budget, 1 of 3 models could not be measured (base', '  bbbbbbb)']);
  });

  it('a long note wraps under its bullet, and a path longer than a line stays whole', () => {
    const out = renderCheckTable(r).split('\n');
    const at = out.findIndex((l) => l.startsWith('  ✗ gone: '));
    expect(out[at]).toBe('  ✗ gone: .github/flopgate.yml:9:11:');
    expect(out[at + 1]).toBe(`      ${long}:`);
    expect(out[at + 2]).toBe('      no such file (model paths are relative to the repository root; looked in');
    expect(out.slice(at, at + 5).join(' ').replace(/\s+/g, ' ')).toContain(`no such file (model paths are relative to the repository root; looked in /home/runner/work/models/models)`);
  });

  it('wrap: short lines untouched, continuation two columns deeper than the bullet', () => {
    expect(wrap('  ! short', 80)).toEqual(['  ! short']);
    expect(wrap('  · a b c d e f', 9)).toEqual(['  · a b c', '      d e', '      f']);
    expect(wrap('plain words here', 6)).toEqual(['plain', '  words', '  here']);
  });
});
