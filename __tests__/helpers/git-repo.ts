/**
 * Real git repositories in temp directories, for tests that need a checkout: commits with
 * chosen files, and shallow clones that lack the base commit the way actions/checkout's
 * default fetch-depth of 1 does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Pinned identity and dates, and no user or system config, so commits never depend on the machine.
const ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'flopgate test',
  GIT_AUTHOR_EMAIL: 'test@flopgate.invalid',
  GIT_COMMITTER_NAME: 'flopgate test',
  GIT_COMMITTER_EMAIL: 'test@flopgate.invalid',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
};

export class TempRepo {
  private constructor(readonly dir: string) {}

  static init(prefix = 'flopgate-repo-'): TempRepo {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    const repo = new TempRepo(dir);
    repo.git('init', '-q', '-b', 'main');
    // Lets a shallow clone fetch the base commit by its sha, as GitHub allows.
    repo.git('config', 'uploadpack.allowReachableSHA1InWant', 'true');
    return repo;
  }

  /** `git clone --depth=1` of `origin` over file://, so the clone is really shallow. */
  static shallowClone(origin: TempRepo, prefix = 'flopgate-clone-'): TempRepo {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    execFileSync('git', ['clone', '-q', '--depth=1', '--no-tags', pathToFileURL(origin.dir).href, dir], { env: ENV, stdio: 'pipe' });
    return new TempRepo(dir);
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  /** Writes the files (null deletes one), commits everything and returns the commit's sha. */
  commit(files: Record<string, string | Buffer | null>, message: string): string {
    for (const [rel, content] of Object.entries(files)) {
      const abs = path.join(this.dir, rel);
      if (content === null) {
        rmSync(abs, { force: true });
        continue;
      }
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  hasCommit(sha: string): boolean {
    try {
      this.git('cat-file', '-e', `${sha}^{commit}`);
      return true;
    } catch {
      return false;
    }
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
