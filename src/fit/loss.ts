import type { KernelConfig, KernelFunc, NamedAttrMap, Tensor, TensorInfo } from '@tensorflow/tfjs';
import type { Tf } from './backend.js';

/**
 * Keras' categorical crossentropy on probabilities, summed over a batch, as one kernel and
 * its gradient as one more.
 *
 * The definition is Keras' (keras/src/backend/*: `output / sum(output)`, clipped to
 * [epsilon, 1 - epsilon], `-sum(target * log(output))`), which tfjs-layers also follows. As
 * tfjs ops it is 9 kernels forward and about 40 backward (with the clones tfjs makes of what
 * it saves for the backward pass): half of the notebook MLP's 120 kernel calls a step, each
 * costing its few microseconds of JavaScript whatever its size (32 x 10 values). Here the
 * same arithmetic is one pass over those values each way; the gradient is the chain rule of
 * the same ops (the clip passes the gradient where its input is inside the bounds, bounds
 * included, as tfjs' clipByValue does).
 */
export const CROSSENTROPY_KERNEL = 'FlopgateCategoricalCrossentropy';
const GRAD_KERNEL = 'FlopgateCategoricalCrossentropyGrad';

const EPSILON = 1e-7;
// The float32 bounds tfjs clips to.
const LO = Math.fround(EPSILON);
const HI = Math.fround(1 - EPSILON);

interface Attrs {
  /** What the sum is multiplied by (1 / batch size for a batch's mean). */
  scale: number;
}

/** Σ over rows of -Σ y log(clip(p / Σp)), times scale. */
export function crossentropySum(p: Float32Array, y: Float32Array, classes: number, scale: number): number {
  let total = 0;
  for (let at = 0; at < p.length; at += classes) {
    let s = 0;
    for (let c = 0; c < classes; c++) s += p[at + c];
    let l = 0;
    for (let c = 0; c < classes; c++) {
      const t = y[at + c];
      if (t === 0) continue;
      const q = Math.min(HI, Math.max(LO, Math.fround(p[at + c] / s)));
      l -= t * Math.log(q);
    }
    total += l;
  }
  return total * scale;
}

/** d(scale · Σ loss)/dp, times the upstream gradient `dy`, into `out`. */
export function crossentropyGrad(p: Float32Array, y: Float32Array, classes: number, scale: number, dy: number, out: Float32Array): void {
  const g = new Float64Array(classes);
  for (let at = 0; at < p.length; at += classes) {
    let s = 0;
    for (let c = 0; c < classes; c++) s += p[at + c];
    // g_c = d loss / d q_c; the loss through q_c = p_c / s gives (g_j - Σ g_c q_c) / s.
    let gq = 0;
    for (let c = 0; c < classes; c++) {
      const q = Math.fround(p[at + c] / s);
      g[c] = q >= LO && q <= HI ? -y[at + c] / q : 0;
      gq += g[c] * q;
    }
    const k = (scale * dy) / s;
    for (let c = 0; c < classes; c++) out[at + c] = (g[c] - gq) * k;
  }
}

type AnyBackend = {
  readSync(id: object): unknown;
  makeOutput?: (shape: number[], dtype: 'float32') => TensorInfo;
  typedArrayFromHeap?: (t: TensorInfo) => Float32Array;
  makeTensorInfo?: (shape: number[], dtype: 'float32', values: Float32Array) => TensorInfo;
  data?: { get(id: object): { values: Float32Array } };
};

/** Registers both kernels and the gradient on the WASM and pure-JS backends. */
export function registerCrossentropyKernel(tf: Tf, backendName: 'wasm' | 'cpu'): void {
  if (tf.getKernel(CROSSENTROPY_KERNEL, backendName)) return;
  const values = (backend: AnyBackend, t: TensorInfo): Float32Array =>
    backendName === 'wasm' ? backend.typedArrayFromHeap!(t) : backend.data!.get(t.dataId).values;
  const output = (backend: AnyBackend, shape: number[], fill: (out: Float32Array) => void): TensorInfo => {
    if (backendName === 'wasm') {
      const out = backend.makeOutput!(shape, 'float32');
      fill(backend.typedArrayFromHeap!(out));
      return out;
    }
    const v = new Float32Array(tf.util.sizeFromShape(shape));
    fill(v);
    return backend.makeTensorInfo!(shape, 'float32', v);
  };
  const forward = ({ inputs, attrs, backend }: { inputs: Record<string, TensorInfo>; attrs: NamedAttrMap; backend: AnyBackend }): TensorInfo => {
    const { p, y } = inputs;
    const { scale } = attrs as unknown as Attrs;
    const classes = p.shape[p.shape.length - 1];
    const total = crossentropySum(values(backend, p), values(backend, y), classes, scale);
    return output(backend, [], (o) => (o[0] = total));
  };
  const backward = ({ inputs, attrs, backend }: { inputs: Record<string, TensorInfo>; attrs: NamedAttrMap; backend: AnyBackend }): TensorInfo => {
    const { p, y, dy } = inputs;
    const { scale } = attrs as unknown as Attrs;
    const classes = p.shape[p.shape.length - 1];
    return output(backend, p.shape, (o) => crossentropyGrad(values(backend, p), values(backend, y), classes, scale, values(backend, dy)[0], o));
  };
  for (const [kernelName, fn] of [
    [CROSSENTROPY_KERNEL, forward],
    [GRAD_KERNEL, backward],
  ] as const) {
    const config: KernelConfig = { kernelName, backendName, kernelFunc: fn as unknown as KernelFunc };
    tf.registerKernel(config);
  }
  if (!tf.getGradient(CROSSENTROPY_KERNEL)) {
    tf.registerGradient({
      kernelName: CROSSENTROPY_KERNEL,
      inputsToSave: ['p', 'y'],
      gradFunc: (dy, saved, attrs) => {
        const [p, y] = saved;
        return {
          p: () => tf.engine().runKernel(GRAD_KERNEL, { p, y, dy: dy as Tensor }, attrs) as Tensor,
          // The targets are data: nothing asks for their gradient.
          y: () => tf.zerosLike(y),
        };
      },
    });
  }
}

/** scale · Σ over the batch of the per-sample loss, through the kernel. */
export function crossentropy(tf: Tf, y: Tensor, p: Tensor, scale: number): Tensor {
  return tf.engine().runKernel(CROSSENTROPY_KERNEL, { p, y }, { scale } as unknown as NamedAttrMap) as Tensor;
}

export function hasCrossentropyKernel(tf: Tf): boolean {
  return tf.getKernel(CROSSENTROPY_KERNEL, tf.getBackend()) !== undefined;
}
