import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFit } from '../src/fit/run.js';
import type { FitConfig } from '../src/fit/types.js';
import { inlineSpec } from '../src/keras/inline.js';
import { notebookLayers } from './helpers/notebook.js';

// Worker threads must never hang a job: a worker that dies while the main thread waits for it
// at a barrier (where no event reaches the main thread), and a fit that runs out of time while
// workers train, both end the fit promptly, with the workers gone. The main thread runs these
// sources; the workers run the built fit bundle (`npm run build`), as in a real fit, through
// small wrapper scripts that make them fail on purpose or note that they exited.

const root = resolve(import.meta.dirname, '..');
const bundle = join(root, 'dist', 'fit', 'index.js');
const mlp = inlineSpec(notebookLayers(50), 'inline');
const base: FitConfig = {
  dataset: 'mnist',
  epochs: 1,
  batch_size: 32,
  train_samples: 2000,
  validation_samples: 500,
  seed: 1,
  optimizer: 'adam',
  loss: 'categorical_crossentropy',
  backend: 'wasm',
  threads: 2,
};

/** Well under the 120 s after which a rank gives up on a silent one. */
const PROMPT_MS = 60_000;

describe('fit worker threads never hang a fit', () => {
  let dir = '';
  beforeAll(async () => {
    for (let i = 0; i < 60 && !existsSync(bundle); i++) await new Promise((r) => setTimeout(r, 1000));
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first`);
    dir = mkdtempSync(join(tmpdir(), 'flopgate-threads-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A worker script: `prelude`, then the bundle (which serves a replica when started as one). */
  const wrapper = (name: string, prelude: string): URL => {
    const file = join(dir, name);
    writeFileSync(file, `${prelude}\nawait import(${JSON.stringify(pathToFileURL(bundle).href)});\n`);
    return pathToFileURL(file);
  };
  /**
   * Fails the worker at its `n`-th Atomics.store: a rank stores its arrival at the barrier once
   * a step (whether or not it then has to wait), so this is mid-training, at step n.
   */
  const failingAt = (n: number, how: string): string =>
    `const store = Atomics.store; let stores = 0;\nAtomics.store = (...a) => { if (++stores === ${n}) { ${how} } return store(...a); };`;

  it('a worker that exits mid-training fails the fit at once, naming it', async () => {
    const entry = wrapper('exit.mjs', failingAt(20, 'process.exit(7);'));
    const lines: string[] = [];
    const t = performance.now();
    await expect(runFit(mlp, [[28, 28]], base, (l) => lines.push(l), { workerEntry: entry })).rejects.toThrow(
      /^fit: training on wasm \(?[\w ()]*\)? failed: fit worker failed: fit worker 1 exited with code 7$/,
    );
    expect(performance.now() - t).toBeLessThan(PROMPT_MS);
    // It did start training with the worker: the failure came mid-fit, not at the start.
    expect(lines.some((l) => /, 2 threads$/.test(l))).toBe(true);
  }, 90_000);

  it('a worker whose step throws mid-training fails the fit with its reason', async () => {
    const entry = wrapper('throw.mjs', failingAt(20, "throw new Error('kernel exploded');"));
    const t = performance.now();
    await expect(runFit(mlp, [[28, 28]], base, () => {}, { workerEntry: entry })).rejects.toThrow(/fit worker failed: kernel exploded$/);
    expect(performance.now() - t).toBeLessThan(PROMPT_MS);
  }, 90_000);

  it('a fit that times out while workers train stops, reports the timeout and ends its workers', async () => {
    const marker = join(dir, 'exited');
    const entry = wrapper('marker.mjs', `import { writeFileSync } from 'node:fs';\nprocess.on('exit', (code) => writeFileSync(${JSON.stringify(marker)}, String(code)));`);
    // Real time until the estimate is printed, then 20,000 times faster: the next batch passes
    // for minutes, and the fit must stop between batches with the worker mid-epoch.
    let from: number | undefined;
    const now = (): number => {
      const t = performance.now();
      return from === undefined ? t : t + (t - from) * 19_999;
    };
    const lines: string[] = [];
    const log = (l: string): void => {
      lines.push(l);
      if (l.startsWith('estimate:')) from = performance.now();
    };
    const r = await runFit(mlp, [[28, 28]], { ...base, timeout: 600 }, log, { now, workerEntry: entry });
    expect(r).toEqual({
      status: 'skipped',
      reason: expect.stringMatching(/^timed out after [\d,]+ s \(fit\.timeout 600 s\) in epoch 1\/1 after \d+ of 63 batches; accuracy not measured$/),
    });
    expect(lines.some((l) => /, 2 threads$/.test(l))).toBe(true);
    // runFit resolved only once the worker had exited, on its own (code 0), not terminated.
    expect(readFileSync(marker, 'utf8')).toBe('0');
  }, 90_000);
});
