import type { LayersModel, Optimizer, Scalar, Tensor, Variable } from '@tensorflow/tfjs';
import { KerasAdam } from './adam.js';
import type { Tf } from './backend.js';
import { CLASSES, PIXELS } from './datasets/digits.js';
import { crossentropy, hasCrossentropyKernel } from './loss.js';

/** Validation samples predicted per call. */
export const VALIDATION_BATCH = 512;

export type LossName = 'categoricalCrossentropy' | 'sparseCategoricalCrossentropy' | 'meanSquaredError';


/** tfjs' optimizers for everything but adam, with Keras's default learning rates set by the caller. */
const TFJS_OPTIMIZERS: Record<string, (tf: Tf, lr: number) => Optimizer> = {
  sgd: (tf, lr) => tf.train.sgd(lr),
  rmsprop: (tf, lr) => tf.train.rmsprop(lr),
  adagrad: (tf, lr) => tf.train.adagrad(lr),
  adadelta: (tf, lr) => tf.train.adadelta(lr),
  adamax: (tf, lr) => tf.train.adamax(lr),
};

export const OPTIMIZER_NAMES = ['adam', ...Object.keys(TFJS_OPTIMIZERS)];

/** The samples as tensors: images in the model's input shape, targets as the loss wants them. */
export function datasetTensors(tf: Tf, pixels: Float32Array, labels: Uint8Array, count: number, shape: number[], loss: LossName): { x: Tensor; y: Tensor } {
  const x = tf.tensor(pixels.subarray(0, count * PIXELS), [count, ...shape], 'float32');
  const l = tf.tensor1d(Int32Array.from(labels.subarray(0, count)), 'int32');
  const y = tf.tidy(() => (loss === 'sparseCategoricalCrossentropy' ? l.toFloat().expandDims(1) : tf.oneHot(l, CLASSES).toFloat()));
  l.dispose();
  return { x, y };
}

/**
 * `scale` times the batch's summed loss: the crossentropies through flopgate's fused kernel
 * where the backend has it (src/fit/loss.ts), else as tfjs ops.
 */
export function batchLoss(tf: Tf, loss: LossName, y: Tensor, p: Tensor, scale: number): Tensor {
  if (loss !== 'meanSquaredError' && hasCrossentropyKernel(tf)) {
    const target = loss === 'sparseCategoricalCrossentropy' ? tf.oneHot(tf.cast(tf.reshape(y, [-1]), 'int32'), CLASSES) : y;
    return crossentropy(tf, target, p, scale);
  }
  return tf.mul(tf.sum(perSampleLoss(tf, loss, y, p)), scale);
}

/** The compiled loss per sample, as Keras computes it (probabilities clipped to [1e-7, 1 - 1e-7]). */
export function perSampleLoss(tf: Tf, loss: LossName, y: Tensor, p: Tensor): Tensor {
  if (loss === 'meanSquaredError') return tf.mean(tf.square(tf.sub(y, p)), -1);
  const target = loss === 'sparseCategoricalCrossentropy' ? tf.oneHot(tf.cast(tf.reshape(y, [-1]), 'int32'), CLASSES) : y;
  const eps = 1e-7;
  const probs = tf.clipByValue(tf.div(p, tf.sum(p, -1, true)), eps, 1 - eps);
  return tf.neg(tf.sum(tf.mul(target, tf.log(probs)), -1));
}

/**
 * Gathers the ranks' contributions to one step. Each rank writes its flat gradients followed
 * by its loss and its count of correct predictions (`fill`), and gets back every rank's, in
 * rank order: the same arrays on every rank, which each adds up the same way, so that the
 * ranks, applying the same update to the same weights, stay identical.
 */
export interface Exchange {
  gather(fill: (into: Float32Array) => void): Float32Array[];
}

/** One rank's share of a step. */
export interface Contribution {
  /** Per variable; undefined where it had no gradient (or the rank no samples). */
  grads: (Tensor | undefined)[];
  loss: number;
  correct: number;
}

/**
 * Validation sums over samples [from, to) of `x`/`y`, in batches: the loss summed over the
 * samples and the count predicted right. Undefined when `expired` says time ran out first.
 */
export function validateRange(
  tf: Tf,
  model: LayersModel,
  x: Tensor,
  y: Tensor,
  labels: Uint8Array,
  loss: LossName,
  from: number,
  to: number,
  batch: number,
  expired: () => boolean = () => false,
): { lossSum: number; correct: number } | undefined {
  let correct = 0;
  let lossSum = 0;
  for (let at = from; at < to; at += batch) {
    if (expired()) return undefined;
    const size = Math.min(batch, to - at);
    const [pred, total] = tf.tidy(() => {
      const p = model.predict(tf.slice(x, at, size)) as Tensor;
      return [tf.argMax(p, -1), batchLoss(tf, loss, tf.slice(y, at, size), p, 1)];
    });
    const classes = pred.dataSync();
    lossSum += total.dataSync()[0];
    tf.dispose([pred, total]);
    for (let i = 0; i < size; i++) if (classes[i] === labels[at + i]) correct++;
  }
  return { lossSum, correct };
}

/** What one step contributed, over the whole batch (all ranks). */
export interface StepOutcome {
  /** The batch's training loss (mean over its samples, regularization included). */
  loss: number;
  /** Samples of the batch predicted right. */
  correct: number;
}

/**
 * One replica's training step: the loss and gradients of its share of a batch, then one
 * optimizer update. This is what tfjs-layers' `model.fit` runs per batch (loss, regularizers,
 * `training: true` for Dropout and the like), less its per-batch logs and metric tensors:
 * accuracy is counted from the predicted classes in JavaScript.
 *
 * With `world` ranks (worker threads, src/fit/parallel.ts) each holds the same model and
 * computes the gradient of `sum(its samples' losses) / batch size`; the exchange adds them
 * up, which is the gradient of the batch's mean loss, in another summation order than one
 * rank's. The regularization terms are rank 0's alone, so that they count once.
 */
export class Trainer {
  readonly vars: Variable[];
  private readonly adam?: KerasAdam;
  private readonly optimizer?: Optimizer;
  private readonly size: number;
  /** Milliseconds spent per phase of the steps so far (FLOPGATE_FIT_TRACE prints them). */
  readonly times = { gradients: 0, exchange: 0, update: 0 };

  constructor(
    private readonly tf: Tf,
    private readonly model: LayersModel,
    private readonly loss: LossName,
    optimizer: string,
    lr: number,
    private readonly rank = 0,
    private readonly world = 1,
  ) {
    this.vars = model.trainableWeights.map((w) => (w as unknown as { val: Variable }).val);
    this.size = this.vars.reduce((n, v) => n + v.size, 0);
    if (optimizer === 'adam') this.adam = new KerasAdam(tf, lr);
    else this.optimizer = TFJS_OPTIMIZERS[optimizer](tf, lr);
  }

  /** Trainable parameters, all variables flat. */
  get parameters(): number {
    return this.size;
  }

  /**
   * Trains on rows [from, from + n) of `x`/`y` (the batch is [from, from + batch)); `labels`
   * are the classes of `x`'s rows. `exchange` is required when there are several ranks.
   */
  step(x: Tensor, y: Tensor, labels: Uint8Array, from: number, n: number, batch: number, exchange?: Exchange): StepOutcome {
    const t0 = performance.now();
    const own = this.contribute(x, y, labels, from, n, batch);
    const t1 = performance.now();
    let all: Contribution | Float32Array[] = own;
    if (this.world > 1) {
      if (!exchange) throw new Error('a replica of several needs an exchange');
      all = exchange.gather((into) => this.flatten(own, into));
    }
    const t2 = performance.now();
    const out = this.finish(all);
    const t3 = performance.now();
    this.times.gradients += t1 - t0;
    this.times.exchange += t2 - t1;
    this.times.update += t3 - t2;
    return out;
  }

  /** This rank's share of a step: its gradients (scaled to the whole batch), loss and hits. */
  contribute(x: Tensor, y: Tensor, labels: Uint8Array, from: number, n: number, batch: number): Contribution {
    const tf = this.tf;
    if (n === 0) return { grads: this.vars.map(() => undefined), loss: 0, correct: 0 };
    const xb = tf.slice(x, from, n);
    const yb = tf.slice(y, from, n);
    let classes: Tensor | undefined;
    const { value, grads } = tf.variableGrads(() => {
      const p = this.model.apply(xb, { training: true }) as Tensor;
      classes = tf.keep(tf.argMax(p, -1));
      let total = batchLoss(tf, this.loss, yb, p, 1 / batch) as Scalar;
      if (this.rank === 0) {
        // Layers' regularization penalties, as tfjs-layers adds them to the compiled loss.
        for (const r of (this.model as unknown as { calculateLosses(): Scalar[] }).calculateLosses()) total = tf.add(total, r);
      }
      return total;
    }, this.vars);
    const loss = value.dataSync()[0];
    const predicted = classes!.dataSync();
    let correct = 0;
    for (let i = 0; i < n; i++) if (predicted[i] === labels[from + i]) correct++;
    tf.dispose([xb, yb, value, classes!]);
    return { grads: this.vars.map((v) => grads[v.name]), loss, correct };
  }

  /** The flat form an exchange carries: every gradient, then the loss and the hits. */
  flatten(c: Contribution, out: Float32Array<ArrayBufferLike> = new Float32Array(this.size + 2)): Float32Array<ArrayBufferLike> {
    let at = 0;
    this.vars.forEach((v, i) => {
      const g = c.grads[i];
      if (g) out.set(g.dataSync() as Float32Array, at);
      else out.fill(0, at, at + v.size);
      at += v.size;
    });
    out[at] = c.loss;
    out[at + 1] = c.correct;
    this.tf.dispose(c.grads.filter((g): g is Tensor => g !== undefined));
    return out;
  }

  /** Applies one update from a contribution (one rank) or every rank's flat one, in rank order. */
  finish(c: Contribution | Float32Array[]): StepOutcome {
    const tf = this.tf;
    if (!Array.isArray(c)) {
      this.applyGradients(c.grads);
      tf.dispose(c.grads.filter((g): g is Tensor => g !== undefined));
      return { loss: c.loss, correct: c.correct };
    }
    // Two ranks: both halves go to the update, which adds them (in float32, the same on
    // both ranks). More: the later ones are added up here first, in rank order.
    let rest = c[1];
    if (c.length > 2) {
      rest = Float32Array.from(c[1]);
      for (let r = 2; r < c.length; r++) for (let i = 0; i < rest.length; i++) rest[i] = Math.fround(rest[i] + c[r][i]);
    }
    const tensors = (flat: Float32Array): Tensor[] => {
      let at = 0;
      return this.vars.map((v) => {
        const g = tf.tensor(flat.subarray(at, at + v.size), v.shape, 'float32');
        at += v.size;
        return g;
      });
    };
    const first = tensors(c[0]);
    const second = tensors(rest);
    this.applyGradients(first, second);
    tf.dispose([...first, ...second]);
    const at = this.size;
    let loss = 0;
    let correct = 0;
    for (const r of c) {
      loss += r[at];
      correct += r[at + 1];
    }
    return { loss, correct };
  }

  private applyGradients(grads: (Tensor | undefined)[], seconds?: Tensor[]): void {
    if (this.adam) {
      this.adam.apply(this.vars, grads, seconds);
      return;
    }
    const named: { name: string; tensor: Tensor }[] = [];
    const sums: Tensor[] = [];
    this.vars.forEach((v, i) => {
      let g = grads[i];
      if (g && seconds) sums.push((g = this.tf.add(g, seconds[i])));
      if (g) named.push({ name: v.name, tensor: g });
    });
    this.optimizer!.applyGradients(named);
    this.tf.dispose(sums);
  }

  /** The weights, flat: what a new replica copies to start identical. */
  weights(): Float32Array {
    const out = new Float32Array(this.size);
    let at = 0;
    for (const v of this.vars) {
      out.set(v.dataSync() as Float32Array, at);
      at += v.size;
    }
    return out;
  }

  setWeights(flat: Float32Array): void {
    let at = 0;
    for (const v of this.vars) {
      const t = this.tf.tensor(flat.subarray(at, at + v.size), v.shape, 'float32');
      v.assign(t);
      t.dispose();
      at += v.size;
    }
  }

  dispose(): void {
    this.adam?.dispose();
    this.optimizer?.dispose();
  }
}
