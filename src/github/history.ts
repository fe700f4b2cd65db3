import type { CheckReport } from '../check/types.js';
import { appended } from '../history/append.js';
import { historyEntry, historyLine, parseHistory } from '../history/record.js';
import { TREND_POINTS, trendMarkdown } from '../history/trend.js';
import type { Octokit } from './octokit.js';

/**
 * The `history` input: a branch of the repository holding one JSON Lines file per budget
 * file. Runs on the default branch add their line through the API (one commit per run,
 * re-read and retried when another run committed in between); pull requests only read it,
 * for the trend in their comment. Nothing here fails the step: history is a courtesy, the
 * verdict never depends on it.
 */

export interface HistoryTarget {
  owner: string;
  repo: string;
  branch: string;
  /** The file on the branch. */
  path: string;
}

/** Commits tried before giving up on a branch other runs keep moving. */
export const MAX_ATTEMPTS = 5;

/** The file of one budget file on the branch: its path in the workspace, made one flat name. */
export function historyPath(budgetFile: string): string {
  return `flopgate-${budgetFile.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '') || 'budget'}.jsonl`;
}

/** A branch name the input may give: what git accepts, without surprises. */
export function validBranch(name: string): boolean {
  return /^[A-Za-z0-9._/-]+$/.test(name) && !name.startsWith('-') && !name.startsWith('/') && !name.endsWith('/') && !name.includes('..') && !name.endsWith('.lock') && !name.includes('//');
}

function status(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]!.replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '').trim();
}

type Read = { kind: 'ok'; text: string; sha: string } | { kind: 'absent' } | { kind: 'failed'; message: string };

/** The file's text and blob sha on the branch; `absent` when the branch or the file is not there. */
export async function readHistoryFile(octokit: Octokit, t: HistoryTarget): Promise<Read> {
  try {
    const res = await octokit.rest.repos.getContent({ owner: t.owner, repo: t.repo, path: t.path, ref: t.branch });
    const data = res.data as { type?: string; content?: string; encoding?: string; sha?: string };
    if (Array.isArray(res.data) || data.type !== 'file' || typeof data.sha !== 'string') return { kind: 'failed', message: `${t.path} on ${t.branch} is not a file` };
    // Past 1 MB the contents API leaves the content out; the blob API gives it (up to 100 MB).
    let b64 = data.encoding === 'base64' ? (data.content ?? '') : undefined;
    if (b64 === undefined || (b64 === '' && data.sha)) {
      const blob = await octokit.rest.git.getBlob({ owner: t.owner, repo: t.repo, file_sha: data.sha });
      b64 = blob.data.content;
    }
    return { kind: 'ok', text: Buffer.from(b64, 'base64').toString('utf8'), sha: data.sha };
  } catch (err) {
    if (status(err) === 404) return { kind: 'absent' };
    return { kind: 'failed', message: status(err) ? `HTTP ${status(err)}: ${oneLine(err)}` : oneLine(err) };
  }
}

export type RecordOutcome =
  | { action: 'committed'; attempts: number; created: boolean }
  | { action: 'skipped'; reason: string }
  | { action: 'failed'; message: string };

/**
 * Adds this run's line to the file on the branch: read, append, write with the sha read (the
 * write is refused when another run got there first, and is then redone on what it wrote).
 * A branch that does not exist yet is created with the file as its only commit. A commit
 * already recorded (a re-run of the same workflow) is not recorded twice.
 */
export async function recordHistory(octokit: Octokit, t: HistoryTarget, report: CheckReport, now: Date): Promise<RecordOutcome> {
  const entry = historyEntry(report, now);
  const line = historyLine(entry);
  const message = `flopgate: ${entry.commit.slice(0, 7)}, ${Object.keys(entry.models).length} model(s)`;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const read = await readHistoryFile(octokit, t);
    if (read.kind === 'failed') return { action: 'failed', message: read.message };
    if (read.kind === 'ok' && parseHistory(read.text).entries.some((e) => e.commit === entry.commit)) {
      return { action: 'skipped', reason: `commit ${entry.commit.slice(0, 7)} is already recorded` };
    }
    const text = appended(read.kind === 'ok' ? read.text : '', line);
    try {
      await octokit.rest.repos.createOrUpdateFileContents({
        owner: t.owner,
        repo: t.repo,
        path: t.path,
        branch: t.branch,
        message,
        content: Buffer.from(text).toString('base64'),
        ...(read.kind === 'ok' ? { sha: read.sha } : {}),
        // A 409 is a stale sha, which only a fresh read mends: no blind retry by plugin-retry.
        request: { retries: 0 },
      });
      return { action: 'committed', attempts: attempt, created: false };
    } catch (err) {
      const s = status(err);
      // The branch itself is missing: create it holding the file.
      if (s === 404 && read.kind === 'absent') {
        const created = await createBranch(octokit, t, text, message);
        if (created === 'ok') return { action: 'committed', attempts: attempt, created: true };
        if (created === 'exists') continue;
        return { action: 'failed', message: created.message };
      }
      // 409: the file moved on since it was read; 422: it appeared, or a sha went stale.
      if (s === 409 || s === 422) continue;
      return { action: 'failed', message: s ? `HTTP ${s}: ${oneLine(err)}` : oneLine(err) };
    }
  }
  return { action: 'failed', message: `the branch kept changing; gave up after ${MAX_ATTEMPTS} attempts` };
}

/** A branch with one parentless commit holding the file (a data branch shares no history with the code). */
async function createBranch(octokit: Octokit, t: HistoryTarget, text: string, message: string): Promise<'ok' | 'exists' | { message: string }> {
  try {
    const tree = await octokit.rest.git.createTree({ owner: t.owner, repo: t.repo, tree: [{ path: t.path, mode: '100644', type: 'blob', content: text }] });
    const commit = await octokit.rest.git.createCommit({ owner: t.owner, repo: t.repo, message, tree: tree.data.sha, parents: [] });
    await octokit.rest.git.createRef({ owner: t.owner, repo: t.repo, ref: `refs/heads/${t.branch}`, sha: commit.data.sha });
    return 'ok';
  } catch (err) {
    // Another run created it first: write onto it.
    if (status(err) === 422 && /already exists/i.test(oneLine(err))) return 'exists';
    return { message: status(err) ? `HTTP ${status(err)}: ${oneLine(err)}` : oneLine(err) };
  }
}

/** The trend section for a pull request's comment, or why there is none. */
export async function trendFor(octokit: Octokit, t: HistoryTarget, report: CheckReport, baseBranch: string): Promise<{ trend?: string; note: string }> {
  const read = await readHistoryFile(octokit, t);
  if (read.kind === 'failed') return { note: `could not read the history (${read.message})` };
  if (read.kind === 'absent') return { note: `no history yet: ${t.path} is not on branch ${t.branch} (the default branch's runs write it)` };
  const { entries, skipped } = parseHistory(read.text, TREND_POINTS);
  const trend = trendMarkdown(entries, report, baseBranch);
  const bad = skipped ? `; ${skipped} line(s) that are not entries skipped` : '';
  return trend ? { trend, note: `trend from ${entries.length} recorded run(s)${bad}` } : { note: `no model's FLOPs moved over the ${entries.length} recorded run(s)${bad}` };
}
