// conduct/alcohol: boasting about drunkenness or heavy drinking; serves the clauses on conduct unbecoming and posts that discredit the department.
import type { Match, TextDetector } from '../../core/types.js';
import { scan, sentenceAt, sentences } from './text.js';

/*
 * Four kinds of evidence, each needing the drinking reading to be unambiguous:
 *  - words that only mean drunk ("blackout drunk", "shitfaced", "sloshed", "on a bender");
 *  - slang that is ambiguous ("hammered", "wasted", "smashed", "plastered") — only as a state of a person ("got
 *    absolutely hammered", "we were wasted"); the words that may also mean tired or beaten ("wasted", "wrecked",
 *    "smashed") also need a drinking cue in the post; a score or a "by the storm" after it ("got hammered 4-0") drops it;
 *  - quantities of drinks that make heavy drinking a boast ("12 beers deep", "downed 9 shots");
 *  - the morning after told as a boast ("so hungover", "can't remember how I got home").
 * A glass of wine, a brewery visit and safety messages ("drunk driving arrests", "don't drink and drive") stay clean,
 * and so does someone else's drunkenness in a report ("the driver was so drunk he…").
 */

// e.g. "hammered", "wasted", "plastered", "drunk", "beers deep", "blackout", "bender", "hungover"
const TRIGGER =
  /drunk|hammered|wasted|smashed|plastered|sloshed|trashed|tanked|blitzed|shit-?faced|legless|paralytic|rat-?arsed|wrecked|obliterated|steaming|tipsy|buzzed|black(?:ed)?[ -]?out|bender|hung ?over|hangover|beers?|pints?|shots|drinks|keg|chug|booze|vodka|tequila|whiske?y|wine|on the piss|sesh|drank|bottle|fifth|deep|remember|rack|pitcher|round|🍺|🍻|🥃/iu;

// Intensifiers between the verb and the drunk word: "got absolutely", "were so", "getting properly".
const INTENS = String.raw`(?:(?:absolutely|completely|totally|properly|proper|fully|so|soo+|super|fucking|fkn|utterly|seriously|pretty|mega|a bit|a little|really|very|too|well|hella|wicked)\s+)*`;

// Slang that means drunk only as a state of a person: "got absolutely hammered" but not "Arsenal hammered Spurs".
const AMBIGUOUS = String.raw`(?:hammered|wasted|smashed|plastered|trashed|tanked|blitzed|wrecked|obliterated|sauced|annihilated)`;

// e.g. "got absolutely hammered", "we were so wasted", "I'm plastered", "absolutely smashed last night"
const AMBIGUOUS_STATE = new RegExp(
  String.raw`\b(?:(?:got|get|gets|getting|gettin|gonna get|going to get)\s+${INTENS}${AMBIGUOUS}|(?:i|we|they|you|everyone|everybody)(?:'m|'re|\s+am|\s+are|\s+was|\s+were|\s+be|\s+been|\s+being|\s+all)\s+${INTENS}${AMBIGUOUS}|(?:absolutely|completely|totally|properly|so|super|fucking|utterly)\s+${INTENS}${AMBIGUOUS}(?=\s+(?:last night|tonight|at the (?:bar|pub|club|party|wedding)|off (?:\w+ )?(?:beers?|shots|vodka|tequila|wine)))|im\s+${INTENS}${AMBIGUOUS})\b`,
  'gi',
);

// Unambiguous: "blackout drunk", "shitfaced", "sloshed", "rat-arsed", "drunk af", "so drunk", "on a bender"
const UNAMBIGUOUS = new RegExp(
  String.raw`\b(?:black(?:ed)?[ -]?out drunk|shit-?faced|sh\*tfaced|sloshed|legless|paralytic|rat-?arsed|wankered|steamboats|drunk (?:af|as (?:fuck|f\*+k|hell|a skunk|shit|sh\*t|a lord))|(?:on|went on|go on|going on) (?:a|an|another|a three[- ]day|a \w+[- ]day) (?:massive |huge |epic |proper )?bender|on the (?:piss|lash|sauce)|drinking (?:till|until|til|'til) (?:i|we) (?:black(?:ed)? out|pass(?:ed)? out|puke?d?)|drunk (?:again|tonight|last night|all (?:day|night|weekend))|(?:still|so|soo+|super|really|very|totally|completely|absolutely|pretty|fucking|fkn|blind|stupid|stinking|falling(?:[ -]down)?|mad|hella|wicked|too) drunk|(?:got|get|getting|gettin|gonna get|i'm|im|i am|i was|we're|we are|we were|we all got) (?:\w+ )?drunk)\b`,
  'gi',
);

// Heavy drinking as a number: "12 beers deep", "downed 9 shots", "a whole bottle of vodka to myself"
const NUMBER = String.raw`(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|a dozen|dozen)`;
const DRINKS = String.raw`(?:beers|pints|shots|drinks|cans|bottles|tallboys|tequilas|vodkas|jagerbombs|jägerbombs|jager bombs|margaritas|glasses of wine|bottles of wine|white claws|seltzers|brews|cold ones)`;
const QUANTITY = new RegExp(
  String.raw`\b${NUMBER}\s+${DRINKS}\s+(?:deep|down|later|and counting|before noon|by myself|in(?=\s*(?:[,.!?…]|$|and\b|&)))|\b(?:drank|had|downed|chugged|sank|sunk|put away|crushed|slammed|pounded|necked|killed|shotgunned|did)\s+(?:like\s+|about\s+|over\s+)?${NUMBER}\s+${DRINKS}|\b(?:a|the) (?:whole|entire|full) (?:bottle|fifth|handle|case|keg|thirty|30)(?: rack)? of (?:vodka|whiske?y|tequila|rum|gin|beer|wine|jack|fireball|jager|jägermeister|bourbon)|\b(?:pounded|drank|crushed|killed|finished|demolished|downed|chugged|polished off|put away)\s+(?:a |an |the |two |three )?(?:whole |entire )?(?:30|thirty|24|18|12|twelve)[- ]?(?:rack|pack|case)\b|\bon (?:bottle|pitcher|round) (?:number |no\. ?|#)?(?:three|four|five|six|seven|[3-9])\b|\b${NUMBER}\s+deep\b(?=[^.!?]*(?:🍺|🍻|🥃|🍷|🍸|bar|pub|drinks?|beers?|shots|round))|\b(?:keg stands?|beer bongs?|shotgunn(?:ed|ing) (?:a )?beers?|funnell?(?:ed|ing) beers?|day drinking|drinking all (?:day|night)|bottomless (?:mimosas|drinks) (?:all|till))`,
  'gi',
);

// "so hungover", "worst hangover ever", "blacked out last night" — the morning after as a boast
const AFTERMATH = /\b(?:(?:so|soo+|super|still|mega|brutally|massively|very|hella|fucking|fkn|absolutely|ridiculously) hung ?over|hung ?over (?:af|as (?:fuck|hell|shit))|(?:worst|brutal|massive|epic|killer) hangover|(?:i|we) (?:totally |completely |fully )?black(?:ed)?[ -]?out (?:last night|again|at the|after)|(?:don'?t|can'?t|do not|cannot) remember (?:anything|much|a thing|how i got home|getting home|how we got home)(?: (?:from|about|after) last night)?)\b/gi;

// A drinking or night-out cue somewhere in the post makes ambiguous slang mean drunk.
const DRINK_CONTEXT =
  /\b(?:bar|bars|pub|pubs|club|clubbing|drinks?|drinking|drank|beers?|pints?|shots|vodka|tequila|whiske?y|rum|gin|wine|booze|boozing|cocktails?|margaritas?|jager|keg|happy hour|night out|bender|hangover|hung ?over|party|partying|stag|hen do|bachelor(?:ette)?|sesh|brewery|can'?t feel my face|puk(?:e|ed|ing)|threw up|round of|open bar)\b/i;

// Safety and enforcement language: "drunk driving arrests", "don't drink and drive", "DUI checkpoint"
const SAFETY = /\b(?:drunk[- ](?:driv\w*|and disorderly|tank)|driving (?:drunk|under the influence|while intoxicated)|don'?t drink and drive|designated driver|dui|dwi|owi|sobriety|checkpoint|impaired driv\w*|public (?:drunkenness|intoxication)|arrested|charged with|alcohol poisoning awareness)\b/i;

// "got hammered 4-0", "hammered by the storm", "wasted time"
const NOT_DRINK_AFTER = /^\s*(?:\d+\s*[-–]\s*\d+|by\b|in the (?:final|game|match|league|derby)|at (?:home|the weekend) by|on the (?:field|pitch|court)|time|money|food|effort|talent|vote|day|opportunit\w*|chance|energy|paper|water|with (?:work|snow|rain|calls|emails|orders))/i;

// Someone else's drunkenness in a report: "the driver was so drunk", "caller said the male was drunk"
const THIRD_PARTY = /\b(?:suspect|driver|motorist|subject|victim|caller|male|female|passenger|defendant|patient)\b[^.!?]*$/i;

/** Boasting about being drunk or drinking heavily. */
export const alcohol: TextDetector = {
  kind: 'text',
  id: 'conduct/alcohol',
  title: 'Boasting about drinking',
  description:
    'Boasts about drunkenness or heavy drinking ("got absolutely hammered", "blackout drunk", "12 beers deep"). A ' +
    'glass of wine with dinner, a brewery visit and safety messages about drunk driving are not reported.',
  messages: {
    default: 'Boasting about drunkenness or heavy drinking',
    drunk: 'Post boasts about being drunk',
    quantity: 'Post boasts about heavy drinking',
    aftermath: 'Post boasts about the after-effects of heavy drinking',
  },
  examples: {
    tp: [
      "Got absolutely hammered at the bar last night, can't feel my face.",
      'Blackout drunk at the wedding, zero regrets',
      '12 beers deep and the night is young 🍺',
      'We were so wasted after the softball final, shots on shots lol',
      'Getting plastered at the lake this weekend',
      'Downed 9 shots of tequila before midnight',
      'Still drunk from the Christmas party',
      'So hungover I want to die. Worth it.',
      'Went on a three-day bender in Vegas',
      'Shitfaced by 8pm, happy retirement Gary',
      'Keg stands at the barbecue, old habits',
    ],
    fp: [
      'Enjoyed a glass of wine with dinner at the new Italian place.',
      'Great brewery tour with the family, the root beer was a hit.',
      { text: '14 drunk driving arrests this weekend. Plan a safe ride home.', context: 'official' },
      'Arsenal got hammered 4-0 again, unreal.',
      'The coast got hammered by the storm overnight.',
      'Wasted two hours at the DMV today.',
      'Absolutely smashed my 5K time this morning!',
      'Two beers and a burger after the game, perfect evening.',
      { text: "Don't drink and drive. Designated drivers save lives this New Year's Eve.", context: 'official' },
      'Christmas lights are lit on Main Street tonight!',
    ],
  },
  trigger: TRIGGER,
  detect(input) {
    const text = input.text;
    const out: Match[] = [];
    const segs = sentences(text);
    const push = (start: number, end: number, confidence: number, messageId: string) => {
      const sentence = sentenceAt(segs, start, text.length);
      if (SAFETY.test(text.slice(sentence.start, sentence.end))) return;
      out.push({ start, end, confidence, messageId });
    };
    for (const m of scan(UNAMBIGUOUS, text)) {
      const sentence = sentenceAt(segs, m.index, text.length);
      // "the driver was so drunk he…" describes a call, not the author's night
      if (THIRD_PARTY.test(text.slice(sentence.start, m.index))) continue;
      push(m.index, m.index + m[0].length, 0.85, 'drunk');
    }
    for (const m of scan(QUANTITY, text)) push(m.index, m.index + m[0].length, 0.8, 'quantity');
    for (const m of scan(AFTERMATH, text)) push(m.index, m.index + m[0].length, 0.65, 'aftermath');
    const drinkContext = DRINK_CONTEXT.test(text);
    for (const m of scan(AMBIGUOUS_STATE, text)) {
      const end = m.index + m[0].length;
      if (NOT_DRINK_AFTER.test(text.slice(end, end + 40))) continue;
      // "got hammered" as a person's state is drunk; "we were wasted" may be tired unless drinks are in the post
      if (!drinkContext && !/(?:hammered|plastered|blitzed|sauced)$/i.test(m[0])) continue;
      push(m.index, end, drinkContext ? 0.75 : 0.6, 'drunk');
    }
    return out;
  },
};
