import { FlopgateError } from '../errors.js';
import type { Op, OpCounts } from './ops.js';

export const CONVENTIONS = ['notebook', 'macs', 'tf-profiler'] as const;
export type Convention = (typeof CONVENTIONS)[number];

/**
 * FLOPs per primitive op under each convention; an op missing from a table costs 0 there.
 * docs/conventions.md explains every weight and where it comes from.
 */
export const WEIGHTS: Record<Convention, Partial<Record<Op, number>>> = {
  // The seed notebook: 2 per MAC, bias ignored, ReLU 1 and softmax 5 per output element.
  // Everything the notebook never met costs one FLOP per arithmetic operation.
  notebook: {
    mac: 2, add: 1, sub: 1, mul: 1, div: 1, max: 1, min: 1, square: 1, rsqrt: 1, sqrt: 1,
    mean: 1, sum: 1, maxpool: 1, avgpool: 1, compare: 1,
    relu: 1, softmax: 5, sigmoid: 4, hard_sigmoid: 3, tanh: 5, exp: 4, gelu: 8, resize: 1,
  },
  // torchvision, fvcore and ptflops count multiply-accumulates of the products only.
  macs: { mac: 1 },
  // TF1 profiler (as keras-flops runs it): the ops TensorFlow registers flops statistics
  // for; activations other than softmax have none registered and count 0.
  'tf-profiler': {
    mac: 2, bias: 1, add: 1, sub: 1, mul: 1, div: 1, max: 1, min: 1, square: 1, rsqrt: 1, sqrt: 1,
    mean: 1, sum: 1, maxpool: 1, avgpool: 1, compare: 1, softmax: 5,
  },
};

export function flopsOf(ops: OpCounts, convention: Convention): number {
  const w = WEIGHTS[convention];
  let total = 0;
  for (const [op, n] of Object.entries(ops) as [Op, number][]) total += (w[op] ?? 0) * n;
  return total;
}

export function parseConvention(s: string, where = '--convention'): Convention {
  if ((CONVENTIONS as readonly string[]).includes(s)) return s as Convention;
  throw new FlopgateError(`${where}: unknown convention "${s}" (expected one of ${CONVENTIONS.join(', ')})`);
}
