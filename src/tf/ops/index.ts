import { AvgPool, AvgPool3D, Conv2D, Conv2DBackpropInput, Conv3D, DepthwiseConv2dNative, FusedBatchNormV3, FusedDepthwiseConv2dNative, MaxPool, MaxPool3D, _FusedConv2D } from './conv.js';
import { BatchMatMulV2, Einsum, MatMul, _FusedMatMul } from './linear.js';
import { LISTS } from './lists.js';
import { SIMPLE } from './simple.js';
import type { TfRule } from './types.js';

/**
 * The adapter per TF op, for every format that writes TF ops: a SavedModel's functions, a
 * TF.js graph model, a TFLite Flex op. Graph plumbing (Const, Placeholder, variables,
 * function calls, loops) is the walk's (src/tf/analyze.ts), not an op's.
 */
export const TF_RULES: Record<string, TfRule> = {
  Conv2D, Conv3D, _FusedConv2D, DepthwiseConv2dNative, FusedDepthwiseConv2dNative, Conv2DBackpropInput,
  MaxPool, AvgPool, MaxPool3D, AvgPool3D,
  FusedBatchNorm: FusedBatchNormV3, FusedBatchNormV2: FusedBatchNormV3, FusedBatchNormV3,
  MatMul, _FusedMatMul, BatchMatMul: BatchMatMulV2, BatchMatMulV2, BatchMatMulV3: BatchMatMulV2, Einsum,
  ...SIMPLE,
  ...LISTS,
};

export function tfRuleFor(op: string): TfRule | undefined {
  return Object.prototype.hasOwnProperty.call(TF_RULES, op) ? TF_RULES[op] : undefined;
}
