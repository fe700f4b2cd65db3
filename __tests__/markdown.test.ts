import { describe, expect, it } from 'vitest';
import { markerFor, renderMarkdown, TRIMMED_NOTE } from '../src/report/markdown.js';
import { renderCheckTable } from '../src/report/terminal-check.js';
import { BASE, layer, model, report } from './helpers/check-results.js';
import { fitOk } from './helpers/notebook.js';

const fit = (accuracy: number) => fitOk(accuracy, { loss: 0.25, seconds: 4.2, samples_per_second: 1900, backend: 'tensorflow' });

describe('renderMarkdown', () => {
  it('starts with the marker and the verdict, then the table, detail and footer', () => {
    const r = report([
      model('mnist-mlp-100', { base: { status: 'measured', ref: BASE, flops: 170_000n, params: 80_000n, delta: 9_050n, ratio: 9_050 / 170_000 } }),
      model('mnist-mlp-50', { flops: 84_550n, layers: [layer(0, 'dense', 84_550, 42_310)], base: { status: 'new', ref: BASE } }),
    ]);
    const body = renderMarkdown(r);
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- flopgate:.github/flopgate.yml -->');
    expect(lines[1]).toBe('### ✅ flopgate: 2 models within budget');
    // Narrow enough for a comment (about 780 px): budget and headroom in one short cell, params in the detail.
    expect(body).toContain('| model | FLOPs | Δ vs base | of budget | status |');
    expect(body).toContain('| mnist-mlp-100 | 179,050 | +9,050\u00a0(+5.3%) | 89.5%\u00a0of\u00a0200k | ✅ |');
    expect(body).toContain('| mnist-mlp-50 | 84,550 | new | 42.3%\u00a0of\u00a0200k | ✅ |');
    expect(body).toContain('<details><summary>mnist-mlp-100: 179,050 FLOPs, 89,610 params, 4 layers</summary>');
    expect(body).toContain('| 1 | dense | Dense | (1, 100) | 78,500 | 157,000 | 87.7% |');
    expect(body).toContain('convention `notebook`');
    expect(body).toContain('base `bbbbbbb` → head `aaaaaaa`');
    expect(body).not.toContain('mermaid');
    expect(body).not.toContain('accuracy |');
    expect(body.endsWith('\n')).toBe(true);
  });

  it('names the tool that wrote the file, escaped like every string from a file', () => {
    const body = renderMarkdown(report([model('resnet', { format: 'onnx', path: 'm/resnet.onnx', producer: 'pytorch 2.13.0+cpu' }), model('evil', { format: 'onnx', producer: '<img src=x>' })]));
    expect(body).toContain('m/resnet.onnx (onnx from pytorch 2.13.0+cpu)');
    expect(body).not.toContain('<img');
  });

  it('says what failed and why', () => {
    const over = model('big', { flops: 250_000n, layers: [layer(0, 'dense', 250_000, 125_000)] });
    const broken = { ...model('gone', { layers: [], flops: 0n, checks: [], status: 'fail' }), error: '.github/flopgate.yml:9:11: models/gone.keras: no such file' };
    const body = renderMarkdown(report([over, broken, model('ok')]));
    expect(body.split('\n')[1]).toBe('### ❌ flopgate: 1 of 3 models over budget, 1 of 3 models could not be measured');
    expect(body).toContain('- ❌ **big**: FLOPs 250,000 exceed the budget of 200,000');
    expect(body).toContain('| big | 250,000 | 125%\u00a0of\u00a0200k | ❌ |');
    // Why it failed comes before the table, so it is read without scrolling.
    expect(body.indexOf('- ❌ **big**')).toBeLessThan(body.indexOf('| model |'));
    expect(body).toContain('- ❌ **gone**: .github/flopgate.yml:9:11: models/gone.keras: no such file');
    expect(body).not.toContain('<summary>gone');
  });

  it('marks lower bounds and lists unknown layers', () => {
    const m = model('odd', {
      lower_bound: true,
      unknown: [{ layer: 'mystery', type: 'MyLayer' }],
      layers: [layer(0, 'dense', 1000, 10), { ...layer(1, 'mystery', 0, 0, 'MyLayer'), unknown: true }],
      flops: 1000n,
    });
    const body = renderMarkdown(report([m]));
    expect(body).toContain('| odd | ≥\u00a01,000 |');
    expect(body).toContain('1 unknown layer counted as 0, so its FLOPs are a lower bound (≥): mystery (MyLayer)');
    expect(body).toContain('MyLayer ⚠️ unknown, counted as 0');
  });

  it('escapes every string from a file so nothing renders', () => {
    const evil = '<img src=x> @octocat **bold** | x';
    const m = model(evil, {
      path: 'models/[link](http://evil.example)`code`.keras',
      layers: [layer(0, '<script>alert(1)</script>', 100, 1, '_Em_ #12 ~strike~ $x$')],
      flops: 100n,
    });
    const broken = { ...model('@team\nnext line', { checks: [], status: 'fail' }), error: 'bad | <b>bold</b> www.example.com' };
    const body = renderMarkdown(report([m, broken]));
    // No raw tag, emphasis, pipe inside a cell, link, code span or mention survives.
    expect(body).not.toMatch(/<img|<script|<b>/);
    expect(body).not.toContain('**bold**');
    expect(body).not.toContain('@octocat');
    expect(body).not.toContain('@team');
    expect(body).not.toContain('[link]');
    expect(body).not.toContain('`code`');
    expect(body).not.toContain('http://evil');
    expect(body).not.toContain('www.example');
    expect(body).not.toMatch(/(?<!&)#12/);
    expect(body).toContain('&lt;img src=x&gt; @\u200boctocat &#42;&#42;bold&#42;&#42; &#124; x');
    // Each summary row still has exactly the table's cells.
    const row = body.split('\n').find((l) => l.startsWith('| &lt;img'))!;
    expect(row.split('|').length).toBe('| model | FLOPs | of budget | status |'.split('|').length);
    // A newline in a name cannot start a new markdown line.
    expect(body).toContain('@\u200bteam next line');
  });

  it('the marker cannot close its HTML comment early', () => {
    expect(markerFor('.github/flopgate.yml')).toBe('<!-- flopgate:.github/flopgate.yml -->');
    const m = markerFor('a-->b<!--c.yml');
    expect(m.startsWith('<!-- flopgate:')).toBe(true);
    expect(m.slice(4, -3)).not.toMatch(/--|>|</);
  });

  it('uses the marker and https run link it is given, and ignores a link that is not https', () => {
    const body = renderMarkdown(report([model('a')]), { marker: '<!-- flopgate:custom -->', runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.startsWith('<!-- flopgate:custom -->\n')).toBe(true);
    expect(body).toContain('[workflow run](https://github.com/o/r/actions/runs/1)');
    expect(renderMarkdown(report([model('a')]), { runUrl: 'javascript:alert(1)' })).not.toContain('workflow run');
  });

  it('draws the accuracy chart only when three or more models were fitted, on an axis from 0', () => {
    const one = renderMarkdown(report([model('a', { fit: fit(0.93) }), model('b')]));
    expect(one).not.toContain('```mermaid');
    expect(one).toContain('| accuracy |');
    expect(one).toContain('93.00%');
    const two = renderMarkdown(report([model('a', { fit: fit(0.93) }), model('b', { fit: fit(0.95) })]));
    expect(two).not.toContain('```mermaid');
    const three = renderMarkdown(
      report([
        model('mnist-mlp-100', { fit: fit(0.9512) }),
        model('mnist "50" <x>', { flops: 84_550n, layers: [layer(0, 'd', 84_550, 1)], fit: fit(0.9311) }),
        model('tiny', { flops: 20_000n, layers: [layer(0, 'd', 20_000, 1)], fit: fit(0.8807) }),
      ]),
    );
    const chart = /```mermaid\n([\s\S]*?)```/.exec(three)?.[1];
    expect(chart).toBeDefined();
    expect(chart).toContain('xychart-beta');
    // Ordered by FLOPs, labels reduced to a safe alphabet (no quotes or brackets from names).
    expect(chart).toContain('x-axis ["tiny 20k", "mnist _50_ _x_ 84.6k", "mnist-mlp-100 179k"]');
    expect(chart).toContain('bar [0.8807, 0.9311, 0.9512]');
    // Bars stand on 0: a bar's height is its accuracy, not a difference magnified by a cut axis.
    expect(chart).toContain('y-axis "validation accuracy" 0 --> 1');
  });

  it('notes fits that were skipped and accuracy budgets that were not measured', () => {
    const skipped = model('onnx', { fit: { status: 'skipped', reason: 'only Keras-family models can be fitted' } });
    const unfitted = model('nofit', { checks: [{ budget: 'accuracy', limit: 0.9, actual: null, status: 'not-measured' }] });
    const body = renderMarkdown(report([skipped, unfitted]));
    expect(body).toContain('- ℹ️ **onnx**: fit skipped: only Keras-family models can be fitted');
    expect(body).toContain('- ℹ️ **nofit**: accuracy not measured: fits were turned off (--no-fit)');
    expect(body).toContain('| nofit | 179,050 |');
  });

  it('says a reason shared by many models once', () => {
    const base = { status: 'unavailable' as const, reason: 'base ref "main" is not a commit in this clone' };
    const models = Array.from({ length: 8 }, (_, i) => model(`m${i}`, { base }));
    const body = renderMarkdown(report(models));
    const lines = body.split('\n').filter((l) => l.includes('no baseline'));
    expect(lines).toEqual(['- ℹ️ **m0**, **m1**, **m2**, **m3**, **m4** and 3 more: no baseline: base ref &quot;main&quot; is not a commit in this clone']);
    const terminal = renderCheckTable(report(models), 1000).split('\n').filter((l) => l.includes('no baseline'));
    expect(terminal).toEqual(['  · m0, m1, m2, m3, m4 and 3 more: no baseline: base ref "main" is not a commit in this clone']);
  });

  it('trims the largest per-layer tables first to stay under the limit', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => layer(i, `layer_${i}`, 10, 1));
    const big = model('big', { layers: many(400), flops: 4000n });
    const small = model('small', { layers: many(3), flops: 30n });
    const full = renderMarkdown(report([big, small]), { maxLength: 1_000_000 });
    const limit = full.length - 1000;
    const body = renderMarkdown(report([big, small]), { maxLength: limit });
    expect(body.length).toBeLessThanOrEqual(limit);
    expect(body).toContain('<summary>small:');
    expect(body).not.toContain('<summary>big:');
    expect(body).toContain(`${TRIMMED_NOTE} (1 of 2 models)._`);
    expect(body.split('\n')[1]).toBe('### ✅ flopgate: 2 models within budget');
  });

  it('keeps the verdict and as many summary rows as fit with 2,000 models', () => {
    const models = Array.from({ length: 2000 }, (_, i) => model(`model-${String(i).padStart(4, '0')}`, i === 1999 ? { flops: 300_000n, layers: [layer(0, 'dense', 300_000, 1)], status: 'fail', checks: [{ budget: 'flops', limit: 200_000n, actual: 300_000n, status: 'fail' }] } : {}));
    const body = renderMarkdown(report(models));
    if (process.env.SHOW) console.log(body.slice(0, 1500), '\n...\n', body.slice(-1500));
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body.length).toBeGreaterThan(60_000);
    expect(body.split('\n')[1]).toBe('### ❌ flopgate: 1 of 2,000 models over budget');
    expect(body).not.toContain('<details>');
    expect(body).toContain(TRIMMED_NOTE);
    // The failing model is shown first, whatever its place in the file.
    const firstRow = body.split('\n').find((l) => l.startsWith('| model-'));
    expect(firstRow).toMatch(/^\| model-1999 \| 300,000 /);
    const more = /_… and ([\d,]+) more models \(([\d,]+) failing\)?/.exec(body);
    const hidden = /_… and ([\d,]+) more models/.exec(body);
    expect(hidden).not.toBeNull();
    const shownRows = body.split('\n').filter((l) => l.startsWith('| model-')).length;
    expect(shownRows + Number(hidden![1]!.replace(/,/g, ''))).toBe(2000);
    expect(more).toBeNull(); // the only failure is shown, so none of the hidden ones fail
    expect(body).toContain('base `bbbbbbb` → head `aaaaaaa`');
  });

  it('respects a small maxLength even with long notes', () => {
    const models = Array.from({ length: 50 }, (_, i) => ({ ...model(`m${i}`, { status: 'fail', checks: [] }), error: 'x'.repeat(400) }));
    const body = renderMarkdown(report(models), { maxLength: 3000 });
    expect(body.length).toBeLessThanOrEqual(3000);
    expect(body).toContain('### ❌ flopgate: 50 of 50 models could not be measured');
  });
});

describe('renderCheckTable', () => {
  it('aligns a row per model and ends with the verdict', () => {
    const r = report([
      model('mnist-mlp-100', { base: { status: 'measured', ref: BASE, flops: 179_050n, params: 89_610n, delta: 0n, ratio: 0 }, fit: fit(0.95) }),
      model('big\u001b[31m', { flops: 250_000n, layers: [], status: 'fail', checks: [{ budget: 'flops', limit: 200_000n, actual: 250_000n, status: 'fail' }] }),
    ]);
    const out = renderCheckTable(r, 120);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^model\s+FLOPs\s+Δ vs base\s+budget\s+headroom\s+params\s+accuracy\s+status$/);
    expect(out).toMatch(/mnist-mlp-100\s+179,050\s+no change\s+200,000\s+20,950 \(10\.5%\)\s+89,610\s+95\.00%\s+pass/);
    expect(out).toMatch(/big\?\[31m\s+250,000\s+200,000\s+over by 50,000 \(25%\)\s+89,610\s+FAIL/);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('✗ big?[31m: FLOPs 250,000 exceed the budget of 200,000');
    expect(out.trimEnd().split('\n').at(-1)).toBe(`❌ flopgate: 1 of 2 models over budget (base bbbbbbb)`);
  });
});
