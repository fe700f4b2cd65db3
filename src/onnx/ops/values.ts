/**
 * Ops that produce or convert values: constants, shapes, casts and ranges. They cost
 * nothing and their values are known, so shape arithmetic downstream can fold.
 */
import { DT, isFloatType } from '../dtypes.js';
import { castValue, small } from '../fold.js';
import { ATTR } from '../model.js';
import { checkShape, prod } from '../shapes.js';
import { free } from './common.js';
import { val, type OpRule } from './types.js';

export const Shape: OpRule = {
  infer(ctx) {
    const s = ctx.in(0).shape;
    const r = s.length;
    const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + r : v, 0), r);
    const dims = s.slice(clamp(ctx.int('start', 0)), clamp(ctx.int('end', r)));
    return free([val([dims.length], DT.INT64, dims)]);
  },
};

export const Size: OpRule = {
  infer: (ctx) => free([val([], DT.INT64, [prod(ctx.in(0).shape)])]),
};

export const Constant: OpRule = {
  infer(ctx) {
    const a = ctx.node.attrs[0];
    if (!a || ctx.node.attrs.length !== 1) return ctx.fail('needs exactly one value attribute');
    switch (a.name) {
      case 'value':
      case 'sparse_value': {
        if (!a.t) return ctx.fail(`attribute ${a.name} holds no tensor`);
        const t = a.t;
        if (a.name === 'sparse_value') return free([val(t.dims, t.dataType)]);
        return free([{ ...val(t.dims, t.dataType, ctx.attrData('value')), ref: t }]);
      }
      case 'value_float': return free([val([], DT.FLOAT, [ctx.float('value_float', 0)])]);
      case 'value_floats': { const v = ctx.floats('value_floats') ?? []; return free([val([v.length], DT.FLOAT, v)]); }
      case 'value_int': return free([val([], DT.INT64, [ctx.int('value_int', 0)])]);
      case 'value_ints': { const v = ctx.ints('value_ints') ?? []; return free([val([v.length], DT.INT64, v)]); }
      case 'value_string': return free([val([], DT.STRING)]);
      case 'value_strings': return free([val([ctx.strings('value_strings')?.length ?? 0], DT.STRING)]);
      default: return ctx.fail(`unknown value attribute ${a.name}`);
    }
  },
};

export const ConstantOfShape: OpRule = {
  reads: () => [0],
  infer(ctx) {
    const dims = ctx.value(0);
    const a = ctx.attr('value');
    const t = a?.type === ATTR.TENSOR ? a.t : undefined;
    const dtype = t?.dataType ?? DT.FLOAT;
    if (!dims) return free(ctx.declaredOutputs('the shape input', dtype));
    const shape = checkShape(dims, ctx.fail);
    const fill = t ? ctx.attrData('value')?.[0] : 0;
    return free([val(shape, dtype, fill !== undefined && small(shape) ? new Array<number>(prod(shape)).fill(fill) : undefined)]);
  },
};

export const Cast: OpRule = {
  infer(ctx) {
    const x = ctx.in(0);
    const to = ctx.node.opType === 'CastLike' ? ctx.in(1).dtype : ctx.int('to', x.dtype);
    const integer = !isFloatType(to);
    return free([val(x.shape, to, x.data?.map((v) => castValue(v, integer, to === DT.BOOL)))]);
  },
};

export const Range: OpRule = {
  reads: () => [0, 1, 2],
  infer(ctx) {
    const [s, l, d] = [ctx.value(0), ctx.value(1), ctx.value(2)];
    const dtype = ctx.in(0).dtype;
    if (!s || !l || !d) return free(ctx.declaredOutputs('the range bounds', dtype));
    if (d[0] === 0) ctx.fail('delta 0');
    const n = Math.max(Math.ceil((l[0] - s[0]) / d[0]), 0);
    const out = checkShape([n], ctx.fail);
    return free([val(out, dtype, small(out) ? Array.from({ length: n }, (_, i) => s[0] + i * d[0]) : undefined)]);
  },
};
