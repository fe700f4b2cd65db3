/** Where a command writes; the CLI passes the process streams, tests pass collectors. */
export interface CommandIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** The terminal's width when stdout is one: tables fit it. */
  columns?: number;
}
