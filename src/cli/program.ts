/**
 * The command line: `check`, `scan`, `rules`, `explain`. `run(argv, io)` returns the exit code, so tests drive the
 * CLI in-process; only this folder decides exit codes.
 */
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, InputError, UsageError } from '../core/errors.js';
import { registerCheck } from './check.js';
import { registerExplain } from './explain.js';
import { EXIT, processIO, type CliIO } from './io.js';
import { collect } from './options.js';
import { FORMATS } from './setup.js';
import { registerRules } from './rules.js';
import { registerSanitize } from './sanitize.js';
import { registerScan } from './scan.js';
import { registerInstallHook } from './install-hook.js';
import { toolVersion } from './version.js';

/** Options shared by `check` and `scan`. */
export function addScreenOptions(cmd: Command): Command {
  return cmd
    .option('-c, --config <file>', 'agency profile (default: .clearpost.yaml found upward from the working directory)')
    .addOption(new Option('--context <context>', 'account the post goes to (default: personal, or the config)').choices(['personal', 'official']))
    .option('-p, --policy <id|path>', 'policy pack id or YAML file; repeatable (default: every bundled pack)', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('stylish'))
    .option('--show-evidence', 'print the matched text instead of a masked form')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices(['error', 'warning', 'info', 'never']).default('error'))
    .option('--max-warnings <n>', 'exit 1 when there are more than this many warnings')
    .option('--no-color', 'no colours, even on a terminal')
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout')
    .option('--no-ocr', 'do not read text in images (faster)')
    .option('--no-faces', 'do not look for faces and vehicles in images (faster)')
    .option('--report-unused-disable-directives', 'report suppression comments that suppress nothing')
    .option('--concurrency <n>', 'posts screened at once: auto (the cores), off, or a number', 'auto');
}

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
  registerRules(program, io, setExit);
  registerExplain(program, io, setExit);
  registerInstallHook(program, io, setExit);
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
