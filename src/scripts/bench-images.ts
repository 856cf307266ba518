/**
 * Image screening benchmark: seconds per image, per-stage times (decode, metadata, OCR per engine and its close-up
 * crops, faces, vision, the detectors) and peak RSS for generated 1280 px and 4000 px (12 MP) photos, a noisy 12 MP
 * worst case, a 12 MP street with a police car and two people (the object detector finds them, so the scene reader's
 * close-up crops of vehicles and people are timed) and a 12 MP crowd of eight people small in the frame (their close-up
 * keypoints and cues, and the tiles of people the scene reader reads together), with and without OCR and faces. Each configuration runs in its own
 * child process so its peak memory is its own.
 *
 *   node dist/scripts/bench-images.js [--runs 3] [--workers 1] [--json] [--config +ocr+faces] [--photo street]
 *
 * `--config` and `--photo` (a part of the file name: 1280, 4000, noisy, street, crowd) narrow the run.
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
import { addGrain } from './seeded.js';

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
  return withGrain(svg, width, height, grain);
}

/** A car seen from the side, `s` times 600 px long, lettered `text` on its doors (body gradient, glass, wheels). */
function sideCar(x: number, y: number, s: number, text: string): string {
  return `<g transform="translate(${x},${y}) scale(${s})">
    <defs><linearGradient id="body" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#3a4a66"/><stop offset="0.55" stop-color="#1d2a44"/><stop offset="0.6" stop-color="#c9ccd0"/><stop offset="1" stop-color="#8d9298"/></linearGradient>
    <linearGradient id="glass" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#5d7187"/><stop offset="0.5" stop-color="#28323d"/><stop offset="1" stop-color="#111820"/></linearGradient>
    <radialGradient id="tyre"><stop offset="0.5" stop-color="#2a2a2a"/><stop offset="1" stop-color="#0a0a0a"/></radialGradient>
    <radialGradient id="rim"><stop offset="0" stop-color="#e0e4e8"/><stop offset="0.7" stop-color="#8a9098"/><stop offset="1" stop-color="#50555c"/></radialGradient></defs>
    <ellipse cx="310" cy="232" rx="320" ry="22" fill="#2b2b28" opacity="0.7"/>
    <path d="M20,160 L40,110 Q60,95 120,90 L190,40 Q210,25 260,25 L400,25 Q440,25 470,45 L530,90 Q590,95 600,120 L605,160 Q605,185 580,185 L40,185 Q15,185 20,160 Z" fill="url(#body)" stroke="#333" stroke-width="2"/>
    <path d="M205,45 Q215,35 260,35 L320,35 L320,90 L150,90 Z" fill="url(#glass)"/><path d="M330,35 L400,35 Q435,35 460,52 L505,90 L330,90 Z" fill="url(#glass)"/>
    <g stroke="#555" stroke-width="2"><line x1="325" y1="90" x2="325" y2="180"/><line x1="150" y1="92" x2="150" y2="178"/><line x1="505" y1="92" x2="505" y2="170"/></g>
    <rect x="270" y="104" width="30" height="7" rx="3" fill="#777"/><rect x="450" y="104" width="30" height="7" rx="3" fill="#777"/><path d="M505,70 L525,62 L530,80 L510,84 Z" fill="#222"/>
    <rect x="18" y="160" width="60" height="16" rx="6" fill="#2a2a2a"/><rect x="555" y="160" width="52" height="16" rx="6" fill="#2a2a2a"/>
    <rect x="570" y="112" width="32" height="15" rx="5" fill="#fff6d0" stroke="#999"/><rect x="20" y="114" width="24" height="16" rx="4" fill="#c01818"/>
    ${[140, 480].map((cx) => `<circle cx="${cx}" cy="185" r="48" fill="url(#tyre)"/><circle cx="${cx}" cy="185" r="27" fill="url(#rim)"/><circle cx="${cx}" cy="185" r="6" fill="#333"/><path d="M${cx - 52},185 A52,52 0 0 1 ${cx + 52},185" fill="none" stroke="#444" stroke-width="6"/>`).join('')}
    <text x="190" y="152" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="44" fill="#10245e">${text}</text>
  </g>`;
}

/** A standing person, `s` times 310 px tall: face, hair, shirt with arms, trousers, shoes; `worn` drawn over the shirt (same units). */
export function person(x: number, y: number, s: number, shirt: string, trousers: string, worn = ''): string {
  return `<g transform="translate(${x},${y}) scale(${s})">
    <ellipse cx="50" cy="30" rx="22" ry="27" fill="#d9a57e"/><circle cx="42" cy="28" r="2.5" fill="#222"/><circle cx="58" cy="28" r="2.5" fill="#222"/>
    <path d="M44,42 Q50,46 56,42" stroke="#8a4a3a" stroke-width="2" fill="none"/><path d="M50,30 L48,37 L52,37" stroke="#b07f5e" fill="none"/>
    <path d="M28,22 Q50,-5 72,22 Q60,10 28,22 Z" fill="#3b2a1a"/><rect x="44" y="55" width="12" height="10" fill="#d9a57e"/>
    <path d="M15,65 Q50,58 85,65 L90,165 L10,165 Z" fill="${shirt}"/><path d="M15,68 L0,160 L12,162 L28,80 Z" fill="${shirt}"/><path d="M85,68 L100,160 L88,162 L72,80 Z" fill="${shirt}"/>
    <circle cx="5" cy="165" r="8" fill="#d9a57e"/><circle cx="95" cy="165" r="8" fill="#d9a57e"/>
    <path d="M12,165 L88,165 L84,300 L56,300 L50,190 L44,300 L16,300 Z" fill="${trousers}"/>
    <ellipse cx="30" cy="304" rx="18" ry="7" fill="#111"/><ellipse cx="70" cy="304" rx="18" ry="7" fill="#111"/>${worn}
  </g>`;
}

/** Two rows of `n` square cells `c` units wide from (x, y) in a person's units, alternating colours `a` and `b` (a chequer). */
export function chequerBand(x: number, y: number, n: number, c: number, a: string, b: string): string {
  return [0, 1].flatMap((r) => [...Array(n).keys()].map((i) => `<rect x="${x + i * c}" y="${y + r * c}" width="${c}" height="${c}" fill="${(i + r) % 2 ? a : b}"/>`)).join('');
}

/** Lettering across a person's chest, in a person's units. */
export function chestWord(word: string, fill = '#f0f0f0', size = 15): string {
  return `<text x="50" y="100" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${size}" fill="${fill}">${word}</text>`;
}

/**
 * A street seen from further off: officers a tenth to a sixth of the frame tall (hi-vis jackets with a blue-and-silver
 * chequered band, a navy jacket with POLICE and one with POLITI across the chest) among look-alikes (a road worker in
 * plain hi-vis with silver bands, a security guard in black with SECURITY, a cyclist in a yellow jacket, a waiter in
 * black and white), with camera grain: everyone is too small for the posed pass, so the close-up crops and the detail
 * pass's tiles of people run (`police`: false draws only the look-alikes; `seed`: another draw of the grain).
 */
export async function makeCrowdPhoto(width: number, grain = 6, police = true, seed = 1): Promise<Buffer> {
  const height = Math.round((width * 3) / 4);
  const hiVis = '#d4f000';
  const officers = [
    person(120, 560, 0.5, hiVis, '#1c2433', chequerBand(15, 126, 14, 5, '#1f3a8f', '#dfe3e6')),
    person(330, 600, 0.45, '#1c2433', '#1c2433', chestWord('POLICE')),
    person(520, 590, 0.48, hiVis, '#1c2433', chequerBand(15, 100, 14, 5, '#16204a', '#f4f4f4')),
    person(700, 620, 0.42, '#1c2433', '#1c2433', chestWord('POLITI')),
  ];
  const lookAlikes = [
    person(860, 580, 0.5, '#e8f000', '#2a2a2a', '<rect x="15" y="120" width="70" height="8" fill="#dcdcdc"/><rect x="15" y="140" width="70" height="8" fill="#dcdcdc"/>'),
    person(1010, 600, 0.46, '#151515', '#151515', chestWord('SECURITY', '#f0f0f0', 12)),
    person(1150, 570, 0.44, '#e0e800', '#30343a'),
    person(1220, 610, 0.4, '#141414', '#141414', '<path d="M40,65 L60,65 L55,120 L45,120 Z" fill="#f2f2f2"/>'),
  ];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><g transform="scale(${width / 1280})">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fb3d9"/><stop offset="1" stop-color="#d9d2c0"/></linearGradient></defs>
    <rect width="1280" height="960" fill="url(#sky)"/><rect y="600" width="1280" height="360" fill="#6b6b63"/>
    <rect y="180" width="520" height="420" fill="#a08c70"/><rect x="520" y="260" width="360" height="340" fill="#8c7a66"/><rect x="880" y="220" width="400" height="380" fill="#b5a48a"/>
    ${police ? officers.join('') : ''}${lookAlikes.join('')}
  </g></svg>`;
  return withGrain(svg, width, height, grain, seed);
}

/**
 * A street: buildings, a police car seen from the side with POLICE on its doors, an officer in navy with POLICE on
 * the chest and a passer-by, with camera grain. The object detector finds the car and both people in it (at 4000 px:
 * car 0.36-0.39, people 0.33-0.52), so a screen of it runs the close-up crops of vehicles and people.
 */
export async function makeStreetPhoto(width: number, grain = 6): Promise<Buffer> {
  const height = Math.round((width * 3) / 4);
  const windows = Array.from({ length: 12 }, (_, i) => `<rect x="${30 + (i % 6) * 190}" y="${115 + Math.floor(i / 6) * 110}" width="70" height="80" fill="#4b5866"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><g transform="scale(${width / 1280})">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fb3d9"/><stop offset="1" stop-color="#d9d2c0"/></linearGradient></defs>
    <rect width="1280" height="960" fill="url(#sky)"/><rect y="528" width="1280" height="432" fill="#6b6b63"/>
    <rect y="115" width="420" height="413" fill="#a08c70"/><rect x="420" y="240" width="380" height="288" fill="#8c7a66"/><rect x="800" y="173" width="480" height="355" fill="#b5a48a"/>${windows}
    ${sideCar(20, 380, 1.25, 'POLICE')}
    ${person(820, 300, 1.3, '#1c2433', '#1c2433')}<text x="842" y="420" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="26" fill="#f0f0f0">POLICE</text>
    ${person(1020, 330, 1.15, '#6a8fb3', '#44403a')}
  </g></svg>`;
  return withGrain(svg, width, height, grain);
}

/**
 * The SVG rendered and averaged with gaussian noise, so JPEG sizes and decode costs resemble a camera file. The noise
 * is drawn from a seeded generator (`seed`): the same call gives the same bytes on every run, so a test that screens
 * the picture asks the same question each time (sharp's own noise is seeded at random and made a grain of dots on a
 * small officer's check band flip the test's result from run to run).
 */
async function withGrain(svg: string, width: number, height: number, grain: number, seed = 1): Promise<Buffer> {
  const base = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
  addGrain(base, grain, seed);
  return sharp(base, { raw: { width, height, channels: 3 } }).jpeg({ quality: 88 }).toBuffer();
}

interface Result {
  config: string;
  size: string;
  secondsPerImage: number;
  /** CPU seconds (user + system, all threads) per image: on a busy machine the wall time is not the pipeline's own. */
  cpuPerImage: number;
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
    const c0 = process.cpuUsage();
    for (let i = 0; i < runs; i++) await screener.screen(file, buffer, options);
    const seconds = (performance.now() - t0) / 1000 / runs;
    const cpu = process.cpuUsage(c0);
    return {
      config: config.name,
      size: file.includes('4000-noisy') ? '4000 noisy' : file.includes('4000-street') ? '4000 street' : file.includes('4000-crowd') ? '4000 crowd' : file.includes('4000') ? '4000x3000' : '1280x960',
      secondsPerImage: Math.round(seconds * 1000) / 1000,
      cpuPerImage: Math.round((cpu.user + cpu.system) / 1000 / runs) / 1000,
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
    // 12 MP with a police car and two people: the object detector's finds are read again close up.
    const street = join(dir, 'bench-4000-street.jpg');
    await sharp(await makeStreetPhoto(4000)).toFile(street);
    files.push(street);
    // 12 MP with eight people a tenth to a sixth of the frame tall: each read close up (keypoints, worn cues) and in tiles.
    const crowd = join(dir, 'bench-4000-crowd.jpg');
    await sharp(await makeCrowdPhoto(4000)).toFile(crowd);
    files.push(crowd);
    const results: Result[] = [];
    const onlyConfig = arg('--config', '');
    const onlyPhoto = arg('--photo', '');
    for (const config of CONFIGS.filter((c) => !onlyConfig || c.name === onlyConfig)) {
      for (const f of files.filter((p) => !onlyPhoto || p.includes(onlyPhoto))) {
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
    process.stdout.write('config            size        s/image  cpu s  peak RSS   decode  meta   ocr (scene tess) crops (n) faces (close n) vision detect\n');
    for (const r of results) {
      const t = r.timings;
      const ms = (n: number | undefined) => String(Math.round(n ?? 0)).padStart(5);
      process.stdout.write(
        `${r.config.padEnd(18)}${r.size.padEnd(12)}${r.secondsPerImage.toFixed(3).padStart(7)} ${r.cpuPerImage.toFixed(2).padStart(6)} ${String(r.peakRssMB).padStart(5)} MB ` +
          `${ms(t?.decode)} ${ms(t?.metadata)} ${ms(t?.ocr)} (${ms(t?.ocrScene)}${ms(t?.ocrTesseract)}) ${ms(t?.ocrDetail)} (${t?.detailRegions ?? 0}) ${ms(t?.faces)} (${ms(t?.closeUp)} ${t?.closeUpPeople ?? 0}) ${ms(t?.vision)} ${ms(t?.detect)}\n`,
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
