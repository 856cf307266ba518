import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/inputs/discover.js';
import { markdownScreenText } from '../../src/inputs/markdown.js';
import { decodeText, encodeText, hasByteOrderMark } from '../../src/inputs/text.js';
import { tempDir } from '../helpers/tmp.js';

describe('decodeText', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeText(Buffer.from('\uFEFFcafé', 'utf8'), 'a.txt')).toEqual({ text: 'café', encoding: 'utf-8' });
  });
  it('falls back to Windows-1252 for legacy bytes', () => {
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x68, 0x69, 0x94]);
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: 'Café \u201Chi\u201D', encoding: 'windows-1252' });
  });
  it('decodes UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hi there', 'utf16le')]);
    expect(decodeText(bytes, 'a.txt').text).toBe('hi there');
  });
  it('decodes UTF-16 saved without a BOM, either byte order (user test 23, #9)', () => {
    const text = 'Housewarming at 47 Thistledown Court! Call 555-204-7781.';
    const le = Buffer.from(text, 'utf16le');
    expect(decodeText(le, 'a.txt')).toEqual({ text, encoding: 'utf-16le', bom: false });
    expect(decodeText(Buffer.from(le).swap16(), 'a.txt')).toEqual({ text, encoding: 'utf-16be', bom: false });
    // Zero bytes on both sides, or a pair of them, are a binary file still.
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x00]), 'a.txt')).toThrow(/binary file/);
    expect(() => decodeText(Buffer.from([0x41, 0x00, 0x00, 0x42, 0x43, 0x00]), 'a.txt')).toThrow(/binary file/);
  });
  // User test 25, P2-10: UTF-32 with a byte order mark was read as UTF-16LE and its findings lost.
  it('reads UTF-32 with a byte order mark, either order, and writes it back the same', () => {
    const text = 'Café night with Sgt. Whitfield 😀 call 608-555-0199';
    const le = Buffer.alloc(4 * ([...text].length + 1));
    [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)].forEach((c, i) => le.writeUInt32LE(c, 4 * i));
    const be = Buffer.alloc(le.length);
    [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)].forEach((c, i) => be.writeUInt32BE(c, 4 * i));
    expect(decodeText(le, 'a.txt')).toEqual({ text, encoding: 'utf-32le' });
    expect(decodeText(be, 'a.txt')).toEqual({ text, encoding: 'utf-32be' });
    expect(hasByteOrderMark(be)).toBe(true);
    expect(encodeText(text, { encoding: 'utf-32le', bom: true })).toEqual(le);
    expect(encodeText(text, { encoding: 'utf-32be', bom: true })).toEqual(be);
    // UTF-16LE starting with a NUL character is still UTF-16 (its length is not a multiple of 4 here)
    expect(decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0]), 'a.txt').encoding).toBe('utf-16le');
  });

  it('refuses binary content with a clear reason', () => {
    expect(() => decodeText(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]), 'a.bin')).toThrow(/a\.bin: binary file/);
  });
  it('reads a text with a few stray NUL bytes, counting them, and still refuses binary (user test 25, P2-2)', () => {
    const text = 'Call me at 608-555-0199 tonight, 22 Maple Street.\n\0';
    expect(decodeText(Buffer.from(text), 'a.txt')).toEqual({ text, encoding: 'utf-8', nuls: 1 });
    expect(decodeText(Buffer.from('Sgt.\0Whitfield and f\0uck this\0'), 'a.txt').nuls).toBe(3);
    expect(decodeText(Buffer.from('Καλημέρα από την Αθήνα\0'), 'a.txt').nuls).toBe(1);
    // Bytes of a compressed or random file: a NUL, control bytes and high bytes everywhere.
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24));
    expect(() => decodeText(noise, 'a.txt')).toThrow(/binary file/);
  });
});

describe('markdownScreenText', () => {
  it('screens an image\'s title and an <img> tag\'s alt and title, not their paths (user test 24, #12)', () => {
    const md = '![bbq](bbq.jpg "Photo by Ignatius Vandermeer") <img src="car.png" alt="driven by Det. Vandermeer" title=\'Iggy\'>';
    const out = markdownScreenText(md);
    expect(out).toHaveLength(md.length);
    expect(out).toContain('Photo by Ignatius Vandermeer');
    expect(out).toContain('driven by Det. Vandermeer');
    expect(out).toContain('Iggy');
    expect(out).not.toMatch(/bbq\.jpg|car\.png|src|alt=/);
    expect(out.indexOf('Photo')).toBe(md.indexOf('Photo'));
    expect(out.indexOf('driven')).toBe(md.indexOf('driven'));
  });

  it('screens every attribute value of an <img> tag but its path (user test 25, P3-4)', () => {
    const md = '<img src="img/tag.jpg" srcset="img/tag-2x.jpg 2x" alt="Dep. V" data-owner="Carla Vandeventer" aria-label=\'Carla V\' width=3>';
    const out = markdownScreenText(md);
    expect(out).toHaveLength(md.length);
    expect(out.indexOf('Carla Vandeventer')).toBe(md.indexOf('Carla Vandeventer'));
    expect(out).toContain('Carla V ');
    expect(out).toContain('Dep. V');
    expect(out).not.toMatch(/tag\.jpg|tag-2x|data-owner|src/);
  });

  it('blanks image paths and HTML comments, keeping offsets and link targets', () => {
    const md = 'Hi ![me at work](img/badge-4471.jpg) <!-- note --> [mail](mailto:a@b.example)';
    const out = markdownScreenText(md);
    expect(out).toHaveLength(md.length);
    expect(out).not.toContain('badge-4471');
    expect(out).not.toContain('note');
    expect(out).toContain('![me at work]');
    expect(out).toContain('mailto:a@b.example');
  });
});

describe('discover', () => {
  it('walks folders for drafts and images, honours .clearpostignore and patterns, and reports bad paths', () => {
    const dir = tempDir('discover');
    mkdirSync(join(dir, 'posts', 'old'), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'posts', 'a.md'), 'a');
    writeFileSync(join(dir, 'posts', 'b.txt'), 'b');
    writeFileSync(join(dir, 'posts', 'c.jpg'), 'c');
    writeFileSync(join(dir, 'posts', 'd.pdf'), 'd');
    writeFileSync(join(dir, 'posts', 'old', 'e.md'), 'e');
    writeFileSync(join(dir, 'posts', 'skip.txt'), 's');
    writeFileSync(join(dir, 'node_modules', 'x.md'), 'x');
    writeFileSync(join(dir, '.clearpostignore'), 'old/\n');
    const found = discover(['posts', 'missing.md'], { cwd: dir, ignorePatterns: ['skip.txt'] });
    expect(found.files).toEqual(['posts/a.md', 'posts/b.txt', 'posts/c.jpg']);
    expect(found.errors).toEqual([{ path: 'missing.md', error: 'cannot read: no such file or directory' }]);
  });
});
