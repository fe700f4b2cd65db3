import os from 'node:os';
import { stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, posix } from 'node:path';
import { Gate, mapOrdered, OrderedLog } from './ordered.js';
import { checkReport } from './report.js';
import { defaultFitWorkers, FitPool } from './fit-workers.js';
import { bundledFitUrl } from '../fit/load.js';
import { MODEL_FILES_IN_DIRECTORY } from '../formats/index.js';
import { DirFiles, type FileSet } from '../io/file-set.js';
import { GitFiles } from './git-files.js';
import { analyzeModel, modelInDirectory, type Analysis } from '../analyze.js';
import { analyzeInlineModel } from '../keras/measure.js';
import type { ModelSpec } from '../keras/model.js';
import { loadBudget, parseBudget } from '../config/load.js';
import { atPosition, positionText } from '../config/position.js';
import type { BudgetConfig, ModelEntry } from '../config/types.js';
import { FlopgateError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { loadRunFit } from '../fit/load.js';
import type { FitConfig, FitResult } from '../fit/types.js';
import { readAtCommit, resolveCommit } from '../git.js';
import { BufferSource, FileSource, type ByteSource } from '../io/byte-source.js';
import type { AnalyzeOptions } from '../options.js';
import type { ModelFormat, ModelReport } from '../report/types.js';
import { FIT_SKIPPED, measuredLine, NO_BASELINE } from './describe.js';
import { evaluate, measuredBase, worst } from './evaluate.js';
import { diffLayers } from './layer-diff.js';
import { ALL, buildSide, buildSteps, withBaseBuild, type BaseTree } from './build.js';
import { resolveInRepo } from '../config/paths.js';
import type { Shard } from './shard-plan.js';
import { selectShard } from './shard-select.js';
import { isLfsPointer, LFS_PROBE_BYTES, lfsMessage } from '../formats/lfs.js';
import type { BaseComparison, CheckReport, ModelCheckResult } from './types.js';

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
 * - a `build:` fails at the head → FlopgateError (exit 2): the files it should have written
 *   cannot be trusted; at the base → those models' `base` is `unavailable` with the reason.
 */
export interface CheckOptions {
  /** Repository root: model paths in the budget file are relative to it. */
  root: string;
  /** Relative to `root`, or absolute. */
  budgetFile: string;
  /** A ref that does not name a commit is an error (exit 2): a typo must not pass as "no baseline". */
  baseRef?: string;
  /**
   * Why the comparison against a base was wanted but cannot be made (the Action could not
   * fetch the base commit): every model's base is `unavailable` with this reason, so the
   * reports say the comparison was skipped and why instead of leaving the column out.
   */
  baseSkipped?: string;
  /** Who runs the check, so messages name what that person can set (default `cli`). */
  surface?: 'cli' | 'action';
  fit: boolean;
  log?: (line: string) => void;
  /** Where downloaded datasets are cached (the Actions tool cache in the action; default ~/.cache/flopgate). */
  fitCacheDir?: string;
  /**
   * Fits at once, each in a worker thread (default: one per core). Workers need the bundled
   * fit engine (dist/fit); from the sources, or with 1, fits run one at a time in this thread.
   */
  fitWorkers?: number;
  /** Measure only this shard's models, and say so in the report (`--shard I/N`). */
  shard?: Shard;
  /** Wraps each fit, so the action can fold its per-epoch lines into a log group. */
  group?: <T>(title: string, fn: () => Promise<T>) => Promise<T>;
}

/**
 * The engine entry points, injectable so tests can count calls or fake a fit. An analysis
 * returns the report and the Keras architecture it was measured from, which is what a fit
 * trains: each model is read once (one open file, or one git blob), for both.
 */
export interface CheckDeps {
  /** `files`: the files beside the model its format may name (weight shards). */
  analyzeModel(src: ByteSource, label: string, opts: AnalyzeOptions, files?: FileSet): Promise<Analysis>;
  analyzeInlineModel(layers: unknown, label: string, opts: AnalyzeOptions): Analysis;
  runFit(spec: ModelSpec, inputShapes: number[][], cfg: FitConfig, log: (line: string) => void, opts?: { cacheDir?: string; trainingFlops?: number }): Promise<FitResult>;
}

const DEFAULT_DEPS: CheckDeps = {
  analyzeModel,
  analyzeInlineModel,
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
  /** The base compared with; `ref` absent when the comparison was skipped before any ref was known. */
  base?: { ref?: string; sha?: string; reason?: string; budget?: Map<string, ModelEntry>; tree?: BaseTree };
  /** Resolves when every model before this one is done: a fit waits for it, to run alone and log live. */
  turn?: () => Promise<void>;
  /** Fits run in worker threads, several at once, their logs held and told in order. */
  parallelFits?: boolean;
}

/**
 * Models measured at once: reading files and git blobs overlaps with the walks (the walks
 * themselves share the one thread). Enough to keep git busy, few enough to bound memory.
 */
const MEASURED_AT_ONCE = Math.max(4, os.availableParallelism());
/** A model file this large is measured alone: its graph, not its reading, is the memory. */
const ALONE_BYTES = 8 * 1024 * 1024;

async function fileSize(abs: string | undefined): Promise<number> {
  if (abs === undefined) return 0;
  return stat(abs).then((s) => s.size, () => 0);
}

export async function runCheck(opts: CheckOptions, deps?: Partial<CheckDeps>): Promise<CheckReport> {
  const cfg = await loadBudget(opts.budgetFile, opts.root, opts.surface ?? 'cli');
  const log = opts.log ?? (() => {});
  const full: CheckDeps = { ...DEFAULT_DEPS, ...deps };
  const workers = opts.fitWorkers ?? defaultFitWorkers();
  const engine = deps?.runFit === undefined && opts.fit && workers > 1 ? bundledFitUrl() : undefined;
  const pool = engine ? new FitPool(engine.href, workers) : undefined;
  if (pool) full.runFit = pool.runFit;
  try {
    return await checkAll(opts, cfg, full, log, pool !== undefined);
  } finally {
    await pool?.close();
  }
}

async function checkAll(opts: CheckOptions, cfg: BudgetConfig, full: CheckDeps, log: (line: string) => void, parallelFits: boolean): Promise<CheckReport> {
  const ctx: Ctx = { cfg, deps: full, log, fit: opts.fit, parallelFits, fitCacheDir: opts.fitCacheDir, group: opts.group ?? ((_title, fn) => fn()) };
  const head = await resolveCommit(cfg.root, 'HEAD');
  if (opts.baseRef !== undefined) ctx.base = await prepareBase(cfg, opts.baseRef, log);
  else if (opts.baseSkipped !== undefined) ctx.base = { reason: opts.baseSkipped };

  const sharded = opts.shard ? await selectShard(cfg, opts.shard, head.ok ? head.sha : undefined) : undefined;
  const entries = sharded?.models ?? cfg.models;
  const mine = { ...cfg, models: entries };
  // Models built by code: built at the head (a failure there is the configuration's), and
  // with a base, built again in a worktree of the base and measured from there.
  const built = buildSteps(mine).length > 0;
  if (built) {
    const atHead = await buildSide(mine, cfg.root, 'head', ctx);
    if (!atHead.ok) throw new FlopgateError(atHead.message);
  }
  // Concurrently, told in order: each model's log lines together, in the budget file's order.
  const measureAll = async () => {
    const ordered = new OrderedLog(log, ctx.group);
    const gate = new Gate(MEASURED_AT_ONCE);
    // Sizes after the builds: a built file exists only now.
    const weights = await Promise.all(entries.map(async (e) => ((await fileSize(e.absPath)) >= ALONE_BYTES ? MEASURED_AT_ONCE : 1)));
    const out = await mapOrdered(entries, MEASURED_AT_ONCE, async (entry, i) => {
      try {
        return await gate.run(weights[i]!, () =>
          checkModel(entry, {
            ...ctx,
            log: (l) => ordered.log(i, l),
            group: (title, fn) => ordered.inGroup(i, title, fn),
            turn: () => ordered.turn(i),
          }),
        );
      } finally {
        ordered.finish(i);
      }
    });
    await ordered.drained();
    return out;
  };
  const base = ctx.base;
  const models =
    built && base?.sha
      ? await withBaseBuild(mine, base.sha, ctx, (tree) => {
          base.tree = tree;
          return measureAll();
        })
      : await measureAll();
  return checkReport({
    convention: cfg.convention,
    budget_file: cfg.file,
    ...(head.ok ? { head: head.sha } : {}),
    ...(ctx.base?.sha ? { base: ctx.base.sha } : {}),
    models,
    ...(sharded ? { shard: sharded.info } : {}),
  });
}

async function prepareBase(cfg: BudgetConfig, ref: string, log: (l: string) => void): Promise<NonNullable<Ctx['base']>> {
  const commit = await resolveCommit(cfg.root, ref);
  // Asked for by name, a base that is not there is a mistake to fix, not a baseline to do without.
  if (!commit.ok) throw new FlopgateError(`--base-ref: ${commit.reason}`);
  // The budget file as it was at the base names inline models' layers there, and a model
  // file's path there (it may have been renamed in the PR).
  let budget: Map<string, ModelEntry> | undefined;
  if (!isAbsolute(cfg.file)) {
    const blob = await readAtCommit(cfg.root, commit.sha, cfg.file, LIMITS.budgetBytes);
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
  const inline = entry.positions.inline;
  return {
    name: entry.name,
    batchSize: entry.batchSize,
    convention: entry.convention,
    unknown: entry.unknown,
    // Messages name the budget file's keys (`input_shape`, `unknown: warn`), not CLI flags.
    knobs: 'budget',
    ...(entry.inputShapes ? { inputShapes: entry.inputShapes } : {}),
    ...(entry.dims ? { dims: entry.dims } : {}),
    ...(inline ? { inlinePosition: (layer: number, key?: string) => positionText(inline(layer, key)) } : {}),
  };
}

async function checkModel(entry: ModelEntry, ctx: Ctx): Promise<ModelCheckResult> {
  let head: Analysis;
  try {
    head = await measureHead(entry, ctx);
  } catch (e) {
    const error = message(e);
    ctx.log(`flopgate: ${entry.name}: ${error}`);
    return unmeasured(entry, ctx.cfg, error);
  }
  const report = head.report;
  // A budget on a figure the format does not measure must not pass on a 0.
  if (report.activations_not_measured && (entry.budget.activation_bytes !== undefined || entry.budget.activation_bytes_warn !== undefined)) {
    const error = `${positionText(entry.source)}: activation_bytes: peak activations are ${report.activations_not_measured}; remove the budget or measure the .keras, .tflite or .onnx form`;
    ctx.log(`flopgate: ${entry.name}: ${error}`);
    return unmeasured(entry, ctx.cfg, error);
  }
  ctx.log(`flopgate: ${entry.name}: ${measuredLine(report)}`);
  const measured = ctx.base ? await measureBase(entry, report, ctx) : undefined;
  const base = measured?.base;
  if (ctx.fit && entry.fit && !ctx.parallelFits) await ctx.turn?.();
  const fit = ctx.fit && entry.fit ? await fitModel(entry, report, head.keras, ctx) : undefined;
  const checks = evaluate(report, entry.budget, base, fit);
  return {
    ...report,
    name: entry.name,
    ...(entry.layers !== undefined ? { path: ctx.cfg.file } : {}),
    source: entry.source,
    ...(base ? { base } : {}),
    ...(measured?.layers ? { layers_diff: diffLayers(measured.layers, report.layers) } : {}),
    ...(fit ? { fit } : {}),
    checks,
    status: worst(checks.map((c) => c.status)),
  };
}

async function measureHead(entry: ModelEntry, ctx: Ctx): Promise<Analysis> {
  const opts = optionsOf(entry);
  if (entry.layers !== undefined) return ctx.deps.analyzeInlineModel(entry.layers, positionText(entry.positions.layers ?? entry.source), opts);
  const where = entry.positions.path ?? entry.source;
  if (entry.absPath === undefined || entry.path === undefined) throw new FlopgateError(atPosition(where, 'no model path'));
  try {
    return await analyzeOpenedOnce(entry.absPath, entry.path, opts, ctx);
  } catch (e) {
    // Point at the budget file's `path:` line, where the Action annotates, and keep the
    // reader's own message (which names the model file). A missing file says where it was
    // looked for: paths are relative to the repository root, not to where the command ran.
    const missing = /: no such file$/.test(message(e)) ? ` (model paths are relative to the repository root; looked in ${ctx.cfg.root})` : '';
    throw new FlopgateError(atPosition(where, message(e) + missing));
  }
}

/**
 * The model file is opened once: the same handle is probed for a Git LFS pointer (measuring
 * a pointer would fail with a baffling format error) and then read by the analyzer, whose
 * result also carries the architecture a fit trains. A directory (a SavedModel, a TF.js
 * model) is measured through the model file it holds.
 */
async function analyzeOpenedOnce(abs: string, label: string, opts: AnalyzeOptions, ctx: Ctx): Promise<Analysis> {
  const inDir = modelInDirectory(abs);
  const file = inDir ? join(abs, inDir) : abs;
  const fileLabel = inDir ? `${label}/${inDir}` : label;
  const files = new DirFiles(dirname(file), dirname(fileLabel));
  const src = await FileSource.open(file, fileLabel);
  try {
    if (isLfsPointer(await src.read(0, Math.min(src.size, LFS_PROBE_BYTES)))) throw new FlopgateError(lfsMessage(fileLabel));
    return await ctx.deps.analyzeModel(src, inDir === 'saved_model.pb' ? label : fileLabel, opts, files);
  } finally {
    await src.close();
    await files.close();
  }
}

/**
 * The same model at the base commit, measured with the head entry's options so the delta
 * shows a change of the model, not of how it is measured.
 */
async function measureBase(entry: ModelEntry, head: ModelReport, ctx: Ctx): Promise<{ base: BaseComparison; layers?: ModelReport['layers'] }> {
  const base = ctx.base!;
  if (!base.sha) return { base: { status: 'unavailable', ...(base.ref !== undefined ? { ref: base.ref } : {}), reason: base.reason ?? 'base commit unknown' } };
  const short = base.sha.slice(0, 7);
  try {
    const old = base.budget?.get(entry.name);
    let report: ModelReport;
    if (old?.layers !== undefined) {
      report = ctx.deps.analyzeInlineModel(old.layers, `${short}:${positionText(old.positions.layers ?? old.source)}`, optionsOf(entry)).report;
    } else {
      const path = old?.path ?? entry.path;
      // An inline model the base's budget file did not have.
      if (path === undefined) return { base: { status: 'new', ref: base.sha } };
      if (base.tree) {
        const built = await measureBuiltBase(entry, path, base.tree, base.sha, ctx);
        if ('status' in built) return { base: built };
        report = built.report;
        const measured = measuredBase(base.sha, head, report);
        return { base: report.format !== head.format ? { ...measured, format: report.format } : measured, layers: report.layers };
      }
      let blob = await readAtCommit(ctx.cfg.root, base.sha, path);
      let modelPath = path;
      // A SavedModel or TF.js model directory: the model file it held at the base.
      if (blob.kind === 'directory') {
        for (const name of MODEL_FILES_IN_DIRECTORY) {
          const inner = await readAtCommit(ctx.cfg.root, base.sha, posix.join(path, name));
          if (inner.kind === 'absent' || inner.kind === 'directory') continue;
          [blob, modelPath] = [inner, posix.join(path, name)];
          break;
        }
        if (blob.kind === 'directory') return { base: { status: 'unavailable', ref: base.sha, reason: `${path} is a directory without ${MODEL_FILES_IN_DIRECTORY.join(' or ')} at the base commit` } };
      }
      if (blob.kind === 'absent') return { base: { status: 'new', ref: base.sha } };
      if (blob.kind === 'unavailable') return { base: { status: 'unavailable', ref: base.sha, reason: blob.reason } };
      const label = `${short}:${modelPath.endsWith('/saved_model.pb') ? path : modelPath}`;
      if (isLfsPointer(blob.bytes)) return { base: { status: 'unavailable', ref: base.sha, reason: lfsMessage(label) } };
      const files = new GitFiles(ctx.cfg.root, base.sha, posix.dirname(modelPath), `${short}:${posix.dirname(modelPath)}`);
      report = (await ctx.deps.analyzeModel(new BufferSource(blob.bytes, label), label, optionsOf(entry), files)).report;
    }
    const measured = measuredBase(base.sha, head, report);
    return { base: report.format !== head.format ? { ...measured, format: report.format } : measured, layers: report.layers };
  } catch (e) {
    const reason = message(e);
    ctx.log(`flopgate: ${entry.name}: ${NO_BASELINE}: ${reason}`);
    return { base: { status: 'unavailable', ref: base.sha, reason } };
  }
}

/**
 * A model file from the built base worktree, read from disk (a built file is in no commit):
 * a failed build, or a file the base's build did not write, leaves no baseline or a new model.
 */
async function measureBuiltBase(entry: ModelEntry, path: string, tree: BaseTree, sha: string, ctx: Ctx): Promise<BaseComparison | { report: ModelReport }> {
  if (!tree.ok) return { status: 'unavailable', ref: sha, reason: tree.reason };
  const failed = tree.failed.get(ALL) ?? tree.failed.get(entry.name);
  if (failed !== undefined) return { status: 'unavailable', ref: sha, reason: failed };
  const resolved = resolveInRepo(tree.root, path);
  if (!resolved.ok) return { status: 'unavailable', ref: sha, reason: resolved.reason };
  const label = `${sha.slice(0, 7)}:${path}`;
  try {
    return { report: (await analyzeOpenedOnce(resolved.abs, label, optionsOf(entry), ctx)).report };
  } catch (e) {
    if (/: no such file$/.test(message(e))) return { status: 'new', ref: sha };
    throw e;
  }
}

/** Trains `spec`, the architecture the head's analysis read (undefined for ONNX). */
async function fitModel(entry: ModelEntry, report: ModelReport, spec: ModelSpec | undefined, ctx: Ctx): Promise<FitResult> {
  // runFit logs the skips it decides; these are the ones decided here.
  const skip = (reason: string): FitResult => {
    ctx.log(`flopgate: ${entry.name}: ${FIT_SKIPPED}: ${reason}`);
    return { status: 'skipped', reason };
  };
  try {
    if (!spec) return skip(`${entry.path}: only Keras-family models (.keras, .h5, TensorFlow.js layers models, Keras 2 SavedModels) can be fitted, not graphs of ops (ONNX, TFLite, SavedModel, TensorFlow.js graph models)`);
    const shapes = report.input_shapes;
    if (shapes.some((s) => s.some((d) => d === null))) return skip('the input shape has open dimensions');
    ctx.log(`flopgate: ${entry.name}: fitting (${entry.fit!.dataset}, ${entry.fit!.epochs} epoch(s))`);
    const result = await ctx.group(`flopgate: fit ${entry.name}`, () =>
      ctx.deps.runFit(spec, shapes as number[][], entry.fit!, (line) => ctx.log(`flopgate: ${entry.name}: ${line}`), {
        cacheDir: ctx.fitCacheDir,
        // Per sample, in the same training FLOPs the report shows; a Number, as only a time
        // estimate is made of it.
        ...(report.training_flops_estimate > 0n ? { trainingFlops: Number(report.training_flops_estimate) / Math.max(1, report.batch_size) } : {}),
      }),
    );
    return result;
  } catch (e) {
    return skip(message(e));
  }
}

/** A model that could not be measured still gets a row: zero counts, `fail`, and why. */
function unmeasured(entry: ModelEntry, cfg: BudgetConfig, error: string): ModelCheckResult {
  return {
    name: entry.name,
    path: entry.path ?? cfg.file,
    format: formatGuess(entry),
    convention: entry.convention,
    flops: 0n,
    lower_bound: false,
    macs: 0n,
    params: 0n,
    trainable_params: 0n,
    non_trainable_params: 0n,
    weights_bytes: 0n,
    weights_by_dtype: {},
    activation_bytes: 0n,
    batch_size: entry.batchSize,
    input_shapes: entry.inputShapes ?? [],
    training_flops_estimate: 0n,
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
  if (ext === '.tflite') return 'tflite';
  if (ext === '' || ext === '.pb') return 'saved_model';
  return ext === '.onnx' ? 'onnx' : ext === '.h5' || ext === '.hdf5' ? 'h5' : ext === '.json' ? 'tfjs' : 'keras';
}

function message(e: unknown): string {
  if (e instanceof Error) return e.message.replace(/\s*\n\s*/g, ' ');
  return String(e);
}
