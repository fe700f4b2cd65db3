import type { Convention } from './core/conventions.js';

export type UnknownPolicy = 'error' | 'warn';

/**
 * Who set the options, so a message names the knob that person can turn: `flags` for
 * `flopgate flops` (`--input-shape`), `budget` for a budget-file entry (`input_shape:`).
 */
export type Knobs = 'flags' | 'budget';

/** What the user may say about how a model is measured (CLI flags or a budget-file entry). */
export interface AnalyzeOptions {
  /** Shapes without the batch dimension, one per model input (`--input-shape 28,28`). */
  inputShapes?: number[][];
  /** Symbolic dimensions by name (`--dim seq=128`, `dims: {seq: 128}`). */
  dims?: Record<string, number>;
  batchSize?: number;
  convention?: Convention;
  unknown?: UnknownPolicy;
  /** Display name; defaults to the file's base name. */
  name?: string;
  /** How messages name the options (default `flags`). */
  knobs?: Knobs;
  /**
   * Where key `key` of inline layer `layer` stands in the budget file (`file:line:column`), so
   * a fault in an inline layer points at its own line; undefined where it is not known.
   */
  inlinePosition?: (layer: number, key?: string) => string | undefined;
}

export const DEFAULTS = { batchSize: 1, convention: 'notebook', unknown: 'error' } as const;

const KNOB_TEXT: Record<Knobs, Record<'inputShape' | 'unknownWarn' | 'dims', string>> = {
  flags: { inputShape: '--input-shape', unknownWarn: '--unknown warn', dims: '--dim NAME=N' },
  budget: { inputShape: 'input_shape in the budget file', unknownWarn: 'unknown: warn in the budget file', dims: 'dims in the budget file' },
};

/** The knob's name as the person who runs this can set it. */
export function knob(opts: { knobs?: Knobs } | undefined, which: 'inputShape' | 'unknownWarn' | 'dims'): string {
  return KNOB_TEXT[opts?.knobs ?? 'flags'][which];
}
