/**
 * The image section of `npm run eval`: per-rule precision, recall and F1, scored per (file, rule) the way
 * ../shared/images/wild/README.md describes: a rule in `expect` must be found, one in `optional` may be, any other
 * rule found is a false alarm. Sets: ../shared/images/wild (split by file number: odd numbers are the half we tune
 * on, even numbers are held out), ../shared/images/real and our own fixtures/images, printed side by side, held-out
 * figures first. Images go through the same path as `clearpost scan` (ImageScreener, then the policy packs), with
 * no config (an empty agency profile) for the shared sets and fixtures/profile.yaml for our fixtures.
 *
 * Nothing is cached: every run screens the pictures afresh. A full run is slow; narrow it with --image-set, --half,
 * --file and --rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defaultConfig, loadConfig, type Config } from '../core/config.js';
import { ImageScreener, type ImageTimings, type OcrEngine } from '../core/image-engine.js';
import { Screener } from '../core/screen.js';
import { loadPacks } from '../policy/packs.js';
import { registry } from '../detectors/index.js';

export interface ImageLabel {
  file: string;
  expect: string[];
  optional?: string[];
}

export interface ImageEvalOptions {
  /** Set names to run: wild, real, fixtures (default all three). */
  sets?: string[];
  /** Score only these rules (and ignore the others, found or expected). */
  rules?: string[];
  /** Wild only: the tuning half (odd), the held-out half (even) or both. */
  half?: 'odd' | 'even' | 'all';
  /** Only files whose name contains one of these. */
  files?: string[];
  faces: boolean;
  ocr: boolean;
  /** Per-image OCR time limit in ms (default 60 s: the figures measure reading, not the machine's load). */
  ocrTimeLimitMs?: number;
  /** Tesseract on whole pictures: only page-like ones (default) or always. */
  tesseract?: 'pages' | 'always';
  /** OCR engines to use (default both). */
  ocrEngines?: OcrEngine[];
  workers?: number;
  /** List the wrong (file, rule) pairs with the evidence found; held-out files show only rule ids. */
  verbose: boolean;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

interface SetSpec {
  name: string;
  dir: string;
  labels: string;
  config: () => Config;
}

/** One scored image: which rules it expected, which were found, and with what evidence. */
interface Scored {
  file: string;
  expect: Set<string>;
  optional: Set<string>;
  found: Map<string, string[]>;
  error?: string;
  notes: string[];
  ms: number;
  timings?: ImageTimings;
}

/** Odd-numbered wild files (real-01, real-03 ...) are the tuning half; even ones are held out. */
export function wildHalf(file: string): 'odd' | 'even' {
  const n = /(\d+)(?!.*\d)/.exec(basename(file));
  return n && Number(n[1]) % 2 === 0 ? 'even' : 'odd';
}

/** One JSON object per non-empty line. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function f1(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Per-rule tallies of some scored images, restricted to `rules` when given. */
export function tallyImages(scored: Iterable<Scored>, rules?: Set<string>): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const t = (rule: string) => {
    let x = out.get(rule);
    if (!x) out.set(rule, (x = { tp: 0, fp: 0, fn: 0 }));
    return x;
  };
  for (const s of scored) {
    if (s.error) continue;
    for (const rule of s.expect) {
      if (rules && !rules.has(rule)) continue;
      if (s.found.has(rule)) t(rule).tp++;
      else t(rule).fn++;
    }
    for (const rule of s.found.keys()) {
      if (rules && !rules.has(rule)) continue;
      if (!s.expect.has(rule) && !s.optional.has(rule)) t(rule).fp++;
    }
  }
  return out;
}

function micro(tallies: Map<string, Tally>): Tally {
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const t of tallies.values()) {
    total.tp += t.tp;
    total.fp += t.fp;
    total.fn += t.fn;
  }
  return total;
}

const pct = (n: number) => (n * 100).toFixed(0).padStart(3);

function cell(t: Tally | undefined, width: number): string {
  if (!t) return '-'.padStart(width);
  const s = f1(t);
  return `${pct(s.p)} ${pct(s.r)} ${pct(s.f)} ${`${t.tp}/${t.fp}/${t.fn}`.padStart(8)}`.padStart(width);
}

/** Print one table: a row per rule, a column group per set (P R F1 tp/fp/fn), micro-averaged last. */
function printSideBySide(columns: [string, Map<string, Tally>][]): void {
  const width = 21;
  const rules = [...new Set(columns.flatMap(([, m]) => [...m.keys()]))].sort();
  const line = (label: string, cells: string[]) => console.log(`  ${label.padEnd(24)}${cells.join('  ')}`);
  line('', columns.map(([name]) => name.padStart(width)));
  line('rule', columns.map(() => '  P   R  F1 tp/fp/fn'.padStart(width)));
  for (const rule of rules) line(rule, columns.map(([, m]) => cell(m.get(rule), width)));
  line('overall (micro)', columns.map(([, m]) => cell(micro(m), width)));
}

function sets(root: string, shared: string): SetSpec[] {
  const fixtureProfile = join(root, 'fixtures', 'profile.yaml');
  return [
    { name: 'wild', dir: join(shared, 'images', 'wild'), labels: join(shared, 'images', 'wild', 'labels.jsonl'), config: defaultConfig },
    { name: 'real', dir: join(shared, 'images', 'real'), labels: join(root, 'fixtures', 'images', 'shared-real.labels.jsonl'), config: defaultConfig },
    { name: 'fixtures', dir: join(root, 'fixtures', 'images'), labels: join(root, 'fixtures', 'images', 'labels.jsonl'), config: () => loadConfig(fixtureProfile) },
  ];
}

async function scoreSet(spec: SetSpec, labels: ImageLabel[], images: ImageScreener): Promise<Scored[]> {
  const config = spec.config();
  const screener = new Screener({ config, detectors: registry, packs: loadPacks(undefined), context: 'personal', showEvidence: true });
  const out: Scored[] = [];
  for (const label of labels) {
    const path = join(spec.dir, label.file);
    const scored: Scored = { file: label.file, expect: new Set(label.expect), optional: new Set(label.optional ?? []), found: new Map(), ms: 0, notes: [] };
    const t0 = performance.now();
    try {
      const hits = await images.screen(path, readFileSync(path), { ...screener.detectOptions('personal'), notes: scored.notes });
      for (const f of screener.toFindings(path, hits, 'personal')) {
        const ev = scored.found.get(f.ruleId) ?? [];
        ev.push(`${f.source}:${f.evidence}`);
        scored.found.set(f.ruleId, ev);
      }
      if (images.lastTimings) scored.timings = { ...images.lastTimings };
    } catch (err) {
      scored.error = err instanceof Error ? err.message : String(err);
    }
    scored.ms = performance.now() - t0;
    out.push(scored);
    process.stderr.write('.');
  }
  return out;
}

function printWrong(name: string, scored: Scored[], rules: Set<string> | undefined, detail: boolean): void {
  const lines: string[] = [];
  for (const s of scored) {
    if (s.error) {
      lines.push(`  ${s.file}: error ${s.error}`);
      continue;
    }
    const wrong: string[] = [];
    for (const rule of s.expect) if ((!rules || rules.has(rule)) && !s.found.has(rule)) wrong.push(`missed ${rule}`);
    for (const [rule, ev] of s.found) {
      if ((!rules || rules.has(rule)) && !s.expect.has(rule) && !s.optional.has(rule)) {
        wrong.push(`false ${rule}${detail ? ` [${ev.slice(0, 4).join(' | ').replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`);
      }
    }
    if (wrong.length) lines.push(`  ${s.file} (${(s.ms / 1000).toFixed(1)} s): ${wrong.join(', ')}`);
  }
  if (lines.length) console.log(`\n${name}: wrong (file, rule) pairs\n${lines.join('\n')}`);
}

/** Run the image evaluation and print its tables. Returns false when no image set was found. */
export async function evalImages(root: string, shared: string, opts: ImageEvalOptions): Promise<boolean> {
  const wanted = opts.sets?.length ? new Set(opts.sets) : undefined;
  const rules = opts.rules?.length ? new Set(opts.rules) : undefined;
  const images = new ImageScreener({
    ocr: opts.ocr,
    faces: opts.faces,
    ...(opts.workers ? { workers: opts.workers } : {}),
    ...(opts.ocrEngines ? { ocrEngines: opts.ocrEngines } : {}),
    ocrTimeLimitMs: opts.ocrTimeLimitMs ?? 60_000,
    ...(opts.tesseract ? { tesseract: opts.tesseract } : {}),
  });
  const columns: [string, Map<string, Tally>][] = [];
  const timing: string[] = [];
  try {
    for (const spec of sets(root, shared)) {
      if (wanted && !wanted.has(spec.name)) continue;
      if (!existsSync(spec.labels) || !existsSync(spec.dir)) {
        console.log(`(image set ${spec.name} skipped: ${existsSync(spec.dir) ? spec.labels : spec.dir} not found)`);
        continue;
      }
      let labels = readJsonl<ImageLabel>(spec.labels);
      if (spec.name === 'wild' && opts.half && opts.half !== 'all') labels = labels.filter((l) => wildHalf(l.file) === opts.half);
      if (opts.files?.length) labels = labels.filter((l) => opts.files!.some((f) => l.file.includes(f)));
      if (!labels.length) continue;
      process.stderr.write(`${spec.name} (${labels.length}) `);
      const scored = await scoreSet(spec, labels, images);
      process.stderr.write('\n');
      const ms = scored.map((s) => s.ms).sort((a, b) => a - b);
      const limited = scored.filter((s) => s.notes.some((n) => n.includes('time limit'))).length;
      timing.push(
        `${spec.name}: ${labels.length} images, median ${(ms[ms.length >> 1] / 1000).toFixed(2)} s, max ${(ms[ms.length - 1] / 1000).toFixed(2)} s` +
          (limited ? `; OCR time limit hit on ${limited}` : ''),
      );
      if (spec.name === 'wild') {
        const even = scored.filter((s) => wildHalf(s.file) === 'even');
        const odd = scored.filter((s) => wildHalf(s.file) === 'odd');
        if (even.length) columns.push([`wild held-out (${even.length})`, tallyImages(even, rules)]);
        if (odd.length) columns.push([`wild tuned (${odd.length})`, tallyImages(odd, rules)]);
        if (even.length && odd.length) columns.push([`wild all (${scored.length})`, tallyImages(scored, rules)]);
        if (opts.verbose) {
          printWrong('wild tuned half (odd)', odd, rules, true);
          printWrong('wild held-out half (even; rule ids only)', even, rules, false);
        }
      } else {
        columns.push([`${spec.name} (${scored.length})`, tallyImages(scored, rules)]);
        if (opts.verbose) printWrong(spec.name, scored, rules, true);
      }
    }
  } finally {
    await images.close();
  }
  if (!columns.length) return false;
  console.log(`\nimages: per (file, rule); P R F1 in %, then tp/fp/fn${rules ? `; rules ${[...rules].join(', ')}` : ''}`);
  printSideBySide(columns);
  for (const t of timing) console.log(`  ${t}`);
  return true;
}
