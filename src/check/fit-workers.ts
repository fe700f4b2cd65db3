import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadRunFit, type RunFit } from '../fit/load.js';

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

// The worker's whole program: load the engine once, then fit what it is sent, one at a time,
// posting each fit's log lines and its result (or why not) under the fit's id.
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const engine = import(workerData.href);
parentPort.on('message', async ({ id, spec, shapes, cfg, opts }) => {
  try {
    const { runFit } = await engine;
    const result = await runFit(spec, shapes, cfg, (line) => parentPort.postMessage({ id, line }), opts);
    parentPort.postMessage({ id, result });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
`;

type Reply = { id: number; line?: string; result?: Awaited<ReturnType<RunFit>>; error?: string };

/**
 * Up to `size` worker threads, each loading the engine at `href` once and fitting one model at
 * a time; a fit goes to an idle worker, or waits for one. `close` ends them all.
 */
export class FitPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly waiting: ((w: Worker) => void)[] = [];
  private readonly pending = new Map<number, { log: (line: string) => void; resolve: (r: Awaited<ReturnType<RunFit>>) => void; reject: (e: Error) => void; worker: Worker }>();
  private nextId = 1;
  private local: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly href: string,
    private readonly size: number,
  ) {}

  readonly runFit: RunFit = async (spec, inputShapes, cfg, log, opts = {}) => {
    // An architecture that cannot cross to a thread (an inline model's spec carries functions)
    // is fitted here, in this thread, one such fit at a time (two fits sharing TensorFlow.js's
    // one backend would race to start it).
    try {
      structuredClone(spec);
    } catch {
      const fit = this.local.then(async () => (await loadRunFit())(spec, inputShapes, cfg, log, opts));
      this.local = fit.catch(() => {});
      return fit;
    }
    const worker = await this.acquire();
    try {
      return await new Promise<Awaited<ReturnType<RunFit>>>((resolve, reject) => {
        const id = this.nextId++;
        this.pending.set(id, { log, resolve, reject, worker });
        worker.postMessage({ id, spec, shapes: inputShapes, cfg, opts });
      });
    } finally {
      this.release(worker);
    }
  };

  private spawn(): Worker {
    const worker = new Worker(PROGRAM, { eval: true, workerData: { href: this.href } });
    this.all.add(worker);
    worker.on('message', (m: Reply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      if (m.line !== undefined) return p.log(m.line);
      this.pending.delete(m.id);
      if (m.result !== undefined) p.resolve(m.result);
      else p.reject(new Error(m.error ?? 'the fit worker failed'));
    });
    // A worker that dies fails the fit it had; the next fit gets a new worker.
    const died = (why: string) => {
      this.all.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      for (const [id, p] of this.pending) {
        if (p.worker !== worker) continue;
        this.pending.delete(id);
        p.reject(new Error(why));
      }
    };
    worker.on('error', (e) => died(`the fit worker failed: ${e.message}`));
    worker.on('exit', (code) => died(`the fit worker exited (code ${code}) before it finished`));
    return worker;
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    if (w) return Promise.resolve(w);
    if (this.all.size < this.size) return Promise.resolve(this.spawn());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    if (!this.all.has(worker)) {
      // It died: whoever waits gets a new one.
      const next = this.waiting.shift();
      if (next) next(this.spawn());
      return;
    }
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  async close(): Promise<void> {
    const all = [...this.all];
    this.all.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
