/**
 * TensorLists (TF's variant lists of tensors, what Keras' recurrent layers read their steps
 * from and write their outputs to): no arithmetic, only the element shape and length to
 * carry, so that the tensors read back out have shapes.
 */
import { fault } from '../../core/errors.js';
import { tensor, type DType } from '../../core/tensor.js';
import type { ListInfo, TfCtx, TfRule, TfVal } from './types.js';

const listVal = (list: ListInfo): TfVal => ({ shape: [], dtype: 'unknown', values: undefined, list });

function listOf(ctx: TfCtx, i: number): ListInfo {
  const l = ctx.in(i).list;
  if (!l) fault(`input ${i} is not a TensorList`);
  return l;
}

/** An element_shape operand: a vector with -1 for open dimensions, or -1 for an unknown rank. */
function elementShape(ctx: TfCtx, i: number): number[] | undefined {
  const v = ctx.has(i) ? ctx.in(i).values : undefined;
  if (!v || ctx.in(i).shape.length === 0) return undefined;
  return [...v];
}

/** The element shape, its open dimensions filled from `hint` where that knows them. */
function merge(known: number[] | undefined, hint: number[] | undefined): number[] | undefined {
  if (!known) return hint;
  if (!hint || hint.length !== known.length) return known;
  return known.map((d, i) => (d < 0 ? hint[i] : d));
}

function exact(ctx: TfCtx, shape: number[] | undefined): number[] {
  if (!shape || shape.some((d) => d < 0)) fault(`the element shape ${shape ? `[${shape.join(', ')}]` : '(unknown)'} of a TensorList is only known at run time`);
  return shape;
}

const dtypeOf = (ctx: TfCtx): DType => ctx.dtype('element_dtype', 'float32');

export const LISTS: Record<string, TfRule> = {
  TensorListReserve: { free: true, reads: [0, 1], infer: (ctx) => ({ outputs: [listVal({ element: elementShape(ctx, 0), length: ctx.in(1).values?.[0], dtype: dtypeOf(ctx) })], counts: {} }) },
  EmptyTensorList: { free: true, reads: [0, 1], infer: (ctx) => ({ outputs: [listVal({ element: elementShape(ctx, 0), length: 0, dtype: dtypeOf(ctx) })], counts: {} }) },
  TensorListFromTensor: {
    free: true,
    infer(ctx) {
      const t = ctx.in(0);
      return { outputs: [listVal({ element: t.shape.slice(1), length: t.shape[0], dtype: t.dtype })], counts: {} };
    },
  },
  TensorListGetItem: {
    free: true,
    reads: [2],
    infer(ctx) {
      const l = listOf(ctx, 0);
      return { outputs: [tensor(exact(ctx, merge(l.element, elementShape(ctx, 2))), l.dtype)], counts: {} };
    },
  },
  TensorListSetItem: {
    free: true,
    infer(ctx) {
      const l = listOf(ctx, 0);
      return { outputs: [listVal({ ...l, element: merge(l.element, [...ctx.in(2).shape]) ?? [...ctx.in(2).shape] })], counts: {} };
    },
  },
  TensorListStack: {
    free: true,
    reads: [1],
    infer(ctx) {
      const l = listOf(ctx, 0);
      const n = l.length ?? ctx.int('num_elements', -1);
      if (n < 0) fault('the length of a TensorList is only known at run time');
      return { outputs: [tensor([n, ...exact(ctx, merge(l.element, elementShape(ctx, 1)))], l.dtype)], counts: {} };
    },
  },
  TensorListLength: { free: true, infer: (ctx) => ({ outputs: [tensor([], 'int32', listOf(ctx, 0).length === undefined ? undefined : [listOf(ctx, 0).length!])], counts: {} }) },
  TensorListElementShape: {
    free: true,
    infer(ctx) {
      const e = listOf(ctx, 0).element;
      return { outputs: [tensor([e?.length ?? 0], ctx.dtype('shape_type', 'int32'), e)], counts: {} };
    },
  },
};
