#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ atReaderBoundary),
/* harmony export */   N9: () => (/* binding */ FlopgateError),
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports inFile, InternalError */
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
class InternalError extends FlopgateError {
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli.ts

// The bundle inlines it: the version printed is the one the build was made from.

const USAGE = `flopgate: compute budgets for neural networks

  flopgate flops MODEL [--input-shape 28,28] [--dim NAME=N[,N...]] [--batch-size N] [--convention C] [--unknown error|warn] [--json]
  flopgate check [--budget PATH] [--base-ref REF] [--no-fit] [--fit-workers N] [--shard I/N]
                 [--history PATH] [--json PATH|-] [--markdown PATH|-]
  flopgate merge REPORT... [--json PATH|-] [--markdown PATH|-] [--history PATH]
  flopgate --version

Conventions: notebook (default), macs, tf-profiler. Exit codes: 0 within budget, 1 over budget, 2 bad input.
`;
async function main(argv) {
    const io = {
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        cwd: process.cwd(),
        columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    };
    const [cmd, ...rest] = argv;
    // Each command is loaded on demand: process start-up is most of a `flops` run's time, and
    // `check` brings the budget-file machinery (YAML, JSON Schema) that `flops` never needs.
    if (cmd === 'flops')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(21), __nccwpck_require__.e(823)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9823))).flopsCommand(rest, io);
    if (cmd === 'check')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(481), __nccwpck_require__.e(247), __nccwpck_require__.e(954), __nccwpck_require__.e(21), __nccwpck_require__.e(853)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8853))).checkCommand(rest, io);
    if (cmd === 'merge')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(954), __nccwpck_require__.e(842)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4842))).mergeCommand(rest, io);
    if (cmd === '--version' || cmd === '-v' || cmd === 'version') {
        io.stdout(`flopgate ${package_namespaceObject.rE}\n`);
        return 0;
    }
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
        io.stdout(USAGE);
        return cmd === undefined ? 2 : 0;
    }
    throw new errors/* FlopgateError */.N9(`flopgate: unknown command "${cmd}" (expected flops, check or merge)`);
}
// A reader that stops early (`flopgate flops m.onnx --json | head`) closes the pipe: that is
// the reader's choice, not a failure to report with a stack trace.
process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    process.stderr.write(`error: cannot write the output: ${e.message}\n`);
    process.exit(2);
});
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (e) => {
    if (e instanceof errors/* FlopgateError */.N9) {
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

