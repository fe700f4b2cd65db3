import { FlopgateError } from '../errors.js';
import type { ValueInfo } from './ir.js';
import { OpError } from '../core/errors.js';
import { checkShape, fmt } from '../core/tensor.js';
import { knob, type Knobs } from '../options.js';

export interface BoundInputs {
  shapes: number[][];
  /** The batch size the figures are for. */
  batch: number;
  /** What each named symbolic dimension (`dim_param`) was bound to. */
  symbols: Map<string, number>;
}

function dimName(d: string | null): string {
  return d === null ? 'unnamed' : `"${d}"`;
}

/** What the user said about the inputs: shapes by position, symbolic dimensions by name. */
export interface InputOptions {
  inputShapes?: number[][];
  dims?: Record<string, number>;
  batchSize?: number;
  knobs?: Knobs;
}

/**
 * Bind every dimension of the graph inputs. The first dimension is the batch: a symbolic one
 * takes `batchSize` (or its name's value in `dims`); a fixed one stays, and asking for another
 * batch size is refused, because a graph exported for a fixed batch bakes it into Reshape
 * targets and the like, so scaling its figures would not be exact. Other symbolic dimensions
 * come from `dims` by name (`seq`), else from `inputShapes` (shapes without the batch
 * dimension, one per input), which may also restate fixed ones.
 */
export function bindInputs(file: string, inputs: ValueInfo[], opts: InputOptions): BoundInputs {
  const { inputShapes, dims: named = {} } = opts;
  let batchSize = opts.batchSize;
  const fail = (msg: string): never => {
    throw new FlopgateError(`${file}: ${msg}`);
  };
  const flag = knob(opts, 'inputShape');
  if (inputShapes && inputShapes.length !== inputs.length) {
    fail(`${flag} gives ${inputShapes.length} shape(s), the model has ${inputs.length} input(s) (${inputs.map((v) => v.name).join(', ')})`);
  }
  // Every name a dimension carries, so a misspelt one in `dims` is an error, not ignored.
  const names = new Set<string>();
  for (const v of inputs) for (const d of v.kind === 'tensor' ? v.dims ?? [] : []) if (typeof d === 'string') names.add(d);
  for (const name of Object.keys(named)) {
    if (!names.has(name)) {
      fail(`no input dimension is named "${name}" (${names.size ? `the file names ${[...names].map((n) => `"${n}"`).join(', ')}` : 'the file names none'})`);
    }
  }
  // The batch dimension set by name (`--dim batch=8`) is the batch size, unless that is given too.
  const batchName = inputs.map((v) => (v.kind === 'tensor' ? v.dims?.[0] : undefined)).find((d): d is string => typeof d === 'string');
  if (batchName !== undefined && named[batchName] !== undefined) {
    if (batchSize !== undefined && batchSize !== named[batchName]) fail(`batch size ${batchSize} and "${batchName}" = ${named[batchName]} disagree`);
    batchSize = named[batchName];
  }
  if (batchSize !== undefined && (!Number.isSafeInteger(batchSize) || batchSize < 1)) fail(`batch size ${batchSize} must be a positive integer`);
  let fixedBatch: number | undefined;
  // With a symbolic batch on some input, fixed leading dims elsewhere (a shape tensor, a
  // constant mask) are not batches; without one, the file has fixed the batch.
  const symbolicBatch = inputs.some((v) => v.kind === 'tensor' && v.dims && v.dims.length > 0 && typeof v.dims[0] !== 'number');
  const symbols = new Map<string, number>();
  const bind = (d: string | null, v: number): number => {
    if (d !== null && !symbols.has(d)) symbols.set(d, v);
    return v;
  };
  const shapes = inputs.map((v, k) => {
    // Sequences, maps and optionals have no shape; ops that would read them are refused later.
    if (v.kind !== 'tensor') return [];
    const given = inputShapes?.[k];
    const dims = v.dims ?? (given ? [null, ...given] : fail(`input "${v.name}" has no shape in the file; give it with ${flag}`));
    if (given && given.length !== Math.max(dims.length - 1, 0)) {
      fail(`input "${v.name}" has rank ${dims.length} (batch + ${dims.length - 1}); ${flag} gives ${given.length} dimension(s) ${fmt(given)}`);
    }
    const shape = dims.map((d, i) => {
      if (i === 0) {
        if (typeof d === 'number') {
          if (!symbolicBatch && batchSize !== undefined && batchSize !== 1 && batchSize !== d) {
            fail(`input "${v.name}" fixes batch size ${d} in the file, so batch size ${batchSize} cannot be measured exactly; export the model with a dynamic batch dimension`);
          }
          fixedBatch ??= d;
          return d;
        }
        return bind(d, batchSize ?? 1);
      }
      const g = given?.[i - 1];
      if (typeof d === 'number') {
        if (g !== undefined && g !== d) fail(`input "${v.name}": ${flag} gives ${g} for dimension ${i}, the file fixes ${d}`);
        return d;
      }
      const byName = d === null ? undefined : named[d];
      if (byName !== undefined && g !== undefined && g !== byName) fail(`input "${v.name}": ${flag} gives ${g} for dimension ${i}, "${d}" is set to ${byName}`);
      const value = byName ?? g ?? (d !== null ? symbols.get(d) : undefined);
      if (value === undefined) {
        return fail(`input "${v.name}": dimension ${i} (${dimName(d)}) is symbolic; give it with ${d === null ? flag : `${knob(opts, 'dims').replace('NAME=N', `${d}=N`)} or ${flag}`}`);
      }
      return bind(d, value);
    });
    try {
      return checkShape(shape, 'input');
    } catch (e) {
      if (e instanceof OpError) fail(`input "${v.name}": ${e.message}`);
      throw e;
    }
  });
  return { shapes, batch: symbolicBatch ? batchSize ?? 1 : fixedBatch ?? batchSize ?? 1, symbols };
}
