import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TF from '@tensorflow/tfjs';
import { FlopgateError } from '../errors.js';
import { registerAdamKernel } from './adam.js';
import { defaultCacheDir } from './cache.js';
import { registerCrossentropyKernel } from './loss.js';
import type { FitConfig } from './types.js';
import { registerWasmTrainingKernels } from './wasm-kernels.js';

export type Tf = typeof TF;

export interface FitBackend {
  /** The tfjs namespace to build and train with (tfjs-node brings its own). */
  tf: Tf;
  kind: 'tensorflow' | 'wasm' | 'cpu';
  /** As reported: `tensorflow`, `wasm (simd)`, `wasm (no simd)` or `cpu`. */
  name: string;
}

// Built from parts so that the bundler does not try to resolve (and fail on) an optional
// package that is loaded only at run time, from wherever the user installed it.
const TFJS_NODE = ['@tensorflow', 'tfjs-node'].join('/');
const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'];

async function loadTfjs(): Promise<Tf> {
  const tf = (await import('@tensorflow/tfjs')) as Tf & { default?: Tf };
  return typeof tf.setBackend === 'function' ? tf : (tf.default as Tf);
}

/**
 * The npm prefix a workflow installs tfjs-node into, once, and caches between runs (the
 * README's fit section has the steps): `$FLOPGATE_TFJS_NODE`, else `tfjs-node` in the
 * CLI's cache directory (`~/.cache/flopgate/tfjs-node`).
 */
export function tfjsNodePrefix(): string {
  const set = process.env.FLOPGATE_TFJS_NODE;
  return set && isAbsolute(set) ? set : join(defaultCacheDir(), 'tfjs-node');
}

/**
 * Where `require` may find tfjs-node: flopgate's own install, then the cached prefix. Never
 * the workspace or the working directory: in CI those are the pull request's checkout, and a
 * `node_modules/@tensorflow/tfjs-node/index.js` committed there would be code run by the check.
 */
export function tfjsNodeBases(): string[] {
  return [...new Set([fileURLToPath(import.meta.url), join(tfjsNodePrefix(), 'package.json')])];
}

/** tfjs-node's namespace, or why it cannot be loaded (missing, or its native library fails). */
export function loadTfjsNode(bases = tfjsNodeBases()): { tf: Tf } | { reason: string } {
  const reasons: string[] = [];
  for (const base of bases) {
    const req = createRequire(base);
    let path: string;
    try {
      path = req.resolve(TFJS_NODE);
    } catch {
      continue;
    }
    try {
      return { tf: req(path) as Tf };
    } catch (e) {
      reasons.push(`${path}: ${firstLine(e)}`);
    }
  }
  if (reasons.length) return { reason: `@tensorflow/tfjs-node fails to load (${reasons.join('; ')})` };
  return { reason: `@tensorflow/tfjs-node is not installed (looked from ${bases.map((b) => dirname(b)).join(', ')})` };
}

/**
 * The directory holding the tfjs WASM binaries: next to the running bundle (the build copies
 * them there), else the installed package's own dist/ (tests and runs from source).
 */
export function wasmDir(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [here];
  try {
    const pkg = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json');
    candidates.push(join(dirname(pkg), 'dist'));
  } catch {
    // Bundled without node_modules beside it: only the bundle's directory can hold them.
  }
  return candidates.find((d) => WASM_FILES.every((f) => existsSync(join(d, f))));
}

let wasmPathsSet = false;

async function startWasm(tf: Tf): Promise<FitBackend | { reason: string }> {
  const dir = wasmDir();
  if (!dir) return { reason: `the WASM binaries (${WASM_FILES.join(', ')}) are not next to flopgate's bundle` };
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const setWasmPaths = (wasm.setWasmPaths ?? (wasm as unknown as { default: typeof wasm }).default.setWasmPaths) as typeof wasm.setWasmPaths;
  if (!wasmPathsSet) {
    setWasmPaths(dir.endsWith(sep) ? dir : dir + sep);
    wasmPathsSet = true;
  }
  let ok = false;
  try {
    ok = await quietly(() => withDirname(dir, () => tf.setBackend('wasm')));
  } catch (e) {
    return { reason: `the WASM backend failed to start (${firstLine(e)})` };
  }
  // A failed WASM start leaves tfjs on its previous backend without an error: check.
  if (!ok || tf.getBackend() !== 'wasm') {
    const why = await wasmFailure(tf, dir);
    return { reason: `the WASM backend failed to start from ${dir}${why ? ` (${why})` : ''}` };
  }
  const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  registerWasmTrainingKernels(tf);
  registerAdamKernel(tf, 'wasm');
  registerCrossentropyKernel(tf, 'wasm');
  return { tf, kind: 'wasm', name: simd ? 'wasm (simd)' : 'wasm (no simd)' };
}

async function startCpu(tf: Tf): Promise<FitBackend> {
  const ok = await tf.setBackend('cpu');
  if (!ok || tf.getBackend() !== 'cpu') throw new FlopgateError('fit: the pure-JS cpu backend of TensorFlow.js failed to start');
  registerAdamKernel(tf, 'cpu');
  registerCrossentropyKernel(tf, 'cpu');
  return { tf, kind: 'cpu', name: 'cpu' };
}

async function startTensorflow(): Promise<FitBackend | { reason: string }> {
  const loaded = loadTfjsNode();
  if ('reason' in loaded) return loaded;
  const tf = loaded.tf;
  try {
    const ok = await tf.setBackend('tensorflow');
    if (ok && tf.getBackend() === 'tensorflow') return { tf, kind: 'tensorflow', name: 'tensorflow' };
  } catch (e) {
    return { reason: `@tensorflow/tfjs-node loaded but its backend failed to start (${firstLine(e)})` };
  }
  return { reason: '@tensorflow/tfjs-node loaded but its backend failed to start' };
}

/**
 * `auto`: tfjs-node when it loads, else WASM, else pure JS; every fallback is logged with its
 * reason. A backend asked for by name is used or is an error, never silently replaced.
 */
export async function selectBackend(requested: FitConfig['backend'], log: (line: string) => void): Promise<FitBackend> {
  const wanted = requested ?? 'auto';
  if (!['auto', 'tensorflow', 'wasm', 'cpu'].includes(wanted)) {
    throw new FlopgateError(`fit: unknown backend "${String(wanted)}" (expected auto, tensorflow, wasm or cpu)`);
  }
  if (wanted === 'tensorflow' || wanted === 'auto') {
    const tfn = await startTensorflow();
    if ('tf' in tfn) return finish(tfn);
    if (wanted === 'tensorflow') {
      throw new FlopgateError(
        `fit: backend tensorflow unavailable: ${tfn.reason}; install it with "npm install --prefix ${tfjsNodePrefix()} @tensorflow/tfjs-node@4.22.0" or use backend auto`,
      );
    }
    log(`fit: ${tfn.reason}; trying WASM`);
  }
  const tf = await loadTfjs();
  if (wanted === 'wasm' || wanted === 'auto') {
    const w = await startWasm(tf);
    if ('tf' in w) return finish(w);
    if (wanted === 'wasm') throw new FlopgateError(`fit: backend wasm unavailable: ${w.reason}`);
    log(`fit: ${w.reason}; using the pure-JS cpu backend`);
  }
  return finish(await startCpu(tf));
}

function finish(b: FitBackend): FitBackend {
  // Production mode drops tfjs's per-op debug checks and its console advice to install tfjs-node.
  b.tf.enableProdMode();
  return b;
}

/**
 * Bundled as an ES module, the WASM glue still reads the CommonJS `__dirname` when it starts
 * and throws without it. It uses it only as a default place for the binaries, which
 * setWasmPaths overrides, so it is lent their directory for the start and taken back after.
 */
async function withDirname<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const g = globalThis as { __dirname?: string };
  if ('__dirname' in g) return fn();
  g.__dirname = dir;
  try {
    return await fn();
  } finally {
    delete g.__dirname;
  }
}

/** tfjs reports a failed backend start on console.warn; the reason is ours to report, once. */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}

/**
 * Why the WASM backend did not start: tfjs keeps the error to itself (it only warns, and not
 * at all in production mode), so the backend's factory is run once more to catch it.
 */
async function wasmFailure(tf: Tf, dir: string): Promise<string | undefined> {
  const factory = tf.findBackendFactory('wasm');
  if (!factory) return 'the WASM backend is not registered';
  try {
    const again = await quietly(() => withDirname(dir, async () => factory()));
    again.dispose();
    return undefined;
  } catch (e) {
    return firstLine(e);
  }
}

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : typeof e === 'object' && e && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return msg.split('\n')[0].trim();
}
