// Shared text helpers for the case/* and conduct/* detectors: sentence spans and regex scans with UTF-16 offsets.
import type { Match } from '../../core/types.js';

/** A half-open span of UTF-16 offsets into the analysed text. */
export interface Segment {
  start: number;
  end: number;
}

// Tokens before a full stop that do not end a sentence: "Sgt. Whitfield", "14 Elm St. tonight", "a.m.".
const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|st|sgt|lt|det|ofc|capt|cpt|cpl|insp|supt|no|vs|ave|rd|blvd|jr|sr|a\.m|p\.m|e\.g|i\.e|etc|approx|dept|[a-z])$/i;

/**
 * Split a text into sentences without NLP: a run of `.`, `!`, `?` or `…` followed by white space ends one, and so
 * does a line break; a full stop after a known abbreviation does not. Leading and trailing white space is trimmed.
 */
export function sentences(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  // "Crazy night. Here's…" splits after "night."; "on Walnut St. tonight" does not.
  const boundary = /[.!?…]+["'”’)]*(?=\s)|\n+/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && ABBREVIATION.test(text.slice(Math.max(start, m.index - 12), m.index))) {
      continue;
    }
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/** The sentence that contains offset `index` (the whole text when it has no sentence breaks). */
export function sentenceAt(segments: readonly Segment[], index: number, textLength: number): Segment {
  for (const s of segments) if (index >= s.start && index < s.end) return s;
  return { start: 0, end: textLength };
}

/** A function giving the text of the sentence around an offset of `text`. */
export function sentenceTextOf(text: string, segments: readonly Segment[] = sentences(text)): (index: number) => string {
  return (index) => {
    const seg = sentenceAt(segments, index, text.length);
    return text.slice(seg.start, seg.end);
  };
}

/** The Match covering a regex hit. */
export function matchOf(m: RegExpExecArray, confidence: number, messageId?: string): Match {
  return { start: m.index, end: m.index + m[0].length, confidence, ...(messageId ? { messageId } : {}) };
}

/** Every match of a global regex, with its offset; zero-length matches are skipped. */
export function scan(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`scan needs a global regex: ${re.source}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Whether a (non-global) regex matches inside `text[start, end)`. */
export function testIn(re: RegExp, text: string, start: number, end: number): boolean {
  return re.test(text.slice(Math.max(0, start), Math.min(text.length, end)));
}
