import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FlopgateError } from '../src/errors.js';
import { loadTfjsNode, selectBackend, tfjsNodeBases, tfjsNodePrefix, wasmDir } from '../src/fit/backend.js';
import { defaultCacheDir } from '../src/fit/cache.js';
import { runFit } from '../src/fit/run.js';
import type { FitConfig } from '../src/fit/types.js';
import { inlineSpec } from '../src/keras/inline.js';

// tfjs-node cannot be installed here (its install downloads libtensorflow), so a stand-in
// package plays it in a workspace's node_modules: the real tfjs with a "tensorflow" backend
// that runs the cpu kernels. That is enough to check where it is looked for and that `auto`
// prefers it; a copy that throws on load plays a broken native library.
const tfjsPath = createRequire(import.meta.url).resolve('@tensorflow/tfjs');

const FAKE = `
const tf = require(${JSON.stringify(tfjsPath)});
if (!tf.findBackendFactory('tensorflow')) {
  for (const k of tf.getKernelsForBackend('cpu')) tf.registerKernel({ ...k, backendName: 'tensorflow' });
  tf.registerBackend('tensorflow', tf.findBackendFactory('cpu'), 0);
}
module.exports = tf;
`;
const BROKEN = `throw new Error('libtensorflow.so.2: cannot open shared object file: No such file or directory');`;

function workspaceWith(source: string): string {
  const ws = mkdtempSync(join(tmpdir(), 'flopgate-ws-'));
  const pkg = join(ws, 'node_modules', '@tensorflow', 'tfjs-node');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@tensorflow/tfjs-node', version: '4.22.0', main: 'index.js' }));
  writeFileSync(join(pkg, 'index.js'), source);
  return ws;
}

const cfg: FitConfig = {
  dataset: 'mnist',
  epochs: 1,
  batch_size: 32,
  train_samples: 500,
  validation_samples: 200,
  seed: 1,
  optimizer: 'adam',
  loss: 'categorical_crossentropy',
  backend: 'auto',
};
const spec = inlineSpec([{ flatten: { input_shape: [28, 28] } }, { dense: { units: 10, activation: 'softmax' } }], 'inline');

describe('fit backends', () => {
  const saved = process.env.GITHUB_WORKSPACE;
  const savedPrefix = process.env.FLOPGATE_TFJS_NODE;
  const made: string[] = [];
  beforeEach(() => {
    delete process.env.GITHUB_WORKSPACE;
    delete process.env.FLOPGATE_TFJS_NODE;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
    else process.env.GITHUB_WORKSPACE = saved;
    if (savedPrefix === undefined) delete process.env.FLOPGATE_TFJS_NODE;
    else process.env.FLOPGATE_TFJS_NODE = savedPrefix;
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('finds the WASM binaries for source runs in the installed package', () => {
    expect(wasmDir()).toMatch(/@tensorflow[/\\]tfjs-backend-wasm[/\\]dist$/);
  });

  it('looks for tfjs-node beside flopgate and in its cached prefix, never in the checkout a pull request controls', async () => {
    const ws = workspaceWith(FAKE);
    made.push(ws);
    process.env.GITHUB_WORKSPACE = ws;
    const bases = tfjsNodeBases();
    expect(bases).toHaveLength(2);
    expect(bases[1]).toBe(join(defaultCacheDir(), 'tfjs-node', 'package.json'));
    expect(bases.some((b) => b.startsWith(ws) || b.startsWith(process.cwd() + '/package.json'))).toBe(false);
    const r = loadTfjsNode(bases);
    expect(r).toEqual({ reason: expect.stringMatching(/^@tensorflow\/tfjs-node is not installed \(looked from /) });
    // The planted copy in the workspace (and in the working directory) is never run.
    const cwd = process.cwd();
    process.chdir(ws);
    try {
      expect((await selectBackend('auto', () => {})).kind).not.toBe('tensorflow');
    } finally {
      process.chdir(cwd);
    }
  });

  it('a tfjs-node whose native library fails to load: auto says why and moves on, by name it is an error', async () => {
    const ws = workspaceWith(BROKEN);
    made.push(ws);
    process.env.FLOPGATE_TFJS_NODE = ws;
    const lines: string[] = [];
    const b = await selectBackend('auto', (l) => lines.push(l));
    expect(b.kind).toBe('wasm');
    expect(lines[0]).toMatch(/^fit: @tensorflow\/tfjs-node fails to load \(.*tfjs-node.*libtensorflow\.so\.2: cannot open shared object file.*\); trying WASM$/);
    const err = await selectBackend('tensorflow', () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FlopgateError);
    expect((err as Error).message).toMatch(/^fit: backend tensorflow unavailable: @tensorflow\/tfjs-node fails to load .*libtensorflow/);
  });

  it('auto prefers a loadable tfjs-node from the cached prefix and reports it', async () => {
    const ws = workspaceWith(FAKE);
    made.push(ws);
    process.env.FLOPGATE_TFJS_NODE = ws;
    const lines: string[] = [];
    const r = await runFit(spec, [[28, 28]], cfg, (l) => lines.push(l));
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(r.backend).toBe('tensorflow');
    expect(lines.some((l) => l.endsWith('backend tensorflow'))).toBe(true);
    // Back to an explicit WASM afterwards: the name is honoured, not the earlier choice.
    const w = await runFit(spec, [[28, 28]], { ...cfg, backend: 'wasm' }, () => {});
    expect(w.status === 'ok' && w.backend.startsWith('wasm')).toBe(true);
  });

  it('finds a tfjs-node installed into the cached prefix a workflow restores (FLOPGATE_TFJS_NODE), and reports the backend', async () => {
    // `npm install --prefix DIR @tensorflow/tfjs-node` lays it out as DIR/node_modules/...
    const prefix = workspaceWith(FAKE);
    made.push(prefix);
    process.env.FLOPGATE_TFJS_NODE = prefix;
    expect(tfjsNodePrefix()).toBe(prefix);
    expect(tfjsNodeBases()[1]).toBe(join(prefix, 'package.json'));
    const lines: string[] = [];
    const b = await selectBackend('auto', (l) => lines.push(l));
    expect(b).toMatchObject({ kind: 'tensorflow', name: 'tensorflow' });
    expect(lines).toEqual([]);
    // A relative FLOPGATE_TFJS_NODE is not trusted to mean one place: the default is used.
    process.env.FLOPGATE_TFJS_NODE = 'relative/dir';
    expect(tfjsNodePrefix()).toBe(join(defaultCacheDir(), 'tfjs-node'));
  });

  it('without tfjs-node, backend tensorflow by name says where to install it', async () => {
    const err = await selectBackend('tensorflow', () => {}).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /^fit: backend tensorflow unavailable: @tensorflow\/tfjs-node is not installed \(looked from .*\); install it with "npm install --prefix .*tfjs-node @tensorflow\/tfjs-node@4\.22\.0" or use backend auto$/,
    );
  });

  it('refuses an unknown backend name', async () => {
    const err = await selectBackend('gpu' as FitConfig['backend'], () => {}).catch((e: unknown) => e);
    expect((err as Error).message).toBe('fit: unknown backend "gpu" (expected auto, tensorflow, wasm or cpu)');
  });
});
