// conduct/profanity: profane or obscene words, also lightly masked ("f***", "sh1t"); serves the policies' ban on obscene or profane language.
import type { CueInfo, Match, TextDetector } from '../../core/types.js';
import { MASKED_OR_LEET, normaliseForProfanity, PROFANE_WORDS, SEVERITY_CONFIDENCE, type ProfaneWord } from './profanity-words.js';
import { scan } from './text.js';

/*
 * Severity decides confidence, not whether a word is reported: strong words (the f- and s-words, slurs against the
 * body, "asshole") 0.95, moderate ("ass", "piss", "wtf", "bollocks") 0.7, mild ("damn", "crap", "hell" used as an
 * expletive) 0.4. "hell" on its own is never reported: it is a place in "Hell's Kitchen" and a word in "heaven and
 * hell"; only the expletive idioms are. Innocent substrings stay clean because every word is matched at a token
 * start ("Scunthorpe", "assessing", "class", "cocktail", "Dickens", "Pissarro", "Arsenal").
 */

const RANK: Record<ProfaneWord['severity'], number> = { mild: 1, moderate: 2, strong: 3 };

/** The named patterns its findings carry (`data.pattern`): one per word family, at its strongest severity. */
const PROFANITY_CUES: CueInfo[] = [...new Map(PROFANE_WORDS.map((w) => [w.family, w.severity])).entries()].map(([family, severity]) => ({
  name: family,
  description: `${PROFANE_WORDS.filter((w) => w.family === family).some((w) => w.severity === 'strong') ? 'strong' : severity} profanity: the "${family}" family, also masked or in leetspeak`,
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
    ],
  },
  // the keywords come from the patterns; masked and leetspeak words reach the detector through the trigger
  patterns: PROFANE_WORDS.map((w) => w.re),
  trigger: MASKED_OR_LEET,
  cues: PROFANITY_CUES,
  detect(input) {
    const text = input.text;
    const norm = normaliseForProfanity(text);
    const hits: { start: number; end: number; word: ProfaneWord }[] = [];
    for (const word of PROFANE_WORDS) {
      for (const m of scan(word.re, norm)) {
        const start = m.index;
        const end = start + m[0].length;
        if (word.keep && !word.keep(text, start, end)) continue;
        hits.push({ start, end, word });
      }
    }
    hits.sort((a, b) => a.start - b.start || RANK[b.word.severity] - RANK[a.word.severity]);
    const out: (Match & { rank: number })[] = [];
    let last: (Match & { rank: number }) | undefined;
    for (const h of hits) {
      const rank = RANK[h.word.severity];
      if (last && h.start < last.end) {
        // one match per overlapping region, at its strongest severity
        if (rank > last.rank) {
          last.rank = rank;
          last.confidence = SEVERITY_CONFIDENCE[h.word.severity];
          last.messageId = h.word.severity;
          last.data = { severity: h.word.severity, family: h.word.family };
          last.pattern = h.word.family;
        }
        last.end = Math.max(last.end, h.end);
        continue;
      }
      last = {
        start: h.start,
        end: h.end,
        confidence: SEVERITY_CONFIDENCE[h.word.severity],
        messageId: h.word.severity,
        data: { severity: h.word.severity, family: h.word.family },
        pattern: h.word.family,
        rank,
      };
      out.push(last);
    }
    return out.map(({ rank: _rank, ...m }): Match => m);
  },
};
