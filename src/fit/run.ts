import type { LayersModel, Optimizer, Tensor } from '@tensorflow/tfjs';
import { FlopgateError } from '../errors.js';
import type { ModelSpec } from '../keras/model.js';
import { selectBackend, type FitBackend, type Tf } from './backend.js';
import { buildModel } from './build-model.js';
import { defaultCacheDir } from './cache.js';
import { CLASSES, type DatasetSplit, type Digits } from './datasets/digits.js';
import { loadDataset } from './datasets/index.js';
import { estimateLine, refusal, secondsText, timeFirstSteps, type Timed, type Workload } from './estimate.js';
import { FitClock } from './progress.js';
import { permutation, seededRng, withSeededMathRandom } from './random.js';
import type { FitConfig, FitResult } from './types.js';

export interface RunFitOptions {
  /** Where downloaded datasets are kept: the Action passes its tool cache; default ~/.cache/flopgate. */
  cacheDir?: string;
  /** Training FLOPs of one sample (the report's 3 x forward), which the estimate is stated in. */
  trainingFlops?: number;
  /** Milliseconds on a monotonic clock (default performance.now); tests move their own. */
  now?: () => number;
}

/** fit.timeout's default, in seconds. */
export const DEFAULT_TIMEOUT = 600;
/** A fit logs a progress line at least this often (issue 13), between batches. */
const PROGRESS_SECONDS = 10;

/** Input shapes (without batch) that a 28x28 grey image can be fed as. */
const IMAGE_SHAPES = [[28, 28], [784], [28, 28, 1]];

const OPTIMIZERS: Record<string, { make: (tf: Tf, lr: number) => Optimizer; lr: number }> = {
  // Keras's default learning rates, so that a fit block without one trains as the notebook did.
  adam: { make: (tf, lr) => tf.train.adam(lr), lr: 0.001 },
  sgd: { make: (tf, lr) => tf.train.sgd(lr), lr: 0.01 },
  rmsprop: { make: (tf, lr) => tf.train.rmsprop(lr), lr: 0.001 },
  adagrad: { make: (tf, lr) => tf.train.adagrad(lr), lr: 0.001 },
  adadelta: { make: (tf, lr) => tf.train.adadelta(lr), lr: 0.001 },
  adamax: { make: (tf, lr) => tf.train.adamax(lr), lr: 0.001 },
};

type LossName = 'categoricalCrossentropy' | 'sparseCategoricalCrossentropy' | 'meanSquaredError';

const LOSSES: Record<string, LossName> = {
  categoricalcrossentropy: 'categoricalCrossentropy',
  sparsecategoricalcrossentropy: 'sparseCategoricalCrossentropy',
  meansquarederror: 'meanSquaredError',
  mse: 'meanSquaredError',
};

/** A fresh optimizer, kept in `owned` to be disposed: a model does not dispose one it was given. */
function optimizerOf(tf: Tf, name: string, lr: number, owned: Optimizer[]): Optimizer {
  const o = OPTIMIZERS[name].make(tf, lr);
  owned.push(o);
  return o;
}

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
  const optimizer = squash(cfg.optimizer ?? 'adam');
  // Own keys only: "constructor" is a key of every object.
  if (!Object.prototype.hasOwnProperty.call(OPTIMIZERS, optimizer)) {
    throw new FlopgateError(`fit: unknown optimizer "${cfg.optimizer}" (expected ${Object.keys(OPTIMIZERS).join(', ')})`);
  }
  const lossKey = squash(cfg.loss ?? 'categorical_crossentropy');
  const loss = Object.prototype.hasOwnProperty.call(LOSSES, lossKey) ? LOSSES[lossKey] : undefined;
  if (!loss) {
    throw new FlopgateError(
      `fit: unknown loss "${cfg.loss}" (expected categorical_crossentropy, sparse_categorical_crossentropy or mean_squared_error)`,
    );
  }
  const lr = cfg.learning_rate ?? OPTIMIZERS[optimizer].lr;
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

function tensors(tf: Tf, d: Digits, shape: number[], loss: LossName): { x: Tensor; y: Tensor } {
  const x = tf.tensor(d.pixels, [d.count, ...shape], 'float32');
  const labels = tf.tensor1d(Int32Array.from(d.labels), 'int32');
  const y = tf.tidy(() => (loss === 'sparseCategoricalCrossentropy' ? labels.toFloat().expandDims(1) : tf.oneHot(labels, CLASSES).toFloat()));
  labels.dispose();
  return { x, y };
}

/** The compiled loss per sample, as Keras computes it (probabilities clipped to [1e-7, 1 - 1e-7]). */
function perSampleLoss(tf: Tf, loss: LossName, y: Tensor, p: Tensor): Tensor {
  if (loss === 'meanSquaredError') return tf.mean(tf.square(tf.sub(y, p)), -1);
  const target = loss === 'sparseCategoricalCrossentropy' ? tf.oneHot(tf.cast(tf.reshape(y, [-1]), 'int32'), CLASSES) : y;
  const eps = 1e-7;
  const probs = tf.clipByValue(tf.div(p, tf.sum(p, -1, true)), eps, 1 - eps);
  return tf.neg(tf.sum(tf.mul(target, tf.log(probs)), -1));
}

/**
 * Validation loss and accuracy over all samples, batched; accuracy is an exact count.
 * Undefined when `expired` says the fit's time ran out before the last batch.
 */
async function validate(
  tf: Tf,
  model: LayersModel,
  x: Tensor,
  y: Tensor,
  labels: Uint8Array,
  loss: LossName,
  batch: number,
  expired: () => boolean,
): Promise<{ accuracy: number; loss: number } | undefined> {
  const n = labels.length;
  let correct = 0;
  let lossSum = 0;
  for (let at = 0; at < n; at += batch) {
    if (expired()) return undefined;
    const size = Math.min(batch, n - at);
    const [pred, lossTotal] = tf.tidy(() => {
      const xb = x.slice(at, size);
      const yb = y.slice(at, size);
      const p = model.predict(xb) as Tensor;
      const l = perSampleLoss(tf, loss, yb, p).sum();
      return [p.argMax(-1), l];
    });
    const classes = await pred.data();
    lossSum += (await lossTotal.data())[0];
    pred.dispose();
    lossTotal.dispose();
    for (let i = 0; i < size; i++) if (classes[i] === labels[at + i]) correct++;
  }
  return { accuracy: correct / n, loss: lossSum / n };
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
  const built = await withSeededMathRandom(cfg.seed, () => buildModel(tf, spec, inputShapes, cfg.seed));
  if ('reason' in built) return skip(built.reason);
  const model = built.model;
  const owned: Tensor[] = [];
  const optimizers: Optimizer[] = [];
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
    log(
      `fit ${data.dataset}: ${data.train.count} training and ${data.validation.count} validation samples, ` +
        `${cfg.epochs} epoch${cfg.epochs === 1 ? '' : 's'}, batch ${cfg.batch_size}, seed ${cfg.seed}, backend ${backend.name}`,
    );
    const train = tensors(tf, data.train, shape, loss);
    const val = tensors(tf, data.validation, shape, loss);
    owned.push(train.x, train.y, val.x, val.y);

    if (clock.expired()) return timedOut('before training');
    model.compile({ optimizer: optimizerOf(tf, optimizer, lr, optimizers), loss, metrics: ['accuracy'] });
    const work: Workload = {
      trainSamples: data.train.count,
      validationSamples: data.validation.count,
      epochs: cfg.epochs,
      batchSize: cfg.batch_size,
      ...(job.trainingFlops ? { trainingFlops: job.trainingFlops } : {}),
    };

    const order = seededRng(cfg.seed + 1);
    const batches = Math.ceil(data.train.count / cfg.batch_size);
    let trainSeconds = 0;
    let last: { accuracy: number; loss: number } | undefined = { accuracy: 0, loss: 0 };
    let stoppedAt: string | undefined;
    let refused: string | undefined;
    // Math.random stays seeded through training: tfjs draws Dropout masks from it.
    await withSeededMathRandom(cfg.seed + 2, async () => {
      for (let epoch = 1; epoch <= cfg.epochs; epoch++) {
        const t0 = job.now();
        // tfjs's own shuffle uses Math.random; the epoch's order comes from the seed instead.
        const idx = tf.tensor1d(permutation(data.train.count, order), 'int32');
        const xs = tf.gather(train.x, idx);
        const ys = tf.gather(train.y, idx);
        idx.dispose();
        let h;
        let first: Timed | undefined;
        let done = 0;
        try {
          if (epoch === 1) {
            // The estimate comes from the epoch's first steps, which stay trained.
            first = await timeFirstSteps(model, xs, ys, work, job.now);
            log(estimateLine(first.estimate, work, backend.name, job.timeout));
            if (clock.elapsed() + first.estimate.seconds > job.timeout) {
              refused = refusal(first.estimate, work, backend.name, job.timeout, clock.elapsed());
              return;
            }
            clock.logged();
            done = Math.ceil(first.samples / cfg.batch_size);
          }
          const onBatchEnd = async (): Promise<void> => {
            done++;
            clock.batch({
              epoch,
              epochs: cfg.epochs,
              done,
              batches,
              samples: Math.min(done * cfg.batch_size, data.train.count),
              perEpoch: data.train.count,
              epochStart: t0,
              validationShare: data.validation.count / (3 * data.train.count),
            });
            // The one place a fit can stop: between batches. tfjs ends the epoch there.
            if (done < batches && clock.expired()) {
              stoppedAt = `in epoch ${epoch}/${cfg.epochs} after ${done} of ${batches} batches`;
              model.stopTraining = true;
            }
          };
          const from = first?.samples ?? 0;
          if (from < data.train.count) {
            const restX = from ? xs.slice(from) : xs;
            const restY = from ? ys.slice(from) : ys;
            try {
              h = await model.fit(restX, restY, { epochs: 1, batchSize: cfg.batch_size, shuffle: false, verbose: 0, yieldEvery: 'never', callbacks: { onBatchEnd } });
            } finally {
              if (restX !== xs) restX.dispose();
              if (restY !== ys) restY.dispose();
            }
          }
        } finally {
          xs.dispose();
          ys.dispose();
        }
        const t1 = job.now();
        trainSeconds += (t1 - t0) / 1000;
        clock.addTrained(Math.min(done * cfg.batch_size, data.train.count), t1 - t0);
        if (stoppedAt) return;
        last = await validate(tf, model, val.x, val.y, data.validation.labels, loss, 512, () => clock.expired());
        if (!last) {
          stoppedAt = `while validating epoch ${epoch}/${cfg.epochs}`;
          return;
        }
        const seconds = (job.now() - t0) / 1000;
        // tfjs's epoch means, weighted by the samples of the timed steps and of the rest.
        const firstN = first?.samples ?? 0;
        const restN = data.train.count - firstN;
        const mean = (a: number, b: number): number => (firstN * a + (restN ? restN * b : 0)) / data.train.count;
        const trainLoss = mean(first?.loss ?? 0, Number(h?.history.loss?.[0]));
        const trainAcc = mean(first?.accuracy ?? 0, Number((h?.history.acc ?? h?.history.accuracy)?.[0]));
        log(
          `epoch ${epoch}/${cfg.epochs}: loss ${trainLoss.toFixed(4)}, accuracy ${trainAcc.toFixed(4)}, ` +
            `val loss ${last.loss.toFixed(4)}, val accuracy ${last.accuracy.toFixed(4)}, ${seconds.toFixed(1)} s ` +
            `(training ${((t1 - t0) / 1000).toFixed(1)} s, ${Math.round(data.train.count / ((t1 - t0) / 1000)).toLocaleString('en-US')} samples/s)`,
        );
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
      seed: cfg.seed,
    };
  } finally {
    model.dispose();
    for (const o of optimizers) o.dispose();
    for (const t of owned) t.dispose();
  }
}

// For bench/fit-profile.mjs, which times kernels on the bundle's own TensorFlow.js.
export { selectBackend } from './backend.js';
