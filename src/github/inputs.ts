import { FlopgateError } from '../errors.js';
import { parseShard, type Shard } from '../check/shard-plan.js';
import { validBranch } from './history.js';

export const COMMENT_POLICIES = ['always', 'on-change', 'on-failure', 'never'] as const;
export const COMPARE_MODES = ['base', 'none'] as const;
export const FIT_MODES = ['auto', 'true', 'false'] as const;
export const FAIL_ON = ['error', 'warning', 'never'] as const;

export type CommentPolicy = (typeof COMMENT_POLICIES)[number];
export type CompareMode = (typeof COMPARE_MODES)[number];
export type FitMode = (typeof FIT_MODES)[number];
export type FailOn = (typeof FAIL_ON)[number];

export interface ActionInputs {
  budgetFile: string;
  token: string;
  comment: CommentPolicy;
  compare: CompareMode;
  fit: FitMode;
  failOn: FailOn;
  workingDirectory: string;
  /** `I/N`: measure this shard of a matrix, write its report, post nothing. */
  shard?: Shard;
  /** A glob of shard reports to merge into the one comment and verdict. */
  merge?: string;
  /** The branch holding the history: written on the default branch, read for the trend on PRs. */
  history?: string;
}

/** Same contract as `core.getInput`: the trimmed value, '' when unset. */
export type GetInput = (name: string) => string;

function choice<T extends string>(get: GetInput, name: string, allowed: readonly T[], fallback: T): T {
  // A runner always passes the action.yml default, but a caller of the bundled file may not.
  const raw = get(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new FlopgateError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${get(name).trim()}'`);
}

export function readInputs(get: GetInput): ActionInputs {
  const budgetFile = get('budget-file').trim() || '.github/flopgate.yml';
  return {
    budgetFile,
    token: get('github-token').trim(),
    comment: choice(get, 'comment', COMMENT_POLICIES, 'always'),
    compare: choice(get, 'compare', COMPARE_MODES, 'base'),
    fit: choice(get, 'fit', FIT_MODES, 'auto'),
    failOn: choice(get, 'fail-on', FAIL_ON, 'error'),
    workingDirectory: get('working-directory').trim() || '.',
    ...matrix(get),
    ...historyBranch(get),
  };
}

function historyBranch(get: GetInput): Pick<ActionInputs, 'history'> {
  const branch = get('history').trim();
  if (!branch) return {};
  if (!validBranch(branch)) throw new FlopgateError(`Input 'history' must be a branch name, like flopgate-data; got '${branch}'`);
  return { history: branch };
}

/** `shard` and `merge` are the two ends of a matrix: one job does one or the other. */
function matrix(get: GetInput): Pick<ActionInputs, 'shard' | 'merge'> {
  const [shardText, merge] = [get('shard').trim(), get('merge').trim()];
  if (shardText && merge) throw new FlopgateError(`Inputs 'shard' and 'merge' cannot both be set: the matrix jobs measure (shard), one job after them merges (merge)`);
  if (merge) return { merge };
  if (!shardText) return {};
  const p = parseShard(shardText);
  if (!p.ok) throw new FlopgateError(`Input 'shard' must be I/N, like \${{ matrix.shard }}/5; ${p.reason}`);
  return { shard: p.shard };
}
