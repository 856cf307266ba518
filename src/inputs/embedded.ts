/**
 * Objects embedded in a Word document (user test 27, U2-12): a workbook, a document or a slide deck pasted into it
 * (`word/embeddings/Microsoft_Excel_Worksheet.xlsx`, an Office package) or an OLE object (`oleObject1.bin`, a compound
 * file). A double-click in Word opens them whole, so what they hold travels with the file: an Office package's text
 * (shared strings and cells, paragraphs, slides, comments) and its properties are read here, and its pictures handed
 * over; an OLE object is read only as the strings in its bytes (there is no compound-file reader here, and nothing in it
 * is run). `sanitize` drops every embedded object from the copy (src/inputs/docx-rewrite.ts).
 */
import type JSZip from 'jszip';
import { InputError } from '../core/errors.js';
import type { MetadataText } from '../core/types.js';
import { openPackage, PICTURE_PART, textOf, unescapeXml } from './ooxml.js';

/** Where Office keeps embedded objects: `word/embeddings/`, and `xl/embeddings/` inside an embedded workbook. */
const EMBEDDED_PART = /(?:^|\/)embeddings\/[^/]+$/i;

/** An embedded object's part: in an `embeddings/` folder, and no picture (a picture kept there is screened as one). */
export const isEmbeddedObject = (name: string) => EMBEDDED_PART.test(name) && !PICTURE_PART.test(name);

/** Tags of what an embedded object holds start with this (`embedded:Microsoft_Excel_Worksheet.xlsx`). */
export const EMBEDDED_TAG = 'embedded:';

/** How deep objects inside objects are opened (a document in a workbook in a document). */
const MAX_DEPTH = 3;
/** The most text taken from one object's raw strings (a big OLE object is mostly binary). */
const MAX_STRINGS_CHARS = 256 * 1024;
/** How much of an object's or a drawing's bytes is read for strings. */
const MAX_STRINGS_BYTES = 16 * 1024 * 1024;

export interface EmbeddedContent {
  /** Each object's text (tag `embedded:<name>`) and properties (`embedded:<name>:properties`). */
  hidden: MetadataText[];
  /** Pictures inside embedded packages, named from the document (`embeddings/Book.xlsx/xl/media/image1.png`). */
  pictures: { name: string; bytes: Buffer }[];
  /** What was found, for the note: `1 embedded workbook`, `1 OLE object (read as raw strings only)`. */
  carried: string[];
  /** Objects whose text could not be read at all: `embeddings/x.xlsx: not a zip package ...`. */
  unread: string[];
}

/** The kind of an embedded Office package, by its name or its main part, for the note. */
function packageKind(name: string, zip: JSZip): string {
  if (/\.xls[xmb]?$/i.test(name) || Object.keys(zip.files).some((n) => n.startsWith('xl/'))) return 'workbook';
  if (/\.ppt[xm]?$/i.test(name) || zip.file('ppt/presentation.xml')) return 'slide deck';
  if (/\.(?:doc|dot)[xm]?$/i.test(name) || zip.file('word/document.xml')) return 'document';
  return 'package';
}

/** Parts of a package that hold no words anyone typed (layout, styles, themes, relationships). */
const NO_TEXT_PART =
  /(?:^|\/)(?:\[Content_Types\]\.xml|_rels\/.*|styles\.xml|theme\/.*|fontTable\.xml|settings\.xml|webSettings\.xml|numbering\.xml|calcChain\.xml|presProps\.xml|viewProps\.xml|tableStyles\.xml|slideMasters\/.*|slideLayouts\/.*|printerSettings\/.*)$/i;

/** Property fields of an embedded package that name a person or hold prose (`dc:creator`, `dc:title`, `Company`). */
const PROPERTY_FIELD = /<((?:dc|cp):(?:creator|lastModifiedBy|title|subject|description|keywords|category)|Company|Manager|Template)(?:\s[^>]*)?>([^<]+)<\/\1>/g;

/** The cells of a sheet: a shared-string cell holds an index (its text is in sharedStrings.xml); others their value. */
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ELEMENT_TEXT = (tag: string) => new RegExp(`<(?:\\w+:)?${tag}(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?${tag}>`, 'g');

/** A sheet's cell values and formulas, one a line (`4135550177`, `="Priya "&"Raghunathan"`). */
function sheetText(xml: string): string {
  const lines: string[] = [];
  for (const cell of xml.matchAll(CELL)) {
    const inner = cell[2] ?? '';
    const shared = /\bt="s"/.test(cell[1]);
    const texts = [...inner.matchAll(ELEMENT_TEXT('t'))].map((m) => m[1]).join('');
    const formula = [...inner.matchAll(ELEMENT_TEXT('f'))].map((m) => m[1]).join('');
    const value = shared ? '' : [...inner.matchAll(ELEMENT_TEXT('v'))].map((m) => m[1]).join('');
    for (const piece of [texts, formula, value]) if (piece.trim()) lines.push(unescapeXml(piece).trim());
  }
  return lines.join('\n');
}

/** Any other part's words: its `<t>` runs one item a line (shared strings, comments), or its elements' text. */
function partText(name: string, xml: string): string {
  if (/(?:^|\/)worksheets\/[^/]+\.xml$/i.test(name)) return sheetText(xml);
  if (/<w:t[\s>]/.test(xml)) return textOf(xml, 'w:t');
  if (/<a:t[\s>]/.test(xml)) return textOf(xml, 'a:t');
  // shared strings (`<si><t>..</t></si>`, rich text split over `<r><t>` runs), comments, anything else: an item a line
  const items = xml.split(/<\/(?:\w+:)?(?:si|comment|text|row)>/);
  return items
    .map((item) => unescapeXml([...item.matchAll(/>([^<]+)</g)].map((m) => m[1]).join('')).trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * The printable strings in an object's bytes, as `strings` finds them: runs of at least 4 printable characters in
 * ASCII and in UTF-16 (an OLE object's streams, a Word 97 or Excel 97 file and an EMF drawing keep their text in one or
 * the other); only the first MAX_STRINGS_BYTES are read.
 */
export function rawStrings(all: Buffer): string {
  const bytes = all.subarray(0, MAX_STRINGS_BYTES);
  const found: string[] = [];
  let chars = 0;
  const keep = (s: string) => {
    const t = s.trim();
    if (t.length >= 4 && chars < MAX_STRINGS_CHARS) {
      found.push(t);
      chars += t.length;
    }
  };
  for (const m of bytes.toString('latin1').matchAll(/[\x20-\x7e\t]{4,}/g)) keep(m[0]);
  // UTF-16LE at both byte alignments
  for (const offset of [0, 1]) {
    const slice = bytes.subarray(offset, offset + ((bytes.length - offset) & ~1));
    for (const m of slice.toString('utf16le').matchAll(/[\x20-\x7e\xa0-\u024f\u2010-\u2027\t]{4,}/g)) keep(m[0]);
  }
  return found.join('\n');
}

/** A zip package (an .xlsx, .docx or .pptx) starts `PK\x03\x04`; an OLE compound file `D0 CF 11 E0`. */
const isZip = (b: Buffer) => b.length >= 4 && b.readUInt32BE(0) === 0x504b0304;

/** Read the embedded objects of a package (a Word document's, or, nested, an embedded package's own). */
export async function embeddedObjects(zip: JSZip, prefix = '', depth = 0): Promise<EmbeddedContent> {
  const out: EmbeddedContent = { hidden: [], pictures: [], carried: [], unread: [] };
  const kinds: Record<string, number> = {};
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir && isEmbeddedObject(n)).sort();
  for (const name of names) {
    const bytes = await zip.file(name)!.async('nodebuffer');
    const label = `${prefix}${name.replace(/^word\//, '')}`;
    const tag = `${EMBEDDED_TAG}${label}`;
    if (!isZip(bytes)) {
      const strings = rawStrings(bytes);
      if (strings) out.hidden.push({ tag, text: strings });
      kinds['OLE object (read as raw strings only)'] = (kinds['OLE object (read as raw strings only)'] ?? 0) + 1;
      continue;
    }
    let inner: JSZip;
    try {
      inner = await openPackage(label, bytes);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      out.unread.push(`${label}: ${err.reason.replace(/^cannot read Word document: /, '')}`);
      continue;
    }
    const kind = `embedded ${packageKind(name, inner)}`;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    const texts: string[] = [];
    const properties: string[] = [];
    for (const part of Object.keys(inner.files).sort()) {
      if (inner.files[part].dir || isEmbeddedObject(part)) continue;
      if (PICTURE_PART.test(part)) {
        out.pictures.push({ name: `${label}/${part}`, bytes: await inner.file(part)!.async('nodebuffer') });
        continue;
      }
      if (!/\.xml$/i.test(part) || NO_TEXT_PART.test(part)) continue;
      const xml = await inner.file(part)!.async('string');
      if (/^docProps\//i.test(part)) {
        for (const p of xml.matchAll(PROPERTY_FIELD)) if (p[2].trim()) properties.push(unescapeXml(p[2]).trim());
        for (const p of xml.matchAll(/<property\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/property>/g)) {
          properties.push(`${unescapeXml(p[1])}: ${unescapeXml(p[2].replace(/<[^>]*>/g, ' ')).trim()}`);
        }
        continue;
      }
      const text = partText(part, xml);
      if (text) texts.push(text);
    }
    if (texts.length) out.hidden.push({ tag, text: texts.join('\n') });
    if (properties.length) out.hidden.push({ tag: `${tag}:properties`, text: properties.join('\n') });
    if (depth + 1 < MAX_DEPTH) {
      const nested = await embeddedObjects(inner, `${label}/`, depth + 1);
      out.hidden.push(...nested.hidden);
      out.pictures.push(...nested.pictures);
      out.unread.push(...nested.unread);
    } else if (Object.keys(inner.files).some(isEmbeddedObject)) {
      out.unread.push(`${label}: objects nested deeper than ${MAX_DEPTH} levels`);
    }
  }
  for (const [what, n] of Object.entries(kinds)) {
    const [head, ...rest] = what.split(' (');
    out.carried.push(`${n} ${head}${n === 1 ? '' : 's'}${rest.length ? ` (${rest.join(' (')}` : ''}`);
  }
  return out;
}
