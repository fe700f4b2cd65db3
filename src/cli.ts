#!/usr/bin/env node
import { FlopgateError } from './errors.js';
import type { CommandIO } from './commands/io.js';
// The bundle inlines it: the version printed is the one the build was made from.
import pkg from '../package.json' with { type: 'json' };

const USAGE = `flopgate: compute budgets for neural networks

  flopgate flops MODEL [--input-shape 28,28] [--dim NAME=N[,N...]] [--batch-size N] [--convention C] [--unknown error|warn] [--json]
  flopgate check [--budget PATH] [--base-ref REF] [--no-fit] [--json PATH|-] [--markdown PATH|-]
  flopgate --version

Conventions: notebook (default), macs, tf-profiler. Exit codes: 0 within budget, 1 over budget, 2 bad input.
`;

async function main(argv: string[]): Promise<number> {
  const io: CommandIO = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
  };
  const [cmd, ...rest] = argv;
  // Each command is loaded on demand: process start-up is most of a `flops` run's time, and
  // `check` brings the budget-file machinery (YAML, JSON Schema) that `flops` never needs.
  if (cmd === 'flops') return (await import('./commands/flops.js')).flopsCommand(rest, io);
  if (cmd === 'check') return (await import('./commands/check.js')).checkCommand(rest, io);
  if (cmd === '--version' || cmd === '-v' || cmd === 'version') {
    io.stdout(`flopgate ${pkg.version}\n`);
    return 0;
  }
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout(USAGE);
    return cmd === undefined ? 2 : 0;
  }
  throw new FlopgateError(`flopgate: unknown command "${cmd}" (expected flops or check)`);
}

// A reader that stops early (`flopgate flops m.onnx --json | head`) closes the pipe: that is
// the reader's choice, not a failure to report with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`error: cannot write the output: ${e.message}\n`);
  process.exit(2);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof FlopgateError) {
      process.stderr.write(`error: ${e.message}\n`);
      process.exitCode = e.exitCode;
    } else {
      // A bug of ours, not the user's input: still one line, but say where to report it.
      const msg = e instanceof Error ? e.message : String(e);
      process.stderr.write(`error: internal error: ${msg.split('\n')[0]} (please report this with the model file)\n`);
      process.exitCode = 2;
    }
  },
);
