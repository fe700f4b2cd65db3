export const id = 853;
export const ids = [853,45];
export const modules = {

/***/ 8853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_USAGE: () => (/* binding */ CHECK_USAGE),
  DEFAULT_BUDGET: () => (/* binding */ DEFAULT_BUDGET),
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/check/atomic-write.ts
var atomic_write = __webpack_require__(949);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git.ts

/**
 * Every git call flopgate makes, through one wrapper: execFile (no shell, so a ref or a path
 * is one argument and never code), bounded output and time, no prompt for credentials, `--`
 * before paths, and refs that begin with "-" refused before git could read them as options.
 * Refs and paths come from budget files, event payloads and flags: input from a pull request.
 * Failures are values with a one-line reason, never exceptions: a missing baseline must never
 * fail a check.
 */
/** Base model files larger than this are not pulled into memory (their weights dominate). */
const MAX_BLOB_BYTES = 512 * 1024 * 1024;
/** What a short command (rev-parse, ls-tree of one path, cat-file -e) may print. */
const MAX_OUTPUT = 1024 * 1024;
const TIMEOUT_MS = 60_000;
/** A shallow fetch of one commit goes over the network. */
const FETCH_TIMEOUT_MS = 120_000;
function git(cwd, args, limits = {}) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['--literal-pathspecs', '-c', 'core.quotePath=false', ...args], {
            cwd,
            encoding: 'buffer',
            maxBuffer: limits.maxBuffer ?? MAX_OUTPUT,
            timeout: limits.timeoutMs ?? TIMEOUT_MS,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
        }, (err, stdout, stderr) => resolve({ ok: !err, stdout: stdout ?? Buffer.alloc(0), reason: err ? reasonOf(stderr?.toString('utf8') ?? '', err) : '' }));
    });
}
/**
 * git prints progress and hints around the line that matters: the `fatal:` or `error:` line
 * when there is one, else the last line, else what execFile says (not found, timed out, too
 * much output).
 */
function reasonOf(stderr, err) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const said = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines.at(-1);
    if (said)
        return said;
    if (err.code === 'ENOENT')
        return 'git is not installed';
    if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
        return 'git printed more than flopgate reads';
    if (err.killed)
        return 'git took too long';
    return err.message.split('\n')[0] ?? 'git failed';
}
/** A ref that begins with "-" would be read as an option by git; an empty one names nothing. */
function refusedRef(ref) {
    return ref === '' || ref.startsWith('-') ? `"${ref}" is not a git ref` : undefined;
}
/** The repository's top directory, or undefined outside a git work tree (or without git). */
async function gitTopLevel(cwd) {
    const r = await git(cwd, ['rev-parse', '--show-toplevel']);
    return r.ok ? r.stdout.toString('utf8').trim() || undefined : undefined;
}
/** A ref or SHA to the commit it names. */
async function resolveCommit(root, ref) {
    const refused = refusedRef(ref);
    if (refused)
        return { ok: false, reason: refused };
    const r = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (r.ok)
        return { ok: true, sha: r.stdout.toString('utf8').trim() };
    return {
        ok: false,
        reason: `base ref "${ref}" is not a commit in this clone (a shallow checkout? use actions/checkout with fetch-depth: 0, or git fetch it)`,
    };
}
/** Whether the clone holds the commit (a shallow one may not). */
async function hasCommit(cwd, sha) {
    if (refusedRef(sha))
        return false;
    return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).ok;
}
/** Fetches one commit from `origin`, alone (depth 1): what a shallow checkout needs to compare against it. */
async function fetchCommit(cwd, sha) {
    const refused = refusedRef(sha);
    if (refused)
        return { ok: false, reason: refused };
    const r = await git(cwd, ['fetch', '--no-tags', '--depth=1', '--', 'origin', sha], { timeoutMs: FETCH_TIMEOUT_MS });
    return r.ok ? { ok: true } : { ok: false, reason: r.reason || 'git fetch failed' };
}
/**
 * A file as it was at `commit`, as bytes. `relPath` is relative to `root` (which may be a
 * subdirectory of the repository, as the Action's working-directory allows).
 */
async function readAtCommit(root, commit, relPath, maxBytes = MAX_BLOB_BYTES) {
    const refused = refusedRef(commit);
    if (refused)
        return { kind: 'unavailable', reason: refused };
    // ls-tree tells existence, kind and size in one call, before any bytes are read.
    const ls = await git(root, ['ls-tree', '-l', '-z', commit, '--', relPath]);
    if (!ls.ok)
        return { kind: 'unavailable', reason: `git ls-tree failed: ${ls.reason}` };
    const entry = ls.stdout
        .toString('utf8')
        .split('\0')
        .find((e) => e.length > 0);
    if (!entry)
        return { kind: 'absent' };
    const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(-|\d+)\t/.exec(entry);
    if (!m)
        return { kind: 'unavailable', reason: `unexpected git ls-tree output for ${relPath}` };
    const [, mode, type, oid, sizeText] = m;
    if (type === 'tree')
        return { kind: 'directory' };
    if (type !== 'blob')
        return { kind: 'unavailable', reason: `${relPath} is a ${type} (submodule?) at the base commit` };
    if (mode === '120000')
        return { kind: 'unavailable', reason: `${relPath} is a symbolic link at the base commit; flopgate does not follow links in history` };
    const size = Number(sizeText);
    if (size > maxBytes) {
        return { kind: 'unavailable', reason: `${relPath} is ${Math.round(size / 2 ** 20)} MiB at the base commit, more than the ${Math.round(maxBytes / 2 ** 20)} MiB flopgate reads from git history` };
    }
    // A blob this size takes a while to copy out; the output bound is the size ls-tree gave.
    const blob = await git(root, ['cat-file', 'blob', oid], { maxBuffer: size + 1, timeoutMs: 5 * TIMEOUT_MS });
    if (!blob.ok)
        return { kind: 'unavailable', reason: `git cat-file failed: ${blob.reason}` };
    return { kind: 'ok', bytes: new Uint8Array(blob.stdout.buffer, blob.stdout.byteOffset, blob.stdout.byteLength) };
}
/** A checkout of the whole base commit takes longer than one command. */
const WORKTREE_TIMEOUT_MS = 10 * 60_000;
/** A detached worktree of `sha` in `dir` (an existing empty directory). */
async function addWorktree(cwd, dir, sha) {
    const refused = refusedRef(sha);
    if (refused)
        return { ok: false, reason: refused };
    const r = await git(cwd, ['worktree', 'add', '--detach', '--force', '--', dir, sha], { timeoutMs: WORKTREE_TIMEOUT_MS });
    return r.ok ? { ok: true } : { ok: false, reason: r.reason || 'git worktree add failed' };
}
/** Removes a worktree added by addWorktree, untracked build output and all; never fails. */
async function removeWorktree(cwd, dir) {
    await git(cwd, ['worktree', 'remove', '--force', '--force', '--', dir], { timeoutMs: WORKTREE_TIMEOUT_MS });
}
/** Forgets worktrees whose directory is gone. */
async function pruneWorktrees(cwd) {
    await git(cwd, ['worktree', 'prune']);
}
/**
 * The sizes git records for `relPaths` (relative to `root`) at `commit`; paths that are not
 * files there are left out. One ls-tree per thousand paths.
 */
async function blobSizes(root, commit, relPaths) {
    const out = new Map();
    if (refusedRef(commit))
        return out;
    for (let i = 0; i < relPaths.length; i += 1000) {
        const r = await git(root, ['ls-tree', '-l', '-z', commit, '--', ...relPaths.slice(i, i + 1000)], { maxBuffer: 64 * MAX_OUTPUT });
        if (!r.ok)
            continue;
        for (const entry of r.stdout.toString('utf8').split('\0')) {
            const m = /^\d+ blob [0-9a-f]+\s+(\d+)\t(.*)$/s.exec(entry);
            if (m)
                out.set(m[2], Number(m[1]));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/check/exit-code.ts
var exit_code = __webpack_require__(1978);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/check/ordered.ts
class OrderedLog {
    write;
    group;
    head = 0;
    held = new Map();
    done = new Set();
    waiting = new Map();
    capturing = new Map();
    flushing;
    again = false;
    constructor(write, group = (_title, fn) => fn()) {
        this.write = write;
        this.group = group;
    }
    queue(i) {
        let q = this.held.get(i);
        if (!q)
            this.held.set(i, (q = []));
        return q;
    }
    /** Whether model i may write straight through: at the head, nothing of it held, nothing being written. */
    live(i) {
        return i === this.head && !this.flushing && (this.held.get(i)?.length ?? 0) === 0;
    }
    log(i, line) {
        const open = this.capturing.get(i);
        if (open)
            return void open.lines.push(line);
        if (this.live(i))
            return this.write(line);
        this.queue(i).push({ line });
        this.flush();
    }
    /** `fn`'s lines in a group: opened live when model i may write through, else held and written in its place. */
    async inGroup(i, title, fn) {
        if (this.live(i))
            return this.group(title, fn);
        const entry = { title, lines: [], open: true };
        this.queue(i).push(entry);
        this.capturing.set(i, entry);
        try {
            return await fn();
        }
        finally {
            this.capturing.delete(i);
            entry.open = false;
            this.flush();
        }
    }
    /** Model i is finished: it, and whatever finished behind it, is written out. */
    finish(i) {
        this.done.add(i);
        this.flush();
    }
    /** Resolves when every model before i is told and i may write through. */
    turn(i) {
        if (this.live(i))
            return Promise.resolve();
        return new Promise((resolve) => {
            this.waiting.set(i, resolve);
            this.flush();
        });
    }
    /** Settles when everything held has been written. */
    async drained() {
        while (this.flushing)
            await this.flushing;
    }
    flush() {
        if (this.flushing) {
            this.again = true;
            return;
        }
        this.flushing = (async () => {
            do {
                this.again = false;
                for (;;) {
                    const q = this.held.get(this.head) ?? [];
                    while (q.length && !('open' in q[0] && q[0].open)) {
                        const e = q.shift();
                        if ('line' in e)
                            this.write(e.line);
                        else
                            await this.group(e.title, async () => e.lines.forEach((l) => this.write(l)));
                    }
                    if (q.length || !this.done.has(this.head))
                        break;
                    this.held.delete(this.head);
                    this.done.delete(this.head);
                    this.head++;
                }
            } while (this.again);
        })().finally(() => {
            this.flushing = undefined;
            // Lines that came while the last of it was being written.
            if (this.again)
                return this.flush();
            // Whoever waits for its turn gets it once nothing of it is held and nothing is being written.
            const resolve = this.waiting.get(this.head);
            if (resolve && this.live(this.head)) {
                this.waiting.delete(this.head);
                resolve();
            }
        });
    }
}
/**
 * `fn` over `items` with at most `limit` running at once, results in the items' order. The
 * work is started in order, so the first items finish first as far as their costs allow.
 */
async function mapOrdered(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}
/**
 * A weighted semaphore granting in the order asked: a request waits until it is first in line
 * and its weight fits. A large model asks for the whole capacity and is measured alone, so
 * concurrency never multiplies the memory of the models that need the most.
 */
class Gate {
    capacity;
    used = 0;
    line = [];
    constructor(capacity) {
        this.capacity = capacity;
    }
    async run(weight, fn) {
        const w = Math.min(Math.max(1, weight), this.capacity);
        if (this.line.length > 0 || this.used + w > this.capacity)
            await new Promise((go) => this.line.push({ weight: w, go }));
        else
            this.used += w;
        try {
            return await fn();
        }
        finally {
            this.used -= w;
            while (this.line.length > 0 && this.used + this.line[0].weight <= this.capacity) {
                const next = this.line.shift();
                this.used += next.weight;
                next.go();
            }
        }
    }
}

// EXTERNAL MODULE: ./src/check/report.ts
var report = __webpack_require__(3904);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/fit/load.ts


/** The fit engine's bundle beside the running one (dist/fit/index.js); undefined from source. */
function bundledFitUrl() {
    return ['./fit/index.js', '../fit/index.js'].map((p) => new URL(p, import.meta.url)).find((u) => (0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(u)));
}
/**
 * The fit engine (TensorFlow.js, its WASM binaries, the digits) is one bundle of its own,
 * dist/fit/index.js, shared by the action (dist/index.js) and the CLI (dist/cli/index.js)
 * instead of being copied into both, and loaded only when a fit runs. From source (tests,
 * development) the module itself is loaded.
 */
async function loadRunFit() {
    const here = import.meta.url;
    const target = bundledFitUrl() ?? (0,external_node_url_.pathToFileURL)((0,external_node_url_.fileURLToPath)(new URL(here.endsWith('.ts') ? './run.ts' : './run.js', here)));
    // webpackIgnore keeps the bundler from pulling the engine into the bundle that loads it.
    const mod = (await import(/* webpackIgnore: true */ target.href));
    return mod.runFit;
}

;// CONCATENATED MODULE: ./src/check/fit-workers.ts



/**
 * Fits in worker threads, several at once: each worker loads the fit engine's bundle
 * (dist/fit/index.js, TensorFlow.js and all) and runs one fit, posting its log lines back.
 * Only from the bundle: the sources (tests) have no JavaScript module a worker could load,
 * and fit in the calling thread, one at a time.
 */
/** How many fits may run at once by default: one per core. */
function defaultFitWorkers() {
    return Math.max(1, external_node_os_default().availableParallelism());
}
// The worker's whole program: load the engine once, then fit what it is sent, one at a time,
// posting each fit's log lines and its result (or why not) under the fit's id.
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const engine = import(workerData.href);
parentPort.on('message', async ({ id, spec, shapes, cfg, opts }) => {
  try {
    const { runFit } = await engine;
    const result = await runFit(spec, shapes, cfg, (line) => parentPort.postMessage({ id, line }), opts);
    parentPort.postMessage({ id, result });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
`;
/**
 * Up to `size` worker threads, each loading the engine at `href` once and fitting one model at
 * a time; a fit goes to an idle worker, or waits for one. `close` ends them all.
 */
class FitPool {
    href;
    size;
    idle = [];
    all = new Set();
    waiting = [];
    pending = new Map();
    nextId = 1;
    local = Promise.resolve();
    constructor(href, size) {
        this.href = href;
        this.size = size;
    }
    runFit = async (spec, inputShapes, cfg, log, opts = {}) => {
        // An architecture that cannot cross to a thread (an inline model's spec carries functions)
        // is fitted here, in this thread, one such fit at a time (two fits sharing TensorFlow.js's
        // one backend would race to start it).
        try {
            structuredClone(spec);
        }
        catch {
            const fit = this.local.then(async () => (await loadRunFit())(spec, inputShapes, cfg, log, opts));
            this.local = fit.catch(() => { });
            return fit;
        }
        const worker = await this.acquire();
        try {
            return await new Promise((resolve, reject) => {
                const id = this.nextId++;
                this.pending.set(id, { log, resolve, reject, worker });
                worker.postMessage({ id, spec, shapes: inputShapes, cfg, opts });
            });
        }
        finally {
            this.release(worker);
        }
    };
    spawn() {
        const worker = new external_node_worker_threads_.Worker(PROGRAM, { eval: true, workerData: { href: this.href } });
        this.all.add(worker);
        worker.on('message', (m) => {
            const p = this.pending.get(m.id);
            if (!p)
                return;
            if (m.line !== undefined)
                return p.log(m.line);
            this.pending.delete(m.id);
            if (m.result !== undefined)
                p.resolve(m.result);
            else
                p.reject(new Error(m.error ?? 'the fit worker failed'));
        });
        // A worker that dies fails the fit it had; the next fit gets a new worker.
        const died = (why) => {
            this.all.delete(worker);
            const i = this.idle.indexOf(worker);
            if (i >= 0)
                this.idle.splice(i, 1);
            for (const [id, p] of this.pending) {
                if (p.worker !== worker)
                    continue;
                this.pending.delete(id);
                p.reject(new Error(why));
            }
        };
        worker.on('error', (e) => died(`the fit worker failed: ${e.message}`));
        worker.on('exit', (code) => died(`the fit worker exited (code ${code}) before it finished`));
        return worker;
    }
    acquire() {
        const w = this.idle.pop();
        if (w)
            return Promise.resolve(w);
        if (this.all.size < this.size)
            return Promise.resolve(this.spawn());
        return new Promise((resolve) => this.waiting.push(resolve));
    }
    release(worker) {
        if (!this.all.has(worker)) {
            // It died: whoever waits gets a new one.
            const next = this.waiting.shift();
            if (next)
                next(this.spawn());
            return;
        }
        const next = this.waiting.shift();
        if (next)
            next(worker);
        else
            this.idle.push(worker);
    }
    async close() {
        const all = [...this.all];
        this.all.clear();
        await Promise.all(all.map((w) => w.terminate()));
    }
}

// EXTERNAL MODULE: ./src/formats/index.ts + 3 modules
var formats = __webpack_require__(5943);
// EXTERNAL MODULE: ./src/io/file-set.ts
var file_set = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __webpack_require__(2940);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/check/git-files.ts





/**
 * The files of a model's directory as they were at a commit (a graph model's weight shards,
 * a SavedModel's other files), read from git when the format asks for one.
 */
class GitFiles {
    root;
    commit;
    dir;
    dirLabel;
    read = new Map();
    constructor(root, commit, 
    /** The directory, relative to `root` ('' or '.' for the root itself). */
    dir, dirLabel) {
        this.root = root;
        this.commit = commit;
        this.dir = dir;
        this.dirLabel = dirLabel;
    }
    label(rel) {
        return `${this.dirLabel.replace(/\/$/, '')}/${rel}`;
    }
    async open(rel) {
        const safe = (0,file_set/* safeRelative */.iC)(rel);
        if (!safe)
            throw (0,file_set/* refusedPath */.wP)(this.dirLabel, rel);
        if (this.read.has(safe))
            return this.read.get(safe);
        const path = this.dir && this.dir !== '.' ? external_node_path_.posix.join(this.dir, safe) : safe;
        const blob = await readAtCommit(this.root, this.commit, path);
        if (blob.kind === 'unavailable')
            throw new errors/* FlopgateError */.N9(`${this.label(safe)}: ${blob.reason}`);
        const src = blob.kind === 'ok' ? new byte_source/* BufferSource */._r(blob.bytes, this.label(safe)) : undefined;
        this.read.set(safe, src);
        return src;
    }
}

// EXTERNAL MODULE: ./src/analyze.ts
var analyze = __webpack_require__(2475);
// EXTERNAL MODULE: ./src/keras/measure.ts + 26 modules
var measure = __webpack_require__(1247);
// EXTERNAL MODULE: ./src/containers/json.ts
var containers_json = __webpack_require__(1523);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
;// CONCATENATED MODULE: ./src/config/position.ts
/**
 * Places in the budget file. Every message about a spot in it starts with `file:line:column: `
 * (what editors, problem matchers and the Action's annotations jump to), so the text is
 * written by one function and read back by its inverse.
 */
/** `file:line:column`. */
function positionText(p) {
    return `${p.file}:${p.line}:${p.column}`;
}
/** `file:line:column: message`: a message about that spot. */
function atPosition(p, message) {
    return `${positionText(p)}: ${message}`;
}
// The file part is matched lazily, so a path holding ':' still splits at the first
// `:line:column: ` that follows it.
const POSITIONED = /^(.+?):(\d+):(\d+): (.+)$/s;
/** The inverse of atPosition: the spot a message names and what it says there, or undefined. */
function splitPosition(message) {
    const m = POSITIONED.exec(message);
    return m ? { file: m[1], line: Number(m[2]), column: Number(m[3]), message: m[4] } : undefined;
}

;// CONCATENATED MODULE: ./src/config/errors.ts


function formatFault(f) {
    return atPosition(f, f.message);
}
/**
 * Every fault found in a budget file at once, so one edit can fix them all. The message is
 * the first fault (one line, as every FlopgateError); `faults` has each, for the CLI to
 * print line by line and the Action to annotate.
 */
class ConfigError extends errors/* FlopgateError */.N9 {
    faults;
    constructor(faults) {
        const sorted = [...faults].sort((a, b) => a.line - b.line || a.column - b.column);
        const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more)` : '';
        super(`${formatFault(sorted[0])}${more}`, 2);
        this.faults = sorted;
    }
}

;// CONCATENATED MODULE: ./src/config/duration.ts
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 };
/** A build that needs more than a day is a hung one; the runner's own limit is 6 hours. */
const MAX_MS = 24 * 3_600_000;
/** `build_timeout`: seconds as a number, or "90s", "10m", "1h"; milliseconds out. */
function parseDuration(v) {
    let ms;
    if (typeof v === 'number')
        ms = v * 1000;
    else if (typeof v === 'string') {
        const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([smh]?)\s*$/.exec(v);
        if (m)
            ms = Number(m[1]) * UNIT_MS[(m[2] || 's')];
    }
    if (ms === undefined || !Number.isFinite(ms))
        return { ok: false, reason: 'must be a number of seconds, or a duration like "90s", "10m" or "1h"' };
    if (ms <= 0)
        return { ok: false, reason: 'must be more than 0' };
    if (ms > MAX_MS)
        return { ok: false, reason: 'must be at most 24h' };
    return { ok: true, value: Math.round(ms) };
}

;// CONCATENATED MODULE: ./src/config/limits.ts
/**
 * Limits as people write them in a budget file, like size-limit's "10 kB": plain numbers or
 * strings with a decimal suffix ("200k", "1.5M"), and increases as "5%" or a fraction.
 * Each parser returns the number or a reason; the caller adds file:line:column.
 */

/** Powers of ten of the suffixes. */
const SUFFIX = { '': 0, k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const COUNT_RE = /^([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?\s*([A-Za-z]?)$/;
/** Counts are compared exactly: more than this many digits is a typo, not a budget. */
const MAX_DIGITS = 40;
/**
 * A FLOPs or parameter count, exactly (a bigint): 179050, "200k", "1.5M", "4.1 G", "2.5e18".
 * Never negative, always a whole number; a YAML number beyond 2^53 has already lost digits,
 * so it must be written as a string.
 */
function parseCount(v) {
    if (typeof v === 'number') {
        if (!Number.isFinite(v) || v < 0)
            return { ok: false, reason: `must be a non-negative number, got ${v}` };
        if (!Number.isInteger(v))
            return { ok: false, reason: `${v} is not a whole number of operations` };
        if (v > limits/* LIMITS */.b.budgetNumber)
            return { ok: false, reason: `${v} is beyond 2^53, where a YAML number loses digits; write it as a string with a suffix, like "2.5T"` };
        return { ok: true, value: BigInt(v) };
    }
    if (typeof v !== 'string')
        return { ok: false, reason: `must be a number or a string like "200k", got ${typeName(v)}` };
    const m = COUNT_RE.exec(v.trim());
    if (!m)
        return { ok: false, reason: `"${v}" is not a count: write a number with an optional k, M, G or T suffix, like "200k" or "1.5M"` };
    const [, whole, frac = '', exp = '0', suffix = ''] = m;
    const scale = Object.prototype.hasOwnProperty.call(SUFFIX, suffix) ? SUFFIX[suffix] : undefined;
    if (scale === undefined) {
        // "m" would read as milli and "b" as billion to some: refuse rather than guess.
        return { ok: false, reason: `"${v}": unknown suffix "${suffix}" (use k = 10^3, M = 10^6, G = 10^9 or T = 10^12)` };
    }
    // digits x 10^(exponent + scale - decimals), in integers.
    const digits = (whole + frac).replace(/^0+(?=\d)/, '');
    const power = Number(exp) + scale - frac.length;
    if (digits.length + Math.max(power, 0) > MAX_DIGITS)
        return { ok: false, reason: `"${v}" is too large` };
    if (power >= 0)
        return { ok: true, value: BigInt(digits) * 10n ** BigInt(power) };
    const divisor = 10n ** BigInt(-power);
    const n = BigInt(digits);
    if (n % divisor !== 0n)
        return { ok: false, reason: `"${v}" is not a whole number of operations` };
    return { ok: true, value: n / divisor };
}
const BYTES_RE = /^([0-9]+)(?:\.([0-9]+))?\s*([A-Za-z]*)$/;
/** Byte units as people write them: decimal kB/MB/GB/TB (size-limit's "10 kB"), binary KiB/MiB/GiB/TiB. */
const BYTE_UNITS = {
    '': 1n, B: 1n,
    kB: 1000n, KB: 1000n, MB: 1000n ** 2n, GB: 1000n ** 3n, TB: 1000n ** 4n,
    KiB: 1024n, MiB: 1024n ** 2n, GiB: 1024n ** 3n, TiB: 1024n ** 4n,
};
/**
 * A size in bytes, exactly: 4096, "512 kB", "4 MiB", "1.5 GB". Lower-case "b" would be bits to
 * some, and "m" milli: refused rather than guessed.
 */
function parseBytes(v) {
    if (typeof v === 'number') {
        if (!Number.isSafeInteger(v) || v < 0)
            return { ok: false, reason: `must be a whole number of bytes or a size like "512 kB", got ${v}` };
        return { ok: true, value: BigInt(v) };
    }
    if (typeof v !== 'string')
        return { ok: false, reason: `must be a size like "512 kB" or "4 MiB", got ${typeName(v)}` };
    const m = BYTES_RE.exec(v.trim());
    const unit = m ? BYTE_UNITS[m[3]] : undefined;
    if (!m || unit === undefined || !Object.prototype.hasOwnProperty.call(BYTE_UNITS, m[3])) {
        return { ok: false, reason: `"${v}" is not a size: write bytes with a unit, like "512 kB", "4 MiB" or "1.5 GB" (kB = 1000 B, KiB = 1024 B)` };
    }
    const [, whole, frac = ''] = m;
    if (whole.length + frac.length > MAX_DIGITS)
        return { ok: false, reason: `"${v}" is too large` };
    const scaled = BigInt(whole + frac) * unit;
    const divisor = 10n ** BigInt(frac.length);
    if (scaled % divisor !== 0n)
        return { ok: false, reason: `"${v}" is not a whole number of bytes` };
    return { ok: true, value: scaled / divisor };
}
const PERCENT_RE = /^([0-9]+(?:\.[0-9]+)?)\s*%$/;
/**
 * An allowed increase: "5%" or a fraction 0.05. A bare number above 1 is refused: someone
 * who writes `flops_increase: 5` almost surely means 5%, and 500% would silently pass.
 */
function parseIncrease(v) {
    if (typeof v === 'number') {
        if (!Number.isFinite(v) || v < 0)
            return { ok: false, reason: `must be a non-negative fraction or percentage, got ${v}` };
        if (v > 1)
            return { ok: false, reason: `${v} is read as a fraction (${v * 100}%); write "${v}%" for ${v} percent, or "${v * 100}%" if you meant it` };
        return { ok: true, value: v };
    }
    if (typeof v !== 'string')
        return { ok: false, reason: `must be a percentage like "5%" or a fraction like 0.05, got ${typeName(v)}` };
    const m = PERCENT_RE.exec(v.trim());
    if (!m)
        return { ok: false, reason: `"${v}" is not a percentage: write it like "5%" or as a fraction like 0.05` };
    return { ok: true, value: Number((Number(m[1]) / 100).toPrecision(15)) };
}
/** A minimum accuracy: a fraction in [0, 1] or a percentage "95%". */
function parseAccuracy(v) {
    if (typeof v === 'string') {
        const m = PERCENT_RE.exec(v.trim());
        if (!m)
            return { ok: false, reason: `"${v}" is not an accuracy: write a fraction like 0.95 or a percentage like "95%"` };
        v = Number(m[1]) / 100;
    }
    if (typeof v !== 'number' || !Number.isFinite(v))
        return { ok: false, reason: `must be a fraction like 0.95 or a percentage like "95%", got ${typeName(v)}` };
    if (v < 0 || v > 1)
        return { ok: false, reason: `accuracy ${v} is outside 0..1 (write 0.95 or "95%")` };
    return { ok: true, value: Number(v.toPrecision(15)) };
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `${typeof v} ${JSON.stringify(v)}`;
}

;// CONCATENATED MODULE: ./src/config/paths.ts


/**
 * A path from the budget file, resolved against the repository root. Anything that leaves
 * the repository is refused: `..`, an absolute path elsewhere, or a symlink (in the path or
 * any directory above it) pointing out. A budget file is input from a pull request, and the
 * check must not be steerable into reading the runner's other files.
 */
function resolveInRepo(root, p) {
    if (p.includes('\0'))
        return { ok: false, reason: 'contains a NUL character' };
    const rootAbs = (0,external_node_path_.resolve)(root);
    const abs = (0,external_node_path_.resolve)(rootAbs, p);
    const rel = (0,external_node_path_.relative)(rootAbs, abs);
    if (outside(rel))
        return { ok: false, reason: `"${p}" is outside the repository (paths are relative to its root)` };
    if (rel === '')
        return { ok: false, reason: `"${p}" is the repository root, not a file` };
    const realRoot = realRootOf(rootAbs);
    const real = realExisting(abs);
    if (real !== undefined && outside((0,external_node_path_.relative)(realRoot, real))) {
        return { ok: false, reason: `"${p}" leads outside the repository through a symbolic link` };
    }
    return { ok: true, rel: rel.split(external_node_path_.sep).join('/'), abs };
}
// Synchronous calls, and the root's real path once: a budget file of 10,000 models made 50,000
// round trips through libuv's thread pool (2 s) to resolve paths most of which share a root.
const realRoots = new Map();
function realRootOf(rootAbs) {
    let real = realRoots.get(rootAbs);
    if (real === undefined) {
        try {
            real = (0,external_node_fs_.realpathSync)(rootAbs);
        }
        catch {
            real = rootAbs;
        }
        realRoots.set(rootAbs, real);
    }
    return real;
}
function outside(rel) {
    return rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel);
}
/**
 * The real path of `abs`, or of its nearest existing ancestor joined with the rest, so a
 * symlinked directory is caught even when the file below it does not exist (yet).
 */
function realExisting(abs) {
    let cur = abs;
    const rest = [];
    for (;;) {
        try {
            (0,external_node_fs_.lstatSync)(cur);
            const real = (0,external_node_fs_.realpathSync)(cur);
            return rest.length ? (0,external_node_path_.resolve)(real, ...rest.reverse()) : real;
        }
        catch {
            const up = (0,external_node_path_.dirname)(cur);
            if (up === cur)
                return undefined;
            rest.push(cur.slice(up.length).replace(/^[/\\]+/, ''));
            cur = up;
        }
    }
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./schema/flopgate.schema.json
const flopgate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/flopgate/flopgate/schema/flopgate.schema.json","title":"flopgate budget file","description":"Compute budgets for neural-network models, checked by `flopgate check` and the flopgate GitHub Action. Default location: .github/flopgate.yml.","type":"object","additionalProperties":false,"required":["models"],"properties":{"version":{"description":"Format version of this file. Only 1 exists.","const":1},"convention":{"$ref":"#/definitions/convention"},"unknown":{"$ref":"#/definitions/unknown"},"build":{"$ref":"#/definitions/build"},"build_timeout":{"description":"How long each `build:` command may run before it is stopped: seconds, or a string with s, m or h (\\"90s\\", \\"10m\\"). Default 10 minutes.","anyOf":[{"type":"number","exclusiveMinimum":0},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?\\\\s*[smh]?\\\\s*$"}],"errorMessage":"must be a number of seconds, or a duration like \\"90s\\", \\"10m\\" or \\"1h\\""},"models":{"description":"The models to measure and the budgets they must stay within.","type":"array","minItems":1,"items":{"$ref":"#/definitions/model"}}},"definitions":{"convention":{"description":"How operations are turned into FLOPs. notebook: 2 per multiply-accumulate, activations counted, bias not (the default). macs: multiply-accumulates only (torchvision, fvcore, papers\' mult-adds). tf-profiler: what the TensorFlow profiler and keras-flops report.","enum":["notebook","macs","tf-profiler"]},"unknown":{"description":"What to do with a layer or op flopgate has no rule for. error (default): fail and name it. warn: count it as 0, list it, and mark the total as a lower bound (≥).","enum":["error","warn"]},"count":{"description":"A number, or a string with a decimal suffix: k = 10^3, M = 10^6, G = 10^9, T = 10^12 (\\"200k\\", \\"1.5M\\").","anyOf":[{"type":"number","minimum":0,"maximum":9007199254740991},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?([eE][+-]?[0-9]+)?\\\\s*[kKMGT]?\\\\s*$"}],"errorMessage":"must be a number or a string with a k, M, G or T suffix, like 200k or \\"1.5M\\""},"model":{"description":"One model: a file in the repository (path) or an inline Sequential spec (layers).","type":"object","additionalProperties":false,"required":["name"],"oneOf":[{"required":["path"]},{"required":["layers"]}],"errorMessage":"needs exactly one of `path` (a model file) or `layers` (an inline model)","properties":{"name":{"description":"Unique name, shown in reports and used to find the model at the base commit.","type":"string","minLength":1},"path":{"description":"Model file relative to the repository root: .keras, .h5, TensorFlow.js model.json or .onnx. Only the architecture is read, never the weights.","type":"string","minLength":1},"layers":{"description":"An inline Sequential model, one mapping per layer: `- dense: {units: 10, activation: softmax}`. The first layer carries `input_shape`.","type":"array","minItems":1,"items":{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"type":["object","null"]},"errorMessage":"each layer is one mapping like `dense: {units: 10}`"}},"input_shape":{"description":"Input shape without the batch dimension, for dimensions the file leaves open: [28, 28], or one list per input: [[28, 28], [10]].","anyOf":[{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"maximum":2147483648}},{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1,"maximum":2147483648}}}],"errorMessage":"must be a list of positive integers like [28, 28], or one such list per input"},"dims":{"description":"Symbolic input dimensions by the name the file gives them (ONNX dim_param), like {seq: 128}.","type":"object","minProperties":1,"additionalProperties":{"type":"integer","minimum":1},"errorMessage":"must map dimension names to positive integers, like {seq: 128}"},"batch_size":{"description":"Batch size the FLOPs are counted for (default 1). Everything scales with it.","type":"integer","minimum":1,"maximum":2147483648},"convention":{"$ref":"#/definitions/convention"},"unknown":{"$ref":"#/definitions/unknown"},"budget":{"$ref":"#/definitions/budget"},"fit":{"$ref":"#/definitions/fit"},"build":{"$ref":"#/definitions/build","description":"A shell command that writes this model\'s file, run before it is measured (after the top-level `build:`); see the top-level `build`."}}},"budget":{"description":"Limits this model must stay within. Each is optional.","type":"object","additionalProperties":false,"properties":{"flops":{"$ref":"#/definitions/count","description":"Fail when forward FLOPs exceed this (\\"200k\\")."},"flops_warn":{"$ref":"#/definitions/count","description":"Warn when forward FLOPs exceed this; set it below `flops`."},"params":{"$ref":"#/definitions/count","description":"Fail when the parameter count exceeds this (\\"100k\\")."},"flops_increase":{"description":"Fail when FLOPs grow by more than this against the pull request\'s base: \\"5%\\" or a fraction like 0.05.","anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?\\\\s*%\\\\s*$"}],"errorMessage":"must be a percentage like \\"5%\\" or a fraction like 0.05"},"accuracy":{"description":"Minimum validation accuracy after the `fit:` run: a fraction like 0.95 or \\"95%\\". Needs a `fit:` block in the same entry.","anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?\\\\s*%\\\\s*$"}],"errorMessage":"must be a fraction like 0.95 or a percentage like \\"95%\\""},"weights_bytes":{"$ref":"#/definitions/size","description":"Fail when the weights\' storage exceeds this: parameters times their stored dtype size, from the file\'s metadata (\\"4 MiB\\")."},"weights_bytes_warn":{"$ref":"#/definitions/size","description":"Warn when the weights\' storage exceeds this; set it below `weights_bytes`."},"activation_bytes":{"$ref":"#/definitions/size","description":"Fail when the peak of live activations at `batch_size` exceeds this (\\"1 MiB\\"); see docs/conventions.md, Memory."},"activation_bytes_warn":{"$ref":"#/definitions/size","description":"Warn when the peak of live activations exceeds this; set it below `activation_bytes`."}}},"fit":{"description":"A short training run from fresh, seeded weights that measures validation accuracy. Keras-family models only. Skipped with `flopgate check --no-fit`.","type":"object","additionalProperties":false,"properties":{"dataset":{"description":"mnist: 10,000 real digits shipped with flopgate (default). mnist-full, fashion-mnist: IDX files from `path`, else downloaded once and cached. idx: IDX files at `path`.","enum":["mnist","mnist-full","fashion-mnist","idx"]},"epochs":{"description":"Training epochs (default 1).","type":"integer","minimum":1,"maximum":1000},"batch_size":{"description":"Training batch size (default 32).","type":"integer","minimum":1,"maximum":65536},"train_samples":{"description":"Training samples (default 8000).","type":"integer","minimum":1,"maximum":60000},"validation_samples":{"description":"Held-out samples the accuracy is measured on (default 2000).","type":"integer","minimum":1,"maximum":60000},"seed":{"description":"Seed for weights and shuffling (default 1).","type":"integer","minimum":-2147483648,"maximum":4294967295},"optimizer":{"description":"Optimizer (default adam).","enum":["adam","sgd","rmsprop","adagrad","adadelta","adamax"]},"loss":{"description":"Loss (default categorical_crossentropy).","enum":["categorical_crossentropy","sparse_categorical_crossentropy","mean_squared_error"]},"timeout":{"description":"Seconds the whole fit may take (default 600). A fit estimated to take longer is refused before training; one that runs out of time stops after the current batch, and its accuracy is reported as not measured.","type":"number","exclusiveMinimum":0,"maximum":86400},"learning_rate":{"description":"Learning rate (default: the optimizer\'s own).","type":"number","exclusiveMinimum":0},"threads":{"description":"Threads training on the WASM backend, each on its share of every batch (default auto: one per core, up to 4, for a model of at least 100 MFLOP of training per batch; one for smaller ones). A fit is reproducible for a given number of threads; another number sums each batch\'s gradient in another order.","oneOf":[{"const":"auto"},{"type":"integer","minimum":1,"maximum":16}]},"backend":{"description":"TensorFlow.js backend: auto (tfjs-node when it loads, else wasm, else cpu), tensorflow, wasm or cpu.","enum":["auto","tensorflow","wasm","cpu"]},"path":{"description":"Directory with the dataset\'s IDX files, relative to the repository root.","type":"string","minLength":1},"url":{"description":"Base URL to download IDX files from when they are neither at `path` nor cached.","type":"string","pattern":"^https?://","errorMessage":"must be an http(s) URL"}}},"size":{"description":"A size in bytes: a number, or a string with a unit: kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024): \\"512 kB\\", \\"4 MiB\\".","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?\\\\s*(B|kB|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?\\\\s*$"}],"errorMessage":"must be a number of bytes or a size like \\"512 kB\\" or \\"4 MiB\\""},"build":{"description":"A shell command that writes model files (`python export.py`), run from the repository root before the models are measured: at the head, and with a base comparison also in a temporary git worktree of the base commit. It is code from the branch being checked: it runs with the job\'s permissions, as any step of the workflow would.","type":"string","minLength":1}}}');
;// CONCATENATED MODULE: ./src/config/validate.ts



// `errorMessage` is the annotation VS Code's YAML and JSON services show instead of the
// generic text; ajv only needs to know it is a keyword. Compiled once per process.
let compiled;
function validator() {
    if (!compiled) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, verbose: true });
        ajv.addVocabulary(['errorMessage']);
        compiled = ajv.compile(flopgate_schema_namespaceObject);
    }
    return compiled;
}
/** JSON Schema faults of a parsed budget file, each at the line of the value at fault. */
function schemaFaults(y) {
    const validate = validator();
    if (validate(y.data))
        return [];
    return toFaults(validate.errors ?? [], y);
}
/** Past this many unknown keys in one file, none gets a did-you-mean. */
const SUGGESTED_KEYS = 1_000;
function toFaults(errors, y) {
    // anyOf/oneOf report every failed branch and then themselves; the branches say nothing a
    // user can act on ("must be number", "must be string"), so keep the summary only. The
    // alternatives are indexed by the value they judge: an error looks only at its own value's
    // and its ancestors', so thousands of faulty models cost linear time, not quadratic.
    const alternatives = new Map();
    for (const a of errors) {
        if (a.keyword !== 'anyOf' && a.keyword !== 'oneOf')
            continue;
        const list = alternatives.get(a.instancePath);
        if (list)
            list.push(a);
        else
            alternatives.set(a.instancePath, [a]);
    }
    const isBranch = (e) => {
        for (let p = e.instancePath;; p = p.slice(0, p.lastIndexOf('/'))) {
            for (const a of alternatives.get(p) ?? [])
                if (a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`))
                    return true;
            if (p === '')
                return false;
        }
    };
    // A did-you-mean is for a typo; thousands of unknown keys are not typos, and comparing each
    // with every known key took a hostile 1 MiB budget file half a second.
    let unknownKeys = 0;
    for (const e of errors)
        if (e.keyword === 'additionalProperties')
            unknownKeys++;
    const hints = unknownKeys <= SUGGESTED_KEYS;
    const out = [];
    const seen = new Set();
    for (const e of errors) {
        if (isBranch(e))
            continue;
        const path = pointerSegments(e.instancePath);
        let pos;
        let message;
        if (e.keyword === 'additionalProperties') {
            const key = String(e.params.additionalProperty);
            pos = y.at([...path, key], { key: true });
            message = `${where([...path, key])}: unknown key "${key}"${hints ? suggest(key, e.parentSchema) : ''}`;
        }
        else {
            pos = y.at(path);
            message = `${where(path)}: ${describe(e)}`;
        }
        const text = `${pos.line}:${pos.column}:${message}`;
        if (seen.has(text))
            continue;
        seen.add(text);
        out.push({ ...pos, message });
    }
    return out;
}
function describe(e) {
    const custom = e.parentSchema?.errorMessage;
    const p = e.params;
    switch (e.keyword) {
        case 'anyOf':
        case 'oneOf':
        case 'pattern':
        case 'minProperties':
        case 'maxProperties':
            return custom ?? e.message ?? 'is not valid';
        case 'required':
            return `missing required key "${String(p.missingProperty)}"`;
        case 'type':
            return `must be ${article(String(p.type))}, got ${show(e.data)}`;
        case 'enum':
            return `${show(e.data)} is not one of: ${p.allowedValues.map((v) => String(v)).join(', ')}`;
        case 'const':
            return `must be ${JSON.stringify(p.allowedValue)}, got ${show(e.data)}`;
        case 'minItems':
            return p.limit === 1 ? 'must not be empty' : `must have at least ${String(p.limit)} items`;
        case 'minLength':
            return 'must not be empty';
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return `must be ${String(p.comparison)} ${String(p.limit)}, got ${show(e.data)}`;
        default:
            return custom ?? e.message ?? 'is not valid';
    }
}
function article(type) {
    const named = {
        object: 'a mapping',
        array: 'a list',
        string: 'a string',
        number: 'a number',
        integer: 'an integer',
        boolean: 'true or false',
        null: 'empty',
    };
    return type
        .split(',')
        .map((t) => named[t] ?? t)
        .join(' or ');
}
/** A value as it reads in the file, short. */
function show(v) {
    if (v === null || v === undefined)
        return 'nothing';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    const s = JSON.stringify(v);
    return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
/** `models[1].budget.flops`, as a person would name the spot. */
function where(path) {
    if (path.length === 0)
        return 'the file';
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number' || /^\d+$/.test(seg))
            out += `[${seg}]`;
        else
            out += out ? `.${seg}` : seg;
    }
    return out;
}
function pointerSegments(pointer) {
    if (!pointer)
        return [];
    return pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** A typo gets "did you mean", anything else the list of keys that exist there. */
function suggest(key, parentSchema) {
    return (0,errors/* didYouMean */.au)(key, Object.keys(parentSchema?.properties ?? {}));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/containers/yaml.ts
var yaml = __webpack_require__(2045);
;// CONCATENATED MODULE: ./src/config/yaml.ts



/**
 * Parse YAML keeping node ranges (src/containers/yaml.ts: nesting, duplicate keys, tags and
 * alias bombs are faults with their line, never a partial document or a printed warning).
 */
function parseYaml(text, file) {
    const r = (0,yaml.parseYamlText)(text);
    if (!r.ok)
        throw new ConfigError(r.faults.map((f) => ({ file, ...f })));
    const { doc, data, pos } = r.value;
    const keys = new KeyIndex();
    return { data, at: (path, opts) => ({ file, ...pos(offsetOf(doc, path, opts?.key ?? false, keys)) }) };
}
/**
 * Each map's pairs by key, built the first time a position in that map is asked for: a file
 * with 20,000 faulty keys asks 20,000 times, and a search through the keys each time was
 * quadratic.
 */
class KeyIndex {
    byMap = new WeakMap();
    find(map, key) {
        let index = this.byMap.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items) {
                const k = (0,dist/* isPair */.tO)(p) ? keyText(p.key) : undefined;
                if (k !== undefined && !index.has(k))
                    index.set(k, p);
            }
            this.byMap.set(map, index);
        }
        return index.get(key);
    }
}
/**
 * Walk the document along `path` as far as it goes; report the deepest node found, so a
 * fault about a missing key lands on the mapping that should hold it.
 */
function offsetOf(doc, path, wantKey, keys) {
    let node = doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const last = i === path.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = keys.find(node, String(seg));
            if (!pair)
                return offset;
            const keyStart = rangeStart(pair.key);
            if (last && wantKey && keyStart !== undefined)
                return keyStart;
            node = pair.value;
            // An empty value (`flops:`) has no useful range: point at its key.
            offset = ((0,dist/* isScalar */.jn)(node) && node.value === null ? keyStart : rangeStart(node)) ?? keyStart ?? offset;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const idx = typeof seg === 'number' ? seg : Number(seg);
            node = node.items[idx];
            if (node === undefined)
                return offset;
            offset = rangeStart(node) ?? offset;
        }
        else {
            return offset;
        }
    }
    return offset;
}
function keyText(k) {
    if ((0,dist/* isScalar */.jn)(k))
        return String(k.value);
    return undefined;
}
function rangeStart(n) {
    const r = n?.range;
    return r ? r[0] : undefined;
}

;// CONCATENATED MODULE: ./src/config/load.ts











/** `build_timeout` when the budget file gives none. */
const DEFAULT_BUILD_TIMEOUT_MS = 10 * 60_000;
const FIT_DEFAULTS = {
    dataset: 'mnist',
    epochs: 1,
    batch_size: 32,
    train_samples: 8000,
    validation_samples: 2000,
    seed: 1,
    optimizer: 'adam',
    loss: 'categorical_crossentropy',
    backend: 'auto',
};
const LIMIT_PARSERS = {
    flops: parseCount,
    flops_warn: parseCount,
    params: parseCount,
    flops_increase: parseIncrease,
    accuracy: parseAccuracy,
    weights_bytes: parseBytes,
    weights_bytes_warn: parseBytes,
    activation_bytes: parseBytes,
    activation_bytes_warn: parseBytes,
};
/** Warning thresholds and the failing limit they must stay below. */
const WARN_PAIRS = [
    ['flops_warn', 'flops'],
    ['weights_bytes_warn', 'weights_bytes'],
    ['activation_bytes_warn', 'activation_bytes'],
];
/** Path of the budget file as messages print it: relative to the root when inside it. */
function displayPath(root, absFile) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), absFile);
    if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel))
        return absFile;
    return rel.split(external_node_path_.sep).join('/');
}
/** Read, parse, validate and resolve a budget file; every fault at once, as a ConfigError. */
async function loadBudget(budgetFile, root, hint = 'cli') {
    const absFile = (0,external_node_path_.resolve)(root, budgetFile);
    const file = displayPath(root, absFile);
    // The file comes from the checkout: inside the repository it must not be a link out of it
    // (a PR could otherwise make the check echo a runner file into its messages).
    if (!(0,external_node_path_.isAbsolute)(file)) {
        const r = resolveInRepo(root, file);
        if (!r.ok && /symbolic link/.test(r.reason))
            throw new errors/* FlopgateError */.N9(`${file}: the budget file leads outside the repository through a symbolic link`);
    }
    // Opened without waiting and read only if it is a regular file within the limit: a FIFO
    // would block forever, /dev/zero or /dev/urandom never end.
    const how = hint === 'action' ? 'set the budget-file input to its path, relative to working-directory' : 'pass --budget PATH';
    const bytes = (0,byte_source/* readRegularFile */.XF)(absFile, file, { max: limits/* LIMITS */.b.budgetBytes, noun: 'a budget file', missing: `no such budget file (create it, or ${how})` });
    const text = (0,containers_json/* decodeUtf8 */._6)(bytes, file);
    return parseBudget(text, file, absFile, root);
}
/** The same from text already in hand (the budget file at the base commit, tests). */
async function parseBudget(text, file, absFile, root) {
    const y = parseYaml(text, file);
    if (y.data === null || y.data === undefined) {
        throw new ConfigError([{ file, line: 1, column: 1, message: 'the file is empty: expected `version: 1` and a `models:` list' }]);
    }
    const models = y.data.models;
    if (Array.isArray(models) && models.length > limits/* LIMITS */.b.budgetModels) {
        // Refused before any model is validated or resolved: the limit, not thousands of faults.
        throw new ConfigError([{ ...y.at(['models']), message: `models: ${models.length} models; a budget file lists at most ${limits/* LIMITS */.b.budgetModels}` }]);
    }
    const faults = [];
    const semantic = await semanticFaults(y, root, faults);
    // Our own reading of a value says more than the schema's ("unknown suffix" rather than
    // "must match a schema in anyOf"), so where both speak about one spot ours wins.
    const ours = new Set(faults.map((f) => `${f.line}:${f.column}`));
    for (const f of schemaFaults(y))
        if (!ours.has(`${f.line}:${f.column}`))
            faults.push(f);
    if (faults.length > 0 || !semantic)
        throw new ConfigError(faults.length ? faults : [{ file, line: 1, column: 1, message: 'not a budget file' }]);
    return { ...semantic, file, absFile, root: (0,external_node_path_.resolve)(root) };
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * What a schema cannot say: limits that parse, distinct names, paths inside the repository,
 * a warning threshold below the failing one. Builds the entries when the shape allows it;
 * undefined means the schema faults describe what is wrong.
 */
async function semanticFaults(y, root, faults) {
    const data = y.data;
    if (!isObj(data) || !Array.isArray(data.models))
        return undefined;
    const fault = (path, message) => faults.push({ ...y.at(path), message: `${where(path)}: ${message}` });
    const convention = (typeof data.convention === 'string' ? data.convention : 'notebook');
    const unknown = (typeof data.unknown === 'string' ? data.unknown : 'error');
    const models = [];
    const names = new Map();
    let complete = true;
    const buildOf = (path, v) => (typeof v === 'string' && v.trim() !== '' ? { command: v, position: y.at(path) } : undefined);
    const build = buildOf(['build'], data.build);
    let buildTimeoutMs = DEFAULT_BUILD_TIMEOUT_MS;
    if ('build_timeout' in data) {
        const p = parseDuration(data.build_timeout);
        if (p.ok)
            buildTimeoutMs = p.value;
        else
            fault(['build_timeout'], p.reason);
    }
    for (const [index, m] of data.models.entries()) {
        const base = ['models', index];
        if (!isObj(m) || typeof m.name !== 'string') {
            complete = false;
            continue;
        }
        const first = names.get(m.name);
        if (first !== undefined) {
            fault([...base, 'name'], `duplicate model name "${m.name}" (first used at line ${y.at(['models', first, 'name']).line}); names must be unique`);
        }
        else {
            names.set(m.name, index);
        }
        let path;
        let absPath;
        if (typeof m.path === 'string' && m.path !== '') {
            const r = resolveInRepo(root, m.path);
            if (r.ok)
                [path, absPath] = [r.rel, r.abs];
            else
                fault([...base, 'path'], r.reason);
        }
        const budget = {};
        const limitPositions = {};
        if (isObj(m.budget)) {
            for (const [k, parse] of Object.entries(LIMIT_PARSERS)) {
                if (!(k in m.budget))
                    continue;
                const p = parse(m.budget[k]);
                if (p.ok)
                    budget[k] = p.value;
                else
                    fault([...base, 'budget', k], p.reason);
                limitPositions[k] = y.at([...base, 'budget', k]);
            }
            for (const [warn, fail] of WARN_PAIRS) {
                const [w, f] = [budget[warn], budget[fail]];
                if (w !== undefined && f !== undefined && w > f) {
                    fault([...base, 'budget', warn], `${w} is above ${fail} (${f}): the warning could never come before the failure`);
                }
            }
            // An accuracy is measured by the entry's fit; without one the limit could never be checked.
            if ('accuracy' in m.budget && !isObj(m.fit)) {
                fault([...base, 'budget', 'accuracy'], 'an accuracy budget needs a `fit:` block in this entry (the fit measures the accuracy)');
            }
        }
        let fit;
        if (isObj(m.fit)) {
            fit = { ...FIT_DEFAULTS, ...m.fit };
            if (typeof m.fit.path === 'string') {
                const r = resolveInRepo(root, m.fit.path);
                if (r.ok)
                    fit.path = r.abs;
                else
                    fault([...base, 'fit', 'path'], r.reason);
            }
            if (fit.dataset === 'idx' && fit.path === undefined && !('path' in m.fit)) {
                fault([...base, 'fit', 'dataset'], 'dataset `idx` needs `path`: the directory holding the IDX files');
            }
        }
        const modelBuild = buildOf([...base, 'build'], m.build);
        models.push({
            name: m.name,
            index,
            ...(path !== undefined ? { path, absPath } : {}),
            ...('layers' in m ? { layers: m.layers } : {}),
            ...(Array.isArray(m.input_shape) ? { inputShapes: normaliseShapes(m.input_shape) } : {}),
            ...(isObj(m.dims) ? { dims: m.dims } : {}),
            batchSize: typeof m.batch_size === 'number' ? m.batch_size : 1,
            convention: (typeof m.convention === 'string' ? m.convention : convention),
            unknown: (typeof m.unknown === 'string' ? m.unknown : unknown),
            budget,
            ...(fit ? { fit } : {}),
            ...(modelBuild ? { build: modelBuild } : {}),
            source: y.at(base),
            positions: {
                name: y.at([...base, 'name']),
                ...('path' in m ? { path: y.at([...base, 'path']) } : {}),
                ...('layers' in m ? { layers: y.at([...base, 'layers']), inline: inlinePositions(y, [...base, 'layers'], m.layers) } : {}),
                limits: limitPositions,
            },
        });
    }
    if (!complete)
        return undefined;
    return { version: 1, convention, unknown, ...(build ? { build } : {}), buildTimeoutMs, models };
}
/** Where the keys of inline layers stand: `- dense: {units: 10}` is layer i, type key `dense`. */
function inlinePositions(y, at, layers) {
    return (i, key) => {
        const item = Array.isArray(layers) ? layers[i] : undefined;
        const type = isObj(item) ? Object.keys(item)[0] : undefined;
        if (type === undefined)
            return y.at([...at, i]);
        return key === undefined ? y.at([...at, i, type], { key: true }) : y.at([...at, i, type, key], { key: true });
    };
}
/** `[28, 28]` is one input; `[[28, 28], [10]]` is one shape per input. */
function normaliseShapes(v) {
    return v.every((d) => Array.isArray(d)) ? v : [v];
}

// EXTERNAL MODULE: ./src/check/describe.ts
var check_describe = __webpack_require__(2595);
// EXTERNAL MODULE: ./src/check/evaluate.ts
var evaluate = __webpack_require__(3065);
;// CONCATENATED MODULE: ./src/check/layer-diff.ts
/**
 * Beyond this many unmatched pairs the renamed layers are paired by position alone: the
 * alignment by type is quadratic, and a graph of 100k nodes renamed wholesale is a rewrite.
 */
const MAX_ALIGN = 4_000_000;
/**
 * What an operation is, whatever the format calls it, so that a model whose file format
 * changed (Keras Dense, ONNX Gemm or MatMul) still pairs its layers.
 */
function family(type) {
    const t = type.replace(/^.*\./, '').toLowerCase();
    if (t === 'dense' || t === 'gemm' || t === 'matmul' || t === 'linear' || t === 'einsumdense')
        return 'dense';
    if (/^conv([123]d)?$/.test(t) || t === 'convolution2d')
        return 'conv';
    if (/^(max|average)pool(ing)?[123]d$|^(max|average)pool$/.test(t))
        return t.startsWith('max') ? 'maxpool' : 'avgpool';
    return t;
}
const side = (l) => ({ name: l.name, type: l.type, flops: l.flops, params: l.params });
/**
 * The layers that differ between `base` and `head`, biggest change first. Layers are paired by
 * name (the path inside nested models); those left are paired in order where their operation
 * is the same (a renamed layer, or a file exported anew under other names), by the longest
 * common subsequence of their operations. A pair whose FLOPs, params or operation differ is
 * `changed`; what stays unpaired is `removed` from the base or `added` in the head.
 */
function diffLayers(base, head) {
    const pairs = [];
    const byName = new Map();
    for (const l of base) {
        const q = byName.get(l.name);
        if (q)
            q.push(l);
        else
            byName.set(l.name, [l]);
    }
    const paired = new Set();
    const headLeft = [];
    for (const h of head) {
        const b = byName.get(h.name)?.shift();
        if (b) {
            pairs.push([b, h]);
            paired.add(b);
        }
        else
            headLeft.push(h);
    }
    const baseLeft = base.filter((l) => !paired.has(l));
    const [renamed, removed, added] = align(baseLeft, headLeft);
    pairs.push(...renamed);
    const changes = [];
    for (const [b, h] of pairs) {
        // The same operation under another format's name (Dense, Gemm) with the same figures is no change.
        if (b.flops === h.flops && b.params === h.params && family(b.type) === family(h.type))
            continue;
        changes.push({ change: 'changed', before: side(b), after: side(h), flops_delta: h.flops - b.flops, params_delta: h.params - b.params });
    }
    for (const b of removed)
        changes.push({ change: 'removed', before: side(b), after: null, flops_delta: -b.flops, params_delta: -b.params });
    for (const h of added)
        changes.push({ change: 'added', before: null, after: side(h), flops_delta: h.flops, params_delta: h.params });
    const abs = (x) => (x < 0n ? -x : x);
    return changes
        .map((c, i) => ({ c, i }))
        .sort((x, y) => {
        const df = abs(y.c.flops_delta) - abs(x.c.flops_delta);
        if (df !== 0n)
            return df > 0n ? 1 : -1;
        const dp = abs(y.c.params_delta) - abs(x.c.params_delta);
        if (dp !== 0n)
            return dp > 0n ? 1 : -1;
        // Equal changes keep the head's order (pairs by name come first, in the head's order).
        return x.i - y.i;
    })
        .map(({ c }) => c);
}
/**
 * Pairs of the unmatched layers whose operations agree, in order (longest common subsequence
 * of their families), and what is left on each side.
 */
function align(base, head) {
    if (base.length === 0 || head.length === 0)
        return [[], base, head];
    const fb = base.map((l) => family(l.type));
    const fh = head.map((l) => family(l.type));
    const pairs = [];
    if (base.length * head.length > MAX_ALIGN) {
        // Position alone: the k-th leftover of each side, when their operations agree.
        const n = Math.min(base.length, head.length);
        for (let k = 0; k < n; k++)
            if (fb[k] === fh[k])
                pairs.push([base[k], head[k]]);
    }
    else {
        const m = head.length;
        // lcs[i][j]: the longest common subsequence of base[i..] and head[j..], one flat array.
        const lcs = new Uint32Array((base.length + 1) * (m + 1));
        for (let i = base.length - 1; i >= 0; i--) {
            for (let j = m - 1; j >= 0; j--) {
                lcs[i * (m + 1) + j] = fb[i] === fh[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
            }
        }
        let [i, j] = [0, 0];
        while (i < base.length && j < m) {
            if (fb[i] === fh[j]) {
                pairs.push([base[i], head[j]]);
                i++;
                j++;
            }
            else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1])
                i++;
            else
                j++;
        }
    }
    const usedB = new Set(pairs.map((p) => p[0]));
    const usedH = new Set(pairs.map((p) => p[1]));
    return [pairs, base.filter((l) => !usedB.has(l)), head.filter((l) => !usedH.has(l))];
}

;// CONCATENATED MODULE: ./src/check/worktree.ts





/** Worktrees still on disk, removed at exit if their owner could not (an uncaught error, process.exit). */
const live = new Set();
let hooked = false;
function hookExit() {
    if (hooked)
        return;
    hooked = true;
    process.on('exit', () => {
        for (const w of live)
            (0,external_node_fs_.rmSync)(w.dir, { recursive: true, force: true });
    });
}
/**
 * `fn` with a checkout of `sha` in a temporary directory (a detached `git worktree` of the
 * repository at `root`), removed afterwards whatever happens: normal return, throw, or exit.
 * The worktree shares the repository's objects, so it costs a checkout, not a clone.
 */
async function withWorktree(root, sha, fn) {
    // A worktree left by a run that was killed is forgotten before a new one is added.
    await pruneWorktrees(root);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'flopgate-base-'));
    const entry = { root, dir };
    live.add(entry);
    hookExit();
    try {
        const added = await addWorktree(root, dir, sha);
        return await fn(added.ok ? { ok: true, dir } : { ok: false, reason: `git worktree add failed: ${added.reason}` });
    }
    finally {
        await removeWorktree(root, dir);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await pruneWorktrees(root);
        live.delete(entry);
    }
}

;// CONCATENATED MODULE: ./src/check/build.ts





/**
 * `build:` commands: code from the branch being checked, run the way a step of the user's
 * workflow would run it (a shell in the repository root, the job's environment), since it is
 * their CI that asked for it. What flopgate adds is a bound on it: a timeout that stops the
 * whole process group, output streamed line by line to the log (only the last lines are kept,
 * for the message of a failing build), and a result value instead of an exception.
 */
/** Lines of a failing build's output its message quotes. */
const TAIL_LINES = 5;
/** A line longer than this is cut in the log and the message (a progress bar without newlines). */
const MAX_LINE = 2000;
/** After the timeout, the build gets this long to exit on SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 5000;
/** Runs one build command to its end; never throws. */
function runBuild(run) {
    return new Promise((resolve) => {
        const tail = [];
        const line = (text) => {
            const cut = text.length > MAX_LINE ? `${text.slice(0, MAX_LINE)}…` : text;
            run.log(cut);
            tail.push(cut);
            if (tail.length > TAIL_LINES)
                tail.shift();
        };
        let child;
        try {
            // detached: the build gets its own process group, so a timeout stops what it started too.
            child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', run.command], {
                cwd: run.cwd,
                env: { ...process.env, ...run.env },
                stdio: ['ignore', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
            });
        }
        catch (e) {
            resolve({ ok: false, reason: `could not start: ${e.message}`, tail });
            return;
        }
        const pending = { out: '', err: '' };
        const feed = (key) => (chunk) => {
            const parts = (pending[key] + chunk.toString('utf8')).split(/\r?\n/);
            pending[key] = parts.pop() ?? '';
            // A line that never ends is still bounded: it is emitted in pieces.
            while (pending[key].length > MAX_LINE) {
                parts.push(pending[key].slice(0, MAX_LINE));
                pending[key] = pending[key].slice(MAX_LINE);
            }
            for (const p of parts)
                line(p);
        };
        child.stdout.on('data', feed('out'));
        child.stderr.on('data', feed('err'));
        let timedOut = false;
        let killer;
        const signal = (sig) => {
            try {
                if (child.pid !== undefined && process.platform !== 'win32')
                    process.kill(-child.pid, sig);
                else
                    child.kill(sig);
            }
            catch {
                // Already gone.
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            signal('SIGTERM');
            killer = setTimeout(() => signal('SIGKILL'), KILL_GRACE_MS);
        }, run.timeoutMs);
        let spawnError;
        child.on('error', (e) => (spawnError = e));
        child.on('close', (code, sig) => {
            clearTimeout(timer);
            if (killer)
                clearTimeout(killer);
            for (const key of ['out', 'err'])
                if (pending[key])
                    line(pending[key]);
            // Whatever it left running in its group goes with it.
            if (timedOut)
                signal('SIGKILL');
            if (timedOut)
                return resolve({ ok: false, reason: `did not finish within ${seconds(run.timeoutMs)} (build_timeout)`, tail });
            if (spawnError)
                return resolve({ ok: false, reason: `could not start: ${spawnError.message}`, tail });
            if (code === 0)
                return resolve({ ok: true });
            resolve({ ok: false, reason: sig ? `was stopped by ${sig}` : `exited with code ${code}`, tail });
        });
    });
}
function seconds(ms) {
    return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;
}
/**
 * The builds of a budget file, in the order they run: the top-level one, then each model's,
 * a command shared by several models run once.
 */
function buildSteps(cfg) {
    const steps = cfg.build ? [{ build: cfg.build }] : [];
    const byCommand = new Map();
    for (const m of cfg.models) {
        if (!m.build)
            continue;
        const known = byCommand.get(m.build.command);
        if (known)
            known.models.push(m.name);
        else {
            const step = { build: m.build, models: [m.name] };
            byCommand.set(m.build.command, step);
            steps.push(step);
        }
    }
    return steps;
}
/** The one line a build failure is told in: where it is configured, what happened, its last lines. */
function buildFailure(step, outcome, side) {
    const last = outcome.tail.filter((l) => l.trim() !== '');
    const said = last.length ? `; last output: ${last.map((l) => l.trim()).join(' | ')}` : '';
    return atPosition(step.build.position, `build \`${step.build.command}\` ${outcome.reason} at ${side}${said}`);
}
const ALL = Symbol('every model');
/**
 * Runs the steps in `cwd` one after another, each in its own log group. At the head the first
 * failure ends it (the caller makes it a configuration fault); at the base every failure is
 * kept and the others still run, so one broken export leaves only its models without a baseline.
 */
async function buildSide(cfg, cwd, side, io) {
    const failed = new Map();
    for (const step of buildSteps(cfg)) {
        if (failed.has(ALL))
            break;
        const title = `flopgate: build (${side}${step.models ? `, ${step.models.join(', ')}` : ''}): ${step.build.command}`;
        const outcome = await io.group(title, () => runBuild({ command: step.build.command, cwd, timeoutMs: cfg.buildTimeoutMs, log: io.log, env: { FLOPGATE_SIDE: side } }));
        if (outcome.ok)
            continue;
        const message = buildFailure(step, outcome, side);
        if (side === 'head')
            return { ok: false, message };
        io.log(`flopgate: ${message}`);
        if (!step.models)
            failed.set(ALL, message);
        else
            for (const name of step.models)
                failed.set(name, message);
    }
    return { ok: true, failed };
}
/**
 * `fn` with the base commit checked out in a temporary worktree and built there. `root` may be
 * a subdirectory of the repository (the Action's working-directory); the base's root is the
 * same subdirectory of the worktree. Neither a missing worktree nor a failing build throws:
 * they leave the baseline missing, with the reason, and the run goes on.
 */
async function withBaseBuild(cfg, sha, io, fn) {
    const top = (await gitTopLevel(cfg.root)) ?? cfg.root;
    return withWorktree(top, sha, async (wt) => {
        if (!wt.ok) {
            io.log(`flopgate: cannot check out the base to build it: ${wt.reason}`);
            return fn({ ok: false, reason: `the base could not be checked out to build it (${wt.reason})` });
        }
        const root = external_node_path_default().join(wt.dir, external_node_path_default().relative(top, cfg.root));
        const built = await buildSide(cfg, root, 'base', io);
        return fn({ ok: true, root, failed: built.ok ? built.failed : new Map([[ALL, built.message]]) });
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/check/shard-plan.ts
/** Past this a matrix is a mistake: GitHub runs at most 256 jobs per matrix. */
const MAX_SHARDS = 256;
function parseShard(text) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (!m)
        return { ok: false, reason: `"${text}" is not I/N (like 2/5)` };
    const [index, total] = [Number(m[1]), Number(m[2])];
    if (total < 1 || total > MAX_SHARDS)
        return { ok: false, reason: `"${text}": N must be from 1 to ${MAX_SHARDS}` };
    if (index < 1 || index > total)
        return { ok: false, reason: `"${text}": I must be from 1 to N (${total})` };
    return { ok: true, shard: { index, total } };
}
/**
 * The work a model is expected to cost, in units of about a millisecond: a fixed cost per
 * model, its file's size (reading and walking it is about linear in it), and its declared fit
 * (samples trained and evaluated, which dwarfs any analysis).
 */
function modelWeight(entry, fileBytes) {
    const fit = entry.fit ? entry.fit.epochs * entry.fit.train_samples + entry.fit.validation_samples : 0;
    return 1 + Math.ceil(fileBytes / 100_000) + Math.ceil(fit / 4);
}
/**
 * The shard (0-based) of each model, balanced greedily: heaviest first, each to the lightest
 * shard so far (the lower index on a tie), ties between models broken by name. The result
 * depends on the set of models, not on their order in the file; a model added lighter than
 * all others leaves every other model where it was, and a heavier one moves only those
 * lighter than itself.
 */
function assignShards(models, total) {
    const order = models.map((_, i) => i).sort((a, b) => models[b].weight - models[a].weight || cmp(models[a].name, models[b].name));
    const load = new Array(total).fill(0);
    const out = new Array(models.length);
    for (const i of order) {
        let best = 0;
        for (let s = 1; s < total; s++)
            if (load[s] < load[best])
                best = s;
        out[i] = best;
        load[best] += models[i].weight;
    }
    return out;
}
/** Code-unit order: the same on every runner, whatever its locale. */
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/check/shard-select.ts




/**
 * The models of `cfg` that shard `shard` measures, and what its report says of the split.
 * File sizes are git's at `head` (every shard checks out the same commit); a file git does
 * not know (a built model, a clone without history) weighs as empty.
 */
async function selectShard(cfg, shard, head) {
    const paths = cfg.models.flatMap((m) => (m.path !== undefined ? [m.path] : []));
    const sizes = head !== undefined ? await blobSizes(cfg.root, head, [...new Set(paths)]) : new Map();
    const plan = assignShards(cfg.models.map((m) => ({ name: m.name, weight: modelWeight(m, m.path !== undefined ? (sizes.get(m.path) ?? 0) : 0) })), shard.total);
    const mine = cfg.models.filter((_, i) => plan[i] === shard.index - 1);
    const text = await (0,promises_.readFile)(cfg.absFile);
    return {
        models: mine,
        info: {
            index: shard.index,
            total: shard.total,
            models: mine.map((m) => m.index),
            model_count: cfg.models.length,
            budget_sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'),
        },
    };
}

// EXTERNAL MODULE: ./src/formats/lfs.ts
var lfs = __webpack_require__(6855);
;// CONCATENATED MODULE: ./src/check/run.ts


























const DEFAULT_DEPS = {
    analyzeModel: analyze/* analyzeModel */.Cw,
    analyzeInlineModel: measure.analyzeInlineModel,
    // Loaded on first use: TensorFlow.js is heavy and only a fit needs it.
    runFit: async (...args) => (await loadRunFit())(...args),
};
/**
 * Models measured at once: reading files and git blobs overlaps with the walks (the walks
 * themselves share the one thread). Enough to keep git busy, few enough to bound memory.
 */
const MEASURED_AT_ONCE = Math.max(4, external_node_os_default().availableParallelism());
/** A model file this large is measured alone: its graph, not its reading, is the memory. */
const ALONE_BYTES = 8 * 1024 * 1024;
async function fileSize(abs) {
    if (abs === undefined)
        return 0;
    return (0,promises_.stat)(abs).then((s) => s.size, () => 0);
}
async function runCheck(opts, deps) {
    const cfg = await loadBudget(opts.budgetFile, opts.root, opts.surface ?? 'cli');
    const log = opts.log ?? (() => { });
    const full = { ...DEFAULT_DEPS, ...deps };
    const workers = opts.fitWorkers ?? defaultFitWorkers();
    const engine = deps?.runFit === undefined && opts.fit && workers > 1 ? bundledFitUrl() : undefined;
    const pool = engine ? new FitPool(engine.href, workers) : undefined;
    if (pool)
        full.runFit = pool.runFit;
    try {
        return await checkAll(opts, cfg, full, log, pool !== undefined);
    }
    finally {
        await pool?.close();
    }
}
async function checkAll(opts, cfg, full, log, parallelFits) {
    const ctx = { cfg, deps: full, log, fit: opts.fit, parallelFits, fitCacheDir: opts.fitCacheDir, group: opts.group ?? ((_title, fn) => fn()) };
    const head = await resolveCommit(cfg.root, 'HEAD');
    if (opts.baseRef !== undefined)
        ctx.base = await prepareBase(cfg, opts.baseRef, log);
    else if (opts.baseSkipped !== undefined)
        ctx.base = { reason: opts.baseSkipped };
    const sharded = opts.shard ? await selectShard(cfg, opts.shard, head.ok ? head.sha : undefined) : undefined;
    const entries = sharded?.models ?? cfg.models;
    const mine = { ...cfg, models: entries };
    // Models built by code: built at the head (a failure there is the configuration's), and
    // with a base, built again in a worktree of the base and measured from there.
    const built = buildSteps(mine).length > 0;
    if (built) {
        const atHead = await buildSide(mine, cfg.root, 'head', ctx);
        if (!atHead.ok)
            throw new errors/* FlopgateError */.N9(atHead.message);
    }
    // Concurrently, told in order: each model's log lines together, in the budget file's order.
    const measureAll = async () => {
        const ordered = new OrderedLog(log, ctx.group);
        const gate = new Gate(MEASURED_AT_ONCE);
        // Sizes after the builds: a built file exists only now.
        const weights = await Promise.all(entries.map(async (e) => ((await fileSize(e.absPath)) >= ALONE_BYTES ? MEASURED_AT_ONCE : 1)));
        const out = await mapOrdered(entries, MEASURED_AT_ONCE, async (entry, i) => {
            try {
                return await gate.run(weights[i], () => checkModel(entry, {
                    ...ctx,
                    log: (l) => ordered.log(i, l),
                    group: (title, fn) => ordered.inGroup(i, title, fn),
                    turn: () => ordered.turn(i),
                }));
            }
            finally {
                ordered.finish(i);
            }
        });
        await ordered.drained();
        return out;
    };
    const base = ctx.base;
    const models = built && base?.sha
        ? await withBaseBuild(mine, base.sha, ctx, (tree) => {
            base.tree = tree;
            return measureAll();
        })
        : await measureAll();
    return (0,report/* checkReport */.p)({
        convention: cfg.convention,
        budget_file: cfg.file,
        ...(head.ok ? { head: head.sha } : {}),
        ...(ctx.base?.sha ? { base: ctx.base.sha } : {}),
        models,
        ...(sharded ? { shard: sharded.info } : {}),
    });
}
async function prepareBase(cfg, ref, log) {
    const commit = await resolveCommit(cfg.root, ref);
    // Asked for by name, a base that is not there is a mistake to fix, not a baseline to do without.
    if (!commit.ok)
        throw new errors/* FlopgateError */.N9(`--base-ref: ${commit.reason}`);
    // The budget file as it was at the base names inline models' layers there, and a model
    // file's path there (it may have been renamed in the PR).
    let budget;
    if (!(0,external_node_path_.isAbsolute)(cfg.file)) {
        const blob = await readAtCommit(cfg.root, commit.sha, cfg.file, limits/* LIMITS */.b.budgetBytes);
        if (blob.kind === 'ok') {
            try {
                const old = await parseBudget(new TextDecoder().decode(blob.bytes), `${commit.sha.slice(0, 7)}:${cfg.file}`, cfg.absFile, cfg.root);
                budget = new Map(old.models.map((m) => [m.name, m]));
            }
            catch (e) {
                log(`flopgate: the budget file at the base does not load; comparing by path only (${message(e)})`);
            }
        }
    }
    return { ref, sha: commit.sha, ...(budget ? { budget } : {}) };
}
function optionsOf(entry) {
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
        ...(inline ? { inlinePosition: (layer, key) => positionText(inline(layer, key)) } : {}),
    };
}
async function checkModel(entry, ctx) {
    let head;
    try {
        head = await measureHead(entry, ctx);
    }
    catch (e) {
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
    ctx.log(`flopgate: ${entry.name}: ${(0,check_describe/* measuredLine */.z0)(report)}`);
    const measured = ctx.base ? await measureBase(entry, report, ctx) : undefined;
    const base = measured?.base;
    if (ctx.fit && entry.fit && !ctx.parallelFits)
        await ctx.turn?.();
    const fit = ctx.fit && entry.fit ? await fitModel(entry, report, head.keras, ctx) : undefined;
    const checks = (0,evaluate/* evaluate */._3)(report, entry.budget, base, fit);
    return {
        ...report,
        name: entry.name,
        ...(entry.layers !== undefined ? { path: ctx.cfg.file } : {}),
        source: entry.source,
        ...(base ? { base } : {}),
        ...(measured?.layers ? { layers_diff: diffLayers(measured.layers, report.layers) } : {}),
        ...(fit ? { fit } : {}),
        checks,
        status: (0,evaluate/* worst */.QZ)(checks.map((c) => c.status)),
    };
}
async function measureHead(entry, ctx) {
    const opts = optionsOf(entry);
    if (entry.layers !== undefined)
        return ctx.deps.analyzeInlineModel(entry.layers, positionText(entry.positions.layers ?? entry.source), opts);
    const where = entry.positions.path ?? entry.source;
    if (entry.absPath === undefined || entry.path === undefined)
        throw new errors/* FlopgateError */.N9(atPosition(where, 'no model path'));
    try {
        return await analyzeOpenedOnce(entry.absPath, entry.path, opts, ctx);
    }
    catch (e) {
        // Point at the budget file's `path:` line, where the Action annotates, and keep the
        // reader's own message (which names the model file). A missing file says where it was
        // looked for: paths are relative to the repository root, not to where the command ran.
        const missing = /: no such file$/.test(message(e)) ? ` (model paths are relative to the repository root; looked in ${ctx.cfg.root})` : '';
        throw new errors/* FlopgateError */.N9(atPosition(where, message(e) + missing));
    }
}
/**
 * The model file is opened once: the same handle is probed for a Git LFS pointer (measuring
 * a pointer would fail with a baffling format error) and then read by the analyzer, whose
 * result also carries the architecture a fit trains. A directory (a SavedModel, a TF.js
 * model) is measured through the model file it holds.
 */
async function analyzeOpenedOnce(abs, label, opts, ctx) {
    const inDir = (0,analyze/* modelInDirectory */.uo)(abs);
    const file = inDir ? (0,external_node_path_.join)(abs, inDir) : abs;
    const fileLabel = inDir ? `${label}/${inDir}` : label;
    const files = new file_set/* DirFiles */.H8((0,external_node_path_.dirname)(file), (0,external_node_path_.dirname)(fileLabel));
    const src = await byte_source/* FileSource */._n.open(file, fileLabel);
    try {
        if ((0,lfs/* isLfsPointer */.NS)(await src.read(0, Math.min(src.size, lfs/* LFS_PROBE_BYTES */.JM))))
            throw new errors/* FlopgateError */.N9((0,lfs/* lfsMessage */.pR)(fileLabel));
        return await ctx.deps.analyzeModel(src, inDir === 'saved_model.pb' ? label : fileLabel, opts, files);
    }
    finally {
        await src.close();
        await files.close();
    }
}
/**
 * The same model at the base commit, measured with the head entry's options so the delta
 * shows a change of the model, not of how it is measured.
 */
async function measureBase(entry, head, ctx) {
    const base = ctx.base;
    if (!base.sha)
        return { base: { status: 'unavailable', ...(base.ref !== undefined ? { ref: base.ref } : {}), reason: base.reason ?? 'base commit unknown' } };
    const short = base.sha.slice(0, 7);
    try {
        const old = base.budget?.get(entry.name);
        let report;
        if (old?.layers !== undefined) {
            report = ctx.deps.analyzeInlineModel(old.layers, `${short}:${positionText(old.positions.layers ?? old.source)}`, optionsOf(entry)).report;
        }
        else {
            const path = old?.path ?? entry.path;
            // An inline model the base's budget file did not have.
            if (path === undefined)
                return { base: { status: 'new', ref: base.sha } };
            if (base.tree) {
                const built = await measureBuiltBase(entry, path, base.tree, base.sha, ctx);
                if ('status' in built)
                    return { base: built };
                report = built.report;
                const measured = (0,evaluate/* measuredBase */.uG)(base.sha, head, report);
                return { base: report.format !== head.format ? { ...measured, format: report.format } : measured, layers: report.layers };
            }
            let blob = await readAtCommit(ctx.cfg.root, base.sha, path);
            let modelPath = path;
            // A SavedModel or TF.js model directory: the model file it held at the base.
            if (blob.kind === 'directory') {
                for (const name of formats/* MODEL_FILES_IN_DIRECTORY */.wd) {
                    const inner = await readAtCommit(ctx.cfg.root, base.sha, external_node_path_.posix.join(path, name));
                    if (inner.kind === 'absent' || inner.kind === 'directory')
                        continue;
                    [blob, modelPath] = [inner, external_node_path_.posix.join(path, name)];
                    break;
                }
                if (blob.kind === 'directory')
                    return { base: { status: 'unavailable', ref: base.sha, reason: `${path} is a directory without ${formats/* MODEL_FILES_IN_DIRECTORY */.wd.join(' or ')} at the base commit` } };
            }
            if (blob.kind === 'absent')
                return { base: { status: 'new', ref: base.sha } };
            if (blob.kind === 'unavailable')
                return { base: { status: 'unavailable', ref: base.sha, reason: blob.reason } };
            const label = `${short}:${modelPath.endsWith('/saved_model.pb') ? path : modelPath}`;
            if ((0,lfs/* isLfsPointer */.NS)(blob.bytes))
                return { base: { status: 'unavailable', ref: base.sha, reason: (0,lfs/* lfsMessage */.pR)(label) } };
            const files = new GitFiles(ctx.cfg.root, base.sha, external_node_path_.posix.dirname(modelPath), `${short}:${external_node_path_.posix.dirname(modelPath)}`);
            report = (await ctx.deps.analyzeModel(new byte_source/* BufferSource */._r(blob.bytes, label), label, optionsOf(entry), files)).report;
        }
        const measured = (0,evaluate/* measuredBase */.uG)(base.sha, head, report);
        return { base: report.format !== head.format ? { ...measured, format: report.format } : measured, layers: report.layers };
    }
    catch (e) {
        const reason = message(e);
        ctx.log(`flopgate: ${entry.name}: ${check_describe/* NO_BASELINE */.gN}: ${reason}`);
        return { base: { status: 'unavailable', ref: base.sha, reason } };
    }
}
/**
 * A model file from the built base worktree, read from disk (a built file is in no commit):
 * a failed build, or a file the base's build did not write, leaves no baseline or a new model.
 */
async function measureBuiltBase(entry, path, tree, sha, ctx) {
    if (!tree.ok)
        return { status: 'unavailable', ref: sha, reason: tree.reason };
    const failed = tree.failed.get(ALL) ?? tree.failed.get(entry.name);
    if (failed !== undefined)
        return { status: 'unavailable', ref: sha, reason: failed };
    const resolved = resolveInRepo(tree.root, path);
    if (!resolved.ok)
        return { status: 'unavailable', ref: sha, reason: resolved.reason };
    const label = `${sha.slice(0, 7)}:${path}`;
    try {
        return { report: (await analyzeOpenedOnce(resolved.abs, label, optionsOf(entry), ctx)).report };
    }
    catch (e) {
        if (/: no such file$/.test(message(e)))
            return { status: 'new', ref: sha };
        throw e;
    }
}
/** Trains `spec`, the architecture the head's analysis read (undefined for ONNX). */
async function fitModel(entry, report, spec, ctx) {
    // runFit logs the skips it decides; these are the ones decided here.
    const skip = (reason) => {
        ctx.log(`flopgate: ${entry.name}: ${check_describe/* FIT_SKIPPED */.X0}: ${reason}`);
        return { status: 'skipped', reason };
    };
    try {
        if (!spec)
            return skip(`${entry.path}: only Keras-family models (.keras, .h5, TensorFlow.js layers models, Keras 2 SavedModels) can be fitted, not graphs of ops (ONNX, TFLite, SavedModel, TensorFlow.js graph models)`);
        const shapes = report.input_shapes;
        if (shapes.some((s) => s.some((d) => d === null)))
            return skip('the input shape has open dimensions');
        ctx.log(`flopgate: ${entry.name}: fitting (${entry.fit.dataset}, ${entry.fit.epochs} epoch(s))`);
        const result = await ctx.group(`flopgate: fit ${entry.name}`, () => ctx.deps.runFit(spec, shapes, entry.fit, (line) => ctx.log(`flopgate: ${entry.name}: ${line}`), {
            cacheDir: ctx.fitCacheDir,
            // Per sample, in the same training FLOPs the report shows; a Number, as only a time
            // estimate is made of it.
            ...(report.training_flops_estimate > 0n ? { trainingFlops: Number(report.training_flops_estimate) / Math.max(1, report.batch_size) } : {}),
        }));
        return result;
    }
    catch (e) {
        return skip(message(e));
    }
}
/** A model that could not be measured still gets a row: zero counts, `fail`, and why. */
function unmeasured(entry, cfg, error) {
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
function formatGuess(entry) {
    if (entry.layers !== undefined)
        return 'inline';
    const ext = (0,external_node_path_.extname)(entry.path ?? '').toLowerCase();
    if (ext === '.tflite')
        return 'tflite';
    if (ext === '' || ext === '.pb')
        return 'saved_model';
    return ext === '.onnx' ? 'onnx' : ext === '.h5' || ext === '.hdf5' ? 'h5' : ext === '.json' ? 'tfjs' : 'keras';
}
function message(e) {
    if (e instanceof Error)
        return e.message.replace(/\s*\n\s*/g, ' ');
    return String(e);
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/terminal-check.ts
var terminal_check = __webpack_require__(541);
// EXTERNAL MODULE: ./src/history/append.ts
var append = __webpack_require__(1526);
// EXTERNAL MODULE: ./src/history/record.ts
var record = __webpack_require__(5799);
;// CONCATENATED MODULE: ./src/commands/check.ts















const CHECK_USAGE = 'Usage: flopgate check [--budget PATH] [--base-ref REF] [--no-fit] [--fit-workers N] [--shard I/N] [--history PATH] [--json PATH|-] [--markdown PATH|-]';
const DEFAULT_BUDGET = '.github/flopgate.yml';
/**
 * `flopgate check`: every model in the budget file against its limits. Exit 0 within budget
 * (warnings included), 1 a budget exceeded, 2 bad input or configuration (a budget-file
 * fault, or a model that cannot be measured). Reports are written whole or not at all.
 */
async function checkCommand(argv, io) {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: false,
            strict: true,
            options: {
                budget: { type: 'string' },
                'base-ref': { type: 'string' },
                'no-fit': { type: 'boolean' },
                'fit-workers': { type: 'string' },
                shard: { type: 'string' },
                history: { type: 'string' },
                json: { type: 'string' },
                markdown: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        }));
    }
    catch (e) {
        io.stderr(`error: flopgate check: ${e.message.split('\n')[0]} (${CHECK_USAGE})\n`);
        return 2;
    }
    if (values.help) {
        io.stdout(`${CHECK_USAGE}\n`);
        return 0;
    }
    try {
        // A --budget path given on the command line is relative to where the command runs, like
        // any other argument; the model paths inside it are relative to the root of the
        // repository that holds the budget file, wherever the command runs from.
        const given = values.budget !== undefined ? (0,external_node_path_.resolve)(io.cwd, values.budget) : undefined;
        const root = (given !== undefined ? await gitTopLevel((0,external_node_path_.dirname)(given)) : undefined) ?? (await gitTopLevel(io.cwd)) ?? io.cwd;
        const budgetFile = given ?? (0,external_node_path_.resolve)(root, DEFAULT_BUDGET);
        // `-` is standard output, which then holds that document alone: the table goes to stderr.
        const toStdout = values.json === '-' || values.markdown === '-';
        if (values.json === '-' && values.markdown === '-')
            throw new errors/* FlopgateError */.N9('--json - and --markdown - cannot both write to standard output');
        const shard = values.shard !== undefined ? parseShard(values.shard) : undefined;
        if (shard && !shard.ok)
            throw new errors/* FlopgateError */.N9(`--shard: ${shard.reason}`);
        // A shard's figures are a part of a run: the merged report is the one to record.
        if (shard && values.history !== undefined)
            throw new errors/* FlopgateError */.N9('--history records a whole run: pass it to flopgate merge, not to a shard');
        const workers = values['fit-workers'];
        if (workers !== undefined && !/^(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-6])$/.test(workers))
            throw new errors/* FlopgateError */.N9(`--fit-workers: "${workers}" is not a number of workers from 1 to 256`);
        // A report that cannot be written is said before the models are measured.
        for (const out of [values.json, values.markdown])
            if (out !== undefined && out !== '-')
                await (0,atomic_write/* assertReplaceable */.z)((0,external_node_path_.resolve)(io.cwd, out), out);
        const report = await runCheck({
            ...(workers !== undefined ? { fitWorkers: Number(workers) } : {}),
            ...(shard?.ok ? { shard: shard.shard } : {}),
            root,
            budgetFile,
            ...(values['base-ref'] !== undefined ? { baseRef: values['base-ref'] } : {}),
            fit: !values['no-fit'],
            log: (line) => io.stderr(`${line}\n`),
            // No folding in a terminal: the group's title heads its lines (a build's output, a fit's epochs).
            group: (title, fn) => {
                io.stderr(`${title}\n`);
                return fn();
            },
        });
        (toStdout ? io.stderr : io.stdout)((0,terminal_check/* renderCheckTable */.t)(report));
        const write = async (path, text) => (path === '-' ? io.stdout(text) : (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, path), text, path));
        if (values.json !== undefined)
            await write(values.json, `${(0,json/* toJson */.a)(report, 2)}\n`);
        if (values.markdown !== undefined)
            await write(values.markdown, (0,markdown/* renderMarkdown */.Gc)(report));
        if (values.history !== undefined) {
            await (0,append/* appendHistoryFile */.b)((0,external_node_path_.resolve)(io.cwd, values.history), values.history, (0,record/* historyLine */.Jo)((0,record/* historyEntry */.xg)(report, new Date())));
        }
        return (0,exit_code/* exitCodeOf */.F)(report);
    }
    catch (e) {
        if (e instanceof ConfigError) {
            // Every fault is known (the Action annotates them); a terminal gets the first few.
            const shown = e.faults.slice(0, limits/* LIMITS */.b.faultsShown);
            for (const f of shown)
                io.stderr(`error: ${formatFault(f)}\n`);
            if (e.faults.length > shown.length)
                io.stderr(`error: and ${e.faults.length - shown.length} more faults in the budget file\n`);
            return 2;
        }
        if (e instanceof errors/* FlopgateError */.N9) {
            io.stderr(`error: ${e.message}\n`);
            return e.exitCode;
        }
        throw e;
    }
}


/***/ }),

/***/ 1523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   qF: () => (/* binding */ parseJson)
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(351);


/** Deeper than any real model config; a guard against stack exhaustion in JSON.parse and walkers. */
const MAX_JSON_DEPTH = _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b.nestingDepth;
/** Scans brackets outside strings; linear, no recursion. */
function checkDepth(text, label) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92 /* \ */)
                i++;
            else if (c === 34 /* " */)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            if (++depth > MAX_JSON_DEPTH) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${label}: JSON nests deeper than ${MAX_JSON_DEPTH} levels; refusing it`);
            }
        }
        else if (c === 125 || c === 93)
            depth--;
    }
}
function lineCol(text, pos) {
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    return `${line}:${pos - before.lastIndexOf('\n')}`;
}
/** JSON.parse with a depth bound and an error that names file, line and column. */
function parseJson(text, label) {
    checkDepth(text, label);
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const msg = e.message;
        const m = /position (\d+)/.exec(msg);
        const where = m ? `:${lineCol(text, Number(m[1]))}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${label}${where}: invalid JSON (${msg.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '')})`);
    }
}
function decodeUtf8(bytes, label) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlopgateError */ .N9(`${label}: not valid UTF-8 text`);
    }
}


/***/ }),

/***/ 2045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlText: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(351);


/**
 * YAML text to data, for the budget file and `layers:` specs, under the limits a hostile file
 * meets: nesting is estimated from the tokens before anything is built (the parser's composer
 * recurses, and a deep file would exhaust the stack after seconds), then checked exactly on
 * the document; duplicate keys are found in one pass (the parser's own check is quadratic in a
 * map's keys: 20,000 keys took 4 s); warnings (unknown tags, keys that are collections) are
 * faults, never lines the parser prints itself; aliases expand to a bounded size. Returns the
 * faults instead of data when there are any. The caller bounds the text's size first.
 */
function parseYamlText(text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const pos = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const deep = nestingByTokens(text);
    if (deep !== undefined) {
        // The line counter has seen nothing yet: count lines up to the offset directly.
        const before = text.slice(0, deep);
        const line = before.split('\n').length;
        return { ok: false, faults: [{ line, column: deep - before.lastIndexOf('\n'), message: nestingMessage() }] };
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'silent', keepSourceTokens: false });
    let faults = [...doc.errors, ...doc.warnings].map((e) => ({ ...pos(e.pos[0]), message: firstLine(e.message) }));
    if (faults.length === 0)
        faults = structureFaults(doc, pos);
    if (faults.length > 0)
        return { ok: false, faults: faults.sort((a, b) => a.line - b.line || a.column - b.column) };
    try {
        return { ok: true, value: { doc, data: doc.toJS({ maxAliasCount: 100 }), pos } };
    }
    catch (e) {
        // Alias expansion past maxAliasCount ("excessive alias count") is the one fault left here.
        return { ok: false, faults: [{ line: 1, column: 1, message: firstLine(e instanceof Error ? e.message : String(e)) }] };
    }
}
const nestingMessage = () => `YAML nests deeper than ${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b.nestingDepth} levels; refusing it`;
function firstLine(s) {
    return s.split('\n')[0].trim();
}
/**
 * The offset where the tokens first nest past the limit, or undefined. Flow brackets are
 * counted exactly; block nesting is estimated from indentation (each deeper indent is a level)
 * plus the `-` and `?` indicators that open a level on the same line (`- - - x`). The lexer is
 * linear and a few times faster than the parser; the exact check comes after parsing.
 */
function nestingByTokens(text) {
    const max = _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b.nestingDepth;
    const indents = [];
    let flow = 0;
    let atLineStart = true;
    let indent = 0;
    let onLine = 0;
    let offset = 0;
    for (const tok of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
        const type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .CST */ .DB.tokenType(tok);
        const at = offset;
        offset += tok.length;
        if (type === 'newline') {
            atLineStart = true;
            indent = 0;
            onLine = 0;
            continue;
        }
        if (flow === 0 && atLineStart) {
            if (type === 'space') {
                indent = tok.length;
                continue;
            }
            if (type === 'comment' || type === null)
                continue;
            atLineStart = false;
            while (indents.length > 0 && indents[indents.length - 1] > indent)
                indents.pop();
            if (indents.length === 0 || indents[indents.length - 1] < indent)
                indents.push(indent);
        }
        if (type === 'flow-map-start' || type === 'flow-seq-start')
            flow++;
        else if ((type === 'flow-map-end' || type === 'flow-seq-end') && flow > 0)
            flow--;
        else if (flow === 0 && (type === 'seq-item-ind' || type === 'explicit-key-ind'))
            onLine++;
        if (indents.length + onLine + flow > max)
            return at;
    }
    return undefined;
}
/**
 * One pass over the document, without recursion: nesting past the limit, a key given twice in
 * one map, and a key that is a collection (which would be silently stringified).
 */
function structureFaults(doc, pos) {
    const faults = [];
    const at = (n) => pos(n?.range?.[0] ?? 0);
    const stack = [[doc.contents, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            continue;
        if (depth > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b.nestingDepth)
            return [{ ...at(node), message: nestingMessage() }];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                stack.push([item, depth + 1]);
            continue;
        }
        const seen = new Map();
        for (const pair of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                continue;
            const key = pair.key;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(key) && key !== null) {
                faults.push({ ...at(key), message: 'a key that is a list or a mapping; keys must be plain names' });
                continue;
            }
            const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? String(key.value) : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(key) ? `*${key.source}` : '';
            const first = seen.get(name);
            if (first !== undefined)
                faults.push({ ...at(key), message: `duplicate key "${name}" (first at line ${at(first).line}); keys must be unique` });
            else
                seen.set(name, key);
            stack.push([pair.value, depth + 1]);
        }
    }
    return faults;
}


/***/ })

};
