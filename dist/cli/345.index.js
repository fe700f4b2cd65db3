export const id = 345;
export const ids = [345];
export const modules = {

/***/ 1345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FLOPS_USAGE: () => (/* binding */ FLOPS_USAGE),
  flopsCommand: () => (/* binding */ flopsCommand),
  parseShape: () => (/* binding */ parseShape)
});

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/analyze.ts + 2 modules
var analyze = __webpack_require__(6044);
// EXTERNAL MODULE: ./src/core/conventions.ts
var conventions = __webpack_require__(1711);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/text-table.ts
var text_table = __webpack_require__(2906);
;// CONCATENATED MODULE: ./src/report/terminal-flops.ts



const pct = (part, whole) => (whole === 0n ? '-' : (0,format/* percent */.KN)((0,format/* ratio */.CG)(part, whole)));
/** Exact always (a budget is checked against the exact count), with the short form beside big ones. */
const total = (n) => (n >= 1000000n ? `${(0,format/* grouped */.zD)(n)}  (${(0,format/* count */.U9)(n)})` : (0,format/* grouped */.zD)(n));
/** The notebook's printout, aligned: one row per layer, then totals. */
function renderFlopsReport(r) {
    const rows = r.layers.map((l) => [
        String(l.index),
        (0,report_escape/* plain */.pj)(l.name, 80),
        (0,report_escape/* plain */.pj)(l.type, 60) + (l.unknown ? ' (unknown)' : ''),
        (0,format/* shape */.cW)(l.output_shape),
        (0,format/* grouped */.zD)(l.params),
        (0,format/* grouped */.zD)(l.flops),
        pct(l.flops, r.flops),
    ]);
    const out = [
        `${(0,report_escape/* plain */.pj)(r.name, 120)}  (${r.format}${r.producer ? ` from ${(0,report_escape/* plain */.pj)(r.producer, 60)}` : ''}, convention: ${r.convention}, batch size ${r.batch_size})`,
        '',
        ...(0,text_table/* textTable */.e)(['#', 'layer', 'type', 'output shape', 'params', 'FLOPs', 'share'], rows, [true, false, false, false, true, true, true]),
        '',
    ];
    const ge = r.lower_bound ? '≥ ' : '';
    out.push(`Total FLOPs:      ${ge}${total(r.flops)}`);
    out.push(`Total MACs:       ${ge}${total(r.macs)}`);
    out.push(`Params:           ${total(r.params)} (trainable ${(0,format/* grouped */.zD)(r.trainable_params)}, non-trainable ${(0,format/* grouped */.zD)(r.non_trainable_params)})`);
    out.push(`Training FLOPs:   ~${ge}${total(r.training_flops_estimate)} (estimate: 3 x forward)`);
    if (r.unknown.length) {
        out.push('');
        out.push(`Warning: ${r.unknown.length} layer(s) of unknown type counted as 0, so the totals are lower bounds:`);
        for (const u of r.unknown)
            out.push(`  - ${(0,report_escape/* plain */.pj)(u.layer, 80)} (${(0,report_escape/* plain */.pj)(u.type, 60)})`);
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/commands/flops.ts








const FLOPS_USAGE = `Usage: flopgate flops MODEL [--input-shape 28,28]... [--batch-size N] [--convention notebook|macs|tf-profiler] [--unknown error|warn] [--json]`;
function parseShape(s, flag = '--input-shape') {
    const dims = s.split(/[,x×]/).map((d) => d.trim());
    if (!dims.length || dims.some((d) => !/^[1-9]\d*$/.test(d) || Number(d) > 2 ** 31)) {
        throw new errors/* FlopgateError */.N9(`${flag}: "${s}" is not a shape like 28,28 (positive integers, comma-separated)`);
    }
    return dims.map(Number);
}
async function flopsCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                'input-shape': { type: 'string', multiple: true },
                'batch-size': { type: 'string' },
                convention: { type: 'string' },
                unknown: { type: 'string' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (e) {
        throw new errors/* FlopgateError */.N9(`flopgate flops: ${e.message.split('\n')[0]}\n${FLOPS_USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(FLOPS_USAGE + '\n');
        return 0;
    }
    if (positionals.length !== 1)
        throw new errors/* FlopgateError */.N9(`flopgate flops: expected one model file. ${FLOPS_USAGE}`);
    const batch = values['batch-size'];
    if (batch !== undefined && (!/^[1-9]\d*$/.test(batch) || Number(batch) > 2 ** 31)) {
        throw new errors/* FlopgateError */.N9(`--batch-size: "${batch}" is not a positive integer`);
    }
    const unknown = values.unknown ?? 'error';
    if (unknown !== 'error' && unknown !== 'warn')
        throw new errors/* FlopgateError */.N9(`--unknown: "${unknown}" must be error or warn`);
    const report = await (0,analyze/* analyzeFile */.xy)((0,external_node_path_.resolve)(io.cwd, positionals[0]), {
        inputShapes: values['input-shape']?.map((s) => parseShape(s)),
        batchSize: batch ? Number(batch) : undefined,
        convention: values.convention ? (0,conventions/* parseConvention */.pF)(values.convention) : undefined,
        unknown: unknown,
    }, positionals[0]);
    if (values.json) {
        // In pieces: the report of a graph of 100k nodes is tens of megabytes of text.
        (0,json/* writeJson */.G)(report, 2, io.stdout);
        io.stdout('\n');
    }
    else {
        io.stdout(renderFlopsReport(report));
        for (const u of report.unknown)
            io.stderr(`warning: ${report.path}: layer "${(0,report_escape/* plain */.pj)(u.layer, 80)}" has unknown type ${(0,report_escape/* plain */.pj)(u.type, 60)}; counted as 0\n`);
    }
    return 0;
}


/***/ })

};
