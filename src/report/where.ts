/**
 * Where a finding points, for the CI formatters (SARIF, JUnit, GitHub): a text finding points at its span in the
 * draft; an image finding of a post bundle at the draft line that attaches the image (when the caller passes that
 * anchor), else at the image file itself with no line. Evidence never enters here.
 */
import { isDocumentPath } from '../core/documents.js';
import { LineIndex } from '../core/locate.js';
import type { Clause, Finding, Location, RelatedSpan, Report } from '../core/types.js';

/** The draft line that attaches an image (see inputs/posts.ts anchorResolver). */
export interface Anchor {
  file: string;
  line: number;
  column?: number;
  start?: number;
  end?: number;
}

export interface PlaceOptions {
  /** Anchor image findings on the draft line that links the image. */
  anchorOf?: (finding: Finding) => Anchor | undefined;
  /** A file's text, to compute exact end line/column of spans that cross a line; else spans are taken as one line. */
  sourceText?: (file: string) => string | undefined;
}

export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset?: number;
  charLength?: number;
}

export interface Place {
  /** The file to point at. */
  file: string;
  region?: Region;
  /** The image the finding came from, when it did. */
  image?: string;
  /** True when an image finding is pointed at the draft line that attaches the image. */
  anchored: boolean;
  /**
   * A Word file's text finding: the paragraph it is in (its line in the extracted text). A Word file is a zip, so it
   * gets no region: a line or offset would point into the binary file (user test 27, U3-10).
   */
  paragraph?: number;
}

/** Text-file findings have offsets into the file; OCR offsets point into recognised text, not into any file. */
export function isFileTextFinding(f: Finding): boolean {
  return f.source === 'text' && !f.attachment && 'line' in f.location && 'start' in f.location;
}

export function placeOf(f: Finding, options: PlaceOptions = {}): Place {
  if (isFileTextFinding(f)) {
    const loc = f.location as { start: number; end: number; line: number; column: number };
    if (isDocumentPath(f.file)) return { file: f.file, paragraph: loc.line, anchored: false };
    return { file: f.file, region: spanRegion(loc, options.sourceText?.(f.file)), anchored: false };
  }
  const image = f.attachment ?? f.file;
  const anchor = f.attachment ? options.anchorOf?.(f) : undefined;
  if (anchor) {
    const column = anchor.column ?? 1;
    const length = anchor.start !== undefined && anchor.end !== undefined ? anchor.end - anchor.start : undefined;
    const region: Region = {
      startLine: anchor.line,
      startColumn: column,
      endLine: anchor.line,
      endColumn: length !== undefined && anchor.column !== undefined ? column + length : column,
    };
    if (anchor.start !== undefined && length !== undefined) {
      region.charOffset = anchor.start;
      region.charLength = length;
    }
    if (anchor.start !== undefined && anchor.end !== undefined) {
      const text = options.sourceText?.(anchor.file);
      if (text !== undefined) Object.assign(region, spanRegion({ start: anchor.start, end: anchor.end, ...position(text, anchor.start) }, text));
    }
    return { file: anchor.file, region, image, anchored: true };
  }
  return { file: image, image, anchored: false };
}

function position(text: string, offset: number): { line: number; column: number } {
  return new LineIndex(text).position(offset);
}

function spanRegion(loc: { start: number; end: number; line: number; column: number }, text: string | undefined): Region {
  const length = Math.max(0, loc.end - loc.start);
  const region: Region = {
    startLine: loc.line,
    startColumn: loc.column,
    endLine: loc.line,
    endColumn: loc.column + length,
    charOffset: loc.start,
    charLength: length,
  };
  if (text !== undefined) {
    const end = new LineIndex(text).position(loc.end);
    region.endLine = end.line;
    region.endColumn = end.column;
  }
  return region;
}

/** Where in an image: `tag GPSLatitude`, `text in the picture, region x=10 y=20 w=64 h=30`, `region x=... `. */
export function imageDetail(f: Finding): string[] {
  const loc = f.location;
  const parts: string[] = [];
  if ('tag' in loc) parts.push(`tag ${loc.tag}`);
  else if (f.source === 'ocr') parts.push('text in the picture');
  const box = 'box' in loc ? loc.box : undefined;
  if (box) parts.push(`region x=${box.x} y=${box.y} w=${box.width} h=${box.height}`);
  return parts;
}

/** `nypd P.G. 203-28 ¶11(b)`. */
export function clauseRef(c: Clause): string {
  return `${c.policy} ${c.id}`;
}

/** A finding's message plus, for image findings, which image (when pointing at the draft) and where in it. Never the evidence. */
export function describe(f: Finding, place: Place, options: PlaceOptions = {}): string {
  // a finding with related spans (one per post) says where its other cues are: "Also at 2:4, 3:48."
  const places = relatedPlaces(f, options);
  const also = places.length ? ` Also at ${places.map((p, i) => placeWords(f, p, f.related![i]!.location)).join('; ')}.` : '';
  if (place.paragraph) return `${f.message} (paragraph ${place.paragraph})${also}`;
  if (!place.image) return `${f.message}${also}`;
  const parts = [...(place.file !== place.image ? [place.image] : []), ...imageDetail(f)];
  return `${parts.length ? `${f.message} (${parts.join(', ')})` : f.message}${also}`;
}

/** `/`-separated, for URIs and CI annotations. */
export function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

/**
 * `--debug`: the detector and the named pattern that fired (`conduct/alcohol · QUANTITY`), and those of its related
 * spans (`id/self-affiliation · JOB_TENURE, POLICE_TEAM, ACADEMY_OWN`).
 */
export function firedBy(f: Finding): string {
  const more = [...new Set((f.related ?? []).map((r) => r.data?.pattern).filter((p) => p && p !== f.data?.pattern))];
  return `${f.data?.detector ?? f.ruleId} · ${[f.data?.pattern ?? '(no pattern name)', ...more].join(', ')}`;
}

/** A finding's related spans (Finding.related: its further cues) each as `show` writes it, joined; '' for none. */
export function alsoAt(f: Finding, show: (r: RelatedSpan) => string): string {
  return (f.related ?? []).map(show).join(', ');
}

/**
 * The places of a finding's related spans, as placeOf gives the finding's own (a Word file's paragraph, a picture's
 * anchor): the CI formats point at them with no evidence.
 */
export function relatedPlaces(f: Finding, options: PlaceOptions = {}): Place[] {
  return (f.related ?? []).map((r) => placeOf({ ...f, location: r.location, related: undefined }, options));
}

/** `line 2, column 4`, `paragraph 3`, `the picture's text, region x=...`: a related span's place in a CI message. */
function placeWords(f: Finding, place: Place, location: Location): string {
  if (place.paragraph) return `paragraph ${place.paragraph}`;
  if (place.region && !place.image) return `${place.region.startLine}:${place.region.startColumn}`;
  return imageDetail({ ...f, location }).join(', ') || place.file;
}

/**
 * A path as a human report prints it: the words of its file name that a finding flagged (`tag: file-name`, a member's
 * name or a phone number in `carla-vandeventer-608-555-0199.jpg`) masked, as evidence is, unless the findings carry
 * their evidence in clear (`--show-evidence`). `findings` are the post's; `attachment` picks an attached picture's.
 * e.g. "img/*****-**********-***-***-****.jpg"
 */
export function shownPath(path: string, findings: readonly Finding[], attachment?: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const base = path.slice(slash + 1);
  const chars = [...base];
  let masked = false;
  for (const f of findings) {
    // a finding read in a linked picture's name at the link (user test 27, U3-16) says where in that name it is
    const loc = (f.inFileName && f.inFileName.attachment === path ? { tag: 'file-name', ...f.inFileName, attachment } : { ...f.location, attachment: f.attachment }) as {
      tag?: string;
      start?: number;
      end?: number;
      attachment?: string;
    };
    if (loc.tag !== 'file-name' || loc.start === undefined || loc.end === undefined || loc.attachment !== attachment) continue;
    // evidence in clear is the name read as words ("marcus delgado" of "marcus-delgado")
    const words = (x: string) => x.replace(/%20|[-_.+~\s]/g, ' ');
    if (words(base.slice(loc.start, loc.end)) === words(f.evidence)) continue;
    for (let i = loc.start; i < loc.end && i < base.length; i++) if (/[\p{L}\p{N}]/u.test(base[i]!)) chars[i] = '*';
    masked = true;
  }
  return masked ? path.slice(0, slash + 1) + chars.join('') : path;
}

/**
 * The account the run's posts were screened for, as the summaries say it: `official account`; where front matter
 * chose the other account for some posts, that too (`official account, 1 post personal by its front matter`), so the
 * summary never names an account a post was not screened for (user test 27, U2-5).
 */
export function accountsOf(report: Report): string {
  const s = report.summary;
  const other = s.context === 'official' ? 'personal' : 'official';
  const n = report.files.filter((f) => f.context === other).length;
  if (!n) return `${s.context} account`;
  if (n === report.files.length) return `${other} account (front matter)`;
  return `${s.context} account, ${n} post${n === 1 ? '' : 's'} ${other} by ${n === 1 ? 'its' : 'their'} front matter`;
}
