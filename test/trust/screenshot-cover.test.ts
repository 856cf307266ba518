// A phone screenshot of someone's post (user test 29, U29-25): the undercover name in its first line and the poster's
// handle took the name-tag cover (the lines above and below, then the "plate", here the white page), one black block
// over the avatar, the poster's name and handle and three of the post's four lines. A cover takes the finding's words
// only; a tag's plate only on a tag. Rendered here, read with OCR, cleaned with `sanitize`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const W = 1170;
const H = 900;
const LINES = ['Huge thanks to Det. Siobhan Keogh', 'for the ride along last night!!', 'Text me if u want in next time', '203-555-0139 #CedarRidge'];

function screenshot(): Buffer {
  const body = LINES.map((t, i) => `<text x="40" y="${430 + i * 80}" font-size="52" font-family="DejaVu Sans, sans-serif">${t}</text>`).join('');
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
    <rect width="${W}" height="${H}" fill="#ffffff"/>
    <rect width="${W}" height="160" fill="#f4f4f4"/>
    <text x="40" y="100" font-size="44" font-weight="bold" font-family="DejaVu Sans, sans-serif">9:41</text>
    <circle cx="100" cy="280" r="60" fill="#668ccc"/>
    <text x="190" y="275" font-size="52" font-weight="bold" font-family="DejaVu Sans, sans-serif">Mike T</text>
    <text x="190" y="330" font-size="40" fill="#666666" font-family="DejaVu Sans, sans-serif">@miket_crpd</text>
    ${body}
  </svg>`);
}

/** Share of dark (cover-coloured) pixels in a box of the picture. */
async function dark(png: Buffer, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const { data, info } = await sharp(png).extract({ left: box.x, top: box.y, width: box.width, height: box.height }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let n = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i]! < 60 && data[i + 1]! < 60 && data[i + 2]! < 60) n++;
  return n / (info.width * info.height);
}

describe('a screenshot of a post', () => {
  it('covers the undercover name, the handle and the phone number alone: the avatar and the other lines stay', { timeout: 180_000 }, async () => {
    const dir = tempDir('shot');
    writeFileSync(join(dir, 'shot.png'), await sharp(screenshot()).png().toBuffer());
    writeFileSync(
      join(dir, '.clearpost.yaml'),
      'agency:\n  names: ["Cedar Ridge Police Department"]\n  identifiers: [crpd]\nroster:\n  - { name: Mike Torres, handles: ["@miket_crpd"] }\n  - { name: Siobhan Keogh, undercover: true }\n',
    );
    const r = await runCli(['sanitize', 'shot.png', '--out', 'clean', '--no-faces', '--no-model'], dir);
    expect(r.err).toMatch(/region covered \(id\/undercover\)/);
    expect(r.err).toMatch(/region covered \(pii\/phone\)/);
    const clean = readFileSync(join(dir, 'clean', 'shot.png'));
    // the avatar (its middle), the poster's name and the post's second and third lines are untouched
    expect(await dark(clean, { x: 70, y: 250, width: 60, height: 60 })).toBe(0);
    expect(await dark(clean, { x: 40, y: 460, width: 700, height: 90 })).toBeLessThan(0.2);
    expect(await dark(clean, { x: 40, y: 540, width: 700, height: 90 })).toBeLessThan(0.2);
    // the name in the first line is covered, the words before it are not
    expect(await dark(clean, { x: 700, y: 395, width: 200, height: 40 })).toBeGreaterThan(0.9);
    expect(await dark(clean, { x: 40, y: 385, width: 200, height: 55 })).toBeLessThan(0.3);
    // the re-screen of the copy finds neither the name nor the phone
    expect(r.out).not.toMatch(/id\/undercover|pii\/phone/);
  });
});
