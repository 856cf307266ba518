/**
 * pii/birthdate's vocabulary: how people say that someone was born or reached an age on a day, one item a line
 * (regex source). Read only by src/detectors/pii/birthdate.ts, which ties each to a day in the same sentence.
 */

import { oneOf } from '../vocab.js';

/**
 * Nouns after "baby" that make it a thing, not a newborn: "baby shower", "baby monitor", "baby steps" (pii/birthdate's
 * NOT_THE_BABY, and the delivery phrase of BIRTH_PHRASES: "delivered a baby shower gift").
 */
export const BABY_THINGS = [
  'shower',
  'steps',
  'food',
  String.raw`-?sit(?:ter|ting)?`,
  'monitor',
  'bump',
  'clothes',
  'shop',
  'gear',
  'names?',
  'announcement',
  'reveal',
  'class',
  'classes',
  'products?',
  'formula',
  'wipes',
  'sale',
  'gate',
  'scan',
  'photos?',
  'pictures?',
  'pics?',
  // things delivered for a baby: "delivered a baby grand", "delivered a baby car seat"
  'grand',
  'carriers?',
  String.raw`car\s+seats?`,
  'cribs?',
  'cots?',
  'strollers?',
  'prams?',
  'bottles?',
  'blankets?',
  'toys?',
  'gifts?',
  'box(?:es)?',
  'supplies',
];

/** Words between a parent's "delivered our" and the newborn: "delivered our beautiful baby girl". */
const DELIVERED_WORDS = [
  'little',
  'beautiful',
  'gorgeous',
  'healthy',
  'baby',
  'first',
  'second',
  'third',
  'new',
];

/** A newborn after a delivery: "baby", "son", "twins". */
const BORN_ONES = [
  'bab(?:y|ies)',
  'son',
  'daughter',
  'boy',
  'girl',
  'twins',
  'newborn',
];
/** Whom parents meet or hold for the first time at a birth: "met our daughter for the first time" (BIRTH_PHRASES). */
const FIRST_MET = [
  ...BORN_ONES,
  String.raw`little\s+one`,
  String.raw`grand(?:son|daughter|baby)`,
];

/** Whose newborn, before BORN_ONES: "a", "her", "our". */
const BORN_OWNERS = [
  'a',
  'an',
  'her',
  'his',
  'their',
  'the',
  'our',
  'my',
];
/** "a baby boy", "our beautiful daughter", "her twins": a newborn with its owner (BIRTH_PHRASES). */
const ONE_BORN = String.raw`${oneOf(BORN_OWNERS)}\s+(?:${oneOf(DELIVERED_WORDS)}\s+)*${oneOf(BORN_ONES)}`;

/**
 * A birth said without "born", whatever the subject: the phrase is a birth on its own ("welcomed" and "had" take a
 * newborn after them, "became" a parent: PARENT).
 * e.g. "gave birth to our son", "came into the world", "entered the world", "It's a girl!"
 */
export const BIRTH_PHRASES = [
  String.raw`g[ai]ve\s+birth`,
  String.raw`giving\s+birth`,
  String.raw`c[oa]me\s+(?:\w+\s+)?into\s+(?:the|this)\s+world`,
  String.raw`(?:entered|arrived\s+in(?:to)?)\s+(?:the|this)\s+world`,
  String.raw`it['’]?s\s+a\s+(?:boy|girl)`,
  // "our family grew by one", "our family got a little bigger", "the family grew by two tiny feet"
  String.raw`(?:turned\s+up|arrived|landed)\s+on\s+(?:this|the)\s+(?:planet|earth)`,
  // "35 years ago today I took my first breath" (not "my first breath of sea air", "… in days")
  String.raw`took\s+(?:my|his|her|your|their)\s+(?:very\s+)?first\s+breath(?!\s+(?:of|in|since|after|without)\b)`,
  // a parent's own delivery ("my wife delivered our son")
  String.raw`deliver(?:ed|ing)\s+(?:our|my|their)\s+(?:${oneOf(DELIVERED_WORDS)}\s+)*(?:bab(?:y|ies)|son|daughter|boy|girl|twins)`,
  // a birth the author or a crew helped with is a birth too, dated by its day ("helped deliver a baby girl on Route 9
  // this morning"): not "delivered a baby shower gift", nor a ward's count ("delivered 11 babies last night")
  String.raw`deliver(?:ed|ing)?\s+(?:a|an|the|her|his)\s+(?:${oneOf(DELIVERED_WORDS)}\s+)*(?:bab(?:y|ies)|twins|newborn)(?:\s+(?:boy|girl))?(?!['’]|\s*${oneOf(BABY_THINGS)}\b)`,
  // "Officers helped deliver her in the back of a car" (not "helped deliver her groceries", "… her to the hospital")
  String.raw`help(?:ed|ing|s)?\s+(?:to\s+)?deliver\s+(?:her|him)(?=\s+(?:in|on|at)\b)`,
  String.raw`family\s+(?:grew|has\s+grown|just\s+grew|got\s+(?:a\s+(?:little|lot|bit)\s+)?bigger)`,
  // "29 years ago today my parents welcomed me into the world"
  String.raw`(?:welcom(?:ed|es|ing)|brought)\s+me\s+(?:in)?to\s+(?:the|this)\s+world`,
  // "40 years ago today, Mum went into labour with me"
  String.raw`(?:went|was|were)\s+in(?:to)?\s+labou?r\s+with\s+(?:me|you|him|her|them)`,
  // "35 years ago today my mum had me"
  String.raw`(?:mum|mom|mother|mama|mam|ma)\s+had\s+me`,
  // the first meeting is the birth: "One year ago today we met our daughter for the first time", "18 years ago today I
  // held you for the first time" (not "met my partner for the first time": a child, or "you"/"him"/"her" held)
  String.raw`(?:met|held)\s+(?:(?:our|my)\s+(?:${oneOf(DELIVERED_WORDS)}\s+)*${oneOf(FIRST_MET)})\s+for\s+the\s+(?:very\s+)?first\s+time`,
  String.raw`held\s+(?:you|him|her|them)\s+(?:in\s+my\s+arms\s+)?for\s+the\s+(?:very\s+)?first\s+time`,
  // a newborn brought into the world, by parents or by a crew: "helped bring a baby boy into the world this morning"
  String.raw`(?:bring|brought|bringing|welcom(?:e|ed|es|ing))\s+${ONE_BORN}(?:\s+(?:boy|girl))?\s+in(?:to)?\s+(?:the|this)\s+world`,
  // "assisted with the birth of a baby boy on Route 9", "the safe delivery of a baby girl overnight" (not "delivery of
  // a baby shower gift")
  String.raw`(?:birth|delivery)\s+of\s+${ONE_BORN}(?!['’]|\s*${oneOf(BABY_THINGS)}\b)`,
];

/** Verbs whose object makes them a birth: "welcomed our son", "had a baby girl". */
export const BIRTH_OBJECT_VERBS = [
  String.raw`welcom(?:ed|es|ing)`,
  'had',
];

/**
 * Words between "welcomed"/"had" and the newborn.
 * e.g. "our", "a beautiful", "baby", "their second"
 */
export const BIRTH_OBJECT_WORDS = [
  'our',
  'a',
  'an',
  'their',
  'his',
  'her',
  'my',
  'the',
  'little',
  'beautiful',
  'gorgeous',
  'healthy',
  'precious',
  'tiny',
  'perfect',
  'first',
  'second',
  'third',
  'fourth',
  'new',
  'baby',
];

/**
 * A birth said with an ordinary verb: a birth only when a newborn is its subject ("Our little one arrived Tuesday";
 * "the parcel arrived Tuesday" is not; "my son arrived Tuesday" needs a birth detail too: BIRTH_DETAILS).
 * e.g. "arrived", "was delivered", "is here", "joined us", "made his entrance"
 */
export const ARRIVAL_VERBS = [
  'arrived',
  String.raw`(?:was|were)\s+delivered`,
  String.raw`(?:is|are)\s+(?:finally\s+|officially\s+)?here`,
  String.raw`joined\s+(?:us|the\s+family|our\s+family)`,
  String.raw`made\s+(?:his|her|their|an?)\s+(?:grand\s+|big\s+|early\s+|dramatic\s+)?(?:entrance|appearance|debut)`,
  String.raw`popped\s+out`,
  String.raw`(?:was|were)\s+welcomed`,
  String.raw`show(?:ed|s)?\s+up`,
  String.raw`came\s+along`,
  // "baby girl came 3 weeks early this morning", "she came early on the 2nd"
  String.raw`came\s+(?:(?:\d+|a|one|two|three|four|five|six)\s+(?:weeks?|days?)\s+)?(?:early|late)`,
  // "her due date was today but she came last Tuesday" (a bare "came" needs a birth detail in the post)
  String.raw`came(?=\s+(?:on|last|this|yesterday|today|tonight)\b)`,
  String.raw`made\s+it`,
];

/**
 * A newborn: a birth on its own as the subject of an arrival or the object of "welcomed"/"had".
 * e.g. "baby", "our little one", "bundle of joy", "twins", "baby Noah"
 */
export const NEWBORN = [
  'bab(?:y|ies)',
  'newborns?',
  'twins',
  String.raw`twin\s+(?:boys|girls|babies|sons|daughters)`,
  'triplets',
  String.raw`little\s+one`,
  String.raw`bundle\s+of\s+joy`,
  'bub',
  'bubba',
  'grandbab(?:y|ies)',
  'first-?born',
  String.raw`(?:newest|latest)\s+(?:little\s+)?(?:addition|arrival)`,
  String.raw`new\s+arrival`,
];

/**
 * A newborn named as parents name one, capitalised as written: "Little Amara joined us on Tuesday", "Baby Leo".
 */
export const NEWBORN_NAMED = [String.raw`[Ll]ittle`, String.raw`[Bb]aby`, String.raw`[Ww]ee`];

/**
 * A child, who also arrives home or from school: a birth only with a birth detail in the sentence, or as the object
 * of "welcomed"/"had a".
 * e.g. "son", "granddaughter", "little man", "a boy"
 */
export const CHILD = [
  'son',
  'daughter',
  'grandson',
  'granddaughter',
  'grandchild',
  'nephew',
  'niece',
  String.raw`little\s+(?:man|lady|guy|girl|boy|brother|sister)`,
  'boy',
  'girl',
];

/**
 * What is said of a birth and little else: a weight, the delivery, the ward, how early.
 * e.g. "7lb 2oz", "weighing 8lbs", "mum and baby", "six weeks early", "at 3am"
 */
export const BIRTH_DETAILS = [
  String.raw`\d+\s?(?:lbs?|oz|pounds?|kg|kilos?|grams)`,
  'weighing',
  String.raw`(?:mum|mom|mother|mama)\s+(?:and|&)\s+(?:baby|bub)`,
  String.raw`labou?r`,
  String.raw`c-?section`,
  'midwife',
  'maternity',
  'nicu',
  'newborn',
  'induced',
  String.raw`(?:weeks?|days?)\s+(?:early|late|overdue)`,
  String.raw`at\s+\d{2}\s*(?:\+\s*\d\s*)?(?:weeks|wks)`,
  'overdue',
  String.raw`due\s+date`,
  String.raw`welcome\s+to\s+the\s+world`,
  String.raw`proud\s+(?:new\s+)?(?:parents|dad|mum|mom)`,
  String.raw`at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)`,
];

/** What a birth makes of someone ("became a dad", "made me an auntie"), after BECAME. */
export const BECAME = [String.raw`became`, String.raw`(?:made|making)\s+(?:me|us|him|her)`];

/**
 * A parent or relative a birth makes of someone: "became a dad", "made me an auntie".
 * e.g. "dad", "mum", "parents", "grandma", "big sister"
 */
export const PARENT = [
  'dad',
  'daddy',
  'father',
  'mum',
  'mom',
  'mummy',
  'mommy',
  'mother',
  'mama',
  'parents?',
  'grand(?:ad|dad|pa|ma|mother|father|parents?)',
  'nan(?:a|na)?',
  'granny',
  'aunt(?:ie|y)?',
  'uncle',
  String.raw`big\s+(?:brother|sister)`,
];

/**
 * Verbs that put an age on a day: "turns 6 today", "celebrates 85 today", "I'm 36 on Saturday", "would have been 80".
 * "turn" and "would have been" are read as an age on their own; the others need a person (or no subject at all, in
 * chat), a birthday or talk of age beside them (a score, a temperature or a shop can "be 90 today").
 */
export const AGE_VERBS = [
  String.raw`turn(?:s|ed|ing)?`,
  String.raw`will\s+be`,
  String.raw`(?:would|should)(?:\s+have|\s*['’]ve)\s+been`,
  String.raw`['’]d\s+(?:have|['’]ve)\s+been`,
  String.raw`would\s+be(?:\s+turning)?`,
  String.raw`(?:going\s+to|gonna)\s+be`,
  'is',
  'was',
  'am',
  'are',
  'be',
  String.raw`['’][sm]`,
  String.raw`hit(?:s|ting)?`,
  String.raw`reach(?:es|ing)?`,
  String.raw`celebrat(?:es|ed|ing)`,
];

/** Verbs before an age no number names: "becomes a teenager", "hits double digits", "is officially an adult". */
export const MILESTONE_VERBS = [
  String.raw`becom(?:e|es|ing)`,
  'became',
  String.raw`turn(?:s|ed|ing)?`,
  String.raw`hit(?:s|ting)?`,
  String.raw`reach(?:es|ed|ing)?`,
  'is',
  'am',
  String.raw`will\s+be`,
];

/**
 * What people say around their own age and little else: it makes a bare "40 tomorrow" or "gonna be 30 Saturday" an age.
 * e.g. "feeling every year of it", "where did the time go", "over the hill", "not getting any younger"
 */
export const AGE_TALK = [
  String.raw`feel(?:ing|s)?\s+(?:so\s+)?(?:old|ancient|every\s+(?:year|day)\s+of\s+it|my\s+age)`,
  String.raw`where\s+(?:did|does)\s+the\s+time\s+go`,
  String.raw`time\s+flies`,
  String.raw`over\s+the\s+hill`,
  String.raw`not\s+getting\s+any\s+younger`,
  String.raw`mid-?life`,
  String.raw`make\s+a\s+wish`,
  String.raw`send\s+(?:cake|candles)`,
  String.raw`gr[ae]y\s+hairs?`,
  String.raw`old\s+(?:man|lady|git|timer)`,
  String.raw`another\s+year`,
  // a child's age told by a parent: "2 today! Where has the time gone", "growing up way too fast", "all grown up"
  String.raw`where\s+(?:has|have)\s+(?:the\s+)?(?:time|years?)\s+gone`,
  String.raw`(?:grow(?:ing|s)?|grew)\s+up\s+(?:(?:way|so|too)\s+)*fast`,
  String.raw`all\s+grown\s+up`,
  // an age that is a right: "21 today, legal at last!", "18 today and can finally vote"
  String.raw`legal\s+at\s+last`,
  String.raw`finally\s+legal`,
  String.raw`(?:can|get\s+to)\s+(?:finally\s+)?vote`,
  'cake',
  // a decade's nickname: "dirty thirty", "fabulous forty", "nifty fifty"
  String.raw`(?:dirty|flirty|thirsty)\s+thirty`,
  String.raw`(?:naughty|fabulous|fab|fit\s+and)\s+forty`,
  String.raw`(?:nifty|fabulous|fab|fit\s+and)\s+fifty`,
  String.raw`(?:sexy|sassy)\s+sixty`,
];

/**
 * Words that stand where a subject would in chat with none ("Gonna be 30 next Saturday", "Officially 50 as of
 * today"): the author is the one whose age it is.
 */
export const NO_SUBJECT_OPENERS = [
  'gonna',
  String.raw`going\s+to`,
  String.raw`about\s+to`,
  'officially',
  'finally',
  'almost',
  'nearly',
  'just',
  'also',
  'and',
  'so',
  'well',
  'lol',
  'ugh',
  'omg',
  'welp',
  'yep',
  'yup',
];

/**
 * An age reached that no number names: "becomes a teenager tomorrow", "hits double digits on Sunday".
 * e.g. "a teenager", "double digits", "a senior citizen", "officially an adult"
 */
export const AGE_MILESTONES = [
  String.raw`(?:a\s+)?teen(?:ager)?`,
  String.raw`double\s+(?:digits|figures)`,
  String.raw`(?:a\s+)?senior\s+citizen`,
  String.raw`(?:a\s+)?pensioner`,
  String.raw`(?:a|an)\s+(?:adult|grown-?up|octogenarian|nonagenarian|centenarian)`,
  String.raw`a\s+(?:quarter|half)\s+(?:of\s+a\s+)?century(?:\s+old)?`,
];

/** A decade of life: "30s", "thirties", "40's" (ANOTHER_YEAR). */
const DECADE = String.raw`(?:[1-9]0['’]?s|${oneOf(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'])})`;

/**
 * A birthday said as another year: "another year older today", "another trip around the sun tomorrow".
 */
export const ANOTHER_YEAR = [
  String.raw`(?:another|one|a)\s+year\s+(?:older|wiser|young(?:er)?)`,
  String.raw`(?:another|one\s+more)\s+(?:trip|lap|spin|orbit|journey|loop)\s+(?:a?round|of)\s+the\s+sun`,
  // counted: "35 trips around the sun as of tomorrow", "my 41st lap around the sun", "lap 40 around the sun today"
  String.raw`\d{1,3}\s+(?:trips|laps|spins|orbits|journeys|loops)\s+(?:a?round|of)\s+the\s+sun`,
  String.raw`\d{1,3}(?:st|nd|rd|th)\s+(?:trip|lap|spin|orbit|journey|loop)\s+(?:a?round|of)\s+the\s+sun`,
  String.raw`(?:trip|lap|spin|orbit)\s+(?:number\s+|no\.?\s*|#)?\d{1,3}\s+(?:a?round|of)\s+the\s+sun`,
  // "Celebrating 40 years on this planet today", "another year on this earth tomorrow"
  String.raw`(?:\d{1,3}|another|one\s+more)\s+years?\s+on\s+(?:this|the)\s+(?:planet|earth)`,
  // a decade entered or left: "Officially in my thirties as of today", "Entering my 30s this Saturday", "Last day in my
  // twenties tomorrow", "My last day of being 29 today", "Last day as a 29 year old"
  String.raw`(?:entering|enter(?:s|ed)?|officially\s+(?:in(?:to)?|entering))\s+(?:my|his|her|their|your)\s+${DECADE}`,
  String.raw`last\s+day\s+(?:(?:in|of)\s+(?:my|his|her|their|your)\s+${DECADE}|of\s+being\s+\d{1,3}|as\s+an?\s+\d{1,3}[- ]?(?:year[- ]old|yo))`,
  // "Celebrating 35 years of me today"
  // "Leaving my twenties behind on Saturday", "saying goodbye to my 30s tomorrow"
  String.raw`(?:leav(?:e|es|ing)|(?:saying|waving|bidding)\s+(?:goodbye|farewell)\s+to)\s+(?:my|his|her|their|your)\s+${DECADE}`,
  // "Four decades old tomorrow", "half a century young on Sunday"
  String.raw`(?:[2-9]|two|three|four|five|six|seven|eight|nine)\s+decades\s+(?:old|young)`,
  String.raw`half\s+a\s+century\s+(?:old|young)`,
  String.raw`\d{1,3}\s+years\s+of\s+(?:me|being\s+me)(?=\s*(?:[.!,;:]|$|today|tomorrow|tmrw|this\s+\w+))`,
  String.raw`levell?(?:ed|ing)\s+up\s+(?:in\s+life|irl|again)`,
  // "level 35 unlocked today 🎮 birthday vibes" (AGE_MILESTONE wants a birthday in the post for it)
  String.raw`level\s+\d{2,3}\s+unlocked`,
];

/**
 * Holidays that name one day on their own, a day a birth or a birthday may fall on: "born on Christmas Eve", "turns
 * 85 on Boxing Day", "Dad was born in 1952 on Boxing Day".
 */
export const HOLIDAY_DAYS = [
  String.raw`christmas\s+(?:day|eve|morning|night)`,
  String.raw`new\s+year['’]?s\s+(?:day|eve)`,
  String.raw`boxing\s+day`,
  String.raw`valentine['’]?s\s+day`,
  String.raw`st\.?\s+patrick['’]?s\s+day`,
  String.raw`independence\s+day`,
  // "born on the leap day in 2000"
  String.raw`(?:the\s+)?leap\s+day`,
  String.raw`thanksgiving\s+day`,
  String.raw`easter\s+(?:sunday|monday)`,
  String.raw`bonfire\s+night`,
  String.raw`canada\s+day`,
  String.raw`australia\s+day`,
  String.raw`anzac\s+day`,
  'hogmanay',
  String.raw`good\s+friday`,
  String.raw`(?:memorial|labou?r|veterans['’]?|remembrance|groundhog|may|mother['’]?s|father['’]?s|pancake)\s+day`,
  String.raw`st\.?\s+(?:george|andrew|david)['’]?s\s+day`,
  String.raw`april\s+fools['’]?\s+day`,
  String.raw`(?:burns|guy\s+fawkes)\s+night`,
  'juneteenth',
];

/** Holidays also said of a season or a party ("Christmas", "Halloween"): a day only after "on" or before a year. */
export const HOLIDAYS_BARE = [
  'christmas',
  String.raw`new\s+year['’]?s`,
  String.raw`valentine['’]?s`,
  'halloween',
  'thanksgiving',
  'easter',
];

/** Star signs: said of oneself beside a date, the date is a birthday ("Taurus here, May 2 is my day"). */
export const STAR_SIGNS = [
  'aries',
  'taurus',
  'gemini',
  'cancer',
  'leo',
  'virgo',
  'libra',
  'scorpio',
  'sagittarius',
  'capricorn',
  'aquarius',
  'pisces',
];

/** Before a star sign, the author owning it: "I'm a Leo", "proud Capricorn", "typical Gemini". */
export const SIGN_OWNERS = [
  String.raw`i['’]?m\s+an?`,
  String.raw`im\s+an?`,
  'proud',
  'classic',
  'typical',
  'true',
  'total',
  String.raw`such\s+an?`,
  String.raw`a\s+proper`,
  'fellow',
];

/** After "cancer" or another sign word, what makes it no star sign: "I'm a cancer survivor" (STAR_SIGN). */
export const NOT_A_SIGN = [
  'survivor',
  'patients?',
  'free',
  'diagnosis',
  'screening',
  'research',
  'ward',
  'awareness',
  'treatment',
  'scans?',
  'cent(?:er|re)',
  'nurse',
  'doctor',
];

/** After a star sign, the author owning it: "Gemini gang", "Taurus here", "Virgo baby". */
export const SIGN_AFTER = [
  'here',
  'gang',
  'bab(?:y|ies)',
  'girl',
  'boy',
  'queen',
  'king',
  'squad',
  String.raw`and\s+proud`,
  String.raw`through\s+and\s+through`,
];

/** "The big day" of a birthday week: "the big day is Thursday", "the 14th is the big day", "the day itself is Friday". */
export const BIG_DAY_WORDS = [
  'big',
  'actual',
  'real',
  'official',
  'main',
];
