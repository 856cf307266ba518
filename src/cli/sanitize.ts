/**
 * `clearpost sanitize <paths...> --out <dir>`: write cleaned copies of drafts and images under --out (never next to
 * or over the inputs), then screen the copies and report what is still there, with the exit codes of `scan`.
 */
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import { describeErrno, UsageError } from '../core/errors.js';
import { makeFolders } from '../core/folders.js';
import { mapLimit } from '../core/scan.js';
import type { CarriedSuppression, RedactStyle, SanitizedFile } from '../core/sanitize.js';
import { Screener } from '../core/screen.js';
import type { FileReport } from '../core/types.js';
import { discover } from '../inputs/discover.js';
import { exitCodeFor, maxWarningsNote, withOutcome } from './exit.js';
import type { CliIO } from './io.js';
import { addScreenOptions } from './options.js';
import { emitReport, errorsOnly, guardOutput, imageScreenerOptions, linksNotFollowed, makeReport, NAME_TITLES, openSession, postsOf, screenPosts, workingTreeReader, type ScreenFlags } from './setup.js';

interface SanitizeFlags extends ScreenFlags {
  out: string;
  keepFaces?: boolean;
  redactStyle: RedactStyle;
  quiet?: boolean;
}

/**
 * Where an input's copy goes: its path under the working directory; for one outside it, its path under `outside`
 * (see outsideRoot), so the links between drafts and pictures hold.
 */
function outputPath(outRoot: string, cwd: string, path: string, outside: string | undefined): string {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  const inside = rel && !rel.startsWith('..') && !isAbsolute(rel);
  return join(outRoot, inside || outside === undefined ? rel : relative(outside, abs));
}

/**
 * The folder the copies of inputs outside the working directory are laid out from: the deepest folder that holds
 * every such argument and file (`sanitize ../drafts/week --out clean` writes `clean/week/...`, as `cp -r` would).
 * Undefined when every input is inside the working directory.
 */
function outsideRoot(cwd: string, args: readonly string[], files: readonly string[]): string | undefined {
  const isOutside = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  const folders = [
    ...args.map((a) => resolve(cwd, a)).filter(isOutside).map((a) => dirname(a)),
    ...files.map((f) => resolve(cwd, f)).filter(isOutside).map((f) => dirname(f)),
  ];
  if (!folders.length) return undefined;
  return folders.reduce((common, folder) => {
    while (common !== dirname(common) && relative(common, folder).startsWith('..')) common = dirname(common);
    return common;
  });
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export function registerSanitize(program: Command, io: CliIO, setExit: (code: number) => void): void {
  addScreenOptions(
    program
      .command('sanitize')
      .description('write cleaned copies (no metadata, covered faces and numbers, placeholders for PII) under --out, then report what is left')
      .argument('<paths...>', 'drafts, images or folders to clean')
      .requiredOption('--out <dir>', 'folder for the cleaned copies (created; inputs are never modified)')
      .option('--keep-faces', 'leave faces visible (undercover members are covered anyway)')
      .addOption(new Option('--redact-style <style>', 'how regions are covered').choices(['box', 'blur'] satisfies RedactStyle[]).default('box'))
      .option('-q, --quiet', 'no line per file written; show error-level findings only'),
  ).action(async (paths: string[], flags: SanitizeFlags) => {
    const session = openSession(flags, io);
    const outRoot = resolve(io.cwd, flags.out);
    const outReal = real(outRoot);
    const underOut = (p: string) => {
      const r = real(resolve(io.cwd, p));
      return r === outReal || r.startsWith(outReal + sep);
    };
    for (const p of paths) {
      if (underOut(p)) throw new UsageError(`--out ${flags.out} holds the inputs (${p}); choose a folder outside them`);
    }
    const found = discover(paths, { cwd: io.cwd });
    const inputs = found.files.filter((f) => !underOut(f));
    if (!inputs.length && !found.errors.length) throw new UsageError('nothing to sanitize: no drafts or images under the paths (outside --out)');
    // The session's limits, as for scan: a file over --max-file-size is refused before it is read (and never copied).
    const read = workingTreeReader(io.cwd, session.maxFileSize);
    const exists = (p: string) => existsSync(resolve(io.cwd, p));
    const posts = postsOf(inputs, read, io.cwd, exists, session.siteRoot, session.config.profile.agency.official_accounts);
    guardOutput(session, posts);
    const inputPaths = posts.flatMap((p) => [p.path, ...p.attachments.map((a) => a.path)]);
    const inputReal = new Set(inputPaths.map((p) => real(resolve(io.cwd, p))));
    // a site's folder is laid out with its drafts and pictures, so a copy's root paths (/images/card.jpg) still resolve
    const siteFolders = posts.flatMap((p) => (p.siteRoot !== undefined ? [join(p.siteRoot, 'site')] : []));
    const outside = outsideRoot(io.cwd, paths, [...inputPaths, ...siteFolders]);
    /** The copy of each draft whose root paths were read under a site: the site's folder in --out. */
    const copySites = new Map<string, string>();
    const sources = new Map<string, string>();

    // Unmasked evidence: the placeholders replace exactly what was found. Nothing of it is printed.
    const screener = new Screener({ ...session.screener.options, showEvidence: true });
    // Loaded on use: sharp, OCR and the face models stay out of the other commands' start-up.
    const { carrySuppressions, describeRemoved, sanitizePost } = await import('../core/sanitize.js');
    const { ImageScreener } = await import('../core/image-engine.js');
    const images = new ImageScreener(imageScreenerOptions(session));
    const options = { style: flags.redactStyle, keepFaces: !!flags.keepFaces, maxPixels: session.maxPixels, ...(session.maxPages !== undefined ? { maxPages: session.maxPages } : {}) };
    const done = new Map<string, SanitizedFile>();
    const errors: FileReport[] = found.errors.map((e) => ({ path: e.path, findings: [], error: e.error }));
    const written: string[] = [];
    // What the drafts' suppression comments silenced, by the copy's path: the copies leave the comments out.
    const carried = new Map<string, CarriedSuppression[]>();
    try {
      // One post at a time: OCR already uses every core, and `done` is shared between posts.
      await mapLimit(posts, 1, async (post) => {
        const result = await sanitizePost(post, { screener, images, read, titles: NAME_TITLES }, options, done);
        for (const e of result.errors) errors.push({ path: post.path, findings: [], error: e });
        for (const file of result.files) {
          const target = outputPath(outRoot, io.cwd, file.path, outside);
          if (inputReal.has(real(target))) throw new UsageError(`--out ${flags.out} would overwrite the input ${file.source}; choose another folder`);
          const other = sources.get(target);
          if (other !== undefined && other !== file.source) {
            throw new UsageError(`${file.source} and ${other} would both be written to ${relative(io.cwd, target)}; sanitize them in two runs`);
          }
          sources.set(target, file.source);
          try {
            makeFolders(dirname(target));
            writeFileSync(target, file.bytes);
          } catch (err) {
            throw new UsageError(`cannot write ${relative(io.cwd, target) || target}: ${describeErrno(err)}`);
          }
          const shown = relative(io.cwd, target) || target;
          written.push(shown);
          if (post.siteRoot !== undefined && file.source === post.path) copySites.set(target, relative(io.cwd, outputPath(outRoot, io.cwd, post.siteRoot, outside)) || '.');
          if (file.suppressed) carried.set(shown, file.suppressed);
          const described = describeRemoved(file);
          // links rewritten to follow a renamed picture are a change, not a removal (user test 27, U3-5)
          const relinked = described.filter((d) => / picture links? renamed$/.test(d));
          const removed = described.filter((d) => !relinked.includes(d));
          const note = file.note ? `; ${file.note}` : '';
          const what = [...(removed.length ? [`removed: ${removed.join(', ')}`] : []), ...relinked].join('; ') || 'nothing to remove';
          // an input whose name held what the copy's name leaves out is named masked, as evidence is (user test 27, U3-16)
          const source = flags.showEvidence ? file.source : (file.shownSource ?? file.source);
          if (!flags.quiet) io.stderr(`clearpost: ${source} -> ${shown} (${what}${note})\n`);
        }
      });
    } finally {
      await images.close();
    }

    // What is still there: the cleaned copies screened like any post.
    const cleanedPosts = postsOf(written, read, io.cwd, exists, (draft) => copySites.get(resolve(io.cwd, draft)), session.config.profile.agency.official_accounts);
    const screened = (await screenPosts(session, cleanedPosts, { read })).map((r) => {
      const suppressed = carried.get(r.path);
      return suppressed ? { ...r, findings: carrySuppressions(r.findings, suppressed) } : r;
    });
    const report = withOutcome(makeReport(session, [...errors, ...screened].sort((a, b) => a.path.localeCompare(b.path)), [], { sanitizing: true, skipped: linksNotFollowed(found.symlinks) }), session.failOn, session.maxWarnings);
    await emitReport(session, flags.quiet ? errorsOnly(report) : report, cleanedPosts);
    const tooMany = maxWarningsNote(report, session.failOn, session.maxWarnings);
    if (tooMany) io.stderr(tooMany);
    setExit(exitCodeFor(report, session.failOn, session.maxWarnings));
  });
}
