import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Convention } from '../core/conventions.js';
import { decodeUtf8 } from '../containers/json.js';
import { FlopgateError } from '../errors.js';
import { readRegularFile } from '../io/byte-source.js';
import { LIMITS } from '../limits.js';
import type { FitConfig } from '../fit/types.js';
import type { UnknownPolicy } from '../options.js';
import { ConfigError, type ConfigFault } from './errors.js';
import { parseDuration } from './duration.js';
import { parseAccuracy, parseBytes, parseCount, parseIncrease, type Parsed } from './limits.js';
import { resolveInRepo } from './paths.js';
import type { BudgetConfig, LimitName, Limits, ModelEntry } from './types.js';
import { schemaFaults, where } from './validate.js';
import { parseYaml, type LocatedYaml } from './yaml.js';

/** `build_timeout` when the budget file gives none. */
export const DEFAULT_BUILD_TIMEOUT_MS = 10 * 60_000;

export const FIT_DEFAULTS: FitConfig = {
  dataset: 'mnist',
  epochs: 1,
  batch_size: 32,
  train_samples: 8000,
  validation_samples: 2000,
  seed: 1,
  optimizer: 'adam',
  loss: 'categorical_crossentropy',
  backend: 'auto',
};

const LIMIT_PARSERS: { [K in LimitName]-?: (v: unknown) => Parsed<NonNullable<Limits[K]>> } = {
  flops: parseCount,
  flops_warn: parseCount,
  params: parseCount,
  flops_increase: parseIncrease,
  accuracy: parseAccuracy,
  weights_bytes: parseBytes,
  weights_bytes_warn: parseBytes,
  activation_bytes: parseBytes,
  activation_bytes_warn: parseBytes,
};

/** Warning thresholds and the failing limit they must stay below. */
const WARN_PAIRS = [
  ['flops_warn', 'flops'],
  ['weights_bytes_warn', 'weights_bytes'],
  ['activation_bytes_warn', 'activation_bytes'],
] as const;

/** How a missing budget file is to be named: the CLI's flag, or the Action's input. */
export type BudgetHint = 'cli' | 'action';

/** Path of the budget file as messages print it: relative to the root when inside it. */
export function displayPath(root: string, absFile: string): string {
  const rel = relative(resolve(root), absFile);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return absFile;
  return rel.split(sep).join('/');
}

/** Read, parse, validate and resolve a budget file; every fault at once, as a ConfigError. */
export async function loadBudget(budgetFile: string, root: string, hint: BudgetHint = 'cli'): Promise<BudgetConfig> {
  const absFile = resolve(root, budgetFile);
  const file = displayPath(root, absFile);
  // The file comes from the checkout: inside the repository it must not be a link out of it
  // (a PR could otherwise make the check echo a runner file into its messages).
  if (!isAbsolute(file)) {
    const r = resolveInRepo(root, file);
    if (!r.ok && /symbolic link/.test(r.reason)) throw new FlopgateError(`${file}: the budget file leads outside the repository through a symbolic link`);
  }
  // Opened without waiting and read only if it is a regular file within the limit: a FIFO
  // would block forever, /dev/zero or /dev/urandom never end.
  const how = hint === 'action' ? 'set the budget-file input to its path, relative to working-directory' : 'pass --budget PATH';
  const bytes = readRegularFile(absFile, file, { max: LIMITS.budgetBytes, noun: 'a budget file', missing: `no such budget file (create it, or ${how})` });
  const text = decodeUtf8(bytes, file);
  return parseBudget(text, file, absFile, root);
}

/** The same from text already in hand (the budget file at the base commit, tests). */
export async function parseBudget(text: string, file: string, absFile: string, root: string): Promise<BudgetConfig> {
  const y = parseYaml(text, file);
  if (y.data === null || y.data === undefined) {
    throw new ConfigError([{ file, line: 1, column: 1, message: 'the file is empty: expected `version: 1` and a `models:` list' }]);
  }
  const models = (y.data as { models?: unknown }).models;
  if (Array.isArray(models) && models.length > LIMITS.budgetModels) {
    // Refused before any model is validated or resolved: the limit, not thousands of faults.
    throw new ConfigError([{ ...y.at(['models']), message: `models: ${models.length} models; a budget file lists at most ${LIMITS.budgetModels}` }]);
  }
  const faults: ConfigFault[] = [];
  const semantic = await semanticFaults(y, root, faults);
  // Our own reading of a value says more than the schema's ("unknown suffix" rather than
  // "must match a schema in anyOf"), so where both speak about one spot ours wins.
  const ours = new Set(faults.map((f) => `${f.line}:${f.column}`));
  for (const f of schemaFaults(y)) if (!ours.has(`${f.line}:${f.column}`)) faults.push(f);
  if (faults.length > 0 || !semantic) throw new ConfigError(faults.length ? faults : [{ file, line: 1, column: 1, message: 'not a budget file' }]);
  return { ...semantic, file, absFile, root: resolve(root) };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a schema cannot say: limits that parse, distinct names, paths inside the repository,
 * a warning threshold below the failing one. Builds the entries when the shape allows it;
 * undefined means the schema faults describe what is wrong.
 */
async function semanticFaults(
  y: LocatedYaml,
  root: string,
  faults: ConfigFault[],
): Promise<Omit<BudgetConfig, 'file' | 'absFile' | 'root'> | undefined> {
  const data = y.data;
  if (!isObj(data) || !Array.isArray(data.models)) return undefined;
  const fault = (path: (string | number)[], message: string) => faults.push({ ...y.at(path), message: `${where(path)}: ${message}` });
  const convention = (typeof data.convention === 'string' ? data.convention : 'notebook') as Convention;
  const unknown = (typeof data.unknown === 'string' ? data.unknown : 'error') as UnknownPolicy;
  const models: ModelEntry[] = [];
  const names = new Map<string, number>();
  let complete = true;
  const buildOf = (path: (string | number)[], v: unknown) => (typeof v === 'string' && v.trim() !== '' ? { command: v, position: y.at(path) } : undefined);
  const build = buildOf(['build'], data.build);
  let buildTimeoutMs = DEFAULT_BUILD_TIMEOUT_MS;
  if ('build_timeout' in data) {
    const p = parseDuration(data.build_timeout);
    if (p.ok) buildTimeoutMs = p.value;
    else fault(['build_timeout'], p.reason);
  }

  for (const [index, m] of data.models.entries()) {
    const base = ['models', index];
    if (!isObj(m) || typeof m.name !== 'string') {
      complete = false;
      continue;
    }
    const first = names.get(m.name);
    if (first !== undefined) {
      fault([...base, 'name'], `duplicate model name "${m.name}" (first used at line ${y.at(['models', first, 'name']).line}); names must be unique`);
    } else {
      names.set(m.name, index);
    }

    let path: string | undefined;
    let absPath: string | undefined;
    if (typeof m.path === 'string' && m.path !== '') {
      const r = resolveInRepo(root, m.path);
      if (r.ok) [path, absPath] = [r.rel, r.abs];
      else fault([...base, 'path'], r.reason);
    }

    const budget: Limits = {};
    const limitPositions: ModelEntry['positions']['limits'] = {};
    if (isObj(m.budget)) {
      for (const [k, parse] of Object.entries(LIMIT_PARSERS) as [LimitName, (v: unknown) => Parsed<bigint | number>][]) {
        if (!(k in m.budget)) continue;
        const p = parse(m.budget[k]);
        if (p.ok) (budget as Record<LimitName, bigint | number>)[k] = p.value;
        else fault([...base, 'budget', k], p.reason);
        limitPositions[k] = y.at([...base, 'budget', k]);
      }
      for (const [warn, fail] of WARN_PAIRS) {
        const [w, f] = [budget[warn], budget[fail]];
        if (w !== undefined && f !== undefined && w > f) {
          fault([...base, 'budget', warn], `${w} is above ${fail} (${f}): the warning could never come before the failure`);
        }
      }
      // An accuracy is measured by the entry's fit; without one the limit could never be checked.
      if ('accuracy' in m.budget && !isObj(m.fit)) {
        fault([...base, 'budget', 'accuracy'], 'an accuracy budget needs a `fit:` block in this entry (the fit measures the accuracy)');
      }
    }

    let fit: FitConfig | undefined;
    if (isObj(m.fit)) {
      fit = { ...FIT_DEFAULTS, ...(m.fit as Partial<FitConfig>) };
      if (typeof m.fit.path === 'string') {
        const r = resolveInRepo(root, m.fit.path);
        if (r.ok) fit.path = r.abs;
        else fault([...base, 'fit', 'path'], r.reason);
      }
      if (fit.dataset === 'idx' && fit.path === undefined && !('path' in m.fit)) {
        fault([...base, 'fit', 'dataset'], 'dataset `idx` needs `path`: the directory holding the IDX files');
      }
    }

    const modelBuild = buildOf([...base, 'build'], m.build);
    models.push({
      name: m.name,
      index,
      ...(path !== undefined ? { path, absPath } : {}),
      ...('layers' in m ? { layers: m.layers } : {}),
      ...(Array.isArray(m.input_shape) ? { inputShapes: normaliseShapes(m.input_shape) } : {}),
      ...(isObj(m.dims) ? { dims: m.dims as Record<string, number> } : {}),
      batchSize: typeof m.batch_size === 'number' ? m.batch_size : 1,
      convention: (typeof m.convention === 'string' ? m.convention : convention) as Convention,
      unknown: (typeof m.unknown === 'string' ? m.unknown : unknown) as UnknownPolicy,
      budget,
      ...(fit ? { fit } : {}),
      ...(modelBuild ? { build: modelBuild } : {}),
      source: y.at(base),
      positions: {
        name: y.at([...base, 'name']),
        ...('path' in m ? { path: y.at([...base, 'path']) } : {}),
        ...('layers' in m ? { layers: y.at([...base, 'layers']), inline: inlinePositions(y, [...base, 'layers'], m.layers) } : {}),
        limits: limitPositions,
      },
    });
  }
  if (!complete) return undefined;
  return { version: 1, convention, unknown, ...(build ? { build } : {}), buildTimeoutMs, models };
}

/** Where the keys of inline layers stand: `- dense: {units: 10}` is layer i, type key `dense`. */
function inlinePositions(y: LocatedYaml, at: (string | number)[], layers: unknown): NonNullable<ModelEntry['positions']['inline']> {
  return (i, key) => {
    const item = Array.isArray(layers) ? layers[i] : undefined;
    const type = isObj(item) ? Object.keys(item)[0] : undefined;
    if (type === undefined) return y.at([...at, i]);
    return key === undefined ? y.at([...at, i, type], { key: true }) : y.at([...at, i, type, key], { key: true });
  };
}

/** `[28, 28]` is one input; `[[28, 28], [10]]` is one shape per input. */
function normaliseShapes(v: unknown[]): number[][] {
  return v.every((d) => Array.isArray(d)) ? (v as number[][]) : [v as number[]];
}
