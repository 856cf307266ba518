// The HTML report end to end: pictures embedded small, without metadata, the private words painted over in the
// pixels unless --show-evidence.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';
import { coverBox } from '../../src/core/preview.js';
import type { Finding } from '../../src/core/types.js';
import { tempDir } from '../helpers/tmp.js';

function io() {
  const err: string[] = [];
  const cli: CliIO = { stdout: () => undefined, stderr: (t) => void err.push(t), readStdin: async () => undefined, stdoutIsTTY: false, stderrIsTTY: false, cwd: process.cwd() };
  return { cli, err: () => err.join('') };
}

async function report(extra: string[]): Promise<string> {
  const out = join(tempDir('html'), 'report.html');
  const code = await run(['check', 'fixtures/images/house-number.heic', '--no-faces', '--ocr-time-limit', '120', '--config', resolve('fixtures/profile.yaml'), '-f', 'html', '-o', out, ...extra], io().cli);
  expect(code).toBe(1);
  return readFileSync(out, 'utf8');
}

/** Mean brightness of a region of the embedded picture (given in the original's pixels). */
async function brightness(html: string, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const src = /<img src="data:image\/jpeg;base64,([^"]+)" alt="[^"]*" width="(\d+)"/.exec(html);
  expect(src).not.toBeNull();
  const img = Buffer.from(src![1], 'base64');
  expect((await sharp(img).metadata()).exif).toBeUndefined();
  const k = (await sharp(img).metadata()).width! / Number(src![2]);
  const { data } = await sharp(img)
    .extract({ left: Math.round(box.x * k), top: Math.round(box.y * k), width: Math.round(box.width * k), height: Math.round(box.height * k) })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return data.reduce((a, b) => a + b, 0) / data.length;
}

describe('--format html with pictures', () => {
  it('embeds the HEIC as a small JPEG data URI with the house number painted over, and shows it with --show-evidence', async () => {
    const masked = await report([]);
    const box = /data-rule="pii\/address"/.test(masked) ? /style="left:([\d.]+)%;top:([\d.]+)%;width:([\d.]+)%;height:([\d.]+)%" data-rule="pii\/address"/.exec(masked) : null;
    expect(box).not.toBeNull();
    const [l, t, w, h] = box!.slice(1).map(Number);
    const region = { x: (l / 100) * 560 + 4, y: (t / 100) * 420 + 4, width: (w / 100) * 560 - 8, height: (h / 100) * 420 - 8 };
    expect(await brightness(masked, region)).toBeLessThan(45);
    expect(masked).not.toMatch(/1428 Elm/i);
    const shown = await report(['--show-evidence']);
    expect(await brightness(shown, region)).toBeGreaterThan(100);
  }, 120_000);
});

describe('coverBox: what the HTML report paints over (user test 22, #11)', () => {
  const box = { x: 151, y: 171, width: 257, height: 33 };
  const finding = (ruleId: string, pattern: string, source: Finding['source'] = 'ocr') =>
    ({ ruleId, source, data: { pattern }, location: { start: 0, end: 4, line: 1, column: 1, box } }) as unknown as Finding;

  it('paints over numbers read beside police markings, as sanitize covers them, and leaves the marking word', () => {
    for (const pattern of ['unit-number', 'badge-number', 'number-beside-marking']) {
      expect(coverBox(finding('image/police-markings', pattern)), pattern).toBeDefined();
    }
    expect(coverBox(finding('image/police-markings', 'marking-word'))).toBeUndefined();
    expect(coverBox(finding('image/uniform', 'patch', 'vision'))).toBeUndefined();
  });

  it('paints a name or number read on a tag over the tag\'s whole text block when the finding gives one (user test 23, #18)', () => {
    const cover = { x: 78, y: 139, width: 483, height: 75 };
    const tag = { ...finding('id/coworker', 'ROSTER_NAME'), location: { start: 0, end: 4, line: 1, column: 1, box, cover } } as unknown as Finding;
    expect(coverBox(tag)).toEqual(cover);
  });

  it('widens a word box to the whole token: an OCR box that starts after the first digit leaves none of it', () => {
    // "Call 555-013-7788": OCR boxed the number from x=151, its first "5" starts near x=130
    const painted = coverBox(finding('pii/phone', 'NANP'))!;
    expect(painted.x).toBeLessThanOrEqual(135);
    expect(painted.x + painted.width).toBeGreaterThanOrEqual(box.x + box.width + 10);
    expect(painted.y).toBe(box.y);
  });
});
