/**
 * The generated prefilter (gitleaks' keywords): every text detector may list literal keywords, generated from its own
 * word lists; one Aho-Corasick pass over the lower-cased text finds which detectors any keyword reaches. A detector
 * runs when its keywords or its structural `trigger` match (or when it declares neither). The same pass says which of
 * a detector's `patterns` have a literal in the text (`TextReach.patterns`): a cue row whose pattern has none is not
 * scanned (src/detectors/cues.ts), as it cannot match.
 */
import { readFileSync } from 'node:fs';
import { isWordUnit, requiredLiterals, WORD_EDGE, withWordEdges } from './regex-literals.js';
import type { PatternReach, TextDetector } from './types.js';

export interface GeneratedKeywords {
  keywords: string[];
  /** Some pattern has no literal: only the trigger, or always running, reaches the detector. */
  open: boolean;
  /** Per pattern, in `patterns` order: the literals one of which its every match contains; null when it needs none. */
  patterns: (string[] | null)[];
}

/**
 * A detector's prefilter keywords: its listed `keywords` plus, for each of its `patterns`, the literals one of which
 * every match contains; a keyword containing another of the same detector is dropped ("doors" where "door" is).
 * `npm run build` stores the result beside the built file (keywords.json, keyed by a hash of the patterns), so a
 * run does not parse 120,000 characters of regex at start-up; a stale or missing entry is computed here.
 */
export function generatedKeywords(detector: TextDetector): GeneratedKeywords {
  const hash = patternsHash(detector);
  const stored = builtKeywords()[detector.id];
  if (stored?.hash === hash) return stored;
  return computeKeywords(detector);
}

/** The keywords from the patterns themselves (what `npm run build` stores). */
export function computeKeywords(detector: TextDetector): GeneratedKeywords {
  const words = new Set((detector.keywords ?? []).map((k) => withWordEdges(k.toLowerCase())));
  const patterns = (detector.patterns ?? []).map((re) => requiredLiterals(re));
  for (const literals of patterns) if (literals) for (const l of literals) words.add(l);
  return { keywords: shortest(words), open: patterns.some((l) => l === null), patterns };
}

/** The words none of which contains another ("doors" adds nothing where "door" is found), shortest first. */
function shortest(words: Iterable<string>): string[] {
  const sorted = [...new Set(words)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const w of sorted) if (!kept.some((k) => w.includes(k))) kept.push(w);
  return kept;
}

/** Changes when the keywords' form does (2: word edges; 3: per pattern), so a stored copy of the old form is not used. */
const KEYWORD_FORMAT = 'keywords/3';

/** FNV-1a over the detector's pattern sources, flags and listed keywords: changes whenever what they generate may.
 * Memoised per detector: start-up asks twice (the detector's keywords, then the stored automaton's key). */
const hashes = new WeakMap<TextDetector, string>();
export function patternsHash(detector: TextDetector): string {
  let known = hashes.get(detector);
  if (known === undefined) hashes.set(detector, (known = hashPatterns(detector)));
  return known;
}

function hashPatterns(detector: TextDetector): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  feed(KEYWORD_FORMAT);
  for (const re of detector.patterns ?? []) {
    feed(re.source);
    feed(re.flags);
  }
  for (const k of detector.keywords ?? []) feed(k);
  return (h >>> 0).toString(16);
}

/** Where `npm run build` stores the generated keywords of the built detectors. */
export const BUILT_KEYWORDS = new URL('./keywords.json', import.meta.url);
/** Tests run the sources: they read the built copy, whose hashes say whether it still fits. */
const BUILT_FROM_SOURCES = new URL('../../dist/core/keywords.json', import.meta.url);

type Stored = Record<string, GeneratedKeywords & { hash: string }>;
let built: Stored | undefined;
function builtKeywords(): Stored {
  if (!built) {
    built = {};
    for (const file of [BUILT_KEYWORDS, BUILT_FROM_SOURCES]) {
      try {
        built = JSON.parse(readFileSync(file, 'utf8')) as Stored;
        break;
      } catch {
        // not built yet: computed on first use
      }
    }
  }
  return built;
}

const EDGE = WORD_EDGE.charCodeAt(0);
const SPACE = 32;

/** Whitespace as `\s` sees it (one code unit). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Code units below this are keyed densely while building (node * NARROW + unit); the rest by node * 65536 + unit. */
const NARROW = 1024;

/** The automaton as flat arrays: what `reached` walks, what `npm run build` stores and a run loads. */
interface Tables {
  /** Per state, its transitions are edgeUnit/edgeTo[edgeStart[s], edgeStart[s + 1]), sorted by unit. */
  edgeStart: Int32Array;
  edgeUnit: Uint16Array;
  edgeTo: Int32Array;
  fail: Int32Array;
  /**
   * Per state, the slots whose keywords end there (own and through failure links): outDet[outStart[s], outStart[s + 1]).
   * A slot is a detector's listed keywords or one of its patterns (KeywordIndex.slots).
   */
  outStart: Int32Array;
  outDet: Int32Array;
  /** Transitions out of the root for ASCII, the most taken (every character that starts no keyword comes back here). */
  rootAscii: Int32Array;
}

/**
 * One Aho-Corasick automaton over every keyword of a detector list. Built once into flat typed arrays (transitions
 * of a state are a sorted run of (unit, target) pairs), which `npm run build` stores beside the built engine for the
 * bundled detectors (keywords.bin), so a run loads them instead of building 37,000 states at start-up.
 * Its keywords are kept by slot, a slot per detector for its listed keywords and one per pattern, so one pass says
 * both which detectors a text reaches and which of their patterns.
 */
export class KeywordIndex {
  private readonly t: Tables;
  /** Per detector: it runs on every text (no keywords and no trigger, or a pattern no keyword covers and no trigger). */
  readonly always: boolean[];
  /** The tables came from stored bytes, not a build. */
  readonly loaded: boolean;
  /** Per detector, its first slot (its listed keywords; its patterns follow, in order); one more at the end. */
  private readonly firstSlot: Int32Array;
  /** Every detector's patterns' slots; a pattern needing no literal has none (it may match any text). */
  private readonly patternSlots = new Map<RegExp, number>();

  constructor(readonly detectors: readonly TextDetector[], stored?: Tables) {
    const generated = detectors.map((d) => generatedKeywords(d));
    this.always = detectors.map((d, i) => !d.trigger && (generated[i]!.open || generated[i]!.keywords.length === 0));
    const slots: string[][] = [];
    this.firstSlot = new Int32Array(detectors.length + 1);
    detectors.forEach((d, i) => {
      this.firstSlot[i] = slots.length;
      slots.push((d.keywords ?? []).map((k) => withWordEdges(k.toLowerCase())));
      (d.patterns ?? []).forEach((re, j) => {
        const literals = generated[i]!.patterns[j] ?? null;
        if (literals && !this.patternSlots.has(re)) this.patternSlots.set(re, slots.length);
        slots.push(literals ?? []);
      });
    });
    this.firstSlot[detectors.length] = slots.length;
    this.t = stored ?? build(slots);
    this.loaded = stored !== undefined;
  }

  /** The index of a detector list, loaded from `bytes` (what `toBytes` wrote) when they were built from the same list. */
  static load(detectors: readonly TextDetector[], bytes: Uint8Array | undefined): KeywordIndex {
    return new KeywordIndex(detectors, bytes && fromBytes(bytes, indexKey(detectors)));
  }

  /** The tables as bytes, tagged with the detector list they were built from (ids and pattern hashes). */
  toBytes(): Uint8Array {
    return toBytes(this.t, indexKey(this.detectors));
  }

  /** Which detectors (by index) have a keyword in `text`. */
  reached(text: string): Set<number> {
    const reach = this.reach(text);
    return new Set(this.detectors.flatMap((_, i) => (reach.detector(i) ? [i] : [])));
  }

  /** What one pass over `text` finds: the detectors it reaches, and which of their patterns (TextReach). */
  reach(text: string): TextReach {
    const found = new Uint8Array(this.firstSlot[this.detectors.length]!);
    const lower = text.toLowerCase();
    this.walk(lower, found);
    return new TextReach(text, lower, found, this.firstSlot, this.patternSlots);
  }

  /**
   * The slots that have a keyword in `lower` (a text lower-cased), marked in `found`: one pass over the text as keywords
   * are written (a run of whitespace one space, a WORD_EDGE between a word character and any other, and at the ends
   * next to one).
   */
  private walk(lower: string, found: Uint8Array): void {
    let at = 0;
    let space = false;
    let inWord = false;
    for (let i = 0; i <= lower.length; i++) {
      let c = i < lower.length ? lower.charCodeAt(i) : -1;
      if (c >= 0 && isSpace(c)) {
        if (space) continue;
        c = SPACE;
        space = true;
      } else space = false;
      const word = c >= 0 && isWordUnit(c);
      // a word edge before the character (or after the last one), then the character
      if (word !== inWord) at = this.step(at, EDGE, found);
      if (c >= 0) at = this.step(at, c, found);
      inWord = word;
    }
  }

  /** One transition of the automaton; the slots whose keywords end at the new state are marked in `found`. */
  private step(from: number, unit: number, found: Uint8Array): number {
    const t = this.t;
    let at = from;
    let to = -1;
    while (at && (to = child(t, at, unit)) < 0) at = t.fail[at]!;
    if (at === 0) to = unit < 128 ? t.rootAscii[unit]! : Math.max(child(t, 0, unit), 0);
    for (let k = t.outStart[to]!, end = t.outStart[to + 1]!; k < end; k++) found[t.outDet[k]!] = 1;
    return to;
  }
}

/** What the keyword pass found in one text (KeywordIndex.reach). */
export class TextReach {
  /** The last other text asked about, and whether it is the pass's text but for case. */
  private other?: { text: string; same: boolean };

  constructor(
    readonly text: string,
    /** The text lower-cased, as the pass read it. */
    private readonly lower: string,
    private readonly found: Uint8Array,
    private readonly firstSlot: Int32Array,
    private readonly patternSlots: ReadonlyMap<RegExp, number>,
  ) {}

  /** Some keyword of detector `i` (listed, or from any of its patterns) is in the text. */
  detector(i: number): boolean {
    for (let s = this.firstSlot[i]!, end = this.firstSlot[i + 1]!; s < end; s++) if (this.found[s]) return true;
    return false;
  }

  /**
   * False when `pattern`, one of the detectors' `patterns`, cannot match `text` because none of its literals is in it.
   * Only said of the text the pass read, or of one that differs from it only in case (the pass reads both alike: the
   * profanity-normalised text of a post with no mask or leetspeak); any other pattern or text may match.
   */
  readonly mayMatch: PatternReach = (pattern, text) => {
    const slot = this.patternSlots.get(pattern);
    return slot === undefined || this.found[slot] === 1 || !this.readsAlike(text);
  };

  /** `text` is the pass's text but for case (remembered for the last other text: detectors ask per row). */
  private readsAlike(text: string): boolean {
    if (text === this.text) return true;
    if (this.other?.text !== text) this.other = { text, same: text.toLowerCase() === this.lower };
    return this.other.same;
  }
}

/** The target of `state`'s transition on `unit`, or -1: a linear look through a short run, binary search in a long one. */
function child(t: Tables, state: number, unit: number): number {
  let lo = t.edgeStart[state]!;
  let hi = t.edgeStart[state + 1]!;
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (t.edgeUnit[lo] === unit) return t.edgeTo[lo]!;
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const u = t.edgeUnit[mid]!;
    if (u === unit) return t.edgeTo[mid]!;
    if (u < unit) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/**
 * Build the automaton: a trie of the keywords (states are numbers, transitions in two flat maps while building), then
 * failure links breadth-first with each state's output joined with its failure state's, then flattened.
 */
function build(slots: readonly (readonly string[])[]): Tables {
  const narrow = new Map<number, number>();
  const wide = new Map<number, number>();
  const get = (state: number, unit: number) => (unit < NARROW ? narrow.get(state * NARROW + unit) : wide.get(state * 65536 + unit));
  const parent = [0];
  const unitOf = [0];
  const depth = [0];
  const out: (number[] | undefined)[] = [undefined];
  slots.forEach((keywords, slot) => {
    for (const word of keywords) {
      if (!word) continue;
      let at = 0;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        let to = get(at, c);
        if (to === undefined) {
          to = parent.length;
          parent.push(at);
          unitOf.push(c);
          depth.push(depth[at]! + 1);
          out.push(undefined);
          if (c < NARROW) narrow.set(at * NARROW + c, to);
          else wide.set(at * 65536 + c, to);
        }
        at = to;
      }
      const own = (out[at] ??= []);
      if (!own.includes(slot)) own.push(slot);
    }
  });

  const n = parent.length;
  const fail = new Int32Array(n);
  const order = [...parent.keys()].slice(1).sort((a, b) => depth[a]! - depth[b]! || a - b);
  for (const state of order) {
    const from = parent[state]!;
    const c = unitOf[state]!;
    let f = from === 0 ? 0 : fail[from]!;
    while (from !== 0 && f && get(f, c) === undefined) f = fail[f]!;
    const via = from === 0 ? undefined : get(f, c);
    fail[state] = via !== undefined && via !== state ? via : 0;
    const inherited = out[fail[state]!];
    if (inherited) {
      const own = (out[state] ??= []);
      for (const d of inherited) if (!own.includes(d)) own.push(d);
    }
  }

  // Flatten: every state but the root has exactly one incoming trie edge (parent, unit); sort them by (parent, unit).
  const edges = order.slice().sort((a, b) => parent[a]! - parent[b]! || unitOf[a]! - unitOf[b]!);
  const edgeStart = new Int32Array(n + 1);
  for (const s of edges) edgeStart[parent[s]! + 1]!++;
  for (let s = 0; s < n; s++) edgeStart[s + 1]! += edgeStart[s]!;
  const edgeUnit = new Uint16Array(edges.length);
  const edgeTo = new Int32Array(edges.length);
  edges.forEach((s, k) => {
    edgeUnit[k] = unitOf[s]!;
    edgeTo[k] = s;
  });
  const outStart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) outStart[s + 1] = outStart[s]! + (out[s]?.length ?? 0);
  const outDet = new Int32Array(outStart[n]!);
  for (let s = 0; s < n; s++) out[s]?.forEach((d, k) => (outDet[outStart[s]! + k] = d));
  const tables: Tables = { edgeStart, edgeUnit, edgeTo, fail, outStart, outDet, rootAscii: new Int32Array(128) };
  for (let c = 0; c < 128; c++) tables.rootAscii[c] = Math.max(child(tables, 0, c), 0);
  return tables;
}

/** What the stored tables were built from: the detectors' ids and pattern hashes, in order. */
function indexKey(detectors: readonly TextDetector[]): string {
  return `${KEYWORD_FORMAT}|${detectors.map((d) => `${d.id}:${patternsHash(d)}`).join('|')}`;
}

const TABLE_ORDER = ['edgeStart', 'edgeTo', 'fail', 'outStart', 'outDet', 'rootAscii', 'edgeUnit'] as const;

/** Header (a length, then JSON: key and array lengths), padded to 4 bytes, then the arrays in TABLE_ORDER. */
function toBytes(t: Tables, key: string): Uint8Array {
  const lengths = TABLE_ORDER.map((name) => t[name].length);
  const header = Buffer.from(JSON.stringify({ key, lengths }));
  const headerEnd = (4 + header.length + 3) & ~3;
  const head = Buffer.alloc(headerEnd);
  head.writeUInt32LE(header.length, 0);
  header.copy(head, 4);
  const parts: Uint8Array[] = [head];
  for (const name of TABLE_ORDER) parts.push(new Uint8Array(t[name].buffer, t[name].byteOffset, t[name].byteLength));
  return Buffer.concat(parts);
}

/** The tables in `bytes` when they were built for `key`; undefined when stale or unreadable (the caller builds). */
function fromBytes(bytes: Uint8Array, key: string): Tables | undefined {
  try {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const size = buf.readUInt32LE(0);
    const header = JSON.parse(buf.toString('utf8', 4, 4 + size)) as { key: string; lengths: number[] };
    if (header.key !== key || header.lengths.length !== TABLE_ORDER.length) return undefined;
    // copied into an aligned buffer of its own, so every typed array may view it
    const body = new Uint8Array(buf.length - ((4 + size + 3) & ~3));
    body.set(buf.subarray((4 + size + 3) & ~3));
    let offset = 0;
    const view = <T>(make: new (b: ArrayBuffer, o: number, l: number) => T, length: number, width: number): T => {
      const v = new make(body.buffer, offset, length);
      offset += length * width;
      return v;
    };
    const [edgeStart, edgeTo, fail, outStart, outDet, rootAscii, edgeUnit] = header.lengths as [number, number, number, number, number, number, number];
    const t: Tables = {
      edgeStart: view(Int32Array, edgeStart, 4),
      edgeTo: view(Int32Array, edgeTo, 4),
      fail: view(Int32Array, fail, 4),
      outStart: view(Int32Array, outStart, 4),
      outDet: view(Int32Array, outDet, 4),
      rootAscii: view(Int32Array, rootAscii, 4),
      edgeUnit: view(Uint16Array, edgeUnit, 2),
    };
    return offset === body.length ? t : undefined;
  } catch {
    return undefined;
  }
}

/** Where `npm run build` stores the automaton of the bundled text detectors. */
export const BUILT_INDEX = new URL('./keywords.bin', import.meta.url);
const BUILT_INDEX_FROM_SOURCES = new URL('../../dist/core/keywords.bin', import.meta.url);

function storedIndex(): Uint8Array | undefined {
  for (const file of [BUILT_INDEX, BUILT_INDEX_FROM_SOURCES]) {
    try {
      return readFileSync(file);
    } catch {
      // not built: the index is built on first use
    }
  }
  return undefined;
}

const indexes = new WeakMap<readonly TextDetector[], KeywordIndex>();

/** The keyword index of a detector list, built (or loaded, when the build stored it for this list) once per list. */
export function keywordIndex(detectors: readonly TextDetector[]): KeywordIndex {
  let index = indexes.get(detectors);
  if (!index) indexes.set(detectors, (index = KeywordIndex.load(detectors, storedIndex())));
  return index;
}
