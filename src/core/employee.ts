/**
 * Which personal-information findings of a draft are about an employee (user test 27, U1-4): the writer's own ("my"),
 * or a member of the roster (or the undercover member) is named in the finding's sentence, or in the sentence before
 * when this one speaks of them by a pronoun ("Happy birthday to Officer Will Hunt, born 3/14/1986! Cards can go to his home at 27 Birch Hill
 * Rd."). Only the roster says who is an employee: a rank and a name on an official post is mostly an officer on duty
 * beside a suspect's date of birth or an incident's address (real official posts: "HPD Ofc Garay conducted a traffic
 * stop ...", "Police Officer Shooting: ... (DOB 05/31/88)").
 * A clause with an `employee` severity (policy/packs.ts) raises these: on an official account a date, an address or
 * a number is mostly a venue's, a suspect's or the public's, while an employee's is not to be posted at all.
 */
import { segmentIndexBefore, splitSentences } from '../nlp/sentences.js';
import type { Hit } from './engine.js';
import { namesRosterMember } from './rules.js';

/** A finding that names a member of the roster. */
const namesEmployee = (h: Hit) => h.ruleId === 'id/undercover' || namesRosterMember(h.ruleId, h.messageId);
/** The rules an employee's personal information is found by. */
const PERSONAL_INFO = /^pii\//;
/**
 * The writer's own or their family's, said before the information in its sentence: "my cell", "my wife's birthday is"
 * (the writer of either account is an employee; user test 27, U2-14). Not "our": an official post's "our station".
 */
const WRITERS_OWN = ['my'];
/** A third person spoken of in a sentence, before the personal information: "his home", "she lives at". */
const PRONOUNS = ['he', 'she', 'they', 'him', 'her', 'his', 'hers', 'them', 'their'];

export function aboutEmployee(text: string, hits: readonly Hit[]): ReadonlySet<Hit> {
  const about = new Set<Hit>();
  const inText = (h: Hit) => h.source === 'text' && h.start !== undefined;
  const named = hits.filter((h) => namesEmployee(h) && inText(h));
  const info = hits.filter((h) => PERSONAL_INFO.test(h.ruleId) && inText(h));
  if (!info.length) return about;
  const sentences = splitSentences(text);
  const sentenceOf = (offset: number) => segmentIndexBefore(sentences, offset);
  const namedIn = new Set(named.map((h) => sentenceOf(h.start!)));
  const own = new WordsBefore(text, WRITERS_OWN);
  const pronoun = new WordsBefore(text, PRONOUNS);
  for (const h of info) {
    const i = sentenceOf(h.start!);
    const from = i >= 0 ? sentences[i]!.start : 0;
    if (namedIn.has(i) || (namedIn.has(i - 1) && pronoun.in(from, h.start!)) || own.in(from, h.start!)) about.add(h);
  }
  return about;
}

/** An ASCII letter, digit or underscore: what `\b` of a regex without the `u` flag takes for a word character. */
const isWordUnit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Whether one of a few lower-case ASCII words stands as a whole word in `text.slice(from, to)`, as
 * `/\b(?:my)\b/i.test(text.slice(from, to))` says, without slicing: a draft of one 45,000-number sentence asked it
 * for each number of the whole sentence before it, which took 30 s (user test 30, U30-5). The words' places in the
 * whole text are found once; a word cut by the slice's ends (a word character outside it) is checked there.
 */
class WordsBefore {
  /** [start, end) of each whole-word occurrence in the text, in order. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(
    private readonly text: string,
    private readonly words: readonly string[],
  ) {
    const re = new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'gi');
    for (const m of text.matchAll(re)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }

  in(from: number, to: number): boolean {
    const { text, starts, ends } = this;
    // the first whole word at or after `from`: within the slice when it ends by `to` (a later one ends later still)
    let lo = 0;
    for (let hi = starts.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    if (lo < starts.length && ends[lo]! <= to) return true;
    // the slice starts inside a word: a word right at its start is whole in the slice
    if (from > 0 && isWordUnit(text.charCodeAt(from - 1))) {
      for (const w of this.words) {
        const end = from + w.length;
        if (end <= to && this.spells(from, w) && (end === to || !isWordUnit(text.charCodeAt(end)))) return true;
      }
    }
    // the slice ends inside a word: a word ending right at its end is whole in the slice
    if (to < text.length && isWordUnit(text.charCodeAt(to))) {
      for (const w of this.words) {
        const start = to - w.length;
        if (start >= from && this.spells(start, w) && (start === from || !isWordUnit(text.charCodeAt(start - 1)))) return true;
      }
    }
    return false;
  }

  /** Whether the text at `at` spells `word` in any case of its ASCII letters. */
  private spells(at: number, word: string): boolean {
    for (let i = 0; i < word.length; i++) {
      if ((this.text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
    }
    return true;
  }
}
