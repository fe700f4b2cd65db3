/**
 * Signal processing: window functions, the discrete Fourier transform and the short-time one.
 *
 * A DFT is counted as its definition computes it: each output bin is the sum over the N input
 * samples of a sample times a twiddle factor, N complex multiply-accumulates, i.e. 2 real
 * MACs for a real input and 4 for a complex one. FFTs do fewer (a radix-2 FFT of a power of
 * two N needs (N / 2) log2 N complex multiplications) but how many depends on N's factors, on
 * the radix and on the library; the definition's count is exact for every runtime, and an
 * upper bound on what any of them does.
 */
import type { OpCounts } from '../../costs/ops.js';
import { DT } from '../dtypes.js';
import { checkShape, fmt, normAxis, prod } from '../shapes.js';
import { val, type NodeCtx, type OpRule } from './types.js';

/**
 * HannWindow, HammingWindow (w = a0 - a1 cos(2 pi n / N)) and BlackmanWindow (+ a2 cos(4 pi n
 * / N)): per element and cosine term the angle (`mul`), the cosine (`trig`) and its
 * coefficient (`mul`), then the sum; one division for the angular increment 2 pi / N.
 */
function window(terms: 1 | 2): OpRule {
  return {
    reads: () => [0],
    infer(ctx) {
      const dtype = ctx.int('output_datatype', DT.FLOAT);
      const size = ctx.value(0);
      const out = size ? checkShape([size[0]], ctx.fail) : ctx.declaredOutputs('the window size', dtype)[0].shape;
      if (out.length !== 1) ctx.fail(`declared output ${fmt(out)} is not 1-D`);
      const n = out[0];
      const ops: OpCounts = terms === 1 ? { mul: 2 * n, trig: n, sub: n, div: 1 } : { mul: 4 * n, trig: 2 * n, sub: n, add: n, div: 1 };
      return { outputs: [val(out, dtype)], ops };
    },
  };
}

export const HannWindow = window(1);
export const HammingWindow = window(1);
export const BlackmanWindow = window(2);

/** Real MACs of N complex products per output bin. */
function dftMacs(bins: number, n: number, complex: boolean): number {
  return bins * n * (complex ? 4 : 2);
}

function complexity(ctx: NodeCtx, x: number[]): boolean {
  const c = x[x.length - 1];
  if (x.length < 2 || (c !== 1 && c !== 2)) ctx.fail(`input ${fmt(x)} must end in 1 (real) or 2 (complex) components`);
  return c === 2;
}

/**
 * DFT (opset 17: axis an attribute, default 1; opset 20: an input, default -2) of length N =
 * dft_length or the axis size; onesided keeps floor(N / 2) + 1 bins; the inverse divides each
 * output component by N.
 */
export const DFT: OpRule = {
  reads: () => [1, 2],
  infer(ctx) {
    const x = ctx.in(0).shape;
    const complex = complexity(ctx, x);
    const r = x.length;
    let axis: number;
    if (ctx.opset >= 20) {
      const given = ctx.has(2) ? ctx.value(2) : [-2];
      if (!given) return ctx.refuse('its axis is only known at run time');
      axis = normAxis(given[0], r, ctx.fail);
    } else axis = normAxis(ctx.int('axis', 1), r, ctx.fail);
    if (axis === r - 1) ctx.fail(`axis ${axis} of ${fmt(x)} is the real / imaginary one, not a signal axis`);
    const onesided = ctx.int('onesided', 0) === 1;
    const dtype = ctx.in(0).dtype;
    let n = x[axis];
    let out: number[];
    if (ctx.has(1) && !ctx.value(1)) {
      out = ctx.declaredOutputs('the DFT length', dtype)[0].shape;
      if (onesided) return ctx.refuse('its length is only known at run time, and a onesided output does not tell it');
      n = out[axis];
      if (out.length !== r || n === undefined) ctx.fail(`declared output ${fmt(out)} does not fit input ${fmt(x)}`);
    } else {
      if (ctx.has(1)) n = (ctx.value(1) as number[])[0];
      if (!(n >= 1)) ctx.fail(`DFT length ${n} must be positive`);
      out = x.map((d, i) => (i === axis ? (onesided ? Math.floor(n / 2) + 1 : n) : i === r - 1 ? 2 : d));
    }
    const ops: OpCounts = { mac: dftMacs(prod(out) / 2, n, complex) };
    if (ctx.int('inverse', 0) === 1) ops.div = prod(out);
    return { outputs: [val(checkShape(out, ctx.fail), dtype)], ops };
  },
};

/**
 * STFT(signal [batch, length, 1 | 2], frame_step, window, frame_length): frames =
 * floor((length - frame_length) / frame_step) + 1, each multiplied by the window (one `mul` per
 * real component) and transformed by a DFT of frame_length samples into frame_length bins, or
 * floor(frame_length / 2) + 1 when onesided (the default).
 */
export const STFT: OpRule = {
  reads: () => [1, 3],
  infer(ctx) {
    const x = ctx.in(0).shape;
    const complex = complexity(ctx, x);
    if (x.length !== 3) ctx.fail(`signal ${fmt(x)} must be [batch, length, 1 or 2]`);
    const windowed = ctx.has(2);
    let fl: number;
    if (ctx.has(3)) {
      const v = ctx.value(3);
      if (!v && !windowed) return ctx.refuse('its frame length is only known at run time');
      fl = v ? v[0] : ctx.in(2).shape[0];
    } else if (windowed) fl = ctx.in(2).shape[0];
    else return ctx.fail('needs a window or a frame_length');
    if (!(fl >= 1) || fl > x[1]) ctx.fail(`frame length ${fl} does not fit signal ${fmt(x)}`);
    const bins = ctx.int('onesided', 1) === 1 ? Math.floor(fl / 2) + 1 : fl;
    const step = ctx.value(1);
    const dtype = ctx.in(0).dtype;
    let out: number[];
    if (step) {
      if (!(step[0] >= 1)) ctx.fail(`frame step ${step[0]} must be positive`);
      out = [x[0], Math.floor((x[1] - fl) / step[0]) + 1, bins, 2];
    } else {
      out = ctx.declaredOutputs('the frame step', dtype)[0].shape;
      if (out.length !== 4 || out[0] !== x[0] || out[2] !== bins || out[3] !== 2) ctx.fail(`declared output ${fmt(out)} does not fit signal ${fmt(x)}`);
    }
    const frames = x[0] * out[1];
    const ops: OpCounts = { mac: dftMacs(frames * bins, fl, complex) };
    if (windowed) ops.mul = frames * fl * (complex ? 2 : 1);
    return { outputs: [val(checkShape(out, ctx.fail), dtype)], ops };
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
    const out = checkShape([Math.floor(length[0] / 2) + 1, bins[0]], ctx.fail);
    return { outputs: [val(out, ctx.int('output_datatype', DT.FLOAT))], ops: {} };
  },
};
