// conduct/political: endorsing or urging support for a political party or candidate; serves the clauses barring partisan political activity on department and personal accounts that identify the officer.
import type { TextDetector } from '../../core/types.js';
import { cuesOf, walkCues, type CueRow, type CueText, type Veto } from '../cues.js';
import { isCommonWord, isNeverAName, isPersonName, isPlace, looksLikePersonName } from '../../nlp/people.js';
import { sentenceTextOf } from './text.js';
import { alt, oneOf } from '../vocab.js';

/*
 * A vote is political only when it is for a party or for a person running for office. "Vote for X" alone is also
 * how people ask for votes in talent shows and awards ("I vote for Austin Mahone #KCA"), so a named person needs an
 * election cue in the same sentence (an office, "election", "ballot", "campaign", a party) and no contest cue.
 * Party names, slogans and campaign hashtags need no cue. Neutral civic reminders ("polls open at 6am", "register
 * to vote", "don't forget to vote") name nobody and are never reported.
 */

// Case-insensitive source for one literal phrase inside an otherwise case-sensitive regex: "vote" -> "[vV][oO][tT][eE]".
// escapes stay as they are: String.raw`district \d+` must not become `district \[dD]+`
const ci = (source: string) => source.replace(/\\.|[a-z]/g, (c) => (c.length > 1 ? c : `[${c}${c.toUpperCase()}]`));

const PARTY_NAMES = [
  'democrats?',
  'democratic party',
  'dems',
  'republicans?',
  'republican party',
  'gop',
  'libertarians?',
  'green party',
  'labour',
  'labor party',
  'tory',
  'tories',
  'conservatives?',
  'conservative party',
  'lib ?dems?',
  'liberal democrats',
  'ukip',
  'reform uk',
  'snp',
  'ndp',
  'new democrats',
  'liberals',
  'liberal party',
  // Australia and Ireland: "Vote 1 Teals in Wentworth", "the only Fine Gael TD that cares"
  'teals',
  'teal independents?',
  'fine gael',
  'fianna f[aá]il',
  'sinn f[eé]in',
  'plaid cymru',
  'reform party',
];
const PARTY = alt(PARTY_NAMES);
// A party you can be a member of: "proud Democrat", "lifelong Republican" (colours excluded: "proud blue" is a team).
const MEMBER_PARTY = alt([
  'democrat',
  'republican',
  'libertarian',
  'tory',
  'labour',
  'conservative',
  'liberal',
  'socialist',
  'dem',
  'gop',
]);

const OFFICES = [
  'mayor',
  'governor',
  'senate',
  'senator',
  'congress',
  'congressman',
  'congresswoman',
  'president',
  'potus',
  'sheriff',
  'district attorney',
  'attorney general',
  'city council',
  'council',
  'councilman',
  'councilwoman',
  'councilmember',
  // "Councillor Greene has my vote": the British and Irish spelling
  'councill?or',
  'county commissioner',
  'police (?:and crime )?commissioner',
  'county exec(?:utive)?',
  'first minister',
  'alderman',
  'assembly',
  'state rep',
  'state senate',
  'judge',
  'prosecutor',
  'comptroller',
  'treasurer',
  'school board',
  'mp',
  'mla',
  'mep',
  'prime minister',
  'premier(?! league)',
  'ward \\d+',
  'district \\d+',
];
const OFFICE = alt(OFFICES);

// What makes a vote electoral: an office, a party, or election words. e.g. "for mayor", "in the primary", "GOP"
const ELECTION_CUE = new RegExp(
  String.raw`\b${oneOf([
      String.raw`${OFFICE}`,
      'elections?',
      'elect(?:ed)?',
      're-?elect',
      'ballots?',
      'primary',
      'primaries',
      'midterms?',
      'campaign(?:ing)?',
      'candidates?',
      'caucus',
      'at the polls',
      String.raw`november \d`,
      String.raw`nov\.? \d`,
      'election day',
      'early voting',
      'absentee',
      'incumbent',
      'running (?:for|against)',
      'polling (?:booths?|stations?|places?|day)',
      'postal votes?',
      'how[- ]to[- ]vote',
      'ballot papers?',
      'put (?:a|my|the|number) (?:1|one|#1) (?:next to|beside|for)',
      'preferences?',
      'constituency',
      'electorate',
      'by-?election',
      'hustings',
      String.raw`${PARTY}`,
    ])}\b`,
  'i',
);

const CONTEST_CUE_WORDS = [
  'blue',
  'red',
  'gop',
  'dem',
  'democrat',
  'republican',
  'labour',
  'tory',
  'conservative',
  'libdem',
  'ukip',
  'green',
];
// Talent shows, awards and polls: "#KCA", "X Factor", "chili cook-off"; a contest vote is not political
const CONTEST_CUE =
  new RegExp(String.raw`${oneOf([
      String.raw`\b${oneOf([
        'awards?',
        'kca',
        'x ?factor',
        'the voice',
        'strictly',
        'bgt',
        'idol',
        'contest',
        'competition',
        'finalists?',
        'song',
        'album',
        'fave',
        'favou?rite',
        'mvp',
        'prom',
        'homecoming',
        'cook-?off',
        'chili',
        'costume',
        'talent',
        'nominee',
        'nominated',
        'mtv',
        'vma',
        'ema',
        'teen choice',
        'grammys?',
        'bake-?off',
        'pageant',
        'spelling bee',
        'of the (?:month|year|week)',
      ])}\b`,
      String.raw`#(?:kca|vote(?!${oneOf(CONTEST_CUE_WORDS)}\b)\w+)`,
    ])}`, 'i');
// An office or election word in the sentence outweighs a contest word: "Carter for mayor, the best choice".
const OFFICE_CUE = new RegExp(String.raw`\b(?:${OFFICE}|elections?|ballots?|campaign|candidates?|primary|${PARTY})\b`, 'i');

/**
 * Titles of elected office written before a name ("Sheriff", "Sen."): NAME, CAMPAIGN_FOR, YES_FOR, TITLE_SUPPORT and
 * TITLE_OR_PARTY read them.
 */
const OFFICE_TITLES = [
  'Sheriff',
  'Mayor',
  'Senator',
  String.raw`Sen\.`,
  String.raw`Gov\.`,
  'Governor',
  'Councilman',
  'Councilwoman',
  'Councilmember',
  'Councill?or',
  String.raw`Cllr\.?`,
  'Judge',
  String.raw`Rep\.`,
  'Representative',
  'President',
  'Congressman',
  'Congresswoman',
  'Assemblyman',
  'Assemblywoman',
  'Alderman',
  'DA',
  'Commissioner',
];

// A personal name: "Jim Carter", "Maria Lopez-Ruiz", "@carter4mayor"; a title may precede it ("Sheriff Dan Miller").
// not "FOR", "ON" in capitals: "VOTE HENDRICKS FOR COUNCIL" names Hendricks
const NAME_CAPS_STOP = String.raw`(?!${oneOf(['FOR', 'ON', 'IN', 'TO', 'AND', 'THE', 'THIS', 'NEXT'])}\b)`;
// a name's letters may carry accents ("Sinéad Farrell", "José Núñez")
const NAME_LETTERS = String.raw`[a-zA-ZÀ-ÖØ-öø-ÿ'’-]`;
const NAME = String.raw`(?:@\w{2,}|(?:${oneOf(OFFICE_TITLES)}\s+)?[A-ZÀ-ÖØ-Þ]${NAME_LETTERS}+(?:\s+[A-Z]\.)?(?:\s+${NAME_CAPS_STOP}[A-ZÀ-ÖØ-Þ]${NAME_LETTERS}+){0,2})`;

const IMPERATIVE_WORDS = [
  '[pP]lease',
  "[lL]et'?s",
  '[hH]elp',
  '[gG]o',
  '[aA]nd',
  '[mM]ust',
  '[sS]hould',
  '[wW]ill',
  "'ll",
  '[wW]e',
  'I',
  '[uU]s',
  '[tT]o',
];

// Where "elect" and "support" are a call to action rather than news ("House Republicans elect…", "President-elect"):
// at the start of a sentence or clause, or after "please", "let's", "we", "I".
const IMPERATIVE = String.raw`(?:(?<=^|[.!?,:;—–]\s*|\b${oneOf(IMPERATIVE_WORDS)}\s+))`;

// "Vote for Jim Carter", "vote Carter", "voting for Maria Lopez", "elect Dana Price", "support Jim Carter for mayor"
const VOTE_FOR_NAME = new RegExp(
  String.raw`${oneOf([
      String.raw`\b${oneOf([
        String.raw`${ci('vote')}`,
        String.raw`${ci('voting')}`,
        String.raw`${ci('votes')}`,
        String.raw`${ci('voted')}`,
        String.raw`${ci('endorse')}`,
        String.raw`${ci('endorses')}`,
        String.raw`${ci('endorsing')}`,
        String.raw`${ci('cast my vote for')}`,
        String.raw`${ci('cast our votes for')}`,
        // "Marking my ballot for Janet Liu on Thursday"
        String.raw`${ci('marking my ballot for')}`,
        String.raw`${ci('mark your ballot for')}`,
      ])}`,
      String.raw`${IMPERATIVE}(?:${ci('elect')}|${ci('re-elect')}|${ci('reelect')}|${ci('support')})`,
    ])}\s+(?:${ci('yes')}\s+)?(?:${ci('for')}\s+)?(?:(?:my|our)\s+${oneOf([
      'friend',
      'buddy',
      'pal',
      'guy',
      'girl',
      'neighbou?r',
    ])}\s+)?(${NAME})`,
  'g',
);
// "Jim Carter for mayor!", "Maria Lopez for Sheriff 2026", "#CarterForMayor", "#Goldsmith4Labour"
const NAME_FOR_OFFICE = new RegExp(
  String.raw`${oneOf([
      String.raw`\b[A-Z]${NAME_LETTERS}+(?:\s+[A-Z]\.)?(?:\s+[A-Z]${NAME_LETTERS}+){1,2}\s+(?:for|4)\s+(?:${ci(OFFICE)}|DA)\b(?!\s+${oneOf([
        'of the (?:month|year|day)',
        'for a day',
      ])})`,
      String.raw`(?<=^|[.!?]\s+|\n)[A-Z][a-z'’-]+\s+(?:for|4)\s+${oneOf([
        'Mayor',
        'Sheriff',
        'Governor',
        'Senate',
        'Congress',
        'President',
        'DA',
        'District Attorney',
        'City Council',
        'Council',
        'Judge',
      ])}\b`,
      String.raw`(?<=\s)[A-Z][a-z'’-]+\s+(?:for|4)\s+${oneOf([
        'DA',
        'MP',
        'Mayor',
        'Sheriff',
        'Governor',
        'Senate',
        'State Senate',
        'Congress',
        'President',
        'District Attorney',
        'City Council',
        'Council',
        'Judge',
        'Assembly',
        'Comptroller',
        'Treasurer',
        'School Board',
      ])}\b`,
      String.raw`#[A-Za-z]+(?:For|4)${oneOf([
        'Mayor',
        'Governor',
        'Gov',
        'Senate',
        'Congress',
        'President',
        'Sheriff',
        'DA',
        'Council',
        'AG',
        'Judge',
        'MP',
        'PM',
        'Labour',
        'Tory',
        'Tories',
        'Conservatives',
        'Democrats',
        'GOP',
        String.raw`Ward\d+`,
      ])}\b`,
    ])}`,
  'g',
);

const HAS_MY_VOTE_WORDS = [
  'has',
  'have',
  'gets',
  'get',
  'got',
  'earned',
  'deserves?',
  'will get',
  'is getting',
];

const HAS_MY_VOTE_WORDS_2 = [
  'goes',
  'is going',
  'went',
  'will go',
];

const HAS_MY_VOTE_WORDS_3 = [
  'vote',
  'votes',
  'support',
  'endorsement',
  'ballot',
];
// "my vote goes to Carter", "Carter has my vote", "Carter gets my vote", "Sheriff Dawes deserves your vote"
const HAS_MY_VOTE = new RegExp(
  String.raw`\b(?:${ci('my')}|${ci('our')}) (?:vote|ballot|support) ${oneOf(HAS_MY_VOTE_WORDS_2)} to\s+(?:${ci('the')}\s+)?(${NAME})|(?:(?<=\b[tT]he )|\b)(${NAME})\s+${oneOf(HAS_MY_VOTE_WORDS)} (?:my|our|your) ${oneOf(HAS_MY_VOTE_WORDS_3)}`,
  'g',
);
// A first preference or a vote given by pronoun, in a post about an election: "he's got my vote", "he's getting my
// number 1", "Give her your number 1!", "give him your #1", "give her your vote on Thursday"
const PREFERENCE = String.raw`(?:vote|votes|support|number (?:1|one)|no\.? ?1|#1|first preference)`;
const GIVER = String.raw`(?:he|she|they)${oneOf(["['’]s", ' has', ' have', ' is', ' are'])}?`;
const GIVEN_VERB = oneOf(['got', 'getting', 'earned', 'gets', 'deserves?']);
const VOTE_GIVEN = new RegExp(
  String.raw`\b(?:${GIVER} ${GIVEN_VERB} (?:my|our|your) ${PREFERENCE}|give (?:him|her|them) (?:your|my|our) ${PREFERENCE})(?![\w#])`,
  'gi',
);
// "Sheriff Calloway for re-election!", "Mendez for re-election": a candidate named before the race itself
const FOR_REELECTION = new RegExp(String.raw`\b(?:(?:${oneOf(OFFICE_TITLES)})\s+)?([A-Z]${NAME_LETTERS}+(?:\s+[A-Z]${NAME_LETTERS}+)?)\s+(?:for|4)\s+[Rr]e-?[Ee]lection\b`, 'g');
// "vote blue", "vote Republican", "voting Labour all the way", "vote blue no matter who", "Go Democrats!"
const VOTE_PARTY = new RegExp(
  String.raw`${oneOf([
      // "Vote 1 Teals": a first preference given to the party
      String.raw`\b(?:vote|voting|votes|voted|vote straight)\s+(?:(?:1|#1|number (?:1|one))\s+)?(?:${PARTY}|blue|red)(?:\s+${oneOf([
        'ticket',
        'all the way',
        'down the ballot',
        'no matter who',
        'in november',
        'this (?:year|time|november)',
      ])})?\b`,
      String.raw`\bgo\s+(?:democrats|republicans|gop|tories|dems)\b`,
      String.raw`\bstraight[- ](?:${PARTY}|blue|red) ticket\b`,
      String.raw`\bstraight[- ]ticket (?:${PARTY}|blue|red)\b`,
    ])}`,
  'gi',
);
// "proud Democrat", "lifelong Republican", "card-carrying Tory"
const MEMBER = new RegExp(String.raw`\b(?:proud|lifelong|life-?long|card[- ]carrying|die[- ]hard|diehard)\s+(?:${MEMBER_PARTY})s?\b`, 'gi');
// Slogans and campaign hashtags: "#MAGA", "Trump 2024", "#VoteBlue", "Let's go Brandon", "I'm with her", "Feel the Bern"
const SLOGAN = new RegExp(
  String.raw`${oneOf([
      String.raw`#${oneOf([
        'maga',
        'kag',
        'trumptrain',
        'votered',
        String.raw`voteblue\w*`,
        'bluewave',
        'redwave',
        'imwithher',
        'feelthebern',
        'berniesisters',
        String.raw`bidenharris\w*`,
        'teamtrump',
        'teambiden',
        'teamobama',
        'teamromney',
        'obamabiden',
        'votelabour',
        'votetory',
        'voteconservative',
        'voteukip',
        'votelibdem',
        'votegop',
        'votedemocrat',
        'voterepublican',
        'votegreen',
        'votendp',
        'nevertrump',
        'neverbiden',
        'dumptrump',
        'letsgobrandon',
        'fjb',
        'ridinwithbiden',
      ])}\b`,
      String.raw`#?\b${oneOf([
        'trump',
        'biden',
        'obama',
        'romney',
        'clinton',
        'hillary',
        'bernie',
        'sanders',
        'kamala',
        'desantis',
        'haley',
        'pence',
        'mccain',
        'palin',
        'cruz',
        'rubio',
        'buttigieg',
        'vance',
        'walz',
        'newsom',
        'miliband',
        'corbyn',
        'boris',
        'starmer',
        'farage',
        'sunak',
        'clegg',
      ])}\s?(?:20(?:08|10|12|15|16|17|19|20|24|28))\b`,
      String.raw`\bmake america great again\b`,
      String.raw`\bkeep america great\b`,
      String.raw`\blet'?s go brandon\b`,
      String.raw`\bi'?m with her\b`,
      String.raw`\bfeel the bern\b`,
      String.raw`\bvote (?:them|the bums) out\b`,
    ])}`,
  'gi',
);
// Praising a party as the choice: "Republicans are the only party that backs the blue", "vote accordingly" with a party
const PARTY_PRAISE = new RegExp(
  String.raw`\b(?:${PARTY})\s+(?:are|is)\s+the\s+only\s+(?:party|ones|choice|option)\b|\b(?:${PARTY})\b[^.!?]{0,80}[.!?]?\s*vote accordingly\b`,
  'gi',
);

// A party as it is written by name, capitalised ("Greens", "Labor", "Reform", "Nationals" are everyday words in lower
// case: "eat your greens", "police reform", "foreign nationals"), read by PARTY_BACKED only.
const PARTY_CAPITALISED = oneOf([
  'Democrats',
  'Dems',
  'Republicans',
  'GOP',
  'Libertarians',
  'Green Party',
  'Greens',
  'Labou?r(?: Party)?',
  'Tory',
  'Tories',
  'Progressive Conservatives',
  'Conservatives?(?: Party)?',
  'Lib ?Dems?',
  'Liberal Democrats',
  'Liberal National',
  'Liberals?(?: Party)?',
  'UKIP',
  'Reform(?: UK)?',
  'SNP',
  'Plaid(?: Cymru)?',
  'NDP',
  'New Democrats',
  'One Nation',
  'Nationals',
  'Sinn F[ée]in',
  'Fianna F[áa]il',
  'Fine Gael',
  'Social Democrats',
  String.raw`Bloc(?: Qu[ée]b[ée]cois)?`,
  'PPC',
]);
// A public office or a party named, in any case ("for mayor", "school board", "tories") or capitalised ("the Greens",
// "Fine Gael"): the learned head's vetoes (src/model/political-vetoes.ts) read it
const OFFICE_NAMED = new RegExp(String.raw`\b${OFFICE}\b`, 'i');
const PARTY_ANY_CASE = new RegExp(String.raw`\b${PARTY}\b`, 'i');
const PARTY_BY_NAME = new RegExp(String.raw`\b${PARTY_CAPITALISED}\b`);
export const namesParty = (text: string): boolean => PARTY_ANY_CASE.test(text) || PARTY_BY_NAME.test(text);
export const namesOfficeOrParty = (text: string): boolean => OFFICE_NAMED.test(text) || namesParty(text);
// What a party is given by its backer: "Labor have my vote", "the Greens will get my first preference"
const PARTY_GETS = oneOf([
  'have',
  'has',
  'get',
  'gets',
  'got',
  'deserves?',
  'will get',
  'are getting',
  'is getting',
  'earned',
]);
// A cheer after a party: "Labour all the way", "Lib Dems or bust", "One Nation for me this time"
const PARTY_CHEER = oneOf([
  'all the way',
  'or bust',
  'or nothing',
  'for me',
  'for the win',
]);
// Campaign work for a party: "all in for the Democrats", "knocking doors for the Greens", "on the phones for the NDP"
const PARTY_WORK = oneOf([
  '[Aa]ll in',
  '[Cc]anvass(?:ing)?',
  // "Signed up to door-knock for Labour"
  '[Dd]oor[- ]?knock(?:ing)?',
  String.raw`[Kk]nock(?:ing|ed)? (?:on )?(?:\w+ )?doors`,
  '[Pp]hone[- ]?bank(?:ing)?',
  '[Ll]eaflet(?:t?ing)?',
  'on the phones',
  '[Ww]orking the phones',
  '[Cc]ampaigning',
]);
// A ballot marked or a party backed: "number Labor first", "Tick Labour", "Back the Tories", "Go Greens!"
const PARTY_MARK = oneOf([
  String.raw`[Nn]umber(?: (?:one|1))?(?: for)?`,
  '[Tt]ick',
  '[Bb]ack(?:ing)?',
  '[Gg]et behind',
  '[Gg]o',
]);
// Parties whose name is also a sports team's ("Go Nationals!", "Greens all the way" at a derby): backed by name only
// where the post speaks of an election, or in a vote ("vote Greens")
const TEAM_NAMED_TOO = /\b(?:Nationals|Greens)\b/;
// The forms a fan uses too: "Go Nationals!", "Greens all the way", "Back the Greens"
const TEAM_LIKE_CHEER = new RegExp(String.raw`^(?:${PARTY_MARK}|[Gg]o)\b|${PARTY_CHEER}$`);
const VOTE_WORD = /\b(?:vot(?:e|es|ed|ing|er|ers)|parliament|government)\b/i;
// The party and not its conference: "policing the Conservative Party conference"
const PARTY_NAMED = String.raw`${PARTY_CAPITALISED}(?!(?: [Pp]arty)? ${oneOf([
  '[Cc]onference',
  '[Cc]onvention',
  'HQ',
  '[Hh]eadquarters',
  '[Oo]ffices?',
])}\b)`;
// A party urged or backed by name: "Vote Green", "voting Greens this time", "Labor have my vote", "NDP all the way",
// "all in for the Democrats", "number one for Fianna Fáil", "Reform are the only ones talking sense"
const PARTY_BACKED = new RegExp(
  String.raw`${oneOf([
    String.raw`\b(?:[Vv]ot(?:e|ing)|VOTE)(?: (?:1|one|for|for the|fucking|bloody))? (?:${PARTY_NAMED}|Green)\b`,
    String.raw`\b${PARTY_NAMED} ${PARTY_GETS} (?:my|our|your|every) (?:\w+ )?(?:vote|votes|support|backing|preference|number (?:one|1))\b`,
    String.raw`\b${PARTY_NAMED} ${PARTY_CHEER}\b`,
    String.raw`\b${PARTY_WORK} for (?:the )?${PARTY_NAMED}\b`,
    String.raw`\b${PARTY_MARK} (?:the )?${PARTY_NAMED}\b`,
    // "put the Greens first", "put the Liberals last": not "putting the Liberals in their place at trivia"
    String.raw`\b[Pp]ut(?:ting)? (?:the )?${PARTY_NAMED} (?:first|1st|last|number (?:one|1))\b`,
    String.raw`\b[Kk]eep (?:the )?${PARTY_NAMED} (?:in|out)\b`,
    // single transferable vote: "give Fine Gael our number one", "Give the Greens your No. 1"
    String.raw`\b[Gg]iv(?:e|ing) (?:the )?${PARTY_NAMED} (?:my|our|your|a|their|all our) (?:[Nn]umber|[Nn]o\.?|#) ?(?:one|1)\b`,
    String.raw`\b${PARTY_NAMED} (?:are|is) the only (?:party|ones?|choice|option)\b`,
    String.raw`\bthe only (?:choice|option|party) is (?:the )?${PARTY_NAMED}\b`,
  ])}`,
  'g',
);

// Campaign work and money for a candidate, a party or a campaign: "donated $50 to the Kessler campaign", "phone banking
// for Nwosu for Congress", "door knocking for the Harbor Forward Party", "yard signs for Judge Olmstead are in"
const CAMPAIGN_ACT = String.raw`${oneOf([
    String.raw`${ci('donated')}`,
    String.raw`${ci('donating')}`,
    String.raw`${ci('donate')}`,
    String.raw`${ci('chipped in')}`,
    String.raw`${ci('chip in')}`,
    String.raw`${ci('contributed')}`,
    String.raw`${ci('gave')}`,
    String.raw`${ci('volunteering')}`,
    String.raw`${ci('volunteered')}`,
    String.raw`${ci('volunteer')}`,
    String.raw`${ci('canvassing')}`,
    String.raw`${ci('canvassed')}`,
    String.raw`${ci('canvass')}`,
    String.raw`${ci('door')}[- ]?${ci('knock')}(?:${ci('ing')})?`,
    // "Knock on doors with me Saturday for Sandra Pruitt"
    String.raw`${ci('knock')} ${ci('on')} ${ci('doors')}`,
    // "Put a sign on your lawn for Dale Okonkwo"
    String.raw`${ci('sign on')} (?:${ci('your')}|${ci('my')}|${ci('our')}|${ci('the')}) (?:${ci('lawn')}|${ci('yard')}|${ci('porch')}|${ci('fence')})`,
    String.raw`${ci('knocking')} (?:${ci('on')} )?${oneOf([
      String.raw`\d+ `,
      String.raw`${ci('a few')} `,
      String.raw`${ci('so many')} `,
      String.raw`${ci('hundreds of')} `,
    ])}?${ci('doors')}`,
    String.raw`${ci('knocked')} (?:${ci('on')} )?${oneOf([
      String.raw`\d+ `,
      String.raw`${ci('a few')} `,
      String.raw`${ci('so many')} `,
      String.raw`${ci('hundreds of')} `,
    ])}?${ci('doors')}`,
    String.raw`${ci('phone')}[- ]?${ci('bank')}(?:${ci('ing')}|${ci('ed')})?`,
    String.raw`${ci('text')}[- ]?${ci('bank')}(?:${ci('ing')}|${ci('ed')})?`,
    String.raw`${ci('fundraiser')}`,
    String.raw`${ci('fundraising')}`,
    String.raw`${ci('handing out')} (?:${ci('flyers')}|${ci('leaflets')})`,
    String.raw`${ci('leafleting')}`,
    String.raw`${ci('yard')} ${ci('signs')}?`,
    String.raw`${ci('lawn')} ${ci('signs')}?`,
    String.raw`${ci('campaign')} ${ci('signs')}?`,
    String.raw`${ci('bumper')} ${ci('stickers')}?`,
    String.raw`${ci('campaigning')}`,
    String.raw`${ci('rallying')}`,
    String.raw`${ci('all in')}`,
  ])}`;
// Not a gathering: "the Birthday Party", "Block Party", "Christmas Party"
const PROPER_PARTY = String.raw`(?!(?:[A-Z]${NAME_LETTERS}+ )*${oneOf([
    'Birthday',
    'Tea',
    'Pool',
    'Dinner',
    'Block',
    'Christmas',
    'Xmas',
    'Halloween',
    'House',
    'Garden',
    'Launch',
    'Retirement',
    'Bachelor',
    'Bachelorette',
    'Surprise',
    'Pizza',
    'Costume',
    'Office',
    'Holiday',
    'Graduation',
    'Watch',
    'Slumber',
    'Pajama',
    'Dance',
    'Beach',
    'Street',
    'Neighbou?rhood',
    'Engagement',
    'Baby',
    'Welcome',
    'Farewell',
    'Hen',
    'Stag',
    'After',
    'Release',
    'Listening',
    'Viewing',
    'Search',
    'Wedding',
  ])} Party)(?:[A-Z]${NAME_LETTERS}+ ){1,3}Party`;
const CAMPAIGN_FOR = new RegExp(
  String.raw`\b${CAMPAIGN_ACT}(?:\s+${oneOf([
      String.raw`\$?\d[\d,.]*k?`,
      String.raw`(?:all|this|every|last) \w+`,
      'tonight',
      'today',
      'again',
      'with (?:us|me|the team)',
      String.raw`(?:\d+|a few|some) (?:calls|doors|hours|bucks|dollars)`,
      String.raw`(?:on )?(?:${ci('mon')}|${ci('tues')}|${ci('wednes')}|${ci('thurs')}|${ci('fri')}|${ci('satur')}|${ci('sun')})${ci('day')}`,
    ])}){0,2}\s+${oneOf([
      String.raw`${ci('for')}`,
      String.raw`${ci('to')}`,
      String.raw`${ci('with')}`,
      String.raw`${ci('on')}`,
      String.raw`${ci('at')}`,
    ])}\s+(?:(?:${ci('the')}|${ci('my')}|${ci('our')})\s+)?${oneOf([
      String.raw`(${PROPER_PARTY})`,
      String.raw`([A-Z]${NAME_LETTERS}+(?:\s+[A-Z]${NAME_LETTERS}+){0,2})(?:'s|’s)?\s+${oneOf([
        String.raw`(?:${ci('re-election')}|${ci('reelection')})(?:\s+${ci('campaign')})?`,
        String.raw`${ci('campaign')}`,
        String.raw`${ci('candidacy')}`,
      ])}`,
      String.raw`(${NAME})\s+(?:for|4)\s+(?:${ci(OFFICE)})\b`,
      String.raw`(${oneOf(OFFICE_TITLES)}\s+[A-Z]${NAME_LETTERS}+(?:\s+[A-Z]${NAME_LETTERS}+){0,2})`,
      String.raw`(${PARTY})\b`,
      String.raw`([A-Z]${NAME_LETTERS}+(?:\s+[A-Z]\.)?\s+[A-Z]${NAME_LETTERS}+)(?![\w'’])`,
    ])}`,
  'g',
);
// Work only a campaign does: a plain name after it is a candidate ("canvassed all Saturday for Tom Alvarez")
const CAMPAIGN_ONLY = /^(?:canvass|door|knock|phone|text|yard|lawn|sign on|campaign|rally|leaflet|handing)/i;
// "#ReElectBriggs", "#ElectMariaLopez"
const ELECT_TAG = /#(?:[Rr]e-?)?[Ee]lect(?!ric|ron|ion|oral|ive|ed\b)[A-Z]\w+/g;
// "#VoteHarmon", "#TeamMcAllister", "#BackBriggs" — with an election word in the post
const BACKING_TAG = /#(?:Vote|Team|Back|Support|Stand ?With|I'?m ?With)([A-Z][A-Za-z]+)\b/g;
// "Tate all the way!", "Team Hollis all the way" — a name cheered on in a post about a vote
const ALL_THE_WAY = /(?<![\w@#'’-])(?:Team )?([A-Z][a-z'’-]{2,})(?: 20\d\d)? all the way\b/g;

const SPORT_CUE_WORDS = [
  'game',
  'match',
  'season',
  'playoffs?',
  'grand prix',
  'f1',
  'league',
  'cup',
  'bowl',
  'series',
  'fight',
  'ufc',
  'bout',
  'tournament',
  'championship',
  'finals?',
  'draft',
  'bake-?off',
  'idol',
  'x ?factor',
];
const SPORT_CUE = new RegExp(String.raw`\b${oneOf(SPORT_CUE_WORDS)}\b`, 'i');
// "YES for Ames", "vote yes for Mayor Ames" — not "yes on Measure B", which names no candidate
const YES_FOR = new RegExp(String.raw`\b[Yy][Ee][Ss] (?:for|4) (?:${oneOf(OFFICE_TITLES)} )?([A-Z][a-z'’-]+)\b`, 'g');
// "Put a Whitcombe sign in your yard", "got my Hensley yard sign"
const NAME_SIGN = /\b(?:a|my|our|the|your) ([A-Z][a-z'’-]+)(?: for [A-Z]\w+)? (?:yard |lawn |campaign )?signs?\b/g;
// Standing with an office-holder or candidate by title: "Proud to stand with Senator Hale", "backing Sheriff Cole"
const TITLE_SUPPORT =
  new RegExp(String.raw`\b${oneOf([
      'stand(?:s|ing)? with',
      'backing',
      'back',
      'supporting',
      'support',
      String.raw`i'?m with`,
      'all in for',
      'behind',
      'donate to',
      'volunteer for',
      'endorsing',
      'endorse',
    ])}\s+(${oneOf(OFFICE_TITLES)}\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\b(?!['’]s)`, 'gi');
// "Re-elect him in November!", "vote for her on the 5th" — an election word elsewhere in the post names the race
const ELECT_PRONOUN = new RegExp(String.raw`\b(?:re-?elect|reelect|vote for|elect)\s+(?:him|her|them)\b`, 'gi');

const VOTE_POST_WORDS = [
  'vot(?:e|es|ed|ing|ers?)',
  // "Bumper sticker's on", "lawn sign's up", "the only choice for a safer Riverside"
  'bumper stickers?',
  '(?:yard|lawn) signs?',
  'only choice',
  String.raw`canvass\w*`,
  String.raw`door[- ]?knock\w*`,
  String.raw`phone ?bank\w*`,
  'ballots?',
  String.raw`elect\w*`,
  String.raw`campaign\w*`,
  'district',
  'race',
  'seat',
  'office',
  'win this',
  'polls?',
  'candidates?',
  'primary',
  'november',
];
// The broader cue that a post is about an election: "vote", "district", "campaign", "🗳️"
const VOTE_POST = new RegExp(String.raw`\b${oneOf(VOTE_POST_WORDS)}\b|🗳️`, 'i');
// A surname and an election year: "Whitcombe 2026", "#Castellanos2026" — with a vote or election word in the post
// (a surname in capitals on a sticker too: "DUNMORE 2026")
const NAME_YEAR = /(?<![\w@])#?([A-Z][a-z]{2,}(?:[A-Z][a-z]+)?|[A-Z]{4,})\s?20(?:2[4-9]|3\d)\b/g;
// "Go Ferraro!" as its own sentence, in a post about an election (the row's requirement): a candidate cheered
const GO_NAME = /(?<=^|[.!?]\s*|\n)[Gg]o ([A-Z][a-z'’-]{2,})(?=\s*(?:!|\.|$))/g;
// "Team Garcia for council!", "Go Team Mendez!", "got my Team Okafor shirt" — in a post about an election
const TEAM_NAME = /(?<![\w@#'’-])Team ([A-Z][a-z'’-]{2,})\b/g;
/** What a campaign has or hands out: "campaign office", "campaign shirt" (CAMPAIGN_THING_FOR). */
const CAMPAIGN_THINGS = [
  'office',
  'hq',
  'headquarters',
  'shirts?',
  't-?shirts?',
  'tees?',
  'badges?',
  'buttons?',
  'stickers?',
  'signs?',
  'launch',
  'kick-?off',
  'rally',
];
// "Campaign office for Ortiz opened today", "yard signs for Hollis", "my campaign shirt for Dana Price"
const CAMPAIGN_THING_FOR = new RegExp(
  String.raw`\b(?:${ci(oneOf([
    String.raw`campaign ${oneOf(CAMPAIGN_THINGS)}`,
    '(?:yard|lawn|election|window) signs?',
  ]))}) ${ci('for')} ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})\b`,
  'g',
);
/** NAME_YEAR's name as a name is written: "DUNMORE" -> "Dunmore". */
const yearName = (w: string) => (/^[A-Z]+$/.test(w) ? w[0] + w.slice(1).toLowerCase() : w);
// "4 more years!", "four more years" — a re-election slogan when the post is about an election
const MORE_YEARS = /\b(?:4|four) more years\b|#(?:4|four)moreyears\b/gi;
// Years that name events and cohorts, not candidates: "Tokyo 2026", "Class of 2026", "Summer 2026"
const NOT_A_CANDIDATE_YEAR =
  new RegExp(String.raw`^${oneOf([
      'Class',
      'Summer',
      'Winter',
      'Spring',
      'Fall',
      'Autumn',
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
      'World',
      'Cup',
      'Euro',
      'Euros',
      'Olympics',
      'Expo',
      'Eurovision',
      'Coachella',
      'Glastonbury',
      'Budget',
      'Season',
      'Tour',
      'Draft',
      'Model',
      'Calendar',
      'Vision',
      'Spring',
      'Election',
      'Midterms?',
      'Primary',
      'Census',
      'Vote',
      'Elections',
      'Happy',
      'Goodbye',
      'Hello',
      'Welcome',
      'Since',
      'Until',
      'Before',
      'After',
      'In',
      'By',
      'Of',
      'The',
      'From',
      'Est',
      'Vol',
      'Issue',
      'Edition',
      'Version',
      'Chapter',
      'Fiscal',
      'Class',
      'Grad',
      'Graduating',
      'Fest',
      'Festival',
      'Con',
      'Comic',
      'Games',
    ])}$`);

// A bare imperative "Vote <Surname>!" names a candidate: "Vote Greenwood!", "Vote Okafor on the 4th" — not "Vote Now"
const VOTE_BARE = new RegExp(String.raw`(?<=^|[.!?:;—–]\s*|\n|\b${oneOf([
    '[gG]o',
    '[pP]lease',
    '[sS]o',
    '[aA]nd',
    '[jJ]ust',
  ])}\s+|[\p{Extended_Pictographic}]\s*)[Vv](?:ote|OTE)\s+(?:${oneOf([
    '1',
    '#1',
    'one',
    String.raw`[Nn]o\.? ?1`,
  ])}\s+)?([A-Z][a-z'’-]{2,}(?:-[A-Z][a-z]+)?)(?=\s*${oneOf([
    '[!.,]',
    '$',
    String.raw`on (?:the )?\d`,
    'on (?:polling|election) day',
    'on (?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day',
    '[Tt]omorrow',
    '[Tt]oday',
    'this',
    'next',
    'in (?:the )?(?:may|june|november|election|by-?election)',
    '#',
    String.raw`[\p{Extended_Pictographic}]`,
    String.raw`\d`,
  ])})`, 'gu');
// Campaign work for a party named in the post: "help the Liberal Progressives with leaflets", "out leafleting for the Greens"
const PARTY_LIKE = String.raw`${oneOf([
    String.raw`${PARTY}`,
    'Lib ?Dems?',
    'Tories',
    'Tory',
    'Labou?r',
    'Greens',
    'Liberal Democrats',
    'Reform UK',
    'One Nation',
    'SNP',
    'Plaid(?: Cymru)?',
    'UKIP',
    'GOP',
    'Dems',
    'Democrats',
    'Republicans',
    'Liberals',
    'Nationals',
    String.raw`(?:[A-Z][a-z]+ ){0,2}${oneOf([
      'Party',
      'Progressives',
      'Democrats',
      'Conservatives',
      'Liberals',
      'Nationals',
      'Greens',
      'Socialists',
      'Labour',
      'Reform',
      'Independents',
    ])}`,
  ])}`;
// Leafleting, canvassing or phone banking for a party: "helped the Greens with leaflets", "door knocking for Labour"
const LEAFLET_FOR = new RegExp(
  String.raw`${oneOf([
      String.raw`\b${oneOf([
        '[Hh]elp(?:ed|ing|s)?',
        '[Oo]ut with',
        '[Jj]oin(?:ed|ing)?',
        '[Vv]olunteer(?:ed|ing)? (?:with|for)',
        String.raw`[Ss]pen[dt] (?:the |all |my )?(?:\w+ )?(?:with|for)`,
      ])}\s+${oneOf([
        'the ',
        'our ',
        'my ',
        'local ',
      ])}?(${PARTY_LIKE})(?:'s?|’s?)?\s+(?:(?:local )?(?:campaign|candidate) )?(?:with|on|by)\s+${oneOf([
        'the ',
        'some ',
        'their ',
        'a few ',
      ])}?${oneOf([
        'leaflets',
        'leafleting',
        'leafletting',
        'flyers',
        'flyering',
        'canvassing',
        'door[- ]?knocking',
        'doorstepping',
        'phone[- ]?banking',
        'envelopes',
        'mailers',
        'mailouts',
        'how[- ]to[- ]vote cards',
        'the campaign',
        'street stalls?',
      ])}`,
      String.raw`\b${oneOf([
        '[Ll]eafleting',
        '[Ll]eafletting',
        '[Ff]lyering',
        '[Cc]anvassing',
        '[Dd]oor[- ]?knocking',
        '[Dd]oorstepping',
        '[Hh]anding out (?:how[- ]to[- ]vote cards|leaflets|flyers)',
        '[Dd]elivering leaflets',
      ])}\s+(?:\w+ ){0,3}?(?:for|with) (?:the |our |my |local )?(${PARTY_LIKE})`,
    ])}`,
  'g',
);
// Urging a vote against a named candidate: "don't vote for Carter", "never vote for Lopez"
const VOTE_AGAINST = new RegExp(String.raw`\b(?:[dD]o ?n[o']?t|[nN]ever|[nN]obody should|[nN]o one should)\s+vote\s+(?:for\s+)?(${NAME})`, 'g');

// Capitalised words that follow "vote for" without naming a candidate: "Vote for Your favourite", "Vote Tuesday".
const NOT_A_NAME =
  new RegExp(String.raw`^${oneOf([
      'I',
      'We',
      'You',
      'Us',
      'Our',
      'Your',
      'My',
      'The',
      'This',
      'That',
      'These',
      'Those',
      'It',
      'Change',
      'Yes',
      'No',
      'Best',
      'Please',
      'Everyone',
      'Anyone',
      'Tuesday',
      'Monday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
      'Today',
      'Tomorrow',
      'November',
      'Election',
      'Early',
      'Here',
      'Now',
      'Officer',
      'Team',
      'Local',
      'Thanks',
      'Thank',
      'Ready',
      'Running',
      'Time',
      'Looking',
      'Reasons',
      'Congrats',
      'Congratulations',
      'Good',
      'Great',
      'Vote',
      'Applications',
      'Candidates',
      'Nominations',
      'Run',
      'Registration',
    ])}$`);

// What precedes an imperative "Vote for…": nothing, a sentence break, or "go", "please", "everyone".
const IMPERATIVE_VOTE = /(?:^|[.!?:;—–]\s*|\b(?:go|please|everyone|y'?all|so|and)\s+)$/i;

// National figures whose name alone makes a vote electoral: "I'm voting for Harris".
const POLITICIAN =
  new RegExp(String.raw`^${oneOf([
      '(?:Donald )?Trump',
      '(?:Joe )?Biden',
      '(?:Kamala )?Harris',
      '(?:Barack )?Obama',
      '(?:Mitt )?Romney',
      '(?:Hillary )?Clinton',
      'Hillary',
      'Bernie(?: Sanders)?',
      'Sanders',
      '(?:Ron )?DeSantis',
      '(?:Nikki )?Haley',
      '(?:Mike )?Pence',
      String.raw`(?:JD |J\.D\. )?Vance`,
      '(?:Tim )?Walz',
      '(?:Gavin )?Newsom',
      '(?:Elizabeth )?Warren',
      '(?:Pete )?Buttigieg',
      'AOC',
      String.raw`RFK(?: Jr\.?)?`,
      '(?:Keir )?Starmer',
      '(?:Rishi )?Sunak',
      'Boris(?: Johnson)?',
      '(?:Nigel )?Farage',
      '(?:Jeremy )?Corbyn',
    ])}$`);

// What a candidate will do for the town, said beside the vote: "Voting for Rusk because he'll finally kick the foreigners
// out", "voting for Brannigan, he'll stop it", "Vote Kessler if you want the Muslims out of this town"
const PROMISE_DEEDS = [
  String.raw`sort (?:this|the|our) (?:\w+ )?(?:town|city|country|place|county) out`,
  String.raw`(?:kick|keep|get|throw) (?:the |them |all the )?(?:\w+ )?out`,
  'stop it',
  String.raw`clean up (?:this|the|our) (?:town|city|streets|country|county)`,
  String.raw`fix (?:this|the|our) (?:town|city|country|county)`,
  String.raw`stand up for (?:us|the police|cops)`,
];
const PROMISED = new RegExp(String.raw`\b(?:(?:he|she)(?:['’]ll| will)|only \w+ (?:will|can)) (?:finally |actually )?${oneOf(PROMISE_DEEDS)}\b|\bif you want (?:the )?(?:\w+ ){0,2}(?:out|gone|kicked out)\b`, 'i');
// A title or a party in the name slot is itself the cue: "Sheriff Dan Miller", "Republicans have my vote".
const TITLE_OR_PARTY = new RegExp(String.raw`^${oneOf(OFFICE_TITLES)}\b|^${PARTY}$|^${PROPER_PARTY}$`, 'i');

/** What the rows read, computed once per post. */
interface PoliticalText extends CueText {
  /** The text of the sentence around an offset. */
  sentence(index: number): string;
  /** An election or a vote is named somewhere in the post. */
  votePost: boolean;
}

// "FF", "DA" are acronyms, not people; "Your", "Tuesday" are not names
const isName = (name: string) => name.startsWith('@') || (!NOT_A_NAME.test(name.split(/\s+/)[0] ?? '') && !/^[A-Z]{1,3}$/.test(name));
// a candidate or a campaign needs a word that could be a surname: not "the Red Cross campaign"
const couldBeName = (w: string) => !isCommonWord(w) && !isNeverAName(w) && !isPlace(w);
// A contest word vetoes a vote unless the sentence also names an office or the election (the learned head's veto reads
// it too: src/model/political-vetoes.ts).
export const contest = (sentence: string) => CONTEST_CUE.test(sentence) && !OFFICE_CUE.test(sentence);
const inContest = (m: RegExpExecArray, c: PoliticalText) => contest(c.sentence(m.index));
const noContestInPost = (c: PoliticalText) => !CONTEST_CUE.test(c.text);
// "The Green Party gets my vote": the article is not part of the name
const candidateOf = (m: RegExpExecArray) => (m[1] ?? m[2] ?? '').replace(/^[Tt]he\s+/, '');
// A named vote needs an election cue outside the name itself ("Vote Mayor's Cup" is not one); "for DA" only in
// capitals: "he da best" is slang
const electoral = (m: RegExpExecArray, c: PoliticalText) => {
  const name = candidateOf(m);
  const rest = c.text.replace(name, ' ');
  return (
    ELECTION_CUE.test(c.sentence(m.index).replace(name, ' ')) ||
    PROMISED.test(c.sentence(m.index)) ||
    ELECTION_CUE.test(rest) ||
    /\bfor D\.?A\.?\b/.test(rest) ||
    TITLE_OR_PARTY.test(name) ||
    POLITICIAN.test(name)
  );
};
// "#JimCarter" -> "JimCarter", "Race for Mayor" -> "Race"
const firstWordOf = (m: RegExpExecArray) => m[0].replace(/^#/, '').split(/\s+/)[0] ?? '';
const notACandidate: Veto<PoliticalText> = (m, c) => !isName(candidateOf(m)) || inContest(m, c);
const notElectoral: Veto<PoliticalText> = (m, c) => !electoral(m, c);
// "Jim Carter", "Maria T. Lopez": a first name and a surname
const FULL_NAME = /^[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+$/;

const VOTE_BARE_WORDS = [
  'Leave',
  'Remain',
  'Now',
  'Early',
  'Today',
  'Here',
  'Smart',
  'Wisely',
  'Responsibly',
  'Local',
  'Safe',
  'Often',
  'Online',
  'Yes',
  'No',
];

/** Political rows, walked in order (VOTE_BARE skips a vote a row above already took). */
const POLITICAL_CUES: CueRow<PoliticalText>[] = [
  {
    name: 'VOTE_FOR_NAME',
    description: '"Vote for Jim Carter", "vote Carter", "voting for Maria Lopez", "elect Dana Price", "support Jim Carter for mayor"',
    pattern: VOTE_FOR_NAME,
    confidence: 0.85,
    messageId: 'candidate',
    vetoes: [notACandidate, notElectoral],
  },
  {
    name: 'VOTE_FULL_NAME',
    description: '"Vote for Jim Carter!" with no office named: a full personal name is still most likely a candidate',
    pattern: VOTE_FOR_NAME,
    confidence: 0.6,
    messageId: 'candidate',
    vetoes: [
      notACandidate,
      electoral,
      (m, c) => !(/^vote\b/i.test(m[0]) && IMPERATIVE_VOTE.test(c.text.slice(0, m.index)) && FULL_NAME.test(candidateOf(m)) && !CONTEST_CUE.test(c.text)),
    ],
  },
  {
    name: 'HAS_MY_VOTE',
    description: '"my vote goes to Carter", "Carter has my vote", "Carter gets my vote"',
    pattern: HAS_MY_VOTE,
    confidence: 0.85,
    messageId: 'candidate',
    vetoes: [notACandidate, notElectoral],
  },
  {
    name: 'VOTE_GIVEN',
    description: 'A vote or first preference given by pronoun in a post about an election: "he\'s got my vote", "Give her your number 1!"',
    pattern: VOTE_GIVEN,
    requires: (c) => ELECTION_CUE.test(c.text),
    confidence: 0.75,
    messageId: 'candidate',
    // "she's got my vote for best costume": a contest, not an election
    vetoes: [inContest],
  },
  {
    name: 'FOR_REELECTION',
    description: 'A candidate named for re-election: "Sheriff Calloway for re-election!"',
    pattern: FOR_REELECTION,
    confidence: 0.75,
    messageId: 'candidate',
    vetoes: [(m) => !isName(m[1]!) || !couldBeName(m[1]!.split(/\s+/)[0]!), inContest],
  },
  {
    name: 'VOTE_AGAINST',
    description: 'Urging a vote against a named candidate: "don\'t vote for Carter", "never vote for Lopez"',
    pattern: VOTE_AGAINST,
    confidence: 0.7,
    messageId: 'candidate',
    vetoes: [notACandidate, notElectoral],
  },
  {
    name: 'NAME_FOR_OFFICE',
    description: '"Jim Carter for mayor!", "Maria Lopez for Sheriff 2026", "#CarterForMayor", "#Goldsmith4Labour"',
    pattern: NAME_FOR_OFFICE,
    confidence: 0.8,
    messageId: 'candidate',
    vetoes: [
      (m) => NOT_A_NAME.test(firstWordOf(m)),
      // one capitalised word before "for Sheriff" must be able to be a surname: "Hensley for Sheriff", not "Race for Mayor"
      (m) => /^[A-Z][a-z'’-]+\s+(?:for|4)\s/.test(m[0]) && !couldBeName(firstWordOf(m)),
      inContest,
    ],
  },
  {
    name: 'VOTE_PARTY',
    description: '"vote blue", "vote Republican", "voting Labour all the way", "vote blue no matter who", "Go Democrats!"',
    pattern: VOTE_PARTY,
    confidence: 0.85,
    messageId: 'party',
    // "vote red" in a contest is a team colour
    vetoes: [(m, c) => /\b(?:blue|red)\b/i.test(m[0]) && inContest(m, c)],
  },
  {
    name: 'CAMPAIGN_FOR',
    description: 'campaign work and money for a candidate, a party or a campaign: "donated $50 to the Kessler campaign", "phone banking for Nwosu for Congress"',
    pattern: CAMPAIGN_FOR,
    confidence: 0.8,
    messageId: (m) => (m[1] || m[5] ? 'party' : 'candidate'),
    vetoes: [
      // "the Kessler campaign": a word that could be a surname, or an election named elsewhere
      (m, c) => m[2] !== undefined && !ELECTION_CUE.test(c.text.replace(m[0], ' ')) && !couldBeName(m[2].split(/\s+/).pop()!),
      (m) => m[3] !== undefined && !isName(m[3]),
      (m, c) =>
        m[6] !== undefined &&
        (!isName(m[6]) ||
          !looksLikePersonName(m[6].split(/\s+/).filter((w) => !/^[A-Z]\.$/.test(w))) ||
          !(CAMPAIGN_ONLY.test(m[0]) || ELECTION_CUE.test(c.text.replace(m[0], ' ')))),
      inContest,
    ],
  },
  {
    name: 'ELECT_TAG',
    description: '"#ReElectBriggs", "#ElectMariaLopez"',
    pattern: ELECT_TAG,
    confidence: 0.85,
    messageId: 'slogan',
  },
  {
    name: 'VOTE_BARE',
    description: 'A bare imperative "Vote <Surname>!" names a candidate: "Vote Greenwood!", "Vote Okafor on the 4th" — not "Vote Now"',
    pattern: VOTE_BARE,
    requires: noContestInPost,
    confidence: 0.7,
    messageId: 'candidate',
    vetoes: [
      (m) =>
        NOT_A_NAME.test(m[1]!) ||
        !couldBeName(m[1]!) ||
        new RegExp(String.raw`^${oneOf(VOTE_BARE_WORDS)}$`, '').test(m[1]!),
      (m, _c, made) => made.some((o) => o.start <= m.index && o.end > m.index),
    ],
  },
  {
    name: 'LEAFLET_FOR',
    description: 'leafleting, canvassing or phone banking for a party: "helped the Greens with leaflets", "door knocking for Labour"',
    pattern: LEAFLET_FOR,
    confidence: 0.75,
    messageId: 'party',
    vetoes: [(m) => /^(?:Birthday|Tea|Pool|Dinner|Block|Christmas|House|Garden|Search|Wedding|Hen|Stag)\b/.test(m[1] ?? m[2] ?? '')],
  },
  {
    name: 'BACKING_TAG',
    description: '"#VoteHarmon", "#TeamMcAllister", "#BackBriggs" — with an election word in the post',
    pattern: BACKING_TAG,
    confidence: 0.75,
    messageId: 'slogan',
    vetoes: [
      // "#VoteChloeCrushSong": a contest word inside the tag
      (m) => CONTEST_CUE.test(m[0].replace(/([a-z])([A-Z])/g, '$1 $2')),
      // the tag itself looks like a contest vote ("#VoteHarmon"); the rest of the post decides
      (m, c) => {
        const rest = c.text.replace(m[0], ' ');
        return !((ELECTION_CUE.test(rest) || VOTE_POST.test(rest)) && !CONTEST_CUE.test(rest) && couldBeName(m[1]!));
      },
    ],
  },
  {
    name: 'ELECT_PRONOUN',
    description: '"Re-elect him in November!", "vote for her on the 5th" — an election word elsewhere in the post names the race',
    pattern: ELECT_PRONOUN,
    requires: noContestInPost,
    confidence: 0.7,
    messageId: 'candidate',
    vetoes: [(m, c) => !ELECTION_CUE.test(c.text.replace(m[0], ' ')), inContest],
  },
  {
    name: 'ALL_THE_WAY',
    description: '"Tate all the way!", "Team Hollis all the way": a name cheered on in a post about a vote',
    pattern: ALL_THE_WAY,
    requires: (c) =>
      (ELECTION_CUE.test(c.text) || /\b(?:vot(?:e|es|ed|ing|ers?)|polls?)\b/i.test(c.text)) && !CONTEST_CUE.test(c.text) && !SPORT_CUE.test(c.text),
    confidence: 0.7,
    messageId: 'candidate',
    vetoes: [(m) => !couldBeName(m[1]!) || NOT_A_NAME.test(m[1]!)],
  },
  {
    name: 'YES_FOR',
    description: '"YES for Ames", "vote yes for Mayor Ames" (not "yes on Measure B", which names no candidate)',
    pattern: YES_FOR,
    confidence: 0.75,
    messageId: 'candidate',
    vetoes: [(m) => !couldBeName(m[1]!), inContest],
  },
  {
    name: 'TITLE_SUPPORT',
    description: 'Standing with an office-holder or candidate by title: "Proud to stand with Senator Hale", "backing Sheriff Cole"',
    pattern: TITLE_SUPPORT,
    confidence: 0.7,
    messageId: 'candidate',
    vetoes: [inContest],
  },
  {
    name: 'NAME_SIGN',
    description: '"Put a Whitcombe sign in your yard", "got my Hensley yard sign"',
    pattern: NAME_SIGN,
    requires: (c) => c.votePost || /\b(?:yard|lawn)\b/i.test(c.text),
    confidence: 0.7,
    messageId: 'candidate',
    vetoes: [(m) => !couldBeName(m[1]!) || NOT_A_NAME.test(m[1]!)],
  },
  {
    name: 'NAME_YEAR',
    description: 'A surname and an election year: "Whitcombe 2026", "#Castellanos2026" — with a vote or election word in the post',
    pattern: NAME_YEAR,
    requires: noContestInPost,
    confidence: 0.75,
    messageId: 'slogan',
    vetoes: [
      (m) => {
        const name = yearName(m[1]!);
        return NOT_A_CANDIDATE_YEAR.test(name) || NOT_A_NAME.test(name) || !couldBeName(name.replace(/[A-Z][a-z]+$/, '') || name);
      },
      // a name in capitals is a sticker's or a sign's only in a post about a vote: "Bumper sticker's on: DUNMORE 2026"
      (m, c) => /^[A-Z]+$/.test(m[1]!) && !c.votePost,
      // with no vote word in the post the name must be a known surname or given name: "Ortiz 2026!"
      (m, c) => {
        const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
        const name = yearName(m[1]!);
        return !c.votePost && !(isPersonName(name.replace(/[A-Z][a-z]+$/, '') || name) && /^\s*(?:!|🇺🇸|all the way|baby|let'?s go|#|$)/iu.test(after));
      },
    ],
  },
  {
    name: 'GO_NAME',
    description: 'A candidate cheered as a sentence of its own in a post about an election: "if Ferraro wins I\'m drinking the whole bottle. Go Ferraro!"',
    pattern: GO_NAME,
    requires: (c) => (ELECTION_CUE.test(c.text) || c.votePost) && !CONTEST_CUE.test(c.text) && !SPORT_CUE.test(c.text),
    confidence: 0.7,
    messageId: 'candidate',
    vetoes: [
      (m) => !couldBeName(m[1]!) || NOT_A_NAME.test(m[1]!) || TITLE_OR_PARTY.test(m[1]!),
      // "Go Rovers!": a team's plural name, unless the post names the candidate again ("if Ferraro wins")
      (m, c) => /s$/.test(m[1]!) && c.text.split(m[1]!).length < 3,
    ],
  },
  {
    name: 'TEAM_NAME',
    description: '"Team Hartley for council!", "Go Team Mendez! Early voting is open" — a candidate\'s team, in a post about an election',
    pattern: TEAM_NAME,
    requires: (c) => (ELECTION_CUE.test(c.text) || c.votePost) && !CONTEST_CUE.test(c.text) && !SPORT_CUE.test(c.text),
    confidence: 0.7,
    messageId: 'candidate',
    vetoes: [(m) => !couldBeName(m[1]!) || NOT_A_NAME.test(m[1]!)],
  },
  {
    name: 'CAMPAIGN_THING_FOR',
    description: '"Campaign office for Ortiz opened today", "yard signs for Hollis are at my house"',
    pattern: CAMPAIGN_THING_FOR,
    confidence: 0.7,
    messageId: 'candidate',
    vetoes: [(m) => { const w = m[1]!.split(/\s+/); return !couldBeName(w[w.length - 1]!) || NOT_A_NAME.test(w[0]!); }, inContest],
  },
  {
    name: 'MORE_YEARS',
    description: '"4 more years!", "four more years" — a re-election slogan when the post is about an election',
    pattern: MORE_YEARS,
    requires: (c) => ELECTION_CUE.test(c.text) && !CONTEST_CUE.test(c.text),
    confidence: 0.7,
    messageId: 'slogan',
  },
  {
    name: 'PARTY_PRAISE',
    description: 'Praising a party as the choice: "Republicans are the only party that backs the blue", "vote accordingly" with a party',
    pattern: PARTY_PRAISE,
    confidence: 0.75,
    messageId: 'party',
  },
  {
    name: 'PARTY_BACKED',
    description: 'A party urged or backed by its capitalised name: "Vote Green", "Labor have my vote", "NDP all the way", "all in for the Democrats", "number one for Fianna Fáil"',
    pattern: PARTY_BACKED,
    confidence: 0.75,
    messageId: 'party',
    // "Go Greens!" at a match is a team
    vetoes: [
      (m, c) => /^[Gg]o\b/.test(m[0]) && (inContest(m, c) || SPORT_CUE.test(c.text)),
      (m, c) => TEAM_NAMED_TOO.test(m[0]) && TEAM_LIKE_CHEER.test(m[0]) && !ELECTION_CUE.test(c.text) && !VOTE_WORD.test(c.text),
    ],
  },
  {
    name: 'MEMBER',
    description: '"proud Democrat", "lifelong Republican", "card-carrying Tory"',
    pattern: MEMBER,
    confidence: 0.75,
    messageId: 'party',
  },
  {
    name: 'SLOGAN',
    description: 'Slogans and campaign hashtags: "#MAGA", "Trump 2024", "#VoteBlue", "Let\'s go Brandon", "I\'m with her", "Feel the Bern"',
    pattern: SLOGAN,
    confidence: 0.85,
    messageId: 'slogan',
  },
];

/** Endorsing or urging support for a party or candidate. */
export const political: TextDetector = {
  kind: 'text',
  id: 'conduct/political',
  title: 'Political endorsement',
  description:
    'Endorsing or urging support for a political party or candidate ("Vote for Jim Carter for mayor!", "#MAGA", ' +
    '"proud Democrat, vote blue"). Neutral civic reminders ("polls open at 6am", "register to vote") and votes in ' +
    'contests and awards are not reported.',
  messages: {
    default: 'Endorses or urges support for a political party or candidate',
    candidate: 'Endorses or urges support for a candidate',
    party: 'Endorses or urges support for a political party',
    slogan: 'Partisan campaign slogan or hashtag',
  },
  examples: {
    tp: [
      // session 24: a candidate's name with accented letters
      'Canvassing for Sinéad Farrell all weekend, come help',
      'Nana asked us all to give Fine Gael our number one on Friday',
      "Out leafleting for Labour all Saturday 🌹",
      'Got my Team Alvarez shirt, the campaign launch was electric',
      'Campaign office for Delgado opened today, come grab a sign',
      "Bumper sticker's on: WHITCOMBE 2026",
      "Numbered every box and put a 1 next to Hartley. Vote Hartley on the 9th!",
      'Vote for Jim Carter for mayor! He has my full support.',
      'Proud Democrat, vote blue this November.',
      'Trump 2024 🇺🇸 #MAGA',
      'Maria Lopez for Sheriff! Get out and vote Tuesday.',
      'My vote goes to Dana Price for city council.',
      "Don't vote for Carter in the primary, he'll gut the department.",
      'Voting Republican down the ballot, every time.',
      'Re-elect Judge Amy Stone on November 5th',
      '#CarterForMayor yard signs are in, DM me',
      { text: 'The Harbor City police union endorses Tom Reyes for governor.', context: 'official' },
      'Just chipped in $25 to the Delacroix campaign, every bit helps',
      'Canvassing all weekend for Tom Alvarez, the only choice for sheriff',
      "#ReElectHalvorsen, four more years for the best mayor we've had",
      'Phone banking for Okafor for Senate tonight, come help',
      'The Unity Party has my vote this year',
      'Put a Lindqvist sign in your yard and vote on the 3rd',
      { text: 'We urge you to vote yes for Sheriff Dana Cole on Tuesday.', context: 'official' },
      'Vote Green on Thursday, save the planet',
      'Labor have my vote this time',
      'NDP all the way this election',
      'Our family is all in for the Democrats this November',
      'Fellow Aussies, number Labor first on Saturday',
      'Put the Greens first at the election on Saturday',
      // session 20
      "Election's Thursday. Give her your number 1!",
      'Sheriff Dawes deserves your vote in November',
      'Sheriff Mendez for re-election!',
      // session 21: the British spelling of a councillor, a party's first preference
      'Councillor Greene has my vote.',
      'Vote 1 Teals in Wentworth.',
      // session 22: a candidate's promise beside the vote, a name in capitals, door-knocking and a lawn sign for a name,
      // a candidate cheered on election night, a ballot marked
      "Voting for Rusk because he'll finally kick the foreigners out.",
      'VOTE HENDRICKS FOR COUNCIL! Signs in every yard by Friday',
      'Knock on doors with me Saturday for Sandra Pruitt, she needs this ward',
      'Put a sign on your lawn for Dale Okonkwo, school board needs someone sane',
      "Election night party at mine, if Ferraro wins I'm buying. Go Ferraro!",
      'Marking my ballot for Janet Liu on Thursday',
      'Signed up to door-knock for Labour this weekend.',
    ],
    fp: [
      'Give the Greens a ring about the allotment, their number is on the board',
      'Team Garcia won the pub quiz again',
      'Yard signs for the school fair are by the gate',
      'NATO 2026 summit: road closures on Elm St',
      "Helped the Harbor Rovers with leaflets for their summer fun run.",
      "Vote Bella for cutest dog in the calendar contest!",
      { text: "Don't forget to vote on Tuesday! Polls open at 6am.", context: 'official' },
      { text: 'Election Day: expect traffic near polling places. Register to vote at the county site.', context: 'official' },
      'Vote for your favourite pie at the fall festival!',
      'I vote for Austin Mahone #KCA',
      'Vote for Officer Perrault in the chili cook-off!',
      'The mayor visited the 5th Precinct today to thank our officers.',
      'Employee of the month for December, so proud of her.',
      'Watching the debate tonight, interesting points on both sides.',
      'Red Sox win! Go Red!',
      { text: 'Candidates forum tonight at City Hall, all are welcome.', context: 'official' },
      'Donated $40 to the animal shelter campaign, they need the help',
      'Vote yes on Measure B for a new library',
      "Tokyo 2026 trip booked, can't wait!",
      'Yard signs for the school play are up around town',
      'Birthday Party gets my vote for best local band',
      { text: 'Officers are policing the Conservative Party conference this week', context: 'official' },
      'Go Greens! Great match today, 3-1 win',
      'Nationals all the way tonight!',
      "Let's go Nationals, beat the Mets",
      'Putting the Liberals in their place at trivia night lol',
      'Eat your greens, kids',
      'Two Albanian Nationals were arrested at the port',
      // session 20
      "She's got my vote for best costume at the party",
      "Give him your support, he's had a rough week",
      'Chairman Dave stood for re-election at the golf club',
      // session 21
      'Thanks to Councillor Patel for supporting our youth programme.',
      'Vote 1 for the best pie at the fair: Teal Bakery',
      // session 22
      'Election day tomorrow, then the derby. Go Rovers!',
      "Voting for Sarah to pick the restaurant, she'll choose well.",
      'Knock on doors with me Saturday for the charity appeal',
      'VOTE FOR ME AND MY MATES IN THE PUB QUIZ',
    ],
  },
  patterns: [...new Set(POLITICAL_CUES.map((row) => row.pattern))],
  cues: cuesOf(POLITICAL_CUES),
  detect(input, ctx) {
    const text = input.text;
    const c: PoliticalText = {
      text,
      sentence: sentenceTextOf(text, ctx.nlp().sentences()),
      votePost: ELECTION_CUE.test(text) || VOTE_POST.test(text),
    };
    return walkCues(POLITICAL_CUES, { ...c, reach: ctx.nlp().reach });
  },
};
