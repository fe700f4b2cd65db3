export const id = 954;
export const ids = [954];
export const modules = {

/***/ 949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   z: () => (/* binding */ assertReplaceable)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




/**
 * Write a whole file or nothing: a temporary file beside the target, then rename (atomic on
 * one filesystem). A reader never sees half a report, and a failure leaves no debris. Only a
 * regular file is ever replaced: a rename over a FIFO, a device node (as root) or a symbolic
 * link would silently swap it for a regular file, so those are refused before anything is
 * written.
 */
async function writeFileAtomic(path, data, label = path) {
    await assertReplaceable(path, label);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data, { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(tmp).catch(() => { });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FlopgateError */ .N9(`${label}: cannot write (${e.code ?? e.message})`);
    }
}
/**
 * Fails unless `path` is absent or a regular file: what writeFileAtomic may replace. Commands
 * call it before their work too, so a report that cannot be written is said at once.
 */
async function assertReplaceable(path, label = path) {
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FlopgateError */ .N9(`${label}: cannot write (${e.code ?? e.message})`);
    });
    if (existing && !existing.isFile()) {
        const what = existing.isDirectory() ? 'a directory' : existing.isSymbolicLink() ? 'a symbolic link' : 'not a regular file (a FIFO, socket or device)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FlopgateError */ .N9(`${label}: is ${what}; flopgate writes a report only where there is no file or a regular one`);
    }
}


/***/ }),

/***/ 2595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ statusWord),
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   K5: () => (/* binding */ summaryColumns),
/* harmony export */   Kl: () => (/* binding */ LAYER_CHANGES_SHOWN),
/* harmony export */   LX: () => (/* binding */ sharedNotes),
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   X0: () => (/* binding */ FIT_SKIPPED),
/* harmony export */   gN: () => (/* binding */ NO_BASELINE),
/* harmony export */   rk: () => (/* binding */ modelNotes),
/* harmony export */   vL: () => (/* binding */ worstModel),
/* harmony export */   vj: () => (/* binding */ layerChangeText),
/* harmony export */   yP: () => (/* binding */ flopsText),
/* harmony export */   z0: () => (/* binding */ measuredLine)
/* harmony export */ });
/* unused harmony exports describeCheck, decisive, flopsLimit, accuracyLimit, failureMessage, budgetUse, accuracyText, annotationText */
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);


/** Labels of the notes shared by several models, also used by the check's log lines. */
const NO_BASELINE = 'no baseline';
const FIT_SKIPPED = 'fit skipped';
/** One sentence per limit. */
function describeCheck(c) {
    const n = (x) => (x < 1000000n ? (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .grouped */ .zD)(x) : (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(x));
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
            return `${what} ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(c.actual)} ${c.actual > c.limit ? 'exceed' : 'within'} the ${limit} of ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(c.limit)}`;
        }
        case 'flops_increase':
            if (c.actual === null)
                return `FLOPs increase not measured; limit ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(c.limit)}`;
            return `FLOPs changed by ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signedPercent */ .wu)(c.actual)} against the base; allowed ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(c.limit)}`;
        case 'accuracy':
            if (c.actual === null)
                return `accuracy not measured; minimum ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .accuracy */ .y2)(c.limit)}`;
            return `accuracy ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .accuracy */ .y2)(c.actual)} ${c.status === 'fail' ? 'below' : 'meets'} the minimum of ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .accuracy */ .y2)(c.limit)}`;
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
const models = (n) => `${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .grouped */ .zD)(n)} model${n === 1 ? '' : 's'}`;
/** The one-line verdict: what a reviewer reads first, the same in the terminal and the comment. */
function verdict(report) {
    const n = report.models.length;
    const broken = report.models.filter((m) => m.error !== undefined).length;
    const over = report.models.filter((m) => m.status === 'fail').length - broken;
    const warned = report.models.filter((m) => m.status === 'warn').length;
    if (report.status === 'fail') {
        const parts = [];
        if (over)
            parts.push(`${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .grouped */ .zD)(over)} of ${models(n)} over budget`);
        if (broken)
            parts.push(`${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .grouped */ .zD)(broken)} of ${models(n)} could not be measured`);
        return { icon: '❌', text: `flopgate: ${parts.join(', ') || 'budget check failed'}` };
    }
    if (report.status === 'warn') {
        return { icon: '⚠️', text: `flopgate: ${models(n)} within budget, ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .grouped */ .zD)(warned)} above the warning threshold` };
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
    return `${m.lower_bound ? '≥ ' : ''}${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(m.flops)}`;
}
/** The log line of a measured model: exact figures. */
function measuredLine(m) {
    return `${m.lower_bound ? '≥ ' : ''}${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .grouped */ .zD)(m.flops)} FLOPs, ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .grouped */ .zD)(m.params)} params`;
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
        const cells = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .countColumn */ .y$)(list.map(value));
        return new Map(list.map((m, i) => [m, cells[i]]));
    };
    const flopsCells = column(ok, (m) => m.flops);
    const paramCells = column(ok, (m) => m.params);
    const limitCells = column(all.filter((m) => flopsLimit(m) !== undefined), (m) => flopsLimit(m));
    const flopsCell = (m) => `${m.lower_bound ? '≥ ' : ''}${flopsCells.get(m)}`;
    const limitCell = (m) => limitCells.get(m) ?? '';
    const columns = [
        { title: 'FLOPs', numeric: true, cell: measured(flopsCell, '—') },
        withBase && { title: 'Δ vs base', numeric: true, cell: measured((m) => (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .delta */ .pU)(m.base), '') },
        ...(layout === 'wide'
            ? [
                withFlopsBudget && { title: 'budget', numeric: true, cell: limitCell },
                withFlopsBudget && { title: 'headroom', numeric: true, cell: measured((m) => (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .headroom */ ._K)(m.flops, flopsLimit(m)), '') },
                { title: 'params', numeric: true, cell: measured((m) => paramCells.get(m), '—') },
            ]
            : [withFlopsBudget && { title: 'of budget', numeric: true, cell: measured(budgetUse, '') }]),
        withWeights && { title: 'weights', numeric: true, cell: measured((m) => (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(m.weights_bytes), '') },
        withActivations && { title: 'activations', numeric: true, cell: measured((m) => (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee)(m.activation_bytes), '') },
        withAccuracy && { title: 'accuracy', numeric: true, cell: accuracyText },
    ];
    return columns.filter((c) => c !== false);
}
/** The share of the FLOPs budget used, in a few characters: "90% of 200k", "115% of 200k". */
function budgetUse(m) {
    const l = flopsLimit(m);
    if (l === undefined)
        return '';
    return `${l > 0n ? (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)((0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .ratio */ .CG)(m.flops, l)) : '—'} of ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .compact */ .oE)(l)}`;
}
/** One layer change in words: "dense (Dense): FLOPs 156,900 → 313,800 (+156,900), params 78,500 → 157,000". */
function layerChangeText(c, inert) {
    const who = c.after ?? c.before;
    const renamed = c.before && c.after && c.before.name !== c.after.name ? ` (was ${inert(c.before.name, 60)})` : '';
    const name = `${inert(who.name, 80)}${renamed} (${inert(who.type, 40)})`;
    const n = (x) => (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .grouped */ .zD)(x);
    if (c.change === 'added')
        return `${name} added: ${n(c.after.flops)} FLOPs, ${n(c.after.params)} params`;
    if (c.change === 'removed')
        return `${name} removed: was ${n(c.before.flops)} FLOPs, ${n(c.before.params)} params`;
    const params = c.params_delta !== 0n ? `, params ${n(c.before.params)} → ${n(c.after.params)}` : '';
    return `${name}: FLOPs ${n(c.before.flops)} → ${n(c.after.flops)} (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .signedCount */ .c3)(c.flops_delta)})${params}`;
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
        return (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .accuracy */ .y2)(m.fit.accuracy);
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
        const more = m.unknown.length > 5 ? ` and ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .grouped */ .zD)(m.unknown.length - 5)} more` : '';
        const n = m.unknown.length;
        out.push({ level: 'warning', text: `${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .grouped */ .zD)(n)} unknown layer${n === 1 ? '' : 's'} counted as 0, so its FLOPs are a lower bound (≥): ${list}${more}` });
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


/***/ }),

/***/ 3065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   uG: () => (/* binding */ measuredBase)
/* harmony export */ });
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);

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
        ...(base.flops > 0n ? { ratio: (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .ratio */ .CG)(delta, base.flops) } : delta === 0n ? { ratio: 0 } : {}),
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


/***/ }),

/***/ 1978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ exitCodeOf)
/* harmony export */ });
/**
 * Exit code of a finished check: 2 when any model could not be measured (bad input, as
 * the CLI contract says), else 1 when a budget is exceeded, else 0 (warnings pass).
 */
function exitCodeOf(report) {
    if (report.models.some((m) => m.error !== undefined))
        return 2;
    return report.status === 'fail' ? 1 : 0;
}


/***/ }),

/***/ 3904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ checkReport)
/* harmony export */ });
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3065);

/**
 * A check report from its models, the verdict theirs. The one place its keys are put in
 * order: a check and the merge of its shards write the same JSON text.
 */
function checkReport(p) {
    const status = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .worst */ .QZ)(p.models.map((m) => m.status));
    return {
        version: 1,
        convention: p.convention,
        passed: status !== 'fail',
        status,
        budget_file: p.budget_file,
        ...(p.head !== undefined ? { head: p.head } : {}),
        ...(p.base !== undefined ? { base: p.base } : {}),
        models: p.models,
        ...(p.shard ? { shard: p.shard } : {}),
    };
}


/***/ }),

/***/ 1526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ appendHistoryFile)
/* harmony export */ });
/* unused harmony export appended */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(949);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



/** The history text with `line` added: a file that does not end its last line gets one ended first. */
function appended(text, line) {
    return text === '' || text.endsWith('\n') ? text + line : `${text}\n${line}`;
}
/**
 * `--history PATH`: the line added to the file (created when missing), written whole or not
 * at all (a new file renamed over the old), so an interrupted run never leaves half a line.
 */
async function appendHistoryFile(path, label, line) {
    let text = '';
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code !== 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FlopgateError */ .N9(`${label}: cannot read the history file (${e.message})`);
    }
    await (0,_check_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(path, appended(text, line), label);
}


/***/ }),

/***/ 5799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ historyLine),
/* harmony export */   xg: () => (/* binding */ historyEntry)
/* harmony export */ });
/* unused harmony export parseHistory */
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2794);

/** The entry of a run; models that could not be measured are left out (their zeros are no figure). */
function historyEntry(report, date) {
    const models = {};
    for (const m of report.models) {
        if (m.error !== undefined)
            continue;
        models[m.name] = {
            flops: m.flops,
            params: m.params,
            weights_bytes: m.weights_bytes,
            activation_bytes: m.activation_bytes,
            ...(m.fit?.status === 'ok' ? { accuracy: m.fit.accuracy } : {}),
        };
    }
    return { version: 1, commit: report.head ?? 'unknown', date: date.toISOString(), budget_file: report.budget_file, convention: report.convention, models };
}
/** The entry as one line of the file, newline included. */
function historyLine(entry) {
    return `${(0,_report_json_js__WEBPACK_IMPORTED_MODULE_0__/* .toJson */ .a)(entry)}\n`;
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? BigInt(v) : undefined);
/**
 * The entries of a history file, oldest first. The file lives on a branch anyone with write
 * access can edit: a line that is not an entry is skipped and counted, never fatal. Only the
 * last `keep` entries are returned. Counts past 2^53 come back rounded (a trend is a picture).
 */
function parseHistory(text, keep = Infinity) {
    const entries = [];
    let skipped = 0;
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        let v;
        try {
            v = JSON.parse(line);
        }
        catch {
            skipped++;
            continue;
        }
        if (!isObj(v) || v.version !== 1 || typeof v.commit !== 'string' || typeof v.date !== 'string' || !isObj(v.models)) {
            skipped++;
            continue;
        }
        const models = {};
        for (const [name, f] of Object.entries(v.models)) {
            if (!isObj(f))
                continue;
            const flops = count(f.flops);
            if (flops === undefined)
                continue;
            models[name] = {
                flops,
                params: count(f.params) ?? 0n,
                weights_bytes: count(f.weights_bytes) ?? 0n,
                activation_bytes: count(f.activation_bytes) ?? 0n,
                ...(typeof f.accuracy === 'number' ? { accuracy: f.accuracy } : {}),
            };
        }
        entries.push({ version: 1, commit: v.commit, date: v.date, budget_file: String(v.budget_file ?? ''), convention: String(v.convention ?? ''), models });
        if (entries.length > 2 * keep)
            entries.splice(0, entries.length - keep);
    }
    return { entries: entries.slice(-keep), skipped };
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* unused harmony export truncate */
/**
 * Text that comes from files (model names, layer names and types, paths, error messages)
 * is data. These functions make it inert wherever it is shown, so a model named
 * `<img src=x> @octocat **bold** | x` prints those characters and nothing else.
 */
const ZWSP = '\u200b';
// Markdown and HTML syntax characters become numeric entities: GitHub renders them as the
// plain character and never as syntax (a table pipe, emphasis, a link, a tag, math).
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '~': '&#126;',
    $: '&#36;',
};
/** Characters no text field should carry into a report: controls (ANSI escapes among them), bidi overrides. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Shorten to `max` code points, marking the cut. */
function truncate(text, max) {
    const cps = Array.from(text);
    return cps.length <= max ? text : `${cps.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/**
 * Inert markdown for one line of text (a table cell, a list item, a summary).
 * Mentions and issue references are filtered by GitHub after rendering, on the decoded
 * text, so an entity would not stop them: a zero-width space after `@` and `#` does.
 * The same goes for autolinked URLs (`https://`, `www.`).
 */
function md(text, max = 200) {
    const flat = truncate(String(text).replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, ''), max);
    // URL breakers first, on the raw text; then one pass over characters, so no
    // replacement is ever applied to another's output (an entity's `#`, for one).
    return flat
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`)
        .replace(/[&<>"|`*_[\]\\~$@#]/g, (c) => ENTITIES[c] ?? c + ZWSP);
}
/** A label inside a Mermaid block, where entities mean nothing: keep a safe alphabet only. */
function mermaidLabel(text, max = 40) {
    const safe = String(text)
        .replace(/[^A-Za-z0-9 .+\-/]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(safe || 'model', max);
}
/** Text for a terminal: no control characters, so a name cannot move the cursor or recolour. */
function plain(text, max = 200) {
    return truncate(String(text).replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, '?'), max);
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ ratio),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   _K: () => (/* binding */ headroom),
/* harmony export */   c3: () => (/* binding */ signedCount),
/* harmony export */   cW: () => (/* binding */ shape),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   oE: () => (/* binding */ compact),
/* harmony export */   pU: () => (/* binding */ delta),
/* harmony export */   wu: () => (/* binding */ signedPercent),
/* harmony export */   y$: () => (/* binding */ countColumn),
/* harmony export */   y2: () => (/* binding */ accuracy),
/* harmony export */   zD: () => (/* binding */ grouped)
/* harmony export */ });
/**
 * Number formatting shared by the terminal table and the PR comment, so both say the same
 * thing: exact grouped integers while they are readable (179,050), three significant digits
 * with a decimal SI prefix above a million (1.81 G), matching the budget file's suffixes.
 */
const PREFIXES = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
];
/** 179050 → "179,050", exactly, whatever its size. Fractions keep up to two decimals. */
function grouped(n) {
    if (typeof n === 'bigint')
        return groupDigits(n.toString());
    if (!Number.isFinite(n))
        return String(n);
    const [int, frac] = plainDecimal(Math.abs(n));
    // Rounded as the number is written (0.015 → "0.02"), half away from zero, as people
    // round; Intl.NumberFormat says the same but costs ~15 ms to load.
    let cents = BigInt(int + (frac + '00').slice(0, 2));
    if (frac.length > 2 && frac[2] >= '5')
        cents += 1n;
    if (cents === 0n)
        return '0';
    const whole = groupDigits((cents / 100n).toString());
    const decimals = (cents % 100n).toString().padStart(2, '0').replace(/0+$/, '');
    return `${n < 0 ? '-' : ''}${whole}${decimals ? `.${decimals}` : ''}`;
}
/** The shortest decimal that reads back as `x` (x ≥ 0), without an exponent: [integer, fraction]. */
function plainDecimal(x) {
    const [mantissa, exp = '0'] = String(x).split('e');
    const [a, b = ''] = mantissa.split('.');
    const digits = a + b;
    const point = a.length + Number(exp);
    if (point <= 0)
        return ['0', '0'.repeat(-point) + digits];
    if (point >= digits.length)
        return [digits + '0'.repeat(point - digits.length), ''];
    return [digits.slice(0, point), digits.slice(point)];
}
/** "-1234567" → "-1,234,567". */
function groupDigits(digits) {
    return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}
/**
 * Exact below a million, then "1.81 G" (three significant digits: a display, never a figure
 * anything is computed from); what every FLOPs or params cell shows. Beyond 10^15 the
 * exponent shows: "1.81e18".
 */
function count(n) {
    const abs = n < 0 ? -Number(n) : Number(n);
    if (abs >= 1e15)
        return Number(n).toPrecision(3).replace('+', '');
    for (const [scale, prefix] of PREFIXES) {
        if (abs >= scale)
            return `${sig3(Number(n) / scale)} ${prefix}`;
    }
    return grouped(n);
}
/** Three significant digits without trailing zeros: 1.8105 → "1.81", 12.0 → "12", 179.05 → "179". */
function sig3(x) {
    const abs = Math.abs(x);
    const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
    // Nudge ties away from zero: 84.55 is stored as 84.5499…, and people expect 84.6.
    return String(Number((x * (1 + 1e-12)).toFixed(decimals)));
}
/** A signed count: "+1,234", "−2.5 M" (a true minus sign), "0". */
function signedCount(n) {
    if (n > 0)
        return `+${count(n)}`;
    if (n < 0)
        return `\u2212${count(-n)}`;
    return '0';
}
/** A fraction as a percentage with one decimal: 0.0512 → "5.1%"; small non-zero values keep two. */
function percent(fraction) {
    const p = fraction * 100;
    const abs = Math.abs(p);
    const decimals = abs !== 0 && abs < 0.1 ? 2 : 1;
    return `${Number(p.toFixed(decimals))}%`;
}
/** A signed percentage: "+5.1%", "−3%". */
function signedPercent(fraction) {
    if (fraction > 0)
        return `+${percent(fraction)}`;
    if (fraction < 0)
        return `\u2212${percent(-fraction)}`;
    return '0%';
}
/** Validation accuracy as people quote it: 0.93456 → "93.46%". */
function accuracy(a) {
    return `${(a * 100).toFixed(2)}%`;
}
/** A shape as Keras prints it, batch included: [1, 100] → "(1, 100)"; several → "(1, 4), (1, 4)". */
function shape(s) {
    if (!Array.isArray(s))
        return '';
    if (s.length > 0 && s.every((d) => Array.isArray(d)))
        return s.map(shape).join(', ');
    return `(${s.map((d) => (d === null ? 'None' : String(d))).join(', ')})`;
}
/** Seven hex digits of a commit, or the text unchanged when it is not a SHA (a ref name). */
function shortSha(sha) {
    return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
/** The "Δ vs base" cell: "+1,234 (+5.1%)", "no change", "new", "n/a" (no baseline), "" (not compared). */
function delta(base) {
    if (!base)
        return '';
    if (base.status === 'new')
        return 'new';
    if (base.status !== 'measured' || base.delta === undefined)
        return 'n/a';
    if (base.delta === 0n)
        return 'no change';
    return base.ratio === undefined ? signedCount(base.delta) : `${signedCount(base.delta)} (${signedPercent(base.ratio)})`;
}
/** Room left under a FLOPs budget: "20,950 (10.5%)", or "over by 1,000 (0.5%)". */
function headroom(flops, limit) {
    if (limit === undefined)
        return '';
    const room = limit - flops;
    const share = limit > 0n ? ` (${percent(ratio(room < 0n ? -room : room, limit))})` : '';
    return room >= 0n ? `${count(room)}${share}` : `over by ${count(-room)}${share}`;
}
/** a / b as a float, for percentages (a display or a ratio limit, never a count). */
function ratio(a, b) {
    if (b === 0n)
        return a === 0n ? 0 : Infinity;
    return Number(a) / Number(b);
}
/** Short, comma-free form for chart labels: 950, "84.6k", "179k", "1.81G". */
function compact(n) {
    const x = Number(n);
    const abs = Math.abs(x);
    if (abs >= 1e15)
        return x.toPrecision(3).replace('+', '');
    for (const [scale, prefix] of [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']]) {
        if (abs >= scale)
            return `${sig3(x / scale)}${prefix}`;
    }
    return String(Math.round(x));
}
/**
 * A size in bytes: exact below ten thousand ("9,216 B"), then three significant digits in
 * decimal units ("313 kB", "6.73 MB"), as the budget file's "512 kB" reads.
 */
function bytes(n) {
    const x = Number(n);
    if (Math.abs(x) < 10_000)
        return `${grouped(n)} B`;
    for (const [scale, unit] of [[1e12, 'TB'], [1e9, 'GB'], [1e6, 'MB'], [1e3, 'kB']]) {
        if (Math.abs(x) >= scale)
            return `${sig3(x / scale)} ${unit}`;
    }
    return `${grouped(n)} B`;
}
/**
 * A column of counts in one form: exact and grouped while every value is below a million,
 * else every value with three significant digits and a unit ("9.22 k", "6.73 M"), so a
 * column never mixes `9,216` with `6.73 M`.
 */
function countColumn(values) {
    const big = values.some((v) => (v < 0n ? -v : v) >= 1000000n);
    if (!big)
        return values.map((v) => grouped(v));
    return values.map((v) => {
        const abs = v < 0n ? -Number(v) : Number(v);
        return abs >= 1e3 && abs < 1e6 ? `${sig3(Number(v) / 1e3)} k` : count(v);
    });
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ writeJson),
/* harmony export */   a: () => (/* binding */ toJson)
/* harmony export */ });
/**
 * JSON with exact integers. Counts are bigints: JSON numbers have no precision limit, so a
 * count beyond 2^53 is written with all its digits (JSON.stringify refuses bigints, and a
 * Number would round them). Readers that need the digits parse with a reviver that keeps them
 * (Python's json does by default).
 *
 * The text is JSON.stringify's, byte for byte. A replacer function would be called for every key
 * of every layer row and cost more than a large graph's analysis, so BigInt.prototype.toJSON is
 * defined for the duration of one synchronous call instead (and removed after it): it is called
 * for bigints only, and gives the Number with the same digits, or, past 2^53, a placeholder
 * string holding the digits, which is then replaced by them. The placeholder carries a random
 * nonce drawn for the call, so a name in a model file cannot pose as one.
 *
 * A large report is written in pieces (`writeJson`): the members of its top levels one at a
 * time, so 400k layer rows never become one 100 MB string.
 */
function toJson(value, indent) {
    const parts = [];
    writeJson(value, indent, (s) => parts.push(s));
    return parts.join('');
}
/** Levels whose members are written one by one (a check report's models, then their layers). */
const STREAMED_DEPTH = 3;
/** Pieces are handed to `write` in chunks of about this many characters. */
const CHUNK = 1 << 20;
/** The same text as toJson, handed to `write` in pieces of about a megabyte. */
function writeJson(value, indent, write) {
    const nonce = Math.random().toString(36).slice(2, 12) + Math.random().toString(36).slice(2, 12);
    const mark = `bigint-${nonce}:`;
    const placeholder = new RegExp(`"${mark}(-?\\d+)"`, 'g');
    let inexact = false;
    const proto = BigInt.prototype;
    const before = Object.getOwnPropertyDescriptor(proto, 'toJSON');
    Object.defineProperty(proto, 'toJSON', {
        configurable: true,
        writable: true,
        value() {
            if (this <= MAX_EXACT && this >= -MAX_EXACT)
                return Number(this);
            inexact = true;
            return `${mark}${this}`;
        },
    });
    let pending = [];
    let size = 0;
    const emit = (s) => {
        pending.push(s);
        size += s.length;
        if (size >= CHUNK)
            flush();
    };
    const flush = () => {
        if (!pending.length)
            return;
        let text = pending.join('');
        if (inexact)
            text = text.replace(placeholder, '$1');
        pending = [];
        size = 0;
        write(text);
    };
    try {
        piece(value, indent ? ' '.repeat(indent) : '', '\n', 0, emit);
        flush();
    }
    finally {
        if (before)
            Object.defineProperty(proto, 'toJSON', before);
        else
            delete proto.toJSON;
    }
}
const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
/** Values JSON leaves out of an object (and writes as null in an array). */
function absent(v) {
    return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}
/** A long array is written this many members per JSON.stringify call. */
const SLICE = 2048;
const INEXACT = Symbol('a bigint past 2^53');
/**
 * `v` with its bigints as Numbers, copied only where it holds one (a shape array is passed as
 * it is), or INEXACT when one is past 2^53. JSON.stringify then runs without calling back into
 * JavaScript once per bigint, which costs a microsecond each: 2 s for a graph of 400k nodes.
 */
function withNumbers(v, depth) {
    if (typeof v === 'bigint')
        return v <= MAX_EXACT && v >= -MAX_EXACT ? Number(v) : INEXACT;
    if (typeof v !== 'object' || v === null || depth > 32)
        return v;
    if (Array.isArray(v)) {
        let out;
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (typeof x !== 'bigint' && (typeof x !== 'object' || x === null))
                continue;
            const y = withNumbers(x, depth + 1);
            if (y === INEXACT)
                return INEXACT;
            if (y !== x)
                (out ??= v.slice())[i] = y;
        }
        return out ?? v;
    }
    if (typeof v.toJSON === 'function' || Object.getPrototypeOf(v) !== Object.prototype)
        return v;
    let out;
    for (const key of Object.keys(v)) {
        const x = v[key];
        if (typeof x !== 'bigint' && (typeof x !== 'object' || x === null))
            continue;
        const y = withNumbers(x, depth + 1);
        if (y === INEXACT)
            return INEXACT;
        // A spread defines each key as the object's own (a key named __proto__ included), so the
        // assignment after it sets that key, never the prototype.
        if (y !== x)
            (out ??= { ...v })[key] = y;
    }
    return out ?? v;
}
/**
 * What JSON.stringify writes for `v` where it sits `depth` containers deep. Rather than indent
 * its lines afterwards (replaceAll over megabytes costs more than the stringify), `v` is
 * stringified inside `depth` one-key wrappers, which indent it as the document does, and the
 * wrappers' text is cut off again: its length is measured once per depth, on the number 0.
 */
function stringified(v, step, depth) {
    const plain = withNumbers(v, 0);
    const value = absent(v) ? null : plain === INEXACT ? v : plain;
    if (!step || depth === 0)
        return JSON.stringify(value, null, step);
    const [before, after] = wrapperLengths(step, depth);
    const text = JSON.stringify(wrap(value, depth), null, step);
    return text.slice(before, text.length - after);
}
function wrap(v, depth) {
    let w = v;
    for (let i = 0; i < depth; i++)
        w = { w };
    return w;
}
const wrappers = new Map();
function wrapperLengths(step, depth) {
    const key = `${step.length}:${depth}`;
    let lengths = wrappers.get(key);
    if (!lengths) {
        const text = JSON.stringify(wrap(0, depth), null, step);
        const at = text.indexOf('0');
        lengths = [at, text.length - at - 1];
        wrappers.set(key, lengths);
    }
    return lengths;
}
/**
 * `v` as JSON.stringify(v, null, step) writes it at a nesting whose lines start with `nl`: the
 * top levels member by member (a long array SLICE members at a time), anything deeper, and
 * any short array of plain values, by one JSON.stringify call.
 */
function piece(v, step, nl, depth, emit) {
    const streamed = depth < STREAMED_DEPTH && typeof v === 'object' && v !== null && typeof v.toJSON !== 'function';
    if (!streamed) {
        emit(stringified(v, step, depth));
        return;
    }
    const inner = step ? nl + step : '';
    if (Array.isArray(v)) {
        const nested = v.length > 0 && typeof v[0] === 'object' && v[0] !== null;
        if (v.length === 0 || (v.length <= SLICE && !nested)) {
            emit(stringified(v, step, depth));
            return;
        }
        emit('[');
        if (v.length > SLICE) {
            for (let i = 0; i < v.length; i += SLICE) {
                // A slice's own text, without its brackets, is its members as the whole array has them.
                const text = stringified(v.slice(i, i + SLICE), step, depth);
                emit(i ? `,${inner}` : inner);
                emit(step ? text.slice(1 + inner.length, text.length - 1 - nl.length) : text.slice(1, -1));
            }
        }
        else {
            for (let i = 0; i < v.length; i++) {
                emit(i ? `,${inner}` : inner);
                piece(v[i], step, inner, depth + 1, emit);
            }
        }
        emit(step ? `${nl}]` : ']');
        return;
    }
    let first = true;
    emit('{');
    for (const key of Object.keys(v)) {
        const x = v[key];
        if (absent(x))
            continue;
        emit(`${first ? inner : `,${inner}`}${JSON.stringify(key)}${step ? ': ' : ':'}`);
        first = false;
        piece(x, step, inner, depth + 1, emit);
    }
    emit(first ? '}' : step ? `${nl}}` : '}');
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_LENGTH, TRIMMED_NOTE, markerFor */
/* harmony import */ var _check_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2595);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2011);



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
    const v = (0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(report);
    // What a reviewer reads without scrolling: the verdict, then why (each failing or warning
    // model's reason, the worst model's biggest layer change), then the table.
    const head = `${opts.marker ?? markerFor(report.budget_file)}\n### ${v.icon} ${v.text}`;
    const footer = footerOf(report, opts.runUrl);
    const table = tableOf(report);
    const notes = [...report.models.flatMap(notesOf), ...biggestChangeLine(report), ...sharedNoteLines(report, opts.surface)];
    const chart = [chartOf(report), opts.trend].filter(Boolean).join('\n\n') || undefined;
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
    const note = (dropped) => `${TRIMMED_NOTE} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(dropped)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(details.length)} models)._`;
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
    const rows = fitLines(severityOrder(report, table.rows), rowRoom, (n) => `_… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(n)} more models${hiddenSummary(report, table.rows.length - n)}._`);
    const rowText = rows.map((l) => (l.startsWith('_…') ? `\n\n${l}` : `\n${l}`)).join('');
    const noteRoom = room - rowText.length - 4;
    const noteLines = noteRoom > 0 ? fitLines(notes, noteRoom, (n) => `_… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(n)} more notes._`) : [];
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
    const parts = [fail ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(fail)} failing` : '', warn ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(warn)} warning` : ''].filter(Boolean);
    return parts.length ? ` (${parts.join(', ')})` : '';
}
function rankOf(m) {
    return m.status === 'fail' ? 0 : m.status === 'warn' ? 1 : 2;
}
function tableOf(report) {
    // Narrow: a comment is about 780 px wide, and a cell that wraps hides what it says.
    const columns = (0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryColumns */ .K5)(report, 'narrow');
    const titles = ['model', ...columns.map((c) => c.title), 'status'];
    const align = [':--', ...columns.map((c) => (c.numeric ? '--:' : ':--')), ':-:'];
    const header = `| ${titles.join(' | ')} |\n|${align.join('|')}|`;
    // A figure and its unit or share stay on one line ("+34,476 (+19.3%)" broken after the count
    // read as two figures): their spaces are no-break spaces.
    const keep = (s) => s.replace(/ /g, '\u00a0');
    const rows = report.models.map((m) => `| ${[(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(m.name, 80), ...columns.map((c) => (c.numeric ? keep(c.cell(m)) : c.cell(m))), (0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .statusIcon */ .I8)(m)].join(' | ')} |`);
    return { header, rows };
}
function notesOf(m) {
    return (0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .modelNotes */ .rk)(m, _escape_js__WEBPACK_IMPORTED_MODULE_0__.md).map((n) => `- ${n.level === 'error' ? '❌' : '⚠️'} **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(m.name, 80)}**: ${n.text}`);
}
/** The worst model's biggest layer change against the base, said above the table. */
function biggestChangeLine(report) {
    const m = (0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .worstModel */ .vL)(report);
    const c = m?.layers_diff?.[0];
    if (!m || !c)
        return [];
    const b = m.base;
    const total = b?.status === 'measured' && b.delta !== undefined && b.delta !== 0n ? ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .signedCount */ .c3)(b.delta)} FLOPs${b.ratio === undefined ? '' : ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .signedPercent */ .wu)(b.ratio)})`}` : '';
    return [`- 🔎 **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(m.name, 80)}**${total}; biggest layer change: ${(0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .layerChangeText */ .vj)(c, _escape_js__WEBPACK_IMPORTED_MODULE_0__.md)}`];
}
/** What was not measured and why, one line per distinct reason. */
function sharedNoteLines(report, surface) {
    return (0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedNotes */ .LX)(report, surface).map((g) => {
        const shown = g.names.slice(0, 5).map((n) => `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(n, 80)}**`).join(', ');
        const more = g.names.length > 5 ? ` and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(g.names.length - 5)} more` : '';
        return `- ℹ️ ${shown}${more}: ${g.what}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(g.reason, 300)}`;
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
    const labels = shown.map((f) => `"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidLabel */ ._b)(f.m.name, 30)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .compact */ .oE)(f.m.flops)}"`);
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
        `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(m.path, 200)} (${m.format}${m.producer ? ` from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(m.producer, 60)}` : ''}${m.quantization ? `, ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(m.quantization, 80)}` : ''})`,
        `convention \`${m.convention}\``,
        `batch size ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(m.batch_size)}`,
        m.input_shapes.length ? `input ${m.input_shapes.map(_format_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW).join(', ')}` : '',
        `training FLOPs ≈ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(m.training_flops_estimate)} (estimate: 3× forward)`,
        m.non_trainable_params ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(m.trainable_params)} trainable params` : '',
        `weights ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bytes */ .ee)(m.weights_bytes)}${dtypes(m)}`,
        m.activations_not_measured ? `peak activations ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(m.activations_not_measured, 120)}` : `peak activations ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bytes */ .ee)(m.activation_bytes)}`,
    ].filter(Boolean);
    const lines = [
        `<details><summary>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(m.name, 80)}: ${(0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .flopsText */ .yP)(m)} FLOPs, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(m.params)} params, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(m.layers.length)} layers</summary>`,
        '',
        facts.join(' · '),
    ];
    if (m.base?.status === 'measured') {
        const format = m.base.format ? ` (a ${m.base.format} file there)` : '';
        lines.push('', `Base${m.base.ref ? ` ${commit(m.base.ref)}` : ''}${format}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(m.base.flops ?? 0n)} FLOPs, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(m.base.params ?? 0n)} params.`);
    }
    lines.push(...layerChangeTable(m));
    if (m.fit?.status === 'ok') {
        const f = m.fit;
        lines.push('', `Fit: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(f.dataset, 40)}, ${f.epochs} epoch${f.epochs === 1 ? '' : 's'}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(f.train_samples)} training / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(f.validation_samples)} validation samples, seed ${f.seed}: ` +
            `accuracy ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .accuracy */ .y2)(f.accuracy)}, loss ${Number(f.loss.toFixed(4))}, ${Number(f.seconds.toFixed(1))} s on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(f.backend, 40)}.`);
    }
    if (m.layers.length) {
        lines.push('', '| # | layer | type | output shape | params | FLOPs | share |', '|--:|:--|:--|:--|--:|--:|--:|');
        const params = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .countColumn */ .y$)(m.layers.map((l) => l.params));
        const flops = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .countColumn */ .y$)(m.layers.map((l) => l.flops));
        m.layers.forEach((l, i) => {
            const share = m.flops > 0n ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .percent */ .KN)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .ratio */ .CG)(l.flops, m.flops)) : '';
            const type = `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(l.type, 60)}${l.unknown ? ' ⚠️ unknown, counted as 0' : ''}`;
            lines.push(`| ${l.index} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(l.name, 80)} | ${type} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .shape */ .cW)(l.output_shape), 80)} | ${params[i]} | ${flops[i]} | ${share} |`);
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
    return ` (${by.map(([t, b]) => `${t} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bytes */ .ee)(b)}`).join(', ')})`;
}
/** The layers that changed against the base, biggest first, the first few in a table. */
function layerChangeTable(m) {
    const changes = m.layers_diff ?? [];
    if (changes.length === 0)
        return [];
    const side = (s, k) => (s ? (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(s[k]) : '—');
    const out = ['', 'Layers changed against the base, biggest change first:', '', '| layer | change | FLOPs before → after | params before → after |', '|:--|:--|--:|--:|'];
    for (const c of changes.slice(0, _check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .LAYER_CHANGES_SHOWN */ .Kl)) {
        const who = c.after ?? c.before;
        const renamed = c.before && c.after && c.before.name !== c.after.name ? ` (was ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.before.name, 60)})` : '';
        out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(who.name, 80)}${renamed} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(who.type, 40)}) | ${c.change} | ${side(c.before, 'flops')} → ${side(c.after, 'flops')} | ${side(c.before, 'params')} → ${side(c.after, 'params')} |`);
    }
    if (changes.length > _check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .LAYER_CHANGES_SHOWN */ .Kl)
        out.push('', `_… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .grouped */ .zD)(changes.length - _check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .LAYER_CHANGES_SHOWN */ .Kl)} more._`);
    return out;
}
function footerOf(report, runUrl) {
    const parts = [`Counted with the \`${report.convention}\` convention`];
    if (report.base && report.head)
        parts.push(`base ${commit(report.base)} → head ${commit(report.head)}`);
    else if (report.head)
        parts.push(`head ${commit(report.head)}`);
    parts.push(`budget file ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(report.budget_file, 120)}`);
    if (runUrl && /^https:\/\/[^\s()<>"'`]+$/.test(runUrl))
        parts.push(`[workflow run](${runUrl})`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** A commit in a code span when it is a SHA; anything else is escaped text (code spans do not decode entities). */
function commit(ref) {
    return /^[0-9a-f]{7,64}$/i.test(ref) ? `\`${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(ref)}\`` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(ref, 60);
}


/***/ }),

/***/ 541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ renderCheckTable)
/* harmony export */ });
/* unused harmony export wrap */
/* harmony import */ var _check_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2595);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2011);
/* harmony import */ var _text_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2906);




/**
 * `flopgate check` on a terminal: one row per model, the layers that changed against the base,
 * then what needs attention, then the verdict. The words are check/describe.ts's; this lays
 * them out as plain text (names stripped of control characters) in aligned columns, within
 * `width` columns (80, a terminal's and a CI log's usual width): a table too wide for it takes
 * the comment's narrow columns, and a long line wraps under its own indent.
 */
function renderCheckTable(report, width = 80) {
    const table = (layout) => {
        const columns = (0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryColumns */ .K5)(report, layout);
        const header = ['model', ...columns.map((c) => c.title), 'status'];
        const rows = report.models.map((m) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(m.name, 60), ...columns.map((c) => c.cell(m)), (0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .statusWord */ .Hm)(m)]);
        return (0,_text_table_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(header, rows, [false, ...columns.map((c) => c.numeric), false]);
    };
    const wide = table('wide');
    const out = [...(wide.some((l) => [...l].length > width) ? table('narrow') : wide), ''];
    for (const m of report.models)
        out.push(...layerChanges(m));
    const notes = [
        ...report.models.flatMap((m) => (0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .modelNotes */ .rk)(m, _escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj).map((n) => `  ${n.level === 'error' ? '✗' : '!'} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(m.name, 60)}: ${n.text}`)),
        ...(0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedNotes */ .LX)(report).map(sharedLine),
    ];
    if (notes.length)
        out.push(...notes, '');
    const v = (0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .verdict */ .WJ)(report);
    const compared = report.base ? ` (base ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(report.base)})` : '';
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
    const shown = changes.slice(0, _check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .LAYER_CHANGES_SHOWN */ .Kl).map((c) => `    ${(0,_check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .layerChangeText */ .vj)(c, _escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)}`);
    const more = changes.length > _check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .LAYER_CHANGES_SHOWN */ .Kl ? [`    and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .grouped */ .zD)(changes.length - _check_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .LAYER_CHANGES_SHOWN */ .Kl)} more`] : [];
    const base = m.base?.ref ? ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(m.base.ref)}` : '';
    const format = m.base?.format ? `, whose file was ${m.base.format}` : '';
    return [`  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(m.name, 60)}: layers changed against base${base}${format}, biggest first:`, ...shown, ...more, ''];
}
function sharedLine(g) {
    const more = g.names.length > 5 ? ` and ${g.names.length - 5} more` : '';
    return `  · ${g.names.slice(0, 5).map((n) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(n, 60)).join(', ')}${more}: ${g.what}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(g.reason, 300)}`;
}


/***/ }),

/***/ 2906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ columnWidths),
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
const width = (s) => [...s].length;
const pad = (s, w, right) => {
    const fill = ' '.repeat(Math.max(0, w - width(s)));
    return right ? fill + s : s + fill;
};
/**
 * A terminal table: columns padded to their widest cell (counted in code points, so `Δ` and
 * `≥` take one column), right-aligned where `right` says so, so that digits line up.
 */
function textTable(header, rows, right, gap = 2) {
    const widths = columnWidths(header, rows);
    const sep = ' '.repeat(gap);
    const line = (cells) => cells.map((c, i) => pad(c, widths[i], right[i] ?? false)).join(sep).trimEnd();
    const out = [line(header), widths.map((w) => '─'.repeat(w)).join(sep)];
    for (const r of rows)
        out.push(line(r));
    return out;
}
/** Each column's width: its widest cell, header included. */
function columnWidths(header, rows) {
    // Loops, not Math.max(...cells): a spread passes every row as an argument on the stack, and a
    // 50,000-node graph's table overflowed it.
    const widths = header.map(width);
    for (const r of rows) {
        for (let i = 0; i < widths.length; i++)
            widths[i] = Math.max(widths[i], width(r[i] ?? ''));
    }
    return widths;
}


/***/ })

};
