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
import { big, type Counts } from '../counts.js';
import { fault } from '../errors.js';
import { result, type OpResult } from '../op.js';
import { fmt, size, tensor, type DType } from '../tensor.js';

/**
 * Hann and Hamming windows (w = a0 - a1 cos(2 pi n / N)), Blackman (+ a2 cos(4 pi n / N)):
 * per element and cosine term the angle (`mul`), the cosine (`trig`) and its coefficient
 * (`mul`), then the sum; one division for the angular increment 2 pi / N.
 */
export function windowFunction(length: number, terms: 1 | 2, dtype: DType): OpResult {
  const n = big(length);
  const counts: Counts = terms === 1 ? { mul: 2n * n, trig: n, sub: n, div: 1n } : { mul: 4n * n, trig: 2n * n, sub: n, add: n, div: 1n };
  return result([tensor([length], dtype)], counts);
}

/** Real MACs of N complex products per output bin. */
export function dftMacs(bins: bigint, n: number, complex: boolean): bigint {
  return bins * big(n, complex ? 4 : 2);
}

/**
 * A DFT along `axis` of `x` (last axis: 1 real or 2 complex components) of length n; onesided
 * keeps floor(n / 2) + 1 bins; the inverse divides each output component by n.
 */
export function dft(x: readonly number[], axis: number, n: number, o: { onesided: boolean; inverse: boolean; dtype: DType }): OpResult {
  const r = x.length;
  const complex = x[r - 1] === 2;
  if (r < 2 || (x[r - 1] !== 1 && x[r - 1] !== 2)) fault(`input ${fmt(x)} must end in 1 (real) or 2 (complex) components`);
  if (axis === r - 1) fault(`axis ${axis} of ${fmt(x)} is the real / imaginary one, not a signal axis`);
  if (!Number.isSafeInteger(n) || n < 1) fault(`DFT length ${n} must be a positive integer`);
  const out = x.map((d, i) => (i === axis ? (o.onesided ? Math.floor(n / 2) + 1 : n) : i === r - 1 ? 2 : d));
  const counts: Counts = { mac: dftMacs(big(size(out) / 2), n, complex) };
  if (o.inverse) counts.div = big(size(out));
  return result([tensor(out, o.dtype)], counts);
}

/** Frames of a short-time transform: floor((length - frame_length) / step) + 1. */
export function stftFrames(length: number, frameLength: number, step: number): number {
  if (!Number.isSafeInteger(step) || step < 1) fault(`frame step ${step} must be a positive integer`);
  if (!Number.isSafeInteger(frameLength) || frameLength < 1 || frameLength > length) fault(`frame length ${frameLength} does not fit a signal of ${length}`);
  return Math.floor((length - frameLength) / step) + 1;
}

/**
 * STFT of a signal [batch, length, 1 | 2] in `frames` frames (stftFrames), each multiplied by
 * the window (one `mul` per real component, when there is one) and transformed by a DFT of
 * frame_length samples into frame_length bins, or floor(frame_length / 2) + 1 when onesided.
 */
export function stft(x: readonly number[], frameLength: number, frames: number, o: { onesided: boolean; windowed: boolean; dtype: DType }): OpResult {
  if (x.length !== 3 || (x[2] !== 1 && x[2] !== 2)) fault(`signal ${fmt(x)} must be [batch, length, 1 or 2]`);
  const complex = x[2] === 2;
  if (!Number.isSafeInteger(frameLength) || frameLength < 1 || frameLength > x[1]) fault(`frame length ${frameLength} does not fit signal ${fmt(x)}`);
  const bins = o.onesided ? Math.floor(frameLength / 2) + 1 : frameLength;
  const out = [x[0], frames, bins, 2];
  const all = big(x[0], frames);
  const counts: Counts = { mac: dftMacs(all * big(bins), frameLength, complex) };
  if (o.windowed) counts.mul = all * big(frameLength, complex ? 2 : 1);
  return result([tensor(out, o.dtype)], counts);
}
