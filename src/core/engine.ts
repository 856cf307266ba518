/**
 * The engine: inputs x detectors -> raw hits. Policy mapping, masking and fingerprints come after (src/core/screen.ts),
 * so the same hits serve every account context and every policy pack.
 */
import { analyze } from '../nlp/index.js';
import { keywordIndex } from './keywords.js';
import { normalizeText } from './normalize.js';
import type {
  AccountContext,
  Box,
  DetectContext,
  DetectorMeta,
  ImageDetector,
  Match,
  MetadataText,
  Profile,
  ProfileEntry,
  Severity,
  Source,
  TextDetector,
  TextInput,
} from './types.js';

/**
 * A detector hit before policy: where, what, how sure; the raw evidence is still unmasked.
 * Text and OCR hits carry offsets (OCR adds the words' box); metadata hits a tag; vision hits a box.
 */
export interface Hit {
  ruleId: string;
  source: Source;
  /** Offsets into the text the detector read (the file, the OCR text, or the metadata tag's value). */
  start?: number;
  end?: number;
  box?: Box;
  /** What hides the evidence where it is more than `box`: a name or number on a tag covers the tag's whole text block. */
  cover?: Box;
  tag?: string;
  confidence: number;
  message: string;
  /** The key of `message` in the detector's messages (text detectors' hits). */
  messageId?: string;
  /** From the detector's match: the packs' severity is capped at this (see Match.severityCap). */
  severityCap?: Severity;
  /** From an image detector's match: the packs' severity is raised to at least this (see ImageMatch.severityFloor). */
  severityFloor?: Severity;
  /** From an image detector's match: the profile entry the finding cites (see ImageMatch.profileEntry). */
  profileEntry?: ProfileEntry;
  /** `model` for the learned layer's hits; detectors' hits leave it out. */
  method?: 'model';
  /** The named pattern that produced the hit (Match.pattern; `model:<rule>` for the learned layer). */
  pattern?: string;
  /** The detector that produced the hit, when its id is not the hit's rule (a rule emitted on another's behalf). */
  detector?: string;
  /** Unmasked evidence: the span's text, a tag value, rounded-or-exact coordinates. */
  evidence: string;
  /** The evidence is the detector's description of what it saw (ImageDetector.describedCues): reports never mask it. */
  described?: true;
}

/** A hit from a text detector: offsets are always present. */
export type TextHit = Hit & { start: number; end: number };

export interface DetectOptions {
  context: AccountContext;
  profile: Profile;
  /** The text detectors to run: the engine never imports detectors, its caller hands them in (cli -> core <- detectors). */
  detectors: readonly TextDetector[];
  /**
   * Rule ids switched off (by config or packs, see Screener.skipFor): a detector none of whose rules is wanted does
   * not run at all, and hits of skipped rules are dropped.
   */
  skip?: ReadonlySet<string>;
}

/** The text detectors' options plus the image detectors, both handed in by the caller (Screener.detectOptions). */
export interface ImageDetectOptions extends DetectOptions {
  imageDetectors: readonly ImageDetector[];
}

/**
 * Render a detector's message template with `{placeholders}` from the match data. A messageId the detector does not
 * declare is a bug in the detector: it throws rather than fall back to another message.
 */
export function renderMessage(detector: DetectorMeta, match: Pick<Match, 'messageId' | 'data'>): string {
  const id = match.messageId ?? 'default';
  if (match.messageId !== undefined && !Object.hasOwn(detector.messages, id)) {
    throw new Error(`detector ${detector.id} used unknown messageId "${id}" (messages: ${Object.keys(detector.messages).join(', ')})`);
  }
  const template = detector.messages[id] ?? detector.title;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = match.data?.[key];
    return v === undefined ? whole : String(v);
  });
}

/**
 * The pattern name a hit carries: one of the detector's declared cues. A name the detector does not declare is a bug
 * in the detector (explain could not list it): it throws, as an undeclared messageId does.
 */
export function patternOf(detector: DetectorMeta, match: Pick<Match, 'pattern'>): { pattern?: string } {
  if (match.pattern === undefined) return {};
  if (!detector.cues?.some((c) => c.name === match.pattern)) {
    throw new Error(`detector ${detector.id} used undeclared pattern "${match.pattern}" (cues: ${(detector.cues ?? []).map((c) => c.name).join(', ')})`);
  }
  return { pattern: match.pattern };
}

/**
 * Screen a file's tagged text fields (a picture's caption, a Word file's comments and author fields) one at a time,
 * each located by its tag. The same text under two tags (EXIF, IPTC and XMP often repeat a caption) is screened
 * once, under its first tag.
 */
export function detectFields(fields: readonly MetadataText[], options: DetectOptions): TextHit[] {
  const hits: TextHit[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.text)) continue;
    seen.add(field.text);
    hits.push(...detectText({ text: field.text, source: 'metadata', tag: field.tag }, options));
  }
  return hits;
}

/**
 * Run text detectors over one input; overlapping hits of the same rule are merged into the most confident one.
 * Detectors read the normalised text (src/core/normalize.ts); hits point back into the original.
 */
export function detectText(original: TextInput, options: DetectOptions): TextHit[] {
  const { detectors } = options;
  const folded = normalizeText(original.text);
  const input: TextInput = folded.identity ? original : { ...original, text: folded.text };
  const index = keywordIndex(detectors);
  const reach = index.reach(input.text);
  let analysis: ReturnType<typeof analyze> | undefined;
  const ctx: DetectContext = {
    context: options.context,
    profile: options.profile,
    prepared: undefined,
    nlp: () => (analysis ??= analyze(input.text, reach.mayMatch)),
  };
  const hits: TextHit[] = [];
  for (const [i, detector] of detectors.entries()) {
    if (options.skip && skipped(detector, options.skip)) continue;
    if (!index.always[i] && !reach.detector(i) && !triggerPasses(detector, input.text)) continue;
    ctx.prepared = preparedFor(detector, options.profile);
    for (const match of detector.detect(input, ctx)) {
      const ruleId = match.ruleId ?? detector.id;
      if (ruleId !== detector.id && !detector.emits?.includes(ruleId)) {
        throw new Error(`detector ${detector.id} emitted undeclared rule ${ruleId}`);
      }
      if (options.skip?.has(ruleId)) continue;
      hits.push({
        ruleId,
        source: input.source,
        start: folded.start(match.start),
        end: folded.end(match.end),
        confidence: clamp01(match.confidence),
        message: renderMessage(detector, match),
        messageId: match.messageId ?? 'default',
        ...patternOf(detector, match),
        ...(ruleId !== detector.id ? { detector: detector.id } : {}),
        evidence: original.text.slice(folded.start(match.start), folded.end(match.end)),
        ...(match.severityCap ? { severityCap: match.severityCap } : {}),
        ...(input.tag ? { tag: input.tag } : {}),
      });
    }
  }
  return mergeOverlaps(hits);
}

/** Each profile's prepared data, keyed by the prepare function (detectors sharing one share its result). */
const preparations = new WeakMap<Profile, Map<NonNullable<DetectorMeta['prepare']>, unknown>>();

/**
 * What `detector.prepare(profile)` returns, computed once per profile (not per post) and memoised here: the one
 * per-profile cache, so detectors keep none. Undefined for a detector without `prepare`.
 */
export function preparedFor(detector: DetectorMeta, profile: Profile): unknown {
  const prepare = detector.prepare;
  if (!prepare) return undefined;
  let byFn = preparations.get(profile);
  if (!byFn) preparations.set(profile, (byFn = new Map()));
  if (!byFn.has(prepare)) byFn.set(prepare, prepare.call(detector, profile));
  return byFn.get(prepare);
}

/** True when every rule the detector can report is skipped. */
export function skipped(detector: DetectorMeta, skip: ReadonlySet<string>): boolean {
  return skip.has(detector.id) && (detector.emits ?? []).every((id) => skip.has(id));
}

/** The structural trigger, when the keywords (found in the one pass) did not reach the detector. */
function triggerPasses(detector: TextDetector, text: string): boolean {
  if (!detector.trigger) return false;
  detector.trigger.lastIndex = 0;
  return detector.trigger.test(text);
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/** Keep one hit per rule per overlapping region: the most confident, then the longest. */
export function mergeOverlaps<H extends TextHit>(hits: H[]): H[] {
  const sorted = [...hits].sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.start - b.start || b.end - a.end);
  const out: H[] = [];
  for (const hit of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.ruleId === hit.ruleId && hit.start < prev.end) {
      const better =
        hit.confidence > prev.confidence ||
        (hit.confidence === prev.confidence && hit.end - hit.start > prev.end - prev.start);
      if (better) out[out.length - 1] = hit;
      continue;
    }
    out.push(hit);
  }
  return out.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
}
