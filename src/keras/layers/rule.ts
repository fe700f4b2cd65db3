import { OpError } from '../../core/errors.js';
import { FlopgateError } from '../../errors.js';
import type { Counts } from '../../core/counts.js';
import type { OpResult } from '../../core/op.js';
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

/**
 * A layer adapter's answer: what the core rules it called return, in the walker's terms.
 * Adapters read the layer's config and call the core (src/core/ops); they hold no formula.
 */
export interface LayerResult {
  outputs: number[][];
  ops: Counts;
  /** All weights of the layer (trainable and not). */
  params: bigint;
  /** Defaults to `params`. */
  trainableParams?: bigint;
  note?: string;
}

export type LayerRule = (call: LayerCall) => LayerResult;

/** A core rule's result as a layer's. */
export function fromCore(r: OpResult): LayerResult {
  return {
    outputs: r.outputs.map((t) => [...t.shape]),
    ops: r.counts,
    params: r.params,
    ...(r.trainable !== undefined ? { trainableParams: r.trainable } : {}),
  };
}

export type { Shape };

/**
 * Runs `rule` on `call`; a fault the core finds (it knows no names) becomes one line naming
 * the layer, as the adapters' own faults do.
 */
export function applyRule(rule: LayerRule, call: LayerCall): LayerResult {
  try {
    return rule(call);
  } catch (e) {
    if (e instanceof OpError) throw new FlopgateError(`layer "${call.name}" (${call.className}): ${e.message}`);
    throw e;
  }
}
