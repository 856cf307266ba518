/**
 * The local web page and its JSON API, on Node's own `http`. Nothing leaves the machine: uploads are held in memory
 * for the one request and dropped with it; bodies over the limit are refused with 413 before they are read in full.
 *
 *   GET  /               the page (one self-contained HTML file, see src/report/page.ts)
 *   POST /api/check      {"text", "context"} as JSON, or multipart (text, context, images): the `--format json` report
 *   POST /api/sanitize   the same inputs, and the CLI's options: "keepFaces" (true/false) and "redactStyle"
 *                        ("box" or "blur"); answers {"files": [{name, type, base64, removed}], "report"} (the report
 *                        screens the cleaned copies: what is still there)
 *
 * Requests are answered one at a time: OCR and the face models already use every core.
 *
 * Only this machine's own names are answered (hostAllowed): a web page an officer visits could point its own domain
 * at 127.0.0.1 (DNS rebinding) and read /api/check's answers, e.g. which of a list of names is an undercover member;
 * such a request carries the page's domain as its Host and gets 421. An /api/ request sent by a page of another
 * origin (its Origin header, or Sec-Fetch-Site: cross-site) gets 403.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import type { ImageScreener } from '../core/image-engine.js';
import type { RedactStyle, SanitizedFile } from '../core/sanitize.js';
import { listedOnly, screenPost, type ReadBytes } from '../core/scan.js';
import { Screener } from '../core/screen.js';
import { ACCOUNT_CONTEXTS, type AccountContext, type FileReport } from '../core/types.js';
import { sniffFormat } from '../inputs/image-format.js';
import type { Post } from '../inputs/posts.js';
import { formatJson } from '../report/json.js';
import { renderPage } from '../report/page.js';
import { withOutcome } from './exit.js';
import { imageScreenerOptions, makeReport, NAME_TITLES, type Session } from './setup.js';

/** Default bound on a request body: a draft and a handful of full-size phone photos. */
export const DEFAULT_MAX_BODY = 40 * 1024 * 1024;
/** Images per request. */
const MAX_IMAGES = 10;
/** The draft's name in reports, as for `check --text`. */
const TEXT_LABEL = '<text>';

export interface ServerOptions {
  session: Session;
  /** Bytes; larger bodies get 413. */
  maxBody?: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface Upload {
  text?: string;
  context?: AccountContext;
  images: { name: string; bytes: Buffer }[];
  /** /api/sanitize's options, as the CLI's --keep-faces and --redact-style. */
  keepFaces?: boolean;
  redactStyle?: RedactStyle;
}

/** Addresses that listen on every interface: any of the machine's addresses may then reach the page. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Whether a request's Host header names this server (host and port): loopback, the address it listens on, and when
 * it listens on every interface, any IP literal or the machine's own name (a name that resolves here only through a
 * stranger's DNS is what rebinding sends). A missing Host (HTTP/1.0 tools) is answered.
 */
export function hostAllowed(header: string | undefined, listenHost: string, port: number): boolean {
  if (header === undefined) return true;
  const m = /^(\[[0-9a-f:.]+\]|[^:]+)(?::(\d+))?$/i.exec(header.trim().toLowerCase());
  if (!m) return false;
  const name = m[1] as string;
  if (m[2] !== undefined && Number(m[2]) !== port) return false;
  const own = listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost;
  if ([...LOOPBACK_NAMES, own.toLowerCase()].includes(name)) return true;
  if (!WILDCARD_HOSTS.has(listenHost)) return false;
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.startsWith('[') || name === hostname().toLowerCase();
}

/** A browser's request from a page of another origin than the one it is sent to. */
function crossOrigin(req: IncomingMessage): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  return origin !== `http://${req.headers.host ?? ''}`;
}

const REDACT_STYLES: readonly RedactStyle[] = ['box', 'blur'];

function parseRedactStyle(value: unknown): RedactStyle | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && (REDACT_STYLES as readonly string[]).includes(value)) return value as RedactStyle;
  throw new HttpError(400, 'redactStyle must be "box" or "blur"');
}

/** A JSON boolean, or a form field's "true"/"false" (a checked checkbox sends "on"). */
function parseKeepFaces(value: unknown): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'on' || value === '1') return true;
  if (value === 'false' || value === 'off' || value === '0') return false;
  throw new HttpError(400, 'keepFaces must be true or false');
}

/** The options fields common to JSON and multipart bodies. */
function withOptions(upload: Upload, fields: { context?: unknown; keepFaces?: unknown; redactStyle?: unknown }): Upload {
  const context = parseContext(fields.context);
  const keepFaces = parseKeepFaces(fields.keepFaces);
  const redactStyle = parseRedactStyle(fields.redactStyle);
  return { ...upload, ...(context ? { context } : {}), ...(keepFaces !== undefined ? { keepFaces } : {}), ...(redactStyle ? { redactStyle } : {}) };
}

/** Read the whole body, refusing more than `max` bytes (the declared length is checked first). */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) throw new HttpError(413, `request body over ${Math.round(max / 1024 / 1024)} MB`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpError(413, `request body over ${Math.round(max / 1024 / 1024)} MB`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseContext(value: unknown): AccountContext | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && (ACCOUNT_CONTEXTS as readonly string[]).includes(value)) return value as AccountContext;
  throw new HttpError(400, 'context must be "personal" or "official"');
}

/** A safe, unique file name for an upload (no folders, no dot files). */
function uploadName(name: string, taken: Set<string>): string {
  let base = basename(name.replace(/\\/g, '/')).replace(/[^\w.\- ]/g, '_').replace(/^\.+/, '') || 'image';
  while (taken.has(base)) base = `copy-${base}`;
  taken.add(base);
  return base;
}

/**
 * JSON `{text, context}` or multipart with `text`, `context` and image files (any other field name). `text` may be a
 * file part: browsers send string fields with CRLF line ends, which would shift the offsets in the answer.
 */
async function parseUpload(req: IncomingMessage, max: number): Promise<Upload> {
  const type = String(req.headers['content-type'] ?? '');
  const body = await readBody(req, max);
  if (/^application\/json\b/i.test(type)) {
    let data: unknown;
    try {
      data = JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'body is not valid JSON');
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new HttpError(400, 'expected a JSON object {"text", "context"}');
    const fields = data as { text?: unknown; context?: unknown; keepFaces?: unknown; redactStyle?: unknown };
    if (typeof fields.text !== 'string') throw new HttpError(400, '"text" must be a string');
    return withOptions({ text: fields.text, images: [] }, fields);
  }
  if (/^multipart\/form-data\b/i.test(type)) {
    let form: FormData;
    try {
      form = await new Request('http://localhost/', { method: 'POST', headers: { 'content-type': type }, body: new Blob([new Uint8Array(body)]) }).formData();
    } catch {
      throw new HttpError(400, 'malformed multipart body');
    }
    const upload: Upload = { images: [] };
    const fields: Record<string, string> = {};
    const taken = new Set<string>();
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') {
        if (key === 'text') upload.text = value;
        else if (key === 'context' || key === 'keepFaces' || key === 'redactStyle') fields[key] = value;
        continue;
      }
      if (key === 'text') {
        upload.text = await value.text();
        continue;
      }
      if (!value.size) continue;
      if (upload.images.length >= MAX_IMAGES) throw new HttpError(413, `at most ${MAX_IMAGES} images per request`);
      upload.images.push({ name: uploadName(value.name || 'image', taken), bytes: Buffer.from(await value.arrayBuffer()) });
    }
    if (upload.text === undefined && !upload.images.length) throw new HttpError(400, 'send a "text" field or at least one image');
    return withOptions(upload, fields);
  }
  throw new HttpError(415, 'send application/json or multipart/form-data');
}

/** The upload as one post read from memory: the text is the draft, the images its attachments. */
function uploadPost(upload: Upload): { post: Post; read: ReadBytes } {
  const files = new Map<string, Buffer>(upload.images.map((i) => [i.name, i.bytes]));
  // Photos without a text are still one post: an empty draft with attachments, so every photo is screened.
  files.set(TEXT_LABEL, Buffer.from(upload.text ?? '', 'utf8'));
  const read: ReadBytes = (p) => {
    const bytes = files.get(p);
    if (!bytes) throw Object.assign(new Error('not uploaded'), { code: 'ENOENT' });
    return bytes;
  };
  const post: Post = {
    path: TEXT_LABEL,
    kind: 'draft',
    draft: TEXT_LABEL,
    attachments: upload.images.map((i) => ({ path: i.name })),
    missing: [],
    missingLinks: [],
    unsupported: [],
  };
  return { post, read };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

const MEDIA_TYPES: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/** The request handler and what it holds (one image screener, reused across requests). */
export class ClearpostServer {
  private images: ImageScreener | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly maxBody: number;
  /** The address and port listened on (listen()), for the Host check. */
  private bound: { host: string; port: number } | undefined;

  constructor(private readonly options: ServerOptions) {
    this.maxBody = options.maxBody ?? DEFAULT_MAX_BODY;
  }

  private async imageScreener(): Promise<ImageScreener> {
    if (!this.images) {
      const { ImageScreener } = await import('../core/image-engine.js');
      this.images = new ImageScreener(imageScreenerOptions(this.options.session));
    }
    return this.images;
  }

  /** One request at a time, in arrival order. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The run's session with the request's account context (as `--context` would set it). */
  private sessionFor(context: AccountContext | undefined): Session {
    const session = this.options.session;
    if (!context || context === session.context) return session;
    return { ...session, context, screener: new Screener({ ...session.screener.options, context }) };
  }

  private async screen(session: Session, post: Post, read: ReadBytes): Promise<FileReport> {
    const needsImages = post.kind === 'image' || post.attachments.length > 0 || !!post.inlinePictures;
    return screenPost(post, { screener: session.screener, read, ...(needsImages ? { images: await this.imageScreener() } : {}) });
  }

  async check(upload: Upload): Promise<string> {
    const session = this.sessionFor(upload.context);
    const { post, read } = uploadPost(upload);
    return formatJson(listedOnly(withOutcome(makeReport(session, [await this.screen(session, post, read)]), session.failOn, session.maxWarnings)));
  }

  async sanitize(upload: Upload): Promise<string> {
    const session = this.sessionFor(upload.context);
    const { post, read } = uploadPost(upload);
    const { sanitizePost } = await import('../core/sanitize.js');
    const screener = new Screener({ ...session.screener.options, showEvidence: true });
    const options = { style: upload.redactStyle ?? 'box', keepFaces: upload.keepFaces ?? false, maxPixels: session.maxPixels };
    const result = await sanitizePost(post, { screener, read, images: await this.imageScreener(), titles: NAME_TITLES }, options);
    const cleaned = new Map<string, Buffer>();
    const named = (f: SanitizedFile) => (f.path === TEXT_LABEL ? 'draft.txt' : f.path);
    for (const f of result.files) cleaned.set(f.path, f.bytes);
    // What is still there: the cleaned copies screened as one post again.
    const again: Upload = {
      ...(cleaned.has(TEXT_LABEL) ? { text: (cleaned.get(TEXT_LABEL) as Buffer).toString('utf8') } : {}),
      images: result.files.filter((f) => f.kind === 'image').map((f) => ({ name: f.path, bytes: f.bytes })),
    };
    const files: FileReport[] = result.errors.map((e) => ({ path: post.path, findings: [], error: e }));
    const cleanedPost = uploadPost(again);
    files.push(await this.screen(session, cleanedPost.post, cleanedPost.read));
    return `${JSON.stringify(
      {
        files: result.files.map((f) => ({
          name: named(f),
          type: f.kind === 'text' ? 'text/plain; charset=utf-8' : MEDIA_TYPES[sniffFormat(f.bytes) ?? ''] ?? 'application/octet-stream',
          base64: f.bytes.toString('base64'),
          removed: f.removed,
        })),
        report: makeReport(session, files),
      },
      null,
      2,
    )}\n`;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (this.bound && !hostAllowed(req.headers.host, this.bound.host, this.bound.port)) {
        throw new HttpError(421, `this server answers to 127.0.0.1:${this.bound.port} or localhost:${this.bound.port}, not "${req.headers.host}"`);
      }
      if (url.pathname.startsWith('/api/') && crossOrigin(req)) throw new HttpError(403, 'requests from another web page are refused');
      if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
        const { session } = this.options;
        return send(res, 200, 'text/html; charset=utf-8', renderPage({ context: session.context, policies: session.packs.map((p) => p.id) }));
      }
      const route = url.pathname === '/api/check' ? 'check' : url.pathname === '/api/sanitize' ? 'sanitize' : undefined;
      if (!route) throw new HttpError(404, 'not found');
      if (req.method !== 'POST') throw new HttpError(405, `${url.pathname} takes POST`);
      const upload = await parseUpload(req, this.maxBody);
      const body = await this.serial(() => (route === 'check' ? this.check(upload) : this.sanitize(upload)));
      send(res, 200, 'application/json; charset=utf-8', body);
    } catch (err) {
      const status = err instanceof HttpError ? err.status : 500;
      const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
      if (status === 413) res.setHeader('connection', 'close');
      send(res, status, 'application/json; charset=utf-8', `${JSON.stringify({ error: message })}\n`);
      if (status === 413) req.resume();
    }
  }

  /** Start listening; resolves with the bound port. */
  listen(port: number, host: string): Promise<{ server: Server; port: number }> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.on('close', () => void this.images?.close());
    return new Promise((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        const address = server.address();
        const bound = typeof address === 'object' && address ? address.port : port;
        this.bound = { host, port: bound };
        resolveListen({ server, port: bound });
      });
    });
  }

  async close(): Promise<void> {
    await this.images?.close();
    this.images = undefined;
  }
}
