/**
 * Every hard limit (src/limits.ts) is in README.md's table with its value, and is crossed here
 * by one unit, through the built CLI: refused at once, one line naming the file and the limit.
 * A few are crossed where their reader is tested; the table names that test, and it must exist.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesText, LIMITS } from '../src/limits.js';
import { ensureBuilt } from './helpers/build-once.js';
import { expectRefused, runCli } from './helpers/contract.js';
import { cat, pb } from './helpers/onnx-writer.js';
import { ROOT } from './helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'flopgate-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => ensureBuilt(), 300_000);

function put(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, bytes);
  return p;
}

const budget = (name: string, text: string) => put(`${name}/flopgate.yml`, text);
const oneModel = (extra: string) => `version: 1\nmodels:\n  - name: a\n    layers: [{dense: {units: 1, input_shape: [2]}}]\n${extra}`;
const nested = (depth: number): object => (depth === 0 ? { class_name: 'Dense', config: { name: 'd', units: 1, batch_input_shape: [null, 2] } } : { class_name: 'Sequential', config: { name: `s${depth}`, layers: [nested(depth - 1)] } });

/** Each limit crossed: a run here, or the test (file and title) that crosses it. */
const CROSSED: Record<keyof typeof LIMITS, (() => void) | [string, string]> = {
  modelReadBytes: () => {
    // Five 15 MiB producer names: each field is within what one field may hold, the sum is not.
    const name = pb.str(2, 'p'.repeat(15 << 20));
    const p = put('read.onnx', cat(pb.int(1, 7), name, name, name, name, name));
    expectRefused(runCli(['flops', p]), new RegExp(`read\\.onnx: .*read more than ${bytesText(LIMITS.modelReadBytes)}$`));
  },
  jsonBytes: () => {
    const p = put('big.json', `{"layers": [{"dense": {"units": 1, "input_shape": [2]}}]}${' '.repeat(LIMITS.jsonBytes)}`);
    expectRefused(runCli(['flops', p]), /big\.json: \d+ bytes of JSON; flopgate reads at most 16 MiB of a JSON model file$/);
  },
  yamlBytes: () => {
    const p = put('big.yml', `layers:\n  - dense: {units: 1, input_shape: [2]}\n${'#'.repeat(LIMITS.yamlBytes)}\n`);
    expectRefused(runCli(['flops', p]), /big\.yml: \d+ bytes of YAML; flopgate reads at most 256 KiB of a YAML model file$/);
  },
  nestingDepth: () => {
    const d = LIMITS.nestingDepth + 1;
    expectRefused(runCli(['flops', put('deep.json', `{"layers": ${'['.repeat(d)}${']'.repeat(d)}}`)]), /deep\.json: JSON nests deeper than 256 levels; refusing it$/);
    expectRefused(runCli(['flops', put('deep.yml', `layers: ${'['.repeat(d)}${']'.repeat(d)}\n`)]), /deep\.yml:1:\d+: invalid YAML \(YAML nests deeper than 256 levels; refusing it\)$/);
  },
  modelNesting: () => {
    // The outer model is depth 0: modelNesting + 1 levels are still read, one more is not.
    expect(runCli(['flops', put('nested-ok.json', JSON.stringify(nested(LIMITS.modelNesting + 1)))]).status).toBe(0);
    expectRefused(runCli(['flops', put('nested.json', JSON.stringify(nested(LIMITS.modelNesting + 2)))]), /nested\.json: models nest deeper than 64 levels$/);
  },
  zipMembers: ['zip.test.ts', 'refuses a directory claiming more members than the limit before reading it'],
  zipDirectoryBytes: ['zip.test.ts', 'refuses a directory claiming more members than the limit before reading it'],
  layers: ['hostile.test.ts', 'an inline spec of 100,000 Dense layers is refused at once with the limit'],
  onnxNodes: ['hostile.test.ts', 'more nodes than the limit'],
  budgetBytes: () => {
    const p = budget('big-budget', oneModel(`${'#'.repeat(LIMITS.budgetBytes)}\n`));
    expectRefused(runCli(['check', '--budget', p, '--no-fit']), /flopgate\.yml: \d+ bytes is more than a budget file may hold \(1 MiB at most\)$/);
  },
  budgetModels: ['hostile.test.ts', 'more models than the limit: refused at once, one line'],
  dimension: () => {
    const over = String(LIMITS.dimension + 1);
    const p = put('dim.json', JSON.stringify({ layers: [{ dense: { units: 1 } }] }));
    expectRefused(runCli(['flops', p, '--input-shape', `2,${over}`]), /^error: --input-shape: "2,2147483649" is not a shape like 28,28/);
    expect(runCli(['flops', p, '--input-shape', String(LIMITS.dimension)]).status).toBe(0);
    const declared = put('dim-declared.json', JSON.stringify({ class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'd', units: 1, batch_input_shape: [null, LIMITS.dimension + 1] } }] } }));
    expectRefused(runCli(['flops', declared]), /dim-declared\.json: layer "d" declares batch_input_shape with dimension 1 = 2147483649;/);
    const b = budget('dim-budget', `version: 1\nmodels:\n  - name: a\n    input_shape: [${over}]\n    layers: [{dense: {units: 1}}]\n`);
    expectRefused(runCli(['check', '--budget', b, '--no-fit']), /flopgate\.yml:4:\d+: models\[0\]\.input_shape: must be a list of positive integers like \[28, 28\], or one such list per input$/);
  },
  batchSize: () => {
    const p = put('batch.json', JSON.stringify({ layers: [{ dense: { units: 1, input_shape: [2] } }] }));
    expectRefused(runCli(['flops', p, '--batch-size', String(LIMITS.batchSize + 1)]), /^error: --batch-size: "2147483649" is not a positive integer$/);
    expect(runCli(['flops', p, '--batch-size', String(LIMITS.batchSize)]).status).toBe(0);
    const b = budget('batch-budget', oneModel(`    batch_size: ${LIMITS.batchSize + 1}\n`));
    expectRefused(runCli(['check', '--budget', b, '--no-fit']), /flopgate\.yml:5:\d+: models\[0\]\.batch_size: must be <= 2147483648, got 2147483649$/);
  },
  budgetNumber: () => {
    const b = budget('number-budget', oneModel(`    budget: {flops: ${LIMITS.budgetNumber + 2}}\n`));
    const r = runCli(['check', '--budget', b, '--no-fit']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/models\[0\]\.budget\.flops: .*(beyond 2\^53|must be <= 9007199254740991)/);
  },
  faultsShown: ['hostile.test.ts', 'prints the first 20, then how many more, in linear time'],
};

describe('hard limits', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const rows = new Map([...readme.matchAll(/^\| (.+) \| (.+) \| `(\w+)` \|$/gm)].map((m) => [m[3]!, m[2]!]));

  it("README's table lists every limit with its value", () => {
    const shown = (k: string, v: number) =>
      k.endsWith('Bytes') ? bytesText(v) : v === 2 ** 31 ? '2^31' : v === 2 ** 53 - 1 ? '2^53 - 1' : v.toLocaleString('en-US');
    const want = Object.entries(LIMITS).map(([k, v]) => [k, shown(k, v)]);
    const got = Object.keys(LIMITS).map((k) => [k, rows.get(k)?.replace(/ levels$/, '')]);
    expect(got).toEqual(want);
    expect([...rows.keys()].sort()).toEqual(Object.keys(LIMITS).sort());
  });

  for (const [key, cross] of Object.entries(CROSSED)) {
    if (Array.isArray(cross)) {
      it(`${key}: crossed in ${cross[0]} ("${cross[1]}")`, () => {
        expect(readFileSync(join(ROOT, '__tests__', cross[0]), 'utf8')).toContain(cross[1]);
      });
    } else {
      it(`${key}: crossing it is refused at once, in one line`, cross, 120_000);
    }
  }
});
