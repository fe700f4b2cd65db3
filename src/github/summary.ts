import type { ActionRuntime } from './runtime.js';

/**
 * The job summary carries the same report as the comment, so the verdict is readable even
 * where no comment can be posted (fork PRs, push events). Outside a runner there is no
 * summary file; that is not an error.
 */
export async function writeSummary(markdown: string, rt: Pick<ActionRuntime, 'env' | 'appendSummary' | 'debug' | 'warning'>): Promise<boolean> {
  if (!rt.env.GITHUB_STEP_SUMMARY) {
    rt.debug('flopgate: GITHUB_STEP_SUMMARY is not set; no job summary written.');
    return false;
  }
  try {
    await rt.appendSummary(markdown);
    return true;
  } catch (err) {
    rt.warning(`flopgate: could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}
