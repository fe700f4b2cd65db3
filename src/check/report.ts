import type { Convention } from '../core/conventions.js';
import { worst } from './evaluate.js';
import type { CheckReport, ModelCheckResult, ShardInfo } from './types.js';

/**
 * A check report from its models, the verdict theirs. The one place its keys are put in
 * order: a check and the merge of its shards write the same JSON text.
 */
export function checkReport(p: { convention: Convention; budget_file: string; head?: string; base?: string; models: ModelCheckResult[]; shard?: ShardInfo }): CheckReport {
  const status = worst(p.models.map((m) => m.status));
  return {
    version: 1,
    convention: p.convention,
    passed: status !== 'fail',
    status,
    budget_file: p.budget_file,
    ...(p.head !== undefined ? { head: p.head } : {}),
    ...(p.base !== undefined ? { base: p.base } : {}),
    models: p.models,
    ...(p.shard ? { shard: p.shard } : {}),
  };
}
