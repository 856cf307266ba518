/**
 * Policy packs: one YAML file per department policy under rules/. Each clause quotes its policy verbatim (checked
 * against the bundled source text) and maps rule ids to a severity per account context; clauses no detector can check
 * form the pack's manual checklist. Every problem is a ConfigError naming the file, the YAML line and the key.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ConfigError, UsageError } from '../core/errors.js';
import { isRuleId, RULE_IDS } from '../core/rules.js';
import { ACCOUNT_CONTEXTS, SEVERITY_RANK, type AccountContext, type Severity, type SeverityOrOff } from '../core/types.js';

/** Which findings of a rule a clause leaves out: `roster-member`, the ones naming a member of your own roster. */
export const UNLESS_VALUES = ['roster-member'] as const;
export type Unless = (typeof UNLESS_VALUES)[number];

/**
 * A rule's severity under one clause, per account context. `unless: roster-member` keeps the clause from being cited
 * for a finding that names a member of your own roster (a clause about other agencies' staff). `employee: error`
 * raises a finding about an employee (a co-worker named in its sentence or the one before: src/core/employee.ts) to
 * at least that severity in either context (a clause on employees' personal information, which binds the official
 * account too, where a date or an address is mostly a venue's or the public's).
 */
export type ContextSeverity = Record<AccountContext, SeverityOrOff> & { unless?: Unless; employee?: Severity; cite?: Cite };

/**
 * `cite: employee`: on the official account the clause is cited only for a finding about an employee or the writer's
 * family (src/core/employee.ts); its severity still holds for the rest, which then say the pack has no clause for them
 * (user test 27, U2-14: an arrestee's address, a missing child's birth date were cited under "employees or their
 * families"). On a personal account the writer is an employee and an unattributed detail is taken as theirs.
 */
export const CITE_VALUES = ['employee'] as const;
export type Cite = (typeof CITE_VALUES)[number];

/** A clause some detector can check: the rules it covers and how severe each is in each context. */
export interface PackClause {
  /** The clause as the policy numbers it; unique within the pack. */
  id: string;
  title: string;
  /** Verbatim from one of the pack's sources (whitespace aside). */
  quote: string;
  rules: Record<string, ContextSeverity>;
  /** The policy's own exceptions, in words. */
  exceptions: string[];
  /** Parts of the clause no detector checks from a post ("a victim named"): the reviewer's part of it, in words. */
  unchecked?: string[];
}

/** A clause nobody can check from a post's content (friending, equipment, authorization): a reviewer's checklist. */
export interface ManualClause {
  id: string;
  title: string;
  quote: string;
}

export interface PolicyPack {
  /** Short id used by --policy and in findings. */
  id: string;
  title: string;
  /** The YAML file it was loaded from ('' when built in memory). */
  file: string;
  /** File names under rules/sources/ that quotes must come from. */
  sources: string[];
  clauses: PackClause[];
  manual: ManualClause[];
  /** Rule ids no clause of this policy speaks to, each with why: with the mapped ones they cover every rule. */
  uncovered?: Record<string, string>;
}

const PACK_ID = /^[a-z0-9][a-z0-9-]*$/;
const PACK_EXT = /\.ya?ml$/i;

/** YAML line of each key path (`clauses[2].rules.pii/address`) of packs read from files. */
const packLines = new WeakMap<PolicyPack, Map<string, number>>();

/** The rules/ directory shipped with the package: `../../rules` from both dist/policy and src/policy. */
export function bundledRulesDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');
}

/** Ids of the packs in a rules directory (file name without `.yaml`), sorted. */
export function availablePacks(rulesDir: string = bundledRulesDir()): string[] {
  return [...packFiles(rulesDir).keys()];
}

/** Pack id -> file for every `.yaml`/`.yml` file in a rules directory, sorted by id. */
function packFiles(rulesDir: string): Map<string, string> {
  let names: string[];
  try {
    names = readdirSync(rulesDir);
  } catch (err) {
    throw new ConfigError(rulesDir, `cannot read the policy pack directory (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  const files = names.filter((n) => PACK_EXT.test(n)).sort();
  return new Map(files.map((n) => [n.replace(PACK_EXT, ''), resolve(rulesDir, n)]));
}

/**
 * Load the packs the selectors name: a pack id (`nypd`) or a path to a pack file; a selector may list several,
 * comma-separated. No selectors: every pack in `rulesDir`. Throws UsageError for an unknown id, ConfigError for a bad pack.
 */
export function loadPacks(selectors: string[] | undefined, rulesDir: string = bundledRulesDir()): PolicyPack[] {
  const wanted = (selectors ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const bundled = packFiles(rulesDir);
  const files = wanted.length === 0 ? [...bundled.values()] : wanted.map((s) => resolveSelector(s, bundled));

  const packs: PolicyPack[] = [];
  const byId = new Map<string, string>();
  for (const file of new Set(files)) {
    const pack = loadPack(file);
    const stem = basename(file).replace(PACK_EXT, '');
    if (resolve(dirname(file)) === resolve(rulesDir) && pack.id !== stem) {
      fail(pack, `pack id "${pack.id}" must match its file name "${stem}"`, 'id');
    }
    const other = byId.get(pack.id);
    if (other !== undefined) fail(pack, `pack id "${pack.id}" is already used by ${other}`, 'id');
    byId.set(pack.id, file);
    packs.push(pack);
  }
  return packs;
}

function resolveSelector(selector: string, bundled: Map<string, string>): string {
  const file = bundled.get(selector);
  if (file !== undefined) return file;
  const looksLikePath = PACK_EXT.test(selector) || /[\\/]/.test(selector);
  if (looksLikePath && existsSync(selector)) return resolve(selector);
  throw new UsageError(
    looksLikePath
      ? `policy pack file not found: ${selector}`
      : `unknown policy "${selector}" (available: ${[...bundled.keys()].join(', ') || 'none'}; or give a path to a pack file)`,
  );
}

/**
 * Read, parse and validate one pack file. Source texts are looked up in `sources/` beside the file, then in the
 * bundled rules/sources/ (so a local pack may quote a shipped policy). A pack `npm run build` already validated
 * (stored by the hash of its YAML, its sources' texts and the rule ids) is taken as stored: parsing the bundled
 * packs' YAML was a quarter of a one-draft check's start-up.
 */
export function loadPack(path: string): PolicyPack {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(path, `cannot read policy pack (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  const sourceText = (name: string): string | undefined => {
    if (!isPlainFileName(name)) return undefined;
    const found = [join(dirname(path), 'sources'), join(bundledRulesDir(), 'sources')].map((d) => join(d, name)).find((p) => existsSync(p));
    return found === undefined ? undefined : readFileSync(found, 'utf8');
  };
  const stored = storedPacks()[digest(text)];
  if (stored && Object.entries(stored.sources).every(([name, hash]) => digest(sourceText(name) ?? '') === hash)) {
    return { ...structuredClone(stored.pack), file: path };
  }
  const pack = parsePack(text, path);
  const sourceTexts: Record<string, string> = {};
  for (const name of pack.sources) {
    const t = sourceText(name);
    if (t !== undefined) sourceTexts[name] = t;
  }
  validatePack(pack, sourceTexts);
  return pack;
}

/** A validated pack as the build stores it, under the digest of its YAML text. */
interface StoredPack {
  /** Digest of each source text it was checked against. */
  sources: Record<string, string>;
  pack: Omit<PolicyPack, 'file'>;
}

/** Where `npm run build` stores the bundled packs, validated. */
const BUILT_PACKS = new URL('./packs.json', import.meta.url);
/** Tests run the sources: they read the built copy, whose digests say whether it still fits. */
const BUILT_PACKS_FROM_SOURCES = new URL('../../dist/policy/packs.json', import.meta.url);

/** Of a text, with the rule ids mixed in: a pack valid for one set of rules is checked again when they change. */
function digest(text: string): string {
  return createHash('sha1').update(RULE_IDS.join(',')).update('\0').update(text).digest('hex');
}

let builtPacks: Record<string, StoredPack> | undefined;
function storedPacks(): Record<string, StoredPack> {
  if (!builtPacks) {
    builtPacks = {};
    for (const file of [BUILT_PACKS, BUILT_PACKS_FROM_SOURCES]) {
      try {
        builtPacks = JSON.parse(readFileSync(file, 'utf8')) as Record<string, StoredPack>;
        break;
      } catch {
        // not built: every pack is parsed and validated
      }
    }
  }
  return builtPacks;
}

/** Part of `npm run build`: validate the bundled packs and store them (a pack that fails is left to fail at run time). */
export function storeBundledPacks(rulesDir: string = bundledRulesDir()): number {
  const out: Record<string, StoredPack> = {};
  for (const file of packFiles(rulesDir).values()) {
    let pack: PolicyPack;
    try {
      pack = loadPacks([file], rulesDir)[0]!;
    } catch {
      continue;
    }
    const { file: _file, ...rest } = pack;
    const sources = Object.fromEntries(
      pack.sources.map((name) => [name, digest(readFileSync(join(rulesDir, 'sources', name), 'utf8'))]),
    );
    out[digest(readFileSync(file, 'utf8'))] = { sources, pack: rest };
  }
  writeFileSync(BUILT_PACKS, JSON.stringify(out));
  return Object.keys(out).length;
}

/** Parse pack YAML into a PolicyPack, checking its shape (types, unknown keys); `validatePack` checks the content. */
export function parsePack(text: string, file: string): PolicyPack {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ConfigError(file, `invalid YAML: ${e.message.split('\n')[0]}`, e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line);
  }
  const lines = new Map<string, number>();
  recordLines(doc.contents, '', lineCounter, lines);
  const shapeError = (path: string, cause: string): never => {
    throw new ConfigError(file, cause, lineAt(lines, path), path || undefined);
  };

  const root: unknown = doc.toJS();
  const top = record(root, '', shapeError, ['id', 'title', 'sources', 'clauses', 'manual', 'uncovered']);
  const pack: PolicyPack = {
    id: str(top.id, 'id', shapeError),
    title: str(top.title, 'title', shapeError),
    file,
    sources: list(top.sources, 'sources', shapeError).map((s, i) => str(s, `sources[${i}]`, shapeError)),
    clauses: list(top.clauses, 'clauses', shapeError).map((c, i) => {
      const at = `clauses[${i}]`;
      const raw = record(c, at, shapeError, ['id', 'title', 'quote', 'rules', 'exceptions', 'unchecked']);
      const rules: Record<string, ContextSeverity> = {};
      for (const [ruleId, sev] of Object.entries(record(raw.rules, `${at}.rules`, shapeError))) {
        const s = record(sev, `${at}.rules.${ruleId}`, shapeError, [...ACCOUNT_CONTEXTS, 'unless', 'employee', 'cite']);
        rules[ruleId] = {
          personal: str(s.personal, `${at}.rules.${ruleId}.personal`, shapeError) as SeverityOrOff,
          official: str(s.official, `${at}.rules.${ruleId}.official`, shapeError) as SeverityOrOff,
          ...(s.unless !== undefined ? { unless: str(s.unless, `${at}.rules.${ruleId}.unless`, shapeError) as Unless } : {}),
          ...(s.employee !== undefined ? { employee: str(s.employee, `${at}.rules.${ruleId}.employee`, shapeError) as Severity } : {}),
          ...(s.cite !== undefined ? { cite: str(s.cite, `${at}.rules.${ruleId}.cite`, shapeError) as Cite } : {}),
        };
      }
      return {
        id: str(raw.id, `${at}.id`, shapeError),
        title: str(raw.title, `${at}.title`, shapeError),
        quote: str(raw.quote, `${at}.quote`, shapeError),
        rules,
        exceptions: list(raw.exceptions, `${at}.exceptions`, shapeError).map((e, j) =>
          str(e, `${at}.exceptions[${j}]`, shapeError),
        ),
        ...(raw.unchecked !== undefined
          ? { unchecked: list(raw.unchecked, `${at}.unchecked`, shapeError).map((e, j) => str(e, `${at}.unchecked[${j}]`, shapeError)) }
          : {}),
      };
    }),
    manual: list(top.manual, 'manual', shapeError).map((m, i) => {
      const at = `manual[${i}]`;
      const raw = record(m, at, shapeError, ['id', 'title', 'quote']);
      return {
        id: str(raw.id, `${at}.id`, shapeError),
        title: str(raw.title, `${at}.title`, shapeError),
        quote: str(raw.quote, `${at}.quote`, shapeError),
      };
    }),
    uncovered: Object.fromEntries(
      Object.entries(top.uncovered === undefined ? {} : record(top.uncovered, 'uncovered', shapeError)).map(([ruleId, why]) => [
        ruleId,
        str(why, `uncovered.${ruleId}`, shapeError),
      ]),
    ),
  };
  packLines.set(pack, lines);
  return pack;
}

/**
 * Check a pack's content: ids, titles and quotes present, clause ids unique, known rule ids with valid severities,
 * and every quote found in one of its sources. `sourceTexts` maps a source file name to its text.
 */
export function validatePack(pack: PolicyPack, sourceTexts: Readonly<Record<string, string>>): void {
  const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (!nonEmpty(pack.id)) fail(pack, 'a pack needs an id', 'id');
  if (!PACK_ID.test(pack.id)) fail(pack, 'a pack id is lower-case letters, digits and dashes', 'id');
  if (!nonEmpty(pack.title)) fail(pack, 'a pack needs a title', 'title');
  if (!Array.isArray(pack.sources) || pack.sources.length === 0) fail(pack, 'a pack needs at least one source', 'sources');
  const folded: string[] = [];
  pack.sources.forEach((name, i) => {
    if (!isPlainFileName(name)) fail(pack, `a source is a file name under rules/sources/, not a path: ${name}`, `sources[${i}]`);
    const text = sourceTexts[name];
    if (text === undefined) fail(pack, `source file not found: sources/${name}`, `sources[${i}]`);
    folded.push(foldSpace(text));
  });
  if (!Array.isArray(pack.clauses) || pack.clauses.length === 0) fail(pack, 'a pack needs at least one clause', 'clauses');

  const seen = new Set<string>();
  const checkClause = (c: ManualClause, at: string) => {
    for (const key of ['id', 'title', 'quote'] as const) {
      if (!nonEmpty(c[key])) fail(pack, `a clause needs ${key === 'id' ? 'an' : 'a'} ${key}`, `${at}.${key}`);
    }
    if (seen.has(c.id)) fail(pack, `duplicate clause id "${c.id}"`, `${at}.id`);
    seen.add(c.id);
    const quote = foldSpace(c.quote);
    if (folded.some((s) => s.includes(quote))) return;
    const near = folded.some((s) => foldTypography(s).includes(foldTypography(quote)));
    fail(
      pack,
      near
        ? `quote of "${c.id}" differs from the source in quotation marks or dashes; copy them exactly`
        : `quote of "${c.id}" is not found verbatim in ${pack.sources.join(', ')}`,
      `${at}.quote`,
    );
  };

  pack.clauses.forEach((c, i) => {
    const at = `clauses[${i}]`;
    checkClause(c, at);
    const entries = Object.entries(c.rules ?? {});
    if (entries.length === 0) fail(pack, `clause "${c.id}" maps no rule: give it rules or move it to manual`, `${at}.rules`);
    for (const [ruleId, sev] of entries) {
      const key = `${at}.rules.${ruleId}`;
      if (!isRuleId(ruleId)) fail(pack, `unknown rule id "${ruleId}" (see src/core/rules.ts)`, key);
      for (const context of ACCOUNT_CONTEXTS) {
        const v: unknown = sev?.[context];
        if (v !== 'off' && !(typeof v === 'string' && Object.hasOwn(SEVERITY_RANK, v))) {
          fail(pack, `bad severity ${JSON.stringify(v)} (expected error, warning, info or off)`, `${key}.${context}`);
        }
      }
      if (sev.personal === 'off' && sev.official === 'off') fail(pack, 'off in both contexts: drop the rule', key);
      if (sev.employee !== undefined && !Object.hasOwn(SEVERITY_RANK, sev.employee)) {
        fail(pack, `bad severity ${JSON.stringify(sev.employee)} (expected error, warning or info)`, `${key}.employee`);
      }
      if (sev.unless !== undefined && !(UNLESS_VALUES as readonly string[]).includes(sev.unless)) {
        fail(pack, `bad unless ${JSON.stringify(sev.unless)} (expected ${UNLESS_VALUES.join(' or ')})`, `${key}.unless`);
      }
      if (sev.cite !== undefined && !(CITE_VALUES as readonly string[]).includes(sev.cite)) {
        fail(pack, `bad cite ${JSON.stringify(sev.cite)} (expected ${CITE_VALUES.join(' or ')})`, `${key}.cite`);
      }
    }
    (c.exceptions ?? []).forEach((e, j) => {
      if (!nonEmpty(e)) fail(pack, 'an exception is a non-empty sentence', `${at}.exceptions[${j}]`);
    });
    (c.unchecked ?? []).forEach((e, j) => {
      if (!nonEmpty(e)) fail(pack, 'an unchecked part is a non-empty phrase', `${at}.unchecked[${j}]`);
    });
  });
  (pack.manual ?? []).forEach((m, i) => checkClause(m, `manual[${i}]`));
  const mapped = new Set(pack.clauses.flatMap((c) => Object.keys(c.rules ?? {})));
  for (const [ruleId, why] of Object.entries(pack.uncovered ?? {})) {
    const key = `uncovered.${ruleId}`;
    if (!isRuleId(ruleId)) fail(pack, `unknown rule id "${ruleId}" (see src/core/rules.ts)`, key);
    if (mapped.has(ruleId)) fail(pack, `"${ruleId}" is mapped by a clause and listed as uncovered`, key);
    if (!nonEmpty(why)) fail(pack, 'say why no clause covers the rule', key);
  }
}

function fail(pack: PolicyPack, cause: string, path: string): never {
  const lines = packLines.get(pack);
  throw new ConfigError(pack.file || `<pack ${pack.id || '?'}>`, cause, lines && lineAt(lines, path), path);
}

/** The line of `path`, or of its nearest recorded parent (a missing key reports its clause's line). */
function lineAt(lines: Map<string, number>, path: string): number | undefined {
  for (let p = path; ; ) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    const parent = p.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
    if (parent === p) return undefined;
    p = parent;
  }
}

function recordLines(node: unknown, path: string, lc: LineCounter, out: Map<string, number>): void {
  const mark = (p: string, n: unknown) => {
    const range = (n as Node | null)?.range;
    if (range) out.set(p, lc.linePos(range[0]).line);
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const p = path ? `${path}.${key}` : key;
      mark(p, pair.key);
      recordLines(pair.value, p, lc, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const p = `${path}[${i}]`;
      mark(p, item);
      recordLines(item, p, lc, out);
    });
  }
}

type ShapeError = (path: string, cause: string) => never;

function record(v: unknown, path: string, err: ShapeError, keys?: readonly string[]): Record<string, unknown> {
  if (v === null || v === undefined) return {};
  if (typeof v !== 'object' || Array.isArray(v)) return err(path, 'expected a mapping');
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (keys && !keys.includes(k)) err(path ? `${path}.${k}` : k, `unknown key (expected ${keys.join(', ')})`);
  }
  return r;
}

function list(v: unknown, path: string, err: ShapeError): unknown[] {
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? v : err(path, 'expected a list');
}

function str(v: unknown, path: string, err: ShapeError): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : err(path, 'expected a string');
}

function isPlainFileName(name: string): boolean {
  return typeof name === 'string' && name !== '' && name !== '.' && name !== '..' && !/[\\/]/.test(name);
}

/** Line breaks and runs of spaces do not count: PDF extraction breaks lines anywhere. */
function foldSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function foldTypography(s: string): string {
  return s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐‑‒–—―]/g, '-');
}
