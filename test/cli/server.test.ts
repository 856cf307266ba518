// The JSON API of `clearpost serve`, in-process on a free port: /api/check answers exactly what `check --format
// json` prints; multipart brings photos; bodies are bounded; /api/sanitize returns cleaned files.
import { request, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';
import { ClearpostServer, hostAllowed } from '../../src/cli/server.js';
import { openSession } from '../../src/cli/setup.js';
import type { Report } from '../../src/core/types.js';

const PROFILE = resolve('fixtures/profile.yaml');
const io = (out: string[] = []): CliIO => ({ stdout: (t) => void out.push(t), stderr: () => undefined, readStdin: async () => undefined, stdoutIsTTY: false, stderrIsTTY: false, cwd: process.cwd() });

let server: Server;
let app: ClearpostServer;
let base: string;
beforeAll(async () => {
  const session = openSession({ config: PROFILE, format: 'json', failOn: 'error', color: false, ocr: true, faces: false, concurrency: '2', ocrTimeLimit: '120' }, io());
  app = new ClearpostServer({ session, maxBody: 2 * 1024 * 1024 });
  const started = await app.listen(0, '127.0.0.1');
  server = started.server;
  base = `http://127.0.0.1:${started.port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await app.close();
});

const TEXT = 'Housewarming at 1423 Elm Street tonight!\nText me at (555) 010-7788';

describe('POST /api/check', () => {
  it('answers exactly the --format json report of check --text', async () => {
    const res = await fetch(`${base}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: TEXT, context: 'personal' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const out: string[] = [];
    await run(['check', '--text', TEXT, '--context', 'personal', '--config', PROFILE, '-f', 'json'], io(out));
    const text = await res.text();
    expect(JSON.parse(text)).toEqual(JSON.parse(out.join('')));
    expect(text).toBe(out.join(''));
  }, 60_000);

  it('takes the context: official allows what personal forbids', async () => {
    const ask = async (context: string) =>
      (await (await fetch(`${base}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Proud to serve with the Harbor City PD!', context }) })).json()) as Report;
    expect((await ask('personal')).files[0].findings.map((f) => f.ruleId)).toContain('id/self-affiliation');
    expect((await ask('official')).files[0].findings.map((f) => f.ruleId)).not.toContain('id/self-affiliation');
  }, 60_000);

  it('takes multipart with photos: their findings come as attachments of the post', async () => {
    const form = new FormData();
    form.append('text', 'New place!');
    form.append('images', new Blob([readFileSync('fixtures/images/gps-station.jpg')]), '../../etc/gps station.jpg');
    const res = await fetch(`${base}/api/check`, { method: 'POST', body: form });
    const report = (await res.json()) as Report;
    expect(report.files[0].attachments).toEqual(['gps station.jpg']);
    expect(report.files[0].findings.find((f) => f.ruleId === 'image/gps')).toMatchObject({ attachment: 'gps station.jpg' });
  }, 60_000);

  it.each([
    ['not JSON', 'application/json', '{', 400, /not valid JSON/],
    ['no text', 'application/json', '{"context":"personal"}', 400, /"text" must be a string/],
    ['bad context', 'application/json', '{"text":"x","context":"work"}', 400, /context must be/],
    ['other types', 'text/plain', 'hello', 415, /multipart/],
  ])('refuses %s with a one-line error', async (_name, type, body, status, message) => {
    const res = await fetch(`${base}/api/check`, { method: 'POST', headers: { 'content-type': type }, body });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it('refuses bodies over the limit with 413', async () => {
    const res = await fetch(`${base}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
  });

  it('serves the page and 404s the rest', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('Check a post before you publish');
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/api/check`)).status).toBe(405);
  });
});

/** A request with the headers a browser or a rebinding page would send (fetch will not set Host). */
function raw(path: string, method: string, headers: Record<string, string>, body = ''): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

describe('who may drive the server', () => {
  const port = () => Number(new URL(base).port);
  const draft = JSON.stringify({ text: TEXT, context: 'personal' });

  it('answers its own names: 127.0.0.1 and localhost on its port, from its own page', async () => {
    for (const host of [`127.0.0.1:${port()}`, `localhost:${port()}`]) {
      const res = await raw('/api/check', 'POST', { host, origin: `http://${host}`, 'content-type': 'application/json' }, draft);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).summary.findings).toBeGreaterThan(0);
    }
  });

  it('refuses a stranger\'s domain pointed at 127.0.0.1 (DNS rebinding), for the page and the API', async () => {
    const host = `attacker.example.com:${port()}`;
    const check = await raw('/api/check', 'POST', { host, origin: `http://${host}`, 'content-type': 'application/json' }, draft);
    expect(check.status).toBe(421);
    expect(check.body).not.toContain('pii/');
    expect((await raw('/', 'GET', { host })).status).toBe(421);
  });

  it('refuses an API call from another web page (a form post needs no preflight)', async () => {
    const host = `127.0.0.1:${port()}`;
    const form = await raw('/api/check', 'POST', { host, origin: 'http://evil.example.com', 'content-type': 'application/json' }, draft);
    expect(form.status).toBe(403);
    const fetchSite = await raw('/api/check', 'POST', { host, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, draft);
    expect(fetchSite.status).toBe(403);
  });

  it('hostAllowed: loopback and the listen address on the port; any IP literal only when listening on every interface', () => {
    expect(hostAllowed('127.0.0.1:4477', '127.0.0.1', 4477)).toBe(true);
    expect(hostAllowed('LOCALHOST:4477', '127.0.0.1', 4477)).toBe(true);
    expect(hostAllowed('[::1]:4477', '::1', 4477)).toBe(true);
    expect(hostAllowed('127.0.0.1:4478', '127.0.0.1', 4477)).toBe(false);
    expect(hostAllowed('evil.example.com:4477', '127.0.0.1', 4477)).toBe(false);
    expect(hostAllowed('192.168.1.20:4477', '127.0.0.1', 4477)).toBe(false);
    expect(hostAllowed('192.168.1.20:4477', '0.0.0.0', 4477)).toBe(true);
    expect(hostAllowed('evil.example.com:4477', '0.0.0.0', 4477)).toBe(false);
    expect(hostAllowed('10.0.0.5:4477', '10.0.0.5', 4477)).toBe(true);
    expect(hostAllowed(undefined, '127.0.0.1', 4477)).toBe(true);
  });
});

describe('POST /api/sanitize', () => {
  it('returns the cleaned text and photo, and what is still there', async () => {
    const form = new FormData();
    // As a file part, as the page sends it: string fields travel with CRLF line ends.
    form.append('text', new Blob([TEXT]), 'draft.txt');
    form.append('images', new Blob([readFileSync('fixtures/images/gps-station.jpg')]), 'gps-station.jpg');
    const res = await fetch(`${base}/api/sanitize`, { method: 'POST', body: form });
    const answer = (await res.json()) as { files: { name: string; type: string; base64: string; removed: Record<string, number> }[]; report: Report };
    expect(answer.files.map((f) => [f.name, f.type])).toEqual([
      ['draft.txt', 'text/plain; charset=utf-8'],
      ['gps-station.jpg', 'image/jpeg'],
    ]);
    expect(Buffer.from(answer.files[0].base64, 'base64').toString('utf8')).toBe('Housewarming at [address] tonight!\nText me at [phone number]');
    const photo = Buffer.from(answer.files[1].base64, 'base64');
    expect(await exifr.parse(photo).catch(() => undefined)).toBeUndefined();
    expect(answer.files[1].removed).toMatchObject({ metadata: 1 });
    expect(answer.report.files[0].findings.filter((f) => !f.suppressed)).toEqual([]);
  }, 60_000);

  type Answer = { files: { name: string; base64: string; removed: Record<string, number> }[]; error?: string };
  const sanitizeWith = async (fields: Record<string, string>): Promise<{ status: number; answer: Answer }> => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('images', new Blob([readFileSync('fixtures/images/people-tags.jpg')]), 'people-tags.jpg');
    const res = await fetch(`${base}/api/sanitize`, { method: 'POST', body: form });
    return { status: res.status, answer: (await res.json()) as Answer };
  };
  const photo = (a: Answer) => a.files.find((f) => f.name === 'people-tags.jpg')!;

  it('takes the CLI\'s options: keepFaces leaves consenting tagged faces, redactStyle blur paints no solid box', async () => {
    const covered = await sanitizeWith({});
    const kept = await sanitizeWith({ keepFaces: 'true' });
    // Jordan Example's tagged face, and Marcus Delgado's, labelled as the undercover member's it is (U29-16: the tag
    // region's people-tags and id/undercover hits make one cover, named by the stronger)
    expect(photo(covered.answer).removed).toMatchObject({ face: 1, undercover: 1 });
    // keepFaces leaves every face but an undercover member's, as --keep-faces does.
    expect(photo(kept.answer).removed.face).toBeUndefined();
    expect(photo(kept.answer).removed.undercover).toBe(1);
    // A box is one flat colour (#1b1f27); a blur leaves the region's own colours.
    const darkPixels = async (b64: string) => {
      const { data } = await sharp(Buffer.from(b64, 'base64')).raw().toBuffer({ resolveWithObject: true });
      let n = 0;
      for (let i = 0; i + 2 < data.length; i += 3) if (Math.abs(data[i] - 0x1b) < 6 && Math.abs(data[i + 1] - 0x1f) < 6 && Math.abs(data[i + 2] - 0x27) < 6) n++;
      return n;
    };
    const blurred = await sanitizeWith({ redactStyle: 'blur' });
    expect(photo(blurred.answer).removed).toMatchObject({ face: 1, undercover: 1 });
    expect(await darkPixels(photo(covered.answer).base64)).toBeGreaterThan(1000);
    expect(await darkPixels(photo(blurred.answer).base64)).toBeLessThan(100);
    // JSON bodies take them too; bad values are a 400 naming the field.
    const json = await fetch(`${base}/api/sanitize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: TEXT, keepFaces: true, redactStyle: 'blur' }) });
    expect(json.status).toBe(200);
    expect((await sanitizeWith({ redactStyle: 'pixelate' })).answer.error).toBe('redactStyle must be "box" or "blur"');
    const bad = await fetch(`${base}/api/sanitize`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: TEXT, keepFaces: 'maybe' }) });
    expect(bad.status).toBe(400);
  }, 120_000);
});
