// conduct/profanity: profane or obscene words, also lightly masked ("f***", "sh1t"); serves the policies' ban on obscene or profane language.
import type { CueInfo, Match, TextDetector } from '../../core/types.js';
import { MASKED_OR_LEET, PROFANE_WORDS, profanityNormOf, SEVERITY_CONFIDENCE, type ProfaneWord } from './profanity-words.js';
import { walkCues, type CueRow, type CueText } from '../cues.js';

/*
 * Severity decides confidence, not whether a word is reported: strong words (the f- and s-words, slurs against the
 * body, "asshole") 0.95, moderate ("ass", "piss", "wtf", "bollocks") 0.7, mild ("damn", "crap", "hell" used as an
 * expletive) 0.4. "hell" on its own is never reported: it is a place in "Hell's Kitchen" and a word in "heaven and
 * hell"; only the expletive idioms are. Innocent substrings stay clean because every word is matched at a token
 * start ("Scunthorpe", "assessing", "class", "cocktail", "Dickens", "Pissarro", "Arsenal").
 */

const RANK: Record<ProfaneWord['severity'], number> = { mild: 1, moderate: 2, strong: 3 };

/** What every row sees: the post and its profanity-normalised text (lower case, leetspeak undone, masks as `_`). */
interface ProfanityText extends CueText {
  norm: string;
}

/** A phrasing per word family: the rule tester checks each is reported under that family's name. */
const FAMILY_EXAMPLES: Record<string, string> = {
  fuck: 'f*** this commute',
  shit: 'What a sh1t show of a shift.',
  bitch: 'Some b!tch keyed my truck',
  cunt: 'what a c**t that driver was',
  twat: 'the twat blocked the drive again',
  wank: 'absolute wanker in the queue',
  asshole: 'Whoever parked here is an a**hole.',
  cock: 'shut it, cocksucker',
  dick: 'sarge is being such a dick today',
  slut: 'called her a slut in the comments',
  bastard: 'lucky bastard got the weekend off',
  obscene: 'spam full of blowjob links',
  pussy: 'stop being a pussy about the cold',
  british: 'utter bollocks from the council',
  douche: 'what a douchebag move',
  ass: 'Kick a** weekend at the lake',
  masked: 'that pr*ck took my spot',
  arse: "can't be arsed with the paperwork",
  piss: 'pissed off with the rota',
  prick: 'what a prick he was',
  bugger: 'bugger off with that',
  abbreviation: 'wtf is this weather',
  damn: 'This damn traffic is killing me',
  crap: 'crappy coffee again',
  hell: 'Hell yeah, three days off!',
  bloody: 'This bloody printer has jammed again',
};

/**
 * The rows: one per word pattern, named after its family (a family's spellings share the name), read on the
 * normalised text, with the word's own check on the original text as a veto ("FK" of databases, "Ass. Prof.").
 */
const PROFANITY_ROWS: CueRow<ProfanityText>[] = PROFANE_WORDS.map((w) => ({
  name: w.family,
  description: `${w.severity} profanity: the "${w.family}" family`,
  pattern: w.re,
  on: (c) => c.norm,
  confidence: SEVERITY_CONFIDENCE[w.severity],
  messageId: w.severity,
  ...(w.keep ? { vetoes: [(m: RegExpExecArray, c: ProfanityText) => !w.keep!(c.text, m.index, m.index + m[0].length)] } : {}),
}));

/** The named patterns its findings carry (`data.pattern`): one per word family, at its strongest severity. */
const PROFANITY_CUES: CueInfo[] = [...new Map(PROFANE_WORDS.map((w) => [w.family, w.severity])).entries()].map(([family, severity]) => ({
  name: family,
  description: `${PROFANE_WORDS.filter((w) => w.family === family).some((w) => w.severity === 'strong') ? 'strong' : severity} profanity: the "${family}" family, also masked or in leetspeak`,
  ...(FAMILY_EXAMPLES[family] ? { examples: [FAMILY_EXAMPLES[family]] } : {}),
}));

/** Profane and obscene words, masked or not, graded strong / moderate / mild through confidence. */
export const profanity: TextDetector = {
  kind: 'text',
  id: 'conduct/profanity',
  title: 'Profanity',
  description:
    'Profane or obscene words, including lightly masked spellings ("f***", "s**t", "sh1t", "b!tch", "fck"). Strong words ' +
    'report with high confidence; mild expletives ("damn", "crap", "what the hell") with low confidence.',
  messages: {
    default: 'Profane or obscene language',
    strong: 'Profane or obscene language (strong)',
    moderate: 'Profane or vulgar language (moderate)',
    mild: 'Mild expletive; department policy may still treat it as profanity',
  },
  examples: {
    tp: [
      'This damn traffic is killing me, f*** this commute.',
      'What a sh1t show of a shift.',
      'Some b!tch keyed my truck in the lot.',
      'Stop being such a dick about the overtime list.',
      'Absolute clusterfuck at the stadium tonight',
      'Kick a** weekend at the lake 🔥',
      'fck this weather',
      'Whoever parked here is an a**hole.',
      'Hell yeah, three days off!',
      { text: 'The man was arrested after shouting "f*** the police" at the crowd.', context: 'official' },
      'F.U.C.K. this traffic',
      'this s#!t again?',
      'sarge is being such a d*ck today',
      'absolutely sh*tfaced at the reunion',
      'Fk this week, seriously',
      'Monday can go straight to hell',
      // session 19
      'Jfc, the car park at the retail park on a Saturday',
      'Absolutely twatted at the leaving do',
      // session 20
      'Missed the bus by 5 seconds. Driver saw me. Prick.',
      'the other guy is a useless prick',
      "you're an absolute a-hole",
      'He was an absolute dick about it',
      // session 21
      "Welcome to the f'ing job.",
      "my neighbour's leaf blower can go f itself",
      // session 22: drunk slang, "some/those prick(s)"
      'Absolutely wankered after the leaving do',
      'Some prick keyed my car outside the station',
      'those pricks in the BMW nearly took out my nan',
    ],
    fp: [
      'Great game from Scunthorpe United tonight.',
      'Assessing the damage after the storm; the class of 2026 helped clean up.',
      'Hello everyone, cocktail night at the community center!',
      'Reading Dickens with my daughter, she loves Oliver Twist.',
      'Dinner in Hell\'s Kitchen before the show.',
      'Saw a Pissarro at the museum, then a walk by the dam.',
      'Arsenal fans celebrating, and the bass player was amazing.',
      'Prick your finger gently for the glucose test.',
      'Moby Dick is the book club pick; Dick Van Dyke is on TV.',
      'We are shooting craps at the charity casino night.',
      '*sigh* so tired after the double.',
      'Rated 5* on the app, great service',
      "I'm convinced I'm going to hell for that pun",
      'Fields marked ** are mandatory',
      'Shitake risotto tonight',
      'The JFK files are out today',
      // session 20
      'Got my complete Dick Francis collection signed',
      "There's a hole in the fence by the gate",
      // session 21
      'Hit the F key twice to go full screen',
      'Press F to pay respects',
      // session 22: a dog that has whelped, a needle's prick
      'Our bitch Molly had six pups last night!',
      // session 24: blood itself, not the swear
      'Found a bloody handprint on the back door, photos attached',
      'Kid at the park came off his bike with a bloody nose, all fine now',
      'Evidence photo: the hammer from the scene, still bloody',
      'Felt that prick of the needle',
    ],
  },
  // the keywords come from the patterns; structural: masked and leetspeak words ("f***", "sh1t") reach it through the trigger
  patterns: PROFANE_WORDS.map((w) => w.re),
  trigger: MASKED_OR_LEET,
  cues: PROFANITY_CUES,
  detect(input, ctx) {
    const hits = walkCues(PROFANITY_ROWS, { text: input.text, norm: profanityNormOf(ctx.nlp()), reach: ctx.nlp().reach });
    const rank = (h: Match) => RANK[h.messageId as ProfaneWord['severity']];
    hits.sort((a, b) => a.start - b.start || rank(b) - rank(a));
    // one match per overlapping region, at its strongest severity
    const out: Match[] = [];
    for (const h of hits) {
      const last = out[out.length - 1];
      if (last && h.start < last.end) {
        if (rank(h) > rank(last)) Object.assign(last, { confidence: h.confidence, messageId: h.messageId, pattern: h.pattern });
        last.end = Math.max(last.end, h.end);
        continue;
      }
      out.push({ ...h });
    }
    return out.map((m) => ({ ...m, data: { severity: m.messageId!, family: m.pattern! } }));
  },
};
