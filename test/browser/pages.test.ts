// The HTML report and the served page in a real browser (Debian's chromium via playwright-core): findings,
// highlights, boxes and clauses render; filters and the download work; a photo can be dropped. Screenshots go to
// test/artifacts/ (gitignored) for people to look at.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import exifr from 'exifr';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';
import { ClearpostServer } from '../../src/cli/server.js';
import { openSession } from '../../src/cli/setup.js';
import { ARTIFACTS, launch } from './chromium.js';
import { tempDir } from '../helpers/tmp.js';

const PROFILE = resolve('fixtures/profile.yaml');
const DRAFT = [
  'Finally moved into 1428 Elm Street! Call me at (555) 010-7788.',
  'Shout-out to Sgt. Renee Whitfield for helping with the boxes.',
  '',
  '![the house](house-number.jpg)',
  '',
].join('\n');

function io(cwd = process.cwd()): CliIO {
  return { stdout: () => undefined, stderr: () => undefined, readStdin: async () => undefined, stdoutIsTTY: false, stderrIsTTY: false, cwd };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, 900_000);
afterAll(async () => {
  await browser?.close();
});

async function visible(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
}

describe('the HTML report', () => {
  let file: string;
  let whole: string;
  beforeAll(async () => {
    const dir = tempDir('browser');
    cpSync('fixtures/images/house-number.jpg', join(dir, 'post/house-number.jpg'));
    writeFileSync(join(dir, 'post/draft.md'), `${DRAFT}<img src="house-number.jpg" alt="" data-owner="Marcus Delgado">\n`);
    writeFileSync(join(dir, 'post/night.txt'), 'Still drunk from last night lol. Vote Smith for mayor!\n\nThe spare key is under the blue flowerpot by the back door.\nVisible part. HIDDEN: Carla home phone 608-555-0199\n');
    file = join(dir, 'report.html');
    const code = await run(['scan', join(dir, 'post'), '--no-faces', '--ocr-time-limit', '120', '--config', PROFILE, '-f', 'html', '-o', file], io());
    expect(code).toBe(1);
    whole = join(dir, 'whole.html');
    await run(['scan', join(dir, 'post'), '--no-ocr', '--no-faces', '--config', PROFILE, '-f', 'html', '--show-draft', '-o', whole], io());
  }, 120_000);

  // User test 25, P3-4: the page embedded every draft whole, so what no detector flagged was printed in clear.
  it('shows drafts only in masked excerpts round the findings, the whole draft only with --show-draft', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`file://${file}`);
    const excerpts = await page.locator('.post .excerpt').allTextContents();
    expect(excerpts.some((e) => /^line 1 .*Call me at .*\*/.test(e)), excerpts.join('\n')).toBe(true);
    const content = await page.content();
    for (const clear of ['blue flowerpot', 'Delgado', '1428 Elm']) expect(content).not.toContain(clear);
    // User test 25, P3-4 rest: only the finding's clause, and a name beside it no detector flagged is masked
    expect(excerpts).toContain('line 4 … ••• home phone 6**-5**-0***');
    expect(content).not.toMatch(/Carla|Visible part/);
    expect(await page.locator('.excerpt .ctx-mask').first().getAttribute('title')).toContain('not flagged');
    expect(await page.locator('.top p').textContent()).toContain('excerpts round the findings');
    await page.screenshot({ path: `${ARTIFACTS}/report-excerpts.png`, fullPage: true });
    await page.goto(`file://${whole}`);
    expect(await page.locator('.post .draft').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('blue flowerpot by the back door')]));
    expect(await page.content()).toContain('HIDDEN: Carla home phone');
    expect(await page.content()).not.toContain('Delgado');
    await page.close();
  }, 60_000);

  it('renders findings, masked highlights, boxes on the photo and quoted clauses', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => void requests.push(r.url()));
    await page.goto(`file://${file}`);
    expect(await page.locator('.finding').count()).toBeGreaterThanOrEqual(4);
    const marks = page.locator('mark.hl');
    expect(await marks.count()).toBeGreaterThanOrEqual(3);
    expect(await marks.allTextContents()).toContain('1*** E** S*****');
    expect(await page.content()).not.toContain('1428 Elm');
    // The box over the house number sits inside the photo and has a real size.
    const box = page.locator('.box[data-rule="pii/address"]').first();
    const frame = await page.locator('.frame').first().boundingBox();
    const b = await box.boundingBox();
    expect(b && frame && b.width > 20 && b.height > 5 && b.x >= frame.x && b.x + b.width <= frame.x + frame.width + 1).toBe(true);
    // Clauses are quoted behind their plain-words title.
    const details = page.locator('.finding[data-rule="pii/address"] details.clauses').first();
    await details.locator('summary').click();
    await expect.poll(() => details.locator('blockquote.clause').first().isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/report-desktop.png`, fullPage: true });
    // Nothing but the file itself and its data: URIs was loaded.
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  }, 60_000);

  it('filters by severity and by rule', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`file://${file}`);
    const all = await visible(page, '.finding');
    const errors = await visible(page, '.finding.sev-error');
    expect(errors).toBeGreaterThan(0);
    await page.locator('input[name=severity][value=error]').uncheck();
    expect(await visible(page, '.finding.sev-error')).toBe(0);
    expect(await visible(page, '.finding')).toBe(all - errors);
    await page.locator('input[name=severity][value=error]').check();
    await page.selectOption('select[name=rule]', 'pii/address');
    const shown = await page.locator('.finding').evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e as HTMLElement).dataset.rule));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['pii/address']));
    expect(await page.locator('#shown').textContent()).toMatch(/finding/);
    await page.screenshot({ path: `${ARTIFACTS}/report-filtered.png`, fullPage: true });
    await page.close();
  }, 60_000);

  it('reads on a phone-width screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(`file://${file}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}/report-phone.png`, fullPage: true });
    await page.close();
  }, 60_000);
});

describe('clearpost serve: the page', () => {
  let server: Server;
  let app: ClearpostServer;
  let url: string;
  beforeAll(async () => {
    const session = openSession({ config: PROFILE, format: 'json', failOn: 'error', color: false, ocr: true, faces: false, concurrency: '2', ocrTimeLimit: '120' }, io());
    app = new ClearpostServer({ session });
    const started = await app.listen(0, '127.0.0.1');
    server = started.server;
    url = `http://127.0.0.1:${started.port}/`;
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await app?.close();
  });

  /** Drop a file on the drop zone the way a browser does: a DataTransfer in a drop event. */
  async function dropPhoto(page: Page, path: string, name: string, type: string): Promise<void> {
    const base64 = readFileSync(path).toString('base64');
    const transfer = await page.evaluateHandle(
      ({ base64, name, type }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name, { type }));
        return dt;
      },
      { base64, name, type },
    );
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
  }

  it('checks a pasted draft and a dropped photo: highlights, boxes and clauses', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const offsite: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) offsite.push(r.url());
    });
    await page.goto(url);
    await page.screenshot({ path: `${ARTIFACTS}/serve-empty.png`, fullPage: true });
    await page.fill('#draft', DRAFT.replace('![the house](house-number.jpg)\n', ''));
    await dropPhoto(page, 'fixtures/images/house-number.jpg', 'house-number.jpg', 'image/jpeg');
    await expect.poll(() => page.locator('.thumb img').count()).toBe(1);
    await page.check('input[name=context][value=personal]');
    await page.click('#check');
    await page.locator('.verdict').waitFor({ timeout: 60_000 });
    // The verdict counts what must be fixed and what is left to review, in words ("1 thing must", "3 things must").
    const verdict = (await page.locator('.verdict').textContent()) ?? '';
    const counts = /^(\d+) things? must be fixed before posting(?:, and (\d+) more to review)?\.$/.exec(verdict);
    expect(counts, verdict).not.toBeNull();
    expect(Number(counts![1])).toBe(await page.locator('.findings .finding.sev-error').count());
    expect(Number(counts![2] ?? 0)).toBe(await page.locator('.findings .finding:not(.sev-error)').count());
    const marks = await page.locator('mark.hl').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['1428 Elm Street', '(555) 010-7788']));
    // Offsets survive the line break: the name on line 2 is marked exactly.
    expect(marks.some((m) => m.startsWith('Sgt.') || m.startsWith('Renee'))).toBe(true);
    const box = page.locator('.box[title="pii/address"]').first();
    await expect.poll(async () => (await box.boundingBox())?.width ?? 0).toBeGreaterThan(20);
    const clause = page.locator('.finding[data-rule="pii/address"] details.clauses').first();
    expect(await clause.locator('summary .why').textContent()).toBeTruthy();
    await clause.locator('summary').click();
    await expect.poll(() => clause.locator('blockquote.clause').first().isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/serve-findings.png`, fullPage: true });
    expect(offsite).toEqual([]);
    await page.close();
  }, 120_000);

  // User test 29, U29-11: one fact gave one id/self-affiliation finding per cue. One card now, every cue marked.
  it('shows one id/self-affiliation finding per post with each of its cues highlighted', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(url);
    await page.fill('#draft', '1/ long thread about my first year on the job\n2/ field training was brutal. my FTO was tough but fair\n3/ night shift taught me more than the academy\n');
    await page.check('input[name=context][value=personal]');
    await page.click('#check');
    await page.locator('.verdict').waitFor({ timeout: 60_000 });
    expect(await page.locator('.findings .finding[data-rule="id/self-affiliation"]').count()).toBe(1);
    const marks = await page.locator('mark.hl[title="id/self-affiliation"]').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['the job', 'field training', 'the academy']));
    expect(await page.locator('.finding[data-rule="id/self-affiliation"] .meta').textContent()).toBe('in your text, line 1 (also line 2, 3)');
    await page.screenshot({ path: `${ARTIFACTS}/serve-one-per-post.png`, fullPage: true });
    await page.close();
  }, 120_000);

  it('makes a clean copy: the text has placeholders and the downloaded photo has no metadata', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
    await page.goto(url);
    await page.fill('#draft', 'Moved into 1428 Elm Street, call (555) 010-7788!');
    await page.setInputFiles('#photos', 'fixtures/images/gps-station.jpg');
    await page.click('#clean');
    await page.locator('.downloads a').first().waitFor({ timeout: 60_000 });
    expect(await page.inputValue('#cleantext')).toBe('Moved into [address], call [phone number]!');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.downloads a[download="gps-station.jpg"]')]);
    const saved = join(tempDir('dl'), 'photo.jpg');
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect((await sharp(bytes).metadata()).format).toBe('jpeg');
    expect(await exifr.parse(bytes).catch(() => undefined)).toBeUndefined();
    await page.screenshot({ path: `${ARTIFACTS}/serve-clean-copy.png`, fullPage: true });
    await page.close();
  }, 120_000);

  it('offers the clean copy\'s options (box or blur, keep faces) and the server follows them', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
    await page.goto(url);
    expect(await page.isChecked('input[name=redactStyle][value=box]')).toBe(true);
    expect(await page.isChecked('#keepFaces')).toBe(false);
    await page.setInputFiles('#photos', 'fixtures/images/people-tags.jpg');
    /** Pixels of the box colour (#1b1f27) in the downloaded clean photo. */
    const boxPixels = async (): Promise<number> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('.downloads a[download="people-tags.jpg"]')]);
      const saved = join(tempDir('dl'), 'people-tags.jpg');
      await download.saveAs(saved);
      const { data } = await sharp(saved).raw().toBuffer({ resolveWithObject: true });
      let n = 0;
      for (let i = 0; i + 2 < data.length; i += 3) if (Math.abs(data[i] - 0x1b) < 6 && Math.abs(data[i + 1] - 0x1f) < 6 && Math.abs(data[i + 2] - 0x27) < 6) n++;
      return n;
    };
    await page.click('#clean');
    await page.locator('.downloads a').first().waitFor({ timeout: 60_000 });
    // the undercover member's tagged face is named as the undercover member's (U29-16), the other face as a face
    expect(await page.locator('#result .note').textContent()).toMatch(/undercover member, faces(?! ×)/);
    expect(await boxPixels()).toBeGreaterThan(1000);
    await page.check('input[name=redactStyle][value=blur]');
    await page.check('#keepFaces');
    await page.click('#clean');
    // Kept faces: only the undercover member's face is covered; blurred, so no flat box colour.
    await expect.poll(async () => (await page.locator('#result .note').textContent()) ?? '', { timeout: 60_000 }).toMatch(/undercover member(?!, faces)/);
    expect(await boxPixels()).toBeLessThan(100);
    await page.close();
  }, 180_000);

  it('fits a phone-width screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}/serve-phone.png`, fullPage: true });
    await page.close();
  }, 60_000);
});
