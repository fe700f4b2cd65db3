/** TF's products: MatMul (and grappler's fused form), batched products, Einsum. */
import { fault } from '../../core/errors.js';
import { einsum, matmul } from '../../core/ops/linear.js';
import { fmt, tensor, type Tensor } from '../../core/tensor.js';
import { fusedTail } from './conv.js';
import { outcome, type TfRule } from './types.js';

/** The last two axes swapped (a transposed or adjoint operand). */
function swapLast(t: Tensor): Tensor {
  const s = [...t.shape];
  if (s.length < 2) fault(`cannot transpose ${fmt(s)}`);
  [s[s.length - 2], s[s.length - 1]] = [s[s.length - 1], s[s.length - 2]];
  return tensor(s, t.dtype);
}

function matmulRule(fused: boolean, a: string, b: string): TfRule {
  return {
    weights: fused ? [0, 1, 2, 3] : [0, 1],
    role: (i) => (i < 2 ? 'kernel' : 'bias'),
    infer(ctx) {
      const x = ctx.bool(a) ? swapLast(ctx.in(0)) : ctx.in(0);
      const y = ctx.bool(b) ? swapLast(ctx.in(1)) : ctx.in(1);
      const r = matmul(x, y);
      return fused ? { outputs: r.outputs, counts: fusedTail(ctx, r.outputs[0], r.counts, r.outputs[0].shape.length - 1) } : outcome(r);
    },
  };
}

export const MatMul = matmulRule(false, 'transpose_a', 'transpose_b');
export const _FusedMatMul = matmulRule(true, 'transpose_a', 'transpose_b');
export const BatchMatMulV2 = matmulRule(false, 'adj_x', 'adj_y');

/** Einsum of its N operands (the core decides how TF runs the equation). */
export const Einsum: TfRule = {
  weights: [0, 1],
  role: () => 'kernel',
  infer(ctx) {
    const eq = ctx.str('equation', '');
    if (!eq) fault('has no equation');
    return outcome(einsum(eq, ctx.inputs.map((_, i) => ctx.in(i))));
  },
};
