import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCommand } from '../src/commands/check.js';
import { TempRepo } from './helpers/git-repo.js';
import { notebookModelJson } from './helpers/notebook.js';

const mlp = notebookModelJson;

const budget = (flops: string) => `version: 1
models:
  - name: mnist-mlp-100
    path: models/mlp100.json
    budget: {flops: ${flops}, params: 100k, flops_increase: 5%}
  - name: tiny
    layers:
      - flatten: {input_shape: [28, 28]}
      - dense: {units: 10, activation: softmax}
    budget: {flops: 100k}
`;

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

function setup(files: Record<string, string>): TempRepo {
  const r = TempRepo.init('flopgate-cmd-');
  repos.push(r);
  r.commit({ 'models/mlp100.json': mlp(100), ...files }, 'c');
  return r;
}

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await checkCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

describe('flopgate check', () => {
  it('exit 0 within budget; the default budget file is found from a subdirectory; JSON and markdown are written', async () => {
    const r = setup({ '.github/flopgate.yml': budget('200k') });
    const sub = path.join(r.dir, 'src', 'deep');
    mkdirSync(sub, { recursive: true });
    const out = await run(['--json', 'out/report.json', '--markdown', 'out/comment.md', '--no-fit'], sub);
    expect(out.stderr).not.toContain('error');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/mnist-mlp-100\s+179,050\s+200,000\s+20,950 \(10\.5%\)\s+89,610\s+pass/);
    expect(out.stdout).toContain('✅ flopgate: 2 models within budget');

    const json = JSON.parse(readFileSync(path.join(sub, 'out', 'report.json'), 'utf8'));
    expect(json).toMatchObject({ version: 1, convention: 'notebook', passed: true, status: 'pass', budget_file: '.github/flopgate.yml' });
    expect(json.head).toMatch(/^[0-9a-f]{40}$/);
    const m = json.models[0];
    for (const key of ['name', 'path', 'format', 'convention', 'flops', 'macs', 'params', 'batch_size', 'unknown', 'layers', 'checks', 'status', 'source']) {
      expect(m).toHaveProperty(key);
    }
    expect(m).toMatchObject({ name: 'mnist-mlp-100', path: 'models/mlp100.json', flops: 179_050, macs: 89_400, params: 89_610, batch_size: 1, unknown: [], status: 'pass' });
    expect(Object.keys(m.layers[1]).sort()).toEqual(expect.arrayContaining(['index', 'name', 'type', 'input_shape', 'output_shape', 'macs', 'flops', 'params']));
    expect(m.checks[0]).toEqual({ budget: 'flops', limit: 200_000, actual: 179_050, status: 'pass' });
    expect(m.checks[2]).toEqual({ budget: 'flops_increase', limit: 0.05, actual: null, status: 'not-measured' });

    const md = readFileSync(path.join(sub, 'out', 'comment.md'), 'utf8');
    expect(md.startsWith('<!-- flopgate:.github/flopgate.yml -->\n### ✅ flopgate: 2 models within budget\n')).toBe(true);
    // Written atomically: no temporary files left beside the outputs.
    expect(readdirSync(path.join(sub, 'out')).sort()).toEqual(['comment.md', 'report.json']);
  });

  it('exit 1 when a budget is exceeded', async () => {
    const r = setup({ '.github/flopgate.yml': budget('150k') });
    const out = await run(['--no-fit', '--json', 'r.json'], r.dir);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('✗ mnist-mlp-100: FLOPs 179,050 exceed the budget of 150,000');
    expect(out.stdout).toContain('❌ flopgate: 1 of 2 models over budget');
    expect(JSON.parse(readFileSync(path.join(r.dir, 'r.json'), 'utf8'))).toMatchObject({ passed: false, status: 'fail' });
  });

  it('compares with --base-ref', async () => {
    const r = setup({ '.github/flopgate.yml': budget('200k') });
    r.commit({ 'models/mlp100.json': mlp(101) }, 'grow');
    const out = await run(['--no-fit', '--base-ref', 'HEAD~1', '--json', 'r.json'], r.dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/mnist-mlp-100\s+181,042\s+\+1,992 \(\+1\.1%\)/);
    const json = JSON.parse(readFileSync(path.join(r.dir, 'r.json'), 'utf8'));
    expect(json.base).toBe(r.git('rev-parse', 'HEAD~1'));
    expect(json.models[0].base).toMatchObject({ status: 'measured', flops: 179_050, delta: 1_992 });
    expect(json.models[1].base).toMatchObject({ status: 'measured', delta: 0 });
  });

  it('exit 2 with file:line:column for a budget-file fault, and nothing written', async () => {
    const r = setup({ 'conf/budget.yml': 'models:\n  - name: a\n    path: models/mlp100.json\n    budget: {flops: 2OOk}\n  - name: a\n    path: x.json\n' });
    const out = await run(['--budget', 'conf/budget.yml', '--json', 'r.json', '--markdown', 'c.md'], r.dir);
    expect(out.code).toBe(2);
    expect(out.stderr.trimEnd().split('\n')).toEqual([
      'error: conf/budget.yml:4:21: models[0].budget.flops: "2OOk" is not a count: write a number with an optional k, M, G or T suffix, like "200k" or "1.5M"',
      'error: conf/budget.yml:5:11: models[1].name: duplicate model name "a" (first used at line 2); names must be unique',
    ]);
    expect(out.stdout).toBe('');
    expect(existsSync(path.join(r.dir, 'r.json'))).toBe(false);
    expect(existsSync(path.join(r.dir, 'c.md'))).toBe(false);
  });

  it('exit 2 when a model cannot be measured; the reports still say why', async () => {
    const r = setup({ '.github/flopgate.yml': 'models:\n  - name: gone\n    path: models/gone.keras\n  - name: ok\n    path: models/mlp100.json\n' });
    const out = await run(['--json', 'r.json'], r.dir);
    expect(out.code).toBe(2);
    // At 80 columns the note wraps; its words are the same.
    expect(out.stdout.replace(/\n +/g, ' ')).toContain(`✗ gone: .github/flopgate.yml:3:11: models/gone.keras: no such file (model paths are relative to the repository root; looked in ${r.dir})`);
    const json = JSON.parse(readFileSync(path.join(r.dir, 'r.json'), 'utf8'));
    expect(json.models[0]).toMatchObject({ name: 'gone', status: 'fail', error: `.github/flopgate.yml:3:11: models/gone.keras: no such file (model paths are relative to the repository root; looked in ${r.dir})` });
    expect(json.models[1]).toMatchObject({ name: 'ok', status: 'pass', flops: 179_050 });
  });

  it('exit 2 with one line for an unknown flag, a stray argument, or a missing budget file', async () => {
    const r = setup({});
    for (const argv of [['--budegt', 'x.yml'], ['models/mlp100.json']]) {
      const out = await run(argv, r.dir);
      expect(out.code).toBe(2);
      expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(out.stderr).toMatch(/^error: flopgate check: .*Usage: flopgate check/);
    }
    const missing = await run([], r.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: .github/flopgate.yml: no such budget file (create it, or pass --budget PATH)\n');
  });

  it('--help prints the usage', async () => {
    const out = await run(['--help'], repos[0]!.dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('flopgate check [--budget PATH] [--base-ref REF] [--no-fit] [--json PATH|-] [--markdown PATH|-]');
  });
});

describe('examples/flopgate.yml', () => {
  const ROOT = fileURLToPath(new URL('..', import.meta.url));

  it('is a valid budget file with the two notebook MLPs (files that exist) and an inline model', async () => {
    const { loadBudget } = await import('../src/config/load.js');
    const cfg = await loadBudget('examples/flopgate.yml', ROOT);
    expect(cfg.models.map((m) => m.name)).toEqual(['mnist-mlp-100', 'mnist-mlp-50', 'tiny-mlp']);
    for (const m of cfg.models.slice(0, 2)) expect(existsSync(m.absPath!)).toBe(true);
    expect(cfg.models[2]!.layers).toHaveLength(3);
    expect(cfg.models[0]!.fit).toMatchObject({ epochs: 1, train_samples: 8000, validation_samples: 2000, seed: 1 });
  });

  it('passes its own budgets (no fit)', async () => {
    const out = await run(['--budget', 'examples/flopgate.yml', '--no-fit'], ROOT);
    expect(out.stdout).toMatch(/mnist-mlp-100\s+179,050\s+200,000/);
    expect(out.stdout).toMatch(/mnist-mlp-50\s+84,550\s+100,000/);
    expect(out.stdout).toMatch(/tiny-mlp\s+50,898\s+60,000/);
    expect(out.code).toBe(0);
  });
});
