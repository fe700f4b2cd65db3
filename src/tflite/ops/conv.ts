/** Convolutions and pooling, channels last (NHWC, NDHWC), as TFLite stores them. */
import { conv, convTranspose, pool } from '../../core/ops/conv.js';
import { fault } from '../../core/errors.js';
import { fmt } from '../../core/tensor.js';
import type { PadMode } from '../../core/window.js';
import { outcome, withFused, type OpCtx, type TfliteRule } from './types.js';

/** Padding: SAME = 0, VALID = 1. */
function padding(code: number): PadMode {
  if (code === 0) return 'same';
  if (code === 1) return 'valid';
  return fault(`unknown padding ${code}`);
}

/** The bias input (index `i`) is there: -1 in the file leaves it out. */
const hasBias = (ctx: OpCtx, i: number) => ctx.op.inputs[i] !== undefined && ctx.op.inputs[i] >= 0;

/**
 * CONV_2D (Conv2DOptions: padding 0, stride_w 1, stride_h 2, fused activation 3, dilation_w
 * 4, dilation_h 5): filter [out, kh, kw, in / groups], groups = input channels / filter's.
 */
export const CONV_2D: TfliteRule = {
  weights: [1, 2],
  infer(ctx) {
    const x = ctx.in(0);
    const w = ctx.in(1).shape;
    if (w.length !== 4 || x.shape.length !== 4) fault(`CONV_2D needs a 4-D input and filter, got ${fmt(x.shape)} and ${fmt(w)}`);
    const groups = x.shape[3] / w[3];
    const o = ctx.opt;
    const r = conv(x, {
      channelsLast: true, filters: w[0], groups, bias: hasBias(ctx, 2), kernel: [w[1], w[2]],
      strides: [o.i32(2, 1), o.i32(1, 1)], dilations: [o.i32(5, 1), o.i32(4, 1)], pads: padding(o.i8(0, 0)),
    });
    return withFused(outcome(r), o.i8(3, 0));
  },
};

/**
 * DEPTHWISE_CONV_2D (padding 0, stride_w 1, stride_h 2, depth_multiplier 3, fused activation
 * 4, dilation_w 5, dilation_h 6): filter [1, kh, kw, channels x multiplier].
 */
export const DEPTHWISE_CONV_2D: TfliteRule = {
  weights: [1, 2],
  infer(ctx) {
    const x = ctx.in(0);
    const w = ctx.in(1).shape;
    if (w.length !== 4 || x.shape.length !== 4) fault(`DEPTHWISE_CONV_2D needs a 4-D input and filter, got ${fmt(x.shape)} and ${fmt(w)}`);
    const o = ctx.opt;
    const c = x.shape[3];
    const r = conv(x, {
      channelsLast: true, filters: w[3], groups: c, depthwise: true, bias: hasBias(ctx, 2), kernel: [w[1], w[2]],
      strides: [o.i32(2, 1), o.i32(1, 1)], dilations: [o.i32(6, 1), o.i32(5, 1)], pads: padding(o.i8(0, 0)),
    });
    return withFused(outcome(r), o.i8(4, 0));
  },
};

/**
 * CONV_3D (Conv3DOptions: padding 0, stride_d 1, stride_w 2, stride_h 3, fused activation 4,
 * dilation_d 5, dilation_w 6, dilation_h 7): filter [kd, kh, kw, in, out].
 */
export const CONV_3D: TfliteRule = {
  weights: [1, 2],
  infer(ctx) {
    const x = ctx.in(0);
    const w = ctx.in(1).shape;
    if (w.length !== 5 || x.shape.length !== 5) fault(`CONV_3D needs a 5-D input and filter, got ${fmt(x.shape)} and ${fmt(w)}`);
    const o = ctx.opt;
    const r = conv(x, {
      channelsLast: true, filters: w[4], groups: x.shape[4] / w[3], bias: hasBias(ctx, 2), kernel: [w[0], w[1], w[2]],
      strides: [o.i32(1, 1), o.i32(3, 1), o.i32(2, 1)], dilations: [o.i32(5, 1), o.i32(7, 1), o.i32(6, 1)], pads: padding(o.i8(0, 0)),
    });
    return withFused(outcome(r), o.i8(4, 0));
  },
};

/**
 * TRANSPOSE_CONV (TransposeConvOptions: padding 0, stride_w 1, stride_h 2, fused activation
 * 3): inputs output_shape, weights [out, kh, kw, in], input, bias.
 */
export const TRANSPOSE_CONV: TfliteRule = {
  reads: [0],
  weights: [1, 3],
  infer(ctx) {
    const x = ctx.in(2);
    const w = ctx.in(1).shape;
    const out = ctx.need(0, 'the output shape');
    if (w.length !== 4 || x.shape.length !== 4 || out.length !== 4) fault(`TRANSPOSE_CONV needs 4-D operands, got input ${fmt(x.shape)}, weights ${fmt(w)}, output shape ${fmt(out)}`);
    if (w[3] !== x.shape[3]) fault(`weights ${fmt(w)} expect ${w[3]} input channels, input ${fmt(x.shape)} has ${x.shape[3]}`);
    const o = ctx.opt;
    const r = convTranspose(x, {
      channelsLast: true, filters: w[0], kernel: [w[1], w[2]], strides: [o.i32(2, 1), o.i32(1, 1)], groups: 1, bias: hasBias(ctx, 3), outSpatial: [out[1], out[2]],
    });
    return withFused(outcome(r), o.i8(3, 0));
  },
};

/** Pool2DOptions: padding 0, stride_w 1, stride_h 2, filter_width 3, filter_height 4, fused activation 5. */
function pool2d(kind: 'max' | 'avg'): TfliteRule {
  return {
    infer(ctx) {
      const o = ctx.opt;
      const r = pool(kind, ctx.in(0), { channelsLast: true, kernel: [o.i32(4, 1), o.i32(3, 1)], strides: [o.i32(2, 1), o.i32(1, 1)], pads: padding(o.i8(0, 0)) });
      return withFused(outcome(r), o.i8(5, 0));
    },
  };
}

export const MAX_POOL_2D = pool2d('max');
export const AVERAGE_POOL_2D = pool2d('avg');
