/**
 * The only module that loads compromise. Detectors ask for an analysis of their input text and get spans with
 * UTF-16 offsets; the compromise document is parsed on first use, so posts without a trigger word never pay for it.
 */
import { createRequire } from 'node:module';
import type nlpModule from 'compromise';
import type { PatternReach } from '../core/types.js';
import { segmentIndexBefore, sentenceAt, splitSentences, type Segment, type SentenceUnit } from './sentences.js';

type Compromise = typeof nlpModule;
/** compromise's document type, for helpers in src/nlp that need the raw API. */
export type NlpDoc = ReturnType<Compromise>;

let loaded: Compromise | undefined;

/**
 * compromise itself, loaded on first use: it takes ~0.5 s to load, which a `check` of a post with no trigger word
 * (or a `rules` listing) should not pay. Every module in src/nlp reaches compromise through this function.
 */
export function compromise(): Compromise {
  return (loaded ??= createRequire(import.meta.url)('compromise') as Compromise);
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

interface OffsetJson {
  text: string;
  offset?: { start: number; length: number };
}

/** Turn a compromise selection into spans with offsets into the analysed text. */
export function spansOf(view: { json(options?: object): unknown }): Span[] {
  const json = view.json({ offset: true, text: true, terms: false }) as OffsetJson[];
  const spans: Span[] = [];
  for (const item of json) {
    if (!item.offset) continue;
    const start = item.offset.start;
    const end = start + item.offset.length;
    spans.push({ start, end, text: item.text.trim() });
  }
  return spans;
}

/** A term of the text as compromise tags it in its sentence ("Faces" in "Officer Faces Charges": Verb). */
export interface Term {
  start: number;
  end: number;
  tags: readonly string[];
}

/** A word of the text: a run of letters, digits, apostrophes and hyphens ("O'Brien", "K-9", "2026"). */
export interface Word {
  start: number;
  end: number;
  text: string;
}

interface TermJson {
  offset?: { start: number; length: number };
  tags?: string[];
}

// e.g. "Sgt", "O'Brien", "K-9" in "Sgt. O'Brien's K-9"
const WORD = /[\p{L}\p{N}'-]+/gu;

/** How far either side of a span a sentence is read: an unpunctuated one-line file must not make each read O(n). */
const SENTENCE_REACH = 400;

/**
 * A text up to this long is parsed by compromise whole; a longer one only a sentence at a time where a term's tags are
 * asked (termAt): compromise on a one-line draft of 200 KB ran past 300 s and 1 MB took 3.9 GB (user test 31, U31-19).
 * A post is far shorter, so posts read as before.
 */
const WHOLE_PARSE = 20_000;

/**
 * The one analysis of a text, built once per post and handed to every detector: its sentences (split once, the only
 * splitter), compromise's names and matches (parsed on first use), and what detectors derive from it for each other
 * (`shared`: the author cues that id/self-affiliation and id/coworker both read).
 */
export class TextAnalysis {
  private parsed?: NlpDoc;
  private cache = new Map<string, Span[]>();
  private segments = new Map<SentenceUnit, readonly Segment[]>();
  private termList?: readonly Term[];
  private pieceTerms = new Map<string, readonly Term[]>();
  private wordList?: readonly Word[];
  private derived = new Map<unknown, unknown>();

  /**
   * @param reach what the engine's keyword pass found in the text: which detector patterns cannot match it (cue rows
   *   pass it on, src/detectors/cues.ts); absent, every pattern may match.
   */
  constructor(
    readonly text: string,
    readonly reach?: PatternReach,
  ) {}

  /** The compromise document (parsed on first access). */
  get doc(): NlpDoc {
    if (!this.parsed) this.parsed = compromise()(this.text);
    return this.parsed;
  }

  /** Memoise a span list under a key, so several detectors share one NLP pass per input. */
  memo(key: string, compute: (doc: NlpDoc) => Span[]): Span[] {
    let spans = this.cache.get(key);
    if (!spans) {
      spans = compute(this.doc);
      this.cache.set(key, spans);
    }
    return spans;
  }

  /** Person names as compromise tags them ("Sgt. Dana Kowalski", "Kevin Hale"). */
  people(): Span[] {
    return this.memo('people', (d) => spansOf(d.people()));
  }

  places(): Span[] {
    return this.memo('places', (d) => spansOf(d.places()));
  }

  /** Every term with its offsets and compromise's tags in context (parses the text once, on first call). */
  terms(): readonly Term[] {
    return (this.termList ??= termsOf(this.doc));
  }

  /**
   * The term holding offset `index`, with compromise's tags in its sentence. A text longer than WHOLE_PARSE is parsed
   * only around it (its sentence, at most SENTENCE_REACH either side), each such piece once.
   */
  termAt(index: number): Term | undefined {
    if (this.text.length <= WHOLE_PARSE) return this.terms().find((t) => t.start <= index && index < t.end);
    const { from, to } = this.sentenceWindow(index, index + 1, SENTENCE_REACH);
    const piece = this.text.slice(from, to);
    let terms = this.pieceTerms.get(piece);
    if (!terms) this.pieceTerms.set(piece, (terms = termsOf(compromise()(piece))));
    return terms.map((t) => ({ ...t, start: t.start + from, end: t.end + from })).find((t) => t.start <= index && index < t.end);
  }

  /** The text's words, split once per post (no NLP: letters, digits, apostrophes and hyphens). */
  words(): readonly Word[] {
    return (this.wordList ??= [...this.text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })));
  }

  /**
   * The last `count` words before offset `index`, within `reach` characters of it (a word the reach cuts keeps its
   * part inside), lower-cased. e.g. ["air", "force"] before "Sgt." in "US Air Force Sgt. Miller"
   */
  wordsBefore(index: number, count: number, reach: number): string[] {
    const from = Math.max(0, index - reach);
    const words = this.words();
    let lo = 0;
    for (let hi = words.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (words[mid]!.end <= from) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < words.length && words[i]!.start < index; i++) {
      out.push(this.text.slice(Math.max(words[i]!.start, from), Math.min(words[i]!.end, index)).toLowerCase());
    }
    return out.slice(-count);
  }

  /** The text's sentences (src/nlp/sentences.ts; or its `paragraph` units), split once per post. */
  sentences(unit: SentenceUnit = 'sentence'): readonly Segment[] {
    let segments = this.segments.get(unit);
    if (!segments) this.segments.set(unit, (segments = splitSentences(this.text, unit)));
    return segments;
  }

  /** The sentence that holds offset `index` (the whole text when it has no sentence breaks). */
  sentenceAt(index: number): Segment {
    return sentenceAt(this.sentences(), index, this.text.length);
  }

  /**
   * The text of the sentences that hold [start, end), at most `reach` characters either side of it.
   * e.g. "Sgt. Whitfield ran the briefing again" around "briefing" in "Long day. Sgt. Whitfield ran the briefing again."
   */
  sentenceAround(start: number, end: number, reach = SENTENCE_REACH): string {
    const { from, to } = this.sentenceWindow(start, end, reach);
    return this.text.slice(from, to);
  }

  /** Where sentenceAround's text starts and ends. */
  private sentenceWindow(start: number, end: number, reach: number): { from: number; to: number } {
    // Binary searches, not a walk from the first sentence: a detector asks once per candidate, and a draft of
    // 44,000 short sentences took minutes (user test 25, P2-9).
    const segments = this.sentences();
    let last = 0;
    for (let hi = segments.length; last < hi; ) {
      const mid = (last + hi) >> 1;
      if (segments[mid]!.end >= end) hi = mid;
      else last = mid + 1;
    }
    const to = last < segments.length ? segments[last]!.end : this.text.length;
    const first = Math.min(segmentIndexBefore(segments, start), Math.min(last, segments.length - 1));
    const from = first >= 0 ? segments[first]!.start : 0;
    return { from: Math.max(from, start - reach), to: Math.min(to, end + reach) };
  }

  /**
   * The text from the start of the sentence that holds `index` up to `index`, at most `reach` characters.
   * e.g. "Sgt. Lee says my son " before "turns 6 today" in "Busy week. Sgt. Lee says my son turns 6 today"
   */
  sentenceBefore(index: number, reach: number, unit: SentenceUnit = 'sentence'): string {
    const segments = this.sentences(unit);
    const i = segmentIndexBefore(segments, index);
    const from = i >= 0 ? segments[i]!.start : 0;
    return this.text.slice(Math.max(from, index - reach), index);
  }

  /**
   * A result about this text that several detectors need, computed by the first that asks and shared with the rest
   * (keyed by the function that computes it).
   */
  shared<T>(key: (...args: never[]) => T, compute: () => T): T {
    if (!this.derived.has(key)) this.derived.set(key, compute());
    return this.derived.get(key) as T;
  }

  /** Spans matching a compromise match pattern (`#Person+`, `(vote|voting) for #Person`). */
  match(pattern: string): Span[] {
    return this.memo(`match:${pattern}`, (d) => spansOf(d.match(pattern)));
  }
}

/** Every term of a parsed text with its offsets and compromise's tags in context. */
function termsOf(doc: NlpDoc): Term[] {
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms?: TermJson[] }[];
  const terms: Term[] = [];
  for (const sentence of json) {
    for (const t of sentence.terms ?? []) {
      if (t.offset) terms.push({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: t.tags ?? [] });
    }
  }
  return terms;
}

/** Build an analysis for a text. Cheap: nothing is parsed until a method is called. */
export function analyze(text: string, reach?: PatternReach): TextAnalysis {
  return new TextAnalysis(text, reach);
}
