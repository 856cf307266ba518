// case/crime-scene (pictures): crime-scene material in a photo: barrier tape (a long yellow band, any angle, also a
// pale close-up with a tape word read on it; yellow filling the frame with a piece of the wording read on it), a set of
// numbered evidence markers (cards or standing triangles, also far down a road), tape wording read by OCR (CRIME SCENE,
// POLICE LINE, DO NOT CROSS), a crime-scene unit's wording (SCENES OF CRIME on a van), an evidence bag's printed
// heading and fields, a person in a white forensic suit beside another scene sign, a covered body with people
// beside it, a chalk outline of a body, a plain band strung in front of people or hanging across the picture (a cordon
// seen from afar) beside another sign, and a person lying down when another cue or the police round them back it, or
// on bare ground (a road, a floor) or a forest floor rather than grass, sand or a bed. Clause on posting images of
// scenes, victims and evidence.
import type { Box, ImageDetector, ImageMatch, OcrResult, VisionCue } from '../../core/types.js';
import { fold, LOOKALIKE, readPhrases, phrasesOf } from '../image/read-phrases.js';
import { unionBox } from '../../core/boxes.js';
import { editDistance } from '../../nlp/edit-distance.js';
import { cuesOf, findMarkings, insideShare, listItems, markingLocation, markingRegexes, markingText, ocrLocation, VEHICLE_KINDS } from '../image/shared.js';
import { EVIDENCE_FIELDS, SCENE_UNIT_WORDS, SITE_TAPE_WORDS, TAPE_PHRASES } from './tape-words.js';

/** How each tape cue's band is described in the evidence, and the pattern it is named by. */
const TAPE_COLOURS: Record<string, string> = { tape: 'yellow', 'tape:blue-white': 'blue-and-white striped', 'tape:red-white': 'red-and-white striped' };
const TAPE_PATTERN: Record<string, string> = { tape: 'tape-band', 'tape:blue-white': 'blue-white-tape', 'tape:red-white': 'red-white-tape' };

/** Tape wording as phrases read fuzzily (OCR slips, words run together, print cut off at the frame). */
const TAPE = phrasesOf(listItems(TAPE_PHRASES));
/** Building-site and roadworks tape wording (CAUTION, DANGER), read the same way. */
const SITE_TAPE = phrasesOf(listItems(SITE_TAPE_WORDS));
/** A crime-scene unit's wording (SCENES OF CRIME, FORENSIC SERVICES), read the same way. */
const SCENE_UNIT = phrasesOf(listItems(SCENE_UNIT_WORDS));
/** The heading of an evidence bag or label, and its printed fields (CHAIN OF CUSTODY, ITEM NO), read the same way. */
const EVIDENCE = phrasesOf(['evidence']);
const EVIDENCE_FIELD = phrasesOf(listItems(EVIDENCE_FIELDS));
/** Every word of the tape wording, folded: what a word read on a close-up of a band may be a piece of. */
const TAPE_VOCAB = [...new Set(TAPE.flatMap((p) => fold(p.text).split(/[^\p{L}]+/u)).filter((w) => w.length >= 2))];

export const crimeSceneImage: ImageDetector<RegExp[]> = {
  kind: 'image',
  id: 'case/crime-scene',
  title: 'Crime-scene material in the picture',
  description:
    'Flags crime-scene tape (a long yellow band, or a close-up filling the frame with a piece of its wording read), a set of numbered evidence markers, tape wording read by OCR (CRIME SCENE, POLICE LINE, DO NOT CROSS, in several languages, also when cut off at the frame or misread), ' +
    'a crime-scene unit\'s wording (SCENES OF CRIME on a van), an evidence bag\'s heading and fields, ' +
    'a covered body with people beside it, a chalk outline of a body (alone a weak finding), a plain band strung in front of people or hanging across the picture beside another sign ' +
    'and, backed by another cue or the police round them or alone on bare ground (a road, a floor) or on a forest floor (also seen only on a closer look), a person lying on the ground.',
  messages: {
    default: 'The picture shows crime-scene material',
    tape: 'The picture shows {seen}',
    markers: 'The picture shows {count} numbered evidence markers',
    words: 'The picture shows crime-scene tape wording',
    partial: 'The picture shows what reads as crime-scene tape wording, partly legible',
    unit: 'The picture shows the wording of a crime-scene unit (on a van, a case or a jacket): examiners at work',
    evidenceLabel: 'The picture shows an evidence bag or label (its heading and printed fields read)',
    suit: 'The picture shows a person in a white forensic suit ({seen})',
    tent: 'The picture shows what looks like a forensic tent ({seen})',
    covered: 'The picture shows what looks like a covered body on the ground ({seen})',
    lying: 'A person lies on the ground at what looks like a scene',
    attended: 'A person lies on the ground with the police round them ({seen})',
    ground: 'A person lies on bare ground (a road, a pavement or a floor), not on grass, a bed or a towel: possibly a victim at a scene',
    groundUnsure: 'What may be a person (the detector is unsure) lies stretched out on bare ground (a road, a pavement or a floor): possibly a victim at a scene',
    woods: '{who} lies on a forest floor (earth and dead leaves in sun and shade), not on grass or sand: possibly a body at a scene',
    strung: 'The picture shows what looks like tape strung across the scene ({seen})',
    hanging: 'The picture shows what looks like a tape cordon seen from afar ({seen})',
    chalk: 'The picture shows what looks like a chalk outline of a body on the ground ({seen})',
    closeUp: 'The picture shows a close-up of yellow tape filling the frame, with "{piece}" of its wording read on it',
    printed: 'The picture shows a police word printed over and over along one line ({count} times), as police tape is printed',
  },
  cues: [
    { name: 'tape-wording', description: 'tape wording read by OCR: CRIME SCENE, POLICE LINE, DO NOT CROSS, POLIZEIABSPERRUNG (every letter, or with OCR slips)' },
    { name: 'tape-wording-partial', description: 'tape wording read only in part (cut off at the frame or misread), three letters or more besides its longest whole word: "OLICE LINE DO NOT CR", not "POLICEL"' },
    { name: 'scene-unit-wording', description: 'a crime-scene unit\'s wording read by OCR (SCENES OF CRIME, FORENSIC SERVICES, EVIDENCE RESPONSE TEAM on a van, a case or a jacket), every letter or with OCR slips' },
    { name: 'evidence-label', description: 'an evidence bag or label: the heading EVIDENCE and one of its printed fields (CHAIN OF CUSTODY, COLLECTED BY, ITEM NO) read by OCR' },
    { name: 'tape-band', description: 'a long yellow band with dark lettering (a close-up, also one filling the frame read by its row of letters, tapes crossing, a band bent across the frame, ' +
        'pieces on one line or, far off and sagging, on one hanging curve (its middle hidden by a van or a person), a faded far band cut into stubs by its print, a thin far band its print only dims, ' +
        'a thick band out of focus near the lens its blurred print only dims, a close-up broken by glare or a twist into thick printed slabs on one line across the frame)' },
    { name: 'pale-tape', description: 'a close-up of a pale (washed-out or faded) yellow band whose letters run in a row along it out of the frame, with a word of the tape wording read on it or beside tape wording or evidence markers' },
    { name: 'blue-white-tape', description: 'a long thin band of white alternating with blue along its length (police tape: blocks, or UK panels of diagonal hatching between POLICE panels), also against a white sky' },
    { name: 'red-white-tape', description: 'a long thin band of white alternating with red, only with a police word read on it (POLICE, POLIZEI) or beside tape wording, evidence markers, a marked police vehicle or police lettering read elsewhere in the picture' },
    { name: 'evidence-markers', description: 'two or more numbered evidence markers (small yellow cards or tents, or standing triangles, with dark numerals, thin or soft ones read against the card, far-off ones read again closer; three or more standing apart when washed out by flash or sun)' },
    {
      name: 'forensic-suit',
      description:
        'a person in a white hooded coverall beside tape, a yellow band (or at night a pale band: tape washed to cream), an evidence marker, a second suit, a tent or sheet, a marked police car, ' +
        'police lettering read in the picture or an officer in uniform; white coverall on someone crouching (no hood seen) only beside tape, a band like tape, a marker or a chalk outline',
    },
    { name: 'tape-close-up', description: 'yellow filling much of the frame with big dark print, on which OCR read a stretch of tape wording running across word edges ("NE DO NOT", "SCENE DO NOT", "LINEOONOT CR"): tape seen too close for a band' },
    {
      name: 'police-word-tape',
      description:
        'one police word (POLICE, POLIZEI, POLITI ...) read three times or more in a row along one straight line, of one height and evenly spaced, not on a vehicle or a person the detector found: tape printed with the force\'s name, whatever its colours were read as',
    },
    { name: 'person-lying', description: 'a person lying on the ground, only when another cue makes it a scene' },
    { name: 'strung-band', description: 'a plain yellow band (print too far or thin to see) strung in front of people or vehicles at waist to chest height, beside a marked police car, police lettering read in the picture, an officer or another scene sign' },
    { name: 'hanging-band', description: 'a thin plain yellow band hanging across most of the picture, sagging between its ends as tape strung between posts does (a cordon seen from afar), beside a marked police car, police lettering read in the picture, an officer or another scene sign' },
    { name: 'forensic-tent', description: 'a white or blue tent with a roof over upright walls, beside tape, a marker, a white suit or a marked police car' },
    { name: 'covered-body', description: 'a lumpy white or blue sheet lying low in the frame, beside tape, a marker or a white suit, or with a person standing or crouching beside it' },
    { name: 'chalk-outline', description: 'a thin light line on the ground enclosing a figure with arms and legs (a chalk outline of a body); alone a weak finding' },
    { name: 'person-lying-attended', description: 'a person lying on the ground with someone standing over them, beside a marked police car, an officer in uniform or a white suit' },
    { name: 'person-lying-ground', description: 'a person lying on bare ground (asphalt, paving, a floor, earth), not on grass, sand, a towel, a bed or a bench, with no other scene sign (a weak finding)' },
    { name: 'person-lying-woods', description: 'a person lying on a forest floor (brown earth and dead leaves, dappled with shade), not on grass or sand, also one the person detector is unsure of, stretched out, with no other scene sign (a weak finding)' },
  ],
  examples: { tp: [], fp: [] },
  describedCues: [
    'tape-band',
    'pale-tape',
    'blue-white-tape',
    'red-white-tape',
    'evidence-markers',
    'forensic-suit',
    'person-lying',
    'strung-band',
    'hanging-band',
    'forensic-tent',
    'covered-body',
    'chalk-outline',
    'person-lying-attended',
    'person-lying-ground',
    'person-lying-woods',
  ],
  // The police words (POLICE, POLIZEI, GARDA ...) a striped tape may carry: the markings' own list and agency names.
  prepare: markingRegexes,
  detectImage(image, ctx) {
    const out: ImageMatch[] = [];
    const ocr = image.ocr;
    if (ocr?.text) {
      for (const r of tapeWording(ocr.text)) {
        // Every letter read as printed 0.9, with OCR slips 0.8, cut off at the frame 0.6-0.8 by how much is legible.
        const confidence = r.read === 'exact' ? 0.9 : r.read === 'slip' ? 0.8 : 0.6 + (0.2 * (r.coverage - 0.7)) / 0.3;
        const messageId = r.read === 'partial' ? 'partial' : 'words';
        out.push({ source: 'ocr', location: ocrLocation(ocr, r.start, r.end), confidence: round2(confidence), evidence: ocr.text.slice(r.start, r.end), messageId, data: { phrase: r.phrase }, pattern: r.read === 'partial' ? 'tape-wording-partial' : 'tape-wording' });
      }
    }
    // A police word printed over and over along one line (POLIZEI ... POLIZEI ... POLIZEI): the force's own tape, where
    // no tape wording was read, whether or not its colours were seen as a band.
    if (!out.length && ocr?.text) out.push(...repeatedPoliceWord(ocr, ctx.prepared ?? markingRegexes(ctx.profile), image.cues));
    // A crime-scene unit's wording on a van, a case or a jacket, where no tape wording was read: a sign of its own, and
    // a second sign for the other readings (red-and-white tape, a plain band, a white suit).
    const unit = out.length ? [] : [...unitWording(ocr), ...evidenceLabel(ocr)].slice(0, 1);
    // A card on which OCR read a word (CAUTION, WET FLOOR) is a sign; a marker carries a numeral.
    const markers = cuesOf(image.cues, 'evidence-marker').filter((m) => !m.box || !wordsOnCard(ocr, m.box));
    const support = out.length > 0 || unit.length > 0 || markers.length >= 2;
    // A light bar or a Battenburg livery is only ever read on a detected vehicle: a marked police car behind the tape.
    const patrol = cuesOf(image.cues, (k) => k === 'light-bar' || k === 'livery:battenburg').length > 0;
    // A police word read on a striped band (POLICE, POLIZEI): tape printed with the force's name.
    const printed = new Set(policeWordTapes(image, () => ctx.prepared ?? markingRegexes(ctx.profile)));
    // Police lettering read anywhere in the picture, whole or with an OCR slip (POLICE on a car door or a vest, NYPD):
    // the police are at the place. Read once, only when a reading below asks.
    let read: boolean | undefined;
    const lettering = () => (read ??= Boolean(ocr?.text) && findMarkings(ocr!, ctx.prepared ?? markingRegexes(ctx.profile)).some((m) => m.read !== 'partial'));
    // Yellow and blue-and-white striped tape are police tape; red-and-white is used on building sites as much, so it
    // counts only with a police word on it or beside tape wording, evidence markers or a marked police vehicle (a
    // cordon), or beside police lettering read elsewhere in the picture (POLICE on a car's door behind it).
    const backed = (t: VisionCue) => support || patrol || printed.has(t) || lettering();
    const tapes = cuesOf(image.cues, (k) => k === 'tape' || k === 'tape:blue-white' || k === 'tape:red-white').filter((t) => t.kind !== 'tape:red-white' || backed(t));
    const vehicles = cuesOf(image.cues, (k) => VEHICLE_KINDS.has(k));
    const wording = out.length > 0;
    const site = wording ? [] : siteWording(ocr);
    // Pieces of the wording are looked for only where a band or yellow filling the frame may carry them.
    const yellowText = tapes.length > 0 || cuesOf(image.cues, 'yellow:print').length > 0;
    const pieces = wording || !yellowText || !ocr?.text ? [] : tapePieces(ocr.text);
    for (const t of tapes) {
      if (!t.box) continue;
      // A band carrying CAUTION or DANGER, with no cordon wording read anywhere, is building-site or roadworks tape.
      if (site.some((b) => insideShare(b, t.box!) >= 0.5)) continue;
      // A yellow band with print inside a vehicle's box is its livery (a taxi's or a school bus's side, a stripe with
      // lettering on a patrol car), not tape strung across a scene.
      if (vehicles.some((v) => v.box && insideShare(t.box!, v.box) >= 0.7)) continue;
      // A close-up read from thick printed slabs on one line (broken by glare or a twist) with a vehicle half inside it
      // or more is as likely a row of yellow cars or buses side by side (taxis in traffic, windows for print).
      if (t.detail?.includes('broken') && vehicles.some((v) => v.box && insideShare(v.box, t.box!) >= 0.5)) continue;
      // A close-up whose print OCR read as other words is a sign, a banner or a door (HARDWARE, TAXI, BIG SALE).
      if (!wording && t.detail?.includes('close-up') && otherWordsOn(ocr, t.box, pieces)) continue;
      // So is any yellow band on which OCR read a longer word that is no tape's (a shop fascia, a hoarding, an arch
      // sign): five letters or more, as small print far off is misread into short words, and lying along the band
      // itself (a slanted band's box holds much of the picture, other signs behind the tape too), with no word of the
      // tape wording read on it. Not a band read at night or with the looser yellow of faded or dim tape: OCR misreads
      // dim print into long nonsense ("CHRICESSSTACHD", "APRND" along a dim CRIME SCENE tape in an alley at night); nor
      // a striped band, whose hatching reads as letters ("VIIIII" between the POLICE panels of UK tape).
      if (!wording && t.kind === 'tape' && !t.dull && !t.balance && !tapeWordOn(ocr, t.box) && otherWordsOn(ocr, t.box, pieces, BAND_WORD, (w) => alongBand(w, t))) continue;
      // A pale band with a row of letters is as often a cream banner or a shop's fascia: it counts as tape only with a
      // word of the tape wording read on it ("SCENE", "CROSS") or beside tape wording or evidence markers.
      const pale = t.detail?.includes('pale') ?? false;
      // A piece of the wording read across a word edge on any band ("ENEDO NOT") says what was read on it.
      const tapeWord = (pale ? tapeWordOn(ocr, t.box) : undefined) ?? pieceOn(ocr, t.box, pieces);
      if (pale && !support && !tapeWord) continue;
      // Yellow tape plus markers or wording is a scene; a yellow band alone could be a barrier at roadworks. A band
      // read only with the night cast removed or with the looser yellow is less sure.
      const weak = t.balance || t.dull ? 0.05 : 0;
      // Red-and-white tape kept only for police lettering elsewhere in the picture: a cordon, less sure than one printed POLICE.
      const besideLettering = t.kind === 'tape:red-white' && !support && !patrol && !printed.has(t);
      const confidence = Math.min(0.95, t.confidence - weak + (support ? 0.15 : 0) + (printed.has(t) ? 0.15 : 0) + (tapeWord ? 0.1 : 0) + (besideLettering ? 0.1 : 0));
      const data = { seen: describeTape(t, markers.length, wording, printed.has(t), tapeWord, besideLettering) };
      const pattern = pale ? 'pale-tape' : (TAPE_PATTERN[t.kind] ?? 'tape-band');
      out.push({ source: 'vision', location: { box: t.box }, confidence: round2(confidence), evidence: `${pale ? 'pale yellow' : (TAPE_COLOURS[t.kind] ?? 'yellow')} band, ${Math.round(t.angle ?? 0)}°`, messageId: 'tape', data, pattern });
    }
    if (!wording) out.push(...closeUps(image.cues, ocr, pieces));
    if (markers.length >= 2) {
      const box = unionBox(markers.map((m) => m.box).filter((b) => b !== undefined))!;
      const confidence = Math.min(0.9, Math.max(...markers.map((m) => m.confidence)) + (tapes.length ? 0.1 : 0));
      // Cards read with the looser yellow of a card in shade or washed-out light complete a set one card seen began.
      const shaded = markers.filter((m) => m.detail?.includes('shaded')).length;
      // A set read with the pale yellow of cards washed out by flash or sun, three or more standing apart.
      const washed = markers.filter((m) => m.detail?.includes('washed out')).length;
      // Cards whose thin or soft numerals were read only against the card's own yellow (a tent marker at three quarters).
      const faint = markers.filter((m) => m.detail?.includes('read against the card')).length;
      // Cards too small to read at the vision raster, read again closer (far down a road or across a clearing).
      const closer = markers.filter((m) => m.detail?.includes('read closer')).length;
      const far = closer ? ` (${closer === markers.length ? 'all' : closer} far off, read closer)` : '';
      const light = shaded ? ` (${shaded} in shade or washed-out light)` : washed ? ` (${washed === markers.length ? 'all' : washed} washed out by flash or sun)` : faint ? ` (${faint} with thin or soft numerals)` : far;
      const evidence = `${markers.length} evidence markers${light}`;
      out.push({ source: 'vision', location: { box }, confidence: round2(confidence), evidence, messageId: 'markers', data: { count: markers.length }, pattern: 'evidence-markers' });
    }
    out.push(...unit);
    // Police lettering is a second sign for a plain band, and for a white suit.
    if (!out.length) out.push(...strungBands(image.cues, patrol, image.width, lettering));
    out.push(...forensicSuits(image.cues, out.length > 0, patrol, lettering));
    out.push(...sceneShapes(image.cues, out.length > 0, patrol));
    out.push(...chalkOutlines(image.cues, out.length > 0));
    if (out.length) {
      for (const p of cuesOf(image.cues, 'person-lying')) {
        if (p.box) out.push({ source: 'vision', location: { box: p.box }, confidence: round2(p.confidence), evidence: 'person lying down', messageId: 'lying', pattern: 'person-lying' });
      }
    } else {
      out.push(...attendedLying(image.cues, patrol));
    }
    if (!out.length) out.push(...lyingOnGround(image.cues));
    return out;
  },
};

/**
 * What was seen of a tape band, for the finding's message: its colours, the print on it, how it was read (at night
 * with the street light's cast removed, faded or dim) and what backs it.
 * e.g. "a yellow tape band with dark lettering, seen at night under orange street light, beside 2 evidence markers"
 */
function describeTape(t: VisionCue, markers: number, wording: boolean, printed = false, tapeWord?: string, lettering = false): string {
  const striped = t.kind !== 'tape';
  const far = t.detail?.includes('fine print');
  const soft = t.detail?.includes('soft print');
  const print = far ? 'far away, its print too small to read' : soft ? 'out of focus, its print blurred' : 'with dark lettering';
  const shade = t.detail?.includes('pale') ? 'pale (washed-out or faded) yellow' : t.dull ? 'faded or dimly lit yellow' : 'yellow';
  const parts = [striped ? `a ${TAPE_COLOURS[t.kind]} tape band` : `a ${far ? 'thin ' : ''}${shade} tape band ${print}`];
  if (t.detail?.includes('close-up')) parts.push(t.detail.includes('letters') ? 'close up, filling the frame' : t.detail.includes('broken') ? 'close up, in pieces where glare or a twist breaks it' : 'close up');
  else if (t.detail?.includes('pieces')) parts.push('in pieces along one line');
  // A band found once the picture's colour cast was taken out (warm sun, tungsten): its yellow read against the
  // picture's own white balance; any other balanced band was read with a dark picture's night cast removed.
  if (t.detail?.includes('colour cast removed')) parts.push("its yellow judged against the picture's own colour cast");
  else if (t.balance) parts.push('seen at night under orange street light');
  if (wording) parts.push('with tape wording read');
  else if (tapeWord) parts.push(`with "${tapeWord}" read on it`);
  else if (printed) parts.push('with a police word printed on it');
  else if (lettering) parts.push('beside police lettering read in the picture');
  if (markers >= 2) parts.push(`beside ${markers} evidence markers`);
  return parts.join(', ');
}

/**
 * The striped tapes (blue-and-white, red-and-white) with a police word read by OCR on them: a word of the police
 * markings (POLICE, POLIZEI, POLITIE, GARDA, or the agency's own name) whose box lies half or more on the band.
 * Construction tape carries CAUTION or a contractor's name, not the police's.
 */
function policeWordTapes(image: { ocr?: OcrResult; cues?: VisionCue[] }, markings: () => RegExp[]): VisionCue[] {
  const words = image.ocr?.words ?? [];
  const striped = cuesOf(image.cues, (k) => k === 'tape:blue-white' || k === 'tape:red-white');
  if (!words.length || !striped.length) return [];
  const regexes = markings();
  const police = (text: string) =>
    regexes.some((r) => {
      r.lastIndex = 0;
      return r.test(text);
    });
  return striped.filter((t) => t.box && words.some((w) => insideShare(w.box, t.box!) >= 0.5 && police(w.text)));
}

/** Least number of times one police word is read along a line for the line to be printed tape. */
const TAPE_REPEATS = 3;
/**
 * Most centre-to-centre step between two readings of the word along the line, in the word's own lengths: tape prints its
 * word every one to two and a half lengths; POLICE on patrol cars parked side by side steps three lengths or more.
 */
const TAPE_STEP = 2.6;
/** Most ratio of the longest step to the shortest along one line (tape print repeats evenly; one reading may be missed). */
const TAPE_STEP_SPREAD = 2.4;

/**
 * Police tape printed with the force's name and nothing else (POLIZEI, POLITI, POLICE on red-and-white, blue-and-white
 * or chequered tape), read by its print alone: one police word read three times or more along one straight line (each
 * centre within half a letter's height of the line through the outer two), of about one height, in even steps of at
 * most TAPE_STEP word lengths, and at most one of them on a vehicle or a person the detector found (a row of patrol
 * cars parked side by side, or riot shields in a line, each carry POLICE at one height in even steps). The band's
 * colours need not be read: seen twisted, in shade or cut by white panels the stripes are often missed.
 * e.g. "POLIZEI" x4 along a band at -6°; not POLICE on three cars parked in a row, not POLICE on three shields.
 */
function repeatedPoliceWord(ocr: OcrResult, markings: RegExp[], cues: VisionCue[] | undefined): ImageMatch[] {
  const held = cuesOf(cues, (k) => VEHICLE_KINDS.has(k) || k === 'object:person').filter((c) => c.box && c.confidence >= 0.3);
  const reads = findMarkings(ocr, markings)
    .filter((m) => m.read !== 'partial')
    .flatMap((m) => {
      const box = markingLocation(ocr, m).box;
      return box ? [{ word: fold(markingText(ocr, m)).replace(/[^\p{L}]/gu, ''), box, m }] : [];
    });
  if (reads.length < TAPE_REPEATS) return [];
  const centre = (b: Box): [number, number] => [b.x + b.width / 2, b.y + b.height / 2];
  let best: ImageMatch | undefined;
  let most = 0;
  for (const word of new Set(reads.map((r) => r.word))) {
    const same = reads.filter((r) => r.word === word);
    if (same.length < TAPE_REPEATS) continue;
    // Every pair as the line's two ends: the readings on the line between them, of about their height.
    for (const a of same) {
      for (const b of same) {
        const [ax, ay] = centre(a.box);
        const [bx, by] = centre(b.box);
        const len = Math.hypot(bx - ax, by - ay);
        if (a === b || bx <= ax || len === 0) continue;
        const ux = (bx - ax) / len;
        const uy = (by - ay) / len;
        const h = Math.min(a.box.height, b.box.height);
        const on = same
          .filter((r) => {
            const [cx, cy] = centre(r.box);
            const along = (cx - ax) * ux + (cy - ay) * uy;
            const off = Math.abs(-(cx - ax) * uy + (cy - ay) * ux);
            const ratio = r.box.height / h;
            return along >= -1 && along <= len + 1 && off <= 0.5 * h && ratio >= 0.7 && ratio <= 1.5;
          })
          .map((r) => ({ r, along: (centre(r.box)[0] - ax) * ux + (centre(r.box)[1] - ay) * uy }))
          .sort((p, q) => p.along - q.along);
        if (on.length < TAPE_REPEATS || on[0].r !== a || on.at(-1)!.r !== b) continue;
        // The word's length: its box's long side (a slanted word's box is about as long, and taller).
        const wordLen = Math.min(...on.map(({ r }) => Math.max(r.box.width, r.box.height)));
        const steps = on.slice(1).map((p, i) => p.along - on[i].along);
        // Readings of one printed word do not overlap; tape repeats its print evenly and close.
        if (Math.min(...steps) < 0.9 * wordLen || Math.max(...steps) > TAPE_STEP * wordLen || Math.max(...steps) > TAPE_STEP_SPREAD * Math.min(...steps)) continue;
        const carried = on.filter(({ r }) => held.some((c) => insideShare(r.box, c.box!) >= 0.6)).length;
        if (carried > 1) continue;
        const box = unionBox(on.map(({ r }) => r.box))!;
        const first = on[0].r.m;
        const last = on.at(-1)!.r.m;
        const confidence = Math.min(0.8, 0.6 + 0.05 * (on.length - TAPE_REPEATS));
        if (on.length <= most) continue;
        most = on.length;
        const location = { ...ocrLocation(ocr, Math.min(first.start, last.start), Math.max(first.end, last.end)), box };
        const evidence = `${markingText(ocr, first)} x${on.length} along one line`;
        best = { source: 'ocr', location, confidence: round2(confidence), evidence, messageId: 'printed', data: { count: on.length }, pattern: 'police-word-tape' };
      }
    }
  }
  return best ? [best] : [];
}

/** Cues of a police officer's uniform (read on a person the detector found). */
const OFFICER_KINDS = new Set(['patch:shoulder', 'badge:chest', 'kit:tactical', 'kit:line', 'cap:chequered', 'cap:badge', 'vest:chequered', 'vest:checker', 'belt:duty']);

/**
 * A plain yellow band, its print too far, thin or edge-on to see, strung across the scene: it runs in front of a
 * person or a vehicle the detector found, between a fifth and four fifths of the way down its box (waist to chest
 * height on a person), and on past both sides of it by half its width or more. Paint on the road passes under feet
 * and wheels or is hidden behind them (cut in two); a stripe on a vehicle or a vest ends with it. Alone it is a yellow
 * rail or rope as often as tape, so it counts only beside a second sign: a marked police car (or, with no light bar or
 * livery read, police lettering read anywhere in the picture: POLICE on a far car's door or an officer's vest), an
 * officer's uniform, a lone evidence marker, a white suit, a person lying down or a tent or sheet. The signs are independent evidence:
 * the confidence is their noisy-or with the band's, at most 0.7. With no one or nothing found behind it, a thin band
 * hanging across the picture (`sag`, inputs/vision.ts) is a cordon seen from afar, beside the same second signs.
 */
function strungBands(cues: VisionCue[] | undefined, patrol: boolean, width: number, lettering: () => boolean = () => false): ImageMatch[] {
  // A band stacked beside others is a painted body (a bus's side), not one line strung across.
  const bands = cuesOf(cues, 'yellow-band').filter((b) => !b.detail?.includes('stacked'));
  if (!bands.length) return [];
  const standing = cuesOf(cues, (k) => k === 'object:person' || VEHICLE_KINDS.has(k)).filter((o) => o.box && o.confidence >= 0.4);
  const signs: [string, number][] = [];
  // A light bar or livery and lettering are often on the same car: one sign, not two.
  if (patrol) signs.push(['a marked police car', 0.3]);
  else if (lettering()) signs.push(['police lettering', 0.3]);
  if (cuesOf(cues, (k) => OFFICER_KINDS.has(k)).length) signs.push(['a police uniform', 0.3]);
  if (cuesOf(cues, 'marker:lone').length) signs.push(['an evidence marker', 0.35]);
  if (cuesOf(cues, 'outline:chalk').length) signs.push(['a chalk outline', 0.35]);
  if (cuesOf(cues, 'suit:forensic').length) signs.push(['a person in a white suit', 0.4]);
  if (cuesOf(cues, 'person-lying').length) signs.push(['a person lying down', 0.2]);
  if (standingShapes(cues).length) signs.push(['a tent or a sheet', 0.2]);
  if (!signs.length) return [];
  const out: ImageMatch[] = [];
  for (const b of bands) {
    const across = standing.filter((o) => strungInFront(b, o.box!));
    if (!across.length) continue;
    const what = across.some((o) => o.kind === 'object:person') ? 'in front of people' : 'in front of vehicles';
    const seen: [string, number][] = [[`a plain yellow band ${what}`, 0.35], ...signs];
    const confidence = Math.min(0.7, 1 - seen.reduce((p, [, c]) => p * (1 - c), 1));
    out.push({ source: 'vision', location: { box: b.box! }, confidence: round2(confidence), evidence: `yellow band, ${Math.round(b.angle ?? 0)}°, ${what}`, messageId: 'strung', data: { seen: seen.map(([w]) => w).join(', ') }, pattern: 'strung-band' });
  }
  if (!out.length) {
    // A cordon far off: a thin plain band hanging across the frame (sagging between its ends, as tape strung between
    // posts does; paint, kerbs and rails run straight), with nothing found behind it. Tape round a building site or a
    // race is strung the same way, so it counts only beside a second sign, as above, and less than a band seen in
    // front of people (0.3), at most 0.65.
    const hanging = bands.find((b) => (b.sag ?? 0) >= HANG_SAG && b.box!.width >= HANG_SPAN * width);
    if (hanging) {
      const seen: [string, number][] = [[`a thin plain yellow band hanging across the picture (sagging ${Math.round(100 * hanging.sag!)} % of its width)`, 0.3], ...signs];
      const confidence = Math.min(0.65, 1 - seen.reduce((p, [, c]) => p * (1 - c), 1));
      out.push({ source: 'vision', location: { box: hanging.box! }, confidence: round2(confidence), evidence: `yellow band, ${Math.round(hanging.angle ?? 0)}°, hanging across the picture`, messageId: 'hanging', data: { seen: seen.map(([w]) => w).join(', ') }, pattern: 'hanging-band' });
    }
  }
  return out.slice(0, 1);
}

/** How far a plain band must hang below the line between its ends (over its width) to read as strung up, and how much of the picture's width it must span. */
const HANG_SAG = 0.015;
const HANG_SPAN = 0.6;

/** Whether a band's axis crosses a box between a fifth and four fifths of its height and runs on past both sides. */
function strungInFront(band: VisionCue, box: Box): boolean {
  if (!band.box || Math.abs(band.angle ?? 0) > 30) return false;
  const cx = band.box.x + band.box.width / 2;
  const cy = band.box.y + band.box.height / 2;
  const slope = Math.tan(((band.angle ?? 0) * Math.PI) / 180);
  const y = cy + slope * (box.x + box.width / 2 - cx);
  const reach = 0.5 * box.width;
  return y >= box.y + 0.2 * box.height && y <= box.y + 0.8 * box.height && band.box.x <= box.x - reach && band.box.x + band.box.width >= box.x + box.width + reach;
}

/**
 * People in white hooded coveralls: forensic examiners, but also painters, cleanroom and hazmat staff, so a suit counts
 * only beside another sign of a scene: tape wording, tape or markers found already (`scene`), a plain yellow band or
 * red-and-white tape (tape too far or too blurred to read), one evidence marker, a second suit (a forensic team), a
 * tent or a sheet on the ground, or the police at work: a marked police car (or, with no light bar or livery read,
 * police lettering read anywhere in the picture: POLICE on a car's door or a vest, "POLICE FORENSIC" on the suit's back)
 * or an officer's uniform on someone else (a painter is seldom photographed beside a patrol car). The signs are independent evidence: the confidence is their
 * noisy-or with the suit's own 0.5, at most 0.8.
 */
function forensicSuits(cues: VisionCue[] | undefined, scene: boolean, patrol: boolean, lettering: () => boolean = () => false): ImageMatch[] {
  const suits = cuesOf(cues, 'suit:forensic');
  if (!suits.length) return crouchingSuits(cues, scene);
  const seen = sceneSigns(cues, scene);
  if (suits.length >= 2) seen.push([`${suits.length} people in white suits`, 0.3]);
  if (standingShapes(cues).length) seen.push(['a tent or a sheet on the ground', 0.2]);
  // A light bar or livery and lettering are often on the same car: one sign, not two.
  if (patrol) seen.push(['a marked police car', 0.3]);
  else if (lettering()) seen.push(['police lettering', 0.3]);
  const onSuit = (c: VisionCue) => suits.some((s) => c.box && s.box && insideShare(c.box, s.box) >= 0.5);
  if (cuesOf(cues, (k) => OFFICER_KINDS.has(k)).some((c) => !onSuit(c))) seen.push(['a police uniform', 0.3]);
  if (!seen.length) return [];
  const confidence = Math.min(0.8, 1 - 0.5 * seen.reduce((p, [, c]) => p * (1 - c), 1));
  const data = { seen: seen.map(([w]) => w).join(', ') };
  return suits.flatMap((s) => (s.box ? [{ source: 'vision' as const, location: { box: s.box }, confidence: round2(confidence), evidence: 'white hooded coverall', messageId: 'suit', data, pattern: 'forensic-suit' }] : []));
}

/**
 * The signs of a scene a white suit is read beside, each with its weight: tape, wording or markers found already
 * (`scene`), a band like tape (a plain yellow band, red-and-white tape, or at night a pale band), one evidence marker,
 * a chalk outline.
 */
function sceneSigns(cues: VisionCue[] | undefined, scene: boolean): [string, number][] {
  const seen: [string, number][] = [];
  if (scene) seen.push(['a scene sign', 0.5]);
  if (cuesOf(cues, (k) => k === 'yellow-band' || k === 'tape:red-white').length) seen.push(['a band like tape', 0.3]);
  if (cuesOf(cues, 'band:pale').length) seen.push(['a pale band like tape at night', 0.3]);
  if (cuesOf(cues, 'marker:lone').length) seen.push(['an evidence marker', 0.35]);
  if (cuesOf(cues, 'outline:chalk').length) seen.push(['a chalk outline', 0.35]);
  return seen;
}

/**
 * White coverall on someone crouching or kneeling (`suit:crouching`, read where no hood could be seen): a painter or a
 * cleanroom worker crouching reads the same, so it counts only beside a scene sign of its own, never the police round
 * it or a second suit: tape, wording or markers found already (`scene`), a band like tape (a plain yellow band,
 * red-and-white tape, or at night a pale band: tape washed to cream by street or torch light), one evidence marker or a
 * chalk outline. The signs and the suit's own 0.35 combine as independent evidence, at most 0.7. One finding for the
 * person (the detector's sure and faint boxes of one person give two cues).
 */
function crouchingSuits(cues: VisionCue[] | undefined, scene: boolean): ImageMatch[] {
  const crouching = cuesOf(cues, 'suit:crouching').filter((c) => c.box);
  if (!crouching.length) return [];
  const seen = sceneSigns(cues, scene);
  if (!seen.length) return [];
  const c = crouching.sort((a, b) => b.box!.width * b.box!.height - a.box!.width * a.box!.height)[0];
  const confidence = Math.min(0.7, 1 - (1 - c.confidence) * seen.reduce((p, [, k]) => p * (1 - k), 1));
  const data = { seen: seen.map(([w]) => w).join(', ') };
  return [{ source: 'vision', location: { box: c.box! }, confidence: round2(confidence), evidence: 'white coverall on someone crouching', messageId: 'suit', data, pattern: 'forensic-suit' }];
}

/**
 * Tent and covered-body cues that are not part of a vehicle (a white van, a police car's own white body); a sheet only
 * when its top edge is lumpy (a body under it): a flat white shape is a blanket, a box lid or a board.
 */
function standingShapes(cues: VisionCue[] | undefined): VisionCue[] {
  const vehicles = cuesOf(cues, (k) => VEHICLE_KINDS.has(k));
  return cuesOf(cues, (k) => k in SHAPES).filter((s) => s.box && (s.kind !== 'body:covered' || (s.lumps ?? 0) >= BODY_LUMPS) && !vehicles.some((v) => v.box && insideShare(s.box!, v.box) >= 0.3));
}

/** The shape cues: what each is called in a finding's message and pattern. */
const SHAPES: Record<string, { messageId: string; pattern: string; evidence: string }> = {
  'tent:forensic': { messageId: 'tent', pattern: 'forensic-tent', evidence: 'tent with a roof over upright walls' },
  'body:covered': { messageId: 'covered', pattern: 'covered-body', evidence: 'sheet lying on the ground' },
};

/**
 * Forensic tents and covered bodies: a white gazebo or a sheet on the ground is as often a market stall, a camping
 * tent or a beach towel, and the pixel shapes also turn up on vehicles the object detector missed, so one counts only
 * beside a second scene sign of its own kind: a scene finding already made (`scene`: tape, wording, markers), a lone
 * evidence marker or a white suit; a lumpy sheet also with a person standing or crouching beside it (attendedBody). A band like tape, a marked police car or the other shape only add to the
 * confidence (on photos of patrol cars a missed car's white bonnet read as a tent beside the car's light bar). Never
 * inside a vehicle's box. A person lying down is no sign here: a sleeper under a blanket is both. The confidence
 * combines the shape's and the signs' own as independent evidence, at most 0.75.
 */
function sceneShapes(cues: VisionCue[] | undefined, scene: boolean, patrol: boolean): ImageMatch[] {
  const shapes = standingShapes(cues);
  if (!shapes.length) return [];
  const signs: [string, number][] = [];
  if (scene) signs.push(['a scene sign', 0.5]);
  if (cuesOf(cues, 'marker:lone').length) signs.push(['an evidence marker', 0.35]);
  if (cuesOf(cues, 'outline:chalk').length) signs.push(['a chalk outline', 0.35]);
  if (cuesOf(cues, 'suit:forensic').length) signs.push(['a person in a white suit', 0.4]);
  const attended = shapes.filter((s) => s.kind === 'body:covered' && attendedBody(cues, s));
  if (!signs.length && !attended.length) return [];
  // Weaker signs add to the confidence but do not make a scene of a shape on their own.
  if (cuesOf(cues, (k) => k === 'yellow-band' || k === 'tape:red-white').length) signs.push(['a band like tape', 0.2]);
  if (patrol) signs.push(['a marked police car', 0.2]);
  return shapes.flatMap((s) => {
    const own: [string, number][] = attended.includes(s) ? [['a person standing or crouching beside it', 0.25]] : [];
    if (!signs.length && !own.length) return [];
    const other = shapes.some((o) => o.kind !== s.kind) ? [['another scene shape', 0.2] as [string, number]] : [];
    const seen = [...signs, ...own, ...other];
    const confidence = Math.min(0.75, 1 - (1 - s.confidence) * seen.reduce((p, [, c]) => p * (1 - c), 1));
    const shape = SHAPES[s.kind];
    return [{ source: 'vision' as const, location: { box: s.box! }, confidence: round2(confidence), evidence: shape.evidence, messageId: shape.messageId, data: { seen: seen.map(([w]) => w).join(', ') }, pattern: shape.pattern }];
  });
}

/**
 * Chalk outlines of a body on the ground (`outline:chalk`: a thin light line enclosing a figure with arms and legs).
 * Drawn by investigators in films and stock photos more than at real scenes today, and by children tracing one
 * another on a driveway, so alone it is a weak finding (the cue's 0.4); beside another scene sign (tape, markers,
 * wording, a suit, a tent) it is 0.6. One per picture.
 */
function chalkOutlines(cues: VisionCue[] | undefined, scene: boolean): ImageMatch[] {
  return cuesOf(cues, 'outline:chalk')
    .filter((c) => c.box)
    .slice(0, 1)
    .map((c) => {
      const data = { seen: scene ? 'beside another scene sign' : 'with no other scene sign' };
      return { source: 'vision' as const, location: { box: c.box! }, confidence: round2(scene ? 0.6 : c.confidence), evidence: 'chalk outline of a body on the ground', messageId: 'chalk', data, pattern: 'chalk-outline' };
    });
}

/**
 * A person lying on the ground with the police over them and no other scene sign: a lying person (a person box much
 * wider than tall) and, apart from it, someone standing or crouching near (their box within the lying person's width
 * sideways) while a marked police car, an officer's uniform or a white suit is in the picture. Someone asleep on a
 * lawn or a bench has no police round them; a victim or a detained suspect does. The lying reading (0.6 of the lying
 * cue's confidence: a wide person box is also someone sitting with legs out) and the responders' (a uniform or a
 * police car 0.3, a white suit 0.4) combine as independent evidence, at most 0.65.
 */
function attendedLying(cues: VisionCue[] | undefined, patrol: boolean): ImageMatch[] {
  const lying = cuesOf(cues, 'person-lying').filter((p) => p.box);
  if (!lying.length) return [];
  const signs: [string, number][] = [];
  if (patrol) signs.push(['a marked police car', 0.3]);
  if (cuesOf(cues, (k) => OFFICER_KINDS.has(k)).length) signs.push(['a police uniform', 0.3]);
  if (cuesOf(cues, 'suit:forensic').length) signs.push(['a person in a white suit', 0.4]);
  if (!signs.length) return [];
  const people = cuesOf(cues, 'object:person').filter((o) => o.box && o.confidence >= 0.4 && o.box.width < 1.2 * o.box.height);
  return lying.flatMap((l) => {
    const b = l.box!;
    const near = people.filter((o) => insideShare(o.box!, b) < 0.5 && sideGap(b, o.box!) <= b.width);
    if (!near.length) return [];
    const seen: [string, number][] = [['someone standing over them', 0], ...signs];
    const confidence = Math.min(0.65, 1 - (1 - 0.6 * l.confidence) * signs.reduce((p, [, c]) => p * (1 - c), 1));
    return [{ source: 'vision' as const, location: { box: b }, confidence: round2(confidence), evidence: 'person lying down', messageId: 'attended', data: { seen: seen.map(([w]) => w).join(', ') }, pattern: 'person-lying-attended' }];
  }).slice(0, 1);
}

/**
 * A person lying on bare ground or on a forest floor with no other scene sign (`lying:ground`: a road, a pavement, a
 * floor or earth; `lying:woods`: earth and dead leaves under trees; neither grass, sand, a towel, a bed or a bench).
 * Someone may lie on a pavement asleep, sunbathe on concrete or rest on a walk, and a wide person box is also someone
 * sitting with legs out, so the finding is weak: half the lying cue's confidence (at most 0.3), one per picture. A cue
 * marked `unsure` comes from a person the detector was unsure of (0.15 to 0.3): its message says so, and says when
 * the person was seen only on a closer look (inputs/vision.ts closerLooks).
 */
function lyingOnGround(cues: VisionCue[] | undefined): ImageMatch[] {
  return cuesOf(cues, (k) => k === 'lying:ground' || k === 'lying:woods')
    .filter((l) => l.box)
    .slice(0, 1)
    .map((l) => {
      const unsure = l.detail?.includes('unsure') ?? false;
      const ground = l.kind === 'lying:ground';
      const messageId = ground ? (unsure ? 'groundUnsure' : 'ground') : 'woods';
      // Found only on a closer look at a wide, low box the first look took for something else (an animal, an upper body).
      const closer = l.detail?.includes('closer look') ? ', seen on a closer look' : '';
      const evidence = `${unsure ? 'what may be a person' : 'person'} lying on ${ground ? 'bare ground' : 'a forest floor'}${closer}`;
      const data = ground ? undefined : { who: unsure ? `What may be a person (the detector is unsure${closer})` : 'A person' };
      return { source: 'vision' as const, location: { box: l.box! }, confidence: round2(0.5 * l.confidence), evidence, messageId, ...(data ? { data } : {}), pattern: ground ? 'person-lying-ground' : 'person-lying-woods' };
    });
}

/** How far apart two boxes lie sideways: the gap between their x ranges (0 where they overlap). */
function sideGap(a: Box, b: Box): number {
  return Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
}

/** How lumpy a sheet's top edge must be to read as a body under it (a blanket or a towel lies flat: under 0.05). */
const BODY_LUMPS = 0.06;

/**
 * A covered body with people over it: a lumpy sheet (its top edge rising over a head, a chest, feet) with a person the
 * detector found (confidence 0.4 or more, not lying) beside it, not on it: the person's box holds less than a fifth
 * of the sheet's, lies within half the sheet's width of it sideways, and stands on ground near the sheet's (its feet
 * within three sheet heights of the sheet's bottom). A picnic blanket is flat and its people sit on it; a sleeper under
 * a blanket is the lying person (no sign here).
 */
function attendedBody(cues: VisionCue[] | undefined, sheet: VisionCue): boolean {
  const s = sheet.box;
  if (!s) return false;
  return cuesOf(cues, 'object:person').some((p) => {
    const b = p.box;
    if (!b || p.confidence < 0.4 || b.width >= 1.6 * b.height) return false;
    if (insideShare(s, b) >= 0.2) return false;
    const gap = sideGap(s, b);
    const feet = b.y + b.height;
    return gap <= 0.5 * s.width && Math.abs(feet - (s.y + s.height)) <= 3 * s.height;
  });
}

/**
 * Whether OCR read, on a band, a word of four letters or more that is no tape wording nor a piece of it: a word of
 * the phrases cut off at the frame or misread by a letter ("RIME", "OLICE", "LINI"), or words run together
 * ("CRIMESCENE"), and the words of a line read as a piece of the wording across a word edge ("ENEDO NOT"), are tape's.
 * e.g. "HARDWARE", "TAXI", "SALE" -> true; "RIME", "SCENE", "LINI", "CRIMESCENE" -> false
 */
function otherWordsOn(ocr: OcrResult | undefined, band: Box, pieces: Piece[] = [], minLetters = 4, along: (w: Box) => boolean = () => true): boolean {
  const inPiece = (w: { start: number; end: number }) => pieces.some((p) => w.start >= p.start && w.end <= p.end);
  const long = (w: string) => fold(w).replace(/[^\p{L}]/gu, '').length >= minLetters;
  return (ocr?.words ?? []).some((w) => insideShare(w.box, band) >= 0.5 && along(w.box) && long(w.text) && !tapeLike(w.text) && !inPiece(w));
}

/**
 * Whether a word's box lies along a band: its middle within the band's thickness of the band's middle line (through
 * the middle of its box at its angle). False for a band whose angle or thickness is not known.
 * e.g. a word on a fascia 40 px thick at 12°, 6 px off its line -> true; a sign 200 px below a slanted tape -> false
 */
function alongBand(w: Box, t: VisionCue): boolean {
  if (!t.box || t.angle === undefined || !t.thickness) return false;
  const a = (t.angle * Math.PI) / 180;
  const [dx, dy] = [w.x + w.width / 2 - (t.box.x + t.box.width / 2), w.y + w.height / 2 - (t.box.y + t.box.height / 2)];
  return Math.abs(-dx * Math.sin(a) + dy * Math.cos(a)) <= t.thickness;
}

/** Letters of a word read on a band that is not a close-up, for it to make the band a sign (otherWordsOn). */
const BAND_WORD = 5;

/** The words of an evidence placard: what a marker card may carry besides its numeral. */
const PLACARD_WORDS = ['evidence', 'marker'];

/**
 * Whether OCR read a word of four letters or more on a marker card, other than the placard's own EVIDENCE or MARKER
 * (one slip allowed): a wet-floor or warning sign ("CAUTION", "WET FLOOR"), not a numbered marker. Digits are not
 * read as letters here (a card's "1428" is a numeral).
 * e.g. "CAUTION" on the card -> true; "12", "EVIDENCE" -> false
 */
function wordsOnCard(ocr: OcrResult | undefined, card: Box): boolean {
  return (ocr?.words ?? []).some((w) => {
    const f = fold(w.text).replace(/[^\p{L}]/gu, '');
    return f.length >= 4 && insideShare(w.box, card) >= 0.5 && !PLACARD_WORDS.some((p) => editDistance(f, p, 1) <= 1);
  });
}

/**
 * A word of five letters or more read on a band that is a word of the tape wording or a piece of one cut off at the
 * frame ("SCENE", "OLICE"), or one letter from a word of seven letters or more ("CAUTI0N"): the word as read, or
 * undefined. Shorter words ("LINE", "NOT"), and a slip in a shorter word, are a letter from too many everyday words
 * on signs and banners to count alone ("CENTER" for ENTER, "MARKET" for MARKER).
 * e.g. "SCENE" on the band -> "SCENE"; "BAKERY", "CENTER", "MARKET" -> undefined
 */
function tapeWordOn(ocr: OcrResult | undefined, band: Box): string | undefined {
  const word = (ocr?.words ?? []).find((w) => {
    const f = fold(w.text).replace(/[^\p{L}]/gu, '');
    return f.length >= 5 && insideShare(w.box, band) >= 0.5 && TAPE_VOCAB.some((v) => v.length >= 5 && (v.includes(f) || (v.length >= 7 && editDistance(f, v, 1) <= 1)));
  });
  return word?.text;
}

function tapeLike(word: string): boolean {
  const w = fold(word).replace(/[^\p{L}]/gu, '');
  if (w.length < 4) return true;
  // A long run of letters read across tightly set or slanted print: a stretch of the wording with a slip in every
  // three or four letters ("PULGEUNEOONOT" for POLICELINEDONOT).
  if (w.length >= 10 && TAPE_RUNS.some((run) => infixDistance(w, run) <= 0.35 * w.length)) return true;
  return TAPE_VOCAB.some((v) => {
    if (v.includes(w) || (v.length >= 4 && w.includes(v)) || editDistance(w, v, 1) <= 1) return true;
    // Cut off at the frame with a letter misread: one slip from a piece of the word as long as it ("OLICF"); five
    // letters or more (four-letter pieces of the many listed words are one slip from too many words: "SALE").
    for (let i = 0; w.length >= 5 && i + w.length <= v.length; i++) if (editDistance(w, v.slice(i, i + w.length), 1) <= 1) return true;
    return false;
  });
}

/** Each tape phrase's letters run together, twice over (the wording repeats along the band: "DO NOT CROSS POLICE LINE"). */
const TAPE_RUNS = TAPE.map((p) => fold(p.text).replace(/[^\p{L}]/gu, '')).map((r) => r + r);

/**
 * Capitals OCR takes for one another in bold condensed print (round letters, upright strokes, open shapes): one group a
 * line. Reading one for another costs half an edit in `infixDistance`.
 */
const LOOK_ALIKE_CAPITALS = ['ocdgqu', 'iljt', 'ef', 'nhm', 'vw'];
const LOOK_ALIKE = new Map(LOOK_ALIKE_CAPITALS.flatMap((g, i) => [...g].map((c) => [c, i] as const)));

/**
 * The fewest edits that turn a word into some stretch of a longer text (free start and end in the text), a letter
 * read as a look-alike counting half.
 * e.g. ("PULGEUNEOONOT", "POLICELINEDONOT...") -> 4; ("HARDWARE", the same) -> 5
 */
function infixDistance(word: string, text: string): number {
  return infixAlign(word, text).cost;
}

/** Reading one capital for another: 0 the same, 0.5 a look-alike (LOOK_ALIKE_CAPITALS), 1 otherwise. */
function swapCost(a: string, b: string): number {
  return a === b ? 0 : LOOK_ALIKE.get(a) !== undefined && LOOK_ALIKE.get(a) === LOOK_ALIKE.get(b) ? 0.5 : 1;
}

/**
 * infixDistance with the stretch of the text it found: [start, end) of the cheapest (the shortest on a tie).
 * e.g. ("scenedd", "crimescenedonotcross...") -> { cost: 0.5, start: 5, end: 12 }
 */
function infixAlign(word: string, text: string): { cost: number; start: number; end: number } {
  let prev = new Array<number>(text.length + 1).fill(0);
  let from = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= word.length; i++) {
    const cur = [i];
    const curFrom = [0];
    for (let j = 1; j <= text.length; j++) {
      // Read as printed or misread, a letter read that is not printed, a printed letter not read: the cheapest, and
      // on a tie the one starting later (the shorter stretch).
      let c = prev[j - 1] + swapCost(word[i - 1], text[j - 1]);
      let f = from[j - 1];
      if (prev[j] + 1 < c - 1e-9 || (prev[j] + 1 < c + 1e-9 && from[j] > f)) {
        c = prev[j] + 1;
        f = from[j];
      }
      if (cur[j - 1] + 1 < c - 1e-9 || (cur[j - 1] + 1 < c + 1e-9 && curFrom[j - 1] > f)) {
        c = cur[j - 1] + 1;
        f = curFrom[j - 1];
      }
      cur[j] = c;
      curFrom[j] = f;
    }
    prev = cur;
    from = curFrom;
  }
  let end = 0;
  for (let j = 1; j <= text.length; j++) if (prev[j] < prev[end] - 1e-9) end = j;
  return { cost: prev[end], start: from[end], end };
}

/**
 * Close-ups of tape too near for a band (`yellow:print`: yellow filling much of the frame with dark print) on which
 * OCR read a piece of the tape wording running across word edges (tapePieces). A sign, a bus side or a wall carries
 * print too, but not "NE DO NOT" or "CROSS POLICE". 0.55, 0.65 with ten letters or more read; one per picture.
 */
function closeUps(cues: VisionCue[] | undefined, ocr: OcrResult | undefined, pieces: Piece[]): ImageMatch[] {
  const surfaces = cuesOf(cues, 'yellow:print').filter((c) => c.box);
  if (!surfaces.length || !ocr?.text) return [];
  for (const p of pieces) {
    const loc = ocrLocation(ocr, p.start, p.end);
    if (!('box' in loc) || !loc.box || !surfaces.some((c) => insideShare(loc.box!, c.box!) >= 0.5)) continue;
    const piece = ocr.text.slice(p.start, p.end);
    return [{ source: 'ocr', location: loc, confidence: p.letters >= 10 ? 0.65 : 0.55, evidence: piece, messageId: 'closeUp', data: { piece, phrase: p.phrase }, pattern: 'tape-close-up' }];
  }
  return [];
}

/** Each tape phrase's word edges in its run of letters twice over (TAPE_RUNS): where a word of the wording starts. */
const TAPE_RUN_EDGES = TAPE.map((p) => {
  const lengths = fold(p.text).split(/[^\p{L}]+/u).filter(Boolean).map((w) => w.length);
  const edges: number[] = [];
  let at = 0;
  for (const l of [...lengths, ...lengths]) edges.push((at += l));
  return edges;
});

/** The pairs of neighbouring letters in each phrase's run (TAPE_RUNS): a quick test before aligning a line to it. */
const TAPE_RUN_PAIRS = TAPE_RUNS.map((r) => new Set(Array.from({ length: r.length - 1 }, (_, k) => r.slice(k, k + 2))));

/** How many of a word's pairs of neighbouring letters are in a set of pairs. */
function pairsIn(word: string, pairs: Set<string>): number {
  let n = 0;
  for (let k = 0; k + 1 < word.length; k++) if (pairs.has(word.slice(k, k + 2))) n++;
  return n;
}

/** A piece of the tape wording read on one OCR line: where in the OCR text, how many letters, of which phrase. */
interface Piece {
  start: number;
  end: number;
  letters: number;
  phrase: string;
}

/** The OCR text of a piece of the wording whose words lie half or more on a band, if one was read there. */
function pieceOn(ocr: OcrResult | undefined, band: Box, pieces: Piece[]): string | undefined {
  const words = ocr?.words ?? [];
  const on = pieces.find((p) => words.some((w) => w.start >= p.start && w.end <= p.end && insideShare(w.box, band) >= 0.5));
  return on && ocr!.text.slice(on.start, on.end);
}

/** The site and door wording's letters, each phrase run together (a piece inside one is a sign's). */
const SITE_RUNS = SITE_TAPE.map((p) => p.letters);

/** Letters an OCR line must have to be read as a piece of the wording. */
const PIECE_MIN_LETTERS = 6;

/** A reading's letters only, folded, look-alike digits and signs read as the letters they stand for ("P0L1CE" -> "police"). */
function lettersOf(read: string): string {
  return fold(read)
    .replace(/[0-9|!$€]/g, (c) => LOOKALIKE[c] ?? c)
    .replace(/[^\p{L}]/gu, '');
}

/**
 * OCR lines in capitals whose letters, all of them, are a stretch of a tape phrase (its words run together, repeated
 * as along a band) that runs across two word edges ("NE DO NOT", "SCENE DO ND", a look-alike letter costing half:
 * "LINEOONOT CR") or across one with three letters or more either side ("CROSS POLICE"). Under ten letters only a
 * look-alike slip is allowed; longer, one slip in seven letters. A stretch inside one word ("POLICE" on a vest,
 * "SCENE" on a poster) is no piece: other signs print those words; nor is one edge into a short word ("SCENE DE", a
 * French poster's "SCÈNE DE ..." cut at the frame; "SCENE D"), nor a line reading building-site or door wording
 * ("DO NOT ENTER") or a stretch of it ("DO NOT E", a door sign cut at the frame).
 * e.g. "NE DO NOT" -> one piece of "crime scene do not cross"; "ONLINE DONATIONS", "SCENE DE", "POLICE" -> none
 */
function tapePieces(text: string): Piece[] {
  const out: Piece[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const raw = line.trim();
    const letters = lettersOf(raw);
    // Building-site and door wording ("DO NOT ENTER", "CAUTION") is a sign's, though cordon tape prints it too.
    if (letters.length >= PIECE_MIN_LETTERS && raw === raw.toUpperCase() && !readPhrases(raw, SITE_TAPE).length) {
      const allowed = letters.length < 10 ? 0.5 : letters.length / 7;
      for (const [i, run] of TAPE_RUNS.entries()) {
        // Each slip spoils at most two of the line's letter pairs, and `allowed` holds at most twice as many slips (a
        // look-alike costs half): with fewer of its pairs in the run, no alignment fits.
        if (pairsIn(letters, TAPE_RUN_PAIRS[i]) < letters.length - 1 - 2 * Math.floor(2 * allowed)) continue;
        const m = infixAlign(letters, run);
        if (m.cost > allowed) continue;
        // A stretch of door or site wording ("DO NOT E" of DO NOT ENTER cut at the frame) is a sign's, not tape's.
        if (SITE_RUNS.some((r) => infixAlign(letters, r).cost <= 0.5)) break;
        if (m.cost > allowed) continue;
        const inside = TAPE_RUN_EDGES[i].filter((e) => e > m.start && e < m.end);
        if (inside.length < 2 && !inside.some((e) => e - m.start >= 3 && m.end - e >= 3)) continue;
        const start = offset + line.indexOf(raw);
        out.push({ start, end: start + raw.length, letters: letters.length, phrase: TAPE[i].text });
        break;
      }
    }
    offset += line.length + 1;
  }
  return out;
}

/**
 * A crime-scene unit's wording read in the picture (SCENE_UNIT_WORDS: "SCENES OF CRIME", "FORENSIC SERVICES" on a van's
 * side or a jacket's back), every letter or with OCR slips, not cut off (a piece of "FORENSIC" is every lab's): 0.6,
 * 0.55 with slips; the first one read.
 * e.g. "SCENES OF CRIME" -> one finding; "FORENSIC ACCOUNTANTS", "SCENES OF" -> none
 */
function unitWording(ocr: OcrResult | undefined): ImageMatch[] {
  if (!ocr?.text) return [];
  const r = readPhrases(ocr.text, SCENE_UNIT).find((p) => p.read !== 'partial');
  if (!r) return [];
  const evidence = ocr.text.slice(r.start, r.end);
  return [{ source: 'ocr', location: ocrLocation(ocr, r.start, r.end), confidence: r.read === 'exact' ? 0.6 : 0.55, evidence, messageId: 'unit', data: { phrase: r.phrase }, pattern: 'scene-unit-wording' }];
}

/**
 * An evidence bag or label read in the picture: the heading EVIDENCE and one of its printed fields (EVIDENCE_FIELDS:
 * CHAIN OF CUSTODY, COLLECTED BY, ITEM NO), each every letter or with OCR slips, on different words: 0.6. "EVIDENCE"
 * alone heads posters and books ("EVIDENCE-BASED CARE"), and a field alone is any form's.
 * e.g. "EVIDENCE" and "CHAIN OF CUSTODY" -> one finding; "THE EVIDENCE" and "A NOVEL" -> none
 */
function evidenceLabel(ocr: OcrResult | undefined): ImageMatch[] {
  if (!ocr?.text) return [];
  const heading = readPhrases(ocr.text, EVIDENCE).find((p) => p.read !== 'partial');
  if (!heading) return [];
  const field = readPhrases(ocr.text, EVIDENCE_FIELD).find((p) => p.read !== 'partial' && (p.end <= heading.start || p.start >= heading.end));
  if (!field) return [];
  const evidence = `${ocr.text.slice(heading.start, heading.end)} / ${ocr.text.slice(field.start, field.end)}`;
  return [{ source: 'ocr', location: ocrLocation(ocr, heading.start, heading.end), confidence: 0.6, evidence, messageId: 'evidenceLabel', data: { phrase: field.phrase }, pattern: 'evidence-label' }];
}

/** Where building-site tape wording (CAUTION, DANGER) was read: the boxes of its words. */
function siteWording(ocr: OcrResult | undefined): Box[] {
  if (!ocr?.text) return [];
  return readPhrases(ocr.text, SITE_TAPE).flatMap((r) => {
    const loc = ocrLocation(ocr, r.start, r.end);
    return 'box' in loc && loc.box ? [loc.box] : [];
  });
}

/**
 * Tape wording in the OCR text. Lines of one band may come out as separate OCR lines, so the text is also read across
 * lines, but only a reading of every letter as printed counts there: with slips allowed, two unrelated lines join
 * into wording ("POLICE" on a riot shield and "INE" on another read as POLICE LINE with one letter lost).
 */
function tapeWording(text: string): ReturnType<typeof readPhrases> {
  const within = readPhrases(text, TAPE).filter((r) => r.read !== 'partial' || moreThanOneWord(text.slice(r.start, r.end), r.phrase));
  const across = readPhrases(text.replace(/\n/g, ' '), TAPE).filter((r) => r.read === 'exact' && text.slice(r.start, r.end).includes('\n'));
  // Where both read the same place, the reading of more of the phrase's letters wins.
  const letters = (r: (typeof within)[number]) => r.coverage * r.phrase.length;
  const out: typeof within = [];
  for (const r of [...across, ...within].sort((a, b) => letters(b) - letters(a))) {
    if (!out.some((o) => o.start < r.end && r.start < o.end)) out.push(r);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a reading cut off at the frame holds three letters or more besides the longest word of the phrase it reads
 * whole: POLICE, CRIME or SCENE alone is printed on shields, vests, cars and headlines, and a letter of whatever
 * stands next to it ("POLICEL" on a row of riot shields) makes no tape wording.
 * e.g. ("POLICEL", "police line") -> false; ("POLICE LIN", "police line"), ("OLICE LINE DO NOT CR", ...) -> true
 */
function moreThanOneWord(read: string, phrase: string): boolean {
  const letters = lettersOf(read);
  const whole = fold(phrase)
    .split(/[^\p{L}]+/u)
    .filter((w) => w && letters.includes(w))
    .reduce((n, w) => Math.max(n, w.length), 0);
  return letters.length - whole >= 3;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
