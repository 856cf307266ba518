/**
 * The shapes every part of clearpost shares: inputs, detector contracts, findings and the report.
 * Detectors see only these types; files, consoles and colours stay in src/inputs, src/cli and src/report.
 */
import type { TextAnalysis } from '../nlp/index.js';

export type Severity = 'error' | 'warning' | 'info';
/** A clause's severity for a rule; `off` means the clause allows it in that context. */
export type SeverityOrOff = Severity | 'off';
export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** Which account the post goes to: an officer's own, or the department's. */
export type AccountContext = 'personal' | 'official';
export const ACCOUNT_CONTEXTS: readonly AccountContext[] = ['personal', 'official'];

export type Source = 'text' | 'ocr' | 'metadata' | 'vision';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text and OCR findings: UTF-16 offsets into the file (or OCR text), end exclusive. OCR adds the words' pixel box. */
export interface TextLocation {
  start: number;
  end: number;
  line: number;
  column: number;
  box?: Box;
  /** A picture's region that hides the evidence where it is more than `box` (a name tag's whole text block). */
  cover?: Box;
}
/** A region of the picture (auto-oriented pixels). */
export interface BoxLocation {
  box: Box;
}
/** A metadata tag (`GPSLatitude`, `XMP:PersonInImage`); offsets when the finding is inside the tag's text. */
export interface TagLocation {
  tag: string;
  start?: number;
  end?: number;
  box?: Box;
}
export type Location = TextLocation | BoxLocation | TagLocation;

export interface RosterMember {
  name: string;
  rank?: string;
  handles: string[];
  consent: boolean;
  undercover: boolean;
  /**
   * The surname is also an ordinary word ("Hale" in "hale and hearty"): alone it names the member only written as a
   * name and with a rank or police work around it, as for the surnames clearpost knows are words.
   */
  surname_is_word?: boolean;
  /**
   * Other writings of the member's name, each read as the full name is: another script ("Волков"), a transliteration,
   * a nickname ("Dima"). Matched as written (accents and case aside), so an inflected form is an alias of its own.
   */
  aliases?: string[];
  /** Enrolled face photos (image matching); resolved relative to the config file. */
  photos: string[];
}

export interface SensitivePlace {
  name: string;
  lat: number;
  lon: number;
  radius_m: number;
  /**
   * How grave a photo taken inside it is (`severity: error` in the profile): at least this whatever the packs give
   * image/gps in the account's context; `warning` when unset (user test 29, U29-34: a safe house was an info).
   */
  severity?: 'error' | 'warning';
}

export interface AgencyProfile {
  names: string[];
  /** Fragments that identify the department or a command inside a handle (`rpd`, `pct`). */
  identifiers: string[];
  official_accounts: string[];
  email_domains: string[];
  phone_numbers: string[];
  /** The agency's own street addresses (headquarters, stations): never personal information (user test 29, U29-15). */
  addresses?: string[];
  sensitive_places: SensitivePlace[];
  /**
   * The agency's country (ISO 3166 alpha-2, `US` when unset): phone numbers written in national form ("(08) 7306
   * 1098") are read in this region first.
   */
  region?: string;
}

/** The agency profile detectors consult: who the department is and who works there. */
export interface Profile {
  agency: AgencyProfile;
  roster: RosterMember[];
}

/** What a text detector reads: the post, OCR text, or the text of one metadata tag. */
export interface TextInput {
  text: string;
  source: 'text' | 'ocr' | 'metadata';
  /** The metadata tag this text came from. */
  tag?: string;
}

/**
 * Everything a detector may consult besides the input. Pure data: no fs, no console. `P` is what the detector's
 * `prepare(profile)` returned.
 */
export interface DetectContext<P = unknown> {
  context: AccountContext;
  profile: Profile;
  /**
   * The result of the detector's `prepare(profile)` (its per-profile compiled patterns), computed once per profile by
   * the engine; undefined for a detector without `prepare`.
   */
  prepared: P;
  /** Lazily built NLP view of the input text (compromise runs only when a detector asks). */
  nlp(): TextAnalysis;
}

/**
 * False only when `pattern` is known not to match `text`: the engine's keyword pass found none of the literals one of
 * which its every match contains (src/core/keywords.ts, TextReach.mayMatch; the post's analysis carries it).
 */
export type PatternReach = (pattern: RegExp, text: string) => boolean;

/** One hit from a text detector. */
export interface Match {
  /** Defaults to the detector's id; a detector may emit another rule it declares in `emits`. */
  ruleId?: string;
  start: number;
  end: number;
  confidence: number;
  /** Key into the detector's `messages`; defaults to `default`. */
  messageId?: string;
  /** Values for `{placeholders}` in the message. Never put evidence text here. */
  data?: Record<string, string | number>;
  /**
   * The name of the cue (a row of the detector's table, one of its declared `cues`) that produced the hit; the engine
   * copies it to the finding (`data.pattern`) so a reviewer can see why something fired.
   */
  pattern?: string;
  /**
   * The detector's own evidence that this hit is milder than the rule usually is (an address beside a public venue):
   * the severity the packs give is capped at this.
   */
  severityCap?: Severity;
}

/**
 * A true or false positive that ships with its detector and is run by the rule tester (test/helpers/rule-tester.ts).
 * A true positive may say what it must produce: `span`, the exact text of a hit, and `messageId`, that hit's message.
 */
export type Example =
  | string
  | { text: string; context?: AccountContext; source?: TextInput['source']; span?: string; messageId?: string };

/** A named pattern (cue) a detector declares: hits name it in `Match.pattern`; `clearpost explain` lists them. */
export interface CueInfo {
  name: string;
  /** One line: what the cue reads ("a number of drinks: '12 beers deep'"). */
  description: string;
  /** Phrasings it fires on: the rule tester checks each gets a hit named after it. */
  examples?: readonly string[];
}

export interface DetectorMeta<P = unknown> {
  /** Rule id; also the file path under src/detectors (`pii/address` -> detectors/pii/address.ts). */
  id: string;
  title: string;
  /** What it looks for, in a sentence or two (shown by `clearpost explain`). */
  description: string;
  /** Message templates keyed by message id; `default` is required. `{name}` placeholders come from Match.data. */
  messages: Record<string, string>;
  /** Other rule ids this detector may emit. */
  emits?: string[];
  /** The named patterns its hits may carry (`Match.pattern`); a name not declared here throws at run time. */
  cues?: readonly CueInfo[];
  examples: { tp: Example[]; fp: Example[] };
  /**
   * Per-profile work (patterns built from the agency's names, the roster's names), run by the engine once per profile
   * and memoised there (detectors keep no caches of their own); its result reaches detect() as `ctx.prepared`.
   * Detectors that share one prepare function share one result per profile.
   */
  prepare?(profile: Profile): P;
}

export interface TextDetector<P = unknown> extends DetectorMeta<P> {
  kind: 'text';
  /** Every text detector names what fires (`Match.pattern`); explain lists these. */
  cues: readonly CueInfo[];
  /**
   * Literal words (any case) that make the text worth reading, generated from the detector's own word lists. The
   * engine finds every detector's keywords in one pass (src/core/keywords.ts).
   */
  keywords?: readonly string[];
  /**
   * Fixed regexes such that every finding needs one of them to match the text (a cue, or the gate a cue waits for).
   * The prefilter keywords are generated from them (the literals
   * one of which each match must contain, src/core/regex-literals.ts), and the keyword test reaches the detector
   * through every alternative of every list in them. A pattern with no such literal needs the `trigger`.
   */
  patterns?: readonly RegExp[];
  /**
   * Cheap structural pre-filter for what is not a word (digit runs, `@`, `#12`). `detect` runs when the keywords or
   * the trigger match; a detector with neither always runs, and so does one with a pattern no keyword covers and no
   * trigger.
   */
  trigger?: RegExp;
  detect(input: TextInput, ctx: DetectContext<P>): Match[];
}

/** A hit in an image that is not tied to text offsets (metadata tags, regions of the picture). */
export interface ImageMatch {
  ruleId?: string;
  source: 'metadata' | 'vision' | 'ocr';
  location: BoxLocation | TagLocation | TextLocation;
  confidence: number;
  /** The raw evidence (a tag value, a name, coordinates); masked by the engine unless --show-evidence. */
  evidence: string;
  messageId?: string;
  data?: Record<string, string | number>;
  /** As Match.pattern: the declared cue that produced the hit (one of the detector's `cues`; every image hit names one). */
  pattern: string;
  /** As Match.severityCap: the packs' severity is capped at this. */
  severityCap?: Severity;
  /**
   * The detector's own evidence that this hit is graver than the rule usually is (a photo taken inside a place the
   * agency profile names sensitive): the severity the packs give is raised to at least this, where a pack cites the
   * rule in the context.
   */
  severityFloor?: Severity;
  /**
   * The agency profile's entry that makes this hit a finding of its own (`sensitive_places: Vice unit safe house`): it
   * is cited as the finding's first source, and the one where no selected pack has a clause for the rule (user test 30,
   * U30-9), never a pack clause the packs do not have.
   */
  profileEntry?: ProfileEntry;
}

/** An agency profile entry a finding cites (ImageMatch.profileEntry): its key and the entry's name. */
export interface ProfileEntry {
  key: 'sensitive_places';
  name: string;
}

/** A detector over a whole image: its metadata tags, OCR words, faces and picture cues. */
export interface ImageDetector<P = unknown> extends DetectorMeta<P> {
  kind: 'image';
  /** Every image detector names what fires (`ImageMatch.pattern`: light-bar, tape-band, chest-badge...); explain lists these. */
  cues: readonly CueInfo[];
  /**
   * The cues whose hits' evidence is the detector's own words for what it saw in the picture ("face at 387,109 170x170",
   * "badge on a uniform shirt", "yellow band, 12°"), never text read from the picture, a tag's value or a name: reports
   * show that evidence as it is, since masking it hides nothing and reads as noise. Only `vision` hits qualify; a cue
   * whose evidence may hold read text (lettering on a person or a vehicle, a roster face's name) is not listed.
   */
  describedCues?: readonly string[];
  detectImage(image: ImageAnalysisInput, ctx: ImageDetectContext<P>): ImageMatch[];
}
/** An image detector's context: the text detectors' without the text analysis. */
export type ImageDetectContext<P = unknown> = Omit<DetectContext<P>, 'nlp'>;
export type Detector = TextDetector | ImageDetector;

/** The detectors a run uses, handed to the engine by its caller (src/detectors/index.ts's `registry`). */
export interface DetectorSet {
  text: readonly TextDetector[];
  image: readonly ImageDetector[];
}

/**
 * What the image pipeline hands to image detectors. Built in src/inputs/image.ts; detectors never touch pixels
 * or files themselves.
 */
export interface ImageAnalysisInput {
  path: string;
  width: number;
  height: number;
  format?: string;
  /** Metadata as exifr returned it, flattened (`GPSLatitude`, `PersonInImage`, `RegionInfo`...). */
  tags: Record<string, unknown>;
  ocr?: OcrResult;
  faces?: FaceHit[];
  /** Picture-level cues (colour bands of tape, markers...) measured by the vision step. */
  cues?: VisionCue[];
  /** EXIF orientation (1-8) the pixels were auto-oriented with; boxes are in the oriented frame. */
  orientation?: number;
  /** Facts read out of the metadata by src/inputs/metadata.ts (detectors need not re-parse `tags`). */
  meta?: ImageMetadataFacts;
  /** Pages or frames the file holds when more than one: only the first was screened. */
  frames?: number;
}

/** A metadata field whose value is prose (caption, keywords, comment): text detectors run over it. */
export interface MetadataText {
  /** Tag path, `Group:Name` (`IPTC:Caption`, `XMP-dc:description`, `File:Comment`). */
  tag: string;
  text: string;
}

/** A person named in the file's metadata (face region, PersonInImage, people keyword). */
export interface TaggedPerson {
  name: string;
  tag: string;
  /** The region, mapped to pixels of the auto-oriented image, when the tag had one. */
  box?: Box;
}

/** What src/inputs/metadata.ts extracts, in the shapes image detectors consume. */
export interface ImageMetadataFacts {
  gps?: { lat: number; lon: number; tag: string; altitude?: number };
  people: TaggedPerson[];
  /** Photographer/owner/serial fields: `{tag, value}`. */
  identity: { tag: string; value: string }[];
  /** An embedded preview image (EXIF IFD1 thumbnail, Photoshop/XMP preview). */
  thumbnail?: { tag: string; bytes: number; width?: number; height?: number };
  texts: MetadataText[];
}

/** An identity field that holds a camera's or lens's serial number (`ExifIFD:BodySerialNumber`), not a person's name. */
export function isSerialField(tag: string): boolean {
  return /SerialNumber$/.test(tag);
}

export interface OcrWord {
  text: string;
  /** Offsets of the word in OcrResult.text. */
  start: number;
  end: number;
  box: Box;
  confidence: number;
}
export interface OcrResult {
  text: string;
  words: OcrWord[];
}
export interface FaceHit {
  box: Box;
  confidence: number;
  /** Roster name when a face matched an enrolled photo. */
  match?: string;
  similarity?: number;
}
/**
 * Kinds in use: `tape` (a long yellow band), `evidence-marker` (small yellow numbered tent/card, two or more; `marker:lone` for one),
 * `suit:forensic` (a person in a white hooded coverall), `object:<label>`
 * (a COCO object from the detector: `object:car`, `object:person`), `person:portrait` (a person placed below a large face
 * the detector gave no body, read by image/uniform only), `person-lying` (a person box much wider than tall),
 * `light-bar` (red and blue lenses side by side on a vehicle's roof line), `livery:battenburg` (yellow and blue blocks
 * alternating along a vehicle's body).
 */
export interface VisionCue {
  kind: string;
  box?: Box;
  confidence: number;
  detail?: string;
  /** Evidence marker: the height of the tallest dark glyph inside the card, as a share of the card's height (its numeral). */
  glyph?: number;
  /** Tape: the band's angle in degrees (x axis towards y axis) and its thickness in pixels of `box`'s frame. */
  angle?: number;
  thickness?: number;
  /**
   * Yellow cues read under a colour cast: the channel gains (R, G, B) that removed it (sodium street light at night);
   * `dull`: a tape band whose yellow is faded, dirty or dimly lit (read with a looser colour test, stricter shape).
   */
  balance?: [number, number, number];
  dull?: boolean;
  /** A covered body: how far its top edge strays from a straight line, over its height (a flat blanket near 0). */
  lumps?: number;
  /** A plain yellow band: how far its middle hangs below the straight line between its ends, over its width (paint 0). */
  sag?: number;
  /**
   * A badge pinned on a chest (`badge:chest`): how much of its box its metal fills row by row, the print on it counted
   * as metal (a shield or a star 0.72 or less, a round pin about 0.79, a rectangular tag or plate nearly 1).
   */
  rowFill?: number;
}

export interface Clause {
  policy: string;
  id: string;
  title: string;
  quote: string;
}

/** What fired: shown in JSON and SARIF, and by `--debug` in stylish and HTML. */
export interface FindingData {
  pattern: string;
  detector?: string;
}

/** What every formatter receives per finding. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  confidence: number;
  message: string;
  file: string;
  source: Source;
  location: Location;
  /** Masked unless --show-evidence. */
  evidence: string;
  clauses: Clause[];
  /** Hash of ruleId + normalised evidence: stable across line moves. */
  fingerprint: string;
  /** Image findings: the attachment they came from, when the file is a post bundle. */
  attachment?: string;
  /**
   * A finding read in the file name of a picture the draft links (`![](priya-raghunathan-at-lake.jpg)`), located in
   * the draft: that picture and where in its file name the finding is, so a report printing the name masks it.
   */
  inFileName?: { attachment: string; start: number; end: number };
  /** `model` when the learned layer (src/model) made the finding rather than a detector's patterns. */
  method?: 'model';
  /**
   * Why it fired: the named pattern (`pattern`, a cue the detector declares, or `model:<rule>` for the learned layer)
   * and, when another detector raised the rule on its behalf, that detector's id.
   */
  data?: FindingData;
  /**
   * The finding's further spans, for a rule reported once per post (ONE_PER_POST in src/core/rules.ts: one fact, "16
   * hr shift", is one finding however many cues say it): each cue after the first, in reading order, with its own
   * location, evidence (masked as `evidence` is), named pattern and fingerprint (an older baseline's entry for it
   * still suppresses the finding).
   */
  related?: RelatedSpan[];
  suppressed?: { kind: 'inline' | 'baseline'; justification?: string };
}

/** A further span of a finding (Finding.related): where, what (masked unless --show-evidence), which cue. */
export interface RelatedSpan {
  location: Location;
  evidence: string;
  fingerprint: string;
  data?: FindingData;
}

/** A problem with a suppression directive (missing reason, unknown rule, unused with --report-unused-disable-directives). */
export interface DirectiveProblemEntry {
  code: string;
  message: string;
  line: number;
  column: number;
}

/** One screened post: a draft with its attachments, or a loose image. */
export interface FileReport {
  path: string;
  /** `empty`: a draft with nothing to screen (empty, white space, or only front matter or comments): not screened. */
  kind?: 'text' | 'image' | 'binary' | 'empty';
  /** The images screened with this draft; their findings carry `attachment`. */
  attachments?: string[];
  /** The post's own account context, when its front matter set one. */
  context?: AccountContext;
  findings: Finding[];
  /** Suppression directive problems; they count as warnings. */
  problems?: DirectiveProblemEntry[];
  /** One line naming the cause when the file could not be screened. */
  error?: string;
  /** A non-fatal note (skipped binary, decoded as Windows-1252). */
  note?: string;
  /** Pictures the draft names by a remote address (`https://...`): not downloaded, so not screened (its note says so). */
  remotePictures?: number;
  /** Video and audio clips the draft names (`<video src>`, `<audio src>`, a `.mp4` link): not screened (its note says so). */
  mediaClips?: number;
  /** Pictures the draft names through a site generator's template expression (`{{ site.baseurl }}/...`): not screened. */
  templatedPictures?: number;
  /** Pages or frames of its multi-page pictures past --max-pages: not screened (its note says which). */
  pagesNotScreened?: number;
}

/**
 * Something a run was given or pointed at but did not screen: pictures on a server (never fetched), the text in
 * pictures under `--no-ocr`, symbolic links not followed. Each keeps the run from a clean ✔ and is said once per run
 * in every format (user test 27, U3-12, U2-10, U3-3).
 */
export interface NotScreened {
  /**
   * `rules-off`: rules no selected pack cites, looked for anyway and listed as info with no clause (user test 27,
   * U1-7; user test 30, U30-3); `rules-off-account`: rules the
   * packs cite but turn off for this account (New Haven's private-facts clause is for personal use only: user test 29,
   * U29-7; every rule so turned off: U30-3). Both are said, but neither bars a ✔ (RULE_NOTES); the info findings
   * of a `rules-off` rule do, as any finding does.
   */
  kind: 'remote-picture' | 'media-clip' | 'picture-text' | 'symlink' | 'rules-off' | 'rules-off-account' | 'page' | 'template-picture';
  count: number;
  /** One line: `text in 2 pictures not read (--no-ocr): their words were not screened`. */
  message: string;
  /** The paths, when the kind names files (symbolic links). */
  paths?: string[];
  /** The rule ids, for `rules-off` and `rules-off-account`. */
  rules?: string[];
  /** `rules-off`: the findings of those rules the run listed as info, with no clause, by rule (user test 30, U30-3). */
  found?: Record<string, number>;
}

/** The kinds of NotScreened that are notes on the packs' coverage, not things left unread: no bar to a ✔. */
export const RULE_NOTES: ReadonlySet<NotScreened['kind']> = new Set(['rules-off', 'rules-off-account']);

export interface Summary {
  files: number;
  filesWithFindings: number;
  /** Posts that could not be read, wholly or in part (missing file, permission, undecodable image, missing link). */
  unreadFiles: number;
  /** Drafts with nothing to screen (empty, white space, only front matter or comments) and no pictures: not screened. */
  emptyFiles?: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<string, number>;
  /** Findings suppressed inline or by the baseline (not counted above). */
  suppressed: number;
  /** Suppression directive problems (counted as warnings). */
  problems: number;
  context: AccountContext;
  policies: string[];
  /** The agency profile in use (its path), or null: without one, roster and undercover checks are off. */
  profile: string | null;
  /** Files passed over because clearpost does not read their type: count, extensions, paths. */
  unsupported: { files: number; types: string[]; paths: string[] };
  /** `--quiet`: warning and info findings left out of the listing (still counted by the exit code). */
  hiddenByQuiet?: number;
  /** What the run did not screen (remote pictures, text in pictures with --no-ocr, symbolic links): never a clean ✔. */
  notScreened?: NotScreened[];
  /** check, scan, sanitize: the findings (and directive problems) at or above --fail-on: each one fails the run. */
  failed?: number;
  /** check, scan, sanitize: the code the run exits with (0, 1, 2; --max-warnings and unread files included). */
  exitCode?: number;
  /**
   * Set when the warnings are more than --max-warnings, which fails the run: every format says so (user test 29,
   * U29-8: only stderr did). `message`: `2 warnings, more than --max-warnings 0: the run fails (exit 1)`.
   */
  tooManyWarnings?: { warnings: number; limit: number; message: string };
}

export interface Report {
  files: FileReport[];
  summary: Summary;
}
