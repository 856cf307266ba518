/**
 * Screening posts: a draft and its attachments read as one unit ("this draft names Sgt. Whitfield and the photo
 * shows two faces"). Reads files through the caller's reader (the working tree, or the git index for --staged),
 * answers from the cache when it can, and never throws for bad input: problems become the post's error or note.
 */
import { basename } from 'node:path';
import { inlinePictures, isMarkdownPath, markdownScreenText } from '../inputs/markdown.js';
import { blankRange, type Post } from '../inputs/posts.js';
import { decodeText } from '../inputs/text.js';
import { isDocumentPath, oleWordReason, readDocx, wordFileKind, type EmbeddedImage } from '../inputs/docx.js';
import { hashPost, type ResultCache } from './cache.js';
import { InputError, readFailure } from './errors.js';
import type { ImageScreener } from './image-engine.js';
import { RULE_IDS } from './rules.js';
import type { Screener } from './screen.js';
import { applyInline, parseDirectives, type Directive } from './suppress.js';
import type { AccountContext, FileReport, Finding, MetadataText, Report } from './types.js';

/** How a file's bytes are read: throws an Error with a `code` (ENOENT, EACCES...) when it cannot be. */
export type ReadBytes = (path: string) => Buffer;

export interface PostScanDeps {
  screener: Screener;
  /** Undefined when images are not screened in this run: attachments then get a note. */
  images?: ImageScreener;
  read: ReadBytes;
  cache?: ResultCache;
  /** Report directives that suppressed nothing as problems. */
  reportUnusedDirectives?: boolean;
  /** Anchors image findings on the draft line that links them (inline suppressions of image findings). */
  anchorOf?: (finding: Finding) => { file: string; line: number } | undefined;
}

const KNOWN_RULES: ReadonlySet<string> = new Set(RULE_IDS);

export { readFailure };

interface DraftText {
  text: string;
  note?: string;
  /** Pictures inside the draft (a Word document's), screened as its attachments. */
  embedded?: EmbeddedImage[];
  /** Text a Word document carries besides its body (headers, tracked deletions, comments, author fields). */
  hidden?: MetadataText[];
  /** What of it a reader of the page does not see, for the note ("2 tracked deletions, author fields (...)"). */
  carried?: string[];
  /** Embedded objects that could not be read: the draft is not wholly screened. */
  unread?: string[];
  /** A Word file's macro part, named in a note (never run, not screened). */
  macros?: string;
}

/**
 * Read and decode a draft; a binary file yields a note, an unreadable one throws InputError. The pictures a Markdown
 * draft holds as `data:` URIs are its embedded pictures, as a Word file's are.
 */
async function readDraft(path: string, read: ReadBytes, markdown: boolean): Promise<DraftText | { binary: string }> {
  let bytes: Buffer;
  try {
    bytes = read(path);
  } catch (err) {
    throw new InputError(path, readFailure(err));
  }
  if (isDocumentPath(path)) {
    const doc = await readDocx(path, bytes);
    return {
      text: doc.text,
      embedded: doc.images,
      hidden: doc.hidden,
      carried: doc.carried,
      ...(doc.unread ? { unread: doc.unread } : {}),
      ...(doc.macros ? { macros: doc.macros } : {}),
    };
  }
  // an old binary Word file (`.doc`) is named as one, not "binary file" (user test 29, U29-26)
  if (wordFileKind(bytes) === 'ole') throw new InputError(path, oleWordReason(bytes));
  try {
    const decoded = decodeText(bytes, path);
    const notes = [
      ...(decoded.encoding !== 'utf-8' ? [`decoded as ${decoded.encoding}${decoded.bom === false ? ' (no byte order mark)' : ''}`] : []),
      ...(decoded.nuls ? [`${decoded.nuls} NUL byte${decoded.nuls === 1 ? '' : 's'} in the text, read past`] : []),
    ];
    const inline = markdown ? inlinePictures(decoded.text, path).map((p) => ({ path: p.path, bytes: p.bytes })) : [];
    return { text: decoded.text, ...(notes.length ? { note: notes.join('; ') } : {}), ...(inline.length ? { embedded: inline } : {}) };
  } catch (err) {
    if (err instanceof InputError && err.reason.startsWith('binary file')) return { binary: err.reason };
    throw err;
  }
}

/**
 * A draft's text as screening read it (a Word document's paragraphs, a UTF-16 or Latin-1 file decoded), for a report
 * that shows the text or points into it; undefined when it cannot be read as text.
 */
export async function draftTextOf(path: string, read: ReadBytes): Promise<string | undefined> {
  try {
    const draft = await readDraft(path, read, false);
    return 'binary' in draft ? undefined : draft.text;
  } catch {
    return undefined;
  }
}

/**
 * The note on a draft whose pictures are on a server (`![](https://.../nametag.jpg)`): clearpost never fetches, so
 * they were not screened, and the run must not read as a clean pass (user test 27, U3-12). The summary counts them.
 */
export function remoteNote(urls: readonly string[]): string {
  const n = urls.length;
  const it = n === 1 ? 'it' : 'them';
  // the hosts, not the addresses: a picture's path may hold the name or number a report masks
  const hosts = [...new Set(urls.map((u) => /^(?:[a-z]+:)?\/\/([^/?#]+)/i.exec(u)?.[1] ?? u))];
  return `${n} remote picture${n === 1 ? '' : 's'} not screened (on ${hosts.join(', ')}; clearpost does not download: save ${it} next to the draft and link ${it} there to screen ${it})`;
}

/** The note on a draft naming pictures through a site generator's template expression (`{{ site.baseurl }}/...`). */
export function templateNote(n: number): string {
  const it = n === 1 ? 'it' : 'them';
  return `${n} picture${n === 1 ? '' : 's'} named through a template expression not screened (clearpost does not build the site: write ${it} as a path from the site's root, /images/..., or screen ${it} on ${n === 1 ? 'its' : 'their'} own)`;
}

/**
 * The note on a draft that names video or audio clips (`<video src="raid.mp4">` beside its poster): clearpost reads
 * no video or audio, so what they show and say was not screened, and the post must not read as a clean pass. A count,
 * not names: a clip's file name may hold what a report masks (it is screened as the draft's text).
 */
export function clipNote(n: number): string {
  return `${n} video or audio clip${n === 1 ? '' : 's'} not screened (clearpost reads no video or audio: watch and listen to ${n === 1 ? 'it' : 'them'} before posting)`;
}

/** The draft with the paths of the pictures it attaches blanked (same length): they are screened as file names. */
function blankPicturePaths(text: string, post: Post): string {
  const spans = post.attachments.flatMap((a) => a.targets ?? []);
  if (!spans.length) return text;
  const out = text.split('');
  for (const [s, e] of spans) for (let i = s; i < e; i++) if (out[i] !== '\n') out[i] = ' ';
  return out.join('');
}

/**
 * A reader that also gives the pictures a draft holds inside it (`release.docx#image1.jpg`, `release.docx#media/hdr.jpeg`,
 * `post.md#inline-1.jpg`) and the later pages of a multi-page picture (`scan.tif#page-2`), as screening named them:
 * for the HTML page, which shows each picture with its findings covered (user test 27, U2-2). A real file of that name
 * wins; each draft is read once.
 */
export function withDraftPictures(read: ReadBytes): (path: string) => Promise<Buffer> {
  const drafts = new Map<string, Promise<Map<string, Buffer>>>();
  const picturesOf = (draft: string) => {
    let pictures = drafts.get(draft);
    if (!pictures) {
      pictures = readDraft(draft, read, isMarkdownPath(draft))
        .then((d) => new Map('binary' in d ? [] : (d.embedded ?? []).map((i) => [i.path, i.bytes] as const)))
        .catch(() => new Map<string, Buffer>());
      drafts.set(draft, pictures);
    }
    return pictures;
  };
  return async (path) => {
    try {
      return read(path);
    } catch (err) {
      // a later page of a multi-page picture, as screening named it (`scan.tif#page-2`)
      const page = /^(.+)#page-(\d+)$/.exec(path);
      if (page && !isDocumentPath(page[1]!) && !isMarkdownPath(page[1]!)) {
        // loaded here, not at the top: a run with no picture must not load sharp (test/e2e/bin.test.ts)
        const [{ pageImage }, { MAX_PIXELS }] = await Promise.all([import('../inputs/pages.js'), import('../inputs/image.js')]);
        return pageImage(page[1]!, read(page[1]!), Number(page[2]) - 1, MAX_PIXELS);
      }
      for (let hash = path.indexOf('#'); hash > 0; hash = path.indexOf('#', hash + 1)) {
        const draft = path.slice(0, hash);
        if (!isDocumentPath(draft) && !isMarkdownPath(draft)) continue;
        const bytes = (await picturesOf(draft)).get(path);
        if (bytes) return bytes;
      }
      throw err;
    }
  };
}

/**
 * Findings read in the file names of the pictures a draft links, each told which picture's name it is in and where
 * in that name, so the reports print the name masked as the finding is (user test 27, U3-16: the finding said
 * `[undercover member]` and the line under it printed the picture's name in clear).
 */
function inPictureNames(findings: Finding[], post: Post, text: string): Finding[] {
  return findings.map((f) => {
    const loc = f.location as { start?: number; end?: number };
    if (loc.start === undefined || loc.end === undefined) return f;
    for (const a of post.attachments) {
      const span = (a.targets ?? []).find(([s, e]) => s <= loc.start! && loc.end! <= e);
      if (!span) continue;
      const target = text.slice(span[0], span[1]);
      const nameAt = span[0] + Math.max(target.lastIndexOf('/'), target.lastIndexOf('\\')) + 1;
      return { ...f, inFileName: { attachment: a.path, start: loc.start - nameAt, end: loc.end - nameAt } };
    }
    return f;
  });
}

/** Blank the text of suppression directives so `clearpost:allow pii/address -- reason` is not itself screened. */
function blankDirectives(text: string, directives: Directive[]): string {
  if (!directives.length) return text;
  let out = '';
  let at = 0;
  for (const d of directives) {
    out += text.slice(at, d.start) + text.slice(d.start, d.end).replace(/[^\n]/g, ' ');
    at = d.end;
  }
  return out + text.slice(at);
}

/**
 * The own file names of a post's draft and pictures (`award-carla-vandeventer.md`, `carla-vandeventer.jpg`): a file's
 * name goes out with it. A picture's is screened here unless an inline link or `<img>` names the picture in the draft,
 * where screenPictureNames reads it at the link; a Word file's pictures are named by Word (`release.docx#image1.png`)
 * and are not read, nor is a draft given on the command line or standard input (`<text>`, `<stdin>`).
 */
function screenPostFileNames(post: Post, context: AccountContext, deps: PostScanDeps, draftText = ''): Finding[] {
  const images = post.kind === 'image' ? [post.path] : post.attachments.map((a) => a.path);
  const findings: Finding[] = [];
  if (post.kind === 'draft' && !/^<\w+>$/.test(post.path)) findings.push(...deps.screener.screenFileName(post.path, basename(post.path), context, true));
  for (const image of images) {
    const attachment = post.attachments.find((a) => a.path === image);
    const linkedInline = attachment?.start !== undefined && /^(?:!\[[\s\S]*\]\(|<img\b)/i.test(draftText.slice(attachment.start, attachment.end));
    if (linkedInline || image.includes('#')) continue;
    for (const f of deps.screener.screenFileName(post.path, basename(image), context)) findings.push(post.kind === 'image' ? f : { ...f, attachment: image });
  }
  return findings;
}

/** Screen the images of a post; their findings carry `attachment` (or are the post's own for a loose image). */
async function screenImages(post: Post, context: AccountContext, deps: PostScanDeps, errors: string[], notes: string[], unscreened = { pages: 0 }): Promise<Finding[]> {
  const images = post.kind === 'image' ? [post.path] : post.attachments.map((a) => a.path);
  if (!images.length) return [];
  if (!deps.images) {
    notes.push(`images not screened in this run (${images.length})`);
    return [];
  }
  const findings: Finding[] = [];
  for (const image of images) {
    const label = post.kind === 'image' ? '' : `${image}: `;
    let bytes: Buffer;
    try {
      bytes = deps.read(image);
    } catch (err) {
      errors.push(`${label}${readFailure(err)}`);
      continue;
    }
    try {
      const imageNotes: string[] = [];
      const pageErrors: string[] = [];
      // every page of a multi-page TIFF or animated GIF, up to --max-pages: a later page's findings name it (#page-2)
      const screened = await deps.images.screenPages(image, bytes, { ...deps.screener.detectOptions(context), notes: imageNotes, errors: pageErrors });
      for (const { page, hits } of screened.pages) {
        const attachment = page > 1 ? `${image}#page-${page}` : post.kind === 'image' ? undefined : image;
        for (const f of deps.screener.toFindings(post.path, hits, context)) findings.push(attachment ? { ...f, attachment } : f);
      }
      unscreened.pages += screened.total - screened.pages.length - pageErrors.length;
      for (const n of imageNotes) notes.push(`${label}${n}`);
      for (const e of pageErrors) errors.push(`${label}${e}`);
    } catch (err) {
      if (err instanceof InputError) errors.push(`${label}${err.reason}`);
      else errors.push(`${label}cannot screen image: ${(err as Error).message}`);
    }
  }
  return findings;
}

/** Screen one post, unsuppressed: what the cache stores. */
async function screenPostRaw(post: Post, draft: DraftText | undefined, deps: PostScanDeps, directives: Directive[]): Promise<FileReport> {
  const context = post.context ?? deps.screener.options.context;
  const errors: string[] = [];
  const notes: string[] = [];
  if (post.error) errors.push(post.error);
  for (const m of post.missingLinks) errors.push(`${m.path}${m.line ? ` (line ${m.line})` : ''}: linked image not found${m.notFound ? ` (${m.notFound})` : ''}`);
  for (const u of post.unsupported) notes.push(`${u.path}: not an image format clearpost reads`);
  if (post.remote?.length) notes.push(remoteNote(post.remote));
  if (post.templated?.length) notes.push(templateNote(post.templated.length));
  if (post.accountNote) notes.push(post.accountNote);
  if (post.clips?.length) notes.push(clipNote(post.clips.length));
  let findings: Finding[] = [];
  if (draft) {
    if (draft.note) notes.push(draft.note);
    if (draft.macros) notes.push(`holds macros (${draft.macros}): never run and not screened; \`clearpost sanitize\` writes a copy without them`);
    for (const u of draft.unread ?? []) errors.push(`${u}: embedded object not screened (\`clearpost sanitize\` writes a copy without it)`);
    const markdown = post.markdown ?? isMarkdownPath(post.path);
    const text = blankDirectives(draft.text, directives);
    // a picture's path is read as its file name (screenPictureNames, screenPostFileNames), not as prose
    findings = await deps.screener.screenTextWithModel(post.path, blankPicturePaths(text, post), { markdown, context });
    if (markdown) findings.push(...inPictureNames(deps.screener.screenPictureNames(post.path, text, context), post, text), ...deps.screener.screenComments(post.path, text, context));
    if (draft.hidden?.length) findings.push(...deps.screener.screenMetadata(post.path, draft.hidden, context));
    if (draft.carried?.length) {
      notes.push(`carries what the page does not show: ${draft.carried.join(', ')} (screened; \`clearpost sanitize\` writes a copy without them)`);
    }
  }
  findings.push(...screenPostFileNames(post, context, deps, draft?.text));
  const unscreened = { pages: 0 };
  findings.push(...(await screenImages(post, context, deps, errors, notes, unscreened)));
  const report: FileReport = { path: post.path, kind: post.kind === 'image' ? 'image' : 'text', findings };
  if (post.kind === 'draft' && post.attachments.length) report.attachments = post.attachments.map((a) => a.path);
  if (post.context) report.context = post.context;
  if (post.remote?.length) report.remotePictures = post.remote.length;
  if (post.clips?.length) report.mediaClips = post.clips.length;
  if (post.templated?.length) report.templatedPictures = post.templated.length;
  if (unscreened.pages) report.pagesNotScreened = unscreened.pages;
  if (errors.length) report.error = errors.join('; ');
  if (notes.length) report.note = notes.join('; ');
  return report;
}

/**
 * A reader that reads each path once: the cache key and the screening see the same bytes, read a single time.
 * `seen` may hold bytes that exist only in memory (pictures taken out of a Word document).
 */
function readOnce(read: ReadBytes, seen = new Map<string, Buffer>()): ReadBytes {
  return (path) => {
    let bytes = seen.get(path);
    if (!bytes) seen.set(path, (bytes = read(path)));
    return bytes;
  };
}

/** A post whose draft could not be read: its pictures' report, with the draft's note or error in front. */
function withUnreadDraft(report: FileReport, unread: { kind?: 'binary'; note?: string; error?: string }): FileReport {
  const join = (first: string | undefined, rest: string | undefined) => [first, rest].filter(Boolean).join('; ') || undefined;
  const note = join(unread.note, report.note);
  const error = join(unread.error, report.error);
  return { ...report, ...(unread.kind ? { kind: unread.kind } : {}), ...(note ? { note } : {}), ...(error ? { error } : {}) };
}

/**
 * Why a draft without pictures has nothing to screen, or undefined when it has words: empty, white space only, or
 * nothing but front matter and comments (suppression comments, a Markdown draft's HTML comments). Such a draft is
 * reported as not screened, never as a clean pass: an export that wrote an empty file must not go out as checked.
 */
function nothingToScreen(post: Post, draft: DraftText, directives: Directive[]): string | undefined {
  if (draft.hidden?.length) return undefined;
  if (!draft.text.length) return 'nothing to screen: the draft is empty';
  if (!draft.text.trim()) return 'nothing to screen: the draft holds only white space';
  let rest = blankDirectives(draft.text, directives);
  if (post.frontMatterRange) rest = blankRange(rest, post.frontMatterRange);
  if (post.markdown ?? isMarkdownPath(post.path)) rest = markdownScreenText(rest);
  if (rest.trim()) return undefined;
  return `nothing to screen: the draft holds only ${post.frontMatterRange ? 'front matter' : 'comments'}`;
}

/** Screen one post: cache, draft text, attachments, inline suppressions. Never throws for bad input. */
export async function screenPost(givenPost: Post, postDeps: PostScanDeps): Promise<FileReport> {
  let post = givenPost;
  const inMemory = new Map<string, Buffer>();
  const deps: PostScanDeps = { ...postDeps, read: readOnce(postDeps.read, inMemory) };
  let draft: DraftText | undefined;
  // A draft that cannot be read as text still goes out with its pictures: they are screened all the same.
  let unread: { kind?: 'binary'; note?: string; error?: string } | undefined;
  if (post.kind === 'draft') {
    try {
      const read = await readDraft(post.path, deps.read, post.markdown ?? isMarkdownPath(post.path));
      if ('binary' in read) unread = { kind: 'binary', note: read.binary };
      else draft = read;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      unread = { error: err.reason };
    }
    if (unread && !post.attachments.length) return { path: post.path, findings: [], ...unread };
    if (draft?.embedded?.length) {
      for (const image of draft.embedded) inMemory.set(image.path, image.bytes);
      post = { ...post, attachments: [...post.attachments, ...draft.embedded.map((image) => ({ path: image.path }))] };
    }
  }
  const directives = draft ? parseDirectives(draft.text) : [];
  const empty = draft && !post.attachments.length && !post.error && !post.missingLinks.length && !post.clips?.length && !post.templated?.length ? nothingToScreen(post, draft, directives) : undefined;
  if (empty) return { path: post.path, kind: 'empty', findings: [], note: empty };

  let report: FileReport | undefined;
  let key: string | undefined;
  if (deps.cache?.enabled) {
    key = hashPost(post, (p) => {
      try {
        return deps.read(p);
      } catch {
        return undefined;
      }
    });
    report = deps.cache.get(key, post.path);
  }
  if (!report) {
    report = await screenPostRaw(post, draft, deps, directives);
    if (key) deps.cache?.set(key, report);
  }
  if (unread) return withUnreadDraft(report, unread);
  if (!draft) return report;

  const inline = applyInline(report.findings, directives, draft.text, {
    knownRules: KNOWN_RULES,
    ...(deps.anchorOf ? { anchorOf: deps.anchorOf } : {}),
  });
  const problems = [
    ...inline.problems.map((p) => ({ code: p.code as string, message: p.message, line: p.line, column: p.column })),
    ...(deps.reportUnusedDirectives
      ? inline.unused.map((u) => ({ code: 'suppress/unused', message: u.message, line: u.line, column: u.column }))
      : []),
  ];
  return { ...report, findings: inline.findings, ...(problems.length ? { problems } : {}) };
}

/**
 * Findings of one rule listed per file in a rendered report (check, scan, sanitize's, serve's): a draft that repeats a
 * pattern thousands of times (user test 25, P2-9: 163,333 findings) lists the first ones and says how many more there
 * are. Only the listing is cut: the summary, the exit code and --max-warnings count every finding, and the clean copy
 * is made from every finding.
 */
export const MAX_LISTED_PER_RULE = 100;

/** The report with at most `max` findings per rule, in order, and a note naming each rule cut and what it left out. */
export function capPerRule(report: FileReport, max = MAX_LISTED_PER_RULE): FileReport {
  const seen = new Map<string, number>();
  const findings = report.findings.filter((f) => {
    const n = (seen.get(f.ruleId) ?? 0) + 1;
    seen.set(f.ruleId, n);
    return n <= max;
  });
  if (findings.length === report.findings.length) return report;
  const cut = [...seen].filter(([, n]) => n > max).map(([rule, n]) => `${rule}: ${(n - max).toLocaleString('en-US')} more`);
  const note = `more findings than a report lists (the first ${max} of a rule are): ${cut.join(', ')}`;
  return { ...report, findings, note: report.note ? `${report.note}; ${note}` : note };
}

/** The report as it is rendered: each file's findings cut by capPerRule; the summary, already counted, kept. */
export function listedOnly(report: Report): Report {
  return { ...report, files: report.files.map((f) => capPerRule(f)) };
}

/** Run `task` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
