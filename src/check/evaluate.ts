import type { Limits } from '../config/types.js';
import type { FitResult } from '../fit/types.js';
import { ratio } from '../report/format.js';
import type { BaseComparison, BudgetCheck, CountCheck, Status } from './types.js';

// Ratios come out of a division, limits out of "5%" / 100; both are floats. A change of
// exactly the allowed percentage must pass, so compare with a margin far below anything a
// FLOPs count can express.
const EPS = 1e-9;

/** The baseline as the report states it: deltas against the head's counts. */
export function measuredBase(ref: string, head: { flops: bigint; params: bigint }, base: { flops: bigint; params: bigint }): BaseComparison {
  const delta = head.flops - base.flops;
  return {
    status: 'measured',
    ref,
    flops: base.flops,
    params: base.params,
    delta,
    // A zero-FLOPs base has no meaningful ratio; flops_increase then stays unmeasured.
    ...(base.flops > 0n ? { ratio: ratio(delta, base.flops) } : delta === 0n ? { ratio: 0 } : {}),
  };
}

/**
 * Every limit the entry sets, in the budget file's order. Limits are ceilings except
 * `accuracy`, a floor. A limit that needs something absent (a base, a fit) is
 * `not-measured`: it neither passes nor fails, and the report says so.
 */
export function evaluate(
  head: { flops: bigint; params: bigint; weights_bytes?: bigint; activation_bytes?: bigint },
  limits: Limits,
  base?: BaseComparison,
  fit?: FitResult,
): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const ceiling = (budget: CountCheck['budget'], limit: bigint | undefined, actual: bigint, over: Status) => {
    if (limit !== undefined) checks.push({ budget, limit, actual, status: actual > limit ? over : 'pass' });
  };
  ceiling('flops', limits.flops, head.flops, 'fail');
  ceiling('flops_warn', limits.flops_warn, head.flops, 'warn');
  ceiling('params', limits.params, head.params, 'fail');
  ceiling('weights_bytes', limits.weights_bytes, head.weights_bytes ?? 0n, 'fail');
  ceiling('weights_bytes_warn', limits.weights_bytes_warn, head.weights_bytes ?? 0n, 'warn');
  ceiling('activation_bytes', limits.activation_bytes, head.activation_bytes ?? 0n, 'fail');
  ceiling('activation_bytes_warn', limits.activation_bytes_warn, head.activation_bytes ?? 0n, 'warn');
  if (limits.flops_increase !== undefined) {
    const ratio = base?.status === 'measured' ? base.ratio : undefined;
    checks.push(
      ratio === undefined
        ? { budget: 'flops_increase', limit: limits.flops_increase, actual: null, status: 'not-measured' }
        : { budget: 'flops_increase', limit: limits.flops_increase, actual: ratio, status: ratio > limits.flops_increase + EPS ? 'fail' : 'pass' },
    );
  }
  if (limits.accuracy !== undefined) {
    checks.push(
      fit?.status === 'ok'
        ? { budget: 'accuracy', limit: limits.accuracy, actual: fit.accuracy, status: fit.accuracy + EPS < limits.accuracy ? 'fail' : 'pass' }
        : { budget: 'accuracy', limit: limits.accuracy, actual: null, status: 'not-measured' },
    );
  }
  return checks;
}

/** The worst of the parts: fail over warn over pass; unmeasured limits do not count. */
export function worst(statuses: Iterable<Status | 'not-measured'>): Status {
  let out: Status = 'pass';
  for (const s of statuses) {
    if (s === 'fail') return 'fail';
    if (s === 'warn') out = 'warn';
  }
  return out;
}
