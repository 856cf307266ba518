// conduct/political: endorsing or urging support for a political party or candidate; serves the clauses barring partisan political activity on department and personal accounts that identify the officer.
import type { Match, TextDetector } from '../../core/types.js';
import { alt, scan, sentenceAt, sentences } from './text.js';

/*
 * A vote is political only when it is for a party or for a person running for office. "Vote for X" alone is also
 * how people ask for votes in talent shows and awards ("I vote for Austin Mahone #KCA"), so a named person needs an
 * election cue in the same sentence (an office, "election", "ballot", "campaign", a party) and no contest cue.
 * Party names, slogans and campaign hashtags need no cue. Neutral civic reminders ("polls open at 6am", "register
 * to vote", "don't forget to vote") name nobody and are never reported.
 */

// Case-insensitive source for one literal phrase inside an otherwise case-sensitive regex: "vote" -> "[vV][oO][tT][eE]".
const ci = (source: string) => source.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

const PARTY_NAMES = [
  'democrats?', 'democratic party', 'dems', 'republicans?', 'republican party', 'gop', 'libertarians?', 'green party',
  'labour', 'labor party', 'tory', 'tories', 'conservatives?', 'conservative party', 'lib ?dems?', 'liberal democrats',
  'ukip', 'reform uk', 'snp', 'ndp', 'new democrats', 'liberals', 'liberal party',
];
const PARTY = alt(PARTY_NAMES);
// A party you can be a member of: "proud Democrat", "lifelong Republican" (colours excluded: "proud blue" is a team).
const MEMBER_PARTY = alt(['democrat', 'republican', 'libertarian', 'tory', 'labour', 'conservative', 'liberal', 'socialist', 'dem', 'gop']);

const OFFICES = [
  'mayor', 'governor', 'senate', 'senator', 'congress', 'congressman', 'congresswoman', 'president', 'potus', 'sheriff',
  'district attorney', 'attorney general', 'city council', 'council', 'councilman', 'councilwoman',
  'councilmember', 'alderman', 'assembly', 'state rep', 'state senate', 'judge', 'prosecutor', 'comptroller', 'treasurer',
  'school board', 'mp', 'mla', 'mep', 'prime minister', 'premier(?! league)', 'ward \\d+', 'district \\d+',
];
const OFFICE = alt(OFFICES);

// What makes a vote electoral: an office, a party, or election words. e.g. "for mayor", "in the primary", "GOP"
const ELECTION_CUE = new RegExp(
  String.raw`\b(?:${OFFICE}|elections?|elect(?:ed)?|re-?elect|ballots?|primary|primaries|midterms?|campaign(?:ing)?|candidates?|caucus|at the polls|november \d|nov\.? \d|election day|early voting|absentee|incumbent|running (?:for|against)|${PARTY})\b`,
  'i',
);
// Talent shows, awards and polls: "#KCA", "X Factor", "chili cook-off"; a contest vote is not political
const CONTEST_CUE =
  /\b(?:awards?|kca|x ?factor|the voice|strictly|bgt|idol|contest|competition|finalists?|song|album|fave|favou?rite|mvp|prom|homecoming|cook-?off|chili|costume|talent|nominee|nominated|mtv|vma|ema|teen choice|grammys?|bake-?off|pageant|spelling bee|of the (?:month|year|week))\b|#(?:kca|vote(?!(?:blue|red|gop|dem|democrat|republican|labour|tory|conservative|libdem|ukip|green)\b)\w+)/i;
// An office or election word in the sentence outweighs a contest word: "Carter for mayor, the best choice".
const OFFICE_CUE = new RegExp(String.raw`\b(?:${OFFICE}|elections?|ballots?|campaign|candidates?|primary|${PARTY})\b`, 'i');

// A personal name: "Jim Carter", "Maria Lopez-Ruiz", "@carter4mayor"; a title may precede it ("Sheriff Dan Miller").
const NAME = String.raw`(?:@\w{2,}|(?:(?:Sheriff|Mayor|Senator|Sen\.|Gov\.|Governor|Councilman|Councilwoman|Councilmember|Judge|Rep\.|President|DA|Commissioner)\s+)?[A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'’-]+){0,2})`;

// Where "elect" and "support" are a call to action rather than news ("House Republicans elect…", "President-elect"):
// at the start of a sentence or clause, or after "please", "let's", "we", "I".
const IMPERATIVE = String.raw`(?:(?<=^|[.!?,:;—–]\s*|\b(?:[pP]lease|[lL]et'?s|[hH]elp|[gG]o|[aA]nd|[mM]ust|[sS]hould|[wW]ill|'ll|[wW]e|I|[uU]s|[tT]o)\s+))`;

// "Vote for Jim Carter", "vote Carter", "voting for Maria Lopez", "elect Dana Price", "support Jim Carter for mayor"
const VOTE_FOR_NAME = new RegExp(
  String.raw`(?:\b(?:${ci('vote')}|${ci('voting')}|${ci('votes')}|${ci('voted')}|${ci('endorse')}|${ci('endorses')}|${ci('endorsing')}|${ci('cast my vote for')}|${ci('cast our votes for')})|${IMPERATIVE}(?:${ci('elect')}|${ci('re-elect')}|${ci('reelect')}|${ci('support')}))\s+(?:${ci('for')}\s+)?(?:(?:my|our)\s+(?:friend|buddy|pal|guy|girl|neighbou?r)\s+)?(${NAME})`,
  'g',
);
// "Jim Carter for mayor!", "Maria Lopez for Sheriff 2026", "#CarterForMayor", "#Goldsmith4Labour"
const NAME_FOR_OFFICE = new RegExp(
  String.raw`\b[A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'’-]+){1,2}\s+(?:for|4)\s+(?:${ci(OFFICE)}|DA)\b(?!\s+(?:of the (?:month|year|day)|for a day))|(?<=^|[.!?]\s+|\n)[A-Z][a-z'’-]+\s+(?:for|4)\s+(?:Mayor|Sheriff|Governor|Senate|Congress|President|DA|District Attorney|City Council|Council|Judge)\b|#[A-Za-z]+(?:For|4)(?:Mayor|Governor|Gov|Senate|Congress|President|Sheriff|DA|Council|AG|Judge|MP|PM|Labour|Tory|Tories|Conservatives|Democrats|GOP|Ward\d+)\b`,
  'g',
);
// "my vote goes to Carter", "Carter has my vote", "Carter gets my vote"
const HAS_MY_VOTE = new RegExp(
  String.raw`\b(?:${ci('my')}|${ci('our')}) (?:vote|ballot|support) (?:goes|is going|went) to\s+(${NAME})|(${NAME})\s+(?:has|have|gets|get|got|earned|deserves?) (?:my|our) (?:vote|votes|support|endorsement)`,
  'g',
);
// "vote blue", "vote Republican", "voting Labour all the way", "vote blue no matter who", "Go Democrats!"
const VOTE_PARTY = new RegExp(
  String.raw`\b(?:vote|voting|votes|voted|vote straight)\s+(?:${PARTY}|blue|red)(?:\s+(?:ticket|all the way|down the ballot|no matter who|in november|this (?:year|time|november)))?\b|\bgo\s+(?:democrats|republicans|gop|tories|dems)\b|\bstraight[- ](?:${PARTY}|blue|red) ticket\b|\bstraight[- ]ticket (?:${PARTY}|blue|red)\b`,
  'gi',
);
// "proud Democrat", "lifelong Republican", "card-carrying Tory"
const MEMBER = new RegExp(String.raw`\b(?:proud|lifelong|life-?long|card[- ]carrying|die[- ]hard|diehard)\s+(?:${MEMBER_PARTY})s?\b`, 'gi');
// Slogans and campaign hashtags: "#MAGA", "Trump 2024", "#VoteBlue", "Let's go Brandon", "I'm with her", "Feel the Bern"
const SLOGAN = new RegExp(
  String.raw`(?:#(?:maga|kag|trumptrain|votered|voteblue\w*|bluewave|redwave|imwithher|feelthebern|berniesisters|bidenharris\w*|teamtrump|teambiden|teamobama|teamromney|obamabiden|votelabour|votetory|voteconservative|voteukip|votelibdem|votegop|votedemocrat|voterepublican|votegreen|votendp|nevertrump|neverbiden|dumptrump|letsgobrandon|fjb|ridinwithbiden)\b|#?\b(?:trump|biden|obama|romney|clinton|hillary|bernie|sanders|kamala|desantis|haley|pence|mccain|palin|cruz|rubio|buttigieg|vance|walz|newsom|miliband|corbyn|boris|starmer|farage|sunak|clegg)\s?(?:20(?:08|10|12|15|16|17|19|20|24|28))\b|\bmake america great again\b|\bkeep america great\b|\blet'?s go brandon\b|\bi'?m with her\b|\bfeel the bern\b|\bvote (?:them|the bums) out\b)`,
  'gi',
);
// Praising a party as the choice: "Republicans are the only party that backs the blue", "vote accordingly" with a party
const PARTY_PRAISE = new RegExp(
  String.raw`\b(?:${PARTY})\s+(?:are|is)\s+the\s+only\s+(?:party|ones|choice|option)\b|\b(?:${PARTY})\b[^.!?]{0,80}[.!?]?\s*vote accordingly\b`,
  'gi',
);

// Urging a vote against a named candidate: "don't vote for Carter", "never vote for Lopez"
const VOTE_AGAINST = new RegExp(String.raw`\b(?:[dD]o ?n[o']?t|[nN]ever|[nN]obody should|[nN]o one should)\s+vote\s+(?:for\s+)?(${NAME})`, 'g');

// Capitalised words that follow "vote for" without naming a candidate: "Vote for Your favourite", "Vote Tuesday".
const NOT_A_NAME =
  /^(?:I|We|You|Us|Our|Your|My|The|This|That|These|Those|It|Change|Yes|No|Best|Please|Everyone|Anyone|Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|November|Election|Early|Here|Now|Officer|Team|Local|Thanks|Thank|Ready|Running|Time|Looking|Reasons|Congrats|Congratulations|Good|Great|Vote|Applications|Candidates|Nominations|Run|Registration)$/;

// What precedes an imperative "Vote for…": nothing, a sentence break, or "go", "please", "everyone".
const IMPERATIVE_VOTE = /(?:^|[.!?:;—–]\s*|\b(?:go|please|everyone|y'?all|so|and)\s+)$/i;

// National figures whose name alone makes a vote electoral: "I'm voting for Harris".
const POLITICIAN =
  /^(?:(?:Donald )?Trump|(?:Joe )?Biden|(?:Kamala )?Harris|(?:Barack )?Obama|(?:Mitt )?Romney|(?:Hillary )?Clinton|Hillary|Bernie(?: Sanders)?|Sanders|(?:Ron )?DeSantis|(?:Nikki )?Haley|(?:Mike )?Pence|(?:JD |J\.D\. )?Vance|(?:Tim )?Walz|(?:Gavin )?Newsom|(?:Elizabeth )?Warren|(?:Pete )?Buttigieg|AOC|RFK(?: Jr\.?)?|(?:Keir )?Starmer|(?:Rishi )?Sunak|Boris(?: Johnson)?|(?:Nigel )?Farage|(?:Jeremy )?Corbyn)$/;
// A title or a party in the name slot is itself the cue: "Sheriff Dan Miller", "Republicans have my vote".
const TITLE_OR_PARTY = new RegExp(String.raw`^(?:Sheriff|Mayor|Senator|Sen\.|Gov\.|Governor|Councilman|Councilwoman|Councilmember|Judge|Rep\.|President|DA|Commissioner)\b|^${PARTY}$`, 'i');

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
    ],
    fp: [
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
    ],
  },
  // e.g. "vote", "elect", "for mayor", "#MAGA", "proud Democrat", "Trump 2024", "endorses"
  trigger:
    /vot(?:e|ing)|elect|endors|support|\b(?:for|4)\s+(?:mayor|governor|senate|congress|president|sheriff|council|da|judge)|#\w*(?:for|4)[A-Z]|maga|kag|#resist|democrat|republican|tory|labour|liberal|conservative|libertarian|socialist|\bgop\b|20[0-3]\d|america great|only party|brandon|with her|bern|wave|#\w*vote/i,
  detect(input) {
    const text = input.text;
    const segs = sentences(text);
    const out: Match[] = [];
    const sentenceOf = (i: number) => {
      const seg = sentenceAt(segs, i, text.length);
      return text.slice(seg.start, seg.end);
    };
    const push = (start: number, end: number, confidence: number, messageId: string) => out.push({ start, end, confidence, messageId });
    // "FF", "DA" are acronyms, not people; "Your", "Tuesday" are not names
    const isName = (name: string) =>
      name.startsWith('@') || (!NOT_A_NAME.test(name.split(/\s+/)[0] ?? '') && !/^[A-Z]{1,3}$/.test(name));
    // A contest word vetoes a vote unless the sentence also names an office or the election.
    const contest = (sentence: string) => CONTEST_CUE.test(sentence) && !OFFICE_CUE.test(sentence);
    // A named vote needs an election cue outside the name itself ("Vote Mayor's Cup" is not one).
    const electoral = (sentence: string, name: string) => {
      const rest = text.replace(name, ' ');
      // "for DA" only in capitals: "he da best" is slang
      return ELECTION_CUE.test(sentence.replace(name, ' ')) || ELECTION_CUE.test(rest) || /\bfor D\.?A\.?\b/.test(rest);
    };

    for (const re of [VOTE_FOR_NAME, HAS_MY_VOTE, VOTE_AGAINST]) {
      for (const m of scan(re, text)) {
        const name = m[1] ?? m[2] ?? '';
        const sentence = sentenceOf(m.index);
        if (!isName(name) || contest(sentence)) continue;
        if (electoral(sentence, name) || TITLE_OR_PARTY.test(name) || POLITICIAN.test(name)) {
          push(m.index, m.index + m[0].length, re === VOTE_AGAINST ? 0.7 : 0.85, 'candidate');
        } else if (/^vote\b/i.test(m[0]) && IMPERATIVE_VOTE.test(text.slice(0, m.index)) && /^[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+$/.test(name) && !CONTEST_CUE.test(text)) {
          // "Vote for Jim Carter!" with no office named: a full personal name is still most likely a candidate
          push(m.index, m.index + m[0].length, 0.6, 'candidate');
        }
      }
    }
    for (const m of scan(NAME_FOR_OFFICE, text)) {
      if (NOT_A_NAME.test(m[0].replace(/^#/, '').split(/\s+/)[0] ?? '')) continue;
      if (contest(sentenceOf(m.index))) continue;
      push(m.index, m.index + m[0].length, 0.8, 'candidate');
    }
    for (const m of scan(VOTE_PARTY, text)) {
      // "vote red" in a contest is a team colour
      if (/\b(?:blue|red)\b/i.test(m[0]) && contest(sentenceOf(m.index))) continue;
      push(m.index, m.index + m[0].length, 0.85, 'party');
    }
    for (const m of scan(PARTY_PRAISE, text)) push(m.index, m.index + m[0].length, 0.75, 'party');
    for (const m of scan(MEMBER, text)) push(m.index, m.index + m[0].length, 0.75, 'party');
    for (const m of scan(SLOGAN, text)) push(m.index, m.index + m[0].length, 0.85, 'slogan');
    return out;
  },
};
