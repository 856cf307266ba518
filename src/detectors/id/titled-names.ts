// Finds "rank or title + name" ("Sgt. Kowalski", "Detective Omar Haddad", "Trooper Banks") for id/coworker, and
// rejects the ranks that belong to armies, companies, ships, headlines and fiction.
import type { DetectContext, Profile } from '../../core/types.js';
import { isCommonWord, isGivenName, isKnownName, isNeverAName, isVerbInContext, lexiconTags } from '../../nlp/people.js';
import { hasPoliceContext, isMemberNamePart, type RosterIndex } from './roster.js';
import {
  FICTIONAL_SINGLE_NAMES,
  hasStrongTitle,
  NON_POLICE_QUALIFIER,
  NOT_A_NAME_AFTER_TITLE,
  ROLES_AFTER_TITLE,
  STRONG_TITLE,
  WEAK_TITLE,
} from './police-words.js';
import { escapeRegex, oneOf } from '../vocab.js';
import { FULL_NAME_RANKS } from '../vocab/ranks.js';

export interface TitledName {
  /** Start of the rank or title. */
  start: number;
  /** End of the last name word (a possessive "'s" is left out). */
  end: number;
  /** The name words as written ("Jake", "Morales"). */
  names: string[];
  /** The title alone names a police member; otherwise the post's police context did. */
  strong: boolean;
}

/**
 * One to three ranks in a row, as a whole word.
 * e.g. "Sgt.", "Det. Sgt.", "Deputy Chief", "Police Officer", "Special Agent"
 */
const TITLE_CHAIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#.'’-])(?:${STRONG_TITLE}|${WEAK_TITLE})(?:\s+(?:${STRONG_TITLE}|${WEAK_TITLE})){0,2}(?![\p{L}\p{N}_])`,
  'giu',
);

/**
 * One name word after the title: an initial, or a capitalised word with a lower-case letter in it.
 * e.g. "J.", "Morales", "O'Brien", "McAllister", "Becker's"
 */
const NAME_WORD = /[ \t]{1,2}(\p{Lu}\.|\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{L}'’-]*)/uy;

/** A whole word that is itself a rank or title: never the name after one ("Sgt. Sgt. Sgt.", "Officer Deputy"). */
const TITLE_WORD = new RegExp(String.raw`^(?:${STRONG_TITLE}|${WEAK_TITLE})$`, 'iu');

const POLICE_PREFIX_WORDS = [
  'police',
  "sheriff'?s?",
  'state',
  'county',
  'city',
  'k-?9',
  'narcotics',
  'homicide',
  'vice',
  'traffic',
  'patrol',
  'precinct',
  'pct',
  'pd',
];

/**
 * Words before a weak title that make it a police rank.
 * e.g. "police Captain", "state Trooper", "K9 Officer", "narcotics Detective"
 */
const POLICE_PREFIX = new RegExp(String.raw`${oneOf(POLICE_PREFIX_WORDS)}\s+$`, 'i');

/** A run of titles ending in one that only police put before a full name ("PC", "Inspector", "Special Agent"). */
const ENDS_IN_FULL_NAME_RANK = new RegExp(String.raw`(?:^|\s)${oneOf(FULL_NAME_RANKS)}$`, 'i');

/**
 * Whether the two capitalised words right after a title read as a given name and a surname: the first a given name
 * compromise knows, or two words its lexicon does not know with no third capitalised word after them ("Rhys Evans",
 * "Nadia Raza", "Amara Osei"; not "World Cup", "National Drugs Unit").
 */
function fullNameAt(text: string, at: number): boolean {
  const m = /^[ \t]{1,2}(\p{Lu}[\p{Ll}'’-]+)[ \t](\p{Lu}[\p{Ll}'’-]*\p{Ll})(?:['’]s)?(?![\p{L}\p{N}])([ \t]+\p{Lu})?/u.exec(text.slice(at, at + 70));
  if (!m) return false;
  const word = (w: string) => isCommonWord(w) || (/s$/.test(w) && isCommonWord(w.slice(0, -1)));
  if (word(m[2])) return false;
  return isGivenName(m[1]) || (!word(m[1]) && !m[3]);
}

/** Whether a word is part of a roster member's name. */
function rosterNamePart(word: string, ctx: DetectContext): boolean {
  return ctx.profile.roster.some((m) => isMemberNamePart(m, word));
}

/**
 * Whether a word after a title can be a name word; compromise breaks ties for words that may be verbs. `weak`: the
 * first name word after a title police share with others, which must be a name compromise or the roster knows.
 */
function plausibleName(word: string, at: number, ctx: DetectContext, weak: boolean, policeContext?: () => boolean): boolean {
  const bare = word.replace(/['’]s$/, '');
  const lower = bare.toLowerCase();
  if (bare.endsWith('.')) return true;
  if (NOT_A_NAME_AFTER_TITLE.has(lower) || TITLE_WORD.test(bare)) return false;
  if (isKnownName(bare)) return true;
  if (isNeverAName(bare)) return false;
  // After a title police share with ships, teams and fiction ("PC World", "Captain Planet", "Inspector Clouseau"),
  // only a name compromise knows, or a roster member's, is taken for a person, or a word no dictionary knows when the
  // post is about policing ("Inspector Hanley just told the whole briefing").
  if (weak) return rosterNamePart(lower, ctx) || (!isCommonWord(bare) && !!policeContext?.());
  // "Officer Faces Charges": a plural or inflected word may be a headline verb; compromise reads the sentence.
  if (/(?:s|ed|ing)$/.test(lower) && isVerbInContext(ctx.nlp(), at)) return false;
  return true;
}

const OFFICES = new Set(ROLES_AFTER_TITLE);

/**
 * A given name that is also a word ("Bill", "Frost", "Woody") is still a name when a surname follows it: a known
 * surname, or a capitalised word the lexicon does not know.
 * e.g. "Sgt. Bill Amato" (but "Officer Bill of Rights", "Officer Down Memorial", "Deputy Mayor Chen")
 */
function givenThenSurname(text: string, n: RegExpExecArray): boolean {
  // Only a plain noun can be a given name too ("bill", "ray"); roles ("Mayor", "Leader") and grades are not.
  const tags = lexiconTags(n[1]);
  // "Lieutenant Governor Sarah Quan": an office, however plain a noun
  if (/['’]s$/.test(n[1]) || !tags.every((t) => t === 'Noun') || OFFICES.has(n[1].toLowerCase())) return false;
  const next = /^[ \t](\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(n.index + n[0].length));
  if (!next) return false;
  const surname = next[1].replace(/['’]s$/, '');
  if (NOT_A_NAME_AFTER_TITLE.has(surname.toLowerCase())) return false;
  return isKnownName(surname) || lexiconTags(surname).length === 0;
}

/**
 * The British and Irish ranks written as letters, which put a surname after them like a spelled-out title ("DC
 * Fairweather is leaving CID", "PC Whitlock has been my crewmate"): a lone unknown word after one is a surname in a post
 * about policing, as after "Inspector" ("PC World", "DC Comics" are common words, never taken).
 */
const POLICE_ACRONYM = /(?:^|\s)(?:PC|DC|DS|DI|DCI|DSU|PCSO)$/;

/**
 * Every "title + name" in the text that names a police member. Strong titles need nothing else; weak ones (Captain,
 * Chief, Inspector, Agent, PC) need a police word before them, police context elsewhere in the post, an author who
 * reveals being police (`authorIsPolice`: "Capt. Moreau retired. Honored to have served under her"), or, for the
 * titles only police put before a full name (FULL_NAME_RANKS), a given name and a surname ("PC Rhys Evans").
 */
export function titledNames(text: string, ctx: DetectContext, prepared: TitledNamesIndex, authorIsPolice?: () => boolean): TitledName[] {
  const out: TitledName[] = [];
  const { agencyPrefix } = prepared;
  for (const m of text.matchAll(TITLE_CHAIN)) {
    const start = m.index;
    const chain = m[0];
    let strong = hasStrongTitle(chain);
    const before = text.slice(Math.max(0, start - 40), start);
    const [w1, w2] = ctx.nlp().wordsBefore(start, 2, 40).reverse();
    if (w1 && (NON_POLICE_QUALIFIER.has(w1) || (w2 && NON_POLICE_QUALIFIER.has(`${w2} ${w1}`)))) continue;
    if (w1 === 'force' && (w2 === 'air' || w2 === 'space')) continue;
    // the title repeated after another service's: "The new health inspector, Inspector Joan Hale"
    if (w2 && NON_POLICE_QUALIFIER.has(w2) && w1 === chain.split(/\s+/)[0].toLowerCase()) continue;
    if (!strong && (POLICE_PREFIX.test(before) || agencyPrefix?.test(before))) strong = true;
    // "PC Rhys Evans", "Inspector Nadia Raza": a given name and a surname after a police-only title.
    if (!strong && ENDS_IN_FULL_NAME_RANK.test(chain) && fullNameAt(text, start + chain.length)) strong = true;
    const acronym = /(?:^|\s)(?:\p{Lu}{2,4}|Inv\.?)$/u.test(chain) && !POLICE_ACRONYM.test(chain);
    let inContext: boolean | undefined;
    // the post's police words, or the author's own police work ("PC Hanley and I were first on scene")
    const policeContext = () => (inContext ??= hasPoliceContext(text, prepared.roster, [{ start, end: start + chain.length }]) || !!authorIsPolice?.());
    NAME_WORD.lastIndex = start + chain.length;
    const names: string[] = [];
    let end = -1;
    for (let i = 0; i < 3; i++) {
      const n = NAME_WORD.exec(text);
      if (!n) break;
      const wordStart = n.index + n[0].length - n[1].length;
      const word = n[1];
      // Later words only need to be names; a weak title's first name word must be a known one.
      const first = names.length === 0 || names.every((w) => w.endsWith('.'));
      // A lone unknown word of three letters or more in a police post is a surname after a spelled-out title
      // ("Inspector Hanley"); not after an acronym ("PC World", "Inv. Manslaughter"), nor before more capitals
      // ("Garda National Drugs Unit").
      const lone = !acronym && /\p{Ll}{2}/u.test(word) && !/^[ \t]+\p{Lu}/u.test(text.slice(n.index + n[0].length, n.index + n[0].length + 3));
      if (!plausibleName(word, wordStart, ctx, first && !strong, lone ? policeContext : undefined) && !(first && strong && givenThenSurname(text, n)))
        break;
      const bare = word.replace(/['’]s$/, '');
      names.push(bare);
      end = wordStart + bare.length;
      if (bare !== word) break;
      NAME_WORD.lastIndex = n.index + n[0].length;
    }
    // A bare initial ("Officer J.") names nobody; "Lt. Dan" and "Captain Kirk" are fiction.
    if (!names.length || names.every((w) => w.endsWith('.'))) continue;
    const single = names.length === 1 ? names[0].toLowerCase() : '';
    if (FICTIONAL_SINGLE_NAMES.has(single) && !rosterNamePart(single, ctx)) continue;
    if (!strong && !hasPoliceContext(text, prepared.roster, [{ start, end }]) && !authorIsPolice?.()) continue;
    out.push({ start, end, names, strong });
  }
  return out;
}

/**
 * A plural rank before two or more names.
 * e.g. "Officers Becker and Kowalski", "Deputies Hale, Ruiz and Ortiz", "Sgts. Lee & Park"
 */
const PLURAL_NAMES = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#])(?:[Oo]fficers|[Oo]fcs\.?|[Ss]ergeants|[Ss]gts\.?|[Dd]etectives|[Dd]ets\.?|[Dd]eputies|[Tt]roopers|[Ll]ieutenants|[Ll]ts\.?|[Cc]orporals|[Cc]onstables)\s+` +
    String.raw`(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:(?:,\s*|,?\s+(?:and|&)\s+)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)+)`,
  'gu',
);

/** Every name in "Officers Becker and Kowalski", one entry per person. */
export function pluralTitledNames(text: string, ctx: DetectContext): TitledName[] {
  const out: TitledName[] = [];
  for (const m of text.matchAll(PLURAL_NAMES)) {
    const listStart = m.index + m[0].length - m[1].length;
    const person = /\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?/gu;
    for (const p of m[1].matchAll(person)) {
      const start = listStart + p.index;
      const names = p[0].split(/\s+/);
      if (!plausibleName(names[0], start, ctx, false)) continue;
      out.push({ start, end: start + p[0].length, names, strong: true });
    }
  }
  return out;
}

/** What titledNames needs from the profile: its roster's police-context words and the agency's own names. */
export interface TitledNamesIndex {
  roster: RosterIndex;
  /** "HCPD Captain", "Harbor City PD Chief": the agency's own names before a weak title. */
  agencyPrefix?: RegExp;
}

/** Build titledNames' per-profile patterns (part of id/coworker's `prepare`). */
export function prepareTitledNames(profile: Profile, roster: RosterIndex): TitledNamesIndex {
  const names = profile.agency.names.map(escapeRegex);
  return { roster, agencyPrefix: names.length ? new RegExp(`(?:${names.join('|')})\\s+$`, 'i') : undefined };
}
