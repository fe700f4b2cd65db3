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
 * What to compare against: a commit present in the local repository (`sha`), nothing on an
 * event that has no base, or a comparison that was wanted and cannot be made (`skipped`, with
 * a sentence saying why, which the reports then show). A checkout made with the default
 * fetch-depth of 1 lacks the base commit, so it is fetched alone; a failure only skips the
 * comparison, because a missing baseline never fails the check.
 */
export type BaseResolution = { sha: string } | { skipped: string } | undefined;

export async function resolveBase(opts: BaseOptions): Promise<BaseResolution> {
  if (!PR_EVENTS.has(opts.eventName)) {
    opts.info(`flopgate: '${opts.eventName || 'unknown'}' is not a pull request event; no base comparison.`);
    return undefined;
  }
  const sha = (opts.payload as { pull_request?: { base?: { sha?: unknown } } } | null)?.pull_request?.base?.sha;
  if (typeof sha !== 'string' || !SHA.test(sha)) {
    const why = 'the event payload has no pull_request.base.sha';
    opts.warn(`flopgate: ${why}; the comparison against base is skipped.`);
    return { skipped: `comparison against base skipped: ${why}` };
  }
  if (await hasCommit(opts.cwd, sha)) return { sha };

  opts.info(`flopgate: base commit ${sha} is not in the checkout (shallow clone); fetching it.`);
  const fetched = await fetchCommit(opts.cwd, sha);
  if (fetched.ok && (await hasCommit(opts.cwd, sha))) return { sha };
  const why = `could not fetch the base commit ${sha.slice(0, 7)}: ${fetched.ok ? 'it is still missing after the fetch' : fetchFailure(fetched.reason)}`;
  opts.warn(`flopgate: ${why}; the comparison against base is skipped. Use actions/checkout with fetch-depth: 0 to avoid the fetch.`);
  return { skipped: `comparison against base skipped: ${why}` };
}

/**
 * git's own words are a line torn from its output ("fatal: remote error: upload-pack: not our
 * ref ..."): said as a sentence, with git's line kept after it for the record.
 */
export function fetchFailure(reason: string): string {
  const line = reason.replace(/^(fatal|error):\s*/i, '').trim();
  const known: [RegExp, string][] = [
    [/not our ref|couldn't find remote ref|no such remote ref|unadvertised object/i, 'the remote does not have that commit (was the base branch force-pushed?)'],
    [/could not resolve host|unable to access|connection (refused|timed out)|network is unreachable/i, 'the remote could not be reached'],
    [/does not appear to be a git repository|no such remote/i, 'the checkout has no remote named origin'],
    [/authentication failed|could not read username|permission denied|403/i, 'the remote refused access'],
    [/took too long/i, 'git fetch took too long'],
  ];
  const said = known.find(([re]) => re.test(line))?.[1];
  return said ? `${said} (git: ${line})` : `git fetch failed (git: ${line || 'no message'})`;
}
