import { fetchCommit, hasCommit } from '../../git.js';

export interface BaseOptions {
  eventName: string;
  /** The webhook payload, read defensively: nothing in it is trusted to have a shape. */
  payload: unknown;
  /** Any directory inside the checkout. */
  cwd: string;
  info: (line: string) => void;
  warn: (line: string) => void;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * The commit to compare against, present in the local repository, or undefined when there is
 * none. A checkout made with the default fetch-depth of 1 lacks the base commit, so it is fetched
 * alone; any failure only skips the comparison, because a missing baseline never fails the check.
 */
export async function resolveBase(opts: BaseOptions): Promise<string | undefined> {
  if (!PR_EVENTS.has(opts.eventName)) {
    opts.info(`flopgate: '${opts.eventName || 'unknown'}' is not a pull request event; no base comparison.`);
    return undefined;
  }
  const sha = (opts.payload as { pull_request?: { base?: { sha?: unknown } } } | null)?.pull_request?.base?.sha;
  if (typeof sha !== 'string' || !SHA.test(sha)) {
    opts.warn('flopgate: the event payload has no pull_request.base.sha; the comparison against base is skipped.');
    return undefined;
  }
  if (await hasCommit(opts.cwd, sha)) return sha;

  opts.info(`flopgate: base commit ${sha} is not in the checkout (shallow clone); fetching it.`);
  const fetched = await fetchCommit(opts.cwd, sha);
  if (fetched.ok && (await hasCommit(opts.cwd, sha))) return sha;
  opts.warn(
    `flopgate: could not fetch the base commit ${sha} (${fetched.ok ? 'it is still missing after the fetch' : fetched.reason}); ` +
      'the comparison against base is skipped. Use actions/checkout with fetch-depth: 0 to avoid the fetch.',
  );
  return undefined;
}
