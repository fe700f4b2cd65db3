import { ConfigError, formatFault } from '../config/errors.js';
import type { FlopgateError } from '../errors.js';

const MAX_LINES = 50;
const MAX_LINE = 500;

/**
 * The comment and summary for a check that could not run (a broken budget file): the faults
 * in a code block, where nothing from the file can render as Markdown or HTML. A comment
 * that showed an earlier verdict would otherwise go on claiming it.
 */
export function faultMarkdown(marker: string, err: FlopgateError, runUrl?: string): string {
  const all = err instanceof ConfigError ? err.faults.map(formatFault) : [err.message];
  const lines = all.slice(0, MAX_LINES).map((l) => (l.length > MAX_LINE ? `${l.slice(0, MAX_LINE - 1)}…` : l));
  if (all.length > lines.length) lines.push(`… and ${all.length - lines.length} more`);
  const text = lines.join('\n');
  // A fence longer than any run of backticks in the text cannot be closed by it.
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const run = runUrl?.startsWith('https://') ? ` · [workflow run](${runUrl})` : '';
  return [
    marker,
    '### ❌ flopgate: the budget check could not run',
    '',
    `${fence}text`,
    text,
    fence,
    '',
    `<sub>Fix the budget file (the check's annotations point at each line) and push again${run}</sub>`,
    '',
  ].join('\n');
}
