/**
 * Writing a clean copy of a Word document (`.docx`), the file half of `sanitize` for documents (src/core decides what
 * to replace and how pictures are covered; only this module edits the package). The copy keeps the document's layout:
 * only the words found are replaced, in place, in the body, headers, footers and notes. What a Word file carries
 * besides its visible text goes too: the author fields, comments and their authors, and tracked changes (accepted,
 * so deleted text that was never screened does not travel with the copy), and the thumbnail of the first page that
 * Word can save in the package (it shows the original).
 */
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import type JSZip from 'jszip';
import {
  ALT_ATTRIBUTE,
  ALT_TEXT,
  BOOKMARK,
  CHART_RUNS,
  CONTACT_SCHEMES,
  CONTROL_LABEL,
  CUSTOM_PART,
  DEFAULT_SHAPE_NAME,
  DOC_VARIABLE,
  DOC_VARIABLES,
  FIELD_SIMPLE,
  formattedNumber,
  GLOSSARY_PART,
  HIDDEN_RUN,
  INSTR_TEXT,
  MACRO_PART,
  NAME_FIELD,
  opening,
  openPackage,
  PICTURE_PART,
  RELS_PART,
  SHAPE_NAME,
  TEXT_PART,
  TEXTPATH,
  THUMBNAIL_PART,
  TOOLTIP,
  TOOLTIP_ELEMENT,
  TOOLTIP_SWITCH,
  unescapeXml,
} from './docx.js';
import { ALT_CHUNK, altChunks, chunkParagraphs, chunkTargets } from './alt-chunk.js';
import { isEmbeddedObject } from './embedded.js';

/** A piece of text to replace in the document's text runs. */
export interface TextReplacement {
  text: string;
  placeholder: string;
  /** What it is (a rule id), for the removed counts. */
  reason: string;
  /** Only where these words of its paragraph stand right before and after it (the place a finding was made). */
  before?: string;
  after?: string;
  /** A finding's own place: when it is replaced nowhere, the copy still holds it and `missed` counts it. */
  finding?: boolean;
}

/** A picture stored in the package (`word/media/image1.png`, or anywhere else a picture part is kept). */
export interface PackagePicture {
  name: string;
  bytes: Buffer;
  /** It is the picture an embedded object shows on the page (the copy drops the object, the picture stays). */
  preview?: boolean;
}

export interface DocxRewrite {
  replacements: readonly TextReplacement[];
  /** New bytes for pictures, by package name; `rename` when the cleaned copy changed format (a GIF becomes a PNG). */
  pictures: ReadonlyMap<string, { bytes: Buffer; rename?: string }>;
}

/** The document's own parts that hold no words a page shows, or are rewritten by a branch of their own. */
const OWN_PARTS = /^word\/(?:settings|styles|stylesWithEffects|webSettings|fontTable|numbering|theme\/.*)\.xml$/;
/** Parts that hold comments and the people who wrote them. */
const COMMENT_PART = /^word\/(?:comments(?:Extended|Ids|Extensible)?|people)\.xml$/;
/**
 * Author fields of the package's properties ("dc:creator", "Company"), and the prose ones a writer may not know are
 * there (a description "home 88 Oak Ridge Rd", keywords, a category): screened, and left out of the copy.
 */
const AUTHOR_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'docProps/core.xml': ['dc:creator', 'cp:lastModifiedBy', 'dc:title', 'dc:subject', 'dc:description', 'cp:keywords', 'cp:category'],
  'docProps/app.xml': ['Company', 'Manager', 'Template'],
};
/** A hyperlink straight to a person's contact (`mailto:`, `tel:`): the copy keeps the link's words, not the address. */
const CONTACT_TARGET = new RegExp(String.raw`(<Relationship\b[^>]*\bTarget=")(?:${CONTACT_SCHEMES.join('|')}):[^"]*(")`, 'gi');
const MEDIA_TYPES: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

/**
 * The pictures stored in a Word package, in name order: every picture part the reader knows (src/inputs/docx.ts) but
 * those the copy drops whole (the thumbnail, the glossary's, an embedded object's own); an object's preview is marked.
 */
export async function docxPictures(path: string, bytes: Buffer): Promise<PackagePicture[]> {
  const zip = await openPackage(path, bytes);
  const previews = await objectPreviews(zip);
  const names = Object.keys(zip.files)
    .filter((n) => !zip.files[n].dir && PICTURE_PART.test(n) && !dropped(n))
    .sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: await zip.file(name)!.async('nodebuffer'), ...(previews.has(name) ? { preview: true } : {}) })));
}

/** Parts the copy leaves out whole. */
const dropped = (name: string) => THUMBNAIL_PART.test(name) || GLOSSARY_PART.test(name) || isEmbeddedObject(name);

/** An embedded object in the running text: `<w:object>` (the VML picture it shows, then `<o:OLEObject r:id>`). */
const OBJECT = /<w:object\b[\s\S]*?<\/w:object>/g;
/** What makes an object live (a double-click opens it): the copy keeps only the picture it shows. */
const OBJECT_LINK = /<o:OLEObject\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/o:OLEObject>)|<w:(?:objectEmbed|objectLink|control)\b[^>]*\/>/g;
/** A chart's link to the workbook embedded with it: `<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>`. */
const CHART_DATA = /<c:externalData\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/c:externalData>)/g;
/** A grey 1x1 PNG: what the copy shows where an object's preview was a drawing it cannot clean (Word stretches it to the frame). */
const BLANK_PREVIEW = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADElEQVQImWN49uwZAAVoArNX2Ol9AAAAAElFTkSuQmCC', 'base64');

/** The picture an object's preview is drawn from becomes BLANK_PREVIEW, a PNG (its drawing's text is not in the copy). */
export const blankPreview = (name: string) => ({ bytes: BLANK_PREVIEW, rename: name.replace(/\.[^./]+$/, '') + '.png' });

/** The picture parts embedded objects show on the page (`word/media/image1.emf`), through each running part's relationships. */
async function objectPreviews(zip: JSZip): Promise<Set<string>> {
  const previews = new Set<string>();
  for (const name of Object.keys(zip.files).filter((n) => TEXT_PART.test(n))) {
    const objects = (await zip.file(name)!.async('string')).match(OBJECT);
    if (!objects) continue;
    const base = name.slice(0, name.lastIndexOf('/') + 1);
    const rels = (await zip.file(`${base}_rels/${name.slice(base.length)}.rels`)?.async('string')) ?? '';
    const ids = new Set(objects.flatMap((o) => [...o.matchAll(/<v:imagedata\b[^>]*\br:id="([^"]*)"/g)].map((m) => m[1]!)));
    for (const r of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /\bId="([^"]*)"/.exec(r[0])?.[1];
      const target = /\bTarget="([^"]*)"/.exec(r[0])?.[1];
      if (id && target && ids.has(id)) previews.add(target.startsWith('/') ? target.slice(1) : normalise(base + target));
    }
  }
  return previews;
}

/** `word/../media/x.emf` -> `media/x.emf`. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const piece of path.split('/')) {
    if (piece === '..') out.pop();
    else if (piece !== '.') out.push(piece);
  }
  return out.join('/');
}

/** A clean copy of a Word document, and what was taken out of it, by reason, with counts. */
export async function rewriteDocx(path: string, bytes: Buffer, rewrite: DocxRewrite): Promise<{ bytes: Buffer; removed: Record<string, number>; missed: number }> {
  const zip = await openPackage(path, bytes);
  /** The replacements made somewhere in the package: a finding none of whose replacements was made is `missed`. */
  const applied = new Set<TextReplacement>();
  // imported chunks: their words become plain paragraphs of the copy's own body (replaced there like the body's), their parts go
  const chunkIds = await chunkTargets(zip);
  const chunkText = new Map((await altChunks(zip)).map((c) => [c.part, c.text]));
  const removed: Record<string, number> = {};
  const count = (why: string, n = 1) => {
    if (n > 0) removed[why] = (removed[why] ?? 0) + n;
  };
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name];
    if (file.dir) continue;
    if (GLOSSARY_PART.test(name)) {
      // Quick Parts and AutoText: reusable text (a signature with a cell number) on no page of the document
      zip.remove(name);
      await unlink(zip, name);
      if (name === 'word/glossary/document.xml') count('glossary (Quick Parts)');
    } else if (MACRO_PART.test(name)) {
      // macros are code nobody screened: the copy is a document without them (a .docm without macros opens as one)
      zip.remove(name);
      await unlink(zip, name);
      if (/vbaProject\.bin$/i.test(name)) count('macros');
    } else if (isEmbeddedObject(name)) {
      // An embedded workbook, document or OLE object opens whole on a double-click: it goes, its picture stays
      zip.remove(name);
      await unlink(zip, name);
      count('embedded object');
    } else if (/^word\/(?:charts|diagrams)\/[^/]+\.xml$/.test(name)) {
      // the words a chart or a SmartArt diagram shows (a title, category labels, a node) are replaced in place, as a header's
      const xml = await file.async('string');
      const replaced = replaceInRuns(xml.replace(CHART_DATA, ''), rewrite.replacements, CHART_RUNS, applied);
      for (const [why, n] of Object.entries(replaced.removed)) count(why, n);
      // a number cache holds numbers: a number found there (a phone number as a category, read through its number
      // format, "(555) 201-0188") or replaced there is written 0
      const valid = replaced.xml.replace(/<c:numCache>([\s\S]*?)<\/c:numCache>/g, (cache, inner: string) => {
        const code = unescapeXml(/<c:formatCode>([^<]*)<\/c:formatCode>/.exec(inner)?.[1] ?? 'General');
        return cache.replace(/<c:v>([^<]*)<\/c:v>/g, (whole, v: string) => {
          if (!/^\s*-?\d+(?:\.\d+)?(?:E[+-]?\d+)?\s*$/i.test(v)) return '<c:v>0</c:v>';
          const shown = formattedNumber(v, code);
          const found = rewrite.replacements.find((r) => r.text.length >= 5 && shown.includes(r.text));
          if (!found) return whole;
          applied.add(found);
          count(found.reason);
          return '<c:v>0</c:v>';
        });
      });
      if (valid !== xml) zip.file(name, valid);
    } else if (chunkText.has(name)) {
      zip.remove(name);
      await unlink(zip, name);
      count(chunkText.get(name) === undefined ? 'imported chunk (altChunk) dropped, not read' : 'imported chunk (altChunk) made plain paragraphs');
    } else if (THUMBNAIL_PART.test(name)) {
      zip.remove(name);
      await unlink(zip, name);
      count('thumbnail');
    } else if (CUSTOM_PART.test(name)) {
      // Custom properties and custom XML: free fields (an owner, an informant's number) nothing in Word shows.
      zip.remove(name);
      await unlink(zip, name);
      count('metadata');
    } else if (RELS_PART.test(name)) {
      const xml = await file.async('string');
      const next = xml
        .replace(CONTACT_TARGET, (_, head: string, tail: string) => (count('contact link'), `${head}#${tail}`))
        // the template a file was made from is named by its path, which holds the Windows account name
        .replace(TEMPLATE_RELATIONSHIP, () => (count('template path'), ''));
      if (next !== xml) zip.file(name, next);
    } else if (name === 'word/settings.xml') {
      const xml = await file.async('string');
      // document variables (a template's or mail merge's author details) go whole (user test 29, U29-28)
      const next = xml.replace(/<w:attachedTemplate\b[^>]*\/>/g, '').replace(DOC_VARIABLES, (vars) => (count('document variable', [...vars.matchAll(DOC_VARIABLE)].length), ''));
      if (next !== xml) zip.file(name, next);
    } else if (TEXT_PART.test(name)) {
      let xml = await file.async('string');
      const chunks = chunkIds.get(name);
      xml = xml.replace(ALT_CHUNK, (_, id: string) => {
        const text = chunks?.has(id) ? chunkText.get(chunks.get(id)!) : undefined;
        return text ? chunkParagraphs(text) : '';
      });
      xml = xml.replace(OBJECT, (object) => object.replace(OBJECT_LINK, ''));
      xml = xml.replace(ALT_TEXT, (element) =>
        element.replace(ALT_ATTRIBUTE, (whole, attribute: string, value: string) => (value ? (count('picture alt text'), ` ${attribute}=""`) : whole)),
      );
      // a drawing's own name (the Selection Pane's, an inserted file's) becomes Word's plain `Picture <id>` (user test 29, U29-24)
      xml = xml.replace(ALT_TEXT, (element) => {
        const id = /\sid="(\d+)"/.exec(element)?.[1] ?? '1';
        return element.replace(SHAPE_NAME, (whole, value: string) =>
          !unescapeXml(value).trim() || DEFAULT_SHAPE_NAME.test(unescapeXml(value).trim()) ? whole : (count('picture or shape name'), ` name="Picture ${id}"`));
      });
      // a link's ScreenTip (shown on hovering it) goes; the link stays
      xml = xml.replace(TOOLTIP_ELEMENT, (element) => element.replace(TOOLTIP, (whole, tip: string) => (tip.trim() ? (count('link ScreenTip'), '') : whole)));
      // Hidden text (Word's "Hidden" font effect) is not on the page but travels with the file: it goes.
      xml = xml.replace(HIDDEN_RUN, (run) => (/<w:t[\s>]/.test(run) ? (count('hidden text'), '') : run));
      const fields = cleanFields(xml);
      xml = fields.xml;
      for (const [why, n] of Object.entries(fields.removed)) count(why, n);
      const accepted = acceptTrackedChanges(xml);
      const unmarked = dropCommentMarks(accepted.xml);
      const replaced = replaceInRuns(unmarked.xml, rewrite.replacements, undefined, applied);
      // a watermark's words (a VML text path's `string`), replaced in the attribute as in a run (user test 29, U29-33)
      xml = replaced.xml.replace(TEXTPATH, (whole, head: string, value: string, tail: string) => {
        const next = replaceInText(unescapeXml(value), rewrite.replacements, applied, replaced.removed);
        return next === unescapeXml(value) ? whole : `${head}${escapeXml(next).replace(/"/g, '&quot;')}${tail}`;
      });
      count('tracked changes', accepted.count);
      count('comments', unmarked.count);
      for (const [why, n] of Object.entries(replaced.removed)) count(why, n);
      zip.file(name, xml);
    } else if (COMMENT_PART.test(name)) {
      const emptied = emptyRoot(await file.async('string'));
      zip.file(name, emptied);
    } else if (/^word\/.+\.xml$/.test(name) && !OWN_PARTS.test(name)) {
      // any other part holding text runs (screened as part:<name>): what was found is replaced there too
      let xml = await file.async('string');
      for (const syntax of [CHART_RUNS, undefined]) {
        const replaced = replaceInRuns(xml, rewrite.replacements, syntax, applied);
        for (const [why, n] of Object.entries(replaced.removed)) count(why, n);
        xml = replaced.xml;
      }
      if (xml !== (await file.async('string'))) zip.file(name, xml);
    } else if (AUTHOR_FIELDS[name]) {
      let xml = await file.async('string');
      for (const field of AUTHOR_FIELDS[name]) {
        const blanked = xml.replace(new RegExp(`<${field}(\\s[^>]*)?>[^<]+</${field}>`, 'g'), `<${field}$1></${field}>`);
        if (blanked !== xml) count('metadata');
        xml = blanked;
      }
      zip.file(name, xml);
    }
  }
  // Its parts are gone: the folder entry too, so nothing names it.
  if (zip.files['customXml/']) zip.remove('customXml');
  for (const folder of ['word/glossary/', 'word/embeddings/']) {
    if (zip.files[folder] && !Object.keys(zip.files).some((n) => n !== folder && n.startsWith(folder))) zip.remove(folder);
  }
  for (const [name, picture] of rewrite.pictures) {
    // a part the copy left out whole is not written back
    if (!zip.file(name)) continue;
    if (picture.rename && picture.rename !== name) {
      zip.remove(name);
      zip.file(picture.rename, picture.bytes);
      await relink(zip, name, picture.rename);
    } else {
      zip.file(name, picture.bytes);
    }
  }
  await dropDangling(zip);
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  // (its words replaced wherever they stand again count: the same words, replaced)
  const done = new Set([...applied].map((r) => r.text));
  const missed = rewrite.replacements.filter((r) => r.finding && !done.has(r.text)).length;
  return { bytes: out, removed, missed };
}

/**
 * The last check before the copy is written: every internal relationship names a part the copy holds. A relationship
 * left pointing at a part the copy dropped makes Word repair the file and other readers refuse it (user test 29,
 * U29-23: customXml/item1.xml, dropped, still named by document.xml.rels as `../customXml/item1.xml`).
 */
async function dropDangling(zip: JSZip): Promise<void> {
  for (const { name, base } of relationshipParts(zip)) {
    const xml = await zip.file(name)!.async('string');
    const next = xml.replace(/<Relationship\b[^>]*\/>/g, (element) => {
      if (/\bTargetMode="External"/.test(element)) return element;
      const target = /\bTarget="([^"]*)"/.exec(element)?.[1];
      if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return element;
      const part = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target));
      let decoded = part;
      try {
        decoded = decodeURI(part);
      } catch {
        // a stray % is part of the name
      }
      return zip.file(part) || zip.file(decoded) ? element : '';
    });
    if (next !== xml) zip.file(name, next);
  }
}

const selfClosing = (tag: string) => String.raw`<${tag}(?=[\s/])[^>]*/>`;

/** The relationship naming the template a document was made from (`file:///C:/Users/<account>/Templates/...`). */
const TEMPLATE_RELATIONSHIP = /<Relationship\b[^>]*\bType="[^"]*\/attachedTemplate"[^>]*\/>/g;
const CONTACT_FIELD = new RegExp(String.raw`(\bHYPERLINK\s+)(?:"(?:${CONTACT_SCHEMES.join('|')}):[^"]*"|(?:${CONTACT_SCHEMES.join('|')}):\S*)`, 'gi');

/**
 * What a part's fields, bookmarks and content controls carry, out of the copy (user test 27, U2-7; user test 25,
 * P3-5): a field-coded link to a person's contact (`HYPERLINK "mailto:..."`) points nowhere (`"#"`), its words stay;
 * a field Word fills from the author's name (`AUTHOR`, `LASTSAVEDBY`, `USERNAME`) goes with what it shows (Word would
 * refill it from the author fields, which go too); bookmark names become `bookmark1`... (the links and `REF` fields
 * that use them follow); content controls lose their alias and tag.
 */
export function cleanFields(xml: string): { xml: string; removed: Record<string, number> } {
  const removed: Record<string, number> = {};
  const count = (why: string) => void (removed[why] = (removed[why] ?? 0) + 1);
  const contact = (instruction: string) =>
    instruction
      .replace(CONTACT_FIELD, (_, head: string) => (count('contact link'), `${head}"#"`))
      // a field-coded link's ScreenTip (`\o "..."`) goes
      .replace(TOOLTIP_SWITCH, (whole, tip: string) => (/\bHYPERLINK\b/i.test(instruction) && tip.trim() ? (count('link ScreenTip'), '') : whole));
  let out = xml.replace(FIELD_SIMPLE, (element, instr: string) => {
    if (NAME_FIELD.test(unescapeXml(instr))) return (count('author field'), '');
    const next = contact(unescapeXml(instr));
    return next === unescapeXml(instr) ? element : element.replace(`w:instr="${instr}"`, `w:instr="${escapeXml(next).replace(/"/g, '&quot;')}"`);
  });
  out = out.replace(INSTR_TEXT, (element, text: string) => {
    const next = contact(unescapeXml(text));
    return next === unescapeXml(text) ? element : element.replace(`>${text}<`, `>${escapeXml(next)}<`);
  });
  // a complex name field: its instruction, then the runs it shows between `separate` and `end`, emptied
  out = out.replace(/<w:p\b[\s\S]*?<\/w:p>/g, (paragraph) => {
    const instr = [...paragraph.matchAll(INSTR_TEXT)].map((m) => unescapeXml(m[1]!)).join('');
    if (!NAME_FIELD.test(instr)) return paragraph;
    const separate = paragraph.search(/w:fldCharType="separate"/);
    const end = paragraph.search(/w:fldCharType="end"/);
    if (separate < 0 || end < separate) return paragraph;
    count('author field');
    const shown = paragraph.slice(separate, end).replace(/(<w:t(?:\s[^>]*)?>)[^<]*(<\/w:t>)/g, '$1$2');
    return paragraph.slice(0, separate) + shown + paragraph.slice(end);
  });
  const renamed = new Map<string, string>();
  out = out.replace(BOOKMARK, (element, name: string) => {
    if (/^bookmark\d+$/.test(name)) return element;
    const next = renamed.get(name) ?? `bookmark${renamed.size + 1}`;
    renamed.set(name, next);
    count('bookmark name');
    return element.replace(`w:name="${name}"`, `w:name="${next}"`);
  });
  if (renamed.size) {
    // a field's words that name a renamed bookmark (`REF Priya_home \h`) follow it
    const follow = (instruction: string) => instruction.split(/(\s+)/).map((w) => renamed.get(w) ?? w).join('');
    for (const [name, next] of renamed) out = out.split(`w:anchor="${name}"`).join(`w:anchor="${next}"`);
    out = out.replace(INSTR_TEXT, (element, text: string) => element.replace(`>${text}<`, `>${follow(text)}<`));
    out = out.replace(/(<w:fldSimple\b[^>]*\bw:instr=")([^"]*)"/g, (_, head: string, instr: string) => `${head}${follow(instr)}"`);
  }
  out = out.replace(CONTROL_LABEL, () => (count('content-control label'), ''));
  return { xml: out, removed };
}

/**
 * Accept every tracked change: deleted and moved-away runs go, inserted and moved-in runs stay without their
 * revision marks, and formatting changes lose their record (each names its author).
 */
export function acceptTrackedChanges(xml: string): { xml: string; count: number } {
  let count = 0;
  let out = xml;
  for (const tag of ['w:del', 'w:moveFrom']) {
    out = out.replace(new RegExp(selfClosing(tag), 'g'), () => (count++, ''));
    out = out.replace(new RegExp(`${opening(tag)}[\\s\\S]*?</${tag}>`, 'g'), () => (count++, ''));
  }
  for (const tag of ['w:ins', 'w:moveTo']) {
    out = out.replace(new RegExp(selfClosing(tag), 'g'), () => (count++, ''));
    out = out.replace(new RegExp(opening(tag), 'g'), () => (count++, ''));
    out = out.replace(new RegExp(`</${tag}>`, 'g'), '');
  }
  // "w:rPrChange", "w:pPrChange", ...: the formatting before the change, and who made it
  out = out.replace(/<w:(\w+)Change(?=[\s>])(?:[^>/]|\/(?!>))*>[\s\S]*?<\/w:\1Change>/g, () => (count++, ''));
  out = out.replace(/<w:(?:moveFrom|moveTo)Range(?:Start|End)\b[^>]*\/>/g, '');
  return { xml: out, count };
}

/** Take out the anchors of comments (their text lives in the comment parts, emptied on their own). */
function dropCommentMarks(xml: string): { xml: string; count: number } {
  let count = 0;
  const out = xml
    .replace(/<w:commentReference\b[^>]*\/>/g, () => (count++, ''))
    .replace(/<w:comment(?:RangeStart|RangeEnd)\b[^>]*\/>/g, '');
  return { xml: out, count };
}

/** Keep a part's root element and drop everything in it (`<w:comments ...></w:comments>`). */
function emptyRoot(xml: string): string {
  const root = /<([\w:]+)(?:\s[^>]*)?>/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
  if (!root || root[0].endsWith('/>')) return xml;
  const start = xml.indexOf(root[0]) + root[0].length;
  const end = xml.lastIndexOf(`</${root[1]}>`);
  return end < start ? xml : xml.slice(0, start) + xml.slice(end);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * How a part writes its text: `pattern` matches a run (`<w:t>`: groups tag, attributes, text) or a paragraph's end
 * (no tag); the runs between two ends are one paragraph's text. A run whose tag is in `single` is a paragraph alone
 * (a chart's cached value).
 */
export interface RunSyntax {
  pattern: RegExp;
  single?: ReadonlySet<string>;
  /** The text an element matched by group 4 stands for (a Word tab, hyphen or symbol written as an element). */
  special?: (name: string, element: string) => string;
}

/**
 * A Word text run's text (`<w:t>`), a character Word writes as an element of its own (group 4), or a paragraph's end.
 * The characters read as the body text findings are made in reads them (word-body.ts): a non-breaking hyphen (U+2011,
 * what Ctrl+Shift+- types in a phone number), an optional hyphen (U+00AD, hyphenation), a symbol font's character, a
 * tab and a line, page or column break as a space; a carriage return and a positional tab are nothing there. A finding that crosses one is replaced whole,
 * the elements inside it gone (user test 29, U29-32: `555<w:noBreakHyphen/>201...` and `Wata<w:softHyphen/>nabe` stayed).
 */
const WORD_RUNS: RunSyntax = {
  pattern: /<(w:t)(\s[^>]*)?>([^<]*)<\/w:t>|<w:(noBreakHyphen|softHyphen|tab|sym|br|cr|ptab)\b(?![^>]*\bw:pos=)[^>]*\/>|<\/w:p>/g,
  special: (name, element) => {
    if (name === 'noBreakHyphen') return '\u2011';
    if (name === 'softHyphen') return '\u00AD';
    if (name === 'tab') return ' ';
    if (name === 'sym') return symbolText(/\bw:font="([^"]*)"/.exec(element)?.[1] ?? '', /\bw:char="([^"]*)"/.exec(element)?.[1] ?? '');
    // a line, page or column break (mammoth's three; another type is nothing there)
    if (name === 'br') return /\bw:type="(?!textWrapping"|page"|column")/.test(element) ? '' : ' ';
    return '';
  },
};

const requireHere = createRequire(import.meta.url);
/** mammoth's own table of symbol fonts' characters (Wingdings, Symbol), loaded from beside mammoth on first need. */
let dingbats: { hex(font: string, hex: string): { string: string } | undefined } | undefined;
/** The text mammoth reads for `<w:sym w:font="Symbol" w:char="F02D"/>` (its readSymbol): "−", or nothing when unknown. */
export function symbolText(font: string, char: string): string {
  dingbats ??= createRequire(requireHere.resolve('mammoth'))('dingbat-to-unicode') as NonNullable<typeof dingbats>;
  const found = dingbats.hex(font, char) ?? (/^F0..$/i.test(char) ? dingbats.hex(font, char.slice(2)) : undefined);
  return found?.string ?? '';
}

interface Run {
  start: number;
  end: number;
  tag: string;
  attributes: string;
  text: string;
  /** An element standing for a character (`<w:noBreakHyphen/>`): gone when a cut covers it, never rewritten. */
  special?: boolean;
}

/**
 * Replace each text where it stands in a paragraph (between its `before` and `after` words, if given), even split
 * across runs ("Sgt. Ren" + "ee Whitfield"): the placeholder goes in the run where the text starts and the rest of
 * the text leaves the runs it spans, so each run keeps its formatting. Replacements with a place go first, then the
 * longest; a text never replaces part of another's placeholder.
 */
export function replaceInRuns(
  xml: string,
  replacements: readonly TextReplacement[],
  syntax: RunSyntax = WORD_RUNS,
  applied?: Set<TextReplacement>,
): { xml: string; removed: Record<string, number> } {
  const removed: Record<string, number> = {};
  const placed = (r: TextReplacement) => (r.before !== undefined || r.after !== undefined ? 0 : 1);
  // on the same words, the strongest reading names what was removed: an undercover member, then an error-level rule,
  // never an info that tells the writer to "put it back" (user test 29, U29-30)
  const strength = (r: TextReplacement) => (r.reason.startsWith('id/undercover') ? 0 : / \((?:warning|info)\)$/.test(r.reason) ? 2 : 1);
  const wanted = [...replacements]
    .filter((r) => r.text.length > 0)
    .sort((a, b) => placed(a) - placed(b) || b.text.length - a.text.length || strength(a) - strength(b));
  if (!wanted.length) return { xml, removed };
  const edits: { start: number; end: number; xml: string }[] = [];
  let paragraph: Run[] = [];
  const flush = () => {
    const runs = paragraph;
    paragraph = [];
    if (!runs.length) return;
    const text = runs.map((r) => r.text).join('');
    const cuts: { start: number; end: number; r: TextReplacement }[] = [];
    for (const r of wanted) {
      for (let at = text.indexOf(r.text); at >= 0; at = text.indexOf(r.text, at + 1)) {
        const end = at + r.text.length;
        if (r.before !== undefined && text.slice(Math.max(0, at - r.before.length), at) !== r.before) continue;
        if (r.after !== undefined && text.slice(end, end + r.after.length) !== r.after) continue;
        if (cuts.some((c) => at < c.end && c.start < end)) {
          // words inside a longer cut go with it
          if (cuts.some((c) => c.start <= at && end <= c.end)) applied?.add(r);
          continue;
        }
        cuts.push({ start: at, end, r });
        applied?.add(r);
        removed[r.reason] = (removed[r.reason] ?? 0) + 1;
      }
    }
    if (!cuts.length) return;
    let offset = 0;
    for (const run of runs) {
      const from = offset;
      offset += run.text.length;
      if (run.special && from === offset) {
        // a line break or the like inside a finding goes with it
        if (cuts.some((c) => c.start < from && from < c.end)) edits.push({ start: run.start, end: run.end, xml: '' });
        continue;
      }
      let out = '';
      for (let i = from; i < offset; i++) {
        const cut = cuts.find((c) => i >= c.start && i < c.end);
        if (!cut) out += run.text[i - from];
        else if (i === cut.start) out += cut.r.placeholder;
      }
      if (out === run.text) continue;
      if (run.special && !out) {
        edits.push({ start: run.start, end: run.end, xml: '' });
        continue;
      }
      // Word drops a run's leading and trailing spaces unless told to keep them
      // (a special element a placeholder starts at becomes a text run in its place)
      const tag = run.special ? 'w:t' : run.tag;
      const attributes = run.special ? '' : run.attributes;
      const kept = tag !== 'w:t' || /xml:space=/.test(attributes) ? attributes : `${attributes} xml:space="preserve"`;
      edits.push({ start: run.start, end: run.end, xml: `<${tag}${kept}>${escapeXml(out)}</${tag}>` });
    }
  };
  for (const m of xml.matchAll(syntax.pattern)) {
    if (m[4] && syntax.special) {
      paragraph.push({ start: m.index, end: m.index + m[0].length, tag: m[4], attributes: '', text: syntax.special(m[4], m[0]), special: true });
    } else if (!m[1]) flush();
    else {
      paragraph.push({ start: m.index, end: m.index + m[0].length, tag: m[1], attributes: m[2] ?? '', text: unescapeXml(m[3]!) });
      if (syntax.single?.has(m[1])) flush();
    }
  }
  flush();
  let out = xml;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.xml + out.slice(e.end);
  return { xml: out, removed };
}

/** Replace in one piece of text as in a paragraph of runs (a watermark's attribute); counts go into `removed`. */
function replaceInText(text: string, replacements: readonly TextReplacement[], applied: Set<TextReplacement>, removed: Record<string, number>): string {
  const out = replaceInRuns(`<w:t>${escapeXml(text)}</w:t></w:p>`, replacements, undefined, applied);
  for (const [why, n] of Object.entries(out.removed)) removed[why] = (removed[why] ?? 0) + n;
  return [...out.xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('');
}

/** Each relationships part with the folder its targets are relative to (`word/_rels/document.xml.rels` -> `word/`). */
function relationshipParts(zip: JSZip): { name: string; base: string }[] {
  return Object.keys(zip.files)
    .filter((n) => /(?:^|\/)_rels\/[^/]*\.rels$/.test(n))
    .map((name) => ({ name, base: name.slice(0, name.lastIndexOf('_rels/')) }));
}

/**
 * How a relationship in a part under `base` may write a target: from the package root, or relative to its folder
 * (`media/x.png` from `word/`, `../embeddings/Book1.xlsx` from `word/charts/`: a chart's workbook, user test 29 U29-2,
 * left a dangling relationship when only the first two spellings were known).
 */
const targetSpellings = (part: string, base: string) => {
  const relative = posix.relative(base.replace(/\/$/, '') || '.', part);
  return [`/${part}`, ...(part.startsWith(base) ? [part.slice(base.length)] : []), ...(relative.startsWith('../') ? [relative] : [])];
};

/** Point the package's relationships at a renamed picture and declare its type. */
async function relink(zip: JSZip, from: string, to: string): Promise<void> {
  for (const { name, base } of relationshipParts(zip)) {
    const xml = await zip.file(name)!.async('string');
    let next = xml;
    const toSpellings = targetSpellings(to, base);
    targetSpellings(from, base).forEach((spelling, i) => {
      next = next.split(`Target="${spelling}"`).join(`Target="${toSpellings[Math.min(i, toSpellings.length - 1)]}"`);
    });
    if (next !== xml) zip.file(name, next);
  }
  const ext = to.slice(to.lastIndexOf('.') + 1).toLowerCase();
  const types = zip.file('[Content_Types].xml');
  if (!types) return;
  // An Override for the old part name would give the new one the old type: the Default for its extension applies.
  let xml = dropOverride(await types.async('string'), from);
  if (MEDIA_TYPES[ext] && !new RegExp(`<Default\\s+Extension="${ext}"`, 'i').test(xml)) {
    xml = xml.replace('</Types>', `<Default Extension="${ext}" ContentType="${MEDIA_TYPES[ext]}"/></Types>`);
  }
  zip.file('[Content_Types].xml', xml);
}

/** Take a removed part out of the relationships that point at it and out of the content types. */
async function unlink(zip: JSZip, part: string): Promise<void> {
  for (const { name, base } of relationshipParts(zip)) {
    const xml = await zip.file(name)!.async('string');
    const targets = targetSpellings(part, base).map((spelling) => `Target="${spelling}"`);
    const next = xml.replace(/<Relationship\b[^>]*\/>/g, (element) => (targets.some((t) => element.includes(t)) ? '' : element));
    if (next !== xml) zip.file(name, next);
  }
  const types = zip.file('[Content_Types].xml');
  if (types) zip.file('[Content_Types].xml', dropOverride(await types.async('string'), part));
}

/** Content types without the Override for a part (part names compare without case, as the package format says). */
const dropOverride = (types: string, part: string) =>
  types.replace(/<Override\b[^>]*\/>/g, (element) => (element.toLowerCase().includes(`partname="/${part.toLowerCase()}"`) ? '' : element));
