/**
 * Places in the budget file. Every message about a spot in it starts with `file:line:column: `
 * (what editors, problem matchers and the Action's annotations jump to), so the text is
 * written by one function and read back by its inverse.
 */

/** Where a value stands in the budget file (1-based line and column). */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** `file:line:column`. */
export function positionText(p: SourcePosition): string {
  return `${p.file}:${p.line}:${p.column}`;
}

/** `file:line:column: message`: a message about that spot. */
export function atPosition(p: SourcePosition, message: string): string {
  return `${positionText(p)}: ${message}`;
}

// The file part is matched lazily, so a path holding ':' still splits at the first
// `:line:column: ` that follows it.
const POSITIONED = /^(.+?):(\d+):(\d+): (.+)$/s;

/** The inverse of atPosition: the spot a message names and what it says there, or undefined. */
export function splitPosition(message: string): (SourcePosition & { message: string }) | undefined {
  const m = POSITIONED.exec(message);
  return m ? { file: m[1]!, line: Number(m[2]), column: Number(m[3]), message: m[4]! } : undefined;
}
