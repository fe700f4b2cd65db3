export const id = 45;
export const ids = [45];
export const modules = {

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
