// id/coworker: flags a post that identifies another person as a member of a police service (rank + name, or a
// roster member named in a police context); serves NYPD P.G. 203-28 Additional Data ¶4 ("other members": no
// revealing the affiliation of partners, co-workers or supervisors without their consent) and T.P.P.D. G.O. 418 05.C.
import type { Match, Profile, RosterMember, TextDetector } from '../../core/types.js';
import { isCommonWord, isGivenName, isKnownName } from '../../nlp/people.js';
import { sentenceAround } from './police-words.js';
import { hasPoliceContext, hasWorkContext, rosterMentions } from './roster.js';
import { authorCues } from './self-affiliation.js';
import { pluralTitledNames, titledNames } from './titled-names.js';

/** Consent covers a member unless they are undercover: nobody may consent to exposing an undercover post. */
function consented(member: RosterMember): boolean {
  return member.consent && !member.undercover;
}

/** Whether the name words after a title are (part of) a consenting member's name ("Officer Okafor"). */
function namesConsentingMember(names: string[], roster: RosterMember[]): boolean {
  const words = names.filter((n) => !n.endsWith('.')).map((n) => n.toLowerCase());
  if (!words.length) return false;
  return roster.some((m) => {
    if (!consented(m)) return false;
    const parts = m.name.toLowerCase().split(/\s+/);
    return words.every((w) => parts.includes(w));
  });
}

/**
 * A named person said to be police.
 * e.g. "Jake is a state trooper", "Dana Kowalski was a detective", "my cousin Mike became a cop"
 */
const NAME_IS_POLICE =
  /(?<![\p{L}\p{N}_@#])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s+(?:is|was|became|has\s+been|is\s+now)\s+(?:a|an)\s+(?:(?:state|police|patrol|k-?9|narcotics|homicide|city|county|rookie|proud|retired|new|motor|traffic|school)\s+){0,2}(?:cop|police\s+officer|officer|deputy(?:\s+sheriff)?|sheriff['’]s\s+deputy|trooper|detective|sergeant|lieutenant|police(?:man|woman)|constable)\b(?!\s+(?:of|at|in|for|with)\s+(?!the\s+(?:law|peace)\b))/gu;

/** Whether a capitalised word sequence is a person's name (a known given name or a roster member's). */
function personName(words: string, profile: Profile): boolean {
  const first = words.split(/\s+/)[0];
  if (isGivenName(first)) return true;
  const lower = first.toLowerCase();
  return profile.roster.some((m) => m.name.toLowerCase().split(/\s+/).includes(lower)) || (words.includes(' ') && isKnownName(first));
}

/** Flags co-workers identified by rank and name, by roster handle, or by roster name in a police context. */
export const coworker: TextDetector = {
  kind: 'text',
  id: 'id/coworker',
  title: 'Identified co-worker',
  description:
    'A specific person identified as a member of a police service: a rank or title with a name ("Sgt. Kowalski", ' +
    '"Detective Omar Haddad", "Trooper Banks"), a roster member\'s handle, or a roster member\'s name in a post ' +
    'about police work. Roster members who consented are not reported (undercover members always are); ' +
    'non-police titles ("Chief Financial Officer", "Sergeant Pepper", "Army Sgt.") are not either.',
  messages: {
    default: 'Names a member of the police service: their consent is needed before revealing their affiliation.',
    title: 'A police rank or title with a name identifies a member of the service.',
    handle: "A roster member's handle ties their account to the department.",
    roster: 'A roster member is named in a post about police work.',
    named: 'Names a person and says they are police.',
  },
  examples: {
    tp: [
      'Great shift with Sgt. Renee Whitfield tonight, she saved the day again.',
      'My partner Officer Jake Morales is the best driver in the division.',
      'Trooper Banks let me off with a warning.',
      'Congrats @sperrault on finishing your first marathon!',
      { text: 'Happy retirement to Lt. Victor Lindqvist after 25 years of service!', context: 'official' },
      'Long night on patrol, Renee kept us all sane.',
      'Lindqvist chewed out the whole squad at roll call.',
      'Det. Marcus Delgado made it to the barbecue after all!',
      'Shoutout to Deputy Hale for the coffee.',
      'Police Chief Maria Santos spoke at the graduation.',
      'Officers Perrault and Whitfield handled the school visit.',
      'My cousin Jake is a state trooper up north.',
    ],
    fp: [
      'Dinner with Renee and Victor tonight, so much laughing.',
      'Brunch with @hannah_runs and the crew, best eggs in town.',
      'Proud of Officer Hannah Okafor for the 5K win!',
      'Our Chief Financial Officer Dana Price resigned.',
      'He was captain of the soccer team in high school.',
      'Sergeant Pepper is still the best Beatles album.',
      'Army Sgt. Bowe Bergdahl left his base in 2009.',
      'Captain Morgan and coke, the classic.',
      'Police Officer Says Reports Not Her Role',
      'Deputy Premier Andrew Stoner quits politics.',
      'Officer Down Memorial Page lists every fallen officer.',
      'Watching Cops with Renee tonight lol.',
      'The officers were kind to Renee after the crash.',
      'Renee is an officer of the rotary club.',
    ],
  },
  detect(input, ctx) {
    const text = input.text;
    const matches: Match[] = [];
    const { roster } = ctx.profile;
    for (const t of [...titledNames(text, ctx), ...pluralTitledNames(text, ctx)]) {
      if (namesConsentingMember(t.names, roster)) continue;
      matches.push({ start: t.start, end: t.end, confidence: t.strong ? 0.85 : 0.65, messageId: 'title' });
    }
    for (const m of text.matchAll(NAME_IS_POLICE)) {
      const name = m[1];
      if (!personName(name, ctx.profile) || namesConsentingMember(name.split(/\s+/), roster)) continue;
      matches.push({ start: m.index, end: m.index + m[0].length, confidence: 0.6, messageId: 'named' });
    }
    const mentions = rosterMentions(text, ctx.profile).filter((m) => !consented(m.member));
    if (mentions.length) {
      // The official account, police words, or the author's own police work ("Becker and I responded to a domestic").
      let cues: ReturnType<typeof authorCues> | undefined;
      const strongCues = () => (cues ??= authorCues(text, ctx.profile)).strong;
      let inContext: boolean | undefined;
      const context = () =>
        (inContext ??=
          ctx.context === 'official' || hasPoliceContext(text, ctx.profile, mentions) || strongCues().length > 0);
      const selfCue = (m: { start: number; end: number }) => {
        const s = sentenceAround(text, m.start, m.end);
        return strongCues().some((c) => s.includes(text.slice(c.start, c.end)));
      };
      for (const m of mentions) {
        if (m.kind === 'handle') {
          matches.push({ start: m.start, end: m.end, confidence: 0.85, messageId: 'handle' });
        } else if (m.titled) {
          matches.push({ start: m.start, end: m.end, confidence: 0.85, messageId: 'roster' });
        } else if (m.kind === 'given' || (m.kind === 'surname' && isCommonWord(text.slice(m.start, m.end)))) {
          // A bare given name, or a surname that is also a word ("Young"), needs police work in its own sentence.
          if (ctx.context === 'official' || hasWorkContext(text, ctx.profile, m) || selfCue(m))
            matches.push({ start: m.start, end: m.end, confidence: 0.55, messageId: 'roster' });
        } else if (context()) {
          matches.push({ start: m.start, end: m.end, confidence: 0.75, messageId: 'roster' });
        }
      }
    }
    return matches;
  },
};
