// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc, and copies the
// tfjs WASM binaries next to each bundle: ncc does not follow them, and without them the
// WASM backend fails to start and tfjs would quietly train on pure JS.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const targets = [
  { entry: 'src/main.ts', out: 'dist' },
  { entry: 'src/cli.ts', out: 'dist/cli' },
];

rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const { entry, out } of targets) {
  if (!existsSync(join(root, entry))) {
    console.log(`skip ${entry} (not written yet)`);
    continue;
  }
  // --no-source-map-register and a fixed target keep the output byte-stable across runs.
  execFileSync(ncc, ['build', entry, '-o', out, '--target', 'es2022', '--quiet'], { cwd: root, stdio: 'inherit' });
  const wasmDir = join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
  mkdirSync(join(root, out), { recursive: true });
  for (const f of readdirSync(wasmDir).filter((f) => f.endsWith('.wasm'))) {
    copyFileSync(join(wasmDir, f), join(root, out, f));
  }
}
