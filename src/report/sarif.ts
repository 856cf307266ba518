/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
 *
 * - `tool.driver.rules` lists every rule the caller describes in `options.rules` (the active catalogue) plus any
 *   other rule id that appears in the results, sorted by id; each carries its title, description, the policy clauses
 *   it serves (policy, clause id, title, quote) as help text and Markdown, and its default level.
 * - Text findings point at their span (1-based lines, UTF-16 columns, end column exclusive, char offset and length);
 *   a Word file's at the file with no region and a logical location `paragraph 7` (the file is a zip).
 *   Image findings of a post point at the draft line that attaches the image when `anchorOf` gives it, with the image
 *   as a related location; otherwise at the image file with no region. The image part (tag, region) goes in the
 *   message and properties. A rule read once per post (core/rules.ts ONE_PER_POST) is one result: its first cue is the
 *   location, the others are related locations named by their cue.
 * - `partialFingerprints["clearpostFingerprint/v1"]` is the finding's fingerprint (rule + normalised evidence).
 * - Suppressed findings are results with `suppressions` (inline -> inSource, baseline -> external).
 * - Files that could not be screened are tool execution notifications (level error), and the invocation is then not
 *   `executionSuccessful`; notes are level note.
 * - No evidence, masked or not, is written anywhere: a SARIF upload must not become the leak.
 */
import { RULE_NOTES, type Clause, type Finding, type Report, type Severity, type SeverityOrOff } from '../core/types.js';
import { clauseRef, describe, placeOf, relatedPlaces, toPosix, type PlaceOptions, type Region } from './where.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const FINGERPRINT_KEY = 'clearpostFingerprint/v1';

/** What the caller knows about a rule (from the detector registry and the loaded policy packs). */
export interface SarifRule {
  id: string;
  title?: string;
  description?: string;
  /** The severity packs give it in this run's context; `off` becomes level `none`. */
  severity?: SeverityOrOff;
  clauses?: Clause[];
  helpUri?: string;
}

export interface SarifOptions extends PlaceOptions {
  toolVersion?: string;
  informationUri?: string;
  /** Rules to describe in `tool.driver.rules`; rules seen only in results are added with what the findings say. */
  rules?: SarifRule[];
  /**
   * Folder URIs are relative to (the repository root for GitHub), and the folder report paths are relative to
   * (default: `root`). Without `root`, report paths are used as they are.
   */
  root?: string;
  cwd?: string;
}

type Level = 'error' | 'warning' | 'note' | 'none';
const LEVEL: Record<SeverityOrOff, Level> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };
const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** A relative path as a URI reference (each segment percent-encoded); absolute paths become `file:` URIs. */
export function pathToUri(path: string, options: Pick<SarifOptions, 'root' | 'cwd'> = {}): string {
  let p = toPosix(path);
  if (options.root !== undefined) p = relativePosix(options.root, p, options.cwd ?? options.root);
  const encoded = p
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
  if (/^[A-Za-z]:\//.test(p)) return `file:///${p.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}`;
  return p.startsWith('/') ? `file://${encoded}` : encoded;
}

/** posix `relative(root, resolve(cwd, p))` without touching the file system or process state. */
function relativePosix(root: string, p: string, cwd: string): string {
  const norm = (s: string) => {
    const out: string[] = [];
    for (const seg of toPosix(s).split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..' && out.length && out[out.length - 1] !== '..') out.pop();
      else out.push(seg);
    }
    return out;
  };
  const abs = p.startsWith('/') ? norm(p) : [...norm(cwd), ...norm(p)];
  const base = norm(root);
  let i = 0;
  while (i < base.length && i < abs.length && base[i] === abs[i]) i++;
  return [...base.slice(i).map(() => '..'), ...abs.slice(i)].join('/') || '.';
}

interface RuleInfo {
  id: string;
  title?: string;
  description?: string;
  severity?: SeverityOrOff;
  clauses: Clause[];
  helpUri?: string;
  worst?: Severity;
}

function collectRules(report: Report, given: readonly SarifRule[] = []): RuleInfo[] {
  const rules = new Map<string, RuleInfo>();
  const addClauses = (info: RuleInfo, clauses: readonly Clause[] = []) => {
    for (const c of clauses) {
      if (!info.clauses.some((x) => x.policy === c.policy && x.id === c.id)) info.clauses.push(c);
    }
  };
  for (const r of given) {
    const info: RuleInfo = { ...r, clauses: [] };
    addClauses(info, r.clauses);
    rules.set(r.id, info);
  }
  for (const file of report.files) {
    for (const f of file.findings) {
      let info = rules.get(f.ruleId);
      if (!info) rules.set(f.ruleId, (info = { id: f.ruleId, clauses: [] }));
      addClauses(info, f.clauses);
      if (!info.worst || RANK[f.severity] > RANK[info.worst]) info.worst = f.severity;
    }
  }
  return [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function helpText(r: RuleInfo): string {
  const lines = [r.title ? `${r.title} (${r.id})` : r.id];
  if (r.description) lines.push('', r.description);
  if (r.clauses.length) {
    lines.push('', 'Policy clauses:');
    for (const c of r.clauses) lines.push(`- ${clauseRef(c)} ${c.title}: "${c.quote}"`);
  }
  return lines.join('\n');
}

/** Escape Markdown's inline syntax in policy text so a quote renders as written. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

function helpMarkdown(r: RuleInfo): string {
  const lines = [`**${md(r.title ?? r.id)}** (\`${r.id}\`)`];
  if (r.description) lines.push('', md(r.description));
  if (r.clauses.length) {
    lines.push('', '**Policy clauses**');
    for (const c of r.clauses) {
      lines.push('', `- **${md(clauseRef(c))}** ${md(c.title)}`, `  > ${md(c.quote).replace(/\n/g, '\n  > ')}`);
    }
  }
  return lines.join('\n');
}

function sarifRegion(r: Region): Record<string, number> {
  const out: Record<string, number> = {
    startLine: r.startLine,
    startColumn: r.startColumn,
    endLine: r.endLine,
    endColumn: Math.max(r.endColumn, r.startColumn),
  };
  if (r.charOffset !== undefined) out.charOffset = r.charOffset;
  if (r.charLength !== undefined) out.charLength = r.charLength;
  return out;
}

/** Render a report as a SARIF 2.1.0 log (one run). */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const rules = collectRules(report, options.rules);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const uri = (path: string) => pathToUri(path, options);

  const driverRules = rules.map((r) => {
    const level = r.severity ? LEVEL[r.severity] : r.worst ? LEVEL[r.worst] : 'warning';
    const rule: Record<string, unknown> = {
      id: r.id,
      shortDescription: { text: r.title ?? r.id },
    };
    if (r.description) rule.fullDescription = { text: r.description };
    rule.help = { text: helpText(r), markdown: helpMarkdown(r) };
    if (r.helpUri) rule.helpUri = r.helpUri;
    rule.defaultConfiguration = { level };
    rule.properties = {
      tags: ['clearpost', r.id.split('/')[0]],
      clauses: r.clauses.map((c) => ({ policy: c.policy, id: c.id, title: c.title })),
    };
    return rule;
  });

  const results: unknown[] = [];
  const notifications: unknown[] = [];
  // what the run did not screen (remote pictures, text in pictures with --no-ocr, symbolic links), once per run
  for (const n of report.summary.notScreened ?? []) {
    notifications.push({ level: RULE_NOTES.has(n.kind) ? 'note' : 'warning', message: { text: n.message }, descriptor: { id: `clearpost/not-screened/${n.kind}` } });
  }
  // a run failed by --max-warnings alone has no error-level result: the notification and executionSuccessful say it
  const tooMany = report.summary.tooManyWarnings;
  if (tooMany) notifications.push({ level: 'error', message: { text: tooMany.message }, descriptor: { id: 'clearpost/max-warnings' } });
  for (const file of report.files) {
    if (file.error) {
      notifications.push({
        level: 'error',
        message: { text: `${file.path}: ${file.error}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(file.path) } } }],
        descriptor: { id: 'clearpost/file-error' },
      });
    }
    if (file.note) {
      notifications.push({
        level: 'note',
        message: { text: `${file.path}: ${file.note}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(file.path) } } }],
        descriptor: { id: 'clearpost/file-note' },
      });
    }
    for (const f of file.findings) results.push(result(f));
  }

  function result(f: Finding): unknown {
    const place = placeOf(f, options);
    const physical: Record<string, unknown> = { artifactLocation: { uri: uri(place.file) } };
    if (place.region) physical.region = sarifRegion(place.region);
    const properties: Record<string, unknown> = { source: f.source, confidence: round(f.confidence) };
    const loc = f.location;
    if ('tag' in loc) properties.tag = loc.tag;
    if ('box' in loc && loc.box) properties.box = { ...loc.box };
    if (place.image) properties.image = toPosix(place.image);
    properties.clauses = f.clauses.map(clauseRef);
    // Why it fired: the named pattern (never evidence), so a reviewer of the upload can trace the finding.
    if (f.data) Object.assign(properties, f.data);
    const out: Record<string, unknown> = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: describe(f, place, options) },
      // a Word file's paragraph is a logical place in it: the file itself is a zip, with no lines to point at
      locations: [{ physicalLocation: physical, ...(place.paragraph ? { logicalLocations: [{ name: `paragraph ${place.paragraph}`, kind: 'element' }] } : {}) }],
    };
    const related: unknown[] = [];
    if (place.anchored && place.image) {
      related.push({ id: 1, physicalLocation: { artifactLocation: { uri: uri(place.image) } }, message: { text: 'the attached image' } });
    }
    // one result per post for a rule read once (ONE_PER_POST): its other cues as related locations, named, no evidence
    relatedPlaces(f, options).forEach((p, i) => {
      const at: Record<string, unknown> = { artifactLocation: { uri: uri(p.file) } };
      if (p.region) at.region = sarifRegion(p.region);
      const cue = f.related![i]!.data?.pattern;
      related.push({
        id: related.length + 1,
        physicalLocation: at,
        ...(p.paragraph ? { logicalLocations: [{ name: `paragraph ${p.paragraph}`, kind: 'element' }] } : {}),
        message: { text: `another cue of this finding${cue ? ` (${cue})` : ''}` },
      });
    });
    if (related.length) out.relatedLocations = related;
    out.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
    out.suppressions = f.suppressed
      ? [
          {
            kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external',
            status: 'accepted',
            ...(f.suppressed.justification ? { justification: f.suppressed.justification } : {}),
          },
        ]
      : [];
    out.properties = properties;
    return out;
  }

  const driver: Record<string, unknown> = { name: 'clearpost' };
  if (options.toolVersion) {
    driver.version = options.toolVersion;
    if (/^\d+\.\d+\.\d+/.test(options.toolVersion)) driver.semanticVersion = options.toolVersion;
  }
  if (options.informationUri) driver.informationUri = options.informationUri;
  driver.rules = driverRules;

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        // A file that could not be screened means the run did not do all it was asked (SARIF §3.20.14).
        invocations: [{ executionSuccessful: report.summary.unreadFiles === 0 && !tooMany, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results,
        properties: { context: report.summary.context, policies: [...report.summary.policies] },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
