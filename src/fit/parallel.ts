import { availableParallelism, loadavg } from 'node:os';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { ModelSpec } from '../keras/model.js';
import { selectBackend } from './backend.js';
import { buildModel } from './build-model.js';
import { seededRng, withSeededMathRandom } from './random.js';
import { datasetTensors, Trainer, validateRange, VALIDATION_BATCH, type Exchange, type LossName } from './trainer.js';

/**
 * Data parallelism over worker threads for the WASM backend, which runs on one core: tfjs
 * turns its threaded build off in Node (docs/fit.md), so a second core is used by a second
 * replica of the model instead.
 *
 * The main thread is rank 0 and each worker one more rank. Every rank holds the same model,
 * the same weights and its own copy of the optimizer's state; for each batch, each computes
 * the gradient of its share of the samples (scaled to the whole batch), writes it to shared
 * memory, and adds up all ranks' gradients in rank order once they are there. Each rank then
 * applies the same update to the same weights, so the replicas stay identical without weights
 * travelling between them: only gradients do, one barrier per step. The result is the
 * batch's gradient summed in another order than one thread's, so a fit is reproducible for a
 * given number of threads, and differs from another number's in the last bits of float32.
 *
 * Steps are driven by the main thread through a control block in shared memory; waiting is
 * Atomics.wait, not messages, since a message's trip through the event loop costs more than
 * the MLP's whole step.
 */

export const REPLICA_TAG = 'flopgate-fit-replica';

/** Control block, Int32 slots. */
const SEQ = 0; // bumped by the main thread for each command
const CMD = 1;
const FROM = 2;
const COUNT = 3; // samples in this batch
const BATCH = 4; // the batch size the loss is a mean over
const EPOCH = 5;
const FAILED = 6;
const CLAIMED = 7; // taken by the first rank to report a failure, which then writes its reason
const ARRIVED = 8; // + rank: the last step whose gradients that rank has written
const CONTROL_SLOTS = 8 + 64;

const STEP = 1;
const STOP = 2;
const VALIDATE = 3;

/** A rank waiting this long for another has lost it (a crashed worker never answers). */
const STALL_MS = 120_000;
/** Workers get this long to start their TensorFlow.js and take the samples. */
const READY_MS = 60_000;
const ERROR_BYTES = 2048;

/** Layers whose training output depends on the whole batch: half a batch would change them. */
const BATCH_STATISTICS = new Set(['BatchNormalization', 'SyncBatchNormalization']);

/** What a worker builds its replica from: known before the samples are loaded. */
export interface ReplicaJob {
  spec: ModelSpec;
  inputShapes: number[][];
  seed: number;
  loss: LossName;
  optimizer: string;
  lr: number;
}

/** The samples, in shared memory, sent once they are loaded. */
export interface ReplicaSamples {
  count: number;
  pixels: SharedArrayBuffer;
  labels: SharedArrayBuffer;
  validationCount: number;
  validationPixels: SharedArrayBuffer;
  validationLabels: SharedArrayBuffer;
}

interface ReplicaData extends ReplicaJob {
  tag: typeof REPLICA_TAG;
  rank: number;
  world: number;
  control: SharedArrayBuffer;
  error: SharedArrayBuffer;
}

/** The blocks a worker gets with the samples, sized by the model and the data. */
interface ReplicaBlocks extends ReplicaSamples {
  params: number;
  grads: SharedArrayBuffer;
  weights: SharedArrayBuffer;
  order: SharedArrayBuffer;
  /** Float64, two per rank: a validation share's loss sum and hits. */
  results: SharedArrayBuffer;
}

/**
 * Training work per batch below which `auto` keeps one thread: the threads meet at a barrier
 * every step, and for a small model (the notebook MLP: 17 MFLOP a batch, about 1 ms of
 * arithmetic) the split saves less than the meeting costs; on a busy machine, much less.
 */
const MIN_PARALLEL_FLOPS = 1e8;

/**
 * Threads a fit uses: `threads` when set; `auto`, one per core up to 4 for a model of at least
 * MIN_PARALLEL_FLOPS of training per batch (per-sample `trainingFlops`, when known), else one,
 * and one on a machine already busy (`load`, the 1-minute load average, at or above the
 * number of cores). One when the model has a layer that normalizes over the batch; never more
 * than the batch.
 *
 * The ranks meet at every step, so a step lasts as long as the slowest rank's share: where
 * other processes take the cores, each thread is descheduled at its own moments and every
 * step waits for the unluckiest. On this project's shared 2-core machine at a load average of
 * 13, the example CNN's fit took 61 s on two threads and 26 s on one.
 */
export function threadCount(requested: number | 'auto' | undefined, spec: ModelSpec, batch: number, trainingFlops?: number, load = loadavg()[0]): number {
  if (usesBatchStatistics(spec)) return 1;
  let want = typeof requested === 'number' ? requested : Math.min(4, availableParallelism());
  if (typeof requested !== 'number' && ((trainingFlops ?? 0) * batch < MIN_PARALLEL_FLOPS || busy(load))) want = 1;
  return Math.max(1, Math.min(want, batch));
}

/** The machine's other work already fills its cores. */
export const busy = (load: number): boolean => load >= availableParallelism();

function usesBatchStatistics(spec: ModelSpec): boolean {
  return spec.layers.some((l) => (l.model ? usesBatchStatistics(l.model) : BATCH_STATISTICS.has(l.className)));
}

/** The share [lo, hi) of a batch of `n` samples that `rank` of `world` trains. */
export function share(n: number, rank: number, world: number): [number, number] {
  return [Math.floor((rank * n) / world), Math.floor(((rank + 1) * n) / world)];
}

/** The shared gradient block: two buffers (alternate steps) of one region per rank. */
class GradientBlock {
  private readonly regions: Float32Array[][];
  constructor(
    buffer: SharedArrayBuffer,
    private readonly control: Int32Array,
    private readonly error: Uint8Array,
    private readonly rank: number,
    private readonly world: number,
    private readonly length: number,
  ) {
    this.regions = [0, 1].map((b) => Array.from({ length: world }, (_, r) => new Float32Array(buffer, ((b * world + r) * length) * 4, length)));
  }

  private step = 0;

  /**
   * Writes this rank's contribution, waits for the others', and returns every rank's, in rank
   * order (valid until this rank's next call). Two buffers suffice: a rank can only be writing
   * step s + 2 after every rank has arrived at step s + 1, that is, after all of them have
   * read step s.
   */
  reduce(fill: (into: Float32Array) => void): Float32Array[] {
    const regions = this.regions[(this.step + 1) & 1];
    fill(regions[this.rank]);
    this.barrier();
    return regions;
  }

  /** Arrives, and waits until every rank has. */
  barrier(): void {
    this.step++;
    Atomics.store(this.control, ARRIVED + this.rank, this.step);
    Atomics.notify(this.control, ARRIVED + this.rank);
    for (let r = 0; r < this.world; r++) if (r !== this.rank) waitFor(this.control, this.error, ARRIVED + r, this.step);
  }
}

/** Blocks until control[slot] reaches `value`; throws when a rank failed or stalled. */
function waitFor(control: Int32Array, error: Uint8Array, slot: number, value: number): void {
  const start = Date.now();
  for (;;) {
    const now = Atomics.load(control, slot);
    if (now >= value) return;
    if (Atomics.load(control, FAILED)) throw new Error(`fit worker failed: ${readError(error)}`);
    if (Date.now() - start > STALL_MS) throw new Error(`a fit worker thread has not answered for ${STALL_MS / 1000} s`);
    Atomics.wait(control, slot, now, 1000);
  }
}

function readError(error: Uint8Array): string {
  const end = error.indexOf(0);
  return new TextDecoder().decode(error.slice(0, end < 0 ? error.length : end)) || 'unknown error';
}

function writeError(error: Uint8Array, message: string): void {
  const bytes = new TextEncoder().encode(message).slice(0, ERROR_BYTES - 1);
  error.fill(0);
  error.set(bytes);
}

/**
 * Marks the team failed and wakes every waiting rank. The first reason is kept, and is written
 * before FAILED is set, so that a rank woken by it reads the whole reason.
 */
function markFailed(control: Int32Array, error: Uint8Array, message: string): void {
  if (Atomics.compareExchange(control, CLAIMED, 0, 1) === 0) writeError(error, message);
  Atomics.store(control, FAILED, 1);
  for (let i = 0; i < CONTROL_SLOTS; i++) Atomics.notify(control, i);
}

/**
 * The main thread's side: the workers, the shared blocks, and rank 0's exchange. Workers are
 * spawned first, to start their TensorFlow.js and build their model while the main thread
 * builds its own and loads the samples; `ready` then hands them the samples.
 */
export class Team implements Exchange {
  private readonly control: Int32Array;
  private readonly error: Uint8Array;
  private blocks?: ReplicaBlocks;
  private block?: GradientBlock;
  private epoch = 0;
  private readonly booted: Promise<void>[];

  private constructor(
    private readonly workers: Worker[],
    readonly world: number,
    control: SharedArrayBuffer,
    error: SharedArrayBuffer,
  ) {
    this.control = new Int32Array(control);
    this.error = new Uint8Array(error);
    this.booted = workers.map((w) => reply(w, 'booted'));
    this.exited = workers.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
  }

  /** Settles when each worker has exited, however it ended. */
  private readonly exited: Promise<void>[];

  /** Starts `world - 1` workers running `entry` (the fit bundle, which serves a replica when started as one). */
  static spawn(entry: URL, job: ReplicaJob, world: number): Team {
    const control = new SharedArrayBuffer(CONTROL_SLOTS * 4);
    const error = new SharedArrayBuffer(ERROR_BYTES);
    const workers: Worker[] = [];
    // An inline spec's configs are Proxies (src/keras/inline.ts records the keys read), which
    // a worker's data cannot carry: the workers get plain copies.
    const plain = { ...job, spec: plainCopy(job.spec) as ModelSpec };
    for (let rank = 1; rank < world; rank++) {
      const data: ReplicaData = { ...plain, tag: REPLICA_TAG, rank, world, control, error };
      workers.push(new Worker(entry, { workerData: data }));
    }
    return new Team(workers, world, control, error);
  }

  /**
   * Hands the workers the samples; resolves once every one can train. A worker that neither
   * answers nor fails within `withinMs` (at most a minute; a start hung in its WebAssembly,
   * say) fails it: the fit then trains on one thread instead of waiting without end.
   */
  async ready(samples: ReplicaSamples, params: number, withinMs = READY_MS): Promise<void> {
    withinMs = Math.max(0, Math.min(READY_MS, withinMs));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the fit worker threads did not start within ${(withinMs / 1000).toFixed(1)} s`)), withinMs);
    });
    try {
      const handing = this.handOver(samples, params);
      // Once late, the hand-over fails too as the workers are ended: not an unhandled rejection.
      handing.catch(() => {});
      await Promise.race([handing, late]);
    } catch (e) {
      await this.terminate();
      throw e;
    } finally {
      clearTimeout(timer);
    }
    // From here on the main thread mostly blocks in Atomics.wait, where no event reaches it; a
    // worker that dies says so itself in shared memory (serveReplica). These listeners are the
    // second line, for when the event loop runs (between fits, at stop), and keep a worker's
    // 'error' event from being unhandled, which would end the whole process with a stack trace.
    this.workers.forEach((w, i) => {
      w.on('error', (e) => this.fail(`fit worker ${i + 1} failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`));
      w.on('exit', (code) => {
        if (!this.stopping) this.fail(`fit worker ${i + 1} exited with code ${code}`);
      });
    });
  }

  private async handOver(samples: ReplicaSamples, params: number): Promise<void> {
    await Promise.all(this.booted);
    const blocks: ReplicaBlocks = {
      ...samples,
      params,
      grads: new SharedArrayBuffer(2 * this.world * (params + 2) * 4),
      weights: new SharedArrayBuffer(params * 4),
      order: new SharedArrayBuffer(samples.count * 4),
      results: new SharedArrayBuffer(this.world * 2 * 8),
    };
    const loaded = this.workers.map((w) => reply(w, 'ready'));
    for (const w of this.workers) w.postMessage(blocks);
    await Promise.all(loaded);
    this.blocks = blocks;
    this.block = new GradientBlock(blocks.grads, this.control, this.error, 0, this.world, params + 2);
  }

  private stopping = false;

  private fail(reason: string): void {
    markFailed(this.control, this.error, reason);
  }

  /** Rank 0's weights, which the workers copy before their first step. */
  setWeights(flat: Float32Array): void {
    new Float32Array(this.blocks!.weights).set(flat);
  }

  /** A new epoch's sample order; the workers gather their batches by it. */
  setOrder(order: Int32Array): void {
    new Int32Array(this.blocks!.order).set(order);
    this.epoch++;
  }

  /** Starts the workers' share of a batch; rank 0 trains its own meanwhile. */
  step(from: number, count: number, batch: number): void {
    this.command(STEP, () => {
      this.control[FROM] = from;
      this.control[COUNT] = count;
      this.control[BATCH] = batch;
      this.control[EPOCH] = this.epoch;
    });
  }

  gather(fill: (into: Float32Array) => void): Float32Array[] {
    return this.block!.reduce(fill);
  }

  /** Starts the workers' shares of the validation set; `validated` collects them. */
  validate(): void {
    this.command(VALIDATE, () => {});
  }

  validated(): { lossSum: number; correct: number }[] {
    this.block!.barrier();
    const r = new Float64Array(this.blocks!.results);
    return Array.from({ length: this.world - 1 }, (_, i) => ({ lossSum: r[2 * (i + 1)], correct: r[2 * (i + 1) + 1] }));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    // Workers that never got their samples are not reading commands yet.
    if (!this.block || Atomics.load(this.control, FAILED)) return this.terminate();
    this.command(STOP, () => {});
    // A worker still waiting at a barrier (rank 0 stopped mid-step: a timeout, a failure) is
    // woken and gives up instead of waiting for a step that will not come.
    markFailed(this.control, this.error, 'stopped');
    // A worker busy in a long kernel is ended after a grace period rather than waited for.
    await Promise.all(
      this.workers.map((w, i) => {
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>((resolve) => (timer = setTimeout(() => void w.terminate().then(() => resolve()), 5000)));
        return Promise.race([this.exited[i], grace]).finally(() => clearTimeout(timer));
      }),
    );
  }

  async terminate(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private command(cmd: number, set: () => void): void {
    set();
    this.control[CMD] = cmd;
    Atomics.add(this.control, SEQ, 1);
    Atomics.notify(this.control, SEQ);
  }
}

/** Arrays and objects copied into plain ones, down to their leaves. */
function plainCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plainCopy);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainCopy(x)]));
  return v;
}

/** The worker's next message: `want`, else a failure. */
function reply(w: Worker, want: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    const onMessage = (m: unknown): void => {
      done();
      if (m === want) resolve();
      else reject(new Error(String(m)));
    };
    const onExit = (code: number): void => {
      done();
      reject(new Error(`fit worker exited with code ${code} before it was ready`));
    };
    const onError = (e: Error): void => {
      done();
      reject(e);
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
  });
}

/**
 * A worker's side: starts its backend and builds the same model, gets the samples, then
 * trains and validates its share of each batch until told to stop.
 */
export async function serveReplica(d: ReplicaData, port: MessagePort): Promise<void> {
  const control = new Int32Array(d.control);
  const error = new Uint8Array(d.error);
  const failed = (message: string): void => markFailed(control, error, message);
  // Rank 0 waits for this worker in Atomics.wait, deaf to the Worker's events: a worker that
  // ends other than by STOP (process.exit in a kernel, an exception thrown from a callback)
  // sets FAILED on its way out, so rank 0 stops waiting at once instead of after STALL_MS.
  let finished = false;
  process.on('exit', (code) => {
    if (!finished) failed(`fit worker ${d.rank} exited with code ${code}`);
  });
  process.on('uncaughtException', (e) => {
    failed(`fit worker ${d.rank} failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    process.exit(1);
  });
  try {
    const { tf } = await selectBackend('wasm', () => {});
    const built = await withSeededMathRandom(d.seed, () => buildModel(tf, d.spec, d.inputShapes, d.seed));
    if ('reason' in built) throw new Error(built.reason);
    const model = built.model;
    const trainer = new Trainer(tf, model, d.loss, d.optimizer, d.lr, d.rank, d.world);
    const got = new Promise<ReplicaBlocks>((resolve) => port.once('message', resolve));
    port.postMessage('booted');
    const b = await got;
    if (trainer.parameters !== b.params) throw new Error(`the worker's model has ${trainer.parameters} parameters, the main thread's ${b.params}`);
    const labels = new Uint8Array(b.labels);
    const shape = d.inputShapes[0];
    const train = datasetTensors(tf, new Float32Array(b.pixels), labels, b.count, shape, d.loss);
    const valLabels = new Uint8Array(b.validationLabels);
    const val = datasetTensors(tf, new Float32Array(b.validationPixels), valLabels, b.validationCount, shape, d.loss);
    const block = new GradientBlock(b.grads, control, error, d.rank, d.world, b.params + 2);
    const exchange: Exchange = { gather: (fill) => block.reduce(fill) };
    const results = new Float64Array(b.results);
    // Each rank draws its own Dropout masks, from a stream of its own: reproducible per rank.
    Math.random = seededRng((d.seed + 2) ^ Math.imul(d.rank, 0x9e3779b1));
    port.postMessage('ready');
    let seen = 0;
    let epoch = -1;
    let synced = false;
    let xs: ReturnType<typeof tf.gather> | undefined;
    let ys: ReturnType<typeof tf.gather> | undefined;
    let ordered = new Uint8Array(0);
    for (;;) {
      while (Atomics.load(control, SEQ) === seen) Atomics.wait(control, SEQ, seen, 1000);
      seen = Atomics.load(control, SEQ);
      const cmd = control[CMD];
      if (cmd === STOP) break;
      if (cmd === VALIDATE) {
        const [lo, hi] = share(b.validationCount, d.rank, d.world);
        const r = validateRange(tf, model, val.x, val.y, valLabels, d.loss, lo, hi, VALIDATION_BATCH)!;
        results[2 * d.rank] = r.lossSum;
        results[2 * d.rank + 1] = r.correct;
        block.barrier();
        continue;
      }
      if (cmd !== STEP) continue;
      const [from, count, batch] = [control[FROM], control[COUNT], control[BATCH]];
      if (!synced) {
        trainer.setWeights(new Float32Array(b.weights));
        synced = true;
      }
      if (control[EPOCH] !== epoch) {
        epoch = control[EPOCH];
        tf.dispose([xs!, ys!].filter(Boolean));
        const order = new Int32Array(b.order);
        const idx = tf.tensor1d(order, 'int32');
        xs = tf.gather(train.x, idx);
        ys = tf.gather(train.y, idx);
        idx.dispose();
        ordered = Uint8Array.from(order, (i) => labels[i]);
      }
      const [lo, hi] = share(count, d.rank, d.world);
      trainer.step(xs!, ys!, ordered, from + lo, hi - lo, batch, exchange);
      if (process.env.FLOPGATE_FIT_TRACE && from + count >= b.count) console.error(`trace: rank ${d.rank} ms ${JSON.stringify(trainer.times)}`);
    }
    finished = true;
    tf.dispose([xs!, ys!, train.x, train.y, val.x, val.y].filter(Boolean));
    trainer.dispose();
    model.dispose();
  } catch (e) {
    finished = true;
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    failed(message);
    port.postMessage(`fit worker ${d.rank} failed: ${message}`);
  }
}

export function isReplicaData(d: unknown): d is ReplicaData {
  return typeof d === 'object' && d !== null && (d as { tag?: unknown }).tag === REPLICA_TAG;
}
