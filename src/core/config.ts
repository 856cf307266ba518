/**
 * The agency profile (`.clearpost.yaml`): who the department is, who works there, the account context, which
 * policies apply and per-rule severity overrides. Every error names the file, the line and the key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { decodeText, type DecodedText } from '../inputs/text.js';
import { ConfigError } from './errors.js';
import { fingerprintKeyProblem } from './fingerprint.js';
import { RULE_IDS, UNSUPPRESSIBLE } from './rules.js';
import { didYouMean } from './suggest.js';
import type { AccountContext, AgencyProfile, Profile, RosterMember, SensitivePlace, SeverityOrOff } from './types.js';

export interface Config {
  /** The file it came from, if any. */
  path?: string;
  profile: Profile;
  context?: AccountContext;
  policy?: string[];
  severity: Record<string, SeverityOrOff>;
  /** `model: false` keeps pure-regex mode (as --no-model does). */
  model?: boolean;
  /** The key finding fingerprints are keyed with (`fingerprint_key`, or CLEARPOST_FINGERPRINT_KEY): see fingerprint.ts. */
  fingerprintKey?: string;
}

export const CONFIG_FILE_NAME = '.clearpost.yaml';

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);
const KNOWN_RULES: ReadonlySet<string> = new Set(RULE_IDS);

export function emptyProfile(): Profile {
  return {
    agency: { names: [], identifiers: [], official_accounts: [], email_domains: [], phone_numbers: [], sensitive_places: [] },
    roster: [],
  };
}

export function defaultConfig(): Config {
  return { profile: emptyProfile(), severity: {} };
}

/** Look for `.clearpost.yaml` in `from` and each parent directory. */
export function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface ConfigOptions {
  /** Pack ids a `policy:` entry may name (paths to pack files are always accepted); unchecked when absent. */
  policyIds?: readonly string[];
  /**
   * A roster CSV that takes the place of the profile's `roster:` (the CLI passes CLEARPOST_ROSTER): the profile's own
   * entry is then not read, so a CI run can be given the roster from outside the repository.
   */
  roster?: string;
  /** Where one-line warnings about the roster CSV go (a mended "Last, First" name, a stray quote); dropped when absent. */
  warn?: (message: string) => void;
}

/** Read and validate a config file. Throws ConfigError naming file, line and key. */
export function loadConfig(file: string, options: ConfigOptions = {}): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, `cannot read config (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return parseConfig(text, file, options);
}

/** A `policy:` entry that names a pack file rather than a bundled pack id. */
export function isPackPath(selector: string): boolean {
  return /[\\/]/.test(selector) || /\.ya?ml$/i.test(selector);
}

/** Parse config text; `file` is used in messages and to resolve relative paths (roster CSV, photos). */
export function parseConfig(text: string, file: string, options: ConfigOptions = {}): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ConfigError(file, `invalid YAML: ${e.message.split('\n')[0]}`, e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line);
  }
  const config = defaultConfig();
  config.path = file;
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return withRoster(config, options);
  if (!isMap(root)) throw new ConfigError(file, 'the config must be a mapping', lineOf(root));
  const fail = (node: Node | null | undefined, key: string, cause: string): never => {
    throw new ConfigError(file, cause, lineOf(node), key);
  };

  const strings = (node: Node | null | undefined, key: string): string[] => {
    if (node === null || node === undefined) return [];
    if (!isSeq(node)) return fail(node, key, 'expected a list of strings');
    return node.items.map((item, i) => {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '')
        return fail(item as Node, `${key}[${i}]`, 'expected a non-empty string');
      return item.value;
    });
  };

  for (const pair of (root as YAMLMap).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    switch (key) {
      case 'agency':
        config.profile.agency = parseAgency(value, fail, strings);
        break;
      case 'roster':
        if (options.roster === undefined) config.profile.roster = parseRoster(value, file, fail, strings, options.warn);
        break;
      case 'context': {
        const v = isScalar(value) ? value.value : undefined;
        if (v !== 'personal' && v !== 'official') fail(value, 'context', 'expected "personal" or "official"');
        config.context = v as AccountContext;
        break;
      }
      case 'policy': {
        const items = isScalar(value) && typeof value.value === 'string' ? [value] : isSeq(value) ? value.items : [];
        config.policy = isScalar(value) && typeof value.value === 'string' ? [value.value] : strings(value, 'policy');
        const known = options.policyIds;
        config.policy.forEach((id, i) => {
          for (const one of id.split(',').map((s) => s.trim())) {
            if (known && !isPackPath(one) && !known.includes(one)) {
              fail(items[i] as Node, 'policy', `unknown policy pack "${one}"${didYouMean(one, known)} (bundled: ${known.join(', ')}; or a path to a pack file)`);
            }
          }
        });
        break;
      }
      case 'severity': {
        if (!isMap(value)) fail(value, 'severity', 'expected a mapping of rule id to error|warning|info|off');
        for (const item of (value as YAMLMap).items) {
          const rule = isScalar(item.key) ? String(item.key.value) : '';
          const sev = isScalar(item.value) ? String(item.value.value) : '';
          if (!KNOWN_RULES.has(rule)) fail(item.key as Node, `severity.${rule}`, `unknown rule id${didYouMean(rule, RULE_IDS)}`);
          if (!SEVERITIES.has(sev)) fail(item.value as Node, `severity.${rule}`, 'expected error, warning, info or off');
          if (UNSUPPRESSIBLE.has(rule) && sev !== 'error') {
            fail(item.value as Node, `severity.${rule}`, `cannot be ${sev}: a reference to an undercover member is always an error (remove this line)`);
          }
          config.severity[rule] = sev as SeverityOrOff;
        }
        break;
      }
      case 'model': {
        const v = isScalar(value) ? value.value : undefined;
        if (typeof v !== 'boolean') fail(value, 'model', 'expected true or false');
        config.model = v as boolean;
        break;
      }
      case 'fingerprint_key': {
        const v = isScalar(value) ? value.value : undefined;
        const problem = fingerprintKeyProblem(v);
        if (problem) fail(value, 'fingerprint_key', problem);
        config.fingerprintKey = (v as string).trim();
        break;
      }
      default:
        fail(pair.key as Node, key, `unknown key${didYouMean(key, TOP_KEYS)} (expected ${TOP_KEYS.join(', ')})`);
    }
  }
  return withRoster(config, options);
}

/** The config with the roster named outside the profile (`ConfigOptions.roster`), when there is one. */
export function withRoster(config: Config, options: ConfigOptions): Config {
  if (options.roster === undefined) return config;
  config.profile.roster = loadRosterCsv(options.roster, options.warn);
  // an empty file is what a CI secret that is not there writes (a fork's pull request, a misnamed secret): say that
  // the roster and undercover checks are off rather than pass in silence (user test 31, U31-25)
  if (!config.profile.roster.length)
    options.warn?.(`CLEARPOST_ROSTER names a roster with no members (${options.roster}): roster and undercover checks are off`);
  return config;
}

/** A roster CSV named outside the profile (CLEARPOST_ROSTER); photo paths in it are relative to its folder. */
export function loadRosterCsv(path: string, warn?: (message: string) => void): RosterMember[] {
  return readRosterCsv(
    path,
    dirname(resolve(path)),
    (err) => {
      throw new ConfigError(path, `CLEARPOST_ROSTER: cannot read roster CSV (${errCode(err)})`);
    },
    path,
    warn,
  );
}

/**
 * Read and parse the roster CSV at `csvPath` (photo paths relative to `base`; errors name it `shownAs`); a file that
 * cannot be read goes to `cannotRead`, which says so in the caller's words (profile key, CLEARPOST_ROSTER, `init`).
 */
export function readRosterCsv(
  csvPath: string,
  base: string,
  cannotRead: (err: unknown) => never,
  shownAs = csvPath,
  warn?: (message: string) => void,
): RosterMember[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(csvPath);
  } catch (err) {
    return cannotRead(err);
  }
  // decoded as a draft is (UTF-8 with or without BOM, UTF-16/32, else Windows-1252): Excel's "CSV (Comma delimited)"
  // is Windows-1252, and read as UTF-8 "Ramírez" lost its accent and no longer matched (user test 30, U30-21)
  let decoded;
  try {
    decoded = decodeText(bytes, shownAs);
  } catch (err) {
    const binary = err instanceof Error && /binary/.test(err.message);
    throw new ConfigError(shownAs, binary ? 'roster CSV is not text (a spreadsheet? save it as "CSV UTF-8")' : `roster CSV: ${(err as Error).message}`);
  }
  if (decoded.encoding !== 'utf-8') warn?.(`${shownAs}: roster read as ${ENCODING_NAMES[decoded.encoding]}; save it as "CSV UTF-8" to silence this`);
  return parseRosterCsv(decoded.text, shownAs, base, warn);
}

/** How a roster's encoding is named to the user. */
const ENCODING_NAMES: Record<DecodedText['encoding'], string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'utf-32le': 'UTF-32 (little-endian)',
  'utf-32be': 'UTF-32 (big-endian)',
  'windows-1252': 'Windows-1252 (what Excel writes for "CSV (Comma delimited)")',
};

const errCode = (err: unknown): string => String((err as NodeJS.ErrnoException).code ?? err);

const TOP_KEYS = ['agency', 'roster', 'context', 'policy', 'severity', 'model', 'fingerprint_key'];
type Fail = (node: Node | null | undefined, key: string, cause: string) => never;
type Strings = (node: Node | null | undefined, key: string) => string[];

const AGENCY_KEYS = ['names', 'identifiers', 'official_accounts', 'email_domains', 'phone_numbers', 'addresses', 'sensitive_places', 'region'];

function parseAgency(node: Node | null, fail: Fail, strings: Strings): AgencyProfile {
  const agency = emptyProfile().agency;
  if (node === null) return agency;
  if (!isMap(node)) return fail(node, 'agency', 'expected a mapping');
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    switch (key) {
      case 'names':
      case 'identifiers':
      case 'official_accounts':
      case 'email_domains':
      case 'phone_numbers':
      case 'addresses':
        agency[key] = strings(value, `agency.${key}`);
        break;
      case 'sensitive_places':
        agency.sensitive_places = parsePlaces(value, fail);
        break;
      case 'region': {
        const region = isScalar(value) ? String(value.value).toUpperCase() : '';
        if (!isCountryCode(region)) fail(value, 'agency.region', 'expected a two-letter country code such as US, GB, AU or CA');
        agency.region = region;
        break;
      }
      default:
        fail(pair.key as Node, `agency.${key}`, `unknown key${didYouMean(key, AGENCY_KEYS)}`);
    }
  }
  return agency;
}

/** A two-letter ISO 3166 region code Intl knows ("AU" -> "Australia"; an unknown code is echoed back). */
function isCountryCode(code: string): boolean {
  const name = /^[A-Z]{2}$/.test(code) ? new Intl.DisplayNames(['en'], { type: 'region' }).of(code) : undefined;
  return !!name && name !== code && name !== 'Unknown Region';
}

const PLACE_KEYS = new Set(['name', 'lat', 'lon', 'radius_m', 'severity']);

function parsePlaces(node: Node | null, fail: Fail): SensitivePlace[] {
  if (node === null) return [];
  if (!isSeq(node)) return fail(node, 'agency.sensitive_places', 'expected a list');
  return node.items.map((item, i) => {
    const key = `agency.sensitive_places[${i}]`;
    if (!isMap(item)) return fail(item as Node, key, 'expected {name, lat, lon, radius_m}');
    const js = item.toJSON() as Record<string, unknown>;
    const num = (k: string, lo: number, hi: number): number => {
      const v = js[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi)
        return fail(item, `${key}.${k}`, `expected a number from ${lo} to ${hi}`);
      return v;
    };
    if (typeof js.name !== 'string' || !js.name) return fail(item, `${key}.name`, 'expected a name');
    for (const k of Object.keys(js)) if (!PLACE_KEYS.has(k)) return fail(item, `${key}.${k}`, `unknown key (expected ${[...PLACE_KEYS].join(', ')})`);
    const severity = js.severity;
    if (severity !== undefined && severity !== 'error' && severity !== 'warning') return fail(item, `${key}.severity`, 'expected error or warning (a photo taken inside is an error; warning lowers it)');
    return { name: js.name, lat: num('lat', -90, 90), lon: num('lon', -180, 180), radius_m: num('radius_m', 0, 1e7), ...(severity ? { severity } : {}) };
  });
}

const MEMBER_KEYS = new Set(['name', 'rank', 'handles', 'consent', 'undercover', 'surname_is_word', 'photos', 'aliases']);

function parseRoster(node: Node | null, file: string, fail: Fail, strings: Strings, warn?: (message: string) => void): RosterMember[] {
  if (node === null) return [];
  const base = dirname(resolve(file));
  if (isScalar(node) && typeof node.value === 'string') {
    const name = node.value;
    return readRosterCsv(resolve(base, name), base, (err) => {
      const code = errCode(err);
      const hint = code === 'ENOENT' ? '; a CI run without the roster in the repository can name it in CLEARPOST_ROSTER' : '';
      return fail(node, 'roster', `cannot read roster CSV ${name} (${code})${hint}`);
    }, resolve(base, name), warn);
  }
  if (!isSeq(node)) return fail(node, 'roster', 'expected a list of members or a path to a CSV file');
  return node.items.map((item, i) => {
    const key = `roster[${i}]`;
    if (!isMap(item)) return fail(item as Node, key, 'expected {name, rank?, handles?, consent?, undercover?}');
    const member: RosterMember = { name: '', handles: [], consent: false, undercover: false, photos: [] };
    for (const pair of item.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : '';
      const v = pair.value as Node | null;
      if (!MEMBER_KEYS.has(k)) fail(pair.key as Node, `${key}.${k}`, `unknown key${didYouMean(k, MEMBER_KEYS)}`);
      const scalar = isScalar(v) ? v.value : undefined;
      if (k === 'name' || k === 'rank') {
        if (typeof scalar !== 'string' || !scalar.trim()) fail(v, `${key}.${k}`, 'expected a non-empty string');
        member[k] = (scalar as string).trim();
      } else if (k === 'consent' || k === 'undercover' || k === 'surname_is_word') {
        if (typeof scalar !== 'boolean') fail(v, `${key}.${k}`, 'expected true or false');
        member[k] = scalar as boolean;
      } else if (k === 'handles') {
        member.handles = strings(v, `${key}.handles`).map(normaliseHandle);
      } else if (k === 'aliases') {
        const aliases = strings(v, `${key}.aliases`).map((a) => a.trim()).filter(Boolean);
        if (aliases.length) member.aliases = aliases;
      } else {
        member.photos = strings(v, `${key}.photos`).map((p) => resolve(base, p));
      }
    }
    if (!member.name) fail(item, `${key}.name`, 'a roster member needs a name');
    return member;
  });
}

function normaliseHandle(h: string): string {
  const t = h.trim();
  return t.startsWith('@') ? t : `@${t}`;
}

/** A roster CSV's columns, as `init --help`, the profile `init` writes and the README name them (user test 29, U29-18). */
export const ROSTER_CSV_COLUMNS = 'name,rank,handles,consent,undercover[,photos][,surname_is_word][,aliases]';

/**
 * Parse a roster CSV with a header row: name,rank,handles,consent,undercover,photos (handles and photos `;`-separated),
 * and optional surname_is_word and aliases (`;`-separated) columns. Mistakes that would silently weaken the roster (user test 27, U3-9) are
 * mended where the intent is plain, each with a one-line `warn` naming the file and line (never a member's name):
 * HR's "Last, First" in the name cell (quoted, or unquoted as one column too many) is read as First Last; a stray
 * quote that would swallow the lines after it is read as a plain character. A line that still cannot be read is
 * skipped with a warning, or is an error when it may be an undercover member (a true/yes/1 in it).
 */
export function parseRosterCsv(csv: string, file: string, base: string, warn: (message: string) => void = () => {}): RosterMember[] {
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
  if (rows.length === 0) return [];
  const header = rows[0].cells.map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('name') < 0) throw new ConfigError(file, 'roster CSV needs a "name" column', 1, 'name');
  for (const h of header) {
    if (h && !MEMBER_KEYS.has(h)) throw new ConfigError(file, 'unknown roster column', 1, h);
  }
  const bool = (v: string | undefined, line: number, key: string): boolean => {
    const t = (v ?? '').trim().toLowerCase();
    if (t === '' || t === 'false' || t === 'no' || t === '0') return false;
    if (t === 'true' || t === 'yes' || t === '1') return true;
    throw new ConfigError(file, 'expected true or false', line, key);
  };
  const list = (v: string | undefined) =>
    (v ?? '')
      .split(/[;|]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const members: RosterMember[] = [];
  for (const { cells, line, stray } of rows.slice(1)) {
    let row = cells;
    let lastFirst = false;
    // "Raghunathan, Priya" unquoted: one column too many, the name and the next cell (after a comma and a space) words
    if (row.length === header.length + 1 && /^\p{L}[\p{L}'’. -]*$/u.test(row[col('name')].trim()) && /^\s+\p{L}[\p{L}'’. -]*$/u.test(row[col('name') + 1] ?? '')) {
      const i = col('name');
      row = [...row.slice(0, i), `${row[i]},${row[i + 1]}`, ...row.slice(i + 2)];
    }
    if (row.length > header.length && row.slice(header.length).some((c) => c.trim())) {
      const what = stray ? 'a stray quote (") on this line' : 'more cells than the header has columns';
      if (col('undercover') >= 0 && row.some((c) => /^(?:true|yes|1)$/i.test(c.trim())))
        throw new ConfigError(file, `${what}: the line cannot be read and may be an undercover member; fix it`, line, 'name');
      warn(`${file}:${line}: ${what}: the line cannot be read and is left out of the roster`);
      continue;
    }
    if (stray) warn(`${file}:${line}: a stray quote (") here would swallow the lines after it; read as a plain character`);
    const get = (name: string) => (col(name) >= 0 ? row[col(name)] : undefined);
    let name = (get('name') ?? '').replace(/\s+/g, ' ').trim();
    if (!name) {
      if (row.every((c) => !c.trim())) continue;
      throw new ConfigError(file, 'a roster member needs a name', line, 'name');
    }
    const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
    if (comma) {
      name = `${comma[2].trim()} ${comma[1].trim()}`;
      lastFirst = true;
    } else if (name.includes(',')) warn(`${file}:${line}: the name holds more than one comma; only "Last, First" is read as a name`);
    if (lastFirst) warn(`${file}:${line}: the name is written "Last, First"; read as First Last`);
    const rank = get('rank')?.trim();
    const aliases = list(get('aliases'));
    members.push({
      name,
      ...(rank ? { rank } : {}),
      handles: list(get('handles')).map(normaliseHandle),
      consent: bool(get('consent'), line, 'consent'),
      undercover: bool(get('undercover'), line, 'undercover'),
      ...(bool(get('surname_is_word'), line, 'surname_is_word') ? { surname_is_word: true } : {}),
      ...(aliases.length ? { aliases } : {}),
      photos: list(get('photos')).map((p) => resolve(base, p)),
    });
  }
  return members;
}

/** One CSV record: its cells, the line it starts on, and whether a stray quote on it was read as a plain character. */
interface CsvRow {
  cells: string[];
  line: number;
  stray?: boolean;
}

/**
 * RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; but no field may run over a line break (no roster cell
 * holds one): a quote left open at the end of a line is a stray one, and the line is read with its quotes as
 * plain characters, so one mistake cannot swallow the rest of the file.
 */
function parseCsv(text: string): CsvRow[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l, i) => {
    const cells = parseCsvLine(l);
    return cells ? { cells, line: i + 1 } : { cells: l.replace(/"/g, '').split(','), line: i + 1, stray: true };
  });
}

/** The cells of one CSV line, or undefined when a quote is left open at its end. */
function parseCsvLine(text: string): string[] | undefined {
  const row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) return undefined;
  row.push(field);
  return row;
}
