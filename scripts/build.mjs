// Bundles flopgate with ncc into three ESM bundles:
//   dist/index.js      the action          (src/main.ts)
//   dist/cli/index.js  the CLI             (src/cli.ts)
//   dist/fit/index.js  the fit engine      (src/fit/run.ts): TensorFlow.js and the digits,
//                      loaded by the other two only when a fit runs (src/fit/load.ts)
// and copies next to the fit engine what ncc does not follow: the tfjs WASM binaries (without
// them the WASM backend cannot start) and the embedded MNIST digits.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const targets = [
  { entry: 'src/main.ts', out: 'dist' },
  { entry: 'src/cli.ts', out: 'dist/cli' },
  { entry: 'src/fit/run.ts', out: 'dist/fit' },
];

// Build into a scratch directory and swap it in, so a failed or concurrent build never
// leaves dist/ half-written.
const scratch = join(root, `.dist-build-${process.pid}`);
rmSync(scratch, { recursive: true, force: true });
try {
  for (const { entry, out } of targets) {
    execFileSync(ncc, ['build', entry, '-o', join(scratch, out.replace(/^dist/, '')), '--target', 'es2022', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const wasmDir = join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
  for (const f of readdirSync(wasmDir).filter((f) => f.endsWith('.wasm'))) copyFileSync(join(wasmDir, f), join(scratch, 'fit', f));
  copyFileSync(join(root, 'assets', 'mnist-digits.bin.gz'), join(scratch, 'fit', 'mnist-digits.bin.gz'));
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  renameSync(scratch, join(root, 'dist'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
