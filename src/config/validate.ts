import { Ajv, type ErrorObject } from 'ajv';
import schema from '../../schema/flopgate.schema.json' with { type: 'json' };
import { didYouMean } from '../errors.js';
import type { ConfigFault } from './errors.js';
import type { LocatedYaml } from './yaml.js';

// `errorMessage` is the annotation VS Code's YAML and JSON services show instead of the
// generic text; ajv only needs to know it is a keyword. Compiled once per process.
let compiled: ReturnType<Ajv['compile']> | undefined;
function validator(): ReturnType<Ajv['compile']> {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, verbose: true });
    ajv.addVocabulary(['errorMessage']);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** JSON Schema faults of a parsed budget file, each at the line of the value at fault. */
export function schemaFaults(y: LocatedYaml): ConfigFault[] {
  const validate = validator();
  if (validate(y.data)) return [];
  return toFaults(validate.errors ?? [], y);
}

/** Past this many unknown keys in one file, none gets a did-you-mean. */
const SUGGESTED_KEYS = 1_000;

export function toFaults(errors: ErrorObject[], y: LocatedYaml): ConfigFault[] {
  // anyOf/oneOf report every failed branch and then themselves; the branches say nothing a
  // user can act on ("must be number", "must be string"), so keep the summary only. The
  // alternatives are indexed by the value they judge: an error looks only at its own value's
  // and its ancestors', so thousands of faulty models cost linear time, not quadratic.
  const alternatives = new Map<string, ErrorObject[]>();
  for (const a of errors) {
    if (a.keyword !== 'anyOf' && a.keyword !== 'oneOf') continue;
    const list = alternatives.get(a.instancePath);
    if (list) list.push(a);
    else alternatives.set(a.instancePath, [a]);
  }
  const isBranch = (e: ErrorObject) => {
    for (let p = e.instancePath; ; p = p.slice(0, p.lastIndexOf('/'))) {
      for (const a of alternatives.get(p) ?? []) if (a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`)) return true;
      if (p === '') return false;
    }
  };
  // A did-you-mean is for a typo; thousands of unknown keys are not typos, and comparing each
  // with every known key took a hostile 1 MiB budget file half a second.
  let unknownKeys = 0;
  for (const e of errors) if (e.keyword === 'additionalProperties') unknownKeys++;
  const hints = unknownKeys <= SUGGESTED_KEYS;
  const out: ConfigFault[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (isBranch(e)) continue;
    const path = pointerSegments(e.instancePath);
    let pos;
    let message: string;
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      pos = y.at([...path, key], { key: true });
      message = `${where([...path, key])}: unknown key "${key}"${hints ? suggest(key, e.parentSchema) : ''}`;
    } else {
      pos = y.at(path);
      message = `${where(path)}: ${describe(e)}`;
    }
    const text = `${pos.line}:${pos.column}:${message}`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ ...pos, message });
  }
  return out;
}

function describe(e: ErrorObject): string {
  const custom = (e.parentSchema as { errorMessage?: string } | undefined)?.errorMessage;
  const p = e.params as Record<string, unknown>;
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
      return `${show(e.data)} is not one of: ${(p.allowedValues as unknown[]).map((v) => String(v)).join(', ')}`;
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

function article(type: string): string {
  const named: Record<string, string> = {
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
export function show(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** `models[1].budget.flops`, as a person would name the spot. */
export function where(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the file';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number' || /^\d+$/.test(seg)) out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

function pointerSegments(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** A typo gets "did you mean", anything else the list of keys that exist there. */
function suggest(key: string, parentSchema: unknown): string {
  return didYouMean(key, Object.keys((parentSchema as { properties?: object } | undefined)?.properties ?? {}));
}
