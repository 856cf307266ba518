/**
 * pii/birthdate's vocabulary: how people say that someone was born or reached an age on a day, one item a line
 * (regex source). Read only by src/detectors/pii/birthdate.ts, which ties each to a day in the same sentence.
 */

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
];

/**
 * A newborn: a birth on its own as the subject of an arrival or the object of "welcomed"/"had".
 * e.g. "baby", "our little one", "bundle of joy", "twins", "baby Noah"
 */
export const NEWBORN = [
  'bab(?:y|ies)',
  'newborns?',
  'twins',
  'triplets',
  String.raw`little\s+one`,
  String.raw`bundle\s+of\s+joy`,
  'bub',
  'bubba',
  'grandbab(?:y|ies)',
  'first-?born',
];

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
  'overdue',
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
 * The first four are read as an age on their own; the others need a person or a birthday beside them (a score, a
 * temperature or a shop can "be 90 today").
 */
export const AGE_VERBS = [
  String.raw`turn(?:s|ed|ing)?`,
  String.raw`will\s+be`,
  String.raw`(?:would|should)\s+(?:have|['’]ve)\s+been`,
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

/**
 * A birthday said as another year: "another year older today", "another trip around the sun tomorrow".
 */
export const ANOTHER_YEAR = [
  String.raw`(?:another|one|a)\s+year\s+(?:older|wiser|young(?:er)?)`,
  String.raw`(?:another|one\s+more)\s+(?:trip|lap|spin|orbit|journey|loop)\s+(?:a?round|of)\s+the\s+sun`,
  String.raw`levell?(?:ed|ing)\s+up\s+(?:in\s+life|irl|again)`,
];
