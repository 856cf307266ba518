/**
 * Sanitizing a post: clean copies of its draft and images, made in memory (the caller decides where they go; the
 * inputs are only read).
 *
 * - Images: what to cover is decided here (the regions behind findings, plates, faces); the pixels are covered and
 *   re-encoded without metadata by src/inputs/redact.ts. HEIC and other formats social sites do not take become JPEG.
 * - Drafts get the evidence of PII and identification findings replaced by placeholders (`[address]`, `[name]`),
 *   everything else byte for byte; links to images point at the cleaned copies.
 *
 * What cannot be removed this way (a uniform, a marked car, the wording of a post) is left for the caller to report
 * by screening the cleaned copies.
 */
import { basename, extname } from 'node:path';
import { isDocumentPath, readDocx, shownOutsideBody } from '../inputs/docx.js';
import { blankPreview, docxPictures, rewriteDocx, type TextReplacement } from '../inputs/docx-rewrite.js';
import { MAX_PIXELS, sniffFormat, type ImageFormat } from '../inputs/image.js';
import { heifSequenceFrames } from '../inputs/image-format.js';
import { joinPages, MAX_PAGES, pageImage } from '../inputs/pages.js';
import { hiddenImgAttributes, htmlComments, inlinePictures, markdownScreenText, isMarkdownPath } from '../inputs/markdown.js';
import { OUTPUT_FORMAT, redactImage, type RedactStyle, type Region } from '../inputs/redact.js';
import type { Attachment, Post } from '../inputs/posts.js';
import { decodeText, encodeText, hasByteOrderMark } from '../inputs/text.js';
import type { Hit, ImageDetectOptions } from './engine.js';
import { InputError } from './errors.js';
import type { ImageScreener } from './image-engine.js';
import { readFailure, screenPost, type ReadBytes } from './scan.js';
import type { Screener } from './screen.js';
import { tagCover, unionBox } from './boxes.js';
import { parseDirectives } from './suppress.js';
import type { AccountContext, Box, FileReport, Finding, ImageAnalysisInput, OcrWord, Profile, RosterMember } from './types.js';

export type { RedactStyle, Region };

export interface SanitizeOptions {
  style: RedactStyle;
  /** Leave faces visible, except those of undercover members. */
  keepFaces: boolean;
  /** The pixel limit of the session (--max-pixels); the image reader's default otherwise. */
  maxPixels?: number;
  /** Pages of a multi-page picture cleaned and kept at most (--max-pages); MAX_PAGES otherwise. */
  maxPages?: number;
}

/** What replaces the evidence of each rule in a draft. Rules not listed (conduct, case talk) are left to the author. */
export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  'pii/address': '[address]',
  'pii/phone': '[phone number]',
  'pii/email': '[email]',
  'pii/birthdate': '[birth date]',
  'id/badge-number': '[badge number]',
  'id/coworker': '[name]',
  'id/undercover': '[name]',
  'id/department-moniker': '[handle]',
};

/** A pattern whose words are no name: an undercover member's assignment (id/undercover's ASSIGNMENT, user test 27 U1-10). */
const PATTERN_PLACEHOLDERS: Readonly<Record<string, string>> = { ASSIGNMENT: '[assignment]' };

/** Rules whose words, read in a picture, are covered: the same privacy and identity rules as in drafts. */
const COVERED_OCR_RULES: ReadonlySet<string> = new Set(Object.keys(PLACEHOLDERS));
/**
 * The box of words read in a picture, widened to the whole token: an OCR word box may start or end inside a glyph
 * (a phone number's box began after its first digit, leaving "Call 5" readable), so the cover reaches half the
 * text's height further on each side (the painter adds its own small margin all round).
 */
export function wholeWord(box: Box): Box {
  const margin = Math.round(box.height / 2);
  return { x: box.x - margin, y: box.y, width: box.width + 2 * margin, height: box.height };
}

/** Rules that name a person tagged in a face region of the metadata. */
const PEOPLE_RULES: ReadonlySet<string> = new Set(['image/people-tags', 'id/coworker', 'id/undercover']);

/**
 * Licence plates as OCR reads them: one to three words of a line joined by single spaces (OCR splits `7ABC123` into
 * `7ABC 123` and `AB12 CDE` into `AB 12 CDE`). Named so the cleaned file can say what was covered. All but the
 * first need the words in capitals as read, so prose ("on my 24th") never looks like a plate.
 */
const PLATE_PATTERNS: readonly { name: string; pattern: RegExp; anyCase?: true }[] = [
  // one token, letters and digits mixed, 5-8 characters: `7ABC123`, `HC4471`, `ABC-1234`
  { name: 'mixed-token', pattern: /^(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z0-9]-?){5,8}$)[A-Z0-9]+-?[A-Z0-9]+$/, anyCase: true },
  // letters then digits: `ABC 1234`, `KT 4471`, `WX 12345` (digits first is a house number: `1428 ELM`)
  { name: 'letters-digits', pattern: /^[A-Z]{2,3}[ -]?\d{3,5}$/ },
  // a digit, letters, digits (US): `7ABC 123`, `8XYZ 42`
  { name: 'digit-letters-digits', pattern: /^\d[A-Z]{2,3} ?\d{2,3}$/ },
  // UK: two letters, two digits, three letters: `AB12 CDE`, `AB 12 CDE`
  { name: 'uk', pattern: /^[A-Z]{2} ?\d{2} ?[A-Z]{3}$/ },
  // France, Italy: `AB-123-CD`, `AB 123 CD`, `AB 123CD`
  { name: 'letters-digits-letters', pattern: /^[A-Z]{2}[ -]?\d{3}[ -]?[A-Z]{2}$/ },
  // hyphenated groups with letters and digits (Netherlands, Ireland, Belgium): `12-ABC-3`, `12-D-3456`, `1-ABC-123`
  { name: 'hyphen-groups', pattern: /^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,4}$/ },
  // Spain: four digits, three consonants (no vowels, so `1428 ELM` is a house number): `1234 BCD`
  { name: 'digits-consonants', pattern: /^\d{4} ?[BCDFGHJKLMNPRSTVWXYZ]{3}$/ },
];

/**
 * Times of day a mixed token of letters and digits can look like a plate: `9am-2pm`, `10AM`, `11:30pm`, `8-noon`,
 * `7pm-midnight`, and the piece OCR leaves when it splits a range after its first hour (`10` `am-2pm`; user test 27,
 * U2-3). A time is an hour with am/pm, or noon or midnight; a range may end or begin with a bare hour (`AM-2`, `8-noon`).
 */
const CLOCK_TIME = String.raw`(?:(?:\d{1,2}(?::\d\d)?\s?)?[ap]\.?m\.?|noon|midnight)`;
const CLOCK_HOUR = String.raw`\d{1,2}(?::\d\d)?`;
const CLOCK_TIMES = new RegExp(
  String.raw`^(?:${CLOCK_TIME}(?:\s?[-–]\s?(?:${CLOCK_TIME}|${CLOCK_HOUR}))?|${CLOCK_HOUR}\s?[-–]\s?${CLOCK_TIME})$`,
  'i',
);

const EXTENSIONS: Record<'jpeg' | 'png' | 'webp', string[]> = { jpeg: ['.jpg', '.jpeg'], png: ['.png'], webp: ['.webp'] };

/** One cleaned file. */
export interface SanitizedFile {
  /** The input it was made from. */
  source: string;
  /** The cleaned copy's path: the input's, with the extension changed when the format changed. */
  path: string;
  kind: 'text' | 'image' | 'document';
  bytes: Buffer;
  /** What was taken out, by reason (a rule id, `face`, `plate`, `metadata`, `suppression comment`), with counts. */
  removed: Record<string, number>;
  /** Said on the file's line: the copy is not in its draft's encoding (a Windows-1252 draft that now needs UTF-8). */
  note?: string;
  /**
   * The input's path with what its file name's findings flagged masked (`******-*******-at-lake.jpg`), when the copy
   * was renamed for them: what the line on stderr prints unless evidence is shown (user test 27, U3-16).
   */
  shownSource?: string;
  /**
   * The draft's findings its inline suppressions silenced. The copy no longer holds the comments (they are review
   * notes, not for posting), so the screening of the copy marks these again by rule and fingerprint
   * (carrySuppressions).
   */
  suppressed?: CarriedSuppression[];
}

/** A finding a draft's suppression comment silenced, carried to the screening of its clean copy. */
export interface CarriedSuppression {
  ruleId: string;
  fingerprint: string;
  justification?: string;
}

export interface SanitizeDeps {
  /** Screens with unmasked evidence: placeholders replace the very text that was found. */
  screener: Screener;
  /** Reads the pictures (OCR, faces) to find what to cover. */
  images: ImageScreener;
  read: ReadBytes;
  /**
   * A rank or title at a position (sticky: "Sgt.", "Deputy Chief"): kept before a co-worker's `[name]` ("Sgt. [name]").
   * The caller hands it in from the shared rank list (core never imports a detector); without it the whole span goes.
   */
  titles?: RegExp;
}

export interface SanitizedPost {
  files: SanitizedFile[];
  /** One line per file that could not be cleaned (named in the line). */
  errors: string[];
}

/** The cleaned copy's name for an image of this format (`IMG_0042.HEIC` -> `IMG_0042.jpg`). */
export function cleanImagePath(path: string, format: ImageFormat): string {
  const out = OUTPUT_FORMAT[format];
  const ext = extname(path);
  if (EXTENSIONS[out].includes(ext.toLowerCase())) return path;
  return `${path.slice(0, path.length - ext.length)}${EXTENSIONS[out][0]}`;
}

/**
 * Clean one post: its draft (placeholders, links to the cleaned images) and its images (covered regions, no
 * metadata). `done` holds images already cleaned in this run (an image linked by two drafts is cleaned once).
 */
export async function sanitizePost(
  post: Post,
  deps: SanitizeDeps,
  options: SanitizeOptions,
  done: Map<string, SanitizedFile> = new Map(),
): Promise<SanitizedPost> {
  const context = post.context ?? deps.screener.options.context;
  const files: SanitizedFile[] = [];
  const errors: string[] = [];
  const images = post.kind === 'image' ? [post.path] : post.attachments.map((a) => a.path);
  for (const image of images) {
    let cleaned = done.get(image);
    if (!cleaned) {
      try {
        cleaned = await sanitizeImage(image, deps.read, deps.images, coverDetect(deps, context), options);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        errors.push(`${image}: ${err.reason}`);
        continue;
      }
      cleaned = renamed(cleaned, deps.screener, context);
      done.set(image, cleaned);
      files.push(cleaned);
    }
  }
  if (post.kind === 'draft') {
    try {
      const draft = isDocumentPath(post.path) ? await sanitizeDocument(post, deps, options, errors) : await sanitizeDraft(post, deps, done, options, errors);
      files.unshift(renamed(draft, deps.screener, context));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push(`${post.path}: ${err.reason}`);
    }
  }
  return { files, errors };
}

/** The word a file name gets in place of what a rule found in it (no brackets: it stays a plain file name). */
const NAME_WORDS: Readonly<Record<string, string>> = {
  'pii/address': 'address',
  'pii/phone': 'phone',
  'pii/email': 'email',
  'pii/birthdate': 'date',
  'id/department-moniker': 'handle',
};

/**
 * A cleaned picture whose file name names a member or a private detail (`ortega-at-the-raid.jpg`) gets a copy named
 * without it (`name-at-the-raid.jpg`); the draft's link follows the new name, as it does a format change. A draft's
 * own name is cleaned the same way (`award-carla-vandeventer.md` -> `award-name.md`).
 */
function renamed(cleaned: SanitizedFile, screener: Screener, context: AccountContext): SanitizedFile {
  const base = basename(cleaned.path);
  // read as the file name of a linked picture is read in a draft: `![](` is 4 characters before it
  const found = screener.screenPictureNames(cleaned.path, `![](${base})`, context).map((f) => {
    const loc = f.location as { start: number; end: number };
    return { start: loc.start - 4, end: loc.end - 4, rule: f.ruleId };
  });
  if (!found.length) return cleaned;
  let name = '';
  let at = 0;
  const removed = { ...cleaned.removed };
  const undercoverFirst = (f: { rule: string }) => (f.rule === 'id/undercover' ? 0 : 1);
  for (const f of found.sort((a, b) => a.start - b.start || b.end - a.end || undercoverFirst(a) - undercoverFirst(b))) {
    if (f.start < at) continue;
    name += base.slice(at, f.start) + (NAME_WORDS[f.rule] ?? 'name');
    at = f.end;
    removed[`${f.rule} (file name)`] = (removed[`${f.rule} (file name)`] ?? 0) + 1;
  }
  name += base.slice(at);
  // the input's name masked as evidence is, for the line on stderr (the copy's stem is the input's)
  const sourceBase = basename(cleaned.source);
  const masked = sourceBase.split('').map((ch, i) => (found.some((f) => f.start <= i && i < f.end) && /[\p{L}\p{N}]/u.test(ch) ? '*' : ch)).join('');
  const shownSource = cleaned.source.slice(0, cleaned.source.length - sourceBase.length) + masked;
  return { ...cleaned, path: cleaned.path.slice(0, cleaned.path.length - base.length) + name, removed, shownSource };
}

/** A draft's bytes; a read failure is the draft's InputError. */
function readInput(post: Post, read: ReadBytes): Buffer {
  try {
    return read(post.path);
  } catch (err) {
    throw new InputError(post.path, readFailure(err));
  }
}

/**
 * The placeholder spans of a report's findings in one text: the draft's own (`source` text), or one tagged field's
 * (a Word file's header) when `tag` is given.
 */
function spansIn(report: FileReport, text: string, titles: RegExp | undefined, tag?: string): Replacement[] {
  const spans: Replacement[] = [];
  for (const f of report.findings) {
    const loc = f.location as { start?: number; end?: number; tag?: string };
    if (!PLACEHOLDERS[f.ruleId] || f.suppressed || loc.start === undefined || loc.end === undefined) continue;
    if (tag === undefined ? f.source !== 'text' : f.source !== 'metadata' || loc.tag !== tag) continue;
    const level = f.severity === 'error' ? {} : { level: f.severity };
    const placeholder = PATTERN_PLACEHOLDERS[f.data?.pattern ?? ''] ?? PLACEHOLDERS[f.ruleId];
    spans.push(valueSpan(text, { start: loc.start, end: loc.end, text: placeholder, reason: f.ruleId, ...level }, titles));
  }
  return spans;
}

/** A name part joined to the next by URL or file-name punctuation: `Carla+`, `Carla%20`, `carla.`, `carla_`, `carla-`. */
const JOINED_BEFORE = /([\p{L}'’]+)(?:\+|%20|[._-])$/u;
const JOINED_AFTER = /^(?:\+|%20|[._-])([\p{L}'’]+)/u;

/**
 * A member's name span widened over the other parts of the same member's name joined to it by URL or file-name
 * punctuation, which the name readers do not read as one name: `name=Carla+Vandeventer` was cleaned to
 * `name=Carla+[name]` (user test 25, P3-5).
 */
function joinedNameParts(text: string, r: Replacement, roster: readonly RosterMember[]): Replacement {
  if (r.reason !== 'id/coworker' && r.reason !== 'id/undercover') return r;
  const partsOf = (m: RosterMember) => m.name.toLowerCase().split(/\s+/);
  const found = new Set(text.slice(r.start, r.end).toLowerCase().split(/[^\p{L}'’]+/u));
  const member = roster.find((m) => partsOf(m).some((p) => found.has(p)));
  if (!member) return r;
  const parts = new Set(partsOf(member));
  let { start, end } = r;
  for (let i = 0; i < 3; i++) {
    const before = JOINED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (!before || !parts.has(before[1]!.toLowerCase())) break;
    start -= before[0].length;
  }
  for (let i = 0; i < 3; i++) {
    const after = JOINED_AFTER.exec(text.slice(end, end + 40));
    if (!after || !parts.has(after[1]!.toLowerCase())) break;
    end += after[0].length;
  }
  return start === r.start && end === r.end ? r : { ...r, start, end };
}

/**
 * A number written in digits, with its `#` and the hyphens or spaces inside it: "40217", "#4471", "447-201",
 * "2-4-6-0". The value of a badge-number finding, whose span also holds the words it was read by ("shield today,
 * number 40217").
 */
const DIGITS = /#?\d+(?:[- ]\d+)*/g;

/**
 * The part of a finding's span a placeholder replaces: the value, not the cue words the detector read around it.
 * - A badge number: from its first number in digits to its last ("Lost my shield today, number [badge number], if");
 *   a number said in words ("badge number four four one seven") keeps the whole span.
 * - A handle of a roster member ("@tq_fishing") is a `[handle]`, as README promises, not a `[name]`.
 * - An abbreviation's full stop that also ends the sentence ("at home, 12 Sorrel Ln.") stays in the text.
 * - A co-worker's or undercover member's name keeps the rank and the cue words around it: "Sgt. [name]", "my
 *   partner Officer [name] is the best", "[name] is a state trooper now" (see namePart).
 */
export function valueSpan(text: string, r: Replacement, titles?: RegExp): Replacement {
  let { start, end } = r;
  const evidence = text.slice(start, end);
  if (r.reason === 'id/coworker' || r.reason === 'id/undercover') {
    const name = namePart(evidence, titles);
    if (name) {
      end = start + name.end;
      start += name.start;
    }
  }
  if (r.reason === 'id/badge-number') {
    const numbers = [...evidence.matchAll(DIGITS)];
    if (numbers.length) {
      const first = numbers[0];
      const last = numbers[numbers.length - 1];
      end = start + last.index + last[0].length;
      start += first.index;
    }
  }
  const placeholder = (r.reason === 'id/coworker' || r.reason === 'id/undercover') && /^@[\p{L}\p{N}_.]+$/u.test(evidence) ? '[handle]' : r.text;
  if (text[end - 1] === '.' && end - start > 1 && /^(?:$|\s*\n|\s+(?![\s\p{Ll}]))/u.test(text.slice(end, end + 3))) end -= 1;
  return { ...r, start, end, text: placeholder };
}

/** A word that starts with a capital (a name's word, an initial "T.", "O'Brien", "Okonkwo-Reyes"), punctuation aside. */
const CAPITALISED = /^[("'“‘]*\p{Lu}/u;

/**
 * The name inside a co-worker's or undercover member's span, as offsets into it. It starts after the last rank or
 * title followed by a capitalised word ("my partner Officer | Jake Morales", "Deputy Chief | Voss"), or, with no
 * title, at the first capitalised word; it ends with the last capitalised word ("Jake Morales | is a state trooper").
 * Whatever is between stays inside the name ("Maria de la Cruz"). A capitalised word before the title other than the
 * span's first word ("Sgt. Bo, Lt. Ann") moves the start back to the first capitalised word: never a name left out.
 * Undefined when the span is one word (a handle, a hashtag, "Quill") or holds no capitalised word ("leo hale"): all
 * of it goes.
 */
export function namePart(evidence: string, titles?: RegExp): { start: number; end: number } | undefined {
  const words = [...evidence.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  if (words.length < 2) return undefined;
  const capital = words.map((w) => CAPITALISED.test(w.text));
  const firstCapital = capital.indexOf(true);
  if (firstCapital < 0) return undefined;
  // the word after the last title that is followed by a capitalised word; the words a title covers
  let afterTitle = -1;
  const inTitle = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (!capital[i] || inTitle.has(i)) continue;
    const end = titleAt(evidence, words[i]!.start, titles);
    if (end === undefined) continue;
    let next = i + 1;
    while (next < words.length && words[next]!.start < end) inTitle.add(next++);
    inTitle.add(i);
    if (next < words.length && capital[next]) afterTitle = next;
  }
  let first = afterTitle >= 0 ? afterTitle : firstCapital;
  // a capitalised word before it that is no title (and not the span's first word) may be a name: start there
  if (words.slice(1, first).some((_, j) => capital[j + 1] && !inTitle.has(j + 1))) first = firstCapital;
  let last = words.length - 1;
  while (last > first && !capital[last]) last--;
  const start = words[first]!.start + (/^[("'“‘]*/u.exec(words[first]!.text)?.[0].length ?? 0);
  const end = words[last]!.end - (/[,;:!?)"'”’]*$/u.exec(words[last]!.text)?.[0].length ?? 0);
  return end > start && (start > 0 || end < evidence.length) ? { start, end } : undefined;
}

/** Where a rank or title starting at `at` ends, when one does and a word follows it. */
function titleAt(evidence: string, at: number, titles: RegExp | undefined): number | undefined {
  if (!titles) return undefined;
  titles.lastIndex = at;
  const m = titles.exec(evidence);
  return m && m[0].length && /^\s/.test(evidence.slice(at + m[0].length)) ? at + m[0].length : undefined;
}

async function sanitizeDraft(
  post: Post,
  deps: SanitizeDeps,
  images: Map<string, SanitizedFile>,
  options: SanitizeOptions,
  errors: string[],
): Promise<SanitizedFile> {
  const input = readInput(post, deps.read);
  const decoded = decodeText(input, post.path);
  const text = decoded.text;
  const report = await screenPost(post, { screener: deps.screener, read: deps.read });
  const markdown = isMarkdownPath(post.path);
  // A picture's path is hidden from the prose screen: a finding in its file name renames the copy (renamed) instead.
  const prose = markdown ? markdownScreenText(text) : text;
  const members = deps.screener.profile.roster;
  const spans = spansIn(report, text, deps.titles)
    .filter((r) => prose.slice(r.start, r.end).trim())
    .map((r) => joinedNameParts(text, r, members));
  spans.push(...otherOccurrences(text, spans, markdown));
  spans.splice(0, spans.length, ...outOfLinks(text, spans, markdown));
  if (post.frontMatterRange) spans.splice(0, spans.length, ...yamlSafe(spans, post.frontMatterRange));
  spans.push(...directiveSpans(text));
  // A Markdown comment is hidden when the post is rendered, but a copy pasted as source publishes it: left out too.
  if (markdown) spans.push(...wholeRemovals(text, htmlComments(text), 'comment'));
  // So is what an <img> tag carries that no reader sees (`data-owner="..."`).
  if (markdown) spans.push(...hiddenImgAttributes(text).map((r) => ({ ...r, text: '', reason: PICTURE_ATTRIBUTE })));
  for (const a of post.attachments) {
    const cleaned = images.get(a.path);
    if (cleaned && cleaned.path !== a.path) {
      const links = relinkSpan(text, a, basename(a.path), basename(cleaned.path));
      // counted, so the line on stderr says the copy's links changed (user test 27, U3-5: not "nothing to remove")
      spans.push(...links.map((r) => ({ ...r, reason: RELINKED })));
    }
  }
  if (markdown) {
    const inline = await cleanInlinePictures(post, text, deps, options, errors);
    const inside = (r: { start: number; end: number }) => inline.spans.some((p) => r.start < p.end && p.start < r.end);
    spans.splice(0, spans.length, ...spans.filter((r) => !inside(r)), ...inline.spans);
  }
  const { text: out, removed } = applyReplacements(text, spans, markdown);
  // written as the draft was (UTF-16 stays UTF-16, its byte order mark kept); else UTF-8, and the line says so
  const bytes = encodeText(out, { encoding: decoded.encoding, bom: hasByteOrderMark(input) });
  const converted = bytes ? {} : { note: `written as utf-8: the copy holds characters ${decoded.encoding} cannot` };
  return { source: post.path, path: post.path, kind: 'text', bytes: bytes ?? Buffer.from(out, 'utf8'), removed, ...converted, ...carried(report) };
}

/** What a clean copy's removed counts call a picture the draft held as a `data:` URI, cleaned in place. */
const INLINE_PICTURE = 'inline picture';
const DATA_TYPES: Readonly<Record<string, string>> = { '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };

/**
 * The pictures a Markdown draft holds as `data:` URIs (user test 27, U3-6), cleaned as a linked picture is (no
 * metadata, regions covered) and written back in place as new `data:` URIs; one that cannot be read is left out of
 * the copy (its URI emptied) with an error line naming it, never copied as it was.
 */
async function cleanInlinePictures(
  post: Post,
  text: string,
  deps: SanitizeDeps,
  options: SanitizeOptions,
  errors: string[],
): Promise<{ spans: Replacement[] }> {
  const spans: Replacement[] = [];
  const context = post.context ?? deps.screener.options.context;
  const detect = coverDetect(deps, context);
  for (const picture of inlinePictures(text, post.path)) {
    let uri = '';
    if (!sniffFormat(picture.bytes)) {
      errors.push(`${picture.path}: not a picture format clearpost reads: left out of the copy`);
    } else {
      try {
        const cleaned = await sanitizeImage(picture.path, () => picture.bytes, deps.images, detect, options);
        uri = `data:${DATA_TYPES[extname(cleaned.path)] ?? 'image/jpeg'};base64,${cleaned.bytes.toString('base64')}`;
        spans.push({ start: picture.start, end: picture.end, text: uri, reason: `${INLINE_PICTURE} ${basename(picture.path)}: ${describeRemoved(cleaned).join(', ')}` });
        continue;
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        errors.push(`${picture.path}: ${err.reason}: left out of the copy`);
      }
    }
    spans.push({ start: picture.start, end: picture.end, text: uri, reason: `${INLINE_PICTURE} ${basename(picture.path)}: left out` });
  }
  return { spans };
}

/**
 * What was taken out of one cleaned file, in words, for the line sanitize prints: what each mark stands for and the
 * rule that found it ("2 × [phone number] (pii/phone)", "1 region covered (pii/address)", "1 link taken out
 * (id/coworker)", "file name changed (id/undercover)", "1 × [address] (pii/address, only an info: put it back if it
 * is public)").
 */
export function describeRemoved(file: Pick<SanitizedFile, 'kind' | 'removed'>): string[] {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return Object.entries(file.removed).map(([key, n]) => {
    const m = /^(\S+?)(?: \((link|file name)\))?(?: \((warning|info)\))?$/.exec(key);
    const rule = m?.[1] ?? key;
    const level = m?.[3] ? `, only a${m[3] === 'info' ? 'n info' : ' warning'}: put it back if it is public` : '';
    if (key === 'metadata') return 'all metadata (EXIF, GPS, XMP, IPTC, comments, thumbnails)';
    if (key === 'face') return `${plural(n, 'face')} covered`;
    if (key === 'undercover') return `${plural(n, "undercover member's face", "undercover members' faces")} covered`;
    if (key === 'plate') return `${plural(n, 'licence plate')} covered`;
    if (key === 'comment') return `${plural(n, 'HTML comment')} left out`;
    if (key === LATER_FRAMES) return `${plural(n, 'later page or frame', 'later pages or frames')} dropped (past --max-pages: not screened, not in the copy)`;
    if (key.endsWith(` ${UNREPORTED}`)) {
      return `${plural(n, 'region')} covered (${key.slice(0, -UNREPORTED.length - 1)}: not in the report, as no selected pack cites it for this account; sanitize covers it anyway)`;
    }
    if (key === LATER_IMAGES) return `${plural(n, 'later image')} left out (the copy is one JPEG of the first)`;
    if (key === SEQUENCE_FRAMES) return `${plural(n, 'frame')} of the image sequence left out (not screened; the copy is the still image)`;
    if (key === PAGES_KEPT) return `${plural(n, 'later page or frame', 'later pages or frames')} cleaned and kept in the copy`;
    if (key === 'hidden text') return `${plural(n, 'run')} of hidden text left out`;
    if (key === PICTURE_ATTRIBUTE) return `${plural(n, 'hidden <img> attribute')} left out`;
    if (key === RELINKED) return `${plural(n, 'picture link')} renamed`;
    if (key === DIRECTIVE_REASON) return `${plural(n, 'suppression comment')} left out`;
    if (!m || !/^[a-z]+\/[a-z-]+$/.test(rule)) return `${key}${n > 1 ? ` x${n}` : ''}`;
    if (m[2] === 'file name') return `file name changed (${rule})`;
    if (m[2] === 'link') return `${plural(n, 'link')} taken out (${rule}${level})`;
    if (file.kind === 'image') return `${plural(n, 'region')} covered (${rule}${level})`;
    const mark = rule === 'id/coworker' ? '[name] or [handle]' : rule === 'id/undercover' ? '[name], [handle] or [assignment]' : (PLACEHOLDERS[rule] ?? 'text');
    return `${n} × ${mark} (${rule}${level})`;
  });
}

/** What a clean copy's removed counts call a link to a picture whose copy has a new name, rewritten to follow it. */
export const RELINKED = 'picture link';

/** What a clean copy's removed counts call the pages of a TIFF or the frames of a GIF past --max-pages (not screened, not copied). */
const LATER_FRAMES = 'later pages or frames';
/** A picture's cover for a rule the report does not print for the account (no selected pack cites it there). */
const UNREPORTED = '(not reported)';
/** ... and those after the first that were cleaned and kept (the copy is a multi-page picture too). */
const PAGES_KEPT = 'later pages kept';
/** ... an HEIC or AVIF's images after the first (a burst, a collection): screened, left out of the one JPEG copy. */
const LATER_IMAGES = 'later images';
/** ... the frames of an HEIF/AVIF image sequence (a track): neither screened nor copied (the still image is). */
const SEQUENCE_FRAMES = 'sequence frames';

/** What a clean copy's removed counts call the attributes of an `<img>` tag no reader sees (`data-owner`), left out. */
const PICTURE_ATTRIBUTE = 'picture attribute';

/** What a clean copy's removed counts call clearpost's own comments, which it leaves out. */
export const DIRECTIVE_REASON = 'suppression comment';

/** Comment leaders a suppression comment at the end of a line may stand behind ("text  # clearpost:allow ..."). */
const TRAILING_LEADER = /(?:^|[ \t]+)(?:(?:<!--|\/\/+|\/\*|#+)[ \t]*)?$/;
/** What may stand before a comment alone on its line (nothing, or a comment leader: `#`, `//`, `<!--`). */
const LEADER_ONLY = /^[ \t]*(?:<!--|#+|\/\/+|\/\*|;+|%+|--|\*)?[ \t]*$/;

/**
 * The spans of clearpost's own suppression comments in a draft (`clearpost:allow ...`, `<!-- clearpost-disable... -->`),
 * widened so the copy reads as if they had never been written: a comment alone on its line(s) takes its line with it;
 * one after other words takes the spaces and the comment leader (`<!--`, `#`, `//`) before it. They are review notes:
 * a plain-text post would publish them, and a Markdown comment is pasted as it is from a plain editor.
 */
export function directiveSpans(text: string): Replacement[] {
  return wholeRemovals(text, parseDirectives(text), DIRECTIVE_REASON);
}

/**
 * Spans taken out of a copy with nothing in their place, widened as directiveSpans says: alone on its line(s), the
 * lines go; after other words, the spaces and the comment leader before it.
 */
function wholeRemovals(text: string, ranges: readonly { start: number; end: number }[], reason: string): Replacement[] {
  const out: Replacement[] = [];
  for (const d of ranges) {
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    const newline = text.indexOf('\n', d.end);
    const lineEnd = newline < 0 ? text.length : newline;
    const before = text.slice(lineStart, d.start);
    const after = text.slice(d.end, lineEnd);
    if (LEADER_ONLY.test(before) && after.trim() === '') {
      out.push({ start: lineStart, end: newline < 0 ? text.length : newline + 1, text: '', reason });
      continue;
    }
    const lead = TRAILING_LEADER.exec(before)!;
    // the spaces after it go too when nothing else follows on the line (a CR of a CRLF line end stays)
    let end = d.end + (after.trim() === '' ? after.replace(/\r$/, '').length : 0);
    if (text[end - 1] === '\r' && end === lineEnd) end--;
    out.push({ start: lineStart + lead.index, end, text: '', reason });
  }
  return out;
}

/** The draft's findings its suppression comments silenced, for the screening of the copy (SanitizedFile.suppressed). */
function carried(report: FileReport): { suppressed?: CarriedSuppression[] } {
  const suppressed = report.findings
    .filter((f) => f.suppressed?.kind === 'inline')
    .map((f) => ({ ruleId: f.ruleId, fingerprint: f.fingerprint, ...(f.suppressed?.justification ? { justification: f.suppressed.justification } : {}) }));
  return suppressed.length ? { suppressed } : {};
}

/**
 * Mark a clean copy's findings that its draft's suppression comments silenced (one each, by rule and fingerprint),
 * with the comment's reason: the copy left the comments out, not the decision they record.
 */
export function carrySuppressions(findings: readonly Finding[], suppressed: readonly CarriedSuppression[]): Finding[] {
  const left = [...suppressed];
  return findings.map((f) => {
    if (f.suppressed) return f;
    const i = left.findIndex((s) => s.ruleId === f.ruleId && s.fingerprint === f.fingerprint);
    if (i < 0) return f;
    const [s] = left.splice(i, 1);
    return { ...f, suppressed: { kind: 'inline', ...(s!.justification ? { justification: s!.justification } : {}) } };
  });
}

/**
 * A Word document's clean copy, still a Word document: the evidence of PII and identification findings replaced in
 * place (and repeated elsewhere, as in drafts), its pictures cleaned like any image, author fields, comments and
 * tracked changes taken out (src/inputs/docx-rewrite.ts). A picture that cannot be cleaned is named in `errors`.
 */
async function sanitizeDocument(post: Post, deps: SanitizeDeps, options: SanitizeOptions, errors: string[]): Promise<SanitizedFile> {
  const bytes = readInput(post, deps.read);
  const { text, hidden } = await readDocx(post.path, bytes);
  const report = await screenPost(post, { screener: deps.screener, read: deps.read });
  const replacements: TextReplacement[] = [];
  for (const span of spansIn(report, text, deps.titles)) {
    const evidence = text.slice(span.start, span.end);
    const reason = removedKey(span);
    // The words around it on its line, up to a tab (Word keeps tabs outside the text runs): where it is replaced.
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const lineEnd = text.indexOf('\n', span.end) < 0 ? text.length : text.indexOf('\n', span.end);
    const before = text.slice(Math.max(lineStart, span.start - 12), span.start).split('\t').pop()!;
    const after = text.slice(span.end, Math.min(lineEnd, span.end + 12)).split('\t')[0];
    replacements.push({ text: evidence, placeholder: span.text, reason, before, after, finding: true });
    // Written again elsewhere (a signature, a header): replaced there too when it is long enough not to be a word.
    if (evidence.trim().length >= 5) replacements.push({ text: evidence, placeholder: span.text, reason });
  }
  // clearpost's own comments, paragraph by paragraph (a Word paragraph is a line of `text`)
  for (const span of directiveSpans(text)) {
    for (const piece of text.slice(span.start, span.end).split('\n')) {
      if (piece.trim()) replacements.push({ text: piece, placeholder: '', reason: DIRECTIVE_REASON });
    }
  }
  // The findings of a header, footer, note, chart, diagram or field result (the page shows them; the tracked deletions, comments and
  // author fields that are screened too go from the copy whole): replaced wherever the words stand in those parts' runs.
  for (const field of hidden.filter((h) => shownOutsideBody(h.tag))) {
    for (const span of spansIn(report, field.text, deps.titles, field.tag)) {
      replacements.push({ text: field.text.slice(span.start, span.end), placeholder: span.text, reason: removedKey(span), finding: true });
    }
  }
  const context = post.context ?? deps.screener.options.context;
  const detect = coverDetect(deps, context);
  const pictures = new Map<string, { bytes: Buffer; rename?: string }>();
  const removedInPictures: Record<string, number> = {};
  const unread: string[] = [];
  for (const picture of await docxPictures(post.path, bytes)) {
    const label = `${post.path}#${picture.name.replace(/^word\//, '')}`;
    const format = sniffFormat(picture.bytes);
    if (!format && picture.preview) {
      // the picture of an embedded object the copy drops, a drawing (EMF) that cannot be cleaned: a grey frame instead
      pictures.set(picture.name, blankPreview(picture.name));
      removedInPictures['object picture blanked'] = (removedInPictures['object picture blanked'] ?? 0) + 1;
      continue;
    }
    if (!format) {
      unread.push(label);
      continue;
    }
    try {
      const cleaned = await sanitizeImage(label, () => picture.bytes, deps.images, detect, options);
      pictures.set(picture.name, { bytes: cleaned.bytes, rename: cleanImagePath(picture.name, format) });
      for (const [why, n] of Object.entries(cleaned.removed)) removedInPictures[why] = (removedInPictures[why] ?? 0) + n;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push(`${label}: ${err.reason}`);
    }
  }
  errors.push(...unreadPictures(post.path, unread));
  const rewritten = await rewriteDocx(post.path, bytes, { replacements, pictures });
  const removed = { ...rewritten.removed };
  for (const [why, n] of Object.entries(removedInPictures)) removed[why] = (removed[why] ?? 0) + n;
  // a finding whose words the copy could not find in the file's runs is said, not left to the re-screen alone (U29-32)
  const missed = rewritten.missed ? { note: `${rewritten.missed} finding${rewritten.missed === 1 ? '' : 's'} not replaced: the screening of the copy below lists what is left` } : {};
  return { source: post.path, path: post.path, kind: 'document', bytes: rewritten.bytes, removed, ...missed, ...carried(report) };
}

/** Unreadable picture parts named a line each; more than UNREAD_NAMED in one line (60,000 empty parts gave 60,000 lines). */
const UNREAD_NAMED = 3;

/** The error lines for a package's picture parts that are no picture format clearpost reads. */
function unreadPictures(path: string, labels: readonly string[]): string[] {
  const why = 'not a picture format clearpost reads (a drawing, a vector image or an empty part)';
  if (labels.length <= UNREAD_NAMED) return labels.map((label) => `${label}: ${why}; left in the copy unchecked`);
  const named = labels.slice(0, UNREAD_NAMED).map((l) => l.slice(path.length + 1));
  const rest = (labels.length - UNREAD_NAMED).toLocaleString('en-US');
  return [`${path}: ${labels.length.toLocaleString('en-US')} picture parts are ${why} (${named.join(', ')} and ${rest} more); left in the copy unchecked`];
}

export interface Replacement {
  start: number;
  end: number;
  text: string;
  /** A rule id, or undefined for a link rewrite (not counted as removed). */
  reason?: string;
  /** The replacement takes out a link (or its address) that held the finding: counted as `<rule> (link)`. */
  link?: boolean;
  /**
   * The finding's severity when it was below error (a venue's address in an official post is a warning): the removed
   * counts name it (`pii/address (warning)`), so the author can put back what was public.
   */
  level?: 'warning' | 'info';
}

/** How a replacement is counted in `removed`: its rule, and its level when it was only a warning or info. */
const removedKey = (r: { reason?: string; level?: string; link?: boolean }) => `${r.reason}${r.link ? ' (link)' : ''}${r.level ? ` (${r.level})` : ''}`;

/** The same evidence written again elsewhere (a `tel:` target, a repeated name) outside image paths and comments. */
function otherOccurrences(text: string, spans: Replacement[], markdown: boolean): Replacement[] {
  const visible = markdown ? markdownScreenText(text) : text;
  const out: Replacement[] = [];
  const taken = (s: number, e: number) => [...spans, ...out].some((r) => s < r.end && r.start < e);
  const seen = new Set<string>();
  for (const r of spans) {
    const evidence = text.slice(r.start, r.end);
    if (evidence.trim().length < 5 || seen.has(evidence)) continue;
    seen.add(evidence);
    for (let at = text.indexOf(evidence); at >= 0; at = text.indexOf(evidence, at + 1)) {
      const end = at + evidence.length;
      if (taken(at, end) || visible.slice(at, end) !== evidence) continue;
      out.push({ start: at, end, text: r.text, ...(r.reason ? { reason: r.reason } : {}), ...(r.level ? { level: r.level } : {}) });
    }
  }
  return out;
}

/** `[label](destination "title")`, not an image's `![...]`: the destination is where a handle or number hides. */
const MARKDOWN_LINK = /(?<!!)\[((?:[^[\]\n\\]|\\.|\[[^[\]\n]*\])*)\]\(\s*(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\([^\s()]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/g;
/** An address written out (`https://instagram.com/dana_k`, `www.example.com/x`) or an autolink (`<tel:555-...>`). */
const BARE_URL = /<(?:https?|mailto|tel|ftp):[^<>\s]+>|\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+[^\s<>()[\]"'`.,;:!?]/g;
/** What takes the place of an address that held a finding: a placeholder in brackets would break it. */
export const LINK_PLACEHOLDER = '[link removed]';

/**
 * Keep links well formed when what they hold is replaced. A placeholder inside an address
 * (`instagram.com/[name]_[name]`, `tel:[phone number]`) would break it, so:
 * - a Markdown link whose destination holds a finding is dropped and its label kept (`[text me](tel:555-...)` reads
 *   `text me`), the label's own findings replaced as usual;
 * - an address written out (or an autolink) that holds one is replaced whole by `[link removed]`.
 * Both count under the finding's rule as `<rule> (link)`.
 */
export function outOfLinks(text: string, spans: readonly Replacement[], markdown: boolean): Replacement[] {
  const out: Replacement[] = [];
  const consumed = new Set<Replacement>();
  const inside = (s: number, e: number) => spans.filter((r) => r.reason && r.text && r.start >= s && r.end <= e);
  const taken: [number, number][] = [];
  if (markdown) {
    for (const m of text.matchAll(MARKDOWN_LINK)) {
      const labelEnd = m.index + 1 + m[1]!.length;
      const hits = inside(labelEnd, m.index + m[0].length);
      taken.push([m.index, m.index + m[0].length]);
      if (!hits.length) continue;
      for (const h of hits) consumed.add(h);
      const why = { reason: hits[0]!.reason!, ...(hits[0]!.level ? { level: hits[0]!.level } : {}) };
      out.push({ start: m.index, end: m.index + 1, text: '', ...why, link: true }, { start: labelEnd, end: m.index + m[0].length, text: '' });
    }
  }
  for (const m of text.matchAll(BARE_URL)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (taken.some(([a, b]) => start < b && a < end)) continue;
    const hits = inside(start, end);
    if (!hits.length) continue;
    for (const h of hits) consumed.add(h);
    out.push({ start, end, text: LINK_PLACEHOLDER, reason: hits[0]!.reason!, ...(hits[0]!.level ? { level: hits[0]!.level } : {}), link: true });
  }
  return [...spans.filter((r) => !consumed.has(r)), ...out];
}

/**
 * Placeholders inside a draft's front matter in parentheses, `(name)` for `[name]`: YAML reads a plain value that
 * starts with a bracket as a list, so `slug: priya-raghunathan-award` cleaned to `slug: [name]-award` broke the copy
 * (a site build and clearpost's own re-screen refused it: user test 27, U3-13), and `tags: [narcotics, Raghunathan]`
 * would have become a list inside the list. A parenthesis means nothing to YAML, quoted or not.
 */
function yamlSafe(spans: readonly Replacement[], [from, to]: readonly [number, number]): Replacement[] {
  return spans.map((r) => (r.start >= from && r.end <= to && /^\[[^\]]*\]$/.test(r.text) ? { ...r, text: `(${r.text.slice(1, -1)})` } : r));
}

/** `[pic]: img/photo.jpg "title"`: a reference definition's target (the link `![alt][pic]` names only the label). */
const DEFINITION_TARGET = /^ {0,3}\[(?:[^[\]\n\\]|\\.)+\]:[ \t]*<?([^\s<>]+)/gm;

/**
 * Point a link (or front matter entry) at the cleaned copy: the file name inside the link is replaced; for a
 * reference-style link (`![alt][pic]`), inside the definitions whose target ends with that name.
 */
function relinkSpan(text: string, a: Attachment, from: string, to: string): Replacement[] {
  if (a.start === undefined || a.end === undefined) return [];
  const spellings = [from, encodeURI(from), from.replace(/ /g, '%20')];
  const renameIn = (span: string, offset: number): Replacement | undefined => {
    for (const spelling of spellings) {
      const at = span.lastIndexOf(spelling);
      if (at >= 0) return { start: offset + at, end: offset + at + spelling.length, text: spelling === from ? to : encodeURI(to) };
    }
    return undefined;
  };
  // every place the draft writes the path (`src` and `srcset`, a definition, a front matter value) follows the new name
  if (a.targets?.length) return a.targets.flatMap(([s, e]) => renameIn(text.slice(s, e), s) ?? []);
  const inLink = renameIn(text.slice(a.start, a.end), a.start);
  if (inLink) return [inLink];
  const out: Replacement[] = [];
  for (const d of text.matchAll(DEFINITION_TARGET)) {
    const target = d[1]!;
    if (!spellings.some((sp) => target === sp || target.endsWith(`/${sp}`))) continue;
    const r = renameIn(target, d.index + d[0].length - target.length);
    if (r) out.push(r);
  }
  return out;
}

/** Underscores between letters or digits (`dana_k`, `snake_case`): part of the word, not emphasis. */
const INTRAWORD_UNDERSCORE = /(?<=[\p{L}\p{N}])_+(?=[\p{L}\p{N}])/gu;

/** Markdown punctuation a placeholder must not swallow: it would unbalance emphasis, links or code. */
const MARKDOWN_SYNTAX = /[*_`[\]()<>|~\\]/;

/** Whether a span's brackets pair up and its emphasis and code marks come in twos: then replacing it whole is safe. */
function balanced(span: string): boolean {
  const count = (c: string) => span.split(c).length - 1;
  return (
    count('(') === count(')') &&
    count('[') === count(']') &&
    count('<') === count('>') &&
    // Emphasis and code delimiters come in runs (`**`, ``` `` ```): an even number of runs opens and closes inside.
    [/\*+/g, /_+/g, /`+/g, /~+/g].every((run) => (span.match(run)?.length ?? 0) % 2 === 0) &&
    !span.includes('|') &&
    !span.includes('\\')
  );
}

/**
 * Apply non-overlapping replacements (the earliest, then longest, wins). In Markdown a span that holds syntax
 * characters keeps them and only its words are replaced, so emphasis, links and code stay balanced.
 */
export function applyReplacements(
  text: string,
  spans: readonly Replacement[],
  markdown: boolean,
): { text: string; removed: Record<string, number> } {
  // On one span, an undercover member's finding names what was removed ("@tq_fishing" is id/coworker's too).
  const undercoverFirst = (r: Replacement) => (r.reason === 'id/undercover' ? 0 : 1);
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || undercoverFirst(a) - undercoverFirst(b));
  const removed: Record<string, number> = {};
  let out = '';
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    out += text.slice(at, r.start);
    const original = text.slice(r.start, r.end);
    // (a span taken out with nothing in its place, a suppression comment, goes whole)
    // (an underscore inside a word, `dana_k`, is part of it: CommonMark never reads it as emphasis)
    const syntax = original.replace(INTRAWORD_UNDERSCORE, '');
    if (markdown && r.reason && r.reason !== RELINKED && r.text && MARKDOWN_SYNTAX.test(syntax) && !balanced(syntax)) {
      out += original.replace(/(?:[^*_`[\]()<>|~\\\s]|(?<=[\p{L}\p{N}])_+(?=[\p{L}\p{N}]))+(?:\s+(?:[^*_`[\]()<>|~\\\s]|(?<=[\p{L}\p{N}])_+(?=[\p{L}\p{N}]))+)*/gu, r.text);
    } else out += r.text;
    if (r.reason) removed[removedKey(r)] = (removed[removedKey(r)] ?? 0) + 1;
    at = r.end;
  }
  return { text: out + text.slice(at), removed };
}

// ---------------------------------------------------------------------------------------------------------------
// Images

/** What cleaning a picture runs: every detector, and which rules the report prints for the account (see coverDetect). */
type CoverDetect = ImageDetectOptions & { reported?: (ruleId: string) => boolean };

/**
 * Every detector runs on a picture to clean (what to cover does not depend on the packs), and the covers say which
 * of their rules the report prints for the post's account: a cover for a rule the selected packs do not cite there is
 * labelled so on stderr, not as if the report had raised it (user test 29, U29-16).
 */
function coverDetect(deps: SanitizeDeps, context: AccountContext): CoverDetect {
  return { ...deps.screener.detectOptions(context), skip: undefined, reported: (ruleId) => deps.screener.policyFor(ruleId, context) !== null };
}

async function sanitizeImage(
  path: string,
  read: ReadBytes,
  screener: ImageScreener,
  detect: CoverDetect,
  options: SanitizeOptions,
): Promise<SanitizedFile> {
  const { profile } = detect;
  let bytes: Buffer;
  try {
    bytes = read(path);
  } catch (err) {
    throw new InputError(path, readFailure(err));
  }
  const removed: Record<string, number> = { metadata: 1 };
  // one picture or page covered where its hits are, each cover counted in `removed`
  const cover = async (label: string, picture: Buffer, analysis: ImageAnalysisInput): Promise<Buffer> => {
    const regions = redactionRegions(analysis, screener.detect(analysis, detect), profile, options, detect.reported);
    for (const r of regions) removed[r.reason] = (removed[r.reason] ?? 0) + 1;
    return redactImage(label, picture, regions, options.style, options.maxPixels);
  };
  const analysis = await screener.analyse(path, bytes, profile);
  const format = sniffFormat(bytes) as ImageFormat;
  const out = await cover(path, bytes, analysis);
  const pages = analysis.frames ?? 1;
  if (pages > 1 && (format === 'tiff' || format === 'gif' || format === 'webp')) {
    // every page cleaned as a picture of its own and joined back: the copy of a scan is the whole scan (U29-6)
    const kept = Math.min(pages, Math.max(1, options.maxPages ?? MAX_PAGES));
    const copies = [out];
    for (let page = 2; page <= kept; page++) {
      const label = `${path}#page-${page}`;
      const pageBytes = await pageImage(path, bytes, page - 1, options.maxPixels ?? MAX_PIXELS);
      copies.push(await cover(label, pageBytes, await screener.analyse(label, pageBytes, profile)));
    }
    removed[PAGES_KEPT] = kept - 1;
    if (pages > kept) removed[LATER_FRAMES] = pages - kept;
    return { source: path, path, kind: 'image', bytes: await joinPages(copies, format), removed };
  }
  // the copy is one picture: the pages or frames after the first (a format that cannot hold more) are not in it; an
  // HEIC or AVIF's later images (a burst, a collection) were screened but the JPEG holds the first only
  if (pages > 1) removed[format === 'heic' || format === 'avif' ? LATER_IMAGES : LATER_FRAMES] = pages - 1;
  const sequence = pages <= 1 && (format === 'heic' || format === 'avif') ? heifSequenceFrames(bytes) : undefined;
  if (sequence) removed[SEQUENCE_FRAMES] = sequence;
  return { source: path, path: cleanImagePath(path, format), kind: 'image', bytes: out, removed };
}

function memberNamed(profile: Profile, name: string | undefined): RosterMember | undefined {
  if (!name) return undefined;
  const n = name.trim().toLowerCase();
  return profile.roster.find((m) => m.name.toLowerCase() === n);
}

/** Whether a face (or a person's tagged region) is covered: undercover always; else unless consent or --keep-faces. */
function coversPerson(member: RosterMember | undefined, options: SanitizeOptions): boolean {
  if (member?.undercover) return true;
  return !options.keepFaces && !member?.consent;
}

/**
 * What to cover in a picture: the words behind privacy and identity findings read in it (house numbers, phone
 * numbers, name tags, badge and unit numbers), licence plates, faces of people who have not consented (and of
 * undercover members whatever the flags), and the face regions the metadata tagged with such people.
 */
export function redactionRegions(
  analysis: ImageAnalysisInput,
  hits: readonly Hit[],
  profile: Profile,
  options: SanitizeOptions,
  reported: (ruleId: string) => boolean = () => true,
): Region[] {
  const regions: Region[] = [];
  for (const h of hits) {
    if (!h.box) continue;
    const block = tagCover(h, analysis.ocr?.words ?? []);
    if (block?.tag) {
      regions.push({ box: block.box, reason: h.ruleId, tag: { lineHeight: block.lineHeight } });
    } else if (block) {
      regions.push({ box: wholeWord(h.box), reason: h.ruleId });
    } else if (h.source === 'ocr' && (COVERED_OCR_RULES.has(h.ruleId) || (h.ruleId === 'image/police-markings' && /\d/.test(h.evidence)))) {
      regions.push({ box: wholeWord(h.box), reason: h.ruleId });
    } else if (h.source === 'metadata' && PEOPLE_RULES.has(h.ruleId) && coversPerson(memberNamed(profile, h.evidence), options)) {
      regions.push({ box: h.box, reason: h.ruleId === 'id/undercover' ? 'undercover' : 'face' });
    }
  }
  for (const f of analysis.faces ?? []) {
    const member = memberNamed(profile, f.match);
    if (coversPerson(member, options)) regions.push({ box: f.box, reason: member?.undercover ? 'undercover' : 'face' });
  }
  for (const box of plateBoxes(analysis.ocr?.words ?? [])) regions.push({ box, reason: 'plate' });
  return dedupeRegions(regions.map((r) => (/^[a-z]+\/[a-z-]+$/.test(r.reason) && !reported(r.reason) ? { ...r, reason: `${r.reason} ${UNREPORTED}` } : r)));
}

/**
 * Plates among the OCR words: one word, or two neighbours on the same line. Digits OCR read as touching fragments
 * are one group first (`7KDR` `5` `2` of a drawn plate is `7KDR 52`), and the cover reaches half a character past
 * the words read, so an edge character OCR dropped is covered too.
 */
function plateBoxes(words: readonly OcrWord[]): Box[] {
  const out: Box[] = [];
  const isPlate = (s: string) => !CLOCK_TIMES.test(s) && PLATE_PATTERNS.some((p) => p.pattern.test(p.anyCase ? s.toUpperCase() : s));
  const read = joinDigitFragments(words);
  for (let i = 0; i < read.length; i++) {
    // The longest run of one to three words on a line that reads as a plate.
    let run = [read[i]];
    for (let j = i + 1; j < Math.min(read.length, i + 3) && sameLine(read[j - 1].box, read[j].box); j++) run = [...run, read[j]];
    for (let n = run.length; n >= 1; n--) {
      const text = run.slice(0, n).map((w) => w.text).join(' ');
      if (!isPlate(text)) continue;
      const box = unionBox(run.slice(0, n).map((w) => w.box)) as Box;
      const chars = run.slice(0, n).reduce((k, w) => k + w.text.length, 0);
      const pad = Math.round(box.width / Math.max(chars, 1) / 2);
      out.push({ x: Math.max(0, box.x - pad), y: box.y, width: box.width + 2 * pad, height: box.height });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Digit-only words on one line that touch (a gap under a third of their height) read as one: `5` + `2` -> `52`. */
function joinDigitFragments(words: readonly OcrWord[]): { text: string; box: Box }[] {
  const out: { text: string; box: Box }[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    const touching = last && sameLine(last.box, w.box) && w.box.x - (last.box.x + last.box.width) < Math.max(last.box.height, w.box.height) / 3;
    if (touching && /^\d+$/.test(last.text) && /^\d+$/.test(w.text)) out[out.length - 1] = { text: last.text + w.text, box: unionBox([last.box, w.box]) as Box };
    else out.push({ text: w.text, box: w.box });
  }
  return out;
}

function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return overlap > 0.5 * Math.min(a.height, b.height) && b.x - (a.x + a.width) < 1.5 * Math.max(a.height, b.height);
}

/**
 * One cover per box, labelled with the strongest reason among the hits that made it: an undercover member's name read
 * with a rank is an id/coworker and an id/undercover hit on the same tag, and the report's error is the undercover
 * one (user test 29, U29-16: stderr said "1 region covered (id/coworker)"); a rule the report prints before one it
 * leaves out.
 */
function dedupeRegions(regions: Region[]): Region[] {
  const key = (r: Region) => `${r.box.x},${r.box.y},${r.box.width},${r.box.height}`;
  const rank = (reason: string) => (reason === 'id/undercover' || reason === 'undercover' ? 0 : reason.endsWith(UNREPORTED) ? 2 : 1);
  const byBox = new Map<string, Region>();
  for (const r of regions) {
    const kept = byBox.get(key(r));
    if (!kept || rank(r.reason) < rank(kept.reason)) byBox.set(key(r), kept ? { ...kept, reason: r.reason } : r);
  }
  return [...byBox.values()];
}
