/** Ops that produce or convert values: adapters onto the core's constants (cost 0, values known). */
import { filled, range, shapeOf, sizeOf } from '../../core/ops/constants.js';
import { checkShape } from '../../core/tensor.js';
import { coreDType } from '../dtypes.js';
import { ATTR } from '../ir.js';
import { free } from './common.js';
import { fromCore, val, type OpRule } from './types.js';

export const Shape: OpRule = { infer: (ctx) => fromCore(shapeOf(ctx.in(0), ctx.int('start', 0), ctx.int('end'))) };

export const Size: OpRule = { infer: (ctx) => fromCore(sizeOf(ctx.in(0))) };

export const Constant: OpRule = {
  infer(ctx) {
    const a = ctx.node.attrs[0];
    if (!a || ctx.node.attrs.length !== 1) return ctx.fail('needs exactly one value attribute');
    switch (a.name) {
      case 'value':
      case 'sparse_value': {
        if (!a.t) return ctx.fail(`attribute ${a.name} holds no tensor`);
        const t = a.t;
        if (a.name === 'sparse_value') return free([val(t.dims, coreDType(t.dataType))]);
        return free([{ ...val(t.dims, coreDType(t.dataType), ctx.attrData('value')), ref: t }]);
      }
      case 'value_float': return free([val([], 'float32', [ctx.float('value_float', 0)])]);
      case 'value_floats': { const v = ctx.floats('value_floats') ?? []; return free([val([v.length], 'float32', v)]); }
      case 'value_int': return free([val([], 'int64', [ctx.int('value_int', 0)])]);
      case 'value_ints': { const v = ctx.ints('value_ints') ?? []; return free([val([v.length], 'int64', v)]); }
      case 'value_string': return free([val([], 'string')]);
      case 'value_strings': return free([val([ctx.strings('value_strings')?.length ?? 0], 'string')]);
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
    const dtype = coreDType(t?.dataType ?? 1);
    if (!dims) return free(ctx.declaredOutputs('the shape input', dtype));
    return fromCore(filled(checkShape(dims), dtype, t ? ctx.attrData('value')?.[0] : 0));
  },
};

export const Range: OpRule = {
  reads: () => [0, 1, 2],
  infer(ctx) {
    const [s, l, d] = [ctx.value(0), ctx.value(1), ctx.value(2)];
    const dtype = ctx.in(0).dtype;
    if (!s || !l || !d) return free(ctx.declaredOutputs('the range bounds', dtype));
    return fromCore(range(s[0], l[0], d[0], dtype));
  },
};
