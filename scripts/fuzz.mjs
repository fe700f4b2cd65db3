// npm run fuzz -- --minutes N [--seed S]: the fuzzer's long run, outside CI. Runs
// __tests__/fuzz.test.ts for N minutes, every format at once (vitest runs 5 concurrent tests
// unless told more), with a random seed or the one given; saves failing mutants under
// fuzz-failures/ and prints the totals per format.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, seed: { type: 'string' } } });
const minutes = Number(values.minutes);
if (!(minutes > 0)) {
  console.error('usage: npm run fuzz -- --minutes N [--seed S]');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
mkdirSync(join(root, 'fuzz-failures'), { recursive: true });
const totals = join(root, 'fuzz-failures', `totals-${process.pid}.jsonl`);
rmSync(totals, { force: true });
const env = { ...process.env, FLOPGATE_FUZZ_MINUTES: String(minutes), FLOPGATE_FUZZ_TOTALS: totals, ...(values.seed ? { FLOPGATE_FUZZ_SEED: values.seed } : {}) };
const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '__tests__/fuzz.test.ts', '--maxConcurrency', '16'], { cwd: root, env, stdio: 'inherit' });
if (existsSync(totals)) {
  const rows = readFileSync(totals, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const sum = (k) => rows.reduce((a, x) => a + x[k], 0);
  console.log(`\nfuzz totals (seed ${rows[0]?.seed}, ${minutes} min):`);
  console.log('format        mutants   exit 0   exit 1   fault  failure');
  for (const x of [...rows, { format: 'all', mutants: sum('mutants'), exit0: sum('exit0'), exit1: sum('exit1'), fault: sum('fault'), failure: sum('failure') }]) {
    console.log(`${x.format.padEnd(12)} ${[x.mutants, x.exit0, x.exit1, x.fault, x.failure].map((n) => String(n).padStart(8)).join(' ')}`);
  }
}
process.exit(r.status ?? 1);
