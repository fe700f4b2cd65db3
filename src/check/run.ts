import { open } from 'node:fs/promises';
import { extname, isAbsolute } from 'node:path';
import { analyzeFile, analyzeInline, analyzeSource, inlineSpec, loadKerasSpec } from '../analyze.js';
import type { ModelSpec } from '../keras/model.js';
import { loadBudget, parseBudget } from '../config/load.js';
import type { BudgetConfig, ModelEntry } from '../config/types.js';
import { FlopgateError } from '../errors.js';
import { loadRunFit } from '../fit/load.js';
import type { FitConfig, FitResult } from '../fit/types.js';
import { BufferSource, FileSource, type ByteSource } from '../io/byte-source.js';
import type { AnalyzeOptions } from '../options.js';
import type { ModelFormat, ModelReport } from '../report/types.js';
import { readAtCommit, resolveCommit } from './base.js';
import { evaluate, measuredBase, worst } from './evaluate.js';
import { grouped } from '../report/format.js';
import { isLfsPointer, LFS_PROBE_BYTES, lfsMessage } from './lfs.js';
import type { ModelCheckResult } from './types.js';
import type { BaseComparison, CheckReport, SourcePosition } from './types.js';

/**
 * `flopgate check` and the Action, minus their I/O: budget file in, CheckReport out.
 *
 * Faults and their consequences, deliberately:
 * - the budget file is invalid → ConfigError (exit 2), no report: nothing can be trusted;
 * - one model cannot be measured (missing file, LFS pointer, unknown layer, corrupt file)
 *   → that model is `fail` with `error`, the others are still measured and reported, and
 *   the exit code is 2 (bad input) rather than 1 (see exitCodeOf): the PR comment still
 *   shows what went wrong, next to what did not;
 * - the baseline cannot be had (bad ref, shallow clone, base file unreadable) → `base` is
 *   `unavailable` with the reason; never a failure;
 * - a fit cannot run (ONNX, no TensorFlow.js backend, a shape the dataset does not fit) →
 *   `fit` is `skipped` with the reason and `accuracy` stays `not-measured`.
 */
export interface CheckOptions {
  /** Repository root: model paths in the budget file are relative to it. */
  root: string;
  /** Relative to `root`, or absolute. */
  budgetFile: string;
  baseRef?: string;
  fit: boolean;
  log?: (line: string) => void;
  /** Where downloaded datasets are cached (the Actions tool cache in the action; default ~/.cache/flopgate). */
  fitCacheDir?: string;
  /** Wraps each fit, so the action can fold its per-epoch lines into a log group. */
  group?: <T>(title: string, fn: () => Promise<T>) => Promise<T>;
}

/** The engine entry points, injectable so tests can count calls or fake a fit. */
export interface CheckDeps {
  analyzeFile(path: string, opts: AnalyzeOptions, label?: string): Promise<ModelReport>;
  analyzeSource(src: ByteSource, label: string, opts: AnalyzeOptions): Promise<ModelReport>;
  analyzeInline(layers: unknown, label: string, opts: AnalyzeOptions): ModelReport;
  loadKerasSpec(src: ByteSource, label: string): Promise<ModelSpec | undefined>;
  inlineSpec(layers: unknown, label: string): ModelSpec;
  runFit(spec: ModelSpec, inputShapes: number[][], cfg: FitConfig, log: (line: string) => void, opts?: { cacheDir?: string; trainingFlops?: number }): Promise<FitResult>;
}

const DEFAULT_DEPS: CheckDeps = {
  analyzeFile,
  analyzeSource,
  analyzeInline,
  loadKerasSpec,
  inlineSpec,
  // Loaded on first use: TensorFlow.js is heavy and only a fit needs it.
  runFit: async (...args) => (await loadRunFit())(...args),
};

interface Ctx {
  cfg: BudgetConfig;
  deps: CheckDeps;
  log: (line: string) => void;
  fit: boolean;
  fitCacheDir?: string;
  group: <T>(title: string, fn: () => Promise<T>) => Promise<T>;
  base?: { ref: string; sha?: string; reason?: string; budget?: Map<string, ModelEntry> };
}

export async function runCheck(opts: CheckOptions, deps?: Partial<CheckDeps>): Promise<CheckReport> {
  const cfg = await loadBudget(opts.budgetFile, opts.root);
  const log = opts.log ?? (() => {});
  const full: CheckDeps = { ...DEFAULT_DEPS, ...deps };
  const ctx: Ctx = { cfg, deps: full, log, fit: opts.fit, fitCacheDir: opts.fitCacheDir, group: opts.group ?? ((_title, fn) => fn()) };
  const head = await resolveCommit(cfg.root, 'HEAD');
  if (opts.baseRef !== undefined) ctx.base = await prepareBase(cfg, opts.baseRef, log);

  const models: ModelCheckResult[] = [];
  for (const entry of cfg.models) models.push(await checkModel(entry, ctx));
  const status = worst(models.map((m) => m.status));
  return {
    version: 1,
    convention: cfg.convention,
    passed: status !== 'fail',
    status,
    budget_file: cfg.file,
    ...(head.ok ? { head: head.sha } : {}),
    ...(ctx.base?.sha ? { base: ctx.base.sha } : {}),
    models,
  };
}

async function prepareBase(cfg: BudgetConfig, ref: string, log: (l: string) => void): Promise<NonNullable<Ctx['base']>> {
  const commit = await resolveCommit(cfg.root, ref);
  if (!commit.ok) {
    log(`flopgate: no baseline: ${commit.reason}`);
    return { ref, reason: commit.reason };
  }
  // The budget file as it was at the base names inline models' layers there, and a model
  // file's path there (it may have been renamed in the PR).
  let budget: Map<string, ModelEntry> | undefined;
  if (!isAbsolute(cfg.file)) {
    const blob = await readAtCommit(cfg.root, commit.sha, cfg.file, 1024 * 1024);
    if (blob.kind === 'ok') {
      try {
        const old = await parseBudget(new TextDecoder().decode(blob.bytes), `${commit.sha.slice(0, 7)}:${cfg.file}`, cfg.absFile, cfg.root);
        budget = new Map(old.models.map((m) => [m.name, m]));
      } catch (e) {
        log(`flopgate: the budget file at the base does not load; comparing by path only (${message(e)})`);
      }
    }
  }
  return { ref, sha: commit.sha, ...(budget ? { budget } : {}) };
}

function optionsOf(entry: ModelEntry): AnalyzeOptions {
  return {
    name: entry.name,
    batchSize: entry.batchSize,
    convention: entry.convention,
    unknown: entry.unknown,
    ...(entry.inputShapes ? { inputShapes: entry.inputShapes } : {}),
  };
}

const at = (p: SourcePosition) => `${p.file}:${p.line}:${p.column}`;

async function checkModel(entry: ModelEntry, ctx: Ctx): Promise<ModelCheckResult> {
  let report: ModelReport;
  try {
    report = await measureHead(entry, ctx);
  } catch (e) {
    const error = message(e);
    ctx.log(`flopgate: ${entry.name}: ${error}`);
    return unmeasured(entry, ctx.cfg, error);
  }
  ctx.log(`flopgate: ${entry.name}: ${report.lower_bound ? '≥ ' : ''}${grouped(report.flops)} FLOPs, ${grouped(report.params)} params`);
  const base = ctx.base ? await measureBase(entry, report, ctx) : undefined;
  const fit = ctx.fit && entry.fit ? await fitModel(entry, report, ctx) : undefined;
  const checks = evaluate(report, entry.budget, base, fit);
  return {
    ...report,
    name: entry.name,
    ...(entry.layers !== undefined ? { path: ctx.cfg.file } : {}),
    source: entry.source,
    ...(base ? { base } : {}),
    ...(fit ? { fit } : {}),
    checks,
    status: worst(checks.map((c) => c.status)),
  };
}

async function measureHead(entry: ModelEntry, ctx: Ctx): Promise<ModelReport> {
  const opts = optionsOf(entry);
  if (entry.layers !== undefined) return ctx.deps.analyzeInline(entry.layers, at(entry.positions.layers ?? entry.source), opts);
  const where = at(entry.positions.path ?? entry.source);
  if (entry.absPath === undefined || entry.path === undefined) throw new FlopgateError(`${where}: no model path`);
  try {
    await refuseLfsPointer(entry.absPath, entry.path);
    return await ctx.deps.analyzeFile(entry.absPath, opts, entry.path);
  } catch (e) {
    // Point at the budget file's `path:` line, where the Action annotates, and keep the
    // reader's own message (which names the model file).
    throw new FlopgateError(`${where}: ${message(e)}`);
  }
}

async function refuseLfsPointer(abs: string, label: string): Promise<void> {
  let fh;
  try {
    fh = await open(abs, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FlopgateError(`${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
  }
  try {
    const buf = Buffer.alloc(LFS_PROBE_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    if (isLfsPointer(buf.subarray(0, bytesRead))) throw new FlopgateError(lfsMessage(label));
  } catch (e) {
    // Reading a directory fails with EISDIR; the analyzer says that better.
    if (e instanceof FlopgateError) throw e;
  } finally {
    await fh.close();
  }
}

/**
 * The same model at the base commit, measured with the head entry's options so the delta
 * shows a change of the model, not of how it is measured.
 */
async function measureBase(entry: ModelEntry, head: ModelReport, ctx: Ctx): Promise<BaseComparison> {
  const base = ctx.base!;
  if (!base.sha) return { status: 'unavailable', ref: base.ref, reason: base.reason ?? 'base commit unknown' };
  const short = base.sha.slice(0, 7);
  try {
    const old = base.budget?.get(entry.name);
    let report: ModelReport;
    if (old?.layers !== undefined) {
      report = ctx.deps.analyzeInline(old.layers, `${short}:${at(old.positions.layers ?? old.source)}`, optionsOf(entry));
    } else {
      const path = old?.path ?? entry.path;
      // An inline model the base's budget file did not have.
      if (path === undefined) return { status: 'new', ref: base.sha };
      const blob = await readAtCommit(ctx.cfg.root, base.sha, path);
      if (blob.kind === 'absent') return { status: 'new', ref: base.sha };
      if (blob.kind === 'unavailable') return { status: 'unavailable', ref: base.sha, reason: blob.reason };
      const label = `${short}:${path}`;
      if (isLfsPointer(blob.bytes)) return { status: 'unavailable', ref: base.sha, reason: lfsMessage(label) };
      report = await ctx.deps.analyzeSource(new BufferSource(blob.bytes, label), label, optionsOf(entry));
    }
    return measuredBase(base.sha, head, report);
  } catch (e) {
    const reason = message(e);
    ctx.log(`flopgate: ${entry.name}: no baseline (${reason})`);
    return { status: 'unavailable', ref: base.sha, reason };
  }
}

async function fitModel(entry: ModelEntry, report: ModelReport, ctx: Ctx): Promise<FitResult> {
  try {
    let spec: ModelSpec | undefined;
    if (entry.layers !== undefined) {
      spec = ctx.deps.inlineSpec(entry.layers, at(entry.positions.layers ?? entry.source));
    } else {
      const src = await FileSource.open(entry.absPath!, entry.path);
      try {
        spec = await ctx.deps.loadKerasSpec(src, entry.path!);
      } finally {
        await src.close();
      }
    }
    if (!spec) return { status: 'skipped', reason: `${entry.path}: only Keras-family models (.keras, .h5, TensorFlow.js) can be fitted, not ONNX` };
    const shapes = report.input_shapes;
    if (shapes.some((s) => s.some((d) => d === null))) return { status: 'skipped', reason: 'the input shape has open dimensions' };
    ctx.log(`flopgate: ${entry.name}: fitting (${entry.fit!.dataset}, ${entry.fit!.epochs} epoch(s))`);
    const result = await ctx.group(`flopgate: fit ${entry.name}`, () =>
      ctx.deps.runFit(spec, shapes as number[][], entry.fit!, (line) => ctx.log(`flopgate: ${entry.name}: ${line}`), {
        cacheDir: ctx.fitCacheDir,
        // Per sample: the fit's estimate is stated in the same training FLOPs the report shows.
        ...(report.training_flops_estimate > 0 ? { trainingFlops: report.training_flops_estimate / Math.max(1, report.batch_size) } : {}),
      }),
    );
    if (result.status === 'skipped') ctx.log(`flopgate: ${entry.name}: fit skipped: ${result.reason}`);
    return result;
  } catch (e) {
    const reason = message(e);
    ctx.log(`flopgate: ${entry.name}: fit skipped: ${reason}`);
    return { status: 'skipped', reason };
  }
}

/** A model that could not be measured still gets a row: zero counts, `fail`, and why. */
function unmeasured(entry: ModelEntry, cfg: BudgetConfig, error: string): ModelCheckResult {
  return {
    name: entry.name,
    path: entry.path ?? cfg.file,
    format: formatGuess(entry),
    convention: entry.convention,
    flops: 0,
    lower_bound: false,
    macs: 0,
    params: 0,
    trainable_params: 0,
    non_trainable_params: 0,
    batch_size: entry.batchSize,
    input_shapes: entry.inputShapes ?? [],
    training_flops_estimate: 0,
    unknown: [],
    layers: [],
    source: entry.source,
    checks: [],
    status: 'fail',
    error,
  };
}

function formatGuess(entry: ModelEntry): ModelFormat {
  if (entry.layers !== undefined) return 'inline';
  const ext = extname(entry.path ?? '').toLowerCase();
  return ext === '.onnx' ? 'onnx' : ext === '.h5' || ext === '.hdf5' ? 'h5' : ext === '.json' ? 'tfjs' : 'keras';
}

function message(e: unknown): string {
  if (e instanceof Error) return e.message.replace(/\s*\n\s*/g, ' ');
  return String(e);
}
