import type { SourcePosition } from '../config/position.js';
import type { Convention } from '../core/conventions.js';
import type { FitResult } from '../fit/types.js';
import type { ModelFormat, ModelReport } from '../report/types.js';
import type { LayerChange } from './layer-diff.js';

export type { LayerChange };

export type Status = 'pass' | 'warn' | 'fail';

/** A ceiling on a count: compared exactly. */
export interface CountCheck {
  budget: 'flops' | 'flops_warn' | 'params' | 'weights_bytes' | 'weights_bytes_warn' | 'activation_bytes' | 'activation_bytes_warn';
  limit: bigint;
  actual: bigint;
  status: Status;
}

/** A limit on a fraction (an increase against the base, an accuracy). */
export interface RatioCheck {
  budget: 'flops_increase' | 'accuracy';
  limit: number;
  /** null when not measured (no base, no fit). */
  actual: number | null;
  status: Status | 'not-measured';
}

export type BudgetCheck = CountCheck | RatioCheck;

export interface BaseComparison {
  /** `new`: the model file does not exist at the base commit. */
  status: 'measured' | 'new' | 'unavailable';
  ref?: string;
  flops?: bigint;
  params?: bigint;
  delta?: bigint;
  /** delta / base flops, as a fraction. */
  ratio?: number;
  /** The base file's format, when it differs from the head's (a model converted in the PR). */
  format?: ModelFormat;
  reason?: string;
}

export interface ModelCheckResult extends ModelReport {
  source: SourcePosition;
  base?: BaseComparison;
  /** Layers added, removed or changed against the base, biggest change first (when the base was measured). */
  layers_diff?: LayerChange[];
  fit?: FitResult;
  checks: BudgetCheck[];
  status: Status;
  /** Why the model could not be measured (missing file, LFS pointer, unknown layer, corrupt file). */
  error?: string;
}

export interface CheckReport {
  version: 1;
  convention: Convention;
  passed: boolean;
  status: Status;
  budget_file: string;
  head?: string;
  base?: string;
  models: ModelCheckResult[];
}
