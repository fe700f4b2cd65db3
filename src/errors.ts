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

/**
 * ` (did you mean "activation"?)` for a near miss among `known`, else ` (expected one of: ...)`;
 * '' when nothing is known. Budget-file keys and inline layer keys are corrected alike.
 */
export function didYouMean(key: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  let best: string | undefined;
  let bestD = Infinity;
  const want = key.toLowerCase();
  for (const p of known) {
    // Lengths further apart than any accepted distance cannot make a suggestion: skipping them
    // keeps a hostile file's 20,000 long keys from costing an edit distance each.
    if (Math.abs(p.length - want.length) > Math.max(1, Math.floor(p.length / 3))) continue;
    const d = editDistance(want, p.toLowerCase());
    if (d < bestD) [best, bestD] = [p, d];
  }
  if (best !== undefined && bestD <= Math.max(1, Math.floor(best.length / 3))) return ` (did you mean "${best}"?)`;
  return ` (expected one of: ${known.join(', ')})`;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
