/** `clearpost check [files...]`: screen one draft (and the images it links) from files, `--text`, or standard input. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError, UsageError } from '../core/errors.js';
import type { ReadBytes } from '../core/scan.js';
import type { FileReport, NotScreened } from '../core/types.js';
import { discover } from '../inputs/discover.js';
import { inlineDraftPost } from '../inputs/posts.js';
import { decodeText, MAX_TEXT_BYTES } from '../inputs/text.js';
import { exitCodeFor, maxWarningsNote, withOutcome } from './exit.js';
import type { CliIO } from './io.js';
import { addScreenOptions } from './options.js';
import { emitReport, guardOutput, isFolder, linksNotFollowed, makeReport, openSession, postsOf, screenPosts, workingTreeReader, type ScreenFlags, type Session } from './setup.js';

/**
 * Screen a draft that did not come from a file (`--text`, standard input) as a draft file is screened: standard input's
 * bytes decoded by the same function (UTF-16 with or without a byte order mark, Windows-1252; binary refused with one
 * line, exit 2). Empty text is a wiring mistake, never a clean post.
 */
async function screenInline(session: Session, label: '<text>' | '<stdin>', input: Buffer | string, read: ReadBytes): Promise<FileReport> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (label === '<stdin>' && bytes.length > MAX_TEXT_BYTES) {
    const limit = `${MAX_TEXT_BYTES / 1048576} MiB`;
    return { path: label, findings: [], error: `standard input is over the ${limit} limit for a text draft (a post is short): stopped reading it, nothing screened` };
  }
  let text: string;
  try {
    text = decodeText(bytes, label).text;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const binary = err.reason.startsWith('binary file');
    return { path: label, findings: [], error: binary ? 'binary data, not a text draft: nothing screened' : err.reason };
  }
  if (!text.trim()) {
    throw new UsageError(label === '<text>' ? '--text is empty: nothing to check' : 'standard input was empty: nothing to check');
  }
  // read as a Markdown draft file is: front matter (context, account, images) and image links
  const post = inlineDraftPost(label, text, {
    cwd: session.io.cwd,
    ...(session.siteRoot !== undefined ? { siteRoot: session.siteRoot } : {}),
    officialAccounts: session.config.profile.agency.official_accounts,
  });
  const [report] = await screenPosts(session, [post], { read: (path) => (path === label ? bytes : read(path)) });
  return report!;
}

/** Named folders become the drafts and images in them (as `scan` reads a folder bundle); files stay as named. */
function expandFolders(named: string[], cwd: string): { files: string[]; errors: FileReport[]; skipped: NotScreened[] } {
  const folders = named.filter((f) => isFolder(resolve(cwd, f)));
  const found = discover(folders, { cwd, reportEmptyFolders: true });
  return {
    files: [...named.filter((f) => !folders.includes(f)), ...found.files],
    errors: found.errors.map((e) => ({ path: e.path, findings: [], error: e.error })),
    skipped: linksNotFollowed(found.symlinks),
  };
}

export function registerCheck(program: Command, io: CliIO, setExit: (code: number) => void): void {
  addScreenOptions(
    program
      .command('check')
      .description('screen one draft: from files, --text "...", or standard input')
      .argument('[files...]', 'the draft (text or Markdown, with the images it links), images, or a folder holding one post')
      .option('-t, --text <text>', 'the draft text itself'),
  ).action(async (files: string[], flags: ScreenFlags & { text?: string }) => {
    const session = openSession(flags, io);
    const reports: FileReport[] = [];
    const read = workingTreeReader(io.cwd, session.maxFileSize);
    if (flags.text !== undefined) reports.push(await screenInline(session, '<text>', flags.text, read));
    // `-` stands for standard input, as in most command-line tools.
    const fromStdin = files.includes('-');
    const named = expandFolders(
      files.filter((f) => f !== '-'),
      io.cwd,
    );
    const posts = postsOf(named.files, read, io.cwd, undefined, session.siteRoot, session.config.profile.agency.official_accounts);
    guardOutput(session, posts);
    reports.push(...named.errors, ...(await screenPosts(session, posts, { read })));
    if (fromStdin) {
      const stdin = await io.readStdin(MAX_TEXT_BYTES);
      if (stdin === undefined) throw new UsageError('check -: standard input is a terminal; pipe a draft into it');
      reports.push(await screenInline(session, '<stdin>', stdin, read));
    } else if (!reports.length) {
      const stdin = await io.readStdin(MAX_TEXT_BYTES);
      if (stdin === undefined) throw new UsageError('nothing to check: name draft files, pass --text "...", or pipe a draft on stdin');
      reports.push(await screenInline(session, '<stdin>', stdin, read));
    }
    const report = withOutcome(makeReport(session, reports, [], named.skipped.length ? { skipped: named.skipped } : {}), session.failOn, session.maxWarnings);
    await emitReport(session, report, posts);
    const tooMany = maxWarningsNote(report, session.failOn, session.maxWarnings);
    if (tooMany) io.stderr(tooMany);
    setExit(exitCodeFor(report, session.failOn, session.maxWarnings));
  });
}
