import type { CheckOptions } from '../check/run.js';
import type { CheckReport } from '../check/types.js';
import type { Annotation } from './annotations.js';
import type { Octokit } from './octokit.js';

/** The runner's environment variables the Action reads. */
export interface ActionEnv {
  /** The checkout; `working-directory` is relative to it. */
  GITHUB_WORKSPACE?: string;
  /** Where the JSON report is written (per step and budget file). */
  RUNNER_TEMP?: string;
  /** Where downloaded fit datasets are kept between runs (self-hosted runners keep it). */
  RUNNER_TOOL_CACHE?: string;
  /** The job summary file; unset outside a runner. */
  GITHUB_STEP_SUMMARY?: string;
  /** These three make the workflow run's link in the comment. */
  GITHUB_SERVER_URL?: string;
  GITHUB_REPOSITORY?: string;
  GITHUB_RUN_ID?: string;
  /** The ref the run is for (refs/heads/main), when the event payload has none. */
  GITHUB_REF?: string;
  /** The step's id, which names its report file. */
  GITHUB_ACTION?: string;
}

/**
 * Everything the Action takes from the runner and does to it. src/main.ts builds the real one
 * from @actions/core and @actions/github; tests build their own and run the Action in-process.
 */
export interface ActionRuntime {
  /** Same contract as core.getInput: the trimmed value, '' when unset. */
  getInput(name: string): string;
  /** The event that started the workflow; the payload is read defensively. */
  event: { name: string; payload: unknown };
  /** The repository the workflow runs in; asked only when a comment is posted. */
  repo(): { owner: string; repo: string };
  env: ActionEnv;
  /** Where the step runs, when GITHUB_WORKSPACE is unset. */
  cwd: string;
  info(line: string): void;
  warning(line: string): void;
  debug(line: string): void;
  annotate(a: Annotation): void;
  setOutput(name: string, value: string): void;
  /** Marks the step failed with a one-line message. */
  setFailed(message: string): void;
  /** Folds what `fn` logs into a collapsible group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>;
  /** A GitHub API client for the token; `warn` hears about rate limits. */
  octokit(token: string, warn: (line: string) => void): Octokit;
  runCheck(opts: CheckOptions): Promise<CheckReport>;
  /** Files matching glob lines (absolute patterns, `!` excludes), as @actions/glob finds them; symlinks not followed. */
  findFiles(patterns: string): Promise<string[]>;
}
