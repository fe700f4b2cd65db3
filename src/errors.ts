/**
 * The one error type users see. Its message is a single line that names the file, line or
 * layer at fault; the entry points print it without a stack and exit with `exitCode`.
 */
export class FlopgateError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'FlopgateError';
    this.exitCode = exitCode;
  }
}

/** Prefix a fault with the file it came from, unless it already names it. */
export function inFile(file: string, err: unknown): FlopgateError {
  const msg = err instanceof Error ? err.message : String(err);
  if (msg.startsWith(`${file}:`)) return err instanceof FlopgateError ? err : new FlopgateError(msg);
  return new FlopgateError(`${file}: ${msg}`);
}

/**
 * A fault that is ours, not the file's: a reader or a rule met something it should have
 * handled. Still one line, naming the file, and saying it is a bug to report; tests and the
 * fuzzing harness look for it.
 */
export class InternalError extends FlopgateError {}

/**
 * The one policy at the reader boundary: a fault the readers or rules recognised (a
 * FlopgateError: bounds, truncation, a malformed structure) is the file's; anything else is
 * ours and says so.
 */
export function atReaderBoundary(file: string, err: unknown): FlopgateError {
  if (err instanceof FlopgateError) return inFile(file, err);
  const msg = err instanceof Error ? err.message : String(err);
  return new InternalError(`${file}: internal error while reading this model (${msg.split('\n')[0]}); please report it with the file`);
}
