// image/uniform: a person in police uniform, from what is seen on a person the object detector found (placed by the
// body keypoints where they were read): police marking text worn on the torso (a vest, a riot shield, a name plate), a
// metal badge pinned on the wearer's left of a dark uniform shirt, patches on both upper arms of a dark uniform shirt
// (one patch with a second cue), a light-blue (US patrol), tan (sheriff's) or mid-blue uniform shirt with a badge or a sleeve patch and a second cue,
// a peaked cap's badge over a dark or light-blue uniform shirt, a chequered (Sillitoe) band round a cap
// (above the face, or where the keypoints put the head of someone seen from behind), a hi-vis vest with the blue-and-yellow
// police check on the torso, a hi-vis jacket with a band of blue and silver check, or tactical kit (black vest under a helmet or balaclava, no face showing) backed by a
// second cue (a shoulder patch, a badge, a line of three or more people in the same kit, or, for someone facing the
// camera with the face covered, lettering read on the vest, police wording or a marked vehicle in the picture), or a line of three or more people
// side by side in the same dark kit, two or more in helmets, or two side by side in it, both in helmets, with police
// wording or a marked vehicle in the picture (riot gear). Kit alone is not enough: a person in dark clothes seen
// from behind looks the same. A person is one the object detector found or, in a portrait where it found none, one
// placed below a large face (person:portrait). Clause on posting in uniform / identifying members.
import type { Box, ImageDetector, ImageMatch, VisionCue } from '../../core/types.js';
import { cuesOf, findMarkings, insideShare, markingLocation, markingRegexes, markingText, VEHICLE_KINDS } from './shared.js';

/**
 * Confidence from which a person the object detector is unsure of (under its threshold of 0.3, `person:faint`) is read
 * for police lettering worn: a riot line's members score 0.2-0.3 in a busy street, and lose 0.1 a stop darker.
 */
export const FAINT_WEARER = 0.2;

/** People in the same kit from which they are a line (riot police, a tactical team), not a passer-by in black. */
export const KIT_TEAM = 3;

/**
 * The light uniform shirts vision reads (`shirt:<kind>`; its SHIRTS table says how), in the order they are read. Each is
 * also worn by people who are not police, so it backs a badge or a sleeve patch only with a second cue, and says which
 * shirt in its own message and pattern. `capBadge`: whether the shirt backs a badge on a peaked cap.
 * - light-blue: US patrol officers, and also security guards, postal workers and office staff;
 * - tan or khaki: a sheriff's deputy or a trooper, and also a scout leader, a park ranger or a courier. It backs no cap
 *   badge: an army officer's khaki service dress has a peaked cap with a badge.
 * - mid blue: a police dress jacket or a uniform shirt lit brighter than dark cloth, royal blue; and also a football
 *   jersey (a crest, sleeve patches), a sweater, an air force's or an airline's blue (no cap badge either).
 */
const LIGHT_SHIRTS = [
  { kind: 'light-blue', messageId: 'patrol', pattern: 'light-blue-uniform', capBadge: true },
  { kind: 'tan', messageId: 'tan', pattern: 'tan-uniform', capBadge: false },
  { kind: 'blue', messageId: 'blue', pattern: 'blue-uniform', capBadge: false },
] as const;

export const uniform: ImageDetector<RegExp[]> = {
  kind: 'image',
  id: 'image/uniform',
  title: 'Person in police uniform',
  description:
    'Flags a person (found by the object detector) who wears police marking text read by OCR on the torso, a metal badge on a dark uniform shirt, ' +
    'patches on both upper arms of a dark uniform shirt (one with a second cue), a light-blue patrol shirt, a tan sheriff\'s shirt or a mid-blue one with a badge or a sleeve patch and a second cue, ' +
    'a badge on a peaked cap over a dark or light-blue uniform shirt, a chequered band round a cap, ' +
    'a hi-vis jacket with a blue-and-silver chequered band, a line of people in the same dark kit and helmets (two, with police wording or a marked vehicle in the picture), or a hi-vis vest with the blue-and-yellow police check, ' +
    'or who wears dark tactical kit with the face covered together with a second cue (a shoulder patch, a badge, lettering on the vest, police wording or a marked vehicle ' +
    'in the picture, three or more people in the same kit). Plain uniforms without lettering, badge or kit are not detected.',
  messages: {
    default: 'The picture shows a person wearing police markings, likely in uniform',
    kit: 'The picture shows a person in tactical kit ({seen}), likely police',
    badge: 'The picture shows a person with a badge on a dark uniform shirt ({seen})',
    patrol: 'The picture shows a person in a light-blue uniform shirt ({seen}), likely a patrol uniform',
    tan: "The picture shows a person in a tan uniform shirt ({seen}), likely a sheriff's or trooper's uniform",
    blue: 'The picture shows a person in a blue uniform shirt or jacket ({seen})',
    vest: 'The picture shows a person in a police hi-vis vest ({seen})',
    patch: 'The picture shows a person in a dark uniform shirt with a shoulder patch ({seen})',
    cap: 'The picture shows a person in a peaked cap with a badge ({seen})',
    chequer: 'The picture shows a person in a cap with a chequered police band ({seen})',
    line: 'The picture shows a line of people in the same dark kit with helmets ({seen}), likely police',
    pair: 'The picture shows two people in the same dark kit with helmets ({seen}), likely riot police',
  },
  cues: [
    { name: 'lettering-on-torso', description: 'police marking text read by OCR on the torso (a vest, a riot shield, a jacket\'s back), not on a vehicle behind' },
    { name: 'tactical-kit', description: 'a black vest under a helmet or balaclava, backed by a patch, a badge, a team in the same kit or, face covered, lettering on the vest, police wording or a marked vehicle' },
    { name: 'hi-vis-check', description: 'a hi-vis vest with the blue-and-yellow police check on the torso' },
    { name: 'hi-vis-chequer', description: 'a hi-vis jacket with a band of blue and reflective silver squares round it (a chequer a few cells high, hi-vis yellow beside it)' },
    { name: 'shoulder-patch', description: 'coloured, non-skin patches on both upper arms of a dark uniform shirt, or one with a badge, police wording or a marked vehicle' },
    { name: 'cap-badge', description: 'a metal badge on the front of a peaked cap above the face, with a dark or light-blue uniform shirt, police wording or a marked vehicle' },
    { name: 'kit-line', description: 'three or more people side by side in the same dark kit (no white shirt front, no reflective trim), two or more of them in helmets' },
    { name: 'riot-gear', description: 'two people side by side in the same dark kit, both in helmets, with police wording or a marked vehicle in the picture' },
    { name: 'chequered-cap', description: 'a cap band of white and dark (black, navy or blue) square cells in a chequer round the head, above the face or where the keypoints put the head' },
    { name: 'chest-badge', description: "a compact gold or silver badge on the wearer's left of the chest of a dark shirt (not a suit)" },
    {
      name: 'light-blue-uniform',
      description: "a light-blue shirt (the US patrol shirt) with a badge on the wearer's left chest or a sleeve patch, and a second cue: the other of those, a cap badge, a duty belt, police wording or a marked vehicle",
    },
    {
      name: 'blue-uniform',
      description:
        "a mid-blue shirt or jacket (a dress uniform, navy lit brighter than dark cloth, royal blue) with a gold badge on the wearer's left chest or a sleeve patch, and a second cue: the other of those, a duty belt, police wording or a marked vehicle",
    },
    {
      name: 'tan-uniform',
      description:
        "a tan or khaki shirt (a sheriff's deputy's, a state trooper's) with a badge on the wearer's left chest (polished gold brighter than the cloth, or silver) or a sleeve patch, and a second cue: the other of those, a cap badge, a duty belt, police wording or a marked vehicle",
    },
  ],
  examples: { tp: [], fp: [] },
  describedCues: [
    'tactical-kit',
    'hi-vis-check',
    'hi-vis-chequer',
    'shoulder-patch',
    'cap-badge',
    'kit-line',
    'riot-gear',
    'chequered-cap',
    'chest-badge',
    'light-blue-uniform',
    'blue-uniform',
    'tan-uniform',
  ],
  prepare: markingRegexes,
  detectImage(image, ctx) {
    // People the object detector found, and those of a portrait placed below a large face it gave no body.
    const people = cuesOf(image.cues, (k) => k === 'object:person' || k === 'person:portrait');
    const faint = cuesOf(image.cues, 'person:faint').filter((p) => p.confidence >= FAINT_WEARER);
    if (!people.length && !faint.length) return [];
    const markings = image.ocr?.text ? findMarkings(image.ocr, ctx.prepared).map((m) => ({ m, loc: markingLocation(image.ocr!, m) })) : [];
    const kits = cuesOf(image.cues, 'kit:tactical');
    // People in kit, each once (two cues on one person's box are one person in kit).
    const inKit = people.filter((p) => p.box && kits.some((k) => kitOf(k, p.box!))).length;
    const onVehicle = cuesOf(image.cues, (k) => k === 'light-bar' || k.startsWith('livery:')).length > 0;
    const vehicles = cuesOf(image.cues, (k) => VEHICLE_KINDS.has(k)).flatMap((v) => (v.box ? [v.box] : []));
    // Word boxes grown a fifth of their height: a letter's blob reaches a little past the box OCR gives the word. A
    // word of two letters or digits or more: the reader takes a star or a shield alone for a single glyph ("本", "*").
    const printed = (image.ocr?.words ?? []).filter((w) => lettered(w.text)).map((w) => {
      const g = 0.2 * w.box.height;
      return { x: w.box.x - g, y: w.box.y - g, width: w.box.width + 2 * g, height: w.box.height + 2 * g };
    });
    const out: ImageMatch[] = [];
    // The markings already read as worn by someone, each once.
    const used = new Set<unknown>();
    for (const p of people) {
      if (!p.box) continue;
      const pb = p.box;
      const torso = ownTorso(cuesOf(image.cues, 'torso').flatMap((t) => (t.box ? [t.box] : [])), pb);
      const on = collection(p, torso, markings) ? undefined : markings.find(({ loc }) => loc.box && worn(loc.box, pb, torso, vehicles));
      const kit = kits.find((k) => kitOf(k, pb));
      const inside = (kind: string, share = 0.8): VisionCue | undefined => cuesOf(image.cues, kind).find((c) => c.box && insideShare(c.box, pb) >= share);
      // A light blob on a dark shirt that OCR read as part of a word is lettering (SECURITY, STAFF across the chest),
      // not a metal badge or an embroidered patch.
      const unprinted = (kind: string): VisionCue[] =>
        cuesOf(image.cues, kind).filter((c) => c.box && insideShare(c.box, pb) >= 0.8 && !printed.some((w) => insideShare(c.box!, w) >= 0.5));
      const badge = unprinted('badge:chest')[0];
      const cap = inside('cap:badge');
      const patches = unprinted('patch:shoulder');
      const patch = patches[0];
      const vest = inside('vest:checker', 0.9);
      const band = inside('vest:chequered', 0.9);
      const chequer = inside('cap:chequered', 0.5);
      const line = inside('kit:line', 0.9);
      const pair = inside('kit:pair', 0.9);
      // A duty belt is a second cue only: a security guard wears one too.
      const belt = inside('belt:duty', 0.8);
      const shirt = inside('shirt:dark', 0.7);
      // A light uniform shirt (LIGHT_SHIRTS) where the shirt is not dark.
      const lightShirt = shirt ? undefined : LIGHT_SHIRTS.find((l) => inside(`shirt:${l.kind}`, 0.7));
      const light = lightShirt?.kind;
      const found: [unknown, string, string][] = [
        [kit, 'kit:tactical', 'black vest and covered head'],
        [badge, 'badge:chest', `badge on a ${light ?? 'dark'} shirt`],
        [cap, 'cap:badge', 'badge on a peaked cap'],
        [patch, 'patch:shoulder', 'shoulder patch'],
        [vest, 'vest:checker', 'hi-vis vest with the blue-and-yellow police check'],
        [band, 'vest:chequered', 'hi-vis jacket with a blue-and-silver chequered band'],
        [chequer, 'cap:chequered', 'cap with a chequered band'],
        [belt, 'belt:duty', 'duty belt with metal fittings'],
      ];
      const present = found.filter(([cue]) => cue);
      const cues = [...(on ? ['lettering'] : []), ...present.map(([, name]) => name)];
      const seen = present.map(([, , words]) => words);
      if (on) {
        used.add(on.m);
        const word = markingText(image.ocr!, on.m);
        const confidence = Math.min(0.85, 0.35 + p.confidence * 0.5 + 0.1 * (cues.length - 1));
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: `${word} on a person`, data: { cues: cues.join(',') }, pattern: 'lettering-on-torso' });
        continue;
      }
      if (kit) {
        // Kit needs a second cue: on the person, in the picture (wording, a marked vehicle), or a team in kit. What is
        // in the picture counts only for someone facing the camera with the face covered: a passer-by in a dark
        // jacket seen from behind near a patrol car or a police sign is not in kit.
        // Without one, the person is read on (a line of people in the same kit, a badge or a patch alone).
        const covered = inside('face:covered', 0.9);
        const said = [...seen];
        if (covered && markings.length) said.push('police wording in the picture');
        // A word read on the chest of a vest whose wearer faces the camera masked: a unit placard or a POLICE panel the
        // reader caught only a piece of ("CE", "SIAS"). A T-shirt print is on someone whose face shows.
        if (covered && !on && (image.ocr?.words ?? []).some((w) => lettered(w.text) && onChest(w.box, pb, torso))) said.push('lettering on the vest');
        if (covered && onVehicle) said.push('a marked vehicle in the picture');
        if (inKit >= KIT_TEAM) said.push(`${inKit} people in the same kit`);
        if (said.length >= 2) {
          if (covered) said.splice(1, 0, 'face covered');
          const confidence = Math.min(0.75, 0.4 + 0.1 * (said.length - 1));
          out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'tactical kit on a person', messageId: 'kit', data: { cues: cues.join(','), seen: said.join(', ') }, pattern: 'tactical-kit' });
          continue;
        }
        seen.shift();
        cues.splice(cues.indexOf('kit:tactical'), 1);
      }
      if (line) {
        // A cordon or a riot line: several people in one dark kit under helmets, shoulder to shoulder. Friends or
        // mourners in black stand bareheaded; soldiers wear camouflage; firefighters' coats carry reflective bands.
        const said = [line.detail ?? 'a line in the same kit', ...seen];
        const confidence = Math.min(0.7, 0.5 + 0.1 * (said.length - 1));
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'a line of people in dark kit and helmets', messageId: 'line', data: { cues: [...cues, 'kit:line'].join(','), seen: said.join(', ') }, pattern: 'kit-line' });
        continue;
      }
      if (pair && (markings.length || onVehicle)) {
        // Two side by side in the same dark kit under helmets: riot or public-order police, or two motorcyclists in
        // leathers. Police wording or a marked vehicle in the picture says which.
        const said = [pair.detail ?? 'two in the same kit, both in helmets', ...(markings.length ? ['police wording in the picture'] : []), ...(onVehicle ? ['a marked vehicle in the picture'] : []), ...seen];
        const confidence = Math.min(0.65, 0.45 + 0.1 * (said.length - 2));
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'two people in dark kit and helmets', messageId: 'pair', data: { cues: [...cues, 'kit:pair'].join(','), seen: said.join(', ') }, pattern: 'riot-gear' });
        continue;
      }
      if (vest) {
        // The blue-and-yellow check on clothing is police livery (paramedics wear green and yellow, road crews plain hi-vis).
        const confidence = Math.min(0.75, 0.55 + 0.1 * (seen.length - 1));
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'police check on a hi-vis vest', messageId: 'vest', data: { cues: cues.join(','), seen: seen.join(', ') }, pattern: 'hi-vis-check' });
        continue;
      }
      if (band) {
        // Blue and silver check round a hi-vis jacket: police (UK, Ireland, Scandinavia); road crews, cyclists and
        // crossing guards wear plain silver bands, paramedics green check. A band only a few cells long may be a print.
        const confidence = Math.min(0.75, 0.55 + 0.1 * (seen.length - 1));
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'police check band on a hi-vis jacket', messageId: 'vest', data: { cues: cues.join(','), seen: seen.join(', ') }, pattern: 'hi-vis-chequer' });
        continue;
      }
      if (chequer) {
        // The Sillitoe check round a cap is worn by police (UK, Australia, New Zealand) and almost nobody else; a
        // chauffeur's or a guard's cap band is plain. Printed check on a hat can be fashion, so alone it stays modest.
        const said = ['cap with a chequered band', ...seen.filter((w) => w !== 'cap with a chequered band'), ...(shirt ? ['dark uniform shirt'] : [])];
        const confidence = Math.min(0.8, 0.55 + 0.1 * (said.length - 1));
        const used = [...cues, ...(shirt ? ['shirt:dark'] : [])].join(',');
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'chequered band on a cap', messageId: 'chequer', data: { cues: used, seen: said.join(', ') }, pattern: 'chequered-cap' });
        continue;
      }
      if (patch && shirt) {
        // A patch on the upper arm of a dark uniform shirt (placed by the body's keypoints): a sleeve patch. One patch
        // alone may be a logo on a dark top; it needs the pair on both sleeves or another cue (a badge, police wording
        // or a marked vehicle in the picture).
        if (patches.length >= 2) seen[seen.indexOf('shoulder patch')] = 'shoulder patches on both sleeves';
        if (markings.length) seen.push('police wording in the picture');
        if (onVehicle) seen.push('a marked vehicle in the picture');
        if (seen.length < 2 && seen[0] === 'shoulder patch') continue;
        seen.push('dark uniform shirt');
        const confidence = Math.min(0.7, 0.45 + 0.1 * (seen.length - 2));
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'shoulder patch on a dark uniform shirt', messageId: 'patch', data: { cues: [...cues, 'shirt:dark'].join(','), seen: seen.join(', ') }, pattern: 'shoulder-patch' });
        continue;
      }
      if (lightShirt && (badge || patch)) {
        // A badge over the heart or a sleeve patch on a light-blue or tan shirt, with another cue: the badge and a patch
        // together, a cap badge, a duty belt, police wording or a marked vehicle in the picture. A postal worker's, a
        // guard's or a scout leader's shirt carries a patch or a badge alone.
        if (patches.length >= 2) seen[seen.indexOf('shoulder patch')] = 'shoulder patches on both sleeves';
        if (markings.length) seen.push('police wording in the picture');
        if (onVehicle) seen.push('a marked vehicle in the picture');
        if (seen.length < 2) continue;
        seen.push(`${light} uniform shirt`);
        const confidence = Math.min(0.7, 0.4 + 0.1 * (seen.length - 2));
        out.push({
          source: 'vision',
          location: { box: pb },
          confidence: round2(confidence),
          evidence: `badge or patch on a ${light} uniform shirt`,
          messageId: lightShirt.messageId,
          data: { cues: [...cues, `shirt:${light}`].join(','), seen: seen.join(', ') },
          pattern: lightShirt.pattern,
        });
        continue;
      }
      if (badge) {
        // A badge on a dark shirt, not a suit: a guard's or a novelty badge looks alike, so it stays below an even bet.
        if (markings.length) seen.push('police wording in the picture');
        const confidence = Math.min(0.7, 0.45 + 0.1 * (seen.length - 1));
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'badge on a uniform shirt', messageId: 'badge', data: { cues: cues.join(','), seen: seen.join(', ') }, pattern: 'chest-badge' });
        continue;
      }
      if (cap) {
        // A peaked cap with a metal badge: police, but also a chauffeur's, a doorman's or an officer's of the armed
        // forces, so it needs a dark uniform shirt or a light one that backs it (LIGHT_SHIRTS: light blue, not tan),
        // police wording or a marked vehicle with it.
        const capShirt = shirt ? 'dark' : lightShirt?.capBadge ? lightShirt.kind : undefined;
        if (capShirt) seen.push(`${capShirt} uniform shirt`);
        if (markings.length) seen.push('police wording in the picture');
        if (onVehicle) seen.push('a marked vehicle in the picture');
        if (seen.length < 2) continue;
        const confidence = Math.min(0.7, 0.45 + 0.1 * (seen.length - 1));
        const used = [...cues, ...(capShirt ? [`shirt:${capShirt}`] : [])].join(',');
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'badge on a peaked cap', messageId: 'cap', data: { cues: used, seen: seen.join(', ') }, pattern: 'cap-badge' });
      }
    }
    // People the detector is unsure of (a riot line's shield bearers a stop darker, an officer half hidden by others):
    // only police lettering worn on them is read, a whole word (not one cut off), and only where no surer person stands
    // (the same one found twice) and the lettering is no one else's already. The lettering is the evidence here; the
    // faint box only says it is worn (in its upper half: no keypoints are read for them) and not on a vehicle.
    for (const p of faint) {
      const pb = p.box;
      if (!pb || people.some((q) => q.box && (insideShare(pb, q.box) >= 0.5 || insideShare(q.box, pb) >= 0.5))) continue;
      const inBox = markings.filter(({ loc }) => loc.box && insideShare(loc.box, pb) >= 0.6);
      if (inBox.length >= COLLECTION_MARKINGS) continue;
      const on = inBox.find(({ m, loc }) => m.read !== 'partial' && !used.has(m) && worn(loc.box!, pb, undefined, vehicles));
      if (!on) continue;
      used.add(on.m);
      const confidence = Math.min(0.6, 0.3 + p.confidence * 0.5);
      out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: `${markingText(image.ocr!, on.m)} on a person (unsure)`, data: { cues: 'lettering,person:faint' }, pattern: 'lettering-on-torso' });
    }
    return out;
  },
};

/**
 * Whether lettering is worn by a person: mostly inside the person's box and on the torso the keypoints give (grown a
 * quarter: a riot shield held in front, a jacket's back) or on the head above it (a cap's or a helmet's lettering:
 * centred over the torso, within the box), or, with no keypoints, in the box's upper half, or big lettering at the
 * torso's height, beside the torso or reaching out of the box (a shield held out: heldInFront); and not lying on a vehicle
 * there (a person standing in front of a patrol car has the door's POLICE inside their box), unless it is on the chest
 * of someone standing in front of the vehicle (their feet level with its wheels or nearer the camera): the body hides
 * the vehicle there, so what is read on the chest is on the clothes (POLICE across a vest, a jacket's back).
 */
export function worn(word: Box, person: Box, torso: Box | undefined, vehicles: Box[]): boolean {
  const cx = word.x + word.width / 2;
  const cy = word.y + word.height / 2;
  const share = insideShare(word, person);
  if (share < 0.6) return share >= 0.35 && heldInFront(word, person, torso) && !vehicles.some((v) => insideShare(word, v) >= 0.5);
  const behind = vehicles.filter((v) => insideShare(word, v) >= 0.7);
  if (behind.length) {
    // The chest: the top 65 % of the torso (hips the keypoints guess behind a bonnet are less sure than shoulders).
    const chest = torso && { ...torso, height: 0.65 * torso.height };
    const inFront = behind.every((v) => person.y + person.height >= v.y + 0.9 * v.height);
    return !!chest && inFront && insideShare(word, chest) >= 0.8 && word.width <= torso.width;
  }
  if (torso) {
    const gx = torso.width * 0.25;
    const gy = torso.height * 0.25;
    if (cx >= torso.x - gx && cx <= torso.x + torso.width + gx && cy >= torso.y - gy && cy <= torso.y + torso.height + gy) return true;
    // A shield held in front of someone standing side-on: big lettering at the torso's height beside its narrow profile.
    if (heldInFront(word, person, torso)) return true;
    return cx >= torso.x && cx <= torso.x + torso.width && cy >= Math.max(person.y, torso.y - 0.7 * torso.height) && cy < torso.y && word.width <= torso.width;
  }
  const down = (cy - person.y) / Math.max(1, person.height);
  return down >= 0.08 && down <= 0.55;
}

/** Separate police markings inside the box of a person the detector is unsure of, from which they are a collection. */
export const COLLECTION_MARKINGS = 3;

/**
 * Whether what the object detector took for a person is a collection of police lettering: a pile of patches, a wall of
 * badges, a display case. The detector, unsure (under 0.4), puts a box over most of such a picture and the keypoints
 * find no torso in it; three or more separate markings inside that box are many pieces of kit, not one person's
 * clothes (a close-up of a chest reading POLICE is one marking, a riot line gives each officer a box and a torso).
 */
export function collection(person: VisionCue, torso: Box | undefined, markings: { loc: { box?: Box } }[]): boolean {
  if (torso || person.kind !== 'object:person' || person.confidence >= 0.4 || !person.box) return false;
  return markings.filter(({ loc }) => loc.box && insideShare(loc.box, person.box!) >= 0.6).length >= COLLECTION_MARKINGS;
}

/** Whether a kit cue is the person's: its box and theirs cover each other (the kit cue is put on the person's box). */
function kitOf(kit: VisionCue, person: Box): boolean {
  return !!kit.box && insideShare(kit.box, person) >= 0.9 && insideShare(person, kit.box) >= 0.9;
}

/**
 * The person's own torso among those the keypoints gave: inside the box and the nearest its middle across, no further
 * off it than a quarter of the box's width. In a riot line the boxes overlap, and the torso of the officer behind
 * lies inside the box of the one in front, off to one side: taken as theirs, it put the POLICE on their shield off
 * their body.
 */
export function ownTorso(torsos: Box[], person: Box): Box | undefined {
  const mid = person.x + person.width / 2;
  const off = (t: Box) => Math.abs(t.x + t.width / 2 - mid);
  const inside = torsos.filter((t) => insideShare(t, person) >= 0.9 && off(t) <= 0.25 * person.width);
  return inside.sort((a, b) => off(a) - off(b))[0];
}

/**
 * Whether lettering reaching out of a person's box is on something they hold in front of them (a riot shield, a
 * placard): its middle at the height of the torso the keypoints give (without them, nothing says the person holds
 * it), and big for the body (40 % of the box's width or wider): the box often stops at the arm, the shield runs on.
 */
function heldInFront(word: Box, person: Box, torso: Box | undefined): boolean {
  const cy = word.y + word.height / 2;
  return !!torso && cy >= torso.y && cy <= torso.y + torso.height && word.width >= 0.4 * person.width;
}

/** A word of two letters or digits or more, as a placard's print is read (not a stray mark). */
function lettered(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2;
}

/**
 * Whether a word lies on the chest: its centre in the top 60 % of the torso the keypoints give (else of the box's
 * upper middle, a fifth to half way down), no taller than a fifth of it (a placard or a patch, not a sign behind).
 */
function onChest(word: Box, person: Box, torso: Box | undefined): boolean {
  const chest = torso ? { ...torso, height: 0.6 * torso.height } : { x: person.x + 0.2 * person.width, y: person.y + 0.2 * person.height, width: 0.6 * person.width, height: 0.3 * person.height };
  const cx = word.x + word.width / 2;
  const cy = word.y + word.height / 2;
  return cx >= chest.x && cx <= chest.x + chest.width && cy >= chest.y && cy <= chest.y + chest.height && word.height <= chest.height / 3 && word.width <= chest.width;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
