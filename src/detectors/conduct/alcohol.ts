// conduct/alcohol: boasting about drunkenness or heavy drinking; serves the clauses on conduct unbecoming and posts that discredit the department.
import type { Match, TextDetector } from '../../core/types.js';
import { normaliseForProfanity } from './profanity-words.js';
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
  /drunk|faced|hammered|wasted|smashed|plastered|sloshed|trashed|tanked|blitzed|shit-?faced|legless|paralytic|rat-?arsed|maggot|trollied|bladdered|wellied|sozzled|munted|blootered|half[- ]cut|skinful|turps|grog|slab|sesh|razz|tinnies|stubbies|schooners|bevvies|off (?:my|our|his|her|their) |rosé|wrecked|obliterated|steaming|tipsy|buzzed|black(?:ed)?[ -]?out|bender|hung ?over|hangover|beers?|pints?|shots|drinks|keg|chug|booze|vodka|tequila|whiske?y|wine|on the piss|sesh|drank|drink|bottle|fifth|deep|remember|rack|pitcher|round|handle|woke|carr(?:y|ied)|poured|feel my|dry|under the table|closed|bars|hopping|too many|goggles|turnt|faded|liquored|boozed|blotto|sheets|up\b|(?<!\d)\d+th|second|third|fourth|lit|sloppy|messy|bender|since|till|until|bombs|all night|all day|pre-?gam|🍺|🍻|🥃|🍷|🍸|🍹|🍾/iu;

// Still drunk the morning after: "still wasted from last night", "prob still hammered from the party and I start at 7"
const STILL_DRUNK = /\b(?:still|prob(?:ably)? still|definitely still) (?:(?:so|a bit|a little|kinda|kind of|half|pretty|fully|absolutely|properly|slightly) )?(?:drunk|wasted|hammered|plastered|tipsy|buzzed|trashed|sloshed|blitzed|tanked|shit-?faced|faded|sauced|steaming|trollied|legless)\b(?= from (?:last night|last nite|the night before|yesterday|(?:fri|satur|sun|mon|tues|wednes|thurs)day|(?:last night|fri|satur)'?s|the (?:party|wedding|bar|pub|club|christmas party|holiday party|stag|stag do|bachelor party|hen do|bender|sesh|session|reception|tailgate|pregame|after-?party|work party))\b|[^.!?]{0,30}\b(?:and|but) (?:i|I|we) (?:have|got|start|'ve got|need to be at|am on|'m on) (?:work|shift|court|roll call|duty|to work))/gi;
// Intensifiers between the verb and the drunk word: "got absolutely", "were so", "getting properly".
const INTENS = String.raw`(?:(?:absolutely|completely|totally|properly|proper|fully|so|soo+|super|fucking|fkn|utterly|seriously|pretty|mega|a bit|a little|really|very|too|well|hella|wicked)\s+)*`;

// Slang that means drunk only as a state of a person: "got absolutely hammered" but not "Arsenal hammered Spurs".
const AMBIGUOUS = String.raw`(?:hammered|wasted|smashed|plastered|trashed|tanked|blitzed|wrecked|obliterated|sauced|annihilated|lit|loaded|twisted|faded)`;

// e.g. "got absolutely hammered", "we were so wasted", "I'm plastered", "absolutely smashed last night"
const AMBIGUOUS_STATE = new RegExp(
  String.raw`\b(?:(?:got|get|gets|getting|gettin|gonna get|going to get)\s+${INTENS}${AMBIGUOUS}|(?:i|we|they|you|everyone|everybody)(?:'m|'re|\s+am|\s+are|\s+was|\s+were|\s+be|\s+been|\s+being|\s+all|'ve been|\s+have been|\s+had been)\s+(?:(?:this|that)\s+)?${INTENS}${AMBIGUOUS}|(?:absolutely|completely|totally|properly|so|super|fucking|utterly)\s+${INTENS}${AMBIGUOUS}(?=\s+(?:last night|tonight|off (?:\w+ )?(?:beers?|shots|vodka|tequila|wine)|(?:at|after|from|during) (?:the |a |my |our |this |that |[\w'’]+'s )?(?:[\w'’-]+ ){0,2}(?:party|wedding|reception|bar|pub|club|tailgate|bbq|barbecue|stag|bachelor|bachelorette|do|festival|fest|concert|gala|banquet)\b))|im\s+${INTENS}${AMBIGUOUS})\b`,
  'gi',
);

// Unambiguous: "blackout drunk", "shitfaced", "sloshed", "rat-arsed", "drunk af", "so drunk", "on a bender"
const UNAMBIGUOUS = new RegExp(
  String.raw`\b(?:black(?:ed)?[ -]?out drunk|sh[i_]t-?faced|s__t-?faced|sloshed|blotto|three sheets to the wind|drunk off (?:my|our|his|her|their) (?:ass|a__|face|tits)|(?:liquored|boozed|tanked) up|turnt(?: up)?|cross-?faded|drunk[- ](?:text(?:ed|ing|s)?|dial(?:ed|ing|led|ling)?|call(?:ed|ing)?|shopp(?:ed|ing))|beer goggles|(?:one|a few|a couple|way) too many (?:drinks|beers|shots|pints|glasses|margaritas)|legless|paralytic|rat-?arsed|wankered|steamboats|maggoted|trollied|bladdered|wellied|sozzled|munted|blootered|steaming drunk|half[- ]cut|pissed as (?:a |an )?(?:newt|fart|parrot|lord)|pissed up|(?:had|on) (?:a |another |one hell of a )?skinful|on the (?:turps|grog|rum|bevvies)|off (?:my|our|his|her|their) (?:face|tits|head|trolley|chops|nut) (?:on|at|after|last|all)|drunk (?:af|as (?:fuck|f\*+k|hell|a skunk|shit|sh\*t|a lord))|(?:on|went on|go on|going on) (?:a|an|another|a three[- ]day|a \w+[- ]day) (?:massive |huge |epic |proper )?bender|on the (?:piss|lash|sauce|sesh|bevvy|bevvies|razz|turps|grog)|drinking (?:till|until|til|'til) (?:i|we) (?:black(?:ed)? out|pass(?:ed)? out|puke?d?)|drunk (?:again|tonight|last night|all (?:day|night|weekend))|(?:still|so|soo+|super|really|very|totally|completely|absolutely|pretty|fucking|fkn|blind|stupid|stinking|falling(?:[ -]down)?|mad|hella|wicked|too|sloppy|messy|roaring|stumbling|properly|piss|dead) drunk|(?<!fender[- ])(?:that|the|this|a|my|our|weekend|week-?long|\w+-day|epic|massive) bender\b|(?:drank|drinking|had) (?:so much|way too much|too much) (?:\w+ )?(?:tequila|vodka|beer|wine|whiske?y|rum|gin|booze|alcohol|jager|fireball|champagne|prosecco|sake|soju|bourbon|cider)|dr[ai]nk so much (?:that |i |we |last night)|(?:drank|drinking|partied|partying|boozed|boozing|shots|beers|drinks|pints|tequila|vodka|whiske?y|wine|jager|margs|margaritas) (?:till|until|til|'til) (?:the sun came up|sunrise|dawn|close|closing|last call|\d+ ?am|morning|we (?:couldn'?t|could not) stand)|(?:been )?drinking since (?:noon|\d+ ?am|\d+|this morning|breakfast|brunch|lunch|friday|yesterday)|(?:got|get|getting|gettin|gonna get|i'm|im|i am|i was|we're|we are|we were|we all got) (?:\w+ )?drunk)\b`,
  'gi',
);

// Heavy drinking as a number: "12 beers deep", "downed 9 shots", "a whole bottle of vodka to myself"
const NUMBER = String.raw`(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|a dozen|dozen)`;
const DRINKS = String.raw`(?:tinnies|stubbies|stubbys|schooners|middies|longnecks|coldies|frothies|bevvies|bevs|voddies|vodkas? ?redbull|(?:tequila |vodka |whiske?y |jello |jell-o |fireball |jager |lemon drop )?shots|beers|pints|drinks|cans|bottles|tallboys|tequilas|vodkas|jagerbombs|jägerbombs|jager bombs|margaritas|margs|mimosas|glasses of wine|bottles of wine|white claws|seltzers|hard seltzers|brews|cold ones|ciders|cocktails|martinis|vodka sodas|rum and cokes|whiskeys|whiskies|bourbons|jack and cokes|g&ts|gin and tonics|doubles)`;
// Vessels that make even two or three a lot: "3 pitchers each", "two bottles of wine", "a handle of vodka"
const FEW = String.raw`(?:[2-9]|[1-9]\d|two|three|four|five|six|a couple(?: of)?|a few)`;
const BIG_VESSELS = String.raw`(?:pitchers|bottles of (?:wine|vodka|whiske?y|tequila|rum|gin|prosecco|champagne|bubbly|red|white|rosé|rose)|handles|fifths|magnums|growlers|boxes of wine|bottles each)`;
// An ordinal past the fifth drink, or past the first bottle: "the 8th tequila shot", "finished the second bottle"
const ORDINAL_DRINK = String.raw`(?:(?:[5-9]|1\d|2\d)th|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) (?:\w+ )?(?:shot|beer|drink|pint|round|margarita|marg|glass|vodka|tequila|can|seltzer|white claw)`;
const DRINK_LIQUID = String.raw`(?:wine|red|white|rosé|rose|vodka|whiske?y|tequila|rum|gin|prosecco|champagne|bubbly|jack|fireball|jager|beer|sake|soju|bourbon|scotch|cider)`;
// Past the first bottle, with a drinking cue in the post: "finished the second bottle 🍷" — not "second bottle of sunscreen"
const ORDINAL_BOTTLE = new RegExp(
  String.raw`\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:bottle|pitcher|handle|fifth|box of wine|growler)\b(?! of (?!${DRINK_LIQUID}))|\b(?:a|an|one) (?:whole |entire |full )?(?:bottle|fifth|handle|case|box) of (?:\w+ )?${DRINK_LIQUID}\b[^.!?]{0,12}?\b(?:by myself|to myself|on my own|alone|solo|in (?:one|a single) (?:night|sitting)|in an hour)`,
  'gi',
);
const QUANTITY = new RegExp(
  String.raw`\b${NUMBER}\s+${DRINKS}\s+(?:of ${DRINK_LIQUID}\s+)?(?:and (?:a |an |two |three )?[\w'’-]+ )?(?:deep|down|later|and counting|before (?:noon|lunch|midday|\d)|by myself|to myself|on my own|each|apiece|in an hour|in(?=\s*(?:[,.!?…]|$|and\b|&)))|\b(?:drank|had|downed|chugged|sank|sunk|put away|crushed|slammed|pounded|necked|killed|shotgunned|did|took|threw back|knocked back|ripped|finished|polished off)\s+(?:like\s+|about\s+|over\s+|at least\s+)?${NUMBER}\s+${DRINKS}|\b${FEW}\s+${BIG_VESSELS}(?![\w])(?:\s+(?:each|apiece|a piece|between (?:us|the (?:two|three|four) of us)|to myself|by myself|on my own|deep|down|later)\b|(?=[^.!?]*(?:🍺|🍻|🍷|🥃|\b(?:drank|had|downed|killed|finished|split|polished|each|myself|deep|down|later)\b)))|\b${ORDINAL_DRINK}\b|\bdr[ai]nk (?:the|a) (?:bar|pub|place|club|keg|house|hotel|tavern) dry|\bdr[ai]nk (?:\w+ )?under the table|\bclosed (?:down )?(?:the|two|three|four|five|every|all the|\d+) (?:bars?|pubs?|clubs?)|\b(?:hit|hitting) (?:\d+|three|four|five|six|seven|every) (?:bars|pubs|clubs)\b|\bbar[- ]?hopping|\bshots,? shots,? shots|\b(?:shots|(?:jager|jäger) ?bombs|tequila|vodka|beers|margs|margaritas|pints|drinks|cocktails|booze|shooters) all (?:night|day|weekend)(?: long)?\b|\bshots on shots|\b(?:a|the) (?:whole|entire|full) (?:bottle|fifth|handle|case|keg|thirty|30)(?: rack)? of (?:vodka|whiske?y|tequila|rum|gin|beer|wine|jack|fireball|jager|jägermeister|bourbon)|\b(?:pounded|drank|crushed|killed|finished|demolished|downed|chugged|polished off|put away|smashed|knocked off|got through|necked)\s+(?:a |an |the |two |three )?(?:whole |entire )?(?:(?:30|thirty|24|18|12|twelve)[- ]?(?:rack|pack|case)|slab(?: of (?:vb|beer|tinnies|cans|\w+ (?:bitter|lager|draught)))?)\b|\bon (?:bottle|pitcher|round) (?:number |no\. ?|#)?(?:three|four|five|six|seven|[3-9])\b|\b${NUMBER}\s+deep\b(?=[^.!?]*(?:🍺|🍻|🥃|🍷|🍸|bar|pub|drinks?|beers?|shots|round))|\b(?:keg stands?|beer bongs?|shotgunn(?:ed|ing) (?:a )?beers?|funnell?(?:ed|ing) beers?|day drinking|drinking all (?:day|night)|bottomless (?:mimosas|drinks) (?:all|till))`,
  'gi',
);

// "so hungover", "worst hangover ever", "blacked out last night" — the morning after as a boast
const AFTERMATH = /\b(?:(?:so|soo+|super|still|mega|brutally|massively|very|hella|fucking|fkn|absolutely|ridiculously|i'?m|i am|we'?re|we are|i was|we were|feeling|woke up|waking up|dying|rough|mad) hung ?over|(?<=^|[.!?…]\s+)hung ?over\b|(?<=^|[.!?…,]\s+|\b(?:i|we|i'?ve|we'?ve|totally|completely|fully|almost|nearly|basically|literally|and)\s+)black(?:ed)?[ -]?out\b(?= (?:last night|again|at|after|on|in|from|by|before|around|during|halfway|drunk))|hung ?over (?:af|as (?:fuck|hell|shit))|(?:worst|brutal|massive|epic|killer) hangover|(?:i|we) (?:totally |completely |fully )?black(?:ed)?[ -]?out (?:last night|again|at the|after)|(?:don'?t|can'?t|do not|cannot) remember (?:anything|much|a thing|how i got home|getting home|how we got home)(?: (?:from|about|after) last night)?)\b/gi;

// Told with a drinking cue in the post: "don't remember the last 6 hours", "woke up in a bathtub", "had to carry him to
// the cab", "can't feel my legs", "got so f***ed up"
const AFTERMATH_IN_CONTEXT = new RegExp(
  String.raw`\b(?:(?:don'?t|can'?t|do not|cannot|barely) remember (?:the last (?:\d+|few|couple(?: of)?|two|three|four|five|six) hours|most of (?:last night|the night|the party|the weekend)|last night|the rest of the night|leaving|the (?:cab|uber|taxi|ride|walk) home|how i got (?:there|here|back))|woke up (?:in|on|under|next to|outside) (?:a |an |the |some |someone'?s |my |our |his |her )?(?:[\w'’]+ )?(?:bathtub|tub|bath|bathroom|floor|lawn|yard|bush|bushes|hedge|ditch|stranger|couch|sofa|hallway|stairwell|stairs|back ?seat|porch|gutter|dog bed)|(?:had to be|got|was|were|being) (?:carried|dragged|poured|wheeled) (?:home|out|in(?:to)?|to (?:a|the|my))|(?:hangover|head) (?:is|was) (?:real|brutal|killing me|no joke|insane|unreal|awful|rough|nasty|pounding)|nursing (?:a|my|this) (?:\w+ )?hangover|hangover from hell|woke up (?:with|wearing) (?:no|one|someone else'?s) (?:shoes?|pants|memory|idea|phone|wallet|clue)|lost (?:a|my|one) shoe|pre-?gam(?:ing|ed)|(?:had to|we|i) (?:carry|carried|drag|dragged|pour|poured) (?:him|her|them|me|us|\w+|two of (?:them|us)) (?:home|into (?:a|the) (?:cab|uber|taxi|car|bed)|to (?:a|the) (?:cab|uber|taxi|car|bed))|can'?t feel my (?:face|legs|feet|lips|teeth)|(?:got|get|getting|gettin|gonna get|was|were|i'?m|we'?re) (?:so |absolutely |completely |totally |super |hella |fully |properly )*(?:f(?:uck|___|u__|__k|_ck|uc_|u_k|cked|kd)(?:ed)?|effed|messed|f'?d|twisted|lit|faded|loaded|tore|torn) up)\b`,
  'gi',
);
// The person in "got wasted": "me and Perrault got so wasted", "we got trashed" — a person's state even with no drink named
const PERSON_GOT = /(?:\b(?:i|we|me and \w+|\w+ and i|me|they|everyone|everybody|the boys|the girls|the squad|the whole (?:squad|team|shift|crew))\s+|^\s*|[.!?…]\s+)$/i;
const SPORT = /\b(?:game|games|gaming|match|score|scored|team|league|season|playoffs?|final|beat|lost|loss|defeat\w*|ranked|opponent|vs\.?|fc|united|city|level|boss|xbox|playstation|ps5|twitch|fortnite|elden ring|halo|cod)\b/i;

// A drinking or night-out cue somewhere in the post makes ambiguous slang mean drunk.
const DRINK_CONTEXT =
  /\b(?:bar|bars|pub|pubs|club|clubbing|drinks?|drinking|drank|beers?|pints?|shots|vodka|tequila|whiske?y|rum|gin|wine|booze|boozing|cocktails?|margaritas?|jager|keg|happy hour|night out|bender|hangover|hung ?over|party|partying|stag|hen do|bachelor(?:ette)?|sesh|brewery|can'?t feel my face|puk(?:e|ed|ing)|threw up|round of|open bar|after-?party|pregame|pre-?gaming|pre-?drinks|bartender|last call|pitchers?|bottles?|handle|winemom|wine mom|passed out|jack|fireball|jager|margaritas?|mimosas?|sangria|prosecco|champagne|bourbon|scotch|cider|christmas do|stag do|tailgate|beer pong|flip cup)\b|🍺|🍻|🥃|🍷|🍸|🍹|🍾/iu;

// Safety and enforcement language: "drunk driving arrests", "don't drink and drive", "DUI checkpoint"
const SAFETY = /\b(?:drunk[- ](?:driv\w*|and disorderly|tank)|driving (?:drunk|under the influence|while intoxicated)|don'?t drink and drive|designated driver|dui|dwi|owi|sobriety|checkpoint|impaired driv\w*|public (?:drunkenness|intoxication)|arrested|charged with|alcohol poisoning awareness)\b/i;

// "got hammered 4-0", "hammered by the storm", "wasted time"
const NOT_DRINK_AFTER = /^\s*(?:\d+\s*[-–]\s*\d+|by\b|in the (?:final|game|match|league|derby)|at (?:home|the weekend) by|on the (?:field|pitch|court)|time|money|food|effort|talent|vote|day|opportunit\w*|chance|energy|paper|water|with (?:work|snow|rain|calls|emails|orders)|(?:\d+|two|three|four|five|an?|half an?|my|the whole|all) (?:hours?|minutes?|mins?|days?|weeks?|months?|years?|morning|afternoon|evening|weekend))/i;

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
      "Got absolutely trollied at the work do 🍻",
      "Three bottles of prosecco between the three of us and still going 🥂",
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
      'Woke up on the lawn after the block party, no idea how 🍻',
      'Took 7 tequila shots before the band even started',
      'Drank the pub dry with the softball team',
      'Two bottles of prosecco between the two of us, brunch was a success',
      'Me and Dave got so trashed after the wedding we slept in the truck',
      'Blacked out at the reunion, apparently I sang',
      'off duty and totally sh*tfaced, send help',
      'Drinking since noon 🍹 who needs a nap',
    ],
    fp: [
      "A schooner of pale ale at the pub with Dad.",
      "Bought two bottles of rosé for Mum's birthday dinner.",
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
      'Third bottle of sunscreen this summer, the kids burn fast',
      "I can't remember the last time the station was this quiet",
      'Woke up on the couch after movie night with the kids',
      'Got wasted on the last level of that game, rage quit',
      'Carried both kids to the car after the fireworks',
    ],
  },
  trigger: TRIGGER,
  detect(input) {
    const text = input.text;
    // masked words read as letters: "sh*tfaced", "got so f***ed up"
    const norm = normaliseForProfanity(text);
    const out: Match[] = [];
    const segs = sentences(text);
    const push = (start: number, end: number, confidence: number, messageId: string) => {
      const sentence = sentenceAt(segs, start, text.length);
      if (SAFETY.test(text.slice(sentence.start, sentence.end))) return;
      out.push({ start, end, confidence, messageId });
    };
    for (const m of scan(UNAMBIGUOUS, norm)) {
      const sentence = sentenceAt(segs, m.index, text.length);
      // "the driver was so drunk he…" describes a call, not the author's night
      if (THIRD_PARTY.test(text.slice(sentence.start, m.index))) continue;
      push(m.index, m.index + m[0].length, 0.85, 'drunk');
    }
    for (const m of scan(QUANTITY, norm)) push(m.index, m.index + m[0].length, 0.8, 'quantity');
    for (const m of scan(AFTERMATH, norm)) push(m.index, m.index + m[0].length, 0.65, 'aftermath');
    for (const m of scan(STILL_DRUNK, norm)) push(m.index, m.index + m[0].length, 0.75, 'aftermath');
    const drinkContext = DRINK_CONTEXT.test(text);
    if (drinkContext) {
      for (const m of scan(AFTERMATH_IN_CONTEXT, norm)) push(m.index, m.index + m[0].length, 0.65, 'aftermath');
      for (const m of scan(ORDINAL_BOTTLE, norm)) push(m.index, m.index + m[0].length, 0.7, 'quantity');
    }
    for (const m of scan(AMBIGUOUS_STATE, text)) {
      const end = m.index + m[0].length;
      if (NOT_DRINK_AFTER.test(text.slice(end, end + 40))) continue;
      // "got hammered" as a person's state is drunk; "we were wasted" may be tired unless drinks are in the post
      // "me and Perrault got so wasted" is a person's night even with no drink named — unless it is a score
      const personGot =
        /^(?:got|get|getting|gettin)\b[^]*(?:wasted|trashed|smashed)$/i.test(m[0]) &&
        PERSON_GOT.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
        !SPORT.test(text);
      if (!drinkContext && !personGot && !/(?:hammered|plastered|blitzed|sauced)$/i.test(m[0])) continue;
      // "the candles got lit", "got loaded onto the truck": these need a person and a drink
      if (/(?:lit|loaded|twisted|faded)$/i.test(m[0]) && !(drinkContext && PERSON_GOT.test(text.slice(Math.max(0, m.index - 30), m.index)))) continue;
      push(m.index, end, drinkContext ? 0.75 : 0.6, 'drunk');
    }
    return out;
  },
};
