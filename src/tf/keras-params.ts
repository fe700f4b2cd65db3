/**
 * Parameters of a graph a TF converter wrote from a Keras model (TFLite, a TF.js graph
 * model), counted so that they equal Keras' own count. The converters change what is
 * stored: they fold an inference BatchNormalization into the convolution before it (its
 * gamma, beta, moving mean and moving variance become one scaled kernel and one bias), or
 * leave it as one multiplication and one addition by constant vectors; they give a
 * convolution without a bias a zero bias of their own; they turn scalars of the arithmetic
 * (hard_sigmoid's 1/6, an epsilon) into stored constants. The names they keep say which is
 * which: a tensor fused from several TF ops is named by all of them, joined with ";", and
 * Keras' batch normalisation runs under `<layer>/batchnorm/`.
 *
 * So, per stored constant used as a weight (counted once, however many ops read it):
 * - a vector named under `<bn>/batchnorm/` stands for that BatchNormalization: its 4C
 *   parameters (C the vector's length) are counted once per layer, plus C when the name also
 *   names a `.../BiasAdd` (the convolution had a bias of its own, merged into the shift);
 * - a bias named only `arith.constant...` is one the converter made up (zero): not counted;
 * - a single number in element-wise arithmetic is a constant of the formula, not a weight;
 * - anything else counts its elements.
 * A BatchNormalization with center or scale off has 3C or 2C parameters; the graph cannot
 * tell, and it is counted as 4C (docs/tf-formats.md).
 */
import { size } from '../core/tensor.js';

export type WeightRole = 'kernel' | 'bias' | 'elementwise';

const segments = (name: string) => name.split(';');

/**
 * The batch normalisation a constant's name places it in, or undefined: a Keras layer's
 * `<layer>/batchnorm/...`, or a TF FusedBatchNorm node of a graph written without Keras.
 */
export function batchNormOf(name: string): string | undefined {
  for (const s of segments(name)) {
    const i = s.indexOf('/batchnorm/');
    if (i > 0) return s.slice(0, i);
    const m = /^(.*?(?:^|\/)FusedBatchNorm(?:V2|V3)?(?:_\d+)?)(?:\/.*|\d*)$/.exec(s);
    if (m) return m[1];
  }
  return undefined;
}

const ownBias = (name: string) => segments(name).some((s) => s.endsWith('/BiasAdd') && !s.includes('/batchnorm/'));

const synthesized = (name: string) => segments(name).every((s) => /^arith\.constant\d*$/.test(s));

/** At most one axis longer than 1: a per-channel vector, whatever its rank. */
const isVector = (shape: readonly number[]) => shape.filter((d) => d !== 1).length <= 1;

export interface Taken {
  params: bigint;
  note?: string;
  /** The batch normalisation this constant was counted as (its other half is then 0). */
  bn?: string;
}

export class KerasParamLedger {
  private readonly counted = new Set<string>();
  private readonly norms = new Set<string>();

  /**
   * The parameters stored constant `key` (named `name`, of `shape`) brings as a weight of
   * `role`. `afterNorm`: the op applies it to the output of a batch normalisation already
   * counted (the addition after an unfolded one's multiplication), whatever its name.
   */
  take(key: string, name: string, shape: readonly number[], role: WeightRole, afterNorm?: string): Taken {
    if (this.counted.has(key)) return { params: 0n };
    this.counted.add(key);
    const n = size(shape);
    if (role === 'elementwise' && n === 1) return { params: 0n };
    const named = role !== 'kernel' && isVector(shape) ? batchNormOf(name) : undefined;
    const bn = afterNorm !== undefined && named !== undefined ? afterNorm : named;
    if (bn !== undefined) {
      if (this.norms.has(bn)) return { params: 0n, bn };
      this.norms.add(bn);
      const extra = ownBias(name) ? n : 0;
      return { bn, params: BigInt(4 * n + extra), note: `BatchNormalization ${bn.split('/').pop()} folded by the converter: its ${4 * n} parameters (gamma, beta, moving mean and variance) counted${extra ? `, and the ${n} of the bias it absorbed` : ''}` };
    }
    if (role === 'bias' && synthesized(name)) return { params: 0n, note: 'a zero bias the converter added: not a parameter of the model' };
    return { params: BigInt(n) };
  }
}
