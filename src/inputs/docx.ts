/**
 * Word documents (`.docx`, a press release or a drafted statement): their text and the pictures inside them, read
 * with mammoth (a maintained, pure-JS docx reader; no macros are run and nothing outside the file is fetched).
 */
import type JSZip from 'jszip';
import { InputError } from '../core/errors.js';
import type { MetadataText } from '../core/types.js';
import { MAX_TEXT_BYTES } from './text.js';
import { ALT_CHUNK_TAG, altChunks } from './alt-chunk.js';
import { embeddedObjects, isEmbeddedObject, rawStrings } from './embedded.js';
import { sniffFormat } from './image-format.js';
import { bodyText } from './word-body.js';
import { fileNameWords } from './markdown.js';
import { mib, oleWordReason, openPackage, PICTURE_PART, textOf, unescapeXml, wordFileKind, zipFailure } from './ooxml.js';

export { DOCUMENT_EXTENSIONS, isDocumentPath, isLegacyWordPath, markDocument } from '../core/documents.js';
export { MAX_DOCX_BYTES, MAX_DOCX_PART_BYTES, oleWordReason, openPackage, PICTURE_PART, unescapeXml, wordFileKind } from './ooxml.js';

/** A package's macros (VBA project and its data): never run, not screened, left out of the clean copy. */
export const MACRO_PART = /^word\/(?:vbaProject\.bin|vbaData\.xml|_rels\/vbaProject\.bin\.rels)$/i;

/** A picture embedded in a document; `path` is `<document>#image<N>.<ext>`, how reports name it. */
export interface EmbeddedImage {
  path: string;
  bytes: Buffer;
}

export interface DocumentContent {
  /** Paragraphs, one per line: offsets and lines in findings refer to this text. */
  text: string;
  images: EmbeddedImage[];
  /**
   * Text the file carries besides its body: headers, footers, foot- and endnotes (mammoth's raw text is the body
   * only), tracked deletions, comments, and the author fields of its properties and revisions. Each is screened like a picture's
   * caption (source `metadata`, tagged by where it came from); `sanitize` writes a copy without them.
   */
  hidden: MetadataText[];
  /** What the file carries besides its text, counted for a note ("2 tracked deletions, 1 comment, author fields"). */
  carried: string[];
  /** Embedded objects that could not be read (`embeddings/x.xlsx: not a zip package ...`): the file is not wholly screened. */
  unread?: string[];
  /** The macro part (`word/vbaProject.bin`) when the package holds macros: named in a note, never run or screened. */
  macros?: string;
}

const EXT_OF: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/tiff': 'tif', 'image/webp': 'webp' };

/** Whether the package holds a picture part: most press releases have none, and then mammoth's HTML pass is skipped. */
function holdsPictures(zip: JSZip): boolean {
  return Object.values(zip.files).some((f) => !f.dir && PICTURE_PART.test(f.name));
}

/** Parts the page shows whose text mammoth's raw text leaves out (it reads the body only): `word/header1.xml` -> `header1`. */
const MARGIN_PART = /^word\/((?:header|footer)\d*|footnotes|endnotes)\.xml$/;
/** The tags those parts' texts are screened under (`header1`, `footnotes`): what `sanitize` replaces in place. */
export const MARGIN_TAG = /^(?:(?:header|footer)\d*|footnotes|endnotes)$/;
/**
 * A drawing's text part, drawn on the page: a chart's (`word/charts/chart1.xml`, Office 2016's `chartEx1.xml`: its
 * title, axis titles and data labels, series names, category labels), read as `chart1`; a SmartArt diagram's (an org
 * chart, a "who to contact" box: `word/diagrams/data1.xml`, its nodes' text, and `drawing1.xml`, the same text as
 * drawn), read together as `diagram1` (user test 29, U29-2).
 */
const DRAWING_PART = /^word\/(?:charts\/(chart(?:Ex)?\d+)|diagrams\/(?:data|drawing)(\d+))\.xml$/;
/**
 * The tags drawings' texts are screened under (`chart1`, `diagram1`, and `part:<name>` for any other part of the
 * document holding text runs): what `sanitize` replaces in place, as a header's.
 */
export const DRAWING_TAG = /^(?:chart(?:Ex)?\d+|diagram\d+|part:.+)$/;
/**
 * Whether a finding's tag names words the page shows that the body text (mammoth's) leaves out, kept in text runs the
 * copy replaces in place: a header's, a note's, a drawing's, and what a simple field shows (`<w:fldSimple>`'s result,
 * screened as `field`: user test 29, U29-32), an imported chunk's (`alt-chunk:afchunk.htm`, written into the copy's body as
 * plain paragraphs: U29-29), a watermark's (`watermark`, a VML text path's `string`, replaced in the attribute: U29-33).
 */
export const shownOutsideBody = (tag: string) =>
  MARGIN_TAG.test(tag) || DRAWING_TAG.test(tag) || tag === 'field' || tag === 'watermark' || tag.startsWith(ALT_CHUNK_TAG);
/** Parts read on their own below, or holding no words a page shows (styles, settings, numbering, fonts, theme). */
const READ_ELSEWHERE = /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes|comments\w*|people|glossary\/.*|settings|styles|stylesWithEffects|webSettings|fontTable|numbering|theme\/.*)\.xml$/;
/** A text run of WordprocessingML or DrawingML (`<w:t>`, `<a:t>`): a part holding one holds words. */
const TEXT_RUN = /<[wa]:t[\s>]/;
/**
 * A chart's text, a piece at a time: a rich text run (`<a:t>`: a title, an axis title, a data label) ends at its
 * paragraph (`</a:p>`); a cached value (`<c:v>` of a series name or category label, `<cx:pt>`/`<cx:v>` in a chartEx)
 * stands alone. The values plotted (`<c:val>`, `<c:xVal>`, `<c:yVal>`, `<c:bubbleSize>`, a chartEx's `<cx:numDim>`)
 * are data, not words, and are left out by `chartText`; categories written as numbers (`<c:cat>`'s `<c:numCache>`,
 * badge or phone numbers along an axis) are read like any label (user test 29).
 */
export const CHART_RUNS = { pattern: /<(a:t|c:v|cx:v|cx:pt)(\s[^>]*)?>([^<]*)<\/\1>|<\/a:p>/g, single: new Set(['c:v', 'cx:v', 'cx:pt']) };
const CHART_NUMBERS = /<(c:val|c:xVal|c:yVal|c:bubbleSize|cx:numDim|c:f|cx:f|c:formatCode)\b[\s\S]*?<\/\1>/g;

/**
 * A number as a chart shows it through its number format, for the digit formats a number written as a phone or an id
 * takes (Excel's Phone Number format `[<=9999999]###-####;(###) ###-####` shows 5552010188 as "(555) 201-0188"):
 * `#` and `0` placeholders, literal characters, `[<=N]` conditions. Anything else (General, dates, decimals) as cached.
 */
export function formattedNumber(value: string, code: string): string {
  const n = Number(value);
  if (!/^\s*-?\d+\s*$/.test(value) || !/[#0]/.test(code) || /[dmyhs@%.,E]/i.test(code.replace(/\[[^\]]*\]|"[^"]*"|\\./g, ''))) return value;
  const sections = code.split(';');
  const holds = (section: string) => {
    const condition = /\[(<=|>=|<>|<|>|=)(-?\d+(?:\.\d+)?)\]/.exec(section);
    if (!condition) return undefined;
    const limit = Number(condition[2]);
    return { '<=': n <= limit, '>=': n >= limit, '<>': n !== limit, '<': n < limit, '>': n > limit, '=': n === limit }[condition[1] as '<='];
  };
  const section = sections.find((s) => holds(s) === true) ?? sections.find((s, i) => holds(s) === undefined && (i === 0 || n >= 0 || i === 1)) ?? sections[0]!;
  const pattern = [...section.replace(/\[[^\]]*\]/g, '').matchAll(/"([^"]*)"|\\(.)|([#0])|(.)/g)].map((m) => (m[3] ? { digit: m[3] } : { text: m[1] ?? m[2] ?? m[4] ?? '' }));
  let digits = String(Math.abs(Math.trunc(n)));
  let out = '';
  for (let i = pattern.length - 1; i >= 0; i--) {
    const p = pattern[i]!;
    if ('text' in p) out = p.text + out;
    else if (digits) {
      const first = pattern.findIndex((q) => 'digit' in q);
      // the leftmost placeholder takes every digit left
      out = (i === first ? digits : digits.slice(-1)) + out;
      digits = i === first ? '' : digits.slice(0, -1);
    } else if (p.digit === '0') out = '0' + out;
  }
  return (n < 0 && !section.includes('-') ? '-' : '') + out.trim();
}

/** A chart's number caches left (categories) with each value as the chart shows it. */
function formattedCaches(xml: string): string {
  return xml.replace(/<c:numCache>([\s\S]*?)<\/c:numCache>/g, (cache, inner: string) => {
    const code = unescapeXml(/<c:formatCode>([^<]*)<\/c:formatCode>/.exec(inner)?.[1] ?? 'General');
    return cache.replace(/<c:v>([^<]*)<\/c:v>/g, (_, v: string) => `<c:v>${formattedNumber(v, code).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</c:v>`);
  });
}

/** The words a chart shows, one title, label or name a line, each once (a series name is cached per point too). */
export function chartText(xml: string): string {
  const lines = new Set<string>();
  let paragraph = '';
  const flush = () => {
    if (paragraph.trim()) lines.add(paragraph.trim());
    paragraph = '';
  };
  for (const m of formattedCaches(xml).replace(CHART_NUMBERS, '').matchAll(CHART_RUNS.pattern)) {
    if (!m[1]) flush();
    else {
      paragraph += unescapeXml(m[3]!);
      if (CHART_RUNS.single.has(m[1])) flush();
    }
  }
  flush();
  return [...lines].join('\n');
}

/** Property fields that name a person or hold prose about the file, by part. */
const PROPERTY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'docProps/core.xml': ['dc:creator', 'cp:lastModifiedBy', 'dc:title', 'dc:subject', 'dc:description', 'cp:keywords', 'cp:category'],
  // Template: the path of the template the file was made from, which holds the Windows account name
  'docProps/app.xml': ['Company', 'Manager', 'Template'],
};
/** Relationship parts: a hyperlink's address (`mailto:`, `tel:`, a profile URL) lives there, not in the text. */
export const RELS_PART = /^word\/(?:glossary\/)?_rels\/[^/]+\.rels$/;
/** The package's custom properties and custom XML parts: free fields any tool or person may fill. */
export const CUSTOM_PART = /^(?:docProps\/custom\.xml|customXml\/.+)$/;
/**
 * A picture's alternative text and title, read aloud and kept by sites that import Word: `<wp:docPr descr="...">`, and
 * in the older VML a picture is kept in, `<v:imagedata o:title="...">` and `<v:shape alt="...">`.
 */
export const ALT_TEXT = /<(?:wp:docPr|[a-z][a-z0-9]*:cNvPr|v:imagedata|v:shape)\b[^>]*>/g;
/** The attributes of those elements that hold it (`descr`, `title`, `o:title`, `alt`). */
export const ALT_ATTRIBUTE = /\s(descr|(?:o:)?title|alt)="([^"]*)"/g;
/**
 * A drawing's name (user test 29, U29-24): `<wp:docPr id="1" name="Kenji Watanabe at HQ">`, shown in Word's Selection
 * Pane, and `<pic:cNvPr name="IMG_4471 watanabe.jpg">`, often the name of the file the picture was inserted from; a
 * text box's or shape's `docPr` too. Group 1 is the name.
 */
export const SHAPE_NAME = /(?<=<(?:wp:docPr|[a-z][a-z0-9]*:cNvPr)\b[^>]*)\sname="([^"]*)"/g;
/** The names Word gives (`Picture 1`, `Text Box 2`, `image1.jpeg`): nothing a person typed. */
export const DEFAULT_SHAPE_NAME = /^(?:(?:Picture|Image|Text ?Box|Rectangle|Oval|Shape|Group|Chart|Diagram|Canvas|Straight (?:Arrow )?Connector|Freeform|Ink|Graphic|Object|Content Placeholder|TextBox|WordArt|Rounded Rectangle|Grafik|Afbeelding|Imagen|Image|Bild)\s*\d*|image\d*\.\w{2,5})$/i;
/** Link schemes that go straight to a person (e-mail, phone, text): the copy keeps such a link's words, not its address. */
export const CONTACT_SCHEMES = ['mailto', 'tel', 'sms', 'callto'];
const CONTACT_SCHEME = new RegExp(`^(?:${CONTACT_SCHEMES.join('|')}):`, 'i');
/** A link's address as a reader meets it: without its scheme and with %-escapes decoded ("tel:+1608..." -> "+1608..."). */
function linkText(target: string): string {
  const bare = unescapeXml(target).replace(CONTACT_SCHEME, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}
/** Fields counted as "author fields" in the note (the rest are prose a writer may not know is there). */
const AUTHOR_FIELDS: ReadonlySet<string> = new Set(['dc:creator', 'cp:lastModifiedBy', 'Company', 'Manager', 'revision-author', 'people']);
/** Parts that hold the document's running text (body, headers, footers, notes): tracked changes and their authors. */
export const TEXT_PART = /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/**
 * A run of hidden text (`<w:vanish/>` in its properties): in the file and in what mammoth reads, not on the page.
 * `<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN: home phone ...</w:t></w:r>`; a run inside a text box is its own match.
 */
export const HIDDEN_RUN =
  /<w:r(?:\s[^>]*)?>\s*<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*?<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>(?:(?!<w:r[\s>])[\s\S])*?<\/w:r>/g;

/** A revision element's opening tag that is not self-closing: `<w:del w:id="3" w:author="...">`. */
export const opening = (tag: string) => String.raw`<${tag}(?=[\s>])(?:[^>/]|/(?!>))*>`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A field's instruction: `<w:fldSimple w:instr=" HYPERLINK &quot;tel:...&quot; ">`, or `<w:instrText>` pieces. */
export const FIELD_SIMPLE = /<w:fldSimple\b[^>]*\bw:instr="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/w:fldSimple>)/g;
export const INSTR_TEXT = /<w:instrText(?:\s[^>]*)?>([^<]*)<\/w:instrText>/g;
/** `HYPERLINK "mailto:..."` (the address may be quoted or bare; switches such as `\l` may follow). */
export const HYPERLINK_FIELD = /\bHYPERLINK\s+(?:"([^"]*)"|(\S+))/i;
/** Fields Word fills from the document's author or the user's name (`AUTHOR`, `LASTSAVEDBY`, `USERNAME`...). */
export const NAME_FIELD = /^\s*(?:AUTHOR|LASTSAVEDBY|USERNAME|USERINITIALS|USERADDRESS)\b/i;
/** A bookmark's name (Word's own start with `_`: `_GoBack`, `_Toc...`); content controls' alias and tag. */
export const BOOKMARK = /<w:bookmarkStart\b[^>]*\bw:name="([^"_][^"]*)"[^>]*\/>/g;
export const CONTROL_LABEL = /<w:(?:alias|tag)\b[^>]*\bw:val="([^"]*)"[^>]*\/>/g;
/**
 * A link's ScreenTip, what Word shows on hovering it (and a web or PDF export keeps as its title): `w:tooltip` of a
 * `<w:hyperlink>`, `tooltip` of a picture's or shape's DrawingML link (user test 29, U29-28). Group 1 is its text.
 */
export const TOOLTIP = /\s(?:w:)?tooltip="([^"]*)"(?=[^<]*>)/g;
/** The elements a ScreenTip stands on; only their `tooltip` attributes are read and cleaned. */
export const TOOLTIP_ELEMENT = /<(?:w:hyperlink|a:hlinkClick|a:hlinkHover)\b[^>]*>/g;
/** A field-coded link's ScreenTip: the `\o "..."` switch of `HYPERLINK "url" \o "Det. ..."`. */
export const TOOLTIP_SWITCH = /\\o\s+"([^"]*)"/g;
/**
 * The text of a VML text path: Word's text watermark (`<v:shape id="PowerPlusWaterMarkObject1"><v:textpath
 * string="DRAFT for ..."/>`, in a header, printed across every page) and old WordArt, which Word 365 still writes so
 * (user test 29, U29-33). Groups: the element up to the value, the value, the closing quote.
 */
export const TEXTPATH = /(<v:textpath\b[^>]*?\sstring=")([^"]*)(")/g;
/** Document variables (`<w:docVar w:name="Author" w:val="..."/>` in settings.xml): what templates and mail merges store. */
export const DOC_VARIABLE = /<w:docVar\b[^>]*\bw:name="([^"]*)"[^>]*\bw:val="([^"]*)"[^>]*\/>/g;
export const DOC_VARIABLES = /<w:docVars\b[^>]*>[\s\S]*?<\/w:docVars>|<w:docVars\b[^>]*\/>/g;

/**
 * What a part's fields, bookmarks and content controls carry (user test 27, U2-7; user test 25, P3-5): a field-coded
 * link's address (`HYPERLINK "mailto:..."`, screened as `link-address` like a relationship's), the text a simple
 * field shows (`<w:fldSimple w:instr="AUTHOR">Carla ...`: mammoth's text leaves it out, so it is screened as `field`),
 * bookmark names (`Priya_Raghunathan_home`, `bookmark`) and content controls' alias and tag (`content-control`).
 */
function fieldParts(xml: string): { hidden: MetadataText[]; counts: Record<string, number> } {
  const hidden: MetadataText[] = [];
  const counts: Record<string, number> = {};
  const links: string[] = [];
  const results: string[] = [];
  const instructions: string[] = [];
  for (const f of xml.matchAll(FIELD_SIMPLE)) {
    instructions.push(unescapeXml(f[1]!));
    const shown = f[2] ? textOf(f[2], 'w:t') : '';
    if (shown) results.push(shown);
  }
  // a complex field's instruction may be split over runs: the pieces of one paragraph read together
  for (const paragraph of xml.split(/<\/w:p>/)) {
    const pieces = [...paragraph.matchAll(INSTR_TEXT)].map((m) => unescapeXml(m[1]!));
    if (pieces.length) instructions.push(...pieces.join('').split(/(?=\bHYPERLINK\b)/));
  }
  for (const instruction of instructions) {
    const link = HYPERLINK_FIELD.exec(instruction);
    const target = link?.[1] ?? link?.[2];
    // `#` is what a clean copy leaves of a contact link
    if (target?.trim() && target.trim() !== '#') links.push(linkText(target));
  }
  if (links.length) {
    hidden.push({ tag: 'link-address', text: links.join('\n') });
    counts['field-coded link'] = links.length;
  }
  if (results.length) hidden.push({ tag: 'field', text: results.join('\n') });
  const tips: string[] = [];
  for (const element of xml.matchAll(TOOLTIP_ELEMENT)) for (const tip of element[0].matchAll(TOOLTIP)) tips.push(unescapeXml(tip[1]!).trim());
  for (const instruction of instructions) for (const tip of instruction.matchAll(TOOLTIP_SWITCH)) tips.push(tip[1]!.trim());
  if (tips.some(Boolean)) {
    hidden.push({ tag: 'link-tooltip', text: tips.filter(Boolean).join('\n') });
    counts['link ScreenTip'] = tips.filter(Boolean).length;
  }
  // `bookmark1`: a name a clean copy gave
  const bookmarks = [...xml.matchAll(BOOKMARK)]
    .map((b) => unescapeXml(b[1]!))
    .filter((b) => !/^bookmark\d+$/.test(b))
    .map((b) => b.replace(/[_-]+/g, ' ').trim())
    .filter(Boolean);
  if (bookmarks.length) {
    hidden.push({ tag: 'bookmark', text: bookmarks.join('\n') });
    counts['bookmark name'] = bookmarks.length;
  }
  const labels = [...xml.matchAll(CONTROL_LABEL)].map((c) => unescapeXml(c[1]!).trim()).filter(Boolean);
  if (labels.length) {
    hidden.push({ tag: 'content-control', text: labels.join('\n') });
    counts['content-control label'] = labels.length;
  }
  return { hidden, counts };
}

/** Headers, footers, notes, tracked deletions, comments and author fields: see DocumentContent.hidden. */
async function hiddenParts(zip: JSZip): Promise<{ hidden: MetadataText[]; carried: string[] }> {
  const hidden: MetadataText[] = [];
  const authors = new Set<string>();
  let deletions = 0;
  let comments = 0;
  let hiddenRuns = 0;
  const counted: Record<string, number> = {};
  /** Watermarks and WordArt text paths, each once (Word repeats a watermark in every header of a section). */
  const watermarks = new Set<string>();
  /** Each chart's and diagram's lines, once (a diagram's data and drawing parts say the same). */
  const drawingLines = new Map<string, Set<string>>();
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
  for (const name of names) {
    const margin = MARGIN_PART.exec(name);
    const fields = PROPERTY_FIELDS[name];
    const isComments = name === 'word/comments.xml';
    const glossary = name === 'word/glossary/document.xml';
    // the glossary's entries are read like the body's text, fields and pictures' alt text
    const running = TEXT_PART.test(name) || glossary;
    const rels = RELS_PART.test(name);
    const custom = CUSTOM_PART.test(name);
    const drawing = DRAWING_PART.exec(name);
    const people = name === 'word/people.xml';
    const settings = name === 'word/settings.xml';
    // any other part of the document's own folder: read when it holds text runs (never a part left unread: U29-2)
    const other = !drawing && /^word\/.+\.xml$/.test(name) && !READ_ELSEWHERE.test(name);
    if (!margin && !fields && !isComments && !running && !rels && !custom && !drawing && !people && !settings && !other) continue;
    const xml = await zip.file(name)!.async('string');
    if (drawing) {
      const tag = drawing[1] ?? `diagram${drawing[2]}`;
      const lines = drawingLines.get(tag) ?? new Set<string>();
      for (const line of chartText(xml).split('\n')) if (line) lines.add(line);
      drawingLines.set(tag, lines);
    }
    if (other && TEXT_RUN.test(xml)) {
      const text = [chartText(xml), textOf(xml, 'w:t')].filter(Boolean).join('\n');
      if (text) hidden.push({ tag: `part:${name.slice('word/'.length)}`, text });
    }
    if (settings) {
      // each document variable as "name: value" (user test 29, U29-28)
      const variables = [...xml.matchAll(DOC_VARIABLE)].map((v) => `${unescapeXml(v[1]!)}: ${unescapeXml(v[2]!)}`.trim());
      if (variables.length) {
        hidden.push({ tag: 'document-variable', text: variables.join('\n') });
        counted['document variable'] = variables.length;
      }
    }
    if (people) {
      // modern Word's list of the people who commented: their names and account ids (`kwatanabe.vice@...`)
      for (const a of xml.matchAll(/\bw15:author="([^"]*)"/g)) if (a[1]!.trim()) authors.add(unescapeXml(a[1]!).trim());
      const accounts = [...xml.matchAll(/\bw15:userId="([^"]*)"/g)].map((m) => unescapeXml(m[1]!).trim()).filter(Boolean);
      if (accounts.length) hidden.push({ tag: 'people', text: [...new Set(accounts)].join('\n') });
    }
    if (rels) {
      // One text a part, an address a line: a finding's place is then its own (two links share no offsets).
      const addresses: string[] = [];
      for (const link of xml.matchAll(/<Relationship\b[^>]*\bTargetMode="External"[^>]*>/g)) {
        const target = /\bTarget="([^"]*)"/.exec(link[0]);
        if (target?.[1].trim()) addresses.push(linkText(target[1]));
      }
      if (addresses.length) hidden.push({ tag: 'link-address', text: addresses.join('\n') });
    }
    if (custom) {
      // Each custom property as "name: value"; a custom XML part's text, its elements' contents one a line.
      const properties = [...xml.matchAll(/<property\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/property>/g)];
      const text = properties.length
        ? properties.map((p) => `${unescapeXml(p[1])}: ${unescapeXml(p[2].replace(/<[^>]*>/g, ' ')).trim()}`).join('\n')
        : unescapeXml(xml.replace(/<\?xml[^>]*\?>/, '').replace(/<[^>]*>/g, '\n')).split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
      if (text.trim()) hidden.push({ tag: name.startsWith('docProps/') ? 'custom-property' : 'custom-xml', text });
    }
    if (running) {
      const hiddenByField = fieldParts(xml);
      hidden.push(...hiddenByField.hidden);
      for (const [what, n] of Object.entries(hiddenByField.counts)) counted[what] = (counted[what] ?? 0) + n;
    }
    if (running) {
      // wp:docPr and pic:cNvPr of one picture often say the same: each text once
      const alts = new Set<string>();
      for (const element of xml.matchAll(ALT_TEXT)) {
        for (const a of element[0].matchAll(ALT_ATTRIBUTE)) if (a[2]!.trim()) alts.add(unescapeXml(a[2]!).trim());
      }
      if (alts.size) hidden.push({ tag: 'picture-alt-text', text: [...alts].join('\n') });
      const shapeNames = new Set<string>();
      for (const n of xml.matchAll(SHAPE_NAME)) {
        const value = unescapeXml(n[1]!).trim();
        // an inserted file's name read as words, as a linked picture's is (`kenji_watanabe-hq.jpg`)
        if (value && !DEFAULT_SHAPE_NAME.test(value)) shapeNames.add(PICTURE_PART.test(value) ? fileNameWords(value, { keepUnderscores: true }).replace(/\s+/g, ' ').trim() : value);
      }
      if (shapeNames.size) {
        hidden.push({ tag: 'shape-name', text: [...shapeNames].join('\n') });
        counted['picture or shape name'] = (counted['picture or shape name'] ?? 0) + shapeNames.size;
      }
    }
    if (running) for (const path of xml.matchAll(TEXTPATH)) if (path[2]!.trim()) watermarks.add(unescapeXml(path[2]!).trim());
    if (margin || glossary) {
      const text = textOf(xml, 'w:t');
      if (text) hidden.push({ tag: margin ? margin[1]! : 'glossary', text });
      if (glossary) counted['glossary entry (Quick Parts, AutoText)'] = [...xml.matchAll(/<w:docPart>/g)].length || 1;
    }
    if (running) {
      hiddenRuns += [...xml.matchAll(HIDDEN_RUN)].filter((r) => /<w:t[\s>]/.test(r[0])).length;
      for (const del of xml.matchAll(new RegExp(`${opening('w:del')}([\\s\\S]*?)</w:del>`, 'g'))) {
        deletions++;
        const text = textOf(del[1], 'w:delText');
        if (text) hidden.push({ tag: 'tracked-deletion', text });
      }
    }
    if (isComments) {
      for (const comment of xml.matchAll(new RegExp(`${opening('w:comment')}([\\s\\S]*?)</w:comment>`, 'g'))) {
        comments++;
        const text = textOf(comment[1], 'w:t');
        if (text) hidden.push({ tag: 'comment', text });
      }
    }
    if (running || isComments) {
      for (const a of xml.matchAll(/\bw:author="([^"]*)"/g)) if (a[1].trim()) authors.add(unescapeXml(a[1]).trim());
    }
    for (const field of fields ?? []) {
      const m = new RegExp(`<${field}(?:\\s[^>]*)?>([^<]+)</${field}>`).exec(xml);
      const value = m ? unescapeXml(m[1]).trim() : '';
      if (value) hidden.push({ tag: field, text: value });
    }
  }
  for (const [tag, lines] of drawingLines) if (lines.size) hidden.push({ tag, text: [...lines].join('\n') });
  if (watermarks.size) hidden.push({ tag: 'watermark', text: [...watermarks].join('\n') });
  for (const author of authors) hidden.push({ tag: 'revision-author', text: author });
  const carried: string[] = [];
  if (deletions) carried.push(plural(deletions, 'tracked deletion'));
  if (comments) carried.push(plural(comments, 'comment'));
  if (hiddenRuns) carried.push(`hidden text (${plural(hiddenRuns, 'run')})`);
  for (const [what, n] of Object.entries(counted)) carried.push(plural(n, what));
  const named = [...new Set(hidden.filter((h) => AUTHOR_FIELDS.has(h.tag)).map((h) => h.tag))];
  if (named.length) carried.push(`author fields (${named.join(', ')})`);
  return { hidden, carried };
}

/** The package's thumbnail, a picture of the first page as it was saved (`docProps/thumbnail.jpeg`): not a picture of the document's. */
export const THUMBNAIL_PART = /^docProps\/thumbnail\.[^/]+$/i;
/** The glossary (Quick Parts, AutoText): text and pictures kept in the file for reuse, on no page (user test 27, U2-11). */
export const GLOSSARY_PART = /^word\/glossary\//i;

/**
 * Every picture part the document holds besides the thumbnail, those the body shows (mammoth's, `#image1.jpg`, in
 * page order) and those it does not read: a header's or footer's letterhead photo, a footnote's or comment's, the
 * glossary's (user test 27, U2-13), named by their part (`#media/hdr.jpeg`). A part in a format no picture reader
 * knows (an EMF or WMF drawing, an OLE object's preview) is read for the strings it holds instead (`drawing:<part>`).
 */
async function pictureParts(path: string, zip: JSZip, body: EmbeddedImage[]): Promise<{ images: EmbeddedImage[]; drawings: MetadataText[] }> {
  const images: EmbeddedImage[] = [];
  const drawings: MetadataText[] = [];
  const seen = new Set(body.map((b) => b.bytes.toString('base64')));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir && PICTURE_PART.test(n) && !THUMBNAIL_PART.test(n) && !isEmbeddedObject(n)).sort();
  for (const name of names) {
    const bytes = await zip.file(name)!.async('nodebuffer');
    const label = name.replace(/^word\//, '');
    if (!sniffFormat(bytes)) {
      const strings = rawStrings(bytes);
      if (strings) drawings.push({ tag: `drawing:${label}`, text: strings });
      continue;
    }
    const key = bytes.toString('base64');
    if (seen.has(key)) continue;
    seen.add(key);
    images.push({ path: `${path}#${label}`, bytes });
  }
  return { images, drawings };
}

/** Read a .docx; a file that is not a readable Word document throws InputError. */
export async function readDocx(path: string, bytes: Buffer): Promise<DocumentContent> {
  // an old binary Word file (or an encrypted one) named .docx: said in one line, not "cut short" (user test 29, U29-26)
  if (wordFileKind(bytes) === 'ole') throw new InputError(path, oleWordReason(bytes));
  const zip = await openPackage(path, bytes);
  // Loaded on first need: most runs have no Word documents.
  const { default: mammoth } = await import('mammoth');
  try {
    const raw = { value: await bodyText(bytes) };
    if (Buffer.byteLength(raw.value) > MAX_TEXT_BYTES) {
      throw new InputError(path, `its text is ${mib(Buffer.byteLength(raw.value))}, over the ${mib(MAX_TEXT_BYTES)} limit for a draft (a post is short)`);
    }
    const body: EmbeddedImage[] = [];
    // The HTML pass is a second full parse; it is run only to hand over the pictures.
    if (holdsPictures(zip)) {
      await mammoth.convertToHtml(
        { buffer: bytes },
        {
          convertImage: mammoth.images.imgElement(async (image) => {
            const ext = EXT_OF[image.contentType] ?? (image.contentType.split('/')[1] || 'bin').replace(/[^a-z0-9]/gi, '');
            const data = await image.readAsBuffer();
            // a drawing (EMF, WMF) is read for its strings with the other picture parts
            if (sniffFormat(data)) body.push({ path: `${path}#image${body.length + 1}.${ext}`, bytes: data });
            return { src: '' };
          }),
        },
      );
    }
    const others = await pictureParts(path, zip, body);
    const embedded = await embeddedObjects(zip);
    const inObjects = embedded.pictures.filter((p) => sniffFormat(p.bytes)).map((p) => ({ path: `${path}#${p.name}`, bytes: p.bytes }));
    const carried = await hiddenParts(zip);
    // imported chunks (HTML, MHT, RTF, text, a Word document) Word reads into the body on opening (user test 29, U29-29)
    const chunks = await altChunks(zip);
    const chunkTexts = chunks.filter((c) => c.text).map((c) => ({ tag: `${ALT_CHUNK_TAG}${c.part.replace(/^word\//, '')}`, text: c.text! }));
    const chunkUnread = chunks.filter((c) => c.text === undefined).map((c) => `${c.part.replace(/^word\//, '')}: imported chunk (altChunk) in a format clearpost does not read (${c.kind}): not screened; the clean copy drops it`);
    const chunkNote = chunks.length ? [`${chunks.length} imported chunk${chunks.length === 1 ? '' : 's'} (altChunk: ${[...new Set(chunks.map((c) => c.kind))].join(', ')}), shown in the body when Word opens the file`] : [];
    const macros = Object.keys(zip.files).find((n) => /^word\/vbaProject\.bin$/i.test(n));
    const drawings = others.drawings.length ? [`${others.drawings.length} drawing${others.drawings.length === 1 ? '' : 's'} (EMF, WMF or SVG: read for their text only)`] : [];
    return {
      // mammoth separates paragraphs with a blank line; one line per paragraph keeps line numbers meaningful.
      text: raw.value.replace(/\n\n/g, '\n').replace(/\n+$/, '\n'),
      images: [...body, ...others.images, ...inObjects],
      hidden: [...carried.hidden, ...chunkTexts, ...others.drawings, ...embedded.hidden],
      carried: [...carried.carried, ...chunkNote, ...embedded.carried, ...drawings],
      ...(embedded.unread.length || chunkUnread.length ? { unread: [...embedded.unread, ...chunkUnread] } : {}),
      ...(macros ? { macros } : {}),
    };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, `cannot read Word document: ${zipFailure(err)}`);
  }
}
