/**
 * The image pipeline's single entry point: bytes -> ImageAnalysisInput (decode, metadata, OCR, faces, picture cues)
 * -> Hit[] from the image detectors, plus the text detectors over the OCR text (source 'ocr', offsets into the OCR
 * text and the words' pixel box) and over the metadata's prose fields (source 'metadata', the tag, offsets into the
 * tag's value). Policy mapping, severity, masking and fingerprints happen after, as for text.
 *
 * One ImageScreener per run: it owns the OCR worker pool and the enrolled roster faces, reuses them across images,
 * and must be closed.
 */
import { detailPlan, focusPeople, focusRegions, FullPixels, readDetail, type DetailPlan } from '../inputs/detail.js';
import { FAINT_PERSON, FaceModels, facesCamera, type DetectedFace, type DetectedObject } from '../inputs/faces.js';
import { damagedJpeg, decodeImage, MAX_PIXELS, OCR_MIN_SIDE, ocrImage, openImage, toVisionRaster, type DecodedImage } from '../inputs/image.js';
import { heifSequenceFrames, sniffFormat, type ImageFormat } from '../inputs/image-format.js';
import { readMetadata } from '../inputs/metadata.js';
import { applyTable, exposureGain, gainTable } from '../inputs/exposure.js';
import { boxForSpan, mapLines, mergeOcrPasses, OcrPool, overlapRatio, scaleBox, type OcrLine } from '../inputs/ocr.js';
import { SceneText } from '../inputs/scene-text.js';
import { emblemCues } from '../inputs/emblem.js';
import { MAX_PAGES, pageCount, pageImage } from '../inputs/pages.js';
import { readAlongBand } from '../inputs/tape-band.js';
import { closerLookPerson, closerLooks, closeUpCues, lyingGroundCues, markersAsTaken, type CloserLook, objectCues, shapeCues, suitCues, tooSmallForDetail, uniformCues, vehicleCues, whiteGain, yellowCues, type Raster } from '../inputs/vision.js';
import { detectFields, detectText, patternOf, preparedFor, renderMessage, skipped, type Hit, type ImageDetectOptions } from './engine.js';
import { sameBox, tagCover } from './boxes.js';
import { InputError } from './errors.js';
import { isSerialField, type Box, type FaceHit, type ImageAnalysisInput, type ImageMatch, type OcrResult, type OcrWord, type Profile, type VisionCue } from './types.js';

export interface ImageScreenerOptions {
  /** Read text in the picture (tesseract.js). */
  ocr: boolean;
  /** Detect faces and objects (people, vehicles) with the bundled TensorFlow.js models. */
  faces: boolean;
  /** OCR workers; defaults to the cores available. */
  workers?: number;
  /** Refuse images over this many pixels (default 100 MP). */
  maxPixels?: number;
  /** OCR worker start-up timeout in ms (default 15 s). */
  ocrStartupTimeoutMs?: number;
  /** Directory with eng.traineddata.gz (default: the @tesseract.js-data/eng package). */
  ocrLangPath?: string;
  /** OCR engines: scene text (PP-OCRv4, photographs) and tesseract (pages, screenshots); default both. */
  ocrEngines?: OcrEngine[];
  /** Per-image OCR time limit in ms (default OCR_TIME_LIMIT_MS): no pass starts after it; the image gets a note. */
  ocrTimeLimitMs?: number;
  /** Tesseract on the whole picture: 'pages' (default: when the scene reader found PAGE_WORDS words or is off) or 'always'. */
  tesseract?: 'pages' | 'always';
  /** Pages or frames of a multi-page picture screened at most (default MAX_PAGES); the note names the rest. */
  maxPages?: number;
}

/** The hits of one page of a picture (1 is the first, and the only page of most pictures). */
export interface PageHits {
  page: number;
  hits: Hit[];
}

/** Words the scene reader must find before tesseract also reads the picture as a page. */
export const PAGE_WORDS = 12;

export type OcrEngine = 'scene' | 'tesseract';
export const OCR_ENGINES: readonly OcrEngine[] = ['scene', 'tesseract'];
/**
 * Long side the scene reader sees a picture at a second time when yellow with big print fills much of it
 * (`yellow:print`, a close-up of tape): at 960 px letters a third of the frame tall come back in pieces ("L" for
 * LINE DO NOT CR); at 480 px they are read whole. About 0.1-0.3 s, on those pictures only.
 */
const COARSE_SIDE = 480;
/** Default per-image OCR time limit: generous for a 12 MP photo on a busy machine, a stop for pathological ones. */
export const OCR_TIME_LIMIT_MS = 5000;

/** What `screen` reports besides hits: notes for the image (an OCR time limit hit). */
export interface ScreenExtras {
  notes?: string[];
}

/**
 * The note on a picture of several pages or frames: how many were screened, which were not, and what the copy keeps.
 * An HEIC or AVIF holding several images (a burst, a collection) has its copy written as one JPEG of the first.
 */
export function pagesNote(pages: number, screened: number, format?: ImageFormat): string {
  const heif = format === 'heic' || format === 'avif';
  const page = heif ? 'image' : 'page';
  const rest = screened < pages ? `, ${screened + 1 === pages ? `${page} ${pages}` : `${page}s ${screened + 1}-${pages}`} not (--max-pages ${screened})` : '';
  const which = screened === pages ? 'each' : screened === 1 ? 'the first' : `${page}s 1-${screened}`;
  const named = screened > 1 ? ` (a finding on a later ${page} names it, #page-2)` : '';
  const copy = heif ? 'writes the first as a JPEG and leaves the others out' : `cleans and keeps ${screened === pages ? 'each' : 'those'}`;
  const what = heif ? `images in one ${format === 'heic' ? 'HEIC' : 'AVIF'} (a burst or a collection)` : 'pages or frames';
  return `${pages} ${what}: ${which} screened${named}${rest}; \`clearpost sanitize\` ${copy}`;
}

/** The note on an HEIF/AVIF image sequence (frames in a track, an animated AVIF): its still images only are read. */
export function sequenceNote(frames: number): string {
  return `an image sequence of ${frames} frames (an animation or a burst stored as a track): its still image is screened, the sequence's frames are not; \`clearpost sanitize\` copies the still image only`;
}

/** Per-image timings in ms, for the bench and `--debug`. */
export interface ImageTimings {
  decode: number;
  metadata: number;
  ocr: number;
  /** Of `ocr`: the scene-text engine and tesseract (they run one after the other). */
  ocrScene: number;
  ocrTesseract: number;
  /** Of `ocrScene`: the close-up crops of vehicles and people (the full-size decode included), and how many were read. */
  ocrDetail: number;
  detailRegions: number;
  faces: number;
  /** Of `faces`: people too small in the frame read close up (keypoints and worn cues), and how many. */
  closeUp: number;
  closeUpPeople: number;
  vision: number;
  detect: number;
}

/** People whose body keypoints are read, at most (the largest), and the least share of the picture's height they fill. */
const POSED_PEOPLE = 4;
const POSED_MIN_HEIGHT = 0.2;

/** The people worth reading keypoints for: sure enough, tall enough in the frame, the largest few. */
function posedPeople(objects: DetectedObject[], height: number): DetectedObject[] {
  return objects
    .filter((o) => o.label === 'person' && o.confidence >= 0.3 && o.box.height >= Math.max(48, POSED_MIN_HEIGHT * height))
    .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)
    .slice(0, POSED_PEOPLE);
}

/**
 * People the posed pass leaves out (too small in the frame, or past the largest few) read close up, at most
 * CLOSE_PEOPLE of them (the largest): each cut from the full-size photo with room for a cap above the head and
 * enlarged until the person is CLOSE_HEIGHT px tall (at most CLOSE_MAX_UP times the photo's own pixels), so an officer
 * a tenth of the frame tall in a street, a parade or a riot line gets keypoints and the cues read on a body (a vest's
 * check, a cap's band or badge, a badge or patches on a dark shirt). Someone under CLOSE_MIN_HEIGHT full-size pixels
 * tall shows nothing worth reading. Each costs a keypoint inference (about 60 ms): a crowd pays for its four largest
 * (with the four posed, eight people in all); the detail pass's tiles still read the lettering of up to eight.
 */
const CLOSE_PEOPLE = 4;
const CLOSE_HEIGHT = 384;
const CLOSE_MAX_UP = 4;
const CLOSE_MIN_HEIGHT = 64;

/** A person's close-up: the crop of the full-size photo (with room above for a cap) and its enlargement. */
export function closeUpCrop(box: Box, img: { width: number; height: number; scale: number }): Box & { k: number } {
  const s = img.scale;
  const x0 = Math.max(0, Math.floor((box.x - 0.15 * box.width) * s));
  const y0 = Math.max(0, Math.floor((box.y - 0.12 * box.height) * s));
  const x1 = Math.min(img.width, Math.ceil((box.x + 1.15 * box.width) * s));
  const y1 = Math.min(img.height, Math.ceil((box.y + 1.05 * box.height) * s));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0, k: Math.min(CLOSE_MAX_UP, CLOSE_HEIGHT / (box.height * s)) };
}

/**
 * The people read close up: sure enough, not posed already or posed with their shoulders too close together on the
 * working raster for a badge or patches (someone a fifth to a third of the frame tall seen from behind, whose chest no
 * face places), CLOSE_MIN_HEIGHT full-size pixels tall or more, the largest few.
 */
function closePeople(objects: DetectedObject[], posed: DetectedObject[], scale: number): DetectedObject[] {
  return objects
    .filter((o) => o.label === 'person' && o.confidence >= 0.3 && (!posed.includes(o) || tooSmallForDetail(o.pose)) && o.box.height * scale >= CLOSE_MIN_HEIGHT)
    .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)
    .slice(0, CLOSE_PEOPLE);
}

/** Labels of the object detector's vehicles (their boxes veto a check or lettering read on a car behind someone). */
const VEHICLE_LABELS = new Set(['car', 'truck', 'bus', 'motorcycle']);

/** FaceRes similarity from which a face is taken to be an enrolled member. */
const FACE_MATCH_THRESHOLD = 0.6;

export class ImageScreener {
  private readonly opts: ImageScreenerOptions;
  private pool: OcrPool | undefined;
  private scene: Promise<SceneText | undefined> | undefined;
  private models: FaceModels | undefined;
  /** Enrolled descriptors per photo path (a member may have several photos). */
  private readonly enrolled = new Map<string, Promise<number[] | undefined>>();
  /** Why enrolment failed for a photo, reported once per run. */
  readonly warnings: string[] = [];
  /** Timings of the last screened image. */
  lastTimings: ImageTimings | undefined;

  constructor(opts: ImageScreenerOptions) {
    this.opts = opts;
  }

  /**
   * Screen one image. Throws InputError (src/core/errors.ts) with a one-line cause when the file cannot be decoded;
   * throws OcrError / a model-loading Error when the machine cannot run OCR or the face models.
   */
  async screen(path: string, buffer: Buffer, options: ImageDetectOptions & ScreenExtras): Promise<Hit[]> {
    const analysis = await this.analyse(path, buffer, options.profile, options.notes);
    return this.detect(analysis, options);
  }

  /**
   * Screen every page or frame of a picture, up to `maxPages` (a multi-page TIFF, an animated GIF: user test 27,
   * U3-15), each as a picture of its own named `<path>#page-<n>`; a one-page picture is `screen`. A page that cannot be
   * read is named in `errors`; the pages screened and not are said in `notes` (pagesNote).
   */
  async screenPages(path: string, buffer: Buffer, options: ImageDetectOptions & ScreenExtras & { errors?: string[] }): Promise<{ pages: PageHits[]; total: number }> {
    const out: PageHits[] = [{ page: 1, hits: await this.screen(path, buffer, options) }];
    const pages = await pageCount(buffer);
    const format = sniffFormat(buffer);
    // an HEIF/AVIF sequence's frames (a track; the decoder gives the still images as pages, when it gives them at
    // all it is as pages): counted as not screened, and said
    const sequence = pages <= 1 && (format === 'heic' || format === 'avif') ? (heifSequenceFrames(buffer) ?? 0) : 0;
    if (sequence) options.notes?.push(sequenceNote(sequence));
    if (pages <= 1) return { pages: out, total: 1 + sequence };
    const screened = Math.min(pages, Math.max(1, this.opts.maxPages ?? MAX_PAGES));
    for (let page = 2; page <= screened; page++) {
      let bytes: Buffer;
      try {
        bytes = await pageImage(path, buffer, page - 1, this.opts.maxPixels ?? MAX_PIXELS);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        options.errors?.push(err.reason);
        continue;
      }
      const notes: string[] = [];
      out.push({ page, hits: await this.screen(`${path}#page-${page}`, bytes, { ...options, notes }) });
      options.notes?.push(...notes.map((n) => `page ${page}: ${n}`));
    }
    options.notes?.push(pagesNote(pages, screened, format));
    return { pages: out, total: pages + sequence };
  }

  /** Decode and analyse an image into what the image detectors read; `notes` collects what the reader should know. */
  async analyse(path: string, buffer: Buffer, profile: Profile, notes?: string[]): Promise<ImageAnalysisInput> {
    const t: ImageTimings = { decode: 0, metadata: 0, ocr: 0, ocrScene: 0, ocrTesseract: 0, ocrDetail: 0, detailRegions: 0, faces: 0, closeUp: 0, closeUpPeople: 0, vision: 0, detect: 0 };
    let t0 = performance.now();
    const img = await decodeImage(path, buffer, this.opts.maxPixels ? { maxPixels: this.opts.maxPixels } : {});
    // a JPEG with damaged data decodes (grey where it breaks): screened, with a note (user test 25, P2-7)
    const damaged = img.format === 'jpeg' ? await damagedJpeg(buffer) : undefined;
    if (damaged) notes?.push(damaged);
    // An underexposed photo is brightened for every reading of it, the full-size crops included (inputs/exposure.ts).
    const gain = exposureGain(img.rgb);
    const exposure = gain > 1 ? gainTable(gain) : undefined;
    // The picture as taken, for one reading only: lit evidence cards the gain clips to white (markersAsTaken).
    const asTaken = exposure ? Buffer.from(img.rgb) : undefined;
    if (exposure) applyTable(img.rgb, exposure);
    t.decode = performance.now() - t0;

    const metaP = (async () => {
      const s = performance.now();
      const m = await readMetadata(buffer, img.format, img);
      t.metadata = performance.now() - s;
      return m;
    })();

    t0 = performance.now();
    const small = await toVisionRaster(img);
    const toFull = img.width / small.width;
    // Evidence markers too small to read at the vision raster are read again on the working raster.
    let yellow = yellowCues(small, { data: img.rgb, width: img.workWidth, height: img.workHeight });
    if (asTaken) yellow = markersAsTaken(yellow, yellowCues(await toVisionRaster({ ...img, rgb: asTaken }), { data: asTaken, width: img.workWidth, height: img.workHeight }));
    const cues: VisionCue[] = yellow.map((c) => scaleCue(c, toFull));
    t.vision = performance.now() - t0;

    // The models, then OCR: run side by side they fight for the same cores (TF.js blocks the main thread the OCR
    // workers report to) and both slow down more than running one after the other. The models go first so that the
    // scene reader can look closer at the vehicles and people they found.
    t0 = performance.now();
    const models = this.opts.faces ? await this.runModels(img, profile) : undefined;
    t.faces = performance.now() - t0;
    // The full-size photo is decoded once for every close look: people too small in the frame and the detail OCR.
    const pixels = new FullPixels(img, () => openImage(path, buffer, img.format, this.opts.maxPixels ?? MAX_PIXELS), exposure);
    const objects = models?.objects ?? [];
    // A HEIC photo bigger than the working raster is not decoded twice (the WASM decoder is slow).
    const fullOk = img.format !== 'heic' || img.scale === 1;
    const plan = this.opts.ocr && fullOk && (this.opts.ocrEngines ?? OCR_ENGINES).includes('scene') ? detailPlan(img, focusRegions(objects, img.workHeight), focusPeople(objects)) : undefined;
    if (plan) pixels.need([...plan.regions, ...plan.tiles]);
    if (models && fullOk) {
      t0 = performance.now();
      cues.push(...(await this.closeUp(img, models, pixels, t)));
      t.closeUp = performance.now() - t0;
      t.faces += t.closeUp;
    }
    const ocr = this.opts.ocr ? await this.runOcr(img, cues, t, notes, plan, pixels) : undefined;
    if (ocr) {
      // Numbers read on a badge or a shield: the metal object round them.
      t0 = performance.now();
      cues.push(...emblemCues({ data: img.rgb, width: img.workWidth, height: img.workHeight }, ocr.words, img.scale));
      t.vision += performance.now() - t0;
    }
    let faces: FaceHit[] | undefined;
    if (models) {
      t0 = performance.now();
      const { faces: found, objects } = models;
      faces = await this.matchRoster(found, profile);
      const scaled = objects.map((o) => ({ ...o, box: scaleBox(o.box, img.scale) }));
      cues.push(...objectCues(scaled));
      // People the detector is unsure of (FAINT_PERSON to its threshold): image/uniform reads only police lettering on them.
      cues.push(...models.faint.filter((o) => o.label === 'person').map((o) => ({ kind: 'person:faint', box: scaleBox(o.box, img.scale), confidence: o.confidence })));
      t.faces += performance.now() - t0;
      // Markings are small (a light bar is a few pixels high at 640 px): read them on the working raster.
      t0 = performance.now();
      const work: Raster = { data: img.rgb, width: img.workWidth, height: img.workHeight };
      cues.push(...vehicleCues(work, objects).map((c) => scaleCue(c, img.scale)));
      // What someone lying down lies on (read only where the detector found someone lying, even faintly, or a closer
      // look at something wide and low found them).
      const closer = await this.closerLooks(work, objects, models.faint, t);
      cues.push(...lyingGroundCues(work, objects, models.faint, closer).map((c) => scaleCue(c, img.scale)));
      const helmets = cues.filter((c) => c.kind === 'head:helmet' && c.box).map((c) => scaleBox(c.box!, 1 / img.scale));
      cues.push(...uniformCues(work, objects, found.map((f) => scaleBox(f.box, 1 / img.scale)), helmets).map((c) => scaleCue(c, img.scale)));
      // A white hooded suit on someone the detector is unsure of (a crouching examiner): the suit reading is strict.
      cues.push(...suitCues(work, models.faint, FAINT_PERSON).map((c) => scaleCue(c, img.scale)));
      // Tents and sheets are read where a yellow or striped cue was found; with people in the picture, read them anyway.
      if (objects.some((o) => o.label === 'person' && o.confidence >= 0.4) && !cues.some((c) => c.kind === 'tent:forensic' || c.kind === 'body:covered')) {
        cues.push(...shapeCues(small).map((c) => scaleCue(c, toFull)));
      }
      t.vision += performance.now() - t0;
    }
    const meta = await metaP;
    for (const line of meta.unread ?? []) notes?.push(line);
    this.lastTimings = t;
    return {
      path,
      width: img.width,
      height: img.height,
      format: img.format,
      orientation: img.orientation,
      ...(img.frames ? { frames: img.frames } : {}),
      tags: meta.tags,
      meta: meta.facts,
      ...(ocr ? { ocr } : {}),
      ...(faces ? { faces } : {}),
      cues,
    };
  }

  /** Run the image detectors and the text detectors (over OCR text and metadata prose) on an analysed image. */
  detect(image: ImageAnalysisInput, options: ImageDetectOptions): Hit[] {
    const s = performance.now();
    const hits: Hit[] = [];
    const skip = options.skip;
    for (const detector of options.imageDetectors) {
      if (skip && skipped(detector, skip)) continue;
      const ctx = { context: options.context, profile: options.profile, prepared: preparedFor(detector, options.profile) };
      for (const m of detector.detectImage(image, ctx)) {
        const ruleId = m.ruleId ?? detector.id;
        if (ruleId !== detector.id && !detector.emits?.includes(ruleId)) {
          throw new Error(`detector ${detector.id} emitted undeclared rule ${ruleId}`);
        }
        if (skip?.has(ruleId)) continue;
        hits.push({
          ...toHit(ruleId, m, renderMessage(detector, m)),
          ...patternOf(detector, m),
          ...(ruleId !== detector.id ? { detector: detector.id } : {}),
          ...(m.source === 'vision' && detector.describedCues?.includes(m.pattern) ? { described: true as const } : {}),
        });
      }
    }
    if (image.ocr?.text) {
      for (const h of detectText({ text: image.ocr.text, source: 'ocr' }, options)) {
        const box = boxForSpan(image.ocr, h.start, h.end);
        hits.push({ ...h, ...(box ? { box } : {}) });
      }
    }
    // Prose fields, and the names in the photographer and owner fields (an undercover member's name in "Artist" is as
    // much a leak as in a caption; serial numbers are no text).
    const names = (image.meta?.identity ?? []).filter((i) => !isSerialField(i.tag)).map((i) => ({ tag: i.tag, text: i.value }));
    hits.push(...detectFields([...(image.meta?.texts ?? []), ...names], options));
    if (this.lastTimings) this.lastTimings.detect = performance.now() - s;
    return dedupe(hits).map((h) => withTagCover(h, image.ocr?.words ?? []));
  }

  /** Terminate the OCR workers. The face models stay loaded for the process (TensorFlow.js keeps one backend). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }

  private ocrPool(): OcrPool {
    this.pool ??= new OcrPool({
      ...(this.opts.workers ? { workers: this.opts.workers } : {}),
      ...(this.opts.ocrLangPath ? { langPath: this.opts.ocrLangPath } : {}),
      ...(this.opts.ocrStartupTimeoutMs ? { startupTimeoutMs: this.opts.ocrStartupTimeoutMs } : {}),
    });
    return this.pool;
  }

  /** The scene-text reader; when its runtime or models cannot load, tesseract reads alone and a warning says so. */
  private sceneText(): Promise<SceneText | undefined> {
    this.scene ??= SceneText.load().catch((err: unknown) => {
      this.warnings.push(`${err instanceof Error ? err.message : String(err)}; text in pictures is read by tesseract alone`);
      return undefined;
    });
    return this.scene;
  }

  /**
   * Read the picture's text: the scene-text engine first (words on cars, tape, patches, at any angle), then
   * tesseract's page passes, whose words count where the scene reader found nothing at that place. The `focus` regions
   * (vehicles, people) are read again from the photo's own pixels, enlarged, where that shows them bigger than the
   * whole-picture passes did. No pass starts
   * after the time limit; a note then says the text may be incomplete.
   */
  private async runOcr(
    img: DecodedImage,
    cues: VisionCue[],
    t: ImageTimings,
    notes?: string[],
    plan?: DetailPlan,
    pixels?: FullPixels,
  ): Promise<OcrResult> {
    const s = performance.now();
    const limit = this.opts.ocrTimeLimitMs ?? OCR_TIME_LIMIT_MS;
    const deadline = s + limit;
    const engines = this.opts.ocrEngines ?? OCR_ENGINES;
    const passes: OcrLine[][] = [];
    const passEngines: string[] = [];
    let timedOut = false;
    if (engines.includes('scene')) {
      const scene = await this.sceneText();
      const raster = { data: img.rgb, width: img.workWidth, height: img.workHeight };
      const read = scene ? await scene.read(raster, { deadline }) : undefined;
      if (read) {
        passes.push(mapLines(read.lines, (b) => scaleBox(b, img.scale)));
        passEngines.push('scene');
        timedOut = read.timedOut;
        if (scene && plan && pixels && !timedOut) {
          // Lettering on a vehicle or a vest, read closer: a different reading of a word already read is kept beside
          // it ('scene-detail'), the same reading is dropped.
          const sd = performance.now();
          const detail = await readDetail(scene, plan, pixels, deadline);
          t.ocrDetail = performance.now() - sd;
          t.detailRegions = detail.read;
          passes.push(...detail.passes);
          passEngines.push(...detail.passes.map(() => 'scene-detail'));
          timedOut = detail.timedOut;
        }
        if (scene && !timedOut && cues.some((c) => c.kind === 'yellow:print')) {
          // Yellow with big print filling the frame (tape seen close up): its letters read whole at a smaller size.
          const coarse = await scene.read(raster, { deadline, side: COARSE_SIDE });
          passes.push(mapLines(coarse.lines, (b) => scaleBox(b, img.scale)));
          passEngines.push('scene-coarse');
          timedOut = coarse.timedOut;
        }
      } else if (this.warnings.length) {
        notes?.push(this.warnings.find((w) => w.includes('tesseract alone')) ?? 'scene-text OCR unavailable');
      }
      t.ocrScene = performance.now() - s;
    }
    // Tesseract reads pages: it runs on the whole picture when the scene reader is off or found page-like text
    // (a screenshot, a flyer), or always with tesseract: 'always'; along tape bands in any case.
    const sceneWords = passes.reduce((n, p) => n + p.reduce((m, l) => m + l.words.length, 0), 0);
    const page = !passEngines.includes('scene') || this.opts.tesseract === 'always' || sceneWords >= PAGE_WORDS;
    const bands = cues.some((c) => c.kind === 'tape');
    if (engines.includes('tesseract') && (page || bands)) {
      const s2 = performance.now();
      if (s2 < deadline) {
        for (const pass of await this.tesseractPasses(img, cues, page)) {
          passes.push(pass);
          passEngines.push('tesseract');
        }
      } else timedOut = true;
      t.ocrTesseract = performance.now() - s2;
    }
    if (timedOut) notes?.push(`OCR stopped at the ${limit >= 1000 ? `${(limit / 1000).toFixed(1)} s` : `${Math.round(limit)} ms`} time limit; text in the picture may be missed`);
    const result = mergeOcrPasses(passes, passEngines);
    t.ocr = performance.now() - s;
    return result;
  }

  /** Tesseract's passes: along tape bands, and (`page`) the whole picture as a page and as sparse text. */
  private async tesseractPasses(img: DecodedImage, cues: VisionCue[], page: boolean): Promise<OcrLine[][]> {
    const pool = this.ocrPool();
    const big = page ? await ocrImage(img, true) : undefined;
    // A small picture is read at its own size too: enlarging helps small print and hurts big print.
    const native = page && Math.max(img.workWidth, img.workHeight) < OCR_MIN_SIDE ? await ocrImage(img, false) : undefined;
    const pass = (image: { png: Buffer; scale: number }, psm: '3' | '11') =>
      pool.recognize(image.png, psm).then((lines) => mapLines(lines, (b) => scaleBox(b, image.scale)));
    // allSettled: a failing pass must not leave the others running on the pool after this image is reported.
    const settled = await Promise.allSettled([
      // Tape wording first: read along the band it is the most legible version of those words.
      ...cues.filter((c) => c.kind === 'tape').slice(0, 2).map((c) => readAlongBand(pool, img, c)),
      ...(native ? [pass(native, '3')] : []),
      ...(big ? [pass(big, '3'), pass(big, '11')] : []),
    ]);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((r) => (r as PromiseFulfilledResult<OcrLine[]>).value);
  }

  private faceModels(): FaceModels {
    this.models ??= new FaceModels();
    return this.models;
  }

  /**
   * The people too small for the posed pass, read close up from the full-size photo (closePeople): keypoints on the
   * enlarged crop, then the cues worn on a body (closeUpCues), boxes in full-size pixels.
   */
  private async closeUp(img: DecodedImage, models: { faces: DetectedFace[]; objects: DetectedObject[] }, pixels: FullPixels, t: ImageTimings): Promise<VisionCue[]> {
    const people = closePeople(models.objects, posedPeople(models.objects, img.workHeight), img.scale);
    if (!people.length) return [];
    const crops = people.map((o) => closeUpCrop(o.box, img));
    pixels.need(crops);
    const vehicles = models.objects.filter((o) => VEHICLE_LABELS.has(o.label));
    // The whole picture's white point levels every crop, as uniformCues levels the working raster (inputs/vision.ts).
    const white = whiteGain({ data: img.rgb, width: img.workWidth, height: img.workHeight });
    const out: VisionCue[] = [];
    for (const [i, o] of people.entries()) {
      const c = crops[i];
      // Working-raster pixels -> the crop's pixels, and back to the full-size photo's.
      const into = (b: Box): Box => ({ x: (b.x * img.scale - c.x) * c.k, y: (b.y * img.scale - c.y) * c.k, width: b.width * img.scale * c.k, height: b.height * img.scale * c.k });
      const back = (b: Box): Box => scaleBox({ x: c.x + b.x / c.k, y: c.y + b.y / c.k, width: b.width / c.k, height: b.height / c.k }, 1);
      const raster = await pixels.crop(c, c.k);
      const box = scaleBox(into(o.box), 1);
      const [pose] = await this.faceModels().poses(raster.data, raster.width, raster.height, [box]);
      const person = { ...o, box, ...(pose ? { pose } : {}) };
      const near = vehicles.map((v) => ({ ...v, box: scaleBox(into(v.box), 1) })).filter((v) => overlapRatio(v.box, { x: 0, y: 0, width: raster.width, height: raster.height }) > 0);
      const faces = models.faces.map((f) => scaleBox({ x: f.box.x - c.x, y: f.box.y - c.y, width: f.box.width, height: f.box.height }, c.k));
      out.push(...closeUpCues(raster, person, near, faces, white).map((cue) => ({ ...cue, ...(cue.box ? { box: back(cue.box) } : {}) })));
    }
    t.closeUpPeople = people.length;
    return out;
  }

  /**
   * Closer looks for someone lying down (inputs/vision.ts closerLooks): the object model again on the region round each
   * box worth one, and what it found there. Timed with the models.
   */
  private async closerLooks(work: Raster, objects: DetectedObject[], faint: DetectedObject[], t: ImageTimings): Promise<CloserLook[]> {
    const looks = closerLooks(objects, faint, work.width, work.height);
    if (!looks.length) return [];
    const s = performance.now();
    const out: CloserLook[] = [];
    for (const l of looks) {
      const c = closerLookPerson(l.first, await this.faceModels().objectsIn(work.data, work.width, l.region));
      if (c) out.push(c);
    }
    const ms = performance.now() - s;
    t.faces += ms;
    t.vision -= ms;
    return out;
  }

  private async runModels(img: DecodedImage, profile: Profile): Promise<{ faces: DetectedFace[]; objects: DetectedObject[]; faint: DetectedObject[] }> {
    const describe = profile.roster.some((m) => m.photos.length > 0);
    const models = this.faceModels();
    const r = await models.detect(img.rgb, img.workWidth, img.workHeight, { describe, objects: true });
    // No one found: one person filling the frame (a portrait, a crop of one officer) is often missed on the stretched
    // picture; look again letterboxed (one more inference at the model's size).
    if (!r.objects.some((o) => o.label === 'person')) r.objects.push(...(await models.peopleLetterboxed(img.rgb, img.workWidth, img.workHeight)));
    // Body keypoints for the people large enough to show uniform details: where their chest, shoulders and hips are.
    const posed = posedPeople(r.objects, img.workHeight);
    const poses = posed.length ? await models.poses(img.rgb, img.workWidth, img.workHeight, posed.map((o) => o.box)) : [];
    const objects = r.objects.map((o) => {
      const pose = poses[posed.indexOf(o)];
      return pose ? { ...o, pose } : o;
    });
    // A face the mesh did not confirm stands only where the keypoints, when read, show it turned to the camera.
    const faces = r.faces.filter((f) => facesCamera(f, objects));
    return { faces: faces.map((f) => ({ ...f, box: scaleBox(f.box, img.scale) })), objects, faint: r.faint ?? [] };
  }

  /** Descriptor of the largest face in an enrolled photo (cached per path). */
  private enrol(photo: string): Promise<number[] | undefined> {
    let p = this.enrolled.get(photo);
    if (!p) {
      p = (async () => {
        try {
          const { readFile } = await import('node:fs/promises');
          const img = await decodeImage(photo, await readFile(photo));
          const { faces } = await this.faceModels().detect(img.rgb, img.workWidth, img.workHeight, { describe: true });
          const best = faces.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0];
          if (!best?.embedding) this.warnings.push(`${photo}: no face found in the enrolled photo`);
          return best?.embedding;
        } catch (err) {
          this.warnings.push(`${photo}: cannot enrol (${err instanceof Error ? err.message : String(err)})`);
          return undefined;
        }
      })();
      this.enrolled.set(photo, p);
    }
    return p;
  }

  private async matchRoster(found: DetectedFace[], profile: Profile): Promise<FaceHit[]> {
    const members = profile.roster.filter((m) => m.photos.length > 0);
    const out: FaceHit[] = [];
    for (const f of found) {
      const hit: FaceHit = { box: f.box, confidence: f.confidence };
      if (f.embedding && members.length) {
        let best: { name: string; sim: number } | undefined;
        for (const m of members) {
          for (const photo of m.photos) {
            const e = await this.enrol(photo);
            if (!e) continue;
            const sim = await this.faceModels().similarity(f.embedding, e);
            if (!best || sim > best.sim) best = { name: m.name, sim };
          }
        }
        if (best && best.sim >= FACE_MATCH_THRESHOLD) {
          hit.match = best.name;
          hit.similarity = Math.round(best.sim * 100) / 100;
        }
      }
      out.push(hit);
    }
    return out;
  }
}

function toHit(ruleId: string, m: ImageMatch, message: string): Hit {
  const loc = m.location as { start?: number; end?: number; box?: Box; tag?: string };
  return {
    ruleId,
    source: m.source,
    ...(loc.start !== undefined && loc.end !== undefined ? { start: loc.start, end: loc.end } : {}),
    ...(loc.box ? { box: loc.box } : {}),
    ...(loc.tag ? { tag: loc.tag } : {}),
    confidence: Math.min(1, Math.max(0, m.confidence)),
    message,
    evidence: m.evidence,
    ...(m.severityCap ? { severityCap: m.severityCap } : {}),
    ...(m.severityFloor ? { severityFloor: m.severityFloor } : {}),
    ...(m.profileEntry ? { profileEntry: m.profileEntry } : {}),
  };
}


/**
 * A name or number read on a tag (a co-worker's or undercover member's name, a badge number) is hidden by covering the
 * tag's whole text block (the rank beside it, the agency line under it), in a report's picture as in a clean copy.
 */
function withTagCover(h: Hit, words: readonly OcrWord[]): Hit {
  const block = tagCover(h, words);
  if (!block || !h.box) return h;
  const { box, tag } = block;
  return tag && (box.width > h.box.width || box.height > h.box.height) ? { ...h, cover: box } : h;
}

/**
 * One hit per rule per place: OCR/metadata spans that overlap, OCR words at the same place (two engines' readings of
 * one word), or the same box; the most confident wins.
 */
function dedupe(hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    const i = out.findIndex(
      (o) =>
        o.ruleId === h.ruleId &&
        o.source === h.source &&
        o.tag === h.tag &&
        ((o.start !== undefined && h.start !== undefined && h.start < o.end! && o.start < h.end!) ||
          (o.source === 'ocr' && o.box !== undefined && h.box !== undefined && overlapRatio(o.box, h.box) > 0.5) ||
          (o.start === undefined && h.start === undefined && sameBox(o.box, h.box) && o.evidence === h.evidence)),
    );
    if (i < 0) out.push(h);
    else if (h.confidence > out[i].confidence) out[i] = h;
  }
  return out;
}


function scaleCue(c: VisionCue, s: number): VisionCue {
  return {
    ...c,
    ...(c.box ? { box: scaleBox(c.box, s) } : {}),
    ...(c.thickness !== undefined ? { thickness: Math.round(c.thickness * s) } : {}),
  };
}

