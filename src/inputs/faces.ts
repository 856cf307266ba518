/**
 * Faces (and, on request, everyday objects) with @vladmandic/human on the TensorFlow.js WASM backend. Every model
 * ships inside the npm package (`@vladmandic/human/models`) and the WASM binaries inside @tensorflow/tfjs-backend-wasm:
 * they are read from node_modules through a `file://` load router, so nothing is fetched.
 *
 * Models: BlazeFace (face boxes, 256 px input), FaceMesh (468 landmarks and a face score: is this box a human face at
 * all), FaceRes (1024-d descriptors, only when the roster enrols photos) and CenterNet (COCO objects: person, car,
 * truck..., used by the vision cues and to veto faces on animals, food and vehicles). Loaded once per process, lazily.
 *
 * BlazeFace alone calls a cat's face, a pizza, a gavel or a car's grille a face at 0.6-0.85; the mesh scores those
 * ~0 and real faces ~1. BlazeFace squeezes its input to a 256 px square, so wide pictures (panoramas, 5:1 strips) are
 * also read as overlapping square tiles.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Box } from '../core/types.js';

const require = createRequire(import.meta.url);

export interface DetectedFace {
  /** In the pixels of the raster passed in. */
  box: Box;
  confidence: number;
  /** FaceMesh score 0..1: how much the box holds a human face's landmarks (~1 for faces, ~0 for textures). */
  landmarks?: number;
  /** FaceRes descriptor, when descriptors were asked for. */
  embedding?: number[];
  /** Kept without the mesh's landmarks (keepHumanFaces): the head's keypoints must then face the camera (facesCamera). */
  unconfirmed?: boolean;
}
export interface DetectedObject {
  label: string;
  box: Box;
  confidence: number;
  /** A person's body keypoints, when they were read (see FaceModels.poses). */
  pose?: Keypoints;
}

export interface FaceModelOptions {
  /** Minimum BlazeFace score kept (below ~0.5 BlazeFace reports textures as faces). */
  minFaceConfidence?: number;
  minObjectConfidence?: number;
  /** Vehicles are kept from this score (their markings are checked before anything is flagged). */
  minVehicleConfidence?: number;
}

/* The slice of Human's API used here (its bundled typings pull in DOM types). */
interface HumanLike {
  load(): Promise<void>;
  detect(input: unknown, config?: Record<string, unknown>): Promise<{
    face: { box: [number, number, number, number]; score: number; boxScore?: number; faceScore?: number; embedding?: number[] }[];
    body?: { score: number; keypoints: { part: string; score: number; position: [number, number] }[] }[];
    object: { label: string; score: number; box: [number, number, number, number] }[];
    error?: string | null;
  }>;
  match: { similarity(a: number[], b: number[]): number };
  tf: TfLike;
}
interface TfLike {
  tensor3d(values: Uint8Array, shape: [number, number, number], dtype: 'int32'): { dispose(): void };
  expandDims(t: unknown, axis: number): { dispose(): void };
  getBackend(): string;
}

let loading: Promise<HumanLike> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let routerInstalled = false;

/** `file://` URLs -> model JSON and weights read from disk (tfjs-core only knows http and browser storage). */
function installFileRouter(): void {
  if (routerInstalled) return;
  routerInstalled = true;
  const tf = require('@tensorflow/tfjs-core') as {
    io: { registerLoadRouter(fn: (url: string | string[]) => unknown): void };
  };
  tf.io.registerLoadRouter((url) => {
    if (typeof url !== 'string' || !url.startsWith('file://')) return null;
    const file = decodeURIComponent(url.slice('file://'.length));
    return {
      load: async () => {
        const json = JSON.parse(readFileSync(file, 'utf8')) as {
          modelTopology: unknown;
          format?: string;
          generatedBy?: string;
          convertedBy?: string;
          signature?: unknown;
          userDefinedMetadata?: unknown;
          weightsManifest: { paths: string[]; weights: unknown[] }[];
        };
        const specs: unknown[] = [];
        const parts: Buffer[] = [];
        for (const group of json.weightsManifest) {
          specs.push(...group.weights);
          for (const p of group.paths) parts.push(readFileSync(join(dirname(file), p)));
        }
        const weights = Buffer.concat(parts);
        return {
          modelTopology: json.modelTopology,
          format: json.format,
          generatedBy: json.generatedBy,
          convertedBy: json.convertedBy,
          signature: json.signature,
          userDefinedMetadata: json.userDefinedMetadata,
          weightSpecs: specs,
          weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.length),
        };
      },
    };
  });
}

/** Where the human package's files are (its `exports` map hides package.json, so resolve its main entry). */
function humanDir(): string {
  return dirname(dirname(require.resolve('@vladmandic/human')));
}

function baseConfig(minFace: number, minObject: number): Record<string, unknown> {
  const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  return {
    backend: 'wasm',
    wasmPath: `${wasmDir}/`,
    wasmPlatformFetch: false,
    modelBasePath: `file://${join(humanDir(), 'models')}/`,
    debug: false,
    async: true,
    warmup: 'none',
    cacheSensitivity: 0,
    filter: { enabled: false },
    face: {
      enabled: true,
      detector: { enabled: true, rotation: false, maxDetected: 50, minConfidence: minFace, iouThreshold: 0.3, return: false, skipFrames: 0, skipTime: 0 },
      // keepInvalid: boxes the mesh rejects come back with their faceScore, and keepHumanFaces decides.
      mesh: { enabled: true, keepInvalid: true },
      iris: { enabled: false },
      attention: { enabled: false },
      description: { enabled: true, skipFrames: 0, skipTime: 0 },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      gear: { enabled: false },
    },
    // MoveNet Lightning (single pose, 192 px), run only on person crops through poses().
    body: { enabled: false, modelPath: 'movenet-lightning.json', maxDetected: 1, minConfidence: 0.2, skipFrames: 0, skipTime: 0 },
    hand: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
    object: { enabled: true, minConfidence: minObject, maxDetected: 30, skipFrames: 0, skipTime: 0 },
  };
}

async function loadHuman(minFace: number, minObject: number): Promise<HumanLike> {
  installFileRouter();
  const mod = require(join(humanDir(), 'dist', 'human.node-wasm.js')) as {
    Human: new (config: Record<string, unknown>) => HumanLike;
  };
  const human = new mod.Human(baseConfig(minFace, minObject));
  await human.load();
  return human;
}

/**
 * People CenterNet is this unsure of (under the object threshold) are returned apart as `faint`: a crouching figure in a
 * white hooded suit scores 0.15-0.3, and only the suit reading, whose colour test is strict, looks at them. Other
 * things it is as unsure of come with them, so that a faint "person" is not read where it is surer of a boat.
 */
export const FAINT_PERSON = 0.15;

/** Face and object detection over RGB rasters. One set of models per process, loaded on first use. */
export class FaceModels {
  private readonly minFace: number;
  private readonly minObject: number;
  private readonly minVehicle: number;

  constructor(options: FaceModelOptions = {}) {
    this.minFace = options.minFaceConfidence ?? 0.5;
    this.minObject = options.minObjectConfidence ?? 0.3;
    this.minVehicle = Math.min(this.minObject, options.minVehicleConfidence ?? 0.2);
  }

  private human(): Promise<HumanLike> {
    loading ??= loadHuman(this.minFace, this.minObject).catch((err: unknown) => {
      loading = undefined;
      throw new Error(`face models failed to load: ${err instanceof Error ? err.message : String(err)}`);
    });
    return loading;
  }

  /**
   * Detect faces (with descriptors when `describe`) and, when `objects`, COCO objects in an RGB raster.
   * Boxes are in the raster's pixels.
   */
  async detect(
    rgb: Buffer,
    width: number,
    height: number,
    opts: { describe?: boolean; objects?: boolean } = {},
  ): Promise<{ faces: DetectedFace[]; objects: DetectedObject[]; faint?: DetectedObject[] }> {
    // Human keeps per-call state (its last result, timings): one detection at a time per process.
    const run = queue.then(() => this.detectNow(rgb, width, height, opts));
    queue = run.catch(() => undefined);
    return run;
  }

  private async detectNow(
    rgb: Buffer,
    width: number,
    height: number,
    opts: { describe?: boolean; objects?: boolean },
  ): Promise<{ faces: DetectedFace[]; objects: DetectedObject[]; faint?: DetectedObject[] }> {
    const human = await this.human();
    const whole = await this.runOnce(human, rgb, width, height, opts);
    let faces = whole.faces;
    const tiles = squareTiles(width, height);
    if (tiles.length) {
      for (const t of tiles) {
        const r = await this.runOnce(human, cropRgb(rgb, width, t), t.width, t.height, { describe: opts.describe, objects: false });
        faces.push(...r.faces.map((f) => ({ ...f, box: { ...f.box, x: f.box.x + t.x, y: f.box.y + t.y } })));
      }
      faces = suppressOverlaps(faces);
    }
    const objects = whole.objects.filter((o) => o.confidence >= (VEHICLES.has(o.label) ? this.minVehicle : this.minObject));
    const sure = objects.filter((o) => o.confidence >= this.minObject);
    const faint = whole.objects.filter((o) => o.confidence >= FAINT_PERSON && !objects.includes(o));
    return { faces: keepHumanFaces(faces, sure, { data: rgb, width, height }), objects, ...(faint.length ? { faint } : {}) };
  }

  /**
   * People looked for again on the raster letterboxed into a grey square a third wider than its longer side. The object
   * model stretches its input to a square and knows people by what surrounds them, so one person filling a tall or a
   * tight frame (an officer's portrait, a crop of one man in kit) is squeezed out of shape and often missed. The square
   * is made at the model's own input size (box-averaged), so the pass costs one inference whatever the photo's size.
   * Only people are kept (confidence `minObject` or more), boxes in the raster's pixels.
   */
  async peopleLetterboxed(rgb: Buffer, width: number, height: number): Promise<DetectedObject[]> {
    const run = queue.then(async () => {
      const human = await this.human();
      const { data, k, ox, oy } = letterbox(rgb, width, height, LETTERBOX_SIDE);
      const r = await this.runOnce(human, data, LETTERBOX_SIDE, LETTERBOX_SIDE, { objects: true, faces: false });
      return r.objects
        .filter((o) => o.label === 'person' && o.confidence >= this.minObject)
        .map((o) => {
          const x0 = Math.max(0, Math.round((o.box.x - ox) * k));
          const y0 = Math.max(0, Math.round((o.box.y - oy) * k));
          const x1 = Math.min(width, Math.round((o.box.x + o.box.width - ox) * k));
          const y1 = Math.min(height, Math.round((o.box.y + o.box.height - oy) * k));
          return { ...o, box: { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) } };
        });
    });
    queue = run.catch(() => undefined);
    return run;
  }

  private async runOnce(
    human: HumanLike,
    rgb: Buffer,
    width: number,
    height: number,
    opts: { describe?: boolean; objects?: boolean; faces?: boolean },
  ): Promise<{ faces: DetectedFace[]; objects: DetectedObject[] }> {
    const tf = human.tf;
    const pixels = new Uint8Array(rgb.buffer, rgb.byteOffset, width * height * 3);
    const t3 = tf.tensor3d(pixels, [height, width, 3], 'int32');
    const t4 = tf.expandDims(t3, 0);
    try {
      const result = await human.detect(t4, {
        face: { enabled: opts.faces !== false, detector: { minConfidence: this.minFace }, description: { enabled: Boolean(opts.describe) } },
        object: { enabled: Boolean(opts.objects), minConfidence: Math.min(this.minVehicle, FAINT_PERSON) },
        body: { enabled: false },
      });
      if (result.error) throw new Error(result.error);
      const faces = result.face
        .filter((f) => (f.boxScore ?? f.score) >= this.minFace)
        .map((f) => ({
          box: clampBox(f.box, width, height),
          confidence: round2(f.boxScore ?? f.score),
          ...(f.faceScore !== undefined ? { landmarks: round2(f.faceScore) } : {}),
          ...(opts.describe && f.embedding?.length ? { embedding: Array.from(f.embedding) } : {}),
        }));
      const objects = opts.objects
        ? result.object.map((o) => ({ label: o.label, confidence: round2(o.score), box: clampBox(o.box, width, height) }))
        : [];
      return { faces, objects };
    } finally {
      t4.dispose();
      t3.dispose();
    }
  }

  /**
   * Body keypoints (MoveNet Lightning) of each person box given, read on the box grown by a tenth each side: the model
   * reads one pose per crop. Keypoints scoring under MIN_KEYPOINT are left out; a crop with none gives undefined.
   * Boxes and points in the raster's pixels.
   */
  async poses(rgb: Buffer, width: number, height: number, boxes: Box[]): Promise<(Keypoints | undefined)[]> {
    const run = queue.then(async () => {
      const human = await this.human();
      const out: (Keypoints | undefined)[] = [];
      for (const b of boxes) out.push(await poseOnce(human, rgb, width, height, b));
      return out;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The object model run again on one region of the raster (a closer look: the region fills the model's input, so
   * what was a few pixels there is seen bigger). Every object it finds down to FAINT_PERSON, no faces; boxes in the
   * raster's pixels.
   */
  async objectsIn(rgb: Buffer, width: number, region: Box): Promise<DetectedObject[]> {
    const run = queue.then(async () => {
      const human = await this.human();
      const r = await this.runOnce(human, cropRgb(rgb, width, region), region.width, region.height, { objects: true, faces: false });
      return r.objects.filter((o) => o.confidence >= FAINT_PERSON).map((o) => ({ ...o, box: { ...o.box, x: o.box.x + region.x, y: o.box.y + region.y } }));
    });
    queue = run.catch(() => undefined);
    return run;
  }

  /** Similarity of two FaceRes descriptors, 0..1; above ~0.55 is likely the same person. */
  async similarity(a: number[], b: number[]): Promise<number> {
    const human = await this.human();
    return human.match.similarity(a, b);
  }
}

/** MoveNet's body parts (COCO keypoints) by name. */
export type BodyPart =
  | 'nose' | 'leftEye' | 'rightEye' | 'leftEar' | 'rightEar' | 'leftShoulder' | 'rightShoulder' | 'leftElbow' | 'rightElbow'
  | 'leftWrist' | 'rightWrist' | 'leftHip' | 'rightHip' | 'leftKnee' | 'rightKnee' | 'leftAnkle' | 'rightAnkle';
export type Keypoints = Partial<Record<BodyPart, { x: number; y: number; score: number }>>;

/** A keypoint scored under this is a guess (MoveNet places every part somewhere). */
const MIN_KEYPOINT = 0.3;

async function poseOnce(human: HumanLike, rgb: Buffer, width: number, height: number, b: Box): Promise<Keypoints | undefined> {
  const gx = Math.round(b.width * 0.1);
  const gy = Math.round(b.height * 0.1);
  const x0 = Math.max(0, b.x - gx);
  const y0 = Math.max(0, b.y - gy);
  const crop = { x: x0, y: y0, width: Math.min(width, b.x + b.width + gx) - x0, height: Math.min(height, b.y + b.height + gy) - y0 };
  if (crop.width < 16 || crop.height < 16) return undefined;
  const tf = human.tf;
  const part = cropRgb(rgb, width, crop);
  const t3 = tf.tensor3d(new Uint8Array(part.buffer, part.byteOffset, part.length), [crop.height, crop.width, 3], 'int32');
  const t4 = tf.expandDims(t3, 0);
  try {
    const result = await human.detect(t4, { face: { enabled: false }, object: { enabled: false }, body: { enabled: true } });
    if (result.error) throw new Error(result.error);
    const kp: Keypoints = {};
    for (const k of result.body?.[0]?.keypoints ?? []) {
      if (k.score >= MIN_KEYPOINT) kp[k.part as BodyPart] = { x: Math.round(k.position[0] + crop.x), y: Math.round(k.position[1] + crop.y), score: round2(k.score) };
    }
    return Object.keys(kp).length ? kp : undefined;
  } finally {
    t4.dispose();
    t3.dispose();
  }
}

/** A long side this many times the short one is read as square tiles too (BlazeFace squeezes to a square). */
const TILE_ASPECT = 1.6;

/**
 * Overlapping square tiles along the long side of a wide (or tall) raster, side = the short side, 30 % overlap, the
 * last one flush with the end. None for pictures closer to square than TILE_ASPECT.
 */
export function squareTiles(width: number, height: number): Box[] {
  const long = Math.max(width, height);
  const side = Math.min(width, height);
  if (long < TILE_ASPECT * side || side < 24) return [];
  const step = Math.max(1, Math.round(side * 0.7));
  const starts: number[] = [];
  for (let s = 0; s + side < long; s += step) starts.push(s);
  starts.push(long - side);
  return starts.map((s) => (width >= height ? { x: s, y: 0, width: side, height: side } : { x: 0, y: s, width: side, height: side }));
}

/** The object model's input side (CenterNet, 512 px): a letterboxed square is made at this size. */
const LETTERBOX_SIDE = 512;

/**
 * An RGB raster scaled into the middle of a grey `side` square with a margin (its longer side 1/1.3 of the square),
 * each output pixel the mean of the source block it covers. `k`: source pixels per output pixel; (`ox`, `oy`): where the
 * picture starts in the square.
 * e.g. 1040x520 into 512: k 2.64, the picture 394x197 at (59, 157)
 */
export function letterbox(rgb: Buffer, width: number, height: number, side: number): { data: Buffer; k: number; ox: number; oy: number } {
  const k = (1.3 * Math.max(width, height)) / side;
  const w = Math.min(side, Math.round(width / k));
  const h = Math.min(side, Math.round(height / k));
  const ox = (side - w) >> 1;
  const oy = (side - h) >> 1;
  const data = Buffer.alloc(side * side * 3, 128);
  for (let y = 0; y < h; y++) {
    const sy0 = Math.min(height - 1, Math.floor(y * k));
    const sy1 = Math.min(height, Math.max(sy0 + 1, Math.floor((y + 1) * k)));
    for (let x = 0; x < w; x++) {
      const sx0 = Math.min(width - 1, Math.floor(x * k));
      const sx1 = Math.min(width, Math.max(sx0 + 1, Math.floor((x + 1) * k)));
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = sy0; sy < sy1; sy++) {
        for (let sx = sx0; sx < sx1; sx++) {
          const p = (sy * width + sx) * 3;
          r += rgb[p];
          g += rgb[p + 1];
          b += rgb[p + 2];
        }
      }
      const n = (sy1 - sy0) * (sx1 - sx0);
      const q = ((y + oy) * side + x + ox) * 3;
      data[q] = Math.round(r / n);
      data[q + 1] = Math.round(g / n);
      data[q + 2] = Math.round(b / n);
    }
  }
  return { data, k, ox, oy };
}

function cropRgb(rgb: Buffer, width: number, box: Box): Buffer {
  const out = Buffer.alloc(box.width * box.height * 3);
  for (let y = 0; y < box.height; y++) {
    const from = ((box.y + y) * width + box.x) * 3;
    rgb.copy(out, y * box.width * 3, from, from + box.width * 3);
  }
  return out;
}

/** The same face found in two tiles (or a tile and the whole): keep the surest, drop boxes mostly inside it. */
export function suppressOverlaps(faces: DetectedFace[]): DetectedFace[] {
  const rank = (f: DetectedFace) => (f.landmarks ?? 0) + f.confidence;
  const kept: DetectedFace[] = [];
  for (const f of [...faces].sort((a, b) => rank(b) - rank(a))) {
    if (!kept.some((k) => overlap(f.box, k.box) >= 0.5)) kept.push(f);
  }
  return kept;
}

/** Intersection over the smaller box's area. */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.max(1, Math.min(a.width * a.height, b.width * b.height));
}

/** Mesh score from which a box holds a human face's landmarks (faces score ~1, pets, food, grilles ~0). */
export const MIN_LANDMARKS = 0.5;
/**
 * Without the landmarks (a face turned down, under a cap), BlazeFace must be this sure, inside a person, on skin, with
 * the lower face uncovered. A face in profile under a cap scores 0.71-0.73 as taken and 0.62-0.65 recompressed at
 * quality 40 or a stop darker; a balaclava's eye slit scores 0.55-0.7 (its lower face is black cloth).
 */
const MIN_BOX_UNCONFIRMED = 0.6;
/**
 * Share of the lower face (mouth and chin: 55-95 % down the box, its middle 40 % across) that is black (brightest
 * channel under 70) from which a face the mesh does not confirm is covered (a balaclava, a mask pulled up): an eye slit,
 * not a face to blur. Uncovered faces turned down measure 0-0.17 there, balaclavas 0.63-1.
 */
const COVERED_LOWER_FACE = 0.6;
/**
 * How far down a vehicle's box (share of its height) a face's centre may sit and still be a driver's or a passenger's
 * (behind the windscreen or a side window): lower down it is a wheel, a headlight or a grille, however face-like the
 * mesh finds it (a Charger's front wheel a stop darker: mesh 0.96, centre 0.82 down the car).
 */
const MAX_DRIVER_DOWN = 0.6;

/** COCO animals and food: a face inside one of their boxes (and not in a person's) is the animal's or a pizza. */
const NOT_HUMAN = new Set([
  'cat', 'dog', 'horse', 'sheep', 'cow', 'elephant', 'bear', 'zebra', 'giraffe', 'bird', 'teddy bear',
  'pizza', 'donut', 'cake', 'sandwich', 'hot dog', 'orange', 'apple', 'broccoli', 'banana', 'carrot',
]);
/** Vehicles: a car front is a face to BlazeFace, but a driver behind the windscreen is a face too (the mesh says). */
const VEHICLES = new Set(['car', 'truck', 'bus', 'train', 'motorcycle']);
/** Mesh score that lets a face inside a vehicle box (and no person box) stand. */
const MIN_LANDMARKS_IN_VEHICLE = 0.9;

/**
 * The faces that are human: the mesh finds a face's landmarks, or (a face turned away from the camera) BlazeFace is
 * sure, the box sits inside a detected person and shows skin, and the lower face is not black cloth (a balaclava). A
 * face inside an animal or food box and not in a person's is dropped either way; inside a vehicle's, unless the
 * landmarks are clear and it sits no lower than a driver's would (not a wheel or a grille). Confidence blends the box
 * and landmark scores.
 */
export function keepHumanFaces(faces: DetectedFace[], objects: DetectedObject[], img: { data: Buffer; width: number; height: number }): DetectedFace[] {
  const inside = (f: DetectedFace, o: DetectedObject) => containsCentre(o.box, f.box);
  const people = objects.filter((o) => o.label === 'person');
  const animals = objects.filter((o) => NOT_HUMAN.has(o.label));
  const vehicles = objects.filter((o) => VEHICLES.has(o.label));
  const grey = isGreyscale(img);
  const out: DetectedFace[] = [];
  for (const f of faces) {
    const inPerson = people.some((p) => inside(f, p));
    const lm = f.landmarks;
    if (!inPerson && animals.some((o) => inside(f, o))) continue;
    if (!inPerson && vehicles.some((o) => inside(f, o) && ((lm ?? 0) < MIN_LANDMARKS_IN_VEHICLE || below(f.box, o.box) > MAX_DRIVER_DOWN))) continue;
    // Print, dark glyphs on paper (a 0, an 8 or a 4 on a sign or a notice): no face, whatever the mesh says of it (it
    // scores a printed 0 at 0.98).
    if (printed(img, f.box)) continue;
    if (lm === undefined || lm >= MIN_LANDMARKS) {
      out.push({ ...f, confidence: round2(lm === undefined ? f.confidence : Math.min(0.98, (f.confidence + lm) / 2)) });
    } else if (f.confidence >= MIN_BOX_UNCONFIRMED && inPerson && (grey || skinShare(img, f.box) >= 0.1) && lowerFaceBlack(img, f.box) < COVERED_LOWER_FACE) {
      out.push({ ...f, confidence: round2(f.confidence * 0.8), unconfirmed: true });
    }
  }
  return out;
}

/** How far round a face box (a share of its side) the nose and eye keypoints may fall and still be that face's. */
const HEAD_POINT_REACH = 0.25;

/**
 * Whether a face kept without the mesh's landmarks (`unconfirmed`) is seen from the front, by the body keypoints of the
 * posed person round it: the nose and an eye (each scored MIN_KEYPOINT or more; MoveNet gives them for a face turned
 * down under a cap, at 0.46-0.5 for a farmer bent over a field) inside the box, grown by HEAD_POINT_REACH. Seen from
 * behind, the keypoints give ears and shoulders but no nose and eyes, and the back of a head with dark hair passes the
 * skin test: no face. With no posed person round it (someone too small for keypoints), nothing says either way: kept.
 * A face the mesh confirms is kept whatever the keypoints say.
 */
export function facesCamera(face: DetectedFace, objects: DetectedObject[]): boolean {
  if (!face.unconfirmed) return true;
  const posed = objects.find((o) => o.label === 'person' && o.pose && containsCentre(o.box, face.box));
  if (!posed?.pose) return true;
  const g = HEAD_POINT_REACH * Math.max(face.box.width, face.box.height);
  const near = (p: { x: number; y: number } | undefined) =>
    !!p && p.x >= face.box.x - g && p.x <= face.box.x + face.box.width + g && p.y >= face.box.y - g && p.y <= face.box.y + face.box.height + g;
  const { nose, leftEye, rightEye } = posed.pose;
  return near(nose) && (near(leftEye) || near(rightEye));
}

/**
 * Shares of a box that make it print rather than a face: paper (every channel 200 or more) and ink (every channel 60 or
 * less) each PRINT_EACH of it or more, together PRINT_BOTH. Glyphs BlazeFace takes for small faces (black print on
 * white, 15-36 px boxes on a 0, an 8 or a 4; the mesh may confirm them) measure paper 0.39-0.67, ink 0.25-0.49,
 * together 0.85-0.92; a face, lit or in shadow, has mid-tones (skin, hair): together about 0.1, and a face in the dark
 * or blown out has one extreme only.
 */
const PRINT_EACH = 0.15;
const PRINT_BOTH = 0.75;

/** Whether a box is print on paper: mostly paper white and ink black, with some of each (PRINT_EACH, PRINT_BOTH). */
export function printed(img: { data: Buffer; width: number; height: number }, box: Box): boolean {
  const all = { left: 0, right: 1, top: 0, bottom: 1 };
  const paper = shareInBox(img, box, all, (r, g, b) => Math.min(r, g, b) >= 200);
  const ink = shareInBox(img, box, all, (r, g, b) => Math.max(r, g, b) <= 60);
  return paper >= PRINT_EACH && ink >= PRINT_EACH && paper + ink >= PRINT_BOTH;
}

/** How far down `outer` the centre of `inner` lies, as a share of its height (0 at the top, 1 at the bottom). */
function below(inner: Box, outer: Box): number {
  return (inner.y + inner.height / 2 - outer.y) / Math.max(1, outer.height);
}

/**
 * Share of the pixels in part of a box (fractions of its width and height, clipped to the picture) that pass a test:
 * what lowerFaceBlack and skinShare measure.
 */
function shareInBox(
  img: { data: Buffer; width: number; height: number },
  box: Box,
  part: { left: number; right: number; top: number; bottom: number },
  test: (r: number, g: number, b: number) => boolean,
): number {
  const x0 = Math.max(0, Math.round(box.x + box.width * part.left));
  const x1 = Math.min(img.width, Math.round(box.x + box.width * part.right));
  const y0 = Math.max(0, Math.round(box.y + box.height * part.top));
  const y1 = Math.min(img.height, Math.round(box.y + box.height * part.bottom));
  let hits = 0;
  let all = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const p = (y * img.width + x) * 3;
      if (test(img.data[p], img.data[p + 1], img.data[p + 2])) hits++;
      all++;
    }
  }
  return all ? hits / all : 0;
}

/** Share of black pixels (brightest channel under 70) in a face box's lower face: 55-95 % down, the middle 40 % across. */
export function lowerFaceBlack(img: { data: Buffer; width: number; height: number }, box: Box): number {
  return shareInBox(img, box, { left: 0.3, right: 0.7, top: 0.55, bottom: 0.95 }, (r, g, b) => Math.max(r, g, b) < 70);
}

function containsCentre(outer: Box, inner: Box): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return cx >= outer.x && cx <= outer.x + outer.width && cy >= outer.y && cy <= outer.y + outer.height;
}

/** Skin's chroma (YCbCr: Cb 77-127, Cr 133-173); brown hair has it too, only darker. */
export function isSkinTone(r: number, g: number, b: number): boolean {
  const cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
  const cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
  return cb >= 77 && cb <= 127 && cr >= 133 && cr <= 173;
}

/** Share of skin-toned pixels (isSkinTone) in the middle 60 % of a box. */
export function skinShare(img: { data: Buffer; width: number; height: number }, box: Box): number {
  return shareInBox(img, box, { left: 0.2, right: 0.8, top: 0.2, bottom: 0.8 }, isSkinTone);
}

/** A black-and-white photo (no pixel far from grey, sampled): skin colour (and badge metal) says nothing there. */
export function isGreyscale(img: { data: Buffer; width: number; height: number }): boolean {
  const n = img.width * img.height;
  const step = Math.max(1, Math.floor(n / 4096));
  let coloured = 0;
  let seen = 0;
  for (let i = 0; i < n; i += step) {
    const p = i * 3;
    const d = Math.max(img.data[p], img.data[p + 1], img.data[p + 2]) - Math.min(img.data[p], img.data[p + 1], img.data[p + 2]);
    if (d > 24) coloured++;
    seen++;
  }
  return coloured / Math.max(1, seen) < 0.02;
}

function clampBox(b: [number, number, number, number], width: number, height: number): Box {
  const x = Math.max(0, Math.round(b[0]));
  const y = Math.max(0, Math.round(b[1]));
  return {
    x,
    y,
    width: Math.max(1, Math.min(width - x, Math.round(b[2]))),
    height: Math.max(1, Math.min(height - y, Math.round(b[3]))),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
