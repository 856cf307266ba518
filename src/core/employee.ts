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
const WRITERS_OWN = /\bmy\b/i;
/** A third person spoken of in a sentence, before the personal information: "his home", "she lives at". */
const PRONOUN = /\b(?:he|she|they|him|her|his|hers|them|their)\b/i;

export function aboutEmployee(text: string, hits: readonly Hit[]): ReadonlySet<Hit> {
  const about = new Set<Hit>();
  const inText = (h: Hit) => h.source === 'text' && h.start !== undefined;
  const named = hits.filter((h) => namesEmployee(h) && inText(h));
  const info = hits.filter((h) => PERSONAL_INFO.test(h.ruleId) && inText(h));
  if (!info.length) return about;
  const sentences = splitSentences(text);
  const sentenceOf = (offset: number) => segmentIndexBefore(sentences, offset);
  const namedIn = new Set(named.map((h) => sentenceOf(h.start!)));
  for (const h of info) {
    const i = sentenceOf(h.start!);
    const before = text.slice(i >= 0 ? sentences[i]!.start : 0, h.start);
    if (namedIn.has(i) || (namedIn.has(i - 1) && PRONOUN.test(before)) || WRITERS_OWN.test(before)) about.add(h);
  }
  return about;
}
