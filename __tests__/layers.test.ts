/**
 * Dependencies point one way (DESIGN.md, "Architecture"): entry points -> github/commands ->
 * the check's renderers -> the gate (check) -> config -> analyze/fit -> format adapters ->
 * the model report -> the op core -> errors and git. This reads every import in src/ (static,
 * type-only, re-exports and literal dynamic imports) and fails on any that points up or
 * sideways, naming the file and the rule it breaks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Unit {
  name: string;
  /** Files (`src/x.ts`) or directories (`src/x/`), relative to the repository. */
  paths: string[];
}

/**
 * Top to bottom. A module may import its own unit and any unit of a lower layer; units that
 * share a layer are siblings and may not import each other. Every file in src/ must belong to
 * a unit: a new directory gets its place here, deliberately.
 */
export const LAYERS: Unit[][] = [
  [{ name: 'entry points', paths: ['src/main.ts', 'src/cli.ts'] }],
  [
    { name: 'github (the Action)', paths: ['src/github/'] },
    { name: 'commands (the CLI)', paths: ['src/commands/'] },
  ],
  // They lay out what check/describe.ts says about a check result, so they sit above the
  // gate; the rest of src/report/ (the model report's types, formatting, JSON) is at the bottom.
  [
    { name: 'check renderers', paths: ['src/report/markdown.ts', 'src/report/terminal-check.ts'] },
    // Shard reports read back and merged, and the history of runs: both take check results.
    { name: 'shard reports (merge)', paths: ['src/shard/'] },
    { name: 'history', paths: ['src/history/'] },
  ],
  [{ name: 'gate (check)', paths: ['src/check/'] }],
  [{ name: 'config (budget file)', paths: ['src/config/'] }],
  [
    { name: 'analyze', paths: ['src/analyze.ts'] },
    { name: 'fit', paths: ['src/fit/'] },
  ],
  [{ name: 'adapters (formats and readers)', paths: ['src/keras/', 'src/onnx/', 'src/tflite/', 'src/tf/', 'src/formats/', 'src/containers/', 'src/io/'] }],
  [{ name: 'model report', paths: ['src/report/', 'src/options.ts'] }],
  [{ name: 'op core', paths: ['src/core/'] }],
  [{ name: 'shared (errors, git, limits)', paths: ['src/errors.ts', 'src/git.ts', 'src/limits.ts'] }],
];

/** Pure logic never imports @actions/*: the Action's runtime is built in main.ts and injected. */
const ACTIONS_ALLOWED = ['src/main.ts', 'src/github/octokit.ts'];

interface Placed {
  unit: Unit;
  layer: number;
}

/** The most specific unit path that holds `file` (so src/report/markdown.ts is a renderer, not the model report). */
export function placeOf(file: string, layers: Unit[][] = LAYERS): Placed | undefined {
  let best: (Placed & { length: number }) | undefined;
  layers.forEach((units, layer) => {
    for (const unit of units) {
      for (const p of unit.paths) {
        const hit = p.endsWith('/') ? file.startsWith(p) : file === p;
        if (hit && (!best || p.length > best.length)) best = { unit, layer, length: p.length };
      }
    }
  });
  return best && { unit: best.unit, layer: best.layer };
}

export interface Edge {
  from: string;
  to: string;
}

/** What is wrong with one import, or undefined when it points down or stays in its unit. */
export function violation(edge: Edge, layers: Unit[][] = LAYERS): string | undefined {
  const a = placeOf(edge.from, layers);
  const b = placeOf(edge.to, layers);
  if (!a) return `${edge.from} belongs to no layer: give it a place in LAYERS`;
  if (!b) return `${edge.to} (imported by ${edge.from}) belongs to no layer: give it a place in LAYERS`;
  if (a.unit === b.unit || b.layer > a.layer) return undefined;
  if (b.layer === a.layer) return `${edge.from} imports ${edge.to}: ${a.unit.name} and ${b.unit.name} are siblings and must not depend on each other`;
  return `${edge.from} imports ${edge.to}: ${a.unit.name} is below ${b.unit.name}, so the import points up`;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

/** Every import specifier of a file, static or dynamic, type-only or not. */
function specifiers(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const FILES = sourceFiles('src');

/** Imports between files of src/ (a `.js` specifier names the `.ts` source). */
function edges(): Edge[] {
  return FILES.flatMap((from) =>
    specifiers(from)
      .filter((s) => s.startsWith('.'))
      .map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(from), s)).replace(/\.js$/, '.ts'))
      .filter((to) => to.startsWith('src/') && to.endsWith('.ts'))
      .map((to) => ({ from, to })),
  );
}

describe('import direction', () => {
  it('reads the imports it judges', () => {
    // A parser that found nothing would pass every rule; these edges exist today.
    const all = edges();
    expect(FILES.length).toBeGreaterThan(50);
    expect(all).toContainEqual({ from: 'src/check/run.ts', to: 'src/config/load.ts' });
    expect(all).toContainEqual({ from: 'src/cli.ts', to: 'src/commands/check.ts' }); // a dynamic import
    expect(all).toContainEqual({ from: 'src/check/types.ts', to: 'src/config/position.ts' }); // type-only
  });

  it('every file of src/ has a layer', () => {
    expect(FILES.filter((f) => !placeOf(f))).toEqual([]);
  });

  it('every import in src/ points down its layers', () => {
    expect(edges().map((e) => violation(e)).filter(Boolean)).toEqual([]);
  });

  it('only the entry point and the API client import @actions/*', () => {
    const users = FILES.filter((f) => specifiers(f).some((s) => s.startsWith('@actions/')));
    expect(users.filter((f) => !ACTIONS_ALLOWED.includes(f))).toEqual([]);
    expect(users).toContain('src/main.ts');
  });

  it('the rule itself catches a back edge, a sibling edge and a file without a layer', () => {
    expect(violation({ from: 'src/config/types.ts', to: 'src/check/types.ts' })).toBe(
      'src/config/types.ts imports src/check/types.ts: config (budget file) is below gate (check), so the import points up',
    );
    expect(violation({ from: 'src/report/format.ts', to: 'src/check/describe.ts' })).toMatch(/model report is below gate \(check\)/);
    expect(violation({ from: 'src/check/run.ts', to: 'src/report/markdown.ts' })).toMatch(/gate \(check\) is below check renderers/);
    expect(violation({ from: 'src/github/action.ts', to: 'src/commands/check.ts' })).toMatch(/are siblings/);
    expect(violation({ from: 'src/fit/run.ts', to: 'src/analyze.ts' })).toMatch(/are siblings/);
    expect(violation({ from: 'src/newformat/read.ts', to: 'src/core/op.ts' })).toMatch(/src\/newformat\/read\.ts belongs to no layer/);
    expect(violation({ from: 'src/report/markdown.ts', to: 'src/check/describe.ts' })).toBeUndefined();
    expect(violation({ from: 'src/check/run.ts', to: 'src/check/types.ts' })).toBeUndefined();
    expect(violation({ from: 'src/main.ts', to: 'src/git.ts' })).toBeUndefined();
  });
});
