/**
 * `--format stylish` (the default): findings grouped by file, one line each with position, severity, rule id,
 * message and the short clause reference, then a summary. Colour only when the caller says so (a TTY).
 */
import { Chalk } from 'chalk';
import { RULE_NOTES, type Finding, type Location, type Report, type Severity } from '../core/types.js';
import { accountsOf, alsoAt, firedBy, shownPath } from './where.js';

export interface StylishOptions {
  color: boolean;
  /** `--debug`: under each finding, a dim line naming the detector and the pattern that fired. */
  debug?: boolean;
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A file name or message as one printable line: control characters escaped (`\n`, `\x1b`, `\u2028`), so a draft
 * named "evil<newline>::warning ...::x.txt" cannot start a GitHub Actions workflow command or a terminal escape in
 * a CI log (user test 24, #16); bidirectional overrides too (`\u202e`), which make "rtl\u202etxt.md" show as
 * "rtldm.txt". Evidence read from a picture's metadata goes through it as well (user test 25, P2-5).
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return ESCAPES[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
  });
}

/** `12:5`, `ocr 2:14 @ 120,40 300x38`, `XMP:PersonInImage`, `@ 10,20 64x64`. */
export function formatPosition(finding: Finding): string {
  const loc: Location = finding.location;
  const box = 'box' in loc && loc.box ? `@ ${loc.box.x},${loc.box.y} ${loc.box.width}x${loc.box.height}` : '';
  if ('tag' in loc) return [loc.tag, box].filter(Boolean).join(' ');
  if ('line' in loc) {
    const pos = `${loc.line}:${loc.column}`;
    return [finding.source === 'ocr' ? `ocr ${pos}` : pos, box].filter(Boolean).join(' ');
  }
  return box || finding.source;
}

/** `nypd P.G. 203-28 ¶11(b)` plus `(+2 more)` when several clauses cite the rule. */
export function clauseReference(finding: Finding): string {
  const [first, ...rest] = finding.clauses;
  if (!first) return '';
  return `${first.policy} ${first.id}${rest.length ? ` (+${rest.length} more)` : ''}`;
}

export function formatStylish(report: Report, options: StylishOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  const row = (f: Finding) => [
    formatPosition(f),
    f.severity,
    f.ruleId,
    `${f.message}${f.evidence ? ` ${c.dim(`"${printable(f.evidence)}"`)}` : ''}`,
    clauseReference(f),
    options.debug ? firedBy(f) : '',
    alsoAt(f, (r) => `${formatPosition({ ...f, location: r.location })}${r.evidence ? ` ${c.dim(`"${printable(r.evidence)}"`)}` : ''}`),
  ];
  for (const file of report.files) {
    const active = file.findings.filter((f) => !f.suppressed);
    if (!active.length && !file.error && !file.note && !file.problems?.length) continue;
    out.push(`${c.underline(printable(shownPath(file.path, file.findings)))}${file.context ? c.dim(` (${file.context} account)`) : ''}`);
    if (file.error) out.push(`  ${c.red('error')}  ${printable(file.error)}`);
    if (file.note) out.push(`  ${c.dim('note')}   ${printable(file.note)}`);
    // The draft's own findings first, then each attachment's under its name: the post reads as one unit.
    const groups = new Map<string, string[][]>([['', []]]);
    for (const f of active) {
      const key = f.attachment ?? '';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)?.push(row(f));
    }
    // Directive problems sit among the draft's own findings by line, so the listing reads top to bottom.
    const own = groups.get('') ?? [];
    own.push(...(file.problems ?? []).map((p) => [`${p.line}:${p.column}`, 'warning', p.code, p.message, '', '', '']));
    const lineCol = (pos: string): number[] => (/^\d+:\d+$/.test(pos) ? pos.split(':').map(Number) : [Infinity, 0]);
    own.sort((a, b) => lineCol(a[0])[0] - lineCol(b[0])[0] || lineCol(a[0])[1] - lineCol(b[0])[1]);
    const all = [...groups.values()].flat();
    const widths = [0, 1, 2].map((i) => Math.max(0, ...all.map((r) => r[i].length)));
    for (const [attachment, rows] of groups) {
      if (attachment) out.push(`  ${c.dim('↳')} ${printable(shownPath(attachment, file.findings, attachment))}`);
      for (const [pos, sev, rule, message, clause, fired, also] of rows) {
        out.push(
          `  ${c.dim(pos.padEnd(widths[0]))}  ${paint[sev as Severity](sev.padEnd(widths[1]))}  ${rule.padEnd(widths[2])}  ${message}${clause ? `  ${c.dim(clause)}` : ''}`,
        );
        if (also) out.push(`  ${' '.repeat(widths[0])}  ${c.dim('also:')} ${also}`);
        if (fired) out.push(`  ${' '.repeat(widths[0])}  ${c.dim(`fired: ${fired}`)}`);
      }
    }
    out.push('');
  }
  const s = report.summary;
  const problems = `${s.findings} finding${s.findings === 1 ? '' : 's'} (${s.bySeverity.error} error${s.bySeverity.error === 1 ? '' : 's'}, ${s.bySeverity.warning} warning${s.bySeverity.warning === 1 ? '' : 's'}, ${s.bySeverity.info} info)`;
  // A file that could not be read is counted among the files but never called screened.
  const unread = s.unreadFiles ? `, ${s.unreadFiles} could not be read (wholly or in part)` : '';
  const empty = s.emptyFiles ? `, ${s.emptyFiles} with nothing to screen` : '';
  const files = `${s.files} file${s.files === 1 ? '' : 's'}${s.unreadFiles || s.emptyFiles ? '' : ' screened'}, ${s.filesWithFindings} with findings${unread}${empty}`;
  const extras = [
    s.hiddenByQuiet ? `${s.hiddenByQuiet} warning or info finding${s.hiddenByQuiet === 1 ? '' : 's'} not listed with --quiet` : '',
    s.suppressed ? `${s.suppressed} suppressed` : '',
    s.problems ? `${s.problems} directive problem${s.problems === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  // The tick means every file was read and nothing was found; a file that was not read never earns it.
  const mark = s.bySeverity.error || s.unreadFiles ? c.red('✖') : s.findings || s.hiddenByQuiet || s.problems || s.unsupported.files || s.emptyFiles || s.notScreened?.some((n) => !RULE_NOTES.has(n.kind)) ? c.yellow('⚠') : c.green('✔');
  const profile = s.profile ? `profile ${s.profile}` : 'no agency profile';
  out.push(`${mark} ${problems} in ${files}${extras ? ` (${extras})` : ''} [${accountsOf(report)}; ${s.policies.join(', ')}; ${profile}]`);
  if (s.unsupported.files) {
    const n = s.unsupported.files;
    out.push(c.yellow(`  ${n} file${n === 1 ? '' : 's'} of unsupported types not screened: ${s.unsupported.types.join(', ')}`));
  }
  if (s.tooManyWarnings) out.push(c.red(`  ${s.tooManyWarnings.message}`));
  for (const n of s.notScreened ?? []) out.push(c.yellow(`  ${printable(n.message)}`));
  if (!s.profile) {
    out.push(
      c.yellow(
        '  No .clearpost.yaml: roster and undercover checks are off and the agency\'s own numbers and handles may be reported as personal. Run `clearpost init` to write one.',
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
