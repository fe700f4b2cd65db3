/**
 * Sliding windows (convolution, pooling) along one spatial axis. Every format's padding mode
 * (Keras valid/same/causal/full, ONNX auto_pad and pads, TF SAME/VALID/EXPLICIT) resolves to
 * explicit pads here, and one formula gives the output length.
 */
import { fault } from './errors.js';

export type PadMode = 'valid' | 'same' | 'same_lower' | 'causal' | 'full';

export interface AxisWindow {
  kernel: number;
  stride: number;
  dilation: number;
  /** Padding before and after the axis. */
  pads: readonly [number, number];
  /** Round the window count up (ONNX ceil_mode); a window starting in the end padding is dropped. */
  ceil?: boolean;
}

/** Inputs a window spans: (k - 1) x dilation + 1. */
export function span(kernel: number, dilation: number): number {
  return (kernel - 1) * dilation + 1;
}

function checkWindow(kernel: number, stride: number, dilation: number): void {
  if (!(kernel >= 1 && stride >= 1 && dilation >= 1) || ![kernel, stride, dilation].every(Number.isSafeInteger)) {
    fault(`kernel ${kernel}, stride ${stride} and dilation ${dilation} must be positive integers`);
  }
}

/**
 * The pads a mode puts around an axis of `length`:
 *   valid        none
 *   same         ceil(L / s) windows, total = max((ceil(L / s) - 1) s + span - L, 0), the odd
 *                one at the end (TF, Keras, ONNX SAME_UPPER); same_lower puts it first
 *   causal       span - 1 before (Keras Conv1D): ceil(L / s) windows, none reading ahead
 *   full         span - 1 on both sides (Keras 1)
 */
export function padsFor(mode: PadMode, length: number, kernel: number, stride: number, dilation = 1): [number, number] {
  checkWindow(kernel, stride, dilation);
  const k = span(kernel, dilation);
  switch (mode) {
    case 'valid':
      return [0, 0];
    case 'causal':
      return [k - 1, 0];
    case 'full':
      return [k - 1, k - 1];
    case 'same':
    case 'same_lower': {
      const total = Math.max((Math.ceil(length / stride) - 1) * stride + k - length, 0);
      const small = Math.floor(total / 2);
      return mode === 'same' ? [small, total - small] : [total - small, small];
    }
  }
}

/**
 * Windows along an axis: floor((L + pads - span) / s) + 1 (ceil with `ceil`, dropping a last
 * window that would start in the end padding, as ONNX 19+ and PyTorch do).
 */
export function windowOutput(length: number, w: AxisWindow): number {
  checkWindow(w.kernel, w.stride, w.dilation);
  const [before, after] = w.pads;
  if (before < 0 || after < 0) fault(`negative padding ${before}, ${after}`);
  const k = span(w.kernel, w.dilation);
  const room = length + before + after - k;
  if (room < 0) fault(`a window of ${k} does not fit an axis of ${length}${before + after ? ` padded by ${before + after}` : ''}`);
  let out = w.ceil ? Math.ceil(room / w.stride) + 1 : Math.floor(room / w.stride) + 1;
  if (w.ceil && (out - 1) * w.stride >= length + before) out--;
  return out;
}

/** windowOutput for a padding mode. */
export function modeOutput(mode: PadMode, length: number, kernel: number, stride: number, dilation = 1): number {
  return windowOutput(length, { kernel, stride, dilation, pads: padsFor(mode, length, kernel, stride, dilation) });
}

/**
 * A transposed convolution's output length, the inverse of windowOutput:
 * s (L - 1) + output_padding + span - pads.
 */
export function transposedOutput(length: number, kernel: number, stride: number, dilation: number, pads: number, outputPadding: number): number {
  checkWindow(kernel, stride, dilation);
  const out = stride * (length - 1) + outputPadding + span(kernel, dilation) - pads;
  if (out < 1) fault(`transposed convolution gives an empty output along an axis of length ${length}`);
  return out;
}

/**
 * The length Keras and TF give a transposed convolution for a padding mode when no
 * output_padding is set (Keras' deconv_output_length): valid L s + max(span - s, 0),
 * same L s, full L s - (s + span - 2); with output_padding p: (L - 1) s + span - 2 pad + p,
 * pad = floor(span / 2) for same, span - 1 for full.
 */
export function transposedModeOutput(mode: 'valid' | 'same' | 'full', length: number, kernel: number, stride: number, dilation: number, outputPadding: number | null): number {
  checkWindow(kernel, stride, dilation);
  const k = span(kernel, dilation);
  let out: number;
  if (outputPadding === null) {
    if (mode === 'valid') out = length * stride + Math.max(k - stride, 0);
    else if (mode === 'full') out = length * stride - (stride + k - 2);
    else out = length * stride;
  } else {
    const pad = mode === 'same' ? Math.floor(k / 2) : mode === 'full' ? k - 1 : 0;
    out = (length - 1) * stride + k - 2 * pad + outputPadding;
  }
  if (out < 1) fault(`transposed convolution gives an empty output along an axis of length ${length}`);
  return out;
}
