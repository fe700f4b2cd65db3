import { spawn } from 'node:child_process';
import path from 'node:path';
import { gitTopLevel } from '../git.js';
import { withWorktree } from './worktree.js';
import { atPosition } from '../config/position.js';
import type { BudgetConfig, BuildCommand, ModelEntry } from '../config/types.js';

/**
 * `build:` commands: code from the branch being checked, run the way a step of the user's
 * workflow would run it (a shell in the repository root, the job's environment), since it is
 * their CI that asked for it. What flopgate adds is a bound on it: a timeout that stops the
 * whole process group, output streamed line by line to the log (only the last lines are kept,
 * for the message of a failing build), and a result value instead of an exception.
 */

/** Lines of a failing build's output its message quotes. */
export const TAIL_LINES = 5;
/** A line longer than this is cut in the log and the message (a progress bar without newlines). */
const MAX_LINE = 2000;
/** After the timeout, the build gets this long to exit on SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 5000;

export type BuildOutcome = { ok: true } | { ok: false; reason: string; tail: string[] };

export interface BuildRun {
  command: string;
  cwd: string;
  timeoutMs: number;
  log: (line: string) => void;
  /** Extra environment for the build (FLOPGATE_SIDE). */
  env?: Record<string, string>;
}

/** Runs one build command to its end; never throws. */
export function runBuild(run: BuildRun): Promise<BuildOutcome> {
  return new Promise((resolve) => {
    const tail: string[] = [];
    const line = (text: string) => {
      const cut = text.length > MAX_LINE ? `${text.slice(0, MAX_LINE)}…` : text;
      run.log(cut);
      tail.push(cut);
      if (tail.length > TAIL_LINES) tail.shift();
    };
    let child;
    try {
      // detached: the build gets its own process group, so a timeout stops what it started too.
      child = spawn('/bin/sh', ['-c', run.command], {
        cwd: run.cwd,
        env: { ...process.env, ...run.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
      });
    } catch (e) {
      resolve({ ok: false, reason: `could not start: ${(e as Error).message}`, tail });
      return;
    }
    const pending = { out: '', err: '' };
    const feed = (key: 'out' | 'err') => (chunk: Buffer) => {
      const parts = (pending[key] + chunk.toString('utf8')).split(/\r?\n/);
      pending[key] = parts.pop() ?? '';
      // A line that never ends is still bounded: it is emitted in pieces.
      while (pending[key].length > MAX_LINE) {
        parts.push(pending[key].slice(0, MAX_LINE));
        pending[key] = pending[key].slice(MAX_LINE);
      }
      for (const p of parts) line(p);
    };
    child.stdout.on('data', feed('out'));
    child.stderr.on('data', feed('err'));
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    const signal = (sig: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      signal('SIGTERM');
      killer = setTimeout(() => signal('SIGKILL'), KILL_GRACE_MS);
    }, run.timeoutMs);
    let spawnError: Error | undefined;
    child.on('error', (e) => (spawnError = e));
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      if (killer) clearTimeout(killer);
      for (const key of ['out', 'err'] as const) if (pending[key]) line(pending[key]);
      // Whatever it left running in its group goes with it.
      if (timedOut) signal('SIGKILL');
      if (timedOut) return resolve({ ok: false, reason: `did not finish within ${seconds(run.timeoutMs)} (build_timeout)`, tail });
      if (spawnError) return resolve({ ok: false, reason: `could not start: ${spawnError.message}`, tail });
      if (code === 0) return resolve({ ok: true });
      resolve({ ok: false, reason: sig ? `was stopped by ${sig}` : `exited with code ${code}`, tail });
    });
  });
}

function seconds(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;
}

/** One build step: the top-level command (for every model) or a model's own. */
export interface BuildStep {
  build: BuildCommand;
  /** Names of the models it is for; undefined: all of them. */
  models?: string[];
}

/**
 * The builds of a budget file, in the order they run: the top-level one, then each model's,
 * a command shared by several models run once.
 */
export function buildSteps(cfg: { build?: BuildCommand; models: ModelEntry[] }): BuildStep[] {
  const steps: BuildStep[] = cfg.build ? [{ build: cfg.build }] : [];
  const byCommand = new Map<string, BuildStep>();
  for (const m of cfg.models) {
    if (!m.build) continue;
    const known = byCommand.get(m.build.command);
    if (known) known.models!.push(m.name);
    else {
      const step = { build: m.build, models: [m.name] };
      byCommand.set(m.build.command, step);
      steps.push(step);
    }
  }
  return steps;
}

/** The one line a build failure is told in: where it is configured, what happened, its last lines. */
export function buildFailure(step: BuildStep, outcome: Extract<BuildOutcome, { ok: false }>, side: string): string {
  const last = outcome.tail.filter((l) => l.trim() !== '');
  const said = last.length ? `; last output: ${last.map((l) => l.trim()).join(' | ')}` : '';
  return atPosition(step.build.position, `build \`${step.build.command}\` ${outcome.reason} at ${side}${said}`);
}

export const ALL = Symbol('every model');

/**
 * Runs the steps in `cwd` one after another, each in its own log group. At the head the first
 * failure ends it (the caller makes it a configuration fault); at the base every failure is
 * kept and the others still run, so one broken export leaves only its models without a baseline.
 */
export async function buildSide(
  cfg: Pick<BudgetConfig, 'build' | 'models' | 'buildTimeoutMs'>,
  cwd: string,
  side: 'head' | 'base',
  io: { log: (line: string) => void; group: <T>(title: string, fn: () => Promise<T>) => Promise<T> },
): Promise<{ ok: true; failed: Map<string | typeof ALL, string> } | { ok: false; message: string }> {
  const failed = new Map<string | typeof ALL, string>();
  for (const step of buildSteps(cfg)) {
    if (failed.has(ALL)) break;
    const title = `flopgate: build (${side}${step.models ? `, ${step.models.join(', ')}` : ''}): ${step.build.command}`;
    const outcome = await io.group(title, () =>
      runBuild({ command: step.build.command, cwd, timeoutMs: cfg.buildTimeoutMs, log: io.log, env: { FLOPGATE_SIDE: side } }),
    );
    if (outcome.ok) continue;
    const message = buildFailure(step, outcome, side);
    if (side === 'head') return { ok: false, message };
    io.log(`flopgate: ${message}`);
    if (!step.models) failed.set(ALL, message);
    else for (const name of step.models) failed.set(name, message);
  }
  return { ok: true, failed };
}

/** The base side of a comparison whose models are built: where its files are, or why they are not. */
export type BaseTree = { ok: true; root: string; failed: Map<string | typeof ALL, string> } | { ok: false; reason: string };

/**
 * `fn` with the base commit checked out in a temporary worktree and built there. `root` may be
 * a subdirectory of the repository (the Action's working-directory); the base's root is the
 * same subdirectory of the worktree. Neither a missing worktree nor a failing build throws:
 * they leave the baseline missing, with the reason, and the run goes on.
 */
export async function withBaseBuild<T>(
  cfg: Pick<BudgetConfig, 'build' | 'models' | 'buildTimeoutMs' | 'root'>,
  sha: string,
  io: { log: (line: string) => void; group: <R>(title: string, fn: () => Promise<R>) => Promise<R> },
  fn: (tree: BaseTree) => Promise<T>,
): Promise<T> {
  const top = (await gitTopLevel(cfg.root)) ?? cfg.root;
  return withWorktree(top, sha, async (wt) => {
    if (!wt.ok) {
      io.log(`flopgate: cannot check out the base to build it: ${wt.reason}`);
      return fn({ ok: false, reason: `the base could not be checked out to build it (${wt.reason})` });
    }
    const root = path.join(wt.dir, path.relative(top, cfg.root));
    const built = await buildSide(cfg, root, 'base', io);
    return fn({ ok: true, root, failed: built.ok ? built.failed : new Map([[ALL, built.message]]) });
  });
}
