import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RunFit } from '../fit/load.js';

/**
 * Fits in worker threads, several at once: each worker loads the fit engine's bundle
 * (dist/fit/index.js, TensorFlow.js and all) and runs one fit, posting its log lines back.
 * Only from the bundle: the sources (tests) have no JavaScript module a worker could load,
 * and fit in the calling thread, one at a time.
 */

/** How many fits may run at once by default: one per core. */
export function defaultFitWorkers(): number {
  return Math.max(1, os.availableParallelism());
}

// The worker's whole program: import the engine, fit, post the result (or why not).
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.href)
  .then((m) => m.runFit(workerData.spec, workerData.shapes, workerData.cfg, (line) => parentPort.postMessage({ line }), workerData.opts))
  .then((result) => parentPort.postMessage({ result }), (e) => parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) }));
`;

/** A runFit that fits in a new worker thread loading the engine at `href`. */
export function workerRunFit(href: string): RunFit {
  return (spec, inputShapes, cfg, log, opts = {}) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(PROGRAM, { eval: true, workerData: { href, spec, shapes: inputShapes, cfg, opts } });
      let settled = false;
      const done = (f: () => void) => {
        if (settled) return;
        settled = true;
        f();
        void worker.terminate();
      };
      worker.on('message', (m: { line?: string; result?: Awaited<ReturnType<RunFit>>; error?: string }) => {
        if (m.line !== undefined) log(m.line);
        else if (m.result !== undefined) done(() => resolve(m.result!));
        else done(() => reject(new Error(m.error ?? 'the fit worker failed')));
      });
      worker.on('error', (e) => done(() => reject(e)));
      worker.on('exit', (code) => done(() => reject(new Error(`the fit worker exited (code ${code}) before it finished`))));
    });
}

/** At most `n` at once, in the order asked. */
export class Slots {
  private free: number;
  private readonly queue: (() => void)[] = [];

  constructor(n: number) {
    this.free = Math.max(1, n);
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((r) => this.queue.push(r));
    try {
      return await fn();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.free++;
    }
  }
}
