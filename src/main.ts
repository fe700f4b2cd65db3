import * as core from '@actions/core';
import { context } from '@actions/github';
import * as glob from '@actions/glob';
import { runCheck } from './check/run.js';
import { runAction } from './github/action.js';
import { createOctokit } from './github/octokit.js';

// The one place the Action meets the runner: @actions/core and @actions/github behind the
// runtime runAction takes (tests pass their own and run it in-process).
runAction({
  getInput: (name) => core.getInput(name),
  event: { name: context.eventName, payload: context.payload },
  repo: () => context.repo,
  env: process.env,
  cwd: process.cwd(),
  info: (line) => core.info(line),
  warning: (line) => core.warning(line),
  debug: (line) => core.debug(line),
  annotate: (a) => (a.level === 'error' ? core.error : core.warning)(a.message, a.properties),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: (message) => core.setFailed(message),
  group: (title, fn) => core.group(title, fn),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
  octokit: (token, warn) => createOctokit(token, warn),
  runCheck,
  findFiles: async (patterns) => (await glob.create(patterns, { followSymbolicLinks: false, matchDirectories: false })).glob(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug of ours, not the user's input: the user sees one line, never a stack; the stack
    // goes to the debug log for bug reports.
    const message = err instanceof Error ? err.message : String(err);
    core.setFailed(`flopgate: internal error: ${message.split('\n')[0]} (please report this)`);
    if (err instanceof Error && err.stack) core.debug(err.stack);
  },
);
