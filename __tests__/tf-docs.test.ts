import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPS } from '../src/core/counts.js';
import { TF_RULES } from '../src/tf/ops/index.js';
import { RULES } from '../src/tflite/ops/index.js';

const doc = readFileSync(new URL('../docs/tf-formats.md', import.meta.url), 'utf8');

/** The ops named in the first cell of each table row under `heading`, and the primitives of the last cell. */
function table(heading: string): { ops: string[]; primitives: string[] } {
  const section = doc.split(/\n## /).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`no section "${heading}"`);
  const ops: string[] = [];
  const primitives: string[] = [];
  for (const line of section.split('\n')) {
    const cells = /^\| (.+) \| (.+) \| (.+) \|$/.exec(line);
    if (!cells || cells[1] === 'op') continue;
    ops.push(...[...cells[1].matchAll(/`([A-Za-z0-9_]+)`/g)].map((m) => m[1]));
    primitives.push(...[...cells[3].matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));
  }
  return { ops, primitives };
}

describe('docs/tf-formats.md', () => {
  it('lists every TFLite builtin with an adapter, and only those', () => {
    expect(table('TFLite builtins').ops.sort()).toEqual(Object.keys(RULES).sort());
  });

  it('lists every TF op with an adapter, and only those', () => {
    expect(table('TF ops').ops.sort()).toEqual(Object.keys(TF_RULES).sort());
  });

  it('counts in the op vocabulary', () => {
    for (const h of ['TFLite builtins', 'TF ops']) for (const p of table(h).primitives) expect(Object.keys(OPS), `${h}: ${p}`).toContain(p);
  });
});
