/**
 * Suppressions: inline directives in a draft, and the baseline file `clearpost-suppressions.json`.
 *
 * Inline (any draft; the HTML comment forms are for Markdown, where comments are not published):
 *
 *   <!-- clearpost-disable-next-line pii/phone, pii/email -- department switchboard, public -->
 *   <!-- clearpost-disable-line id/badge-number -- badge shown at the ceremony, approved by PIO -->
 *   <!-- clearpost-disable conduct/profanity -- quoting the court record -->  ...  <!-- clearpost-enable conduct/profanity -->
 *   Call the front desk at 555-0100  clearpost:allow pii/phone -- published number
 *   # clearpost:allow pii/address -- the station's own address        (a comment alone on its line: next line)
 *
 * Rules are ids (`pii/phone`), group patterns (`pii/*`) or nothing (every rule). The reason follows ` -- `.
 * A directive without a reason still silences warnings and info, but not an error-level finding: that finding stays
 * and the directive is reported as `suppress/missing-reason`, so every suppressed error has a written justification.
 *
 * Baseline: `--suppress-all` records every current finding as path + rule + fingerprint with a count (two identical
 * findings in one file need two), `applyBaseline` marks that many matching findings, `--prune-suppressions` lowers
 * counts to what still occurs. Fingerprints hash the rule and normalised evidence, never line numbers, so edits that
 * move a finding keep it suppressed. Suppressed findings stay in the report with `suppressed: {kind, justification}`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from './cache.js';
import { ConfigError } from './errors.js';
import { LineIndex } from './locate.js';
import { UNSUPPRESSIBLE } from './rules.js';
import type { Finding, FileReport, Report } from './types.js';

// ---------------------------------------------------------------------------------------------------------------
// Inline directives

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'allow';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or `group/*` patterns; empty means every rule. */
  rules: string[];
  /** The text after ` -- `, trimmed; undefined when there is none. */
  reason?: string;
  /** [start, end) of the directive's text (the whole HTML comment, or `clearpost:allow` to the end of its line). */
  start: number;
  end: number;
  /** 1-based position of `start`; `endLine` is the line of `end`. */
  line: number;
  column: number;
  endLine: number;
  /**
   * The line a line-scoped directive covers (next-line, line, allow); undefined for blocks.
   * `allow` covers its own line when the line has other content, else the next line.
   */
  target?: number;
  /** Why the directive cannot be used (no rule ids before the reason, say); such a directive suppresses nothing. */
  malformed?: string;
}

export type ProblemCode = 'suppress/missing-reason' | 'suppress/malformed' | 'suppress/unknown-rule' | 'suppress/not-allowed';

/** A problem with a directive itself; the caller reports it like a finding on the directive's line. */
export interface DirectiveProblem {
  code: ProblemCode;
  message: string;
  line: number;
  column: number;
  start: number;
  end: number;
  /** For missing-reason: the rule ids of the error-level findings the directive failed to suppress. */
  ruleIds?: string[];
  directive: Directive;
}

/** A directive (or one rule of it) that suppressed nothing, for `--report-unused-disable-directives`. */
export interface UnusedDirective {
  /** The unused rule of a multi-rule directive; undefined when the directive names no rules or is an enable. */
  rule?: string;
  message: string;
  line: number;
  column: number;
  start: number;
  end: number;
  directive: Directive;
}

/** Where a finding sits in the draft, for image findings anchored on the line that attaches the image. */
export interface InlineAnchor {
  file: string;
  line: number;
  start?: number;
}

export interface InlineOptions {
  /** Anchors image findings of a post bundle on the draft line that links the image (see posts.anchorResolver). */
  anchorOf?: (finding: Finding) => InlineAnchor | undefined;
  /** Rule ids a directive may name; others are reported as `suppress/unknown-rule`. */
  knownRules?: ReadonlySet<string>;
}

export interface InlineResult {
  /** Same order as the input; suppressed ones carry `suppressed: {kind: 'inline', justification}`. */
  findings: Finding[];
  problems: DirectiveProblem[];
  unused: UnusedDirective[];
}

/** `<!-- clearpost-disable-next-line a/b, c/d -- reason -->`, possibly spanning lines. */
const COMMENT_DIRECTIVE = /<!--[ \t]*clearpost-(disable-next-line|disable-line|disable|enable)(?=\s|-->)([\s\S]*?)-->/g;
/** `clearpost:allow a/b -- reason` to the end of the line (or the end of an enclosing HTML comment). */
const ALLOW_DIRECTIVE = /clearpost:allow(?![\w-])([^\n]*)/g;
/** What may precede a standalone allow comment: comment leaders only. */
const COMMENT_LEADER = /^[ \t]*(?:<!--|#+|\/\/+|\/\*|;+|%+|--|\*)?[ \t]*$/;
/** `pii/phone`, `image/*`, `*`. */
const RULE_TOKEN = /^(?:\*|[a-z0-9][a-z0-9-]*\/(?:\*|[a-z0-9][a-z0-9-]*))$/i;

/** Split `a/b, c/d -- reason` into rules and reason; `malformed` when a rule token is not a rule id. */
function parseBody(body: string): { rules: string[]; reason?: string; malformed?: string } {
  const sepMatch = /(?:^|\s)--(?:\s|$)/.exec(body);
  const rulesPart = sepMatch ? body.slice(0, sepMatch.index) : body;
  const reasonText = sepMatch ? body.slice(sepMatch.index + sepMatch[0].length).trim() : '';
  const tokens = rulesPart.split(/[\s,]+/).filter(Boolean);
  const bad = tokens.find((t) => !RULE_TOKEN.test(t));
  const rules = tokens.filter((t) => t !== '*');
  const out: { rules: string[]; reason?: string; malformed?: string } = { rules: tokens.includes('*') ? [] : rules };
  if (reasonText) out.reason = reasonText;
  if (bad !== undefined) {
    out.malformed = `"${bad}" is not a rule id (write rule ids such as pii/phone, then " -- " and the reason)`;
  }
  return out;
}

/** Every suppression directive in a text, in order. */
export function parseDirectives(text: string): Directive[] {
  const lines = new LineIndex(text);
  const out: Directive[] = [];
  const lineEnd = (offset: number) => {
    const nl = text.indexOf('\n', offset);
    return nl === -1 ? text.length : nl;
  };
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

  for (const m of text.matchAll(COMMENT_DIRECTIVE)) {
    const kind = m[1] as DirectiveKind;
    const start = m.index;
    const end = start + m[0].length;
    const { line, column } = lines.position(start);
    const endLine = lines.position(end - 1).line;
    const d: Directive = { kind, start, end, line, column, endLine, ...parseBody(m[2]) };
    if (kind === 'enable') delete d.reason;
    if (kind === 'disable-next-line') d.target = endLine + 1;
    if (kind === 'disable-line') d.target = line;
    out.push(d);
  }

  for (const m of text.matchAll(ALLOW_DIRECTIVE)) {
    const start = m.index;
    let body = m[1];
    let end = start + m[0].length;
    const close = body.indexOf('-->');
    if (close !== -1) {
      body = body.slice(0, close);
      end = start + 'clearpost:allow'.length + close + 3;
    }
    const { line, column } = lines.position(start);
    const before = text.slice(lineStart(start), start);
    const after = text.slice(end, lineEnd(end));
    const alone = COMMENT_LEADER.test(before) && after.trim() === '';
    const d: Directive = { kind: 'allow', start, end, line, column, endLine: line, ...parseBody(body.replace(/\r$/, '')) };
    d.target = alone ? line + 1 : line;
    out.push(d);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a directive's rule list covers a rule id. */
export function directiveCovers(rules: readonly string[], ruleId: string): boolean {
  if (rules.length === 0) return true;
  return rules.some((r) => r === ruleId || (r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1))));
}

/** Which rule token of a directive matched: the token, or '*' for a directive without rules. */
function coveringToken(rules: readonly string[], ruleId: string): string | undefined {
  if (rules.length === 0) return '*';
  return rules.find((r) => r === ruleId || (r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1))));
}

/**
 * Apply a file's inline directives to its findings. `text` is the file the directives came from; `findings` are that
 * file's findings. Text findings are matched by offset and line; OCR, metadata and vision findings only through
 * `anchorOf` (the draft line that attaches their image). Findings already suppressed are left as they are.
 */
export function applyInline(
  findings: readonly Finding[],
  directives: readonly Directive[],
  text: string,
  options: InlineOptions = {},
): InlineResult {
  const lines = new LineIndex(text);
  const problems: DirectiveProblem[] = [];
  const usable: Directive[] = [];
  const knownRules = options.knownRules;

  for (const d of directives) {
    const at = { line: d.line, column: d.column, start: d.start, end: d.end, directive: d };
    if (d.malformed) {
      problems.push({ code: 'suppress/malformed', message: `Suppression directive ignored: ${d.malformed}.`, ...at });
      continue;
    }
    if (knownRules) {
      for (const r of d.rules) {
        const known = r.endsWith('/*') ? [...knownRules].some((k) => k.startsWith(r.slice(0, -1))) : knownRules.has(r);
        if (!known) problems.push({ code: 'suppress/unknown-rule', message: `Suppression directive names unknown rule ${r}.`, ...at });
      }
    }
    usable.push(d);
  }

  const used = new Map<Directive, Set<string>>();
  const blocked = new Map<Directive, Set<string>>();
  const mark = (map: Map<Directive, Set<string>>, d: Directive, token: string) => {
    if (!map.has(d)) map.set(d, new Set());
    map.get(d)!.add(token);
  };

  const refused = new Map<Directive, Set<string>>();
  const out = findings.map((f) => {
    if (f.suppressed) return f;
    // a finding with related spans (one per post: its every cue) is covered by a directive over any of them
    const positions = [f, ...(f.related ?? []).map((r) => ({ ...f, location: r.location }))]
      .map((x) => positionOf(x, options.anchorOf, lines))
      .filter((p): p is Position => p !== undefined);
    const covering = usable.filter((d) => positions.some((pos) => covers(d, f.ruleId, pos, usable)));
    if (covering.length === 0) return f;
    if (UNSUPPRESSIBLE.has(f.ruleId)) {
      for (const d of covering) mark(refused, d, f.ruleId);
      return f;
    }
    const withReason = covering.find((d) => d.reason);
    const chosen = withReason ?? (f.severity === 'error' ? undefined : covering[covering.length - 1]);
    if (!chosen) {
      for (const d of covering) mark(blocked, d, f.ruleId);
      return f;
    }
    // every directive over one of its spans did its work (a directive per cue, written when each cue was a finding)
    for (const d of covering.filter((d) => d === chosen || d.reason || f.severity !== 'error')) mark(used, d, coveringToken(d.rules, f.ruleId) ?? '*');
    const suppressed: NonNullable<Finding['suppressed']> = { kind: 'inline' };
    if (chosen.reason) suppressed.justification = chosen.reason;
    return { ...f, suppressed };
  });

  const rejected: [ProblemCode, Map<Directive, Set<string>>, (ids: string[]) => string][] = [
    [
      'suppress/missing-reason',
      blocked,
      (ids) => `Suppression directive needs a reason to suppress the error-level ${ids.join(', ')} finding${ids.length > 1 ? 's' : ''}: add " -- why" to it.`,
    ],
    ['suppress/not-allowed', refused, (ids) => `Suppression directive cannot silence ${ids.join(', ')}: a reference to an undercover member is always reported.`],
  ];
  for (const [code, map, message] of rejected) {
    for (const [d, ruleIds] of map) {
      const ids = [...ruleIds].sort();
      problems.push({ code, message: message(ids), line: d.line, column: d.column, start: d.start, end: d.end, ruleIds: ids, directive: d });
    }
  }

  const unused: UnusedDirective[] = [];
  for (const d of usable) {
    const at = { line: d.line, column: d.column, start: d.start, end: d.end, directive: d };
    if (d.kind === 'enable') {
      if (!hasOpenDisable(d, usable)) {
        unused.push({ message: 'Unused clearpost-enable directive (no matching clearpost-disable before it).', ...at });
      }
      continue;
    }
    // A directive that failed for want of a reason is reported as a problem, not again as unused.
    const failed = [...(blocked.get(d) ?? []), ...(refused.get(d) ?? [])];
    const hit = used.get(d);
    if (d.rules.length === 0) {
      if (!hit && !failed.length) unused.push({ message: 'Unused suppression directive (nothing was reported here).', ...at });
      continue;
    }
    for (const r of d.rules) {
      if (!hit?.has(r) && !failed.some((id) => directiveCovers([r], id))) {
        unused.push({ rule: r, message: `Unused suppression directive (no ${r} finding was reported here).`, ...at });
      }
    }
  }
  return { findings: out, problems, unused };
}

interface Position {
  line: number;
  /** Offset in the draft, when known (block directives need it). */
  offset?: number;
}

function positionOf(f: Finding, anchorOf: InlineOptions['anchorOf'], lines: LineIndex): Position | undefined {
  if (f.attachment || f.source !== 'text') {
    const a = anchorOf?.(f);
    if (!a) return undefined;
    return a.start === undefined ? { line: a.line } : { line: a.line, offset: a.start };
  }
  const loc = f.location;
  if ('start' in loc && typeof loc.start === 'number') {
    return { line: 'line' in loc && typeof loc.line === 'number' ? loc.line : lines.position(loc.start).line, offset: loc.start };
  }
  return undefined;
}

function covers(d: Directive, ruleId: string, pos: Position, all: readonly Directive[]): boolean {
  if (d.kind === 'enable' || !directiveCovers(d.rules, ruleId)) return false;
  if (d.target !== undefined) return pos.line === d.target;
  // A block: from the end of the disable to the next enable that covers the rule.
  if (pos.offset === undefined || pos.offset < d.end) return false;
  const latestDisable = all
    .filter((o) => o.kind === 'disable' && o.end <= pos.offset! && directiveCovers(o.rules, ruleId))
    .at(-1);
  if (latestDisable !== d) return false;
  return !all.some(
    (o) => o.kind === 'enable' && o.start >= d.end && o.start <= pos.offset! && enableCloses(o.rules, ruleId),
  );
}

/** `enable` without rules closes every block; `enable a/b` closes blocks covering a/b. */
function enableCloses(rules: readonly string[], ruleId: string): boolean {
  return directiveCovers(rules, ruleId);
}

function hasOpenDisable(enable: Directive, all: readonly Directive[]): boolean {
  return all.some(
    (o) =>
      o.kind === 'disable' &&
      o.end <= enable.start &&
      (enable.rules.length === 0 || o.rules.length === 0 || enable.rules.some((r) => o.rules.some((x) => x === r || directiveCovers([x], r)))),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Baseline

export const BASELINE_FILE = 'clearpost-suppressions.json';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Path relative to the baseline file's folder, `/`-separated. */
  path: string;
  ruleId: string;
  fingerprint: string;
  count: number;
  justification?: string;
}

/** A loaded baseline. Paths are relative to `root` (the folder the file is in), so CI checkouts agree. */
export interface Baseline {
  /** The file it came from or goes to. */
  file?: string;
  root: string;
  entries: BaselineEntry[];
}

export interface BaselineOptions {
  /** Folder relative finding paths are resolved from (default: process.cwd()). */
  cwd?: string;
}

const keyOf = (path: string, ruleId: string, fp: string) => `${path}\0${ruleId}\0${fp}`;

/** The baseline path of a finding: its image when it came from an attachment, else its file; relative to root. */
export function baselinePath(f: Pick<Finding, 'file' | 'attachment'>, root: string, cwd = process.cwd()): string {
  const abs = resolve(cwd, f.attachment ?? f.file);
  return relative(root, abs).split(sep).join('/');
}

/** An empty baseline whose paths are relative to `root`. */
export function emptyBaseline(file: string): Baseline {
  return { file, root: dirname(resolve(file)), entries: [] };
}

/**
 * Read a baseline file. A missing file is an empty baseline; a malformed one throws ConfigError (a silently ignored
 * baseline would turn a green CI red, or worse hide why).
 */
export function loadBaseline(file: string): Baseline {
  const baseline = emptyBaseline(file);
  if (!existsSync(file)) return baseline;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(file, `cannot read suppressions: ${(err as Error).message}`);
  }
  const root = raw as { version?: unknown; suppressions?: unknown };
  if (!root || typeof root !== 'object' || root.version !== BASELINE_VERSION) {
    throw new ConfigError(file, `unsupported suppressions file (expected "version": ${BASELINE_VERSION})`);
  }
  const suppressions = root.suppressions;
  if (!isObject(suppressions)) throw new ConfigError(file, 'expected an object', undefined, 'suppressions');
  for (const [path, rules] of Object.entries(suppressions)) {
    if (!isObject(rules)) throw new ConfigError(file, 'expected an object of rule ids', undefined, `suppressions.${path}`);
    for (const [ruleId, fps] of Object.entries(rules)) {
      if (!isObject(fps)) throw new ConfigError(file, 'expected an object of fingerprints', undefined, `suppressions.${path}.${ruleId}`);
      for (const [fingerprint, value] of Object.entries(fps)) {
        const key = `suppressions.${path}.${ruleId}.${fingerprint}`;
        const count = typeof value === 'number' ? value : isObject(value) ? value.count : undefined;
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
          throw new ConfigError(file, 'expected a count (a positive integer) or {"count", "justification"}', undefined, key);
        }
        const entry: BaselineEntry = { path, ruleId, fingerprint, count };
        if (isObject(value) && typeof value.justification === 'string') entry.justification = value.justification;
        baseline.entries.push(entry);
      }
    }
  }
  return baseline;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export interface BaselineResult {
  /** A new report; matched findings carry `suppressed: {kind: 'baseline'}`. The summary is left to the caller. */
  report: Report;
  /** Baseline entries (with the remaining count) no finding of a screened file matched: candidates for pruning. */
  unused: BaselineEntry[];
}

/**
 * Mark findings the baseline covers. Each entry suppresses at most `count` findings with its path, rule and
 * fingerprint, in report order; any more are new. Inline-suppressed findings are not counted.
 */
export function applyBaseline(report: Report, baseline: Baseline, options: BaselineOptions = {}): BaselineResult {
  const cwd = options.cwd ?? process.cwd();
  const remaining = new Map<string, { count: number; entry: BaselineEntry }>();
  for (const e of baseline.entries) {
    const k = keyOf(e.path, e.ruleId, e.fingerprint);
    const prev = remaining.get(k);
    remaining.set(k, { count: (prev?.count ?? 0) + e.count, entry: e });
  }
  const screened = new Set<string>();
  const files: FileReport[] = report.files.map((file) => {
    screened.add(baselinePath({ file: file.path }, baseline.root, cwd));
    return {
      ...file,
      findings: file.findings.map((f) => {
        if (f.attachment) screened.add(baselinePath(f, baseline.root, cwd));
        if (f.suppressed || UNSUPPRESSIBLE.has(f.ruleId)) return f;
        const path = baselinePath(f, baseline.root, cwd);
        // a finding with related spans is matched by its own fingerprint, else by a span's: a baseline written when
        // each cue was a finding of its own (ONE_PER_POST) still suppresses it
        const slot = [f.fingerprint, ...(f.related ?? []).map((r) => r.fingerprint)]
          .map((fp) => remaining.get(keyOf(path, f.ruleId, fp)))
          .find((s) => s && s.count > 0);
        if (!slot) return f;
        slot.count--;
        const suppressed: NonNullable<Finding['suppressed']> = { kind: 'baseline' };
        if (slot.entry.justification) suppressed.justification = slot.entry.justification;
        return { ...f, suppressed };
      }),
    };
  });
  const unused: BaselineEntry[] = [];
  for (const { count, entry } of remaining.values()) {
    if (count > 0 && screened.has(entry.path)) unused.push({ ...entry, count });
  }
  return { report: { ...report, files }, unused };
}

/** Count the findings a baseline should hold: every finding not suppressed inline. */
function countFindings(report: Report, root: string, cwd: string): Map<string, BaselineEntry> {
  const counts = new Map<string, BaselineEntry>();
  for (const file of report.files) {
    for (const f of file.findings) {
      if (f.suppressed?.kind === 'inline' || UNSUPPRESSIBLE.has(f.ruleId)) continue;
      const path = baselinePath(f, root, cwd);
      const k = keyOf(path, f.ruleId, f.fingerprint);
      const prev = counts.get(k);
      if (prev) prev.count++;
      else counts.set(k, { path, ruleId: f.ruleId, fingerprint: f.fingerprint, count: 1 });
    }
  }
  return counts;
}

/** Paths (relative to root) a report screened: post paths and attachment paths. */
function screenedPaths(report: Report, root: string, cwd: string): Set<string> {
  const out = new Set<string>();
  for (const file of report.files) {
    out.add(baselinePath({ file: file.path }, root, cwd));
    for (const f of file.findings) out.add(baselinePath(f, root, cwd));
  }
  return out;
}

/**
 * The baseline `--suppress-all` writes: every current finding of the screened files (except inline-suppressed
 * ones), plus the existing entries of files this run did not screen (a `--staged` run must not drop the rest).
 * Justifications of entries that survive are kept.
 */
export function buildBaseline(report: Report, existing: Baseline, options: BaselineOptions = {}): Baseline {
  const cwd = options.cwd ?? process.cwd();
  const screened = screenedPaths(report, existing.root, cwd);
  const justifications = new Map(existing.entries.map((e) => [keyOf(e.path, e.ruleId, e.fingerprint), e.justification]));
  const entries = existing.entries.filter((e) => !screened.has(e.path)).map((e) => ({ ...e }));
  for (const [k, e] of countFindings(report, existing.root, cwd)) {
    const j = justifications.get(k);
    entries.push(j ? { ...e, justification: j } : e);
  }
  return { ...existing, entries: sortEntries(entries) };
}

/**
 * `--suppress-all`: write the baseline for a report to `file` (merging with what is there, see buildBaseline) and
 * return it. An unreadable existing file is replaced.
 */
export function writeBaseline(report: Report, file: string, options: BaselineOptions = {}): Baseline {
  let existing: Baseline;
  try {
    existing = loadBaseline(file);
  } catch {
    existing = emptyBaseline(file);
  }
  const baseline = buildBaseline(report, existing, options);
  saveBaseline(baseline, file);
  return baseline;
}

/**
 * `--prune-suppressions`: lower each entry of a screened file to the number of findings that still match it, and
 * drop entries of files that no longer exist. Entries of existing files the run did not screen are kept.
 * Returns the new baseline and how many suppressions were removed; write it with `saveBaseline`.
 */
export function pruneBaseline(
  report: Report,
  baseline: Baseline,
  options: BaselineOptions = {},
): { baseline: Baseline; removed: number } {
  const cwd = options.cwd ?? process.cwd();
  const screened = screenedPaths(report, baseline.root, cwd);
  const current = countFindings(report, baseline.root, cwd);
  let removed = 0;
  const entries: BaselineEntry[] = [];
  for (const e of baseline.entries) {
    let keep: number;
    if (screened.has(e.path)) keep = Math.min(e.count, current.get(keyOf(e.path, e.ruleId, e.fingerprint))?.count ?? 0);
    else keep = existsSync(resolve(baseline.root, e.path)) ? e.count : 0;
    removed += e.count - keep;
    if (keep > 0) entries.push({ ...e, count: keep });
  }
  return { baseline: { ...baseline, entries: sortEntries(entries) }, removed };
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return entries.sort((a, b) => cmp(a.path, b.path) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
}

/** The file text: sorted keys, counts as numbers (objects when a justification is kept), no timestamps. */
export function serializeBaseline(baseline: Baseline): string {
  const suppressions: Record<string, Record<string, Record<string, number | { count: number; justification: string }>>> = {};
  for (const e of sortEntries([...baseline.entries])) {
    const rules = (suppressions[e.path] ??= {});
    const fps = (rules[e.ruleId] ??= {});
    const prev = fps[e.fingerprint];
    const count = (typeof prev === 'number' ? prev : (prev?.count ?? 0)) + e.count;
    fps[e.fingerprint] = e.justification ? { count, justification: e.justification } : count;
  }
  return `${JSON.stringify({ version: BASELINE_VERSION, suppressions }, null, 2)}\n`;
}

/** Write a baseline atomically. */
export function saveBaseline(baseline: Baseline, file = baseline.file ?? BASELINE_FILE): void {
  writeFileAtomic(file, serializeBaseline(baseline));
}
