/**
 * Words that make a state stronger, standing between a verb of state and the state word: "got absolutely hammered",
 * "we were so wasted", "getting properly smashed". One item a line (regex source). Who reads it: conduct/alcohol
 * (INTENS, between "got"/"were" and a drunk word) and the conduct/alcohol head's features (src/model/alcohol-signals.ts:
 * STATE, a person's state before a drunk word, so "got absolutely hammered the night before" is no other sense). The
 * head reads the list as features, so an edit here wants `npm run train`. id/self-affiliation reads it between "my" and a
 * police credential ("lost my fucking warrant card").
 */
export const INTENSIFIERS = [
  'absolutely',
  'completely',
  'totally',
  'properly',
  'proper',
  'fully',
  'so',
  'soo+',
  'super',
  'fucking',
  'fkn',
  // masked, as written or as the profanity-normalised text reads it: "so f***ing hammered", "f___ing"
  String.raw`f[*_#@]+(?:ing|in|kin)`,
  'utterly',
  'seriously',
  'pretty',
  'mega',
  String.raw`a\s+bit`,
  String.raw`a\s+little`,
  'really',
  'very',
  'too',
  'well',
  'hella',
  'wicked',
];
