import type { Convention } from '../core/conventions.js';
import type { SourcePosition } from './position.js';
import type { FitConfig } from '../fit/types.js';
import type { UnknownPolicy } from '../options.js';

/** Budget limits after parsing ("200k" → 200000n, "5%" → 0.05): counts exact, ratios as floats. */
export interface Limits {
  flops?: bigint;
  flops_warn?: bigint;
  params?: bigint;
  flops_increase?: number;
  accuracy?: number;
  /** Weight storage in bytes, by dtype, from the file's metadata. */
  weights_bytes?: bigint;
  weights_bytes_warn?: bigint;
  /** Peak live activations in bytes at the entry's batch size. */
  activation_bytes?: bigint;
  activation_bytes_warn?: bigint;
}

export type LimitName = keyof Limits;

/** One `models:` entry, validated, with defaults applied and paths resolved. */
export interface ModelEntry {
  name: string;
  /** Position in `models:` (0-based), for messages like `models[2]`. */
  index: number;
  /** Relative to the repository root, with `/` separators (what `git show REF:./path` takes). */
  path?: string;
  /** Absolute path on disk; set with `path`. */
  absPath?: string;
  /** The inline `layers:` list as YAML gave it; analyze.ts turns it into a model. */
  layers?: unknown;
  inputShapes?: number[][];
  /** Symbolic dimensions by name (`dims: {seq: 128}`). */
  dims?: Record<string, number>;
  batchSize: number;
  convention: Convention;
  unknown: UnknownPolicy;
  budget: Limits;
  fit?: FitConfig;
  /** The entry itself (the `- name:` line). */
  source: SourcePosition;
  /** Where each piece sits, so a fault or an exceeded limit can point at its own line. */
  positions: {
    name: SourcePosition;
    path?: SourcePosition;
    layers?: SourcePosition;
    /** Where key `key` of inline layer `layer` stands (the layer's type key without `key`). */
    inline?: (layer: number, key?: string) => SourcePosition;
    limits: Partial<Record<LimitName, SourcePosition>>;
  };
}

export interface BudgetConfig {
  /** The budget file relative to the repository root, `/` separators (what messages print). */
  file: string;
  absFile: string;
  root: string;
  version: 1;
  convention: Convention;
  unknown: UnknownPolicy;
  models: ModelEntry[];
}
