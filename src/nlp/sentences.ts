/**
 * The one sentence splitter. Every detector reads the sentences of a post from its analysis (TextAnalysis.sentences,
 * computed once per post), never splits on its own. No NLP: a run of `.`, `!`, `?` or `…` followed by white space
 * ends a sentence, and so does a line break; a full stop after a title, a common abbreviation or an initial does not
 * ("Sgt. Whitfield", "14 Elm St. tonight", "at 7 a.m. sharp", "J. Arnold").
 * One caller needs a longer unit and asks for it by name (`SentenceUnit`); nobody keeps a splitter of their own.
 */
import { oneOf } from '../detectors/vocab.js';

/** A half-open span of UTF-16 offsets into the analysed text. */
export interface Segment {
  start: number;
  end: number;
}

/**
 * What ends a unit besides sentence punctuation.
 * - `sentence` (the default, what detectors read): any line break, as a line of a post is a sentence of its own.
 * - `paragraph`: only a blank line. The pii/* detectors read the words before a phone number, an address or an
 *   e-mail address in this unit because a label or an appeal often stands on the line above its value and belongs to
 *   it ("Our new address:\n14 Elm St", "Anyone with information please call\n555-010-2000",
 *   "Det. J. Arnold\n910.676.5793"): cut at that line break, the cue is lost.
 */
export type SentenceUnit = 'sentence' | 'paragraph';

/**
 * Tokens before a full stop that do not end a sentence.
 * e.g. "Sgt." in "Sgt. Whitfield", "St." in "14 Elm St. tonight", "a.m.", the "J." of "Det. J. Arnold", "Apt. 4",
 *      "Mt. Hood", "Inv. Ruiz", "Acme Co. on Main", a month's short form before its day ("Arrived Dec. 3rd")
 */
const ABBREVIATIONS = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'mt',
  'sgt',
  'lt',
  'det',
  'inv',
  'ofc',
  'capt',
  'cpt',
  'cpl',
  'insp',
  'supt',
  'no',
  'vs',
  'ave',
  'rd',
  'blvd',
  'apt',
  'jr',
  'sr',
  'inc',
  'co',
  String.raw`a\.m`,
  String.raw`p\.m`,
  String.raw`e\.g`,
  String.raw`i\.e`,
  'etc',
  'approx',
  'dept',
  // months: "Arrived Dec. 3rd", "born Sept. 12" ("may" and "june" are never cut short)
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept?',
  'oct',
  'nov',
  'dec',
  '[a-z]',
];
const ABBREVIATION = new RegExp(String.raw`(?:^|[\s(])${oneOf(ABBREVIATIONS)}$`, 'i');
const ABBREVIATION_WORD = new RegExp(String.raw`^(?:${oneOf(ABBREVIATIONS)})$`, 'i');

/**
 * Whether a word (without its dot) is one of the abbreviations whose dot ends no sentence (`ABBREVIATIONS`: "Sgt",
 * "St", "Dec", an initial): the one list, read by the splitter here and by the HTML report's excerpts.
 */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATION_WORD.test(word);
}

/**
 * A sentence end: punctuation (with closing quotes or brackets) before white space, or a run of line breaks
 * (`paragraph`: a blank line).
 * e.g. "night." in "Crazy night. Here's…", "?!" in "Really?! Yes", "\n\n" between paragraphs
 */
const BOUNDARY: Record<SentenceUnit, RegExp> = {
  sentence: /[.!?…]+["'”’)]*(?=\s)|\n+/g,
  paragraph: /[.!?…]+["'”’)]*(?=\s)|\n\s*\n/g,
};

/** Split a text into sentences (or `paragraph` units); leading and trailing white space of each is trimmed. */
export function splitSentences(text: string, unit: SentenceUnit = 'sentence'): Segment[] {
  const boundary = BOUNDARY[unit];
  const out: Segment[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  boundary.lastIndex = 0;
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

/** The position in `segments` of the last one that starts at or before `index` (-1 when none does). */
export function segmentIndexBefore(segments: readonly Segment[], index: number): number {
  let lo = 0;
  for (let hi = segments.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The sentence that contains offset `index` (the whole text when it has no sentence breaks). */
export function sentenceAt(segments: readonly Segment[], index: number, textLength: number): Segment {
  const i = segmentIndexBefore(segments, index);
  if (i >= 0 && index < segments[i]!.end) return segments[i]!;
  return { start: 0, end: textLength };
}
