/**
 * Name knowledge for the identity detectors: compromise's lexicon (given names, surnames, places, word classes) read
 * word by word without parsing, and the parsed document's term tags when a word's class depends on its sentence.
 */
import { compromise, type TextAnalysis } from './index.js';

type Lexicon = Record<string, string | string[] | undefined>;

let lexicon: Lexicon | undefined;
function lex(): Lexicon {
  lexicon ??= (compromise().model() as { one: { lexicon: Lexicon } }).one.lexicon;
  return lexicon;
}

/** compromise's lexicon tags for a word (lower-cased lookup); empty when the word is unknown. */
export function lexiconTags(word: string): string[] {
  const t = lex()[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const GIVEN = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PERSON = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Honorific',
]);
const PLACE = new Set([
  'Place',
  'City',
  'Country',
  'Region',
  'Address',
  'Demonym',
]);
/** Word classes a name never takes: verbs, function words, adverbs. */
const NOT_A_NAME = new Set([
  'Verb',
  'PresentTense',
  'PastTense',
  'Infinitive',
  'Gerund',
  'Participle',
  'PhrasalVerb',
  'Modal',
  'Auxiliary',
  'Copula',
  'Preposition',
  'Determiner',
  'Pronoun',
  'Conjunction',
  'Adverb',
  'QuestionWord',
  'Negative',
  'Possessive',
  'Expression',
  'Cardinal',
  'Ordinal',
  'Date',
  'Month',
  'WeekDay',
  'Contraction',
]);

/** "jake", "Dana", "kat": a given name compromise knows. */
export function isGivenName(word: string): boolean {
  return lexiconTags(word).some((t) => GIVEN.has(t));
}

/** "taylor", "jake", "lopez": a given name, surname or person's name compromise knows (no honorifics). */
export function isPersonName(word: string): boolean {
  return lexiconTags(word).some((t) => GIVEN.has(t) || t === 'LastName' || t === 'Person');
}

/** Any name-like lexicon entry (given name, surname, person, honorific). */
export function isKnownName(word: string): boolean {
  return lexiconTags(word).some((t) => PERSON.has(t));
}

/** "Ottawa", "Texas": a place compromise knows (a handle like "OttawaPolice" names a department, not a person). */
export function isPlace(word: string): boolean {
  return lexiconTags(word).some((t) => PLACE.has(t));
}

/** "says", "down", "the", "today": a word whose lexicon class rules it out as a name. Names win over other tags. */
export function isNeverAName(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.some((t) => PERSON.has(t))) return false;
  return tags.some((t) => NOT_A_NAME.has(t));
}

/** An ordinary dictionary word that is not also a name ("news", "lifts", "gym"); unknown words are not. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => PERSON.has(t));
}

/** True when compromise, reading the whole sentence, tags the word starting at `start` as a verb ("Officer Faces"). */
export function isVerbInContext(analysis: TextAnalysis, start: number): boolean {
  const term = analysis.termAt(start);
  return !!term && term.tags.includes('Verb') && !term.tags.some((t) => PERSON.has(t));
}

/** Word classes that rule a capitalised word out of a personal name: "Elm St", "Monday", "Harbor City". */
const NEVER_IN_NAME = new Set([
  'Place',
  'City',
  'Country',
  'Region',
  'Address',
  'Abbreviation',
  'WeekDay',
  'Month',
  'Date',
  'Organization',
  'Demonym',
  'Determiner',
  'Pronoun',
  'Preposition',
  'Conjunction',
  'Verb',
  'PastTense',
  'PresentTense',
  'Modal',
]);

/**
 * Whether capitalised words form a personal name, from the lexicon alone (no parse): the first is a given name
 * ("Kevin Hale", "Darnell Fisk") or one of them is a known surname ("Amy Reynolds"), and none is a place, a day or
 * a function word ("Birch St", "Monday Morning").
 */
export function looksLikePersonName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const classes = words.map((w) => lexiconTags(w.replace(/[.'’]s?$/, '')));
  if (classes.some((c) => c.some((t) => NEVER_IN_NAME.has(t)) && !c.some((t) => GIVEN.has(t) || t === 'LastName'))) return false;
  return classes[0]!.some((t) => GIVEN.has(t)) || classes.some((c) => c.includes('LastName'));
}
