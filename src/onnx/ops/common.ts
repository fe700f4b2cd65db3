import type { NodeCtx, Result, Val } from './types.js';

export const free = (outputs: Val[]): Result => ({ outputs, ops: {} });

/**
 * An int list from input `i` (newer opsets) or attribute `attr` (older ones). `undefined`
 * when neither is given; when the input is given but only known at run time, `null`.
 */
export function intList(ctx: NodeCtx, i: number, attr: string, fromInput: boolean): number[] | undefined | null {
  if (fromInput) {
    if (!ctx.has(i)) return undefined;
    return ctx.value(i) ?? null;
  }
  return ctx.ints(attr);
}
