/** Option helpers shared by the commands. */
import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { defaultConfig, findConfig, loadConfig, withRoster, type Config } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { fingerprintKeyProblem } from '../core/fingerprint.js';
import { availablePacks, loadPacks, type PolicyPack } from '../policy/packs.js';
import { FORMAT_NAMES } from '../report/formats.js';

/** Default --max-file-size: far above any draft or phone photo, well below what would exhaust memory. */
export const DEFAULT_MAX_FILE_SIZE = '50MB';
/** Default --max-pixels (megapixels): a 108 MP phone sensor passes; a decompression bomb does not. */
export const DEFAULT_MAX_MEGAPIXELS = 120;

/** `500k`, `20MB`, `1GB` or plain bytes -> bytes; undefined when it is not a size. */
export function parseSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const bytes = Number(m[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[unit];
  return bytes > 0 ? Math.floor(bytes) : undefined;
}

/** commander's accumulator for repeatable options (`--policy a --policy b`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `--policy` values: pack ids stay as they are; paths to pack files are resolved against `base`. */
export function packSelectors(policy: readonly string[] | undefined, base: string): string[] | undefined {
  return policy?.length ? policy.map((s) => (/[\\/]|\.ya?ml$/i.test(s) ? resolve(base, s) : s)) : undefined;
}

/**
 * The agency profile (`--config`, else `.clearpost.yaml` found upward) and the packs (`--policy`, else the config's
 * `policy:`, else every bundled pack). Pack paths on the command line are relative to the working directory; in the
 * config, to the config file.
 */
export function loadSetup(
  flags: { config?: string; policy?: string[] },
  cwd: string,
  stderr?: (text: string) => void,
): { config: Config; packs: PolicyPack[] } {
  // a mended roster CSV line (a "Last, First" name, a stray quote) is a one-line warning, never silent (user test 27, U3-9)
  const warn = stderr && ((message: string) => stderr(`clearpost: warning: ${message}\n`));
  const configPath = flags.config ? resolve(cwd, flags.config) : findConfig(cwd);
  // CLEARPOST_ROSTER names a roster CSV kept outside the repository (a CI secret file); it replaces the profile's.
  const rosterEnv = process.env.CLEARPOST_ROSTER;
  const roster = rosterEnv ? resolve(cwd, rosterEnv) : undefined;
  const config = configPath ? loadConfig(configPath, { policyIds: availablePacks(), roster, warn }) : withRoster(defaultConfig(), { roster, warn });
  const key = process.env.CLEARPOST_FINGERPRINT_KEY;
  if (key !== undefined && key !== '') {
    const problem = fingerprintKeyProblem(key);
    if (problem) throw new UsageError(`CLEARPOST_FINGERPRINT_KEY is ${problem}`);
    config.fingerprintKey = key.trim();
  }
  const packs = loadPacks(
    flags.policy?.length ? packSelectors(flags.policy, cwd) : packSelectors(config.policy, configPath ? dirname(configPath) : cwd),
  );
  return { config, packs };
}

/** Options shared by `check` and `scan`. */
export function addScreenOptions(cmd: Command): Command {
  return cmd
    .option('-c, --config <file>', 'agency profile (default: .clearpost.yaml found upward from the working directory)')
    .addOption(new Option('--context <context>', 'account the post goes to (default: personal, or the config)').choices(['personal', 'official']))
    .option('-p, --policy <id|path>', 'policy pack id or YAML file; repeatable (default: every bundled pack)', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('--show-evidence', 'print the matched text instead of a masked form')
    .option('--show-draft', 'html: put each whole draft in the page (text no detector flagged is then in clear); by default only excerpts round the findings')
    .option('--debug', 'under each finding, the detector and named pattern that fired (JSON and SARIF always carry it as data.pattern)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices(['error', 'warning', 'info', 'never']).default('error'))
    .option('--max-warnings <n>', 'exit 1 when there are more than this many warnings')
    .option('--no-color', 'no colours, even on a terminal')
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout')
    .option('--no-ocr', 'do not read text in images (faster)')
    .option('--no-faces', 'do not look for faces and vehicles in images (faster)')
    .option('--max-file-size <size>', 'skip files larger than this, with an error line: bytes, or 500k, 20MB, 1GB (text drafts stop at 5 MiB)', DEFAULT_MAX_FILE_SIZE)
    .option('--max-pixels <megapixels>', 'refuse images with more pixels than this before decoding them', String(DEFAULT_MAX_MEGAPIXELS))
    .option('--max-pages <n>', 'pages of a multi-page TIFF (frames of an animated GIF) screened at most, each as a picture (default 10)')
    .option('--ocr-time-limit <seconds>', 'per-image OCR time limit; no OCR pass starts after it and the image gets a note (default 5)')
    .option('--site-root <dir>', 'the site a draft\'s root paths (/images/card.jpg) are read from: its static/, assets/, public/ and root (default: the nearest folder above the draft holding hugo.toml, _config.yml...)')
    .option('--no-model', 'pure-regex mode: no learned second opinion on the semantic text rules (config: model: false)')
    .option('--report-unused-disable-directives', 'report suppression comments that suppress nothing')
    .option('--concurrency <n>', 'posts screened at once: auto (the cores), off, or a number', 'auto');
}

/**
 * The one-line note when findings are fingerprinted with a plain hash (no `fingerprint_key`) into an output that
 * carries fingerprints (a JSON or SARIF report or a suppressions baseline with findings in it): what was found can be
 * hashed back from it.
 */
export function unkeyedFingerprintNote(config: Config, output: string): string | undefined {
  if (config.fingerprintKey) return undefined;
  return (
    `clearpost: note: ${output} carries finding fingerprints that are plain hashes of what was found (a phone number or ` +
    `a name can be recovered by hashing candidates); add fingerprint_key to the profile (clearpost init writes one) or ` +
    `set CLEARPOST_FINGERPRINT_KEY\n`
  );
}
