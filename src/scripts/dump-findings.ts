/**
 * Dump every raw text finding (set, text id, context, rule, span, messageId, confidence, message) over the labelled
 * cases, the shared dev set and the real texts, one line each, so a refactor of the detectors can be diffed against
 * main: `node dist/scripts/dump-findings.js > before.tsv`, change, rebuild, dump again, `diff before.tsv after.tsv`.
 * Every text is screened in both account contexts by every text detector (no pack, no skip: what the engine finds).
 * The untouched held-out sets (every fixtures/cases/heldout-*.jsonl except the development sets heldout-a to -d) are
 * never read: nobody looks at them before the final measurement.
 * Usage: dump-findings [--shared ../shared] [--only <substring of a set name>]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadConfig } from '../core/config.js';
import { detectText } from '../core/engine.js';
import { ACCOUNT_CONTEXTS, type Profile } from '../core/types.js';
import { registry } from '../detectors/index.js';
import { DEVELOPMENT_HELDOUT } from './development-sets.js';
import { readJsonl } from './eval-images.js';
import { profileForCases } from './eval-text.js';

interface Post {
  id: string;
  text: string;
}

interface Corpus {
  name: string;
  posts: Post[];
  profile: Profile;
}

const unseen = (file: string) => file.startsWith('heldout-') && !DEVELOPMENT_HELDOUT.has(file);

function args(): { shared: string; only?: string } {
  const argv = process.argv.slice(2);
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { shared: resolve(value('--shared') ?? '../shared'), only: value('--only') };
}

function sets(root: string, shared: string): Corpus[] {
  const ours = loadConfig(join(root, 'fixtures', 'profile.yaml')).profile;
  const out: Corpus[] = [];
  const casesDir = join(root, 'fixtures', 'cases');
  for (const f of readdirSync(casesDir).filter((n) => n.endsWith('.jsonl') && !unseen(n)).sort()) {
    const file = join(casesDir, f);
    out.push({ name: `cases/${basename(f, '.jsonl')}`, posts: readJsonl<Post>(file), profile: loadConfig(profileForCases(file, root, shared)).profile });
  }
  const dev = join(shared, 'eval', 'dev.jsonl');
  if (existsSync(dev)) out.push({ name: 'eval/dev', posts: readJsonl<Post>(dev), profile: loadConfig(join(shared, 'eval', 'profile.yaml')).profile });
  const realDir = join(shared, 'external', 'real-text');
  if (existsSync(realDir)) {
    for (const f of readdirSync(realDir).filter((n) => n.endsWith('.jsonl')).sort()) {
      out.push({ name: `real/${basename(f, '.jsonl')}`, posts: readJsonl<Post>(join(realDir, f)), profile: ours });
    }
  }
  const tweets = join(shared, 'external', 'btc-tweets.jsonl');
  if (existsSync(tweets)) out.push({ name: 'real/btc-tweets', posts: readJsonl<Post>(tweets), profile: ours });
  const presidio = join(shared, 'external', 'presidio-synth-v2.json');
  if (existsSync(presidio)) {
    const samples = JSON.parse(readFileSync(presidio, 'utf8')) as { full_text: string }[];
    out.push({ name: 'real/presidio', posts: samples.map((s, i) => ({ id: String(i), text: s.full_text })), profile: ours });
  }
  return out;
}

function main(): void {
  const { shared, only } = args();
  const root = resolve(import.meta.dirname, '..', '..');
  const lines: string[] = [];
  let texts = 0;
  const started = performance.now();
  for (const set of sets(root, shared)) {
    if (only && !set.name.includes(only)) continue;
    for (const post of set.posts) {
      texts++;
      for (const context of ACCOUNT_CONTEXTS) {
        const hits = detectText({ text: post.text, source: 'text' }, { context, profile: set.profile, detectors: registry.text });
        for (const h of hits) {
          lines.push([set.name, post.id, context, h.ruleId, `${h.start}-${h.end}`, h.messageId, h.confidence.toFixed(3), h.message].join('\t'));
        }
      }
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
  process.stderr.write(`${texts} texts, ${lines.length} findings, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

main();
