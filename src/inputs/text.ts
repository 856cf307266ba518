/**
 * Turning a file's bytes into text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or Latin text without one), UTF-32
 * (with a BOM), and a Windows-1252 fallback
 * for legacy files, so a draft saved by an old editor is screened rather than dropped. Binary files are recognised
 * and skipped.
 */
import { InputError } from '../core/errors.js';

/** Posts are short; a multi-megabyte "draft" is almost certainly not one. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'windows-1252';
  /** False for UTF-16 read without a byte order mark (the note says so); absent otherwise. */
  bom?: false;
  /** NUL bytes in a file that is text otherwise (kept in the text; detection reads past them); absent when none. */
  nuls?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Windows-1252's 0x80-0x9F block (curly quotes, dashes, euro). Node's TextDecoder treats the label as ISO-8859-1
 * and would turn `\x93hi\x94` into control characters, so the block is mapped here.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b);
  }
  return out;
}

/** True when the bytes look like a binary file: a NUL byte in the first 8 KiB (UTF-16 is handled before this). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * The byte order of UTF-16 saved without a byte order mark (Notepad's "Unicode" on some set-ups, PowerShell's `>`
 * redirect): in the first 8 KiB every code unit is one zero byte and one non-zero byte on the same side at least
 * half the time (Latin text), a zero byte never stands on the other side, and the bytes decode as UTF-16. Undefined
 * for anything else (a binary file has zero bytes on both sides, or pairs of them).
 */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4 || bytes.length % 2) return undefined;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < n; i += 2) {
    const [a, b] = [bytes[i]!, bytes[i + 1]!];
    if (a === 0 && b === 0) return undefined;
    if (b === 0) zeroHigh++;
    else if (a === 0) zeroLow++;
  }
  const units = n / 2;
  const order = zeroHigh >= units / 2 && zeroLow === 0 ? 'utf-16le' : zeroLow >= units / 2 && zeroHigh === 0 ? 'utf-16be' : undefined;
  if (!order) return undefined;
  try {
    new TextDecoder(order, { fatal: true }).decode(bytes);
    return order;
  } catch {
    return undefined;
  }
}

/** UTF-32 by its byte order mark (`FF FE 00 00` little-endian, `00 00 FE FF` big-endian); Node's TextDecoder has none. */
function utf32ByteOrder(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | undefined {
  if (bytes.length < 4 || bytes.length % 4) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  return undefined;
}

/** UTF-32 code units to text; a unit that is no code point reads as U+FFFD, as TextDecoder does for bad bytes. */
function decodeUtf32(bytes: Uint8Array, order: 'utf-32le' | 'utf-32be'): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const c = view.getUint32(i, order === 'utf-32le');
    parts.push(c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) ? '\ufffd' : String.fromCodePoint(c));
  }
  return parts.join('');
}

/** Decode a text file's bytes. Throws InputError for binary content or files over MAX_TEXT_BYTES. */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new InputError(file, `file is ${(bytes.length / 1048576).toFixed(1)} MiB, over the ${MAX_TEXT_BYTES / 1048576} MiB limit for a text draft (a post is short; --max-file-size does not raise it)`);
  }
  // UTF-32's byte order marks first: FF FE 00 00 also starts UTF-16LE's (user test 25, P2-10)
  const utf32 = utf32ByteOrder(bytes);
  if (utf32) return { text: decodeUtf32(bytes.subarray(4), utf32), encoding: utf32 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // A NUL byte near the start: UTF-16 without a byte order mark, a text with stray NULs, or a binary file.
  const zeros = looksBinary(bytes);
  const order = zeros ? utf16ByteOrder(bytes) : undefined;
  if (order) return { text: new TextDecoder(order).decode(bytes), encoding: order, bom: false };
  const nuls = zeros ? strayNuls(bytes) : 0;
  if (nuls === undefined) throw new InputError(file, 'binary file, not text (skipped)');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const found = nuls ? { nuls } : {};
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', ...found };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252', ...found };
  }
}

/**
 * The NUL bytes of a text with a few stray ones ("...22 Maple Street.\n\0", "f\0uck"), or undefined for a binary
 * file: NUL and other control bytes are at most 1 in 10, and bytes over 0x7F at most 3 in 10 unless the whole is
 * UTF-8 (random or compressed bytes have about 1 in 9 and 1 in 2). A stray NUL must not make a draft "binary" and
 * pass it unread (user test 25, P2-2).
 */
export function strayNuls(bytes: Uint8Array): number | undefined {
  let nuls = 0;
  let controls = 0;
  let high = 0;
  for (const b of bytes) {
    if (b === 0) nuls++;
    // Control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape.
    else if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) controls++;
    else if (b >= 0x80) high++;
  }
  if ((nuls + controls) * 10 > bytes.length) return undefined;
  if (high * 10 <= bytes.length * 3) return nuls;
  // Mostly non-Latin text (Greek, Cyrillic, CJK) is high bytes too: it stands if it is well-formed UTF-8.
  try {
    utf8.decode(bytes);
    return nuls;
  } catch {
    return undefined;
  }
}

/**
 * Text back into the bytes of the encoding it was read from (a clean copy is written as its draft was: UTF-16 stays
 * UTF-16 with its byte order mark if it had one, a UTF-8 byte order mark is kept, Windows-1252 stays Windows-1252).
 * Undefined when a character has no place in a Windows-1252 file: the caller writes UTF-8 and says so.
 */
export function encodeText(text: string, as: { encoding: DecodedText['encoding']; bom?: boolean }): Buffer | undefined {
  const bom = as.bom ?? false;
  if (as.encoding === 'utf-8') return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  if (as.encoding === 'utf-16le') return Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
  if (as.encoding === 'utf-16be') return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), Buffer.from(text, 'utf16le').swap16()]);
  if (as.encoding === 'utf-32le' || as.encoding === 'utf-32be') {
    const points = [...text].map((ch) => ch.codePointAt(0)!);
    const buf = Buffer.alloc(4 * (points.length + (bom ? 1 : 0)));
    const le = as.encoding === 'utf-32le';
    [...(bom ? [0xfeff] : []), ...points].forEach((c, i) => (le ? buf.writeUInt32LE(c, 4 * i) : buf.writeUInt32BE(c, 4 * i)));
    return buf;
  }
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = CP1252_HIGH.indexOf(c);
    if (high >= 0 && (c > 0xff || (c >= 0x80 && c <= 0x9f))) out[i] = 0x80 + high;
    else if (c <= 0xff && !(c >= 0x80 && c <= 0x9f)) out[i] = c;
    else return undefined;
  }
  return out;
}

/** Whether the bytes begin with a byte order mark (UTF-8, UTF-16 or UTF-32): a clean copy keeps it. */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return (
    utf32ByteOrder(bytes) !== undefined ||
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}
