/** Signal processing: adapters onto the core's window functions, DFT and STFT. */
import { dft, stft, stftFrames, windowFunction } from '../../core/ops/signal.js';
import { normAxis } from '../../core/shape.js';
import { checkShape, fmt } from '../../core/tensor.js';
import { coreDType } from '../dtypes.js';
import { fromCore, val, type OpRule } from './types.js';

/** HannWindow, HammingWindow (one cosine term), BlackmanWindow (two). */
function windowRule(terms: 1 | 2): OpRule {
  return {
    reads: () => [0],
    infer(ctx) {
      const dtype = coreDType(ctx.int('output_datatype', 1));
      const size = ctx.value(0);
      const out = size ? [size[0]] : ctx.declaredShape('the window size');
      if (out.length !== 1) ctx.fail(`declared output ${fmt(out)} is not 1-D`);
      return fromCore(windowFunction(checkShape(out)[0], terms, dtype));
    },
  };
}

export const HannWindow = windowRule(1);
export const HammingWindow = windowRule(1);
export const BlackmanWindow = windowRule(2);

/**
 * DFT (opset 17: axis an attribute, default 1; opset 20: an input, default -2) of length
 * dft_length or the axis size; a run-time length takes the declared output's.
 */
export const DFT: OpRule = {
  reads: () => [1, 2],
  infer(ctx) {
    const x = ctx.in(0).shape;
    const r = x.length;
    let axis: number;
    if (ctx.opset >= 20) {
      const given = ctx.has(2) ? ctx.value(2) : [-2];
      if (!given) return ctx.refuse('its axis is only known at run time');
      axis = normAxis(given[0], r);
    } else axis = normAxis(ctx.int('axis', 1), r);
    const onesided = ctx.int('onesided', 0) === 1;
    let n = x[axis];
    if (ctx.has(1)) {
      const given = ctx.value(1);
      if (given) n = given[0];
      else {
        if (onesided) return ctx.refuse('its length is only known at run time, and a onesided output does not tell it');
        const out = ctx.declaredShape('the DFT length');
        if (out.length !== r || out[axis] === undefined) ctx.fail(`declared output ${fmt(out)} does not fit input ${fmt(x)}`);
        n = out[axis];
      }
    }
    return fromCore(dft(x, axis, n, { onesided, inverse: ctx.int('inverse', 0) === 1, dtype: ctx.in(0).dtype }));
  },
};

/** STFT(signal, frame_step, window, frame_length): onesided by default; a run-time step takes the declared frames. */
export const STFT: OpRule = {
  reads: () => [1, 3],
  infer(ctx) {
    const x = ctx.in(0).shape;
    const windowed = ctx.has(2);
    let fl: number;
    if (ctx.has(3)) {
      const v = ctx.value(3);
      if (!v && !windowed) return ctx.refuse('its frame length is only known at run time');
      fl = v ? v[0] : ctx.in(2).shape[0];
    } else if (windowed) fl = ctx.in(2).shape[0];
    else return ctx.fail('needs a window or a frame_length');
    if (x.length !== 3) ctx.fail(`signal ${fmt(x)} must be [batch, length, 1 or 2]`);
    const onesided = ctx.int('onesided', 1) === 1;
    const step = ctx.value(1);
    let frames: number;
    if (step) frames = stftFrames(x[1], fl, step[0]);
    else {
      const out = ctx.declaredShape('the frame step');
      if (out.length !== 4 || out[0] !== x[0]) ctx.fail(`declared output ${fmt(out)} does not fit signal ${fmt(x)}`);
      frames = out[1];
    }
    return fromCore(stft(x, fl, frames, { onesided, windowed, dtype: ctx.in(0).dtype }));
  },
};

/**
 * MelWeightMatrix(num_mel_bins, dft_length, ...): [floor(dft_length / 2) + 1, num_mel_bins].
 * Exporters give it constant scalars, so it folds at load; from run-time scalars which
 * frequency bins fall in which triangle, and so its cost, depends on their values.
 */
export const MelWeightMatrix: OpRule = {
  reads: () => [0, 1],
  infer(ctx) {
    const [bins, length] = [ctx.value(0), ctx.value(1)];
    const inputs = [0, 1, 2, 3, 4].map((i) => ctx.in(i));
    if (!bins || !length || !inputs.every((v) => v.constant)) return ctx.refuse('computed from run-time scalars, its cost depends on their values');
    return { outputs: [val(checkShape([Math.floor(length[0] / 2) + 1, bins[0]]), coreDType(ctx.int('output_datatype', 1)))], ops: {} };
  },
};
