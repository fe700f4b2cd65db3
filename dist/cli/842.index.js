export const id = 842;
export const ids = [842];
export const modules = {

/***/ 4842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MERGE_USAGE: () => (/* binding */ MERGE_USAGE),
  mergeCommand: () => (/* binding */ mergeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/check/atomic-write.ts
var atomic_write = __webpack_require__(949);
// EXTERNAL MODULE: ./src/check/exit-code.ts
var exit_code = __webpack_require__(1978);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/terminal-check.ts
var terminal_check = __webpack_require__(541);
// EXTERNAL MODULE: ./src/check/report.ts
var report = __webpack_require__(3904);
;// CONCATENATED MODULE: ./src/shard/merge.ts


/** What every shard of one run agrees on; a difference means the reports are of different runs. */
const SAME = [
    { key: 'budget_file', of: (r) => r.budget_file, what: 'budget files' },
    { key: 'budget_sha256', of: (r) => r.shard.budget_sha256, what: 'budget file contents' },
    { key: 'head', of: (r) => r.head, what: 'commits' },
    { key: 'base', of: (r) => r.base, what: 'base commits' },
    { key: 'convention', of: (r) => r.convention, what: 'conventions' },
    { key: 'total', of: (r) => r.shard.total, what: 'shard counts' },
    { key: 'model_count', of: (r) => r.shard.model_count, what: 'model counts' },
];
/**
 * The shards' reports as the one report an unsharded check would have written: the models in
 * the budget file's order, one verdict. Refused, with one line naming the files: a report that
 * is not a shard's, reports of different runs, a shard given twice, a missing shard.
 */
function mergeReports(inputs) {
    if (inputs.length === 0)
        throw new errors/* FlopgateError */.N9('no reports to merge');
    for (const { file, report } of inputs) {
        if (!report.shard)
            throw new errors/* FlopgateError */.N9(`${file}: not a shard's report (written without --shard I/N)`);
    }
    const [first] = inputs;
    for (const other of inputs.slice(1)) {
        for (const s of SAME) {
            const [a, b] = [s.of(first.report), s.of(other.report)];
            if (a !== b)
                throw new errors/* FlopgateError */.N9(`${first.file} and ${other.file} are of different ${s.what} (${s.key}: ${String(a)} and ${String(b)}); only shards of one run merge`);
        }
    }
    const { total, model_count } = first.report.shard;
    const byIndex = new Map();
    for (const { file, report } of inputs) {
        const i = report.shard.index;
        const known = byIndex.get(i);
        if (known !== undefined)
            throw new errors/* FlopgateError */.N9(`shard ${i}/${total} is given twice (${known} and ${file})`);
        byIndex.set(i, file);
    }
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length) {
        const list = missing.map((i) => `${i}/${total}`).join(', ');
        throw new errors/* FlopgateError */.N9(`shard${missing.length > 1 ? 's' : ''} ${list} ${missing.length > 1 ? 'are' : 'is'} missing (got ${inputs.length} of ${total} reports); did every matrix job upload its report?`);
    }
    const placed = new Array(model_count);
    for (const { file, report } of inputs) {
        const info = report.shard;
        if (info.models.length !== report.models.length)
            throw new errors/* FlopgateError */.N9(`${file}: lists ${info.models.length} model positions for ${report.models.length} models`);
        info.models.forEach((pos, k) => {
            if (!Number.isInteger(pos) || pos < 0 || pos >= model_count)
                throw new errors/* FlopgateError */.N9(`${file}: model position ${pos} is outside the budget file's ${model_count} models`);
            if (placed[pos] !== undefined)
                throw new errors/* FlopgateError */.N9(`${file}: model ${report.models[k].name} was measured by two shards`);
            placed[pos] = report.models[k];
        });
    }
    const gap = placed.findIndex((m) => m === undefined);
    if (gap >= 0)
        throw new errors/* FlopgateError */.N9(`models[${gap}] of the budget file is in no shard's report`);
    const r = first.report;
    return (0,report/* checkReport */.p)({
        convention: r.convention,
        budget_file: r.budget_file,
        ...(r.head !== undefined ? { head: r.head } : {}),
        ...(r.base !== undefined ? { base: r.base } : {}),
        models: placed,
    });
}

// EXTERNAL MODULE: ./src/history/append.ts
var append = __webpack_require__(1526);
// EXTERNAL MODULE: ./src/history/record.ts
var record = __webpack_require__(5799);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/shard/read-report.ts


/**
 * A check report read back from its JSON (`check --json`, a shard's report), with its counts
 * as the bigints they were: JSON.parse would turn them into Numbers and round any past 2^53.
 * Integers past 2^53 are taken out of the text as strings before parsing (a JSON string
 * literal is matched first, so digits inside a name are never touched), and the count fields
 * are then made bigints by their place in the report.
 */
/** A report of 10,000 models with their layers is tens of MB; past this it is not a report. */
const MAX_REPORT_BYTES = 1024 * 1024 * 1024;
// A whole integer literal: not the fraction or exponent of another number.
const TOKEN = /"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])-?\d{16,}(?![.eE\d])/g;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Count fields of a model, a layer, a base comparison, a layer change side. */
const MODEL_COUNTS = ['flops', 'macs', 'params', 'trainable_params', 'non_trainable_params', 'weights_bytes', 'activation_bytes', 'training_flops_estimate'];
const LAYER_COUNTS = ['macs', 'flops', 'params', 'trainable_params', 'weights_bytes', 'activation_bytes'];
const BASE_COUNTS = ['flops', 'params', 'delta'];
const RATIO_BUDGETS = new Set(['flops_increase', 'accuracy']);
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Set per parse: a random nonce, so a name in the report cannot pose as a marked integer. */
let MARK = '';
function big(v) {
    if (typeof v === 'number' && Number.isInteger(v))
        return BigInt(v);
    if (typeof v === 'string' && v.startsWith(MARK))
        return BigInt(v.slice(MARK.length));
    return v;
}
function counts(o, keys) {
    if (!isObj(o))
        return;
    for (const k of keys)
        if (k in o)
            o[k] = big(o[k]);
}
/** Marked integers anywhere else (none in a report flopgate wrote) become Numbers again. */
function unmark(v) {
    if (typeof v === 'string' && v.startsWith(MARK))
        return Number(v.slice(MARK.length));
    if (Array.isArray(v))
        return v.map(unmark);
    if (isObj(v))
        for (const k of Object.keys(v))
            v[k] = unmark(v[k]);
    return v;
}
/** The report in `text` (named `file` in messages), counts as bigints. */
function parseReport(text, file) {
    const nonce = Math.random().toString(36).slice(2, 12);
    MARK = `\u0000bigint-${nonce}:`;
    const marked = text.replace(TOKEN, (t) => {
        if (t.startsWith('"'))
            return t;
        const n = BigInt(t);
        return n > SAFE || n < -SAFE ? `"\\u0000bigint-${nonce}:${t}"` : t;
    });
    let data;
    try {
        data = JSON.parse(marked);
    }
    catch (e) {
        throw new errors/* FlopgateError */.N9(`${file}: not JSON (${e.message.split('\n')[0]})`);
    }
    if (!isObj(data) || data.version !== 1 || !Array.isArray(data.models) || typeof data.budget_file !== 'string') {
        throw new errors/* FlopgateError */.N9(`${file}: not a flopgate check report (expected version 1, budget_file and models)`);
    }
    for (const [i, m] of data.models.entries()) {
        if (!isObj(m) || typeof m.name !== 'string')
            throw new errors/* FlopgateError */.N9(`${file}: models[${i}] is not a model report`);
        counts(m, MODEL_COUNTS);
        if (isObj(m.weights_by_dtype))
            counts(m.weights_by_dtype, Object.keys(m.weights_by_dtype));
        if (Array.isArray(m.layers))
            for (const l of m.layers)
                if (isObj(l)) {
                    counts(l, LAYER_COUNTS);
                    if (isObj(l.ops))
                        counts(l.ops, Object.keys(l.ops));
                }
        counts(m.base, BASE_COUNTS);
        if (Array.isArray(m.checks))
            for (const c of m.checks)
                if (isObj(c) && !RATIO_BUDGETS.has(String(c.budget)))
                    counts(c, ['limit', 'actual']);
        if (Array.isArray(m.layers_diff))
            for (const c of m.layers_diff)
                if (isObj(c)) {
                    counts(c, ['flops_delta', 'params_delta']);
                    counts(c.before, ['flops', 'params']);
                    counts(c.after, ['flops', 'params']);
                }
    }
    return unmark(data);
}
/** The report in a file; a missing, huge or malformed one is one line naming it. */
async function readReport(path, label = path) {
    let text;
    try {
        const st = await (0,promises_.stat)(path);
        if (!st.isFile())
            throw new errors/* FlopgateError */.N9(`${label}: not a file`);
        if (st.size > MAX_REPORT_BYTES)
            throw new errors/* FlopgateError */.N9(`${label}: ${st.size} bytes is too large for a report`);
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e instanceof errors/* FlopgateError */.N9)
            throw e;
        const code = e.code;
        throw new errors/* FlopgateError */.N9(`${label}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${e.message})`}`);
    }
    return parseReport(text, label);
}

;// CONCATENATED MODULE: ./src/commands/merge.ts












const MERGE_USAGE = 'Usage: flopgate merge REPORT... [--json PATH|-] [--markdown PATH|-] [--history PATH]';
/**
 * `flopgate merge`: the reports of `check --shard I/N` as one report, table and verdict,
 * with the exit code `check` would have given unsharded (0, 1, or 2 for a model that could
 * not be measured; 2 also for reports that do not merge).
 */
async function mergeCommand(argv, io) {
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: { json: { type: 'string' }, markdown: { type: 'string' }, history: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        }));
    }
    catch (e) {
        io.stderr(`error: flopgate merge: ${e.message.split('\n')[0]} (${MERGE_USAGE})\n`);
        return 2;
    }
    if (values.help) {
        io.stdout(`${MERGE_USAGE}\n`);
        return 0;
    }
    if (positionals.length === 0) {
        io.stderr(`error: flopgate merge: no reports given (${MERGE_USAGE})\n`);
        return 2;
    }
    try {
        if (values.json === '-' && values.markdown === '-')
            throw new errors/* FlopgateError */.N9('--json - and --markdown - cannot both write to standard output');
        const inputs = [];
        for (const file of positionals)
            inputs.push({ file, report: await readReport((0,external_node_path_.resolve)(io.cwd, file), file) });
        const report = mergeReports(inputs);
        const toStdout = values.json === '-' || values.markdown === '-';
        (toStdout ? io.stderr : io.stdout)((0,terminal_check/* renderCheckTable */.t)(report));
        const write = async (path, text) => (path === '-' ? io.stdout(text) : (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(io.cwd, path), text, path));
        if (values.json !== undefined)
            await write(values.json, `${(0,json/* toJson */.a)(report, 2)}\n`);
        if (values.markdown !== undefined)
            await write(values.markdown, (0,markdown/* renderMarkdown */.Gc)(report));
        if (values.history !== undefined)
            await (0,append/* appendHistoryFile */.b)((0,external_node_path_.resolve)(io.cwd, values.history), values.history, (0,record/* historyLine */.Jo)((0,record/* historyEntry */.xg)(report, new Date())));
        return (0,exit_code/* exitCodeOf */.F)(report);
    }
    catch (e) {
        if (e instanceof errors/* FlopgateError */.N9) {
            io.stderr(`error: ${e.message}\n`);
            return e.exitCode;
        }
        throw e;
    }
}


/***/ })

};
