import type { Counts } from './counts.js';
import type { Tensor } from './tensor.js';

/**
 * What every cost rule returns: the output tensors (shapes, element types, and values when
 * they can be computed), the primitive operations it performs, and the weights it owns given
 * its attributes (a graph format counts its stored tensors instead, and ignores these).
 */
export interface OpResult {
  outputs: Tensor[];
  counts: Counts;
  params: bigint;
  /** Of `params`, the ones training updates (defaults to all of them). */
  trainable?: bigint;
}

export function result(outputs: Tensor[], counts: Counts = {}, params = 0n, trainable?: bigint): OpResult {
  return trainable === undefined ? { outputs, counts, params } : { outputs, counts, params, trainable };
}
