/** Shape arithmetic shared by the op rules. Every function throws through `fail` on bad input. */

export type Fail = (msg: string) => never;

/** Largest dimension and element count an inferred tensor may have before it is called absurd. */
export const MAX_DIM = 2 ** 40;
export const MAX_ELEMENTS = 2 ** 50;

export function prod(dims: readonly number[]): number {
  let n = 1;
  for (const d of dims) n *= d;
  return n;
}

export function fmt(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Every inferred shape passes here, so a hostile graph cannot grow numbers without bound. */
export function checkShape(shape: readonly number[], fail: Fail, what = 'output'): number[] {
  if (shape.length > 64) fail(`${what} has rank ${shape.length}`);
  for (const d of shape) {
    if (!Number.isSafeInteger(d) || d < 0 || d > MAX_DIM) fail(`${what} shape ${fmt(shape)} has an invalid dimension`);
  }
  if (prod(shape) > MAX_ELEMENTS) fail(`${what} shape ${fmt(shape)} is absurd`);
  return [...shape];
}

export function normAxis(axis: number, rank: number, fail: Fail, what = 'axis'): number {
  const a = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(a) || a < 0 || a >= rank) fail(`${what} ${axis} is out of range for rank ${rank}`);
  return a;
}

/** Numpy broadcasting of any number of shapes. */
export function broadcast(shapes: readonly (readonly number[])[], fail: Fail): number[] {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(rank).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const o = rank - s.length + i;
      const d = s[i];
      if (d === out[o] || d === 1) continue;
      if (out[o] === 1) out[o] = d;
      else fail(`shapes ${shapes.map((x) => fmt(x)).join(' and ')} do not broadcast`);
    }
  }
  return out;
}

export interface Window {
  kernel: number[];
  strides: number[];
  dilations: number[];
  /** [begin..., end...] as in ONNX `pads`. */
  pads: number[];
  autoPad: string;
  ceil: boolean;
}

/** Output spatial sizes of a sliding window (Conv, pooling), ONNX's rules for every auto_pad. */
export function windowOut(spatial: readonly number[], w: Window, fail: Fail): number[] {
  const n = spatial.length;
  if (w.kernel.length !== n || w.strides.length !== n || w.dilations.length !== n || w.pads.length !== 2 * n) {
    fail(`window attributes do not match ${n} spatial dimensions`);
  }
  return spatial.map((d, i) => {
    const s = w.strides[i];
    const k = w.kernel[i];
    const dil = w.dilations[i];
    if (s < 1 || k < 1 || dil < 1) fail(`kernel ${k}, stride ${s} and dilation ${dil} must be positive`);
    const ek = (k - 1) * dil + 1;
    let out: number;
    if (w.autoPad === 'SAME_UPPER' || w.autoPad === 'SAME_LOWER') out = Math.ceil(d / s);
    else if (w.autoPad === 'VALID') out = Math.floor((d - ek) / s) + 1;
    else {
      const pb = w.pads[i];
      const pe = w.pads[i + n];
      const span = d + pb + pe - ek;
      out = w.ceil ? Math.ceil(span / s) + 1 : Math.floor(span / s) + 1;
      // A last window that would start in the end padding is dropped (ONNX 19+, PyTorch).
      if (w.ceil && (out - 1) * s >= d + pb) out--;
    }
    if (out < 1) fail(`window of ${ek} does not fit input size ${d}`);
    return out;
  });
}
