import { big } from '../../core/counts.js';
import { resize, scaledLength, type Interpolation } from '../../core/ops/resize.js';
import { normAxes } from '../../core/shape.js';
import { fmt, size, tensor } from '../../core/tensor.js';
import { fromCore, type NodeCtx, type OpRule, type Val } from './types.js';

const MODES: Record<string, Interpolation> = { nearest: 'nearest', linear: 'linear', bilinear: 'linear', trilinear: 'linear', cubic: 'cubic', bicubic: 'cubic' };

function mode(ctx: NodeCtx, dflt = 'nearest'): Interpolation {
  const m = ctx.str('mode', dflt);
  const out = Object.prototype.hasOwnProperty.call(MODES, m) ? MODES[m] : undefined;
  if (!out) return ctx.fail(`unknown mode "${m}"`);
  return out;
}

function resized(ctx: NodeCtx, x: Val, out: readonly number[]) {
  return fromCore(resize(x, out, mode(ctx), ctx.opset >= 18 && ctx.int('antialias', 0) === 1));
}

/** Resize to `sizes`, or by `scales` (float32 products, floored); axes (opset 18) pick the resized ones. */
export const Resize: OpRule = {
  reads: (ctx) => (ctx.opset >= 11 ? [1, 2, 3] : [1]),
  infer(ctx) {
    const x = ctx.in(0);
    const r = x.shape.length;
    const nonEmpty = (i: number) => ctx.has(i) && size(ctx.in(i).shape) > 0;
    const scaleIn = ctx.opset >= 11 ? 2 : 1;
    const sizes = ctx.opset >= 11 && nonEmpty(3) ? ctx.value(3) ?? null : undefined;
    const scales = sizes === undefined && nonEmpty(scaleIn) ? ctx.value(scaleIn) ?? null : undefined;
    if (sizes === null || scales === null) return resized(ctx, x, ctx.declaredShape('the scales or sizes'));
    const axes = (ctx.opset >= 18 ? ctx.ints('axes') : undefined) ?? Array.from({ length: r }, (_, i) => i);
    const ax = normAxes(axes, r);
    const given = sizes ?? scales;
    if (!given) return ctx.fail('has neither scales nor sizes');
    if (given.length !== ax.length) ctx.fail(`${sizes ? 'sizes' : 'scales'} ${fmt(given)} do not fit input ${fmt(x.shape)}`);
    const out = [...x.shape];
    if (sizes) {
      const policy = ctx.opset >= 18 ? ctx.str('keep_aspect_ratio_policy', 'stretch') : 'stretch';
      if (policy === 'stretch') ax.forEach((a, i) => (out[a] = sizes[i]));
      else {
        const ratios = ax.map((a, i) => sizes[i] / x.shape[a]);
        const s = policy === 'not_larger' ? Math.min(...ratios) : Math.max(...ratios);
        ax.forEach((a) => (out[a] = Math.round(s * x.shape[a])));
      }
    } else if (scales) ax.forEach((a, i) => (out[a] = scaledLength(x.shape[a], scales[i])));
    return resized(ctx, x, out);
  },
};

export const Upsample: OpRule = {
  reads: (ctx) => (ctx.opset >= 9 ? [1] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const scales = ctx.opset >= 9 ? ctx.value(1) : ctx.floats('scales');
    if (!scales) return resized(ctx, x, ctx.declaredShape('the scales'));
    if (scales.length !== x.shape.length) ctx.fail(`scales ${fmt(scales)} do not fit input ${fmt(x.shape)}`);
    return resized(ctx, x, x.shape.map((d, i) => scaledLength(d, scales[i])));
  },
};

/**
 * RoiAlign(X, rois, batch_indices): [rois, C, output_height, output_width]; each output element
 * averages (or takes the maximum of) sampling_ratio^2 bilinear samples: `resize` and
 * `avgpool` / `maxpool` per sample. sampling_ratio 0 (the default) samples each bin as densely
 * as the ROI is large: the cost depends on the data.
 */
export const RoiAlign: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const rois = ctx.in(1).shape;
    if (x.shape.length !== 4 || rois.length !== 2 || rois[1] !== 4) ctx.fail(`input ${fmt(x.shape)} and rois ${fmt(rois)} must be [N, C, H, W] and [R, 4]`);
    const out = tensor([rois[0], x.shape[1], ctx.int('output_height', 1), ctx.int('output_width', 1)], x.dtype);
    const s = ctx.int('sampling_ratio', 0);
    if (s <= 0) return ctx.refuse('sampling_ratio 0 takes as many samples per bin as the ROI is large: its cost depends on the data');
    const samples = big(size(out.shape), s, s);
    const m = ctx.str('mode', 'avg');
    if (m !== 'avg' && m !== 'max') ctx.fail(`unknown mode "${m}"`);
    return { outputs: [out], ops: { resize: samples, [m === 'avg' ? 'avgpool' : 'maxpool']: samples } };
  },
};

/** GridSample(X [N, C, D...], grid [N, H_out..., r]): [N, C, H_out...], one interpolation per output element. */
export const GridSample: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const g = ctx.in(1).shape;
    const r = x.shape.length;
    if (r < 3 || g.length !== r || g[0] !== x.shape[0] || g[r - 1] !== r - 2) ctx.fail(`grid ${fmt(g)} does not fit input ${fmt(x.shape)}`);
    return fromCore(resize(x, [x.shape[0], x.shape[1], ...g.slice(1, -1)], mode(ctx, 'linear')));
  },
};
