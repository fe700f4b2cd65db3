import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import { FlopgateError } from '../errors.js';
import type { ModelSpec } from '../keras/model.js';
import { selectBackend, type FitBackend, type Tf } from './backend.js';
import { buildModel } from './build-model.js';
import { defaultCacheDir } from './cache.js';
import { CLASSES, PIXELS, type DatasetSplit } from './datasets/digits.js';
import { loadDataset } from './datasets/index.js';
import { decide, estimateLine, refusal, secondsText, StepTimer, type Workload } from './estimate.js';
import { isReplicaData, serveReplica, share, Team, threadCount, type ReplicaSamples } from './parallel.js';
import { FitClock } from './progress.js';
import { permutation, seededRng, withSeededMathRandom } from './random.js';
import { datasetTensors, OPTIMIZER_NAMES, Trainer, validateRange, VALIDATION_BATCH, type LossName } from './trainer.js';
import type { FitConfig, FitResult } from './types.js';

export interface RunFitOptions {
  /** Where downloaded datasets are kept: the Action passes its tool cache; default ~/.cache/flopgate. */
  cacheDir?: string;
  /** Training FLOPs of one sample (the report's 3 x forward), which the estimate is stated in. */
  trainingFlops?: number;
  /** Milliseconds on a monotonic clock (default performance.now); tests move their own. */
  now?: () => number;
  /**
   * The script worker threads run (default: this bundle; none from TypeScript sources). Tests
   * running the sources pass the built bundle, or a script that fails on purpose.
   */
  workerEntry?: URL;
}

/** fit.timeout's default, in seconds. */
export const DEFAULT_TIMEOUT = 600;
/** A fit logs a progress line at least this often (issue 13), between batches. */
const PROGRESS_SECONDS = 10;

/** Input shapes (without batch) that a 28x28 grey image can be fed as. */
const IMAGE_SHAPES = [[28, 28], [784], [28, 28, 1]];

/** Keras's default learning rates, so that a fit block without one trains as the notebook did. */
const DEFAULT_LR: Record<string, number> = { adam: 0.001, sgd: 0.01, rmsprop: 0.001, adagrad: 0.001, adadelta: 0.001, adamax: 0.001 };

const LOSSES: Record<string, LossName> = {
  categoricalcrossentropy: 'categoricalCrossentropy',
  sparsecategoricalcrossentropy: 'sparseCategoricalCrossentropy',
  meansquarederror: 'meanSquaredError',
  mse: 'meanSquaredError',
};

const squash = (s: string): string => s.toLowerCase().replace(/[_\s-]/g, '');

function checkConfig(cfg: FitConfig): { loss: LossName; optimizer: string; lr: number } {
  const int = (v: unknown, name: string, min: number, max: number): void => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      throw new FlopgateError(`fit: ${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`);
    }
  };
  int(cfg.epochs, 'epochs', 1, 1000);
  int(cfg.batch_size, 'batch_size', 1, 65536);
  int(cfg.train_samples, 'train_samples', 1, 60000);
  int(cfg.validation_samples, 'validation_samples', 1, 60000);
  int(cfg.seed, 'seed', -(2 ** 31), 2 ** 32 - 1);
  const timeout = cfg.timeout ?? DEFAULT_TIMEOUT;
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0 || timeout > 86400) {
    throw new FlopgateError(`fit: timeout must be a number of seconds above 0 and at most 86400, got ${JSON.stringify(cfg.timeout)}`);
  }
  const threads = cfg.threads ?? 'auto';
  if (threads !== 'auto') int(threads, 'threads', 1, 16);
  const optimizer = squash(cfg.optimizer ?? 'adam');
  if (!OPTIMIZER_NAMES.includes(optimizer)) {
    throw new FlopgateError(`fit: unknown optimizer "${cfg.optimizer}" (expected ${OPTIMIZER_NAMES.join(', ')})`);
  }
  const lossKey = squash(cfg.loss ?? 'categorical_crossentropy');
  const loss = Object.prototype.hasOwnProperty.call(LOSSES, lossKey) ? LOSSES[lossKey] : undefined;
  if (!loss) {
    throw new FlopgateError(
      `fit: unknown loss "${cfg.loss}" (expected categorical_crossentropy, sparse_categorical_crossentropy or mean_squared_error)`,
    );
  }
  const lr = cfg.learning_rate ?? DEFAULT_LR[optimizer];
  if (typeof lr !== 'number' || !Number.isFinite(lr) || lr <= 0) {
    throw new FlopgateError(`fit: learning_rate must be a positive number, got ${JSON.stringify(cfg.learning_rate)}`);
  }
  return { loss, optimizer, lr };
}

const sameShape = (a: readonly (number | null)[], b: readonly number[]): boolean => a.length === b.length && a.every((d, i) => d === b[i]);

/** A reason the fit cannot feed this model 28x28 images, or undefined. */
function inputMismatch(inputShapes: number[][]): string | undefined {
  if (inputShapes.length !== 1) return `the model has ${inputShapes.length} inputs; the fit feeds one 28x28 image input`;
  const s = inputShapes[0];
  if (IMAGE_SHAPES.some((ok) => sameShape(s, ok))) return undefined;
  return `input shape [${s.join(', ')}] cannot take 28x28 images (accepted: [28, 28], [784], [28, 28, 1])`;
}

function outputMismatch(model: LayersModel): string | undefined {
  if (model.outputs.length !== 1) return `the model has ${model.outputs.length} outputs; the fit needs one of 10 classes`;
  const shape = model.outputs[0].shape;
  if (shape.length === 2 && shape[1] === CLASSES) return undefined;
  return `output shape [${shape.map((d) => (d === null ? 'None' : d)).join(', ')}] is not 10 classes`;
}

/**
 * Validation loss and accuracy over all samples, batched (the threads' shares, when there are
 * several); accuracy is an exact count. Undefined when `expired` says the fit's time ran out.
 */
function validate(
  tf: Tf,
  model: LayersModel,
  val: { x: Tensor; y: Tensor },
  labels: Uint8Array,
  loss: LossName,
  team: Team | undefined,
  expired: () => boolean,
): { accuracy: number; loss: number } | undefined {
  const n = labels.length;
  const world = team?.world ?? 1;
  team?.validate();
  const [lo, hi] = share(n, 0, world);
  const own = validateRange(tf, model, val.x, val.y, labels, loss, lo, hi, VALIDATION_BATCH, expired);
  // The workers' shares are waited for even when time ran out: they are at most as long.
  const others = team?.validated() ?? [];
  if (!own) return undefined;
  const sums = [own, ...others];
  return { accuracy: sums.reduce((c, r) => c + r.correct, 0) / n, loss: sums.reduce((l, r) => l + r.lossSum, 0) / n };
}

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

/**
 * Trains `spec` briefly from fresh seeded weights and measures it on held-out samples.
 *
 * `inputShapes` are the model's input shapes without the batch dimension. A model the fit
 * cannot train (input not a 28x28 image, output not 10 classes, a layer tfjs lacks) comes
 * back `skipped` with the reason; a bad fit block or an unobtainable dataset is a
 * FlopgateError. `seconds` is the whole fit (data, build, epochs, validation);
 * `samples_per_second` counts training steps only. The same seed on the same backend gives
 * the same split, order, weights and so the same accuracy.
 */
export async function runFit(
  spec: ModelSpec,
  inputShapes: number[][],
  cfg: FitConfig,
  log: (line: string) => void,
  opts: RunFitOptions = {},
): Promise<FitResult> {
  const skip = (reason: string): FitResult => {
    log(`fit skipped: ${reason}`);
    return { status: 'skipped', reason };
  };
  const { loss, optimizer, lr } = checkConfig(cfg);
  const badInput = inputMismatch(inputShapes);
  if (badInput) return skip(badInput);

  const now = opts.now ?? (() => performance.now());
  const started = now();
  let data: DatasetSplit | undefined;
  const job: FitJob = {
    spec,
    inputShapes,
    cfg,
    log,
    loss,
    optimizer,
    lr,
    started,
    now,
    timeout: cfg.timeout ?? DEFAULT_TIMEOUT,
    trainingFlops: opts.trainingFlops,
    workerEntry: opts.workerEntry ?? WORKER_ENTRY,
    data: async () => (data ??= await loadDataset(cfg, opts.cacheDir ?? defaultCacheDir(), log)),
  };
  let backend = await selectBackend(cfg.backend, log);
  try {
    return await fitOn(backend, job);
  } catch (e) {
    const missing = missingKernel(e);
    if (missing && cfg.backend === 'auto' && backend.kind !== 'cpu') {
      // WASM lacks some gradient kernels (Conv2DBackpropFilter among them): auto means the
      // fastest backend that can train this model, so the fit starts again on pure JS.
      log(`fit: the ${backend.name} backend has no ${missing} kernel to train this model; starting again on the pure-JS cpu backend`);
      backend = await selectBackend('cpu', log);
      return await fitOn(backend, job);
    }
    if (missing) return skip(`the ${backend.name} backend has no ${missing} kernel to train this model (backend auto falls back to cpu)`);
    if (e instanceof FlopgateError) throw e;
    throw new FlopgateError(`fit: training on ${backend.name} failed: ${firstLine(e)}`);
  }
}

interface FitJob {
  spec: ModelSpec;
  inputShapes: number[][];
  cfg: FitConfig;
  log: (line: string) => void;
  loss: LossName;
  optimizer: string;
  lr: number;
  started: number;
  now: () => number;
  /** Seconds, for the whole fit. */
  timeout: number;
  trainingFlops?: number;
  workerEntry: URL | undefined;
  data: () => Promise<DatasetSplit>;
}

function missingKernel(e: unknown): string | undefined {
  const m = /Kernel '([^']+)' not registered for backend/.exec(e instanceof Error ? e.message : String(e));
  return m?.[1];
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].trim();
}

async function fitOn(backend: FitBackend, job: FitJob): Promise<FitResult> {
  const { spec, inputShapes, cfg, log, loss, optimizer, lr } = job;
  const { tf } = backend;
  const shape = inputShapes[0];
  const skip = (reason: string): FitResult => {
    log(`fit skipped: ${reason}`);
    return { status: 'skipped', reason };
  };
  // Worker threads need the bundle (a worker cannot start from TypeScript sources) and a
  // backend that runs on one core; tfjs-node already uses all of them. They are started first:
  // their TensorFlow.js starts while this thread builds its model and loads the samples.
  const entry = job.workerEntry;
  const load = loadavg()[0];
  let threads = backend.kind === 'wasm' && entry ? threadCount(cfg.threads, spec, cfg.batch_size, job.trainingFlops, load) : 1;
  if (threads === 1 && backend.kind === 'wasm' && entry && threadCount(cfg.threads, spec, cfg.batch_size, job.trainingFlops, 0) > 1) {
    log(`fit: threads auto: one thread, as the machine is busy (load average ${load.toFixed(1)} on ${availableParallelism()} cores)`);
  }
  let team = threads > 1 && entry ? Team.spawn(entry, { spec, inputShapes, seed: cfg.seed, loss, optimizer, lr }, threads) : undefined;
  const built = await withSeededMathRandom(cfg.seed, () => buildModel(tf, spec, inputShapes, cfg.seed));
  if ('reason' in built) {
    await team?.terminate();
    return skip(built.reason);
  }
  const model = built.model;
  const owned: Tensor[] = [];
  let trainer: Trainer | undefined;
  const clock = new FitClock(job.now, job.started, job.timeout, PROGRESS_SECONDS, log);
  const timedOut = (where: string): FitResult => {
    const reason = `timed out after ${secondsText(clock.elapsed())} (fit.timeout ${secondsText(job.timeout)}) ${where}; accuracy not measured`;
    log(`fit stopped: ${reason}`);
    return { status: 'skipped', reason };
  };
  try {
    const badOutput = outputMismatch(model);
    if (badOutput) return skip(badOutput);

    const data = await job.data();
    const bs = cfg.batch_size;
    if (team) {
      try {
        const t = job.now();
        await team.ready(shareSamples(data), trainableSize(model), (job.timeout - clock.elapsed()) * 1000);
        if (process.env.FLOPGATE_FIT_TRACE) log(`trace: worker threads ready ${Math.round(job.now() - t)} ms after the samples`);
      } catch (e) {
        log(`fit: worker threads failed to start (${firstLine(e)}); training on one thread`);
        team = undefined;
        threads = 1;
      }
    }
    trainer = new Trainer(tf, model, loss, optimizer, lr, 0, threads);
    team?.setWeights(trainer.weights());
    log(
      `fit ${data.dataset}: ${data.train.count} training and ${data.validation.count} validation samples, ` +
        `${cfg.epochs} epoch${cfg.epochs === 1 ? '' : 's'}, batch ${bs}, seed ${cfg.seed}, backend ${backend.name}` +
        `${threads > 1 ? `, ${threads} threads` : ''}`,
    );
    const train = datasetTensors(tf, data.train.pixels, data.train.labels, data.train.count, shape, loss);
    const val = datasetTensors(tf, data.validation.pixels, data.validation.labels, data.validation.count, shape, loss);
    owned.push(train.x, train.y, val.x, val.y);

    if (clock.expired()) return timedOut('before training');
    const work: Workload = {
      trainSamples: data.train.count,
      validationSamples: data.validation.count,
      epochs: cfg.epochs,
      batchSize: bs,
      ...(job.trainingFlops ? { trainingFlops: job.trainingFlops } : {}),
    };

    const order = seededRng(cfg.seed + 1);
    const count = data.train.count;
    const batches = Math.ceil(count / bs);
    let trainSeconds = 0;
    let last: { accuracy: number; loss: number } | undefined = { accuracy: 0, loss: 0 };
    let stoppedAt: string | undefined;
    let refused: string | undefined;
    const exchange = team;
    const step = trainer;
    // Math.random stays seeded through training: tfjs draws Dropout masks from it.
    await withSeededMathRandom(cfg.seed + 2, async () => {
      for (let epoch = 1; epoch <= cfg.epochs; epoch++) {
        const t0 = job.now();
        // The epoch's order comes from the seed (tfjs's own shuffle uses Math.random).
        const perm = permutation(count, order);
        exchange?.setOrder(perm);
        const idx = tf.tensor1d(perm, 'int32');
        const xs = tf.gather(train.x, idx);
        const ys = tf.gather(train.y, idx);
        idx.dispose();
        const labels = Uint8Array.from(perm, (i) => data.train.labels[i]);
        const timer = epoch === 1 ? new StepTimer(t0, work) : undefined;
        let timing = timer !== undefined;
        let lossSum = 0;
        let correct = 0;
        let done = 0;
        try {
          for (let b = 0; b < batches; b++) {
            const from = b * bs;
            const n = Math.min(bs, count - from);
            exchange?.step(from, n, n);
            const [lo, hi] = share(n, 0, threads);
            const out = step.step(xs, ys, labels, from + lo, hi - lo, n, exchange);
            lossSum += out.loss * n;
            correct += out.correct;
            done = b + 1;
            if (timing) {
              // The estimate comes from the epoch's first steps, which stay trained. It starts
              // the fit once enough steps are timed; it can refuse it sooner, once the timing
              // has lasted its share of the timeout (a step of the pure-JS backend can last longer).
              const enough = timer!.record(job.now(), from + n);
              const estimate = timer!.estimate();
              const verdict = decide(estimate, work, from + n, clock.elapsed(), (job.now() - t0) / 1000, job.timeout);
              if (verdict === 'refuse' || (verdict === 'start' && enough)) {
                timing = false;
                if (process.env.FLOPGATE_FIT_TRACE) log(`trace: timed steps end at ms ${JSON.stringify(timer!.trace())}`);
                log(estimateLine(estimate, work, backend.name, job.timeout));
                if (verdict === 'refuse') {
                  refused = refusal(estimate, work, backend.name, job.timeout, clock.elapsed());
                  return;
                }
                clock.logged();
              }
            }
            if (!timing) {
              clock.batch({
                epoch,
                epochs: cfg.epochs,
                done,
                batches,
                samples: from + n,
                perEpoch: count,
                epochStart: t0,
                validationShare: data.validation.count / (3 * count),
              });
            }
            // The one place a fit can stop: between batches.
            if (done < batches && clock.expired()) {
              stoppedAt = `in epoch ${epoch}/${cfg.epochs} after ${done} of ${batches} batches`;
              break;
            }
          }
        } finally {
          xs.dispose();
          ys.dispose();
        }
        const t1 = job.now();
        const trained = Math.min(done * bs, count);
        trainSeconds += (t1 - t0) / 1000;
        clock.addTrained(trained, t1 - t0);
        if (stoppedAt) return;
        last = validate(tf, model, val, data.validation.labels, loss, exchange, () => clock.expired());
        if (!last) {
          stoppedAt = `while validating epoch ${epoch}/${cfg.epochs}`;
          return;
        }
        const seconds = (job.now() - t0) / 1000;
        log(
          `epoch ${epoch}/${cfg.epochs}: loss ${(lossSum / count).toFixed(4)}, accuracy ${(correct / count).toFixed(4)}, ` +
            `val loss ${last.loss.toFixed(4)}, val accuracy ${last.accuracy.toFixed(4)}, ${seconds.toFixed(1)} s ` +
            `(training ${((t1 - t0) / 1000).toFixed(1)} s, ${Math.round(count / ((t1 - t0) / 1000)).toLocaleString('en-US')} samples/s)`,
        );
        if (process.env.FLOPGATE_FIT_TRACE) log(`trace: rank 0 ms ${JSON.stringify(step.times)}`);
        clock.logged();
        if (epoch < cfg.epochs && clock.expired()) {
          stoppedAt = `after epoch ${epoch}/${cfg.epochs}`;
          return;
        }
      }
    });
    if (refused) return skip(refused);
    if (stoppedAt || !last) return timedOut(stoppedAt ?? '');
    const seconds = (job.now() - job.started) / 1000;
    const trained = data.train.count * cfg.epochs;
    return {
      status: 'ok',
      dataset: data.dataset,
      accuracy: last.accuracy,
      loss: round(last.loss, 6),
      epochs: cfg.epochs,
      train_samples: data.train.count,
      validation_samples: data.validation.count,
      seconds: round(seconds, 3),
      samples_per_second: Math.round(trained / trainSeconds),
      backend: backend.name,
      threads,
      seed: cfg.seed,
    };
  } finally {
    await team?.stop();
    model.dispose();
    trainer?.dispose();
    for (const t of owned) t.dispose();
  }
}

const trainableSize = (model: LayersModel): number => model.trainableWeights.reduce((n, w) => n + w.shape.reduce<number>((a, b) => a * (b ?? 1), 1), 0);

/** The samples in shared memory, for the workers. */
function shareSamples(data: DatasetSplit): ReplicaSamples {
  const copy = <T extends Float32Array | Uint8Array>(a: T, n: number): SharedArrayBuffer => {
    const buf = new SharedArrayBuffer(n * a.BYTES_PER_ELEMENT);
    new (a.constructor as new (b: SharedArrayBuffer) => T)(buf).set(a.subarray(0, n));
    return buf;
  };
  const { train, validation } = data;
  return {
    count: train.count,
    pixels: copy(train.pixels, train.count * PIXELS),
    labels: copy(train.labels, train.count),
    validationCount: validation.count,
    validationPixels: copy(validation.pixels, validation.count * PIXELS),
    validationLabels: copy(validation.labels, validation.count),
  };
}

/**
 * The bundle serves as its own worker script: started as a fit replica, it trains its share
 * of each batch (src/fit/parallel.ts). From TypeScript sources there is no script a worker
 * can run, and fits stay on one thread.
 */
const WORKER_ENTRY = import.meta.url.endsWith('.js') ? new URL(import.meta.url) : undefined;
if (!isMainThread && isReplicaData(workerData)) {
  void serveReplica(workerData, parentPort!);
}

// For bench/fit-profile.mjs, which times kernels on the bundle's own TensorFlow.js.
export { selectBackend } from './backend.js';
export { Trainer } from './trainer.js';
