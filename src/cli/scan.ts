/** `clearpost scan <paths...>`: screen every draft and image under the paths, recursively. */
import type { Command } from 'commander';
import type { FileReport } from '../core/types.js';
import { discover } from '../inputs/discover.js';
import { exitCodeFor } from './exit.js';
import type { CliIO } from './io.js';
import { addScreenOptions } from './program.js';
import { emitReport, makeReport, openSession, screenFile, type ScreenFlags } from './setup.js';

export function registerScan(program: Command, io: CliIO, setExit: (code: number) => void): void {
  addScreenOptions(
    program
      .command('scan')
      .description('screen every .txt/.md draft and image under the paths, recursively')
      .argument('<paths...>', 'files or folders'),
  ).action(async (paths: string[], flags: ScreenFlags) => {
    const session = openSession(flags, io);
    const found = discover(paths, { cwd: io.cwd });
    const reports: FileReport[] = found.errors.map((e) => ({ path: e.path, findings: [], error: e.error }));
    for (const file of found.files) reports.push(screenFile(session, file, io));
    const report = makeReport(session, reports);
    emitReport(session, report, flags, io);
    setExit(exitCodeFor(report, session.failOn));
  });
}
