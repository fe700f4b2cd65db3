import { execFile } from 'node:child_process';

/**
 * The few git reads the check needs, through execFile (no shell; refs and paths are
 * arguments, never code). Every failure is a value with a reason: a missing baseline must
 * never fail the check.
 */

/** Base model files larger than this are not pulled into memory (their weights dominate). */
export const MAX_BLOB_BYTES = 512 * 1024 * 1024;

interface GitOut {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function git(cwd: string, args: string[], maxBuffer = 16 * 1024 * 1024): Promise<GitOut> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['--literal-pathspecs', '-c', 'core.quotePath=false', ...args],
      { cwd, encoding: 'buffer', maxBuffer, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } },
      (err, stdout, stderr) => resolve({ ok: !err, stdout: stdout ?? Buffer.alloc(0), stderr: firstLine(stderr?.toString('utf8') ?? (err?.message || '')) }),
    );
  });
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0] ?? '';
}

/** The repository's top directory, or undefined outside a git work tree (or without git). */
export async function gitTopLevel(cwd: string): Promise<string | undefined> {
  const r = await git(cwd, ['rev-parse', '--show-toplevel']);
  return r.ok ? r.stdout.toString('utf8').trim() || undefined : undefined;
}

export type Resolution = { ok: true; sha: string } | { ok: false; reason: string };

/** A ref or SHA to the commit it names. */
export async function resolveCommit(root: string, ref: string): Promise<Resolution> {
  // A ref that begins with "-" would be read as an option by git.
  if (ref === '' || ref.startsWith('-')) return { ok: false, reason: `"${ref}" is not a git ref` };
  const r = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (r.ok) return { ok: true, sha: r.stdout.toString('utf8').trim() };
  return {
    ok: false,
    reason: `base ref "${ref}" is not a commit in this clone (a shallow checkout? use actions/checkout with fetch-depth: 0, or git fetch it)`,
  };
}

export type BlobRead =
  | { kind: 'ok'; bytes: Uint8Array }
  | { kind: 'absent' }
  | { kind: 'unavailable'; reason: string };

/**
 * A file as it was at `commit`, as bytes. `relPath` is relative to `root` (which may be a
 * subdirectory of the repository, as the Action's working-directory allows).
 */
export async function readAtCommit(root: string, commit: string, relPath: string, maxBytes = MAX_BLOB_BYTES): Promise<BlobRead> {
  // ls-tree tells existence, kind and size in one call, before any bytes are read.
  const ls = await git(root, ['ls-tree', '-l', '-z', commit, '--', relPath]);
  if (!ls.ok) return { kind: 'unavailable', reason: `git ls-tree failed: ${ls.stderr}` };
  const entry = ls.stdout
    .toString('utf8')
    .split('\0')
    .find((e) => e.length > 0);
  if (!entry) return { kind: 'absent' };
  const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(-|\d+)\t/.exec(entry);
  if (!m) return { kind: 'unavailable', reason: `unexpected git ls-tree output for ${relPath}` };
  const [, mode, type, oid, sizeText] = m;
  if (type === 'tree') return { kind: 'unavailable', reason: `${relPath} is a directory at the base commit` };
  if (type !== 'blob') return { kind: 'unavailable', reason: `${relPath} is a ${type} (submodule?) at the base commit` };
  if (mode === '120000') return { kind: 'unavailable', reason: `${relPath} is a symbolic link at the base commit; flopgate does not follow links in history` };
  const size = Number(sizeText);
  if (size > maxBytes) {
    return { kind: 'unavailable', reason: `${relPath} is ${Math.round(size / 2 ** 20)} MiB at the base commit, more than the ${Math.round(maxBytes / 2 ** 20)} MiB flopgate reads from git history` };
  }
  const blob = await git(root, ['cat-file', 'blob', oid!], size + 1);
  if (!blob.ok) return { kind: 'unavailable', reason: `git cat-file failed: ${blob.stderr}` };
  return { kind: 'ok', bytes: new Uint8Array(blob.stdout.buffer, blob.stdout.byteOffset, blob.stdout.byteLength) };
}
