import { checkShape, fmt, normAxis, prod } from '../shapes.js';
import { val, type NodeCtx, type OpRule, type Val } from './types.js';

/** Runtimes multiply in float32: floor(float(d) * scale) decides the size. */
function scaled(d: number, s: number): number {
  return Math.floor(Math.fround(Math.fround(d) * Math.fround(s)));
}

function result(ctx: NodeCtx, x: Val, out: number[]) {
  checkShape(out, ctx.fail);
  return { outputs: [val(out, x.dtype)], ops: { resize: prod(out) } };
}

/** One interpolation per output element, whatever the mode. */
export const Resize: OpRule = {
  reads: (ctx) => (ctx.opset >= 11 ? [1, 2, 3] : [1]),
  infer(ctx) {
    const x = ctx.in(0);
    const r = x.shape.length;
    const nonEmpty = (i: number) => ctx.has(i) && prod(ctx.in(i).shape) > 0;
    const scaleIn = ctx.opset >= 11 ? 2 : 1;
    const sizes = ctx.opset >= 11 && nonEmpty(3) ? ctx.value(3) ?? null : undefined;
    const scales = sizes === undefined && nonEmpty(scaleIn) ? ctx.value(scaleIn) ?? null : undefined;
    if (sizes === null || scales === null) return result(ctx, x, ctx.declaredOutputs('the scales or sizes', x.dtype)[0].shape);
    const axes = (ctx.opset >= 18 ? ctx.ints('axes') : undefined)?.map((a) => normAxis(a, r, ctx.fail)) ?? Array.from({ length: r }, (_, i) => i);
    const given = sizes ?? scales;
    if (!given) return ctx.fail('has neither scales nor sizes');
    if (given.length !== axes.length) ctx.fail(`${sizes ? 'sizes' : 'scales'} ${fmt(given)} do not fit input ${fmt(x.shape)}`);
    const out = [...x.shape];
    if (sizes) {
      const policy = ctx.opset >= 18 ? ctx.str('keep_aspect_ratio_policy', 'stretch') : 'stretch';
      if (policy === 'stretch') axes.forEach((a, i) => (out[a] = sizes[i]));
      else {
        const ratios = axes.map((a, i) => sizes[i] / x.shape[a]);
        const s = policy === 'not_larger' ? Math.min(...ratios) : Math.max(...ratios);
        axes.forEach((a) => (out[a] = Math.round(s * x.shape[a])));
      }
    } else if (scales) {
      if (scales.some((s) => !(s > 0))) ctx.fail(`scales ${fmt(scales)} must be positive`);
      axes.forEach((a, i) => (out[a] = scaled(x.shape[a], scales[i])));
    }
    return result(ctx, x, out);
  },
};

export const Upsample: OpRule = {
  reads: (ctx) => (ctx.opset >= 9 ? [1] : []),
  infer(ctx) {
    const x = ctx.in(0);
    const scales = ctx.opset >= 9 ? ctx.value(1) : ctx.floats('scales');
    if (!scales) return result(ctx, x, ctx.declaredOutputs('the scales', x.dtype)[0].shape);
    if (scales.length !== x.shape.length || scales.some((s) => !(s > 0))) ctx.fail(`scales ${fmt(scales)} do not fit input ${fmt(x.shape)}`);
    return result(ctx, x, x.shape.map((d, i) => scaled(d, scales[i])));
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
    const out = checkShape([rois[0], x.shape[1], ctx.int('output_height', 1), ctx.int('output_width', 1)], ctx.fail);
    const s = ctx.int('sampling_ratio', 0);
    if (s <= 0) return ctx.refuse('sampling_ratio 0 takes as many samples per bin as the ROI is large: its cost depends on the data');
    const samples = prod(out) * s * s;
    const mode = ctx.str('mode', 'avg');
    if (mode !== 'avg' && mode !== 'max') ctx.fail(`unknown mode "${mode}"`);
    return { outputs: [val(out, x.dtype)], ops: { resize: samples, [mode === 'avg' ? 'avgpool' : 'maxpool']: samples } };
  },
};

/** GridSample(X [N, C, D...], grid [N, H_out..., r]): [N, C, H_out...], one interpolation per output element. */
export const GridSample: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const g = ctx.in(1).shape;
    const r = x.shape.length;
    if (r < 3 || g.length !== r || g[0] !== x.shape[0] || g[r - 1] !== r - 2) ctx.fail(`grid ${fmt(g)} does not fit input ${fmt(x.shape)}`);
    return result(ctx, x, [x.shape[0], x.shape[1], ...g.slice(1, -1)]);
  },
};
