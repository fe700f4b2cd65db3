export const id = 823;
export const ids = [823];
export const modules = {

/***/ 9823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FLOPS_USAGE: () => (/* binding */ FLOPS_USAGE),
  flopsCommand: () => (/* binding */ flopsCommand),
  parseDims: () => (/* binding */ parseDims),
  parseShape: () => (/* binding */ parseShape)
});

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/analyze.ts
var analyze = __webpack_require__(2475);
// EXTERNAL MODULE: ./src/core/conventions.ts
var conventions = __webpack_require__(1711);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __webpack_require__(351);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/text-table.ts
var text_table = __webpack_require__(2906);
;// CONCATENATED MODULE: ./src/report/terminal-flops.ts



const pct = (part, whole) => (whole === 0n ? '-' : (0,format/* percent */.KN)((0,format/* ratio */.CG)(part, whole)));
/** Exact always (a budget is checked against the exact count), with the short form beside big ones. */
const total = (n) => (n >= 1000000n ? `${(0,format/* grouped */.zD)(n)}  (${(0,format/* count */.U9)(n)})` : (0,format/* grouped */.zD)(n));
/** The layer column is never cut below this, however narrow the terminal; nor beyond the second. */
const MIN_NAME = 16;
const MAX_NAME = 80;
/** In a narrow terminal, several outputs' shapes (a loop's) are cut to this many characters. */
const NARROW_SHAPES = 18;
/**
 * The scope the layer names share ("StatefulPartitionedCall/functional_1/" in a TF graph,
 * "/model/" in an ONNX export): TF, TFLite and ONNX name each node by its full path, and a
 * shared prefix is most of an 80-column line. It is written once above the table and as
 * "…/" on the rows, so a name that lacks it (a graph's "Identity" output) still reads as
 * itself. Only the names holding a "/" must share it, and they must be most of the rows.
 */
function commonScope(names) {
    const scoped = names.filter((n) => n.includes('/'));
    if (scoped.length < 2 || 2 * scoped.length < names.length)
        return '';
    let scope = scoped[0].slice(0, scoped[0].lastIndexOf('/') + 1);
    for (const n of scoped) {
        while (scope && !(n.startsWith(scope) && n.length > scope.length))
            scope = scope.slice(0, scope.lastIndexOf('/', scope.length - 2) + 1);
        if (!scope)
            return '';
    }
    // "/" alone, or a scope shorter than the "…/" that replaces it, saves nothing.
    return scope.replace(/\//g, '').length >= 2 ? scope : '';
}
/** At most `max` code points, cut in the middle: a node's own name is at the end of its path. */
function elideMiddle(text, max) {
    const cps = Array.from(text);
    if (cps.length <= max)
        return text;
    const head = Math.floor((max - 1) / 3);
    return `${cps.slice(0, head).join('')}…${cps.slice(cps.length - (max - 1 - head)).join('')}`;
}
/** Several outputs of one shape (a Split's) as "4 x (1, 24)"; others cut after whole shapes at `max`. */
function outputShape(s, max) {
    if (Array.isArray(s) && s.length > 1 && s.every((d) => Array.isArray(d) && (0,format/* shape */.cW)(d) === (0,format/* shape */.cW)(s[0])))
        return `${s.length} x ${(0,format/* shape */.cW)(s[0])}`;
    const text = (0,format/* shape */.cW)(s);
    if (text.length <= max)
        return text;
    const cut = text.lastIndexOf('), ', max - 4);
    return cut > 0 ? `${text.slice(0, cut + 1)}, …` : text;
}
/** The totals' labels are this wide ("Peak activations: "); a continuation line starts there. */
const TOTALS_INDENT = 18;
/** `head` then `more` (" (...)") on one line, or `more` under the figure when the line would not fit. */
function fitLine(head, more, width) {
    if (!more || width === undefined || [...head].length + [...more].length <= width)
        return [head + more];
    return [head, ' '.repeat(TOTALS_INDENT - 1) + more];
}
/** `items` joined by ", " on lines of at most `width` (an item longer than that has a line of its own). */
function wrapList(first, items, width) {
    const one = `${first}  (${items.join(', ')})`;
    if (width === undefined || [...one].length <= width)
        return [one];
    const lines = [first];
    let line = ' ';
    for (const item of items) {
        const next = line === ' ' ? ` ${item}` : `${line}, ${item}`;
        if ([...next].length > width && line !== ' ') {
            lines.push(`${line},`);
            line = ` ${item}`;
        }
        else
            line = next;
    }
    lines.push(line);
    return lines;
}
/** The notebook's printout, aligned: one row per layer, then totals. */
function renderFlopsReport(r, o = {}) {
    const scope = commonScope(r.layers.map((l) => l.name));
    const narrow = o.width !== undefined;
    const rows = r.layers.map((l) => [
        String(l.index),
        (0,report_escape/* plain */.pj)(scope && l.name.startsWith(scope) ? `…/${l.name.slice(scope.length)}` : l.name, 1000),
        (0,report_escape/* plain */.pj)(l.type, 60) + (l.unknown ? ' (unknown)' : ''),
        outputShape(l.output_shape, narrow ? NARROW_SHAPES : Infinity),
        (0,format/* grouped */.zD)(l.params),
        (0,format/* grouped */.zD)(l.flops),
        pct(l.flops, r.flops),
    ]);
    const header = ['#', 'layer', 'type', 'output shape', 'params', 'FLOPs', 'share'];
    // The names have what the other columns leave of the line; in a tight one the gaps narrow first.
    const others = (0,text_table/* columnWidths */.Q)(header, rows).reduce((sum, w, i) => (i === 1 ? sum : sum + w), 0);
    const room = (gap) => (o.width ?? Infinity) - others - gap * (header.length - 1);
    const gap = room(2) >= 24 ? 2 : 1;
    const nameWidth = Math.min(MAX_NAME, Math.max(MIN_NAME, room(gap)));
    for (const c of rows)
        c[1] = elideMiddle(c[1], nameWidth);
    const details = [r.format + (r.producer ? ` from ${(0,report_escape/* plain */.pj)(r.producer, 60)}` : ''), ...(r.quantization ? [(0,report_escape/* plain */.pj)(r.quantization, 80)] : []), `convention: ${r.convention}`, `batch size ${r.batch_size}`];
    const out = [
        ...wrapList((0,report_escape/* plain */.pj)(r.name, 120), details, o.width),
        ...(scope ? [`…/ is ${(0,report_escape/* plain */.pj)(scope, 200)}`] : []),
        '',
        ...(0,text_table/* textTable */.e)(header, rows, [true, false, false, false, true, true, true], gap),
        '',
    ];
    const ge = r.lower_bound ? '≥ ' : '';
    out.push(`Total FLOPs:      ${ge}${total(r.flops)}`);
    out.push(`Total MACs:       ${ge}${total(r.macs)}`);
    out.push(`Params:           ${total(r.params)} (trainable ${(0,format/* grouped */.zD)(r.trainable_params)}, non-trainable ${(0,format/* grouped */.zD)(r.non_trainable_params)})`);
    // An estimate already says "about"; "~≥ 0" said it twice and read as noise.
    out.push(`Training FLOPs:   ${ge}${total(r.training_flops_estimate)} (estimate: 3 x forward)`);
    const by = Object.entries(r.weights_by_dtype);
    const dtypes = by.length ? ` (${by.map(([t, b]) => `${t} ${(0,format/* grouped */.zD)(b)} B`).join(', ')})` : '';
    out.push(...fitLine(`Weights:          ${(0,format/* grouped */.zD)(r.weights_bytes)} B${r.weights_bytes >= 10000n ? ` = ${(0,format/* bytes */.ee)(r.weights_bytes)}` : ''}`, dtypes, o.width));
    const peak = r.layers.find((l) => l.activation_bytes === r.activation_bytes && r.activation_bytes > 0n);
    const at = (name) => ` (at layer ${name}, batch size ${r.batch_size})`;
    const peakRoom = o.width === undefined ? 80 : Math.max(MIN_NAME, o.width - TOTALS_INDENT - [...at('')].length + 1);
    if (r.activations_not_measured)
        out.push(`Peak activations: ${(0,report_escape/* plain */.pj)(r.activations_not_measured, 200)}`);
    else
        out.push(...fitLine(`Peak activations: ${(0,format/* grouped */.zD)(r.activation_bytes)} B${r.activation_bytes >= 10000n ? ` = ${(0,format/* bytes */.ee)(r.activation_bytes)}` : ''}`, peak ? at(elideMiddle((0,report_escape/* plain */.pj)(peak.name, 1000), peakRoom)) : '', o.width));
    if (r.unknown.length) {
        out.push('');
        out.push(`Warning: ${r.unknown.length} layer(s) of unknown type counted as 0, so the totals are lower bounds:`);
        for (const u of r.unknown)
            out.push(`  - ${(0,report_escape/* plain */.pj)(u.layer, 80)} (${(0,report_escape/* plain */.pj)(u.type, 60)})`);
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/polynomial.ts
/**
 * FLOPs as an exact polynomial in one dimension. Every count flopgate makes is a sum of
 * products of dimensions, so a model's FLOPs are a polynomial in any one of them (a
 * transformer's attention is quadratic in the sequence length). Through k measured points
 * passes exactly one polynomial of degree below k; it is the model's only when more points
 * than its degree needs agree with it, which is what `confirmed` says.
 */
const abs = (x) => (x < 0n ? -x : x);
const gcd = (a, b) => {
    [a, b] = [abs(a), abs(b)];
    while (b)
        [a, b] = [b, a % b];
    return a;
};
function rat(num, den = 1n) {
    if (den < 0n)
        [num, den] = [-num, -den];
    const g = gcd(num, den) || 1n;
    return { num: num / g, den: den / g };
}
const sub = (a, b) => rat(a.num * b.den - b.num * a.den, a.den * b.den);
const add = (a, b) => rat(a.num * b.den + b.num * a.den, a.den * b.den);
const mul = (a, b) => rat(a.num * b.num, a.den * b.den);
const divInt = (a, d) => rat(a.num, a.den * d);
const isZero = (a) => a.num === 0n;
/**
 * The polynomial of least degree through the points (x distinct), as coefficients from the
 * constant term up, by Newton's divided differences in exact rationals.
 */
function interpolate(points) {
    const n = points.length;
    const xs = points.map((p) => p.x);
    // Divided differences: table[j] holds f[x_0..x_j] after the loop.
    const table = points.map((p) => rat(p.y));
    const coef = [table[0]];
    for (let level = 1; level < n; level++) {
        for (let i = n - 1; i >= level; i--)
            table[i] = divInt(sub(table[i], table[i - 1]), xs[i] - xs[i - level]);
        coef.push(table[level]);
    }
    // Newton form c0 + c1 (x - x0) + c2 (x - x0)(x - x1) + ... expanded into powers of x.
    let poly = [rat(0n)];
    let basis = [rat(1n)];
    for (let k = 0; k < n; k++) {
        poly = addPoly(poly, basis.map((b) => mul(b, coef[k])));
        basis = mulLinear(basis, xs[k]);
    }
    while (poly.length > 1 && isZero(poly[poly.length - 1]))
        poly.pop();
    return poly;
}
function addPoly(a, b) {
    const out = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++)
        out.push(add(a[i] ?? rat(0n), b[i] ?? rat(0n)));
    return out;
}
/** p(x) * (x - r). */
function mulLinear(p, r) {
    const out = Array.from({ length: p.length + 1 }, () => rat(0n));
    p.forEach((c, i) => {
        out[i + 1] = add(out[i + 1], c);
        out[i] = sub(out[i], mul(c, rat(r)));
    });
    return out;
}
/** p(x), exactly. */
function evaluate(p, x) {
    let acc = rat(0n);
    for (let i = p.length - 1; i >= 0; i--)
        acc = add(mul(acc, rat(x)), p[i]);
    return acc;
}
/** "2,048·seq² + 1,179,648·seq + 1,024": highest power first, exact (fractions as p/q). */
function polynomialText(p, name, group) {
    const sup = (k) => String(k).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
    const terms = [];
    for (let k = p.length - 1; k >= 0; k--) {
        const c = p[k];
        if (isZero(c))
            continue;
        const mag = c.den === 1n ? group(abs(c.num)) : `${group(abs(c.num))}/${group(c.den)}`;
        const power = k === 0 ? '' : k === 1 ? name : `${name}${sup(k)}`;
        const body = k === 0 ? mag : mag === '1' ? power : `${mag}·${power}`;
        terms.push(terms.length === 0 ? (c.num < 0n ? `−${body}` : body) : `${c.num < 0n ? '−' : '+'} ${body}`);
    }
    return terms.length ? terms.join(' ') : '0';
}

;// CONCATENATED MODULE: ./src/commands/sweep.ts




/**
 * Measures at each value and states the polynomial only when it is pinned down: through k
 * points passes one polynomial of degree below k, so when it needs all k a further value,
 * chosen here, must fall on it too.
 */
async function sweep(dimension, values, measure) {
    const points = [];
    for (const value of values)
        points.push({ value, report: await measure(value) });
    const xy = points.map((p) => ({ x: BigInt(p.value), y: p.report.flops }));
    const coefficients = interpolate(xy);
    const text = polynomialText(coefficients, dimension, format/* grouped */.zD);
    const degree = coefficients.length - 1;
    if (degree <= values.length - 2)
        return { dimension, points, polynomial: { coefficients, text } };
    // A value between the two smallest (or past the largest) that was not asked for.
    const sorted = [...values].sort((a, b) => a - b);
    let check = Math.floor((sorted[0] + sorted[1]) / 2);
    if (values.includes(check) || check < 1)
        check = sorted.at(-1) + 1;
    let measured;
    try {
        measured = (await measure(check)).flops;
    }
    catch (e) {
        return { dimension, points, undetermined: `the ${values.length} values alone do not pin the polynomial down, and the check at ${dimension}=${check} could not be measured (${e.message})` };
    }
    const predicted = evaluate(coefficients, BigInt(check));
    if (predicted.den === 1n && predicted.num === measured)
        return { dimension, points, polynomial: { coefficients, text, checked_at: check } };
    return { dimension, points, undetermined: `the values do not fit a polynomial of degree below ${values.length} (checked at ${dimension}=${check}): give more values` };
}
/** The terminal form: one row per value, then the polynomial or why there is none. */
function renderSweep(s) {
    const first = s.points[0].report;
    const ge = (r) => (r.lower_bound ? '≥ ' : '');
    const rows = s.points.map((p) => [(0,format/* grouped */.zD)(p.value), `${ge(p.report)}${(0,format/* grouped */.zD)(p.report.flops)}`, (0,format/* grouped */.zD)(p.report.macs), (0,format/* grouped */.zD)(p.report.params)]);
    const out = [
        `${(0,report_escape/* plain */.pj)(first.name, 120)}  (${first.format}, convention: ${first.convention}, batch size ${first.batch_size}): FLOPs by ${(0,report_escape/* plain */.pj)(s.dimension, 40)}`,
        '',
        ...(0,text_table/* textTable */.e)([(0,report_escape/* plain */.pj)(s.dimension, 40), 'FLOPs', 'MACs', 'params'], rows, [true, true, true, true]),
        '',
    ];
    if (s.polynomial) {
        const n = s.points.length;
        const how = s.polynomial.checked_at !== undefined ? `the ${n} values and a check at ${s.dimension}=${(0,format/* grouped */.zD)(s.polynomial.checked_at)} agree` : `the ${n} values agree`;
        out.push(`FLOPs(${(0,report_escape/* plain */.pj)(s.dimension, 40)}) = ${s.polynomial.text}   (exact: ${how})`);
    }
    else {
        out.push(`No polynomial stated: ${s.undetermined}.`);
    }
    return `${out.join('\n')}\n`;
}
/** The JSON form: each value's figures and the polynomial's exact coefficients (constant first). */
function sweepJson(s) {
    const first = s.points[0].report;
    return {
        name: first.name,
        path: first.path,
        format: first.format,
        convention: first.convention,
        batch_size: first.batch_size,
        dimension: s.dimension,
        points: s.points.map((p) => ({ value: p.value, flops: p.report.flops, macs: p.report.macs, params: p.report.params, lower_bound: p.report.lower_bound })),
        polynomial: s.polynomial
            ? { text: s.polynomial.text, coefficients: s.polynomial.coefficients.map((c) => (c.den === 1n ? c.num : `${c.num}/${c.den}`)), ...(s.polynomial.checked_at !== undefined ? { checked_at: s.polynomial.checked_at } : {}) }
            : null,
        ...(s.undetermined ? { undetermined: s.undetermined } : {}),
    };
}

;// CONCATENATED MODULE: ./src/commands/flops.ts









const FLOPS_USAGE = `Usage: flopgate flops MODEL [--input-shape 28,28]... [--dim NAME=N[,N...]]... [--batch-size N] [--convention notebook|macs|tf-profiler] [--unknown error|warn] [--json]`;
/**
 * `--dim seq=128` (one value) or `--dim seq=128,512,2048` (a sweep; one dimension at a time):
 * the fixed values, and the swept dimension with its values.
 */
function parseDims(flags) {
    const fixed = {};
    let swept;
    for (const f of flags) {
        const m = /^([^=\s]+)=(.+)$/.exec(f.trim());
        const values = m?.[2].split(',').map((v) => v.trim());
        if (!m || !values || values.some((v) => !/^[1-9]\d*$/.test(v) || Number(v) > 2 ** 31)) {
            throw new errors/* FlopgateError */.N9(`--dim: "${f}" is not NAME=N or NAME=N,N,... (positive integers), like seq=128`);
        }
        const name = m[1];
        if (name in fixed || swept?.name === name)
            throw new errors/* FlopgateError */.N9(`--dim: "${name}" is given twice`);
        const nums = values.map(Number);
        if (new Set(nums).size !== nums.length)
            throw new errors/* FlopgateError */.N9(`--dim: "${f}" repeats a value`);
        if (nums.length === 1)
            fixed[name] = nums[0];
        else if (swept)
            throw new errors/* FlopgateError */.N9(`--dim: sweep one dimension at a time ("${swept.name}" and "${name}" both have several values)`);
        else
            swept = { name, values: nums };
    }
    return { fixed, ...(swept ? { swept } : {}) };
}
function parseShape(s, flag = '--input-shape') {
    const dims = s.split(/[,x×]/).map((d) => d.trim());
    if (!dims.length || dims.some((d) => !/^[1-9]\d*$/.test(d) || Number(d) > limits/* LIMITS */.b.dimension)) {
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
                dim: { type: 'string', multiple: true },
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
    if (batch !== undefined && (!/^[1-9]\d*$/.test(batch) || Number(batch) > limits/* LIMITS */.b.batchSize)) {
        throw new errors/* FlopgateError */.N9(`--batch-size: "${batch}" is not a positive integer`);
    }
    const unknown = values.unknown ?? 'error';
    if (unknown !== 'error' && unknown !== 'warn')
        throw new errors/* FlopgateError */.N9(`--unknown: "${unknown}" must be error or warn`);
    const dims = parseDims(values.dim ?? []);
    const opts = {
        inputShapes: values['input-shape']?.map((s) => parseShape(s)),
        batchSize: batch ? Number(batch) : undefined,
        convention: values.convention ? (0,conventions/* parseConvention */.pF)(values.convention) : undefined,
        unknown: unknown,
    };
    const path = (0,external_node_path_.resolve)(io.cwd, positionals[0]);
    const measure = (d) => (0,analyze/* analyzeFile */.xy)(path, { ...opts, ...(Object.keys(d).length ? { dims: d } : {}) }, positionals[0]);
    if (dims.swept) {
        const { name, values: at } = dims.swept;
        const s = await sweep(name, at, (v) => measure({ ...dims.fixed, [name]: v }));
        if (values.json) {
            (0,json/* writeJson */.G)(sweepJson(s), 2, io.stdout);
            io.stdout('\n');
        }
        else
            io.stdout(renderSweep(s));
        return 0;
    }
    const report = await measure(dims.fixed);
    if (values.json) {
        // In pieces: the report of a graph of 100k nodes is tens of megabytes of text.
        (0,json/* writeJson */.G)(report, 2, io.stdout);
        io.stdout('\n');
    }
    // The report lists unknown layers itself (stdout); a second copy on stderr said it twice.
    else
        io.stdout(renderFlopsReport(report, { width: io.columns }));
    return 0;
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
