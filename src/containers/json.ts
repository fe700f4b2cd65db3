import { FlopgateError } from '../errors.js';
import { LIMITS } from '../limits.js';

/** Deeper than any real model config; a guard against stack exhaustion in JSON.parse and walkers. */
export const MAX_JSON_DEPTH = LIMITS.nestingDepth;

/** Scans brackets outside strings; linear, no recursion. */
function checkDepth(text: string, label: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH) {
        throw new FlopgateError(`${label}: JSON nests deeper than ${MAX_JSON_DEPTH} levels; refusing it`);
      }
    } else if (c === 125 || c === 93) depth--;
  }
}

function lineCol(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return `${line}:${pos - before.lastIndexOf('\n')}`;
}

/** JSON.parse with a depth bound and an error that names file, line and column. */
export function parseJson(text: string, label: string): unknown {
  checkDepth(text, label);
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    const where = m ? `:${lineCol(text, Number(m[1]))}` : '';
    throw new FlopgateError(`${label}${where}: invalid JSON (${msg.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '')})`);
  }
}

export function decodeUtf8(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FlopgateError(`${label}: not valid UTF-8 text`);
  }
}
