// `npm run bench`: builds nothing, runs every bench/*.bench.mjs in turn against dist/.
// Each bench prints its own table, with figures as ratios to a baseline measured in the
// same run, because these machines are shared and absolute times drift.
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
if (!existsSync(join(here, '..', 'dist', 'cli', 'index.js'))) {
  console.error('bench: dist/cli/index.js is missing; run npm run build first');
  process.exit(2);
}
const only = process.argv[2];
let failed = 0;
for (const f of readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only && !f.startsWith(only)) continue;
  console.log(`\n## ${f}`);
  const r = spawnSync(process.execPath, [join(here, f)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
