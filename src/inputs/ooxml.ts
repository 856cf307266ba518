/**
 * What every Office package (a Word document, and the workbooks, documents and slide decks embedded in one) is read
 * through: the zip opened with its sizes checked before any part is inflated, and XML text decoded.
 */
import { inflateRawSync } from 'node:zlib';
import type JSZip from 'jszip';
import { InputError } from '../core/errors.js';
import { decodeCharacterReferences } from '../core/normalize.js';

/** A package part that may be a picture: Word keeps them under `media/`; the extensions catch other layouts. */
export const PICTURE_PART = /(?:^|\/)media\/[^/]+$|\.(?:png|jpe?g|gif|tiff?|webp|bmp|emf|wmf|svg|heic|heif)$/i;

/**
 * XML's named entities and numeric character references, decoded: the same conversion as a draft's (a code point out
 * of range is U+FFFD, where String.fromCodePoint used to throw on `&#x110000;` and fail the whole document).
 */
export const unescapeXml = decodeCharacterReferences;

/**
 * The text of the elements `tag` (`w:t`, `w:delText`, a slide's `a:t`) in a piece of XML, one line per paragraph; a
 * Word tab and line, page or column break between them read as a space, as the body's are (word-body.ts), so a name
 * or a number broken over two lines of a header reads as one.
 */
export function textOf(xml: string, tag: string): string {
  const lines: string[] = [];
  const spaces = tag === 'w:t' ? String.raw`|<w:(?:tab\b(?![^>]*\bw:pos=)|br\b(?![^>]*\bw:type="(?!textWrapping"|page"|column")))[^>]*/>` : '';
  for (const paragraph of xml.split(/<\/[wa]:p>/)) {
    const words = [...paragraph.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>${spaces}`, 'g'))].map((m) => (m[1] === undefined ? ' ' : unescapeXml(m[1])));
    const line = words.join('').trim();
    if (line) lines.push(line);
  }
  return lines.join('\n');
}

/**
 * What a Word package may expand to, read from its directory before any part is inflated: one XML part (the body, a
 * header) and the whole package. A press release's document.xml is well under a megabyte; a zip bomb (400 MB of
 * text in a 400 KB file) is refused in one line instead of tying a pre-commit hook up for minutes.
 */
export const MAX_DOCX_PART_BYTES = 16 * 1024 * 1024;
export const MAX_DOCX_BYTES = 256 * 1024 * 1024;

const MIB = 1024 * 1024;
export const mib = (n: number) => `${(n / MIB).toFixed(n < 10 * MIB ? 1 : 0)} MiB`;

/** The first bytes of a zip package (a .docx) and of an OLE compound file (a Word 97-2003 .doc, an encrypted .docx). */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * What a file's bytes say it is, whatever its name (user test 29, U29-26): `package`, a zip holding a Word body
 * (`word/document.xml`, named uncompressed in the zip's directory); `ole`, an OLE compound file, as a Word 97-2003
 * document is (and a password-protected .docx, which Word wraps in one); undefined for anything else.
 */
export function wordFileKind(bytes: Uint8Array): 'package' | 'ole' | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 8).equals(OLE_MAGIC)) return 'ole';
  if (buffer.subarray(0, 4).equals(ZIP_MAGIC) && buffer.includes('word/document.xml')) return 'package';
  return undefined;
}

/** The one line for an OLE compound file named or taken as a Word document: what it is and what to do. */
export function oleWordReason(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // an encrypted package keeps its parts in streams named EncryptionInfo and EncryptedPackage (UTF-16 names)
  if (buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'))) return 'a password-protected Word document: not read; save a copy without the password to screen it';
  return 'Word 97-2003 .doc: not read; save it as .docx';
}

/** A zip library's failure as a cause a user can act on (jszip's own text ends with a link to its FAQ). */
export function zipFailure(err: unknown): string {
  const message = (err as Error).message.split('\n')[0];
  if (/end of central directory|is this a zip file/i.test(message)) return 'not a zip package (a .docx is one): renamed, or cut short';
  return message.replace(/\s*If it is, see https?:\S+\s*$/i, '').trim();
}

/** What jszip keeps of a part before inflating it: the sizes its headers give, the method and the raw bytes. */
interface PackedPart {
  uncompressedSize?: number;
  compression?: { magic?: string };
  compressedContent?: Uint8Array;
}

/**
 * Does a part hold more than its header says? Inflated here with the output capped one byte past the stated size, so
 * a part that lies costs no more memory than an honest one of that size (a 1.6 MB file whose document.xml said 1,000
 * bytes and held 1.6 GB took 72 s and 1.8 GB before jszip noticed the mismatch: user test 25, P2-3). Damaged data is
 * left for the reader to name.
 */
function understated(part: PackedPart): boolean {
  const stated = part.uncompressedSize ?? 0;
  const raw = part.compressedContent;
  if (!raw) return false;
  if (part.compression?.magic === '\x00\x00') return raw.length !== stated;
  if (part.compression?.magic !== '\x08\x00') return false;
  try {
    return inflateRawSync(raw, { maxOutputLength: stated + 1 }).length > stated;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
  }
}

/**
 * Open a Word package's directory; a file that is no zip, or whose parts would expand past the limits above, throws
 * InputError. The sizes come from the zip's own directory, and each part is checked to hold no more than it says.
 */
export async function openPackage(path: string, bytes: Buffer): Promise<JSZip> {
  const { default: JSZipClass } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await JSZipClass.loadAsync(bytes);
  } catch (err) {
    throw new InputError(path, `cannot read Word document: ${zipFailure(err)}`);
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += size;
    if (size > MAX_DOCX_PART_BYTES && !PICTURE_PART.test(entry.name)) {
      throw new InputError(path, `cannot read Word document: ${entry.name} expands to ${mib(size)}, over the ${mib(MAX_DOCX_PART_BYTES)} limit for one part`);
    }
  }
  if (total > MAX_DOCX_BYTES) {
    throw new InputError(path, `cannot read Word document: it expands to ${mib(total)}, over the ${mib(MAX_DOCX_BYTES)} limit for a document`);
  }
  for (const entry of Object.values(zip.files)) {
    const part = (entry as unknown as { _data?: PackedPart })._data;
    if (!entry.dir && part && understated(part)) {
      throw new InputError(path, `cannot read Word document: ${entry.name} holds more than the ${(part.uncompressedSize ?? 0).toLocaleString('en-US')} bytes its header says (a forged zip)`);
    }
  }
  return zip;
}
