import * as core from '@actions/core';

/**
 * The job summary carries the same report as the comment, so the verdict is readable even
 * where no comment can be posted (fork PRs, push events). Outside a runner there is no
 * summary file; that is not an error.
 */
export async function writeSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('flopgate: GITHUB_STEP_SUMMARY is not set; no job summary written.');
    return false;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
    return true;
  } catch (err) {
    core.warning(`flopgate: could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}
