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

interface Node {
  /** By UTF-16 code unit. */
  next: Map<number, number>;
  fail: number;
  /** Indices of the detectors whose keywords end here (own and through failure links). */
  out: number[];
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

/** One automaton over every keyword of a detector list. */
export class KeywordIndex {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
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
    for (let c = 0; c < 128; c++) this.rootAscii[c] = this.nodes[0]!.next.get(c) ?? 0;
  }

  private add(keyword: string, detector: number): void {
    const word = withWordEdges(keyword);
    if (!word) return;
    let at = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let to = this.nodes[at]!.next.get(c);
      if (to === undefined) {
        to = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[at]!.next.set(c, to);
      }
      at = to;
    }
    const out = this.nodes[at]!.out;
    if (!out.includes(detector)) out.push(detector);
  }

  private link(): void {
    const queue: number[] = [];
    for (const to of this.nodes[0]!.next.values()) queue.push(to);
    for (let qi = 0; qi < queue.length; qi++) {
      const at = queue[qi]!;
      for (const [ch, to] of this.nodes[at]!.next) {
        let f = this.nodes[at]!.fail;
        while (f && !this.nodes[f]!.next.has(ch)) f = this.nodes[f]!.fail;
        const via = this.nodes[f]!.next.get(ch);
        this.nodes[to]!.fail = via !== undefined && via !== to ? via : 0;
        for (const d of this.nodes[this.nodes[to]!.fail]!.out) if (!this.nodes[to]!.out.includes(d)) this.nodes[to]!.out.push(d);
        queue.push(to);
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
    const nodes = this.nodes;
    let at = from;
    while (at && !nodes[at]!.next.has(unit)) at = nodes[at]!.fail;
    at = at === 0 && unit < 128 ? this.rootAscii[unit]! : (nodes[at]!.next.get(unit) ?? 0);
    const out = nodes[at]!.out;
    for (let k = 0; k < out.length; k++) found.add(out[k]!);
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
