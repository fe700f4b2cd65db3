import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { addWorktree, pruneWorktrees, removeWorktree } from '../git.js';

/** Worktrees still on disk, removed at exit if their owner could not (an uncaught error, process.exit). */
const live = new Set<{ root: string; dir: string }>();
let hooked = false;

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const w of live) rmSync(w.dir, { recursive: true, force: true });
  });
}

/**
 * `fn` with a checkout of `sha` in a temporary directory (a detached `git worktree` of the
 * repository at `root`), removed afterwards whatever happens: normal return, throw, or exit.
 * The worktree shares the repository's objects, so it costs a checkout, not a clone.
 */
export async function withWorktree<T>(
  root: string,
  sha: string,
  fn: (tree: { ok: true; dir: string } | { ok: false; reason: string }) => Promise<T>,
): Promise<T> {
  // A worktree left by a run that was killed is forgotten before a new one is added.
  await pruneWorktrees(root);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'flopgate-base-'));
  const entry = { root, dir };
  live.add(entry);
  hookExit();
  try {
    const added = await addWorktree(root, dir, sha);
    return await fn(added.ok ? { ok: true, dir } : { ok: false, reason: `git worktree add failed: ${added.reason}` });
  } finally {
    await removeWorktree(root, dir);
    await rm(dir, { recursive: true, force: true });
    await pruneWorktrees(root);
    live.delete(entry);
  }
}
