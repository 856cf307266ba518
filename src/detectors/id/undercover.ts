// id/undercover: flags any reference to a roster member marked undercover, in any context; serves NYPD P.G. 203-28
// Additional Data ¶4 ("undercover": members in undercover or sensitive assignments) and T.P.P.D. G.O. 418 05.E/05.G.
import type { CueInfo, Match, TextDetector } from '../../core/types.js';
import { hasPostWorkContext, hasWorkContext, isMemberWordSurname, prepareRoster, rosterMentions, type RosterIndex } from './roster.js';
import { NAME_IS_POLICE } from './coworker.js';
import { oneOf } from '../vocab.js';

/**
 * Words that tell an undercover member's assignment, one item a line: "the narcotics detail", "plain clothes", "back in
 * uniform" (out of it now). Massachusetts II.3 (confidential information) and IV.A.4.d.1 (undercover or confidential
 * assignments are confidential): in a post naming the member the assignment is as confidential as the name, and stays
 * in the clean copy when only the name is replaced (user test 27, U1-10).
 */
export const ASSIGNMENT_WORDS = [
  String.raw`narcotics(?:\s+(?:detail|unit|squad|team|task\s+force))?`,
  String.raw`vice(?:\s+(?:detail|unit|squad|team))`,
  String.raw`drugs?\s+(?:detail|unit|squad|team|task\s+force)`,
  String.raw`gangs?\s+(?:detail|unit|squad|team|task\s+force)`,
  String.raw`surveillance\s+(?:detail|unit|squad|team)`,
  String.raw`task\s+force`,
  'undercover',
  String.raw`deep\s+cover`,
  String.raw`plain\s*clothes`,
  String.raw`(?:back|out)\s+(?:in|of)\s+uniform`,
  String.raw`(?:special|secret|new|confidential)\s+assignment`,
  String.raw`on\s+assignment`,
  String.raw`the\s+detail`,
];
const ASSIGNMENT = new RegExp(String.raw`\b${oneOf(ASSIGNMENT_WORDS)}\b`, 'gi');

/** Whether the words at `start` say a named person is police: "Luis is a cop now" (coworker's NAME_IS_POLICE). */
function saidToBePolice(text: string, start: number): boolean {
  const re = new RegExp(NAME_IS_POLICE.source, 'uy');
  re.lastIndex = start;
  return re.test(text);
}

/** Flags every mention of an undercover roster member: name, surname, initial form, handle. */
/** The named patterns its findings carry (`data.pattern`): how the undercover member was named. */
const UNDERCOVER_CUES: CueInfo[] = [
  { name: 'NAME_OR_HANDLE', description: 'an undercover roster member by full name, initial and surname, or handle' },
  { name: 'SURNAME', description: 'an undercover member by surname alone (a surname that is also a word, or marked surname_is_word in the profile, needs a rank or police context)' },
  { name: 'GIVEN_NAME', description: 'an undercover member by given name, with a rank or police work around it' },
  {
    name: 'GIVEN_NAME_SAID_POLICE',
    description:
      'an undercover member by given name, said to be police: "Luis is a cop now, dont tell anyone" (id/coworker\'s NAME_IS_POLICE; user test 31, U31-20)',
  },
  {
    name: 'GIVEN_NAME_IN_POST',
    description:
      'an undercover member by given name alone, in a post about police work in another sentence or line ("Long night on patrol. Shoutout to Priya for the coffee.") and about no other workplace',
  },
  {
    name: 'ASSIGNMENT',
    description:
      'the assignment, in a post naming an undercover member: "hope the narcotics detail is treating u well", "see u when ur back in uniform" (the clean copy says [assignment])',
  },
  {
    name: 'NEAR_NAME',
    description:
      'an undercover member by a surname a letter or two off the roster\'s ("Ragunathan" for Raghunathan; 5 letters or more), after the given name or a rank, or alone in a sentence about police work',
  },
];

export const undercover: TextDetector<RosterIndex> = {
  kind: 'text',
  id: 'id/undercover',
  title: 'Undercover member',
  description:
    'Any reference to a roster member marked undercover: full name, surname, initial and surname ("M. Delgado"), ' +
    'handle, or a name hashtag, in personal and official posts alike. A given name alone counts only after a rank ' +
    'or in a post about police work (in any of its sentences or lines, and about no other workplace). Consent does not apply.',
  messages: {
    default: 'Refers to a member in an undercover assignment: never name them publicly.',
    given: 'A given name in a police post may point to a member in an undercover assignment.',
    assignment: "Tells the assignment of the undercover member the post names: it is as confidential as the name.",
  },
  examples: {
    tp: [
      'Det. Marcus Delgado made it to the barbecue after all!',
      'Miss working with @mdelgado, hope narcotics is treating you well',
      'Delgado and I cracked the Hale case wide open today.',
      'Tell M. Delgado the gym is closed Monday.',
      { text: 'Congratulations to Marcus Delgado on 10 years with the department.', context: 'official' },
      'Happy birthday mdelgado!! 🎉',
      '#MarcusDelgado is the best uncle ever',
      // a rank joined to the surname in a hashtag (user test 23, #2)
      'Back on the team at last #DetDelgado',
      // the surname as one part of a longer hashtag (user test 24, #2)
      'Good luck this weekend #TeamDelgado',
      '#DelgadoFamily barbecue was a blast',
      'Great collar by Det. Marcus today.',
      'DELGADO owes me twenty bucks',
      // a surname a letter off, after the given name or a rank (user test 27, U1-8)
      'Thanks to Marcus Delagdo for the help on patrol',
      'thanks det. delgadp for the backup',
      // the police work in another sentence or wrapped line of the post (user test 27, U1-11)
      { text: 'Long night on patrol, 3 calls back to back. Shoutout to Marcus for the coffee.', span: 'Marcus', messageId: 'given' },
      'yeah w Marcus, he is back from\nnarcotics for the week',
      // the given name typed in lower case, as on a phone (user test 30, U30-1)
      { text: 'shoutout to marcus for covering my shift tonight, the vice guys never get credit', span: 'marcus', messageId: 'given' },
      // the assignment beside the name, anywhere in the post (user test 27, U1-10)
      { text: 'Miss having Marcus Delgado on our shift, hope the narcotics detail is treating u well!! see u when ur back in uniform', span: 'narcotics detail', messageId: 'assignment' },
    ],
    fp: [
      'Marcus Aurelius wrote the Meditations.',
      'Rosa Delgado won the school spelling bee.',
      'Marcus Smith is coaching the U10 team this year.',
      'The delegation arrived late.',
      'Dinner with Marcus tonight, so much laughing.',
      'Great shift with Sgt. Renee Whitfield tonight.',
      'email me at mdelgado.art@example.com for prints',
      'Congrats @sperrault on finishing your first marathon!',
      'Marcus from accounting brought donuts again.',
      // a near surname with no given name, rank or police work
      'Delgada is a lovely name for a cat',
      // a given name in a post about another workplace, or about no work at all
      'Long night shift at the hospital. Shoutout to Marcus for the coffee.',
      'marcus and I went fishing saturday, caught nothing',
      'Shoutout to Marcus for the coffee. Best neighbour ever.',
      // an assignment with no undercover member named
      'Miss having Renee on our shift, hope the narcotics detail is treating u well',
    ],
  },
  cues: UNDERCOVER_CUES,
  prepare: prepareRoster,
  detect(input, ctx) {
    if (!ctx.profile.roster.some((m) => m.undercover)) return [];
    const text = input.text;
    const mentions = rosterMentions(ctx.nlp(), ctx.prepared).filter((m) => m.member.undercover);
    if (!mentions.length) return [];
    const matches: Match[] = [];
    for (const m of mentions) {
      const evidence = text.slice(m.start, m.end);
      if (m.kind === 'given') {
        if (m.titled || hasWorkContext(ctx.nlp(), ctx.prepared, m))
          matches.push({ start: m.start, end: m.end, confidence: 0.5, messageId: 'given', pattern: 'GIVEN_NAME' });
        else if (saidToBePolice(text, m.start))
          matches.push({ start: m.start, end: m.end, confidence: 0.5, messageId: 'given', pattern: 'GIVEN_NAME_SAID_POLICE' });
        else if (hasPostWorkContext(ctx.nlp(), ctx.prepared, m))
          matches.push({ start: m.start, end: m.end, confidence: 0.4, messageId: 'given', pattern: 'GIVEN_NAME_IN_POST' });
        continue;
      }
      // A surname that is also a word ("Young"), or one written a letter off, needs a rank or police context to be the member.
      if (m.kind === 'surname' && (m.near || isMemberWordSurname(m.member, evidence)) && !m.titled && !hasWorkContext(ctx.nlp(), ctx.prepared, m)) continue;
      const pattern = m.near ? 'NEAR_NAME' : m.kind === 'surname' ? 'SURNAME' : 'NAME_OR_HANDLE';
      matches.push({ start: m.start, end: m.end, confidence: m.near ? 0.7 : m.kind === 'surname' ? 0.8 : 0.95, pattern });
    }
    // the member named: the assignment told anywhere in the post discloses it too
    if (matches.length) {
      for (const a of text.matchAll(ASSIGNMENT)) {
        if (!matches.some((m) => a.index < m.end && m.start < a.index + a[0].length)) {
          matches.push({ start: a.index, end: a.index + a[0].length, confidence: 0.8, messageId: 'assignment', pattern: 'ASSIGNMENT' });
        }
      }
    }
    return matches;
  },
};
