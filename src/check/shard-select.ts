import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ShardInfo } from './types.js';
import type { BudgetConfig, ModelEntry } from '../config/types.js';
import { blobSizes } from '../git.js';
import { assignShards, modelWeight, type Shard } from './shard-plan.js';

/**
 * The models of `cfg` that shard `shard` measures, and what its report says of the split.
 * File sizes are git's at `head` (every shard checks out the same commit); a file git does
 * not know (a built model, a clone without history) weighs as empty.
 */
export async function selectShard(cfg: BudgetConfig, shard: Shard, head: string | undefined): Promise<{ models: ModelEntry[]; info: ShardInfo }> {
  const paths = cfg.models.flatMap((m) => (m.path !== undefined ? [m.path] : []));
  const sizes = head !== undefined ? await blobSizes(cfg.root, head, [...new Set(paths)]) : new Map<string, number>();
  const plan = assignShards(
    cfg.models.map((m) => ({ name: m.name, weight: modelWeight(m, m.path !== undefined ? (sizes.get(m.path) ?? 0) : 0) })),
    shard.total,
  );
  const mine = cfg.models.filter((_, i) => plan[i] === shard.index - 1);
  const text = await readFile(cfg.absFile);
  return {
    models: mine,
    info: {
      index: shard.index,
      total: shard.total,
      models: mine.map((m) => m.index),
      model_count: cfg.models.length,
      budget_sha256: createHash('sha256').update(text).digest('hex'),
    },
  };
}
