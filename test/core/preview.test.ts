// The HTML report end to end: pictures embedded small, without metadata, the private words painted over in the
// pixels unless --show-evidence.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';
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
