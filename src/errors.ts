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
