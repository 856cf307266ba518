// Roster matching shared by id/coworker and id/undercover: finds where a post names a roster member (full name,
// "L. Ortega", surname, given name, handle) and whether the post is about police work. Compiled once per profile.
import type { Profile, RosterMember } from '../../core/types.js';
import { editDistance } from '../../nlp/edit-distance.js';
import { isCommonWord, isGivenName, isKnownName, isPlace, lexiconTags } from '../../nlp/people.js';
import { escapeRegex, literalWords } from '../vocab.js';
import { GIVEN_NAME_FORMS } from '../vocab/given-names.js';
import { SURNAME_WORDS } from '../vocab/surname-words.js';
import type { TextAnalysis } from '../../nlp/index.js';
import { NON_POLICE_QUALIFIER, OTHER_JOB, policeContextRegex, STRONG_TITLE, WEAK_TITLE, workContextRegex } from './police-words.js';

/** How a post refers to a roster member, most specific first. */
export type MentionKind = 'handle' | 'full' | 'compact' | 'initial' | 'surname' | 'given';

export interface RosterMention {
  member: RosterMember;
  kind: MentionKind;
  start: number;
  end: number;
  /** A police rank or title stands right before the mention ("Det. Ortega", "Sgt. Renee"). */
  titled: boolean;
  /** The surname is written a letter or two off the roster's ("Ragunathan" for Raghunathan): a near match. */
  near?: boolean;
}

interface Pattern {
  member: RosterMember;
  kind: MentionKind;
  re: RegExp;
  /** The pattern holds a rank itself ("#DetHale"): its mentions are titled whatever precedes them. */
  titled?: boolean;
}

/** A profile's roster compiled into patterns: the `prepare` of the detectors that look for roster members. */
export interface RosterIndex {
  /**
   * Compiled on first read, when a post first names a roster name part (`any`): telling a name from an ordinary word
   * asks compromise's lexicon, which costs ~0.5 s to load, and a `check` of a post that names nobody should not pay it.
   */
  readonly patterns: Pattern[];
  /** Cheap pre-check: any roster name part or handle appears at all (case-insensitive). */
  any: RegExp | undefined;
  context: RegExp;
  work: RegExp;
  /** Each member's name as account names are built from it (builtHandleMentions). */
  readonly accounts: { member: RosterMember; joined: Set<string>; split: Set<string> }[];
  /** The surnames a near match is looked for (5 letters or more), folded, with how far off they may be written. */
  near: { member: RosterMember; folded: string; reach: number; compound: boolean }[];
}

/** Letters and digits on either side that would make a hit part of a longer word. */
const L = String.raw`(?<![\p{L}\p{N}_@])`;
const R = String.raw`(?![\p{L}\p{N}_])`;
/** A handle may not run on into more handle characters or an e-mail domain. */
const HL = String.raw`(?<![\p{L}\p{N}_@.])`;
const HR = String.raw`(?![\p{L}\p{N}_]|\.[\p{L}\p{N}]|@)`;

/**
 * A rank or title ending right where a mention starts.
 * e.g. "Det. " in "Det. Ortega", "Sergeant " in "Sergeant Renee Whitfield"
 */
const TITLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${STRONG_TITLE}|${WEAK_TITLE})\s+$`, 'iu');

/**
 * Whether a police rank or title ends right where a mention starts, and no other service or team owns it.
 * e.g. tp "Det. Ortega", "Sgt. Dana"; fp "Team captain Priya", "paramedic Lieutenant Dana"
 */
function titledAt(text: string, start: number): boolean {
  const near = text.slice(Math.max(0, start - 50), start);
  const t = TITLE_BEFORE.exec(near);
  if (!t) return false;
  const owner = /(\p{L}+)\s+$/u.exec(near.slice(0, t.index + (/^[^\p{L}]/u.test(t[0]) ? 1 : 0)))?.[1].toLowerCase();
  return !(owner && (NON_POLICE_QUALIFIER.has(owner) || TEAMS.has(owner)));
}

/** A team whose captain is no rank: "Team captain Priya", "club captain Dana". */
const TEAMS = new Set(['team', 'club', 'house', 'crew', 'league', 'squad']);

/** Upper-case first letter then lower case, or all capitals: how a name is written when it is one. */
function caseVariants(word: string): string {
  const lower = word.toLowerCase();
  const cap = lower.charAt(0).toUpperCase() + lower.slice(1);
  const variants = new Set([word, cap, word.toUpperCase()]);
  return [...variants].map(nameSource).join('|');
}

/**
 * Whether a given name typed in lower case still reads as the name: the lexicon knows it only as a man's or a woman's
 * name ("dmitri", "siobhan"), or not at all and it is five letters or more ("kenji"); not a name that is also a word
 * ("chase", "drew", "mark", "grace": the lexicon's plain FirstName) or a word ("rose", "will").
 */
function lowerCaseName(given: string): boolean {
  const tags = lexiconTags(given);
  if (tags.length === 0) return [...given].length >= 5 && /^\p{L}+$/u.test(given);
  return tags.every((t) => t === 'MaleName' || t === 'FemaleName');
}

/** A lower-case name form written as a name: "Toby" or "TOBY", never "toby" (a "bill" to pay is no Bill). */
function asName(form: string): string {
  return caseVariants(form.charAt(0).toUpperCase() + form.slice(1));
}

/** Text without its accents: "Ibáñez" -> "Ibanez" (the combining marks of its decomposed form dropped). */
const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * A word without its accents, lower case, any apostrophe the typed one: "Ibáñez" -> "ibanez", "Zoë" -> "zoe",
 * "D’Andre" -> "d'andre" (how two writings of a name compare; a phone types the curly apostrophe: user test 31, U31-30).
 */
export function foldName(word: string): string {
  return stripMarks(word).toLowerCase().replace(APOSTROPHES, "'");
}

/** Each plain letter to itself and its accented forms in Latin-1 and Latin Extended-A ("e" -> eèéêëēĕėęě). */
const ACCENTED = new Map<string, string>();
for (let code = 0x41; code <= 0x17f; code++) {
  const ch = String.fromCharCode(code);
  const base = stripMarks(ch);
  if (base.length === 1 && /[A-Za-z]/.test(base)) ACCENTED.set(base, (ACCENTED.get(base) ?? '') + ch);
}

/** The apostrophes a name may be written with: typed, typographic (’ ‘), the modifier letter (ʼ), acute, prime. */
const APOSTROPHE = /['’‘ʼ\u02bb\u00b4\u2032\uff07`]/;
const APOSTROPHES = new RegExp(APOSTROPHE.source, 'g');

/**
 * A name as a pattern that matches it with or without its accents: "José" -> J[oòóôõöōŏő]s[eèéêëēĕėęě] matches "Jose"
 * and "José" (people type names without accents on phones; a roster may hold either writing), a hyphen in it
 * as a hyphen, a space or nothing, and an apostrophe as any apostrophe, a space or nothing.
 */
export function nameSource(name: string): string {
  let out = '';
  for (const ch of name) {
    // a hyphen in a compound name may be typed as a space or left out: "Ferreira Santos", "FerreiraSantos" for
    // Ferreira-Santos (user test 27, U1-2)
    if (/[-‐‑]/.test(ch)) {
      out += String.raw`[-‐‑\s]?`;
      continue;
    }
    // an apostrophe as a phone or Word types it (’, ‘, ʼ), a space, or nothing: "O’Rourke", "O Rourke", "ORourke" and
    // "#SiobhanORourke" for O'Rourke (user test 29, U29-1)
    if (APOSTROPHE.test(ch)) {
      out += `(?:${APOSTROPHE.source}\\s?|\\s)?`;
      continue;
    }
    // a space inside a name of several words ("St. Claire", "K. C."): any spacing or none ("St.Claire", "K.C.")
    if (/\s/.test(ch)) {
      out += String.raw`\s*`;
      continue;
    }
    const base = stripMarks(ch);
    const forms = base.length === 1 ? ACCENTED.get(base) : undefined;
    out += forms ? `[${forms}]` : escapeRegex(ch);
  }
  return out;
}

/**
 * Words that start a surname of several words: "D'Andre St. Claire", "Anna-Lise Van der Berg", "Rosa de la Cruz"
 * (user test 31, U31-2: the copy kept "St." and "der" and "Claire" alone was read as a given name).
 */
const SURNAME_PARTICLES = new Set(['st.', 'st', 'ste.', 'saint', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'ter', 'ten', 'dos', 'das', 'bin', 'ibn', 'al', 'el']);

/** A generational suffix after a surname: "Jr.", "Sr", "III" (never the surname: user test 31, U31-34). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/**
 * A member's given name (the first word; empty for an empty name) and surname (the last word of two or more, a
 * generational suffix left out: "Travis McCoy Jr." -> McCoy, "Travis McCoy, Jr." too).
 */
function nameParts(member: RosterMember): { given: string; surname?: string; whole: string } {
  const parts = member.name.trim().split(/\s+/).filter(Boolean);
  while (parts.length > 2 && NAME_SUFFIX.test(parts[parts.length - 1])) parts.pop();
  if (parts.length > 1) parts[parts.length - 1] = parts[parts.length - 1].replace(/,$/, '');
  // the particles before the last word belong to the surname: "St. Claire", "Van der Berg", "de la Cruz"
  let first = parts.length - 1;
  while (first > 1 && SURNAME_PARTICLES.has(parts[first - 1].toLowerCase())) first--;
  return { given: parts[0] ?? '', surname: parts.length > 1 ? parts.slice(first).join(' ') : undefined, whole: parts.join(' ') };
}

/** Each given name (lower case) to the groups of GIVEN_NAME_FORMS holding it, merged: "toby" -> tobias, toby, tobi. */
const FORMS_OF = new Map<string, Set<string>>();
for (const line of GIVEN_NAME_FORMS) {
  const group = line.split(/\s+/);
  for (const name of group) {
    const forms = FORMS_OF.get(name) ?? new Set<string>();
    for (const f of group) forms.add(f);
    FORMS_OF.set(name, forms);
  }
}

/**
 * The other usual forms of a given name, lower case, the name itself left out: "Tobias" -> toby, tobi; "Mike" ->
 * michael, mikey, mick. The same given name: "Toby Quill" is roster member Tobias Quill, "Nico Ortega" is not Luis Ortega.
 */
export function givenNameForms(given: string): string[] {
  const lower = foldName(given);
  return [...(FORMS_OF.get(lower) ?? [])].filter((f) => f !== lower);
}

/**
 * The given name cut short, lower case, three letters or more and two or more letters short of it: "Leopold" -> leo,
 * leop, leopo; "Christopher" -> chris, ...; "Dana" -> none ("Dan" is another name, not Dana cut short).
 */
export function givenNamePrefixes(given: string): string[] {
  const lower = foldName(given);
  const out: string[] = [];
  for (let n = 3; n <= lower.length - 2; n++) out.push(lower.slice(0, n));
  return out;
}

/**
 * Whether a word (any case, with or without accents) is part of a member's name, a usual form of their given name
 * ("toby" for Tobias Quill) or their given name cut short ("Leo" for Leopold Hale).
 */
export function isMemberNamePart(member: RosterMember, word: string): boolean {
  const lower = foldName(word);
  const parts = member.name.split(/\s+/).map(foldName);
  return parts.includes(lower) || (!!parts[0] && (givenNameForms(parts[0]).includes(lower) || givenNamePrefixes(parts[0]).includes(lower)));
}

const SURNAME_WORD_SET = new Set(SURNAME_WORDS);

/**
 * A surname that is also an ordinary word ("Quill", "Young", "Fisher"): compromise's lexicon knows it as a word, or
 * the list of such surnames holds it. Matched only written as a name, and alone only with a rank or police work.
 */
export function isWordSurname(word: string): boolean {
  return SURNAME_WORD_SET.has(word.toLowerCase()) || isCommonWord(word);
}

/** Whether a member's surname, as written in the post, is also a word: known to be one, or so marked in the profile. */
export function isMemberWordSurname(member: RosterMember, written: string): boolean {
  return !!member.surname_is_word || isWordSurname(written);
}

/** Compile a profile's roster names, handles and police-context words (once per profile, by the engine). */
export function prepareRoster(profile: Profile): RosterIndex {
  const alternatives: string[] = [];
  for (const member of profile.roster) {
    const { given, surname } = nameParts(member);
    alternatives.push(...member.handles.map((h) => h.replace(/^@/, '')).filter(Boolean).map(escapeRegex));
    if (given) alternatives.push(nameSource(given), ...givenNameForms(given).map(escapeRegex), ...givenNamePrefixes(given).slice(0, 1));
    // a surname of several words also as an account writes it: "stclaire" in @dstclaire
    if (surname) alternatives.push(nameSource(surname), escapeRegex(foldName(surname).replace(/[^\p{L}]/gu, '')));
    alternatives.push(...(member.aliases ?? []).map(nameSource));
  }
  let patterns: Pattern[] | undefined;
  let accounts: RosterIndex['accounts'] | undefined;
  return {
    get patterns() {
      return (patterns ??= rosterPatterns(profile));
    },
    get accounts() {
      return (accounts ??= profile.roster.map((member) => ({ member, ...accountForms(member) })));
    },
    any: alternatives.length ? new RegExp(alternatives.join('|'), 'iu') : undefined,
    context: policeContextRegex(profile),
    work: workContextRegex(profile),
    near: profile.roster.flatMap((member) => {
      const { surname } = nameParts(member);
      const folded = surname ? foldName(surname).replace(/[^\p{L}]/gu, '') : '';
      const reach = nearSurnameReach(folded);
      return reach && !member.surname_is_word ? [{ member, folded, reach, compound: /[^\p{L}]/u.test(surname ?? '') }] : [];
    }),
  };
}

/** Each roster member's name forms and handles as patterns, most specific kinds first. */
function rosterPatterns(profile: Profile): Pattern[] {
  const patterns: Pattern[] = [];
  for (const member of profile.roster) {
    const { given, surname, whole } = nameParts(member);
    // another writing of the name the profile lists ("Волков", "Dima"): read as the full name, as written
    for (const alias of member.aliases ?? []) patterns.push({ member, kind: 'full', re: new RegExp(`${L}${nameSource(alias)}${R}`, 'giu') });
    for (const h of member.handles) {
      const body = h.replace(/^@/, '');
      if (!body) continue;
      // "@dana_k" always; a bare "dana_k" or "tbecker" only when it cannot be an ordinary word.
      const bareOk = /[^a-z]/i.test(body) || (body.length >= 5 && !isCommonWord(body) && !isGivenName(body));
      const re = bareOk ? `${HL}@?${escapeRegex(body)}${HR}` : `${HL}@${escapeRegex(body)}${HR}`;
      patterns.push({ member, kind: 'handle', re: new RegExp(re, 'giu') });
    }
    // the usual short forms of the given name ("Toby" for Tobias), written as names ("Bill", not "bill"); beside the
    // surname also the given name cut short ("Leo Hale", "#LeoHale", "Leo H." for Leopold Hale)
    const forms = given ? givenNameForms(given) : [];
    const short = given ? [...forms, ...givenNamePrefixes(given).filter((p) => !forms.includes(p))] : [];
    if (surname) {
      // a middle initial, after a space or closed up after a dotted initial ("K.C. Young" for K. C. Young: U31-1)
      const middle = String.raw`(?:(?:\s+|(?<=\.))[\p{L}]\.?)?`;
      // the whole name as the roster writes it, middle names too ("Rose Marie Castillo": U31-2)
      if (whole.split(' ').length > 2) patterns.push({ member, kind: 'full', re: new RegExp(`${L}${nameSource(whole)}${R}`, 'giu') });
      patterns.push({
        member,
        kind: 'full',
        re: new RegExp(`${L}${nameSource(given)}${middle}\\s+${nameSource(surname)}${R}`, 'giu'),
      });
      // "Toby Quill", "TOBY QUILL" for Tobias Quill, "Leo Hale" for Leopold Hale
      if (short.length)
        patterns.push({
          member,
          kind: 'full',
          re: new RegExp(`${L}(?:${short.map(asName).join('|')})${middle}\\s+(?:${caseVariants(surname)})${R}`, 'gu'),
        });
      // "#RenéeWhitfield", "reneewhitfield", "#TobyQuill", "#LeoHale"
      patterns.push({
        member,
        kind: 'compact',
        re: new RegExp(`${L}#?(?:${[given, ...short].map(nameSource).join('|')})[_.]?${nameSource(surname)}${R}`, 'giu'),
      });
      // a rank joined to the surname in a hashtag: "#DetHale", "#SgtWhitfield", "#Officer_Okafor" (user test 23, #2)
      patterns.push({
        member,
        kind: 'compact',
        re: new RegExp(`${L}#(?:${STRONG_TITLE})[_.]?${nameSource(surname)}${R}`, 'giu'),
        titled: true,
      });
      // the surname as one capitalised part of a longer hashtag: "#TeamVandermeer", "#VandermeerFamily",
      // "#IggyVandermeer" (user test 24, #2); not a surname that is also a word ("#HaleAndHearty"), which needs a rank
      // joined to it (above) or the given name (the compact form)
      if (!isMemberWordSurname(member, surname))
        patterns.push({
          member,
          kind: 'compact',
          re: new RegExp(`${L}#(?:[\\p{L}\\p{N}_]*[\\p{Ll}\\p{N}_])?(?:${asName(surname)})(?:[\\p{Lu}\\p{N}_][\\p{L}\\p{N}_]*)?${R}`, 'gu'),
        });
      // "R. Whitfield", "R.Whitfield", "R Whitfield"
      patterns.push({
        member,
        kind: 'initial',
        re: new RegExp(`${L}${nameSource(given.charAt(0).toUpperCase())}\\.?\\s?(?:${caseVariants(surname)})${R}`, 'gu'),
      });
      // "Luis O.", "Marcus D.", "Toby Q." for Tobias Quill, "Leo H." for Leopold Hale
      patterns.push({
        member,
        kind: 'initial',
        re: new RegExp(`${L}(?:${[caseVariants(given), ...short.map(asName)].join('|')})\\s+${nameSource(surname.charAt(0).toUpperCase())}\\.(?!\\p{L})`, 'gu'),
      });
      // A surname that is also a word ("Young", "Banks", "Quill") counts only when written as a name.
      const distinctive = !isMemberWordSurname(member, surname);
      patterns.push({
        member,
        kind: 'surname',
        re: distinctive
          ? new RegExp(`${L}${nameSource(surname)}${R}`, 'giu')
          : new RegExp(`${L}(?:${caseVariants(surname)})${R}`, 'gu'),
      });
    }
    if (given) {
      // a short form alone only when it is a given name and no ordinary word ("Toby", not "Bill" or "Will"), and only
      // after a rank (findMentions)
      const alone = forms.filter((f) => isGivenName(f) && !isCommonWord(f));
      // an undercover member's given name typed in lower case, as officers type on phones ("shoutout to dmitri for
      // covering my shift"; user test 30, U30-1), when the name is no word as well (lowerCaseName); the detectors
      // still ask for police work around it
      const lower = member.undercover && lowerCaseName(given) ? [nameSource(given.toLowerCase())] : [];
      patterns.push({ member, kind: 'given', re: new RegExp(`${L}(?:${[caseVariants(given), ...lower, ...alone.map(asName)].join('|')})${R}`, 'gu') });
    }
  }
  return patterns;
}

const KIND_RANK: Record<MentionKind, number> = { handle: 0, full: 1, compact: 2, initial: 3, surname: 4, given: 5 };

/**
 * The word right before a position, if it is a capitalised given name ("Jenna" in "Jenna Ortega").
 * A different given name before a surname means a different person.
 */
function givenNameBefore(text: string, start: number): string | undefined {
  const m = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return m && isGivenName(m[1]) ? m[1] : undefined;
}

/**
 * Every place the post names a roster member; overlapping hits keep the most specific. Given names followed by
 * another capitalised name ("Sam Smith") or a possessive brand ("Sam's Club"), and surnames after a different
 * given name ("Jenna Ortega"), are someone else and are dropped.
 */
function findMentions(text: string, c: RosterIndex): RosterMention[] {
  if (!c.any || !c.any.test(text)) return nearMentions(text, c);
  const found: RosterMention[] = [];
  for (const p of c.patterns) {
    p.re.lastIndex = 0;
    const { given, surname = '' } = nameParts(p.member);
    for (const m of text.matchAll(p.re)) {
      let start = m.index;
      const end = start + m[0].length;
      if (p.kind === 'surname') {
        const before = givenNameBefore(text, start);
        if (before && !isMemberNamePart(p.member, before)) continue;
      }
      if (p.kind === 'given') {
        const after = text.slice(end, end + 40);
        const next = /^\s+(\p{Lu}[\p{L}'’-]+)/u.exec(after);
        if (next && foldName(next[1]) !== foldName(surname) && !/^(?:and|or|but|is|was)$/i.test(next[1]))
          continue;
        // "Priya S." is another Priya when the member's surname starts with another letter (tp "Luis O.")
        const initial = /^\s+(\p{Lu})\.(?!\p{L})/u.exec(after);
        if (initial && surname && foldName(initial[1]) !== foldName(surname.charAt(0))) continue;
        if (/^['’]s\s+\p{Lu}/u.test(after)) continue;
        // typed in lower case (an undercover member's, lowerCaseName) and followed by another surname: a name the
        // lexicon knows or a longer word it does not ("marcus garvey" is not Marcus Delgado)
        const word = m[0] === m[0].toLowerCase() ? /^\s+([\p{L}'’-]+)/u.exec(after)?.[1] : undefined;
        if (word && foldName(word) !== foldName(surname) && (isKnownName(word) || (lexiconTags(word).length === 0 && [...word].length >= 5))) continue;
      }
      // a surname found alone takes the words of the member's name written right before it: the "Ó" of "Ó Briain"
      if (p.kind === 'surname') start = namePrefixBefore(text, start, p.member);
      const titled = !!p.titled || titledAt(text, start);
      // a short form alone ("Toby" for Tobias) only right after a rank ("Det. Toby"): "Vic" is also Victoria, the state
      if (p.kind === 'given' && !titled && foldName(m[0]) !== foldName(given)) continue;
      found.push({ member: p.member, kind: p.kind, start, end, titled });
    }
  }
  found.push(...nearMentions(text, c), ...builtHandleMentions(text, c));
  found.sort((a, b) => a.start - b.start || b.end - a.end || KIND_RANK[a.kind] - KIND_RANK[b.kind] || Number(!!a.near) - Number(!!b.near));
  const out: RosterMention[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) continue;
    out.push(f);
  }
  return out;
}

/**
 * Where a surname found alone starts once the words of the member's name before it are taken in, as far as the post
 * writes them right before it (accents and case aside): "Ó Briain" for Seán Ó Briain, "Luis Ramírez" for José Luis
 * Ramírez, never the given name (the full-name patterns read that). User test 30, U30-20: `Seán “the legend” Ó
 * Briain` was copied as `[name] “the legend” Ó [name]`.
 */
function namePrefixBefore(text: string, start: number, member: RosterMember): number {
  const words = member.name.trim().split(/\s+/);
  let at = start;
  for (let j = words.length - 2; j >= 1; j--) {
    const m = /([\p{L}\p{M}'’.-]+)\s+$/u.exec(text.slice(Math.max(0, at - words[j]!.length - 8), at));
    const from = m ? at - m[0].length : -1;
    if (!m || (from > 0 && /[\p{L}\p{N}_@]/u.test(text[from - 1]!)) || foldName(m[1]!) !== foldName(words[j]!)) break;
    at = from;
  }
  return at;
}

/** Social sites whose address before an account's name makes a profile link: it names the account as a handle does. */
const PROFILE_SITES = [
  'twitter.com',
  'x.com',
  'instagram.com',
  'facebook.com',
  'fb.com',
  'tiktok.com',
  'threads.net',
  'linkedin.com/in',
  'youtube.com',
  'snapchat.com/add',
  'bsky.app/profile',
];
const PROFILE_SITE = String.raw`(?:(?:www|m|mobile)\.)?${literalWords(PROFILE_SITES)}`;

/**
 * A handle ("@priya_raghunathan"), an e-mail address's local part ("praghunathan" in praghunathan@agency.gov) or a bare
 * word joined by underscores ("priya_raghunathan"), or a profile link's account ("twitter.com/kenji_w84"; user test 29,
 * U29-31): where people write a name as an account. Group 1 is the account name (the part a member's name forms are
 * read in), its offset the span's start; for a handle the span takes the "@".
 */
const ACCOUNT_NAME = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}_.@])@([\p{L}\p{N}_.]*[\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_.+-])([\p{L}\p{N}_.+-]*[\p{L}\p{N}_])@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`(?<![\p{L}\p{N}_.@/#])([\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+)(?![\p{L}\p{N}_@])`,
    String.raw`\b${PROFILE_SITE}/@?([\p{L}\p{N}_.]*[\p{L}\p{N}_])(?![\p{L}\p{N}_])`,
  ].join('|'),
  'gu',
);

/**
 * The ways an account name is built from a member's name, as its letter runs once digits are dropped and split at "_",
 * "." and "-": first and last name in either order, joined or apart ("priya_raghunathan", "raghunathan.priya",
 * "priyaraghunathan87"), the first initial and the surname ("praghunathan", "p.raghunathan", "raghunathanp"), and the
 * given name and the surname's initial ("priya.r", "priyar"; a given name of 4 letters or more, and not a word).
 */
function accountForms(member: RosterMember): { joined: Set<string>; split: Set<string> } {
  const { given, surname } = nameParts(member);
  const joined = new Set<string>();
  const split = new Set<string>();
  if (!given || !surname) return { joined, split };
  const last = foldName(surname).replace(/[^\p{L}]/gu, '');
  const firsts = [foldName(given), ...givenNameForms(given).filter((f) => f.length >= 3)];
  const pairs: [string, string][] = [];
  for (const first of firsts) pairs.push([first, last], [last, first], [first.charAt(0), last], [last, first.charAt(0)]);
  const g = foldName(given);
  if (g.length >= 4) pairs.push([g, last.charAt(0)]);
  for (const [a, b] of pairs) {
    split.add(`${a} ${b}`);
    if (!isCommonWord(a + b)) joined.add(a + b);
  }
  return { joined, split };
}

/**
 * Where a handle or an e-mail address is built from a roster member's name though the roster does not list it
 * (user test 27, U2-9: "@priya_raghunathan", "@praghunathan", "@raghunathan.priya", praghunathan@agency.gov,
 * "priya.r@..."): read as the full name written as one word ("#PriyaRaghunathan" already is), so id/undercover
 * reports it whatever the post says and id/coworker in police context. A handle's span takes its "@" (the copy
 * writes `[handle]`), an e-mail's the local part (`[name]@agency.gov`).
 */
function builtHandleMentions(text: string, c: RosterIndex): RosterMention[] {
  const out: RosterMention[] = [];
  ACCOUNT_NAME.lastIndex = 0;
  for (const m of text.matchAll(ACCOUNT_NAME)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4];
    const runs = foldName(name).replace(/\p{N}+/gu, ' ').split(/[\s_.+-]+/u).filter(Boolean);
    if (!runs.length || runs.length > 2) continue;
    const member = c.accounts.find((a) => (runs.length === 1 ? a.joined.has(runs[0]) : a.split.has(runs.join(' '))))?.member;
    if (!member) continue;
    const start = m[1] !== undefined ? m.index : m.index + m[0].lastIndexOf(name);
    out.push({ member, kind: 'full', start, end: start + (m[1] !== undefined ? name.length + 1 : name.length), titled: false });
  }
  return out;
}

/**
 * How many letters a written surname may be off a roster surname and still be read as it: none for a short one (fewer
 * than 5 letters: "Bell", "Hunt" are one letter from too many words and names), 1 for 5-8 letters, 2 for 9 or more
 * (user test 27, U1-8: "Ragunathan", "Raghunathen" for Raghunathan; U1-2: "Kowalcyzk" for Kowalczyk).
 */
export function nearSurnameReach(surname: string): number {
  const n = surname.length;
  return n < 5 ? 0 : n <= 8 ? 1 : 2;
}

/** A word of a post, with a second word after one space or hyphen (a compound surname written apart). */
const NEAR_WORD = /(?<![\p{L}\p{N}_@#.])\p{L}+(?![\p{L}\p{N}_]|@)/gu;
/** The word after it, one space or hyphen on. */
const NEXT_WORD = /^[-‐‑\s](\p{L}+)(?![\p{L}\p{N}_]|@)/u;

/**
 * Where a post names a roster member by a surname a letter or two off the roster's (a misspelling, a transliteration
 * written another way): with the member's given name before it ("Priya Ragunathan"), a rank before it ("det.
 * raghunathen"; a surname of 6 letters or more), or, for an undercover member's surname of 7 letters or more one
 * letter off, alone (the detectors ask for police work around it). Never a surname under 5 letters, a word the lexicon knows (a word or another person's
 * name), or a word with another first letter.
 */
function nearMentions(text: string, c: RosterIndex): RosterMention[] {
  const targets = c.near;
  if (!targets.length) return [];
  const out: RosterMention[] = [];
  // a word whose first letter starts no roster surname is passed over before it is folded whole
  const initials = new Set(targets.map((t) => t.folded.charAt(0)));
  NEAR_WORD.lastIndex = 0;
  for (const m of text.matchAll(NEAR_WORD)) {
    const first = m[0];
    if (!initials.has(foldName(String.fromCodePoint(first.codePointAt(0)!)).charAt(0))) continue;
    // each written word folded once, not once per roster surname (a megabyte draft has 200,000 words; U30-5)
    const candidates: { word: string; end: number; folded: string }[] = [{ word: first, end: m.index + first.length, folded: foldName(first) }];
    const next = NEXT_WORD.exec(text.slice(m.index + first.length, m.index + first.length + 40));
    if (next) candidates.push({ word: first + next[1], end: m.index + first.length + next[0].length, folded: foldName(first + next[1]) });
    for (const t of targets) {
      // the word and the next one run together only for a compound surname ("Ferreira Santoz" for Ferreira-Santos)
      for (const cand of t.compound ? candidates : candidates.slice(0, 1)) {
        const folded = cand.folded;
        if (folded.charAt(0) !== t.folded.charAt(0)) continue;
        const d = editDistance(folded, t.folded, t.reach, true);
        if (d === 0) break;
        if (d > t.reach) continue;
        // a word or a known name one letter off ("Keyes" for Reyes, "Matson" for Mason) is that word or that person
        // (a plural or a shop's name: "Morrisons" is no Morrison; a place: "Paterson")
        if (isCommonWord(cand.word) || isKnownName(cand.word) || isPlace(cand.word) || folded === `${t.folded}s`) continue;
        const start = m.index;
        const given = /(\p{L}+)(?:\s+\p{L}\.?)?\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
        if (given && isMemberNamePart(t.member, given[1]) && foldName(given[1]) !== t.folded) {
          out.push({ member: t.member, kind: 'full', start: start - given[0].length, end: cand.end, titled: titledAt(text, start - given[0].length), near: true });
          break;
        }
        // a rank before a near surname of 6 letters or more ("Sgt. Matson" is not Sgt. Mason)
        const titled = t.folded.length >= 6 && titledAt(text, start);
        if (titled || (t.member.undercover && d === 1 && t.folded.length >= 7 && bareNearName(text, start))) {
          out.push({ member: t.member, kind: 'surname', start, end: cand.end, titled, near: true });
          break;
        }
      }
    }
  }
  return out;
}

/**
 * Whether a near surname alone at `start` is written as a name ("Raghunatan", not "steward") with no other name before
 * it ("Dale Anderton", "Sol Campbel" are other people).
 */
function bareNearName(text: string, start: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) return false;
  const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return !before || isCommonWord(before[1]);
}

/**
 * The roster members the post names, found once per post and read by id/self-affiliation (twice), id/coworker and
 * id/undercover. Their roster indexes are compiled from the one profile the post is screened with, so the first
 * caller's answers for all.
 */
export function rosterMentions(analysis: TextAnalysis, c: RosterIndex): readonly RosterMention[] {
  return analysis.shared(findMentions, () => findMentions(analysis.text, c));
}

/** Whether the post talks about police work anywhere, away from the given spans (the mentions themselves). */
export function hasPoliceContext(text: string, roster: RosterIndex, ignore: { start: number; end: number }[] = []): boolean {
  const re = roster.context;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const s = m.index;
    const e = s + m[0].length;
    if (!ignore.some((i) => s < i.end && i.start < e)) return true;
  }
  return false;
}

/**
 * Whether the sentence around a mention is about police work ("Tom covered my shift", "Priya made lieutenant"),
 * and not about another workplace ("Priya's shift at the hospital"). What a bare given name needs.
 */
export function hasWorkContext(analysis: TextAnalysis, roster: RosterIndex, mention: { start: number; end: number }): boolean {
  const sentence = analysis.sentenceAround(mention.start, mention.end);
  if (OTHER_JOB.test(sentence)) return false;
  const re = roster.work;
  re.lastIndex = 0;
  return re.test(sentence);
}

/**
 * Whether the post is about police work in another sentence or line than the mention's, and about no other workplace
 * anywhere: "Long night on patrol, 3 calls back to back. Shoutout to Priya for the coffee.", a chat line wrapped
 * "yeah w Priya, she's back from\nnarcotics" (user test 27, U1-11); not "Priya's shift at the hospital ran late.
 * Long night." What a bare given name of an undercover member needs at the post level.
 */
export function hasPostWorkContext(analysis: TextAnalysis, roster: RosterIndex, mention: { start: number; end: number }): boolean {
  const text = analysis.text;
  if (OTHER_JOB.test(text)) return false;
  const re = roster.work;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) if (m.index + m[0].length <= mention.start || m.index >= mention.end) return true;
  return false;
}
