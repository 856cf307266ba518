/**
 * `--cache` / `--cache-location`: answer a re-scan of unchanged posts from disk.
 *
 * Keying. An entry is found by the hash of what was screened (the draft's bytes and each attachment's relative path
 * and bytes, see `hashPost`), never by mtime or absolute path, so a fresh CI checkout of the same content reuses it.
 * The whole cache file is tied to a run key: the tool version, the build (a digest of the code, `build-id.ts`), a
 * hash of the config and policy packs, the learned heads, the account context and anything else that changes
 * findings (`keyParts`, assembled by the scan command's `cacheKeyParts`). Another run key starts an empty cache: a
 * stale entry is a miss, never an answer.
 *
 * What is stored. The FileReport as the report would show it *without* `--show-evidence`: evidence masked, paths
 * made relative to the post, inline and baseline suppressions stripped (those depend on the baseline file and are
 * re-applied after a hit; they are cheap). Unmasked evidence is never written: a cache file ends up in CI caches and
 * build artefacts, and must not leak more than a default report would. So `--show-evidence` runs bypass the cache
 * (`enabled` is false: `get` misses, `set` and `save` do nothing). Reports with an `error` are not stored either:
 * a timeout or an unreadable file should be retried, not remembered.
 *
 * Safety. Writes go to a temporary file that is renamed over the cache (atomic on one file system); a cache file that
 * cannot be read or parsed, or was written by another format version, is ignored and rebuilt, never fatal.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { makeFolders } from './folders.js';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import type { Finding, FileReport } from './types.js';

export const DEFAULT_CACHE_LOCATION = '.clearpostcache';
/** Bumped when the stored shape changes; older files are discarded. */
export const CACHE_FORMAT = 3;
/** Entries kept at most; the least recently used go first. */
export const DEFAULT_MAX_ENTRIES = 20000;

/** What ties cached results to a run: anything that changes findings for the same bytes. */
export interface CacheKeyParts {
  toolVersion: string;
  /** The build the results come from (`buildId()`): the package version does not change between commits. */
  build?: string;
  /** A hash of the loaded config and policy packs (use `stableHash`). */
  configHash: string;
  /** The run's account context (front matter may still override it per post: that is inside the content hash). */
  context?: string;
  /** When true the cache is disabled: unmasked evidence is never written to disk. */
  showEvidence?: boolean;
  /** Anything else that changes results (enabled detectors, OCR on/off, thresholds). */
  [extra: string]: string | number | boolean | undefined;
}

export interface CacheOptions {
  maxEntries?: number;
}

interface StoredEntry {
  /** The post's kind/note/findings with paths relative to the post. */
  report: Omit<FileReport, 'path'>;
  /** Sequence number of the last run that read or wrote the entry (for LRU trimming). */
  used: number;
}

interface CacheFile {
  format: number;
  key: string;
  run: number;
  entries: Record<string, StoredEntry>;
}

/** Write a file atomically: a temporary sibling renamed over the target. Creates the folder. */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode?: number): void {
  makeFolders(dirname(resolve(path)));
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // The temp file may never have been created.
    }
    throw err;
  }
}

/** A hash of a JSON-like value that does not depend on key order. */
export function stableHash(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex');
}

function stableStringify(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`)
    .join(',')}}`;
}

/** Hash a sequence of parts; each is length-prefixed, so `["ab","c"]` and `["a","bc"]` differ. */
export function hashParts(parts: readonly (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    h.update(`${typeof part === 'string' ? 's' : 'b'}${bytes.length}:`);
    h.update(bytes);
  }
  return h.digest('hex');
}

const toPosix = (p: string) => p.split(sep).join('/');

/**
 * The content hash of a post: the draft's bytes, then each attachment's path relative to the draft's folder and its
 * bytes, in attachment order, and the post's own file name. Moving a whole bundle keeps the hash; renaming the
 * draft, an attachment or a loose picture, or editing any byte, changes it. `read` returns the bytes (from the working tree or the index), or undefined for a missing file.
 */
export function hashPost(
  post: { path: string; kind: 'draft' | 'image'; attachments: readonly { path: string }[] },
  read: (path: string) => Uint8Array | undefined,
): string {
  const base = dirname(post.path);
  const parts: (string | Uint8Array)[] = [post.kind, read(post.path) ?? 'missing'];
  // a post's own name is screened (a member's name in it): renaming a draft or a loose picture is a change
  parts.push(basename(post.path));
  if (post.kind === 'draft') {
    for (const a of post.attachments) {
      parts.push(toPosix(relative(base, a.path)), read(a.path) ?? 'missing');
    }
  }
  return hashParts(parts);
}

/**
 * The result cache. Open once per run, `get` before screening a post, `set` after, `save` at the end.
 *
 *   const cache = ResultCache.open(location, { toolVersion, configHash, context, showEvidence });
 *   const hit = cache.get(hashPost(post, read), post.path);
 */
export class ResultCache {
  /** False when the cache is bypassed (`--show-evidence`). */
  readonly enabled: boolean;
  /** Why the cache started empty (`unreadable`, `corrupt`, `format`, `key`), or undefined when it was reused. */
  readonly resetReason?: 'missing' | 'unreadable' | 'corrupt' | 'format' | 'key';
  hits = 0;
  misses = 0;
  private dirty = false;
  private readonly run: number;

  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly entries: Map<string, StoredEntry>,
    previousRun: number,
    enabled: boolean,
    private readonly maxEntries: number,
    resetReason?: ResultCache['resetReason'],
  ) {
    this.enabled = enabled;
    this.run = previousRun + 1;
    if (resetReason) this.resetReason = resetReason;
  }

  /**
   * Open the cache at `location`: a file, or a directory (existing, or written with a trailing slash) that gets a
   * `.clearpostcache` file inside. Never throws for a bad cache file; it starts empty instead.
   */
  static open(location: string, keyParts: CacheKeyParts, options: CacheOptions = {}): ResultCache {
    const file = cacheFilePath(location);
    const key = stableHash({ format: CACHE_FORMAT, ...keyParts, showEvidence: undefined });
    const max = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    if (keyParts.showEvidence) return new ResultCache(file, key, new Map(), 0, false, max);
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
      return new ResultCache(file, key, new Map(), 0, true, max, reason);
    }
    let parsed: CacheFile;
    try {
      parsed = JSON.parse(raw) as CacheFile;
    } catch {
      return new ResultCache(file, key, new Map(), 0, true, max, 'corrupt');
    }
    if (!isCacheFile(parsed)) return new ResultCache(file, key, new Map(), 0, true, max, 'corrupt');
    if (parsed.format !== CACHE_FORMAT) return new ResultCache(file, key, new Map(), 0, true, max, 'format');
    if (parsed.key !== key) return new ResultCache(file, key, new Map(), parsed.run, true, max, 'key');
    const entries = new Map<string, StoredEntry>();
    for (const [hash, entry] of Object.entries(parsed.entries)) {
      if (isStoredEntry(entry)) entries.set(hash, entry);
    }
    return new ResultCache(file, key, entries, parsed.run, true, max);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The cached report for a post's content hash, with `path`, finding files and attachment paths rebuilt for
   * `postPath`; undefined on a miss.
   */
  get(contentHash: string, postPath: string): FileReport | undefined {
    const entry = this.enabled ? this.entries.get(contentHash) : undefined;
    if (!entry) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    if (entry.used !== this.run) {
      entry.used = this.run;
      this.dirty = true;
    }
    return rebase(entry.report, postPath);
  }

  /**
   * Remember a post's report. Pass the report as a default run shows it (masked evidence); suppression marks are
   * dropped and reports with an `error` are not stored.
   */
  set(contentHash: string, report: FileReport): void {
    if (!this.enabled || report.error) return;
    this.entries.set(contentHash, { report: strip(report), used: this.run });
    this.dirty = true;
  }

  /** Write the cache if anything changed. Errors writing it are returned, not thrown: a cache is optional. */
  save(): { saved: boolean; error?: string } {
    if (!this.enabled || !this.dirty) return { saved: false };
    const kept = [...this.entries.entries()]
      .sort((a, b) => b[1].used - a[1].used || (a[0] < b[0] ? -1 : 1))
      .slice(0, this.maxEntries)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const data: CacheFile = { format: CACHE_FORMAT, key: this.key, run: this.run, entries: Object.fromEntries(kept) };
    try {
      writeFileAtomic(this.file, JSON.stringify(data));
      this.dirty = false;
      return { saved: true };
    } catch (err) {
      return { saved: false, error: `cannot write cache ${this.file}: ${(err as Error).message}` };
    }
  }
}

/** Where the cache file lives for a `--cache-location` value. */
export function cacheFilePath(location: string): string {
  if (/[\\/]$/.test(location)) return join(location, DEFAULT_CACHE_LOCATION);
  try {
    if (statSync(location).isDirectory()) return join(location, DEFAULT_CACHE_LOCATION);
  } catch {
    // Not there yet: it will be a file.
  }
  return location;
}

function isCacheFile(v: unknown): v is CacheFile {
  if (!v || typeof v !== 'object') return false;
  const c = v as Partial<CacheFile>;
  return (
    typeof c.format === 'number' &&
    typeof c.key === 'string' &&
    typeof c.run === 'number' &&
    !!c.entries &&
    typeof c.entries === 'object' &&
    !Array.isArray(c.entries)
  );
}

function isStoredEntry(v: unknown): v is StoredEntry {
  if (!v || typeof v !== 'object') return false;
  const e = v as Partial<StoredEntry>;
  return typeof e.used === 'number' && !!e.report && Array.isArray(e.report.findings);
}

/** To the stored shape: paths relative to the post's folder, no suppression marks. */
function strip(report: FileReport): Omit<FileReport, 'path'> {
  const base = dirname(report.path);
  const out: Omit<FileReport, 'path'> = {
    findings: report.findings.map((f) => {
      const { suppressed: _s, file: _f, ...rest } = f;
      const copy = { ...rest, file: '' } as Finding;
      if (f.attachment !== undefined) copy.attachment = toPosix(relative(base, f.attachment));
      return copy;
    }),
  };
  if (report.kind) out.kind = report.kind;
  if (report.note) out.note = report.note;
  // what the summary counts besides findings: pictures screened (the --no-ocr line), remote pictures and clips not
  // screened, a front matter context (format 2 dropped them: a hit then read as a cleaner run than the first)
  if (report.attachments) out.attachments = report.attachments.map((a) => toPosix(relative(base, a)));
  if (report.context) out.context = report.context;
  if (report.remotePictures) out.remotePictures = report.remotePictures;
  if (report.mediaClips) out.mediaClips = report.mediaClips;
  if (report.templatedPictures) out.templatedPictures = report.templatedPictures;
  if (report.pagesNotScreened) out.pagesNotScreened = report.pagesNotScreened;
  return out;
}

function rebase(stored: Omit<FileReport, 'path'>, postPath: string): FileReport {
  const base = dirname(postPath);
  const report: FileReport = {
    path: postPath,
    ...structuredClone(stored),
  };
  report.findings = report.findings.map((f) => {
    const copy: Finding = { ...f, file: postPath };
    if (f.attachment !== undefined) copy.attachment = joinNative(base, f.attachment);
    return copy;
  });
  if (report.attachments) report.attachments = report.attachments.map((a) => joinNative(base, a));
  return report;
}

/** Join a stored posix relative path to a native base the way the post's paths are spelled. */
function joinNative(base: string, rel: string): string {
  const joined = posix.join(toPosix(base), rel);
  return sep === '/' ? joined : joined.split('/').join(sep);
}
