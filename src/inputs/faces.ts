/**
 * Faces (and, on request, everyday objects) with @vladmandic/human on the TensorFlow.js WASM backend. Every model
 * ships inside the npm package (`@vladmandic/human/models`) and the WASM binaries inside @tensorflow/tfjs-backend-wasm:
 * they are read from node_modules through a `file://` load router, so nothing is fetched.
 *
 * Models: BlazeFace (face boxes, 256 px input), FaceRes (1024-d descriptors, only when the roster enrols photos) and
 * CenterNet (COCO objects: person, car, truck..., used by the vision cues). Loaded once per process, lazily.
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
  /** FaceRes descriptor, when descriptors were asked for. */
  embedding?: number[];
}
export interface DetectedObject {
  label: string;
  box: Box;
  confidence: number;
}

export interface FaceModelOptions {
  /** Minimum BlazeFace score kept (below ~0.5 BlazeFace reports textures as faces). */
  minFaceConfidence?: number;
  minObjectConfidence?: number;
}

/* The slice of Human's API used here (its bundled typings pull in DOM types). */
interface HumanLike {
  load(): Promise<void>;
  detect(input: unknown, config?: Record<string, unknown>): Promise<{
    face: { box: [number, number, number, number]; score: number; boxScore?: number; embedding?: number[] }[];
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
      mesh: { enabled: false },
      iris: { enabled: false },
      attention: { enabled: false },
      description: { enabled: true, skipFrames: 0, skipTime: 0 },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      gear: { enabled: false },
    },
    body: { enabled: false },
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

/** Face and object detection over RGB rasters. One set of models per process, loaded on first use. */
export class FaceModels {
  private readonly minFace: number;
  private readonly minObject: number;

  constructor(options: FaceModelOptions = {}) {
    this.minFace = options.minFaceConfidence ?? 0.5;
    this.minObject = options.minObjectConfidence ?? 0.3;
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
  ): Promise<{ faces: DetectedFace[]; objects: DetectedObject[] }> {
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
  ): Promise<{ faces: DetectedFace[]; objects: DetectedObject[] }> {
    const human = await this.human();
    const tf = human.tf;
    const pixels = new Uint8Array(rgb.buffer, rgb.byteOffset, width * height * 3);
    const t3 = tf.tensor3d(pixels, [height, width, 3], 'int32');
    const t4 = tf.expandDims(t3, 0);
    try {
      const result = await human.detect(t4, {
        face: { detector: { minConfidence: this.minFace }, description: { enabled: Boolean(opts.describe) } },
        object: { enabled: Boolean(opts.objects), minConfidence: this.minObject },
      });
      if (result.error) throw new Error(result.error);
      const faces = result.face
        .filter((f) => (f.boxScore ?? f.score) >= this.minFace)
        .map((f) => ({
          box: clampBox(f.box, width, height),
          confidence: round2(f.boxScore ?? f.score),
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

  /** Similarity of two FaceRes descriptors, 0..1; above ~0.55 is likely the same person. */
  async similarity(a: number[], b: number[]): Promise<number> {
    const human = await this.human();
    return human.match.similarity(a, b);
  }
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
