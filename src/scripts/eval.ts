/**
 * `npm run eval`: the text section (eval-text.ts: held-out sets first, then real text, then the tuned and training
 * sets, each for pure regex and with the learned layer; real tweets and presidio PII when ../shared is present); then the image section
 * (eval-images.ts): wild photos (held-out and tuned halves), the real photos and our image fixtures.
 *
 *   npm run eval -- [--set file.jsonl ...] [--profile profile.yaml] [--verbose] [--no-external] [--no-model]
 *                   [--heldout heldout-a heldout-b] [--no-tuned] [--no-images]
 *                   [--heads candidate.json] [--embedding-cache] [--real official self-affiliation davidson hatexplain]
 *   npm run eval -- --images-only [--image-set wild real fixtures] [--half odd|even|all] [--rule image/police-markings]
 *                   [--file real-03 ...] [--no-faces] [--no-ocr] [--workers 2] [--augment [downscale crop80 ...]]
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { OCR_ENGINES, type OcrEngine } from '../core/image-engine.js';
import { evalImages } from './eval-images.js';
import { VARIANT_NAMES } from './image-variants.js';
import { REAL_PARTS, textSection } from './eval-text.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');

interface EvalFlags {
  set?: string[];
  profile?: string;
  verbose?: boolean;
  external: boolean;
  model: boolean;
  heldout?: string[];
  tuned: boolean;
  heads?: string;
  embeddingCache?: boolean;
  real?: string[];
  images: boolean;
  imagesOnly?: boolean;
  imageSet?: string[];
  half: string;
  rule?: string[];
  file?: string[];
  faces: boolean;
  ocr: boolean;
  workers?: string;
  ocrEngines?: string;
  ocrTimeLimit?: string;
  tesseract?: string;
  augment?: boolean | string[];
}

async function main(): Promise<void> {
  const program = new Command('eval')
    .option('--set <file...>', 'labelled cases (dev.jsonl format)')
    .option('--profile <file>', 'agency profile for the labelled cases')
    .option('--verbose', 'list every wrong case')
    .option('--no-external', 'skip the real-text, real-tweet and presidio measurements')
    .option('--no-model', 'text: pure-regex mode only (no learned layer)')
    .option('--heldout <name...>', 'text: only these held-out sets (e.g. heldout-a heldout-b while developing)')
    .option('--no-tuned', 'text: skip the tuned and training sets (and real tweets, presidio)')
    .option('--heads <file>', 'text: score these heads instead of src/model/heads.json (a candidate from npm run train -- --out)')
    .option('--embedding-cache', "text: embed through npm run train's cache (.cache/clearpost-train): re-evaluating new heads embeds nothing")
    .option('--real <part...>', `text: only these real-text parts: ${REAL_PARTS.join(', ')} (default all)`)
    .option('--no-images', 'skip the image section')
    .option('--images-only', 'only the image section')
    .option('--image-set <name...>', 'image sets: wild, real, fixtures (default all)')
    .option('--half <half>', 'wild photos: odd (tuning half), even (held out) or all', 'all')
    .option('--rule <id...>', 'score only these rules (image section)')
    .option('--file <part...>', 'only images whose file name contains one of these')
    .option('--no-faces', 'images: skip the face and object models (faster; their rules then count as missed)')
    .option('--no-ocr', 'images: skip OCR')
    .option('--workers <n>', 'images: OCR workers')
    .option('--ocr-time-limit <seconds>', 'images: per-image OCR time limit (default 60)')
    .option('--tesseract <when>', 'images: tesseract on whole pictures: pages (page-like ones, the default) or always')
    .option('--ocr-engines <list>', 'images: OCR engines, comma-separated: scene, tesseract (default both)')
    .option('--augment [variant...]', `images: also screen wild and real/ photos as social-media variants made in memory (${VARIANT_NAMES.join(', ')}; default all)`)
    .parse();
  const opts = program.opts<EvalFlags>();
  if (!['odd', 'even', 'all'].includes(opts.half)) throw new Error(`--half takes odd, even or all, not "${opts.half}"`);
  for (const part of opts.real ?? []) if (!(REAL_PARTS as readonly string[]).includes(part)) throw new Error(`--real takes ${REAL_PARTS.join(', ')}, not "${part}"`);
  if (!opts.imagesOnly) await textSection(root, shared, opts);
  if (opts.images || opts.imagesOnly) {
    await evalImages(root, shared, {
      ...(opts.imageSet ? { sets: opts.imageSet } : {}),
      ...(opts.rule ? { rules: opts.rule } : {}),
      ...(opts.file ? { files: opts.file } : {}),
      half: opts.half as 'odd' | 'even' | 'all',
      faces: opts.faces,
      ocr: opts.ocr,
      ...(opts.workers ? { workers: Number(opts.workers) } : {}),
      ...(opts.ocrEngines ? { ocrEngines: parseEngines(opts.ocrEngines) } : {}),
      ...(opts.ocrTimeLimit ? { ocrTimeLimitMs: Number(opts.ocrTimeLimit) * 1000 } : {}),
      ...(opts.tesseract === 'always' || opts.tesseract === 'pages' ? { tesseract: opts.tesseract } : {}),
      verbose: !!opts.verbose,
      ...(opts.augment ? { augment: opts.augment } : {}),
    });
  }
}

function parseEngines(list: string): OcrEngine[] {
  const engines = list.split(',').map((e) => e.trim());
  for (const e of engines) if (!(OCR_ENGINES as readonly string[]).includes(e)) throw new Error(`--ocr-engines takes ${OCR_ENGINES.join(', ')}, not "${e}"`);
  return engines as OcrEngine[];
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
