/** TFLite's fused recurrent ops: a whole sequence in one operator. */
import { recurrent, type CellSpec } from '../../core/ops/recurrent.js';
import { fault } from '../../core/errors.js';
import { big } from '../../core/counts.js';
import { fmt, tensor } from '../../core/tensor.js';
import { FUSED_ACTIVATIONS } from '../schema.js';
import type { OpCtx, Outcome, TfliteRule } from './types.js';

/** [batch, time, features] (or time-major [time, batch, features]). */
function sequence(ctx: OpCtx, timeMajor: boolean): { b: number; t: number; i: number } {
  const x = ctx.in(0).shape;
  if (x.length !== 3) fault(`expects a 3-D sequence, got ${fmt(x)}`);
  return timeMajor ? { t: x[0], b: x[1], i: x[2] } : { b: x[0], t: x[1], i: x[2] };
}

function activationName(code: number): string {
  const a = FUSED_ACTIVATIONS[code];
  if (a === undefined || a === 'sign_bit' || a === 'relu_n1_to_1') fault(`unsupported recurrent activation ${code}`);
  return a;
}

function run(ctx: OpCtx, cell: CellSpec, timeMajor: boolean, units: number): Outcome {
  const { b, t } = sequence(ctx, timeMajor);
  const r = recurrent(cell, big(b, t));
  const shape = timeMajor ? [t, b, units] : [b, t, units];
  return { outputs: [tensor(shape, ctx.in(0).dtype)], counts: r.counts };
}

/**
 * UNIDIRECTIONAL_SEQUENCE_LSTM (options: fused activation 0, cell_clip 1, proj_clip 2,
 * time_major 3): inputs 1-4 the input weights [H, I] per gate (input gate absent: CIFG),
 * 5-8 the recurrent ones, 9-11 peepholes, 12-15 gate biases, 16-17 a projection.
 */
export const UNIDIRECTIONAL_SEQUENCE_LSTM: TfliteRule = {
  weights: Array.from({ length: 24 }, (_, i) => i).filter((i) => i > 0 && i !== 18 && i !== 19),
  infer(ctx) {
    const timeMajor = ctx.opt.bool(3);
    const { i } = sequence(ctx, timeMajor);
    const forget = ctx.in(2).shape;
    if (forget.length !== 2 || forget[1] !== i) fault(`forget-gate weights ${fmt(forget)} do not fit ${i} input features`);
    if (!ctx.has(1)) fault('an LSTM without an input gate (CIFG) is not measured');
    if (ctx.has(16)) fault('an LSTM with a projection layer is not measured');
    const h = forget[0];
    const cell: CellSpec = { kind: 'lstm', units: h, input: i, biasVectors: 1, activation: activationName(ctx.opt.i8(0, 4)), recurrentActivation: 'sigmoid', peepholes: ctx.has(9) };
    return run(ctx, cell, timeMajor, h);
  },
};

/** UNIDIRECTIONAL_SEQUENCE_RNN (SequenceRNNOptions: time_major 0, fused activation 1): weights [H, I], recurrent [H, H], bias [H]. */
export const UNIDIRECTIONAL_SEQUENCE_RNN: TfliteRule = {
  weights: [1, 2, 3],
  infer(ctx) {
    const timeMajor = ctx.opt.bool(0);
    const { i } = sequence(ctx, timeMajor);
    const w = ctx.in(1).shape;
    if (w.length !== 2 || w[1] !== i) fault(`weights ${fmt(w)} do not fit ${i} input features`);
    const cell: CellSpec = { kind: 'simple', units: w[0], input: i, biasVectors: 1, activation: activationName(ctx.opt.i8(1, 4)), recurrentActivation: 'sigmoid' };
    return run(ctx, cell, timeMajor, w[0]);
  },
};
