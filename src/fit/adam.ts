import type { KernelConfig, KernelFunc, NamedAttrMap, Tensor, TensorInfo, Variable } from '@tensorflow/tfjs';
import type { Tf } from './backend.js';
import { wasmAdam } from './wasm-adam.js';

/**
 * Adam as Keras defines it (keras/src/optimizers/adam.py, Keras 3), one kernel call per
 * variable.
 *
 * tfjs' own AdamOptimizer runs about 15 small kernels per variable and every step (a third of
 * the notebook MLP's step on WASM went to them), and its formula is the paper's, not Keras':
 * Keras adds epsilon to sqrt(v) and folds both bias corrections into the step size,
 *
 *     alpha = lr * sqrt(1 - beta2^t) / (1 - beta1^t)
 *     m    += (g - m) * (1 - beta1)
 *     v    += (g^2 - v) * (1 - beta2)
 *     x    -= m * alpha / (sqrt(v) + epsilon)
 *
 * which differs from tfjs' where sqrt(v) is as small as epsilon (a gradient of 1e-5 early in
 * training). The fit's contract is Keras' training, so this is Keras' formula.
 */
export const ADAM_KERNEL = 'FlopgateKerasAdam';

export interface AdamAttrs {
  alpha: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

/** Keras' defaults (and tfjs' epsilon for float32 is the same 1e-7). */
export const KERAS_ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };

const f32 = Math.fround;

/**
 * The update over flat arrays, elements [from, to): writes x', m', v' (which may alias x, m,
 * v). Float32 arithmetic, each operation rounded as Keras' float32 tensors round it, so that
 * it is the WASM SIMD function's result bit for bit (src/fit/wasm-adam.ts), which the
 * replicas of a data-parallel fit rely on. `g2`, when given, is added to `g` first.
 */
export function adamUpdate(
  x: Float32Array,
  m: Float32Array,
  v: Float32Array,
  g: Float32Array,
  g2: Float32Array | undefined,
  outX: Float32Array,
  outM: Float32Array,
  outV: Float32Array,
  a: AdamAttrs,
  from = 0,
  to = x.length,
): void {
  const alpha = f32(a.alpha);
  const c1 = f32(1 - a.beta1);
  const c2 = f32(1 - a.beta2);
  const eps = f32(a.epsilon);
  for (let i = from; i < to; i++) {
    const gi = g2 ? f32(g[i] + g2[i]) : g[i];
    const mi = f32(m[i] + f32(f32(gi - m[i]) * c1));
    const vi = f32(v[i] + f32(f32(f32(gi * gi) - v[i]) * c2));
    outM[i] = mi;
    outV[i] = vi;
    outX[i] = f32(x[i] - f32(f32(mi * alpha) / f32(f32(Math.sqrt(vi)) + eps)));
  }
}

type WasmBackendish = {
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(t: TensorInfo): Float32Array;
  dataIdMap: { get(id: object): { memoryOffset: number } };
  wasm: { asm?: { memory?: WebAssembly.Memory } };
};
type CpuBackendish = {
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfo;
  data: { get(id: object): { values: Float32Array } };
};

/**
 * Registers the update for the WASM backend (the SIMD function over its heap, else the same
 * loop in JavaScript) and the pure-JS one; tfjs-node runs it as composite TensorFlow ops
 * instead (KerasAdam). Inputs x, m, v, g and optionally g2 (added to g: the gradients of a
 * data-parallel fit's two halves); outputs x', m', v'.
 */
export function registerAdamKernel(tf: Tf, backendName: 'wasm' | 'cpu'): void {
  if (tf.getKernel(ADAM_KERNEL, backendName)) return;
  const wasmKernel = ({ inputs, attrs, backend }: { inputs: Record<string, TensorInfo>; attrs: NamedAttrMap; backend: WasmBackendish }): TensorInfo[] => {
    const { x, m, v, g, g2 } = inputs;
    const a = attrs as unknown as AdamAttrs;
    const outs = [x, m, v].map((t) => backend.makeOutput(t.shape, 'float32'));
    const n = tf.util.sizeFromShape(x.shape);
    const memory = backend.wasm.asm?.memory;
    const fns = memory ? wasmAdam(memory) : null;
    const lanes = fns ? n - (n % 4) : 0;
    if (fns && lanes > 0) {
      const at = (t: TensorInfo): number => backend.dataIdMap.get(t.dataId).memoryOffset;
      const fn = g2 ? fns.adam2 : fns.adam;
      fn(lanes, at(x), at(m), at(v), at(g), g2 ? at(g2) : 0, at(outs[0]), at(outs[1]), at(outs[2]), a.alpha, 1 - a.beta1, 1 - a.beta2, a.epsilon);
    }
    if (lanes < n) {
      // Views are taken after the allocations: growing the heap detaches older ones.
      const view = (t: TensorInfo): Float32Array => backend.typedArrayFromHeap(t);
      adamUpdate(view(x), view(m), view(v), view(g), g2 && view(g2), view(outs[0]), view(outs[1]), view(outs[2]), a, lanes, n);
    }
    return outs;
  };
  const cpuKernel = ({ inputs, attrs, backend }: { inputs: Record<string, TensorInfo>; attrs: NamedAttrMap; backend: CpuBackendish }): TensorInfo[] => {
    const { x, m, v, g, g2 } = inputs;
    const values = (t: TensorInfo): Float32Array => backend.data.get(t.dataId).values;
    const n = tf.util.sizeFromShape(x.shape);
    const out = [new Float32Array(n), new Float32Array(n), new Float32Array(n)];
    adamUpdate(values(x), values(m), values(v), values(g), g2 && values(g2), out[0], out[1], out[2], attrs as unknown as AdamAttrs);
    return [x, m, v].map((t, i) => backend.makeTensorInfo(t.shape, 'float32', out[i]));
  };
  const kernelFunc = (backendName === 'wasm' ? wasmKernel : cpuKernel) as unknown as KernelFunc;
  const config: KernelConfig = { kernelName: ADAM_KERNEL, backendName, kernelFunc };
  tf.registerKernel(config);
}

/**
 * Keras' Adam over a list of variables: its moments live here, one slot per variable, and
 * each step is one kernel per variable where the backend has it (composite ops elsewhere).
 */
export class KerasAdam {
  private readonly m: (Tensor | undefined)[] = [];
  private readonly v: (Tensor | undefined)[] = [];
  /** Steps applied (Keras' `iterations`). */
  iterations = 0;

  constructor(
    private readonly tf: Tf,
    private readonly lr: number,
    private readonly attrs = KERAS_ADAM,
  ) {}

  /**
   * Applies one step; `grads[i]` belongs to `vars[i]` (undefined: no gradient this step), and
   * `seconds[i]`, when given, is added to it first.
   */
  apply(vars: Variable[], grads: (Tensor | undefined)[], seconds?: (Tensor | undefined)[]): void {
    const tf = this.tf;
    const t = this.iterations + 1;
    const { beta1, beta2, epsilon } = this.attrs;
    const alpha = (this.lr * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
    const fused = tf.getKernel(ADAM_KERNEL, tf.getBackend()) !== undefined;
    vars.forEach((x, i) => {
      const g = grads[i];
      if (!g) return;
      const g2 = seconds?.[i];
      const m = (this.m[i] ??= tf.keep(tf.zerosLike(x)));
      const v = (this.v[i] ??= tf.keep(tf.zerosLike(x)));
      let outs: Tensor[];
      if (fused) {
        outs = tf.engine().runKernel(ADAM_KERNEL, g2 ? { x, m, v, g, g2 } : { x, m, v, g }, { alpha, beta1, beta2, epsilon } as unknown as NamedAttrMap) as Tensor[];
      } else {
        outs = tf.tidy(() => {
          const gg = g2 ? tf.add(g, g2) : g;
          const m1 = tf.add(m, tf.mul(tf.sub(gg, m), 1 - beta1));
          const v1 = tf.add(v, tf.mul(tf.sub(tf.square(gg), v), 1 - beta2));
          const x1 = tf.sub(x, tf.div(tf.mul(m1, alpha), tf.add(tf.sqrt(v1), epsilon)));
          return [x1, m1, v1];
        });
      }
      x.assign(outs[0]);
      outs[0].dispose();
      m.dispose();
      v.dispose();
      // Kept: apply may run inside a tidy scope, and the moments outlive it.
      this.m[i] = tf.keep(outs[1]);
      this.v[i] = tf.keep(outs[2]);
    });
    this.iterations = t;
  }

  dispose(): void {
    for (const t of [...this.m, ...this.v]) t?.dispose();
    this.m.length = 0;
    this.v.length = 0;
  }
}
