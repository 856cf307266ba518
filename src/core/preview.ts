/**
 * Pictures for the HTML report: each screened image auto-oriented, re-encoded without metadata, shrunk, and, unless
 * evidence is shown, with the words and faces behind findings painted over in the pixels (an outline drawn by the
 * page would be trivial to remove from a forwarded file). This module picks the boxes; src/inputs/redact.ts paints.
 */
import { imagesOf, type EmbeddedImage } from '../report/html.js';
import { InputError } from './errors.js';
import { redactImage, shrinkToJpeg, type Region } from '../inputs/redact.js';
import { PLACEHOLDERS, wholeWord } from './sanitize.js';
import type { ReadBytes } from './scan.js';
import type { Box, Finding, Report } from './types.js';

/** Long side of an embedded picture: sharp enough on a laptop, small enough to mail the report. */
export const PREVIEW_SIDE = 720;

/** Faces and tagged people: their box is the evidence. */
const PEOPLE_RULES: ReadonlySet<string> = new Set(['image/faces', 'image/people-tags', 'id/coworker', 'id/undercover']);

/** The police-markings readings that are a number (badge, unit or car number): covered like sanitize covers them. */
const NUMBER_MARKINGS: ReadonlySet<string> = new Set(['badge-number', 'unit-number', 'number-beside-marking']);

/**
 * The box to paint over: private words read in the picture (what sanitize replaces in text, widened to the whole
 * token; a name or number on a tag, its whole text block as sanitize covers it), numbers beside police markings, and
 * people; scene cues (the word POLICE, tape, a light bar) stay.
 */
export function coverBox(f: Finding): Box | undefined {
  const box = (f.location as { box?: Box }).box;
  if (!box || box.width <= 0 || box.height <= 0) return undefined;
  const number = f.ruleId === 'image/police-markings' && NUMBER_MARKINGS.has(f.data?.pattern ?? '');
  const cover = (f.location as { cover?: Box }).cover;
  if (f.source === 'ocr' && cover) return cover;
  if (f.source === 'ocr' && (PLACEHOLDERS[f.ruleId] || number)) return wholeWord(box);
  return f.source !== 'ocr' && PEOPLE_RULES.has(f.ruleId) ? box : undefined;
}

/** Embed every picture of the report; a picture that cannot be read is left out (the report already says why). */
export async function embedImages(
  report: Report,
  read: ReadBytes | ((path: string) => Promise<Buffer>),
  options: { showEvidence: boolean; maxSide?: number },
): Promise<Record<string, EmbeddedImage>> {
  const out: Record<string, EmbeddedImage> = {};
  for (const file of report.files) {
    const images = imagesOf(file);
    for (const path of images) {
      if (out[path]) continue;
      const findings = file.findings.filter((f) => (file.kind === 'image' ? !f.attachment : f.attachment === path));
      const regions: Region[] = options.showEvidence
        ? []
        : findings.flatMap((f) => {
            const box = coverBox(f);
            return box ? [{ box, reason: f.ruleId }] : [];
          });
      try {
        out[path] = await previewImage(path, await read(path), regions, options.maxSide ?? PREVIEW_SIDE);
      } catch (err) {
        if (!(err instanceof InputError) && !(err as { code?: string }).code) throw err;
      }
    }
  }
  return out;
}

/** One picture: covered, shrunk to `maxSide`, JPEG, as a data URI with the original's oriented size. */
export async function previewImage(path: string, bytes: Buffer, regions: readonly Region[], maxSide = PREVIEW_SIDE): Promise<EmbeddedImage> {
  const clean = await redactImage(path, bytes, regions, 'box');
  const { jpeg, width, height } = await shrinkToJpeg(clean, maxSide);
  return { src: `data:image/jpeg;base64,${jpeg.toString('base64')}`, width, height };
}
