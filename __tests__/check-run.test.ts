import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyzeModel, type Analysis } from '../src/analyze.js';
import { exitCodeOf } from '../src/check/exit-code.js';
import { runCheck } from '../src/check/run.js';
import type { CheckReport, ModelCheckResult } from '../src/check/types.js';
import { ConfigError } from '../src/config/errors.js';
import { FlopgateError } from '../src/errors.js';
import { FileSource } from '../src/io/byte-source.js';
import { TempRepo } from './helpers/git-repo.js';
import { fitOk, notebookModelJson } from './helpers/notebook.js';

/** The seed notebook's MLP as a YAML-free model file (a JSON `layers:` document). */
const mlp = notebookModelJson;
const inline = (hidden: number) => `    layers:
      - flatten: {input_shape: [28, 28]}
      - dense: {units: ${hidden}, activation: relu}
      - dense: {units: 10, activation: softmax}
`;
const LFS = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));
function repo(): TempRepo {
  const r = TempRepo.init('flopgate-check-');
  repos.push(r);
  return r;
}
const byName = (r: CheckReport, name: string): ModelCheckResult => r.models.find((m) => m.name === name)!;

describe('runCheck against a base commit', () => {
  const r = repo();
  const base = r.commit(
    {
      'models/a.json': mlp(50),
      'models/old-name.json': mlp(100),
      'models/gone.json': mlp(50),
      '.github/flopgate.yml': `models:
  - name: a
    path: models/a.json
  - name: renamed
    path: models/old-name.json
  - name: tiny
${inline(20)}`,
    },
    'base',
  );
  const head = r.commit(
    {
      'models/a.json': mlp(100),
      'models/old-name.json': null,
      'models/new-name.json': mlp(100),
      'models/b.json': mlp(50),
      '.github/flopgate.yml': `version: 1
models:
  - name: a
    path: models/a.json
    budget: {flops: 200k, flops_warn: 150k, params: 100k, flops_increase: 5%}
  - name: b
    path: models/b.json
    budget: {flops_increase: 5%}
  - name: renamed
    path: models/new-name.json
  - name: tiny
${inline(40)}    budget: {flops: 100k}
  - name: tiny-new
${inline(10)}`,
    },
    'head',
  );

  it('measures head, compares with the base and evaluates every limit', async () => {
    const report = await runCheck({ root: r.dir, budgetFile: '.github/flopgate.yml', baseRef: base, fit: false });
    expect(report).toMatchObject({ version: 1, convention: 'notebook', budget_file: '.github/flopgate.yml', head, base, status: 'fail', passed: false });

    const a = byName(report, 'a');
    expect(a.flops).toEqual(179_050);
    expect(a.params).toEqual(89_610);
    expect(a.base).toEqual({ status: 'measured', ref: base, flops: 84_550, params: 42_310, delta: 94_500, ratio: 94_500 / 84_550 });
    expect(a.checks).toEqual([
      { budget: 'flops', limit: 200_000, actual: 179_050, status: 'pass' },
      { budget: 'flops_warn', limit: 150_000, actual: 179_050, status: 'warn' },
      { budget: 'params', limit: 100_000, actual: 89_610, status: 'pass' },
      { budget: 'flops_increase', limit: 0.05, actual: 94_500 / 84_550, status: 'fail' },
    ]);
    expect(a.status).toBe('fail');
    expect(a.source).toEqual({ file: '.github/flopgate.yml', line: 3, column: 5 });
    expect(a.layers.map((l) => l.flops)).toEqual([0, 156_900, 20_100, 2_050]);

    const b = byName(report, 'b');
    expect(b.base).toEqual({ status: 'new', ref: base });
    expect(b.checks).toEqual([{ budget: 'flops_increase', limit: 0.05, actual: null, status: 'not-measured' }]);
    expect(b.status).toBe('pass');

    // Found at the base under its old path, through the base's budget file.
    expect(byName(report, 'renamed').base).toMatchObject({ status: 'measured', flops: 179_050, delta: 0, ratio: 0 });

    // Inline: the base's layers come from the budget file at the base commit.
    const tiny = byName(report, 'tiny');
    expect(tiny.path).toBe('.github/flopgate.yml');
    expect(tiny.format).toBe('inline');
    expect(tiny.flops).toEqual(2 * (784 * 40 + 40 * 10) + 40 + 5 * 10);
    expect(tiny.base).toMatchObject({ status: 'measured', flops: 2 * (784 * 20 + 20 * 10) + 20 + 5 * 10 });
    expect(byName(report, 'tiny-new').base).toEqual({ status: 'new', ref: base });
    expect(exitCodeOf(report)).toBe(1);
  });

  it('without a base ref there is no comparison and flops_increase is not measured', async () => {
    const report = await runCheck({ root: r.dir, budgetFile: '.github/flopgate.yml', fit: false });
    expect(report.base).toBeUndefined();
    expect(report.models.every((m) => m.base === undefined)).toBe(true);
    expect(byName(report, 'a').checks.at(-1)).toMatchObject({ budget: 'flops_increase', status: 'not-measured' });
    expect(byName(report, 'a').status).toBe('warn');
    expect(report.status).toBe('warn');
    expect(report.passed).toBe(true);
    expect(exitCodeOf(report)).toBe(0);
  });

  it('a base ref that does not exist is an error (exit 2), not a baseline done without', async () => {
    const err = await runCheck({ root: r.dir, budgetFile: '.github/flopgate.yml', baseRef: 'mian', fit: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FlopgateError);
    expect((err as FlopgateError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(/^--base-ref: base ref "mian" is not a commit in this clone/);
  });

  it('a ref that looks like an option is refused, not passed to git', async () => {
    const err = await runCheck({ root: r.dir, budgetFile: '.github/flopgate.yml', baseRef: '--output=/tmp/x', fit: false }).catch((e: unknown) => e);
    expect((err as Error).message).toBe('--base-ref: "--output=/tmp/x" is not a git ref');
  });

  it('a shallow clone without the base commit: an error with advice', async () => {
    const clone = TempRepo.shallowClone(r);
    repos.push(clone);
    expect(clone.hasCommit(base)).toBe(false);
    const err = await runCheck({ root: clone.dir, budgetFile: '.github/flopgate.yml', baseRef: base, fit: false }).catch((e: unknown) => e);
    expect((err as Error).message).toContain('fetch-depth: 0');
  });

  it('a comparison skipped before it began (the Action could not fetch the base) is said for every model', async () => {
    const report = await runCheck({ root: r.dir, budgetFile: '.github/flopgate.yml', baseSkipped: 'could not fetch the base commit abc1234: the remote does not have it', fit: false });
    for (const m of report.models) expect(m.base).toEqual({ status: 'unavailable', reason: 'could not fetch the base commit abc1234: the remote does not have it' });
  });
});

describe('models that cannot be measured', () => {
  it('a Git LFS pointer at head is explained, and the check exits 2', async () => {
    const r = repo();
    r.commit({ 'm/lfs.keras': LFS, 'm/ok.json': mlp(50), 'flopgate.yml': 'models:\n  - name: big\n    path: m/lfs.keras\n  - name: ok\n    path: m/ok.json\n' }, 'lfs');
    const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: false });
    const big = byName(report, 'big');
    expect(big.status).toBe('fail');
    expect(big.error).toBe(
      'flopgate.yml:3:11: m/lfs.keras: is a Git LFS pointer, not the model; check out with `lfs: true` (actions/checkout) or run `git lfs pull`',
    );
    expect(byName(report, 'ok').flops).toEqual(84_550);
    expect(report.status).toBe('fail');
    expect(exitCodeOf(report)).toBe(2);
  });

  it('a Git LFS pointer at the base leaves the baseline unavailable, with the explanation', async () => {
    const r = repo();
    const base = r.commit({ 'm/a.keras': LFS, 'flopgate.yml': 'models:\n  - name: a\n    path: m/a.keras\n' }, 'base');
    r.commit({ 'm/a.keras': mlp(50) }, 'head');
    const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', baseRef: base, fit: false });
    expect(report.models[0]!.flops).toEqual(84_550);
    expect(report.models[0]!.base).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('is a Git LFS pointer, not the model') });
    expect(report.status).toBe('pass');
  });

  it('a missing file and an unknown inline layer name the budget-file line', async () => {
    const r = repo();
    r.commit(
      { 'flopgate.yml': 'models:\n  - name: gone\n    path: m/gone.keras\n  - name: odd\n    layers:\n      - flatten: {input_shape: [4]}\n      - warp_drive: {}\n' },
      'c',
    );
    const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: false });
    expect(byName(report, 'gone').error).toBe(`flopgate.yml:3:11: m/gone.keras: no such file (model paths are relative to the repository root; looked in ${r.dir})`);
    expect(byName(report, 'odd').error).toMatch(/^flopgate\.yml:6:7: layers\[1\]: unknown layer type "warp_drive"/);
    expect(report.models.map((m) => m.status)).toEqual(['fail', 'fail']);
    expect(exitCodeOf(report)).toBe(2);
  });

  it('a faulty budget file throws a ConfigError before anything is measured', async () => {
    const r = repo();
    r.commit({ 'flopgate.yml': 'models:\n  - name: a\n    path: m.json\n    budget: {flop: 1k}\n' }, 'c');
    const err = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe('flopgate.yml:4:14: models[0].budget.flop: unknown key "flop" (did you mean "flops"?)');
  });
});

describe('fit', () => {
  const ok = (accuracy: number) => fitOk(accuracy, { seconds: 2, samples_per_second: 4000 });
  const r = repo();
  r.commit(
    {
      'm/a.json': mlp(50),
      'flopgate.yml': `models:
  - name: good
    path: m/a.json
    budget: {accuracy: 0.9}
    fit: {epochs: 2, seed: 7}
  - name: weak
${inline(10)}    budget: {accuracy: "95%"}
    fit: {}
  - name: nofit
    path: m/a.json
    budget: {params: 1M}
`,
    },
    'c',
  );

  it('runs a fit per entry with a fit block, with defaults applied, and judges accuracy', async () => {
    const runFit = vi.fn(async (_spec, _shapes, cfg: { seed: number }) => ok(cfg.seed === 7 ? 0.93 : 0.91));
    const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: true }, { runFit });
    expect(runFit).toHaveBeenCalledTimes(2);
    const [spec, shapes, cfg] = runFit.mock.calls[0]!;
    expect((spec as { layers: unknown[] }).layers).toHaveLength(4);
    expect(shapes).toEqual([[28, 28]]);
    expect(cfg).toEqual({ dataset: 'mnist', epochs: 2, batch_size: 32, train_samples: 8000, validation_samples: 2000, seed: 7, optimizer: 'adam', loss: 'categorical_crossentropy', backend: 'auto' });
    expect(byName(report, 'good').checks).toEqual([{ budget: 'accuracy', limit: 0.9, actual: 0.93, status: 'pass' }]);
    expect(byName(report, 'weak').checks).toEqual([{ budget: 'accuracy', limit: 0.95, actual: 0.91, status: 'fail' }]);
    expect(report.status).toBe('fail');
  });

  it('--no-fit runs none', async () => {
    const runFit = vi.fn();
    const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: false }, { runFit });
    expect(runFit).not.toHaveBeenCalled();
    expect(report.models.flatMap((m) => m.checks.filter((c) => c.budget === 'accuracy')).every((c) => c.status === 'not-measured')).toBe(true);
    expect(report.status).toBe('pass');
  });

  it('a model with no Keras architecture (ONNX) or a fit that throws is skipped with the reason', async () => {
    const report = await runCheck(
      { root: r.dir, budgetFile: 'flopgate.yml', fit: true },
      {
        // What an ONNX file gives: a report and no Keras architecture.
        analyzeModel: async (src, label, opts) => ({ report: (await analyzeModel(src, label, opts)).report }),
        runFit: async () => {
          throw new Error('no backend could be loaded');
        },
      },
    );
    expect(byName(report, 'good').fit).toEqual({ status: 'skipped', reason: 'm/a.json: only Keras-family models (.keras, .h5, TensorFlow.js) can be fitted, not ONNX' });
    expect(byName(report, 'weak').fit).toEqual({ status: 'skipped', reason: 'no backend could be loaded' });
    expect(report.status).toBe('pass');
  });

  it('opens each model file once: the analysis that measures it gives the fit its architecture', async () => {
    const open = vi.spyOn(FileSource, 'open');
    const analyses: Analysis[] = [];
    const spied = async (...args: Parameters<typeof analyzeModel>) => {
      const a = await analyzeModel(...args);
      analyses.push(a);
      return a;
    };
    const runFit = vi.fn(async (_spec: unknown, _shapes: unknown, _cfg: { seed: number }) => ok(0.95));
    try {
      await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: true }, { analyzeModel: spied, runFit });
      // Two entries read m/a.json (good, with a fit, and nofit): one open each, none for the fit.
      expect(open.mock.calls.map(([p]) => p)).toEqual([`${r.dir}/m/a.json`, `${r.dir}/m/a.json`]);
    } finally {
      open.mockRestore();
    }
    expect(analyses).toHaveLength(2);
    const good = runFit.mock.calls.find(([, , cfg]) => cfg.seed === 7)!;
    expect(good[0]).toBe(analyses[0]!.keras);
  });
});
