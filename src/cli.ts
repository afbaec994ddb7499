// The `diplograph` command line (contract: ../shared/contract/CLI.md): parses argv with commander and maps every
// outcome to an exit status. Errors are printed once, here, as `error: <message>`; stacks only with DIPLOGRAPH_DEBUG=1.
import 'reflect-metadata';
import { CommanderError } from 'commander';
import { debugEnabled } from './config.js';
import { buildProgram } from './cli/program.js';
import { EXIT, processIo, type Io } from './cli/io.js';
import { isAppError } from './errors.js';

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return reportError(e, io);
  }
}

function reportError(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    // Commander has already printed its message (or the help / version that was asked for).
    return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr.write(`error: ${message}\n`);
  if (debugEnabled() && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
  if (isAppError(e) && (e.code === 'CONFIG' || e.code === 'BAD_USER_INPUT')) return EXIT.USAGE;
  return EXIT.FAILED;
}
