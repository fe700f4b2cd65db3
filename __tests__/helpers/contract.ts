import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CLI, ROOT } from './paths.js';

/**
 * The contract every input to the CLI is held to: exit 0 with a report, or one line naming the
 * file, exit 2, no stack trace and no "internal error"; within 2 s and 256 MB.
 */
export const CONTRACT = { cpuMs: 2000, rssMiB: 256 } as const;

/**
 * The CLI under test; FLOPGATE_TEST_CLI points the tests at another build (an older dist/
 * checked out elsewhere), which is how each of issue 9's cases was seen to fail before its fix.
 */
export const TEST_CLI = process.env.FLOPGATE_TEST_CLI ?? CLI;
const HOOK = join(ROOT, 'bench', 'usage-hook.mjs');

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** User + system CPU time of the flopgate process itself. */
  cpuMs: number;
  rssMiB: number;
}

/** Runs the built CLI, measuring its own CPU time and peak RSS (bench/usage-hook.mjs). */
export function runCli(args: string[], opts: { cwd?: string; timeoutMs?: number; input?: string } = {}): CliRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', HOOK, TEST_CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 20_000,
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    maxBuffer: 256 << 20,
    ...(opts.input !== undefined ? { input: opts.input } : {}),
  });
  const wallMs = performance.now() - t0;
  let usage = { cpuMs: NaN, maxRssKiB: NaN };
  try {
    usage = JSON.parse(String(r.output[3] ?? ''));
  } catch {
    // killed before exit: no usage written
  }
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', wallMs, cpuMs: usage.cpuMs, rssMiB: usage.maxRssKiB / 1024 };
}

/** Exit 2 with one line `error: <file>...` matching `re`, nothing on stdout, within the bounds. */
export function expectRefused(r: CliRun, re: RegExp): void {
  const lines = r.stderr.trimEnd().split('\n');
  expect({ status: r.status, lines }).toEqual({ status: 2, lines: [expect.stringMatching(re)] });
  expect(r.stderr).not.toMatch(/internal error|\n\s+at |Maximum call stack/);
  expectBounded(r);
}

/** Within 2 s of CPU and 256 MB of peak memory. */
export function expectBounded(r: CliRun): void {
  expect(r.signal).toBeNull();
  expect(r.cpuMs, `CPU time ${r.cpuMs.toFixed(0)} ms (wall ${r.wallMs.toFixed(0)} ms)`).toBeLessThan(CONTRACT.cpuMs);
  expect(r.rssMiB, `peak RSS ${r.rssMiB.toFixed(0)} MiB`).toBeLessThan(CONTRACT.rssMiB);
}
