import type { DType } from '../core/tensor.js';
import { elementsBytes, liveBytes, tally, tensorBytes, type Step } from '../report/memory.js';
import type { DTypePolicy } from './dtype.js';
import type { Config } from './model.js';

/**
 * The walk of a Keras-family model as steps over tensors, for its activation memory
 * (docs/conventions.md, "Memory"). A tensor is the shape array the walker passes along: the
 * same array object from the layer that makes it to every layer that reads it. One step is
 * recorded per report row, in the rows' order.
 */
export class WalkMemory {
  readonly steps: Step<object>[] = [];
  readonly byDtype: Record<string, bigint> = {};
  private readonly sizes = new Map<object, bigint>();
  /** Views made by the walker itself (TimeDistributed folds time into batch): the same tensor. */
  private readonly views = new Map<object, object>();

  private canon(t: object): object {
    return this.views.get(t) ?? t;
  }

  /** A model input, stored in `dtype` (an InputLayer's; float32 by default). */
  input(shape: number[], dtype: DType): void {
    this.sizes.set(shape, tensorBytes(shape, dtype));
  }

  /**
   * A layer that reads `reads` and writes `writes` in `dtype`. Every output is a tensor of its
   * own, even where a rule hands its input's shape back (Dropout): the returned arrays are
   * what the walk must pass on.
   */
  step(reads: readonly number[][], writes: readonly number[][], dtype: DType): number[][] {
    const fresh = writes.map((w) => (reads.includes(w) || this.sizes.has(w) ? [...w] : w));
    for (const w of fresh) this.sizes.set(w, tensorBytes(w, dtype));
    this.steps.push({ reads: reads.map((r) => this.canon(r)), writes: fresh });
    return fresh;
  }

  /** A row that touches no tensor (an InputLayer's). */
  none(): void {
    this.steps.push({ reads: [], writes: [] });
  }

  view(view: number[], of: number[]): void {
    this.views.set(view, this.canon(of));
  }

  /** Live bytes at each step; `outputs` (the model's) stay live to the end. */
  perStep(outputs: readonly number[][]): bigint[] {
    // A tensor no step sized (an InputLayer that is not a model input) counts as float32.
    return liveBytes(this.steps, (t) => this.sizes.get(t) ?? tensorBytes(t as number[], 'float32'), outputs.map((o) => this.canon(o)));
  }

  /**
   * Bytes of a layer's `params` weights under its policy, tallied by dtype. A quantized Dense
   * or Embedding stores its kernel (table) at the quantized width and its bias as before;
   * scales are quantization metadata, not parameters, as in ONNX.
   */
  weights(className: string, config: Config, params: bigint, policy: DTypePolicy): bigint {
    let quantized = 0n;
    if (policy.quantized && params > 0n) {
      const units = typeof config.units === 'number' ? BigInt(config.units) : 0n;
      const bias = className === 'Dense' && config.use_bias !== false ? units : 0n;
      quantized = className === 'Embedding' ? params : params > bias ? params - bias : 0n;
    }
    const q = quantized > 0n ? elementsBytes(quantized, policy.quantized!) : 0n;
    const rest = elementsBytes(params - quantized, policy.variable);
    if (q) tally(this.byDtype, policy.quantized!, q);
    tally(this.byDtype, policy.variable, rest);
    return q + rest;
  }
}
