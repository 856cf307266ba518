/**
 * Imported chunks of a Word document (user test 29, U29-29): `<w:altChunk r:id="rIdA1"/>` in the body names a part
 * (`word/afchunk.htm`, relationship type `aFChunk`) in another format, HTML, MHT, RTF, plain text, or a whole Word
 * document, which Word imports into the body where it stands when it opens the file. Document generators (templating
 * libraries, records systems exporting a press release) write them. Their text is read here, a paragraph a line, for
 * the screening (tag `alt-chunk:<part>`) and for the clean copy, which writes the same lines as plain paragraphs of
 * its own body in the chunk's place and drops the part (src/inputs/docx-rewrite.ts).
 */
import type JSZip from 'jszip';
import { decodeWindows1252 } from './text.js';
import { textOf, unescapeXml } from './ooxml.js';
import { bodyText } from './word-body.js';

/** The relationship type of an imported chunk. */
const CHUNK_RELATIONSHIP = /\/aFChunk$/;
/** An imported chunk in a part's running text: `<w:altChunk r:id="rIdA1"/>` (with its `<w:altChunkPr>` when it has one). */
export const ALT_CHUNK = /<w:altChunk\b[^>]*?\br:id="([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/w:altChunk>)/g;
/** Tags of what a chunk holds start with this (`alt-chunk:afchunk.htm`). */
export const ALT_CHUNK_TAG = 'alt-chunk:';

export interface AltChunk {
  /** The part (`word/afchunk.htm`). */
  part: string;
  /** Its text, a paragraph a line; undefined when its format is not one read here. */
  text?: string;
  /** What it is, for the note and the error: `HTML`, `RTF`... */
  kind: string;
}

/** The folder a relationships part's targets are relative to, and the part it belongs to. */
function relsOwner(rels: string): { base: string; owner: string } {
  const base = rels.slice(0, rels.lastIndexOf('_rels/'));
  return { base, owner: base + rels.slice(rels.lastIndexOf('/') + 1).replace(/\.rels$/, '') };
}

function resolveTarget(base: string, target: string): string {
  const out: string[] = [];
  for (const piece of (target.startsWith('/') ? target.slice(1) : base + target).split('/')) {
    if (piece === '..') out.pop();
    else if (piece !== '.') out.push(piece);
  }
  return out.join('/');
}

/** Each part's chunks by relationship id: `word/document.xml` -> `rIdA1` -> `word/afchunk.htm`. */
export async function chunkTargets(zip: JSZip): Promise<Map<string, Map<string, string>>> {
  const owners = new Map<string, Map<string, string>>();
  for (const rels of Object.keys(zip.files).filter((n) => /^word\/(?:.+\/)?_rels\/[^/]+\.rels$/.test(n))) {
    const xml = await zip.file(rels)!.async('string');
    const { base, owner } = relsOwner(rels);
    for (const r of xml.matchAll(/<Relationship\b[^>]*\/?>/g)) {
      const type = /\bType="([^"]*)"/.exec(r[0])?.[1] ?? '';
      const id = /\bId="([^"]*)"/.exec(r[0])?.[1];
      const target = /\bTarget="([^"]*)"/.exec(r[0])?.[1];
      if (!CHUNK_RELATIONSHIP.test(type) || !id || !target || /\bTargetMode="External"/.test(r[0])) continue;
      const ids = owners.get(owner) ?? new Map<string, string>();
      ids.set(id, resolveTarget(base, target));
      owners.set(owner, ids);
    }
  }
  return owners;
}

/** Every imported chunk the package holds, read (each once, in part order). */
export async function altChunks(zip: JSZip): Promise<AltChunk[]> {
  const parts = new Set<string>();
  for (const ids of (await chunkTargets(zip)).values()) for (const part of ids.values()) parts.add(part);
  const out: AltChunk[] = [];
  for (const part of [...parts].sort()) {
    const file = zip.file(part);
    if (!file) continue;
    out.push({ part, ...(await chunkText(part, await file.async('nodebuffer'), await contentType(zip, part))) });
  }
  return out;
}

/** A part's content type: its Override, or the Default for its extension. */
async function contentType(zip: JSZip, part: string): Promise<string> {
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const override = [...types.matchAll(/<Override\b[^>]*>/g)].find((o) => o[0].toLowerCase().includes(`partname="/${part.toLowerCase()}"`));
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const fallback = [...types.matchAll(/<Default\b[^>]*>/g)].find((d) => new RegExp(`\\bExtension="${ext}"`, 'i').test(d[0]));
  return (/\bContentType="([^"]*)"/.exec((override ?? fallback)?.[0] ?? '')?.[1] ?? '').toLowerCase();
}

/** Bytes as text: UTF-8 (with or without its mark), UTF-16 with a mark, else Windows-1252. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

const lines = (text: string) =>
  text
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** Elements that end a line of HTML's text (a paragraph, a heading, a list item, a row, a break). */
const HTML_BLOCK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article|header|footer|address|dt|dd|hr|title)\b[^>]*>/gi;

/** HTML's text as a browser (or Word) shows it: no head, scripts, styles or comments; a block a line; references decoded. */
export function htmlText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<td\b[^>]*>|<th\b[^>]*>/gi, ' ')
    .replace(HTML_BLOCK, '\n')
    .replace(/<[^>]*>/g, '');
  return lines(unescapeXml(body.replace(/\s*\n\s*/g, '\n').replace(/[ \t\r]+/g, ' ')));
}

/** An MHT (MIME HTML) file's HTML part, decoded from quoted-printable or base64. */
function mhtHtml(mht: string): string | undefined {
  const boundary = /boundary="?([^"\s;]+)"?/i.exec(mht)?.[1];
  const sections = boundary ? mht.split(`--${boundary}`) : [mht];
  for (const section of sections) {
    const split = section.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const head = section.slice(0, split);
    if (!/content-type:\s*text\/html/i.test(head)) continue;
    const body = section.slice(split).trim();
    if (/content-transfer-encoding:\s*base64/i.test(head)) return decode(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
    if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
      const bytes = Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
      return decode(bytes);
    }
    return body;
  }
  return undefined;
}

/** RTF's text: groups of destinations nobody reads (`{\*...}`, fonts, colours, styles, pictures) out; `\par` a line. */
export function rtfText(rtf: string): string {
  let out = '';
  let skip = 0;
  const stack: number[] = [];
  let depth = 0;
  /** The characters after `\uN` that stand for it in readers without Unicode (`\u8209?`): one, as `\uc1` says. */
  let fallback = 0;
  const re = /\\([a-z]+)(-?\d+)? ?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|([^\\{}]+)/gi;
  for (const m of rtf.matchAll(re)) {
    if (m[5] === '{') {
      depth++;
      stack.push(skip);
      continue;
    }
    if (m[5] === '}') {
      depth--;
      skip = stack.pop() ?? 0;
      continue;
    }
    if (m[4] === '*') {
      skip = depth;
      continue;
    }
    if (skip) continue;
    if (fallback && (m[3] || m[6])) {
      fallback = 0;
      if (m[3]) continue;
      m[6] = m[6]!.slice(1);
    }
    const word = m[1]?.toLowerCase();
    if (word && /^(?:fonttbl|colortbl|stylesheet|info|pict|object|header|footer|listtable|listoverridetable|rsidtbl|generator|themedata|colorschememapping|datastore|latentstyles)$/.test(word)) {
      skip = depth;
      continue;
    }
    if (word === 'par' || word === 'line' || word === 'row' || word === 'sect' || word === 'page') out += '\n';
    else if (word === 'tab' || word === 'cell') out += ' ';
    else if (word === 'u' && m[2]) {
      out += String.fromCharCode((Number(m[2]) + 65536) % 65536);
      fallback = 1;
    }
    else if (m[3]) out += decodeWindows1252(Buffer.from([parseInt(m[3], 16)]));
    else if (m[4] && m[4] !== '\n' && m[4] !== '\r') out += m[4] === '~' ? ' ' : m[4] === '-' || m[4] === '_' ? '-' : m[4];
    else if (m[6]) out += m[6].replace(/[\r\n]/g, '');
  }
  return lines(out);
}

/** A chunk's text by its content type (or, lacking one, its extension and first bytes). */
async function chunkText(part: string, bytes: Buffer, type: string): Promise<{ text?: string; kind: string }> {
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const head = bytes.subarray(0, 512).toString('latin1');
  if (/rtf/.test(type) || ext === 'rtf' || head.startsWith('{\\rtf')) return { text: rtfText(decode(bytes)), kind: 'RTF' };
  if (/message\/rfc822|multipart\/related/.test(type) || ext === 'mht' || ext === 'mhtml') {
    const html = mhtHtml(decode(bytes));
    return html === undefined ? { kind: 'MHT' } : { text: htmlText(html), kind: 'MHT' };
  }
  if (/html/.test(type) || ext === 'htm' || ext === 'html' || /<html\b/i.test(head)) return { text: htmlText(decode(bytes)), kind: 'HTML' };
  if (/text\/plain/.test(type) || ext === 'txt') return { text: lines(decode(bytes)), kind: 'text' };
  if (/wordprocessingml|officedocument/.test(type) || ['docx', 'docm', 'dotx', 'dotm'].includes(ext) || head.startsWith('PK')) {
    try {
      return { text: lines(await bodyText(bytes)), kind: 'Word document' };
    } catch {
      return { kind: 'Word document' };
    }
  }
  if (/xml/.test(type) || ext === 'xml') return { text: textOf(decode(bytes), 'w:t'), kind: 'XML' };
  return { kind: type || ext || 'unknown' };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A chunk's lines as plain paragraphs of a Word body (what the clean copy writes in its place). */
export const chunkParagraphs = (text: string) =>
  text
    .split('\n')
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
    .join('');
