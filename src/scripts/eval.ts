/**
 * `npm run eval`: precision, recall and F1 per rule over labelled cases (dev.jsonl format), plus false alarms on
 * real tweets and span-level scores on the presidio PII set when ../shared is present; then the image section
 * (eval-images.ts): wild photos (held-out and tuned halves), the real photos and our image fixtures.
 *
 *   npm run eval -- [--set file.jsonl ...] [--profile profile.yaml] [--verbose] [--no-external]
 *   npm run eval -- --images-only [--image-set wild real fixtures] [--half odd|even|all] [--rule image/police-markings]
 *                   [--file real-03 ...] [--no-faces] [--no-ocr] [--workers 2]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { loadConfig } from '../core/config.js';
import { screenTextForEval } from '../core/screen.js';
import type { AccountContext, Profile } from '../core/types.js';
import { OCR_ENGINES, type OcrEngine } from '../core/image-engine.js';
import { evalImages, f1, readJsonl, type Tally } from './eval-images.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');

interface Case {
  id: string;
  context: AccountContext;
  text: string;
  expect: string[];
  optional?: string[];
}

function readCases(file: string): Case[] {
  return readJsonl<Case>(file);
}

const pct = (n: number) => (n * 100).toFixed(1).padStart(5);

function scoreCases(name: string, cases: Case[], profile: Profile, verbose: boolean): Tally {
  const perRule = new Map<string, Tally>();
  const tally = (rule: string) => {
    let t = perRule.get(rule);
    if (!t) perRule.set(rule, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  };
  const started = performance.now();
  for (const c of cases) {
    const got = new Set(screenTextForEval(c.text, c.context, profile).map((f) => f.ruleId));
    const expect = new Set(c.expect);
    const optional = new Set(c.optional ?? []);
    const wrong: string[] = [];
    for (const rule of expect) {
      if (got.has(rule)) tally(rule).tp++;
      else {
        tally(rule).fn++;
        wrong.push(`missed ${rule}`);
      }
    }
    for (const rule of got) {
      if (!expect.has(rule) && !optional.has(rule)) {
        tally(rule).fp++;
        wrong.push(`false ${rule}`);
      }
    }
    if (verbose && wrong.length) console.log(`  ${c.id} [${c.context}] ${wrong.join(', ')}\n      ${c.text}`);
  }
  const ms = performance.now() - started;
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  console.log(`\n${name}: ${cases.length} cases, ${(ms / Math.max(1, cases.length)).toFixed(2)} ms/case`);
  console.log(`  ${'rule'.padEnd(24)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}   tp  fp  fn`);
  for (const [rule, t] of [...perRule].sort(([a], [b]) => a.localeCompare(b))) {
    total.tp += t.tp;
    total.fp += t.fp;
    total.fn += t.fn;
    const s = f1(t);
    console.log(`  ${rule.padEnd(24)} ${pct(s.p)} ${pct(s.r)} ${pct(s.f)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`);
  }
  const s = f1(total);
  console.log(`  ${'overall (micro)'.padEnd(24)} ${pct(s.p)} ${pct(s.r)} ${pct(s.f)}  ${String(total.tp).padStart(3)} ${String(total.fp).padStart(3)} ${String(total.fn).padStart(3)}`);
  return total;
}

/** How often each rule fires on real tweets nobody wrote for us (all false alarms for the rare rules). */
function tweetAlarms(file: string, profile: Profile, verbose: boolean): void {
  const tweets = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });
  const counts = new Map<string, number>();
  const examples = new Map<string, string[]>();
  const started = performance.now();
  for (const t of tweets) {
    for (const rule of new Set(screenTextForEval(t.text, 'personal', profile).map((f) => f.ruleId))) {
      counts.set(rule, (counts.get(rule) ?? 0) + 1);
      const ex = examples.get(rule) ?? [];
      if (ex.length < 5) ex.push(t.text.replace(/\s+/g, ' ').slice(0, 140));
      examples.set(rule, ex);
    }
  }
  const ms = performance.now() - started;
  console.log(`\nreal tweets (${tweets.length}, personal context): posts flagged per rule, ${(ms / tweets.length).toFixed(2)} ms/post`);
  for (const [rule, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${rule.padEnd(24)} ${String(n).padStart(5)}  (${((100 * n) / tweets.length).toFixed(2)}%)`);
    if (verbose) for (const ex of examples.get(rule) ?? []) console.log(`      ${ex}`);
  }
}

/** Span-level scores for addresses, phones and e-mails on the presidio synthetic PII set (overlap counts as a hit). */
function presidio(file: string, profile: Profile, verbose: boolean): void {
  const samples = JSON.parse(readFileSync(file, 'utf8')) as {
    full_text: string;
    spans: { entity_type: string; start_position: number; end_position: number }[];
  }[];
  const map: Record<string, string> = { STREET_ADDRESS: 'pii/address', PHONE_NUMBER: 'pii/phone', EMAIL_ADDRESS: 'pii/email' };
  const tallies = new Map<string, Tally>(Object.values(map).map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  const started = performance.now();
  for (const s of samples) {
    const found = screenTextForEval(s.full_text, 'personal', profile).filter((f) => tallies.has(f.ruleId));
    for (const rule of tallies.keys()) {
      const gold = s.spans.filter((sp) => map[sp.entity_type] === rule);
      const got = found.filter((f) => f.ruleId === rule);
      const t = tallies.get(rule)!;
      for (const g of gold) {
        if (got.some((f) => f.start < g.end_position && g.start_position < f.end)) t.tp++;
        else {
          t.fn++;
          if (misses.length < 400) misses.push(`  miss ${rule}: ${s.full_text.slice(g.start_position, g.end_position)}`);
        }
      }
      for (const f of got) {
        if (!gold.some((g) => f.start < g.end_position && g.start_position < f.end)) {
          t.fp++;
          if (misses.length < 400) misses.push(`  false ${rule}: ${s.full_text.slice(f.start, f.end)}`);
        }
      }
    }
  }
  const ms = performance.now() - started;
  console.log(`\npresidio synthetic PII (${samples.length} samples, span overlap), ${(ms / samples.length).toFixed(2)} ms/sample`);
  for (const [rule, t] of tallies) {
    const s = f1(t);
    const f2 = s.p + s.r ? (5 * s.p * s.r) / (4 * s.p + s.r) : 0;
    console.log(`  ${rule.padEnd(12)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f)}  F2 ${pct(f2)}  (tp ${t.tp} fp ${t.fp} fn ${t.fn})`);
  }
  if (verbose) console.log(misses.join('\n'));
}

/** Our own labelled cases: fixtures/cases/*.jsonl, labelled by the same rules as the dev set. */
function casesFiles(): string[] {
  const dir = join(root, 'fixtures', 'cases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

interface EvalFlags {
  set?: string[];
  profile?: string;
  verbose?: boolean;
  external: boolean;
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
}

async function main(): Promise<void> {
  const program = new Command('eval')
    .option('--set <file...>', 'labelled cases (dev.jsonl format)')
    .option('--profile <file>', 'agency profile for the labelled cases')
    .option('--verbose', 'list every wrong case')
    .option('--no-external', 'skip the real-tweet and presidio measurements')
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
    .parse();
  const opts = program.opts<EvalFlags>();
  if (!['odd', 'even', 'all'].includes(opts.half)) throw new Error(`--half takes odd, even or all, not "${opts.half}"`);
  if (!opts.imagesOnly) textSection(opts);
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
    });
  }
}

function parseEngines(list: string): OcrEngine[] {
  const engines = list.split(',').map((e) => e.trim());
  for (const e of engines) if (!(OCR_ENGINES as readonly string[]).includes(e)) throw new Error(`--ocr-engines takes ${OCR_ENGINES.join(', ')}, not "${e}"`);
  return engines as OcrEngine[];
}

function textSection(opts: EvalFlags): void {
  const sharedProfile = join(shared, 'eval', 'profile.yaml');
  // Each set is scored with its own profile: the shared dev set with the shared profile, our cases with ours.
  const pairs: [string, string][] = opts.set
    ? opts.set.map((s) => [s, opts.profile ?? sharedProfile])
    : [
        [join(shared, 'eval', 'dev.jsonl'), sharedProfile],
        ...casesFiles().map((f): [string, string] => [f, join(root, 'fixtures', 'profile.yaml')]),
      ];
  let profile = loadConfig(join(root, 'fixtures', 'profile.yaml')).profile;
  for (const [set, profileFile] of pairs) {
    if (!existsSync(set) || !existsSync(profileFile)) {
      console.log(`(skipped ${set}: ${existsSync(set) ? profileFile : set} not found)`);
      continue;
    }
    profile = loadConfig(profileFile).profile;
    scoreCases(set, readCases(set), profile, !!opts.verbose);
  }
  if (opts.external) {
    const tweets = join(shared, 'external', 'btc-tweets.jsonl');
    const pii = join(shared, 'external', 'presidio-synth-v2.json');
    if (existsSync(tweets)) tweetAlarms(tweets, profile, !!opts.verbose);
    if (existsSync(pii)) presidio(pii, profile, !!opts.verbose);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
