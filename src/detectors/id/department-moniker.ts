// id/department-moniker: flags a handle or username that joins a department, command or police identifier to a
// personal name or nickname ("@nypd_johndoe"); serves NYPD P.G. 203-28 Additional Data ¶2 (no Department or
// command identifiers in a privately held account moniker).
import type { Profile, TextDetector } from '../../core/types.js';
import { isCommonWord, isPersonName, isPlace } from '../../nlp/people.js';
import { HANDLE_DEPT_WORDS, HANDLE_FILLERS, HANDLE_NOT_A_NAME, HANDLE_PERSON_WORDS, HANDLE_TITLE_WORDS } from './police-words.js';
import { escapeRegex, oneOf } from '../vocab.js';
import { cuesOf, walkCues, type CueRow, type CueText, type Veto } from '../cues.js';

/**
 * An @handle, not part of an e-mail address.
 * e.g. "@nypd_johndoe", "@053Pct_janedoe", "@priya.n" (but not "info@riversidepd.gov")
 */
const AT_HANDLE = /(?<![\p{L}\p{N}_@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![A-Za-z0-9_@])/gu;

/**
 * A bare username: letters and digits joined by "_" or ".", not a hashtag, a URL or a domain.
 * e.g. "sam_riversidepd", "copmom_jess", "deputy.rick"
 */
const BARE_USERNAME = /(?<![\p{L}\p{N}_@#/.:-])([A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+)(?![\p{L}\p{N}_@/]|\.[A-Za-z0-9])/gu;

const CUED_USERNAME_WORDS = [
  'ig',
  'insta(?:gram)?',
  'snap(?:chat)?',
  'sc',
  'tiktok',
  'tik tok',
  'twitter',
  'threads',
  'handle',
  String.raw`user\s?name`,
  'gamertag',
  'psn',
  'xbl',
  'venmo',
];

/**
 * A username introduced by the network or the word "handle", written without "@" or separators.
 * e.g. "IG: nypdjohnny", "my insta is copmomjess", "username deputyrick"
 */
const CUED_USERNAME =
  new RegExp(String.raw`\b${oneOf(CUED_USERNAME_WORDS)}\b\s*(?:is|:|-|=|@)?\s*@?([A-Za-z0-9_.]{3,30})\b`, 'giu');

const TLD_WORDS = [
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'mil',
  'io',
  'co',
  'us',
  'uk',
  'ca',
  'au',
  'nz',
  'ie',
  'de',
  'fr',
  'info',
  'biz',
  'me',
  'tv',
  'ly',
  'gl',
  'be',
  'app',
  'dev',
  'ai',
];

/** Top-level domains: a dotted token ending in one is a web address, not a username. */
const TLD = new RegExp(String.raw`\.${oneOf(TLD_WORDS)}$`, 'i');

type PartKind = 'title' | 'dept' | 'filler' | 'name' | 'digits' | 'unknown' | 'initial';
interface Part {
  kind: PartKind;
  text: string;
}

export interface Vocab {
  title: Set<string>;
  dept: Set<string>;
  official: Set<string>;
  /** Roster members' name parts: names compromise may not know ("priya"). */
  names: Set<string>;
  /** Profile identifiers with separators, and their compact form. */
  multi: [string, string][];
  /** Segmentations already computed (handles repeat across posts). */
  segments: Map<string, Part[] | undefined>;
}

/** The detector's `prepare`: the profile's words for reading handles (built once per profile by the engine). */
export function monikerVocab(profile: Profile): Vocab {
  const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const dept = new Set(HANDLE_DEPT_WORDS);
  for (const id of profile.agency.identifiers) dept.add(compact(id));
  for (const name of profile.agency.names) dept.add(compact(name));
  // An official account's name inside a personal handle marks the department as an identifier does ("@TakomaParkPD":
  // "@takomaparkpd_jsmith"); a short one ("@RPD") is left to the identifiers.
  for (const account of profile.agency.official_accounts) if (compact(account).length >= 5) dept.add(compact(account));
  dept.delete('');
  return {
    title: new Set(HANDLE_TITLE_WORDS),
    dept,
    official: new Set(profile.agency.official_accounts.map((a) => a.replace(/^@/, '').toLowerCase())),
    names: new Set(profile.roster.flatMap((m) => m.name.toLowerCase().split(/\s+/)).filter((n) => n.length >= 3)),
    multi: profile.agency.identifiers
      .map((id) => id.toLowerCase())
      .filter((id) => /[^a-z0-9]/.test(id))
      .map((id): [string, string] => [id, compact(id)]),
    segments: new Map(),
  };
}

/** "nypd", "lapd", "hcpd": a short acronym ending in "pd" names a police department. */
const PD_ACRONYM = /^[a-z]{1,4}pd$/;
/** "CSO", "LCSO", "PBSO": a sheriff's office acronym, written in capitals (not "OhSo", "Liso", "also"). */
const SO_ACRONYM = /^[A-Z]{1,3}SO$/;
/** "1st", "3rd", "71st": a command's ordinal. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** Classify one compound word by dictionary segmentation ("copmom" = cop + mom, "johndoe" = john + doe). */
function segment(word: string, v: Vocab): Part[] | undefined {
  if (v.segments.has(word)) return v.segments.get(word);
  const parts = split(word, v);
  if (v.segments.size > 5000) v.segments.clear();
  v.segments.set(word, parts);
  return parts;
}

/** Cheapest split of a word into known pieces (identifiers, fillers, names), unknown chunks costing most. */
function split(word: string, v: Vocab): Part[] | undefined {
  const n = word.length;
  // best[i]: cheapest split of word[0..i)
  const best: ({ cost: number; parts: Part[] } | undefined)[] = new Array(n + 1).fill(undefined);
  best[0] = { cost: 0, parts: [] };
  for (let i = 0; i < n; i++) {
    const cur = best[i];
    if (!cur) continue;
    for (let j = i + 1; j <= n; j++) {
      const piece = word.slice(i, j);
      let kind: PartKind | undefined;
      if (/^\d+$/.test(piece)) kind = j < n && /\d/.test(word[j]) ? undefined : 'digits';
      else if (v.dept.has(piece) || PD_ACRONYM.test(piece)) kind = 'dept';
      else if (v.title.has(piece) || (piece === 'leo' && n > 3)) kind = 'title';
      else if (HANDLE_FILLERS.has(piece)) kind = 'filler';
      else if (piece.length >= 3 && (isPersonName(piece) || v.names.has(piece))) kind = 'name';
      else if (i === 0 && piece.length === 1) kind = 'initial';
      const cost = kind ? 1 : piece.length >= 2 ? 6 : undefined;
      if (cost === undefined) continue;
      const next = { cost: cur.cost + cost, parts: [...cur.parts, { kind: kind ?? 'unknown', text: piece }] };
      const prev = best[j];
      if (!prev || next.cost < prev.cost || (next.cost === prev.cost && next.parts.length < prev.parts.length)) best[j] = next;
    }
  }
  return best[n]?.parts;
}

interface Reading {
  /** A police or department identifier appears. */
  police: boolean;
  /** A personal name or nickname appears. */
  name: boolean;
}

/** Read one delimited piece of a handle: is it a police identifier, a name, both or neither? */
function readPiece(piece: string, v: Vocab, delimited: boolean): Reading {
  const p = piece.toLowerCase();
  if (SO_ACRONYM.test(piece)) return { police: true, name: false };
  if (!p || /^\d+$/.test(p) || ORDINAL.test(p)) return { police: false, name: false };
  if (v.dept.has(p) || v.title.has(p) || PD_ACRONYM.test(p)) return { police: true, name: false };
  const parts = segment(p, v) ?? [];
  // "metpolice", "yorkshirepolice": an unknown word glued before a department word names a department, however the
  // segmentation priced the unknown chunk (one unknown piece costs less than an unknown piece and a known one).
  if (parts.length === 1 && parts[0].kind === 'unknown' && [...v.dept].some((d) => d.length >= 4 && p.length >= d.length + 2 && p.endsWith(d))) {
    return { police: true, name: false };
  }
  const has = (k: PartKind) => parts.some((x) => x.kind === k);
  const police = has('title') || has('dept');
  if (police) {
    const unknown = parts.filter((x) => x.kind === 'unknown');
    const last = parts[parts.length - 1];
    // "ottawapolice", "victoriapolice", "riversidepd": a word glued before a department word names the department
    // (unless a rank comes first, "sgtsmithrpd", or it is a roster member's name).
    if (last.kind === 'dept' && parts.length > 1 && parts[parts.length - 2].kind !== 'filler') {
      const before = parts.slice(0, -1);
      const ranked = before.some((x) => x.kind === 'title');
      if (!ranked && !before.some((x) => v.names.has(x.text))) return { police: true, name: false };
    }
    // "copperkettle" = cop + "perkettle": an identifier glued to an unknown word is no identifier.
    const okUnknown = unknown.every((u) => {
      const i = parts.indexOf(u);
      return i > 0 && (parts[i - 1].kind === 'name' || parts[i - 1].kind === 'initial');
    });
    if (!okUnknown) return { police: false, name: false };
    if (parts.some((x) => x.kind === 'title' && x.text === 'leo') && !has('filler') && !has('dept')) {
      return { police: false, name: false };
    }
    return { police: true, name: has('name') };
  }
  return { police: false, name: isNameLike(p, parts, delimited, v) };
}

/** A personal name or nickname: a known given name or surname, "johndoe", "jsmith", or (delimited) an unknown word. */
function isNameLike(p: string, parts: Part[], delimited: boolean, v: Vocab): boolean {
  if (HANDLE_NOT_A_NAME.has(p) || HANDLE_FILLERS.has(p)) return false;
  if (isPersonName(p) || v.names.has(p)) return true;
  // "johndoe" (a given name and more), "jsmith" (an initial and a surname)
  if (parts.length === 2 && parts[0].kind === 'name' && parts[1].text.length >= 2) return true;
  if (parts.length === 2 && parts[0].kind === 'initial' && parts[1].kind === 'name') return true;
  return delimited && /^[a-z]{3,15}$/.test(p) && !isCommonWord(p) && !isPlace(p);
}

/** Split a handle into delimited pieces, and digit runs off letters ("053Pct" = 053 + pct, "3rdpct" = 3rd + pct). */
function pieces(handle: string, v: Vocab): string[] {
  let h = handle;
  // Identifiers written with separators in the profile ("riverside_pd") stay one piece.
  for (const [written, compact] of v.multi) h = h.replace(new RegExp(escapeRegex(written), 'gi'), compact);
  return h.split(/[_.\-]+/).flatMap((chunk) => chunk.match(/\d+(?:st|nd|rd|th)?|[a-z]+/gi) ?? []);
}


/** Identifiers police families wear too: beside a person word they name no member ("@blueline_mom"). */
const FAMILY_SYMBOLS = new Set(['blueline', 'leo']);

/** Does this handle join a police identifier to a personal name or nickname? */
export function isDepartmentMoniker(handle: string, v: Vocab): boolean {
  const body = handle.replace(/^@/, '');
  if (v.official.has(body.toLowerCase())) return false;
  const raw = body.toLowerCase();
  let police = /(?:^|[_.])5[-_]?0(?:[_.]|$)/.test(raw);
  let name = false;
  const delimited = /[_.\-\d]/.test(body);
  const ps = pieces(body, v);
  for (const p of ps) {
    const r = readPiece(p, v, delimited && ps.length > 1);
    police ||= r.police;
    name ||= r.name;
  }
  // "rpd_sgt_mo", "trooper_jt_ohio": two letters right after a rank are a nickname or initials
  for (let i = 1; i < ps.length && !name; i++) {
    const [rank, word] = [ps[i - 1].toLowerCase(), ps[i].toLowerCase()];
    if (v.title.has(rank) && /^[a-z]{2}$/.test(word) && !HANDLE_NOT_A_NAME.has(word) && !HANDLE_FILLERS.has(word) && !v.title.has(word)) name = true;
  }
  // "trooper_banks_sp", "deputy_young_cso": rank, word, agency acronym is how officers sign, so the word between is
  // a surname even when it is also a dictionary word (not "cop_car_wash", "officer_down_memorial").
  for (let i = 0; i + 2 < ps.length && !name; i++) {
    const [rank, word, org] = ps.slice(i, i + 3).map((x) => x.toLowerCase());
    if (!v.title.has(rank) || !/^[a-z]{3,15}$/.test(word) || !/^[a-z]{2,4}$/.test(org)) continue;
    if ([word, org].some((x) => HANDLE_NOT_A_NAME.has(x) || HANDLE_FILLERS.has(x) || v.title.has(x))) continue;
    if (v.dept.has(word) || isCommonWord(org) || /^(?:llc|inc|ltd|co|corp|club|shop)$/.test(org)) continue;
    name = true;
  }
  // "thin_blue_line_kat", "leo_wife_jen": an identifier spelled across pieces.
  for (let i = 0; i + 1 < ps.length && !police; i++) {
    for (let j = i + 2; j <= Math.min(ps.length, i + 3) && !police; j++) {
      if (ps.slice(i, j).every((x) => /^[a-z]+$/i.test(x))) police = readPiece(ps.slice(i, j).join(''), v, false).police;
    }
  }
  // "@cops_wife_nails", "@rpd_mom_bakes", "@the_precinct_mom": a relative or person word beside the identifier is how
  // one person names their own account (a nickname), where "@cop_car_wash" and "@nypd_news" name a business or a unit.
  // The identifier must be a department's or a rank's: "blueline" and "leo" are worn by police families too
  // ("@blueline_mom" names no member).
  if (police && !name) {
    const parts = ps.flatMap((p) => segment(p.toLowerCase(), v) ?? []);
    const identifies = parts.some((x) => x.kind === 'dept' || (x.kind === 'title' && !FAMILY_SYMBOLS.has(x.text)));
    name = identifies && parts.some((x) => HANDLE_PERSON_WORDS.has(x.text));
  }
  return police && name;
}

/** What every row sees: the post and the profile's words for reading handles. */
interface MonikerText extends CueText {
  vocab: Vocab;
}

/** The handle a row read does not join a police identifier to a name. */
const notMoniker = (handle: (m: RegExpExecArray) => string): Veto<MonikerText> => (m, c) => !isDepartmentMoniker(handle(m), c.vocab);
/** A dotted token ending in a top-level domain is a web address ("hcpd.gov"), not a username. */
const webAddress: Veto<MonikerText> = (m) => TLD.test(m[1]);
/**
 * A name plate read from a photo, in capitals with dots between rank and name ("SGT.P.NANDAKUMAR"): no handle is
 * written that way (a bare username is joined lower-case or mixed-case, "hcpd.renee"). (issue 11, session 22 user test)
 */
const namePlate: Veto<MonikerText> = (m) => /\./.test(m[1]) && !/\p{Ll}/u.test(m[1]);
/** Where the username after a platform word starts. */
const cuedStart = (m: RegExpExecArray) => m.index + m[0].length - m[1].length;

/** How a handle is written: with "@", bare with separators, or after a platform word. */
const MONIKER_CUES: CueRow<MonikerText>[] = [
  {
    name: 'AT_HANDLE',
    description: 'an @handle built on the agency\'s name or identifiers: "@hcpd_renee", "@harborcity_cop"',
    pattern: AT_HANDLE,
    confidence: 0.9,
    vetoes: [notMoniker((m) => m[1])],
    examples: ['Tag @071pct_maria in the pics please'],
  },
  {
    name: 'BARE_USERNAME',
    description: 'a username without @ that carries the agency\'s identifiers: "hcpd.renee"',
    pattern: BARE_USERNAME,
    confidence: 0.75,
    vetoes: [webAddress, namePlate, notMoniker((m) => m[1])],
    span: (m) => ({ start: m.index, end: m.index + m[1].length }),
    examples: ['Find me at sam_harborcitypd on threads'],
  },
  {
    name: 'CUED_USERNAME',
    description: 'a username after a platform word: "IG: hcpd_k9", "my snap is hcpdrenee"',
    pattern: CUED_USERNAME,
    confidence: 0.75,
    vetoes: [
      // "IG: @hcpd_renee" is AT_HANDLE's, "IG: hcpd_renee" BARE_USERNAME's: each handle is read once, where it starts
      (m, c) => c.text[cuedStart(m) - 1] === '@' || bareAt(c.text, cuedStart(m)),
      webAddress,
      notMoniker((m) => m[1]),
    ],
    span: (m) => ({ start: cuedStart(m), end: m.index + m[0].length }),
    examples: ['IG: nypdjohnny'],
  },
];

/**
 * Does a bare username start at `at`? Its scan finds one there exactly when this sticky copy does: inside a username
 * every character is one its look-behind refuses, so no match can hide another.
 */
const BARE_AT = new RegExp(BARE_USERNAME.source, 'uy');
function bareAt(text: string, at: number): boolean {
  BARE_AT.lastIndex = at;
  return BARE_AT.test(text);
}

/** Flags handles and usernames that combine a police or department identifier with a personal name. */
export const departmentMoniker: TextDetector<Vocab> = {
  kind: 'text',
  id: 'id/department-moniker',
  title: 'Department moniker',
  description:
    'A social-media handle or username that joins a department, command or police identifier (the profile\'s ' +
    'identifiers, or cop, deputy, trooper, blueline, 5-0, "xxpd"...) to a personal name or nickname ' +
    '("@nypd_johndoe", "@071pct_maria", "@copmom_jess", "sam_riversidepd"). The agency\'s official accounts, ' +
    'department accounts ("@OttawaPolice"), handles without a police identifier and hashtags are not reported.',
  messages: {
    default: 'Handle joins a department or police identifier to a personal name: keep identifiers out of private monikers.',
  },
  examples: {
    tp: [
      'Follow my new account @hcpd_johnny for gym content',
      'Shoutout to @jsmith_5thpct for the coffee this morning',
      'DM me @053Pct_janedoe',
      // a rank's abbreviation, and two letters after a rank
      'bring the chairs @dep_lopez_ocso',
      '@rpd_sgt_jo that photo from the golf day is brutal',
      'Add me! @deputy_rick_cso',
      'new insta: copmom_jess',
      'Find me at sam_harborcitypd on threads',
      '@bluelinemom_kat thanks for the cookies!',
      'Follow my nail art page @cops_wife_nails',
      'Follow @metpolice_dan for his terrible dad jokes',
      'Welcome @rookie_riverside_pd to the squad',
      'Tag @071pct_maria in the pics please',
      'IG: nypdjohnny',
      { text: 'Thanks to @deputy_hunter_cso for the escort today.', context: 'official' },
    ],
    fp: [
      // "alt" is not a + lieutenant; "depot" is no deputy
      'new playlist from @alt_rock_jen is great',
      'deals all week at @depot_deals_mike',
      // (issue 11, session 21: train-y) a business named after the precinct
      'Follow @precinct_pizza for the best pepperoni in town.',
      { text: 'Follow @HarborCityPD for road closure updates during the storm.', context: 'official' },
      'New handle who dis: @johnny.lifts',
      'Proud to wear the uniform for 10 years now. #HCPD',
      'Questions? Email info@harborcitypd.example.gov',
      'Thanks @OttawaPolice for the quick response',
      'Shoutout to @HCPD_5thPct for the toy drive',
      'Loved the show at @copperkettle_bakery',
      'Check out www.hcpd.gov for updates',
      // a name plate read from a photo (issue 11, session 22 user test)
      'SGT.P.NANDAKUMAR\nHCPD',
      'Follow @nypd_news for alerts',
      'Follow @trooper_news_sp for road closures',
      'Loved the @cop_shop_supply sale',
      '@cop_car_wash is open Sundays',
    ],
  },
  // the platform words come from CUED_USERNAME's list
  patterns: [CUED_USERNAME],
  // structural: an @handle or a username with a separator ("hcpd_renee", "hcpd.renee")
  trigger: /[@_]|\w\.\w/,
  cues: cuesOf(MONIKER_CUES),
  prepare: monikerVocab,
  detect(input, ctx) {
    return walkCues(MONIKER_CUES, { text: input.text, vocab: ctx.prepared, reach: ctx.nlp().reach });
  },
};
