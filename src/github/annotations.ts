import path from 'node:path';
import { LIMITS } from '../limits.js';
import { annotationText } from '../check/describe.js';
import type { CheckReport, ModelCheckResult } from '../check/types.js';
import { ConfigError } from '../config/errors.js';
import { splitPosition, type SourcePosition } from '../config/position.js';

/** Where GitHub places an annotation (the subset of @actions/core's AnnotationProperties flopgate sets). */
export interface AnnotationProperties {
  file: string;
  startLine: number;
  startColumn: number;
}

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  properties: AnnotationProperties;
}

// No annotation title: GitHub prints properties in a fixed order with the title first, and the
// `::error file=…,line=…` form is what log readers and problem matchers look for. The message
// starts with the model's name instead.

/**
 * The annotation path must be relative to the workspace root for GitHub to place it on the
 * file, while the report names the budget file relative to the working directory.
 */
export function workspacePath(file: string, root: string, workspace: string): string {
  const rel = path.relative(workspace, path.resolve(root, file));
  return rel.split(path.sep).join('/');
}

const at = (p: SourcePosition, root: string, workspace: string): AnnotationProperties => ({
  file: workspacePath(p.file, root, workspace),
  startLine: p.line,
  startColumn: p.column,
});

function modelAnnotation(m: ModelCheckResult, root: string, workspace: string): Annotation | undefined {
  if (m.status === 'pass') return undefined;
  // An unmeasurable model's error names the budget-file line at fault (its `path:`), which
  // is a better place for the annotation than the start of the entry.
  const place = (m.error !== undefined ? splitPosition(m.error) : undefined) ?? m.source;
  return {
    level: m.status === 'fail' ? 'error' : 'warning',
    message: `${m.name}: ${annotationText(m)}`,
    properties: at(place, root, workspace),
  };
}

export function reportAnnotations(report: CheckReport, root: string, workspace: string): Annotation[] {
  return report.models.map((m) => modelAnnotation(m, root, workspace)).filter((a): a is Annotation => !!a);
}

/**
 * A configuration fault names `file:line:column:`; each becomes an annotation on its line
 * (a budget file with several faults gets all of them, not only the first the message names).
 */
export function faultAnnotations(err: unknown, root: string, workspace: string): Annotation[] {
  // A hostile file may hold thousands of faults; the log gets as many as a terminal shows.
  const faults = err instanceof ConfigError ? err.faults.slice(0, LIMITS.faultsShown) : [splitPosition(err instanceof Error ? err.message : String(err))];
  return faults.filter((f) => f !== undefined).map((f) => ({ level: 'error', message: f.message, properties: at(f, root, workspace) }));
}
