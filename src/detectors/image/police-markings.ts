// image/police-markings: words that mark police equipment or clothing read off the picture (POLICE, SHERIFF, the
// agency's own names and identifiers, patch text) and badge, unit or car numbers printed next to them, and a number on a
// metal shield or star (a badge number): they identify the department, the unit and often the officer (clause on
// showing department equipment and identifiers).
import type { Box, ImageAnalysisInput, ImageDetector, ImageMatch } from '../../core/types.js';
import { literalWords, oneOf } from '../vocab.js';
import { UNIT_NUMBER_WORDS } from '../vocab/police-vehicles.js';
import { cuesOf, findMarkings, insideShare, markingLocation, markingRegexes, markingText, ocrLocation, VEHICLE_KINDS } from './shared.js';

/**
 * A unit, car or shield number: 2-5 digits, optionally with a letter prefix; not a time of day, which OCR often
 * splits from its am/pm (a flyer's "10am-2pm" read as `10` `am-2pm`; user test 27, U2-3).
 * e.g. "2147", "K9-12", "#318", "Unit 52"; not "10 am", "10:30", "11 p.m."
 */
const UNIT_NUMBER = /(?<![\p{L}\p{N}]|\d:)(?:unit|car|no\.?|#)?\s*[A-Z]{0,2}-?\d{2,5}(?![\p{L}\p{N}]|:\d\d|\s?[ap]\.?m\b\.?)/giu;

/** Words that make the number after them a badge number. */
const BADGE_WORDS = [
  'badge',
  'shield',
  'star',
  'officer',
  'ofc',
  'deputy',
  'detective',
  'det',
  'sergeant',
  'sgt',
  'corporal',
  'cpl',
  'patrolman',
  'ptl',
  'id',
  'warrant',
  'collar',
];
/**
 * Words that make a shield or a star an award, not a badge: a trophy plaque, a medal or a pin shaped like a shield
 * carries what was won and the year ("CITY LEAGUE CHAMPION 2019"). A badge's own words (a rank, a city) are none of these.
 */
const AWARD_WORDS = [
  'champion',
  'champions',
  'championship',
  'league',
  'cup',
  'trophy',
  'award',
  'winner',
  'winners',
  'tournament',
  'finalist',
  'runner up',
  'runners up',
  'mvp',
  'medal',
  'class of',
  'graduate',
  'anniversary',
];
const AWARD = new RegExp(`(?<![\\p{L}])${literalWords(AWARD_WORDS)}(?![\\p{L}])`, 'iu');

/** The cue word ends the text before the number, e.g. "HARBOR CITY POLICE BADGE" or "OFFICER #" before "318". */
const cueAtEnd = (words: readonly string[]) => new RegExp(`\\b${oneOf(words)}\\.?\\s*(?:no\\.?|number|#|-)?\\s*$`, 'iu');
const BADGE_CUE = cueAtEnd(BADGE_WORDS);
const UNIT_CUE = cueAtEnd(UNIT_NUMBER_WORDS);

/**
 * What a number beside police markings is, from the words just before it on its line: a badge number ("BADGE 4471",
 * "OFFICER #318", "SHIELD 22"), a unit or car number ("UNIT 52", "CAR 2147", "K9-12", or a number on a detected
 * vehicle); otherwise the finding names no kind (a bare "4471" under POLICE may be a badge, a unit or a car).
 */
function numberKind(before: string, number: string, box: Box, cues: ImageAnalysisInput['cues']): 'badge' | 'unit' | 'number' {
  const lead = `${before} ${number.replace(/[\d\s-]+$/u, '')}`.trimEnd();
  if (BADGE_CUE.test(lead)) return 'badge';
  const on = (kinds: (k: string) => boolean) => cuesOf(cues, kinds).some((c) => c.box && insideShare(box, c.box) >= 0.6);
  // A number printed on a badge seen on a chest is the badge's number.
  if (on((k) => k === 'badge:chest' || k === 'slide:shoulder')) return 'badge';
  if (UNIT_CUE.test(lead) || /^k-?9/iu.test(number)) return 'unit';
  // A number on a detected vehicle is its unit or car number, even where the bodywork round it reads as a metal shield
  // (a white boot lid under warm light: real-11's 3002); on a badge or shield standing alone, the badge's number.
  if (on((k) => VEHICLE_KINDS.has(k))) return 'unit';
  if (on((k) => BADGE_KINDS.has(k))) return 'badge';
  return 'number';
}

/** Whether the span is all the text on its line but for spaces and a '#'. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return /^[\s#]*$/u.test(text.slice(from, start) + text.slice(end, to < 0 ? text.length : to));
}

/** Cues of police kit worn on a body (inputs/vision.ts): a tactical vest, a shoulder patch, a chest badge, a duty belt, chequered bands. */
const KIT_KINDS = new Set(['kit:tactical', 'kit:line', 'patch:shoulder', 'badge:chest', 'belt:duty', 'cap:chequered', 'cap:badge', 'vest:chequered', 'vest:checker']);
/**
 * Three capitals ending in PD read as one word: a department's initials (MPD, SPD, VPD), or a longer one with its first
 * letter cut off or hidden ("YPD" of NYPD behind a rifle's sling).
 */
const SHORT_ACRONYM = /^[A-Z]PD$/u;

/**
 * A department's initials read on someone in police kit: a three-letter acronym ending in PD (too short for
 * DEPARTMENT_ACRONYM: alone "DPD" is a parcel firm and "SPD" a party) whose box lies on the upper two thirds of a person
 * the detector found, with a cue of police kit read on that person. One finding, for the surest reading.
 */
function wornInitials(ocr: NonNullable<ImageAnalysisInput['ocr']>, cues: ImageAnalysisInput['cues']): ImageMatch[] {
  const people = cuesOf(cues, 'object:person').filter((p) => p.box);
  const kit = cuesOf(cues, (k) => KIT_KINDS.has(k)).filter((c) => c.box);
  const worn = ocr.words
    .filter((w) => SHORT_ACRONYM.test(w.text))
    .filter((w) =>
      people.some((p) => {
        const torso = { ...p.box!, height: (p.box!.height * 2) / 3 };
        return insideShare(w.box, torso) >= 0.8 && kit.some((c) => insideShare(c.box!, p.box!) >= 0.5);
      }),
    )
    .sort((a, b) => b.confidence - a.confidence);
  if (!worn.length) return [];
  const w = worn[0];
  return [{ source: 'ocr', location: ocrLocation(ocr, w.start, w.end), confidence: Math.round(Math.min(0.7, 0.35 + 0.3 * w.confidence) * 100) / 100, evidence: w.text, messageId: 'worn', data: { acronym: w.text }, pattern: 'department-initials-worn' }];
}

/** Vision cues of a badge: pinned on a chest, or a badge or shield standing alone (inputs/emblem.ts). */
const BADGE_KINDS = new Set(['badge:chest', 'badge:emblem', 'badge:shield']);

/**
 * How much of its box a badge pinned on a chest fills row by row at most for a number on it to be a badge number: a shield
 * or a star (as inputs/emblem.ts's SHIELD_FILL); a round pin (a service or event pin) fills about 0.79, a tag nearly 1.
 */
const CHEST_SHIELD_FILL = 0.72;

/** How many of a number's heights a chest badge is tall at least: the metal runs above and below the engraved number. */
const ENGRAVED = 2;

/** The cue each kind of number is named by. */
const NUMBER_PATTERN = { badge: 'badge-number', unit: 'unit-number', number: 'number-beside-marking' } as const;

export const policeMarkings: ImageDetector<RegExp[]> = {
  kind: 'image',
  id: 'image/police-markings',
  title: 'Police markings in the picture',
  description:
    'Flags police markings read in the picture by OCR: POLICE, SHERIFF, TROOPER, the agency names and identifiers from the profile, and badge, unit or car numbers printed beside them (named as such only when a word, a badge or a vehicle says which); ' +
    'a number on a metal shield or star standing alone is a badge number (id/badge-number) with no police word read.',
  messages: {
    default: 'The picture shows police markings; they identify department equipment or clothing',
    badge: 'The picture shows a badge number beside police markings',
    shield: 'The picture shows a number on a metal badge or shield: a badge number',
    shoulder: "The picture shows a number on a uniform's shoulder (an epaulette's collar number): an officer's number",
    unit: 'The picture shows a unit or car number beside police markings',
    number: 'The picture shows a number beside police markings (a badge, unit or car number)',
    partial: 'The picture shows what reads as police markings, partly legible (cut off or hidden)',
    worn: "The picture shows a police department's initials (\"{acronym}\") on the clothing of someone in police kit",
  },
  cues: [
    { name: 'marking-word', description: 'POLICE, SHERIFF, TROOPER, a foreign police word or the agency\'s names and identifiers, read as printed or with OCR slips' },
    { name: 'marking-partial', description: 'a marking read only in part (cut off at the frame, hidden, split by a gap): "OLICE", "PO ICE"' },
    {
      name: 'department-initials-worn',
      description:
        'a three-letter department acronym ending in PD ("MPD", "VPD", or a longer one cut short) read on the torso of a person the detector found who shows police kit ' +
        '(a tactical vest, a shoulder patch, a chest badge, a duty belt, a chequered cap or vest): alone such letters are a parcel firm or a party as often',
    },
    { name: 'badge-number', description: 'a number beside a marking that the words before it call a badge: "BADGE 4471", "OFFICER #318"' },
    { name: 'unit-number', description: 'a number beside a marking that is a unit or car number: "UNIT 52", "K9-12", or on a detected vehicle' },
    { name: 'badge-on-shield', description: 'a number on a metal shield or star standing alone, with no police word read (a plate, a bib or a tag is a rectangle, a plaque round or oval) and no award word on the shield (CHAMPION, LEAGUE, CUP: a trophy)' },
    {
      name: 'badge-on-chest',
      description:
        'a number engraved on a metal badge pinned on a uniform shirt (a shield or a star, at least twice the number\'s height; not a round pin, a tag or a jersey\'s digits), alone on its line, no police word read',
    },
    {
      name: 'shoulder-number',
      description:
        "a number read on an epaulette: light glyphs in a row on dark ground on top of a detected person's shoulder (a British officer's collar number), police word read or not; a rank slide's pips carry no number, a white tag is no row of light glyphs",
    },
    { name: 'number-beside-marking', description: 'a 2-5 digit number beside a marking that nothing names (a badge, unit or car number)' },
  ],
  examples: { tp: [], fp: [] },
  emits: ['id/badge-number'],
  prepare: markingRegexes,
  detectImage(image, ctx) {
    const ocr = image.ocr;
    if (!ocr?.text) return [];
    const out: ImageMatch[] = [];
    const markings = findMarkings(ocr, ctx.prepared);
    // A department's initials on the clothes of someone in police kit, where no other marking was read.
    if (!markings.length) out.push(...wornInitials(ocr, image.cues));
    // A number on a metal shield or star is a badge number with no police word read: the shape says badge (a plate,
    // a bib or a tag is a rectangle, a plaque round or oval). Beside police words the number is read below like any other.
    // A badge pinned on a uniform shirt (badge:chest) counts where it is shaped as one (a shield or a star, not a round
    // pin or a tag) and the number is engraved on it, metal above and below it (not a jersey's digit read as a blob).
    const slides = cuesOf(image.cues, 'slide:shoulder');
    const onSlide = (box: Box | undefined) => box !== undefined && slides.some((c) => c.box && insideShare(box, c.box) >= 0.6);
    if (!markings.length) {
      // A number on an epaulette: the officer's collar number, however the picture reads otherwise.
      for (const n of slides.length ? ocr.text.matchAll(UNIT_NUMBER) : []) {
        const start = n.index + (n[0].length - n[0].trimStart().length);
        const loc = ocrLocation(ocr, start, n.index + n[0].length);
        if (!onSlide(loc.box)) continue;
        out.push({ ruleId: 'id/badge-number', source: 'ocr', location: loc, confidence: 0.6, evidence: ocr.text.slice(start, n.index + n[0].length), messageId: 'shoulder', pattern: 'shoulder-number' });
      }
      const shields = cuesOf(image.cues, 'badge:shield');
      const chests = cuesOf(image.cues, 'badge:chest').filter((c) => c.rowFill !== undefined && c.rowFill <= CHEST_SHIELD_FILL);
      for (const n of shields.length || chests.length ? ocr.text.matchAll(UNIT_NUMBER) : []) {
        const start = n.index + (n[0].length - n[0].trimStart().length);
        const loc = ocrLocation(ocr, start, n.index + n[0].length);
        const onShield = loc.box ? shields.find((c) => c.box && insideShare(loc.box!, c.box) >= 0.6) : undefined;
        const onChest = loc.box && !onShield ? chests.find((c) => c.box && insideShare(loc.box!, c.box) >= 0.6 && c.box.height >= ENGRAVED * loc.box!.height) : undefined;
        const shield = onShield ?? onChest;
        if (!shield || onSlide(loc.box)) continue;
        // A trophy's words on the same shield: what was won, not who wears it.
        if (AWARD.test(ocr.words.filter((w) => insideShare(w.box, shield.box!) >= 0.6).map((w) => w.text).join(' '))) continue;
        // Alone on its line: a number with words beside it is an address, an exit, a price ("1428 Elm Street").
        if (!aloneOnLine(ocr.text, start, n.index + n[0].length)) continue;
        const evidence = ocr.text.slice(start, n.index + n[0].length);
        out.push({ ruleId: 'id/badge-number', source: 'ocr', location: loc, confidence: 0.6, evidence, messageId: 'shield', pattern: onShield ? 'badge-on-shield' : 'badge-on-chest' });
      }
      return out;
    }
    for (const m of markings) {
      const loc = markingLocation(ocr, m);
      const words = ocr.words.filter((w) => (m.pieces ?? [[m.start, m.end]]).some(([a, b]) => w.end > a && w.start < b));
      const conf = words.length ? Math.min(...words.map((w) => w.confidence)) : 0.5;
      // A word read with OCR slips is less sure than one read as printed, and one cut off at the frame less still.
      const [base, span] = m.read === 'exact' ? [0.5, 0.45] : m.read === 'slip' ? [0.45, 0.35] : [0.35, 0.3];
      out.push({
        source: 'ocr',
        location: loc,
        confidence: Math.round(Math.min(0.95, base + span * conf) * 100) / 100,
        evidence: markingText(ocr, m),
        ...(m.read === 'partial' ? { messageId: 'partial' } : {}),
        pattern: m.read === 'partial' ? 'marking-partial' : 'marking-word',
      });
    }
    // Numbers on the same OCR line as a marking, or within three text heights of one, read as unit numbers; or on the
    // same badge as one, however far down it (a shield's number on its bottom bar, POLICE across its top).
    const markBoxes = markings.map((m) => markingLocation(ocr, m).box).filter((b) => b !== undefined);
    const badges = cuesOf(image.cues, (k) => BADGE_KINDS.has(k)).flatMap((c) => (c.box ? [c.box] : []));
    for (const n of ocr.text.matchAll(UNIT_NUMBER)) {
      const start = n.index + (n[0].length - n[0].trimStart().length);
      const end = n.index + n[0].length;
      const loc = ocrLocation(ocr, start, end);
      if (!loc.box) continue;
      const near = markBoxes.some((b) => {
        const h = Math.max(b.height, loc.box!.height);
        const dx = Math.max(0, Math.max(b.x, loc.box!.x) - Math.min(b.x + b.width, loc.box!.x + loc.box!.width));
        const dy = Math.max(0, Math.max(b.y, loc.box!.y) - Math.min(b.y + b.height, loc.box!.y + loc.box!.height));
        return (dx <= 6 * h && dy <= 3 * h) || badges.some((c) => insideShare(b, c) >= 0.6 && insideShare(loc.box!, c) >= 0.6);
      });
      if (!near) continue;
      // The words just before it, on its line or the line above ("POLICE OFFICER" over "4471" on a badge).
      const messageId = numberKind(ocr.text.slice(Math.max(0, start - 40), start), ocr.text.slice(start, end), loc.box, image.cues);
      out.push({ source: 'ocr', location: loc, confidence: 0.7, evidence: ocr.text.slice(start, end), messageId, pattern: NUMBER_PATTERN[messageId] });
      // A badge number in a picture is an officer's badge number as much as one written in the post.
      if (messageId === 'badge') {
        out.push({ ruleId: 'id/badge-number', source: 'ocr', location: loc, confidence: 0.7, evidence: ocr.text.slice(start, end), messageId, pattern: 'badge-number' });
      }
    }
    return out;
  },
};
