/**
 * What the Action's tests run on: budget files of the notebook's MLPs, a pull request's base
 * and head commits checked out shallow as actions/checkout does, and GitHub's own example
 * webhook payloads moved onto that repository.
 */
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { TempRepo } from './git-repo.js';
import { GitHubApiServer } from './github-api-server.js';

export const OWNER = 'octo-org';
export const REPO = 'models';
export const PR = 7;

/** What action.yml gives a runner: every input, defaults filled in (the token is a job's). */
export const ACTION_INPUTS: Readonly<Record<string, string>> = {
  'budget-file': '.github/flopgate.yml',
  'github-token': 'ghs_test_token',
  comment: 'always',
  compare: 'base',
  fit: 'auto',
  'fail-on': 'error',
  'working-directory': '.',
};

/** The notebook's MLP 784-h-h-10 as an inline entry; 784-100-100-10 is 179,050 FLOPs, 784-50-50-10 84,550. */
export const mlp = (name: string, hidden: number, budget: string, indent = '  ') =>
  [
    `${indent}- name: ${name}`,
    `${indent}  layers:`,
    `${indent}    - flatten: {input_shape: [28, 28]}`,
    `${indent}    - dense: {units: ${hidden}, activation: relu}`,
    `${indent}    - dense: {units: ${hidden}, activation: relu}`,
    `${indent}    - dense: {units: 10, activation: softmax}`,
    `${indent}  budget: ${budget}`,
  ].join('\n');

export const budgetFile = (...models: string[]) => ['version: 1', 'convention: notebook', 'models:', ...models, ''].join('\n');

export const BASE_BUDGET = budgetFile(mlp('mnist-mlp', 50, '{flops: 200k}'));
export const HEAD_BUDGET = budgetFile(mlp('mnist-mlp', 100, '{flops: 200k}'));
export const FAILING_BUDGET = budgetFile(mlp('mnist-mlp', 100, '{flops: 200k}'), mlp('too-big', 100, '{flops: 100k}'));

/** 1-based line of the first line holding `needle`. */
export const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

export interface Checkout {
  origin: TempRepo;
  workspace: TempRepo;
  base: string;
  head: string;
}

/**
 * A PR whose base commit holds `base` and head holds `head`, checked out shallow (the base
 * commit is missing until fetched). `cleanup` gets the removal of both repositories.
 */
export function checkout(base: Record<string, string>, head: Record<string, string | null>, cleanup: (() => void)[]): Checkout {
  const origin = TempRepo.init();
  const baseSha = origin.commit(base, 'base');
  const headSha = origin.commit(head, 'head');
  const workspace = TempRepo.shallowClone(origin);
  cleanup.push(
    () => origin.remove(),
    () => workspace.remove(),
  );
  return { origin, workspace, base: baseSha, head: headSha };
}

const require = createRequire(import.meta.url);
type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function example(event: string, action?: string): Payload {
  const defs = require('@octokit/webhooks-examples') as { name: string; examples: { action?: string }[] }[];
  const found = defs.find((d) => d.name === event)!.examples.find((e) => action === undefined || e.action === action)!;
  return structuredClone(found) as Payload;
}

function moveRepository(r: Payload): void {
  r.name = REPO;
  r.full_name = `${OWNER}/${REPO}`;
  r.owner.login = OWNER;
}

/** GitHub's `pull_request` `synchronize` example, on PR `number` from `base` to `head`. */
export function pullRequestPayload(shas: { base: string; head: string }, number = PR): Payload {
  const payload = example('pull_request', 'synchronize');
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.base.sha = shas.base;
  payload.pull_request.head.sha = shas.head;
  payload.before = shas.base;
  payload.after = shas.head;
  moveRepository(payload.repository);
  moveRepository(payload.pull_request.base.repo);
  moveRepository(payload.pull_request.head.repo);
  return payload;
}

/** GitHub's `push` example, pushing `head` onto `base`. */
export function pushPayload(shas: { base: string; head: string }): Payload {
  const payload = example('push');
  payload.before = shas.base;
  payload.after = shas.head;
  moveRepository(payload.repository);
  return payload;
}

/**
 * The local GitHub API of a test file, holding PR's issue: started before its tests, closed
 * after them, and after each test checked that every request was one GitHub would accept,
 * then reset.
 */
export function localGitHubApi(): { api: GitHubApiServer } {
  const holder = {} as { api: GitHubApiServer };
  beforeAll(async () => {
    holder.api = await GitHubApiServer.start({ owner: OWNER, repo: REPO, issues: [PR] });
  });
  afterAll(async () => {
    await holder.api?.close();
  });
  afterEach(() => {
    expect(holder.api.violations).toEqual([]);
    holder.api.reset();
  });
  return holder;
}
