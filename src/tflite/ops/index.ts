import { AVERAGE_POOL_2D, CONV_2D, CONV_3D, DEPTHWISE_CONV_2D, MAX_POOL_2D, TRANSPOSE_CONV } from './conv.js';
import { BATCH_MATMUL, FULLY_CONNECTED } from './linear.js';
import { UNIDIRECTIONAL_SEQUENCE_LSTM, UNIDIRECTIONAL_SEQUENCE_RNN } from './recurrent.js';
import { SIMPLE } from './simple.js';
import type { TfliteRule } from './types.js';

/**
 * The adapter per TFLite builtin op. WHILE and Flex custom ops are walked by analyze.ts
 * (a loop's body once per trip; a Flex op as the TF op it carries, src/tf/ops).
 */
export const RULES: Record<string, TfliteRule> = {
  CONV_2D, DEPTHWISE_CONV_2D, CONV_3D, TRANSPOSE_CONV, MAX_POOL_2D, AVERAGE_POOL_2D,
  FULLY_CONNECTED, BATCH_MATMUL,
  UNIDIRECTIONAL_SEQUENCE_LSTM, UNIDIRECTIONAL_SEQUENCE_RNN,
  ...SIMPLE,
};

export function ruleFor(type: string): TfliteRule | undefined {
  return Object.prototype.hasOwnProperty.call(RULES, type) ? RULES[type] : undefined;
}
