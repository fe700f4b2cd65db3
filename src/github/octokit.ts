import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

/** Rate-limit waits beyond this are not worth holding a CI job for; the comment is dropped instead. */
const MAX_RATE_LIMIT_WAIT_S = 120;
const MAX_RATE_LIMIT_RETRIES = 2;

/** What the client reads from the environment. */
export interface OctokitEnv {
  /** GitHub Enterprise Server's API, or a test's local server. */
  GITHUB_API_URL?: string;
  /**
   * Every retry delay is a count of this unit (1 s in production). Only the test suite sets
   * it, so that a scripted 502 or rate limit does not slow it down.
   */
  FLOPGATE_RETRY_BASE_MS?: string;
}

function retryBaseMs(env: OctokitEnv): number {
  const raw = Number(env.FLOPGATE_RETRY_BASE_MS);
  return Number.isFinite(raw) && raw >= 0 ? raw : 1000;
}

let clients = 0;

export function createOctokit(token: string, warn: (line: string) => void, env: OctokitEnv = process.env): Octokit {
  const base = retryBaseMs(env);
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
    const again = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    warn(`flopgate: GitHub ${kind} on ${options.method} ${options.url}; ${again ? `retrying after ${retryAfter}s` : 'giving up'}.`);
    return again;
  };
  return getOctokit(
    token,
    {
      // getOctokit's defaults read GITHUB_API_URL too; it is stated here so GHES and the tests agree.
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      retry: { retryAfterBaseValue: base },
      throttle: {
        // The write limiters are process-wide groups keyed by this id; a key per client keeps
        // one client's pacing (1 s between writes, 3 s between notifying ones) from another's.
        id: `flopgate-${++clients}`,
        retryAfterBaseValue: base,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}
