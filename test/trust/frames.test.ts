// A multi-page TIFF or an animated GIF: every page or frame is screened (up to --max-pages) and cleaned and kept in the
// copy (user test 29, U29-6: the copy was page 1 alone), and the run says so (user test 27, U3-15: page 2's phone number went unmentioned under a ✔; fixes 29, defect 4:
// it was then noted, not screened).
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
      expect((JSON.parse(r.out) as Report).files[0].note, name).toMatch(/^2 pages or frames: each screened \(a finding on a later page names it, #page-2\); `clearpost sanitize` cleans and keeps each$/);
      const s = await runCli(['sanitize', name, '--out', 'clean', '--no-ocr', '--no-faces', '--no-model'], dir);
      expect(s.err, name).toMatch(/1 later page or frame cleaned and kept in the copy/);
    }
    const clean = readdirSync(join(dir, 'clean'));
    expect(clean.sort()).toEqual(['anim.gif', 'multi.tiff']);
    for (const name of clean) expect((await sharp(readFileSync(join(dir, 'clean', name))).metadata()).pages ?? 1, name).toBe(2);
    const single = await runCli(['check', 'one.png', '-f', 'json', '--no-ocr', '--no-faces', '--no-model'], dir);
    expect((JSON.parse(single.out) as Report).files[0].note).toBeUndefined();
  });

  it('reads a later page\'s text and names the page; past --max-pages the note and the summary say what was not screened', { timeout: 180_000 }, async () => {
    const dir = tempDir('frames');
    const big = (text: string) =>
      sharp({ create: { width: 480, height: 120, channels: 3, background: '#ffffff' } })
        .composite([{ input: Buffer.from(`<svg width="480" height="120"><text x="10" y="70" font-size="40" font-family="sans-serif">${text}</text></svg>`) }])
        .png()
        .toBuffer();
    const pages = [await big('Nice sunset'), await big('Call 555-201-4417'), await big('Hello there')];
    writeFileSync(join(dir, 'scan.tiff'), await sharp(pages, { join: { animated: true } }).tiff().toBuffer());
    writeFileSync(join(dir, 'anim.gif'), await sharp(pages, { join: { animated: true } }).gif().toBuffer());
    for (const name of ['scan.tiff', 'anim.gif']) {
      const r = await runCli(['check', name, '-f', 'json', '--no-faces', '--no-model'], dir);
      const report = JSON.parse(r.out) as Report;
      expect(report.files[0].findings.map((f) => [f.ruleId, f.attachment]), name).toEqual([['pii/phone', `${name}#page-2`]]);
      expect(report.files[0].note, name).toMatch(/^3 pages or frames: each screened/);
      expect(report.summary.notScreened ?? [], name).toEqual([]);
      expect(r.code, name).toBe(1);
    }
    const capped = await runCli(['check', 'scan.tiff', '-f', 'json', '--no-faces', '--no-model', '--max-pages', '1'], dir);
    const report = JSON.parse(capped.out) as Report;
    expect(report.files[0].findings).toEqual([]);
    expect(report.files[0].note).toBe('3 pages or frames: the first screened, pages 2-3 not (--max-pages 1); `clearpost sanitize` cleans and keeps those');
    expect(report.summary.notScreened?.map((n) => [n.kind, n.count])).toEqual([['page', 2]]);
    const human = await runCli(['check', 'scan.tiff', '--no-faces', '--no-model', '--max-pages', '1'], dir);
    expect(human.out).toMatch(/^⚠ 0 findings/m);
    expect((await runCli(['check', 'scan.tiff', '--max-pages', '0'], dir)).code).toBe(2);
    // the clean copy is the whole scan: page 2's number covered there, the pages kept (U29-6)
    const s = await runCli(['sanitize', 'scan.tiff', '--out', 'clean', '-f', 'json', '--no-faces', '--no-model'], dir);
    expect(s.err).toMatch(/scan\.tiff -> clean\/scan\.tiff \(removed: .*1 region covered \(pii\/phone\), 2 later pages or frames cleaned and kept in the copy\)/);
    expect((await sharp(readFileSync(join(dir, 'clean', 'scan.tiff'))).metadata()).pages).toBe(3);
    expect((JSON.parse(s.out) as Report).files[0].findings).toEqual([]);
  });
});
