import { execFile } from 'node:child_process';

/**
 * Every git call flopgate makes, through one wrapper: execFile (no shell, so a ref or a path
 * is one argument and never code), bounded output and time, no prompt for credentials, `--`
 * before paths, and refs that begin with "-" refused before git could read them as options.
 * Refs and paths come from budget files, event payloads and flags: input from a pull request.
 * Failures are values with a one-line reason, never exceptions: a missing baseline must never
 * fail a check.
 */

/** Base model files larger than this are not pulled into memory (their weights dominate). */
export const MAX_BLOB_BYTES = 512 * 1024 * 1024;

/** What a short command (rev-parse, ls-tree of one path, cat-file -e) may print. */
const MAX_OUTPUT = 1024 * 1024;
const TIMEOUT_MS = 60_000;
/** A shallow fetch of one commit goes over the network. */
const FETCH_TIMEOUT_MS = 120_000;

interface GitOut {
  ok: boolean;
  stdout: Buffer;
  /** Why it failed, in one line ('' on success). */
  reason: string;
}

function git(cwd: string, args: string[], limits: { maxBuffer?: number; timeoutMs?: number } = {}): Promise<GitOut> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['--literal-pathspecs', '-c', 'core.quotePath=false', ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: limits.maxBuffer ?? MAX_OUTPUT,
        timeout: limits.timeoutMs ?? TIMEOUT_MS,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      },
      (err, stdout, stderr) =>
        resolve({ ok: !err, stdout: stdout ?? Buffer.alloc(0), reason: err ? reasonOf(stderr?.toString('utf8') ?? '', err) : '' }),
    );
  });
}

/**
 * git prints progress and hints around the line that matters: the `fatal:` or `error:` line
 * when there is one, else the last line, else what execFile says (not found, timed out, too
 * much output).
 */
function reasonOf(stderr: string, err: Error & { killed?: boolean; code?: unknown }): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const said = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines.at(-1);
  if (said) return said;
  if (err.code === 'ENOENT') return 'git is not installed';
  if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return 'git printed more than flopgate reads';
  if (err.killed) return 'git took too long';
  return err.message.split('\n')[0] ?? 'git failed';
}

/** A ref that begins with "-" would be read as an option by git; an empty one names nothing. */
function refusedRef(ref: string): string | undefined {
  return ref === '' || ref.startsWith('-') ? `"${ref}" is not a git ref` : undefined;
}

/** The repository's top directory, or undefined outside a git work tree (or without git). */
export async function gitTopLevel(cwd: string): Promise<string | undefined> {
  const r = await git(cwd, ['rev-parse', '--show-toplevel']);
  return r.ok ? r.stdout.toString('utf8').trim() || undefined : undefined;
}

export type Resolution = { ok: true; sha: string } | { ok: false; reason: string };

/** A ref or SHA to the commit it names. */
export async function resolveCommit(root: string, ref: string): Promise<Resolution> {
  const refused = refusedRef(ref);
  if (refused) return { ok: false, reason: refused };
  const r = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (r.ok) return { ok: true, sha: r.stdout.toString('utf8').trim() };
  return {
    ok: false,
    reason: `base ref "${ref}" is not a commit in this clone (a shallow checkout? use actions/checkout with fetch-depth: 0, or git fetch it)`,
  };
}

/** Whether the clone holds the commit (a shallow one may not). */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  if (refusedRef(sha)) return false;
  return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).ok;
}

/** Fetches one commit from `origin`, alone (depth 1): what a shallow checkout needs to compare against it. */
export async function fetchCommit(cwd: string, sha: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const refused = refusedRef(sha);
  if (refused) return { ok: false, reason: refused };
  const r = await git(cwd, ['fetch', '--no-tags', '--depth=1', '--', 'origin', sha], { timeoutMs: FETCH_TIMEOUT_MS });
  return r.ok ? { ok: true } : { ok: false, reason: r.reason || 'git fetch failed' };
}

export type BlobRead =
  | { kind: 'ok'; bytes: Uint8Array }
  | { kind: 'absent' }
  /** A directory at the commit (a SavedModel, a TF.js model): its files are read one by one. */
  | { kind: 'directory' }
  | { kind: 'unavailable'; reason: string };

/**
 * A file as it was at `commit`, as bytes. `relPath` is relative to `root` (which may be a
 * subdirectory of the repository, as the Action's working-directory allows).
 */
export async function readAtCommit(root: string, commit: string, relPath: string, maxBytes = MAX_BLOB_BYTES): Promise<BlobRead> {
  const refused = refusedRef(commit);
  if (refused) return { kind: 'unavailable', reason: refused };
  // ls-tree tells existence, kind and size in one call, before any bytes are read.
  const ls = await git(root, ['ls-tree', '-l', '-z', commit, '--', relPath]);
  if (!ls.ok) return { kind: 'unavailable', reason: `git ls-tree failed: ${ls.reason}` };
  const entry = ls.stdout
    .toString('utf8')
    .split('\0')
    .find((e) => e.length > 0);
  if (!entry) return { kind: 'absent' };
  const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(-|\d+)\t/.exec(entry);
  if (!m) return { kind: 'unavailable', reason: `unexpected git ls-tree output for ${relPath}` };
  const [, mode, type, oid, sizeText] = m;
  if (type === 'tree') return { kind: 'directory' };
  if (type !== 'blob') return { kind: 'unavailable', reason: `${relPath} is a ${type} (submodule?) at the base commit` };
  if (mode === '120000') return { kind: 'unavailable', reason: `${relPath} is a symbolic link at the base commit; flopgate does not follow links in history` };
  const size = Number(sizeText);
  if (size > maxBytes) {
    return { kind: 'unavailable', reason: `${relPath} is ${Math.round(size / 2 ** 20)} MiB at the base commit, more than the ${Math.round(maxBytes / 2 ** 20)} MiB flopgate reads from git history` };
  }
  // A blob this size takes a while to copy out; the output bound is the size ls-tree gave.
  const blob = await git(root, ['cat-file', 'blob', oid!], { maxBuffer: size + 1, timeoutMs: 5 * TIMEOUT_MS });
  if (!blob.ok) return { kind: 'unavailable', reason: `git cat-file failed: ${blob.reason}` };
  return { kind: 'ok', bytes: new Uint8Array(blob.stdout.buffer, blob.stdout.byteOffset, blob.stdout.byteLength) };
}

/** A checkout of the whole base commit takes longer than one command. */
const WORKTREE_TIMEOUT_MS = 10 * 60_000;

/** A detached worktree of `sha` in `dir` (an existing empty directory). */
export async function addWorktree(cwd: string, dir: string, sha: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  const refused = refusedRef(sha);
  if (refused) return { ok: false, reason: refused };
  const r = await git(cwd, ['worktree', 'add', '--detach', '--force', '--', dir, sha], { timeoutMs: WORKTREE_TIMEOUT_MS });
  return r.ok ? { ok: true } : { ok: false, reason: r.reason || 'git worktree add failed' };
}

/** Removes a worktree added by addWorktree, untracked build output and all; never fails. */
export async function removeWorktree(cwd: string, dir: string): Promise<void> {
  await git(cwd, ['worktree', 'remove', '--force', '--force', '--', dir], { timeoutMs: WORKTREE_TIMEOUT_MS });
}

/** Forgets worktrees whose directory is gone. */
export async function pruneWorktrees(cwd: string): Promise<void> {
  await git(cwd, ['worktree', 'prune']);
}

/**
 * The sizes git records for `relPaths` (relative to `root`) at `commit`; paths that are not
 * files there are left out. One ls-tree per thousand paths.
 */
export async function blobSizes(root: string, commit: string, relPaths: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (refusedRef(commit)) return out;
  for (let i = 0; i < relPaths.length; i += 1000) {
    const r = await git(root, ['ls-tree', '-l', '-z', commit, '--', ...relPaths.slice(i, i + 1000)], { maxBuffer: 64 * MAX_OUTPUT });
    if (!r.ok) continue;
    for (const entry of r.stdout.toString('utf8').split('\0')) {
      const m = /^\d+ blob [0-9a-f]+\s+(\d+)\t(.*)$/s.exec(entry);
      if (m) out.set(m[2]!, Number(m[1]));
    }
  }
  return out;
}
