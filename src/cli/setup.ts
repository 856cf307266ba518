/**
 * What `check` and `scan` share: resolving the config, packs and context from the flags, screening a list of
 * files, and writing the report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultConfig, findConfig, loadConfig, type Config } from '../core/config.js';
import { InputError, UsageError } from '../core/errors.js';
import { buildReport, Screener } from '../core/screen.js';
import { ACCOUNT_CONTEXTS, type AccountContext, type FileReport, type Report, type Severity } from '../core/types.js';
import { kindOf } from '../inputs/discover.js';
import { isMarkdownPath } from '../inputs/markdown.js';
import { decodeText } from '../inputs/text.js';
import { loadPacks, type PolicyPack } from '../policy/packs.js';
import { formatJson } from '../report/json.js';
import { formatStylish } from '../report/stylish.js';
import type { CliIO } from './io.js';

/** Flags shared by `check` and `scan`, as commander parses them. */
export interface ScreenFlags {
  config?: string;
  context?: string;
  policy?: string[];
  format: string;
  showEvidence?: boolean;
  failOn: string;
  color: boolean;
  outputFile?: string;
}

export const FORMATS = ['stylish', 'json'] as const;
export type Format = (typeof FORMATS)[number];
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

export interface Session {
  config: Config;
  packs: PolicyPack[];
  context: AccountContext;
  screener: Screener;
  format: Format;
  failOn: Severity | 'never';
}

/** Resolve config, packs and context; throws ConfigError or UsageError (exit 2). */
export function openSession(flags: ScreenFlags, io: CliIO): Session {
  if (!(FORMATS as readonly string[]).includes(flags.format)) {
    throw new UsageError(`unknown format "${flags.format}" (expected ${FORMATS.join(', ')})`);
  }
  if (!(FAIL_ON as readonly string[]).includes(flags.failOn)) {
    throw new UsageError(`--fail-on takes ${FAIL_ON.join(', ')}, not "${flags.failOn}"`);
  }
  if (flags.context !== undefined && !(ACCOUNT_CONTEXTS as readonly string[]).includes(flags.context)) {
    throw new UsageError(`--context takes personal or official, not "${flags.context}"`);
  }
  const configPath = flags.config ? resolve(io.cwd, flags.config) : findConfig(io.cwd);
  const config = configPath ? loadConfig(configPath) : defaultConfig();
  const context = (flags.context as AccountContext | undefined) ?? config.context ?? 'personal';
  const selectors = flags.policy?.length ? flags.policy : config.policy;
  const packs = loadPacks(selectors?.map((s) => (/[\\/]|\.ya?ml$/i.test(s) ? resolve(io.cwd, s) : s)));
  const screener = new Screener({ config, packs, context, showEvidence: !!flags.showEvidence });
  return { config, packs, context, screener, format: flags.format as Format, failOn: flags.failOn as Severity | 'never' };
}

/** Screen one text that did not come from a file (`--text`, stdin). */
export function screenInlineText(session: Session, label: string, text: string): FileReport {
  return { path: label, kind: 'text', findings: session.screener.screenText(label, text) };
}

/** Screen one file from disk. Never throws: a problem becomes the report's `error` (or `note` for binaries). */
export function screenFile(session: Session, path: string, io: CliIO): FileReport {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const cause =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String((err as Error).message);
    return { path, findings: [], error: `cannot read: ${cause}` };
  }
  if (kindOf(path) === 'image') {
    return { path, kind: 'image', findings: [], error: 'image screening is not available in this build' };
  }
  try {
    const decoded = decodeText(bytes, path);
    const report: FileReport = {
      path,
      kind: 'text',
      findings: session.screener.screenText(path, decoded.text, { markdown: isMarkdownPath(path) }),
    };
    if (decoded.encoding !== 'utf-8') report.note = `decoded as ${decoded.encoding}`;
    return report;
  } catch (err) {
    if (err instanceof InputError && /^binary file/.test(err.reason)) {
      return { path, kind: 'binary', findings: [], note: err.reason };
    }
    if (err instanceof InputError) return { path, findings: [], error: err.reason };
    throw err;
  }
}

export function makeReport(session: Session, files: FileReport[]): Report {
  return buildReport(files, session.context, session.packs.map((p) => p.id));
}

/**
 * Print the report (stdout or --output-file). Unreadable files also get one stderr line each, unless the stylish
 * report on the terminal already shows them.
 */
export function emitReport(session: Session, report: Report, flags: ScreenFlags, io: CliIO): void {
  const toFile = !!flags.outputFile;
  if (toFile || session.format !== 'stylish') {
    for (const file of report.files) if (file.error) io.stderr(`clearpost: ${file.path}: ${file.error}\n`);
  }
  const text =
    session.format === 'json'
      ? formatJson(report)
      : formatStylish(report, { color: flags.color && !toFile && io.stdoutIsTTY });
  if (toFile) writeFileSync(resolve(io.cwd, flags.outputFile as string), text);
  else io.stdout(text);
}
