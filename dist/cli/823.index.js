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
// EXTERNAL MODULE: ./src/analyze.ts + 2 modules
var analyze = __webpack_require__(6044);
// EXTERNAL MODULE: ./src/core/conventions.ts
var conventions = __webpack_require__(1711);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
    // An estimate already says "about"; "~≥ 0" said it twice and read as noise.
    out.push(`Training FLOPs:   ${ge}${total(r.training_flops_estimate)} (estimate: 3 x forward)`);
    const by = Object.entries(r.weights_by_dtype);
    const dtypes = by.length ? ` (${by.map(([t, b]) => `${t} ${(0,format/* grouped */.zD)(b)} B`).join(', ')})` : '';
    out.push(`Weights:          ${(0,format/* grouped */.zD)(r.weights_bytes)} B${r.weights_bytes >= 10000n ? ` = ${(0,format/* bytes */.ee)(r.weights_bytes)}` : ''}${dtypes}`);
    const peak = r.layers.find((l) => l.activation_bytes === r.activation_bytes && r.activation_bytes > 0n);
    out.push(`Peak activations: ${(0,format/* grouped */.zD)(r.activation_bytes)} B${r.activation_bytes >= 10000n ? ` = ${(0,format/* bytes */.ee)(r.activation_bytes)}` : ''}${peak ? ` (at layer ${(0,report_escape/* plain */.pj)(peak.name, 80)}, batch size ${r.batch_size})` : ''}`);
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
    if (batch !== undefined && (!/^[1-9]\d*$/.test(batch) || Number(batch) > 2 ** 31)) {
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
        io.stdout(renderFlopsReport(report));
    return 0;
}


/***/ })

};
