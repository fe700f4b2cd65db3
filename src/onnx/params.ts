import type { OnnxModel, OnnxNode } from './ir.js';
import { isDefaultDomain } from './ir.js';
import type { Val } from './ops/types.js';
import { elementsBytes, tally } from '../report/memory.js';

/**
 * An Identity of a weight is PyTorch's legacy exporter de-duplicating initializers of equal
 * value: a weight used by several calls (ALBERT's shared layer, DeBERTa's shared attention
 * key, a transposed weight folded once per call) becomes one initializer read through
 * Identity copies. The copies are that one tensor, counted once (docs/onnx-ops.md: an
 * untrained model whose distinct layers start equal is merged the same way).
 */
export function isIdentityOfParam(n: OnnxNode, inputs: (Val | undefined)[]): boolean {
  return n.opType === 'Identity' && isDefaultDomain(n.domain) && inputs[0]?.param !== undefined;
}

/**
 * PyTorch's exporter folds an inference BatchNormalization into the Conv before it, and the
 * folded weight and bias get anonymous `onnx::` names instead of module paths. The source
 * model had the BN's scale and shift as parameters; the folded bias carries the shift, and the
 * scale (one per output channel) is what this returns.
 */
function foldedBatchNormScale(m: OnnxModel, n: OnnxNode, inputs: (Val | undefined)[]): number {
  if (m.producer !== 'pytorch' || n.opType !== 'Conv' || !isDefaultDomain(n.domain)) return 0;
  const [w, b] = [inputs[1], inputs[2]];
  const anon = (i: number) => n.inputs[i]?.startsWith('onnx::');
  if (!w?.param || !b?.param || !anon(1) || !anon(2)) return 0;
  return w.shape[0];
}

/** Every parameter tensor is counted once, at the first node that uses it. */
export class ParamLedger {
  private readonly counted = new Set<string>();
  /** Bytes of the parameters counted so far, by the dtype each is stored in. */
  readonly byDtype: Record<string, bigint> = {};

  constructor(private readonly model: OnnxModel) {}

  /**
   * Parameters `n` is the first to use (and how many of them training updates), with a note
   * when an exporter habit was undone. `metadata`: indices of inputs that are quantization
   * scales and zero points, which the network the model was quantized from did not have.
   */
  take(n: OnnxNode, inputs: (Val | undefined)[], metadata: readonly number[] = []): { params: bigint; trainable: bigint; bytes: bigint; note?: string } {
    if (isIdentityOfParam(n, inputs)) return { params: 0n, trainable: 0n, bytes: 0n };
    let params = 0n;
    let trainable = 0n;
    let bytes = 0n;
    // The folded weight (input 1) brings its scale only where it is first counted.
    const w = inputs[1]?.param;
    let weightFirst = false;
    const statistics = n.opType === 'BatchNormalization' && isDefaultDomain(n.domain);
    inputs.forEach((v, i) => {
      // Quantization scales and zero points: not counted here, nor marked, so a tensor that
      // is also used as data elsewhere still counts there.
      if (!v?.param || this.counted.has(v.param) || metadata.includes(i)) return;
      this.counted.add(v.param);
      if (v.param === w) weightFirst = true;
      const k = BigInt(v.ref?.elements ?? v.shape.reduce((a, b) => a * b, 1));
      params += k;
      // At the size the initializer stores (int8 one byte, float16 two): its metadata, not its data.
      const b = elementsBytes(k, v.dtype);
      bytes += b;
      tally(this.byDtype, v.dtype, b);
      // A BatchNormalization's running mean and variance are state, not trained weights
      // (Keras counts them as non-trainable, PyTorch as buffers).
      if (!(statistics && (i === 3 || i === 4))) trainable += k;
    });
    const scale = weightFirst ? foldedBatchNormScale(this.model, n, inputs) : 0;
    if (!scale) return { params, trainable, bytes };
    // The folded scale is counted as the weight it was folded into is stored.
    const scaleBytes = elementsBytes(BigInt(scale), inputs[1]!.dtype);
    tally(this.byDtype, inputs[1]!.dtype, scaleBytes);
    return {
      params: params + BigInt(scale),
      trainable: trainable + BigInt(scale),
      bytes: bytes + scaleBytes,
      note: `BatchNormalization folded into this Conv by the exporter: its ${scale} scale parameters are counted`,
    };
  }
}
