/**
 * Screening: detector hits -> findings. The policy packs and the account context decide each finding's severity
 * and the clauses it cites; evidence is masked here (unless asked otherwise) and fingerprinted.
 */
import type { PolicyPack } from '../policy/packs.js';
import { clausesFor, severityFor, uncitedClauses, uncoveredBy } from '../policy/map.js';
import { commentText, fileNameWords, markdownScreenText, pictureNameText } from '../inputs/markdown.js';
import { sameBox } from './boxes.js';
import type { Config } from './config.js';
import { aboutEmployee } from './employee.js';
import { detectFields, detectText, type Hit, type ImageDetectOptions, type TextHit } from './engine.js';
import { fingerprint } from './fingerprint.js';
import { LineIndex } from './locate.js';
import { maskFor } from './mask.js';
import { namesRosterMember, ONE_PER_POST, UNSUPPRESSIBLE } from './rules.js';
import {
  SEVERITY_RANK,
  type AccountContext,
  type Clause,
  type DetectorSet,
  type FileReport,
  type Finding,
  type Location,
  type MetadataText,
  type NotScreened,
  type Profile,
  type ProfileEntry,
  type Report,
  type Severity,
  type SeverityOrOff,
  type Summary,
} from './types.js';


export interface ScreenerOptions {
  config: Config;
  /** The detectors to run (src/detectors/index.ts's `registry`): core never imports them. */
  detectors: DetectorSet;
  packs: PolicyPack[];
  /** Default account context; a post's front matter may override it. */
  context: AccountContext;
  showEvidence?: boolean;
  /** The learned second opinion (src/model); absent in pure-regex mode (`--no-model`, `model: false`). */
  model?: SecondOpinion;
}

/** What the screener needs from the learned layer: hits for rules the detectors' hits lack. */
export interface SecondOpinion {
  /** Rules whose regex hits it reads as features: their detectors run even where the rules are switched off. */
  readonly cues?: readonly string[];
  opinion(text: string, hits: readonly TextHit[], options: { context: AccountContext; wants(ruleId: string): boolean }): Promise<TextHit[]>;
}

/** Where a finding in a picture's own file name is located (`{ tag: 'file-name' }`). */
export const FILE_NAME_TAG = 'file-name';

/** What a file name can leak: a person (roster, undercover, a handle) or a private detail; not the wording rules. */
const FILE_NAME_RULES = /^(?:id\/(?:coworker|undercover|department-moniker)|pii\/)/;

interface RulePolicy {
  severity: Severity;
  clauses: Clause[];
  /**
   * What the finding's message adds when a pack's clause sets its severity but is not cited for its subject and the
   * pack cites nothing else for it (policy/map.ts uncitedClauses: an employees' clause, no employee named).
   */
  note?: string;
  /** No selected pack maps the rule in any clause: its findings are info, with no clause (policy/map.ts uncoveredBy). */
  uncovered?: true;
}

/**
 * What an uncited finding's message adds: `no clause in takoma-park, which says: "no clause on home addresses";
 * reported as info`, each pack's own `uncovered:` reason quoted, never a clause it does not have.
 */
export function noClauseNote(gaps: readonly { policy: string; why: string }[]): string {
  const ids = gaps.map((g) => g.policy);
  const names = ids.length > 1 ? `${ids.slice(0, -1).join(', ')} or ${ids[ids.length - 1]}` : ids[0];
  const says = gaps.filter((g) => g.why).map((g) => (gaps.length > 1 ? `${g.policy}: "${g.why}"` : `"${g.why}"`));
  return `no clause in ${names}${says.length ? `, which ${gaps.length > 1 ? 'say' : 'says'} ${says.join('; ')}` : ''}; reported as info`;
}

/** The agency profile's entry as the clause a finding cites: `profile agency.sensitive_places`, quoting the entry's name. */
export function profileClause(entry: ProfileEntry): Clause {
  return {
    policy: 'profile',
    id: `agency.${entry.key}`,
    title: "A place the department's profile names sensitive",
    quote: `${entry.key}: - name: "${entry.name}"`,
  };
}

/** Screens texts (and, through the image screener, images) for one configuration and set of packs. */
export class Screener {
  private readonly policies = new Map<AccountContext, Map<string, RulePolicy | null>>();
  private readonly skips = new Map<AccountContext, ReadonlySet<string>>();

  constructor(readonly options: ScreenerOptions) {}

  get profile(): Profile {
    return this.options.config.profile;
  }

  /**
   * Severity and clauses for a rule in a context; null when the selected packs allow it there. A finding naming a
   * member of your roster is not cited under a clause about other agencies' staff (`unless: roster-member`); one about
   * an employee (src/core/employee.ts) is raised by a clause on employees' information (`employee: error`).
   */
  policyFor(ruleId: string, context: AccountContext, rosterMember = false, employee = false): RulePolicy | null {
    let byRule = this.policies.get(context);
    if (!byRule) this.policies.set(context, (byRule = new Map()));
    const key = `${ruleId}${rosterMember ? ' roster' : ''}${employee ? ' employee' : ''}`;
    let policy = byRule.get(key);
    if (policy === undefined) {
      const { packs, config } = this.options;
      const clauses = clausesFor(ruleId, packs, context, { rosterMember, employee });
      const uncited = uncitedClauses(ruleId, packs, context, { rosterMember, employee }).filter((u) => !clauses.some((c) => c.policy === u.policy));
      const note = uncited.length
        ? uncited.map((u) => `${u.policy} has no clause for it: ${u.id} is about employees and their families, and no employee is named beside it`).join('; ')
        : undefined;
      let severity: SeverityOrOff | undefined = severityFor(ruleId, packs, context, config.severity, { rosterMember, employee });
      if (UNSUPPRESSIBLE.has(ruleId)) severity = 'error';
      // a rule no selected pack maps at all is still looked for: its findings are info with no clause, the message
      // quoting why each pack leaves it out, so a run under one pack never reads "clean" where the pack does not
      // look (user test 30, U30-3); a clause turning the rule off for this account is the pack's reading and stays off
      const gaps = severity === 'off' && config.severity[ruleId] === undefined ? uncoveredBy(ruleId, packs) : [];
      if (gaps.length) {
        policy = { severity: 'info', clauses: [], note: noClauseNote(gaps), uncovered: true };
      } else {
        policy = severity && severity !== 'off' ? { severity, clauses, ...(note ? { note } : {}) } : null;
      }
      byRule.set(key, policy);
    }
    return policy;
  }

  /**
   * The rules switched off in a context (severity off in the config, or mapped by none of the selected packs there):
   * their detectors do not run. Rules the learned layer reads as features still run when it is on.
   */
  skipFor(context: AccountContext): ReadonlySet<string> {
    let skip = this.skips.get(context);
    if (!skip) {
      const { detectors, model } = this.options;
      const needed = new Set(model?.cues ?? []);
      const ids = [...detectors.text, ...detectors.image].flatMap((d) => [d.id, ...(d.emits ?? [])]);
      skip = new Set(ids.filter((id) => !needed.has(id) && this.policyFor(id, context) === null));
      this.skips.set(context, skip);
    }
    return skip;
  }

  /** What the engines need for one context: the profile, the detectors and the rules switched off there. */
  detectOptions(context: AccountContext): ImageDetectOptions {
    const { text, image } = this.options.detectors;
    return { context, profile: this.profile, detectors: text, imageDetectors: image, skip: this.skipFor(context) };
  }

  /** Screen the text of one file (a draft). Markdown image paths and HTML comments are not screened. */
  screenText(path: string, text: string, opts: { markdown?: boolean; context?: AccountContext } = {}): Finding[] {
    const context = opts.context ?? this.options.context;
    const screened = opts.markdown ? markdownScreenText(text) : text;
    const hits = detectText({ text: screened, source: 'text' }, this.detectOptions(context));
    return this.toFindings(path, hits, context, new LineIndex(text), aboutEmployee(screened, hits));
  }

  /** `screenText` plus the learned layer's second opinion, when the screener has one. */
  async screenTextWithModel(path: string, text: string, opts: { markdown?: boolean; context?: AccountContext } = {}): Promise<Finding[]> {
    const context = opts.context ?? this.options.context;
    const screened = opts.markdown ? markdownScreenText(text) : text;
    const hits: Hit[] = detectText({ text: screened, source: 'text' }, this.detectOptions(context));
    if (this.options.model) {
      const wants = (ruleId: string) => this.policyFor(ruleId, context) !== null;
      hits.push(...(await this.options.model.opinion(screened, hits as TextHit[], { context, wants })));
    }
    return this.toFindings(path, hits, context, new LineIndex(text), aboutEmployee(screened, hits));
  }

  /**
   * The file names of the pictures a Markdown draft links (`![](ortega-at-the-raid.jpg)`), read for the rules that
   * name people or private details (NAME_RULES): a roster or undercover member's name there is published with the
   * picture. Findings point at the name in the draft and say it is a file name.
   */
  screenPictureNames(path: string, text: string, context: AccountContext = this.options.context): Finding[] {
    const words = pictureNameText(text);
    if (!words.trim()) return [];
    // read twice: words split at every separator ("luis_ortega"), and handles kept whole ("dana_k-bbq")
    const hits = this.nameHits([words, pictureNameText(text, { keepUnderscores: true })], context, 'in the file name of a picture the draft links');
    return this.toFindings(path, hits, context, new LineIndex(text));
  }

  /**
   * The HTML comments of a Markdown draft (`<!-- note to self: Carla's cell is 608-555-0199 -->`), read for the rules
   * that name people or private details: hidden when rendered, published when the source is pasted (sanitize leaves
   * them out of the copy). Findings point at the words in the draft and say they are in a comment.
   */
  screenComments(path: string, text: string, context: AccountContext = this.options.context): Finding[] {
    const words = commentText(text);
    if (!words.trim()) return [];
    const hits = this.nameHits([words], context, 'in an HTML comment: hidden when rendered, published with the source');
    return this.toFindings(path, hits, context, new LineIndex(text));
  }

  /**
   * A picture's own file name (`carla-vandeventer-608-555-0199.jpg`), read as screenPictureNames reads a linked one,
   * for a picture no inline link names: a loose image, a folder bundle's picture, one a reference definition or the
   * front matter attaches; or, with `draft`, a draft's own name (`award-carla-vandeventer.md`), which travels with
   * the file when it is shared or committed. Findings are located by the tag `file-name`.
   */
  screenFileName(path: string, name: string, context: AccountContext = this.options.context, draft = false): Finding[] {
    const texts = [fileNameWords(name), fileNameWords(name, { keepUnderscores: true })];
    const where = draft ? "in the draft's file name, which travels with the file when it is shared or committed" : "in the picture's file name";
    const hits = this.nameHits(texts, context, where).map((h) => ({ ...h, source: 'metadata' as const, tag: FILE_NAME_TAG }));
    return this.toFindings(path, hits, context);
  }

  /** The name rules' hits in the readings of a file name, each once, the message saying where they were. */
  private nameHits(readings: readonly string[], context: AccountContext, where: string): Hit[] {
    const seen = new Set<string>();
    return readings
      .filter((r) => r.trim())
      .flatMap((names) => detectText({ text: names, source: 'text' }, this.detectOptions(context)))
      .filter((h) => FILE_NAME_RULES.test(h.ruleId) && !seen.has(`${h.ruleId} ${h.start}`) && seen.add(`${h.ruleId} ${h.start}`))
      .map((h) => ({ ...h, message: `${h.message.replace(/\.$/, '')} (${where}).` }));
  }

  /**
   * Screen text a file carries besides its body (a Word file's headers, tracked deletions, comments, author fields),
   * one tagged field at a time, as a picture's caption is: the findings are located by their tag.
   */
  screenMetadata(path: string, fields: readonly MetadataText[], context: AccountContext = this.options.context): Finding[] {
    return this.toFindings(path, detectFields(fields, this.detectOptions(context)), context);
  }

  /**
   * Turn hits into findings for a file. `lines` locates text hits; OCR and metadata hits are located in their own
   * text (line/column within the OCR text), so they carry their box or tag as well. `employee`: the hits about an
   * employee (aboutEmployee), which clauses with an `employee` severity raise.
   */
  toFindings(file: string, hits: Hit[], context: AccountContext, lines?: LineIndex, employee: ReadonlySet<Hit> = new Set()): Finding[] {
    const findings: Finding[] = [];
    // A finding over the same words as an undercover reference (id/coworker on the name) is masked as that one is:
    // its initials and word lengths would say whom the other one hides (user test 25, P3-3).
    const undercover = new UndercoverSpans(hits.filter((h) => h.ruleId === 'id/undercover'));
    // a draft repeating one name thousands of times hashes each rule's evidence once (user test 30, U30-5)
    const prints = new Map<string, string>();
    const printOf = (hit: Hit) => {
      const key = `${hit.ruleId}\u0000${hit.evidence}`;
      let print = prints.get(key);
      if (print === undefined) prints.set(key, (print = fingerprint(hit.ruleId, hit.evidence, this.options.config.fingerprintKey)));
      return print;
    };
    for (const hit of hits) {
      const policy = this.policyFor(hit.ruleId, context, namesRosterMember(hit.ruleId, hit.messageId), employee.has(hit));
      if (!policy) continue;
      const capped = hit.severityCap && SEVERITY_RANK[hit.severityCap] < SEVERITY_RANK[policy.severity];
      const raised = hit.severityFloor && SEVERITY_RANK[hit.severityFloor] > SEVERITY_RANK[policy.severity];
      const overUndercover = hit.ruleId !== 'id/undercover' && undercover.overlaps(hit);
      // a profile entry the hit stands on (a sensitive place) is cited first; where no pack has a clause for the rule
      // it is the only source, and the message says nothing of packs having none (user test 30, U30-9)
      const own = hit.profileEntry ? [profileClause(hit.profileEntry)] : [];
      const note = own.length && !policy.clauses.length ? undefined : policy.note;
      findings.push({
        ruleId: hit.ruleId,
        severity: capped ? hit.severityCap! : raised ? hit.severityFloor! : policy.severity,
        confidence: Math.round(hit.confidence * 100) / 100,
        message: note ? `${hit.message.replace(/\.$/, '')} (${note}).` : hit.message,
        file,
        source: hit.source,
        location: locationOf(hit, lines),
        evidence: this.options.showEvidence || (hit.described && !overUndercover)
          ? hit.evidence
          : maskFor(overUndercover ? [hit.ruleId, 'id/undercover'] : hit.ruleId, hit.evidence),
        clauses: [...own, ...policy.clauses],
        fingerprint: printOf(hit),
        ...(hit.method ? { method: hit.method } : {}),
        ...(hit.pattern ? { data: { pattern: hit.pattern, ...(hit.detector ? { detector: hit.detector } : {}) } } : {}),
      });
    }
    return onePerPost(findings);
  }
}

/**
 * The findings of a rule read once per post (ONE_PER_POST) folded into one per source (the draft's text, a picture's
 * words, its metadata): the first in reading order keeps its
 * place in the list, takes the worst severity and the highest confidence of them all, and lists the others as its
 * `related` spans (the same words found twice are one span).
 */
export function onePerPost(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.ruleId} ${f.source}`;
    if (ONE_PER_POST.has(f.ruleId)) groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  if (![...groups.values()].some((g) => g.length > 1)) return [...findings];
  const at = (f: Finding) => {
    const loc = f.location as { start?: number; tag?: string };
    return [loc.tag ?? '', loc.start ?? 0] as const;
  };
  const order = (a: Finding, b: Finding) => {
    const [ta, sa] = at(a);
    const [tb, sb] = at(b);
    return ta < tb ? -1 : ta > tb ? 1 : sa - sb;
  };
  const folded = new Map<Finding, Finding | null>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = [...group].sort(order);
    const seen = new Set([JSON.stringify(first.location)]);
    const related = rest
      .filter((f) => !seen.has(JSON.stringify(f.location)) && seen.add(JSON.stringify(f.location)))
      .map((f) => ({ location: f.location, evidence: f.evidence, fingerprint: f.fingerprint, ...(f.data ? { data: f.data } : {}) }));
    const severity = group.reduce((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), first.severity);
    const confidence = Math.max(...group.map((f) => f.confidence));
    const one: Finding = { ...first, severity, confidence, ...(related.length ? { related } : {}) };
    for (const f of group) folded.set(f, null);
    folded.set(group[0], one);
  }
  return findings.flatMap((f) => {
    const g = folded.get(f);
    return g === undefined ? [f] : g === null ? [] : [g];
  });
}

/**
 * Two hits over some of the same characters of the same text (a picture's OCR text, a tag's value, the draft); a hit
 * on a whole tag (`image/people-tags` on XMP PersonInImage) overlaps any hit in that tag (user test 27, U3-11).
 */
function overlaps(a: Hit, b: Hit): boolean {
  if (a.start === undefined || a.end === undefined || b.start === undefined || b.end === undefined) {
    // one tag may name several face regions: only the same region's
    return a.tag !== undefined && (!a.box || !b.box || sameBox(a.box, b.box));
  }
  return a.start < b.end && b.start < a.end;
}

/**
 * The undercover hits of one screening, asked "does this hit overlap one of them?" (`overlaps`) for every other hit:
 * spans are looked up by binary search, so a draft repeating an undercover name thousands of times is not screened
 * in quadratic time (user test 30, U30-5: 8 of a 1 MB draft's 33 s went to that question).
 */
class UndercoverSpans {
  /** Per source and tag: the hits with a span by start, the running maximum of their ends, and the rest. */
  private readonly groups = new Map<string, { spans: Hit[]; maxEnd: number[]; others: Hit[] }>();

  constructor(undercover: readonly Hit[]) {
    for (const u of undercover) {
      const key = groupKey(u);
      let g = this.groups.get(key);
      if (!g) this.groups.set(key, (g = { spans: [], maxEnd: [], others: [] }));
      (hasSpan(u) ? g.spans : g.others).push(u);
    }
    for (const g of this.groups.values()) {
      g.spans.sort((a, b) => a.start! - b.start!);
      let max = -Infinity;
      g.maxEnd = g.spans.map((u) => (max = Math.max(max, u.end!)));
    }
  }

  overlaps(hit: Hit): boolean {
    const g = this.groups.get(groupKey(hit));
    if (!g) return false;
    if (g.others.some((u) => overlaps(u, hit))) return true;
    if (!hasSpan(hit)) return g.spans.some((u) => overlaps(u, hit));
    // the spans starting before the hit ends: one of them overlaps it when the furthest end among them passes its start
    let lo = 0;
    let hi = g.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (g.spans[mid].start! < hit.end!) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && g.maxEnd[lo - 1] > hit.start!;
  }
}

const groupKey = (h: Hit) => `${h.source}\u0000${h.tag ?? '\u0001'}`;
const hasSpan = (h: Hit) => h.start !== undefined && h.end !== undefined;

function locationOf(hit: Hit, lines: LineIndex | undefined): Location {
  if (hit.tag !== undefined) {
    return {
      tag: hit.tag,
      ...(hit.start !== undefined ? { start: hit.start, end: hit.end } : {}),
      ...(hit.box ? { box: hit.box } : {}),
    };
  }
  if (hit.start !== undefined && hit.end !== undefined) {
    const pos = hit.source === 'text' && lines ? lines.position(hit.start) : { line: 1, column: hit.start + 1 };
    return {
      start: hit.start,
      end: hit.end,
      line: pos.line,
      column: pos.column,
      ...(hit.box ? { box: hit.box } : {}),
      ...(hit.cover ? { cover: hit.cover } : {}),
    };
  }
  return { box: hit.box ?? { x: 0, y: 0, width: 0, height: 0 } };
}

/** What a summary says about the run besides the counts. */
export interface RunInfo {
  context: AccountContext;
  policies: string[];
  /** The agency profile's path; null or absent when there is none. */
  profile?: string | null;
  /** Files passed over because their type is not read. */
  unsupported?: readonly string[];
  /** False when pictures were screened without reading their text (`--no-ocr`): the summary says so. */
  ocr?: boolean;
  /** The run is sanitize's: a picture's text not read is not covered in its copy either. */
  sanitizing?: boolean;
  /** What the run met and did not screen besides (symbolic links), one summary line each. */
  skipped?: readonly NotScreened[];
  /** Rules no selected pack cites (not reported): said once when the run could have found them. */
  rulesOff?: readonly string[];
  /** Rules the packs cite but turn off for this run's account (not reported): said once, as rulesOff. */
  rulesOffAccount?: readonly string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a run did not screen, counted from its files and what it was told (see NotScreened). */
function notScreened(files: readonly FileReport[], info: RunInfo): NotScreened[] {
  const out: NotScreened[] = [];
  const remote = files.reduce((n, f) => n + (f.remotePictures ?? 0), 0);
  if (remote) {
    out.push({ kind: 'remote-picture', count: remote, message: `${plural(remote, 'remote picture')} not screened (clearpost does not download: save ${remote === 1 ? 'it' : 'them'} next to the draft and link ${remote === 1 ? 'it' : 'them'} there)` });
  }
  const templated = files.reduce((n, f) => n + (f.templatedPictures ?? 0), 0);
  if (templated) {
    out.push({ kind: 'template-picture', count: templated, message: `${plural(templated, 'picture')} named through a template expression not screened (clearpost does not build the site: write ${templated === 1 ? 'it' : 'them'} as a path from the site's root)` });
  }
  const clips = files.reduce((n, f) => n + (f.mediaClips ?? 0), 0);
  if (clips) {
    out.push({ kind: 'media-clip', count: clips, message: `${plural(clips, 'video or audio clip')} not screened (clearpost reads no video or audio: watch and listen to ${clips === 1 ? 'it' : 'them'} before posting)` });
  }
  const pages = files.reduce((n, f) => n + (f.pagesNotScreened ?? 0), 0);
  if (pages) {
    out.push({ kind: 'page', count: pages, message: `${plural(pages, 'page or frame', 'pages or frames')} of multi-page pictures not screened (past --max-pages, or the frames of an image sequence; the notes say which)` });
  }
  const pictures = info.ocr === false ? files.reduce((n, f) => n + (f.kind === 'image' ? 1 : (f.attachments?.length ?? 0)), 0) : 0;
  if (pictures) {
    out.push({ kind: 'picture-text', count: pictures, message: `text in ${plural(pictures, 'picture')} not read (--no-ocr): words, numbers and names shown in ${pictures === 1 ? 'it were' : 'them were'} not screened${info.sanitizing ? ' nor covered in the copy' : ''}` });
  }
  out.push(...(info.skipped ?? []));
  // rules the chosen packs leave out are still looked for, and what they find is listed as info with no clause: the
  // line names them and counts what was found (user test 27, U1-7; user test 30, U30-3); a picture rule is named
  // only when the run had a picture
  const hadPictures = files.some((f) => f.kind === 'image' || f.attachments?.length);
  const off = (info.rulesOff ?? []).filter((r) => hadPictures || !r.startsWith('image/'));
  if (off.length) {
    const found = new Map<string, number>();
    for (const f of files.flatMap((file) => file.findings)) {
      if (!f.suppressed && !f.clauses.length && off.includes(f.ruleId)) found.set(f.ruleId, (found.get(f.ruleId) ?? 0) + 1);
    }
    const n = [...found.values()].reduce((a, b) => a + b, 0);
    const what = n
      ? `${plural(n, 'finding')} of ${off.length === 1 ? 'it' : 'them'} listed as info, with no clause (${[...found].map(([r, k]) => `${r} ×${k}`).join(', ')})`
      : 'looked for anyway, none found';
    const message = `no selected pack cites ${off.join(', ')}: ${what} (\`clearpost rules\` lists the packs' rules; --policy adds a pack)`;
    out.push({ kind: 'rules-off', count: off.length, rules: [...off], ...(n ? { found: Object.fromEntries(found) } : {}), message });
  }
  const offHere = (info.rulesOffAccount ?? []).filter((r) => hadPictures || !r.startsWith('image/'));
  if (offHere.length) {
    const them = offHere.length === 1 ? 'it' : 'them';
    const message = `not reported on the ${info.context} account, as the selected packs turn ${them} off there: ${offHere.join(', ')} (\`clearpost rules\` shows each clause; --policy adds a pack)`;
    out.push({ kind: 'rules-off-account', count: offHere.length, rules: [...offHere], message });
  }
  return out;
}

/** `.pdf`, `.pages`; `(no extension)` for a bare name. */
function extensionOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '(no extension)';
}

/** Count what a report holds; suppressed findings are not counted. */
export function summarize(files: FileReport[], info: RunInfo): Summary {
  const summary: Summary = {
    files: files.length,
    filesWithFindings: 0,
    unreadFiles: 0,
    findings: 0,
    bySeverity: { error: 0, warning: 0, info: 0 },
    byRule: {},
    suppressed: 0,
    problems: 0,
    context: info.context,
    policies: info.policies,
    profile: info.profile ?? null,
    unsupported: {
      files: info.unsupported?.length ?? 0,
      types: [...new Set((info.unsupported ?? []).map(extensionOf))].sort(),
      paths: [...(info.unsupported ?? [])],
    },
  };
  const missed = notScreened(files, info);
  if (missed.length) summary.notScreened = missed;
  for (const file of files) {
    if (file.error) summary.unreadFiles++;
    // a draft skipped as binary (no picture of it screened either) was not screened: never under a clean tick
    if (file.kind === 'empty' || (file.kind === 'binary' && !file.attachments?.length)) summary.emptyFiles = (summary.emptyFiles ?? 0) + 1;
    summary.problems += file.problems?.length ?? 0;
    summary.suppressed += file.findings.filter((f) => f.suppressed).length;
    const active = file.findings.filter((f) => !f.suppressed);
    if (active.length) summary.filesWithFindings++;
    for (const f of active) {
      summary.findings++;
      summary.bySeverity[f.severity]++;
      summary.byRule[f.ruleId] = (summary.byRule[f.ruleId] ?? 0) + 1;
    }
  }
  return summary;
}

/**
 * A report over `files`: each file's findings in reading order (the draft's by position, then each attachment's), and
 * the summary counted from them.
 */
export function buildReport(files: FileReport[], info: RunInfo): Report {
  const sorted = files.map((f) => ({ ...f, findings: sortFindings(f.findings) }));
  return { files: sorted, summary: summarize(sorted, info) };
}

/** The same run's report over other (filtered, suppressed) files. */
export function withFiles(report: Report, files: FileReport[]): Report {
  const { context, policies, profile, unsupported, notScreened: missed } = report.summary;
  const skipped = missed?.filter((n) => n.kind === 'symlink');
  const rulesOff = missed?.find((n) => n.kind === 'rules-off')?.rules;
  const rulesOffAccount = missed?.find((n) => n.kind === 'rules-off-account')?.rules;
  const ocr = missed?.some((n) => n.kind === 'picture-text') ? false : undefined;
  const sanitizing = missed?.some((n) => n.kind === 'picture-text' && n.message.includes('copy')) || undefined;
  return buildReport(files, { context, policies, profile, unsupported: unsupported.paths, ...(skipped?.length ? { skipped } : {}), ...(rulesOff ? { rulesOff } : {}), ...(rulesOffAccount ? { rulesOffAccount } : {}), ...(ocr === false ? { ocr } : {}), ...(sanitizing ? { sanitizing } : {}) });
}

const SOURCE_ORDER: Record<string, number> = { text: 0, metadata: 1, ocr: 2, vision: 3 };

/**
 * The draft's findings by line and column, then each attachment's (metadata, then text read in the picture by line,
 * then regions top to bottom); ties keep detector order (stable sort).
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const attachments = [...new Set(findings.map((f) => f.attachment ?? ''))];
  const key = (f: Finding): number[] => {
    const loc = f.location as { line?: number; column?: number; box?: { y: number; x: number } };
    return [attachments.indexOf(f.attachment ?? ''), SOURCE_ORDER[f.source] ?? 9, loc.line ?? loc.box?.y ?? 0, loc.column ?? loc.box?.x ?? 0];
  };
  return findings
    .map((f) => ({ f, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.k[3] - b.k[3])
    .map(({ f }) => f);
}

/** Does any unsuppressed finding (or a directive problem, which counts as a warning) reach the threshold? */
export function reachesThreshold(report: Report, threshold: Severity | 'never'): boolean {
  if (threshold === 'never') return false;
  const min = SEVERITY_RANK[threshold];
  if (report.summary.problems > 0 && SEVERITY_RANK.warning >= min) return true;
  return report.files.some((f) => f.findings.some((x) => !x.suppressed && SEVERITY_RANK[x.severity] >= min));
}
