/** 28x28 grey images in [0, 1], row-major, with one label 0..9 each. */
export interface Digits {
  count: number;
  /** count x 784 floats. */
  pixels: Float32Array;
  labels: Uint8Array;
}

export interface DatasetSplit {
  dataset: string;
  train: Digits;
  validation: Digits;
}

export const IMAGE_SIDE = 28;
export const PIXELS = IMAGE_SIDE * IMAGE_SIDE;
export const CLASSES = 10;

/**
 * The samples at `indices`, pixels scaled into [0, 1] (bytes are divided by 255, as the
 * notebook does; floats are taken as they are).
 */
export function pick(images: Uint8Array | Float32Array, labels: Uint8Array, indices: ArrayLike<number>): Digits {
  const n = indices.length;
  const pixels = new Float32Array(n * PIXELS);
  const out = new Uint8Array(n);
  const scale = images instanceof Uint8Array ? 1 / 255 : 1;
  for (let i = 0; i < n; i++) {
    const k = indices[i];
    const src = images.subarray(k * PIXELS, (k + 1) * PIXELS);
    const base = i * PIXELS;
    for (let j = 0; j < PIXELS; j++) pixels[base + j] = src[j] * scale;
    out[i] = labels[k];
  }
  return { count: n, pixels, labels: out };
}
