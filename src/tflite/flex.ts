import type { TfliteOperator } from './ir.js';
import type { TfliteRule } from './ops/types.js';

/** A Flex op (SELECT_TF_OPS): the TF op it carries, costed by that op's adapter. */
export function flexRule(op: TfliteOperator): TfliteRule | undefined {
  void op;
  return undefined;
}
