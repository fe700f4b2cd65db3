import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lock = join(root, 'node_modules', '.flopgate-build-lock');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function stale(): boolean {
  const bundles = [join(root, 'dist', 'index.js'), join(root, 'dist', 'cli', 'index.js')];
  const built = Math.min(...bundles.map((b) => (existsSync(b) ? statSync(b).mtimeMs : 0)));
  const inputs = [join(root, 'scripts', 'build.mjs'), join(root, 'package-lock.json')].map((f) => statSync(f).mtimeMs);
  return built < Math.max(newest(join(root, 'src')), ...inputs);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Tests that run the bundles need them to match src/. Test files run in parallel workers, so
 * a lock directory makes one of them build while the others wait.
 */
export function ensureBuilt(): void {
  for (let waited = 0; stale(); waited += 500) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 180_000) throw new Error('timed out waiting for another test worker to build dist/');
      sleep(500);
      continue;
    }
    try {
      if (stale()) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    } finally {
      rmdirSync(lock);
    }
  }
}
