/**
 * The contract every mutant is held to, judged from the outside: the built CLI runs in its own
 * process (a hang is killed, a crash is an exit code, an unhandled rejection a stack trace on
 * stderr), measured for CPU time and peak RSS. A file fault is exit 2 with one line naming the
 * file; an "internal error", a stack trace, any other exit code, a timeout or a limit crossed
 * is a failure, never a fault.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CONTRACT, TEST_CLI } from '../helpers/contract.js';
import { ROOT } from '../helpers/paths.js';

const HOOK = join(ROOT, 'bench', 'usage-hook.mjs');

export interface Outcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  cpuMs: number;
  rssMiB: number;
}

/** Runs the CLI asynchronously (mutants of several formats run side by side). */
export function runCliAsync(args: string[], cwd: string, timeoutMs: number, cli = TEST_CLI): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', HOOK, cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const usage: Buffer[] = [];
    let timedOut = false;
    let size = 0;
    const keep = (into: Buffer[]) => (b: Buffer) => {
      size += b.length;
      // A report is a few MB at most; past that, the output itself is a failure to show.
      if (size < 64 << 20) into.push(b);
    };
    child.stdout!.on('data', keep(out));
    child.stderr!.on('data', keep(err));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (b: Buffer) => usage.push(b));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      let u = { cpuMs: NaN, maxRssKiB: NaN };
      try {
        u = JSON.parse(Buffer.concat(usage).toString());
      } catch {
        // killed before its exit handler ran
      }
      resolve({ status, signal, timedOut, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), cpuMs: u.cpuMs, rssMiB: u.maxRssKiB / 1024 });
    });
  });
}

const CRASH = /internal error|\n\s+at |^\s+at |Maximum call stack|Unhandled|heap out of memory|FATAL ERROR|\b(Type|Range|Reference|Syntax)Error\b/m;
/** Keys whose numbers are counts or dimensions: whole and never negative. */
const COUNT_KEY = /(flops|macs|params|shape|shapes|batch_size|index|estimate)$/;

/** Every number finite; counts and dimensions whole and non-negative. Returns the first bad one. */
export function implausible(v: unknown, key = '', path = '$'): string | undefined {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return `${path} = ${v}`;
    if (COUNT_KEY.test(key) && (!Number.isInteger(v) || v < 0)) return `${path} = ${v}`;
    return undefined;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const bad = implausible(v[i], key, `${path}[${i}]`);
      if (bad) return bad;
    }
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const bad = implausible(x, k, `${path}.${k}`);
      if (bad) return bad;
    }
  } else if (v === null && COUNT_KEY.test(key)) return `${path} = null`;
  return undefined;
}

export interface Judged {
  /** exit0, exit1 (check: over budget), fault (exit 2, one line) or failure. */
  kind: 'exit0' | 'exit1' | 'fault' | 'failure';
  why?: string;
}

/**
 * The verdict on one run. `file` is the name the fault must mention; `report` is the JSON
 * report (stdout for flops, the --json file for check) when the run succeeded.
 */
export function judge(o: Outcome, command: 'flops' | 'check', file: string, report: () => string | undefined): Judged {
  const fail = (why: string): Judged => ({ kind: 'failure', why });
  if (o.timedOut) return fail('timed out (killed)');
  if (o.signal) return fail(`killed by ${o.signal}`);
  if (CRASH.test(o.stderr)) return fail(`crash on stderr: ${o.stderr.trim().split('\n').slice(0, 3).join(' | ').slice(0, 300)}`);
  if (!(o.cpuMs < CONTRACT.cpuMs)) return fail(`CPU time ${o.cpuMs} ms`);
  if (!(o.rssMiB < CONTRACT.rssMiB)) return fail(`peak RSS ${o.rssMiB.toFixed(0)} MiB`);
  const lines = o.stderr.trimEnd().split('\n').filter((l) => l !== '');
  if (o.status === 2 && command === 'check' && lines.length > 0 && lines.every((l) => /^(flopgate|warning): /.test(l))) {
    // A budget file that is valid, with a model that cannot be measured: each model's progress
    // line ("flopgate: name: ..."), the fault on that model's row, and exit 2 with the report.
    let doc: unknown;
    try {
      doc = JSON.parse(report() ?? '');
    } catch {
      return fail('exit 2 after measuring, without a JSON report');
    }
    const bad = implausible(doc);
    if (bad) return fail(`implausible report: ${bad}`);
    return { kind: 'fault' };
  }
  if (o.status === 2) {
    if (lines.length === 0) return fail('exit 2 without a message');
    if (!lines.every((l) => l.startsWith('error: '))) return fail(`exit 2, a line that is not an error: ${lines.find((l) => !l.startsWith('error: '))}`);
    // A model file's fault is one line; a budget file's are listed, 20 at most and a count.
    if (command === 'flops' && lines.length !== 1) return fail(`exit 2 with ${lines.length} lines`);
    if (lines.length > 21) return fail(`exit 2 with ${lines.length} lines`);
    if (!lines[0]!.includes(file)) return fail(`the fault does not name ${file}: ${lines[0]}`);
    return { kind: 'fault' };
  }
  if (o.status === 0 || (o.status === 1 && command === 'check')) {
    let doc: unknown;
    try {
      doc = JSON.parse(report() ?? '');
    } catch {
      return fail(`exit ${o.status} without a JSON report`);
    }
    const bad = implausible(doc);
    if (bad) return fail(`implausible report: ${bad}`);
    return { kind: o.status === 0 ? 'exit0' : 'exit1' };
  }
  return fail(`exit ${o.status}`);
}
