/**
 * How a TFLite model stores its weights, as the report names it. Full-integer models
 * quantize activations too (their products read int8 tensors computed at run time);
 * dynamic-range models keep float activations and store int8 weights (tensors under 1,024
 * elements stay float, so a small model may have none); float16 models store float16 weights
 * dequantized at load. Figures are the same either way: a quantized kernel is costed as the
 * float op it computes.
 */
import type { TfliteModel } from './ir.js';

const PRODUCTS = new Set(['CONV_2D', 'DEPTHWISE_CONV_2D', 'CONV_3D', 'TRANSPOSE_CONV', 'FULLY_CONNECTED', 'BATCH_MATMUL']);
const INTEGER = new Set(['int8', 'uint8', 'int16']);

export function quantizationOf(model: TfliteModel): string | undefined {
  let intWeights = false;
  let intProducts = false;
  let halfWeights = false;
  for (const sg of model.subgraphs) {
    for (const t of sg.tensors) {
      if (model.buffers[t.buffer] === undefined) continue;
      if (t.dtype === 'float16') halfWeights = true;
      if (INTEGER.has(t.dtype) && t.quant) intWeights = true;
    }
    for (const op of sg.operators) {
      const x = op.inputs[0] >= 0 ? sg.tensors[op.inputs[0]] : undefined;
      if (PRODUCTS.has(op.type) && x && INTEGER.has(x.dtype) && model.buffers[x.buffer] === undefined) intProducts = true;
    }
  }
  if (intProducts) return 'full-integer int8';
  if (intWeights) return 'dynamic-range int8 (int8 weights, float activations)';
  if (halfWeights) return 'float16 weights';
  return undefined;
}
