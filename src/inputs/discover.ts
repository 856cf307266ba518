/**
 * Which files a `scan` screens: drafts (.txt, .md, .docx) and images under the given paths, recursively, minus what
 * `.clearpostignore` (gitignore syntax) and `--ignore-pattern` exclude. Paths that cannot be read become error
 * entries; the walk goes on.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { describeErrno, linkError, notRegularFile, readFailure, specialFileKind } from '../core/errors.js';
import { DOCUMENT_EXTENSIONS, isLegacyWordPath } from './docx.js';

export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', ...DOCUMENT_EXTENSIONS];
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff', '.gif', '.heic', '.heif', '.avif', '.bmp'];
export const IGNORE_FILE = '.clearpostignore';

/**
 * Files that mark a static site's folder: Hugo's (hugo.toml..., the older config.toml..., config/_default/),
 * Jekyll's (_config.yml), and Astro's, Docusaurus's, Gatsby's and Eleventy's configs.
 */
export const SITE_CONFIGS: readonly string[] = [
  ...['hugo', 'config', 'config/_default/hugo', 'config/_default/config'].flatMap((name) => ['toml', 'yaml', 'yml', 'json'].map((ext) => `${name}.${ext}`)),
  '_config.yml',
  '_config.yaml',
  '_config.toml',
  ...['astro.config', 'docusaurus.config', 'gatsby-config', 'eleventy.config'].flatMap((name) => ['mjs', 'js', 'ts', 'cjs'].map((ext) => `${name}.${ext}`)),
  '.eleventy.js',
];

/** The file names of SITE_CONFIGS: a site's config, which clearpost reads to find the site, is no draft. */
const CONFIG_NAMES = new Set(SITE_CONFIGS.map((c) => basename(c)));

/**
 * A site's configuration, never listed among the files of unsupported types (user test 30, U30-11:
 * a clean Hugo site's scan was ⚠ "1 file of unsupported types not screened: .toml" for its hugo.toml): a site config
 * (SITE_CONFIGS, any file of a Hugo `config/<environment>/` folder). Hidden files (`.clearpost.yaml`,
 * `.clearpostignore`) are passed over anyway, and the run's own baseline and report file (ownFiles).
 */
export function isConfigFile(path: string): boolean {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  if (CONFIG_NAMES.has(name)) return true;
  return parts.length >= 3 && parts[parts.length - 3] === 'config' && /\.(?:toml|ya?ml|json)$/i.test(name);
}

/** Directories never worth walking into. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.clearpostcache', '.hg', '.svn']);

export type FileKind = 'text' | 'image' | 'other';

export function kindOf(path: string): FileKind {
  const lower = path.toLowerCase();
  if (TEXT_EXTENSIONS.some((e) => lower.endsWith(e))) return 'text';
  if (IMAGE_EXTENSIONS.some((e) => lower.endsWith(e))) return 'image';
  return 'other';
}

/**
 * Whether a walk (or `scan --staged`/`--since`) takes a file by its name: a draft or a picture, and a `.doc`, read by
 * what its bytes are (a Word package, an old Word file named as one, or text).
 */
export const screenedName = (path: string) => kindOf(path) !== 'other' || isLegacyWordPath(path);

export interface Discovered {
  /** Paths as the user would write them (relative to cwd when under it), sorted. */
  files: string[];
  errors: { path: string; error: string }[];
  /** Files the walk passed over because clearpost does not read their type (hidden files aside), sorted. */
  unsupported: string[];
  /** Symbolic links to folders the walk met and did not follow (they invite loops and double counting), sorted. */
  symlinks: string[];
}

export interface DiscoverOptions {
  cwd?: string;
  ignorePatterns?: string[];
  /** Read `.clearpostignore` from cwd (default true). */
  useIgnoreFile?: boolean;
  /**
   * A named folder that holds no draft or image is an error entry (a CI job pointed at the wrong folder must not pass
   * as clean); default false.
   */
  reportEmptyFolders?: boolean;
  /** Absolute paths of clearpost's own files (the suppressions baseline, the report): never listed as unsupported. */
  ownFiles?: ReadonlySet<string>;
}

/** The error entry of a named folder with nothing clearpost reads in it. */
export const EMPTY_FOLDER = 'no drafts or images in this folder: nothing screened';

/** Load `.clearpostignore` from `cwd` plus extra patterns into one matcher over cwd-relative paths. */
export function ignoreMatcher(cwd: string, patterns: string[] = [], useIgnoreFile = true): Ignore {
  const ig = ignore();
  const file = join(cwd, IGNORE_FILE);
  if (useIgnoreFile && existsSync(file)) ig.add(readFileSync(file, 'utf8'));
  ig.add(patterns);
  return ig;
}

function isLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Walk the given paths. Explicitly named files are always included; directories yield text and image files. */
/** The names in a folder that are not valid UTF-8, as Node spells them (with U+FFFD). */
function notUtf8Names(dir: string): Set<string> {
  try {
    const names = readdirSync(dir, { encoding: 'buffer' });
    return new Set(names.filter((n) => !Buffer.from(n.toString('utf8'), 'utf8').equals(n)).map((n) => n.toString('utf8')));
  } catch {
    return new Set();
  }
}

export function discover(paths: string[], options: DiscoverOptions = {}): Discovered {
  const cwd = resolve(options.cwd ?? process.cwd());
  const ig = ignoreMatcher(cwd, options.ignorePatterns, options.useIgnoreFile ?? true);
  const found = new Set<string>();
  const unsupported: string[] = [];
  const symlinks: string[] = [];
  const errors: Discovered['errors'] = [];
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel && !rel.startsWith('..') ? rel : abs;
  };
  const ignored = (abs: string, dir: boolean) => {
    const rel = relative(cwd, abs);
    if (!rel || rel.startsWith('..') || rel.startsWith(sep)) return false;
    const posix = rel.split(sep).join('/');
    return ig.ignores(dir ? `${posix}/` : posix);
  };

  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      errors.push({ path: display(dir), error: `cannot read directory: ${describeErrno(err)}` });
      return;
    }
    let undecodable: Set<string> | undefined;
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      // A name that is not UTF-8 (a Latin-1 or Shift-JIS name from another system) comes back with U+FFFD in it and
      // cannot be opened by that string: named as such, not as "no such file" (user test 25, P2-6).
      if (entry.name.includes('\ufffd') && (undecodable ??= notUtf8Names(dir)).has(entry.name)) {
        if (!entry.isDirectory() && kindOf(entry.name) === 'other') continue;
        errors.push({ path: display(abs), error: `the ${entry.isDirectory() ? 'folder' : 'file'} name is not valid UTF-8, so clearpost cannot open it by name: rename it to screen it` });
        continue;
      }
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let special = specialFileKind(entry);
      if (entry.isSymbolicLink()) {
        try {
          const st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
          special = specialFileKind(st);
        } catch (err) {
          errors.push({ path: display(abs), error: readFailure(linkError(err)) });
          continue;
        }
        // Symlinked directories are not followed: they invite cycles and double counting. The run names each one
        // (user test 27, U3-3: they were passed over without a word).
        if (isDir) {
          if (!SKIP_DIRS.has(entry.name) && !ignored(abs, true)) symlinks.push(display(abs));
          continue;
        }
      }
      if (isDir) {
        if (SKIP_DIRS.has(entry.name) || ignored(abs, true)) continue;
        walk(abs);
      } else if (isFile && !ignored(abs, false)) {
        if (screenedName(entry.name)) found.add(display(abs));
        else if (!entry.name.startsWith('.') && !options.ownFiles?.has(abs) && !isConfigFile(abs)) unsupported.push(display(abs));
      } else if (special && kindOf(entry.name) !== 'other' && !ignored(abs, false)) {
        // A draft- or image-named device or FIFO (notes.txt -> /dev/zero) is named, not passed over in silence.
        errors.push({ path: display(abs), error: readFailure(notRegularFile(special)) });
      }
    }
  };

  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (p.includes('\ufffd') && !existsSync(abs) && notUtf8Names(dirname(abs)).has(basename(abs))) {
      errors.push({ path: p, error: 'the file name is not valid UTF-8, so clearpost cannot open it by name: rename it to screen it' });
      continue;
    }
    let st;
    try {
      st = statSync(abs);
    } catch (err) {
      errors.push({ path: p, error: readFailure(isLink(abs) ? linkError(err) : err) });
      continue;
    }
    if (st.isDirectory()) {
      const before = found.size + errors.length;
      const links = symlinks.length;
      walk(abs);
      if (options.reportEmptyFolders && found.size + errors.length === before) {
        const n = symlinks.length - links;
        errors.push({ path: p, error: n ? `${EMPTY_FOLDER} (${n} symbolic link${n === 1 ? '' : 's'} to a folder in it, not followed: name the folder${n === 1 ? '' : 's'} ${n === 1 ? 'it points' : 'they point'} to)` : EMPTY_FOLDER });
      }
    } else found.add(p);
  }
  return { files: [...found].sort(), errors, unsupported: unsupported.sort(), symlinks: symlinks.sort() };
}
