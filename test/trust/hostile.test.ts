// Hostile inputs (pixel bombs, deep trees, odd names, huge one-line files): each gets at most one error line and
// the run goes on; limits are flags with clear messages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

/** A PNG whose header claims width x height; the few pixel bytes behind it would inflate to gigabytes. */
function pngBomb(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(body));
    return Buffer.concat([head, body, tail]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const idat = deflateSync(Buffer.alloc(width + 1), { level: 9 });
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

function dir(): string {
  return tempDir('hostile');
}

const scanJson = async (cwd: string, ...extra: string[]) => {
  const r = await runCli(['scan', '.', '-f', 'json', '--no-ocr', '--no-faces', ...extra], cwd);
  return { ...r, report: JSON.parse(r.out) as Report };
};

describe('hostile files', () => {
  it('refuses a pixel bomb from its header, in one line', { timeout: 60_000 }, async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'bomb.png'), pngBomb(40_000, 40_000));
    mkdirSync(join(cwd, 'other'));
    writeFileSync(join(cwd, 'other', 'ok.txt'), 'Sunset.\n');
    const { code, report, err } = await scanJson(cwd);
    expect(code).toBe(2);
    expect(report.files.find((f) => f.path === 'bomb.png')?.error).toMatch(/40000x40000, over the 120-megapixel limit/);
    expect(err.trim().split('\n')).toHaveLength(1);
    // The limit is a flag.
    writeFileSync(join(cwd, 'bomb.png'), pngBomb(2_000, 1_000));
    expect((await scanJson(cwd, '--max-pixels', '1')).report.files.find((f) => f.path === 'bomb.png')?.error).toMatch(/over the 1-megapixel limit/);
  });

  it('skips files over --max-file-size with one line naming both sizes, before reading them', async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'big.txt'), 'a'.repeat(300 * 1024));
    writeFileSync(join(cwd, 'small.txt'), 'Party at 1423 Elm Street tonight\n');
    const { report, err } = await scanJson(cwd, '--max-file-size', '100k');
    expect(report.files.find((f) => f.path === 'big.txt')?.error).toBe('cannot read: file is 0.29 MB, over the --max-file-size limit of 0.10 MB');
    expect(report.files.find((f) => f.path === 'small.txt')?.findings.length).toBeGreaterThan(0);
    // One error line; the other is the note that this profile-less run's fingerprints are unkeyed.
    expect(err.trim().split('\n').filter((l) => !l.startsWith('clearpost: note:'))).toHaveLength(1);
    const bad = await runCli(['scan', '.', '--max-file-size', 'lots'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe('clearpost: --max-file-size takes a size such as 500k, 20MB or 1GB, not "lots"');
  });

  it('sanitize honours --max-file-size and --max-pixels like scan: the input is refused, no copy is written', { timeout: 60_000 }, async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'big.txt'), `Party at 1423 Elm Street tonight\n${'a'.repeat(300 * 1024)}\n`);
    writeFileSync(join(cwd, 'wide.png'), pngBomb(2_000, 1_000));
    writeFileSync(join(cwd, 'small.txt'), 'Party at 1423 Elm Street tonight\n');
    const r = await runCli(['sanitize', '.', '--out', 'out', '-f', 'json', '--no-ocr', '--no-faces', '--max-file-size', '100k', '--max-pixels', '1'], cwd);
    const report = JSON.parse(r.out) as Report;
    expect(r.code).toBe(2);
    expect(report.files.find((f) => f.path === 'big.txt')?.error).toMatch(/over the --max-file-size limit of 0\.10 MB/);
    expect(report.files.find((f) => f.path === 'wide.png')?.error).toMatch(/2000x1000, over the 1-megapixel limit/);
    expect(existsSync(join(cwd, 'out', 'big.txt'))).toBe(false);
    expect(existsSync(join(cwd, 'out', 'wide.png'))).toBe(false);
    expect(readFileSync(join(cwd, 'out', 'small.txt'), 'utf8')).toBe('Party at [address] tonight\n');
  });

  it('screens a one-line megabyte draft (the default limit lets it through) without stalling', { timeout: 60_000 }, async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'line.txt'), `${'spam 1423 Elm Street 555 '.repeat(45_000)}\n`);
    const { report } = await scanJson(cwd);
    expect(report.files[0].error).toBeUndefined();
    expect(report.files[0].findings.length).toBeGreaterThan(0);
  });

  it('walks a very deep tree and odd file names', async () => {
    const cwd = dir();
    let deep = cwd;
    for (let i = 0; i < 60; i++) deep = join(deep, `d${i}`);
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'post.txt'), 'Party at 1423 Elm Street tonight\n');
    const odd = ['-rf.txt', 'new\nline.txt', 'quote"\'.txt', 'ünï cødé ✓.txt', ' spaced .txt', '$(touch pwned).txt'];
    for (const name of odd) writeFileSync(join(cwd, name), 'Beautiful sunset tonight.\n');
    const { code, report } = await scanJson(cwd);
    expect(code).toBe(1);
    expect(report.files).toHaveLength(odd.length + 1);
    expect(report.files.every((f) => !f.error)).toBe(true);
    expect(report.files.find((f) => f.path.endsWith('post.txt'))?.findings.map((f) => f.ruleId)).toContain('pii/address');
  });

  // User test 25, P2-6: a name that is not UTF-8 was "cannot read: no such file or directory".
  it('names a file whose name is not UTF-8 as such, and screens the rest', async () => {
    const cwd = dir();
    writeFileSync(Buffer.concat([Buffer.from(`${cwd}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('utf8.txt')]), 'Call me at 608-555-0199\n');
    writeFileSync(Buffer.concat([Buffer.from(`${cwd}/skip`), Buffer.from([0xff]), Buffer.from('.bin')]), 'x');
    writeFileSync(join(cwd, 'ok.txt'), 'Call me at 608-555-0199\n');
    const { code, report } = await scanJson(cwd);
    expect(code).toBe(2);
    const bad = report.files.find((f) => f.path.startsWith('bad'));
    expect(bad?.error).toBe('the file name is not valid UTF-8, so clearpost cannot open it by name: rename it to screen it');
    expect(report.files.filter((f) => f.path.startsWith('skip'))).toEqual([]);
    expect(report.files.find((f) => f.path === 'ok.txt')?.findings.map((f) => f.ruleId)).toEqual(['pii/phone']);
  });
});
