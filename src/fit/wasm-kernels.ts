import type { KernelConfig, KernelFunc, NamedAttrMap, TensorInfo } from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { Tf } from './backend.js';

/**
 * Training kernels for TensorFlow.js's WASM backend (4.22), registered over or beside its own.
 *
 * The backend was written for inference. It has no Conv2DBackpropFilter at all (a Conv2D
 * model could not be trained on it), and some gradient kernels it has run as scalar C++
 * loops: a matrix product with a transposed operand (both Dense gradients), the input
 * gradient of a convolution, the max-pool gradient and gathers.
 * docs/fit.md has the profile that picked these. Each replacement is built from the
 * backend's own fast kernels (the XNNPACK convolution and fully-connected product, its
 * Transpose, Reverse, Slice), or, for the two memory-bound ones, one pass over the WASM
 * heap; every case they do not cover goes to the backend's kernel unchanged. The results are
 * the same sums in another order: __tests__/fit-wasm-kernels.test.ts checks each against
 * the pure-JS cpu backend.
 */

type Args = { inputs: Record<string, TensorInfo>; attrs: NamedAttrMap; backend: BackendWasm };
type Kernel = (args: Args) => TensorInfo;

const ours = new WeakSet<object>();

export function registerWasmTrainingKernels(tf: Tf): void {
  const native = (name: string): Kernel => {
    const k = tf.getKernel(name, 'wasm');
    if (!k) throw new Error(`the WASM backend has no ${name} kernel`);
    return k.kernelFunc as unknown as Kernel;
  };
  if (ours.has(tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc ?? {})) return;
  const k = {
    batchMatMul: native('BatchMatMul'),
    conv2d: native('Conv2D'),
    conv2dBackpropInput: native('Conv2DBackpropInput'),
    gather: native('GatherV2'),
    reshape: native('Reshape'),
    reverse: native('Reverse'),
    slice: native('Slice'),
    transpose: native('Transpose'),
  };
  const put = (name: string, fn: Kernel): void => {
    const old = tf.getKernel(name, 'wasm');
    if (old) tf.unregisterKernel(name, 'wasm');
    const config: KernelConfig = { ...(old ?? {}), kernelName: name, backendName: 'wasm', kernelFunc: fn as unknown as KernelFunc };
    tf.registerKernel(config);
    ours.add(config.kernelFunc);
  };
  const free = (backend: BackendWasm, ...ts: TensorInfo[]): void => {
    for (const t of ts) backend.disposeData(t.dataId);
  };
  const swapLastTwo = (backend: BackendWasm, t: TensorInfo): TensorInfo => {
    const perm = t.shape.map((_, i) => i);
    perm.splice(-2, 2, perm.length - 1, perm.length - 2);
    return k.transpose({ inputs: { x: t }, attrs: { perm }, backend });
  };
  const leading = (shape: number[]): number => shape.slice(0, -2).reduce((a, b) => a * b, 1);

  // Only an untransposed product of unbatched operands reaches XNNPACK; the rest runs a
  // scalar triple loop. A transpose costs one pass over the operand, the loop ten times more.
  put('BatchMatMul', (args) => {
    const { a, b } = args.inputs;
    const { transposeA, transposeB } = args.attrs as { transposeA: boolean; transposeB: boolean };
    if ((!transposeA && !transposeB) || leading(a.shape) !== 1 || leading(b.shape) !== 1) return k.batchMatMul(args);
    const backend = args.backend;
    // XNNPACK packs its right operand on every call (a weight changes every step), so
    // a x b^T for a large b (a Dense input gradient: b is the kernel) is cheaper as
    // (b x a^T)^T: it transposes and packs the small a and transposes the product instead.
    const [m, kk] = a.shape.slice(-2);
    const n = b.shape[b.shape.length - 2];
    if (transposeB && !transposeA && m * kk + m * n < 2 * kk * n) {
      const aT = swapLastTwo(backend, a);
      const p = k.batchMatMul({ inputs: { a: b, b: aT }, attrs: { ...args.attrs, transposeA: false, transposeB: false }, backend });
      const out = swapLastTwo(backend, p);
      free(backend, aT, p);
      return out;
    }
    const temps: TensorInfo[] = [];
    const aa = transposeA ? swapLastTwo(args.backend, a) : a;
    const bb = transposeB ? swapLastTwo(args.backend, b) : b;
    if (aa !== a) temps.push(aa);
    if (bb !== b) temps.push(bb);
    const out = k.batchMatMul({ inputs: { a: aa, b: bb }, attrs: { ...args.attrs, transposeA: false, transposeB: false }, backend: args.backend });
    free(args.backend, ...temps);
    return out;
  });

  // tfjs clones every tensor it saves for the backward pass (an Identity kernel), and the
  // gradient of each clone is a Cast to float32. The WASM backend copies the data for both,
  // where the cpu backend shares it: 44 copies per step of the example CNN, 1.7 ms. Tensors
  // are never written in place, so sharing the data (counted, as Reshape already does) is safe.
  const share = (x: TensorInfo, backend: BackendWasm): TensorInfo => {
    backend.incRef(x.dataId);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
  };
  const identity = native('Identity');
  const cast = native('Cast');
  put('Identity', (args) => (args.inputs.x.dtype === 'string' ? identity(args) : share(args.inputs.x, args.backend)));
  put('Cast', (args) => (args.inputs.x.dtype === (args.attrs as { dtype: string }).dtype && args.inputs.x.dtype !== 'string' ? share(args.inputs.x, args.backend) : cast(args)));

  // The backend's Slice copies the whole input out of the heap (readSync) before taking its
  // part: a batch sliced from the 8,000-sample training set copied 25 MB. A contiguous slice
  // is one copy of the part, straight from the heap.
  put('Slice', (args) => {
    const { x } = args.inputs;
    const { begin, size } = args.attrs as unknown as { begin: number | number[]; size: number | number[] };
    const backend = args.backend;
    const [b, s] = tf.slice_util.parseSliceParams(x as never, begin, size);
    if ((x.dtype !== 'float32' && x.dtype !== 'int32') || !tf.slice_util.isSliceContinous(x.shape, b, s)) return k.slice(args);
    const from = tf.slice_util.computeFlatOffset(b, tf.util.computeStrides(x.shape));
    const out = backend.makeOutput(s, x.dtype);
    const src = backend.typedArrayFromHeap(x) as Float32Array;
    (backend.typedArrayFromHeap(out) as Float32Array).set(src.subarray(from, from + tf.util.sizeFromShape(s)));
    return out;
  });

  // Batches are gathered rows of the training set: whole-row copies instead of the
  // backend's element-by-element index arithmetic.
  put('GatherV2', (args) => {
    const { x, indices } = args.inputs;
    const { axis, batchDims } = args.attrs as { axis: number; batchDims: number };
    const backend = args.backend;
    if (tf.util.parseAxisParam(axis, x.shape)[0] !== 0 || batchDims !== 0 || (x.dtype !== 'float32' && x.dtype !== 'int32')) return k.gather(args);
    const idx = backend.readSync(indices.dataId) as Int32Array;
    const n = x.shape[0];
    for (const i of idx) {
      if (!(i >= 0 && i < n)) throw new Error(`GatherV2: the index value ${i} is not in [0, ${n - 1}]`);
    }
    const row = tf.util.sizeFromShape(x.shape.slice(1));
    const out = backend.makeOutput([...indices.shape, ...x.shape.slice(1)], x.dtype);
    // Views are taken after the allocation: growing the heap detaches older ones.
    const src = backend.typedArrayFromHeap(x) as Float32Array;
    const dst = backend.typedArrayFromHeap(out) as Float32Array;
    for (let j = 0; j < idx.length; j++) dst.set(src.subarray(idx[j] * row, idx[j] * row + row), j * row);
    return out;
  });

  // TensorFlow's rule: each window's gradient goes to its first maximum. (The backend's own
  // kernel picks the last one and is a per-element search.)
  put('MaxPoolGrad', (args) => {
    const { dy, input } = args.inputs;
    const { filterSize, strides, pad, dimRoundingMode } = args.attrs as {
      filterSize: number | [number, number];
      strides: number | [number, number];
      pad: 'valid' | 'same' | number;
      dimRoundingMode?: 'floor' | 'round' | 'ceil';
    };
    const backend = args.backend;
    const info = tf.backend_util.computePool2DInfo(input.shape as [number, number, number, number], filterSize, strides, 1, pad, dimRoundingMode);
    const out = backend.makeOutput(input.shape, 'float32');
    const x = backend.typedArrayFromHeap(input) as Float32Array;
    const g = backend.typedArrayFromHeap(dy) as Float32Array;
    const dx = backend.typedArrayFromHeap(out) as Float32Array;
    dx.fill(0);
    const { batchSize: B, inHeight: H, inWidth: W, inChannels: C, outHeight: OH, outWidth: OW } = info;
    const { strideHeight: sh, strideWidth: sw, filterHeight: fh, filterWidth: fw } = info;
    const { top, left } = info.padInfo;
    const best = new Float32Array(C);
    const at = new Int32Array(C);
    for (let b = 0; b < B; b++) {
      for (let oh = 0; oh < OH; oh++) {
        for (let ow = 0; ow < OW; ow++) {
          let first = true;
          for (let i = 0; i < fh; i++) {
            const r = oh * sh - top + i;
            if (r < 0 || r >= H) continue;
            for (let j = 0; j < fw; j++) {
              const q = ow * sw - left + j;
              if (q < 0 || q >= W) continue;
              const o = ((b * H + r) * W + q) * C;
              if (first) {
                for (let c = 0; c < C; c++) {
                  best[c] = x[o + c];
                  at[c] = o + c;
                }
                first = false;
              } else {
                for (let c = 0; c < C; c++) {
                  if (x[o + c] > best[c]) {
                    best[c] = x[o + c];
                    at[c] = o + c;
                  }
                }
              }
            }
          }
          if (first) continue;
          const y = ((b * OH + oh) * OW + ow) * C;
          for (let c = 0; c < C; c++) dx[at[c]] += g[y + c];
        }
      }
    }
    return out;
  });

  // Missing from the backend. The filter gradient is itself a convolution: of the input with
  // channels and batch swapped, by the output gradient as the filter, dilated by the forward
  // stride. XNNPACK runs it as one convolution.
  put('Conv2DBackpropFilter', (args) => {
    const { x, dy } = args.inputs;
    const { strides, pad, dataFormat, dimRoundingMode, filterShape } = args.attrs as {
      strides: number | [number, number];
      pad: 'valid' | 'same' | number | [[number, number], [number, number], [number, number], [number, number]];
      dataFormat: 'NHWC' | 'NCHW';
      dimRoundingMode?: 'floor' | 'round' | 'ceil';
      filterShape: [number, number, number, number];
    };
    const backend = args.backend;
    const info = tf.backend_util.computeConv2DInfo(
      x.shape as [number, number, number, number],
      filterShape,
      strides,
      1,
      pad,
      dimRoundingMode,
      false,
      tf.backend_util.convertConv2DDataFormat(dataFormat),
    );
    if (info.dataFormat !== 'channelsLast') throw new Error('Conv2DBackpropFilter on wasm supports NHWC (channels last) only');
    const { filterHeight: KH, filterWidth: KW, outHeight: OH, outWidth: OW, inHeight: H, inWidth: W, strideHeight: sh, strideWidth: sw } = info;
    const { top, left } = info.padInfo;
    const C = info.inChannels;
    const N = info.batchSize * OH * OW;
    if (KH * KW * C <= info.outChannels) {
      // Few input channels (a first layer): the patch matrix is smaller than the output
      // gradient, so it is written out (transposed, one pass over the heap) and multiplied
      // by the output gradient in one fully-connected product.
      const pT = backend.makeOutput([1, KH * KW * C, N], 'float32');
      const xs = backend.typedArrayFromHeap(x) as Float32Array;
      const p = backend.typedArrayFromHeap(pT) as Float32Array;
      for (let n = 0, b = 0; b < info.batchSize; b++) {
        for (let oh = 0; oh < OH; oh++) {
          for (let ow = 0; ow < OW; ow++, n++) {
            for (let i = 0; i < KH; i++) {
              const r = oh * sh - top + i;
              for (let j = 0; j < KW; j++) {
                const q = ow * sw - left + j;
                const row = (i * KW + j) * C;
                const inside = r >= 0 && r < H && q >= 0 && q < W;
                const o = ((b * H + r) * W + q) * C;
                for (let c = 0; c < C; c++) p[(row + c) * N + n] = inside ? xs[o + c] : 0;
              }
            }
          }
        }
      }
      const d2 = k.reshape({ inputs: { x: dy }, attrs: { shape: [1, N, info.outChannels] }, backend });
      const w = k.batchMatMul({ inputs: { a: pT, b: d2 }, attrs: { transposeA: false, transposeB: false }, backend });
      const out = k.reshape({ inputs: { x: w }, attrs: { shape: filterShape }, backend });
      free(backend, pT, d2, w);
      return out;
    }
    // Pad only as far as the last tap reads; 'same' padding may reach further.
    const bottom = Math.max(0, KH - 1 + (OH - 1) * sh + 1 - top - H);
    const right = Math.max(0, KW - 1 + (OW - 1) * sw + 1 - left - W);
    const xT = k.transpose({ inputs: { x }, attrs: { perm: [3, 1, 2, 0] }, backend });
    const f = k.transpose({ inputs: { x: dy }, attrs: { perm: [1, 2, 0, 3] }, backend });
    let g = k.conv2d({
      inputs: { x: xT, filter: f },
      attrs: { strides: [1, 1], pad: [[0, 0], [top, bottom], [left, right], [0, 0]], dataFormat: 'NHWC', dilations: [sh, sw] },
      backend,
    });
    if (g.shape[1] !== KH || g.shape[2] !== KW) {
      const cut = k.slice({ inputs: { x: g }, attrs: { begin: [0, 0, 0, 0], size: [g.shape[0], KH, KW, g.shape[3]] }, backend });
      free(backend, g);
      g = cut;
    }
    const out = k.transpose({ inputs: { x: g }, attrs: { perm: [1, 2, 0, 3] }, backend });
    free(backend, xT, f, g);
    return out;
  });

  // At stride 1 the input gradient is a convolution of the padded output gradient with the
  // filter turned 180 degrees and its channels swapped; strided ones keep the backend's loop.
  put('Conv2DBackpropInput', (args) => {
    const { dy, filter } = args.inputs;
    const { strides, pad, dataFormat, dimRoundingMode, inputShape } = args.attrs as {
      strides: number | [number, number];
      pad: 'valid' | 'same' | number | [[number, number], [number, number], [number, number], [number, number]];
      dataFormat: 'NHWC' | 'NCHW';
      dimRoundingMode?: 'floor' | 'round' | 'ceil';
      inputShape: [number, number, number, number];
    };
    const backend = args.backend;
    const info = tf.backend_util.computeConv2DInfo(
      inputShape,
      filter.shape as [number, number, number, number],
      strides,
      1,
      pad,
      dimRoundingMode,
      false,
      tf.backend_util.convertConv2DDataFormat(dataFormat),
    );
    const { filterHeight: KH, filterWidth: KW, inHeight: H, inWidth: W, outHeight: OH, outWidth: OW } = info;
    const pt = KH - 1 - info.padInfo.top;
    const pl = KW - 1 - info.padInfo.left;
    const pb = H - OH + KH - 1 - pt;
    const pr = W - OW + KW - 1 - pl;
    const simple = info.dataFormat === 'channelsLast' && info.strideHeight === 1 && info.strideWidth === 1;
    if (!simple || pt < 0 || pl < 0 || pb < 0 || pr < 0) return k.conv2dBackpropInput(args);
    const turned = k.reverse({ inputs: { x: filter }, attrs: { dims: [0, 1] }, backend });
    const swapped = k.transpose({ inputs: { x: turned }, attrs: { perm: [0, 1, 3, 2] }, backend });
    const out = k.conv2d({
      inputs: { x: dy, filter: swapped },
      attrs: { strides: [1, 1], pad: [[0, 0], [pt, pb], [pl, pr], [0, 0]], dataFormat: 'NHWC', dilations: [1, 1] },
      backend,
    });
    free(backend, turned, swapped);
    return out;
  });
}
