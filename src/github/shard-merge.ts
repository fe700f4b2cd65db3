import path from 'node:path';
import type { CheckReport } from '../check/types.js';
import { FlopgateError } from '../errors.js';
import { mergeReports } from '../shard/merge.js';
import { readReport } from '../shard/read-report.js';
import type { ActionRuntime } from './runtime.js';

/**
 * The `merge` input's reports (downloaded by actions/download-artifact) as one report. The
 * glob's lines are relative to the workspace, as the workflow's other paths are; `!` lines
 * exclude.
 */
export async function mergedReport(pattern: string, workspace: string, rt: Pick<ActionRuntime, 'info' | 'findFiles'>): Promise<CheckReport> {
  const lines = pattern
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (l.startsWith('!') ? `!${path.resolve(workspace, l.slice(1))}` : path.resolve(workspace, l)));
  const files = (await rt.findFiles(lines.join('\n'))).sort();
  if (files.length === 0) throw new FlopgateError(`Input 'merge': no file matches '${pattern}' (relative to the workspace); did the shards' artifacts download there?`);
  rt.info(`flopgate: merging ${files.length} shard report(s): ${files.map((f) => path.relative(workspace, f)).join(', ')}`);
  const inputs = [];
  for (const f of files) {
    const file = path.relative(workspace, f);
    inputs.push({ file, report: await readReport(f, file) });
  }
  return mergeReports(inputs);
}

/** What a shard's job says: what it measured, and that the verdict is the merging job's. */
export function shardDone(rt: Pick<ActionRuntime, 'info'>, report: CheckReport, file: string): number {
  const s = report.shard!;
  rt.info(
    `flopgate: shard ${s.index}/${s.total}: ${report.models.length} of ${s.model_count} models measured (${report.status}); report at ${file}. ` +
      'Upload it with actions/upload-artifact; the job with `merge:` posts the comment and gives the verdict.',
  );
  return 0;
}
