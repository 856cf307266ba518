/**
 * What `check` and `scan` share: resolving the config, packs and context from the flags, screening posts (drafts
 * with their images), and writing the report in the chosen format.
 */
import { lstatSync, readFileSync, realpathSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import type { Config } from '../core/config.js';
import { describeErrno, linkError, notRegularFile, specialFileKind, UsageError } from '../core/errors.js';
import { makeFolders } from '../core/folders.js';
import type { ImageScreener, ImageScreenerOptions } from '../core/image-engine.js';
import { RULE_IDS, UNSUPPRESSIBLE } from '../core/rules.js';
import { draftTextOf, listedOnly, mapLimit, screenPost, withDraftPictures, type PostScanDeps, type ReadBytes } from '../core/scan.js';
import { buildReport, Screener, type RunInfo } from '../core/screen.js';
import { ACCOUNT_CONTEXTS, type AccountContext, type FileReport, type NotScreened, type Report, type Severity } from '../core/types.js';
import { allDetectors, registry } from '../detectors/index.js';
import { oneOf } from '../detectors/vocab.js';
import { RANKS } from '../detectors/vocab/ranks.js';
import { isDocumentPath, markDocument, wordFileKind } from '../inputs/docx.js';
import { kindOf } from '../inputs/discover.js';
import { decodeText } from '../inputs/text.js';
import { anchorResolver, groupPosts, type GroupOptions, type Post } from '../inputs/posts.js';
import { ModelLayer } from '../model/layer.js';
import type { PolicyPack } from '../policy/packs.js';
import { clausesFor, ruleCoverage, turnedOff } from '../policy/map.js';
import { renderFormat, type FormatName, type FormatOptions } from '../report/formats.js';
import type { SarifRule } from '../report/sarif.js';
import { printable } from '../report/stylish.js';
import type { CliIO } from './io.js';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_MEGAPIXELS, loadSetup, parseSize, unkeyedFingerprintNote } from './options.js';
import { toolVersion } from './version.js';

/** Flags shared by `check` and `scan`, as commander parses them. */
export interface ScreenFlags {
  config?: string;
  context?: string;
  policy?: string[];
  format: string;
  showEvidence?: boolean;
  /** HTML: the whole draft in the page, not only excerpts round the findings. */
  showDraft?: boolean;
  /** Name the detector and pattern behind each finding in stylish and HTML output. */
  debug?: boolean;
  failOn: string;
  maxWarnings?: string;
  color: boolean;
  outputFile?: string;
  ocr: boolean;
  faces: boolean;
  ocrTimeLimit?: string;
  /** False with --no-model: the learned layer is not consulted. */
  model?: boolean;
  maxFileSize?: string;
  maxPixels?: string;
  /** Pages or frames of a multi-page picture screened at most. */
  maxPages?: string;
  /** The site a draft's root paths (`/images/card.jpg`) resolve under; default: found from a site config above the draft. */
  siteRoot?: string;
  reportUnusedDisableDirectives?: boolean;
  concurrency?: string;
}

export interface Session {
  config: Config;
  packs: PolicyPack[];
  context: AccountContext;
  screener: Screener;
  format: FormatName;
  failOn: Severity | 'never';
  maxWarnings?: number;
  /** Posts in flight at once (and OCR workers). */
  concurrency: number;
  /** Per-image OCR time limit in ms, when given. */
  ocrTimeLimitMs?: number;
  /** Files over this many bytes are not read (--max-file-size). */
  maxFileSize: number;
  /** Images over this many pixels are not decoded (--max-pixels). */
  maxPixels: number;
  /** Pages or frames of a multi-page TIFF or animated GIF screened at most (--max-pages). */
  maxPages?: number;
  /** --site-root, as given (relative to the working folder, or absolute): root paths in drafts resolve under it. */
  siteRoot?: string;
  flags: ScreenFlags;
  io: CliIO;
  images?: ImageScreener;
}

/** `auto` (the cores), `off` (one at a time) or a positive number. */
export function parseConcurrency(value: string | undefined): number {
  if (value === undefined || value === 'auto') return Math.max(1, availableParallelism());
  if (value === 'off') return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency takes auto, off or a positive whole number, not "${value}"`);
  return n;
}

/** Resolve config, packs and context; throws ConfigError or UsageError (exit 2). */
export function openSession(flags: ScreenFlags, io: CliIO): Session {
  if (flags.context !== undefined && !(ACCOUNT_CONTEXTS as readonly string[]).includes(flags.context)) {
    throw new UsageError(`--context takes personal or official, not "${flags.context}"`);
  }
  let maxWarnings: number | undefined;
  if (flags.maxWarnings !== undefined) {
    maxWarnings = Number(flags.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, not "${flags.maxWarnings}"`);
  }
  let ocrTimeLimitMs: number | undefined;
  if (flags.ocrTimeLimit !== undefined) {
    ocrTimeLimitMs = Number(flags.ocrTimeLimit) * 1000;
    if (!Number.isFinite(ocrTimeLimitMs) || ocrTimeLimitMs <= 0) throw new UsageError(`--ocr-time-limit takes a positive number of seconds, not "${flags.ocrTimeLimit}"`);
  }
  const maxFileSize = parseSize(flags.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  if (maxFileSize === undefined) throw new UsageError(`--max-file-size takes a size such as 500k, 20MB or 1GB, not "${flags.maxFileSize}"`);
  const megapixels = Number(flags.maxPixels ?? DEFAULT_MAX_MEGAPIXELS);
  if (!Number.isFinite(megapixels) || megapixels <= 0) throw new UsageError(`--max-pixels takes a positive number of megapixels, not "${flags.maxPixels}"`);
  if (flags.siteRoot !== undefined && !isFolder(resolve(io.cwd, flags.siteRoot))) {
    throw new UsageError(`--site-root takes the folder of a site (the one holding hugo.toml, _config.yml...), and ${flags.siteRoot} is not a folder`);
  }
  const maxPages = flags.maxPages === undefined ? undefined : Number(flags.maxPages);
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages >= 1)) throw new UsageError(`--max-pages takes a whole number of pages, 1 or more, not "${flags.maxPages}"`);
  const { config, packs } = loadSetup(flags, io.cwd, io.stderr);
  const context = (flags.context as AccountContext | undefined) ?? config.context ?? 'personal';
  // CLEARPOST_NO_MODEL=1 is --no-model for a whole environment (the test suite sets it; the model has its own tests).
  const useModel = flags.model !== false && config.model !== false && process.env.CLEARPOST_NO_MODEL !== '1';
  // --debug: a learned addition an acceptance cue kept out is named on stderr (its words only with --show-evidence)
  const onVeto = flags.debug
    ? (rule: string, cue: string) => io.stderr(`clearpost: debug: learned ${rule} not reported: ${flags.showEvidence ? cue : cue.replace(/:.*/s, '')}\n`)
    : undefined;
  const model = useModel ? new ModelLayer(undefined, undefined, onVeto) : undefined;
  const screener = new Screener({ config, detectors: registry, packs, context, showEvidence: !!flags.showEvidence, ...(model ? { model } : {}) });
  return {
    config,
    packs,
    context,
    screener,
    format: flags.format as FormatName,
    failOn: flags.failOn as Severity | 'never',
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    concurrency: parseConcurrency(flags.concurrency),
    ...(ocrTimeLimitMs !== undefined ? { ocrTimeLimitMs } : {}),
    maxFileSize,
    maxPixels: Math.round(megapixels * 1e6),
    ...(flags.siteRoot !== undefined ? { siteRoot: flags.siteRoot } : {}),
    ...(maxPages !== undefined ? { maxPages } : {}),
    flags,
    io,
  };
}

/** The error a file over --max-file-size is read as: one line naming both sizes. */
export function tooLarge(size: number, limit: number): Error {
  const mb = (n: number) => `${(n / 1024 ** 2).toFixed(n < 1024 ** 2 ? 2 : 0)} MB`;
  return Object.assign(new Error(`file is ${mb(size)}, over the --max-file-size limit of ${mb(limit)}`), { code: 'ETOOLARGE' });
}

/** Reads files relative to the working directory; a file over `maxBytes` is refused before it is read. */
export function workingTreeReader(cwd: string, maxBytes = Infinity): ReadBytes {
  return (path) => {
    const abs = resolve(cwd, path);
    let st: Stats;
    try {
      st = statSync(abs);
    } catch (err) {
      throw lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink() ? linkError(err) : err;
    }
    const special = specialFileKind(st);
    if (special) throw notRegularFile(special);
    if (st.size > maxBytes) throw tooLarge(st.size, maxBytes);
    return readFileSync(abs);
  };
}

/** Any reader (the git index too) with the size limit applied to what it returns. */
function sizeLimited(read: ReadBytes, maxBytes: number): ReadBytes {
  return (path) => {
    const bytes = read(path);
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
    return bytes;
  };
}

/**
 * A police rank or title (the shared list, its plural too: "Officers"), matched where sanitize looks for one (sticky):
 * the title before a co-worker's name stays in the clean copy ("Sgt. [name]").
 */
export const NAME_TITLES = new RegExp(String.raw`(?:${oneOf(RANKS)})s?`, 'y');

/** What the flags say about reading images (OCR, faces, workers, pixel and OCR time limits): for every image screener of a run. */
export function imageScreenerOptions(session: Session): ImageScreenerOptions {
  return {
    ocr: session.flags.ocr,
    faces: session.flags.faces,
    workers: session.concurrency,
    maxPixels: session.maxPixels,
    ...(session.maxPages !== undefined ? { maxPages: session.maxPages } : {}),
    ...(session.ocrTimeLimitMs !== undefined ? { ocrTimeLimitMs: session.ocrTimeLimitMs } : {}),
  };
}

/** The image screener, loaded on first need (it brings sharp, tesseract.js and the face models). */
async function imageScreener(session: Session): Promise<ImageScreener> {
  if (!session.images) {
    const { ImageScreener } = await import('../core/image-engine.js');
    session.images = new ImageScreener(imageScreenerOptions(session));
  }
  return session.images;
}

export interface ScreenPostsOptions {
  read: ReadBytes;
  cache?: PostScanDeps['cache'];
  /** Called after each post with its number of findings (progress bar). */
  onPost?: (findings: number) => void;
}

/**
 * Text posts in flight when the learned layer is on and --concurrency is auto: their sentences queue for the
 * embedding worker while it is busy, so it embeds big batches (about half the cost per sentence of small ones) and
 * the main thread screens the next posts meanwhile. Text posts hold little memory while they wait.
 */
const MODEL_POSTS_IN_FLIGHT = 64;

function postsInFlight(session: Session, needsImages: boolean): number {
  const auto = session.flags.concurrency === undefined || session.flags.concurrency === 'auto';
  return auto && !needsImages && session.screener.options.model ? Math.max(session.concurrency, MODEL_POSTS_IN_FLIGHT) : session.concurrency;
}

/** Screen posts with bounded concurrency; image machinery starts only when a post has an image. */
export async function screenPosts(session: Session, posts: Post[], options: ScreenPostsOptions): Promise<FileReport[]> {
  // A Word document may hold pictures: they are only known once it is opened; so may a Markdown draft (`data:` URIs).
  const needsImages = posts.some((p) => p.kind === 'image' || p.attachments.length > 0 || p.inlinePictures || isDocumentPath(p.path));
  const deps: PostScanDeps = {
    screener: session.screener,
    read: sizeLimited(options.read, session.maxFileSize),
    ...(needsImages ? { images: await imageScreener(session) } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    reportUnusedDirectives: !!session.flags.reportUnusedDisableDirectives,
    anchorOf: anchorResolver(posts),
  };
  try {
    return await mapLimit(posts, postsInFlight(session, needsImages), async (post) => {
      const report = await screenPost(post, deps);
      options.onPost?.(report.findings.filter((f) => !f.suppressed).length);
      return report;
    });
  } finally {
    await session.images?.close();
    delete session.images;
  }
}

/** Whether a path is a folder (following links); false when it is not there. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Group files into posts, reading drafts through `read` to find their image links and front matter; links resolve
 * under `cwd`, a root path (`/images/card.jpg`) under `siteRoot` (--site-root) or the site found above the draft.
 */
export function postsOf(
  files: string[],
  read: ReadBytes,
  cwd: string,
  exists?: (path: string) => boolean,
  siteRoot?: GroupOptions['siteRoot'],
  officialAccounts?: readonly string[],
): Post[] {
  return groupPosts(
    files,
    (p) => {
      try {
        if (isDocumentPath(p)) return undefined;
        const bytes = read(p);
        // a Word package under another name (`renamed.doc`) is read as one (user test 29, U29-26)
        if (kindOf(p) === 'other' && wordFileKind(bytes) === 'package') {
          markDocument(p);
          return undefined;
        }
        // decoded as screening decodes it, so a UTF-16 draft's front matter and links count too
        return decodeText(bytes, p).text;
      } catch {
        return undefined;
      }
    },
    { cwd, ...(exists ? { exists } : {}), ...(siteRoot !== undefined ? { siteRoot } : {}), ...(officialAccounts ? { officialAccounts } : {}) },
  );
}

/**
 * `--quiet`: the listing keeps error-level findings only; the summary still counts every finding (the findings, each
 * severity, the files with findings, by rule) and says how many warning and info findings the listing left out, so
 * a run that fails on `--max-warnings` or `--fail-on warning` never shows a clean tick or a wrong count.
 */
export function errorsOnly(report: Report): Report {
  const files = report.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') }));
  const hidden = report.summary.bySeverity.warning + report.summary.bySeverity.info;
  return { files, summary: { ...report.summary, ...(hidden ? { hiddenByQuiet: hidden } : {}) } };
}

/** The summary's line for each symbolic link to a folder a walk did not follow (user test 27, U3-3). */
export function linksNotFollowed(paths: readonly string[]): NotScreened[] {
  return paths.map((path) => ({ kind: 'symlink', count: 1, message: `symbolic link to a folder, not followed: ${path} (name the folder it points to, to screen it)`, paths: [path] }));
}

/** The summary's line for each staged symbolic link: git stores the link, not the file, so nothing of it is screened. */
export function stagedLinksNotScreened(paths: readonly string[]): NotScreened[] {
  return paths.map((path) => ({ kind: 'symlink', count: 1, message: `staged symbolic link, not screened: ${path} (git commits the link, not the file it points to)`, paths: [path] }));
}

/** The same for `scan --since`: a symbolic link the branch adds or changes (user test 29, U29-21). */
export function changedLinksNotScreened(paths: readonly string[], ref: string): NotScreened[] {
  return paths.map((path) => ({ kind: 'symlink', count: 1, message: `symbolic link changed since ${ref}, not screened: ${path} (git commits the link, not the file it points to)`, paths: [path] }));
}

export function makeReport(session: Session, files: FileReport[], unsupported: readonly string[] = [], more: Partial<RunInfo> = {}): Report {
  const profile = session.config.path ? relative(session.io.cwd, session.config.path) || session.config.path : null;
  // --no-ocr: the summary says that the pictures' text was not read, once, in every format (user test 27, U2-10)
  const ocr = session.flags.ocr === false ? { ocr: false } : {};
  // rules the chosen packs cite nowhere are looked for anyway and listed as info: the summary names them once (user
  // test 27, U1-7; user test 30, U30-3) (id/undercover is reported as an error, whatever the packs say; a rule the
  // config sets is the department's own choice)
  const coverage = ruleCoverage(session.packs).filter((c) => !UNSUPPRESSIBLE.has(c.ruleId) && session.config.severity[c.ruleId] === undefined);
  const rulesOff = coverage.filter((c) => !c.clauses.length).map((c) => c.ruleId);
  // and the rules the packs cite but turn off for this account: New Haven's private-facts clause is for personal use,
  // Takoma Park's investigations clause too, so a PIO reading a quiet official run must be told its posts were not
  // screened for them (user test 29, U29-7), every such rule, not only private details (user test 30, U30-3)
  const rulesOffAccount = coverage.filter((c) => turnedOff(c.ruleId, session.packs, session.context)).map((c) => c.ruleId);
  return buildReport(files, {
    context: session.context,
    policies: session.packs.map((p) => p.id),
    profile,
    unsupported,
    ...ocr,
    ...(rulesOff.length ? { rulesOff } : {}),
    ...(rulesOffAccount.length ? { rulesOffAccount } : {}),
    ...more,
  });
}

/** What SARIF says about each rule: title and description from the detectors, severity and clauses from the packs. */
function sarifRules(session: Session): SarifRule[] {
  return RULE_IDS.map((id) => {
    const detector = allDetectors.find((d) => d.id === id);
    return {
      id,
      ...(detector ? { title: detector.title, description: detector.description } : {}),
      // as the findings get it: a rule no selected pack maps is still reported, as info with no clause
      severity: session.screener.policyFor(id, session.context)?.severity ?? 'off',
      clauses: clausesFor(id, session.packs, session.context),
    };
  });
}

/** What only the HTML page needs: pictures (read, shrunk and masked here, asynchronously), rule titles, `--text`. */
async function htmlOptions(session: Session, report: Report, sourceText: (file: string) => string | undefined): Promise<Partial<FormatOptions>> {
  const { embedImages } = await import('../core/preview.js');
  const showEvidence = !!session.flags.showEvidence;
  // a Word file's and an inline (data:) picture are read out of their draft
  const images = await embedImages(report, withDraftPictures(workingTreeReader(session.io.cwd)), { showEvidence });
  const inline = (session.flags as { text?: string }).text;
  return {
    images,
    showEvidence,
    showDraft: !!session.flags.showDraft,
    ruleTitles: Object.fromEntries(allDetectors.map((d) => [d.id, d.title])),
    sourceText: (file) => (file === '<text>' ? inline : sourceText(file)),
  };
}

/** Render the report in the session's format. */
export async function renderReport(session: Session, report: Report, posts: Post[], toFile: boolean): Promise<string> {
  const anchorOf = anchorResolver(posts);
  // The drafts' text as screening read it (a Word file's paragraphs, not its zip bytes; a UTF-16 file decoded), for
  // the formats that show it or point into it: the offsets of findings refer to that text.
  const texts = new Map<string, string>();
  if (session.format !== 'stylish' && session.format !== 'json') {
    const read = workingTreeReader(session.io.cwd);
    for (const file of report.files) {
      if (file.kind !== 'text' && file.kind !== undefined) continue;
      const text = await draftTextOf(file.path, read);
      if (text !== undefined) texts.set(file.path, text);
    }
  }
  const sourceText = (file: string) => texts.get(file);
  return renderFormat(session.format, report, {
    color: session.flags.color && !toFile && session.io.stdoutIsTTY,
    toolVersion: toolVersion(),
    rules: sarifRules(session),
    anchorOf,
    sourceText,
    cwd: session.io.cwd,
    debug: !!session.flags.debug,
    ...(session.failOn !== 'never' ? { failOn: session.failOn } : {}),
    ...(session.format === 'html' ? await htmlOptions(session, report, sourceText) : {}),
  });
}

/**
 * Print the report (stdout or --output-file). Unreadable files also get one stderr line each, unless the stylish
 * report on the terminal already shows them.
 */
export async function emitReport(session: Session, report: Report, posts: Post[]): Promise<void> {
  const { flags, io } = session;
  const toFile = !!flags.outputFile;
  if (toFile || session.format !== 'stylish') {
    for (const file of report.files) if (file.error) io.stderr(`clearpost: ${printable(file.path)}: ${printable(file.error)}\n`);
  }
  const fingerprinted = (session.format === 'json' || session.format === 'sarif') && report.files.some((f) => f.findings.length);
  const note = fingerprinted ? unkeyedFingerprintNote(session.config, `the ${session.format.toUpperCase()} report`) : undefined;
  if (note) io.stderr(note);
  const text = await renderReport(session, listedOnly(report), posts, toFile);
  if (toFile) writeReportFile(resolve(io.cwd, flags.outputFile as string), text, flags.outputFile as string);
  else io.stdout(text);
}

/** Write the report, creating missing folders; a failure is one line naming the file and cause (exit 2). */
function writeReportFile(path: string, text: string, label: string): void {
  try {
    makeFolders(dirname(path));
    writeFileSync(path, text);
  } catch (err) {
    throw new UsageError(`cannot write the report to ${label}: ${describeErrno(err)}`);
  }
}

/** A path with symbolic links resolved as far as it exists (a file not yet written keeps its own name). */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : resolve(canonical(parent), path.slice(parent.length + 1));
  }
}

/**
 * Refuse `--output-file` when it names an input of this run (a draft, an attached image, the config): the report
 * must never replace what it reports on. Checked before screening, so nothing is lost.
 */
export function guardOutput(session: Session, posts: Post[]): void {
  const out = session.flags.outputFile;
  if (!out) return;
  const target = canonical(resolve(session.io.cwd, out));
  const inputs = posts.flatMap((p) => [p.path, ...p.attachments.map((a) => a.path)]);
  if (session.config.path) inputs.push(session.config.path);
  for (const input of inputs) {
    if (canonical(resolve(session.io.cwd, input)) === target) {
      throw new UsageError(`refusing to write the report over an input file: ${out} (choose another --output-file)`);
    }
  }
}
