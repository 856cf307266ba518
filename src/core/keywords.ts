/**
 * The generated prefilter (gitleaks' keywords): every text detector may list literal keywords, generated from its own
 * word lists; one Aho-Corasick pass over the lower-cased text finds which detectors any keyword reaches. A detector
 * runs when its keywords or its structural `trigger` match (or when it declares neither).
 */
import { readFileSync } from 'node:fs';
import { requiredLiterals } from './regex-literals.js';
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
  const words = new Set((detector.keywords ?? []).map((k) => k.toLowerCase()));
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

/** FNV-1a over the detector's pattern sources, flags and listed keywords: changes whenever what they generate may. */
export function patternsHash(detector: TextDetector): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
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
  next: Map<string, number>;
  fail: number;
  /** Indices of the detectors whose keywords end here (own and through failure links). */
  out: number[];
}

const WHITESPACE = /^\s$/;

/** One automaton over every keyword of a detector list. */
export class KeywordIndex {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  /** Per detector: it runs on every text (no keywords and no trigger, or a pattern no keyword covers and no trigger). */
  readonly always: boolean[];

  constructor(readonly detectors: readonly TextDetector[]) {
    this.always = detectors.map((d, i) => {
      const { keywords, open } = generatedKeywords(d);
      for (const k of keywords) this.add(k, i);
      return !d.trigger && (open || keywords.length === 0);
    });
    this.link();
  }

  private add(word: string, detector: number): void {
    if (!word) return;
    let at = 0;
    for (const ch of word) {
      let to = this.nodes[at]!.next.get(ch);
      if (to === undefined) {
        to = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[at]!.next.set(ch, to);
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

  /** Which detectors (by index) have a keyword in `text`: one pass, lower case, a run of whitespace one space. */
  reached(text: string): Set<number> {
    const found = new Set<number>();
    let at = 0;
    let space = false;
    for (let ch of text.toLowerCase()) {
      if (ch === ' ' || WHITESPACE.test(ch)) {
        if (space) continue;
        ch = ' ';
        space = true;
      } else space = false;
      while (at && !this.nodes[at]!.next.has(ch)) at = this.nodes[at]!.fail;
      at = this.nodes[at]!.next.get(ch) ?? 0;
      for (const d of this.nodes[at]!.out) found.add(d);
    }
    return found;
  }
}

const indexes = new WeakMap<readonly TextDetector[], KeywordIndex>();

/** The keyword index of a detector list, built once per list. */
export function keywordIndex(detectors: readonly TextDetector[]): KeywordIndex {
  let index = indexes.get(detectors);
  if (!index) indexes.set(detectors, (index = new KeywordIndex(detectors)));
  return index;
}
