import * as core from '@actions/core';
import path from 'node:path';
import type { BudgetCheck, CheckReport, ModelCheckResult } from '../check/types.js';
import { accuracy, grouped as int, signedPercent as pct } from '../report/format.js';

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  properties: core.AnnotationProperties;
}

function describe(c: BudgetCheck): string {
  const a = c.actual ?? NaN;
  switch (c.budget) {
    case 'flops':
      return `FLOPs ${int(a)} exceed the budget of ${int(c.limit)}`;
    case 'flops_warn':
      return `FLOPs ${int(a)} exceed the warning threshold of ${int(c.limit)}`;
    case 'params':
      return `params ${int(a)} exceed the budget of ${int(c.limit)}`;
    case 'flops_increase':
      return `FLOPs changed by ${pct(a)} against base, above the allowed ${pct(c.limit)}`;
    case 'accuracy':
      return `accuracy ${accuracy(a)} is below the minimum of ${accuracy(c.limit)}`;
  }
}

/**
 * The annotation path must be relative to the workspace root for GitHub to place it on the
 * file, while the report names the budget file relative to the working directory.
 */
export function workspacePath(file: string, root: string, workspace: string): string {
  const rel = path.relative(workspace, path.resolve(root, file));
  return rel.split(path.sep).join('/');
}

function modelAnnotation(m: ModelCheckResult, root: string, workspace: string): Annotation | undefined {
  if (m.status === 'pass') return undefined;
  const hits = m.checks.filter((c) => c.status === m.status && c.actual !== null);
  const reasons = hits.length ? hits.map(describe).join('; ') : `status ${m.status}`;
  return {
    level: m.status === 'fail' ? 'error' : 'warning',
    message: `${m.name}: ${reasons}`,
    properties: {
      title: `flopgate: ${m.name}`,
      file: workspacePath(m.source.file, root, workspace),
      startLine: m.source.line,
      startColumn: m.source.column,
    },
  };
}

export function reportAnnotations(report: CheckReport, root: string, workspace: string): Annotation[] {
  return report.models.map((m) => modelAnnotation(m, root, workspace)).filter((a): a is Annotation => !!a);
}

const POSITIONED = /^(.+?):(\d+):(\d+): (.+)$/s;

/** A configuration fault names `file:line:column:`; that becomes an annotation on the line. */
export function faultAnnotation(message: string, root: string, workspace: string): Annotation | undefined {
  const m = POSITIONED.exec(message);
  if (!m) return undefined;
  return {
    level: 'error',
    message: m[4],
    properties: {
      title: 'flopgate: configuration',
      file: workspacePath(m[1], root, workspace),
      startLine: Number(m[2]),
      startColumn: Number(m[3]),
    },
  };
}

export function emit(annotations: Annotation[]): void {
  for (const a of annotations) (a.level === 'error' ? core.error : core.warning)(a.message, a.properties);
}
