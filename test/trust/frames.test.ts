// A multi-page TIFF or an animated GIF: only the first page or frame is screened and copied, and the run says so
// (user test 27, U3-15: page 2's phone number went unmentioned under a ✔).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const page = (text: string) =>
  sharp({ create: { width: 240, height: 60, channels: 3, background: '#ffffff' } })
    .composite([{ input: Buffer.from(`<svg width="240" height="60"><text x="5" y="40" font-size="24">${text}</text></svg>`) }])
    .png()
    .toBuffer();

describe('pictures of more than one page or frame', () => {
  it('are noted on check and sanitize says the later ones were dropped', { timeout: 60_000 }, async () => {
    const dir = tempDir('frames');
    const pages = [await page('Nice sunset'), await page('Call 555-201-4417')];
    writeFileSync(join(dir, 'multi.tiff'), await sharp(pages, { join: { animated: true } }).tiff().toBuffer());
    writeFileSync(join(dir, 'anim.gif'), await sharp(pages, { join: { animated: true } }).gif().toBuffer());
    writeFileSync(join(dir, 'one.png'), pages[0]!);
    for (const name of ['multi.tiff', 'anim.gif']) {
      const r = await runCli(['check', name, '-f', 'json', '--no-ocr', '--no-faces', '--no-model'], dir);
      expect((JSON.parse(r.out) as Report).files[0].note, name).toMatch(/2 pages or frames: only the first is screened/);
      const s = await runCli(['sanitize', name, '--out', 'clean', '--no-ocr', '--no-faces', '--no-model'], dir);
      expect(s.err, name).toMatch(/1 later page or frame dropped \(not screened; the copy is the first\)/);
    }
    const clean = readdirSync(join(dir, 'clean'));
    for (const name of clean) expect((await sharp(readFileSync(join(dir, 'clean', name))).metadata()).pages ?? 1, name).toBe(1);
    const single = await runCli(['check', 'one.png', '-f', 'json', '--no-ocr', '--no-faces', '--no-model'], dir);
    expect((JSON.parse(single.out) as Report).files[0].note).toBeUndefined();
  });
});
