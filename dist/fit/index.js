import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 238:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 987:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("perf_hooks");

/***/ }),

/***/ 876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 16:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cS: () => (/* binding */ DEFAULT_TIMEOUT),
  co: () => (/* reexport */ Trainer),
  hw: () => (/* binding */ runFit),
  H_: () => (/* reexport */ selectBackend)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The one error type users see. Its message is a single line that names the file, line or
 * layer at fault; the entry points print it without a stack and exit with `exitCode`.
 */
class errors_FlopgateError extends Error {
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
        return err instanceof errors_FlopgateError ? err : new errors_FlopgateError(msg);
    return new errors_FlopgateError(`${file}: ${msg}`);
}
/**
 * A fault that is ours, not the file's: a reader or a rule met something it should have
 * handled. Still one line, naming the file, and saying it is a bug to report; tests and the
 * fuzzing harness look for it.
 */
class InternalError extends (/* unused pure expression or super */ null && (errors_FlopgateError)) {
}
/**
 * The one policy at the reader boundary: a fault the readers or rules recognised (a
 * FlopgateError: bounds, truncation, a malformed structure) is the file's; anything else is
 * ours and says so.
 */
function atReaderBoundary(file, err) {
    if (err instanceof errors_FlopgateError)
        return inFile(file, err);
    const msg = err instanceof Error ? err.message : String(err);
    return new InternalError(`${file}: internal error while reading this model (${msg.split('\n')[0]}); please report it with the file`);
}
/**
 * ` (did you mean "activation"?)` for a near miss among `known`, else ` (expected one of: ...)`;
 * '' when nothing is known. Budget-file keys and inline layer keys are corrected alike.
 */
function didYouMean(key, known) {
    if (known.length === 0)
        return '';
    let best;
    let bestD = Infinity;
    const want = key.toLowerCase();
    for (const p of known) {
        // Lengths further apart than any accepted distance cannot make a suggestion: skipping them
        // keeps a hostile file's 20,000 long keys from costing an edit distance each.
        if (Math.abs(p.length - want.length) > Math.max(1, Math.floor(p.length / 3)))
            continue;
        const d = editDistance(want, p.toLowerCase());
        if (d < bestD)
            [best, bestD] = [p, d];
    }
    if (best !== undefined && bestD <= Math.max(1, Math.floor(best.length / 3)))
        return ` (did you mean "${best}"?)`;
    return ` (expected one of: ${known.join(', ')})`;
}
function editDistance(a, b) {
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/fit/wasm-adam.ts
/**
 * Keras' Adam update as a WebAssembly SIMD function over the WASM backend's own heap: four
 * float32 lanes at a time, with the same float32 operations in the same order as Keras'
 * formula (src/fit/adam.ts), so that it agrees with the scalar float32 loop bit for bit.
 *
 * Why a module of its own: the update is an element-wise pass over every weight at every
 * step, and tfjs has no fused kernel for it (its AdamOptimizer is about 15 kernels per
 * variable). A JavaScript loop over the heap costs 5 to 9 ns a weight; this one well under
 * 1 ns. It imports the backend's WebAssembly.Memory, so it reads and writes the tensors where
 * they are: no copy in or out, and a heap that grows stays visible to it.
 *
 * The module is 100-odd bytes written out below, opcode by opcode (the WebAssembly binary
 * format and its SIMD proposal, both standard); there is no toolchain to build it from.
 */
// Opcodes.
const BLOCK = 0x02;
const LOOP = 0x03;
const BR = 0x0c;
const BR_IF = 0x0d;
const END = 0x0b;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const LOCAL_TEE = 0x22;
const I32_CONST = 0x41;
const I32_ADD = 0x6a;
const I32_GE_U = 0x4f;
const I32_SHL = 0x74;
const VOID = 0x40;
const I32 = 0x7f;
const F32 = 0x7d;
const V128 = 0x7b;
const simd = (op) => [0xfd, ...uleb(op)];
const V128_LOAD = simd(0x00);
const V128_STORE = simd(0x0b);
const F32X4_SPLAT = simd(0x13);
const F32X4_SQRT = simd(0xe3);
const F32X4_ADD = simd(0xe4);
const F32X4_SUB = simd(0xe5);
const F32X4_MUL = simd(0xe6);
const F32X4_DIV = simd(0xe7);
/** memarg: alignment hint 2^0 (tensors are 4-byte aligned), offset 0. */
const MEMARG = [0x00, 0x00];
function uleb(n) {
    const out = [];
    do {
        let b = n & 0x7f;
        n >>>= 7;
        if (n)
            b |= 0x80;
        out.push(b);
    } while (n);
    return out;
}
const vec = (items) => [...uleb(items.length), ...items.flat()];
const section = (id, body) => [id, ...uleb(body.length), ...body];
const wasm_adam_name = (s) => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
// Parameters: n (elements, a multiple of 4), x, m, v, g, g2 (0: none), outX, outM, outV
// (byte offsets in the heap), then alpha, 1 - beta1, 1 - beta2, epsilon.
const [N, X, M, V, G, G2, OX, OM, OV, ALPHA, C1, C2, EPS] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
// Locals after the parameters: the byte index, its end, and seven vectors.
const [I, END_AT, VA, VC1, VC2, VEPS, VG, VM, VV] = [13, 14, 15, 16, 17, 18, 19, 20, 21];
const get = (l) => [LOCAL_GET, l];
const set = (l) => [LOCAL_SET, l];
const load = (base) => [...get(base), ...get(I), I32_ADD, ...V128_LOAD, ...MEMARG];
function body(withSecond) {
    const code = [
        // end = n * 4; splat the scalars.
        ...get(N), I32_CONST, 2, I32_SHL, ...set(END_AT),
        ...get(ALPHA), ...F32X4_SPLAT, ...set(VA),
        ...get(C1), ...F32X4_SPLAT, ...set(VC1),
        ...get(C2), ...F32X4_SPLAT, ...set(VC2),
        ...get(EPS), ...F32X4_SPLAT, ...set(VEPS),
        BLOCK, VOID, LOOP, VOID,
        ...get(I), ...get(END_AT), I32_GE_U, BR_IF, 1,
        // g (+ g2)
        ...load(G), ...(withSecond ? [...load(G2), ...F32X4_ADD] : []), ...set(VG),
        // m' = m + (g - m) * c1
        ...load(M), LOCAL_TEE, VM, ...get(VG), ...get(VM), ...F32X4_SUB, ...get(VC1), ...F32X4_MUL, ...F32X4_ADD, ...set(VM),
        ...get(OM), ...get(I), I32_ADD, ...get(VM), ...V128_STORE, ...MEMARG,
        // v' = v + (g * g - v) * c2
        ...load(V), LOCAL_TEE, VV, ...get(VG), ...get(VG), ...F32X4_MUL, ...get(VV), ...F32X4_SUB, ...get(VC2), ...F32X4_MUL, ...F32X4_ADD, ...set(VV),
        ...get(OV), ...get(I), I32_ADD, ...get(VV), ...V128_STORE, ...MEMARG,
        // x' = x - (m' * alpha) / (sqrt(v') + eps)
        ...get(OX), ...get(I), I32_ADD,
        ...load(X), ...get(VM), ...get(VA), ...F32X4_MUL, ...get(VV), ...F32X4_SQRT, ...get(VEPS), ...F32X4_ADD, ...F32X4_DIV, ...F32X4_SUB,
        ...V128_STORE, ...MEMARG,
        // i += 16
        ...get(I), I32_CONST, 16, I32_ADD, ...set(I),
        BR, 0, END, END, END,
    ];
    const locals = vec([
        [2, I32],
        [7, V128],
    ]);
    const fn = [...locals, ...code];
    return [...uleb(fn.length), ...fn];
}
function moduleBytes() {
    const params = [...Array(9).fill(I32), ...Array(4).fill(F32)];
    const type = [0x60, ...uleb(params.length), ...params, 0x00];
    return Uint8Array.from([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...section(1, vec([type])),
        // import env.memory: a memory of at least one page, no maximum, not shared
        ...section(2, vec([[...wasm_adam_name('env'), ...wasm_adam_name('memory'), 0x02, 0x00, 0x01]])),
        ...section(3, vec([[0x00], [0x00]])),
        ...section(7, vec([[...wasm_adam_name('adam'), 0x00, 0x00], [...wasm_adam_name('adam2'), 0x00, 0x01]])),
        ...section(10, vec([body(false), body(true)])),
    ]);
}
const instances = new WeakMap();
/** The functions over `memory`, or null where this WebAssembly has no SIMD. */
function wasmAdam(memory) {
    let inst = instances.get(memory);
    if (inst === undefined) {
        const bytes = moduleBytes();
        inst = WebAssembly.validate(bytes)
            ? new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports
            : null;
        instances.set(memory, inst);
    }
    return inst;
}

;// CONCATENATED MODULE: ./src/fit/adam.ts

/**
 * Adam as Keras defines it (keras/src/optimizers/adam.py, Keras 3), one kernel call per
 * variable.
 *
 * tfjs' own AdamOptimizer runs about 15 small kernels per variable and every step (a third of
 * the notebook MLP's step on WASM went to them), and its formula is the paper's, not Keras':
 * Keras adds epsilon to sqrt(v) and folds both bias corrections into the step size,
 *
 *     alpha = lr * sqrt(1 - beta2^t) / (1 - beta1^t)
 *     m    += (g - m) * (1 - beta1)
 *     v    += (g^2 - v) * (1 - beta2)
 *     x    -= m * alpha / (sqrt(v) + epsilon)
 *
 * which differs from tfjs' where sqrt(v) is as small as epsilon (a gradient of 1e-5 early in
 * training). The fit's contract is Keras' training, so this is Keras' formula.
 */
const ADAM_KERNEL = 'FlopgateKerasAdam';
/** Keras' defaults (and tfjs' epsilon for float32 is the same 1e-7). */
const KERAS_ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };
const f32 = Math.fround;
/**
 * The update over flat arrays, elements [from, to): writes x', m', v' (which may alias x, m,
 * v). Float32 arithmetic, each operation rounded as Keras' float32 tensors round it, so that
 * it is the WASM SIMD function's result bit for bit (src/fit/wasm-adam.ts), which the
 * replicas of a data-parallel fit rely on. `g2`, when given, is added to `g` first.
 */
function adamUpdate(x, m, v, g, g2, outX, outM, outV, a, from = 0, to = x.length) {
    const alpha = f32(a.alpha);
    const c1 = f32(1 - a.beta1);
    const c2 = f32(1 - a.beta2);
    const eps = f32(a.epsilon);
    for (let i = from; i < to; i++) {
        const gi = g2 ? f32(g[i] + g2[i]) : g[i];
        const mi = f32(m[i] + f32(f32(gi - m[i]) * c1));
        const vi = f32(v[i] + f32(f32(f32(gi * gi) - v[i]) * c2));
        outM[i] = mi;
        outV[i] = vi;
        outX[i] = f32(x[i] - f32(f32(mi * alpha) / f32(f32(Math.sqrt(vi)) + eps)));
    }
}
/**
 * Registers the update for the WASM backend (the SIMD function over its heap, else the same
 * loop in JavaScript) and the pure-JS one; tfjs-node runs it as composite TensorFlow ops
 * instead (KerasAdam). Inputs x, m, v, g and optionally g2 (added to g: the gradients of a
 * data-parallel fit's two halves); outputs x', m', v'.
 */
function registerAdamKernel(tf, backendName) {
    if (tf.getKernel(ADAM_KERNEL, backendName))
        return;
    const wasmKernel = ({ inputs, attrs, backend }) => {
        const { x, m, v, g, g2 } = inputs;
        const a = attrs;
        const outs = [x, m, v].map((t) => backend.makeOutput(t.shape, 'float32'));
        const n = tf.util.sizeFromShape(x.shape);
        const memory = backend.wasm.asm?.memory;
        const fns = memory ? wasmAdam(memory) : null;
        const lanes = fns ? n - (n % 4) : 0;
        if (fns && lanes > 0) {
            const at = (t) => backend.dataIdMap.get(t.dataId).memoryOffset;
            const fn = g2 ? fns.adam2 : fns.adam;
            fn(lanes, at(x), at(m), at(v), at(g), g2 ? at(g2) : 0, at(outs[0]), at(outs[1]), at(outs[2]), a.alpha, 1 - a.beta1, 1 - a.beta2, a.epsilon);
        }
        if (lanes < n) {
            // Views are taken after the allocations: growing the heap detaches older ones.
            const view = (t) => backend.typedArrayFromHeap(t);
            adamUpdate(view(x), view(m), view(v), view(g), g2 && view(g2), view(outs[0]), view(outs[1]), view(outs[2]), a, lanes, n);
        }
        return outs;
    };
    const cpuKernel = ({ inputs, attrs, backend }) => {
        const { x, m, v, g, g2 } = inputs;
        const values = (t) => backend.data.get(t.dataId).values;
        const n = tf.util.sizeFromShape(x.shape);
        const out = [new Float32Array(n), new Float32Array(n), new Float32Array(n)];
        adamUpdate(values(x), values(m), values(v), values(g), g2 && values(g2), out[0], out[1], out[2], attrs);
        return [x, m, v].map((t, i) => backend.makeTensorInfo(t.shape, 'float32', out[i]));
    };
    const kernelFunc = (backendName === 'wasm' ? wasmKernel : cpuKernel);
    const config = { kernelName: ADAM_KERNEL, backendName, kernelFunc };
    tf.registerKernel(config);
}
/**
 * Keras' Adam over a list of variables: its moments live here, one slot per variable, and
 * each step is one kernel per variable where the backend has it (composite ops elsewhere).
 */
class KerasAdam {
    tf;
    lr;
    attrs;
    m = [];
    v = [];
    /** Steps applied (Keras' `iterations`). */
    iterations = 0;
    constructor(tf, lr, attrs = KERAS_ADAM) {
        this.tf = tf;
        this.lr = lr;
        this.attrs = attrs;
    }
    /**
     * Applies one step; `grads[i]` belongs to `vars[i]` (undefined: no gradient this step), and
     * `seconds[i]`, when given, is added to it first.
     */
    apply(vars, grads, seconds) {
        const tf = this.tf;
        const t = this.iterations + 1;
        const { beta1, beta2, epsilon } = this.attrs;
        const alpha = (this.lr * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
        const fused = tf.getKernel(ADAM_KERNEL, tf.getBackend()) !== undefined;
        vars.forEach((x, i) => {
            const g = grads[i];
            if (!g)
                return;
            const g2 = seconds?.[i];
            const m = (this.m[i] ??= tf.keep(tf.zerosLike(x)));
            const v = (this.v[i] ??= tf.keep(tf.zerosLike(x)));
            let outs;
            if (fused) {
                outs = tf.engine().runKernel(ADAM_KERNEL, g2 ? { x, m, v, g, g2 } : { x, m, v, g }, { alpha, beta1, beta2, epsilon });
            }
            else {
                outs = tf.tidy(() => {
                    const gg = g2 ? tf.add(g, g2) : g;
                    const m1 = tf.add(m, tf.mul(tf.sub(gg, m), 1 - beta1));
                    const v1 = tf.add(v, tf.mul(tf.sub(tf.square(gg), v), 1 - beta2));
                    const x1 = tf.sub(x, tf.div(tf.mul(m1, alpha), tf.add(tf.sqrt(v1), epsilon)));
                    return [x1, m1, v1];
                });
            }
            x.assign(outs[0]);
            outs[0].dispose();
            m.dispose();
            v.dispose();
            // Kept: apply may run inside a tidy scope, and the moments outlive it.
            this.m[i] = tf.keep(outs[1]);
            this.v[i] = tf.keep(outs[2]);
        });
        this.iterations = t;
    }
    dispose() {
        for (const t of [...this.m, ...this.v])
            t?.dispose();
        this.m.length = 0;
        this.v.length = 0;
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/fit/cache.ts





/** The CLI's cache: `$XDG_CACHE_HOME/flopgate`, else `~/.cache/flopgate`. */
function defaultCacheDir() {
    const xdg = process.env.XDG_CACHE_HOME;
    return (0,external_node_path_namespaceObject.join)(xdg && (0,external_node_path_namespaceObject.isAbsolute)(xdg) ? xdg : (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.cache'), 'flopgate');
}
/** An HTTP answer other than 200, kept apart so that callers can try the next URL on a 404. */
class HttpStatusError extends errors_FlopgateError {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/**
 * The whole body of `url` in memory, or an error: a non-200 answer, a body larger than
 * `maxBytes`, a connection that stalls or closes before Content-Length bytes arrived.
 * Nothing is written here, so a failed download cannot leave a file behind.
 */
async function download(url, opts) {
    const ctrl = new AbortController();
    const idle = opts.idleTimeoutMs ?? 60_000;
    let timer = setTimeout(() => ctrl.abort(), idle);
    const poke = () => {
        clearTimeout(timer);
        timer = setTimeout(() => ctrl.abort(), idle);
    };
    const fail = (why) => new errors_FlopgateError(`download of ${url} failed: ${why}`);
    try {
        let res;
        try {
            res = await fetch(url, { signal: ctrl.signal, redirect: 'follow' });
        }
        catch (e) {
            throw fail(ctrl.signal.aborted ? `no answer within ${idle / 1000} s` : cause(e));
        }
        if (res.status !== 200) {
            await res.body?.cancel().catch(() => { });
            throw new HttpStatusError(`download of ${url} failed: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, res.status);
        }
        const declared = res.headers.get('content-length');
        const expected = declared !== null && /^\d+$/.test(declared) ? Number(declared) : undefined;
        if (expected !== undefined && expected > opts.maxBytes) {
            await res.body?.cancel().catch(() => { });
            throw fail(`${expected} bytes is more than the ${opts.maxBytes} allowed`);
        }
        const chunks = [];
        let total = 0;
        if (res.body) {
            const reader = res.body.getReader();
            for (;;) {
                let step;
                try {
                    step = await reader.read();
                }
                catch (e) {
                    throw fail(ctrl.signal.aborted ? `stalled after ${total} bytes` : `connection lost after ${total} bytes (${cause(e)})`);
                }
                if (step.done)
                    break;
                total += step.value.byteLength;
                if (total > opts.maxBytes) {
                    await reader.cancel().catch(() => { });
                    throw fail(`more than the ${opts.maxBytes} bytes allowed`);
                }
                chunks.push(step.value);
                poke();
            }
        }
        if (expected !== undefined && total !== expected)
            throw fail(`connection closed after ${total} of ${expected} bytes`);
        return Buffer.concat(chunks, total);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Writes `bytes` to `path` through a temporary file in the same directory and a rename, so
 * that readers see either no file or the whole file, and a failure leaves neither behind.
 */
async function writeAtomic(path, bytes) {
    const dir = (0,external_node_path_namespaceObject.dirname)(path);
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const tmp = (0,external_node_path_namespaceObject.join)(dir, `.${(0,external_node_path_namespaceObject.basename)(path)}.${process.pid}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.part`);
    try {
        const fh = await (0,promises_namespaceObject.open)(tmp, 'wx', 0o644);
        try {
            await fh.writeFile(bytes);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,promises_namespaceObject.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_namespaceObject.unlink)(tmp).catch(() => { });
        throw new errors_FlopgateError(`cannot write ${path}: ${e.message}`);
    }
}
function cause(e) {
    const c = e.cause;
    if (c?.code)
        return c.message && !c.message.includes(c.code) ? `${c.code}: ${c.message}` : c.message ?? c.code;
    return c?.message ?? e.message ?? String(e);
}

;// CONCATENATED MODULE: ./src/fit/loss.ts
/**
 * Keras' categorical crossentropy on probabilities, summed over a batch, as one kernel and
 * its gradient as one more.
 *
 * The definition is Keras' (keras/src/backend/*: `output / sum(output)`, clipped to
 * [epsilon, 1 - epsilon], `-sum(target * log(output))`), which tfjs-layers also follows. As
 * tfjs ops it is 9 kernels forward and about 40 backward (with the clones tfjs makes of what
 * it saves for the backward pass): half of the notebook MLP's 120 kernel calls a step, each
 * costing its few microseconds of JavaScript whatever its size (32 x 10 values). Here the
 * same arithmetic is one pass over those values each way; the gradient is the chain rule of
 * the same ops (the clip passes the gradient where its input is inside the bounds, bounds
 * included, as tfjs' clipByValue does).
 */
const CROSSENTROPY_KERNEL = 'FlopgateCategoricalCrossentropy';
const GRAD_KERNEL = 'FlopgateCategoricalCrossentropyGrad';
const EPSILON = 1e-7;
// The float32 bounds tfjs clips to.
const LO = Math.fround(EPSILON);
const HI = Math.fround(1 - EPSILON);
/** Σ over rows of -Σ y log(clip(p / Σp)), times scale. */
function crossentropySum(p, y, classes, scale) {
    let total = 0;
    for (let at = 0; at < p.length; at += classes) {
        let s = 0;
        for (let c = 0; c < classes; c++)
            s += p[at + c];
        let l = 0;
        for (let c = 0; c < classes; c++) {
            const t = y[at + c];
            if (t === 0)
                continue;
            const q = Math.min(HI, Math.max(LO, Math.fround(p[at + c] / s)));
            l -= t * Math.log(q);
        }
        total += l;
    }
    return total * scale;
}
/** d(scale · Σ loss)/dp, times the upstream gradient `dy`, into `out`. */
function crossentropyGrad(p, y, classes, scale, dy, out) {
    const g = new Float64Array(classes);
    for (let at = 0; at < p.length; at += classes) {
        let s = 0;
        for (let c = 0; c < classes; c++)
            s += p[at + c];
        // g_c = d loss / d q_c; the loss through q_c = p_c / s gives (g_j - Σ g_c q_c) / s.
        let gq = 0;
        for (let c = 0; c < classes; c++) {
            const q = Math.fround(p[at + c] / s);
            g[c] = q >= LO && q <= HI ? -y[at + c] / q : 0;
            gq += g[c] * q;
        }
        const k = (scale * dy) / s;
        for (let c = 0; c < classes; c++)
            out[at + c] = (g[c] - gq) * k;
    }
}
/** Registers both kernels and the gradient on the WASM and pure-JS backends. */
function registerCrossentropyKernel(tf, backendName) {
    if (tf.getKernel(CROSSENTROPY_KERNEL, backendName))
        return;
    const values = (backend, t) => backendName === 'wasm' ? backend.typedArrayFromHeap(t) : backend.data.get(t.dataId).values;
    const output = (backend, shape, fill) => {
        if (backendName === 'wasm') {
            const out = backend.makeOutput(shape, 'float32');
            fill(backend.typedArrayFromHeap(out));
            return out;
        }
        const v = new Float32Array(tf.util.sizeFromShape(shape));
        fill(v);
        return backend.makeTensorInfo(shape, 'float32', v);
    };
    const forward = ({ inputs, attrs, backend }) => {
        const { p, y } = inputs;
        const { scale } = attrs;
        const classes = p.shape[p.shape.length - 1];
        const total = crossentropySum(values(backend, p), values(backend, y), classes, scale);
        return output(backend, [], (o) => (o[0] = total));
    };
    const backward = ({ inputs, attrs, backend }) => {
        const { p, y, dy } = inputs;
        const { scale } = attrs;
        const classes = p.shape[p.shape.length - 1];
        return output(backend, p.shape, (o) => crossentropyGrad(values(backend, p), values(backend, y), classes, scale, values(backend, dy)[0], o));
    };
    for (const [kernelName, fn] of [
        [CROSSENTROPY_KERNEL, forward],
        [GRAD_KERNEL, backward],
    ]) {
        const config = { kernelName, backendName, kernelFunc: fn };
        tf.registerKernel(config);
    }
    if (!tf.getGradient(CROSSENTROPY_KERNEL)) {
        tf.registerGradient({
            kernelName: CROSSENTROPY_KERNEL,
            inputsToSave: ['p', 'y'],
            gradFunc: (dy, saved, attrs) => {
                const [p, y] = saved;
                return {
                    p: () => tf.engine().runKernel(GRAD_KERNEL, { p, y, dy: dy }, attrs),
                    // The targets are data: nothing asks for their gradient.
                    y: () => tf.zerosLike(y),
                };
            },
        });
    }
}
/** scale · Σ over the batch of the per-sample loss, through the kernel. */
function crossentropy(tf, y, p, scale) {
    return tf.engine().runKernel(CROSSENTROPY_KERNEL, { p, y }, { scale });
}
function hasCrossentropyKernel(tf) {
    return tf.getKernel(CROSSENTROPY_KERNEL, tf.getBackend()) !== undefined;
}

;// CONCATENATED MODULE: ./src/fit/wasm-kernels.ts
const ours = new WeakSet();
function registerWasmTrainingKernels(tf) {
    const native = (name) => {
        const k = tf.getKernel(name, 'wasm');
        if (!k)
            throw new Error(`the WASM backend has no ${name} kernel`);
        return k.kernelFunc;
    };
    if (ours.has(tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc ?? {}))
        return;
    const k = {
        batchMatMul: native('BatchMatMul'),
        conv2d: native('Conv2D'),
        conv2dBackpropInput: native('Conv2DBackpropInput'),
        gather: native('GatherV2'),
        reshape: native('Reshape'),
        reverse: native('Reverse'),
        slice: native('Slice'),
        transpose: native('Transpose'),
    };
    const put = (name, fn) => {
        const old = tf.getKernel(name, 'wasm');
        if (old)
            tf.unregisterKernel(name, 'wasm');
        const config = { ...(old ?? {}), kernelName: name, backendName: 'wasm', kernelFunc: fn };
        tf.registerKernel(config);
        ours.add(config.kernelFunc);
    };
    const free = (backend, ...ts) => {
        for (const t of ts)
            backend.disposeData(t.dataId);
    };
    const swapLastTwo = (backend, t) => {
        const perm = t.shape.map((_, i) => i);
        perm.splice(-2, 2, perm.length - 1, perm.length - 2);
        return k.transpose({ inputs: { x: t }, attrs: { perm }, backend });
    };
    const leading = (shape) => shape.slice(0, -2).reduce((a, b) => a * b, 1);
    // Only an untransposed product of unbatched operands reaches XNNPACK; the rest runs a
    // scalar triple loop. A transpose costs one pass over the operand, the loop ten times more.
    put('BatchMatMul', (args) => {
        const { a, b } = args.inputs;
        const { transposeA, transposeB } = args.attrs;
        if ((!transposeA && !transposeB) || leading(a.shape) !== 1 || leading(b.shape) !== 1)
            return k.batchMatMul(args);
        const backend = args.backend;
        // XNNPACK packs its right operand on every call (a weight changes every step), so
        // a x b^T for a large b (a Dense input gradient: b is the kernel) is cheaper as
        // (b x a^T)^T: it transposes and packs the small a and transposes the product instead.
        const [m, kk] = a.shape.slice(-2);
        const n = b.shape[b.shape.length - 2];
        if (transposeB && !transposeA && m * kk + m * n < 2 * kk * n) {
            const aT = swapLastTwo(backend, a);
            const p = k.batchMatMul({ inputs: { a: b, b: aT }, attrs: { ...args.attrs, transposeA: false, transposeB: false }, backend });
            const out = swapLastTwo(backend, p);
            free(backend, aT, p);
            return out;
        }
        const temps = [];
        const aa = transposeA ? swapLastTwo(args.backend, a) : a;
        const bb = transposeB ? swapLastTwo(args.backend, b) : b;
        if (aa !== a)
            temps.push(aa);
        if (bb !== b)
            temps.push(bb);
        const out = k.batchMatMul({ inputs: { a: aa, b: bb }, attrs: { ...args.attrs, transposeA: false, transposeB: false }, backend: args.backend });
        free(args.backend, ...temps);
        return out;
    });
    // tfjs clones every tensor it saves for the backward pass (an Identity kernel), and the
    // gradient of each clone is a Cast to float32. The WASM backend copies the data for both,
    // where the cpu backend shares it: 44 copies per step of the example CNN, 1.7 ms. Tensors
    // are never written in place, so sharing the data (counted, as Reshape already does) is safe.
    const share = (x, backend) => {
        backend.incRef(x.dataId);
        return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
    };
    const identity = native('Identity');
    const cast = native('Cast');
    put('Identity', (args) => (args.inputs.x.dtype === 'string' ? identity(args) : share(args.inputs.x, args.backend)));
    put('Cast', (args) => (args.inputs.x.dtype === args.attrs.dtype && args.inputs.x.dtype !== 'string' ? share(args.inputs.x, args.backend) : cast(args)));
    // The backend's Slice copies the whole input out of the heap (readSync) before taking its
    // part: a batch sliced from the 8,000-sample training set copied 25 MB. A contiguous slice
    // is one copy of the part, straight from the heap.
    put('Slice', (args) => {
        const { x } = args.inputs;
        const { begin, size } = args.attrs;
        const backend = args.backend;
        const [b, s] = tf.slice_util.parseSliceParams(x, begin, size);
        if ((x.dtype !== 'float32' && x.dtype !== 'int32') || !tf.slice_util.isSliceContinous(x.shape, b, s))
            return k.slice(args);
        const from = tf.slice_util.computeFlatOffset(b, tf.util.computeStrides(x.shape));
        const out = backend.makeOutput(s, x.dtype);
        const src = backend.typedArrayFromHeap(x);
        backend.typedArrayFromHeap(out).set(src.subarray(from, from + tf.util.sizeFromShape(s)));
        return out;
    });
    // Batches are gathered rows of the training set: whole-row copies instead of the
    // backend's element-by-element index arithmetic.
    put('GatherV2', (args) => {
        const { x, indices } = args.inputs;
        const { axis, batchDims } = args.attrs;
        const backend = args.backend;
        if (tf.util.parseAxisParam(axis, x.shape)[0] !== 0 || batchDims !== 0 || (x.dtype !== 'float32' && x.dtype !== 'int32'))
            return k.gather(args);
        const idx = backend.readSync(indices.dataId);
        const n = x.shape[0];
        for (const i of idx) {
            if (!(i >= 0 && i < n))
                throw new Error(`GatherV2: the index value ${i} is not in [0, ${n - 1}]`);
        }
        const row = tf.util.sizeFromShape(x.shape.slice(1));
        const out = backend.makeOutput([...indices.shape, ...x.shape.slice(1)], x.dtype);
        // Views are taken after the allocation: growing the heap detaches older ones.
        const src = backend.typedArrayFromHeap(x);
        const dst = backend.typedArrayFromHeap(out);
        for (let j = 0; j < idx.length; j++)
            dst.set(src.subarray(idx[j] * row, idx[j] * row + row), j * row);
        return out;
    });
    // TensorFlow's rule: each window's gradient goes to its first maximum. (The backend's own
    // kernel picks the last one and is a per-element search.)
    put('MaxPoolGrad', (args) => {
        const { dy, input } = args.inputs;
        const { filterSize, strides, pad, dimRoundingMode } = args.attrs;
        const backend = args.backend;
        const info = tf.backend_util.computePool2DInfo(input.shape, filterSize, strides, 1, pad, dimRoundingMode);
        const out = backend.makeOutput(input.shape, 'float32');
        const x = backend.typedArrayFromHeap(input);
        const g = backend.typedArrayFromHeap(dy);
        const dx = backend.typedArrayFromHeap(out);
        dx.fill(0);
        const { batchSize: B, inHeight: H, inWidth: W, inChannels: C, outHeight: OH, outWidth: OW } = info;
        const { strideHeight: sh, strideWidth: sw, filterHeight: fh, filterWidth: fw } = info;
        const { top, left } = info.padInfo;
        const best = new Float32Array(C);
        const at = new Int32Array(C);
        for (let b = 0; b < B; b++) {
            for (let oh = 0; oh < OH; oh++) {
                for (let ow = 0; ow < OW; ow++) {
                    let first = true;
                    for (let i = 0; i < fh; i++) {
                        const r = oh * sh - top + i;
                        if (r < 0 || r >= H)
                            continue;
                        for (let j = 0; j < fw; j++) {
                            const q = ow * sw - left + j;
                            if (q < 0 || q >= W)
                                continue;
                            const o = ((b * H + r) * W + q) * C;
                            if (first) {
                                for (let c = 0; c < C; c++) {
                                    best[c] = x[o + c];
                                    at[c] = o + c;
                                }
                                first = false;
                            }
                            else {
                                for (let c = 0; c < C; c++) {
                                    if (x[o + c] > best[c]) {
                                        best[c] = x[o + c];
                                        at[c] = o + c;
                                    }
                                }
                            }
                        }
                    }
                    if (first)
                        continue;
                    const y = ((b * OH + oh) * OW + ow) * C;
                    for (let c = 0; c < C; c++)
                        dx[at[c]] += g[y + c];
                }
            }
        }
        return out;
    });
    // Missing from the backend. The filter gradient is itself a convolution: of the input with
    // channels and batch swapped, by the output gradient as the filter, dilated by the forward
    // stride. XNNPACK runs it as one convolution.
    put('Conv2DBackpropFilter', (args) => {
        const { x, dy } = args.inputs;
        const { strides, pad, dataFormat, dimRoundingMode, filterShape } = args.attrs;
        const backend = args.backend;
        const info = tf.backend_util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad, dimRoundingMode, false, tf.backend_util.convertConv2DDataFormat(dataFormat));
        if (info.dataFormat !== 'channelsLast')
            throw new Error('Conv2DBackpropFilter on wasm supports NHWC (channels last) only');
        const { filterHeight: KH, filterWidth: KW, outHeight: OH, outWidth: OW, inHeight: H, inWidth: W, strideHeight: sh, strideWidth: sw } = info;
        const { top, left } = info.padInfo;
        const C = info.inChannels;
        const N = info.batchSize * OH * OW;
        if (KH * KW * C <= info.outChannels) {
            // Few input channels (a first layer): the patch matrix is smaller than the output
            // gradient, so it is written out (transposed, one pass over the heap) and multiplied
            // by the output gradient in one fully-connected product.
            const pT = backend.makeOutput([1, KH * KW * C, N], 'float32');
            const xs = backend.typedArrayFromHeap(x);
            const p = backend.typedArrayFromHeap(pT);
            for (let n = 0, b = 0; b < info.batchSize; b++) {
                for (let oh = 0; oh < OH; oh++) {
                    for (let ow = 0; ow < OW; ow++, n++) {
                        for (let i = 0; i < KH; i++) {
                            const r = oh * sh - top + i;
                            for (let j = 0; j < KW; j++) {
                                const q = ow * sw - left + j;
                                const row = (i * KW + j) * C;
                                const inside = r >= 0 && r < H && q >= 0 && q < W;
                                const o = ((b * H + r) * W + q) * C;
                                for (let c = 0; c < C; c++)
                                    p[(row + c) * N + n] = inside ? xs[o + c] : 0;
                            }
                        }
                    }
                }
            }
            const d2 = k.reshape({ inputs: { x: dy }, attrs: { shape: [1, N, info.outChannels] }, backend });
            const w = k.batchMatMul({ inputs: { a: pT, b: d2 }, attrs: { transposeA: false, transposeB: false }, backend });
            const out = k.reshape({ inputs: { x: w }, attrs: { shape: filterShape }, backend });
            free(backend, pT, d2, w);
            return out;
        }
        // Pad only as far as the last tap reads; 'same' padding may reach further.
        const bottom = Math.max(0, KH - 1 + (OH - 1) * sh + 1 - top - H);
        const right = Math.max(0, KW - 1 + (OW - 1) * sw + 1 - left - W);
        const xT = k.transpose({ inputs: { x }, attrs: { perm: [3, 1, 2, 0] }, backend });
        const f = k.transpose({ inputs: { x: dy }, attrs: { perm: [1, 2, 0, 3] }, backend });
        let g = k.conv2d({
            inputs: { x: xT, filter: f },
            attrs: { strides: [1, 1], pad: [[0, 0], [top, bottom], [left, right], [0, 0]], dataFormat: 'NHWC', dilations: [sh, sw] },
            backend,
        });
        if (g.shape[1] !== KH || g.shape[2] !== KW) {
            const cut = k.slice({ inputs: { x: g }, attrs: { begin: [0, 0, 0, 0], size: [g.shape[0], KH, KW, g.shape[3]] }, backend });
            free(backend, g);
            g = cut;
        }
        const out = k.transpose({ inputs: { x: g }, attrs: { perm: [1, 2, 0, 3] }, backend });
        free(backend, xT, f, g);
        return out;
    });
    // At stride 1 the input gradient is a convolution of the padded output gradient with the
    // filter turned 180 degrees and its channels swapped; strided ones keep the backend's loop.
    put('Conv2DBackpropInput', (args) => {
        const { dy, filter } = args.inputs;
        const { strides, pad, dataFormat, dimRoundingMode, inputShape } = args.attrs;
        const backend = args.backend;
        const info = tf.backend_util.computeConv2DInfo(inputShape, filter.shape, strides, 1, pad, dimRoundingMode, false, tf.backend_util.convertConv2DDataFormat(dataFormat));
        const { filterHeight: KH, filterWidth: KW, inHeight: H, inWidth: W, outHeight: OH, outWidth: OW } = info;
        const pt = KH - 1 - info.padInfo.top;
        const pl = KW - 1 - info.padInfo.left;
        const pb = H - OH + KH - 1 - pt;
        const pr = W - OW + KW - 1 - pl;
        const simple = info.dataFormat === 'channelsLast' && info.strideHeight === 1 && info.strideWidth === 1;
        if (!simple || pt < 0 || pl < 0 || pb < 0 || pr < 0)
            return k.conv2dBackpropInput(args);
        const turned = k.reverse({ inputs: { x: filter }, attrs: { dims: [0, 1] }, backend });
        const swapped = k.transpose({ inputs: { x: turned }, attrs: { perm: [0, 1, 3, 2] }, backend });
        const out = k.conv2d({
            inputs: { x: dy, filter: swapped },
            attrs: { strides: [1, 1], pad: [[0, 0], [pt, pb], [pl, pr], [0, 0]], dataFormat: 'NHWC', dilations: [1, 1] },
            backend,
        });
        free(backend, turned, swapped);
        return out;
    });
}

;// CONCATENATED MODULE: ./src/fit/backend.ts









// Built from parts so that the bundler does not try to resolve (and fail on) an optional
// package that is loaded only at run time, from wherever the user installed it.
const TFJS_NODE = ['@tensorflow', 'tfjs-node'].join('/');
const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'];
async function loadTfjs() {
    const tf = (await Promise.all(/* import() */[__nccwpck_require__.e(484), __nccwpck_require__.e(368)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 368, 23)));
    return typeof tf.setBackend === 'function' ? tf : tf.default;
}
/**
 * The npm prefix a workflow installs tfjs-node into, once, and caches between runs (the
 * README's fit section has the steps): `$FLOPGATE_TFJS_NODE`, else `tfjs-node` in the
 * CLI's cache directory (`~/.cache/flopgate/tfjs-node`).
 */
function tfjsNodePrefix() {
    const set = process.env.FLOPGATE_TFJS_NODE;
    return set && (0,external_node_path_namespaceObject.isAbsolute)(set) ? set : (0,external_node_path_namespaceObject.join)(defaultCacheDir(), 'tfjs-node');
}
/**
 * Where `require` may find tfjs-node: flopgate's own install, then the cached prefix. Never
 * the workspace or the working directory: in CI those are the pull request's checkout, and a
 * `node_modules/@tensorflow/tfjs-node/index.js` committed there would be code run by the check.
 */
function tfjsNodeBases() {
    return [...new Set([(0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url), (0,external_node_path_namespaceObject.join)(tfjsNodePrefix(), 'package.json')])];
}
/** tfjs-node's namespace, or why it cannot be loaded (missing, or its native library fails). */
function loadTfjsNode(bases = tfjsNodeBases()) {
    const reasons = [];
    for (const base of bases) {
        const req = (0,external_node_module_namespaceObject.createRequire)(base);
        let path;
        try {
            path = req.resolve(TFJS_NODE);
        }
        catch {
            continue;
        }
        try {
            return { tf: req(path) };
        }
        catch (e) {
            reasons.push(`${path}: ${firstLine(e)}`);
        }
    }
    if (reasons.length)
        return { reason: `@tensorflow/tfjs-node fails to load (${reasons.join('; ')})` };
    return { reason: `@tensorflow/tfjs-node is not installed (looked from ${bases.map((b) => (0,external_node_path_namespaceObject.dirname)(b)).join(', ')})` };
}
/**
 * The directory holding the tfjs WASM binaries: next to the running bundle (the build copies
 * them there), else the installed package's own dist/ (tests and runs from source).
 */
function wasmDir() {
    const here = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const candidates = [here];
    try {
        const pkg = (0,external_node_module_namespaceObject.createRequire)(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json');
        candidates.push((0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(pkg), 'dist'));
    }
    catch {
        // Bundled without node_modules beside it: only the bundle's directory can hold them.
    }
    return candidates.find((d) => WASM_FILES.every((f) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(d, f))));
}
let wasmPathsSet = false;
async function startWasm(tf) {
    const dir = wasmDir();
    if (!dir)
        return { reason: `the WASM binaries (${WASM_FILES.join(', ')}) are not next to flopgate's bundle` };
    const wasm = await Promise.all(/* import() */[__nccwpck_require__.e(484), __nccwpck_require__.e(744)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 744, 19));
    const setWasmPaths = (wasm.setWasmPaths ?? wasm.default.setWasmPaths);
    if (!wasmPathsSet) {
        setWasmPaths(dir.endsWith(external_node_path_namespaceObject.sep) ? dir : dir + external_node_path_namespaceObject.sep);
        wasmPathsSet = true;
    }
    let ok = false;
    try {
        ok = await quietly(() => withDirname(dir, () => tf.setBackend('wasm')));
    }
    catch (e) {
        return { reason: `the WASM backend failed to start (${firstLine(e)})` };
    }
    // A failed WASM start leaves tfjs on its previous backend without an error: check.
    if (!ok || tf.getBackend() !== 'wasm') {
        const why = await wasmFailure(tf, dir);
        return { reason: `the WASM backend failed to start from ${dir}${why ? ` (${why})` : ''}` };
    }
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    registerWasmTrainingKernels(tf);
    registerAdamKernel(tf, 'wasm');
    registerCrossentropyKernel(tf, 'wasm');
    return { tf, kind: 'wasm', name: simd ? 'wasm (simd)' : 'wasm (no simd)' };
}
async function startCpu(tf) {
    const ok = await tf.setBackend('cpu');
    if (!ok || tf.getBackend() !== 'cpu')
        throw new errors_FlopgateError('fit: the pure-JS cpu backend of TensorFlow.js failed to start');
    registerAdamKernel(tf, 'cpu');
    registerCrossentropyKernel(tf, 'cpu');
    return { tf, kind: 'cpu', name: 'cpu' };
}
async function startTensorflow() {
    const loaded = loadTfjsNode();
    if ('reason' in loaded)
        return loaded;
    const tf = loaded.tf;
    try {
        const ok = await tf.setBackend('tensorflow');
        if (ok && tf.getBackend() === 'tensorflow')
            return { tf, kind: 'tensorflow', name: 'tensorflow' };
    }
    catch (e) {
        return { reason: `@tensorflow/tfjs-node loaded but its backend failed to start (${firstLine(e)})` };
    }
    return { reason: '@tensorflow/tfjs-node loaded but its backend failed to start' };
}
/**
 * `auto`: tfjs-node when it loads, else WASM, else pure JS; every fallback is logged with its
 * reason. A backend asked for by name is used or is an error, never silently replaced.
 */
async function selectBackend(requested, log) {
    const wanted = requested ?? 'auto';
    if (!['auto', 'tensorflow', 'wasm', 'cpu'].includes(wanted)) {
        throw new errors_FlopgateError(`fit: unknown backend "${String(wanted)}" (expected auto, tensorflow, wasm or cpu)`);
    }
    if (wanted === 'tensorflow' || wanted === 'auto') {
        const tfn = await startTensorflow();
        if ('tf' in tfn)
            return finish(tfn);
        if (wanted === 'tensorflow') {
            throw new errors_FlopgateError(`fit: backend tensorflow unavailable: ${tfn.reason}; install it with "npm install --prefix ${tfjsNodePrefix()} @tensorflow/tfjs-node@4.22.0" or use backend auto`);
        }
        log(`fit: ${tfn.reason}; trying WASM`);
    }
    const tf = await loadTfjs();
    if (wanted === 'wasm' || wanted === 'auto') {
        const w = await startWasm(tf);
        if ('tf' in w)
            return finish(w);
        if (wanted === 'wasm')
            throw new errors_FlopgateError(`fit: backend wasm unavailable: ${w.reason}`);
        log(`fit: ${w.reason}; using the pure-JS cpu backend`);
    }
    return finish(await startCpu(tf));
}
function finish(b) {
    // Production mode drops tfjs's per-op debug checks and its console advice to install tfjs-node.
    b.tf.enableProdMode();
    return b;
}
/**
 * Bundled as an ES module, the WASM glue still reads the CommonJS `__dirname` when it starts
 * and throws without it. It uses it only as a default place for the binaries, which
 * setWasmPaths overrides, so it is lent their directory for the start and taken back after.
 */
async function withDirname(dir, fn) {
    const g = globalThis;
    if ('__dirname' in g)
        return fn();
    g.__dirname = dir;
    try {
        return await fn();
    }
    finally {
        delete g.__dirname;
    }
}
/** tfjs reports a failed backend start on console.warn; the reason is ours to report, once. */
async function quietly(fn) {
    const warn = console.warn;
    console.warn = () => { };
    try {
        return await fn();
    }
    finally {
        console.warn = warn;
    }
}
/**
 * Why the WASM backend did not start: tfjs keeps the error to itself (it only warns, and not
 * at all in production mode), so the backend's factory is run once more to catch it.
 */
async function wasmFailure(tf, dir) {
    const factory = tf.findBackendFactory('wasm');
    if (!factory)
        return 'the WASM backend is not registered';
    try {
        const again = await quietly(() => withDirname(dir, async () => factory()));
        again.dispose();
        return undefined;
    }
    catch (e) {
        return firstLine(e);
    }
}
function firstLine(e) {
    const msg = e instanceof Error ? e.message : typeof e === 'object' && e && 'message' in e ? String(e.message) : String(e);
    return msg.split('\n')[0].trim();
}

;// CONCATENATED MODULE: ./src/fit/random.ts
function seededRng(seed) {
    // Mix the seed first so that neighbouring seeds (1, 2, 3) do not start on similar streams.
    let a = hash32(seed);
    return () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function hash32(seed) {
    let h = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/** Fisher-Yates over 0..n-1. */
function permutation(n, rng) {
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++)
        p[i] = i;
    for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        const t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
    return p;
}
/**
 * Runs `fn` with Math.random replaced by a seeded stream. tfjs draws unseeded randomness
 * (default initializers, Dropout masks) from Math.random, so this is what makes a fit with
 * the same seed repeat exactly. The original is restored even when `fn` fails.
 */
async function withSeededMathRandom(seed, fn) {
    const original = Math.random;
    Math.random = seededRng(seed ^ 0x5bd1e995);
    try {
        return await fn();
    }
    finally {
        Math.random = original;
    }
}

;// CONCATENATED MODULE: ./src/fit/build-model.ts

const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);
/** Keras 1 class names that tfjs knows under their Keras 2 names. */
const CLASS_ALIASES = {
    Convolution1D: 'Conv1D',
    Convolution2D: 'Conv2D',
    Convolution3D: 'Conv3D',
    Deconvolution2D: 'Conv2DTranspose',
    Deconvolution3D: 'Conv2DTranspose',
    SeparableConvolution2D: 'SeparableConv2D',
};
const INITIALIZER_ALIASES = {
    LecunNormal: 'LeCunNormal',
    LecunUniform: 'LeCunUniform',
    Normal: 'RandomNormal',
    Uniform: 'RandomUniform',
    Zero: 'Zeros',
    One: 'Ones',
};
/** Initializers that draw random numbers: each gets its own seed, derived from the fit's. */
const RANDOM_INITIALIZERS = new Set([
    'GlorotUniform',
    'GlorotNormal',
    'HeNormal',
    'HeUniform',
    'LeCunNormal',
    'LeCunUniform',
    'RandomNormal',
    'RandomUniform',
    'TruncatedNormal',
    'VarianceScaling',
    'Orthogonal',
]);
/**
 * Keras's own defaults for the random initializers a config may leave out (tfjs's differ for
 * convolutions), written out so that they are seeded like the explicit ones.
 */
const KERNEL = { kernel_initializer: 'GlorotUniform' };
const RECURRENT = { kernel_initializer: 'GlorotUniform', recurrent_initializer: 'Orthogonal' };
const DEFAULT_INITIALIZERS = {
    Dense: KERNEL,
    Conv1D: KERNEL,
    Conv2D: KERNEL,
    Conv3D: KERNEL,
    Conv2DTranspose: KERNEL,
    Conv3DTranspose: KERNEL,
    DepthwiseConv2D: { depthwise_initializer: 'GlorotUniform' },
    SeparableConv2D: { depthwise_initializer: 'GlorotUniform', pointwise_initializer: 'GlorotUniform' },
    Embedding: { embeddings_initializer: 'RandomUniform' },
    SimpleRNN: RECURRENT,
    GRU: RECURRENT,
    LSTM: RECURRENT,
    ConvLSTM2D: RECURRENT,
};
/** Keys that say where the model comes from or how Keras 3 stores it; tfjs reads none. */
const DROPPED_KEYS = new Set(['module', 'registered_name', 'shared_object_id', 'build_config', 'compile_config']);
/** Keras 1 argument names and their Keras 2 successors. */
const KERAS1_KEYS = {
    init: 'kernel_initializer',
    W_regularizer: 'kernel_regularizer',
    b_regularizer: 'bias_regularizer',
    W_constraint: 'kernel_constraint',
    b_constraint: 'bias_constraint',
    border_mode: 'padding',
    subsample: 'strides',
    subsample_length: 'strides',
    nb_filter: 'filters',
    output_dim: 'units',
    filter_length: 'kernel_size',
    pool_length: 'pool_size',
    stride: 'strides',
    dim_ordering: 'data_format',
};
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const pascal = (s) => s
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
function firstUnsupported(spec, known) {
    for (const l of spec.layers) {
        if (l.model) {
            const inner = firstUnsupported(l.model, known);
            if (inner)
                return inner;
        }
        else if (l.op || !known.has(CLASS_ALIASES[l.className] ?? l.className)) {
            // Keras 3 operations (keras.ops on symbolic tensors) have no layer to rebuild in tfjs.
            return l;
        }
    }
    return undefined;
}
function initializer(v, ctx) {
    let cls;
    let config;
    if (typeof v === 'string') {
        cls = pascal(v);
        config = {};
    }
    else if (isObj(v) && typeof v.class_name === 'string') {
        cls = v.class_name;
        config = isObj(v.config) ? clean(v.config, ctx) : {};
    }
    else {
        return v;
    }
    cls = INITIALIZER_ALIASES[cls] ?? cls;
    if (RANDOM_INITIALIZERS.has(cls))
        config = { ...config, seed: ctx.nextSeed() };
    return { class_name: cls, config };
}
/** tfjs has one L1L2 class; Keras also writes L1 and L2 (and the strings "l1", "l2"). */
function regularizer(v, ctx) {
    if (typeof v === 'string') {
        const k = v.toLowerCase().replace(/_/g, '');
        if (k === 'l1')
            return { class_name: 'L1L2', config: { l1: 0.01, l2: 0 } };
        if (k === 'l2')
            return { class_name: 'L1L2', config: { l1: 0, l2: 0.01 } };
        if (k === 'l1l2')
            return { class_name: 'L1L2', config: { l1: 0.01, l2: 0.01 } };
        return v;
    }
    if (!isObj(v) || typeof v.class_name !== 'string')
        return v;
    const c = isObj(v.config) ? v.config : {};
    const num = (x) => (typeof x === 'number' ? x : 0);
    if (v.class_name === 'L1')
        return { class_name: 'L1L2', config: { l1: num(c.l1), l2: 0 } };
    if (v.class_name === 'L2')
        return { class_name: 'L1L2', config: { l1: 0, l2: num(c.l2) } };
    return { class_name: v.class_name, config: clean(c, ctx) };
}
/** Serialized objects lose Keras 3's module bookkeeping; dtype policies become float32. */
function clean(v, ctx, key = '') {
    if (Array.isArray(v))
        return v.map((x) => clean(x, ctx, key));
    if (!isObj(v))
        return v;
    if (key.endsWith('initializer'))
        return initializer(v, ctx);
    if (key.endsWith('regularizer'))
        return regularizer(v, ctx);
    if (typeof v.class_name === 'string' && 'config' in v) {
        if (v.class_name === 'DTypePolicy' || v.class_name === 'Policy')
            return 'float32';
        const cls = CLASS_ALIASES[v.class_name] ?? v.class_name;
        const out = { class_name: cls, config: isObj(v.config) ? layerConfig(cls, v.config, ctx, false) : clean(v.config, ctx) };
        if (typeof v.name === 'string')
            out.name = v.name;
        return out;
    }
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        if (!DROPPED_KEYS.has(k))
            out[k] = clean(x, ctx, k);
    }
    return out;
}
/**
 * A layer's config as tfjs reads it (Keras 2 style): Keras 1 names renamed, Keras 3's
 * `batch_shape` and dtype policies translated, every random initializer seeded.
 */
function layerConfig(className, raw, ctx, stripInputShape) {
    const c = {};
    for (const [k, v] of Object.entries(raw)) {
        const to = KERAS1_KEYS[k];
        if (to && !(to in raw))
            c[to] = v;
        else if (!(k in c))
            c[k] = v;
    }
    if (typeof c.bias === 'boolean' && !('use_bias' in c)) {
        c.use_bias = c.bias;
        delete c.bias;
    }
    if (typeof c.p === 'number' && className === 'Dropout' && !('rate' in c)) {
        c.rate = c.p;
        delete c.p;
    }
    if ('nb_row' in c && 'nb_col' in c && !('kernel_size' in c)) {
        c.kernel_size = [c.nb_row, c.nb_col];
        delete c.nb_row;
        delete c.nb_col;
    }
    if (c.data_format === 'tf')
        c.data_format = 'channels_last';
    if (c.data_format === 'th')
        c.data_format = 'channels_first';
    if ('batch_shape' in c && !('batch_input_shape' in c))
        c.batch_input_shape = c.batch_shape;
    delete c.batch_shape;
    if (stripInputShape) {
        for (const k of ['batch_input_shape', 'input_shape', 'input_dim', 'input_length'])
            delete c[k];
    }
    // Training runs in float32 whatever the file was saved with (float16, mixed policies).
    delete c.dtype;
    if (c.activation === 'silu')
        c.activation = 'swish';
    for (const [k, v] of Object.entries(DEFAULT_INITIALIZERS[className] ?? {})) {
        if (c[k] === undefined || c[k] === null)
            c[k] = v;
    }
    const out = {};
    for (const [k, v] of Object.entries(c)) {
        if (DROPPED_KEYS.has(k))
            continue;
        if (k.endsWith('initializer'))
            out[k] = initializer(v, ctx);
        else if (k.endsWith('regularizer'))
            out[k] = regularizer(v, ctx);
        else
            out[k] = clean(v, ctx, k);
    }
    return out;
}
/** Keras 2 inbound-node keyword arguments: only plain values survive (tensors were inputs). */
function plainKwargs(kw) {
    const out = {};
    for (const [k, v] of Object.entries(kw)) {
        if (v === null || ['boolean', 'number', 'string'].includes(typeof v))
            out[k] = v;
    }
    return out;
}
/** Models nest a few levels deep in real files; normalisation already refuses far deeper. */
const MAX_NESTING = 64;
/**
 * One flat Functional graph out of nested models. tfjs cannot deserialize a model nested in
 * a Functional one ("Graph disconnected"), so each nested model's layers are inlined where it
 * is called, named `outer/inner`; a nested model called twice reuses its layers, and so its
 * weights, as Keras does.
 */
class Flattener {
    ctx;
    layers = [];
    byKey = new Map();
    names = new Set();
    constructor(ctx) {
        this.ctx = ctx;
    }
    unique(name) {
        let n = name;
        for (let i = 1; this.names.has(n); i++)
            n = `${name}_${i}`;
        this.names.add(n);
        return n;
    }
    input(name, shape) {
        const fl = {
            name: this.unique(name),
            className: 'InputLayer',
            config: { batch_input_shape: [null, ...shape], dtype: 'float32', sparse: false },
            nodes: [],
        };
        this.layers.push(fl);
        return [fl.name, 0, 0];
    }
    call(l, prefix, inputs, kwargs) {
        const key = prefix + l.name;
        let fl = this.byKey.get(key);
        if (!fl) {
            const cls = CLASS_ALIASES[l.className] ?? l.className;
            // Every layer is called on a tensor here, so a declared input shape has nothing to add.
            fl = { name: this.unique(key), className: cls, config: layerConfig(cls, l.config, this.ctx, true), nodes: [] };
            this.byKey.set(key, fl);
            this.layers.push(fl);
        }
        fl.nodes.push({ inputs, kwargs: plainKwargs(kwargs) });
        return [fl, fl.nodes.length - 1];
    }
    /** Applies `model` to `inputs`; its output tensors in the flat graph. */
    apply(model, inputs, prefix, depth = 0) {
        if (depth > MAX_NESTING)
            throw new Error(`models nest deeper than ${MAX_NESTING} levels`);
        return model.kind === 'sequential' ? this.sequential(model, inputs, prefix, depth) : this.functional(model, inputs, prefix, depth);
    }
    sequential(model, inputs, prefix, depth) {
        if (inputs.length !== 1)
            throw new Error(`Sequential model "${model.name}" called on ${inputs.length} tensors`);
        let cur = inputs[0];
        for (const l of model.layers) {
            if (l.className === 'InputLayer')
                continue;
            if (l.model) {
                cur = this.apply(l.model, [cur], `${prefix}${l.name}/`, depth + 1)[0];
            }
            else {
                const [fl, node] = this.call(l, prefix, [cur], {});
                cur = [fl.name, node, 0];
            }
        }
        return [cur];
    }
    functional(model, inputs, prefix, depth) {
        const key = (layer, node, tensor) => `${layer}\u0000${node}\u0000${tensor}`;
        const known = new Map();
        const nodes = new Map();
        model.inputs.forEach((r, i) => {
            if (!inputs[i])
                throw new Error(`model "${model.name}" called on ${inputs.length} tensors, it takes ${model.inputs.length}`);
            known.set(key(r.layer, r.node, r.tensor), inputs[i]);
        });
        const resolve = (r) => {
            const hit = known.get(key(r.layer, r.node, r.tensor));
            if (hit)
                return hit;
            const n = nodes.get(`${r.layer}\u0000${r.node}`);
            return n ? [n[0], n[1], r.tensor] : undefined;
        };
        let pending = model.layers.flatMap((l) => (l.className === 'InputLayer' ? [] : l.calls.map((c, i) => ({ l, c, i }))));
        // Files list layers in call order; a few passes settle any that are not.
        while (pending.length) {
            const next = [];
            for (const p of pending) {
                const ins = p.c.inputs.map(resolve);
                if (ins.some((r) => !r)) {
                    next.push(p);
                }
                else if (p.l.model) {
                    const outs = this.apply(p.l.model, ins, `${prefix}${p.l.name}/`, depth + 1);
                    outs.forEach((o, t) => known.set(key(p.l.name, p.i, t), o));
                }
                else {
                    const [fl, node] = this.call(p.l, prefix, ins, p.c.kwargs);
                    nodes.set(`${p.l.name}\u0000${p.i}`, [fl.name, node]);
                }
            }
            if (next.length === pending.length)
                throw new Error(`layer "${next[0].l.name}" of "${model.name}" takes a tensor no layer makes`);
            pending = next;
        }
        return model.outputs.map((r) => {
            const out = resolve(r);
            if (!out)
                throw new Error(`output "${r.layer}" of "${model.name}" is not computed by any layer`);
            return out;
        });
    }
}
/**
 * The Keras 2 Functional config tfjs reads, with the inputs pinned to the shapes being fed.
 */
function topologyOf(spec, inputShapes, ctx) {
    const flat = new Flattener(ctx);
    const inputNames = spec.kind === 'functional'
        ? spec.inputs.map((r) => r.layer)
        : [spec.layers[0]?.className === 'InputLayer' ? spec.layers[0].name : `${spec.name}_input`];
    if (inputNames.length !== inputShapes.length)
        throw new Error(`the model has ${inputNames.length} inputs, ${inputShapes.length} shapes given`);
    const ins = inputNames.map((n, i) => flat.input(n, inputShapes[i]));
    const outs = flat.apply(spec, ins, '');
    const layers = flat.layers.map((fl) => ({
        class_name: fl.className,
        name: fl.name,
        config: { ...fl.config, name: fl.name },
        inbound_nodes: fl.nodes.map((n) => n.inputs.map((r) => [...r, n.kwargs])),
    }));
    return { name: spec.name, layers, input_layers: ins, output_layers: outs };
}
/**
 * Rebuilds flopgate's architecture as a trainable tfjs model with fresh weights: every random
 * initializer is seeded from `seed`, so the same seed gives the same starting weights. A layer
 * tfjs cannot train, or a config it cannot read, gives a reason instead of a model.
 */
async function buildModel(tf, spec, inputShapes, seed) {
    const known = new Set([...Object.keys(tf.serialization.SerializationMap.getMap().classNameMap), ...MODEL_CLASSES]);
    const bad = firstUnsupported(spec, known);
    if (bad) {
        const why = bad.op ? `is a Keras operation (${bad.className}), which TensorFlow.js cannot rebuild as a layer` : `(${bad.className}) has no TensorFlow.js implementation`;
        return { reason: `layer "${bad.name}" ${why} to train` };
    }
    const rng = seededRng(seed);
    const ctx = { nextSeed: () => Math.floor(rng() * 2 ** 31) };
    try {
        const topology = { class_name: 'Model', config: topologyOf(spec, inputShapes, ctx), keras_version: '2.15.0', backend: 'tensorflow' };
        // Plain JSON built above; tfjs types it with its own JSON value type.
        const json = { modelTopology: topology };
        const model = await tf.models.modelFromJSON(json);
        return { model };
    }
    catch (e) {
        const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0].trim();
        return { reason: `TensorFlow.js cannot rebuild the model: ${msg}` };
    }
}

;// CONCATENATED MODULE: ./src/fit/datasets/digits.ts
const IMAGE_SIDE = 28;
const PIXELS = IMAGE_SIDE * IMAGE_SIDE;
const CLASSES = 10;
/**
 * The samples at `indices`, pixels scaled into [0, 1] (bytes are divided by 255, as the
 * notebook does; floats are taken as they are).
 */
function pick(images, labels, indices) {
    const n = indices.length;
    const pixels = new Float32Array(n * PIXELS);
    const out = new Uint8Array(n);
    const scale = images instanceof Uint8Array ? 1 / 255 : 1;
    for (let i = 0; i < n; i++) {
        const k = indices[i];
        const src = images.subarray(k * PIXELS, (k + 1) * PIXELS);
        const base = i * PIXELS;
        for (let j = 0; j < PIXELS; j++)
            pixels[base + j] = src[j] * scale;
        out[i] = labels[k];
    }
    return { count: n, pixels, labels: out };
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/fit/datasets/embedded.ts








let pool;
const ASSET = 'mnist-digits.bin.gz';
const MAGIC = 'FGDIGIT1';
/** Next to the running bundle (the build copies it there), else the repository's assets/. */
function assetPath() {
    const here = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const found = [(0,external_node_path_namespaceObject.join)(here, ASSET), (0,external_node_path_namespaceObject.join)(here, '..', '..', '..', 'assets', ASSET)].find((p) => (0,external_node_fs_namespaceObject.existsSync)(p));
    if (!found)
        throw new errors_FlopgateError(`fit: the embedded MNIST digits (${ASSET}) are missing next to flopgate's bundle`);
    return found;
}
/**
 * The `mnist` package's 10,000 real digits as one pool, from the compact copy that
 * scripts/make-digits.mjs writes (same values: a palette of thousandths, one byte a pixel).
 * The package's own `set()` shuffles with Math.random; the split here uses the seed.
 */
async function loadPool() {
    if (pool)
        return pool;
    const path = assetPath();
    const buf = (0,external_node_zlib_namespaceObject.gunzipSync)(await (0,promises_namespaceObject.readFile)(path), { maxOutputLength: 64 * 1024 * 1024 });
    const count = buf.length >= 12 && buf.toString('latin1', 0, 8) === MAGIC ? buf.readUInt32LE(8) : -1;
    const head = 12 + 512;
    if (count <= 0 || buf.length !== head + count + count * PIXELS)
        throw new errors_FlopgateError(`fit: ${path} is not a valid digits file`);
    const palette = new Float32Array(256);
    for (let i = 0; i < 256; i++)
        palette[i] = buf.readUInt16LE(12 + 2 * i) / 1000;
    const labels = new Uint8Array(buf.subarray(head, head + count));
    if (labels.some((l) => l >= CLASSES))
        throw new errors_FlopgateError(`fit: ${path} holds a label outside 0-9`);
    const indices = buf.subarray(head + count);
    const images = new Float32Array(count * PIXELS);
    for (let i = 0; i < images.length; i++)
        images[i] = palette[indices[i]];
    pool = { images, labels };
    return pool;
}
/** Train and validation samples drawn without overlap from the embedded digits. */
async function embeddedMnist(trainSamples, validationSamples, seed) {
    const { images, labels } = await loadPool();
    const available = labels.length;
    if (trainSamples + validationSamples > available) {
        throw new errors_FlopgateError(`fit: dataset mnist ships ${available} digits; train_samples + validation_samples = ${trainSamples + validationSamples} is more (use mnist-full for up to 60,000 + 10,000)`);
    }
    const order = permutation(available, seededRng(seed));
    return {
        dataset: 'mnist',
        train: pick(images, labels, order.subarray(0, trainSamples)),
        validation: pick(images, labels, order.subarray(trainSamples, trainSamples + validationSamples)),
    };
}

;// CONCATENATED MODULE: ./src/limits.ts
/**
 * The hard limits on what flopgate reads. A CI gate runs on files from pull requests,
 * including hostile ones: every input either finishes within about 2 seconds and 256 MB, or
 * is refused at once with a one-line message naming the limit it crossed. Each limit is far
 * beyond what a real model or budget file needs, and is checked before the work (or the
 * allocation) it guards. README.md ("Limits") lists them; __tests__/limits.test.ts holds that
 * table to these numbers and crosses each of them.
 */
const KiB = 1024;
const MiB = 1024 * KiB;
const LIMITS = {
    /** Bytes flopgate reads of one model file in all: the architecture, never the weights. */
    modelReadBytes: 64 * MiB,
    /** A JSON architecture: model.json, a .keras config.json, an .h5 model_config, a JSON layers: spec. */
    jsonBytes: 16 * MiB,
    /** A YAML layers: spec file. YAML costs about 2 µs a byte to parse, JSON a hundredth of that. */
    yamlBytes: 256 * KiB,
    /** Nesting of JSON and YAML documents (arrays and objects inside each other). */
    nestingDepth: 256,
    /** Keras models nested inside models (a Sequential inside a Functional inside ...). */
    modelNesting: 64,
    /** Members of a .keras zip archive. */
    zipMembers: 100_000,
    /** A .keras archive's central directory (the list of its members), read whole. */
    zipDirectoryBytes: 16 * MiB,
    /**
     * Layers of a Keras, TensorFlow.js or inline model, nested models' layers included; also the
     * rows of its report (each call of a shared layer or sub-model is a row).
     */
    layers: 20_000,
    /** Nodes of an ONNX model's graph (the graphs inside If, Loop and Scan nodes are not walked). */
    onnxNodes: 50_000,
    /** The budget file. */
    budgetBytes: 1 * MiB,
    /** Models in one budget file. */
    budgetModels: 10_000,
    /** A dimension of an input shape (a model's declaration, --input-shape, input_shape). */
    dimension: 2 ** 31,
    /** --batch-size and batch_size. */
    batchSize: 2 ** 31,
    /** A budget written as a YAML number; past it the number has lost digits (write "2.5T"). */
    budgetNumber: Number.MAX_SAFE_INTEGER,
    /** Faults printed for a budget file; the rest are counted ("and N more"). */
    faultsShown: 20,
};
/** 262144 → "256 KiB", for messages that name a limit. */
function bytesText(n) {
    if (n >= MiB && n % MiB === 0)
        return `${n / MiB} MiB`;
    if (n >= KiB && n % KiB === 0)
        return `${n / KiB} KiB`;
    return `${n} bytes`;
}

;// CONCATENATED MODULE: ./src/io/byte-source.ts



/** Refuse single reads larger than this: a header claiming gigabytes is a fault, not a plan. */
const MAX_READ = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
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
function openFailure(e) {
    switch (e.code) {
        case 'ENOENT': return 'no such file';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a directory, not a model file';
        case 'ELOOP': return 'a symbolic link that loops';
        case 'ENOTDIR': return 'a part of the path is not a directory';
        default: return `cannot be opened (${e.code ?? e.message})`;
    }
}
/**
 * Opens `path` for reading if it is a regular file; any failure is a FlopgateError naming
 * `label` in words. Opening does not wait and nothing is read before fstat: a FIFO would
 * block forever and a device (/dev/zero, /dev/urandom) never end, so only a regular file is
 * let through. `missing` replaces the message for a path that does not exist.
 */
function openRegular(path, label, noun, missing) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        const err = e;
        if (err.code === 'ENOENT' && missing !== undefined)
            throw new errors_FlopgateError(`${label}: ${missing}`);
        throw new errors_FlopgateError(`${label}: ${openFailure(err).replace('not a model file', `not ${noun}`)}`);
    }
    try {
        const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (st.isDirectory())
            throw new errors_FlopgateError(`${label}: is a directory, not ${noun}`);
        if (!st.isFile())
            throw new errors_FlopgateError(`${label}: is not a regular file (a FIFO, socket or device), so it cannot be ${noun}`);
        return { fd, size: st.size };
    }
    catch (e) {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        throw e;
    }
}
function readRegularFile(path, label, opts) {
    if (opts.optional && !(0,external_node_fs_namespaceObject.existsSync)(path))
        return undefined;
    const { fd, size } = openRegular(path, label, opts.noun, opts.missing);
    try {
        if (size > opts.max)
            throw new errors_FlopgateError(`${label}: ${size} bytes is more than ${opts.noun} may hold (${bytesText(opts.max)} at most)`);
        const out = Buffer.allocUnsafe(size);
        let done = 0;
        while (done < size) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, out, done, size - done, done);
            if (n === 0)
                throw new errors_FlopgateError(`${label}: file shrank while being read`);
            done += n;
        }
        return out;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * A model file on disk. Reads are synchronous under the async interface: a graph is read in a
 * hundred small pieces, and a round trip through libuv's thread pool for each cost more than
 * the decoding (Swin-T: ~20 ms of a run). Only regular files are opened (openRegular).
 */
class FileSource {
    fd;
    size;
    path;
    bytesRead = 0;
    constructor(fd, size, path) {
        this.fd = fd;
        this.size = size;
        this.path = path;
    }
    /** Opens `path`; any failure is a FlopgateError naming `label` in words (no such file...). */
    static async open(path, label = path) {
        const { fd, size } = openRegular(path, label, 'a model file');
        return new FileSource(fd, size, label);
    }
    async read(offset, length) {
        checkRange(this.size, offset, length, this.path);
        const out = Buffer.allocUnsafe(length);
        let done = 0;
        while (done < length) {
            const n = readSync(this.fd, out, done, length - done, offset + done);
            if (n === 0)
                throw new FlopgateError(`${this.path}: file shrank while being read`);
            done += n;
        }
        this.bytesRead += length;
        return out;
    }
    async close() {
        closeSync(this.fd);
    }
}

;// CONCATENATED MODULE: ./src/fit/idx.ts


/**
 * Bounds for untrusted files: the largest standard file (60,000 28x28 images) holds 47 MB;
 * anything far beyond is refused before it is inflated or allocated.
 */
const MAX_IDX_BYTES = 256 * 1024 * 1024;
const MAX_DIMS = 4;
const TYPE_NAMES = {
    0x08: 'unsigned byte',
    0x09: 'signed byte',
    0x0b: 'short',
    0x0c: 'int',
    0x0d: 'float',
    0x0e: 'double',
};
function isGzip(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
/** The file's bytes, inflated when gzipped (by content, whatever the file is called). */
function inflate(bytes, label, maxBytes = MAX_IDX_BYTES) {
    if (!isGzip(bytes))
        return bytes;
    try {
        return (0,external_node_zlib_namespaceObject.gunzipSync)(bytes, { maxOutputLength: maxBytes });
    }
    catch (e) {
        const code = e.code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)
            throw new errors_FlopgateError(`${label}: inflates to more than ${maxBytes} bytes`);
        throw new errors_FlopgateError(`${label}: not a valid gzip file (${e.message})`);
    }
}
/** Parses an IDX file (gzipped or not): magic, element type, dimensions and exact size. */
function parseIdx(file, label) {
    const bytes = inflate(file, label);
    if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0) {
        throw new errors_FlopgateError(`${label}: not an IDX file (bad magic number)`);
    }
    const type = bytes[2];
    const rank = bytes[3];
    if (type !== 0x08) {
        const name = TYPE_NAMES[type];
        throw new errors_FlopgateError(`${label}: IDX element type ${name ? `${name} ` : ''}(0x${type.toString(16).padStart(2, '0')}) is not supported; images and labels must be unsigned bytes`);
    }
    if (rank < 1 || rank > MAX_DIMS)
        throw new errors_FlopgateError(`${label}: IDX rank ${rank} is outside 1..${MAX_DIMS}`);
    const header = 4 + 4 * rank;
    if (bytes.length < header)
        throw new errors_FlopgateError(`${label}: IDX header is truncated`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dims = [];
    let size = 1;
    for (let i = 0; i < rank; i++) {
        const d = view.getUint32(4 + 4 * i, false);
        if (d === 0)
            throw new errors_FlopgateError(`${label}: IDX dimension ${i} is 0`);
        size *= d;
        // Checked per step so that a huge declared shape cannot overflow into a plausible size.
        if (size > MAX_IDX_BYTES)
            throw new errors_FlopgateError(`${label}: IDX dimensions [${dims.concat(d).join(', ')}...] exceed ${MAX_IDX_BYTES} bytes`);
        dims.push(d);
    }
    const actual = bytes.length - header;
    if (actual !== size) {
        throw new errors_FlopgateError(`${label}: IDX dimensions [${dims.join(', ')}] need ${size} data bytes, the file has ${actual}${actual < size ? ' (truncated)' : ''}`);
    }
    return { dims, data: bytes.subarray(header) };
}

;// CONCATENATED MODULE: ./src/fit/datasets/known.ts
const IDX_NAMES = {
    trainImages: 'train-images-idx3-ubyte',
    trainLabels: 'train-labels-idx1-ubyte',
    testImages: 't10k-images-idx3-ubyte',
    testLabels: 't10k-labels-idx1-ubyte',
};
const ROLES = ['trainImages', 'trainLabels', 'testImages', 'testLabels'];
const KNOWN_DATASETS = {
    'mnist-full': {
        id: 'mnist-full',
        mirrors: ['https://storage.googleapis.com/cvdf-datasets/mnist/', 'https://ossci-datasets.s3.amazonaws.com/mnist/'],
        files: {
            trainImages: {
                name: IDX_NAMES.trainImages,
                gz: '440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609',
                raw: 'ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db',
            },
            trainLabels: {
                name: IDX_NAMES.trainLabels,
                gz: '3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c',
                raw: '65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5',
            },
            testImages: {
                name: IDX_NAMES.testImages,
                gz: '8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6',
                raw: '0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7',
            },
            testLabels: {
                name: IDX_NAMES.testLabels,
                gz: 'f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6',
                raw: 'ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2',
            },
        },
    },
    'fashion-mnist': {
        id: 'fashion-mnist',
        mirrors: [
            'https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/',
            'http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/',
        ],
        files: {
            trainImages: {
                name: IDX_NAMES.trainImages,
                gz: '3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84',
                raw: 'c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888',
            },
            trainLabels: {
                name: IDX_NAMES.trainLabels,
                gz: 'a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845',
                raw: 'bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9',
            },
            testImages: {
                name: IDX_NAMES.testImages,
                gz: '346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073',
                raw: '5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b',
            },
            testLabels: {
                name: IDX_NAMES.testLabels,
                gz: '67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5',
                raw: '0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34',
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/fit/datasets/idx-files.ts










/** Gzipped, the largest standard file is 26 MB; served uncompressed, 47 MB. */
const MAX_DOWNLOAD_BYTES = 128 * 1024 * 1024;
const sha256 = (b) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(b).digest('hex');
/**
 * The IDX bytes of a downloaded or cached file when its digest is a known one (the published
 * gzip, or the IDX inside however it was packed); otherwise an error naming the file, the
 * expected digest and the actual one.
 */
function verifyKnown(bytes, file, label) {
    const actual = sha256(bytes);
    if (actual === file.gz)
        return inflate(bytes, label);
    let payload;
    try {
        payload = inflate(bytes, label);
    }
    catch {
        payload = undefined;
    }
    if (payload && sha256(payload) === file.raw)
        return payload;
    throw new errors_FlopgateError(`${label}: SHA-256 mismatch: expected ${file.gz} (gzipped, or ${file.raw} uncompressed), got ${actual}`);
}
/** File names a directory may hold a file under: gzipped or not, dash or dot before `idx`. */
function localNames(name) {
    const dotted = name.replace(/-(idx\d)/, '.$1');
    return [`${name}.gz`, name, `${dotted}.gz`, dotted];
}
/**
 * A file of the directory, or undefined when it has none: read only if it is a regular file
 * within the download bound, so a FIFO there cannot block the fit nor a device fill memory.
 */
function readIfExists(path) {
    const bytes = readRegularFile(path, `fit: ${path}`, { max: MAX_DOWNLOAD_BYTES, noun: 'an IDX file', optional: true });
    return bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
async function fromDirectory(dir, name) {
    for (const n of localNames(name)) {
        const path = (0,external_node_path_namespaceObject.join)(dir, n);
        const bytes = readIfExists(path);
        if (bytes)
            return { path, bytes };
    }
    return undefined;
}
function joinUrl(base, file) {
    return base.endsWith('/') ? base + file : `${base}/${file}`;
}
/**
 * A known file's IDX bytes: from the cache when it holds a verified copy, else downloaded
 * (gzipped first, then plain) from the configured base URL or the mirrors, verified, and only
 * then written into the cache.
 */
async function obtain(ds, file, f) {
    const dir = (0,external_node_path_namespaceObject.join)(f.cacheDir, ds.id);
    const cached = await fromDirectory(dir, file.name);
    if (cached) {
        try {
            return verifyKnown(cached.bytes, file, `fit: ${cached.path}`);
        }
        catch (e) {
            f.log(`${e.message}; downloading it again`);
            await (0,promises_namespaceObject.unlink)(cached.path).catch(() => { });
        }
    }
    const bases = f.url ? [f.url] : ds.mirrors;
    const tried = [];
    let firstError;
    for (const base of bases) {
        for (const suffix of ['.gz', '']) {
            const url = joinUrl(base, file.name + suffix);
            tried.push(url);
            let bytes;
            try {
                bytes = await download(url, { maxBytes: MAX_DOWNLOAD_BYTES });
            }
            catch (e) {
                if (e instanceof HttpStatusError && e.status === 404)
                    continue;
                firstError ??= e instanceof errors_FlopgateError ? e : new errors_FlopgateError(String(e));
                break; // a broken mirror: the plain name there will not fare better; try the next one
            }
            const payload = verifyKnown(bytes, file, `fit: ${ds.id}: ${url}`);
            const dest = (0,external_node_path_namespaceObject.join)(dir, isGzip(bytes) ? `${file.name}.gz` : file.name);
            await writeAtomic(dest, bytes);
            f.log(`fit: downloaded ${url} (${bytes.length} bytes, SHA-256 verified) into ${dest}`);
            return payload;
        }
    }
    if (firstError)
        throw new errors_FlopgateError(`fit: ${ds.id}: ${firstError.message}`);
    throw new errors_FlopgateError(`fit: ${ds.id}: ${file.name} not found at ${tried.join(', ')}`);
}
/** Images [n, 28, 28] and labels [n] in 0..9, checked as a pair. */
function pair(images, labels, what) {
    const [n, h, w] = images.dims;
    if (images.dims.length !== 3 || h !== IMAGE_SIDE || w !== IMAGE_SIDE) {
        throw new errors_FlopgateError(`fit: ${what} images have shape [${images.dims.join(', ')}], expected [n, 28, 28]`);
    }
    if (labels.dims.length !== 1 || labels.dims[0] !== n) {
        throw new errors_FlopgateError(`fit: ${what} labels have shape [${labels.dims.join(', ')}], expected [${n}] to match the images`);
    }
    const bad = labels.data.findIndex((l) => l >= CLASSES);
    if (bad >= 0)
        throw new errors_FlopgateError(`fit: ${what} label ${bad} is ${labels.data[bad]}; the fit trains 10 classes (0..9)`);
    return { images: images.data, labels: labels.data, count: n };
}
/**
 * `mnist-full`, `fashion-mnist` (known files, verified) or `idx` (any four IDX files at
 * `path`, taken as they are). Training samples come from the train files, validation samples
 * from the t10k files, each drawn with the seed.
 */
async function idxDataset(cfg, cacheDir, log) {
    const known = cfg.dataset === 'idx' ? undefined : KNOWN_DATASETS[cfg.dataset];
    if (!known && !cfg.path)
        throw new errors_FlopgateError('fit: dataset idx needs path: a directory holding the four IDX files');
    const parsed = {};
    for (const role of ROLES) {
        const name = IDX_NAMES[role];
        let payload;
        if (cfg.path) {
            const found = await fromDirectory(cfg.path, name);
            if (!found)
                throw new errors_FlopgateError(`fit: ${cfg.dataset}: no ${name}(.gz) in ${cfg.path}`);
            payload = known ? verifyKnown(found.bytes, known.files[role], `fit: ${found.path}`) : found.bytes;
            parsed[role] = parseIdx(payload, `fit: ${found.path}`);
        }
        else {
            payload = await obtain(known, known.files[role], { cacheDir, url: cfg.url, log });
            parsed[role] = parseIdx(payload, `fit: ${cfg.dataset}: ${name}`);
        }
    }
    const train = pair(parsed.trainImages, parsed.trainLabels, `${cfg.dataset} training`);
    const test = pair(parsed.testImages, parsed.testLabels, `${cfg.dataset} t10k`);
    if (cfg.train_samples > train.count) {
        throw new errors_FlopgateError(`fit: ${cfg.dataset} has ${train.count} training images; train_samples is ${cfg.train_samples}`);
    }
    if (cfg.validation_samples > test.count) {
        throw new errors_FlopgateError(`fit: ${cfg.dataset} has ${test.count} t10k images for validation; validation_samples is ${cfg.validation_samples}`);
    }
    const rng = seededRng(cfg.seed);
    const trainOrder = permutation(train.count, rng).subarray(0, cfg.train_samples);
    const testOrder = permutation(test.count, rng).subarray(0, cfg.validation_samples);
    return {
        dataset: cfg.dataset,
        train: pick(train.images, train.labels, trainOrder),
        validation: pick(test.images, test.labels, testOrder),
    };
}

;// CONCATENATED MODULE: ./src/fit/datasets/index.ts



const DATASETS = ['mnist', 'mnist-full', 'fashion-mnist', 'idx'];
/** The fit's training and validation samples, per the fit block. */
async function loadDataset(cfg, cacheDir, log) {
    switch (cfg.dataset) {
        case 'mnist':
            return embeddedMnist(cfg.train_samples, cfg.validation_samples, cfg.seed);
        case 'mnist-full':
        case 'fashion-mnist':
        case 'idx':
            return idxDataset(cfg, cacheDir, log);
        default:
            throw new errors_FlopgateError(`fit: unknown dataset "${cfg.dataset}" (expected ${DATASETS.join(', ')})`);
    }
}

;// CONCATENATED MODULE: ./src/fit/estimate.ts
/**
 * The timed steps are up to MAX_STEPS, and stop after MIN_STEPS once this much time is
 * spent: enough for a convolution-bound model; a small one is still warming up its JavaScript
 * (tfjs's engine and the layers' loop speed up over the first hundred steps), so its estimate
 * comes out high, 2 to 3x for the notebook MLP on this project's machine.
 */
const CALIBRATION_MS = 400;
const MIN_STEPS = 8;
const MAX_STEPS = 32;
/** A step after the first slower than this is the measurement on its own: the fit may well be refused. */
const SLOW_STEP_MS = 1000;
/**
 * Times the first steps of the first epoch, which are real training (the epoch goes on from
 * them), and estimates the whole fit from them. The rate is that of the later half of the
 * steps: the first ones are slower (JIT, XNNPACK setting up its operators, a worker thread
 * gathering its epoch's samples). The first step is never the measurement: under load its
 * one-time work alone can last seconds (1.7 s for the example CNN at a load average of 14,
 * whose later steps took 0.22 s), and an estimate from it would refuse fits that finish in
 * minutes. A later step slow enough to matter on its own (a model on the pure-JS backend) is.
 */
class StepTimer {
    start;
    w;
    // ends[i]: when step i finished; done[i]: samples trained by then.
    ends = [];
    done = [];
    constructor(start, w) {
        this.start = start;
        this.w = w;
    }
    /** Records a finished step; true once enough steps are timed to estimate. */
    record(t, samples) {
        this.ends.push(t);
        this.done.push(samples);
        const n = this.ends.length;
        if (samples >= this.w.trainSamples || n >= MAX_STEPS)
            return true;
        if (n < 2)
            return false;
        // Time is counted from the end of the first step, which is left out of the rate.
        return t - this.ends[n - 2] >= SLOW_STEP_MS || (n >= MIN_STEPS && t - this.ends[0] >= CALIBRATION_MS);
    }
    /** When each timed step ended, in ms from the epoch's start, for FLOPGATE_FIT_TRACE. */
    trace() {
        return this.ends.map((t) => Math.round(t - this.start));
    }
    estimate() {
        const { ends, done, start, w } = this;
        const n = ends.length;
        let perSample;
        if (n === 1) {
            // The whole epoch was one step.
            perSample = (ends[0] - start) / 1000 / Math.max(1, done[0]);
        }
        else {
            // The later half of the steps after the first; with a slow step, the last one alone.
            const from = n < MIN_STEPS ? n - 2 : Math.max(0, Math.floor(n / 2) - 1);
            perSample = (ends[n - 1] - ends[from]) / 1000 / Math.max(1, done[n - 1] - done[from]);
        }
        // A validation sample is a forward pass: a third of a training step's FLOPs.
        const seconds = perSample * (w.trainSamples * w.epochs + (w.validationSamples * w.epochs) / 3);
        return { seconds, perSample, ...(w.trainingFlops ? { flopsPerSecond: w.trainingFlops / perSample } : {}) };
    }
}
/**
 * What the timed steps decide: start (the estimate fits in the time left), refuse, or time
 * more steps first. An estimate over the limit is confirmed before a fit is refused: early
 * steps can run far slower than the rest (the pure-JS backend's kernels are still being
 * compiled: its second MLP step took 2.9 s at a load average of 13, where its later ones take
 * 60 ms; an estimate of 787 s refused a 17 s fit). So the steps go on, still real training,
 * re-estimated from the later half at each one, until the fit's remaining time fits or the
 * timing has lasted a twentieth of the timeout (30 s of the default 600 s). A step of the
 * example CNN on the pure-JS backend takes 15 to 35 s: that one is refused after one or two.
 */
function decide(e, w, trained, elapsed, timingSeconds, timeout) {
    const left = e.perSample * (w.trainSamples * w.epochs - trained + (w.validationSamples * w.epochs) / 3);
    if (elapsed + left <= timeout)
        return 'start';
    return timingSeconds >= timeout / 20 || trained >= w.trainSamples ? 'refuse' : 'wait';
}
/** `1.23 G`-style figures for the log. */
function si(v) {
    const units = [
        [1e12, 'T'],
        [1e9, 'G'],
        [1e6, 'M'],
        [1e3, 'k'],
    ];
    for (const [f, u] of units)
        if (Math.abs(v) >= f)
            return `${(v / f).toPrecision(3)} ${u}`;
    return v.toPrecision(3) + ' ';
}
const secondsText = (s) => (s >= 100 ? Math.round(s).toLocaleString('en-US') : s >= 10 ? s.toFixed(0) : s.toFixed(1)) + ' s';
/** The line printed before training: what the estimate rests on. */
function estimateLine(e, w, backend, timeout) {
    const samples = `${w.trainSamples.toLocaleString('en-US')} samples x ${w.epochs} epoch${w.epochs === 1 ? '' : 's'}`;
    const basis = e.flopsPerSecond && w.trainingFlops
        ? `${samples} x ${si(w.trainingFlops)}FLOP = ${si(w.trainingFlops * w.trainSamples * w.epochs)}FLOP of training at ${si(e.flopsPerSecond)}FLOP/s`
        : `${samples} at ${Math.round(1 / e.perSample).toLocaleString('en-US')} samples/s`;
    return `estimate: about ${secondsText(e.seconds)} (${basis} measured on ${backend}, plus validation); timeout ${secondsText(timeout)}`;
}
/** Why a fit is not started, and what would let it finish in time. */
function refusal(e, w, backend, timeout, spent) {
    const left = Math.max(0, timeout - spent);
    // Training samples that would fit in the time left at the measured rate.
    const fits = Math.floor(left / e.perSample / (w.epochs * (1 + w.validationSamples / (3 * w.trainSamples))));
    const fewer = fits >= 1
        ? `train_samples ${fits.toLocaleString('en-US')} or fewer${w.epochs > 1 ? ` (or fewer epochs)` : ''}`
        : `a smaller model or fewer samples`;
    const native = backend === 'tensorflow' ? '' : `, or the native backend (install @tensorflow/tfjs-node, see the README's fit section)`;
    return (`estimated ${secondsText(e.seconds)} on ${backend} exceeds fit.timeout ${secondsText(timeout)}` +
        `${spent >= 1 ? ` (${secondsText(spent)} already spent)` : ''}; stopped after the timed first steps. Use ${fewer}${native}, or raise fit.timeout`);
}

;// CONCATENATED MODULE: ./src/fit/trainer.ts



/** Validation samples predicted per call. */
const VALIDATION_BATCH = 512;
/** tfjs' optimizers for everything but adam, with Keras's default learning rates set by the caller. */
const TFJS_OPTIMIZERS = {
    sgd: (tf, lr) => tf.train.sgd(lr),
    rmsprop: (tf, lr) => tf.train.rmsprop(lr),
    adagrad: (tf, lr) => tf.train.adagrad(lr),
    adadelta: (tf, lr) => tf.train.adadelta(lr),
    adamax: (tf, lr) => tf.train.adamax(lr),
};
const OPTIMIZER_NAMES = ['adam', ...Object.keys(TFJS_OPTIMIZERS)];
/** The samples as tensors: images in the model's input shape, targets as the loss wants them. */
function datasetTensors(tf, pixels, labels, count, shape, loss) {
    const x = tf.tensor(pixels.subarray(0, count * PIXELS), [count, ...shape], 'float32');
    const l = tf.tensor1d(Int32Array.from(labels.subarray(0, count)), 'int32');
    const y = tf.tidy(() => (loss === 'sparseCategoricalCrossentropy' ? l.toFloat().expandDims(1) : tf.oneHot(l, CLASSES).toFloat()));
    l.dispose();
    return { x, y };
}
/**
 * `scale` times the batch's summed loss: the crossentropies through flopgate's fused kernel
 * where the backend has it (src/fit/loss.ts), else as tfjs ops.
 */
function batchLoss(tf, loss, y, p, scale) {
    if (loss !== 'meanSquaredError' && hasCrossentropyKernel(tf)) {
        const target = loss === 'sparseCategoricalCrossentropy' ? tf.oneHot(tf.cast(tf.reshape(y, [-1]), 'int32'), CLASSES) : y;
        return crossentropy(tf, target, p, scale);
    }
    return tf.mul(tf.sum(perSampleLoss(tf, loss, y, p)), scale);
}
/** The compiled loss per sample, as Keras computes it (probabilities clipped to [1e-7, 1 - 1e-7]). */
function perSampleLoss(tf, loss, y, p) {
    if (loss === 'meanSquaredError')
        return tf.mean(tf.square(tf.sub(y, p)), -1);
    const target = loss === 'sparseCategoricalCrossentropy' ? tf.oneHot(tf.cast(tf.reshape(y, [-1]), 'int32'), CLASSES) : y;
    const eps = 1e-7;
    const probs = tf.clipByValue(tf.div(p, tf.sum(p, -1, true)), eps, 1 - eps);
    return tf.neg(tf.sum(tf.mul(target, tf.log(probs)), -1));
}
/**
 * Validation sums over samples [from, to) of `x`/`y`, in batches: the loss summed over the
 * samples and the count predicted right. Undefined when `expired` says time ran out first.
 */
function validateRange(tf, model, x, y, labels, loss, from, to, batch, expired = () => false) {
    let correct = 0;
    let lossSum = 0;
    for (let at = from; at < to; at += batch) {
        if (expired())
            return undefined;
        const size = Math.min(batch, to - at);
        const [pred, total] = tf.tidy(() => {
            const p = model.predict(tf.slice(x, at, size));
            return [tf.argMax(p, -1), batchLoss(tf, loss, tf.slice(y, at, size), p, 1)];
        });
        const classes = pred.dataSync();
        lossSum += total.dataSync()[0];
        tf.dispose([pred, total]);
        for (let i = 0; i < size; i++)
            if (classes[i] === labels[at + i])
                correct++;
    }
    return { lossSum, correct };
}
/**
 * One replica's training step: the loss and gradients of its share of a batch, then one
 * optimizer update. This is what tfjs-layers' `model.fit` runs per batch (loss, regularizers,
 * `training: true` for Dropout and the like), less its per-batch logs and metric tensors:
 * accuracy is counted from the predicted classes in JavaScript.
 *
 * With `world` ranks (worker threads, src/fit/parallel.ts) each holds the same model and
 * computes the gradient of `sum(its samples' losses) / batch size`; the exchange adds them
 * up, which is the gradient of the batch's mean loss, in another summation order than one
 * rank's. The regularization terms are rank 0's alone, so that they count once.
 */
class Trainer {
    tf;
    model;
    loss;
    rank;
    world;
    vars;
    adam;
    optimizer;
    size;
    /** Milliseconds spent per phase of the steps so far (FLOPGATE_FIT_TRACE prints them). */
    times = { gradients: 0, exchange: 0, update: 0 };
    constructor(tf, model, loss, optimizer, lr, rank = 0, world = 1) {
        this.tf = tf;
        this.model = model;
        this.loss = loss;
        this.rank = rank;
        this.world = world;
        this.vars = model.trainableWeights.map((w) => w.val);
        this.size = this.vars.reduce((n, v) => n + v.size, 0);
        if (optimizer === 'adam')
            this.adam = new KerasAdam(tf, lr);
        else
            this.optimizer = TFJS_OPTIMIZERS[optimizer](tf, lr);
    }
    /** Trainable parameters, all variables flat. */
    get parameters() {
        return this.size;
    }
    /**
     * Trains on rows [from, from + n) of `x`/`y` (the batch is [from, from + batch)); `labels`
     * are the classes of `x`'s rows. `exchange` is required when there are several ranks.
     */
    step(x, y, labels, from, n, batch, exchange) {
        const t0 = performance.now();
        const own = this.contribute(x, y, labels, from, n, batch);
        const t1 = performance.now();
        let all = own;
        if (this.world > 1) {
            if (!exchange)
                throw new Error('a replica of several needs an exchange');
            all = exchange.gather((into) => this.flatten(own, into));
        }
        const t2 = performance.now();
        const out = this.finish(all);
        const t3 = performance.now();
        this.times.gradients += t1 - t0;
        this.times.exchange += t2 - t1;
        this.times.update += t3 - t2;
        return out;
    }
    /** This rank's share of a step: its gradients (scaled to the whole batch), loss and hits. */
    contribute(x, y, labels, from, n, batch) {
        const tf = this.tf;
        if (n === 0)
            return { grads: this.vars.map(() => undefined), loss: 0, correct: 0 };
        const xb = tf.slice(x, from, n);
        const yb = tf.slice(y, from, n);
        let classes;
        const { value, grads } = tf.variableGrads(() => {
            const p = this.model.apply(xb, { training: true });
            classes = tf.keep(tf.argMax(p, -1));
            let total = batchLoss(tf, this.loss, yb, p, 1 / batch);
            if (this.rank === 0) {
                // Layers' regularization penalties, as tfjs-layers adds them to the compiled loss.
                for (const r of this.model.calculateLosses())
                    total = tf.add(total, r);
            }
            return total;
        }, this.vars);
        const loss = value.dataSync()[0];
        const predicted = classes.dataSync();
        let correct = 0;
        for (let i = 0; i < n; i++)
            if (predicted[i] === labels[from + i])
                correct++;
        tf.dispose([xb, yb, value, classes]);
        return { grads: this.vars.map((v) => grads[v.name]), loss, correct };
    }
    /** The flat form an exchange carries: every gradient, then the loss and the hits. */
    flatten(c, out = new Float32Array(this.size + 2)) {
        let at = 0;
        this.vars.forEach((v, i) => {
            const g = c.grads[i];
            if (g)
                out.set(g.dataSync(), at);
            else
                out.fill(0, at, at + v.size);
            at += v.size;
        });
        out[at] = c.loss;
        out[at + 1] = c.correct;
        this.tf.dispose(c.grads.filter((g) => g !== undefined));
        return out;
    }
    /** Applies one update from a contribution (one rank) or every rank's flat one, in rank order. */
    finish(c) {
        const tf = this.tf;
        if (!Array.isArray(c)) {
            this.applyGradients(c.grads);
            tf.dispose(c.grads.filter((g) => g !== undefined));
            return { loss: c.loss, correct: c.correct };
        }
        // Two ranks: both halves go to the update, which adds them (in float32, the same on
        // both ranks). More: the later ones are added up here first, in rank order.
        let rest = c[1];
        if (c.length > 2) {
            rest = Float32Array.from(c[1]);
            for (let r = 2; r < c.length; r++)
                for (let i = 0; i < rest.length; i++)
                    rest[i] = Math.fround(rest[i] + c[r][i]);
        }
        const tensors = (flat) => {
            let at = 0;
            return this.vars.map((v) => {
                const g = tf.tensor(flat.subarray(at, at + v.size), v.shape, 'float32');
                at += v.size;
                return g;
            });
        };
        const first = tensors(c[0]);
        const second = tensors(rest);
        this.applyGradients(first, second);
        tf.dispose([...first, ...second]);
        const at = this.size;
        let loss = 0;
        let correct = 0;
        for (const r of c) {
            loss += r[at];
            correct += r[at + 1];
        }
        return { loss, correct };
    }
    applyGradients(grads, seconds) {
        if (this.adam) {
            this.adam.apply(this.vars, grads, seconds);
            return;
        }
        const named = [];
        const sums = [];
        this.vars.forEach((v, i) => {
            let g = grads[i];
            if (g && seconds)
                sums.push((g = this.tf.add(g, seconds[i])));
            if (g)
                named.push({ name: v.name, tensor: g });
        });
        this.optimizer.applyGradients(named);
        this.tf.dispose(sums);
    }
    /** The weights, flat: what a new replica copies to start identical. */
    weights() {
        const out = new Float32Array(this.size);
        let at = 0;
        for (const v of this.vars) {
            out.set(v.dataSync(), at);
            at += v.size;
        }
        return out;
    }
    setWeights(flat) {
        let at = 0;
        for (const v of this.vars) {
            const t = this.tf.tensor(flat.subarray(at, at + v.size), v.shape, 'float32');
            v.assign(t);
            t.dispose();
            at += v.size;
        }
    }
    dispose() {
        this.adam?.dispose();
        this.optimizer?.dispose();
    }
}

;// CONCATENATED MODULE: ./src/fit/parallel.ts






/**
 * Data parallelism over worker threads for the WASM backend, which runs on one core: tfjs
 * turns its threaded build off in Node (docs/fit.md), so a second core is used by a second
 * replica of the model instead.
 *
 * The main thread is rank 0 and each worker one more rank. Every rank holds the same model,
 * the same weights and its own copy of the optimizer's state; for each batch, each computes
 * the gradient of its share of the samples (scaled to the whole batch), writes it to shared
 * memory, and adds up all ranks' gradients in rank order once they are there. Each rank then
 * applies the same update to the same weights, so the replicas stay identical without weights
 * travelling between them: only gradients do, one barrier per step. The result is the
 * batch's gradient summed in another order than one thread's, so a fit is reproducible for a
 * given number of threads, and differs from another number's in the last bits of float32.
 *
 * Steps are driven by the main thread through a control block in shared memory; waiting is
 * Atomics.wait, not messages, since a message's trip through the event loop costs more than
 * the MLP's whole step.
 */
const REPLICA_TAG = 'flopgate-fit-replica';
/** Control block, Int32 slots. */
const SEQ = 0; // bumped by the main thread for each command
const CMD = 1;
const FROM = 2;
const COUNT = 3; // samples in this batch
const BATCH = 4; // the batch size the loss is a mean over
const EPOCH = 5;
const FAILED = 6;
const CLAIMED = 7; // taken by the first rank to report a failure, which then writes its reason
const ARRIVED = 8; // + rank: the last step whose gradients that rank has written
const CONTROL_SLOTS = 8 + 64;
const STEP = 1;
const STOP = 2;
const VALIDATE = 3;
/** A rank waiting this long for another has lost it (a crashed worker never answers). */
const STALL_MS = 120_000;
/** Workers get this long to start their TensorFlow.js and take the samples. */
const READY_MS = 60_000;
const ERROR_BYTES = 2048;
/** Layers whose training output depends on the whole batch: half a batch would change them. */
const BATCH_STATISTICS = new Set(['BatchNormalization', 'SyncBatchNormalization']);
/**
 * Training work per batch below which `auto` keeps one thread: the threads meet at a barrier
 * every step, and for a small model (the notebook MLP: 17 MFLOP a batch, about 1 ms of
 * arithmetic) the split saves less than the meeting costs; on a busy machine, much less.
 */
const MIN_PARALLEL_FLOPS = 1e8;
/**
 * Threads a fit uses: `threads` when set; `auto`, one per core up to 4 for a model of at least
 * MIN_PARALLEL_FLOPS of training per batch (per-sample `trainingFlops`, when known), else one,
 * and one on a machine already busy (`load`, the 1-minute load average, at or above the
 * number of cores). One when the model has a layer that normalizes over the batch; never more
 * than the batch.
 *
 * The ranks meet at every step, so a step lasts as long as the slowest rank's share: where
 * other processes take the cores, each thread is descheduled at its own moments and every
 * step waits for the unluckiest. On this project's shared 2-core machine at a load average of
 * 13, the example CNN's fit took 61 s on two threads and 26 s on one.
 */
function threadCount(requested, spec, batch, trainingFlops, load = (0,external_node_os_namespaceObject.loadavg)()[0]) {
    if (usesBatchStatistics(spec))
        return 1;
    let want = typeof requested === 'number' ? requested : Math.min(4, (0,external_node_os_namespaceObject.availableParallelism)());
    if (typeof requested !== 'number' && ((trainingFlops ?? 0) * batch < MIN_PARALLEL_FLOPS || busy(load)))
        want = 1;
    return Math.max(1, Math.min(want, batch));
}
/** The machine's other work already fills its cores. */
const busy = (load) => load >= (0,external_node_os_namespaceObject.availableParallelism)();
function usesBatchStatistics(spec) {
    return spec.layers.some((l) => (l.model ? usesBatchStatistics(l.model) : BATCH_STATISTICS.has(l.className)));
}
/** The share [lo, hi) of a batch of `n` samples that `rank` of `world` trains. */
function share(n, rank, world) {
    return [Math.floor((rank * n) / world), Math.floor(((rank + 1) * n) / world)];
}
/** The shared gradient block: two buffers (alternate steps) of one region per rank. */
class GradientBlock {
    control;
    error;
    rank;
    world;
    length;
    regions;
    constructor(buffer, control, error, rank, world, length) {
        this.control = control;
        this.error = error;
        this.rank = rank;
        this.world = world;
        this.length = length;
        this.regions = [0, 1].map((b) => Array.from({ length: world }, (_, r) => new Float32Array(buffer, ((b * world + r) * length) * 4, length)));
    }
    step = 0;
    /**
     * Writes this rank's contribution, waits for the others', and returns every rank's, in rank
     * order (valid until this rank's next call). Two buffers suffice: a rank can only be writing
     * step s + 2 after every rank has arrived at step s + 1, that is, after all of them have
     * read step s.
     */
    reduce(fill) {
        const regions = this.regions[(this.step + 1) & 1];
        fill(regions[this.rank]);
        this.barrier();
        return regions;
    }
    /** Arrives, and waits until every rank has. */
    barrier() {
        this.step++;
        Atomics.store(this.control, ARRIVED + this.rank, this.step);
        Atomics.notify(this.control, ARRIVED + this.rank);
        for (let r = 0; r < this.world; r++)
            if (r !== this.rank)
                waitFor(this.control, this.error, ARRIVED + r, this.step);
    }
}
/** Blocks until control[slot] reaches `value`; throws when a rank failed or stalled. */
function waitFor(control, error, slot, value) {
    const start = Date.now();
    for (;;) {
        const now = Atomics.load(control, slot);
        if (now >= value)
            return;
        if (Atomics.load(control, FAILED))
            throw new Error(`fit worker failed: ${readError(error)}`);
        if (Date.now() - start > STALL_MS)
            throw new Error(`a fit worker thread has not answered for ${STALL_MS / 1000} s`);
        Atomics.wait(control, slot, now, 1000);
    }
}
function readError(error) {
    const end = error.indexOf(0);
    return new TextDecoder().decode(error.slice(0, end < 0 ? error.length : end)) || 'unknown error';
}
function writeError(error, message) {
    const bytes = new TextEncoder().encode(message).slice(0, ERROR_BYTES - 1);
    error.fill(0);
    error.set(bytes);
}
/**
 * Marks the team failed and wakes every waiting rank. The first reason is kept, and is written
 * before FAILED is set, so that a rank woken by it reads the whole reason.
 */
function markFailed(control, error, message) {
    if (Atomics.compareExchange(control, CLAIMED, 0, 1) === 0)
        writeError(error, message);
    Atomics.store(control, FAILED, 1);
    for (let i = 0; i < CONTROL_SLOTS; i++)
        Atomics.notify(control, i);
}
/**
 * The main thread's side: the workers, the shared blocks, and rank 0's exchange. Workers are
 * spawned first, to start their TensorFlow.js and build their model while the main thread
 * builds its own and loads the samples; `ready` then hands them the samples.
 */
class Team {
    workers;
    world;
    control;
    error;
    blocks;
    block;
    epoch = 0;
    booted;
    constructor(workers, world, control, error) {
        this.workers = workers;
        this.world = world;
        this.control = new Int32Array(control);
        this.error = new Uint8Array(error);
        this.booted = workers.map((w) => reply(w, 'booted'));
        this.exited = workers.map((w) => new Promise((resolve) => w.once('exit', () => resolve())));
    }
    /** Settles when each worker has exited, however it ended. */
    exited;
    /** Starts `world - 1` workers running `entry` (the fit bundle, which serves a replica when started as one). */
    static spawn(entry, job, world) {
        const control = new SharedArrayBuffer(CONTROL_SLOTS * 4);
        const error = new SharedArrayBuffer(ERROR_BYTES);
        const workers = [];
        // An inline spec's configs are Proxies (src/keras/inline.ts records the keys read), which
        // a worker's data cannot carry: the workers get plain copies.
        const plain = { ...job, spec: plainCopy(job.spec) };
        for (let rank = 1; rank < world; rank++) {
            const data = { ...plain, tag: REPLICA_TAG, rank, world, control, error };
            workers.push(new external_node_worker_threads_namespaceObject.Worker(entry, { workerData: data }));
        }
        return new Team(workers, world, control, error);
    }
    /**
     * Hands the workers the samples; resolves once every one can train. A worker that neither
     * answers nor fails within `withinMs` (at most a minute; a start hung in its WebAssembly,
     * say) fails it: the fit then trains on one thread instead of waiting without end.
     */
    async ready(samples, params, withinMs = READY_MS) {
        withinMs = Math.max(0, Math.min(READY_MS, withinMs));
        let timer;
        const late = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the fit worker threads did not start within ${(withinMs / 1000).toFixed(1)} s`)), withinMs);
        });
        try {
            const handing = this.handOver(samples, params);
            // Once late, the hand-over fails too as the workers are ended: not an unhandled rejection.
            handing.catch(() => { });
            await Promise.race([handing, late]);
        }
        catch (e) {
            await this.terminate();
            throw e;
        }
        finally {
            clearTimeout(timer);
        }
        // From here on the main thread mostly blocks in Atomics.wait, where no event reaches it; a
        // worker that dies says so itself in shared memory (serveReplica). These listeners are the
        // second line, for when the event loop runs (between fits, at stop), and keep a worker's
        // 'error' event from being unhandled, which would end the whole process with a stack trace.
        this.workers.forEach((w, i) => {
            w.on('error', (e) => this.fail(`fit worker ${i + 1} failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`));
            w.on('exit', (code) => {
                if (!this.stopping)
                    this.fail(`fit worker ${i + 1} exited with code ${code}`);
            });
        });
    }
    async handOver(samples, params) {
        await Promise.all(this.booted);
        const blocks = {
            ...samples,
            params,
            grads: new SharedArrayBuffer(2 * this.world * (params + 2) * 4),
            weights: new SharedArrayBuffer(params * 4),
            order: new SharedArrayBuffer(samples.count * 4),
            results: new SharedArrayBuffer(this.world * 2 * 8),
        };
        const loaded = this.workers.map((w) => reply(w, 'ready'));
        for (const w of this.workers)
            w.postMessage(blocks);
        await Promise.all(loaded);
        this.blocks = blocks;
        this.block = new GradientBlock(blocks.grads, this.control, this.error, 0, this.world, params + 2);
    }
    stopping = false;
    fail(reason) {
        markFailed(this.control, this.error, reason);
    }
    /** Rank 0's weights, which the workers copy before their first step. */
    setWeights(flat) {
        new Float32Array(this.blocks.weights).set(flat);
    }
    /** A new epoch's sample order; the workers gather their batches by it. */
    setOrder(order) {
        new Int32Array(this.blocks.order).set(order);
        this.epoch++;
    }
    /** Starts the workers' share of a batch; rank 0 trains its own meanwhile. */
    step(from, count, batch) {
        this.command(STEP, () => {
            this.control[FROM] = from;
            this.control[COUNT] = count;
            this.control[BATCH] = batch;
            this.control[EPOCH] = this.epoch;
        });
    }
    gather(fill) {
        return this.block.reduce(fill);
    }
    /** Starts the workers' shares of the validation set; `validated` collects them. */
    validate() {
        this.command(VALIDATE, () => { });
    }
    validated() {
        this.block.barrier();
        const r = new Float64Array(this.blocks.results);
        return Array.from({ length: this.world - 1 }, (_, i) => ({ lossSum: r[2 * (i + 1)], correct: r[2 * (i + 1) + 1] }));
    }
    async stop() {
        this.stopping = true;
        // Workers that never got their samples are not reading commands yet.
        if (!this.block || Atomics.load(this.control, FAILED))
            return this.terminate();
        this.command(STOP, () => { });
        // A worker still waiting at a barrier (rank 0 stopped mid-step: a timeout, a failure) is
        // woken and gives up instead of waiting for a step that will not come.
        markFailed(this.control, this.error, 'stopped');
        // A worker busy in a long kernel is ended after a grace period rather than waited for.
        await Promise.all(this.workers.map((w, i) => {
            let timer;
            const grace = new Promise((resolve) => (timer = setTimeout(() => void w.terminate().then(() => resolve()), 5000)));
            return Promise.race([this.exited[i], grace]).finally(() => clearTimeout(timer));
        }));
    }
    async terminate() {
        this.stopping = true;
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
    command(cmd, set) {
        set();
        this.control[CMD] = cmd;
        Atomics.add(this.control, SEQ, 1);
        Atomics.notify(this.control, SEQ);
    }
}
/** Arrays and objects copied into plain ones, down to their leaves. */
function plainCopy(v) {
    if (Array.isArray(v))
        return v.map(plainCopy);
    if (v !== null && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainCopy(x)]));
    return v;
}
/** The worker's next message: `want`, else a failure. */
function reply(w, want) {
    return new Promise((resolve, reject) => {
        const done = () => {
            w.off('message', onMessage);
            w.off('error', onError);
            w.off('exit', onExit);
        };
        const onMessage = (m) => {
            done();
            if (m === want)
                resolve();
            else
                reject(new Error(String(m)));
        };
        const onExit = (code) => {
            done();
            reject(new Error(`fit worker exited with code ${code} before it was ready`));
        };
        const onError = (e) => {
            done();
            reject(e);
        };
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
    });
}
/**
 * A worker's side: starts its backend and builds the same model, gets the samples, then
 * trains and validates its share of each batch until told to stop.
 */
async function serveReplica(d, port) {
    const control = new Int32Array(d.control);
    const error = new Uint8Array(d.error);
    const failed = (message) => markFailed(control, error, message);
    // Rank 0 waits for this worker in Atomics.wait, deaf to the Worker's events: a worker that
    // ends other than by STOP (process.exit in a kernel, an exception thrown from a callback)
    // sets FAILED on its way out, so rank 0 stops waiting at once instead of after STALL_MS.
    let finished = false;
    process.on('exit', (code) => {
        if (!finished)
            failed(`fit worker ${d.rank} exited with code ${code}`);
    });
    process.on('uncaughtException', (e) => {
        failed(`fit worker ${d.rank} failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        process.exit(1);
    });
    try {
        const { tf } = await selectBackend('wasm', () => { });
        const built = await withSeededMathRandom(d.seed, () => buildModel(tf, d.spec, d.inputShapes, d.seed));
        if ('reason' in built)
            throw new Error(built.reason);
        const model = built.model;
        const trainer = new Trainer(tf, model, d.loss, d.optimizer, d.lr, d.rank, d.world);
        const got = new Promise((resolve) => port.once('message', resolve));
        port.postMessage('booted');
        const b = await got;
        if (trainer.parameters !== b.params)
            throw new Error(`the worker's model has ${trainer.parameters} parameters, the main thread's ${b.params}`);
        const labels = new Uint8Array(b.labels);
        const shape = d.inputShapes[0];
        const train = datasetTensors(tf, new Float32Array(b.pixels), labels, b.count, shape, d.loss);
        const valLabels = new Uint8Array(b.validationLabels);
        const val = datasetTensors(tf, new Float32Array(b.validationPixels), valLabels, b.validationCount, shape, d.loss);
        const block = new GradientBlock(b.grads, control, error, d.rank, d.world, b.params + 2);
        const exchange = { gather: (fill) => block.reduce(fill) };
        const results = new Float64Array(b.results);
        // Each rank draws its own Dropout masks, from a stream of its own: reproducible per rank.
        Math.random = seededRng((d.seed + 2) ^ Math.imul(d.rank, 0x9e3779b1));
        port.postMessage('ready');
        let seen = 0;
        let epoch = -1;
        let synced = false;
        let xs;
        let ys;
        let ordered = new Uint8Array(0);
        for (;;) {
            while (Atomics.load(control, SEQ) === seen)
                Atomics.wait(control, SEQ, seen, 1000);
            seen = Atomics.load(control, SEQ);
            const cmd = control[CMD];
            if (cmd === STOP)
                break;
            if (cmd === VALIDATE) {
                const [lo, hi] = share(b.validationCount, d.rank, d.world);
                const r = validateRange(tf, model, val.x, val.y, valLabels, d.loss, lo, hi, VALIDATION_BATCH);
                results[2 * d.rank] = r.lossSum;
                results[2 * d.rank + 1] = r.correct;
                block.barrier();
                continue;
            }
            if (cmd !== STEP)
                continue;
            const [from, count, batch] = [control[FROM], control[COUNT], control[BATCH]];
            if (!synced) {
                trainer.setWeights(new Float32Array(b.weights));
                synced = true;
            }
            if (control[EPOCH] !== epoch) {
                epoch = control[EPOCH];
                tf.dispose([xs, ys].filter(Boolean));
                const order = new Int32Array(b.order);
                const idx = tf.tensor1d(order, 'int32');
                xs = tf.gather(train.x, idx);
                ys = tf.gather(train.y, idx);
                idx.dispose();
                ordered = Uint8Array.from(order, (i) => labels[i]);
            }
            const [lo, hi] = share(count, d.rank, d.world);
            trainer.step(xs, ys, ordered, from + lo, hi - lo, batch, exchange);
            if (process.env.FLOPGATE_FIT_TRACE && from + count >= b.count)
                console.error(`trace: rank ${d.rank} ms ${JSON.stringify(trainer.times)}`);
        }
        finished = true;
        tf.dispose([xs, ys, train.x, train.y, val.x, val.y].filter(Boolean));
        trainer.dispose();
        model.dispose();
    }
    catch (e) {
        finished = true;
        const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
        failed(message);
        port.postMessage(`fit worker ${d.rank} failed: ${message}`);
    }
}
function isReplicaData(d) {
    return typeof d === 'object' && d !== null && d.tag === REPLICA_TAG;
}

;// CONCATENATED MODULE: ./src/fit/progress.ts

/**
 * The fit's clock: progress lines at least every `every` seconds, and the deadline that
 * fit.timeout sets for the whole fit (from data loading to the last validation batch).
 */
class FitClock {
    now;
    started;
    timeoutSeconds;
    everySeconds;
    log;
    last;
    trained = 0;
    trainMs = 0;
    constructor(now, started, timeoutSeconds, everySeconds, log) {
        this.now = now;
        this.started = started;
        this.timeoutSeconds = timeoutSeconds;
        this.everySeconds = everySeconds;
        this.log = log;
        this.last = started;
    }
    elapsed() {
        return (this.now() - this.started) / 1000;
    }
    expired() {
        return this.elapsed() >= this.timeoutSeconds;
    }
    /** An epoch line was just logged: the next progress line is due `every` seconds later. */
    logged() {
        this.last = this.now();
    }
    /** Training time and samples of finished epochs, for the rate in progress lines. */
    addTrained(samples, ms) {
        this.trained += samples;
        this.trainMs += ms;
    }
    /**
     * Called after each training batch: logs a progress line when one is due.
     * `done` counts the epoch's batches so far, `epochStart` is when this epoch's training began.
     */
    batch(p) {
        const t = this.now();
        if (t - this.last < this.everySeconds * 1000)
            return;
        this.last = t;
        const trained = this.trained + p.samples;
        const ms = this.trainMs + (t - p.epochStart);
        const rate = ms > 0 ? (trained * 1000) / ms : 0;
        const remaining = p.perEpoch * p.epochs - trained;
        // Validation passes still to come, each a forward pass over its samples (a third of a step).
        const left = rate > 0 ? (remaining + (p.epochs - p.epoch + 1) * p.validationShare * p.perEpoch) / rate : NaN;
        const pct = Math.floor((100 * p.done) / p.batches);
        this.log(`progress: epoch ${p.epoch}/${p.epochs}, batch ${p.done}/${p.batches} (${pct}%), ${Math.round(rate).toLocaleString('en-US')} samples/s, ` +
            `${secondsText(this.elapsed())} elapsed, ${Number.isFinite(left) ? `about ${secondsText(left)} left` : 'time left unknown'}`);
    }
}

;// CONCATENATED MODULE: ./src/fit/run.ts













/** fit.timeout's default, in seconds. */
const DEFAULT_TIMEOUT = 600;
/** A fit logs a progress line at least this often (issue 13), between batches. */
const PROGRESS_SECONDS = 10;
/** Input shapes (without batch) that a 28x28 grey image can be fed as. */
const IMAGE_SHAPES = [[28, 28], [784], [28, 28, 1]];
/** Keras's default learning rates, so that a fit block without one trains as the notebook did. */
const DEFAULT_LR = { adam: 0.001, sgd: 0.01, rmsprop: 0.001, adagrad: 0.001, adadelta: 0.001, adamax: 0.001 };
const LOSSES = {
    categoricalcrossentropy: 'categoricalCrossentropy',
    sparsecategoricalcrossentropy: 'sparseCategoricalCrossentropy',
    meansquarederror: 'meanSquaredError',
    mse: 'meanSquaredError',
};
const squash = (s) => s.toLowerCase().replace(/[_\s-]/g, '');
function checkConfig(cfg) {
    const int = (v, name, min, max) => {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
            throw new errors_FlopgateError(`fit: ${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`);
        }
    };
    int(cfg.epochs, 'epochs', 1, 1000);
    int(cfg.batch_size, 'batch_size', 1, 65536);
    int(cfg.train_samples, 'train_samples', 1, 60000);
    int(cfg.validation_samples, 'validation_samples', 1, 60000);
    int(cfg.seed, 'seed', -(2 ** 31), 2 ** 32 - 1);
    const timeout = cfg.timeout ?? DEFAULT_TIMEOUT;
    if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0 || timeout > 86400) {
        throw new errors_FlopgateError(`fit: timeout must be a number of seconds above 0 and at most 86400, got ${JSON.stringify(cfg.timeout)}`);
    }
    const threads = cfg.threads ?? 'auto';
    if (threads !== 'auto')
        int(threads, 'threads', 1, 16);
    const optimizer = squash(cfg.optimizer ?? 'adam');
    if (!OPTIMIZER_NAMES.includes(optimizer)) {
        throw new errors_FlopgateError(`fit: unknown optimizer "${cfg.optimizer}" (expected ${OPTIMIZER_NAMES.join(', ')})`);
    }
    const lossKey = squash(cfg.loss ?? 'categorical_crossentropy');
    const loss = Object.prototype.hasOwnProperty.call(LOSSES, lossKey) ? LOSSES[lossKey] : undefined;
    if (!loss) {
        throw new errors_FlopgateError(`fit: unknown loss "${cfg.loss}" (expected categorical_crossentropy, sparse_categorical_crossentropy or mean_squared_error)`);
    }
    const lr = cfg.learning_rate ?? DEFAULT_LR[optimizer];
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr <= 0) {
        throw new errors_FlopgateError(`fit: learning_rate must be a positive number, got ${JSON.stringify(cfg.learning_rate)}`);
    }
    return { loss, optimizer, lr };
}
const sameShape = (a, b) => a.length === b.length && a.every((d, i) => d === b[i]);
/** A reason the fit cannot feed this model 28x28 images, or undefined. */
function inputMismatch(inputShapes) {
    if (inputShapes.length !== 1)
        return `the model has ${inputShapes.length} inputs; the fit feeds one 28x28 image input`;
    const s = inputShapes[0];
    if (IMAGE_SHAPES.some((ok) => sameShape(s, ok)))
        return undefined;
    return `input shape [${s.join(', ')}] cannot take 28x28 images (accepted: [28, 28], [784], [28, 28, 1])`;
}
function outputMismatch(model) {
    if (model.outputs.length !== 1)
        return `the model has ${model.outputs.length} outputs; the fit needs one of 10 classes`;
    const shape = model.outputs[0].shape;
    if (shape.length === 2 && shape[1] === CLASSES)
        return undefined;
    return `output shape [${shape.map((d) => (d === null ? 'None' : d)).join(', ')}] is not 10 classes`;
}
/**
 * Validation loss and accuracy over all samples, batched (the threads' shares, when there are
 * several); accuracy is an exact count. Undefined when `expired` says the fit's time ran out.
 */
function validate(tf, model, val, labels, loss, team, expired) {
    const n = labels.length;
    const world = team?.world ?? 1;
    team?.validate();
    const [lo, hi] = share(n, 0, world);
    const own = validateRange(tf, model, val.x, val.y, labels, loss, lo, hi, VALIDATION_BATCH, expired);
    // The workers' shares are waited for even when time ran out: they are at most as long.
    const others = team?.validated() ?? [];
    if (!own)
        return undefined;
    const sums = [own, ...others];
    return { accuracy: sums.reduce((c, r) => c + r.correct, 0) / n, loss: sums.reduce((l, r) => l + r.lossSum, 0) / n };
}
const round = (v, digits) => Number(v.toFixed(digits));
/**
 * Trains `spec` briefly from fresh seeded weights and measures it on held-out samples.
 *
 * `inputShapes` are the model's input shapes without the batch dimension. A model the fit
 * cannot train (input not a 28x28 image, output not 10 classes, a layer tfjs lacks) comes
 * back `skipped` with the reason; a bad fit block or an unobtainable dataset is a
 * FlopgateError. `seconds` is the whole fit (data, build, epochs, validation);
 * `samples_per_second` counts training steps only. The same seed on the same backend gives
 * the same split, order, weights and so the same accuracy.
 */
async function runFit(spec, inputShapes, cfg, log, opts = {}) {
    const skip = (reason) => {
        log(`fit skipped: ${reason}`);
        return { status: 'skipped', reason };
    };
    const { loss, optimizer, lr } = checkConfig(cfg);
    const badInput = inputMismatch(inputShapes);
    if (badInput)
        return skip(badInput);
    const now = opts.now ?? (() => performance.now());
    const started = now();
    let data;
    const job = {
        spec,
        inputShapes,
        cfg,
        log,
        loss,
        optimizer,
        lr,
        started,
        now,
        timeout: cfg.timeout ?? DEFAULT_TIMEOUT,
        trainingFlops: opts.trainingFlops,
        workerEntry: opts.workerEntry ?? WORKER_ENTRY,
        data: async () => (data ??= await loadDataset(cfg, opts.cacheDir ?? defaultCacheDir(), log)),
    };
    let backend = await selectBackend(cfg.backend, log);
    try {
        return await fitOn(backend, job);
    }
    catch (e) {
        const missing = missingKernel(e);
        if (missing && cfg.backend === 'auto' && backend.kind !== 'cpu') {
            // WASM lacks some gradient kernels (Conv2DBackpropFilter among them): auto means the
            // fastest backend that can train this model, so the fit starts again on pure JS.
            log(`fit: the ${backend.name} backend has no ${missing} kernel to train this model; starting again on the pure-JS cpu backend`);
            backend = await selectBackend('cpu', log);
            return await fitOn(backend, job);
        }
        if (missing)
            return skip(`the ${backend.name} backend has no ${missing} kernel to train this model (backend auto falls back to cpu)`);
        if (e instanceof errors_FlopgateError)
            throw e;
        throw new errors_FlopgateError(`fit: training on ${backend.name} failed: ${run_firstLine(e)}`);
    }
}
function missingKernel(e) {
    const m = /Kernel '([^']+)' not registered for backend/.exec(e instanceof Error ? e.message : String(e));
    return m?.[1];
}
function run_firstLine(e) {
    return (e instanceof Error ? e.message : String(e)).split('\n')[0].trim();
}
async function fitOn(backend, job) {
    const { spec, inputShapes, cfg, log, loss, optimizer, lr } = job;
    const { tf } = backend;
    const shape = inputShapes[0];
    const skip = (reason) => {
        log(`fit skipped: ${reason}`);
        return { status: 'skipped', reason };
    };
    // Worker threads need the bundle (a worker cannot start from TypeScript sources) and a
    // backend that runs on one core; tfjs-node already uses all of them. They are started first:
    // their TensorFlow.js starts while this thread builds its model and loads the samples.
    const entry = job.workerEntry;
    const load = (0,external_node_os_namespaceObject.loadavg)()[0];
    let threads = backend.kind === 'wasm' && entry ? threadCount(cfg.threads, spec, cfg.batch_size, job.trainingFlops, load) : 1;
    if (threads === 1 && backend.kind === 'wasm' && entry && threadCount(cfg.threads, spec, cfg.batch_size, job.trainingFlops, 0) > 1) {
        log(`fit: threads auto: one thread, as the machine is busy (load average ${load.toFixed(1)} on ${(0,external_node_os_namespaceObject.availableParallelism)()} cores)`);
    }
    let team = threads > 1 && entry ? Team.spawn(entry, { spec, inputShapes, seed: cfg.seed, loss, optimizer, lr }, threads) : undefined;
    const built = await withSeededMathRandom(cfg.seed, () => buildModel(tf, spec, inputShapes, cfg.seed));
    if ('reason' in built) {
        await team?.terminate();
        return skip(built.reason);
    }
    const model = built.model;
    const owned = [];
    let trainer;
    const clock = new FitClock(job.now, job.started, job.timeout, PROGRESS_SECONDS, log);
    const timedOut = (where) => {
        const reason = `timed out after ${secondsText(clock.elapsed())} (fit.timeout ${secondsText(job.timeout)}) ${where}; accuracy not measured`;
        log(`fit stopped: ${reason}`);
        return { status: 'skipped', reason };
    };
    try {
        const badOutput = outputMismatch(model);
        if (badOutput)
            return skip(badOutput);
        const data = await job.data();
        const bs = cfg.batch_size;
        if (team) {
            try {
                const t = job.now();
                await team.ready(shareSamples(data), trainableSize(model), (job.timeout - clock.elapsed()) * 1000);
                if (process.env.FLOPGATE_FIT_TRACE)
                    log(`trace: worker threads ready ${Math.round(job.now() - t)} ms after the samples`);
            }
            catch (e) {
                log(`fit: worker threads failed to start (${run_firstLine(e)}); training on one thread`);
                team = undefined;
                threads = 1;
            }
        }
        trainer = new Trainer(tf, model, loss, optimizer, lr, 0, threads);
        team?.setWeights(trainer.weights());
        log(`fit ${data.dataset}: ${data.train.count} training and ${data.validation.count} validation samples, ` +
            `${cfg.epochs} epoch${cfg.epochs === 1 ? '' : 's'}, batch ${bs}, seed ${cfg.seed}, backend ${backend.name}` +
            `${threads > 1 ? `, ${threads} threads` : ''}`);
        const train = datasetTensors(tf, data.train.pixels, data.train.labels, data.train.count, shape, loss);
        const val = datasetTensors(tf, data.validation.pixels, data.validation.labels, data.validation.count, shape, loss);
        owned.push(train.x, train.y, val.x, val.y);
        if (clock.expired())
            return timedOut('before training');
        const work = {
            trainSamples: data.train.count,
            validationSamples: data.validation.count,
            epochs: cfg.epochs,
            batchSize: bs,
            ...(job.trainingFlops ? { trainingFlops: job.trainingFlops } : {}),
        };
        const order = seededRng(cfg.seed + 1);
        const count = data.train.count;
        const batches = Math.ceil(count / bs);
        let trainSeconds = 0;
        let last = { accuracy: 0, loss: 0 };
        let stoppedAt;
        let refused;
        const exchange = team;
        const step = trainer;
        // Math.random stays seeded through training: tfjs draws Dropout masks from it.
        await withSeededMathRandom(cfg.seed + 2, async () => {
            for (let epoch = 1; epoch <= cfg.epochs; epoch++) {
                const t0 = job.now();
                // The epoch's order comes from the seed (tfjs's own shuffle uses Math.random).
                const perm = permutation(count, order);
                exchange?.setOrder(perm);
                const idx = tf.tensor1d(perm, 'int32');
                const xs = tf.gather(train.x, idx);
                const ys = tf.gather(train.y, idx);
                idx.dispose();
                const labels = Uint8Array.from(perm, (i) => data.train.labels[i]);
                const timer = epoch === 1 ? new StepTimer(t0, work) : undefined;
                let timing = timer !== undefined;
                let lossSum = 0;
                let correct = 0;
                let done = 0;
                try {
                    for (let b = 0; b < batches; b++) {
                        const from = b * bs;
                        const n = Math.min(bs, count - from);
                        exchange?.step(from, n, n);
                        const [lo, hi] = share(n, 0, threads);
                        const out = step.step(xs, ys, labels, from + lo, hi - lo, n, exchange);
                        lossSum += out.loss * n;
                        correct += out.correct;
                        done = b + 1;
                        if (timing) {
                            // The estimate comes from the epoch's first steps, which stay trained. It starts
                            // the fit once enough steps are timed; it can refuse it sooner, once the timing
                            // has lasted its share of the timeout (a step of the pure-JS backend can last longer).
                            const enough = timer.record(job.now(), from + n);
                            const estimate = timer.estimate();
                            const verdict = decide(estimate, work, from + n, clock.elapsed(), (job.now() - t0) / 1000, job.timeout);
                            if (verdict === 'refuse' || (verdict === 'start' && enough)) {
                                timing = false;
                                if (process.env.FLOPGATE_FIT_TRACE)
                                    log(`trace: timed steps end at ms ${JSON.stringify(timer.trace())}`);
                                log(estimateLine(estimate, work, backend.name, job.timeout));
                                if (verdict === 'refuse') {
                                    refused = refusal(estimate, work, backend.name, job.timeout, clock.elapsed());
                                    return;
                                }
                                clock.logged();
                            }
                        }
                        if (!timing) {
                            clock.batch({
                                epoch,
                                epochs: cfg.epochs,
                                done,
                                batches,
                                samples: from + n,
                                perEpoch: count,
                                epochStart: t0,
                                validationShare: data.validation.count / (3 * count),
                            });
                        }
                        // The one place a fit can stop: between batches.
                        if (done < batches && clock.expired()) {
                            stoppedAt = `in epoch ${epoch}/${cfg.epochs} after ${done} of ${batches} batches`;
                            break;
                        }
                    }
                }
                finally {
                    xs.dispose();
                    ys.dispose();
                }
                const t1 = job.now();
                const trained = Math.min(done * bs, count);
                trainSeconds += (t1 - t0) / 1000;
                clock.addTrained(trained, t1 - t0);
                if (stoppedAt)
                    return;
                last = validate(tf, model, val, data.validation.labels, loss, exchange, () => clock.expired());
                if (!last) {
                    stoppedAt = `while validating epoch ${epoch}/${cfg.epochs}`;
                    return;
                }
                const seconds = (job.now() - t0) / 1000;
                log(`epoch ${epoch}/${cfg.epochs}: loss ${(lossSum / count).toFixed(4)}, accuracy ${(correct / count).toFixed(4)}, ` +
                    `val loss ${last.loss.toFixed(4)}, val accuracy ${last.accuracy.toFixed(4)}, ${seconds.toFixed(1)} s ` +
                    `(training ${((t1 - t0) / 1000).toFixed(1)} s, ${Math.round(count / ((t1 - t0) / 1000)).toLocaleString('en-US')} samples/s)`);
                if (process.env.FLOPGATE_FIT_TRACE)
                    log(`trace: rank 0 ms ${JSON.stringify(step.times)}`);
                clock.logged();
                if (epoch < cfg.epochs && clock.expired()) {
                    stoppedAt = `after epoch ${epoch}/${cfg.epochs}`;
                    return;
                }
            }
        });
        if (refused)
            return skip(refused);
        if (stoppedAt || !last)
            return timedOut(stoppedAt ?? '');
        const seconds = (job.now() - job.started) / 1000;
        const trained = data.train.count * cfg.epochs;
        return {
            status: 'ok',
            dataset: data.dataset,
            accuracy: last.accuracy,
            loss: round(last.loss, 6),
            epochs: cfg.epochs,
            train_samples: data.train.count,
            validation_samples: data.validation.count,
            seconds: round(seconds, 3),
            samples_per_second: Math.round(trained / trainSeconds),
            backend: backend.name,
            threads,
            seed: cfg.seed,
        };
    }
    finally {
        await team?.stop();
        model.dispose();
        trainer?.dispose();
        for (const t of owned)
            t.dispose();
    }
}
const trainableSize = (model) => model.trainableWeights.reduce((n, w) => n + w.shape.reduce((a, b) => a * (b ?? 1), 1), 0);
/** The samples in shared memory, for the workers. */
function shareSamples(data) {
    const copy = (a, n) => {
        const buf = new SharedArrayBuffer(n * a.BYTES_PER_ELEMENT);
        new a.constructor(buf).set(a.subarray(0, n));
        return buf;
    };
    const { train, validation } = data;
    return {
        count: train.count,
        pixels: copy(train.pixels, train.count * PIXELS),
        labels: copy(train.labels, train.count),
        validationCount: validation.count,
        validationPixels: copy(validation.pixels, validation.count * PIXELS),
        validationLabels: copy(validation.labels, validation.count),
    };
}
/**
 * The bundle serves as its own worker script: started as a fit replica, it trains its share
 * of each batch (src/fit/parallel.ts). From TypeScript sources there is no script a worker
 * can run, and fits stay on one thread.
 */
const WORKER_ENTRY = import.meta.url.endsWith('.js') ? new URL(import.meta.url) : undefined;
if (!external_node_worker_threads_namespaceObject.isMainThread && isReplicaData(external_node_worker_threads_namespaceObject.workerData)) {
    void serveReplica(external_node_worker_threads_namespaceObject.workerData, external_node_worker_threads_namespaceObject.parentPort);
}
// For bench/fit-profile.mjs, which times kernels on the bundle's own TensorFlow.js.



var __webpack_exports__DEFAULT_TIMEOUT = __webpack_exports__.cS;
var __webpack_exports__Trainer = __webpack_exports__.co;
var __webpack_exports__runFit = __webpack_exports__.hw;
var __webpack_exports__selectBackend = __webpack_exports__.H_;
export { __webpack_exports__DEFAULT_TIMEOUT as DEFAULT_TIMEOUT, __webpack_exports__Trainer as Trainer, __webpack_exports__runFit as runFit, __webpack_exports__selectBackend as selectBackend };
