/**
 * Ops that write or pick elements by index (cost 0), and the ones whose output shape is the
 * number of elements the data selects: adapters onto the core.
 */
import { compress, eyeLike, nonZero, oneHot, unique } from '../../core/ops/select.js';
import { checkShape, fmt } from '../../core/tensor.js';
import { coreDType } from '../dtypes.js';
import { free } from './common.js';
import { fromCore, val, type OpRule } from './types.js';

/** OneHot(indices, depth, values): a depth-long axis at `axis`; a float depth is truncated, as its cast is. */
export const OneHot: OpRule = {
  reads: () => [1],
  infer(ctx) {
    const dtype = ctx.in(2).dtype;
    const depth = ctx.value(1);
    if (!depth) return free(ctx.declaredOutputs('the depth', dtype));
    if (depth.length !== 1) ctx.fail(`depth has ${depth.length} values, not one`);
    return fromCore(oneHot(ctx.in(0), Math.trunc(depth[0]), ctx.int('axis', -1), dtype));
  },
};

export const EyeLike: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const dtype = ctx.attr('dtype') ? coreDType(ctx.int('dtype', 1)) : x.dtype;
    return fromCore(eyeLike(x, ctx.int('k', 0), dtype));
  },
};

/**
 * MaxUnpool(X, I, output_shape): the output_shape input when given, else per spatial axis
 * (in - 1) x stride - pad begin - pad end + kernel.
 */
export const MaxUnpool: OpRule = {
  reads: () => [2],
  infer(ctx) {
    const x = ctx.in(0);
    const r = x.shape.length;
    if (r < 3) ctx.fail(`input ${fmt(x.shape)} needs batch, channel and spatial dimensions`);
    if (ctx.has(2)) {
      const given = ctx.value(2);
      if (!given) return free(ctx.declaredOutputs('the output shape', x.dtype));
      if (given.length !== r) ctx.fail(`output_shape ${fmt(given)} does not fit input ${fmt(x.shape)}`);
      return free([val(checkShape(given), x.dtype)]);
    }
    const n = r - 2;
    const kernel = ctx.ints('kernel_shape');
    if (!kernel || kernel.length !== n) return ctx.fail(`needs a kernel_shape of ${n} values`);
    const strides = ctx.ints('strides');
    const pads = ctx.ints('pads');
    const spatial = x.shape.slice(2).map((d, i) => (d - 1) * (strides?.[i] ?? 1) - (pads?.[i] ?? 0) - (pads?.[i + n] ?? 0) + kernel[i]);
    return free([val(checkShape([x.shape[0], x.shape[1], ...spatial]), x.dtype)]);
  },
};

export const Compress: OpRule = { reads: () => [1], infer: (ctx) => fromCore(compress(ctx.in(0), ctx.in(1), ctx.int('axis'))) };

export const NonZero: OpRule = { reads: () => [0], infer: (ctx) => fromCore(nonZero(ctx.in(0))) };

export const Unique: OpRule = {
  reads: () => [0],
  infer(ctx) {
    const r = fromCore(unique(ctx.in(0), ctx.int('axis')));
    r.outputs = r.outputs.slice(0, Math.max(ctx.nOut, 1));
    return r;
  },
};
