/**
 * Badges and shields carrying a number: a number read by OCR that sits on a small gold or silver object standing
 * alone in the picture (metal all round the number, not round that object), shaped like a badge, not a plate. A
 * rectangle (a race bib, a door plate, a price tag) fills its bounding box row by row; a shield, a star or a
 * seven-point badge leaves its corners empty. The cue names the object: `badge:emblem` for any such shape,
 * `badge:shield` for one that fills SHIELD_FILL of its box or less (a shield, a star: a badge by its shape alone; a
 * round or oval plaque fills more). image/police-markings reads a number on an emblem beside police words, or on a
 * shield alone, as a badge number.
 */
import type { Box, OcrWord, VisionCue } from '../core/types.js';
import { isBadgeMetal, isDullSilver, type Raster } from './vision.js';

/** A number as printed on a badge: 2-5 digits, maybe after '#'. */
const BADGE_NUMBER = /^#?\d{2,5}$/u;
/** How far (in the number's heights) an object round a number may reach from it: past that it is a door or a wall. */
const REACH = 8;
/** Share of the ring round the number that must be metal for an object to be looked for. */
const MIN_SEED_METAL = 0.2;
/** Row-by-row fill of its bounding box a badge stays under (a rectangle fills it), and its aspect range. */
const MAX_FILL = 0.88;
const ASPECT = [0.5, 2] as const;
/** A shield (0.69 for a heater shield) or a star fills this much of its box row by row or less; an oval 0.79. */
const SHIELD_FILL = 0.72;
/** Share of the object's row spans that is metal at least (the rest is the print on it). */
const MIN_SOLID = 0.6;
/**
 * How much of the frame's edge a badge may run along, as a share of its longer side: a close-up's badge whose tip or
 * rim the frame cuts (turned a few degrees, cropped tight) is still read, as an emblem (its shape is not all there); a
 * door, a wall or a plate the frame cuts runs along it for a whole side.
 */
const MAX_FRAME_TOUCH = 0.2;
/** Numbers looked at per picture, at most. */
const MAX_NUMBERS = 6;

/**
 * `badge:emblem` cues (boxes in the picture's pixels) for the numbers among `words` (boxes in the picture's pixels)
 * that sit on a badge-shaped metal object in `img` (the working raster, `scale` picture pixels per raster pixel).
 * `detail` gives the shape's row fill.
 */
export function emblemCues(img: Raster, words: readonly OcrWord[], scale: number): VisionCue[] {
  const out: VisionCue[] = [];
  for (const w of words.filter((x) => BADGE_NUMBER.test(x.text)).slice(0, MAX_NUMBERS)) {
    const b = { x: w.box.x / scale, y: w.box.y / scale, width: w.box.width / scale, height: w.box.height / scale };
    if (b.height < 6) continue;
    let bright = emblemAround(img, b);
    // A polished patch whose outline fades on into grey is the lit part of a bigger surface (a white plate lit from one
    // side: its bright corner alone is shaped like no rectangle): the whole surface, polished and dull, is read instead.
    const edges = bright && outline(img, bright.box);
    const lit = edges !== undefined && shadeRunsOn(edges);
    const litPart = lit ? bright : undefined;
    if (lit) bright = undefined;
    // Matte or shaded silver (nickel, chrome in shade) is greyer than polished metal: read too, as an emblem only, whatever
    // its shape (a grey object standing alone is a badge only beside police words; alone, a shield must be bright metal).
    let found = bright ?? emblemAround(img, b, lit ? isAnySilver : isDullSilver);
    // On a silver or light grey ground the whole surface cannot be told from the ground (it grows into it): a lit part
    // that meets its ground along slanted sides and points, not only along its box's sides as a rectangle's lit corner
    // does, is read as the object (a shield or a star lit from one side).
    if (!found && litPart && edges && shapeCutByLight(edges)) found = bright = litPart;
    // On a plain white or pale grey ground (a badge photographed on a table, a sheet, a studio backdrop) polished metal
    // and the ground are alike: the object is what differs from the ground, an emblem only (its shape may be a sticker's).
    // Shaped as a shield or a star (a plate, an oval sticker or a price tag fills more), and not cut by the frame.
    const ground = found ? undefined : plainLightGround(img, b);
    if (ground) {
      const off = emblemAround(img, b, (r, g, bl) => Math.max(Math.abs(r - ground[0]), Math.abs(g - ground[1]), Math.abs(bl - ground[2])) > OFF_GROUND);
      if (off && off.fill <= SHIELD_FILL && !off.cut && !fadesIntoGround(img, off.box, ground)) found = off;
    }
    if (!found) continue;
    const box = { x: found.box.x * scale, y: found.box.y * scale, width: found.box.width * scale, height: found.box.height * scale };
    if (out.some((c) => c.box && c.box.x === box.x && c.box.y === box.y)) continue;
    // A shield or a star of silver shaded from polished highlights to grey (a curved badge lit from one side) is a badge
    // by its shape as bright metal is; a flat grey object (a plate, a sign) has no highlights.
    const shine = bright ? 1 : highlights(img, found.box);
    // A lit part is an emblem only, whatever its shape: the lit part of a plate seen at an angle, turned or skewed, meets
    // its ground along slanted sides as a shield's does (render: every such plate, an oval and a trapezoid on grey).
    const kind = !ground && found !== litPart && shine >= MIN_HIGHLIGHTS && found.fill <= SHIELD_FILL && !found.cut ? 'badge:shield' : 'badge:emblem';
    out.push({ kind, box, confidence: 0.5, detail: `fill ${found.fill.toFixed(2)}${found.cut ? ', cut by the frame' : ''}${found === litPart ? ', lit part' : ''}${ground ? ', on a plain light ground' : bright ? '' : `, dull silver, highlights ${shine.toFixed(2)}`}` });
  }
  out.push(...wordEmblems(img, words, scale, out));
  return out;
}

/**
 * A plain light ground: the window round a number (as emblemAround's, REACH heights) whose edge is GROUND_PLAIN of
 * one light, nearly grey colour (each channel within GROUND_CLOSE of the edge's median, which is GROUND_LIGHT or
 * brighter), and how far from it (any channel) a pixel is the object's (OFF_GROUND: past a JPEG's noise and a
 * white backdrop's falling light).
 */
const GROUND_LIGHT = 200;
const GROUND_CLOSE = 12;
const GROUND_PLAIN = 0.85;
const OFF_GROUND = 24;

/** The colour of a plain light ground round a number (see GROUND_LIGHT), or undefined. */
function plainLightGround(img: Raster, n: Box): [number, number, number] | undefined {
  const h = n.height;
  const x0 = Math.max(0, Math.floor(n.x - REACH * h));
  const y0 = Math.max(0, Math.floor(n.y - REACH * h));
  const x1 = Math.min(img.width, Math.ceil(n.x + n.width + REACH * h)) - 1;
  const y1 = Math.min(img.height, Math.ceil(n.y + n.height + REACH * h)) - 1;
  if (x1 <= x0 || y1 <= y0) return undefined;
  const px: number[][] = [[], [], []];
  const add = (x: number, y: number) => {
    const p = (y * img.width + x) * 3;
    for (let c = 0; c < 3; c++) px[c].push(img.data[p + c]);
  };
  for (let x = x0; x <= x1; x++) {
    add(x, y0);
    add(x, y1);
  }
  for (let y = y0 + 1; y < y1; y++) {
    add(x0, y);
    add(x1, y);
  }
  const med = px.map((v) => [...v].sort((a, b) => a - b)[v.length >> 1]) as [number, number, number];
  const hi = Math.max(...med);
  if (hi < GROUND_LIGHT || hi - Math.min(...med) > GROUND_CLOSE) return undefined;
  let close = 0;
  for (let i = 0; i < px[0].length; i++) if (px.every((v, c) => Math.abs(v[i] - med[c]) <= GROUND_CLOSE)) close++;
  return close >= GROUND_PLAIN * px[0].length ? med : undefined;
}

/**
 * Whether an object found on a plain light ground fades into it along its outline (each row's first and last pixel off
 * the ground, each column's top and bottom one): where the object a little inside its outline (SHADE_IN) is within
 * twice OFF_GROUND of the ground, on more than GROUND_FADE of it. Metal lit to the ground's white somewhere is cut
 * there by a slope, not a step, and its outline is the light's as much as the shape's (a plate lit so looks cut like a
 * shield); a gold or grey badge meets a white ground in a step all round.
 */
const GROUND_FADE = 0.15;

function fadesIntoGround(img: Raster, box: Box, ground: readonly number[]): boolean {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(img.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(img.height, Math.ceil(box.y + box.height));
  const away = (x: number, y: number) => {
    const p = (y * img.width + x) * 3;
    return Math.max(Math.abs(img.data[p] - ground[0]), Math.abs(img.data[p + 1] - ground[1]), Math.abs(img.data[p + 2] - ground[2]));
  };
  let edge = 0;
  let fades = 0;
  const look = (x: number, y: number, dx: number, dy: number) => {
    const ix = Math.min(x1 - 1, Math.max(x0, x - dx * SHADE_IN));
    const iy = Math.min(y1 - 1, Math.max(y0, y - dy * SHADE_IN));
    edge++;
    if (away(ix, iy) <= 2 * OFF_GROUND) fades++;
  };
  eachOutlinePoint(x0, y0, x1, y1, (x, y) => away(x, y) > OFF_GROUND, look);
  return edge === 0 || fades > GROUND_FADE * edge;
}

/** Polished (bright, nearly grey) or dull silver: one surface shaded from a highlight to grey. */
function isAnySilver(r: number, g: number, b: number): boolean {
  return isDullSilver(r, g, b) || (isBadgeMetal(r, g, b) && Math.max(r, g, b) - Math.min(r, g, b) < 0.15 * Math.max(r, g, b));
}

/**
 * How far past a polished object's outline (in raster pixels) the pixel is looked at, past a JPEG's blur of the edge,
 * and how far inside it the object's own pixel; how close in brightness (brightest channel) the two must be for the
 * outline to continue the same shading; and
 * the share of the outline that must do so for the object to be the lit part of a bigger surface. A badge's edge is a
 * step to its ground (a light grey shirt is still 30 or more darker than polished silver); a highlight's edge on a
 * shaded plate is a slope of a level or two a pixel (render: about half its outline, against none for a shield).
 */
const SHADE_STEP = 3;
const SHADE_IN = 2;
const SHADE_CLOSE = 16;
const SHADE_SHARE = 0.3;

/**
 * A polished object's outline in `box` (each row's first and last polished pixel, each column's top and bottom one),
 * point by point: `edge` points looked at; `runs`, those where the outline runs on, SHADE_STEP pixels further out,
 * into silver SHADE_CLOSE as bright as the object SHADE_IN pixels inside it (shading, not a shape's edge); of the
 * others (`steps`: where the object meets its ground), `onBox` lie within STEP_ON_BOX pixels of the box's sides.
 */
function outline(img: Raster, box: Box): { edge: number; runs: number; steps: number; onBox: number } {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(img.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(img.height, Math.ceil(box.y + box.height));
  const polished = (x: number, y: number) => {
    const p = (y * img.width + x) * 3;
    const [r, g, b] = [img.data[p], img.data[p + 1], img.data[p + 2]];
    return isBadgeMetal(r, g, b) && Math.max(r, g, b) - Math.min(r, g, b) < 0.15 * Math.max(r, g, b);
  };
  const light = (x: number, y: number) => {
    const p = (y * img.width + x) * 3;
    return Math.max(img.data[p], img.data[p + 1], img.data[p + 2]);
  };
  let edge = 0;
  let runs = 0;
  let steps = 0;
  let onBox = 0;
  const look = (x: number, y: number, dx: number, dy: number) => {
    const ox = x + dx * SHADE_STEP;
    const oy = y + dy * SHADE_STEP;
    if (ox < 0 || oy < 0 || ox >= img.width || oy >= img.height) return;
    // Compared with the object a little inside its outline: the outline's own pixel may be the edge's blur.
    const ix = Math.min(img.width - 1, Math.max(0, x - dx * SHADE_IN));
    const iy = Math.min(img.height - 1, Math.max(0, y - dy * SHADE_IN));
    edge++;
    const p = (oy * img.width + ox) * 3;
    if (isAnySilver(img.data[p], img.data[p + 1], img.data[p + 2]) && Math.abs(light(ox, oy) - light(ix, iy)) <= SHADE_CLOSE) {
      runs++;
      return;
    }
    steps++;
    if (x - x0 <= STEP_ON_BOX || x1 - 1 - x <= STEP_ON_BOX || y - y0 <= STEP_ON_BOX || y1 - 1 - y <= STEP_ON_BOX) onBox++;
  };
  eachOutlinePoint(x0, y0, x1, y1, polished, look);
  return { edge, runs, steps, onBox };
}

/**
 * An object's outline in the box [x0, x1) x [y0, y1): each row's first and last pixel of it and each column's top and
 * bottom one, each given to `look` with the direction pointing out of the object there.
 */
function eachOutlinePoint(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  inside: (x: number, y: number) => boolean,
  look: (x: number, y: number, dx: number, dy: number) => void,
): void {
  for (let y = y0; y < y1; y++) {
    let first = -1;
    let last = -1;
    for (let x = x0; x < x1; x++) {
      if (!inside(x, y)) continue;
      if (first < 0) first = x;
      last = x;
    }
    if (first < 0) continue;
    look(first, y, -1, 0);
    look(last, y, 1, 0);
  }
  for (let x = x0; x < x1; x++) {
    let first = -1;
    let last = -1;
    for (let y = y0; y < y1; y++) {
      if (!inside(x, y)) continue;
      if (first < 0) first = y;
      last = y;
    }
    if (first < 0) continue;
    look(x, first, 0, -1);
    look(x, last, 0, 1);
  }
}

/** Whether a polished object's outline runs on into shading on SHADE_SHARE of it: the object is shading, not a shape. */
function shadeRunsOn(o: { edge: number; runs: number }): boolean {
  return o.edge > 0 && o.runs >= SHADE_SHARE * o.edge;
}

/**
 * How close to its box's sides (raster pixels) a step of a lit object's outline counts as on them, and the share of the
 * steps off them from which the lit object is a shape cut by the light rather than a plate's lit corner. A rectangle's
 * lit corner meets its ground only along the rectangle's own sides, which are its box's; a shield's or a star's lit
 * part meets it along slanted sides and points inside its box (render: a rectangle's 0 off them, a heater shield's
 * lit half about two thirds).
 */
const STEP_ON_BOX = 2;
const SHAPE_STEPS_OFF = 0.4;

/** Whether a lit object's steps to its ground (see outline) lie off its box's sides: a slanted or pointed shape. */
function shapeCutByLight(o: { steps: number; onBox: number }): boolean {
  return o.steps > 0 && o.steps - o.onBox >= SHAPE_STEPS_OFF * o.steps;
}

/** Share of a dull-silver object's silver that is polished (isBadgeMetal: bright, nearly grey) for it to read as shaded metal. */
const MIN_HIGHLIGHTS = 0.1;

/** Of the silver pixels in a box (dull or polished), the share that is polished silver: a badge's highlights. */
function highlights(img: Raster, box: Box): number {
  let silver = 0;
  let polished = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(img.height, Math.ceil(box.y + box.height)); y++) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(img.width, Math.ceil(box.x + box.width)); x++) {
      const p = (y * img.width + x) * 3;
      const [r, g, b] = [img.data[p], img.data[p + 1], img.data[p + 2]];
      const shiny = isBadgeMetal(r, g, b) && Math.max(r, g, b) - Math.min(r, g, b) < 0.15 * Math.max(r, g, b);
      if (shiny) polished++;
      if (shiny || isDullSilver(r, g, b)) silver++;
    }
  }
  return silver ? polished / silver : 0;
}

/** A word a badge's metal carries round its number's panel: four letters or more ("POLICE", "OFFICER", a city's name). */
const BADGE_WORD = /^\p{Lu}{4,}$/u;
/** Words looked at per number with no emblem of its own, at most (the nearest first). */
const MAX_WORDS = 3;

/**
 * `badge:emblem` cues for numbers whose own ring is not metal (a number on an enamel panel, a blue or black bar across
 * the foot of a shield): the metal object round a capitalised word near the number (POLICE across the shield's top),
 * found as round a number (emblemAround), that holds the number too. image/police-markings reads a number on the same
 * badge as a police word as a badge number; with no police word read, such an emblem says nothing.
 */
function wordEmblems(img: Raster, words: readonly OcrWord[], scale: number, taken: VisionCue[]): VisionCue[] {
  const out: VisionCue[] = [];
  const inside = (b: Box, c: Box) => b.x + b.width / 2 >= c.x && b.x + b.width / 2 <= c.x + c.width && b.y + b.height / 2 >= c.y && b.y + b.height / 2 <= c.y + c.height;
  const lettered = words.filter((w) => BADGE_WORD.test(w.text));
  for (const n of words.filter((x) => BADGE_NUMBER.test(x.text)).slice(0, MAX_NUMBERS)) {
    if ([...taken, ...out].some((c) => c.box && inside(n.box, c.box))) continue;
    const reach = REACH * n.box.height;
    const gap = (w: OcrWord) => Math.hypot(w.box.x + w.box.width / 2 - (n.box.x + n.box.width / 2), w.box.y + w.box.height / 2 - (n.box.y + n.box.height / 2));
    for (const w of lettered.filter((x) => gap(x) <= reach).sort((a, b) => gap(a) - gap(b)).slice(0, MAX_WORDS)) {
      const b = { x: w.box.x / scale, y: w.box.y / scale, width: w.box.width / scale, height: w.box.height / scale };
      if (b.height < 6) continue;
      const bright = emblemAround(img, b);
      const found = bright ?? emblemAround(img, b, isDullSilver);
      if (!found) continue;
      const box = { x: found.box.x * scale, y: found.box.y * scale, width: found.box.width * scale, height: found.box.height * scale };
      if (!inside(n.box, box)) continue;
      out.push({ kind: 'badge:emblem', box, confidence: 0.45, detail: `fill ${found.fill.toFixed(2)}, round "${w.text}" and the number${bright ? '' : ', dull silver'}` });
      break;
    }
  }
  return out;
}

/**
 * The metal object round a number: the metal pixels connected (4-neighbours) to those just round the number box
 * (from a third to one and a half of its height away), grown no further than REACH heights from it. Undefined when
 * there is too little metal there, when the object runs into the frame along more than MAX_FRAME_TOUCH of its longer
 * side (it may go on past it; `cut` when it touches it less) or past REACH (a door, a wall: no object standing alone),
 * when it is not solid metal between its edges, or when its shape is not a badge's.
 */
export function emblemAround(img: Raster, n: Box, isMetal: (r: number, g: number, b: number) => boolean = isBadgeMetal): { box: Box; fill: number; cut: boolean } | undefined {
  const h = n.height;
  const cx = n.x + n.width / 2;
  const cy = n.y + n.height / 2;
  // The window the object may take (REACH heights round the number), clamped to the frame; visited pixels in it.
  const wx0 = Math.max(0, Math.floor(n.x - REACH * h));
  const wy0 = Math.max(0, Math.floor(n.y - REACH * h));
  const wx1 = Math.min(img.width, Math.ceil(n.x + n.width + REACH * h));
  const wy1 = Math.min(img.height, Math.ceil(n.y + n.height + REACH * h));
  const ww = wx1 - wx0;
  const wh = wy1 - wy0;
  if (ww <= 0 || wh <= 0) return undefined;
  // Typed arrays, no closure or array per pixel: a number on a white car door or a grey wall grows over a window a
  // third of the raster wide, read once per number and per word beside it (the vision stage's largest cost at 12 MP).
  const seen = new Uint8Array(ww * wh);
  // Each pixel is pushed once at most (marked seen when pushed); the stack grows as the object does.
  let stack = new Int32Array(Math.min(ww * wh, 4096));
  let sp = 0;
  const push = (i: number) => {
    if (sp === stack.length) {
      const grown = new Int32Array(Math.min(ww * wh, 2 * stack.length));
      grown.set(stack);
      stack = grown;
    }
    stack[sp++] = i;
  };
  const data = img.data;
  const stride = img.width;
  const metal = (x: number, y: number) => {
    const p = (y * stride + x) * 3;
    return isMetal(data[p], data[p + 1], data[p + 2]);
  };
  // Seeds: metal in the ring round the number box.
  let seeds = 0;
  let ringN = 0;
  for (let y = Math.max(wy0, Math.floor(n.y - 1.5 * h)); y < Math.min(wy1, Math.ceil(n.y + n.height + 1.5 * h)); y++) {
    for (let x = Math.max(wx0, Math.floor(n.x - 1.5 * h)); x < Math.min(wx1, Math.ceil(n.x + n.width + 1.5 * h)); x++) {
      const d = Math.max(n.x - x, x - (n.x + n.width), n.y - y, y - (n.y + n.height));
      if (d < h / 3) continue;
      ringN++;
      if (!metal(x, y)) continue;
      seeds++;
      const i = (y - wy0) * ww + (x - wx0);
      seen[i] = 1;
      push(i);
    }
  }
  if (seeds < MIN_SEED_METAL * ringN) return undefined;
  // Each row's leftmost and rightmost pixel of the object (window rows; -1: none).
  const rowMin = new Int32Array(wh).fill(-1);
  const rowMax = new Int32Array(wh).fill(-1);
  let pixels = 0;
  // Pixels of the object on the frame's edge: counted, not grown from. The object's longer side is at most the
  // window's, so once more of them than MAX_FRAME_TOUCH of that are counted it runs into the frame: stop there.
  let framed = 0;
  const maxFramed = MAX_FRAME_TOUCH * Math.max(ww, wh);
  const lastX = img.width - 1;
  const lastY = img.height - 1;
  // Leaving the window inside the frame (a door, a wall): no object standing alone.
  const edgeL = wx0 > 0;
  const edgeT = wy0 > 0;
  const edgeR = wx1 < img.width;
  const edgeB = wy1 < img.height;
  while (sp > 0) {
    const i = stack[--sp];
    const lx = i % ww;
    const ly = (i - lx) / ww;
    const x = wx0 + lx;
    const y = wy0 + ly;
    if ((lx === 0 && edgeL) || (ly === 0 && edgeT) || (lx === ww - 1 && edgeR) || (ly === wh - 1 && edgeB)) return undefined;
    pixels++;
    if (rowMin[ly] < 0 || x < rowMin[ly]) rowMin[ly] = x;
    if (x > rowMax[ly]) rowMax[ly] = x;
    if (x === 0 || y === 0 || x === lastX || y === lastY) {
      if (++framed > maxFramed) return undefined;
      continue;
    }
    // The four neighbours lie inside the window here (a pixel on its edge inside the frame returned above).
    if (!seen[i - 1]) {
      seen[i - 1] = 1;
      if (metal(x - 1, y)) push(i - 1);
    }
    if (!seen[i + 1]) {
      seen[i + 1] = 1;
      if (metal(x + 1, y)) push(i + 1);
    }
    if (!seen[i - ww]) {
      seen[i - ww] = 1;
      if (metal(x, y - 1)) push(i - ww);
    }
    if (!seen[i + ww]) {
      seen[i + ww] = 1;
      if (metal(x, y + 1)) push(i + ww);
    }
  }
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -Infinity;
  let spans = 0;
  for (let ly = 0; ly < wh; ly++) {
    if (rowMin[ly] < 0) continue;
    if (top < 0) top = wy0 + ly;
    bottom = wy0 + ly + 1;
    if (rowMin[ly] < left) left = rowMin[ly];
    if (rowMax[ly] + 1 > right) right = rowMax[ly] + 1;
    spans += rowMax[ly] - rowMin[ly] + 1;
  }
  if (top < 0) return undefined;
  // Into the frame along a side (it may go on past it): no object standing alone.
  if (framed > MAX_FRAME_TOUCH * Math.max(right - left, bottom - top)) return undefined;
  const fill = spans / ((right - left) * (bottom - top));
  const aspect = (right - left) / (bottom - top);
  if (fill > MAX_FILL || aspect < ASPECT[0] || aspect > ASPECT[1]) return undefined;
  // Solid metal between its edges (the print on it aside), not a ragged web of specks of a wall's colour.
  if (pixels < MIN_SOLID * spans) return undefined;
  // The number lies inside the object, and the object is more than a frame round it.
  if (cx < left || cx > right || cy < top || cy > bottom || bottom - top < 2.5 * h) return undefined;
  return { box: { x: left, y: top, width: right - left, height: bottom - top }, fill, cut: framed > 0 };
}
