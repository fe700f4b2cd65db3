/**
 * Quantized inference. An integer product counts the float product's multiply-accumulates
 * (`mac`), so `macs` of a quantized model equals the float model's; zero points are not
 * counted (integer kernels fold them into the accumulator). Quantizing or dequantizing an
 * element is one `quant` (a scale and a zero-point shift); an integer product requantizes each
 * output element once.
 */
import { big, type Counts } from '../counts.js';
import { result, type OpResult } from '../op.js';
import { size, tensor, type DType, type Tensor } from '../tensor.js';

/** QuantizeLinear / DequantizeLinear / FakeQuant: one `quant` per element. */
export function quantize(x: Tensor, to: DType): OpResult {
  return result([tensor(x.shape, to)], { quant: big(size(x.shape)) });
}

/** Requantizing (or scaling to float) `elements` outputs of an integer product. */
export function requantize(elements: number | bigint): Counts {
  return { quant: BigInt(elements) };
}

/**
 * Dynamic quantization of n elements, as ONNX DynamicQuantizeLinear's function body runs it:
 * the minimum and maximum of x (two reductions, a `reduce_max` per element each), each
 * widened to 0 (one `min`, one `max`), scale = (max - min) / 255 (a `sub`, a `div`), zero
 * point = round(clip(0 - min / scale, 0, 255)) (a `div`, a `sub`, the clip's `max` and `min`,
 * a `round`), then one quantization per element.
 */
export function dynamicQuantizeCounts(n: bigint): Counts {
  return { reduce_max: 2n * n, min: 2n, max: 2n, sub: 2n, div: 2n, round: 1n, quant: n };
}
