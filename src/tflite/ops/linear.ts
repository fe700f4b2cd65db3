/** Products: fully connected layers and batched matrix products. */
import { dense, matmul } from '../../core/ops/linear.js';
import { fault } from '../../core/errors.js';
import { fmt, size, tensor, type Tensor } from '../../core/tensor.js';
import { outcome, withFused, type TfliteRule } from './types.js';

/**
 * FULLY_CONNECTED (options: fused activation 0, weights_format 1, keep_num_dims 2): weights
 * [units, in]; every leading position of the input (flattened to rows of `in`) is one
 * matrix-vector product. With keep_num_dims the output keeps the input's leading axes,
 * else it is [rows, units].
 */
export const FULLY_CONNECTED: TfliteRule = {
  weights: [1, 2],
  infer(ctx) {
    const x = ctx.in(0);
    const w = ctx.in(1).shape;
    if (w.length !== 2) fault(`FULLY_CONNECTED weights must be 2-D, got ${fmt(w)}`);
    const [units, inDim] = w;
    const n = size(x.shape);
    if (inDim === 0 || n % inDim !== 0) fault(`input ${fmt(x.shape)} does not split into rows of ${inDim}`);
    const bias = ctx.op.inputs[2] !== undefined && ctx.op.inputs[2] >= 0;
    const r = dense(tensor([n / inDim, inDim], x.dtype), units, bias);
    const keep = ctx.opt.bool(2);
    const shape = keep ? [...x.shape.slice(0, -1), units] : [n / inDim, units];
    return withFused({ outputs: [tensor(shape, x.dtype)], counts: r.counts }, ctx.opt.i8(0, 0));
  },
};

/** The last two axes swapped (an adjoint operand). */
function adjoint(t: Tensor): Tensor {
  const s = [...t.shape];
  if (s.length < 2) fault(`cannot transpose ${fmt(s)}`);
  [s[s.length - 2], s[s.length - 1]] = [s[s.length - 1], s[s.length - 2]];
  return tensor(s, t.dtype);
}

/** BATCH_MATMUL (BatchMatMulOptions: adj_x 0, adj_y 1): numpy matmul of the (adjoint) operands. */
export const BATCH_MATMUL: TfliteRule = {
  weights: [0, 1],
  infer(ctx) {
    const a = ctx.opt.bool(0) ? adjoint(ctx.in(0)) : ctx.in(0);
    const b = ctx.opt.bool(1) ? adjoint(ctx.in(1)) : ctx.in(1);
    return outcome(matmul(a, b));
  },
};
