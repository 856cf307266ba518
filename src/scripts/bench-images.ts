/**
 * Image screening benchmark: seconds per image, per-stage times (decode, metadata, OCR per engine, faces, vision, the
 * detectors) and peak RSS for generated 1280 px and 4000 px (12 MP) photos and a noisy 12 MP worst case, with and
 * without OCR and faces. Each configuration runs in its own child process so its peak memory is its own.
 *
 *   node dist/scripts/bench-images.js [--runs 3] [--workers 1] [--json]
 *
 * Target (issue 7): a 12-megapixel photo fully screened in <= 1.5 s on 2 cores with one worker each; a folder scan's
 * peak memory < 1.5 GB (bench.js prints it for the 200-photo folder).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { emptyProfile } from '../core/config.js';
import { ImageScreener, type ImageTimings } from '../core/image-engine.js';
import { registry } from '../detectors/index.js';

interface Config {
  name: string;
  ocr: boolean;
  faces: boolean;
}
const CONFIGS: Config[] = [
  { name: 'metadata+vision', ocr: false, faces: false },
  { name: '+ocr', ocr: true, faces: false },
  { name: '+faces', ocr: false, faces: true },
  { name: '+ocr+faces', ocr: true, faces: true },
];

/** A photo-like JPEG: noisy gradient, shapes, a car door with POLICE and a number, a sign with small text. */
export async function makeBenchPhoto(width: number, grain = 18): Promise<Buffer> {
  const height = Math.round((width * 3) / 4);
  const u = width / 1280;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fb3d9"/><stop offset="1" stop-color="#d9d2c0"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <rect y="${height * 0.62}" width="100%" height="${height * 0.38}" fill="#6b6b63"/>
    <rect x="${120 * u}" y="${330 * u}" width="${620 * u}" height="${300 * u}" rx="${30 * u}" fill="#f4f4f4" stroke="#222" stroke-width="${4 * u}"/>
    <text x="${170 * u}" y="${470 * u}" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${86 * u}" fill="#10245e">POLICE</text>
    <text x="${260 * u}" y="${560 * u}" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${56 * u}" fill="#10245e">UNIT 2147</text>
    <circle cx="${230 * u}" cy="${650 * u}" r="${60 * u}" fill="#1b1b1b"/><circle cx="${640 * u}" cy="${650 * u}" r="${60 * u}" fill="#1b1b1b"/>
    <rect x="${860 * u}" y="${180 * u}" width="${340 * u}" height="${200 * u}" fill="#1f5f2f"/>
    <text x="${880 * u}" y="${260 * u}" font-family="DejaVu Sans, sans-serif" font-size="${40 * u}" fill="#fff">Main Street</text>
    <text x="${880 * u}" y="${330 * u}" font-family="DejaVu Sans, sans-serif" font-size="${40 * u}" fill="#fff">Exit 12</text>
  </svg>`;
  const noise = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: grain } },
  })
    .raw()
    .toBuffer();
  const base = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
  // Photo-like grain: average the render with noise so JPEG sizes and decode costs resemble a camera file.
  for (let i = 0; i < base.length; i++) base[i] = Math.max(0, Math.min(255, base[i] + ((noise[i] - 128) >> 1)));
  return sharp(base, { raw: { width, height, channels: 3 } }).jpeg({ quality: 88 }).toBuffer();
}

interface Result {
  config: string;
  size: string;
  secondsPerImage: number;
  peakRssMB: number;
  timings: ImageTimings | undefined;
}

async function child(file: string, config: Config, runs: number, workers: number): Promise<Result> {
  const buffer = readFileSync(file);
  const profile = emptyProfile();
  const screener = new ImageScreener({ ocr: config.ocr, faces: config.faces, workers });
  const options = { context: 'personal' as const, profile, detectors: registry.text, imageDetectors: registry.image };
  try {
    // Warm-up: loads workers and models once, as a folder scan would.
    await screener.screen(file, buffer, options);
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) await screener.screen(file, buffer, options);
    const seconds = (performance.now() - t0) / 1000 / runs;
    return {
      config: config.name,
      size: file.includes('4000-noisy') ? '4000 noisy' : file.includes('4000') ? '4000x3000' : '1280x960',
      secondsPerImage: Math.round(seconds * 1000) / 1000,
      // maxRSS counts the worker threads too (same process).
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      timings: screener.lastTimings,
    };
  } finally {
    await screener.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string, def: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : def;
  };
  const runs = Number(arg('--runs', '3'));
  const workers = Number(arg('--workers', '1'));
  if (argv[0] === '--child') {
    const config = CONFIGS.find((c) => c.name === argv[2])!;
    const result = await child(argv[1], config, runs, workers);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'clearpost-bench-'));
  try {
    const files: string[] = [];
    // A 1280 px and a 12 MP photo with light camera grain, and the worst case: 12 MP with heavy noise (every
    // speck a candidate for the text detector and tesseract).
    for (const [w, grain, name] of [[1280, 6, '1280'], [4000, 6, '4000'], [4000, 18, '4000-noisy']] as const) {
      const f = join(dir, `bench-${name}.jpg`);
      await sharp(await makeBenchPhoto(w, grain)).toFile(f);
      files.push(f);
    }
    const results: Result[] = [];
    for (const config of CONFIGS) {
      for (const f of files) {
        const out = execFileSync(
          process.execPath,
          [fileURLToPath(import.meta.url), '--child', f, config.name, '--runs', String(runs), '--workers', String(workers)],
          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
        );
        results.push(JSON.parse(out.trim().split('\n').pop()!) as Result);
      }
    }
    if (argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      return;
    }
    process.stdout.write(`image screening, ${runs} runs after warm-up, ${workers} OCR worker(s)\n`);
    process.stdout.write('config            size        s/image  peak RSS   decode  meta   ocr (scene tess) faces vision detect\n');
    for (const r of results) {
      const t = r.timings;
      const ms = (n: number | undefined) => String(Math.round(n ?? 0)).padStart(5);
      process.stdout.write(
        `${r.config.padEnd(18)}${r.size.padEnd(12)}${r.secondsPerImage.toFixed(3).padStart(7)}  ${String(r.peakRssMB).padStart(5)} MB ` +
          `${ms(t?.decode)} ${ms(t?.metadata)} ${ms(t?.ocr)} (${ms(t?.ocrScene)}${ms(t?.ocrTesseract)}) ${ms(t?.faces)} ${ms(t?.vision)} ${ms(t?.detect)}\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
