/**
 * Memory a model needs, from its architecture alone (docs/conventions.md, "Memory"):
 *
 * - weights: every parameter at the size its dtype is stored in (float32 4 bytes, float16 2,
 *   int8 1, 4-bit types half a byte), read from the file's metadata, never from the weights;
 * - activations: walking the layers (ONNX nodes) in the order the file gives them, a tensor is
 *   live from the step that produces it to the last step that reads it (a model input from
 *   the first step, a model output to the last); a step's figure is the sum of the tensors
 *   live during it (its inputs and outputs included), and the peak is the largest such sum.
 *   Weights and constants are not activations; a layer's own temporaries are not counted.
 */
import { bitsOf, type DType } from '../core/tensor.js';

/** Bytes of a tensor of `shape` stored in `dtype` (4-bit types packed two to a byte, rounded up). */
export function tensorBytes(shape: readonly number[], dtype: DType): bigint {
  let n = 1n;
  for (const d of shape) n *= BigInt(d);
  return elementsBytes(n, dtype);
}

/** Bytes of `elements` values of `dtype`; 0 for types without a size (strings). */
export function elementsBytes(elements: bigint, dtype: DType): bigint {
  const bits = BigInt(bitsOf(dtype) ?? 0);
  return (elements * bits + 7n) / 8n;
}

/** Adds `bytes` of `dtype` to a by-dtype tally. */
export function tally(by: Record<string, bigint>, dtype: string, bytes: bigint): void {
  if (bytes === 0n) return;
  by[dtype] = (by[dtype] ?? 0n) + bytes;
}

/** One step of the walk: the tensors it reads and the ones it writes (any identity). */
export interface Step<T> {
  reads: readonly T[];
  writes: readonly T[];
}

/**
 * Live bytes at each step of a recorded walk, and the peak. `sizeOf` gives a tensor's bytes
 * (undefined: not an activation, such as a weight); tensors read before any step writes them
 * are the model's inputs, and `outputs` stay live to the end.
 */
export function liveBytes<T>(steps: readonly Step<T>[], sizeOf: (t: T) => bigint | undefined, outputs: readonly T[]): bigint[] {
  const first = new Map<T, number>();
  const last = new Map<T, number>();
  steps.forEach((s, k) => {
    for (const t of s.writes) {
      if (!first.has(t)) first.set(t, k);
      if (!last.has(t) || last.get(t)! < k) last.set(t, k);
    }
    for (const t of s.reads) {
      if (!first.has(t)) first.set(t, 0);
      last.set(t, k);
    }
  });
  for (const t of outputs) if (first.has(t)) last.set(t, steps.length - 1);
  // A difference array: a tensor adds its bytes at its first step and takes them off after its last.
  const delta: bigint[] = new Array(steps.length + 1).fill(0n);
  for (const [t, k] of first) {
    const b = sizeOf(t);
    if (b === undefined || b === 0n) continue;
    delta[k]! += b;
    delta[last.get(t)! + 1]! -= b;
  }
  const out: bigint[] = [];
  let cur = 0n;
  for (let k = 0; k < steps.length; k++) {
    cur += delta[k]!;
    out.push(cur);
  }
  return out;
}

/**
 * The same figure while walking, for graphs too large to record: the caller adds each
 * tensor as it is produced and drops it after its last reader.
 */
export class LiveSet<K> {
  private readonly sizes = new Map<K, bigint>();
  current = 0n;

  add(key: K, bytes: bigint): void {
    if (bytes === 0n || this.sizes.has(key)) return;
    this.sizes.set(key, bytes);
    this.current += bytes;
  }

  drop(key: K): void {
    const b = this.sizes.get(key);
    if (b === undefined) return;
    this.sizes.delete(key);
    this.current -= b;
  }
}
