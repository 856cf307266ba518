/**
 * The generated prefilter (gitleaks' keywords): every text detector may list literal keywords, generated from its own
 * word lists; one Aho-Corasick pass over the lower-cased text finds which detectors any keyword reaches. A detector
 * runs when its keywords or its structural `trigger` match (or when it declares neither).
 */
import { readFileSync } from 'node:fs';
import { requiredLiterals, WORD_EDGE, withWordEdges } from './regex-literals.js';
import type { TextDetector } from './types.js';

export interface GeneratedKeywords {
  keywords: string[];
  /** Some pattern has no literal: only the trigger, or always running, reaches the detector. */
  open: boolean;
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
  let open = false;
  for (const re of detector.patterns ?? []) {
    const literals = requiredLiterals(re);
    if (literals) for (const l of literals) words.add(l);
    else open = true;
  }
  const sorted = [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const w of sorted) if (!kept.some((k) => w.includes(k))) kept.push(w);
  return { keywords: kept, open };
}

/** Changes when the keywords' form does (2: word edges), so a stored copy of the old form is not used. */
const KEYWORD_FORMAT = 'keywords/2';

/** FNV-1a over the detector's pattern sources, flags and listed keywords: changes whenever what they generate may. */
export function patternsHash(detector: TextDetector): string {
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

/** A word character as `\b` sees it, in lower-cased text: a-z, 0-9, _. */
function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** Code units below this are keyed densely (node * NARROW + unit, a small integer); the rest by node * 65536 + unit. */
const NARROW = 1024;

/**
 * One automaton over every keyword of a detector list. States are numbers and transitions live in two flat maps, not
 * one Map per state: 37,000 states built in a few milliseconds with no garbage to collect.
 */
export class KeywordIndex {
  private readonly narrow = new Map<number, number>();
  private readonly wide = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** Per state, the detectors whose keywords end there (own and through failure links); most states have none. */
  private readonly out: (number[] | undefined)[] = [undefined];
  private readonly parent: number[] = [0];
  private readonly unit: number[] = [0];
  private readonly depth: number[] = [0];
  /** Transitions out of the root for ASCII, the most taken (every character that starts no keyword comes back here). */
  private readonly rootAscii = new Int32Array(128);
  /** Per detector: it runs on every text (no keywords and no trigger, or a pattern no keyword covers and no trigger). */
  readonly always: boolean[];

  constructor(readonly detectors: readonly TextDetector[]) {
    this.always = detectors.map((d, i) => {
      const { keywords, open } = generatedKeywords(d);
      for (const k of keywords) this.add(k, i);
      return !d.trigger && (open || keywords.length === 0);
    });
    this.link();
    for (let c = 0; c < 128; c++) this.rootAscii[c] = this.child(0, c) ?? 0;
  }

  private child(state: number, unit: number): number | undefined {
    return unit < NARROW ? this.narrow.get(state * NARROW + unit) : this.wide.get(state * 65536 + unit);
  }

  /** A keyword as generatedKeywords gives it (word edges in place). */
  private add(word: string, detector: number): void {
    if (!word) return;
    let at = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let to = this.child(at, c);
      if (to === undefined) {
        to = this.fail.length;
        this.fail.push(0);
        this.out.push(undefined);
        this.parent.push(at);
        this.unit.push(c);
        this.depth.push(this.depth[at]! + 1);
        if (c < NARROW) this.narrow.set(at * NARROW + c, to);
        else this.wide.set(at * 65536 + c, to);
      }
      at = to;
    }
    const out = (this.out[at] ??= []);
    if (!out.includes(detector)) out.push(detector);
  }

  /** Failure links in breadth-first order (by depth), each state's output joined with its failure state's. */
  private link(): void {
    const order = [...this.fail.keys()].slice(1).sort((a, b) => this.depth[a]! - this.depth[b]! || a - b);
    for (const state of order) {
      const from = this.parent[state]!;
      const c = this.unit[state]!;
      let f = from === 0 ? 0 : this.fail[from]!;
      while (from !== 0 && f && this.child(f, c) === undefined) f = this.fail[f]!;
      const via = from === 0 ? undefined : this.child(f, c);
      this.fail[state] = via !== undefined && via !== state ? via : 0;
      const inherited = this.out[this.fail[state]!];
      if (inherited) {
        const own = (this.out[state] ??= []);
        for (const d of inherited) if (!own.includes(d)) own.push(d);
      }
    }
  }

  /**
   * Which detectors (by index) have a keyword in `text`: one pass over the text as keywords are written (lower case,
   * a run of whitespace one space, a WORD_EDGE between a word character and any other, and at the ends next to one).
   */
  reached(text: string): Set<number> {
    const found = new Set<number>();
    const lower = text.toLowerCase();
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
      const word = c >= 0 && isWord(c);
      // a word edge before the character (or after the last one), then the character
      if (word !== inWord) at = this.step(at, EDGE, found);
      if (c >= 0) at = this.step(at, c, found);
      inWord = word;
    }
    return found;
  }

  /** One transition of the automaton; the detectors whose keywords end at the new state go into `found`. */
  private step(from: number, unit: number, found: Set<number>): number {
    let at = from;
    while (at && this.child(at, unit) === undefined) at = this.fail[at]!;
    at = at === 0 && unit < 128 ? this.rootAscii[unit]! : (this.child(at, unit) ?? 0);
    const out = this.out[at];
    if (out) for (let k = 0; k < out.length; k++) found.add(out[k]!);
    return at;
  }
}

const indexes = new WeakMap<readonly TextDetector[], KeywordIndex>();

/** The keyword index of a detector list, built once per list. */
export function keywordIndex(detectors: readonly TextDetector[]): KeywordIndex {
  let index = indexes.get(detectors);
  if (!index) indexes.set(detectors, (index = new KeywordIndex(detectors)));
  return index;
}
