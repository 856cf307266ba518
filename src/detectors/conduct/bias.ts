// conduct/bias: statements that malign people by race, religion, national origin, sex, sexual orientation, gender identity or disability, and slurs; serves the clauses barring discriminatory or derogatory content.
import type { Match, TextDetector } from '../../core/types.js';
import { DEHUMANISING, DEROGATORY, GROUP_NOUNS, GROUP_SINGULAR, SLURS, VAGUE_GROUP } from './bias-words.js';
import { normaliseForProfanity } from './profanity-words.js';
import { scan, sentenceAt, sentences } from './text.js';

/*
 * Two kinds of evidence. Slurs are reported wherever they appear (also lightly masked: "n1gger"). Generalisations
 * need a group and a maligning predicate joined by a copula in one sentence ("Those people from that neighborhood are
 * all animals"), or a call to expel or harm a group ("send them back", "should all be deported"). A neutral mention
 * of a group names no predicate ("our Somali community liaison"); an anti-bias statement ("not all Muslims are
 * terrorists", "we stand against racism") is dropped by the guard on its sentence.
 */

// e.g. "nigger", "n1gga", "sp1c", "faggot", "tranny", "retard"
const SLUR_RE = new RegExp(`(?<![a-z0-9_])(?:${SLURS.map((s) => s.source).join('|')})(?![a-z0-9_])`, 'g');
const SLUR_PARTS = SLURS.map((s) => ({ re: new RegExp(`^(?:${s.source})$`), confidence: s.confidence }));

// Hedges and intensifiers between the copula and the predicate: "are all just", "are nothing but", "is such a"
const QUAL = String.raw`(?:(?:all|just|nothing but|basically|literally|always|such|so|fucking|f\*+ing|nothing more than|a bunch of|bunch of|like|complete|total|straight|pure|absolute|absolutely|a pack of|pack of|the same|mostly|really|truly|genuinely|simply)\s+)*`;

// "Those people from that neighborhood are all animals", "illegals are criminals", "women are so stupid"
const GENERALISATION = new RegExp(
  String.raw`\b(?:(?:all|most|every(?: single)? one of|every|typical|bloody|fucking|damn|these|those|them|the)\s+)?(${GROUP_NOUNS}|${VAGUE_GROUP}|(?:every|each|any) (?:single )?(?:${GROUP_SINGULAR}))\b((?:,?\s+(?:from|in|of|who|that|around|on|at|over|down|across|living|coming|here|there|nowadays|today|these days|now)\b[^.!?\n]{0,40}?|\s+(?:i|we|you|they) [a-z]+(?: (?:over|up|in|out|with))?)?)\s+(?:are|r|is|=|being|were|act like|behave like)\s+((?:[\w']+,?\s+){0,3}?)${QUAL}(?:(?:a|an)\s+)?(?:bunch of\s+)?(${DEROGATORY})\b`,
  'gi',
);
// "animals, all of them", "vermin, every single one of them" after a group in the same sentence
const TRAILING_ALL = /^[^.!?]{0,20}?\b(?:all of (?:them|em)|every (?:single )?one of (?:them|em)|the lot of (?:them|em)|every single one)\b/i;

// "send them back", "go back to your country", "Muslims should all be deported", "I hate Mexicans"
const EXPEL = new RegExp(
  String.raw`\b(?:(?:${GROUP_NOUNS}|${VAGUE_GROUP})\s+(?:should|need to|needs to|must|ought to|have to|gotta)\s+(?:all\s+)?(?:be\s+)?(?:deported|shot|gassed|locked up|sent back|go back|get out|banned|wiped out|exterminated|sterili[sz]ed|hanged|hung|lynched|put down|kicked out|thrown out)|go back (?:to|where) (?:your|their|ur) (?:own )?(?:country|countries|homeland|jungle|desert|village)|go back (?:to )?where (?:you|they) came from|(?:send|ship|deport) (?:them|em|the \w+) (?:all )?back (?:(?:to )?where (?:they|you) came from|to (?:their (?:own )?(?:country|countries|homeland)|mexico|africa|the desert|the jungle)|home|across the border|over the border)|(?:i|we)\s+(?:fucking\s+|really\s+|just\s+)?(?:hate|despise|can'?t stand)\s+(?:all\s+)?(?:${GROUP_NOUNS}))\b`,
  'gi',
);
// "ship them all back" when the sentence names a group: "Those illegals keep flooding in, ship them all back"
const EXPEL_BARE = /\b(?:send|ship|deport) (?:them|em) (?:all )?back\b/gi;
const GROUP_RE = new RegExp(String.raw`\b(?:${GROUP_NOUNS})\b`, 'i');

// Distrust or exclusion of a whole group: "never trust a Muslim", "wouldn't hire a woman", "typical Mexican driver"
const DISTRUST = new RegExp(
  String.raw`\b(?:(?:never|don'?t|do not|can'?t|cannot|wouldn'?t|would never|won'?t)\s+(?:ever\s+)?(?:trust|hire|rent to|serve)\s+(?:a |an |any |those |these |them |no )?(?:${GROUP_SINGULAR}|${GROUP_NOUNS})|typical (?:${GROUP_SINGULAR})(?: (?:driver|behaviou?r|move|thing|guy|woman|man|people))?)\b`,
  'gi',
);
// A neighbourhood as proxy for its residents: "that part of town is full of animals", "the projects… savages"
const PLACE_PROXY = new RegExp(
  String.raw`\b(?:(?:that|this|the) (?:part|side|end) of (?:town|the city)|(?:that|this) (?:neighbou?rhood|area|block|zip code)|the (?:projects|ghetto|hood|reservation|barrio))\b[^.!?\n]{0,40}?\b(?:${DEHUMANISING})\b`,
  'gi',
);

// Denying a group rights or spreading a conspiracy: "gay people shouldn't be allowed to adopt", "Jews control the banks"
const DENY = new RegExp(
  String.raw`\b(?:(?:${GROUP_NOUNS})\s+(?:shouldn'?t|should not|should never|must not|mustn'?t|need not)\s+be\s+allowed\s+(?:to|in|on|near)|(?:${GROUP_NOUNS}|jews|the jews)\s+(?:control|run|own)\s+(?:the\s+)?(?:banks|media|world|government|money|hollywood|country)|(?:${GROUP_NOUNS})\s+(?:are|r)\s+(?:taking over|replacing us|out-?breeding))\b`,
  'gi',
);

// Sex and gender stereotypes put as fact: "women can't drive", "a woman's place is in the kitchen"
const STEREOTYPE =
  /\b(?:(?:women|females|girls|chicks)\s+(?:can'?t|cannot|shouldn'?t|should not|don'?t belong|do not belong)\s+(?:drive|be cops|be police|be officers|do this job|do the job|think|lead|be in charge|on the force|in (?:the )?police)|women belong in the kitchen|(?:a|the) woman'?s place is in the (?:kitchen|home)|get back (?:in|to) the kitchen)\b/gi;

// Anti-bias and reporting language in the same sentence: "not all…", "we stand against racism", "stop calling…"
const GUARD =
  /\b(?:not all|aren'?t all|are not all|stand(?:s|ing)? (?:against|with|together)|against (?:racism|bigotry|hate|discrimination|islamophobia|antisemitism|homophobia|transphobia|xenophobia)|zero tolerance|stop (?:calling|saying)|it'?s (?:wrong|racist|hateful|not ok|not okay|never ok) to|myths?|stereotypes?|no place for|hate crimes?|anyone who (?:says|calls|thinks)|don'?t (?:call|say)|(?:is|was|are|that'?s) (?:racist|bigoted|hateful)|false(?:ly)?|untrue|nonsense|accused of|called (?:them|us|him|her))\b/i;

// Vague groups ("those people") malign a class only when the sentence generalises or points at a place by proxy.
const VAGUE_CUE =
  /\b(?:all|every|whole|neighbou?rhood|area|part of town|side of town|ghetto|hood|projects|estate|country|their kind|that kind|breed|culture|where they came from)\b/i;
// A gearbox, not a person: "rebuilt the tranny on my truck"
const CAR = /\b(?:truck|car|jeep|transmission|gearbox|clutch|engine|rebuil\w*|mechanic|fluid|swap|4x4|chevy|ford|dodge|honda|toyota|gm|manual|automatic|shifter)\b/i;
// "are not animals", "aren't criminals"
const NEGATED = /\b(?:not|n'?t|never|no longer)\b/i;

/** Slurs and maligning generalisations about protected classes. */
export const bias: TextDetector = {
  kind: 'text',
  id: 'conduct/bias',
  title: 'Bias or slur',
  description:
    'Statements that malign people by race, religion, national origin, sex, sexual orientation, gender identity, ' +
    'disability or a similar class: slurs, dehumanising generalisations ("those people… are all animals") and calls ' +
    'to expel a group. Neutral mentions of groups and anti-bias statements are not reported.',
  messages: {
    default: 'Derogatory statement about a protected group',
    slur: 'Slur against a protected group',
    generalisation: 'Maligning generalisation about a group of people',
    expel: 'Hostility or call for harm against a group of people',
  },
  examples: {
    tp: [
      'Those people from that neighborhood are all animals, every single one.',
      'Illegals are nothing but criminals and leeches.',
      'Women are too emotional and just stupid, they should not be on the force.',
      "Women can't drive, proven again on the interstate today.",
      'Muslims should all be deported.',
      'Go back to your own country!',
      'Another shift babysitting retards.',
      'Hard to believe that tranny works dispatch now.',
      'You people are animals, all of you, this whole neighborhood.',
      'I hate Mexicans, always have.',
    ],
    fp: [
      { text: 'We stand against racism and hate in every form. Hate crimes will be investigated.', context: 'official' },
      'Not all Muslims are terrorists and anyone who says so is wrong.',
      'Proud of our Somali community liaison and the women on our force.',
      'The animals at the shelter are all vaccinated and ready for adoption.',
      { text: 'The suspect is described as a Hispanic male, 5\'10", wearing a grey hoodie.', context: 'official' },
      'Celebrating Pride month with the Harbor City LGBTQ center.',
      'Rebuilt the tranny on my old truck this weekend.',
      'Found a chink in the armor of their defense.',
      'These people are heroes, every one of them.',
      'Mexican food night at the station, the tacos were amazing.',
    ],
  },
  // e.g. slur stems, group nouns, "those people", "go back", "send them back"
  trigger:
    /n[i1!*#]+g|n\*|spic|wetback|beaner|gook|kike|raghead|towelhead|jockey|zipperhead|jigaboo|monkey|bunn|golliwog|paki|gyp|pikey|\bwop|dago|injun|squaw|chink|sheboon|dark|f[a4@*]g|trann|shemale|he-?she|sodomite|lady ?boy|tard|spaz|spastic|mong|people|kind|crowd|types|animals|black|mexican|muslim|moslem|jew|arab|asian|chinese|hispanic|latin|african|haitian|somali|indian|pakistani|syrian|afghan|iraqi|iranian|rican|dominican|nigerian|korean|vietnamese|filipino|romanian|gyps|gips|traveller|immigra|migrant|refugee|illegal|foreign|asylum|gay|lesbian|homosexual|queer|trans|wom[ae]n|female|girls|chicks|christian|catholic|hindu|sikh|buddhist|mormon|atheist|disabled|cripple|autis|homeless|go back|(?:send|ship|deport) (?:them|em)|broad|part of town|side of town|neighbou?rhood|projects|ghetto|hood|barrio|reservation/i,
  detect(input) {
    const text = input.text;
    const norm = normaliseForProfanity(text);
    const segs = sentences(text);
    const sentenceText = (i: number) => {
      const seg = sentenceAt(segs, i, text.length);
      return text.slice(seg.start, seg.end);
    };
    const out: Match[] = [];

    for (const m of scan(SLUR_RE, norm)) {
      // "rebuilt the tranny on my truck": the gearbox, not a person
      if (/^trann/.test(m[0]) && CAR.test(text)) continue;
      const part = SLUR_PARTS.find((p) => p.re.test(m[0]));
      out.push({ start: m.index, end: m.index + m[0].length, confidence: part?.confidence ?? 0.8, messageId: 'slur' });
    }

    for (const m of scan(GENERALISATION, text)) {
      const group = m[1]!;
      const between = m[2] ?? '';
      const sentence = sentenceText(m.index);
      if (GUARD.test(sentence) || NEGATED.test(between) || NEGATED.test(m[3] ?? '')) continue;
      const vague = new RegExp(`^(?:${VAGUE_GROUP})$`, 'i').test(group);
      const after = text.slice(m.index + m[0].length);
      if (vague && !/^(?:you people|their kind|that kind|those types|these types)$/i.test(group)) {
        if (!VAGUE_CUE.test(sentence) && !TRAILING_ALL.test(after)) continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, confidence: vague ? 0.75 : 0.85, messageId: 'generalisation' });
    }

    for (const m of scan(EXPEL_BARE, text)) {
      const sentence = sentenceText(m.index);
      if (GROUP_RE.test(sentence) && !GUARD.test(sentence)) out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.75, messageId: 'expel' });
    }
    for (const re of [EXPEL, STEREOTYPE, DISTRUST, PLACE_PROXY, DENY]) {
      for (const m of scan(re, text)) {
        if (GUARD.test(sentenceText(m.index))) continue;
        out.push({ start: m.index, end: m.index + m[0].length, confidence: re === DISTRUST || re === PLACE_PROXY ? 0.7 : 0.8, messageId: re === EXPEL ? 'expel' : 'generalisation' });
      }
    }
    return out;
  },
};
