// The built CLI leaves nothing in the temp folder (check, scan, sanitize and serve, run with a private TMPDIR), and
// what the OCR engines print for themselves (tesseract's "Error in boxClipToRectangle", "Warning: ...") never
// reaches the user's terminal: stderr holds clearpost's own lines only.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

const BIN = resolve('bin/clearpost.js');

/** stderr lines that clearpost did not write: anything not starting "clearpost" or indented under one of its lines. */
function foreign(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() && !/^clearpost\b/.test(l) && !/^\s/.test(l));
}

async function serveOnce(cwd: string, env: NodeJS.ProcessEnv, photo: Buffer): Promise<{ stderr: string; statuses: number[] }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--no-faces', '--ocr-time-limit', '120'], { cwd, env });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
  const base = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /open (http:\/\/\S+?)\/ /.exec(out);
      if (m) ok(m[1]);
    });
    child.on('exit', (code) => fail(new Error(`serve exited ${code}: ${stderr}`)));
  });
  const statuses: number[] = [];
  const check = await fetch(`${base}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Party at 1423 Elm Street' }) });
  statuses.push(check.status);
  const form = new FormData();
  form.append('text', 'Party at 1423 Elm Street');
  form.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/png' }), 'name-tag.png');
  const sanitize = await fetch(`${base}/api/sanitize`, { method: 'POST', body: form });
  statuses.push(sanitize.status);
  await sanitize.text();
  const exited = new Promise((ok) => child.on('exit', ok));
  child.kill('SIGTERM');
  await exited;
  return { stderr, statuses };
}

describe('the built CLI', () => {
  it('leaves nothing in TMPDIR after check, scan, sanitize and serve, and prints no OCR engine messages', { timeout: 300_000 }, async () => {
    const tmp = tempDir('tmpdir');
    const work = tempDir('work');
    for (const f of ['name-tag.png', 'gps-station.jpg', 'police-tape.jpg']) copyFileSync(resolve('fixtures/images', f), join(work, f));
    writeFileSync(join(work, 'post.md'), 'Party at 1423 Elm Street\n\n![tag](name-tag.png)\n');
    const env = { ...process.env, TMPDIR: tmp, CLEARPOST_NO_MODEL: '1' };
    const runs = [
      ['check', 'post.md'],
      ['scan', '.'],
      ['sanitize', 'post.md', 'gps-station.jpg', 'police-tape.jpg', '--out', 'clean'],
    ];
    for (const argv of runs) {
      const r = spawnSync(process.execPath, [BIN, ...argv, '--no-faces', '--ocr-time-limit', '120'], { cwd: work, env, encoding: 'utf8' });
      expect(r.status, `${argv[0]}: ${r.stderr}`).toBe(1);
      expect(foreign(r.stderr), argv[0]).toEqual([]);
    }
    const served = await serveOnce(work, env, readFileSync(resolve('fixtures/images/name-tag.png')));
    expect(served.statuses).toEqual([200, 200]);
    expect(foreign(served.stderr)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('keeps tesseract\'s own messages off stderr on an image that makes leptonica complain', { timeout: 120_000 }, async () => {
    // A 4 x 2000 strip of noise read as a page: leptonica printed "Warning in pixBlockconv: kernel too large" and
    // "Error in boxClipToRectangle: box outside rectangle" through the worker's console.
    const dir = tempDir('noise');
    const raw = Buffer.alloc(4 * 2000 * 3);
    for (let i = 0; i < raw.length; i++) raw[i] = (Math.imul(i, 2654435761) >>> 24) & 255;
    const strip = join(dir, 'strip.png');
    await sharp(raw, { raw: { width: 4, height: 2000, channels: 3 } }).png().toFile(strip);
    const script = `
      import { readFileSync } from 'node:fs';
      import { ImageScreener } from ${JSON.stringify(resolve('dist/core/image-engine.js'))};
      const s = new ImageScreener({ ocr: true, faces: false, workers: 1, ocrEngines: ['tesseract'], ocrTimeLimitMs: 120000 });
      const profile = { agency: { names: [], identifiers: [], official_accounts: [], email_domains: [], phone_numbers: [], sensitive_places: [] }, roster: [] };
      const a = await s.analyse('strip.png', readFileSync(${JSON.stringify(strip)}), profile);
      await s.close();
      process.stdout.write('read ' + (a.ocr ? 'ocr' : 'none'));
    `;
    const file = join(dir, 'read.mjs');
    writeFileSync(file, script);
    const quiet = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect(quiet.stdout).toBe('read ocr');
    expect(quiet.stderr).toBe('');
    // The messages are real and still reachable for debugging.
    const loud = spawnSync(process.execPath, [file], { encoding: 'utf8', env: { ...process.env, CLEARPOST_DEBUG_OCR: '1' } });
    expect(loud.stderr).toMatch(/^(Warning|Error) in pix/m);
  });
});
