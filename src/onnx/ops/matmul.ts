import { einsum, gemm, matmul } from '../../core/ops/linear.js';
import { fromCore, type NodeCtx, type OpRule, type Val } from './types.js';

/** Gemm's options as the core takes them. */
export function gemmOptions(ctx: NodeCtx): { transA: boolean; transB: boolean; alpha: number; beta: number } {
  return { transA: ctx.int('transA', 0) === 1, transB: ctx.int('transB', 0) === 1, alpha: ctx.float('alpha', 1), beta: ctx.float('beta', 1) };
}

export const Gemm: OpRule = { infer: (ctx) => fromCore(gemm(ctx.in(0), ctx.in(1), ctx.opt(2), gemmOptions(ctx))) };

export const MatMul: OpRule = { infer: (ctx) => fromCore(matmul(ctx.in(0), ctx.in(1))) };

/** Einsum of every input, in the core's pairwise order (core/einsum.ts). */
export const Einsum: OpRule = {
  infer(ctx) {
    const eq = ctx.str('equation', '');
    if (!eq) ctx.fail('has no equation');
    const ins: Val[] = [];
    for (let i = 0; i < ctx.nIn; i++) ins.push(ctx.in(i));
    return fromCore(einsum(eq, ins));
  },
};
