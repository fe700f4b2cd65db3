import type { Convention } from './core/conventions.js';

export type UnknownPolicy = 'error' | 'warn';

/** What the user may say about how a model is measured (CLI flags or a budget-file entry). */
export interface AnalyzeOptions {
  /** Shapes without the batch dimension, one per model input (`--input-shape 28,28`). */
  inputShapes?: number[][];
  batchSize?: number;
  convention?: Convention;
  unknown?: UnknownPolicy;
  /** Display name; defaults to the file's base name. */
  name?: string;
}

export const DEFAULTS = { batchSize: 1, convention: 'notebook', unknown: 'error' } as const;
