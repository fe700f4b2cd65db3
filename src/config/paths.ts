import { lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

export type Resolved = { ok: true; rel: string; abs: string } | { ok: false; reason: string };

/**
 * A path from the budget file, resolved against the repository root. Anything that leaves
 * the repository is refused: `..`, an absolute path elsewhere, or a symlink (in the path or
 * any directory above it) pointing out. A budget file is input from a pull request, and the
 * check must not be steerable into reading the runner's other files.
 */
export function resolveInRepo(root: string, p: string): Resolved {
  if (p.includes('\0')) return { ok: false, reason: 'contains a NUL character' };
  const rootAbs = resolve(root);
  const abs = resolve(rootAbs, p);
  const rel = relative(rootAbs, abs);
  if (outside(rel)) return { ok: false, reason: `"${p}" is outside the repository (paths are relative to its root)` };
  if (rel === '') return { ok: false, reason: `"${p}" is the repository root, not a file` };
  const realRoot = realRootOf(rootAbs);
  const real = realExisting(abs);
  if (real !== undefined && outside(relative(realRoot, real))) {
    return { ok: false, reason: `"${p}" leads outside the repository through a symbolic link` };
  }
  return { ok: true, rel: rel.split(sep).join('/'), abs };
}

// Synchronous calls, and the root's real path once: a budget file of 10,000 models made 50,000
// round trips through libuv's thread pool (2 s) to resolve paths most of which share a root.
const realRoots = new Map<string, string>();
function realRootOf(rootAbs: string): string {
  let real = realRoots.get(rootAbs);
  if (real === undefined) {
    try {
      real = realpathSync(rootAbs);
    } catch {
      real = rootAbs;
    }
    realRoots.set(rootAbs, real);
  }
  return real;
}

function outside(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/**
 * The real path of `abs`, or of its nearest existing ancestor joined with the rest, so a
 * symlinked directory is caught even when the file below it does not exist (yet).
 */
function realExisting(abs: string): string | undefined {
  let cur = abs;
  const rest: string[] = [];
  for (;;) {
    try {
      lstatSync(cur);
      const real = realpathSync(cur);
      return rest.length ? resolve(real, ...rest.reverse()) : real;
    } catch {
      const up = dirname(cur);
      if (up === cur) return undefined;
      rest.push(cur.slice(up.length).replace(/^[/\\]+/, ''));
      cur = up;
    }
  }
}
