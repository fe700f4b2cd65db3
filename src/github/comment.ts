import type { CheckReport } from '../check/types.js';
import type { CommentPolicy } from './inputs.js';
import type { Octokit } from './octokit.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentOutcome =
  | { action: 'created' | 'updated'; id: number; url: string }
  | { action: 'skipped'; reason: string }
  /** The token may not write here: a fork PR's read-only token, or missing permissions. */
  | { action: 'denied'; status: number; message: string }
  | { action: 'failed'; message: string };

/** A model new in the PR counts as a change: its cost did not exist before. */
export function flopsChanged(report: CheckReport): boolean {
  return report.models.some(
    (m) => m.base?.status === 'new' || (m.base?.status === 'measured' && m.base.flops !== undefined && m.base.flops !== m.flops),
  );
}

/**
 * Whether the policy wants a comment. An existing comment is always kept current, whatever the
 * policy, so it never shows a verdict that is no longer true.
 */
export function wantComment(policy: CommentPolicy, s: { exists: boolean; changed: boolean; failed: boolean }): boolean {
  switch (policy) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'on-change':
      return s.exists || s.changed;
    case 'on-failure':
      return s.exists || s.failed;
  }
}

interface FoundComment {
  id: number;
  html_url: string;
}

async function findComment(octokit: Octokit, t: CommentTarget, marker: string): Promise<FoundComment | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const hit = page.data.find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
    if (hit) return { id: hit.id, html_url: hit.html_url };
  }
  return undefined;
}

function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '').trim();
}

/**
 * Posts the report as the pull request's one flopgate comment for this budget file: found by
 * its marker and edited in place, else created. Never throws: a comment is a courtesy, the
 * verdict lives in the step result and the job summary.
 */
export async function publishComment(
  octokit: Octokit,
  target: CommentTarget,
  opts: { marker: string; body: string; policy: CommentPolicy; changed: boolean; failed: boolean },
): Promise<CommentOutcome> {
  if (opts.policy === 'never') return { action: 'skipped', reason: "comment: 'never'" };
  try {
    const existing = await findComment(octokit, target, opts.marker);
    if (!wantComment(opts.policy, { exists: !!existing, changed: opts.changed, failed: opts.failed })) {
      const why = opts.policy === 'on-change' ? 'no model changed its FLOPs' : 'no budget is exceeded';
      return { action: 'skipped', reason: `comment: '${opts.policy}' and ${why}` };
    }
    if (existing) {
      const res = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: opts.body,
      });
      return { action: 'updated', id: res.data.id, url: res.data.html_url };
    }
    const res = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: opts.body,
    });
    return { action: 'created', id: res.data.id, url: res.data.html_url };
  } catch (err) {
    const status = httpStatus(err);
    if (status === 403 || status === 404) return { action: 'denied', status, message: oneLine(err) };
    return { action: 'failed', message: status ? `HTTP ${status}: ${oneLine(err)}` : oneLine(err) };
  }
}
