import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli', 'index.js');
/** Real model files made by other tools; absent in a fresh clone, where those tests skip. */
export const FIXTURES = join(ROOT, '..', 'shared', 'fixtures');
export const HAVE_FIXTURES = existsSync(join(FIXTURES, 'MANIFEST.json'));
if (!HAVE_FIXTURES) {
  console.warn(`note: ${FIXTURES} is absent: tests on third-party fixtures are skipped; generated files still cover every format`);
}
