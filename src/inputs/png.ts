/**
 * PNG and GIF read at the byte level, without a decoder: the text a file carries (PNG tEXt, zTXt and iTXt chunks, GIF
 * comment and plain-text extensions) for the text detectors, and a PNG's structure in plain words (where it ends
 * early, which chunk's checksum is wrong) when the decoder gives up on it.
 *
 * exifr reads a PNG's tEXt chunks only: a phone number in a compressed zTXt or international iTXt chunk, or in a GIF
 * comment, would otherwise go out unscreened. Compressed text is inflated with a size cap (a small chunk may inflate
 * to gigabytes), and what the cap stops is named in a note.
 */
import { inflateSync } from 'node:zlib';

/** Text inflated from one compressed chunk, and in all of a file's chunks together, at most (a post's text is short). */
export const MAX_CHUNK_TEXT = 1 << 20;

/** A piece of text a PNG or GIF carries, with where it came from. */
export interface EmbeddedText {
  /** `PNG:Comment` (tEXt), `PNG-zTXt:Comment`, `PNG-iTXt:Description`, `GIF:Comment`, `GIF:PlainText`. */
  tag: string;
  text: string;
}

export interface EmbeddedTexts {
  texts: EmbeddedText[];
  /** What could not be read (a chunk over the size cap, text that does not inflate), one line each. */
  problems: string[];
}

/** Machine data stored as text chunks: XMP (read by exifr) and ImageMagick's hex dumps of EXIF and IPTC blocks. */
const MACHINE_KEYWORDS = /^(?:XML:com\.adobe\.xmp|Raw profile type .*)$/i;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Chunk {
  type: string;
  /** Offset of the chunk's data. */
  at: number;
  length: number;
}

/** The chunks of a PNG in order, up to the end of the file or the first chunk that does not fit in it. */
function chunks(buf: Buffer): { list: Chunk[]; cutShort?: Chunk } {
  const list: Chunk[] = [];
  let o = PNG_SIGNATURE.length;
  while (o + 8 <= buf.length) {
    const length = buf.readUInt32BE(o);
    const chunk = { type: buf.toString('latin1', o + 4, o + 8), at: o + 8, length };
    if (o + 12 + length > buf.length) return { list, cutShort: chunk };
    list.push(chunk);
    o += 12 + length;
    if (chunk.type === 'IEND') break;
  }
  return { list };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** What a chunk is, for a reader who does not know PNG's four-letter names. */
function chunkName(type: string): string {
  if (!/^[A-Za-z]{4}$/.test(type)) return 'a chunk whose name is damaged';
  const names: Record<string, string> = { IHDR: 'header', IDAT: 'image data', PLTE: 'palette', IEND: 'end marker' };
  return names[type] ? `the ${type} chunk (${names[type]})` : `the ${type} chunk`;
}

/**
 * Why a PNG is broken, in plain words, or undefined when its chunks are whole and their checksums match: `not a PNG
 * (...)`, `truncated PNG: the file ends inside the IDAT chunk (image data), 1,234 of its 5,678 bytes there (...)`,
 * `corrupt PNG: the IHDR chunk (header) fails its checksum (CRC): ...`.
 */
export function pngProblem(buf: Buffer): string | undefined {
  if (buf.length < 8 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) return 'not a PNG (the file does not start with the PNG signature)';
  const { list, cutShort } = chunks(buf);
  for (const c of list) {
    if (crc32(buf.subarray(c.at - 4, c.at + c.length)) !== buf.readUInt32BE(c.at + c.length)) {
      return `corrupt PNG: ${chunkName(c.type)} fails its checksum (CRC): the file was damaged in a copy or transfer`;
    }
  }
  if (cutShort) {
    const have = Math.max(0, buf.length - cutShort.at);
    return `truncated PNG: the file ends inside ${chunkName(cutShort.type)}, ${have.toLocaleString('en-US')} of its ${cutShort.length.toLocaleString('en-US')} bytes there (an incomplete download or copy)`;
  }
  if (!list.length || list[0]!.type !== 'IHDR') return 'corrupt PNG: no IHDR chunk (header) after the signature';
  if (!list.some((c) => c.type === 'IDAT')) return 'truncated PNG: the file ends before any image data (IDAT chunk)';
  if (list[list.length - 1]!.type !== 'IEND') return 'truncated PNG: the file ends before its IEND chunk (end marker)';
  return undefined;
}

/** Inflate compressed text, refusing more than `cap` bytes of it. */
function inflateCapped(data: Buffer, cap: number): Buffer {
  return inflateSync(data, { maxOutputLength: cap });
}

/** The keyword of a text chunk (Latin-1, up to the first NUL) and where its value starts. */
function keywordOf(buf: Buffer, c: Chunk): { keyword: string; rest: number } | undefined {
  const nul = buf.indexOf(0, c.at);
  if (nul < 0 || nul >= c.at + c.length) return undefined;
  return { keyword: buf.toString('latin1', c.at, nul), rest: nul + 1 };
}

/** The text of a PNG's tEXt, zTXt and iTXt chunks (XMP and hex dumps aside). */
export function pngTexts(buf: Buffer): EmbeddedTexts {
  const out: EmbeddedTexts = { texts: [], problems: [] };
  if (buf.length < 8 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) return out;
  let budget = MAX_CHUNK_TEXT;
  for (const c of chunks(buf).list) {
    if (c.type !== 'tEXt' && c.type !== 'zTXt' && c.type !== 'iTXt') continue;
    const head = keywordOf(buf, c);
    if (!head || MACHINE_KEYWORDS.test(head.keyword)) continue;
    const end = c.at + c.length;
    const tag = c.type === 'tEXt' ? `PNG:${head.keyword}` : `PNG-${c.type}:${head.keyword}`;
    if (budget <= 0) {
      out.problems.push(`${tag}: not screened (the file's text chunks hold over ${MAX_CHUNK_TEXT / 1048576} MiB)`);
      continue;
    }
    try {
      let text: string;
      if (c.type === 'tEXt') text = buf.toString('latin1', head.rest, end);
      else if (c.type === 'zTXt') text = inflateCapped(buf.subarray(head.rest + 1, end), budget).toString('latin1');
      else {
        // iTXt: compression flag, method, language tag NUL, translated keyword NUL, UTF-8 text
        const compressed = buf[head.rest] === 1;
        const langEnd = buf.indexOf(0, head.rest + 2);
        const transEnd = langEnd < 0 ? -1 : buf.indexOf(0, langEnd + 1);
        if (transEnd < 0 || transEnd >= end) continue;
        const body = buf.subarray(transEnd + 1, end);
        text = (compressed ? inflateCapped(body, budget) : body).toString('utf8');
      }
      text = text.slice(0, budget);
      budget -= text.length;
      if (text.trim()) out.texts.push({ tag, text });
    } catch (err) {
      const over = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      out.problems.push(`${tag}: not screened (${over ? `inflates to over ${MAX_CHUNK_TEXT / 1048576} MiB of text` : 'its compressed text is damaged'})`);
      if (over) budget = 0;
    }
  }
  return out;
}

/** The text of a GIF's comment extensions (`GIF:Comment`) and plain-text extensions (`GIF:PlainText`, drawn on the picture). */
export function gifTexts(buf: Buffer): EmbeddedTexts {
  const out: EmbeddedTexts = { texts: [], problems: [] };
  if (buf.length < 13 || buf.toString('latin1', 0, 4) !== 'GIF8') return out;
  let o = 13;
  if (buf[10]! & 0x80) o += 3 * (1 << ((buf[10]! & 7) + 1));
  let budget = MAX_CHUNK_TEXT;
  /** The data sub-blocks from `at`: their bytes joined, and where they end. */
  const subBlocks = (at: number): { bytes: Buffer; next: number } => {
    const parts: Buffer[] = [];
    let p = at;
    while (p < buf.length && buf[p] !== 0) {
      parts.push(buf.subarray(p + 1, Math.min(buf.length, p + 1 + buf[p]!)));
      p += 1 + buf[p]!;
    }
    return { bytes: Buffer.concat(parts), next: p + 1 };
  };
  while (o < buf.length) {
    const block = buf[o];
    if (block === 0x3b) break;
    if (block === 0x2c) {
      // image descriptor, local colour table, LZW code size, image data sub-blocks
      if (o + 10 > buf.length) break;
      let p = o + 10;
      if (buf[o + 9]! & 0x80) p += 3 * (1 << ((buf[o + 9]! & 7) + 1));
      o = subBlocks(p + 1).next;
      continue;
    }
    if (block !== 0x21 || o + 2 > buf.length) break;
    const label = buf[o + 1];
    if (label === 0xfe || label === 0x01) {
      // a plain-text extension starts with a 12-byte block of grid and colour settings
      const start = label === 0x01 ? o + 2 + 1 + (buf[o + 2] ?? 0) : o + 2;
      const { bytes, next } = subBlocks(start);
      const tag = label === 0xfe ? 'GIF:Comment' : 'GIF:PlainText';
      if (budget <= 0) out.problems.push(`${tag}: not screened (the file's text holds over ${MAX_CHUNK_TEXT / 1048576} MiB)`);
      else {
        const utf8 = bytes.toString('utf8');
        const text = (utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8).slice(0, budget);
        budget -= text.length;
        if (text.trim()) out.texts.push({ tag, text });
      }
      o = next;
      continue;
    }
    o = subBlocks(o + 2).next;
  }
  return out;
}
