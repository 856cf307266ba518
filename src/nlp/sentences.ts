/**
 * The one sentence splitter. Every detector reads the sentences of a post from its analysis (TextAnalysis.sentences,
 * computed once per post), never splits on its own. No NLP: a run of `.`, `!`, `?` or `…` followed by white space
 * ends a sentence, and so does a line break; a full stop after a title, a common abbreviation or an initial does not
 * ("Sgt. Whitfield", "14 Elm St. tonight", "at 7 a.m. sharp", "J. Arnold").
 */

/** A half-open span of UTF-16 offsets into the analysed text. */
export interface Segment {
  start: number;
  end: number;
}

/**
 * Tokens before a full stop that do not end a sentence.
 * e.g. "Sgt." in "Sgt. Whitfield", "St." in "14 Elm St. tonight", "a.m.", the "J." of "Det. J. Arnold"
 */
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|st|sgt|lt|det|ofc|capt|cpt|cpl|insp|supt|no|vs|ave|rd|blvd|jr|sr|a\.m|p\.m|e\.g|i\.e|etc|approx|dept|[a-z])$/i;

/**
 * A sentence end: punctuation (with closing quotes or brackets) before white space, or a run of line breaks.
 * e.g. "night." in "Crazy night. Here's…", "?!" in "Really?! Yes", "\n\n" between paragraphs
 */
const BOUNDARY = /[.!?…]+["'”’)]*(?=\s)|\n+/g;

/** Split a text into sentences; leading and trailing white space of each is trimmed. */
export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
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
