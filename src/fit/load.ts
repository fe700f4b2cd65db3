import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { runFit } from './run.js';

export type RunFit = typeof runFit;

/** The fit engine's bundle beside the running one (dist/fit/index.js); undefined from source. */
export function bundledFitUrl(): URL | undefined {
  return ['./fit/index.js', '../fit/index.js'].map((p) => new URL(p, import.meta.url)).find((u) => existsSync(fileURLToPath(u)));
}

/**
 * The fit engine (TensorFlow.js, its WASM binaries, the digits) is one bundle of its own,
 * dist/fit/index.js, shared by the action (dist/index.js) and the CLI (dist/cli/index.js)
 * instead of being copied into both, and loaded only when a fit runs. From source (tests,
 * development) the module itself is loaded.
 */
export async function loadRunFit(): Promise<RunFit> {
  const here = import.meta.url;
  const target = bundledFitUrl() ?? pathToFileURL(fileURLToPath(new URL(here.endsWith('.ts') ? './run.ts' : './run.js', here)));
  // webpackIgnore keeps the bundler from pulling the engine into the bundle that loads it.
  const mod = (await import(/* webpackIgnore: true */ target.href)) as { runFit: RunFit };
  return mod.runFit;
}
