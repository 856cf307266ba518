/**
 * Posts, not just files: a post is a draft and the images that go out with it. Screening a post as a unit lets an
 * image finding point at the draft line that attaches the image, and lets a bundle travel as one (one shard, one
 * cache entry, one exit status).
 *
 * A post is one of
 * - a Markdown draft and the images it links: `![alt](photo.jpg)`, `<img src="photo.jpg">`, reference-style
 *   `![alt][ref]` with `[ref]: photo.jpg`, and front matter `images: [photo.jpg]`;
 * - a folder holding exactly one draft (.md/.markdown/.txt) among the scanned files: the folder's other scanned
 *   images belong to that draft even when it does not link them;
 * - any other draft on its own (a .txt draft, a draft in a folder with several drafts);
 * - a loose image: an image no draft claims is its own post.
 *
 * Decisions worth knowing:
 * - Every local picture the draft names is an attachment: besides the forms above, each URL of an `srcset` (`<img>`,
 *   `<picture><source>`), a `<video poster>`, and a plain link to a picture file (`[full photo](big.jpg)`, `<a
 *   href="big.jpg">`, a reference definition `[1]: big.jpg`, `<source src="big.jpg">`) and any front matter value
 *   naming one (`image:`, `cover:`, `og_image:`, `thumbnail:`, `featured_image:`, nested or not): a site publishes
 *   them all (user test 27, U3-7). A plain link counts only when its path ends in a picture extension.
 * - Remote targets (`https:`, `//cdn...`) are not attachments: clearpost screens what is on disk, and never fetches.
 *   A remote picture is listed in `remote` so the report can say it was not screened (user test 27, U3-12).
 * - Targets resolve relative to the draft; `#fragment` and `?query` are dropped and `%20` is decoded. A root path
 *   (`/images/card.jpg`) is a site generator's: it resolves under the draft's site (`--site-root`, else the nearest
 *   folder above the draft holding a site config, `SITE_CONFIGS`), in its `static/` and `assets/` folders, a Hugo
 *   theme's (`themes/<theme>/static/`, `assets/`), `public/` and then its root (`siteFolders`; never Jekyll's built
 *   `_site/`); with no site above the draft it is read from the file system's root.
 * - A linked image that exists is an attachment even when it was not among the scanned files (ignored, not staged):
 *   it is part of what gets published. A linked image that does not exist goes to `missing`.
 * - Links inside fenced code, inline code and HTML comments are not attachments (they are not published).
 * - Front matter is read in Markdown drafts only; a .txt draft is plain text from its first byte.
 * - An image linked from several drafts is an attachment of each; an explicit link wins over folder bundling.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { InputError } from '../core/errors.js';
import { LineIndex } from '../core/locate.js';
import { ACCOUNT_CONTEXTS, type AccountContext } from '../core/types.js';
import type { Anchor } from '../report/where.js';
import { IMAGE_EXTENSIONS, SITE_CONFIGS } from './discover.js';
import { DOCUMENT_EXTENSIONS } from './docx.js';

/** An image that goes out with a draft, and where the draft attaches it (absent for folder-bundle images). */
export interface Attachment {
  /** The image path: the spelling used in the scanned file list when it is there, else joined to the draft's folder. */
  path: string;
  /** 1-based line of the link (or front matter entry) in the draft. */
  line?: number;
  /** 1-based UTF-16 column of the link's first character. */
  column?: number;
  /** UTF-16 offsets of the whole link (`![alt](photo.jpg)`, the `<img>` tag, the front matter entry), end exclusive. */
  start?: number;
  end?: number;
  /** For a link whose picture is not on disk: where clearpost looked, said after "linked image not found". */
  notFound?: string;
  /**
   * Every place the draft writes this picture's path (the `src` value, each `srcset` URL naming it, a reference
   * definition's target), [start, end): what a clean copy renames when the picture's copy gets a new name.
   */
  targets?: [number, number][];
}

export interface Post {
  /** The draft; for a loose image, the image. Reports, shards and cache entries key on this. */
  path: string;
  kind: 'draft' | 'image';
  /** The draft path (same as `path` for drafts, absent for a loose image). */
  draft?: string;
  /** Set when the post is a folder bundle: the folder. */
  folder?: string;
  /** Images screened with the draft, in draft order (front matter, then links, then unlinked folder images). */
  attachments: Attachment[];
  /** `context:` from front matter; overrides the run's context for this post. */
  context?: AccountContext;
  /** Read as Markdown whatever its name (a draft on standard input or `--text`); else by its extension. */
  markdown?: boolean;
  /** `account:` from front matter (`@handle`). */
  account?: string;
  /** Why front matter `account:` did not choose the account (not a handle, or `context:` says otherwise): a note. */
  accountNote?: string;
  /** [start, end) of the front matter block, fences and final newline included. */
  frontMatterRange?: [number, number];
  /** Linked local images that do not exist (resolved paths). The caller reports each as an error. */
  missing: string[];
  /** The same, with the line of each link, to anchor those errors. */
  missingLinks: Attachment[];
  /** Linked local files that exist but are not an image format clearpost reads (`.svg`, `.pdf`). */
  unsupported: Attachment[];
  /** Why the draft's front matter could not be used; the caller reports it as the post's error. */
  error?: string;
  /** The Markdown draft holds pictures as `data:` URIs (screened as its attachments once it is read). */
  inlinePictures?: boolean;
  /** Pictures the draft names by a remote address (`https://...`): not fetched, so not screened; the report says so. */
  remote?: string[];
  /** The site folder the draft's root paths (`/images/card.jpg`) were read under, when it has any. */
  siteRoot?: string;
  /**
   * Pictures the draft names through a template expression the site generator fills in (`{{ site.baseurl }}/...`,
   * a Liquid include): clearpost does not build the site, so they are not screened; the report says so.
   */
  templated?: string[];
  /**
   * Video and audio clips the draft names (`<video src>`, `<audio src>`, `<source src="clip.mp4">`, `![](clip.mp4)`,
   * a link or front matter value naming a clip file), local or remote, as written: clearpost reads no video or audio,
   * so each is noted as not screened.
   */
  clips?: string[];
}

export interface GroupOptions {
  /** The folder relative paths are read from (the CLI's io.cwd, which need not be process.cwd()). */
  cwd?: string;
  /** Whether a linked path exists as a file. Defaults to the file system under `cwd`; `--staged` passes the index. */
  exists?: (path: string) => boolean;
  /**
   * The site a draft's root paths (`/images/card.jpg`) resolve under: a folder (`--site-root`), or a function of the
   * draft's path. Defaults to the nearest folder above the draft holding a site config (`findSiteRoot`).
   */
  siteRoot?: string | ((draft: string) => string | undefined);
  /** The profile's official accounts: front matter `account:` naming one makes the post official (accountContext). */
  officialAccounts?: readonly string[];
}

/**
 * Where under a site a root path is looked for, in order: Hugo's static/ (served at the root) and assets/ (its
 * pipeline's pictures), public/ (Astro, Eleventy, a built Hugo site), then the site's own root (Jekyll).
 */
export const SITE_FOLDERS: readonly string[] = ['static', 'assets', 'public', ''];

/** `theme = "ananke"`, `theme: [a, b]`, `"theme": "x"` in a Hugo config (TOML, YAML or JSON): the theme names. */
const THEME_SETTING = /^[ \t]*"?theme"?[ \t]*[=:][ \t]*(.+)$/m;

/**
 * The folders a site's root paths are looked for in, in order (user test 29 / fixes 29: themes were not searched):
 * the site's own static/ and assets/, then each Hugo theme's static/ and assets/ (the theme the config names first,
 * then any other folder under themes/: Hugo merges a theme's static files under the site's, and a clean copy has the
 * theme's pictures but no config), then public/ and the site's root. Jekyll's built `_site/` is never read.
 */
export function siteFolders(root: string, cwd: string, exists: (path: string) => boolean): string[] {
  const named: string[] = [];
  for (const config of SITE_CONFIGS.filter((c) => exists(join(root, c)))) {
    let text = '';
    try {
      text = readFileSync(resolve(cwd, root, config), 'utf8');
    } catch {
      continue;
    }
    const value = THEME_SETTING.exec(text)?.[1] ?? '';
    const quoted = [...value.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!);
    named.push(...(quoted.length ? quoted : value.replace(/[[\]]/g, '').split(',').map((t) => t.trim()).filter((t) => /^[\w.-]+$/.test(t))));
  }
  let present: string[] = [];
  try {
    present = readdirSync(resolve(cwd, root, 'themes'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    // no themes folder
  }
  const themes = [...new Set([...named, ...present])].filter((t) => !t.includes('..'));
  return ['static', 'assets', ...themes.flatMap((t) => [`themes/${t}/static`, `themes/${t}/assets`]), 'public', ''];
}

/** `/images/card.jpg`: a path from a site's root, as a site generator serves it (not `//host/...`). */
export const isSitePath = (path: string): boolean => path.startsWith('/') && !path.startsWith('//');

/**
 * The nearest folder at or above `dir` (spelled as given: relative to `cwd`, or absolute) that holds a site config,
 * or undefined when none does up to the file system's root.
 */
export function findSiteRoot(dir: string, exists: (path: string) => boolean, cwd: string): string | undefined {
  for (let at = dir; ; at = join(at, '..')) {
    if (SITE_CONFIGS.some((c) => exists(join(at, c)))) return at;
    const abs = resolve(cwd, at);
    if (dirname(abs) === abs) return undefined;
  }
}

/** How a site path was looked for, for the draft's scan: the site's folder (or none) and a lookup per folder. */
interface SiteLookup {
  root(draft: string): string | undefined;
  /** The folders under a site's root its root paths are looked for in (siteFolders), memoised per site. */
  folders(root: string): string[];
  /** Whether --site-root named the site (the error then says so). */
  named: boolean;
}

function siteLookup(options: GroupOptions, exists: (path: string) => boolean, cwd: string): SiteLookup {
  const given = options.siteRoot;
  const byRoot = new Map<string, string[]>();
  const folders = (root: string) => {
    const key = resolve(cwd, root);
    if (!byRoot.has(key)) byRoot.set(key, siteFolders(root, cwd, exists));
    return byRoot.get(key)!;
  };
  if (typeof given === 'string') return { root: () => given, folders, named: true };
  if (given) return { root: given, folders, named: false };
  const memo = new Map<string, string | undefined>();
  return {
    named: false,
    folders,
    root: (draft) => {
      const dir = dirname(draft);
      const key = resolve(cwd, dir);
      if (!memo.has(key)) memo.set(key, findSiteRoot(dir, exists, cwd));
      return memo.get(key);
    },
  };
}

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt', ...DOCUMENT_EXTENSIONS];
const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdx'];

function hasExtension(path: string, extensions: readonly string[]): boolean {
  const lower = path.toLowerCase();
  return extensions.some((e) => lower.endsWith(e));
}
export const isImagePath = (path: string): boolean => hasExtension(path, IMAGE_EXTENSIONS);
export const isDraftPath = (path: string): boolean => hasExtension(path, DRAFT_EXTENSIONS);
export const isMarkdownDraft = (path: string): boolean => hasExtension(path, MARKDOWN_EXTENSIONS);

/** Video and audio files a post may show or play: clearpost reads neither. */
export const CLIP_EXTENSIONS = ['.mp4', '.m4v', '.mov', '.webm', '.mkv', '.avi', '.ogv', '.3gp', '.mpg', '.mpeg', '.mp3', '.m4a', '.wav', '.ogg', '.oga', '.opus', '.aac', '.flac'];
export const isClipPath = (path: string): boolean => hasExtension(path, CLIP_EXTENSIONS);

// ---------------------------------------------------------------------------------------------------------------
// Front matter

/** A malformed front matter block: names the file and the line in the file. */
export class FrontMatterError extends InputError {
  constructor(
    file: string,
    readonly detail: string,
    readonly line?: number,
  ) {
    super(file, `${line ? `line ${line}: ` : ''}invalid front matter: ${detail}`);
    this.name = 'FrontMatterError';
  }
}

export interface FrontMatter {
  /** The parsed mapping (empty for an empty block). */
  data: Record<string, unknown>;
  /** [start, end) of the block: opening fence through the newline after the closing fence. */
  range: [number, number];
  /** [start, end) of the YAML between the fences. */
  contentRange: [number, number];
}

/** Opening fence at the very start (after an optional BOM): `---` alone on the first line. */
const OPEN_FENCE = /^\uFEFF?---[ \t]*\r?\n/;
/** Closing fence: `---` or `...` alone on a line. */
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/** Hugo's TOML front matter: `+++` alone on the first line, closed by `+++` alone on a line. */
const TOML_OPEN = /^\uFEFF?\+\+\+[ \t]*\r?\n/;
const TOML_CLOSE = /^\+\+\+[ \t]*(?:\r?\n|$)/gm;

function locateFrontMatter(text: string): { range: [number, number]; contentRange: [number, number]; toml?: true } | undefined {
  const toml = TOML_OPEN.exec(text);
  if (toml) {
    TOML_CLOSE.lastIndex = toml[0].length;
    const close = TOML_CLOSE.exec(text);
    TOML_CLOSE.lastIndex = 0;
    return close ? { range: [0, close.index + close[0].length], contentRange: [toml[0].length, close.index], toml: true } : undefined;
  }
  const open = OPEN_FENCE.exec(text);
  if (!open) return undefined;
  const contentStart = open[0].length;
  CLOSE_FENCE.lastIndex = contentStart;
  // An empty block closes on the line right after the opening fence.
  const close = CLOSE_FENCE.exec(text);
  CLOSE_FENCE.lastIndex = 0;
  if (!close) return undefined;
  return { range: [0, close.index + close[0].length], contentRange: [contentStart, close.index] };
}

/**
 * Parse the YAML front matter at the start of a Markdown draft. Returns undefined when there is none (no `---` on
 * the first line, or no closing fence: then the `---` is a thematic break). Throws FrontMatterError when the block
 * is not valid YAML or not a mapping.
 */
export function parseFrontMatter(text: string, file = '<draft>'): FrontMatter | undefined {
  return parseFrontMatterNodes(text, file)?.frontMatter;
}

interface ParsedFrontMatter {
  frontMatter: FrontMatter;
  /** Top-level value nodes by key, offsets relative to the file. */
  nodes: Map<string, Node>;
}

/** A TOML string value: `"..."` (escapes kept as written) or `'...'`. */
const TOML_STRING = /"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'/g;
/** `key = value` (a bare or quoted key, dotted keys kept whole) and `[table]` / `[[array of tables]]` headers. */
const TOML_LINE = /^[ \t]*(?:\[\[?[ \t]*([^\]\n]+?)[ \t]*\]\]?|([A-Za-z0-9_.-]+|"[^"\n]*")[ \t]*=[ \t]*(.*))$/gm;

/**
 * Hugo's TOML front matter (`+++`), read as far as clearpost needs it: each key's string values (`image =
 * "/images/k9.jpg"`, `images = ["a.jpg", "b.jpg"]`, a table's `[cover]` `image = "..."`) as nodes with their offsets
 * in the file, and the rest of the values ignored (user test 29, U29-5: a TOML post attached nothing and said nothing).
 */
function parseTomlNodes(text: string, where: { range: [number, number]; contentRange: [number, number] }): ParsedFrontMatter {
  const [cs, ce] = where.contentRange;
  const nodes = new Map<string, Node>();
  const data: Record<string, unknown> = {};
  let table: string | undefined;
  const block = text.slice(cs, ce);
  for (const m of block.matchAll(TOML_LINE)) {
    if (m[1] !== undefined) {
      table = m[1].trim();
      continue;
    }
    const key = m[2]!.replace(/^"|"$/g, '');
    const valueAt = cs + m.index + m[0].length - m[3]!.length;
    const strings: Scalar[] = [];
    for (const v of m[3]!.matchAll(TOML_STRING)) {
      const scalar = new Scalar(v[1] !== undefined ? v[1].replace(/\\(["\\])/g, '$1') : v[2]!);
      const start = valueAt + v.index + 1;
      scalar.range = [start, start + v[0].length - 2, start + v[0].length - 2];
      strings.push(scalar);
    }
    if (!strings.length) continue;
    let node: Node;
    if (m[3]!.trimStart().startsWith('[')) {
      const seq = new YAMLSeq();
      seq.items.push(...strings);
      node = seq;
    } else node = strings[0]!;
    const value = isSeq(node) ? strings.map((s) => s.value) : strings[0]!.value;
    if (table === undefined) {
      nodes.set(key, node);
      data[key] = value;
    } else {
      // a table's values hang under its name (`cover.image`), as YAML's nested mappings do
      const map = (nodes.get(table) as YAMLMap | undefined) ?? new YAMLMap();
      map.items.push(new Pair(new Scalar(key), node));
      nodes.set(table, map);
      data[table] = { ...((data[table] as Record<string, unknown>) ?? {}), [key]: value };
    }
  }
  return { frontMatter: { data, range: where.range, contentRange: where.contentRange }, nodes };
}

function parseFrontMatterNodes(text: string, file: string): ParsedFrontMatter | undefined {
  const where = locateFrontMatter(text);
  if (!where) return undefined;
  if (where.toml) return parseTomlNodes(text, where);
  const [cs, ce] = where.contentRange;
  // Pad with blank lines and spaces so node ranges are offsets into the whole file.
  const padded = text.slice(0, cs).replace(/[^\n]/g, ' ') + text.slice(cs, ce);
  const lines = new LineIndex(text);
  const doc = parseDocument(padded, { prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const line = problem.pos ? lines.position(problem.pos[0]).line : undefined;
    throw new FrontMatterError(file, problem.message.split('\n')[0], line);
  }
  const root = doc.contents;
  const nodes = new Map<string, Node>();
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { frontMatter: { data: {}, range: where.range, contentRange: where.contentRange }, nodes };
  }
  if (!isMap(root)) {
    const line = root.range ? lines.position(root.range[0]).line : undefined;
    throw new FrontMatterError(file, 'expected a mapping of keys to values', line);
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key !== undefined && pair.value) nodes.set(key, pair.value as Node);
  }
  const data = doc.toJS() as Record<string, unknown>;
  return { frontMatter: { data: data ?? {}, range: where.range, contentRange: where.contentRange }, nodes };
}

/**
 * Replace the front matter block with spaces (newlines kept), so offsets into the result are offsets into the file.
 * Use it when the front matter (account handle, image list) should not be screened as post text.
 */
export function blankRange(text: string, range: readonly [number, number]): string {
  const [s, e] = range;
  return text.slice(0, s) + text.slice(s, e).replace(/[^\r\n]/g, ' ') + text.slice(e);
}

// ---------------------------------------------------------------------------------------------------------------
// Image links in Markdown

/** A link target found in a draft, before resolution. */
export interface ImageLink {
  target: string;
  start: number;
  end: number;
  /** Where the target itself is written, when the link holds it (absent for `![alt][ref]`, whose definition does). */
  targetStart?: number;
  targetEnd?: number;
  /**
   * `picture`: the markup names a picture (`![]()`, `<img src>`, `srcset`, `poster`): any local file it names is
   * screened or reported. `link`: a plain link (`[text](x)`, `<a href>`, a reference definition, `<source src>`),
   * a picture only when its path ends in a picture extension. `clip`: a video's or audio's own source (`<video src>`,
   * `<audio src>`): never a picture, noted as not screened.
   */
  kind?: 'picture' | 'link' | 'clip';
}

/**
 * Hide what is not published (fenced code, inline code, HTML comments) behind spaces of the same length.
 * Fences: ```` ``` ```` or `~~~`, closed by a fence of the same kind at least as long, or the end of the file.
 */
function maskUnpublished(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let out = text.replace(/^ {0,3}(([`~])\2{2,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1\2*[ \t]*$|(?![\s\S]))/gm, blank);
  out = out.replace(/<!--[\s\S]*?-->/g, blank);
  // `code`, ``co`de``: a run of backticks closed by a run of the same length, within one paragraph.
  out = out.replace(/(?<!`)(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))*?[^`]\1(?!`)/g, blank);
  return out;
}

/** `![alt](photo.jpg)`, `![alt](<my photo.jpg> "title")`; alt may hold one level of brackets. */
const INLINE_IMAGE =
  /!\[((?:[^[\]\n\\]|\\.|\[[^[\]\n]*\])*)\]\(\s*(<[^<>\n]*>|(?:[^\s()\\]|\\.|\([^\s()]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/dg;
/** A plain link, `[full photo](big.jpg)`, `[![thumb](small.jpg)](big.jpg)`: the text may hold a picture link. */
const INLINE_LINK =
  /(?<![!\\\]])\[((?:[^[\]\n\\]|\\.|\[[^[\]\n]*\])*)\]\(\s*(<[^<>\n]*>|(?:[^\s()\\]|\\.|\([^\s()]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/dg;
/**
 * Tags whose attributes name a picture besides `<img src>`: `srcset`, `<source>`, `<video poster>`, `<a href>`; and
 * a clip (`<video src>`, `<audio src>`).
 */
const URL_TAG = /<(img|source|video|audio|a)\b[^>]*>/gi;
/** One URL-valued attribute of such a tag, quoted or not. */
const URL_ATTRIBUTE = /\s(srcset|src|poster|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/dgi;
/** Which attributes of which tag name a picture (`picture`) or may link one (`link`: a picture extension decides). */
const URL_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, 'picture' | 'link' | 'srcset' | 'clip'>>>> = {
  img: { srcset: 'srcset' },
  source: { srcset: 'srcset', src: 'link' },
  video: { poster: 'picture', src: 'clip' },
  audio: { src: 'clip' },
  a: { href: 'link' },
};

/** The URLs of an `srcset` value (`small.jpg 1x, big.jpg 2x`) with their offsets in it. */
function srcsetUrls(value: string): { url: string; at: number }[] {
  const out: { url: string; at: number }[] = [];
  for (let i = 0; i < value.length; ) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    const at = i;
    while (i < value.length && !/\s/.test(value[i]!)) i++;
    const url = value.slice(at, i).replace(/,+$/, '');
    if (url) out.push({ url, at });
    // the descriptor (`2x`, `800w`) up to the next comma
    if (!value.slice(at, i).endsWith(',')) while (i < value.length && value[i] !== ',') i++;
  }
  return out;
}
/** `![alt][ref]`, `![ref][]`, `![ref]` (not followed by `(` or `[`, which would make it another form). */
const REFERENCE_IMAGE = /!\[((?:[^[\]\n\\]|\\.|\[[^[\]\n]*\])*)\](?:\[([^[\]\n]*)\]|(?![[(]))/g;
/** `[ref]: photo.jpg "title"` at the start of a line (up to 3 spaces of indent). */
const DEFINITION = /^ {0,3}\[((?:[^[\]\n\\]|\\.)+)\]:[ \t]*(<[^<>\n]*>|\S+)/gm;
/**
 * A shortcode or Liquid tag naming a picture: Hugo's `{{< figure src="/images/award.jpg" caption="..." >}}` (or
 * `{{% ... %}}`), Jekyll's `{% include image.html file="card.jpg" %}`: the name, then its attributes.
 */
const SHORTCODE = /\{\{[<%]\s*([\w/.-]+)((?:[^}]|\}(?!\}))*?)[>%]\}\}|\{%\s*include\s+([\w/.-]+)((?:[^%]|%(?!\}))*?)%\}/g;
/** An attribute of a shortcode that names a file: `src="..."`, `image=`, `file=`, `path=`. */
const SHORTCODE_SRC = /\s(src|image|file|path)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>%}]+))/dgi;
/** A link whose target starts with a template expression: `![card]({{ site.baseurl }}/assets/img/card.jpg)`. */
const TEMPLATE_LINK = /(!?)\[(?:[^[\]\n\\]|\\.)*\]\(\s*((?:\{\{|\{%)[^)\n]*?)\s*\)/dg;
/** A target a site generator fills in when it builds the page (`{{ site.baseurl }}`, `{% link ... %}`). */
export const isTemplateTarget = (target: string): boolean => /\{\{|\{%/.test(target);

/** `<img src="photo.jpg">`, single, double or no quotes. */
const IMG_TAG = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>/dgi;

const normaliseLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();
const unbracket = (target: string) => (target.startsWith('<') && target.endsWith('>') ? target.slice(1, -1) : target);
const escaped = (text: string, at: number) => {
  let n = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
};

/** Every image link in a Markdown text, in order of appearance. Targets are raw (not yet decoded or resolved). */
export function findImageLinks(text: string): ImageLink[] {
  const visible = maskUnpublished(text);
  const links: ImageLink[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);

  /** The target of a link written `(target)` or `(<target>)`: its text and offsets, angle brackets and spaces left out. */
  const targetOf = (raw: string, at: number) => {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const bracketed = trimmed !== unbracket(trimmed);
    const target = unbracket(trimmed);
    const targetStart = at + lead + (bracketed ? 1 : 0);
    return { target, targetStart, targetEnd: targetStart + target.length };
  };
  for (const m of visible.matchAll(INLINE_IMAGE)) {
    if (escaped(visible, m.index)) continue;
    links.push({ ...targetOf(m[2], m.indices![2]![0]), start: m.index, end: m.index + m[0].length, kind: 'picture' });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of visible.matchAll(INLINE_LINK)) {
    if (escaped(visible, m.index)) continue;
    links.push({ ...targetOf(m[2], m.indices![2]![0]), start: m.index, end: m.index + m[0].length, kind: 'link' });
  }

  const definitions = new Map<string, { target: string; targetStart: number; targetEnd: number }>();
  for (const m of visible.matchAll(DEFINITION)) {
    const label = normaliseLabel(m[1]);
    const target = targetOf(m[2], m.index + m[0].length - m[2].length);
    if (!definitions.has(label)) definitions.set(label, target);
    // a definition is published with the source whether or not a link uses it: a picture it names is attached
    links.push({ ...target, start: m.index, end: m.index + m[0].length, kind: 'link' });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of visible.matchAll(REFERENCE_IMAGE)) {
    const end = m.index + m[0].length;
    if (escaped(visible, m.index) || overlaps(m.index, end)) continue;
    const label = normaliseLabel(m[2] ? m[2] : m[1]);
    const definition = definitions.get(label);
    if (definition !== undefined) links.push({ ...definition, start: m.index, end, kind: 'picture' });
  }

  for (const m of visible.matchAll(IMG_TAG)) {
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    links.push({ ...targetOf(m[group]!, m.indices![group]![0]), start: m.index, end: m.index + m[0].length, kind: 'picture' });
  }
  for (const m of visible.matchAll(TEMPLATE_LINK)) {
    links.push({ target: m[2]!, start: m.index, end: m.index + m[0].length, targetStart: m.indices![2]![0], targetEnd: m.indices![2]![1], kind: m[1] ? 'picture' : 'link' });
  }
  for (const m of visible.matchAll(SHORTCODE)) {
    const name = (m[1] ?? m[3] ?? '').toLowerCase();
    const attributes = m[2] ?? m[4] ?? '';
    const at = m.index + m[0].indexOf(attributes);
    // a Liquid include's file is found by the site's own include: the generator decides where it is
    const liquid = m[3] !== undefined;
    for (const a of attributes.matchAll(SHORTCODE_SRC)) {
      const group = a[2] !== undefined ? 2 : a[3] !== undefined ? 3 : 4;
      const value = a[group]!.trim();
      const start = at + a.indices![group]![0];
      const target = liquid && !isTemplateTarget(value) ? `{% include %}${value}` : value;
      links.push({ target, start: m.index, end: m.index + m[0].length, targetStart: start, targetEnd: start + value.length, kind: name === 'figure' ? 'picture' : 'link' });
    }
  }
  for (const tag of visible.matchAll(URL_TAG)) {
    const wanted = URL_ATTRIBUTES[tag[1]!.toLowerCase()]!;
    for (const a of tag[0].matchAll(URL_ATTRIBUTE)) {
      const kind = wanted[a[1]!.toLowerCase()];
      if (!kind) continue;
      const group = a[2] !== undefined ? 2 : a[3] !== undefined ? 3 : 4;
      const at = tag.index + a.indices![group]![0];
      const value = a[group]!;
      const urls = kind === 'srcset' ? srcsetUrls(value) : [{ url: value.trim(), at: value.length - value.trimStart().length }];
      for (const { url, at: offset } of urls) {
        const start = at + offset;
        links.push({ target: url, start, end: start + url.length, targetStart: start, targetEnd: start + url.length, kind: kind === 'srcset' ? 'picture' : kind });
      }
    }
  }
  return links.sort((a, b) => a.start - b.start);
}

/** `https:`, `data:`, `mailto:`, and protocol-relative `//host/...`. One-letter schemes are Windows drives. */
export function isRemoteTarget(target: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(target) || target.startsWith('//');
}

/** Turn a link target into a path relative to the draft's folder: drop `#frag`/`?query`, decode `%xx` and `\` escapes. */
export function targetToPath(target: string): string {
  let t = target.replace(/[?#].*$/s, '');
  t = t.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  try {
    t = decodeURI(t);
  } catch {
    // A stray `%` is a literal percent sign in a file name.
  }
  return t;
}

// ---------------------------------------------------------------------------------------------------------------
// Grouping

interface DraftScan {
  attachments: Attachment[];
  missingLinks: Attachment[];
  unsupported: Attachment[];
  context?: AccountContext;
  account?: string;
  accountNote?: string;
  frontMatterRange?: [number, number];
  error?: string;
  inlinePictures?: boolean;
  remote?: string[];
  siteRoot?: string;
  clips?: string[];
  templated?: string[];
}

function defaultExists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Group scanned files into posts. `files` are paths as the user gave them (relative to cwd or absolute);
 * `readText` returns a draft's decoded text, or undefined when it cannot be read (the post then has no links; the
 * caller reports the read error when it screens the draft). Posts come back sorted by path.
 */
export function groupPosts(
  files: readonly string[],
  readText: (path: string) => string | undefined,
  options: GroupOptions = {},
): Post[] {
  const cwd = options.cwd ?? process.cwd();
  const exists = options.exists ?? ((p: string) => defaultExists(resolve(cwd, p)));
  const byResolved = new Map<string, string>();
  for (const f of files) if (!byResolved.has(resolve(cwd, f))) byResolved.set(resolve(cwd, f), f);
  const spelling = (p: string) => byResolved.get(resolve(cwd, p)) ?? p;

  const drafts = files.filter((f) => !isImagePath(f));
  const images = files.filter((f) => isImagePath(f));
  const claimed = new Set<string>();
  const posts: Post[] = [];
  const scans = new Map<string, DraftScan>();
  const site = siteLookup(options, exists, cwd);

  for (const draft of drafts) {
    const scan = accountContext(scanDraft(draft, readText(draft), exists, spelling, site), options.officialAccounts);
    scans.set(draft, scan);
    for (const a of scan.attachments) claimed.add(resolve(cwd, a.path));
  }

  // Folder bundles: a folder whose scanned files hold exactly one draft takes the folder's unclaimed images.
  const foldersDrafts = new Map<string, string[]>();
  for (const d of drafts) {
    if (!isDraftPath(d)) continue;
    const dir = resolve(cwd, dirname(d));
    foldersDrafts.set(dir, [...(foldersDrafts.get(dir) ?? []), d]);
  }
  const bundled = new Map<string, string[]>();
  for (const img of images) {
    if (claimed.has(resolve(cwd, img))) continue;
    const owners = foldersDrafts.get(resolve(cwd, dirname(img)));
    if (owners?.length !== 1) continue;
    bundled.set(owners[0], [...(bundled.get(owners[0]) ?? []), img]);
    claimed.add(resolve(cwd, img));
  }

  for (const draft of drafts) {
    const folderImages = bundled.get(draft) ?? [];
    const post = draftPost(draft, scans.get(draft)!, folderImages.sort().map((path) => ({ path })));
    if (folderImages.length) post.folder = dirname(draft);
    posts.push(post);
  }
  for (const img of images) {
    if (claimed.has(resolve(cwd, img))) continue;
    posts.push({ path: img, kind: 'image', attachments: [], missing: [], missingLinks: [], unsupported: [] });
  }
  return posts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function draftPost(draft: string, scan: DraftScan, folderImages: Attachment[] = []): Post {
  const post: Post = {
    path: draft,
    kind: 'draft',
    draft,
    attachments: [...scan.attachments, ...folderImages],
    missing: scan.missingLinks.map((m) => m.path),
    missingLinks: scan.missingLinks,
    unsupported: scan.unsupported,
  };
  if (scan.context) post.context = scan.context;
  if (scan.account) post.account = scan.account;
  if (scan.accountNote) post.accountNote = scan.accountNote;
  if (scan.frontMatterRange) post.frontMatterRange = scan.frontMatterRange;
  if (scan.error) post.error = scan.error;
  if (scan.inlinePictures) post.inlinePictures = true;
  if (scan.remote) post.remote = scan.remote;
  if (scan.siteRoot !== undefined) post.siteRoot = scan.siteRoot;
  if (scan.clips) post.clips = scan.clips;
  if (scan.templated) post.templated = scan.templated;
  return post;
}

/**
 * A draft that is no file (`check --text`, standard input) as the post a Markdown draft file with that text would be:
 * its front matter read (`context:` overrides the run's, `account:`, `images:`) and the images it links resolved under
 * `cwd` (the folder it stands for).
 */
export function inlineDraftPost(label: string, text: string, options: GroupOptions = {}): Post {
  const cwd = options.cwd ?? process.cwd();
  const exists = options.exists ?? ((p: string) => defaultExists(resolve(cwd, p)));
  // the draft stands for a file in the working folder: its site is found from there
  const site = siteLookup(options, exists, cwd);
  const scan = scanDraft(label, text, exists, (p) => p, { ...site, root: () => site.root(join('.', 'draft.md')) }, true);
  return { ...draftPost(label, accountContext(scan, options.officialAccounts)), markdown: true };
}

/** A handle as written, or the account a profile link names (`https://x.com/CedarRidgePD/`), without `@`. */
const ACCOUNT_VALUE = /^(?:@|https?:\/\/(?:www\.|m\.)?(?:x|twitter|facebook|instagram|threads|tiktok)\.(?:com|net)\/@?)?([\p{L}\p{N}_.]{1,60})\/?$/u;

/**
 * Front matter `account:` chooses the post's account (user test 29, U29-22: `account: "@CedarRidgePD"` left the post
 * on the run's personal account): one of the profile's official accounts makes it official, any other handle
 * personal. `context:` wins when both are given (a note says so when they disagree); a value that is no handle, or a
 * profile with no official accounts to compare with, leaves the run's account and gets a note.
 */
function accountContext(scan: DraftScan, official: readonly string[] = []): DraftScan {
  if (!scan.account) return scan;
  const handle = ACCOUNT_VALUE.exec(scan.account)?.[1]?.toLowerCase();
  const officialOne = handle !== undefined && official.some((a) => (ACCOUNT_VALUE.exec(a.trim())?.[1] ?? a).toLowerCase() === handle);
  const written = JSON.stringify(scan.account);
  if (handle === undefined) {
    scan.accountNote = `front matter account ${written} is not a handle: screened for the run's account (write account: "@handle"; one of the profile's official_accounts makes the post official)`;
    return scan;
  }
  const chosen: AccountContext | undefined = officialOne ? 'official' : official.length ? 'personal' : undefined;
  if (!chosen) {
    scan.accountNote = `front matter account ${written} not used: the profile lists no official_accounts to tell an official post by (screened for the run's account)`;
  } else if (scan.context && scan.context !== chosen) {
    scan.accountNote = `front matter context: ${scan.context} wins over account ${written} (${officialOne ? 'one of the official accounts' : 'not an official account'})`;
  } else {
    scan.context = chosen;
  }
  return scan;
}

function scanDraft(
  draft: string,
  text: string | undefined,
  exists: (path: string) => boolean,
  spelling: (path: string) => string,
  site: SiteLookup,
  markdown = isMarkdownDraft(draft),
): DraftScan {
  const scan: DraftScan = { attachments: [], missingLinks: [], unsupported: [] };
  if (text === undefined || !markdown) return scan;
  if (/data:image\//i.test(text)) scan.inlinePictures = true;
  const lines = new LineIndex(text);
  const seen = new Map<string, Attachment>();
  const dir = dirname(draft);

  const remote = new Set<string>();
  const clips = new Set<string>();
  const templated = new Set<string>();
  const add = (target: string, start: number, end: number, kind: ImageLink['kind'] = 'picture', written?: [number, number]) => {
    if (!target) return;
    // `{{ site.baseurl }}/assets/card.jpg`: the generator decides the path; never silence (user test 29, U29-5)
    if (isTemplateTarget(target)) {
      const rest = target.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, '');
      if (kind === 'picture' || isImagePath(targetToPath(rest))) templated.add(target);
      return;
    }
    // a video or audio clip, here or on a server: never a picture; the report says it was not screened
    if (kind === 'clip' || isClipPath(targetToPath(target))) {
      if (!/^(?:data|mailto|tel):/i.test(target)) clips.add(target);
      return;
    }
    if (isRemoteTarget(target)) {
      // a picture on a server is not fetched: the report says it was not screened (user test 27, U3-12)
      if (/^(?:https?:|\/\/)/i.test(target) && (kind === 'picture' || isImagePath(targetToPath(target)))) remote.add(target);
      return;
    }
    const rel = targetToPath(target);
    if (!rel || (kind === 'link' && !isImagePath(rel))) return;
    let path = spelling(isAbsolute(rel) ? rel : join(dir, rel));
    let notFound: string | undefined;
    if (isSitePath(rel)) {
      // a site generator's root path: under the draft's site (Hugo's static/, Jekyll's root), never the disk's root
      const root = site.root(draft);
      if (root !== undefined) {
        scan.siteRoot = root;
        const folders = site.folders(root);
        path = folders.map((folder) => spelling(join(root, folder, rel))).find((c) => exists(c)) ?? rel;
        const shown = root === '.' || root === '' ? 'the working folder' : root;
        notFound = `a site path: looked in ${folders.filter(Boolean).map((f) => `${f}/`).join(', ')} and the root of the site at ${shown}${site.named ? ' (--site-root)' : ''}`;
      } else {
        notFound = `a site path: no site config (hugo.toml, config.toml, _config.yml...) in a folder above the draft, so it was read from the file system's root; name the site's folder with --site-root`;
      }
    }
    const key = resolve(path);
    const known = seen.get(key);
    if (known) {
      if (written) (known.targets ??= []).push(written);
      return;
    }
    const { line, column } = lines.position(start);
    const attachment: Attachment = { path, line, column, start, end, ...(written ? { targets: [written] } : {}) };
    seen.set(key, attachment);
    if (!exists(path)) scan.missingLinks.push(notFound ? { ...attachment, notFound } : attachment);
    else if (!isImagePath(path)) scan.unsupported.push(attachment);
    else scan.attachments.push(attachment);
  };

  let parsed: ParsedFrontMatter | undefined;
  try {
    parsed = parseFrontMatterNodes(text, draft);
  } catch (err) {
    if (!(err instanceof FrontMatterError)) throw err;
    scan.error = err.reason;
    const where = locateFrontMatter(text);
    if (where) scan.frontMatterRange = where.range;
  }
  if (parsed) {
    scan.frontMatterRange = parsed.frontMatter.range;
    const problems: string[] = [];
    const at = (node: Node | undefined) => (node?.range ? `line ${lines.position(node.range[0]).line}: ` : '');

    const ctxNode = parsed.nodes.get('context');
    const ctx = parsed.frontMatter.data.context;
    if (ctx !== undefined && ctx !== null) {
      if (typeof ctx === 'string' && (ACCOUNT_CONTEXTS as readonly string[]).includes(ctx)) scan.context = ctx as AccountContext;
      else problems.push(`${at(ctxNode)}front matter context must be one of ${ACCOUNT_CONTEXTS.join(', ')}, got ${JSON.stringify(ctx)}`);
    }

    const account = parsed.frontMatter.data.account;
    if (account !== undefined && account !== null) {
      if (typeof account === 'string' && account.trim()) scan.account = account.trim();
      else problems.push(`${at(parsed.nodes.get('account'))}front matter account must be a handle such as "@name"`);
    }

    const imagesNode = parsed.nodes.get('images');
    if (imagesNode) {
      const items: Node[] = isSeq(imagesNode) ? (imagesNode.items as Node[]) : [imagesNode];
      for (const item of items) {
        if (isScalar(item) && typeof item.value === 'string' && item.range) add(item.value.trim(), item.range[0], item.range[1], 'picture', [item.range[0], item.range[1]]);
        else if (!(isScalar(item) && item.value === null)) problems.push(`${at(item)}front matter images must be a list of paths`);
      }
    }
    // any other value naming a picture file: `image:`, `cover:`, `og_image:`, `thumbnail:`, `featured_image:`, nested
    // (`cover: {image: ...}`) or listed: the post's social card, its most visible picture (user test 27, U3-7)
    for (const [key, node] of parsed.nodes) {
      if (key === 'images') continue;
      for (const value of stringScalars(node)) add(String(value.value).trim(), value.range![0], value.range![1], 'link', [value.range![0], value.range![1]]);
    }
    if (problems.length) scan.error = problems.join('; ');
  }

  for (const link of findImageLinks(text)) {
    if (scan.frontMatterRange && link.start < scan.frontMatterRange[1]) continue;
    const written: [number, number] | undefined = link.targetStart !== undefined ? [link.targetStart, link.targetEnd!] : undefined;
    add(link.target, link.start, link.end, link.kind, written);
  }
  if (remote.size) scan.remote = [...remote];
  if (clips.size) scan.clips = [...clips];
  if (templated.size) scan.templated = [...templated];
  return scan;
}

/** The string scalars in a front matter value, at any depth (a mapping's values, a list's items). */
function stringScalars(node: Node): Scalar[] {
  if (isScalar(node)) return typeof node.value === 'string' && node.range ? [node] : [];
  if (isSeq(node)) return (node.items as Node[]).flatMap((item) => (item ? stringScalars(item) : []));
  if (isMap(node)) return node.items.flatMap((pair) => (pair.value ? stringScalars(pair.value as Node) : []));
  return [];
}

/** Where the draft of a post attaches an image, to anchor image findings (SARIF, inline suppressions). */
export type { Anchor };

/**
 * A lookup from an image finding to the draft line that attaches its image: pass it as `anchorOf` to the SARIF,
 * GitHub and JUnit formatters and to `applyInline`. Findings without `attachment`, and folder-bundle images that no
 * line links, have no anchor.
 */
export function anchorResolver(posts: readonly Post[]): (finding: { file: string; attachment?: string }) => Anchor | undefined {
  const table = new Map<string, Anchor>();
  for (const post of posts) {
    if (!post.draft) continue;
    for (const a of post.attachments) {
      if (a.line === undefined) continue;
      const anchor: Anchor = { file: post.draft, line: a.line };
      if (a.column !== undefined) anchor.column = a.column;
      if (a.start !== undefined) anchor.start = a.start;
      if (a.end !== undefined) anchor.end = a.end;
      table.set(`${resolve(post.draft)}\0${resolve(a.path)}`, anchor);
    }
  }
  return (f) => (f.attachment ? table.get(`${resolve(f.file)}\0${resolve(f.attachment)}`) : undefined);
}

/** Every file a post screens: the draft (if any) then its attachments, or the image of a loose-image post. */
export function postFiles(post: Post): string[] {
  return post.kind === 'image' ? [post.path] : [post.path, ...post.attachments.map((a) => a.path)];
}

/** A display name for a post in messages: the folder for a folder bundle, else the file name. */
export function postName(post: Post): string {
  return post.folder ? `${basename(post.folder)}/` : basename(post.path);
}
