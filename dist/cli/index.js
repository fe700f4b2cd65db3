#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(5402);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(5407);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(5407);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5407:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(5402);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(5402);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 5402:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(9210);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 9210:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 3313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

/***/ 4248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(9896);
var util = __nccwpck_require__(9023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(3313);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896);
var zlib = __nccwpck_require__(3106);
var fd_slicer = __nccwpck_require__(3502);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(4248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/options.ts
const DEFAULTS = { batchSize: 1, convention: 'notebook', unknown: 'error' };

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The one error type users see. Its message is a single line that names the file, line or
 * layer at fault; the entry points print it without a stack and exit with `exitCode`.
 */
class FlopgateError extends Error {
    exitCode;
    constructor(message, exitCode = 2) {
        super(message.replace(/\s*\n\s*/g, ' '));
        this.name = 'FlopgateError';
        this.exitCode = exitCode;
    }
}
/** Prefix a fault with the file it came from, unless it already names it. */
function inFile(file, err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (msg.startsWith(`${file}:`))
        return err instanceof FlopgateError ? err : new FlopgateError(msg);
    return new FlopgateError(`${file}: ${msg}`);
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/io/byte-source.ts


/** Refuse single reads larger than this: a header claiming gigabytes is a fault, not a plan. */
const MAX_READ = 256 * 1024 * 1024;
function checkRange(size, offset, length, what) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new FlopgateError(`${what}: bad read range ${offset}+${length}`);
    }
    if (offset + length > size) {
        throw new FlopgateError(`${what}: truncated (needs bytes up to ${offset + length}, file has ${size})`);
    }
    if (length > MAX_READ)
        throw new FlopgateError(`${what}: refuses to read ${length} bytes at once`);
}
class BufferSource {
    buf;
    label;
    bytesRead = 0;
    constructor(buf, label = 'buffer') {
        this.buf = buf;
        this.label = label;
    }
    get size() {
        return this.buf.length;
    }
    async read(offset, length) {
        checkRange(this.buf.length, offset, length, this.label);
        this.bytesRead += length;
        return this.buf.subarray(offset, offset + length);
    }
}
class FileSource {
    fh;
    size;
    path;
    bytesRead = 0;
    constructor(fh, size, path) {
        this.fh = fh;
        this.size = size;
        this.path = path;
    }
    static async open(path, label = path) {
        const fh = await (0,promises_namespaceObject.open)(path, 'r');
        try {
            const st = await fh.stat();
            if (st.isDirectory())
                throw new FlopgateError(`${label}: is a directory, not a model file`);
            return new FileSource(fh, st.size, label);
        }
        catch (e) {
            await fh.close();
            throw e;
        }
    }
    async read(offset, length) {
        checkRange(this.size, offset, length, this.path);
        const out = Buffer.allocUnsafe(length);
        let done = 0;
        while (done < length) {
            const { bytesRead } = await this.fh.read(out, done, length - done, offset + done);
            if (bytesRead === 0)
                throw new FlopgateError(`${this.path}: file shrank while being read`);
            done += bytesRead;
        }
        this.bytesRead += length;
        return out;
    }
    close() {
        return this.fh.close();
    }
}

;// CONCATENATED MODULE: ./src/costs/conventions.ts

const CONVENTIONS = ['notebook', 'macs', 'tf-profiler'];
/**
 * FLOPs per primitive op under each convention; an op missing from a table costs 0 there.
 * docs/conventions.md explains every weight and where it comes from.
 */
const WEIGHTS = {
    // The seed notebook: 2 per MAC, bias ignored, ReLU 1 and softmax 5 per output element.
    // Everything the notebook never met costs one FLOP per arithmetic operation; a squared
    // difference is two (subtract, multiply); transcendental activations cost what their usual
    // expansion does (sigmoid = exp, add, divide + negate: 4; tanh 5; GELU 8). Integer index
    // and shape bookkeeping are not floating-point operations: 0.
    notebook: {
        mac: 2, add: 1, sub: 1, mul: 1, div: 1, neg: 1, max: 1, min: 1, square: 1, sqdiff: 2, rsqrt: 1, sqrt: 1,
        mean: 1, sum: 1, reduce_max: 1, maxpool: 1, avgpool: 1, compare: 1,
        relu: 1, softmax: 5, sigmoid: 4, hard_sigmoid: 3, tanh: 5, exp: 4, gelu: 8, resize: 1,
    },
    // torchvision, fvcore and ptflops count multiply-accumulates of the products only.
    macs: { mac: 1 },
    // TF1 profiler (tensorflow/python/profiler/internal/flops_registry.py, as keras-flops runs
    // it on Keras 3's TensorFlow graph): MatMul/Conv2D/DepthwiseConv2dNative/BatchMatMul 2 per
    // MAC, BiasAdd and every registered element-wise op 1 per output element, Rsqrt 2,
    // SquaredDifference 2, Softmax 5, Mean = input elements, Sum = input - output elements,
    // pooling = window x output elements. Ops TF registers no statistics for count 0: Relu,
    // Relu6, LeakyRelu, Sigmoid, Tanh, Elu, Selu, Softplus, Exp, Sqrt, Max, resizes. GELU is
    // TF's erfc expansion: one Neg and three Mul per element; hard_sigmoid relu6(x + 3) / 6: an
    // AddV2 and a RealDiv. Integer index and shape arithmetic is in the graph, so TF counts it.
    'tf-profiler': {
        mac: 2, bias: 1, add: 1, sub: 1, mul: 1, div: 1, neg: 1, max: 1, min: 1, square: 1, sqdiff: 2, rsqrt: 2,
        mean: 1, sum: 1, maxpool: 1, avgpool: 1, compare: 1, softmax: 5, gelu: 4, hard_sigmoid: 2, index: 1, shape: 1,
    },
};
function flopsOf(ops, convention) {
    const w = WEIGHTS[convention];
    let total = 0;
    for (const [op, n] of Object.entries(ops))
        total += (w[op] ?? 0) * n;
    return total;
}
function parseConvention(s, where = '--convention') {
    if (CONVENTIONS.includes(s))
        return s;
    throw new FlopgateError(`${where}: unknown convention "${s}" (expected one of ${CONVENTIONS.join(', ')})`);
}

;// CONCATENATED MODULE: ./src/report/build.ts

/** Totals are sums of the rows, so the table and the total can never disagree. */
function buildModelReport(meta, rows) {
    const layers = rows.map((r, index) => ({
        index,
        name: r.name,
        type: r.type,
        input_shape: r.input_shape,
        output_shape: r.output_shape,
        macs: r.ops.mac ?? 0,
        flops: flopsOf(r.ops, meta.convention),
        params: r.params,
        trainable_params: r.trainable_params,
        ops: r.ops,
        ...(r.unknown ? { unknown: true } : {}),
        ...(r.note ? { note: r.note } : {}),
    }));
    const sum = (f) => layers.reduce((a, l) => a + f(l), 0);
    const flops = sum((l) => l.flops);
    const params = sum((l) => l.params);
    const trainable = sum((l) => l.trainable_params);
    const unknown = layers.filter((l) => l.unknown).map((l) => ({ layer: l.name, type: l.type }));
    return {
        ...meta,
        flops,
        lower_bound: unknown.length > 0,
        macs: sum((l) => l.macs),
        params,
        trainable_params: trainable,
        non_trainable_params: params - trainable,
        training_flops_estimate: 3 * flops,
        unknown,
        layers,
    };
}

;// CONCATENATED MODULE: ./src/onnx/dtypes.ts
/** TensorProto.DataType values (onnx.proto). */
const DT = {
    UNDEFINED: 0,
    FLOAT: 1,
    UINT8: 2,
    INT8: 3,
    UINT16: 4,
    INT16: 5,
    INT32: 6,
    INT64: 7,
    STRING: 8,
    BOOL: 9,
    FLOAT16: 10,
    DOUBLE: 11,
    UINT32: 12,
    UINT64: 13,
    COMPLEX64: 14,
    COMPLEX128: 15,
    BFLOAT16: 16,
    FLOAT8E4M3FN: 17,
    FLOAT8E4M3FNUZ: 18,
    FLOAT8E5M2: 19,
    FLOAT8E5M2FNUZ: 20,
    UINT4: 21,
    INT4: 22,
    FLOAT4E2M1: 23,
};
const NAMES = Object.fromEntries(Object.entries(DT).map(([k, v]) => [v, k.toLowerCase()]));
function dtypeName(t) {
    return NAMES[t] ?? `type ${t}`;
}
/** Bytes per element in raw_data; 0.5 for the packed 4-bit types, undefined for strings. */
function elementBytes(t) {
    switch (t) {
        case DT.UINT8:
        case DT.INT8:
        case DT.BOOL:
        case DT.FLOAT8E4M3FN:
        case DT.FLOAT8E4M3FNUZ:
        case DT.FLOAT8E5M2:
        case DT.FLOAT8E5M2FNUZ:
            return 1;
        case DT.UINT16:
        case DT.INT16:
        case DT.FLOAT16:
        case DT.BFLOAT16:
            return 2;
        case DT.FLOAT:
        case DT.INT32:
        case DT.UINT32:
            return 4;
        case DT.INT64:
        case DT.UINT64:
        case DT.DOUBLE:
        case DT.COMPLEX64:
            return 8;
        case DT.COMPLEX128:
            return 16;
        case DT.UINT4:
        case DT.INT4:
        case DT.FLOAT4E2M1:
            return 0.5;
        default:
            return undefined;
    }
}
/**
 * Index-like tensors (shapes, axes, indices, masks) are never learned weights: an exporter
 * that stores a Reshape target as an initializer must not grow the parameter count.
 */
function isParameterType(t) {
    return t !== DT.INT64 && t !== DT.BOOL && t !== DT.STRING && t !== DT.UNDEFINED;
}
function isFloatType(t) {
    return t === DT.FLOAT || t === DT.DOUBLE || t === DT.FLOAT16 || t === DT.BFLOAT16;
}

;// CONCATENATED MODULE: ./src/onnx/graph.ts

function nodeLabel(n) {
    return `node "${n.name || `${n.opType}_${n.index}`}" (${n.opType})`;
}
/**
 * Nodes in an order where every input is produced before it is used. ONNX requires files to
 * be sorted already, but a file is untrusted: a cycle or a value produced twice is a fault,
 * and a name nobody produces is one too (outer-scope names only exist inside subgraphs).
 */
function topoOrder(file, g) {
    const fault = (msg) => new FlopgateError(`${file}: bad ONNX graph: ${msg}`);
    const producer = new Map();
    const inputs = new Set(g.inputs.map((v) => v.name));
    for (const n of g.nodes) {
        for (const o of n.outputs) {
            if (!o)
                continue;
            if (producer.has(o))
                throw fault(`value "${o}" is produced by two nodes`);
            if (inputs.has(o) && !g.initializers.has(o))
                throw fault(`${nodeLabel(n)} overwrites graph input "${o}"`);
            producer.set(o, n.index);
        }
    }
    const waiting = new Array(g.nodes.length).fill(0);
    const users = new Map();
    let sorted = true;
    for (const n of g.nodes) {
        for (const i of new Set(n.inputs)) {
            if (!i)
                continue;
            const p = producer.get(i);
            if (p === undefined) {
                if (!g.initializers.has(i) && !inputs.has(i))
                    throw fault(`${nodeLabel(n)} reads "${i}", which no node, input or initializer provides`);
                continue;
            }
            if (p >= n.index)
                sorted = false;
            waiting[n.index]++;
            const list = users.get(p);
            if (list)
                list.push(n.index);
            else
                users.set(p, [n.index]);
        }
    }
    // The common case: the file is sorted, and its order is the report's order.
    if (sorted)
        return g.nodes;
    const order = [];
    const queue = g.nodes.filter((n) => waiting[n.index] === 0).map((n) => n.index);
    for (let q = 0; q < queue.length; q++) {
        const k = queue[q];
        order.push(g.nodes[k]);
        for (const u of users.get(k) ?? [])
            if (--waiting[u] === 0)
                queue.push(u);
    }
    if (order.length !== g.nodes.length) {
        // Walk back through unfinished producers until a node repeats: that node is on the cycle.
        let k = g.nodes.findIndex((n) => waiting[n.index] > 0);
        const seen = new Set();
        while (!seen.has(k)) {
            seen.add(k);
            const back = g.nodes[k].inputs.map((i) => producer.get(i)).find((p) => p !== undefined && waiting[p] > 0);
            if (back === undefined)
                break;
            k = back;
        }
        throw fault(`nodes form a cycle through ${nodeLabel(g.nodes[k])}`);
    }
    return order;
}

;// CONCATENATED MODULE: ./src/onnx/shapes.ts
/** Shape arithmetic shared by the op rules. Every function throws through `fail` on bad input. */
/** Largest dimension and element count an inferred tensor may have before it is called absurd. */
const MAX_DIM = 2 ** 40;
const MAX_ELEMENTS = 2 ** 50;
function prod(dims) {
    let n = 1;
    for (const d of dims)
        n *= d;
    return n;
}
function fmt(shape) {
    return `[${shape.join(', ')}]`;
}
/** Every inferred shape passes here, so a hostile graph cannot grow numbers without bound. */
function checkShape(shape, fail, what = 'output') {
    if (shape.length > 64)
        fail(`${what} has rank ${shape.length}`);
    for (const d of shape) {
        if (!Number.isSafeInteger(d) || d < 0 || d > MAX_DIM)
            fail(`${what} shape ${fmt(shape)} has an invalid dimension`);
    }
    if (prod(shape) > MAX_ELEMENTS)
        fail(`${what} shape ${fmt(shape)} is absurd`);
    return [...shape];
}
function normAxis(axis, rank, fail, what = 'axis') {
    const a = axis < 0 ? axis + rank : axis;
    if (!Number.isInteger(a) || a < 0 || a >= rank)
        fail(`${what} ${axis} is out of range for rank ${rank}`);
    return a;
}
/** Numpy broadcasting of any number of shapes. */
function broadcast(shapes, fail) {
    const rank = Math.max(0, ...shapes.map((s) => s.length));
    const out = new Array(rank).fill(1);
    for (const s of shapes) {
        for (let i = 0; i < s.length; i++) {
            const o = rank - s.length + i;
            const d = s[i];
            if (d === out[o] || d === 1)
                continue;
            if (out[o] === 1)
                out[o] = d;
            else
                fail(`shapes ${shapes.map((x) => fmt(x)).join(' and ')} do not broadcast`);
        }
    }
    return out;
}
/** Output spatial sizes of a sliding window (Conv, pooling), ONNX's rules for every auto_pad. */
function windowOut(spatial, w, fail) {
    const n = spatial.length;
    if (w.kernel.length !== n || w.strides.length !== n || w.dilations.length !== n || w.pads.length !== 2 * n) {
        fail(`window attributes do not match ${n} spatial dimensions`);
    }
    return spatial.map((d, i) => {
        const s = w.strides[i];
        const k = w.kernel[i];
        const dil = w.dilations[i];
        if (s < 1 || k < 1 || dil < 1)
            fail(`kernel ${k}, stride ${s} and dilation ${dil} must be positive`);
        const ek = (k - 1) * dil + 1;
        let out;
        if (w.autoPad === 'SAME_UPPER' || w.autoPad === 'SAME_LOWER')
            out = Math.ceil(d / s);
        else if (w.autoPad === 'VALID')
            out = Math.floor((d - ek) / s) + 1;
        else {
            const pb = w.pads[i];
            const pe = w.pads[i + n];
            const span = d + pb + pe - ek;
            out = w.ceil ? Math.ceil(span / s) + 1 : Math.floor(span / s) + 1;
            // A last window that would start in the end padding is dropped (ONNX 19+, PyTorch).
            if (w.ceil && (out - 1) * s >= d + pb)
                out--;
        }
        if (out < 1)
            fail(`window of ${ek} does not fit input size ${d}`);
        return out;
    });
}

;// CONCATENATED MODULE: ./src/onnx/inputs.ts


function dimName(d) {
    return d === null ? 'unnamed' : `"${d}"`;
}
/**
 * Bind every dimension of the graph inputs. The first dimension is the batch: a symbolic one
 * takes `batchSize`; a fixed one stays, and asking for another batch size is refused, because
 * a graph exported for a fixed batch bakes it into Reshape targets and the like, so scaling
 * its figures would not be exact. Other symbolic dimensions come from `inputShapes` (shapes
 * without the batch dimension, one per input), which may also restate fixed ones.
 */
function bindInputs(file, inputs, inputShapes, batchSize) {
    const fail = (msg) => {
        throw new FlopgateError(`${file}: ${msg}`);
    };
    if (inputShapes && inputShapes.length !== inputs.length) {
        fail(`--input-shape gives ${inputShapes.length} shape(s), the model has ${inputs.length} input(s) (${inputs.map((v) => v.name).join(', ')})`);
    }
    if (batchSize !== undefined && (!Number.isSafeInteger(batchSize) || batchSize < 1))
        fail(`batch size ${batchSize} must be a positive integer`);
    let fixedBatch;
    // With a symbolic batch on some input, fixed leading dims elsewhere (a shape tensor, a
    // constant mask) are not batches; without one, the file has fixed the batch.
    const symbolicBatch = inputs.some((v) => v.kind === 'tensor' && v.dims && v.dims.length > 0 && typeof v.dims[0] !== 'number');
    const symbols = new Map();
    const bind = (d, v) => {
        if (d !== null && !symbols.has(d))
            symbols.set(d, v);
        return v;
    };
    const shapes = inputs.map((v, k) => {
        // Sequences, maps and optionals have no shape; ops that would read them are refused later.
        if (v.kind !== 'tensor')
            return [];
        const given = inputShapes?.[k];
        const dims = v.dims ?? (given ? [null, ...given] : fail(`input "${v.name}" has no shape in the file; give it with --input-shape`));
        if (given && given.length !== Math.max(dims.length - 1, 0)) {
            fail(`input "${v.name}" has rank ${dims.length} (batch + ${dims.length - 1}); --input-shape gives ${given.length} dimension(s) ${fmt(given)}`);
        }
        const shape = dims.map((d, i) => {
            if (i === 0) {
                if (typeof d === 'number') {
                    if (!symbolicBatch && batchSize !== undefined && batchSize !== 1 && batchSize !== d) {
                        fail(`input "${v.name}" fixes batch size ${d} in the file, so batch size ${batchSize} cannot be measured exactly; export the model with a dynamic batch dimension`);
                    }
                    fixedBatch ??= d;
                    return d;
                }
                return bind(d, batchSize ?? 1);
            }
            const g = given?.[i - 1];
            if (typeof d === 'number') {
                if (g !== undefined && g !== d)
                    fail(`input "${v.name}": --input-shape gives ${g} for dimension ${i}, the file fixes ${d}`);
                return d;
            }
            if (g === undefined)
                return fail(`input "${v.name}": dimension ${i} (${dimName(d)}) is symbolic; give it with --input-shape`);
            return bind(d, g);
        });
        return checkShape(shape, (m) => fail(`input "${v.name}": ${m}`), 'input');
    });
    return { shapes, batch: symbolicBatch ? batchSize ?? 1 : fixedBatch ?? batchSize ?? 1, symbols };
}

;// CONCATENATED MODULE: ./src/onnx/wire.ts

/** Protobuf wire types that ONNX uses; groups (3, 4) are deprecated and never written by it. */
const VARINT = 0;
const I64 = 1;
const LEN = 2;
const I32 = 5;
/** Reads start small after a jump (a tensor header) and double while reading runs on (nodes). */
const MIN_AHEAD = 512;
const MAX_AHEAD = 64 * 1024;
/** Chunks kept between messages; within one message every chunk it needed stays. */
const KEEP_CHUNKS = 4;
/** A single string or bytes field we agree to hold in memory (names, equations, small blobs). */
const MAX_BYTES = 16 * 1024 * 1024;
const decoder = new TextDecoder('utf-8');
/** Thrown by the synchronous decoders when bytes they need are not loaded yet. */
class NeedBytes {
    pos;
    need;
    constructor(pos, need) {
        this.pos = pos;
        this.need = need;
    }
}
/**
 * Random-access protobuf reader over a ByteSource. Nothing is read until a field is asked
 * for, so length-delimited payloads a caller skips (raw_data, doc strings) never leave the
 * file. Messages are decoded synchronously from loaded chunks (fast for graphs of 100k
 * nodes); `run` loads what a decoder found missing and runs it again, so decoders must be
 * free of side effects. Every position is checked against the enclosing message's end, so a
 * corrupt length or a varint that never ends is a one-line fault, not a hang or a huge read.
 */
class WireReader {
    src;
    file;
    chunks = [];
    ahead = MIN_AHEAD;
    lastStart = -1;
    lastEnd = -1;
    constructor(src, file) {
        this.src = src;
        this.file = file;
    }
    get size() {
        return this.src.size;
    }
    fail(msg) {
        throw new FlopgateError(`${this.file}: ${msg}`);
    }
    /** Run a synchronous decoder, loading (up to `limit`) whatever it needs and retrying. */
    async run(limit, decode) {
        if (this.chunks.length > KEEP_CHUNKS)
            this.chunks.splice(0, this.chunks.length - KEEP_CHUNKS);
        for (;;) {
            try {
                return decode();
            }
            catch (e) {
                if (!(e instanceof NeedBytes))
                    throw e;
                await this.load(e.pos, e.need, limit);
            }
        }
    }
    async load(pos, need, limit) {
        // Reading on from (or from inside) the last chunk is a scan: read further ahead each time.
        const onward = pos >= this.lastStart && pos <= this.lastEnd;
        this.ahead = onward ? Math.min(this.ahead * 2, MAX_AHEAD) : MIN_AHEAD;
        const length = Math.min(Math.max(need, this.ahead), Math.max(limit, pos + need) - pos, this.src.size - pos);
        if (length < need)
            this.fail(`truncated: needs bytes up to ${pos + need}, file has ${this.src.size}`);
        this.chunks.push({ start: pos, bytes: await this.src.read(pos, length) });
        this.lastStart = pos;
        this.lastEnd = pos + length;
    }
    /** The loaded bytes holding [pos, pos + n), as (array, offset). */
    view(pos, n) {
        for (let i = this.chunks.length - 1; i >= 0; i--) {
            const c = this.chunks[i];
            if (pos >= c.start && pos + n <= c.start + c.bytes.length)
                return [c.bytes, pos - c.start];
        }
        throw new NeedBytes(pos, n);
    }
    /** A varint at `pos` that must end before `end`. */
    varint(pos, end, what) {
        const n = Math.min(10, end - pos);
        if (n <= 0)
            this.fail(`truncated protobuf: ${what} ends before its varint (byte ${pos})`);
        const [b, o] = this.view(pos, n);
        let lo = 0;
        let hi = 0;
        for (let i = 0; i < n; i++) {
            const byte = b[o + i];
            const bits = byte & 0x7f;
            if (i < 4)
                lo |= bits << (7 * i);
            else if (i === 4) {
                lo |= (bits & 0x0f) << 28;
                hi |= bits >> 4;
            }
            else
                hi |= bits << (7 * i - 32);
            if ((byte & 0x80) === 0) {
                lo >>>= 0;
                return { value: (hi >>> 0) * 2 ** 32 + lo, signed: (hi | 0) * 2 ** 32 + lo, next: pos + i + 1 };
            }
        }
        if (n < 10)
            this.fail(`truncated protobuf: varint in ${what} runs past its message (byte ${pos})`);
        return this.fail(`bad protobuf: varint in ${what} never ends (byte ${pos})`);
    }
    /** The field whose tag is at `pos`, inside a message ending at `end`. */
    fieldAt(pos, end, what) {
        if (end > this.src.size)
            this.fail(`truncated protobuf: ${what} needs bytes up to ${end}, file has ${this.src.size}`);
        const tag = this.varint(pos, end, what);
        const no = Math.floor(tag.value / 8);
        const wire = tag.value % 8;
        if (no === 0 || no > 536870911)
            this.fail(`bad protobuf: field number ${no} in ${what} (byte ${pos})`);
        const at = tag.next;
        if (wire === VARINT) {
            const v = this.varint(at, end, what);
            return { no, wire, start: at, end: v.next, value: v.value, signed: v.signed };
        }
        if (wire === LEN) {
            const len = this.varint(at, end, what);
            if (len.value > end - len.next) {
                this.fail(`truncated protobuf: field ${no} of ${what} claims ${len.value} bytes at byte ${len.next}, only ${end - len.next} remain`);
            }
            return { no, wire, start: len.next, end: len.next + len.value, value: len.value, signed: len.value };
        }
        if (wire === I64 || wire === I32) {
            const n = wire === I64 ? 8 : 4;
            if (n > end - at)
                this.fail(`truncated protobuf: fixed-size field ${no} of ${what} runs past its message (byte ${at})`);
            return { no, wire, start: at, end: at + n, value: 0, signed: 0 };
        }
        return this.fail(`bad protobuf: wire type ${wire} for field ${no} of ${what} (byte ${pos})`);
    }
    /** Fields of the message at [start, end), in file order (synchronous: use inside `run`). */
    *fields(start, end, what) {
        let pos = start;
        while (pos < end) {
            const f = this.fieldAt(pos, end, what);
            pos = f.end;
            yield f;
        }
    }
    /** For the big messages (model, graph): each field is decoded by `visit` under `run`. */
    async eachField(start, end, what, visit) {
        let pos = start;
        while (pos < end) {
            const at = pos;
            const f = await this.run(end, () => this.fieldAt(at, end, what));
            await visit(f);
            pos = f.end;
        }
    }
    /**
     * Visit the fields of a big message (a graph) synchronously, as many per read as are loaded.
     * `visit` must commit nothing until it returns: if it runs out of bytes it is called again
     * for the same field once they are loaded.
     */
    async scan(start, end, what, visit) {
        let pos = start;
        while (pos < end) {
            const from = pos;
            pos = await this.run(end, () => {
                let p = from;
                try {
                    while (p < end) {
                        const f = this.fieldAt(p, end, what);
                        visit(f);
                        p = f.end;
                    }
                }
                catch (e) {
                    // Keep the progress; the next round starts at the field that ran short.
                    if (e instanceof NeedBytes && p > from)
                        return p;
                    throw e;
                }
                return p;
            });
        }
    }
    bytes(start, end, what) {
        if (end - start > MAX_BYTES)
            this.fail(`${what} is ${end - start} bytes, more than flopgate reads for one field`);
        const [b, o] = this.view(start, end - start);
        // A copy: chunks are dropped as reading moves on.
        return b.slice(o, o + end - start);
    }
    string(f, what) {
        expectWire(this, f, LEN, what);
        if (f.end - f.start > MAX_BYTES)
            this.fail(`${what} is ${f.end - f.start} bytes, more than flopgate reads for one field`);
        const n = f.end - f.start;
        const [b, o] = this.view(f.start, n);
        return decoder.decode(b.subarray(o, o + n));
    }
    /** A repeated integer field: one varint, or a packed run of them. */
    ints(f, what, into, max) {
        if (f.wire === VARINT) {
            push(this, into, f.signed, max, what);
            return;
        }
        expectWire(this, f, LEN, what);
        let pos = f.start;
        while (pos < f.end) {
            const v = this.varint(pos, f.end, what);
            push(this, into, v.signed, max, what);
            pos = v.next;
        }
    }
    /** A repeated float field: one fixed32, or a packed run of them. */
    floats(f, what, into, max) {
        if (f.wire === I32) {
            push(this, into, this.float32(f.start), max, what);
            return;
        }
        expectWire(this, f, LEN, what);
        const len = f.end - f.start;
        if (len % 4 !== 0)
            this.fail(`bad protobuf: packed floats of ${what} are ${len} bytes`);
        if (into.length + len / 4 > max)
            this.fail(`${what} has more than ${max} values`);
        const b = this.bytes(f.start, f.end, what);
        const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
        for (let p = 0; p < len; p += 4)
            into.push(dv.getFloat32(p, true));
    }
    float32(pos) {
        const [b, o] = this.view(pos, 4);
        return new DataView(b.buffer, b.byteOffset + o, 4).getFloat32(0, true);
    }
    float64(pos) {
        const [b, o] = this.view(pos, 8);
        return new DataView(b.buffer, b.byteOffset + o, 8).getFloat64(0, true);
    }
}
function push(r, into, v, max, what) {
    if (into.length >= max)
        r.fail(`${what} has more than ${max} values`);
    into.push(v);
}
function expectWire(r, f, wire, what) {
    if (f.wire !== wire)
        r.fail(`bad protobuf: ${what} (field ${f.no}) has wire type ${f.wire}, expected ${wire}`);
}

;// CONCATENATED MODULE: ./src/onnx/tensor-data.ts


/** Shape arithmetic never needs more values than this; bigger constants keep only their shape. */
const MAX_FOLD = 65536;
function half(bits) {
    const s = bits & 0x8000 ? -1 : 1;
    const e = (bits >> 10) & 0x1f;
    const m = bits & 0x3ff;
    if (e === 0)
        return s * m * 2 ** -24;
    if (e === 31)
        return m ? NaN : s * Infinity;
    return s * (1 + m / 1024) * 2 ** (e - 15);
}
function decodeRaw(b, t, n) {
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
        switch (t) {
            case DT.FLOAT:
                out[i] = dv.getFloat32(4 * i, true);
                break;
            case DT.DOUBLE:
                out[i] = dv.getFloat64(8 * i, true);
                break;
            case DT.INT64:
                out[i] = Number(dv.getBigInt64(8 * i, true));
                break;
            case DT.UINT64:
                out[i] = Number(dv.getBigUint64(8 * i, true));
                break;
            case DT.INT32:
                out[i] = dv.getInt32(4 * i, true);
                break;
            case DT.UINT32:
                out[i] = dv.getUint32(4 * i, true);
                break;
            case DT.INT16:
                out[i] = dv.getInt16(2 * i, true);
                break;
            case DT.UINT16:
                out[i] = dv.getUint16(2 * i, true);
                break;
            case DT.INT8:
                out[i] = dv.getInt8(i);
                break;
            case DT.UINT8:
            case DT.BOOL:
                out[i] = dv.getUint8(i);
                break;
            case DT.FLOAT16:
                out[i] = half(dv.getUint16(2 * i, true));
                break;
            case DT.BFLOAT16:
                out[i] = new Float32Array(new Uint32Array([dv.getUint16(2 * i, true) << 16]).buffer)[0];
                break;
            default: return undefined;
        }
    }
    return out;
}
/** Typed fields hold 16-bit floats as their bit patterns in int32_data. */
function fromInt32Field(v, t) {
    if (t === DT.FLOAT16)
        return half(v & 0xffff);
    if (t === DT.BFLOAT16)
        return new Float32Array(new Uint32Array([(v & 0xffff) << 16]).buffer)[0];
    return v;
}
/**
 * The values of a small tensor, or undefined when they cannot or need not be had: stored in an
 * external file (never opened), too many to be shape arithmetic, or of a type shapes never use.
 */
async function loadTensorData(r, t, max = MAX_FOLD) {
    if (t.values)
        return t.values;
    if (t.external || t.elements > max)
        return undefined;
    if (t.elements === 0)
        return [];
    // Read a little past the values: exporters store small constants side by side, and the
    // next one a Reshape or Slice needs is then already loaded.
    return r.run(r.size, () => decodeData(r, t));
}
/** Decode the values of `t` from loaded bytes (inside `WireReader.run`). */
function decodeData(r, t) {
    if (t.external)
        return undefined;
    const out = [];
    const what = `values of tensor "${t.name}"`;
    for (const d of t.data) {
        if (d.no === 9)
            return decodeRaw(r.bytes(d.start, d.end, what), t.dataType, t.elements);
        const f = { no: d.no, wire: d.wire, start: d.start, end: d.end, value: 0, signed: 0 };
        if (d.no === 4) {
            r.floats(f, what, out, t.elements);
        }
        else if (d.no === 10) {
            if (d.wire === I64)
                out.push(r.float64(d.start));
            else if (d.wire === LEN) {
                for (let p = d.start; p + 8 <= d.end && out.length < t.elements; p += 8)
                    out.push(r.float64(p));
            }
        }
        else if (d.no === 5 || d.no === 7 || d.no === 11) {
            if (d.wire === VARINT) {
                // Unpacked: the value was not kept with the field position; read it again.
                const v = r.varint(d.start, d.end, what);
                out.push(d.no === 5 ? fromInt32Field(v.signed, t.dataType) : d.no === 11 ? v.value : v.signed);
            }
            else if (d.wire === LEN) {
                const vals = [];
                r.ints(f, what, vals, t.elements);
                for (const v of vals)
                    out.push(d.no === 5 ? fromInt32Field(v, t.dataType) : v);
            }
            else
                return undefined;
        }
        if (out.length > t.elements)
            return undefined;
    }
    return out.length === t.elements ? out : undefined;
}

;// CONCATENATED MODULE: ./src/onnx/model.ts



/** Tensor attributes up to this many elements are decoded with their node. */
const INLINE_VALUES = 1024;
const ATTR = {
    FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8,
    TENSORS: 9, GRAPHS: 10, SPARSE_TENSOR: 11, SPARSE_TENSORS: 12, TYPE_PROTO: 13, TYPE_PROTOS: 14,
};
/** Bounds on what an untrusted file may make us hold; real models stay far below them. */
const LIMITS = {
    nodes: 500_000,
    initializers: 500_000,
    valueInfos: 1_000_000,
    namesPerNode: 100_000,
    attrsPerNode: 10_000,
    dims: 64,
    /** Every repeated number or string decoded from attributes, summed over the model. */
    values: 16_000_000,
    /** A dimension larger than this (2^40) is corrupt, not a model. */
    dim: 2 ** 40,
    /** A tensor with more elements than this (2^50) is corrupt, not a model. */
    elements: 2 ** 50,
    typeDepth: 16,
};
const DEFAULT_DOMAINS = new Set(['', 'ai.onnx']);
function isDefaultDomain(d) {
    return DEFAULT_DOMAINS.has(d);
}
/**
 * ModelProto and GraphProto are walked field by field (a graph may span the whole file);
 * every other message is small and decoded synchronously under `WireReader.run`, which may
 * run a decoder twice: the decoders only build and return values.
 */
class Decoder {
    r;
    values = 0;
    constructor(r) {
        this.r = r;
    }
    count(n, what) {
        this.values += n;
        if (this.values > LIMITS.values)
            this.r.fail(`${what}: more than ${LIMITS.values} attribute values in the model`);
    }
    int(f, what) {
        expectWire(this.r, f, VARINT, what);
        return f.signed;
    }
    async model(start, end) {
        const m = { irVersion: 0, producer: '', opsets: new Map(), graph: emptyGraph(), functions: new Set() };
        let graphs = 0;
        await this.r.eachField(start, end, 'ModelProto', async (f) => {
            switch (f.no) {
                case 1:
                    m.irVersion = this.int(f, 'ModelProto.ir_version');
                    break;
                case 2:
                    m.producer = await this.r.run(end, () => this.r.string(f, 'ModelProto.producer_name'));
                    break;
                case 7:
                    expectWire(this.r, f, LEN, 'ModelProto.graph');
                    if (++graphs > 1)
                        this.r.fail('bad ONNX model: more than one graph');
                    m.graph = await this.graph(f.start, f.end);
                    break;
                case 8: {
                    expectWire(this.r, f, LEN, 'ModelProto.opset_import');
                    const [domain, version] = await this.r.run(end, () => this.opset(f));
                    m.opsets.set(domain === 'ai.onnx' ? '' : domain, version);
                    break;
                }
                case 25:
                    expectWire(this.r, f, LEN, 'ModelProto.functions');
                    m.functions.add(await this.r.run(end, () => this.functionKey(f)));
                    break;
                default:
                    break;
            }
        });
        if (graphs === 0)
            this.r.fail('not an ONNX model: no graph in the ModelProto');
        return m;
    }
    opset(f) {
        let domain = '';
        let version = 0;
        for (const g of this.r.fields(f.start, f.end, 'OperatorSetIdProto')) {
            if (g.no === 1)
                domain = this.r.string(g, 'OperatorSetIdProto.domain');
            else if (g.no === 2)
                version = this.int(g, 'OperatorSetIdProto.version');
        }
        return [domain, version];
    }
    functionKey(f) {
        let name = '';
        let domain = '';
        for (const g of this.r.fields(f.start, f.end, 'FunctionProto')) {
            if (g.no === 1)
                name = this.r.string(g, 'FunctionProto.name');
            else if (g.no === 10)
                domain = this.r.string(g, 'FunctionProto.domain');
        }
        return `${domain}:${name}`;
    }
    async graph(start, end) {
        const g = emptyGraph();
        let valueInfos = 0;
        const r = this.r;
        // Each case decodes first and commits last: `scan` may repeat a field that ran short.
        await r.scan(start, end, 'GraphProto', (f) => {
            switch (f.no) {
                case 1: {
                    expectWire(r, f, LEN, 'GraphProto.node');
                    if (g.nodes.length >= LIMITS.nodes)
                        r.fail(`graph has more than ${LIMITS.nodes} nodes`);
                    const n = this.node(f, g.nodes.length);
                    for (const a of n.attrs)
                        this.count(a.ints.length + a.floats.length + a.strings.length, `node ${n.index}`);
                    g.nodes.push(n);
                    break;
                }
                case 2:
                    g.name = r.string(f, 'GraphProto.name');
                    break;
                case 5: {
                    expectWire(r, f, LEN, 'GraphProto.initializer');
                    if (g.initializers.size >= LIMITS.initializers)
                        r.fail(`graph has more than ${LIMITS.initializers} initializers`);
                    const t = this.tensor(f, 'initializer');
                    g.initializers.set(t.name, t);
                    break;
                }
                case 15: {
                    expectWire(r, f, LEN, 'GraphProto.sparse_initializer');
                    const t = this.sparseTensor(f);
                    g.initializers.set(t.name, t);
                    break;
                }
                case 11:
                case 12:
                case 13: {
                    expectWire(r, f, LEN, 'GraphProto value info');
                    if (valueInfos >= LIMITS.valueInfos)
                        r.fail(`graph has more than ${LIMITS.valueInfos} value infos`);
                    const v = this.valueInfo(f);
                    valueInfos++;
                    if (f.no === 11)
                        g.inputs.push(v);
                    else if (f.no === 12)
                        g.outputs.push(v);
                    else
                        g.valueInfo.set(v.name, v);
                    break;
                }
                default:
                    break;
            }
        });
        return g;
    }
    node(f, index) {
        const n = { index, name: '', opType: '', domain: '', inputs: [], outputs: [], attrs: [] };
        const what = `node ${index}`;
        const r = this.r;
        for (const g of r.fields(f.start, f.end, `NodeProto (${what})`)) {
            switch (g.no) {
                case 1:
                case 2: {
                    const list = g.no === 1 ? n.inputs : n.outputs;
                    if (list.length >= LIMITS.namesPerNode)
                        r.fail(`${what} has more than ${LIMITS.namesPerNode} inputs or outputs`);
                    list.push(r.string(g, `NodeProto.${g.no === 1 ? 'input' : 'output'} (${what})`));
                    break;
                }
                case 3:
                    n.name = r.string(g, `NodeProto.name (${what})`);
                    break;
                case 4:
                    n.opType = r.string(g, `NodeProto.op_type (${what})`);
                    break;
                case 7:
                    n.domain = r.string(g, `NodeProto.domain (${what})`);
                    break;
                case 5: {
                    expectWire(r, g, LEN, `NodeProto.attribute (${what})`);
                    if (n.attrs.length >= LIMITS.attrsPerNode)
                        r.fail(`${what} has more than ${LIMITS.attrsPerNode} attributes`);
                    const a = this.attribute(g, what);
                    // A repeated name: the last one wins, as protobuf map semantics would have it.
                    const at = n.attrs.findIndex((x) => x.name === a.name);
                    if (at >= 0)
                        n.attrs[at] = a;
                    else
                        n.attrs.push(a);
                    break;
                }
                default:
                    break;
            }
        }
        if (!n.opType)
            r.fail(`bad ONNX model: ${what}${n.name ? ` "${n.name}"` : ''} has no op_type`);
        return n;
    }
    attribute(f, nodeWhat) {
        const a = { name: '', type: 0, floats: [], ints: [], strings: [], graphs: 0 };
        const what = `attribute of ${nodeWhat}`;
        const r = this.r;
        const room = LIMITS.values - this.values;
        for (const g of r.fields(f.start, f.end, what)) {
            switch (g.no) {
                case 1:
                    a.name = r.string(g, what);
                    break;
                case 20:
                    a.type = this.int(g, `${what} type`);
                    break;
                case 2:
                    expectWire(r, g, I32, `${what} f`);
                    a.f = r.float32(g.start);
                    break;
                case 3:
                    a.i = this.int(g, `${what} i`);
                    break;
                case 4:
                    a.s = r.string(g, `${what} s`);
                    break;
                case 5:
                    expectWire(r, g, LEN, `${what} t`);
                    a.t = this.tensor(g, `tensor attribute of ${nodeWhat}`);
                    // A Constant's value sits inside the node being read: decode it now rather than
                    // come back for it once the node's bytes are gone.
                    if (a.t.elements <= INLINE_VALUES)
                        a.t.values = decodeData(r, a.t);
                    break;
                case 6:
                case 11:
                    expectWire(r, g, LEN, `${what} graph`);
                    a.graphs++;
                    break;
                case 7:
                    r.floats(g, `${what} floats`, a.floats, room);
                    break;
                case 8:
                    r.ints(g, `${what} ints`, a.ints, room);
                    break;
                case 9:
                    if (a.strings.length >= room)
                        r.fail(`${what} has more than ${room} strings`);
                    a.strings.push(r.string(g, `${what} strings`));
                    break;
                default:
                    break;
            }
        }
        // Files from before IR version 3 may omit the type: infer it from the field that is set.
        if (!a.type) {
            a.type = a.f !== undefined ? ATTR.FLOAT : a.i !== undefined ? ATTR.INT : a.s !== undefined ? ATTR.STRING
                : a.t ? ATTR.TENSOR : a.floats.length ? ATTR.FLOATS : a.ints.length ? ATTR.INTS
                    : a.strings.length ? ATTR.STRINGS : a.graphs ? ATTR.GRAPH : 0;
        }
        return a;
    }
    tensor(f, what) {
        const t = { name: '', dims: [], dataType: 0, elements: 1, external: false, data: [] };
        let rawBytes = -1;
        let dataFields = 0;
        const r = this.r;
        for (const g of r.fields(f.start, f.end, `TensorProto (${what})`)) {
            switch (g.no) {
                case 1:
                    r.ints(g, `TensorProto.dims (${what})`, t.dims, LIMITS.dims);
                    break;
                case 2:
                    t.dataType = this.int(g, `TensorProto.data_type (${what})`);
                    break;
                case 8:
                    t.name = r.string(g, `TensorProto.name (${what})`);
                    break;
                case 14:
                    t.external = this.int(g, `TensorProto.data_location (${what})`) === 1;
                    break;
                case 9:
                    expectWire(r, g, LEN, `TensorProto.raw_data (${what})`);
                    rawBytes = g.end - g.start;
                    t.data.push({ no: g.no, wire: g.wire, start: g.start, end: g.end });
                    break;
                case 4:
                case 5:
                case 7:
                case 10:
                case 11:
                    // Each unpacked element is a field of its own: remember a bounded number of them.
                    if (++dataFields <= 4096)
                        t.data.push({ no: g.no, wire: g.wire, start: g.start, end: g.end });
                    break;
                default:
                    break;
            }
        }
        if (dataFields > 4096)
            t.data = [];
        const label = `${what}${t.name ? ` "${t.name}"` : ''}`;
        t.elements = checkedElements(r, t.dims, label);
        const size = elementBytes(t.dataType);
        if (rawBytes >= 0 && size !== undefined && !t.external) {
            const want = Math.ceil(t.elements * size);
            if (want !== rawBytes) {
                r.fail(`bad ONNX tensor: ${label} has dims [${t.dims.join(', ')}] (${want} bytes of ${dtypeName(t.dataType)}) but raw_data holds ${rawBytes} bytes`);
            }
        }
        return t;
    }
    sparseTensor(f) {
        let values;
        const dims = [];
        for (const g of this.r.fields(f.start, f.end, 'SparseTensorProto')) {
            if (g.no === 1) {
                expectWire(this.r, g, LEN, 'SparseTensorProto.values');
                values = this.tensor(g, 'sparse initializer values');
            }
            else if (g.no === 3)
                this.r.ints(g, 'SparseTensorProto.dims', dims, LIMITS.dims);
        }
        if (!values)
            return this.r.fail('bad ONNX model: sparse initializer without values');
        const elements = checkedElements(this.r, dims, `sparse initializer "${values.name}"`);
        // Values of a sparse tensor never feed shape arithmetic; its size is that of the dense tensor.
        return { ...values, dims, elements, data: [] };
    }
    valueInfo(f) {
        const v = { name: '', kind: 'none', elemType: 0 };
        for (const g of this.r.fields(f.start, f.end, 'ValueInfoProto')) {
            if (g.no === 1)
                v.name = this.r.string(g, 'ValueInfoProto.name');
            else if (g.no === 2) {
                expectWire(this.r, g, LEN, 'ValueInfoProto.type');
                this.type(g, v, 0);
            }
        }
        return v;
    }
    type(f, v, depth) {
        if (depth > LIMITS.typeDepth)
            this.r.fail(`TypeProto of "${v.name}" nests deeper than ${LIMITS.typeDepth}`);
        for (const g of this.r.fields(f.start, f.end, 'TypeProto')) {
            if (g.no === 1 || g.no === 8) {
                expectWire(this.r, g, LEN, 'TypeProto.tensor_type');
                v.kind = 'tensor';
                for (const h of this.r.fields(g.start, g.end, 'TypeProto.Tensor')) {
                    if (h.no === 1)
                        v.elemType = this.int(h, 'TypeProto.Tensor.elem_type');
                    else if (h.no === 2) {
                        expectWire(this.r, h, LEN, 'TensorShapeProto');
                        v.dims = this.shape(h, v.name);
                    }
                }
            }
            else if (g.no === 4 || g.no === 5 || g.no === 9) {
                expectWire(this.r, g, LEN, 'TypeProto');
                v.kind = 'other';
                // Walk the element type only to bound and validate the nesting.
                for (const h of this.r.fields(g.start, g.end, 'TypeProto element')) {
                    if (h.wire === LEN && (h.no === 1 || h.no === 2))
                        this.type(h, { name: v.name, kind: 'none', elemType: 0 }, depth + 1);
                }
            }
        }
    }
    shape(f, name) {
        const dims = [];
        for (const g of this.r.fields(f.start, f.end, 'TensorShapeProto')) {
            if (g.no !== 1)
                continue;
            expectWire(this.r, g, LEN, 'TensorShapeProto.dim');
            if (dims.length >= LIMITS.dims)
                this.r.fail(`value "${name}" has more than ${LIMITS.dims} dimensions`);
            let d = null;
            for (const h of this.r.fields(g.start, g.end, 'TensorShapeProto.Dimension')) {
                if (h.no === 1) {
                    const v = this.int(h, `dim_value of "${name}"`);
                    if (v < 0 || v > LIMITS.dim)
                        this.r.fail(`bad ONNX model: value "${name}" has dimension ${v}`);
                    d = v;
                }
                else if (h.no === 2)
                    d = this.r.string(h, `dim_param of "${name}"`);
            }
            dims.push(d);
        }
        return dims;
    }
}
function emptyGraph() {
    return { name: '', nodes: [], initializers: new Map(), inputs: [], outputs: [], valueInfo: new Map() };
}
function checkedElements(r, dims, label) {
    let n = 1;
    for (const d of dims) {
        if (!Number.isSafeInteger(d) || d < 0 || d > LIMITS.dim)
            r.fail(`bad ONNX tensor: ${label} has dimension ${d}`);
        n *= d;
        if (n > LIMITS.elements)
            r.fail(`bad ONNX tensor: ${label} has absurd dims [${dims.join(', ')}]`);
    }
    return n;
}
/** Decode the structure of a whole ModelProto; tensor values stay in the file. */
async function readModel(r) {
    return new Decoder(r).model(0, r.size);
}

;// CONCATENATED MODULE: ./src/onnx/fold.ts
/**
 * Constant folding of the small tensors exporters compute shapes with (Shape -> Gather ->
 * Unsqueeze -> Concat -> Reshape and friends). Values are plain numbers: int64 shape values
 * stay exact far beyond any real dimension. Callers fold only when the result has at most
 * MAX_FOLD elements, so nothing here allocates more than that.
 */


function strides(shape) {
    const s = new Array(shape.length);
    let acc = 1;
    for (let i = shape.length - 1; i >= 0; i--) {
        s[i] = acc;
        acc *= shape[i];
    }
    return s;
}
function small(shape) {
    return prod(shape) <= MAX_FOLD;
}
/** Element-wise map over inputs broadcast to `out`. */
function mapBroadcast(out, inputs, fn) {
    if (!small(out))
        return undefined;
    const n = prod(out);
    const os = strides(out);
    const ins = inputs.map((x) => {
        const st = strides(x.shape);
        // Stride 0 along broadcast dimensions; aligned to the right.
        return out.map((_, o) => {
            const k = o - (out.length - x.shape.length);
            return k < 0 || x.shape[k] === 1 ? 0 : st[k];
        });
    });
    const res = new Array(n);
    const args = new Array(inputs.length);
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < inputs.length; j++) {
            let off = 0;
            let rem = i;
            for (let d = 0; d < out.length; d++) {
                const c = Math.floor(rem / os[d]);
                rem -= c * os[d];
                off += c * ins[j][d];
            }
            args[j] = inputs[j].data[off];
        }
        res[i] = fn(...args);
    }
    return res;
}
function transposeData(data, shape, perm) {
    const out = perm.map((p) => shape[p]);
    const is = strides(shape);
    const os = strides(out);
    const res = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
        let rem = i;
        let off = 0;
        for (let d = 0; d < out.length; d++) {
            const c = Math.floor(rem / os[d]);
            rem -= c * os[d];
            off += c * is[perm[d]];
        }
        res[i] = data[off];
    }
    return res;
}
/** Take `indices` along `axis` (indices already normalised to be non-negative). */
function gatherData(data, shape, axis, indices) {
    const outer = prod(shape.slice(0, axis));
    const inner = prod(shape.slice(axis + 1));
    const res = [];
    for (let o = 0; o < outer; o++) {
        for (const ix of indices) {
            const base = (o * shape[axis] + ix) * inner;
            for (let k = 0; k < inner; k++)
                res.push(data[base + k]);
        }
    }
    return res;
}
/** Pick, per axis, the listed coordinates (Slice with any steps). */
function selectData(data, shape, picks) {
    const st = strides(shape);
    const res = [];
    const walk = (d, off) => {
        if (d === shape.length) {
            res.push(data[off]);
            return;
        }
        for (const c of picks[d])
            walk(d + 1, off + c * st[d]);
    };
    if (picks.every((p) => p.length > 0))
        walk(0, 0);
    return res;
}
function concatData(parts, axis) {
    const outer = prod(parts[0].shape.slice(0, axis));
    const res = [];
    for (let o = 0; o < outer; o++) {
        for (const p of parts) {
            const chunk = prod(p.shape.slice(axis));
            for (let k = 0; k < chunk; k++)
                res.push(p.data[o * chunk + k]);
        }
    }
    return res;
}
/** Cast as the runtime would: integer targets truncate toward zero, bool is non-zero. */
function castValue(v, integer, bool) {
    if (bool)
        return v !== 0 ? 1 : 0;
    if (integer)
        return Math.trunc(v);
    return v;
}

;// CONCATENATED MODULE: ./src/onnx/ops/types.ts




function val(shape, dtype, data) {
    return data !== undefined && data.length <= MAX_FOLD && data.length === prod(shape) ? { shape, dtype, data } : { shape, dtype };
}
/** What a rule sees of one node: its inputs (bound shapes), attributes and declared outputs. */
class NodeCtx {
    file;
    node;
    opset;
    inputs;
    declared;
    attrValues;
    constructor(file, node, opset, inputs, 
    /** Output shapes the file declares in value_info / graph outputs, when fully static. */
    declared, 
    /** Values of small tensor attributes (Constant, ConstantOfShape), read before the rule runs. */
    attrValues = new Map()) {
        this.file = file;
        this.node = node;
        this.opset = opset;
        this.inputs = inputs;
        this.declared = declared;
        this.attrValues = attrValues;
    }
    /** Set when the outputs came from the file's declarations rather than from inference. */
    usedDeclared = false;
    attrData(name) {
        return this.attrValues.get(name);
    }
    get label() {
        return `node "${this.node.name || `${this.node.opType}_${this.node.index}`}" (${this.node.opType})`;
    }
    fail = (msg) => {
        throw new FlopgateError(`${this.file}: ${this.label}: ${msg}`);
    };
    get nIn() {
        return this.node.inputs.length;
    }
    get nOut() {
        return this.node.outputs.length;
    }
    has(i) {
        return this.inputs[i] !== undefined;
    }
    in(i) {
        const v = this.inputs[i];
        if (!v)
            this.fail(`input ${i} is missing`);
        return v;
    }
    opt(i) {
        return this.inputs[i];
    }
    /** Values of input i, when known. */
    value(i) {
        return this.inputs[i]?.data;
    }
    attr(name) {
        return this.node.attrs.find((a) => a.name === name);
    }
    int(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        // A writer with proto3 habits leaves a zero value out: the declared type says what it was.
        if (a.type === ATTR.INT)
            return a.i ?? 0;
        if (a.i === undefined || a.type !== 0)
            this.fail(`attribute ${name} is not an int`);
        return a.i;
    }
    float(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.type === ATTR.FLOAT)
            return a.f ?? 0;
        // Some writers store a whole-number float attribute as an int.
        if (a.type === ATTR.INT && a.i !== undefined)
            return a.i;
        if (a.f === undefined)
            this.fail(`attribute ${name} is not a float`);
        return a.f;
    }
    str(name, def) {
        const a = this.attr(name);
        if (!a)
            return def;
        if (a.type === ATTR.STRING)
            return a.s ?? '';
        if (a.s === undefined)
            this.fail(`attribute ${name} is not a string`);
        return a.s;
    }
    ints(name) {
        const a = this.attr(name);
        if (!a)
            return undefined;
        if (a.type !== ATTR.INTS && a.type !== 0)
            this.fail(`attribute ${name} is not a list of ints`);
        return a.ints;
    }
    floats(name) {
        const a = this.attr(name);
        if (!a)
            return undefined;
        if (a.type !== ATTR.FLOATS && a.type !== 0)
            this.fail(`attribute ${name} is not a list of floats`);
        return a.floats;
    }
    strings(name) {
        return this.attr(name)?.strings;
    }
    /**
     * The outputs the file declares, for a shape that depends on values only known at run time
     * (a Reshape target fed by a graph input). Without a declaration there is nothing exact to say.
     */
    declaredOutputs(why, dtype) {
        this.usedDeclared = true;
        const outs = [];
        for (let i = 0; i < this.nOut; i++) {
            if (!this.node.outputs[i]) {
                outs.push({ shape: [], dtype });
                continue;
            }
            const d = this.declared[i];
            if (!d)
                this.fail(`${why} is only known at run time and the file declares no static shape for output "${this.node.outputs[i]}"`);
            outs.push({ shape: checkShape(d, this.fail), dtype });
        }
        return outs;
    }
}

;// CONCATENATED MODULE: ./src/onnx/ops/elementwise.ts




function fold(ctx, out, inputs, fn) {
    if (!fn || inputs.some((x) => x.data === undefined))
        return undefined;
    return mapBroadcast(out, inputs.map((x) => ({ shape: x.shape, data: x.data })), fn);
}
/**
 * Before opset 7, binary ops broadcast only when asked (`broadcast=1`), B aligned at `axis`
 * of A; the result always has A's shape.
 */
function legacyShape(ctx, a, b) {
    if (ctx.opset >= 7)
        return undefined;
    if (ctx.int('broadcast', 0) !== 1) {
        if (fmt(a.shape) !== fmt(b.shape))
            ctx.fail(`shapes ${fmt(a.shape)} and ${fmt(b.shape)} differ and broadcast is off`);
        return a.shape;
    }
    const axis = ctx.int('axis', a.shape.length - b.shape.length);
    const at = axis < 0 ? axis + a.shape.length : axis;
    const fits = at >= 0 && at + b.shape.length <= a.shape.length && b.shape.every((d, i) => d === 1 || d === a.shape[at + i]);
    if (!fits)
        ctx.fail(`shape ${fmt(b.shape)} does not broadcast onto ${fmt(a.shape)} at axis ${axis}`);
    return a.shape;
}
function integerDiv(dtype) {
    return isFloatType(dtype) ? (a, b) => a / b : (a, b) => Math.trunc(a / b);
}
/** A two-input op with numpy broadcasting; `op` is counted once per output element. */
function binary(op, fn, bool = false) {
    return {
        infer(ctx) {
            const a = ctx.in(0);
            const b = ctx.in(1);
            const legacy = legacyShape(ctx, a, b);
            const out = checkShape(legacy ?? broadcast([a.shape, b.shape], ctx.fail), ctx.fail);
            const dtype = bool ? DT.BOOL : a.dtype;
            // Legacy axis alignment differs from numpy's: fold only when the shapes are equal.
            const data = legacy && fmt(a.shape) !== fmt(b.shape) ? undefined : fold(ctx, out, [a, b], fn?.(a.dtype));
            return { outputs: [val(out, dtype, data)], ops: op ? { [op]: prod(out) } : {} };
        },
    };
}
const Add = binary('add', () => (a, b) => a + b);
const Sub = binary('sub', () => (a, b) => a - b);
const Mul = binary('mul', () => (a, b) => a * b);
const Div = binary('div', integerDiv);
const Mod = binary('div', () => (a, b) => a % b);
const Equal = binary('compare', () => (a, b) => (a === b ? 1 : 0), true);
const Less = binary('compare', () => (a, b) => (a < b ? 1 : 0), true);
const LessOrEqual = binary('compare', () => (a, b) => (a <= b ? 1 : 0), true);
const Greater = binary('compare', () => (a, b) => (a > b ? 1 : 0), true);
const GreaterOrEqual = binary('compare', () => (a, b) => (a >= b ? 1 : 0), true);
const And = binary('compare', () => (a, b) => (a && b ? 1 : 0), true);
const Or = binary('compare', () => (a, b) => (a || b ? 1 : 0), true);
const Xor = binary('compare', () => (a, b) => (!a !== !b ? 1 : 0), true);
/**
 * PRelu is a ReLU with a learned slope: one ReLU-family op per element. The slope broadcasts
 * onto X (before opset 7 it is one value or one per channel); the output has X's shape.
 */
const PRelu = {
    infer(ctx) {
        const x = ctx.in(0);
        const slope = ctx.in(1);
        const perChannel = slope.shape.length === 1 && (slope.shape[0] === 1 || slope.shape[0] === x.shape[1]);
        if (!(ctx.opset < 7 && perChannel) && fmt(broadcast([x.shape, slope.shape], ctx.fail)) !== fmt(x.shape)) {
            ctx.fail(`slope ${fmt(slope.shape)} does not broadcast onto ${fmt(x.shape)}`);
        }
        return { outputs: [val(x.shape, x.dtype)], ops: { relu: prod(x.shape) } };
    },
};
/** x^2 (LayerNorm as exporters decompose it) is a square; any other power one multiplication. */
const Pow = {
    reads: () => [1],
    infer(ctx) {
        const r = binary('mul', () => (a, b) => a ** b).infer(ctx);
        const e = ctx.value(1);
        if (e && e.length === 1 && e[0] === 2)
            r.ops = { square: prod(r.outputs[0].shape) };
        return r;
    },
};
/** A one-input op; `op` is counted `times` per element. */
function unary(op, fn, times = 1) {
    return {
        infer(ctx) {
            const x = ctx.in(0);
            const data = fn && x.data ? x.data.map((v) => fn(v)) : undefined;
            return { outputs: [val(x.shape, x.dtype, data)], ops: op ? { [op]: prod(x.shape) * times } : {} };
        },
    };
}
/** Ops whose extra inputs (Clip bounds) are scalars: the result has the first input's shape. */
const Clip = {
    infer(ctx) {
        const x = ctx.in(0);
        return { outputs: [val(x.shape, x.dtype)], ops: { relu: prod(x.shape) } };
    },
};
/** Max, Min, Sum, Mean: n inputs broadcast, n-1 pairwise ops per output element. */
function variadic(op, fn, mean = false) {
    return {
        infer(ctx) {
            const xs = [];
            for (let i = 0; i < ctx.nIn; i++)
                if (ctx.has(i))
                    xs.push(ctx.in(i));
            if (xs.length === 0)
                ctx.fail('has no inputs');
            const out = checkShape(broadcast(xs.map((x) => x.shape), ctx.fail), ctx.fail);
            const n = prod(out);
            const ops = { [op]: (xs.length - 1) * n };
            if (mean)
                ops.div = n;
            const data = fold(ctx, out, xs, (...v) => {
                let acc = v[0];
                for (let i = 1; i < v.length; i++)
                    acc = fn(acc, v[i]);
                return mean ? acc / v.length : acc;
            });
            return { outputs: [val(out, xs[0].dtype, data)], ops };
        },
    };
}
/** Where(cond, x, y) selects per element: data movement, no arithmetic. */
const Where = {
    infer(ctx) {
        const [c, x, y] = [ctx.in(0), ctx.in(1), ctx.in(2)];
        const out = checkShape(broadcast([c.shape, x.shape, y.shape], ctx.fail), ctx.fail);
        const data = fold(ctx, out, [c, x, y], (cv, xv, yv) => (cv ? xv : yv));
        return { outputs: [val(out, x.dtype, data)], ops: {} };
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/activations.ts

/**
 * Activations and one-input math: the primitive op each costs per element, in the same terms
 * the Keras rules use (hard_swish counts as hard_sigmoid, log_softmax and the other
 * exponential-based functions as exp), so one model costs the same whatever its format.
 */
const TABLE = {
    Relu: 'relu',
    LeakyRelu: 'relu',
    ThresholdedRelu: 'relu',
    Sigmoid: 'sigmoid',
    HardSigmoid: 'hard_sigmoid',
    HardSwish: 'hard_sigmoid',
    Tanh: 'tanh',
    Softmax: 'softmax',
    LogSoftmax: 'exp',
    Gelu: 'gelu',
    Erf: 'exp',
    Elu: 'exp',
    Selu: 'exp',
    Celu: 'exp',
    Softplus: 'exp',
    Softsign: 'exp',
    Mish: 'exp',
    Exp: 'exp',
    Log: 'exp',
    Sqrt: 'sqrt',
    Reciprocal: 'div',
    Neg: 'sub',
    Abs: 'max',
    Sign: 'compare',
    Floor: 'compare',
    Ceil: 'compare',
    Round: 'compare',
    Not: 'compare',
};
/** Folding for the ones that appear in exporters' shape arithmetic. */
const FOLD = {
    Sqrt: Math.sqrt,
    Reciprocal: (x) => 1 / x,
    Neg: (x) => -x,
    Abs: Math.abs,
    Sign: Math.sign,
    Floor: Math.floor,
    Ceil: Math.ceil,
    // Round half to even, as ONNX specifies.
    Round: (x) => {
        const r = Math.round(x);
        return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
    },
    Not: (x) => (x ? 0 : 1),
    Exp: Math.exp,
    Log: Math.log,
    Relu: (x) => Math.max(0, x),
};
const ACTIVATION_OPS = (/* unused pure expression or super */ null && (TABLE));
const ACTIVATIONS = Object.fromEntries(Object.entries(TABLE).map(([name, op]) => [name, unary(op, FOLD[name])]));

;// CONCATENATED MODULE: ./src/onnx/ops/conv.ts


function fill(ctx, name, n, def) {
    const len = name === 'pads' ? 2 * n : n;
    const v = ctx.ints(name);
    if (!v || v.length === 0)
        return new Array(len).fill(def);
    if (v.length !== len)
        ctx.fail(`attribute ${name} has ${v.length} values for ${n} spatial dimensions`);
    return v;
}
/** The window attributes Conv, ConvTranspose and the pooling ops share. */
function windowAttrs(ctx, n, kernel) {
    const w = {
        kernel,
        strides: fill(ctx, 'strides', n, 1),
        dilations: fill(ctx, 'dilations', n, 1),
        pads: fill(ctx, 'pads', n, 0),
        autoPad: ctx.str('auto_pad', 'NOTSET'),
        ceil: ctx.int('ceil_mode', 0) === 1,
    };
    if (!['NOTSET', 'SAME_UPPER', 'SAME_LOWER', 'VALID'].includes(w.autoPad))
        ctx.fail(`unknown auto_pad "${w.autoPad}"`);
    if (w.pads.some((p) => p < 0))
        ctx.fail(`negative pads ${fmt(w.pads)}`);
    return w;
}
function spatialInput(ctx) {
    const x = ctx.in(0).shape;
    const w = ctx.in(1).shape;
    if (x.length < 3)
        ctx.fail(`input ${fmt(x)} needs batch, channel and at least one spatial dimension`);
    if (w.length !== x.length)
        ctx.fail(`weight ${fmt(w)} and input ${fmt(x)} differ in rank`);
    return { x, w };
}
/** MACs = output elements x (C_in / group) x kernel size; the bias adds once per output element. */
const Conv = {
    infer(ctx) {
        const { x, w } = spatialInput(ctx);
        const group = ctx.int('group', 1);
        const [n, c] = x;
        const m = w[0];
        if (group < 1 || c % group !== 0 || m % group !== 0)
            ctx.fail(`group ${group} does not divide ${c} input and ${m} output channels`);
        if (w[1] !== c / group)
            ctx.fail(`weight ${fmt(w)} expects ${w[1] * group} input channels, input ${fmt(x)} has ${c}`);
        const kernel = ctx.ints('kernel_shape') ?? w.slice(2);
        if (fmt(kernel) !== fmt(w.slice(2)))
            ctx.fail(`kernel_shape ${fmt(kernel)} disagrees with weight ${fmt(w)}`);
        const spatial = windowOut(x.slice(2), windowAttrs(ctx, x.length - 2, kernel), ctx.fail);
        const out = checkShape([n, m, ...spatial], ctx.fail);
        const ops = { mac: prod(out) * w[1] * prod(kernel) };
        if (ctx.has(2))
            ops.bias = prod(out);
        return { outputs: [val(out, ctx.in(0).dtype)], ops };
    },
};
/**
 * Every input element is multiplied into a kernel-sized patch of every output channel of its
 * group: MACs = N x input spatial x C_in x (C_out / group) x kernel size.
 */
const ConvTranspose = {
    infer(ctx) {
        const { x, w } = spatialInput(ctx);
        const group = ctx.int('group', 1);
        const [n, c] = x;
        if (group < 1 || c % group !== 0)
            ctx.fail(`group ${group} does not divide ${c} input channels`);
        if (w[0] !== c)
            ctx.fail(`weight ${fmt(w)} expects ${w[0]} input channels, input ${fmt(x)} has ${c}`);
        const m = w[1] * group;
        const sp = x.length - 2;
        const kernel = ctx.ints('kernel_shape') ?? w.slice(2);
        const win = windowAttrs(ctx, sp, kernel);
        const outPad = fill(ctx, 'output_padding', sp, 0);
        const given = ctx.ints('output_shape');
        const spatial = x.slice(2).map((d, i) => {
            if (given && given.length > 0)
                return given[given.length - sp + i];
            const ek = (kernel[i] - 1) * win.dilations[i] + 1;
            if (win.autoPad === 'SAME_UPPER' || win.autoPad === 'SAME_LOWER')
                return d * win.strides[i];
            const pads = win.autoPad === 'VALID' ? 0 : win.pads[i] + win.pads[i + sp];
            return win.strides[i] * (d - 1) + outPad[i] + ek - pads;
        });
        const out = checkShape([n, m, ...spatial], ctx.fail);
        const ops = { mac: n * prod(x.slice(2)) * c * w[1] * prod(kernel) };
        if (ctx.has(2))
            ops.bias = prod(out);
        return { outputs: [val(out, ctx.in(0).dtype)], ops };
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/matmul.ts


/** Y = alpha A' B' + beta C: M x N x K MACs; C is a bias added once per output element. */
const Gemm = {
    infer(ctx) {
        const a = ctx.in(0).shape;
        const b = ctx.in(1).shape;
        if (a.length !== 2 || b.length !== 2)
            ctx.fail(`Gemm needs 2-D inputs, got ${fmt(a)} and ${fmt(b)}`);
        const [m, k] = ctx.int('transA', 0) ? [a[1], a[0]] : a;
        const [k2, n] = ctx.int('transB', 0) ? [b[1], b[0]] : b;
        if (k !== k2)
            ctx.fail(`inner dimensions ${k} and ${k2} of ${fmt(a)} and ${fmt(b)} differ`);
        const out = checkShape([m, n], ctx.fail);
        const ops = { mac: m * n * k };
        const c = ctx.opt(2);
        if (c && ctx.float('beta', 1) !== 0) {
            broadcast([out, c.shape], ctx.fail);
            ops.bias = m * n;
            if (ctx.float('beta', 1) !== 1)
                ops.mul = prod(c.shape);
        }
        if (ctx.float('alpha', 1) !== 1)
            ops.mul = (ops.mul ?? 0) + m * n;
        return { outputs: [val(out, ctx.in(0).dtype)], ops };
    },
};
/** numpy matmul: 1-D operands are promoted, leading dimensions broadcast; batch x M x N x K MACs. */
const MatMul = {
    infer(ctx) {
        const a0 = ctx.in(0).shape;
        const b0 = ctx.in(1).shape;
        if (a0.length === 0 || b0.length === 0)
            ctx.fail('MatMul of a scalar');
        const a = a0.length === 1 ? [1, a0[0]] : a0;
        const b = b0.length === 1 ? [b0[0], 1] : b0;
        const [m, k] = a.slice(-2);
        const [k2, n] = b.slice(-2);
        if (k !== k2)
            ctx.fail(`inner dimensions of ${fmt(a0)} and ${fmt(b0)} differ`);
        const batch = broadcast([a.slice(0, -2), b.slice(0, -2)], ctx.fail);
        const out = [...batch, ...(a0.length === 1 ? [] : [m]), ...(b0.length === 1 ? [] : [n])];
        checkShape(out, ctx.fail);
        return { outputs: [val(out, ctx.in(0).dtype)], ops: { mac: prod(batch) * m * n * k } };
    },
};
/** Letters of one einsum term; '...' becomes one label per broadcast dimension. */
function parseTerm(term, rank, ell, fail) {
    const parts = term.split('...');
    if (parts.length > 2)
        fail(`einsum term "${term}" has more than one ellipsis`);
    const letters = (s) => {
        if (!/^[a-zA-Z]*$/.test(s))
            fail(`einsum term "${term}" has a character that is not a letter`);
        return [...s];
    };
    if (parts.length === 1)
        return { labels: letters(parts[0]) };
    const named = parts[0].length + parts[1].length;
    const n = rank === undefined ? ell : rank - named;
    if (n < 0)
        fail(`einsum term "${term}" has more letters than its operand has dimensions`);
    const dots = Array.from({ length: n }, (_, i) => `.${ell - n + i}`);
    return { labels: [...letters(parts[0]), ...dots, ...letters(parts[1])] };
}
/**
 * Einsum: with two or more operands every combination of label values is one multiply-add per
 * extra operand (product over all labels x (operands - 1)); with one operand a reduction sums
 * every input element and a pure transpose or diagonal costs nothing.
 */
const Einsum = {
    infer(ctx) {
        const eq = ctx.str('equation', '').replace(/\s+/g, '');
        if (!eq)
            ctx.fail('has no equation');
        const [lhs, rhs] = eq.split('->');
        const ins = [];
        for (let i = 0; i < ctx.nIn; i++)
            ins.push(ctx.in(i).shape);
        const terms = lhs.split(',');
        if (terms.length !== ins.length)
            ctx.fail(`equation "${eq}" names ${terms.length} operands, node has ${ins.length}`);
        const ell = Math.max(0, ...terms.map((t, i) => (t.includes('...') ? ins[i].length - t.replace('...', '').length : 0)));
        const parsed = terms.map((t, i) => parseTerm(t, ins[i].length, ell, ctx.fail));
        const size = new Map();
        parsed.forEach((t, i) => {
            if (t.labels.length !== ins[i].length)
                ctx.fail(`term "${terms[i]}" does not match operand shape ${fmt(ins[i])}`);
            t.labels.forEach((l, j) => {
                const d = ins[i][j];
                const seen = size.get(l);
                if (seen === undefined || seen === 1)
                    size.set(l, d);
                else if (d !== seen && d !== 1)
                    ctx.fail(`label ${l} has sizes ${seen} and ${d}`);
            });
        });
        let outLabels;
        if (rhs !== undefined)
            outLabels = parseTerm(rhs, undefined, ell, ctx.fail).labels;
        else {
            const counts = new Map();
            for (const t of parsed)
                for (const l of t.labels)
                    counts.set(l, (counts.get(l) ?? 0) + 1);
            const dots = [...counts.keys()].filter((l) => l.startsWith('.')).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
            const once = [...counts.entries()].filter(([l, c]) => c === 1 && !l.startsWith('.')).map(([l]) => l).sort();
            outLabels = [...dots, ...once];
        }
        const out = outLabels.map((l) => {
            const d = size.get(l);
            if (d === undefined)
                return ctx.fail(`output label ${l} appears in no input`);
            return d;
        });
        checkShape(out, ctx.fail);
        const all = prod([...size.values()]);
        let ops = {};
        if (ins.length >= 2)
            ops = { mac: all * (ins.length - 1) };
        else if (size.size > outLabels.length)
            ops = { sum: all };
        return { outputs: [val(out, ctx.in(0).dtype)], ops };
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/norm.ts


/** Inference BatchNormalization is an affine map per channel: one mul and one add per element. */
const BatchNormalization = {
    infer(ctx) {
        const x = ctx.in(0);
        if (x.shape.length < 2)
            ctx.fail(`input ${fmt(x.shape)} has no channel dimension`);
        const n = prod(x.shape);
        const outputs = [val(x.shape, x.dtype)];
        // Training-mode outputs (running and saved statistics) are per channel.
        for (let i = 1; i < ctx.nOut; i++)
            outputs.push(val([x.shape[1]], x.dtype));
        return { outputs, ops: { mul: n, add: n } };
    },
};
/**
 * Normalising `rows` groups of `n / rows` elements: the mean (one add per element), the
 * centring, the squares and their mean, then per group the epsilon and the reciprocal square
 * root, and per element the scaling; `affine` adds the learned scale and shift.
 */
function normOps(n, rows, scale, shift) {
    const ops = { mean: 2 * n, sub: n, square: n, mul: n, add: rows, rsqrt: rows };
    if (scale)
        ops.mul = (ops.mul ?? 0) + n;
    if (shift)
        ops.add = (ops.add ?? 0) + n;
    return ops;
}
const LayerNormalization = {
    infer(ctx) {
        const x = ctx.in(0);
        const axis = normAxis(ctx.int('axis', -1), x.shape.length, ctx.fail);
        const stats = [...x.shape.slice(0, axis), ...x.shape.slice(axis).map(() => 1)];
        const outputs = [val(x.shape, x.dtype)];
        for (let i = 1; i < ctx.nOut; i++)
            outputs.push(val(stats, x.dtype));
        return { outputs, ops: normOps(prod(x.shape), prod(x.shape.slice(0, axis)), ctx.has(1), ctx.has(2)) };
    },
};
function channels(ctx) {
    const x = ctx.in(0);
    if (x.shape.length < 2)
        ctx.fail(`input ${fmt(x.shape)} has no channel dimension`);
    return x;
}
const InstanceNormalization = {
    infer(ctx) {
        const x = channels(ctx);
        return { outputs: [val(x.shape, x.dtype)], ops: normOps(prod(x.shape), x.shape[0] * x.shape[1], true, true) };
    },
};
const GroupNormalization = {
    infer(ctx) {
        const x = channels(ctx);
        const g = ctx.int('num_groups');
        if (g === undefined)
            return ctx.fail('needs num_groups');
        if (g < 1 || x.shape[1] % g !== 0)
            ctx.fail(`num_groups ${g} does not divide ${x.shape[1]} channels`);
        return { outputs: [val(x.shape, x.dtype)], ops: normOps(prod(x.shape), x.shape[0] * g, true, true) };
    },
};
/** Mean and variance over `axes` (default N, H, W), no learned scale. */
const MeanVarianceNormalization = {
    infer(ctx) {
        const x = ctx.in(0);
        const axes = (ctx.ints('axes') ?? [0, 2, 3]).map((a) => normAxis(a, x.shape.length, ctx.fail));
        const rows = prod(x.shape.filter((_, i) => !axes.includes(i)));
        const n = prod(x.shape);
        return { outputs: [val(x.shape, x.dtype)], ops: { mean: 2 * n, sub: n, square: n, div: n, sqrt: rows, add: rows } };
    },
};
/** Local response normalisation: a sum of `size` squares per element, then scale and power. */
const LRN = {
    infer(ctx) {
        const x = channels(ctx);
        const size = ctx.int('size');
        if (size === undefined || size < 1)
            return ctx.fail('needs a positive size');
        const n = prod(x.shape);
        return { outputs: [val(x.shape, x.dtype)], ops: { square: n, sum: n * size, mul: 2 * n, add: n, div: n } };
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/pool.ts




/** One `op` per window element per output element (padding positions included). */
function pool(op) {
    return {
        infer(ctx) {
            const x = ctx.in(0);
            if (x.shape.length < 3)
                ctx.fail(`input ${fmt(x.shape)} needs batch, channel and spatial dimensions`);
            const kernel = ctx.ints('kernel_shape');
            if (!kernel)
                return ctx.fail('has no kernel_shape');
            const spatial = windowOut(x.shape.slice(2), windowAttrs(ctx, x.shape.length - 2, kernel), ctx.fail);
            const out = checkShape([x.shape[0], x.shape[1], ...spatial], ctx.fail);
            const outputs = [val(out, x.dtype)];
            if (ctx.nOut > 1)
                outputs.push(val(out, DT.INT64));
            return { outputs, ops: { [op]: prod(out) * prod(kernel) } };
        },
    };
}
const MaxPool = pool('maxpool');
const AveragePool = pool('avgpool');
/** Global pooling reads every input element once. */
function global(op) {
    return {
        infer(ctx) {
            const x = ctx.in(0);
            if (x.shape.length < 2)
                ctx.fail(`input ${fmt(x.shape)} needs batch and channel dimensions`);
            const out = [x.shape[0], x.shape[1], ...x.shape.slice(2).map(() => 1)];
            return { outputs: [val(out, x.dtype)], ops: { [op]: prod(x.shape) } };
        },
    };
}
const GlobalAveragePool = global('mean');
const GlobalMaxPool = global('maxpool');

;// CONCATENATED MODULE: ./src/onnx/ops/reduce.ts




/** ReduceSum took its axes as an input from opset 13, the other reductions from opset 18. */
function axesFromInput(ctx) {
    return ctx.opset >= (ctx.node.opType === 'ReduceSum' ? 13 : 18);
}
/** The reduced axes; null when they are an input only known at run time. */
function reducedAxes(ctx, rank) {
    let axes;
    if (axesFromInput(ctx)) {
        if (ctx.has(1)) {
            axes = ctx.value(1);
            if (!axes)
                return null;
        }
    }
    else
        axes = ctx.ints('axes');
    if (!axes || axes.length === 0) {
        if (ctx.int('noop_with_empty_axes', 0) === 1)
            return [];
        return Array.from({ length: rank }, (_, i) => i);
    }
    return [...new Set(axes.map((a) => normAxis(a, rank, ctx.fail)))];
}
function foldReduce(data, shape, axes, acc, init, mean) {
    const out = shape.map((d, i) => (axes.includes(i) ? 1 : d));
    const os = strides(out);
    const is = strides(shape);
    const res = new Array(prod(out)).fill(init);
    const count = prod(axes.map((a) => shape[a]));
    for (let i = 0; i < data.length; i++) {
        let rem = i;
        let off = 0;
        for (let d = 0; d < shape.length; d++) {
            const c = Math.floor(rem / is[d]);
            rem -= c * is[d];
            if (!axes.includes(d))
                off += c * os[d];
        }
        res[off] = acc(res[off], data[i]);
    }
    return mean ? res.map((v) => v / count) : res;
}
/** Costs per input element (`perIn`) and per output element (`perOut`). */
function reduce(perIn, perOut = {}, fold) {
    return {
        reads: (ctx) => (axesFromInput(ctx) ? [1] : []),
        infer(ctx) {
            const x = ctx.in(0);
            const axes = reducedAxes(ctx, x.shape.length);
            const keep = ctx.int('keepdims', 1) === 1;
            const out = axes
                ? checkShape(keep ? x.shape.map((d, i) => (axes.includes(i) ? 1 : d)) : x.shape.filter((_, i) => !axes.includes(i)), ctx.fail)
                : ctx.declaredOutputs('the axes', x.dtype)[0].shape;
            const n = prod(x.shape);
            const m = prod(out);
            const ops = {};
            for (const [k, v] of Object.entries(perIn))
                ops[k] = v * n;
            for (const [k, v] of Object.entries(perOut))
                ops[k] = (ops[k] ?? 0) + v * m;
            const data = fold && x.data && axes ? foldReduce(x.data, x.shape, axes, fold.acc, fold.init, fold.mean ?? false) : undefined;
            return { outputs: [val(out, x.dtype, data)], ops };
        },
    };
}
const ReduceMean = reduce({ mean: 1 }, {}, { acc: (a, v) => a + v, init: 0, mean: true });
const ReduceSum = reduce({ sum: 1 }, {}, { acc: (a, v) => a + v, init: 0 });
const ReduceMax = reduce({ max: 1 }, {}, { acc: Math.max, init: -Infinity });
const ReduceMin = reduce({ min: 1 }, {}, { acc: Math.min, init: Infinity });
const ReduceProd = reduce({ mul: 1 }, {}, { acc: (a, v) => a * v, init: 1 });
const ReduceSumSquare = reduce({ square: 1, sum: 1 });
const ReduceL1 = reduce({ max: 1, sum: 1 });
const ReduceL2 = reduce({ square: 1, sum: 1 }, { sqrt: 1 });
const ReduceLogSum = reduce({ sum: 1 }, { exp: 1 });
const ReduceLogSumExp = reduce({ exp: 1, sum: 1 }, { exp: 1 });
/** ArgMax / ArgMin: one comparison per input element along one axis. */
const ArgMax = {
    infer(ctx) {
        const x = ctx.in(0);
        const axis = normAxis(ctx.int('axis', 0), x.shape.length, ctx.fail);
        const keep = ctx.int('keepdims', 1) === 1;
        const out = keep ? x.shape.map((d, i) => (i === axis ? 1 : d)) : x.shape.filter((_, i) => i !== axis);
        return { outputs: [val(out, DT.INT64)], ops: { compare: prod(x.shape) } };
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/resize.ts


/** Runtimes multiply in float32: floor(float(d) * scale) decides the size. */
function scaled(d, s) {
    return Math.floor(Math.fround(Math.fround(d) * Math.fround(s)));
}
function result(ctx, x, out) {
    checkShape(out, ctx.fail);
    return { outputs: [val(out, x.dtype)], ops: { resize: prod(out) } };
}
/** One interpolation per output element, whatever the mode. */
const Resize = {
    reads: (ctx) => (ctx.opset >= 11 ? [1, 2, 3] : [1]),
    infer(ctx) {
        const x = ctx.in(0);
        const r = x.shape.length;
        const nonEmpty = (i) => ctx.has(i) && prod(ctx.in(i).shape) > 0;
        const scaleIn = ctx.opset >= 11 ? 2 : 1;
        const sizes = ctx.opset >= 11 && nonEmpty(3) ? ctx.value(3) ?? null : undefined;
        const scales = sizes === undefined && nonEmpty(scaleIn) ? ctx.value(scaleIn) ?? null : undefined;
        if (sizes === null || scales === null)
            return result(ctx, x, ctx.declaredOutputs('the scales or sizes', x.dtype)[0].shape);
        const axes = (ctx.opset >= 18 ? ctx.ints('axes') : undefined)?.map((a) => normAxis(a, r, ctx.fail)) ?? Array.from({ length: r }, (_, i) => i);
        const given = sizes ?? scales;
        if (!given)
            return ctx.fail('has neither scales nor sizes');
        if (given.length !== axes.length)
            ctx.fail(`${sizes ? 'sizes' : 'scales'} ${fmt(given)} do not fit input ${fmt(x.shape)}`);
        const out = [...x.shape];
        if (sizes) {
            const policy = ctx.opset >= 18 ? ctx.str('keep_aspect_ratio_policy', 'stretch') : 'stretch';
            if (policy === 'stretch')
                axes.forEach((a, i) => (out[a] = sizes[i]));
            else {
                const ratios = axes.map((a, i) => sizes[i] / x.shape[a]);
                const s = policy === 'not_larger' ? Math.min(...ratios) : Math.max(...ratios);
                axes.forEach((a) => (out[a] = Math.round(s * x.shape[a])));
            }
        }
        else if (scales) {
            if (scales.some((s) => !(s > 0)))
                ctx.fail(`scales ${fmt(scales)} must be positive`);
            axes.forEach((a, i) => (out[a] = scaled(x.shape[a], scales[i])));
        }
        return result(ctx, x, out);
    },
};
const Upsample = {
    reads: (ctx) => (ctx.opset >= 9 ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const scales = ctx.opset >= 9 ? ctx.value(1) : ctx.floats('scales');
        if (!scales)
            return result(ctx, x, ctx.declaredOutputs('the scales', x.dtype)[0].shape);
        if (scales.length !== x.shape.length || scales.some((s) => !(s > 0)))
            ctx.fail(`scales ${fmt(scales)} do not fit input ${fmt(x.shape)}`);
        return result(ctx, x, x.shape.map((d, i) => scaled(d, scales[i])));
    },
};

;// CONCATENATED MODULE: ./src/costs/ops.ts
/**
 * The vocabulary every cost rule counts in. A rule never produces FLOPs directly: it counts
 * primitive operations, and a convention (conventions.ts) weighs them. Names follow the
 * TensorFlow graph ops they stand for where there is one, so that the `tf-profiler`
 * convention can reproduce TF's own count op by op. Every count is "per element" of the
 * tensor named in the description, summed over the whole batch.
 *
 * docs/conventions.md lists, per layer, which ops a rule counts and why.
 */
const OPS = {
    mac: 'multiply-accumulate of a Dense/Conv/MatMul/RNN-gate/attention product',
    bias: 'one bias addition per output element of a layer with use_bias',
    add: 'element-wise addition (merges, residuals, normalisation shift, recurrent gate sums)',
    sub: 'element-wise subtraction',
    mul: 'element-wise multiplication (scaling, gating, normalisation)',
    div: 'element-wise division',
    neg: 'element-wise negation (normalisation without a learned offset, layer normalisation, PReLU)',
    max: 'element-wise maximum (Maximum merge, clipping)',
    min: 'element-wise minimum',
    square: 'element-wise square',
    sqdiff: 'element-wise squared difference (x - y)^2: a subtraction and a multiplication (variance in moments)',
    rsqrt: 'reciprocal square root (normalisation statistics)',
    sqrt: 'square root',
    mean: 'one operation per input element of a mean reduction (additions plus the final division: global average pooling, normalisation statistics)',
    sum: 'additions of a sum reduction (Keras rules: input elements less output elements, as TF counts Sum)',
    reduce_max: 'one comparison per input element of a max reduction (global max pooling)',
    maxpool: 'one comparison per window element per output element of max pooling',
    avgpool: 'one addition per window element per output element of average pooling',
    compare: 'element-wise comparison (masking)',
    relu: 'ReLU-family activation, per element (relu, relu6, leaky_relu, PReLU, threshold)',
    softmax: 'softmax, per element of its input (exp, sum, divide)',
    sigmoid: 'logistic sigmoid, per element',
    hard_sigmoid: 'piecewise-linear sigmoid, per element',
    tanh: 'hyperbolic tangent, per element',
    exp: 'exponential-based activation (elu, selu, exponential, softplus, softsign, mish, celu, log_softmax), per element',
    gelu: 'GELU (erf form), per element',
    resize: 'one interpolation per output element of a resize/upsampling',
    index: 'one integer operation on a lookup index (Keras wraps negative Embedding indices: a compare and an add per index)',
    shape: 'one scalar operation on a tensor shape computed at run time (tile multiples of RepeatVector and UpSampling)',
};
function addOps(into, more, times = 1) {
    for (const [k, v] of Object.entries(more)) {
        if (v)
            into[k] = (into[k] ?? 0) + v * times;
    }
    return into;
}
function scaleOps(ops, times) {
    return addOps({}, ops, times);
}
/** Sum of several op counts (a layer made of parts: a recurrent cell, a wrapper's two directions). */
function sumOps(...parts) {
    const out = {};
    for (const p of parts)
        addOps(out, p);
    return out;
}

;// CONCATENATED MODULE: ./src/onnx/ops/rnn.ts



/** The activation functions ONNX recurrent ops accept, in the op vocabulary. */
const ACT = {
    Relu: 'relu', LeakyRelu: 'relu', ThresholdedRelu: 'relu', Tanh: 'tanh', ScaledTanh: 'tanh',
    Sigmoid: 'sigmoid', HardSigmoid: 'hard_sigmoid', Affine: 'mul', Elu: 'exp', Softsign: 'exp', Softplus: 'exp',
};
const CELLS = {
    // i, o, f gates through f; cell candidate through g; cell state through h.
    // c = f*c + i*g, h = o*h(c).
    LSTM: { gates: 4, defaults: ['Sigmoid', 'Tanh', 'Tanh'], actWidth: [3, 1, 1], extra: { mul: 3, add: 1 } },
    // z, r through f; candidate through g; r*(...), h = (1-z)*h~ + z*h.
    GRU: { gates: 3, defaults: ['Sigmoid', 'Tanh'], actWidth: [2, 1], extra: { mul: 3, sub: 1, add: 1 } },
    RNN: { gates: 1, defaults: ['Tanh'], actWidth: [1], extra: {} },
};
/**
 * Per time step, per batch row and per direction every gate is a product of [x, h] (I + H)
 * with its weights: MACs = T x B x directions x gates x H x (I + H), the figure the papers and
 * the manifest use. ONNX keeps two bias vectors (input and recurrent), both added.
 */
function recurrent(cell) {
    return {
        infer(ctx) {
            const x = ctx.in(0).shape;
            const w = ctx.in(1).shape;
            const layout = ctx.opset >= 14 ? ctx.int('layout', 0) : 0;
            if (x.length !== 3 || w.length !== 3)
                ctx.fail(`needs 3-D input and weights, got ${fmt(x)} and ${fmt(w)}`);
            const [t, b, i] = layout === 1 ? [x[1], x[0], x[2]] : x;
            const direction = ctx.str('direction', 'forward');
            const dirs = direction === 'bidirectional' ? 2 : 1;
            if (!['forward', 'reverse', 'bidirectional'].includes(direction))
                ctx.fail(`unknown direction "${direction}"`);
            const h = ctx.int('hidden_size', w[1] / cell.gates);
            if (w[0] !== dirs || w[1] !== cell.gates * h || w[2] !== i) {
                ctx.fail(`weights ${fmt(w)} do not fit ${dirs} direction(s), ${cell.gates} gates of ${h} units and ${i} inputs`);
            }
            const steps = t * b * dirs;
            const ops = { mac: steps * cell.gates * h * (i + h) };
            if (ctx.has(3))
                ops.bias = steps * 2 * cell.gates * h;
            const acts = ctx.strings('activations') ?? [];
            for (let d = 0; d < dirs; d++) {
                cell.actWidth.forEach((width, k) => {
                    const name = acts[d * cell.actWidth.length + k] ?? cell.defaults[k];
                    const op = ACT[name];
                    if (!op)
                        ctx.fail(`unknown activation "${name}"`);
                    addOps(ops, { [op]: t * b * width * h });
                });
                addOps(ops, cell.extra, t * b * h);
                if (ctx.has(7))
                    addOps(ops, { mul: 3, add: 3 }, t * b * h);
            }
            const y = layout === 1 ? [b, t, dirs, h] : [t, dirs, b, h];
            const yh = layout === 1 ? [b, dirs, h] : [dirs, b, h];
            const dtype = ctx.in(0).dtype;
            const outputs = [val(checkShape(y, ctx.fail), dtype)];
            for (let k = 1; k < ctx.nOut; k++)
                outputs.push(val(yh, dtype));
            return { outputs, ops };
        },
    };
}
const LSTM = recurrent(CELLS.LSTM);
const GRU = recurrent(CELLS.GRU);
const RNN = recurrent(CELLS.RNN);

;// CONCATENATED MODULE: ./src/onnx/ops/common.ts
const free = (outputs) => ({ outputs, ops: {} });
/**
 * An int list from input `i` (newer opsets) or attribute `attr` (older ones). `undefined`
 * when neither is given; when the input is given but only known at run time, `null`.
 */
function intList(ctx, i, attr, fromInput) {
    if (fromInput) {
        if (!ctx.has(i))
            return undefined;
        return ctx.value(i) ?? null;
    }
    return ctx.ints(attr);
}

;// CONCATENATED MODULE: ./src/onnx/ops/reshape.ts
/**
 * Ops that rearrange a tensor without arithmetic (cost 0): the shape changes, the
 * values (when known) follow.
 */




const Reshape = {
    reads: (ctx) => (ctx.opset >= 5 ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const target = ctx.opset >= 5 ? ctx.value(1) : ctx.ints('shape');
        if (!target)
            return free(ctx.declaredOutputs('the target shape', x.dtype));
        const allowZero = ctx.int('allowzero', 0) === 1;
        const out = target.map((d, i) => (d === 0 && !allowZero ? x.shape[i] ?? ctx.fail(`target ${fmt(target)} copies a dimension input ${fmt(x.shape)} lacks`) : d));
        const free1 = out.filter((d) => d === -1).length;
        if (free1 > 1 || out.some((d) => d < -1))
            ctx.fail(`bad target shape ${fmt(target)}`);
        const n = prod(x.shape);
        if (free1 === 1) {
            const known = prod(out.filter((d) => d !== -1));
            if (known === 0 || n % known !== 0)
                ctx.fail(`cannot reshape ${fmt(x.shape)} to ${fmt(target)}`);
            out[out.indexOf(-1)] = n / known;
        }
        if (prod(out) !== n)
            ctx.fail(`cannot reshape ${fmt(x.shape)} (${n} elements) to ${fmt(target)}`);
        return free([val(checkShape(out, ctx.fail), x.dtype, x.data)]);
    },
};
const Flatten = {
    infer(ctx) {
        const x = ctx.in(0);
        const r = x.shape.length;
        let axis = ctx.int('axis', 1);
        if (axis < 0)
            axis += r;
        if (axis < 0 || axis > r)
            ctx.fail(`axis ${ctx.int('axis', 1)} is out of range for rank ${r}`);
        return free([val([prod(x.shape.slice(0, axis)), prod(x.shape.slice(axis))], x.dtype, x.data)]);
    },
};
const Transpose = {
    infer(ctx) {
        const x = ctx.in(0);
        const r = x.shape.length;
        const perm = ctx.ints('perm') ?? Array.from({ length: r }, (_, i) => r - 1 - i);
        if (perm.length !== r || [...perm].sort((a, b) => a - b).some((p, i) => p !== i))
            ctx.fail(`perm ${fmt(perm)} is not a permutation of ${r} axes`);
        const out = perm.map((p) => x.shape[p]);
        return free([val(out, x.dtype, x.data ? transposeData(x.data, x.shape, perm) : undefined)]);
    },
};
const Squeeze = {
    reads: (ctx) => (ctx.opset >= 13 ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const axes = intList(ctx, 1, 'axes', ctx.opset >= 13);
        if (axes === null)
            return free(ctx.declaredOutputs('the axes', x.dtype));
        const drop = axes ? axes.map((a) => normAxis(a, x.shape.length, ctx.fail)) : x.shape.flatMap((d, i) => (d === 1 ? [i] : []));
        for (const a of drop)
            if (x.shape[a] !== 1)
                ctx.fail(`cannot squeeze axis ${a} of ${fmt(x.shape)}`);
        return free([val(x.shape.filter((_, i) => !drop.includes(i)), x.dtype, x.data)]);
    },
};
const Unsqueeze = {
    reads: (ctx) => (ctx.opset >= 13 ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const axes = intList(ctx, 1, 'axes', ctx.opset >= 13);
        if (axes === null)
            return free(ctx.declaredOutputs('the axes', x.dtype));
        if (!axes)
            return ctx.fail('has no axes');
        const r = x.shape.length + axes.length;
        const at = new Set(axes.map((a) => normAxis(a, r, ctx.fail)));
        if (at.size !== axes.length)
            ctx.fail(`repeated axes ${fmt(axes)}`);
        const out = [];
        let k = 0;
        for (let i = 0; i < r; i++)
            out.push(at.has(i) ? 1 : x.shape[k++]);
        return free([val(out, x.dtype, x.data)]);
    },
};
const Expand = {
    reads: () => [1],
    infer(ctx) {
        const x = ctx.in(0);
        const shape = ctx.value(1);
        if (!shape)
            return free(ctx.declaredOutputs('the target shape', x.dtype));
        const out = checkShape(broadcast([x.shape, shape], ctx.fail), ctx.fail);
        const data = x.data ? mapBroadcast(out, [{ shape: x.shape, data: x.data }], (v) => v) : undefined;
        return free([val(out, x.dtype, data)]);
    },
};
const Tile = {
    reads: () => [1],
    infer(ctx) {
        const x = ctx.in(0);
        const reps = ctx.value(1);
        if (!reps)
            return free(ctx.declaredOutputs('the repeats', x.dtype));
        if (reps.length !== x.shape.length || reps.some((r) => r < 0))
            ctx.fail(`repeats ${fmt(reps)} do not fit ${fmt(x.shape)}`);
        return free([val(checkShape(x.shape.map((d, i) => d * reps[i]), ctx.fail), x.dtype)]);
    },
};
const DepthToSpace = {
    infer(ctx) {
        const x = ctx.in(0).shape;
        const b = ctx.int('blocksize', 0);
        if (x.length !== 4 || b < 1 || x[1] % (b * b) !== 0)
            ctx.fail(`blocksize ${b} does not fit ${fmt(x)}`);
        return free([val([x[0], x[1] / (b * b), x[2] * b, x[3] * b], ctx.in(0).dtype)]);
    },
};
const SpaceToDepth = {
    infer(ctx) {
        const x = ctx.in(0).shape;
        const b = ctx.int('blocksize', 0);
        if (x.length !== 4 || b < 1 || x[2] % b !== 0 || x[3] % b !== 0)
            ctx.fail(`blocksize ${b} does not fit ${fmt(x)}`);
        return free([val([x[0], x[1] * b * b, x[2] / b, x[3] / b], ctx.in(0).dtype)]);
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/select.ts
/**
 * Ops that pick, join, split, pad or pass data along without arithmetic (cost 0).
 */





const Identity = {
    infer(ctx) {
        const x = ctx.in(0);
        return free([{ shape: x.shape, dtype: x.dtype, data: x.data, ref: x.ref }]);
    },
};
const Dropout = {
    infer(ctx) {
        const x = ctx.in(0);
        const outs = [val(x.shape, x.dtype, x.data)];
        if (ctx.nOut > 1)
            outs.push(val(x.shape, DT.BOOL));
        return free(outs);
    },
};
/** Ops whose output is the first input's shape and that do no arithmetic (masks, copies). */
const SameShape = {
    infer: (ctx) => free([val(ctx.in(0).shape, ctx.in(0).dtype)]),
};
const Concat = {
    infer(ctx) {
        const xs = [];
        for (let i = 0; i < ctx.nIn; i++)
            if (ctx.has(i))
                xs.push(ctx.in(i));
        if (xs.length === 0)
            ctx.fail('has no inputs');
        const r = xs[0].shape.length;
        const axis = normAxis(ctx.int('axis', 1), r, ctx.fail);
        const out = [...xs[0].shape];
        out[axis] = 0;
        for (const x of xs) {
            if (x.shape.length !== r || x.shape.some((d, i) => i !== axis && d !== out[i])) {
                ctx.fail(`shapes ${xs.map((v) => fmt(v.shape)).join(', ')} do not concatenate on axis ${axis}`);
            }
            out[axis] += x.shape[axis];
        }
        const data = small(out) && xs.every((x) => x.data) ? concatData(xs.map((x) => ({ shape: x.shape, data: x.data })), axis) : undefined;
        return free([val(checkShape(out, ctx.fail), xs[0].dtype, data)]);
    },
};
const Split = {
    reads: (ctx) => (ctx.opset >= 13 || ctx.has(1) ? [1] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const axis = normAxis(ctx.int('axis', 0), x.shape.length, ctx.fail);
        const d = x.shape[axis];
        // Opset 1 also took the sizes as an optional second input.
        let sizes = intList(ctx, 1, 'split', ctx.opset >= 13 || ctx.has(1));
        if (sizes === null)
            return free(ctx.declaredOutputs('the split sizes', x.dtype));
        if (!sizes || sizes.length === 0) {
            const n = ctx.int('num_outputs', ctx.nOut);
            const chunk = ctx.attr('num_outputs') ? Math.ceil(d / n) : d / n;
            if (!Number.isInteger(chunk) || n < 1)
                ctx.fail(`cannot split ${d} into ${n} parts`);
            sizes = Array.from({ length: n }, (_, i) => Math.max(0, Math.min(chunk, d - i * chunk)));
        }
        if (sizes.reduce((a, b) => a + b, 0) !== d || sizes.some((s) => s < 0))
            ctx.fail(`split sizes ${fmt(sizes)} do not add up to ${d}`);
        let at = 0;
        const outs = sizes.map((s) => {
            const shape = x.shape.map((v, i) => (i === axis ? s : v));
            const picks = x.shape.map((v, i) => Array.from({ length: i === axis ? s : v }, (_, k) => (i === axis ? at + k : k)));
            at += s;
            return val(shape, x.dtype, x.data ? selectData(x.data, x.shape, picks) : undefined);
        });
        return free(outs);
    },
};
/** Kept coordinates of one axis (its size is small: the values are being folded). */
function sliceAxis(dim, start, end, step) {
    const n = sliceCount(dim, start, end, step);
    const s0 = start < 0 ? start + dim : start;
    const s = step > 0 ? Math.min(Math.max(s0, 0), dim) : Math.min(Math.max(s0, 0), dim - 1);
    return Array.from({ length: n }, (_, k) => s + k * step);
}
/** Elements Slice keeps on one axis, clamped as the ONNX spec says. */
function sliceCount(dim, start, end, step) {
    const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);
    const s0 = start < 0 ? start + dim : start;
    const e0 = end < 0 ? end + dim : end;
    const [s, e] = step > 0 ? [clamp(s0, 0, dim), clamp(e0, 0, dim)] : [clamp(s0, 0, dim - 1), clamp(e0, -1, dim - 1)];
    return Math.max(0, Math.ceil((e - s) / step));
}
const Slice = {
    reads: (ctx) => (ctx.opset >= 10 ? [1, 2, 3, 4] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const fromInput = ctx.opset >= 10;
        const starts = intList(ctx, 1, 'starts', fromInput);
        const ends = intList(ctx, 2, 'ends', fromInput);
        const axes = intList(ctx, 3, 'axes', fromInput);
        const steps = fromInput ? intList(ctx, 4, '', true) : undefined;
        if (starts === null || ends === null || axes === null || steps === null)
            return free(ctx.declaredOutputs('a slice bound', x.dtype));
        if (!starts || !ends || starts.length !== ends.length)
            return ctx.fail('starts and ends are missing or differ in length');
        const ax = axes ?? starts.map((_, i) => i);
        if (ax.length !== starts.length || (steps && steps.length !== starts.length))
            ctx.fail('starts, ends, axes and steps differ in length');
        const out = [...x.shape];
        // Coordinates kept per axis, only for values small enough to fold.
        const picks = x.data ? x.shape.map((d) => Array.from({ length: d }, (_, k) => k)) : undefined;
        const seen = new Set();
        ax.forEach((a0, i) => {
            const a = normAxis(a0, x.shape.length, ctx.fail);
            if (seen.has(a))
                ctx.fail(`axis ${a0} is sliced twice`);
            seen.add(a);
            const step = steps ? steps[i] : 1;
            if (step === 0)
                ctx.fail('step 0');
            out[a] = sliceCount(x.shape[a], starts[i], ends[i], step);
            if (picks)
                picks[a] = sliceAxis(x.shape[a], starts[i], ends[i], step);
        });
        const data = x.data && picks ? selectData(x.data, x.shape, picks) : undefined;
        return free([val(checkShape(out, ctx.fail), x.dtype, data)]);
    },
};
const Gather = {
    infer(ctx) {
        const x = ctx.in(0);
        const ind = ctx.in(1);
        const axis = normAxis(ctx.int('axis', 0), x.shape.length, ctx.fail);
        const out = checkShape([...x.shape.slice(0, axis), ...ind.shape, ...x.shape.slice(axis + 1)], ctx.fail);
        let data;
        if (x.data && ind.data && small(out)) {
            const d = x.shape[axis];
            const idx = ind.data.map((i) => (i < 0 ? i + d : i));
            if (idx.some((i) => i < 0 || i >= d))
                ctx.fail(`index out of range for dimension ${d}`);
            data = gatherData(x.data, x.shape, axis, idx);
        }
        return free([val(out, x.dtype, data)]);
    },
};
const GatherElements = {
    infer: (ctx) => free([val(ctx.in(1).shape, ctx.in(0).dtype)]),
};
const GatherND = {
    infer(ctx) {
        const x = ctx.in(0).shape;
        const ind = ctx.in(1).shape;
        const b = ctx.int('batch_dims', 0);
        const last = ind[ind.length - 1];
        if (ind.length < 1 || last === undefined || b + last > x.length)
            ctx.fail(`indices ${fmt(ind)} do not fit data ${fmt(x)}`);
        return free([val(checkShape([...ind.slice(0, -1), ...x.slice(b + last)], ctx.fail), ctx.in(0).dtype)]);
    },
};
/** Scatter ops write into a copy of their data input: the output has its shape. */
const Scatter = {
    infer: (ctx) => free([val(ctx.in(0).shape, ctx.in(0).dtype)]),
};
const Pad = {
    reads: (ctx) => (ctx.opset >= 11 ? [1, 3] : []),
    infer(ctx) {
        const x = ctx.in(0);
        const r = x.shape.length;
        const pads = ctx.opset >= 11 ? (ctx.has(1) ? ctx.value(1) : undefined) : ctx.ints('pads') ?? ctx.ints('paddings');
        if (!pads)
            return free(ctx.declaredOutputs('the pads', x.dtype));
        let axes = Array.from({ length: r }, (_, i) => i);
        if (ctx.opset >= 18 && ctx.has(3)) {
            const given = ctx.value(3);
            if (!given)
                return free(ctx.declaredOutputs('the axes', x.dtype));
            axes = given.map((a) => normAxis(a, r, ctx.fail));
        }
        if (pads.length !== 2 * axes.length)
            ctx.fail(`pads ${fmt(pads)} do not fit ${axes.length} axes`);
        const out = [...x.shape];
        axes.forEach((a, i) => (out[a] += pads[i] + pads[i + axes.length]));
        return free([val(checkShape(out, ctx.fail), x.dtype)]);
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/values.ts
/**
 * Ops that produce or convert values: constants, shapes, casts and ranges. They cost
 * nothing and their values are known, so shape arithmetic downstream can fold.
 */






const Shape = {
    infer(ctx) {
        const s = ctx.in(0).shape;
        const r = s.length;
        const clamp = (v) => Math.min(Math.max(v < 0 ? v + r : v, 0), r);
        const dims = s.slice(clamp(ctx.int('start', 0)), clamp(ctx.int('end', r)));
        return free([val([dims.length], DT.INT64, dims)]);
    },
};
const Size = {
    infer: (ctx) => free([val([], DT.INT64, [prod(ctx.in(0).shape)])]),
};
const Constant = {
    infer(ctx) {
        const a = ctx.node.attrs[0];
        if (!a || ctx.node.attrs.length !== 1)
            return ctx.fail('needs exactly one value attribute');
        switch (a.name) {
            case 'value':
            case 'sparse_value': {
                if (!a.t)
                    return ctx.fail(`attribute ${a.name} holds no tensor`);
                const t = a.t;
                if (a.name === 'sparse_value')
                    return free([val(t.dims, t.dataType)]);
                return free([{ ...val(t.dims, t.dataType, ctx.attrData('value')), ref: t }]);
            }
            case 'value_float': return free([val([], DT.FLOAT, [ctx.float('value_float', 0)])]);
            case 'value_floats': {
                const v = ctx.floats('value_floats') ?? [];
                return free([val([v.length], DT.FLOAT, v)]);
            }
            case 'value_int': return free([val([], DT.INT64, [ctx.int('value_int', 0)])]);
            case 'value_ints': {
                const v = ctx.ints('value_ints') ?? [];
                return free([val([v.length], DT.INT64, v)]);
            }
            case 'value_string': return free([val([], DT.STRING)]);
            case 'value_strings': return free([val([ctx.strings('value_strings')?.length ?? 0], DT.STRING)]);
            default: return ctx.fail(`unknown value attribute ${a.name}`);
        }
    },
};
const ConstantOfShape = {
    reads: () => [0],
    infer(ctx) {
        const dims = ctx.value(0);
        const a = ctx.attr('value');
        const t = a?.type === ATTR.TENSOR ? a.t : undefined;
        const dtype = t?.dataType ?? DT.FLOAT;
        if (!dims)
            return free(ctx.declaredOutputs('the shape input', dtype));
        const shape = checkShape(dims, ctx.fail);
        const fill = t ? ctx.attrData('value')?.[0] : 0;
        return free([val(shape, dtype, fill !== undefined && small(shape) ? new Array(prod(shape)).fill(fill) : undefined)]);
    },
};
const Cast = {
    infer(ctx) {
        const x = ctx.in(0);
        const to = ctx.node.opType === 'CastLike' ? ctx.in(1).dtype : ctx.int('to', x.dtype);
        const integer = !isFloatType(to);
        return free([val(x.shape, to, x.data?.map((v) => castValue(v, integer, to === DT.BOOL)))]);
    },
};
const Range = {
    reads: () => [0, 1, 2],
    infer(ctx) {
        const [s, l, d] = [ctx.value(0), ctx.value(1), ctx.value(2)];
        const dtype = ctx.in(0).dtype;
        if (!s || !l || !d)
            return free(ctx.declaredOutputs('the range bounds', dtype));
        if (d[0] === 0)
            ctx.fail('delta 0');
        const n = Math.max(Math.ceil((l[0] - s[0]) / d[0]), 0);
        const out = checkShape([n], ctx.fail);
        return free([val(out, dtype, small(out) ? Array.from({ length: n }, (_, i) => s[0] + i * d[0]) : undefined)]);
    },
};

;// CONCATENATED MODULE: ./src/onnx/ops/index.ts












/** Shape and cost rule per op type of the default ONNX domain (ai.onnx). */
const RULES = {
    Conv: Conv, ConvTranspose: ConvTranspose,
    Gemm: Gemm, MatMul: MatMul, Einsum: Einsum,
    MaxPool: MaxPool, AveragePool: AveragePool, GlobalAveragePool: GlobalAveragePool, GlobalMaxPool: GlobalMaxPool,
    BatchNormalization: BatchNormalization,
    LayerNormalization: LayerNormalization,
    InstanceNormalization: InstanceNormalization,
    GroupNormalization: GroupNormalization,
    MeanVarianceNormalization: MeanVarianceNormalization,
    LRN: LRN,
    ...ACTIVATIONS,
    PRelu: PRelu,
    Clip: Clip,
    Add: Add, Sub: Sub, Mul: Mul, Div: Div, Pow: Pow, Mod: Mod,
    Equal: Equal, Less: Less, LessOrEqual: LessOrEqual, Greater: Greater, GreaterOrEqual: GreaterOrEqual,
    And: And, Or: Or, Xor: Xor,
    Max: variadic('max', Math.max),
    Min: variadic('min', Math.min),
    Sum: variadic('add', (a, b) => a + b),
    Mean: variadic('add', (a, b) => a + b, true),
    Where: Where,
    ReduceMean: ReduceMean, ReduceSum: ReduceSum, ReduceMax: ReduceMax, ReduceMin: ReduceMin,
    ReduceProd: ReduceProd, ReduceSumSquare: ReduceSumSquare, ReduceL1: ReduceL1, ReduceL2: ReduceL2,
    ReduceLogSum: ReduceLogSum, ReduceLogSumExp: ReduceLogSumExp,
    ArgMax: ArgMax, ArgMin: ArgMax,
    Resize: Resize, Upsample: Upsample,
    LSTM: LSTM, GRU: GRU, RNN: RNN,
    Identity: Identity,
    Dropout: Dropout,
    Shape: Shape,
    Size: Size,
    Constant: Constant,
    ConstantOfShape: ConstantOfShape,
    Cast: Cast,
    CastLike: Cast,
    Reshape: Reshape,
    Flatten: Flatten,
    Transpose: Transpose,
    Concat: Concat,
    Split: Split,
    Slice: Slice,
    Gather: Gather,
    GatherElements: GatherElements,
    GatherND: GatherND,
    ScatterND: Scatter,
    ScatterElements: Scatter,
    Scatter: Scatter,
    Squeeze: Squeeze,
    Unsqueeze: Unsqueeze,
    Expand: Expand,
    Tile: Tile,
    Range: Range,
    Pad: Pad,
    DepthToSpace: DepthToSpace,
    SpaceToDepth: SpaceToDepth,
    Trilu: SameShape,
};
function ruleFor(domain, opType) {
    if (domain !== '' && domain !== 'ai.onnx')
        return undefined;
    return Object.prototype.hasOwnProperty.call(RULES, opType) ? RULES[opType] : undefined;
}

;// CONCATENATED MODULE: ./src/onnx/params.ts

/**
 * An Identity of a weight is the exporter's de-duplication of two equal parameter tensors
 * (PyTorch does it for, say, the zero biases of several layers): the copy is a parameter of
 * the source model in its own right, counted where it is used.
 */
function isIdentityOfParam(n, inputs) {
    return n.opType === 'Identity' && isDefaultDomain(n.domain) && inputs[0]?.param !== undefined;
}
/**
 * PyTorch's exporter folds an inference BatchNormalization into the Conv before it, and the
 * folded weight and bias get anonymous `onnx::` names instead of module paths. The source
 * model had the BN's scale and shift as parameters; the folded bias carries the shift, and the
 * scale (one per output channel) is what this returns.
 */
function foldedBatchNormScale(m, n, inputs) {
    if (m.producer !== 'pytorch' || n.opType !== 'Conv' || !isDefaultDomain(n.domain))
        return 0;
    const [w, b] = [inputs[1], inputs[2]];
    const anon = (i) => n.inputs[i]?.startsWith('onnx::');
    if (!w?.param || !b?.param || !anon(1) || !anon(2))
        return 0;
    return w.shape[0];
}
/** Every parameter tensor is counted once, at the first node that uses it. */
class ParamLedger {
    model;
    counted = new Set();
    constructor(model) {
        this.model = model;
    }
    /**
     * Parameters `n` is the first to use (and how many of them training updates), with a note
     * when an exporter habit was undone.
     */
    take(n, inputs) {
        if (isIdentityOfParam(n, inputs))
            return { params: 0, trainable: 0 };
        let params = 0;
        let trainable = 0;
        const first = new Set();
        const statistics = n.opType === 'BatchNormalization' && isDefaultDomain(n.domain);
        inputs.forEach((v, i) => {
            if (!v?.param || this.counted.has(v.param))
                return;
            this.counted.add(v.param);
            first.add(v.param);
            const k = v.ref?.elements ?? v.shape.reduce((a, b) => a * b, 1);
            params += k;
            // A BatchNormalization's running mean and variance are state, not trained weights
            // (Keras counts them as non-trainable, PyTorch as buffers).
            if (!(statistics && (i === 3 || i === 4)))
                trainable += k;
        });
        // A shared (already counted) folded weight brings no new scale either.
        const w = inputs[1]?.param;
        const scale = w && first.has(w) ? foldedBatchNormScale(this.model, n, inputs) : 0;
        if (!scale)
            return { params, trainable };
        return {
            params: params + scale,
            trainable: trainable + scale,
            note: `BatchNormalization folded into this Conv by the exporter: its ${scale} scale parameters are counted`,
        };
    }
}

;// CONCATENATED MODULE: ./src/onnx/sniff.ts
/** ModelProto field number -> wire type. */
const MODEL_FIELDS = {
    1: 0, // ir_version
    2: 2, // producer_name
    3: 2, // producer_version
    4: 2, // domain
    5: 0, // model_version
    6: 2, // doc_string
    7: 2, // graph
    8: 2, // opset_import
    14: 2, // metadata_props
    20: 2, // training_info
    25: 2, // functions
};
function varint(b, pos) {
    let v = 0;
    for (let i = 0; i < 10 && pos + i < b.length; i++) {
        const x = b[pos + i];
        v += (x & 0x7f) * 2 ** (7 * i);
        if ((x & 0x80) === 0)
            return [v, pos + i + 1];
    }
    return undefined;
}
/**
 * True when the bytes start like a serialized ModelProto: every field that fits in `head` has a
 * ModelProto field number with its wire type, and an ir_version, if present, is plausible.
 * Writers emit fields in number order, so a real file opens with ir_version; anything else
 * must show two sound fields. Zip ('PK'), HDF5, JSON and YAML all fail on their first byte.
 */
function sniffModelProto(head) {
    let pos = 0;
    let fields = 0;
    while (pos < head.length && fields < 8) {
        const tag = varint(head, pos);
        if (!tag)
            return fields > 1 || (fields === 1 && head[0] === 0x08);
        const no = Math.floor(tag[0] / 8);
        const wire = tag[0] % 8;
        if (MODEL_FIELDS[no] !== wire)
            return false;
        const v = varint(head, tag[1]);
        if (!v)
            return fields > 1 || (fields === 1 && head[0] === 0x08);
        if (no === 1 && (v[0] < 1 || v[0] > 100))
            return false;
        if (wire === 2) {
            if (v[0] > 2 ** 40)
                return false;
            // A graph or a long field runs past the head: what we saw was fine.
            if (v[1] + v[0] > head.length)
                return fields > 0 || head[0] === 0x08;
            pos = v[1] + v[0];
        }
        else
            pos = v[1];
        fields++;
    }
    return fields > 1 || (fields === 1 && head[0] === 0x08);
}

;// CONCATENATED MODULE: ./src/onnx/analyze.ts














/** Cheap check of the first bytes: do they parse as the opening fields of a ModelProto? */
function looksLikeOnnx(head) {
    return sniffModelProto(head);
}
/** Attribute tensors up to this size (Constant scalars, ConstantOfShape fill) are read up front. */
const ATTR_PRELOAD = 1024;
/** Constants a node of constants is folded with are read up to this size (shape arithmetic). */
const FOLD_READ = 1024;
const UNKNOWN = Symbol('unknown shape');
function typeName(n) {
    return isDefaultDomain(n.domain) ? n.opType : `${n.domain}.${n.opType}`;
}
function rowName(n) {
    return n.name || `${n.opType}_${n.index}`;
}
function unsupported(file, m, n, why = '') {
    const domain = isDefaultDomain(n.domain) ? '' : n.domain;
    const opset = m.opsets.get(domain);
    const local = m.functions.has(`${n.domain}:${n.opType}`) ? ', a model-local function' : '';
    return new FlopgateError(`${file}: unsupported ONNX op "${n.opType}" (domain ${domain || 'ai.onnx'}, opset ${opset ?? 'not imported'}${local}) at node "${rowName(n)}"${why}; ` +
        'its cost is unknown (unknown: warn counts it as 0 and marks the total as a lower bound)');
}
/**
 * A declared shape with every dimension known, named dimensions resolved through what the
 * inputs bound them to: the fallback for shapes that depend on run-time values.
 */
function staticDims(v, symbols) {
    if (!v?.dims)
        return undefined;
    const out = [];
    for (const d of v.dims) {
        const n = typeof d === 'number' ? d : d === null ? undefined : symbols.get(d);
        if (n === undefined)
            return undefined;
        out.push(n);
    }
    return out;
}
async function analyzeOnnx(src, file, opts) {
    return (await analyzeOnnxDetailed(src, file, opts)).report;
}
/** The report and the inferred graph output shapes (tests compare them with runtime outputs). */
async function analyzeOnnxDetailed(src, file, opts) {
    try {
        return await analyze(src, file, opts);
    }
    catch (e) {
        if (e instanceof FlopgateError)
            throw inFile(file, e);
        // A bug of ours, not a fault of the file: still one line, and saying so.
        throw new FlopgateError(`${file}: cannot analyze this ONNX file (internal error: ${e instanceof Error ? e.message : String(e)})`);
    }
}
async function analyze(src, file, opts) {
    const reader = new WireReader(src, file);
    const model = await readModel(reader);
    const g = model.graph;
    const policy = opts.unknown ?? DEFAULTS.unknown;
    // A file without opset_import predates it: operator set 1.
    const opset = model.opsets.get('') ?? 1;
    if (g.nodes.length === 0)
        throw new FlopgateError(`${file}: the ONNX graph has no nodes: nothing to measure`);
    const order = topoOrder(file, g);
    if (policy === 'error') {
        for (const n of order)
            if (!ruleFor(n.domain, n.opType))
                throw unsupported(file, model, n);
    }
    const graphInputs = g.inputs.filter((v) => !g.initializers.has(v.name));
    const bound = bindInputs(file, graphInputs, opts.inputShapes, opts.batchSize);
    const values = new Map();
    for (const [name, t] of g.initializers) {
        values.set(name, { shape: t.dims, dtype: t.dataType, constant: true, ref: t, param: isParameterType(t.dataType) ? name : undefined });
    }
    graphInputs.forEach((v, k) => values.set(v.name, { shape: bound.shapes[k], dtype: v.elemType, opaque: v.kind !== 'tensor' }));
    const declared = new Map();
    for (const v of [...g.valueInfo.values(), ...g.outputs]) {
        const d = staticDims(v, bound.symbols);
        if (d)
            declared.set(v.name, d);
    }
    const ensureData = async (v, max = MAX_FOLD) => {
        if (!v || v.data !== undefined || !v.ref || v.ref.elements > max)
            return;
        v.data = await loadTensorData(reader, v.ref);
    };
    const ledger = new ParamLedger(model);
    const rows = [];
    for (const n of order) {
        const slots = n.inputs.map((i) => (i ? values.get(i) : undefined));
        const inputs = slots.map((s) => (s === UNKNOWN ? undefined : s));
        const shapeOf = (s) => (s === undefined || s === UNKNOWN ? [] : s.shape);
        const dataIn = slots.filter((s, i) => s !== undefined && !(s !== UNKNOWN && s.param && i > 0));
        const row = {
            name: rowName(n),
            type: typeName(n),
            input_shape: dataIn.length === 1 ? shapeOf(dataIn[0]) : dataIn.map(shapeOf),
            output_shape: [],
            ops: {},
            params: 0,
            trainable_params: 0,
        };
        rows.push(row);
        const identityOfParam = isIdentityOfParam(n, inputs);
        const taken = ledger.take(n, inputs);
        row.params = taken.params;
        row.trainable_params = taken.trainable;
        const rule = ruleFor(n.domain, n.opType);
        const opaque = n.opType === 'Identity' ? undefined : inputs.findIndex((v) => v?.opaque);
        if (opaque !== undefined && opaque >= 0 && policy === 'error') {
            throw unsupported(file, model, n, ` on input "${n.inputs[opaque]}", a sequence, map or optional rather than a tensor`);
        }
        const blocked = slots.some((s) => s === UNKNOWN) || (opaque !== undefined && opaque >= 0);
        if (!rule || blocked) {
            row.unknown = true;
            row.note = rule ? 'input unknown: it follows an unsupported op or is not a tensor' : `unsupported op (domain ${n.domain || 'ai.onnx'}), counted as 0`;
            const outs = n.outputs.map((o) => declared.get(o));
            n.outputs.forEach((o, k) => {
                if (!o)
                    return;
                const d = outs[k];
                values.set(o, d ? { shape: d, dtype: 0 } : UNKNOWN);
            });
            row.output_shape = outs.length === 1 ? outs[0] ?? [] : outs.map((d) => d ?? []);
            continue;
        }
        const attrValues = new Map();
        for (const a of n.attrs) {
            if (a.t && a.t.elements <= ATTR_PRELOAD) {
                const d = await loadTensorData(reader, a.t);
                if (d)
                    attrValues.set(a.name, d);
            }
        }
        const ctx = new NodeCtx(file, n, isDefaultDomain(n.domain) ? opset : model.opsets.get(n.domain) ?? 1, inputs, n.outputs.map((o) => declared.get(o)), attrValues);
        const present = inputs.filter((v) => v !== undefined);
        const allConstant = present.every((v) => v.constant) && n.inputs.every((name, i) => !name || inputs[i]);
        for (const i of rule.reads?.(ctx) ?? [])
            await ensureData(inputs[i]);
        // Folding a node of constants reads only small ones: a Transpose of a weight is weights.
        if (allConstant)
            for (const v of present)
                await ensureData(v, FOLD_READ);
        const res = rule.infer(ctx);
        n.outputs.forEach((o, k) => {
            if (!o)
                return;
            const v = res.outputs[k];
            if (!v)
                ctx.fail(`output ${k} ("${o}") has no inferred shape`);
            // Values known now (folded shape arithmetic) are the same at every inference.
            if (allConstant || v.data !== undefined)
                v.constant = true;
            if (inputs[0]?.opaque)
                v.opaque = true;
            if (identityOfParam) {
                v.constant = true;
                v.param = o;
                v.ref = inputs[0]?.ref;
            }
            values.set(o, v);
        });
        const outShapes = n.outputs.flatMap((o, k) => (o ? [res.outputs[k].shape] : []));
        row.output_shape = outShapes.length === 1 ? outShapes[0] : outShapes;
        if (allConstant && !identityOfParam) {
            row.note = 'constant: computed once when the model loads, not per inference';
        }
        else {
            row.ops = res.ops;
            if (res.note)
                row.note = res.note;
            if (ctx.usedDeclared)
                row.note = 'output shape as declared in the file: it depends on values only known at run time';
        }
        if (taken.note)
            row.note = taken.note;
    }
    const report = buildModelReport({
        name: opts.name ?? (0,external_node_path_namespaceObject.basename)(file),
        path: file,
        format: 'onnx',
        convention: opts.convention ?? DEFAULTS.convention,
        batch_size: bound.batch,
        input_shapes: bound.shapes,
    }, rows);
    const outputShapes = g.outputs.map((o) => {
        const v = values.get(o.name);
        return v === undefined || v === UNKNOWN || v.opaque ? undefined : v.shape;
    });
    return { report, outputShapes };
}

;// CONCATENATED MODULE: ./src/formats/hdf5-bytes.ts

/**
 * Metadata is scattered in small pieces (8-byte message headers, 16-byte heap object headers,
 * B-tree nodes and heap blocks that point at each other), so small reads go through a cache
 * of aligned 4 KB pages: few system calls, no page read twice, and `bytesRead` grows by the
 * pages the walk touches, never by the size of a dataset it steps over.
 */
const PAGE = 4096;
const MAX_PAGES = 64;
/** Larger requests bypass the cache so a big attribute is read exactly once. */
const DIRECT = PAGE / 2;
/** A well-formed root group needs a few dozen reads; thousands mean a structure that loops. */
const MAX_SOURCE_READS = 10_000;
/** Keras model configs run to megabytes at most; a string far beyond that is not one. */
const MAX_ATTRIBUTE_BYTES = 64 * 1024 * 1024;
/** Total bytes one lookup may read: the largest attribute plus generous metadata. */
const MAX_TOTAL_BYTES = MAX_ATTRIBUTE_BYTES + 32 * 1024 * 1024;
/** Random access to an HDF5 file with the file's address width and base address applied. */
class H5Reader {
    src;
    file;
    /** "Size of Offsets" and "Size of Lengths" from the superblock, in bytes. */
    offsetSize = 8;
    lengthSize = 8;
    /** Absolute position that every file address is relative to. */
    base = 0;
    pages = new Map();
    reads = 0;
    fetched = 0;
    constructor(src, file) {
        this.src = src;
        this.file = file;
    }
    get size() {
        return this.src.size;
    }
    corrupt(what) {
        return new FlopgateError(`${this.file}: corrupt HDF5 file: ${what}`);
    }
    unsupported(what) {
        return new FlopgateError(`${this.file}: unsupported HDF5 feature: ${what}`);
    }
    /** `length` bytes at absolute `offset`; `what` names the structure for the error message. */
    async bytes(offset, length, what) {
        if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
            throw this.corrupt(`${what} has an impossible address or size`);
        }
        if (offset + length > this.src.size) {
            throw new FlopgateError(`${this.file}: truncated HDF5 file (${what} needs bytes up to ${offset + length}, file has ${this.src.size})`);
        }
        if (length > DIRECT)
            return this.fetch(offset, length);
        const first = Math.floor(offset / PAGE);
        const last = Math.floor((offset + Math.max(length, 1) - 1) / PAGE);
        const a = await this.page(first);
        const rel = offset - first * PAGE;
        if (first === last)
            return a.subarray(rel, rel + length);
        const out = new Uint8Array(length);
        out.set(a.subarray(rel));
        out.set((await this.page(last)).subarray(0, length - (a.length - rel)), a.length - rel);
        return out;
    }
    async page(index) {
        const hit = this.pages.get(index);
        if (hit) {
            // Map order doubles as recency order.
            this.pages.delete(index);
            this.pages.set(index, hit);
            return hit;
        }
        const start = index * PAGE;
        const page = await this.fetch(start, Math.min(PAGE, this.src.size - start));
        if (this.pages.size >= MAX_PAGES)
            this.pages.delete(this.pages.keys().next().value);
        this.pages.set(index, page);
        return page;
    }
    /** A cursor over `length` bytes at absolute `offset`. */
    async cursor(offset, length, what) {
        return new Cursor(await this.bytes(offset, length, what), this, what);
    }
    async fetch(offset, length) {
        this.fetched += length;
        if (++this.reads > MAX_SOURCE_READS || this.fetched > MAX_TOTAL_BYTES) {
            throw this.corrupt('metadata structures never end (too much read)');
        }
        return this.src.read(offset, length);
    }
}
/** Little-endian field decoding over one structure, with the structure's name in every fault. */
class Cursor {
    buf;
    r;
    what;
    pos = 0;
    constructor(buf, r, what) {
        this.buf = buf;
        this.r = r;
        this.what = what;
    }
    get remaining() {
        return this.buf.length - this.pos;
    }
    need(n) {
        if (this.pos + n > this.buf.length)
            throw this.r.corrupt(`${this.what} is cut short`);
    }
    skip(n) {
        this.need(n);
        this.pos += n;
        return this;
    }
    u8() {
        this.need(1);
        return this.buf[this.pos++];
    }
    u16() {
        return this.uint(2);
    }
    u32() {
        return this.uint(4);
    }
    bytes(n) {
        this.need(n);
        const out = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    ascii(n) {
        return String.fromCharCode(...this.bytes(n));
    }
    /** Unsigned little-endian integer of `n` bytes (0..8); values past 2^53 are faults. */
    uint(n) {
        this.need(n);
        let v = 0;
        for (let i = n - 1; i >= 0; i--)
            v = v * 256 + this.buf[this.pos + i];
        this.pos += n;
        if (!Number.isSafeInteger(v))
            throw this.r.corrupt(`${this.what} holds a value beyond 2^53`);
        return v;
    }
    /** A "Size of Lengths" field. */
    length() {
        return this.uint(this.r.lengthSize);
    }
    /** A "Size of Offsets" file address made absolute, or null for the undefined address (all ones). */
    address() {
        const n = this.r.offsetSize;
        this.need(n);
        let ones = true;
        for (let i = 0; i < n; i++)
            if (this.buf[this.pos + i] !== 0xff)
                ones = false;
        if (ones) {
            this.pos += n;
            return null;
        }
        const abs = this.r.base + this.uint(n);
        if (!Number.isSafeInteger(abs))
            throw this.r.corrupt(`${this.what} holds an address beyond 2^53`);
        return abs;
    }
    /** An address that must be defined. */
    requiredAddress(field) {
        const a = this.address();
        if (a === null)
            throw this.r.corrupt(`${this.what} has no ${field}`);
        return a;
    }
}
/** Smallest number of bytes that encodes `v` (HDF5's "limit encode size"). */
function bytesToEncode(v) {
    let n = 1;
    while (v >= 256 ** n && n < 8)
        n++;
    return n;
}
/** log2 of a power of two, or -1 when `v` is not one. */
function log2Exact(v) {
    if (!Number.isSafeInteger(v) || v < 1)
        return -1;
    let n = 0;
    while (2 ** n < v)
        n++;
    return 2 ** n === v ? n : -1;
}
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/formats/hdf5-superblock.ts

const SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
/**
 * Offset of the HDF5 signature, or -1. The format allows the superblock at 0 or at 512 times a
 * power of two (after a user block), so at most log2(size) small reads are needed.
 */
async function findHdf5Signature(src) {
    for (let at = 0; at + SIGNATURE.length <= src.size; at = at === 0 ? 512 : at * 2) {
        const b = await src.read(at, SIGNATURE.length);
        if (SIGNATURE.every((v, i) => b[i] === v))
            return at;
    }
    return -1;
}
/**
 * Reads the superblock at `sigOffset` and configures `r` (address widths, base address).
 * Also refuses a file shorter than the superblock's end-of-file address: a cut copy would
 * otherwise read fine up to the point where its metadata stops making sense.
 */
async function readSuperblock(r, sigOffset) {
    const head = await r.cursor(sigOffset, 16, 'superblock');
    head.skip(8);
    const version = head.u8();
    let offsetSize;
    let lengthSize;
    let fixed;
    if (version === 0 || version === 1) {
        head.skip(4); // free-space, root entry and shared-header versions, reserved
        offsetSize = head.u8();
        lengthSize = head.u8();
        fixed = version === 0 ? 24 : 28;
    }
    else if (version === 2 || version === 3) {
        offsetSize = head.u8();
        lengthSize = head.u8();
        fixed = 12;
    }
    else {
        throw r.unsupported(`superblock version ${version}`);
    }
    for (const [name, n] of [['offsets', offsetSize], ['lengths', lengthSize]]) {
        if (n !== 2 && n !== 4 && n !== 8)
            throw r.unsupported(`${n}-byte ${name} in the superblock`);
    }
    r.offsetSize = offsetSize;
    r.lengthSize = lengthSize;
    // v0/v1: base, free-space, end-of-file and driver addresses, then the root symbol table
    // entry (link name offset, object header address, cache type, reserved, scratch pad).
    // v2/v3: base, superblock extension, end-of-file and root object header addresses, checksum.
    const O = offsetSize;
    const total = version <= 1 ? fixed + 4 * O + 2 * O + 24 : fixed + 4 * O + 4;
    const c = await r.cursor(sigOffset, total, 'superblock');
    c.skip(fixed);
    // Addresses are relative to the base; read them raw first, since the base is not known yet.
    r.base = 0;
    const storedBase = c.uint(O);
    c.skip(O);
    const eof = c.address();
    let root;
    if (version <= 1) {
        c.skip(O); // driver information block
        c.skip(O); // root entry: link name offset
        root = c.address();
    }
    else {
        root = c.address();
    }
    // The library's rule: when the superblock is not where the base address says, the whole
    // file was moved (a user block added or removed) and the base follows the superblock.
    r.base = sigOffset;
    if (root === null)
        throw r.corrupt('the superblock has no root group');
    const rootObjectHeader = root + sigOffset;
    if (eof !== null) {
        // The stored end-of-file address is absolute, shifted with the superblock if it moved.
        const end = eof - storedBase + sigOffset;
        if (end > r.size) {
            throw new FlopgateError(`${r.file}: truncated HDF5 file (its superblock says ${end} bytes, the file has ${r.size})`);
        }
    }
    return { version, rootObjectHeader };
}

;// CONCATENATED MODULE: ./src/formats/hdf5-object-header.ts
const MSG_CONTINUATION = 0x10;
/** A root group holds a handful of messages; this many means a broken or hostile header. */
const MAX_MESSAGES = 65_536;
const MAX_CHUNKS = 4_096;
/**
 * Every message of the object header at `address`, following continuation blocks, in file
 * order. Only message headers are read here: bodies are read by whoever wants them.
 */
async function* objectHeaderMessages(r, address) {
    const prefix = await r.bytes(address, 4, 'object header');
    const v2 = prefix[0] === 0x4f && prefix[1] === 0x48 && prefix[2] === 0x44 && prefix[3] === 0x52; // "OHDR"
    let first;
    let creationOrder = false;
    if (v2) {
        const c = await r.cursor(address, 6, 'object header');
        c.skip(4);
        const version = c.u8();
        if (version !== 2)
            throw r.unsupported(`object header version ${version}`);
        const flags = c.u8();
        creationOrder = (flags & 0x04) !== 0;
        const extra = (flags & 0x20 ? 16 : 0) + (flags & 0x10 ? 4 : 0); // times, attribute phase change
        const sizeBytes = 1 << (flags & 0x03);
        const s = await r.cursor(address + 6 + extra, sizeBytes, 'object header');
        const start = address + 6 + extra + sizeBytes;
        first = { start, end: start + s.uint(sizeBytes) };
    }
    else {
        const c = await r.cursor(address, 16, 'object header');
        const version = c.u8();
        if (version !== 1)
            throw r.corrupt(`no object header at ${address} (version byte ${version})`);
        c.skip(7); // reserved, message count, reference count
        first = { start: address + 16, end: address + 16 + c.u32() };
    }
    const queue = [first];
    const seen = new Set([first.start]);
    const headerSize = v2 ? (creationOrder ? 6 : 4) : 8;
    let count = 0;
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
        if (chunk.end > r.size) {
            throw r.corrupt(`object header block at ${chunk.start} runs past the end of the file`);
        }
        for (let pos = chunk.start; pos + headerSize <= chunk.end;) {
            if (++count > MAX_MESSAGES)
                throw r.corrupt('object header has too many messages');
            const h = await r.cursor(pos, headerSize, 'object header message');
            const type = v2 ? h.u8() : h.u16();
            const size = h.u16();
            const flags = h.u8();
            const offset = pos + headerSize;
            if (offset + size > chunk.end)
                throw r.corrupt(`object header message at ${pos} overruns its block`);
            if (type === MSG_CONTINUATION) {
                const c = await r.cursor(offset, r.offsetSize + r.lengthSize, 'object header continuation');
                const start = c.requiredAddress('continuation block address');
                const length = c.length();
                queue.push(await continuationChunk(r, start, length, v2, seen));
            }
            else {
                yield { type, flags, offset, size };
            }
            pos = offset + size;
        }
    }
}
async function continuationChunk(r, start, length, v2, seen) {
    if (seen.has(start))
        throw r.corrupt(`object header continuation loops back to ${start}`);
    if (seen.size >= MAX_CHUNKS)
        throw r.corrupt('object header has too many continuation blocks');
    seen.add(start);
    if (length > r.size)
        throw r.corrupt(`object header continuation of ${length} bytes is larger than the file`);
    if (!v2)
        return { start, end: start + length };
    // v2 continuation blocks carry an "OCHK" signature and end with a checksum.
    const sig = await r.bytes(start, 4, 'object header continuation block');
    if (String.fromCharCode(...sig) !== 'OCHK' || length < 8) {
        throw r.corrupt(`object header continuation at ${start} is not an OCHK block`);
    }
    return { start: start + 4, end: start + length - 4 };
}

;// CONCATENATED MODULE: ./src/formats/hdf5-global-heap.ts
const align8 = (n) => Math.ceil(n / 8) * 8;
/**
 * `length` bytes of object `index` in the global heap collection at `address` (where
 * variable-length strings live). Walks the collection's object headers one by one and reads
 * only the wanted object's data, so a large collection costs a few window reads.
 */
async function readGlobalHeapObject(r, address, index, length) {
    const L = r.lengthSize;
    const head = await r.cursor(address, 8 + L, 'global heap collection');
    if (head.ascii(4) !== 'GCOL')
        throw r.corrupt(`no global heap collection at ${address}`);
    const version = head.u8();
    if (version !== 1)
        throw r.unsupported(`global heap version ${version}`);
    head.skip(3);
    const size = head.length();
    if (size > r.size - address)
        throw r.corrupt(`global heap collection at ${address} is larger than the file`);
    if (index === 0)
        throw r.corrupt('a variable-length value points to global heap object 0 (free space)');
    const objectHeader = align8(8 + L);
    const end = address + size;
    // Object indexes are 16-bit, so a collection holds at most 65535 objects (plus free space).
    let walked = 0;
    for (let pos = address + align8(8 + L); pos + objectHeader <= end;) {
        if (++walked > 65_536)
            throw r.corrupt(`global heap collection at ${address} never ends`);
        const c = await r.cursor(pos, 8 + L, 'global heap object');
        const id = c.u16();
        c.skip(6); // reference count, reserved
        const objectSize = c.length();
        if (id === 0)
            break; // free space: always the last entry
        if (id === index) {
            if (length > objectSize)
                throw r.corrupt(`global heap object ${index} is shorter than the value it holds`);
            if (pos + objectHeader + length > end)
                throw r.corrupt(`global heap object ${index} runs past its collection`);
            return r.bytes(pos + objectHeader, length, 'global heap object');
        }
        pos += objectHeader + align8(objectSize);
    }
    throw r.corrupt(`global heap collection at ${address} has no object ${index}`);
}

;// CONCATENATED MODULE: ./src/formats/hdf5-attribute.ts


/** Enough of any attribute message version to know its header. */
const HEADER_BYTES = 9;
function parseHeader(c, r) {
    const version = c.u8();
    if (version < 1 || version > 3)
        throw r.unsupported(`attribute message version ${version}`);
    const flags = c.u8();
    const nameSize = c.u16();
    const datatypeSize = c.u16();
    const dataspaceSize = c.u16();
    return { version, flags, nameSize, datatypeSize, dataspaceSize, nameOffset: version === 3 ? 9 : 8 };
}
const pad8 = (n) => Math.ceil(n / 8) * 8;
/** The name stored in the attribute message at `loc`, reading only the message's first bytes. */
async function attributeName(r, loc) {
    const head = await r.cursor(loc.offset, Math.min(HEADER_BYTES, loc.size), 'attribute message');
    const h = parseHeader(head, r);
    if (h.nameOffset + h.nameSize > loc.size)
        throw r.corrupt('attribute name runs past its message');
    const raw = await r.bytes(loc.offset + h.nameOffset, h.nameSize, 'attribute name');
    return beforeNul(raw);
}
/** The name in a complete attribute message already in memory. */
function nameInMessage(r, msg) {
    const c = new Cursor(msg, r, 'attribute message');
    const h = parseHeader(c, r);
    c.pos = h.nameOffset;
    return beforeNul(c.bytes(h.nameSize));
}
function beforeNul(raw) {
    const nul = raw.indexOf(0);
    return nul < 0 ? raw : raw.subarray(0, nul);
}
/** Datatype classes the decoder cares about. */
const FIXED_POINT = 0;
const STRING = 3;
const VLEN = 9;
const ARRAY = 10;
const MAX_TYPE_DEPTH = 8;
const MAX_RANK = 32;
/** No string attribute needs more elements than this. */
const hdf5_attribute_MAX_ELEMENTS = 2 ** 32;
function parseDatatype(c, r, depth = 0) {
    if (depth > MAX_TYPE_DEPTH)
        throw r.corrupt('datatype nests too deeply');
    const b0 = c.u8();
    const bits = c.u8() | (c.u8() << 8) | (c.u8() << 16);
    const t = { cls: b0 & 0x0f, version: b0 >> 4, bits, size: c.u32() };
    if (t.cls === VLEN) {
        t.base = parseDatatype(c, r, depth + 1);
    }
    else if (t.cls === ARRAY) {
        const rank = c.u8();
        if (rank > MAX_RANK)
            throw r.corrupt(`array datatype of rank ${rank}`);
        if (t.version < 3)
            c.skip(3);
        let count = 1;
        for (let i = 0; i < rank; i++)
            count = Math.min(count * c.u32(), hdf5_attribute_MAX_ELEMENTS + 1);
        if (t.version < 3)
            c.skip(4 * rank); // permutation indices
        t.count = count;
        t.base = parseDatatype(c, r, depth + 1);
    }
    return t;
}
/** Element count of a dataspace message; 0 for the null dataspace. */
function parseDataspace(c, r) {
    const version = c.u8();
    const rank = c.u8();
    const flags = c.u8();
    let isNull = false;
    if (version === 1) {
        c.skip(5);
    }
    else if (version === 2) {
        isNull = c.u8() === 2;
    }
    else {
        throw r.unsupported(`dataspace message version ${version}`);
    }
    if (rank > MAX_RANK)
        throw r.corrupt(`dataspace of rank ${rank}`);
    let count = 1;
    for (let i = 0; i < rank; i++)
        count = Math.min(count * c.length(), hdf5_attribute_MAX_ELEMENTS + 1);
    void flags; // maximum dimensions may follow; the current ones are all that matter
    return isNull ? 0 : count;
}
/**
 * The string value of the full attribute message in `msg`. Keras writes variable-length
 * strings; older writers used fixed-length strings, one-element string arrays or raw bytes.
 */
async function attributeString(r, msg, name) {
    const c = new Cursor(msg, r, `attribute "${name}"`);
    const h = parseHeader(c, r);
    if (h.flags & 0x03)
        throw r.unsupported(`attribute "${name}" uses a shared datatype or dataspace`);
    const padded = (n) => (h.version === 1 ? pad8(n) : n);
    c.pos = h.nameOffset + padded(h.nameSize);
    const dt = parseDatatype(new Cursor(c.bytes(h.datatypeSize), r, `attribute "${name}" datatype`), r);
    c.skip(padded(h.datatypeSize) - h.datatypeSize);
    const elements = parseDataspace(new Cursor(c.bytes(h.dataspaceSize), r, `attribute "${name}" dataspace`), r);
    c.skip(padded(h.dataspaceSize) - h.dataspaceSize);
    if (elements === 0)
        throw r.corrupt(`attribute "${name}" has no value (empty dataspace)`);
    if (elements > hdf5_attribute_MAX_ELEMENTS || elements * dt.size > c.remaining) {
        throw r.corrupt(`attribute "${name}" holds more data than its message`);
    }
    const data = c.bytes(elements * dt.size);
    const notString = () => r.corrupt(`attribute "${name}" is not a string (datatype class ${dt.cls})`);
    if (dt.cls === VLEN) {
        if (elements !== 1)
            throw r.unsupported(`attribute "${name}" is a list of ${elements} strings`);
        const isString = (dt.bits & 0x0f) === 1;
        if (!isString && !isByte(dt.base))
            throw notString();
        // The padding of a variable-length string only matters when converting to fixed length;
        // the stored bytes are the value (h5py and the library read them as a C string).
        return decodeText(await vlenBytes(r, data, name), 0);
    }
    if (dt.cls === STRING) {
        // One string, or a run of one-character strings that together spell the text.
        if (elements === 1 || dt.size === 1)
            return decodeText(data, dt.bits & 0x0f);
        throw r.unsupported(`attribute "${name}" is a list of ${elements} strings`);
    }
    if (dt.cls === ARRAY && dt.base) {
        const total = elements * (dt.count ?? 1);
        if (dt.base.cls === STRING && (total === 1 || dt.base.size === 1))
            return decodeText(data, dt.base.bits & 0x0f);
        if (isByte(dt.base))
            return decodeText(data, 1);
        throw notString();
    }
    if (isByte(dt))
        return decodeText(data, 1);
    throw notString();
}
function isByte(t) {
    return t !== undefined && t.size === 1 && (t.cls === FIXED_POINT || t.cls === STRING);
}
/** A variable-length element: its length, then a global heap collection address and index. */
async function vlenBytes(r, element, name) {
    const c = new Cursor(element, r, `attribute "${name}" value`);
    const length = c.u32();
    const collection = c.address();
    const index = c.u32();
    if (length === 0)
        return new Uint8Array(0);
    if (length > MAX_ATTRIBUTE_BYTES)
        throw r.unsupported(`attribute "${name}" of ${length} bytes`);
    if (collection === null)
        throw r.corrupt(`attribute "${name}" points to no global heap`);
    return readGlobalHeapObject(r, collection, index, length);
}
const utf8 = new TextDecoder('utf-8');
/** Text of a fixed-size string field; `padding` is HDF5's 0 null-terminated, 1 null-padded, 2 space-padded. */
function decodeText(bytes, padding) {
    let end = bytes.length;
    if (padding === 2) {
        while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0))
            end--;
    }
    else {
        const nul = bytes.indexOf(0);
        if (nul >= 0)
            end = nul;
    }
    return utf8.decode(bytes.subarray(0, end));
}

;// CONCATENATED MODULE: ./src/formats/hdf5-btree2.ts

/** v2 B-tree record types used here. */
const BTREE_HUGE_OBJECTS = 1;
const BTREE_ATTRIBUTE_NAMES = 8;
const PREFIX = 10; // signature, version, type, checksum
/** The library uses 512-byte nodes for attribute and huge-object indexes. */
const MAX_NODE_SIZE = 64 * 1024;
const MAX_DEPTH = 32;
/** Keyed searches visit a path per match; this many nodes means a tree that loops. */
const MAX_NODES = 1_024;
/**
 * The records of the v2 B-tree at `address` (records of `type`) whose key `order` says is the
 * one searched for, descending only into subtrees that can hold it; every record when no
 * order is given. Records are handed out raw; the caller decodes them.
 */
async function* btree2Records(r, address, type, what, order) {
    const h = await r.cursor(address, 16 + r.offsetSize + r.lengthSize, `${what} B-tree header`);
    if (h.ascii(4) !== 'BTHD')
        throw r.corrupt(`no ${what} B-tree header at ${address}`);
    const version = h.u8();
    if (version !== 0)
        throw r.unsupported(`v2 B-tree version ${version}`);
    const actualType = h.u8();
    if (actualType !== type)
        throw r.corrupt(`${what} B-tree has records of type ${actualType}, expected ${type}`);
    const nodeSize = h.u32();
    const recordSize = h.u16();
    const depth = h.u16();
    h.skip(2); // split and merge percentages
    const root = h.address();
    const rootRecords = h.u16();
    if (nodeSize <= PREFIX || nodeSize > MAX_NODE_SIZE || recordSize === 0 || recordSize > nodeSize - PREFIX || depth > MAX_DEPTH) {
        throw r.corrupt(`${what} B-tree header has impossible sizes`);
    }
    if (root === null || rootRecords === 0)
        return;
    // Field widths follow from the node size, exactly as the library derives them.
    const info = [];
    const leafMax = Math.floor((nodeSize - PREFIX) / recordSize);
    const countSize = bytesToEncode(leafMax);
    info.push({ maxRecords: leafMax, cumulativeSize: 0 });
    let cumulative = leafMax;
    for (let d = 1; d <= depth; d++) {
        const pointer = r.offsetSize + countSize + (d > 1 ? info[d - 1].cumulativeSize : 0);
        const maxRecords = Math.floor((nodeSize - PREFIX - pointer) / (recordSize + pointer));
        if (maxRecords < 1)
            throw r.corrupt(`${what} B-tree nodes are too small for depth ${depth}`);
        cumulative = Math.min((maxRecords + 1) * cumulative + maxRecords, Number.MAX_SAFE_INTEGER);
        info.push({ maxRecords, cumulativeSize: bytesToEncode(cumulative) });
    }
    const stack = [{ address: root, records: rootRecords, depth }];
    const seen = new Set();
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (seen.has(node.address))
            throw r.corrupt(`${what} B-tree node ${node.address} is reached twice`);
        if (seen.size >= MAX_NODES)
            throw r.corrupt(`${what} B-tree has too many nodes`);
        seen.add(node.address);
        const nodeInfo = info[node.depth];
        if (node.records > nodeInfo.maxRecords)
            throw r.corrupt(`${what} B-tree node claims ${node.records} records`);
        const leaf = node.depth === 0;
        const pointerSize = leaf ? 0 : r.offsetSize + countSize + (node.depth > 1 ? info[node.depth - 1].cumulativeSize : 0);
        const used = 6 + node.records * recordSize + (leaf ? 0 : (node.records + 1) * pointerSize);
        const c = await r.cursor(node.address, used, `${what} B-tree node`);
        const sig = c.ascii(4);
        if (sig !== (leaf ? 'BTLF' : 'BTIN'))
            throw r.corrupt(`${what} B-tree node at ${node.address} has no ${leaf ? 'BTLF' : 'BTIN'} signature`);
        c.skip(2); // version, type
        const keys = [];
        for (let i = 0; i < node.records; i++) {
            const rec = c.bytes(recordSize);
            const k = order ? order(rec) : 0;
            keys.push(k);
            if (k === 0)
                yield rec;
        }
        if (leaf)
            continue;
        for (let i = 0; i <= node.records; i++) {
            const child = c.requiredAddress('child node address');
            const records = c.uint(countSize);
            if (node.depth > 1)
                c.skip(info[node.depth - 1].cumulativeSize);
            // Child i holds keys between records i-1 and i; equal keys may sit on either side.
            const fits = (i === 0 || keys[i - 1] <= 0) && (i === node.records || keys[i] >= 0);
            if (records > 0 && fits)
                stack.push({ address: child, records, depth: node.depth - 1 });
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/hdf5-fractal-heap.ts


const MAX_INDIRECT_DEPTH = 16;
/**
 * A fractal heap (dense attribute storage keeps attribute messages in one). Only object
 * lookup by heap ID is implemented: the doubling table is walked from the root block to the
 * one direct block that holds the object, reading block headers only.
 */
class FractalHeap {
    r;
    h;
    constructor(r, h) {
        this.r = r;
        this.h = h;
    }
    get idLength() {
        return this.h.idLength;
    }
    static async open(r, address) {
        const O = r.offsetSize;
        const L = r.lengthSize;
        const c = await r.cursor(address, 4 + 1 + 2 + 2 + 1 + 4 + L + O + L + O + 8 * L + 2 + L + L + 2 + 2 + O + 2, 'fractal heap header');
        if (c.ascii(4) !== 'FRHP')
            throw r.corrupt(`no fractal heap header at ${address}`);
        const version = c.u8();
        if (version !== 0)
            throw r.unsupported(`fractal heap version ${version}`);
        const idLength = c.u16();
        const filterLength = c.u16();
        const flags = c.u8();
        const maxManagedSize = c.u32();
        c.length(); // next huge object ID
        const hugeTree = c.address();
        c.length(); // free space in managed blocks
        c.address(); // free-space manager
        c.skip(8 * L); // managed/allocated space, iterator offset, object counts and sizes
        const width = c.u16();
        const startBlockSize = c.length();
        const maxDirectSize = c.length();
        const maxHeapBits = c.u16();
        c.u16(); // starting rows in root indirect block
        const root = c.address();
        const rootRows = c.u16();
        const startBits = log2Exact(startBlockSize);
        const directBits = log2Exact(maxDirectSize);
        if (idLength < 2 || idLength > 1024 || log2Exact(width) < 0 || width > 65_536 || startBits < 0 || directBits < startBits
            || maxHeapBits < 1 || maxHeapBits > 64 || rootRows > 64) {
            throw r.corrupt(`fractal heap at ${address} has impossible table parameters`);
        }
        return new FractalHeap(r, {
            idLength,
            filtered: filterLength > 0,
            checksummedBlocks: (flags & 0x02) !== 0,
            maxManagedSize,
            hugeTree,
            width,
            startBlockSize,
            maxDirectRows: directBits - startBits + 2,
            heapOffsetSize: Math.ceil(maxHeapBits / 8),
            heapLengthSize: Math.min(Math.ceil(directBits / 8), bytesToEncode(maxManagedSize)),
            root,
            rootRows,
        });
    }
    /** Where the object named by heap ID `id` lies. */
    async locate(id) {
        const { r, h } = this;
        const c = new Cursor(id, r, 'fractal heap ID');
        const first = c.u8();
        if (first >> 6 !== 0)
            throw r.unsupported(`fractal heap ID version ${first >> 6}`);
        const kind = (first >> 4) & 0x03;
        if (kind === 0) {
            const offset = c.uint(h.heapOffsetSize);
            const size = c.uint(h.heapLengthSize);
            return { offset: await this.managed(offset, size), size };
        }
        if (kind === 1)
            return this.huge(c);
        if (kind === 2) {
            // Tiny objects live in the ID; long IDs spend a second byte on the length.
            const size = (h.idLength <= 18 ? first & 0x0f : ((first & 0x0f) << 8) | c.u8()) + 1;
            return c.bytes(size);
        }
        throw r.corrupt(`fractal heap ID of unknown type ${kind}`);
    }
    rowBlockSize(row) {
        return row === 0 ? this.h.startBlockSize : this.h.startBlockSize * 2 ** (row - 1);
    }
    /** Heap-space offset where a row of the doubling table starts. */
    rowStart(row) {
        return row === 0 ? 0 : this.h.width * this.rowBlockSize(row);
    }
    /** Absolute address of managed object bytes [offset, offset + size) of the heap space. */
    async managed(offset, size) {
        const { r, h } = this;
        if (h.filtered)
            throw r.unsupported('filtered (compressed) fractal heap');
        if (h.root === null)
            throw r.corrupt('fractal heap object in an empty heap');
        if (size === 0)
            throw r.corrupt('fractal heap object of size 0');
        if (h.rootRows === 0) {
            if (offset + size > h.startBlockSize)
                throw r.corrupt('fractal heap object lies outside the root block');
            return this.direct(h.root, offset);
        }
        let block = h.root;
        let rows = h.rootRows;
        let blockStart = 0; // heap-space offset covered by the current indirect block
        for (let depth = 0; depth < MAX_INDIRECT_DEPTH; depth++) {
            const rel = offset - blockStart;
            let row = 0;
            while (row + 1 < rows && rel >= this.rowStart(row + 1))
                row++;
            const rowSize = this.rowBlockSize(row);
            const col = Math.floor((rel - this.rowStart(row)) / rowSize);
            if (col >= h.width)
                throw r.corrupt('fractal heap object lies outside its indirect block');
            // Direct-block entries come first, then indirect ones, so row-major order holds for both.
            const entry = row * h.width + col;
            const headerSize = 5 + r.offsetSize + h.heapOffsetSize;
            const sig = await r.bytes(block, 4, 'fractal heap indirect block');
            if (String.fromCharCode(...sig) !== 'FHIB')
                throw r.corrupt(`no fractal heap indirect block at ${block}`);
            const e = await r.cursor(block + headerSize + entry * r.offsetSize, r.offsetSize, 'fractal heap indirect block');
            const child = e.address();
            if (child === null)
                throw r.corrupt('fractal heap object lies in an unallocated block');
            const childStart = this.rowStart(row) + col * rowSize;
            if (row < h.maxDirectRows) {
                const within = rel - childStart;
                if (within + size > rowSize)
                    throw r.corrupt('fractal heap object crosses its direct block');
                return this.direct(child, within);
            }
            // An indirect block in this row covers rowSize bytes of heap space with its own rows.
            rows = log2Exact(rowSize) - log2Exact(h.startBlockSize * h.width) + 1;
            if (rows < 1)
                throw r.corrupt('fractal heap indirect block with no rows');
            block = child;
            blockStart += childStart;
        }
        throw r.corrupt('fractal heap indirect blocks nest too deeply');
    }
    async direct(block, within) {
        const { r, h } = this;
        const sig = await r.bytes(block, 4, 'fractal heap direct block');
        if (String.fromCharCode(...sig) !== 'FHDB')
            throw r.corrupt(`no fractal heap direct block at ${block}`);
        // Offsets inside a direct block count from its first byte, header included.
        const header = 5 + r.offsetSize + h.heapOffsetSize + (h.checksummedBlocks ? 4 : 0);
        if (within < header)
            throw r.corrupt('fractal heap object overlaps its block header');
        return block + within;
    }
    /** Huge objects sit outside the heap blocks: in the ID, or found through the huge-object B-tree. */
    async huge(c) {
        const { r, h } = this;
        if (h.filtered)
            throw r.unsupported('filtered (compressed) fractal heap');
        const O = r.offsetSize;
        const L = r.lengthSize;
        if (O + L <= h.idLength - 1) {
            const offset = c.requiredAddress('huge object address');
            return { offset, size: c.length() };
        }
        const key = c.uint(Math.min(h.idLength - 1, 8));
        if (h.hugeTree === null)
            throw r.corrupt('huge fractal heap object without a huge-object index');
        // Records are address, length, then the object's key.
        const keyOf = (rec) => new Cursor(rec, r, 'huge object record').skip(O + L).length();
        for await (const rec of btree2Records(r, h.hugeTree, BTREE_HUGE_OBJECTS, 'huge object', (rec) => keyOf(rec) - key)) {
            const rc = new Cursor(rec, r, 'huge object record');
            return { offset: rc.requiredAddress('huge object address'), size: rc.length() };
        }
        throw r.corrupt(`huge fractal heap object ${key} is not in its index`);
    }
}

;// CONCATENATED MODULE: ./src/formats/hdf5-lookup3.ts
/**
 * Bob Jenkins' lookup3 `hashlittle` (public domain), which HDF5 uses for metadata checksums
 * and to key attribute and link names in v2 B-trees. Written from the published algorithm.
 */
function lookup3(key, initval = 0) {
    let a = (0xdeadbeef + key.length + initval) >>> 0;
    let b = a;
    let c = a;
    const rot = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;
    const word = (i) => (key[i] | (key[i + 1] << 8) | (key[i + 2] << 16) | (key[i + 3] << 24)) >>> 0;
    let i = 0;
    let left = key.length;
    while (left > 12) {
        a = (a + word(i)) >>> 0;
        b = (b + word(i + 4)) >>> 0;
        c = (c + word(i + 8)) >>> 0;
        // mix(a, b, c)
        a = (a - c) >>> 0;
        a = (a ^ rot(c, 4)) >>> 0;
        c = (c + b) >>> 0;
        b = (b - a) >>> 0;
        b = (b ^ rot(a, 6)) >>> 0;
        a = (a + c) >>> 0;
        c = (c - b) >>> 0;
        c = (c ^ rot(b, 8)) >>> 0;
        b = (b + a) >>> 0;
        a = (a - c) >>> 0;
        a = (a ^ rot(c, 16)) >>> 0;
        c = (c + b) >>> 0;
        b = (b - a) >>> 0;
        b = (b ^ rot(a, 19)) >>> 0;
        a = (a + c) >>> 0;
        c = (c - b) >>> 0;
        c = (c ^ rot(b, 4)) >>> 0;
        b = (b + a) >>> 0;
        i += 12;
        left -= 12;
    }
    if (left === 0)
        return c;
    // The last 1..12 bytes, little-endian into a, b, c; missing bytes count as zero.
    const tail = [0, 0, 0];
    for (let j = 0; j < left; j++)
        tail[j >> 2] = tail[j >> 2] + key[i + j] * 2 ** (8 * (j & 3));
    a = (a + tail[0]) >>> 0;
    b = (b + tail[1]) >>> 0;
    c = (c + tail[2]) >>> 0;
    // final(a, b, c)
    c = (c ^ b) >>> 0;
    c = (c - rot(b, 14)) >>> 0;
    a = (a ^ c) >>> 0;
    a = (a - rot(c, 11)) >>> 0;
    b = (b ^ a) >>> 0;
    b = (b - rot(a, 25)) >>> 0;
    c = (c ^ b) >>> 0;
    c = (c - rot(b, 16)) >>> 0;
    a = (a ^ c) >>> 0;
    a = (a - rot(c, 4)) >>> 0;
    b = (b ^ a) >>> 0;
    b = (b - rot(a, 14)) >>> 0;
    c = (c ^ b) >>> 0;
    c = (c - rot(b, 24)) >>> 0;
    return c;
}

;// CONCATENATED MODULE: ./src/formats/hdf5.ts









const MSG_ATTRIBUTE = 0x0c;
const MSG_ATTRIBUTE_INFO = 0x15;
const SHARED = 0x02;
/**
 * The string value of root-group attribute `name`, or undefined when the root has no such
 * attribute. Reads metadata only (superblock, root object header, the attribute and the heap
 * holding its value), never a dataset. Throws FlopgateError("<file>: ...") on any fault.
 */
async function readHdf5RootAttribute(src, name, file) {
    try {
        const at = await findHdf5Signature(src);
        if (at < 0)
            throw new FlopgateError(`${file}: not an HDF5 file (no HDF5 signature found)`);
        const r = new H5Reader(src, file);
        const sb = await readSuperblock(r, at);
        return await rootAttribute(r, sb.rootObjectHeader, name);
    }
    catch (e) {
        if (e instanceof FlopgateError)
            throw inFile(file, e);
        // A decoding slip on hostile bytes must still surface as a one-line fault, not a trace.
        const msg = e instanceof Error ? e.message : String(e);
        throw new FlopgateError(`${file}: corrupt HDF5 file (${msg})`);
    }
}
async function rootAttribute(r, header, name) {
    const wanted = new TextEncoder().encode(name);
    let info;
    for await (const m of objectHeaderMessages(r, header)) {
        if (m.type === MSG_ATTRIBUTE_INFO)
            info = m;
        if (m.type !== MSG_ATTRIBUTE)
            continue;
        if (m.flags & SHARED)
            throw r.unsupported('shared attribute message in the root group');
        if (sameBytes(await attributeName(r, m), wanted))
            return readAttribute(r, m, name);
    }
    return info ? denseAttribute(r, info, wanted, name) : undefined;
}
async function readAttribute(r, loc, name) {
    if (loc.size > MAX_ATTRIBUTE_BYTES)
        throw r.unsupported(`attribute "${name}" of ${loc.size} bytes`);
    return attributeString(r, await r.bytes(loc.offset, loc.size, `attribute "${name}"`), name);
}
/**
 * Attributes in dense storage: the attribute info message names a fractal heap holding the
 * attribute messages and a v2 B-tree indexing them by the hash of their name.
 */
async function denseAttribute(r, infoLoc, wanted, name) {
    const c = await r.cursor(infoLoc.offset, infoLoc.size, 'attribute info message');
    const version = c.u8();
    if (version !== 0)
        throw r.unsupported(`attribute info message version ${version}`);
    const flags = c.u8();
    if (flags & 0x01)
        c.skip(2); // maximum creation index
    const heapAddress = c.address();
    const nameIndex = c.address();
    if (heapAddress === null || nameIndex === null)
        return undefined; // attributes are compact
    const heap = await FractalHeap.open(r, heapAddress);
    // Records are heap ID, message flags, creation order, then the name's lookup3 hash: the
    // tree is ordered by that hash, so only records with the wanted hash are visited.
    const hash = lookup3(wanted);
    const hashOf = (rec) => new Cursor(rec, r, 'attribute name record').skip(heap.idLength + 5).u32();
    for await (const rec of btree2Records(r, nameIndex, BTREE_ATTRIBUTE_NAMES, 'attribute name', (rec) => hashOf(rec) - hash)) {
        const rc = new Cursor(rec, r, 'attribute name record');
        const id = rc.bytes(heap.idLength);
        if (rc.u8() & SHARED)
            throw r.unsupported(`attribute "${name}" is a shared message`);
        const obj = await heap.locate(id);
        if (obj instanceof Uint8Array) {
            // A tiny object: the whole message is already in hand.
            if (sameBytes(nameInMessage(r, obj), wanted))
                return attributeString(r, obj, name);
            continue;
        }
        if (sameBytes(await attributeName(r, obj), wanted))
            return readAttribute(r, obj, name);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/detect.ts



const LFS = 'version https://git-lfs.github.com/spec/v1';
function isLfsPointer(head) {
    return new TextDecoder().decode(head.subarray(0, LFS.length)) === LFS;
}
/** The format from the bytes, never the extension: an HDF5 file named `.keras` happens in the wild. */
async function detectFormat(src, label) {
    if (src.size === 0)
        throw new FlopgateError(`${label}: file is empty`);
    const head = await src.read(0, Math.min(src.size, 64));
    if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) {
        return 'keras-zip';
    }
    if ((await findHdf5Signature(src)) >= 0)
        return 'hdf5';
    if (isLfsPointer(head)) {
        throw new FlopgateError(`${label}: is a Git LFS pointer, not the model itself; check it out with \`lfs: true\` (actions/checkout) or run \`git lfs pull\``);
    }
    let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09))
        i++;
    const c = head[i];
    if (c === 0x7b || c === 0x5b)
        return 'text';
    if (looksLikeOnnx(head))
        return 'onnx';
    // YAML inline specs: plain printable text.
    if (head.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b !== 0x7f)))
        return 'text';
    throw new FlopgateError(`${label}: not a recognised model file (expected a Keras .keras zip, a Keras .h5 file, a TensorFlow.js model.json, an ONNX model, or a YAML/JSON layers: spec)`);
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __nccwpck_require__(663);
;// CONCATENATED MODULE: ./src/formats/json.ts

/** Deeper than any real model config; a guard against stack exhaustion in JSON.parse and walkers. */
const MAX_JSON_DEPTH = 256;
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
                throw new FlopgateError(`${label}: JSON nests deeper than ${MAX_JSON_DEPTH} levels; refusing it`);
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
        throw new FlopgateError(`${label}${where}: invalid JSON (${msg.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '')})`);
    }
}
function decodeUtf8(bytes, label) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new FlopgateError(`${label}: not valid UTF-8 text`);
    }
}

;// CONCATENATED MODULE: ./src/formats/keras-zip.ts




/** config.json of real models is kilobytes to a few megabytes; beyond this it is an attack. */
const MAX_CONFIG_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 100_000;
/** yauzl reads through our ByteSource, so every byte it takes is counted. */
class SourceReader extends yauzl.RandomAccessReader {
    src;
    constructor(src) {
        super();
        this.src = src;
    }
    _readStreamForRange(start, end) {
        const src = this.src;
        const CHUNK = 64 * 1024;
        let pos = start;
        return new external_node_stream_namespaceObject.Readable({
            read() {
                if (pos >= end) {
                    this.push(null);
                    return;
                }
                const n = Math.min(CHUNK, end - pos);
                src.read(pos, n).then((b) => {
                    pos += n;
                    this.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
                }, (e) => this.destroy(e));
            },
        });
    }
}
function openZip(src) {
    return new Promise((resolve, reject) => {
        yauzl.fromRandomAccessReader(new SourceReader(src), src.size, 
        // Sizes are checked here rather than by yauzl, so a size claim gets its own message.
        { lazyEntries: true, autoClose: false, validateEntrySizes: false, strictFileNames: false, decodeStrings: true }, (err, zip) => (err ? reject(err) : resolve(zip)));
    });
}
function readEntry(zip, entry) {
    return new Promise((resolve, reject) => {
        zip.openReadStream(entry, (err, stream) => {
            if (err)
                return reject(err);
            const parts = [];
            let total = 0;
            stream.on('data', (b) => {
                total += b.length;
                // The header's size was checked before reading; this stops a header that lied low.
                if (total > MAX_CONFIG_BYTES)
                    stream.destroy(new Error(`member inflates past ${MAX_CONFIG_BYTES} bytes`));
                else
                    parts.push(b);
            });
            stream.on('error', reject);
            stream.on('end', () => {
                if (total !== entry.uncompressedSize)
                    reject(new Error(`${entry.fileName} holds ${total} bytes, its header says ${entry.uncompressedSize}`));
                else
                    resolve(Buffer.concat(parts));
            });
        });
    });
}
/**
 * The text of `config.json` from a Keras 3 `.keras` archive. Only the central directory, the
 * member's local header and its data are read; the weights member is never touched.
 */
async function readKerasZipConfig(src, label) {
    let zip;
    try {
        zip = await openZip(src);
    }
    catch (e) {
        throw new FlopgateError(`${label}: not a readable zip archive (${e.message})`);
    }
    if (zip.entryCount > MAX_ENTRIES) {
        throw new FlopgateError(`${label}: zip claims ${zip.entryCount} members; refusing more than ${MAX_ENTRIES}`);
    }
    try {
        const text = await new Promise((resolve, reject) => {
            zip.on('error', reject);
            zip.on('end', () => reject(new FlopgateError(`${label}: no config.json in the archive (not a Keras 3 .keras file)`)));
            zip.on('entry', (entry) => {
                if (entry.fileName !== 'config.json')
                    return zip.readEntry();
                if (entry.uncompressedSize > MAX_CONFIG_BYTES) {
                    return reject(new FlopgateError(`${label}: config.json claims ${entry.uncompressedSize} bytes; refusing more than ${MAX_CONFIG_BYTES}`));
                }
                if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) {
                    return reject(new FlopgateError(`${label}: corrupt zip archive (stored config.json has compressed size ${entry.compressedSize} but uncompressed size ${entry.uncompressedSize})`));
                }
                readEntry(zip, entry).then((b) => resolve(decodeUtf8(b, `${label}: config.json`)), reject);
            });
            zip.readEntry();
        });
        return text;
    }
    catch (e) {
        if (e instanceof FlopgateError)
            throw e;
        const msg = e.message;
        if (/invalid relative path|absolute path/.test(msg)) {
            throw new FlopgateError(`${label}: zip member name leaves the archive (${msg}); refused`);
        }
        throw new FlopgateError(`${label}: corrupt zip archive (${msg})`);
    }
    finally {
        zip.close();
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/keras/layers/config.ts

const keyList = (key) => (typeof key === 'string' ? [key] : key);
function fail(call, why) {
    throw new FlopgateError(`layer "${call.name}" (${call.className}): ${why}`);
}
/** The first spelling present (not null) in the config, with its value. */
function lookup(call, key) {
    for (const k of keyList(key)) {
        const v = call.config[k];
        if (v !== undefined && v !== null)
            return [k, v];
    }
    return undefined;
}
const shown = (key) => keyList(key).map((k) => `"${k}"`).join(' or ');
function num(call, key, dflt) {
    const hit = lookup(call, key);
    if (!hit) {
        if (dflt !== undefined)
            return dflt;
        return fail(call, `config has no ${shown(key)}`);
    }
    const [k, v] = hit;
    if (typeof v !== 'number' || !Number.isFinite(v))
        fail(call, `"${k}" must be a number, got ${JSON.stringify(v)}`);
    return v;
}
/** A count (units, filters, heads): a non-negative integer, or positive when `positive`. */
function config_int(call, key, dflt, positive = true) {
    const hit = lookup(call, key);
    if (!hit) {
        if (dflt !== undefined)
            return dflt;
        return fail(call, `config has no ${shown(key)}`);
    }
    const [k, v] = hit;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < (positive ? 1 : 0)) {
        fail(call, `"${k}" must be a ${positive ? 'positive' : 'non-negative'} integer, got ${JSON.stringify(v)}`);
    }
    return v;
}
/** Booleans; old Keras and some converters wrote 0/1 (e.g. `"scale": 1`). */
function bool(call, key, dflt) {
    const hit = lookup(call, key);
    if (!hit)
        return dflt;
    const [k, v] = hit;
    if (typeof v === 'boolean')
        return v;
    if (v === 0 || v === 1)
        return v === 1;
    return fail(call, `"${k}" must be true or false, got ${JSON.stringify(v)}`);
}
function str(call, key, dflt) {
    const hit = lookup(call, key);
    if (!hit) {
        if (dflt !== undefined)
            return dflt;
        return fail(call, `config has no ${shown(key)}`);
    }
    const [k, v] = hit;
    if (typeof v !== 'string')
        fail(call, `"${k}" must be a string, got ${JSON.stringify(v)}`);
    return v;
}
/** A string from a fixed set, lower-cased (Keras accepts "SAME" as well as "same"). */
function choice(call, key, options, dflt) {
    const v = str(call, key, dflt).toLowerCase();
    if (!options.includes(v)) {
        fail(call, `${shown(key)} must be one of ${options.join(', ')}, got "${v}"`);
    }
    return v;
}
/** An int or a tuple of ints, as Keras accepts for kernel_size, strides, pool_size. */
function tuple(call, key, rank, dflt) {
    const hit = lookup(call, key);
    const v = hit ? hit[1] : dflt;
    const k = hit ? hit[0] : keyList(key)[0];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return Array(rank).fill(v);
    if (Array.isArray(v) && v.length === rank && v.every((x) => Number.isSafeInteger(x) && x >= 0))
        return v;
    return fail(call, `"${k}" must be an integer or ${rank} integers, got ${JSON.stringify(v)}`);
}
/** A list of integers of any length (Reshape target_shape, Permute dims). */
function config_intList(call, key) {
    const hit = lookup(call, key);
    if (!hit)
        return fail(call, `config has no ${shown(key)}`);
    const [k, v] = hit;
    if (!Array.isArray(v) || !v.every((x) => Number.isSafeInteger(x)))
        fail(call, `"${k}" must be a list of integers, got ${JSON.stringify(v)}`);
    return v;
}
/**
 * An axis or a list of axes of a tensor of `rank` (batch included), normalised to
 * non-negative indices; `null` in the config falls back to `dflt`.
 */
function axes(call, key, rank, dflt) {
    const hit = lookup(call, key);
    const raw = hit ? hit[1] : dflt;
    const list = typeof raw === 'number' ? [raw] : raw;
    if (!Array.isArray(list) || !list.every((a) => Number.isSafeInteger(a))) {
        return fail(call, `${shown(key)} must be an axis or a list of axes, got ${JSON.stringify(raw)}`);
    }
    return list.map((a) => config_normAxis(call, a, rank));
}
function config_normAxis(call, axis, rank) {
    const a = axis < 0 ? axis + rank : axis;
    if (!Number.isSafeInteger(a) || a < 0 || a >= rank)
        fail(call, `axis ${axis} is out of range for an input of rank ${rank}`);
    return a;
}
/** `data_format` (Keras 2/3, null = channels_last) or Keras 1 `dim_ordering` ("tf"/"th"). */
function dataFormat(call) {
    const hit = lookup(call, ['data_format', 'dim_ordering']);
    if (!hit)
        return 'channels_last';
    const v = hit[1];
    if (v === 'channels_last' || v === 'tf' || v === 'default')
        return 'channels_last';
    if (v === 'channels_first' || v === 'th')
        return 'channels_first';
    return fail(call, `"${hit[0]}" must be channels_last or channels_first, got ${JSON.stringify(v)}`);
}
/** The single input of a one-input layer. */
function one(call) {
    if (call.inputs.length !== 1)
        fail(call, `expects one input, got ${call.inputs.length}`);
    return call.inputs[0];
}
/** The input, checked to have exactly `rank` dimensions (batch included). */
function ofRank(call, rank, what) {
    const x = one(call);
    if (x.length !== rank) {
        fail(call, `expects an input of rank ${rank}${what ? ` (${what})` : ''}, got shape [${x.join(', ')}]`);
    }
    return x;
}
/** A nested layer config (wrappers, Keras 3 `{module, class_name, config, registered_name}`). */
function subLayer(call, key) {
    const v = call.config[key];
    if (!v || typeof v !== 'object' || Array.isArray(v))
        return fail(call, `config has no "${key}" layer`);
    const o = v;
    if (typeof o.class_name !== 'string' || !o.config || typeof o.config !== 'object') {
        return fail(call, `"${key}" must be a layer with class_name and config`);
    }
    return { className: o.class_name, config: o.config };
}
const product = (xs) => xs.reduce((a, b) => a * b, 1);

;// CONCATENATED MODULE: ./src/keras/layers/activation-layers.ts


/**
 * ReLU(max_value, negative_slope, threshold), as Keras 3's activations.relu computes it:
 * plain, relu6 and leaky (slope only) are one ReLU-family kernel per element; otherwise
 *   x > threshold ? x : 0            a comparison (instead of the relu)
 *   clip(x, 0, max_value)            a min and a max (max_value other than 6)
 *   x - slope * relu(-x + threshold) a negation, [an add], a relu, a mul and a sub
 */
const ReLU = (call) => {
    const x = one(call);
    const n = product(x);
    const hasMax = lookup(call, 'max_value') !== undefined;
    const maxValue = num(call, 'max_value', 0);
    const slope = num(call, 'negative_slope', 0);
    const threshold = num(call, 'threshold', 0);
    if (slope !== 0 && !hasMax && threshold === 0)
        return { outputs: [x], ops: { relu: n }, params: 0 };
    const ops = {};
    if (slope !== 0)
        addOps(ops, { neg: n, relu: n, ...(threshold !== 0 ? { add: n } : {}) });
    if (threshold !== 0)
        addOps(ops, { compare: n });
    else
        addOps(ops, { relu: n });
    if (hasMax && (threshold !== 0 || maxValue !== 6))
        addOps(ops, { min: n, max: n });
    if (slope !== 0)
        addOps(ops, { mul: n, sub: n });
    return { outputs: [x], ops, params: 0 };
};
/** LeakyReLU (`negative_slope`, Keras 2 `alpha`): one LeakyRelu kernel per element. */
const LeakyReLU = (call) => {
    const x = one(call);
    num(call, ['negative_slope', 'alpha'], 0.3);
    return { outputs: [x], ops: { relu: product(x) }, params: 0 };
};
/** ThresholdedReLU (Keras 2): x * (x > theta), a comparison and a multiplication per element. */
const ThresholdedReLU = (call) => {
    const x = one(call);
    num(call, 'theta', 1);
    const n = product(x);
    return { outputs: [x], ops: { compare: n, mul: n }, params: 0 };
};
/** ELU: the Elu kernel; an alpha other than 1 scales the negative side (a compare and a mul). */
const ELU = (call) => {
    const x = one(call);
    const alpha = num(call, 'alpha', 1);
    const n = product(x);
    return { outputs: [x], ops: alpha === 1 ? { exp: n } : { exp: n, compare: n, mul: n }, params: 0 };
};
/** Softmax over `axis` (default -1): softmax ops per element. */
const Softmax = (call) => {
    const x = one(call);
    axes(call, 'axis', x.length, -1);
    return { outputs: [x], ops: { softmax: product(x) }, params: 0 };
};
/**
 * PReLU: relu(x) - alpha * relu(-x) (Keras 3): two ReLUs, a negation of the input and of
 * alpha, one multiplication and one addition per element. alpha has the input's shape
 * without batch, with every `shared_axes` axis (1-based, as Keras numbers them) reduced to 1.
 */
const PReLU = (call) => {
    const x = one(call);
    const inner = x.slice(1);
    const shared = 'shared_axes' in call.config && call.config.shared_axes !== null ? axes(call, 'shared_axes', x.length, []) : [];
    const alphaShape = inner.map((d, i) => (shared.includes(i + 1) ? 1 : d));
    const alpha = product(alphaShape);
    const n = product(x);
    // The negation of alpha is counted once per sample so that batch size multiplies it too.
    return { outputs: [x], ops: { relu: 2 * n, neg: n + x[0] * alpha, mul: n, add: n }, params: alpha };
};

;// CONCATENATED MODULE: ./src/keras/layers/attention.ts


/**
 * Input order agreed with the graph walker: `inputs` holds the resolved shapes of query,
 * value and (optionally) key, in that order, whether the file passed them positionally
 * (Keras 2 `[query, value, key]`, Keras 3 `args`) or as Keras 3 call kwargs
 * (`query=`, `value=`, `key=`). A missing key is the value, as in Keras.
 */
function qvk(call) {
    const xs = call.inputs;
    if (xs.length < 2 || xs.length > 3)
        fail(call, `expects query, value and optionally key, got ${xs.length} inputs`);
    const [q, v, k = v] = xs;
    if (q[0] !== v[0] || k[0] !== v[0])
        fail(call, 'query, value and key must have the same batch size');
    if (k.slice(0, -1).some((d, i) => d !== v[i]))
        fail(call, `key [${k.join(', ')}] and value [${v.join(', ')}] must agree on all but the last axis`);
    return { q, v, k };
}
const wantsScores = (call) => call.kwargs.return_attention_scores === true;
/**
 * MultiHeadAttention (Keras 2.4+ and 3): query/key/value projections to num_heads x key_dim
 * (value_dim for values), the two attention products per head (scores = Q K^T, context =
 * scores V), and the output projection back to output_shape (default: the query's features).
 *   MACs = Pq dq N Kd + Pk dk N Kd + Pv dv N Vd       projections (P = positions incl. batch)
 *        + Pq Lv N Kd + Pq Lv N Vd                      attention products (L = attended length)
 *        + Pq N Vd out                                  output projection
 * plus a 1/sqrt(Kd) scaling, a softmax over Pq Lv N scores and one bias add per
 * projected element (use_bias). use_gate (Keras 3) adds a sigmoid-gated projection of the
 * query. attention_axes (default: every axis between batch and features) picks which axes
 * are attended over; the others act as more batch.
 */
const MultiHeadAttention = (call) => {
    const { q, v, k } = qvk(call);
    const heads = config_int(call, 'num_heads');
    const kd = config_int(call, 'key_dim');
    const vd = config_int(call, 'value_dim', kd);
    const bias = bool(call, 'use_bias', true);
    const gate = bool(call, 'use_gate', false);
    const rawOut = lookup(call, 'output_shape')?.[1];
    let outDims;
    if (rawOut === undefined)
        outDims = [q[q.length - 1]];
    else if (typeof rawOut === 'number' && Number.isSafeInteger(rawOut) && rawOut > 0)
        outDims = [rawOut];
    else if (Array.isArray(rawOut) && rawOut.length > 0 && rawOut.every((d) => Number.isSafeInteger(d) && d > 0))
        outDims = rawOut;
    else
        return fail(call, `"output_shape" must be an integer or a list of integers, got ${JSON.stringify(rawOut)}`);
    if (q.length < 3 || v.length !== q.length)
        fail(call, `query [${q.join(', ')}] and value [${v.join(', ')}] must have the same rank, at least 3`);
    const rawAxes = lookup(call, 'attention_axes')?.[1];
    const middle = Array.from({ length: q.length - 2 }, (_, i) => i + 1);
    let attAxes;
    if (rawAxes === undefined)
        attAxes = middle;
    else {
        const list = typeof rawAxes === 'number' ? [rawAxes] : rawAxes;
        if (!Array.isArray(list) || !list.every((a) => Number.isSafeInteger(a)))
            fail(call, `"attention_axes" must be a list of axes, got ${JSON.stringify(rawAxes)}`);
        attAxes = list.map((a) => config_normAxis(call, a, q.length));
        if (attAxes.some((a) => !middle.includes(a)))
            fail(call, `attention_axes ${JSON.stringify(rawAxes)} must lie between the batch and the feature axis`);
    }
    for (const a of middle) {
        if (!attAxes.includes(a) && q[a] !== v[a])
            fail(call, `query and value differ on axis ${a}, which is not an attention axis`);
    }
    const [dq, dv, dk] = [q[q.length - 1], v[v.length - 1], k[k.length - 1]];
    const pq = product(q.slice(0, -1));
    const pv = product(v.slice(0, -1));
    const lq = product(attAxes.map((a) => q[a]));
    const lv = product(attAxes.map((a) => v[a]));
    const out = product(outDims);
    const projections = pq * dq * heads * kd + pv * dk * heads * kd + pv * dv * heads * vd + pq * heads * vd * out;
    const products = pq * lv * heads * (kd + vd);
    // Keras 3 scales the scores when it can use its fused dot_product_attention (rank-3 query,
    // no dropout, no scores returned), else the projected query.
    const fused = q.length === 3 && num(call, 'dropout', 0) === 0 && !wantsScores(call);
    const scaled = fused ? pq * lv * heads : pq * heads * kd;
    const ops = { mac: projections + products, mul: scaled, softmax: pq * lv * heads };
    let params = dq * heads * kd + dk * heads * kd + dv * heads * vd + heads * vd * out;
    if (bias) {
        addOps(ops, { bias: pq * heads * kd + pv * heads * kd + pv * heads * vd + pq * out });
        params += 2 * heads * kd + heads * vd + out;
    }
    if (gate) {
        addOps(ops, { mac: pq * dq * heads * vd, sigmoid: pq * heads * vd, mul: pq * heads * vd, ...(bias ? { bias: pq * heads * vd } : {}) });
        params += dq * heads * vd + (bias ? heads * vd : 0);
    }
    const y = [...q.slice(0, -1), ...outDims];
    const scores = [q[0], heads, lq, lv];
    return { outputs: wantsScores(call) ? [y, scores] : [y], ops, params };
};
/**
 * Attention (Luong; Keras 2.4+/3) over query [B, Tq, d], value [B, Tv, dv], key [B, Tv, d]:
 * score_mode "dot": scores = Q K^T (B Tq Tv d MACs), times a learned scalar if use_scale;
 * "concat": scores = w * sum(tanh(q + k)) over d (an add, a tanh and a sum per term);
 * softmax over the scores, context = scores V (B Tq Tv dv MACs). Weights: the scale (1) and
 * the concat score weight (1).
 */
const Attention = (call) => {
    const { q, v, k } = qvk(call);
    if (q.length !== 3)
        fail(call, `expects query of rank 3 [batch, Tq, dim], got [${q.join(', ')}]`);
    const [b, tq, d] = q;
    const [, tv, dv] = v;
    if (k[k.length - 1] !== d)
        fail(call, `query and key feature sizes differ (${d} and ${k[k.length - 1]})`);
    const scale = bool(call, 'use_scale', false);
    const mode = choice(call, 'score_mode', ['dot', 'concat'], 'dot');
    const s = b * tq * tv;
    const ops = { mac: s * dv, softmax: s };
    let params = 0;
    if (mode === 'dot') {
        addOps(ops, { mac: s * d, ...(scale ? { mul: s } : {}) });
        params += scale ? 1 : 0;
    }
    else {
        addOps(ops, { add: s * d, tanh: s * d, sum: s * d - s, mul: s + (scale ? s * d : 0) });
        params += 1 + (scale ? 1 : 0);
    }
    const y = [b, tq, dv];
    return { outputs: wantsScores(call) ? [y, [b, tq, tv]] : [y], ops, params };
};
/**
 * AdditiveAttention (Bahdanau): scores = sum(scale * tanh(q + k)) over d (scale: d weights
 * when use_scale, the default), softmax, context = scores V (B Tq Tv dv MACs).
 */
const AdditiveAttention = (call) => {
    const { q, v, k } = qvk(call);
    if (q.length !== 3)
        fail(call, `expects query of rank 3 [batch, Tq, dim], got [${q.join(', ')}]`);
    const [b, tq, d] = q;
    const [, tv, dv] = v;
    if (k[k.length - 1] !== d)
        fail(call, `query and key feature sizes differ (${d} and ${k[k.length - 1]})`);
    const scale = bool(call, 'use_scale', true);
    const s = b * tq * tv;
    const ops = { mac: s * dv, softmax: s, add: s * d, tanh: s * d, sum: s * d - s, ...(scale ? { mul: s * d } : {}) };
    const y = [b, tq, dv];
    return { outputs: wantsScores(call) ? [y, [b, tq, tv]] : [y], ops, params: scale ? d : 0 };
};

;// CONCATENATED MODULE: ./src/keras/layers/activations.ts


/**
 * Every `keras.activations` name (Keras 1, 2 and 3, tfjs) and the primitive ops it costs per
 * element. Single-kernel activations are one op of their family; composite ones spell out
 * their extra arithmetic (silu = x * sigmoid(x): a sigmoid and a multiply), so each
 * convention weighs the parts it counts.
 */
const activations_ACTIVATION_OPS = {
    linear: {},
    relu: { relu: 1 },
    relu6: { relu: 1 },
    leaky_relu: { relu: 1 },
    threshold: { relu: 1 },
    hard_shrink: { relu: 1 },
    soft_shrink: { relu: 1 },
    sigmoid: { sigmoid: 1 },
    hard_sigmoid: { hard_sigmoid: 1 },
    sparse_sigmoid: { hard_sigmoid: 1 },
    hard_tanh: { max: 1, min: 1 },
    hard_silu: { hard_sigmoid: 1, mul: 1 },
    hard_swish: { hard_sigmoid: 1, mul: 1 },
    tanh: { tanh: 1 },
    tanh_shrink: { tanh: 1, sub: 1 },
    softmax: { softmax: 1 },
    // A softmax variant TF runs as one LogSoftmax kernel (no statistics): costed like exp.
    log_softmax: { exp: 1 },
    sparsemax: { softmax: 1 },
    elu: { exp: 1 },
    selu: { exp: 1 },
    // max(x, 0) + alpha * expm1(min(x, 0) / alpha)
    celu: { exp: 1, max: 1, min: 1, div: 1, mul: 1, add: 1 },
    exponential: { exp: 1 },
    softplus: { exp: 1 },
    softsign: { exp: 1 },
    squareplus: { exp: 1 },
    sparse_plus: { exp: 1 },
    // -softplus(-x)
    log_sigmoid: { exp: 1, neg: 2 },
    // x * sigmoid(beta * x) with beta = 1, as TF computes it
    silu: { sigmoid: 1, mul: 2 },
    swish: { sigmoid: 1, mul: 2 },
    mish: { exp: 1, tanh: 1, mul: 1 },
    gelu: { gelu: 1 },
    // glu(x) = a * sigmoid(b) over the two halves of the last axis: per *output* element.
    glu: { sigmoid: 1, mul: 1 },
};
const ACTIVATION_NAMES = Object.keys(activations_ACTIVATION_OPS);
/** Old spellings and tfjs/serialisation variants of the same functions. */
const ALIASES = {
    relu6: 'relu6',
    leakyrelu: 'leaky_relu',
    hardsigmoid: 'hard_sigmoid',
    hard_silu: 'hard_silu',
    hardswish: 'hard_swish',
    logsoftmax: 'log_softmax',
    logsigmoid: 'log_sigmoid',
    elu: 'elu',
    prelu: 'relu',
    thresholdedrelu: 'relu',
    None: 'linear',
};
/**
 * Keras 3 may write an activation as a serialized object (a function:
 * `{class_name: "function", config: "relu"}`; an activation layer: `{class_name: "LeakyReLU",
 * config: {...}}`); older files as a plain name.
 */
function activationName(call, raw) {
    if (raw === undefined || raw === null)
        return 'linear';
    if (typeof raw === 'string')
        return raw;
    if (typeof raw === 'object' && !Array.isArray(raw)) {
        const o = raw;
        if (typeof o.config === 'string')
            return o.config;
        const cfg = o.config;
        if (typeof o.class_name === 'string' && o.class_name !== 'function')
            return o.class_name;
        if (typeof cfg?.name === 'string')
            return cfg.name;
    }
    return fail(call, `cannot read activation ${JSON.stringify(raw)}`);
}
function lookupActivation(call, name) {
    let key = name.trim();
    key = ALIASES[key] ?? key.toLowerCase();
    key = ALIASES[key] ?? key;
    // Keras 2 serialises some as e.g. "keras.activations.relu" or with a module path.
    if (!(key in activations_ACTIVATION_OPS) && key.includes('.'))
        key = key.slice(key.lastIndexOf('.') + 1);
    if (!(key in activations_ACTIVATION_OPS))
        fail(call, `unknown activation "${name}"`);
    return [key, activations_ACTIVATION_OPS[key]];
}
/**
 * Ops of applying `name` to `elements` values. An activation outside the catalogue is a
 * fault naming it: a custom function's cost is unknown and must not silently be 0.
 */
function activationOps(call, name, elements) {
    const [key, ops] = lookupActivation(call, name);
    if (key === 'glu')
        return scaleOps(ops, elements / 2);
    return scaleOps(ops, elements);
}
/** Applies the activation to a tensor: its output shape (glu halves the last axis) and ops. */
function applyActivation(call, raw, shape) {
    const name = activationName(call, raw);
    const [key, ops] = lookupActivation(call, name);
    if (key === 'glu') {
        const last = shape[shape.length - 1];
        if (last % 2 !== 0)
            fail(call, `activation glu needs an even last dimension, got ${last}`);
        const out = [...shape.slice(0, -1), last / 2];
        return { shape: out, ops: scaleOps(ops, product(out)) };
    }
    return { shape, ops: scaleOps(ops, product(shape)) };
}

;// CONCATENATED MODULE: ./src/keras/layers/core.ts



/** `use_bias` (Keras 2/3, tfjs) or `bias` (Keras 1). */
const useBias = (call, dflt = true) => bool(call, ['use_bias', 'bias'], dflt);
/**
 * Dense acts on the last axis: every leading position (batch included) is one
 * matrix-vector product of in x units MACs, plus one bias addition per output element.
 * Keras 1 wrote `output_dim` for `units` and `bias` for `use_bias`.
 */
const Dense = (call) => {
    const x = one(call);
    if (x.length < 2)
        fail(call, `expects an input of rank 2 or more, got [${x.join(', ')}]`);
    const units = config_int(call, ['units', 'output_dim']);
    const inDim = x[x.length - 1];
    const rows = product(x.slice(0, -1));
    const bias = useBias(call);
    const act = applyActivation(call, call.config.activation, [...x.slice(0, -1), units]);
    const ops = { mac: rows * inDim * units, ...(bias ? { bias: rows * units } : {}) };
    addOps(ops, act.ops);
    return { outputs: [act.shape], ops, params: inDim * units + (bias ? units : 0) };
};
/**
 * EinsumDense: `equation` "ab,bc->ac" (optionally with "..." on the left or the right of the
 * input and output), `output_shape` without the batch dimension (and without the elided
 * dimensions), `bias_axes` a string of output labels. Keras resolves an output dimension left
 * `null` from the input dimension of the same label; so do we.
 * MACs = product of the sizes of every distinct label (each combination of indices is one
 * multiply-accumulate); weights = kernel labels' sizes, bias = bias labels' sizes.
 */
const EinsumDense = (call) => {
    const x = one(call);
    const eq = str(call, 'equation').replace(/\s+/g, '');
    const m = /^([a-zA-Z.]+),([a-zA-Z]+)->([a-zA-Z.]+)$/.exec(eq);
    if (!m)
        fail(call, `cannot read equation "${eq}" (expected like "ab,bc->ac")`);
    const [inRaw, kernelRaw, outRaw] = [m[1], m[2], m[3]];
    const left = inRaw.startsWith('...') && outRaw.startsWith('...');
    const right = inRaw.endsWith('...') && outRaw.endsWith('...') && !left;
    const inSpec = inRaw.replace('...', '');
    const outSpec = outRaw.replace('...', '');
    if (/\./.test(inSpec) || /\./.test(outSpec) || ((inRaw.includes('...') || outRaw.includes('...')) && !left && !right)) {
        fail(call, `equation "${eq}": "..." must lead or trail both the input and the output`);
    }
    const elided = x.length - inSpec.length;
    if (elided < 0 || (elided > 0 && !left && !right)) {
        fail(call, `equation "${eq}" does not fit an input of rank ${x.length}`);
    }
    const rawOut = lookup(call, 'output_shape')?.[1];
    const given = typeof rawOut === 'number' ? [rawOut] : Array.isArray(rawOut) ? rawOut : [];
    if (!given.every((d) => d === null || (Number.isSafeInteger(d) && d >= 0))) {
        fail(call, `"output_shape" must be a list of integers, got ${JSON.stringify(rawOut)}`);
    }
    // Full output shape the way Keras builds it: batch first, elided dims where the "..." is.
    let outShape;
    const elidedNames = Array.from({ length: elided }, (_, i) => `…${i}`);
    let spec;
    if (left) {
        outShape = [...x.slice(0, elided), ...given];
        spec = { input: [...elidedNames, ...inSpec], kernel: [...kernelRaw], output: [...elidedNames, ...outSpec] };
    }
    else if (right) {
        outShape = [x[0], ...given, ...x.slice(x.length - elided)];
        spec = { input: [...inSpec, ...elidedNames], kernel: [...kernelRaw], output: [...outSpec, ...elidedNames] };
    }
    else {
        outShape = [x[0], ...given];
        spec = { input: [...inSpec], kernel: [...kernelRaw], output: [...outSpec] };
    }
    if (outShape.length !== spec.output.length) {
        fail(call, `"output_shape" ${JSON.stringify(rawOut)} does not fit the output "${outRaw}" of equation "${eq}"`);
    }
    const size = new Map();
    spec.input.forEach((l, i) => size.set(l, x[i]));
    spec.output.forEach((l, i) => {
        const d = outShape[i];
        const fromIn = size.get(l);
        if (d === null || d === undefined) {
            if (fromIn === undefined)
                fail(call, `output dimension "${l}" is neither given in output_shape nor an input dimension`);
            outShape[i] = fromIn;
        }
        else if (fromIn !== undefined && fromIn !== d) {
            fail(call, `output dimension "${l}" is ${d} but the input has ${fromIn}`);
        }
        else
            size.set(l, d);
    });
    for (const l of spec.kernel) {
        if (!size.has(l))
            fail(call, `kernel label "${l}" of equation "${eq}" is in neither the input nor the output`);
    }
    const out = outShape;
    const kernel = product(spec.kernel.map((l) => size.get(l)));
    const labels = new Set([...spec.input, ...spec.kernel]);
    const macs = product([...labels].map((l) => size.get(l)));
    const biasAxes = lookup(call, 'bias_axes')?.[1];
    let biasParams = 0;
    if (biasAxes !== undefined) {
        if (typeof biasAxes !== 'string')
            fail(call, `"bias_axes" must be a string of output labels`);
        for (const c of biasAxes)
            if (!outSpec.includes(c))
                fail(call, `bias axis "${c}" is not an output label of "${eq}"`);
        biasParams = product([...biasAxes].map((c) => size.get(c)));
    }
    const act = applyActivation(call, call.config.activation, out);
    const ops = { mac: macs, ...(biasAxes ? { bias: product(out) } : {}) };
    addOps(ops, act.ops);
    return { outputs: [act.shape], ops, params: kernel + biasParams };
};
const core_Flatten = (call) => {
    const x = one(call);
    return { outputs: [[x[0], product(x.slice(1))]], ops: {}, params: 0 };
};
const Activation = (call) => {
    const x = one(call);
    const act = applyActivation(call, call.config.activation, x);
    return { outputs: [act.shape], ops: act.ops, params: 0 };
};
/** Layers that only matter in training or only pass values through: identity at inference. */
const identity = (call) => ({ outputs: [one(call)], ops: {}, params: 0 });
/**
 * Embedding is a table lookup: no floating-point arithmetic (Keras wraps negative indices,
 * a compare and an add per index, counted as `index`). Weights input_dim x output_dim; the
 * output appends output_dim to the (integer) input shape.
 */
const Embedding = (call) => {
    const x = one(call);
    const inputDim = config_int(call, 'input_dim');
    const outputDim = config_int(call, 'output_dim');
    return { outputs: [[...x, outputDim]], ops: { index: 2 * product(x) }, params: inputDim * outputDim };
};
/**
 * Masking zeroes the positions where every feature equals mask_value: one comparison per
 * element (Keras: not_equal, any, where; the select is no arithmetic).
 */
const Masking = (call) => {
    const x = one(call);
    num(call, 'mask_value', 0);
    return { outputs: [x], ops: { compare: product(x) }, params: 0 };
};

;// CONCATENATED MODULE: ./src/keras/layers/spatial.ts

/** `padding` (Keras 2/3, tfjs) or `border_mode` (Keras 1). */
function padding(call, allowed = ['valid', 'same']) {
    return choice(call, ['padding', 'border_mode'], allowed, 'valid');
}
/**
 * Output length of a sliding window along one axis, as Keras computes it: the window spans
 * (k - 1) * dilation + 1 inputs; `valid` keeps windows that fit, `same` and `causal` pad so
 * that every stride-th input starts one, `full` (Keras 1) pads k - 1 on both sides.
 */
function windowLength(call, length, k, stride, pad, dilation = 1) {
    if (stride < 1)
        fail(call, `strides must be at least 1, got ${stride}`);
    if (dilation < 1)
        fail(call, `dilation_rate must be at least 1, got ${dilation}`);
    const span = (k - 1) * dilation + 1;
    let covered;
    if (pad === 'valid')
        covered = length - span + 1;
    else if (pad === 'full')
        covered = length + span - 1;
    else
        covered = length;
    const out = Math.floor((covered + stride - 1) / stride);
    if (out < 1) {
        fail(call, `window ${span} does not fit an input of length ${length} with padding "${pad}"`);
    }
    return out;
}
/**
 * Output length of a transposed convolution along one axis (Keras' deconv_output_length):
 * without output_padding, valid = L * s + max(k - s, 0), same = L * s, full = L * s - (s + k - 2);
 * with it, (L - 1) * s + k - 2 * pad + output_padding.
 */
function deconvLength(call, length, k, stride, pad, outputPadding, dilation = 1) {
    const kk = k + (k - 1) * (dilation - 1);
    let out;
    if (outputPadding === null) {
        if (pad === 'valid')
            out = length * stride + Math.max(kk - stride, 0);
        else if (pad === 'full')
            out = length * stride - (stride + kk - 2);
        else
            out = length * stride;
    }
    else {
        const p = pad === 'same' ? Math.floor(kk / 2) : pad === 'full' ? kk - 1 : 0;
        out = (length - 1) * stride + kk - 2 * p + outputPadding;
    }
    if (out < 1)
        fail(call, `transposed convolution gives an empty output along an axis of length ${length}`);
    return out;
}
function layout(call, rank) {
    const x = ofRank(call, rank + 2, `batch, ${rank} spatial dimension${rank > 1 ? 's' : ''} and channels`);
    const format = dataFormat(call);
    return format === 'channels_last'
        ? { format, batch: x[0], spatial: x.slice(1, -1), channels: x[x.length - 1] }
        : { format, batch: x[0], spatial: x.slice(2), channels: x[1] };
}
function assemble(l, spatial, channels) {
    return l.format === 'channels_last' ? [l.batch, ...spatial, channels] : [l.batch, channels, ...spatial];
}
/** An optional per-axis list that may also be a single int (output_padding, Keras 3 allows null). */
function optionalTuple(call, key, rank) {
    const hit = lookup(call, key);
    if (!hit)
        return Array(rank).fill(null);
    const v = hit[1];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return Array(rank).fill(v);
    if (Array.isArray(v) && v.length === rank && v.every((d) => d === null || (Number.isSafeInteger(d) && d >= 0)))
        return v;
    return fail(call, `"${key}" must be an integer or ${rank} integers, got ${JSON.stringify(v)}`);
}

;// CONCATENATED MODULE: ./src/keras/layers/conv.ts





/** Keras 1 spelled the kernel per axis: filter_length, nb_row/nb_col, kernel_dim1..3. */
const KERAS1_KERNEL = {
    1: ['filter_length'],
    2: ['nb_row', 'nb_col'],
    3: ['kernel_dim1', 'kernel_dim2', 'kernel_dim3'],
};
function kernelSize(call, rank) {
    if (lookup(call, 'kernel_size'))
        return tuple(call, 'kernel_size', rank);
    const old = KERAS1_KERNEL[rank];
    if (old.every((k) => lookup(call, k)))
        return old.map((k) => config_int(call, k));
    return fail(call, 'config has no "kernel_size"');
}
const conv_strides = (call, rank) => tuple(call, ['strides', rank === 1 ? 'subsample_length' : 'subsample'], rank, 1);
const dilation = (call, rank) => tuple(call, ['dilation_rate', 'atrous_rate'], rank, 1);
/** Bias (per output element) and the fused activation of a convolution's output. */
function finish(call, out, macs, bias) {
    const act = applyActivation(call, call.config.activation, out);
    const ops = { mac: macs, ...(bias ? { bias: product(out) } : {}) };
    addOps(ops, act.ops);
    return { outputs: [act.shape], ops };
}
/**
 * Conv1D/2D/3D: every output element is a dot product over a (Cin / groups) x kernel window,
 * MACs = output elements x Cin / groups x prod(kernel); weights prod(kernel) x Cin / groups x
 * filters (+ filters bias). Padding valid/same (and causal for 1-D, full for Keras 1).
 */
function conv(rank) {
    return (call) => {
        const l = layout(call, rank);
        const filters = config_int(call, ['filters', 'nb_filter']);
        const k = kernelSize(call, rank);
        const s = conv_strides(call, rank);
        const d = dilation(call, rank);
        const pad = padding(call, rank === 1 ? ['valid', 'same', 'causal', 'full'] : ['valid', 'same', 'full']);
        const groups = config_int(call, 'groups', 1);
        if (l.channels % groups !== 0 || filters % groups !== 0) {
            fail(call, `groups ${groups} must divide both the input channels ${l.channels} and filters ${filters}`);
        }
        const spatial = l.spatial.map((n, i) => windowLength(call, n, k[i], s[i], pad, d[i]));
        const out = assemble(l, spatial, filters);
        const bias = useBias(call);
        const perOutput = (l.channels / groups) * product(k);
        const r = finish(call, out, product(out) * perOutput, bias);
        return { ...r, params: perOutput * filters + (bias ? filters : 0) };
    };
}
/**
 * Conv1D/2D/3DTranspose: every input element scatters into a kernel window of every filter,
 * MACs = input spatial x Cin x filters / groups x prod(kernel) (batch included); weights
 * prod(kernel) x Cin / groups x filters (+ filters bias). Output length per Keras'
 * deconv_output_length (output_padding honoured).
 */
function convTranspose(rank) {
    return (call) => {
        const l = layout(call, rank);
        const filters = config_int(call, ['filters', 'nb_filter']);
        const k = kernelSize(call, rank);
        const s = conv_strides(call, rank);
        const d = dilation(call, rank);
        const pad = padding(call, ['valid', 'same', 'full']);
        const op = optionalTuple(call, 'output_padding', rank);
        const groups = config_int(call, 'groups', 1);
        if (l.channels % groups !== 0 || filters % groups !== 0) {
            fail(call, `groups ${groups} must divide both the input channels ${l.channels} and filters ${filters}`);
        }
        op.forEach((p, i) => {
            if (p !== null && p >= s[i])
                fail(call, `output_padding ${p} must be smaller than the stride ${s[i]}`);
        });
        let spatial = l.spatial.map((n, i) => deconvLength(call, n, k[i], s[i], pad, op[i], d[i]));
        // Keras 1 Deconvolution2D/3D stored the output shape it was built for: it wins.
        const given = call.config.output_shape;
        if (Array.isArray(given) && given.length === rank + 2) {
            const g = l.format === 'channels_last' ? given.slice(1, -1) : given.slice(2);
            if (g.every((v) => Number.isSafeInteger(v) && v > 0))
                spatial = g;
        }
        const out = assemble(l, spatial, filters);
        const bias = useBias(call);
        const weights = product(k) * (l.channels / groups) * filters;
        const macs = l.batch * product(l.spatial) * l.channels * (filters / groups) * product(k);
        const r = finish(call, out, macs, bias);
        return { ...r, params: weights + (bias ? filters : 0) };
    };
}
/**
 * DepthwiseConv1D/2D: each input channel is convolved with depth_multiplier kernels of its
 * own, MACs = output elements x prod(kernel); weights prod(kernel) x Cin x depth_multiplier.
 */
function depthwise(rank) {
    return (call) => {
        const l = layout(call, rank);
        const dm = config_int(call, 'depth_multiplier', 1);
        const k = kernelSize(call, rank);
        const s = conv_strides(call, rank);
        const d = dilation(call, rank);
        const pad = padding(call, rank === 1 ? ['valid', 'same', 'causal'] : ['valid', 'same']);
        const spatial = l.spatial.map((n, i) => windowLength(call, n, k[i], s[i], pad, d[i]));
        const out = assemble(l, spatial, l.channels * dm);
        const bias = useBias(call);
        const r = finish(call, out, product(out) * product(k), bias);
        return { ...r, params: product(k) * l.channels * dm + (bias ? l.channels * dm : 0) };
    };
}
/**
 * SeparableConv1D/2D: a depthwise convolution (MACs = its output elements x prod(kernel))
 * followed by a 1x1 pointwise one (MACs = output spatial x Cin x depth_multiplier x filters).
 */
function separable(rank) {
    return (call) => {
        const l = layout(call, rank);
        const dm = config_int(call, 'depth_multiplier', 1);
        const filters = config_int(call, ['filters', 'nb_filter']);
        const k = kernelSize(call, rank);
        const s = conv_strides(call, rank);
        const d = dilation(call, rank);
        const pad = padding(call, rank === 1 ? ['valid', 'same', 'causal'] : ['valid', 'same']);
        const spatial = l.spatial.map((n, i) => windowLength(call, n, k[i], s[i], pad, d[i]));
        const out = assemble(l, spatial, filters);
        const positions = l.batch * product(spatial);
        const mid = l.channels * dm;
        const bias = useBias(call);
        const r = finish(call, out, positions * mid * product(k) + positions * mid * filters, bias);
        return { ...r, params: product(k) * mid + mid * filters + (bias ? filters : 0) };
    };
}

;// CONCATENATED MODULE: ./src/keras/layers/merge.ts


/** Numpy-style broadcast of the inputs' shapes, as Keras 3 merge layers allow. */
function merge_broadcast(call, shapes) {
    const rank = Math.max(...shapes.map((s) => s.length));
    const out = [];
    for (let i = 0; i < rank; i++) {
        let d = 1;
        for (const s of shapes) {
            const v = s[s.length - rank + i] ?? 1;
            if (v === 1)
                continue;
            if (d !== 1 && v !== d) {
                fail(call, `cannot merge inputs of shapes ${shapes.map((x) => `[${x.join(', ')}]`).join(' and ')}`);
            }
            d = v;
        }
        out.push(d);
    }
    return out;
}
function inputsAtLeast(call, n) {
    if (call.inputs.length < n)
        fail(call, `expects at least ${n} inputs, got ${call.inputs.length}`);
    return call.inputs;
}
/**
 * Element-wise merges fold the inputs pairwise: k inputs cost (k - 1) ops per output element
 * (Keras adds/multiplies/compares them one after the other). Average adds and then divides
 * once per element.
 */
function elementwise(op, finalDiv = false, exactlyTwo = false) {
    return (call) => {
        const xs = inputsAtLeast(call, 2);
        if (exactlyTwo && xs.length !== 2)
            fail(call, `expects exactly 2 inputs, got ${xs.length}`);
        const out = merge_broadcast(call, xs);
        const n = product(out);
        const ops = { [op]: (xs.length - 1) * n };
        if (finalDiv)
            addOps(ops, { div: n });
        return { outputs: [out], ops, params: 0 };
    };
}
const merge_Add = elementwise('add');
const Subtract = elementwise('sub', false, true);
const Multiply = elementwise('mul');
const Average = elementwise('add', true);
const Maximum = elementwise('max');
const Minimum = elementwise('min');
function concat(call, key) {
    const xs = inputsAtLeast(call, 1);
    const rank = xs[0].length;
    if (xs.some((s) => s.length !== rank))
        fail(call, 'inputs to concatenate must have the same rank');
    const raw = lookup(call, key)?.[1] ?? -1;
    if (!Number.isSafeInteger(raw))
        fail(call, `"${key}" must be an integer, got ${JSON.stringify(raw)}`);
    const axis = config_normAxis(call, raw, rank);
    if (axis === 0)
        fail(call, 'cannot concatenate over the batch axis');
    const out = [...xs[0]];
    out[axis] = 0;
    for (const s of xs) {
        s.forEach((d, i) => {
            if (i !== axis && d !== xs[0][i]) {
                fail(call, `cannot concatenate shapes ${xs.map((x) => `[${x.join(', ')}]`).join(' and ')} on axis ${axis}`);
            }
        });
        out[axis] += s[axis];
    }
    return { outputs: [out], ops: {}, params: 0 };
}
/** Concatenate copies: no arithmetic. */
const Concatenate = (call) => concat(call, 'axis');
function dotAxes(call, raw, ranks) {
    const pair = typeof raw === 'number' ? [raw, raw] : raw;
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((a) => Number.isSafeInteger(a))) {
        return fail(call, `"axes" must be an integer or two integers, got ${JSON.stringify(raw)}`);
    }
    const a = config_normAxis(call, pair[0], ranks[0]);
    const b = config_normAxis(call, pair[1], ranks[1]);
    if (a === 0 || b === 0)
        fail(call, 'cannot take a dot product over the batch axis');
    return [a, b];
}
/** L2 normalisation of one input along an axis (Dot normalize=True): x * min(rsqrt(sum(x^2)), 1/eps). */
function l2(x, axis) {
    const n = product(x);
    const rows = x[axis] === 0 ? 0 : n / x[axis];
    return { square: n, sum: n - rows, rsqrt: rows, min: rows, mul: n };
}
/**
 * Dot (batch_dot over `axes`): for every sample, a contraction over the paired axis. MACs =
 * batch x (other dims of x) x (other dims of y) x the contracted size. Output: x's dims
 * without its axis, then y's without batch and its axis; a vector result becomes [B, 1].
 * normalize=True L2-normalises both inputs first (cosine proximity).
 */
const Dot = (call) => {
    const xs = call.inputs;
    if (xs.length !== 2)
        fail(call, `expects exactly 2 inputs, got ${xs.length}`);
    const [x, y] = xs;
    if (x[0] !== y[0])
        fail(call, `inputs have different batch sizes ${x[0]} and ${y[0]}`);
    const [a, b] = dotAxes(call, lookup(call, ['axes', 'dot_axes'])?.[1] ?? -1, [x.length, y.length]);
    if (x[a] !== y[b])
        fail(call, `cannot contract axis ${a} (size ${x[a]}) with axis ${b} (size ${y[b]})`);
    const xRest = x.filter((_, i) => i !== a && i !== 0);
    const yRest = y.filter((_, i) => i !== b && i !== 0);
    let out = [x[0], ...xRest, ...yRest];
    if (out.length === 1)
        out = [x[0], 1];
    const ops = { mac: x[0] * product(xRest) * product(yRest) * x[a] };
    if (bool(call, 'normalize', false))
        addOps(addOps(ops, l2(x, a)), l2(y, b));
    return { outputs: [out], ops, params: 0 };
};
/**
 * Keras 1 `Merge` layer: `mode` sum/mul/ave/max/concat/dot/cos, `concat_axis`, `dot_axes`.
 * Each mode is costed like the Keras 2 layer it became.
 */
const Merge = (call) => {
    const mode = str(call, 'mode', 'sum');
    switch (mode) {
        case 'sum':
            return merge_Add(call);
        case 'mul':
            return Multiply(call);
        case 'ave':
            return Average(call);
        case 'max':
            return Maximum(call);
        case 'concat':
            return concat(call, 'concat_axis');
        case 'dot':
            return Dot({ ...call, config: { axes: call.config.dot_axes ?? -1 } });
        case 'cos':
            return Dot({ ...call, config: { axes: call.config.dot_axes ?? -1, normalize: true } });
        default:
            return fail(call, `unsupported merge mode "${mode}"`);
    }
};

;// CONCATENATED MODULE: ./src/keras/layers/normalization.ts

/** Product of the input dims at the given axes: the size of one set of per-feature weights. */
const featureSize = (x, ax) => product([...new Set(ax)].map((a) => x[a]));
/**
 * BatchNormalization at inference uses its moving statistics. Keras 3 runs it (TF backend)
 * as tf.nn.batch_normalization, whose graph TF's profiler sees op by op:
 *   inv = rsqrt(var + eps) * gamma        C adds, C rsqrt, C muls (without scale: no mul)
 *   y = x * inv + (beta - mean * inv)     N muls, N adds, C muls, C subs (without center: C negs)
 * with C the features on `axis` and N the input elements (batch included). The per-feature
 * work is counted once per sample (B C), so that the batch size multiplies every figure, as
 * it does for every other layer; at batch 1 it is exactly TF's graph.
 * Weights: gamma, beta (trainable) + moving mean and variance: 4C (Keras 1 too).
 */
const normalization_BatchNormalization = (call) => {
    const x = one(call);
    const c = featureSize(x, axes(call, 'axis', x.length, -1));
    const center = bool(call, 'center', true);
    const scale = bool(call, 'scale', true);
    const n = product(x);
    const bc = x[0] * c;
    const ops = {
        add: n + bc,
        rsqrt: bc,
        mul: n + bc + (scale ? bc : 0),
        ...(center ? { sub: bc } : { neg: bc }),
    };
    const trainable = (center ? c : 0) + (scale ? c : 0);
    return { outputs: [x], ops, params: 2 * c + trainable, trainableParams: trainable };
};
/**
 * Mean-and-variance normalisation over groups of `rows` statistics each covering N / rows
 * elements, with gamma/beta broadcast to `affine` elements (Keras 3 layer_normalization /
 * group normalization, TF backend):
 *   mean, var = moments(x)               2N mean ops, N squared differences
 *   inv = rsqrt(var + eps) [* gamma]     rows adds, rows rsqrt, [affine muls]
 *   res = -mean * inv [+ beta]           rows negs, |inv| muls, [affine adds: beta broadcasts]
 *   y = x * inv + res                    N muls, N adds
 * where |inv| is `affine` when gamma broadcast it, else `rows`.
 */
function momentsNorm(n, rows, affine, scale, center) {
    const inv = scale ? affine : rows;
    return {
        mean: 2 * n,
        sqdiff: n,
        add: rows + (center ? affine : 0) + n,
        rsqrt: rows,
        mul: (scale ? affine : 0) + inv + n,
        neg: rows,
    };
}
/**
 * LayerNormalization over `axis` (an int or a list; default -1): statistics per position of
 * the other axes. Weights gamma and beta of the normalised axes' size each (Keras 3's
 * rms_scaling keeps gamma only and scales by rsqrt of the variance: no shift).
 */
const normalization_LayerNormalization = (call) => {
    const x = one(call);
    const ax = axes(call, 'axis', x.length, -1);
    if (ax.includes(0))
        fail(call, 'cannot normalise over the batch axis');
    const c = featureSize(x, ax);
    const n = product(x);
    const rows = c === 0 ? 0 : n / c;
    const rms = bool(call, 'rms_scaling', false);
    const scale = bool(call, 'scale', true) || rms;
    const center = bool(call, 'center', true) && !rms;
    let ops;
    if (rms) {
        ops = { mean: 2 * n, sqdiff: n, add: rows, rsqrt: rows, mul: n + (scale ? n : 0) };
    }
    else {
        ops = momentsNorm(n, rows, n, scale, center);
    }
    return { outputs: [x], ops, params: (scale ? c : 0) + (center ? c : 0) };
};
/**
 * GroupNormalization: channels on `axis` (default -1) split into `groups`; statistics per
 * (sample, group). gamma/beta have C weights each and broadcast to batch x C elements.
 */
const normalization_GroupNormalization = (call) => {
    const x = one(call);
    const [axis] = axes(call, 'axis', x.length, -1);
    if (axis === 0)
        fail(call, 'cannot normalise over the batch axis');
    const c = x[axis];
    const groups = config_int(call, 'groups', 32);
    if (c % groups !== 0)
        fail(call, `groups ${groups} must divide the ${c} channels`);
    const scale = bool(call, 'scale', true);
    const center = bool(call, 'center', true);
    const n = product(x);
    const ops = momentsNorm(n, x[0] * groups, x[0] * c, scale, center);
    return { outputs: [x], ops, params: (scale ? c : 0) + (center ? c : 0) };
};
/**
 * UnitNormalization: x * min(rsqrt(sum(x^2)), 1/eps) over `axis` (Keras 3 normalize, order 2):
 * N squares, a sum reduction, one rsqrt and one min per row, N muls. No weights.
 */
const UnitNormalization = (call) => {
    const x = one(call);
    const ax = axes(call, 'axis', x.length, -1);
    const n = product(x);
    const c = featureSize(x, ax);
    const rows = c === 0 ? 0 : n / c;
    return { outputs: [x], ops: { square: n, sum: n - rows, rsqrt: rows, min: rows, mul: n }, params: 0 };
};
/**
 * Normalization (preprocessing): (x - mean) / max(sqrt(variance), eps), or with invert
 * mean + x * max(sqrt(variance), eps). The sqrt and max act on the C statistics (C = the
 * sizes of `axis`; null = one scalar; counted once per sample), the sub/div (mul/add) on
 * every element. Weights:
 * mean, variance and a count (2C + 1) when adapted; none when mean and variance are given
 * in the config.
 */
const Normalization = (call) => {
    const x = one(call);
    const hit = lookup(call, 'axis');
    const c = hit === undefined && 'axis' in call.config ? 1 : featureSize(x, axes(call, 'axis', x.length, -1));
    const n = product(x);
    const invert = bool(call, 'invert', false);
    const given = lookup(call, 'mean') !== undefined && lookup(call, 'variance') !== undefined;
    const bc = x[0] * c;
    const ops = invert ? { sqrt: bc, max: bc, mul: n, add: n } : { sqrt: bc, max: bc, sub: n, div: n };
    const params = given ? 0 : 2 * c + 1;
    return { outputs: [x], ops, params, trainableParams: 0 };
};

;// CONCATENATED MODULE: ./src/keras/layers/pooling.ts


/**
 * MaxPooling/AveragePooling 1D/2D/3D: each output element reduces a pool_size window,
 * one comparison (max) or addition (average) per window element per output element, which
 * is what TF's profiler counts for MaxPool/AvgPool. strides default to pool_size; Keras 1
 * wrote pool_length/stride for 1-D and border_mode for padding.
 */
function pooling_pool(rank, kind) {
    return (call) => {
        const l = layout(call, rank);
        const size = tuple(call, ['pool_size', 'pool_length'], rank, 2);
        const s = tuple(call, ['strides', 'stride'], rank, size);
        const pad = padding(call);
        const spatial = l.spatial.map((n, i) => windowLength(call, n, size[i], s[i], pad));
        const out = assemble(l, spatial, l.channels);
        return { outputs: [out], ops: { [kind]: product(out) * product(size) }, params: 0 };
    };
}
/**
 * GlobalAverage/GlobalMax pooling 1D/2D/3D: one reduction over every spatial position;
 * average = a mean over the input elements, max = a max reduction (TF registers no flops for
 * Max, so the tf-profiler convention counts it 0). keepdims keeps the spatial axes as 1.
 */
function globalPool(rank, kind) {
    return (call) => {
        const x = one(call);
        if (x.length !== rank + 2)
            fail(call, `expects an input of rank ${rank + 2}, got [${x.join(', ')}]`);
        const format = dataFormat(call);
        const keep = bool(call, 'keepdims', false);
        const channels = format === 'channels_last' ? x[x.length - 1] : x[1];
        const ones = Array(rank).fill(1);
        const out = keep
            ? format === 'channels_last'
                ? [x[0], ...ones, channels]
                : [x[0], channels, ...ones]
            : [x[0], channels];
        return { outputs: [out], ops: { [kind]: product(x) }, params: 0 };
    };
}

;// CONCATENATED MODULE: ./src/keras/layers/preprocessing.ts


/** Rescaling: x * scale + offset (Keras always applies both): one mul and one add per element. */
const Rescaling = (call) => {
    const x = one(call);
    const n = product(x);
    return { outputs: [x], ops: { mul: n, add: n }, params: 0 };
};
const INTERPOLATIONS = ['bilinear', 'nearest', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'];
/** Resizing to height x width: one interpolation per output element (none for nearest). */
const Resizing = (call) => {
    const l = layout(call, 2);
    const h = config_int(call, 'height');
    const w = config_int(call, 'width');
    const interp = choice(call, 'interpolation', INTERPOLATIONS, 'bilinear');
    const out = assemble(l, [h, w], l.channels);
    return { outputs: [out], ops: interp === 'nearest' ? {} : { resize: product(out) }, params: 0 };
};
/**
 * CenterCrop to height x width: a slice, no arithmetic; an input smaller than the target is
 * first resized (Keras), one interpolation per output element.
 */
const CenterCrop = (call) => {
    const l = layout(call, 2);
    const h = config_int(call, 'height');
    const w = config_int(call, 'width');
    const out = assemble(l, [h, w], l.channels);
    const resized = l.spatial[0] < h || l.spatial[1] < w;
    return { outputs: [out], ops: resized ? { resize: product(out) } : {}, params: 0 };
};

;// CONCATENATED MODULE: ./src/keras/layers/recurrent.ts




/** Gates per cell: the number of H x (I + H) products each step. */
const GATES = { SimpleRNN: 1, GRU: 3, LSTM: 4 };
const STATES = { SimpleRNN: 1, GRU: 1, LSTM: 2 };
/**
 * Ops of one time step of one sample (H units, I inputs), as the Keras cells compute them:
 *   SimpleRNN  h = act(x W + h U + b)
 *   LSTM       z = x W + h U + b (4H);  i, f, o = ract(z_i, z_f, z_o);  g = act(z_g)
 *              c = f * c + i * g;  h = o * act(c)
 *   GRU        x W + b_in, h U (+ b_rec when reset_after);  z, r = ract(x_z + h_z, x_r + h_r)
 *              reset_after: hh = act(x_h + r * (h U_h + b_rec_h));  else hh = act(x_h + (r * h) U_h)
 *              h = z * h + (1 - z) * hh
 * MACs = gates x H x (I + H) per step; `bias` counts every bias vector added.
 */
function stepOps(call, o, units, input, bias, resetAfter) {
    const h = units;
    const act = activationName(call, call.config.activation ?? 'tanh');
    const ract = activationName(call, lookup(call, ['recurrent_activation', 'inner_activation'])?.[1] ?? 'sigmoid');
    const gates = GATES[o.cell];
    const ops = { mac: gates * h * (input + h) };
    const biasVectors = !bias ? 0 : o.cudnn || (o.cell === 'GRU' && resetAfter) ? 2 : 1;
    if (biasVectors)
        ops.bias = biasVectors * gates * h;
    if (o.cell === 'SimpleRNN') {
        addOps(ops, { add: h });
        addOps(ops, activationOps(call, act, h));
    }
    else if (o.cell === 'LSTM') {
        addOps(ops, { add: 4 * h + h, mul: 3 * h });
        addOps(ops, activationOps(call, ract, 3 * h));
        addOps(ops, activationOps(call, act, 2 * h));
    }
    else {
        addOps(ops, { add: 4 * h, mul: 3 * h, sub: h });
        addOps(ops, activationOps(call, ract, 2 * h));
        addOps(ops, activationOps(call, act, h));
    }
    return ops;
}
/**
 * SimpleRNN/GRU/LSTM (and Keras 1's `output_dim`, `inner_activation`; Keras 2's CuDNNGRU and
 * CuDNNLSTM) over an input [batch, timesteps, features]: every step of every sample is
 * counted. Weights: gates x H x (I + H) kernels plus the bias vectors: one per gate, two for
 * GRU with reset_after (the Keras 2.3+/3 default; files without the key predate it) and for
 * the CuDNN layers. Outputs: the sequence or the last step, then the states if return_state.
 */
function rnn(o) {
    return (call) => {
        const x = ofRank(call, 3, 'batch, timesteps, features');
        const [b, t, input] = x;
        const units = config_int(call, ['units', 'output_dim']);
        const bias = o.cudnn ? true : useBias(call);
        const resetAfter = o.cudnn ? true : bool(call, 'reset_after', false);
        const gates = GATES[o.cell];
        const biasVectors = !bias ? 0 : o.cudnn || (o.cell === 'GRU' && resetAfter) ? 2 : 1;
        const params = gates * units * (input + units) + biasVectors * gates * units;
        const ops = scaleOps(stepOps(call, o, units, input, bias, resetAfter), b * t);
        const y = bool(call, 'return_sequences', false) ? [b, t, units] : [b, units];
        const states = bool(call, 'return_state', false) ? Array.from({ length: STATES[o.cell] }, () => [b, units]) : [];
        return { outputs: [y, ...states], ops, params };
    };
}

;// CONCATENATED MODULE: ./src/keras/layers/reshaping.ts


/**
 * Reshape to `target_shape` (without batch); one -1 takes what is left. Pure data movement:
 * no arithmetic.
 */
const reshaping_Reshape = (call) => {
    const x = one(call);
    const target = config_intList(call, 'target_shape');
    const known = product(target.filter((d) => d !== -1));
    const total = product(x.slice(1));
    const free = target.filter((d) => d === -1).length;
    if (free > 1 || target.some((d) => d < -1))
        fail(call, `target_shape ${JSON.stringify(target)} may hold at most one -1 and no other negative size`);
    if (free === 1 ? known === 0 || total % known !== 0 : known !== total) {
        fail(call, `cannot reshape [${x.slice(1).join(', ')}] (${total} values) to ${JSON.stringify(target)}`);
    }
    const out = [x[0], ...target.map((d) => (d === -1 ? total / known : d))];
    return { outputs: [out], ops: {}, params: 0 };
};
/** Permute `dims` (1-based, batch excluded, as Keras numbers them). */
const Permute = (call) => {
    const x = one(call);
    const dims = config_intList(call, 'dims');
    const sorted = [...dims].sort((a, b) => a - b);
    if (dims.length !== x.length - 1 || sorted.some((d, i) => d !== i + 1)) {
        fail(call, `dims ${JSON.stringify(dims)} is not a permutation of 1..${x.length - 1}`);
    }
    return { outputs: [[x[0], ...dims.map((d) => x[d])]], ops: {}, params: 0 };
};
/** RepeatVector(n): [B, F] -> [B, n, F], a copy. */
const RepeatVector = (call) => {
    const x = one(call);
    if (x.length !== 2)
        fail(call, `expects an input of rank 2, got [${x.join(', ')}]`);
    // The tile multiples are computed in the graph: one shape operation (per sample, like every count).
    return { outputs: [[x[0], config_int(call, 'n'), x[1]]], ops: { shape: x[0] }, params: 0 };
};
/**
 * Per-axis (before, after) amounts from an int, one int per axis (symmetric) or one pair per
 * axis; 1-D layers also take a single pair.
 */
function pairs(call, key, rank, dflt) {
    const v = lookup(call, key)?.[1] ?? dflt;
    const okInt = (d) => Number.isSafeInteger(d) && d >= 0;
    if (okInt(v))
        return Array.from({ length: rank }, () => [v, v]);
    if (Array.isArray(v)) {
        if (rank === 1 && v.length === 2 && v.every(okInt))
            return [[v[0], v[1]]];
        if (v.length === rank && v.every(okInt))
            return v.map((d) => [d, d]);
        if (v.length === rank && v.every((p) => Array.isArray(p) && p.length === 2 && p.every(okInt))) {
            return v.map((p) => [p[0], p[1]]);
        }
    }
    return fail(call, `"${key}" must be an integer, ${rank} integers or ${rank} pairs, got ${JSON.stringify(v)}`);
}
/** Cropping1D/2D/3D: slices; no arithmetic. */
function cropping(rank) {
    return (call) => {
        const l = layout(call, rank);
        const p = pairs(call, 'cropping', rank, rank === 1 ? 1 : 0);
        const spatial = l.spatial.map((n, i) => {
            const left = n - p[i][0] - p[i][1];
            if (left < 1)
                fail(call, `cropping ${JSON.stringify(p[i])} removes all of an axis of length ${n}`);
            return left;
        });
        return { outputs: [assemble(l, spatial, l.channels)], ops: {}, params: 0 };
    };
}
/** ZeroPadding1D/2D/3D: copies into a larger zero tensor; no arithmetic. */
function zeroPadding(rank) {
    return (call) => {
        const l = layout(call, rank);
        const p = pairs(call, 'padding', rank, 1);
        return { outputs: [assemble(l, l.spatial.map((n, i) => n + p[i][0] + p[i][1]), l.channels)], ops: {}, params: 0 };
    };
}
/**
 * UpSampling1D/2D/3D: `size` times along each spatial axis. Nearest (the default, and the only
 * mode of 1-D/3-D) repeats values: no arithmetic; any other interpolation (bilinear...) is one
 * interpolation per output element.
 */
function upSampling(rank) {
    return (call) => {
        const l = layout(call, rank);
        const size = tuple(call, rank === 1 ? ['size', 'length'] : 'size', rank, 2);
        const interp = rank === 2 ? choice(call, 'interpolation', ['nearest', 'bilinear', 'bicubic', 'area', 'lanczos3', 'lanczos5', 'gaussian', 'mitchellcubic'], 'nearest') : 'nearest';
        const out = assemble(l, l.spatial.map((n, i) => n * size[i]), l.channels);
        // Nearest repeats along each axis with a multiple computed in the graph (one shape op per
        // axis; like every count here it is per sample, so batch size multiplies it).
        return { outputs: [out], ops: interp === 'nearest' ? { shape: l.batch * rank } : { resize: product(out) }, params: 0 };
    };
}

;// CONCATENATED MODULE: ./src/keras/layers/wrappers.ts


function inner(call, lookupRule, key, inputs, patch) {
    const { className, config } = subLayer(call, key);
    const rule = lookupRule(className);
    if (!rule)
        fail(call, `wraps a layer of unknown type ${className}`);
    const name = typeof config.name === 'string' ? `${call.name}/${config.name}` : `${call.name}/${className}`;
    return rule({ name, className, config: patch ? { ...config, ...patch } : config, inputs, kwargs: call.kwargs });
}
/**
 * TimeDistributed applies the wrapped layer to every step of axis 1: the inner layer sees a
 * batch of batch x timesteps samples, so its ops scale with both, and its weights are shared
 * across steps (counted once).
 */
function makeTimeDistributed(lookupRule) {
    return (call) => {
        const x = one(call);
        if (x.length < 3)
            fail(call, `expects an input of rank 3 or more [batch, timesteps, ...], got [${x.join(', ')}]`);
        const [b, t] = x;
        const r = inner(call, lookupRule, 'layer', [[b * t, ...x.slice(2)]]);
        const outputs = r.outputs.map((s) => [b, t, ...s.slice(1)]);
        return { ...r, outputs };
    };
}
/**
 * Bidirectional runs the wrapped recurrent layer forwards and backwards (the backward one
 * from `backward_layer` when the file gives it, else a copy with go_backwards flipped) and
 * merges the two outputs: concat (the default) on the last axis, sum/mul/ave element-wise
 * (ave: an add and a divide per element), none = both outputs. States of both follow.
 */
function makeBidirectional(lookupRule) {
    return (call) => {
        const x = one(call);
        const fw = inner(call, lookupRule, 'layer', [x]);
        const fwdCfg = subLayer(call, 'layer').config;
        const bw = lookup(call, 'backward_layer')
            ? inner(call, lookupRule, 'backward_layer', [x])
            : inner(call, lookupRule, 'layer', [x], { go_backwards: !(fwdCfg.go_backwards === true) });
        const [yf, ...sf] = fw.outputs;
        const [yb, ...sb] = bw.outputs;
        if (yf.length !== yb.length || yf.slice(0, -1).some((d, i) => d !== yb[i])) {
            fail(call, `forward and backward outputs [${yf.join(', ')}] and [${yb.join(', ')}] do not match`);
        }
        const mode = call.config.merge_mode === null ? 'none' : choice(call, 'merge_mode', ['concat', 'sum', 'mul', 'ave', 'none'], 'concat');
        const ops = addOps(addOps({}, fw.ops), bw.ops);
        let merged;
        if (mode === 'none')
            merged = [yf, yb];
        else if (mode === 'concat')
            merged = [[...yf.slice(0, -1), yf[yf.length - 1] + yb[yb.length - 1]]];
        else {
            if (yf[yf.length - 1] !== yb[yb.length - 1])
                fail(call, `merge_mode ${mode} needs equal forward and backward sizes`);
            const n = product(yf);
            addOps(ops, mode === 'sum' ? { add: n } : mode === 'mul' ? { mul: n } : { add: n, div: n });
            merged = [yf];
        }
        const params = fw.params + bw.params;
        const trainable = (fw.trainableParams ?? fw.params) + (bw.trainableParams ?? bw.params);
        return { outputs: [...merged, ...sf, ...sb], ops, params, trainableParams: trainable };
    };
}

;// CONCATENATED MODULE: ./src/keras/registry.ts











/**
 * Cost and shape rule per Keras class name (Keras 1, 2 and 3; tfjs uses Keras 2's names).
 * Aliases are the other names the same layer was serialised under: Keras 1 `Convolution2D`,
 * the `MaxPool2D`/`AvgPool2D` shorthands, CuDNN recurrent layers. Nested models are handled
 * by the graph walker, not here.
 */
const registry_RULES = {
    // Core
    InputLayer: identity,
    Dense: Dense,
    EinsumDense: EinsumDense,
    Embedding: Embedding,
    Masking: Masking,
    Identity: identity,
    Activation: Activation,
    // Convolutions (Keras 1 names: Convolution*, AtrousConvolution*, Deconvolution*)
    Conv1D: conv(1),
    Conv2D: conv(2),
    Conv3D: conv(3),
    Convolution1D: conv(1),
    Convolution2D: conv(2),
    Convolution3D: conv(3),
    AtrousConvolution1D: conv(1),
    AtrousConvolution2D: conv(2),
    Conv1DTranspose: convTranspose(1),
    Conv2DTranspose: convTranspose(2),
    Conv3DTranspose: convTranspose(3),
    Convolution1DTranspose: convTranspose(1),
    Convolution2DTranspose: convTranspose(2),
    Convolution3DTranspose: convTranspose(3),
    Deconvolution2D: convTranspose(2),
    Deconvolution3D: convTranspose(3),
    DepthwiseConv1D: depthwise(1),
    DepthwiseConv2D: depthwise(2),
    SeparableConv1D: separable(1),
    SeparableConv2D: separable(2),
    SeparableConvolution1D: separable(1),
    SeparableConvolution2D: separable(2),
    // Pooling
    MaxPooling1D: pooling_pool(1, 'maxpool'),
    MaxPooling2D: pooling_pool(2, 'maxpool'),
    MaxPooling3D: pooling_pool(3, 'maxpool'),
    MaxPool1D: pooling_pool(1, 'maxpool'),
    MaxPool2D: pooling_pool(2, 'maxpool'),
    MaxPool3D: pooling_pool(3, 'maxpool'),
    AveragePooling1D: pooling_pool(1, 'avgpool'),
    AveragePooling2D: pooling_pool(2, 'avgpool'),
    AveragePooling3D: pooling_pool(3, 'avgpool'),
    AvgPool1D: pooling_pool(1, 'avgpool'),
    AvgPool2D: pooling_pool(2, 'avgpool'),
    AvgPool3D: pooling_pool(3, 'avgpool'),
    GlobalAveragePooling1D: globalPool(1, 'mean'),
    GlobalAveragePooling2D: globalPool(2, 'mean'),
    GlobalAveragePooling3D: globalPool(3, 'mean'),
    GlobalAvgPool1D: globalPool(1, 'mean'),
    GlobalAvgPool2D: globalPool(2, 'mean'),
    GlobalAvgPool3D: globalPool(3, 'mean'),
    GlobalMaxPooling1D: globalPool(1, 'reduce_max'),
    GlobalMaxPooling2D: globalPool(2, 'reduce_max'),
    GlobalMaxPooling3D: globalPool(3, 'reduce_max'),
    GlobalMaxPool1D: globalPool(1, 'reduce_max'),
    GlobalMaxPool2D: globalPool(2, 'reduce_max'),
    GlobalMaxPool3D: globalPool(3, 'reduce_max'),
    // Normalisation
    BatchNormalization: normalization_BatchNormalization,
    LayerNormalization: normalization_LayerNormalization,
    GroupNormalization: normalization_GroupNormalization,
    UnitNormalization: UnitNormalization,
    Normalization: Normalization,
    // Regularisation: identity at inference
    Dropout: identity,
    SpatialDropout1D: identity,
    SpatialDropout2D: identity,
    SpatialDropout3D: identity,
    GaussianDropout: identity,
    AlphaDropout: identity,
    GaussianNoise: identity,
    ActivityRegularization: identity,
    // Activation layers
    ReLU: ReLU,
    LeakyReLU: LeakyReLU,
    ThresholdedReLU: ThresholdedReLU,
    PReLU: PReLU,
    ELU: ELU,
    Softmax: Softmax,
    // Reshaping
    Flatten: core_Flatten,
    Reshape: reshaping_Reshape,
    Permute: Permute,
    RepeatVector: RepeatVector,
    Cropping1D: cropping(1),
    Cropping2D: cropping(2),
    Cropping3D: cropping(3),
    ZeroPadding1D: zeroPadding(1),
    ZeroPadding2D: zeroPadding(2),
    ZeroPadding3D: zeroPadding(3),
    UpSampling1D: upSampling(1),
    UpSampling2D: upSampling(2),
    UpSampling3D: upSampling(3),
    // Merging
    Add: merge_Add,
    Subtract: Subtract,
    Multiply: Multiply,
    Average: Average,
    Maximum: Maximum,
    Minimum: Minimum,
    Concatenate: Concatenate,
    Dot: Dot,
    Merge: Merge,
    // Recurrent
    SimpleRNN: rnn({ cell: 'SimpleRNN' }),
    GRU: rnn({ cell: 'GRU' }),
    LSTM: rnn({ cell: 'LSTM' }),
    CuDNNGRU: rnn({ cell: 'GRU', cudnn: true }),
    CuDNNLSTM: rnn({ cell: 'LSTM', cudnn: true }),
    // Attention
    MultiHeadAttention: MultiHeadAttention,
    Attention: Attention,
    AdditiveAttention: AdditiveAttention,
    // Preprocessing (random augmentations are identity at inference; RandomCrop center-crops)
    RandomFlip: identity,
    RandomRotation: identity,
    RandomZoom: identity,
    RandomTranslation: identity,
    RandomContrast: identity,
    RandomBrightness: identity,
    RandomCrop: CenterCrop,
    Rescaling: Rescaling,
    Resizing: Resizing,
    CenterCrop: CenterCrop,
};
function registry_ruleFor(className) {
    return Object.prototype.hasOwnProperty.call(registry_RULES, className) ? registry_RULES[className] : undefined;
}
// Wrappers look their inner layer up through ruleFor (late-bound: no import cycle).
registry_RULES.TimeDistributed = makeTimeDistributed(registry_ruleFor);
registry_RULES.Bidirectional = makeBidirectional(registry_ruleFor);

;// CONCATENATED MODULE: ./src/keras/inline.ts


/** `conv2d` → `Conv2D`: inline specs name layers in snake case, Keras classes in Pascal case. */
function classFor(key) {
    const squash = (s) => s.toLowerCase().replace(/_/g, '');
    const want = squash(key);
    if (want === 'input' || want === 'inputlayer')
        return 'InputLayer';
    return Object.keys(registry_RULES).find((c) => squash(c) === want);
}
/**
 * The budget file's inline `layers:` list (a Sequential model written in YAML or JSON):
 * each item is a one-key map from a layer type to its Keras config.
 */
function inlineSpec(layers, label) {
    if (!Array.isArray(layers) || layers.length === 0) {
        throw new FlopgateError(`${label}: layers must be a non-empty list of {type: config} items`);
    }
    const counts = new Map();
    const specs = layers.map((item, i) => {
        const where = `${label}: layers[${i}]`;
        if (typeof item === 'string')
            item = { [item]: {} };
        if (typeof item !== 'object' || item === null || Array.isArray(item) || Object.keys(item).length !== 1) {
            throw new FlopgateError(`${where}: expected one {type: config} item, e.g. {dense: {units: 10}}`);
        }
        const [key, cfg] = Object.entries(item)[0];
        const className = classFor(key);
        if (!className)
            throw new FlopgateError(`${where}: unknown layer type "${key}"`);
        if (cfg !== null && cfg !== undefined && (typeof cfg !== 'object' || Array.isArray(cfg))) {
            throw new FlopgateError(`${where}: the config of "${key}" must be a map`);
        }
        const config = { ...(cfg ?? {}) };
        const base = key.toLowerCase();
        const n = counts.get(base) ?? 0;
        counts.set(base, n + 1);
        const name = typeof config.name === 'string' ? config.name : n === 0 ? base : `${base}_${n}`;
        return { className, name, config, calls: [] };
    });
    return { kind: 'sequential', name: 'inline', layers: specs, inputs: [], outputs: [] };
}

;// CONCATENATED MODULE: ./src/keras/normalize.ts

/** Models nest models; real files go a few levels deep. Deeper is refused, not recursed. */
const MAX_MODEL_DEPTH = 64;
const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function isModelClass(className) {
    return MODEL_CLASSES.has(className);
}
/**
 * A Keras model config (`{class_name, config}`) of any Keras generation, or a tfjs
 * modelTopology, into a ModelSpec. `label` names the file in errors.
 */
function normalizeModel(raw, label, depth = 0) {
    if (depth > MAX_MODEL_DEPTH)
        throw new FlopgateError(`${label}: models nest deeper than ${MAX_MODEL_DEPTH} levels`);
    if (!isObj(raw) || typeof raw.class_name !== 'string') {
        throw new FlopgateError(`${label}: model config has no class_name`);
    }
    const cls = raw.class_name;
    const cfg = raw.config;
    if (cls === 'Sequential')
        return sequential(cfg, label, depth);
    if (cls === 'Functional' || cls === 'Model')
        return functional(cfg, label, depth);
    throw new FlopgateError(`${label}: top-level class "${cls}" is not a Sequential or Functional model`);
}
function layerOf(raw, label, depth, where) {
    if (!isObj(raw) || typeof raw.class_name !== 'string') {
        throw new FlopgateError(`${label}: ${where} has no class_name`);
    }
    const config = isObj(raw.config) ? raw.config : Array.isArray(raw.config) ? { layers: raw.config } : {};
    const name = typeof raw.name === 'string' ? raw.name : typeof config.name === 'string' ? config.name : '';
    if (!name)
        throw new FlopgateError(`${label}: ${where} (${raw.class_name}) has no name`);
    const spec = { className: raw.class_name, name, config, calls: [] };
    if (isModelClass(raw.class_name))
        spec.model = normalizeModel({ class_name: raw.class_name, config: raw.config }, label, depth + 1);
    return spec;
}
function sequential(cfg, label, depth) {
    // Keras 1 and early Keras 2 wrote a Sequential config as the bare list of layers.
    const c = Array.isArray(cfg) ? { layers: cfg } : isObj(cfg) ? cfg : {};
    if (!Array.isArray(c.layers))
        throw new FlopgateError(`${label}: Sequential config has no layers list`);
    const layers = c.layers.map((l, i) => layerOf(l, label, depth, `layer ${i}`));
    const spec = { kind: 'sequential', name: String(c.name ?? 'sequential'), layers, inputs: [], outputs: [] };
    const shape = c.build_input_shape ?? (isObj(c.build_config) ? c.build_config.input_shape : undefined);
    if (Array.isArray(shape) && shape.every((d) => d === null || typeof d === 'number'))
        spec.batchInputShape = shape;
    return spec;
}
/** Keras 2: ["name", node, tensor, {kwargs}]; Keras 3: {class_name: "__keras_tensor__", config: {keras_history}}. */
function tensorRef(v) {
    if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number' && typeof v[2] === 'number') {
        return { layer: v[0], node: v[1], tensor: v[2] };
    }
    if (isObj(v) && v.class_name === '__keras_tensor__' && isObj(v.config)) {
        const h = v.config.keras_history;
        if (Array.isArray(h))
            return tensorRef(h);
    }
    return undefined;
}
/** Tensors in call order: positional args (lists flattened), then query/value/key keywords. */
function keras3Inputs(node) {
    const out = [];
    const visit = (v, depth) => {
        if (depth > 8)
            return;
        const t = tensorRef(v);
        if (t)
            out.push(t);
        else if (Array.isArray(v))
            v.forEach((x) => visit(x, depth + 1));
    };
    visit(node.args, 0);
    const kwargs = isObj(node.kwargs) ? node.kwargs : {};
    for (const k of ['inputs', 'query', 'value', 'key'])
        if (k in kwargs)
            visit(kwargs[k], 0);
    return out;
}
function calls(raw, label, name) {
    const nodes = raw.inbound_nodes;
    if (nodes === undefined || nodes === null)
        return [];
    if (!Array.isArray(nodes))
        throw new FlopgateError(`${label}: layer "${name}" has malformed inbound_nodes`);
    return nodes.map((node) => {
        if (Array.isArray(node)) {
            const inputs = node.map((t) => tensorRef(t));
            if (inputs.some((t) => !t))
                throw new FlopgateError(`${label}: layer "${name}" has a malformed inbound node`);
            const kw = node.find((t) => Array.isArray(t) && isObj(t[3]))?.[3];
            const kwargs = isObj(kw) ? kw : {};
            // Keras 2 passes MultiHeadAttention's `value`/`key` as tensors in the first input's kwargs.
            const extra = ['value', 'key'].map((k) => tensorRef(kwargs[k])).filter((t) => !!t);
            return { inputs: [...inputs, ...extra], kwargs };
        }
        if (isObj(node)) {
            const kwargs = isObj(node.kwargs) ? node.kwargs : {};
            return { inputs: keras3Inputs(node), kwargs };
        }
        throw new FlopgateError(`${label}: layer "${name}" has a malformed inbound node`);
    });
}
/** Keras 3 writes a single model input as ["name", 0, 0]; older Keras as a list of those. */
function refList(v, label, what) {
    const one = tensorRef(v);
    if (one)
        return [one];
    if (Array.isArray(v)) {
        return v.map((x) => {
            const t = tensorRef(x);
            if (!t)
                throw new FlopgateError(`${label}: malformed ${what}`);
            return t;
        });
    }
    throw new FlopgateError(`${label}: model config has no ${what}`);
}
function functional(cfg, label, depth) {
    if (!isObj(cfg) || !Array.isArray(cfg.layers))
        throw new FlopgateError(`${label}: Functional config has no layers list`);
    const layers = cfg.layers.map((l, i) => {
        const spec = layerOf(l, label, depth, `layer ${i}`);
        spec.calls = calls(l, label, spec.name);
        return spec;
    });
    return {
        kind: 'functional',
        name: String(cfg.name ?? 'model'),
        layers,
        inputs: refList(cfg.input_layers, label, 'input_layers'),
        outputs: refList(cfg.output_layers, label, 'output_layers'),
    };
}

;// CONCATENATED MODULE: ./src/formats/tfjs.ts

const tfjs_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** True when a parsed JSON document is a TensorFlow.js model.json of either kind. */
function isTfjsModelJson(doc) {
    return tfjs_isObj(doc) && ('modelTopology' in doc || doc.format === 'layers-model' || doc.format === 'graph-model');
}
/**
 * The Keras model config inside a tfjs layers-model `model.json`. The converter has written it
 * with and without a `format` key, and older versions wrapped it in `model_config`.
 */
function tfjsModelConfig(doc, label) {
    const topo = doc.modelTopology;
    const isGraph = doc.format === 'graph-model' || (tfjs_isObj(topo) && ('node' in topo || 'versions' in topo) && !('class_name' in topo));
    if (isGraph) {
        throw new FlopgateError(`${label}: is a TensorFlow.js graph model; graph models are not supported yet (convert the Keras model as a layers model: tensorflowjs_converter --output_format tfjs_layers_model)`);
    }
    if (!tfjs_isObj(topo))
        throw new FlopgateError(`${label}: model.json has no modelTopology`);
    if (tfjs_isObj(topo.model_config))
        return topo.model_config;
    if ('class_name' in topo)
        return topo;
    throw new FlopgateError(`${label}: modelTopology holds no Keras model config`);
}

;// CONCATENATED MODULE: ./src/formats/text-model.ts






/** model.json files run to a few megabytes; a text "model" far beyond that is not one. */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;
/**
 * A text model file: a TensorFlow.js model.json, a Keras `model.to_json()` document, or a
 * YAML/JSON file holding an inline `layers:` list.
 */
async function readTextModel(src, label) {
    if (src.size > MAX_TEXT_BYTES)
        throw new FlopgateError(`${label}: ${src.size} bytes is too large for a JSON/YAML model file`);
    const text = decodeUtf8(await src.read(0, src.size), label).replace(/^\uFEFF/, '');
    const trimmed = text.trimStart();
    let doc;
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        doc = parseJson(text, label);
    else {
        try {
            doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
        }
        catch (e) {
            const err = e;
            const pos = err.linePos?.[0];
            throw new FlopgateError(`${label}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML (${err.message.split('\n')[0]})`);
        }
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw new FlopgateError(`${label}: expected a model.json, a Keras model JSON or a document with a layers: list`);
    }
    const obj = doc;
    if (isTfjsModelJson(obj))
        return { format: 'tfjs', spec: normalizeModel(tfjsModelConfig(obj, label), label) };
    if (typeof obj.class_name === 'string')
        return { format: 'keras', spec: normalizeModel(obj, label) };
    if ('layers' in obj) {
        const spec = inlineSpec(obj.layers, label);
        return { format: 'inline', spec, ...(obj.input_shape ? { inputShapes: shapesOf(obj.input_shape, label) } : {}) };
    }
    throw new FlopgateError(`${label}: neither a TensorFlow.js model.json, a Keras model JSON, nor a layers: spec`);
}
function shapesOf(v, label) {
    const ok = (s) => Array.isArray(s) && s.every((d) => Number.isInteger(d) && d > 0);
    if (ok(v))
        return [v];
    if (Array.isArray(v) && v.every(ok))
        return v;
    throw new FlopgateError(`${label}: input_shape must be a list of positive integers (or a list of such lists)`);
}

;// CONCATENATED MODULE: ./src/keras/bind.ts

const bind_fmt = (s) => `[${s.map((d) => (d === null ? 'None' : d)).join(', ')}]`;
/**
 * Concrete batch-first input shapes: the batch dimension becomes `batchSize`, open dimensions
 * come from the user's shapes, and a user shape that contradicts a fixed one is refused
 * rather than silently preferred.
 */
function bindInputShapes(declared, given, batchSize, label) {
    if (given && given.length !== declared.length) {
        throw new FlopgateError(`${label}: the model has ${declared.length} input(s) but ${given.length} input shape(s) were given`);
    }
    return declared.map((shape, i) => {
        const user = given?.[i];
        const rest = shape.slice(1);
        if (user && user.length !== rest.length) {
            throw new FlopgateError(`${label}: input ${i + 1} has shape ${bind_fmt(shape)} (rank ${rest.length} without batch), but the given input shape ${bind_fmt(user)} has rank ${user.length}`);
        }
        const bound = rest.map((d, axis) => {
            const u = user?.[axis];
            if (d === null || d === undefined || d < 0) {
                if (u === undefined) {
                    throw new FlopgateError(`${label}: input ${i + 1} has an open dimension (None) at axis ${axis + 1} of ${bind_fmt(shape)}; give it with --input-shape (or input_shape in the budget file)`);
                }
                return u;
            }
            if (u !== undefined && u !== d) {
                throw new FlopgateError(`${label}: input ${i + 1} is fixed at ${bind_fmt(shape)} in the file, but the given input shape is ${bind_fmt(user)}`);
            }
            return d;
        });
        return [batchSize, ...bound];
    });
}

;// CONCATENATED MODULE: ./src/keras/graph.ts



const graph_one = (shapes) => (shapes.length === 1 ? shapes[0] : shapes);
/** The shape a model input declares, batch first, `null` where the file leaves it open. */
function declaredInputShape(layer) {
    const c = layer.config;
    for (const key of ['batch_shape', 'batch_input_shape']) {
        const v = c[key];
        if (Array.isArray(v))
            return v;
    }
    if (Array.isArray(c.input_shape))
        return [null, ...c.input_shape];
    if (typeof c.input_dim === 'number')
        return [null, c.input_dim];
    return undefined;
}
/** Input shapes a model declares, one per input; the walker binds them later. */
function declaredInputs(model, label) {
    if (model.kind === 'sequential') {
        const first = model.layers[0];
        if (!first)
            throw new FlopgateError(`${label}: Sequential model has no layers`);
        const s = (first.className === 'InputLayer' ? declaredInputShape(first) : undefined) ??
            declaredInputShape(first) ??
            model.batchInputShape ??
            (first.model ? declaredInputs(first.model, label)[0] : undefined);
        if (!s)
            throw new FlopgateError(`${label}: the model does not record its input shape; give --input-shape`);
        return [s];
    }
    return model.inputs.map((ref) => {
        const layer = model.layers.find((l) => l.name === ref.layer);
        if (!layer)
            throw new FlopgateError(`${label}: model input "${ref.layer}" is not among its layers`);
        const s = declaredInputShape(layer) ?? (layer.model ? declaredInputs(layer.model, label)[0] : undefined);
        if (!s)
            throw new FlopgateError(`${label}: input "${ref.layer}" does not record its shape; give --input-shape`);
        return s;
    });
}
function applyLayer(layer, inputs, kwargs, prefix, ctx, depth, frozen) {
    const name = prefix + layer.name;
    const isFrozen = frozen || layer.config.trainable === false;
    if (layer.model)
        return walkModel(layer.model, inputs, `${name}/`, ctx, depth + 1, isFrozen);
    const rule = registry_ruleFor(layer.className);
    const first = !ctx.counted.has(layer);
    ctx.counted.add(layer);
    const base = { name, type: layer.className, input_shape: graph_one(inputs) };
    if (!rule) {
        if (ctx.unknown === 'error') {
            throw new FlopgateError(`${ctx.label}: layer "${name}" has unknown type ${layer.className}; no cost rule exists for it (use --unknown warn to count it as 0 and mark the total as a lower bound)`);
        }
        // Without a rule its output shape is unknown too; assuming identity is the only way on.
        ctx.rows.push({ ...base, output_shape: graph_one(inputs), ops: {}, params: 0, trainable_params: 0, unknown: true, note: 'unknown layer type: counted as 0, output shape assumed equal to input' });
        return inputs.length ? [inputs[0]] : [];
    }
    let r;
    try {
        r = rule({ name, className: layer.className, config: layer.config, inputs, kwargs });
    }
    catch (e) {
        if (e instanceof FlopgateError)
            throw new FlopgateError(`${ctx.label}: ${e.message}`);
        throw e;
    }
    for (const s of r.outputs) {
        if (!s.every((d) => Number.isSafeInteger(d) && d >= 0)) {
            throw new FlopgateError(`${ctx.label}: layer "${name}" (${layer.className}) produces an invalid shape [${s.join(', ')}]`);
        }
    }
    const params = first ? r.params : 0;
    const trainable = isFrozen ? 0 : first ? (r.trainableParams ?? r.params) : 0;
    ctx.rows.push({ ...base, output_shape: graph_one(r.outputs), ops: r.ops, params, trainable_params: trainable, ...(r.note ? { note: r.note } : {}) });
    return r.outputs;
}
function walkSequential(model, inputs, prefix, ctx, depth, frozen) {
    let cur = inputs;
    for (const layer of model.layers) {
        if (layer.className === 'InputLayer')
            continue;
        cur = applyLayer(layer, cur, {}, prefix, ctx, depth, frozen);
    }
    return cur;
}
/** Evaluates calls in dependency order (Kahn); whatever cannot be evaluated is a cycle or a dangling reference. */
function walkFunctional(model, inputs, prefix, ctx, depth, frozen) {
    const byName = new Map(model.layers.map((l) => [l.name, l]));
    const key = (layer, node) => `${layer}\u0000${node}`;
    const produced = new Map();
    if (inputs.length !== model.inputs.length) {
        throw new FlopgateError(`${ctx.label}: model "${prefix + model.name}" takes ${model.inputs.length} inputs, got ${inputs.length}`);
    }
    model.inputs.forEach((ref, i) => produced.set(key(ref.layer, ref.node), [inputs[i]]));
    const tensor = (ref) => produced.get(key(ref.layer, ref.node))?.[ref.tensor];
    const pending = [];
    for (const layer of model.layers) {
        if (layer.className === 'InputLayer') {
            if (!produced.has(key(layer.name, 0))) {
                const s = declaredInputShape(layer);
                if (layer.calls.length === 0) {
                    // An InputLayer that is not a model input (rare, but legal in Keras 2) still feeds layers.
                    if (!s || s.some((d, i) => i > 0 && d === null))
                        continue;
                    produced.set(key(layer.name, 0), [s.map((d, i) => (i === 0 ? inputs[0]?.[0] ?? 1 : d))]);
                }
            }
            if (layer.calls.length === 0) {
                ctx.rows.push({ name: prefix + layer.name, type: 'InputLayer', input_shape: [], output_shape: graph_one(produced.get(key(layer.name, 0)) ?? []), ops: {}, params: 0, trainable_params: 0 });
                continue;
            }
        }
        layer.calls.forEach((_, call) => pending.push({ layer, call }));
    }
    for (const ref of model.inputs) {
        if (!byName.has(ref.layer))
            throw new FlopgateError(`${ctx.label}: model input "${ref.layer}" is not among its layers`);
    }
    let progress = true;
    while (pending.length && progress) {
        progress = false;
        for (let i = 0; i < pending.length; i++) {
            const { layer, call } = pending[i];
            const spec = layer.calls[call];
            const ins = spec.inputs.map(tensor);
            if (ins.some((s) => !s))
                continue;
            for (const ref of spec.inputs) {
                if (!byName.has(ref.layer))
                    throw new FlopgateError(`${ctx.label}: layer "${prefix + layer.name}" takes input from unknown layer "${ref.layer}"`);
            }
            const outs = applyLayer(layer, ins, spec.kwargs, prefix, ctx, depth, frozen);
            produced.set(key(layer.name, call), outs);
            pending.splice(i, 1);
            i--;
            progress = true;
        }
    }
    if (pending.length) {
        const dangling = pending.flatMap((p) => p.layer.calls[p.call].inputs).find((r) => !byName.has(r.layer));
        if (dangling)
            throw new FlopgateError(`${ctx.label}: a layer takes input from unknown layer "${dangling.layer}"`);
        const names = [...new Set(pending.map((p) => p.layer.name))].slice(0, 5).join(', ');
        throw new FlopgateError(`${ctx.label}: layers ${names} depend on each other in a cycle (or on a tensor no layer produces)`);
    }
    return model.outputs.map((ref) => {
        const t = tensor(ref);
        if (!t)
            throw new FlopgateError(`${ctx.label}: model output "${ref.layer}" is never computed`);
        return t;
    });
}
function walkModel(model, inputs, prefix, ctx, depth = 0, frozen = false) {
    if (depth > MAX_MODEL_DEPTH)
        throw new FlopgateError(`${ctx.label}: models nest deeper than ${MAX_MODEL_DEPTH} levels`);
    return model.kind === 'sequential'
        ? walkSequential(model, inputs, prefix, ctx, depth, frozen)
        : walkFunctional(model, inputs, prefix, ctx, depth, frozen);
}

;// CONCATENATED MODULE: ./src/analyze.ts
















/** The architecture of a Keras-family file (undefined for ONNX), read without its weights. */
async function loadKerasArchitecture(src, label) {
    const format = await detectFormat(src, label);
    switch (format) {
        case 'onnx':
            return undefined;
        case 'keras-zip':
            return { format: 'keras', spec: normalizeModel(parseJson(await readKerasZipConfig(src, label), `${label}: config.json`), label) };
        case 'hdf5': {
            const text = await readHdf5RootAttribute(src, 'model_config', label);
            if (text === undefined) {
                throw new FlopgateError(`${label}: HDF5 file has no model_config attribute (saved weights only, without the architecture?)`);
            }
            return { format: 'h5', spec: normalizeModel(parseJson(text, `${label}: model_config`), label) };
        }
        case 'text':
            return readTextModel(src, label);
    }
}
async function loadKerasSpec(src, label) {
    return (await loadKerasArchitecture(src, label))?.spec;
}
/** Measures a Keras-family architecture under the options' convention. */
function analyzeSpec(spec, format, label, opts) {
    const batchSize = opts.batchSize ?? DEFAULTS.batchSize;
    const convention = opts.convention ?? DEFAULTS.convention;
    const inputs = bindInputShapes(declaredInputs(spec, label), opts.inputShapes, batchSize, label);
    const ctx = { label, unknown: opts.unknown ?? DEFAULTS.unknown, rows: [], counted: new Set() };
    walkModel(spec, inputs, '', ctx);
    return buildModelReport({ name: opts.name ?? (0,external_node_path_namespaceObject.basename)(label), path: label, format, convention, batch_size: batchSize, input_shapes: inputs.map((s) => s.slice(1)) }, ctx.rows);
}
async function analyzeSource(src, label, opts) {
    try {
        const arch = await loadKerasArchitecture(src, label);
        if (!arch)
            return await analyzeOnnx(src, label, opts);
        return analyzeSpec(arch.spec, arch.format, label, { ...opts, inputShapes: opts.inputShapes ?? arch.inputShapes });
    }
    catch (e) {
        if (e instanceof FlopgateError)
            throw e.message.startsWith(label) ? e : inFile(label, e);
        // A reader tripping over a malformed file must still end in one line naming the file.
        if (e instanceof RangeError || e instanceof TypeError || e instanceof SyntaxError) {
            throw new FlopgateError(`${label}: malformed model file (${e.message})`);
        }
        throw e;
    }
}
/** `label` names the file in reports and errors (the path as the user wrote it). */
async function analyzeFile(path, opts, label = path) {
    let src;
    try {
        src = await FileSource.open(path, label);
    }
    catch (e) {
        if (e instanceof FlopgateError)
            throw e;
        const code = e.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, not a model file' : e.message;
        throw new FlopgateError(`${label}: ${why}`);
    }
    try {
        return await analyzeSource(src, label, opts);
    }
    finally {
        await src.close();
    }
}
/** The budget file's inline `layers:` list. */
function analyzeInline(layers, label, opts) {
    return analyzeSpec(inlineSpec(layers, label), 'inline', label, { name: label, ...opts });
}

;// CONCATENATED MODULE: ./src/report/terminal-flops.ts
const terminal_flops_int = (n) => n.toLocaleString('en-US');
function shapeText(s) {
    if (s.length > 0 && Array.isArray(s[0]))
        return s.map(shapeText).join(' ');
    return `(${s.map((d) => (d === null ? 'None' : d)).join(', ')})`;
}
function pct(part, whole) {
    if (whole === 0)
        return '-';
    return `${((100 * part) / whole).toFixed(1)}%`;
}
/** Columns padded to their widest cell; numbers right-aligned so digits line up. */
function table(header, rows, right) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
    return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
/** The notebook's printout, aligned: one row per layer, then totals. */
function renderFlopsReport(r) {
    const rows = r.layers.map((l) => [
        String(l.index),
        l.name,
        l.type + (l.unknown ? ' (unknown)' : ''),
        shapeText(l.output_shape),
        terminal_flops_int(l.params),
        terminal_flops_int(l.flops),
        pct(l.flops, r.flops),
    ]);
    const out = [
        `${r.name}  (${r.format}, convention: ${r.convention}, batch size ${r.batch_size})`,
        '',
        ...table(['#', 'layer', 'type', 'output shape', 'params', 'FLOPs', 'share'], rows, [true, false, false, false, true, true, true]),
        '',
    ];
    const ge = r.lower_bound ? '≥ ' : '';
    out.push(`Total FLOPs:      ${ge}${terminal_flops_int(r.flops)}`);
    out.push(`Total MACs:       ${ge}${terminal_flops_int(r.macs)}`);
    out.push(`Params:           ${terminal_flops_int(r.params)} (trainable ${terminal_flops_int(r.trainable_params)}, non-trainable ${terminal_flops_int(r.non_trainable_params)})`);
    out.push(`Training FLOPs:   ~${ge}${terminal_flops_int(r.training_flops_estimate)} (estimate: 3 x forward)`);
    if (r.unknown.length) {
        out.push('');
        out.push(`Warning: ${r.unknown.length} layer(s) of unknown type counted as 0, so the totals are lower bounds:`);
        for (const u of r.unknown)
            out.push(`  - ${u.layer} (${u.type})`);
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/commands/flops.ts






const FLOPS_USAGE = `Usage: flopgate flops MODEL [--input-shape 28,28]... [--batch-size N] [--convention notebook|macs|tf-profiler] [--unknown error|warn] [--json]`;
function parseShape(s, flag = '--input-shape') {
    const dims = s.split(/[,x×]/).map((d) => d.trim());
    if (!dims.length || dims.some((d) => !/^[1-9]\d*$/.test(d) || Number(d) > 2 ** 31)) {
        throw new FlopgateError(`${flag}: "${s}" is not a shape like 28,28 (positive integers, comma-separated)`);
    }
    return dims.map(Number);
}
async function flopsCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
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
        throw new FlopgateError(`flopgate flops: ${e.message.split('\n')[0]}\n${FLOPS_USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(FLOPS_USAGE + '\n');
        return 0;
    }
    if (positionals.length !== 1)
        throw new FlopgateError(`flopgate flops: expected one model file. ${FLOPS_USAGE}`);
    const batch = values['batch-size'];
    if (batch !== undefined && (!/^[1-9]\d*$/.test(batch) || Number(batch) > 2 ** 31)) {
        throw new FlopgateError(`--batch-size: "${batch}" is not a positive integer`);
    }
    const unknown = values.unknown ?? 'error';
    if (unknown !== 'error' && unknown !== 'warn')
        throw new FlopgateError(`--unknown: "${unknown}" must be error or warn`);
    const report = await analyzeFile((0,external_node_path_namespaceObject.resolve)(io.cwd, positionals[0]), {
        inputShapes: values['input-shape']?.map((s) => parseShape(s)),
        batchSize: batch ? Number(batch) : undefined,
        convention: values.convention ? parseConvention(values.convention) : undefined,
        unknown: unknown,
    }, positionals[0]);
    if (values.json)
        io.stdout(JSON.stringify(report, null, 2) + '\n');
    else {
        io.stdout(renderFlopsReport(report));
        for (const u of report.unknown)
            io.stderr(`warning: ${report.path}: layer "${u.layer}" has unknown type ${u.type}; counted as 0\n`);
    }
    return 0;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/check/atomic-write.ts




/**
 * Write a whole file or nothing: a temporary file beside the target, then rename (atomic on
 * one filesystem). A reader never sees half a report, and a failure leaves no debris.
 */
async function writeFileAtomic(path, data, label = path) {
    const dir = (0,external_node_path_namespaceObject.dirname)(path);
    const tmp = (0,external_node_path_namespaceObject.join)(dir, `.${(0,external_node_path_namespaceObject.basename)(path)}.${process.pid}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
        await (0,promises_namespaceObject.writeFile)(tmp, data, { flag: 'wx' });
        await (0,promises_namespaceObject.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_namespaceObject.unlink)(tmp).catch(() => { });
        throw new FlopgateError(`${label}: cannot write (${e.code ?? e.message})`);
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/check/base.ts

/**
 * The few git reads the check needs, through execFile (no shell; refs and paths are
 * arguments, never code). Every failure is a value with a reason: a missing baseline must
 * never fail the check.
 */
/** Base model files larger than this are not pulled into memory (their weights dominate). */
const MAX_BLOB_BYTES = 512 * 1024 * 1024;
function git(cwd, args, maxBuffer = 16 * 1024 * 1024) {
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', ['--literal-pathspecs', '-c', 'core.quotePath=false', ...args], { cwd, encoding: 'buffer', maxBuffer, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } }, (err, stdout, stderr) => resolve({ ok: !err, stdout: stdout ?? Buffer.alloc(0), stderr: firstLine(stderr?.toString('utf8') ?? (err?.message || '')) }));
    });
}
function firstLine(s) {
    return s.trim().split('\n')[0] ?? '';
}
/** The repository's top directory, or undefined outside a git work tree (or without git). */
async function gitTopLevel(cwd) {
    const r = await git(cwd, ['rev-parse', '--show-toplevel']);
    return r.ok ? r.stdout.toString('utf8').trim() || undefined : undefined;
}
/** A ref or SHA to the commit it names. */
async function resolveCommit(root, ref) {
    // A ref that begins with "-" would be read as an option by git.
    if (ref === '' || ref.startsWith('-'))
        return { ok: false, reason: `"${ref}" is not a git ref` };
    const r = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (r.ok)
        return { ok: true, sha: r.stdout.toString('utf8').trim() };
    return {
        ok: false,
        reason: `base ref "${ref}" is not a commit in this clone (a shallow checkout? use actions/checkout with fetch-depth: 0, or git fetch it)`,
    };
}
/**
 * A file as it was at `commit`, as bytes. `relPath` is relative to `root` (which may be a
 * subdirectory of the repository, as the Action's working-directory allows).
 */
async function readAtCommit(root, commit, relPath, maxBytes = MAX_BLOB_BYTES) {
    // ls-tree tells existence, kind and size in one call, before any bytes are read.
    const ls = await git(root, ['ls-tree', '-l', '-z', commit, '--', relPath]);
    if (!ls.ok)
        return { kind: 'unavailable', reason: `git ls-tree failed: ${ls.stderr}` };
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
    const blob = await git(root, ['cat-file', 'blob', oid], size + 1);
    if (!blob.ok)
        return { kind: 'unavailable', reason: `git cat-file failed: ${blob.stderr}` };
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

;// CONCATENATED MODULE: ./src/config/errors.ts

function formatFault(f) {
    return `${f.file}:${f.line}:${f.column}: ${f.message}`;
}
/**
 * Every fault found in a budget file at once, so one edit can fix them all. The message is
 * the first fault (one line, as every FlopgateError); `faults` has each, for the CLI to
 * print line by line and the Action to annotate.
 */
class ConfigError extends FlopgateError {
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
const SUFFIX = { '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
const COUNT_RE = /^([0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\s*([A-Za-z]?)$/;
/** A FLOPs or parameter count: 179050, "200k", "1.5M", "4.1 G". Never negative. */
function parseCount(v) {
    if (typeof v === 'number') {
        if (!Number.isFinite(v) || v < 0)
            return { ok: false, reason: `must be a non-negative number, got ${v}` };
        return { ok: true, value: v };
    }
    if (typeof v !== 'string')
        return { ok: false, reason: `must be a number or a string like "200k", got ${limits_typeName(v)}` };
    const m = COUNT_RE.exec(v.trim());
    if (!m)
        return { ok: false, reason: `"${v}" is not a count: write a number with an optional k, M, G or T suffix, like "200k" or "1.5M"` };
    const scale = SUFFIX[m[2]];
    if (scale === undefined) {
        // "m" would read as milli and "b" as billion to some: refuse rather than guess.
        return { ok: false, reason: `"${v}": unknown suffix "${m[2]}" (use k = 10^3, M = 10^6, G = 10^9 or T = 10^12)` };
    }
    const value = Number(m[1]) * scale;
    if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER)
        return { ok: false, reason: `"${v}" is too large` };
    // Round away float noise from the multiplication (1.1 * 1e3 is 1100.0000000000002).
    return { ok: true, value: Number(value.toPrecision(15)) };
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
        return { ok: false, reason: `must be a percentage like "5%" or a fraction like 0.05, got ${limits_typeName(v)}` };
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
        return { ok: false, reason: `must be a fraction like 0.95 or a percentage like "95%", got ${limits_typeName(v)}` };
    if (v < 0 || v > 1)
        return { ok: false, reason: `accuracy ${v} is outside 0..1 (write 0.95 or "95%")` };
    return { ok: true, value: Number(v.toPrecision(15)) };
}
function limits_typeName(v) {
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
    const rootAbs = (0,external_node_path_namespaceObject.resolve)(root);
    const abs = (0,external_node_path_namespaceObject.resolve)(rootAbs, p);
    const rel = (0,external_node_path_namespaceObject.relative)(rootAbs, abs);
    if (outside(rel))
        return { ok: false, reason: `"${p}" is outside the repository (paths are relative to its root)` };
    if (rel === '')
        return { ok: false, reason: `"${p}" is the repository root, not a file` };
    const realRoot = await (0,promises_namespaceObject.realpath)(rootAbs).catch(() => rootAbs);
    const real = await realExisting(abs);
    if (real !== undefined && outside((0,external_node_path_namespaceObject.relative)(realRoot, real))) {
        return { ok: false, reason: `"${p}" leads outside the repository through a symbolic link` };
    }
    return { ok: true, rel: rel.split(external_node_path_namespaceObject.sep).join('/'), abs };
}
function outside(rel) {
    return rel === '..' || rel.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(rel);
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
            await (0,promises_namespaceObject.lstat)(cur);
            const real = await (0,promises_namespaceObject.realpath)(cur);
            return rest.length ? (0,external_node_path_namespaceObject.resolve)(real, ...rest.reverse()) : real;
        }
        catch {
            const up = (0,external_node_path_namespaceObject.dirname)(cur);
            if (up === cur)
                return undefined;
            rest.push(cur.slice(up.length).replace(/^[/\\]+/, ''));
            cur = up;
        }
    }
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __nccwpck_require__(2463);
;// CONCATENATED MODULE: ./schema/flopgate.schema.json
const flopgate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/flopgate/flopgate/schema/flopgate.schema.json","title":"flopgate budget file","description":"Compute budgets for neural-network models, checked by `flopgate check` and the flopgate GitHub Action. Default location: .github/flopgate.yml.","type":"object","additionalProperties":false,"required":["models"],"properties":{"version":{"description":"Format version of this file. Only 1 exists.","const":1},"convention":{"$ref":"#/definitions/convention"},"unknown":{"$ref":"#/definitions/unknown"},"models":{"description":"The models to measure and the budgets they must stay within.","type":"array","minItems":1,"items":{"$ref":"#/definitions/model"}}},"definitions":{"convention":{"description":"How operations are turned into FLOPs. notebook: 2 per multiply-accumulate, activations counted, bias not (the default). macs: multiply-accumulates only (torchvision, fvcore, papers\' mult-adds). tf-profiler: what the TensorFlow profiler and keras-flops report.","enum":["notebook","macs","tf-profiler"]},"unknown":{"description":"What to do with a layer or op flopgate has no rule for. error (default): fail and name it. warn: count it as 0, list it, and mark the total as a lower bound (≥).","enum":["error","warn"]},"count":{"description":"A number, or a string with a decimal suffix: k = 10^3, M = 10^6, G = 10^9, T = 10^12 (\\"200k\\", \\"1.5M\\").","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?([eE][+-]?[0-9]+)?\\\\s*[kKMGT]?\\\\s*$"}],"errorMessage":"must be a number or a string with a k, M, G or T suffix, like 200k or \\"1.5M\\""},"model":{"description":"One model: a file in the repository (path) or an inline Sequential spec (layers).","type":"object","additionalProperties":false,"required":["name"],"oneOf":[{"required":["path"]},{"required":["layers"]}],"errorMessage":"needs exactly one of `path` (a model file) or `layers` (an inline model)","properties":{"name":{"description":"Unique name, shown in reports and used to find the model at the base commit.","type":"string","minLength":1},"path":{"description":"Model file relative to the repository root: .keras, .h5, TensorFlow.js model.json or .onnx. Only the architecture is read, never the weights.","type":"string","minLength":1},"layers":{"description":"An inline Sequential model, one mapping per layer: `- dense: {units: 10, activation: softmax}`. The first layer carries `input_shape`.","type":"array","minItems":1,"items":{"type":"object","minProperties":1,"maxProperties":1,"additionalProperties":{"type":["object","null"]},"errorMessage":"each layer is one mapping like `dense: {units: 10}`"}},"input_shape":{"description":"Input shape without the batch dimension, for dimensions the file leaves open: [28, 28], or one list per input: [[28, 28], [10]].","anyOf":[{"type":"array","minItems":1,"items":{"type":"integer","minimum":1}},{"type":"array","minItems":1,"items":{"type":"array","minItems":1,"items":{"type":"integer","minimum":1}}}],"errorMessage":"must be a list of positive integers like [28, 28], or one such list per input"},"batch_size":{"description":"Batch size the FLOPs are counted for (default 1). Everything scales with it.","type":"integer","minimum":1},"convention":{"$ref":"#/definitions/convention"},"unknown":{"$ref":"#/definitions/unknown"},"budget":{"$ref":"#/definitions/budget"},"fit":{"$ref":"#/definitions/fit"}}},"budget":{"description":"Limits this model must stay within. Each is optional.","type":"object","additionalProperties":false,"properties":{"flops":{"$ref":"#/definitions/count","description":"Fail when forward FLOPs exceed this (\\"200k\\")."},"flops_warn":{"$ref":"#/definitions/count","description":"Warn when forward FLOPs exceed this; set it below `flops`."},"params":{"$ref":"#/definitions/count","description":"Fail when the parameter count exceeds this (\\"100k\\")."},"flops_increase":{"description":"Fail when FLOPs grow by more than this against the pull request\'s base: \\"5%\\" or a fraction like 0.05.","anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?\\\\s*%\\\\s*$"}],"errorMessage":"must be a percentage like \\"5%\\" or a fraction like 0.05"},"accuracy":{"description":"Minimum validation accuracy after the `fit:` run: a fraction like 0.95 or \\"95%\\".","anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\\\s*[0-9]+(\\\\.[0-9]+)?\\\\s*%\\\\s*$"}],"errorMessage":"must be a fraction like 0.95 or a percentage like \\"95%\\""}}},"fit":{"description":"A short training run from fresh, seeded weights that measures validation accuracy. Keras-family models only. Skipped with `flopgate check --no-fit`.","type":"object","additionalProperties":false,"properties":{"dataset":{"description":"mnist: 10,000 real digits shipped with flopgate (default). mnist-full, fashion-mnist: IDX files from `path`, else downloaded once and cached. idx: IDX files at `path`.","enum":["mnist","mnist-full","fashion-mnist","idx"]},"epochs":{"description":"Training epochs (default 1).","type":"integer","minimum":1,"maximum":1000},"batch_size":{"description":"Training batch size (default 32).","type":"integer","minimum":1,"maximum":65536},"train_samples":{"description":"Training samples (default 8000).","type":"integer","minimum":1,"maximum":60000},"validation_samples":{"description":"Held-out samples the accuracy is measured on (default 2000).","type":"integer","minimum":1,"maximum":60000},"seed":{"description":"Seed for weights and shuffling (default 1).","type":"integer","minimum":-2147483648,"maximum":4294967295},"optimizer":{"description":"Optimizer (default adam).","enum":["adam","sgd","rmsprop","adagrad","adadelta","adamax"]},"loss":{"description":"Loss (default categorical_crossentropy).","enum":["categorical_crossentropy","sparse_categorical_crossentropy","mean_squared_error"]},"learning_rate":{"description":"Learning rate (default: the optimizer\'s own).","type":"number","exclusiveMinimum":0},"backend":{"description":"TensorFlow.js backend: auto (tfjs-node when it loads, else wasm, else cpu), tensorflow, wasm or cpu.","enum":["auto","tensorflow","wasm","cpu"]},"path":{"description":"Directory with the dataset\'s IDX files, relative to the repository root.","type":"string","minLength":1},"url":{"description":"Base URL to download IDX files from when they are neither at `path` nor cached.","type":"string","pattern":"^https?://","errorMessage":"must be an http(s) URL"}}}}}');
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
    const props = Object.keys(parentSchema?.properties ?? {});
    if (props.length === 0)
        return '';
    let best;
    let bestD = Infinity;
    for (const p of props) {
        const d = distance(key.toLowerCase(), p.toLowerCase());
        if (d < bestD)
            [best, bestD] = [p, d];
    }
    if (best !== undefined && bestD <= Math.max(1, Math.floor(best.length / 3)))
        return ` (did you mean "${best}"?)`;
    return ` (expected one of: ${props.join(', ')})`;
}
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}

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
        throw new ConfigError(doc.errors.map((e) => ({ ...pos(e.pos[0]), message: yaml_firstLine(e.message) })));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new ConfigError([{ ...pos(0), message: yaml_firstLine(e instanceof Error ? e.message : String(e)) }]);
    }
    return { data, at: (path, opts) => pos(offsetOf(doc, path, opts?.key ?? false)) };
}
function yaml_firstLine(s) {
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
const load_MAX_BYTES = 1024 * 1024;
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
};
/** Path of the budget file as messages print it: relative to the root when inside it. */
function displayPath(root, absFile) {
    const rel = (0,external_node_path_namespaceObject.relative)((0,external_node_path_namespaceObject.resolve)(root), absFile);
    if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(rel))
        return absFile;
    return rel.split(external_node_path_namespaceObject.sep).join('/');
}
/** Read, parse, validate and resolve a budget file; every fault at once, as a ConfigError. */
async function loadBudget(budgetFile, root) {
    const absFile = (0,external_node_path_namespaceObject.resolve)(root, budgetFile);
    const file = displayPath(root, absFile);
    // The file comes from the checkout: inside the repository it must not be a link out of it
    // (a PR could otherwise make the check echo a runner file into its messages).
    if (!(0,external_node_path_namespaceObject.isAbsolute)(file)) {
        const r = await resolveInRepo(root, file);
        if (!r.ok && /symbolic link/.test(r.reason))
            throw new FlopgateError(`${file}: the budget file leads outside the repository through a symbolic link`);
    }
    let text;
    try {
        const st = await (0,promises_namespaceObject.stat)(absFile);
        if (st.isDirectory())
            throw new FlopgateError(`${file}: is a directory, not a budget file`);
        if (st.size > load_MAX_BYTES)
            throw new FlopgateError(`${file}: ${st.size} bytes is too large for a budget file`);
        text = await (0,promises_namespaceObject.readFile)(absFile, 'utf8');
    }
    catch (e) {
        if (e instanceof FlopgateError)
            throw e;
        if (e.code === 'ENOENT') {
            throw new FlopgateError(`${file}: no such budget file (create it, or pass --budget PATH)`);
        }
        throw new FlopgateError(`${file}: cannot be read (${e.message})`);
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
    return { ...semantic, file, absFile, root: (0,external_node_path_namespaceObject.resolve)(root) };
}
const load_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * What a schema cannot say: limits that parse, distinct names, paths inside the repository,
 * a warning threshold below the failing one. Builds the entries when the shape allows it;
 * undefined means the schema faults describe what is wrong.
 */
async function semanticFaults(y, root, faults) {
    const data = y.data;
    if (!load_isObj(data) || !Array.isArray(data.models))
        return undefined;
    const fault = (path, message) => faults.push({ ...y.at(path), message: `${where(path)}: ${message}` });
    const convention = (typeof data.convention === 'string' ? data.convention : 'notebook');
    const unknown = (typeof data.unknown === 'string' ? data.unknown : 'error');
    const models = [];
    const names = new Map();
    let complete = true;
    for (const [index, m] of data.models.entries()) {
        const base = ['models', index];
        if (!load_isObj(m) || typeof m.name !== 'string') {
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
        if (load_isObj(m.budget)) {
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
            if (budget.flops !== undefined && budget.flops_warn !== undefined && budget.flops_warn > budget.flops) {
                fault([...base, 'budget', 'flops_warn'], `${budget.flops_warn} is above flops (${budget.flops}): the warning could never come before the failure`);
            }
        }
        let fit;
        if (load_isObj(m.fit)) {
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
            batchSize: typeof m.batch_size === 'number' ? m.batch_size : 1,
            convention: (typeof m.convention === 'string' ? m.convention : convention),
            unknown: (typeof m.unknown === 'string' ? m.unknown : unknown),
            budget,
            ...(fit ? { fit } : {}),
            source: y.at(base),
            positions: {
                name: y.at([...base, 'name']),
                ...('path' in m ? { path: y.at([...base, 'path']) } : {}),
                ...('layers' in m ? { layers: y.at([...base, 'layers']) } : {}),
                limits: limitPositions,
            },
        });
    }
    if (!complete)
        return undefined;
    return { version: 1, convention, unknown, models };
}
/** `[28, 28]` is one input; `[[28, 28], [10]]` is one shape per input. */
function normaliseShapes(v) {
    return v.every((d) => Array.isArray(d)) ? v : [v];
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/fit/load.ts


/**
 * The fit engine (TensorFlow.js, its WASM binaries, the digits) is one bundle of its own,
 * dist/fit/index.js, shared by the action (dist/index.js) and the CLI (dist/cli/index.js)
 * instead of being copied into both, and loaded only when a fit runs. From source (tests,
 * development) the module itself is loaded.
 */
async function loadRunFit() {
    const here = import.meta.url;
    const bundled = ['./fit/index.js', '../fit/index.js'].map((p) => new URL(p, here)).find((u) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_url_namespaceObject.fileURLToPath)(u)));
    const target = bundled ?? (0,external_node_url_namespaceObject.pathToFileURL)((0,external_node_url_namespaceObject.fileURLToPath)(new URL(here.endsWith('.ts') ? './run.ts' : './run.js', here)));
    // webpackIgnore keeps the bundler from pulling the engine into the bundle that loads it.
    const mod = (await import(/* webpackIgnore: true */ target.href));
    return mod.runFit;
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
        ...(base.flops > 0 ? { ratio: delta / base.flops } : delta === 0 ? { ratio: 0 } : {}),
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

;// CONCATENATED MODULE: ./src/check/lfs.ts
/**
 * A repository that stores models with Git LFS checks out small text pointers unless LFS is
 * fetched. Measuring a pointer would fail with a baffling format error, so it is recognised
 * first and explained.
 */
const lfs_SIGNATURE = 'version https://git-lfs.github.com/spec/v1';
function lfs_isLfsPointer(head) {
    if (head.length < lfs_SIGNATURE.length)
        return false;
    return new TextDecoder().decode(head.subarray(0, lfs_SIGNATURE.length)) === lfs_SIGNATURE;
}
/** How many leading bytes `isLfsPointer` needs. */
const LFS_PROBE_BYTES = lfs_SIGNATURE.length;
function lfsMessage(path) {
    return `${path}: is a Git LFS pointer, not the model; check out with \`lfs: true\` (actions/checkout) or run \`git lfs pull\``;
}

;// CONCATENATED MODULE: ./src/check/run.ts










const DEFAULT_DEPS = {
    analyzeFile: analyzeFile,
    analyzeSource: analyzeSource,
    analyzeInline: analyzeInline,
    loadKerasSpec: loadKerasSpec,
    inlineSpec: inlineSpec,
    // Loaded on first use: TensorFlow.js is heavy and only a fit needs it.
    runFit: async (...args) => (await loadRunFit())(...args),
};
async function runCheck(opts, deps) {
    const cfg = await loadBudget(opts.budgetFile, opts.root);
    const log = opts.log ?? (() => { });
    const full = { ...DEFAULT_DEPS, ...deps };
    const ctx = { cfg, deps: full, log, fit: opts.fit, fitCacheDir: opts.fitCacheDir, group: opts.group ?? ((_title, fn) => fn()) };
    const head = await resolveCommit(cfg.root, 'HEAD');
    if (opts.baseRef !== undefined)
        ctx.base = await prepareBase(cfg, opts.baseRef, log);
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
    if (!commit.ok) {
        log(`flopgate: no baseline: ${commit.reason}`);
        return { ref, reason: commit.reason };
    }
    // The budget file as it was at the base names inline models' layers there, and a model
    // file's path there (it may have been renamed in the PR).
    let budget;
    if (!(0,external_node_path_namespaceObject.isAbsolute)(cfg.file)) {
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
    return {
        name: entry.name,
        batchSize: entry.batchSize,
        convention: entry.convention,
        unknown: entry.unknown,
        ...(entry.inputShapes ? { inputShapes: entry.inputShapes } : {}),
    };
}
const at = (p) => `${p.file}:${p.line}:${p.column}`;
async function checkModel(entry, ctx) {
    let report;
    try {
        report = await measureHead(entry, ctx);
    }
    catch (e) {
        const error = message(e);
        ctx.log(`flopgate: ${entry.name}: ${error}`);
        return unmeasured(entry, ctx.cfg, error);
    }
    ctx.log(`flopgate: ${entry.name}: ${report.flops} FLOPs${report.lower_bound ? ' (at least)' : ''}, ${report.params} params`);
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
async function measureHead(entry, ctx) {
    const opts = optionsOf(entry);
    if (entry.layers !== undefined)
        return ctx.deps.analyzeInline(entry.layers, at(entry.positions.layers ?? entry.source), opts);
    const where = at(entry.positions.path ?? entry.source);
    if (entry.absPath === undefined || entry.path === undefined)
        throw new FlopgateError(`${where}: no model path`);
    try {
        await refuseLfsPointer(entry.absPath, entry.path);
        return await ctx.deps.analyzeFile(entry.absPath, opts, entry.path);
    }
    catch (e) {
        // Point at the budget file's `path:` line, where the Action annotates, and keep the
        // reader's own message (which names the model file).
        throw new FlopgateError(`${where}: ${message(e)}`);
    }
}
async function refuseLfsPointer(abs, label) {
    let fh;
    try {
        fh = await (0,promises_namespaceObject.open)(abs, 'r');
    }
    catch (e) {
        const code = e.code;
        throw new FlopgateError(`${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : e.message}`);
    }
    try {
        const buf = Buffer.alloc(LFS_PROBE_BYTES);
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        if (lfs_isLfsPointer(buf.subarray(0, bytesRead)))
            throw new FlopgateError(lfsMessage(label));
    }
    catch (e) {
        // Reading a directory fails with EISDIR; the analyzer says that better.
        if (e instanceof FlopgateError)
            throw e;
    }
    finally {
        await fh.close();
    }
}
/**
 * The same model at the base commit, measured with the head entry's options so the delta
 * shows a change of the model, not of how it is measured.
 */
async function measureBase(entry, head, ctx) {
    const base = ctx.base;
    if (!base.sha)
        return { status: 'unavailable', ref: base.ref, reason: base.reason ?? 'base commit unknown' };
    const short = base.sha.slice(0, 7);
    try {
        const old = base.budget?.get(entry.name);
        let report;
        if (old?.layers !== undefined) {
            report = ctx.deps.analyzeInline(old.layers, `${short}:${at(old.positions.layers ?? old.source)}`, optionsOf(entry));
        }
        else {
            const path = old?.path ?? entry.path;
            // An inline model the base's budget file did not have.
            if (path === undefined)
                return { status: 'new', ref: base.sha };
            const blob = await readAtCommit(ctx.cfg.root, base.sha, path);
            if (blob.kind === 'absent')
                return { status: 'new', ref: base.sha };
            if (blob.kind === 'unavailable')
                return { status: 'unavailable', ref: base.sha, reason: blob.reason };
            const label = `${short}:${path}`;
            if (lfs_isLfsPointer(blob.bytes))
                return { status: 'unavailable', ref: base.sha, reason: lfsMessage(label) };
            report = await ctx.deps.analyzeSource(new BufferSource(blob.bytes, label), label, optionsOf(entry));
        }
        return measuredBase(base.sha, head, report);
    }
    catch (e) {
        const reason = message(e);
        ctx.log(`flopgate: ${entry.name}: no baseline (${reason})`);
        return { status: 'unavailable', ref: base.sha, reason };
    }
}
async function fitModel(entry, report, ctx) {
    try {
        let spec;
        if (entry.layers !== undefined) {
            spec = ctx.deps.inlineSpec(entry.layers, at(entry.positions.layers ?? entry.source));
        }
        else {
            const src = await FileSource.open(entry.absPath, entry.path);
            try {
                spec = await ctx.deps.loadKerasSpec(src, entry.path);
            }
            finally {
                await src.close();
            }
        }
        if (!spec)
            return { status: 'skipped', reason: `${entry.path}: only Keras-family models (.keras, .h5, TensorFlow.js) can be fitted, not ONNX` };
        const shapes = report.input_shapes;
        if (shapes.some((s) => s.some((d) => d === null)))
            return { status: 'skipped', reason: 'the input shape has open dimensions' };
        ctx.log(`flopgate: ${entry.name}: fitting (${entry.fit.dataset}, ${entry.fit.epochs} epoch(s))`);
        const result = await ctx.group(`flopgate: fit ${entry.name}`, () => ctx.deps.runFit(spec, shapes, entry.fit, (line) => ctx.log(`flopgate: ${entry.name}: ${line}`), {
            cacheDir: ctx.fitCacheDir,
        }));
        if (result.status === 'skipped')
            ctx.log(`flopgate: ${entry.name}: fit skipped: ${result.reason}`);
        return result;
    }
    catch (e) {
        const reason = message(e);
        ctx.log(`flopgate: ${entry.name}: fit skipped: ${reason}`);
        return { status: 'skipped', reason };
    }
}
/** A model that could not be measured still gets a row: zero counts, `fail`, and why. */
function unmeasured(entry, cfg, error) {
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
function formatGuess(entry) {
    if (entry.layers !== undefined)
        return 'inline';
    const ext = (0,external_node_path_namespaceObject.extname)(entry.path ?? '').toLowerCase();
    return ext === '.onnx' ? 'onnx' : ext === '.h5' || ext === '.hdf5' ? 'h5' : ext === '.json' ? 'tfjs' : 'keras';
}
function message(e) {
    if (e instanceof Error)
        return e.message.replace(/\s*\n\s*/g, ' ');
    return String(e);
}

;// CONCATENATED MODULE: ./src/report/format.ts
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
/** 179050 → "179,050". Fractions keep up to two decimals (limits like 1.5k are exact). */
function grouped(n) {
    return GROUPED.format(n);
}
// One formatter for the process: building one per call costs more than the formatting.
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** Exact below a million, then "1.81 G"; what every FLOPs or params cell shows. */
function count(n) {
    const abs = Math.abs(n);
    for (const [scale, prefix] of PREFIXES) {
        if (abs >= scale)
            return `${sig3(n / scale)} ${prefix}`;
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
    if (base.delta === 0)
        return 'no change';
    return base.ratio === undefined ? signedCount(base.delta) : `${signedCount(base.delta)} (${signedPercent(base.ratio)})`;
}
/** Room left under a FLOPs budget: "20,950 (10.5%)", or "over by 1,000 (0.5%)". */
function headroom(flops, limit) {
    if (limit === undefined)
        return '';
    const room = limit - flops;
    const share = limit > 0 ? ` (${percent(Math.abs(room) / limit)})` : '';
    return room >= 0 ? `${count(room)}${share}` : `over by ${count(-room)}${share}`;
}
/** Short, comma-free form for chart labels: 950, "84.6k", "179k", "1.81G". */
function compact(n) {
    const abs = Math.abs(n);
    for (const [scale, prefix] of [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']]) {
        if (abs >= scale)
            return `${sig3(n / scale)}${prefix}`;
    }
    return String(Math.round(n));
}

;// CONCATENATED MODULE: ./src/check/describe.ts

/** One sentence per limit, for the terminal, the comment and logs. */
function describeCheck(c) {
    const n = (x) => (x < 1e6 ? grouped(x) : count(x));
    if (c.actual === null) {
        return c.budget === 'flops_increase'
            ? `FLOPs increase not measured (no baseline); limit ${percent(c.limit)}`
            : `accuracy not measured (no fit ran); minimum ${accuracy(c.limit)}`;
    }
    const a = c.actual;
    switch (c.budget) {
        case 'flops':
            return `FLOPs ${n(a)} ${a > c.limit ? 'exceed' : 'within'} the budget of ${n(c.limit)}`;
        case 'flops_warn':
            return `FLOPs ${n(a)} ${a > c.limit ? 'exceed' : 'within'} the warning threshold of ${n(c.limit)}`;
        case 'params':
            return `params ${n(a)} ${a > c.limit ? 'exceed' : 'within'} the budget of ${n(c.limit)}`;
        case 'flops_increase':
            return `FLOPs changed by ${signedPercent(a)} against the base; allowed ${percent(c.limit)}`;
        case 'accuracy':
            return `accuracy ${accuracy(a)} ${c.status === 'fail' ? 'below' : 'meets'} the minimum of ${accuracy(c.limit)}`;
    }
}
/** The limits that decided a model's status (its failures, or its warnings). */
function decisive(m) {
    return m.checks.filter((c) => c.status === m.status && m.status !== 'pass');
}
function flopsLimit(m) {
    return m.checks.find((c) => c.budget === 'flops')?.limit;
}
function flopsWarnLimit(m) {
    return m.checks.find((c) => c.budget === 'flops_warn')?.limit;
}
function accuracyLimit(m) {
    return m.checks.find((c) => c.budget === 'accuracy')?.limit;
}
function paramsLimit(m) {
    return m.checks.find((c) => c.budget === 'params')?.limit;
}
const models = (n) => `${grouped(n)} model${n === 1 ? '' : 's'}`;
/** The one-line verdict: what a reviewer reads first, the same in the terminal and the comment. */
function verdict(report) {
    const n = report.models.length;
    const broken = report.models.filter((m) => m.error !== undefined).length;
    const over = report.models.filter((m) => m.status === 'fail').length - broken;
    const warned = report.models.filter((m) => m.status === 'warn').length;
    if (report.status === 'fail') {
        const parts = [];
        if (over)
            parts.push(`${grouped(over)} of ${models(n)} over budget`);
        if (broken)
            parts.push(`${grouped(broken)} of ${models(n)} could not be measured`);
        return { icon: '❌', text: `flopgate: ${parts.join(', ') || 'budget check failed'}` };
    }
    if (report.status === 'warn') {
        return { icon: '⚠️', text: `flopgate: ${models(n)} within budget, ${grouped(warned)} above the warning threshold` };
    }
    return { icon: '✅', text: `flopgate: ${models(n)} within budget` };
}
function statusIcon(m) {
    if (m.error !== undefined)
        return '❌';
    return m.status === 'fail' ? '❌' : m.status === 'warn' ? '⚠️' : '✅';
}
/**
 * Reasons shared by several models (one missing base commit, one missing fit backend) are
 * said once, naming the models, instead of once per model.
 */
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
const baseReason = (m) => m.error === undefined && m.base?.status === 'unavailable' ? (m.base.reason ?? 'unknown reason') : undefined;
const fitSkipReason = (m) => m.error === undefined && m.fit?.status === 'skipped' ? m.fit.reason : undefined;

;// CONCATENATED MODULE: ./src/report/escape.ts
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
    const head = `${opts.marker ?? markerFor(report.budget_file)}\n### ${v.icon} ${v.text}`;
    const footer = footerOf(report, opts.runUrl);
    const table = tableOf(report);
    const notes = [...report.models.flatMap(notesOf), ...sharedNotes(report)];
    const chart = chartOf(report);
    const details = report.models.map(detailOf);
    const join = (blocks) => `${blocks.filter((b) => b).join('\n\n')}\n`;
    const full = join([head, table.header + table.rows.map((r) => `\n${r}`).join(''), notes.join('\n'), chart, ...details, footer]);
    if (full.length <= max)
        return full;
    // Drop per-layer detail, largest first, until the rest fits.
    const note = (dropped) => `${TRIMMED_NOTE} (${grouped(dropped)} of ${grouped(details.length)} models)._`;
    const withoutDetails = join([head, table.header + table.rows.map((r) => `\n${r}`).join(''), notes.join('\n'), note(details.length), chart, footer]).length;
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
        const body = join([
            head,
            table.header + table.rows.map((r) => `\n${r}`).join(''),
            notes.join('\n'),
            note(details.length - kept.size),
            chart,
            ...details.filter((_, i) => kept.has(i)),
            footer,
        ]);
        if (body.length <= max)
            return body;
    }
    // No detail at all. Then the chart goes, then notes and rows are cut to what fits:
    // rows first (failures first), since the summary table is what the verdict rests on.
    const trimmed = note(details.length);
    const withChart = join([head, table.header + table.rows.map((r) => `\n${r}`).join(''), notes.join('\n'), trimmed, chart, footer]);
    if (withChart.length <= max)
        return withChart;
    const fixed = join([head, table.header, trimmed, footer]).length;
    const room = max - fixed;
    // Notes carry the reasons of failures; they get up to a quarter of the room, rows the rest.
    const notesLength = notes.reduce((a, l) => a + l.length + 1, 0) + 2;
    const rowRoom = room - Math.min(notesLength, Math.floor(room / 4));
    const rows = fitLines(severityOrder(report, table.rows), rowRoom, (n) => `_… and ${grouped(n)} more models${hiddenSummary(report, table.rows.length - n)}._`);
    const rowText = rows.map((l) => (l.startsWith('_…') ? `\n\n${l}` : `\n${l}`)).join('');
    const noteRoom = room - rowText.length - 2;
    const noteLines = noteRoom > 0 ? fitLines(notes, noteRoom, (n) => `_… and ${grouped(n)} more notes._`) : [];
    const out = join([head, table.header + rowText, noteLines.join('\n'), trimmed, footer]);
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
    const rank = (m) => (m.status === 'fail' ? 0 : m.status === 'warn' ? 1 : 2);
    return report.models
        .map((m, i) => ({ r: rank(m), i }))
        .sort((a, b) => a.r - b.r || a.i - b.i)
        .map(({ i }) => rows[i]);
}
function hiddenSummary(report, shown) {
    const ordered = [...report.models].sort((a, b) => rankOf(a) - rankOf(b)).slice(shown);
    const fail = ordered.filter((m) => m.status === 'fail').length;
    const warn = ordered.filter((m) => m.status === 'warn').length;
    const parts = [fail ? `${grouped(fail)} failing` : '', warn ? `${grouped(warn)} warning` : ''].filter(Boolean);
    return parts.length ? ` (${parts.join(', ')})` : '';
}
function rankOf(m) {
    return m.status === 'fail' ? 0 : m.status === 'warn' ? 1 : 2;
}
function tableOf(report) {
    const withBase = report.models.some((m) => m.base);
    const withAccuracy = report.models.some((m) => m.fit || accuracyLimit(m) !== undefined);
    const cols = [
        ['model', ':--'],
        ['FLOPs', '--:'],
        ...(withBase ? [['Δ vs base', '--:']] : []),
        ['budget', '--:'],
        ['headroom', '--:'],
        ['params', '--:'],
        ...(withAccuracy ? [['accuracy', '--:']] : []),
        ['status', ':-:'],
    ];
    const header = `| ${cols.map((c) => c[0]).join(' | ')} |\n|${cols.map((c) => c[1]).join('|')}|`;
    const rows = report.models.map((m) => {
        const err = m.error !== undefined;
        const cells = [
            md(m.name, 80),
            err ? '—' : `${m.lower_bound ? '≥ ' : ''}${count(m.flops)}`,
            ...(withBase ? [err ? '' : delta(m.base)] : []),
            flopsLimit(m) === undefined ? '' : count(flopsLimit(m)),
            err ? '' : headroom(m.flops, flopsLimit(m)),
            err ? '—' : count(m.params),
            ...(withAccuracy ? [accuracyCell(m)] : []),
            statusIcon(m),
        ];
        return `| ${cells.join(' | ')} |`;
    });
    return { header, rows };
}
function accuracyCell(m) {
    if (m.fit?.status === 'ok')
        return accuracy(m.fit.accuracy);
    if (m.fit?.status === 'skipped')
        return 'skipped';
    return accuracyLimit(m) !== undefined ? 'not measured' : '';
}
function notesOf(m) {
    const name = `**${md(m.name, 80)}**`;
    const err = m.error;
    if (err !== undefined)
        return [`- ❌ ${name}: ${md(err, 500)}`];
    const out = decisive(m).map((c) => `- ${m.status === 'fail' ? '❌' : '⚠️'} ${name}: ${describeCheck(c)}`);
    if (m.unknown.length) {
        const list = m.unknown.slice(0, 5).map((u) => `${md(u.layer, 60)} (${md(u.type, 60)})`).join(', ');
        const more = m.unknown.length > 5 ? ` and ${m.unknown.length - 5} more` : '';
        out.push(`- ⚠️ ${name}: ${m.unknown.length} unknown layer${m.unknown.length === 1 ? '' : 's'} counted as 0, so its FLOPs are a lower bound (≥): ${list}${more}`);
    }
    if (!m.fit && m.checks.some((c) => c.budget === 'accuracy'))
        out.push(`- ℹ️ ${name}: accuracy not measured (no fit ran)`);
    return out;
}
/** Missing baselines and skipped fits, one line per distinct reason. */
function sharedNotes(report) {
    const line = (what, g) => {
        const shown = g.names.slice(0, 5).map((n) => `**${md(n, 80)}**`).join(', ');
        const more = g.names.length > 5 ? ` and ${grouped(g.names.length - 5)} more` : '';
        return `- ℹ️ ${shown}${more}: ${what}: ${md(g.reason, 300)}`;
    };
    return [
        ...byReason(report.models, baseReason).map((g) => line('no baseline', g)),
        ...byReason(report.models, fitSkipReason).map((g) => line('fit skipped', g)),
    ];
}
/** Accuracy against FLOPs, once two or more models were fitted: bars ordered by FLOPs. */
function chartOf(report) {
    const fitted = report.models
        .filter((m) => m.fit?.status === 'ok' && m.error === undefined)
        .map((m) => ({ m, acc: m.fit.accuracy }))
        .sort((a, b) => a.m.flops - b.m.flops);
    if (fitted.length < 2)
        return undefined;
    const shown = fitted.slice(0, 40);
    const low = Math.max(0, Math.floor(Math.min(...shown.map((f) => f.acc)) * 10) / 10 - 0.1);
    const labels = shown.map((f) => `"${mermaidLabel(f.m.name, 30)} ${compact(f.m.flops)}"`);
    return [
        '#### Accuracy against FLOPs',
        '```mermaid',
        'xychart-beta',
        '  title "Validation accuracy by model, ordered by forward FLOPs"',
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "validation accuracy" ${Number(low.toFixed(2))} --> 1`,
        `  bar [${shown.map((f) => Number(f.acc.toFixed(4))).join(', ')}]`,
        '```',
    ].join('\n');
}
function detailOf(m) {
    if (m.error !== undefined)
        return '';
    const facts = [
        `${md(m.path, 200)} (${m.format})`,
        `convention \`${m.convention}\``,
        `batch size ${grouped(m.batch_size)}`,
        m.input_shapes.length ? `input ${m.input_shapes.map(shape).join(', ')}` : '',
        `training FLOPs ≈ ${count(m.training_flops_estimate)} (estimate: 3× forward)`,
        m.non_trainable_params ? `${count(m.trainable_params)} trainable params` : '',
    ].filter(Boolean);
    const lines = [
        `<details><summary>${md(m.name, 80)}: ${m.lower_bound ? '≥ ' : ''}${count(m.flops)} FLOPs, ${count(m.params)} params, ${grouped(m.layers.length)} layers</summary>`,
        '',
        facts.join(' · '),
    ];
    if (m.base?.status === 'measured') {
        lines.push('', `Base${m.base.ref ? ` ${commit(m.base.ref)}` : ''}: ${count(m.base.flops ?? 0)} FLOPs, ${count(m.base.params ?? 0)} params.`);
    }
    if (m.fit?.status === 'ok') {
        const f = m.fit;
        lines.push('', `Fit: ${md(f.dataset, 40)}, ${f.epochs} epoch${f.epochs === 1 ? '' : 's'}, ${grouped(f.train_samples)} training / ${grouped(f.validation_samples)} validation samples, seed ${f.seed}: ` +
            `accuracy ${accuracy(f.accuracy)}, loss ${Number(f.loss.toFixed(4))}, ${Number(f.seconds.toFixed(1))} s on ${md(f.backend, 40)}.`);
    }
    if (m.layers.length) {
        lines.push('', '| # | layer | type | output shape | params | FLOPs | share |', '|--:|:--|:--|:--|--:|--:|--:|');
        for (const l of m.layers) {
            const share = m.flops > 0 ? percent(l.flops / m.flops) : '';
            const type = `${md(l.type, 60)}${l.unknown ? ' ⚠️ unknown, counted as 0' : ''}`;
            lines.push(`| ${l.index} | ${md(l.name, 80)} | ${type} | ${md(shape(l.output_shape), 80)} | ${count(l.params)} | ${count(l.flops)} | ${share} |`);
        }
    }
    lines.push('', '</details>');
    return lines.join('\n');
}
function footerOf(report, runUrl) {
    const parts = [`Counted with the \`${report.convention}\` convention`];
    if (report.base && report.head)
        parts.push(`base ${commit(report.base)} → head ${commit(report.head)}`);
    else if (report.head)
        parts.push(`head ${commit(report.head)}`);
    parts.push(`budget file ${md(report.budget_file, 120)}`);
    if (runUrl && /^https:\/\/[^\s()<>"'`]+$/.test(runUrl))
        parts.push(`[workflow run](${runUrl})`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** A commit in a code span when it is a SHA; anything else is escaped text (code spans do not decode entities). */
function commit(ref) {
    return /^[0-9a-f]{7,64}$/i.test(ref) ? `\`${shortSha(ref)}\`` : md(ref, 60);
}

;// CONCATENATED MODULE: ./src/report/terminal-check.ts



/**
 * `flopgate check` on a terminal: one row per model, then what needs attention, then the
 * verdict. Plain text (names stripped of control characters), aligned columns.
 */
function renderCheckTable(report) {
    const withBase = report.models.some((m) => m.base);
    const withAccuracy = report.models.some((m) => m.fit || accuracyLimit(m) !== undefined);
    const header = ['model', 'FLOPs', ...(withBase ? ['Δ vs base'] : []), 'budget', 'headroom', 'params', ...(withAccuracy ? ['accuracy'] : []), 'status'];
    const rows = report.models.map((m) => [
        plain(m.name, 60),
        m.error ? '—' : flopsText(m),
        ...(withBase ? [m.error ? '' : delta(m.base)] : []),
        budgetText(m),
        m.error ? '' : headroom(m.flops, flopsLimit(m)),
        m.error ? '—' : count(m.params),
        ...(withAccuracy ? [accuracyText(m)] : []),
        m.error ? 'ERROR' : m.status === 'pass' ? 'pass' : m.status.toUpperCase(),
    ]);
    const numeric = new Set(header.map((h, i) => (['model', 'status'].includes(h) ? -1 : i)));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
    const line = (cells) => cells
        .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const out = [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line), ''];
    const shared = (what, g) => {
        const more = g.names.length > 5 ? ` and ${g.names.length - 5} more` : '';
        return `  · ${g.names.slice(0, 5).map((n) => plain(n, 60)).join(', ')}${more}: ${what}: ${plain(g.reason, 300)}`;
    };
    const notes = [
        ...report.models.flatMap((m) => notesFor(m)),
        ...byReason(report.models, baseReason).map((g) => shared('no baseline', g)),
        ...byReason(report.models, fitSkipReason).map((g) => shared('fit skipped', g)),
        ...byReason(report.models, terminal_check_unmeasured('flops_increase')).map((g) => shared('FLOPs increase not measured', g)),
        ...byReason(report.models, terminal_check_unmeasured('accuracy')).map((g) => shared('accuracy not measured', g)),
    ];
    if (notes.length)
        out.push(...notes, '');
    const v = verdict(report);
    const compared = report.base ? ` (base ${shortSha(report.base)})` : '';
    out.push(`${v.icon} ${v.text}${compared}`, '');
    return out.join('\n');
}
function flopsText(m) {
    return `${m.lower_bound ? '≥ ' : ''}${count(m.flops)}`;
}
function budgetText(m) {
    const limit = flopsLimit(m);
    return limit === undefined ? '' : count(limit);
}
function accuracyText(m) {
    if (m.fit?.status === 'ok')
        return accuracy(m.fit.accuracy);
    if (m.fit?.status === 'skipped')
        return 'skipped';
    return accuracyLimit(m) !== undefined ? 'not measured' : '';
}
/** Lines a developer must read: errors, exceeded limits, missing baselines and fits, unknown layers. */
function notesFor(m) {
    const name = plain(m.name, 60);
    const err = m.error;
    if (err)
        return [`  ✗ ${name}: ${plain(err, 400)}`];
    const out = decisive(m).map((c) => `  ${m.status === 'fail' ? '✗' : '!'} ${name}: ${describeCheck(c)}`);
    if (m.unknown.length) {
        const list = m.unknown.slice(0, 5).map((u) => `${plain(u.layer, 40)} (${plain(u.type, 40)})`).join(', ');
        const more = m.unknown.length > 5 ? ` and ${m.unknown.length - 5} more` : '';
        out.push(`  ! ${name}: unknown layers counted as 0, so FLOPs are a lower bound: ${list}${more}`);
    }
    return out;
}
/** Limits that decided nothing, and why: no baseline to compare with, no fit that ran. */
function terminal_check_unmeasured(budget) {
    return (m) => {
        if (!m.checks.some((c) => c.budget === budget && c.status === 'not-measured'))
            return undefined;
        if (budget === 'accuracy')
            return m.fit ? 'the fit was skipped' : 'no fit ran (fit: blocks run unless --no-fit)';
        return m.base?.status === 'new' ? 'new model' : m.base ? 'no baseline' : 'no --base-ref given';
    };
}

;// CONCATENATED MODULE: ./src/commands/check.ts










const CHECK_USAGE = 'Usage: flopgate check [--budget PATH] [--base-ref REF] [--no-fit] [--json PATH] [--markdown PATH]';
const DEFAULT_BUDGET = '.github/flopgate.yml';
/**
 * `flopgate check`: every model in the budget file against its limits. Exit 0 within budget
 * (warnings included), 1 a budget exceeded, 2 bad input or configuration (a budget-file
 * fault, or a model that cannot be measured). Reports are written whole or not at all.
 */
async function checkCommand(argv, io) {
    let values;
    try {
        ({ values } = (0,external_node_util_namespaceObject.parseArgs)({
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
        // Model paths are relative to the repository root; a --budget path given on the
        // command line is relative to where the command runs, like any other argument.
        const root = (await gitTopLevel(io.cwd)) ?? io.cwd;
        const budgetFile = values.budget !== undefined ? (0,external_node_path_namespaceObject.resolve)(io.cwd, values.budget) : (0,external_node_path_namespaceObject.resolve)(root, DEFAULT_BUDGET);
        const report = await runCheck({
            root,
            budgetFile,
            ...(values['base-ref'] !== undefined ? { baseRef: values['base-ref'] } : {}),
            fit: !values['no-fit'],
            log: (line) => io.stderr(`${line}\n`),
        });
        io.stdout(renderCheckTable(report));
        if (values.json !== undefined)
            await writeFileAtomic((0,external_node_path_namespaceObject.resolve)(io.cwd, values.json), `${JSON.stringify(report, null, 2)}\n`, values.json);
        if (values.markdown !== undefined)
            await writeFileAtomic((0,external_node_path_namespaceObject.resolve)(io.cwd, values.markdown), renderMarkdown(report), values.markdown);
        return exitCodeOf(report);
    }
    catch (e) {
        if (e instanceof ConfigError) {
            for (const f of e.faults)
                io.stderr(`error: ${formatFault(f)}\n`);
            return 2;
        }
        if (e instanceof FlopgateError) {
            io.stderr(`error: ${e.message}\n`);
            return e.exitCode;
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts



const USAGE = `flopgate: compute budgets for neural networks

  flopgate flops MODEL [--input-shape 28,28] [--batch-size N] [--convention C] [--unknown error|warn] [--json]
  flopgate check [--budget PATH] [--base-ref REF] [--no-fit] [--json PATH] [--markdown PATH]

Conventions: notebook (default), macs, tf-profiler. Exit codes: 0 within budget, 1 over budget, 2 bad input.
`;
async function main(argv) {
    const io = {
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        cwd: process.cwd(),
    };
    const [cmd, ...rest] = argv;
    if (cmd === 'flops')
        return flopsCommand(rest, io);
    if (cmd === 'check')
        return checkCommand(rest, io);
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
        io.stdout(USAGE);
        return cmd === undefined ? 2 : 0;
    }
    throw new FlopgateError(`flopgate: unknown command "${cmd}" (expected flops or check)`);
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (e) => {
    if (e instanceof FlopgateError) {
        process.stderr.write(`error: ${e.message}\n`);
        process.exitCode = e.exitCode;
    }
    else {
        // A bug of ours, not the user's input: still one line, but say where to report it.
        const msg = e instanceof Error ? e.message : String(e);
        process.stderr.write(`error: internal error: ${msg.split('\n')[0]} (please report this with the model file)\n`);
        process.exitCode = 2;
    }
});

