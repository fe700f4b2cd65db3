import type { OpCounts } from '../../costs/ops.js';
import type { Shape } from '../../report/types.js';
import type { Config } from '../model.js';

/**
 * One call of one layer. Shapes are batch-first with every dimension bound (the batch
 * dimension is the report's batch size), so a rule can multiply them without checks for null.
 */
export interface LayerCall {
  /** Display name (path-like inside nested models) for error messages. */
  name: string;
  className: string;
  config: Config;
  inputs: number[][];
  /** Keyword arguments of this call (Keras 3 `kwargs`, e.g. `training`, `mask`). */
  kwargs: Config;
  /** Keras 3 operations: the positional arguments, each tensor replaced by its TensorArg. */
  args?: unknown[];
}

/** A tensor among a Keras 3 operation's call arguments, bound to its shape (batch first). */
export class TensorArg {
  constructor(readonly shape: number[]) {}
}

export interface LayerResult {
  outputs: number[][];
  ops: OpCounts;
  /** All weights of the layer (trainable and not). */
  params: number;
  /** Defaults to `params`. */
  trainableParams?: number;
  note?: string;
}

export type LayerRule = (call: LayerCall) => LayerResult;

export type { Shape };
