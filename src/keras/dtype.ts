import type { DType } from '../core/tensor.js';
import type { Config } from './model.js';

/**
 * A layer's dtype policy, as its config states it (Keras 3 `DTypePolicy` /
 * `QuantizedDTypePolicy` objects, Keras 2 `Policy` objects or plain dtype strings, tfjs
 * strings): the dtype its weights are stored in, the one it computes (and so outputs) in, and
 * for a quantized layer the dtype of its kernel. Nothing here reads a weight.
 */
export interface DTypePolicy {
  variable: DType;
  compute: DType;
  /** Keras 3 `quantize()`: the kernel (Dense, EinsumDense) or embedding table is stored so. */
  quantized?: DType;
}

const FLOAT32: DTypePolicy = { variable: 'float32', compute: 'float32' };

const NAMED: Record<string, DType> = {
  float64: 'float64', float32: 'float32', float16: 'float16', bfloat16: 'bfloat16',
  int64: 'int64', int32: 'int32', int16: 'int16', int8: 'int8', uint8: 'uint8', bool: 'bool',
  float8: 'float8', int4: 'int4',
};

function policyName(dtype: unknown): string | undefined {
  if (typeof dtype === 'string') return dtype;
  if (typeof dtype !== 'object' || dtype === null) return undefined;
  const cfg = (dtype as { config?: unknown }).config;
  if (typeof cfg === 'string') return cfg;
  const name = (cfg as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : undefined;
}

/** The policy of a layer config; float32 when the config says nothing (Keras' default). */
export function policyOf(config: Config): DTypePolicy {
  const name = policyName(config.dtype ?? config.dtype_policy);
  if (name === undefined) return FLOAT32;
  // mixed_float16: weights kept in float32, computation (and outputs) in float16.
  const mixed = /^mixed_(float16|bfloat16)$/.exec(name);
  if (mixed) return { variable: 'float32', compute: NAMED[mixed[1]!]! };
  // Keras 3 quantized policies are "int8_from_float32", "int4_from_mixed_bfloat16", "float8_from_float32".
  const q = /^(int8|int4|float8)_from_(.+)$/.exec(name);
  if (q) {
    const source = policyOf({ dtype: q[2] });
    return { ...source, quantized: NAMED[q[1]!]! };
  }
  const t = NAMED[name];
  return t ? { variable: t, compute: t } : FLOAT32;
}
