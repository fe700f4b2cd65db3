/**
 * What a new user hit, tried from a clean clone (issue 10, item 4): one test per rough edge.
 * Points tested elsewhere: the Action's comment when the base cannot be fetched
 * (action-run.test.ts, "skips the comparison ... and the comment says so"; action-github.test.ts,
 * "says why a fetch failed in words"); a mistyped --base-ref (check-run.test.ts, "a base ref
 * that does not exist is an error"); ONNX inputs without the batch dimension
 * (onnx-analyze.test.ts); working-directory outside the workspace (action-run.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSource } from '../src/analyze.js';
import { runCheck } from '../src/check/run.js';
import { checkCommand } from '../src/commands/check.js';
import { flopsCommand } from '../src/commands/flops.js';
import { ConfigError } from '../src/config/errors.js';
import { loadBudget } from '../src/config/load.js';
import { BufferSource } from '../src/io/byte-source.js';
import { renderFlopsReport } from '../src/report/terminal-flops.js';
import { ensureBuilt } from './helpers/build-once.js';
import { TempRepo } from './helpers/git-repo.js';
import { model as onnxModel } from './helpers/onnx-writer.js';
import { CLI, ROOT } from './helpers/paths.js';

const repos: TempRepo[] = [];
const dirs: string[] = [];
afterAll(() => {
  repos.forEach((r) => r.remove());
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const repo = (files: Record<string, string>) => {
  const r = TempRepo.init('flopgate-new-user-');
  repos.push(r);
  r.commit(files, 'c');
  return r;
};
async function cli(cmd: typeof checkCommand, argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await cmd(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd }).catch((e: Error & { exitCode?: number }) => {
    stderr += `error: ${e.message}\n`;
    return e.exitCode ?? -1;
  });
  return { code, stdout, stderr };
}

/** A Sequential saved before it was built: no InputLayer, no batch_input_shape anywhere. */
const unbuilt = JSON.stringify({
  modelTopology: {
    class_name: 'Sequential',
    config: {
      name: 's',
      layers: [
        { class_name: 'Flatten', config: { name: 'flatten' } },
        { class_name: 'Dense', config: { name: 'dense', units: 100, activation: 'relu' } },
        { class_name: 'Dense', config: { name: 'dense_1', units: 10, activation: 'softmax' } },
      ],
    },
  },
  format: 'layers-model',
  weightsManifest: [],
});

describe('a Sequential model saved without an input shape', () => {
  it('flops --input-shape 28,28 supplies it', async () => {
    const r = await analyzeSource(new BufferSource(new TextEncoder().encode(unbuilt), 'm.json'), 'm.json', { inputShapes: [[28, 28]] });
    expect(r.flops).toBe(158_950n);
    expect(r.input_shapes).toEqual([[28, 28]]);
  });

  it('input_shape: in the budget file supplies it; without it, the error names the budget key, not a flag', async () => {
    const r = repo({
      'm.json': unbuilt,
      'flopgate.yml': 'version: 1\nmodels:\n  - name: given\n    path: m.json\n    input_shape: [28, 28]\n  - name: missing\n    path: m.json\n',
    });
    const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: false });
    expect(report.models[0]).toMatchObject({ name: 'given', flops: 158_950n, status: 'pass' });
    expect(report.models[1]!.error).toBe('flopgate.yml:7:11: m.json: the model does not record its input shape; give it with input_shape in the budget file');
    expect(report.models[1]!.error).not.toContain('--');
  });
});

describe('the budget file', () => {
  it('accuracy: without a fit: block is a configuration fault at its line and column (exit 2), not a note blaming --no-fit', async () => {
    const r = repo({ 'flopgate.yml': 'version: 1\nmodels:\n  - name: a\n    layers:\n      - dense: {units: 10, input_shape: [4]}\n    budget: {accuracy: 0.9}\n' });
    const err = await loadBudget('flopgate.yml', r.dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe('flopgate.yml:6:24: models[0].budget.accuracy: an accuracy budget needs a `fit:` block in this entry (the fit measures the accuracy)');
    const out = await cli(checkCommand, ['--budget', 'flopgate.yml', '--no-fit'], r.dir);
    expect(out.code).toBe(2);
  });

  it('keys that shape training but not the count (a Dropout rate, BatchNormalization momentum) are valid inline', async () => {
    const r = repo({
      'flopgate.yml':
        'version: 1\nmodels:\n  - name: a\n    layers:\n      - flatten: {input_shape: [28, 28]}\n      - dense: {units: 10}\n      - batch_normalization: {momentum: 0.9, epsilon: 0.001}\n      - dropout: {rate: 0.2, noise_shape: null}\n      - gaussian_noise: {stddev: 0.1}\n',
    });
    const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: false });
    expect(report.models[0]!.error).toBeUndefined();
    expect(report.models[0]!.status).toBe('pass');
  });

  it('a typo inside an inline layer is an error with a did-you-mean, not a silently different count', async () => {
    const r = repo({ 'flopgate.yml': 'version: 1\nmodels:\n  - name: a\n    layers:\n      - flatten: {input_shape: [28, 28]}\n      - dense: {units: 10, activaton: relu}\n' });
    const report = await runCheck({ root: r.dir, budgetFile: 'flopgate.yml', fit: false });
    expect(report.models[0]!.error).toBe('flopgate.yml:6:28: unknown key "activaton" in inline layer 1 (Dense) (did you mean "activation"?)');
    expect(report.status).toBe('fail');
  });

  it('check --budget path/to/flopgate.yml from another directory resolves model paths against the repository root, and says where it looked', async () => {
    const r = repo({
      'models/m.json': unbuilt,
      'ci/flopgate.yml': 'version: 1\nmodels:\n  - name: found\n    path: models/m.json\n    input_shape: [28, 28]\n  - name: lost\n    path: models/nope.json\n',
    });
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'flopgate-elsewhere-'));
    dirs.push(elsewhere);
    const out = await cli(checkCommand, ['--budget', path.join(r.dir, 'ci', 'flopgate.yml'), '--no-fit', '--json', 'r.json'], elsewhere);
    expect(out.code).toBe(2);
    const json = JSON.parse(readFileSync(path.join(elsewhere, 'r.json'), 'utf8'));
    expect(json.models[0]).toMatchObject({ name: 'found', flops: 158_950, status: 'pass' });
    expect(json.models[1].error).toBe(`ci/flopgate.yml:7:11: models/nope.json: no such file (model paths are relative to the repository root; looked in ${r.dir})`);
  });
});

describe('the command line', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('--version prints the package version', () => {
    const r = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8', timeout: 10_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`flopgate ${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('--json - writes the report to stdout (the table goes to stderr), and no file named "-"', async () => {
    const r = repo({ 'flopgate.yml': 'version: 1\nmodels:\n  - name: a\n    layers:\n      - dense: {units: 10, input_shape: [4]}\n' });
    const out = await cli(checkCommand, ['--budget', 'flopgate.yml', '--no-fit', '--json', '-'], r.dir);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ version: 1, models: [{ name: 'a', flops: 80 }] });
    expect(out.stderr).toContain('✅ flopgate: 1 model within budget');
    expect(existsSync(path.join(r.dir, '-'))).toBe(false);
  });

  it('flops with an unknown op: the hint says --unknown warn; with it, the unknown layers are listed once, and training FLOPs read "≥", not "~≥"', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'flopgate-unknown-'));
    dirs.push(dir);
    writeFileSync(
      path.join(dir, 'odd.onnx'),
      onnxModel({
        inputs: [{ name: 'x', dims: [1, 8] }],
        outputs: [{ name: 'y' }],
        initializers: [{ name: 'w', dims: [8, 8] }],
        nodes: [{ op: 'MatMul', inputs: ['x', 'w'], outputs: ['h'] }, { op: 'WarpDrive', domain: 'com.example', inputs: ['h'], outputs: ['y'] }],
        opsets: { 'com.example': 1 },
      }),
    );
    const strict = await cli(flopsCommand, ['odd.onnx'], dir);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('--unknown warn');
    expect(strict.stderr.trimEnd().split('\n')).toHaveLength(1);
    const warn = await cli(flopsCommand, ['odd.onnx', '--unknown', 'warn'], dir);
    expect(warn.code).toBe(0);
    expect(warn.stderr).toBe('');
    expect(warn.stdout.match(/WarpDrive\)/g)).toHaveLength(1);
    expect(warn.stdout).toMatch(/^Training FLOPs: {3}≥ 384 \(estimate: 3 x forward\)$/m);
    expect(warn.stdout).not.toContain('~');
  });

  it('the comment detail never mixes 9,216 and 6.73 M in one column', async () => {
    const { renderMarkdown } = await import('../src/report/markdown.js');
    const { layer, model, report } = await import('./helpers/check-results.js');
    const m = model('conv', { flops: 6_739_216n, layers: [layer(0, 'small', 9_216, 10), layer(1, 'big', 6_730_000, 100)] });
    const md = renderMarkdown(report([m]));
    expect(md).toContain('| 0 | small | Dense | (1, 100) | 10 | 9.22 k | 0.1% |');
    expect(md).toContain('| 1 | big | Dense | (1, 100) | 100 | 6.73 M | 99.9% |');
  });

  it('renderFlopsReport: a lower bound is "≥ N", with no "~" in front', () => {
    const text = renderFlopsReport({
      name: 'm', path: 'm', format: 'onnx', convention: 'notebook', flops: 10n, lower_bound: true, macs: 5n, params: 1n, trainable_params: 1n, non_trainable_params: 0n,
      weights_bytes: 4n, weights_by_dtype: { float32: 4n }, activation_bytes: 0n, batch_size: 1, input_shapes: [[1]], training_flops_estimate: 30n, unknown: [{ layer: 'u', type: 'U' }], layers: [],
    });
    expect(text).toContain('Training FLOPs:   ≥ 30 (estimate: 3 x forward)');
  });
});

describe('installing', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('the package has no runtime dependencies: dist/ is self-contained', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.files).toContain('dist');
  });

  it('dist/ copied alone (no node_modules beside it) measures', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'flopgate-alone-'));
    dirs.push(dir);
    cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
    cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
    const r = spawnSync(process.execPath, [path.join(dir, 'dist', 'cli', 'index.js'), 'flops', path.join(ROOT, 'examples', 'mlp-784-100-100-10', 'model.json')], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Total FLOPs: {6}179,050$/m);
  });

  it('examples/flopgate.yml: tiny-mlp is smaller than mnist-mlp-50, as the file says (check-command.test.ts measures it)', () => {
    const text = readFileSync(path.join(ROOT, 'examples', 'flopgate.yml'), 'utf8');
    const tiny = text.slice(text.indexOf('- name: tiny-mlp'));
    expect(tiny).not.toContain('units: 50');
    expect(tiny).toContain('# 50,898 FLOPs, 25,450 params');
  });
});
