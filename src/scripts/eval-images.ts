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
 *
 * --augment (robustness): every wild and real/ photo is also screened as a few social-media variants made in memory
 * (image-variants.ts: downscaled, cropped, recompressed, darker, warmer, tilted), and per half a table gives each
 * rule's found/expected/false alarms plain and under each variant, then which (rule, variant) lose most.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defaultConfig, loadConfig, type Config } from '../core/config.js';
import { ImageScreener, type ImageTimings, type OcrEngine } from '../core/image-engine.js';
import { Screener } from '../core/screen.js';
import { loadPacks } from '../policy/packs.js';
import { registry } from '../detectors/index.js';
import { IMAGE_VARIANTS, VARIANT_SKIPS, makeVariant, type ImageVariant } from './image-variants.js';

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
  /** Robustness mode: also screen wild and real/ photos as these variants (true: all of IMAGE_VARIANTS). */
  augment?: boolean | string[];
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

/** A rule list without the rules a variant cannot carry (read from metadata). */
const pixelRules = (rules: Iterable<string>) => new Set([...rules].filter((r) => !VARIANT_SKIPS.has(r)));

/**
 * Screen every labelled image of a set, as it is or as one variant (made in memory; the metadata rules are then left
 * out of both what is expected and what is found).
 */
async function scoreSet(spec: SetSpec, labels: ImageLabel[], images: ImageScreener, variant?: ImageVariant): Promise<Scored[]> {
  const config = spec.config();
  const screener = new Screener({ config, detectors: registry, packs: loadPacks(undefined), context: 'personal', showEvidence: true });
  const out: Scored[] = [];
  for (const label of labels) {
    const path = join(spec.dir, label.file);
    const scored: Scored = variant
      ? { file: label.file, expect: pixelRules(label.expect), optional: pixelRules(label.optional ?? []), found: new Map(), ms: 0, notes: [] }
      : { file: label.file, expect: new Set(label.expect), optional: new Set(label.optional ?? []), found: new Map(), ms: 0, notes: [] };
    const t0 = performance.now();
    try {
      const buffer = variant ? await makeVariant(readFileSync(path), variant) : readFileSync(path);
      const hits = await images.screen(path, buffer, { ...screener.detectOptions('personal'), notes: scored.notes });
      for (const f of screener.toFindings(path, hits, 'personal')) {
        if (variant && VARIANT_SKIPS.has(f.ruleId)) continue;
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
  const plain: { spec: SetSpec; labels: ImageLabel[]; scored: Scored[]; ms: number }[] = [];
  const variants = opts.augment ? IMAGE_VARIANTS.filter((v) => opts.augment === true || (opts.augment as string[]).includes(v.name)) : [];
  if (Array.isArray(opts.augment)) {
    for (const name of opts.augment) if (!IMAGE_VARIANTS.some((v) => v.name === name)) throw new Error(`--augment takes ${IMAGE_VARIANTS.map((v) => v.name).join(', ')}, not "${name}"`);
  }
  let robustness: (() => void) | undefined;
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
      const t0 = performance.now();
      const scored = await scoreSet(spec, labels, images);
      process.stderr.write('\n');
      if (variants.length && spec.name !== 'fixtures') plain.push({ spec, labels, scored, ms: performance.now() - t0 });
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
    if (variants.length && plain.length) robustness = await augment(plain, variants, images, rules, opts.verbose);
  } finally {
    await images.close();
  }
  if (!columns.length) return false;
  console.log(`\nimages: per (file, rule); P R F1 in %, then tp/fp/fn${rules ? `; rules ${[...rules].join(', ')}` : ''}`);
  printSideBySide(columns);
  for (const t of timing) console.log(`  ${t}`);
  robustness?.();
  return true;
}

/** One group of the robustness tables: a half of wild, or real/, scored plain and under each variant. */
interface VariantGroup {
  name: string;
  /** Rule ids only, no file names: the held-out half. */
  heldOut: boolean;
  plain: Scored[];
  byVariant: Map<string, Scored[]>;
}

/** Screen the plain sets again under each variant; returns the printer of the robustness tables. */
async function augment(
  plain: { spec: SetSpec; labels: ImageLabel[]; scored: Scored[]; ms: number }[],
  variants: ImageVariant[],
  images: ImageScreener,
  rules: Set<string> | undefined,
  verbose: boolean,
): Promise<() => void> {
  const bySet = new Map<string, Map<string, Scored[]>>();
  const ms = new Map<string, number>();
  for (const v of variants) {
    for (const { spec, labels } of plain) {
      process.stderr.write(`${spec.name} ${v.name} (${labels.length}) `);
      const t0 = performance.now();
      const scored = await scoreSet(spec, labels, images, v);
      ms.set(v.name, (ms.get(v.name) ?? 0) + performance.now() - t0);
      process.stderr.write('\n');
      const m = bySet.get(spec.name) ?? new Map<string, Scored[]>();
      m.set(v.name, scored);
      bySet.set(spec.name, m);
    }
  }
  const groups: VariantGroup[] = [];
  for (const { spec, scored } of plain) {
    const m = bySet.get(spec.name)!;
    // The plain pictures scored as a variant is: without the rules read from metadata.
    const plainPixels = scored.map((s) => ({ ...s, expect: pixelRules(s.expect), optional: pixelRules(s.optional), found: new Map([...s.found].filter(([r]) => !VARIANT_SKIPS.has(r))) }));
    const split = (half?: 'odd' | 'even') => (list: Scored[]) => (half ? list.filter((s) => wildHalf(s.file) === half) : list);
    const parts: [string, boolean, ReturnType<typeof split>][] =
      spec.name === 'wild' ? [['wild held-out', true, split('even')], ['wild tuned', false, split('odd')]] : [[spec.name, false, split()]];
    for (const [name, heldOut, pick] of parts) {
      const p = pick(plainPixels);
      if (!p.length) continue;
      groups.push({ name: `${name} (${p.length})`, heldOut, plain: p, byVariant: new Map([...m].map(([v, list]) => [v, pick(list)])) });
    }
  }
  const plainMs = plain.reduce((a, p) => a + p.ms, 0);
  return () => {
    console.log(`\nrobustness (--augment): per rule found/expected/false alarms, plain and under each variant (metadata rules ${[...VARIANT_SKIPS].join(', ')} left out)`);
    for (const v of variants) console.log(`  ${v.name.padEnd(10)} ${v.description}`);
    for (const g of groups) printVariantGroup(g, variants, rules, verbose);
    const n = plain.reduce((a, p) => a + p.scored.length, 0);
    const sec = (x: number) => `${(x / 1000).toFixed(0)} s`;
    const each = variants.map((v) => `${v.name} ${sec(ms.get(v.name) ?? 0)}`).join(', ');
    console.log(`\n  time (wall): plain ${sec(plainMs)} for ${n} photos; ${each}; variants ${sec([...ms.values()].reduce((a, b) => a + b, 0))} in all (making them included)`);
  };
}

/** found/expected/false alarms of a tally, as "found/expected/fa". */
const fef = (t: Tally | undefined) => (t ? `${t.tp}/${t.tp + t.fn}/${t.fp}` : '-');

function printVariantGroup(g: VariantGroup, variants: ImageVariant[], rules: Set<string> | undefined, verbose: boolean): void {
  const plainT = tallyImages(g.plain, rules);
  const varT = new Map(variants.map((v) => [v.name, tallyImages(g.byVariant.get(v.name) ?? [], rules)]));
  const total = tallyImages(variants.flatMap((v) => g.byVariant.get(v.name) ?? []), rules);
  const names = ['plain', ...variants.map((v) => v.name), 'variants'];
  const tallies = [plainT, ...variants.map((v) => varT.get(v.name)!), total];
  const ruleIds = [...new Set(tallies.flatMap((m) => [...m.keys()]))].sort();
  const w = 11;
  const line = (label: string, cells: string[]) => console.log(`  ${label.padEnd(24)}${cells.map((c) => c.padStart(w)).join('')}`);
  console.log(`\n  ${g.name}: found/expected/false alarms`);
  line('rule', names);
  for (const rule of ruleIds) line(rule, tallies.map((m) => fef(m.get(rule))));
  line('overall (micro)', tallies.map((m) => fef(micro(m))));
  line('micro F1', tallies.map((m) => f1(micro(m)).f.toFixed(2)));
  // The tuned half and real/ with --verbose: each variant's wrong pairs with their evidence, as for the plain pictures.
  if (verbose && !g.heldOut) for (const v of variants) printWrong(`${g.name} ${v.name}`, g.byVariant.get(v.name) ?? [], rules, true);
  // Which (rule, variant) lose most: a pair found plain and missed in the variant, a false alarm the plain photo did not raise.
  const byFile = new Map(g.plain.map((s) => [s.file, s]));
  const losses: { rule: string; variant: string; lost: string[]; gained: number; fa: string[] }[] = [];
  for (const v of variants) {
    const per = new Map<string, { lost: string[]; gained: number; fa: string[] }>();
    const at = (rule: string) => per.get(rule) ?? (per.set(rule, { lost: [], gained: 0, fa: [] }), per.get(rule)!);
    for (const s of g.byVariant.get(v.name) ?? []) {
      const p = byFile.get(s.file);
      if (!p || s.error || p.error) continue;
      for (const rule of s.expect) {
        if (rules && !rules.has(rule)) continue;
        if (p.found.has(rule) && !s.found.has(rule)) at(rule).lost.push(s.file);
        if (!p.found.has(rule) && s.found.has(rule)) at(rule).gained++;
      }
      for (const rule of s.found.keys()) {
        if (rules && !rules.has(rule)) continue;
        if (!s.expect.has(rule) && !s.optional.has(rule) && !p.found.has(rule)) at(rule).fa.push(s.file);
      }
    }
    for (const [rule, x] of per) if (x.lost.length || x.gained || x.fa.length) losses.push({ rule, variant: v.name, ...x });
  }
  losses.sort((a, b) => b.lost.length + b.fa.length - (a.lost.length + a.fa.length) || a.rule.localeCompare(b.rule));
  if (!losses.length) return console.log('  no (rule, variant) lost or gained anything against plain');
  console.log('  against plain, per (rule, variant): lost (found plain, missed), gained, new false alarms' + (g.heldOut || !verbose ? '' : ', with files'));
  for (const l of losses) {
    const files = g.heldOut || !verbose ? '' : `  ${[...l.lost.map((f) => `-${f}`), ...l.fa.map((f) => `+${f}`)].join(' ')}`;
    console.log(`    ${l.rule.padEnd(24)}${l.variant.padEnd(11)}lost ${l.lost.length}  gained ${l.gained}  false ${l.fa.length}${files}`);
  }
}
