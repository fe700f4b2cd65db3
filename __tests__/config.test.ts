import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/errors.js';
import { loadBudget } from '../src/config/load.js';
import { FlopgateError } from '../src/errors.js';

let root: string;
let outside: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'flopgate-config-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'flopgate-outside-'));
  mkdirSync(path.join(root, 'models'));
  writeFileSync(path.join(outside, 'secret.keras'), 'x');
  symlinkSync(outside, path.join(root, 'models', 'escape'));
  symlinkSync(path.join(root, 'models'), path.join(root, 'inside-link'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

async function load(text: string) {
  writeFileSync(path.join(root, 'flopgate.yml'), text);
  return loadBudget('flopgate.yml', root);
}

/** The faults of a budget file that must not load, as `file:line:column: message` lines. */
async function faults(text: string): Promise<string[]> {
  try {
    await load(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    const err = e as ConfigError;
    expect(err.exitCode).toBe(2);
    expect(err.message).not.toContain('\n');
    return err.faults.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
  }
  throw new Error('expected the budget file to be refused');
}

const GOOD = `version: 1
convention: macs
models:
  - name: mnist-mlp
    path: models/mlp.keras
    input_shape: [28, 28]
    batch_size: 4
    budget:
      flops: 200k
      flops_warn: 180000
      params: 1.5M
      flops_increase: 5%
      accuracy: 0.95
    fit:
      epochs: 2
  - name: tiny
    unknown: warn
    convention: notebook
    layers:
      - flatten: {input_shape: [28, 28]}
      - dense: {units: 10, activation: softmax}
    input_shape: [[28, 28], [3]]
`;

describe('a valid budget file', () => {
  it('loads with limits parsed, defaults applied and paths resolved', async () => {
    const cfg = await load(GOOD);
    expect(cfg.file).toBe('flopgate.yml');
    expect(cfg.convention).toBe('macs');
    expect(cfg.unknown).toBe('error');
    const [a, b] = cfg.models;
    expect(a).toMatchObject({
      name: 'mnist-mlp',
      index: 0,
      path: 'models/mlp.keras',
      absPath: path.join(root, 'models', 'mlp.keras'),
      inputShapes: [[28, 28]],
      batchSize: 4,
      convention: 'macs',
      unknown: 'error',
      budget: { flops: 200_000, flops_warn: 180_000, params: 1_500_000, flops_increase: 0.05, accuracy: 0.95 },
      fit: { dataset: 'mnist', epochs: 2, batch_size: 32, train_samples: 8000, validation_samples: 2000, seed: 1, optimizer: 'adam', loss: 'categorical_crossentropy', backend: 'auto' },
      source: { file: 'flopgate.yml', line: 4, column: 5 },
    });
    expect(a!.positions.limits.flops).toEqual({ file: 'flopgate.yml', line: 9, column: 14 });
    expect(a!.positions.path).toEqual({ file: 'flopgate.yml', line: 5, column: 11 });
    expect(b).toMatchObject({ name: 'tiny', convention: 'notebook', unknown: 'warn', batchSize: 1, inputShapes: [[28, 28], [3]], budget: {} });
    expect(b!.layers).toEqual([{ flatten: { input_shape: [28, 28] } }, { dense: { units: 10, activation: 'softmax' } }]);
    expect(b!.fit).toBeUndefined();
    expect(b!.path).toBeUndefined();
  });

  it('accepts a path through a symlink that stays inside the repository', async () => {
    const cfg = await load('models:\n  - name: a\n    path: inside-link/m.keras\n');
    expect(cfg.models[0]!.path).toBe('inside-link/m.keras');
  });
});

describe('faults name file:line:column', () => {
  it('a typo in a budget key is an error, not a dropped budget', async () => {
    const f = await faults('models:\n  - name: a\n    path: m.keras\n    budget:\n      flops: 200k\n      flpos_warn: 100k\n');
    expect(f).toEqual(['flopgate.yml:6:7: models[0].budget.flpos_warn: unknown key "flpos_warn" (did you mean "flops_warn"?)']);
  });

  it('an unknown key far from any name lists the allowed keys', async () => {
    const f = await faults('models:\n  - name: a\n    path: m.keras\n    colour: red\n');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatch(/^flopgate\.yml:4:5: models\[0\]\.colour: unknown key "colour" \(expected one of: name, path, layers, /);
  });

  it('thousands of unknown keys are not typos: past 1,000 none gets a did-you-mean (the time it took)', async () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `    k${i}: 1\n`).join('');
    const few = await faults(`models:\n  - name: a\n    path: m.keras\n    buid: 1\n${keys(998)}`);
    expect(few[0]).toBe('flopgate.yml:4:5: models[0].buid: unknown key "buid" (did you mean "build"?)');
    const many = await faults(`models:\n  - name: a\n    path: m.keras\n    buid: 1\n${keys(1000)}`);
    expect(many[0]).toBe('flopgate.yml:4:5: models[0].buid: unknown key "buid"');
  });

  it('an unknown top-level key', async () => {
    expect(await faults('modles: []\nmodels:\n  - {name: a, path: m.keras}\n')).toEqual([
      'flopgate.yml:1:1: modles: unknown key "modles" (did you mean "models"?)',
    ]);
  });

  it('a bad suffix says which suffixes exist', async () => {
    const f = await faults('models:\n  - name: a\n    path: m.keras\n    budget: {flops: 200q}\n');
    expect(f).toEqual(['flopgate.yml:4:21: models[0].budget.flops: "200q": unknown suffix "q" (use k = 10^3, M = 10^6, G = 10^9 or T = 10^12)']);
  });

  it('a bare flops_increase above 1 is refused', async () => {
    const f = await faults('models:\n  - name: a\n    path: m.keras\n    budget:\n      flops_increase: 5\n');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatch(/^flopgate\.yml:5:23: models\[0\]\.budget\.flops_increase: 5 is read as a fraction/);
  });

  it('a wrong type', async () => {
    expect(await faults('models:\n  - name: a\n    path: m.keras\n    batch_size: four\n')).toEqual([
      'flopgate.yml:4:17: models[0].batch_size: must be an integer, got "four"',
    ]);
  });

  it('an input_shape that is not a list of positive integers', async () => {
    expect(await faults('models:\n  - name: a\n    path: m.keras\n    input_shape: [28, -1]\n')).toEqual([
      'flopgate.yml:4:18: models[0].input_shape: must be a list of positive integers like [28, 28], or one such list per input',
    ]);
  });

  it('an unknown convention lists the known ones', async () => {
    expect(await faults('convention: flops\nmodels:\n  - {name: a, path: m.keras}\n')).toEqual([
      'flopgate.yml:1:13: convention: "flops" is not one of: notebook, macs, tf-profiler',
    ]);
  });

  it('duplicate model names point at the second and name the first', async () => {
    const f = await faults('models:\n  - name: a\n    path: m.keras\n  - name: b\n    path: n.keras\n  - name: a\n    path: o.keras\n');
    expect(f).toEqual(['flopgate.yml:6:11: models[2].name: duplicate model name "a" (first used at line 2); names must be unique']);
  });

  it('a path that leaves the repository with ..', async () => {
    const f = await faults('models:\n  - name: a\n    path: ../../etc/passwd\n');
    expect(f).toEqual(['flopgate.yml:3:11: models[0].path: "../../etc/passwd" is outside the repository (paths are relative to its root)']);
  });

  it('an absolute path outside the repository', async () => {
    const f = await faults(`models:\n  - name: a\n    path: ${path.join(outside, 'secret.keras')}\n`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatch(/^flopgate\.yml:3:11: models\[0\]\.path: ".*secret\.keras" is outside the repository/);
  });

  it('a symlink that escapes the repository', async () => {
    const f = await faults('models:\n  - name: a\n    path: models/escape/secret.keras\n');
    expect(f).toEqual(['flopgate.yml:3:11: models[0].path: "models/escape/secret.keras" leads outside the repository through a symbolic link']);
  });

  it('a symlinked directory that escapes, even when the file below it does not exist', async () => {
    const f = await faults('models:\n  - name: a\n    path: models/escape/nothing/here.keras\n');
    expect(f[0]).toMatch(/^flopgate\.yml:3:11: .*through a symbolic link$/);
  });

  it('both path and layers', async () => {
    const f = await faults('models:\n  - name: a\n    path: m.keras\n    layers:\n      - dense: {units: 1}\n');
    expect(f).toEqual(['flopgate.yml:2:5: models[0]: needs exactly one of `path` (a model file) or `layers` (an inline model)']);
  });

  it('neither path nor layers', async () => {
    const f = await faults('models:\n  - name: a\n    budget: {flops: 1k}\n');
    expect(f).toEqual(['flopgate.yml:2:5: models[0]: needs exactly one of `path` (a model file) or `layers` (an inline model)']);
  });

  it('a missing name', async () => {
    expect(await faults('models:\n  - path: m.keras\n')).toEqual(['flopgate.yml:2:5: models[0]: missing required key "name"']);
  });

  it('flops_warn above flops', async () => {
    const f = await faults('models:\n  - name: a\n    path: m.keras\n    budget: {flops: 100k, flops_warn: 200k}\n');
    expect(f).toEqual(['flopgate.yml:4:39: models[0].budget.flops_warn: 200000 is above flops (100000): the warning could never come before the failure']);
  });

  it('fit: an unknown dataset and a typo, reported together in line order', async () => {
    const f = await faults('models:\n  - name: a\n    path: m.keras\n    fit:\n      dataset: cifar\n      epoch: 2\n');
    expect(f).toEqual([
      'flopgate.yml:5:16: models[0].fit.dataset: "cifar" is not one of: mnist, mnist-full, fashion-mnist, idx',
      'flopgate.yml:6:7: models[0].fit.epoch: unknown key "epoch" (did you mean "epochs"?)',
    ]);
  });

  it('many faults at once are all reported, the first in the message', async () => {
    try {
      await load('models:\n  - name: a\n    path: m.keras\n    budget: {flops: 1x}\n  - name: a\n    path: n.keras\n');
      throw new Error('expected a ConfigError');
    } catch (e) {
      const err = e as ConfigError;
      expect(err.faults).toHaveLength(2);
      expect(err.message).toMatch(/^flopgate\.yml:4:21: .* \(and 1 more\)$/);
    }
  });

  it('an empty models list', async () => {
    expect(await faults('version: 1\nmodels: []\n')).toEqual(['flopgate.yml:2:9: models: must not be empty']);
  });

  it('version other than 1', async () => {
    expect(await faults('version: 2\nmodels:\n  - {name: a, path: m.keras}\n')).toEqual(['flopgate.yml:1:10: version: must be 1, got 2']);
  });

  it('a YAML syntax error', async () => {
    const f = await faults('models:\n  - name: a\n    path: [unclosed\n');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]).toMatch(/^flopgate\.yml:\d+:\d+: /);
  });

  it('a duplicate YAML key', async () => {
    const f = await faults('models:\n  - name: a\n    path: m.keras\n    path: n.keras\n');
    expect(f[0]).toMatch(/^flopgate\.yml:4:5: .*unique/i);
  });

  it('an empty file', async () => {
    expect(await faults('# nothing yet\n')).toEqual(['flopgate.yml:1:1: the file is empty: expected `version: 1` and a `models:` list']);
  });

  it('a file that is not a mapping', async () => {
    expect(await faults('- a\n- b\n')).toEqual(['flopgate.yml:1:1: the file: must be a mapping, got a list']);
  });

  it('a budget file that is a symlink out of the repository is refused', async () => {
    writeFileSync(path.join(outside, 'flopgate.yml'), 'models:\n  - {name: a, path: m.keras}\n');
    symlinkSync(path.join(outside, 'flopgate.yml'), path.join(root, 'linked.yml'));
    const e = await loadBudget('linked.yml', root).catch((x: unknown) => x);
    expect((e as FlopgateError).message).toBe('linked.yml: the budget file leads outside the repository through a symbolic link');
    // Named explicitly by an absolute path outside the repository, it is the user's choice.
    expect((await loadBudget(path.join(outside, 'flopgate.yml'), root)).models[0]!.name).toBe('a');
  });

  it('a missing budget file is one line with exit code 2', async () => {
    const e = await loadBudget('nope.yml', root).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FlopgateError);
    expect((e as FlopgateError).message).toBe('nope.yml: no such budget file (create it, or pass --budget PATH)');
    expect((e as FlopgateError).exitCode).toBe(2);
  });
});
