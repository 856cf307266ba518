/**
 * The command line: `check`, `scan`, `rules`, `explain`. `run(argv, io)` returns the exit code, so tests drive the
 * CLI in-process; only this folder decides exit codes.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError, InputError, UsageError } from '../core/errors.js';
import { registerCheck } from './check.js';
import { registerExplain } from './explain.js';
import { EXIT, processIO, type CliIO } from './io.js';
import { registerRules } from './rules.js';
import { registerSanitize } from './sanitize.js';
import { registerServe } from './serve.js';
import { registerScan } from './scan.js';
import { registerInit } from './init.js';
import { registerInstallHook } from './install-hook.js';
import { toolVersion } from './version.js';

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('clearpost')
    .description('Screen a social-media post (text and images) against police department social-media policies before it is published.')
    .version(toolVersion(), '-V, --version')
    .showHelpAfterError('(run clearpost --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  registerCheck(program, io, setExit);
  registerScan(program, io, setExit);
  registerSanitize(program, io, setExit);
  registerServe(program, io, setExit);
  registerRules(program, io, setExit);
  registerExplain(program, io, setExit);
  registerInstallHook(program, io, setExit);
  registerInit(program, io, setExit);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  return program;
}

/** Run the CLI; resolves to the exit code. `argv` excludes the node and script paths. */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code: number = EXIT.clean;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end with exit code 0; every other commander error is a usage error.
      return err.exitCode === 0 ? EXIT.clean : EXIT.error;
    }
    if (err instanceof ConfigError || err instanceof UsageError || err instanceof InputError) {
      io.stderr(`clearpost: ${err.message}\n`);
      return EXIT.error;
    }
    // A bug, not a user error: one line in CI logs; the stack only when asked for.
    const debug = !!process.env.CLEARPOST_DEBUG;
    io.stderr(
      `clearpost: internal error: ${debug ? ((err as Error).stack ?? err) : ((err as Error).message ?? err)}${debug ? '' : ' (set CLEARPOST_DEBUG=1 for details)'}\n`,
    );
    return EXIT.error;
  }
  return code;
}
