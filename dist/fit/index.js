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
  hw: () => (/* binding */ runFit),
  H_: () => (/* reexport */ selectBackend)
});

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
/**
 * A fault that is ours, not the file's: a reader or a rule met something it should have
 * handled. Still one line, naming the file, and saying it is a bug to report; tests and the
 * fuzzing harness look for it.
 */
class InternalError extends (/* unused pure expression or super */ null && (FlopgateError)) {
}
/**
 * The one policy at the reader boundary: a fault the readers or rules recognised (a
 * FlopgateError: bounds, truncation, a malformed structure) is the file's; anything else is
 * ours and says so.
 */
function atReaderBoundary(file, err) {
    if (err instanceof FlopgateError)
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
    for (const p of known) {
        const d = editDistance(key.toLowerCase(), p.toLowerCase());
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
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/fit/cache.ts





/** The CLI's cache: `$XDG_CACHE_HOME/flopgate`, else `~/.cache/flopgate`. */
function defaultCacheDir() {
    const xdg = process.env.XDG_CACHE_HOME;
    return (0,external_node_path_namespaceObject.join)(xdg && (0,external_node_path_namespaceObject.isAbsolute)(xdg) ? xdg : (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.cache'), 'flopgate');
}
/** An HTTP answer other than 200, kept apart so that callers can try the next URL on a 404. */
class HttpStatusError extends FlopgateError {
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
    const fail = (why) => new FlopgateError(`download of ${url} failed: ${why}`);
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
        throw new FlopgateError(`cannot write ${path}: ${e.message}`);
    }
}
function cause(e) {
    const c = e.cause;
    if (c?.code)
        return c.message && !c.message.includes(c.code) ? `${c.code}: ${c.message}` : c.message ?? c.code;
    return c?.message ?? e.message ?? String(e);
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
    return { tf, kind: 'wasm', name: simd ? 'wasm (simd)' : 'wasm (no simd)' };
}
async function startCpu(tf) {
    const ok = await tf.setBackend('cpu');
    if (!ok || tf.getBackend() !== 'cpu')
        throw new FlopgateError('fit: the pure-JS cpu backend of TensorFlow.js failed to start');
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
        throw new FlopgateError(`fit: unknown backend "${String(wanted)}" (expected auto, tensorflow, wasm or cpu)`);
    }
    if (wanted === 'tensorflow' || wanted === 'auto') {
        const tfn = await startTensorflow();
        if ('tf' in tfn)
            return finish(tfn);
        if (wanted === 'tensorflow') {
            throw new FlopgateError(`fit: backend tensorflow unavailable: ${tfn.reason}; install it with "npm install --prefix ${tfjsNodePrefix()} @tensorflow/tfjs-node@4.22.0" or use backend auto`);
        }
        log(`fit: ${tfn.reason}; trying WASM`);
    }
    const tf = await loadTfjs();
    if (wanted === 'wasm' || wanted === 'auto') {
        const w = await startWasm(tf);
        if ('tf' in w)
            return finish(w);
        if (wanted === 'wasm')
            throw new FlopgateError(`fit: backend wasm unavailable: ${w.reason}`);
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
        throw new FlopgateError(`fit: the embedded MNIST digits (${ASSET}) are missing next to flopgate's bundle`);
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
        throw new FlopgateError(`fit: ${path} is not a valid digits file`);
    const palette = new Float32Array(256);
    for (let i = 0; i < 256; i++)
        palette[i] = buf.readUInt16LE(12 + 2 * i) / 1000;
    const labels = new Uint8Array(buf.subarray(head, head + count));
    if (labels.some((l) => l >= CLASSES))
        throw new FlopgateError(`fit: ${path} holds a label outside 0-9`);
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
        throw new FlopgateError(`fit: dataset mnist ships ${available} digits; train_samples + validation_samples = ${trainSamples + validationSamples} is more (use mnist-full for up to 60,000 + 10,000)`);
    }
    const order = permutation(available, seededRng(seed));
    return {
        dataset: 'mnist',
        train: pick(images, labels, order.subarray(0, trainSamples)),
        validation: pick(images, labels, order.subarray(trainSamples, trainSamples + validationSamples)),
    };
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
            throw new FlopgateError(`${label}: inflates to more than ${maxBytes} bytes`);
        throw new FlopgateError(`${label}: not a valid gzip file (${e.message})`);
    }
}
/** Parses an IDX file (gzipped or not): magic, element type, dimensions and exact size. */
function parseIdx(file, label) {
    const bytes = inflate(file, label);
    if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0) {
        throw new FlopgateError(`${label}: not an IDX file (bad magic number)`);
    }
    const type = bytes[2];
    const rank = bytes[3];
    if (type !== 0x08) {
        const name = TYPE_NAMES[type];
        throw new FlopgateError(`${label}: IDX element type ${name ? `${name} ` : ''}(0x${type.toString(16).padStart(2, '0')}) is not supported; images and labels must be unsigned bytes`);
    }
    if (rank < 1 || rank > MAX_DIMS)
        throw new FlopgateError(`${label}: IDX rank ${rank} is outside 1..${MAX_DIMS}`);
    const header = 4 + 4 * rank;
    if (bytes.length < header)
        throw new FlopgateError(`${label}: IDX header is truncated`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dims = [];
    let size = 1;
    for (let i = 0; i < rank; i++) {
        const d = view.getUint32(4 + 4 * i, false);
        if (d === 0)
            throw new FlopgateError(`${label}: IDX dimension ${i} is 0`);
        size *= d;
        // Checked per step so that a huge declared shape cannot overflow into a plausible size.
        if (size > MAX_IDX_BYTES)
            throw new FlopgateError(`${label}: IDX dimensions [${dims.concat(d).join(', ')}...] exceed ${MAX_IDX_BYTES} bytes`);
        dims.push(d);
    }
    const actual = bytes.length - header;
    if (actual !== size) {
        throw new FlopgateError(`${label}: IDX dimensions [${dims.join(', ')}] need ${size} data bytes, the file has ${actual}${actual < size ? ' (truncated)' : ''}`);
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
    throw new FlopgateError(`${label}: SHA-256 mismatch: expected ${file.gz} (gzipped, or ${file.raw} uncompressed), got ${actual}`);
}
/** File names a directory may hold a file under: gzipped or not, dash or dot before `idx`. */
function localNames(name) {
    const dotted = name.replace(/-(idx\d)/, '.$1');
    return [`${name}.gz`, name, `${dotted}.gz`, dotted];
}
async function readIfExists(path) {
    try {
        return await (0,promises_namespaceObject.readFile)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new FlopgateError(`fit: cannot read ${path}: ${e.message}`);
    }
}
async function fromDirectory(dir, name) {
    for (const n of localNames(name)) {
        const path = (0,external_node_path_namespaceObject.join)(dir, n);
        const bytes = await readIfExists(path);
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
                firstError ??= e instanceof FlopgateError ? e : new FlopgateError(String(e));
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
        throw new FlopgateError(`fit: ${ds.id}: ${firstError.message}`);
    throw new FlopgateError(`fit: ${ds.id}: ${file.name} not found at ${tried.join(', ')}`);
}
/** Images [n, 28, 28] and labels [n] in 0..9, checked as a pair. */
function pair(images, labels, what) {
    const [n, h, w] = images.dims;
    if (images.dims.length !== 3 || h !== IMAGE_SIDE || w !== IMAGE_SIDE) {
        throw new FlopgateError(`fit: ${what} images have shape [${images.dims.join(', ')}], expected [n, 28, 28]`);
    }
    if (labels.dims.length !== 1 || labels.dims[0] !== n) {
        throw new FlopgateError(`fit: ${what} labels have shape [${labels.dims.join(', ')}], expected [${n}] to match the images`);
    }
    const bad = labels.data.findIndex((l) => l >= CLASSES);
    if (bad >= 0)
        throw new FlopgateError(`fit: ${what} label ${bad} is ${labels.data[bad]}; the fit trains 10 classes (0..9)`);
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
        throw new FlopgateError('fit: dataset idx needs path: a directory holding the four IDX files');
    const parsed = {};
    for (const role of ROLES) {
        const name = IDX_NAMES[role];
        let payload;
        if (cfg.path) {
            const found = await fromDirectory(cfg.path, name);
            if (!found)
                throw new FlopgateError(`fit: ${cfg.dataset}: no ${name}(.gz) in ${cfg.path}`);
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
        throw new FlopgateError(`fit: ${cfg.dataset} has ${train.count} training images; train_samples is ${cfg.train_samples}`);
    }
    if (cfg.validation_samples > test.count) {
        throw new FlopgateError(`fit: ${cfg.dataset} has ${test.count} t10k images for validation; validation_samples is ${cfg.validation_samples}`);
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
            throw new FlopgateError(`fit: unknown dataset "${cfg.dataset}" (expected ${DATASETS.join(', ')})`);
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
/** A first step slower than this is timed alone: the fit may well be refused. */
const SLOW_STEP_MS = 1000;
/**
 * Trains the first steps of the first epoch (`x`/`y` in the epoch's order) in one
 * `model.fit` call, timed per batch, and estimates the whole fit from them. They are real
 * training: the rest of the epoch continues from there with the same optimizer, batches and
 * Dropout stream, so the result is the same as one call over the epoch. The rate is that of
 * the later half of the steps: the first ones are slower (JIT, XNNPACK setup). A first step
 * slow enough to matter on its own is the whole measurement.
 */
async function timeFirstSteps(model, x, y, w, now) {
    const n = Math.min(w.trainSamples, MAX_STEPS * w.batchSize);
    // ends[i]: when step i finished; done[i]: samples trained by then.
    const ends = [];
    const done = [];
    const xs = x.slice(0, n);
    const ys = y.slice(0, n);
    const start = now();
    let h;
    try {
        h = await model.fit(xs, ys, {
            epochs: 1,
            batchSize: w.batchSize,
            shuffle: false,
            verbose: 0,
            yieldEvery: 'never',
            callbacks: {
                onBatchEnd: async () => {
                    const t = now();
                    ends.push(t);
                    done.push(Math.min(ends.length * w.batchSize, n));
                    const first = ends[0] - start;
                    if (first >= SLOW_STEP_MS || (ends.length >= MIN_STEPS && t - start >= CALIBRATION_MS))
                        model.stopTraining = true;
                },
            },
        });
    }
    finally {
        xs.dispose();
        ys.dispose();
    }
    let perSample;
    if (ends.length < 2 || ends[0] - start >= SLOW_STEP_MS) {
        perSample = ((ends[0] ?? now()) - start) / 1000 / Math.max(1, done[0] ?? Math.min(w.batchSize, n));
    }
    else {
        const from = Math.floor(ends.length / 2) - 1;
        const last = ends.length - 1;
        perSample = (ends[last] - ends[from]) / 1000 / Math.max(1, done[last] - done[from]);
    }
    // A validation sample is a forward pass: a third of a training step's FLOPs.
    const seconds = perSample * (w.trainSamples * w.epochs + (w.validationSamples * w.epochs) / 3);
    return {
        estimate: { seconds, perSample, ...(w.trainingFlops ? { flopsPerSecond: w.trainingFlops / perSample } : {}) },
        samples: done[done.length - 1] ?? 0,
        loss: Number(h.history.loss?.[0]),
        accuracy: Number((h.history.acc ?? h.history.accuracy)?.[0]),
    };
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
const OPTIMIZERS = {
    // Keras's default learning rates, so that a fit block without one trains as the notebook did.
    adam: { make: (tf, lr) => tf.train.adam(lr), lr: 0.001 },
    sgd: { make: (tf, lr) => tf.train.sgd(lr), lr: 0.01 },
    rmsprop: { make: (tf, lr) => tf.train.rmsprop(lr), lr: 0.001 },
    adagrad: { make: (tf, lr) => tf.train.adagrad(lr), lr: 0.001 },
    adadelta: { make: (tf, lr) => tf.train.adadelta(lr), lr: 0.001 },
    adamax: { make: (tf, lr) => tf.train.adamax(lr), lr: 0.001 },
};
const LOSSES = {
    categoricalcrossentropy: 'categoricalCrossentropy',
    sparsecategoricalcrossentropy: 'sparseCategoricalCrossentropy',
    meansquarederror: 'meanSquaredError',
    mse: 'meanSquaredError',
};
/** A fresh optimizer, kept in `owned` to be disposed: a model does not dispose one it was given. */
function optimizerOf(tf, name, lr, owned) {
    const o = OPTIMIZERS[name].make(tf, lr);
    owned.push(o);
    return o;
}
const squash = (s) => s.toLowerCase().replace(/[_\s-]/g, '');
function checkConfig(cfg) {
    const int = (v, name, min, max) => {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
            throw new FlopgateError(`fit: ${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`);
        }
    };
    int(cfg.epochs, 'epochs', 1, 1000);
    int(cfg.batch_size, 'batch_size', 1, 65536);
    int(cfg.train_samples, 'train_samples', 1, 60000);
    int(cfg.validation_samples, 'validation_samples', 1, 60000);
    int(cfg.seed, 'seed', -(2 ** 31), 2 ** 32 - 1);
    const timeout = cfg.timeout ?? DEFAULT_TIMEOUT;
    if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0 || timeout > 86400) {
        throw new FlopgateError(`fit: timeout must be a number of seconds above 0 and at most 86400, got ${JSON.stringify(cfg.timeout)}`);
    }
    const optimizer = squash(cfg.optimizer ?? 'adam');
    if (!OPTIMIZERS[optimizer]) {
        throw new FlopgateError(`fit: unknown optimizer "${cfg.optimizer}" (expected ${Object.keys(OPTIMIZERS).join(', ')})`);
    }
    const loss = LOSSES[squash(cfg.loss ?? 'categorical_crossentropy')];
    if (!loss) {
        throw new FlopgateError(`fit: unknown loss "${cfg.loss}" (expected categorical_crossentropy, sparse_categorical_crossentropy or mean_squared_error)`);
    }
    const lr = cfg.learning_rate ?? OPTIMIZERS[optimizer].lr;
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr <= 0) {
        throw new FlopgateError(`fit: learning_rate must be a positive number, got ${JSON.stringify(cfg.learning_rate)}`);
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
function tensors(tf, d, shape, loss) {
    const x = tf.tensor(d.pixels, [d.count, ...shape], 'float32');
    const labels = tf.tensor1d(Int32Array.from(d.labels), 'int32');
    const y = tf.tidy(() => (loss === 'sparseCategoricalCrossentropy' ? labels.toFloat().expandDims(1) : tf.oneHot(labels, CLASSES).toFloat()));
    labels.dispose();
    return { x, y };
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
 * Validation loss and accuracy over all samples, batched; accuracy is an exact count.
 * Undefined when `expired` says the fit's time ran out before the last batch.
 */
async function validate(tf, model, x, y, labels, loss, batch, expired) {
    const n = labels.length;
    let correct = 0;
    let lossSum = 0;
    for (let at = 0; at < n; at += batch) {
        if (expired())
            return undefined;
        const size = Math.min(batch, n - at);
        const [pred, lossTotal] = tf.tidy(() => {
            const xb = x.slice(at, size);
            const yb = y.slice(at, size);
            const p = model.predict(xb);
            const l = perSampleLoss(tf, loss, yb, p).sum();
            return [p.argMax(-1), l];
        });
        const classes = await pred.data();
        lossSum += (await lossTotal.data())[0];
        pred.dispose();
        lossTotal.dispose();
        for (let i = 0; i < size; i++)
            if (classes[i] === labels[at + i])
                correct++;
    }
    return { accuracy: correct / n, loss: lossSum / n };
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
        if (e instanceof FlopgateError)
            throw e;
        throw new FlopgateError(`fit: training on ${backend.name} failed: ${run_firstLine(e)}`);
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
    const built = await withSeededMathRandom(cfg.seed, () => buildModel(tf, spec, inputShapes, cfg.seed));
    if ('reason' in built)
        return skip(built.reason);
    const model = built.model;
    const owned = [];
    const optimizers = [];
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
        log(`fit ${data.dataset}: ${data.train.count} training and ${data.validation.count} validation samples, ` +
            `${cfg.epochs} epoch${cfg.epochs === 1 ? '' : 's'}, batch ${cfg.batch_size}, seed ${cfg.seed}, backend ${backend.name}`);
        const train = tensors(tf, data.train, shape, loss);
        const val = tensors(tf, data.validation, shape, loss);
        owned.push(train.x, train.y, val.x, val.y);
        if (clock.expired())
            return timedOut('before training');
        model.compile({ optimizer: optimizerOf(tf, optimizer, lr, optimizers), loss, metrics: ['accuracy'] });
        const work = {
            trainSamples: data.train.count,
            validationSamples: data.validation.count,
            epochs: cfg.epochs,
            batchSize: cfg.batch_size,
            ...(job.trainingFlops ? { trainingFlops: job.trainingFlops } : {}),
        };
        const order = seededRng(cfg.seed + 1);
        const batches = Math.ceil(data.train.count / cfg.batch_size);
        let trainSeconds = 0;
        let last = { accuracy: 0, loss: 0 };
        let stoppedAt;
        let refused;
        // Math.random stays seeded through training: tfjs draws Dropout masks from it.
        await withSeededMathRandom(cfg.seed + 2, async () => {
            for (let epoch = 1; epoch <= cfg.epochs; epoch++) {
                const t0 = job.now();
                // tfjs's own shuffle uses Math.random; the epoch's order comes from the seed instead.
                const idx = tf.tensor1d(permutation(data.train.count, order), 'int32');
                const xs = tf.gather(train.x, idx);
                const ys = tf.gather(train.y, idx);
                idx.dispose();
                let h;
                let first;
                let done = 0;
                try {
                    if (epoch === 1) {
                        // The estimate comes from the epoch's first steps, which stay trained.
                        first = await timeFirstSteps(model, xs, ys, work, job.now);
                        log(estimateLine(first.estimate, work, backend.name, job.timeout));
                        if (clock.elapsed() + first.estimate.seconds > job.timeout) {
                            refused = refusal(first.estimate, work, backend.name, job.timeout, clock.elapsed());
                            return;
                        }
                        clock.logged();
                        done = Math.ceil(first.samples / cfg.batch_size);
                    }
                    const onBatchEnd = async () => {
                        done++;
                        clock.batch({
                            epoch,
                            epochs: cfg.epochs,
                            done,
                            batches,
                            samples: Math.min(done * cfg.batch_size, data.train.count),
                            perEpoch: data.train.count,
                            epochStart: t0,
                            validationShare: data.validation.count / (3 * data.train.count),
                        });
                        // The one place a fit can stop: between batches. tfjs ends the epoch there.
                        if (done < batches && clock.expired()) {
                            stoppedAt = `in epoch ${epoch}/${cfg.epochs} after ${done} of ${batches} batches`;
                            model.stopTraining = true;
                        }
                    };
                    const from = first?.samples ?? 0;
                    if (from < data.train.count) {
                        const restX = from ? xs.slice(from) : xs;
                        const restY = from ? ys.slice(from) : ys;
                        try {
                            h = await model.fit(restX, restY, { epochs: 1, batchSize: cfg.batch_size, shuffle: false, verbose: 0, yieldEvery: 'never', callbacks: { onBatchEnd } });
                        }
                        finally {
                            if (restX !== xs)
                                restX.dispose();
                            if (restY !== ys)
                                restY.dispose();
                        }
                    }
                }
                finally {
                    xs.dispose();
                    ys.dispose();
                }
                const t1 = job.now();
                trainSeconds += (t1 - t0) / 1000;
                clock.addTrained(Math.min(done * cfg.batch_size, data.train.count), t1 - t0);
                if (stoppedAt)
                    return;
                last = await validate(tf, model, val.x, val.y, data.validation.labels, loss, 512, () => clock.expired());
                if (!last) {
                    stoppedAt = `while validating epoch ${epoch}/${cfg.epochs}`;
                    return;
                }
                const seconds = (job.now() - t0) / 1000;
                // tfjs's epoch means, weighted by the samples of the timed steps and of the rest.
                const firstN = first?.samples ?? 0;
                const restN = data.train.count - firstN;
                const mean = (a, b) => (firstN * a + (restN ? restN * b : 0)) / data.train.count;
                const trainLoss = mean(first?.loss ?? 0, Number(h?.history.loss?.[0]));
                const trainAcc = mean(first?.accuracy ?? 0, Number((h?.history.acc ?? h?.history.accuracy)?.[0]));
                log(`epoch ${epoch}/${cfg.epochs}: loss ${trainLoss.toFixed(4)}, accuracy ${trainAcc.toFixed(4)}, ` +
                    `val loss ${last.loss.toFixed(4)}, val accuracy ${last.accuracy.toFixed(4)}, ${seconds.toFixed(1)} s ` +
                    `(training ${((t1 - t0) / 1000).toFixed(1)} s, ${Math.round(data.train.count / ((t1 - t0) / 1000)).toLocaleString('en-US')} samples/s)`);
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
            seed: cfg.seed,
        };
    }
    finally {
        model.dispose();
        for (const o of optimizers)
            o.dispose();
        for (const t of owned)
            t.dispose();
    }
}
// For bench/fit-profile.mjs, which times kernels on the bundle's own TensorFlow.js.


var __webpack_exports__DEFAULT_TIMEOUT = __webpack_exports__.cS;
var __webpack_exports__runFit = __webpack_exports__.hw;
var __webpack_exports__selectBackend = __webpack_exports__.H_;
export { __webpack_exports__DEFAULT_TIMEOUT as DEFAULT_TIMEOUT, __webpack_exports__runFit as runFit, __webpack_exports__selectBackend as selectBackend };
