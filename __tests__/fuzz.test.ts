/**
 * The fuzzer (issue 9): mutants of every format's seeds (fuzz/seeds.ts), each run through the
 * built CLI and held to the contract (fuzz/oracle.ts). `npm test` runs a bounded, fixed-seed
 * pass (about a minute); `npm run fuzz -- --minutes N` runs long, with a random seed, and saves
 * every failing mutant under fuzz-failures/ with what it did.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/build-once.js';
import { ROOT } from './helpers/paths.js';
import { mutateBytes, mutateValue, plan, type Plan } from './fuzz/mutate.js';
import { judge, runCliAsync, type Judged, type Outcome } from './fuzz/oracle.js';
import { FORMATS, type SeedFormat } from './fuzz/seeds.js';

const minutes = Number(process.env.FLOPGATE_FUZZ_MINUTES ?? 0);
const long = minutes > 0;
/** Bounded run: this many mutants per format (7 formats, two at a time, ~0.4 s each). */
const BOUNDED_RUNS = Number(process.env.FLOPGATE_FUZZ_RUNS ?? 20);
const seed = Number(process.env.FLOPGATE_FUZZ_SEED ?? (long ? Date.now() % 2 ** 31 : 20261130));
const saveDir = join(ROOT, 'fuzz-failures');
const dir = mkdtempSync(join(tmpdir(), 'flopgate-fuzz-'));
beforeAll(() => ensureBuilt(), 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two CLI processes at a time: the machine is shared. */
let running = 0;
const waiters: (() => void)[] = [];
async function slot<T>(f: () => Promise<T>): Promise<T> {
  while (running >= 2) await new Promise<void>((r) => waiters.push(r));
  running++;
  try {
    return await f();
  } finally {
    running--;
    waiters.shift()?.();
  }
}

let serial = 0;
/** Writes a mutant where the command reads it and runs the CLI on it. */
async function tryMutant(format: SeedFormat, bytes: Uint8Array): Promise<{ judged: Judged; outcome: Outcome }> {
  const d = join(dir, `${format.name}-${serial++}`);
  mkdirSync(d);
  writeFileSync(join(d, format.file), bytes);
  const args = format.command === 'flops' ? ['flops', format.file, '--json'] : ['check', '--budget', format.file, '--no-fit', '--json', 'report.json'];
  // The contract is 2 s of CPU; the wall clock allows for a loaded machine before calling it a hang.
  const outcome = await slot(() => runCliAsync(args, d, 20_000));
  const report = () => (format.command === 'flops' ? outcome.stdout : readFileSync(join(d, 'report.json'), 'utf8'));
  let judged: Judged;
  try {
    judged = judge(outcome, format.command, format.file, report);
  } catch (e) {
    judged = { kind: 'failure', why: `report unreadable: ${(e as Error).message}` };
  }
  rmSync(d, { recursive: true, force: true });
  return { judged, outcome };
}

function save(format: SeedFormat, bytes: Uint8Array, p: Plan, judged: Judged, outcome: Outcome): string {
  mkdirSync(saveDir, { recursive: true });
  const id = `${format.name}-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`;
  writeFileSync(join(saveDir, `${id}-${format.file}`), bytes);
  const { stdout, ...rest } = outcome;
  writeFileSync(join(saveDir, `${id}.txt`), `${judged.why}\n\nplan: ${JSON.stringify(p)}\nfuzz seed: ${seed}\n\n${JSON.stringify({ ...rest, stdout: stdout.slice(0, 2000) }, null, 2)}\n`);
  return id;
}

const totals: Record<string, Record<string, number>> = {};

describe(`fuzz (seed ${seed}${long ? `, ${minutes} min` : `, ${BOUNDED_RUNS} mutants a format`})`, () => {
  for (const format of FORMATS) {
    it.concurrent(`${format.name}: every mutant is a report or one line naming the file, within the bounds`, async () => {
      const seeds = await Promise.all(format.seeds().map(async (v) => ({ v, bytes: await format.encode(v) })));
      // Each seed itself is measured: a seed the CLI refuses would make the run test nothing.
      for (const s of seeds) {
        const { judged, outcome } = await tryMutant(format, s.bytes);
        expect(judged.kind, `${format.name} seed: ${judged.why ?? outcome.stderr}`).toMatch(/^exit[01]$/);
      }
      const count: Record<string, number> = { mutants: 0, exit0: 0, exit1: 0, fault: 0, failure: 0, unencodable: 0 };
      totals[format.name] = count;
      const failures: string[] = [];
      const property = fc.asyncProperty(plan, async (p) => {
        const s = seeds[p.seed % seeds.length]!;
        let bytes: Uint8Array;
        try {
          bytes = p.struct.length ? await format.encode(mutateValue(s.v, p.struct)) : s.bytes;
        } catch {
          // The test's own writer refused the value (an ONNX dim that is an object): nothing to run.
          count.unencodable++;
          return;
        }
        bytes = mutateBytes(bytes, p.bytes);
        const { judged, outcome } = await tryMutant(format, bytes);
        count.mutants++;
        count[judged.kind]++;
        if (judged.kind === 'failure') failures.push(`${save(format, bytes, p, judged, outcome)}: ${judged.why}`);
      });
      // The formats run side by side, sharing the two process slots: each has the whole time.
      const budgetMs = minutes * 60_000;
      await fc.assert(property, {
        seed,
        numRuns: long ? Number.MAX_SAFE_INTEGER : BOUNDED_RUNS,
        ...(long ? { interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false } : {}),
      });
      const line = `fuzz ${format.name}: ${JSON.stringify(count)}`;
      console.log(line);
      if (process.env.FLOPGATE_FUZZ_TOTALS) appendFileSync(process.env.FLOPGATE_FUZZ_TOTALS, `${JSON.stringify({ format: format.name, seed, ...count })}\n`);
      expect(failures, `failing mutants saved in fuzz-failures/`).toEqual([]);
      expect(count.mutants).toBeGreaterThan(0);
    }, long ? minutes * 60_000 * 2 + 600_000 : 300_000);
  }
});
