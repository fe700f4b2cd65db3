export const id = 968;
export const ids = [968];
export const modules = {

/***/ 9968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pJ: () => (/* binding */ NOT_MEASURED),
  Kh: () => (/* binding */ TfWalk),
  l0: () => (/* binding */ bindSignatureInputs),
  jK: () => (/* binding */ directoryName)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/counts.ts
var counts = __webpack_require__(3363);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/tensor.ts
var tensor = __webpack_require__(1134);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/memory.ts
var memory = __webpack_require__(5911);
// EXTERNAL MODULE: ./src/onnx/inputs.ts
var onnx_inputs = __webpack_require__(8730);
// EXTERNAL MODULE: ./src/tf/keras-params.ts
var keras_params = __webpack_require__(3699);
// EXTERNAL MODULE: ./src/tf/ir.ts
var ir = __webpack_require__(3471);
// EXTERNAL MODULE: ./src/tf/ops/index.ts + 3 modules
var ops = __webpack_require__(844);
// EXTERNAL MODULE: ./src/tf/ops/simple.ts
var simple = __webpack_require__(1779);
// EXTERNAL MODULE: ./src/tf/ops/types.ts
var types = __webpack_require__(2328);
;// CONCATENATED MODULE: ./src/tf/loops.ts
/**
 * How many times a functional While runs, from its constants: as TF writes a loop (and
 * Keras' recurrent layers do), loop variables that start from a known value, step by a
 * constant in the body (AddV2) and are compared with a bound in the condition (Less, joined
 * by LogicalAnd: the first bound reached stops it). The bound is a Const of the condition or
 * a loop variable the body passes on unchanged (maximum_iterations). Anything else is
 * refused: the loop's cost is then unknown.
 */

const MAX_TRIPS = 2 ** 31;
const THROUGH = new Set(['Identity', 'StopGradient', 'Snapshot']);
/** The node a reference inside `f` names, through Identity copies; or the argument index it is. */
function resolve(f, ref) {
    const byName = new Map(f.nodes.map((n) => [n.name, n]));
    for (let hops = 0; hops < 64; hops++) {
        const arg = f.inputs.indexOf(ref);
        if (arg >= 0)
            return { arg };
        const n = byName.get(ref.split(':')[0]);
        if (!n)
            return {};
        if (!THROUGH.has(n.op) || n.inputs.length === 0)
            return { node: n };
        ref = n.inputs[0];
    }
    return {};
}
async function whileTrips(cond, body, vars, constValue) {
    const invariant = (k) => body.ret.get(body.outputs[k]) === body.inputs[k];
    const known = async (f, ref) => {
        const r = resolve(f, ref);
        if (r.node?.op === 'Const')
            return constValue(f, r.node);
        if (r.arg !== undefined && (f === body || invariant(r.arg)))
            return vars[r.arg]?.values?.length === 1 ? vars[r.arg].values[0] : undefined;
        return undefined;
    };
    const step = async (k) => {
        const out = body.ret.get(body.outputs[k]);
        if (out === undefined)
            return undefined;
        const r = resolve(body, out);
        if (!r.node || (r.node.op !== 'AddV2' && r.node.op !== 'Add'))
            return undefined;
        const [a, b] = r.node.inputs.map((x) => resolve(body, x));
        if (a.arg === k && b.node?.op === 'Const')
            return constValue(body, b.node);
        if (b.arg === k && a.node?.op === 'Const')
            return constValue(body, a.node);
        return undefined;
    };
    let trips;
    for (const c of cond.nodes) {
        if (!['Less', 'LessEqual', 'Greater', 'GreaterEqual'].includes(c.op) || c.inputs.length !== 2)
            continue;
        const [lhs, rhs] = c.op.startsWith('Less') ? c.inputs : [c.inputs[1], c.inputs[0]];
        const k = resolve(cond, lhs).arg;
        if (k === undefined)
            continue;
        const start = vars[k]?.values?.length === 1 ? vars[k].values[0] : undefined;
        const [bound, by] = [await known(cond, rhs), await step(k)];
        if (start === undefined || bound === undefined || by === undefined || by <= 0)
            continue;
        const n = Math.max(0, c.op === 'Less' || c.op === 'Greater' ? Math.ceil((bound - start) / by) : Math.floor((bound - start) / by) + 1);
        trips = trips === undefined ? n : Math.min(trips, n);
    }
    if (trips === undefined)
        return new errors/* Refusal */.P_('no loop counter is compared with a bound known from the constants in its condition');
    if (!Number.isSafeInteger(trips) || trips > MAX_TRIPS)
        return new errors/* Refusal */.P_(`its trip count ${trips} is not a plausible loop`);
    return trips;
}

;// CONCATENATED MODULE: ./src/tf/frames.ts
const FRAME_OPS = new Set(['Enter', 'Merge', 'Switch', 'NextIteration', 'Exit', 'LoopCond']);
const isFrameOp = (op) => FRAME_OPS.has(op);
/** `order`: nodes with dependencies first (NextIteration's edge into Merge left out). */
function framesOf(order, inputNodes, frameName) {
    const frameOf = new Map();
    const parent = new Map();
    const loopCond = new Map();
    for (const n of order) {
        const ins = inputNodes(n).map((i) => frameOf.get(i));
        const inner = ins.find((f) => f !== undefined);
        if (n.op === 'Enter') {
            const f = frameName(n);
            if (!parent.has(f))
                parent.set(f, inner);
            frameOf.set(n.name, f);
        }
        else if (n.op === 'Exit')
            frameOf.set(n.name, inner === undefined ? undefined : parent.get(inner));
        else {
            // Inside the innermost frame any input is in (a Const inside a loop has no data input).
            let f;
            for (const x of ins)
                if (x !== undefined && (f === undefined || depth(parent, x) > depth(parent, f)))
                    f = x;
            frameOf.set(n.name, f);
            if (n.op === 'LoopCond' && f !== undefined)
                loopCond.set(f, n);
        }
    }
    // What LoopCond reads, back to the Merges, is the condition.
    const byName = new Map(order.map((n) => [n.name, n]));
    const cond = new Set();
    for (const lc of loopCond.values()) {
        const stack = [lc.name];
        while (stack.length) {
            const name = stack.pop();
            if (cond.has(name))
                continue;
            const n = byName.get(name);
            if (!n)
                continue;
            cond.add(name);
            if (n.op !== 'Merge')
                stack.push(...inputNodes(n));
        }
    }
    return { frameOf, parent, cond, loopCond };
}
function depth(parent, f) {
    let d = 0;
    for (let x = f; x !== undefined && d < 1000; x = parent.get(x))
        d++;
    return d;
}

;// CONCATENATED MODULE: ./src/tf/analyze.ts
/**
 * The walk over a TF graph (a SavedModel's serving function, a TF.js graph model): from the
 * outputs back to what they need, each node measured by its op's adapter (ops/), function
 * calls followed into the library (arguments by position), a While's body counted once per
 * trip, the TF1 loop frames a converter lowers loops to likewise (frames.ts). Weights are
 * variables (a SavedModel: their shapes from the graph's variable ops) or constants (a graph
 * model: their shapes from the weights manifest); neither is read, only the few small integer
 * constants shapes need.
 */














const POLICY_NOTE = 'its cost is unknown (unknown: warn counts it as 0 and marks the total as a lower bound)';
/** Outputs of ops with several output args, in order (for a function's "node:arg:index" references). */
const OUTPUT_ARGS = {
    FusedBatchNorm: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
    FusedBatchNormV2: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2'],
    FusedBatchNormV3: ['y', 'batch_mean', 'batch_variance', 'reserve_space_1', 'reserve_space_2', 'reserve_space_3'],
    TopKV2: ['values', 'indices'],
    Unique: ['y', 'idx'],
    Switch: ['output_false', 'output_true'],
    Merge: ['output', 'value_index'],
};
/** Nodes that only wire the graph: no row of their own. */
const PLUMBING = new Set(['Const', 'Placeholder', 'PlaceholderWithDefault', 'VarHandleOp', 'ReadVariableOp', 'Identity', 'IdentityN', 'NoOp', 'StopGradient']);
/**
 * A model stored as a fixed file name in its own directory (saved_model.pb, model.json) is
 * named by the directory, resolved so that `model.json` in the current directory is not ".".
 */
function directoryName(file, inner) {
    return (0,external_node_path_.basename)(file) === inner ? (0,external_node_path_.basename)((0,external_node_path_.resolve)((0,external_node_path_.dirname)(file))) || (0,external_node_path_.basename)(file) : (0,external_node_path_.basename)(file);
}
/**
 * Binds a signature's inputs (placeholders named "node:0") to the shapes the options give or
 * the placeholders declare, as ONNX inputs are bound, and sets them as the scope's arguments.
 */
function bindSignatureInputs(file, top, inputs, opts) {
    const names = inputs.map((i) => i.tensor.replace(/:\d+$/, ''));
    const infos = inputs.map((i, k) => {
        const node = top.byName.get(names[k]);
        if (!node)
            throw new src_errors/* FlopgateError */.N9(`${file}: signature input "${i.key}" names "${i.tensor}", which the graph does not have`);
        const s = node.attrs.get('shape');
        const dims = i.dims ?? (s?.kind === 'shape' ? s.dims : undefined);
        return { name: i.key, kind: 'tensor', elemType: 0, ...(dims ? { dims: dims.map((d) => (d < 0 ? null : d)) } : {}) };
    });
    const bound = (0,onnx_inputs/* bindInputs */.V)(file, infos, opts);
    names.forEach((p, k) => {
        const dt = top.byName.get(p).attrs.get('dtype');
        top.args.set(p, { shape: bound.shapes[k], dtype: dt?.kind === 'type' ? ir/* TF_DTYPES */.F[dt.type] ?? 'float32' : 'float32', values: undefined });
    });
    return bound;
}
/** What SavedModels and graph models report instead of a peak-activation figure. */
// Their ops run inside function calls and loop frames, which the activation walk does not follow.
const NOT_MEASURED = 'not measured yet for SavedModels and TF.js graph models';
class TfWalk {
    file;
    functions;
    consts;
    mode;
    policy;
    rows = [];
    ledger = new keras_params/* KerasParamLedger */.H();
    /** Weight bytes by the dtype each variable or constant is stored in. */
    weightsByDtype = {};
    counted = new Set();
    calls = [];
    normOutputs = new Map();
    constructor(file, functions, consts, mode, policy) {
        this.file = file;
        this.functions = functions;
        this.consts = consts;
        this.mode = mode;
        this.policy = policy;
    }
    fail(msg) {
        throw new src_errors/* FlopgateError */.N9(`${this.file}: ${msg}`);
    }
    /** A scope over `nodes`, with function arguments bound. */
    scope(name, nodes, fn, args) {
        const byName = new Map();
        for (const n of nodes) {
            if (byName.has(n.name))
                this.fail(`${fn ? `function "${fn.name}"` : 'the graph'} has two nodes named "${n.name}"`);
            byName.set(n.name, n);
        }
        const a = new Map();
        fn?.inputs.forEach((arg, i) => a.set(arg, args[i]));
        return { name, fn, byName, args: a, values: new Map() };
    }
    /** A reference's node name and output index; an argument's name and -1. */
    parse(s, ref) {
        if (s.fn) {
            if (s.args.has(ref))
                return { node: ref, index: -1 };
            const parts = ref.split(':');
            if (parts.length === 3) {
                const n = s.byName.get(parts[0]);
                const k = Number(parts[2]);
                if (!n || !Number.isSafeInteger(k))
                    this.fail(`function "${s.fn.name}" refers to "${ref}", which it does not define`);
                return { node: parts[0], index: this.outputOffset(n, parts[1]) + k };
            }
            if (parts.length === 1 && s.byName.has(ref))
                return { node: ref, index: 0 };
            this.fail(`function "${s.fn.name}" refers to "${ref}", which it does not define`);
        }
        const m = /^(.*?)(?::(\d+))?$/.exec(ref);
        return { node: m[1], index: m[2] === undefined ? 0 : Number(m[2]) };
    }
    /** Where output arg `arg` of node `n` starts among its flattened outputs. */
    outputOffset(n, arg) {
        const callee = this.callee(n);
        const names = callee ? callee.outputs : OUTPUT_ARGS[n.op];
        if (!names)
            return 0;
        const i = names.indexOf(arg);
        if (i < 0)
            return 0;
        if (callee)
            return i;
        return i;
    }
    /** The library function a node calls, if it is a call. */
    callee(n) {
        if (n.op === 'StatefulPartitionedCall' || n.op === 'PartitionedCall') {
            const f = n.attrs.get('f');
            const name = f?.kind === 'func' ? f.name : undefined;
            const fn = name === undefined ? undefined : this.functions.get(name);
            if (!fn)
                this.fail(`node "${n.name}" calls function "${name ?? '?'}", which the library does not have`);
            return fn;
        }
        return this.functions.get(n.op);
    }
    /**
     * The nodes `targets` need, dependencies first. Iterative (graphs run to tens of thousands
     * of nodes); a cycle is a fault, except the back edge a lowered loop's NextIteration makes
     * into its Merge.
     */
    order(s, targets) {
        const state = new Map();
        const out = [];
        const deps = (n) => {
            const d = n.inputs.filter((r) => {
                const { node, index } = this.parse(s, r);
                if (index < 0)
                    return false;
                return !(n.op === 'Merge' && s.byName.get(node)?.op === 'NextIteration');
            }).map((r) => this.parse(s, r).node);
            // An Exit gives the value of the last trip: after the body that computes it.
            const next = n.op === 'Exit' ? this.exitSource(s, n) : undefined;
            return next ? [...d, next.name] : d;
        };
        for (const t of targets) {
            const start = this.parse(s, t);
            if (start.index < 0 || state.get(start.node) === 2)
                continue;
            const first = s.byName.get(start.node);
            if (!first)
                this.fail(`${s.fn ? `function "${s.fn.name}"` : 'the graph'} has no node "${start.node}" (an output refers to it)`);
            const stack = [{ n: first, deps: deps(first), i: 0 }];
            state.set(first.name, 1);
            while (stack.length) {
                const top = stack[stack.length - 1];
                if (top.i < top.deps.length) {
                    const d = top.deps[top.i++];
                    const st = state.get(d);
                    if (st === 2)
                        continue;
                    if (st === 1)
                        this.fail(`${s.fn ? `function "${s.fn.name}"` : 'the graph'} has a cycle through node "${d}"`);
                    const dn = s.byName.get(d);
                    if (!dn)
                        this.fail(`node "${top.n.name}" reads "${d}", which ${s.fn ? `function "${s.fn.name}"` : 'the graph'} does not have`);
                    state.set(d, 1);
                    stack.push({ n: dn, deps: deps(dn), i: 0 });
                }
                else {
                    state.set(top.n.name, 2);
                    out.push(top.n);
                    stack.pop();
                }
            }
        }
        return out;
    }
    /** The value a reference names (after its node was evaluated). */
    value(s, ref) {
        const { node, index } = this.parse(s, ref);
        if (index < 0)
            return s.args.get(node);
        return s.values.get(node)?.[index];
    }
    /** Evaluates `targets` in scope `s`; rows go to `rows`. */
    async run(s, targets, rows) {
        let order = this.order(s, targets);
        if (!order.some((n) => n.op === 'Enter')) {
            for (const n of order)
                await this.node(s, n, rows);
            return;
        }
        // A lowered loop's body only reaches its NextIterations (whose edge into Merge the order
        // leaves out): they are targets too, until no new one appears (nested loops).
        let all = targets;
        for (let round = 0; round < ir/* LIMITS */.b1.callDepth; round++) {
            const next = order.filter((n) => n.op === 'Merge').flatMap((m) => m.inputs.filter((r) => s.byName.get(this.parse(s, r).node)?.op === 'NextIteration'));
            const more = [...new Set([...targets, ...next])];
            if (more.length === all.length)
                break;
            all = more;
            order = this.order(s, all);
        }
        const frames = framesOf(order, (n) => n.inputs.map((r) => this.parse(s, r).node).filter((x) => s.byName.has(x)), (n) => {
            const a = n.attrs.get('frame_name');
            return a?.kind === 's' ? a.s : n.name;
        });
        const perNode = [];
        for (const n of order) {
            const nodeRows = [];
            if (isFrameOp(n.op))
                this.frameOp(s, n);
            else
                await this.node(s, n, nodeRows);
            perNode.push({ n, rows: nodeRows });
        }
        const trips = new Map();
        for (const f of frames.parent.keys())
            trips.set(f, await this.frameTrips(s, f, frames));
        for (const { n, rows: nodeRows } of perNode) {
            let times = 1n;
            let refused;
            let innermost = true;
            for (let f = frames.frameOf.get(n.name); f !== undefined; f = frames.parent.get(f)) {
                const t = trips.get(f);
                if (t instanceof errors/* Refusal */.P_ || t === undefined)
                    refused = t ?? new errors/* Refusal */.P_(`loop "${f}" has no LoopCond`);
                else
                    times *= BigInt(t + (innermost && frames.cond.has(n.name) ? 1 : 0));
                innermost = false;
            }
            for (const r of nodeRows) {
                if (times === 1n && !refused) {
                    rows.push(r);
                    continue;
                }
                if (refused) {
                    if (this.policy === 'error')
                        this.fail(`cannot measure node "${n.name}" (${n.op}) in a loop: ${refused.why}; ${POLICY_NOTE}`);
                    rows.push({ ...r, ops: {}, unknown: true, note: `not measured: in a loop whose trip count is unknown (${refused.why}); counted as 0` });
                }
                else
                    rows.push({ ...r, ops: (0,counts/* scaleCounts */.Ph)(r.ops, times), note: `runs ${times} times in its loop${r.note ? `; ${r.note}` : ''}` });
            }
        }
    }
    /** The NextIteration that sends back the value an Exit leaves its loop with (Exit <- Switch <- Merge <- NextIteration). */
    exitSource(s, exit) {
        const node = (ref) => (ref === undefined ? undefined : s.byName.get(this.parse(s, ref).node));
        const sw = node(exit.inputs[0]);
        const merge = sw?.op === 'Switch' ? node(sw.inputs[0]) : undefined;
        return merge?.op === 'Merge' ? merge.inputs.map(node).find((x) => x?.op === 'NextIteration') : undefined;
    }
    /** Enter, Merge, Switch, NextIteration, Exit, LoopCond: the value passes; a Merge's changes from trip to trip. */
    frameOp(s, n) {
        const last = n.op === 'Exit' ? this.exitSource(s, n) : undefined;
        const inputs = last ? [this.value(s, last.inputs[0]), ...n.inputs.map((r) => this.value(s, r))] : n.inputs.map((r) => this.value(s, r));
        const v = inputs.find((x) => x !== undefined);
        if (!v)
            this.fail(`node "${n.name}" (${n.op}) has no input with a value`);
        if (n.op === 'Merge')
            s.values.set(n.name, [{ ...v, values: undefined, constant: undefined, param: undefined }, { shape: [], dtype: 'int32', values: undefined }]);
        else if (n.op === 'Switch')
            s.values.set(n.name, [v, v]);
        else
            s.values.set(n.name, [v]);
    }
    /** A lowered loop's trip count (frames.ts), from the Merges its condition compares. */
    async frameTrips(s, frame, frames) {
        const node = (ref) => s.byName.get(this.parse(s, ref).node);
        /** Through Identity and Switch, to the node a value comes from. */
        const source = (ref) => {
            let n = node(ref);
            for (let hops = 0; n && (n.op === 'Identity' || n.op === 'Switch' || n.op === 'Enter') && hops < 64; hops++)
                n = node(n.inputs[0]);
            return n;
        };
        const startOf = (m) => {
            const enter = m.inputs.map(node).find((x) => x?.op === 'Enter');
            const v = enter ? this.value(s, enter.inputs[0]) : undefined;
            return v?.values?.length === 1 ? v.values[0] : undefined;
        };
        const nextOf = (m) => m.inputs.map(node).find((x) => x?.op === 'NextIteration');
        const constOf = (n) => (n?.op === 'Const' ? s.values.get(n.name)?.[0]?.values : undefined);
        let trips;
        for (const name of frames.cond) {
            const c = s.byName.get(name);
            if (frames.frameOf.get(name) !== frame || !['Less', 'LessEqual', 'Greater', 'GreaterEqual'].includes(c.op))
                continue;
            const [lhs, rhs] = c.op.startsWith('Less') ? c.inputs : [c.inputs[1], c.inputs[0]];
            const m = source(lhs);
            if (m?.op !== 'Merge')
                continue;
            const start = startOf(m);
            const r = source(rhs);
            // A bound: a constant, or a Merge the body sends back unchanged.
            const bound = r?.op === 'Const' ? constOf(r)?.[0] : r?.op === 'Merge' && source(nextOf(r)?.inputs[0] ?? '') === r ? startOf(r) : undefined;
            const add = source(nextOf(m)?.inputs[0] ?? '');
            let step;
            if (add && (add.op === 'AddV2' || add.op === 'Add')) {
                const [a, b] = add.inputs.map(source);
                step = a === m ? constOf(b)?.[0] : b === m ? constOf(a)?.[0] : undefined;
            }
            if (start === undefined || bound === undefined || step === undefined || step <= 0)
                continue;
            const n = Math.max(0, c.op === 'Less' || c.op === 'Greater' ? Math.ceil((bound - start) / step) : Math.floor((bound - start) / step) + 1);
            trips = trips === undefined ? n : Math.min(trips, n);
        }
        if (trips === undefined)
            return new errors/* Refusal */.P_(`no counter of loop "${frame}" is compared with a bound known from the constants`);
        if (!Number.isSafeInteger(trips) || trips > 2 ** 31)
            return new errors/* Refusal */.P_(`its trip count ${trips} is not a plausible loop`);
        return trips;
    }
    row(n, inputs) {
        const shapes = inputs.filter((v) => v && !v.constant && !v.list && !v.resource).map((v) => [...v.shape]);
        return { name: n.name, type: n.op, input_shape: shapes.length === 1 ? shapes[0] : shapes, output_shape: [], ops: {}, params: 0n, trainable_params: 0n };
    }
    unknown(row, rows, note) {
        row.unknown = true;
        row.note = note;
        rows.push(row);
    }
    async node(s, n, rows) {
        const inputs = n.inputs.map((r) => this.value(s, r));
        const set = (outs) => void s.values.set(n.name, outs);
        switch (n.op) {
            case 'Placeholder':
            case 'PlaceholderWithDefault': {
                const v = s.args.get(n.name) ?? (n.op === 'PlaceholderWithDefault' ? inputs[0] : undefined);
                if (!v)
                    this.fail(`placeholder "${n.name}" is not an input of the signature`);
                return set([v]);
            }
            case 'Const': return set([await this.consts.constant(n, s.name)]);
            case 'VarHandleOp': {
                const shape = n.attrs.get('shape');
                const dtype = n.attrs.get('dtype');
                const dims = shape?.kind === 'shape' ? shape.dims : undefined;
                if (!dims || dims.some((d) => d < 0))
                    this.fail(`variable "${n.name}" has no static shape`);
                const shared = n.attrs.get('shared_name');
                const key = shared?.kind === 's' && shared.s ? shared.s : n.name;
                return set([{ shape: [], dtype: 'unknown', values: undefined, resource: { key, name: n.name, shape: (0,tensor/* checkShape */.eA)(dims), dtype: dtype?.kind === 'type' ? ir/* TF_DTYPES */.F[dtype.type] ?? 'unknown' : 'unknown' } }]);
            }
            case 'ReadVariableOp': {
                const r = inputs[0]?.resource;
                if (!r)
                    this.fail(`node "${n.name}" reads no variable`);
                return set([{ shape: r.shape, dtype: r.dtype, values: undefined, constant: true, param: { key: r.key, name: r.name } }]);
            }
            case 'IdentityN': return set(inputs.map((v) => v));
            case 'While':
            case 'StatelessWhile': return this.loop(s, n, inputs, rows);
            default: break;
        }
        const fn = this.callee(n);
        if (fn)
            return set(await this.call(s, n, fn, inputs, rows));
        const rule = (0,ops/* tfRuleFor */.w)(n.op);
        const row = this.row(n, inputs);
        if (!rule) {
            if (this.policy === 'error')
                this.fail(`unsupported TF op ${n.op} at node "${n.name}"; ${POLICY_NOTE}`);
            this.unknown(row, rows, `unsupported TF op, counted as 0`);
            return set([]);
        }
        if (inputs.some((v, k) => v === undefined && n.inputs[k] !== undefined)) {
            if (this.policy === 'error')
                this.fail(`cannot measure node "${n.name}" (${n.op}): an input follows an op that was not measured; ${POLICY_NOTE}`);
            this.unknown(row, rows, 'input unknown: it follows an op that was not measured');
            return set([]);
        }
        const out = this.apply(n, rule, inputs, row);
        if (!out) {
            rows.push(row);
            return set([]);
        }
        set(out);
        if (row.params > 0n || (!PLUMBING.has(n.op) && !out.every((v) => v.constant)))
            rows.push(row);
    }
    /** Runs `rule` on a node's inputs: its outputs, or undefined when it could not be measured (the row says why). */
    apply(n, rule, inputs, row) {
        const norm = this.takeParams(rule, inputs, row);
        const allConstant = inputs.length > 0 && inputs.every((v) => v.constant);
        let res;
        try {
            res = rule.infer(new types/* TfCtx */.k(n, inputs));
        }
        catch (e) {
            if (e instanceof errors/* OpError */.mC)
                this.fail(`node "${n.name}" (${n.op}): ${e.message}`);
            if (!(e instanceof errors/* Refusal */.P_))
                throw e;
            if (this.policy === 'error')
                this.fail(`cannot measure node "${n.name}" (${n.op}): ${e.why}; ${POLICY_NOTE}`);
            row.unknown = true;
            row.note = `not measured: ${e.why}; counted as 0`;
            return undefined;
        }
        const outs = res.outputs.map((v) => {
            // A weight read through Identity (or a value that passes one on) stays that weight.
            const o = rule.free && v === inputs[0] ? v : { ...v };
            if (allConstant)
                o.constant = true;
            return o;
        });
        if (norm !== undefined && outs[0])
            this.normOutputs.set(outs[0], norm);
        const shapes = outs.filter((v) => !v.list).map((v) => [...v.shape]);
        row.output_shape = shapes.length === 1 ? shapes[0] : shapes;
        if (allConstant)
            row.note = row.note ?? 'constant: computed once when the model loads, not per inference';
        else
            row.ops = res.counts;
        return outs;
    }
    /**
     * Stored weights the node is the first to read. Returns the batch normalisation a Mul
     * applied with them, so that the Add after it is known as that normalisation's other half.
     */
    takeParams(rule, inputs, row) {
        const notes = [];
        let norm;
        inputs.forEach((v, k) => {
            const p = v.param;
            if (!p || !(0,tensor/* isFloat */.dk)(v.dtype))
                return;
            if (this.mode === 'variables') {
                if (this.counted.has(p.key))
                    return;
                this.counted.add(p.key);
                row.params += BigInt((0,tensor/* size */.Ej)(v.shape));
                row.trainable_params += BigInt((0,tensor/* size */.Ej)(v.shape));
                this.addWeightBytes(row, BigInt((0,tensor/* size */.Ej)(v.shape)), v.dtype);
                return;
            }
            // A weight sliced, unpacked or reshaped before use (a GRU's two bias rows) is counted
            // where it is first taken apart: the pieces are not stored weights themselves.
            const weights = rule.weights ?? (rule.free && !(0,simple/* isPass */.Y)(rule) ? [0] : []);
            if (!weights.includes(k))
                return;
            const after = inputs.map((x) => this.normOutputs.get(x)).find((x) => x !== undefined);
            const role = rule.role?.(k) ?? (rule.free ? (v.shape.filter((d) => d !== 1).length <= 1 ? 'bias' : 'kernel') : 'elementwise');
            const t = this.ledger.take(p.key, p.name, v.shape, role, row.type === 'AddV2' || row.type === 'Add' ? after : undefined);
            row.params += t.params;
            row.trainable_params += t.params;
            this.addWeightBytes(row, t.params, v.dtype);
            if (t.note)
                notes.push(t.note);
            if (t.bn !== undefined && row.type === 'Mul')
                norm = t.bn;
        });
        if (notes.length)
            row.note = notes.join('; ');
        return norm;
    }
    addWeightBytes(row, params, dtype) {
        const b = (0,memory/* elementsBytes */.xb)(params, dtype);
        row.weights_bytes = (row.weights_bytes ?? 0n) + b;
        (0,memory/* tally */.N4)(this.weightsByDtype, dtype, b);
    }
    /** A function call: the body evaluated with its arguments bound, its returns as the node's outputs. */
    async call(s, n, fn, inputs, rows) {
        if (this.calls.includes(fn.name))
            this.fail(`function "${fn.name}" calls itself (through ${this.calls.join(' -> ')}): a cycle in the function library`);
        if (this.calls.length >= ir/* LIMITS */.b1.callDepth)
            this.fail(`function calls nested more than ${ir/* LIMITS */.b1.callDepth} deep`);
        if (inputs.length < fn.inputs.length || inputs.slice(0, fn.inputs.length).some((v) => v === undefined)) {
            this.fail(`node "${n.name}" calls "${fn.name}" with ${inputs.length} inputs (or unknown ones), it takes ${fn.inputs.length}`);
        }
        this.calls.push(fn.name);
        try {
            const inner = this.scope(fn.name, fn.nodes, fn, inputs);
            const targets = fn.outputs.map((o) => {
                const r = fn.ret.get(o);
                if (r === undefined)
                    this.fail(`function "${fn.name}" does not say what it returns as "${o}"`);
                return r;
            });
            await this.run(inner, targets, rows);
            return targets.map((t) => {
                const v = this.value(inner, t);
                if (!v)
                    this.fail(`function "${fn.name}" returns "${t}", which has no value`);
                return v;
            });
        }
        finally {
            this.calls.pop();
        }
    }
    /**
     * While (functional): inputs are the loop variables, attributes `cond` and `body` name
     * functions. The body is evaluated once on the variables' shapes and counted once per trip
     * (loops.ts finds the trip count in the constants), the condition once per test.
     */
    async loop(s, n, inputs, rows) {
        const fnOf = (attr) => {
            const a = n.attrs.get(attr);
            const fn = a?.kind === 'func' ? this.functions.get(a.name) : undefined;
            if (!fn)
                this.fail(`While node "${n.name}" names no ${attr} function the library has`);
            return fn;
        };
        const cond = fnOf('cond');
        const body = fnOf('body');
        const row = this.row(n, inputs);
        rows.push(row);
        if (inputs.some((v) => !v)) {
            if (this.policy === 'error')
                this.fail(`cannot measure While node "${n.name}": a loop variable follows an op that was not measured; ${POLICY_NOTE}`);
            row.unknown = true;
            row.note = 'input unknown';
            s.values.set(n.name, []);
            return;
        }
        const vars = inputs;
        const invariant = body.outputs.map((o, k) => body.ret.get(o) === body.inputs[k]);
        // A loop variable the body returns unchanged keeps its value; any other changes each trip.
        const loopVars = vars.map((v, k) => (invariant[k] ? v : { ...v, values: undefined, constant: undefined, param: undefined }));
        const trips = await whileTrips(cond, body, vars, async (f, node) => (await this.consts.constant(node, f.name)).values?.[0]);
        const bodyRows = [];
        const outs = await this.call(s, n, body, loopVars, bodyRows);
        const condRows = [];
        await this.call(s, n, cond, loopVars, condRows);
        s.values.set(n.name, outs.map((v, k) => (invariant[k] ? vars[k] : { ...v, constant: undefined })));
        const shapes = outs.filter((v) => !v.list && !v.resource).map((v) => [...v.shape]);
        row.output_shape = shapes;
        if (trips instanceof errors/* Refusal */.P_) {
            if (this.policy === 'error')
                this.fail(`cannot measure While node "${n.name}": ${trips.why}; ${POLICY_NOTE}`);
            row.unknown = true;
            row.note = `not measured: ${trips.why}; its body counted as 0`;
            for (const r of [...bodyRows, ...condRows])
                rows.push({ ...r, ops: {} });
            return;
        }
        row.note = `runs its body ${trips} times (the trip count from the loop's constants)`;
        for (const r of bodyRows)
            rows.push({ ...r, ops: (0,counts/* scaleCounts */.Ph)(r.ops, BigInt(trips)), note: `loop body x ${trips}${r.note ? `; ${r.note}` : ''}` });
        for (const r of condRows)
            rows.push({ ...r, ops: (0,counts/* scaleCounts */.Ph)(r.ops, BigInt(trips + 1)), note: `loop condition x ${trips + 1}${r.note ? `; ${r.note}` : ''}` });
    }
}


/***/ })

};
