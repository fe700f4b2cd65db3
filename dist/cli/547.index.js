export const id = 547;
export const ids = [547];
export const modules = {

/***/ 7547:
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
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/check/atomic-write.ts




/**
 * Write a whole file or nothing: a temporary file beside the target, then rename (atomic on
 * one filesystem). A reader never sees half a report, and a failure leaves no debris.
 */
async function writeFileAtomic(path, data, label = path) {
    const dir = (0,external_node_path_.dirname)(path);
    const tmp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(tmp, data, { flag: 'wx' });
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_.unlink)(tmp).catch(() => { });
        throw new errors/* FlopgateError */.N9(`${label}: cannot write (${e.code ?? e.message})`);
    }
}

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
        return { kind: 'unavailable', reason: `${relPath} is a directory at the base commit` };
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

;// CONCATENATED MODULE: ./src/check/exit-code.ts
/**
 * Exit code of a finished check: 2 when any model could not be measured (bad input, as
 * the CLI contract says), else 1 when a budget is exceeded, else 0 (warnings pass).
 */
function exitCodeOf(report) {
    if (report.models.some((m) => m.error !== undefined))
        return 2;
    return report.status === 'fail' ? 1 : 0;
}

// EXTERNAL MODULE: ./src/analyze.ts + 2 modules
var analyze = __webpack_require__(6044);
// EXTERNAL MODULE: ./src/keras/measure.ts + 26 modules
var measure = __webpack_require__(1247);
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
function position_splitPosition(message) {
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
        if (!Number.isSafeInteger(v))
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
async function resolveInRepo(root, p) {
    if (p.includes('\0'))
        return { ok: false, reason: 'contains a NUL character' };
    const rootAbs = (0,external_node_path_.resolve)(root);
    const abs = (0,external_node_path_.resolve)(rootAbs, p);
    const rel = (0,external_node_path_.relative)(rootAbs, abs);
    if (outside(rel))
        return { ok: false, reason: `"${p}" is outside the repository (paths are relative to its root)` };
    if (rel === '')
        return { ok: false, reason: `"${p}" is the repository root, not a file` };
    const realRoot = await (0,promises_.realpath)(rootAbs).catch(() => rootAbs);
    const real = await realExisting(abs);
    if (real !== undefined && outside((0,external_node_path_.relative)(realRoot, real))) {
        return { ok: false, reason: `"${p}" leads outside the repository through a symbolic link` };
    }
    return { ok: true, rel: rel.split(external_node_path_.sep).join('/'), abs };
}
function outside(rel) {
    return rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel);
}
/**
 * The real path of `abs`, or of its nearest existing ancestor joined with the rest, so a
 * symlinked directory is caught even when the file below it does not exist (yet).
 */
async function realExisting(abs) {
    let cur = abs;
    const rest = [];
    for (;;) {
        try {
            await (0,promises_.lstat)(cur);
            const real = await (0,promises_.realpath)(cur);
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
const flopgate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/flopgate/flopgate/schema/flopgate.schema.json","title":"flopgate budget file","description":"Compute budgets for neural-network models, checked by `flopgate check` and the flopgate GitHub Action. Default location: .github/flopgate.yml.","type":"object","additionalProperties":false,"required":["models"],"properties":{"version":{"description":"Format version of this file. Only 1 exists.","const":1},"convention":{"$ref":"#/definitions/convention"},"unknown":{"$ref":"#/definitions/unknown"},"models":{"description":"The models to measure and the budgets they must stay within.","type":"array","minItems":1,"items":{"$ref":"#/definitions/model"}}},"definitions":{"convention":{"description":"How operations are turned into FLOPs. notebook: 2 per multiply-accumulate, activations counted, bias not (the default). macs: multiply-accumulates only (torchvision, fvcore, papers\' mult-adds). tf-profiler: what the TensorFlow profiler and keras-flops report.","enum":["notebook","macs","tf-profiler"]},"unknown":{"description":"What to do with a layer or op flopgate has no rule for. error (default): fail and name it. warn: count it as 0, list it, and mark the total as a lower bound (≥).","enum":["error","warn"]},"count":{"description":"A number, or a string with a decimal suffix: k = 10^3, M = 10^6, G = 10^9, T = 10^12 (\\"200k\\", \\"1.5M\\").","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?([eE][+-]?[0-9]+)?\\\\s*[kKMGT]?\\\\s*$"}],"errorMessage":"must be a number or a string with a k, M, G or T suffix, like 200k or \\"1.5M\\""},"model":{"description":"One model: a file in the repository (path) or an inline Sequential spec (layers).","type":"object","additionalProperties":false,"required":["name"],"oneOf":[{"required":["path"]},{"required":["layers"]}],"errorMessage":"needs exactly one of `path` (a model file) or `layers` (an inline model)","properties":{"name":{"description":"Unique name, shown in reports and used to find the model at the base commit.","type":"string","minLength":1},"path":{"description":"Model file relative to the repository root: .keras, .h5, TensorFlow.js model.json or .onnx. Only the architecture is read, never the weights.","type":"string","minLength":1},"layers":{"description":"An inline Sequential model, one mapping per layer: `- dense: {units: 10, activation: softmax}`. The first layer carries `input_shape`.","type":"array","minItems":1,"items":{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"type":["object","null"]},"errorMessage":"each layer is one mapping like `dense: {units: 10}`"}},"input_shape":{"description":"Input shape without the batch dimension, for dimensions the file leaves open: [28, 28], or one list per input: [[28, 28], [10]].","anyOf":[{"type":"array","minItems":1,"items":{"type":"integer","minimum":1}},{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1}}}],"errorMessage":"must be a list of positive integers like [28, 28], or one such list per input"},"dims":{"description":"Symbolic input dimensions by the name the file gives them (ONNX dim_param), like {seq: 128}.","type":"object","minProperties":1,"additionalProperties":{"type":"integer","minimum":1},"errorMessage":"must map dimension names to positive integers, like {seq: 128}"},"batch_size":{"description":"Batch size the FLOPs are counted for (default 1). Everything scales with it.","type":"integer","minimum":1},"convention":{"$ref":"#/definitions/convention"},"unknown":{"$ref":"#/definitions/unknown"},"budget":{"$ref":"#/definitions/budget"},"fit":{"$ref":"#/definitions/fit"}}},"budget":{"description":"Limits this model must stay within. Each is optional.","type":"object","additionalProperties":false,"properties":{"flops":{"$ref":"#/definitions/count","description":"Fail when forward FLOPs exceed this (\\"200k\\")."},"flops_warn":{"$ref":"#/definitions/count","description":"Warn when forward FLOPs exceed this; set it below `flops`."},"params":{"$ref":"#/definitions/count","description":"Fail when the parameter count exceeds this (\\"100k\\")."},"flops_increase":{"description":"Fail when FLOPs grow by more than this against the pull request\'s base: \\"5%\\" or a fraction like 0.05.","anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?\\\\s*%\\\\s*$"}],"errorMessage":"must be a percentage like \\"5%\\" or a fraction like 0.05"},"accuracy":{"description":"Minimum validation accuracy after the `fit:` run: a fraction like 0.95 or \\"95%\\". Needs a `fit:` block in the same entry.","anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?\\\\s*%\\\\s*$"}],"errorMessage":"must be a fraction like 0.95 or a percentage like \\"95%\\""},"weights_bytes":{"$ref":"#/definitions/size","description":"Fail when the weights\' storage exceeds this: parameters times their stored dtype size, from the file\'s metadata (\\"4 MiB\\")."},"weights_bytes_warn":{"$ref":"#/definitions/size","description":"Warn when the weights\' storage exceeds this; set it below `weights_bytes`."},"activation_bytes":{"$ref":"#/definitions/size","description":"Fail when the peak of live activations at `batch_size` exceeds this (\\"1 MiB\\"); see docs/conventions.md, Memory."},"activation_bytes_warn":{"$ref":"#/definitions/size","description":"Warn when the peak of live activations exceeds this; set it below `activation_bytes`."}}},"fit":{"description":"A short training run from fresh, seeded weights that measures validation accuracy. Keras-family models only. Skipped with `flopgate check --no-fit`.","type":"object","additionalProperties":false,"properties":{"dataset":{"description":"mnist: 10,000 real digits shipped with flopgate (default). mnist-full, fashion-mnist: IDX files from `path`, else downloaded once and cached. idx: IDX files at `path`.","enum":["mnist","mnist-full","fashion-mnist","idx"]},"epochs":{"description":"Training epochs (default 1).","type":"integer","minimum":1,"maximum":1000},"batch_size":{"description":"Training batch size (default 32).","type":"integer","minimum":1,"maximum":65536},"train_samples":{"description":"Training samples (default 8000).","type":"integer","minimum":1,"maximum":60000},"validation_samples":{"description":"Held-out samples the accuracy is measured on (default 2000).","type":"integer","minimum":1,"maximum":60000},"seed":{"description":"Seed for weights and shuffling (default 1).","type":"integer","minimum":-2147483648,"maximum":4294967295},"optimizer":{"description":"Optimizer (default adam).","enum":["adam","sgd","rmsprop","adagrad","adadelta","adamax"]},"loss":{"description":"Loss (default categorical_crossentropy).","enum":["categorical_crossentropy","sparse_categorical_crossentropy","mean_squared_error"]},"timeout":{"description":"Seconds the whole fit may take (default 600). A fit estimated to take longer is refused before training; one that runs out of time stops after the current batch, and its accuracy is reported as not measured.","type":"number","exclusiveMinimum":0,"maximum":86400},"learning_rate":{"description":"Learning rate (default: the optimizer\'s own).","type":"number","exclusiveMinimum":0},"backend":{"description":"TensorFlow.js backend: auto (tfjs-node when it loads, else wasm, else cpu), tensorflow, wasm or cpu.","enum":["auto","tensorflow","wasm","cpu"]},"path":{"description":"Directory with the dataset\'s IDX files, relative to the repository root.","type":"string","minLength":1},"url":{"description":"Base URL to download IDX files from when they are neither at `path` nor cached.","type":"string","pattern":"^https?://","errorMessage":"must be an http(s) URL"}}},"size":{"description":"A size in bytes: a number, or a string with a unit: kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024): \\"512 kB\\", \\"4 MiB\\".","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?\\\\s*(B|kB|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?\\\\s*$"}],"errorMessage":"must be a number of bytes or a size like \\"512 kB\\" or \\"4 MiB\\""}}}');
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
function toFaults(errors, y) {
    // anyOf/oneOf report every failed branch and then themselves; the branches say nothing a
    // user can act on ("must be number", "must be string"), so keep the summary only.
    const alternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
    const isBranch = (e) => alternatives.some((a) => a !== e &&
        e.schemaPath.startsWith(`${a.schemaPath}/`) &&
        (e.instancePath === a.instancePath || e.instancePath.startsWith(`${a.instancePath}/`)));
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
            message = `${where([...path, key])}: unknown key "${key}"${suggest(key, e.parentSchema)}`;
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
;// CONCATENATED MODULE: ./src/config/yaml.ts


/**
 * Parse YAML keeping node ranges. Syntax faults, duplicate keys and alias bombs are faults
 * with their line, never a partial document.
 */
function parseYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const pos = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    if (doc.errors.length > 0) {
        throw new ConfigError(doc.errors.map((e) => ({ ...pos(e.pos[0]), message: firstLine(e.message) })));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new ConfigError([{ ...pos(0), message: firstLine(e instanceof Error ? e.message : String(e)) }]);
    }
    return { data, at: (path, opts) => pos(offsetOf(doc, path, opts?.key ?? false)) };
}
function firstLine(s) {
    return s.split('\n')[0].trim();
}
/**
 * Walk the document along `path` as far as it goes; report the deepest node found, so a
 * fault about a missing key lands on the mapping that should hold it.
 */
function offsetOf(doc, path, wantKey) {
    let node = doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const last = i === path.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && keyText(p.key) === String(seg));
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








/** A budget file is a few dozen lines; anything this large is a mistake, not a config. */
const MAX_BYTES = 1024 * 1024;
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
        const r = await resolveInRepo(root, file);
        if (!r.ok && /symbolic link/.test(r.reason))
            throw new errors/* FlopgateError */.N9(`${file}: the budget file leads outside the repository through a symbolic link`);
    }
    let text;
    try {
        const st = await (0,promises_.stat)(absFile);
        if (st.isDirectory())
            throw new errors/* FlopgateError */.N9(`${file}: is a directory, not a budget file`);
        if (st.size > MAX_BYTES)
            throw new errors/* FlopgateError */.N9(`${file}: ${st.size} bytes is too large for a budget file`);
        text = await (0,promises_.readFile)(absFile, 'utf8');
    }
    catch (e) {
        if (e instanceof errors/* FlopgateError */.N9)
            throw e;
        if (e.code === 'ENOENT') {
            const how = hint === 'action' ? 'set the budget-file input to its path, relative to working-directory' : 'pass --budget PATH';
            throw new errors/* FlopgateError */.N9(`${file}: no such budget file (create it, or ${how})`);
        }
        throw new errors/* FlopgateError */.N9(`${file}: cannot be read (${e.message})`);
    }
    return parseBudget(text, file, absFile, root);
}
/** The same from text already in hand (the budget file at the base commit, tests). */
async function parseBudget(text, file, absFile, root) {
    const y = parseYaml(text, file);
    if (y.data === null || y.data === undefined) {
        throw new ConfigError([{ file, line: 1, column: 1, message: 'the file is empty: expected `version: 1` and a `models:` list' }]);
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
            const r = await resolveInRepo(root, m.path);
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
                const r = await resolveInRepo(root, m.fit.path);
                if (r.ok)
                    fit.path = r.abs;
                else
                    fault([...base, 'fit', 'path'], r.reason);
            }
            if (fit.dataset === 'idx' && fit.path === undefined && !('path' in m.fit)) {
                fault([...base, 'fit', 'dataset'], 'dataset `idx` needs `path`: the directory holding the IDX files');
            }
        }
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
    return { version: 1, convention, unknown, models };
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/fit/load.ts


/**
 * The fit engine (TensorFlow.js, its WASM binaries, the digits) is one bundle of its own,
 * dist/fit/index.js, shared by the action (dist/index.js) and the CLI (dist/cli/index.js)
 * instead of being copied into both, and loaded only when a fit runs. From source (tests,
 * development) the module itself is loaded.
 */
async function loadRunFit() {
    const here = import.meta.url;
    const bundled = ['./fit/index.js', '../fit/index.js'].map((p) => new URL(p, here)).find((u) => (0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(u)));
    const target = bundled ?? (0,external_node_url_.pathToFileURL)((0,external_node_url_.fileURLToPath)(new URL(here.endsWith('.ts') ? './run.ts' : './run.js', here)));
    // webpackIgnore keeps the bundler from pulling the engine into the bundle that loads it.
    const mod = (await import(/* webpackIgnore: true */ target.href));
    return mod.runFit;
}

// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __webpack_require__(2940);
// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/check/describe.ts


/** Labels of the notes shared by several models, also used by the check's log lines. */
const NO_BASELINE = 'no baseline';
const FIT_SKIPPED = 'fit skipped';
/** One sentence per limit. */
function describeCheck(c) {
    const n = (x) => (x < 1000000n ? (0,report_format/* grouped */.zD)(x) : (0,report_format/* count */.U9)(x));
    switch (c.budget) {
        case 'flops':
            return `FLOPs ${n(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the budget of ${n(c.limit)}`;
        case 'flops_warn':
            return `FLOPs ${n(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the warning threshold of ${n(c.limit)}`;
        case 'params':
            return `params ${n(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the budget of ${n(c.limit)}`;
        case 'weights_bytes':
        case 'weights_bytes_warn':
        case 'activation_bytes':
        case 'activation_bytes_warn': {
            const what = c.budget.startsWith('weights') ? 'weights' : 'peak activations';
            const limit = c.budget.endsWith('_warn') ? 'warning threshold' : 'budget';
            return `${what} ${(0,report_format/* bytes */.ee)(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the ${limit} of ${(0,report_format/* bytes */.ee)(c.limit)}`;
        }
        case 'flops_increase':
            if (c.actual === null)
                return `FLOPs increase not measured; limit ${(0,report_format/* percent */.KN)(c.limit)}`;
            return `FLOPs changed by ${(0,report_format/* signedPercent */.wu)(c.actual)} against the base; allowed ${(0,report_format/* percent */.KN)(c.limit)}`;
        case 'accuracy':
            if (c.actual === null)
                return `accuracy not measured; minimum ${(0,report_format/* accuracy */.y2)(c.limit)}`;
            return `accuracy ${(0,report_format/* accuracy */.y2)(c.actual)} ${c.status === 'fail' ? 'below' : 'meets'} the minimum of ${(0,report_format/* accuracy */.y2)(c.limit)}`;
    }
}
/** The limits that decided a model's status (its failures, or its warnings). */
function decisive(m) {
    return m.checks.filter((c) => c.status === m.status && m.status !== 'pass');
}
function flopsLimit(m) {
    for (const c of m.checks)
        if (c.budget === 'flops')
            return c.limit;
    return undefined;
}
function accuracyLimit(m) {
    for (const c of m.checks)
        if (c.budget === 'accuracy')
            return c.limit;
    return undefined;
}
const models = (n) => `${(0,report_format/* grouped */.zD)(n)} model${n === 1 ? '' : 's'}`;
/** The one-line verdict: what a reviewer reads first, the same in the terminal and the comment. */
function verdict(report) {
    const n = report.models.length;
    const broken = report.models.filter((m) => m.error !== undefined).length;
    const over = report.models.filter((m) => m.status === 'fail').length - broken;
    const warned = report.models.filter((m) => m.status === 'warn').length;
    if (report.status === 'fail') {
        const parts = [];
        if (over)
            parts.push(`${(0,report_format/* grouped */.zD)(over)} of ${models(n)} over budget`);
        if (broken)
            parts.push(`${(0,report_format/* grouped */.zD)(broken)} of ${models(n)} could not be measured`);
        return { icon: '❌', text: `flopgate: ${parts.join(', ') || 'budget check failed'}` };
    }
    if (report.status === 'warn') {
        return { icon: '⚠️', text: `flopgate: ${models(n)} within budget, ${(0,report_format/* grouped */.zD)(warned)} above the warning threshold` };
    }
    return { icon: '✅', text: `flopgate: ${models(n)} within budget` };
}
/**
 * The message a failed Action step carries: the verdict, and the first model that could not
 * be measured with why (the one-line summary GitHub shows for the step).
 */
function failureMessage(report) {
    const text = verdict(report).text;
    const broken = report.models.find((m) => m.error !== undefined);
    return broken ? `${text} (${broken.name}: ${broken.error})` : text;
}
function statusIcon(m) {
    if (m.error !== undefined)
        return '❌';
    return m.status === 'fail' ? '❌' : m.status === 'warn' ? '⚠️' : '✅';
}
/** A status in words, for plain text: pass, WARN, FAIL, ERROR (could not be measured). */
function statusWord(m) {
    if (m.error !== undefined)
        return 'ERROR';
    return m.status === 'pass' ? 'pass' : m.status.toUpperCase();
}
/** "≥ 1,000" when unknown layers were counted as 0, else the count. */
function flopsText(m) {
    return `${m.lower_bound ? '≥ ' : ''}${(0,report_format/* count */.U9)(m.flops)}`;
}
/** The log line of a measured model: exact figures. */
function measuredLine(m) {
    return `${m.lower_bound ? '≥ ' : ''}${(0,report_format/* grouped */.zD)(m.flops)} FLOPs, ${(0,report_format/* grouped */.zD)(m.params)} params`;
}
/** Limits of a model by name, when set. */
function limitOf(m, budget) {
    for (const c of m.checks)
        if (c.budget === budget && typeof c.limit === 'bigint')
            return c.limit;
    return undefined;
}
/**
 * The summary table's columns between the model's name and its status, the same words in the
 * terminal and the comment: Δ vs base only when a base was compared, the FLOPs budget only when
 * a model has one, weights and activations
 * only when a model budgets them, accuracy only when a fit ran or a minimum is set. A model
 * that could not be measured shows dashes, not zeros. Each count column is written in one
 * form throughout (exact, or three digits with a unit), never a mix of `9,216` and `6.73 M`.
 * `narrow` (the PR comment, about 780 px wide) folds budget and headroom into one short cell
 * and leaves params to the detail.
 */
function summaryColumns(report, layout = 'wide') {
    const all = report.models;
    const ok = all.filter((m) => m.error === undefined);
    const withBase = all.some((m) => m.base);
    const withFlopsBudget = all.some((m) => flopsLimit(m) !== undefined);
    const withAccuracy = all.some((m) => m.fit || accuracyLimit(m) !== undefined);
    const withWeights = all.some((m) => limitOf(m, 'weights_bytes') !== undefined || limitOf(m, 'weights_bytes_warn') !== undefined);
    const withActivations = all.some((m) => limitOf(m, 'activation_bytes') !== undefined || limitOf(m, 'activation_bytes_warn') !== undefined);
    const measured = (f, otherwise) => (m) => (m.error === undefined ? f(m) : otherwise);
    const column = (list, value) => {
        const cells = (0,report_format/* countColumn */.y$)(list.map(value));
        return new Map(list.map((m, i) => [m, cells[i]]));
    };
    const flopsCells = column(ok, (m) => m.flops);
    const paramCells = column(ok, (m) => m.params);
    const limitCells = column(all.filter((m) => flopsLimit(m) !== undefined), (m) => flopsLimit(m));
    const flopsCell = (m) => `${m.lower_bound ? '≥ ' : ''}${flopsCells.get(m)}`;
    const limitCell = (m) => limitCells.get(m) ?? '';
    const columns = [
        { title: 'FLOPs', numeric: true, cell: measured(flopsCell, '—') },
        withBase && { title: 'Δ vs base', numeric: true, cell: measured((m) => (0,report_format/* delta */.pU)(m.base), '') },
        ...(layout === 'wide'
            ? [
                withFlopsBudget && { title: 'budget', numeric: true, cell: limitCell },
                withFlopsBudget && { title: 'headroom', numeric: true, cell: measured((m) => (0,report_format/* headroom */._K)(m.flops, flopsLimit(m)), '') },
                { title: 'params', numeric: true, cell: measured((m) => paramCells.get(m), '—') },
            ]
            : [withFlopsBudget && { title: 'of budget', numeric: true, cell: measured(budgetUse, '') }]),
        withWeights && { title: 'weights', numeric: true, cell: measured((m) => (0,report_format/* bytes */.ee)(m.weights_bytes), '') },
        withActivations && { title: 'activations', numeric: true, cell: measured((m) => (0,report_format/* bytes */.ee)(m.activation_bytes), '') },
        withAccuracy && { title: 'accuracy', numeric: true, cell: accuracyText },
    ];
    return columns.filter((c) => c !== false);
}
/** The share of the FLOPs budget used, in a few characters: "90% of 200k", "115% of 200k". */
function budgetUse(m) {
    const l = flopsLimit(m);
    if (l === undefined)
        return '';
    return `${l > 0n ? (0,report_format/* percent */.KN)((0,report_format/* ratio */.CG)(m.flops, l)) : '—'} of ${(0,report_format/* compact */.oE)(l)}`;
}
/** One layer change in words: "dense (Dense): FLOPs 156,900 → 313,800 (+156,900), params 78,500 → 157,000". */
function layerChangeText(c, inert) {
    const who = c.after ?? c.before;
    const renamed = c.before && c.after && c.before.name !== c.after.name ? ` (was ${inert(c.before.name, 60)})` : '';
    const name = `${inert(who.name, 80)}${renamed} (${inert(who.type, 40)})`;
    const n = (x) => (0,report_format/* grouped */.zD)(x);
    if (c.change === 'added')
        return `${name} added: ${n(c.after.flops)} FLOPs, ${n(c.after.params)} params`;
    if (c.change === 'removed')
        return `${name} removed: was ${n(c.before.flops)} FLOPs, ${n(c.before.params)} params`;
    const params = c.params_delta !== 0n ? `, params ${n(c.before.params)} → ${n(c.after.params)}` : '';
    return `${name}: FLOPs ${n(c.before.flops)} → ${n(c.after.flops)} (${(0,report_format/* signedCount */.c3)(c.flops_delta)})${params}`;
}
/** The layer changes a report shows before "and N more". */
const LAYER_CHANGES_SHOWN = 5;
/**
 * The model a reviewer should look at first: a failure before a warning, then the largest
 * change of FLOPs against the base; undefined when nothing failed, warned or changed.
 */
function worstModel(report) {
    const rank = (m) => (m.status === 'fail' ? 0 : m.status === 'warn' ? 1 : 2);
    const moved = (m) => {
        const d = m.base?.delta ?? 0n;
        return d < 0n ? -d : d;
    };
    const candidates = report.models.filter((m) => m.status !== 'pass' || moved(m) > 0n || (m.layers_diff?.length ?? 0) > 0);
    return candidates.sort((a, b) => rank(a) - rank(b) || (moved(b) > moved(a) ? 1 : moved(b) < moved(a) ? -1 : 0))[0];
}
function accuracyText(m) {
    if (m.fit?.status === 'ok')
        return (0,report_format/* accuracy */.y2)(m.fit.accuracy);
    if (m.fit?.status === 'skipped')
        return 'skipped';
    return accuracyLimit(m) !== undefined ? 'not measured' : '';
}
/** What a developer must read about one model: why it could not be measured, the limits it broke, unknown layers. */
function modelNotes(m, inert) {
    if (m.error !== undefined)
        return [{ level: 'error', text: inert(m.error, 500) }];
    const out = decisive(m).map((c) => ({ level: m.status === 'fail' ? 'error' : 'warning', text: describeCheck(c) }));
    if (m.unknown.length) {
        const list = m.unknown.slice(0, 5).map((u) => `${inert(u.layer, 60)} (${inert(u.type, 60)})`).join(', ');
        const more = m.unknown.length > 5 ? ` and ${(0,report_format/* grouped */.zD)(m.unknown.length - 5)} more` : '';
        const n = m.unknown.length;
        out.push({ level: 'warning', text: `${(0,report_format/* grouped */.zD)(n)} unknown layer${n === 1 ? '' : 's'} counted as 0, so its FLOPs are a lower bound (≥): ${list}${more}` });
    }
    return out;
}
/**
 * The sentence an annotation at the model's entry carries: the limits that decided its status,
 * or why it could not be measured. The annotation already stands at the line an error names,
 * so the error's `file:line:column: ` is not repeated.
 */
function annotationText(m) {
    if (m.error !== undefined)
        return splitPosition(m.error)?.message ?? m.error;
    const hits = decisive(m);
    return hits.length ? hits.map(describeCheck).join('; ') : `status ${m.status}`;
}
/**
 * Notes about what was not measured, said once per distinct reason with the models it
 * concerns (one missing base commit, one missing fit backend), not once per model.
 */
function sharedNotes(report, surface = 'cli') {
    const fitsOff = surface === 'action' ? 'the fit input is false' : 'fits were turned off (--no-fit)';
    const kinds = [
        [NO_BASELINE, (m) => (m.base?.status === 'unavailable' ? (m.base.reason ?? 'unknown reason') : undefined)],
        [FIT_SKIPPED, (m) => (m.fit?.status === 'skipped' ? m.fit.reason : undefined)],
        ['FLOPs increase not measured', (m) => (notMeasured(m, 'flops_increase') ? increaseUnmeasuredReason(m, surface) : undefined)],
        ['accuracy not measured', (m) => (notMeasured(m, 'accuracy') ? (m.fit ? 'the fit was skipped' : fitsOff) : undefined)],
    ];
    const measured = report.models.filter((m) => m.error === undefined);
    return kinds.flatMap(([what, reasonOf]) => byReason(measured, reasonOf).map((g) => ({ ...g, what })));
}
function notMeasured(m, budget) {
    return m.checks.some((c) => c.budget === budget && c.status === 'not-measured');
}
function increaseUnmeasuredReason(m, surface) {
    switch (m.base?.status) {
        case 'new':
            return 'the model is new';
        case 'unavailable':
            return NO_BASELINE;
        case 'measured':
            return 'the base has no FLOPs to compare with';
        case undefined:
            return surface === 'action' ? 'no base was compared (the Action compares on pull requests, with compare: base)' : 'no base was compared (give --base-ref)';
    }
}
function byReason(models, reasonOf) {
    const groups = new Map();
    for (const m of models) {
        const reason = reasonOf(m);
        if (reason === undefined)
            continue;
        const names = groups.get(reason) ?? [];
        names.push(m.name);
        groups.set(reason, names);
    }
    return [...groups].map(([reason, names]) => ({ names, reason }));
}

;// CONCATENATED MODULE: ./src/check/evaluate.ts

// Ratios come out of a division, limits out of "5%" / 100; both are floats. A change of
// exactly the allowed percentage must pass, so compare with a margin far below anything a
// FLOPs count can express.
const EPS = 1e-9;
/** The baseline as the report states it: deltas against the head's counts. */
function measuredBase(ref, head, base) {
    const delta = head.flops - base.flops;
    return {
        status: 'measured',
        ref,
        flops: base.flops,
        params: base.params,
        delta,
        // A zero-FLOPs base has no meaningful ratio; flops_increase then stays unmeasured.
        ...(base.flops > 0n ? { ratio: (0,report_format/* ratio */.CG)(delta, base.flops) } : delta === 0n ? { ratio: 0 } : {}),
    };
}
/**
 * Every limit the entry sets, in the budget file's order. Limits are ceilings except
 * `accuracy`, a floor. A limit that needs something absent (a base, a fit) is
 * `not-measured`: it neither passes nor fails, and the report says so.
 */
function evaluate(head, limits, base, fit) {
    const checks = [];
    const ceiling = (budget, limit, actual, over) => {
        if (limit !== undefined)
            checks.push({ budget, limit, actual, status: actual > limit ? over : 'pass' });
    };
    ceiling('flops', limits.flops, head.flops, 'fail');
    ceiling('flops_warn', limits.flops_warn, head.flops, 'warn');
    ceiling('params', limits.params, head.params, 'fail');
    ceiling('weights_bytes', limits.weights_bytes, head.weights_bytes ?? 0n, 'fail');
    ceiling('weights_bytes_warn', limits.weights_bytes_warn, head.weights_bytes ?? 0n, 'warn');
    ceiling('activation_bytes', limits.activation_bytes, head.activation_bytes ?? 0n, 'fail');
    ceiling('activation_bytes_warn', limits.activation_bytes_warn, head.activation_bytes ?? 0n, 'warn');
    if (limits.flops_increase !== undefined) {
        const ratio = base?.status === 'measured' ? base.ratio : undefined;
        checks.push(ratio === undefined
            ? { budget: 'flops_increase', limit: limits.flops_increase, actual: null, status: 'not-measured' }
            : { budget: 'flops_increase', limit: limits.flops_increase, actual: ratio, status: ratio > limits.flops_increase + EPS ? 'fail' : 'pass' });
    }
    if (limits.accuracy !== undefined) {
        checks.push(fit?.status === 'ok'
            ? { budget: 'accuracy', limit: limits.accuracy, actual: fit.accuracy, status: fit.accuracy + EPS < limits.accuracy ? 'fail' : 'pass' }
            : { budget: 'accuracy', limit: limits.accuracy, actual: null, status: 'not-measured' });
    }
    return checks;
}
/** The worst of the parts: fail over warn over pass; unmeasured limits do not count. */
function worst(statuses) {
    let out = 'pass';
    for (const s of statuses) {
        if (s === 'fail')
            return 'fail';
        if (s === 'warn')
            out = 'warn';
    }
    return out;
}

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

// EXTERNAL MODULE: ./src/formats/lfs.ts
var lfs = __webpack_require__(6855);
;// CONCATENATED MODULE: ./src/check/run.ts













const DEFAULT_DEPS = {
    analyzeModel: analyze/* analyzeModel */.Cw,
    analyzeInlineModel: measure.analyzeInlineModel,
    // Loaded on first use: TensorFlow.js is heavy and only a fit needs it.
    runFit: async (...args) => (await loadRunFit())(...args),
};
async function runCheck(opts, deps) {
    const cfg = await loadBudget(opts.budgetFile, opts.root, opts.surface ?? 'cli');
    const log = opts.log ?? (() => { });
    const full = { ...DEFAULT_DEPS, ...deps };
    const ctx = { cfg, deps: full, log, fit: opts.fit, fitCacheDir: opts.fitCacheDir, group: opts.group ?? ((_title, fn) => fn()) };
    const head = await resolveCommit(cfg.root, 'HEAD');
    if (opts.baseRef !== undefined)
        ctx.base = await prepareBase(cfg, opts.baseRef, log);
    else if (opts.baseSkipped !== undefined)
        ctx.base = { reason: opts.baseSkipped };
    const models = [];
    for (const entry of cfg.models)
        models.push(await checkModel(entry, ctx));
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
async function prepareBase(cfg, ref, log) {
    const commit = await resolveCommit(cfg.root, ref);
    // Asked for by name, a base that is not there is a mistake to fix, not a baseline to do without.
    if (!commit.ok)
        throw new errors/* FlopgateError */.N9(`--base-ref: ${commit.reason}`);
    // The budget file as it was at the base names inline models' layers there, and a model
    // file's path there (it may have been renamed in the PR).
    let budget;
    if (!(0,external_node_path_.isAbsolute)(cfg.file)) {
        const blob = await readAtCommit(cfg.root, commit.sha, cfg.file, 1024 * 1024);
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
    ctx.log(`flopgate: ${entry.name}: ${measuredLine(report)}`);
    const measured = ctx.base ? await measureBase(entry, report, ctx) : undefined;
    const base = measured?.base;
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
 * result also carries the architecture a fit trains.
 */
async function analyzeOpenedOnce(abs, label, opts, ctx) {
    const src = await byte_source/* FileSource */._n.open(abs, label);
    try {
        if ((0,lfs/* isLfsPointer */.NS)(await src.read(0, Math.min(src.size, lfs/* LFS_PROBE_BYTES */.JM))))
            throw new errors/* FlopgateError */.N9((0,lfs/* lfsMessage */.pR)(label));
        return await ctx.deps.analyzeModel(src, label, opts);
    }
    finally {
        await src.close();
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
            const blob = await readAtCommit(ctx.cfg.root, base.sha, path);
            if (blob.kind === 'absent')
                return { base: { status: 'new', ref: base.sha } };
            if (blob.kind === 'unavailable')
                return { base: { status: 'unavailable', ref: base.sha, reason: blob.reason } };
            const label = `${short}:${path}`;
            if ((0,lfs/* isLfsPointer */.NS)(blob.bytes))
                return { base: { status: 'unavailable', ref: base.sha, reason: (0,lfs/* lfsMessage */.pR)(label) } };
            report = (await ctx.deps.analyzeModel(new byte_source/* BufferSource */._r(blob.bytes, label), label, optionsOf(entry))).report;
        }
        const measured = measuredBase(base.sha, head, report);
        return { base: report.format !== head.format ? { ...measured, format: report.format } : measured, layers: report.layers };
    }
    catch (e) {
        const reason = message(e);
        ctx.log(`flopgate: ${entry.name}: ${NO_BASELINE}: ${reason}`);
        return { base: { status: 'unavailable', ref: base.sha, reason } };
    }
}
/** Trains `spec`, the architecture the head's analysis read (undefined for ONNX). */
async function fitModel(entry, report, spec, ctx) {
    // runFit logs the skips it decides; these are the ones decided here.
    const skip = (reason) => {
        ctx.log(`flopgate: ${entry.name}: ${FIT_SKIPPED}: ${reason}`);
        return { status: 'skipped', reason };
    };
    try {
        if (!spec)
            return skip(`${entry.path}: only Keras-family models (.keras, .h5, TensorFlow.js) can be fitted, not ONNX`);
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
    return ext === '.onnx' ? 'onnx' : ext === '.h5' || ext === '.hdf5' ? 'h5' : ext === '.json' ? 'tfjs' : 'keras';
}
function message(e) {
    if (e instanceof Error)
        return e.message.replace(/\s*\n\s*/g, ' ');
    return String(e);
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/markdown.ts



/** GitHub's limit is 65,536 characters; stay a little under it. */
const DEFAULT_MAX_LENGTH = 65_000;
const TRIMMED_NOTE = "_Per-layer detail trimmed to fit GitHub's comment limit";
/**
 * The hidden marker that identifies the comment of one budget file. The path comes from
 * the repository, but it must not be able to close the HTML comment early.
 */
function markerFor(budgetFile) {
    const safe = budgetFile.replace(/[^\w./@+ -]/g, '_').replace(/-{2,}/g, (d) => '-_'.repeat(d.length).slice(0, d.length));
    return `<!-- flopgate:${safe} -->`;
}
/**
 * The PR comment (and job summary): verdict, summary table, what needs attention, the
 * accuracy chart, per-layer detail, footer. Every string from a file goes through md().
 * Under `maxLength` detail goes first (largest tables first), then the chart and the notes,
 * then summary rows; the verdict always stays.
 */
function renderMarkdown(report, opts = {}) {
    const max = opts.maxLength ?? DEFAULT_MAX_LENGTH;
    const v = verdict(report);
    // What a reviewer reads without scrolling: the verdict, then why (each failing or warning
    // model's reason, the worst model's biggest layer change), then the table.
    const head = `${opts.marker ?? markerFor(report.budget_file)}\n### ${v.icon} ${v.text}`;
    const footer = footerOf(report, opts.runUrl);
    const table = tableOf(report);
    const notes = [...report.models.flatMap(notesOf), ...biggestChangeLine(report), ...sharedNoteLines(report, opts.surface)];
    const chart = chartOf(report);
    const details = report.models.map(detailOf);
    const tableText = (rows) => table.header + rows;
    const allRows = table.rows.map((r) => `\n${r}`).join('');
    // Notes come first: failures and the biggest change above the table, information below it.
    const split = (lines) => {
        const info = lines.filter((l) => l.startsWith('- ℹ️') || l.startsWith('_… and'));
        const attention = lines.filter((l) => !info.includes(l));
        return [attention.join('\n'), info.join('\n')];
    };
    const layout = (rows, noteLines, ...rest) => {
        const [attention, info] = split(noteLines);
        return join([head, attention, tableText(rows), info, ...rest]);
    };
    const join = (blocks) => `${blocks.filter((b) => b).join('\n\n')}\n`;
    const full = layout(allRows, notes, chart, ...details, footer);
    if (full.length <= max)
        return full;
    // Drop per-layer detail, largest first, until the rest fits.
    const note = (dropped) => `${TRIMMED_NOTE} (${(0,report_format/* grouped */.zD)(dropped)} of ${(0,report_format/* grouped */.zD)(details.length)} models)._`;
    const withoutDetails = layout(allRows, notes, note(details.length), chart, footer).length;
    const kept = new Set(details.keys());
    let keptLength = details.reduce((a, d) => a + d.length + 2, 0);
    for (const i of [...details.keys()].sort((a, b) => details[b].length - details[a].length)) {
        // The note is counted at its longest, so the estimate never undershoots.
        if (withoutDetails + keptLength <= max)
            break;
        kept.delete(i);
        keptLength -= details[i].length + 2;
    }
    if (kept.size > 0) {
        const body = layout(allRows, notes, note(details.length - kept.size), chart, ...details.filter((_, i) => kept.has(i)), footer);
        if (body.length <= max)
            return body;
    }
    // No detail at all. Then the chart goes, then notes and rows are cut to what fits:
    // rows first (failures first), since the summary table is what the verdict rests on.
    const trimmed = note(details.length);
    const withChart = layout(allRows, notes, trimmed, chart, footer);
    if (withChart.length <= max)
        return withChart;
    const fixed = join([head, table.header, trimmed, footer]).length;
    const room = max - fixed;
    // Notes carry the reasons of failures; they get up to a quarter of the room, rows the rest.
    const notesLength = notes.reduce((a, l) => a + l.length + 1, 0) + 2;
    const rowRoom = room - Math.min(notesLength, Math.floor(room / 4));
    const rows = fitLines(severityOrder(report, table.rows), rowRoom, (n) => `_… and ${(0,report_format/* grouped */.zD)(n)} more models${hiddenSummary(report, table.rows.length - n)}._`);
    const rowText = rows.map((l) => (l.startsWith('_…') ? `\n\n${l}` : `\n${l}`)).join('');
    const noteRoom = room - rowText.length - 4;
    const noteLines = noteRoom > 0 ? fitLines(notes, noteRoom, (n) => `_… and ${(0,report_format/* grouped */.zD)(n)} more notes._`) : [];
    const out = layout(rowText, noteLines, trimmed, footer);
    return out.length <= max ? out : `${out.slice(0, Math.max(0, max - 1))}\n`;
}
/**
 * As many lines as fit in `room` characters, one newline (or a blank line before the
 * "more" line) counted per line, ending with a "more" line when some are cut.
 */
function fitLines(lines, room, more) {
    const all = lines.reduce((a, l) => a + l.length + 1, 0);
    if (all <= room)
        return lines;
    let used = 0;
    let k = 0;
    for (; k < lines.length; k++) {
        const cost = lines[k].length + 1;
        if (used + cost + more(lines.length - k).length + 2 > room)
            break;
        used += cost;
    }
    if (k === 0 && more(lines.length).length + 2 > room)
        return [];
    return [...lines.slice(0, k), more(lines.length - k)];
}
/** When rows must be cut, keep the ones that need a reviewer: failures, then warnings. */
function severityOrder(report, rows) {
    return report.models
        .map((m, i) => ({ r: rankOf(m), i }))
        .sort((a, b) => a.r - b.r || a.i - b.i)
        .map(({ i }) => rows[i]);
}
function hiddenSummary(report, shown) {
    const ordered = [...report.models].sort((a, b) => rankOf(a) - rankOf(b)).slice(shown);
    const fail = ordered.filter((m) => m.status === 'fail').length;
    const warn = ordered.filter((m) => m.status === 'warn').length;
    const parts = [fail ? `${(0,report_format/* grouped */.zD)(fail)} failing` : '', warn ? `${(0,report_format/* grouped */.zD)(warn)} warning` : ''].filter(Boolean);
    return parts.length ? ` (${parts.join(', ')})` : '';
}
function rankOf(m) {
    return m.status === 'fail' ? 0 : m.status === 'warn' ? 1 : 2;
}
function tableOf(report) {
    // Narrow: a comment is about 780 px wide, and a cell that wraps hides what it says.
    const columns = summaryColumns(report, 'narrow');
    const titles = ['model', ...columns.map((c) => c.title), 'status'];
    const align = [':--', ...columns.map((c) => (c.numeric ? '--:' : ':--')), ':-:'];
    const header = `| ${titles.join(' | ')} |\n|${align.join('|')}|`;
    // A figure and its unit or share stay on one line ("+34,476 (+19.3%)" broken after the count
    // read as two figures): their spaces are no-break spaces.
    const keep = (s) => s.replace(/ /g, '\u00a0');
    const rows = report.models.map((m) => `| ${[(0,report_escape.md)(m.name, 80), ...columns.map((c) => (c.numeric ? keep(c.cell(m)) : c.cell(m))), statusIcon(m)].join(' | ')} |`);
    return { header, rows };
}
function notesOf(m) {
    return modelNotes(m, report_escape.md).map((n) => `- ${n.level === 'error' ? '❌' : '⚠️'} **${(0,report_escape.md)(m.name, 80)}**: ${n.text}`);
}
/** The worst model's biggest layer change against the base, said above the table. */
function biggestChangeLine(report) {
    const m = worstModel(report);
    const c = m?.layers_diff?.[0];
    if (!m || !c)
        return [];
    const b = m.base;
    const total = b?.status === 'measured' && b.delta !== undefined && b.delta !== 0n ? ` ${(0,report_format/* signedCount */.c3)(b.delta)} FLOPs${b.ratio === undefined ? '' : ` (${(0,report_format/* signedPercent */.wu)(b.ratio)})`}` : '';
    return [`- 🔎 **${(0,report_escape.md)(m.name, 80)}**${total}; biggest layer change: ${layerChangeText(c, report_escape.md)}`];
}
/** What was not measured and why, one line per distinct reason. */
function sharedNoteLines(report, surface) {
    return sharedNotes(report, surface).map((g) => {
        const shown = g.names.slice(0, 5).map((n) => `**${(0,report_escape.md)(n, 80)}**`).join(', ');
        const more = g.names.length > 5 ? ` and ${(0,report_format/* grouped */.zD)(g.names.length - 5)} more` : '';
        return `- ℹ️ ${shown}${more}: ${g.what}: ${(0,report_escape.md)(g.reason, 300)}`;
    });
}
/**
 * Accuracy against FLOPs, once three or more models were fitted (two are read off the table at
 * a glance): bars ordered by FLOPs, on an axis from 0, so a bar's height is its accuracy and not
 * a difference blown up by a cut axis.
 */
function chartOf(report) {
    const fitted = report.models
        .filter((m) => m.fit?.status === 'ok' && m.error === undefined)
        .map((m) => ({ m, acc: m.fit.accuracy }))
        .sort((a, b) => (a.m.flops < b.m.flops ? -1 : a.m.flops > b.m.flops ? 1 : 0));
    if (fitted.length < 3)
        return undefined;
    const shown = fitted.slice(0, 40);
    const labels = shown.map((f) => `"${(0,report_escape/* mermaidLabel */._b)(f.m.name, 30)} ${(0,report_format/* compact */.oE)(f.m.flops)}"`);
    return [
        '#### Accuracy against FLOPs',
        '```mermaid',
        'xychart-beta',
        '  title "Validation accuracy by model, ordered by forward FLOPs"',
        `  x-axis [${labels.join(', ')}]`,
        '  y-axis "validation accuracy" 0 --> 1',
        `  bar [${shown.map((f) => Number(f.acc.toFixed(4))).join(', ')}]`,
        '```',
    ].join('\n');
}
function detailOf(m) {
    if (m.error !== undefined)
        return '';
    const facts = [
        `${(0,report_escape.md)(m.path, 200)} (${m.format}${m.producer ? ` from ${(0,report_escape.md)(m.producer, 60)}` : ''})`,
        `convention \`${m.convention}\``,
        `batch size ${(0,report_format/* grouped */.zD)(m.batch_size)}`,
        m.input_shapes.length ? `input ${m.input_shapes.map(report_format/* shape */.cW).join(', ')}` : '',
        `training FLOPs ≈ ${(0,report_format/* count */.U9)(m.training_flops_estimate)} (estimate: 3× forward)`,
        m.non_trainable_params ? `${(0,report_format/* count */.U9)(m.trainable_params)} trainable params` : '',
        `weights ${(0,report_format/* bytes */.ee)(m.weights_bytes)}${dtypes(m)}`,
        `peak activations ${(0,report_format/* bytes */.ee)(m.activation_bytes)}`,
    ].filter(Boolean);
    const lines = [
        `<details><summary>${(0,report_escape.md)(m.name, 80)}: ${flopsText(m)} FLOPs, ${(0,report_format/* count */.U9)(m.params)} params, ${(0,report_format/* grouped */.zD)(m.layers.length)} layers</summary>`,
        '',
        facts.join(' · '),
    ];
    if (m.base?.status === 'measured') {
        const format = m.base.format ? ` (a ${m.base.format} file there)` : '';
        lines.push('', `Base${m.base.ref ? ` ${commit(m.base.ref)}` : ''}${format}: ${(0,report_format/* count */.U9)(m.base.flops ?? 0n)} FLOPs, ${(0,report_format/* count */.U9)(m.base.params ?? 0n)} params.`);
    }
    lines.push(...layerChangeTable(m));
    if (m.fit?.status === 'ok') {
        const f = m.fit;
        lines.push('', `Fit: ${(0,report_escape.md)(f.dataset, 40)}, ${f.epochs} epoch${f.epochs === 1 ? '' : 's'}, ${(0,report_format/* grouped */.zD)(f.train_samples)} training / ${(0,report_format/* grouped */.zD)(f.validation_samples)} validation samples, seed ${f.seed}: ` +
            `accuracy ${(0,report_format/* accuracy */.y2)(f.accuracy)}, loss ${Number(f.loss.toFixed(4))}, ${Number(f.seconds.toFixed(1))} s on ${(0,report_escape.md)(f.backend, 40)}.`);
    }
    if (m.layers.length) {
        lines.push('', '| # | layer | type | output shape | params | FLOPs | share |', '|--:|:--|:--|:--|--:|--:|--:|');
        const params = (0,report_format/* countColumn */.y$)(m.layers.map((l) => l.params));
        const flops = (0,report_format/* countColumn */.y$)(m.layers.map((l) => l.flops));
        m.layers.forEach((l, i) => {
            const share = m.flops > 0n ? (0,report_format/* percent */.KN)((0,report_format/* ratio */.CG)(l.flops, m.flops)) : '';
            const type = `${(0,report_escape.md)(l.type, 60)}${l.unknown ? ' ⚠️ unknown, counted as 0' : ''}`;
            lines.push(`| ${l.index} | ${(0,report_escape.md)(l.name, 80)} | ${type} | ${(0,report_escape.md)((0,report_format/* shape */.cW)(l.output_shape), 80)} | ${params[i]} | ${flops[i]} | ${share} |`);
        });
    }
    lines.push('', '</details>');
    return lines.join('\n');
}
/** "(float32 313 kB, int8 78.5 kB)" when the weights are of more than one dtype, or " (float16)". */
function dtypes(m) {
    const by = Object.entries(m.weights_by_dtype ?? {});
    if (by.length === 0)
        return '';
    if (by.length === 1)
        return ` (${by[0][0]})`;
    return ` (${by.map(([t, b]) => `${t} ${(0,report_format/* bytes */.ee)(b)}`).join(', ')})`;
}
/** The layers that changed against the base, biggest first, the first few in a table. */
function layerChangeTable(m) {
    const changes = m.layers_diff ?? [];
    if (changes.length === 0)
        return [];
    const side = (s, k) => (s ? (0,report_format/* grouped */.zD)(s[k]) : '—');
    const out = ['', 'Layers changed against the base, biggest change first:', '', '| layer | change | FLOPs before → after | params before → after |', '|:--|:--|--:|--:|'];
    for (const c of changes.slice(0, LAYER_CHANGES_SHOWN)) {
        const who = c.after ?? c.before;
        const renamed = c.before && c.after && c.before.name !== c.after.name ? ` (was ${(0,report_escape.md)(c.before.name, 60)})` : '';
        out.push(`| ${(0,report_escape.md)(who.name, 80)}${renamed} (${(0,report_escape.md)(who.type, 40)}) | ${c.change} | ${side(c.before, 'flops')} → ${side(c.after, 'flops')} | ${side(c.before, 'params')} → ${side(c.after, 'params')} |`);
    }
    if (changes.length > LAYER_CHANGES_SHOWN)
        out.push('', `_… and ${(0,report_format/* grouped */.zD)(changes.length - LAYER_CHANGES_SHOWN)} more._`);
    return out;
}
function footerOf(report, runUrl) {
    const parts = [`Counted with the \`${report.convention}\` convention`];
    if (report.base && report.head)
        parts.push(`base ${commit(report.base)} → head ${commit(report.head)}`);
    else if (report.head)
        parts.push(`head ${commit(report.head)}`);
    parts.push(`budget file ${(0,report_escape.md)(report.budget_file, 120)}`);
    if (runUrl && /^https:\/\/[^\s()<>"'`]+$/.test(runUrl))
        parts.push(`[workflow run](${runUrl})`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** A commit in a code span when it is a SHA; anything else is escaped text (code spans do not decode entities). */
function commit(ref) {
    return /^[0-9a-f]{7,64}$/i.test(ref) ? `\`${(0,report_format/* shortSha */.Fu)(ref)}\`` : (0,report_escape.md)(ref, 60);
}

// EXTERNAL MODULE: ./src/report/text-table.ts
var text_table = __webpack_require__(2906);
;// CONCATENATED MODULE: ./src/report/terminal-check.ts




/**
 * `flopgate check` on a terminal: one row per model, the layers that changed against the base,
 * then what needs attention, then the verdict. The words are check/describe.ts's; this lays
 * them out as plain text (names stripped of control characters) in aligned columns, within
 * `width` columns (80, a terminal's and a CI log's usual width): a table too wide for it takes
 * the comment's narrow columns, and a long line wraps under its own indent.
 */
function renderCheckTable(report, width = 80) {
    const table = (layout) => {
        const columns = summaryColumns(report, layout);
        const header = ['model', ...columns.map((c) => c.title), 'status'];
        const rows = report.models.map((m) => [(0,report_escape/* plain */.pj)(m.name, 60), ...columns.map((c) => c.cell(m)), statusWord(m)]);
        return (0,text_table/* textTable */.e)(header, rows, [false, ...columns.map((c) => c.numeric), false]);
    };
    const wide = table('wide');
    const out = [...(wide.some((l) => [...l].length > width) ? table('narrow') : wide), ''];
    for (const m of report.models)
        out.push(...layerChanges(m));
    const notes = [
        ...report.models.flatMap((m) => modelNotes(m, report_escape/* plain */.pj).map((n) => `  ${n.level === 'error' ? '✗' : '!'} ${(0,report_escape/* plain */.pj)(m.name, 60)}: ${n.text}`)),
        ...sharedNotes(report).map(sharedLine),
    ];
    if (notes.length)
        out.push(...notes, '');
    const v = verdict(report);
    const compared = report.base ? ` (base ${(0,report_format/* shortSha */.Fu)(report.base)})` : '';
    out.push(`${v.icon} ${v.text}${compared}`, '');
    // The table's rows are never wrapped: a row cut in two no longer lines up.
    const tableRows = out.indexOf('');
    return [...out.slice(0, tableRows), ...out.slice(tableRows).flatMap((l) => wrap(l, width))].join('\n');
}
/**
 * A line cut at spaces into lines of at most `width` code points, each continuation indented
 * two columns deeper than the line's own indent and its bullet; a word longer than a line
 * (a path) stands alone on its line rather than being cut.
 */
function wrap(line, width) {
    if ([...line].length <= width)
        return [line];
    const lead = /^(\s*(?:[✗!·] )?)/u.exec(line)[1];
    const indent = ' '.repeat([...lead].length + 2);
    const words = line.slice(lead.length).split(' ');
    const out = [];
    let cur = lead;
    let fresh = true;
    for (const w of words) {
        if (!fresh && [...cur].length + 1 + [...w].length > width) {
            out.push(cur);
            cur = indent + w;
        }
        else
            cur = fresh ? cur + w : `${cur} ${w}`;
        fresh = false;
    }
    out.push(cur);
    return out;
}
/** A model's layer changes against the base, biggest first, cut to the first few. */
function layerChanges(m) {
    const changes = m.layers_diff ?? [];
    if (changes.length === 0)
        return [];
    const shown = changes.slice(0, LAYER_CHANGES_SHOWN).map((c) => `    ${layerChangeText(c, report_escape/* plain */.pj)}`);
    const more = changes.length > LAYER_CHANGES_SHOWN ? [`    and ${(0,report_format/* grouped */.zD)(changes.length - LAYER_CHANGES_SHOWN)} more`] : [];
    const base = m.base?.ref ? ` ${(0,report_format/* shortSha */.Fu)(m.base.ref)}` : '';
    const format = m.base?.format ? `, whose file was ${m.base.format}` : '';
    return [`  ${(0,report_escape/* plain */.pj)(m.name, 60)}: layers changed against base${base}${format}, biggest first:`, ...shown, ...more, ''];
}
function sharedLine(g) {
    const more = g.names.length > 5 ? ` and ${g.names.length - 5} more` : '';
    return `  · ${g.names.slice(0, 5).map((n) => (0,report_escape/* plain */.pj)(n, 60)).join(', ')}${more}: ${g.what}: ${(0,report_escape/* plain */.pj)(g.reason, 300)}`;
}

;// CONCATENATED MODULE: ./src/commands/check.ts











const CHECK_USAGE = 'Usage: flopgate check [--budget PATH] [--base-ref REF] [--no-fit] [--json PATH|-] [--markdown PATH|-]';
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
        const report = await runCheck({
            root,
            budgetFile,
            ...(values['base-ref'] !== undefined ? { baseRef: values['base-ref'] } : {}),
            fit: !values['no-fit'],
            log: (line) => io.stderr(`${line}\n`),
        });
        (toStdout ? io.stderr : io.stdout)(renderCheckTable(report));
        const write = async (path, text) => (path === '-' ? io.stdout(text) : writeFileAtomic((0,external_node_path_.resolve)(io.cwd, path), text, path));
        if (values.json !== undefined)
            await write(values.json, `${(0,json/* toJson */.a)(report, 2)}\n`);
        if (values.markdown !== undefined)
            await write(values.markdown, renderMarkdown(report));
        return exitCodeOf(report);
    }
    catch (e) {
        if (e instanceof ConfigError) {
            for (const f of e.faults)
                io.stderr(`error: ${formatFault(f)}\n`);
            return 2;
        }
        if (e instanceof errors/* FlopgateError */.N9) {
            io.stderr(`error: ${e.message}\n`);
            return e.exitCode;
        }
        throw e;
    }
}


/***/ })

};
