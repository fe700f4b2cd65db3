import * as core from '@actions/core';
import { FlopgateError } from './errors.js';
import { runAction } from './github/action.js';

// The user sees one line, never a stack: the stack goes to the debug log for bug reports.
runAction().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  core.setFailed(message.split('\n')[0]);
  if (err instanceof Error && err.stack) core.debug(err.stack);
  if (err instanceof FlopgateError) process.exitCode = err.exitCode;
});
