import { FlopgateError } from '../errors.js';
import { atPosition, type SourcePosition } from './position.js';

export interface ConfigFault extends SourcePosition {
  message: string;
}

export function formatFault(f: ConfigFault): string {
  return atPosition(f, f.message);
}

/**
 * Every fault found in a budget file at once, so one edit can fix them all. The message is
 * the first fault (one line, as every FlopgateError); `faults` has each, for the CLI to
 * print line by line and the Action to annotate.
 */
export class ConfigError extends FlopgateError {
  readonly faults: ConfigFault[];
  constructor(faults: ConfigFault[]) {
    const sorted = [...faults].sort((a, b) => a.line - b.line || a.column - b.column);
    const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more)` : '';
    super(`${formatFault(sorted[0]!)}${more}`, 2);
    this.faults = sorted;
  }
}
