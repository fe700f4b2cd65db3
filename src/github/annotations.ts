import * as core from '@actions/core';
import path from 'node:path';
import type { CheckReport, ModelCheckResult } from '../check/types.js';
import { ConfigError } from '../config/errors.js';
import { describeCheck } from '../check/describe.js';

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  properties: core.AnnotationProperties;
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

const POSITIONED = /^(.+?):(\d+):(\d+): (.+)$/s;

function positioned(message: string): { file: string; line: number; column: number; rest: string } | undefined {
  const m = POSITIONED.exec(message);
  return m ? { file: m[1], line: Number(m[2]), column: Number(m[3]), rest: m[4] } : undefined;
}

function modelAnnotation(m: ModelCheckResult, root: string, workspace: string): Annotation | undefined {
  if (m.status === 'pass') return undefined;
  const error = m.error;
  // An unmeasurable model's error names the budget-file line at fault (its `path:`), which
  // is a better place for the annotation than the start of the entry.
  const at = error ? positioned(error) : undefined;
  let reasons: string;
  if (error) reasons = at ? at.rest : error;
  else {
    const hits = m.checks.filter((c) => c.status === m.status && c.actual !== null);
    reasons = hits.length ? hits.map(describeCheck).join('; ') : `status ${m.status}`;
  }
  return {
    level: m.status === 'fail' ? 'error' : 'warning',
    message: `${m.name}: ${reasons}`,
    properties: {
      file: workspacePath(at?.file ?? m.source.file, root, workspace),
      startLine: at?.line ?? m.source.line,
      startColumn: at?.column ?? m.source.column,
    },
  };
}

export function reportAnnotations(report: CheckReport, root: string, workspace: string): Annotation[] {
  return report.models.map((m) => modelAnnotation(m, root, workspace)).filter((a): a is Annotation => !!a);
}

const configAnnotation = (f: { file: string; line: number; column: number; message: string }, root: string, workspace: string): Annotation => ({
  level: 'error',
  message: f.message,
  properties: { file: workspacePath(f.file, root, workspace), startLine: f.line, startColumn: f.column },
});

/**
 * A configuration fault names `file:line:column:`; each becomes an annotation on its line
 * (a budget file with several faults gets all of them, not only the first the message names).
 */
export function faultAnnotations(err: unknown, root: string, workspace: string): Annotation[] {
  if (err instanceof ConfigError) return err.faults.map((f) => configAnnotation(f, root, workspace));
  const at = positioned(err instanceof Error ? err.message : String(err));
  return at ? [configAnnotation({ ...at, message: at.rest }, root, workspace)] : [];
}

export function emit(annotations: Annotation[]): void {
  for (const a of annotations) (a.level === 'error' ? core.error : core.warning)(a.message, a.properties);
}
