import { readFile, stat } from 'node:fs/promises';
import type { CheckReport } from '../check/types.js';
import { FlopgateError } from '../errors.js';

/**
 * A check report read back from its JSON (`check --json`, a shard's report), with its counts
 * as the bigints they were: JSON.parse would turn them into Numbers and round any past 2^53.
 * Integers past 2^53 are taken out of the text as strings before parsing (a JSON string
 * literal is matched first, so digits inside a name are never touched), and the count fields
 * are then made bigints by their place in the report.
 */

/** A report of 10,000 models with their layers is tens of MB; past this it is not a report. */
const MAX_REPORT_BYTES = 1024 * 1024 * 1024;

// A whole integer literal: not the fraction or exponent of another number.
const TOKEN = /"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])-?\d{16,}(?![.eE\d])/g;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Count fields of a model, a layer, a base comparison, a layer change side. */
const MODEL_COUNTS = ['flops', 'macs', 'params', 'trainable_params', 'non_trainable_params', 'weights_bytes', 'activation_bytes', 'training_flops_estimate'];
const LAYER_COUNTS = ['macs', 'flops', 'params', 'trainable_params', 'weights_bytes', 'activation_bytes'];
const BASE_COUNTS = ['flops', 'params', 'delta'];
const RATIO_BUDGETS = new Set(['flops_increase', 'accuracy']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Set per parse: a random nonce, so a name in the report cannot pose as a marked integer. */
let MARK = '';

function big(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'string' && v.startsWith(MARK)) return BigInt(v.slice(MARK.length));
  return v;
}

function counts(o: unknown, keys: readonly string[]): void {
  if (!isObj(o)) return;
  for (const k of keys) if (k in o) o[k] = big(o[k]);
}

/** Marked integers anywhere else (none in a report flopgate wrote) become Numbers again. */
function unmark(v: unknown): unknown {
  if (typeof v === 'string' && v.startsWith(MARK)) return Number(v.slice(MARK.length));
  if (Array.isArray(v)) return v.map(unmark);
  if (isObj(v)) for (const k of Object.keys(v)) v[k] = unmark(v[k]);
  return v;
}

/** The report in `text` (named `file` in messages), counts as bigints. */
export function parseReport(text: string, file: string): CheckReport {
  const nonce = Math.random().toString(36).slice(2, 12);
  MARK = `\u0000bigint-${nonce}:`;
  const marked = text.replace(TOKEN, (t) => {
    if (t.startsWith('"')) return t;
    const n = BigInt(t);
    return n > SAFE || n < -SAFE ? `"\\u0000bigint-${nonce}:${t}"` : t;
  });
  let data: unknown;
  try {
    data = JSON.parse(marked);
  } catch (e) {
    throw new FlopgateError(`${file}: not JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!isObj(data) || data.version !== 1 || !Array.isArray(data.models) || typeof data.budget_file !== 'string') {
    throw new FlopgateError(`${file}: not a flopgate check report (expected version 1, budget_file and models)`);
  }
  for (const [i, m] of data.models.entries()) {
    if (!isObj(m) || typeof m.name !== 'string') throw new FlopgateError(`${file}: models[${i}] is not a model report`);
    counts(m, MODEL_COUNTS);
    if (isObj(m.weights_by_dtype)) counts(m.weights_by_dtype, Object.keys(m.weights_by_dtype));
    if (Array.isArray(m.layers)) for (const l of m.layers) if (isObj(l)) {
      counts(l, LAYER_COUNTS);
      if (isObj(l.ops)) counts(l.ops, Object.keys(l.ops));
    }
    counts(m.base, BASE_COUNTS);
    if (Array.isArray(m.checks)) for (const c of m.checks) if (isObj(c) && !RATIO_BUDGETS.has(String(c.budget))) counts(c, ['limit', 'actual']);
    if (Array.isArray(m.layers_diff)) for (const c of m.layers_diff) if (isObj(c)) {
      counts(c, ['flops_delta', 'params_delta']);
      counts(c.before, ['flops', 'params']);
      counts(c.after, ['flops', 'params']);
    }
  }
  return unmark(data) as CheckReport;
}

/** The report in a file; a missing, huge or malformed one is one line naming it. */
export async function readReport(path: string, label = path): Promise<CheckReport> {
  let text: string;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new FlopgateError(`${label}: not a file`);
    if (st.size > MAX_REPORT_BYTES) throw new FlopgateError(`${label}: ${st.size} bytes is too large for a report`);
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof FlopgateError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new FlopgateError(`${label}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${(e as Error).message})`}`);
  }
  return parseReport(text, label);
}
