/** `clearpost check [files...]`: screen one draft from files, `--text`, or standard input. */
import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { FileReport } from '../core/types.js';
import { exitCodeFor } from './exit.js';
import type { CliIO } from './io.js';
import { addScreenOptions } from './program.js';
import { emitReport, makeReport, openSession, screenFile, screenInlineText, type ScreenFlags } from './setup.js';

export function registerCheck(program: Command, io: CliIO, setExit: (code: number) => void): void {
  addScreenOptions(
    program
      .command('check')
      .description('screen one draft: from files, --text "...", or standard input')
      .argument('[files...]', 'draft files (text, Markdown or images)')
      .option('-t, --text <text>', 'the draft text itself'),
  ).action(async (files: string[], flags: ScreenFlags & { text?: string }) => {
    const session = openSession(flags, io);
    const reports: FileReport[] = [];
    if (flags.text !== undefined) reports.push(screenInlineText(session, '<text>', flags.text));
    for (const file of files) reports.push(screenFile(session, file, io));
    if (!reports.length) {
      const stdin = await io.readStdin();
      if (stdin === undefined) throw new UsageError('nothing to check: name draft files, pass --text "...", or pipe a draft on stdin');
      reports.push(screenInlineText(session, '<stdin>', stdin));
    }
    const report = makeReport(session, reports);
    emitReport(session, report, flags, io);
    setExit(exitCodeFor(report, session.failOn));
  });
}
