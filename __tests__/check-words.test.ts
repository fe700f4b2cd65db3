/**
 * The sentences about a check result are check/describe.ts's, and the terminal table, the PR
 * comment and the Action's annotations say the same ones: a reviewer reading the comment and a
 * developer reading the terminal must never see two accounts of one result.
 */
import { describe, expect, it } from 'vitest';
import { describeCheck, failureMessage, sharedNotes, verdict } from '../src/check/describe.js';
import type { ModelCheckResult } from '../src/check/types.js';
import { reportAnnotations } from '../src/github/annotations.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderCheckTable } from '../src/report/terminal-check.js';
import { layer, model, report } from './helpers/check-results.js';

const over = model('big', { flops: 250_000n, layers: [layer(0, 'dense', 250_000, 125_000)] });
const close = model('close', {
  status: 'warn',
  source: { file: '.github/flopgate.yml', line: 9, column: 5 },
  checks: [{ budget: 'flops_warn', limit: 150_000n, actual: 179_050n, status: 'warn' }],
});
const broken: ModelCheckResult = {
  ...model('gone', { layers: [], flops: 0n, checks: [], status: 'fail' }),
  error: '.github/flopgate.yml:14:11: models/gone.keras: no such file',
};
const unknown = model('odd', {
  lower_bound: true,
  unknown: [{ layer: 'mystery', type: 'MyLayer' }],
  layers: [layer(0, 'dense', 1000, 10), { ...layer(1, 'mystery', 0, 0, 'MyLayer'), unknown: true }],
  flops: 1000n,
});
const noBase = { status: 'unavailable' as const, reason: 'base ref "main" is not a commit in this clone' };
const skipped = model('onnx', {
  base: noBase,
  fit: { status: 'skipped', reason: 'models/onnx.onnx: only Keras-family models (.keras, .h5, TensorFlow.js) can be fitted, not ONNX' },
  checks: [
    { budget: 'flops_increase', limit: 0.05, actual: null, status: 'not-measured' },
    { budget: 'accuracy', limit: 0.9, actual: null, status: 'not-measured' },
  ],
});
const r = report([over, close, broken, unknown, skipped, model('ok', { base: noBase })]);

// Words, not layout: wide enough that no line wraps (wrapping at 80 columns is tested in terminal-check.test.ts).
const terminal = renderCheckTable(r, 1000);
const markdown = renderMarkdown(r);
const annotations = reportAnnotations(r, '/ws', '/ws').map((a) => a.message);

describe('one account of a check result', () => {
  it('an exceeded limit: the same sentence in the terminal, the comment and the annotation', () => {
    const sentence = describeCheck(over.checks[0]!);
    expect(sentence).toBe('FLOPs 250,000 exceed the budget of 200,000');
    expect(terminal).toContain(`✗ big: ${sentence}`);
    expect(markdown).toContain(`- ❌ **big**: ${sentence}`);
    expect(annotations).toContain(`big: ${sentence}`);
  });

  it('a warning threshold: the same sentence in all three', () => {
    const sentence = describeCheck(close.checks[0]!);
    expect(sentence).toBe('FLOPs 179,050 exceed the warning threshold of 150,000');
    expect(terminal).toContain(`! close: ${sentence}`);
    expect(markdown).toContain(`- ⚠️ **close**: ${sentence}`);
    expect(annotations).toContain(`close: ${sentence}`);
  });

  it('a model that could not be measured: its fault in all three (the annotation stands at the line the fault names)', () => {
    const fault = 'models/gone.keras: no such file';
    expect(terminal).toContain(`✗ gone: .github/flopgate.yml:14:11: ${fault}`);
    expect(markdown).toContain(`- ❌ **gone**: .github/flopgate.yml:14:11: ${fault}`);
    expect(annotations).toContain(`gone: ${fault}`);
  });

  it('unknown layers: the same sentence in the terminal and the comment', () => {
    const sentence = '1 unknown layer counted as 0, so its FLOPs are a lower bound (≥): mystery (MyLayer)';
    expect(terminal).toContain(`! odd: ${sentence}`);
    expect(markdown).toContain(`- ⚠️ **odd**: ${sentence}`);
  });

  it('what was not measured, and why: one line per reason, the same in the terminal and the comment', () => {
    const notes = sharedNotes(r);
    expect(notes.map((n) => `${n.names.join(', ')}: ${n.what}: ${n.reason}`)).toEqual([
      'onnx, ok: no baseline: base ref "main" is not a commit in this clone',
      'onnx: fit skipped: models/onnx.onnx: only Keras-family models (.keras, .h5, TensorFlow.js) can be fitted, not ONNX',
      'onnx: FLOPs increase not measured: no baseline',
      'onnx: accuracy not measured: the fit was skipped',
    ]);
    // The comment escapes what came from a file; a name without markup reads the same.
    const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/\*\*/g, '');
    for (const n of notes) {
      const line = `${n.names.join(', ')}: ${n.what}: ${n.reason}`;
      expect(terminal).toContain(`  · ${line}`);
      expect(markdown.split('\n').map(unescape)).toContain(`- ℹ️ ${line}`);
    }
  });

  it('the verdict heads the comment, ends the terminal table and is the failed step message', () => {
    const v = verdict(r);
    expect(v.text).toBe('flopgate: 1 of 6 models over budget, 1 of 6 models could not be measured');
    expect(markdown.split('\n')[1]).toBe(`### ${v.icon} ${v.text}`);
    expect(terminal.trimEnd().split('\n').at(-1)).toBe(`${v.icon} ${v.text} (base bbbbbbb)`);
    expect(failureMessage(r)).toBe(`${v.text} (gone: .github/flopgate.yml:14:11: models/gone.keras: no such file)`);
  });

  it('the summary tables share their columns: the terminal is wide, the comment folds budget and headroom into one cell', () => {
    // The comment keeps a figure and its share on one line with no-break spaces; the words are the same.
    const mdCells = (line: string | undefined) => (line ?? '').split('|').slice(1, -1).map((c) => c.trim().replace(/\u00a0/g, ' '));
    const filled = (line: string | undefined) => (line ?? '').split(/\s{2,}/).map((c) => c.trim()).filter(Boolean);
    const mdRow = (name: string) => mdCells(markdown.split('\n').find((l) => l.startsWith(`| ${name} |`)));
    const termRow = (name: string) => filled(terminal.split('\n').find((l) => l.startsWith(`${name} `)));
    expect(filled(terminal.split('\n')[0])).toEqual(['model', 'FLOPs', 'Δ vs base', 'budget', 'headroom', 'params', 'accuracy', 'status']);
    expect(mdCells(markdown.split('\n').find((l) => l.startsWith('| model |')))).toEqual(['model', 'FLOPs', 'Δ vs base', 'of budget', 'accuracy', 'status']);
    expect(mdRow('big')).toEqual(['big', '250,000', '', '125% of 200k', '', '❌']);
    expect(mdRow('onnx')).toEqual(['onnx', '179,050', 'n/a', '', 'skipped', '✅']);
    expect(mdRow('close')).toEqual(['close', '179,050', '', '', '', '⚠️']);
    expect(mdRow('gone')).toEqual(['gone', '—', '', '', '', '❌']);
    expect(termRow('big')).toEqual(['big', '250,000', '200,000', 'over by 50,000 (25%)', '89,610', 'FAIL']);
    expect(termRow('gone')).toEqual(['gone', '—', '—', 'ERROR']);
    // The cells both show are the same; the terminal's status is a word.
    for (const [name, status] of [['big', 'FAIL'], ['onnx', 'pass'], ['gone', 'ERROR'], ['close', 'WARN']]) {
      const md = mdRow(name!);
      const term = termRow(name!);
      expect(term.slice(0, 2)).toEqual(md.slice(0, 2));
      expect(term.at(-1)).toBe(status);
      if (md.at(-2)) expect(term.at(-2)).toBe(md.at(-2));
    }
  });
});
